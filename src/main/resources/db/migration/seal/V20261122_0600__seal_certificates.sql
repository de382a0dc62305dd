-- Seal certificates an insurer signs e-policies with (R-POL-5): uploaded, or issued for a key the
-- platform holds for it (key_alias names the key in the hosted key store). A certificate belongs to
-- one insurer; it is never deleted, only revoked (with the time, so signatures made before stay valid).
CREATE TABLE seal_certificate
(
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  insurer_id        BIGINT      NOT NULL,
  fingerprint       CHAR(64)    NOT NULL UNIQUE,
  serial_number     TEXT        NOT NULL,
  subject           TEXT        NOT NULL,
  issuer            TEXT        NOT NULL,
  key_type          TEXT        NOT NULL,
  not_before        TIMESTAMPTZ NOT NULL,
  not_after         TIMESTAMPTZ NOT NULL,
  chain_der         BYTEA       NOT NULL,
  key_alias         TEXT UNIQUE,
  registered_at     TIMESTAMPTZ NOT NULL,
  revoked_at        TIMESTAMPTZ,
  revocation_reason TEXT,
  CHECK (not_before < not_after),
  CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX seal_certificate_by_insurer ON seal_certificate (insurer_id, registered_at);
REVOKE DELETE ON seal_certificate FROM ${app_role};
