/**
 * Ciudadano: the person behind every trámite, report and payment, identified by CURP. Value objects
 * here are shared by the other domains through their facades.
 */
package mx.gob.veracruz.ciudadano;
