-- District referenda: a question for the residents of one or more districts.
CREATE TABLE ref_referenda (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT    NOT NULL,
    question    TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL, -- yes-no | choice
    options     TEXT    NOT NULL, -- JSON array of the answers, in order
    districts   TEXT    NOT NULL, -- JSON array of district numbers
    opens_at    INTEGER NOT NULL,
    closes_at   INTEGER NOT NULL,
    electorate  INTEGER NOT NULL, -- residents entitled to vote, from the register (turnout)
    quorum      INTEGER,          -- turnout in per cent needed for a binding result; NULL: none
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL
);

-- The secret vote: only counts per district and answer, no rows per person.
CREATE TABLE ref_tally (
    referendum_id INTEGER NOT NULL REFERENCES ref_referenda(id) ON DELETE CASCADE,
    district      INTEGER NOT NULL,
    answer        INTEGER NOT NULL,
    votes         INTEGER NOT NULL,
    PRIMARY KEY (referendum_id, district, answer)
);

-- Who has voted: a keyed hash of the person (as in the budget), and the account; nothing
-- that could be joined to an answer.
CREATE TABLE ref_voters (
    referendum_id INTEGER NOT NULL REFERENCES ref_referenda(id) ON DELETE CASCADE,
    identity      TEXT    NOT NULL,
    account_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (referendum_id, identity)
) WITHOUT ROWID;
CREATE UNIQUE INDEX ref_voters_account ON ref_voters(referendum_id, account_id);
