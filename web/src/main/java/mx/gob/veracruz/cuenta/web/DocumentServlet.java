package mx.gob.veracruz.cuenta.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.MyDocument;
import mx.gob.veracruz.cuenta.MyAccountFacade;

/**
 * A document of one of the signed-in citizen's items ({@code /mi/documento?m=predial&r=<folio>}):
 * looked up only among the citizen's own items, so another person's folio is 404; the file name is
 * rebuilt from safe characters only.
 */
@WebServlet("/mi/documento")
public class DocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private MyAccountFacade facade;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    try {
      MyDocument d = facade.document(req.getParameter("m"), req.getParameter("r"));
      String name = d.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
      res.setContentType(d.contentType());
      res.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
      res.setContentLength(d.content().length);
      res.getOutputStream().write(d.content());
    } catch (BusinessRuleException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
