package mx.gob.veracruz.kpi.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.web.ExportColumn;
import mx.gob.veracruz.common.web.ShownList;
import mx.gob.veracruz.kpi.KpiFacade;

/**
 * Each indicator's definition (what is counted, from which data, how often, who owns it, its
 * target, how its days combine), as a list with export and one page per indicator.
 */
@Named
@ViewScoped
public class KpiDefinitionsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private KpiFacade kpi;
  @Inject private KpiLabels labels;

  private String code;
  private KpiIndicator selected;

  private final ShownList<KpiIndicator> all =
      new ShownList<>(
          "indicadores",
          () -> kpi.indicators(),
          List.of(
              ExportColumn.id("kpi.codigo", KpiIndicator::code),
              ExportColumn.text("kpi.nombre", KpiIndicator::name),
              ExportColumn.text("kpi.modulo", i -> KpiLabels.text("kpi.modulo." + i.module())),
              ExportColumn.text("kpi.unidad", KpiIndicator::unit),
              ExportColumn.text("kpi.definicion", KpiIndicator::definition),
              ExportColumn.text("kpi.responsable", KpiIndicator::owner),
              ExportColumn.text("kpi.periodicidad", i -> KpiLabels.text("kpi.diaria")),
              ExportColumn.text("kpi.combinacion", i -> KpiLabels.text("kpi.rollup." + i.rollup())),
              ExportColumn.text("kpi.meta", KpiDefinitionsView::targetText),
              ExportColumn.text(
                  "kpi.publicado",
                  i ->
                      KpiLabels.text(
                          i.published() && i.rollup() != KpiIndicator.Rollup.DAILY
                              ? "comun.si"
                              : "comun.no"))));

  public void load() {
    if (code != null && !code.isBlank()) {
      selected =
          kpi.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
      if (selected == null) {
        mx.gob.veracruz.common.web.Messages.error(
            new mx.gob.veracruz.common.BusinessRuleException(
                "indicador-desconocido", null, KpiLabels.text("kpi.error.indicador")),
            "");
      }
    }
  }

  public static String targetText(KpiIndicator i) {
    if (i.target() == null) {
      return KpiLabels.text("kpi.sinMeta");
    }
    return KpiLabels.text(i.higherIsBetter() ? "kpi.meta.minimo" : "kpi.meta.maximo")
        + " "
        + KpiLabels.format(i.target(), i.unit());
  }

  public String dimensions(KpiIndicator i) {
    return i.dimensions().stream().map(labels::dimension).collect(Collectors.joining(", "));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public KpiIndicator getSelected() {
    return selected;
  }

  public ShownList<KpiIndicator> getAll() {
    return all;
  }
}
