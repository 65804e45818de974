package mx.gob.veracruz.predial.model;

/** Where a payment came in ({@code PREDIAL_PAGO.CHANNEL}). */
public enum PaymentChannel {
  CAJA_EFECTIVO,
  CAJA_TARJETA,
  EN_LINEA,
  BANCO;

  /**
   * SAT c_FormaPago: 01 efectivo, 04 tarjeta de crédito (28 débito: unknown to us), 03
   * transferencia.
   */
  public String formaPago() {
    return switch (this) {
      case CAJA_EFECTIVO -> "01";
      case BANCO -> "03";
      case CAJA_TARJETA, EN_LINEA -> "04";
    };
  }
}
