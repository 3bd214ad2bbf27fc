//! The survey builder: list, settings, questions, one-time codes, preview.
use super::api::{load_answering, AnswerPage};
use super::builder::{
    load_code_batch, load_editing, staff_surveys, ChangeQuestion, CreateCodes, CreateSurvey,
    SaveQuestion, SaveSurvey, BATCH_MAX,
};
use super::pages::{anonymity_text, survey_id, text_in, QuestionField, Tx};
use super::{Audience, Kind, Phase, Question, Survey, Text};
use crate::i18n::{use_i18n, I18n, Lang};
use crate::t;
use crate::ui::{
    load_error_text, Checkbox, ErrorSummary, FieldError as FieldMessage, Form, LoadFailed,
    PageHeading, PageTitle, Radios, Submit, TextArea, TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

pub fn kind_text(i18n: I18n, k: Kind) -> String {
    match k {
        Kind::Single => t!(i18n, "kind-single"),
        Kind::Multi => t!(i18n, "kind-multi"),
        Kind::Scale => t!(i18n, "kind-scale"),
        Kind::Nps => t!(i18n, "kind-nps"),
        Kind::Short => t!(i18n, "kind-short"),
        Kind::Long => t!(i18n, "kind-long"),
        Kind::Grid => t!(i18n, "kind-grid"),
    }
}

pub fn phase_text(i18n: I18n, p: Phase) -> String {
    match p {
        Phase::NotOpen => t!(i18n, "phase-not-open"),
        Phase::Open => t!(i18n, "phase-open"),
        Phase::Closed => t!(i18n, "phase-closed"),
    }
}

fn lang_name(i18n: I18n, l: Lang) -> String {
    match l {
        Lang::Pl => t!(i18n, "builder-in-polish"),
        Lang::En => t!(i18n, "builder-in-english"),
        Lang::Uk => t!(i18n, "builder-in-ukrainian"),
    }
}

#[component]
pub fn StaffSurveys() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateSurvey>::new();
    let form = Form::new("create", action);
    let data = Resource::new(|| (), |_| staff_surveys());
    view! {
        <PageTitle text=move || t!(i18n, "builder-title") />
        <ErrorSummary form />
        <PageHeading text=move || t!(i18n, "builder-title") />
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) => {
                        view! {
                            <div
                                class="table-wrap"
                                role="region"
                                tabindex="0"
                                aria-labelledby="surveys-caption"
                            >
                                <table class="table">
                                    <caption class="table__caption" id="surveys-caption">
                                        {move || t!(i18n, "builder-all-surveys")}
                                    </caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{move || t!(i18n, "builder-survey")}</th>
                                            <th scope="col">{move || t!(i18n, "builder-phase")}</th>
                                            <th scope="col">{move || t!(i18n, "builder-closes")}</th>
                                            <th scope="col" class="num">
                                                {move || t!(i18n, "results-responses")}
                                            </th>
                                            <th scope="col">{move || t!(i18n, "builder-actions")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list
                                            .into_iter()
                                            .map(|c| {
                                                let id = c.id;
                                                view! {
                                                    <tr>
                                                        <th scope="row">
                                                            <a href=format!("/staff/surveys/{id}")>
                                                                <Tx text=c.title.clone() />
                                                            </a>
                                                        </th>
                                                        <td>{move || phase_text(i18n, c.phase)}</td>
                                                        <td>
                                                            {move || crate::i18n::time::date_time(
                                                                i18n.lang(),
                                                                c.closes,
                                                            )}
                                                        </td>
                                                        <td class="num">{c.responses}</td>
                                                        <td>
                                                            <a href=format!(
                                                                "/surveys/{id}/results",
                                                            )>{move || t!(i18n, "builder-results")}</a>
                                                        </td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
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
        <h2>{move || t!(i18n, "builder-new")}</h2>
        <ActionForm action attr:class="form narrow" attr:novalidate=true>
            <TextField
                form
                name="title_pl"
                label=move || t!(i18n, "builder-title-field")
                hint=move || t!(i18n, "builder-title-hint")
                required=true
            />
            <Submit label=move || t!(i18n, "builder-create") pending=action.pending().into() />
        </ActionForm>
    }
}

/// Three fields for one text: Polish (required) and its translations.
#[component]
fn Translated(
    form: Form,
    base: &'static str,
    #[prop(into)] label: TextProp,
    value: Text,
    #[prop(optional)] area: bool,
    #[prop(optional)] hint: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let names: [(&'static str, Lang); 3] = match base {
        "title" => [
            ("title_pl", Lang::Pl),
            ("title_en", Lang::En),
            ("title_uk", Lang::Uk),
        ],
        "intro" => [
            ("intro_pl", Lang::Pl),
            ("intro_en", Lang::En),
            ("intro_uk", Lang::Uk),
        ],
        "text" => [
            ("text_pl", Lang::Pl),
            ("text_en", Lang::En),
            ("text_uk", Lang::Uk),
        ],
        "help" => [
            ("help_pl", Lang::Pl),
            ("help_en", Lang::En),
            ("help_uk", Lang::Uk),
        ],
        "options" => [
            ("options_pl", Lang::Pl),
            ("options_en", Lang::En),
            ("options_uk", Lang::Uk),
        ],
        "items" => [
            ("items_pl", Lang::Pl),
            ("items_en", Lang::En),
            ("items_uk", Lang::Uk),
        ],
        "low" => [
            ("low_pl", Lang::Pl),
            ("low_en", Lang::En),
            ("low_uk", Lang::Uk),
        ],
        _ => [
            ("high_pl", Lang::Pl),
            ("high_en", Lang::En),
            ("high_uk", Lang::Uk),
        ],
    };
    view! {
        <fieldset class="fieldset fieldset--translated">
            <legend class="fieldset__legend">{move || label.get().to_string()}</legend>
            {hint.map(|h| view! { <p class="field__hint">{h}</p> })}
            {names
                .into_iter()
                .map(|(name, l)| {
                    let v = value.in_lang(l).to_string();
                    let lbl = move || lang_name(i18n, l);
                    if area {
                        view! { <TextArea form name label=lbl value=v rows=4 lang=l.code() /> }
                            .into_any()
                    } else {
                        view! { <TextField form name label=lbl value=v /> }.into_any()
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

fn lines_of(ts: &[Text], l: Lang) -> String {
    ts.iter()
        .map(|t| t.in_lang(l).to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn options_text(ts: &[Text]) -> Text {
    Text {
        pl: lines_of(ts, Lang::Pl),
        en: lines_of(ts, Lang::En),
        uk: lines_of(ts, Lang::Uk),
    }
}

#[component]
fn SettingsForm(survey: Survey) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveSurvey>::new();
    let form = Form::new("settings", action);
    let s = survey.clone();
    let districts = s.districts.clone();
    view! {
        <ErrorSummary form />
        <ActionForm action attr:class="form" attr:novalidate=true>
            <input type="hidden" name="survey_id" value=s.id />
            <Translated
                form
                base="title"
                label=move || t!(i18n, "builder-title-field")
                value=s.def.title.clone()
            />
            <Translated
                form
                base="intro"
                label=move || t!(i18n, "builder-intro")
                value=s.def.intro.clone()
                area=true
            />
            <div class="field-row">
                <TextField
                    form
                    name="opens_date"
                    kind="date"
                    label=move || t!(i18n, "builder-opens-date")
                    value=s.opens_date.clone()
                    required=true
                />
                <TextField
                    form
                    name="opens_time"
                    kind="time"
                    label=move || t!(i18n, "builder-opens-time")
                    value=s.opens_time.clone()
                />
            </div>
            <div class="field-row">
                <TextField
                    form
                    name="closes_date"
                    kind="date"
                    label=move || t!(i18n, "builder-closes-date")
                    value=s.closes_date.clone()
                    required=true
                />
                <TextField
                    form
                    name="closes_time"
                    kind="time"
                    label=move || t!(i18n, "builder-closes-time")
                    value=s.closes_time.clone()
                />
            </div>
            <p class="field__hint">{move || t!(i18n, "builder-time-hint")}</p>
            <Radios
                form
                name="audience"
                legend=move || t!(i18n, "builder-audience")
                options=Audience::ALL
                    .iter()
                    .map(|a| {
                        let a = *a;
                        let label: TextProp = (move || match a {
                            Audience::Anyone => t!(i18n, "survey-audience-anyone"),
                            Audience::SignedIn => t!(i18n, "survey-audience-signed-in"),
                            Audience::Districts => t!(i18n, "builder-audience-districts"),
                            Audience::Codes => t!(i18n, "survey-audience-codes"),
                        })
                            .into();
                        (a.code(), label)
                    })
                    .collect()
                selected=s.audience.code().to_string()
            />
            <crate::ui::DistrictCheckboxes
                form
                legend=move || t!(i18n, "builder-districts")
                chosen=districts
            />
            <Checkbox
                form
                name="anonymous"
                label=move || t!(i18n, "builder-anonymous")
                checked=s.anonymous
                hint=move || t!(i18n, "builder-anonymous-hint")
            />
            <Checkbox
                form
                name="public_results"
                label=move || t!(i18n, "builder-public-results")
                checked=s.public_results
            />
            <Submit label=move || t!(i18n, "builder-save") pending=action.pending().into() />
        </ActionForm>
    }
}

#[component]
pub fn SurveyEditor() -> impl IntoView {
    let i18n = use_i18n();
    let id = survey_id();
    let change = ServerAction::<ChangeQuestion>::new();
    let change_form = Form::new("questions", change);
    let codes = ServerAction::<CreateCodes>::new();
    let codes_form = Form::new("codes", codes);
    let data = Resource::new(
        move || (id.get(), change.version().get()),
        |(id, _)| load_editing(id),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(e) => {
                        let s = e.survey.clone();
                        let sid = s.id;
                        let title = s.def.title.clone();
                        let locked = s.locked();
                        let questions = s.def.questions.clone();
                        let nq = questions.len();
                        let is_codes = s.audience == Audience::Codes;
                        let batches = e.batches.clone();
                        view! {
                            <PageTitle text=move || {
                                format!(
                                    "{} – {}",
                                    t!(i18n, "builder-edit-title"),
                                    text_in(i18n, &title),
                                )
                            } />
                            <p class="caption">{move || t!(i18n, "builder-edit-title")}</p>
                            <h1 id="main-heading" tabindex="-1">
                                <Tx text=s.def.title.clone() />
                            </h1>
                            <ul class="facts">
                                <li>
                                    {move || phase_text(i18n, s.phase)}" · "
                                    {move || crate::i18n::time::date_time(i18n.lang(), s.opens)}
                                    " – "
                                    {move || crate::i18n::time::date_time(i18n.lang(), s.closes)}
                                </li>
                                <li>{move || t!(i18n, "results-total", count = s.responses)}</li>
                                <li>{move || anonymity_text(i18n, s.anonymous)}</li>
                            </ul>
                            <p class="button-group">
                                <a
                                    class="button button--secondary"
                                    href=format!("/staff/surveys/{sid}/preview")
                                >
                                    {move || t!(i18n, "builder-preview")}
                                </a>
                                <a
                                    class="button button--secondary"
                                    href=format!("/surveys/{sid}/results")
                                >
                                    {move || t!(i18n, "builder-results")}
                                </a>
                                <a class="button button--secondary" href=format!("/surveys/{sid}")>
                                    {move || t!(i18n, "builder-public-page")}
                                </a>
                            </p>
                            <h2>{move || t!(i18n, "builder-settings")}</h2>
                            <SettingsForm survey=s.clone() />
                            <h2 id="questions">
                                {move || t!(i18n, "builder-questions", count = nq)}
                            </h2>
                            <ErrorSummary form=change_form />
                            {locked
                                .then(|| {
                                    view! {
                                        <p class="warning-text">
                                            {move || t!(i18n, "builder-locked")}
                                        </p>
                                    }
                                })}
                            <ol class="question-list">
                                {questions
                                    .into_iter()
                                    .map(|q| {
                                        let key = q.key.clone();
                                        let k2 = key.clone();
                                        let k3 = key.clone();
                                        let text = q.text.clone();
                                        let text2 = q.text.clone();
                                        let cond = q.show_if.clone();
                                        view! {
                                            <li class="question-list__item" id=key.clone()>
                                                <p class="question-list__text">
                                                    <strong>
                                                        <Tx text=text />
                                                    </strong>
                                                </p>
                                                <p class="question-list__meta">
                                                    {move || {
                                                        t!(
                                                            i18n, "builder-question-meta", page = q.page, kind = kind_text(i18n, q.kind)
                                                        )
                                                    }}
                                                    {(!q.required)
                                                        .then(|| {
                                                            view! {
                                                                " · "
                                                                {move || t!(i18n, "survey-optional")}
                                                            }
                                                        })}
                                                    {cond
                                                        .map(|c| {
                                                            view! {
                                                                " · "
                                                                {move || {
                                                                    t!(
                                                                        i18n, "builder-shown-if", question = c.question.clone(), values = c.values.join(", ")
                                                                    )
                                                                }}
                                                            }
                                                        })}
                                                </p>
                                                <div class="button-group">
                                                    <a
                                                        class="button button--secondary button--small"
                                                        href=format!("/staff/surveys/{sid}/questions/{key}")
                                                    >
                                                        {move || t!(i18n, "builder-edit-question")}
                                                        <span class="visually-hidden">
                                                            " "{move || text_in(i18n, &text2)}
                                                        </span>
                                                    </a>
                                                    {(!locked)
                                                        .then(|| {
                                                            view! {
                                                                {["up", "down", "delete"]
                                                                    .into_iter()
                                                                    .map(|act| {
                                                                        let k = k2.clone();
                                                                        let k3 = k3.clone();
                                                                        let label = move || match act {
                                                                            "up" => t!(i18n, "builder-move-up"),
                                                                            "down" => t!(i18n, "builder-move-down"),
                                                                            _ => t!(i18n, "builder-delete"),
                                                                        };
                                                                        view! {
                                                                            <ActionForm action=change attr:class="inline-form">
                                                                <input type="hidden" name="survey_id" value=sid/>
                                                                <input type="hidden" name="key" value=k.clone()/>
                                                                <input type="hidden" name="action" value=act/>
                                                                <button type="submit" class="button button--secondary button--small" class:button--warning=act == "delete">
                                                                    {label}<span class="visually-hidden">" "{k3}</span>
                                                                </button>
                                                            </ActionForm>
                                                                        }
                                                                    })
                                                                    .collect_view()}
                                                            }
                                                        })}
                                                </div>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                            {(!locked)
                                .then(|| {
                                    view! {
                                        <h3>{move || t!(i18n, "builder-add-question")}</h3>
                                        <ul class="add-question">
                                            {Kind::ALL
                                                .into_iter()
                                                .map(|k| {
                                                    view! {
                                                        <li>
                                                            <a
                                                                class="button button--secondary"
                                                                href=format!(
                                                                    "/staff/surveys/{sid}/questions/new?kind={}",
                                                                    k.code(),
                                                                )
                                                            >
                                                                {move || {
                                                                    t!(i18n, "builder-add-kind", kind = kind_text(i18n, k))
                                                                }}
                                                            </a>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                            {is_codes
                                .then(|| {
                                    view! {
                                        <h2>{move || t!(i18n, "builder-codes")}</h2>
                                        <p>{move || t!(i18n, "builder-codes-lead")}</p>
                                        <ErrorSummary form=codes_form />
                                        <ActionForm
                                            action=codes
                                            attr:class="form narrow"
                                            attr:novalidate=true
                                        >
                                            <input type="hidden" name="survey_id" value=sid />
                                            <TextField
                                                form=codes_form
                                                name="count"
                                                kind="text"
                                                label=move || t!(i18n, "builder-codes-count")
                                                hint=move || {
                                                    t!(i18n, "builder-codes-count-hint", max = BATCH_MAX)
                                                }
                                                value="100".to_string()
                                            />
                                            <Submit
                                                label=move || t!(i18n, "builder-codes-create")
                                                pending=codes.pending().into()
                                            />
                                        </ActionForm>
                                        <ul>
                                            {batches
                                                .iter()
                                                .map(|b| {
                                                    let (bid, size, used, created) = (
                                                        b.id,
                                                        b.size,
                                                        b.used,
                                                        b.created,
                                                    );
                                                    view! {
                                                        <li>
                                                            <a href=format!(
                                                                "/staff/surveys/{sid}/codes/{bid}",
                                                            )>
                                                                {move || {
                                                                    t!(
                                                                        i18n, "builder-batch", created = crate::i18n::time::date_time(i18n.lang(), created), size = size, used = used
                                                                    )
                                                                }}
                                                            </a>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed title=move || t!(i18n, "builder-edit-title") error=e />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn QuestionEditor() -> impl IntoView {
    let i18n = use_i18n();
    let id = survey_id();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || params.read().get("key").unwrap_or_default();
    let action = ServerAction::<SaveQuestion>::new();
    let form = Form::new("question", action);
    let data = Resource::new(move || id.get(), load_editing);
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(e) => {
                        let s = e.survey.clone();
                        let sid = s.id;
                        let k = key();
                        let existing = s.def.question(&k).cloned();
                        let kind = existing
                            .as_ref()
                            .map(|q| q.kind)
                            .or_else(|| {
                                query.read_untracked().get("kind").and_then(|k| Kind::parse(&k))
                            })
                            .unwrap_or(Kind::Single);
                        let is_new = existing.is_none();
                        let next_page = s.def.pages().last().copied().unwrap_or(1);
                        let q = existing
                            .unwrap_or_else(|| Question::new("", next_page, kind, Text::default()));
                        let heading = move || {
                            if is_new {
                                t!(i18n, "builder-new-question", kind = kind_text(i18n, kind))
                            } else {
                                t!(i18n, "builder-edit-question-title", key = k.clone())
                            }
                        };
                        let earlier: Vec<(String, String)> = s
                            .def
                            .questions
                            .iter()
                            .filter(|o| o.page < q.page.max(1) || is_new)
                            .filter(|o| o.kind.can_be_condition() && o.key != q.key)
                            .map(|o| (o.key.clone(), o.text.pl.clone()))
                            .collect();
                        let cond_q = q
                            .show_if
                            .as_ref()
                            .map(|c| c.question.clone())
                            .unwrap_or_default();
                        let cond_v = q
                            .show_if
                            .as_ref()
                            .map(|c| c.values.join(", "))
                            .unwrap_or_default();
                        let cond_selected = if form.has_flash() {
                            form.value("show_if")
                        } else {
                            cond_q
                        };
                        let heading2 = heading.clone();
                        view! {
                            <PageTitle text=heading2/>
                            <ErrorSummary form/>
                            <p class="caption"><Tx text=s.def.title.clone()/></p>
                            <PageHeading text=heading/>
                            {s.locked().then(|| view! { <p class="warning-text">{move || t!(i18n, "builder-locked")}</p> })}
                            <ActionForm action attr:class="form" attr:novalidate=true>
                                <input type="hidden" name="survey_id" value=sid/>
                                <input type="hidden" name="key" value=q.key.clone()/>
                                <input type="hidden" name="kind" value=kind.code()/>
                                <Translated form base="text" label=move || t!(i18n, "builder-question-text") value=q.text.clone()/>
                                <Translated form base="help" label=move || t!(i18n, "builder-help") value=q.help.clone()/>
                                <TextField form name="page" label=move || t!(i18n, "builder-page") hint=move || t!(i18n, "builder-page-hint") value=q.page.to_string()/>
                                <Checkbox form name="required" label=move || t!(i18n, "builder-required") checked=q.required || is_new/>
                                {matches!(kind, Kind::Single | Kind::Multi).then(|| view! {
                                    <Translated form base="options" label=move || t!(i18n, "builder-options") value=options_text(&q.options) area=true
                                        hint=t!(i18n, "builder-options-hint")/>
                                })}
                                {(kind == Kind::Single).then(|| view! {
                                    <Checkbox form name="other" label=move || t!(i18n, "builder-other") checked=q.other/>
                                })}
                                {(kind == Kind::Multi).then(|| view! {
                                    <div class="field-row">
                                        <TextField form name="min_choices" label=move || t!(i18n, "builder-min-choices") value=q.min_choices.to_string()/>
                                        <TextField form name="max_choices" label=move || t!(i18n, "builder-max-choices") hint=move || t!(i18n, "builder-max-choices-hint") value=q.max_choices.to_string()/>
                                    </div>
                                })}
                                {(kind == Kind::Grid).then(|| view! {
                                    <Translated form base="items" label=move || t!(i18n, "builder-items") value=options_text(&q.items) area=true
                                        hint=t!(i18n, "builder-options-hint")/>
                                })}
                                {matches!(kind, Kind::Scale | Kind::Grid).then(|| view! {
                                    <div class="field-row">
                                        <TextField form name="scale_min" label=move || t!(i18n, "builder-scale-min") value=q.scale_min.to_string()/>
                                        <TextField form name="scale_max" label=move || t!(i18n, "builder-scale-max") value=q.scale_max.to_string()/>
                                    </div>
                                })}
                                {matches!(kind, Kind::Scale | Kind::Grid | Kind::Nps).then(|| view! {
                                    <Translated form base="low" label=move || t!(i18n, "builder-low-label") value=q.low_label.clone()/>
                                    <Translated form base="high" label=move || t!(i18n, "builder-high-label") value=q.high_label.clone()/>
                                })}
                                {kind.is_text().then(|| view! {
                                    <TextField form name="max_len" label=move || t!(i18n, "builder-max-len") hint=move || t!(i18n, "builder-max-len-hint") value=q.max_len.to_string()/>
                                })}
                                <div class="field" class:field--error=move || form.error("show_if").is_some()>
                                    <label class="field__label" for="f-show_if">{move || t!(i18n, "builder-show-if")}</label>
                                    <p class="field__hint" id="f-show_if-hint">{move || t!(i18n, "builder-show-if-hint")}</p>
                                    <FieldMessage form name="show_if"/>
                                    <select class="field__select" id="f-show_if" name="show_if"
                                        aria-describedby=move || if form.error("show_if").is_some() { "f-show_if-hint f-show_if-error" } else { "f-show_if-hint" }>
                                        <option value="">{move || t!(i18n, "builder-always")}</option>
                                        {earlier.into_iter().map(|(k, text)| {
                                            let sel = k == cond_selected;
                                            view! { <option value=k.clone() selected=sel lang="pl">{format!("{k}: {text}")}</option> }
                                        }).collect_view()}
                                    </select>
                                </div>
                                <TextField form name="show_if_values" label=move || t!(i18n, "builder-show-if-values") hint=move || t!(i18n, "builder-show-if-values-hint") value=cond_v/>
                                <div class="button-group">
                                    <Submit label=move || t!(i18n, "builder-save-question") pending=action.pending().into()/>
                                    <a class="button button--secondary" href=format!("/staff/surveys/{sid}#questions")>{move || t!(i18n, "builder-cancel")}</a>
                                </div>
                            </ActionForm>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed title=move || t!(i18n, "builder-edit-title") error=e />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// Printable one-time codes, each with its QR code (A4, many per page).
#[component]
pub fn CodesPrint() -> impl IntoView {
    let i18n = use_i18n();
    let id = survey_id();
    let params = use_params_map();
    let batch = move || {
        params
            .read()
            .get("batch")
            .and_then(|b| b.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let data = Resource::new(move || (id.get(), batch()), |(s, b)| load_code_batch(s, b));
    view! {
        <PageTitle text=move || t!(i18n, "codes-title") />
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(b) => {
                        let left = b.codes.len();
                        view! {
                            <div class="no-print">
                                <PageHeading text=move || t!(i18n, "codes-title") />
                                <p>
                                    <Tx text=b.survey_title.clone() />
                                </p>
                                <p>
                                    {move || {
                                        t!(
                                            i18n, "codes-lead", size = b.size, used = b.used, left = left
                                        )
                                    }}
                                </p>
                                <p>{move || t!(i18n, "codes-print-hint")}</p>
                                <p>
                                    <a href=format!(
                                        "/staff/surveys/{}",
                                        id.get_untracked(),
                                    )>{move || t!(i18n, "builder-back-to-survey")}</a>
                                </p>
                            </div>
                            <ul class="codes">
                                {b
                                    .codes
                                    .into_iter()
                                    .map(|(code, link, svg)| {
                                        view! {
                                            <li class="codes__item">
                                                <div class="codes__qr" inner_html=svg></div>
                                                <p class="codes__code">
                                                    <span class="visually-hidden">
                                                        {move || t!(i18n, "survey-code")}" "
                                                    </span>
                                                    {code}
                                                </p>
                                                <p class="codes__link">{link}</p>
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
                            <LoadFailed
                                title=move || t!(i18n, "codes-title")
                                error=e
                                no_title=true
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The survey as residents will see it, every page at once, before it opens.
#[component]
pub fn SurveyPreview() -> impl IntoView {
    let i18n = use_i18n();
    let id = survey_id();
    let form = Form::new("preview", ServerAction::<AnswerPage>::new());
    let data = Resource::new(move || id.get(), |id| load_answering(id, true));
    view! {
        <PageTitle text=move || t!(i18n, "preview-title") />
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(a) => {
                        let def = a.survey.def.clone();
                        let sid = a.survey.id;
                        view! {
                            <p class="caption">{move || t!(i18n, "preview-title")}</p>
                            <h1 id="main-heading" tabindex="-1">
                                <Tx text=def.title.clone() />
                            </h1>
                            <p class="warning-text">{move || t!(i18n, "preview-note")}</p>
                            <super::pages::Paragraphs text=def.intro.clone() />
                            {def
                                .pages()
                                .into_iter()
                                .map(|p| {
                                    let n = def.pages().len();
                                    let qs: Vec<Question> = def
                                        .questions
                                        .iter()
                                        .filter(|q| q.page == p)
                                        .cloned()
                                        .collect();
                                    view! {
                                        <section
                                            class="preview-page"
                                            aria-labelledby=format!("preview-{p}")
                                        >
                                            <h2 id=format!(
                                                "preview-{p}",
                                            )>
                                                {move || t!(i18n, "survey-progress", page = p, pages = n)}
                                            </h2>
                                            {qs
                                                .into_iter()
                                                .map(|q| {
                                                    let cond = q.show_if.clone();
                                                    view! {
                                                        {cond
                                                            .map(|c| {
                                                                view! {
                                                                    <p class="muted">
                                                                        {move || {
                                                                            t!(
                                                                                i18n, "builder-shown-if", question = c.question.clone(), values = c.values.join(", ")
                                                                            )
                                                                        }}
                                                                    </p>
                                                                }
                                                            })}
                                                        <QuestionField
                                                            q
                                                            answers=Default::default()
                                                            form
                                                            disabled=true
                                                        />
                                                    }
                                                })
                                                .collect_view()}
                                        </section>
                                    }
                                })
                                .collect_view()}
                            <p>
                                <a href=format!(
                                    "/staff/surveys/{sid}",
                                )>{move || t!(i18n, "builder-back-to-survey")}</a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "preview-title")
                                error=e
                                no_title=true
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
