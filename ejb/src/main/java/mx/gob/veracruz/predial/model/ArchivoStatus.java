package mx.gob.veracruz.predial.model;

/** A settlement file's state ({@code PREDIAL_ARCHIVO.STATUS}): refused files keep their reason. */
public enum ArchivoStatus {
  VALIDADO,
  RECHAZADO,
  CONCILIADO
}
