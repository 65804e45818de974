/**
 * Shared services of the platform: audit trail, business-day calendar, folios, notifications, staff
 * authentication and job control. Other domains use only this package, never its {@code model} or
 * {@code internal} sub-packages.
 */
package mx.gob.veracruz.common;
