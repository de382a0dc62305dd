-- Pre-aggregated read models of the statistics (R-STAT-1), so that a dashboard reads a few thousand rows whatever
-- the number of policies. Maintained by the projection on every event; the rebuild recomputes them from the
-- finest read models (stat_month, stat_served, stat_payment, stat_policy, stat_notice).
--
-- A scope is an area at one level (1 region, 2 prefecture, 3 county) x one insurer or every insurer (0) x one line
-- or every line (''): every fact counts in its 12 scopes.

-- Additive figures and scorecard counts per scope and month (applications and notices in the month they came).
CREATE TABLE stat_figure
(
  level             SMALLINT       NOT NULL CHECK (level IN (1, 2, 3)),
  area_code         VARCHAR(6)     NOT NULL,
  insurer_id        BIGINT         NOT NULL,
  line              TEXT           NOT NULL,
  month             DATE           NOT NULL CHECK (extract(day FROM month) = 1),
  policies          INT            NOT NULL DEFAULT 0,
  sum_insured       NUMERIC(18, 2) NOT NULL DEFAULT 0,
  premium           NUMERIC(18, 2) NOT NULL DEFAULT 0,
  deposits_released NUMERIC(18, 2) NOT NULL DEFAULT 0,
  payouts           NUMERIC(18, 2) NOT NULL DEFAULT 0,
  applications      INT            NOT NULL DEFAULT 0,
  decided           INT            NOT NULL DEFAULT 0,
  late              INT            NOT NULL DEFAULT 0,
  notices           INT            NOT NULL DEFAULT 0,
  notices_due       INT            NOT NULL DEFAULT 0,
  notices_late      INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (level, area_code, insurer_id, line, month)
);
CREATE INDEX stat_figure_children_idx ON stat_figure (level, insurer_id, line, area_code varchar_pattern_ops, month);

-- Distinct enterprises (C), projects (P) and workers paid (W) per scope: for each entity and each month it was
-- served in the scope, one count in (month, since), since = the previous month it was served in the same scope
-- (1970-01-01 if none). The entities served in months a..b = the counts with a <= month <= b and since < a.
CREATE TABLE stat_distinct
(
  kind       CHAR(1)    NOT NULL CHECK (kind IN ('C', 'P', 'W')),
  level      SMALLINT   NOT NULL CHECK (level IN (1, 2, 3)),
  area_code  VARCHAR(6) NOT NULL,
  insurer_id BIGINT     NOT NULL,
  line       TEXT       NOT NULL,
  month      DATE       NOT NULL,
  since      DATE       NOT NULL CHECK (since < month),
  entities   INT        NOT NULL,
  PRIMARY KEY (kind, level, area_code, insurer_id, line, month, since)
);
CREATE INDEX stat_distinct_children_idx ON stat_distinct (kind, level, insurer_id, line, area_code varchar_pattern_ops, month);

-- One row per payment notice (R-CLM-2): settled = its obligation was met, late = the overdue warning was issued.
CREATE TABLE stat_notice
(
  case_id    BIGINT PRIMARY KEY,
  insurer_id BIGINT     NOT NULL,
  area_code  VARCHAR(6) NOT NULL,
  line       TEXT       NOT NULL,
  month      DATE       NOT NULL CHECK (extract(day FROM month) = 1),
  settled    BOOLEAN    NOT NULL DEFAULT FALSE,
  late       BOOLEAN    NOT NULL DEFAULT FALSE
);

-- An entity's facts, read when one of them is new.
CREATE INDEX stat_served_by_contractor_idx ON stat_served (contractor_id);
CREATE INDEX stat_served_by_project_idx ON stat_served (project_id);
CREATE INDEX stat_payment_by_worker_idx ON stat_payment (worker_id);

-- The projects of an area with policies issued in a period (the drill-down below the region), read from the index alone.
CREATE INDEX stat_policy_issued_by_area_idx ON stat_policy (area_code varchar_pattern_ops, issued_month)
  INCLUDE (project_id, sum_insured, premium, released) WHERE issued_month IS NOT NULL;
