//! Attempt counters in fixed windows, kept in the database so that every server instance
//! sees the same counts.
//!
//! Count, then act: [`attempt`] records the attempt and reads the new count in one
//! statement, so concurrent attempts cannot all pass a check made before any of them was
//! recorded (40 parallel password guesses once all reached argon2 with a limit of 5). An
//! attempt that turns out fine is given back with [`refund`] or [`clear`].
use super::{now, Db};

/// Records one attempt in `bucket`; `Err(seconds)` when it is over `limit` in the current
/// window (the seconds until the window ends), in which case the caller must not go ahead.
pub async fn attempt(
    db: &Db,
    bucket: &str,
    limit: i64,
    window: i64,
) -> Result<Result<(), i64>, sqlx::Error> {
    let now = now();
    let (count, start): (i64, i64) = sqlx::query_as(
        "INSERT INTO throttle (bucket, failures, window_start) VALUES ($1, 1, $2)
         ON CONFLICT (bucket) DO UPDATE SET
           failures = CASE WHEN throttle.window_start <= $3 THEN 1 ELSE throttle.failures + 1 END,
           window_start = CASE WHEN throttle.window_start <= $3 THEN $2 ELSE throttle.window_start END
         RETURNING failures, window_start",
    )
    .bind(bucket)
    .bind(now)
    .bind(now - window)
    .fetch_one(&db.pool)
    .await?;
    Ok(if count > limit {
        Err((start + window - now).max(1))
    } else {
        Ok(())
    })
}

/// Gives back one attempt that turned out fine (a correct password from a shared address).
pub async fn refund(db: &Db, bucket: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE throttle SET failures = failures - 1 WHERE bucket = $1 AND failures > 0")
        .bind(bucket)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn clear(db: &Db, bucket: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM throttle WHERE bucket = $1")
        .bind(bucket)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn purge_older_than(db: &Db, cutoff: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM throttle WHERE window_start < $1")
        .bind(cutoff)
        .execute(&db.pool)
        .await?
        .rows_affected())
}
