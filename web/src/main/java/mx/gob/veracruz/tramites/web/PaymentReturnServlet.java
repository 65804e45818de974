package mx.gob.veracruz.tramites.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.veracruz.common.web.SameSiteBounce;

/**
 * Where the gateway returns the payer of a cobro: bounces, from a page of this site, to the payment
 * page, so that the citizen's session cookie comes along (and is not replaced by a new session).
 */
@WebServlet("/servicios/pago-retorno")
public class PaymentReturnServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String charge = req.getParameter("charge");
    if (charge == null || !charge.matches("[A-Za-z0-9_]{8,64}")) {
      res.sendError(404);
      return;
    }
    SameSiteBounce.send(res, req.getContextPath() + "/servicios/pago.xhtml?charge=" + charge);
  }
}
