-- A cobro's CFDI 4.0 (issue 13): stamped once on request, with its revenue concept's SAT keys.
ALTER TABLE COBRO ADD COLUMN CFDI_UUID VARCHAR(36);
ALTER TABLE COBRO ADD COLUMN CFDI_XML TEXT;
