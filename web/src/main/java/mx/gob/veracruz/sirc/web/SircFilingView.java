package mx.gob.veracruz.sirc.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.sirc.FiledReport;
import mx.gob.veracruz.sirc.ReportCommand;
import mx.gob.veracruz.sirc.ServiceView;
import mx.gob.veracruz.sirc.SircFacade;
import mx.gob.veracruz.sirc.SircPublicFacade;

/**
 * Filing a report: on the portal (the citizen) and in the console (a clerk for a caller or a
 * visitor, with the channel). The service's questions are rendered from the catalogue; the place is
 * picked on the map (or typed as latitude and longitude).
 */
@Named
@ViewScoped
public class SircFilingView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SircPublicFacade sirc;
  @Inject private SircFacade staff;
  @Inject private ExternalContext external;
  @Inject private mx.gob.veracruz.common.GeographyFacade geography;

  private String serviceCode;
  private BigDecimal lat;
  private BigDecimal lon;
  private String address;
  private String description;
  private String email;
  private String phone;
  private String curp;
  private String firstName;
  private String lastName;
  private String channel = "TELEFONO";
  private Map<String, Object> answers = new HashMap<>();
  private List<ServiceView> services;
  private FiledReport filed;
  private List<mx.gob.veracruz.sirc.PublicReport> candidates = List.of();
  private boolean confirmedNew;

  /** The photos uploaded so far: already checked and re-encoded, kept until the report is sent. */
  private List<mx.gob.veracruz.sirc.PhotoUpload> photos = new ArrayList<>();

  private String supported;

  public List<ServiceView> getServices() {
    if (services == null) {
      services = sirc.services();
    }
    return services;
  }

  /** The chosen service (its questions and whether it admits anonymous reports). */
  public ServiceView getService() {
    if (serviceCode == null) {
      return null;
    }
    return getServices().stream()
        .filter(s -> s.code().equals(serviceCode))
        .findFirst()
        .orElse(null);
  }

  public void serviceChanged() {
    answers = new HashMap<>();
  }

  /** The form's button: in the console a clerk files for a caller; on the portal, the citizen. */
  public void send(boolean forCaller) {
    file(forCaller);
  }

  /** Portal: the citizen files. */
  public void submit() {
    file(false);
  }

  /** Console: a clerk files for a caller or visitor. */
  public void submitForCaller() {
    file(true);
  }

  private void file(boolean forCaller) {
    if (!confirmedNew) {
      candidates = sirc.nearby(serviceCode, lat, lon);
      if (!candidates.isEmpty()) {
        return; // "¿Es el mismo problema?": support one of them, or confirm it is another
      }
    }
    ReportCommand c =
        new ReportCommand(
            serviceCode,
            lat,
            lon,
            address,
            description,
            answerLists(),
            forCaller ? channel : null,
            curp,
            email,
            phone,
            firstName,
            lastName,
            null,
            null,
            List.copyOf(photos));
    try {
      filed = forCaller ? staff.fileFor(c) : sirc.file(c);
      candidates = List.of();
      confirmedNew = false;
      photos = new ArrayList<>();
      if (forCaller) {
        Messages.info(
            "sirc.nuevo.creado",
            filed.folio(),
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(filed.expectedAt().atZone(mx.gob.veracruz.common.CityClock.ZONE)));
      }
    } catch (BusinessRuleException e) {
      String field = e.getField();
      if (field != null && field.startsWith("attribute[")) {
        field = null; // the service's questions: the summary names the question
      }
      Messages.error(new BusinessRuleException(e.getCode(), field, e.getMessage()), "report-form:");
    }
  }

  private Map<String, List<String>> answerLists() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    answers.forEach(
        (code, v) -> {
          if (v == null) {
            return;
          }
          List<String> values = new ArrayList<>();
          if (v instanceof Object[] array) {
            Arrays.stream(array).forEach(o -> values.add(String.valueOf(o)));
          } else if (v instanceof Collection<?> list) {
            list.forEach(o -> values.add(String.valueOf(o)));
          } else if (v instanceof java.util.Date d) {
            values.add(
                d.toInstant()
                    .atZone(mx.gob.veracruz.common.CityClock.ZONE)
                    .toLocalDate()
                    .toString());
          } else {
            values.add(String.valueOf(v));
          }
          out.put(code, values);
        });
    return out;
  }

  /**
   * A photo chosen in the form: checked by its content and re-encoded now, so a bad file is refused
   * at once, beside the field, and what the form shows is what will be stored.
   */
  public void upload(org.primefaces.event.FileUploadEvent event) {
    if (photos.size() >= mx.gob.veracruz.sirc.PhotoUpload.MAX_PER_REPORT) {
      Messages.error(
          new BusinessRuleException(
              "fotos-demasiadas",
              "photo",
              "Un reporte admite hasta "
                  + mx.gob.veracruz.sirc.PhotoUpload.MAX_PER_REPORT
                  + " fotos"),
          "report-form:");
      return;
    }
    try {
      photos.add(sirc.preparePhoto(event.getFile().getContent()));
    } catch (BusinessRuleException e) {
      Messages.error(e, "report-form:");
    }
  }

  public void removePhoto(int index) {
    if (index >= 0 && index < photos.size()) {
      photos.remove(index);
    }
  }

  public List<mx.gob.veracruz.sirc.PhotoUpload> getPhotos() {
    return photos;
  }

  /** The colonia the typed address named, where the pin was put for the user to confirm. */
  private mx.gob.veracruz.common.ColoniaPlace found;

  private int foundStamp;

  /**
   * "Buscar en el mapa": the colonia named in the typed address (or its postal code) puts the pin
   * inside it; the citizen confirms or moves it. No street-level geocoder is reachable here.
   */
  public void locateAddress() {
    java.util.Optional<mx.gob.veracruz.common.ColoniaPlace> place =
        geography.findInAddress(address);
    if (place.isEmpty()) {
      found = null;
      Messages.error(
          new BusinessRuleException(
              "direccion-no-encontrada",
              "address",
              "No encontramos una colonia del municipio en la referencia: escriba el nombre de la"
                  + " colonia o su código postal, o marque el punto en el mapa"),
          "report-form:");
      return;
    }
    found = place.get();
    foundStamp++;
    lat = BigDecimal.valueOf(found.lat()).setScale(6, java.math.RoundingMode.HALF_UP);
    lon = BigDecimal.valueOf(found.lon()).setScale(6, java.math.RoundingMode.HALF_UP);
  }

  public mx.gob.veracruz.common.ColoniaPlace getFound() {
    return found;
  }

  public int getFoundStamp() {
    return foundStamp;
  }

  /** It is another problem: file it anyway. */
  public void fileAnyway(boolean forCaller) {
    confirmedNew = true;
    file(forCaller);
  }

  /** "A mí también": supports an open report nearby instead of filing a new one. */
  public void support(String folio) {
    try {
      sirc.support(folio);
      supported = folio;
      candidates = List.of();
      Messages.info("sirc.portal.apoyoRegistrado", folio);
    } catch (BusinessRuleException e) {
      Messages.error(e, "report-form:");
    }
  }

  public void again() {
    filed = null;
    serviceCode = null;
    lat = null;
    lon = null;
    address = null;
    description = null;
    answers = new HashMap<>();
    photos = new ArrayList<>();
  }

  public String getTrackingUrl() {
    return filed == null
        ? null
        : external.getRequestContextPath() + "/sirc/seguimiento.xhtml?t=" + filed.token();
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public BigDecimal getLat() {
    return lat;
  }

  public void setLat(BigDecimal lat) {
    this.lat = lat;
  }

  public BigDecimal getLon() {
    return lon;
  }

  public void setLon(BigDecimal lon) {
    this.lon = lon;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String curp) {
    this.curp = curp;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public List<String> getStaffChannels() {
    return List.of("TELEFONO", "VENTANILLA", "CHAT");
  }

  public Map<String, Object> getAnswers() {
    return answers;
  }

  public FiledReport getFiled() {
    return filed;
  }

  public List<mx.gob.veracruz.sirc.PublicReport> getCandidates() {
    return candidates;
  }

  public String getSupported() {
    return supported;
  }
}
