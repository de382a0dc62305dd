-- Stored deadlines (R-TIME-2): computed once when the clock starts, never on the fly.
CREATE TABLE obligation
(
  id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owed_by              BIGINT      NOT NULL,
  owed_to_organisation BIGINT,
  owed_to_authority    TEXT CHECK (owed_to_authority ~ '^[1-9][0-9]{5}$'),
  subject_type         TEXT        NOT NULL,
  subject_id           TEXT        NOT NULL,
  rule                 TEXT        NOT NULL CHECK (rule ~ '^R-[A-Z]+-[0-9]+$'),
  area_code            TEXT        NOT NULL CHECK (area_code ~ '^[1-9][0-9]{5}$'),
  time_limit           TEXT        NOT NULL,
  started_at           TIMESTAMPTZ NOT NULL,
  due_date             DATE        NOT NULL,
  due_at               TIMESTAMPTZ NOT NULL,
  provisional          BOOLEAN     NOT NULL,
  remind_at            TIMESTAMPTZ NOT NULL,
  orange_at            TIMESTAMPTZ NOT NULL,
  red_at               TIMESTAMPTZ NOT NULL,
  status               TEXT        NOT NULL CHECK (status IN ('OPEN', 'OVERDUE', 'MET', 'WAIVED')),
  level                TEXT        NOT NULL CHECK (level IN ('NONE', 'REMINDER', 'YELLOW', 'ORANGE', 'RED')),
  next_sweep_at        TIMESTAMPTZ,
  closed_at            TIMESTAMPTZ,
  waiver_reason        TEXT,
  version              INT         NOT NULL DEFAULT 0,
  CONSTRAINT obligation_owed_to CHECK (owed_to_organisation IS NOT NULL OR owed_to_authority IS NOT NULL),
  CONSTRAINT obligation_open_until_closed CHECK ((status IN ('MET', 'WAIVED')) = (closed_at IS NOT NULL)),
  CONSTRAINT obligation_stages_in_order CHECK (remind_at <= due_at AND due_at <= orange_at AND orange_at <= red_at)
);

-- One obligation per rule, subject and start: opening twice (a redelivered event) finds the first.
CREATE UNIQUE INDEX obligation_once ON obligation (rule, subject_type, subject_id, started_at);

-- The sweeper's only read: open obligations by the next time something is due (reminder, due time or
-- escalation). Closed and fully escalated rows leave the index, so a sweep costs what is due.
CREATE INDEX obligation_open_by_next_due ON obligation (next_sweep_at)
  WHERE status IN ('OPEN', 'OVERDUE') AND next_sweep_at IS NOT NULL;

-- Recomputing when a provisional year's calendar arrives.
CREATE INDEX obligation_provisional_by_due ON obligation (due_at)
  WHERE provisional AND status IN ('OPEN', 'OVERDUE');

-- The warning board: warned obligations by area prefix, newest due first.
CREATE INDEX obligation_board ON obligation (area_code text_pattern_ops, due_at DESC)
  WHERE level <> 'NONE';

CREATE INDEX obligation_by_subject ON obligation (subject_type, subject_id);

-- Each warning exists once: the unique constraint makes a second sweeper's insert a no-op.
CREATE TABLE obligation_warning
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  obligation_id BIGINT      NOT NULL REFERENCES obligation (id),
  level         TEXT        NOT NULL CHECK (level IN ('REMINDER', 'YELLOW', 'ORANGE', 'RED')),
  issued_at     TIMESTAMPTZ NOT NULL,
  due_at        TIMESTAMPTZ NOT NULL,
  CONSTRAINT obligation_warning_once UNIQUE (obligation_id, level)
);
REVOKE UPDATE, DELETE, TRUNCATE ON obligation_warning FROM ${app_role};

-- What each organisation and each authority (by area) is told.
CREATE TABLE obligation_inbox_item
(
  id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  obligation_id          BIGINT      NOT NULL REFERENCES obligation (id),
  warning_id             BIGINT REFERENCES obligation_warning (id),
  kind                   TEXT        NOT NULL CHECK (kind IN ('REMINDER', 'YELLOW', 'ORANGE', 'RED', 'DEADLINE_MOVED')),
  recipient_organisation BIGINT,
  recipient_area         TEXT CHECK (recipient_area ~ '^[1-9][0-9]{5}$'),
  due_at                 TIMESTAMPTZ NOT NULL,
  previous_due_at        TIMESTAMPTZ,
  created_at             TIMESTAMPTZ NOT NULL,
  read_at                TIMESTAMPTZ,
  CONSTRAINT obligation_inbox_one_recipient CHECK (num_nonnulls(recipient_organisation, recipient_area) = 1),
  CONSTRAINT obligation_inbox_warning_or_move CHECK ((warning_id IS NULL) = (kind = 'DEADLINE_MOVED'))
);
CREATE UNIQUE INDEX obligation_inbox_once_per_organisation ON obligation_inbox_item (warning_id, recipient_organisation)
  WHERE warning_id IS NOT NULL AND recipient_organisation IS NOT NULL;
CREATE UNIQUE INDEX obligation_inbox_once_per_area ON obligation_inbox_item (warning_id, recipient_area)
  WHERE warning_id IS NOT NULL AND recipient_area IS NOT NULL;
CREATE INDEX obligation_inbox_by_organisation ON obligation_inbox_item (recipient_organisation, created_at DESC)
  WHERE recipient_organisation IS NOT NULL;
CREATE INDEX obligation_inbox_by_area ON obligation_inbox_item (recipient_area, created_at DESC)
  WHERE recipient_area IS NOT NULL;
