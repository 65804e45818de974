/**
 * PAVG (Plataforma de Atención y Seguimiento a la Violencia de Género): the public report, the
 * survivor's follow-up with code and PIN, case management for the assigned specialists, break-glass
 * for supervisors, ARCO requests and retention. Identifying fields and narratives are sealed
 * (AES-GCM, keys outside the database) before they reach it. Facades: {@link
 * mx.gob.veracruz.pavg.PavgIntakeFacade} (anyone), {@link mx.gob.veracruz.pavg.PavgCaseFacade}
 * (PAVG roles only), {@link mx.gob.veracruz.pavg.PavgArcoFacade} (PAVG supervisors) and {@link
 * mx.gob.veracruz.pavg.PavgBatchFacade} (the key-rotation and retention jobs). The module has no
 * "mis trámites" contributor and nothing in the citizen 360° page: it is sealed.
 */
package mx.gob.veracruz.pavg;
