//! Pages of public consultations: the list, one consultation's document by sections, and
//! the opinion map (answer statements one at a time; the groups as text and tables).
use super::api::{
    list_consultations, load_consultation, load_opinions, AnswerStatement, ProposeStatement,
};
use super::opinions::Stance;
use super::rules::{Form as Way, Phase, Topic};
use super::{ConsultationCard, ConsultationView, Dot, MapSummary, OpinionStanding, OpinionView};
use crate::forms::District;
use crate::i18n::{use_i18n, I18n};
use crate::t;
use crate::ui::{ErrorSummary, Form, LoadFailed, PageHeading, PageTitle, Submit, TextArea};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

pub fn topic_text(i18n: I18n, t: Topic) -> String {
    match t {
        Topic::Transport => t!(i18n, "con-topic-transport"),
        Topic::Greenery => t!(i18n, "con-topic-greenery"),
        Topic::Planning => t!(i18n, "con-topic-planning"),
        Topic::Environment => t!(i18n, "con-topic-environment"),
        Topic::Housing => t!(i18n, "con-topic-housing"),
        Topic::Culture => t!(i18n, "con-topic-culture"),
        Topic::Education => t!(i18n, "con-topic-education"),
        Topic::Social => t!(i18n, "con-topic-social"),
        Topic::Other => t!(i18n, "con-topic-other"),
    }
}

fn where_text(i18n: I18n, ds: &[District]) -> String {
    if ds.is_empty() {
        t!(i18n, "con-whole-city")
    } else {
        t!(
            i18n,
            "con-districts",
            districts = ds.iter().map(|d| d.label()).collect::<Vec<_>>().join(", ")
        )
    }
}

pub fn phase_text(i18n: I18n, c: &ConsultationCard) -> String {
    let date = |t| crate::i18n::time::date(i18n.lang(), t);
    match c.phase {
        Phase::Draft => t!(i18n, "con-phase-draft"),
        Phase::Information => t!(i18n, "con-phase-information", opens = date(c.opens)),
        Phase::Open => t!(i18n, "con-phase-open", closes = date(c.closes)),
        Phase::Answering => t!(i18n, "con-phase-answering"),
        Phase::ReportDue => t!(i18n, "con-phase-report-due"),
        Phase::Reported => t!(i18n, "con-phase-reported"),
    }
}

fn percent(i18n: I18n, part: u32, whole: u32) -> String {
    let p = (u64::from(part) * 1000)
        .checked_div(u64::from(whole))
        .unwrap_or(0) as f64
        / 10.0;
    format!("{}%", crate::ui::fmt_num(i18n.lang(), p, 0))
}

fn consultation_id() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    })
}

/// `/consultations`: open consultations first, then those announced, then the others.
#[component]
pub fn ConsultationsPage() -> impl IntoView {
    let i18n = use_i18n();
    // Keyed on the language: a consultation's own texts come in the visitor's language.
    let data = Resource::new(move || i18n.lang(), |_| list_consultations());
    view! {
        <PageTitle text=move || t!(i18n, "con-title") description=move || t!(i18n, "con-lead") />
        <PageHeading text=move || t!(i18n, "con-title") />
        <p class="lead">{move || t!(i18n, "con-lead")}</p>
        {move || {
            crate::ui::use_shell()
                .viewer
                .get()
                .map(|_| {
                    view! {
                        <p>
                            <a href="/consultations/notifications">
                                {move || t!(i18n, "con-notifications-link")}
                            </a>
                            " · "
                            <a href="/consultations/following">
                                {move || t!(i18n, "con-following-link")}
                            </a>
                        </p>
                    }
                })
        }}
        <leptos_meta::Link
            rel="alternate"
            type_="application/atom+xml"
            href="/consultations/feed.atom"
            title="Atom"
        />
        <p>
            {move || t!(i18n, "con-feeds")}" "
            <a href="/consultations/feed.atom" type="application/atom+xml">
                {move || t!(i18n, "con-feed-atom")}
            </a> " · " <a href="/consultations/calendar.ics" type="text/calendar">
                {move || t!(i18n, "con-feed-calendar")}
            </a>
        </p>
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) if list.is_empty() => {
                        view! { <p>{move || t!(i18n, "con-none")}</p> }.into_any()
                    }
                    Ok(list) => {
                        view! {
                            <ul class="cards">
                                {list
                                    .into_iter()
                                    .map(|c| {
                                        let c2 = c.clone();
                                        let ds = c.districts.clone();
                                        let topic = c.topic;
                                        view! {
                                            <li class="card">
                                                <h2 class="card__title">
                                                    <a
                                                        href=format!("/consultations/{}", c.id)
                                                        lang=c.lang.code()
                                                    >
                                                        {c.title.clone()}
                                                    </a>
                                                </h2>
                                                <p lang=c.lang.code()>{c.summary.clone()}</p>
                                                <ul class="facts">
                                                    <li>
                                                        <strong>{move || phase_text(i18n, &c2)}</strong>
                                                    </li>
                                                    <li>{move || where_text(i18n, &ds)}</li>
                                                    <li>
                                                        {move || {
                                                            t!(i18n, "con-topic", topic = topic_text(i18n, topic))
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

/// `/consultations/:id`: what is consulted, by whom, until when; the document by sections,
/// each with its own address; the ways to take part.
#[component]
pub fn ConsultationPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = consultation_id();
    let data = Resource::new(
        move || (id.get(), i18n.lang()),
        |(c, _)| load_consultation(c),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! { <Consultation v /> }.into_any(),
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "con-title")
                                error=e
                                back=(
                                    "/consultations".to_string(),
                                    (move || t!(i18n, "con-back")).into(),
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
fn Consultation(v: ConsultationView) -> impl IntoView {
    let i18n = use_i18n();
    let c = v.card.clone();
    let title = c.title.clone();
    let title2 = title.clone();
    let summary = c.summary.clone();
    let c2 = c.clone();
    let ds = c.districts.clone();
    let topic = c.topic;
    let date = move |t| crate::i18n::time::date(i18n.lang(), t);
    let (info, answers, report) = (v.information_from, v.answers_by, v.report_by);
    let (opens, closes) = (c.opens, c.closes);
    let lang = c.lang.code();
    let easy_lang = v.easy_lang.code();
    let map = c.forms.contains(&Way::OpinionMap);
    let meets = c
        .forms
        .iter()
        .any(|w| w.meets_people() || *w == Way::DutyHours);
    let remarks = c.forms.contains(&Way::Remarks) || c.forms.contains(&Way::Paper);
    let write = c.forms.contains(&Way::Remarks) && c.phase == Phase::Open;
    let reported = c.phase == Phase::Reported;
    let cid = c.id;
    view! {
        <PageTitle text=move || title2.clone() description=move || summary.clone() />
        <h1 id="main-heading" tabindex="-1" lang=lang>
            {title}
        </h1>
        <p class="lead" lang=lang>
            {c.summary.clone()}
        </p>
        <ul class="facts">
            <li>
                <strong>{move || phase_text(i18n, &c2)}</strong>
            </li>
            <li>{move || where_text(i18n, &ds)}</li>
            <li>{move || t!(i18n, "con-topic", topic = topic_text(i18n, topic))}</li>
        </ul>
        {v
            .extensions
            .iter()
            .map(|(old, new, reason)| {
                let (old, new, reason) = (*old, *new, reason.clone());
                view! {
                    <p class="notice">
                        {move || {
                            t!(
                                i18n, "con-extended", old = date(old), new = date(new), reason = reason.clone()
                            )
                        }}
                    </p>
                }
            })
            .collect_view()}
        <details class="easy-read">
            <summary>{move || t!(i18n, "con-easy-summary")}</summary>
            <div class="prose" lang=easy_lang>
                {v
                    .easy_summary
                    .split("\n\n")
                    .map(|p| view! { <p>{p.to_string()}</p> })
                    .collect_view()}
            </div>
        </details>
        <h2>{move || t!(i18n, "con-timeline")}</h2>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt>{move || t!(i18n, "con-information-from")}</dt>
                <dd>{move || date(info)}</dd>
            </div>
            <div class="summary-list__row">
                <dt>{move || t!(i18n, "con-dates")}</dt>
                <dd>{move || format!("{} – {}", date(opens), date(closes))}</dd>
            </div>
            <div class="summary-list__row">
                <dt>{move || t!(i18n, "con-answers-by")}</dt>
                <dd>{move || date(answers)}</dd>
            </div>
            <div class="summary-list__row">
                <dt>{move || t!(i18n, "con-report-by")}</dt>
                <dd>{move || date(report)}</dd>
            </div>
            <div class="summary-list__row">
                <dt>{move || t!(i18n, "con-department")}</dt>
                <dd lang="pl">{v.department.clone()}</dd>
            </div>
            <div class="summary-list__row">
                <dt>{move || t!(i18n, "con-contact")}</dt>
                <dd lang="pl">{v.contact.clone()}</dd>
            </div>
        </dl>
        <ul class="take-part">
            {remarks
                .then(|| {
                    view! {
                        <li>
                            <a href=format!("/consultations/{cid}/remarks") class="button">
                                {move || t!(i18n, "con-remarks-link")}
                            </a>
                        </li>
                    }
                })}
            {reported
                .then(|| {
                    view! {
                        <li>
                            <a href=format!("/consultations/{cid}/report") class="button">
                                {move || t!(i18n, "con-report-link")}
                            </a>
                        </li>
                    }
                })}
            {meets
                .then(|| {
                    view! {
                        <li>
                            <a href=format!("/consultations/{cid}/meetings") class="button">
                                {move || t!(i18n, "con-meetings-link")}
                            </a>
                        </li>
                    }
                })}
            {map
                .then(|| {
                    view! {
                        <li>
                            <a href=format!("/consultations/{cid}/opinions") class="button">
                                {move || t!(i18n, "con-opinions-link")}
                            </a>
                        </li>
                    }
                })}
        </ul>
        {v
            .survey
            .clone()
            .map(|sv| {
                let key = if sv.open { "con-survey-take" } else { "con-survey-see" };
                let title = sv.title.clone();
                view! {
                    <section aria-labelledby="survey-heading">
                        <h2 id="survey-heading">{move || t!(i18n, "con-survey")}</h2>
                        <p>{move || t!(i18n, "con-survey-lead")}</p>
                        <p>
                            <a href=format!(
                                "/surveys/{}",
                                sv.id,
                            )>
                                {move || {
                                    if key == "con-survey-take" {
                                        t!(i18n, "con-survey-take", title = title.clone())
                                    } else {
                                        t!(i18n, "con-survey-see", title = title.clone())
                                    }
                                }}
                            </a>
                        </p>
                    </section>
                }
            })}
        {(!v.documents.is_empty())
            .then(|| {
                let docs = v.documents.clone();
                view! {
                    <section aria-labelledby="documents-heading">
                        <h2 id="documents-heading">{move || t!(i18n, "con-documents")}</h2>
                        <ul class="link-list">
                            {docs
                                .into_iter()
                                .map(|d| {
                                    view! {
                                        <li>
                                            <DocumentLink cid d />
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
        {(!v.sections.is_empty())
            .then(|| {
                let toc = v.sections.clone();
                view! {
                    <nav aria-labelledby="contents-heading" class="contents">
                        <h2 id="contents-heading">{move || t!(i18n, "con-contents")}</h2>
                        <ol>
                            {toc
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <li>
                                            <a href=format!("#{}", s.anchor) lang=lang>
                                                {s.heading}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    </nav>
                }
            })}
        {v
            .sections
            .into_iter()
            .map(|s| {
                let heading = s.heading.clone();
                view! {
                    <section
                        id=s.anchor.clone()
                        class="prose"
                        aria-labelledby=format!("h-{}", s.anchor)
                    >
                        <h2 id=format!("h-{}", s.anchor) lang=lang>
                            {s.heading}
                        </h2>
                        <div lang=lang>
                            {s
                                .body
                                .split("\n\n")
                                .map(|p| view! { <p>{p.to_string()}</p> })
                                .collect_view()}
                        </div>
                        {write
                            .then(|| {
                                view! {
                                    <p>
                                        <a href=format!(
                                            "/consultations/{cid}/remarks?section={}#write",
                                            crate::forms::urlencode(&s.anchor),
                                        )>
                                            {move || t!(i18n, "con-remark-section")}
                                            <span class="visually-hidden" lang=lang>
                                                {format!(": {heading}")}
                                            </span>
                                        </a>
                                    </p>
                                }
                            })}
                    </section>
                }
            })
            .collect_view()}
        <p>
            <a href="/consultations">{move || t!(i18n, "con-back")}</a>
        </p>
    }
}

/// `/consultations/:id/opinions`: one statement at a time to agree with, disagree with or
/// pass (a plain form, three buttons), then the opinion groups as text and tables.
#[component]
pub fn OpinionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = consultation_id();
    let action = ServerAction::<AnswerStatement>::new();
    let form = Form::new("opinion", action);
    let propose = ServerAction::<ProposeStatement>::new();
    let propose_form = Form::new("propose", propose);
    // A proposal reloads the page only once it is saved: a refused one keeps its text.
    let proposed = RwSignal::new(0u32);
    Effect::new(move |_| {
        if matches!(
            propose.value().get(),
            Some(Ok(crate::forms::FormReply::Done { .. }))
        ) {
            proposed.update(|n| *n += 1);
        }
    });
    let data = Resource::new(
        move || (id.get(), action.version().get(), proposed.get()),
        |(c, _, _)| load_opinions(c),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! { <Opinions v form action propose_form propose /> }.into_any(),
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "op-title")
                                error=e
                                back=(
                                    "/consultations".to_string(),
                                    (move || t!(i18n, "con-back")).into(),
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
fn Opinions(
    v: OpinionView,
    form: Form,
    action: ServerAction<AnswerStatement>,
    propose_form: Form,
    propose: ServerAction<ProposeStatement>,
) -> impl IntoView {
    let i18n = use_i18n();
    let moderated_first = v.moderated_first;
    let propose_part = v.may_propose.then(|| {
        let pending = propose.pending();
        view! {
            <section id="propose" aria-labelledby="propose-heading">
                <h2 id="propose-heading">{move || t!(i18n, "op-propose-heading")}</h2>
                <p>
                    {move || {
                        if moderated_first {
                            t!(i18n, "op-propose-lead-before")
                        } else {
                            t!(i18n, "op-propose-lead")
                        }
                    }}
                </p>
                <ErrorSummary form=propose_form />
                <ActionForm action=propose attr:class="form" attr:aria-labelledby="propose-heading">
                    <input type="hidden" name="consultation_id" value=v.card.id.to_string() />
                    <TextArea
                        form=propose_form
                        name="text"
                        rows=3
                        label=move || t!(i18n, "op-propose-label")
                        hint=move || {
                            t!(
                                i18n, "op-propose-hint", max = (super::rules::STATEMENT_MAX_CHARS as i64)
                            )
                        }
                    />
                    <Submit label=move || t!(i18n, "op-propose-send") pending=pending.into() />
                </ActionForm>
            </section>
        }
    });
    let cid = v.card.id;
    let title = v.card.title.clone();
    let title_lang = v.card.lang.code();
    let page_title = title.clone();
    let (answered, total) = (v.answered, v.statements);
    let ask = match (v.standing, v.next.clone()) {
        (OpinionStanding::CanVote, Some((sid, text))) => view! {
            <section id="statement" aria-labelledby="statement-heading" class="statement">
                <h2 id="statement-heading">{move || t!(i18n, "op-statement-heading")}</h2>
                <p class="statement__progress">
                    {move || {
                        t!(
                            i18n, "op-progress", answered = (answered as i64), total = (total as i64)
                        )
                    }}
                </p>
                <ErrorSummary form />
                <ActionForm action attr:class="form" attr:aria-labelledby="statement-heading">
                    <input type="hidden" name="consultation_id" value=cid.to_string() />
                    <input type="hidden" name="statement_id" value=sid.to_string() />
                    <blockquote class="statement__text" lang="pl">
                        <p>{text}</p>
                    </blockquote>
                    <div class="button-row">
                        <button type="submit" name="vote" value="agree" class="button" id="vote">
                            {move || t!(i18n, "op-agree")}
                        </button>
                        <button type="submit" name="vote" value="disagree" class="button">
                            {move || t!(i18n, "op-disagree")}
                        </button>
                        <button
                            type="submit"
                            name="vote"
                            value="pass"
                            class="button button--secondary"
                        >
                            {move || t!(i18n, "op-pass")}
                        </button>
                    </div>
                </ActionForm>
            </section>
        }
        .into_any(),
        (OpinionStanding::SignInNeeded, _) => view! {
            <p class="notice">
                {move || t!(i18n, "op-sign-in")}" "
                <a href=format!(
                    "/sign-in?return_to=%2Fconsultations%2F{cid}%2Fopinions",
                )>{move || t!(i18n, "nav-sign-in")}</a>
            </p>
        }
        .into_any(),
        (OpinionStanding::NotVerified, _) => view! {
            <p class="notice">
                {move || t!(i18n, "error-identity-not-verified")}" "
                <a href="/account/identity">{move || t!(i18n, "identity-title")}</a>
            </p>
        }
        .into_any(),
        (OpinionStanding::NotOpen, _) => {
            view! { <p class="notice">{move || t!(i18n, "op-not-open")}</p> }.into_any()
        }
        (OpinionStanding::Closed, _) => {
            view! { <p class="notice">{move || t!(i18n, "op-closed")}</p> }.into_any()
        }
        _ => view! { <p class="notice">{move || t!(i18n, "op-done")}</p> }.into_any(),
    };
    view! {
        <PageTitle text=move || { format!("{} – {}", t!(i18n, "op-title"), page_title) } />
        <h1 id="main-heading" tabindex="-1">
            {move || t!(i18n, "op-title")}
        </h1>
        <p class="lead">
            <a href=format!("/consultations/{cid}") lang=title_lang>
                {title}
            </a>
        </p>
        <p>{move || t!(i18n, "op-lead")}</p>
        {ask}
        {propose_part}
        {match v.map {
            Some(m) => view! { <Groups m /> }.into_any(),
            None => view! { <p>{move || t!(i18n, "op-groups-none")}</p> }.into_any(),
        }}
        <p>
            <a href="/consultations/method">{move || t!(i18n, "op-method-link")}</a>
        </p>
        <h2>{move || t!(i18n, "op-data-heading")}</h2>
        {(!v.source.is_empty())
            .then(|| {
                let source = v.source.clone();
                view! {
                    <p class="notice">
                        {move || t!(i18n, "op-source")} " " <span lang="en">{source}</span>
                    </p>
                }
            })}
        <p>{move || t!(i18n, "op-data-text")}</p>
        <ul>
            {["comments.csv", "participants-votes.csv", "summary.csv"]
                .into_iter()
                .map(|f| {
                    view! {
                        <li>
                            <a
                                href=format!("/consultations/{cid}/opinions/{f}")
                                download
                                rel="external"
                            >
                                {f}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The groups as text and tables: each group's size and the statements that set it apart,
/// with the share of the group and of everyone else; then what all groups agree on.
#[component]
fn Groups(m: MapSummary) -> impl IntoView {
    let i18n = use_i18n();
    let when = crate::i18n::time::LocalTime::at(m.computed_at);
    let (participants, placed) = (m.participants as i64, m.placed as i64);
    let groups = m.groups.len();
    let letter = |g: usize| char::from(b'A' + (g.min(25) as u8)).to_string();
    let drawn: Vec<(String, u8, u8, i64)> = m
        .groups
        .iter()
        .map(|g| (letter(g.id), g.center.0, g.center.1, g.size as i64))
        .collect();
    let dots = m.dots.clone();
    view! {
        <section aria-labelledby="groups-heading">
            <h2 id="groups-heading">{move || t!(i18n, "op-groups-heading")}</h2>
            <p>
                {move || {
                    t!(
                        i18n, "op-groups-lead", groups = (groups as i64), participants = participants, placed = placed, when = crate::i18n::time::date_time(i18n.lang(), when)
                    )
                }}
            </p>
            {m
                .groups
                .into_iter()
                .map(|g| {
                    let name = letter(g.id);
                    let name2 = name.clone();
                    let size = g.size as i64;
                    let caption_id = format!("group-{}", g.id);
                    let region_label = caption_id.clone();
                    view! {
                        <div
                            class="table-wrap"
                            role="region"
                            tabindex="0"
                            aria-labelledby=region_label
                        >
                            <table class="table">
                                <caption id=caption_id class="table__caption">
                                    {move || t!(i18n, "op-group", name = name.clone(), size = size)}
                                </caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{move || t!(i18n, "op-col-statement")}</th>
                                        <th scope="col">{move || t!(i18n, "op-col-stance")}</th>
                                        <th scope="col" class="num">
                                            {move || t!(i18n, "op-col-group", name = name2.clone())}
                                        </th>
                                        <th scope="col" class="num">
                                            {move || t!(i18n, "op-col-rest")}
                                        </th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {g
                                        .representative
                                        .into_iter()
                                        .map(|r| {
                                            let stance = r.stance;
                                            view! {
                                                <tr>
                                                    <th scope="row" lang="pl">
                                                        {r.text}
                                                    </th>
                                                    <td>
                                                        {move || match stance {
                                                            Stance::Agree => t!(i18n, "op-stance-agree"),
                                                            Stance::Disagree => t!(i18n, "op-stance-disagree"),
                                                        }}
                                                    </td>
                                                    <td class="num">
                                                        {move || percent(i18n, r.in_group, r.seen_in_group)}
                                                    </td>
                                                    <td class="num">
                                                        {move || percent(i18n, r.in_rest, r.seen_in_rest)}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                })
                .collect_view()}
            {(!m.consensus.is_empty())
                .then(|| {
                    view! {
                        <h3>{move || t!(i18n, "op-consensus-heading")}</h3>
                        <ul class="consensus">
                            {m
                                .consensus
                                .into_iter()
                                .map(|c| {
                                    let shares = c
                                        .by_group
                                        .iter()
                                        .enumerate()
                                        .map(|(g, (a, s))| (letter(g), *a, *s))
                                        .collect::<Vec<_>>();
                                    view! {
                                        <li>
                                            <span lang="pl">{c.text}</span>
                                            " "
                                            <span class="consensus__shares">
                                                {move || {
                                                    shares
                                                        .iter()
                                                        .map(|(name, a, s)| {
                                                            t!(
                                                                i18n, "op-share", name = name.clone(), percent = percent(i18n, * a, * s)
                                                            )
                                                        })
                                                        .collect::<Vec<_>>()
                                                        .join(", ")
                                                }}
                                            </span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <MapPicture dots groups=drawn />
        </section>
    }
}

/// The map drawn: dots of people who answered alike, one colour and one letter per group.
/// An image with its own title and a description of where each group is; everything it
/// shows is in the tables before it.
#[component]
fn MapPicture(dots: Vec<Dot>, groups: Vec<(String, u8, u8, i64)>) -> impl IntoView {
    let i18n = use_i18n();
    let most = dots.iter().map(|d| d.count).max().unwrap_or(1).max(1) as f64;
    let described = groups.clone();
    view! {
        <figure class="opinion-map">
            <svg
                viewBox="0 0 100 100"
                role="img"
                aria-labelledby="map-title map-desc"
                class="opinion-map__picture"
            >
                <title id="map-title">{move || t!(i18n, "op-map-title")}</title>
                <desc id="map-desc">
                    {move || {
                        described
                            .iter()
                            .map(|(name, x, y, size)| {
                                let (size, x, y): (i64, i64, i64) = (
                                    *size,
                                    i64::from(*x),
                                    i64::from(*y),
                                );
                                t!(
                                    i18n, "op-map-group", name = name.clone(), size = size, x = x, y = y
                                )
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    }}
                </desc>
                <rect class="opinion-map__frame" x="0.5" y="0.5" width="99" height="99" />
                {dots
                    .into_iter()
                    .map(|d| {
                        let r = 0.6 + 2.2 * (f64::from(d.count) / most).sqrt();
                        view! {
                            <circle
                                cx=d.x.to_string()
                                cy=d.y.to_string()
                                r=format!("{r:.2}")
                                class=format!(
                                    "opinion-map__dot opinion-map__dot--{}",
                                    d.group.min(4),
                                )
                            />
                        }
                    })
                    .collect_view()}
                {groups
                    .into_iter()
                    .map(|(name, x, y, _)| {
                        view! {
                            <text
                                x=x.to_string()
                                y=y.to_string()
                                class="opinion-map__label"
                                text-anchor="middle"
                                dominant-baseline="middle"
                            >
                                {name}
                            </text>
                        }
                    })
                    .collect_view()}
            </svg>
            <figcaption>{move || t!(i18n, "op-map-caption")}</figcaption>
        </figure>
    }
}

/// `/consultations/method`: how the opinion map is computed, in plain words, with the
/// formulas; every step is what `opinions.rs` does.
#[component]
pub fn MethodPage() -> impl IntoView {
    let i18n = use_i18n();
    type Text = fn(I18n) -> String;
    let steps: [(Text, Text, Option<Text>); 6] = [
        (
            |i| t!(i, "method-votes-heading"),
            |i| t!(i, "method-votes-text"),
            None,
        ),
        (
            |i| t!(i, "method-pca-heading"),
            |i| t!(i, "method-pca-text"),
            Some(|_| "xᵢⱼ = vᵢⱼ − mⱼ;   mⱼ = (agree − disagree) / seen".to_string()),
        ),
        (
            |i| t!(i, "method-place-heading"),
            |i| t!(i, "method-place-text"),
            Some(|_| "pᵢ = √(M / nᵢ) · Σⱼ xᵢⱼ · (c₁ⱼ, c₂ⱼ);   nᵢ ≥ min(7, M)".to_string()),
        ),
        (
            |i| t!(i, "method-groups-heading"),
            |i| t!(i, "method-groups-text"),
            Some(|_| "s = (b − a) / max(a, b);   k = 2 … min(5, 2 + B / 12)".to_string()),
        ),
        (
            |i| t!(i, "method-rep-heading"),
            |i| t!(i, "method-rep-text"),
            Some(|_| {
                "p = (n + 1) / (N + 2);   z = 2·√(N + 1)·((n + 1)/(N + 1) − ½);   z > 1.2816"
                    .to_string()
            }),
        ),
        (
            |i| t!(i, "method-consensus-heading"),
            |i| t!(i, "method-consensus-text"),
            Some(|_| "GIC = Πg (agreeg + 1) / (seeng + 2)".to_string()),
        ),
    ];
    view! {
        <PageTitle
            text=move || t!(i18n, "method-title")
            description=move || t!(i18n, "method-lead")
        />
        <PageHeading text=move || t!(i18n, "method-title") />
        <p class="lead">{move || t!(i18n, "method-lead")}</p>
        <ol class="method">
            {steps
                .into_iter()
                .map(|(heading, text, formula)| {
                    view! {
                        <li>
                            <h2>{move || heading(i18n)}</h2>
                            <p>{move || text(i18n)}</p>
                            {formula
                                .map(|f| {
                                    view! {
                                        <p class="formula">
                                            <code lang="und">{f(i18n)}</code>
                                        </p>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <p>{move || t!(i18n, "method-source")}</p>
        <p>
            <a href="/consultations">{move || t!(i18n, "con-back")}</a>
        </p>
    }
}

/// A document's size for people: kB below one megabyte, else MB with one decimal.
pub fn size_text(i18n: crate::i18n::I18n, bytes: u64) -> String {
    let lang = i18n.lang();
    if bytes < 1024 * 1024 {
        let kb = bytes.div_ceil(1024).max(1);
        t!(
            i18n,
            "con-document-size-kb",
            size = crate::i18n::format::grouped(lang, kb)
        )
    } else {
        let mb = bytes as f64 / (1024.0 * 1024.0);
        t!(
            i18n,
            "con-document-size-mb",
            size = crate::i18n::format::decimal(lang, mb, 1)
        )
    }
}

/// A link that downloads a consultation's document, naming its format and size.
#[component]
pub fn DocumentLink(cid: i64, d: super::DocumentLine) -> impl IntoView {
    let i18n = use_i18n();
    let (title, kind, size) = (d.title.clone(), d.kind.label(), d.size);
    view! {
        <a href=format!("/consultations/{cid}/documents/{}", d.id) download="">
            {move || {
                t!(
                    i18n,
                    "con-document-download",
                    title = title.clone(),
                    kind = kind,
                    size = size_text(i18n, size)
                )
            }}
        </a>
    }
}
