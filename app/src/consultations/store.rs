//! SQL of public consultations (server only).
use super::opinions::Vote;
use super::rules::{Form, Moderation, Timeline, Topic};
use super::{MapSummary, Section};
use crate::forms::District;
use crate::platform::{now, Db};
use jiff::civil::Date;
use sqlx::Row;

/// A consultation as stored: its definition, and what only the stored one has.
#[derive(Clone, Debug)]
pub struct ConRow {
    pub id: i64,
    pub def: NewConsultation,
    pub report_published: bool,
}

const SELECT: &str = "SELECT id, title, summary, easy_summary, topic, districts, department, contact, moderation, forms, verified_only, information_from, opens, closes, answers_by, report_by, published, report_published FROM con_consultations";

/// Read by column name; districts and forms are JSON arrays, dates 'YYYY-MM-DD'.
impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for ConRow {
    fn from_row(r: &'r sqlx::any::AnyRow) -> Result<ConRow, sqlx::Error> {
        let text = |c: &str| r.try_get::<String, _>(c);
        let date = |c: &str| -> Result<Date, sqlx::Error> {
            text(c)?
                .parse()
                .map_err(|e: jiff::Error| sqlx::Error::Decode(format!("{c}: {e}").into()))
        };
        let topic = text("topic")?;
        Ok(ConRow {
            id: r.try_get("id")?,
            def: NewConsultation {
                title: r.try_get("title")?,
                summary: r.try_get("summary")?,
                easy_summary: r.try_get("easy_summary")?,
                topic: Topic::parse(&topic)
                    .ok_or_else(|| sqlx::Error::Decode(format!("topic {topic:?}").into()))?,
                districts: serde_json::from_str(&text("districts")?)
                    .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                department: r.try_get("department")?,
                contact: r.try_get("contact")?,
                moderation: if text("moderation")? == "before" {
                    Moderation::Before
                } else {
                    Moderation::After
                },
                forms: serde_json::from_str::<Vec<String>>(&text("forms")?)
                    .map_err(|e| sqlx::Error::Decode(Box::new(e)))?
                    .iter()
                    .filter_map(|f| Form::parse(f))
                    .collect(),
                verified_only: r.try_get::<i64, _>("verified_only")? != 0,
                timeline: Timeline {
                    information_from: date("information_from")?,
                    opens: date("opens")?,
                    closes: date("closes")?,
                    answers_by: date("answers_by")?,
                    report_by: date("report_by")?,
                },
                published: r.try_get::<i64, _>("published")? != 0,
            },
            report_published: r.try_get::<i64, _>("report_published")? != 0,
        })
    }
}

/// A consultation's definition: a new one (the seeds and, later, the organisers' form), or
/// a stored one's (`ConRow::def`).
#[derive(Clone, Debug)]
pub struct NewConsultation {
    pub title: String,
    pub summary: String,
    pub easy_summary: String,
    pub topic: Topic,
    pub districts: Vec<District>,
    pub department: String,
    pub contact: String,
    pub moderation: Moderation,
    pub forms: Vec<Form>,
    pub verified_only: bool,
    pub timeline: Timeline,
    pub published: bool,
}

pub async fn create(db: &Db, n: &NewConsultation, by: Option<i64>) -> Result<i64, sqlx::Error> {
    let forms: Vec<&str> = n.forms.iter().map(|f| f.code()).collect();
    let t = &n.timeline;
    sqlx::query_scalar(
        "INSERT INTO con_consultations (title, summary, easy_summary, topic, districts, department, contact, moderation, forms, verified_only, information_from, opens, closes, answers_by, report_by, published, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id",
    )
    .bind(&n.title)
    .bind(&n.summary)
    .bind(&n.easy_summary)
    .bind(n.topic.code())
    .bind(serde_json::to_string(&n.districts).unwrap_or_default())
    .bind(&n.department)
    .bind(&n.contact)
    .bind(match n.moderation {
        Moderation::Before => "before",
        Moderation::After => "after",
    })
    .bind(serde_json::to_string(&forms).unwrap_or_default())
    .bind(i64::from(n.verified_only))
    .bind(t.information_from.to_string())
    .bind(t.opens.to_string())
    .bind(t.closes.to_string())
    .bind(t.answers_by.to_string())
    .bind(t.report_by.to_string())
    .bind(i64::from(n.published))
    .bind(by)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

pub async fn add_section(db: &Db, id: i64, position: i64, s: &Section) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO con_sections (consultation_id, position, anchor, heading, body) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(position)
        .bind(&s.anchor)
        .bind(&s.heading)
        .bind(&s.body)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Published consultations, the latest to close first.
pub async fn published(db: &Db) -> Result<Vec<ConRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT} WHERE published = 1 ORDER BY closes DESC, id DESC"
    ))
    .fetch_all(&db.pool)
    .await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<ConRow>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn sections(db: &Db, id: i64) -> Result<Vec<Section>, sqlx::Error> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT anchor, heading, body FROM con_sections WHERE consultation_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(anchor, heading, body)| Section {
            anchor,
            heading,
            body,
        })
        .collect())
}

pub async fn add_statement(
    db: &Db,
    consultation: i64,
    author: Option<i64>,
    by_organiser: bool,
    text: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO con_statements (consultation_id, author_id, by_organiser, text, state, created_at)
         VALUES ($1, $2, $3, $4, 'published', $5) RETURNING id",
    )
    .bind(consultation)
    .bind(author)
    .bind(i64::from(by_organiser))
    .bind(text)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

/// The statements shown in a consultation, oldest first: (id, text).
pub async fn statements(db: &Db, consultation: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, text FROM con_statements WHERE consultation_id = $1 AND state = 'published' ORDER BY id",
    )
    .bind(consultation)
    .fetch_all(&db.pool)
    .await
}

/// The statements a participant has answered in a consultation.
pub async fn answered(
    db: &Db,
    consultation: i64,
    participant: &str,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT statement_id FROM con_votes WHERE consultation_id = $1 AND participant = $2",
    )
    .bind(consultation)
    .bind(participant)
    .fetch_all(&db.pool)
    .await
}

/// One answer. The primary key (statement, participant) makes a second answer to the same
/// statement impossible, however many arrive at once: false when there already was one.
pub async fn cast(
    db: &Db,
    consultation: i64,
    statement: i64,
    participant: &str,
    vote: Vote,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "INSERT INTO con_votes (statement_id, consultation_id, participant, vote, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (statement_id, participant) DO NOTHING",
    )
    .bind(statement)
    .bind(consultation)
    .bind(participant)
    .bind(i64::from(vote.value()))
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Many answers at once (the demo's generated participants), in one transaction.
pub async fn cast_many(
    db: &Db,
    consultation: i64,
    votes: &[(String, i64, Vote)],
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let at = now();
    for chunk in votes.chunks(400) {
        let mut sql = String::from(
            "INSERT INTO con_votes (statement_id, consultation_id, participant, vote, created_at) VALUES ",
        );
        for i in 0..chunk.len() {
            let b = i * 5;
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5
            ));
        }
        sql.push_str(" ON CONFLICT (statement_id, participant) DO NOTHING");
        let mut q = sqlx::query(&sql);
        for (participant, statement, vote) in chunk {
            q = q
                .bind(*statement)
                .bind(consultation)
                .bind(participant.as_str())
                .bind(i64::from(vote.value()))
                .bind(at);
        }
        q.execute(&mut *tx).await?;
    }
    tx.commit().await
}

pub async fn vote_count(db: &Db, consultation: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM con_votes WHERE consultation_id = $1")
        .bind(consultation)
        .fetch_one(&db.pool)
        .await
}

/// Every answer of a consultation's shown statements: (participant, statement, vote).
pub async fn all_votes(db: &Db, consultation: i64) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT v.participant, v.statement_id, v.vote FROM con_votes v
         JOIN con_statements s ON s.id = v.statement_id
         WHERE v.consultation_id = $1 AND s.state = 'published'
         ORDER BY v.participant, v.statement_id",
    )
    .bind(consultation)
    .fetch_all(&db.pool)
    .await
}

/// How long an instance may hold a map it is computing.
const CLAIM_SECONDS: i64 = 120;

/// Published consultations with an opinion map whose votes changed since it was computed,
/// and not computed in the last `debounce` seconds.
pub async fn maps_due(db: &Db, debounce: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT c.id FROM con_consultations c
         LEFT JOIN con_maps m ON m.consultation_id = c.id
         WHERE c.published = 1 AND c.forms LIKE '%opinion-map%'
           AND (m.consultation_id IS NULL
                OR (m.computed_at <= $1 AND m.claimed_until < $2
                    AND m.votes <> (SELECT COUNT(*) FROM con_votes v WHERE v.consultation_id = c.id)))
         ORDER BY c.id",
    )
    .bind(now() - debounce)
    .bind(now())
    .fetch_all(&db.pool)
    .await
}

/// Takes a consultation's map to compute: one statement, so that of several instances only
/// one gets it. False when another holds it.
pub async fn claim_map(db: &Db, consultation: i64) -> Result<bool, sqlx::Error> {
    sqlx::query("INSERT INTO con_maps (consultation_id) VALUES ($1) ON CONFLICT (consultation_id) DO NOTHING")
        .bind(consultation)
        .execute(&db.pool)
        .await?;
    let r = sqlx::query(
        "UPDATE con_maps SET claimed_until = $1 WHERE consultation_id = $2 AND claimed_until < $3",
    )
    .bind(now() + CLAIM_SECONDS)
    .bind(consultation)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn save_map(
    db: &Db,
    consultation: i64,
    votes: i64,
    summary: &MapSummary,
    groups: &[(String, usize)],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE con_maps SET votes = $1, computed_at = $2, claimed_until = 0, result = $3, groups = $4 WHERE consultation_id = $5",
    )
    .bind(votes)
    .bind(summary.computed_at)
    .bind(serde_json::to_string(summary).unwrap_or_default())
    .bind(serde_json::to_string(groups).unwrap_or_default())
    .bind(consultation)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The last map computed, if any.
pub async fn map(db: &Db, consultation: i64) -> Result<Option<MapSummary>, sqlx::Error> {
    let raw: Option<Option<String>> =
        sqlx::query_scalar("SELECT result FROM con_maps WHERE consultation_id = $1")
            .bind(consultation)
            .fetch_optional(&db.pool)
            .await?;
    Ok(raw.flatten().and_then(|s| serde_json::from_str(&s).ok()))
}

pub const EXPORT_SOURCES: &[&str] = &["con_statements.author_id", "con_consultations.created_by"];

/// What an account holds in consultations: the statements it wrote, its answers on opinion
/// maps (those counted by account; where a consultation counts verified people the answer
/// is kept under a keyed hash of the person, not the account), and the consultations a
/// clerk created.
pub async fn export_for_account(db: &Db, account: i64) -> Result<serde_json::Value, sqlx::Error> {
    use serde_json::json;
    let statements = crate::platform::account_rows(
        db,
        "SELECT consultation_id, text, state FROM con_statements WHERE author_id = $1 ORDER BY id",
        account,
        |r| json!({"consultation": r.get::<i64, _>("consultation_id"), "text": r.get::<String, _>("text"), "state": r.get::<String, _>("state")}),
    )
    .await?;
    let answers: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT s.consultation_id, s.text, v.vote FROM con_votes v JOIN con_statements s ON s.id = v.statement_id
         WHERE v.participant = $1 ORDER BY s.id",
    )
    .bind(format!("a:{account}"))
    .fetch_all(&db.pool)
    .await?;
    let created = crate::platform::account_rows(
        db,
        "SELECT id, title FROM con_consultations WHERE created_by = $1 ORDER BY id",
        account,
        |r| json!({"consultation": r.get::<i64, _>("id"), "title": r.get::<String, _>("title")}),
    )
    .await?;
    Ok(json!({
        "statements": statements,
        "answers": answers.iter().map(|(c, text, v)| json!({
            "consultation": c,
            "statement": text,
            "answer": match v { 1 => "agree", -1 => "disagree", _ => "pass" },
        })).collect::<Vec<_>>(),
        "created": created,
    }))
}

/// A consultation's opinion map as open data in Pol.is' export format. Participants are
/// numbered in the order of their first answer: neither accounts nor keyed hashes leave the
/// portal. Statements hidden by moderation keep their place (`moderated` −1) without their
/// text; statements waiting for moderation are 0. Groups are those of the last map computed.
pub async fn polis_export(
    db: &Db,
    consultation: &ConRow,
) -> Result<(super::polis::Conversation, Vec<Option<usize>>), sqlx::Error> {
    use super::polis::{Conversation, Participant, Statement};
    use std::collections::HashMap;
    let statements: Vec<(i64, i64, String, String, i64)> = sqlx::query_as(
        "SELECT id, by_organiser, text, state, created_at FROM con_statements WHERE consultation_id = $1 ORDER BY id",
    )
    .bind(consultation.id)
    .fetch_all(&db.pool)
    .await?;
    let votes: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT participant, statement_id, vote, created_at FROM con_votes WHERE consultation_id = $1
         ORDER BY created_at, participant, statement_id",
    )
    .bind(consultation.id)
    .fetch_all(&db.pool)
    .await?;
    let stored: Option<Option<String>> =
        sqlx::query_scalar("SELECT groups FROM con_maps WHERE consultation_id = $1")
            .bind(consultation.id)
            .fetch_optional(&db.pool)
            .await?;
    let group_of: HashMap<String, usize> = stored
        .flatten()
        .and_then(|g| serde_json::from_str::<Vec<(String, usize)>>(&g).ok())
        .unwrap_or_default()
        .into_iter()
        .collect();
    let index: HashMap<i64, u32> = statements
        .iter()
        .enumerate()
        .map(|(i, s)| (s.0, i as u32))
        .collect();
    let mut number: HashMap<&str, u32> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    let mut out_votes = Vec::with_capacity(votes.len());
    for (p, s, v, _) in &votes {
        let n = *number.entry(p.as_str()).or_insert_with(|| {
            order.push(p.as_str());
            (order.len() - 1) as u32
        });
        if let (Some(&si), Some(v)) = (index.get(s), Vote::from_value(*v as i8)) {
            out_votes.push((n, si, v));
        }
    }
    let shown = |state: &str| state == "published" || state == "waiting";
    let conversation = Conversation {
        statements: statements
            .iter()
            .map(|(id, by_organiser, text, state, at)| Statement {
                id: *id,
                author: if *by_organiser != 0 { 0 } else { -1 },
                moderated: match state.as_str() {
                    "published" => 1,
                    "waiting" => 0,
                    _ => -1,
                },
                body: if shown(state) {
                    text.clone()
                } else {
                    String::new()
                },
                timestamp: Some(at * 1000),
                datetime: jiff::Timestamp::from_second(*at)
                    .map(|t| t.to_string())
                    .unwrap_or_default(),
            })
            .collect(),
        participants: (0..order.len())
            .map(|i| Participant {
                id: i as i64,
                xid: None,
                group: None,
                comments: 0,
            })
            .collect(),
        votes: out_votes,
        summary: vec![
            ("topic".into(), consultation.def.title.clone()),
            (
                "url".into(),
                format!("/consultations/{}/opinions", consultation.id),
            ),
            ("voters".into(), order.len().to_string()),
            ("comments".into(), statements.len().to_string()),
            (
                "groups".into(),
                group_of.values().max().map_or(0, |g| g + 1).to_string(),
            ),
            (
                "conversation-description".into(),
                consultation.def.summary.clone(),
            ),
        ],
    };
    let groups = order.iter().map(|p| group_of.get(*p).copied()).collect();
    Ok((conversation, groups))
}
