-- Public consultations (Kraków's rules, resolution CXI/2904/18). Dates are Kraków days
-- ('YYYY-MM-DD'); the portal moves a consultation through its phases by itself.
CREATE TABLE con_consultations (
    id               BIGSERIAL PRIMARY KEY,
    title            TEXT    NOT NULL,
    summary          TEXT    NOT NULL DEFAULT '',
    easy_summary     TEXT    NOT NULL DEFAULT '',
    topic            TEXT    NOT NULL,          -- transport | greenery | planning | …
    districts        TEXT    NOT NULL DEFAULT '[]', -- JSON array of district numbers; [] = the whole city
    department       TEXT    NOT NULL DEFAULT '',
    contact          TEXT    NOT NULL DEFAULT '',
    moderation       TEXT    NOT NULL DEFAULT 'after', -- before | after
    forms            TEXT    NOT NULL DEFAULT '[]',    -- JSON array of form codes
    verified_only    BIGINT  NOT NULL DEFAULT 0,       -- one voice per verified person, not per account
    information_from TEXT    NOT NULL,
    opens            TEXT    NOT NULL,
    closes           TEXT    NOT NULL,
    answers_by       TEXT    NOT NULL,
    report_by        TEXT    NOT NULL,
    published        BIGINT  NOT NULL DEFAULT 0,
    report_published BIGINT  NOT NULL DEFAULT 0,
    created_by       BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    created_at       BIGINT  NOT NULL
);

-- The document, section by section; `anchor` is the address a link points to (#anchor).
CREATE TABLE con_sections (
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    position        BIGINT  NOT NULL,
    anchor          TEXT    NOT NULL,
    heading         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    PRIMARY KEY (consultation_id, position)
);

-- Statements of the opinion map (at most 280 characters), by residents or the organiser.
CREATE TABLE con_statements (
    id              BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    author_id       BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    by_organiser    BIGINT  NOT NULL DEFAULT 0,
    text            TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'published', -- published | waiting | held | hidden
    hide_reason     TEXT,
    created_at      BIGINT  NOT NULL
);
CREATE INDEX con_statements_consultation ON con_statements(consultation_id, id);

-- One vote per participant and statement (the primary key makes a second one impossible).
-- A participant is 'a:<account id>', or a keyed hash of the person where the consultation
-- counts verified people, or 'gen:<n>' for generated demo participants.
CREATE TABLE con_votes (
    statement_id    BIGINT  NOT NULL REFERENCES con_statements(id) ON DELETE CASCADE,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    participant     TEXT    NOT NULL,
    vote            BIGINT  NOT NULL, -- 1 agree, -1 disagree, 0 pass
    created_at      BIGINT  NOT NULL,
    PRIMARY KEY (statement_id, participant)
);
CREATE INDEX con_votes_consultation ON con_votes(consultation_id, participant);

-- The last opinion map computed in the background, served until the next one is ready.
CREATE TABLE con_maps (
    consultation_id BIGINT  PRIMARY KEY REFERENCES con_consultations(id) ON DELETE CASCADE,
    votes           BIGINT  NOT NULL DEFAULT -1, -- the number of votes it was computed from
    computed_at     BIGINT  NOT NULL DEFAULT 0,
    claimed_until   BIGINT  NOT NULL DEFAULT 0,  -- an instance computing it holds it until then
    result          TEXT,                         -- JSON (MapSummary); NULL before the first
    groups          TEXT                          -- JSON [[participant, group], …]: server only, for the open-data export
);
