package mx.gob.veracruz.predial.model;

/**
 * A gateway event's state ({@code PREDIAL_WEBHOOK_EVENT.STATUS}) and the answer the webhook gives.
 * {@link #RECHAZADO} and {@link #DUPLICADO} are answers only: a refused or repeated event is not
 * stored.
 */
public enum WebhookStatus {
  RECIBIDO,
  APLICADO,
  IGNORADO,
  ERROR,
  RECHAZADO,
  DUPLICADO
}
