package mx.gob.veracruz.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A cross-site return (an identity provider's, a payment gateway's) does not carry the
 * SameSite=Strict session cookie; this answers it with a page of this site that moves on at once,
 * so the next request is same-site and carries the session. It opens no session itself.
 */
public final class SameSiteBounce {
  private SameSiteBounce() {}

  public static void send(HttpServletResponse res, String path) throws IOException {
    res.setContentType("text/html;charset=UTF-8");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Referrer-Policy", "no-referrer");
    String p = path.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    res.getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"es-MX\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url="
                + p
                + "\"><title>Ciudad Digital</title></head><body><p><a href=\""
                + p
                + "\">Continuar</a></p></body></html>");
  }
}
