-- Accounts, sessions, throttling, one-shot flash messages, audit log and jobs.
-- Times are Unix seconds (INTEGER), so the same SQL runs on SQLite and PostgreSQL.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    display_name  TEXT    NOT NULL,
    district      INTEGER NOT NULL CHECK (district BETWEEN 1 AND 18),
    role          TEXT    NOT NULL DEFAULT 'resident' CHECK (role IN ('resident', 'clerk', 'admin')),
    language      TEXT    NOT NULL DEFAULT 'pl',
    contrast      TEXT    NOT NULL DEFAULT 'standard',
    text_size     TEXT    NOT NULL DEFAULT 'standard',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE sessions (
    token_hash  TEXT    PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expiry ON sessions(expires_at);

CREATE TABLE throttle (
    bucket       TEXT    PRIMARY KEY,
    failures     INTEGER NOT NULL,
    window_start INTEGER NOT NULL
);

CREATE TABLE flashes (
    id         TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    payload    TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (id, kind)
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    actor_id   INTEGER,
    action     TEXT    NOT NULL,
    subject_id INTEGER,
    detail     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_subject ON audit_log(subject_id);

CREATE TABLE jobs (
    name        TEXT    PRIMARY KEY,
    locked_until INTEGER NOT NULL DEFAULT 0,
    last_run    INTEGER NOT NULL DEFAULT 0
);
