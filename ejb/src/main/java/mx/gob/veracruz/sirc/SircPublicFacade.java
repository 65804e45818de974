package mx.gob.veracruz.sirc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.sirc.internal.ApiKeys;
import mx.gob.veracruz.sirc.internal.Catalog;
import mx.gob.veracruz.sirc.internal.ReportWorkflow;
import mx.gob.veracruz.sirc.internal.Reports;
import mx.gob.veracruz.sirc.internal.SircRepository;
import mx.gob.veracruz.sirc.model.ApiKey;
import mx.gob.veracruz.sirc.model.Report;
import mx.gob.veracruz.sirc.model.SircService;

/**
 * What anyone may do, without an account: read the catalogue, file a report (portal, or Open311
 * with an API key), follow one's own report by its private token, support an open one, and list
 * reports as Open311 publishes them (never a name, e-mail, phone or CURP).
 */
@Stateless
@PermitAll
@jakarta.annotation.security.DeclareRoles(mx.gob.veracruz.common.Roles.CIUDADANO)
public class SircPublicFacade {
  @jakarta.annotation.Resource private jakarta.ejb.SessionContext context;

  /** Open311: without dates, requests of the last 90 days; the span asked may not exceed this. */
  public static final int DEFAULT_WINDOW_DAYS = 90;

  public static final int MAX_RESULTS = 1000;

  @Inject private SircRepository repo;
  @Inject private Catalog catalog;
  @Inject private Reports reports;
  @Inject private ApiKeys keys;
  @Inject private CityClock clock;

  /** The report states, in workflow order (codes; the screens label them from the bundles). */
  public List<String> statusCodes() {
    return java.util.Arrays.stream(mx.gob.veracruz.sirc.ReportStatus.values())
        .map(Enum::name)
        .toList();
  }

  public List<ServiceView> services() {
    return repo.services(true).stream().map(catalog::view).toList();
  }

  public ServiceView service(String code) {
    return catalog.view(catalog.require(code));
  }

  /** From the portal: channel PORTAL whatever the command says. */
  @Audited(action = "sirc.reportar", entity = "Report")
  public FiledReport file(ReportCommand c) {
    // A citizen signed in on the portal files it as theirs: it shows in "mis trámites" and its
    // notices follow the account's preferences.
    Long account =
        context.isCallerInRole(mx.gob.veracruz.common.Roles.CIUDADANO)
            ? mx.gob.veracruz.common.CitizenPrincipal.accountId(
                context.getCallerPrincipal().getName())
            : null;
    return reports.file(
        // The app files through the citizen API as APP; everything else here is the portal.
        withChannel(
            c,
            account != null && ReportChannel.APP.name().equals(c.channel())
                ? ReportChannel.APP.name()
                : ReportChannel.PORTAL.name()),
        account == null ? "portal" : context.getCallerPrincipal().getName(),
        null,
        account);
  }

  /** From Open311 (the app or a third party): refused without an active key. */
  @Audited(action = "sirc.reportar.open311", entity = "Report")
  public FiledReport fileWithKey(String apiKey, ReportCommand c) {
    ApiKey key = key(apiKey);
    return reports.file(
        withChannel(c, ReportChannel.APP.name()), "api:" + key.getKeyPrefix(), key.getId());
  }

  /**
   * Open reports of the same service near a point (before filing: "¿es el mismo problema?"). A
   * point outside the municipality or an unknown service has none.
   */
  public List<PublicReport> nearby(
      String serviceCode, java.math.BigDecimal lat, java.math.BigDecimal lon) {
    if (serviceCode == null || lat == null || lon == null) {
      return List.of();
    }
    return repo.service(serviceCode.trim())
        .map(s -> reports.nearby(s, lat, lon, clock.now().toEpochMilli()))
        .orElse(List.of());
  }

  /**
   * Checks a key and counts the request against its limit (its own transaction: the hit stays
   * counted whatever happens to the request): -1 for no valid key, 0 to go on, or the seconds to
   * wait when the key is over its requests per minute.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
  public int admitKey(String apiKey) {
    return keys.active(apiKey).map(keys::admit).orElse(-1);
  }

  /** Whether a key is valid (Open311 checks it before anything else). */
  public boolean validKey(String apiKey) {
    return keys.active(apiKey).isPresent();
  }

  public PublicReport byFolio(String folio) {
    return reports.view(find(folio), true);
  }

  /** The citizen's own tracking page: the private token, never the folio, opens it. */
  public PublicReport track(String token) {
    return reports.view(byToken(token), true);
  }

  /**
   * Checks an uploaded photo by its content and re-encodes it without metadata (what the form keeps
   * until the report is sent); anything that is not a JPEG, PNG or WebP photo is refused.
   */
  public PhotoUpload preparePhoto(byte[] raw) {
    return mx.gob.veracruz.sirc.internal.Photos.prepare(raw);
  }

  /** How many photos the report behind a token has (its tracking page shows them). */
  public int photoCount(String token) {
    return repo.photoCount(byToken(token).getId());
  }

  /** A photo of the report behind a token (the citizen's tracking page): empty when none. */
  public java.util.Optional<byte[]> photo(String token, int ordinal, boolean thumbnail) {
    return repo.byToken(token == null ? "" : token)
        .flatMap(r -> repo.photo(r.getId(), ordinal, thumbnail));
  }

  /** The folio behind a token (Open311 {@code tokens/{token}}). */
  public String folioOfToken(String token) {
    return byToken(token).getFolio();
  }

  /** "¿Se resolvió?" — no: the citizen reopens a resolved report within the allowed days. */
  @Audited(action = "sirc.reabrir", entity = "Report")
  public PublicReport reopen(String token, String reason) {
    Report r = byToken(token);
    reports.apply(
        r,
        ReportWorkflow.check(r.getStatus(), ReportAction.REABRIR, ReportWorkflow.CITIZEN::equals),
        "ciudadano",
        reason,
        null);
    return reports.view(r, true);
  }

  /** "A mí también": supports an open report instead of filing a duplicate. */
  @Audited(action = "sirc.apoyar", entity = "Report")
  public PublicReport support(String folio) {
    Report r = find(folio);
    reports.support(r, "ciudadano");
    return reports.view(r, false);
  }

  /**
   * Open311 GET requests: by folios, or filed between {@code start} and {@code end} (default: the
   * last {@value #DEFAULT_WINDOW_DAYS} days; a longer span is refused), most recent first.
   */
  public List<PublicReport> requests(
      List<String> folios, String serviceCode, Boolean open, Instant start, Instant end) {
    Long serviceId = null;
    if (serviceCode != null && !serviceCode.isBlank()) {
      serviceId = repo.service(serviceCode.trim()).map(SircService::getId).orElse(-1L);
    }
    Instant to = end != null ? end : clock.now();
    Instant from = start != null ? start : to.minus(java.time.Duration.ofDays(DEFAULT_WINDOW_DAYS));
    if (from.isAfter(to)) {
      throw new BusinessRuleException(
          "fechas-invalidas", "start_date", "start_date es posterior a end_date");
    }
    if (java.time.Duration.between(from, to).toDays() > DEFAULT_WINDOW_DAYS) {
      throw new BusinessRuleException(
          "periodo-largo",
          "start_date",
          "El periodo entre start_date y end_date no puede pasar de "
              + DEFAULT_WINDOW_DAYS
              + " días");
    }
    return repo
        .publicList(folios, serviceId, open, from.toEpochMilli(), to.toEpochMilli(), MAX_RESULTS)
        .stream()
        .map(r -> reports.view(r, false))
        .toList();
  }

  /** Markers for the public map: the last {@value #DEFAULT_WINDOW_DAYS} days, at most 5,000. */
  public List<MapMarker> markers(String serviceCode, String status, Long coloniaId) {
    mx.gob.veracruz.sirc.ReportStatus st = null;
    if (status != null && !status.isBlank()) {
      try {
        st = mx.gob.veracruz.sirc.ReportStatus.valueOf(status.trim());
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException(
            "estado-desconocido", "estado", "Estado desconocido: " + status);
      }
    }
    long since = clock.now().minus(java.time.Duration.ofDays(DEFAULT_WINDOW_DAYS)).toEpochMilli();
    return repo.markers(
        serviceCode == null || serviceCode.isBlank() ? null : serviceCode.trim(),
        st,
        coloniaId,
        since,
        5_000);
  }

  private ApiKey key(String apiKey) {
    return keys.active(apiKey)
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "api-key-invalida", "api_key", "Falta el api_key o no es válido"));
  }

  private Report find(String folio) {
    return repo.byFolio(folio == null ? "" : folio.trim().toUpperCase())
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "no-encontrado", "folio", "No existe el reporte " + folio));
  }

  private Report byToken(String token) {
    return repo.byToken(token == null ? "" : token.trim())
        .orElseThrow(
            () ->
                new BusinessRuleException(
                    "no-encontrado", "token", "El enlace de seguimiento no es válido"));
  }

  private static ReportCommand withChannel(ReportCommand c, String channel) {
    return new ReportCommand(
        c.serviceCode(),
        c.lat(),
        c.lon(),
        c.address(),
        c.description(),
        c.answers(),
        channel,
        c.curp(),
        c.email(),
        c.phone(),
        c.firstName(),
        c.lastName(),
        c.deviceId(),
        c.mediaUrl(),
        c.photos());
  }
}
