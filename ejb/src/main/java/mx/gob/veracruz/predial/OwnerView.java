package mx.gob.veracruz.predial;

import java.io.Serializable;
import java.math.BigDecimal;

/** An owner of a predio; CURP shown masked outside the detail page. */
public record OwnerView(
    Long id, Long ciudadanoId, String curp, String rfc, String nombre, BigDecimal porcentaje)
    implements Serializable {}
