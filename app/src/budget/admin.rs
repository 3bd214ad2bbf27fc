//! Server functions of the budget's back office (clerks and administrators): editions with
//! their timetable, ballot rule, counting and pools; voting points; the paper ballots of a
//! voting point. Every function checks the role on the server and writes the audit log.
use super::{EditionCard, EditionSettings, PaperView};
use crate::forms::FormReply;
#[cfg(feature = "ssr")]
use crate::forms::Money;
use leptos::prelude::*;
use std::collections::HashMap;

/// The date fields of an edition's timetable, in order.
pub const DATE_FIELDS: [&str; 5] = [
    "submission_opens",
    "submission_closes",
    "voting_opens",
    "voting_closes",
    "results_at",
];

/// A timetable from five Kraków dates: phases open at the start of their day and close at
/// the end of it; results appear at the start of theirs. Errors per field.
#[cfg(feature = "ssr")]
pub fn timetable_from(
    dates: [&str; 5],
) -> Result<super::rules::Timetable, Vec<crate::forms::FieldError>> {
    use crate::forms::FieldError;
    use crate::platform::krakow_time as kt;
    let mut ts = [0i64; 5];
    let mut errors = Vec::new();
    for (k, d) in dates.iter().enumerate() {
        let closes = k == 1 || k == 3;
        match kt::parse_local(d, "", (0, 0)) {
            // The end of the day: the start of the next one.
            Some(t) if closes => {
                ts[k] = kt::parse_local(&kt::date(t + 36 * 3600), "", (0, 0)).unwrap_or(t + 86_400)
            }
            Some(t) => ts[k] = t,
            None => errors.push(FieldError::new(
                DATE_FIELDS[k],
                if d.trim().is_empty() {
                    crate::forms::FormProblem::FieldRequired
                } else {
                    crate::forms::FormProblem::DateInvalid
                },
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let t = super::rules::Timetable {
        submission_opens: ts[0],
        submission_closes: ts[1],
        voting_opens: ts[2],
        voting_closes: ts[3],
        results_at: ts[4],
    };
    if !t.in_order() {
        // Name the first date that is not after the one before it.
        let bad = if t.submission_opens >= t.submission_closes {
            1
        } else if t.submission_closes > t.voting_opens {
            2
        } else if t.voting_opens >= t.voting_closes {
            3
        } else {
            4
        };
        return Err(vec![FieldError::new(
            DATE_FIELDS[bad],
            crate::forms::FormProblem::DatesOrder,
        )]);
    }
    Ok(t)
}

/// The dates of a timetable as the form shows them (closing days are the day before the
/// closing moment).
#[cfg(feature = "ssr")]
pub fn timetable_dates(t: &super::rules::Timetable) -> [String; 5] {
    use crate::platform::krakow_time as kt;
    [
        kt::date(t.submission_opens),
        kt::date(t.submission_closes - 1),
        kt::date(t.voting_opens),
        kt::date(t.voting_closes - 1),
        kt::date(t.results_at),
    ]
}

/// A whole number from a form field, within limits.
#[cfg(feature = "ssr")]
fn number(
    errors: &mut Vec<crate::forms::FieldError>,
    field: &str,
    v: &str,
    min: u32,
    max: u32,
) -> u32 {
    match v.trim().parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => n,
        _ => {
            errors.push(crate::forms::FieldError::new(
                field,
                crate::forms::FormProblem::NumberRange {
                    min: min as i64,
                    max: max as i64,
                },
            ));
            min
        }
    }
}

/// Every edition, for the back office.
#[server(endpoint = "staff/budget/editions")]
pub async fn staff_editions() -> Result<Vec<EditionCard>, crate::platform::Failure> {
    crate::forms::flow::require_staff()?;
    super::api::load_budget_editions().await
}

/// A new edition: name, timetable, ballot rule, the official counting rule, and the money of
/// the city-wide pool and of each district's pool (changed per pool afterwards).
#[server(endpoint = "staff/budget/create")]
#[allow(clippy::too_many_arguments)]
pub async fn create_budget_edition(
    name: String,
    submission_opens: String,
    submission_closes: String,
    voting_opens: String,
    voting_closes: String,
    results_at: String,
    #[server(default)] rule: Option<String>,
    picks: String,
    min_picks: String,
    points: String,
    #[server(default)] official: Option<String>,
    city_budget: String,
    district_budget: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::BallotRule;
    use super::{store, Counting, Rule};
    use crate::forms::flow::finish;
    use crate::forms::District;
    use crate::forms::FieldError;
    use crate::platform::{self, audit};
    let back = "/staff/budget";
    let user = crate::forms::flow::require_staff()?;
    let (rule, official) = (rule.unwrap_or_default(), official.unwrap_or_default());
    let values = crate::forms::flow::fields(&[
        ("name", &name),
        ("submission_opens", &submission_opens),
        ("submission_closes", &submission_closes),
        ("voting_opens", &voting_opens),
        ("voting_closes", &voting_closes),
        ("results_at", &results_at),
        ("rule", &rule),
        ("picks", &picks),
        ("min_picks", &min_picks),
        ("points", &points),
        ("official", &official),
        ("city_budget", &city_budget),
        ("district_budget", &district_budget),
    ]);
    let mut errors = Vec::new();
    let name = name.trim().to_string();
    if name.is_empty() {
        errors.push(FieldError::new(
            "name",
            crate::forms::FormProblem::FieldRequired,
        ));
    } else if name.chars().count() > 200 {
        errors.push(FieldError::new(
            "name",
            crate::forms::FormProblem::TextTooLong { max: 200 },
        ));
    }
    let t = timetable_from([
        &submission_opens,
        &submission_closes,
        &voting_opens,
        &voting_closes,
        &results_at,
    ]);
    if let Err(es) = &t {
        errors.extend(es.iter().cloned());
    }
    let ballot_rule = match rule.as_str() {
        "krakow" => BallotRule::Krakow {
            picks: number(&mut errors, "picks", &picks, 1, 20),
        },
        "approval" => {
            let max = number(&mut errors, "picks", &picks, 1, 50);
            let min = number(&mut errors, "min_picks", &min_picks, 0, 50);
            if min > max {
                errors.push(FieldError::new(
                    "min_picks",
                    crate::forms::FormProblem::ChoiceLimits,
                ));
            }
            BallotRule::Approval { min, max }
        }
        "cumulative" => {
            let p = number(&mut errors, "points", &points, 1, 100);
            BallotRule::Cumulative {
                points: p,
                max_per_project: p,
            }
        }
        "cost" => BallotRule::CostLimit,
        _ => {
            errors.push(FieldError::new(
                "rule",
                crate::forms::FormProblem::ChoiceInvalid,
            ));
            BallotRule::Krakow { picks: 3 }
        }
    };
    let mut counting = Counting::krakow();
    counting.official = match official.as_str() {
        "greedy" => Rule::Greedy,
        "equal-shares" => Rule::EqualShares,
        _ => {
            errors.push(FieldError::new(
                "official",
                crate::forms::FormProblem::ChoiceInvalid,
            ));
            Rule::Greedy
        }
    };
    let money = |errors: &mut Vec<FieldError>, field: &str, v: &str| -> Money {
        if v.trim().is_empty() {
            return Money::ZERO;
        }
        Money::parse(v).unwrap_or_else(|| {
            errors.push(FieldError::new(
                field,
                crate::budget::BudgetProblem::CostInvalid,
            ));
            Money::ZERO
        })
    };
    let city = money(&mut errors, "city_budget", &city_budget);
    let district = money(&mut errors, "district_budget", &district_budget);
    if city == Money::ZERO
        && district == Money::ZERO
        && errors
            .iter()
            .all(|e| e.field != "city_budget" && e.field != "district_budget")
    {
        errors.push(FieldError::new(
            "city_budget",
            crate::budget::BudgetProblem::PoolsRequired,
        ));
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "edition", back, values).await;
    }
    let t = t.expect("checked");
    let st = platform::state()?;
    let id = store::create_edition(
        &st.db,
        &name,
        &t,
        &ballot_rule,
        &counting,
        false,
        "",
        Some(user.id),
    )
    .await?;
    if city > Money::ZERO {
        store::add_pool(&st.db, id, None, "Pula ogólnomiejska", city).await?;
    }
    if district > Money::ZERO {
        for d in District::all() {
            store::add_pool(&st.db, id, Some(d), &d.label(), district).await?;
        }
    }
    audit::record(
        &st.db,
        Some(user.id),
        "budget_edition_created",
        None,
        &format!("edition={id}"),
    )
    .await?;
    finish(
        FormReply::Done {
            to: format!("/staff/budget/{id}"),
            notice: Some(crate::forms::Notice::from(
                crate::budget::BudgetNotice::EditionSaved,
            )),
            boot: None,
        },
        "edition",
        back,
        vec![],
    )
    .await
}

/// An edition with its settings, pools, voting points and every project (those waiting for a
/// decision first).
#[server(endpoint = "staff/budget/edition")]
pub async fn load_edition_settings(
    edition_id: i64,
) -> Result<EditionSettings, crate::platform::Failure> {
    use super::store;
    use crate::forms::flow::not_found;

    use crate::platform;
    crate::forms::flow::require_staff()?;
    let st = platform::state()?;
    let Some(ed) = store::edition(&st.db, edition_id).await? else {
        return not_found();
    };
    let pools = store::pools(&st.db, ed.id).await?;
    let (projects, ballots) = store::counts_of(&st.db, ed.id).await?;
    Ok(EditionSettings {
        edition: super::api::counting::card(
            &ed,
            platform::now(),
            projects,
            ballots,
            pools.len() as u32,
        ),
        dates: timetable_dates(&ed.timetable),
        rule: ed.ballot_rule.clone(),
        counting: ed.counting.clone(),
        pools: pools
            .into_iter()
            .map(|p| (p.id, p.name, p.budget))
            .collect(),
        points: store::points(&st.db, ed.id)
            .await?
            .into_iter()
            .map(|(id, name, _)| (id, name))
            .collect(),
        projects: store::project_rows(&st.db, Some(ed.id), None).await?,
    })
}

/// Changes an edition's timetable, counting options and the money of its pools. The ballot
/// rule stays as created (ballots may have been cast under it).
#[server(endpoint = "staff/budget/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_budget_edition(
    edition_id: i64,
    submission_opens: String,
    submission_closes: String,
    voting_opens: String,
    voting_closes: String,
    results_at: String,
    #[server(default)] official: Option<String>,
    #[server(default)] utility: Option<String>,
    #[server(default)] tie_break: Option<String>,
    min_votes: String,
    #[server(default)] budgets: Option<HashMap<String, String>>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{store, Rule, TieBreak, Utility};
    use crate::forms::flow::{finish, not_found};
    use crate::forms::FieldError;
    use crate::platform::{self, audit};
    let back = format!("/staff/budget/{edition_id}");
    let user = crate::forms::flow::require_staff()?;
    let st = platform::state()?;
    let Some(ed) = store::edition(&st.db, edition_id)
        .await?
        .filter(|e| !e.simulation)
    else {
        return not_found();
    };
    let budgets = budgets.unwrap_or_default();
    let (official, utility, tie_break) = (
        official.unwrap_or_default(),
        utility.unwrap_or_default(),
        tie_break.unwrap_or_default(),
    );
    let mut values = crate::forms::flow::fields(&[
        ("submission_opens", &submission_opens),
        ("submission_closes", &submission_closes),
        ("voting_opens", &voting_opens),
        ("voting_closes", &voting_closes),
        ("results_at", &results_at),
        ("official", &official),
        ("utility", &utility),
        ("tie_break", &tie_break),
        ("min_votes", &min_votes),
    ]);
    values.extend(
        budgets
            .iter()
            .map(|(k, v)| (format!("budgets[{k}]"), v.clone())),
    );
    let mut errors = Vec::new();
    let t = timetable_from([
        &submission_opens,
        &submission_closes,
        &voting_opens,
        &voting_closes,
        &results_at,
    ]);
    if let Err(es) = &t {
        errors.extend(es.iter().cloned());
    }
    let mut counting = ed.counting.clone();
    match official.as_str() {
        "greedy" => counting.official = Rule::Greedy,
        "equal-shares" => counting.official = Rule::EqualShares,
        _ => errors.push(FieldError::new(
            "official",
            crate::forms::FormProblem::ChoiceInvalid,
        )),
    }
    match utility.as_str() {
        "cost" => counting.mes.utility = Utility::Cost,
        "count" => counting.mes.utility = Utility::Count,
        _ => errors.push(FieldError::new(
            "utility",
            crate::forms::FormProblem::ChoiceInvalid,
        )),
    }
    match TieBreak::parse(&tie_break) {
        Some(tb) => {
            counting.greedy.tie_break = tb;
            counting.mes.tie_break = tb;
        }
        None => errors.push(FieldError::new(
            "tie_break",
            crate::forms::FormProblem::ChoiceInvalid,
        )),
    }
    match min_votes.trim().parse::<u64>() {
        Ok(n) if n <= 1_000_000 => {
            counting.greedy.min_votes = n;
            counting.mes.min_votes = n;
        }
        _ => errors.push(FieldError::new(
            "min_votes",
            crate::forms::FormProblem::NumberRange {
                min: 0,
                max: 1_000_000,
            },
        )),
    }
    let pools = store::pools(&st.db, ed.id).await?;
    let mut new_budgets = Vec::new();
    for p in &pools {
        let key = format!("p{}", p.id);
        match budgets.get(&key).map(|v| Money::parse(v)) {
            None => {}
            Some(Some(b)) if b > Money::ZERO => new_budgets.push((p.id, b)),
            Some(_) => errors.push(FieldError::new(
                &format!("budgets[{key}]"),
                crate::budget::BudgetProblem::CostInvalid,
            )),
        }
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "settings", &back, values).await;
    }
    let t = t.expect("checked");
    store::update_edition(&st.db, ed.id, &t, &counting).await?;
    for (pool, budget) in new_budgets {
        store::set_pool_budget(&st.db, pool, ed.id, budget).await?;
    }
    audit::record(
        &st.db,
        Some(user.id),
        "budget_edition_saved",
        None,
        &format!("edition={}", ed.id),
    )
    .await?;
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(crate::forms::Notice::from(
                crate::budget::BudgetNotice::EditionSaved,
            )),
            boot: None,
        },
        "settings",
        &back,
        vec![],
    )
    .await
}

/// A voting point where paper ballots are collected.
#[server(endpoint = "staff/budget/point")]
pub async fn add_voting_point(
    edition_id: i64,
    point_name: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::store;
    use crate::forms::flow::{finish, not_found, one};

    use crate::platform::{self, audit};
    let back = format!("/staff/budget/{edition_id}");
    let user = crate::forms::flow::require_staff()?;
    let st = platform::state()?;
    let Some(ed) = store::edition(&st.db, edition_id)
        .await?
        .filter(|e| !e.simulation)
    else {
        return not_found();
    };
    let name = point_name.trim();
    let values = vec![("point_name".to_string(), point_name.clone())];
    if name.is_empty() {
        return finish(
            one("point_name", crate::forms::FormProblem::FieldRequired),
            "point",
            &back,
            values,
        )
        .await;
    }
    if name.chars().count() > 200 {
        return finish(
            one(
                "point_name",
                crate::forms::FormProblem::TextTooLong { max: 200 },
            ),
            "point",
            &back,
            values,
        )
        .await;
    }
    let id = store::add_point(&st.db, ed.id, name, "", None).await?;
    audit::record(
        &st.db,
        Some(user.id),
        "budget_point_added",
        None,
        &format!("edition={} point={id}", ed.id),
    )
    .await?;
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(crate::forms::Notice::from(
                crate::budget::BudgetNotice::EditionSaved,
            )),
            boot: None,
        },
        "point",
        &back,
        vec![],
    )
    .await
}

/// The paper ballot form: the voting points, and the pools of the chosen district.
#[server(endpoint = "staff/budget/paper-form")]
pub async fn load_paper(
    edition_id: i64,
    point: Option<i64>,
    district: Option<u8>,
) -> Result<PaperView, crate::platform::Failure> {
    use super::{store, BallotPool, BallotView};
    use crate::forms::flow::not_found;

    use crate::platform;
    crate::forms::flow::require_staff()?;
    let st = platform::state()?;
    let Some(ed) = store::edition(&st.db, edition_id)
        .await?
        .filter(|e| !e.simulation)
    else {
        return not_found();
    };
    let district = district.and_then(crate::forms::District::new);
    let all = store::pools(&st.db, ed.id).await?;
    let mut pools = Vec::new();
    for p in &all {
        if p.district.is_none() || (district.is_some() && p.district == district) {
            let projects = store::ballot_projects(&st.db, p.id).await?;
            pools.push(BallotPool {
                id: p.id,
                name: p.name.clone(),
                district: p.district,
                budget: p.budget,
                projects,
            });
        }
    }
    let points: Vec<(i64, String)> = store::points(&st.db, ed.id)
        .await?
        .into_iter()
        .map(|(id, name, _)| (id, name))
        .collect();
    let point = point.filter(|p| points.iter().any(|x| x.0 == *p));
    let (projects, ballots) = store::counts_of(&st.db, ed.id).await?;
    Ok(PaperView {
        ballot: BallotView {
            edition: super::api::counting::card(
                &ed,
                platform::now(),
                projects,
                ballots,
                all.len() as u32,
            ),
            rule: ed.ballot_rule.clone(),
            district,
            pools,
            voted: None,
        },
        points,
        point,
    })
}
