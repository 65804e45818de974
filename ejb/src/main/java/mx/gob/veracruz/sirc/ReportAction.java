package mx.gob.veracruz.sirc;

/** What a clerk (or the citizen, for {@link #REABRIR}) can do to a report. */
public enum ReportAction {
  ASIGNAR,
  INICIAR,
  RESOLVER,
  RECHAZAR,
  CERRAR,
  REABRIR
}
