-- Epoch milliseconds, not TIMESTAMP: compared in JPQL without a converter on the bound value.
-- Failed look-ups by bucket (a clave catastral, a client address): the throttle of the portal's
-- second factor counts them per window, on every instance alike (the state is here, not in memory).
CREATE TABLE ACCESS_FAILURE (
  ID BIGINT NOT NULL,
  BUCKET VARCHAR(120) NOT NULL,
  FAILED_AT_MS BIGINT NOT NULL,
  PRIMARY KEY (ID)
);
CREATE INDEX IX_ACCESS_FAILURE_BUCKET ON ACCESS_FAILURE (BUCKET, FAILED_AT_MS);
INSERT INTO ID_GEN (GEN_NAME, GEN_VALUE) VALUES ('ACCESS_FAILURE', 0);
