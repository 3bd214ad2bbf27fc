-- Statements of the opinion map proposed by residents are moderated like remarks: the public
-- log and the author's notices name the statement.
ALTER TABLE con_moderation_log ADD COLUMN statement_id INTEGER REFERENCES con_statements(id) ON DELETE SET NULL;
ALTER TABLE con_notices ADD COLUMN statement_id INTEGER REFERENCES con_statements(id) ON DELETE CASCADE;
