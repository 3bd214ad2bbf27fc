//! The organisers' pages (clerks and administrators): every consultation, drafts included,
//! and the form that writes one and publishes it (refused, each reason at its field, while
//! Kraków's minimums are not met), then extends it with a reason.
use super::api::{
    load_draft, load_staff_consultations, ExtendConsultation, RemoveDocument, SaveConsultation,
    SaveTranslations,
};
use super::pages::{phase_text, topic_text};
use super::rules::{Form as Way, Moderation, Phase, Topic};
use super::ConsultationDraft;
use crate::i18n::use_i18n;
use crate::t;
use crate::ui::{
    Checkbox, DistrictCheckboxes, ErrorSummary, FieldError, Form, LoadFailed, PageHeading,
    PageTitle, RequireSignIn, TextArea, TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/staff/consultations`: every consultation, drafts first made first.
#[component]
pub fn StaffConsultationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| load_staff_consultations());
    view! {
        <RequireSignIn>
            <PageTitle text=move || t!(i18n, "org-title") />
            <PageHeading text=move || t!(i18n, "org-title") />
            <p>
                <a class="button" href="/staff/consultations/new">
                    {move || t!(i18n, "org-new")}
                </a>
            </p>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
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
                                                        <a href=format!("/staff/consultations/{}", c.id) lang="pl">
                                                            {c.title.clone()}
                                                        </a>
                                                    </h2>
                                                    <p>
                                                        <strong>{move || phase_text(i18n, &c2)}</strong>
                                                    </p>
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
                                <p class="error-text">
                                    {move || crate::ui::load_error_text(i18n, &e)}
                                </p>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </RequireSignIn>
    }
}

/// `/staff/consultations/:id` (`new` for a new one): the organisers' form.
#[component]
pub fn ConsultationFormPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    });
    let save = ServerAction::<SaveConsultation>::new();
    let extend = ServerAction::<ExtendConsultation>::new();
    let forms = (Form::new("consultation", save), Form::new("extend", extend));
    // The documents' forms are made here, once, like the others: each takes its one-shot
    // message (the upload's comes back without JavaScript) when it is made.
    let remove = ServerAction::<RemoveDocument>::new();
    let docs = DocForms {
        remove,
        remove_form: Form::new("documents", remove),
        upload_form: Form::new("document", ServerAction::<RemoveDocument>::new()),
    };
    // A removed document leaves the list at once (with JavaScript the page is not loaded
    // again).
    let removed = RwSignal::new(0u32);
    Effect::new(move |_| {
        if matches!(
            remove.value().get(),
            Some(Ok(crate::forms::FormReply::Done { .. }))
        ) {
            removed.update(|n| *n += 1);
        }
    });
    let data = Resource::new(move || (id.get(), removed.get()), |(c, _)| load_draft(c));
    view! {
        <RequireSignIn>
            <Transition fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! { <DraftForm d forms save extend docs /> }.into_any(),
                        Err(e) => {
                            view! {
                                <LoadFailed
                                    title=move || t!(i18n, "org-title")
                                    error=e
                                    back=(
                                        "/staff/consultations".to_string(),
                                        (move || t!(i18n, "org-back")).into(),
                                    )
                                />
                            }
                                .into_any()
                        }
                    }
                })}
            </Transition>
        </RequireSignIn>
    }
}

fn way_text(i18n: crate::i18n::I18n, w: Way) -> String {
    match w {
        Way::Remarks => t!(i18n, "org-form-remarks"),
        Way::OpinionMap => t!(i18n, "org-form-opinion-map"),
        Way::Survey => t!(i18n, "org-form-survey"),
        Way::Meeting => t!(i18n, "org-form-meeting"),
        Way::Workshop => t!(i18n, "org-form-workshop"),
        Way::DutyHours => t!(i18n, "org-form-duty-hours"),
        Way::Paper => t!(i18n, "org-form-paper"),
    }
}

#[component]
fn DraftForm(
    d: ConsultationDraft,
    forms: (Form, Form),
    save: ServerAction<SaveConsultation>,
    extend: ServerAction<ExtendConsultation>,
    docs: DocForms,
) -> impl IntoView {
    let i18n = use_i18n();
    let (form, extend_form) = forms;
    let cid = d.id;
    let heading = if cid == 0 {
        None
    } else {
        Some(d.title.clone())
    };
    let heading2 = heading.clone();
    let heading_lang = heading.as_ref().map(|_| "pl");
    let topic_now = if form.has_flash() {
        form.value("topic")
    } else {
        d.topic.code().to_string()
    };
    let moderation_now = if form.has_flash() {
        form.value("moderation")
    } else {
        match d.moderation {
            Moderation::Before => "before".to_string(),
            Moderation::After => "after".to_string(),
        }
    };
    let survey_now = if form.has_flash() {
        form.value("survey")
    } else {
        d.survey_id.map(|v| v.to_string()).unwrap_or_default()
    };
    let ways_now = d.forms.clone();
    let way_checked = move |w: Way| {
        if form.has_flash() {
            form.value(&format!("forms[{}]", w.code())) == "yes"
        } else {
            ways_now.contains(&w)
        }
    };
    let date_field = move |name: &'static str, label: String, value: String| {
        view! { <TextField form name kind="date" label=label value=value /> }
    };
    let body = if d.published {
        let extend_pending = extend.pending();
        let (info, opens, closes) = (
            d.information_from.clone(),
            d.opens.clone(),
            d.closes.clone(),
        );
        let can_extend = matches!(d.phase, Phase::Information | Phase::Open);
        view! {
            <p class="notice">
                {move || t!(i18n, "org-published")}" "
                <a href=format!("/consultations/{cid}")>{move || t!(i18n, "org-see")}</a>
            </p>
            <p>
                <a href=format!(
                    "/staff/consultations/{cid}/meetings",
                )>{move || t!(i18n, "desk-title")}</a>
            </p>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>{move || t!(i18n, "con-information-from")}</dt>
                    <dd>{info}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{move || t!(i18n, "con-dates")}</dt>
                    <dd>{format!("{opens} – {closes}")}</dd>
                </div>
            </dl>
            <ul>
                {d
                    .extensions
                    .iter()
                    .map(|(old, new, reason)| {
                        let (old, new) = (old.clone(), new.clone());
                        view! {
                            <li>
                                {move || {
                                    t!(i18n, "org-extended", old = old.clone(), new = new.clone())
                                }} " " <span lang="pl">{reason.clone()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {can_extend
                .then(|| {
                    view! {
                        <section id="extend" aria-labelledby="extend-heading">
                            <h2 id="extend-heading">{move || t!(i18n, "org-extend")}</h2>
                            <p>{move || t!(i18n, "org-extend-lead")}</p>
                            <ErrorSummary form=extend_form />
                            <ActionForm action=extend attr:class="form">
                                <input type="hidden" name="consultation_id" value=cid.to_string() />
                                <div
                                    class="field"
                                    class:field--error=move || extend_form.error("new_closes").is_some()
                                >
                                    <label class="field__label" for="f-new_closes">
                                        {move || t!(i18n, "org-new-closes")}
                                    </label>
                                    <FieldError form=extend_form name="new_closes" />
                                    <input
                                        class="field__input"
                                        type="date"
                                        id="f-new_closes"
                                        name="closes"
                                        value=extend_form.value("new_closes")
                                        aria-invalid=move || extend_form.error("new_closes").is_some().then_some("true")
                                        aria-describedby=move || {
                                            extend_form.error("new_closes").is_some().then_some("f-new_closes-error")
                                        }
                                    />
                                </div>
                                <TextArea
                                    form=extend_form
                                    name="reason"
                                    rows=3
                                    lang="pl"
                                    label=move || t!(i18n, "org-reason")
                                />
                                <crate::ui::Submit
                                    label=move || t!(i18n, "org-extend-button")
                                    pending=extend_pending.into()
                                />
                            </ActionForm>
                        </section>
                    }
                })}
        }
            .into_any()
    } else {
        let pending = save.pending();
        view! {
            <ErrorSummary form />
            <ActionForm action=save attr:class="form">
                <input type="hidden" name="consultation_id" value=cid.to_string() />
                <TextField form name="title" label=move || t!(i18n, "org-field-title") value=d.title.clone() />
                <TextArea
                    form
                    name="summary"
                    rows=3
                    lang="pl"
                    label=move || t!(i18n, "org-field-summary")
                    value=d.summary.clone()
                />
                <TextArea
                    form
                    name="easy_summary"
                    rows=4
                    lang="pl"
                    label=move || t!(i18n, "con-easy-summary")
                    hint=move || t!(i18n, "org-easy-hint")
                    value=d.easy_summary.clone()
                />
                <div class="field" class:field--error=move || form.error("topic").is_some()>
                    <label class="field__label" for="f-topic">
                        {move || t!(i18n, "org-field-topic")}
                    </label>
                    <FieldError form name="topic" />
                    <select class="field__select" id="f-topic" name="topic">
                        {Topic::ALL
                            .into_iter()
                            .map(|tp| {
                                view! {
                                    <option value=tp.code() selected=topic_now == tp.code()>
                                        {move || topic_text(i18n, tp)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <DistrictCheckboxes
                    form
                    legend=move || t!(i18n, "org-field-districts")
                    chosen=d.districts.clone()
                />
                <TextField
                    form
                    name="department"
                    label=move || t!(i18n, "con-department")
                    value=d.department.clone()
                />
                <TextField
                    form
                    name="contact"
                    label=move || t!(i18n, "con-contact")
                    value=d.contact.clone()
                />
                <fieldset class="fieldset" id="f-forms" tabindex="-1">
                    <legend class="fieldset__legend">{move || t!(i18n, "org-field-forms")}</legend>
                    <p class="field__hint">{move || t!(i18n, "org-forms-hint")}</p>
                    <FieldError form name="forms" />
                    <div class="checkboxes">
                        {Way::ALL
                            .into_iter()
                            .map(|w| {
                                let id = format!("f-way-{}", w.code());
                                view! {
                                    <div class="checkboxes__item">
                                        <input
                                            class="checkboxes__input"
                                            type="checkbox"
                                            id=id.clone()
                                            name=format!("forms[{}]", w.code())
                                            value="yes"
                                            checked=way_checked(w)
                                        />
                                        <label class="checkboxes__label" for=id>
                                            {move || way_text(i18n, w)}
                                        </label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
                <div class="field">
                    <label class="field__label" for="f-moderation">
                        {move || t!(i18n, "org-field-moderation")}
                    </label>
                    <select class="field__select" id="f-moderation" name="moderation">
                        <option value="after" selected=moderation_now != "before">
                            {move || t!(i18n, "rm-moderation-after")}
                        </option>
                        <option value="before" selected=moderation_now == "before">
                            {move || t!(i18n, "rm-moderation-before")}
                        </option>
                    </select>
                </div>
                <Checkbox
                    form
                    name="verified_only"
                    label=move || t!(i18n, "org-field-verified")
                    checked=d.verified_only
                />
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{move || t!(i18n, "con-timeline")}</legend>
                    <p class="field__hint">{move || t!(i18n, "org-dates-hint")}</p>
                    {date_field("information_from", t!(i18n, "con-information-from"), d.information_from.clone())}
                    {date_field("opens", t!(i18n, "org-field-opens"), d.opens.clone())}
                    {date_field("closes", t!(i18n, "org-field-closes"), d.closes.clone())}
                    {date_field("answers_by", t!(i18n, "con-answers-by"), d.answers_by.clone())}
                    {date_field("report_by", t!(i18n, "con-report-by"), d.report_by.clone())}
                </fieldset>
                <TextArea
                    form
                    name="sections"
                    rows=14
                    lang="pl"
                    label=move || t!(i18n, "org-field-sections")
                    hint=move || t!(i18n, "org-sections-hint")
                    value=d.sections.clone()
                />
                <div class="field" class:field--error=move || form.error("survey").is_some()>
                    <label class="field__label" for="f-survey">
                        {move || t!(i18n, "org-field-survey")}
                    </label>
                    <p class="field__hint" id="f-survey-hint">
                        {move || t!(i18n, "org-survey-hint")}
                    </p>
                    <FieldError form name="survey" />
                    <select
                        class="field__select"
                        id="f-survey"
                        name="survey"
                        aria-invalid=move || form.error("survey").is_some().then_some("true")
                        aria-describedby=move || {
                            crate::ui::described_by("survey", true, form.error("survey").is_some())
                        }
                    >
                        <option value="" selected=survey_now.is_empty()>
                            {move || t!(i18n, "org-survey-none")}
                        </option>
                        {d
                            .surveys
                            .iter()
                            .map(|(sid, title)| {
                                let v = sid.to_string();
                                let sel = survey_now == v;
                                view! {
                                    <option value=v selected=sel lang="pl">
                                        {title.clone()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>

                <div class="button-row">
                    <button
                        type="submit"
                        name="publish"
                        value="no"
                        class="button button--secondary"
                        aria-disabled=move || pending.get().then_some("true")
                    >
                        {move || t!(i18n, "org-save")}
                    </button>
                    <button
                        type="submit"
                        name="publish"
                        value="yes"
                        class="button"
                        aria-disabled=move || pending.get().then_some("true")
                    >
                        {move || t!(i18n, "org-publish")}
                    </button>
                </div>
            </ActionForm>
        }
            .into_any()
    };
    view! {
        <PageTitle text=move || { heading2.clone().unwrap_or_else(|| t!(i18n, "org-new")) } />
        <h1 id="main-heading" tabindex="-1" lang=heading_lang>
            {move || heading.clone().unwrap_or_else(|| t!(i18n, "org-new"))}
        </h1>
        {body}
        {(cid != 0)
            .then(|| {
                view! {
                    <p>
                        <a href=format!(
                            "/staff/consultations/{cid}/languages",
                        )>{move || t!(i18n, "org-languages-link")}</a>
                    </p>
                }
            })}
        <Documents cid documents=d.documents.clone() limit_mb=d.document_limit_mb forms=docs />
        <p>
            <a href="/staff/consultations">{move || t!(i18n, "org-back")}</a>
        </p>
    }
}

/// One more language's version of a consultation: its title, summary, easy-to-read summary
/// and sections (fields `title_en`, … `sections_uk`).
#[component]
fn Translation(form: Form, code: &'static str, values: [String; 4]) -> impl IntoView {
    let i18n = use_i18n();
    let [title, summary, easy, sections] = values;
    let (t, su, e, se): (&'static str, &'static str, &'static str, &'static str) = match code {
        "en" => ("title_en", "summary_en", "easy_summary_en", "sections_en"),
        _ => ("title_uk", "summary_uk", "easy_summary_uk", "sections_uk"),
    };
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">
                {move || {
                    if code == "en" {
                        t!(i18n, "org-translation-en")
                    } else {
                        t!(i18n, "org-translation-uk")
                    }
                }}
            </legend>
            <TextField form name=t label=move || t!(i18n, "org-field-title") value=title.clone() />
            <TextArea
                form
                name=su
                rows=3
                lang=code
                label=move || t!(i18n, "org-field-summary")
                value=summary.clone()
            />
            <TextArea
                form
                name=e
                rows=4
                lang=code
                label=move || t!(i18n, "con-easy-summary")
                value=easy.clone()
            />
            <TextArea
                form
                name=se
                rows=10
                lang=code
                label=move || t!(i18n, "org-field-sections")
                value=sections.clone()
            />
        </fieldset>
    }
}

/// The forms of the documents' part: removing one (a server function), and the upload.
#[derive(Clone, Copy)]
struct DocForms {
    remove: ServerAction<RemoveDocument>,
    remove_form: Form,
    upload_form: Form,
}

/// The consultation's documents: each with a way to remove it, and the upload (a plain
/// multipart form handled by the server, `con_documents` in the server crate; its errors
/// come back through the same flash as every form's, under the id "document").
#[component]
fn Documents(
    cid: i64,
    documents: Vec<super::DocumentLine>,
    limit_mb: u64,
    forms: DocForms,
) -> impl IntoView {
    let i18n = use_i18n();
    let DocForms {
        remove,
        remove_form,
        upload_form,
    } = forms;
    if cid == 0 {
        return view! {
            <section id="documents" aria-labelledby="documents-heading">
                <h2 id="documents-heading">{move || t!(i18n, "org-documents")}</h2>
                <p>{move || t!(i18n, "org-documents-save-first")}</p>
            </section>
        }
        .into_any();
    }
    view! {
        <section id="documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading">{move || t!(i18n, "org-documents")}</h2>
            <p>{move || t!(i18n, "org-documents-lead")}</p>
            <ErrorSummary form=remove_form />
            {if documents.is_empty() {
                view! { <p>{move || t!(i18n, "org-documents-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {documents
                            .into_iter()
                            .map(|d| {
                                let (did, title) = (d.id, d.title.clone());
                                view! {
                                    <li>
                                        <super::pages::DocumentLink cid d />
                                        " "
                                        <ActionForm action=remove attr:class="inline-form">
                                            <input type="hidden" name="consultation_id" value=cid.to_string() />
                                            <input type="hidden" name="document_id" value=did.to_string() />
                                            <button type="submit" class="button button--secondary button--small">
                                                {move || t!(i18n, "org-document-remove", title = title.clone())}
                                            </button>
                                        </ActionForm>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <ErrorSummary form=upload_form />
            <form
                method="post"
                action=format!("/staff/consultations/{cid}/documents")
                enctype="multipart/form-data"
                class="form"
                novalidate
                aria-labelledby="documents-heading"
            >
                <TextField form=upload_form name="doc_title" label=move || t!(i18n, "org-document-title") />
                <div class="field" class:field--error=move || upload_form.error("file").is_some()>
                    <label class="field__label" for="f-file">
                        {move || t!(i18n, "org-document-file")}
                    </label>
                    <p class="field__hint" id="f-file-hint">
                        {move || t!(i18n, "org-document-file-hint", max = (limit_mb as i64))}
                    </p>
                    <FieldError form=upload_form name="file" />
                    <input
                        class="field__file"
                        type="file"
                        id="f-file"
                        name="file"
                        accept=".pdf,.odt,.ods,.docx,.xlsx,.png,.jpg,.jpeg"
                        aria-invalid=move || upload_form.error("file").is_some().then_some("true")
                        aria-describedby=move || {
                            crate::ui::described_by("file", true, upload_form.error("file").is_some())
                        }
                    />
                </div>
                <button type="submit" class="button button--secondary">
                    {move || t!(i18n, "org-document-add")}
                </button>
            </form>
        </section>
    }
        .into_any()
}

/// `/staff/consultations/:id/languages`: the consultation's English and Ukrainian versions,
/// for a draft or a published consultation (a translation changes no date and no rule).
#[component]
pub fn LanguagesPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    });
    let save = ServerAction::<SaveTranslations>::new();
    let form = Form::new("languages", save);
    let data = Resource::new(move || id.get(), load_draft);
    view! {
        <RequireSignIn>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) if d.id != 0 => {
                            let cid = d.id;
                            let pending = save.pending();
                            view! {
                                <PageTitle text=move || t!(i18n, "org-languages") />
                                <PageHeading text=move || t!(i18n, "org-languages") />
                                <p class="lead">
                                    <a href=format!("/staff/consultations/{cid}") lang="pl">
                                        {d.title.clone()}
                                    </a>
                                </p>
                                <p>{move || t!(i18n, "org-languages-lead")}</p>
                                <ErrorSummary form />
                                <ActionForm action=save attr:class="form">
                                    <input
                                        type="hidden"
                                        name="consultation_id"
                                        value=cid.to_string()
                                    />
                                    <Translation form code="en" values=d.en.clone() />
                                    <Translation form code="uk" values=d.uk.clone() />
                                    <crate::ui::Submit
                                        label=move || t!(i18n, "org-languages-save")
                                        pending=pending.into()
                                    />
                                </ActionForm>
                                <p>
                                    <a href=format!(
                                        "/staff/consultations/{cid}",
                                    )>{move || t!(i18n, "org-back")}</a>
                                </p>
                            }
                                .into_any()
                        }
                        Ok(_) => {
                            view! {
                                <LoadFailed
                                    title=move || t!(i18n, "org-languages")
                                    error=crate::platform::Failure::NotFound
                                    back=(
                                        "/staff/consultations".to_string(),
                                        (move || t!(i18n, "org-back")).into(),
                                    )
                                />
                            }
                                .into_any()
                        }
                        Err(e) => {
                            view! {
                                <LoadFailed
                                    title=move || t!(i18n, "org-languages")
                                    error=e
                                    back=(
                                        "/staff/consultations".to_string(),
                                        (move || t!(i18n, "org-back")).into(),
                                    )
                                />
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </RequireSignIn>
    }
}
