package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import mx.gob.veracruz.common.Roles;

/**
 * The console menu and home tiles: one entry per module page, shown only to the roles that web.xml
 * lets open it. Later modules add their entries here.
 */
@Named
@RequestScoped
public class ConsoleMenu {
  /** A module page: bundle key of its label, description, URL, icon, and the roles that see it. */
  public record Entry(
      String labelKey, String descriptionKey, String outcome, String icon, List<String> roles) {}

  static final List<Entry> ENTRIES =
      List.of(
          new Entry(
              "menu.indicadores",
              "menu.indicadores.desc",
              "/consola/indicadores/tablero.xhtml",
              "pi pi-chart-line",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR)),
          new Entry(
              "menu.ciudadanos",
              "menu.ciudadanos.desc",
              "/consola/ciudadanos/lista.xhtml",
              "pi pi-users",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION)),
          new Entry(
              "menu.sirc",
              "menu.sirc.desc",
              "/consola/sirc/bandeja.xhtml",
              "pi pi-map-marker",
              List.of(
                  Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION, Roles.AUDITOR)),
          new Entry(
              "menu.sirc.nuevo",
              "menu.sirc.nuevo.desc",
              "/consola/sirc/nuevo.xhtml",
              "pi pi-phone",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION)),
          new Entry(
              "menu.sirc.cumplimiento",
              "menu.sirc.cumplimiento.desc",
              "/consola/sirc/cumplimiento.xhtml",
              "pi pi-chart-bar",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.AUDITOR)),
          new Entry(
              "menu.sirc.catalogo",
              "menu.sirc.catalogo.desc",
              "/consola/sirc/catalogo.xhtml",
              "pi pi-list",
              List.of(Roles.ADMIN, Roles.SUPERVISOR)),
          new Entry(
              "menu.sirc.rutas",
              "menu.sirc.rutas.desc",
              "/consola/sirc/rutas.xhtml",
              "pi pi-directions",
              List.of(Roles.ADMIN, Roles.SUPERVISOR)),
          new Entry(
              "menu.sirc.claves",
              "menu.sirc.claves.desc",
              "/consola/sirc/claves.xhtml",
              "pi pi-key",
              List.of(Roles.ADMIN)),
          new Entry(
              "menu.pavg",
              "menu.pavg.desc",
              "/consola/pavg/bandeja.xhtml",
              "pi pi-shield",
              List.of(Roles.PAVG_ESPECIALISTA, Roles.PAVG_SUPERVISOR)),
          new Entry(
              "menu.pavg.guardia",
              "menu.pavg.guardia.desc",
              "/consola/pavg/guardia.xhtml",
              "pi pi-bell",
              List.of(Roles.PAVG_SUPERVISOR)),
          new Entry(
              "menu.pavg.arco",
              "menu.pavg.arco.desc",
              "/consola/pavg/arco.xhtml",
              "pi pi-file-edit",
              List.of(Roles.PAVG_SUPERVISOR)),
          new Entry(
              "menu.cuentas.ventanilla",
              "menu.cuentas.ventanilla.desc",
              "/consola/cuentas/ventanilla.xhtml",
              "pi pi-id-card",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.ATENCION)),
          new Entry(
              "menu.cuentas.tokens",
              "menu.cuentas.tokens.desc",
              "/consola/cuentas/tokens.xhtml",
              "pi pi-lock",
              List.of(Roles.ADMIN)),
          new Entry(
              "menu.calendario",
              "menu.calendario.desc",
              "/consola/calendario/dias-inhabiles.xhtml",
              "pi pi-calendar",
              List.of(Roles.ADMIN, Roles.SUPERVISOR)),
          new Entry(
              "menu.auditoria",
              "menu.auditoria.desc",
              "/consola/auditoria/bitacora.xhtml",
              "pi pi-shield",
              List.of(Roles.ADMIN, Roles.AUDITOR)),
          new Entry(
              "menu.trabajos",
              "menu.trabajos.desc",
              "/consola/trabajos/lista.xhtml",
              "pi pi-cog",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR)),
          // Predial: each entry carries the roles of the facade its page calls (and of its web.xml
          // constraint).
          new Entry(
              "predial.menu.predios",
              "predial.menu.predios.desc",
              "/consola/predial/predios.xhtml",
              "pi pi-map",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.ATENCION)),
          new Entry(
              "predial.menu.caja",
              "predial.menu.caja.desc",
              "/consola/predial/caja.xhtml",
              "pi pi-wallet",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS)),
          new Entry(
              "predial.menu.tarifas",
              "predial.menu.tarifas.desc",
              "/consola/predial/tarifas.xhtml",
              "pi pi-percentage",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR)),
          new Entry(
              "predial.menu.ajustes",
              "predial.menu.ajustes.desc",
              "/consola/predial/ajustes.xhtml",
              "pi pi-check-square",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR)),
          new Entry(
              "predial.menu.pagos",
              "predial.menu.pagos.desc",
              "/consola/predial/pagos.xhtml",
              "pi pi-money-bill",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR)),
          new Entry(
              "cobros.menu",
              "cobros.menu.desc",
              "/consola/cobros/cobros.xhtml",
              "pi pi-wallet",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR)),
          new Entry(
              "tramites.menu.expedientes",
              "tramites.menu.expedientes.desc",
              "/consola/tramites/expedientes.xhtml",
              "pi pi-folder-open",
              List.of(
                  Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION, Roles.AUDITOR)),
          new Entry(
              "tramites.menu.citas",
              "tramites.menu.citas.desc",
              "/consola/tramites/citas.xhtml",
              "pi pi-calendar",
              List.of(
                  Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.ATENCION, Roles.AUDITOR)),
          new Entry(
              "tramites.menu.catalogo",
              "tramites.menu.catalogo.desc",
              "/consola/tramites/catalogo.xhtml",
              "pi pi-book",
              List.of(Roles.ADMIN, Roles.SUPERVISOR)),
          new Entry(
              "becas.menu.solicitudes",
              "becas.menu.solicitudes.desc",
              "/consola/becas/solicitudes.xhtml",
              "pi pi-graduation-cap",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.AUDITOR)),
          new Entry(
              "becas.menu.convocatorias",
              "becas.menu.convocatorias.desc",
              "/consola/becas/convocatorias.xhtml",
              "pi pi-megaphone",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.CAPTURISTA, Roles.AUDITOR)),
          new Entry(
              "becas.menu.dispersiones",
              "becas.menu.dispersiones.desc",
              "/consola/becas/dispersiones.xhtml",
              "pi pi-money-bill",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR)),
          new Entry(
              "predial.conciliacion.menu",
              "predial.conciliacion.menu.desc",
              "/consola/predial/conciliacion.xhtml",
              "pi pi-sync",
              List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR)));

  /**
   * The current request's context, looked up on each use: the injectable ExternalContext is cached
   * for the whole HTTP request, and an error page rendered after a Faces request called sendError
   * (a detail page's 404) would get the first, already released one.
   */
  private static ExternalContext external() {
    return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
  }

  public List<Entry> getEntries() {
    return ENTRIES.stream()
        .filter(e -> e.roles().stream().anyMatch(external()::isUserInRole))
        .toList();
  }

  public String getUser() {
    return external().getRemoteUser();
  }

  public String getRoles() {
    return String.join(
        ", ",
        Arrays.stream(Roles.ALL.toArray(String[]::new)).filter(external()::isUserInRole).toList());
  }
}
