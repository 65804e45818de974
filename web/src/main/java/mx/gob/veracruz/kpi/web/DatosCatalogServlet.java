package mx.gob.veracruz.kpi.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mx.gob.veracruz.kpi.api.DcatCatalog;

/** {@code /datos/catalogo.jsonld}: the observatory's DCAT-AP catalogue where harvesters look. */
@WebServlet("/datos/catalogo.jsonld")
public class DatosCatalogServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient DcatCatalog catalog;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String base =
        req.getScheme()
            + "://"
            + req.getServerName()
            + (req.getServerPort() == 80 || req.getServerPort() == 443
                ? ""
                : ":" + req.getServerPort())
            + req.getContextPath()
            + "/";
    byte[] body = catalog.build(base).toString().getBytes(StandardCharsets.UTF_8);
    resp.setContentType("application/ld+json;charset=UTF-8");
    resp.setHeader("Cache-Control", "max-age=600");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
