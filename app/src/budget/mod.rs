//! Participatory budget (Budżet Obywatelski) and district referenda: editions with phases
//! and pools, projects, ballots, and counting by the city's rule and by the Method of Equal
//! Shares, with open data in the pabulib format.
//!
//! `count` (server only: exact big-number arithmetic) does the counting; the option and
//! outcome types it shares with the pages are here.
pub mod admin;
pub mod admin_pages;
pub mod api;
#[cfg(feature = "ssr")]
pub mod count;
#[cfg(feature = "ssr")]
pub mod pabulib;
pub mod pages;
pub mod problems;
pub mod project_pages;
pub mod projects;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;

pub use problems::{BudgetNotice, BudgetProblem};

pub use rules::Phase;

/// One chosen project on a ballot receipt: its number, its title and the points given.
pub type ChosenProject = (String, String, u32);

/// Grosze as the counting works on them (plain integers inside its exact arithmetic); every
/// amount that leaves the counting is a `Money`.
pub type Grosze = i64;
use crate::forms::District;
pub use crate::forms::Money;
use serde::{Deserialize, Serialize};

/// How ties are broken: always ending with the project id compared as a string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TieBreak {
    /// More first choices (most points) wins, then more second choices, and so on, then the
    /// project id. On approval ballots: more votes, then the id. Reproduces Kraków's results.
    #[default]
    Preferences,
    /// The project whose id comes first (as text) wins the tie: pabutools' default.
    ProjectId,
    /// More votes first, then the id.
    MoreVotes,
    /// The cheaper project first, then the id.
    LowerCost,
}

impl TieBreak {
    pub fn parse(s: &str) -> Option<TieBreak> {
        match s {
            "preferences" => Some(TieBreak::Preferences),
            "id" | "project-id" => Some(TieBreak::ProjectId),
            "votes" | "more-votes" => Some(TieBreak::MoreVotes),
            "cost" | "lower-cost" => Some(TieBreak::LowerCost),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            TieBreak::Preferences => "preferences",
            TieBreak::ProjectId => "project-id",
            TieBreak::MoreVotes => "more-votes",
            TieBreak::LowerCost => "lower-cost",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GreedyOptions {
    /// Projects with fewer votes are not funded (0 = no minimum).
    pub min_votes: u64,
    /// Stop at the first project that does not fit instead of skipping it.
    pub stop_at_first_skip: bool,
    pub tie_break: TieBreak,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "fate")]
pub enum GreedyFate {
    Funded,
    /// It cost more than the money left when its turn came.
    DidNotFit,
    /// Fewer votes than the edition's minimum.
    BelowMinimum,
    /// The count stopped at an earlier project that did not fit.
    AfterStop,
    /// Nobody voted for it.
    NoVotes,
}

/// What a supporter gets from a project: its cost (default) or simply "one more project".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Utility {
    #[default]
    Cost,
    Count,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Completion {
    /// Equal Shares once, with the pool divided equally.
    #[default]
    None,
    /// Raise every voter's share by 1 zł at a time and keep the last outcome that fits the
    /// pool; with `exhaustive_stop`, stop early at the first outcome to which no project can
    /// be added.
    Add1 { exhaustive_stop: bool },
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MesOptions {
    pub utility: Utility,
    pub completion: Completion,
    /// Afterwards, fund what still fits from the money left, by descending points.
    pub fill: bool,
    pub tie_break: TieBreak,
    /// Applies to the greedy fill as to the city's rule.
    pub min_votes: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "fate")]
pub enum MesFate {
    /// Bought in `round`: supporters paid at most `price` each; `full` of them paid that much,
    /// `partial` paid all they had left (less), `none` had nothing left.
    Bought {
        round: u32,
        price: Money,
        full: u64,
        partial: u64,
        none: u64,
    },
    /// Costs nothing and has supporters: funded at once.
    Free,
    /// Dropped in `round`: its supporters had only `money_left` together (rounded down).
    RanOut { round: u32, money_left: Money },
    /// Nobody supports it.
    NoSupport,
    /// Added by the greedy fill with `left_before` still unspent.
    Filled { left_before: Money },
}

/// Which rule decides an edition's winners (both are always shown).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    #[default]
    Greedy,
    EqualShares,
}

/// How an edition is counted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counting {
    pub official: Rule,
    pub greedy: GreedyOptions,
    pub mes: MesOptions,
}

impl Counting {
    /// Kraków: the city's rule decides; Equal Shares with cost utilities, add1 completion
    /// without the exhaustive stop and a greedy fill is shown beside it.
    pub fn krakow() -> Counting {
        Counting {
            official: Rule::Greedy,
            greedy: GreedyOptions::default(),
            mes: MesOptions {
                completion: Completion::Add1 {
                    exhaustive_stop: false,
                },
                fill: true,
                ..Default::default()
            },
        }
    }
}

/// An edition in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionCard {
    pub id: i64,
    pub name: String,
    pub phase: Phase,
    pub simulation: bool,
    pub pools: u32,
    pub projects: u32,
    pub ballots: u64,
    /// Kraków local dates, already formatted.
    pub voting: (crate::i18n::time::LocalTime, crate::i18n::time::LocalTime),
    pub results_at: crate::i18n::time::LocalTime,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolSummary {
    pub id: i64,
    pub name: String,
    pub district: Option<District>,
    pub budget: Money,
    pub projects: u32,
    pub ballots: u64,
    pub greedy_spent: Money,
    pub greedy_winners: u32,
    pub mes_spent: Money,
    pub mes_winners: u32,
    /// Projects funded by one rule and not the other.
    pub differ: u32,
}

/// Ballots online and on paper, in all and per district of the voter (None = not known).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Turnout {
    pub online: u64,
    pub paper: u64,
    pub by_district: Vec<(Option<District>, u64, u64)>,
}

/// Limits of counting that pages name (the counting itself is server-only).
pub mod count_limits {
    /// The most Equal Shares runs one completion may make.
    pub const MAX_RUNS: u32 = 20_000;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionResults {
    pub edition: EditionCard,
    pub counting: Counting,
    pub pools: Vec<PoolSummary>,
    pub turnout: Turnout,
}

/// One project's line on a pool's results page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectLine {
    pub number: String,
    pub title: String,
    pub cost: Money,
    pub votes: u64,
    pub points: u64,
    pub rank: u32,
    pub left_before: Money,
    pub greedy: GreedyFate,
    pub mes: MesFate,
}

impl ProjectLine {
    pub fn greedy_funded(&self) -> bool {
        self.greedy == GreedyFate::Funded
    }
    pub fn mes_funded(&self) -> bool {
        matches!(
            self.mes,
            MesFate::Bought { .. } | MesFate::Free | MesFate::Filled { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolResults {
    pub edition_id: i64,
    pub edition_name: String,
    pub pool: PoolSummary,
    pub counting: Counting,
    /// Equal Shares: each voter's share in the run kept, and how often it was raised by 1 zł.
    pub share: Money,
    pub raised: u32,
    /// The completion stopped at its limit of runs (see `count::MAX_RUNS`).
    #[serde(default)]
    pub capped: bool,
    /// In the order of points (the city's rule).
    pub lines: Vec<ProjectLine>,
}

/// A project on the ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotProject {
    pub id: i64,
    pub number: String,
    pub title: String,
    pub cost: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotPool {
    pub id: i64,
    pub name: String,
    pub district: Option<District>,
    pub budget: Money,
    pub projects: Vec<BallotProject>,
}

/// What the ballot page needs: the pools the voter votes in (city-wide and their district's).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotView {
    pub edition: EditionCard,
    pub rule: rules::BallotRule,
    /// The district whose pool is shown (the account's, unless another was chosen).
    pub district: Option<District>,
    pub pools: Vec<BallotPool>,
    /// Already voted from this account: the receipt.
    pub voted: Option<String>,
}

/// The voter's own ballot, after voting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyBallot {
    pub edition: EditionCard,
    pub receipt: String,
    pub day: String,
    /// Per pool: its name and the chosen projects with their points, in order.
    pub pools: Vec<(String, Vec<ChosenProject>)>,
}

/// An accepted project in the voting catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueItem {
    pub id: i64,
    pub number: String,
    pub title: String,
    pub description: String,
    pub cost: Money,
    pub category: String,
    pub address: String,
    pub pool_id: i64,
    pub pool_name: String,
}

/// The catalogue of an edition, filtered; `total` is the number before filtering.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub edition: EditionCard,
    pub pools: Vec<(i64, String)>,
    pub items: Vec<CatalogueItem>,
    pub total: u32,
}

/// What the submission form needs: the pools with their money.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitView {
    pub edition: EditionCard,
    pub pools: Vec<(i64, String, Money)>,
}

/// One project with everything its page may show to the person asking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectView {
    pub item: CatalogueItem,
    pub edition_id: i64,
    pub edition_name: String,
    pub status: rules::ProjectStatus,
    /// Why it was rejected (the author and staff see it).
    pub reason: String,
    pub appeal: String,
    pub appeal_reason: String,
    /// Shown to staff only.
    pub author: Option<String>,
    pub is_author: bool,
    pub may_appeal: bool,
    pub may_decide: bool,
}

/// A project on an author's own list or a clerk's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectRow {
    pub id: i64,
    pub edition_id: i64,
    pub edition_name: String,
    pub number: String,
    pub title: String,
    pub pool_name: String,
    pub cost: Money,
    pub status: rules::ProjectStatus,
}

/// An edition as a clerk edits it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionSettings {
    pub edition: EditionCard,
    /// Dates (Kraków, `YYYY-MM-DD`): submission opens, closes; voting opens, closes; results.
    pub dates: [String; 5],
    pub rule: rules::BallotRule,
    pub counting: Counting,
    pub pools: Vec<(i64, String, Money)>,
    pub points: Vec<(i64, String)>,
    pub projects: Vec<ProjectRow>,
}

/// The paper ballot form of a voting point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperView {
    pub ballot: BallotView,
    pub points: Vec<(i64, String)>,
    pub point: Option<i64>,
}
