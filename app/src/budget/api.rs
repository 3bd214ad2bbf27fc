//! Server functions of the participatory budget. Results are public once an edition's
//! results date has passed (imported simulations at once); staff may look earlier.
use super::{EditionCard, EditionResults, PoolResults};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub mod counting {
    use super::super::count::{self, EqualShares};
    use super::super::store::{self, EditionRow, PoolRow};
    use super::super::{EditionCard, GreedyFate, PoolResults, PoolSummary, ProjectLine};
    use crate::platform::{krakow_time as kt, Db};

    pub fn card(ed: &EditionRow, now: i64, projects: u32, ballots: u64, pools: u32) -> EditionCard {
        EditionCard {
            id: ed.id,
            name: ed.name.clone(),
            phase: ed.timetable.phase(now),
            simulation: ed.simulation,
            pools,
            projects,
            ballots,
            voting: (
                kt::label(ed.timetable.voting_opens),
                kt::label(ed.timetable.voting_closes),
            ),
            results_at: kt::label(ed.timetable.results_at),
        }
    }

    /// Counts a pool by both rules now (or takes the count kept for the same ballots and
    /// options). For the counting job, the seed and the command line, never a request.
    pub async fn pool_results(
        db: &Db,
        ed: &EditionRow,
        pool: &PoolRow,
    ) -> Result<PoolResults, sqlx::Error> {
        let key = store::count_key(db, pool, &ed.counting).await?;
        if let Some(json) = store::cached_count(db, pool.id, &key).await? {
            if let Ok(r) = serde_json::from_str::<PoolResults>(&json) {
                return Ok(r);
            }
        }
        let (projects, election) = store::pool_election(db, pool).await?;
        let ballots = election.ballots.len() as u64;
        let counting = ed.counting.clone();
        let (greedy, mes, tally) = tokio::task::spawn_blocking(move || {
            let tally = election.tally();
            let greedy = count::greedy(&election, &tally, &counting.greedy);
            let mes = EqualShares::new(&election, counting.mes.utility, counting.mes.tie_break)
                .count(&counting.mes);
            (greedy, mes, tally)
        })
        .await
        .map_err(|e| sqlx::Error::Protocol(format!("counting stopped: {e}")))?;
        let lines: Vec<ProjectLine> = greedy
            .lines
            .iter()
            .map(|l| {
                let p = &projects[l.project];
                ProjectLine {
                    number: p.number.clone(),
                    title: p.title.clone(),
                    cost: p.cost,
                    votes: tally.votes[l.project],
                    points: tally.points[l.project],
                    rank: l.rank,
                    left_before: crate::forms::Money::from_grosze(l.left_before),
                    greedy: l.fate.clone(),
                    mes: mes.fates[l.project].clone(),
                }
            })
            .collect();
        let differ = lines
            .iter()
            .filter(|l| l.greedy_funded() != l.mes_funded())
            .count() as u32;
        let result = PoolResults {
            edition_id: ed.id,
            edition_name: ed.name.clone(),
            pool: PoolSummary {
                id: pool.id,
                name: pool.name.clone(),
                district: pool.district,
                budget: pool.budget,
                projects: projects.len() as u32,
                ballots,
                greedy_spent: crate::forms::Money::from_grosze(greedy.spent),
                greedy_winners: lines
                    .iter()
                    .filter(|l| l.greedy == GreedyFate::Funded)
                    .count() as u32,
                mes_spent: crate::forms::Money::from_grosze(mes.spent),
                mes_winners: lines.iter().filter(|l| l.mes_funded()).count() as u32,
                differ,
            },
            counting: ed.counting.clone(),
            share: crate::forms::Money::from_grosze(mes.share),
            raised: mes.raised,
            capped: mes.capped,
            lines,
        };
        store::store_count(
            db,
            pool.id,
            &key,
            &serde_json::to_string(&result).unwrap_or_default(),
        )
        .await?;
        Ok(result)
    }

    /// A pool's count as a request may have it: kept from an earlier count of the same
    /// ballots and options, or `None` when it has to be counted first. Counting (Equal Shares
    /// with completion can take many seconds) never runs inside a request: the pool is put in
    /// the queue of the counting job (many requests for one pool make one entry) and the page
    /// says that the results are being counted.
    pub async fn kept_or_queued(
        db: &Db,
        ed: &EditionRow,
        pool: &PoolRow,
    ) -> Result<Option<PoolResults>, sqlx::Error> {
        let key = store::count_key(db, pool, &ed.counting).await?;
        if let Some(json) = store::cached_count(db, pool.id, &key).await? {
            if let Ok(r) = serde_json::from_str::<PoolResults>(&json) {
                return Ok(Some(r));
            }
        }
        store::queue_count(db, pool.id).await?;
        Ok(None)
    }

    /// The counting job's step: counts one queued pool, if any; whether it did.
    pub async fn count_next(db: &Db) -> Result<bool, sqlx::Error> {
        let Some(pool_id) = store::claim_count(db).await? else {
            return Ok(false);
        };
        if let Some(pool) = store::pool(db, pool_id).await? {
            if let Some(ed) = store::edition(db, pool.edition_id).await? {
                pool_results(db, &ed, &pool).await?;
            }
        }
        store::finish_count(db, pool_id).await?;
        Ok(true)
    }
}

#[cfg(feature = "ssr")]
use crate::forms::flow::not_found;

/// Whether results of an edition may be shown to the person asking: once published (and
/// imported simulations at once), to staff at any time.
#[cfg(feature = "ssr")]
pub fn results_visible(
    ed: &super::store::EditionRow,
    user: Option<&crate::platform::session::SessionUser>,
) -> bool {
    use crate::platform::now;
    user.is_some_and(|u| u.role.is_staff())
        || ed.simulation
        || ed.timetable.phase(now()) == super::Phase::Results
}

#[cfg(feature = "ssr")]
fn visible(ed: &super::store::EditionRow) -> bool {
    let user = crate::platform::request::ctx().ok().and_then(|c| c.user);
    results_visible(ed, user.as_ref())
}

/// Every edition, newest first.
#[server(endpoint = "budget/editions")]
pub async fn load_budget_editions() -> Result<Vec<EditionCard>, crate::platform::Failure> {
    use super::store;

    use crate::platform::{self, now};
    let st = platform::state()?;
    let counts = store::edition_counts(&st.db).await?;
    Ok(store::editions(&st.db)
        .await?
        .iter()
        .map(|ed| {
            let (projects, ballots, pools) = counts.get(&ed.id).copied().unwrap_or_default();
            counting::card(ed, now(), projects, ballots, pools)
        })
        .collect())
}

/// An edition's results: every pool by both rules, and turnout.
#[server(endpoint = "budget/results")]
pub async fn load_edition_results(
    edition_id: i64,
) -> Result<EditionResults, crate::platform::Failure> {
    use super::store;

    use crate::platform::{self, now};
    let st = platform::state()?;
    let Some(ed) = store::edition(&st.db, edition_id).await? else {
        return not_found();
    };
    if !visible(&ed) {
        return not_found();
    }
    let pools = store::pools(&st.db, ed.id).await?;
    let mut summaries = Vec::with_capacity(pools.len());
    let mut waiting = false;
    for p in &pools {
        match counting::kept_or_queued(&st.db, &ed, p).await? {
            Some(r) => summaries.push(r.pool),
            None => waiting = true,
        }
    }
    if waiting {
        return being_counted();
    }
    let (projects, ballots) = store::counts_of(&st.db, ed.id).await?;
    Ok(EditionResults {
        edition: counting::card(&ed, now(), projects, ballots, pools.len() as u32),
        counting: ed.counting.clone(),
        pools: summaries,
        turnout: store::turnout(&st.db, ed.id).await?,
    })
}

/// One pool's results: both rules side by side, with every project's outcome explained.
#[server(endpoint = "budget/pool")]
pub async fn load_pool_results(
    edition_id: i64,
    pool_id: i64,
) -> Result<PoolResults, crate::platform::Failure> {
    use super::store;

    use crate::platform;
    let st = platform::state()?;
    let Some(ed) = store::edition(&st.db, edition_id).await? else {
        return not_found();
    };
    let Some(pool) = store::pool(&st.db, pool_id)
        .await?
        .filter(|p| p.edition_id == ed.id)
    else {
        return not_found();
    };
    if !visible(&ed) {
        return not_found();
    }
    match counting::kept_or_queued(&st.db, &ed, &pool).await? {
        Some(r) => Ok(r),
        None => being_counted(),
    }
}

/// "Being counted" (503 with Retry-After): the page says so and offers to look again.
#[cfg(feature = "ssr")]
fn being_counted<T>() -> Result<T, crate::platform::Failure> {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::SERVICE_UNAVAILABLE);
        res.insert_header(
            http::header::RETRY_AFTER,
            http::HeaderValue::from_static("5"),
        );
    }
    Err(crate::platform::Failure::Counting)
}

/// The person and the ballot from a vote form, checked; or the errors to show.
#[cfg(feature = "ssr")]
pub(crate) mod ballot {
    use super::super::rules::{self, BallotError, Identity};
    use super::super::store::{self, EditionRow};
    use super::super::Phase;
    use crate::forms::{FieldError, Problem};
    use crate::platform::{now, Db};
    use std::collections::{BTreeMap, HashMap};

    pub use crate::identity::api::today;
    pub use crate::identity::rules::problem as identity_problem;

    pub fn ballot_problem(e: BallotError) -> Problem {
        match e {
            BallotError::NotExactly { need, .. } => {
                crate::budget::BudgetProblem::BallotExactly { need }.into()
            }
            BallotError::TooFew { min, .. } => {
                crate::budget::BudgetProblem::BallotTooFew { min }.into()
            }
            BallotError::TooMany { max, .. } => {
                crate::budget::BudgetProblem::BallotTooMany { max }.into()
            }
            BallotError::Repeated => crate::budget::BudgetProblem::BallotRepeated.into(),
            BallotError::UnknownProject => crate::budget::BudgetProblem::BallotUnknown.into(),
            BallotError::TooManyPoints { max, .. } => {
                crate::budget::BudgetProblem::BallotTooManyPoints { max }.into()
            }
            BallotError::TooManyOnOne { max } => {
                crate::budget::BudgetProblem::BallotTooManyOnOne { max }.into()
            }
            BallotError::OverBudget { .. } => crate::budget::BudgetProblem::BallotOverBudget.into(),
        }
    }

    /// Choices from `choices[p{pool}_{rank}] = project` (ranked and approval ballots) or
    /// `choices[p{pool}_x{project}] = points` (cumulative).
    pub fn choices(form: &HashMap<String, String>) -> BTreeMap<i64, Vec<(i64, u32)>> {
        let mut by_pool: BTreeMap<i64, Vec<(u32, i64, u32)>> = BTreeMap::new();
        for (k, v) in form {
            let Some(rest) = k.strip_prefix('p') else {
                continue;
            };
            let Some((pool, slot)) = rest.split_once('_') else {
                continue;
            };
            let Ok(pool) = pool.parse::<i64>() else {
                continue;
            };
            let v = v.trim();
            if v.is_empty() {
                by_pool.entry(pool).or_default();
                continue;
            }
            if let Some(project) = slot.strip_prefix('x') {
                if let (Ok(project), Ok(points)) = (project.parse::<i64>(), v.parse::<u32>()) {
                    by_pool.entry(pool).or_default().push((0, project, points));
                }
            } else if let (Ok(rank), Ok(project)) = (slot.parse::<u32>(), v.parse::<i64>()) {
                by_pool.entry(pool).or_default().push((rank, project, 1));
            }
        }
        by_pool
            .into_iter()
            .map(|(pool, mut v)| {
                v.sort();
                (
                    pool,
                    v.into_iter()
                        .map(|(_, project, points)| (project, points))
                        .collect(),
                )
            })
            .collect()
    }

    pub fn phase_problem(ed: &EditionRow) -> Option<Problem> {
        match ed.timetable.phase(now()) {
            Phase::Voting => None,
            p if p < Phase::Voting => Some(crate::budget::BudgetProblem::VotingNotOpen.into()),
            _ => Some(crate::budget::BudgetProblem::VotingClosed.into()),
        }
    }

    /// The checked ballot: (identity hash, district, rows) or the errors, field by field.
    pub async fn check(
        db: &Db,
        key: &[u8],
        ed: &EditionRow,
        district: &str,
        identity: (&str, &str, &str, &str),
        form: &HashMap<String, String>,
    ) -> Result<
        Result<
            (
                String,
                crate::forms::District,
                Vec<(i64, i64, u32, u32)>,
                Identity,
            ),
            Vec<FieldError>,
        >,
        sqlx::Error,
    > {
        let mut errors = Vec::new();
        let who = match Identity::from_form(identity.0, identity.1, identity.2, identity.3, today())
        {
            Ok(i) => Some(i),
            Err(es) => {
                errors.extend(
                    es.into_iter()
                        .map(|(f, e)| FieldError::new(f, identity_problem(e))),
                );
                None
            }
        };
        let district = match crate::forms::District::parse(district) {
            Ok(d) => Some(d),
            Err(p) => {
                errors.push(FieldError::new("district", p));
                None
            }
        };
        let mut rows = Vec::new();
        if let Some(d) = district {
            let pools = store::pool_offers(db, ed.id).await?;
            match rules::check_ballot(&ed.ballot_rule, &pools, d, &choices(form)) {
                Ok(r) => rows = r,
                Err(es) => errors.extend(
                    es.into_iter()
                        .map(|(f, e)| FieldError::new(&f, ballot_problem(e))),
                ),
            }
        }
        match (who, district, errors.is_empty()) {
            (Some(who), Some(d), true) => {
                Ok(Ok((store::identity_hash(key, ed.id, &who), d, rows, who)))
            }
            _ => Ok(Err(errors)),
        }
    }

    /// What comes back into the form after an error: the choices and the given fields, never
    /// the identity numbers.
    pub fn kept(
        choices: &HashMap<String, String>,
        fields: &[(&str, &str)],
    ) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = choices
            .iter()
            .map(|(k, v)| (format!("choices[{k}]"), v.clone()))
            .collect();
        v.extend(fields.iter().map(|(k, x)| (k.to_string(), x.to_string())));
        v
    }

    pub fn already(e: &store::EarlierVote) -> Problem {
        let day = e.day.replace('-', "").parse().unwrap_or(0);
        match (e.channel.as_str(), &e.point) {
            ("paper", Some((point, _))) => {
                crate::budget::BudgetProblem::AlreadyVotedPaper { point: *point, day }.into()
            }
            _ => crate::budget::BudgetProblem::AlreadyVotedOnline { day }.into(),
        }
    }
}

/// A resident's online ballot. Signed-in residents only; the voting dates, the person
/// (PESEL, or birth date, sex and document), the district and every pool's choices are
/// checked on the server; one ballot per person per edition, online or on paper.
#[server(endpoint = "budget/vote")]
pub async fn cast_ballot(
    edition_id: i64,
    district: String,
    pesel: String,
    birth: String,
    // Radio buttons send nothing until one is chosen.
    #[server(default)] sex: Option<String>,
    document: String,
    choices: std::collections::HashMap<String, String>,
) -> Result<crate::forms::FormReply, crate::platform::Failure> {
    let sex = sex.unwrap_or_default();
    use super::store::{self, Cast};
    use crate::forms::flow::{deny, finish, one};
    use crate::forms::FormReply;
    use crate::platform::{self, audit, request};
    let st = platform::state()?;
    let back = format!("/budget/{edition_id}/vote");
    let Some(user) = request::ctx().ok().and_then(|c| c.user) else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let Some(ed) = store::edition(&st.db, edition_id)
        .await?
        .filter(|e| !e.simulation)
    else {
        return not_found();
    };
    let values = ballot::kept(&choices, &[("district", &district)]);
    if let Some(p) = ballot::phase_problem(&ed) {
        return finish(one("", p), "vote", &back, values).await;
    }
    // Voted already from this account (a double click, a reload): the ballot stands.
    if store::earlier_vote_of_account(&st.db, ed.id, user.id)
        .await?
        .is_some()
    {
        return finish(
            FormReply::Done {
                to: format!("/budget/{}/my-ballot", ed.id),
                notice: None,
                boot: None,
            },
            "vote",
            &back,
            vec![],
        )
        .await;
    }
    let checked = ballot::check(
        &st.db,
        st.keys.identity(),
        &ed,
        &district,
        (&pesel, &birth, &sex, &document),
        &choices,
    )
    .await?;
    let (identity, d, rows, who) = match checked {
        Ok(x) => x,
        Err(errors) => return finish(FormReply::invalid(errors), "vote", &back, values).await,
    };
    // One account, one person: the account is bound to this identity at its first vote, and
    // nobody else's PESEL can be used on it (so trying other people's numbers tells nothing
    // about whether, when or where they voted).
    if let Err(p) = crate::identity::api::own_identity(&st, user.id, &who).await? {
        return finish(one("pesel", p), "vote", &back, values).await;
    }
    match store::cast(
        &st.db,
        ed.id,
        &identity,
        "online",
        None,
        Some(d),
        Some(user.id),
        None,
        &rows,
    )
    .await?
    {
        Cast::Stored { ballot, .. } => {
            audit::record(
                &st.db,
                Some(user.id),
                "budget_ballot_cast",
                None,
                &format!("edition={} ballot={ballot}", ed.id),
            )
            .await?;
            finish(
                FormReply::Done {
                    to: format!("/budget/{}/my-ballot", ed.id),
                    notice: Some(crate::forms::Notice::from(
                        crate::budget::BudgetNotice::BallotCast,
                    )),
                    boot: None,
                },
                "vote",
                &back,
                vec![],
            )
            .await
        }
        // The same person again from the same account (a double click, a reload): their
        // ballot stands and they see it.
        Cast::AlreadyVoted(e) if e.account == Some(user.id) => {
            finish(
                FormReply::Done {
                    to: format!("/budget/{}/my-ballot", ed.id),
                    notice: None,
                    boot: None,
                },
                "vote",
                &back,
                vec![],
            )
            .await
        }
        Cast::AlreadyVoted(e) => finish(one("", ballot::already(&e)), "vote", &back, values).await,
    }
}

/// A paper ballot entered by a clerk for a voting point. The portal refuses a person who has
/// voted anywhere already and says where and how.
#[server(endpoint = "budget/paper")]
pub async fn enter_paper_ballot(
    edition_id: i64,
    point_id: String,
    district: String,
    pesel: String,
    birth: String,
    // Radio buttons send nothing until one is chosen.
    #[server(default)] sex: Option<String>,
    document: String,
    choices: std::collections::HashMap<String, String>,
) -> Result<crate::forms::FormReply, crate::platform::Failure> {
    let sex = sex.unwrap_or_default();
    use super::store::{self, Cast};
    use crate::forms::flow::{finish, one};
    use crate::forms::FormReply;
    use crate::platform::{self, audit};
    let st = platform::state()?;
    // Back to the same point and district, to enter the next ballot.
    let back = format!(
        "/staff/budget/{edition_id}/paper?point={}&district={}",
        point_id.trim().parse::<i64>().unwrap_or(0),
        district.trim().parse::<u8>().unwrap_or(0)
    );
    let user = crate::forms::flow::require_staff()?;
    let Some(ed) = store::edition(&st.db, edition_id)
        .await?
        .filter(|e| !e.simulation)
    else {
        return not_found();
    };
    let values = ballot::kept(
        &choices,
        &[("district", &district), ("point_id", &point_id)],
    );
    if let Some(p) = ballot::phase_problem(&ed) {
        return finish(one("", p), "paper", &back, values).await;
    }
    let points = store::points(&st.db, ed.id).await?;
    let point = point_id
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|p| points.iter().any(|x| x.0 == *p));
    let checked = ballot::check(
        &st.db,
        st.keys.identity(),
        &ed,
        &district,
        (&pesel, &birth, &sex, &document),
        &choices,
    )
    .await?;
    let (identity, d, rows, _) = match (checked, point) {
        (Ok(x), Some(_)) => x,
        (Ok(_), None) => {
            return finish(
                one("point_id", crate::budget::BudgetProblem::PointRequired),
                "paper",
                &back,
                values,
            )
            .await
        }
        (Err(mut errors), p) => {
            if p.is_none() {
                errors.insert(
                    0,
                    crate::forms::FieldError::new(
                        "point_id",
                        crate::budget::BudgetProblem::PointRequired,
                    ),
                );
            }
            return finish(FormReply::invalid(errors), "paper", &back, values).await;
        }
    };
    match store::cast(
        &st.db,
        ed.id,
        &identity,
        "paper",
        point,
        Some(d),
        None,
        Some(user.id),
        &rows,
    )
    .await?
    {
        Cast::Stored { ballot, .. } => {
            audit::record(
                &st.db,
                Some(user.id),
                "budget_paper_ballot_entered",
                None,
                &format!(
                    "edition={} ballot={ballot} point={}",
                    ed.id,
                    point.unwrap_or(0)
                ),
            )
            .await?;
            finish(
                FormReply::Done {
                    to: back.clone(),
                    notice: Some(crate::forms::Notice::from(
                        crate::budget::BudgetNotice::PaperBallotEntered,
                    )),
                    boot: None,
                },
                "paper",
                &back,
                vec![],
            )
            .await
        }
        Cast::AlreadyVoted(e) => {
            audit::record(
                &st.db,
                Some(user.id),
                "budget_paper_ballot_refused",
                None,
                &format!("edition={} channel={}", ed.id, e.channel),
            )
            .await?;
            finish(one("", ballot::already(&e)), "paper", &back, values).await
        }
    }
}

/// The ballot of an edition for the signed-in resident: the city-wide pools and the pool of
/// `district` (their account's district when not given).
#[server(endpoint = "budget/ballot")]
pub async fn load_ballot(
    edition_id: i64,
    district: Option<u8>,
) -> Result<super::BallotView, crate::platform::Failure> {
    use super::{store, BallotPool, BallotView};
    use crate::forms::flow::deny;

    use crate::platform::{self, now, request};
    let st = platform::state()?;
    let Some(user) = request::ctx().ok().and_then(|c| c.user) else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let Some(ed) = store::edition(&st.db, edition_id)
        .await?
        .filter(|e| !e.simulation)
    else {
        return not_found();
    };
    // The district on the signed-in person's profile (the session read it with the account).
    let district = district
        .and_then(crate::forms::District::new)
        .or(Some(user.district));
    let mut pools = Vec::new();
    for p in store::pools(&st.db, ed.id).await? {
        if p.district.is_none() || (district.is_some() && p.district == district) {
            let projects = store::ballot_projects(&st.db, p.id).await?;
            pools.push(BallotPool {
                id: p.id,
                name: p.name,
                district: p.district,
                budget: p.budget,
                projects,
            });
        }
    }
    let voted = store::ballot_of_account(&st.db, ed.id, user.id)
        .await?
        .map(|b| b.0);
    let (projects, ballots) = store::counts_of(&st.db, ed.id).await?;
    let n_pools = store::pools(&st.db, ed.id).await?.len() as u32;
    Ok(BallotView {
        edition: counting::card(&ed, now(), projects, ballots, n_pools),
        rule: ed.ballot_rule.clone(),
        district,
        pools,
        voted,
    })
}

/// The signed-in resident's own ballot in an edition, with its receipt code.
#[server(endpoint = "budget/my-ballot")]
pub async fn load_my_ballot(edition_id: i64) -> Result<super::MyBallot, crate::platform::Failure> {
    use super::{store, MyBallot};
    use crate::forms::flow::deny;

    use crate::platform::{self, now, request};
    let st = platform::state()?;
    let Some(user) = request::ctx().ok().and_then(|c| c.user) else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let Some(ed) = store::edition(&st.db, edition_id).await? else {
        return not_found();
    };
    let Some((receipt, day, rows)) = store::ballot_of_account(&st.db, ed.id, user.id).await? else {
        return not_found();
    };
    let mut pools: Vec<(String, Vec<super::ChosenProject>)> = Vec::new();
    for (pool, number, title, points) in rows {
        match pools.last_mut() {
            Some((name, v)) if *name == pool => v.push((number, title, points)),
            _ => pools.push((pool, vec![(number, title, points)])),
        }
    }
    let (projects, ballots) = store::counts_of(&st.db, ed.id).await?;
    let n_pools = store::pools(&st.db, ed.id).await?.len() as u32;
    Ok(MyBallot {
        edition: counting::card(&ed, now(), projects, ballots, n_pools),
        receipt: super::rules::format_receipt(&receipt),
        day,
        pools,
    })
}
