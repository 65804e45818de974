package mx.gob.veracruz.common.internal;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.AuditOutcome;
import mx.gob.veracruz.common.Audited;
import mx.gob.veracruz.common.BusinessRuleException;

/**
 * The one audit mechanism: wraps every {@link Audited} facade method. Success is recorded in the
 * caller's transaction; a failure in a separate one, since the business transaction rolls back.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class AuditInterceptor {
  private static final Logger LOG = Logger.getLogger(AuditInterceptor.class.getName());

  @Inject private AuditWriter writer;
  @Resource private EJBContext ejbContext;
  @Resource private TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object audit(InvocationContext ic) throws Exception {
    Audited meta = metadata(ic.getMethod());
    String action = meta.action().isEmpty() ? ic.getMethod().getName() : meta.action();
    String entity = meta.entity().isEmpty() ? null : meta.entity();
    String actor = actor();
    try {
      Object result = ic.proceed();
      writer.append(
          actor,
          action,
          entity,
          entityId(result, ic.getParameters()),
          meta.read() ? AuditOutcome.READ : AuditOutcome.OK,
          null);
      return result;
    } catch (BusinessRuleException e) {
      recordFailure(
          actor,
          action,
          entity,
          entityId(null, ic.getParameters()),
          AuditOutcome.REJECTED,
          e.getCode());
      throw e;
    } catch (Exception e) {
      recordFailure(
          actor,
          action,
          entity,
          entityId(null, ic.getParameters()),
          AuditOutcome.FAILED,
          e.getClass().getSimpleName());
      throw e;
    }
  }

  /**
   * A failure is written after the failed transaction ends: that transaction may already hold the
   * chain head (a nested audited call appended), and a new transaction waiting on it would
   * deadlock.
   */
  private void recordFailure(
      String actor, String action, String entity, String id, AuditOutcome outcome, String detail) {
    Runnable write =
        () -> {
          try {
            writer.appendSeparately(actor, action, entity, id, outcome, detail);
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "No se pudo auditar el fallo de " + action, e);
          }
        };
    int status = transactions.getTransactionStatus();
    if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int result) {
              write.run();
            }
          });
    } else {
      write.run();
    }
  }

  private static Audited metadata(Method m) {
    Audited a = m.getAnnotation(Audited.class);
    return a != null ? a : m.getDeclaringClass().getAnnotation(Audited.class);
  }

  private String actor() {
    String name =
        ejbContext.getCallerPrincipal() == null ? null : ejbContext.getCallerPrincipal().getName();
    return name == null || name.equalsIgnoreCase("ANONYMOUS") ? "anonimo" : name;
  }

  /** The entity id: the {@code id} component of a returned record, else the first id argument. */
  static String entityId(Object result, Object[] params) {
    if (result instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (c.getName().equals("id") || c.getName().equals("predioId")) {
          try {
            return String.valueOf(c.getAccessor().invoke(r));
          } catch (ReflectiveOperationException e) {
            return null;
          }
        }
      }
    }
    for (Object p : params == null ? new Object[0] : params) {
      if (p instanceof Long || p instanceof Integer) {
        return p.toString();
      }
    }
    return null;
  }
}
