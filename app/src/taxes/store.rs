//! SQL of local taxes: a checked file applied whole in one transaction (every row upserted by
//! the tax system's id, changed only when it differs, so the same file twice changes nothing),
//! or not at all when a line names a taxpayer or liability the portal does not know.
use super::import::{LineError, Parsed, Problem, Refused, MAX_LISTED};
use crate::identity::rules::{masked, Identity};
use crate::identity::store::person_hash;
use crate::platform::{now, Db};
use std::collections::HashMap;

/// Rows a statement: a few hundred parameters, well under both databases' limits.
const CHUNK: usize = 250;

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Imported {
    pub kind: String,
    pub lines: usize,
    /// Rows added or changed (0 when the same file comes again).
    pub changed: u64,
}

#[derive(Debug)]
pub enum ImportFailed {
    Refused(Refused),
    Db(sqlx::Error),
}

impl From<sqlx::Error> for ImportFailed {
    fn from(e: sqlx::Error) -> Self {
        ImportFailed::Db(e)
    }
}

/// How the file came: a clerk's upload or the tax system's feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    Upload(i64),
    Api,
}

fn placeholders(rows: usize, cols: usize) -> String {
    (0..rows)
        .map(|r| {
            let p: Vec<String> = (1..=cols).map(|c| format!("${}", r * cols + c)).collect();
            format!("({})", p.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

enum Value {
    Text(String),
    Int(i64),
    Opt(Option<String>),
}

async fn upsert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    head: &str,
    cols: usize,
    tail: &str,
    rows: Vec<Vec<Value>>,
) -> Result<u64, sqlx::Error> {
    let mut changed = 0;
    for chunk in rows.chunks(CHUNK) {
        let sql = format!("{head} VALUES {} {tail}", placeholders(chunk.len(), cols));
        let mut q = sqlx::query(&sql);
        for row in chunk {
            for v in row {
                q = match v {
                    Value::Text(s) => q.bind(s.clone()),
                    Value::Int(i) => q.bind(*i),
                    Value::Opt(o) => q.bind(o.clone()),
                };
            }
        }
        changed += q.execute(&mut **tx).await?.rows_affected();
    }
    Ok(changed)
}

fn refused(mut errors: Vec<LineError>) -> ImportFailed {
    let total = errors.len();
    errors.truncate(MAX_LISTED);
    ImportFailed::Refused(Refused { errors, total })
}

/// Applies a checked file. `identity_key` keys the PESEL as the identity module does.
pub async fn import(
    db: &Db,
    identity_key: &[u8],
    parsed: &Parsed,
    sha256: &str,
    via: Via,
) -> Result<Imported, ImportFailed> {
    let (by, via_code) = match via {
        Via::Upload(u) => (Some(u), "upload"),
        Via::Api => (None, "api"),
    };
    let at = now();
    // A writing transaction: on SQLite it waits for the write lock instead of failing when
    // another connection writes between its reads and its writes.
    let mut tx = db.begin_write().await?;
    let import_id: i64 = sqlx::query_scalar(
        "INSERT INTO tax_imports (kind, sha256, lines, changed, by_user, via, at)
         VALUES ($1, $2, $3, 0, $4, $5, $6) RETURNING id",
    )
    .bind(parsed.kind_code())
    .bind(sha256)
    .bind(parsed.len() as i64)
    .bind(by)
    .bind(via_code)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    let payers: HashMap<String, i64> =
        sqlx::query_as::<_, (String, i64)>("SELECT ext_id, id FROM tax_payers")
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect();
    let mut errors = Vec::new();
    let payer_of = |line: u64, ext: &str, errors: &mut Vec<LineError>| {
        let id = payers.get(ext).copied();
        if id.is_none() {
            errors.push(LineError {
                line,
                column: "taxpayer_id",
                problem: Problem::UnknownTaxpayer,
            });
        }
        id.unwrap_or_default()
    };
    let (kind, changed) = match parsed {
        Parsed::Taxpayers(v) => {
            let rows = v
                .iter()
                .map(|(_, t)| {
                    let id = Identity::Pesel(t.pesel.clone());
                    vec![
                        Value::Text(t.id.clone()),
                        Value::Text(t.name.clone()),
                        Value::Text(person_hash(identity_key, &id)),
                        Value::Text(masked(&id)),
                        Value::Text(t.account.clone()),
                        Value::Int(at),
                    ]
                })
                .collect();
            let n = upsert(
                &mut tx,
                "INSERT INTO tax_payers (ext_id, name, person, pesel_masked, account, updated_at)",
                6,
                "ON CONFLICT (ext_id) DO UPDATE SET name = excluded.name, person = excluded.person,
                 pesel_masked = excluded.pesel_masked, account = excluded.account,
                 updated_at = excluded.updated_at
                 WHERE tax_payers.name <> excluded.name OR tax_payers.person <> excluded.person
                    OR tax_payers.account <> excluded.account",
                rows,
            )
            .await?;
            ("taxpayers", n)
        }
        Parsed::Liabilities(v) => {
            let rows: Vec<Vec<Value>> = v
                .iter()
                .map(|(line, l)| {
                    vec![
                        Value::Text(l.id.clone()),
                        Value::Int(payer_of(*line, &l.taxpayer, &mut errors)),
                        Value::Text(l.kind.code().into()),
                        Value::Int(i64::from(l.year)),
                        Value::Int(l.amount),
                    ]
                })
                .collect();
            if !errors.is_empty() {
                return Err(refused(errors));
            }
            let n = upsert(
                &mut tx,
                "INSERT INTO tax_liabilities (ext_id, payer_id, kind, year, amount)",
                5,
                "ON CONFLICT (ext_id) DO UPDATE SET payer_id = excluded.payer_id,
                 kind = excluded.kind, year = excluded.year, amount = excluded.amount
                 WHERE tax_liabilities.payer_id <> excluded.payer_id
                    OR tax_liabilities.kind <> excluded.kind
                    OR tax_liabilities.year <> excluded.year
                    OR tax_liabilities.amount <> excluded.amount",
                rows,
            )
            .await?;
            ("liabilities", n)
        }
        Parsed::Waste(v) => {
            let rows: Vec<Vec<Value>> = v
                .iter()
                .map(|(line, w)| {
                    vec![
                        Value::Text(w.id.clone()),
                        Value::Int(payer_of(*line, &w.taxpayer, &mut errors)),
                        Value::Int(i64::from(w.from_year)),
                        Value::Int(i64::from(w.from_month)),
                        Value::Int(i64::from(w.declaration.residents)),
                        Value::Int(i64::from(w.declaration.sorted)),
                        Value::Int(i64::from(w.declaration.large_family)),
                    ]
                })
                .collect();
            if !errors.is_empty() {
                return Err(refused(errors));
            }
            let n = upsert(
                &mut tx,
                "INSERT INTO tax_waste (ext_id, payer_id, from_year, from_month, residents, sorted, large_family)",
                7,
                "ON CONFLICT (ext_id) DO UPDATE SET payer_id = excluded.payer_id,
                 from_year = excluded.from_year, from_month = excluded.from_month,
                 residents = excluded.residents, sorted = excluded.sorted,
                 large_family = excluded.large_family
                 WHERE tax_waste.payer_id <> excluded.payer_id
                    OR tax_waste.from_year <> excluded.from_year
                    OR tax_waste.from_month <> excluded.from_month
                    OR tax_waste.residents <> excluded.residents
                    OR tax_waste.sorted <> excluded.sorted
                    OR tax_waste.large_family <> excluded.large_family",
                rows,
            )
            .await?;
            ("waste", n)
        }
        Parsed::Payments(v) => {
            // A payment may name a liability or a waste-fee declaration of its taxpayer.
            let liabilities: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
                "SELECT ext_id, payer_id FROM tax_liabilities
                 UNION ALL SELECT ext_id, payer_id FROM tax_waste",
            )
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect();
            let rows: Vec<Vec<Value>> = v
                .iter()
                .map(|(line, p)| {
                    let payer = payer_of(*line, &p.taxpayer, &mut errors);
                    if let Some(l) = &p.liability {
                        if payer != 0 && liabilities.get(l) != Some(&payer) {
                            errors.push(LineError {
                                line: *line,
                                column: "liability_id",
                                problem: Problem::UnknownLiability,
                            });
                        }
                    }
                    vec![
                        Value::Text(p.id.clone()),
                        Value::Int(payer),
                        Value::Text(p.on.to_string()),
                        Value::Int(p.amount),
                        Value::Text(p.channel.code().into()),
                        Value::Opt(p.liability.clone()),
                    ]
                })
                .collect();
            if !errors.is_empty() {
                return Err(refused(errors));
            }
            let n = upsert(
                &mut tx,
                "INSERT INTO tax_payments (ext_id, payer_id, paid_on, amount, channel, liability)",
                6,
                "ON CONFLICT (ext_id) DO UPDATE SET payer_id = excluded.payer_id,
                 paid_on = excluded.paid_on, amount = excluded.amount,
                 channel = excluded.channel, liability = excluded.liability
                 WHERE tax_payments.payer_id <> excluded.payer_id
                    OR tax_payments.paid_on <> excluded.paid_on
                    OR tax_payments.amount <> excluded.amount
                    OR tax_payments.channel <> excluded.channel
                    OR COALESCE(tax_payments.liability, '') <> COALESCE(excluded.liability, '')",
                rows,
            )
            .await?;
            ("payments", n)
        }
    };
    sqlx::query("UPDATE tax_imports SET changed = $1 WHERE id = $2")
        .bind(changed as i64)
        .bind(import_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Imported {
        kind: kind.into(),
        lines: parsed.len(),
        changed,
    })
}

/// A taxpayer by the tax system's id: (portal id, name, account number).
pub async fn payer(db: &Db, ext_id: &str) -> Result<Option<(i64, String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, account FROM tax_payers WHERE ext_id = $1")
        .bind(ext_id)
        .fetch_optional(&db.pool)
        .await
}

/// What a taxpayer's statement is computed from.
pub async fn statement_inputs(
    db: &Db,
    payer: i64,
) -> Result<
    (
        Vec<super::statement::LiabilityIn>,
        Vec<super::statement::WasteIn>,
        Vec<super::statement::PaymentIn>,
    ),
    sqlx::Error,
> {
    use super::statement::{LiabilityIn, PaymentIn, WasteIn};
    use super::{Channel, LiabilityKind};
    let liabilities = sqlx::query_as::<_, (String, String, i64, i64)>(
        "SELECT ext_id, kind, year, amount FROM tax_liabilities WHERE payer_id = $1 ORDER BY year, id",
    )
    .bind(payer)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|(id, kind, year, amount)| LiabilityIn {
        id,
        kind: if kind == "vehicle" {
            LiabilityKind::Vehicle
        } else {
            LiabilityKind::Property
        },
        year: year as i16,
        amount,
    })
    .collect();
    let waste = sqlx::query_as::<_, (String, i64, i64, i64, i64, i64)>(
        "SELECT ext_id, from_year, from_month, residents, sorted, large_family
         FROM tax_waste WHERE payer_id = $1 ORDER BY from_year, from_month, id",
    )
    .bind(payer)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|(id, y, m, residents, sorted, large)| WasteIn {
        id,
        from_year: y as i16,
        from_month: m as i8,
        declaration: super::rules::WasteDeclaration {
            residents: residents as u32,
            sorted: sorted != 0,
            large_family: large != 0,
        },
    })
    .collect();
    let payments = sqlx::query_as::<_, (String, String, i64, String, Option<String>)>(
        "SELECT ext_id, paid_on, amount, channel, liability FROM tax_payments
         WHERE payer_id = $1 ORDER BY paid_on, id",
    )
    .bind(payer)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .filter_map(|(id, on, amount, channel, liability)| {
        Some(PaymentIn {
            id,
            on: on.parse().ok()?,
            amount,
            channel: match channel.as_str() {
                "cash" => Channel::Cash,
                "portal" => Channel::Portal,
                _ => Channel::Bank,
            },
            liability,
        })
    })
    .collect();
    Ok((liabilities, waste, payments))
}

/// Where local taxes keep something of an account (checked against the schema by a test).
pub const EXPORT_SOURCES: &[&str] = &[
    "tax_imports.by_user",
    "tax_views.viewer_id",
    "tax_reminders_off.account_id",
    "tax_reminders_sent.account_id",
];

/// What the portal keeps here of an account: the tax files it uploaded and the taxpayers it
/// looked at as a tax clerk; as a resident, whether reminders are off and which were sent.
pub async fn export_for_account(db: &Db, account: i64) -> Result<serde_json::Value, sqlx::Error> {
    let uploads = sqlx::query_as::<_, (String, String, i64, i64, i64)>(
        "SELECT kind, sha256, lines, changed, at FROM tax_imports WHERE by_user = $1 ORDER BY id",
    )
    .bind(account)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|(kind, sha256, lines, changed, at)| {
        serde_json::json!({"kind": kind, "sha256": sha256, "lines": lines, "changed": changed, "at": at})
    })
    .collect::<Vec<_>>();
    let looked = sqlx::query_as::<_, (String, i64)>(
        "SELECT p.ext_id, v.at FROM tax_views v JOIN tax_payers p ON p.id = v.payer_id
         WHERE v.viewer_id = $1 ORDER BY v.id",
    )
    .bind(account)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|(payer, at)| serde_json::json!({"taxpayer": payer, "at": at}))
    .collect::<Vec<_>>();
    let reminded = sqlx::query_as::<_, (String, String, i64)>(
        "SELECT p.ext_id, r.due, r.at FROM tax_reminders_sent r
         JOIN tax_payers p ON p.id = r.payer_id WHERE r.account_id = $1 ORDER BY r.at",
    )
    .bind(account)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|(payer, due, at)| serde_json::json!({"taxpayer": payer, "due": due, "sent_at": at}))
    .collect::<Vec<_>>();
    Ok(serde_json::json!({
        "reminders": reminders_on(db, account).await?,
        "reminders_sent": reminded,
        "as_staff": {"tax_files_imported": uploads, "taxpayers_viewed": looked},
    }))
}

/// A taxpayer as the portal keeps it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PayerRow {
    pub id: i64,
    pub ext_id: String,
    pub name: String,
    pub pesel_masked: String,
    pub account: String,
}

const PAYER: &str = "SELECT id, ext_id, name, pesel_masked, account FROM tax_payers";

/// The taxpayers an account is linked to: those whose PESEL is the one a clerk confirmed for
/// the account (a declared PESEL links nothing: anyone can type anyone's number).
pub async fn linked(db: &Db, account: i64) -> Result<(super::Linking, Vec<PayerRow>), sqlx::Error> {
    use crate::identity::rules::Level;
    let Some(id) = crate::identity::store::of_account(db, account).await? else {
        return Ok((super::Linking::NotVerified, Vec::new()));
    };
    if id.level != Level::Verified || id.kind != "pesel" {
        return Ok((super::Linking::NotVerified, Vec::new()));
    }
    let payers: Vec<PayerRow> = sqlx::query_as(&format!(
        "{PAYER} WHERE person = $1 ORDER BY ext_id LIMIT 20"
    ))
    .bind(&id.hash)
    .fetch_all(&db.pool)
    .await?;
    let linking = if payers.is_empty() {
        super::Linking::NoTaxpayer
    } else {
        super::Linking::Linked
    };
    Ok((linking, payers))
}

pub async fn payer_row(db: &Db, ext_id: &str) -> Result<Option<PayerRow>, sqlx::Error> {
    sqlx::query_as(&format!("{PAYER} WHERE ext_id = $1"))
        .bind(ext_id)
        .fetch_optional(&db.pool)
        .await
}

/// A tax clerk's search: the taxpayer with this id, or the people with this PESEL (found by
/// its keyed hash; the number itself is not kept).
pub async fn find(db: &Db, identity_key: &[u8], q: &str) -> Result<Vec<PayerRow>, sqlx::Error> {
    let q = q.trim();
    let today = crate::identity::api::today();
    let person = crate::identity::rules::Pesel::parse(q, today)
        .ok()
        .map(|p| person_hash(identity_key, &Identity::Pesel(p)));
    sqlx::query_as(&format!(
        "{PAYER} WHERE ext_id = $1 OR person = $2 ORDER BY ext_id LIMIT 20"
    ))
    .bind(q)
    .bind(person.unwrap_or_default())
    .fetch_all(&db.pool)
    .await
}

/// A tax clerk looked at a taxpayer's data: kept for the taxpayer to read.
pub async fn log_view(db: &Db, payer: i64, viewer: i64, name: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO tax_views (payer_id, viewer_id, viewer_name, at) VALUES ($1, $2, $3, $4)",
    )
    .bind(payer)
    .bind(viewer)
    .bind(name)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Who looked at a taxpayer's data, newest first: (name, when).
pub async fn viewed_by(db: &Db, payer: i64, limit: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT viewer_name, at FROM tax_views WHERE payer_id = $1 ORDER BY at DESC, id DESC LIMIT $2",
    )
    .bind(payer)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// What a tax payment order pays: the taxpayer, and the liability it names (None: whatever
/// is oldest, as the Ordinance applies an unnamed payment).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PayItem {
    pub payer: String,
    pub liability: Option<String>,
}

/// An account's tax orders still waiting for the provider: (order, amount, started at).
pub async fn pending(
    db: &Db,
    account: i64,
    payer: &str,
    at: i64,
) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    let rows = sqlx::query_as::<_, (i64, String, i64, i64)>(
        "SELECT id, item, amount, created_at FROM pay_orders
         WHERE account_id = $1 AND purpose = 'tax' AND state = 'pending' AND expires_at + $2 >= $3
         ORDER BY id",
    )
    .bind(account)
    .bind(crate::payments::store::GRACE_SECS)
    .bind(at)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|(_, item, _, _)| {
            serde_json::from_str::<PayItem>(item).is_ok_and(|i| i.payer == payer)
        })
        .map(|(id, _, amount, created)| (id, amount, created))
        .collect())
}

/// A waiting order of this account for exactly this payment (the same page of the provider
/// is offered again rather than a second order).
pub async fn waiting_order(
    db: &Db,
    account: i64,
    item: &str,
    amount: i64,
    at: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM pay_orders WHERE account_id = $1 AND purpose = 'tax' AND item = $2
         AND amount = $3 AND state IN ('new', 'pending') AND expires_at >= $4
         ORDER BY id DESC LIMIT 1",
    )
    .bind(account)
    .bind(item)
    .bind(amount)
    .bind(at)
    .fetch_optional(&db.pool)
    .await
}

/// Fulfils a paid tax order in the transaction that made it paid: the payment, dated the
/// Kraków day it was made, under the provider session's id (the reference the tax system
/// receives with the money, so its own file later names the same row and changes nothing).
pub async fn record_portal_payment(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    order: &crate::payments::store::Order,
    paid_at: i64,
) -> Result<(), String> {
    let item: PayItem = serde_json::from_str(&order.item).map_err(|e| e.to_string())?;
    let payer: i64 = sqlx::query_scalar("SELECT id FROM tax_payers WHERE ext_id = $1")
        .bind(&item.payer)
        .fetch_optional(&mut **tx)
        .await
        .map_err(|e| e.to_string())?
        .ok_or("the taxpayer is gone")?;
    let day = crate::i18n::time::day_of(paid_at);
    sqlx::query(
        "INSERT INTO tax_payments (ext_id, payer_id, paid_on, amount, channel, liability)
         VALUES ($1, $2, $3, $4, 'portal', $5) ON CONFLICT (ext_id) DO NOTHING",
    )
    .bind(&order.session_id)
    .bind(payer)
    .bind(day.to_string())
    .bind(order.amount)
    .bind(item.liability)
    .execute(&mut **tx)
    .await
    .map_err(|e| e.to_string())?;
    Ok(())
}

pub async fn reminders_on(db: &Db, account: i64) -> Result<bool, sqlx::Error> {
    let off: Option<i64> =
        sqlx::query_scalar("SELECT at FROM tax_reminders_off WHERE account_id = $1")
            .bind(account)
            .fetch_optional(&db.pool)
            .await?;
    Ok(off.is_none())
}

pub async fn set_reminders(db: &Db, account: i64, on: bool) -> Result<(), sqlx::Error> {
    if on {
        sqlx::query("DELETE FROM tax_reminders_off WHERE account_id = $1")
            .bind(account)
            .execute(&db.pool)
            .await?;
    } else {
        sqlx::query(
            "INSERT INTO tax_reminders_off (account_id, at) VALUES ($1, $2) ON CONFLICT (account_id) DO NOTHING",
        )
        .bind(account)
        .bind(now())
        .execute(&db.pool)
        .await?;
    }
    Ok(())
}

/// The latest imports: (kind, lines, changed, clerk's name or None for the feed, at).
pub async fn imports(
    db: &Db,
    limit: i64,
) -> Result<Vec<(String, i64, i64, Option<String>, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT i.kind, i.lines, i.changed, u.display_name, i.at FROM tax_imports i
         LEFT JOIN users u ON u.id = i.by_user ORDER BY i.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// A taxpayer's statement on `today` with interest to `as_of`, from the stored rows and the
/// dated tables in `rules`.
pub async fn statement_of(
    db: &Db,
    payer: i64,
    today: jiff::civil::Date,
    as_of: jiff::civil::Date,
) -> Result<Result<super::statement::Statement, super::rules::InterestError>, sqlx::Error> {
    let (l, w, p) = statement_inputs(db, payer).await?;
    Ok(super::statement::statement(
        &l,
        &w,
        &p,
        today,
        as_of,
        super::WASTE_DUE_DAY,
        &super::rules::lombard_rates(),
        &super::rules::letter_fees(),
    ))
}
