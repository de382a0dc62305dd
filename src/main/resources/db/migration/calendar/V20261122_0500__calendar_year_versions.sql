-- Arrangements of holidays and make-up working days added by administrators (R-TIME-1).
-- The files shipped under calendar/ are version 0; each addition is a new version, never an overwrite:
-- the application may insert and read, not change or delete.
CREATE TABLE calendar_year_version
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scope        TEXT        NOT NULL CHECK (scope = 'CN' OR scope ~ '^[1-9][0-9]0000$'),
  year         INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  version      INT         NOT NULL CHECK (version >= 1),
  document     JSONB       NOT NULL,
  note         TEXT        NOT NULL DEFAULT '',
  published_at TIMESTAMPTZ NOT NULL,
  published_by TEXT        NOT NULL,
  CONSTRAINT calendar_year_version_once UNIQUE (scope, year, version)
);
REVOKE UPDATE, DELETE, TRUNCATE ON calendar_year_version FROM ${app_role};
