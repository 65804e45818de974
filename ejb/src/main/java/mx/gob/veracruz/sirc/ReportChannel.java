package mx.gob.veracruz.sirc;

/** Where a report came in. */
public enum ReportChannel {
  PORTAL,
  APP,
  TELEFONO,
  VENTANILLA,
  CHAT
}
