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
