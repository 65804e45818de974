-- SIRC photos and Open311 rate limits (issue 9). Portable DDL (H2 and MariaDB/MySQL).
-- Photos live in the database, not on a disk: every instance of a cluster serves them, a backup of
-- the database holds them with their reports, and a report and its photos are written in one
-- transaction (a report is never left with half its photos). Each is a JPEG re-encoded without
-- metadata (at most 1600 px, about 150-400 kB), with a 320 px thumbnail; the original is not kept.
CREATE TABLE SIRC_PHOTO (
  ID BIGINT NOT NULL,
  REPORT_ID BIGINT NOT NULL,
  ORDINAL INT NOT NULL,
  WIDTH INT NOT NULL,
  HEIGHT INT NOT NULL,
  BYTE_SIZE INT NOT NULL,
  SHA256 VARCHAR(64) NOT NULL,
  CONTENT MEDIUMBLOB NOT NULL,
  THUMBNAIL MEDIUMBLOB NOT NULL,
  CREATED_AT_MS BIGINT NOT NULL,
  CREATED_BY VARCHAR(64) NOT NULL,
  PRIMARY KEY (ID)
);
CREATE UNIQUE INDEX UX_SIRC_PHOTO ON SIRC_PHOTO (REPORT_ID, ORDINAL);
INSERT INTO ID_GEN (GEN_NAME, GEN_VALUE) VALUES ('SIRC_PHOTO', 0);

-- Each key has its own limit of requests per minute; the counts are rows here, so every instance
-- of a cluster counts against the same limit.
ALTER TABLE SIRC_API_KEY ADD COLUMN RATE_PER_MINUTE INT DEFAULT 60 NOT NULL;
CREATE TABLE SIRC_API_KEY_WINDOW (
  KEY_ID BIGINT NOT NULL,
  WINDOW_START_MS BIGINT NOT NULL,
  HITS INT NOT NULL,
  PRIMARY KEY (KEY_ID, WINDOW_START_MS)
);

-- Routing rules and catalogue edits are audited; a rule records who changed it last.
ALTER TABLE SIRC_ROUTING_RULE ADD COLUMN UPDATED_BY VARCHAR(64);
ALTER TABLE SIRC_ROUTING_RULE ADD COLUMN UPDATED_AT_MS BIGINT;
