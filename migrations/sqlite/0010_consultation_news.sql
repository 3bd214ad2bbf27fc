-- News that reaches people: what a resident follows (districts, topics or everything) and
-- how they want to hear (a daily digest by default, at once, or only in the portal); the
-- timeline events already announced, each once; which notices went out by e-mail; and the
-- one-click unsubscribe address of a queued message (List-Unsubscribe, RFC 8058).
CREATE TABLE con_follows (
    account_id      INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    districts       TEXT    NOT NULL DEFAULT '[]', -- JSON array of district numbers
    topics          TEXT    NOT NULL DEFAULT '[]', -- JSON array of topic codes
    everything      INTEGER NOT NULL DEFAULT 0,
    delivery        TEXT    NOT NULL DEFAULT 'daily', -- daily | at-once | portal-only
    last_digest     TEXT,                          -- the Kraków day the last digest went out
    updated_at      INTEGER NOT NULL
);

-- An event of a consultation's timeline (opened, closing-soon, report-published), claimed
-- by the one instance that announces it: the primary key makes a second announcement impossible.
CREATE TABLE con_events (
    consultation_id INTEGER NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,
    at              INTEGER NOT NULL,
    PRIMARY KEY (consultation_id, kind)
);

ALTER TABLE con_notices ADD COLUMN mailed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX con_notices_unmailed ON con_notices(mailed, account_id);

ALTER TABLE mail_outbox ADD COLUMN unsubscribe TEXT;
