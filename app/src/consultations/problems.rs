//! The problems of public consultations, and their sentences (this service's own Fluent
//! file). Each says which of Kraków's rules a form breaks and by how much.
use crate::forms::{Notice, Problem};
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsultationProblem {
    /// The information campaign would last `days` days before the consultation opens.
    InformationTooShort {
        days: i64,
    },
    ConsultationTooShort {
        days: i64,
    },
    ConsultationTooLong {
        days: i64,
    },
    FormsTooFew {
        count: i64,
    },
    MeetingRequired,
    SectionsRequired,
    AnswersBeforeClose,
    ReportBeforeAnswers,
    ExtensionNotLater,
    ExtensionAfterClose,
    JustificationTooShort {
        min: i64,
    },
    /// Remarks or statements still without an answer.
    Unanswered {
        count: i64,
    },
    /// Taking part before the consultation opens.
    ConsultationNotOpen,
    /// Taking part after it closed.
    ConsultationClosed,
    /// A statement that is not (or no longer) shown in this consultation.
    StatementUnknown,
    /// The section chosen is not one of this consultation's.
    SectionUnknown,
    /// This consultation does not collect remarks in the portal.
    RemarksNotOffered,
    /// A remark that does not exist, or not in this consultation.
    RemarkUnknown,
    /// Only the author edits a remark, and only while the consultation is open.
    RemarkNotEditable,
    /// Supporting or reporting one's own remark.
    RemarkOwn,
    /// Supporting or reporting a remark that is not shown.
    RemarkNotShown,
    /// A clerk's decision that is not one from the list.
    DecisionRequired,
    /// An answer with no remark or statement chosen (or only ones answered already).
    NothingPicked,
    VerdictRequired,
    /// The report is published only after the consultation has ended.
    ReportBeforeClose,
    /// A channel other than paper, post or e-mail for a remark a clerk types in.
    ChannelRequired,
    /// Remarks from paper, post or e-mail are typed in from the opening until the date for
    /// answers (a letter posted on the last day may arrive later).
    PaperOutsideDates,
    /// The document's text must start with a section heading ("## …").
    SectionHeadingFirst,
    /// A section without a heading or without text.
    SectionEmpty,
    /// A published consultation's dates change only by an extension.
    AlreadyPublished,
    /// A meeting or duty hours on a day outside the consultation.
    OutsideConsultation,
    /// A clock time that is not "HH:MM".
    TimeInvalid,
    /// A meeting needs an address or an online link.
    PlaceRequired,
    /// Not an https:// address.
    MeetingLinkInvalid,
    /// The duty hours are shorter than one slot.
    SlotLongerThanHours,
    SlotsTooMany {
        max: i64,
    },
    /// A meeting that does not exist in this consultation, or has already begun.
    MeetingUnknown,
    MeetingStarted,
    /// Registering twice for one meeting.
    AlreadyRegistered,
    NotRegistered,
    /// A slot already booked by someone else, or begun.
    SlotTaken,
    /// One slot per resident and consultation.
    SlotAlreadyBooked,
    /// Not a Polish telephone number.
    PhoneInvalid,
    /// This consultation does not offer meetings or duty hours.
    FormNotOffered,
    /// An unsubscribe link that is not (or no longer) valid.
    UnsubscribeLinkInvalid,
    /// The same statement is already on the map (or waiting for a clerk).
    StatementDuplicate,
    /// A document larger than the limit (in megabytes).
    DocumentTooLarge {
        max_mb: i64,
    },
    /// A file whose content is not one of the accepted document types.
    DocumentType,
    /// A document that does not exist in this consultation.
    DocumentUnknown,
    /// A translation with another number of sections than the Polish document.
    TranslationSections {
        expected: i64,
        count: i64,
    },
    /// A survey that does not exist.
    SurveyUnknown,
    /// The survey form is chosen, but no survey is linked.
    SurveyRequired,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsultationNotice {
    /// An answer to a statement was counted.
    StatementAnswered,
    /// A remark was published at once (moderation after publishing).
    RemarkPublished,
    /// A remark waits for a clerk before it is shown.
    RemarkWaiting,
    RemarkSupported,
    /// A support given before: nothing changed.
    RemarkSupportedBefore,
    RemarkReported,
    RemarkReportedBefore,
    /// A clerk's decision was recorded.
    RemarkDecided,
    /// One answer given to `count` remarks and statements.
    AnswerGiven {
        count: i64,
    },
    ReportSaved,
    ReportPublished,
    /// A remark received on paper, by post or by e-mail was entered.
    RemarkEntered,
    ConsultationSaved,
    ConsultationPublished,
    ConsultationExtended,
    MeetingAdded,
    /// Slots of duty hours added.
    SlotsAdded {
        count: i64,
    },
    /// Registered with a seat.
    RegisteredSeat,
    /// Registered on the waiting list, at this place.
    RegisteredWaiting {
        place: i64,
    },
    RegistrationCancelled,
    SlotBooked,
    BookingCancelled,
    AttendanceSaved,
    FollowingSaved,
    Unsubscribed,
    StatementPublished,
    /// A proposed statement waits for a clerk.
    StatementWaiting,
    DocumentAdded,
    DocumentRemoved,
    TranslationsSaved,
}

crate::problems!(ConsultationProblem);
crate::notices!(ConsultationNotice);

/// This service's sentences, for the app shell to register.
pub const MESSAGES: crate::forms::Messages = crate::forms::Messages {
    problem: problem_text,
    notice: notice_text,
};

pub fn notice_text(i18n: I18n, n: &Notice) -> Option<String> {
    Some(match n.to::<ConsultationNotice>()? {
        ConsultationNotice::StatementAnswered => t!(i18n, "notice-statement-answered"),
        ConsultationNotice::RemarkPublished => t!(i18n, "notice-remark-published"),
        ConsultationNotice::RemarkWaiting => t!(i18n, "notice-remark-waiting"),
        ConsultationNotice::RemarkSupported => t!(i18n, "notice-remark-supported"),
        ConsultationNotice::RemarkSupportedBefore => t!(i18n, "notice-remark-supported-before"),
        ConsultationNotice::RemarkReported => t!(i18n, "notice-remark-reported"),
        ConsultationNotice::RemarkReportedBefore => t!(i18n, "notice-remark-reported-before"),
        ConsultationNotice::RemarkDecided => t!(i18n, "notice-remark-decided"),
        ConsultationNotice::AnswerGiven { count } => {
            t!(i18n, "notice-answer-given", count = count)
        }
        ConsultationNotice::ReportSaved => t!(i18n, "notice-report-saved"),
        ConsultationNotice::ReportPublished => t!(i18n, "notice-report-published"),
        ConsultationNotice::RemarkEntered => t!(i18n, "notice-remark-entered"),
        ConsultationNotice::ConsultationSaved => t!(i18n, "notice-consultation-saved"),
        ConsultationNotice::ConsultationPublished => t!(i18n, "notice-consultation-published"),
        ConsultationNotice::ConsultationExtended => t!(i18n, "notice-consultation-extended"),
        ConsultationNotice::MeetingAdded => t!(i18n, "notice-meeting-added"),
        ConsultationNotice::SlotsAdded { count } => t!(i18n, "notice-slots-added", count = count),
        ConsultationNotice::RegisteredSeat => t!(i18n, "notice-registered-seat"),
        ConsultationNotice::RegisteredWaiting { place } => {
            t!(i18n, "notice-registered-waiting", place = place)
        }
        ConsultationNotice::RegistrationCancelled => t!(i18n, "notice-registration-cancelled"),
        ConsultationNotice::SlotBooked => t!(i18n, "notice-slot-booked"),
        ConsultationNotice::BookingCancelled => t!(i18n, "notice-booking-cancelled"),
        ConsultationNotice::AttendanceSaved => t!(i18n, "notice-attendance-saved"),
        ConsultationNotice::FollowingSaved => t!(i18n, "notice-following-saved"),
        ConsultationNotice::Unsubscribed => t!(i18n, "notice-unsubscribed"),
        ConsultationNotice::StatementPublished => t!(i18n, "notice-statement-published"),
        ConsultationNotice::StatementWaiting => t!(i18n, "notice-statement-waiting"),
        ConsultationNotice::DocumentAdded => t!(i18n, "notice-document-added"),
        ConsultationNotice::DocumentRemoved => t!(i18n, "notice-document-removed"),
        ConsultationNotice::TranslationsSaved => t!(i18n, "notice-translations-saved"),
    })
}

pub fn problem_text(i18n: I18n, p: &Problem) -> Option<String> {
    use super::rules::{MAX_CONSULTATION_DAYS as MAX, MIN_CONSULTATION_DAYS as MIN};
    use super::rules::{MIN_FORMS, MIN_INFORMATION_DAYS};
    Some(match p.to::<ConsultationProblem>()? {
        ConsultationProblem::InformationTooShort { days } => t!(
            i18n,
            "error-consultation-information-short",
            min = MIN_INFORMATION_DAYS,
            days = days
        ),
        ConsultationProblem::ConsultationTooShort { days } => {
            t!(i18n, "error-consultation-too-short", min = MIN, days = days)
        }
        ConsultationProblem::ConsultationTooLong { days } => {
            t!(i18n, "error-consultation-too-long", max = MAX, days = days)
        }
        ConsultationProblem::FormsTooFew { count } => t!(
            i18n,
            "error-consultation-forms-few",
            min = (MIN_FORMS as i64),
            count = count
        ),
        ConsultationProblem::MeetingRequired => t!(i18n, "error-consultation-meeting-required"),
        ConsultationProblem::SectionsRequired => t!(i18n, "error-consultation-sections-required"),
        ConsultationProblem::AnswersBeforeClose => t!(i18n, "error-consultation-answers-early"),
        ConsultationProblem::ReportBeforeAnswers => t!(i18n, "error-consultation-report-early"),
        ConsultationProblem::ExtensionNotLater => t!(i18n, "error-consultation-extension-earlier"),
        ConsultationProblem::ExtensionAfterClose => t!(i18n, "error-consultation-extension-closed"),
        ConsultationProblem::JustificationTooShort { min } => {
            t!(i18n, "error-consultation-justification-short", min = min)
        }
        ConsultationProblem::Unanswered { count } => {
            t!(i18n, "error-consultation-unanswered", count = count)
        }
        ConsultationProblem::ConsultationNotOpen => t!(i18n, "error-consultation-not-open"),
        ConsultationProblem::ConsultationClosed => t!(i18n, "error-consultation-closed"),
        ConsultationProblem::StatementUnknown => t!(i18n, "error-statement-unknown"),
        ConsultationProblem::SectionUnknown => t!(i18n, "error-section-unknown"),
        ConsultationProblem::RemarksNotOffered => t!(i18n, "error-remarks-not-offered"),
        ConsultationProblem::RemarkUnknown => t!(i18n, "error-remark-unknown"),
        ConsultationProblem::RemarkNotEditable => t!(i18n, "error-remark-not-editable"),
        ConsultationProblem::RemarkOwn => t!(i18n, "error-remark-own"),
        ConsultationProblem::RemarkNotShown => t!(i18n, "error-remark-not-shown"),
        ConsultationProblem::DecisionRequired => t!(i18n, "error-decision-required"),
        ConsultationProblem::NothingPicked => t!(i18n, "error-nothing-picked"),
        ConsultationProblem::VerdictRequired => t!(i18n, "error-verdict-required"),
        ConsultationProblem::ReportBeforeClose => t!(i18n, "error-report-before-close"),
        ConsultationProblem::ChannelRequired => t!(i18n, "error-channel-required"),
        ConsultationProblem::PaperOutsideDates => t!(i18n, "error-paper-outside-dates"),
        ConsultationProblem::SectionHeadingFirst => t!(i18n, "error-section-heading-first"),
        ConsultationProblem::SectionEmpty => t!(i18n, "error-section-empty"),
        ConsultationProblem::AlreadyPublished => t!(i18n, "error-consultation-published"),
        ConsultationProblem::OutsideConsultation => t!(i18n, "error-outside-consultation"),
        ConsultationProblem::TimeInvalid => t!(i18n, "error-time-invalid"),
        ConsultationProblem::PlaceRequired => t!(i18n, "error-place-required"),
        ConsultationProblem::MeetingLinkInvalid => t!(i18n, "error-meeting-link-invalid"),
        ConsultationProblem::SlotLongerThanHours => t!(i18n, "error-slot-longer"),
        ConsultationProblem::SlotsTooMany { max } => t!(i18n, "error-slots-many", max = max),
        ConsultationProblem::MeetingUnknown => t!(i18n, "error-meeting-unknown"),
        ConsultationProblem::MeetingStarted => t!(i18n, "error-meeting-started"),
        ConsultationProblem::AlreadyRegistered => t!(i18n, "error-already-registered"),
        ConsultationProblem::NotRegistered => t!(i18n, "error-not-registered"),
        ConsultationProblem::SlotTaken => t!(i18n, "error-slot-taken"),
        ConsultationProblem::SlotAlreadyBooked => t!(i18n, "error-slot-already-booked"),
        ConsultationProblem::PhoneInvalid => t!(i18n, "error-phone-invalid"),
        ConsultationProblem::FormNotOffered => t!(i18n, "error-form-not-offered"),
        ConsultationProblem::UnsubscribeLinkInvalid => t!(i18n, "error-unsubscribe-invalid"),
        ConsultationProblem::StatementDuplicate => t!(i18n, "error-statement-duplicate"),
        ConsultationProblem::DocumentTooLarge { max_mb } => {
            t!(i18n, "error-document-too-large", max = max_mb)
        }
        ConsultationProblem::DocumentType => t!(i18n, "error-document-type"),
        ConsultationProblem::DocumentUnknown => t!(i18n, "error-document-unknown"),
        ConsultationProblem::TranslationSections { expected, count } => t!(
            i18n,
            "error-translation-sections",
            expected = expected,
            count = count
        ),
        ConsultationProblem::SurveyUnknown => t!(i18n, "error-survey-unknown"),
        ConsultationProblem::SurveyRequired => t!(i18n, "error-survey-required"),
    })
}
