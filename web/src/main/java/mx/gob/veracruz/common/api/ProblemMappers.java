package mx.gob.veracruz.common.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.CallContext;
import mx.gob.veracruz.common.InvalidInputException;

/** Every API failure becomes application/problem+json; no stack trace ever leaves the server. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable e = unwrap(thrown);
    if (e instanceof mx.gob.veracruz.common.TooManyAttemptsException t) {
      return Response.fromResponse(problem(429, t.getCode(), title(429), t.getMessage(), List.of()))
          .header("Retry-After", t.getRetryAfterSeconds())
          .build();
    }
    if (e instanceof BusinessRuleException b) {
      int status = status(b.getCode());
      List<Problem.FieldError> errors =
          b instanceof InvalidInputException many
              ? many.getViolations().stream()
                  .map(v -> new Problem.FieldError(v.field(), v.code(), v.message()))
                  .toList()
              : b.getField() == null
                  ? List.of()
                  : List.of(new Problem.FieldError(b.getField(), b.getCode(), b.getMessage()));
      return problem(status, b.getCode(), title(status), b.getMessage(), errors);
    }
    if (optimisticLockFailure(thrown)) {
      return problem(
          409,
          "conflicto-concurrencia",
          title(409),
          "Otra operación modificó los mismos datos al mismo tiempo; consulte de nuevo y reintente",
          List.of());
    }
    if (e instanceof jakarta.batch.operations.NoSuchJobException
        || e instanceof jakarta.batch.operations.NoSuchJobExecutionException) {
      return problem(
          404,
          "trabajo-no-encontrado",
          title(404),
          "No existe ese trabajo o esa ejecución",
          List.of());
    }
    if (e instanceof jakarta.batch.operations.JobRestartException
        || e instanceof jakarta.batch.operations.JobExecutionNotMostRecentException
        || e instanceof jakarta.batch.operations.JobExecutionAlreadyCompleteException) {
      return problem(
          409,
          "trabajo-no-reiniciable",
          title(409),
          "Esa ejecución no se puede reiniciar: " + e.getMessage(),
          List.of());
    }
    if (e instanceof EJBAccessException || e instanceof jakarta.ejb.AccessLocalException) {
      boolean anonymous = request.getUserPrincipal() == null;
      return problem(
          anonymous ? 401 : 403,
          anonymous ? "no-autenticado" : "sin-permiso",
          title(anonymous ? 401 : 403),
          anonymous ? "Inicie sesión para usar este recurso" : "Su rol no permite esta operación",
          List.of());
    }
    if (e instanceof jakarta.ws.rs.ProcessingException
        || e instanceof jakarta.json.bind.JsonbException) {
      return problem(
          400,
          "cuerpo-invalido",
          title(400),
          "El cuerpo de la solicitud no es un JSON válido para este recurso",
          List.of());
    }
    if (e instanceof WebApplicationException w) {
      int status = w.getResponse().getStatus();
      return problem(status, "http-" + status, title(status), w.getMessage(), List.of());
    }
    LOG.log(
        Level.SEVERE,
        "Error no controlado en la API [correlationId=" + CallContext.correlationId() + "]",
        e);
    return problem(
        500,
        "error-interno",
        title(500),
        "Ocurrió un error interno. Comunique este identificador a soporte: "
            + CallContext.correlationId(),
        List.of());
  }

  private Response problem(
      int status, String code, String title, String detail, List<Problem.FieldError> errors) {
    Problem p =
        new Problem(
            Problem.TYPE_BASE + code,
            title,
            status,
            detail,
            request.getRequestURI(),
            CallContext.correlationId(),
            errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
  }

  /** A commit lost to a concurrent change (by name: the web module never touches JPA types). */
  static boolean optimisticLockFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  /** HTTP status of a business rule, by its stable code. */
  static int status(String code) {
    if (code.equals("no-encontrado")
        || code.endsWith("-no-encontrado")
        || code.endsWith("-no-encontrada")
        || code.endsWith("-desconocida")) {
      return 404;
    }
    if (code.equals("sin-permiso")) {
      return 403;
    }
    if (code.startsWith("conflicto") || code.endsWith("-duplicado")) {
      return 409;
    }
    if (code.equals("acceso-vencido")
        || code.equals("token-invalido")
        || code.equals("credenciales-invalidas")) {
      return 401;
    }
    if (code.endsWith("-no-disponible")) {
      return 503;
    }
    return 422;
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t instanceof EJBException
        && !(t instanceof EJBAccessException)
        && !(t instanceof jakarta.ejb.AccessLocalException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Solicitud incorrecta";
      case 401 -> "No autenticado";
      case 403 -> "Sin permiso";
      case 404 -> "No encontrado";
      case 405 -> "Método no permitido";
      case 406, 415 -> "Formato no admitido";
      case 409 -> "Conflicto";
      case 422 -> "Datos no válidos";
      case 429 -> "Demasiadas solicitudes";
      case 500 -> "Error interno";
      case 503 -> "Servicio no disponible";
      default -> "Error";
    };
  }
}
