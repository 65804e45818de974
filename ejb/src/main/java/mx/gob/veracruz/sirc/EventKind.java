package mx.gob.veracruz.sirc;

/** What a timeline entry records. */
public enum EventKind {
  RECIBIDO,
  CAMBIO_ESTADO,
  ASIGNACION,
  NOTA_INTERNA,
  ACTUALIZACION,
  APOYO,
  FUSION
}
