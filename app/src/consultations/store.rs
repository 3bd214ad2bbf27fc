//! SQL of public consultations (server only).
use super::opinions::Vote;
use super::rules::{
    self, Channel, Decision, Form, Moderation, RemarkSort, RemarkState, Timeline, Topic, Verdict,
};
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
    /// The consultation's own texts in English and Ukrainian.
    pub translations: rules::Translations,
    /// The survey (made with the survey builder) that is one of its forms.
    pub survey_id: Option<i64>,
}

const SELECT: &str = "SELECT id, title, summary, easy_summary, topic, districts, department, contact, moderation, forms, verified_only, information_from, opens, closes, answers_by, report_by, published, report_published, translations, survey_id FROM con_consultations";

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
            // Unreadable translations are shown as none rather than hiding the consultation.
            translations: serde_json::from_str(&text("translations")?).unwrap_or_default(),
            survey_id: r.try_get("survey_id")?,
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

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds a consultation's definition as $1 to $16: title, summary, easy_summary, topic,
/// districts, department, contact, moderation, forms, verified_only, information_from,
/// opens, closes, answers_by, report_by, published.
fn bind_definition<'q>(q: AnyQuery<'q>, n: &'q NewConsultation) -> AnyQuery<'q> {
    let forms: Vec<&str> = n.forms.iter().map(|f| f.code()).collect();
    let t = &n.timeline;
    q.bind(&n.title)
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
}

pub async fn create(db: &Db, n: &NewConsultation, by: Option<i64>) -> Result<i64, sqlx::Error> {
    let row = bind_definition(
        sqlx::query(
            "INSERT INTO con_consultations (title, summary, easy_summary, topic, districts, department, contact, moderation, forms, verified_only, information_from, opens, closes, answers_by, report_by, published, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id",
        ),
        n,
    )
    .bind(by)
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    row.try_get("id")
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
    propose_statement(
        db,
        consultation,
        author,
        by_organiser,
        text,
        RemarkState::Published,
    )
    .await
}

/// A statement proposed by a resident (waiting for a clerk where moderation comes first) or
/// by the organiser (published).
pub async fn propose_statement(
    db: &Db,
    consultation: i64,
    author: Option<i64>,
    by_organiser: bool,
    text: &str,
    state: RemarkState,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO con_statements (consultation_id, author_id, by_organiser, text, state, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(consultation)
    .bind(author)
    .bind(i64::from(by_organiser))
    .bind(text)
    .bind(state.code().0)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

/// Every statement's text in a consultation, whatever its state (for duplicates).
pub async fn statement_texts(db: &Db, consultation: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT text FROM con_statements WHERE consultation_id = $1")
        .bind(consultation)
        .fetch_all(&db.pool)
        .await
}

/// Statements waiting for a clerk, oldest first: (id, text).
pub async fn statement_queue(
    db: &Db,
    consultation: i64,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, text FROM con_statements WHERE consultation_id = $1 AND state IN ('waiting', 'held')
         ORDER BY id LIMIT 200",
    )
    .bind(consultation)
    .fetch_all(&db.pool)
    .await
}

/// A clerk publishes a statement or hides it with a reason; the decision goes into the
/// public log and to the author. False when it is not this consultation's.
pub async fn decide_statement(
    db: &Db,
    consultation: i64,
    statement: i64,
    d: Decision,
    clerk: i64,
) -> Result<bool, sqlx::Error> {
    let state = rules::decide(d);
    let (code, reason) = state.code();
    let mut tx = db.pool.begin().await?;
    let changed = sqlx::query(
        "UPDATE con_statements SET state = $1, hide_reason = $2 WHERE id = $3 AND consultation_id = $4",
    )
    .bind(code)
    .bind(reason)
    .bind(statement)
    .bind(consultation)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if changed {
        let at = now();
        sqlx::query(
            "INSERT INTO con_moderation_log (consultation_id, statement_id, action, reason, clerk_id, at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(consultation)
        .bind(statement)
        .bind(code)
        .bind(reason)
        .bind(clerk)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO con_notices (account_id, consultation_id, statement_id, kind, reason, created_at)
             SELECT author_id, consultation_id, id, $2, $3, $4 FROM con_statements
             WHERE id = $1 AND author_id IS NOT NULL AND by_organiser = 0",
        )
        .bind(statement)
        .bind(format!("statement-{code}"))
        .bind(reason)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(changed)
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
/// An INSERT of `n` votes (statement, consultation, participant, vote, time each); a vote
/// already there is kept.
fn votes_insert(n: usize) -> String {
    let rows: Vec<String> = (0..n)
        .map(|i| {
            let b = i * 5;
            format!(
                "(${}, ${}, ${}, ${}, ${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5
            )
        })
        .collect();
    format!(
        "INSERT INTO con_votes (statement_id, consultation_id, participant, vote, created_at) VALUES {} ON CONFLICT (statement_id, participant) DO NOTHING",
        rows.join(",")
    )
}

pub async fn cast_many(
    db: &Db,
    consultation: i64,
    votes: &[(String, i64, Vote)],
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let at = now();
    for chunk in votes.chunks(400) {
        let sql = votes_insert(chunk.len());
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

pub const EXPORT_SOURCES: &[&str] = &[
    "con_statements.author_id",
    "con_consultations.created_by",
    "con_remarks.author_id",
    "con_remarks.entered_by",
    "con_supports.account_id",
    "con_reports.account_id",
    "con_moderation_log.clerk_id",
    "con_notices.account_id",
    "con_answers.answered_by",
    "con_final_reports.written_by",
    "con_extensions.extended_by",
    "con_meetings.created_by",
    "con_registrations.account_id",
    "con_bookings.account_id",
    "con_follows.account_id",
    "con_documents.created_by",
];

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
    let remarks = crate::platform::account_rows(
        db,
        "SELECT id, consultation_id, section, channel, text, state, hide_reason, supports, created_at, edited_at FROM con_remarks WHERE author_id = $1 ORDER BY id",
        account,
        |r| json!({
            "remark": r.get::<i64, _>("id"),
            "consultation": r.get::<i64, _>("consultation_id"),
            "section": r.get::<Option<String>, _>("section"),
            "channel": r.get::<String, _>("channel"),
            "text": r.get::<String, _>("text"),
            "state": r.get::<String, _>("state"),
            "hide_reason": r.get::<Option<String>, _>("hide_reason"),
            "supports": r.get::<i64, _>("supports"),
            "written_at": r.get::<i64, _>("created_at"),
            "edited_at": r.get::<Option<i64>, _>("edited_at"),
        }),
    )
    .await?;
    let entered = crate::platform::account_rows(
        db,
        "SELECT id, consultation_id, channel FROM con_remarks WHERE entered_by = $1 ORDER BY id",
        account,
        |r| json!({"remark": r.get::<i64, _>("id"), "consultation": r.get::<i64, _>("consultation_id"), "channel": r.get::<String, _>("channel")}),
    )
    .await?;
    let supported = crate::platform::account_rows(
        db,
        "SELECT remark_id, created_at FROM con_supports WHERE account_id = $1 ORDER BY remark_id",
        account,
        |r| json!({"remark": r.get::<i64, _>("remark_id"), "at": r.get::<i64, _>("created_at")}),
    )
    .await?;
    let reported = crate::platform::account_rows(
        db,
        "SELECT remark_id, created_at FROM con_reports WHERE account_id = $1 ORDER BY remark_id",
        account,
        |r| json!({"remark": r.get::<i64, _>("remark_id"), "at": r.get::<i64, _>("created_at")}),
    )
    .await?;
    let decisions = crate::platform::account_rows(
        db,
        "SELECT remark_id, action, reason, at FROM con_moderation_log WHERE clerk_id = $1 ORDER BY id",
        account,
        |r| json!({"remark": r.get::<Option<i64>, _>("remark_id"), "action": r.get::<String, _>("action"), "reason": r.get::<Option<String>, _>("reason"), "at": r.get::<i64, _>("at")}),
    )
    .await?;
    let notices = crate::platform::account_rows(
        db,
        "SELECT consultation_id, remark_id, kind, reason, created_at, read_at FROM con_notices WHERE account_id = $1 ORDER BY id",
        account,
        |r| json!({"consultation": r.get::<i64, _>("consultation_id"), "remark": r.get::<Option<i64>, _>("remark_id"), "kind": r.get::<String, _>("kind"), "reason": r.get::<Option<String>, _>("reason"), "at": r.get::<i64, _>("created_at"), "read_at": r.get::<Option<i64>, _>("read_at")}),
    )
    .await?;
    let answered = crate::platform::account_rows(
        db,
        "SELECT id, consultation_id, verdict, justification, created_at FROM con_answers WHERE answered_by = $1 ORDER BY id",
        account,
        |r| json!({"answer": r.get::<i64, _>("id"), "consultation": r.get::<i64, _>("consultation_id"), "verdict": r.get::<String, _>("verdict"), "justification": r.get::<String, _>("justification"), "at": r.get::<i64, _>("created_at")}),
    )
    .await?;
    let reports_written = crate::platform::account_rows(
        db,
        "SELECT consultation_id, published_at FROM con_final_reports WHERE written_by = $1 ORDER BY consultation_id",
        account,
        |r| json!({"consultation": r.get::<i64, _>("consultation_id"), "published_at": r.get::<Option<i64>, _>("published_at")}),
    )
    .await?;
    let extended = crate::platform::account_rows(
        db,
        "SELECT consultation_id, new_closes, reason FROM con_extensions WHERE extended_by = $1 ORDER BY id",
        account,
        |r| json!({"consultation": r.get::<i64, _>("consultation_id"), "new_closes": r.get::<String, _>("new_closes"), "reason": r.get::<String, _>("reason")}),
    )
    .await?;
    let meetings_planned = crate::platform::account_rows(
        db,
        "SELECT id, consultation_id, title, starts_at FROM con_meetings WHERE created_by = $1 ORDER BY id",
        account,
        |r| json!({"meeting": r.get::<i64, _>("id"), "consultation": r.get::<i64, _>("consultation_id"), "title": r.get::<String, _>("title"), "starts_at": r.get::<i64, _>("starts_at")}),
    )
    .await?;
    let documents_added = crate::platform::account_rows(
        db,
        "SELECT id, consultation_id, title, size FROM con_documents WHERE created_by = $1 ORDER BY id",
        account,
        |r| json!({"document": r.get::<i64, _>("id"), "consultation": r.get::<i64, _>("consultation_id"), "title": r.get::<String, _>("title"), "size": r.get::<i64, _>("size")}),
    )
    .await?;
    let registrations = crate::platform::account_rows(
        db,
        "SELECT r.meeting_id, m.consultation_id, m.title, r.interpreter, r.created_at FROM con_registrations r
         JOIN con_meetings m ON m.id = r.meeting_id WHERE r.account_id = $1 ORDER BY r.id",
        account,
        |r| json!({"meeting": r.get::<i64, _>("meeting_id"), "consultation": r.get::<i64, _>("consultation_id"), "title": r.get::<String, _>("title"), "interpreter": r.get::<i64, _>("interpreter") == 1, "at": r.get::<i64, _>("created_at")}),
    )
    .await?;
    let bookings = crate::platform::account_rows(
        db,
        "SELECT b.consultation_id, s.expert, s.starts_at, b.phone, b.question, b.booked_at FROM con_bookings b
         JOIN con_duty_slots s ON s.id = b.slot_id WHERE b.account_id = $1 ORDER BY b.slot_id",
        account,
        |r| json!({"consultation": r.get::<i64, _>("consultation_id"), "expert": r.get::<String, _>("expert"), "starts_at": r.get::<i64, _>("starts_at"), "phone": r.get::<Option<String>, _>("phone"), "question": r.get::<String, _>("question"), "at": r.get::<i64, _>("booked_at")}),
    )
    .await?;
    let following = crate::platform::account_rows(
        db,
        "SELECT districts, topics, everything, delivery, last_digest FROM con_follows WHERE account_id = $1",
        account,
        |r| json!({
            "districts": serde_json::from_str::<serde_json::Value>(&r.get::<String, _>("districts")).unwrap_or_default(),
            "topics": serde_json::from_str::<serde_json::Value>(&r.get::<String, _>("topics")).unwrap_or_default(),
            "everything": r.get::<i64, _>("everything") == 1,
            "delivery": r.get::<String, _>("delivery"),
            "last_digest": r.get::<Option<String>, _>("last_digest"),
        }),
    )
    .await?;
    Ok(json!({
        "following": following,
        "meetings_planned": meetings_planned,
        "documents_added": documents_added,
        "meeting_registrations": registrations,
        "duty_hour_bookings": bookings,
        "extensions": extended,
        "answers_given": answered,
        "reports_written": reports_written,
        "remarks": remarks,
        "remarks_entered": entered,
        "supported": supported,
        "reported": reported,
        "moderation_decisions": decisions,
        "notices": notices,
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
        ]
        .into_iter()
        .chain(
            // Imported data keeps its attribution (CC BY 4.0) in what it is exported as.
            Some(opinion_source(db, consultation.id).await?)
                .filter(|s| !s.is_empty())
                .map(|s| ("source".to_string(), s)),
        )
        .collect(),
    };
    let groups = order.iter().map(|p| group_of.get(*p).copied()).collect();
    Ok((conversation, groups))
}

/// A remark as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RemarkRow {
    pub id: i64,
    pub consultation_id: i64,
    pub section: Option<String>,
    pub author_id: Option<i64>,
    pub channel: String,
    pub text: String,
    pub state: String,
    pub hide_reason: Option<String>,
    pub confirmed: i64,
    pub supports: i64,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub answer_id: Option<i64>,
}

impl RemarkRow {
    pub fn state(&self) -> RemarkState {
        RemarkState::parse(&self.state, self.hide_reason.as_deref())
    }
}

const REMARK: &str = "SELECT id, consultation_id, section, author_id, channel, text, state, hide_reason, confirmed, supports, created_at, edited_at, answer_id FROM con_remarks";

/// A new remark: by a resident in the portal (`author`), or typed in by a clerk
/// (`entered_by`) from paper, a letter or an e-mail.
#[allow(clippy::too_many_arguments)]
pub async fn add_remark(
    db: &Db,
    consultation: i64,
    section: Option<&str>,
    author: Option<i64>,
    channel: Channel,
    entered_by: Option<i64>,
    text: &str,
    state: RemarkState,
) -> Result<i64, sqlx::Error> {
    let (code, reason) = state.code();
    sqlx::query_scalar(
        "INSERT INTO con_remarks (consultation_id, section, author_id, channel, entered_by, text, state, hide_reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(consultation)
    .bind(section)
    .bind(author)
    .bind(channel.code())
    .bind(entered_by)
    .bind(text)
    .bind(code)
    .bind(reason)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

pub async fn remark(db: &Db, id: i64) -> Result<Option<RemarkRow>, sqlx::Error> {
    sqlx::query_as(&format!("{REMARK} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// The author's new text, and the state it puts the remark in (see `RemarkState::edited`).
/// Only while the author still holds it (`author`), in one statement.
pub async fn edit_remark(
    db: &Db,
    id: i64,
    author: i64,
    text: &str,
    state: RemarkState,
) -> Result<bool, sqlx::Error> {
    let (code, reason) = state.code();
    let r = sqlx::query(
        "UPDATE con_remarks SET text = $1, state = $2, hide_reason = $3, edited_at = $4 WHERE id = $5 AND author_id = $6",
    )
    .bind(text)
    .bind(code)
    .bind(reason)
    .bind(now())
    .bind(id)
    .bind(author)
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Which remarks a list shows.
#[derive(Clone, Debug, Default)]
pub struct RemarkFilter {
    /// None: every remark; Some(None): those on the whole document; Some(Some(anchor)):
    /// those on one section.
    pub section: Option<Option<String>>,
    pub sort: RemarkSort,
    /// The account looking: its own remarks waiting for a clerk are listed for it.
    pub viewer: Option<i64>,
}

fn remark_where(f: &RemarkFilter) -> String {
    let mut w = String::from(
        "consultation_id = $1 AND (state <> 'waiting' OR (author_id IS NOT NULL AND author_id = $2))",
    );
    match &f.section {
        None => {}
        Some(None) => w.push_str(" AND section IS NULL"),
        Some(Some(_)) => w.push_str(" AND section = $3"),
    }
    w
}

/// How many remarks a list has.
pub async fn remark_count(
    db: &Db,
    consultation: i64,
    f: &RemarkFilter,
) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM con_remarks WHERE {}", remark_where(f));
    let mut q = sqlx::query_scalar(&sql)
        .bind(consultation)
        .bind(f.viewer.unwrap_or(-1));
    if let Some(Some(s)) = &f.section {
        q = q.bind(s.clone());
    }
    q.fetch_one(&db.pool).await
}

/// One page of a list of remarks (`offset`, at most `limit`).
pub async fn remarks_page(
    db: &Db,
    consultation: i64,
    f: &RemarkFilter,
    offset: i64,
    limit: i64,
) -> Result<Vec<RemarkRow>, sqlx::Error> {
    let order = match f.sort {
        RemarkSort::Newest => "id DESC",
        RemarkSort::Oldest => "id ASC",
        RemarkSort::MostSupported => "supports DESC, id DESC",
    };
    let n = if matches!(f.section, Some(Some(_))) {
        4
    } else {
        3
    };
    let sql = format!(
        "{REMARK} WHERE {} ORDER BY {order} LIMIT ${n} OFFSET ${}",
        remark_where(f),
        n + 1
    );
    let mut q = sqlx::query_as(&sql)
        .bind(consultation)
        .bind(f.viewer.unwrap_or(-1));
    if let Some(Some(s)) = &f.section {
        q = q.bind(s.clone());
    }
    q.bind(limit).bind(offset).fetch_all(&db.pool).await
}

/// Of `remarks`, those the account supported and those it reported.
pub async fn reactions(
    db: &Db,
    account: i64,
    remarks: &[i64],
) -> Result<(Vec<i64>, Vec<i64>), sqlx::Error> {
    if remarks.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let list = remarks
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let supported = sqlx::query_scalar(&format!(
        "SELECT remark_id FROM con_supports WHERE account_id = $1 AND remark_id IN ({list})"
    ))
    .bind(account)
    .fetch_all(&db.pool)
    .await?;
    let reported = sqlx::query_scalar(&format!(
        "SELECT remark_id FROM con_reports WHERE account_id = $1 AND remark_id IN ({list})"
    ))
    .bind(account)
    .fetch_all(&db.pool)
    .await?;
    Ok((supported, reported))
}

/// One support per account: the row and the remark's count change together, or neither
/// (a second support, however many arrive at once, changes nothing). True when counted.
pub async fn support(db: &Db, remark: i64, account: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let r = sqlx::query(
        "INSERT INTO con_supports (remark_id, account_id, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (remark_id, account_id) DO NOTHING",
    )
    .bind(remark)
    .bind(account)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    let counted = r.rows_affected() == 1;
    if counted {
        sqlx::query("UPDATE con_remarks SET supports = supports + 1 WHERE id = $1")
            .bind(remark)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(counted)
}

/// A report (one per account). The remark is held when this report makes the reports of
/// different residents reach [`rules::REPORTS_TO_HOLD`], unless a clerk already confirmed
/// it: counted and changed in one statement, so simultaneous reports hold it exactly once.
/// (counted, held now).
pub async fn report(db: &Db, remark: i64, account: i64) -> Result<(bool, bool), sqlx::Error> {
    let r = sqlx::query(
        "INSERT INTO con_reports (remark_id, account_id, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (remark_id, account_id) DO NOTHING",
    )
    .bind(remark)
    .bind(account)
    .bind(now())
    .execute(&db.pool)
    .await?;
    if r.rows_affected() == 0 {
        return Ok((false, false));
    }
    let held = sqlx::query(
        "UPDATE con_remarks SET state = 'held' WHERE id = $1 AND state = 'published' AND confirmed = 0
           AND (SELECT COUNT(*) FROM con_reports WHERE remark_id = $1) >= $2",
    )
    .bind(remark)
    .bind(i64::from(rules::REPORTS_TO_HOLD))
    .execute(&db.pool)
    .await?
    .rows_affected()
        == 1;
    if held {
        log(db, remark, "held", None, None).await?;
    }
    Ok((true, held))
}

/// Adds a line to the consultation's public moderation log, and tells the remark's author.
async fn log(
    db: &Db,
    remark: i64,
    action: &str,
    reason: Option<&str>,
    clerk: Option<i64>,
) -> Result<(), sqlx::Error> {
    let at = now();
    sqlx::query(
        "INSERT INTO con_moderation_log (consultation_id, remark_id, action, reason, clerk_id, at)
         SELECT consultation_id, id, $2, $3, $4, $5 FROM con_remarks WHERE id = $1",
    )
    .bind(remark)
    .bind(action)
    .bind(reason)
    .bind(clerk)
    .bind(at)
    .execute(&db.pool)
    .await?;
    sqlx::query(
        "INSERT INTO con_notices (account_id, consultation_id, remark_id, kind, reason, created_at)
         SELECT author_id, consultation_id, id, $2, $3, $4 FROM con_remarks WHERE id = $1 AND author_id IS NOT NULL",
    )
    .bind(remark)
    .bind(format!("remark-{action}"))
    .bind(reason)
    .bind(at)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// A clerk's decision: published (and from then on not held by reports) or hidden with its
/// reason; logged publicly and told to the author.
pub async fn decide(db: &Db, remark: i64, d: Decision, clerk: i64) -> Result<(), sqlx::Error> {
    let state = rules::decide(d);
    let (code, reason) = state.code();
    sqlx::query(
        "UPDATE con_remarks SET state = $1, hide_reason = $2, confirmed = CASE WHEN $1 = 'published' THEN 1 ELSE confirmed END WHERE id = $3",
    )
    .bind(code)
    .bind(reason)
    .bind(remark)
    .execute(&db.pool)
    .await?;
    log(db, remark, code, reason, Some(clerk)).await
}

/// Remarks waiting for a clerk: new ones (moderation before publishing) and those held by
/// reports, oldest first, with how many residents reported each.
pub async fn moderation_queue(
    db: &Db,
    consultation: i64,
) -> Result<Vec<(RemarkRow, i64)>, sqlx::Error> {
    let rows: Vec<RemarkRow> = sqlx::query_as(&format!(
        "{REMARK} WHERE consultation_id = $1 AND state IN ('waiting', 'held') ORDER BY id LIMIT 200"
    ))
    .bind(consultation)
    .fetch_all(&db.pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM con_reports WHERE remark_id = $1")
            .bind(r.id)
            .fetch_one(&db.pool)
            .await?;
        out.push((r, n));
    }
    Ok(out)
}

/// A line of the public moderation log: (remark, statement, action, reason, at).
pub type LogRow = (Option<i64>, Option<i64>, String, Option<String>, i64);

/// The public moderation log, newest first.
pub async fn moderation_log(db: &Db, consultation: i64) -> Result<Vec<LogRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT remark_id, statement_id, action, reason, at FROM con_moderation_log WHERE consultation_id = $1 ORDER BY id DESC LIMIT 500",
    )
    .bind(consultation)
    .fetch_all(&db.pool)
    .await
}

/// An answer as stored: (id, verdict, justification).
pub type AnswerRow = (i64, String, String);

/// The answers with these ids.
pub async fn answers(db: &Db, ids: &[i64]) -> Result<Vec<AnswerRow>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    sqlx::query_as(&format!(
        "SELECT id, verdict, justification FROM con_answers WHERE id IN ({list})"
    ))
    .fetch_all(&db.pool)
    .await
}

/// One answer to remarks and statements on the same matter, in one transaction: only
/// those of this consultation still without an answer get it (ids sent are never trusted),
/// and the authors of the remarks are told. The number of remarks and statements answered;
/// nothing is written when it is zero.
pub async fn answer(
    db: &Db,
    consultation: i64,
    remarks: &[i64],
    statements: &[i64],
    verdict: Verdict,
    justification: &str,
    by: i64,
) -> Result<u64, sqlx::Error> {
    let list = |ids: &[i64]| {
        if ids.is_empty() {
            "NULL".to_string()
        } else {
            ids.iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(",")
        }
    };
    let mut tx = db.pool.begin().await?;
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO con_answers (consultation_id, verdict, justification, answered_by, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(consultation)
    .bind(verdict.code())
    .bind(justification)
    .bind(by)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    let r = sqlx::query(&format!(
        "UPDATE con_remarks SET answer_id = $1 WHERE consultation_id = $2 AND answer_id IS NULL AND state <> 'hidden' AND id IN ({})",
        list(remarks)
    ))
    .bind(id)
    .bind(consultation)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let st = sqlx::query(&format!(
        "UPDATE con_statements SET answer_id = $1 WHERE consultation_id = $2 AND answer_id IS NULL AND state = 'published' AND id IN ({})",
        list(statements)
    ))
    .bind(id)
    .bind(consultation)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if r + st == 0 {
        tx.rollback().await?;
        return Ok(0);
    }
    sqlx::query(
        "INSERT INTO con_notices (account_id, consultation_id, remark_id, kind, reason, created_at)
         SELECT author_id, consultation_id, id, 'remark-answered', $2, $3 FROM con_remarks WHERE answer_id = $1 AND author_id IS NOT NULL",
    )
    .bind(id)
    .bind(verdict.code())
    .bind(at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(r + st)
}

/// Remarks (not hidden) and statements (shown) of a consultation still without an answer:
/// (remarks, statements as (id, text)).
pub async fn unanswered(
    db: &Db,
    consultation: i64,
) -> Result<(Vec<RemarkRow>, Vec<(i64, String)>), sqlx::Error> {
    let remarks = sqlx::query_as(&format!(
        "{REMARK} WHERE consultation_id = $1 AND answer_id IS NULL AND state <> 'hidden' ORDER BY id LIMIT 500"
    ))
    .bind(consultation)
    .fetch_all(&db.pool)
    .await?;
    let statements = sqlx::query_as(
        "SELECT id, text FROM con_statements WHERE consultation_id = $1 AND answer_id IS NULL AND state = 'published' ORDER BY id LIMIT 500",
    )
    .bind(consultation)
    .fetch_all(&db.pool)
    .await?;
    Ok((remarks, statements))
}

/// How many remarks and statements still wait for an answer.
pub async fn unanswered_count(db: &Db, consultation: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM con_remarks WHERE consultation_id = $1 AND answer_id IS NULL AND state <> 'hidden')
              + (SELECT COUNT(*) FROM con_statements WHERE consultation_id = $1 AND answer_id IS NULL AND state = 'published')",
    )
    .bind(consultation)
    .fetch_one(&db.pool)
    .await
}

/// The report's text as written so far: (summary, changes, published_at).
pub async fn final_report(
    db: &Db,
    consultation: i64,
) -> Result<Option<(String, String, Option<i64>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT summary, changes, published_at FROM con_final_reports WHERE consultation_id = $1",
    )
    .bind(consultation)
    .fetch_optional(&db.pool)
    .await
}

/// Keeps the report's text; with `publish`, publishes it and the consultation's report in
/// one transaction.
pub async fn save_report(
    db: &Db,
    consultation: i64,
    summary: &str,
    changes: &str,
    by: i64,
    publish: bool,
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let at = publish.then(now);
    sqlx::query(
        "INSERT INTO con_final_reports (consultation_id, summary, changes, written_by, published_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (consultation_id) DO UPDATE SET summary = $2, changes = $3, written_by = $4, published_at = COALESCE(con_final_reports.published_at, $5)",
    )
    .bind(consultation)
    .bind(summary)
    .bind(changes)
    .bind(by)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    if publish {
        sqlx::query("UPDATE con_consultations SET report_published = 1 WHERE id = $1")
            .bind(consultation)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// Every remark listed publicly (not waiting) with its answer, oldest first, for the
/// report: (remark, answer).
pub async fn report_remarks(
    db: &Db,
    consultation: i64,
) -> Result<Vec<(RemarkRow, Option<AnswerRow>)>, sqlx::Error> {
    let rows: Vec<RemarkRow> = sqlx::query_as(&format!(
        "{REMARK} WHERE consultation_id = $1 AND state <> 'waiting' ORDER BY id"
    ))
    .bind(consultation)
    .fetch_all(&db.pool)
    .await?;
    let all: Vec<AnswerRow> = sqlx::query_as(
        "SELECT id, verdict, justification FROM con_answers WHERE consultation_id = $1",
    )
    .bind(consultation)
    .fetch_all(&db.pool)
    .await?;
    let by_id: std::collections::HashMap<i64, AnswerRow> =
        all.into_iter().map(|a| (a.0, a)).collect();
    Ok(rows
        .into_iter()
        .map(|r| {
            let a = r.answer_id.and_then(|i| by_id.get(&i).cloned());
            (r, a)
        })
        .collect())
}

/// Shown statements with their answers, for the report: (id, text, agree, disagree, pass,
/// answer).
pub async fn report_statements(
    db: &Db,
    consultation: i64,
) -> Result<Vec<(i64, String, Option<AnswerRow>)>, sqlx::Error> {
    type Row = (i64, String, Option<i64>, Option<String>, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT s.id, s.text, a.id, a.verdict, a.justification FROM con_statements s
         LEFT JOIN con_answers a ON a.id = s.answer_id
         WHERE s.consultation_id = $1 AND s.state = 'published' ORDER BY s.id",
    )
    .bind(consultation)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, text, a, v, j)| {
            let answer = match (a, v, j) {
                (Some(a), Some(v), Some(j)) => Some((a, v, j)),
                _ => None,
            };
            (id, text, answer)
        })
        .collect())
}

/// Participation in numbers: remarks per channel, and on the opinion map the participants
/// and their votes.
pub async fn participation(
    db: &Db,
    consultation: i64,
) -> Result<(Vec<(String, i64)>, i64, i64), sqlx::Error> {
    let channels = sqlx::query_as(
        "SELECT channel, COUNT(*) FROM con_remarks WHERE consultation_id = $1 AND state <> 'waiting' GROUP BY channel ORDER BY channel",
    )
    .bind(consultation)
    .fetch_all(&db.pool)
    .await?;
    let (participants, votes): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(DISTINCT participant), COUNT(*) FROM con_votes WHERE consultation_id = $1",
    )
    .bind(consultation)
    .fetch_one(&db.pool)
    .await?;
    Ok((channels, participants, votes))
}

/// Every consultation, drafts included, the latest made first (clerks).
pub async fn all(db: &Db) -> Result<Vec<ConRow>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} ORDER BY id DESC LIMIT 500"))
        .fetch_all(&db.pool)
        .await
}

/// A draft's definition and document replaced, in one transaction; false when it is no
/// longer a draft (published meanwhile).
pub async fn update_draft(
    db: &Db,
    id: i64,
    n: &NewConsultation,
    sections: &[Section],
    survey_id: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let r = bind_definition(
        sqlx::query(
            "UPDATE con_consultations SET title = $1, summary = $2, easy_summary = $3, topic = $4, districts = $5, department = $6, contact = $7,
               moderation = $8, forms = $9, verified_only = $10, information_from = $11, opens = $12, closes = $13, answers_by = $14, report_by = $15,
               published = $16
             WHERE id = $17 AND published = 0",
        ),
        n,
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    sqlx::query("UPDATE con_consultations SET survey_id = $1 WHERE id = $2")
        .bind(survey_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM con_sections WHERE consultation_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    for (i, s) in sections.iter().enumerate() {
        sqlx::query("INSERT INTO con_sections (consultation_id, position, anchor, heading, body) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(i as i64)
            .bind(&s.anchor)
            .bind(&s.heading)
            .bind(&s.body)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// An extension: the new dates and the record of why, together; false when the last day
/// changed meanwhile (two clerks at once: the second is refused, not added on top).
pub async fn extend(
    db: &Db,
    id: i64,
    old: &Timeline,
    new: &Timeline,
    reason: &str,
    by: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let r = sqlx::query(
        "UPDATE con_consultations SET closes = $1, answers_by = $2, report_by = $3 WHERE id = $4 AND closes = $5",
    )
    .bind(new.closes.to_string())
    .bind(new.answers_by.to_string())
    .bind(new.report_by.to_string())
    .bind(id)
    .bind(old.closes.to_string())
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO con_extensions (consultation_id, old_closes, new_closes, reason, extended_by, at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(old.closes.to_string())
    .bind(new.closes.to_string())
    .bind(reason)
    .bind(by)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A consultation's extensions, oldest first: (old last day, new last day, reason).
pub async fn extensions(db: &Db, id: i64) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT old_closes, new_closes, reason FROM con_extensions WHERE consultation_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await
}

/// A notice as stored, with its consultation's title.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NoticeRow {
    pub consultation_id: i64,
    pub title: String,
    pub remark_id: Option<i64>,
    pub kind: String,
    pub reason: Option<String>,
    pub created_at: i64,
    pub read_at: Option<i64>,
    pub meeting_title: Option<String>,
    pub meeting_starts: Option<i64>,
    pub statement_text: Option<String>,
}

/// An account's notices about consultations, newest first (at most 100), then all of them
/// marked read.
pub async fn notices_read(db: &Db, account: i64) -> Result<Vec<NoticeRow>, sqlx::Error> {
    let rows = sqlx::query_as(
        "SELECT n.consultation_id, c.title, n.remark_id, n.kind, n.reason, n.created_at, n.read_at,
                m.title AS meeting_title, m.starts_at AS meeting_starts, s.text AS statement_text
         FROM con_notices n JOIN con_consultations c ON c.id = n.consultation_id
              LEFT JOIN con_meetings m ON m.id = n.meeting_id
              LEFT JOIN con_statements s ON s.id = n.statement_id
         WHERE n.account_id = $1 ORDER BY n.id DESC LIMIT 100",
    )
    .bind(account)
    .fetch_all(&db.pool)
    .await?;
    sqlx::query("UPDATE con_notices SET read_at = $1 WHERE account_id = $2 AND read_at IS NULL")
        .bind(now())
        .bind(account)
        .execute(&db.pool)
        .await?;
    Ok(rows)
}

// ---- Meetings, registrations and duty hours ----

/// A meeting as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MeetingRow {
    pub id: i64,
    pub consultation_id: i64,
    pub kind: String,
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub online_url: String,
    pub step_free: i64,
    pub lift: i64,
    pub induction_loop: i64,
    pub sign_language: i64,
    pub seats: i64,
    pub attended: Option<i64>,
    /// Registrations standing.
    pub registered: i64,
}

/// Accessibility of a meeting's building: step-free entrance, lift, induction loop, a
/// Polish Sign Language interpreter on request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Access {
    pub step_free: bool,
    pub lift: bool,
    pub induction_loop: bool,
    pub sign_language: bool,
}

const MEETING: &str = "SELECT m.id, m.consultation_id, m.kind, m.title, m.starts_at, m.ends_at, m.place, m.online_url,
        m.step_free, m.lift, m.induction_loop, m.sign_language, m.seats, m.attended,
        (SELECT COUNT(*) FROM con_registrations r WHERE r.meeting_id = m.id) AS registered
 FROM con_meetings m";

pub async fn add_meeting(
    db: &Db,
    consultation: i64,
    p: &rules::MeetingPlan,
    a: Access,
    clerk: i64,
) -> Result<i64, sqlx::Error> {
    let b = |x: bool| i64::from(x);
    sqlx::query_scalar(
        "INSERT INTO con_meetings (consultation_id, kind, title, starts_at, ends_at, place, online_url,
            step_free, lift, induction_loop, sign_language, seats, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(consultation)
    .bind(p.kind.code())
    .bind(&p.title)
    .bind(p.starts)
    .bind(p.ends)
    .bind(&p.place)
    .bind(&p.online_url)
    .bind(b(a.step_free))
    .bind(b(a.lift))
    .bind(b(a.induction_loop))
    .bind(b(a.sign_language))
    .bind(i64::from(p.seats))
    .bind(clerk)
    .bind(now())
    .fetch_one(&db.pool)
    .await
}

pub async fn meetings(db: &Db, consultation: i64) -> Result<Vec<MeetingRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{MEETING} WHERE m.consultation_id = $1 ORDER BY m.starts_at, m.id"
    ))
    .bind(consultation)
    .fetch_all(&db.pool)
    .await
}

/// Every published consultation's meetings (for the calendar feed), soonest first.
pub async fn all_meetings(db: &Db) -> Result<Vec<MeetingRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{MEETING} JOIN con_consultations c ON c.id = m.consultation_id
         WHERE c.published = 1 ORDER BY m.starts_at, m.id"
    ))
    .fetch_all(&db.pool)
    .await
}

pub async fn meeting(
    db: &Db,
    consultation: i64,
    id: i64,
) -> Result<Option<MeetingRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{MEETING} WHERE m.id = $1 AND m.consultation_id = $2"
    ))
    .bind(id)
    .bind(consultation)
    .fetch_optional(&db.pool)
    .await
}

/// A registration: its account, in the order made.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RegistrationRow {
    pub id: i64,
    pub account_id: i64,
    pub interpreter: i64,
    pub created_at: i64,
}

pub async fn registrations(db: &Db, meeting: i64) -> Result<Vec<RegistrationRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, account_id, interpreter, created_at FROM con_registrations
         WHERE meeting_id = $1 ORDER BY id",
    )
    .bind(meeting)
    .fetch_all(&db.pool)
    .await
}

/// Where an account stands in a meeting's registrations: its 0-based position in the order
/// of registration, if registered.
pub async fn position(db: &Db, meeting: i64, account: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM con_registrations o WHERE o.meeting_id = r.meeting_id AND o.id < r.id)
         FROM con_registrations r WHERE r.meeting_id = $1 AND r.account_id = $2",
    )
    .bind(meeting)
    .bind(account)
    .fetch_optional(&db.pool)
    .await
}

/// Takes a meeting for the rest of the transaction: its registrations are then made and
/// cancelled one at a time (the row lock on PostgreSQL; SQLite has one writer), so that the
/// order of registrations is the order in which they were committed.
async fn take_meeting(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    meeting: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE con_meetings SET seats = seats WHERE id = $1")
        .bind(meeting)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Registers an account (once: the unique key refuses a second). The place follows from the
/// order of registrations, taken one at a time per meeting, so simultaneous registrations
/// never give more seats than there are and nobody is told a place that a registration still
/// in flight takes away. One on the waiting list is marked, to be told when a seat frees up.
/// None when registered before; otherwise the 0-based position.
pub async fn register(
    db: &Db,
    meeting: i64,
    seats: i64,
    account: i64,
    interpreter: bool,
) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    take_meeting(&mut tx, meeting).await?;
    let r = sqlx::query(
        "INSERT INTO con_registrations (meeting_id, account_id, interpreter, created_at)
         VALUES ($1, $2, $3, $4) ON CONFLICT (meeting_id, account_id) DO NOTHING",
    )
    .bind(meeting)
    .bind(account)
    .bind(i64::from(interpreter))
    .bind(now())
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() == 0 {
        return Ok(None);
    }
    let pos: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM con_registrations WHERE meeting_id = $1
           AND id < (SELECT id FROM con_registrations WHERE meeting_id = $1 AND account_id = $2)",
    )
    .bind(meeting)
    .bind(account)
    .fetch_one(&mut *tx)
    .await?;
    if pos >= seats {
        sqlx::query(
            "UPDATE con_registrations SET waited = 1 WHERE meeting_id = $1 AND account_id = $2",
        )
        .bind(meeting)
        .bind(account)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Some(pos))
}

/// Cancels a registration. Those who now have a seat after waiting are told, each once:
/// the mark is cleared and read in one statement.
pub async fn cancel_registration(db: &Db, meeting: i64, account: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    take_meeting(&mut tx, meeting).await?;
    let r = sqlx::query("DELETE FROM con_registrations WHERE meeting_id = $1 AND account_id = $2")
        .bind(meeting)
        .bind(account)
        .execute(&mut *tx)
        .await?;
    if r.rows_affected() == 0 {
        return Ok(false);
    }
    tell_seated(&mut tx, "meeting_id = $1", meeting).await?;
    tx.commit().await?;
    Ok(true)
}

async fn seat_freed(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    account: i64,
    consultation: i64,
    meeting: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO con_notices (account_id, consultation_id, meeting_id, kind, created_at)
         VALUES ($1, $2, $3, 'seat-freed', $4)",
    )
    .bind(account)
    .bind(consultation)
    .bind(meeting)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Tells those who waited and have a seat now that nobody cancelled (an account deleted,
/// which the accounts capability does without knowing of meetings): for meetings still to
/// come, each once, the mark cleared and read in one statement. Run by the news job.
pub async fn tell_moved_up(db: &Db, at: i64) -> Result<usize, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let told = tell_seated(
        &mut tx,
        "meeting_id IN (SELECT id FROM con_meetings WHERE starts_at > $1)",
        at,
    )
    .await?;
    tx.commit().await?;
    Ok(told)
}

/// The one rule of who is told: a registration marked as having waited that is now among
/// its meeting's first `seats` has its mark cleared (read in the same statement, so each is
/// told once) and gets a notice. `which` narrows the meetings, with `$1` bound to `arg`.
async fn tell_seated(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    which: &str,
    arg: i64,
) -> Result<usize, sqlx::Error> {
    let moved: Vec<(i64, i64, i64)> = sqlx::query_as(&format!(
        "UPDATE con_registrations SET waited = 0
         WHERE waited = 1 AND {which}
           AND (SELECT COUNT(*) FROM con_registrations o
                 WHERE o.meeting_id = con_registrations.meeting_id AND o.id < con_registrations.id)
               < (SELECT m.seats FROM con_meetings m WHERE m.id = con_registrations.meeting_id)
         RETURNING account_id, meeting_id,
           (SELECT m.consultation_id FROM con_meetings m WHERE m.id = con_registrations.meeting_id)"
    ))
    .bind(arg)
    .fetch_all(&mut **tx)
    .await?;
    for (account, meeting, consultation) in &moved {
        seat_freed(tx, *account, *consultation, *meeting).await?;
    }
    Ok(moved.len())
}

pub async fn save_attendance(
    db: &Db,
    consultation: i64,
    meeting: i64,
    attended: i64,
) -> Result<bool, sqlx::Error> {
    let r =
        sqlx::query("UPDATE con_meetings SET attended = $1 WHERE id = $2 AND consultation_id = $3")
            .bind(attended)
            .bind(meeting)
            .bind(consultation)
            .execute(&db.pool)
            .await?;
    Ok(r.rows_affected() == 1)
}

/// A slot of expert duty hours as stored, with its booking.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SlotRow {
    pub id: i64,
    pub expert: String,
    pub mode: String,
    pub place: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub booked_by: Option<i64>,
    pub phone: Option<String>,
    pub question: Option<String>,
}

pub async fn add_slots(
    db: &Db,
    consultation: i64,
    p: &rules::DutyPlan,
) -> Result<usize, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    for (s, e) in &p.slots {
        sqlx::query(
            "INSERT INTO con_duty_slots (consultation_id, expert, mode, place, starts_at, ends_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(consultation)
        .bind(&p.expert)
        .bind(p.mode.code())
        .bind(&p.place)
        .bind(s)
        .bind(e)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(p.slots.len())
}

pub async fn slots(db: &Db, consultation: i64) -> Result<Vec<SlotRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.expert, s.mode, s.place, s.starts_at, s.ends_at, b.account_id AS booked_by,
                b.phone, b.question
         FROM con_duty_slots s LEFT JOIN con_bookings b ON b.slot_id = s.id
         WHERE s.consultation_id = $1 ORDER BY s.starts_at, s.id",
    )
    .bind(consultation)
    .fetch_all(&db.pool)
    .await
}

/// Why a booking was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum BookingRefused {
    /// Booked by someone else, begun, or not this consultation's.
    Taken,
    /// The resident already holds a slot in this consultation.
    HasOne,
}

/// Books a slot in one statement: only a slot of this consultation that has not begun, and
/// only if nobody holds it (the primary key); the unique key refuses a second slot for the
/// same resident and consultation.
pub async fn book(
    db: &Db,
    consultation: i64,
    slot: i64,
    account: i64,
    phone: Option<&str>,
    question: &str,
) -> Result<Result<(), BookingRefused>, sqlx::Error> {
    let r = sqlx::query(
        "INSERT INTO con_bookings (slot_id, consultation_id, account_id, phone, question, booked_at)
         SELECT id, consultation_id, $1, $2, $3, $4 FROM con_duty_slots
         WHERE id = $5 AND consultation_id = $6 AND starts_at > $4
         ON CONFLICT (slot_id) DO NOTHING",
    )
    .bind(account)
    .bind(phone)
    .bind(question)
    .bind(now())
    .bind(slot)
    .bind(consultation)
    .execute(&db.pool)
    .await;
    match r {
        Ok(r) if r.rows_affected() == 1 => Ok(Ok(())),
        Ok(_) => Ok(Err(BookingRefused::Taken)),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(Err(BookingRefused::HasOne)),
        Err(e) => Err(e),
    }
}

pub async fn cancel_booking(
    db: &Db,
    consultation: i64,
    slot: i64,
    account: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "DELETE FROM con_bookings WHERE slot_id = $1 AND consultation_id = $2 AND account_id = $3
           AND (SELECT starts_at FROM con_duty_slots WHERE id = $1) > $4",
    )
    .bind(slot)
    .bind(consultation)
    .bind(account)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// A document's record: (consultation, title, kind, size, digest).
pub struct DocumentRow {
    pub id: i64,
    pub consultation_id: i64,
    pub title: String,
    pub kind: rules::DocKind,
    pub size: i64,
    pub sha256: String,
}

fn document_row(r: &sqlx::any::AnyRow) -> Result<DocumentRow, sqlx::Error> {
    let kind: String = r.try_get("kind")?;
    Ok(DocumentRow {
        id: r.try_get("id")?,
        consultation_id: r.try_get("consultation_id")?,
        title: r.try_get("title")?,
        kind: rules::DocKind::parse(&kind)
            .ok_or_else(|| sqlx::Error::Decode(format!("document kind {kind:?}").into()))?,
        size: r.try_get("size")?,
        sha256: r.try_get("sha256")?,
    })
}

pub async fn add_document(
    db: &Db,
    consultation: i64,
    title: &str,
    kind: rules::DocKind,
    size: i64,
    sha256: &str,
    by: i64,
) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO con_documents (consultation_id, title, kind, size, sha256, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(consultation)
    .bind(title)
    .bind(kind.code())
    .bind(size)
    .bind(sha256)
    .bind(by)
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    row.try_get("id")
}

pub async fn documents(db: &Db, consultation: i64) -> Result<Vec<DocumentRow>, sqlx::Error> {
    sqlx::query("SELECT id, consultation_id, title, kind, size, sha256 FROM con_documents WHERE consultation_id = $1 ORDER BY id")
        .bind(consultation)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(document_row)
        .collect()
}

pub async fn document(
    db: &Db,
    consultation: i64,
    id: i64,
) -> Result<Option<DocumentRow>, sqlx::Error> {
    sqlx::query("SELECT id, consultation_id, title, kind, size, sha256 FROM con_documents WHERE consultation_id = $1 AND id = $2")
        .bind(consultation)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(document_row)
        .transpose()
}

/// Removes a document from a consultation; Some(digest, still used elsewhere) when it was
/// there.
pub async fn remove_document(
    db: &Db,
    consultation: i64,
    id: i64,
) -> Result<Option<(String, bool)>, sqlx::Error> {
    let Some(row) = sqlx::query(
        "DELETE FROM con_documents WHERE consultation_id = $1 AND id = $2 RETURNING sha256",
    )
    .bind(consultation)
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    else {
        return Ok(None);
    };
    let sha: String = row.try_get("sha256")?;
    let used: i64 = sqlx::query("SELECT COUNT(*) AS n FROM con_documents WHERE sha256 = $1")
        .bind(&sha)
        .fetch_one(&db.pool)
        .await?
        .try_get("n")?;
    Ok(Some((sha, used > 0)))
}

/// Sets a consultation's English and Ukrainian texts.
pub async fn set_translations(
    db: &Db,
    id: i64,
    t: &rules::Translations,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE con_consultations SET translations = $1 WHERE id = $2")
        .bind(serde_json::to_string(t).unwrap_or_else(|_| "{}".into()))
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Links a survey (the seeds; clerks use the form).
pub async fn set_survey(db: &Db, id: i64, survey: Option<i64>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE con_consultations SET survey_id = $1 WHERE id = $2")
        .bind(survey)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Why a Pol.is conversation was not imported into a consultation.
#[derive(Debug, thiserror::Error)]
pub enum ImportRefused {
    #[error("consultation {0} does not exist")]
    Unknown(i64),
    #[error("consultation {0} has no opinion map among its forms")]
    NoOpinionMap(i64),
    #[error("consultation {0} already has statements or an import; nothing was changed")]
    NotEmpty(i64),
    #[error("{0}")]
    Db(#[from] sqlx::Error),
}

/// Brings a conversation's statements and votes into a consultation's opinion map, all or
/// nothing: the consultation is claimed by setting its source (one statement, so two imports
/// at once cannot both pass) and must have no statement yet. Returns the statements and
/// votes stored.
pub async fn import_polis(
    db: &Db,
    consultation: i64,
    source: &str,
    plan: &super::polis::ImportPlan,
) -> Result<(usize, usize), ImportRefused> {
    let Some(r) = get(db, consultation).await? else {
        return Err(ImportRefused::Unknown(consultation));
    };
    if !r.def.forms.contains(&Form::OpinionMap) {
        return Err(ImportRefused::NoOpinionMap(consultation));
    }
    let source = if source.trim().is_empty() {
        "Pol.is"
    } else {
        source.trim()
    };
    let mut tx = db.pool.begin().await?;
    let claimed = sqlx::query(
        "UPDATE con_consultations SET opinion_source = $1
         WHERE id = $2 AND opinion_source = ''
           AND NOT EXISTS (SELECT 1 FROM con_statements WHERE consultation_id = $2)",
    )
    .bind(source)
    .bind(consultation)
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() != 1 {
        tx.rollback().await?;
        return Err(ImportRefused::NotEmpty(consultation));
    }
    let at = now();
    let mut ids = Vec::with_capacity(plan.statements.len());
    for s in &plan.statements {
        let state = if s.waiting {
            RemarkState::Waiting
        } else {
            RemarkState::Published
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO con_statements (consultation_id, author_id, by_organiser, text, state, created_at)
             VALUES ($1, NULL, 0, $2, $3, $4) RETURNING id",
        )
        .bind(consultation)
        .bind(&s.text)
        .bind(state.code().0)
        .bind(at)
        .fetch_one(&mut *tx)
        .await?;
        ids.push(id);
    }
    for chunk in plan.votes.chunks(400) {
        let sql = votes_insert(chunk.len());
        let mut q = sqlx::query(&sql);
        for (participant, statement, vote) in chunk {
            q = q
                .bind(ids[*statement])
                .bind(consultation)
                .bind(participant.as_str())
                .bind(i64::from(vote.value()))
                .bind(at);
        }
        q.execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok((ids.len(), plan.votes.len()))
}

/// Where a consultation's opinion map came from ('' when gathered in the portal).
pub async fn opinion_source(db: &Db, consultation: i64) -> Result<String, sqlx::Error> {
    Ok(
        sqlx::query_scalar("SELECT opinion_source FROM con_consultations WHERE id = $1")
            .bind(consultation)
            .fetch_optional(&db.pool)
            .await?
            .unwrap_or_default(),
    )
}
