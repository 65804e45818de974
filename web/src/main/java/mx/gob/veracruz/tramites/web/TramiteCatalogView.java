package mx.gob.veracruz.tramites.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.PagedModel;
import mx.gob.veracruz.tramites.TramiteCatalogFacade;
import mx.gob.veracruz.tramites.TramiteInfo;
import mx.gob.veracruz.tramites.TramiteSummary;

/** The public catalogue (search, area, paging in the database) and a procedure's page. */
@Named
@ViewScoped
public class TramiteCatalogView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private TramiteCatalogFacade facade;

  private String text;
  private String area;
  private boolean onlineOnly;
  private String code;
  private TramiteInfo info;
  private List<String> areas;

  private final PagedModel<TramiteSummary> model =
      new PagedModel<>(
          page -> facade.search(text, area, onlineOnly, page.first(), page.size()).items(),
          () -> facade.count(text, area, onlineOnly),
          TramiteSummary::code,
          true);

  @PostConstruct
  void init() {
    areas = facade.areas();
  }

  /** View action of the procedure's page. */
  public void loadOne() throws IOException {
    try {
      info = code == null ? null : facade.info(code);
    } catch (BusinessRuleException e) {
      info = null;
    }
    if (info == null) {
      TramitesFaces.notFound();
    }
  }

  public PagedModel<TramiteSummary> getModel() {
    return model;
  }

  public List<String> getAreas() {
    return areas;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public boolean isOnlineOnly() {
    return onlineOnly;
  }

  public void setOnlineOnly(boolean onlineOnly) {
    this.onlineOnly = onlineOnly;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public TramiteInfo getInfo() {
    return info;
  }
}
