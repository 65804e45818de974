package mx.gob.veracruz.cuenta;

import java.io.Serializable;

/** A new citizen account: e-mail (the login), full name and password. */
public record SignUp(String email, String fullName, String password) implements Serializable {}
