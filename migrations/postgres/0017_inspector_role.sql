-- Issue 13: ticket inspectors, a role of their own (they download the revocation list for the
-- inspector app). On SQLite the same change is made by platform::db::sqlite_roles, because it
-- needs the table rebuilt with foreign keys off, outside the migration's transaction.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('resident', 'clerk', 'admin', 'inspector'));
