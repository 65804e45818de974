-- The reconciliation's reader pages through a file's lines still without outcome in id order:
-- one range scan on this index per page (the join it replaced sorted every pending line per page).
CREATE INDEX IX_ARCHIVO_LINEA_PENDING ON PREDIAL_ARCHIVO_LINEA (ARCHIVO_ID, OUTCOME, ID);
