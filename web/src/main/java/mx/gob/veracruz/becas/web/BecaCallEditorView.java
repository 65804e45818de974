package mx.gob.veracruz.becas.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.gob.veracruz.becas.ApplicationFilter;
import mx.gob.veracruz.becas.ApplicationRow;
import mx.gob.veracruz.becas.BecaRules;
import mx.gob.veracruz.becas.BecasFacade;
import mx.gob.veracruz.becas.ConvocatoriaCommand;
import mx.gob.veracruz.becas.ConvocatoriaView;
import mx.gob.veracruz.becas.RankedEntry;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.PageRequest;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.common.web.Messages;

/**
 * One call in the console: its rules as a form (a draft, or a published call before its first
 * application), publish and close it, and the committee: a first member proposes the ranking, a
 * second one approves it (or sends it back), which publishes the results.
 */
@Named
@ViewScoped
public class BecaCallEditorView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "conv:";

  @Inject private BecasFacade facade;

  /** A document row of the form. */
  public static class Doc implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;

    public String getCode() {
      return code;
    }

    public void setCode(String v) {
      code = v;
    }

    public String getName() {
      return name;
    }

    public void setName(String v) {
      name = v;
    }
  }

  private String c;
  private ConvocatoriaView view;
  private String code;
  private String name;
  private String cycle;
  private String description;
  private LocalDate opensOn;
  private LocalDate closesOn;
  private BigDecimal budget;
  private Integer places;
  private BigDecimal amount;
  private Integer payments;
  private Integer minAge;
  private Integer maxAge;
  private List<String> levels = new ArrayList<>();
  private BigDecimal minAverage;
  private BigDecimal maxIncome;
  private boolean resident = true;
  private Integer weightAverage = 50;
  private Integer weightIncome = 50;
  private Integer weightMembers = 0;
  private final List<Doc> docs = new ArrayList<>();
  private String publication = "FOLIO";
  private String note;
  private List<ApplicationRow> ranking = List.of();
  private List<RankedEntry> results = List.of();

  public void load() throws IOException {
    if (view != null || code != null) {
      return;
    }
    if (c == null || c.isBlank()) {
      code = "";
      return; // a new call
    }
    try {
      view = facade.call(c);
    } catch (BusinessRuleException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "No encontrado");
      fc.responseComplete();
      return;
    }
    fill(view);
  }

  private void fill(ConvocatoriaView v) {
    code = v.code();
    name = v.name();
    cycle = v.cycle();
    description = v.description();
    opensOn = v.opensOn();
    closesOn = v.closesOn();
    budget = v.budget();
    places = v.places();
    amount = v.amount();
    payments = v.payments();
    BecaRules r = v.rules();
    minAge = r.minAge();
    maxAge = r.maxAge();
    levels = new ArrayList<>(r.levels());
    minAverage = r.minAverage();
    maxIncome = r.maxIncomePerPerson();
    resident = r.residentOnly();
    weightAverage = weight(r, "promedio");
    weightIncome = weight(r, "ingreso");
    weightMembers = weight(r, "integrantes");
    docs.clear();
    for (BecaRules.Document d : r.documents()) {
      Doc x = new Doc();
      x.setCode(d.code());
      x.setName(d.name());
      docs.add(x);
    }
    publication = r.publication();
    refreshCommittee();
  }

  private void refreshCommittee() {
    if (view == null) {
      return;
    }
    if ("PROPUESTA".equals(view.status())) {
      ranking =
          facade.list(
              new ApplicationFilter(view.code(), "VALIDADA", null),
              new PageRequest(0, 500, "rank", true));
    } else {
      ranking = List.of();
    }
    results = view.published() ? facade.results(view.code()) : List.of();
  }

  private static int weight(BecaRules r, String key) {
    return r.criteria().stream()
        .filter(x -> x.key().equals(key))
        .mapToInt(BecaRules.Criterion::weight)
        .sum();
  }

  public void addDoc() {
    docs.add(new Doc());
  }

  public void removeDoc(int i) {
    if (i >= 0 && i < docs.size()) {
      docs.remove(i);
    }
  }

  public String save() {
    List<BecaRules.Criterion> criteria = new ArrayList<>();
    if (weightAverage != null && weightAverage > 0)
      criteria.add(new BecaRules.Criterion("promedio", weightAverage));
    if (weightIncome != null && weightIncome > 0)
      criteria.add(new BecaRules.Criterion("ingreso", weightIncome));
    if (weightMembers != null && weightMembers > 0)
      criteria.add(new BecaRules.Criterion("integrantes", weightMembers));
    BecaRules rules =
        new BecaRules(
            minAge,
            maxAge,
            levels,
            minAverage,
            maxIncome,
            resident,
            criteria,
            docs.stream()
                .map(
                    d ->
                        new BecaRules.Document(
                            d.getCode() == null ? null : d.getCode().trim(), d.getName()))
                .toList(),
            publication);
    try {
      boolean create = view == null;
      view =
          facade.saveCall(
              new ConvocatoriaCommand(
                  code,
                  name,
                  cycle,
                  description,
                  rules,
                  opensOn,
                  closesOn,
                  budget,
                  places,
                  amount,
                  payments),
              create);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("becas.convocatoriaGuardada", view.code());
      return "/consola/becas/convocatoria?faces-redirect=true&c=" + view.code();
    } catch (BusinessRuleException e) {
      Messages.error(e, FORM);
      return null;
    }
  }

  public void publish() {
    act(() -> facade.publishCall(view.code()), "becas.convocatoriaPublicada");
  }

  public void close() {
    act(() -> facade.closeCall(view.code()), "becas.convocatoriaCerrada");
  }

  public void propose() {
    act(() -> facade.propose(view.code(), note), "becas.dictamenPropuesto");
  }

  public void approve() {
    act(() -> facade.decide(view.code(), true, note), "becas.dictamenAprobado");
  }

  public void sendBack() {
    act(() -> facade.decide(view.code(), false, note), "becas.dictamenDevuelto");
  }

  private void act(java.util.function.Supplier<ConvocatoriaView> action, String okKey) {
    try {
      view = action.get();
      note = null;
      Messages.info(okKey, view.code());
      refreshCommittee();
    } catch (BusinessRuleException e) {
      Messages.error(e, "comite:");
    }
  }

  public boolean isCanEdit() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    boolean role = ext.isUserInRole(Roles.ADMIN) || ext.isUserInRole(Roles.SUPERVISOR);
    return role
        && (view == null
            || "BORRADOR".equals(view.status())
            || ("ABIERTA".equals(view.status()) && view.applications() == 0));
  }

  public boolean isCommittee() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    return ext.isUserInRole(Roles.ADMIN) || ext.isUserInRole(Roles.SUPERVISOR);
  }

  public boolean isOwnProposal() {
    return view != null
        && FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRemoteUser()
            .equals(view.proposedBy());
  }

  public List<String> getRuleTexts() {
    return view == null ? List.of() : BecasTexts.rules(view);
  }

  public List<String> getCriteriaTexts() {
    return view == null ? List.of() : BecasTexts.criteria(view);
  }

  public java.util.Map<String, String> getLevelOptions() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    BecaRules.LEVELS.forEach((k, v) -> m.put(v, k));
    return m;
  }

  // getters and setters
  public String getC() {
    return c;
  }

  public void setC(String v) {
    c = v;
  }

  public ConvocatoriaView getView() {
    return view;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    code = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String v) {
    cycle = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate v) {
    opensOn = v;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate v) {
    closesOn = v;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public void setBudget(BigDecimal v) {
    budget = v;
  }

  public Integer getPlaces() {
    return places;
  }

  public void setPlaces(Integer v) {
    places = v;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal v) {
    amount = v;
  }

  public Integer getPayments() {
    return payments;
  }

  public void setPayments(Integer v) {
    payments = v;
  }

  public Integer getMinAge() {
    return minAge;
  }

  public void setMinAge(Integer v) {
    minAge = v;
  }

  public Integer getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(Integer v) {
    maxAge = v;
  }

  public List<String> getLevels() {
    return levels;
  }

  public void setLevels(List<String> v) {
    levels = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public BigDecimal getMinAverage() {
    return minAverage;
  }

  public void setMinAverage(BigDecimal v) {
    minAverage = v;
  }

  public BigDecimal getMaxIncome() {
    return maxIncome;
  }

  public void setMaxIncome(BigDecimal v) {
    maxIncome = v;
  }

  public boolean isResident() {
    return resident;
  }

  public void setResident(boolean v) {
    resident = v;
  }

  public Integer getWeightAverage() {
    return weightAverage;
  }

  public void setWeightAverage(Integer v) {
    weightAverage = v;
  }

  public Integer getWeightIncome() {
    return weightIncome;
  }

  public void setWeightIncome(Integer v) {
    weightIncome = v;
  }

  public Integer getWeightMembers() {
    return weightMembers;
  }

  public void setWeightMembers(Integer v) {
    weightMembers = v;
  }

  public List<Doc> getDocs() {
    return docs;
  }

  public String getPublication() {
    return publication;
  }

  public void setPublication(String v) {
    publication = v;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String v) {
    note = v;
  }

  public List<ApplicationRow> getRanking() {
    return ranking;
  }

  public List<RankedEntry> getResults() {
    return results;
  }
}
