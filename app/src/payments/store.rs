//! SQL of orders: created by a service, registered with the provider, made paid only by a
//! confirmed notification (one statement claims it), expired when not paid in time.
use crate::platform::{now, random_hex, Db};

/// A notification may arrive a little after the order's time limit for a payment made inside
/// it; later than this, the order is expired and a payment for it is refused.
pub const GRACE_SECS: i64 = 10 * 60;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Order {
    pub id: i64,
    pub session_id: String,
    pub account_id: Option<i64>,
    pub purpose: String,
    pub item: String,
    pub description: String,
    pub amount: i64,
    pub currency: String,
    pub email: String,
    pub state: String,
    pub token: Option<String>,
    pub provider_order_id: Option<i64>,
    pub created_at: i64,
    pub expires_at: i64,
    pub paid_at: Option<i64>,
    pub refunded_at: Option<i64>,
}

impl Order {
    /// Past its time limit (and the grace for a late notification) without being paid.
    pub fn expired(&self, now: i64) -> bool {
        self.state == "expired"
            || (matches!(self.state.as_str(), "new" | "pending")
                && now > self.expires_at + GRACE_SECS)
    }
    /// Still waiting for its payment: the buyer may (still) pay.
    pub fn payable(&self, now: i64) -> bool {
        matches!(self.state.as_str(), "new" | "pending") && now <= self.expires_at
    }
}

const COLUMNS: &str = "id, session_id, account_id, purpose, item, description, amount, currency, email, state, token, provider_order_id, created_at, expires_at, paid_at, refunded_at";

pub struct NewOrder<'a> {
    pub account: i64,
    pub purpose: &'a str,
    pub item: &'a str,
    pub description: &'a str,
    pub amount: i64,
    pub email: &'a str,
    pub minutes: i64,
}

pub async fn create(db: &Db, o: &NewOrder<'_>) -> Result<Order, sqlx::Error> {
    let t = now();
    // The provider sees the session id: random, so it tells nothing about other orders.
    let session = format!("KO-{}", random_hex(16));
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO pay_orders (session_id, account_id, purpose, item, description, amount, currency, email, state, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'PLN', $7, 'new', $8, $9) RETURNING id",
    )
    .bind(&session)
    .bind(o.account)
    .bind(o.purpose)
    .bind(o.item)
    .bind(o.description)
    .bind(o.amount)
    .bind(o.email)
    .bind(t)
    .bind(t + o.minutes * 60)
    .fetch_one(&db.pool)
    .await?;
    get(db, id).await?.ok_or(sqlx::Error::RowNotFound)
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Order>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM pay_orders WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn by_session(db: &Db, session: &str) -> Result<Option<Order>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM pay_orders WHERE session_id = $1"
    ))
    .bind(session)
    .fetch_optional(&db.pool)
    .await
}

/// An account's orders, newest first.
pub async fn of_account(db: &Db, account: i64, limit: i64) -> Result<Vec<Order>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM pay_orders WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"
    ))
    .bind(account)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// The provider has registered the order under `token`.
pub async fn registered(db: &Db, id: i64, token: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE pay_orders SET state = 'pending', token = $1 WHERE id = $2 AND state IN ('new', 'pending')",
    )
    .bind(token)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Makes a waiting order paid: one statement, so however many notifications arrive at once
/// exactly one claims it. The caller fulfils the order in the same transaction.
pub async fn claim_paid(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    id: i64,
    provider_order_id: i64,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE pay_orders SET state = 'paid', paid_at = $1, provider_order_id = $2
         WHERE id = $3 AND state IN ('new', 'pending') AND expires_at + $4 >= $1",
    )
    .bind(at)
    .bind(provider_order_id)
    .bind(id)
    .bind(GRACE_SECS)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Marks a paid order refunded (once).
pub async fn refunded(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    id: i64,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE pay_orders SET state = 'refunded', refunded_at = $1 WHERE id = $2 AND state = 'paid'",
    )
    .bind(at)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Orders not paid in time (and past the grace for a late notification) become expired.
pub async fn expire_due(db: &Db, at: i64) -> Result<u64, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE pay_orders SET state = 'expired' WHERE state IN ('new', 'pending') AND expires_at + $1 < $2",
    )
    .bind(GRACE_SECS)
    .bind(at)
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected())
}

/// Something a clerk may need to see about an order (or a notification that named none).
pub async fn event(
    db: &Db,
    order: Option<i64>,
    kind: &str,
    detail: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO pay_events (order_id, at, kind, detail) VALUES ($1, $2, $3, $4)")
        .bind(order)
        .bind(now())
        .bind(kind)
        .bind(detail)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Where payments keep something of an account (checked against the schema by a test).
pub const EXPORT_SOURCES: &[&str] = &["pay_orders.account_id"];

pub async fn export_for_account(db: &Db, account: i64) -> Result<serde_json::Value, sqlx::Error> {
    use serde_json::json;
    let orders: Vec<_> = of_account(db, account, i64::MAX)
        .await?
        .into_iter()
        .map(|o| {
            json!({"id": o.id, "description": o.description, "amount_grosze": o.amount, "currency": o.currency, "state": o.state, "created_at": o.created_at, "paid_at": o.paid_at, "refunded_at": o.refunded_at})
        })
        .collect();
    Ok(json!({ "orders": orders }))
}
