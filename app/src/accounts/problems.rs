//! The problems and notices of this service, and their sentences (its own Fluent file).
use crate::forms::{Notice, Problem};
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountProblem {
    EmailTaken,
    PasswordRequired,
    PasswordTooShort,
    PasswordTooLong,
    PasswordIsEmail,
    PasswordsDiffer,
    NameRequired,
    NameTooLong,
    NameInvalid,
    BadCredentials,
    CurrentPasswordWrong,
    CannotChangeOwnRole,
    LinkInvalid,
    /// A reset or change-of-address link that has expired or been used.
    LinkExpired,
    EmailUnchanged,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountNotice {
    Registered,
    SignedIn,
    SignedOut,
    PasswordChanged,
    ProfileSaved,
    DisplaySaved,
    LanguageSaved,
    AccountDeleted,
    RoleChanged,
    PasswordReset,
    EmailChangeSent,
    EmailChanged,
    SessionEnded,
    SignedOutEverywhere,
}

crate::problems!(AccountProblem);
crate::notices!(AccountNotice);

/// This service's sentences, for the app shell to register.
pub const MESSAGES: crate::forms::Messages = crate::forms::Messages {
    problem: problem_text,
    notice: notice_text,
};

pub fn problem_text(i18n: I18n, p: &Problem) -> Option<String> {
    Some(match p.to::<AccountProblem>()? {
        AccountProblem::EmailTaken => t!(i18n, "error-email-taken"),
        AccountProblem::PasswordRequired => t!(i18n, "error-password-required"),
        AccountProblem::PasswordTooShort => t!(
            i18n,
            "error-password-too-short",
            min = crate::accounts::rules::PASSWORD_MIN
        ),
        AccountProblem::PasswordTooLong => t!(
            i18n,
            "error-password-too-long",
            max = crate::accounts::rules::PASSWORD_MAX
        ),
        AccountProblem::PasswordIsEmail => t!(i18n, "error-password-is-email"),
        AccountProblem::PasswordsDiffer => t!(i18n, "error-passwords-differ"),
        AccountProblem::NameRequired => t!(i18n, "error-name-required"),
        AccountProblem::NameTooLong => t!(i18n, "error-name-too-long"),
        AccountProblem::NameInvalid => t!(i18n, "error-name-invalid"),
        AccountProblem::BadCredentials => t!(i18n, "error-bad-credentials"),
        AccountProblem::CurrentPasswordWrong => t!(i18n, "error-current-password-wrong"),
        AccountProblem::CannotChangeOwnRole => t!(i18n, "error-own-role"),
        AccountProblem::LinkInvalid => t!(i18n, "error-link-invalid"),
        AccountProblem::LinkExpired => t!(i18n, "error-link-expired"),
        AccountProblem::EmailUnchanged => t!(i18n, "error-email-unchanged"),
    })
}

pub fn notice_text(i18n: I18n, n: &Notice) -> Option<String> {
    Some(match n.to::<AccountNotice>()? {
        AccountNotice::Registered => t!(i18n, "notice-registered"),
        AccountNotice::SignedIn => t!(i18n, "notice-signed-in"),
        AccountNotice::SignedOut => t!(i18n, "notice-signed-out"),
        AccountNotice::PasswordChanged => t!(i18n, "notice-password-changed"),
        AccountNotice::ProfileSaved => t!(i18n, "notice-profile-saved"),
        AccountNotice::DisplaySaved => t!(i18n, "notice-display-saved"),
        AccountNotice::LanguageSaved => t!(i18n, "notice-language-saved"),
        AccountNotice::AccountDeleted => t!(i18n, "notice-account-deleted"),
        AccountNotice::RoleChanged => t!(i18n, "notice-role-changed"),
        AccountNotice::PasswordReset => t!(i18n, "notice-password-reset"),
        AccountNotice::EmailChangeSent => t!(i18n, "notice-email-change-sent"),
        AccountNotice::EmailChanged => t!(i18n, "notice-email-changed"),
        AccountNotice::SessionEnded => t!(i18n, "notice-session-ended"),
        AccountNotice::SignedOutEverywhere => t!(i18n, "notice-signed-out-everywhere"),
    })
}
