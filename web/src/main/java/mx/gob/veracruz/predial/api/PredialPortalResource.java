package mx.gob.veracruz.predial.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.gob.veracruz.predial.ChargeStart;
import mx.gob.veracruz.predial.ChargeStatus;
import mx.gob.veracruz.predial.PaymentView;
import mx.gob.veracruz.predial.PortalAccess;
import mx.gob.veracruz.predial.PredialPortalFacade;
import mx.gob.veracruz.predial.ReceiptVerification;
import mx.gob.veracruz.predial.SlipView;
import mx.gob.veracruz.predial.Statement;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Citizen API of the property tax (mobile app and portal). A lookup with the clave catastral and a
 * second factor returns a 30-minute token; every other call sends it as {@code X-Predial-Token}.
 */
@Path("v1/predial")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PredialPortalResource {
  static final String TOKEN = "X-Predial-Token";

  /** Lookup request: clave catastral plus an owner's CURP or the folio of one of its receipts. */
  public record LookupRequest(String claveCatastral, String verificacion) {}

  public record SlipRequest(String banco) {}

  public record ChargeRequest(String returnUrl) {}

  @Inject private PredialPortalFacade portal;
  @Context private UriInfo uri;

  @POST
  @Path("consultas")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Consulta un predio (clave + CURP de un propietario o folio de un recibo); devuelve token y estado de cuenta")
  public PortalAccess lookup(LookupRequest r) {
    if (r == null) {
      throw new BadRequestException("Envíe claveCatastral y verificacion");
    }
    return portal.lookup(r.claveCatastral(), r.verificacion());
  }

  @GET
  @Path("estado-cuenta")
  @Operation(summary = "Estado de cuenta al día de hoy, con la explicación de cada renglón")
  public Statement statement(@HeaderParam(TOKEN) String token) {
    return portal.statement(token);
  }

  @GET
  @Path("bancos")
  @Operation(summary = "Bancos que reciben el pago referenciado (CODIGO|Nombre)")
  public List<String> banks() {
    return portal.banks();
  }

  @POST
  @Path("formatos")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Emite un formato de pago referenciado; 201 con Location del PDF")
  public Response slip(@HeaderParam(TOKEN) String token, SlipRequest r) {
    SlipView s = portal.issueSlip(token, r == null ? null : r.banco());
    return Response.created(
            uri.getBaseUriBuilder().path("v1/predial/formatos/" + s.reference() + ".pdf").build())
        .entity(s)
        .build();
  }

  @GET
  @Path("formatos/{referencia}.pdf")
  @Produces("application/pdf")
  @Operation(summary = "PDF del formato de pago")
  public Response slipPdf(
      @HeaderParam(TOKEN) String token, @PathParam("referencia") String reference) {
    return pdf(portal.slipPdf(token, reference), "formato-" + reference + ".pdf");
  }

  @POST
  @Path("pagos-en-linea")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Inicia un pago con tarjeta (Idempotency-Key obligatorio); 201 con la URL de la pasarela")
  public Response startCharge(
      @HeaderParam(TOKEN) String token,
      @HeaderParam("Idempotency-Key") String key,
      ChargeRequest r) {
    // Without a returnUrl, the portal's own return page; a given one must be on the allow-list.
    String back = r == null || r.returnUrl() == null ? null : r.returnUrl();
    ChargeStart c = portal.startCharge(token, key, back);
    return Response.created(
            uri.getBaseUriBuilder().path("v1/predial/pagos-en-linea/" + c.chargeId()).build())
        .entity(c)
        .build();
  }

  @GET
  @Path("pagos-en-linea/{chargeId}")
  @Operation(
      summary =
          "Estado de un pago en línea según nuestros registros (aplicado solo por el aviso firmado de la pasarela)")
  public ChargeStatus chargeStatus(
      @HeaderParam(TOKEN) String token, @PathParam("chargeId") String chargeId) {
    return portal.chargeStatus(token, chargeId);
  }

  @GET
  @Path("recibos")
  @Operation(summary = "Recibos del predio")
  public List<PaymentView> receipts(@HeaderParam(TOKEN) String token) {
    return portal.receipts(token);
  }

  @GET
  @Path("recibos/{folio}.pdf")
  @Produces("application/pdf")
  @Operation(summary = "PDF de un recibo del predio")
  public Response receiptPdf(@HeaderParam(TOKEN) String token, @PathParam("folio") String folio) {
    return pdf(portal.receiptPdf(token, folio), "recibo-" + folio + ".pdf");
  }

  @GET
  @Path("recibos/{folio}/verificacion")
  @Operation(summary = "Verificación pública de un recibo (código del QR); sin datos personales")
  public ReceiptVerification verify(
      @PathParam("folio") String folio, @QueryParam("c") String code) {
    return portal.verify(folio, code);
  }

  static Response pdf(byte[] bytes, String name) {
    return Response.ok(bytes, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
