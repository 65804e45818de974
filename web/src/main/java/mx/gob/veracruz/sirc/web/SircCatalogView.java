package mx.gob.veracruz.sirc.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.DependenciaInfo;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.sirc.AttributeType;
import mx.gob.veracruz.sirc.CatalogVersionView;
import mx.gob.veracruz.sirc.ServiceEdit;
import mx.gob.veracruz.sirc.ServiceView;
import mx.gob.veracruz.sirc.SircCatalogFacade;
import mx.gob.veracruz.sirc.SlaUnit;

/**
 * The SIRC catalogue in the console: the services (searched by name, theme or key; exported as
 * shown), one service's form with its questions, and its published versions. Saving publishes a new
 * version; reports already filed keep theirs.
 */
@Named
@ViewScoped
public class SircCatalogView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SircCatalogFacade facade;

  private String search;
  private Form form;
  private List<DependenciaInfo> dependencias;

  private final ShownList<ServiceView> services =
      new ShownList<>(
          "catalogo-sirc",
          () -> filtered(),
          List.of(
              ExportColumn.id("sirc.catalogo.clave", ServiceView::code),
              ExportColumn.text("sirc.catalogo.tema", ServiceView::theme),
              ExportColumn.text("sirc.servicio", ServiceView::name),
              ExportColumn.text("sirc.dependencia", ServiceView::dependenciaNombre),
              ExportColumn.text("sirc.catalogo.plazo", SircCatalogView::slaText),
              ExportColumn.integer("sirc.catalogo.preguntas", s -> s.questions().size()),
              ExportColumn.text(
                  "sirc.catalogo.estado",
                  s ->
                      Messages.text(
                          s.active() ? "sirc.catalogo.activo" : "sirc.catalogo.inactivo")),
              ExportColumn.integer("sirc.versionCatalogo", ServiceView::catalogVersion)));

  private ShownList<CatalogVersionView> versions;

  private List<ServiceView> filtered() {
    String q = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    return facade.services().stream()
        .filter(
            s ->
                q.isEmpty()
                    || (s.code() + " " + s.name() + " " + s.theme() + " " + s.keywords())
                        .toLowerCase(Locale.ROOT)
                        .contains(q))
        .toList();
  }

  public static String slaText(ServiceView s) {
    return s.slaAmount() + " " + Messages.text("sirc.sla." + s.slaUnit().name());
  }

  public void find() {
    services.refresh();
  }

  public void edit(String code) {
    facade
        .service(code)
        .ifPresent(
            s -> {
              form = Form.of(ServiceEdit.of(s));
              versions =
                  new ShownList<>(
                      "versiones-" + s.code(),
                      () -> facade.versions(s.code()),
                      List.of(
                          ExportColumn.integer("sirc.versionCatalogo", CatalogVersionView::version),
                          ExportColumn.dateTime("sirc.catalogo.publicada", CatalogVersionView::at),
                          ExportColumn.text("sirc.catalogo.publicadaPor", CatalogVersionView::by)));
            });
  }

  public void create() {
    form = new Form();
    String mine = facade.editorDepartment();
    form.dependencia = mine;
    versions = null;
  }

  public void cancel() {
    form = null;
    versions = null;
  }

  public void addQuestion() {
    QuestionRow q = new QuestionRow();
    q.order = form.questions.size() + 1;
    q.datatype = AttributeType.STRING;
    form.questions.add(q);
  }

  public void removeQuestion(int index) {
    if (index >= 0 && index < form.questions.size()) {
      form.questions.remove(index);
    }
  }

  public void save() {
    try {
      ServiceView saved = facade.save(form.toEdit());
      Messages.info("sirc.catalogo.publicado", saved.catalogVersion(), saved.name());
      services.refresh();
      edit(saved.code());
    } catch (BusinessRuleException e) {
      Messages.error(e, "service-form:");
    }
  }

  public boolean isEditing() {
    return form != null;
  }

  public List<DependenciaInfo> getDependencias() {
    if (dependencias == null) {
      dependencias = facade.dependencias();
    }
    return dependencias;
  }

  public AttributeType[] getDatatypes() {
    return AttributeType.values();
  }

  public SlaUnit[] getSlaUnits() {
    return SlaUnit.values();
  }

  public ShownList<ServiceView> getServices() {
    return services;
  }

  public ShownList<CatalogVersionView> getVersions() {
    return versions;
  }

  public Form getForm() {
    return form;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  /** The form's state: mutable, since inputs write into it. */
  public static final class Form implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private String description;
    private String keywords;
    private String theme;
    private String dependencia;
    private Integer slaAmount;
    private SlaUnit slaUnit = SlaUnit.DIAS_HABILES;
    private boolean anonymousAllowed;
    private boolean active = true;
    private int basedOnVersion;
    private final List<QuestionRow> questions = new ArrayList<>();

    static Form of(ServiceEdit e) {
      Form f = new Form();
      f.code = e.code();
      f.name = e.name();
      f.description = e.description();
      f.keywords = e.keywords();
      f.theme = e.theme();
      f.dependencia = e.dependencia();
      f.slaAmount = e.slaAmount();
      f.slaUnit = e.slaUnit();
      f.anonymousAllowed = e.anonymousAllowed();
      f.active = e.active();
      f.basedOnVersion = e.basedOnVersion();
      for (ServiceEdit.Question q : e.questions()) {
        QuestionRow r = new QuestionRow();
        r.code = q.code();
        r.datatype = q.datatype();
        r.required = q.required();
        r.description = q.description();
        r.datatypeDescription = q.datatypeDescription();
        r.order = q.order();
        r.values = q.values();
        f.questions.add(r);
      }
      return f;
    }

    ServiceEdit toEdit() {
      return new ServiceEdit(
          code,
          name,
          description,
          keywords,
          theme,
          dependencia,
          slaAmount == null ? 0 : slaAmount,
          slaUnit,
          anonymousAllowed,
          active,
          questions.stream()
              .map(
                  q ->
                      new ServiceEdit.Question(
                          q.code,
                          q.datatype,
                          q.required,
                          q.description,
                          q.datatypeDescription,
                          q.order,
                          q.values))
              .toList(),
          basedOnVersion);
    }

    public boolean isNew() {
      return basedOnVersion == 0;
    }

    public int getBasedOnVersion() {
      return basedOnVersion;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getKeywords() {
      return keywords;
    }

    public void setKeywords(String keywords) {
      this.keywords = keywords;
    }

    public String getTheme() {
      return theme;
    }

    public void setTheme(String theme) {
      this.theme = theme;
    }

    public String getDependencia() {
      return dependencia;
    }

    public void setDependencia(String dependencia) {
      this.dependencia = dependencia;
    }

    public Integer getSlaAmount() {
      return slaAmount;
    }

    public void setSlaAmount(Integer slaAmount) {
      this.slaAmount = slaAmount;
    }

    public SlaUnit getSlaUnit() {
      return slaUnit;
    }

    public void setSlaUnit(SlaUnit slaUnit) {
      this.slaUnit = slaUnit;
    }

    public boolean isAnonymousAllowed() {
      return anonymousAllowed;
    }

    public void setAnonymousAllowed(boolean anonymousAllowed) {
      this.anonymousAllowed = anonymousAllowed;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }

    public List<QuestionRow> getQuestions() {
      return questions;
    }
  }

  /** One question row of the form. */
  public static final class QuestionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private AttributeType datatype;
    private boolean required;
    private String description;
    private String datatypeDescription;
    private int order;
    private String values;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public AttributeType getDatatype() {
      return datatype;
    }

    public void setDatatype(AttributeType datatype) {
      this.datatype = datatype;
    }

    public boolean isRequired() {
      return required;
    }

    public void setRequired(boolean required) {
      this.required = required;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getDatatypeDescription() {
      return datatypeDescription;
    }

    public void setDatatypeDescription(String datatypeDescription) {
      this.datatypeDescription = datatypeDescription;
    }

    public int getOrder() {
      return order;
    }

    public void setOrder(int order) {
      this.order = order;
    }

    public String getValues() {
      return values;
    }

    public void setValues(String values) {
      this.values = values;
    }
  }
}
