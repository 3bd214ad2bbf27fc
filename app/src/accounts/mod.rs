//! Accounts: one profile for every city service. Types shared by pages and server.
pub mod api;
pub mod pages;
pub mod recovery;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Resident,
    Clerk,
    Admin,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Resident => "resident",
            Role::Clerk => "clerk",
            Role::Admin => "admin",
        }
    }
    pub fn from_code(code: &str) -> Role {
        match code {
            "clerk" => Role::Clerk,
            "admin" => Role::Admin,
            _ => Role::Resident,
        }
    }
    pub fn parse(code: &str) -> Option<Role> {
        match code {
            "resident" => Some(Role::Resident),
            "clerk" => Some(Role::Clerk),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
    /// Clerks and administrators work in the back office.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Clerk | Role::Admin)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Contrast {
    #[default]
    Standard,
    High,
}

impl Contrast {
    pub fn code(self) -> &'static str {
        match self {
            Contrast::Standard => "standard",
            Contrast::High => "high",
        }
    }
    pub fn from_code(code: &str) -> Contrast {
        if code == "high" {
            Contrast::High
        } else {
            Contrast::Standard
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
}

impl TextSize {
    pub fn code(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
        }
    }
    pub fn from_code(code: &str) -> TextSize {
        if code == "large" {
            TextSize::Large
        } else {
            TextSize::Standard
        }
    }
}

/// Display preferences: kept in the account when signed in, else in a cookie.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayPrefs {
    pub contrast: Contrast,
    pub text_size: TextSize,
}

impl DisplayPrefs {
    /// Cookie form: `high.large`.
    pub fn to_cookie(self) -> String {
        format!("{}.{}", self.contrast.code(), self.text_size.code())
    }
    pub fn from_cookie(v: &str) -> DisplayPrefs {
        let (c, s) = v.split_once('.').unwrap_or((v, ""));
        DisplayPrefs {
            contrast: Contrast::from_code(c),
            text_size: TextSize::from_code(s),
        }
    }
}

/// Who is looking at the page (none of it secret: it is shown in the header).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub name: String,
    pub role: Role,
}

/// The state a page starts from, computed by the server for each request and handed to
/// the browser for hydration (and returned again when an action changes it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Boot {
    pub lang: Lang,
    pub prefs: DisplayPrefs,
    pub viewer: Option<Viewer>,
    /// A form that came back with errors after a plain (no-JavaScript) post.
    pub form: Option<FormFlash>,
    pub notice: Option<Notice>,
}

/// A form's errors and the values to put back (never passwords).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFlash {
    pub form: String,
    pub values: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field's name, or empty for a problem with the whole form.
    pub field: String,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: &str, problem: Problem) -> FieldError {
        FieldError {
            field: field.to_string(),
            problem,
        }
    }
}

/// Everything that can be wrong with what a user sent. Each maps to a translated sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    EmailRequired,
    EmailInvalid,
    EmailTaken,
    PasswordRequired,
    PasswordTooShort,
    PasswordTooLong,
    PasswordIsEmail,
    PasswordsDiffer,
    NameRequired,
    NameTooLong,
    NameInvalid,
    DistrictRequired,
    BadCredentials,
    Throttled {
        minutes: i64,
    },
    CurrentPasswordWrong,
    ConfirmRequired,
    ChoiceInvalid,
    NotSignedIn,
    NotAllowed,
    CannotChangeOwnRole,
    LinkInvalid,
    /// A reset or change-of-address link that has expired or been used.
    LinkExpired,
    AccountUnknown,
    IdentityHeldElsewhere,
    IdentityNeedsOffice,
    IdentityNotYours,
    IdentityNotVerified,
    EmailUnchanged,
    Unexpected,
    // Answering surveys
    AnswerRequired,
    AnswerInvalid,
    OtherRequired,
    ChoicesTooFew {
        min: i64,
    },
    ChoicesTooMany {
        max: i64,
    },
    TextTooLong {
        max: i64,
    },
    GridIncomplete,
    SurveyNotOpen,
    SurveyClosed,
    NotEligible,
    CodeInvalid,
    CodeUsed,
    AlreadyAnswered,
    // Building surveys
    TextRequired,
    PageInvalid,
    OptionsCount,
    ChoiceLimits,
    ItemsCount,
    ScaleInvalid,
    ConditionInvalid,
    ConditionForward,
    QuestionsLocked,
    DateInvalid,
    DatesOrder,
    DistrictsRequired,
    BatchSize,
    // Participatory budget ballots
    VotingNotOpen,
    VotingClosed,
    PeselFormat,
    PeselChecksum,
    PeselBirthDate,
    IdentityMissing,
    BirthDateInvalid,
    SexRequired,
    DocumentInvalid,
    BallotExactly {
        need: u32,
    },
    BallotTooFew {
        min: u32,
    },
    BallotTooMany {
        max: u32,
    },
    BallotRepeated,
    BallotUnknown,
    BallotTooManyPoints {
        max: u32,
    },
    BallotTooManyOnOne {
        max: u32,
    },
    BallotOverBudget,
    /// The person has voted online already (`day` as yyyymmdd).
    AlreadyVotedOnline {
        day: u32,
    },
    /// The person has voted on paper at voting point `point`.
    AlreadyVotedPaper {
        point: i64,
        day: u32,
    },
    PointRequired,
    // Projects of the participatory budget
    FieldRequired,
    CostInvalid,
    /// More than the pool has (`max` in whole złoty).
    CostOverPool {
        max: i64,
    },
    SubmissionNotOpen,
    ReasonRequired,
    AlreadyDecided,
    AppealNotAllowed,
    VerificationClosed,
    PoolsRequired,
    NumberRange {
        min: i64,
        max: i64,
    },
    /// A pabulib file that cannot be read (`line` 0 when not tied to a line).
    PabulibInvalid {
        line: u32,
    },
    // District referenda
    ReferendumNotOpen,
    ReferendumClosed,
    AlreadyVotedReferendum,
    ReferendumNotEligible,
    OptionsRequired,
    QuorumInvalid,
}

/// A confirmation shown once, after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    Registered,
    SignedIn,
    SignedOut,
    PasswordChanged,
    ProfileSaved,
    DisplaySaved,
    LanguageSaved,
    AccountDeleted,
    RoleChanged,
    SurveySaved,
    QuestionSaved,
    QuestionDeleted,
    CodesCreated,
    AnswerHidden,
    AnswerShown,
    BallotCast,
    PaperBallotEntered,
    DraftSaved,
    ProjectSubmitted,
    ProjectAccepted,
    ProjectRejected,
    AppealSent,
    EditionSaved,
    SimulationImported,
    ReferendumVoted,
    ReferendumSaved,
    PasswordReset,
    EmailChangeSent,
    EmailChanged,
    SessionEnded,
    SignedOutEverywhere,
    IdentityVerified,
}

/// What a form's server function answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FormReply {
    /// Done: the browser goes to `to`; `boot` is the new page state when it changed
    /// (signed in or out, language, display).
    Done {
        to: String,
        notice: Option<Notice>,
        boot: Option<Boot>,
    },
    /// Nothing was saved; the errors say why.
    Invalid { errors: Vec<FieldError> },
}

impl FormReply {
    pub fn invalid(errors: Vec<FieldError>) -> FormReply {
        FormReply::Invalid { errors }
    }
    pub fn errors(&self) -> &[FieldError] {
        match self {
            FormReply::Invalid { errors } => errors,
            FormReply::Done { .. } => &[],
        }
    }
}

/// Failures that are not the user's fault. Their details go to the log, never to the page.
///
/// Deliberately not a `std::error::Error`: `ServerFnError` converts any such error with
/// its message, which would copy SQL text to the browser. The only way to a
/// `ServerFnError` is the `From` below, which logs the detail and says "internal".
#[derive(Debug)]
pub enum AppError {
    #[cfg(feature = "ssr")]
    Db(sqlx::Error),
    Internal(String),
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::Db(e)
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            #[cfg(feature = "ssr")]
            AppError::Db(e) => write!(f, "database: {e}"),
            AppError::Internal(s) => write!(f, "internal: {s}"),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<AppError> for leptos::prelude::ServerFnError {
    fn from(e: AppError) -> Self {
        tracing::error!(error = %e, "request failed");
        // The user sees a translated general error; nothing from inside leaks.
        leptos::prelude::ServerFnError::ServerError("internal".into())
    }
}

/// A profile as its owner sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub email: String,
    pub display_name: String,
    pub district: i64,
    pub role: Role,
    pub created_at: i64,
}

/// Percent-encodes a path for a `return_to` query parameter (keeps `/`).
pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A local path as a `Location` header can carry it: every byte outside visible ASCII
/// (letters like "ż", spaces, control characters) percent-encoded, so building the header
/// can never fail (it once panicked the handler) and nothing can be injected into it.
pub fn header_safe(path: &str) -> String {
    path.bytes()
        .map(|b| {
            if (0x21..=0x7e).contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Only local paths may be redirect targets (no open redirects).
pub fn safe_return_to(path: &str, default: &str) -> String {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.contains("://")
        && !path.starts_with("/api/")
        && path.chars().all(|c| !c.is_control());
    if ok {
        path.to_string()
    } else {
        default.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_always_valid_headers() {
        for p in [
            "/zażółć",
            "/a\r\nSet-Cookie: x=1",
            "/konto\u{1}",
            "/a b",
            "/ok?x=1#y",
        ] {
            let safe = header_safe(p);
            assert!(
                http::HeaderValue::from_str(&safe).is_ok(),
                "{p:?} -> {safe}"
            );
            assert!(!safe.contains('\r') && !safe.contains('\n') && !safe.contains(' '));
        }
        assert_eq!(header_safe("/ok?x=1#y"), "/ok?x=1#y");
        assert_eq!(header_safe("/ż"), "/%C5%BC");
    }

    #[test]
    fn return_to_only_local() {
        assert_eq!(safe_return_to("/account", "/"), "/account");
        assert_eq!(safe_return_to("/?a=1", "/"), "/?a=1");
        assert_eq!(safe_return_to("//evil.example", "/"), "/");
        assert_eq!(safe_return_to("https://evil.example", "/"), "/");
        assert_eq!(safe_return_to("/\\evil", "/"), "/");
        assert_eq!(safe_return_to("/api/sign_out", "/"), "/");
        assert_eq!(safe_return_to("", "/x"), "/x");
    }

    #[test]
    fn return_to_is_encoded() {
        assert_eq!(urlencode("/admin/users?page=2"), "/admin/users%3Fpage%3D2");
        assert_eq!(urlencode("/a b&c"), "/a%20b%26c");
    }

    #[test]
    fn display_prefs_cookie_round_trip() {
        let p = DisplayPrefs {
            contrast: Contrast::High,
            text_size: TextSize::Large,
        };
        assert_eq!(DisplayPrefs::from_cookie(&p.to_cookie()), p);
        assert_eq!(
            DisplayPrefs::from_cookie("garbage"),
            DisplayPrefs::default()
        );
    }
}
