package mx.gob.veracruz.common;

/**
 * Notices to a citizen account by the channels it chose (e-mail, SMS, push), each recorded in its
 * notice history. Modules that know the account of a case (a SIRC report filed while signed in)
 * call this instead of mailing the contact address; the accounts module implements it.
 */
public interface CitizenNotifications {
  /**
   * Tells the account by each channel it chose; false when the account does not exist or chose none
   * (the caller may then fall back to the case's contact address).
   */
  boolean notify(long accountId, String module, String subject, String body);
}
