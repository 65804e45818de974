package mx.gob.veracruz.pavg.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.web.Messages;
import mx.gob.veracruz.pavg.FollowUp;
import mx.gob.veracruz.pavg.PavgIntakeFacade;

/**
 * Her follow-up page: code and PIN are posted (never in the URL), kept only in this view, and the
 * answer is her case's state and messages.
 */
@Named
@ViewScoped
public class PavgFollowView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PavgIntakeFacade intake;

  private String code;
  private String pin;
  private String message;
  private FollowUp followUp;
  private Map<String, String> texts;

  public Map<String, String> getTexts() {
    if (texts == null) {
      texts = intake.publicTexts();
    }
    return texts;
  }

  public void open() {
    try {
      followUp = intake.follow(code, pin);
    } catch (BusinessRuleException e) {
      followUp = null;
      Messages.error(e, "follow-form:");
    }
  }

  public void send() {
    try {
      followUp = intake.addMessage(code, pin, message);
      message = null;
      Messages.info("pavg.seguimiento.enviado");
    } catch (BusinessRuleException e) {
      Messages.error(
          "text".equals(e.getField())
              ? new BusinessRuleException(e.getCode(), "message", e.getMessage())
              : e,
          "message-form:");
    }
  }

  public void close() {
    followUp = null;
    code = null;
    pin = null;
  }

  public FollowUp getFollowUp() {
    return followUp;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
