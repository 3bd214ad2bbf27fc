//! SQL for surveys. Knows nothing of HTTP.
use super::results::{Aggregator, Response};
use super::{Answers, Audience, BatchLine, Phase, Survey, SurveyCard, SurveyDef};
use crate::forms::District;
use crate::platform::{krakow_time as kt, now, Db};
use sqlx::Row;
use std::collections::BTreeSet;

/// Settings stored next to the definition.
#[derive(Clone, Debug)]
pub struct Settings {
    pub opens_at: i64,
    pub closes_at: i64,
    pub audience: Audience,
    pub districts: Vec<crate::forms::District>,
    pub anonymous: bool,
    pub public_results: bool,
}

pub fn phase(opens_at: i64, closes_at: i64, at: i64) -> Phase {
    if at < opens_at {
        Phase::NotOpen
    } else if at >= closes_at {
        Phase::Closed
    } else {
        Phase::Open
    }
}

fn districts_to_text(d: &[District]) -> String {
    d.iter()
        .map(|d| d.number().to_string())
        .collect::<Vec<_>>()
        .join(",")
}

fn districts_from_text(s: &str) -> Vec<District> {
    s.split(',')
        .filter_map(|d| d.trim().parse().ok().and_then(District::new))
        .collect()
}

const SELECT: &str = "SELECT s.id, s.definition, s.opens_at, s.closes_at, s.audience, s.districts, s.anonymous, s.public_results,
    (SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = s.id) + (SELECT COUNT(*) FROM survey_response_queue q WHERE q.survey_id = s.id) AS responses FROM surveys s";

/// A survey read by column name: its definition is JSON, its settings as `Settings` reads
/// them, its dates written out in Kraków time.
impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for Survey {
    fn from_row(r: &'r sqlx::any::AnyRow) -> Result<Survey, sqlx::Error> {
        let def: SurveyDef = serde_json::from_str(r.try_get("definition")?)
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        let set = Settings::from_row(r)?;
        let (opens_at, closes_at) = (set.opens_at, set.closes_at);
        Ok(Survey {
            id: r.try_get("id")?,
            def,
            opens: kt::label(opens_at),
            closes: kt::label(closes_at),
            opens_date: kt::date(opens_at),
            opens_time: kt::clock(opens_at),
            closes_date: kt::date(closes_at),
            closes_time: kt::clock(closes_at),
            phase: phase(opens_at, closes_at, now()),
            audience: set.audience,
            districts: set.districts,
            anonymous: set.anonymous,
            public_results: set.public_results,
            responses: r.try_get("responses")?,
        })
    }
}

/// Settings read by column name (flags are 0/1 integers, districts a comma list).
impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for Settings {
    fn from_row(r: &'r sqlx::any::AnyRow) -> Result<Settings, sqlx::Error> {
        Ok(Settings {
            opens_at: r.try_get("opens_at")?,
            closes_at: r.try_get("closes_at")?,
            audience: Audience::parse(r.try_get("audience")?).unwrap_or(Audience::SignedIn),
            districts: districts_from_text(r.try_get("districts")?),
            anonymous: r.try_get::<i64, _>("anonymous")? != 0,
            public_results: r.try_get::<i64, _>("public_results")? != 0,
        })
    }
}

pub async fn create(db: &Db, def: &SurveyDef, s: &Settings, by: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO surveys (definition, opens_at, closes_at, audience, districts, anonymous, public_results, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(serde_json::to_string(def).unwrap_or_default())
    .bind(s.opens_at)
    .bind(s.closes_at)
    .bind(s.audience.code())
    .bind(districts_to_text(&s.districts))
    .bind(s.anonymous as i64)
    .bind(s.public_results as i64)
    .bind(by)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

pub async fn save(db: &Db, id: i64, def: &SurveyDef, s: &Settings) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE surveys SET definition = $2, opens_at = $3, closes_at = $4, audience = $5, districts = $6, anonymous = $7,
         public_results = $8, updated_at = $9 WHERE id = $1",
    )
    .bind(id)
    .bind(serde_json::to_string(def).unwrap_or_default())
    .bind(s.opens_at)
    .bind(s.closes_at)
    .bind(s.audience.code())
    .bind(districts_to_text(&s.districts))
    .bind(s.anonymous as i64)
    .bind(s.public_results as i64)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Replaces the questions, but only while no response exists when `structural` (checked in
/// the same statement, so an answer arriving meanwhile wins).
pub async fn save_def(
    db: &Db,
    id: i64,
    def: &SurveyDef,
    structural: bool,
) -> Result<bool, sqlx::Error> {
    let guard = if structural {
        " AND NOT EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = $1) AND NOT EXISTS (SELECT 1 FROM survey_response_queue q WHERE q.survey_id = $1)"
    } else {
        ""
    };
    let done = sqlx::query(&format!(
        "UPDATE surveys SET definition = $2, updated_at = $3 WHERE id = $1{guard}"
    ))
    .bind(id)
    .bind(serde_json::to_string(def).unwrap_or_default())
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn settings(db: &Db, id: i64) -> Result<Option<Settings>, sqlx::Error> {
    sqlx::query_as("SELECT opens_at, closes_at, audience, districts, anonymous, public_results FROM surveys WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Survey>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE s.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn all(db: &Db) -> Result<Vec<Survey>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} ORDER BY s.closes_at DESC, s.id DESC"))
        .fetch_all(&db.pool)
        .await
}

pub fn card(s: &Survey, has_draft: bool, answered: bool) -> SurveyCard {
    SurveyCard {
        id: s.id,
        title: s.def.title.clone(),
        closes: s.closes,
        phase: s.phase,
        questions: s.def.questions.len(),
        anonymous: s.anonymous,
        audience: s.audience,
        districts: s.districts.clone(),
        has_draft,
        answered,
        public_results: s.public_results,
        responses: s.responses,
    }
}

// --- drafts -----------------------------------------------------------------------------

pub async fn draft(
    db: &Db,
    owner: &str,
    survey: i64,
) -> Result<Option<(Answers, Option<String>)>, sqlx::Error> {
    let row: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT answers, code FROM survey_drafts WHERE owner = $1 AND survey_id = $2",
    )
    .bind(owner)
    .bind(survey)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|(answers, code)| (serde_json::from_str(&answers).unwrap_or_default(), code)))
}

pub async fn put_draft(
    db: &Db,
    owner: &str,
    survey: i64,
    answers: &Answers,
    code: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO survey_drafts (owner, survey_id, answers, code, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (owner, survey_id) DO UPDATE SET answers = excluded.answers, code = excluded.code, updated_at = excluded.updated_at",
    )
    .bind(owner)
    .bind(survey)
    .bind(serde_json::to_string(answers).unwrap_or_default())
    .bind(code)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn drafts_of(db: &Db, owner: &str) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT survey_id FROM survey_drafts WHERE owner = $1")
        .bind(owner)
        .fetch_all(&db.pool)
        .await
}

/// Drafts in a browser without an account last 3 hours (kiosks), an account's 30 days.
pub async fn delete_stale_drafts(db: &Db) -> Result<u64, sqlx::Error> {
    let t = now();
    let done = sqlx::query(
        "DELETE FROM survey_drafts WHERE (owner LIKE 'c:%' AND updated_at < $1) OR updated_at < $2
         OR survey_id IN (SELECT id FROM surveys WHERE closes_at < $3)",
    )
    .bind(t - 3 * 3600)
    .bind(t - 30 * 86400)
    .bind(t)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected())
}

// --- participation and responses ----------------------------------------------------------

pub async fn participated(db: &Db, survey: i64, who: &str) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("SELECT 1 FROM survey_participants WHERE survey_id = $1 AND who = $2")
            .bind(survey)
            .bind(who)
            .fetch_optional(&db.pool)
            .await?
            .is_some(),
    )
}

pub async fn participated_in(
    db: &Db,
    who_of: impl Fn(i64) -> String,
    surveys: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    let mut out = Vec::new();
    for s in surveys {
        if participated(db, *s, &who_of(*s)).await? {
            out.push(*s);
        }
    }
    Ok(out)
}

pub enum Submitted {
    Stored,
    AlreadyAnswered,
    CodeUsed,
}

/// What is stored with a response.
pub struct NewResponse<'a> {
    pub district: Option<crate::forms::District>,
    /// Only in surveys that are not anonymous.
    pub user_id: Option<i64>,
    pub answers: &'a Answers,
}

/// Stores one response: participation (unique), the code spent, the answers, the draft
/// removed, all or nothing. A second submission of the same person, code or draft finds the
/// participation already there and stores nothing.
pub async fn submit(
    db: &Db,
    survey: i64,
    who: &str,
    code: Option<&str>,
    draft_owner: &str,
    r: &NewResponse<'_>,
) -> Result<Submitted, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let joined = sqlx::query(
        "INSERT INTO survey_participants (survey_id, who) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(survey)
    .bind(who)
    .execute(&mut *tx)
    .await?;
    if joined.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(Submitted::AlreadyAnswered);
    }
    if let Some(code) = code {
        let spent = sqlx::query(
            "UPDATE survey_codes SET used = 1 WHERE survey_id = $1 AND code = $2 AND used = 0",
        )
        .bind(survey)
        .bind(code)
        .execute(&mut *tx)
        .await?;
        if spent.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(Submitted::CodeUsed);
        }
    }
    let answers = serde_json::to_string(r.answers).unwrap_or_default();
    match r.user_id {
        // A named response is tied to its account anyway.
        Some(user) => {
            sqlx::query("INSERT INTO survey_responses (id, survey_id, day, district, user_id, answers) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(crate::platform::random_hex(12))
                .bind(survey)
                .bind(kt::date(now()))
                .bind(r.district)
                .bind(user)
                .bind(&answers)
                .execute(&mut *tx)
                .await?;
        }
        // An anonymous one waits in the queue (see `flush_queue`).
        None => {
            sqlx::query("INSERT INTO survey_response_queue (id, survey_id, day, district, answers) VALUES ($1, $2, $3, $4, $5)")
                .bind(crate::platform::random_hex(12))
                .bind(survey)
                .bind(kt::date(now()))
                .bind(r.district)
                .bind(&answers)
                .execute(&mut *tx)
                .await?;
        }
    }
    sqlx::query("DELETE FROM survey_drafts WHERE owner = $1 AND survey_id = $2")
        .bind(draft_owner)
        .bind(survey)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    if r.user_id.is_none() {
        flush_queue(db, survey, QUEUE_BATCH).await?;
    }
    Ok(Submitted::Stored)
}

/// Anonymous responses move from the queue to the responses in batches of at least this
/// many (the smallest group results ever show): each batch is written by one transaction of
/// its own, in a shuffled order and with fresh ids, so nothing in the database (PostgreSQL's
/// `xmin`, an order, an id, a time) ties one response to the participation stored with it.
pub use super::QUEUE_BATCH;

/// Moves the survey's queued responses if at least `min` are waiting; returns how many.
pub async fn flush_queue(db: &Db, survey: i64, min: i64) -> Result<usize, sqlx::Error> {
    use rand::seq::SliceRandom;
    let mut tx = db.pool.begin().await?;
    let mut batch: Vec<(String, Option<District>, String)> = sqlx::query_as(
        "DELETE FROM survey_response_queue WHERE survey_id = $1
           AND (SELECT COUNT(*) FROM survey_response_queue q WHERE q.survey_id = $1) >= $2
         RETURNING day, district, answers",
    )
    .bind(survey)
    .bind(min.max(1))
    .fetch_all(&mut *tx)
    .await?;
    batch.shuffle(&mut rand::thread_rng());
    for (day, district, answers) in &batch {
        sqlx::query("INSERT INTO survey_responses (id, survey_id, day, district, user_id, answers) VALUES ($1, $2, $3, $4, NULL, $5)")
            .bind(crate::platform::random_hex(12))
            .bind(survey)
            .bind(day)
            .bind(district)
            .bind(answers)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(batch.len())
}

/// Anonymous responses waiting in the queue.
pub async fn queued(db: &Db, survey: i64) -> Result<u64, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM survey_response_queue WHERE survey_id = $1")
            .bind(survey)
            .fetch_one(&db.pool)
            .await?;
    Ok(n as u64)
}

/// At the close every queued response joins the results, however few (the job does this for
/// every closed survey; results and exports of a closed survey do it before reading).
pub async fn flush_if_closed(db: &Db, survey: i64) -> Result<(), sqlx::Error> {
    let closed = sqlx::query("SELECT 1 FROM surveys WHERE id = $1 AND closes_at <= $2")
        .bind(survey)
        .bind(now())
        .fetch_optional(&db.pool)
        .await?
        .is_some();
    if closed {
        flush_queue(db, survey, 1).await?;
    }
    Ok(())
}

/// The job's round: closed surveys with responses still queued.
pub async fn flush_closed(db: &Db) -> Result<usize, sqlx::Error> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT DISTINCT q.survey_id FROM survey_response_queue q JOIN surveys s ON s.id = q.survey_id WHERE s.closes_at <= $1")
        .bind(now())
        .fetch_all(&db.pool)
        .await?;
    let mut n = 0;
    for id in ids {
        n += flush_queue(db, id, 1).await?;
    }
    Ok(n)
}

/// Streams every response of a survey through `f` (100,000 responses are not held at once).
pub async fn each_response(
    db: &Db,
    survey: i64,
    mut f: impl FnMut(Response),
) -> Result<(), sqlx::Error> {
    use futures::TryStreamExt;
    flush_if_closed(db, survey).await?;
    let mut rows = sqlx::query(
        "SELECT id, district, answers, day FROM survey_responses WHERE survey_id = $1 ORDER BY id",
    )
    .bind(survey)
    .fetch(&db.pool);
    // Read by position on purpose: the answers are borrowed from the row, not copied, for
    // each of up to hundreds of thousands of responses.
    while let Some(r) = rows.try_next().await? {
        let answers: Answers = serde_json::from_str(r.get::<&str, _>(2)).unwrap_or_default();
        f(Response {
            id: r.get(0),
            day: r.get(3),
            district: r.get(1),
            answers,
        });
    }
    Ok(())
}

/// Aggregates every response as it streams from the database. Answers are parsed in place
/// (borrowed from the row) unless a text needs unescaping: 100,000 responses of 20 questions
/// take a fraction of a second (BENCHMARKS.md). Pages take them through `cache::results`.
pub async fn results(
    db: &Db,
    def: &SurveyDef,
    survey: i64,
) -> Result<super::results::Results, sqlx::Error> {
    flush_if_closed(db, survey).await?;
    let hidden = hidden(db, survey).await?;
    aggregate(db, def, survey, &hidden).await
}

/// [`results`] without flushing the queue, with the hidden answers already read.
pub async fn aggregate(
    db: &Db,
    def: &SurveyDef,
    survey: i64,
    hidden: &BTreeSet<(String, String)>,
) -> Result<super::results::Results, sqlx::Error> {
    use futures::TryStreamExt;
    let mut agg = Aggregator::new(def, hidden);
    let mut rows = sqlx::query(
        "SELECT id, district, answers FROM survey_responses WHERE survey_id = $1 ORDER BY id",
    )
    .bind(survey)
    .fetch(&db.pool);
    // Read by position on purpose, borrowing each row's text (see `each_response`).
    while let Some(r) = rows.try_next().await? {
        let (id, district, json): (&str, Option<District>, &str) = (r.get(0), r.get(1), r.get(2));
        let fields = super::results::parse_fields(json);
        agg.add_entries(
            id,
            district,
            fields.iter().map(|(k, v)| (k.as_ref(), v.as_ref())),
        );
    }
    Ok(agg.finish())
}

/// How many responses a survey has in its results (queued ones are not counted yet).
pub async fn response_count(db: &Db, survey: i64) -> Result<u64, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM survey_responses WHERE survey_id = $1")
        .bind(survey)
        .fetch_one(&db.pool)
        .await?;
    Ok(n.max(0) as u64)
}

pub async fn hidden(db: &Db, survey: i64) -> Result<BTreeSet<(String, String)>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT response_id, question FROM survey_hidden_answers WHERE survey_id = $1",
    )
    .bind(survey)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().collect())
}

pub async fn set_hidden(
    db: &Db,
    survey: i64,
    response: &str,
    question: &str,
    hide: bool,
    by: i64,
) -> Result<bool, sqlx::Error> {
    let exists = sqlx::query("SELECT 1 FROM survey_responses WHERE id = $1 AND survey_id = $2")
        .bind(response)
        .bind(survey)
        .fetch_optional(&db.pool)
        .await?
        .is_some();
    if !exists {
        return Ok(false);
    }
    if hide {
        sqlx::query("INSERT INTO survey_hidden_answers (survey_id, response_id, question, hidden_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
            .bind(survey)
            .bind(response)
            .bind(question)
            .bind(by)
            .execute(&db.pool)
            .await?;
    } else {
        sqlx::query("DELETE FROM survey_hidden_answers WHERE response_id = $1 AND question = $2")
            .bind(response)
            .bind(question)
            .execute(&db.pool)
            .await?;
    }
    Ok(true)
}

/// Districts with at least `min` responses (others are left blank in exports).
pub async fn districts_with_at_least(
    db: &Db,
    survey: i64,
    min: i64,
) -> Result<BTreeSet<District>, sqlx::Error> {
    let rows: Vec<District> = sqlx::query_scalar(
        "SELECT district FROM survey_responses WHERE survey_id = $1 AND district IS NOT NULL GROUP BY district HAVING COUNT(*) >= $2",
    )
    .bind(survey)
    .bind(min)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().collect())
}

// --- one-time codes -------------------------------------------------------------------------

pub fn new_code() -> String {
    use rand::Rng;
    let alphabet = super::rules::CODE_ALPHABET;
    let mut rng = rand::rngs::OsRng;
    (0..10)
        .map(|_| alphabet[rng.gen_range(0..alphabet.len())] as char)
        .collect()
}

pub async fn create_batch(db: &Db, survey: i64, size: i64, by: i64) -> Result<i64, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let batch: i64 = sqlx::query_scalar("INSERT INTO survey_code_batches (survey_id, size, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(survey)
        .bind(size)
        .bind(by)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
    let mut made = 0;
    while made < size {
        // 31^10 ≈ 8·10^14 codes: a clash is practically impossible, and skipped if it happens.
        let done = sqlx::query("INSERT INTO survey_codes (survey_id, code, batch_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(survey)
            .bind(new_code())
            .bind(batch)
            .execute(&mut *tx)
            .await?;
        made += done.rows_affected() as i64;
    }
    tx.commit().await?;
    Ok(batch)
}

pub async fn batches(db: &Db, survey: i64) -> Result<Vec<BatchLine>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT b.id, b.size, (SELECT COUNT(*) FROM survey_codes c WHERE c.batch_id = b.id AND c.used = 1), b.created_at
         FROM survey_code_batches b WHERE b.survey_id = $1 ORDER BY b.id DESC",
    )
    .bind(survey)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, size, used, created)| BatchLine {
            id,
            size,
            used,
            created: kt::label(created),
        })
        .collect())
}

pub async fn batch_codes(
    db: &Db,
    survey: i64,
    batch: i64,
) -> Result<Vec<(String, bool)>, sqlx::Error> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT code, used FROM survey_codes WHERE survey_id = $1 AND batch_id = $2 ORDER BY code",
    )
    .bind(survey)
    .bind(batch)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(code, used)| (code, used != 0))
        .collect())
}

/// None: no such code for this survey; Some(used).
pub async fn code_used(db: &Db, survey: i64, code: &str) -> Result<Option<bool>, sqlx::Error> {
    let used: Option<i64> =
        sqlx::query_scalar("SELECT used FROM survey_codes WHERE survey_id = $1 AND code = $2")
            .bind(survey)
            .bind(code)
            .fetch_optional(&db.pool)
            .await?;
    Ok(used.map(|u| u != 0))
}

// --- exports ----------------------------------------------------------------------------------

/// CSV: one row per response, one column per answer field, UTF-8 with a byte order mark so
/// that spreadsheet programs read Polish letters. Hidden text answers are blank; the district
/// is given only where at least [`MIN_CELL`](super::results::MIN_CELL) responses share it.
pub async fn export_csv(db: &Db, s: &Survey) -> Result<Vec<u8>, sqlx::Error> {
    use super::results::{csv_cell, csv_columns, MIN_CELL};
    let hidden = hidden(db, s.id).await?;
    let shown_districts = districts_with_at_least(db, s.id, MIN_CELL as i64).await?;
    let cols = csv_columns(&s.def);
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut w = csv::Writer::from_writer(&mut out);
        let mut header = vec![
            "response".to_string(),
            "day".to_string(),
            "district".to_string(),
        ];
        header.extend(cols.iter().map(|c| c.1.clone()));
        let header: Vec<String> = header
            .iter()
            .map(|h| crate::platform::csv_text(h).into_owned())
            .collect();
        w.write_record(&header)
            .map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
        let mut failed = None;
        each_response(db, s.id, |r| {
            let district = r
                .district
                .filter(|d| shown_districts.contains(d))
                .map(|d| d.number().to_string())
                .unwrap_or_default();
            let mut row = vec![r.id.clone(), r.day.clone(), district];
            row.extend(cols.iter().map(|c| {
                crate::platform::csv_text(&csv_cell(&s.def, &c.0, &r, &hidden)).into_owned()
            }));
            if let Err(e) = w.write_record(&row) {
                failed = Some(e.to_string());
            }
        })
        .await?;
        if let Some(e) = failed {
            return Err(sqlx::Error::Protocol(e));
        }
        w.flush().map_err(sqlx::Error::Io)?;
    }
    Ok(out)
}

/// JSON: the survey, its aggregated results and every response (same rules as the CSV).
pub async fn export_json(db: &Db, s: &Survey) -> Result<serde_json::Value, sqlx::Error> {
    use super::results::{csv_cell, csv_columns, MIN_CELL};
    let hidden = hidden(db, s.id).await?;
    let shown_districts = districts_with_at_least(db, s.id, MIN_CELL as i64).await?;
    let results = results(db, &s.def, s.id).await?;
    let cols = csv_columns(&s.def);
    let mut responses = Vec::new();
    each_response(db, s.id, |r| {
        let answers: serde_json::Map<String, serde_json::Value> = cols
            .iter()
            .map(|c| (c.0.clone(), csv_cell(&s.def, &c.0, &r, &hidden)))
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k, serde_json::Value::String(v)))
            .collect();
        responses.push(serde_json::json!({
            "response": r.id,
            "day": r.day,
            "district": r.district.filter(|d| shown_districts.contains(d)),
            "answers": answers,
        }));
    })
    .await?;
    Ok(serde_json::json!({
        "survey": {
            "id": s.id,
            "title": s.def.title,
            "opens": s.opens,
            "closes": s.closes,
            "anonymous": s.anonymous,
            "questions": s.def.questions,
        },
        "results": results,
        "responses": responses,
    }))
}

/// Stores many responses at once (demo content, benchmarks, imports of paper surveys), in
/// one transaction. Participation is not recorded: these did not come through the portal.
pub async fn insert_responses(db: &Db, survey: i64, rows: &[Response]) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    for r in rows {
        sqlx::query("INSERT INTO survey_responses (id, survey_id, day, district, user_id, answers) VALUES ($1, $2, $3, $4, NULL, $5)")
            .bind(&r.id)
            .bind(survey)
            .bind(&r.day)
            .bind(r.district)
            .bind(serde_json::to_string(&r.answers).unwrap_or_default())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Where surveys keep something of an account (checked against the schema by a test).
/// Anonymous responses are not here: nothing ties them to anyone.
pub const EXPORT_SOURCES: &[&str] = &[
    "survey_responses.user_id",
    "survey_drafts.owner",
    "surveys.created_by",
    "survey_code_batches.created_by",
    "survey_hidden_answers.hidden_by",
];

/// An account's named survey responses and answers in progress, and, for staff, the surveys,
/// code batches and hidden answers they made.
pub async fn export_for_account(db: &Db, account: i64) -> Result<serde_json::Value, sqlx::Error> {
    use serde_json::json;
    let title = |def: &str| {
        serde_json::from_str::<SurveyDef>(def)
            .map(|d| serde_json::to_value(&d.title).unwrap_or_default())
            .unwrap_or_default()
    };
    let answers = |a: &str| serde_json::from_str::<serde_json::Value>(a).unwrap_or_default();
    let named = crate::platform::account_rows(db, "SELECT r.survey_id, s.definition, r.day, r.answers FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE r.user_id = $1 ORDER BY r.survey_id", account, |r| json!({"survey": r.get::<i64, _>("survey_id"), "title": title(r.get("definition")), "day": r.get::<String, _>("day"), "answers": answers(r.get("answers"))})).await?;
    // Drafts are owned by "u:<account id>".
    let drafts: Vec<_> = sqlx::query("SELECT d.survey_id, s.definition, d.answers FROM survey_drafts d JOIN surveys s ON s.id = d.survey_id WHERE d.owner = $1 ORDER BY d.survey_id")
        .bind(format!("u:{account}"))
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| json!({"survey": r.get::<i64, _>("survey_id"), "title": title(r.get("definition")), "answers_so_far": answers(r.get("answers"))}))
        .collect();
    let created = crate::platform::account_rows(
        db,
        "SELECT id, definition FROM surveys WHERE created_by = $1 ORDER BY id",
        account,
        |r| json!({"survey": r.get::<i64, _>("id"), "title": title(r.get("definition"))}),
    )
    .await?;
    let batches = crate::platform::account_rows(
        db,
        "SELECT survey_id, size FROM survey_code_batches WHERE created_by = $1 ORDER BY id",
        account,
        |r| json!({"survey": r.get::<i64, _>("survey_id"), "codes": r.get::<i64, _>("size")}),
    )
    .await?;
    let hidden = crate::platform::account_rows(db, "SELECT survey_id, response_id, question FROM survey_hidden_answers WHERE hidden_by = $1 ORDER BY survey_id", account, |r| json!({"survey": r.get::<i64, _>("survey_id"), "response": r.get::<String, _>("response_id"), "question": r.get::<String, _>("question")})).await?;
    Ok(json!({
        "named_responses": named,
        "answers_in_progress": drafts,
        "as_staff": {"surveys_created": created, "code_batches": batches, "answers_hidden": hidden},
    }))
}
