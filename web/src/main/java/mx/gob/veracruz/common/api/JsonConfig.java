package mx.gob.veracruz.common.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;

/** JSON-B for the API: amounts travel as strings ("1520.00") so no client reads them as floats. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {
  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withAdapters(new MoneyAdapter()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** BigDecimal ⇄ plain string. */
  public static class MoneyAdapter implements JsonbAdapter<BigDecimal, String> {
    @Override
    public String adaptToJson(BigDecimal value) {
      return value.toPlainString();
    }

    @Override
    public BigDecimal adaptFromJson(String value) {
      return new BigDecimal(value);
    }
  }
}
