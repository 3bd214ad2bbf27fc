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

/// Kraków's 18 districts (dzielnice), numbered I–XVIII.
pub const DISTRICTS: [&str; 18] = [
    "Stare Miasto",
    "Grzegórzki",
    "Prądnik Czerwony",
    "Prądnik Biały",
    "Krowodrza",
    "Bronowice",
    "Zwierzyniec",
    "Dębniki",
    "Łagiewniki-Borek Fałęcki",
    "Swoszowice",
    "Podgórze Duchackie",
    "Bieżanów-Prokocim",
    "Podgórze",
    "Czyżyny",
    "Mistrzejowice",
    "Bieńczyce",
    "Wzgórza Krzesławickie",
    "Nowa Huta",
];

const ROMAN: [&str; 18] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct District(u8);

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
    pub fn new(n: u8) -> Option<District> {
        (1..=18).contains(&n).then_some(District(n))
    }
    pub fn all() -> impl Iterator<Item = District> {
        (1..=18).map(District)
    }
    pub fn number(self) -> u8 {
        self.0
    }
    pub fn name(self) -> &'static str {
        DISTRICTS[(self.0 - 1) as usize]
    }
    pub fn roman(self) -> &'static str {
        ROMAN[(self.0 - 1) as usize]
    }
    /// "XIII Podgórze"
    pub fn label(self) -> String {
        format!("{} {}", self.roman(), self.name())
    }
}
