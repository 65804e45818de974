package mx.gob.veracruz.common;

import java.util.List;

/**
 * A module's part of a citizen's "mis trámites" (portal page and {@code GET /api/v1/mi/tramites}),
 * as {@code ciudadano.web.CitizenPanel} is of the staff 360° page. One CDI bean per module; the
 * accounts facade finds them all and passes the caller's scope, which only it builds (from the
 * authenticated account, never from the request). A module that is sealed (PAVG) has no
 * contributor.
 */
public interface MyItemsContributor {
  /** The module's code, e.g. {@code predial}, {@code sirc}. */
  String module();

  /** Position on the page, ascending. */
  int order();

  /**
   * The citizen's items. Until the CURP is verified ({@code scope.verifiedCurp() == null}) only
   * what the account itself filed.
   */
  List<MyItem> itemsOf(CitizenScope scope);

  /**
   * A document of one of the citizen's items (a receipt's PDF), looked up only among what {@link
   * #itemsOf} would return for the same scope: another person's folio is "not found".
   */
  default java.util.Optional<MyDocument> document(CitizenScope scope, String reference) {
    return java.util.Optional.empty();
  }
}
