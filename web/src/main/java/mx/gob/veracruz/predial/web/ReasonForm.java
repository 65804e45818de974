package mx.gob.veracruz.predial.web;

import java.io.Serializable;

/**
 * A dialog that acts on one record and asks why (cancel a payment, revoke a discount, decide a
 * request).
 */
public class ReasonForm<T extends Serializable> implements Serializable {
  private static final long serialVersionUID = 1L;
  private final T target;
  private final String label;
  private String reason;

  ReasonForm(T target, String label) {
    this.target = target;
    this.label = label;
  }

  public T getTarget() {
    return target;
  }

  /** What the dialog shows about the target (a folio, a CURP). */
  public String getLabel() {
    return label;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
