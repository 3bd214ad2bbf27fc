//! The problems and notices of this service, and their sentences (its own Fluent file).
use crate::forms::{Notice, Problem};
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReferendumProblem {
    // District referenda
    ReferendumNotOpen,
    ReferendumClosed,
    AlreadyVotedReferendum,
    ReferendumNotEligible,
    OptionsRequired,
    QuorumInvalid,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReferendumNotice {
    ReferendumVoted,
    ReferendumSaved,
}

crate::problems!(ReferendumProblem);
crate::notices!(ReferendumNotice);

/// This service's sentences, for the app shell to register.
pub const MESSAGES: crate::forms::Messages = crate::forms::Messages {
    problem: problem_text,
    notice: notice_text,
};

pub fn problem_text(i18n: I18n, p: &Problem) -> Option<String> {
    Some(match p.to::<ReferendumProblem>()? {
        ReferendumProblem::ReferendumNotOpen => t!(i18n, "error-referendum-not-open"),
        ReferendumProblem::ReferendumClosed => t!(i18n, "error-referendum-closed"),
        ReferendumProblem::AlreadyVotedReferendum => t!(i18n, "error-already-voted-referendum"),
        ReferendumProblem::ReferendumNotEligible => t!(i18n, "error-referendum-not-eligible"),
        ReferendumProblem::OptionsRequired => t!(i18n, "error-options-required"),
        ReferendumProblem::QuorumInvalid => t!(i18n, "error-quorum-invalid"),
    })
}

pub fn notice_text(i18n: I18n, n: &Notice) -> Option<String> {
    Some(match n.to::<ReferendumNotice>()? {
        ReferendumNotice::ReferendumVoted => t!(i18n, "notice-referendum-voted"),
        ReferendumNotice::ReferendumSaved => t!(i18n, "notice-referendum-saved"),
    })
}
