//! SQL of identities: an account is bound to one person and a person to one account, through
//! a keyed hash (the server's identity key, outside the database) — never the PESEL itself.
use super::rules::{masked, Identity, Level};
use crate::forms::District;
use crate::platform::{keys::hmac_hex, now, Db};

/// The keyed hash that stands for a person across the portal.
pub fn person_hash(key: &[u8], id: &Identity) -> String {
    hmac_hex(key, format!("konto-id:{}", id.key()).as_bytes())
}

crate::platform::db::stored_as_code! { Level => Level::parse }

/// An account's bound identity as the portal keeps it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct IdentityRow {
    #[sqlx(rename = "identity")]
    pub hash: String,
    pub kind: String,
    pub masked: String,
    pub level: Level,
    pub verified_by_name: String,
    pub office: String,
    pub verified_at: Option<i64>,
}

pub async fn of_account(db: &Db, account: i64) -> Result<Option<IdentityRow>, sqlx::Error> {
    sqlx::query_as("SELECT identity, kind, masked, level, verified_by_name, office, verified_at FROM identities WHERE account_id = $1")
        .bind(account)
        .fetch_optional(&db.pool)
        .await
}

fn kind(id: &Identity) -> &'static str {
    match id {
        Identity::Pesel(_) => "pesel",
        Identity::Document { .. } => "document",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bind {
    /// Bound now, or it was this account's already.
    Yours,
    /// The account is bound to another person, or the person to another account.
    NotYours,
}

/// Binds the account to a declared identity, or checks it against the one bound: one
/// statement decides (two accounts racing for one PESEL get one binding).
pub async fn bind_declared(
    db: &Db,
    account: i64,
    hash: &str,
    id: &Identity,
) -> Result<Bind, sqlx::Error> {
    let inserted = sqlx::query(
        "INSERT INTO identities (account_id, identity, kind, masked, level, created_at) VALUES ($1, $2, $3, $4, 'declared', $5)
         ON CONFLICT DO NOTHING",
    )
    .bind(account)
    .bind(hash)
    .bind(kind(id))
    .bind(masked(id))
    .bind(now())
    .execute(&db.pool)
    .await?;
    if inserted.rows_affected() == 1 {
        return Ok(Bind::Yours);
    }
    Ok(match of_account(db, account).await? {
        Some(row) if row.hash == hash => Bind::Yours,
        _ => Bind::NotYours,
    })
}

/// A clerk's verification at an office.
pub struct Verification<'a> {
    pub account: i64,
    pub hash: &'a str,
    pub id: &'a Identity,
    pub clerk: i64,
    pub clerk_name: &'a str,
    pub office: &'a str,
    pub district: District,
    /// Since when the person lives in the district (from the register or the document).
    pub resident_since: i64,
    /// Move the identity from another account that holds it (the clerk saw the person).
    pub take_over: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verified {
    Done {
        taken_from: Option<i64>,
    },
    /// Another account holds this identity: its e-mail, for the clerk.
    HeldBy(String),
}

/// Records a verification: the identity bound at the verified level (replacing a declared
/// one), and the address with the date it holds from, in one transaction.
pub async fn verify(db: &Db, v: &Verification<'_>) -> Result<Verified, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let holder: Option<(i64, String)> = sqlx::query_as("SELECT i.account_id, u.email FROM identities i JOIN users u ON u.id = i.account_id WHERE i.identity = $1 AND i.account_id <> $2")
        .bind(v.hash)
        .bind(v.account)
        .fetch_optional(&mut *tx)
        .await?;
    let mut taken_from = None;
    if let Some(h) = holder {
        if !v.take_over {
            return Ok(Verified::HeldBy(h.1));
        }
        let other: i64 = h.0;
        sqlx::query("DELETE FROM identities WHERE account_id = $1")
            .bind(other)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM identity_addresses WHERE account_id = $1")
            .bind(other)
            .execute(&mut *tx)
            .await?;
        taken_from = Some(other);
    }
    let t = now();
    sqlx::query(
        "INSERT INTO identities (account_id, identity, kind, masked, level, verified_by, verified_by_name, office, verified_at, created_at)
         VALUES ($1, $2, $3, $4, 'verified', $5, $6, $7, $8, $8)
         ON CONFLICT (account_id) DO UPDATE SET identity = $2, kind = $3, masked = $4, level = 'verified',
           verified_by = $5, verified_by_name = $6, office = $7, verified_at = $8",
    )
    .bind(v.account)
    .bind(v.hash)
    .bind(kind(v.id))
    .bind(masked(v.id))
    .bind(v.clerk)
    .bind(v.clerk_name)
    .bind(v.office)
    .bind(t)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO identity_addresses (account_id, district, valid_from, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (account_id, valid_from) DO UPDATE SET district = $2, recorded_by = $4, recorded_at = $5",
    )
    .bind(v.account)
    .bind(i64::from(v.district))
    .bind(v.resident_since)
    .bind(v.clerk)
    .bind(t)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Verified::Done { taken_from })
}

/// The verified district of residence at a moment: the latest address that held from then
/// or earlier. A change of address afterwards does not move a vote already open elsewhere.
pub async fn district_at(db: &Db, account: i64, at: i64) -> Result<Option<District>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT a.district FROM identity_addresses a JOIN identities i ON i.account_id = a.account_id
         WHERE a.account_id = $1 AND i.level = 'verified' AND a.valid_from <= $2 ORDER BY a.valid_from DESC LIMIT 1",
    )
    .bind(account)
    .bind(at)
    .fetch_optional(&db.pool)
    .await
}

/// Every verified address of an account, newest first: (district, holds from).
pub async fn addresses(db: &Db, account: i64) -> Result<Vec<(District, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT district, valid_from FROM identity_addresses WHERE account_id = $1 ORDER BY valid_from DESC").bind(account).fetch_all(&db.pool).await
}

/// Where identities keep something of an account (checked against the schema by a test).
pub const EXPORT_SOURCES: &[&str] = &[
    "identities.account_id",
    "identities.verified_by",
    "identity_addresses.account_id",
    "identity_addresses.recorded_by",
];

/// The account's identity as the resident sees it, and the verifications a clerk made.
pub async fn export_for_account(db: &Db, account: i64) -> Result<serde_json::Value, sqlx::Error> {
    use serde_json::json;
    let mine = of_account(db, account).await?.map(|r| {
        json!({"kind": r.kind, "number_ends_with": r.masked, "level": r.level.code(), "verified_by": r.verified_by_name, "office": r.office, "verified_at": r.verified_at})
    });
    let addresses: Vec<_> = addresses(db, account)
        .await?
        .iter()
        .map(|(d, from)| json!({"district": d, "from": from}))
        .collect();
    let verified: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM identities WHERE verified_by = $1")
            .bind(account)
            .fetch_one(&db.pool)
            .await?;
    let recorded: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM identity_addresses WHERE recorded_by = $1")
            .bind(account)
            .fetch_one(&db.pool)
            .await?;
    Ok(
        json!({"identity": mine, "addresses": addresses, "as_staff": {"identities_verified": verified, "addresses_recorded": recorded}}),
    )
}
