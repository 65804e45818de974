package mx.gob.veracruz.predial.model;

/** Why the reconciliation raised an alert ({@code PREDIAL_ALERTA.KIND}). */
public enum AlertaKind {
  /** An online payment applied from the gateway's notice that its settlement report left out. */
  SIN_REPORTE_PASARELA
}
