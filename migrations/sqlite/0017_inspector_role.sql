-- Issue 13: ticket inspectors, a role of their own. SQLite changes a CHECK constraint only by
-- rebuilding the table, with foreign keys off, which cannot be done inside the transaction
-- sqlx runs this file in: platform::db::sqlite_roles does it right after the migrations.
-- This file keeps the two backends' lists of migrations parallel.
SELECT 1;
