//! Who did what to whose data. Kept without personal data: ids and action names only.
use super::{now, Db};

pub async fn record(
    db: &Db,
    actor: Option<i64>,
    action: &str,
    subject: Option<i64>,
    detail: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO audit_log (at, actor_id, action, subject_id, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(now())
        .bind(actor)
        .bind(action)
        .bind(subject)
        .bind(detail)
        .execute(&db.pool)
        .await?;
    tracing::info!(target: "audit", actor, action, subject, detail, "audit");
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    pub at: i64,
    pub actor_id: Option<i64>,
    pub action: String,
    pub detail: String,
}

pub async fn for_subject(db: &Db, subject: i64) -> Result<Vec<AuditRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT at, actor_id, action, detail FROM audit_log WHERE subject_id = $1 ORDER BY id",
    )
    .bind(subject)
    .fetch_all(&db.pool)
    .await
}
