package mx.gob.veracruz.ciudadano.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import mx.gob.veracruz.ciudadano.CitizenCommand;
import mx.gob.veracruz.ciudadano.CitizenDetail;
import mx.gob.veracruz.ciudadano.model.Ciudadano;
import mx.gob.veracruz.ciudadano.model.Curp;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.ColoniaInfo;
import mx.gob.veracruz.common.GeographyFacade;
import mx.gob.veracruz.common.NotificationFacade;
import mx.gob.veracruz.common.Violations;

/** Validation and mapping of citizen data; each broken rule names its field. */
@ApplicationScoped
public class CitizenRules {
  private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L} .'-]{0,79}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^[0-9]{10}$");
  private static final Pattern CP = Pattern.compile("^[0-9]{5}$");

  @Inject private CitizenRepository repository;
  @Inject private NotificationFacade mailer;
  @Inject private GeographyFacade geography;
  @Inject private CityClock clock;

  public Ciudadano create(CitizenCommand cmd) {
    Violations v = new Violations();
    Curp curp = v.check(() -> Curp.of(cmd.curp()));
    if (curp != null && repository.findByCurp(curp.value()).isPresent()) {
      v.check(
          () -> {
            throw new BusinessRuleException(
                "curp-duplicada", "curp", "Ya existe un ciudadano registrado con esa CURP");
          });
    }
    Fields f = validate(cmd, v);
    v.throwIfAny();
    Ciudadano c = new Ciudadano(curp);
    f.applyTo(c);
    return c;
  }

  public void apply(Ciudadano c, CitizenCommand cmd) {
    Violations v = new Violations();
    Fields f = validate(cmd, v);
    v.throwIfAny();
    f.applyTo(c);
  }

  /** The validated, normalised fields of a command (every field checked, errors collected). */
  private record Fields(
      String nombre,
      String ap1,
      String ap2,
      String email,
      String telefono,
      String calle,
      String numero,
      String cp,
      Long coloniaId) {
    void applyTo(Ciudadano c) {
      c.rename(nombre, ap1, ap2);
      c.contact(email, telefono);
      c.address(calle, numero, cp, coloniaId);
    }
  }

  private Fields validate(CitizenCommand cmd, Violations v) {
    String nombre = v.check(() -> name("nombre", cmd.nombre(), true));
    String ap1 = v.check(() -> name("primerApellido", cmd.primerApellido(), true));
    String ap2 = v.check(() -> name("segundoApellido", cmd.segundoApellido(), false));
    String email =
        v.check(() -> optional("email", cmd.email(), EMAIL, "El correo electrónico no es válido"));
    String tel =
        v.check(
            () ->
                optional(
                    "telefono",
                    cmd.telefono() == null ? null : cmd.telefono().replaceAll("[ -]", ""),
                    PHONE,
                    "El teléfono debe tener 10 dígitos"));
    String cp =
        v.check(
            () ->
                optional(
                    "codigoPostal",
                    cmd.codigoPostal(),
                    CP,
                    "El código postal debe tener 5 dígitos"));
    ColoniaInfo colonia =
        v.check(
            () ->
                cmd.coloniaId() == null
                    ? null
                    : geography
                        .colonia(cmd.coloniaId())
                        .orElseThrow(
                            () ->
                                new BusinessRuleException(
                                    "colonia-invalida", "coloniaId", "La colonia no existe")));
    if (colonia != null && cp != null && !colonia.codigoPostal().equals(cp)) {
      v.check(
          () -> {
            throw new BusinessRuleException(
                "cp-no-corresponde",
                "codigoPostal",
                "El código postal "
                    + cp
                    + " no corresponde a la colonia "
                    + colonia.nombre()
                    + " ("
                    + colonia.codigoPostal()
                    + ")");
          });
    }
    return new Fields(
        nombre,
        ap1,
        ap2,
        email,
        tel,
        trim(cmd.calle(), 120),
        trim(cmd.numero(), 20),
        cp != null ? cp : colonia == null ? null : colonia.codigoPostal(),
        colonia == null ? null : colonia.id());
  }

  /** Confirms the registration by mail when the citizen gave an address. */
  public void welcome(Ciudadano c) {
    if (c.getEmail() != null) {
      mailer.send(
          c.getEmail(),
          "Registro en Ciudad Digital - H. Ayuntamiento de Veracruz",
          "Hola "
              + c.getNombre()
              + ":\n\nQuedó registrado en el padrón de Ciudad Digital del"
              + " H. Ayuntamiento de Veracruz. Si usted no solicitó este registro, responda a este"
              + " correo o llame a la línea de atención ciudadana.\n");
    }
  }

  public CitizenDetail detail(Ciudadano c) {
    ColoniaInfo col = geography.colonia(c.getColoniaId()).orElse(null);
    return new CitizenDetail(
        c.getId(),
        c.getVersion(),
        c.getCurp(),
        c.getNombre(),
        c.getPrimerApellido(),
        c.getSegundoApellido(),
        c.getFechaNacimiento(),
        new Curp(c.getCurp()).ageOn(clock.today()),
        c.getSexo(),
        c.getEmail(),
        c.getTelefono(),
        c.getCalle(),
        c.getNumero(),
        c.getCodigoPostal(),
        c.getColoniaId(),
        col == null ? null : col.nombre(),
        c.getCreatedAt(),
        c.getUpdatedAt());
  }

  private static String name(String field, String value, boolean required) {
    String v = value == null ? "" : value.trim().replaceAll("\\s+", " ");
    if (v.isEmpty()) {
      if (required)
        throw new BusinessRuleException("campo-obligatorio", field, "Este dato es obligatorio");
      return null;
    }
    if (!NAME.matcher(v).matches()) {
      throw new BusinessRuleException(
          "nombre-invalido",
          field,
          "Use solo letras, espacios, punto, apóstrofo o guion (máximo 80)");
    }
    return v;
  }

  private static String optional(String field, String value, Pattern p, String message) {
    if (value == null || value.isBlank()) return null;
    String v = value.trim();
    if (!p.matcher(v).matches()) throw new BusinessRuleException("dato-invalido", field, message);
    return v;
  }

  private static String trim(String v, int max) {
    if (v == null || v.isBlank()) return null;
    String t = v.trim();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
