//! Values every service's forms read: an e-mail address and a Kraków district.
use super::FormProblem;

/// A normalised e-mail address (trimmed, lower-cased), syntactically valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, FormProblem> {
        let s = input.trim();
        if s.is_empty() {
            return Err(FormProblem::EmailRequired);
        }
        if s.len() > 254 {
            return Err(FormProblem::EmailInvalid);
        }
        let parsed = email_address::EmailAddress::parse_with_options(
            s,
            email_address::Options::default()
                .without_display_text()
                .without_domain_literal(),
        )
        .map_err(|_| FormProblem::EmailInvalid)?;
        // A city service mails real inboxes: require a dot in the domain.
        if !parsed.domain().contains('.') || parsed.domain().ends_with('.') {
            return Err(FormProblem::EmailInvalid);
        }
        Ok(Email(s.to_lowercase()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub use crate::platform::district::{District, DISTRICTS};

/// A district as a form gives it: its number, "1" to "18".
impl District {
    pub fn parse(input: &str) -> Result<District, FormProblem> {
        let s = input.trim();
        if s.is_empty() {
            return Err(FormProblem::DistrictRequired);
        }
        s.parse::<u8>()
            .ok()
            .and_then(District::new)
            .ok_or(FormProblem::ChoiceInvalid)
    }
}
