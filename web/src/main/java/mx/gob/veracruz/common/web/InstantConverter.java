package mx.gob.veracruz.common.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import mx.gob.veracruz.common.CityClock;

/** Shows instants in Veracruz's local time (dd/MM/yyyy HH:mm:ss); display only. */
@FacesConverter("instantConverter")
public class InstantConverter implements Converter<Instant> {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(CityClock.ZONE);

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("solo lectura");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "" : FORMAT.format(value);
  }
}
