/**
 * Citizen registry: the CURP is the natural key of a person across every module. Other modules
 * reach citizens only through {@link mx.gob.veracruz.ciudadano.CiudadanoFacade}.
 */
package mx.gob.veracruz.ciudadano;
