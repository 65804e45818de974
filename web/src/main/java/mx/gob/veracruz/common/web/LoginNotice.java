package mx.gob.veracruz.common.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Map;

/** The login page's notice (locked account, address waiting), read once from the session. */
@Named
@RequestScoped
public class LoginNotice {
  private String text;
  private boolean read;

  public String take() {
    if (!read) {
      read = true;
      Map<String, Object> session =
          FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
      Object notice = session.remove(StaffIdentityStore.NOTICE);
      if (notice instanceof String s && s.indexOf(':') > 0) {
        String kind = s.substring(0, s.indexOf(':'));
        text =
            MessageFormat.format(
                Messages.text("login.aviso." + kind), s.substring(s.indexOf(':') + 1));
      }
    }
    return text;
  }
}
