-- District referenda: a question for the residents of one or more districts.
CREATE TABLE ref_referenda (
    id          BIGSERIAL PRIMARY KEY,
    title       TEXT    NOT NULL,
    question    TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL, -- yes-no | choice
    options     TEXT    NOT NULL, -- JSON array of the answers, in order
    districts   TEXT    NOT NULL, -- JSON array of district numbers
    opens_at    BIGINT  NOT NULL,
    closes_at   BIGINT  NOT NULL,
    electorate  BIGINT  NOT NULL, -- residents entitled to vote, from the register (turnout)
    quorum      BIGINT,          -- turnout in per cent needed for a binding result; NULL: none
    created_by  BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    created_at  BIGINT  NOT NULL
);

-- The secret vote: only counts per district and answer, no rows per person.
CREATE TABLE ref_tally (
    referendum_id BIGINT  NOT NULL REFERENCES ref_referenda(id) ON DELETE CASCADE,
    district      BIGINT  NOT NULL,
    answer        BIGINT  NOT NULL,
    votes         BIGINT  NOT NULL,
    PRIMARY KEY (referendum_id, district, answer)
);

-- Who has voted: a keyed hash of the person (as in the budget), and the account; nothing
-- that could be joined to an answer.
CREATE TABLE ref_voters (
    referendum_id BIGINT  NOT NULL REFERENCES ref_referenda(id) ON DELETE CASCADE,
    identity      TEXT    NOT NULL,
    account_id    BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (referendum_id, identity)
);
CREATE UNIQUE INDEX ref_voters_account ON ref_voters(referendum_id, account_id);
