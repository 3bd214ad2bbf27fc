//! Counting one pool of a participatory budget: the city's rule (greedy by points) and the
//! Method of Equal Shares (Peters, Pierczyński and Skowron) with completion. Pure: no I/O.
//!
//! Money is integer grosze. Equal Shares runs on exact rationals: every voter's money is an
//! integer numerator over one common denominator `D` (grosze × D), so adding and comparing
//! money is integer arithmetic; `D` grows only when a price does not divide evenly.
//! Every outcome carries, per project, the facts needed to explain it in a sentence.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

pub use super::{Completion, GreedyFate, GreedyOptions, MesFate, MesOptions, TieBreak, Utility};

pub use super::{Grosze, Money};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Project {
    /// The project's id; ties are broken on it compared as a string (as pabutools does).
    pub id: String,
    pub cost: Grosze,
}

/// One ballot in one pool: the chosen projects (indices into [`Election::projects`]) with
/// their points (1 on an approval ballot; 3, 2, 1 on Kraków's ranked ballot).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ballot {
    pub choices: Vec<(u32, u32)>,
}

impl Ballot {
    pub fn approval(projects: &[u32]) -> Ballot {
        Ballot {
            choices: projects.iter().map(|&p| (p, 1)).collect(),
        }
    }
    /// Ranked choices, best first, with Kraków's points: 3, 2, 1 (and 1 after the third).
    pub fn ranked(projects: &[u32]) -> Ballot {
        Ballot {
            choices: projects
                .iter()
                .enumerate()
                .map(|(k, &p)| (p, ranked_points(k)))
                .collect(),
        }
    }
}

/// Points of the `k`-th choice (0-based) on a ranked ballot without its own points.
pub use super::rules::krakow_points as ranked_points;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Election {
    pub budget: Grosze,
    pub projects: Vec<Project>,
    pub ballots: Vec<Ballot>,
}

/// Votes (ballots naming a project) and points per project.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub votes: Vec<u64>,
    pub points: Vec<u64>,
    /// Per project: how many ballots gave it each number of points, highest points first
    /// (on Kraków's ballot: first, second and third choices).
    pub levels: Vec<Vec<(u32, u64)>>,
}

impl Election {
    pub fn tally(&self) -> Tally {
        let n = self.projects.len();
        let mut t = Tally {
            votes: vec![0; n],
            points: vec![0; n],
            levels: vec![Vec::new(); n],
        };
        let mut levels: Vec<std::collections::BTreeMap<u32, u64>> = vec![Default::default(); n];
        for b in &self.ballots {
            for &(p, pts) in &b.choices {
                if pts > 0 {
                    t.votes[p as usize] += 1;
                    t.points[p as usize] += pts as u64;
                    *levels[p as usize].entry(pts).or_default() += 1;
                }
            }
        }
        t.levels = levels
            .into_iter()
            .map(|m| m.into_iter().rev().collect())
            .collect();
        t
    }
}

impl TieBreak {
    /// `Less` when project `a` wins a tie against `b`.
    pub fn cmp(self, e: &Election, t: &Tally, a: usize, b: usize) -> Ordering {
        let first = match self {
            TieBreak::Preferences => prefer_levels(&t.levels[a], &t.levels[b]),
            TieBreak::ProjectId => Ordering::Equal,
            TieBreak::MoreVotes => t.votes[b].cmp(&t.votes[a]),
            TieBreak::LowerCost => e.projects[a].cost.cmp(&e.projects[b].cost),
        };
        first.then_with(|| e.projects[a].id.cmp(&e.projects[b].id))
    }
}

/// `Less` when `a` has more ballots at the highest number of points where the two differ.
fn prefer_levels(a: &[(u32, u64)], b: &[(u32, u64)]) -> Ordering {
    let (mut i, mut j) = (0, 0);
    loop {
        let x = a.get(i).copied();
        let y = b.get(j).copied();
        match (x, y) {
            (None, None) => return Ordering::Equal,
            (Some(_), None) => return Ordering::Less,
            (None, Some(_)) => return Ordering::Greater,
            (Some((px, cx)), Some((py, cy))) => {
                if px != py {
                    // One has ballots at a level the other has none of.
                    return py.cmp(&px);
                }
                if cx != cy {
                    return cy.cmp(&cx);
                }
                i += 1;
                j += 1;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// The city's rule
// ---------------------------------------------------------------------------------------

/// One project's turn under the city's rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GreedyLine {
    pub project: usize,
    /// 1-based place in the order of points.
    pub rank: u32,
    /// Money not yet spent when its turn came.
    pub left_before: Grosze,
    #[serde(flatten)]
    pub fate: GreedyFate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GreedyOutcome {
    /// Funded projects in the order they were taken.
    pub winners: Vec<usize>,
    pub spent: Grosze,
    /// Every project, in the order of points.
    pub lines: Vec<GreedyLine>,
}

/// The order of the city's rule: more points first, ties by the tie-break.
pub fn points_order(e: &Election, t: &Tally, tie: TieBreak) -> Vec<usize> {
    let mut order: Vec<usize> = (0..e.projects.len()).collect();
    order.sort_by(|&a, &b| {
        t.points[b]
            .cmp(&t.points[a])
            .then_with(|| tie.cmp(e, t, a, b))
    });
    order
}

/// The city's rule: points summed per project; projects taken by descending points,
/// skipping any that no longer fits the money left (or stopping there, if so configured).
pub fn greedy(e: &Election, t: &Tally, opts: &GreedyOptions) -> GreedyOutcome {
    let mut left = e.budget;
    let mut stopped = false;
    let mut winners = Vec::new();
    let mut lines = Vec::with_capacity(e.projects.len());
    for (rank, p) in points_order(e, t, opts.tie_break).into_iter().enumerate() {
        let cost = e.projects[p].cost;
        let fate = if t.votes[p] == 0 {
            GreedyFate::NoVotes
        } else if t.votes[p] < opts.min_votes {
            GreedyFate::BelowMinimum
        } else if stopped {
            GreedyFate::AfterStop
        } else if cost <= left {
            GreedyFate::Funded
        } else {
            stopped = opts.stop_at_first_skip;
            GreedyFate::DidNotFit
        };
        lines.push(GreedyLine {
            project: p,
            rank: rank as u32 + 1,
            left_before: left,
            fate: fate.clone(),
        });
        if fate == GreedyFate::Funded {
            left -= cost;
            winners.push(p);
        }
    }
    GreedyOutcome {
        winners,
        spent: e.budget - left,
        lines,
    }
}

// ---------------------------------------------------------------------------------------
// The Method of Equal Shares
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MesOutcome {
    /// Funded projects in the order they were bought (the fill last).
    pub winners: Vec<usize>,
    pub spent: Grosze,
    /// Per project (index as in the election).
    pub fates: Vec<MesFate>,
    /// Each voter's share in the run kept (rounded down to the grosz) …
    pub share: Grosze,
    /// … and exactly, as "numerator/denominator" in grosze.
    pub share_exact: String,
    /// How many times the share was raised by 1 zł.
    pub raised: u32,
    /// Equal Shares runs made (1 without completion).
    pub runs: u32,
    /// The completion stopped at [`MAX_RUNS`] before it ended by its own rule.
    pub capped: bool,
}

/// The most Equal Shares runs one completion may make. Real elections need at most about
/// 1,500 (Warsaw 2017; Kraków's largest district pool 1,314); a file made to need millions
/// (a 1 zł pool and one voter's favourite costing a fortune) stops here and says so.
pub use super::count_limits::MAX_RUNS;

/// Identical approval sets counted once, with their multiplicity.
struct Group {
    projects: Vec<u32>,
    mult: u64,
}

/// The part of an election Equal Shares needs, prepared once for all runs of a completion.
pub struct EqualShares<'a> {
    e: &'a Election,
    t: Tally,
    groups: Vec<Group>,
    /// Per project: the groups supporting it.
    supporters: Vec<Vec<u32>>,
    /// Per project: number of supporters (voters).
    support: Vec<u64>,
    /// Per project: a supporter's utility (the cost, or 1).
    util: Vec<BigInt>,
    voters: u64,
    tie: TieBreak,
}

struct Run {
    winners: Vec<usize>,
    fates: Vec<MesFate>,
}

impl<'a> EqualShares<'a> {
    pub fn new(e: &'a Election, utility: Utility, tie: TieBreak) -> Self {
        let t = e.tally();
        let mut sets: Vec<Vec<u32>> = e
            .ballots
            .iter()
            .map(|b| {
                let mut s: Vec<u32> = b.choices.iter().filter(|c| c.1 > 0).map(|c| c.0).collect();
                s.sort_unstable();
                s.dedup();
                s
            })
            .filter(|s| !s.is_empty())
            .collect();
        let voters = sets.len() as u64;
        sets.sort_unstable();
        let mut groups: Vec<Group> = Vec::new();
        for s in sets {
            match groups.last_mut() {
                Some(g) if g.projects == s => g.mult += 1,
                _ => groups.push(Group {
                    projects: s,
                    mult: 1,
                }),
            }
        }
        let n = e.projects.len();
        let mut supporters = vec![Vec::new(); n];
        let mut support = vec![0u64; n];
        for (gi, g) in groups.iter().enumerate() {
            for &p in &g.projects {
                supporters[p as usize].push(gi as u32);
                support[p as usize] += g.mult;
            }
        }
        let util = e
            .projects
            .iter()
            .map(|p| match utility {
                Utility::Cost => BigInt::from(p.cost),
                Utility::Count => BigInt::one(),
            })
            .collect();
        EqualShares {
            e,
            t,
            groups,
            supporters,
            support,
            util,
            voters,
            tie,
        }
    }

    pub fn tally(&self) -> &Tally {
        &self.t
    }

    /// One run of Equal Shares with each voter holding `share_num / share_den` grosze.
    fn run(&self, share_num: &BigInt, share_den: &BigInt) -> Run {
        let e = self.e;
        let n = e.projects.len();
        let mut fates: Vec<Option<MesFate>> = vec![None; n];
        let mut winners = Vec::new();
        // Money of every voter of a group: budgets[g] / d grosze.
        let g = share_num.gcd(share_den);
        let mut d: BigInt = share_den / &g;
        let b0: BigInt = share_num / &g;
        let mut budgets: Vec<BigInt> = vec![b0.clone(); self.groups.len()];
        // Money of all supporters of a project together, over d.
        let mut avail: Vec<BigInt> = self
            .support
            .iter()
            .map(|&s| &b0 * BigInt::from(s))
            .collect();
        let mut remaining: Vec<usize> = Vec::new();
        // A lower bound of each project's price per unit of utility (it never falls).
        let mut aff: Vec<BigRational> = vec![BigRational::zero(); n];
        for p in 0..n {
            if self.support[p] == 0 {
                fates[p] = Some(MesFate::NoSupport);
            } else if e.projects[p].cost <= 0 {
                fates[p] = Some(MesFate::Free);
                winners.push(p);
            } else {
                aff[p] = BigRational::new(
                    BigInt::from(e.projects[p].cost),
                    BigInt::from(self.support[p]) * &self.util[p],
                );
                remaining.push(p);
            }
        }
        let mut round = 0u32;
        let mut order: Vec<usize> = Vec::new();
        let mut sorted: Vec<u32> = Vec::new();
        loop {
            round += 1;
            order.clear();
            order.extend(remaining.iter().copied());
            order.sort_by(|&a, &b| {
                aff[a]
                    .cmp(&aff[b])
                    .then_with(|| self.tie.cmp(e, &self.t, a, b))
            });
            // The best price per utility so far this round, and the projects reaching it with
            // their price per supporter (numerator over d, denominator).
            let mut best: Option<BigRational> = None;
            let mut tied: Vec<(usize, BigInt, BigInt)> = Vec::new();
            let mut dropped: Vec<usize> = Vec::new();
            for &p in &order {
                let target = BigInt::from(e.projects[p].cost) * &d;
                if avail[p] < target {
                    let left = (&avail[p] / &d).to_i64().unwrap_or(i64::MAX);
                    fates[p] = Some(MesFate::RanOut {
                        round,
                        money_left: Money::from_grosze(left),
                    });
                    dropped.push(p);
                    continue;
                }
                if let Some(b) = &best {
                    if aff[p] > *b {
                        break;
                    }
                }
                // The price per supporter: equal shares of the cost, with supporters who
                // have less paying all they have.
                let sup = &self.supporters[p];
                let k = BigInt::from(self.support[p]);
                let poorest = sup
                    .iter()
                    .map(|&gi| &budgets[gi as usize])
                    .min()
                    .expect("supported");
                let (num, den) = if poorest * &k >= target {
                    (target, k)
                } else {
                    sorted.clear();
                    sorted.extend(sup.iter().copied());
                    sorted.sort_by(|&x, &y| budgets[x as usize].cmp(&budgets[y as usize]));
                    let mut rest = target;
                    let mut kk = self.support[p];
                    let mut found = None;
                    for &gi in &sorted {
                        let b = &budgets[gi as usize];
                        if rest <= b * BigInt::from(kk) {
                            found = Some((rest.clone(), BigInt::from(kk)));
                            break;
                        }
                        let m = self.groups[gi as usize].mult;
                        rest -= b * BigInt::from(m);
                        kk -= m;
                    }
                    found.expect("the supporters can pay, so a price exists")
                };
                let rho = BigRational::new(num.clone(), &den * &d * &self.util[p]);
                aff[p] = rho.clone();
                match best.as_ref().map(|b| rho.cmp(b)) {
                    None | Some(Ordering::Less) => {
                        best = Some(rho);
                        tied.clear();
                        tied.push((p, num, den));
                    }
                    Some(Ordering::Equal) => tied.push((p, num, den)),
                    Some(Ordering::Greater) => {}
                }
            }
            remaining.retain(|p| !dropped.contains(p));
            let Some((p, num, den)) = tied
                .into_iter()
                .min_by(|a, b| self.tie.cmp(e, &self.t, a.0, b.0))
            else {
                break;
            };
            // Make the price a whole number over the common denominator.
            let g = num.gcd(&den);
            let scale: BigInt = &den / &g;
            let price: BigInt = &num / &g;
            if !scale.is_one() {
                d *= &scale;
                // Voters who have spent everything stay at zero.
                for b in budgets.iter_mut().filter(|b| !b.is_zero()) {
                    *b *= &scale;
                }
                for &q in &remaining {
                    avail[q] *= &scale;
                }
            }
            let (mut full, mut partial, mut none) = (0u64, 0u64, 0u64);
            for &gi in &self.supporters[p] {
                let grp = &self.groups[gi as usize];
                let b = &mut budgets[gi as usize];
                let pay = if *b >= price {
                    full += grp.mult;
                    price.clone()
                } else {
                    if b.is_positive() {
                        partial += grp.mult;
                    } else {
                        none += grp.mult;
                    }
                    b.clone()
                };
                if pay.is_zero() {
                    continue;
                }
                *b -= &pay;
                let total = pay * BigInt::from(grp.mult);
                for &q in &grp.projects {
                    avail[q as usize] -= &total;
                }
            }
            let price_grosze = (&price / &d).to_i64().unwrap_or(i64::MAX)
                + i64::from(((&price % &d) * 2 >= d) as u8);
            fates[p] = Some(MesFate::Bought {
                round,
                price: Money::from_grosze(price_grosze),
                full,
                partial,
                none,
            });
            winners.push(p);
            remaining.retain(|&q| q != p);
        }
        Run {
            winners,
            fates: fates
                .into_iter()
                .map(|f| f.expect("every project has a fate"))
                .collect(),
        }
    }

    fn cost_of(&self, winners: &[usize]) -> Grosze {
        winners.iter().map(|&p| self.e.projects[p].cost).sum()
    }

    /// Equal Shares with the options' completion and fill.
    pub fn count(&self, opts: &MesOptions) -> MesOutcome {
        self.count_within(opts, MAX_RUNS)
    }

    /// [`count`](Self::count) with at most `max_runs` runs of the completion.
    pub fn count_within(&self, opts: &MesOptions, max_runs: u32) -> MesOutcome {
        let e = self.e;
        let n = BigInt::from(self.voters.max(1));
        let budget = BigInt::from(e.budget);
        let share = |raised: u32| -> (BigInt, BigInt) {
            (&budget + BigInt::from(raised) * 100 * &n, n.clone())
        };
        let (mut run, mut raised, mut runs) = {
            let (num, den) = share(0);
            (self.run(&num, &den), 0u32, 1u32)
        };
        let mut capped = false;
        if let Completion::Add1 { exhaustive_stop } = opts.completion {
            // A project dearer than the whole pool is in no outcome the completion may keep:
            // waiting until the share buys it would only make the count longer (linear in
            // its cost), never change the result.
            let candidates = (0..e.projects.len())
                .filter(|&p| self.support[p] > 0 && e.projects[p].cost <= e.budget)
                .count();
            // Runs for successive shares are independent: on a machine with several cores
            // the next few are computed at once, and used in order as if one by one.
            let width = std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
                .clamp(1, 4) as u32;
            let done = |r: &Run| {
                (exhaustive_stop && self.exhaustive(&r.winners, self.cost_of(&r.winners)))
                    // More money cannot change anything once every supported project is in.
                    || r.winners.len() == candidates
            };
            'raise: while !done(&run) {
                if runs >= max_runs {
                    capped = true;
                    break;
                }
                let ahead: Vec<Run> = if width == 1 {
                    let (num, den) = share(raised + 1);
                    vec![self.run(&num, &den)]
                } else {
                    std::thread::scope(|s| {
                        let handles: Vec<_> = (1..=width)
                            .map(|i| {
                                let (num, den) = share(raised + i);
                                s.spawn(move || self.run(&num, &den))
                            })
                            .collect();
                        handles
                            .into_iter()
                            .map(|h| h.join().expect("a counting thread"))
                            .collect()
                    })
                };
                for next in ahead {
                    runs += 1;
                    if self.cost_of(&next.winners) > e.budget {
                        break 'raise;
                    }
                    run = next;
                    raised += 1;
                    if done(&run) {
                        break 'raise;
                    }
                }
            }
        }
        let Run {
            mut winners,
            mut fates,
        } = run;
        let mut spent = self.cost_of(&winners);
        if opts.fill {
            for p in points_order(e, &self.t, opts.tie_break) {
                let cost = e.projects[p].cost;
                if winners.contains(&p) || self.t.votes[p] == 0 || self.t.votes[p] < opts.min_votes
                {
                    continue;
                }
                if spent + cost <= e.budget {
                    fates[p] = MesFate::Filled {
                        left_before: Money::from_grosze(e.budget - spent),
                    };
                    spent += cost;
                    winners.push(p);
                }
            }
        }
        let (num, den) = share(raised);
        let exact = BigRational::new(num, den);
        MesOutcome {
            winners,
            spent,
            fates,
            share: exact.floor().to_integer().to_i64().unwrap_or(i64::MAX),
            share_exact: format!("{}/{}", exact.numer(), exact.denom()),
            raised,
            runs,
            capped,
        }
    }

    /// No project outside the outcome fits the money left (pabutools' definition: all
    /// projects of the pool are considered).
    fn exhaustive(&self, winners: &[usize], spent: Grosze) -> bool {
        let left = self.e.budget - spent;
        (0..self.e.projects.len()).all(|p| winners.contains(&p) || self.e.projects[p].cost > left)
    }
}

/// Equal Shares on an election (see [`EqualShares::count`]).
pub fn equal_shares(e: &Election, opts: &MesOptions) -> MesOutcome {
    EqualShares::new(e, opts.utility, opts.tie_break).count(opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn election(budget: Grosze, costs: &[Grosze], ballots: Vec<Ballot>) -> Election {
        Election {
            budget,
            projects: costs
                .iter()
                .enumerate()
                .map(|(i, &c)| Project {
                    id: format!("{}", i + 1),
                    cost: c,
                })
                .collect(),
            ballots,
        }
    }
    fn ids(e: &Election, w: &[usize]) -> Vec<String> {
        let mut v: Vec<String> = w.iter().map(|&p| e.projects[p].id.clone()).collect();
        v.sort();
        v
    }

    #[test]
    fn greedy_skips_what_does_not_fit_and_can_stop_instead() {
        // Points: A=3+3=6, B=2+2=4, C=1+1+3=5. Budget 100: A (60) fits, C (50) does not
        // (40 left), B (30) fits. Stopping at the first misfit leaves B out.
        let e = election(
            100,
            &[60, 30, 50],
            vec![
                Ballot::ranked(&[0, 1, 2]),
                Ballot::ranked(&[0, 1, 2]),
                Ballot::ranked(&[2]),
            ],
        );
        let t = e.tally();
        assert_eq!(t.points, vec![6, 4, 5]);
        assert_eq!(t.votes, vec![2, 2, 3]);
        let out = greedy(&e, &t, &GreedyOptions::default());
        assert_eq!(out.winners, vec![0, 1]);
        assert_eq!(out.spent, 90);
        let c = out.lines.iter().find(|l| l.project == 2).unwrap();
        assert_eq!(
            (c.rank, c.left_before, &c.fate),
            (2, 40, &GreedyFate::DidNotFit)
        );
        let stop = greedy(
            &e,
            &t,
            &GreedyOptions {
                stop_at_first_skip: true,
                ..Default::default()
            },
        );
        assert_eq!(stop.winners, vec![0]);
        assert_eq!(stop.lines[2].fate, GreedyFate::AfterStop);
        // A minimum of 3 votes leaves only C eligible.
        let min = greedy(
            &e,
            &t,
            &GreedyOptions {
                min_votes: 3,
                ..Default::default()
            },
        );
        assert_eq!(min.winners, vec![2]);
        assert_eq!(min.lines[0].fate, GreedyFate::BelowMinimum);
    }

    #[test]
    fn greedy_ties_follow_the_configured_tie_break() {
        // Two projects with one vote each and room for one: "10" < "9" as text.
        let mut e = election(
            50,
            &[50, 40],
            vec![Ballot::approval(&[0]), Ballot::approval(&[1])],
        );
        e.projects[0].id = "9".into();
        e.projects[1].id = "10".into();
        let t = e.tally();
        assert_eq!(greedy(&e, &t, &GreedyOptions::default()).winners, vec![1]);
        let by_cost = GreedyOptions {
            tie_break: TieBreak::LowerCost,
            ..Default::default()
        };
        assert_eq!(greedy(&e, &t, &by_cost).winners, vec![1]);
        e.projects[1].cost = 50;
        let t = e.tally();
        assert_eq!(
            greedy(&e, &t, &by_cost).winners,
            vec![1],
            "same cost: the id decides"
        );
        let votes = GreedyOptions {
            tie_break: TieBreak::MoreVotes,
            ..Default::default()
        };
        let mut e2 = e.clone();
        e2.ballots.push(Ballot::approval(&[0]));
        let t2 = e2.tally();
        assert_eq!(greedy(&e2, &t2, &votes).winners, vec![0]);
    }

    #[test]
    fn preferences_break_ties_on_first_choices_then_second() {
        // A and B both get 4 points: A = 3 + 1 (one first, one third choice), B = 2 + 2 (two
        // second choices). A has more first choices and wins the one place.
        let e = election(
            10,
            &[10, 10, 1],
            vec![Ballot::ranked(&[0, 1, 2]), Ballot::ranked(&[2, 1, 0])],
        );
        let t = e.tally();
        assert_eq!(t.points, vec![4, 4, 4]);
        assert_eq!(t.levels[0], vec![(3, 1), (1, 1)]);
        assert_eq!(TieBreak::Preferences.cmp(&e, &t, 0, 1), Ordering::Less);
        // C also has 4 points (3 + 1) and the same levels as A: the id decides ("1" < "3").
        assert_eq!(TieBreak::Preferences.cmp(&e, &t, 0, 2), Ordering::Less);
        let out = greedy(&e, &t, &GreedyOptions::default());
        assert_eq!(out.winners, vec![0]);
        // Approval ballots: preferences mean more votes.
        let e = election(
            10,
            &[10, 10],
            vec![
                Ballot::approval(&[1]),
                Ballot::approval(&[1]),
                Ballot::approval(&[0]),
            ],
        );
        let t = e.tally();
        assert_eq!(TieBreak::Preferences.cmp(&e, &t, 1, 0), Ordering::Less);
    }

    #[test]
    fn equal_shares_by_hand() {
        // 4 voters, budget 400 → 100 each. A (cost 300) approved by voters 1–3, B (200) by
        // voters 3–4, C (100) by voter 4.
        // Round 1: A costs 100 per supporter (price per unit of utility 100/300 = 1/3);
        // B 100 each (1/2); C 100 from voter 4 alone (1). A is bought; voters 1–3 pay 100.
        // Round 2: B's supporters have 0 + 100 = 100 < 200: dropped. C: voter 4 pays 100.
        let e = election(
            400,
            &[300, 200, 100],
            vec![
                Ballot::approval(&[0]),
                Ballot::approval(&[0]),
                Ballot::approval(&[0, 1]),
                Ballot::approval(&[1, 2]),
            ],
        );
        let out = equal_shares(&e, &MesOptions::default());
        assert_eq!(out.winners, vec![0, 2]);
        assert_eq!(out.spent, 400);
        assert_eq!(out.share, 100);
        assert_eq!(
            out.fates[0],
            MesFate::Bought {
                round: 1,
                price: Money::from_grosze(100),
                full: 3,
                partial: 0,
                none: 0
            }
        );
        assert_eq!(
            out.fates[1],
            MesFate::RanOut {
                round: 2,
                money_left: Money::from_grosze(100)
            }
        );
        assert_eq!(
            out.fates[2],
            MesFate::Bought {
                round: 2,
                price: Money::from_grosze(100),
                full: 1,
                partial: 0,
                none: 0
            }
        );
        // The city's rule funds by votes: A (3) then B (2) — 500 does not fit, so A and C.
        let t = e.tally();
        assert_eq!(
            greedy(&e, &t, &GreedyOptions::default()).winners,
            vec![0, 2]
        );
    }

    #[test]
    fn poorer_supporters_pay_what_they_have() {
        // 3 voters, pool 300 → 100 each. A (150) approved by voters 1 and 2, B (240) by all.
        let e = election(
            300,
            &[150, 240],
            vec![
                Ballot::approval(&[0, 1]),
                Ballot::approval(&[0, 1]),
                Ballot::approval(&[1]),
            ],
        );
        // Count utilities: A costs 75 per supporter, B 80 → A first. Then B's supporters have
        // 25 + 25 + 100 = 150 < 240: dropped in round 2.
        let count = equal_shares(
            &e,
            &MesOptions {
                utility: Utility::Count,
                ..Default::default()
            },
        );
        assert_eq!(count.winners, vec![0]);
        assert_eq!(
            count.fates[1],
            MesFate::RanOut {
                round: 2,
                money_left: Money::from_grosze(150)
            }
        );
        // Cost utilities compare price per złoty of the project: A 75/150 = 1/2, B 80/240 = 1/3
        // → B first at 80 each; then A's supporters have 20 + 20 = 40 < 150.
        let cost = equal_shares(&e, &MesOptions::default());
        assert_eq!(cost.winners, vec![1]);
        assert_eq!(
            cost.fates[1],
            MesFate::Bought {
                round: 1,
                price: Money::from_grosze(80),
                full: 3,
                partial: 0,
                none: 0
            }
        );

        // D (cost x) approved by voter 1 alone, C (200) by all three; count utilities.
        let ballots = vec![
            Ballot::approval(&[0, 1]),
            Ballot::approval(&[1]),
            Ballot::approval(&[1]),
        ];
        // x = 80: C costs 200/3 = 66.67 each < 80 → C first, everyone pays 66.67; voter 1 keeps
        // 33.33 < 80: D dropped in round 2 (33 zł rounded down).
        let e = election(300, &[80, 200], ballots.clone());
        let out = equal_shares(
            &e,
            &MesOptions {
                utility: Utility::Count,
                ..Default::default()
            },
        );
        assert_eq!(out.winners, vec![1]);
        assert_eq!(
            out.fates[1],
            MesFate::Bought {
                round: 1,
                price: Money::from_grosze(67),
                full: 3,
                partial: 0,
                none: 0
            }
        );
        assert_eq!(
            out.fates[0],
            MesFate::RanOut {
                round: 2,
                money_left: Money::from_grosze(33)
            }
        );
        // x = 30: D first (30 < 66.67); voter 1 keeps 70 ≥ 66.67, so all pay C equally.
        let e = election(300, &[30, 200], ballots.clone());
        let out = equal_shares(
            &e,
            &MesOptions {
                utility: Utility::Count,
                ..Default::default()
            },
        );
        assert_eq!(out.winners, vec![0, 1]);
        assert_eq!(
            out.fates[1],
            MesFate::Bought {
                round: 2,
                price: Money::from_grosze(67),
                full: 3,
                partial: 0,
                none: 0
            }
        );
        // x = 50: D first; voter 1 keeps 50 < 66.67, pays those 50 for C, and the other two
        // pay (200 − 50) / 2 = 75 each.
        let e = election(300, &[50, 200], ballots);
        let out = equal_shares(
            &e,
            &MesOptions {
                utility: Utility::Count,
                ..Default::default()
            },
        );
        assert_eq!(out.winners, vec![0, 1]);
        assert_eq!(
            out.fates[1],
            MesFate::Bought {
                round: 2,
                price: Money::from_grosze(75),
                full: 2,
                partial: 1,
                none: 0
            }
        );
        assert_eq!(out.spent, 250);
    }

    #[test]
    fn completion_raises_the_share_and_keeps_the_last_outcome_within_the_pool() {
        // Budget 10 zł (1000 gr), 2 voters → 5 zł each. A (8 zł) approved by voter 1 only,
        // B (2 zł) by voter 2 only. Plain Equal Shares: voter 1 cannot pay 8 zł → only B.
        // Add1: 6, 7, 8 zł each → at 8 zł, voter 1 buys A: A + B = 10 zł fits. At 9 zł the
        // outcome is the same (and both projects are in): stop. Kept: A and B, raised 3 times.
        let e = election(
            1000,
            &[800, 200],
            vec![Ballot::approval(&[0]), Ballot::approval(&[1])],
        );
        let plain = equal_shares(&e, &MesOptions::default());
        assert_eq!(plain.winners, vec![1]);
        assert_eq!(
            plain.fates[0],
            MesFate::RanOut {
                round: 1,
                money_left: Money::from_grosze(500)
            }
        );
        let add1 = MesOptions {
            completion: Completion::Add1 {
                exhaustive_stop: false,
            },
            ..Default::default()
        };
        let out = equal_shares(&e, &add1);
        assert_eq!(ids(&e, &out.winners), vec!["1", "2"]);
        assert_eq!((out.raised, out.share), (3, 800));
        // A pool where raising overshoots: A (6 zł) by voter 1, B (6 zł) by voter 2, pool 10.
        // At 6 zł each both are bought (12 zł > 10): the outcome at 5 zł (nothing) is kept,
        // and the greedy fill then funds one of them (tie on points: id "1").
        let e = election(
            1000,
            &[600, 600],
            vec![Ballot::approval(&[0]), Ballot::approval(&[1])],
        );
        let out = equal_shares(&e, &add1);
        assert!(out.winners.is_empty());
        assert_eq!((out.raised, out.runs), (0, 2));
        let filled = equal_shares(
            &e,
            &MesOptions {
                fill: true,
                ..add1.clone()
            },
        );
        assert_eq!(filled.winners, vec![0]);
        assert_eq!(
            filled.fates[0],
            MesFate::Filled {
                left_before: Money::from_grosze(1000)
            }
        );
    }

    #[test]
    fn exhaustive_stop_ends_the_completion_early() {
        // Pool 10 zł, 2 voters. A (4 zł) by voter 1; B (7 zł) by voter 2; C (5 zł) by voter 2.
        // At 5 zł each: A (4) and C (5) bought → 9 zł; B cannot be added (1 zł left):
        // exhaustive, so with the stop the count ends at once.
        // Without the stop, 6 and 7 zł: at 7 zł voter 2 could buy B (7) instead of C? Both
        // cost-utility prices per unit are 1 for voter 2 alone (7/7 vs 5/5): the tie goes to
        // id "2" (B): A + B = 11 zł > 10 → stop and keep the 6 zł outcome (A and C).
        let e = election(
            1000,
            &[400, 700, 500],
            vec![Ballot::approval(&[0]), Ballot::approval(&[1, 2])],
        );
        let stop = MesOptions {
            completion: Completion::Add1 {
                exhaustive_stop: true,
            },
            ..Default::default()
        };
        let out = equal_shares(&e, &stop);
        assert_eq!(
            (ids(&e, &out.winners), out.raised, out.runs),
            (vec!["1".to_string(), "3".into()], 0, 1)
        );
        let go_on = MesOptions {
            completion: Completion::Add1 {
                exhaustive_stop: false,
            },
            ..Default::default()
        };
        let out = equal_shares(&e, &go_on);
        assert_eq!(ids(&e, &out.winners), vec!["1", "3"]);
        assert_eq!(out.raised, 1);
        assert_eq!(out.runs, 3);
    }

    #[test]
    fn exact_arithmetic_with_thirds() {
        // 3 voters, pool 100 gr → 100/3 each. A (cost 100) approved by all: 100/3 each,
        // exactly what they have. Nothing is lost to rounding.
        let e = election(100, &[100], vec![Ballot::approval(&[0]); 3]);
        let out = equal_shares(&e, &MesOptions::default());
        assert_eq!(out.winners, vec![0]);
        assert_eq!(out.share_exact, "100/3");
        assert_eq!(
            out.fates[0],
            MesFate::Bought {
                round: 1,
                price: Money::from_grosze(33),
                full: 3,
                partial: 0,
                none: 0
            }
        );
    }

    #[test]
    fn ranked_ballots_count_as_approval_in_equal_shares() {
        let ranked = election(
            300,
            &[200, 100],
            vec![Ballot::ranked(&[0, 1]), Ballot::ranked(&[1, 0])],
        );
        let approval = election(
            300,
            &[200, 100],
            vec![Ballot::approval(&[0, 1]), Ballot::approval(&[0, 1])],
        );
        let o = MesOptions::default();
        assert_eq!(
            equal_shares(&ranked, &o).winners,
            equal_shares(&approval, &o).winners
        );
        assert_eq!(ranked.tally().points, vec![5, 5]);
    }
}

#[cfg(test)]
mod bound_tests {
    use super::*;
    use crate::budget::pabulib::PbFile;

    fn file(budget: &str, projects: &[(&str, &str)], votes: &[&str]) -> Election {
        let mut t = format!(
            "META\nkey;value\nbudget;{budget}\nvote_type;approval\nPROJECTS\nproject_id;cost\n"
        );
        for (id, cost) in projects {
            t.push_str(&format!("{id};{cost}\n"));
        }
        t.push_str("VOTES\nvoter_id;vote\n");
        for (i, v) in votes.iter().enumerate() {
            t.push_str(&format!("{i};{v}\n"));
        }
        PbFile::parse(&t).unwrap().election().unwrap()
    }

    /// The attack: a 1 zł pool and a project of a million złoty made add1 raise the share a
    /// million times. Such a project can never be kept, so the completion does not wait for it.
    #[test]
    fn a_project_dearer_than_the_pool_does_not_lengthen_the_completion() {
        let e = file("1", &[("1", "1000000")], &["1", "1"]);
        let opts = MesOptions {
            completion: Completion::Add1 {
                exhaustive_stop: false,
            },
            ..Default::default()
        };
        let out = EqualShares::new(&e, opts.utility, opts.tie_break).count(&opts);
        assert_eq!(
            (out.winners.len(), out.raised, out.runs, out.capped),
            (0, 0, 1, false)
        );
        // A cheap project beside it is still found by the completion.
        let e = file(
            "1000",
            &[("1", "1000000"), ("2", "600")],
            &["1,2", "1", "1", "1"],
        );
        let out = EqualShares::new(&e, opts.utility, opts.tie_break).count(&opts);
        assert_eq!(out.winners, vec![1]);
        assert!(out.runs < 1000, "{} runs", out.runs);
    }

    /// However an election is made, the completion stops at the limit and says so.
    #[test]
    fn the_completion_stops_at_its_limit() {
        // One voter of 1,000 supports a project costing the whole pool: the share must rise
        // by 1 zł about 999,000 times before that voter alone can buy it.
        let mut votes = vec!["2"; 999];
        votes.push("1");
        let e = file("1000000", &[("1", "1000000"), ("2", "1")], &votes);
        let opts = MesOptions {
            completion: Completion::Add1 {
                exhaustive_stop: false,
            },
            ..Default::default()
        };
        let out = EqualShares::new(&e, opts.utility, opts.tie_break).count_within(&opts, 50);
        assert!(out.capped);
        // The limit, and at most the runs computed alongside the last raise (up to 4 at once).
        assert!(out.runs >= 50 && out.runs < 54, "{} runs", out.runs);
        assert!(out.spent <= e.budget);
    }
}
