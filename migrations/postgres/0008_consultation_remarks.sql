-- Remarks on a consultation's document (on the whole of it or on one section), supports,
-- reports, the public moderation log, and what the portal has to tell a resident.
-- Answers: one per remark or statement, or one for a group of them on the same matter
-- (each then shows the group's answer). A justification always.
CREATE TABLE con_answers (
    id              BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    verdict         TEXT    NOT NULL, -- accepted | partly-accepted | not-accepted | not-applicable | already-covered
    justification   TEXT    NOT NULL,
    answered_by     BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    created_at      BIGINT  NOT NULL
);
ALTER TABLE con_statements ADD COLUMN answer_id BIGINT  REFERENCES con_answers(id) ON DELETE SET NULL;

-- The final report, written in the portal; published with the consultation
-- (con_consultations.report_published).
CREATE TABLE con_final_reports (
    consultation_id BIGINT  PRIMARY KEY REFERENCES con_consultations(id) ON DELETE CASCADE,
    summary         TEXT    NOT NULL DEFAULT '',
    changes         TEXT    NOT NULL DEFAULT '', -- what changed in the decision
    written_by      BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    published_at    BIGINT 
);

CREATE TABLE con_remarks (
    id              BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    section         TEXT,                              -- the section's anchor; NULL: the whole document
    author_id       BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    channel         TEXT    NOT NULL DEFAULT 'portal', -- portal | paper | post | email
    entered_by      BIGINT  REFERENCES users(id) ON DELETE SET NULL, -- the clerk who typed in a paper or e-mail remark
    text            TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'published', -- waiting | published | held | hidden
    hide_reason     TEXT,                              -- personal-data | offensive | off-topic | duplicate
    confirmed       BIGINT  NOT NULL DEFAULT 0,        -- a clerk published it after reports: reports no longer hold it
    supports        BIGINT  NOT NULL DEFAULT 0,        -- kept equal to its rows in con_supports
    created_at      BIGINT  NOT NULL,
    edited_at       BIGINT ,
    answer_id       BIGINT  REFERENCES con_answers(id) ON DELETE SET NULL
);
CREATE INDEX con_remarks_newest ON con_remarks(consultation_id, id);
CREATE INDEX con_remarks_supported ON con_remarks(consultation_id, supports, id);
CREATE INDEX con_remarks_author ON con_remarks(author_id);

-- One support per account and remark (the primary key makes a second one impossible).
CREATE TABLE con_supports (
    remark_id  BIGINT  NOT NULL REFERENCES con_remarks(id) ON DELETE CASCADE,
    account_id BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT  NOT NULL,
    PRIMARY KEY (remark_id, account_id)
);

-- One report per account and remark; three from different residents hold the remark.
CREATE TABLE con_reports (
    remark_id  BIGINT  NOT NULL REFERENCES con_remarks(id) ON DELETE CASCADE,
    account_id BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT  NOT NULL,
    PRIMARY KEY (remark_id, account_id)
);

-- The public moderation log: what happened to which remark, why and when (never who
-- wrote it; the clerk is kept for the office, not shown).
CREATE TABLE con_moderation_log (
    id              BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    remark_id       BIGINT  REFERENCES con_remarks(id) ON DELETE SET NULL,
    action          TEXT    NOT NULL,  -- published | hidden | held
    reason          TEXT,
    clerk_id        BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    at              BIGINT  NOT NULL
);
CREATE INDEX con_moderation_log_consultation ON con_moderation_log(consultation_id, id);

-- What the portal tells a resident about consultations (their remark published, hidden or
-- answered; later: consultations they follow), read in the portal and sent by e-mail.
CREATE TABLE con_notices (
    id              BIGSERIAL PRIMARY KEY,
    account_id      BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    remark_id       BIGINT  REFERENCES con_remarks(id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,  -- remark-published | remark-hidden | remark-held | …
    reason          TEXT,
    created_at      BIGINT  NOT NULL,
    read_at         BIGINT 
);
CREATE INDEX con_notices_account ON con_notices(account_id, id);

-- Extensions of a consultation, each with its reason (at most 60 days in all).
CREATE TABLE con_extensions (
    id              BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    old_closes      TEXT    NOT NULL,
    new_closes      TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    extended_by     BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    at              BIGINT  NOT NULL
);
