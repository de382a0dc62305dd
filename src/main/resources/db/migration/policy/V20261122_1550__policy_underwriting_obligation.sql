-- The obligations opened for a policy (R-POL-2 underwriting, R-POL-6 renewal window), so pages show their
-- stored deadlines.
ALTER TABLE policy ADD COLUMN underwriting_obligation BIGINT;
ALTER TABLE policy ADD COLUMN renewal_obligation BIGINT;
