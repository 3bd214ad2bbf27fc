-- Surveys. The content (title, introduction, questions in up to three languages) is JSON.
CREATE TABLE surveys (
    id             BIGSERIAL PRIMARY KEY,
    definition     TEXT    NOT NULL,
    opens_at       BIGINT  NOT NULL,
    closes_at      BIGINT  NOT NULL,
    audience       TEXT    NOT NULL,
    districts      TEXT    NOT NULL DEFAULT '',
    anonymous      BIGINT  NOT NULL,
    public_results BIGINT  NOT NULL,
    created_by     BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);

-- Stored answers. In an anonymous survey: no account, no code, no address and no time finer
-- than the day. The id is random. (PostgreSQL keeps rows in heap order, which only the
-- database superuser sees; CLUSTER survey_responses USING survey_responses_pkey reorders
-- them by the random id.)
CREATE TABLE survey_responses (
    id        TEXT    NOT NULL PRIMARY KEY,
    survey_id BIGINT  NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    day       TEXT    NOT NULL,
    district  BIGINT,
    user_id   BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    answers   TEXT    NOT NULL
);
CREATE INDEX survey_responses_survey ON survey_responses(survey_id);

-- Who has answered (a hash of the account, code or draft), kept apart from the answers:
-- nothing in it (no time, no order, no id) joins it to a response.
CREATE TABLE survey_participants (
    survey_id BIGINT  NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    who       TEXT    NOT NULL,
    PRIMARY KEY (survey_id, who)
);

CREATE TABLE survey_code_batches (
    id         BIGSERIAL PRIMARY KEY,
    survey_id  BIGINT  NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    size       BIGINT  NOT NULL,
    created_by BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT  NOT NULL
);

CREATE TABLE survey_codes (
    survey_id BIGINT  NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    code      TEXT    NOT NULL,
    batch_id  BIGINT  NOT NULL REFERENCES survey_code_batches(id) ON DELETE CASCADE,
    used      BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (survey_id, code)
);
CREATE INDEX survey_codes_batch ON survey_codes(batch_id);

-- Answers in progress: "u:<account id>" (resume later, any device) or "c:<hash of the
-- draft cookie>" (this browser only; removed after a few hours, for kiosks).
CREATE TABLE survey_drafts (
    owner      TEXT    NOT NULL,
    survey_id  BIGINT  NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    answers    TEXT    NOT NULL,
    code       TEXT,
    updated_at BIGINT  NOT NULL,
    PRIMARY KEY (owner, survey_id)
);
CREATE INDEX survey_drafts_updated ON survey_drafts(updated_at);

-- Text answers a clerk has hidden from the results (personal data, abuse).
CREATE TABLE survey_hidden_answers (
    survey_id   BIGINT  NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    response_id TEXT    NOT NULL,
    question    TEXT    NOT NULL,
    hidden_by   BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (response_id, question)
);
CREATE INDEX survey_hidden_survey ON survey_hidden_answers(survey_id);
