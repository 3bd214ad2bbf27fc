//! The tickets' SQL: tariffs and their prices.
use super::rules::{self, Price, Product, Tariff, Zones};
use crate::forms::Money;
use crate::platform::{now, Db};

/// Writes the tariffs of the facts file that are not in the database yet (by date), each
/// with its prices in one transaction. Several instances may start at once: the date is
/// unique, and only the one whose insert took writes the prices.
pub async fn seed_tariffs(db: &Db) -> Result<usize, sqlx::Error> {
    let mut added = 0;
    for t in rules::seeded() {
        let mut tx = db.pool.begin().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO tk_tariffs (effective_from, created_at) VALUES ($1, $2)
             ON CONFLICT (effective_from) DO NOTHING RETURNING id",
        )
        .bind(t.effective_from.to_string())
        .bind(now())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            continue;
        };
        for p in &t.prices {
            sqlx::query(
                "INSERT INTO tk_prices (tariff_id, product, zones, resident, amount, confirmed)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(i64::from(p.product.code()))
            .bind(i64::from(p.zones.code()))
            .bind(i64::from(p.resident))
            .bind(p.amount.grosze())
            .bind(i64::from(p.confirmed))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        added += 1;
    }
    Ok(added)
}

#[derive(sqlx::FromRow)]
struct TariffRow {
    id: i64,
    effective_from: String,
}

#[derive(sqlx::FromRow)]
struct PriceRow {
    tariff_id: i64,
    product: i64,
    zones: i64,
    resident: i64,
    amount: i64,
    confirmed: i64,
}

/// Every tariff, oldest first, with its prices (a price whose codes this version does not
/// know is left out rather than guessed).
pub async fn tariffs(db: &Db) -> Result<Vec<Tariff>, sqlx::Error> {
    let rows: Vec<TariffRow> =
        sqlx::query_as("SELECT id, effective_from FROM tk_tariffs ORDER BY effective_from")
            .fetch_all(&db.pool)
            .await?;
    let prices: Vec<PriceRow> = sqlx::query_as(
        "SELECT tariff_id, product, zones, resident, amount, confirmed FROM tk_prices
         ORDER BY tariff_id, product, zones, resident",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|t| {
            let effective_from = t.effective_from.parse().ok()?;
            let prices = prices
                .iter()
                .filter(|p| p.tariff_id == t.id)
                .filter_map(|p| {
                    Some(Price {
                        product: Product::from_code(u8::try_from(p.product).ok()?)?,
                        zones: Zones::from_code(u8::try_from(p.zones).ok()?)?,
                        resident: p.resident == 1,
                        amount: Money::from_grosze(p.amount),
                        confirmed: p.confirmed == 1,
                    })
                })
                .collect();
            Some(Tariff {
                id: t.id,
                effective_from,
                prices,
            })
        })
        .collect())
}

/// Where tickets keep something of an account (checked against the schema by a test).
pub const EXPORT_SOURCES: &[&str] = &["tk_tickets.account_id"];

/// The account's tickets as issued (the token is the ticket itself; its hex is exported).
pub async fn export_for_account(db: &Db, account: i64) -> Result<serde_json::Value, sqlx::Error> {
    type Row = (
        i64,
        i64,
        i64,
        i64,
        i64,
        i64,
        i64,
        i64,
        Option<String>,
        Vec<u8>,
        Option<i64>,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, order_id, product, zones, resident, entitlement, valid_from, valid_until, holder, token, refunded_at
         FROM tk_tickets WHERE account_id = $1 ORDER BY id",
    )
    .bind(account)
    .fetch_all(&db.pool)
    .await?;
    let tickets: Vec<_> = rows
        .into_iter()
        .map(|r| {
            serde_json::json!({"id": r.0, "order": r.1, "product": r.2, "zones": r.3, "resident": r.4 == 1,
                "entitlement": r.5, "valid_from": r.6, "valid_until": r.7, "holder": r.8,
                "token_hex": hex::encode(&r.9), "refunded_at": r.10})
        })
        .collect();
    Ok(serde_json::json!({ "tickets": tickets }))
}

/// Revoked tickets after version `since`, at most `limit`: (the last version included, ids).
/// The list only grows; `to` equal to `since` means nothing new.
pub async fn revocations(db: &Db, since: i64, limit: i64) -> Result<(i64, Vec<i64>), sqlx::Error> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT version, ticket_id FROM tk_revocations WHERE version > $1 ORDER BY version LIMIT $2",
    )
    .bind(since)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    let to = rows.last().map_or(since, |r| r.0);
    Ok((to, rows.into_iter().map(|r| r.1).collect()))
}

/// A new tariff from `from`, starting as a copy of the prices of `base` (the tariff in force
/// on that day). None when a tariff already starts that day.
pub async fn create_tariff(
    db: &Db,
    from: jiff::civil::Date,
    base: &Tariff,
) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO tk_tariffs (effective_from, created_at) VALUES ($1, $2)
         ON CONFLICT (effective_from) DO NOTHING RETURNING id",
    )
    .bind(from.to_string())
    .bind(now())
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = id else {
        return Ok(None);
    };
    for p in &base.prices {
        sqlx::query(
            "INSERT INTO tk_prices (tariff_id, product, zones, resident, amount, confirmed) VALUES ($1, $2, $3, $4, $5, 0)",
        )
        .bind(id)
        .bind(i64::from(p.product.code()))
        .bind(i64::from(p.zones.code()))
        .bind(i64::from(p.resident))
        .bind(p.amount.grosze())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Some(id))
}

/// Writes a future tariff's prices (each confirmed by the clerk who saved it). Nothing is
/// written, and false returned, once the tariff has taken effect on `today` or before: the
/// check is in every statement, so a save that crosses midnight cannot touch a tariff in
/// force.
pub async fn save_prices(
    db: &Db,
    tariff: i64,
    today: jiff::civil::Date,
    prices: &[(Product, Zones, bool, Money)],
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let editable: Option<i64> =
        sqlx::query_scalar("SELECT id FROM tk_tariffs WHERE id = $1 AND effective_from > $2")
            .bind(tariff)
            .bind(today.to_string())
            .fetch_optional(&mut *tx)
            .await?;
    if editable.is_none() {
        return Ok(false);
    }
    for (product, zones, resident, amount) in prices {
        let r = sqlx::query(
            "UPDATE tk_prices SET amount = $1, confirmed = 1
             WHERE tariff_id = $2 AND product = $3 AND zones = $4 AND resident = $5
               AND tariff_id IN (SELECT id FROM tk_tariffs WHERE effective_from > $6)",
        )
        .bind(amount.grosze())
        .bind(tariff)
        .bind(i64::from(product.code()))
        .bind(i64::from(zones.code()))
        .bind(i64::from(*resident))
        .bind(today.to_string())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() != 1 {
            return Ok(false);
        }
    }
    tx.commit().await?;
    Ok(true)
}
