//! Pure rules for account data: parse, don't validate. No I/O.
use super::AccountProblem;
pub use crate::forms::{District, Email, DISTRICTS};

/// The name shown on the account: 1–100 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(input: &str) -> Result<DisplayName, AccountProblem> {
        let s = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.is_empty() {
            return Err(AccountProblem::NameRequired);
        }
        if s.chars().count() > 100 {
            return Err(AccountProblem::NameTooLong);
        }
        if s.chars().any(|c| c.is_control() || c == '<' || c == '>') {
            return Err(AccountProblem::NameInvalid);
        }
        Ok(DisplayName(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub const PASSWORD_MIN: usize = 12;
pub const PASSWORD_MAX: usize = 128;

/// A new password: 12–128 characters (length beats composition rules; NIST SP 800-63B),
/// and not the account's own e-mail address.
pub fn check_new_password(password: &str, email: Option<&str>) -> Result<(), AccountProblem> {
    let n = password.chars().count();
    if n == 0 {
        return Err(AccountProblem::PasswordRequired);
    }
    if n < PASSWORD_MIN {
        return Err(AccountProblem::PasswordTooShort);
    }
    if n > PASSWORD_MAX {
        return Err(AccountProblem::PasswordTooLong);
    }
    if let Some(email) = email {
        let p = password.trim().to_lowercase();
        let local = email.split('@').next().unwrap_or_default();
        if p == email.to_lowercase() || (local.chars().count() >= PASSWORD_MIN && p == local) {
            return Err(AccountProblem::PasswordIsEmail);
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
        assert_eq!(
            Email::parse(""),
            Err(crate::forms::FormProblem::EmailRequired)
        );
        assert_eq!(
            Email::parse("   "),
            Err(crate::forms::FormProblem::EmailRequired)
        );
        for bad in [
            "jan",
            "jan@",
            "@krakow.pl",
            "jan@localhost",
            "jan kowalski@krakow.pl",
            "a@b.",
            "Jan <jan@krakow.pl>",
        ] {
            assert_eq!(
                Email::parse(bad),
                Err(crate::forms::FormProblem::EmailInvalid),
                "{bad}"
            );
        }
        let long = format!("{}@krakow.pl", "a".repeat(250));
        assert_eq!(
            Email::parse(&long),
            Err(crate::forms::FormProblem::EmailInvalid)
        );
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
        assert_eq!(DisplayName::parse(" "), Err(AccountProblem::NameRequired));
        assert_eq!(
            DisplayName::parse(&"x".repeat(101)),
            Err(AccountProblem::NameTooLong)
        );
        assert!(DisplayName::parse(&"ż".repeat(100)).is_ok());
        assert_eq!(
            DisplayName::parse("<script>"),
            Err(AccountProblem::NameInvalid)
        );
        assert_eq!(
            DisplayName::parse("a\u{0007}b"),
            Err(AccountProblem::NameInvalid)
        );
    }

    #[test]
    fn districts_are_the_eighteen() {
        assert_eq!(District::all().count(), 18);
        assert_eq!(District::parse("1").unwrap().label(), "I Stare Miasto");
        assert_eq!(District::parse("13").unwrap().label(), "XIII Podgórze");
        assert_eq!(District::parse("18").unwrap().name(), "Nowa Huta");
        assert_eq!(
            District::parse(""),
            Err(crate::forms::FormProblem::DistrictRequired)
        );
        assert_eq!(
            District::parse("0"),
            Err(crate::forms::FormProblem::ChoiceInvalid)
        );
        assert_eq!(
            District::parse("19"),
            Err(crate::forms::FormProblem::ChoiceInvalid)
        );
        assert_eq!(
            District::parse("XIII"),
            Err(crate::forms::FormProblem::ChoiceInvalid)
        );
    }

    #[test]
    fn password_rules() {
        assert_eq!(
            check_new_password("", None),
            Err(AccountProblem::PasswordRequired)
        );
        assert_eq!(
            check_new_password("short", None),
            Err(AccountProblem::PasswordTooShort)
        );
        assert_eq!(
            check_new_password("elevenchars", None),
            Err(AccountProblem::PasswordTooShort)
        );
        assert!(check_new_password("twelve chars", None).is_ok());
        // counted in characters, not bytes
        assert_eq!(
            check_new_password("żółćżółćżół", None),
            Err(AccountProblem::PasswordTooShort)
        );
        assert_eq!(
            check_new_password(&"x".repeat(129), None),
            Err(AccountProblem::PasswordTooLong)
        );
        assert_eq!(
            check_new_password("Anna.Nowak@krakow.pl", Some("anna.nowak@krakow.pl")),
            Err(AccountProblem::PasswordIsEmail)
        );
        assert!(check_new_password("a different passphrase", Some("anna@krakow.pl")).is_ok());
    }
}
