package mx.gob.veracruz.becas.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.becas.ApplicationCommand;
import mx.gob.veracruz.becas.ApplicationView;
import mx.gob.veracruz.becas.BecaRules;
import mx.gob.veracruz.becas.BecasCatalogFacade;
import mx.gob.veracruz.becas.ConvocatoriaView;
import mx.gob.veracruz.becas.DocumentUpload;
import mx.gob.veracruz.becas.EligibilityResult;
import mx.gob.veracruz.becas.MyBecasFacade;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The application form of a call: the student's data, the household, the CLABE and one upload per
 * document the call asks for. "Revisar requisitos" applies the call's rules to what she typed and
 * explains each; filing applies them again on the server, with one error per field.
 */
@Named
@ViewScoped
public class BecaApplyView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "beca:";

  @Inject private BecasCatalogFacade catalog;
  @Inject private MyBecasFacade mine;
  @Inject private GeographyFacade geography;

  private String code;
  private ConvocatoriaView call;
  private String curp;
  private String studentName;
  private String level;
  private String school;
  private BigDecimal average;
  private BigDecimal income;
  private Integer members;
  private Long colonia;
  private String clabe;
  private final Map<String, List<DocumentUpload>> uploads = new LinkedHashMap<>();
  private EligibilityResult result;

  public void load() throws IOException {
    if (call != null) {
      return;
    }
    try {
      call = code == null ? null : catalog.call(code);
    } catch (BusinessRuleException e) {
      call = null;
    }
    if (call == null) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "No encontrado");
      fc.responseComplete();
      return;
    }
    var a = mine.account();
    if (a.curpVerified()) {
      curp = a.curp();
      studentName = a.fullName();
    }
    if (call.rules().levels().size() == 1) {
      level = call.rules().levels().get(0);
    }
  }

  private ApplicationCommand command() {
    List<DocumentUpload> files = new ArrayList<>();
    uploads.values().forEach(files::addAll);
    return new ApplicationCommand(
        code, curp, studentName, level, school, average, income, members, colonia, clabe, files);
  }

  public void check() {
    try {
      result = mine.check(command());
    } catch (BusinessRuleException e) {
      result = null;
      Messages.error(e, FORM);
    }
  }

  public String submit() {
    try {
      ApplicationView v = mine.apply(command());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("becas.presentada.ok", v.folio());
      return "/mi/beca-solicitud?faces-redirect=true&folio=" + v.folio();
    } catch (BusinessRuleException e) {
      Messages.error(e, FORM);
      return null;
    }
  }

  public void upload(FileUploadEvent event) {
    String req = (String) event.getComponent().getAttributes().get("requirement");
    List<DocumentUpload> list = uploads.computeIfAbsent(req, k -> new ArrayList<>());
    if (list.size() >= 3) {
      Messages.error(
          new BusinessRuleException("demasiados", null, "Hasta 3 archivos por documento"), FORM);
      return;
    }
    list.add(new DocumentUpload(req, event.getFile().getFileName(), event.getFile().getContent()));
  }

  public void remove(String requirement, int index) {
    List<DocumentUpload> list = uploads.get(requirement);
    if (list != null && index >= 0 && index < list.size()) {
      list.remove(index);
    }
  }

  public List<String> filesOf(String requirement) {
    return uploads.getOrDefault(requirement, List.of()).stream()
        .map(u -> u.fileName() + " (" + Math.max(1, u.content().length / 1024) + " KB)")
        .toList();
  }

  public List<ColoniaInfo> getColonias() {
    return geography.colonias();
  }

  public Map<String, String> getLevels() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String l : call.rules().levels()) {
      m.put(BecaRules.LEVELS.get(l), l);
    }
    return m;
  }

  public List<String> getRuleTexts() {
    return BecasTexts.rules(call);
  }

  public EligibilityResult getResult() {
    return result;
  }

  public ConvocatoriaView getCall() {
    return call;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    code = v;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String v) {
    curp = v;
  }

  public String getStudentName() {
    return studentName;
  }

  public void setStudentName(String v) {
    studentName = v;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String v) {
    level = v;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String v) {
    school = v;
  }

  public BigDecimal getAverage() {
    return average;
  }

  public void setAverage(BigDecimal v) {
    average = v;
  }

  public BigDecimal getIncome() {
    return income;
  }

  public void setIncome(BigDecimal v) {
    income = v;
  }

  public Integer getMembers() {
    return members;
  }

  public void setMembers(Integer v) {
    members = v;
  }

  public Long getColonia() {
    return colonia;
  }

  public void setColonia(Long v) {
    colonia = v;
  }

  public String getClabe() {
    return clabe;
  }

  public void setClabe(String v) {
    clabe = v;
  }
}
