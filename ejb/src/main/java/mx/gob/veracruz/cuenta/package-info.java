/**
 * Citizen accounts (issue 11): sign-up with a verified e-mail, login with lock-out, password reset,
 * the CURP verified by the national identity provider or at a counter, the app's tokens (JWT access
 * tokens, rotating refresh tokens), staff API tokens, notification preferences, push devices and
 * notice history, and "mis trámites" gathered from each module's {@link
 * mx.gob.veracruz.common.MyItemsContributor}.
 */
package mx.gob.veracruz.cuenta;
