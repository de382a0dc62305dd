-- Sign-in accounts. organisation_id refers to the organisation table of the directory module;
-- its foreign key is added when both branches are merged.
CREATE TABLE account
(
  id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version             BIGINT       NOT NULL DEFAULT 0,
  username            VARCHAR(64)  NOT NULL,
  display_name        VARCHAR(128) NOT NULL,
  password_hash       VARCHAR(255) NOT NULL,
  role                VARCHAR(32)  NOT NULL,
  organisation_id     BIGINT       NOT NULL,
  area_code           VARCHAR(6)   NOT NULL CHECK (area_code ~ '^[1-9][0-9]{5}$'),
  enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_attempts     INT          NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until        TIMESTAMP WITH TIME ZONE,
  totp_secret         BYTEA,
  totp_enrolled       BOOLEAN      NOT NULL DEFAULT FALSE,
  totp_last_step      BIGINT,
  password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT account_username_uq UNIQUE (username),
  CONSTRAINT account_username_lower CHECK (username = lower(username)),
  CONSTRAINT account_enrolled_has_secret CHECK (NOT totp_enrolled OR totp_secret IS NOT NULL)
);
CREATE INDEX account_organisation_idx ON account (organisation_id);
CREATE INDEX account_area_idx ON account (area_code varchar_pattern_ops);

COMMENT ON COLUMN account.totp_secret IS 'TOTP secret, AES-GCM encrypted (12-byte IV || ciphertext+tag), bound to the account id';
