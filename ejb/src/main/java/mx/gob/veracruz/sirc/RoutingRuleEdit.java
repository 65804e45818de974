package mx.gob.veracruz.sirc;

import java.io.Serializable;

/** A new rule ({@code id} null) or a change of one. */
public record RoutingRuleEdit(
    Long id, String serviceCode, Long coloniaId, String dependencia, String crew)
    implements Serializable {}
