-- Failed look-ups by bucket (a clave catastral, a client address): the throttle of the portal's
-- second factor counts them per window, on every instance alike (the state is here, not in memory).
CREATE TABLE ACCESS_FAILURE (
  ID BIGINT NOT NULL,
  BUCKET VARCHAR(120) NOT NULL,
  FAILED_AT TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (ID)
);
CREATE INDEX IX_ACCESS_FAILURE_BUCKET ON ACCESS_FAILURE (BUCKET, FAILED_AT);
INSERT INTO ID_GEN (GEN_NAME, GEN_VALUE) VALUES ('ACCESS_FAILURE', 0);
