package mx.gob.veracruz.common;

import java.io.Serializable;

/** A municipal department (dependencia): its short key and its name. */
public record DependenciaInfo(String clave, String nombre) implements Serializable {}
