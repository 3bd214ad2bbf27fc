//! The problems and notices of this service, and their sentences (its own Fluent file).
use crate::forms::{Notice, Problem};
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BudgetProblem {
    // Participatory budget ballots
    VotingNotOpen,
    VotingClosed,
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
    CostInvalid,
    /// More than the pool has.
    CostOverPool {
        max: crate::forms::Money,
    },
    SubmissionNotOpen,
    AlreadyDecided,
    AppealNotAllowed,
    VerificationClosed,
    PoolsRequired,
    /// A pabulib file that cannot be read (`line` 0 when not tied to a line).
    PabulibInvalid {
        line: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BudgetNotice {
    BallotCast,
    PaperBallotEntered,
    ProjectSubmitted,
    ProjectAccepted,
    ProjectRejected,
    AppealSent,
    EditionSaved,
    SimulationImported,
}

crate::problems!(BudgetProblem);
crate::notices!(BudgetNotice);

/// This service's sentences, for the app shell to register.
pub const MESSAGES: crate::forms::Messages = crate::forms::Messages {
    problem: problem_text,
    notice: notice_text,
};

pub fn problem_text(i18n: I18n, p: &Problem) -> Option<String> {
    Some(match p.to::<BudgetProblem>()? {
        BudgetProblem::VotingNotOpen => t!(i18n, "error-voting-not-open"),
        BudgetProblem::VotingClosed => t!(i18n, "error-voting-closed"),
        BudgetProblem::BallotExactly { need } => t!(i18n, "error-ballot-exactly", need = need),
        BudgetProblem::BallotTooFew { min } => t!(i18n, "error-ballot-too-few", min = min),
        BudgetProblem::BallotTooMany { max } => t!(i18n, "error-ballot-too-many", max = max),
        BudgetProblem::BallotRepeated => t!(i18n, "error-ballot-repeated"),
        BudgetProblem::BallotUnknown => t!(i18n, "error-ballot-unknown"),
        BudgetProblem::BallotTooManyPoints { max } => t!(i18n, "error-ballot-points", max = max),
        BudgetProblem::BallotTooManyOnOne { max } => t!(i18n, "error-ballot-points-one", max = max),
        BudgetProblem::BallotOverBudget => t!(i18n, "error-ballot-over-budget"),
        BudgetProblem::AlreadyVotedOnline { day } => {
            t!(i18n, "error-already-voted-online", day = yyyymmdd(day))
        }
        BudgetProblem::AlreadyVotedPaper { point, day } => t!(
            i18n,
            "error-already-voted-paper",
            point = point,
            day = yyyymmdd(day)
        ),
        BudgetProblem::PointRequired => t!(i18n, "error-point-required"),
        BudgetProblem::CostInvalid => t!(i18n, "error-cost-invalid"),
        BudgetProblem::CostOverPool { max } => {
            t!(i18n, "error-cost-over-pool", max = max.text(i18n.lang()))
        }
        BudgetProblem::SubmissionNotOpen => t!(i18n, "error-submission-not-open"),
        BudgetProblem::AlreadyDecided => t!(i18n, "error-already-decided"),
        BudgetProblem::AppealNotAllowed => t!(i18n, "error-appeal-not-allowed"),
        BudgetProblem::VerificationClosed => t!(i18n, "error-verification-closed"),
        BudgetProblem::PoolsRequired => t!(i18n, "error-pools-required"),
        BudgetProblem::PabulibInvalid { line } => t!(i18n, "error-pabulib-invalid", line = line),
    })
}

pub fn notice_text(i18n: I18n, n: &Notice) -> Option<String> {
    Some(match n.to::<BudgetNotice>()? {
        BudgetNotice::BallotCast => t!(i18n, "notice-ballot-cast"),
        BudgetNotice::PaperBallotEntered => t!(i18n, "notice-paper-ballot-entered"),
        BudgetNotice::ProjectSubmitted => t!(i18n, "notice-project-submitted"),
        BudgetNotice::ProjectAccepted => t!(i18n, "notice-project-accepted"),
        BudgetNotice::ProjectRejected => t!(i18n, "notice-project-rejected"),
        BudgetNotice::AppealSent => t!(i18n, "notice-appeal-sent"),
        BudgetNotice::EditionSaved => t!(i18n, "notice-edition-saved"),
        BudgetNotice::SimulationImported => t!(i18n, "notice-simulation-imported"),
    })
}
/// 20261120 → "2026-11-20".
fn yyyymmdd(d: u32) -> String {
    format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100)
}
