package mx.gob.veracruz.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import mx.gob.veracruz.common.Roles;

/** Runs test code with the SUPERVISOR role under another principal than {@link AsAdmin}. */
@Stateless
@PermitAll
@RunAs(Roles.SUPERVISOR)
public class AsSupervisor {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
