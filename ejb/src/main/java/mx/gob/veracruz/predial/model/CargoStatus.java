package mx.gob.veracruz.predial.model;

/**
 * A gateway charge's state ({@code PREDIAL_CARGO.STATUS}) as our webhook and reconciliation saw it.
 */
public enum CargoStatus {
  PENDIENTE,
  PAGADO,
  RECHAZADO
}
