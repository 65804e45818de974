package mx.gob.veracruz.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import mx.gob.veracruz.common.Roles;

/** Runs test code with the ADMIN role, as a logged-in administrator's request would. */
@Stateless
@PermitAll
@RunAs(Roles.ADMIN)
public class AsAdmin {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
