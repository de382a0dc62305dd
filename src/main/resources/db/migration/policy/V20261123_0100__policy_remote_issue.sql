-- Applications whose policy was prepared for the insurer's own system to sign (R-POL-5, remote signing): the
-- underwriting result waits here until the document module accepts the signature, then the policy is issued.
CREATE TABLE policy_remote_issue
(
  request_id        UUID PRIMARY KEY,
  policy_id         BIGINT         NOT NULL UNIQUE REFERENCES policy (id),
  insurer_id        BIGINT         NOT NULL REFERENCES organisation (id),
  number            TEXT           NOT NULL UNIQUE,
  verification_code TEXT           NOT NULL,
  rate              NUMERIC(9, 8)  NOT NULL,
  premium           NUMERIC(18, 2) NOT NULL,
  cg_agreement      TEXT,
  cg_amount         NUMERIC(18, 2),
  cg_form_scope     TEXT,
  cg_start          DATE,
  cg_end            DATE,
  underwriter       TEXT           NOT NULL,
  prepared_at       TIMESTAMPTZ    NOT NULL
);
