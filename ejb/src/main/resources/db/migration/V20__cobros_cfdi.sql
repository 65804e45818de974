-- A cobro's CFDI 4.0 and its cash session (issue 13): the CFDI stamped once on request, with its
-- revenue concept's SAT keys.
ALTER TABLE COBRO ADD COLUMN CFDI_UUID VARCHAR(36);
ALTER TABLE COBRO ADD COLUMN CFDI_XML TEXT;
-- A cobro paid at the municipal counter joins the cashier's open cash session (predial's caja), so
-- the day's cash cut counts it.
ALTER TABLE COBRO ADD COLUMN CAJA_SESION_ID BIGINT;
CREATE INDEX IX_COBRO_CAJA ON COBRO (CAJA_SESION_ID);
