//! Pure rules of public consultations in Kraków (council resolution CXI/2904/18): the
//! timeline and its phases in Kraków time, the minimums that publishing checks, extensions,
//! moderation of remarks, answers and the report, meeting seats with a waiting list, and who
//! is told about what. No I/O.
use super::problems::ConsultationProblem;
use crate::forms::{District, FormProblem, Problem};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The information campaign lasts at least this many days before the consultation opens.
pub const MIN_INFORMATION_DAYS: i64 = 7;
/// A consultation lasts at least this many days (both ends counted)…
pub const MIN_CONSULTATION_DAYS: i64 = 21;
/// …and, with every extension, at most this many.
pub const MAX_CONSULTATION_DAYS: i64 = 60;
/// At least this many forms of participation, an open meeting or a workshop among them.
pub const MIN_FORMS: usize = 3;
/// Reports from this many different residents hide a remark until a clerk decides.
pub const REPORTS_TO_HOLD: u32 = 3;
/// A statement on the opinion map is at most this long.
pub const STATEMENT_MAX_CHARS: usize = 280;
/// Remarks one account may write in an hour (across consultations), so that nobody floods a
/// consultation; a person with more to say has an hour later, or paper.
pub const REMARKS_PER_HOUR: usize = 30;
/// Statements one account may propose in a day (across consultations).
pub const STATEMENTS_PER_DAY: usize = 10;
/// Remarks a page shows.
pub const PAGE_SIZE: usize = 20;
/// Residents are told this many days before a consultation closes.
pub const CLOSING_REMINDER_DAYS: i64 = 7;

pub use crate::i18n::time::{day_of, day_start};

/// Days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    // Calendar days: civil dates have no daylight-saving gaps.
    (b.since(a).map(|s| s.get_days() as i64)).unwrap_or(0)
}

/// Ways of taking part that an organiser offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// Remarks on the document or on one of its sections.
    Remarks,
    /// Statements to agree or disagree with, and the groups of opinion they show.
    OpinionMap,
    /// A survey made with the survey builder.
    Survey,
    /// An open meeting.
    Meeting,
    Workshop,
    /// Expert duty hours, booked in time slots.
    DutyHours,
    /// Remarks on paper, by post or by e-mail, entered by clerks.
    Paper,
}

impl Form {
    pub const ALL: [Form; 7] = [
        Form::Remarks,
        Form::OpinionMap,
        Form::Survey,
        Form::Meeting,
        Form::Workshop,
        Form::DutyHours,
        Form::Paper,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Form::Remarks => "remarks",
            Form::OpinionMap => "opinion-map",
            Form::Survey => "survey",
            Form::Meeting => "meeting",
            Form::Workshop => "workshop",
            Form::DutyHours => "duty-hours",
            Form::Paper => "paper",
        }
    }

    pub fn parse(code: &str) -> Option<Form> {
        Form::ALL.into_iter().find(|f| f.code() == code)
    }

    /// An open meeting or a workshop: Kraków requires one of them.
    pub fn meets_people(self) -> bool {
        matches!(self, Form::Meeting | Form::Workshop)
    }
}

/// The dates of a consultation, Kraków days, each end included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// The information campaign starts.
    pub information_from: Date,
    /// The first day of the consultation.
    pub opens: Date,
    /// The last day of the consultation (remarks until 23:59:59 that day).
    pub closes: Date,
    /// Every remark answered by the end of this day.
    pub answers_by: Date,
    /// The final report published by the end of this day.
    pub report_by: Date,
}

impl Timeline {
    /// Days of consultation, both ends counted.
    pub fn consultation_days(&self) -> i64 {
        days_between(self.opens, self.closes) + 1
    }
}

/// Where a consultation is. The portal moves it along by itself, in Kraków time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Phase {
    /// Not published: only its organisers see it.
    Draft,
    /// Published, not open yet: the information campaign.
    Information,
    /// Open for remarks, votes and the other forms.
    Open,
    /// Closed; remarks are being answered.
    Answering,
    /// Past the day the answers were due, the report not published yet.
    ReportDue,
    /// The final report is published.
    Reported,
}

pub fn phase(published: bool, t: &Timeline, report_published: bool, now: i64) -> Phase {
    if !published {
        Phase::Draft
    } else if report_published {
        Phase::Reported
    } else if now < day_start(t.opens) {
        Phase::Information
    } else if now < day_start(t.closes.tomorrow().unwrap_or(t.closes)) {
        Phase::Open
    } else if now < day_start(t.answers_by.tomorrow().unwrap_or(t.answers_by)) {
        Phase::Answering
    } else {
        Phase::ReportDue
    }
}

/// What publishing needs besides the dates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Publishable {
    pub title: String,
    pub summary: String,
    pub easy_summary: String,
    pub sections: usize,
    pub department: String,
    pub contact: String,
    pub forms: Vec<Form>,
}

/// Checks a consultation before it is published on `today`: Kraków's minimums (7 days of
/// information before it opens, counted from the later of the campaign's first day and
/// today; 21 to 60 days of consultation; three forms with a meeting or a workshop), the
/// order of the dates and what a resident must be able to read. Each problem names its field.
pub fn check_publish(p: &Publishable, t: &Timeline, today: Date) -> Vec<(&'static str, Problem)> {
    let mut errors: Vec<(&'static str, Problem)> = Vec::new();
    for (field, value) in [
        ("title", &p.title),
        ("summary", &p.summary),
        ("easy_summary", &p.easy_summary),
        ("department", &p.department),
        ("contact", &p.contact),
    ] {
        if value.trim().is_empty() {
            errors.push((field, FormProblem::FieldRequired.into()));
        }
    }
    if p.sections == 0 {
        errors.push(("sections", ConsultationProblem::SectionsRequired.into()));
    }
    let information_starts = t.information_from.max(today);
    let information_days = days_between(information_starts, t.opens);
    if information_days < MIN_INFORMATION_DAYS {
        errors.push((
            "information_from",
            ConsultationProblem::InformationTooShort {
                days: information_days.max(0),
            }
            .into(),
        ));
    }
    let days = t.consultation_days();
    if days < MIN_CONSULTATION_DAYS {
        errors.push((
            "closes",
            ConsultationProblem::ConsultationTooShort { days: days.max(0) }.into(),
        ));
    } else if days > MAX_CONSULTATION_DAYS {
        errors.push((
            "closes",
            ConsultationProblem::ConsultationTooLong { days }.into(),
        ));
    }
    if t.answers_by < t.closes {
        errors.push(("answers_by", ConsultationProblem::AnswersBeforeClose.into()));
    }
    if t.report_by < t.answers_by {
        errors.push(("report_by", ConsultationProblem::ReportBeforeAnswers.into()));
    }
    let mut forms = p.forms.clone();
    forms.sort();
    forms.dedup();
    if forms.len() < MIN_FORMS {
        errors.push((
            "forms",
            ConsultationProblem::FormsTooFew {
                count: forms.len() as i64,
            }
            .into(),
        ));
    }
    if !forms.iter().any(|f| f.meets_people()) {
        errors.push(("forms", ConsultationProblem::MeetingRequired.into()));
    }
    errors
}

/// An address-safe anchor for a section heading: Polish letters without their marks,
/// lower case, words joined by '-'; "sekcja" when nothing is left.
pub fn anchor_of(heading: &str) -> String {
    let mut out = String::new();
    for c in heading.to_lowercase().chars() {
        let c = match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out: String = out.chars().take(60).collect();
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "sekcja".to_string()
    } else {
        out
    }
}

/// The most sections a document has.
pub const MAX_SECTIONS: usize = 100;

/// The document as clerks type it: each section starts with a line "## Heading", its text
/// follows (paragraphs separated by an empty line). Text before the first heading is
/// refused, so that nothing is silently lost; anchors are unique (a second "Drzewa" is
/// "drzewa-2"). Empty text: no sections.
pub fn parse_sections(text: &str) -> Result<Vec<super::Section>, (&'static str, Problem)> {
    let mut sections: Vec<super::Section> = Vec::new();
    let mut body: Vec<&str> = Vec::new();
    let finish = |sections: &mut Vec<super::Section>, body: &mut Vec<&str>| {
        if let Some(last) = sections.last_mut() {
            let text = body.join("\n");
            let paragraphs: Vec<String> = text
                .split("\n\n")
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect();
            last.body = paragraphs.join("\n\n");
        }
        body.clear();
    };
    let text = text.replace("\r\n", "\n");
    for line in text.split('\n') {
        if let Some(heading) = line.trim_start().strip_prefix("## ") {
            finish(&mut sections, &mut body);
            let heading = heading.trim().to_string();
            let base = anchor_of(&heading);
            let mut anchor = base.clone();
            let mut n = 2;
            while sections.iter().any(|s| s.anchor == anchor) {
                anchor = format!("{base}-{n}");
                n += 1;
            }
            sections.push(super::Section {
                anchor,
                heading,
                body: String::new(),
            });
        } else if sections.is_empty() {
            if !line.trim().is_empty() {
                return Err(("sections", ConsultationProblem::SectionHeadingFirst.into()));
            }
        } else {
            body.push(line);
        }
    }
    finish(&mut sections, &mut body);
    if sections.len() > MAX_SECTIONS {
        return Err((
            "sections",
            FormProblem::NumberRange {
                min: 1,
                max: MAX_SECTIONS as i64,
            }
            .into(),
        ));
    }
    if sections
        .iter()
        .any(|s| s.heading.is_empty() || s.body.is_empty())
    {
        return Err(("sections", ConsultationProblem::SectionEmpty.into()));
    }
    Ok(sections)
}

/// The document as the form shows it again: the reverse of [`parse_sections`].
pub fn sections_text(sections: &[super::Section]) -> String {
    sections
        .iter()
        .map(|s| format!("## {}\n{}", s.heading, s.body))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// An extension of a published consultation, checked on `today`: a reason, a later last
/// day, asked while it is still open (or before), and no more than 60 days in all. The
/// answer and report dates move by as many days as the consultation does.
pub fn extend(
    t: &Timeline,
    new_closes: Date,
    reason: &str,
    today: Date,
) -> Result<Timeline, Vec<(&'static str, Problem)>> {
    let mut errors: Vec<(&'static str, Problem)> = Vec::new();
    let reason = reason.trim();
    if reason.is_empty() {
        errors.push(("reason", FormProblem::ReasonRequired.into()));
    } else if reason.chars().count() > 2000 {
        errors.push(("reason", FormProblem::TextTooLong { max: 2000 }.into()));
    }
    if today > t.closes {
        errors.push(("closes", ConsultationProblem::ExtensionAfterClose.into()));
    } else if new_closes <= t.closes {
        errors.push(("closes", ConsultationProblem::ExtensionNotLater.into()));
    } else {
        let days = days_between(t.opens, new_closes) + 1;
        if days > MAX_CONSULTATION_DAYS {
            errors.push((
                "closes",
                ConsultationProblem::ConsultationTooLong { days }.into(),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let shift = jiff::Span::new().days(days_between(t.closes, new_closes));
    Ok(Timeline {
        closes: new_closes,
        answers_by: t.answers_by.checked_add(shift).unwrap_or(t.answers_by),
        report_by: t.report_by.checked_add(shift).unwrap_or(t.report_by),
        ..*t
    })
}

/// When remarks are moderated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Moderation {
    /// A clerk publishes each remark before anyone sees it.
    Before,
    /// Remarks appear at once; a clerk may hide them afterwards.
    After,
}

/// Why a clerk hid a remark or a statement; the trace left in its place says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HideReason {
    PersonalData,
    Offensive,
    OffTopic,
    Duplicate,
}

impl HideReason {
    pub const ALL: [HideReason; 4] = [
        HideReason::PersonalData,
        HideReason::Offensive,
        HideReason::OffTopic,
        HideReason::Duplicate,
    ];
}

/// Where a remark (or a statement) stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RemarkState {
    /// Waiting for a clerk (moderation before publishing).
    Waiting,
    Published,
    /// Hidden by reports from residents until a clerk decides.
    Held,
    Hidden(HideReason),
}

impl RemarkState {
    /// A new remark, or one its author has just edited.
    pub fn written(m: Moderation) -> RemarkState {
        match m {
            Moderation::Before => RemarkState::Waiting,
            Moderation::After => RemarkState::Published,
        }
    }

    /// Whether its text is shown to everyone (a hidden one leaves a trace with its reason).
    pub fn shown(self) -> bool {
        self == RemarkState::Published
    }

    /// After a report; `reporters` counts different residents, this one included. A remark
    /// a clerk has already published after reports stays published (`confirmed`).
    pub fn reported(self, reporters: u32, confirmed: bool) -> RemarkState {
        if self == RemarkState::Published && reporters >= REPORTS_TO_HOLD && !confirmed {
            RemarkState::Held
        } else {
            self
        }
    }
}

/// A clerk's decision on a remark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Publish,
    Hide(HideReason),
}

pub fn decide(d: Decision) -> RemarkState {
    match d {
        Decision::Publish => RemarkState::Published,
        Decision::Hide(r) => RemarkState::Hidden(r),
    }
}

/// Whether the author may still change their remark.
pub fn may_edit(phase: Phase, is_author: bool) -> bool {
    is_author && phase == Phase::Open
}

impl HideReason {
    pub fn code(self) -> &'static str {
        match self {
            HideReason::PersonalData => "personal-data",
            HideReason::Offensive => "offensive",
            HideReason::OffTopic => "off-topic",
            HideReason::Duplicate => "duplicate",
        }
    }
    pub fn parse(code: &str) -> Option<HideReason> {
        HideReason::ALL.into_iter().find(|r| r.code() == code)
    }
}

impl RemarkState {
    /// As stored: the state, and the reason of a hidden one.
    pub fn code(self) -> (&'static str, Option<&'static str>) {
        match self {
            RemarkState::Waiting => ("waiting", None),
            RemarkState::Published => ("published", None),
            RemarkState::Held => ("held", None),
            RemarkState::Hidden(r) => ("hidden", Some(r.code())),
        }
    }
    /// From storage; an unknown state is treated as waiting for a clerk (never shown).
    pub fn parse(state: &str, reason: Option<&str>) -> RemarkState {
        match (state, reason.and_then(HideReason::parse)) {
            ("published", _) => RemarkState::Published,
            ("held", _) => RemarkState::Held,
            ("hidden", Some(r)) => RemarkState::Hidden(r),
            ("hidden", None) => RemarkState::Hidden(HideReason::OffTopic),
            _ => RemarkState::Waiting,
        }
    }

    /// After its author edited it: a remark a clerk or reports took away goes back to a
    /// clerk, whatever the consultation's moderation; otherwise as a new one.
    pub fn edited(self, m: Moderation) -> RemarkState {
        match self {
            RemarkState::Held | RemarkState::Hidden(_) => RemarkState::Waiting,
            _ => RemarkState::written(m),
        }
    }

    /// Whether it is listed for everyone: its text when published, a trace with the reason
    /// when hidden or held; a remark waiting for a clerk is listed only for its author.
    pub fn listed(self) -> bool {
        self != RemarkState::Waiting
    }
}

/// The longest remark.
pub const REMARK_MAX_CHARS: usize = 5000;

/// Checks a remark's text: trimmed, not empty, at most [`REMARK_MAX_CHARS`] characters.
pub fn check_remark(text: &str) -> Result<String, (&'static str, Problem)> {
    let t = text.trim();
    if t.is_empty() {
        Err(("text", FormProblem::TextRequired.into()))
    } else if t.chars().count() > REMARK_MAX_CHARS {
        Err((
            "text",
            FormProblem::TextTooLong {
                max: REMARK_MAX_CHARS as i64,
            }
            .into(),
        ))
    } else {
        Ok(t.to_string())
    }
}

/// How a remark reached the city: written in the portal, or received on paper (in the
/// office), by post or by e-mail and typed in by a clerk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Portal,
    Paper,
    Post,
    Email,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Portal,
        Channel::Paper,
        Channel::Post,
        Channel::Email,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Channel::Portal => "portal",
            Channel::Paper => "paper",
            Channel::Post => "post",
            Channel::Email => "email",
        }
    }
    pub fn parse(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// The order of a list of remarks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RemarkSort {
    #[default]
    Newest,
    Oldest,
    MostSupported,
}

impl RemarkSort {
    pub const ALL: [RemarkSort; 3] = [
        RemarkSort::Newest,
        RemarkSort::Oldest,
        RemarkSort::MostSupported,
    ];
    pub fn code(self) -> &'static str {
        match self {
            RemarkSort::Newest => "newest",
            RemarkSort::Oldest => "oldest",
            RemarkSort::MostSupported => "supported",
        }
    }
    /// From an address; anything else is the default order.
    pub fn parse(code: &str) -> RemarkSort {
        RemarkSort::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .unwrap_or_default()
    }
}

/// The page asked for in an address: 1 for anything that is not a page number, and never
/// beyond the last page (`total` remarks, at least page 1).
pub fn page_of(asked: Option<u32>, total: u64) -> u32 {
    let last = total.div_ceil(PAGE_SIZE as u64).max(1);
    u64::from(asked.unwrap_or(1).max(1)).min(last) as u32
}

/// Why a resident may not support or report a remark; None: they may.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotYours {
    /// One's own remark.
    Own,
    /// Not shown to everyone (waiting, held or hidden).
    NotShown,
}

/// Whether `account` may support or report a remark by `author` in `state`.
pub fn may_react(account: i64, author: Option<i64>, state: RemarkState) -> Result<(), NotYours> {
    if author == Some(account) {
        Err(NotYours::Own)
    } else if !state.shown() {
        Err(NotYours::NotShown)
    } else {
        Ok(())
    }
}

/// An answer to a remark or a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Accepted,
    PartlyAccepted,
    NotAccepted,
    NotApplicable,
    AlreadyCovered,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Accepted,
        Verdict::PartlyAccepted,
        Verdict::NotAccepted,
        Verdict::NotApplicable,
        Verdict::AlreadyCovered,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::PartlyAccepted => "partly-accepted",
            Verdict::NotAccepted => "not-accepted",
            Verdict::NotApplicable => "not-applicable",
            Verdict::AlreadyCovered => "already-covered",
        }
    }
    pub fn parse(code: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Whether a remark in `state` still needs its own answer for the report: a hidden one is
/// answered by its reason; one waiting for a clerk must be decided first.
pub fn needs_answer(state: RemarkState) -> bool {
    !matches!(state, RemarkState::Hidden(_))
}

/// The least length of a justification: a sentence, never a bare "not taken into account".
pub const JUSTIFICATION_MIN_CHARS: usize = 20;

/// Checks an answer's justification.
pub fn check_justification(text: &str) -> Result<String, (&'static str, Problem)> {
    let t = text.trim();
    if t.is_empty() {
        Err(("justification", FormProblem::ReasonRequired.into()))
    } else if t.chars().count() < JUSTIFICATION_MIN_CHARS {
        Err((
            "justification",
            ConsultationProblem::JustificationTooShort {
                min: JUSTIFICATION_MIN_CHARS as i64,
            }
            .into(),
        ))
    } else if t.chars().count() > 5000 {
        Err((
            "justification",
            FormProblem::TextTooLong { max: 5000 }.into(),
        ))
    } else {
        Ok(t.to_string())
    }
}

/// The report is published only when nothing shown is left unanswered (hidden remarks are
/// answered by their reason).
pub fn check_report(unanswered: u64, summary: &str) -> Vec<(&'static str, Problem)> {
    let mut errors: Vec<(&'static str, Problem)> = Vec::new();
    if summary.trim().is_empty() {
        errors.push(("summary", FormProblem::FieldRequired.into()));
    }
    if unanswered > 0 {
        errors.push((
            "report",
            ConsultationProblem::Unanswered {
                count: unanswered as i64,
            }
            .into(),
        ));
    }
    errors
}

/// A registration's place for a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    Seat,
    /// On the waiting list, first = 1.
    Waiting(u32),
}

/// Places of the registrations still standing, in the order they were made: the first
/// `seats` have a seat, the others wait in order. Nobody is "moved up" by a separate step:
/// when someone cancels, the next one's place is a seat because it is derived from the order.
pub fn places(seats: u32, registrations: usize) -> Vec<Place> {
    (0..registrations)
        .map(|i| {
            if (i as u32) < seats {
                Place::Seat
            } else {
                Place::Waiting(i as u32 - seats + 1)
            }
        })
        .collect()
}

/// Who got a seat between two lists of registrations (ids in order), to be told.
pub fn moved_up<T: PartialEq + Clone>(seats: u32, before: &[T], after: &[T]) -> Vec<T> {
    let had_seat = |id: &T| {
        before
            .iter()
            .position(|b| b == id)
            .is_some_and(|i| (i as u32) < seats)
    };
    after
        .iter()
        .take(seats as usize)
        .filter(|id| before.contains(id) && !had_seat(id))
        .cloned()
        .collect()
}

/// A meeting's or a slot's title, expert or place is at most this long.
pub const MEETING_TEXT_MAX: usize = 200;
/// The most seats a meeting can have.
pub const MAX_SEATS: u32 = 5000;
/// Duty hours are cut into slots of this many minutes at least and at most…
pub const SLOT_MINUTES: (i64, i64) = (10, 120);
/// …and one form adds at most this many slots.
pub const MAX_SLOTS: usize = 48;
/// What a resident may write about the subject of a duty-hours call.
pub const QUESTION_MAX: usize = 500;

/// A meeting or a workshop as the organiser typed it.
#[derive(Clone, Debug, Default)]
pub struct MeetingFields<'a> {
    pub kind: &'a str,
    pub title: &'a str,
    pub date: &'a str,
    pub starts: &'a str,
    pub ends: &'a str,
    pub place: &'a str,
    pub online_url: &'a str,
    pub seats: &'a str,
}

/// A meeting that can be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingPlan {
    pub kind: Form,
    pub title: String,
    pub starts: i64,
    pub ends: i64,
    pub place: String,
    pub online_url: String,
    pub seats: u32,
}

fn short_text(
    field: &'static str,
    text: &str,
    required: bool,
    errors: &mut Vec<(&'static str, Problem)>,
) -> String {
    let t = text.trim();
    if required && t.is_empty() {
        errors.push((field, FormProblem::FieldRequired.into()));
    } else if t.chars().count() > MEETING_TEXT_MAX {
        errors.push((
            field,
            FormProblem::TextTooLong {
                max: MEETING_TEXT_MAX as i64,
            }
            .into(),
        ));
    }
    t.to_string()
}

/// A Kraków day and two clock times ("HH:MM") of it, checked: the day within the
/// consultation (from its opening to its last day), the end after the start.
fn time_span(
    date: &str,
    starts: &str,
    ends: &str,
    t: &Timeline,
    errors: &mut Vec<(&'static str, Problem)>,
) -> Option<(i64, i64)> {
    let clock = |c: &str| {
        let (h, m) = c.trim().split_once(':')?;
        let (h, m) = (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
        (h < 24 && m < 60 && c.trim().len() == 5).then_some((h, m))
    };
    let day = date.trim().parse::<Date>().ok();
    match day {
        None => errors.push(("date", FormProblem::DateInvalid.into())),
        Some(d) if d < t.opens || d > t.closes => {
            errors.push(("date", ConsultationProblem::OutsideConsultation.into()))
        }
        Some(_) => {}
    }
    let (a, b) = (clock(starts), clock(ends));
    if a.is_none() {
        errors.push(("starts", ConsultationProblem::TimeInvalid.into()));
    }
    if b.is_none() {
        errors.push(("ends", ConsultationProblem::TimeInvalid.into()));
    }
    let (d, a, b) = (day?, a?, b?);
    let at = |(h, m): (u8, u8)| {
        crate::i18n::time::parse_local(&d.to_string(), &format!("{h:02}:{m:02}"), (0, 0))
    };
    let (s, e) = (at(a)?, at(b)?);
    if e <= s {
        errors.push(("ends", FormProblem::DatesOrder.into()));
        return None;
    }
    Some((s, e))
}

/// Checks a meeting: a title, a day within the consultation, an end after the start, a
/// place or an https:// link (or both), and 1 to MAX_SEATS seats. Every problem at its field.
pub fn check_meeting(
    f: &MeetingFields,
    t: &Timeline,
) -> Result<MeetingPlan, Vec<(&'static str, Problem)>> {
    let mut errors = Vec::new();
    let kind = Form::parse(f.kind.trim()).filter(|k| k.meets_people());
    if kind.is_none() {
        errors.push(("kind", FormProblem::ChoiceInvalid.into()));
    }
    let title = short_text("title", f.title, true, &mut errors);
    let span = time_span(f.date, f.starts, f.ends, t, &mut errors);
    let place = short_text("place", f.place, false, &mut errors);
    let online_url = f.online_url.trim().to_string();
    if !online_url.is_empty() && !is_https_link(&online_url) {
        errors.push(("online_url", ConsultationProblem::MeetingLinkInvalid.into()));
    }
    if place.is_empty() && online_url.is_empty() {
        errors.push(("place", ConsultationProblem::PlaceRequired.into()));
    }
    let seats = f
        .seats
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=MAX_SEATS).contains(n));
    if seats.is_none() {
        errors.push((
            "seats",
            FormProblem::NumberRange {
                min: 1,
                max: MAX_SEATS as i64,
            }
            .into(),
        ));
    }
    match (kind, span, seats) {
        (Some(kind), Some((starts, ends)), Some(seats)) if errors.is_empty() => Ok(MeetingPlan {
            kind,
            title,
            starts,
            ends,
            place,
            online_url,
            seats,
        }),
        _ => Err(errors),
    }
}

/// An https:// address with a host and nothing that could break out of an attribute.
pub fn is_https_link(s: &str) -> bool {
    s.len() <= 500
        && s.strip_prefix("https://").is_some_and(|rest| {
            !rest.is_empty()
                && !rest.starts_with('/')
                && rest
                    .chars()
                    .all(|c| c.is_ascii_graphic() && !"<>\"'`".contains(c))
        })
}

/// Whether registrations (and cancellations) are taken at `now`: until the meeting starts.
pub fn registration_open(starts: i64, now: i64) -> bool {
    now < starts
}

/// How an expert meets residents in duty hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DutyMode {
    /// The expert calls the resident at the number given.
    Phone,
    InPerson,
}

impl DutyMode {
    pub fn code(self) -> &'static str {
        match self {
            DutyMode::Phone => "phone",
            DutyMode::InPerson => "in-person",
        }
    }

    pub fn parse(code: &str) -> Option<DutyMode> {
        [DutyMode::Phone, DutyMode::InPerson]
            .into_iter()
            .find(|m| m.code() == code)
    }
}

#[derive(Clone, Debug, Default)]
pub struct DutyFields<'a> {
    pub expert: &'a str,
    pub mode: &'a str,
    pub place: &'a str,
    pub date: &'a str,
    pub starts: &'a str,
    pub ends: &'a str,
    pub minutes: &'a str,
}

/// Duty hours to save: the slots (start, end) they are cut into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DutyPlan {
    pub expert: String,
    pub mode: DutyMode,
    pub place: String,
    pub slots: Vec<(i64, i64)>,
}

/// Checks duty hours and cuts them into slots of `minutes` (a slot that would run past the
/// end is left out). In person needs a place; at most MAX_SLOTS slots at once.
pub fn check_duty(f: &DutyFields, t: &Timeline) -> Result<DutyPlan, Vec<(&'static str, Problem)>> {
    let mut errors = Vec::new();
    let expert = short_text("expert", f.expert, true, &mut errors);
    let mode = DutyMode::parse(f.mode.trim());
    if mode.is_none() {
        errors.push(("mode", FormProblem::ChoiceInvalid.into()));
    }
    let place = short_text("place", f.place, false, &mut errors);
    if mode == Some(DutyMode::InPerson) && place.is_empty() {
        errors.push(("place", ConsultationProblem::PlaceRequired.into()));
    }
    let span = time_span(f.date, f.starts, f.ends, t, &mut errors);
    let (lo, hi) = SLOT_MINUTES;
    let minutes = f
        .minutes
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|m| (lo..=hi).contains(m));
    if minutes.is_none() {
        errors.push((
            "minutes",
            FormProblem::NumberRange { min: lo, max: hi }.into(),
        ));
    }
    let slots = match (span, minutes) {
        (Some((s, e)), Some(m)) => {
            let v: Vec<(i64, i64)> = (0..)
                .map(|i| (s + i * m * 60, s + (i + 1) * m * 60))
                .take_while(|(_, end)| *end <= e)
                .take(MAX_SLOTS + 1)
                .collect();
            if v.is_empty() {
                errors.push(("minutes", ConsultationProblem::SlotLongerThanHours.into()));
            } else if v.len() > MAX_SLOTS {
                errors.push((
                    "minutes",
                    ConsultationProblem::SlotsTooMany {
                        max: MAX_SLOTS as i64,
                    }
                    .into(),
                ));
            }
            v
        }
        _ => Vec::new(),
    };
    match mode {
        Some(mode) if errors.is_empty() => Ok(DutyPlan {
            expert,
            mode,
            place,
            slots,
        }),
        _ => Err(errors),
    }
}

/// A statement a resident or the organiser proposes: required, at most
/// STATEMENT_MAX_CHARS characters, trimmed.
pub fn check_statement(text: &str) -> Result<String, (&'static str, Problem)> {
    let t = text.trim();
    if t.is_empty() {
        Err(("text", FormProblem::TextRequired.into()))
    } else if t.chars().count() > STATEMENT_MAX_CHARS {
        Err((
            "text",
            FormProblem::TextTooLong {
                max: STATEMENT_MAX_CHARS as i64,
            }
            .into(),
        ))
    } else {
        Ok(t.to_string())
    }
}

/// A statement as compared for duplicates: lower case (Polish letters too), words separated
/// by one space, without the final full stop.
pub fn statement_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches(['.', '!', '?'])
        .to_string()
}

/// A Polish telephone number for the expert to call: nine digits, spaces, dashes and a
/// leading +48 allowed; kept as "+48 123 456 789".
pub fn check_phone(s: &str) -> Option<String> {
    let t: String = s.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let digits = t
        .strip_prefix("+48")
        .or_else(|| t.strip_prefix("0048"))
        .unwrap_or(&t);
    (digits.len() == 9 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("+48 {} {} {}", &digits[..3], &digits[3..6], &digits[6..]))
}

/// What a document attached to a consultation may be. The type is read from the file's
/// content ([`DocKind::sniff`]), never from its name or the type the browser declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    Pdf,
    Odt,
    Ods,
    Docx,
    Xlsx,
    Png,
    Jpeg,
}

/// A document's title: required, at most this many characters.
pub const DOCUMENT_TITLE_MAX: usize = 200;

impl DocKind {
    pub const ALL: [DocKind; 7] = [
        DocKind::Pdf,
        DocKind::Odt,
        DocKind::Ods,
        DocKind::Docx,
        DocKind::Xlsx,
        DocKind::Png,
        DocKind::Jpeg,
    ];
    pub fn code(self) -> &'static str {
        match self {
            DocKind::Pdf => "pdf",
            DocKind::Odt => "odt",
            DocKind::Ods => "ods",
            DocKind::Docx => "docx",
            DocKind::Xlsx => "xlsx",
            DocKind::Png => "png",
            DocKind::Jpeg => "jpeg",
        }
    }
    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.code() == s)
    }
    /// The file name's extension the download gets.
    pub fn extension(self) -> &'static str {
        match self {
            DocKind::Jpeg => "jpg",
            k => k.code(),
        }
    }
    /// The short name people know the format by.
    pub fn label(self) -> &'static str {
        match self {
            DocKind::Pdf => "PDF",
            DocKind::Odt => "ODT",
            DocKind::Ods => "ODS",
            DocKind::Docx => "DOCX",
            DocKind::Xlsx => "XLSX",
            DocKind::Png => "PNG",
            DocKind::Jpeg => "JPEG",
        }
    }
    pub fn media_type(self) -> &'static str {
        match self {
            DocKind::Pdf => "application/pdf",
            DocKind::Odt => "application/vnd.oasis.opendocument.text",
            DocKind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            DocKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            DocKind::Png => "image/png",
            DocKind::Jpeg => "image/jpeg",
        }
    }
    /// The type of a file from its first bytes (and, for ODF and OOXML, the zip entries that
    /// name the format); None for anything else, HTML, SVG and scripts included.
    #[cfg(feature = "ssr")]
    pub fn sniff(content: &[u8]) -> Option<DocKind> {
        use infer::{archive, doc, image, odf};
        if archive::is_pdf(content) {
            Some(DocKind::Pdf)
        } else if odf::is_odt(content) {
            Some(DocKind::Odt)
        } else if odf::is_ods(content) {
            Some(DocKind::Ods)
        } else if doc::is_docx(content) {
            Some(DocKind::Docx)
        } else if doc::is_xlsx(content) {
            Some(DocKind::Xlsx)
        } else if image::is_png(content) {
            Some(DocKind::Png)
        } else if image::is_jpeg(content) {
            Some(DocKind::Jpeg)
        } else {
            None
        }
    }
}

/// A document's title: trimmed, required, at most DOCUMENT_TITLE_MAX characters.
pub fn check_document_title(title: &str) -> Result<String, (&'static str, Problem)> {
    let t = title.trim();
    if t.is_empty() {
        Err(("title", FormProblem::FieldRequired.into()))
    } else if t.chars().count() > DOCUMENT_TITLE_MAX {
        Err((
            "title",
            FormProblem::TextTooLong {
                max: DOCUMENT_TITLE_MAX as i64,
            }
            .into(),
        ))
    } else {
        Ok(t.to_string())
    }
}

/// The `Content-Disposition` of a document's download: always an attachment (never shown in
/// the portal's origin), with an ASCII name for old clients, where anything but letters,
/// digits, '-' and '_' becomes '_', and the real name in UTF-8 (RFC 6266, RFC 5987). No
/// quote, backslash, control character or path separator from the title survives.
#[cfg(feature = "ssr")]
pub fn content_disposition(title: &str, kind: DocKind) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    // RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
    const ATTR: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let clean: String = title
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\') {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let clean: String = clean.chars().take(DOCUMENT_TITLE_MAX).collect();
    let clean = if clean.trim_matches('.').is_empty() {
        "document".to_string()
    } else {
        clean
    };
    let ascii: String = clean
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let ext = kind.extension();
    format!(
        "attachment; filename=\"{ascii}.{ext}\"; filename*=UTF-8''{}.{ext}",
        utf8_percent_encode(&clean, ATTR)
    )
}

/// A consultation's own texts in one more language. Polish is the consultation's; a
/// translation gives the title, the summary and every section, or nothing at all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub easy_summary: String,
    /// (heading, body) of each section, in the Polish document's order.
    #[serde(default)]
    pub sections: Vec<(String, String)>,
}

impl Translation {
    pub fn is_empty(&self) -> bool {
        self.title.trim().is_empty()
            && self.summary.trim().is_empty()
            && self.easy_summary.trim().is_empty()
            && self.sections.is_empty()
    }
}

/// The English and Ukrainian versions (either may be empty: not translated).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translations {
    #[serde(default, skip_serializing_if = "Translation::is_empty")]
    pub en: Translation,
    #[serde(default, skip_serializing_if = "Translation::is_empty")]
    pub uk: Translation,
}

impl Translations {
    /// The translation into `lang`, if there is one (Polish has none: it is the original).
    pub fn get(&self, lang: crate::i18n::Lang) -> Option<&Translation> {
        use crate::i18n::Lang;
        let t = match lang {
            Lang::Pl => return None,
            Lang::En => &self.en,
            Lang::Uk => &self.uk,
        };
        (!t.is_empty()).then_some(t)
    }
}

/// Checks one language's version from the organisers' form (the fields `title_<code>`,
/// `summary_<code>`, `easy_summary_<code>`, `sections_<code>`): empty, or a title, a
/// summary and exactly as many sections as the Polish document, in the same "## " form.
pub fn check_translation(
    code: &str,
    title: &str,
    summary: &str,
    easy_summary: &str,
    sections: &str,
    polish_sections: usize,
) -> Result<Translation, Vec<(String, Problem)>> {
    let field = |f: &str| format!("{f}_{code}");
    if [title, summary, easy_summary, sections]
        .iter()
        .all(|s| s.trim().is_empty())
    {
        return Ok(Translation::default());
    }
    let mut errors: Vec<(String, Problem)> = Vec::new();
    for (f, text, max) in [
        ("title", title, 200),
        ("summary", summary, 2000),
        ("easy_summary", easy_summary, 4000),
        ("sections", sections, 200_000),
    ] {
        if text.chars().count() > max {
            errors.push((
                field(f),
                FormProblem::TextTooLong { max: max as i64 }.into(),
            ));
        }
    }
    if title.trim().is_empty() {
        errors.push((field("title"), FormProblem::FieldRequired.into()));
    }
    if summary.trim().is_empty() {
        errors.push((field("summary"), FormProblem::FieldRequired.into()));
    }
    let parsed = if sections.trim().is_empty() {
        Ok(Vec::new())
    } else {
        parse_sections(sections).map_err(|(_, p)| errors.push((field("sections"), p)))
    };
    if let Ok(parsed) = &parsed {
        if parsed.len() != polish_sections {
            errors.push((
                field("sections"),
                ConsultationProblem::TranslationSections {
                    expected: polish_sections as i64,
                    count: parsed.len() as i64,
                }
                .into(),
            ));
        }
    }
    let parsed = match parsed {
        Ok(p) if errors.is_empty() => p,
        _ => return Err(errors),
    };
    Ok(Translation {
        title: title.trim().to_string(),
        summary: summary.trim().to_string(),
        easy_summary: easy_summary.trim().to_string(),
        sections: parsed.into_iter().map(|s| (s.heading, s.body)).collect(),
    })
}

/// A translation as the organisers' form shows it: its sections as text with "## " headings.
pub fn translation_text(t: &Translation) -> String {
    t.sections
        .iter()
        .map(|(h, b)| format!("## {h}\n{b}"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Subjects a consultation is about and residents follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Transport,
    Greenery,
    Planning,
    Environment,
    Housing,
    Culture,
    Education,
    Social,
    Other,
}

impl Topic {
    pub const ALL: [Topic; 9] = [
        Topic::Transport,
        Topic::Greenery,
        Topic::Planning,
        Topic::Environment,
        Topic::Housing,
        Topic::Culture,
        Topic::Education,
        Topic::Social,
        Topic::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Topic::Transport => "transport",
            Topic::Greenery => "greenery",
            Topic::Planning => "planning",
            Topic::Environment => "environment",
            Topic::Housing => "housing",
            Topic::Culture => "culture",
            Topic::Education => "education",
            Topic::Social => "social",
            Topic::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// What a resident follows and how often they want to hear.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Following {
    pub districts: Vec<District>,
    pub topics: Vec<Topic>,
    /// Every consultation.
    pub everything: bool,
    pub delivery: Delivery,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    /// One e-mail a day with everything new (the default: people are not flooded).
    #[default]
    Daily,
    AtOnce,
    /// Only the notification centre in the portal.
    PortalOnly,
}

impl Delivery {
    pub const ALL: [Delivery; 3] = [Delivery::Daily, Delivery::AtOnce, Delivery::PortalOnly];

    pub fn code(self) -> &'static str {
        match self {
            Delivery::Daily => "daily",
            Delivery::AtOnce => "at-once",
            Delivery::PortalOnly => "portal-only",
        }
    }

    pub fn parse(code: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// When the e-mail with `pending` notices goes to someone who wants `delivery`, given the
/// Kraków day their last digest went out: at once, once a day from DIGEST_HOUR, or never
/// (portal only: the notices are only marked as handled).
pub fn mail_due(delivery: Delivery, pending: bool, last_digest: Option<Date>, now: i64) -> bool {
    pending
        && match delivery {
            Delivery::AtOnce => true,
            Delivery::Daily => digest_due(last_digest, now),
            Delivery::PortalOnly => false,
        }
}

/// Whether a consultation concerns someone who follows `f`: its topic, one of its districts,
/// or, for a consultation of the whole city (no districts), anyone following any district.
pub fn concerns(f: &Following, districts: &[District], topic: Topic) -> bool {
    f.everything
        || f.topics.contains(&topic)
        || if districts.is_empty() {
            !f.districts.is_empty()
        } else {
            districts.iter().any(|d| f.districts.contains(d))
        }
}

/// What residents are told about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Event {
    Opened,
    ClosingSoon,
    ReportPublished,
    /// The resident's own remark was answered (told whatever they follow).
    RemarkAnswered,
}

impl Event {
    pub fn code(self) -> &'static str {
        match self {
            Event::Opened => "opened",
            Event::ClosingSoon => "closing-soon",
            Event::ReportPublished => "report-published",
            Event::RemarkAnswered => "remark-answered",
        }
    }

    pub fn parse(code: &str) -> Option<Event> {
        [
            Event::Opened,
            Event::ClosingSoon,
            Event::ReportPublished,
            Event::RemarkAnswered,
        ]
        .into_iter()
        .find(|e| e.code() == code)
    }
}

/// The events a consultation's timeline brings on Kraków day `today` (the job runs daily
/// and after publishing; a sent event is recorded, so a second run sends nothing twice).
pub fn due_events(t: &Timeline, published: bool, today: Date) -> Vec<Event> {
    let mut v = Vec::new();
    if !published {
        return v;
    }
    if today >= t.opens && today <= t.closes {
        v.push(Event::Opened);
        if days_between(today, t.closes) < CLOSING_REMINDER_DAYS {
            v.push(Event::ClosingSoon);
        }
    }
    v
}

/// When a daily digest goes out: once a Kraków day, from this hour.
pub const DIGEST_HOUR: u8 = 7;

/// Whether a resident's daily digest is due at `now`, given the Kraków day it was last sent.
pub fn digest_due(last_sent: Option<Date>, now: i64) -> bool {
    let today = day_of(now);
    let hour = crate::i18n::time::LocalTime::at(now).hour;
    hour >= DIGEST_HOUR && last_sent.is_none_or(|d| d < today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn timeline(info: Date, opens: Date, closes: Date) -> Timeline {
        Timeline {
            information_from: info,
            opens,
            closes,
            answers_by: closes.checked_add(jiff::Span::new().days(30)).unwrap(),
            report_by: closes.checked_add(jiff::Span::new().days(45)).unwrap(),
        }
    }

    fn ready() -> Publishable {
        Publishable {
            title: "Park".into(),
            summary: "S".into(),
            easy_summary: "E".into(),
            sections: 2,
            department: "Wydział".into(),
            contact: "Jan".into(),
            forms: vec![Form::Remarks, Form::Meeting, Form::Paper],
        }
    }

    fn problems(v: &[(&'static str, Problem)]) -> Vec<(&'static str, Problem)> {
        v.to_vec()
    }

    #[test]
    fn minimums_exactly_met_publish() {
        // 7 days of information (1–8 March), 21 days of consultation (8–28 March).
        let t = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 28));
        assert_eq!(t.consultation_days(), 21);
        assert!(check_publish(&ready(), &t, date(2027, 2, 20)).is_empty());
        // Sixty days is the most.
        let long = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 5, 6));
        assert_eq!(long.consultation_days(), 60);
        assert!(check_publish(&ready(), &long, date(2027, 2, 20)).is_empty());
    }

    #[test]
    fn each_missing_minimum_is_refused_at_its_field() {
        let p = ready();
        // Six days of information.
        let t = timeline(date(2027, 3, 2), date(2027, 3, 8), date(2027, 3, 28));
        assert_eq!(
            problems(&check_publish(&p, &t, date(2027, 2, 20))),
            vec![(
                "information_from",
                ConsultationProblem::InformationTooShort { days: 6 }.into()
            )]
        );
        // Published late: the campaign counts from the day of publishing.
        let t = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 28));
        assert_eq!(
            problems(&check_publish(&p, &t, date(2027, 3, 4))),
            vec![(
                "information_from",
                ConsultationProblem::InformationTooShort { days: 4 }.into()
            )]
        );
        // Twenty days; sixty-one days.
        let t = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 27));
        assert_eq!(
            problems(&check_publish(&p, &t, date(2027, 2, 20))),
            vec![(
                "closes",
                ConsultationProblem::ConsultationTooShort { days: 20 }.into()
            )]
        );
        let t = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 5, 7));
        assert_eq!(
            problems(&check_publish(&p, &t, date(2027, 2, 20))),
            vec![(
                "closes",
                ConsultationProblem::ConsultationTooLong { days: 61 }.into()
            )]
        );
        // Two forms, none of them meeting people.
        let t = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 28));
        let few = Publishable {
            forms: vec![Form::Remarks, Form::Survey, Form::Remarks],
            ..ready()
        };
        assert_eq!(
            problems(&check_publish(&few, &t, date(2027, 2, 20))),
            vec![
                (
                    "forms",
                    ConsultationProblem::FormsTooFew { count: 2 }.into()
                ),
                ("forms", ConsultationProblem::MeetingRequired.into()),
            ]
        );
        // A workshop is as good as a meeting.
        let workshop = Publishable {
            forms: vec![Form::Remarks, Form::Survey, Form::Workshop],
            ..ready()
        };
        assert!(check_publish(&workshop, &t, date(2027, 2, 20)).is_empty());
        // What residents must be able to read, and the order of the dates.
        let empty = Publishable {
            easy_summary: " ".into(),
            sections: 0,
            ..ready()
        };
        let mut bad = t;
        bad.answers_by = date(2027, 3, 27);
        bad.report_by = date(2027, 3, 26);
        assert_eq!(
            problems(&check_publish(&empty, &bad, date(2027, 2, 20))),
            vec![
                ("easy_summary", FormProblem::FieldRequired.into()),
                ("sections", ConsultationProblem::SectionsRequired.into()),
                ("answers_by", ConsultationProblem::AnswersBeforeClose.into()),
                ("report_by", ConsultationProblem::ReportBeforeAnswers.into()),
            ]
        );
    }

    #[test]
    fn phases_follow_kraków_days_across_the_clock_change() {
        // Opens on Sunday 28 March 2027, the night the clocks go forward.
        let t = timeline(date(2027, 3, 20), date(2027, 3, 28), date(2027, 4, 17));
        let at = |y, m, d, h, min| {
            crate::i18n::time::parse_local(
                &format!("{y:04}-{m:02}-{d:02}"),
                &format!("{h:02}:{min:02}"),
                (0, 0),
            )
            .unwrap()
        };
        assert_eq!(phase(false, &t, false, at(2027, 4, 1, 12, 0)), Phase::Draft);
        assert_eq!(
            phase(true, &t, false, at(2027, 3, 27, 23, 59)),
            Phase::Information
        );
        assert_eq!(phase(true, &t, false, at(2027, 3, 28, 0, 0)), Phase::Open);
        // Midnight in Kraków is 23:00 UTC the day before, in winter.
        assert_eq!(day_start(date(2027, 3, 28)), at(2027, 3, 28, 0, 0));
        assert_eq!(
            jiff::Timestamp::from_second(day_start(date(2027, 3, 28)))
                .unwrap()
                .to_string(),
            "2027-03-27T23:00:00Z"
        );
        assert_eq!(phase(true, &t, false, at(2027, 4, 17, 23, 59)), Phase::Open);
        assert_eq!(
            phase(true, &t, false, at(2027, 4, 18, 0, 0)),
            Phase::Answering
        );
        assert_eq!(
            phase(true, &t, false, at(2027, 5, 18, 0, 0)),
            Phase::ReportDue
        );
        assert_eq!(
            phase(true, &t, true, at(2027, 5, 18, 0, 0)),
            Phase::Reported
        );
        assert_eq!(day_of(at(2027, 3, 28, 0, 30)), date(2027, 3, 28));
    }

    #[test]
    fn an_extension_needs_a_reason_and_stops_at_sixty_days() {
        let t = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 28));
        let e = extend(
            &t,
            date(2027, 4, 11),
            "Więcej spotkań w dzielnicy",
            date(2027, 3, 20),
        )
        .unwrap();
        assert_eq!(e.closes, date(2027, 4, 11));
        assert_eq!(e.consultation_days(), 35);
        // Answers and report move by the same 14 days.
        assert_eq!(e.answers_by, date(2027, 5, 11));
        assert_eq!(e.report_by, date(2027, 5, 26));
        assert_eq!(e.opens, t.opens);
        // Up to 60 days in all, extensions included.
        assert!(extend(&e, date(2027, 5, 6), "Znowu", date(2027, 4, 1)).is_ok());
        assert_eq!(
            extend(&e, date(2027, 5, 7), "Znowu", date(2027, 4, 1)).unwrap_err(),
            vec![(
                "closes",
                ConsultationProblem::ConsultationTooLong { days: 61 }.into()
            )]
        );
        assert_eq!(
            extend(&t, date(2027, 4, 1), "  ", date(2027, 3, 20)).unwrap_err(),
            vec![("reason", FormProblem::ReasonRequired.into())]
        );
        assert_eq!(
            extend(&t, date(2027, 3, 28), "r", date(2027, 3, 20)).unwrap_err(),
            vec![("closes", ConsultationProblem::ExtensionNotLater.into())]
        );
        assert_eq!(
            extend(&t, date(2027, 4, 5), "r", date(2027, 3, 29)).unwrap_err(),
            vec![("closes", ConsultationProblem::ExtensionAfterClose.into())]
        );
    }

    #[test]
    fn moderation_and_the_three_report_rule() {
        assert_eq!(
            RemarkState::written(Moderation::Before),
            RemarkState::Waiting
        );
        assert_eq!(
            RemarkState::written(Moderation::After),
            RemarkState::Published
        );
        assert!(!RemarkState::Waiting.shown());
        let s = RemarkState::Published;
        assert_eq!(s.reported(1, false), RemarkState::Published);
        assert_eq!(s.reported(2, false), RemarkState::Published);
        assert_eq!(s.reported(3, false), RemarkState::Held);
        assert!(!RemarkState::Held.shown());
        // A clerk's decision after reports stands: more reports do not hide it again.
        let after = decide(Decision::Publish);
        assert_eq!(after.reported(5, true), RemarkState::Published);
        // Reports do not bring back what is hidden or waiting.
        let hidden = decide(Decision::Hide(HideReason::Offensive));
        assert_eq!(hidden.reported(4, false), hidden);
        assert_eq!(
            RemarkState::Waiting.reported(3, false),
            RemarkState::Waiting
        );
        assert!(may_edit(Phase::Open, true));
        assert!(!may_edit(Phase::Open, false));
        assert!(!may_edit(Phase::Answering, true));
    }

    #[test]
    fn remarks_edits_reactions_and_pages() {
        use HideReason::*;
        // Text: trimmed, required, bounded (in characters, not bytes).
        assert_eq!(
            check_remark("  Więcej ławek.  "),
            Ok("Więcej ławek.".to_string())
        );
        assert_eq!(
            check_remark(" \n "),
            Err(("text", FormProblem::TextRequired.into()))
        );
        assert!(check_remark(&"ż".repeat(REMARK_MAX_CHARS)).is_ok());
        assert_eq!(
            check_remark(&"ż".repeat(REMARK_MAX_CHARS + 1)),
            Err(("text", FormProblem::TextTooLong { max: 5000 }.into()))
        );
        // An edit of a remark taken away goes back to a clerk even under post-moderation;
        // otherwise it is treated as a new one.
        assert_eq!(
            RemarkState::Hidden(Offensive).edited(Moderation::After),
            RemarkState::Waiting
        );
        assert_eq!(
            RemarkState::Held.edited(Moderation::After),
            RemarkState::Waiting
        );
        assert_eq!(
            RemarkState::Published.edited(Moderation::After),
            RemarkState::Published
        );
        assert_eq!(
            RemarkState::Published.edited(Moderation::Before),
            RemarkState::Waiting
        );
        // Stored and read back; waiting remarks are listed for their author only.
        for st in [
            RemarkState::Waiting,
            RemarkState::Published,
            RemarkState::Held,
            RemarkState::Hidden(PersonalData),
            RemarkState::Hidden(Duplicate),
        ] {
            let (code, reason) = st.code();
            assert_eq!(RemarkState::parse(code, reason), st);
            assert_eq!(st.listed(), st != RemarkState::Waiting);
        }
        assert_eq!(RemarkState::parse("nonsense", None), RemarkState::Waiting);
        // Supporting and reporting: never one's own, only what everyone sees.
        assert_eq!(may_react(1, Some(2), RemarkState::Published), Ok(()));
        assert_eq!(may_react(1, None, RemarkState::Published), Ok(()));
        assert_eq!(
            may_react(2, Some(2), RemarkState::Published),
            Err(NotYours::Own)
        );
        assert_eq!(
            may_react(1, Some(2), RemarkState::Held),
            Err(NotYours::NotShown)
        );
        // Pages of 20: page 1 for nonsense, never past the last one.
        assert_eq!(page_of(None, 0), 1);
        assert_eq!(page_of(Some(0), 45), 1);
        assert_eq!(page_of(Some(3), 45), 3);
        assert_eq!(page_of(Some(4), 45), 3);
        assert_eq!(page_of(Some(u32::MAX), 40), 2);
        assert_eq!(RemarkSort::parse("supported"), RemarkSort::MostSupported);
        assert_eq!(RemarkSort::parse("'; DROP"), RemarkSort::Newest);
        assert_eq!(Channel::parse("email"), Some(Channel::Email));
        assert_eq!(Channel::parse("fax"), None);
    }

    #[test]
    fn sections_are_typed_with_headings_and_read_back() {
        assert_eq!(anchor_of("Zieleń przy Wiśle"), "zielen-przy-wisle");
        assert_eq!(
            anchor_of("  Ścieżki i oświetlenie!  "),
            "sciezki-i-oswietlenie"
        );
        assert_eq!(anchor_of("???"), "sekcja");
        let text = "\n## Chodniki\nSzersze.\n\n\n\nDo 3 m.\n## Drzewa\n24 drzewa.\r\n## Drzewa\nJeszcze raz.";
        let s = parse_sections(text).unwrap();
        assert_eq!(
            s.iter().map(|s| s.anchor.as_str()).collect::<Vec<_>>(),
            ["chodniki", "drzewa", "drzewa-2"]
        );
        assert_eq!(s[0].body, "Szersze.\n\nDo 3 m.");
        assert_eq!(parse_sections(&sections_text(&s)).unwrap(), s);
        assert_eq!(parse_sections("").unwrap(), Vec::new());
        assert_eq!(
            parse_sections("Wstęp bez nagłówka\n## A\nB"),
            Err(("sections", ConsultationProblem::SectionHeadingFirst.into()))
        );
        assert_eq!(
            parse_sections("## A\n\n## B\nTekst"),
            Err(("sections", ConsultationProblem::SectionEmpty.into()))
        );
    }

    #[test]
    fn answers_are_justified_and_the_report_waits_for_every_answer() {
        assert_eq!(
            check_justification(" ").unwrap_err(),
            ("justification", FormProblem::ReasonRequired.into())
        );
        assert_eq!(
            check_justification("Nie uwzględniono.").unwrap_err(),
            (
                "justification",
                ConsultationProblem::JustificationTooShort { min: 20 }.into()
            )
        );
        assert!(check_justification("Ścieżka jest już w planie na 2027 rok.").is_ok());
        assert_eq!(
            check_report(3, "Podsumowanie"),
            vec![(
                "report",
                ConsultationProblem::Unanswered { count: 3 }.into()
            )]
        );
        assert!(check_report(0, "Podsumowanie").is_empty());
    }

    #[test]
    fn the_waiting_list_moves_up_when_someone_cancels() {
        assert_eq!(
            places(2, 4),
            vec![
                Place::Seat,
                Place::Seat,
                Place::Waiting(1),
                Place::Waiting(2)
            ]
        );
        let before = ["ala", "bartek", "celina", "darek"];
        let after = ["ala", "celina", "darek"]; // bartek cancelled
        assert_eq!(moved_up(2, &before, &after), vec!["celina"]);
        assert_eq!(places(2, after.len())[2], Place::Waiting(1));
        // A new registration on a full meeting waits; nobody moves up.
        let more = ["ala", "celina", "darek", "ewa"];
        assert!(moved_up(2, &after, &more).is_empty());
        assert!(places(0, 1) == vec![Place::Waiting(1)]);
    }

    #[test]
    fn meetings_are_checked_field_by_field() {
        let t = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 28));
        let good = MeetingFields {
            kind: "meeting",
            title: "Spotkanie w parku",
            date: "2027-03-10",
            starts: "17:00",
            ends: "19:00",
            place: "ul. Jana Pawła II 10",
            online_url: "",
            seats: "40",
        };
        let plan = check_meeting(&good, &t).unwrap();
        // 17:00 in Kraków on 10 March (winter time, UTC+1) is 16:00 UTC.
        assert_eq!(plan.starts, 1_804_694_400);
        assert_eq!(plan.ends - plan.starts, 7200);
        assert_eq!((plan.kind, plan.seats), (Form::Meeting, 40));
        // Online only is a place too; a workshop is a meeting of people.
        let online = MeetingFields {
            kind: "workshop",
            place: "",
            online_url: "https://spotkania.krakow.pl/park",
            ..good.clone()
        };
        assert_eq!(check_meeting(&online, &t).unwrap().kind, Form::Workshop);
        let fields = |f: &MeetingFields| -> Vec<&str> {
            check_meeting(f, &t)
                .unwrap_err()
                .into_iter()
                .map(|(f, _)| f)
                .collect()
        };
        let bad = MeetingFields {
            kind: "remarks",
            title: " ",
            date: "2027-03-29",
            starts: "7:00",
            ends: "25:00",
            place: "",
            online_url: "http://x.pl",
            seats: "0",
        };
        assert_eq!(
            fields(&bad),
            [
                "kind",
                "title",
                "date",
                "starts",
                "ends",
                "online_url",
                "seats"
            ]
        );
        let nowhere = MeetingFields {
            place: "",
            ..good.clone()
        };
        assert_eq!(fields(&nowhere), ["place"]);
        let backwards = MeetingFields {
            ends: "16:59",
            ..good.clone()
        };
        assert_eq!(fields(&backwards), ["ends"]);
        let before = MeetingFields {
            date: "2027-03-07",
            ..good.clone()
        };
        assert_eq!(fields(&before), ["date"]);
        assert!(!is_https_link("https://"));
        assert!(!is_https_link("https://a.pl/\"onmouseover=x"));
        assert!(!is_https_link("javascript:alert(1)"));
        assert!(registration_open(100, 99) && !registration_open(100, 100));
    }

    #[test]
    fn statements_are_short_and_compared_without_case_or_spacing() {
        assert_eq!(
            check_statement("  Więcej ławek.  ").unwrap(),
            "Więcej ławek."
        );
        assert_eq!(check_statement(" ").unwrap_err().0, "text");
        assert!(
            check_statement(&"ż".repeat(280)).is_ok(),
            "characters, not bytes"
        );
        assert!(check_statement(&"ż".repeat(281)).is_err());
        assert_eq!(
            statement_key("Więcej  ŁAWEK w parku."),
            statement_key("więcej ławek w parku")
        );
        assert_ne!(statement_key("Więcej ławek"), statement_key("Mniej ławek"));
    }

    #[test]
    fn duty_hours_are_cut_into_slots() {
        let t = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 28));
        let f = DutyFields {
            expert: "Anna Zielińska, architektka krajobrazu",
            mode: "phone",
            place: "",
            date: "2027-03-12",
            starts: "10:00",
            ends: "11:50",
            minutes: "30",
        };
        let plan = check_duty(&f, &t).unwrap();
        // 10:00, 10:30, 11:00; the fourth would end at 12:00, after the duty hours.
        assert_eq!(plan.slots.len(), 3);
        assert_eq!(plan.slots[1].0 - plan.slots[0].0, 1800);
        assert_eq!(plan.mode, DutyMode::Phone);
        let errs = |f: &DutyFields| -> Vec<&str> {
            check_duty(f, &t)
                .unwrap_err()
                .into_iter()
                .map(|(f, _)| f)
                .collect()
        };
        let in_person = DutyFields {
            mode: "in-person",
            ..f.clone()
        };
        assert_eq!(errs(&in_person), ["place"]);
        let short = DutyFields {
            ends: "10:20",
            ..f.clone()
        };
        assert_eq!(errs(&short), ["minutes"]);
        let many = DutyFields {
            starts: "00:00",
            ends: "23:59",
            minutes: "10",
            ..f.clone()
        };
        assert_eq!(errs(&many), ["minutes"]);
        let odd = DutyFields {
            minutes: "5",
            mode: "fax",
            ..f.clone()
        };
        assert_eq!(errs(&odd), ["mode", "minutes"]);
        assert_eq!(
            check_phone("600-100 200").as_deref(),
            Some("+48 600 100 200")
        );
        assert_eq!(
            check_phone("+48600100200").as_deref(),
            Some("+48 600 100 200")
        );
        assert_eq!(check_phone("60010020"), None);
        assert_eq!(check_phone("60010020a"), None);
        assert_eq!(check_phone("+49600100200"), None);
    }

    #[test]
    fn who_is_told_about_what() {
        let nowa_huta = District::new(18).unwrap();
        let podgorze = District::new(13).unwrap();
        let f = Following {
            districts: vec![nowa_huta],
            topics: vec![Topic::Transport],
            ..Default::default()
        };
        assert!(concerns(&f, &[nowa_huta], Topic::Greenery));
        assert!(!concerns(&f, &[podgorze], Topic::Greenery));
        assert!(concerns(&f, &[podgorze], Topic::Transport));
        assert!(
            concerns(&f, &[], Topic::Greenery),
            "the whole city concerns every district"
        );
        let topics_only = Following {
            topics: vec![Topic::Culture],
            ..Default::default()
        };
        assert!(!concerns(&topics_only, &[], Topic::Greenery));
        let all = Following {
            everything: true,
            ..Default::default()
        };
        assert!(concerns(&all, &[podgorze], Topic::Other));
        assert_eq!(Following::default().delivery, Delivery::Daily);

        let t = timeline(date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 28));
        assert!(due_events(&t, true, date(2027, 3, 7)).is_empty());
        assert_eq!(due_events(&t, true, date(2027, 3, 8)), vec![Event::Opened]);
        assert_eq!(due_events(&t, true, date(2027, 3, 21)), vec![Event::Opened]);
        assert_eq!(
            due_events(&t, true, date(2027, 3, 22)),
            vec![Event::Opened, Event::ClosingSoon]
        );
        assert!(due_events(&t, true, date(2027, 3, 29)).is_empty());
        assert!(due_events(&t, false, date(2027, 3, 22)).is_empty());
    }

    #[test]
    fn mail_goes_at_once_daily_or_never_as_chosen() {
        let at = |d: &str, c: &str| crate::i18n::time::parse_local(d, c, (0, 0)).unwrap();
        let morning = at("2027-03-08", "08:00");
        let sent_today = Some(date(2027, 3, 8));
        assert!(mail_due(Delivery::AtOnce, true, sent_today, morning));
        assert!(
            !mail_due(Delivery::AtOnce, false, None, morning),
            "nothing to send"
        );
        assert!(mail_due(
            Delivery::Daily,
            true,
            Some(date(2027, 3, 7)),
            morning
        ));
        assert!(!mail_due(Delivery::Daily, true, sent_today, morning));
        assert!(!mail_due(
            Delivery::Daily,
            true,
            None,
            at("2027-03-08", "06:00")
        ));
        assert!(!mail_due(Delivery::PortalOnly, true, None, morning));
        for d in Delivery::ALL {
            assert_eq!(Delivery::parse(d.code()), Some(d));
        }
        for e in [
            Event::Opened,
            Event::ClosingSoon,
            Event::ReportPublished,
            Event::RemarkAnswered,
        ] {
            assert_eq!(Event::parse(e.code()), Some(e));
        }
        assert_eq!(Delivery::parse("weekly"), None);
    }

    #[test]
    fn a_daily_digest_goes_once_a_kraków_day_from_seven() {
        let at = |d: &str, c: &str| crate::i18n::time::parse_local(d, c, (0, 0)).unwrap();
        assert!(!digest_due(None, at("2027-03-08", "06:59")));
        assert!(digest_due(None, at("2027-03-08", "07:00")));
        assert!(!digest_due(
            Some(date(2027, 3, 8)),
            at("2027-03-08", "20:00")
        ));
        assert!(digest_due(
            Some(date(2027, 3, 7)),
            at("2027-03-08", "07:30")
        ));
        // 23:30 UTC on 7 March is already 8 March in Kraków, but not yet seven o'clock.
        assert!(!digest_due(
            Some(date(2027, 3, 7)),
            at("2027-03-08", "00:30")
        ));
    }

    #[test]
    fn codes_read_back() {
        for f in Form::ALL {
            assert_eq!(Form::parse(f.code()), Some(f));
        }
        for t in Topic::ALL {
            assert_eq!(Topic::parse(t.code()), Some(t));
        }
        assert_eq!(Form::parse("Meeting"), None);
        for v in Verdict::ALL {
            assert_eq!(Verdict::parse(v.code()), Some(v));
        }
        assert_eq!(Verdict::parse("ignored"), None);
        assert!(needs_answer(RemarkState::Published) && needs_answer(RemarkState::Held));
        assert!(!needs_answer(RemarkState::Hidden(HideReason::Duplicate)));
    }

    #[test]
    fn documents_are_known_by_their_content_not_their_name() {
        assert_eq!(DocKind::sniff(b"%PDF-1.7\n..."), Some(DocKind::Pdf));
        assert_eq!(
            DocKind::sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(DocKind::Png)
        );
        assert_eq!(
            DocKind::sniff(b"\xff\xd8\xff\xe0\0\x10JFIF"),
            Some(DocKind::Jpeg)
        );
        // An OpenDocument text: a zip whose first entry is "mimetype", stored, naming it.
        let mut odt = b"PK\x03\x04".to_vec();
        odt.extend_from_slice(&[0u8; 26]);
        odt.extend_from_slice(b"mimetypeapplication/vnd.oasis.opendocument.text");
        assert_eq!(DocKind::sniff(&odt), Some(DocKind::Odt));
        // HTML, SVG, scripts, a plain zip, an empty file: none of them.
        for bad in [
            &b"<html><script>alert(1)</script>"[..],
            b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            b"#!/bin/sh\nrm -rf /",
            b"PK\x03\x04\0\0\0\0",
            b"",
            b" %PDF-1.4",
        ] {
            assert_eq!(
                DocKind::sniff(bad),
                None,
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        for k in DocKind::ALL {
            assert_eq!(DocKind::parse(k.code()), Some(k));
        }
    }

    #[test]
    fn a_download_is_an_attachment_with_a_clean_name() {
        assert_eq!(
            content_disposition("Plan parku Dąbie", DocKind::Pdf),
            "attachment; filename=\"Plan_parku_D_bie.pdf\"; filename*=UTF-8''Plan%20parku%20D%C4%85bie.pdf"
        );
        let cd = content_disposition("a\"b\\c/../\r\nSet-Cookie: x=1", DocKind::Jpeg);
        assert!(!cd.contains('\r') && !cd.contains('\n'), "{cd}");
        let ascii = cd.split('"').nth(1).unwrap();
        assert!(
            ascii
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
            "{ascii}"
        );
        assert!(ascii.ends_with(".jpg"));
        assert!(!ascii.contains(".."), "{ascii}");
        assert!(content_disposition("...", DocKind::Pdf).contains("filename=\"document.pdf\""));
        assert_eq!(check_document_title("  Plan  "), Ok("Plan".to_string()));
        assert!(check_document_title(" ").is_err());
        assert!(check_document_title(&"x".repeat(DOCUMENT_TITLE_MAX + 1)).is_err());
    }

    #[test]
    fn a_translation_is_whole_or_absent() {
        // Nothing typed: no translation.
        assert_eq!(
            check_translation("en", " ", "", "", "", 2),
            Ok(Translation::default())
        );
        // Every section, in order: kept as (heading, body).
        let t = check_translation(
            "en",
            "Park",
            "How",
            "",
            "## Paths\nNew.\n\n## Trees\nMore.",
            2,
        )
        .unwrap();
        assert_eq!(
            t.sections,
            vec![
                ("Paths".into(), "New.".into()),
                ("Trees".into(), "More.".into())
            ]
        );
        assert_eq!(translation_text(&t), "## Paths\nNew.\n\n## Trees\nMore.");
        // One section of two, no title: both at their fields, with the counts.
        let e = check_translation("uk", "", "Як", "", "## Доріжки\nНові.", 2).unwrap_err();
        assert_eq!(
            e,
            vec![
                ("title_uk".to_string(), FormProblem::FieldRequired.into()),
                (
                    "sections_uk".to_string(),
                    ConsultationProblem::TranslationSections {
                        expected: 2,
                        count: 1
                    }
                    .into()
                ),
            ]
        );
        // Text before the first heading is refused as in Polish.
        let e = check_translation("en", "P", "S", "", "Intro\n## A\nB", 1).unwrap_err();
        assert_eq!(e[0].0, "sections_en");
        // The visitor's language, or none for Polish and for an empty translation.
        let all = Translations {
            en: t,
            uk: Translation::default(),
        };
        assert!(all.get(crate::i18n::Lang::En).is_some());
        assert!(all.get(crate::i18n::Lang::Uk).is_none());
        assert!(all.get(crate::i18n::Lang::Pl).is_none());
    }
}
