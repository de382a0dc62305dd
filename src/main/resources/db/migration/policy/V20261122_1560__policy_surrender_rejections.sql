-- The local authority's rejections of surrender applications (R-POL-7), kept so the contractor sees why.
CREATE TABLE policy_surrender_rejection (
  id          BIGSERIAL PRIMARY KEY,
  policy_id   BIGINT NOT NULL REFERENCES policy (id),
  rejected_by BIGINT NOT NULL,
  reason      TEXT NOT NULL,
  rejected_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX policy_surrender_rejection_policy ON policy_surrender_rejection (policy_id, rejected_at DESC);
