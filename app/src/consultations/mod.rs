//! Public consultations (Kraków's rules, council resolution CXI/2904/18): processes with a
//! timeline, remarks on sections, the opinion map, answers to every remark and the final
//! report. Built in steps; so far: the rules (timeline and Kraków's minimums, extensions,
//! moderation, answers, the report, meeting seats, who is told what), the opinion map ("an
//! algorithm in consultations") computed in the background and answered statement by
//! statement, the consultation's document by sections, and Pol.is' export format, so that
//! researchers' tools work on the portal's data.
pub mod api;
#[cfg(feature = "ssr")]
pub mod documents;
#[cfg(feature = "ssr")]
pub mod feeds;
pub mod meeting_api;
pub mod meeting_pages;
#[cfg(feature = "ssr")]
pub mod news;
pub mod news_api;
pub mod news_pages;
pub mod opinions;
pub mod organiser_pages;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod polis;
pub mod problems;
pub mod remark_pages;
#[cfg(feature = "ssr")]
pub mod report;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;

use crate::forms::District;
use crate::i18n::time::LocalTime;
use opinions::Stance;
pub use problems::{ConsultationNotice, ConsultationProblem};
use rules::{Form, Phase, Topic};
use serde::{Deserialize, Serialize};

/// A consultation in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationCard {
    pub id: i64,
    pub title: String,
    pub summary: String,
    /// The language of the title, the summary and the document's sections: the visitor's
    /// where the consultation is translated into it, else Polish.
    pub lang: crate::i18n::Lang,
    pub topic: Topic,
    /// Empty: the whole city.
    pub districts: Vec<District>,
    pub phase: Phase,
    pub opens: LocalTime,
    pub closes: LocalTime,
    pub forms: Vec<Form>,
}

/// One section of a consultation's document; `anchor` is its address (`#anchor`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub anchor: String,
    pub heading: String,
    pub body: String,
}

/// A document attached to a consultation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentLine {
    pub id: i64,
    pub title: String,
    pub kind: rules::DocKind,
    /// In bytes.
    pub size: u64,
}

/// A consultation's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationView {
    pub card: ConsultationCard,
    pub easy_summary: String,
    pub easy_lang: crate::i18n::Lang,
    pub department: String,
    pub contact: String,
    pub information_from: LocalTime,
    pub answers_by: LocalTime,
    pub report_by: LocalTime,
    pub sections: Vec<Section>,
    pub documents: Vec<DocumentLine>,
    pub survey: Option<SurveyLink>,
    /// Extensions: (old last day, new last day, reason).
    pub extensions: Vec<(LocalTime, LocalTime, String)>,
}

/// A statement of the opinion map with its votes so far.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatementLine {
    pub id: i64,
    pub text: String,
    pub agree: u32,
    pub disagree: u32,
    pub pass: u32,
    /// Where one agreement alone would place someone: how far it separates opinions.
    pub extremity: f64,
}

/// A statement that sets a group apart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RepLine {
    pub statement_id: i64,
    pub text: String,
    pub stance: Stance,
    pub in_group: u32,
    pub seen_in_group: u32,
    pub in_rest: u32,
    pub seen_in_rest: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupLine {
    pub id: usize,
    pub size: u64,
    pub representative: Vec<RepLine>,
    /// The group's middle on the drawn map (0–100 on each axis).
    pub center: (u8, u8),
}

/// Participants of one group close together on the drawn map: a cell of a 40 × 40 grid
/// (coordinates 0–100), how many are in it, and their group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dot {
    pub x: u8,
    pub y: u8,
    pub count: u32,
    pub group: u8,
}

/// A statement agreed with across groups: per group (agree, seen).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsensusLine {
    pub statement_id: i64,
    pub text: String,
    pub by_group: Vec<(u32, u32)>,
}

/// What the background computation keeps of an opinion map for the pages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapSummary {
    pub computed_at: i64,
    pub participants: u64,
    pub placed: u64,
    pub votes: u64,
    pub statements: Vec<StatementLine>,
    pub groups: Vec<GroupLine>,
    pub consensus: Vec<ConsensusLine>,
    /// The drawn map: at most 40 × 40 dots per group, whatever the number of participants.
    pub dots: Vec<Dot>,
}

/// Where the visitor stands on the opinion map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpinionStanding {
    SignInNeeded,
    /// The consultation counts verified people, and this one is not verified yet.
    NotVerified,
    CanVote,
    /// Every statement answered.
    Done,
    NotOpen,
    Closed,
}

/// The opinion map's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpinionView {
    pub card: ConsultationCard,
    pub standing: OpinionStanding,
    /// The statement to answer now: (id, text).
    pub next: Option<(i64, String)>,
    pub answered: u64,
    pub statements: u64,
    pub map: Option<MapSummary>,
    /// The visitor may propose a statement (signed in, while open).
    pub may_propose: bool,
    /// Proposed statements wait for a clerk before they are shown.
    pub moderated_first: bool,
    /// Where the statements and votes came from when imported from Pol.is (its
    /// attribution, CC BY 4.0); empty when gathered in the portal.
    pub source: String,
}

/// Where the visitor stands on writing remarks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RemarkStanding {
    /// The consultation takes remarks only on paper, by post or by e-mail.
    NotOffered,
    SignInNeeded,
    CanWrite,
    NotOpen,
    Closed,
}

/// A remark in a list, as this visitor sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RemarkLine {
    pub id: i64,
    /// The section's anchor and heading; None: the whole document.
    pub section: Option<(String, String)>,
    /// None when it is not shown (held, or hidden with its reason in `state`).
    pub text: Option<String>,
    pub state: rules::RemarkState,
    pub channel: rules::Channel,
    pub supports: u32,
    pub written: LocalTime,
    pub edited: bool,
    /// The visitor wrote it (and sees it even while it waits for a clerk).
    pub own: bool,
    pub may_edit: bool,
    /// Signed in, not the author, shown, and the consultation open.
    pub may_support: bool,
    /// Signed in, not the author, shown (reports are heard after closing too).
    pub may_report: bool,
    pub supported: bool,
    pub reported: bool,
    /// The city's answer (a group's answer when the remark was answered with others).
    pub answer: Option<AnswerLine>,
}

/// The city's answer to a remark or a statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerLine {
    pub verdict: rules::Verdict,
    pub justification: String,
}

/// A page of a consultation's remarks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RemarksView {
    pub card: ConsultationCard,
    pub moderation: rules::Moderation,
    /// (anchor, heading) of every section, in order.
    pub sections: Vec<(String, String)>,
    pub standing: RemarkStanding,
    pub remarks: Vec<RemarkLine>,
    pub total: u64,
    pub page: u32,
    pub pages: u32,
    /// The filter and order shown: the section's anchor, `WHOLE_DOCUMENT`, or empty for all.
    pub section: String,
    pub sort: rules::RemarkSort,
    /// The visitor is a clerk: a link to the moderation queue.
    pub staff: bool,
}

/// The section filter's value for remarks on the whole document.
pub const WHOLE_DOCUMENT: &str = "_document";

/// A remark waiting for a clerk's decision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueuedRemark {
    pub id: i64,
    pub section: Option<String>,
    pub text: String,
    pub held: bool,
    pub reports: u32,
    pub channel: rules::Channel,
    pub written: LocalTime,
}

/// A line of the public moderation log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogLine {
    pub remark: Option<i64>,
    /// A statement of the opinion map (its number), when the decision was about one.
    pub statement: Option<i64>,
    pub state: rules::RemarkState,
    pub at: LocalTime,
}

/// The moderation queue (clerks) and the public log of a consultation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModerationView {
    pub card: ConsultationCard,
    /// The visitor is a clerk: the queue is theirs to decide.
    pub staff: bool,
    pub queue: Vec<QueuedRemark>,
    /// Statements proposed by residents, waiting for a clerk: (id, text).
    pub statements: Vec<(i64, String)>,
    pub log: Vec<LogLine>,
}

/// One's own remark, to edit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RemarkEditView {
    pub card: ConsultationCard,
    pub remark: RemarkLine,
    pub moderation: rules::Moderation,
}

/// What a clerk answers, and the report being written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnsweringView {
    pub card: ConsultationCard,
    /// Remarks without an answer (hidden ones are answered by their reason).
    pub remarks: Vec<QueuedRemark>,
    /// Statements of the opinion map without an answer: (id, text).
    pub statements: Vec<(i64, String)>,
    pub summary: String,
    pub changes: String,
    pub report_published: bool,
    /// (anchor, heading) of every section, for remarks typed in by a clerk.
    pub sections: Vec<(String, String)>,
    /// The consultation takes remarks on paper, by post and by e-mail, and their dates allow
    /// typing one in now.
    pub paper_open: bool,
}

/// A remark in the final report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportRemark {
    pub id: i64,
    /// The section's heading; None: the whole document.
    pub section: Option<String>,
    /// None for a hidden remark (its reason is in `state`).
    pub text: Option<String>,
    pub state: rules::RemarkState,
    pub channel: rules::Channel,
    pub supports: u32,
    pub answer: Option<AnswerLine>,
}

/// The published final report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportView {
    pub card: ConsultationCard,
    pub easy_summary: String,
    pub department: String,
    pub summary: String,
    pub changes: String,
    pub published: Option<LocalTime>,
    /// What was asked: the headings of the document's sections.
    pub sections: Vec<String>,
    /// Remarks per channel.
    pub channels: Vec<(rules::Channel, u64)>,
    pub map_participants: u64,
    pub map_votes: u64,
    /// Responses to the linked survey.
    pub survey_responses: Option<u64>,
    /// People who came to each meeting or workshop, as counted at the door: (title, count).
    pub attendance: Vec<(String, u64)>,
    pub groups: Vec<GroupLine>,
    pub remarks: Vec<ReportRemark>,
    pub statements: Vec<(String, Option<AnswerLine>)>,
}

/// A consultation as the organisers' form shows it (dates as YYYY-MM-DD, the document as
/// text with "## " headings).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationDraft {
    /// 0 for a new one.
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub easy_summary: String,
    pub topic: Topic,
    pub districts: Vec<District>,
    pub department: String,
    pub contact: String,
    pub moderation: rules::Moderation,
    pub forms: Vec<rules::Form>,
    pub verified_only: bool,
    pub information_from: String,
    pub opens: String,
    pub closes: String,
    pub answers_by: String,
    pub report_by: String,
    pub sections: String,
    pub published: bool,
    pub phase: Phase,
    /// (old last day, new last day, reason).
    pub extensions: Vec<(String, String, String)>,
    /// The English and Ukrainian versions (sections as text with "## " headings):
    /// [title, summary, easy summary, sections] for each.
    pub en: [String; 4],
    pub uk: [String; 4],
    /// The linked survey, and the surveys one can link: (id, Polish title).
    pub survey_id: Option<i64>,
    pub surveys: Vec<(i64, String)>,
    pub documents: Vec<DocumentLine>,
    /// The largest document accepted, in megabytes.
    pub document_limit_mb: u64,
}

/// The survey that is one of a consultation's forms, as its page links it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyLink {
    pub id: i64,
    /// In the visitor's language where the survey has it, else Polish (with `lang`).
    pub title: String,
    pub lang: crate::i18n::Lang,
    pub open: bool,
}

/// A meeting or a workshop as a visitor sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingLine {
    pub id: i64,
    pub kind: rules::Form,
    pub title: String,
    pub starts: LocalTime,
    pub ends: LocalTime,
    pub place: String,
    pub online_url: String,
    pub step_free: bool,
    pub lift: bool,
    pub induction_loop: bool,
    /// A Polish Sign Language interpreter on request.
    pub sign_language: bool,
    pub seats: u32,
    /// Registrations standing (seats taken plus the waiting list).
    pub registered: u32,
    /// Counted at the door, entered by the organiser afterwards.
    pub attended: Option<u32>,
    /// The visitor's place, if registered.
    pub mine: Option<rules::Place>,
    /// Registrations and cancellations are taken (until it starts).
    pub open: bool,
}

/// A slot of expert duty hours.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotLine {
    pub id: i64,
    pub expert: String,
    pub mode: rules::DutyMode,
    pub place: String,
    pub starts: LocalTime,
    pub ends: LocalTime,
    pub free: bool,
    /// Booked by the visitor.
    pub mine: bool,
    /// Started or past: no longer booked or cancelled.
    pub past: bool,
    /// For clerks only: who booked it, the number to call and what about.
    pub booking: Option<(String, Option<String>, String)>,
}

/// The meetings and duty hours of a consultation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingsView {
    pub card: ConsultationCard,
    pub meetings: Vec<MeetingLine>,
    pub slots: Vec<SlotLine>,
    pub signed_in: bool,
    pub staff: bool,
}

/// One registration, for the organiser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrantLine {
    pub name: String,
    pub email: String,
    pub place: rules::Place,
    pub interpreter: bool,
    pub at: LocalTime,
}

/// The organisers' desk for meetings and duty hours.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingDeskView {
    pub card: ConsultationCard,
    pub meetings: Vec<(MeetingLine, Vec<RegistrantLine>)>,
    pub slots: Vec<SlotLine>,
    /// Meetings and duty hours can be added (published, not yet closed).
    pub plannable: bool,
}

/// What the portal told a resident about consultations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoticeKind {
    RemarkPublished,
    RemarkHeld,
    RemarkHidden(rules::HideReason),
    RemarkAnswered(rules::Verdict),
    /// A seat at a meeting freed up for one who waited: (the meeting's title, its start).
    SeatFreed(String, LocalTime),
    /// A consultation one follows opened, closes within a week, or has its report published.
    Opened,
    ClosingSoon,
    ReportPublished,
    /// One's proposed statement was published, or hidden with a reason.
    StatementPublished(String),
    StatementHidden(String, rules::HideReason),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NoticeLine {
    pub consultation: i64,
    pub title: String,
    pub remark: Option<i64>,
    pub kind: NoticeKind,
    pub at: LocalTime,
    /// Not seen before this visit.
    pub new: bool,
}
