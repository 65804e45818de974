package mx.gob.veracruz.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mx.gob.veracruz.common.internal.PasswordHasher;

/**
 * Passwords of staff and citizens: PBKDF2 hashes (as for staff) and the rules a new password must
 * meet: at least 10 characters, not one of the 10,036 most common passwords, not the e-mail.
 */
@ApplicationScoped
public class Passwords {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  @Inject private PasswordHasher hasher;

  private volatile Set<String> common;

  public String hash(char[] password) {
    return hasher.hash(password);
  }

  public boolean verify(char[] password, String stored) {
    return hasher.verify(password, stored);
  }

  /** Why a new password is refused (a sentence in Spanish), or empty when it may be used. */
  public Optional<String> weakness(String password, String email) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("La contraseña debe tener al menos " + MIN_LENGTH + " caracteres");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("La contraseña puede tener a lo más " + MAX_LENGTH + " caracteres");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (commonPasswords().contains(lower)
        || commonPasswords().contains(lower.replaceAll("[0-9!.]+$", ""))) {
      return Optional.of("Esa contraseña es de las más usadas y se adivina fácilmente; elija otra");
    }
    if (email != null && email.contains("@")) {
      String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
      if (local.length() >= 4 && lower.contains(local)) {
        return Optional.of("La contraseña no puede contener su correo");
      }
    }
    if (password.chars().distinct().count() < 4) {
      return Optional.of("La contraseña repite demasiado los mismos caracteres");
    }
    return Optional.empty();
  }

  private Set<String> commonPasswords() {
    Set<String> s = common;
    if (s == null) {
      s = new HashSet<>(12_000);
      try (InputStream in = Passwords.class.getResourceAsStream("/cuenta/contrasenas-comunes.txt");
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank() && !line.startsWith("#")) {
            s.add(line.trim());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      common = s;
    }
    return s;
  }
}
