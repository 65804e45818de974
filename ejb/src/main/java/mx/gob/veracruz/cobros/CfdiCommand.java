package mx.gob.veracruz.cobros;

import java.io.Serializable;

/** A taxpayer's request for a CFDI 4.0 of a payment; blank RFC means the general public. */
public record CfdiCommand(
    String rfc, String nombre, String codigoPostal, String regimenFiscal, String usoCfdi)
    implements Serializable {}
