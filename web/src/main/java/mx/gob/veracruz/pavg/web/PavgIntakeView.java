package mx.gob.veracruz.pavg.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.pavg.IntakeCommand;
import mx.gob.veracruz.pavg.IntakeReceipt;
import mx.gob.veracruz.pavg.PavgCodes;
import mx.gob.veracruz.pavg.PavgIntakeFacade;

/**
 * The public report form behind a neutral entry page. Sent by ajax (no new history entry, nothing
 * in the URL); the receipt with code and PIN is shown once, in the page, and forgotten with the
 * view.
 */
@Named
@ViewScoped
public class PavgIntakeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PavgIntakeFacade intake;
  @Inject private GeographyFacade geography;

  private Map<String, String> texts;
  private List<ColoniaInfo> colonias;
  private boolean started;
  private String about;
  private List<String> categories = new ArrayList<>();
  private LocalDate occurredOn;
  private Long coloniaId;
  private String place;
  private java.math.BigDecimal lat;
  private java.math.BigDecimal lon;
  private String danger;
  private String narrative;
  private String name;
  private String victimName;
  private String phone;
  private String email;
  private String contactChannel;
  private String contactHours;
  private String safeWord;
  private String aggressor;
  private String confirmEmail;
  private IntakeReceipt receipt;

  @PostConstruct
  void init() {
    texts = intake.publicTexts();
    colonias = geography.colonias();
  }

  public void start() {
    started = true;
  }

  public void send() {
    try {
      receipt =
          intake.report(
              new IntakeCommand(
                  about,
                  categories,
                  occurredOn,
                  coloniaId,
                  lat,
                  lon,
                  place,
                  danger == null ? null : "SI".equals(danger),
                  narrative,
                  name,
                  victimName,
                  phone,
                  email,
                  contactChannel,
                  contactHours,
                  safeWord,
                  aggressor,
                  confirmEmail,
                  PavgCodes.Channel.PORTAL.name()));
      // What she typed is no longer kept in the view.
      lat = null;
      lon = null;
      narrative = name = victimName = phone = email = place = safeWord = aggressor = null;
      contactHours = confirmEmail = null;
    } catch (BusinessRuleException e) {
      Messages.error(e, "report-form:");
    }
  }

  public List<String> getViolenceTypes() {
    return PavgCodes.codes(PavgCodes.ViolenceType.class);
  }

  public List<String> getContactChannels() {
    return PavgCodes.codes(PavgCodes.ContactChannel.class);
  }

  public Map<String, String> getTexts() {
    return texts;
  }

  public List<ColoniaInfo> getColonias() {
    return colonias;
  }

  public boolean isStarted() {
    return started;
  }

  public IntakeReceipt getReceipt() {
    return receipt;
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(LocalDate occurredOn) {
    this.occurredOn = occurredOn;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long coloniaId) {
    this.coloniaId = coloniaId;
  }

  public java.math.BigDecimal getLat() {
    return lat;
  }

  public void setLat(java.math.BigDecimal lat) {
    this.lat = lat;
  }

  public java.math.BigDecimal getLon() {
    return lon;
  }

  public void setLon(java.math.BigDecimal lon) {
    this.lon = lon;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getDanger() {
    return danger;
  }

  public void setDanger(String danger) {
    this.danger = danger;
  }

  public String getNarrative() {
    return narrative;
  }

  public void setNarrative(String narrative) {
    this.narrative = narrative;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getVictimName() {
    return victimName;
  }

  public void setVictimName(String victimName) {
    this.victimName = victimName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getContactChannel() {
    return contactChannel;
  }

  public void setContactChannel(String contactChannel) {
    this.contactChannel = contactChannel;
  }

  public String getContactHours() {
    return contactHours;
  }

  public void setContactHours(String contactHours) {
    this.contactHours = contactHours;
  }

  public String getSafeWord() {
    return safeWord;
  }

  public void setSafeWord(String safeWord) {
    this.safeWord = safeWord;
  }

  public String getAggressor() {
    return aggressor;
  }

  public void setAggressor(String aggressor) {
    this.aggressor = aggressor;
  }

  public String getConfirmEmail() {
    return confirmEmail;
  }

  public void setConfirmEmail(String confirmEmail) {
    this.confirmEmail = confirmEmail;
  }
}
