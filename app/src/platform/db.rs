use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// One pool for either backend. All SQL in the project is written once, with `$N`
/// placeholders, BIGINT/INTEGER times and TEXT enums, so it runs on both.
#[derive(Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// Which database this is (its address), for what a process keeps in memory about it.
    pub address: std::sync::Arc<str>,
}

impl Db {
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        };
        let mut url = url.to_string();
        if backend == Backend::Sqlite {
            let path = url
                .trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:")
                .split('?')
                .next()
                .unwrap_or_default()
                .to_string();
            if let Some(parent) = std::path::Path::new(&path).parent() {
                if !parent.as_os_str().is_empty() {
                    std::fs::create_dir_all(parent).map_err(sqlx::Error::Io)?;
                }
            }
            if !url.contains("mode=") {
                url.push_str(if url.contains('?') {
                    "&mode=rwc"
                } else {
                    "?mode=rwc"
                });
            }
        }
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        // Deleted rows (queued anonymous answers, sessions) are overwritten,
                        // not left readable in free pages of the file.
                        conn.execute("PRAGMA secure_delete = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        // Read large tables (survey responses) through the page cache without copies.
                        conn.execute("PRAGMA mmap_size = 268435456").await?;
                        conn.execute("PRAGMA cache_size = -32768").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        if backend == Backend::Sqlite {
            pool.execute("PRAGMA journal_mode = WAL").await?;
        }
        Ok(Db {
            pool,
            backend,
            address: url.into(),
        })
    }

    /// Applies the migrations of this backend (idempotent; safe with several instances
    /// on PostgreSQL, where sqlx takes an advisory lock).
    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("../migrations/sqlite")
                    .run(&self.pool)
                    .await?;
                sqlite_roles(&self.pool)
                    .await
                    .map_err(sqlx::migrate::MigrateError::Execute)
            }
            Backend::Postgres => {
                sqlx::migrate!("../migrations/postgres")
                    .run(&self.pool)
                    .await
            }
        }
    }

    /// A transaction that will write. On SQLite it takes the write lock at BEGIN (IMMEDIATE),
    /// waiting for it under the busy timeout: a deferred transaction that reads first and
    /// writes later fails at once ("database is locked") when another connection wrote in
    /// between, which the busy timeout cannot help. PostgreSQL needs nothing special.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// The roles a user may have, widened on SQLite (issue 13 added the ticket inspector). SQLite
/// changes a CHECK constraint only by rebuilding the table, which must run with foreign keys
/// off (dropping `users` with them on would cascade to every table that refers to it), and
/// sqlx runs every SQLite migration inside a transaction, where that pragma does nothing. So
/// this step runs here, on one connection, with SQLite's documented procedure: new table from
/// the old one's own definition, copy, drop, rename, check the keys, all in one transaction.
/// PostgreSQL changes the constraint in its migration (0017).
async fn sqlite_roles(pool: &AnyPool) -> Result<(), sqlx::Error> {
    // Every list the table has had, oldest first; the last is today's.
    const LISTS: &[&str] = &[
        "CHECK (role IN ('resident', 'clerk', 'admin'))",
        "CHECK (role IN ('resident', 'clerk', 'admin', 'inspector'))",
    ];
    const NEW: &str = "CHECK (role IN ('resident', 'clerk', 'admin', 'inspector', 'tax_clerk'))";
    let old = |sql: &str| LISTS.iter().copied().find(|l| sql.contains(l));
    let table = || {
        sqlx::query_scalar::<_, String>(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'",
        )
    };
    if old(&table().fetch_one(pool).await?).is_none() {
        return Ok(());
    }
    let mut c = pool.acquire().await?;
    c.execute("PRAGMA foreign_keys = OFF").await?;
    let done = async {
        c.execute("BEGIN IMMEDIATE").await?;
        // Another instance may have rebuilt it while this one waited for the write lock.
        let sql = table().fetch_one(&mut *c).await?;
        if let Some(list) = old(&sql) {
            let create = sql
                .replacen("CREATE TABLE users", "CREATE TABLE users_new", 1)
                .replace(list, NEW);
            c.execute(create.as_str()).await?;
            c.execute("INSERT INTO users_new SELECT * FROM users")
                .await?;
            c.execute("DROP TABLE users").await?;
            c.execute("ALTER TABLE users_new RENAME TO users").await?;
            let broken: Vec<(String,)> =
                sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
                    .fetch_all(&mut *c)
                    .await?;
            if !broken.is_empty() {
                return Err(sqlx::Error::Protocol(format!(
                    "rebuilding users broke the keys of {broken:?}"
                )));
            }
        }
        c.execute("COMMIT").await?;
        Ok(())
    }
    .await;
    if done.is_err() {
        let _ = c.execute("ROLLBACK").await;
    }
    c.execute("PRAGMA foreign_keys = ON").await?;
    done
}

/// Types kept in a TEXT column as their code (a role, a language, display settings): written
/// with `code()`, read back with the given function, which refuses what is not a code
/// (`None`), so a row that does not hold a known code is an error, not a guess.
macro_rules! stored_as_code {
    ($($t:ty => $read:expr),+ $(,)?) => {$(
        impl sqlx::Type<sqlx::Any> for $t {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <String as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <String as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }
        impl<'r> sqlx::Decode<'r, sqlx::Any> for $t {
            fn decode(
                value: sqlx::any::AnyValueRef<'r>,
            ) -> Result<$t, sqlx::error::BoxDynError> {
                let code = <String as sqlx::Decode<sqlx::Any>>::decode(value)?;
                let read: fn(&str) -> Option<$t> = $read;
                read(&code).ok_or_else(|| {
                    format!("{code:?} is not a {}", stringify!($t)).into()
                })
            }
        }
        impl<'q> sqlx::Encode<'q, sqlx::Any> for $t {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<sqlx::Any>>::encode(self.code(), buf)
            }
        }
    )+};
}
pub(crate) use stored_as_code;

/// Types kept in an INTEGER (SQLite) or BIGINT (PostgreSQL) column: money in grosze, a
/// district's number. `read` refuses what is not a value of the type (`None`: an error, not
/// a guess); `write` gives the number to store.
macro_rules! stored_as_integer {
    ($($t:ty => $read:expr, $write:expr);+ $(;)?) => {$(
        impl sqlx::Type<sqlx::Any> for $t {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <i64 as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <i64 as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }
        impl<'r> sqlx::Decode<'r, sqlx::Any> for $t {
            fn decode(
                value: sqlx::any::AnyValueRef<'r>,
            ) -> Result<$t, sqlx::error::BoxDynError> {
                let n = <i64 as sqlx::Decode<sqlx::Any>>::decode(value)?;
                let read: fn(i64) -> Option<$t> = $read;
                read(n).ok_or_else(|| format!("{n} is not a {}", stringify!($t)).into())
            }
        }
        impl<'q> sqlx::Encode<'q, sqlx::Any> for $t {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                let write: fn(&$t) -> i64 = $write;
                <i64 as sqlx::Encode<sqlx::Any>>::encode(write(self), buf)
            }
        }
    )+};
}
pub(crate) use stored_as_integer;

stored_as_code! {
    crate::platform::people::Role => crate::platform::people::Role::parse,
    crate::i18n::Lang => crate::i18n::Lang::from_code,
    crate::platform::people::Contrast => crate::platform::people::Contrast::parse,
    crate::platform::people::TextSize => crate::platform::people::TextSize::parse,
}

#[cfg(test)]
mod tests {
    use super::Db;
    use crate::i18n::Lang;
    use crate::platform::people::{Contrast, Role};

    /// Codes read back as what they name; a code the portal does not know is an error, so
    /// a damaged row never becomes, say, a resident or a clerk by default.
    #[tokio::test]
    async fn text_codes_are_read_exactly() {
        let db = Db::connect("sqlite::memory:").await.unwrap();
        let (role, lang, contrast): (Role, Lang, Contrast) = sqlx::query_as("SELECT $1, $2, $3")
            .bind(Role::Clerk)
            .bind(Lang::Uk)
            .bind(Contrast::High)
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(
            (role, lang, contrast),
            (Role::Clerk, Lang::Uk, Contrast::High)
        );
        for bad in ["mayor", "Admin", ""] {
            let r = sqlx::query_scalar::<_, Role>("SELECT $1")
                .bind(bad)
                .fetch_one(&db.pool)
                .await;
            assert!(r.is_err(), "{bad:?} was read as a role");
        }
    }
}
