-- KPI dashboards (issue 10, second part).

-- SIRC's working time, hour by hour (UTC hours since the epoch): how many milliseconds of the hour
-- fall in the working day of a business day, where they start, and the working milliseconds before
-- the hour. Working time between two instants is then two equality joins and a subtraction, in the
-- database. Rebuilt by the KPI job when the calendar or the working day changes (SIRC_WORK_LEDGER_META).
CREATE TABLE SIRC_WORK_HOUR (
  HOUR_IDX BIGINT NOT NULL,
  OPEN_OFF_MS BIGINT NOT NULL,
  BUSINESS_MS BIGINT NOT NULL,
  CUM_MS BIGINT NOT NULL,
  PRIMARY KEY (HOUR_IDX)
);
CREATE TABLE SIRC_WORK_LEDGER_META (
  ID INT NOT NULL,
  FINGERPRINT VARCHAR(64) NOT NULL,
  FIRST_HOUR BIGINT NOT NULL,
  LAST_HOUR BIGINT NOT NULL,
  BUILT_AT_MS BIGINT NOT NULL,
  PRIMARY KEY (ID)
);

-- The bank a bank-reference payment came through (the bank of the file whose line posted it).
ALTER TABLE PREDIAL_PAGO ADD BANK VARCHAR(16) NULL;
CREATE INDEX IX_ARCHIVO_LINEA_PAGO ON PREDIAL_ARCHIVO_LINEA (PAGO_ID);
UPDATE PREDIAL_PAGO SET BANK = (SELECT MIN(a.BANK) FROM PREDIAL_ARCHIVO_LINEA l
    JOIN PREDIAL_ARCHIVO a ON a.ID = l.ARCHIVO_ID WHERE l.PAGO_ID = PREDIAL_PAGO.ID)
  WHERE CHANNEL = 'BANCO';
-- The payments list (drill-down of the finance dashboard) reads a day range by channel.
CREATE INDEX IX_PAGO_CHANNEL_PAID ON PREDIAL_PAGO (CHANNEL, PAID_AT);
