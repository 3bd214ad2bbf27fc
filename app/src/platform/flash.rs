//! One-shot messages that survive a redirect (Post/Redirect/Get without JavaScript):
//! a form's errors and kept values, or a notice such as "Password changed".
use super::{now, Db};
use sqlx::Row;

pub const COOKIE: &str = "ko_flash";
/// Flashes older than this are never shown (and are purged by the cleanup job).
pub const MAX_AGE: i64 = 600;

/// The cookie that names this browser's flashes.
pub fn cookie(id: &str, secure: bool) -> String {
    format!("{COOKIE}={id}; Path=/; HttpOnly; SameSite=Lax; Max-Age={MAX_AGE}{}", if secure { "; Secure" } else { "" })
}

pub async fn put(db: &Db, id: &str, kind: &str, payload: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO flashes (id, kind, payload, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id, kind) DO UPDATE SET payload = $3, created_at = $4",
    )
    .bind(id)
    .bind(kind)
    .bind(payload)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Reads and deletes every flash of this browser.
pub async fn take_all(db: &Db, id: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    let rows = sqlx::query("DELETE FROM flashes WHERE id = $1 RETURNING kind, payload, created_at")
        .bind(id)
        .fetch_all(&db.pool)
        .await?;
    let cutoff = now() - MAX_AGE;
    Ok(rows
        .into_iter()
        .filter(|r| r.get::<i64, _>(2) >= cutoff)
        .map(|r| (r.get(0), r.get(1)))
        .collect())
}

pub async fn purge_older_than(db: &Db, cutoff: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM flashes WHERE created_at < $1").bind(cutoff).execute(&db.pool).await?.rows_affected())
}
