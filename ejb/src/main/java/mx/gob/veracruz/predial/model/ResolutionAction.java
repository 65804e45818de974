package mx.gob.veracruz.predial.model;

/** How a supervisor settles an exception line ({@code PREDIAL_ARCHIVO_LINEA.RESOLUTION}). */
public enum ResolutionAction {
  APLICAR,
  DEVOLVER,
  DESCARTAR
}
