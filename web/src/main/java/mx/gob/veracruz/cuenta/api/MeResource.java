package mx.gob.veracruz.cuenta.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.gob.veracruz.common.MyDocument;
import mx.gob.veracruz.common.MyItem;
import mx.gob.veracruz.common.Page;
import mx.gob.veracruz.cuenta.AccountView;
import mx.gob.veracruz.cuenta.DeviceView;
import mx.gob.veracruz.cuenta.MyAccountFacade;
import mx.gob.veracruz.cuenta.NoticeView;
import mx.gob.veracruz.cuenta.Preferences;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in citizen's own data ({@code Authorization: Bearer <access_token>}, or the portal's
 * session): account, CURP, "mis trámites", documents, preferences, devices, notices. Nothing here
 * takes an account id: another citizen's folio or clave is 404.
 */
@Path("v1/mi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mi cuenta", description = "Datos del ciudadano autenticado")
@SecurityRequirement(name = "bearer")
@APIResponse(
    responseCode = "401",
    description = "Sin token, o token inválido, vencido o revocado (problem+json)")
@APIResponse(responseCode = "403", description = "El token no es de un ciudadano")
@APIResponse(
    responseCode = "429",
    description = "El token superó su límite por minuto (Retry-After)")
public class MeResource {
  public record CurpRequest(String curp) {}

  public record CodeRequest(String codigo) {}

  public record PreferencesRequest(boolean email, boolean sms, boolean push, String telefono) {}

  public record DeviceRequest(String plataforma, String token) {}

  /** A SIRC report filed from the app as the signed-in citizen (Open311's fields, in JSON). */
  public record ReportRequest(
      String servicio,
      java.math.BigDecimal lat,
      java.math.BigDecimal lon,
      String direccion,
      String descripcion,
      java.util.Map<String, List<String>> respuestas) {}

  @Inject private MyAccountFacade me;
  @Inject private mx.gob.veracruz.sirc.SircPublicFacade sirc;

  @GET
  @Operation(summary = "La cuenta: correo, nombre, CURP y si está verificada, preferencias")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = AccountView.class,
      responseCode = "200")
  public AccountView account() {
    return me.account();
  }

  @PUT
  @Path("curp")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Declara la CURP (cuenta sólo cuando se verifica: Llave MX o código de ventanilla)")
  @APIResponse(responseCode = "422", description = "CURP inválida o ya verificada")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = AccountView.class,
      responseCode = "200")
  public AccountView declareCurp(CurpRequest r) {
    return me.declareCurp(r == null ? null : r.curp());
  }

  @POST
  @Path("curp/verificacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Verifica la CURP con el código que entregó la ventanilla (un solo uso, 72 h)")
  @APIResponse(responseCode = "422", description = "Código inválido, usado o vencido")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = AccountView.class,
      responseCode = "200")
  public AccountView redeem(CodeRequest r) {
    return me.redeemCounterCode(r == null ? null : r.codigo());
  }

  @GET
  @Path("tramites")
  @Operation(
      summary =
          "Todo lo del ciudadano en cada módulo: predios y recibos (CURP verificada), reportes SIRC")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "200",
      description = "Lista",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = "application/json",
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                      implementation = MyItem.class)))
  public List<MyItem> items() {
    return me.items();
  }

  @GET
  @Path("tramites/{modulo}/{referencia}")
  @Operation(summary = "Un trámite propio por módulo y referencia (folio, clave catastral)")
  @APIResponse(responseCode = "404", description = "No existe entre los trámites del ciudadano")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = MyItem.class,
      responseCode = "200")
  public MyItem item(
      @PathParam("modulo") String module, @PathParam("referencia") String reference) {
    return me.item(module, reference);
  }

  @GET
  @Path("documentos/{modulo}/{referencia}")
  @Produces({"application/pdf", "application/problem+json"})
  @Operation(summary = "Documento de un trámite propio (el PDF de un recibo de predial)")
  @APIResponse(responseCode = "404", description = "No existe entre los documentos del ciudadano")
  public Response document(
      @PathParam("modulo") String module, @PathParam("referencia") String reference) {
    MyDocument d = me.document(module, reference);
    return Response.ok(d.content(), d.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + d.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .build();
  }

  @POST
  @Path("reportes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Presenta un reporte SIRC como el ciudadano: queda en sus trámites y sus avisos siguen sus preferencias")
  @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = "application/json",
              examples =
                  @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(
                      name = "bache",
                      value =
                          "{\"servicio\":\"BACHE\",\"lat\":19.1985,\"lon\":-96.1365,\"descripcion\":\"Bache frente al mercado\",\"respuestas\":{\"tamano\":[\"grande\"],\"riesgo\":[\"autos\"]}}")))
  @APIResponse(responseCode = "422", description = "Servicio, lugar o respuestas inválidos")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = mx.gob.veracruz.sirc.FiledReport.class,
      responseCode = "201")
  public Response fileReport(ReportRequest r) {
    if (r == null) {
      throw new jakarta.ws.rs.BadRequestException("Envíe servicio, lat, lon y respuestas");
    }
    mx.gob.veracruz.sirc.FiledReport filed =
        sirc.file(
            new mx.gob.veracruz.sirc.ReportCommand(
                r.servicio(),
                r.lat(),
                r.lon(),
                r.direccion(),
                r.descripcion(),
                r.respuestas() == null ? java.util.Map.of() : r.respuestas(),
                "APP",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of()));
    return Response.status(201).entity(filed).build();
  }

  @GET
  @Path("preferencias")
  @Operation(summary = "Canales de aviso elegidos")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = Preferences.class,
      responseCode = "200")
  public Preferences preferences() {
    AccountView a = me.account();
    return new Preferences(a.notifyEmail(), a.notifySms(), a.notifyPush(), a.phone());
  }

  @PUT
  @Path("preferencias")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Elige los canales de aviso (SMS necesita teléfono; push, un dispositivo registrado)")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = Preferences.class,
      responseCode = "200")
  public Preferences updatePreferences(PreferencesRequest r) {
    AccountView a =
        me.updatePreferences(
            r == null
                ? new Preferences(true, false, false, null)
                : new Preferences(r.email(), r.sms(), r.push(), r.telefono()));
    return new Preferences(a.notifyEmail(), a.notifySms(), a.notifyPush(), a.phone());
  }

  @GET
  @Path("dispositivos")
  @Operation(summary = "Dispositivos de la app registrados para avisos push")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "200",
      description = "Lista",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = "application/json",
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                      implementation = DeviceView.class)))
  public List<DeviceView> devices() {
    return me.devices();
  }

  @POST
  @Path("dispositivos")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registra el token push de este dispositivo (ANDROID, IOS, WEB)")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
      value = DeviceView.class,
      responseCode = "201")
  public Response registerDevice(DeviceRequest r) {
    DeviceView d =
        me.registerDevice(r == null ? null : r.plataforma(), r == null ? null : r.token());
    return Response.status(201).entity(d).build();
  }

  @DELETE
  @Path("dispositivos/{id}")
  @Operation(summary = "Quita un dispositivo propio")
  @APIResponse(responseCode = "404", description = "No es un dispositivo de la cuenta")
  public Response removeDevice(@PathParam("id") long id) {
    me.removeDevice(id);
    return Response.noContent().build();
  }

  @GET
  @Path("avisos")
  @Operation(summary = "Historial de avisos enviados (más recientes primero), paginado")
  public Page<NoticeView> notices(
      @QueryParam("desde") @DefaultValue("0") int first,
      @QueryParam("tamano") @DefaultValue("20") int size) {
    return me.notices(first, size);
  }

  @POST
  @Path("salida-total")
  @Operation(summary = "Cierra la sesión en todos los dispositivos")
  @APIResponse(responseCode = "204", description = "Tokens revocados")
  public Response signOutEverywhere() {
    me.signOutEverywhere();
    return Response.noContent().build();
  }
}
