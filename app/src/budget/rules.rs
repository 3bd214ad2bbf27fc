//! Pure rules of the participatory budget: who a voter is (PESEL, or birth date, sex and a
//! document), what makes a ballot valid under each ballot rule, and which phase an edition
//! is in. No I/O; compiled for the server and the browser alike.

use crate::forms::{District, Money, Problem};
use serde::{Deserialize, Serialize};

// Who a voter is lives in the identity module, which every capability uses.
pub use crate::identity::rules::{
    normalize_document, Date, Identity, IdentityError, Pesel, PeselError, Sex,
};

// ---------------------------------------------------------------------------------------
// Ballots
// ---------------------------------------------------------------------------------------

/// How residents vote in an edition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum BallotRule {
    /// Kraków: exactly `picks` projects in the voter's district pool and `picks` in the
    /// city-wide pool, ranked; 3, 2 and 1 points.
    Krakow { picks: u32 },
    /// Any number of projects per pool between `min` and `max`.
    Approval { min: u32, max: u32 },
    /// Up to `points` points per pool, at most `max_per_project` on one project.
    Cumulative { points: u32, max_per_project: u32 },
    /// Any projects whose costs together do not exceed the pool's money.
    CostLimit,
}

impl BallotRule {
    pub fn ranked(&self) -> bool {
        matches!(self, BallotRule::Krakow { .. })
    }
}

/// The voter's choices in one pool: project ids with points, best first on a ranked ballot.
pub type PoolChoices = Vec<(i64, u32)>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "problem")]
pub enum BallotError {
    /// Kraków's rule: exactly `need` projects, `got` chosen.
    NotExactly {
        need: u32,
        got: u32,
    },
    TooFew {
        min: u32,
        got: u32,
    },
    TooMany {
        max: u32,
        got: u32,
    },
    /// The same project twice (or two projects in one rank).
    Repeated,
    /// A project not in this pool's catalogue.
    UnknownProject,
    /// Cumulative: more points than allowed in the pool or on one project.
    TooManyPoints {
        max: u32,
        got: u32,
    },
    TooManyOnOne {
        max: u32,
    },
    /// Cost limit: the chosen projects cost more than the pool.
    OverBudget {
        budget: Money,
        got: Money,
    },
}

/// A project as the ballot check sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub id: i64,
    pub cost: Money,
}

/// Checks one pool of a ballot. `ranked` choices must come in rank order; their points are
/// recomputed here (3, 2, 1), whatever the form said.
pub fn check_pool(
    rule: &BallotRule,
    offers: &[Offer],
    budget: Money,
    choices: &[(i64, u32)],
) -> Result<PoolChoices, BallotError> {
    let mut seen = std::collections::HashSet::new();
    for (id, _) in choices {
        if !offers.iter().any(|o| o.id == *id) {
            return Err(BallotError::UnknownProject);
        }
        if !seen.insert(*id) {
            return Err(BallotError::Repeated);
        }
    }
    let got = choices.len() as u32;
    match rule {
        BallotRule::Krakow { picks } => {
            if got != *picks {
                return Err(BallotError::NotExactly { need: *picks, got });
            }
            Ok(choices
                .iter()
                .enumerate()
                .map(|(k, (id, _))| (*id, krakow_points(k)))
                .collect())
        }
        BallotRule::Approval { min, max } => {
            if got < *min {
                return Err(BallotError::TooFew { min: *min, got });
            }
            if got > *max {
                return Err(BallotError::TooMany { max: *max, got });
            }
            Ok(choices.iter().map(|(id, _)| (*id, 1)).collect())
        }
        BallotRule::Cumulative {
            points,
            max_per_project,
        } => {
            let chosen: Vec<(i64, u32)> = choices.iter().copied().filter(|c| c.1 > 0).collect();
            if chosen.is_empty() {
                return Err(BallotError::TooFew { min: 1, got: 0 });
            }
            if chosen.iter().any(|c| c.1 > *max_per_project) {
                return Err(BallotError::TooManyOnOne {
                    max: *max_per_project,
                });
            }
            let total: u32 = chosen.iter().map(|c| c.1).sum();
            if total > *points {
                return Err(BallotError::TooManyPoints {
                    max: *points,
                    got: total,
                });
            }
            Ok(chosen)
        }
        BallotRule::CostLimit => {
            if got == 0 {
                return Err(BallotError::TooFew { min: 1, got: 0 });
            }
            let total: Money = choices
                .iter()
                .map(|(id, _)| {
                    offers
                        .iter()
                        .find(|o| o.id == *id)
                        .map_or(Money::ZERO, |o| o.cost)
                })
                .sum();
            if total > budget {
                return Err(BallotError::OverBudget { budget, got: total });
            }
            Ok(choices.iter().map(|(id, _)| (*id, 1)).collect())
        }
    }
}

/// A pool as the ballot sees it: the city-wide pool (no district) or a district's pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolOffer {
    pub id: i64,
    pub district: Option<District>,
    pub budget: Money,
    pub offers: Vec<Offer>,
}

/// The pools a voter of `district` votes in: every city-wide pool and their district's.
pub fn pools_of(pools: &[PoolOffer], district: District) -> Vec<&PoolOffer> {
    pools
        .iter()
        .filter(|p| p.district.is_none() || p.district == Some(district))
        .collect()
}

/// Checks a whole ballot: every pool the voter votes in by the edition's rule; choices in
/// other pools (another district's) are refused. Errors name the pool's field (`pool-{id}`).
/// A ballot row to store: (pool, project, position from 1, points).
pub type BallotRow = (i64, i64, u32, u32);

/// Returns the rows to store, or each pool's problem.
pub fn check_ballot(
    rule: &BallotRule,
    pools: &[PoolOffer],
    district: District,
    choices: &std::collections::BTreeMap<i64, Vec<(i64, u32)>>,
) -> Result<Vec<BallotRow>, Vec<(String, BallotError)>> {
    let mine = pools_of(pools, district);
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    for pool in choices.keys() {
        if !mine.iter().any(|p| p.id == *pool) {
            errors.push((format!("pool-{pool}"), BallotError::UnknownProject));
        }
    }
    for p in mine {
        let chosen = choices.get(&p.id).cloned().unwrap_or_default();
        match check_pool(rule, &p.offers, p.budget, &chosen) {
            Ok(ok) => rows.extend(
                ok.into_iter()
                    .enumerate()
                    .map(|(k, (project, pts))| (p.id, project, k as u32 + 1, pts)),
            ),
            Err(e) => errors.push((format!("pool-{}", p.id), e)),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// Points of the `k`-th choice (0-based) on Kraków's ballot.
pub fn krakow_points(k: usize) -> u32 {
    3u32.saturating_sub(k as u32).max(1)
}

/// A receipt code: 12 characters without look-alikes, shown in groups of four.
pub fn format_receipt(raw: &str) -> String {
    raw.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("-")
}

// ---------------------------------------------------------------------------------------
// Phases
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Announced; submission has not opened.
    Announced,
    Submission,
    /// Clerks verify projects; authors may appeal.
    Verification,
    Voting,
    /// Voting closed, results not yet published.
    Counting,
    Results,
}

/// An edition's timetable, unix seconds; each phase runs until the next one starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timetable {
    pub submission_opens: i64,
    pub submission_closes: i64,
    pub voting_opens: i64,
    pub voting_closes: i64,
    pub results_at: i64,
}

impl Timetable {
    pub fn phase(&self, now: i64) -> Phase {
        if now < self.submission_opens {
            Phase::Announced
        } else if now < self.submission_closes {
            Phase::Submission
        } else if now < self.voting_opens {
            Phase::Verification
        } else if now < self.voting_closes {
            Phase::Voting
        } else if now < self.results_at {
            Phase::Counting
        } else {
            Phase::Results
        }
    }
    /// The dates in order (each phase starts no earlier than the previous one ends).
    pub fn in_order(&self) -> bool {
        self.submission_opens < self.submission_closes
            && self.submission_closes <= self.voting_opens
            && self.voting_opens < self.voting_closes
            && self.voting_closes <= self.results_at
    }
}

/// The categories a project can have (codes; the pages translate them).
pub const CATEGORIES: [&str; 8] = [
    "green",
    "transport",
    "sport",
    "culture",
    "education",
    "social",
    "infrastructure",
    "health",
];

pub const TITLE_MAX: usize = 150;
pub const DESCRIPTION_MAX: usize = 5000;
pub const ADDRESS_MAX: usize = 200;
pub const REASON_MAX: usize = 2000;

/// A project as a resident describes it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectProposal {
    pub title: String,
    pub description: String,
    pub cost: Money,
    pub category: String,
    pub address: String,
}

fn text_field(
    errors: &mut Vec<(&'static str, Problem)>,
    field: &'static str,
    value: &str,
    max: usize,
) -> String {
    let v = value.trim().replace("\r\n", "\n");
    if v.is_empty() {
        errors.push((field, crate::forms::FormProblem::FieldRequired.into()));
    } else if v.chars().count() > max {
        errors.push((
            field,
            crate::forms::FormProblem::TextTooLong { max: max as i64 }.into(),
        ));
    }
    v
}

/// Checks a proposal against the pool it is for: every field filled, texts within their
/// limits, a known category, and a cost above zero that the pool can pay.
pub fn check_proposal(
    title: &str,
    description: &str,
    cost: &str,
    category: &str,
    address: &str,
    pool_budget: Option<Money>,
) -> Result<ProjectProposal, Vec<(&'static str, Problem)>> {
    let mut errors = Vec::new();
    let title = text_field(&mut errors, "title", title, TITLE_MAX);
    let description = text_field(&mut errors, "description", description, DESCRIPTION_MAX);
    if pool_budget.is_none() {
        errors.push(("pool_id", crate::forms::FormProblem::ChoiceInvalid.into()));
    }
    let amount = match (Money::parse(cost), pool_budget) {
        (None, _) | (Some(Money::ZERO), _) => {
            errors.push((
                "cost",
                if cost.trim().is_empty() {
                    crate::forms::FormProblem::FieldRequired.into()
                } else {
                    crate::budget::BudgetProblem::CostInvalid.into()
                },
            ));
            Money::ZERO
        }
        (Some(c), Some(b)) if c > b => {
            errors.push((
                "cost",
                crate::budget::BudgetProblem::CostOverPool { max: b }.into(),
            ));
            c
        }
        (Some(c), _) => c,
    };
    let category = category.trim().to_string();
    if !CATEGORIES.contains(&category.as_str()) {
        errors.push(("category", crate::forms::FormProblem::ChoiceInvalid.into()));
    }
    let address = text_field(&mut errors, "address", address, ADDRESS_MAX);
    if errors.is_empty() {
        Ok(ProjectProposal {
            title,
            description,
            cost: amount,
            category,
            address,
        })
    } else {
        Err(errors)
    }
}

/// Where a project stands. A rejected project may be appealed once; the decision on the
/// appeal is final.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProjectStatus {
    Submitted,
    Accepted,
    Rejected,
    Appealed,
    Withdrawn,
}

impl ProjectStatus {
    pub fn parse(s: &str) -> ProjectStatus {
        match s {
            "accepted" => ProjectStatus::Accepted,
            "rejected" => ProjectStatus::Rejected,
            "appealed" => ProjectStatus::Appealed,
            "withdrawn" => ProjectStatus::Withdrawn,
            _ => ProjectStatus::Submitted,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            ProjectStatus::Submitted => "submitted",
            ProjectStatus::Accepted => "accepted",
            ProjectStatus::Rejected => "rejected",
            ProjectStatus::Appealed => "appealed",
            ProjectStatus::Withdrawn => "withdrawn",
        }
    }
    /// Waiting for a clerk's decision.
    pub fn awaits_decision(self) -> bool {
        matches!(self, ProjectStatus::Submitted | ProjectStatus::Appealed)
    }
    /// The author may appeal: rejected, and no appeal made before.
    pub fn may_appeal(self, appealed_before: bool) -> bool {
        self == ProjectStatus::Rejected && !appealed_before
    }
}

/// A clerk's decision on a project waiting for one: the new status, or why not.
pub fn decide(
    status: ProjectStatus,
    accept: bool,
    reason: &str,
) -> Result<ProjectStatus, (&'static str, Problem)> {
    if !status.awaits_decision() {
        return Err(("", crate::budget::BudgetProblem::AlreadyDecided.into()));
    }
    if accept {
        return Ok(ProjectStatus::Accepted);
    }
    let r = reason.trim();
    if r.is_empty() {
        Err(("reason", crate::forms::FormProblem::ReasonRequired.into()))
    } else if r.chars().count() > REASON_MAX {
        Err((
            "reason",
            crate::forms::FormProblem::TextTooLong {
                max: REASON_MAX as i64,
            }
            .into(),
        ))
    } else {
        Ok(ProjectStatus::Rejected)
    }
}

#[cfg(test)]
mod tests {
    fn d(n: u8) -> District {
        District::new(n).unwrap()
    }

    use super::*;

    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 24,
    };

    /// Builds a valid PESEL from a birth date's digits, a serial and a sex digit.
    fn pesel(first9: &str, sex_digit: u32) -> String {
        let mut s = format!("{first9}{sex_digit}");
        let w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        let sum: u32 = s.bytes().zip(w).map(|(b, w)| (b - b'0') as u32 * w).sum();
        s.push(char::from_digit((10 - sum % 10) % 10, 10).unwrap());
        s
    }

    #[test]
    fn pesel_checksum_and_birth_date() {
        // 44051401359: the standard worked example (born 14 May 1944, male), check digit 9:
        // 4·1 + 4·3 + 0·7 + 5·9 + 1·1 + 4·3 + 0·7 + 1·9 + 3·1 + 5·3 = 101 → (10 − 1) % 10 = 9.
        let p = Pesel::parse("44051401359", TODAY).unwrap();
        assert_eq!(
            p.birth,
            Date {
                year: 1944,
                month: 5,
                day: 14
            }
        );
        assert_eq!(p.sex, Sex::Male);
        assert_eq!(
            Pesel::parse("44051401358", TODAY),
            Err(PeselError::Checksum)
        );
        assert_eq!(Pesel::parse("4405140135", TODAY), Err(PeselError::Format));
        assert_eq!(Pesel::parse("4405140135a", TODAY), Err(PeselError::Format));
        // Born 2010-03-02: month 23 (2000s +20). Female (even 10th digit).
        let child = Pesel::parse(&pesel("102302123", 4), TODAY).unwrap();
        assert_eq!(
            (child.birth, child.sex),
            (
                Date {
                    year: 2010,
                    month: 3,
                    day: 2
                },
                Sex::Female
            )
        );
        // 1899-12-31: month 92 (1800s +80).
        assert_eq!(
            Pesel::parse(&pesel("999231000", 1), TODAY)
                .unwrap()
                .birth
                .year,
            1899
        );
        // 30 February and month 13 have a valid check digit but no date.
        assert_eq!(
            Pesel::parse(&pesel("010230000", 1), TODAY),
            Err(PeselError::BirthDate)
        );
        assert_eq!(
            Pesel::parse(&pesel("011301000", 1), TODAY),
            Err(PeselError::BirthDate)
        );
        // 29 February 2024 exists; a birth date after today does not.
        assert!(Pesel::parse(&pesel("242229000", 1), TODAY).is_ok());
        assert_eq!(
            Pesel::parse(&pesel("263201000", 1), TODAY),
            Err(PeselError::BirthDate)
        );
    }

    #[test]
    fn identity_without_pesel_needs_birth_date_sex_and_document() {
        let id = Identity::from_form("", "1990-04-12", "F", "ab c-123456", TODAY).unwrap();
        assert_eq!(id.key(), "doc:1990-04-12:F:ABC123456");
        let errors = Identity::from_form("", "1990-02-30", "", "12", TODAY).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.0).collect();
        assert_eq!(fields, vec!["birth", "sex", "document"]);
        assert_eq!(
            Identity::from_form("", "", "", "", TODAY).unwrap_err(),
            vec![("pesel", IdentityError::Missing)]
        );
        // A PESEL, when given, is what counts — also for someone who fills in the rest too.
        let id = Identity::from_form("44051401359", "1990-04-12", "F", "ABC123456", TODAY).unwrap();
        assert_eq!(id.key(), "pesel:44051401359");
        assert_eq!(
            Identity::from_form("44051401358", "", "", "", TODAY).unwrap_err(),
            vec![("pesel", IdentityError::Pesel(PeselError::Checksum))]
        );
    }

    fn offers() -> Vec<Offer> {
        (1..=5)
            .map(|i| Offer {
                id: i,
                cost: Money::from_grosze(i * 100),
            })
            .collect()
    }

    #[test]
    fn krakow_ballot_is_exactly_three_ranked() {
        let rule = BallotRule::Krakow { picks: 3 };
        let ok = check_pool(
            &rule,
            &offers(),
            Money::from_grosze(1000),
            &[(4, 0), (1, 0), (2, 9)],
        )
        .unwrap();
        assert_eq!(
            ok,
            vec![(4, 3), (1, 2), (2, 1)],
            "points come from the rank, not the form"
        );
        assert_eq!(
            check_pool(
                &rule,
                &offers(),
                Money::from_grosze(1000),
                &[(4, 0), (1, 0)]
            ),
            Err(BallotError::NotExactly { need: 3, got: 2 })
        );
        assert_eq!(
            check_pool(&rule, &offers(), Money::from_grosze(1000), &[]),
            Err(BallotError::NotExactly { need: 3, got: 0 })
        );
        assert_eq!(
            check_pool(
                &rule,
                &offers(),
                Money::from_grosze(1000),
                &[(1, 0), (2, 0), (3, 0), (4, 0)]
            ),
            Err(BallotError::NotExactly { need: 3, got: 4 })
        );
        assert_eq!(
            check_pool(
                &rule,
                &offers(),
                Money::from_grosze(1000),
                &[(1, 0), (1, 0), (2, 0)]
            ),
            Err(BallotError::Repeated)
        );
        assert_eq!(
            check_pool(
                &rule,
                &offers(),
                Money::from_grosze(1000),
                &[(1, 0), (2, 0), (9, 0)]
            ),
            Err(BallotError::UnknownProject)
        );
    }

    #[test]
    fn approval_cumulative_and_cost_limit() {
        let approval = BallotRule::Approval { min: 2, max: 3 };
        assert_eq!(
            check_pool(&approval, &offers(), Money::from_grosze(0), &[(1, 0)]),
            Err(BallotError::TooFew { min: 2, got: 1 })
        );
        assert_eq!(
            check_pool(
                &approval,
                &offers(),
                Money::from_grosze(0),
                &[(1, 0), (2, 0), (3, 0), (4, 0)]
            ),
            Err(BallotError::TooMany { max: 3, got: 4 })
        );
        assert_eq!(
            check_pool(
                &approval,
                &offers(),
                Money::from_grosze(0),
                &[(1, 5), (2, 0)]
            )
            .unwrap(),
            vec![(1, 1), (2, 1)]
        );

        let cumulative = BallotRule::Cumulative {
            points: 10,
            max_per_project: 5,
        };
        assert_eq!(
            check_pool(
                &cumulative,
                &offers(),
                Money::from_grosze(0),
                &[(1, 5), (2, 5), (3, 0)]
            )
            .unwrap(),
            vec![(1, 5), (2, 5)]
        );
        assert_eq!(
            check_pool(
                &cumulative,
                &offers(),
                Money::from_grosze(0),
                &[(1, 5), (2, 5), (3, 1)]
            ),
            Err(BallotError::TooManyPoints { max: 10, got: 11 })
        );
        assert_eq!(
            check_pool(&cumulative, &offers(), Money::from_grosze(0), &[(1, 6)]),
            Err(BallotError::TooManyOnOne { max: 5 })
        );
        assert_eq!(
            check_pool(&cumulative, &offers(), Money::from_grosze(0), &[(1, 0)]),
            Err(BallotError::TooFew { min: 1, got: 0 })
        );

        // Costs 100..500; pool 600: 1 + 5 = 600 fits, 2 + 5 = 700 does not.
        assert!(check_pool(
            &BallotRule::CostLimit,
            &offers(),
            Money::from_grosze(600),
            &[(1, 0), (5, 0)]
        )
        .is_ok());
        assert_eq!(
            check_pool(
                &BallotRule::CostLimit,
                &offers(),
                Money::from_grosze(600),
                &[(2, 0), (5, 0)]
            ),
            Err(BallotError::OverBudget {
                budget: Money::from_grosze(600),
                got: Money::from_grosze(700)
            })
        );
    }

    #[test]
    fn a_krakow_ballot_needs_both_pools_of_the_voters_district() {
        use std::collections::BTreeMap;
        let offers = |ids: &[i64]| {
            ids.iter()
                .map(|&id| Offer {
                    id,
                    cost: Money::from_grosze(100),
                })
                .collect::<Vec<_>>()
        };
        let pools = vec![
            PoolOffer {
                id: 1,
                district: None,
                budget: Money::from_grosze(1000),
                offers: offers(&[11, 12, 13, 14]),
            },
            PoolOffer {
                id: 2,
                district: Some(d(5)),
                budget: Money::from_grosze(500),
                offers: offers(&[21, 22, 23]),
            },
            PoolOffer {
                id: 3,
                district: Some(d(6)),
                budget: Money::from_grosze(500),
                offers: offers(&[31, 32, 33]),
            },
        ];
        let rule = BallotRule::Krakow { picks: 3 };
        let full: BTreeMap<i64, Vec<(i64, u32)>> = [
            (1, vec![(14, 0), (11, 0), (12, 0)]),
            (2, vec![(23, 0), (22, 0), (21, 0)]),
        ]
        .into_iter()
        .collect();
        let rows = check_ballot(&rule, &pools, d(5), &full).unwrap();
        assert_eq!(
            rows,
            vec![
                (1, 14, 1, 3),
                (1, 11, 2, 2),
                (1, 12, 3, 1),
                (2, 23, 1, 3),
                (2, 22, 2, 2),
                (2, 21, 3, 1)
            ]
        );
        // Only the city-wide pool filled: the district pool is reported, nothing stored.
        let half: BTreeMap<i64, Vec<(i64, u32)>> =
            [(1, vec![(14, 0), (11, 0), (12, 0)])].into_iter().collect();
        assert_eq!(
            check_ballot(&rule, &pools, d(5), &half).unwrap_err(),
            vec![(
                "pool-2".to_string(),
                BallotError::NotExactly { need: 3, got: 0 }
            )]
        );
        // A resident of district 5 cannot vote in district 6's pool.
        let mut other = full.clone();
        other.insert(3, vec![(31, 0), (32, 0), (33, 0)]);
        assert_eq!(
            check_ballot(&rule, &pools, d(5), &other).unwrap_err(),
            vec![("pool-3".to_string(), BallotError::UnknownProject)]
        );
        // A project of the city-wide pool offered in the district pool's field is refused.
        let mut mixed = full.clone();
        mixed.insert(2, vec![(23, 0), (22, 0), (11, 0)]);
        assert_eq!(
            check_ballot(&rule, &pools, d(5), &mixed).unwrap_err(),
            vec![("pool-2".to_string(), BallotError::UnknownProject)]
        );
    }

    #[test]
    fn phases_follow_the_timetable() {
        let t = Timetable {
            submission_opens: 100,
            submission_closes: 200,
            voting_opens: 300,
            voting_closes: 400,
            results_at: 450,
        };
        assert!(t.in_order());
        let at = |s| t.phase(s);
        assert_eq!(
            [
                at(99),
                at(100),
                at(199),
                at(200),
                at(299),
                at(300),
                at(399),
                at(400),
                at(449),
                at(450)
            ],
            [
                Phase::Announced,
                Phase::Submission,
                Phase::Submission,
                Phase::Verification,
                Phase::Verification,
                Phase::Voting,
                Phase::Voting,
                Phase::Counting,
                Phase::Counting,
                Phase::Results
            ]
        );
        assert!(!Timetable {
            voting_opens: 150,
            ..t
        }
        .in_order());
    }

    #[test]
    fn receipts_read_in_groups() {
        assert_eq!(format_receipt("ABCDEFGHJKLM"), "ABCD-EFGH-JKLM");
    }
    #[test]
    fn proposals_are_checked_field_by_field() {
        let ok = check_proposal(
            " Ławki w parku ",
            "Dziesięć ławek z oparciem.",
            "40 000",
            "green",
            "ul. Królewska 1",
            Some(Money::from_grosze(100_000_000)),
        )
        .unwrap();
        assert_eq!(
            (ok.title.as_str(), ok.cost),
            ("Ławki w parku", Money::from_grosze(4_000_000))
        );
        let e = check_proposal("", "", "", "pets", "", None).unwrap_err();
        assert_eq!(
            e,
            vec![
                (
                    "title",
                    crate::forms::Problem::from(crate::forms::FormProblem::FieldRequired)
                ),
                (
                    "description",
                    crate::forms::Problem::from(crate::forms::FormProblem::FieldRequired)
                ),
                (
                    "pool_id",
                    crate::forms::Problem::from(crate::forms::FormProblem::ChoiceInvalid)
                ),
                (
                    "cost",
                    crate::forms::Problem::from(crate::forms::FormProblem::FieldRequired)
                ),
                (
                    "category",
                    crate::forms::Problem::from(crate::forms::FormProblem::ChoiceInvalid)
                ),
                (
                    "address",
                    crate::forms::Problem::from(crate::forms::FormProblem::FieldRequired)
                ),
            ]
        );
        let e = check_proposal(
            &"x".repeat(151),
            "d",
            "2 000 001",
            "sport",
            "a",
            Some(Money::from_grosze(200_000_000)),
        )
        .unwrap_err();
        assert_eq!(
            e,
            vec![
                (
                    "title",
                    crate::forms::Problem::from(crate::forms::FormProblem::TextTooLong {
                        max: 150
                    })
                ),
                (
                    "cost",
                    crate::forms::Problem::from(crate::budget::BudgetProblem::CostOverPool {
                        max: Money::from_grosze(200_000_000)
                    })
                )
            ]
        );
        assert_eq!(
            check_proposal("t", "d", "0", "sport", "a", Some(Money::from_grosze(1))).unwrap_err(),
            vec![(
                "cost",
                crate::forms::Problem::from(crate::budget::BudgetProblem::CostInvalid)
            )]
        );
    }

    #[test]
    fn decisions_and_one_appeal() {
        use ProjectStatus::*;
        assert_eq!(decide(Submitted, true, ""), Ok(Accepted));
        assert_eq!(
            decide(Submitted, false, "  "),
            Err((
                "reason",
                crate::forms::Problem::from(crate::forms::FormProblem::ReasonRequired)
            ))
        );
        assert_eq!(decide(Submitted, false, "Teren prywatny"), Ok(Rejected));
        assert_eq!(decide(Appealed, false, "Nadal prywatny"), Ok(Rejected));
        assert_eq!(decide(Appealed, true, ""), Ok(Accepted));
        assert_eq!(
            decide(Accepted, false, "x"),
            Err(("", crate::budget::BudgetProblem::AlreadyDecided.into()))
        );
        assert_eq!(
            decide(Rejected, true, ""),
            Err(("", crate::budget::BudgetProblem::AlreadyDecided.into()))
        );
        assert!(Rejected.may_appeal(false));
        assert!(!Rejected.may_appeal(true));
        assert!(!Accepted.may_appeal(false) && !Appealed.may_appeal(false));
        for s in [Submitted, Accepted, Rejected, Appealed, Withdrawn] {
            assert_eq!(ProjectStatus::parse(s.as_str()), s);
        }
    }
}
