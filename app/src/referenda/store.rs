//! SQL of district referenda (server only).
use super::rules::{Kind, NewReferendum};
use crate::forms::District;
use crate::platform::{now, Db};
use sqlx::Row;

#[derive(Clone, Debug)]
pub struct RefRow {
    pub id: i64,
    pub title: String,
    pub question: String,
    pub description: String,
    pub kind: Kind,
    pub options: Vec<String>,
    pub districts: Vec<District>,
    pub opens_at: i64,
    pub closes_at: i64,
    pub electorate: u64,
    pub quorum: Option<u32>,
}

const SELECT: &str = "SELECT id, title, question, description, kind, options, districts, opens_at, closes_at, electorate, quorum FROM ref_referenda";

/// Read by column name; the answers and districts are JSON arrays in TEXT columns.
impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for RefRow {
    fn from_row(r: &'r sqlx::any::AnyRow) -> Result<RefRow, sqlx::Error> {
        let text = |c: &str| r.try_get::<String, _>(c);
        Ok(RefRow {
            id: r.try_get("id")?,
            title: r.try_get("title")?,
            question: r.try_get("question")?,
            description: r.try_get("description")?,
            kind: Kind::parse(&text("kind")?).unwrap_or(Kind::YesNo),
            options: serde_json::from_str(&text("options")?).unwrap_or_default(),
            districts: serde_json::from_str(&text("districts")?).unwrap_or_default(),
            opens_at: r.try_get("opens_at")?,
            closes_at: r.try_get("closes_at")?,
            electorate: r.try_get::<i64, _>("electorate")? as u64,
            quorum: r.try_get::<Option<i64>, _>("quorum")?.map(|q| q as u32),
        })
    }
}

pub async fn create(
    db: &Db,
    n: &NewReferendum,
    opens_at: i64,
    closes_at: i64,
    by: Option<i64>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO ref_referenda (title, question, description, kind, options, districts, opens_at, closes_at, electorate, quorum, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(&n.title)
    .bind(&n.question)
    .bind(&n.description)
    .bind(n.kind.as_str())
    .bind(serde_json::to_string(&n.options).unwrap_or_default())
    .bind(serde_json::to_string(&n.districts).unwrap_or_default())
    .bind(opens_at)
    .bind(closes_at)
    .bind(n.electorate as i64)
    .bind(n.quorum.map(i64::from))
    .bind(by)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

/// Every referendum: open ones first, then upcoming, then closed (newest first).
pub async fn all(db: &Db) -> Result<Vec<RefRow>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} ORDER BY closes_at DESC, id DESC"))
        .fetch_all(&db.pool)
        .await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<RefRow>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// The counts: (district, answer, votes).
pub async fn tally(db: &Db, id: i64) -> Result<Vec<(District, usize, u64)>, sqlx::Error> {
    let rows: Vec<(District, i64, i64)> = sqlx::query_as("SELECT district, answer, votes FROM ref_tally WHERE referendum_id = $1 ORDER BY district, answer").bind(id).fetch_all(&db.pool).await?;
    Ok(rows
        .into_iter()
        .map(|(d, answer, votes)| (d, answer as usize, votes as u64))
        .collect())
}

pub async fn has_voted_account(db: &Db, id: i64, account: i64) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("SELECT 1 FROM ref_voters WHERE referendum_id = $1 AND account_id = $2")
            .bind(id)
            .bind(account)
            .fetch_optional(&db.pool)
            .await?
            .is_some(),
    )
}

/// Records a vote: the voter row (one per person and per account) and one more in the count
/// of the district and answer, in one transaction. False when the person or account has
/// voted already (also when losing a race with their own other request).
pub async fn cast(
    db: &Db,
    id: i64,
    identity: &str,
    account: i64,
    district: District,
    answer: usize,
) -> Result<bool, sqlx::Error> {
    let attempt = async {
        let mut tx = db.pool.begin().await?;
        let inserted = sqlx::query("INSERT INTO ref_voters (referendum_id, identity, account_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(identity)
            .bind(account)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if inserted == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO ref_tally (referendum_id, district, answer, votes) VALUES ($1, $2, $3, 1)
             ON CONFLICT (referendum_id, district, answer) DO UPDATE SET votes = ref_tally.votes + 1",
        )
        .bind(id)
        .bind(district)
        .bind(answer as i64)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok::<bool, sqlx::Error>(true)
    }
    .await;
    match attempt {
        Ok(b) => Ok(b),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(false),
        Err(e) => Err(e),
    }
}

/// Adds many votes at once (demo content): counts per (district, answer).
pub async fn add_counts(db: &Db, id: i64, counts: &[(u8, usize, u64)]) -> Result<(), sqlx::Error> {
    for &(d, a, n) in counts {
        sqlx::query(
            "INSERT INTO ref_tally (referendum_id, district, answer, votes) VALUES ($1, $2, $3, $4)
             ON CONFLICT (referendum_id, district, answer) DO UPDATE SET votes = ref_tally.votes + $4",
        )
        .bind(id)
        .bind(i64::from(d))
        .bind(a as i64)
        .bind(n as i64)
        .execute(&db.pool)
        .await?;
    }
    Ok(())
}

/// Where referenda keep something of an account (checked against the schema by a test).
pub const EXPORT_SOURCES: &[&str] = &["ref_voters.account_id", "ref_referenda.created_by"];

/// The referenda an account voted in (the answer is secret and not kept with the account,
/// so it cannot be given back), and those a clerk created.
pub async fn export_for_account(db: &Db, account: i64) -> Result<serde_json::Value, sqlx::Error> {
    use serde_json::json;
    let voted = crate::platform::account_rows(db, "SELECT r.id, r.question FROM ref_voters v JOIN ref_referenda r ON r.id = v.referendum_id WHERE v.account_id = $1 ORDER BY r.id", account, |r| json!({"referendum": r.get::<i64, _>("id"), "question": r.get::<String, _>("question"), "voted": true, "answer": "secret: not kept with the account"})).await?;
    let created = crate::platform::account_rows(
        db,
        "SELECT id, question FROM ref_referenda WHERE created_by = $1 ORDER BY id",
        account,
        |r| json!({"referendum": r.get::<i64, _>("id"), "question": r.get::<String, _>("question")}),
    )
    .await?;
    Ok(json!({"voted_in": voted, "as_staff": {"created": created}}))
}
