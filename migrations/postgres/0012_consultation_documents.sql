-- Documents attached to a consultation. The file is kept on disk (KO_DOCUMENTS_DIR, by
-- default <data folder>/documents) under the SHA-256 of its content; its type was read from
-- the content when it was uploaded, never from its name.
CREATE TABLE con_documents (
    id              BIGSERIAL PRIMARY KEY,
    consultation_id BIGINT  NOT NULL REFERENCES con_consultations(id) ON DELETE CASCADE,
    title           TEXT    NOT NULL,
    kind            TEXT    NOT NULL, -- pdf | odt | ods | docx | xlsx | png | jpeg
    size            BIGINT  NOT NULL,
    sha256          TEXT    NOT NULL,
    created_by      BIGINT  REFERENCES users(id) ON DELETE SET NULL,
    created_at      BIGINT  NOT NULL
);
CREATE INDEX con_documents_consultation ON con_documents(consultation_id, id);
CREATE INDEX con_documents_sha256 ON con_documents(sha256);

-- The consultation's own texts in English and Ukrainian (Polish is in the columns):
-- JSON {"en": {"title", "summary", "easy_summary", "sections": [[heading, body], …]}, "uk": …}.
ALTER TABLE con_consultations ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';

-- The survey (made with the survey builder) that is one of the consultation's forms.
ALTER TABLE con_consultations ADD COLUMN survey_id BIGINT  REFERENCES surveys(id) ON DELETE SET NULL;

-- Where the opinion map's statements and votes came from when they were imported from a
-- Pol.is conversation (its attribution, CC BY 4.0); empty when they were gathered here. Set
-- once: the import claims the consultation by setting it.
ALTER TABLE con_consultations ADD COLUMN opinion_source TEXT NOT NULL DEFAULT '';
