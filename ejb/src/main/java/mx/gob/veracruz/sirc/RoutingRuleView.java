package mx.gob.veracruz.sirc;

import java.io.Serializable;
import java.time.Instant;

/**
 * A routing rule: reports of a service (or of any), in a colonia (or in any), go to a department
 * and, optionally, a crew. The most specific rule wins.
 */
public record RoutingRuleView(
    Long id,
    String serviceCode,
    String serviceName,
    Long coloniaId,
    String coloniaName,
    String dependencia,
    String dependenciaName,
    String crew,
    String updatedBy,
    Instant updatedAt)
    implements Serializable {}
