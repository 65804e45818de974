package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.predial.AllocationView;
import mx.gob.veracruz.predial.BenefitView;
import mx.gob.veracruz.predial.OwnerView;
import mx.gob.veracruz.predial.PaymentView;
import mx.gob.veracruz.predial.PredioDetail;
import mx.gob.veracruz.predial.PredioSummary;
import mx.gob.veracruz.predial.SlipView;
import mx.gob.veracruz.predial.ValuationView;
import mx.gob.veracruz.predial.model.Anualidad;
import mx.gob.veracruz.predial.model.Beneficio;
import mx.gob.veracruz.predial.model.Pago;
import mx.gob.veracruz.predial.model.PagoLinea;
import mx.gob.veracruz.predial.model.Predio;
import mx.gob.veracruz.predial.model.Propietario;
import mx.gob.veracruz.predial.model.Referencia;

/** Entities to the records that cross the facades (entities never leave the ejb module). */
@ApplicationScoped
public class PredialViews {
  @Inject private PredialRepository repo;
  @Inject private GeographyFacade geography;
  @Inject private PredialSettings settings;

  public PredioSummary summary(Predio p) {
    return new PredioSummary(
        p.getId(),
        p.getClaveCatastral(),
        p.getPropietarios(),
        p.getColoniaId(),
        colonia(p.getColoniaId()),
        StatementService.address(p),
        p.getZona());
  }

  public PredioDetail detail(Predio p) {
    List<OwnerView> owners =
        repo.list(Propietario.class, "Propietario.byPredio", "predioId", p.getId()).stream()
            .map(
                o ->
                    new OwnerView(
                        o.getId(),
                        o.getCiudadanoId(),
                        o.getCurp(),
                        o.getRfc(),
                        o.getNombre(),
                        o.getPorcentaje()))
            .toList();
    List<ValuationView> years =
        repo.list(Anualidad.class, "Anualidad.byPredio", "predioId", p.getId()).stream()
            .map(
                a ->
                    new ValuationView(
                        a.getFiscalYear(),
                        a.getLandValue(),
                        a.getConstructionValue(),
                        a.getValorCatastral(),
                        a.getAnnualTax(),
                        a.getCreditedTax(),
                        a.getCreditedSurcharge(),
                        a.getExplanation(),
                        a.getAssessedAt()))
            .toList();
    List<BenefitView> benefits =
        repo.list(Beneficio.class, "Beneficio.byPredio", "predioId", p.getId()).stream()
            .map(PredialViews::benefit)
            .toList();
    return new PredioDetail(
        p.getId(),
        p.getClaveCatastral(),
        p.getColoniaId(),
        colonia(p.getColoniaId()),
        p.getCalle(),
        p.getNumero(),
        p.getCvegeoManzana(),
        p.getLatitud(),
        p.getLongitud(),
        p.getSuperficieTerreno(),
        p.getSuperficieConstruida(),
        p.getZona(),
        p.getTipoConstruccion(),
        p.getEstadoConstruccion(),
        owners,
        years,
        benefits,
        p.getVersion());
  }

  public static BenefitView benefit(Beneficio b) {
    return new BenefitView(
        b.getId(),
        b.getCurp(),
        b.getTipo(),
        b.getDocumento(),
        b.getRegisteredBy(),
        b.getRegisteredAt(),
        b.getActiveCurp() != null,
        b.getRevokeReason());
  }

  public PaymentView payment(Pago p) {
    List<AllocationView> lines =
        repo.list(PagoLinea.class, "PagoLinea.byPago", "pagoId", p.getId()).stream()
            .map(
                l ->
                    new AllocationView(
                        l.getFiscalYear(),
                        l.getSurcharge(),
                        l.getTax(),
                        l.getDiscount(),
                        l.getCondonation()))
            .toList();
    String clave = repo.predio(p.getPredioId()).getClaveCatastral();
    return new PaymentView(
        p.getId(),
        p.getFolio(),
        p.getPredioId(),
        clave,
        p.getChannel().name(),
        p.getChannelDetail(),
        p.getAmount(),
        p.getPaidAt(),
        p.getStatementDate(),
        p.getPayerName(),
        p.getPayerRfc(),
        p.getCashier(),
        p.getStatus().name(),
        p.getCancelReason(),
        p.getCfdiUuid(),
        p.getVerificationCode(),
        lines);
  }

  public SlipView slip(Referencia r, String clave) {
    String bankName =
        settings.banks().stream()
            .filter(b -> b.code().equals(r.getBank()))
            .map(mx.gob.veracruz.cobros.Bank::name)
            .findFirst()
            .orElse(r.getBank());
    String folio = r.getPagoId() == null ? null : repo.find(Pago.class, r.getPagoId()).getFolio();
    return new SlipView(
        r.getReferencia(),
        r.getBank(),
        bankName,
        r.getAlgorithm(),
        clave,
        r.getAmount(),
        r.getStatementDate(),
        r.getValidUntil(),
        r.getIssuedAt(),
        r.getStatus(),
        folio);
  }

  public String colonia(Long id) {
    if (id == null) {
      return null;
    }
    return geography.colonia(id).map(ColoniaInfo::nombre).orElse(null);
  }

  public List<String> bankCodes() {
    return settings.banks().stream().map(b -> b.code() + "|" + b.name()).toList();
  }
}
