-- Cobros (issue 13): one way to charge anything. A charge (cobro) is an amount owed to the city
-- for a revenue concept (concepto de ingreso, with its CFDI keys), issued by a module for one of
-- its own records (SUBJECT), paid once, by card through the gateway, by a bank slip or at the
-- counter, with its receipt. Predial keeps its own accounts and allocation and is the first client
-- of the shared parts (bank references and check digits, gateway, webhook signature, receipts'
-- QR and amount in words); the nightly reconciliation routes every line to the module whose slip
-- or charge it pays. Portable DDL (H2 and MariaDB/MySQL).
CREATE TABLE COBRO_CONCEPTO (
  CODE VARCHAR(24) NOT NULL,
  NAME VARCHAR(160) NOT NULL,
  -- SAT catalogues c_ClaveProdServ and c_ClaveUnidad for the CFDI.
  CLAVE_PROD_SERV VARCHAR(8) NOT NULL,
  CLAVE_UNIDAD VARCHAR(3) NOT NULL,
  -- The municipal revenue law's item (Ley de Ingresos), for the treasury's books.
  LEY_INGRESOS VARCHAR(32) NOT NULL,
  ACTIVE BOOLEAN NOT NULL,
  PRIMARY KEY (CODE)
);
INSERT INTO COBRO_CONCEPTO VALUES ('PRED-IMPUESTO', 'Impuesto predial', '93161700', 'ACT', '1.2.1', TRUE);
INSERT INTO COBRO_CONCEPTO VALUES ('DER-LICENCIAS', 'Derechos por licencias, permisos y autorizaciones', '93161700', 'ACT', '4.3.2', TRUE);
INSERT INTO COBRO_CONCEPTO VALUES ('DER-CONSTRUCCION', 'Derechos por licencias de construcción', '93161700', 'ACT', '4.3.3', TRUE);
INSERT INTO COBRO_CONCEPTO VALUES ('DER-CONSTANCIAS', 'Derechos por expedición de constancias y certificaciones', '93161700', 'ACT', '4.3.8', TRUE);
INSERT INTO COBRO_CONCEPTO VALUES ('DER-DESARROLLO-URBANO', 'Derechos por servicios de desarrollo urbano', '93161700', 'ACT', '4.3.4', TRUE);
INSERT INTO COBRO_CONCEPTO VALUES ('DER-PANTEONES', 'Derechos por servicios de panteones', '93161700', 'ACT', '4.3.6', TRUE);
INSERT INTO COBRO_CONCEPTO VALUES ('APROV-REINTEGROS', 'Aprovechamientos por reintegros', '93161700', 'ACT', '6.1.5', TRUE);

CREATE TABLE COBRO (
  ID BIGINT NOT NULL,
  FOLIO VARCHAR(24) NOT NULL,
  MODULE VARCHAR(16) NOT NULL,
  SUBJECT VARCHAR(40) NOT NULL,
  CONCEPT_CODE VARCHAR(24) NOT NULL,
  DESCRIPTION VARCHAR(200) NOT NULL,
  AMOUNT DECIMAL(14,2) NOT NULL,
  PAYER_NAME VARCHAR(200) NOT NULL,
  PAYER_RFC VARCHAR(13),
  CUENTA_ID BIGINT,
  STATUS VARCHAR(16) NOT NULL,
  ISSUED_AT TIMESTAMP NOT NULL,
  VALID_UNTIL DATE NOT NULL,
  -- The bank slip: 9 + 9-digit id + yyMMdd + the bank's check digits (predial's slips start 0).
  REFERENCIA VARCHAR(18),
  BANK VARCHAR(16),
  ALGORITHM VARCHAR(24),
  CHARGE_ID VARCHAR(64),
  CHECKOUT_URL VARCHAR(400),
  CHANNEL VARCHAR(16),
  CHANNEL_DETAIL VARCHAR(200),
  -- The payment's key (pasarela:<charge>, banco:<bank>:<ref>:<auth>): a payment is posted once.
  EXTERNAL_KEY VARCHAR(120),
  PAID_AT TIMESTAMP,
  RECEIPT_FOLIO VARCHAR(24),
  VERIFICATION_CODE VARCHAR(16),
  VERSION BIGINT NOT NULL,
  PRIMARY KEY (ID)
);
CREATE UNIQUE INDEX UX_COBRO_FOLIO ON COBRO (FOLIO);
CREATE UNIQUE INDEX UX_COBRO_REFERENCIA ON COBRO (REFERENCIA);
CREATE UNIQUE INDEX UX_COBRO_CHARGE ON COBRO (CHARGE_ID);
CREATE UNIQUE INDEX UX_COBRO_EXTERNAL ON COBRO (EXTERNAL_KEY);
CREATE UNIQUE INDEX UX_COBRO_RECEIPT ON COBRO (RECEIPT_FOLIO);
CREATE INDEX IX_COBRO_SUBJECT ON COBRO (MODULE, SUBJECT);
CREATE INDEX IX_COBRO_ISSUED ON COBRO (ISSUED_AT);
INSERT INTO ID_GEN (GEN_NAME, GEN_VALUE) VALUES ('COBRO', 0);
