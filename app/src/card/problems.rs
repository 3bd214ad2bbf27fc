//! The problems and notices of the city card, and their sentences (its own Fluent file).
use crate::forms::{Notice, Problem};
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CardProblem {
    CardNumberFormat,
    CardValidUntil,
    /// The number is on another account (the clerk confirms the move).
    CardHeldElsewhere,
    /// Nothing to remove.
    CardMissing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CardNotice {
    CardConfirmed,
    CardRemoved,
}

crate::problems!(CardProblem);
crate::notices!(CardNotice);

impl From<super::rules::CardError> for CardProblem {
    fn from(e: super::rules::CardError) -> Self {
        match e {
            super::rules::CardError::Number => CardProblem::CardNumberFormat,
            super::rules::CardError::ValidUntil => CardProblem::CardValidUntil,
        }
    }
}

/// This capability's sentences, for the app shell to register.
pub const MESSAGES: crate::forms::Messages = crate::forms::Messages {
    problem: problem_text,
    notice: notice_text,
};

pub fn problem_text(i18n: I18n, p: &Problem) -> Option<String> {
    Some(match p.to::<CardProblem>()? {
        CardProblem::CardNumberFormat => t!(i18n, "error-card-number"),
        CardProblem::CardValidUntil => t!(i18n, "error-card-valid-until"),
        CardProblem::CardHeldElsewhere => t!(i18n, "error-card-held-elsewhere"),
        CardProblem::CardMissing => t!(i18n, "error-card-missing"),
    })
}

pub fn notice_text(i18n: I18n, n: &Notice) -> Option<String> {
    Some(match n.to::<CardNotice>()? {
        CardNotice::CardConfirmed => t!(i18n, "notice-card-confirmed"),
        CardNotice::CardRemoved => t!(i18n, "notice-card-removed"),
    })
}
