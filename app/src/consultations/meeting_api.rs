//! Server functions of meetings, workshops and expert duty hours: registration with a seat
//! limit and a waiting list that moves up by itself, slots booked one person each, the
//! organisers' desk (planning, registrants, attendance), and an iCalendar file per meeting.
use super::{MeetingDeskView, MeetingsView};
use crate::forms::FormReply;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub(crate) mod util {
    use super::super::rules::{self, DutyMode, Form, Place};
    use super::super::store::{self, ConRow, MeetingRow, SlotRow};
    use super::super::{MeetingLine, SlotLine};
    use crate::i18n::time::LocalTime;
    use crate::platform::{now, Db};

    pub fn line(m: &MeetingRow, mine: Option<i64>) -> MeetingLine {
        let seats = m.seats.max(0) as u32;
        MeetingLine {
            id: m.id,
            kind: Form::parse(&m.kind).unwrap_or(Form::Meeting),
            title: m.title.clone(),
            starts: LocalTime::at(m.starts_at),
            ends: LocalTime::at(m.ends_at),
            place: m.place.clone(),
            online_url: m.online_url.clone(),
            step_free: m.step_free == 1,
            lift: m.lift == 1,
            induction_loop: m.induction_loop == 1,
            sign_language: m.sign_language == 1,
            seats,
            registered: m.registered.max(0) as u32,
            attended: m.attended.map(|a| a.max(0) as u32),
            mine: mine.map(|i| place_at(seats, i)),
            open: rules::registration_open(m.starts_at, now()),
        }
    }

    /// The place of the registration at 0-based position `i`.
    pub fn place_at(seats: u32, i: i64) -> Place {
        let i = i.max(0) as u32;
        if i < seats {
            Place::Seat
        } else {
            Place::Waiting(i - seats + 1)
        }
    }

    /// A slot as `viewer` sees it; `bookers` (clerks only) names who booked it.
    pub fn slot(
        s: &SlotRow,
        viewer: Option<i64>,
        bookers: Option<&std::collections::HashMap<i64, crate::platform::session::Contact>>,
    ) -> SlotLine {
        SlotLine {
            id: s.id,
            expert: s.expert.clone(),
            mode: DutyMode::parse(&s.mode).unwrap_or(DutyMode::InPerson),
            place: s.place.clone(),
            starts: LocalTime::at(s.starts_at),
            ends: LocalTime::at(s.ends_at),
            free: s.booked_by.is_none(),
            mine: viewer.is_some() && s.booked_by == viewer,
            past: s.starts_at <= now(),
            booking: bookers.zip(s.booked_by).map(|(names, id)| {
                (
                    names
                        .get(&id)
                        .map(|c| c.display_name.clone())
                        .unwrap_or_default(),
                    s.phone.clone(),
                    s.question.clone().unwrap_or_default(),
                )
            }),
        }
    }

    /// A published consultation that offers meetings or duty hours.
    pub async fn offering(db: &Db, consultation: i64) -> Result<Option<ConRow>, sqlx::Error> {
        Ok(store::get(db, consultation).await?.filter(|r| {
            r.def.published
                && r.def
                    .forms
                    .iter()
                    .any(|f| f.meets_people() || *f == Form::DutyHours)
        }))
    }

    /// Meetings and duty hours are planned while the consultation is published and open or
    /// about to open.
    pub fn plannable(r: &ConRow) -> bool {
        rules::day_of(now()) <= r.def.timeline.closes
    }
}

#[cfg(feature = "ssr")]
fn viewer() -> Option<crate::platform::session::SessionUser> {
    crate::platform::request::ctx().ok().and_then(|c| c.user)
}

/// The meetings and duty hours of a published consultation, with the visitor's
/// registrations and booking.
#[server(endpoint = "consultations/meetings")]
pub async fn load_meetings(consultation_id: i64) -> Result<MeetingsView, crate::platform::Failure> {
    use super::store;
    let st = crate::platform::state()?;
    let Some(r) = util::offering(&st.db, consultation_id).await? else {
        return crate::forms::flow::not_found();
    };
    let user = viewer();
    let staff = user.as_ref().is_some_and(|u| u.role.is_staff());
    let uid = user.as_ref().map(|u| u.id);
    let mut meetings = Vec::new();
    for m in store::meetings(&st.db, r.id).await? {
        let mine = match uid {
            Some(a) => store::position(&st.db, m.id, a).await?,
            None => None,
        };
        meetings.push(util::line(&m, mine));
    }
    let slots = store::slots(&st.db, r.id)
        .await?
        .iter()
        .map(|s| util::slot(s, uid, None))
        .collect();
    Ok(MeetingsView {
        card: super::api::util::card(&r),
        meetings,
        slots,
        signed_in: user.is_some(),
        staff,
    })
}

/// A resident registers for a meeting: a seat while there are seats, otherwise a place on
/// the waiting list (the notice says which).
#[server(endpoint = "consultations/meeting/register")]
pub async fn register_meeting(
    consultation_id: i64,
    meeting_id: i64,
    #[server(default)] interpreter: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{registration_open, Place};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{deny, finish, one};
    use crate::forms::FormProblem;
    let Some(user) = viewer() else {
        return deny(FormProblem::NotSignedIn);
    };
    let st = crate::platform::state()?;
    let back = format!("/consultations/{consultation_id}/meetings#meeting-{meeting_id}");
    let refuse =
        |p: ConsultationProblem| async move { finish(one("", p), "register", &back, vec![]).await };
    let Some(r) = util::offering(&st.db, consultation_id).await? else {
        return crate::forms::flow::not_found();
    };
    let Some(m) = store::meeting(&st.db, r.id, meeting_id).await? else {
        return refuse(ConsultationProblem::MeetingUnknown).await;
    };
    if !registration_open(m.starts_at, crate::platform::now()) {
        return refuse(ConsultationProblem::MeetingStarted).await;
    }
    let wants = interpreter.as_deref() == Some("yes") && m.sign_language == 1;
    let Some(pos) = store::register(&st.db, m.id, m.seats, user.id, wants).await? else {
        return refuse(ConsultationProblem::AlreadyRegistered).await;
    };
    let notice = match util::place_at(m.seats.max(0) as u32, pos) {
        Place::Seat => ConsultationNotice::RegisteredSeat,
        Place::Waiting(n) => ConsultationNotice::RegisteredWaiting {
            place: i64::from(n),
        },
    };
    let to = format!("/consultations/{}/meetings#meeting-{}", r.id, m.id);
    crate::forms::flow::done(to.clone(), notice, "register").await
}

/// A resident cancels a registration; the first one waiting takes the seat and is told.
#[server(endpoint = "consultations/meeting/cancel")]
pub async fn cancel_registration(
    consultation_id: i64,
    meeting_id: i64,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::registration_open;
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{deny, finish, one};
    use crate::forms::FormProblem;
    let Some(user) = viewer() else {
        return deny(FormProblem::NotSignedIn);
    };
    let st = crate::platform::state()?;
    let back = format!("/consultations/{consultation_id}/meetings#meeting-{meeting_id}");
    let Some(r) = util::offering(&st.db, consultation_id).await? else {
        return crate::forms::flow::not_found();
    };
    let Some(m) = store::meeting(&st.db, r.id, meeting_id).await? else {
        return finish(
            one("", ConsultationProblem::MeetingUnknown),
            "unregister",
            &back,
            vec![],
        )
        .await;
    };
    if !registration_open(m.starts_at, crate::platform::now()) {
        return finish(
            one("", ConsultationProblem::MeetingStarted),
            "unregister",
            &back,
            vec![],
        )
        .await;
    }
    if !store::cancel_registration(&st.db, m.id, user.id).await? {
        return finish(
            one("", ConsultationProblem::NotRegistered),
            "unregister",
            &back,
            vec![],
        )
        .await;
    }
    crate::forms::flow::done(
        back.clone(),
        ConsultationNotice::RegistrationCancelled,
        "unregister",
    )
    .await
}

/// A resident books a slot of duty hours (one per slot, one slot per resident and
/// consultation); by phone, the number to call is needed.
#[server(endpoint = "consultations/duty/book")]
pub async fn book_slot(
    consultation_id: i64,
    #[server(default)] slot: Option<String>,
    #[server(default)] phone: Option<String>,
    #[server(default)] question: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{check_phone, DutyMode, QUESTION_MAX};
    use super::store::{self, BookingRefused};
    use super::{ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{deny, fields, finish};
    use crate::forms::{FieldError, FormProblem};
    let Some(user) = viewer() else {
        return deny(FormProblem::NotSignedIn);
    };
    let st = crate::platform::state()?;
    let Some(r) = util::offering(&st.db, consultation_id).await? else {
        return crate::forms::flow::not_found();
    };
    let back = format!("/consultations/{}/meetings#duty", r.id);
    let (slot_s, phone_s, question_s) = (
        slot.unwrap_or_default(),
        phone.unwrap_or_default(),
        question.unwrap_or_default(),
    );
    let values = fields(&[
        ("slot", &slot_s),
        ("phone", &phone_s),
        ("question", &question_s),
    ]);
    let slots = store::slots(&st.db, r.id).await?;
    let chosen = slot_s
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|id| slots.iter().find(|s| s.id == id));
    let mut errors = Vec::new();
    let now = crate::platform::now();
    match chosen {
        None => errors.push(FieldError::new("slot", FormProblem::FieldRequired)),
        Some(s) if s.booked_by.is_some() || s.starts_at <= now => {
            errors.push(FieldError::new("slot", ConsultationProblem::SlotTaken))
        }
        Some(_) => {}
    }
    let by_phone = chosen.is_some_and(|s| DutyMode::parse(&s.mode) == Some(DutyMode::Phone));
    let phone = if by_phone {
        let p = check_phone(&phone_s);
        if p.is_none() {
            errors.push(FieldError::new("phone", ConsultationProblem::PhoneInvalid));
        }
        p
    } else {
        None
    };
    let question = question_s.trim().to_string();
    if question.chars().count() > QUESTION_MAX {
        errors.push(FieldError::new(
            "question",
            FormProblem::TextTooLong {
                max: QUESTION_MAX as i64,
            },
        ));
    }
    let Some(s) = chosen.filter(|_| errors.is_empty()) else {
        return finish(FormReply::invalid(errors), "book", &back, values).await;
    };
    match store::book(&st.db, r.id, s.id, user.id, phone.as_deref(), &question).await? {
        Ok(()) => {}
        Err(why) => {
            let p = match why {
                BookingRefused::Taken => ConsultationProblem::SlotTaken,
                BookingRefused::HasOne => ConsultationProblem::SlotAlreadyBooked,
            };
            return finish(
                FormReply::invalid(vec![FieldError::new("slot", p)]),
                "book",
                &back,
                values,
            )
            .await;
        }
    }
    crate::forms::flow::done(back.clone(), ConsultationNotice::SlotBooked, "book").await
}

/// A resident gives their slot back before it begins.
#[server(endpoint = "consultations/duty/cancel")]
pub async fn cancel_booking(
    consultation_id: i64,
    slot_id: i64,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{deny, finish, one};
    use crate::forms::FormProblem;
    let Some(user) = viewer() else {
        return deny(FormProblem::NotSignedIn);
    };
    let st = crate::platform::state()?;
    let Some(r) = util::offering(&st.db, consultation_id).await? else {
        return crate::forms::flow::not_found();
    };
    let back = format!("/consultations/{}/meetings#duty", r.id);
    if !store::cancel_booking(&st.db, r.id, slot_id, user.id).await? {
        return finish(
            one("", ConsultationProblem::SlotTaken),
            "unbook",
            &back,
            vec![],
        )
        .await;
    }
    crate::forms::flow::done(back.clone(), ConsultationNotice::BookingCancelled, "unbook").await
}

#[cfg(feature = "ssr")]
async fn staff_offering(
    consultation_id: i64,
) -> Result<(crate::platform::AppState, super::store::ConRow), crate::platform::Failure> {
    crate::forms::flow::require_staff()?;
    let st = crate::platform::state()?;
    match util::offering(&st.db, consultation_id).await? {
        Some(r) => Ok((st, r)),
        None => crate::forms::flow::not_found(),
    }
}

/// The organisers' desk: every meeting with its registrants in order, every slot with its
/// booking (clerks and administrators only).
#[server(endpoint = "consultations/meetings/desk")]
pub async fn load_meeting_desk(
    consultation_id: i64,
) -> Result<MeetingDeskView, crate::platform::Failure> {
    use super::{store, RegistrantLine};
    use crate::i18n::time::LocalTime;
    let (st, r) = staff_offering(consultation_id).await?;
    let mut meetings = Vec::new();
    for m in store::meetings(&st.db, r.id).await? {
        let seats = m.seats.max(0) as u32;
        let regs = store::registrations(&st.db, m.id).await?;
        let ids: Vec<i64> = regs.iter().map(|g| g.account_id).collect();
        let people = crate::platform::session::contacts(&st.db, &ids).await?;
        let list = regs
            .into_iter()
            .enumerate()
            .map(|(i, g)| {
                let c = people.get(&g.account_id);
                RegistrantLine {
                    name: c.map(|c| c.display_name.clone()).unwrap_or_default(),
                    email: c.map(|c| c.email.clone()).unwrap_or_default(),
                    place: util::place_at(seats, i as i64),
                    interpreter: g.interpreter == 1,
                    at: LocalTime::at(g.created_at),
                }
            })
            .collect();
        meetings.push((util::line(&m, None), list));
    }
    let slot_rows = store::slots(&st.db, r.id).await?;
    let ids: Vec<i64> = slot_rows.iter().filter_map(|s| s.booked_by).collect();
    let bookers = crate::platform::session::contacts(&st.db, &ids).await?;
    let slots = slot_rows
        .iter()
        .map(|s| util::slot(s, None, Some(&bookers)))
        .collect();
    Ok(MeetingDeskView {
        card: super::api::util::card(&r),
        meetings,
        slots,
        plannable: util::plannable(&r),
    })
}

/// Adds a meeting or a workshop (clerks and administrators, until the consultation closes).
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "consultations/meeting/add")]
pub async fn add_meeting(
    consultation_id: i64,
    #[server(default)] kind: String,
    #[server(default)] title: String,
    #[server(default)] date: String,
    #[server(default)] starts: String,
    #[server(default)] ends: String,
    #[server(default)] place: String,
    #[server(default)] online_url: String,
    #[server(default)] seats: String,
    #[server(default)] access: std::collections::HashMap<String, String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{check_meeting, MeetingFields};
    use super::store::{self, Access};
    use super::{ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{fields, finish, one};
    use crate::forms::FieldError;
    let clerk = crate::forms::flow::require_staff()?;
    let (st, r) = staff_offering(consultation_id).await?;
    let back = format!("/staff/consultations/{}/meetings#add-meeting", r.id);
    let ticked = |k: &str| access.get(k).map(String::as_str) == Some("yes");
    let mut values = fields(&[
        ("kind", &kind),
        ("title", &title),
        ("date", &date),
        ("starts", &starts),
        ("ends", &ends),
        ("place", &place),
        ("online_url", &online_url),
        ("seats", &seats),
    ]);
    for k in ["step_free", "lift", "induction_loop", "sign_language"] {
        if ticked(k) {
            values.push((format!("access[{k}]"), "yes".into()));
        }
    }
    if !util::plannable(&r) {
        return finish(
            one("", ConsultationProblem::ConsultationClosed),
            "meeting",
            &back,
            values,
        )
        .await;
    }
    let f = MeetingFields {
        kind: &kind,
        title: &title,
        date: &date,
        starts: &starts,
        ends: &ends,
        place: &place,
        online_url: &online_url,
        seats: &seats,
    };
    let plan = match check_meeting(&f, &r.def.timeline) {
        Ok(p) => p,
        Err(errors) => {
            let errors = errors
                .into_iter()
                .map(|(f, p)| FieldError::new(f, p))
                .collect();
            return finish(FormReply::invalid(errors), "meeting", &back, values).await;
        }
    };
    let access = Access {
        step_free: ticked("step_free"),
        lift: ticked("lift"),
        induction_loop: ticked("induction_loop"),
        sign_language: ticked("sign_language"),
    };
    let id = store::add_meeting(&st.db, r.id, &plan, access, clerk.id).await?;
    let to = format!("/staff/consultations/{}/meetings#desk-meeting-{id}", r.id);
    crate::forms::flow::done(to.clone(), ConsultationNotice::MeetingAdded, "meeting").await
}

/// Adds expert duty hours cut into slots (clerks and administrators, until the
/// consultation closes). Its fields are `duty_*`, beside the meeting form on one page.
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "consultations/duty/add")]
pub async fn add_duty(
    consultation_id: i64,
    #[server(default)] duty_expert: String,
    #[server(default)] duty_mode: String,
    #[server(default)] duty_place: String,
    #[server(default)] duty_date: String,
    #[server(default)] duty_starts: String,
    #[server(default)] duty_ends: String,
    #[server(default)] duty_minutes: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{check_duty, DutyFields};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{fields, finish, one};
    use crate::forms::FieldError;
    let (st, r) = staff_offering(consultation_id).await?;
    let back = format!("/staff/consultations/{}/meetings#add-duty", r.id);
    let values = fields(&[
        ("duty_expert", &duty_expert),
        ("duty_mode", &duty_mode),
        ("duty_place", &duty_place),
        ("duty_date", &duty_date),
        ("duty_starts", &duty_starts),
        ("duty_ends", &duty_ends),
        ("duty_minutes", &duty_minutes),
    ]);
    if !util::plannable(&r) {
        return finish(
            one("", ConsultationProblem::ConsultationClosed),
            "duty",
            &back,
            values,
        )
        .await;
    }
    let f = DutyFields {
        expert: &duty_expert,
        mode: &duty_mode,
        place: &duty_place,
        date: &duty_date,
        starts: &duty_starts,
        ends: &duty_ends,
        minutes: &duty_minutes,
    };
    let plan = match check_duty(&f, &r.def.timeline) {
        Ok(p) => p,
        Err(errors) => {
            let errors = errors
                .into_iter()
                .map(|(f, p)| FieldError::new(&format!("duty_{f}"), p))
                .collect();
            return finish(FormReply::invalid(errors), "duty", &back, values).await;
        }
    };
    let count = store::add_slots(&st.db, r.id, &plan).await?;
    crate::forms::flow::done(
        format!("/staff/consultations/{}/meetings#slots", r.id),
        ConsultationNotice::SlotsAdded {
            count: count as i64,
        },
        "duty",
    )
    .await
}

/// The number of people who came to a meeting, counted at the door (for the report).
#[server(endpoint = "consultations/meeting/attendance")]
pub async fn save_attendance(
    consultation_id: i64,
    meeting_id: i64,
    #[server(default)] attended: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{finish, one};
    use crate::forms::FormProblem;
    let (st, r) = staff_offering(consultation_id).await?;
    let back = format!(
        "/staff/consultations/{}/meetings#desk-meeting-{meeting_id}",
        r.id
    );
    let Some(n) = attended
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|n| (0..=100_000).contains(n))
    else {
        return finish(
            one(
                "",
                FormProblem::NumberRange {
                    min: 0,
                    max: 100_000,
                },
            ),
            "attendance",
            &back,
            vec![],
        )
        .await;
    };
    if !store::save_attendance(&st.db, r.id, meeting_id, n).await? {
        return finish(
            one("", ConsultationProblem::MeetingUnknown),
            "attendance",
            &back,
            vec![],
        )
        .await;
    }
    crate::forms::flow::done(
        back.clone(),
        ConsultationNotice::AttendanceSaved,
        "attendance",
    )
    .await
}

/// The iCalendar file of one meeting (`/consultations/{id}/meetings/{meeting}.ics`).
#[cfg(feature = "ssr")]
pub async fn meeting_ics(
    db: &crate::platform::Db,
    origin: &str,
    consultation: i64,
    meeting: i64,
) -> Result<Option<String>, sqlx::Error> {
    let Some(r) = util::offering(db, consultation).await? else {
        return Ok(None);
    };
    let Some(m) = super::store::meeting(db, r.id, meeting).await? else {
        return Ok(None);
    };
    let title = r.def.title.clone();
    Ok(Some(super::feeds::calendar(
        &title,
        &[],
        &[(m, title.clone())],
        origin,
    )))
}
