//! SQL of the participatory budget (server only): editions, pools, projects, ballots,
//! imports and exports in the pabulib format, and the per-pool count cache.
use super::count::{self, Ballot, Election};
use super::pabulib::{format_money, PbFile, Table, VoteType};
use super::rules::{BallotRule, Timetable};
use super::{Counting, Rule};
use crate::forms::District;
use crate::forms::Money;
use crate::platform::{krakow_time as kt, now, Db};
use sqlx::Row;
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct EditionRow {
    pub id: i64,
    pub name: String,
    pub timetable: Timetable,
    pub ballot_rule: BallotRule,
    pub counting: Counting,
    pub simulation: bool,
    pub source: String,
}

const EDITION: &str = "SELECT id, name, submission_opens, submission_closes, voting_opens, voting_closes, results_at, ballot_rule, counting, simulation, source FROM bo_editions";

/// Read by column name; the ballot rule and the counting are JSON in TEXT columns.
impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for EditionRow {
    fn from_row(r: &'r sqlx::any::AnyRow) -> Result<EditionRow, sqlx::Error> {
        Ok(EditionRow {
            id: r.try_get("id")?,
            name: r.try_get("name")?,
            timetable: Timetable {
                submission_opens: r.try_get("submission_opens")?,
                submission_closes: r.try_get("submission_closes")?,
                voting_opens: r.try_get("voting_opens")?,
                voting_closes: r.try_get("voting_closes")?,
                results_at: r.try_get("results_at")?,
            },
            ballot_rule: serde_json::from_str(r.try_get("ballot_rule")?)
                .unwrap_or(BallotRule::Krakow { picks: 3 }),
            counting: serde_json::from_str(r.try_get("counting")?).unwrap_or_default(),
            simulation: r.try_get::<i64, _>("simulation")? != 0,
            source: r.try_get("source")?,
        })
    }
}

pub async fn editions(db: &Db) -> Result<Vec<EditionRow>, sqlx::Error> {
    sqlx::query_as(&format!("{EDITION} ORDER BY voting_closes DESC, id DESC"))
        .fetch_all(&db.pool)
        .await
}

pub async fn edition(db: &Db, id: i64) -> Result<Option<EditionRow>, sqlx::Error> {
    sqlx::query_as(&format!("{EDITION} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

#[allow(clippy::too_many_arguments)]
pub async fn create_edition(
    db: &Db,
    name: &str,
    t: &Timetable,
    rule: &BallotRule,
    counting: &Counting,
    simulation: bool,
    source: &str,
    by: Option<i64>,
) -> Result<i64, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    create_edition_on(&mut conn, name, t, rule, counting, simulation, source, by).await
}

/// [`create_edition`] on a connection or inside a transaction.
#[allow(clippy::too_many_arguments)]
pub async fn create_edition_on(
    conn: &mut sqlx::AnyConnection,
    name: &str,
    t: &Timetable,
    rule: &BallotRule,
    counting: &Counting,
    simulation: bool,
    source: &str,
    by: Option<i64>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO bo_editions (name, submission_opens, submission_closes, voting_opens, voting_closes, results_at, ballot_rule, counting, simulation, source, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(name)
    .bind(t.submission_opens)
    .bind(t.submission_closes)
    .bind(t.voting_opens)
    .bind(t.voting_closes)
    .bind(t.results_at)
    .bind(serde_json::to_string(rule).unwrap_or_default())
    .bind(serde_json::to_string(counting).unwrap_or_default())
    .bind(simulation as i64)
    .bind(source)
    .bind(by)
    .bind(now())
    .fetch_one(&mut *conn)
    .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PoolRow {
    pub id: i64,
    pub edition_id: i64,
    pub district: Option<District>,
    pub name: String,
    pub budget: Money,
}

pub async fn add_pool(
    db: &Db,
    edition: i64,
    district: Option<District>,
    name: &str,
    budget: Money,
) -> Result<i64, sqlx::Error> {
    add_pool_on(
        &mut *db.pool.acquire().await?,
        edition,
        district,
        name,
        budget,
    )
    .await
}

pub async fn add_pool_on(
    conn: &mut sqlx::AnyConnection,
    edition: i64,
    district: Option<District>,
    name: &str,
    budget: Money,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO bo_pools (edition_id, district, name, budget) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(edition)
        .bind(district)
        .bind(name)
        .bind(budget)
        .fetch_one(&mut *conn)
        .await
}

/// The pools of an edition: city-wide first, then districts by number.
pub async fn pools(db: &Db, edition: i64) -> Result<Vec<PoolRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, edition_id, district, name, budget FROM bo_pools WHERE edition_id = $1
         ORDER BY CASE WHEN district IS NULL THEN 0 ELSE 1 END, district, id",
    )
    .bind(edition)
    .fetch_all(&db.pool)
    .await
}

pub async fn pool(db: &Db, id: i64) -> Result<Option<PoolRow>, sqlx::Error> {
    sqlx::query_as("SELECT id, edition_id, district, name, budget FROM bo_pools WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

#[derive(Clone, Debug)]
pub struct NewProject<'a> {
    pub number: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub cost: Money,
    pub category: &'a str,
    pub address: &'a str,
    pub status: &'a str,
    pub author: Option<i64>,
}

pub async fn add_project(
    db: &Db,
    edition: i64,
    pool: i64,
    p: &NewProject<'_>,
) -> Result<i64, sqlx::Error> {
    add_project_on(&mut *db.pool.acquire().await?, edition, pool, p).await
}

pub async fn add_project_on(
    conn: &mut sqlx::AnyConnection,
    edition: i64,
    pool: i64,
    p: &NewProject<'_>,
) -> Result<i64, sqlx::Error> {
    let t = now();
    sqlx::query_scalar(
        "INSERT INTO bo_projects (edition_id, pool_id, number, title, description, cost, category, address, status, author_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(edition)
    .bind(pool)
    .bind(p.number)
    .bind(p.title)
    .bind(p.description)
    .bind(p.cost)
    .bind(p.category)
    .bind(p.address)
    .bind(p.status)
    .bind(p.author)
    .bind(t)
    .fetch_one(&mut *conn)
    .await
}

/// A project as counting and results see it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CountedProject {
    pub id: i64,
    pub number: String,
    pub title: String,
    pub cost: Money,
}

/// A ballot to store: choices as (pool, project, position, points).
#[derive(Clone, Debug)]
pub struct NewBallot {
    pub receipt: String,
    pub channel: &'static str,
    pub district: Option<District>,
    pub day: String,
    pub choices: Vec<(i64, i64, u32, u32)>,
}

/// Stores many ballots in one transaction, a few hundred rows per statement (imports, demo
/// content, paper ballots entered in bulk). Returns their ids.
pub async fn insert_ballots(
    db: &Db,
    edition: i64,
    ballots: &[NewBallot],
) -> Result<Vec<i64>, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let ids = insert_ballots_on(&mut tx, edition, ballots).await?;
    tx.commit().await?;
    Ok(ids)
}

/// [`insert_ballots`] inside the caller's transaction.
pub async fn insert_ballots_on(
    tx: &mut sqlx::AnyConnection,
    edition: i64,
    ballots: &[NewBallot],
) -> Result<Vec<i64>, sqlx::Error> {
    let mut ids = Vec::with_capacity(ballots.len());
    for chunk in ballots.chunks(200) {
        let mut sql = String::from(
            "INSERT INTO bo_ballots (edition_id, receipt, channel, district, day) VALUES ",
        );
        for i in 0..chunk.len() {
            let b = i * 5;
            sql.push_str(&format!(
                "{}(${}, ${}, ${}, ${}, ${})",
                if i > 0 { ", " } else { "" },
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5
            ));
        }
        sql.push_str(" RETURNING id");
        let mut q = sqlx::query_scalar(&sql);
        for bl in chunk {
            q = q
                .bind(edition)
                .bind(&bl.receipt)
                .bind(bl.channel)
                .bind(bl.district)
                .bind(&bl.day);
        }
        // RETURNING gives the rows in insertion order on both databases for a single VALUES list.
        let mut chunk_ids: Vec<i64> = q.fetch_all(&mut *tx).await?;
        chunk_ids.sort_unstable();
        ids.extend(chunk_ids);
    }
    let mut rows: Vec<(i64, i64, i64, u32, u32)> = Vec::new();
    for (b, id) in ballots.iter().zip(&ids) {
        for &(pool, project, pos, pts) in &b.choices {
            rows.push((*id, pool, project, pos, pts));
        }
    }
    for chunk in rows.chunks(300) {
        let mut sql = String::from(
            "INSERT INTO bo_choices (ballot_id, pool_id, project_id, position, points) VALUES ",
        );
        for i in 0..chunk.len() {
            let b = i * 5;
            sql.push_str(&format!(
                "{}(${}, ${}, ${}, ${}, ${})",
                if i > 0 { ", " } else { "" },
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5
            ));
        }
        let mut q = sqlx::query(&sql);
        for r in chunk {
            q = q
                .bind(r.0)
                .bind(r.1)
                .bind(r.2)
                .bind(r.3 as i64)
                .bind(r.4 as i64);
        }
        q.execute(&mut *tx).await?;
    }
    Ok(ids)
}

/// A receipt code: 12 characters from an alphabet without look-alikes.
pub fn new_receipt() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..12)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// The accepted projects of a pool and its ballots, ready to count.
pub async fn pool_election(
    db: &Db,
    pool: &PoolRow,
) -> Result<(Vec<CountedProject>, Election), sqlx::Error> {
    let projects: Vec<CountedProject> = sqlx::query_as("SELECT id, number, title, cost FROM bo_projects WHERE pool_id = $1 AND status = 'accepted' ORDER BY id")
        .bind(pool.id)
        .fetch_all(&db.pool)
        .await?;
    let index: HashMap<i64, u32> = projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i as u32))
        .collect();
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as("SELECT ballot_id, project_id, points FROM bo_choices WHERE pool_id = $1 ORDER BY ballot_id, position")
        .bind(pool.id)
        .fetch_all(&db.pool)
        .await?;
    let mut ballots: Vec<Ballot> = Vec::new();
    let mut last = None;
    for (b, p, pts) in rows {
        let Some(&i) = index.get(&p) else { continue };
        if last != Some(b) {
            ballots.push(Ballot::default());
            last = Some(b);
        }
        ballots
            .last_mut()
            .expect("pushed")
            .choices
            .push((i, pts as u32));
    }
    let election = Election {
        budget: pool.budget.grosze(),
        projects: projects
            .iter()
            .map(|p| count::Project {
                id: p.number.clone(),
                cost: p.cost.grosze(),
            })
            .collect(),
        ballots,
    };
    Ok((projects, election))
}

/// What a pool's count depends on: its ballots, projects and the options.
pub async fn count_key(
    db: &Db,
    pool: &PoolRow,
    counting: &Counting,
) -> Result<String, sqlx::Error> {
    let (choices, last_ballot): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(MAX(ballot_id), 0) FROM bo_choices WHERE pool_id = $1",
    )
    .bind(pool.id)
    .fetch_one(&db.pool)
    .await?;
    let (projects, last_change): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM bo_projects WHERE pool_id = $1",
    )
    .bind(pool.id)
    .fetch_one(&db.pool)
    .await?;
    Ok(format!(
        "v1:{}:{}:{}:{}:{}:{}",
        choices,
        last_ballot,
        projects,
        last_change,
        pool.budget.grosze(),
        serde_json::to_string(counting).unwrap_or_default()
    ))
}

pub async fn cached_count(db: &Db, pool: i64, key: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT result FROM bo_counts WHERE pool_id = $1 AND key = $2")
        .bind(pool)
        .bind(key)
        .fetch_optional(&db.pool)
        .await
}

pub async fn store_count(db: &Db, pool: i64, key: &str, result: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO bo_counts (pool_id, key, result) VALUES ($1, $2, $3)
         ON CONFLICT (pool_id) DO UPDATE SET key = excluded.key, result = excluded.result",
    )
    .bind(pool)
    .bind(key)
    .bind(result)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Ballots per channel and voter's district.
pub async fn turnout(db: &Db, edition: i64) -> Result<super::Turnout, sqlx::Error> {
    let rows: Vec<(Option<District>, String, i64)> = sqlx::query_as("SELECT district, channel, COUNT(*) FROM bo_ballots WHERE edition_id = $1 GROUP BY district, channel")
        .bind(edition)
        .fetch_all(&db.pool)
        .await?;
    let mut t = super::Turnout::default();
    let mut by: std::collections::BTreeMap<Option<District>, (u64, u64)> = Default::default();
    for (d, ch, n) in rows {
        let n = n as u64;
        let e = by.entry(d).or_default();
        if ch == "paper" {
            t.paper += n;
            e.1 += n;
        } else {
            t.online += n;
            e.0 += n;
        }
    }
    // Known districts first, by number; unknown last.
    let mut v: Vec<(Option<District>, u64, u64)> =
        by.into_iter().map(|(d, (o, p))| (d, o, p)).collect();
    v.sort_by_key(|x| (x.0.is_none(), x.0));
    t.by_district = v;
    Ok(t)
}

/// Per edition: accepted projects, ballots and pools, in three queries whatever the number
/// of editions (the list of editions shows them for each).
pub async fn edition_counts(
    db: &Db,
) -> Result<std::collections::HashMap<i64, (u32, u64, u32)>, sqlx::Error> {
    let mut out: std::collections::HashMap<i64, (u32, u64, u32)> = Default::default();
    for (sql, slot) in [
        (
            "SELECT edition_id, COUNT(*) FROM bo_projects WHERE status = 'accepted' GROUP BY edition_id",
            0,
        ),
        ("SELECT edition_id, COUNT(*) FROM bo_ballots GROUP BY edition_id", 1),
        ("SELECT edition_id, COUNT(*) FROM bo_pools GROUP BY edition_id", 2),
    ] {
        for (edition, n) in sqlx::query_as::<_, (i64, i64)>(sql)
            .fetch_all(&db.pool)
            .await?
        {
            let e = out.entry(edition).or_default();
            match slot {
                0 => e.0 = n as u32,
                1 => e.1 = n as u64,
                _ => e.2 = n as u32,
            }
        }
    }
    Ok(out)
}

pub async fn counts_of(db: &Db, edition: i64) -> Result<(u32, u64), sqlx::Error> {
    let p: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM bo_projects WHERE edition_id = $1 AND status = 'accepted'",
    )
    .bind(edition)
    .fetch_one(&db.pool)
    .await?;
    let b: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bo_ballots WHERE edition_id = $1")
        .bind(edition)
        .fetch_one(&db.pool)
        .await?;
    Ok((p as u32, b as u64))
}

// ---------------------------------------------------------------------------------------
// pabulib import and export
// ---------------------------------------------------------------------------------------

/// A district named in a file ("Bieńczyce", "BIEŻANÓW-PROKOCIM", "Podgorze_Duchackie").
pub fn district_by_name(name: &str) -> Option<District> {
    fn fold(s: &str) -> String {
        s.chars()
            .flat_map(|c| c.to_lowercase())
            .map(|c| match c {
                'ą' => 'a',
                'ć' => 'c',
                'ę' => 'e',
                'ł' => 'l',
                'ń' => 'n',
                'ó' => 'o',
                'ś' => 's',
                'ź' | 'ż' => 'z',
                '_' | '-' => ' ',
                c => c,
            })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
    let n = fold(name);
    District::all().find(|d| fold(d.name()) == n)
}

#[derive(Debug)]
pub enum ImportError {
    File(String, super::pabulib::PbError),
    Db(sqlx::Error),
    /// Two files for the same pool, or a file naming an unknown district.
    Pool(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::File(name, e) => write!(f, "{name}: {e}"),
            ImportError::Db(e) => write!(f, "database: {e}"),
            ImportError::Pool(s) => f.write_str(s),
        }
    }
}

impl From<sqlx::Error> for ImportError {
    fn from(e: sqlx::Error) -> Self {
        ImportError::Db(e)
    }
}

/// "2022-10-14" as pabulib writes dates: "14.10.2022".
fn pl_date(iso: &str) -> String {
    let p: Vec<&str> = iso.split('-').collect();
    if p.len() == 3 {
        format!("{}.{}.{}", p[2], p[1], p[0])
    } else {
        iso.to_string()
    }
}

fn parse_pl_date(s: &str) -> Option<String> {
    let mut p = s.trim().split('.');
    let (d, m, y) = (p.next()?, p.next()?, p.next()?);
    Some(format!("{:0>4}-{:0>2}-{:0>2}", y, m, d))
}

/// Creates a simulation edition from pabulib files, one pool per file: a file with a
/// `district` in META becomes that district's pool, others city-wide pools. Ballots of the
/// same `voter_id` in several files become one ballot (Kraków: the city-wide and the district
/// choices of one voter). Every project is accepted; the official rule comes from META.
pub async fn import_pabulib(
    db: &Db,
    name: &str,
    files: &[(String, String)],
    by: Option<i64>,
) -> Result<i64, ImportError> {
    let mut parsed = Vec::new();
    for (fname, text) in files {
        let f = PbFile::parse(text).map_err(|e| ImportError::File(fname.clone(), e))?;
        f.election()
            .map_err(|e| ImportError::File(fname.clone(), e))?;
        parsed.push((fname.clone(), f));
    }
    let first = &parsed
        .first()
        .ok_or_else(|| ImportError::Pool("no files".into()))?
        .1;
    let vote_type = first
        .vote_type()
        .map_err(|e| ImportError::File(parsed[0].0.clone(), e))?;
    let num = |k: &str| first.meta(k).and_then(|v| v.parse::<u32>().ok());
    let ballot_rule = match vote_type {
        VoteType::Ordinal => BallotRule::Krakow {
            picks: num("max_length").unwrap_or(3),
        },
        VoteType::Approval => BallotRule::Approval {
            min: num("min_length").unwrap_or(1),
            max: num("max_length").unwrap_or(u32::MAX),
        },
        VoteType::Cumulative | VoteType::Scoring => BallotRule::Cumulative {
            points: num("max_sum_points").unwrap_or(10),
            max_per_project: num("max_points").unwrap_or(10),
        },
    };
    let rule = first.meta("rule").unwrap_or("greedy");
    let counting = if rule.starts_with("equalshares") {
        let mut c = Counting::krakow();
        c.official = Rule::EqualShares;
        c.mes.fill = false;
        c
    } else {
        Counting::krakow()
    };
    // Voting dates from the files (dd.mm.yyyy); the count is published at the close.
    let day = |k: &str| first.meta(k).and_then(parse_pl_date);
    let opens = day("date_begin")
        .and_then(|d| kt::parse_local(&d, "", (0, 0)))
        .unwrap_or(0);
    let closes = day("date_end")
        .and_then(|d| kt::parse_local(&d, "23:59", (23, 59)))
        .unwrap_or(opens + 1);
    let timetable = Timetable {
        submission_opens: opens - 2,
        submission_closes: opens - 1,
        voting_opens: opens,
        voting_closes: closes,
        results_at: closes,
    };
    let source = parsed
        .iter()
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    // All or nothing: an error in any file leaves no partial (and public) edition behind.
    let mut tx = db.pool.begin().await?;
    let edition = create_edition_on(
        &mut tx,
        name,
        &timetable,
        &ballot_rule,
        &counting,
        true,
        &source,
        by,
    )
    .await?;

    let mut ballots: Vec<NewBallot> = Vec::new();
    let mut by_voter: HashMap<String, usize> = HashMap::new();
    let mut seen_pools: Vec<Option<District>> = Vec::new();
    for (fname, f) in &parsed {
        // Kraków's districts become district pools; other cities' districts are named pools.
        let krakow = f.meta("unit").is_some_and(|u| u.trim() == "Kraków");
        let district = match f.meta("district") {
            Some(d) if krakow => Some(
                district_by_name(d)
                    .ok_or_else(|| ImportError::Pool(format!("{fname}: unknown district {d}")))?,
            ),
            _ => None,
        };
        if district.is_some() && seen_pools.contains(&district) {
            return Err(ImportError::Pool(format!(
                "{fname}: a second file for the same district"
            )));
        }
        seen_pools.push(district);
        let pool_name = match district {
            Some(d) => d.label(),
            None => {
                let parts: Vec<&str> = ["unit", "district", "subunit"]
                    .iter()
                    .filter_map(|k| f.meta(k))
                    .filter(|v| !v.is_empty())
                    .collect();
                let mut parts = parts;
                parts.dedup();
                if parts.is_empty() {
                    "—".to_string()
                } else {
                    parts.join(" – ")
                }
            }
        };
        let budget = f
            .budget()
            .map_err(|e| ImportError::File(fname.clone(), e))?;
        let pool = add_pool_on(
            &mut tx,
            edition,
            district,
            &pool_name,
            Money::from_grosze(budget),
        )
        .await?;
        let e = f
            .election()
            .map_err(|e| ImportError::File(fname.clone(), e))?;
        let mut ids = Vec::with_capacity(e.projects.len());
        for (row, p) in f.projects.rows.iter().zip(&e.projects) {
            let title = f.projects.get(row, "name").unwrap_or("").to_string();
            let category = f.projects.get(row, "category").unwrap_or("").to_string();
            let np = NewProject {
                number: &p.id,
                title: if title.is_empty() { &p.id } else { &title },
                description: "",
                cost: Money::from_grosze(p.cost),
                category: &category,
                address: "",
                status: "accepted",
                author: None,
            };
            // Project numbers repeat between pools of one Kraków edition: prefix district ones.
            let number = match district {
                Some(d) => format!("{}-{}", d.roman(), p.id),
                None => p.id.clone(),
            };
            ids.push(
                add_project_on(
                    &mut tx,
                    edition,
                    pool,
                    &NewProject {
                        number: &number,
                        ..np
                    },
                )
                .await?,
            );
        }
        let voter_c = f.votes.col("voter_id");
        let method_c = f.votes.col("voting_method");
        let district_c = f.votes.col("district");
        for (k, (row, b)) in f.votes.rows.iter().zip(&e.ballots).enumerate() {
            let voter = voter_c
                .map(|c| row[c].clone())
                .unwrap_or_else(|| format!("{fname}:{k}"));
            let slot = *by_voter.entry(voter).or_insert_with(|| {
                ballots.push(NewBallot {
                    receipt: new_receipt(),
                    channel: "online",
                    district: None,
                    day: day("date_end").unwrap_or_default(),
                    choices: Vec::new(),
                });
                ballots.len() - 1
            });
            let nb = &mut ballots[slot];
            if let Some(c) = method_c {
                nb.channel = if row[c].eq_ignore_ascii_case("paper") {
                    "paper"
                } else {
                    "online"
                };
            }
            if let Some(d) = district_c.and_then(|c| district_by_name(&row[c])) {
                nb.district = Some(d);
            } else if nb.district.is_none() {
                nb.district = district;
            }
            for (pos, &(p, pts)) in b.choices.iter().enumerate() {
                nb.choices
                    .push((pool, ids[p as usize], pos as u32 + 1, pts));
            }
        }
    }
    insert_ballots_on(&mut tx, edition, &ballots).await?;
    tx.commit().await?;
    Ok(edition)
}

/// One pool in the pabulib format: META of the edition and pool, PROJECTS with votes,
/// points and the official winners, VOTES with anonymous voter ids (a fresh number in a
/// random order, so nothing links them to accounts or to the order of voting).
pub async fn export_pool(
    db: &Db,
    ed: &EditionRow,
    pool: &PoolRow,
    winners: &std::collections::HashSet<String>,
) -> Result<PbFile, sqlx::Error> {
    let (projects, election) = pool_election(db, pool).await?;
    let tally = election.tally();
    let vote_type = if ed.ballot_rule.ranked() {
        "ordinal"
    } else if matches!(ed.ballot_rule, BallotRule::Cumulative { .. }) {
        "cumulative"
    } else {
        "approval"
    };
    let mut meta = vec![
        (
            "description".to_string(),
            format!("{} — {}", ed.name, pool.name),
        ),
        ("country".into(), "Poland".into()),
        ("unit".into(), "Kraków".into()),
    ];
    if let Some(d) = pool.district {
        meta.push(("district".into(), d.name().into()));
        meta.push(("subunit".into(), d.name().into()));
    }
    meta.extend([
        (
            "instance".to_string(),
            kt::date(ed.timetable.voting_closes)[..4].to_string(),
        ),
        ("num_projects".into(), projects.len().to_string()),
        ("num_votes".into(), election.ballots.len().to_string()),
        ("budget".into(), format_money(pool.budget.grosze())),
        ("vote_type".into(), vote_type.into()),
        (
            "rule".into(),
            match ed.counting.official {
                Rule::Greedy => "greedy".into(),
                Rule::EqualShares => "equalshares/add1".into(),
            },
        ),
        (
            "date_begin".into(),
            pl_date(&kt::date(ed.timetable.voting_opens)),
        ),
        (
            "date_end".into(),
            pl_date(&kt::date(ed.timetable.voting_closes)),
        ),
        ("language".into(), "pl".into()),
        ("currency".into(), "PLN".into()),
    ]);
    if let BallotRule::Krakow { picks } = ed.ballot_rule {
        meta.push(("min_length".into(), picks.to_string()));
        meta.push(("max_length".into(), picks.to_string()));
    }
    let mut ptable = Table {
        columns: ["project_id", "cost", "votes", "score", "name", "selected"]
            .map(String::from)
            .to_vec(),
        ..Default::default()
    };
    for (i, p) in projects.iter().enumerate() {
        ptable.rows.push(vec![
            p.number.clone(),
            format_money(p.cost.grosze()),
            tally.votes[i].to_string(),
            tally.points[i].to_string(),
            p.title.clone(),
            (winners.contains(&p.number) as u8).to_string(),
        ]);
    }
    let ranked = ed.ballot_rule.ranked() || vote_type == "cumulative";
    let mut vtable = Table {
        columns: if ranked {
            vec!["voter_id".into(), "vote".into(), "points".into()]
        } else {
            vec!["voter_id".into(), "vote".into()]
        },
        ..Default::default()
    };
    let mut order: Vec<usize> = (0..election.ballots.len()).collect();
    {
        use rand::seq::SliceRandom;
        order.shuffle(&mut rand::thread_rng());
    }
    for (n, &b) in order.iter().enumerate() {
        let ballot = &election.ballots[b];
        let vote = ballot
            .choices
            .iter()
            .map(|(p, _)| projects[*p as usize].number.clone())
            .collect::<Vec<_>>()
            .join(",");
        let mut row = vec![(n + 1).to_string(), vote];
        if ranked {
            row.push(
                ballot
                    .choices
                    .iter()
                    .map(|(_, pts)| pts.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        vtable.rows.push(row);
    }
    Ok(PbFile {
        meta,
        projects: ptable,
        votes: vtable,
    })
}

// ---------------------------------------------------------------------------------------
// Voting: one ballot per person per edition
// ---------------------------------------------------------------------------------------

/// The keyed hash that stands for a person in one edition: HMAC-SHA-256 of the identity
/// (PESEL, or birth date, sex and document) with the server's key. Without the key the hash
/// cannot be tested against PESEL numbers; it differs between editions.
pub fn identity_hash(key: &[u8], edition: i64, identity: &super::rules::Identity) -> String {
    scoped_identity_hash(key, &format!("konto-bo:{edition}"), identity)
}

/// The same keyed hash for any vote (`scope` names it: a budget edition, a referendum), so
/// that hashes of one person cannot be matched across votes.
pub fn scoped_identity_hash(key: &[u8], scope: &str, identity: &super::rules::Identity) -> String {
    crate::platform::keys::hmac_hex(key, format!("{scope}:{}", identity.key()).as_bytes())
}

/// How someone already voted in an edition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlierVote {
    pub channel: String,
    pub point: Option<(i64, String)>,
    pub account: Option<i64>,
    pub receipt: String,
    pub day: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cast {
    Stored {
        ballot: i64,
        receipt: String,
    },
    /// This person has a ballot in the edition already (nothing was stored).
    AlreadyVoted(EarlierVote),
}

pub async fn earlier_vote(
    db: &Db,
    edition: i64,
    identity: &str,
) -> Result<Option<EarlierVote>, sqlx::Error> {
    earlier_where(db, edition, "v.identity = $2", identity.to_string()).await
}

/// The ballot cast from an account (one per account and edition).
pub async fn earlier_vote_of_account(
    db: &Db,
    edition: i64,
    account: i64,
) -> Result<Option<EarlierVote>, sqlx::Error> {
    earlier_where(
        db,
        edition,
        "v.account_id = CAST($2 AS BIGINT)",
        account.to_string(),
    )
    .await
}

async fn earlier_where(
    db: &Db,
    edition: i64,
    cond: &str,
    value: String,
) -> Result<Option<EarlierVote>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Found {
        channel: String,
        point_id: Option<i64>,
        point_name: Option<String>,
        account_id: Option<i64>,
        receipt: String,
        day: String,
    }
    let row: Option<Found> = sqlx::query_as(&format!(
        "SELECT b.channel, b.point_id, p.name AS point_name, v.account_id, b.receipt, b.day FROM bo_voters v
         JOIN bo_ballots b ON b.id = v.ballot_id LEFT JOIN bo_points p ON p.id = b.point_id
         WHERE v.edition_id = $1 AND {cond}"
    ))
    .bind(edition)
    .bind(value)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| EarlierVote {
        channel: r.channel,
        point: r.point_id.map(|id| (id, r.point_name.unwrap_or_default())),
        account: r.account_id,
        receipt: r.receipt,
        day: r.day,
    }))
}

/// Stores a ballot and the voter's keyed hash in one transaction. The primary key of
/// `bo_voters` (edition, identity) makes a second ballot of the same person fail inside the
/// transaction, whichever channel or instance it comes from; then nothing is stored and the
/// earlier vote is returned.
pub async fn cast(
    db: &Db,
    edition: i64,
    identity: &str,
    channel: &'static str,
    point: Option<i64>,
    district: Option<District>,
    account: Option<i64>,
    entered_by: Option<i64>,
    rows: &[(i64, i64, u32, u32)],
) -> Result<Cast, sqlx::Error> {
    if let Some(e) = earlier_vote(db, edition, identity).await? {
        return Ok(Cast::AlreadyVoted(e));
    }
    if let Some(a) = account {
        if let Some(e) = earlier_vote_of_account(db, edition, a).await? {
            return Ok(Cast::AlreadyVoted(e));
        }
    }
    let receipt = new_receipt();
    let t = now();
    let attempt = async {
        let mut tx = db.pool.begin().await?;
        let ballot: i64 = sqlx::query_scalar(
            "INSERT INTO bo_ballots (edition_id, receipt, channel, point_id, district, day) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(edition)
        .bind(&receipt)
        .bind(channel)
        .bind(point)
        .bind(district)
        .bind(kt::date(t))
        .fetch_one(&mut *tx)
        .await?;
        // The voter first: a second ballot of the same person stops here.
        sqlx::query("INSERT INTO bo_voters (edition_id, identity, ballot_id, account_id, entered_by) VALUES ($1, $2, $3, $4, $5)")
            .bind(edition)
            .bind(identity)
            .bind(ballot)
            .bind(account)
            .bind(entered_by)
            .execute(&mut *tx)
            .await?;
        for &(pool, project, pos, pts) in rows {
            sqlx::query("INSERT INTO bo_choices (ballot_id, pool_id, project_id, position, points) VALUES ($1, $2, $3, $4, $5)")
                .bind(ballot)
                .bind(pool)
                .bind(project)
                .bind(pos as i64)
                .bind(pts as i64)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok::<i64, sqlx::Error>(ballot)
    }
    .await;
    match attempt {
        Ok(ballot) => Ok(Cast::Stored { ballot, receipt }),
        Err(e) => {
            // Lost a race with a ballot of the same person or account: that one stands.
            if let Some(earlier) = earlier_vote(db, edition, identity).await? {
                return Ok(Cast::AlreadyVoted(earlier));
            }
            if let Some(a) = account {
                if let Some(earlier) = earlier_vote_of_account(db, edition, a).await? {
                    return Ok(Cast::AlreadyVoted(earlier));
                }
            }
            Err(e)
        }
    }
}

/// The pools of an edition with their accepted projects, for checking ballots.
pub async fn pool_offers(
    db: &Db,
    edition: i64,
) -> Result<Vec<super::rules::PoolOffer>, sqlx::Error> {
    let mut out = Vec::new();
    for p in pools(db, edition).await? {
        let rows: Vec<(i64, Money)> = sqlx::query_as("SELECT id, cost FROM bo_projects WHERE pool_id = $1 AND status = 'accepted' ORDER BY id")
            .bind(p.id)
            .fetch_all(&db.pool)
            .await?;
        out.push(super::rules::PoolOffer {
            id: p.id,
            district: p.district,
            budget: p.budget,
            offers: rows
                .into_iter()
                .map(|(id, cost)| super::rules::Offer { id, cost })
                .collect(),
        });
    }
    Ok(out)
}

pub async fn add_point(
    db: &Db,
    edition: i64,
    name: &str,
    address: &str,
    district: Option<District>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("INSERT INTO bo_points (edition_id, name, address, district) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(edition)
        .bind(name)
        .bind(address)
        .bind(district)
        .fetch_one(&db.pool)
        .await
}

/// The voting points of an edition: (id, name, address).
pub async fn points(db: &Db, edition: i64) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, address FROM bo_points WHERE edition_id = $1 ORDER BY id")
        .bind(edition)
        .fetch_all(&db.pool)
        .await
}

/// The projects on the ballot of a pool (accepted ones), by number.
pub async fn ballot_projects(db: &Db, pool: i64) -> Result<Vec<super::BallotProject>, sqlx::Error> {
    let rows: Vec<CountedProject> = sqlx::query_as("SELECT id, number, title, cost FROM bo_projects WHERE pool_id = $1 AND status = 'accepted' ORDER BY id")
        .bind(pool)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows
        .into_iter()
        .map(|p| super::BallotProject {
            id: p.id,
            number: p.number,
            title: p.title,
            cost: p.cost,
        })
        .collect())
}

/// The ballot cast from an account in an edition: (receipt, day, rows of pool name, project
/// number, title, points).
pub async fn ballot_of_account(
    db: &Db,
    edition: i64,
    account: i64,
) -> Result<Option<(String, String, Vec<(String, String, String, u32)>)>, sqlx::Error> {
    let Some((id, receipt, day)) = sqlx::query_as::<_, (i64, String, String)>("SELECT b.id, b.receipt, b.day FROM bo_voters v JOIN bo_ballots b ON b.id = v.ballot_id WHERE v.edition_id = $1 AND v.account_id = $2")
        .bind(edition)
        .bind(account)
        .fetch_optional(&db.pool)
        .await?
    else {
        return Ok(None);
    };
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT p.name, j.number, j.title, c.points FROM bo_choices c JOIN bo_pools p ON p.id = c.pool_id JOIN bo_projects j ON j.id = c.project_id
         WHERE c.ballot_id = $1 ORDER BY CASE WHEN p.district IS NULL THEN 0 ELSE 1 END, p.id, c.position",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    Ok(Some((
        receipt,
        day,
        rows.into_iter()
            .map(|(pool, number, title, points)| (pool, number, title, points as u32))
            .collect(),
    )))
}

// ---- Projects: submission, verification, appeal, catalogue ----

const ITEM: &str = "SELECT j.id, j.number, j.title, j.description, j.cost, j.category, j.address, j.pool_id, p.name AS pool_name, j.status, j.reason, j.appeal, j.appeal_reason, j.author_id, j.edition_id
     FROM bo_projects j JOIN bo_pools p ON p.id = j.pool_id";

/// A project row with what its pages need.
#[derive(Clone, Debug)]
pub struct ProjectFull {
    pub item: super::CatalogueItem,
    pub status: super::rules::ProjectStatus,
    pub reason: String,
    pub appeal: String,
    pub appeal_reason: String,
    pub author: Option<i64>,
    pub edition_id: i64,
}

/// A catalogue line read by column name (as `ITEM` selects it).
impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for super::CatalogueItem {
    fn from_row(r: &'r sqlx::any::AnyRow) -> Result<super::CatalogueItem, sqlx::Error> {
        Ok(super::CatalogueItem {
            id: r.try_get("id")?,
            number: r.try_get("number")?,
            title: r.try_get("title")?,
            description: r.try_get("description")?,
            cost: r.try_get("cost")?,
            category: r.try_get("category")?,
            address: r.try_get("address")?,
            pool_id: r.try_get("pool_id")?,
            pool_name: r.try_get("pool_name")?,
        })
    }
}

impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for ProjectFull {
    fn from_row(r: &'r sqlx::any::AnyRow) -> Result<ProjectFull, sqlx::Error> {
        Ok(ProjectFull {
            item: super::CatalogueItem::from_row(r)?,
            status: super::rules::ProjectStatus::parse(r.try_get("status")?),
            reason: r.try_get("reason")?,
            appeal: r.try_get("appeal")?,
            appeal_reason: r.try_get("appeal_reason")?,
            author: r.try_get("author_id")?,
            edition_id: r.try_get("edition_id")?,
        })
    }
}

pub async fn project(db: &Db, id: i64) -> Result<Option<ProjectFull>, sqlx::Error> {
    sqlx::query_as(&format!("{ITEM} WHERE j.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// The accepted projects of an edition: city-wide pool first, then by district and number.
pub async fn catalogue(db: &Db, edition: i64) -> Result<Vec<super::CatalogueItem>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{ITEM} WHERE j.edition_id = $1 AND j.status = 'accepted' ORDER BY CASE WHEN p.district IS NULL THEN 0 ELSE 1 END, p.district, j.id"
    ))
    .bind(edition)
    .fetch_all(&db.pool)
    .await
}

/// Every project of an edition (clerks), those waiting for a decision first; or one author's
/// projects in every edition.
pub async fn project_rows(
    db: &Db,
    edition: Option<i64>,
    author: Option<i64>,
) -> Result<Vec<super::ProjectRow>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Line {
        id: i64,
        edition_id: i64,
        edition_name: String,
        number: String,
        title: String,
        pool_name: String,
        cost: Money,
        status: String,
    }
    let rows: Vec<Line> = sqlx::query_as(
        "SELECT j.id, j.edition_id, e.name AS edition_name, j.number, j.title, p.name AS pool_name, j.cost, j.status FROM bo_projects j
         JOIN bo_pools p ON p.id = j.pool_id JOIN bo_editions e ON e.id = j.edition_id
         WHERE ($1 = 0 OR j.edition_id = $1) AND ($2 = 0 OR j.author_id = $2)
         ORDER BY CASE WHEN j.status IN ('submitted', 'appealed') THEN 0 ELSE 1 END, j.edition_id DESC, j.id",
    )
    .bind(edition.unwrap_or(0))
    .bind(author.unwrap_or(0))
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| super::ProjectRow {
            id: r.id,
            edition_id: r.edition_id,
            edition_name: r.edition_name,
            number: r.number,
            title: r.title,
            pool_name: r.pool_name,
            cost: r.cost,
            status: super::rules::ProjectStatus::parse(&r.status),
        })
        .collect())
}

/// Stores a resident's proposal with the next number of its pool ("12" city-wide, "VII-4" in
/// a district). The same title from the same author in the same edition is the same
/// proposal (a double click, a reload): its id comes back and nothing is added.
pub async fn submit_project(
    db: &Db,
    edition: i64,
    pool: &PoolRow,
    p: &super::rules::ProjectProposal,
    author: i64,
) -> Result<i64, sqlx::Error> {
    for _ in 0..8 {
        if let Some(id) = sqlx::query_scalar::<_, i64>(
            "SELECT id FROM bo_projects WHERE edition_id = $1 AND author_id = $2 AND title = $3",
        )
        .bind(edition)
        .bind(author)
        .bind(&p.title)
        .fetch_optional(&db.pool)
        .await?
        {
            return Ok(id);
        }
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bo_projects WHERE pool_id = $1")
            .bind(pool.id)
            .fetch_one(&db.pool)
            .await?;
        let number = match pool.district {
            Some(d) => format!("{}-{}", d.roman(), n + 1),
            None => format!("{}", n + 1),
        };
        let np = NewProject {
            number: &number,
            title: &p.title,
            description: &p.description,
            cost: p.cost,
            category: &p.category,
            address: &p.address,
            status: "submitted",
            author: Some(author),
        };
        match add_project(db, edition, pool.id, &np).await {
            Ok(id) => return Ok(id),
            // Another proposal took the number meanwhile: count again.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
            Err(e) => return Err(e),
        }
    }
    Err(sqlx::Error::Protocol("no free project number".into()))
}

/// A clerk's decision, applied only if the project is still in the status it was read in
/// (two clerks deciding at once: the first one counts). A rejection's reason goes to
/// `reason`, or to `appeal_reason` when deciding an appeal.
pub async fn decide(
    db: &Db,
    id: i64,
    from: super::rules::ProjectStatus,
    to: super::rules::ProjectStatus,
    reason: &str,
    by: i64,
) -> Result<bool, sqlx::Error> {
    use super::rules::ProjectStatus;
    let column = if from == ProjectStatus::Appealed {
        "appeal_reason"
    } else {
        "reason"
    };
    let r = sqlx::query(&format!("UPDATE bo_projects SET status = $1, {column} = $2, verified_by = $3, updated_at = $4 WHERE id = $5 AND status = $6"))
        .bind(to.as_str())
        .bind(reason.trim())
        .bind(by)
        .bind(now())
        .bind(id)
        .bind(from.as_str())
        .execute(&db.pool)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// The author's one appeal of a rejection.
pub async fn appeal(db: &Db, id: i64, author: i64, text: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE bo_projects SET status = 'appealed', appeal = $1, updated_at = $2 WHERE id = $3 AND author_id = $4 AND status = 'rejected' AND appeal = ''")
        .bind(text.trim())
        .bind(now())
        .bind(id)
        .bind(author)
        .execute(&db.pool)
        .await?;
    Ok(r.rows_affected() == 1)
}

// ---- Editions as clerks change them ----

pub async fn update_edition(
    db: &Db,
    id: i64,
    t: &Timetable,
    counting: &Counting,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE bo_editions SET submission_opens = $1, submission_closes = $2, voting_opens = $3, voting_closes = $4, results_at = $5, counting = $6 WHERE id = $7",
    )
    .bind(t.submission_opens)
    .bind(t.submission_closes)
    .bind(t.voting_opens)
    .bind(t.voting_closes)
    .bind(t.results_at)
    .bind(serde_json::to_string(counting).unwrap_or_default())
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn set_pool_budget(
    db: &Db,
    pool: i64,
    edition: i64,
    budget: Money,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE bo_pools SET budget = $1 WHERE id = $2 AND edition_id = $3")
        .bind(budget)
        .bind(pool)
        .bind(edition)
        .execute(&db.pool)
        .await?;
    Ok(())
}

// ---- "Download all my data" ----

/// Where the budget keeps something of an account (checked against the schema by a test).
pub const EXPORT_SOURCES: &[&str] = &[
    "bo_projects.author_id",
    "bo_projects.verified_by",
    "bo_voters.account_id",
    "bo_voters.entered_by",
    "bo_editions.created_by",
];

/// Everything of the budget that belongs to an account: its proposals, its ballots with
/// their receipts, and, for staff, the decisions, paper ballots and editions they made.
pub async fn export_for_account(db: &Db, account: i64) -> Result<serde_json::Value, sqlx::Error> {
    use serde_json::json;
    let proposals: Vec<ProjectFull> =
        sqlx::query_as(&format!("{ITEM} WHERE j.author_id = $1 ORDER BY j.id"))
            .bind(account)
            .fetch_all(&db.pool)
            .await?;
    let proposals: Vec<_> = proposals
        .iter()
        .map(|p| {
            json!({
                "edition": p.edition_id, "number": p.item.number, "title": p.item.title, "description": p.item.description,
                "cost_grosze": p.item.cost, "category": p.item.category, "address": p.item.address, "pool": p.item.pool_name,
                "status": format!("{:?}", p.status), "reason": p.reason, "appeal": p.appeal, "appeal_answer": p.appeal_reason,
            })
        })
        .collect();
    let mut ballots = Vec::new();
    let editions: Vec<(i64, String)> = sqlx::query_as("SELECT v.edition_id, e.name FROM bo_voters v JOIN bo_editions e ON e.id = v.edition_id WHERE v.account_id = $1 ORDER BY v.edition_id")
        .bind(account)
        .fetch_all(&db.pool)
        .await?;
    for (edition, edition_name) in editions {
        if let Some((receipt, day, rows)) = ballot_of_account(db, edition, account).await? {
            ballots.push(json!({
                "edition": edition, "edition_name": edition_name, "receipt": receipt, "day": day,
                "choices": rows.iter().map(|(pool, number, title, points)| json!({"pool": pool, "project": number, "title": title, "points": points})).collect::<Vec<_>>(),
            }));
        }
    }
    let decided = crate::platform::account_rows(db, "SELECT edition_id, number, status FROM bo_projects WHERE verified_by = $1 ORDER BY id", account, |r| json!({"edition": r.get::<i64, _>("edition_id"), "project": r.get::<String, _>("number"), "status": r.get::<String, _>("status")})).await?;
    let entered = crate::platform::account_rows(db, "SELECT edition_id, COUNT(*) AS ballots FROM bo_voters WHERE entered_by = $1 GROUP BY edition_id ORDER BY edition_id", account, |r| json!({"edition": r.get::<i64, _>("edition_id"), "paper_ballots": r.get::<i64, _>("ballots")})).await?;
    let created = crate::platform::account_rows(
        db,
        "SELECT id, name FROM bo_editions WHERE created_by = $1 ORDER BY id",
        account,
        |r| json!({"edition": r.get::<i64, _>("id"), "name": r.get::<String, _>("name")}),
    )
    .await?;
    Ok(json!({
        "proposals": proposals,
        "ballots": ballots,
        "as_staff": {"decisions": decided, "paper_ballots_entered": entered, "editions_created": created},
    }))
}

// ---- The counting job's queue ----

/// Puts a pool in the counting queue (once: a pool already waiting is not added again).
pub async fn queue_count(db: &Db, pool: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO bo_count_queue (pool_id, claimed_until) VALUES ($1, 0) ON CONFLICT (pool_id) DO NOTHING").bind(pool).execute(&db.pool).await?;
    Ok(())
}

/// Takes the next waiting pool for ten minutes (one instance counts it; if that instance
/// dies, another takes it over afterwards).
pub async fn claim_count(db: &Db) -> Result<Option<i64>, sqlx::Error> {
    let now = now();
    sqlx::query_scalar(
        "UPDATE bo_count_queue SET claimed_until = $1
         WHERE pool_id = (SELECT pool_id FROM bo_count_queue WHERE claimed_until < $2 ORDER BY pool_id LIMIT 1) AND claimed_until < $2
         RETURNING pool_id",
    )
    .bind(now + 600)
    .bind(now)
    .fetch_optional(&db.pool)
    .await
}

pub async fn finish_count(db: &Db, pool: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM bo_count_queue WHERE pool_id = $1")
        .bind(pool)
        .execute(&db.pool)
        .await?;
    Ok(())
}
