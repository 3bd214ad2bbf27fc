-- Keys leave the database they protect (platform/keys.rs): the identity key older versions
-- kept here is moved to the key file at start-up, before this migration drops the table.
-- What stays is a fingerprint per key, so that an instance with other keys refuses to start.
DROP TABLE server_keys;
CREATE TABLE key_fingerprints (
    name        TEXT NOT NULL PRIMARY KEY,
    fingerprint TEXT NOT NULL
);

-- Which client (address) made a flash: one address may keep only a few at a time.
ALTER TABLE flashes ADD COLUMN client TEXT NOT NULL DEFAULT '';
CREATE INDEX flashes_client ON flashes(client, created_at);

-- Anonymous survey responses wait here, written in the same transaction as the
-- participation, and are moved to survey_responses in shuffled batches (of at least five, or
-- all at the close) by another transaction: no system column (xmin), order or time joins a
-- response to the participation written with it.
CREATE TABLE survey_response_queue (
    id        TEXT    NOT NULL PRIMARY KEY,
    survey_id BIGINT  NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    day       TEXT    NOT NULL,
    district  BIGINT,
    answers   TEXT    NOT NULL
);
CREATE INDEX survey_response_queue_survey ON survey_response_queue(survey_id);

-- A ballot's link to its voter keeps only what the one-ballot rule and the receipt need:
-- not the exact time it was cast (the ballot keeps the day).
ALTER TABLE bo_voters DROP COLUMN cast_at;

-- Sessions a resident can see and end one by one: a public id (not the token) and a coarse
-- device label ("Firefox, Android") from the browser's User-Agent.
ALTER TABLE sessions ADD COLUMN public_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN device TEXT NOT NULL DEFAULT '';
UPDATE sessions SET public_id = substr(token_hash, 1, 16);

-- Password reset and change of e-mail address: single-use links, stored as hashes.
CREATE TABLE password_resets (
    token_hash TEXT    NOT NULL PRIMARY KEY,
    user_id    BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX password_resets_user ON password_resets(user_id);
CREATE TABLE email_changes (
    token_hash TEXT    NOT NULL PRIMARY KEY,
    user_id    BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    new_email  TEXT    NOT NULL,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX email_changes_user ON email_changes(user_id);

-- Pools waiting to be counted by the counting job (never inside a request): one row per
-- pool however many visitors asked; `claimed_until` is the lease of the instance counting.
CREATE TABLE bo_count_queue (
    pool_id       BIGINT NOT NULL PRIMARY KEY REFERENCES bo_pools(id) ON DELETE CASCADE,
    claimed_until BIGINT NOT NULL
);

-- Verified residents (identity/): an account is bound to one person and a person to one
-- account, through a keyed hash of the PESEL (or, recorded by a clerk only, birth date, sex
-- and document), never the number itself. `masked` keeps the last four characters so that
-- the resident recognises it.
CREATE TABLE identities (
    account_id       BIGINT NOT NULL PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    identity         TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL, -- pesel | document
    masked           TEXT NOT NULL,
    level            TEXT NOT NULL, -- declared | verified
    verified_by      BIGINT REFERENCES users(id) ON DELETE SET NULL,
    verified_by_name TEXT NOT NULL DEFAULT '',
    office           TEXT NOT NULL DEFAULT '',
    verified_at      BIGINT,
    created_at       BIGINT NOT NULL
);
-- Verified addresses with the day each holds from: a referendum's eligibility is the
-- district held when its voting opened.
CREATE TABLE identity_addresses (
    account_id  BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    district    BIGINT NOT NULL,
    valid_from  BIGINT NOT NULL,
    recorded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, valid_from)
);
