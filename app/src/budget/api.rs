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
            voting: (kt::label(ed.timetable.voting_opens), kt::label(ed.timetable.voting_closes)),
            results_at: kt::label(ed.timetable.results_at),
        }
    }

    /// Counts a pool by both rules (or takes the count kept for the same ballots and options).
    pub async fn pool(db: &Db, ed: &EditionRow, pool: &PoolRow) -> Result<PoolResults, sqlx::Error> {
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
            let mes = EqualShares::new(&election, counting.mes.utility, counting.mes.tie_break).count(&counting.mes);
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
                    left_before: l.left_before,
                    greedy: l.fate.clone(),
                    mes: mes.fates[l.project].clone(),
                }
            })
            .collect();
        let differ = lines.iter().filter(|l| l.greedy_funded() != l.mes_funded()).count() as u32;
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
                greedy_spent: greedy.spent,
                greedy_winners: lines.iter().filter(|l| l.greedy == GreedyFate::Funded).count() as u32,
                mes_spent: mes.spent,
                mes_winners: lines.iter().filter(|l| l.mes_funded()).count() as u32,
                differ,
            },
            counting: ed.counting.clone(),
            share: mes.share,
            raised: mes.raised,
            lines,
        };
        store::store_count(db, pool.id, &key, &serde_json::to_string(&result).unwrap_or_default()).await?;
        Ok(result)
    }
}

#[cfg(feature = "ssr")]
fn not_found<T>() -> Result<T, ServerFnError> {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    Err(ServerFnError::ServerError("not-found".into()))
}

/// Whether results of an edition may be shown to the person asking: once published (and
/// imported simulations at once), to staff at any time.
#[cfg(feature = "ssr")]
pub fn results_visible(ed: &super::store::EditionRow, user: Option<&crate::platform::session::SessionUser>) -> bool {
    use crate::platform::now;
    user.is_some_and(|u| u.role.is_staff()) || ed.simulation || ed.timetable.phase(now()) == super::Phase::Results
}

#[cfg(feature = "ssr")]
fn visible(ed: &super::store::EditionRow) -> bool {
    let user = crate::platform::request::ctx().ok().and_then(|c| c.user);
    results_visible(ed, user.as_ref())
}

/// Every edition, newest first.
#[server(endpoint = "budget/editions")]
pub async fn load_budget_editions() -> Result<Vec<EditionCard>, ServerFnError> {
    use super::store;
    use crate::accounts::AppError;
    use crate::platform::{self, now};
    let st = platform::state()?;
    let mut out = Vec::new();
    for ed in store::editions(&st.db).await.map_err(AppError::from)? {
        let (projects, ballots) = store::counts_of(&st.db, ed.id).await.map_err(AppError::from)?;
        let pools = store::pools(&st.db, ed.id).await.map_err(AppError::from)?.len() as u32;
        out.push(counting::card(&ed, now(), projects, ballots, pools));
    }
    Ok(out)
}

/// An edition's results: every pool by both rules, and turnout.
#[server(endpoint = "budget/results")]
pub async fn load_edition_results(edition_id: i64) -> Result<EditionResults, ServerFnError> {
    use super::store;
    use crate::accounts::AppError;
    use crate::platform::{self, now};
    let st = platform::state()?;
    let Some(ed) = store::edition(&st.db, edition_id).await.map_err(AppError::from)? else {
        return not_found();
    };
    if !visible(&ed) {
        return not_found();
    }
    let pools = store::pools(&st.db, ed.id).await.map_err(AppError::from)?;
    let mut summaries = Vec::with_capacity(pools.len());
    for p in &pools {
        summaries.push(counting::pool(&st.db, &ed, p).await.map_err(AppError::from)?.pool);
    }
    let (projects, ballots) = store::counts_of(&st.db, ed.id).await.map_err(AppError::from)?;
    Ok(EditionResults {
        edition: counting::card(&ed, now(), projects, ballots, pools.len() as u32),
        counting: ed.counting.clone(),
        pools: summaries,
        turnout: store::turnout(&st.db, ed.id).await.map_err(AppError::from)?,
    })
}

/// One pool's results: both rules side by side, with every project's outcome explained.
#[server(endpoint = "budget/pool")]
pub async fn load_pool_results(edition_id: i64, pool_id: i64) -> Result<PoolResults, ServerFnError> {
    use super::store;
    use crate::accounts::AppError;
    use crate::platform;
    let st = platform::state()?;
    let Some(ed) = store::edition(&st.db, edition_id).await.map_err(AppError::from)? else {
        return not_found();
    };
    let Some(pool) = store::pool(&st.db, pool_id).await.map_err(AppError::from)?.filter(|p| p.edition_id == ed.id) else {
        return not_found();
    };
    if !visible(&ed) {
        return not_found();
    }
    Ok(counting::pool(&st.db, &ed, &pool).await.map_err(AppError::from)?)
}
