//! Pages of remarks: a consultation's remarks (20 a page, by section, in three orders) with
//! the form to write one, one's own remark to edit, and the moderation page (the public log;
//! for clerks also the remarks waiting for a decision).
use super::api::{
    load_answering, load_moderation, load_notices, load_own_remark, load_remarks, load_report,
    remarks_address, AnswerItems, EditRemark, EnterRemark, ModerateRemark, ModerateStatement,
    ReportRemark, SaveReport, SupportRemark, WriteRemark,
};
use super::rules::{
    Channel, HideReason, Moderation, RemarkSort, RemarkState, Verdict, REMARK_MAX_CHARS,
};
use super::{
    AnswerLine, AnsweringView, ModerationView, NoticeKind, RemarkEditView, RemarkLine,
    RemarkStanding, RemarksView, ReportView, WHOLE_DOCUMENT,
};
use crate::forms::FormReply;
use crate::i18n::{use_i18n, I18n};
use crate::t;
use crate::ui::{ErrorSummary, FieldError, Form, LoadFailed, Submit, TextArea};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn param(name: &'static str) -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get(name)
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    })
}

pub fn reason_text(i18n: I18n, r: HideReason) -> String {
    match r {
        HideReason::PersonalData => t!(i18n, "rm-reason-personal-data"),
        HideReason::Offensive => t!(i18n, "rm-reason-offensive"),
        HideReason::OffTopic => t!(i18n, "rm-reason-off-topic"),
        HideReason::Duplicate => t!(i18n, "rm-reason-duplicate"),
    }
}

fn sort_text(i18n: I18n, s: RemarkSort) -> String {
    match s {
        RemarkSort::Newest => t!(i18n, "rm-sort-newest"),
        RemarkSort::Oldest => t!(i18n, "rm-sort-oldest"),
        RemarkSort::MostSupported => t!(i18n, "rm-sort-supported"),
    }
}

fn channel_text(i18n: I18n, c: Channel) -> Option<String> {
    match c {
        Channel::Portal => None,
        Channel::Paper => Some(t!(i18n, "rm-channel-paper")),
        Channel::Post => Some(t!(i18n, "rm-channel-post")),
        Channel::Email => Some(t!(i18n, "rm-channel-email")),
    }
}

fn back_link(i18n: I18n, id: i64) -> (String, TextProp) {
    (
        format!("/consultations/{id}"),
        (move || t!(i18n, "rm-back-consultation")).into(),
    )
}

/// Moves focus, after the list was loaded again in the browser (another page, filter or
/// order, or a remark written, supported or reported), to the remark the address points to,
/// or else to the list's heading. The first load leaves focus to the browser.
fn focus_after_reload() {
    #[cfg(feature = "hydrate")]
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        let doc = document();
        let hash = window().location().hash().unwrap_or_default();
        let target = hash
            .strip_prefix('#')
            .filter(|h| h.starts_with("remark-"))
            .and_then(|h| doc.get_element_by_id(h))
            .or_else(|| doc.get_element_by_id("remarks-heading"));
        if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// How many of a page's actions have succeeded: its data is loaded again after a success
/// only, never after a refusal (which would empty the form the person is correcting).
fn done_count() -> RwSignal<u32> {
    RwSignal::new(0)
}

fn count_done(done: RwSignal<u32>, v: Signal<Option<Result<FormReply, crate::platform::Failure>>>) {
    Effect::new(move |_| {
        if matches!(v.get(), Some(Ok(FormReply::Done { .. }))) {
            done.update(|n| *n += 1);
        }
    });
}

/// `/consultations/:id/remarks`: the remarks, a page at a time, and the form to write one.
#[component]
pub fn RemarksPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = param("id");
    let query = use_query_map();
    let get = move |k: &str| query.read().get(k).unwrap_or_default();
    let write = ServerAction::<WriteRemark>::new();
    let support = ServerAction::<SupportRemark>::new();
    let report = ServerAction::<ReportRemark>::new();
    // Made once, outside the loading boundary: a form that came back after a plain post
    // takes its errors and values from the flash exactly once.
    let forms = (
        Form::new("remark", write),
        Form::new("remark-support", support),
        Form::new("remark-report", report),
    );
    // The list is loaded again after a remark was written, supported or reported, never
    // after a refusal: the form keeps what the resident typed, and focus stays on the errors.
    let done = done_count();
    count_done(done, Signal::derive(move || write.value().get()));
    count_done(done, Signal::derive(move || support.value().get()));
    count_done(done, Signal::derive(move || report.value().get()));
    let data = Resource::new(
        move || {
            (
                id.get(),
                get("section"),
                get("sort"),
                get("page"),
                done.get(),
            )
        },
        |(c, section, sort, page, _)| load_remarks(c, Some(section), Some(sort), page.parse().ok()),
    );
    // The first rendering is the page load; later ones follow the visitor's own actions.
    let loads = StoredValue::new(0u32);
    view! {
        <Transition fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => {
                        let n = loads.get_value();
                        loads.set_value(n + 1);
                        if n > 0 {
                            focus_after_reload();
                        }
                        view! { <Remarks v forms write support report /> }.into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "rm-title")
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
        </Transition>
    }
}

#[component]
fn Remarks(
    v: RemarksView,
    forms: (Form, Form, Form),
    write: ServerAction<WriteRemark>,
    support: ServerAction<SupportRemark>,
    report: ServerAction<ReportRemark>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (form, react_form, report_form) = forms;
    let cid = v.card.id;
    let title = v.card.title.clone();
    let title_lang = v.card.lang.code();
    let page_title = title.clone();
    let (total, page, pages) = (v.total as i64, v.page, v.pages);
    let section = v.section.clone();
    let sort = v.sort;
    let sections = v.sections.clone();
    let before = v.moderation == Moderation::Before;
    let write_part = match v.standing {
        RemarkStanding::CanWrite => {
            let options = sections.clone();
            let chosen = if section.is_empty() {
                WHOLE_DOCUMENT.to_string()
            } else {
                section.clone()
            };
            let chosen = if form.has_flash() {
                form.value("section")
            } else {
                chosen
            };
            let pending = write.pending();
            view! {
                <ErrorSummary form />
                <ActionForm action=write attr:class="form" attr:aria-labelledby="write-heading">
                    <input type="hidden" name="consultation_id" value=cid.to_string() />
                    <div class="field" class:field--error=move || form.error("section").is_some()>
                        <label class="field__label" for="f-section">
                            {move || t!(i18n, "rm-section-label")}
                        </label>
                        <FieldError form name="section" />
                        <select
                            class="field__select"
                            id="f-section"
                            name="section"
                            aria-invalid=move || form.error("section").is_some().then_some("true")
                            aria-describedby=move || {
                                form.error("section").is_some().then_some("f-section-error")
                            }
                        >
                            <option value=WHOLE_DOCUMENT selected=chosen == WHOLE_DOCUMENT>
                                {move || t!(i18n, "rm-on-whole")}
                            </option>
                            {options
                                .into_iter()
                                .map(|(anchor, heading)| {
                                    let sel = anchor == chosen;
                                    view! {
                                        <option value=anchor selected=sel lang=title_lang>
                                            {heading}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <TextArea
                        form
                        name="text"
                        rows=6
                        label=move || t!(i18n, "rm-text-label")
                        hint=move || {
                            if before {
                                t!(i18n, "rm-text-hint-before", max = (REMARK_MAX_CHARS as i64))
                            } else {
                                t!(i18n, "rm-text-hint", max = (REMARK_MAX_CHARS as i64))
                            }
                        }
                    />
                    <Submit label=move || t!(i18n, "rm-send") pending=pending.into() />
                </ActionForm>
            }
            .into_any()
        }
        RemarkStanding::SignInNeeded => {
            let back = crate::forms::urlencode(&format!("/consultations/{cid}/remarks#write"));
            view! {
                <p class="notice">
                    {move || t!(i18n, "rm-sign-in")}" "
                    <a href=format!(
                        "/sign-in?return_to={back}",
                    )>{move || t!(i18n, "nav-sign-in")}</a>
                </p>
            }
            .into_any()
        }
        RemarkStanding::NotOpen => {
            view! { <p class="notice">{move || t!(i18n, "rm-not-open")}</p> }.into_any()
        }
        RemarkStanding::Closed => {
            view! { <p class="notice">{move || t!(i18n, "rm-closed")}</p> }.into_any()
        }
        RemarkStanding::NotOffered => {
            view! { <p class="notice">{move || t!(i18n, "error-remarks-not-offered")}</p> }
                .into_any()
        }
    };
    let filter_sections = sections.clone();
    let section_now = section.clone();
    let more = (page < pages).then(|| remarks_address(cid, &section, sort.code(), page + 1));
    let less = (page > 1).then(|| remarks_address(cid, &section, sort.code(), page - 1));
    let shown = v.remarks.len() as i64;
    view! {
        <crate::ui::PageTitle text=move || {
            format!("{} – {}", t!(i18n, "rm-title"), page_title)
        } />
        <h1 id="main-heading" tabindex="-1">
            {move || t!(i18n, "rm-title")}
        </h1>
        <p class="lead">
            <a href=format!("/consultations/{cid}") lang=title_lang>
                {title}
            </a>
        </p>
        <p>
            {move || {
                if before {
                    t!(i18n, "rm-moderation-before")
                } else {
                    t!(i18n, "rm-moderation-after")
                }
            }}" "
            <a href=format!(
                "/consultations/{cid}/moderation",
            )>
                {move || {
                    if v.staff { t!(i18n, "rm-queue-link") } else { t!(i18n, "rm-log-link") }
                }}
            </a>
        </p>
        <section id="write" aria-labelledby="write-heading" class="write-remark">
            <h2 id="write-heading">{move || t!(i18n, "rm-write-heading")}</h2>
            {write_part}
        </section>
        <section aria-labelledby="remarks-heading" class="remarks">
            <h2 id="remarks-heading" tabindex="-1">
                {move || t!(i18n, "rm-list-heading", total = total)}
            </h2>
            <form
                method="get"
                action=format!("/consultations/{cid}/remarks")
                class="filter"
                aria-label=move || t!(i18n, "rm-filter-label")
            >
                <div class="field">
                    <label class="field__label" for="filter-section">
                        {move || t!(i18n, "rm-filter-section")}
                    </label>
                    <select class="field__select" id="filter-section" name="section">
                        <option value="" selected=section_now.is_empty()>
                            {move || t!(i18n, "rm-filter-all")}
                        </option>
                        <option value=WHOLE_DOCUMENT selected=section_now == WHOLE_DOCUMENT>
                            {move || t!(i18n, "rm-on-whole")}
                        </option>
                        {filter_sections
                            .into_iter()
                            .map(|(anchor, heading)| {
                                let sel = anchor == section_now;
                                view! {
                                    <option value=anchor selected=sel lang=title_lang>
                                        {heading}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label class="field__label" for="filter-sort">
                        {move || t!(i18n, "rm-sort-label")}
                    </label>
                    <select class="field__select" id="filter-sort" name="sort">
                        {RemarkSort::ALL
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option value=s.code() selected=s == sort>
                                        {move || sort_text(i18n, s)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <button type="submit" class="button button--secondary">
                    {move || t!(i18n, "rm-show")}
                </button>
            </form>
            <ErrorSummary form=react_form />
            <ErrorSummary form=report_form />
            {if v.remarks.is_empty() {
                view! { <p>{move || t!(i18n, "rm-none")}</p> }.into_any()
            } else {
                let section_q = section.clone();
                view! {
                    <p>
                        {move || {
                            t!(
                                i18n, "rm-page", page = (i64::from(page)), pages = (i64::from(pages)), shown = shown
                            )
                        }}
                    </p>
                    <ol class="remark-list">
                        {v
                            .remarks
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <RemarkItem
                                        r
                                        cid
                                        section=section_q.clone()
                                        sort
                                        page
                                        support
                                        report
                                    />
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
            {(more.is_some() || less.is_some())
                .then(|| {
                    view! {
                        <nav class="pager" aria-label=move || t!(i18n, "rm-pages-nav")>
                            {less
                                .map(|a| {
                                    view! {
                                        <a href=format!("{a}#remarks-heading") rel="prev">
                                            {move || t!(i18n, "rm-previous")}
                                        </a>
                                    }
                                })}
                            {more
                                .map(|a| {
                                    view! {
                                        <a
                                            href=format!("{a}#remarks-heading")
                                            rel="next"
                                            class="button"
                                            id="more-remarks"
                                        >
                                            {move || t!(i18n, "rm-more")}
                                        </a>
                                    }
                                })}
                        </nav>
                    }
                })}
        </section>
        <p>
            <a href=format!("/consultations/{cid}")>{move || t!(i18n, "rm-back-consultation")}</a>
        </p>
    }
}

/// What the list says instead of a remark's text, or beside it for its author.
fn state_text(i18n: I18n, state: RemarkState, own: bool) -> Option<String> {
    match state {
        RemarkState::Published => None,
        RemarkState::Waiting => Some(t!(i18n, "rm-waiting-own")),
        RemarkState::Held if own => Some(t!(i18n, "rm-held-own")),
        RemarkState::Held => Some(t!(i18n, "rm-held")),
        RemarkState::Hidden(r) => Some(t!(i18n, "rm-hidden", reason = reason_text(i18n, r))),
    }
}

#[component]
fn RemarkItem(
    r: RemarkLine,
    cid: i64,
    section: String,
    sort: RemarkSort,
    page: u32,
    support: ServerAction<SupportRemark>,
    report: ServerAction<ReportRemark>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rid = r.id;
    let when = r.written;
    let channel = r.channel;
    let state = r.state;
    let own = r.own;
    let supports = i64::from(r.supports);
    let hidden_fields = move || {
        view! {
            <input type="hidden" name="remark_id" value=rid.to_string() />
            <input type="hidden" name="section" value=section.clone() />
            <input type="hidden" name="sort" value=sort.code() />
            <input type="hidden" name="page" value=page.to_string() />
        }
    };
    let fields_support = hidden_fields.clone();
    let about = match r.section.clone() {
        Some((anchor, heading)) => view! {
            <a href=format!("/consultations/{cid}#{anchor}") lang="pl">
                {heading}
            </a>
        }
        .into_any(),
        None => view! { <span>{move || t!(i18n, "rm-on-whole")}</span> }.into_any(),
    };
    view! {
        <li id=format!("remark-{rid}") tabindex="-1" class="remark" class:remark--trace=r.text.is_none()>
            <article aria-labelledby=format!("remark-{rid}-h")>
                <h3 id=format!("remark-{rid}-h") class="remark__heading">
                    {move || t!(i18n, "rm-number", id = rid)}
                </h3>
                <p class="remark__meta">
                    {move || t!(i18n, "rm-about")}" "
                    {about}
                    " · "
                    {move || crate::i18n::time::date_time(i18n.lang(), when)}
                    {r.edited.then(|| view! { " · " {move || t!(i18n, "rm-edited")} })}
                    {move || channel_text(i18n, channel).map(|c| format!(" · {c}"))}
                </p>
                {move || {
                    state_text(i18n, state, own).map(|s| view! { <p class="remark__state">{s}</p> })
                }}
                {r
                    .text
                    .clone()
                    .map(|text| {
                        view! {
                            <div class="remark__text" lang="pl">
                                {text
                                    .split("\n\n")
                                    .map(|p| view! { <p>{p.to_string()}</p> })
                                    .collect_view()}
                            </div>
                        }
                    })}
                {r.answer.clone().map(|a| view! { <Answer a /> })}
                <p class="remark__supports">
                    {move || t!(i18n, "rm-supports", count = supports)}
                    {r.supported.then(|| view! { " " {move || t!(i18n, "rm-you-support")} })}
                </p>
                <div class="remark__actions">
                    {r
                        .may_edit
                        .then(|| {
                            view! {
                                <a href=format!("/consultations/{cid}/remarks/{rid}")>
                                    {move || t!(i18n, "rm-edit")}
                                    <span class="visually-hidden">
                                        {move || format!(" ({})", t!(i18n, "rm-number", id = rid))}
                                    </span>
                                </a>
                            }
                        })}
                    {(r.may_support && !r.supported)
                        .then(|| {
                            view! {
                                <ActionForm action=support attr:class="inline-form">
                                    {fields_support()}
                                    <button type="submit" class="button button--small">
                                        {move || t!(i18n, "rm-support")}
                                        <span class="visually-hidden">
                                            {move || format!(" ({})", t!(i18n, "rm-number", id = rid))}
                                        </span>
                                    </button>
                                </ActionForm>
                            }
                        })}
                    {(r.may_report && !r.reported)
                        .then(|| {
                            view! {
                                <ActionForm action=report attr:class="inline-form">
                                    {hidden_fields()}
                                    <button type="submit" class="button button--secondary button--small">
                                        {move || t!(i18n, "rm-report")}
                                        <span class="visually-hidden">
                                            {move || format!(" ({})", t!(i18n, "rm-number", id = rid))}
                                        </span>
                                    </button>
                                </ActionForm>
                            }
                        })}
                    {r.reported.then(|| view! { <span>{move || t!(i18n, "rm-you-reported")}</span> })}
                </div>
            </article>
        </li>
    }
}

/// `/consultations/:id/remarks/:remark`: the author changes their remark's text.
#[component]
pub fn RemarkEditPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = param("id");
    let remark = param("remark");
    let action = ServerAction::<EditRemark>::new();
    let form = Form::new("remark-edit", action);
    let data = Resource::new(
        move || (id.get(), remark.get(), i18n.lang()),
        |(c, r, _)| load_own_remark(c, r),
    );
    view! {
        <crate::ui::RequireSignIn>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(v) => view! { <RemarkEdit v form action /> }.into_any(),
                        Err(e) => {
                            view! {
                                <LoadFailed
                                    title=move || t!(i18n, "rm-edit-title")
                                    error=e
                                    back=back_link(i18n, id.get_untracked())
                                />
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </crate::ui::RequireSignIn>
    }
}

#[component]
fn RemarkEdit(v: RemarkEditView, form: Form, action: ServerAction<EditRemark>) -> impl IntoView {
    let i18n = use_i18n();
    let cid = v.card.id;
    let rid = v.remark.id;
    let title = v.card.title.clone();
    let title_lang = v.card.lang.code();
    let checked_again = v.moderation == Moderation::Before
        || matches!(v.remark.state, RemarkState::Held | RemarkState::Hidden(_));
    let state = v.remark.state;
    let about = v.remark.section.clone().map(|(_, h)| h);
    let pending = action.pending();
    view! {
        <crate::ui::PageTitle text=move || t!(i18n, "rm-edit-title") />
        <h1 id="main-heading" tabindex="-1">
            {move || t!(i18n, "rm-edit-title")}
        </h1>
        <p class="lead">
            <a href=format!("/consultations/{cid}") lang=title_lang>
                {title}
            </a>
        </p>
        <p>
            {move || t!(i18n, "rm-about")}" "
            {match about {
                Some(h) => view! { <span lang=title_lang>{h}</span> }.into_any(),
                None => view! { <span>{move || t!(i18n, "rm-on-whole")}</span> }.into_any(),
            }}
        </p>
        {move || state_text(i18n, state, true).map(|s| view! { <p class="notice">{s}</p> })}
        {if v.remark.may_edit {
            view! {
                <ErrorSummary form />
                <ActionForm action attr:class="form">
                    <input type="hidden" name="remark_id" value=rid.to_string() />
                    <TextArea
                        form
                        name="text"
                        rows=8
                        label=move || t!(i18n, "rm-text-label")
                        hint=move || {
                            if checked_again {
                                t!(i18n, "rm-text-hint-before", max = (REMARK_MAX_CHARS as i64))
                            } else {
                                t!(i18n, "rm-text-hint", max = (REMARK_MAX_CHARS as i64))
                            }
                        }
                        value=v.remark.text.clone().unwrap_or_default()
                        lang="pl"
                    />
                    <Submit label=move || t!(i18n, "rm-edit-save") pending=pending.into() />
                </ActionForm>
            }
                .into_any()
        } else {
            view! { <p class="notice">{move || t!(i18n, "error-remark-not-editable")}</p> }
                .into_any()
        }}
        <p>
            <a href=format!(
                "/consultations/{cid}/remarks#remark-{rid}",
            )>{move || t!(i18n, "rm-back-remarks")}</a>
        </p>
    }
}

/// `/consultations/:id/moderation`: the public moderation log; for clerks first the
/// remarks waiting for a decision, each with the decision to take.
#[component]
pub fn ModerationPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = param("id");
    let action = ServerAction::<ModerateRemark>::new();
    let form = Form::new("moderate", action);
    let statement_action = ServerAction::<ModerateStatement>::new();
    let statement_form = Form::new("moderate-statement", statement_action);
    let done = done_count();
    count_done(done, Signal::derive(move || action.value().get()));
    count_done(done, Signal::derive(move || statement_action.value().get()));
    let data = Resource::new(
        move || (id.get(), done.get(), i18n.lang()),
        |(c, _, _)| load_moderation(c),
    );
    view! {
        <Transition fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => {
                        view! { <ModerationBody v form action statement_form statement_action /> }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "mod-title")
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
        </Transition>
    }
}

#[component]
fn ModerationBody(
    v: ModerationView,
    form: Form,
    action: ServerAction<ModerateRemark>,
    statement_form: Form,
    statement_action: ServerAction<ModerateStatement>,
) -> impl IntoView {
    let i18n = use_i18n();
    let cid = v.card.id;
    let title = v.card.title.clone();
    let title_lang = v.card.lang.code();
    let page_title = title.clone();
    let staff = v.staff;
    view! {
        <crate::ui::PageTitle text=move || {
            format!("{} – {}", t!(i18n, "mod-title"), page_title)
        } />
        <h1 id="main-heading" tabindex="-1">
            {move || t!(i18n, "mod-title")}
        </h1>
        <p class="lead">
            <a href=format!("/consultations/{cid}") lang=title_lang>
                {title}
            </a>
        </p>
        <p>{move || t!(i18n, "mod-lead")}</p>
        {staff
            .then(|| {
                let queue = v.queue.clone();
                view! {
                    <section aria-labelledby="queue-heading">
                        <p>
                            <a href=format!(
                                "/consultations/{cid}/answers",
                            )>{move || t!(i18n, "ans-title")}</a>
                        </p>
                        <h2 id="queue-heading">{move || t!(i18n, "mod-queue-heading")}</h2>
                        <ErrorSummary form />
                        {if queue.is_empty() {
                            view! { <p>{move || t!(i18n, "mod-queue-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ol class="remark-list">
                                    {queue
                                        .into_iter()
                                        .map(|q| {
                                            let rid = q.id;
                                            let reports = i64::from(q.reports);
                                            let held = q.held;
                                            let when = q.written;
                                            let channel = q.channel;
                                            view! {
                                                <li class="remark" id=format!("queued-{rid}")>
                                                    <h3 class="remark__heading">
                                                        {move || t!(i18n, "rm-number", id = rid)}
                                                    </h3>
                                                    <p class="remark__meta">
                                                        {move || {
                                                            if held {
                                                                t!(i18n, "mod-held-by", count = reports)
                                                            } else {
                                                                t!(i18n, "mod-new")
                                                            }
                                                        }}" · "
                                                        {move || crate::i18n::time::date_time(i18n.lang(), when)}
                                                        {move || {
                                                            channel_text(i18n, channel).map(|c| format!(" · {c}"))
                                                        }} {q.section.clone().map(|s| format!(" · #{s}"))}
                                                    </p>
                                                    <div class="remark__text" lang="pl">
                                                        <p>{q.text.clone()}</p>
                                                    </div>
                                                    <ActionForm action attr:class="inline-form">
                                                        <input
                                                            type="hidden"
                                                            name="remark_id"
                                                            value=rid.to_string()
                                                        />
                                                        <Decision
                                                            id=format!("decision-{rid}")
                                                            what=Signal::derive(move || t!(i18n, "rm-number", id = rid))
                                                        />
                                                    </ActionForm>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            }
                                .into_any()
                        }}
                    </section>
                }
            })}
        {(staff && !v.statements.is_empty())
            .then(|| {
                let queued = v.statements.clone();
                view! {
                    <section aria-labelledby="statements-heading" id="statements">
                        <h2 id="statements-heading">
                            {move || t!(i18n, "mod-statements-heading")}
                        </h2>
                        <ErrorSummary form=statement_form />
                        <ol class="remark-list">
                            {queued
                                .into_iter()
                                .map(|(sid, text)| {
                                    view! {
                                        <li class="remark" id=format!("queued-statement-{sid}")>
                                            <h3 class="remark__heading">
                                                {move || t!(i18n, "mod-statement-number", id = sid)}
                                            </h3>
                                            <div class="remark__text" lang="pl">
                                                <p>{text}</p>
                                            </div>
                                            <ActionForm
                                                action=statement_action
                                                attr:class="inline-form"
                                            >
                                                <input
                                                    type="hidden"
                                                    name="consultation_id"
                                                    value=cid.to_string()
                                                />
                                                <input
                                                    type="hidden"
                                                    name="statement_id"
                                                    value=sid.to_string()
                                                />
                                                <Decision
                                                    id=format!("statement-decision-{sid}")
                                                    what=Signal::derive(move || {
                                                        t!(i18n, "mod-statement-number", id = sid)
                                                    })
                                                />
                                            </ActionForm>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    </section>
                }
            })}
        <section aria-labelledby="log-heading">
            <h2 id="log-heading">{move || t!(i18n, "mod-log-heading")}</h2>
            {if v.log.is_empty() {
                view! { <p>{move || t!(i18n, "mod-log-none")}</p> }.into_any()
            } else {
                view! {
                    <div
                        class="table-wrap"
                        role="region"
                        tabindex="0"
                        aria-labelledby="log-heading"
                    >
                        <table class="table">
                            <thead>
                                <tr>
                                    <th scope="col">{move || t!(i18n, "mod-col-when")}</th>
                                    <th scope="col">{move || t!(i18n, "mod-col-remark")}</th>
                                    <th scope="col">{move || t!(i18n, "mod-col-decision")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {v
                                    .log
                                    .into_iter()
                                    .map(|l| {
                                        let at = l.at;
                                        let state = l.state;
                                        let remark = l.remark;
                                        let statement = l.statement;
                                        view! {
                                            <tr>
                                                <td>
                                                    {move || crate::i18n::time::date_time(i18n.lang(), at)}
                                                </td>
                                                <td>
                                                    {move || {
                                                        match (remark, statement) {
                                                            (Some(id), _) => t!(i18n, "rm-number", id = id),
                                                            (None, Some(id)) => {
                                                                t!(i18n, "mod-statement-number", id = id)
                                                            }
                                                            _ => String::new(),
                                                        }
                                                    }}
                                                </td>
                                                <td>
                                                    {move || match state {
                                                        RemarkState::Published => t!(i18n, "mod-log-published"),
                                                        RemarkState::Held => t!(i18n, "mod-log-held"),
                                                        RemarkState::Hidden(r) => {
                                                            t!(i18n, "mod-log-hidden", reason = reason_text(i18n, r))
                                                        }
                                                        RemarkState::Waiting => t!(i18n, "mod-log-waiting"),
                                                    }}
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
            }}
        </section>
        <p>
            <a href=format!(
                "/consultations/{cid}/remarks",
            )>{move || t!(i18n, "rm-back-remarks")}</a>
        </p>
    }
}

/// A clerk's decision on a remark or a statement: publish, or hide with one of the reasons;
/// `what` names the item for screen readers (several such controls share a page).
#[component]
fn Decision(id: String, what: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="field__label" for=id.clone()>
            {move || t!(i18n, "mod-decision-label")}
            <span class="visually-hidden">{move || format!(" ({})", what.get())}</span>
        </label>
        <select class="field__select" id=id name="decision">
            <option value="publish">{move || t!(i18n, "mod-publish")}</option>
            {HideReason::ALL
                .into_iter()
                .map(|r| {
                    view! {
                        <option value=r
                            .code()>
                            {move || t!(i18n, "mod-hide", reason = reason_text(i18n, r))}
                        </option>
                    }
                })
                .collect_view()}
        </select>
        <button type="submit" class="button">
            {move || t!(i18n, "mod-decide")}
        </button>
    }
}

pub fn verdict_text(i18n: I18n, v: Verdict) -> String {
    match v {
        Verdict::Accepted => t!(i18n, "ans-accepted"),
        Verdict::PartlyAccepted => t!(i18n, "ans-partly-accepted"),
        Verdict::NotAccepted => t!(i18n, "ans-not-accepted"),
        Verdict::NotApplicable => t!(i18n, "ans-not-applicable"),
        Verdict::AlreadyCovered => t!(i18n, "ans-already-covered"),
    }
}

/// The city's answer under a remark or a statement.
#[component]
pub fn Answer(a: AnswerLine) -> impl IntoView {
    let i18n = use_i18n();
    let verdict = a.verdict;
    view! {
        <div class="answer">
            <p class="answer__verdict">
                <strong>{move || t!(i18n, "ans-heading")}</strong>
                " "
                {move || verdict_text(i18n, verdict)}
            </p>
            <p class="answer__text" lang="pl">
                {a.justification}
            </p>
        </div>
    }
}

/// `/consultations/:id/answers` (clerks): one answer with its justification to the remarks
/// and statements picked, and the final report written and published.
#[component]
pub fn AnswersPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = param("id");
    let answer = ServerAction::<AnswerItems>::new();
    let report = ServerAction::<SaveReport>::new();
    let enter = ServerAction::<EnterRemark>::new();
    let forms = (
        Form::new("answer", answer),
        Form::new("report", report),
        Form::new("paper", enter),
    );
    let done = done_count();
    count_done(done, Signal::derive(move || answer.value().get()));
    count_done(done, Signal::derive(move || report.value().get()));
    count_done(done, Signal::derive(move || enter.value().get()));
    let data = Resource::new(move || (id.get(), done.get()), |(c, _)| load_answering(c));
    view! {
        <Transition fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! { <Answering v forms answer report enter /> }.into_any(),
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "ans-title")
                                error=e
                                back=back_link(i18n, id.get_untracked())
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn Answering(
    v: AnsweringView,
    forms: (Form, Form, Form),
    answer: ServerAction<AnswerItems>,
    report: ServerAction<SaveReport>,
    enter: ServerAction<EnterRemark>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (form, report_form, paper_form) = forms;
    let cid = v.card.id;
    let paper = v.paper_open.then(|| {
        let sections = v.sections.clone();
        let chosen_channel = paper_form.value("channel");
        let chosen_section = paper_form.value("section");
        let pending = enter.pending();
        view! {
            <section id="paper" aria-labelledby="paper-heading">
                <h2 id="paper-heading">{move || t!(i18n, "paper-heading")}</h2>
                <p>{move || t!(i18n, "paper-lead")}</p>
                <ErrorSummary form=paper_form />
                <ActionForm action=enter attr:class="form">
                    <input type="hidden" name="consultation_id" value=cid.to_string() />
                    <div
                        class="field"
                        class:field--error=move || paper_form.error("channel").is_some()
                    >
                        <label class="field__label" for="f-channel">
                            {move || t!(i18n, "paper-channel")}
                        </label>
                        <FieldError form=paper_form name="channel" />
                        <select
                            class="field__select"
                            id="f-channel"
                            name="channel"
                            aria-invalid=move || paper_form.error("channel").is_some().then_some("true")
                            aria-describedby=move || {
                                paper_form.error("channel").is_some().then_some("f-channel-error")
                            }
                        >
                            <option value="" selected=chosen_channel.is_empty()>
                                {move || t!(i18n, "ans-choose")}
                            </option>
                            {[Channel::Paper, Channel::Post, Channel::Email]
                                .into_iter()
                                .map(|c| {
                                    view! {
                                        <option value=c.code() selected=chosen_channel == c.code()>
                                            {move || channel_text(i18n, c).unwrap_or_default()}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <div
                        class="field"
                        class:field--error=move || paper_form.error("section").is_some()
                    >
                        <label class="field__label" for="f-section">
                            {move || t!(i18n, "rm-section-label")}
                        </label>
                        <FieldError form=paper_form name="section" />
                        <select class="field__select" id="f-section" name="section">
                            <option value=WHOLE_DOCUMENT>{move || t!(i18n, "rm-on-whole")}</option>
                            {sections
                                .into_iter()
                                .map(|(anchor, heading)| {
                                    let sel = anchor == chosen_section;
                                    view! {
                                        <option value=anchor selected=sel lang="pl">
                                            {heading}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <TextArea
                        form=paper_form
                        name="text"
                        rows=6
                        lang="pl"
                        label=move || t!(i18n, "paper-text")
                        hint=move || t!(i18n, "paper-text-hint")
                    />
                    <Submit label=move || t!(i18n, "paper-enter") pending=pending.into() />
                </ActionForm>
            </section>
        }
    });
    let cid = v.card.id;
    let title = v.card.title.clone();
    let title_lang = v.card.lang.code();
    let left = (v.remarks.len() + v.statements.len()) as i64;
    let chosen_verdict = form.value("verdict");
    let picked = move |key: &str| form.value(&format!("picked[{key}]")) == "on";
    let pending = answer.pending();
    let report_pending = report.pending();
    view! {
        <crate::ui::PageTitle text=move || t!(i18n, "ans-title") />
        <h1 id="main-heading" tabindex="-1">
            {move || t!(i18n, "ans-title")}
        </h1>
        <p class="lead">
            <a href=format!("/consultations/{cid}") lang=title_lang>
                {title}
            </a>
        </p>
        <section aria-labelledby="to-answer-heading">
            <h2 id="to-answer-heading">{move || t!(i18n, "ans-left", count = left)}</h2>
            <ErrorSummary form />
            {(left > 0)
                .then(|| {
                    view! {
                        <ActionForm action=answer attr:class="form">
                            <input type="hidden" name="consultation_id" value=cid.to_string() />
                            <fieldset
                                class="fieldset"
                                id="f-picked"
                                tabindex="-1"
                                aria-describedby=move || {
                                    form.error("picked").is_some().then_some("f-picked-error")
                                }
                            >
                                <legend class="fieldset__legend">
                                    {move || t!(i18n, "ans-pick")}
                                </legend>
                                <FieldError form name="picked" />
                                <div class="checkboxes">
                                    {v
                                        .remarks
                                        .iter()
                                        .map(|q| {
                                            let key = format!("r{}", q.id);
                                            let rid = q.id;
                                            let checked = picked(&key);
                                            view! {
                                                <div class="checkboxes__item">
                                                    <input
                                                        class="checkboxes__input"
                                                        type="checkbox"
                                                        id=format!("pick-{key}")
                                                        name=format!("picked[{key}]")
                                                        checked=checked
                                                    />
                                                    <label class="checkboxes__label" for=format!("pick-{key}")>
                                                        <strong>{move || t!(i18n, "rm-number", id = rid)}</strong>
                                                        {q.section.clone().map(|s| format!(" (#{s})"))}
                                                        ": "
                                                        <span lang="pl">{q.text.clone()}</span>
                                                    </label>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                    {v
                                        .statements
                                        .iter()
                                        .map(|(sid, text)| {
                                            let key = format!("s{sid}");
                                            let checked = picked(&key);
                                            view! {
                                                <div class="checkboxes__item">
                                                    <input
                                                        class="checkboxes__input"
                                                        type="checkbox"
                                                        id=format!("pick-{key}")
                                                        name=format!("picked[{key}]")
                                                        checked=checked
                                                    />
                                                    <label class="checkboxes__label" for=format!("pick-{key}")>
                                                        <strong>{move || t!(i18n, "ans-statement")}</strong>
                                                        ": "
                                                        <span lang="pl">{text.clone()}</span>
                                                    </label>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </div>
                            </fieldset>
                            <div class="field" class:field--error=move || form.error("verdict").is_some()>
                                <label class="field__label" for="f-verdict">
                                    {move || t!(i18n, "ans-verdict")}
                                </label>
                                <FieldError form name="verdict" />
                                <select
                                    class="field__select"
                                    id="f-verdict"
                                    name="verdict"
                                    aria-invalid=move || form.error("verdict").is_some().then_some("true")
                                    aria-describedby=move || {
                                        form.error("verdict").is_some().then_some("f-verdict-error")
                                    }
                                >
                                    <option value="" selected=chosen_verdict.is_empty()>
                                        {move || t!(i18n, "ans-choose")}
                                    </option>
                                    {Verdict::ALL
                                        .into_iter()
                                        .map(|x| {
                                            view! {
                                                <option value=x.code() selected=chosen_verdict == x.code()>
                                                    {move || verdict_text(i18n, x)}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                            <TextArea
                                form
                                name="justification"
                                rows=5
                                lang="pl"
                                label=move || t!(i18n, "ans-justification")
                                hint=move || t!(i18n, "ans-justification-hint")
                            />
                            <Submit label=move || t!(i18n, "ans-give") pending=pending.into() />
                        </ActionForm>
                    }
                })}
        </section>
        {paper}
        <section id="report" aria-labelledby="report-heading">
            <h2 id="report-heading">{move || t!(i18n, "rep-title")}</h2>
            {if v.report_published {
                view! {
                    <p>
                        {move || t!(i18n, "rep-published-already")}" "
                        <a href=format!(
                            "/consultations/{cid}/report",
                        )>{move || t!(i18n, "rep-read")}</a>
                    </p>
                }
                    .into_any()
            } else {
                let (summary, changes) = (v.summary.clone(), v.changes.clone());
                view! {
                    <ErrorSummary form=report_form />
                    <ActionForm action=report attr:class="form">
                        <input type="hidden" name="consultation_id" value=cid.to_string() />
                        <TextArea
                            form=report_form
                            name="summary"
                            rows=8
                            lang="pl"
                            label=move || t!(i18n, "rep-summary")
                            hint=move || t!(i18n, "rep-summary-hint")
                            value=summary
                        />
                        <TextArea
                            form=report_form
                            name="changes"
                            rows=6
                            lang="pl"
                            label=move || t!(i18n, "rep-changes")
                            value=changes
                        />
                        <FieldError form=report_form name="report" />
                        <div class="button-row">
                            <button
                                type="submit"
                                name="publish"
                                value="no"
                                class="button button--secondary"
                                aria-disabled=move || report_pending.get().then_some("true")
                            >
                                {move || t!(i18n, "rep-save")}
                            </button>
                            <button
                                type="submit"
                                name="publish"
                                value="yes"
                                class="button"
                                id="f-report"
                                aria-disabled=move || report_pending.get().then_some("true")
                            >
                                {move || t!(i18n, "rep-publish")}
                            </button>
                        </div>
                    </ActionForm>
                }
                    .into_any()
            }}
        </section>
    }
}

/// `/consultations/:id/report`: the published final report, readable and printable.
#[component]
pub fn ReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = param("id");
    let data = Resource::new(move || (id.get(), i18n.lang()), |(c, _)| load_report(c));
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => view! { <Report v /> }.into_any(),
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "rep-title")
                                error=e
                                back=back_link(i18n, id.get_untracked())
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
fn Report(v: ReportView) -> impl IntoView {
    let i18n = use_i18n();
    let cid = v.card.id;
    let title = v.card.title.clone();
    let title_lang = v.card.lang.code();
    let page_title = title.clone();
    let published = v.published;
    let paragraphs = |text: String| {
        text.split("\n\n")
            .map(|p| view! { <p>{p.to_string()}</p> })
            .collect_view()
    };
    let (participants, votes) = (v.map_participants as i64, v.map_votes as i64);
    let letter = |g: usize| char::from(b'A' + (g.min(25) as u8)).to_string();
    view! {
        <crate::ui::PageTitle text=move || {
            format!("{} – {}", t!(i18n, "rep-title"), page_title)
        } />
        <h1 id="main-heading" tabindex="-1">
            {move || t!(i18n, "rep-title")}
        </h1>
        <p class="lead">
            <a href=format!("/consultations/{cid}") lang=title_lang>
                {title}
            </a>
        </p>
        <ul class="facts">
            {published
                .map(|p| {
                    view! {
                        <li>
                            {move || {
                                t!(
                                    i18n, "rep-published", date = crate::i18n::time::date(i18n.lang(), p)
                                )
                            }}
                        </li>
                    }
                })}
            <li>
                {move || t!(i18n, "con-department")}": "
                <span lang="pl">{v.department.clone()}</span>
            </li>
        </ul>
        <h2>{move || t!(i18n, "rep-summary")}</h2>
        <div class="prose" lang="pl">
            {paragraphs(v.summary.clone())}
        </div>
        <h2>{move || t!(i18n, "rep-asked")}</h2>
        <p lang=title_lang>{v.card.summary.clone()}</p>
        <ul lang=title_lang>
            {v.sections.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
        </ul>
        <h2 id="participation-heading">{move || t!(i18n, "rep-participation")}</h2>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="participation-heading">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{move || t!(i18n, "rep-col-form")}</th>
                        <th scope="col" class="num">
                            {move || t!(i18n, "rep-col-count")}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {v
                        .channels
                        .into_iter()
                        .map(|(c, n)| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        {move || match c {
                                            Channel::Portal => t!(i18n, "rep-remarks-portal"),
                                            Channel::Paper => t!(i18n, "rep-remarks-paper"),
                                            Channel::Post => t!(i18n, "rep-remarks-post"),
                                            Channel::Email => t!(i18n, "rep-remarks-email"),
                                        }}
                                    </th>
                                    <td class="num">{n}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                    {(participants > 0)
                        .then(|| {
                            view! {
                                <tr>
                                    <th scope="row">{move || t!(i18n, "rep-map-participants")}</th>
                                    <td class="num">{participants}</td>
                                </tr>
                                <tr>
                                    <th scope="row">{move || t!(i18n, "rep-map-votes")}</th>
                                    <td class="num">{votes}</td>
                                </tr>
                            }
                        })}
                    {v
                        .survey_responses
                        .map(|n| {
                            view! {
                                <tr>
                                    <th scope="row">{move || t!(i18n, "rep-survey-responses")}</th>
                                    <td class="num">{n}</td>
                                </tr>
                            }
                        })}
                    {v
                        .attendance
                        .iter()
                        .map(|(title, n)| {
                            let title = title.clone();
                            let n = *n;
                            view! {
                                <tr>
                                    <th scope="row">
                                        {move || t!(i18n, "rep-meeting-attended")} " "
                                        <span lang="pl">{title}</span>
                                    </th>
                                    <td class="num">{n}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        {(!v.groups.is_empty())
            .then(|| {
                view! {
                    <h2>{move || t!(i18n, "op-groups-heading")}</h2>
                    <ul>
                        {v
                            .groups
                            .into_iter()
                            .map(|g| {
                                let name = letter(g.id);
                                let size = g.size as i64;
                                view! {
                                    <li>
                                        {move || {
                                            t!(i18n, "op-group", name = name.clone(), size = size)
                                        }}
                                        <ul lang="pl">
                                            {g
                                                .representative
                                                .into_iter()
                                                .map(|r| view! { <li>{r.text}</li> })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
        <h2>{move || t!(i18n, "rep-remarks")}</h2>
        <ol class="remark-list">
            {v
                .remarks
                .into_iter()
                .map(|r| {
                    let rid = r.id;
                    let state = r.state;
                    let channel = r.channel;
                    let supports = i64::from(r.supports);
                    view! {
                        <li class="remark" id=format!("remark-{rid}")>
                            <h3 class="remark__heading">
                                {move || t!(i18n, "rm-number", id = rid)}
                            </h3>
                            <p class="remark__meta">
                                {move || t!(i18n, "rm-about")}" "
                                {match r.section.clone() {
                                    Some(h) => view! { <span lang="pl">{h}</span> }.into_any(),
                                    None => {
                                        view! { <span>{move || t!(i18n, "rm-on-whole")}</span> }
                                            .into_any()
                                    }
                                }} {move || channel_text(i18n, channel).map(|c| format!(" · {c}"))}
                                " · " {move || t!(i18n, "rm-supports", count = supports)}
                            </p>
                            {move || {
                                state_text(i18n, state, false)
                                    .map(|s| view! { <p class="remark__state">{s}</p> })
                            }}
                            {r
                                .text
                                .clone()
                                .map(|t| {
                                    view! {
                                        <div class="remark__text" lang="pl">
                                            <p>{t}</p>
                                        </div>
                                    }
                                })}
                            {r.answer.clone().map(|a| view! { <Answer a /> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        {(!v.statements.is_empty())
            .then(|| {
                view! {
                    <h2>{move || t!(i18n, "rep-statements")}</h2>
                    <ol class="remark-list">
                        {v
                            .statements
                            .into_iter()
                            .map(|(text, a)| {
                                view! {
                                    <li class="remark">
                                        <div class="remark__text" lang="pl">
                                            <p>{text}</p>
                                        </div>
                                        {a.map(|a| view! { <Answer a /> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
            })}
        <h2>{move || t!(i18n, "rep-changes")}</h2>
        <div class="prose" lang="pl">
            {paragraphs(v.changes.clone())}
        </div>
        <h2>{move || t!(i18n, "op-data-heading")}</h2>
        <ul class="no-print">
            <li>
                <a href=format!("/consultations/{cid}/report/remarks.csv") download rel="external">
                    {move || t!(i18n, "rep-csv")}
                </a>
            </li>
            <li>
                <a href=format!("/consultations/{cid}/report/report.json") download rel="external">
                    {move || t!(i18n, "rep-json")}
                </a>
            </li>
        </ul>
    }
}

/// `/consultations/notifications`: what the portal told the resident about their remarks.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| load_notices());
    view! {
        <crate::ui::RequireSignIn>
            <crate::ui::PageTitle text=move || t!(i18n, "ntf-title") />
            <crate::ui::PageHeading text=move || t!(i18n, "ntf-title") />
            <p>
                <a href="/consultations/following">{move || t!(i18n, "fol-link")}</a>
            </p>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) if list.is_empty() => {
                            view! { <p>{move || t!(i18n, "ntf-none")}</p> }.into_any()
                        }
                        Ok(list) => {
                            view! {
                                <ol class="remark-list">
                                    {list
                                        .into_iter()
                                        .map(|n| {
                                            let at = n.at;
                                            let kind = n.kind.clone();
                                            let link = match kind {
                                                NoticeKind::SeatFreed(..) => {
                                                    format!("/consultations/{}/meetings", n.consultation)
                                                }
                                                NoticeKind::ReportPublished => {
                                                    format!("/consultations/{}/report", n.consultation)
                                                }
                                                NoticeKind::StatementPublished(..)
                                                | NoticeKind::StatementHidden(..) => {
                                                    format!("/consultations/{}/opinions", n.consultation)
                                                }
                                                NoticeKind::Opened | NoticeKind::ClosingSoon => {
                                                    format!("/consultations/{}", n.consultation)
                                                }
                                                _ => {
                                                    format!(
                                                        "/consultations/{}/remarks#remark-{}",
                                                        n.consultation,
                                                        n.remark.unwrap_or_default(),
                                                    )
                                                }
                                            };
                                            let id = n.remark.unwrap_or_default();
                                            view! {
                                                <li class="remark">
                                                    <p class="remark__meta">
                                                        {move || crate::i18n::time::date_time(i18n.lang(), at)}
                                                        {n
                                                            .new
                                                            .then(|| {
                                                                view! {
                                                                    " · "
                                                                    <strong>{move || t!(i18n, "ntf-new")}</strong>
                                                                }
                                                            })}
                                                    </p>
                                                    <p>
                                                        {move || match kind.clone() {
                                                            NoticeKind::RemarkPublished => {
                                                                t!(i18n, "ntf-published", id = id)
                                                            }
                                                            NoticeKind::RemarkHeld => t!(i18n, "ntf-held", id = id),
                                                            NoticeKind::RemarkHidden(r) => {
                                                                t!(
                                                                    i18n, "ntf-hidden", id = id, reason = reason_text(i18n, r)
                                                                )
                                                            }
                                                            NoticeKind::RemarkAnswered(v) => {
                                                                t!(
                                                                    i18n, "ntf-answered", id = id, verdict = verdict_text(i18n, v)
                                                                )
                                                            }
                                                            NoticeKind::StatementPublished(text) => {
                                                                t!(i18n, "ntf-statement-published", text = text)
                                                            }
                                                            NoticeKind::StatementHidden(text, r) => {
                                                                t!(
                                                                    i18n, "ntf-statement-hidden", text = text, reason = reason_text(i18n, r)
                                                                )
                                                            }
                                                            NoticeKind::Opened => t!(i18n, "news-opened"),
                                                            NoticeKind::ClosingSoon => t!(i18n, "news-closing-soon"),
                                                            NoticeKind::ReportPublished => {
                                                                t!(i18n, "news-report-published")
                                                            }
                                                            NoticeKind::SeatFreed(title, when) => {
                                                                t!(
                                                                    i18n, "ntf-seat-freed", title = title, when = crate::i18n::time::date_time(i18n.lang(), when)
                                                                )
                                                            }
                                                        }}
                                                    </p>
                                                    <p>
                                                        <a href=link lang="pl">
                                                            {n.title.clone()}
                                                        </a>
                                                    </p>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
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
        </crate::ui::RequireSignIn>
    }
}
