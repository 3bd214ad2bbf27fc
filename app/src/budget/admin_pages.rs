//! The budget's back office: editions (new, and one edition's timetable, counting, pools,
//! voting points and projects), and the paper ballots of a voting point.
use super::admin::{
    load_edition_settings, load_paper, staff_editions, AddVotingPoint, CreateBudgetEdition,
    SaveBudgetEdition,
};
use super::api::EnterPaperBallot;
use super::project_pages::ProjectTable;
use super::rules::BallotRule;
use super::{Rule, TieBreak, Utility};
use crate::i18n::{use_i18n, I18n};
use crate::t;
use crate::ui::{
    ErrorSummary, Form, LoadFailed, PageHeading, PageTitle, Radios, SelectField, Submit, TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn date_label(i18n: I18n, k: usize) -> String {
    match k {
        0 => t!(i18n, "bo-date-submission-opens"),
        1 => t!(i18n, "bo-date-submission-closes"),
        2 => t!(i18n, "bo-date-voting-opens"),
        3 => t!(i18n, "bo-date-voting-closes"),
        _ => t!(i18n, "bo-date-results"),
    }
}

#[component]
fn DateFields(form: Form, values: [String; 5]) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{move || t!(i18n, "bo-timetable")}</legend>
            <p class="field__hint">{move || t!(i18n, "bo-timetable-hint")}</p>
            {super::admin::DATE_FIELDS
                .iter()
                .enumerate()
                .map(|(k, name)| {
                    let v = values[k].clone();
                    view! {
                        <TextField
                            form
                            name=name
                            kind="date"
                            label=move || date_label(i18n, k)
                            value=v
                        />
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

fn rule_options(i18n: I18n) -> Vec<(&'static str, TextProp)> {
    vec![
        ("greedy", (move || t!(i18n, "bo-official-greedy")).into()),
        ("equal-shares", (move || t!(i18n, "bo-official-mes")).into()),
    ]
}

/// `/staff/budget`: the editions, and a form for a new one.
#[component]
pub fn StaffBudgetPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateBudgetEdition>::new();
    let form = Form::new("edition", action);
    let data = Resource::new(|| (), |_| staff_editions());
    // The upload is a plain multipart form handled by the server (not a server function);
    // its errors come back through the same flash as every form's, under the id "import".
    let import_form = Form::new("import", ServerAction::<CreateBudgetEdition>::new());
    let ballot_rules: Vec<(&'static str, TextProp)> = vec![
        ("krakow", (move || t!(i18n, "bo-rule-krakow")).into()),
        ("approval", (move || t!(i18n, "bo-rule-approval")).into()),
        (
            "cumulative",
            (move || t!(i18n, "bo-rule-cumulative")).into(),
        ),
        ("cost", (move || t!(i18n, "bo-rule-cost")).into()),
    ];
    view! {
        <PageTitle text=move || t!(i18n, "bo-staff-title")/>
        <PageHeading text=move || t!(i18n, "bo-staff-title")/>
        <Suspense fallback=move || view! { <p>{move || t!(i18n, "loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) => view! {
                        <ul class="link-list">
                            {list.into_iter().map(|c| view! {
                                <li><a href=format!("/staff/budget/{}", c.id) lang="pl">{c.name.clone()}</a></li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <p class="error-text">{move || crate::ui::load_error_text(i18n, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
        <h2 id="import-heading">{move || t!(i18n, "bo-import-title")}</h2>
        <p>{move || t!(i18n, "bo-import-lead")}</p>
        <ErrorSummary form=import_form/>
        <form method="post" action="/staff/budget/import" enctype="multipart/form-data" class="form" novalidate aria-labelledby="import-heading">
            <TextField form=import_form name="simulation_name" label=move || t!(i18n, "bo-field-edition-name")/>
            <div class="field" class:field--error=move || import_form.error("files").is_some()>
                <label class="field__label" for="f-files">{move || t!(i18n, "bo-import-files")}</label>
                <p class="field__hint" id="f-files-hint">{move || t!(i18n, "bo-import-files-hint")}</p>
                <crate::ui::FieldError form=import_form name="files"/>
                <input class="field__file" type="file" id="f-files" name="files" multiple=true accept=".pb,text/plain"
                    aria-describedby=move || crate::ui::described_by("files", true, import_form.error("files").is_some())/>
            </div>
            <button type="submit" class="button button--secondary">{move || t!(i18n, "bo-import-submit")}</button>
        </form>
        <h2 id="new-edition">{move || t!(i18n, "bo-staff-new")}</h2>
        <ErrorSummary form/>
        <ActionForm action attr:class="form" attr:novalidate=true attr:aria-labelledby="new-edition">
            <TextField form name="name" label=move || t!(i18n, "bo-field-edition-name")/>
            <DateFields form values=Default::default()/>
            <Radios form name="rule" legend=move || t!(i18n, "bo-field-ballot-rule") options=ballot_rules selected="krakow".to_string()/>
            <TextField form name="picks" kind="number" label=move || t!(i18n, "bo-field-picks") hint=move || t!(i18n, "bo-field-picks-hint") value="3".to_string()/>
            <TextField form name="min_picks" kind="number" label=move || t!(i18n, "bo-field-min-picks") hint=move || t!(i18n, "bo-field-min-picks-hint") value="1".to_string()/>
            <TextField form name="points" kind="number" label=move || t!(i18n, "bo-field-points") hint=move || t!(i18n, "bo-field-points-hint") value="10".to_string()/>
            <Radios form name="official" legend=move || t!(i18n, "bo-field-official") options=rule_options(i18n) selected="greedy".to_string()/>
            <TextField form name="city_budget" label=move || t!(i18n, "bo-field-city-budget") hint=move || t!(i18n, "bo-field-money-hint")/>
            <TextField form name="district_budget" label=move || t!(i18n, "bo-field-district-budget") hint=move || t!(i18n, "bo-field-money-hint")/>
            <Submit label=move || t!(i18n, "bo-staff-create") pending=action.pending().into()/>
        </ActionForm>
    }
}

fn ballot_rule_text(i18n: I18n, r: &BallotRule) -> String {
    match *r {
        BallotRule::Krakow { picks } => format!("{} ({picks})", t!(i18n, "bo-rule-krakow")),
        BallotRule::Approval { min, max } => {
            format!("{} ({min}–{max})", t!(i18n, "bo-rule-approval"))
        }
        BallotRule::Cumulative { points, .. } => {
            format!("{} ({points})", t!(i18n, "bo-rule-cumulative"))
        }
        BallotRule::CostLimit => t!(i18n, "bo-rule-cost"),
    }
}

/// `/staff/budget/:edition`: the timetable, counting and pools of an edition, its voting
/// points, and its projects (those waiting for a decision first).
#[component]
pub fn EditionSettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("edition")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    });
    let save = ServerAction::<SaveBudgetEdition>::new();
    let form = Form::new("settings", save);
    let point = ServerAction::<AddVotingPoint>::new();
    let point_form = Form::new("point", point);
    let data = Resource::new(
        move || (id.get(), save.version().get(), point.version().get()),
        |(e, _, _)| load_edition_settings(e),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(s) => {
                        let name = s.edition.name.clone();
                        let name2 = name.clone();
                        let eid = s.edition.id;
                        let simulation = s.edition.simulation;
                        let rule = s.rule.clone();
                        let c = s.counting.clone();
                        let official = match c.official {
                            Rule::Greedy => "greedy",
                            Rule::EqualShares => "equal-shares",
                        }
                            .to_string();
                        let utility = match c.mes.utility {
                            Utility::Cost => "cost",
                            Utility::Count => "count",
                        }
                            .to_string();
                        let tie = c.greedy.tie_break.as_str().to_string();
                        let utilities: Vec<(&'static str, TextProp)> = vec![
                            ("cost", (move || t!(i18n, "bo-utility-cost-short")).into()),
                            ("count", (move || t!(i18n, "bo-utility-count-short")).into()),
                        ];
                        let ties: Vec<(String, String, Option<&'static str>)> = [
                            TieBreak::Preferences,
                            TieBreak::ProjectId,
                            TieBreak::MoreVotes,
                            TieBreak::LowerCost,
                        ]
                            .into_iter()
                            .map(|t| (
                                t.as_str().to_string(),
                                super::pages::tie_text(i18n, t),
                                None,
                            ))
                            .collect();
                        let waiting = s
                            .projects
                            .iter()
                            .filter(|p| p.status.awaits_decision())
                            .count();
                        view! {
                            <PageTitle text=move || name2.clone() />
                            <h1 id="main-heading" tabindex="-1" lang="pl">
                                {name}
                            </h1>
                            <p>
                                {move || {
                                    t!(i18n, "bo-staff-rule", rule = ballot_rule_text(i18n, &rule))
                                }}
                            </p>
                            <ul class="link-list">
                                <li>
                                    <a href=format!(
                                        "/budget/{eid}/projects",
                                    )>{move || t!(i18n, "bo-catalogue-link")}</a>
                                </li>
                                {(!simulation)
                                    .then(|| {
                                        view! {
                                            <li>
                                                <a href=format!(
                                                    "/staff/budget/{eid}/paper",
                                                )>{move || t!(i18n, "bo-paper-link")}</a>
                                            </li>
                                        }
                                    })}
                                <li>
                                    <a href=format!(
                                        "/budget/{eid}/results",
                                    )>{move || t!(i18n, "bo-results-link")}</a>
                                </li>
                            </ul>
                            <h2 id="projects-heading">
                                {move || t!(i18n, "bo-staff-projects", waiting = waiting)}
                            </h2>
                            <ProjectTable
                                rows=s.projects.clone()
                                caption=move || t!(i18n, "bo-staff-projects-caption")
                            />
                            {(!simulation)
                                .then(|| {
                                    view! {
                                        <h2 id="settings-heading">
                                            {move || t!(i18n, "bo-staff-settings")}
                                        </h2>
                                        <ErrorSummary form />
                                        <ActionForm
                                            action=save
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:aria-labelledby="settings-heading"
                                        >
                                            <input
                                                type="hidden"
                                                name="edition_id"
                                                value=eid.to_string()
                                            />
                                            <DateFields form values=s.dates.clone() />
                                            <Radios
                                                form
                                                name="official"
                                                legend=move || t!(i18n, "bo-field-official")
                                                options=rule_options(i18n)
                                                selected=official
                                            />
                                            <Radios
                                                form
                                                name="utility"
                                                legend=move || t!(i18n, "bo-field-utility")
                                                options=utilities
                                                selected=utility
                                            />
                                            <SelectField
                                                form
                                                name="tie_break"
                                                label=move || t!(i18n, "bo-field-tie-break")
                                                choose=move || t!(i18n, "bo-field-choose")
                                                options=ties
                                                selected=tie
                                            />
                                            <TextField
                                                form
                                                name="min_votes"
                                                kind="number"
                                                label=move || t!(i18n, "bo-field-min-votes")
                                                value=c.greedy.min_votes.to_string()
                                            />
                                            <fieldset class="fieldset">
                                                <legend class="fieldset__legend">
                                                    {move || t!(i18n, "bo-field-pools")}
                                                </legend>
                                                {s
                                                    .pools
                                                    .iter()
                                                    .map(|(pid, pname, budget)| {
                                                        let key = format!("budgets[p{pid}]");
                                                        let fid = format!("f-budgets[p{pid}]");
                                                        let v = if form.has_flash() {
                                                            form.value(&key)
                                                        } else {
                                                            budget.input_text()
                                                        };
                                                        let k2 = key.clone();
                                                        let k3 = key.clone();
                                                        let eid2 = format!("{fid}-error");
                                                        let eid3 = eid2.clone();
                                                        view! {
                                                            <div class="field field--inline" class:field--error=move || form.error(&k2).is_some()>
                                                    <label class="field__label" for=fid.clone() lang="pl">{pname.clone()}</label>
                                                    {move || form.error(&k3).map(|p| view! { <p class="field__error" id=eid2.clone()>{crate::ui::problem_text(i18n, &p)}</p> })}
                                                    <input class="field__input field__input--short" id=fid.clone() name=key.clone() value=v inputmode="numeric"
                                                        aria-describedby=move || form.error(&key).is_some().then(|| eid3.clone())/>
                                                </div>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </fieldset>
                                            <Submit
                                                label=move || t!(i18n, "bo-staff-save")
                                                pending=save.pending().into()
                                            />
                                        </ActionForm>
                                        <h2 id="points-heading">
                                            {move || t!(i18n, "bo-staff-points")}
                                        </h2>
                                        <ul>
                                            {s
                                                .points
                                                .iter()
                                                .map(|(pid, pname)| {
                                                    let pid = *pid;
                                                    view! {
                                                        <li>
                                                            {move || t!(i18n, "bo-point-number", number = pid)}": "
                                                            <span lang="pl">{pname.clone()}</span>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                        <ErrorSummary form=point_form />
                                        <ActionForm
                                            action=point
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:aria-labelledby="points-heading"
                                        >
                                            <input
                                                type="hidden"
                                                name="edition_id"
                                                value=eid.to_string()
                                            />
                                            <TextField
                                                form=point_form
                                                name="point_name"
                                                label=move || t!(i18n, "bo-field-point-name")
                                            />
                                            <Submit
                                                label=move || t!(i18n, "bo-staff-add-point")
                                                pending=point.pending().into()
                                                secondary=true
                                            />
                                        </ActionForm>
                                    }
                                })}
                            <p>
                                <a href="/staff/budget">{move || t!(i18n, "bo-staff-back")}</a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "bo-staff-title")
                                error=e
                                back=(
                                    "/staff/budget".to_string(),
                                    (move || t!(i18n, "bo-staff-back")).into(),
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

/// `/staff/budget/:edition/paper`: a clerk enters the paper ballots of a voting point; the
/// point and the voter's district are chosen first (a GET form) and kept for the next ballot.
#[component]
pub fn PaperPage() -> impl IntoView {
    use super::pages::{IdentityFields, PoolChoices};
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("edition")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    });
    let point = Memo::new(move |_| {
        query
            .read()
            .get("point")
            .and_then(|s| s.parse::<i64>().ok())
    });
    let district = Memo::new(move |_| {
        query
            .read()
            .get("district")
            .and_then(|s| s.parse::<u8>().ok())
    });
    let action = ServerAction::<EnterPaperBallot>::new();
    let form = Form::new("paper", action);
    let data = Resource::new(
        move || {
            (
                id.get(),
                point.get(),
                district.get(),
                action.version().get(),
            )
        },
        |(e, p, d, _)| load_paper(e, p, d),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => {
                        let name = v.ballot.edition.name.clone();
                        let name2 = name.clone();
                        let eid = v.ballot.edition.id;
                        let rule = v.ballot.rule.clone();
                        let d = v.ballot.district;
                        let p = v.point;
                        let ready = d.is_some() && p.is_some();
                        let point_name = v
                            .points
                            .iter()
                            .find(|x| Some(x.0) == p)
                            .map(|x| x.1.clone())
                            .unwrap_or_default();
                        view! {
                            <PageTitle text=move || {
                                t!(i18n, "bo-paper-title", edition = name2.clone())
                            } />
                            <h1 id="main-heading" tabindex="-1">
                                {move || t!(i18n, "bo-paper-title", edition = name.clone())}
                            </h1>
                            <p class="lead">{move || t!(i18n, "bo-paper-lead")}</p>
                            <form
                                method="get"
                                action=format!("/staff/budget/{eid}/paper")
                                class="filter"
                            >
                                <div class="field">
                                    <label class="field__label" for="f-paper-point">
                                        {move || t!(i18n, "bo-paper-point")}
                                    </label>
                                    <select class="field__select" id="f-paper-point" name="point">
                                        <option value="">
                                            {move || t!(i18n, "bo-field-choose")}
                                        </option>
                                        {v
                                            .points
                                            .iter()
                                            .map(|(pid, pname)| {
                                                let label = format!("{pid}: {pname}");
                                                view! {
                                                    <option
                                                        value=pid.to_string()
                                                        selected=p == Some(*pid)
                                                        lang="pl"
                                                    >
                                                        {label}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label class="field__label" for="f-paper-district">
                                        {move || t!(i18n, "bo-paper-district")}
                                    </label>
                                    <select
                                        class="field__select"
                                        id="f-paper-district"
                                        name="district"
                                    >
                                        <option value="">
                                            {move || t!(i18n, "bo-field-choose")}
                                        </option>
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
                                    {move || t!(i18n, "bo-paper-show")}
                                </button>
                            </form>
                            {ready
                                .then(|| {
                                    view! {
                                        <h2 id="paper-heading">
                                            {move || {
                                                t!(i18n, "bo-paper-ballot", point = point_name.clone())
                                            }}
                                        </h2>
                                        <ErrorSummary form />
                                        <ActionForm
                                            action
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:aria-labelledby="paper-heading"
                                        >
                                            <input
                                                type="hidden"
                                                name="edition_id"
                                                value=eid.to_string()
                                            />
                                            <input
                                                type="hidden"
                                                name="point_id"
                                                value=p.unwrap_or(0).to_string()
                                            />
                                            <input
                                                type="hidden"
                                                name="district"
                                                value=d.map(u8::from).unwrap_or(0).to_string()
                                            />
                                            <input type="hidden" name="choices[_]" value="" />
                                            {v
                                                .ballot
                                                .pools
                                                .into_iter()
                                                .map(|pool| {
                                                    view! { <PoolChoices form rule=rule.clone() pool=pool /> }
                                                })
                                                .collect_view()}
                                            <IdentityFields form />
                                            <Submit
                                                label=move || t!(i18n, "bo-paper-submit")
                                                pending=action.pending().into()
                                            />
                                        </ActionForm>
                                    }
                                })}
                            <p>
                                <a href=format!(
                                    "/staff/budget/{eid}",
                                )>{move || t!(i18n, "bo-staff-back-edition")}</a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "bo-staff-title")
                                error=e
                                back=(
                                    "/staff/budget".to_string(),
                                    (move || t!(i18n, "bo-staff-back")).into(),
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
