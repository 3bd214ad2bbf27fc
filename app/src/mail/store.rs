use crate::platform::{now, Db};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OutMail {
    pub id: i64,
    #[sqlx(rename = "to_addr")]
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    /// The one-click unsubscribe address (List-Unsubscribe, RFC 8058), for news.
    pub unsubscribe: Option<String>,
}

pub async fn enqueue(db: &Db, to: &str, subject: &str, body: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mail_outbox (to_addr, subject, body, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(to)
    .bind(subject)
    .bind(body)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Queues news that can be unsubscribed from with one click (`unsubscribe` is the address
/// the List-Unsubscribe header names), inside the caller's transaction.
pub async fn enqueue_news(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    to: &str,
    subject: &str,
    body: &str,
    unsubscribe: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mail_outbox (to_addr, subject, body, created_at, unsubscribe) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(to)
    .bind(subject)
    .bind(body)
    .bind(now())
    .bind(unsubscribe)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Unsent mail that has not failed too often, oldest first.
pub async fn due(db: &Db, limit: i64) -> Result<Vec<OutMail>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, to_addr, subject, body, created_at, sent_at, unsubscribe FROM mail_outbox
         WHERE sent_at IS NULL AND attempts < 5 ORDER BY id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

pub async fn mark_sent(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mail_outbox SET sent_at = $1, attempts = attempts + 1 WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn mark_failed(db: &Db, id: i64, error: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mail_outbox SET attempts = attempts + 1, last_error = $1 WHERE id = $2")
        .bind(error)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The newest messages (for the development outbox page).
pub async fn recent(db: &Db, limit: i64) -> Result<Vec<OutMail>, sqlx::Error> {
    sqlx::query_as("SELECT id, to_addr, subject, body, created_at, sent_at, unsubscribe FROM mail_outbox ORDER BY id DESC LIMIT $1")
        .bind(limit)
        .fetch_all(&db.pool)
        .await
}

/// Sent mail is kept a week, then deleted (it holds addresses).
pub async fn purge_sent_older_than(db: &Db, cutoff: i64) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM mail_outbox WHERE sent_at IS NOT NULL AND sent_at < $1")
            .bind(cutoff)
            .execute(&db.pool)
            .await?
            .rows_affected(),
    )
}
