//! Pure rules for account data: parse, don't validate. No I/O.
use super::Problem;

/// A normalised e-mail address (trimmed, lower-cased), syntactically valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, Problem> {
        let s = input.trim();
        if s.is_empty() {
            return Err(Problem::EmailRequired);
        }
        if s.len() > 254 {
            return Err(Problem::EmailInvalid);
        }
        let parsed = email_address::EmailAddress::parse_with_options(
            s,
            email_address::Options::default()
                .without_display_text()
                .without_domain_literal(),
        )
        .map_err(|_| Problem::EmailInvalid)?;
        // A city service mails real inboxes: require a dot in the domain.
        if !parsed.domain().contains('.') || parsed.domain().ends_with('.') {
            return Err(Problem::EmailInvalid);
        }
        Ok(Email(s.to_lowercase()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name shown on the account: 1–100 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(input: &str) -> Result<DisplayName, Problem> {
        let s = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.is_empty() {
            return Err(Problem::NameRequired);
        }
        if s.chars().count() > 100 {
            return Err(Problem::NameTooLong);
        }
        if s.chars().any(|c| c.is_control() || c == '<' || c == '>') {
            return Err(Problem::NameInvalid);
        }
        Ok(DisplayName(s))
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
pub struct DistrictId(u8);

impl DistrictId {
    pub fn parse(input: &str) -> Result<DistrictId, Problem> {
        let s = input.trim();
        if s.is_empty() {
            return Err(Problem::DistrictRequired);
        }
        s.parse::<u8>()
            .ok()
            .and_then(DistrictId::new)
            .ok_or(Problem::ChoiceInvalid)
    }
    pub fn new(n: u8) -> Option<DistrictId> {
        (1..=18).contains(&n).then_some(DistrictId(n))
    }
    pub fn all() -> impl Iterator<Item = DistrictId> {
        (1..=18).map(DistrictId)
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

pub const PASSWORD_MIN: usize = 12;
pub const PASSWORD_MAX: usize = 128;

/// A new password: 12–128 characters (length beats composition rules; NIST SP 800-63B),
/// and not the account's own e-mail address.
pub fn check_new_password(password: &str, email: Option<&str>) -> Result<(), Problem> {
    let n = password.chars().count();
    if n == 0 {
        return Err(Problem::PasswordRequired);
    }
    if n < PASSWORD_MIN {
        return Err(Problem::PasswordTooShort);
    }
    if n > PASSWORD_MAX {
        return Err(Problem::PasswordTooLong);
    }
    if let Some(email) = email {
        let p = password.trim().to_lowercase();
        let local = email.split('@').next().unwrap_or_default();
        if p == email.to_lowercase() || (local.chars().count() >= PASSWORD_MIN && p == local) {
            return Err(Problem::PasswordIsEmail);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_normalised() {
        assert_eq!(
            Email::parse("  Jan.Kowalski@Example.PL ").unwrap().as_str(),
            "jan.kowalski@example.pl"
        );
    }

    #[test]
    fn email_rejects_nonsense() {
        assert_eq!(Email::parse(""), Err(Problem::EmailRequired));
        assert_eq!(Email::parse("   "), Err(Problem::EmailRequired));
        for bad in [
            "jan",
            "jan@",
            "@krakow.pl",
            "jan@localhost",
            "jan kowalski@krakow.pl",
            "a@b.",
            "Jan <jan@krakow.pl>",
        ] {
            assert_eq!(Email::parse(bad), Err(Problem::EmailInvalid), "{bad}");
        }
        let long = format!("{}@krakow.pl", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(Problem::EmailInvalid));
    }

    #[test]
    fn email_accepts_real_addresses() {
        for ok in ["a@krakow.pl", "anna+bo@um.krakow.pl", "ołena@przykład.pl"] {
            assert!(Email::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn display_name_rules() {
        assert_eq!(
            DisplayName::parse("  Anna   Nowak ").unwrap().as_str(),
            "Anna Nowak"
        );
        assert_eq!(DisplayName::parse(" "), Err(Problem::NameRequired));
        assert_eq!(
            DisplayName::parse(&"x".repeat(101)),
            Err(Problem::NameTooLong)
        );
        assert!(DisplayName::parse(&"ż".repeat(100)).is_ok());
        assert_eq!(DisplayName::parse("<script>"), Err(Problem::NameInvalid));
        assert_eq!(DisplayName::parse("a\u{0007}b"), Err(Problem::NameInvalid));
    }

    #[test]
    fn districts_are_the_eighteen() {
        assert_eq!(DistrictId::all().count(), 18);
        assert_eq!(DistrictId::parse("1").unwrap().label(), "I Stare Miasto");
        assert_eq!(DistrictId::parse("13").unwrap().label(), "XIII Podgórze");
        assert_eq!(DistrictId::parse("18").unwrap().name(), "Nowa Huta");
        assert_eq!(DistrictId::parse(""), Err(Problem::DistrictRequired));
        assert_eq!(DistrictId::parse("0"), Err(Problem::ChoiceInvalid));
        assert_eq!(DistrictId::parse("19"), Err(Problem::ChoiceInvalid));
        assert_eq!(DistrictId::parse("XIII"), Err(Problem::ChoiceInvalid));
    }

    #[test]
    fn password_rules() {
        assert_eq!(check_new_password("", None), Err(Problem::PasswordRequired));
        assert_eq!(
            check_new_password("short", None),
            Err(Problem::PasswordTooShort)
        );
        assert_eq!(
            check_new_password("elevenchars", None),
            Err(Problem::PasswordTooShort)
        );
        assert!(check_new_password("twelve chars", None).is_ok());
        // counted in characters, not bytes
        assert_eq!(
            check_new_password("żółćżółćżół", None),
            Err(Problem::PasswordTooShort)
        );
        assert_eq!(
            check_new_password(&"x".repeat(129), None),
            Err(Problem::PasswordTooLong)
        );
        assert_eq!(
            check_new_password("Anna.Nowak@krakow.pl", Some("anna.nowak@krakow.pl")),
            Err(Problem::PasswordIsEmail)
        );
        assert!(check_new_password("a different passphrase", Some("anna@krakow.pl")).is_ok());
    }
}
