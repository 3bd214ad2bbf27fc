//! Background clean-up. Several instances may run: a lease in the `jobs` table makes
//! sure one of them does the work each round.
use konto_app::platform::{flash, now, session, throttle, Db};
use std::time::Duration;

const CLEANUP: &str = "cleanup";
const EVERY: i64 = 600;

pub async fn register(db: &Db) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO jobs (name, locked_until, last_run) VALUES ($1, 0, 0) ON CONFLICT (name) DO NOTHING")
        .bind(CLEANUP)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Takes the lease if the job is due and nobody holds it.
pub async fn try_lease(db: &Db, name: &str, every: i64) -> Result<bool, sqlx::Error> {
    let now = now();
    let r = sqlx::query("UPDATE jobs SET locked_until = $1, last_run = $2 WHERE name = $3 AND locked_until < $2 AND last_run <= $4")
        .bind(now + 120)
        .bind(now)
        .bind(name)
        .bind(now - every)
        .execute(&db.pool)
        .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn cleanup_once(db: &Db) -> Result<(), sqlx::Error> {
    let s = session::purge_expired(db).await?;
    let f = flash::purge_older_than(db, now() - flash::MAX_AGE).await?;
    let t = throttle::purge_older_than(db, now() - 24 * 3600).await?;
    tracing::info!(sessions = s, flashes = f, throttle = t, "cleanup done");
    sqlx::query("UPDATE jobs SET locked_until = 0 WHERE name = $1").bind(CLEANUP).execute(&db.pool).await?;
    Ok(())
}

pub async fn run(db: Db) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        match try_lease(&db, CLEANUP, EVERY).await {
            Ok(true) => {
                if let Err(e) = cleanup_once(&db).await {
                    tracing::error!(error = %e, "cleanup failed");
                }
            }
            Ok(false) => {}
            Err(e) => tracing::error!(error = %e, "job lease failed"),
        }
    }
}
