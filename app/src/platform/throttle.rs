//! Failure counters in fixed windows, kept in the database so that every server
//! instance sees the same counts.
use super::{now, Db};
use sqlx::Row;

/// If the bucket has reached `limit` failures in the current window, the seconds until
/// the window ends.
pub async fn blocked_for(db: &Db, bucket: &str, limit: i64, window: i64) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query("SELECT failures, window_start FROM throttle WHERE bucket = $1")
        .bind(bucket)
        .fetch_optional(&db.pool)
        .await?;
    let now = now();
    Ok(row.and_then(|r| {
        let failures: i64 = r.get(0);
        let start: i64 = r.get(1);
        let ends = start + window;
        (ends > now && failures >= limit).then_some(ends - now)
    }))
}

pub async fn record_failure(db: &Db, bucket: &str, window: i64) -> Result<(), sqlx::Error> {
    let now = now();
    sqlx::query(
        "INSERT INTO throttle (bucket, failures, window_start) VALUES ($1, 1, $2)
         ON CONFLICT (bucket) DO UPDATE SET
           failures = CASE WHEN throttle.window_start <= $3 THEN 1 ELSE throttle.failures + 1 END,
           window_start = CASE WHEN throttle.window_start <= $3 THEN $2 ELSE throttle.window_start END",
    )
    .bind(bucket)
    .bind(now)
    .bind(now - window)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn clear(db: &Db, bucket: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM throttle WHERE bucket = $1").bind(bucket).execute(&db.pool).await?;
    Ok(())
}

pub async fn purge_older_than(db: &Db, cutoff: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM throttle WHERE window_start < $1").bind(cutoff).execute(&db.pool).await?.rows_affected())
}
