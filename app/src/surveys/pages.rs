//! Answering surveys: the list, a survey's first page, one page at a time, the review, the
//! confirmation. Every page works as plain HTML forms; with JavaScript the same rules check
//! answers in the browser first.
use super::api::{
    list_surveys, load_answering, survey_intro, AnswerPage, StartSurvey, Status, SubmitSurvey,
};
use super::rules::{chosen, visible};
use super::{Answering, Answers, Audience, Kind, Phase, Question, Survey, SurveyCard, Text};
use crate::forms::District;
use crate::i18n::{use_i18n, I18n};
use crate::t;
use crate::ui::{
    described_by, load_error_text, use_shell, ErrorSummary, FieldError as FieldMessage, Form,
    LoadFailed, PageHeading, PageTitle, Submit, TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// A survey text in the page language, or in Polish marked as such.
#[component]
pub fn Tx(text: Text, #[prop(optional)] tag: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let (s, l) = text.get(i18n.lang());
        let s = s.to_string();
        let lang = (l != i18n.lang()).then_some(l.code());
        match tag {
            "p" => view! { <p lang=lang>{s}</p> }.into_any(),
            _ => view! { <span lang=lang>{s}</span> }.into_any(),
        }
    }
}

/// Paragraphs of a longer survey text (blank lines separate them).
#[component]
pub fn Paragraphs(text: Text) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let (s, l) = text.get(i18n.lang());
        let lang = (l != i18n.lang()).then_some(l.code());
        s.split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| view! { <p lang=lang>{p.trim().to_string()}</p> })
            .collect_view()
    }
}

pub fn text_in(i18n: I18n, t: &Text) -> String {
    t.get(i18n.lang()).0.to_string()
}

pub fn survey_id() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    })
}

fn audience_text(i18n: I18n, a: Audience, districts: &[crate::forms::District]) -> String {
    match a {
        Audience::Anyone => t!(i18n, "survey-audience-anyone"),
        Audience::SignedIn => t!(i18n, "survey-audience-signed-in"),
        Audience::Districts => {
            let names = districts
                .iter()
                .map(|d| d.label())
                .collect::<Vec<_>>()
                .join(", ");
            t!(i18n, "survey-audience-districts", districts = names)
        }
        Audience::Codes => t!(i18n, "survey-audience-codes"),
    }
}

pub fn anonymity_text(i18n: I18n, anonymous: bool) -> String {
    if anonymous {
        t!(i18n, "survey-anonymous")
    } else {
        t!(i18n, "survey-not-anonymous")
    }
}

#[component]
fn Card(card: SurveyCard) -> impl IntoView {
    let i18n = use_i18n();
    let id = card.id;
    let minutes = (card.questions / 4).max(1);
    let closed = card.phase == Phase::Closed;
    let href = if closed {
        format!("/surveys/{id}/results")
    } else {
        format!("/surveys/{id}")
    };
    let title = card.title.clone();
    view! {
        <li class="card">
            <h3 class="card__title">
                <a href=href>
                    <Tx text=title />
                </a>
            </h3>
            <ul class="card__facts">
                {(!closed)
                    .then(|| {
                        let closes = card.closes;
                        view! {
                            <li>
                                {move || {
                                    t!(
                                        i18n, "survey-closes", date = crate::i18n::time::date_time(i18n.lang(), closes)
                                    )
                                }}
                            </li>
                        }
                    })}
                {closed
                    .then(|| {
                        view! {
                            <li>{move || t!(i18n, "survey-responses", count = card.responses)}</li>
                        }
                    })}
                <li>
                    {move || {
                        t!(i18n, "survey-length", questions = card.questions, minutes = minutes)
                    }}
                </li> <li>{move || anonymity_text(i18n, card.anonymous)}</li>
                {(!closed)
                    .then(|| {
                        let d = card.districts.clone();
                        view! { <li>{move || audience_text(i18n, card.audience, &d)}</li> }
                    })}
            </ul>
            {card
                .has_draft
                .then(|| {
                    view! {
                        <p>
                            <span class="tag tag--available">
                                {move || t!(i18n, "survey-draft-tag")}
                            </span>
                        </p>
                    }
                })}
            {(card.answered && !closed)
                .then(|| {
                    view! {
                        <p>
                            <span class="tag">{move || t!(i18n, "survey-answered-tag")}</span>
                        </p>
                    }
                })}
        </li>
    }
}

#[component]
pub fn SurveysPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let district = move || {
        query
            .read()
            .get("district")
            .and_then(|d| d.parse::<i64>().ok())
            .filter(|d| (1..=18).contains(d))
    };
    let data = Resource::new(district, list_surveys);
    view! {
        <PageTitle
            text=move || t!(i18n, "surveys-title")
            description=move || t!(i18n, "surveys-lead")
        />
        <PageHeading text=move || t!(i18n, "surveys-title") />
        <p class="lead">{move || t!(i18n, "surveys-lead")}</p>
        <form method="get" action="/surveys" class="filter">
            <div class="field">
                <label class="field__label" for="f-filter-district">
                    {move || t!(i18n, "surveys-filter-district")}
                </label>
                <select class="field__select" id="f-filter-district" name="district">
                    <option value="" selected=move || district().is_none()>
                        {move || t!(i18n, "surveys-filter-all")}
                    </option>
                    {District::all()
                        .map(|d| {
                            let n = d.number() as i64;
                            view! {
                                <option
                                    value=n.to_string()
                                    selected=move || district() == Some(n)
                                    lang="pl"
                                >
                                    {d.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <button type="submit" class="button button--secondary">
                {move || t!(i18n, "surveys-filter-apply")}
            </button>
        </form>
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) => {
                        view! {
                            <h2>{move || t!(i18n, "surveys-open-heading")}</h2>
                            {if list.open.is_empty() {
                                view! { <p>{move || t!(i18n, "surveys-none-open")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="cards">
                                        {list
                                            .open
                                            .into_iter()
                                            .map(|c| view! { <Card card=c /> })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
                            <h2>{move || t!(i18n, "surveys-results-heading")}</h2>
                            {if list.results.is_empty() {
                                view! { <p>{move || t!(i18n, "surveys-none-results")}</p> }
                                    .into_any()
                            } else {
                                view! {
                                    <ul class="cards">
                                        {list
                                            .results
                                            .into_iter()
                                            .map(|c| view! { <Card card=c /> })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
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

/// The facts a person should know before starting (WCAG: no surprises).
#[component]
fn SurveyFacts(survey: Survey) -> impl IntoView {
    let i18n = use_i18n();
    let n = survey.def.questions.len();
    let minutes = survey.minutes();
    let closes = survey.closes;
    let opens = survey.opens;
    let d = survey.districts.clone();
    view! {
        <ul class="facts">
            <li>
                {move || {
                    t!(
                        i18n, "survey-dates", opens = crate::i18n::time::date_time(i18n.lang(), opens), closes = crate::i18n::time::date_time(i18n.lang(), closes)
                    )
                }}
            </li>
            <li>{move || t!(i18n, "survey-length", questions = n, minutes = minutes)}</li>
            <li>
                <strong>{move || anonymity_text(i18n, survey.anonymous)}</strong>
            </li>
            <li>{move || audience_text(i18n, survey.audience, &d)}</li>
        </ul>
    }
}

#[component]
pub fn SurveyIntroPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = survey_id();
    let query = use_query_map();
    let action = ServerAction::<StartSurvey>::new();
    let form = Form::new("start", action);
    let data = Resource::new(move || id.get(), survey_intro);
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(intro) => {
                        let s = intro.survey.clone();
                        let title = s.def.title.clone();
                        let title2 = title.clone();
                        let sid = s.id;
                        let code = query.read_untracked().get("code").unwrap_or_default();
                        let results_public = s.phase == Phase::Closed && s.public_results;
                        view! {
                            <PageTitle text=move || text_in(i18n, &title2) />
                            <ErrorSummary form />
                            <div class="narrow">
                                <p class="caption">{move || t!(i18n, "surveys-title")}</p>
                                <h1 id="main-heading" tabindex="-1">
                                    <Tx text=title />
                                </h1>
                                <Paragraphs text=s.def.intro.clone() />
                                <SurveyFacts survey=s.clone() />
                                {match intro.status {
                                    Status::CanStart | Status::CanContinue => {
                                        view! {
                                            <ActionForm action attr:class="form" attr:novalidate=true>
                                                <input type="hidden" name="survey_id" value=sid />
                                                <Submit
                                                    label=move || {
                                                        if intro.status == Status::CanContinue {
                                                            t!(i18n, "survey-continue")
                                                        } else {
                                                            t!(i18n, "survey-start")
                                                        }
                                                    }
                                                    pending=action.pending().into()
                                                />
                                            </ActionForm>
                                        }
                                            .into_any()
                                    }
                                    Status::CodeNeeded => {
                                        view! {
                                            <ActionForm action attr:class="form" attr:novalidate=true>
                                                <input type="hidden" name="survey_id" value=sid />
                                                <TextField
                                                    form
                                                    name="code"
                                                    label=move || t!(i18n, "survey-code")
                                                    hint=move || t!(i18n, "survey-code-hint")
                                                    value=code.clone()
                                                    autocomplete="one-time-code"
                                                    required=true
                                                />
                                                <Submit
                                                    label=move || t!(i18n, "survey-start")
                                                    pending=action.pending().into()
                                                />
                                            </ActionForm>
                                        }
                                            .into_any()
                                    }
                                    Status::SignInNeeded => {
                                        view! {
                                            <p>
                                                {move || t!(i18n, "survey-sign-in-needed")}" "
                                                <a href=format!(
                                                    "/sign-in?return_to=/surveys/{sid}",
                                                )>{move || t!(i18n, "nav-sign-in")}</a>
                                            </p>
                                        }
                                            .into_any()
                                    }
                                    Status::NotEligible => {
                                        view! {
                                            <p class="warning-text">
                                                {move || t!(i18n, "error-not-eligible")}
                                            </p>
                                        }
                                            .into_any()
                                    }
                                    Status::Answered => {
                                        view! {
                                            <p class="warning-text">
                                                {move || t!(i18n, "error-already-answered")}
                                            </p>
                                        }
                                            .into_any()
                                    }
                                    Status::NotOpen => {
                                        view! {
                                            <p class="warning-text">
                                                {move || t!(i18n, "error-survey-not-open")}
                                            </p>
                                        }
                                            .into_any()
                                    }
                                    Status::Closed => {
                                        view! {
                                            <p class="warning-text">
                                                {move || t!(i18n, "error-survey-closed")}
                                            </p>
                                        }
                                            .into_any()
                                    }
                                }}
                                {(results_public || intro.staff)
                                    .then(|| {
                                        view! {
                                            <p>
                                                <a href=format!(
                                                    "/surveys/{sid}/results",
                                                )>{move || t!(i18n, "survey-see-results")}</a>
                                            </p>
                                        }
                                    })}
                                {intro
                                    .staff
                                    .then(|| {
                                        view! {
                                            <p>
                                                <a href=format!(
                                                    "/staff/surveys/{sid}",
                                                )>{move || t!(i18n, "survey-edit")}</a>
                                            </p>
                                        }
                                    })}
                            </div>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "surveys-title")
                                error=e
                                back=(
                                    "/surveys".to_string(),
                                    (move || t!(i18n, "survey-back-to-list")).into(),
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

/// Question keys as `&'static str` for the field helpers. Keys are few (`q1` … `qN`, made
/// by the builder), so each is kept once for the life of the process.
fn intern(s: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{LazyLock, Mutex};
    static KEYS: LazyLock<Mutex<HashSet<&'static str>>> = LazyLock::new(Default::default);
    let mut keys = KEYS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(k) = keys.get(s) {
        return k;
    }
    let k: &'static str = Box::leak(s.to_string().into_boxed_str());
    keys.insert(k);
    k
}

fn value_of(form: Form, answers: &Answers, field: &str) -> String {
    if form.has_flash() {
        form.value(field)
    } else {
        answers.get(field).cloned().unwrap_or_default()
    }
}

/// The label of one point of a scale: the number, with the end's label at the ends.
fn scale_label(i18n: I18n, q: &Question, v: i32) -> (String, Option<&'static str>) {
    let end = if v == *q.scale().start() {
        Some(&q.low_label)
    } else if v == *q.scale().end() {
        Some(&q.high_label)
    } else {
        None
    };
    match end.filter(|t| !t.is_empty()) {
        Some(t) => {
            let (s, l) = t.get(i18n.lang());
            (format!("{v} – {s}"), (l != i18n.lang()).then_some(l.code()))
        }
        None => (v.to_string(), None),
    }
}

/// A row of radio buttons for a scale (or one grid item).
#[component]
fn ScaleRadios(
    q: Question,
    name: String,
    first_id: String,
    selected: String,
    disabled: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let q2 = q.clone();
    let wide = q.scale().count() > 7;
    view! {
        <div class="scale" class:scale--wide=wide>
            {q.scale().map(|v| {
                let id = if v == *q2.scale().start() { first_id.clone() } else { format!("{first_id}-v{v}") };
                let (label, lang) = scale_label(i18n, &q2, v);
                view! {
                    <div class="scale__item">
                        <input class="radios__input" type="radio" id=id.clone() name=format!("answers[{name}]") value=v.to_string()
                            checked=selected == v.to_string() disabled=disabled/>
                        <label class="radios__label" for=id lang=lang>{label}</label>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}

/// One question as form fields: native inputs, a fieldset and legend for every group.
#[component]
pub fn QuestionField(
    q: Question,
    answers: Answers,
    form: Form,
    #[prop(optional)] disabled: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = intern(&q.key);
    let err = move || form.error(key);
    let has_help = !q.help.is_empty();
    let required = q.required;
    let help = q.help.clone();
    let hint_view = move |extra: Option<String>| {
        let help = help.clone();
        (has_help || extra.is_some()).then(|| {
            view! {
                <div class="field__hint" id=format!("f-{key}-hint")>
                    {has_help.then(|| view! { <Tx text=help.clone() /> })}
                    {extra.map(|e| view! { <span class="field__hint-extra">" "{e}</span> })}
                </div>
            }
        })
    };
    let error_view = move || view! { <FieldMessage form name=key /> };
    let optional_mark = move || {
        (!required)
            .then(|| view! { <span class="optional">" "{t!(i18n, "survey-optional")}</span> })
    };
    let legend = {
        let text = q.text.clone();
        move || {
            view! {
                <legend class="fieldset__legend fieldset__legend--question">
                    <Tx text=text.clone() />
                    {optional_mark}
                </legend>
            }
        }
    };
    let body = match q.kind {
        Kind::Single => {
            let selected = value_of(form, &answers, key);
            let other_text = value_of(form, &answers, &format!("{key}-other"));
            let opts = q.options.clone();
            let other = q.other;
            view! {
                <fieldset
                    class="fieldset"
                    aria-describedby=move || described_by(key, has_help, err().is_some())
                >
                    {legend()}
                    {hint_view(None)}
                    {error_view}
                    <div class="radios">
                        {opts
                            .into_iter()
                            .enumerate()
                            .map(|(i, o)| {
                                let v = (i + 1).to_string();
                                let id = if i == 0 {
                                    format!("f-{key}")
                                } else {
                                    format!("f-{key}-v{v}")
                                };
                                view! {
                                    <div class="radios__item">
                                        <input
                                            class="radios__input"
                                            type="radio"
                                            id=id.clone()
                                            name=format!("answers[{key}]")
                                            value=v.clone()
                                            checked=selected == v
                                            disabled=disabled
                                        />
                                        <label class="radios__label" for=id>
                                            <Tx text=o />
                                        </label>
                                    </div>
                                }
                            })
                            .collect_view()}
                        {other
                            .then(|| {
                                view! {
                                    <div class="radios__item">
                                        <input
                                            class="radios__input"
                                            type="radio"
                                            id=format!("f-{key}-vother")
                                            name=format!("answers[{key}]")
                                            value="other"
                                            checked=selected == "other"
                                            disabled=disabled
                                        />
                                        <label class="radios__label" for=format!("f-{key}-vother")>
                                            {move || t!(i18n, "survey-other")}
                                        </label>
                                    </div>
                                    <div class="radios__conditional">
                                        <label class="field__label" for=format!("f-{key}-other")>
                                            {move || t!(i18n, "survey-other-specify")}
                                        </label>
                                        <input
                                            class="field__input"
                                            type="text"
                                            id=format!("f-{key}-other")
                                            name=format!("answers[{key}-other]")
                                            value=other_text
                                            disabled=disabled
                                        />
                                    </div>
                                }
                            })}
                    </div>
                </fieldset>
            }
            .into_any()
        }
        Kind::Multi => {
            let picked: Vec<String> = if form.has_flash() {
                (1..=q.options.len())
                    .filter(|k| form.value(&format!("{key}-o{k}")) == "1")
                    .map(|k| k.to_string())
                    .collect()
            } else {
                chosen(&q, &answers)
            };
            let (min, max) = (q.min_choices as usize, q.max_selectable());
            let extra = if min > 1 && max < q.options.len() {
                Some(t!(i18n, "survey-choose-between", min = min, max = max))
            } else if max < q.options.len() {
                Some(t!(i18n, "survey-choose-up-to", max = max))
            } else if min > 1 {
                Some(t!(i18n, "survey-choose-at-least", min = min))
            } else {
                Some(t!(i18n, "survey-choose-any"))
            };
            let opts = q.options.clone();
            view! {
                <fieldset
                    class="fieldset"
                    aria-describedby=move || described_by(key, true, err().is_some())
                >
                    {legend()}
                    {hint_view(extra)}
                    {error_view}
                    <div class="checkboxes">
                        {opts
                            .into_iter()
                            .enumerate()
                            .map(|(i, o)| {
                                let k = i + 1;
                                let id = if i == 0 {
                                    format!("f-{key}")
                                } else {
                                    format!("f-{key}-o{k}")
                                };
                                view! {
                                    <div class="checkboxes__item">
                                        <input
                                            class="checkboxes__input"
                                            type="checkbox"
                                            id=id.clone()
                                            name=format!("answers[{key}-o{k}]")
                                            value="1"
                                            checked=picked.contains(&k.to_string())
                                            disabled=disabled
                                        />
                                        <label class="checkboxes__label" for=id>
                                            <Tx text=o />
                                        </label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
            }
            .into_any()
        }
        Kind::Scale | Kind::Nps => {
            let selected = value_of(form, &answers, key);
            view! {
                <fieldset
                    class="fieldset"
                    aria-describedby=move || described_by(key, has_help, err().is_some())
                >
                    {legend()}
                    {hint_view(None)}
                    {error_view}
                    <ScaleRadios
                        q=q.clone()
                        name=key.to_string()
                        first_id=format!("f-{key}")
                        selected
                        disabled
                    />
                </fieldset>
            }
            .into_any()
        }
        Kind::Short | Kind::Long => {
            let value = value_of(form, &answers, key);
            let limit = q.text_limit();
            let text = q.text.clone();
            let extra = Some(t!(i18n, "survey-text-limit", max = limit));
            let input = if q.kind == Kind::Short {
                view! {
                    <input
                        class="field__input"
                        type="text"
                        id=format!("f-{key}")
                        name=format!("answers[{key}]")
                        value=value
                        disabled=disabled
                        aria-invalid=move || err().is_some().then_some("true")
                        aria-describedby=move || described_by(key, true, err().is_some())
                    />
                }
                .into_any()
            } else {
                view! {
                    <textarea
                        class="field__textarea"
                        id=format!("f-{key}")
                        name=format!("answers[{key}]")
                        rows="6"
                        disabled=disabled
                        aria-invalid=move || err().is_some().then_some("true")
                        aria-describedby=move || described_by(key, true, err().is_some())
                        prop:value=value.clone()
                    >
                        {crate::ui::textarea_text(&value)}
                    </textarea>
                }
                .into_any()
            };
            view! {
                <div class="question-text">
                    <label class="field__label field__label--question" for=format!("f-{key}")>
                        <Tx text=text />
                        {optional_mark}
                    </label>
                    {hint_view(extra)}
                    {error_view}
                    {input}
                </div>
            }
            .into_any()
        }
        Kind::Grid => {
            let items = q.items.clone();
            let qq = q.clone();
            view! {
                <fieldset
                    class="fieldset"
                    aria-describedby=move || described_by(key, has_help, err().is_some())
                >
                    {legend()}
                    {hint_view(None)}
                    {error_view}
                    {items
                        .into_iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let field = format!("{key}-i{}", i + 1);
                            let first_id = if i == 0 {
                                format!("f-{key}")
                            } else {
                                format!("f-{field}")
                            };
                            let selected = value_of(form, &answers, &field);
                            view! {
                                <fieldset class="fieldset fieldset--item">
                                    <legend class="fieldset__legend fieldset__legend--item">
                                        <Tx text=item />
                                    </legend>
                                    <ScaleRadios
                                        q=qq.clone()
                                        name=field
                                        first_id
                                        selected
                                        disabled
                                    />
                                </fieldset>
                            }
                        })
                        .collect_view()}
                </fieldset>
            }
            .into_any()
        }
    };
    view! {
        <div class="field question" id=key class:field--error=move || err().is_some()>
            {body}
        </div>
    }
}

fn page_from_route() -> Memo<u32> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("page")
            .and_then(|s| s.parse().ok())
            .unwrap_or(1)
    })
}

/// "Page 2 of 4": the position among the pages this person will see.
fn progress(a: &Answering, page: u32) -> (usize, usize) {
    let i = a
        .pages
        .iter()
        .position(|p| *p == page)
        .map(|i| i + 1)
        .unwrap_or(1);
    (i, a.pages.len().max(1))
}

#[component]
pub fn AnswerPageView() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let id = survey_id();
    let page = page_from_route();
    let action = ServerAction::<AnswerPage>::new();
    let form = Form::new("answers", action);
    let data = Resource::new(
        move || (id.get(), page.get()),
        |(id, _)| load_answering(id, false),
    );
    // Going to the next page replaces the content when its data arrives, which can be after
    // the layout has moved focus to the old h1: move it to the new one then.
    let first_render = StoredValue::new(true);
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(a) => {
                        if !first_render.get_value() {
                            crate::ui::focus_later("main-heading");
                        }
                        first_render.set_value(false);
                        let page = page.get_untracked();
                        let (n, of) = progress(&a, page);
                        let title = a.survey.def.title.clone();
                        let title2 = title.clone();
                        let def = a.survey.def.clone();
                        let draft = a.answers.clone();
                        let sid = a.survey.id;
                        let questions: Vec<Question> = def
                            .questions
                            .iter()
                            .filter(|q| q.page == page && visible(&def, q, &draft))
                            .cloned()
                            .collect();
                        let signed_in = shell.viewer.get_untracked().is_some();
                        let on_submit = {
                            let def = def.clone();
                            let draft = draft.clone();
                            move |ev: leptos::ev::SubmitEvent| {
                                let _ = (&def, &draft, &ev);
                                #[cfg(feature = "hydrate")]
                                {
                                    use leptos::form::FromFormData;
                                    ev.prevent_default();
                                    match AnswerPage::from_event(&ev) {
                                        Ok(args) => {
                                            if args.go == "next" {
                                                let posted: Answers = args
                                                    .answers
                                                    .clone()
                                                    .into_iter()
                                                    .collect();
                                                let merged = super::rules::merge_page(
                                                    &def,
                                                    page,
                                                    &draft,
                                                    super::rules::clean_page(&def, page, &posted),
                                                );
                                                let errors = super::rules::validate_page(
                                                    &def,
                                                    page,
                                                    &merged,
                                                );
                                                if !errors.is_empty() {
                                                    form.set_local(Some(errors));
                                                    return;
                                                }
                                            }
                                            form.set_local(None);
                                            action.dispatch(args);
                                        }
                                        Err(_) => {
                                            form.set_local(
                                                Some(
                                                    vec![
                                                        crate::forms::FieldError::new(
                                                            "",
                                                            crate::forms::FormProblem::Unexpected,
                                                        ),
                                                    ],
                                                ),
                                            )
                                        }
                                    }
                                }
                            }
                        };
                        let names: Vec<(String, Text)> = questions
                            .iter()
                            .map(|q| (q.key.clone(), q.text.clone()))
                            .collect();
                        let label_of = Callback::new(move |key: String| {
                            names.iter().find(|(k, _)| *k == key).map(|(_, t)| text_in(i18n, t))
                        });
                        view! {
                            <PageTitle text=move || {
                                format!(
                                    "{} – {}",
                                    t!(i18n, "survey-progress", page = n, pages = of),
                                    text_in(i18n, &title2),
                                )
                            } />
                            <ErrorSummary form label_of />
                            <p class="caption">
                                {move || t!(i18n, "survey-progress", page = n, pages = of)}
                            </p>
                            <h1 id="main-heading" tabindex="-1">
                                <Tx text=title />
                            </h1>
                            <form
                                method="post"
                                action=format!("/api/{}", "surveys/answer")
                                class="form survey-form"
                                novalidate=true
                                on:submit=on_submit
                            >
                                <input type="hidden" name="survey_id" value=sid />
                                <input type="hidden" name="page" value=page />
                                <input type="hidden" name="answers[_]" value="1" />
                                {questions
                                    .into_iter()
                                    .map(|q| {
                                        view! { <QuestionField q answers=draft.clone() form /> }
                                    })
                                    .collect_view()}
                                <div class="button-group">
                                    <button
                                        type="submit"
                                        class="button"
                                        name="go"
                                        value="next"
                                        aria-disabled=move || {
                                            action.pending().get().then_some("true")
                                        }
                                    >
                                        {move || t!(i18n, "survey-next")}
                                    </button>
                                    {signed_in
                                        .then(|| {
                                            view! {
                                                <button
                                                    type="submit"
                                                    class="button button--secondary"
                                                    name="go"
                                                    value="save"
                                                >
                                                    {move || t!(i18n, "survey-save-later")}
                                                </button>
                                            }
                                        })}
                                    <button
                                        type="submit"
                                        class="button button--secondary"
                                        name="go"
                                        value="back"
                                    >
                                        {move || t!(i18n, "survey-back")}
                                    </button>
                                </div>
                            </form>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        let again = format!("/surveys/{}", id.get_untracked());
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "surveys-title")
                                error=e
                                back=(again, (move || t!(i18n, "survey-start-again")).into())
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// An answer as text, for the review page.
pub fn answer_text(i18n: I18n, q: &Question, a: &Answers) -> Vec<(String, Option<&'static str>)> {
    let lang = i18n.lang();
    let label = |t: &Text| {
        let (s, l) = t.get(lang);
        (s.to_string(), (l != lang).then_some(l.code()))
    };
    match q.kind {
        Kind::Single => match a.get(&q.key).map(String::as_str) {
            Some("other") => vec![(
                format!(
                    "{}: {}",
                    t!(i18n, "survey-other"),
                    a.get(&format!("{}-other", q.key))
                        .cloned()
                        .unwrap_or_default()
                ),
                None,
            )],
            Some(v) => q
                .value_label(v)
                .map(|t| vec![label(&t)])
                .unwrap_or_default(),
            None => vec![],
        },
        Kind::Multi => chosen(q, a)
            .iter()
            .filter_map(|v| q.value_label(v))
            .map(|t| label(&t))
            .collect(),
        Kind::Scale | Kind::Nps => a
            .get(&q.key)
            .and_then(|v| v.parse::<i32>().ok())
            .map(|v| vec![scale_label(i18n, q, v)])
            .unwrap_or_default(),
        Kind::Short | Kind::Long => a
            .get(&q.key)
            .map(|v| vec![(v.clone(), None)])
            .unwrap_or_default(),
        Kind::Grid => q
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let v = a
                    .get(&format!("{}-i{}", q.key, i + 1))?
                    .parse::<i32>()
                    .ok()?;
                let (s, _) = label(item);
                Some((format!("{s}: {}", scale_label(i18n, q, v).0), None))
            })
            .collect(),
    }
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = survey_id();
    let action = ServerAction::<SubmitSurvey>::new();
    let form = Form::new("submit", action);
    let data = Resource::new(move || id.get(), |id| load_answering(id, false));
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(a) => {
                        let title = a.survey.def.title.clone();
                        let sid = a.survey.id;
                        let def = a.survey.def.clone();
                        let answers = a.answers.clone();
                        let anonymous = a.survey.anonymous;
                        view! {
                            <PageTitle text=move || t!(i18n, "survey-review-title") />
                            <ErrorSummary form />
                            <p class="caption">
                                <Tx text=title />
                            </p>
                            <PageHeading text=move || t!(i18n, "survey-review-title") />
                            <p class="lead">{move || t!(i18n, "survey-review-lead")}</p>
                            {a
                                .pages
                                .iter()
                                .map(|p| {
                                    let p = *p;
                                    let qs: Vec<Question> = def
                                        .questions
                                        .iter()
                                        .filter(|q| q.page == p && visible(&def, q, &answers))
                                        .cloned()
                                        .collect();
                                    let answers = answers.clone();
                                    view! {
                                        <dl class="summary-list">
                                            {qs
                                                .into_iter()
                                                .map(|q| {
                                                    let shown = answer_text(i18n, &q, &answers);
                                                    let qtext = q.text.clone();
                                                    let qtext2 = q.text.clone();
                                                    view! {
                                                        <div class="summary-list__row">
                                                            <dt class="summary-list__key">
                                                                <Tx text=qtext />
                                                            </dt>
                                                            <dd class="summary-list__value">
                                                                {if shown.is_empty() {
                                                                    view! {
                                                                        <span class="muted">
                                                                            {move || t!(i18n, "survey-not-answered")}
                                                                        </span>
                                                                    }
                                                                        .into_any()
                                                                } else {
                                                                    shown
                                                                        .into_iter()
                                                                        .map(|(s, lang)| {
                                                                            view! {
                                                                                <p class="summary-list__line" lang=lang>
                                                                                    {s}
                                                                                </p>
                                                                            }
                                                                        })
                                                                        .collect_view()
                                                                        .into_any()
                                                                }}
                                                            </dd>
                                                            <dd class="summary-list__actions">
                                                                <a href=format!(
                                                                    "/surveys/{sid}/page/{p}#{}",
                                                                    q.key,
                                                                )>
                                                                    {move || t!(i18n, "survey-change")}
                                                                    <span class="visually-hidden">
                                                                        " "{move || text_in(i18n, &qtext2)}
                                                                    </span>
                                                                </a>
                                                            </dd>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()}
                                        </dl>
                                    }
                                })
                                .collect_view()}
                            <p>{move || anonymity_text(i18n, anonymous)}</p>
                            <ActionForm action attr:class="form" attr:novalidate=true>
                                <input type="hidden" name="survey_id" value=sid />
                                <Submit
                                    label=move || t!(i18n, "survey-submit")
                                    pending=action.pending().into()
                                />
                            </ActionForm>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        let again = format!("/surveys/{}", id.get_untracked());
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "survey-review-title")
                                error=e
                                back=(again, (move || t!(i18n, "survey-start-again")).into())
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
pub fn ThanksPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = survey_id();
    let data = Resource::new(move || id.get(), survey_intro);
    view! {
        <PageTitle text=move || t!(i18n, "survey-thanks-title") />
        <div class="narrow">
            <div class="panel">
                <PageHeading text=move || t!(i18n, "survey-thanks-title") />
                <p>{move || t!(i18n, "survey-thanks-text")}</p>
            </div>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    data.await
                        .ok()
                        .map(|intro| {
                            let s = intro.survey;
                            let sid = s.id;
                            let closes = s.closes;
                            view! {
                                <p>
                                    <Tx text=s.def.title.clone() />
                                </p>
                                <p>{move || anonymity_text(i18n, s.anonymous)}</p>
                                {s
                                    .public_results
                                    .then(|| {
                                        view! {
                                            <p>
                                                {move || {
                                                    t!(
                                                        i18n, "survey-results-after", date = crate::i18n::time::date_time(i18n.lang(), closes)
                                                    )
                                                }}" "
                                                <a href=format!(
                                                    "/surveys/{sid}/results",
                                                )>{move || t!(i18n, "survey-see-results")}</a>
                                            </p>
                                        }
                                    })}
                            }
                        })
                })}
            </Suspense>
            <p>
                <a href="/surveys">{move || t!(i18n, "survey-back-to-list")}</a>
            </p>
        </div>
    }
}
