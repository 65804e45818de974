/** Implementation of the shared services; reachable only from {@code mx.gob.veracruz.common}. */
package mx.gob.veracruz.common.internal;
