package mx.gob.veracruz.cobros;

/**
 * The municipal counter's cash sessions (one per cashier and day, opened with a float and closed
 * with the cash cut), which predial's caja keeps. A cobro paid at the counter joins the cashier's
 * open session, so the day's cut counts every module's cash; no open session, no payment.
 */
public interface CashDrawer {
  /** The id of the cashier's open session of today; refused when it is not open or already cut. */
  long openSessionOf(String cashier);
}
