package mx.gob.veracruz.sirc;

/** The datatype of a service question, as Open311 GeoReport v2 names it (lower case there). */
public enum AttributeType {
  STRING,
  NUMBER,
  DATETIME,
  TEXT,
  SINGLEVALUELIST,
  MULTIVALUELIST;

  public String open311() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isList() {
    return this == SINGLEVALUELIST || this == MULTIVALUELIST;
  }
}
