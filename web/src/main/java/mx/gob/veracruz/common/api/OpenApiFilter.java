package mx.gob.veracruz.common.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes /openapi a description generators accept (the generated client in api-client found both):
 * operation ids unique in the whole document, as OpenAPI requires (the runtime takes the Java
 * method's name, and several resources have a {@code list} or a {@code token}), and a raw body
 * ({@code byte[]}, the gateway's webhook) described as binary instead of an array without items.
 */
public class OpenApiFilter implements OASFilter {
  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, Integer> uses = new HashMap<>();
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .values()
                    .forEach(
                        op -> {
                          if (op.getOperationId() != null) {
                            uses.merge(op.getOperationId(), 1, Integer::sum);
                          }
                        }));
    for (Map.Entry<String, PathItem> e : openAPI.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> o : e.getValue().getOperations().entrySet()) {
        Operation op = o.getValue();
        if (op.getOperationId() != null && uses.get(op.getOperationId()) > 1) {
          op.setOperationId(op.getOperationId() + suffix(e.getKey(), o.getKey()));
        }
        if (op.getRequestBody() != null
            && op.getRequestBody().getContent() != null
            && op.getRequestBody().getContent().getMediaTypes() != null) {
          for (MediaType m : op.getRequestBody().getContent().getMediaTypes().values()) {
            Schema s = m.getSchema();
            if (s != null && s.getType() == Schema.SchemaType.ARRAY && s.getItems() == null) {
              s.setType(Schema.SchemaType.STRING);
              s.setFormat("binary");
            }
          }
        }
      }
    }
  }

  /** {@code /api/v1/predial/predios/{id}} GET → {@code PredialPrediosIdGet}. */
  static String suffix(String path, PathItem.HttpMethod method) {
    StringBuilder b = new StringBuilder();
    for (String part : path.replaceFirst("^/api/(v1/)?", "").split("[/.]")) {
      String p = part.replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]", "");
      if (!p.isEmpty()) {
        b.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
      }
    }
    String m = method.name().toLowerCase(Locale.ROOT);
    return b.toString() + Character.toUpperCase(m.charAt(0)) + m.substring(1);
  }
}
