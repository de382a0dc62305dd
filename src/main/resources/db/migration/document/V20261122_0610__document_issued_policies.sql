-- Issued e-policies (R-POL-5): the signed PDF exactly as issued, with its SHA-256. Immutable: the
-- application role may only read and insert, and a trigger refuses any change even to the owner.
CREATE TABLE issued_policy_document
(
  id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number                  TEXT          NOT NULL UNIQUE,
  verification_code       TEXT          NOT NULL,
  insurer_id              BIGINT        NOT NULL,
  insurer_name            TEXT          NOT NULL,
  area_code               CHAR(6)       NOT NULL,
  policyholder_name       TEXT          NOT NULL,
  project_name            TEXT          NOT NULL,
  sum_insured             NUMERIC(18,2) NOT NULL,
  period_start            DATE          NOT NULL,
  period_end              DATE          NOT NULL,
  content                 BYTEA         NOT NULL,
  sha256                  CHAR(64)      NOT NULL UNIQUE,
  signed_at               TIMESTAMPTZ   NOT NULL,
  signing_mode            TEXT          NOT NULL CHECK (signing_mode IN ('HOSTED', 'REMOTE')),
  certificate_id          BIGINT        NOT NULL,
  certificate_fingerprint CHAR(64)      NOT NULL
);
CREATE INDEX issued_policy_document_by_insurer ON issued_policy_document (insurer_id, signed_at);
REVOKE UPDATE, DELETE, TRUNCATE ON issued_policy_document FROM ${app_role};

CREATE FUNCTION issued_policy_document_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'issued policy documents are immutable (R-POL-5)';
END
$$;
CREATE TRIGGER issued_policy_document_no_change
  BEFORE UPDATE OR DELETE ON issued_policy_document
  FOR EACH ROW EXECUTE FUNCTION issued_policy_document_immutable();

-- Policies prepared for the insurer's own system to sign (remote signing). A row lives until the
-- signature is accepted (then the policy is issued and the row deleted) or it expires.
CREATE TABLE remote_signing_request
(
  id                UUID          PRIMARY KEY,
  number            TEXT          NOT NULL UNIQUE,
  verification_code TEXT          NOT NULL,
  insurer_id        BIGINT        NOT NULL,
  insurer_name      TEXT          NOT NULL,
  area_code         CHAR(6)       NOT NULL,
  policyholder_name TEXT          NOT NULL,
  project_name      TEXT          NOT NULL,
  sum_insured       NUMERIC(18,2) NOT NULL,
  period_start      DATE          NOT NULL,
  period_end        DATE          NOT NULL,
  prepared          BYTEA         NOT NULL,
  byte_range        BIGINT[]      NOT NULL,
  prepared_at       TIMESTAMPTZ   NOT NULL,
  expires_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX remote_signing_request_by_insurer ON remote_signing_request (insurer_id, prepared_at);

-- Policy numbers: one counter per prefecture, year and insurer; a number is never given twice.
CREATE TABLE policy_number_counter
(
  area_code  CHAR(6) NOT NULL,
  year       INT     NOT NULL,
  insurer_id BIGINT  NOT NULL,
  last_value BIGINT  NOT NULL,
  PRIMARY KEY (area_code, year, insurer_id)
);
