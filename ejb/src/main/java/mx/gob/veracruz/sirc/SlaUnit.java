package mx.gob.veracruz.sirc;

/** How a service's SLA is counted: business hours (of the working day) or business days. */
public enum SlaUnit {
  HORAS_HABILES,
  DIAS_HABILES
}
