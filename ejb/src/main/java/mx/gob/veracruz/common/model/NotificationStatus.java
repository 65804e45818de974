package mx.gob.veracruz.common.model;

/** A notification's delivery state ({@code NOTIFICATION.STATUS}). */
public enum NotificationStatus {
  PENDING,
  SENT,
  FAILED
}
