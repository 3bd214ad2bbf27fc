//! The form protocol every capability uses, and nothing capability-specific.
//!
//! A form's server function answers a [`FormReply`]: done (go to a page, maybe with a
//! [`Notice`]) or invalid (a [`Problem`] per field). Without JavaScript the reply travels as
//! a one-shot flash and a 303 redirect ([`flow::finish`]); with JavaScript it is data and the
//! router follows it. Problems and notices belong to the capability that raises them: each
//! has its own enums (turned into the generic [`Problem`] and [`Notice`] here, which keep
//! their serde form on the wire) and its own Fluent messages, registered once by the app
//! shell with [`install`].
pub mod district;
#[cfg(feature = "ssr")]
pub mod flow;
pub mod money;
mod problems;

pub use district::{District, Email, DISTRICTS};
pub use money::Money;
pub use problems::{FormNotice, FormProblem};

use crate::i18n::{I18n, Lang};
use crate::platform::people::{DisplayPrefs, Viewer};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

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
    pub fn new(field: &str, problem: impl Into<Problem>) -> FieldError {
        FieldError {
            field: field.to_string(),
            problem: problem.into(),
        }
    }
}

/// Something wrong with what a person sent, raised by a capability as its own enum and
/// carried here in that enum's serde form (`"PeselChecksum"`, `{"BallotExactly":{"need":3}}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Problem(serde_json::Value);

impl Problem {
    pub fn of<T: Serialize>(p: &T) -> Problem {
        Problem(
            serde_json::to_value(p)
                .unwrap_or_else(|_| serde_json::Value::String("Unexpected".into())),
        )
    }
    /// The capability's own problem, when it is one of `T`'s.
    pub fn to<T: DeserializeOwned>(&self) -> Option<T> {
        T::deserialize(&self.0).ok()
    }
    /// The variant's name.
    pub fn code(&self) -> &str {
        match &self.0 {
            serde_json::Value::String(s) => s,
            serde_json::Value::Object(m) => m.keys().next().map(String::as_str).unwrap_or(""),
            _ => "",
        }
    }
}

/// A confirmation shown once, after an action, raised by a capability as its own enum.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Notice(serde_json::Value);

impl Notice {
    pub fn of<T: Serialize>(n: &T) -> Notice {
        Notice(serde_json::to_value(n).unwrap_or_default())
    }
    pub fn to<T: DeserializeOwned>(&self) -> Option<T> {
        T::deserialize(&self.0).ok()
    }
}

/// Makes a capability's enum a [`Problem`] (and comparable with one).
#[macro_export]
macro_rules! problems {
    ($t:ty) => {
        impl From<$t> for $crate::forms::Problem {
            fn from(p: $t) -> Self {
                $crate::forms::Problem::of(&p)
            }
        }
        impl PartialEq<$t> for $crate::forms::Problem {
            fn eq(&self, other: &$t) -> bool {
                self.to::<$t>().as_ref() == Some(other)
            }
        }
    };
}

/// Makes a capability's enum a [`Notice`].
#[macro_export]
macro_rules! notices {
    ($t:ty) => {
        impl From<$t> for $crate::forms::Notice {
            fn from(n: $t) -> Self {
                $crate::forms::Notice::of(&n)
            }
        }
        impl PartialEq<$t> for $crate::forms::Notice {
            fn eq(&self, other: &$t) -> bool {
                self.to::<$t>().as_ref() == Some(other)
            }
        }
    };
}

/// One capability's sentences for its problems and notices (None: not one of mine).
#[derive(Clone, Copy)]
pub struct Messages {
    pub problem: fn(I18n, &Problem) -> Option<String>,
    pub notice: fn(I18n, &Notice) -> Option<String>,
}

static MESSAGES: std::sync::OnceLock<&'static [Messages]> = std::sync::OnceLock::new();

/// Called once by the app shell, which knows every capability.
pub fn install(all: &'static [Messages]) {
    let _ = MESSAGES.set(all);
}

/// A problem's sentence in the active language.
pub fn problem_text(i18n: I18n, p: &Problem) -> String {
    if let Some(text) = problems::text(i18n, p) {
        return text;
    }
    for m in MESSAGES.get().copied().unwrap_or_default() {
        if let Some(text) = (m.problem)(i18n, p) {
            return text;
        }
    }
    problems::text(i18n, &FormProblem::Unexpected.into()).unwrap_or_default()
}

/// A notice's sentence in the active language (empty when no capability knows it).
pub fn notice_text(i18n: I18n, n: &Notice) -> String {
    if let Some(text) = problems::notice(i18n, n) {
        return text;
    }
    MESSAGES
        .get()
        .copied()
        .unwrap_or_default()
        .iter()
        .find_map(|m| (m.notice)(i18n, n))
        .unwrap_or_default()
}

/// What a form's server function answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FormReply {
    /// Done: the browser goes to `to`; `boot` is the new page state when it changed
    /// (signed in or out, language, display).
    Done {
        to: String,
        notice: Option<Notice>,
        /// Boxed: a reply is moved through every form's `Result`, and most carry none.
        boot: Option<Box<Boot>>,
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

/// The state a page starts from, for a language and display without a form or notice.
pub fn boot_of(lang: Lang, prefs: DisplayPrefs, viewer: Option<Viewer>) -> Boot {
    Boot {
        lang,
        prefs,
        viewer,
        form: None,
        notice: None,
    }
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
}
