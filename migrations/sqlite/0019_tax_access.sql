-- Issue 14, continued. Who looked at a taxpayer's data: every view by a tax clerk, kept for
-- the resident to read (the clerk's name is copied, so it stays when the account goes).
-- The tax clerk's role itself is added by platform::db::sqlite_roles on SQLite (a CHECK
-- constraint changes only by rebuilding the table, outside the migration's transaction).
CREATE TABLE tax_views (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    payer_id    INTEGER NOT NULL REFERENCES tax_payers(id) ON DELETE CASCADE,
    viewer_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    viewer_name TEXT NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX tax_views_payer ON tax_views(payer_id, at);
CREATE INDEX tax_views_viewer ON tax_views(viewer_id);

-- Reminders before due days: on unless the resident turned them off (a row here).
CREATE TABLE tax_reminders_off (
    account_id INTEGER NOT NULL PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    at         INTEGER NOT NULL
);

-- A reminder mailed for a taxpayer's due day: once (the key), however many instances run.
CREATE TABLE tax_reminders_sent (
    account_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    payer_id   INTEGER NOT NULL REFERENCES tax_payers(id) ON DELETE CASCADE,
    due        TEXT    NOT NULL, -- YYYY-MM-DD
    at         INTEGER NOT NULL,
    PRIMARY KEY (account_id, payer_id, due)
);
