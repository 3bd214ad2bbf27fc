//! What an order for a ticket carries, and the ticket issued when it is paid: signed with the
//! key in force at the moment of payment, valid from then (short tickets) or from the start
//! day (period tickets), one per order.
use super::rules::{self, Choice};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The order's item: what the buyer chose, checked, with the price it was sold at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub choice: Choice,
    pub vehicle: Option<String>,
    pub line: Option<u16>,
    pub start: Option<Date>,
    pub holder: Option<String>,
    /// The tariff it was priced in.
    pub tariff: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    #[error("the order's item is not a ticket: {0}")]
    Item(String),
    #[error("no ticket key signs at this moment")]
    NoKey,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Issues the ticket of a paid order inside the transaction that made it paid. A second call
/// for the same order changes nothing (the order's UNIQUE key). Returns the ticket's id.
pub async fn issue(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    ring: &konto_ticket::KeyRing,
    order: &crate::payments::store::Order,
    paid_at: i64,
) -> Result<Option<i64>, IssueError> {
    let item: Item =
        serde_json::from_str(&order.item).map_err(|e| IssueError::Item(e.to_string()))?;
    let signer = ring.active(paid_at).ok_or(IssueError::NoKey)?;
    let c = item.choice;
    let (from, until) = rules::validity(c.product, paid_at, item.start);
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO tk_tickets (order_id, account_id, product, zones, resident, entitlement, vehicle, line, holder, amount, valid_from, valid_until, key_id, token, issued_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (order_id) DO NOTHING RETURNING id",
    )
    .bind(order.id)
    .bind(order.account_id)
    .bind(i64::from(c.product.code()))
    .bind(i64::from(c.zones.code()))
    .bind(i64::from(c.resident))
    .bind(i64::from(c.reduced.map_or(0, |e| e.code())))
    .bind(item.vehicle.as_deref())
    .bind(item.line.map(i64::from))
    .bind(item.holder.as_deref())
    .bind(order.amount)
    .bind(from)
    .bind(until)
    .bind(i64::from(signer.public.id))
    .bind(Vec::<u8>::new())
    .bind(paid_at)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(id) = id else {
        return Ok(None);
    };
    let t = konto_ticket::Ticket {
        key_id: signer.public.id,
        id: id as u64,
        product: c.product,
        zones: c.zones,
        reduced: c.reduced,
        resident: c.resident,
        issued: paid_at as u32,
        valid_from: from as u32,
        valid_until: until as u32,
        vehicle: item
            .vehicle
            .as_deref()
            .and_then(konto_ticket::Vehicle::parse),
        line: item.line,
        holder: item.holder.as_deref().map(konto_ticket::holder_hash),
    };
    let token = signer.sign(&t);
    sqlx::query("UPDATE tk_tickets SET token = $1 WHERE id = $2")
        .bind(token)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(Some(id))
}
