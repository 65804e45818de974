package mx.gob.veracruz.pavg;

import java.util.Arrays;
import java.util.List;

/**
 * The codes of PAVG (the screens label them from the bundles: {@code pavg.<kind>.<CODE>}). They are
 * stored in clear: none identifies anyone.
 */
public final class PavgCodes {
  private PavgCodes() {}

  /** Types of violence (LGAMVLV art. 6, plus digital and vicarious violence). */
  public enum ViolenceType {
    FISICA,
    PSICOLOGICA,
    SEXUAL,
    ECONOMICA,
    PATRIMONIAL,
    DIGITAL,
    VICARIA,
    OTRA
  }

  public enum CaseStatus {
    RECIBIDO,
    EN_ATENCION,
    CERRADO
  }

  /** Who the report is about. */
  public enum About {
    PROPIA,
    TERCERA
  }

  public enum Channel {
    PORTAL,
    APP,
    TELEFONO
  }

  /** How she may be contacted safely. */
  public enum ContactChannel {
    LLAMADA,
    MENSAJE,
    CORREO,
    NO_CONTACTAR
  }

  public enum RiskLevel {
    BAJO,
    MEDIO,
    ALTO,
    EXTREMO
  }

  public enum MeasureType {
    ORDEN_EMERGENCIA(true),
    ORDEN_PREVENTIVA(true),
    RONDINES(false),
    BOTON_PANICO(false),
    REFUGIO_TEMPORAL(false),
    ACOMPANAMIENTO(false),
    OTRA(false);

    private final boolean protectionOrder;

    MeasureType(boolean protectionOrder) {
      this.protectionOrder = protectionOrder;
    }

    /** A protection order stops the case's clock. */
    public boolean isProtectionOrder() {
      return protectionOrder;
    }
  }

  public enum Institution {
    FISCALIA,
    CENTRO_JUSTICIA,
    DIF,
    REFUGIO,
    SALUD,
    OTRA
  }

  /** Why identifying data may go to another institution (DOMAIN.md, Sensitive data). */
  public enum ReferralGround {
    CONSENTIMIENTO,
    PELIGRO_INMINENTE,
    MENOR_EN_RIESGO,
    OBLIGACION_LEGAL
  }

  public enum CloseReason {
    ATENDIDO,
    CANALIZADO,
    SIN_CONTACTO,
    DESISTIMIENTO,
    DUPLICADO
  }

  public enum EntryKind {
    NOTA,
    MENSAJE_A_ELLA,
    MENSAJE_DE_ELLA,
    RIESGO,
    MEDIDA,
    CANALIZACION,
    CIERRE,
    ARCO
  }

  public enum ArcoKind {
    ACCESO,
    RECTIFICACION,
    CANCELACION,
    OPOSICION
  }

  public enum ArcoStatus {
    REGISTRADA,
    PROCEDENTE,
    IMPROCEDENTE,
    EJECUTADA;

    public boolean isOpen() {
      return this == REGISTRADA || this == PROCEDENTE;
    }
  }

  public static <E extends Enum<E>> List<String> codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  /** The enum constant of a code, or null when it is not one (callers report the field). */
  public static <E extends Enum<E>> E parse(Class<E> type, String code) {
    if (code == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(code.trim())) {
        return e;
      }
    }
    return null;
  }
}
