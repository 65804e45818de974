package mx.gob.veracruz.predial.web;

import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.predial.MatchSuggestion;
import mx.gob.veracruz.predial.ReconciliationLine;

/**
 * The "Resolver" dialog: what to do with an open exception (apply to a predio, refund, discard) and
 * why.
 */
public class ReconciliationResolutionForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private final ReconciliationLine line;
  private String action = "APLICAR";
  private String claveCatastral;
  private String note;
  private final List<MatchSuggestion> suggestions;

  ReconciliationResolutionForm(ReconciliationLine line, List<MatchSuggestion> suggestions) {
    this.line = line;
    this.suggestions = List.copyOf(suggestions);
  }

  /** Fills the form from a suggestion: apply to that slip's predio. */
  public void use(MatchSuggestion s) {
    action = "APLICAR";
    claveCatastral = s.claveCatastral();
  }

  public List<MatchSuggestion> getSuggestions() {
    return suggestions;
  }

  public boolean isApply() {
    return "APLICAR".equals(action);
  }

  public ReconciliationLine getLine() {
    return line;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getClaveCatastral() {
    return claveCatastral;
  }

  public void setClaveCatastral(String claveCatastral) {
    this.claveCatastral = claveCatastral;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
