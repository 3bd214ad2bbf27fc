//! SQL of the city card.
use crate::platform::{now, Db};
use jiff::civil::Date;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct CardRow {
    pub number: String,
    pub valid_until: String,
    pub confirmed_by_name: String,
    pub office: String,
    pub confirmed_at: i64,
}

pub async fn of_account(db: &Db, account: i64) -> Result<Option<CardRow>, sqlx::Error> {
    sqlx::query_as("SELECT number, valid_until, confirmed_by_name, office, confirmed_at FROM cards WHERE account_id = $1")
        .bind(account)
        .fetch_optional(&db.pool)
        .await
}

/// The last day of the account's confirmed card, if it has one.
pub async fn valid_until(db: &Db, account: i64) -> Result<Option<Date>, sqlx::Error> {
    let day: Option<String> =
        sqlx::query_scalar("SELECT valid_until FROM cards WHERE account_id = $1")
            .bind(account)
            .fetch_optional(&db.pool)
            .await?;
    Ok(day.and_then(|d| d.parse().ok()))
}

/// A clerk's confirmation after seeing the card and its holder.
pub struct Confirmation<'a> {
    pub account: i64,
    pub number: &'a str,
    pub valid_until: Date,
    pub clerk: i64,
    pub clerk_name: &'a str,
    pub office: &'a str,
    /// Move the number from another account that holds it.
    pub take_over: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirmed {
    Done {
        taken_from: Option<i64>,
    },
    /// Another account holds this number.
    HeldElsewhere,
}

/// Records the card on the account (replacing what it held), in one transaction with taking
/// the number from another account when the clerk says so. The number's uniqueness decides
/// between two clerks at once.
pub async fn confirm(db: &Db, c: &Confirmation<'_>) -> Result<Confirmed, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let holder: Option<i64> =
        sqlx::query_scalar("SELECT account_id FROM cards WHERE number = $1 AND account_id <> $2")
            .bind(c.number)
            .bind(c.account)
            .fetch_optional(&mut *tx)
            .await?;
    if holder.is_some() {
        if !c.take_over {
            return Ok(Confirmed::HeldElsewhere);
        }
        sqlx::query("DELETE FROM cards WHERE number = $1 AND account_id <> $2")
            .bind(c.number)
            .bind(c.account)
            .execute(&mut *tx)
            .await?;
    }
    let done = sqlx::query(
        "INSERT INTO cards (account_id, number, valid_until, confirmed_by, confirmed_by_name, office, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (account_id) DO UPDATE SET number = $2, valid_until = $3, confirmed_by = $4,
           confirmed_by_name = $5, office = $6, confirmed_at = $7",
    )
    .bind(c.account)
    .bind(c.number)
    .bind(c.valid_until.to_string())
    .bind(c.clerk)
    .bind(c.clerk_name)
    .bind(c.office)
    .bind(now())
    .execute(&mut *tx)
    .await;
    match done {
        Ok(_) => {}
        // Another clerk put the number on another account in the meantime.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Ok(Confirmed::HeldElsewhere)
        }
        Err(e) => return Err(e),
    }
    tx.commit().await?;
    Ok(Confirmed::Done { taken_from: holder })
}

/// The resident takes their card off the account (a lost card, a move away).
pub async fn remove(db: &Db, account: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM cards WHERE account_id = $1")
        .bind(account)
        .execute(&db.pool)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Where the card keeps something of an account (checked against the schema by a test).
pub const EXPORT_SOURCES: &[&str] = &["cards.account_id", "cards.confirmed_by"];

pub async fn export_for_account(db: &Db, account: i64) -> Result<serde_json::Value, sqlx::Error> {
    use serde_json::json;
    let mine = of_account(db, account).await?.map(|r| {
        json!({"number": r.number, "valid_until": r.valid_until, "confirmed_by": r.confirmed_by_name, "office": r.office, "confirmed_at": r.confirmed_at})
    });
    let confirmed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cards WHERE confirmed_by = $1")
        .bind(account)
        .fetch_one(&db.pool)
        .await?;
    Ok(json!({"card": mine, "as_staff": {"cards_confirmed": confirmed}}))
}
