-- Issue 14, continued: the tax clerk's role, who looked at a taxpayer's data (kept for the
-- resident to read; the clerk's name is copied, so it stays when the account goes) and
-- reminders before due days.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('resident', 'clerk', 'admin', 'inspector', 'tax_clerk'));

CREATE TABLE tax_views (
    id          BIGSERIAL PRIMARY KEY,
    payer_id    BIGINT NOT NULL REFERENCES tax_payers(id) ON DELETE CASCADE,
    viewer_id   BIGINT REFERENCES users(id) ON DELETE SET NULL,
    viewer_name TEXT NOT NULL,
    at          BIGINT NOT NULL
);
CREATE INDEX tax_views_payer ON tax_views(payer_id, at);
CREATE INDEX tax_views_viewer ON tax_views(viewer_id);

-- Reminders before due days: on unless the resident turned them off (a row here).
CREATE TABLE tax_reminders_off (
    account_id BIGINT NOT NULL PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    at         BIGINT NOT NULL
);

-- A reminder mailed for a taxpayer's due day: once (the key), however many instances run.
CREATE TABLE tax_reminders_sent (
    account_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    payer_id   BIGINT NOT NULL REFERENCES tax_payers(id) ON DELETE CASCADE,
    due        TEXT   NOT NULL,
    at         BIGINT NOT NULL,
    PRIMARY KEY (account_id, payer_id, due)
);
