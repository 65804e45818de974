package mx.gob.veracruz.ciudadano;

import java.io.Serializable;

/** Data a clerk captures for a citizen; the CURP is ignored on update (it never changes). */
public record CitizenCommand(
    String curp,
    String nombre,
    String primerApellido,
    String segundoApellido,
    String email,
    String telefono,
    String calle,
    String numero,
    String codigoPostal,
    Long coloniaId)
    implements Serializable {}
