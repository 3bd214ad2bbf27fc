-- Participatory budget (Budżet Obywatelski). Money in grosze, times in unix seconds.
CREATE TABLE bo_editions (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT    NOT NULL,
    submission_opens  INTEGER NOT NULL,
    submission_closes INTEGER NOT NULL,
    voting_opens      INTEGER NOT NULL,
    voting_closes     INTEGER NOT NULL,
    results_at        INTEGER NOT NULL,
    ballot_rule       TEXT    NOT NULL, -- JSON rules::BallotRule
    counting          TEXT    NOT NULL, -- JSON: the official rule and its options
    simulation        INTEGER NOT NULL DEFAULT 0, -- imported from pabulib to simulate counts
    source            TEXT    NOT NULL DEFAULT '',
    created_by        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at        INTEGER NOT NULL
);

-- The city-wide pool (district NULL) and one pool per district.
CREATE TABLE bo_pools (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    edition_id INTEGER NOT NULL REFERENCES bo_editions(id) ON DELETE CASCADE,
    district   INTEGER,
    name       TEXT    NOT NULL,
    budget     INTEGER NOT NULL
);
CREATE INDEX bo_pools_edition ON bo_pools(edition_id);

CREATE TABLE bo_projects (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    edition_id    INTEGER NOT NULL REFERENCES bo_editions(id) ON DELETE CASCADE,
    pool_id       INTEGER NOT NULL REFERENCES bo_pools(id) ON DELETE CASCADE,
    number        TEXT    NOT NULL, -- shown, exported as pabulib project_id
    title         TEXT    NOT NULL,
    description   TEXT    NOT NULL DEFAULT '',
    cost          INTEGER NOT NULL,
    category      TEXT    NOT NULL DEFAULT '',
    address       TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL, -- submitted | accepted | rejected | appealed | withdrawn
    reason        TEXT    NOT NULL DEFAULT '',
    appeal        TEXT    NOT NULL DEFAULT '',
    appeal_reason TEXT    NOT NULL DEFAULT '',
    author_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    verified_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    UNIQUE (edition_id, number)
);
CREATE INDEX bo_projects_pool ON bo_projects(pool_id);

CREATE TABLE bo_points (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    edition_id INTEGER NOT NULL REFERENCES bo_editions(id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    address    TEXT    NOT NULL DEFAULT '',
    district   INTEGER
);

-- A ballot: its choices in every pool, how it was cast and the voter's district (turnout).
-- The day only, no time.
CREATE TABLE bo_ballots (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    edition_id INTEGER NOT NULL REFERENCES bo_editions(id) ON DELETE CASCADE,
    receipt    TEXT    NOT NULL UNIQUE,
    channel    TEXT    NOT NULL, -- online | paper
    point_id   INTEGER REFERENCES bo_points(id) ON DELETE SET NULL,
    district   INTEGER,
    day        TEXT    NOT NULL
);
CREATE INDEX bo_ballots_edition ON bo_ballots(edition_id);

CREATE TABLE bo_choices (
    ballot_id  INTEGER NOT NULL REFERENCES bo_ballots(id) ON DELETE CASCADE,
    pool_id    INTEGER NOT NULL REFERENCES bo_pools(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES bo_projects(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    points     INTEGER NOT NULL,
    PRIMARY KEY (ballot_id, project_id)
);
CREATE INDEX bo_choices_pool ON bo_choices(pool_id, ballot_id);

-- One ballot per person per edition, online or on paper: a keyed hash (HMAC-SHA-256 with
-- the server's identity key) of the PESEL or of birth date, sex and document — never the
-- PESEL itself.
CREATE TABLE bo_voters (
    edition_id INTEGER NOT NULL REFERENCES bo_editions(id) ON DELETE CASCADE,
    identity   TEXT    NOT NULL,
    ballot_id  INTEGER NOT NULL REFERENCES bo_ballots(id) ON DELETE CASCADE,
    account_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    entered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    cast_at    INTEGER NOT NULL,
    PRIMARY KEY (edition_id, identity)
);
-- One online ballot per account too (paper ballots have no account).
CREATE UNIQUE INDEX bo_voters_account ON bo_voters(edition_id, account_id);

-- Secrets the server makes for itself on first use (the identity key).
CREATE TABLE server_keys (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

-- Counted results per pool, kept while the ballots and options they were counted from stay
-- the same (`key`); Equal Shares with completion takes about a second on a large pool.
CREATE TABLE bo_counts (
    pool_id INTEGER NOT NULL PRIMARY KEY REFERENCES bo_pools(id) ON DELETE CASCADE,
    key     TEXT    NOT NULL,
    result  TEXT    NOT NULL
);
