/**
 * SIRC (Sistema Integral de Relación con Ciudadanos): citizen reports and requests, their catalogue
 * of services, routing by colonia, the clerk's workflow and the Open311 GeoReport v2 data. Facades:
 * {@link mx.gob.veracruz.sirc.SircPublicFacade} (anyone: catalogue, filing, tracking, Open311) and
 * {@link mx.gob.veracruz.sirc.SircFacade} (staff: queues, workflow, catalogue editing, API keys).
 */
package mx.gob.veracruz.sirc;
