//! Pages of the participatory budget: the editions, an edition's results with turnout, and
//! one pool's results with both counting rules side by side and every outcome explained.
use super::api::{load_budget_editions, load_edition_results, load_pool_results};
use super::count_limits::MAX_RUNS;
use super::{
    Completion, Counting, EditionCard, GreedyFate, MesFate, Phase, PoolResults, ProjectLine, Rule,
    TieBreak, Utility,
};
use crate::forms::District;
use crate::i18n::{use_i18n, I18n, Lang};
use crate::t;
use crate::ui::{load_error_text, LoadFailed, PageHeading, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

pub(crate) use crate::i18n::format::grouped;

fn int(lang: Lang, n: u64) -> String {
    grouped(lang, n)
}

fn phase_text(i18n: I18n, p: Phase) -> String {
    match p {
        Phase::Announced => t!(i18n, "bo-phase-announced"),
        Phase::Submission => t!(i18n, "bo-phase-submission"),
        Phase::Verification => t!(i18n, "bo-phase-verification"),
        Phase::Voting => t!(i18n, "bo-phase-voting"),
        Phase::Counting => t!(i18n, "bo-phase-counting"),
        Phase::Results => t!(i18n, "bo-phase-results"),
    }
}

fn district_name(d: Option<District>) -> Option<String> {
    d.map(|d| d.label())
}

/// `/budget`: every edition.
#[component]
pub fn BudgetPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| load_budget_editions());
    view! {
        <PageTitle text=move || t!(i18n, "bo-title") description=move || t!(i18n, "bo-lead") />
        <PageHeading text=move || t!(i18n, "bo-title") />
        <p class="lead">{move || t!(i18n, "bo-lead")}</p>
        <p>
            <a href="/budget/my-projects">{move || t!(i18n, "bo-my-projects-title")}</a>
        </p>
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) if list.is_empty() => {
                        view! { <p>{move || t!(i18n, "bo-none")}</p> }.into_any()
                    }
                    Ok(list) => {
                        view! {
                            <ul class="cards">
                                {list
                                    .into_iter()
                                    .map(|c| view! { <EditionItem card=c /> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! { <p class="error-text">{move || load_error_text(i18n, &e)}</p> }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn EditionItem(card: EditionCard) -> impl IntoView {
    let i18n = use_i18n();
    let EditionCard {
        id,
        name,
        phase,
        simulation,
        pools,
        projects,
        ballots,
        voting,
        results_at,
    } = card;
    let (opens, closes) = voting;
    let show_results = simulation || phase == Phase::Results;
    view! {
        <li class="card">
            <h2 class="card__title">{name}</h2>
            <ul class="facts">
                <li>
                    <strong>{move || phase_text(i18n, phase)}</strong>
                </li>
                <li>
                    {move || {
                        t!(
                            i18n, "bo-voting-dates", opens = crate::i18n::time::date_time(i18n.lang(), opens), closes = crate::i18n::time::date_time(i18n.lang(), closes)
                        )
                    }}
                </li>
                <li>
                    {move || {
                        t!(
                            i18n, "bo-facts", pools = pools, projects = projects, ballots = int(i18n.lang(), ballots)
                        )
                    }}
                </li>
                {simulation.then(|| view! { <li>{move || t!(i18n, "bo-simulation")}</li> })}
                {(!show_results)
                    .then(|| {
                        view! {
                            <li>
                                {move || {
                                    t!(
                                        i18n, "bo-results-on", date = crate::i18n::time::date_time(i18n.lang(), results_at)
                                    )
                                }}
                            </li>
                        }
                    })}
            </ul>
            {(phase == Phase::Submission && !simulation)
                .then(|| {
                    view! {
                        <p>
                            <a class="button" href=format!("/budget/{id}/submit")>
                                {move || t!(i18n, "bo-submit-link")}
                            </a>
                        </p>
                    }
                })}
            {(phase == Phase::Voting && !simulation)
                .then(|| {
                    view! {
                        <p>
                            <a class="button" href=format!("/budget/{id}/vote")>
                                {move || t!(i18n, "bo-vote-link")}
                            </a>
                        </p>
                    }
                })}
            {(projects > 0)
                .then(|| {
                    view! {
                        <p>
                            <a href=format!(
                                "/budget/{id}/projects",
                            )>{move || t!(i18n, "bo-catalogue-link")}</a>
                        </p>
                    }
                })}
            {show_results
                .then(|| {
                    view! {
                        <p>
                            <a href=format!(
                                "/budget/{id}/results",
                            )>{move || t!(i18n, "bo-results-link")}</a>
                        </p>
                    }
                })}
        </li>
    }
}

pub(crate) fn tie_text(i18n: I18n, t: TieBreak) -> String {
    match t {
        TieBreak::Preferences => t!(i18n, "bo-tie-preferences"),
        TieBreak::ProjectId => t!(i18n, "bo-tie-project-id"),
        TieBreak::MoreVotes => t!(i18n, "bo-tie-more-votes"),
        TieBreak::LowerCost => t!(i18n, "bo-tie-lower-cost"),
    }
}

/// How the two rules were run, in words (stated on every results page).
#[component]
fn RulesExplained(counting: Counting) -> impl IntoView {
    let i18n = use_i18n();
    let c = counting;
    let official = c.official;
    let min = c.greedy.min_votes;
    let stop = c.greedy.stop_at_first_skip;
    let utility = c.mes.utility;
    let completion = c.mes.completion;
    let fill = c.mes.fill;
    let tie = c.greedy.tie_break;
    view! {
        <section aria-labelledby="rules-heading" class="rules">
            <h2 id="rules-heading">{move || t!(i18n, "bo-rules-heading")}</h2>
            <p>
                <strong>{move || t!(i18n, "bo-rule-greedy")}": "</strong>
                {move || t!(i18n, "bo-rule-greedy-text")}
                {(min > 0)
                    .then(|| {
                        view! {
                            " "
                            {move || t!(i18n, "bo-rule-min-votes", min = min)}
                        }
                    })}
                {stop
                    .then(|| {
                        view! {
                            " "
                            {move || t!(i18n, "bo-rule-stop")}
                        }
                    })}
            </p>
            <p>
                <strong>{move || t!(i18n, "bo-rule-mes")}": "</strong>
                {move || t!(i18n, "bo-rule-mes-text")}
                " "
                {move || match utility {
                    Utility::Cost => t!(i18n, "bo-utility-cost"),
                    Utility::Count => t!(i18n, "bo-utility-count"),
                }}
                " "
                {move || match completion {
                    Completion::None => t!(i18n, "bo-completion-none"),
                    Completion::Add1 { exhaustive_stop: true } => {
                        t!(i18n, "bo-completion-add1-stop")
                    }
                    Completion::Add1 { exhaustive_stop: false } => t!(i18n, "bo-completion-add1"),
                }}
                {fill
                    .then(|| {
                        view! {
                            " "
                            {move || t!(i18n, "bo-fill")}
                        }
                    })}
            </p>
            <p>{move || tie_text(i18n, tie)}</p>
            <p>
                <strong>
                    {move || match official {
                        Rule::Greedy => t!(i18n, "bo-official-greedy"),
                        Rule::EqualShares => t!(i18n, "bo-official-mes"),
                    }}
                </strong>
            </p>
        </section>
    }
}

fn edition_id() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("edition")
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    })
}

/// `/budget/:edition/results`: every pool by both rules, and turnout.
#[component]
pub fn EditionResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = edition_id();
    let data = Resource::new(move || id.get(), load_edition_results);
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(r) => {
                        let name = r.edition.name.clone();
                        let name2 = name.clone();
                        let eid = r.edition.id;
                        let turnout = r.turnout.clone();
                        let total = turnout.online + turnout.paper;
                        view! {
                            <PageTitle text=move || {
                                t!(i18n, "bo-results-title", edition = name2.clone())
                            } />
                            <h1 id="main-heading" tabindex="-1">
                                {move || t!(i18n, "bo-results-title", edition = name.clone())}
                            </h1>
                            <p>
                                <a href="/budget">{move || t!(i18n, "bo-back-to-list")}</a>
                            </p>
                            <h2>{move || t!(i18n, "bo-pools-heading")}</h2>
                            <div
                                class="table-wrap"
                                role="region"
                                tabindex="0"
                                aria-labelledby="pools-caption"
                            >
                                <table class="table table--compact">
                                    <caption
                                        id="pools-caption"
                                        class="table__caption table__caption--small"
                                    >
                                        {move || t!(i18n, "bo-pools-caption")}
                                    </caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{move || t!(i18n, "bo-col-pool")}</th>
                                            <th scope="col" class="num">
                                                {move || t!(i18n, "bo-col-budget")}
                                            </th>
                                            <th scope="col" class="num">
                                                {move || t!(i18n, "bo-col-ballots")}
                                            </th>
                                            <th scope="col" class="num">
                                                {move || t!(i18n, "bo-col-greedy-spent")}
                                            </th>
                                            <th scope="col" class="num">
                                                {move || t!(i18n, "bo-col-mes-spent")}
                                            </th>
                                            <th scope="col" class="num">
                                                {move || t!(i18n, "bo-col-differ")}
                                            </th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {r
                                            .pools
                                            .into_iter()
                                            .map(|p| {
                                                let lang = move || i18n.lang();
                                                view! {
                                                    <tr>
                                                        <th scope="row">
                                                            <a href=format!(
                                                                "/budget/{eid}/results/{}",
                                                                p.id,
                                                            )>{p.name.clone()}</a>
                                                        </th>
                                                        <td class="num">{move || p.budget.text(lang())}</td>
                                                        <td class="num">{move || int(lang(), p.ballots)}</td>
                                                        <td class="num">
                                                            {move || {
                                                                t!(
                                                                    i18n, "bo-spent-cell", spent = p.greedy_spent.text(lang()), n = p.greedy_winners
                                                                )
                                                            }}
                                                        </td>
                                                        <td class="num">
                                                            {move || {
                                                                t!(
                                                                    i18n, "bo-spent-cell", spent = p.mes_spent.text(lang()), n = p.mes_winners
                                                                )
                                                            }}
                                                        </td>
                                                        <td class="num">{p.differ}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <h2>{move || t!(i18n, "bo-turnout-heading")}</h2>
                            <p>
                                {move || {
                                    t!(
                                        i18n, "bo-turnout-total", total = int(i18n.lang(), total), online = int(i18n.lang(), turnout.online), paper = int(i18n.lang(), turnout.paper)
                                    )
                                }}
                            </p>
                            <div
                                class="table-wrap"
                                role="region"
                                tabindex="0"
                                aria-labelledby="turnout-caption"
                            >
                                <table class="table table--compact">
                                    <caption
                                        id="turnout-caption"
                                        class="table__caption table__caption--small"
                                    >
                                        {move || t!(i18n, "bo-turnout-caption")}
                                    </caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{move || t!(i18n, "bo-col-district")}</th>
                                            <th scope="col" class="num">
                                                {move || t!(i18n, "bo-col-online")}
                                            </th>
                                            <th scope="col" class="num">
                                                {move || t!(i18n, "bo-col-paper")}
                                            </th>
                                            <th scope="col" class="num">
                                                {move || t!(i18n, "bo-col-total")}
                                            </th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {r
                                            .turnout
                                            .by_district
                                            .into_iter()
                                            .map(|(d, online, paper)| {
                                                let name = district_name(d);
                                                let lang_attr = name.as_ref().map(|_| "pl");
                                                view! {
                                                    <tr>
                                                        <th scope="row" lang=lang_attr>
                                                            {move || {
                                                                name.clone()
                                                                    .unwrap_or_else(|| t!(i18n, "bo-district-unknown"))
                                                            }}
                                                        </th>
                                                        <td class="num">{move || int(i18n.lang(), online)}</td>
                                                        <td class="num">{move || int(i18n.lang(), paper)}</td>
                                                        <td class="num">
                                                            {move || int(i18n.lang(), online + paper)}
                                                        </td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <RulesExplained counting=r.counting />
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "bo-results-heading")
                                error=e
                                back=(
                                    "/budget".to_string(),
                                    (move || t!(i18n, "bo-back-to-list")).into(),
                                )
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// Why a project won or lost under the city's rule.
pub fn why_greedy(i18n: I18n, l: &ProjectLine, min_votes: u64) -> String {
    let lang = i18n.lang();
    match l.greedy {
        GreedyFate::Funded => t!(
            i18n,
            "bo-why-greedy-funded",
            rank = l.rank,
            left = l.left_before.text(lang),
            cost = l.cost.text(lang)
        ),
        GreedyFate::DidNotFit => t!(
            i18n,
            "bo-why-greedy-misfit",
            rank = l.rank,
            left = l.left_before.text(lang),
            cost = l.cost.text(lang)
        ),
        GreedyFate::BelowMinimum => t!(i18n, "bo-why-greedy-min", votes = l.votes, min = min_votes),
        GreedyFate::AfterStop => t!(i18n, "bo-why-greedy-stop", rank = l.rank),
        GreedyFate::NoVotes => t!(i18n, "bo-why-no-votes"),
    }
}

/// Why a project won or lost under Equal Shares.
pub fn why_mes(i18n: I18n, l: &ProjectLine) -> String {
    let lang = i18n.lang();
    match &l.mes {
        MesFate::Bought {
            round,
            price,
            full,
            partial,
            none,
        } => {
            let (round, full, partial, none) = (*round, *full, *partial, *none);
            let price = (*price).text(lang);
            let mut s: String = t!(
                i18n,
                "bo-why-mes-bought",
                round = round,
                full = full,
                price = price
            );
            if partial > 0 {
                s.push(' ');
                let more: String = t!(i18n, "bo-why-mes-partial", partial = partial);
                s.push_str(&more);
            }
            if none > 0 {
                s.push(' ');
                let more: String = t!(i18n, "bo-why-mes-none", none = none);
                s.push_str(&more);
            }
            s
        }
        MesFate::Free => t!(i18n, "bo-why-mes-free"),
        MesFate::RanOut { round, money_left } => {
            let (round, left) = (*round, (*money_left).text(lang));
            t!(
                i18n,
                "bo-why-mes-ranout",
                round = round,
                money = left,
                cost = l.cost.text(lang)
            )
        }
        MesFate::NoSupport => t!(i18n, "bo-why-no-votes"),
        MesFate::Filled { left_before } => {
            let left = (*left_before).text(lang);
            t!(i18n, "bo-why-mes-filled", left = left)
        }
    }
}

/// `/budget/:edition/results/:pool`: both rules side by side.
#[component]
pub fn PoolResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = edition_id();
    let params = use_params_map();
    let pool = Memo::new(move |_| {
        params
            .read()
            .get("pool")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    });
    let data = Resource::new(
        move || (id.get(), pool.get()),
        |(e, p)| load_pool_results(e, p),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(r) => view! { <PoolView r /> }.into_any(),
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "bo-results-heading")
                                error=e
                                back=(
                                    "/budget".to_string(),
                                    (move || t!(i18n, "bo-back-to-list")).into(),
                                )
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn PoolView(r: PoolResults) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang();
    let p = r.pool.clone();
    let title = format!("{} — {}", p.name, r.edition_name);
    let title2 = title.clone();
    let eid = r.edition_id;
    let pid = p.id;
    let min_votes = r.counting.greedy.min_votes;
    let differing: Vec<ProjectLine> = r
        .lines
        .iter()
        .filter(|l| l.greedy_funded() != l.mes_funded())
        .cloned()
        .collect();
    let (share, raised, capped) = (r.share, r.raised, r.capped);
    let budget = p.budget;
    view! {
        <PageTitle text=move || t!(i18n, "bo-pool-title", pool = title2.clone()) />
        <h1 id="main-heading" tabindex="-1">
            {move || t!(i18n, "bo-pool-title", pool = title.clone())}
        </h1>
        <p>
            <a href=format!("/budget/{eid}/results")>{move || t!(i18n, "bo-back-to-results")}</a>
        </p>
        <ul class="facts">
            <li>
                {move || {
                    t!(
                        i18n, "bo-pool-budget", budget = budget.text(lang()), ballots = int(lang(), p.ballots)
                    )
                }}
            </li>
            <li>
                {move || {
                    t!(
                        i18n, "bo-pool-spent", rule = t!(i18n, "bo-rule-greedy"), spent = p.greedy_spent.text(lang()), left = (budget - p.greedy_spent).text(lang()), n = p.greedy_winners
                    )
                }}
            </li>
            <li>
                {move || {
                    t!(
                        i18n, "bo-pool-spent", rule = t!(i18n, "bo-rule-mes"), spent = p.mes_spent.text(lang()), left = (budget - p.mes_spent).text(lang()), n = p.mes_winners
                    )
                }}
            </li>
            <li>{move || t!(i18n, "bo-share", share = share.text(lang()), raised = raised)}</li>
            {capped
                .then(|| view! { <li>{move || t!(i18n, "bo-share-capped", runs = MAX_RUNS)}</li> })}
        </ul>
        <p class="downloads">
            {move || t!(i18n, "bo-download")}" "
            <a href=format!("/budget/{eid}/pools/{pid}/pabulib.pb") download="">
                {move || t!(i18n, "bo-download-pb")}
            </a>" · " <a href=format!("/budget/{eid}/pools/{pid}/results.csv") download="">
                {move || t!(i18n, "bo-download-csv")}
            </a>
        </p>
        <h2>{move || t!(i18n, "bo-differ-heading")}</h2>
        {if differing.is_empty() {
            view! { <p>{move || t!(i18n, "bo-differ-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="differ">
                    {differing
                        .into_iter()
                        .map(|l| {
                            let g = l.greedy_funded();
                            let number = l.number.clone();
                            let title = l.title.clone();
                            view! {
                                <li>
                                    <strong lang="pl">{format!("{number}. {title}")}</strong>
                                    ": "
                                    {move || {
                                        if g {
                                            t!(i18n, "bo-differ-greedy-only")
                                        } else {
                                            t!(i18n, "bo-differ-mes-only")
                                        }
                                    }}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="projects-caption">
            <table class="table table--compact projects">
                <caption id="projects-caption" class="table__caption table__caption--small">
                    {move || t!(i18n, "bo-projects-caption")}
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="num">
                            {move || t!(i18n, "bo-col-rank")}
                        </th>
                        <th scope="col">{move || t!(i18n, "bo-col-project")}</th>
                        <th scope="col" class="num">
                            {move || t!(i18n, "bo-col-cost")}
                        </th>
                        <th scope="col" class="num">
                            {move || t!(i18n, "bo-col-votes")}
                        </th>
                        <th scope="col" class="num">
                            {move || t!(i18n, "bo-col-points")}
                        </th>
                        <th scope="col">{move || t!(i18n, "bo-rule-greedy")}</th>
                        <th scope="col">{move || t!(i18n, "bo-rule-mes")}</th>
                    </tr>
                </thead>
                <tbody>
                    {r
                        .lines
                        .into_iter()
                        .map(|l| {
                            let (g, m) = (l.greedy_funded(), l.mes_funded());
                            let lg = l.clone();
                            let lm = l.clone();
                            view! {
                                <tr class:differs=g != m>
                                    <td class="num">{l.rank}</td>
                                    <th scope="row" class="break">
                                        <span lang="pl">
                                            {format!("{}. {}", l.number, l.title)}
                                        </span>
                                    </th>
                                    <td class="num">{move || l.cost.text(lang())}</td>
                                    <td class="num">{move || int(lang(), l.votes)}</td>
                                    <td class="num">{move || int(lang(), l.points)}</td>
                                    <td>
                                        <strong>
                                            {move || {
                                                if g {
                                                    t!(i18n, "bo-funded")
                                                } else {
                                                    t!(i18n, "bo-not-funded")
                                                }
                                            }}
                                        </strong>
                                        <br />
                                        {move || why_greedy(i18n, &lg, min_votes)}
                                    </td>
                                    <td>
                                        <strong>
                                            {move || {
                                                if m {
                                                    t!(i18n, "bo-funded")
                                                } else {
                                                    t!(i18n, "bo-not-funded")
                                                }
                                            }}
                                        </strong>
                                        <br />
                                        {move || why_mes(i18n, &lm)}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <RulesExplained counting=r.counting />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::Money;

    #[test]
    fn money_in_each_language() {
        assert_eq!(
            Money::from_grosze(152_000_000).text(Lang::Pl),
            "1\u{a0}520\u{a0}000\u{a0}zł"
        );
        assert_eq!(
            crate::i18n::format::money(Lang::En, 152_000_050),
            "1,520,000.50\u{a0}zł"
        );
        assert_eq!(
            crate::i18n::format::money(Lang::Uk, 99_950),
            "999,50\u{a0}zł"
        );
        assert_eq!(Money::ZERO.text(Lang::Pl), "0\u{a0}zł");
        assert_eq!(int(Lang::En, 42_965), "42,965");
        assert_eq!(int(Lang::Pl, 42_965), "42\u{a0}965");
        assert_eq!(Money::from_grosze(-50).text(Lang::Pl), "-0,50\u{a0}zł");
    }
}

/// `/budget/:edition/vote`: the ballot. Signed-in residents; the city-wide pool and the pool
/// of their district (another district can be chosen first). Works as a plain form.
#[component]
pub fn BallotPage() -> impl IntoView {
    use super::api::{load_ballot, CastBallot};
    use crate::ui::{ErrorSummary, Form, Submit};
    use leptos_router::hooks::use_query_map;
    let i18n = use_i18n();
    let id = edition_id();
    let query = use_query_map();
    let district = Memo::new(move |_| {
        query
            .read()
            .get("district")
            .and_then(|d| d.parse::<u8>().ok())
    });
    let action = ServerAction::<CastBallot>::new();
    let form = Form::new("vote", action);
    let data = Resource::new(
        move || (id.get(), district.get()),
        |(e, d)| load_ballot(e, d),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(b) => {
                        let name = b.edition.name.clone();
                        let name2 = name.clone();
                        let eid = b.edition.id;
                        let open = b.edition.phase == Phase::Voting;
                        let rule = b.rule.clone();
                        let d = b.district;
                        let district_value = if form.has_flash() {
                            form.value("district")
                        } else {
                            d.map(|d| d.number().to_string()).unwrap_or_default()
                        };
                        view! {
                            <PageTitle text=move || {
                                t!(i18n, "bo-vote-title", edition = name2.clone())
                            } />
                            <h1 id="main-heading" tabindex="-1">
                                {move || t!(i18n, "bo-vote-title", edition = name.clone())}
                            </h1>
                            {b
                                .voted
                                .clone()
                                .map(|r| {
                                    view! {
                                        <p class="notice">
                                            {move || {
                                                t!(
                                                    i18n, "bo-vote-voted", receipt = super::rules::format_receipt(&r)
                                                )
                                            }}" "
                                            <a href=format!(
                                                "/budget/{eid}/my-ballot",
                                            )>{move || t!(i18n, "bo-vote-see-ballot")}</a>
                                        </p>
                                    }
                                })}
                            {(!open)
                                .then(|| {
                                    view! {
                                        <p class="notice">{move || t!(i18n, "bo-vote-not-open")}</p>
                                    }
                                })}
                            <p class="lead">{move || t!(i18n, "bo-vote-lead")}</p>
                            <form method="get" action=format!("/budget/{eid}/vote") class="filter">
                                <div class="field">
                                    <label class="field__label" for="f-ballot-district">
                                        {move || t!(i18n, "bo-vote-district")}
                                    </label>
                                    <select
                                        class="field__select"
                                        id="f-ballot-district"
                                        name="district"
                                    >
                                        {crate::forms::District::all()
                                            .map(|x| {
                                                let n = x.number();
                                                view! {
                                                    <option value=n.to_string() selected=d == Some(x) lang="pl">
                                                        {x.label()}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                                <button type="submit" class="button button--secondary">
                                    {move || t!(i18n, "bo-vote-district-show")}
                                </button>
                            </form>
                            <ErrorSummary form />
                            <ActionForm action attr:class="form" attr:novalidate=true>
                                <input type="hidden" name="edition_id" value=eid.to_string() />
                                <input type="hidden" name="district" value=district_value />
                                <input type="hidden" name="choices[_]" value="" />
                                {b
                                    .pools
                                    .into_iter()
                                    .map(|p| {
                                        view! { <PoolChoices form rule=rule.clone() pool=p /> }
                                    })
                                    .collect_view()}
                                <IdentityFields form />
                                <Submit
                                    label=move || t!(i18n, "bo-vote-submit")
                                    pending=action.pending().into()
                                />
                            </ActionForm>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "bo-title")
                                error=e
                                back=(
                                    "/budget".to_string(),
                                    (move || t!(i18n, "bo-back-to-list")).into(),
                                )
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

pub(crate) use crate::identity::pages::IdentityFields;

/// One pool on the ballot: ranked selects (Kraków), checkboxes (approval, cost limit) or
/// points (cumulative). Field names `choices[p{pool}_{rank}]` / `choices[p{pool}_x{project}]`.
#[component]
pub(crate) fn PoolChoices(
    form: crate::ui::Form,
    rule: super::rules::BallotRule,
    pool: super::BallotPool,
) -> impl IntoView {
    use super::rules::BallotRule;
    use crate::ui::problem_text;
    let i18n = use_i18n();
    let field = format!("pool-{}", pool.id);
    let field2 = field.clone();
    let field3 = field.clone();
    let fieldset_id = format!("f-{field}");
    let pid = pool.id;
    let name = pool.name.clone();
    let budget = pool.budget;
    let error_id = format!("f-{field}-error");
    let error_id2 = error_id.clone();
    let legend = {
        let rule = rule.clone();
        move || -> String {
            let pool = name.clone();
            match rule.clone() {
                BallotRule::Krakow { picks } => {
                    t!(i18n, "bo-vote-pool-ranked", pool = pool, n = picks)
                }
                BallotRule::Approval { min, max } => t!(
                    i18n,
                    "bo-vote-pool-approval",
                    pool = pool,
                    min = min,
                    max = max
                ),
                BallotRule::CostLimit => {
                    let budget = budget.text(i18n.lang());
                    t!(i18n, "bo-vote-pool-cost", pool = pool, budget = budget)
                }
                BallotRule::Cumulative { points, .. } => {
                    t!(i18n, "bo-vote-pool-points", pool = pool, points = points)
                }
            }
        }
    };
    let projects = pool.projects.clone();
    let body = match rule {
        BallotRule::Krakow { picks } => (1..=picks)
            .map(|rank| {
                let key = format!("choices[p{pid}_{rank}]");
                let chosen = form.value(&key);
                let sid = format!("f-p{pid}-{rank}");
                let points = super::rules::krakow_points(rank as usize - 1);
                let options = projects.clone();
                view! {
                    <div class="field">
                        <label class="field__label" for=sid.clone()>
                            {move || t!(i18n, "bo-vote-rank", rank = rank, points = points)}
                        </label>
                        <select class="field__select" id=sid name=key>
                            <option value="">{move || t!(i18n, "bo-vote-choose")}</option>
                            {options
                                .into_iter()
                                .map(|p| {
                                    let sel = chosen == p.id.to_string();
                                    view! {
                                        <option value=p.id.to_string() selected=sel lang="pl">
                                            {format!(
                                                "{}. {} ({})",
                                                p.number,
                                                p.title,
                                                p.cost.text(Lang::Pl),
                                            )}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                }
                .into_any()
            })
            .collect_view()
            .into_any(),
        BallotRule::Cumulative {
            max_per_project, ..
        } => projects
            .into_iter()
            .map(|p| {
                let key = format!("choices[p{pid}_x{}]", p.id);
                let value = form.value(&key);
                let iid = format!("f-p{pid}-x{}", p.id);
                view! {
                    <div class="field field--inline">
                        <label class="field__label" for=iid.clone() lang="pl">
                            {format!("{}. {}", p.number, p.title)}
                        </label>
                        <input
                            class="field__input field__input--short"
                            type="number"
                            min="0"
                            max=max_per_project.to_string()
                            id=iid
                            name=key
                            value=value
                            inputmode="numeric"
                        />
                    </div>
                }
                .into_any()
            })
            .collect_view()
            .into_any(),
        _ => projects
            .into_iter()
            .enumerate()
            .map(|(k, p)| {
                let key = format!("choices[p{pid}_{}]", k + 1);
                let checked = form.value(&key) == p.id.to_string();
                let cid = format!("f-p{pid}-{}", k + 1);
                view! {
                    <div class="choice">
                        <input
                            type="checkbox"
                            id=cid.clone()
                            name=key
                            value=p.id.to_string()
                            checked=checked
                        />
                        <label for=cid lang="pl">
                            {format!("{}. {} ({})", p.number, p.title, p.cost.text(Lang::Pl))}
                        </label>
                    </div>
                }
                .into_any()
            })
            .collect_view()
            .into_any(),
    };
    view! {
        <fieldset class="fieldset" id=fieldset_id tabindex="-1" class:field--error=move || form.error(&field2).is_some()
            aria-describedby=move || form.error(&field3).is_some().then(|| error_id2.clone())>
            <legend class="fieldset__legend">{legend}</legend>
            {move || form.error(&field).map(|p| view! {
                <p class="field__error" id=error_id.clone()><span class="visually-hidden">{t!(i18n, "error-prefix")}" "</span>{problem_text(i18n, &p)}</p>
            })}
            {body}
        </fieldset>
    }
}

/// `/budget/:edition/my-ballot`: what the signed-in voter chose, and the receipt code.
#[component]
pub fn MyBallotPage() -> impl IntoView {
    use super::api::load_my_ballot;
    let i18n = use_i18n();
    let id = edition_id();
    let data = Resource::new(move || id.get(), load_my_ballot);
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(b) => {
                        let name = b.edition.name.clone();
                        let name2 = name.clone();
                        let receipt = b.receipt.clone();
                        let day = b.day.clone();
                        view! {
                            <PageTitle text=move || {
                                t!(i18n, "bo-my-title", edition = name2.clone())
                            } />
                            <h1 id="main-heading" tabindex="-1">
                                {move || t!(i18n, "bo-my-title", edition = name.clone())}
                            </h1>
                            <p class="receipt">
                                {move || t!(i18n, "bo-my-receipt")}" "
                                <strong class="receipt__code">{receipt.clone()}</strong>
                            </p>
                            <p>{move || t!(i18n, "bo-my-receipt-hint", day = day.clone())}</p>
                            {b
                                .pools
                                .into_iter()
                                .map(|(pool, choices)| {
                                    view! {
                                        <h2 lang="pl">{pool}</h2>
                                        <ol class="ballot-choices">
                                            {choices
                                                .into_iter()
                                                .map(|(number, title, points)| {
                                                    view! {
                                                        <li>
                                                            <span lang="pl">{format!("{number}. {title}")}</span>
                                                            " — "
                                                            {move || t!(i18n, "bo-my-points", points = points)}
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ol>
                                    }
                                })
                                .collect_view()}
                            <p>
                                <a href="/budget">{move || t!(i18n, "bo-back-to-list")}</a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "bo-title")
                                error=e
                                back=(
                                    "/budget".to_string(),
                                    (move || t!(i18n, "bo-back-to-list")).into(),
                                )
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
