-- Registration is confirmed by e-mail: the same answer whether the address is new or not.
CREATE TABLE pending_registrations (
    token_hash    TEXT    PRIMARY KEY,
    email         TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    display_name  TEXT    NOT NULL,
    district      INTEGER NOT NULL,
    language      TEXT    NOT NULL,
    contrast      TEXT    NOT NULL,
    text_size     TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL
);
CREATE INDEX pending_registrations_expiry ON pending_registrations(expires_at);

-- Outgoing mail, sent by a background job (any instance), kept for a while after sending.
CREATE TABLE mail_outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    to_addr     TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX mail_outbox_unsent ON mail_outbox(sent_at);
