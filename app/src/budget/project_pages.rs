//! Pages of projects: the voting catalogue with search and filters, the submission form,
//! one project (with the author's appeal and the clerk's decision), the author's own list.
use super::projects::{
    load_catalogue, load_my_projects, load_project, load_submit, AppealProject, DecideProject,
    SubmitProject,
};
use super::rules::{ProjectStatus, CATEGORIES};
use crate::i18n::{use_i18n, I18n, Lang};
use crate::t;
use crate::ui::{
    ErrorSummary, Form, LoadFailed, PageHeading, PageTitle, Radios, SelectField, Submit, TextArea,
    TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

pub fn category_text(i18n: I18n, code: &str) -> String {
    match code {
        "green" => t!(i18n, "bo-cat-green"),
        "transport" => t!(i18n, "bo-cat-transport"),
        "sport" => t!(i18n, "bo-cat-sport"),
        "culture" => t!(i18n, "bo-cat-culture"),
        "education" => t!(i18n, "bo-cat-education"),
        "social" => t!(i18n, "bo-cat-social"),
        "infrastructure" => t!(i18n, "bo-cat-infrastructure"),
        "health" => t!(i18n, "bo-cat-health"),
        _ => t!(i18n, "bo-cat-none"),
    }
}

pub fn status_text(i18n: I18n, s: ProjectStatus) -> String {
    match s {
        ProjectStatus::Submitted => t!(i18n, "bo-status-submitted"),
        ProjectStatus::Accepted => t!(i18n, "bo-status-accepted"),
        ProjectStatus::Rejected => t!(i18n, "bo-status-rejected"),
        ProjectStatus::Appealed => t!(i18n, "bo-status-appealed"),
        ProjectStatus::Withdrawn => t!(i18n, "bo-status-withdrawn"),
    }
}

fn edition_param() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("edition")
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    })
}

/// `/budget/:edition/projects`: accepted projects, searched and filtered by a plain GET form.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = edition_param();
    let query = use_query_map();
    let get = move |k: &str| query.read().get(k).unwrap_or_default();
    let data = Resource::new(
        move || {
            (
                id.get(),
                get("q"),
                get("pool"),
                get("category"),
                get("max_cost"),
            )
        },
        |(e, q, pool, category, max_cost)| {
            load_catalogue(
                e,
                Some(q),
                pool.parse().ok(),
                Some(category),
                Some(max_cost),
            )
        },
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(c) => {
                        let name = c.edition.name.clone();
                        let name2 = name.clone();
                        let eid = c.edition.id;
                        let voting = c.edition.phase == super::Phase::Voting
                            && !c.edition.simulation;
                        let (q, pool, category, max_cost) = (
                            get("q"),
                            get("pool"),
                            get("category"),
                            get("max_cost"),
                        );
                        let shown = c.items.len();
                        let total = c.total;
                        view! {
                            <PageTitle text=move || {
                                t!(i18n, "bo-catalogue-title", edition = name2.clone())
                            } />
                            <h1 id="main-heading" tabindex="-1">
                                {move || t!(i18n, "bo-catalogue-title", edition = name.clone())}
                            </h1>
                            {voting
                                .then(|| {
                                    view! {
                                        <p>
                                            <a class="button" href=format!("/budget/{eid}/vote")>
                                                {move || t!(i18n, "bo-vote-link")}
                                            </a>
                                        </p>
                                    }
                                })}
                            <form
                                method="get"
                                action=format!("/budget/{eid}/projects")
                                class="filter"
                                role="search"
                                aria-labelledby="catalogue-search"
                            >
                                <h2 id="catalogue-search" class="visually-hidden">
                                    {move || t!(i18n, "bo-catalogue-search")}
                                </h2>
                                <div class="field">
                                    <label class="field__label" for="f-q">
                                        {move || t!(i18n, "bo-catalogue-q")}
                                    </label>
                                    <input
                                        class="field__input"
                                        type="search"
                                        id="f-q"
                                        name="q"
                                        value=q
                                    />
                                </div>
                                <div class="field">
                                    <label class="field__label" for="f-pool">
                                        {move || t!(i18n, "bo-catalogue-pool")}
                                    </label>
                                    <select class="field__select" id="f-pool" name="pool">
                                        <option value="">
                                            {move || t!(i18n, "bo-catalogue-all-pools")}
                                        </option>
                                        {c
                                            .pools
                                            .iter()
                                            .map(|(pid, pname)| {
                                                let sel = pid.to_string() == pool;
                                                view! {
                                                    <option value=pid.to_string() selected=sel lang="pl">
                                                        {pname.clone()}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label class="field__label" for="f-category">
                                        {move || t!(i18n, "bo-field-category")}
                                    </label>
                                    <select class="field__select" id="f-category" name="category">
                                        <option value="">
                                            {move || t!(i18n, "bo-catalogue-all-categories")}
                                        </option>
                                        {CATEGORIES
                                            .iter()
                                            .map(|code| {
                                                let sel = *code == category;
                                                view! {
                                                    <option value=*code selected=sel>
                                                        {move || category_text(i18n, code)}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label class="field__label" for="f-max_cost">
                                        {move || t!(i18n, "bo-catalogue-max-cost")}
                                    </label>
                                    <input
                                        class="field__input field__input--short"
                                        id="f-max_cost"
                                        name="max_cost"
                                        inputmode="numeric"
                                        value=max_cost
                                    />
                                </div>
                                <button type="submit" class="button button--secondary">
                                    {move || t!(i18n, "bo-catalogue-filter")}
                                </button>
                            </form>
                            <p role="status">
                                {move || {
                                    t!(i18n, "bo-catalogue-count", shown = shown, total = total)
                                }}
                            </p>
                            <ul class="cards">
                                {c
                                    .items
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <li class="card">
                                                <h2 class="card__title">
                                                    <a href=format!("/budget/project/{}", p.id) lang="pl">
                                                        {format!("{}. {}", p.number, p.title)}
                                                    </a>
                                                </h2>
                                                <ul class="facts">
                                                    <li lang="pl">{p.pool_name.clone()}</li>
                                                    <li>{move || p.cost.text(i18n.lang())}</li>
                                                    <li>{move || category_text(i18n, &p.category)}</li>
                                                    {(!p.address.is_empty())
                                                        .then(|| view! { <li lang="pl">{p.address.clone()}</li> })}
                                                </ul>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
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

/// `/budget/:edition/submit`: a resident proposes a project.
#[component]
pub fn SubmitPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = edition_param();
    let action = ServerAction::<SubmitProject>::new();
    let form = Form::new("submit", action);
    let data = Resource::new(move || id.get(), load_submit);
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => {
                        let name = v.edition.name.clone();
                        let name2 = name.clone();
                        let eid = v.edition.id;
                        let open = v.edition.phase == super::Phase::Submission;
                        let pools: Vec<(String, String, Option<&'static str>)> = v
                            .pools
                            .iter()
                            .map(|(pid, pname, budget)| (
                                pid.to_string(),
                                format!("{pname} ({})", (*budget).text(Lang::Pl)),
                                Some("pl"),
                            ))
                            .collect();
                        let categories: Vec<(&'static str, TextProp)> = CATEGORIES
                            .iter()
                            .map(|c| (*c, (move || category_text(i18n, c)).into()))
                            .collect();
                        view! {
                            <PageTitle text=move || {
                                t!(i18n, "bo-submit-title", edition = name2.clone())
                            } />
                            <h1 id="main-heading" tabindex="-1">
                                {move || t!(i18n, "bo-submit-title", edition = name.clone())}
                            </h1>
                            {(!open)
                                .then(|| {
                                    view! {
                                        <p class="notice">{move || t!(i18n, "bo-submit-closed")}</p>
                                    }
                                })}
                            <p class="lead">{move || t!(i18n, "bo-submit-lead")}</p>
                            <ErrorSummary form />
                            <ActionForm action attr:class="form" attr:novalidate=true>
                                <input type="hidden" name="edition_id" value=eid.to_string() />
                                <TextField
                                    form
                                    name="title"
                                    label=move || t!(i18n, "bo-field-title")
                                    hint=move || t!(i18n, "bo-field-title-hint")
                                />
                                <TextArea
                                    form
                                    name="description"
                                    label=move || t!(i18n, "bo-field-description")
                                    hint=move || t!(i18n, "bo-field-description-hint")
                                    rows=8
                                />
                                <SelectField
                                    form
                                    name="pool_id"
                                    label=move || t!(i18n, "bo-field-pool")
                                    choose=move || t!(i18n, "bo-field-choose")
                                    options=pools
                                />
                                <TextField
                                    form
                                    name="cost"
                                    label=move || t!(i18n, "bo-field-cost")
                                    hint=move || t!(i18n, "bo-field-cost-hint")
                                />
                                <Radios
                                    form
                                    name="category"
                                    legend=move || t!(i18n, "bo-field-category")
                                    options=categories
                                    selected=String::new()
                                />
                                <TextField
                                    form
                                    name="address"
                                    label=move || t!(i18n, "bo-field-address")
                                    hint=move || t!(i18n, "bo-field-address-hint")
                                    autocomplete="street-address"
                                />
                                <Submit
                                    label=move || t!(i18n, "bo-submit-submit")
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

/// `/budget/project/:id`: one project; its author sees the decision and may appeal once,
/// clerks decide.
#[component]
pub fn ProjectPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    });
    let appeal = ServerAction::<AppealProject>::new();
    let appeal_form = Form::new("appeal", appeal);
    let decide = ServerAction::<DecideProject>::new();
    let decide_form = Form::new("decide", decide);
    let data = Resource::new(
        move || (id.get(), appeal.version().get()),
        |(p, _)| load_project(p),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(p) => {
                        let title = format!("{}. {}", p.item.number, p.item.title);
                        let title2 = title.clone();
                        let pid = p.item.id;
                        let status = p.status;
                        let item = p.item.clone();
                        view! {
                            <PageTitle text=move || title2.clone() />
                            <h1 id="main-heading" tabindex="-1" lang="pl">
                                {title}
                            </h1>
                            <dl class="summary-list">
                                <div class="summary-list__row">
                                    <dt>{move || t!(i18n, "bo-field-edition")}</dt>
                                    <dd lang="pl">{p.edition_name.clone()}</dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt>{move || t!(i18n, "bo-field-status")}</dt>
                                    <dd>
                                        <strong>{move || status_text(i18n, status)}</strong>
                                    </dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt>{move || t!(i18n, "bo-field-pool")}</dt>
                                    <dd lang="pl">{item.pool_name.clone()}</dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt>{move || t!(i18n, "bo-field-cost")}</dt>
                                    <dd>{move || item.cost.text(i18n.lang())}</dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt>{move || t!(i18n, "bo-field-category")}</dt>
                                    <dd>{move || category_text(i18n, &item.category)}</dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt>{move || t!(i18n, "bo-field-address")}</dt>
                                    <dd lang="pl">{item.address.clone()}</dd>
                                </div>
                                {p
                                    .author
                                    .clone()
                                    .map(|a| {
                                        view! {
                                            <div class="summary-list__row">
                                                <dt>{move || t!(i18n, "bo-field-author")}</dt>
                                                <dd>{a}</dd>
                                            </div>
                                        }
                                    })}
                            </dl>
                            <h2>{move || t!(i18n, "bo-field-description")}</h2>
                            <div class="prose" lang="pl">
                                {p
                                    .item
                                    .description
                                    .split("\n\n")
                                    .map(|para| view! { <p>{para.to_string()}</p> })
                                    .collect_view()}
                            </div>
                            {(!p.reason.is_empty())
                                .then(|| {
                                    let r = p.reason.clone();
                                    view! {
                                        <h2>{move || t!(i18n, "bo-project-reason")}</h2>
                                        <p class="notice" lang="pl">
                                            {r}
                                        </p>
                                    }
                                })}
                            {(!p.appeal.is_empty())
                                .then(|| {
                                    let a = p.appeal.clone();
                                    view! {
                                        <h2>{move || t!(i18n, "bo-project-appeal")}</h2>
                                        <p lang="pl">{a}</p>
                                    }
                                })}
                            {(!p.appeal_reason.is_empty())
                                .then(|| {
                                    let r = p.appeal_reason.clone();
                                    view! {
                                        <h2>{move || t!(i18n, "bo-project-appeal-reason")}</h2>
                                        <p class="notice" lang="pl">
                                            {r}
                                        </p>
                                    }
                                })}
                            {p
                                .may_appeal
                                .then(|| {
                                    view! {
                                        <h2 id="appeal-heading">
                                            {move || t!(i18n, "bo-appeal-title")}
                                        </h2>
                                        <p>{move || t!(i18n, "bo-appeal-lead")}</p>
                                        <ErrorSummary form=appeal_form />
                                        <ActionForm
                                            action=appeal
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:aria-labelledby="appeal-heading"
                                        >
                                            <input
                                                type="hidden"
                                                name="project_id"
                                                value=pid.to_string()
                                            />
                                            <TextArea
                                                form=appeal_form
                                                name="appeal"
                                                label=move || t!(i18n, "bo-appeal-text")
                                                rows=5
                                            />
                                            <Submit
                                                label=move || t!(i18n, "bo-appeal-submit")
                                                pending=appeal.pending().into()
                                            />
                                        </ActionForm>
                                    }
                                })}
                            {p
                                .may_decide
                                .then(|| {
                                    let options: Vec<(&'static str, TextProp)> = vec![
                                        ("accept", (move || t!(i18n, "bo-decide-accept")).into()),
                                        ("reject", (move || t!(i18n, "bo-decide-reject")).into()),
                                    ];
                                    view! {
                                        <h2 id="decide-heading">
                                            {move || t!(i18n, "bo-decide-title")}
                                        </h2>
                                        <ErrorSummary form=decide_form />
                                        <ActionForm
                                            action=decide
                                            attr:class="form"
                                            attr:novalidate=true
                                            attr:aria-labelledby="decide-heading"
                                        >
                                            <input
                                                type="hidden"
                                                name="project_id"
                                                value=pid.to_string()
                                            />
                                            <Radios
                                                form=decide_form
                                                name="decision"
                                                legend=move || t!(i18n, "bo-decide-legend")
                                                options
                                                selected=String::new()
                                            />
                                            <TextArea
                                                form=decide_form
                                                name="reason"
                                                label=move || t!(i18n, "bo-decide-reason")
                                                hint=move || t!(i18n, "bo-decide-reason-hint")
                                                rows=4
                                            />
                                            <Submit
                                                label=move || t!(i18n, "bo-decide-submit")
                                                pending=decide.pending().into()
                                            />
                                        </ActionForm>
                                    }
                                })}
                            <p>
                                <a href=format!(
                                    "/budget/{}/projects",
                                    p.edition_id,
                                )>{move || t!(i18n, "bo-catalogue-link")}</a>
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

/// A table of projects: number and title (a link), pool, cost, status.
#[component]
pub fn ProjectTable(
    rows: Vec<super::ProjectRow>,
    #[prop(into)] caption: TextProp,
    #[prop(optional)] with_edition: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = caption.clone();
    view! {
        <div
            class="table-wrap"
            role="region"
            tabindex="0"
            aria-label=move || label.get().to_string()
        >
            <table class="table">
                <caption class="table__caption">{move || caption.get().to_string()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t!(i18n, "bo-col-project")}</th>
                        {with_edition
                            .then(|| {
                                view! {
                                    <th scope="col">{move || t!(i18n, "bo-field-edition")}</th>
                                }
                            })}
                        <th scope="col">{move || t!(i18n, "bo-field-pool")}</th>
                        <th scope="col" class="num">
                            {move || t!(i18n, "bo-field-cost")}
                        </th>
                        <th scope="col">{move || t!(i18n, "bo-field-status")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        <a href=format!("/budget/project/{}", r.id) lang="pl">
                                            {format!("{}. {}", r.number, r.title)}
                                        </a>
                                    </th>
                                    {with_edition
                                        .then(|| {
                                            view! { <td lang="pl">{r.edition_name.clone()}</td> }
                                        })}
                                    <td lang="pl">{r.pool_name.clone()}</td>
                                    <td class="num">{move || r.cost.text(i18n.lang())}</td>
                                    <td>{move || status_text(i18n, r.status)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// `/budget/my-projects`: the projects the signed-in resident has proposed.
#[component]
pub fn MyProjectsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| load_my_projects());
    view! {
        <PageTitle text=move || t!(i18n, "bo-my-projects-title") />
        <PageHeading text=move || t!(i18n, "bo-my-projects-title") />
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(rows) if rows.is_empty() => {
                        view! { <p>{move || t!(i18n, "bo-my-projects-none")}</p> }.into_any()
                    }
                    Ok(rows) => {
                        view! {
                            <ProjectTable
                                rows
                                caption=move || t!(i18n, "bo-my-projects-title")
                                with_edition=true
                            />
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
        <p>
            <a href="/budget">{move || t!(i18n, "bo-back-to-list")}</a>
        </p>
    }
}
