-- Accounts, sessions, throttling, one-shot flash messages, audit log and jobs.
-- Times are Unix seconds (BIGINT), so the same SQL runs on SQLite and PostgreSQL.
CREATE TABLE users (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    display_name  TEXT    NOT NULL,
    district      BIGINT NOT NULL CHECK (district BETWEEN 1 AND 18),
    role          TEXT    NOT NULL DEFAULT 'resident' CHECK (role IN ('resident', 'clerk', 'admin')),
    language      TEXT    NOT NULL DEFAULT 'pl',
    contrast      TEXT    NOT NULL DEFAULT 'standard',
    text_size     TEXT    NOT NULL DEFAULT 'standard',
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash  TEXT    PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    last_seen   BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expiry ON sessions(expires_at);

CREATE TABLE throttle (
    bucket       TEXT    PRIMARY KEY,
    failures     BIGINT NOT NULL,
    window_start BIGINT NOT NULL
);

CREATE TABLE flashes (
    id         TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    payload    TEXT    NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (id, kind)
);

CREATE TABLE audit_log (
    id         BIGSERIAL PRIMARY KEY,
    at         BIGINT NOT NULL,
    actor_id   BIGINT,
    action     TEXT    NOT NULL,
    subject_id BIGINT,
    detail     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_subject ON audit_log(subject_id);

CREATE TABLE jobs (
    name        TEXT    PRIMARY KEY,
    locked_until BIGINT NOT NULL DEFAULT 0,
    last_run    BIGINT NOT NULL DEFAULT 0
);
