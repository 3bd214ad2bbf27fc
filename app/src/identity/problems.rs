//! The problems and notices of this service, and their sentences (its own Fluent file).
use crate::forms::{Notice, Problem};
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdentityProblem {
    AccountUnknown,
    IdentityHeldElsewhere,
    IdentityNeedsOffice,
    IdentityNotYours,
    IdentityNotVerified,
    PeselFormat,
    PeselChecksum,
    PeselBirthDate,
    IdentityMissing,
    BirthDateInvalid,
    SexRequired,
    DocumentInvalid,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdentityNotice {
    IdentityVerified,
}

crate::problems!(IdentityProblem);
crate::notices!(IdentityNotice);

/// This service's sentences, for the app shell to register.
pub const MESSAGES: crate::forms::Messages = crate::forms::Messages {
    problem: problem_text,
    notice: notice_text,
};

pub fn problem_text(i18n: I18n, p: &Problem) -> Option<String> {
    Some(match p.to::<IdentityProblem>()? {
        IdentityProblem::AccountUnknown => t!(i18n, "error-account-unknown"),
        IdentityProblem::IdentityHeldElsewhere => t!(i18n, "error-identity-held-elsewhere"),
        IdentityProblem::IdentityNeedsOffice => t!(i18n, "error-identity-needs-office"),
        IdentityProblem::IdentityNotYours => t!(i18n, "error-identity-not-yours"),
        IdentityProblem::IdentityNotVerified => t!(i18n, "error-identity-not-verified"),
        IdentityProblem::PeselFormat => t!(i18n, "error-pesel-format"),
        IdentityProblem::PeselChecksum => t!(i18n, "error-pesel-checksum"),
        IdentityProblem::PeselBirthDate => t!(i18n, "error-pesel-birth-date"),
        IdentityProblem::IdentityMissing => t!(i18n, "error-identity-missing"),
        IdentityProblem::BirthDateInvalid => t!(i18n, "error-birth-date"),
        IdentityProblem::SexRequired => t!(i18n, "error-sex-required"),
        IdentityProblem::DocumentInvalid => t!(i18n, "error-document"),
    })
}

pub fn notice_text(i18n: I18n, n: &Notice) -> Option<String> {
    Some(match n.to::<IdentityNotice>()? {
        IdentityNotice::IdentityVerified => t!(i18n, "notice-identity-verified"),
    })
}
