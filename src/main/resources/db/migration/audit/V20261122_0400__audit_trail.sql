-- The audit trail: append-only, hash-chained. Each record carries the SHA-256 of its predecessor;
-- the head row holds the last sequence number and hash, is the lock that serialises appends across
-- application nodes, and lets verification notice a removed or forged last record.
CREATE TABLE audit_record
(
  sequence_no    BIGINT      NOT NULL PRIMARY KEY CHECK (sequence_no > 0),
  occurred_at    TIMESTAMPTZ NOT NULL,
  actor          TEXT        NOT NULL,
  source_address TEXT,
  action         TEXT        NOT NULL,
  object_type    TEXT,
  object_id      TEXT,
  outcome        TEXT        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
  detail         TEXT,
  previous_hash  VARCHAR(64) NOT NULL,
  hash           VARCHAR(64) NOT NULL
);
CREATE INDEX audit_record_occurred_at_idx ON audit_record (occurred_at);
CREATE INDEX audit_record_actor_idx ON audit_record (actor, sequence_no);
CREATE INDEX audit_record_action_idx ON audit_record (action, sequence_no);

CREATE TABLE audit_chain_head
(
  id            SMALLINT    NOT NULL PRIMARY KEY CHECK (id = 1),
  last_sequence BIGINT      NOT NULL CHECK (last_sequence >= 0),
  last_hash     VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash) VALUES (1, 0, repeat('0', 64));

-- Nobody, the superuser included, changes or removes a record while the triggers are enabled.
CREATE FUNCTION audit_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'audit records are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_record_append_only
  BEFORE UPDATE OR DELETE ON audit_record
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_record_no_truncate
  BEFORE TRUNCATE ON audit_record
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_head_kept
  BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_head_no_truncate
  BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The application may read and append records and move the head; nothing else.
REVOKE ALL ON audit_record, audit_chain_head FROM ${app_role};
GRANT SELECT, INSERT ON audit_record TO ${app_role};
GRANT SELECT, UPDATE ON audit_chain_head TO ${app_role};
