//! Pages of meetings, workshops and expert duty hours: residents register (a seat or a place
//! on the waiting list) and book a slot; organisers plan them, read the registrants and
//! enter how many came.
use super::meeting_api::{
    load_meeting_desk, load_meetings, AddDuty, AddMeeting, BookSlot, CancelBooking,
    CancelRegistration, RegisterMeeting, SaveAttendance,
};
use super::rules::{DutyMode, Form as Way, Place, QUESTION_MAX};
use super::{MeetingDeskView, MeetingLine, MeetingsView, SlotLine};
use crate::forms::FormReply;
use crate::i18n::{use_i18n, I18n};
use crate::t;
use crate::ui::{
    Checkbox, ErrorSummary, FieldError, Form, LoadFailed, SelectField, Submit, TextArea, TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

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

/// Reloads a page's data after an action succeeded, never after a refusal (the form keeps
/// what was typed).
fn reload_on_done(
    done: RwSignal<u32>,
    v: Signal<Option<Result<FormReply, crate::platform::Failure>>>,
) {
    Effect::new(move |_| {
        if matches!(v.get(), Some(Ok(FormReply::Done { .. }))) {
            done.update(|n| *n += 1);
        }
    });
}

fn when_text(i18n: I18n, m: &MeetingLine) -> String {
    format!(
        "{} – {}",
        crate::i18n::time::date_time(i18n.lang(), m.starts),
        m.ends.clock()
    )
}

fn slot_when(i18n: I18n, s: &SlotLine) -> String {
    format!(
        "{} – {}",
        crate::i18n::time::date_time(i18n.lang(), s.starts),
        s.ends.clock()
    )
}

fn kind_text(i18n: I18n, k: Way) -> String {
    if k == Way::Workshop {
        t!(i18n, "mtg-kind-workshop")
    } else {
        t!(i18n, "mtg-kind-meeting")
    }
}

fn mode_text(i18n: I18n, s: &SlotLine) -> String {
    match s.mode {
        DutyMode::Phone => t!(i18n, "duty-by-phone"),
        DutyMode::InPerson => t!(i18n, "duty-in-person", place = s.place.clone()),
    }
}

fn place_text(i18n: I18n, p: Place) -> String {
    match p {
        Place::Seat => t!(i18n, "mtg-place-seat"),
        Place::Waiting(n) => t!(i18n, "mtg-place-waiting", place = (i64::from(n))),
    }
}

fn access_text(i18n: I18n, i: u8) -> String {
    match i {
        0 => t!(i18n, "mtg-step-free"),
        1 => t!(i18n, "mtg-lift"),
        2 => t!(i18n, "mtg-induction-loop"),
        _ => t!(i18n, "mtg-sign-language"),
    }
}

fn desk_place_text(i18n: I18n, p: Place) -> String {
    match p {
        Place::Seat => t!(i18n, "desk-place-seat"),
        Place::Waiting(n) => t!(i18n, "desk-place-waiting", place = (i64::from(n))),
    }
}

/// Where a meeting is, how accessible, and how full: shared by both pages.
#[component]
fn MeetingFacts(m: MeetingLine) -> impl IntoView {
    let i18n = use_i18n();
    let access: Vec<u8> = [m.step_free, m.lift, m.induction_loop, m.sign_language]
        .into_iter()
        .enumerate()
        .filter_map(|(i, on)| on.then_some(i as u8))
        .collect();
    let seats = i64::from(m.seats);
    let taken = i64::from(m.registered.min(m.seats));
    let waiting = i64::from(m.registered.saturating_sub(m.seats));
    let m2 = m.clone();
    view! {
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt>{move || t!(i18n, "mtg-when")}</dt>
                <dd>{move || when_text(i18n, &m2)}</dd>
            </div>
            {(!m.place.is_empty())
                .then(|| {
                    view! {
                        <div class="summary-list__row">
                            <dt>{move || t!(i18n, "mtg-where")}</dt>
                            <dd lang="pl">{m.place.clone()}</dd>
                        </div>
                    }
                })}
            {(!m.online_url.is_empty())
                .then(|| {
                    view! {
                        <div class="summary-list__row">
                            <dt>{move || t!(i18n, "mtg-online")}</dt>
                            <dd>
                                <a href=m.online_url.clone() rel="noopener noreferrer">
                                    {m.online_url.clone()}
                                </a>
                            </dd>
                        </div>
                    }
                })}
            <div class="summary-list__row">
                <dt>{move || t!(i18n, "mtg-access")}</dt>
                <dd>
                    {if access.is_empty() {
                        view! { {move || t!(i18n, "mtg-access-none")} }.into_any()
                    } else {
                        view! {
                            <ul class="plain-list">
                                {access
                                    .into_iter()
                                    .map(|i| view! { <li>{move || access_text(i18n, i)}</li> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }}
                </dd>
            </div>
            <div class="summary-list__row">
                <dt>{move || t!(i18n, "mtg-seats")}</dt>
                <dd>
                    {move || {
                        t!(i18n, "mtg-seats-text", seats = seats, taken = taken, waiting = waiting)
                    }}
                </dd>
            </div>
        </dl>
    }
}

/// `/consultations/:id/meetings`: meetings and workshops with registration, and expert duty
/// hours to book.
#[component]
pub fn MeetingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = param("id");
    let register = ServerAction::<RegisterMeeting>::new();
    let unregister = ServerAction::<CancelRegistration>::new();
    let book = ServerAction::<BookSlot>::new();
    let unbook = ServerAction::<CancelBooking>::new();
    let forms = (
        Form::new("register", register),
        Form::new("unregister", unregister),
        Form::new("book", book),
        Form::new("unbook", unbook),
    );
    let done = RwSignal::new(0u32);
    reload_on_done(done, Signal::derive(move || register.value().get()));
    reload_on_done(done, Signal::derive(move || unregister.value().get()));
    reload_on_done(done, Signal::derive(move || book.value().get()));
    reload_on_done(done, Signal::derive(move || unbook.value().get()));
    let data = Resource::new(
        move || (id.get(), done.get(), i18n.lang()),
        |(c, _, _)| load_meetings(c),
    );
    view! {
        <Transition fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => {
                        view! { <Meetings v forms register unregister book unbook /> }.into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "mtg-title")
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
fn Meetings(
    v: MeetingsView,
    forms: (Form, Form, Form, Form),
    register: ServerAction<RegisterMeeting>,
    unregister: ServerAction<CancelRegistration>,
    book: ServerAction<BookSlot>,
    unbook: ServerAction<CancelBooking>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (register_form, unregister_form, book_form, unbook_form) = forms;
    let cid = v.card.id;
    let title = v.card.title.clone();
    let title_lang = v.card.lang.code();
    let page_title = title.clone();
    let signed_in = v.signed_in;
    let sign_in = crate::forms::urlencode(&format!("/consultations/{cid}/meetings"));
    let sign_in2 = sign_in.clone();
    let meetings = v.meetings.clone();
    let slots = v.slots.clone();
    let has_booking = slots.iter().any(|s| s.mine);
    let free: Vec<SlotLine> = slots
        .iter()
        .filter(|s| s.free && !s.past)
        .cloned()
        .collect();
    view! {
        <crate::ui::PageTitle text=move || {
            format!("{} – {}", t!(i18n, "mtg-title"), page_title)
        } />
        <h1 id="main-heading" tabindex="-1">
            {move || t!(i18n, "mtg-title")}
        </h1>
        <p class="lead">
            <a href=format!("/consultations/{cid}") lang=title_lang>
                {title}
            </a>
        </p>
        {v
            .staff
            .then(|| {
                view! {
                    <p>
                        <a href=format!(
                            "/staff/consultations/{cid}/meetings",
                        )>{move || t!(i18n, "desk-title")}</a>
                    </p>
                }
            })}
        <section aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">{move || t!(i18n, "mtg-heading")}</h2>
            <ErrorSummary form=register_form />
            <ErrorSummary form=unregister_form />
            {if meetings.is_empty() {
                view! { <p>{move || t!(i18n, "mtg-none")}</p> }.into_any()
            } else {
                view! {
                    <ol class="meeting-list">
                        {meetings
                            .into_iter()
                            .map(|m| {
                                let mid = m.id;
                                let mtitle = m.title.clone();
                                let mtitle2 = m.title.clone();
                                let full = m.registered >= m.seats;
                                let mine = m.mine;
                                let open = m.open;
                                let interpreter = m.sign_language;
                                let sign_in = sign_in.clone();
                                let kind = m.kind;
                                view! {
                                    <li class="meeting" id=format!("meeting-{mid}")>
                                        <h3 lang="pl">{m.title.clone()}</h3>
                                        <p class="meeting__kind">{move || kind_text(i18n, kind)}</p>
                                        <MeetingFacts m=m.clone() />
                                        {mine
                                            .map(|p| {
                                                view! {
                                                    <p class="notice">
                                                        <strong>{move || place_text(i18n, p)}</strong>
                                                    </p>
                                                }
                                            })}
                                        {match (open, signed_in, mine) {
                                            (false, _, _) => {
                                                view! { <p>{move || t!(i18n, "mtg-closed")}</p> }.into_any()
                                            }
                                            (true, false, _) => {
                                                view! {
                                                    <p>
                                                        <a href=format!(
                                                            "/sign-in?return_to={sign_in}",
                                                        )>{move || t!(i18n, "mtg-sign-in")}</a>
                                                    </p>
                                                }
                                                    .into_any()
                                            }
                                            (true, true, None) => {
                                                view! {
                                                    <ActionForm action=register attr:class="form">
                                                        <input
                                                            type="hidden"
                                                            name="consultation_id"
                                                            value=cid.to_string()
                                                        />
                                                        <input
                                                            type="hidden"
                                                            name="meeting_id"
                                                            value=mid.to_string()
                                                        />
                                                        {interpreter
                                                            .then(|| {
                                                                view! {
                                                                    <div class="checkboxes__item">
                                                                        <input
                                                                            class="checkboxes__input"
                                                                            type="checkbox"
                                                                            id=format!("interpreter-{mid}")
                                                                            name="interpreter"
                                                                            value="yes"
                                                                        />
                                                                        <label
                                                                            class="checkboxes__label"
                                                                            for=format!("interpreter-{mid}")
                                                                        >
                                                                            {move || t!(i18n, "mtg-want-interpreter")}
                                                                        </label>
                                                                    </div>
                                                                }
                                                            })}
                                                        <button type="submit" class="button">
                                                            {move || {
                                                                if full {
                                                                    t!(i18n, "mtg-join-waiting")
                                                                } else {
                                                                    t!(i18n, "mtg-register")
                                                                }
                                                            }}
                                                            <span class="visually-hidden">
                                                                {format!(" ({mtitle})")}
                                                            </span>
                                                        </button>
                                                    </ActionForm>
                                                }
                                                    .into_any()
                                            }
                                            (true, true, Some(_)) => {
                                                view! {
                                                    <ActionForm action=unregister attr:class="inline-form">
                                                        <input
                                                            type="hidden"
                                                            name="consultation_id"
                                                            value=cid.to_string()
                                                        />
                                                        <input
                                                            type="hidden"
                                                            name="meeting_id"
                                                            value=mid.to_string()
                                                        />
                                                        <button type="submit" class="button button--secondary">
                                                            {move || t!(i18n, "mtg-cancel")}
                                                            <span class="visually-hidden">
                                                                {format!(" ({mtitle})")}
                                                            </span>
                                                        </button>
                                                    </ActionForm>
                                                }
                                                    .into_any()
                                            }
                                        }}
                                        <p>
                                            <a href=format!(
                                                "/consultations/{cid}/meetings/{mid}.ics",
                                            )>
                                                {move || t!(i18n, "mtg-ics")}
                                                <span class="visually-hidden">
                                                    {format!(" ({mtitle2})")}
                                                </span>
                                            </a>
                                        </p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
        <section aria-labelledby="duty-heading" id="duty">
            <h2 id="duty-heading">{move || t!(i18n, "duty-heading")}</h2>
            <ErrorSummary form=unbook_form />
            {if slots.is_empty() {
                view! { <p>{move || t!(i18n, "duty-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="table">
                            <caption class="visually-hidden">
                                {move || t!(i18n, "duty-heading")}
                            </caption>
                            <thead>
                                <tr>
                                    <th scope="col">{move || t!(i18n, "duty-col-when")}</th>
                                    <th scope="col">{move || t!(i18n, "duty-col-expert")}</th>
                                    <th scope="col">{move || t!(i18n, "duty-col-how")}</th>
                                    <th scope="col">{move || t!(i18n, "duty-col-state")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {slots
                                    .into_iter()
                                    .map(|s| {
                                        let s2 = s.clone();
                                        let s3 = s.clone();
                                        let sid = s.id;
                                        view! {
                                            <tr id=format!("slot-{sid}")>
                                                <td>{move || slot_when(i18n, &s2)}</td>
                                                <td lang="pl">{s.expert.clone()}</td>
                                                <td>{move || mode_text(i18n, &s3)}</td>
                                                <td>
                                                    {if s.mine {
                                                        view! {
                                                            <strong>{move || t!(i18n, "duty-yours")}</strong>
                                                            {(!s.past)
                                                                .then(|| {
                                                                    view! {
                                                                        <ActionForm action=unbook attr:class="inline-form">
                                                                            <input
                                                                                type="hidden"
                                                                                name="consultation_id"
                                                                                value=cid.to_string()
                                                                            />
                                                                            <input type="hidden" name="slot_id" value=sid.to_string() />
                                                                            <button
                                                                                type="submit"
                                                                                class="button button--secondary button--small"
                                                                            >
                                                                                {move || t!(i18n, "duty-cancel")}
                                                                            </button>
                                                                        </ActionForm>
                                                                    }
                                                                })}
                                                        }
                                                            .into_any()
                                                    } else if s.past {
                                                        view! { {move || t!(i18n, "duty-past")} }.into_any()
                                                    } else if s.free {
                                                        view! { {move || t!(i18n, "duty-free")} }.into_any()
                                                    } else {
                                                        view! { {move || t!(i18n, "duty-taken")} }.into_any()
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
            {match (signed_in, has_booking, free.is_empty()) {
                (false, _, false) => {
                    view! {
                        <p>
                            <a href=format!(
                                "/sign-in?return_to={sign_in2}",
                            )>{move || t!(i18n, "duty-sign-in")}</a>
                        </p>
                    }
                        .into_any()
                }
                (true, false, false) => {
                    view! { <BookForm cid free form=book_form book /> }.into_any()
                }
                _ => ().into_any(),
            }}
        </section>
    }
}

/// One form to book a slot: the free slots as radio buttons, the number to call (for a
/// slot by phone) and what the resident wants to talk about.
#[component]
fn BookForm(
    cid: i64,
    free: Vec<SlotLine>,
    form: Form,
    book: ServerAction<BookSlot>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = form.value("slot");
    let pending = book.pending();
    view! {
        <h3 id="book-heading">{move || t!(i18n, "duty-book-heading")}</h3>
        <ErrorSummary form />
        <ActionForm action=book attr:class="form" attr:aria-labelledby="book-heading">
            <input type="hidden" name="consultation_id" value=cid.to_string() />
            <div class="field" class:field--error=move || form.error("slot").is_some()>
                <fieldset
                    class="fieldset"
                    id="f-slot"
                    tabindex="-1"
                    aria-describedby=move || form.error("slot").is_some().then_some("f-slot-error")
                >
                    <legend class="fieldset__legend">{move || t!(i18n, "duty-slot-label")}</legend>
                    <FieldError form name="slot" />
                    <div class="radios">
                        {free
                            .into_iter()
                            .map(|s| {
                                let sid = s.id.to_string();
                                let checked = sid == chosen;
                                let s2 = s.clone();
                                view! {
                                    <div class="radios__item">
                                        <input
                                            class="radios__input"
                                            type="radio"
                                            id=format!("slot-choice-{sid}")
                                            name="slot"
                                            value=sid.clone()
                                            checked=checked
                                        />
                                        <label class="radios__label" for=format!("slot-choice-{sid}")>
                                            {move || {
                                                format!(
                                                    "{} · {} · {}",
                                                    slot_when(i18n, &s2),
                                                    s2.expert,
                                                    mode_text(i18n, &s2),
                                                )
                                            }}
                                        </label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
            </div>
            <TextField
                form
                name="phone"
                kind="tel"
                autocomplete="tel"
                label=move || t!(i18n, "duty-phone-label")
                hint=move || t!(i18n, "duty-phone-hint")
            />
            <TextArea
                form
                name="question"
                rows=3
                label=move || t!(i18n, "duty-question-label")
                hint=move || t!(i18n, "duty-question-hint", max = (QUESTION_MAX as i64))
            />
            <Submit label=move || t!(i18n, "duty-book") pending=pending.into() />
        </ActionForm>
    }
}

/// `/staff/consultations/:id/meetings`: the organisers' desk for meetings and duty hours.
#[component]
pub fn MeetingDeskPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = param("id");
    let add_meeting = ServerAction::<AddMeeting>::new();
    let add_duty = ServerAction::<AddDuty>::new();
    let attendance = ServerAction::<SaveAttendance>::new();
    let forms = (
        Form::new("meeting", add_meeting),
        Form::new("duty", add_duty),
        Form::new("attendance", attendance),
    );
    let done = RwSignal::new(0u32);
    reload_on_done(done, Signal::derive(move || add_meeting.value().get()));
    reload_on_done(done, Signal::derive(move || add_duty.value().get()));
    reload_on_done(done, Signal::derive(move || attendance.value().get()));
    let data = Resource::new(
        move || (id.get(), done.get()),
        |(c, _)| load_meeting_desk(c),
    );
    view! {
        <crate::ui::RequireSignIn>
            <Transition fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(v) => {
                            view! { <Desk v forms add_meeting add_duty attendance /> }.into_any()
                        }
                        Err(e) => {
                            view! {
                                <LoadFailed
                                    title=move || t!(i18n, "desk-title")
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
        </crate::ui::RequireSignIn>
    }
}

#[component]
fn Desk(
    v: MeetingDeskView,
    forms: (Form, Form, Form),
    add_meeting: ServerAction<AddMeeting>,
    add_duty: ServerAction<AddDuty>,
    attendance: ServerAction<SaveAttendance>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (meeting_form, duty_form, attendance_form) = forms;
    let cid = v.card.id;
    let title = v.card.title.clone();
    let title_lang = v.card.lang.code();
    let page_title = title.clone();
    let ways = v.card.forms.clone();
    let offers_meetings = ways.iter().any(|w| w.meets_people());
    let offers_duty = ways.contains(&Way::DutyHours);
    let plannable = v.plannable;
    view! {
        <crate::ui::PageTitle text=move || {
            format!("{} – {}", t!(i18n, "desk-title"), page_title)
        } />
        <h1 id="main-heading" tabindex="-1">
            {move || t!(i18n, "desk-title")}
        </h1>
        <p class="lead">
            <a href=format!("/consultations/{cid}/meetings") lang=title_lang>
                {title}
            </a>
        </p>
        <ErrorSummary form=attendance_form />
        {v
            .meetings
            .into_iter()
            .map(|(m, list)| {
                let mid = m.id;
                let attended = m.attended.map(|a| a.to_string()).unwrap_or_default();
                let mtitle = m.title.clone();
                view! {
                    <section
                        class="meeting"
                        id=format!("desk-meeting-{mid}")
                        aria-labelledby=format!("desk-meeting-{mid}-heading")
                    >
                        <h2 id=format!("desk-meeting-{mid}-heading") lang="pl">
                            {m.title.clone()}
                        </h2>
                        <MeetingFacts m=m.clone() />
                        {if list.is_empty() {
                            view! { <p>{move || t!(i18n, "desk-no-registrants")}</p> }.into_any()
                        } else {
                            view! {
                                <div class="table-wrap">
                                    <table class="table">
                                        <caption>
                                            {move || {
                                                t!(i18n, "desk-registrants", title = mtitle.clone())
                                            }}
                                        </caption>
                                        <thead>
                                            <tr>
                                                <th scope="col">{move || t!(i18n, "desk-col-order")}</th>
                                                <th scope="col">{move || t!(i18n, "desk-col-name")}</th>
                                                <th scope="col">{move || t!(i18n, "desk-col-email")}</th>
                                                <th scope="col">{move || t!(i18n, "desk-col-place")}</th>
                                                <th scope="col">
                                                    {move || t!(i18n, "desk-col-interpreter")}
                                                </th>
                                                <th scope="col">{move || t!(i18n, "desk-col-at")}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {list
                                                .into_iter()
                                                .enumerate()
                                                .map(|(i, g)| {
                                                    let place = g.place;
                                                    let at = g.at;
                                                    let interp = g.interpreter;
                                                    view! {
                                                        <tr>
                                                            <td>{i + 1}</td>
                                                            <td>{g.name.clone()}</td>
                                                            <td>{g.email.clone()}</td>
                                                            <td>{move || desk_place_text(i18n, place)}</td>
                                                            <td>
                                                                {move || {
                                                                    if interp {
                                                                        t!(i18n, "desk-yes")
                                                                    } else {
                                                                        t!(i18n, "desk-no")
                                                                    }
                                                                }}
                                                            </td>
                                                            <td>
                                                                {move || crate::i18n::time::date_time(i18n.lang(), at)}
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
                        <ActionForm action=attendance attr:class="inline-form">
                            <input type="hidden" name="consultation_id" value=cid.to_string() />
                            <input type="hidden" name="meeting_id" value=mid.to_string() />
                            <label class="field__label" for=format!("attended-{mid}")>
                                {move || t!(i18n, "desk-attended")}
                            </label>
                            <input
                                class="field__input field__input--short"
                                type="number"
                                min="0"
                                id=format!("attended-{mid}")
                                name="attended"
                                value=attended
                            />
                            <button type="submit" class="button button--secondary">
                                {move || t!(i18n, "desk-attended-save")}
                            </button>
                        </ActionForm>
                    </section>
                }
            })
            .collect_view()}
        <section aria-labelledby="slots-heading" id="slots">
            <h2 id="slots-heading">{move || t!(i18n, "duty-heading")}</h2>
            {if v.slots.is_empty() {
                view! { <p>{move || t!(i18n, "duty-none")}</p> }.into_any()
            } else {
                let slots = v.slots.clone();
                view! {
                    <div class="table-wrap">
                        <table class="table">
                            <caption class="visually-hidden">
                                {move || t!(i18n, "duty-heading")}
                            </caption>
                            <thead>
                                <tr>
                                    <th scope="col">{move || t!(i18n, "duty-col-when")}</th>
                                    <th scope="col">{move || t!(i18n, "duty-col-expert")}</th>
                                    <th scope="col">{move || t!(i18n, "duty-col-how")}</th>
                                    <th scope="col">{move || t!(i18n, "desk-col-booked")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {slots
                                    .into_iter()
                                    .map(|s| {
                                        let s2 = s.clone();
                                        let s3 = s.clone();
                                        view! {
                                            <tr>
                                                <td>{move || slot_when(i18n, &s2)}</td>
                                                <td lang="pl">{s.expert.clone()}</td>
                                                <td>{move || mode_text(i18n, &s3)}</td>
                                                <td>
                                                    {match s.booking.clone() {
                                                        None => view! { {move || t!(i18n, "duty-free")} }.into_any(),
                                                        Some((name, phone, question)) => {
                                                            view! {
                                                                {name}
                                                                {phone.map(|p| format!(", {p}"))}
                                                                {(!question.is_empty())
                                                                    .then(|| {
                                                                        view! {
                                                                            <br />
                                                                            <span lang="pl">{question}</span>
                                                                        }
                                                                    })}
                                                            }
                                                                .into_any()
                                                        }
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
        {(plannable && offers_meetings)
            .then(|| view! { <AddMeetingForm cid form=meeting_form action=add_meeting /> })}
        {(plannable && offers_duty)
            .then(|| view! { <AddDutyForm cid form=duty_form action=add_duty /> })}
    }
}

#[component]
fn AddMeetingForm(cid: i64, form: Form, action: ServerAction<AddMeeting>) -> impl IntoView {
    let i18n = use_i18n();
    let pending = action.pending();
    let kinds = vec![
        ("meeting".to_string(), t!(i18n, "mtg-kind-meeting"), None),
        ("workshop".to_string(), t!(i18n, "mtg-kind-workshop"), None),
    ];
    view! {
        <section aria-labelledby="add-meeting-heading" id="add-meeting">
            <h2 id="add-meeting-heading">{move || t!(i18n, "desk-add-meeting")}</h2>
            <ErrorSummary form />
            <ActionForm action attr:class="form" attr:aria-labelledby="add-meeting-heading">
                <input type="hidden" name="consultation_id" value=cid.to_string() />
                <SelectField
                    form
                    name="kind"
                    label=move || t!(i18n, "desk-field-kind")
                    choose=move || t!(i18n, "ans-choose")
                    options=kinds
                    selected="meeting".to_string()
                />
                <TextField form name="title" label=move || t!(i18n, "desk-field-title") />
                <TextField
                    form
                    name="date"
                    kind="date"
                    label=move || t!(i18n, "desk-field-date")
                    hint=move || t!(i18n, "desk-date-hint")
                />
                <TextField
                    form
                    name="starts"
                    kind="time"
                    label=move || t!(i18n, "desk-field-starts")
                />
                <TextField form name="ends" kind="time" label=move || t!(i18n, "desk-field-ends") />
                <TextField
                    form
                    name="place"
                    label=move || t!(i18n, "desk-field-place")
                    hint=move || t!(i18n, "desk-place-hint")
                />
                <TextField
                    form
                    name="online_url"
                    kind="url"
                    label=move || t!(i18n, "desk-field-online")
                />
                <TextField
                    form
                    name="seats"
                    kind="number"
                    label=move || t!(i18n, "desk-field-seats")
                />
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{move || t!(i18n, "mtg-access")}</legend>
                    <Checkbox
                        form
                        name="access[step_free]"
                        label=move || t!(i18n, "mtg-step-free")
                    />
                    <Checkbox form name="access[lift]" label=move || t!(i18n, "mtg-lift") />
                    <Checkbox
                        form
                        name="access[induction_loop]"
                        label=move || t!(i18n, "mtg-induction-loop")
                    />
                    <Checkbox
                        form
                        name="access[sign_language]"
                        label=move || t!(i18n, "mtg-sign-language")
                    />
                </fieldset>
                <Submit label=move || t!(i18n, "desk-add-meeting") pending=pending.into() />
            </ActionForm>
        </section>
    }
}

#[component]
fn AddDutyForm(cid: i64, form: Form, action: ServerAction<AddDuty>) -> impl IntoView {
    let i18n = use_i18n();
    let pending = action.pending();
    let modes = vec![
        ("phone".to_string(), t!(i18n, "duty-mode-phone"), None),
        (
            "in-person".to_string(),
            t!(i18n, "duty-mode-in-person"),
            None,
        ),
    ];
    view! {
        <section aria-labelledby="add-duty-heading" id="add-duty">
            <h2 id="add-duty-heading">{move || t!(i18n, "desk-add-duty")}</h2>
            <ErrorSummary form />
            <ActionForm action attr:class="form" attr:aria-labelledby="add-duty-heading">
                <input type="hidden" name="consultation_id" value=cid.to_string() />
                <TextField form name="duty_expert" label=move || t!(i18n, "desk-field-expert") />
                <SelectField
                    form
                    name="duty_mode"
                    label=move || t!(i18n, "desk-field-mode")
                    choose=move || t!(i18n, "ans-choose")
                    options=modes
                />
                <TextField
                    form
                    name="duty_place"
                    label=move || t!(i18n, "desk-field-place")
                    hint=move || t!(i18n, "desk-duty-place-hint")
                />
                <TextField
                    form
                    name="duty_date"
                    kind="date"
                    label=move || t!(i18n, "desk-field-date")
                    hint=move || t!(i18n, "desk-date-hint")
                />
                <TextField
                    form
                    name="duty_starts"
                    kind="time"
                    label=move || t!(i18n, "desk-field-from")
                />
                <TextField
                    form
                    name="duty_ends"
                    kind="time"
                    label=move || t!(i18n, "desk-field-to")
                />
                <TextField
                    form
                    name="duty_minutes"
                    kind="number"
                    value="30".to_string()
                    label=move || t!(i18n, "desk-field-minutes")
                />
                <Submit label=move || t!(i18n, "desk-add-duty") pending=pending.into() />
            </ActionForm>
        </section>
    }
}
