/** Batch side of the shared services: job control and the nightly audit-chain check. */
package mx.gob.veracruz.common.batch;
