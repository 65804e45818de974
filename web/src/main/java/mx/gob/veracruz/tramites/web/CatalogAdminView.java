package mx.gob.veracruz.tramites.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mx.gob.veracruz.cobros.ConceptView;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.InvalidInputException;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.tramites.TramiteAdminFacade;
import mx.gob.veracruz.tramites.TramiteDefinition;
import mx.gob.veracruz.tramites.TramiteInfo;
import mx.gob.veracruz.tramites.TramiteSummary;
import mx.gob.veracruz.tramites.TramiteVersionView;

/**
 * The catalogue in the console: the list, and the editor of one procedure where every part of the
 * definition (data, requirements, fees, form fields with their conditions) is edited as rows and
 * saved as a new version. Nothing here needs code to add a procedure.
 */
@Named
@ViewScoped
public class CatalogAdminView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "editor:";

  @Inject private TramiteAdminFacade facade;

  private String text;
  private String code;
  private boolean isNew;
  private Integer version;
  private boolean active;
  private List<ConceptView> concepts;
  private List<TramiteVersionView> history = List.of();
  private String note;

  // the definition being edited
  private String editCode;
  private String name;
  private String description;
  private String whoCanAsk;
  private String area;
  private Integer termDays;
  private String silence = "NEGATIVA";
  private List<String> channels = new ArrayList<>(List.of("EN_LINEA"));
  private String legalBasis;
  private String office;
  private List<mx.gob.veracruz.tramites.OfficeView> offices;
  private final List<Req> requirements = new ArrayList<>();
  private final List<FeeRow> fees = new ArrayList<>();
  private final List<FieldRow> fields = new ArrayList<>();

  private final PagedModel<TramiteSummary> model =
      new PagedModel<>(
              page -> facade.list(text, page.first(), page.size()).items(),
              () -> facade.count(text),
              TramiteSummary::code,
              true)
          .exportable(
              "catalogo-tramites",
              (order, sink) -> {
                var all = facade.list(text, 0, 500).items();
                sink.accept(all);
                return all.size();
              },
              List.of(
                  ExportColumn.id("tramites.clave", TramiteSummary::code),
                  ExportColumn.text("tramites.tramite", TramiteSummary::name),
                  ExportColumn.text("tramites.area", TramiteSummary::area),
                  ExportColumn.integer("tramites.plazo", t -> (long) t.termDays()),
                  ExportColumn.text("tramites.costo", TramiteSummary::feeText),
                  ExportColumn.text(
                      "tramites.enLinea", t -> Messages.text(t.online() ? "comun.si" : "comun.no")),
                  ExportColumn.text(
                      "tramites.activo", t -> Messages.text(t.active() ? "comun.si" : "comun.no")),
                  ExportColumn.integer("tramites.version", t -> (long) t.version())));

  /** An editable requirement row. */
  public static class Req implements Serializable {
    private static final long serialVersionUID = 1L;
    public String code;
    public String name;
    public boolean document = true;
    public boolean required = true;

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

    public boolean isDocument() {
      return document;
    }

    public void setDocument(boolean v) {
      document = v;
    }

    public boolean isRequired() {
      return required;
    }

    public void setRequired(boolean v) {
      required = v;
    }
  }

  /** An editable fee row: a fixed amount or a rate per unit of a number field. */
  public static class FeeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    public String concept;
    public String description;
    public BigDecimal amount;
    public BigDecimal perUnit;
    public String field;
    public BigDecimal minimum;

    public String getConcept() {
      return concept;
    }

    public void setConcept(String v) {
      concept = v;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String v) {
      description = v;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal v) {
      amount = v;
    }

    public BigDecimal getPerUnit() {
      return perUnit;
    }

    public void setPerUnit(BigDecimal v) {
      perUnit = v;
    }

    public String getField() {
      return field;
    }

    public void setField(String v) {
      field = v;
    }

    public BigDecimal getMinimum() {
      return minimum;
    }

    public void setMinimum(BigDecimal v) {
      minimum = v;
    }
  }

  /** An editable form field row; options one per line; the condition as field and value. */
  public static class FieldRow implements Serializable {
    private static final long serialVersionUID = 1L;
    public String name;
    public String label;
    public String type = "text";
    public boolean required;
    public String options;
    public Long min;
    public Long max;
    public Integer maxLength;
    public String prefill;
    public String ifField;
    public String ifEquals;

    public String getName() {
      return name;
    }

    public void setName(String v) {
      name = v;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String v) {
      label = v;
    }

    public String getType() {
      return type;
    }

    public void setType(String v) {
      type = v;
    }

    public boolean isRequired() {
      return required;
    }

    public void setRequired(boolean v) {
      required = v;
    }

    public String getOptions() {
      return options;
    }

    public void setOptions(String v) {
      options = v;
    }

    public Long getMin() {
      return min;
    }

    public void setMin(Long v) {
      min = v;
    }

    public Long getMax() {
      return max;
    }

    public void setMax(Long v) {
      max = v;
    }

    public Integer getMaxLength() {
      return maxLength;
    }

    public void setMaxLength(Integer v) {
      maxLength = v;
    }

    public String getPrefill() {
      return prefill;
    }

    public void setPrefill(String v) {
      prefill = v;
    }

    public String getIfField() {
      return ifField;
    }

    public void setIfField(String v) {
      ifField = v;
    }

    public String getIfEquals() {
      return ifEquals;
    }

    public void setIfEquals(String v) {
      ifEquals = v;
    }
  }

  @PostConstruct
  void init() {
    concepts = facade.concepts();
    offices = facade.offices();
  }

  /** View action of the editor: an existing procedure by {@code c}, or a new one. */
  public void loadEditor() throws IOException {
    if (editCode != null || isNew) {
      return;
    }
    if (code == null || code.isBlank()) {
      isNew = true;
      return;
    }
    TramiteInfo info;
    try {
      info = facade.info(code);
    } catch (BusinessRuleException e) {
      TramitesFaces.notFound();
      return;
    }
    fill(info);
  }

  private void fill(TramiteInfo info) {
    TramiteDefinition d = info.definition();
    version = info.version();
    active = info.active();
    editCode = d.code();
    name = d.name();
    description = d.description();
    whoCanAsk = d.whoCanAsk();
    area = d.area();
    termDays = d.termDays();
    silence = d.silence();
    channels = new ArrayList<>(d.channels());
    legalBasis = d.legalBasis();
    office = d.office();
    requirements.clear();
    for (var r : d.requirements()) {
      Req x = new Req();
      x.code = r.code();
      x.name = r.name();
      x.document = r.document();
      x.required = r.required();
      requirements.add(x);
    }
    fees.clear();
    for (var f : d.fees()) {
      FeeRow x = new FeeRow();
      x.concept = f.concept();
      x.description = f.description();
      x.amount = f.amount();
      x.perUnit = f.perUnit();
      x.field = f.field();
      x.minimum = f.minimum();
      fees.add(x);
    }
    fields.clear();
    for (var f : d.form()) {
      FieldRow x = new FieldRow();
      x.name = f.name();
      x.label = f.label();
      x.type = f.type();
      x.required = f.required();
      x.options = f.options() == null ? null : String.join("\n", f.options());
      x.min = f.min();
      x.max = f.max();
      x.maxLength = f.maxLength();
      x.prefill = f.prefill();
      if (f.visibleIf() != null) {
        x.ifField = f.visibleIf().field();
        x.ifEquals = f.visibleIf().equals();
      }
      fields.add(x);
    }
    history = facade.history(editCode);
  }

  TramiteDefinition definition() {
    return new TramiteDefinition(
        trim(editCode),
        trim(name),
        trim(description),
        trim(whoCanAsk),
        trim(area),
        termDays == null ? 0 : termDays,
        silence,
        List.copyOf(channels),
        trim(legalBasis),
        requirements.stream()
            .map(
                r ->
                    new TramiteDefinition.Requirement(
                        trim(r.code), trim(r.name), r.document, r.required))
            .toList(),
        fees.stream()
            .map(
                f ->
                    new TramiteDefinition.Fee(
                        trim(f.concept),
                        trim(f.description),
                        f.perUnit != null ? null : f.amount,
                        f.perUnit,
                        f.perUnit == null ? null : trim(f.field),
                        f.perUnit == null ? null : f.minimum))
            .toList(),
        fields.stream()
            .map(
                f ->
                    new TramiteDefinition.Field(
                        trim(f.name),
                        trim(f.label),
                        f.type,
                        f.required,
                        "select".equals(f.type) && f.options != null
                            ? Arrays.stream(f.options.split("\\R"))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .toList()
                            : List.of(),
                        "number".equals(f.type) ? f.min : null,
                        "number".equals(f.type) ? f.max : null,
                        "text".equals(f.type) || "textarea".equals(f.type) || "email".equals(f.type)
                            ? f.maxLength
                            : null,
                        f.prefill == null || f.prefill.isBlank() ? null : f.prefill,
                        f.ifField == null || f.ifField.isBlank()
                            ? null
                            : new TramiteDefinition.Condition(
                                f.ifField.trim(), f.ifEquals == null ? "" : f.ifEquals.trim())))
            .toList(),
        office == null || office.isBlank() ? null : office);
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }

  public String save() {
    try {
      TramiteInfo saved = facade.save(definition(), note);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("tramites.guardado", saved.definition().name(), saved.version());
      return "/consola/tramites/editar?faces-redirect=true&c=" + saved.definition().code();
    } catch (InvalidInputException e) {
      e.getViolations().forEach(v -> error(v.field(), v.message()));
    } catch (BusinessRuleException e) {
      error(e.getField(), e.getMessage());
    }
    return null;
  }

  private void error(String field, String message) {
    FacesContext fc = FacesContext.getCurrentInstance();
    String id =
        field == null
            ? null
            : switch (field) {
              case "code" -> "clave";
              case "name" -> "nombre";
              case "description" -> "descripcion";
              case "whoCanAsk" -> "quien";
              case "area" -> "area";
              case "termDays" -> "plazo";
              case "silence" -> "silencio";
              case "channels" -> "canales";
              case "legalBasis" -> "fundamento";
              case "office" -> "oficina";
              case "requirements" -> "requisitos-msg";
              case "fees" -> "cobros-msg";
              case "form" -> "campos-msg";
              default -> null;
            };
    String clientId = id == null ? null : FORM + id;
    if (clientId != null && fc.getViewRoot().findComponent(":" + clientId) == null) {
      clientId = null;
    }
    var c = clientId == null ? null : fc.getViewRoot().findComponent(":" + clientId);
    if (c instanceof jakarta.faces.component.UIInput input) {
      input.setValid(false);
    }
    fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    fc.validationFailed();
  }

  public void toggleActive() {
    try {
      TramiteInfo info = facade.setActive(editCode, !active);
      active = info.active();
      Messages.info(active ? "tramites.activado" : "tramites.desactivado");
    } catch (BusinessRuleException e) {
      Messages.error(e, FORM);
    }
  }

  public void addRequirement() {
    requirements.add(new Req());
  }

  public void removeRequirement(int i) {
    requirements.remove(i);
  }

  public void addFee() {
    fees.add(new FeeRow());
  }

  public void removeFee(int i) {
    fees.remove(i);
  }

  public void addField() {
    fields.add(new FieldRow());
  }

  public void removeField(int i) {
    fields.remove(i);
  }

  public void moveUp(int i) {
    if (i > 0) {
      fields.add(i - 1, fields.remove(i));
    }
  }

  public List<String> getFieldTypes() {
    return TramiteDefinition.FIELD_TYPES;
  }

  public List<String> getPrefills() {
    return TramiteDefinition.PREFILLS;
  }

  public PagedModel<TramiteSummary> getModel() {
    return model;
  }

  public List<mx.gob.veracruz.tramites.OfficeView> getOffices() {
    return offices;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String v) {
    office = v;
  }

  public List<ConceptView> getConcepts() {
    return concepts;
  }

  public List<TramiteVersionView> getHistory() {
    return history;
  }

  public List<Req> getRequirements() {
    return requirements;
  }

  public List<FeeRow> getFees() {
    return fees;
  }

  public List<FieldRow> getFields() {
    return fields;
  }

  public boolean isNew() {
    return isNew;
  }

  public boolean isActive() {
    return active;
  }

  public Integer getVersion() {
    return version;
  }

  public String getText() {
    return text;
  }

  public void setText(String v) {
    text = v;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    code = v;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String v) {
    note = v;
  }

  public String getEditCode() {
    return editCode;
  }

  public void setEditCode(String v) {
    editCode = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }

  public String getWhoCanAsk() {
    return whoCanAsk;
  }

  public void setWhoCanAsk(String v) {
    whoCanAsk = v;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String v) {
    area = v;
  }

  public Integer getTermDays() {
    return termDays;
  }

  public void setTermDays(Integer v) {
    termDays = v;
  }

  public String getSilence() {
    return silence;
  }

  public void setSilence(String v) {
    silence = v;
  }

  public List<String> getChannels() {
    return channels;
  }

  public void setChannels(List<String> v) {
    channels = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String v) {
    legalBasis = v;
  }
}
