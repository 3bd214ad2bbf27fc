//! District referenda: a yes/no or multiple-choice question for the residents of one or
//! more districts, with dates, eligibility by the resident's district, one vote per person
//! (the budget's keyed identity hash), turnout shown live, an optional quorum, and results
//! published at the close. The vote is secret: only counts per district and answer are kept.
pub mod api;
pub mod pages;
pub mod problems;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub use problems::{ReferendumNotice, ReferendumProblem};

pub use rules::{Kind, Outcome, RefPhase};
use serde::{Deserialize, Serialize};

/// A referendum in a list, with its live turnout.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefCard {
    pub id: i64,
    pub title: String,
    pub question: String,
    pub districts: Vec<crate::forms::District>,
    pub opens: crate::i18n::time::LocalTime,
    pub closes: crate::i18n::time::LocalTime,
    pub phase: RefPhase,
    pub voters: u64,
    pub electorate: u64,
    pub quorum: Option<u32>,
}

/// What this person may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    SignInNeeded,
    /// Signed in, but no identity and address confirmed by a clerk.
    NotVerified,
    OtherDistrict,
    Voted,
    CanVote,
    NotOpen,
    Closed,
}

/// Results at the close: votes per answer, per district, and the outcome.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefResults {
    pub answers: Vec<u64>,
    /// (district, voters, votes per answer)
    pub by_district: Vec<(crate::forms::District, u64, Vec<u64>)>,
    pub outcome: Outcome,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefView {
    pub card: RefCard,
    pub description: String,
    pub kind: Kind,
    pub options: Vec<String>,
    pub standing: Standing,
    pub results: Option<RefResults>,
    pub turnout: LiveTurnout,
}

/// The live turnout: voters so far, and per district.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveTurnout {
    pub voters: u64,
    pub electorate: u64,
    pub by_district: Vec<(crate::forms::District, u64)>,
}
