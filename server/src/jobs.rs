//! Background clean-up. Several instances may run: a lease in the `jobs` table makes
//! sure one of them does the work each round.
use konto_app::platform::{flash, now, session, throttle, Db};
use std::time::Duration;

const CLEANUP: &str = "cleanup";
const MAIL: &str = "mail";
const NEWS: &str = "consultation-news";
const TAX_REMINDERS: &str = "tax-reminders";
const EVERY: i64 = 600;

pub async fn register(db: &Db) -> Result<(), sqlx::Error> {
    for name in [CLEANUP, MAIL, NEWS, TAX_REMINDERS] {
        sqlx::query("INSERT INTO jobs (name, locked_until, last_run) VALUES ($1, 0, 0) ON CONFLICT (name) DO NOTHING")
            .bind(name)
            .execute(&db.pool)
            .await?;
    }
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
    let p = konto_app::accounts::store::purge_expired_pending(db).await?;
    let m = konto_app::mail::store::purge_sent_older_than(db, now() - 7 * 24 * 3600).await?;
    let d = konto_app::surveys::store::delete_stale_drafts(db).await?;
    let q = konto_app::surveys::store::flush_closed(db).await?;
    let o = konto_app::payments::store::expire_due(db, now()).await?;
    tracing::info!(
        sessions = s,
        flashes = f,
        throttle = t,
        pending = p,
        mail = m,
        survey_drafts = d,
        survey_queue = q,
        orders_expired = o,
        "cleanup done"
    );
    sqlx::query("UPDATE jobs SET locked_until = 0 WHERE name = $1")
        .bind(CLEANUP)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Delivers queued mail over SMTP (one instance at a time, thanks to the lease).
pub async fn send_mail_once(db: &Db, mailer: &crate::mail::Mailer) -> Result<usize, sqlx::Error> {
    let due = konto_app::mail::store::due(db, 50).await?;
    let mut sent = 0;
    for m in due {
        match mailer.send(&m).await {
            Ok(()) => {
                konto_app::mail::store::mark_sent(db, m.id).await?;
                sent += 1;
            }
            Err(e) => {
                tracing::warn!(id = m.id, error = %e, "mail not sent; will retry");
                konto_app::mail::store::mark_failed(db, m.id, &e).await?;
            }
        }
    }
    sqlx::query("UPDATE jobs SET locked_until = 0 WHERE name = $1")
        .bind(MAIL)
        .execute(&db.pool)
        .await?;
    Ok(sent)
}

pub async fn run_mail(db: Db, mailer: crate::mail::Mailer) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        match try_lease(&db, MAIL, 5).await {
            Ok(true) => {
                if let Err(e) = send_mail_once(&db, &mailer).await {
                    tracing::error!(error = %e, "mail job failed");
                }
            }
            Ok(false) => {}
            Err(e) => tracing::error!(error = %e, "job lease failed"),
        }
    }
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

/// News of consultations: the timeline's events announced to those who follow them, and
/// the notices sent by e-mail (at once or in the day's digest), once a minute by one
/// instance (the lease).
pub async fn run_news(
    db: Db,
    keys: std::sync::Arc<konto_app::platform::keys::Keys>,
    origin: String,
) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        match try_lease(&db, NEWS, 60).await {
            Ok(true) => {
                match konto_app::consultations::news::run_once(&db, &keys, &origin, now()).await {
                    Ok((told, mailed)) if told + mailed > 0 => {
                        tracing::info!(told, mailed, "consultation news")
                    }
                    Ok(_) => {}
                    Err(e) => tracing::error!(error = %e, "consultation news failed"),
                }
                if let Err(e) = sqlx::query("UPDATE jobs SET locked_until = 0 WHERE name = $1")
                    .bind(NEWS)
                    .execute(&db.pool)
                    .await
                {
                    tracing::warn!(error = %e, "job lease not released");
                }
            }
            Ok(false) => {}
            Err(e) => tracing::error!(error = %e, "job lease failed"),
        }
    }
}

/// Reminders before tax due days: looked at every hour by one instance (the lease); each
/// reminder is mailed once however often this runs.
pub async fn run_tax_reminders(db: Db, origin: String, days: i64) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        match try_lease(&db, TAX_REMINDERS, 3600).await {
            Ok(true) => {
                let at = now();
                let today = konto_app::i18n::time::day_of(at);
                match konto_app::taxes::reminders::run_once(&db, &origin, days, today, at).await {
                    Ok(n) if n > 0 => tracing::info!(mailed = n, "tax reminders"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "tax reminders failed; will retry"),
                }
                if let Err(e) = sqlx::query("UPDATE jobs SET locked_until = 0 WHERE name = $1")
                    .bind(TAX_REMINDERS)
                    .execute(&db.pool)
                    .await
                {
                    tracing::warn!(error = %e, "job lease not released");
                }
            }
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "job lease failed"),
        }
    }
}

/// The opinion maps: recomputed in the background after votes (at most once in five
/// seconds each), never inside a request. Every instance runs it; a claim gives each map to
/// one of them.
pub async fn run_opinion_maps(db: Db) {
    loop {
        if let Err(e) = konto_app::consultations::api::compute_due_maps(&db).await {
            tracing::warn!(error = %e, "opinion maps failed; will retry");
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}

/// The counting job: counts the pools in the queue one after another, off every request.
/// Every instance runs it; the queue's lease gives each pool to one of them.
pub async fn run_counting(db: Db, pages: std::sync::Arc<crate::page_cache::PageCache>) {
    loop {
        match konto_app::budget::api::counting::count_next(&db).await {
            Ok(true) => {
                // Results pages kept while this pool was being counted are out of date.
                pages.changed();
                continue;
            }
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "counting failed; will retry"),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}
