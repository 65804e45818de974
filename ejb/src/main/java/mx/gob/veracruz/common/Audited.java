package mx.gob.veracruz.common;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a facade method on the audit trail: every call that changes state, and every read of data
 * marked sensitive ({@code read = true}), leaves a hash-chained record with its outcome.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {
  /** Action name, e.g. {@code ciudadano.registrar}; defaults to the method name. */
  @Nonbinding
  String action() default "";

  /** Entity type affected, e.g. {@code Ciudadano}. */
  @Nonbinding
  String entity() default "";

  /** True for reads of sensitive data (they are audited too). */
  @Nonbinding
  boolean read() default false;
}
