package mx.gob.veracruz.sirc.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.sirc.SircFacade;
import mx.gob.veracruz.sirc.SircPublicFacade;

/**
 * The photos of a report, from the database. {@code /consola/sirc/foto?id=&n=} for staff (the
 * console's role constraint, then the report's department scoping in {@link SircFacade}); {@code
 * /sirc/foto?t=&n=} for the citizen, by the private token of the tracking link (never by folio or
 * id). {@code tam=mini} gives the thumbnail. A photo that is not there, or not the caller's to see,
 * is a plain 404: no oracle for ids or tokens.
 */
@WebServlet({"/sirc/foto", "/consola/sirc/foto"})
public class PhotoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private transient SircPublicFacade citizens;
  @EJB private transient SircFacade staff;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    int n = number(req.getParameter("n"));
    boolean thumb = "mini".equals(req.getParameter("tam"));
    Optional<byte[]> photo = Optional.empty();
    try {
      if (n > 0) {
        if (req.getServletPath().startsWith("/consola/")) {
          Long id = id(req.getParameter("id"));
          photo = id == null ? Optional.empty() : staff.photo(id, n, thumb);
        } else {
          String token = req.getParameter("t");
          photo =
              token == null || token.length() > 64
                  ? Optional.empty()
                  : citizens.photo(token, n, thumb);
        }
      }
    } catch (BusinessRuleException | EJBAccessException e) {
      photo = Optional.empty();
    }
    resp.setHeader("X-Content-Type-Options", "nosniff");
    if (photo.isEmpty()) {
      resp.setHeader("Cache-Control", "no-store");
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] bytes = photo.get();
    resp.setContentType("image/jpeg");
    resp.setContentLength(bytes.length);
    // Personal data: a console's browser keeps nothing (a counter's PC is shared and the next
    // clerk could replay the URL from its cache); the citizen's own browser may keep it an hour.
    resp.setHeader(
        "Cache-Control",
        req.getServletPath().startsWith("/consola/") ? "no-store" : "private, max-age=3600");
    resp.setHeader(
        "Content-Disposition", "inline; filename=\"foto-" + n + (thumb ? "-mini" : "") + ".jpg\"");
    resp.getOutputStream().write(bytes);
  }

  private static int number(String s) {
    try {
      int n = s == null ? 0 : Integer.parseInt(s);
      return n >= 1 && n <= mx.gob.veracruz.sirc.PhotoUpload.MAX_PER_REPORT ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Long id(String s) {
    try {
      return s == null ? null : Long.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
