//! Pages of district referenda: the list, one referendum (vote, live turnout, results at the
//! close) and the clerks' form for a new one.
use super::api::{list_referenda, load_referendum, load_turnout, CreateReferendum, VoteReferendum};
use super::{Kind, LiveTurnout, RefCard, RefPhase, RefResults, RefView, Standing};
use crate::forms::District;
use crate::i18n::{use_i18n, I18n};
use crate::t;
use crate::ui::{
    fmt_num, ErrorSummary, Form, LoadFailed, PageHeading, PageTitle, Radios, Submit, TextArea,
    TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn grouped(i18n: I18n, n: u64) -> String {
    crate::i18n::format::grouped(i18n.lang(), n)
}

fn percent(i18n: I18n, part: u64, whole: u64) -> String {
    let p = (part * 1000).checked_div(whole).unwrap_or(0) as f64 / 10.0;
    format!("{}%", fmt_num(i18n.lang(), p, 1))
}

fn districts_text(ds: &[District]) -> String {
    ds.iter().map(|d| d.label()).collect::<Vec<_>>().join(", ")
}

fn answer_text(i18n: I18n, kind: Kind, options: &[String], k: usize) -> String {
    match (kind, k) {
        (Kind::YesNo, 0) => t!(i18n, "ref-yes"),
        (Kind::YesNo, _) => t!(i18n, "ref-no"),
        (Kind::Choice, _) => options.get(k).cloned().unwrap_or_default(),
    }
}

fn phase_text(i18n: I18n, c: &RefCard) -> String {
    match c.phase {
        RefPhase::NotOpen => t!(
            i18n,
            "ref-phase-not-open",
            opens = crate::i18n::time::date_time(i18n.lang(), c.opens)
        ),
        RefPhase::Open => t!(
            i18n,
            "ref-phase-open",
            closes = crate::i18n::time::date_time(i18n.lang(), c.closes)
        ),
        RefPhase::Closed => t!(
            i18n,
            "ref-phase-closed",
            closes = crate::i18n::time::date_time(i18n.lang(), c.closes)
        ),
    }
}

fn quorum_text(i18n: I18n, c: &RefCard) -> String {
    match c.quorum {
        Some(q) => {
            let needed = (u64::from(q) * c.electorate).div_ceil(100);
            t!(
                i18n,
                "ref-quorum",
                quorum = q,
                votes = grouped(i18n, needed),
                n = needed
            )
        }
        None => t!(i18n, "ref-no-quorum"),
    }
}

/// `/referenda`: open referenda first, then upcoming, then closed.
#[component]
pub fn ReferendaPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| list_referenda());
    view! {
        <PageTitle text=move || t!(i18n, "ref-title") description=move || t!(i18n, "ref-lead") />
        <PageHeading text=move || t!(i18n, "ref-title") />
        <p class="lead">{move || t!(i18n, "ref-lead")}</p>
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) if list.is_empty() => {
                        view! { <p>{move || t!(i18n, "ref-none")}</p> }.into_any()
                    }
                    Ok(list) => {
                        view! {
                            <ul class="cards">
                                {list
                                    .into_iter()
                                    .map(|c| {
                                        let c2 = c.clone();
                                        view! {
                                            <li class="card">
                                                <h2 class="card__title">
                                                    <a href=format!("/referenda/{}", c.id) lang="pl">
                                                        {c.title.clone()}
                                                    </a>
                                                </h2>
                                                <p lang="pl">{c.question.clone()}</p>
                                                <ul class="facts">
                                                    <li>
                                                        <strong>{move || phase_text(i18n, &c2)}</strong>
                                                    </li>
                                                    <li>
                                                        {move || {
                                                            t!(
                                                                i18n, "ref-for", districts = districts_text(&c.districts)
                                                            )
                                                        }}
                                                    </li>
                                                    <li>
                                                        {move || {
                                                            t!(
                                                                i18n, "ref-turnout", voters = grouped(i18n, c.voters), electorate = grouped(i18n, c.electorate), percent = percent(i18n, c.voters, c.electorate)
                                                            )
                                                        }}
                                                    </li>
                                                </ul>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <p class="error-text">{move || crate::ui::load_error_text(i18n, &e)}</p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The turnout, refreshed every 15 seconds while voting is open (with a button to stop).
#[component]
fn Turnout(id: i64, initial: LiveTurnout, live: bool) -> impl IntoView {
    let i18n = use_i18n();
    let turnout = RwSignal::new(initial);
    let running = RwSignal::new(live);
    #[cfg(feature = "hydrate")]
    if live {
        let handle = set_interval_with_handle(
            move || {
                if running.get_untracked() {
                    leptos::task::spawn_local(async move {
                        if let Ok(t) = load_turnout(id).await {
                            turnout.set(t);
                        }
                    });
                }
            },
            std::time::Duration::from_secs(15),
        );
        if let Ok(h) = handle {
            on_cleanup(move || h.clear());
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (id, load_turnout);
    let several = turnout.with_untracked(|t| t.by_district.len() > 1);
    view! {
        <section class="turnout" aria-labelledby="turnout-heading">
            <h2 id="turnout-heading">{move || t!(i18n, "ref-turnout-heading")}</h2>
            <p class="turnout__total" id="turnout-total">
                {move || {
                    turnout
                        .with(|t| {
                            t!(
                                i18n, "ref-turnout", voters = grouped(i18n, t.voters), electorate = grouped(i18n, t.electorate), percent = percent(i18n, t.voters, t.electorate)
                            )
                        })
                }}
            </p>
            {several
                .then(|| {
                    view! {
                        <ul>
                            {move || {
                                turnout
                                    .with(|t| {
                                        t.by_district
                                            .iter()
                                            .map(|(d, v)| {
                                                let label = d.label();
                                                let v = *v;
                                                view! {
                                                    <li>
                                                        <span lang="pl">{label}</span>
                                                        ": "
                                                        {move || {
                                                            t!(i18n, "ref-votes", votes = grouped(i18n, v), n = v)
                                                        }}
                                                    </li>
                                                }
                                            })
                                            .collect_view()
                                    })
                            }}
                        </ul>
                    }
                })}
            {live
                .then(|| {
                    view! {
                        <p class="field__hint">
                            {move || {
                                if running.get() {
                                    t!(i18n, "ref-live-on")
                                } else {
                                    t!(i18n, "ref-live-off")
                                }
                            }}
                        </p>
                        <button
                            type="button"
                            class="button button--secondary"
                            data-live-toggle=""
                            on:click=move |_| running.update(|r| *r = !*r)
                        >
                            {move || {
                                if running.get() {
                                    t!(i18n, "ref-live-stop")
                                } else {
                                    t!(i18n, "ref-live-start")
                                }
                            }}
                        </button>
                    }
                })}
        </section>
    }
}

#[component]
fn Results(r: RefResults, kind: Kind, options: Vec<String>, card: RefCard) -> impl IntoView {
    let i18n = use_i18n();
    let o = r.outcome;
    let total = o.voters;
    let opts = options.clone();
    let winner_votes = o.winner.map(|w| r.answers[w]).unwrap_or(0);
    let verdict = move || {
        let turnout = format!(
            "{}%",
            fmt_num(i18n.lang(), o.turnout_permille as f64 / 10.0, 1)
        );
        match (o.winner, o.quorum_met) {
            (_, Some(false)) => t!(
                i18n,
                "ref-result-no-quorum",
                turnout = turnout,
                quorum = card.quorum.unwrap_or(0)
            ),
            (None, _) => t!(i18n, "ref-result-tie"),
            (Some(w), _) => t!(
                i18n,
                "ref-result-binding",
                answer = answer_text(i18n, kind, &opts, w),
                percent = percent(i18n, winner_votes, total)
            ),
        }
    };
    let several = r.by_district.len() > 1;
    let heads = options.clone();
    view! {
        <section aria-labelledby="results-heading">
            <h2 id="results-heading">{move || t!(i18n, "ref-results")}</h2>
            <p class="lead">
                <strong>{verdict}</strong>
            </p>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="results-caption">
                <table class="table">
                    <caption id="results-caption" class="table__caption">
                        {move || t!(i18n, "ref-results-caption")}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t!(i18n, "ref-answer")}</th>
                            <th scope="col" class="num">
                                {move || t!(i18n, "ref-votes-col")}
                            </th>
                            <th scope="col" class="num">
                                {move || t!(i18n, "ref-share")}
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {r
                            .answers
                            .iter()
                            .enumerate()
                            .map(|(k, v)| {
                                let v = *v;
                                let opts = options.clone();
                                view! {
                                    <tr>
                                        <th scope="row" lang=(kind == Kind::Choice).then_some("pl")>
                                            {move || answer_text(i18n, kind, &opts, k)}
                                        </th>
                                        <td class="num">{move || grouped(i18n, v)}</td>
                                        <td class="num">{move || percent(i18n, v, total)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            {several
                .then(|| {
                    view! {
                        <div
                            class="table-wrap"
                            role="region"
                            tabindex="0"
                            aria-labelledby="districts-caption"
                        >
                            <table class="table">
                                <caption id="districts-caption" class="table__caption">
                                    {move || t!(i18n, "ref-by-district")}
                                </caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{move || t!(i18n, "field-district")}</th>
                                        <th scope="col" class="num">
                                            {move || t!(i18n, "ref-voters-col")}
                                        </th>
                                        {(0..heads.len())
                                            .map(|k| {
                                                let h = heads.clone();
                                                view! {
                                                    <th
                                                        scope="col"
                                                        class="num"
                                                        lang=(kind == Kind::Choice).then_some("pl")
                                                    >
                                                        {move || answer_text(i18n, kind, &h, k)}
                                                    </th>
                                                }
                                            })
                                            .collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {r
                                        .by_district
                                        .iter()
                                        .map(|(d, voters, votes)| {
                                            let label = d.label();
                                            let voters = *voters;
                                            view! {
                                                <tr>
                                                    <th scope="row" lang="pl">
                                                        {label}
                                                    </th>
                                                    <td class="num">{move || grouped(i18n, voters)}</td>
                                                    {votes
                                                        .iter()
                                                        .map(|v| {
                                                            let v = *v;
                                                            view! { <td class="num">{move || grouped(i18n, v)}</td> }
                                                        })
                                                        .collect_view()}
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                })}
        </section>
    }
}

/// `/referenda/:id`: the question, who may vote, the live turnout, the vote, and the results
/// at the close.
#[component]
pub fn ReferendumPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    });
    let action = ServerAction::<VoteReferendum>::new();
    let form = Form::new("referendum", action);
    let data = Resource::new(
        move || (id.get(), action.version().get()),
        |(r, _)| load_referendum(r),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(
                        RefView { card, description, kind, options, standing, results, turnout },
                    ) => {
                        let title = card.title.clone();
                        let title2 = title.clone();
                        let rid = card.id;
                        let c2 = card.clone();
                        let c3 = card.clone();
                        let c4 = card.clone();
                        let answers: Vec<(&'static str, TextProp)> = (0..options.len())
                            .map(|k| {
                                let opts = options.clone();
                                let value: &'static str = [
                                    "0",
                                    "1",
                                    "2",
                                    "3",
                                    "4",
                                    "5",
                                    "6",
                                    "7",
                                    "8",
                                    "9",
                                ][k.min(9)];
                                (value, (move || answer_text(i18n, kind, &opts, k)).into())
                            })
                            .collect();
                        view! {
                            <PageTitle text=move || title2.clone() />
                            <h1 id="main-heading" tabindex="-1" lang="pl">
                                {title}
                            </h1>
                            <p class="lead" lang="pl">
                                {card.question.clone()}
                            </p>
                            {(!description.is_empty())
                                .then(|| {
                                    view! {
                                        <div class="prose" lang="pl">
                                            {description
                                                .split("\n\n")
                                                .map(|p| view! { <p>{p.to_string()}</p> })
                                                .collect_view()}
                                        </div>
                                    }
                                })}
                            <ul class="facts">
                                <li>
                                    <strong>{move || phase_text(i18n, &c2)}</strong>
                                </li>
                                <li>
                                    {move || {
                                        t!(
                                            i18n, "ref-for", districts = districts_text(&c3.districts)
                                        )
                                    }}
                                </li>
                                <li>{move || quorum_text(i18n, &c4)}</li>
                            </ul>
                            <Turnout id=rid initial=turnout live=card.phase == RefPhase::Open />
                            {match standing {
                                Standing::CanVote => {
                                    view! {
                                        <h2 id="vote-heading">
                                            {move || t!(i18n, "ref-vote-heading")}
                                        </h2>
                                        <ErrorSummary form />
                                        <ActionForm
                                            action
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:aria-labelledby="vote-heading"
                                        >
                                            <input
                                                type="hidden"
                                                name="referendum_id"
                                                value=rid.to_string()
                                            />
                                            <Radios
                                                form
                                                name="answer"
                                                legend=move || t!(i18n, "ref-your-answer")
                                                options=answers
                                                selected=String::new()
                                            />
                                            <Submit
                                                label=move || t!(i18n, "ref-vote-submit")
                                                pending=action.pending().into()
                                            />
                                        </ActionForm>
                                    }
                                        .into_any()
                                }
                                Standing::SignInNeeded => {
                                    view! {
                                        <p class="notice">
                                            {move || t!(i18n, "ref-sign-in")}" "
                                            <a href=format!(
                                                "/sign-in?return_to=%2Freferenda%2F{rid}",
                                            )>{move || t!(i18n, "nav-sign-in")}</a>
                                        </p>
                                    }
                                        .into_any()
                                }
                                Standing::OtherDistrict => {
                                    view! {
                                        <p class="notice">
                                            {move || t!(i18n, "error-referendum-not-eligible")}
                                        </p>
                                    }
                                        .into_any()
                                }
                                Standing::NotVerified => {
                                    view! {
                                        <p class="notice">
                                            {move || t!(i18n, "error-identity-not-verified")}" "
                                            <a href="/account/identity">
                                                {move || t!(i18n, "identity-title")}
                                            </a>
                                        </p>
                                    }
                                        .into_any()
                                }
                                Standing::Voted => {
                                    view! { <p class="notice">{move || t!(i18n, "ref-voted")}</p> }
                                        .into_any()
                                }
                                Standing::NotOpen | Standing::Closed => ().into_any(),
                            }}
                            {results
                                .map(|r| {
                                    view! {
                                        <Results r kind options=options.clone() card=card.clone() />
                                    }
                                })}
                            <p>
                                <a href="/referenda">{move || t!(i18n, "ref-back")}</a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "ref-title")
                                error=e
                                back=(
                                    "/referenda".to_string(),
                                    (move || t!(i18n, "ref-back")).into(),
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

/// `/staff/referenda`: a new referendum.
#[component]
pub fn StaffReferendaPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateReferendum>::new();
    let form = Form::new("referendum-new", action);
    let kinds: Vec<(&'static str, TextProp)> = vec![
        ("yes-no", (move || t!(i18n, "ref-kind-yes-no")).into()),
        ("choice", (move || t!(i18n, "ref-kind-choice")).into()),
    ];
    view! {
        <PageTitle text=move || t!(i18n, "ref-staff-title") />
        <PageHeading text=move || t!(i18n, "ref-staff-title") />
        <p>
            <a href="/referenda">{move || t!(i18n, "ref-back")}</a>
        </p>
        <ErrorSummary form />
        <ActionForm action attr:class="form" attr:novalidate=true>
            <TextField form name="title" label=move || t!(i18n, "ref-field-title") />
            <TextField form name="question" label=move || t!(i18n, "ref-field-question") />
            <TextArea
                form
                name="description"
                label=move || t!(i18n, "ref-field-description")
                rows=4
            />
            <Radios
                form
                name="kind"
                legend=move || t!(i18n, "ref-field-kind")
                options=kinds
                selected="yes-no".to_string()
            />
            <TextArea
                form
                name="options"
                label=move || t!(i18n, "ref-field-options")
                hint=move || t!(i18n, "ref-field-options-hint")
                rows=4
            />
            <crate::ui::DistrictCheckboxes
                form
                legend=move || t!(i18n, "ref-field-districts")
                chosen=Vec::new()
            />
            <div class="field-row">
                <TextField
                    form
                    name="opens_date"
                    kind="date"
                    label=move || t!(i18n, "ref-field-opens-date")
                />
                <TextField
                    form
                    name="opens_time"
                    kind="time"
                    label=move || t!(i18n, "ref-field-opens-time")
                />
            </div>
            <div class="field-row">
                <TextField
                    form
                    name="closes_date"
                    kind="date"
                    label=move || t!(i18n, "ref-field-closes-date")
                />
                <TextField
                    form
                    name="closes_time"
                    kind="time"
                    label=move || t!(i18n, "ref-field-closes-time")
                />
            </div>
            <TextField
                form
                name="electorate"
                label=move || t!(i18n, "ref-field-electorate")
                hint=move || t!(i18n, "ref-field-electorate-hint")
            />
            <TextField
                form
                name="quorum"
                label=move || t!(i18n, "ref-field-quorum")
                hint=move || t!(i18n, "ref-field-quorum-hint")
            />
            <Submit label=move || t!(i18n, "ref-staff-create") pending=action.pending().into() />
        </ActionForm>
    }
}
