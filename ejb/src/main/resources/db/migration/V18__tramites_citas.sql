-- Counter appointments (citas) for procedures that need one (issue 13). An office opens on some
-- weekdays between two times, in slots of SLOT_MINUTES with SEATS clerks each; the unique key on
-- (office, day, slot, seat) is what keeps a slot from being booked beyond its seats, also under
-- concurrent bookings on several instances.
CREATE TABLE TRAMITE_OFICINA (
  ID BIGINT NOT NULL,
  CODE VARCHAR(40) NOT NULL,
  NAME VARCHAR(160) NOT NULL,
  ADDRESS VARCHAR(300) NOT NULL,
  WEEKDAYS VARCHAR(20) NOT NULL,
  OPENS VARCHAR(5) NOT NULL,
  CLOSES VARCHAR(5) NOT NULL,
  SLOT_MINUTES INT NOT NULL,
  SEATS INT NOT NULL,
  ACTIVE BOOLEAN NOT NULL,
  PRIMARY KEY (ID)
);
CREATE UNIQUE INDEX UX_TRAMITE_OFICINA_CODE ON TRAMITE_OFICINA (CODE);
INSERT INTO TRAMITE_OFICINA VALUES (1, 'ventanilla-unica', 'Ventanilla Única del Palacio Municipal', 'Av. Zaragoza s/n, Centro, Veracruz, Ver.', '1,2,3,4,5', '09:00', '14:00', 30, 2, TRUE);
INSERT INTO TRAMITE_OFICINA VALUES (2, 'desarrollo-urbano', 'Dirección de Desarrollo Urbano', 'Calle Independencia 1060, Centro, Veracruz, Ver.', '1,2,3,4,5', '09:00', '13:00', 20, 1, TRUE);
INSERT INTO TRAMITE_OFICINA VALUES (3, 'tesoreria', 'Tesorería Municipal — módulo de atención', 'Av. Zaragoza s/n, Centro, Veracruz, Ver.', '1,2,3,4,5,6', '08:30', '15:00', 15, 3, TRUE);

CREATE TABLE TRAMITE_CITA (
  ID BIGINT NOT NULL,
  FOLIO VARCHAR(24) NOT NULL,
  OFICINA_ID BIGINT NOT NULL,
  TRAMITE_ID BIGINT NOT NULL,
  CUENTA_ID BIGINT NOT NULL,
  APPLICANT_NAME VARCHAR(200) NOT NULL,
  CITA_DATE DATE NOT NULL,
  SLOT VARCHAR(5) NOT NULL,
  -- the seat a booking holds; a cancelled one gives its seat back (SEAT set to its negative id)
  SEAT BIGINT NOT NULL,
  STATUS VARCHAR(16) NOT NULL,
  REMINDED BOOLEAN NOT NULL,
  CREATED_AT TIMESTAMP NOT NULL,
  UPDATED_AT TIMESTAMP NOT NULL,
  UPDATED_BY VARCHAR(64),
  VERSION BIGINT NOT NULL,
  PRIMARY KEY (ID)
);
CREATE UNIQUE INDEX UX_TRAMITE_CITA_FOLIO ON TRAMITE_CITA (FOLIO);
CREATE UNIQUE INDEX UX_TRAMITE_CITA_SEAT ON TRAMITE_CITA (OFICINA_ID, CITA_DATE, SLOT, SEAT);
CREATE INDEX IX_TRAMITE_CITA_CUENTA ON TRAMITE_CITA (CUENTA_ID, CITA_DATE);
CREATE INDEX IX_TRAMITE_CITA_DAY ON TRAMITE_CITA (CITA_DATE, STATUS);
INSERT INTO ID_GEN (GEN_NAME, GEN_VALUE) VALUES ('TRAMITE_CITA', 0);
