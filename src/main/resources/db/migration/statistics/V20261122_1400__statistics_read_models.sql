-- Read models of the statistics (R-STAT-1), fed by domain events and rebuilt from the records on demand.
-- Nothing here is a record of its own: dropping the rows and running the rebuild gives them back.

-- One row per policy application: who, where, which line; filled in as it is decided and issued.
CREATE TABLE stat_policy
(
  policy_id         BIGINT PRIMARY KEY,
  project_id        BIGINT         NOT NULL,
  contractor_id     BIGINT         NOT NULL,
  insurer_id        BIGINT         NOT NULL,
  branch_id         BIGINT         NOT NULL,
  area_code         VARCHAR(6)     NOT NULL,
  line              TEXT           NOT NULL,
  applied_at        TIMESTAMPTZ    NOT NULL,
  decided_at        TIMESTAMPTZ,
  issued_month      DATE,
  sum_insured       NUMERIC(18, 2),
  premium           NUMERIC(18, 2),
  released          NUMERIC(18, 2),
  underwriting_late BOOLEAN        NOT NULL DEFAULT FALSE
);
CREATE INDEX stat_policy_by_area_idx ON stat_policy (area_code varchar_pattern_ops, applied_at);
CREATE INDEX stat_policy_by_insurer_idx ON stat_policy (insurer_id, applied_at);
CREATE INDEX stat_policy_by_project_idx ON stat_policy (project_id);

-- Additive monthly figures per (month, area, insurer, line); payouts and workers paid are fed by the payout events.
CREATE TABLE stat_month
(
  month             DATE           NOT NULL CHECK (extract(day FROM month) = 1),
  area_code         VARCHAR(6)     NOT NULL,
  insurer_id        BIGINT         NOT NULL,
  line              TEXT           NOT NULL,
  policies          INT            NOT NULL DEFAULT 0,
  sum_insured       NUMERIC(18, 2) NOT NULL DEFAULT 0,
  premium           NUMERIC(18, 2) NOT NULL DEFAULT 0,
  deposits_released NUMERIC(18, 2) NOT NULL DEFAULT 0,
  payouts           NUMERIC(18, 2) NOT NULL DEFAULT 0,
  workers_paid      INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (month, area_code, insurer_id, line)
);
CREATE INDEX stat_month_by_area_idx ON stat_month (area_code varchar_pattern_ops, month);

-- Who was served where and when, so that enterprises and projects are counted once over any period.
CREATE TABLE stat_served
(
  month         DATE       NOT NULL,
  area_code     VARCHAR(6) NOT NULL,
  insurer_id    BIGINT     NOT NULL,
  line          TEXT       NOT NULL,
  contractor_id BIGINT     NOT NULL,
  project_id    BIGINT     NOT NULL,
  PRIMARY KEY (month, area_code, insurer_id, line, contractor_id, project_id)
);
CREATE INDEX stat_served_by_area_idx ON stat_served (area_code varchar_pattern_ops, month);

-- Project names for the drill-down from a county to its projects.
CREATE TABLE stat_project
(
  project_id    BIGINT PRIMARY KEY,
  name          TEXT       NOT NULL,
  area_code     VARCHAR(6) NOT NULL,
  contractor_id BIGINT     NOT NULL
);

-- Every warning issued (one per obligation and level) and whether its obligation is still open.
CREATE TABLE stat_warning
(
  obligation_id BIGINT      NOT NULL,
  level         TEXT        NOT NULL CHECK (level IN ('YELLOW', 'ORANGE', 'RED')),
  rule          TEXT        NOT NULL,
  area_code     VARCHAR(6)  NOT NULL,
  owed_by       BIGINT      NOT NULL,
  insurer_id    BIGINT,
  issued_at     TIMESTAMPTZ NOT NULL,
  open          BOOLEAN     NOT NULL DEFAULT TRUE,
  PRIMARY KEY (obligation_id, level)
);
CREATE INDEX stat_warning_by_area_idx ON stat_warning (area_code varchar_pattern_ops, issued_at);
CREATE INDEX stat_warning_open_by_insurer_idx ON stat_warning (insurer_id) WHERE open;

-- Confirmed sanctions on insurers (R-SUP-3), active until lifted.
CREATE TABLE stat_sanction
(
  sanction_id BIGINT PRIMARY KEY,
  insurer_id  BIGINT  NOT NULL,
  ban         BOOLEAN NOT NULL,
  starts_on   DATE    NOT NULL,
  lifted_on   DATE
);
