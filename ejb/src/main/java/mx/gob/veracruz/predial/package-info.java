/**
 * Property tax (impuesto predial): cadastre, assessment, statements, payments and receipts. This
 * release holds its first rules only (clave catastral, assessment, bank check digits); the module
 * itself is issue 3.
 */
package mx.gob.veracruz.predial;
