package mx.gob.veracruz.pavg.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.pavg.PavgCaseFacade;

/**
 * A case's document ({@code /consola/pavg/documento?caso=&doc=}), through the facade that checks
 * the assignment or break-glass and audits the read; never cached, always a download.
 */
@WebServlet("/consola/pavg/documento")
public class PavgDocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private PavgCaseFacade facade;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("Cache-Control", "no-store");
    Long caseId = number(req.getParameter("caso"));
    Long docId = number(req.getParameter("doc"));
    if (caseId == null || docId == null) {
      resp.sendError(404);
      return;
    }
    try {
      var file = facade.document(caseId, docId).orElse(null);
      if (file == null) {
        resp.sendError(404);
        return;
      }
      resp.setContentType(file.type());
      resp.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setContentLength(file.bytes().length);
      resp.getOutputStream().write(file.bytes());
    } catch (BusinessRuleException e) {
      resp.sendError(404);
    } catch (jakarta.ejb.EJBAccessException e) {
      resp.sendError(403);
    }
  }

  private static Long number(String s) {
    try {
      return s == null ? null : Long.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
