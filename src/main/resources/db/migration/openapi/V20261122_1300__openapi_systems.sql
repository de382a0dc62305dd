-- Insurer systems that call /open/v1 and the keys they sign with (two may be active during rotation).
CREATE TABLE openapi_system (
    id             BIGSERIAL PRIMARY KEY,
    app_id         VARCHAR(40)  NOT NULL UNIQUE,
    insurer_id     BIGINT       NOT NULL,
    insurer_area   VARCHAR(6)   NOT NULL,
    name           VARCHAR(100) NOT NULL,
    webhook_url    VARCHAR(500),
    webhook_secret BYTEA,
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(100) NOT NULL
);
CREATE INDEX openapi_system_insurer ON openapi_system (insurer_id);

CREATE TABLE openapi_key (
    id          BIGSERIAL PRIMARY KEY,
    system_id   BIGINT      NOT NULL REFERENCES openapi_system (id),
    kind        VARCHAR(8)  NOT NULL CHECK (kind IN ('HMAC', 'ECDSA')),
    secret      BYTEA,
    public_key  BYTEA,
    created_at  TIMESTAMPTZ NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    revoked_at  TIMESTAMPTZ,
    CHECK ((kind = 'HMAC' AND secret IS NOT NULL) OR (kind = 'ECDSA' AND public_key IS NOT NULL))
);
CREATE INDEX openapi_key_active ON openapi_key (system_id) WHERE revoked_at IS NULL;

-- A nonce is accepted once; rows are kept until the timestamp window has passed.
CREATE TABLE openapi_nonce (
    app_id     VARCHAR(40)  NOT NULL,
    nonce      VARCHAR(64)  NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (app_id, nonce)
);
CREATE INDEX openapi_nonce_expiry ON openapi_nonce (expires_at);

-- The first answer to a POST with an Idempotency-Key, replayed for the same key and body.
CREATE TABLE openapi_idempotency (
    app_id        VARCHAR(40)  NOT NULL,
    idem_key      VARCHAR(100) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(100),
    body          BYTEA,
    created_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (app_id, idem_key)
);
CREATE INDEX openapi_idempotency_age ON openapi_idempotency (created_at);

-- Events for insurers' systems (the pull cursor is the id) and their webhook deliveries (the outbox).
CREATE TABLE openapi_event (
    id          BIGSERIAL PRIMARY KEY,
    event_id    UUID         NOT NULL UNIQUE,
    insurer_id  BIGINT       NOT NULL,
    type        VARCHAR(60)  NOT NULL,
    source_key  VARCHAR(120) NOT NULL UNIQUE,
    payload     TEXT         NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX openapi_event_insurer ON openapi_event (insurer_id, id);

CREATE TABLE openapi_delivery (
    id              BIGSERIAL PRIMARY KEY,
    event_id        BIGINT       NOT NULL REFERENCES openapi_event (id),
    system_id       BIGINT       NOT NULL REFERENCES openapi_system (id),
    status          VARCHAR(12)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'GAVE_UP')),
    created_at      TIMESTAMPTZ  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    last_result     VARCHAR(200),
    delivered_at    TIMESTAMPTZ,
    UNIQUE (event_id, system_id)
);
CREATE INDEX openapi_delivery_due ON openapi_delivery (next_attempt_at) WHERE status = 'PENDING';
