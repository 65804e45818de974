package mx.gob.veracruz.common;

import java.io.Serializable;
import java.util.List;

/**
 * An indicator's definition: its code, name, unit, what is counted and from which data, who owns
 * it, and the dimensions it is broken down by ({@code TOTAL} always).
 */
public record KpiIndicator(
    String code,
    String module,
    String name,
    String unit,
    String definition,
    String owner,
    List<String> dimensions)
    implements Serializable {}
