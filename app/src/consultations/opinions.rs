//! The opinion map ("an algorithm in consultations"): from residents' agree / disagree / pass
//! votes on short statements, where each resident stands, which groups of residents think
//! alike, what sets each group apart and what all groups agree on.
//!
//! Pure and deterministic: the same votes give the same map, bit for bit (no random numbers;
//! every choice that Pol.is leaves to chance is made by a fixed rule here). The method follows
//! Pol.is' published math (compdemocracy/polis, `math/src/polismath/math/`), read, not copied:
//!
//! 1. The vote matrix: a row per participant, a column per statement, agree = 1,
//!    disagree = −1, pass = 0, unseen = missing. Statements moderated out are left out.
//! 2. Principal components: missing votes imputed by the statement's mean, the matrix centred
//!    on those means. A missing vote is then exactly 0, so the centred matrix stays sparse and
//!    the two components come from power iteration on it without ever filling it in (memory
//!    grows with the votes, not with participants × statements).
//! 3. Positions: each participant's projection on the two components, using only the votes
//!    they gave, scaled by √(statements ÷ their votes) so that a participant who answered few
//!    statements is not pulled to the middle. Participants with fewer than min(7, statements)
//!    votes are not placed. A statement moderated out stays in these counts as a neutral
//!    answer from everyone, as in Pol.is (its zeroed column).
//! 4. Groups: up to 100 base clusters of the positions (k-means), then the base clusters
//!    grouped (k-means weighted by their sizes) into k = 2 … min(5, 2 + bases ÷ 12) groups; the
//!    k with the best silhouette wins.
//! 5. Representative statements per group: pseudo-counted probabilities (n + 1) / (N + 2)
//!    inside the group and in the rest, one- and two-proportion z-tests, kept when both tests
//!    pass at 90 % (z > 1.2816), ranked by ratio × test × probability × test, at most five.
//! 6. Consensus: group-informed consensus, the product over groups of
//!    (agrees + 1) / (votes + 2).
//!
//! Bounded: at most [`MAX_PARTICIPANTS`] participants and [`MAX_STATEMENTS`] statements, a
//! fixed number of iterations everywhere. The work is O(votes) per power iteration and
//! O(placed × 100) per k-means step.
use serde::{Deserialize, Serialize};

/// Upper bounds of one computation (Pol.is stops taking participants at 100,000 and
/// statements at 10,000; the portal refuses to compute beyond these instead).
pub const MAX_PARTICIPANTS: usize = 200_000;
pub const MAX_STATEMENTS: usize = 10_000;
/// How many base clusters at most.
pub const BASE_K: usize = 100;
/// How many opinion groups at most.
pub const MAX_GROUPS: usize = 5;
/// One-sided 90 % significance for a z statistic.
pub const Z_90: f64 = 1.2816;
/// How many representative statements a group shows at most.
pub const MAX_REPRESENTATIVE: usize = 5;
const PCA_ITERATIONS: usize = 500;
const KMEANS_ITERATIONS: usize = 100;

/// One answer to a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Vote {
    Agree,
    Disagree,
    Pass,
}

impl Vote {
    /// The value in the vote matrix (Pol.is' export convention).
    pub fn value(self) -> i8 {
        match self {
            Vote::Agree => 1,
            Vote::Disagree => -1,
            Vote::Pass => 0,
        }
    }

    pub fn from_value(v: i8) -> Option<Vote> {
        match v {
            1 => Some(Vote::Agree),
            -1 => Some(Vote::Disagree),
            0 => Some(Vote::Pass),
            _ => None,
        }
    }
}

/// The votes of one conversation, by position: participant `p` in `0..participants`,
/// statement `s` in `0..statements`. A later vote of the same participant on the same
/// statement replaces an earlier one.
#[derive(Clone, Debug, Default)]
pub struct Votes {
    pub participants: usize,
    pub statements: usize,
    /// Statements left out of the map (moderated out); their votes are ignored.
    pub excluded: Vec<bool>,
    pub votes: Vec<(u32, u32, Vote)>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    #[error("{0} participants: at most {MAX_PARTICIPANTS} can be mapped")]
    TooManyParticipants(usize),
    #[error("{0} statements: at most {MAX_STATEMENTS} can be mapped")]
    TooManyStatements(usize),
    #[error("a vote names participant {0} or statement {1}, which do not exist")]
    OutOfRange(u32, u32),
}

/// Counts of one statement's votes in some set of participants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub agree: u32,
    pub disagree: u32,
    pub pass: u32,
}

impl Tally {
    /// Everyone who saw the statement and answered it (a pass included).
    pub fn seen(&self) -> u32 {
        self.agree + self.disagree + self.pass
    }

    fn add(&mut self, v: Vote) {
        match v {
            Vote::Agree => self.agree += 1,
            Vote::Disagree => self.disagree += 1,
            Vote::Pass => self.pass += 1,
        }
    }
}

/// Why a statement represents a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Agree,
    Disagree,
}

/// A statement that sets a group apart from the rest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Representative {
    pub statement: usize,
    pub stance: Stance,
    /// Members of the group who agreed (or disagreed), of those who saw it.
    pub in_group: u32,
    pub seen_in_group: u32,
    /// The same in everyone else who is placed in a group.
    pub in_rest: u32,
    pub seen_in_rest: u32,
    /// (n + 1) / (N + 2) in the group.
    pub probability: f64,
    /// The one-proportion z statistic of that probability against one half.
    pub probability_z: f64,
    /// The group's probability divided by the rest's.
    pub ratio: f64,
    /// The two-proportion z statistic of the group against the rest.
    pub ratio_z: f64,
}

impl Representative {
    /// Pol.is' ranking metric: ratio × its test × probability × its test.
    pub fn metric(&self) -> f64 {
        self.ratio * self.ratio_z * self.probability * self.probability_z
    }
}

/// One opinion group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: usize,
    pub size: usize,
    pub center: [f64; 2],
    /// Agrees first, then disagrees; each part by [`Representative::metric`].
    pub representative: Vec<Representative>,
}

/// What is known about one statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatementStats {
    /// All votes on it, placed participants or not.
    pub all: Tally,
    /// Votes of the placed participants of each group, in group order.
    pub by_group: Vec<Tally>,
    /// Product over groups of (agrees + 1) / (seen + 2); 0 when there are no groups.
    pub consensus_agree: f64,
    /// The same with disagrees.
    pub consensus_disagree: f64,
    /// Where one agreement with it alone would place a participant on the map.
    pub position: [f64; 2],
    /// The distance of that position from the middle.
    pub extremity: f64,
    /// Left out of the map (moderated out).
    pub excluded: bool,
}

/// The result of one computation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpinionMap {
    pub participants: usize,
    pub statements: usize,
    /// The two principal components, one weight per statement (0 for excluded ones).
    pub components: [Vec<f64>; 2],
    /// Each statement's mean vote (the imputed value of a missing vote).
    pub means: Vec<f64>,
    /// Each participant's position; `None` for participants who are not placed.
    pub positions: Vec<Option<[f64; 2]>>,
    /// Each participant's number of votes on statements in the map.
    pub votes_of: Vec<u32>,
    /// Each placed participant's group (an index into `groups`).
    pub group_of: Vec<Option<usize>>,
    /// Largest group first.
    pub groups: Vec<Group>,
    pub statement_stats: Vec<StatementStats>,
    /// Statements in the map, by group-informed consensus on agreement, highest first.
    pub consensus: Vec<usize>,
    /// The base clusters' count and the silhouette of each k tried (k, silhouette).
    pub base_clusters: usize,
    pub silhouettes: Vec<(usize, f64)>,
}

impl OpinionMap {
    /// The number of participants placed on the map.
    pub fn placed(&self) -> usize {
        self.positions.iter().filter(|p| p.is_some()).count()
    }
}

/// The least number of votes that places a participant.
pub fn placement_threshold(statements: usize) -> u32 {
    statements.min(7) as u32
}

/// Computes the opinion map of `votes`.
pub fn compute(input: &Votes) -> Result<OpinionMap, MapError> {
    let n = input.participants;
    let m = input.statements;
    if n > MAX_PARTICIPANTS {
        return Err(MapError::TooManyParticipants(n));
    }
    if m > MAX_STATEMENTS {
        return Err(MapError::TooManyStatements(m));
    }
    let excluded = |s: usize| input.excluded.get(s).copied().unwrap_or(false);

    // The sparse matrix, one row per participant (later votes replace earlier ones).
    let mut rows: Vec<Vec<(u32, Vote)>> = vec![Vec::new(); n];
    for &(p, s, v) in &input.votes {
        if p as usize >= n || s as usize >= m {
            return Err(MapError::OutOfRange(p, s));
        }
        let row = &mut rows[p as usize];
        match row.iter_mut().find(|(t, _)| *t == s) {
            Some(slot) => slot.1 = v,
            None => row.push((s, v)),
        }
    }
    for row in &mut rows {
        row.sort_unstable_by_key(|(s, _)| *s);
    }

    let mut all = vec![Tally::default(); m];
    for row in &rows {
        for &(s, v) in row {
            all[s as usize].add(v);
        }
    }
    let in_map: Vec<bool> = (0..m).map(|s| !excluded(s)).collect();
    let statements_in_map = in_map.iter().filter(|x| **x).count();
    let means: Vec<f64> = (0..m)
        .map(|s| {
            let t = all[s];
            if !in_map[s] || t.seen() == 0 {
                0.0
            } else {
                (t.agree as f64 - t.disagree as f64) / t.seen() as f64
            }
        })
        .collect();

    // The centred matrix in compressed rows: x = vote − mean, only where a vote exists.
    let mut starts = Vec::with_capacity(n + 1);
    let mut cols: Vec<u32> = Vec::new();
    let mut vals: Vec<f64> = Vec::new();
    let mut votes_of = vec![0u32; n];
    starts.push(0usize);
    for (p, row) in rows.iter().enumerate() {
        for &(s, v) in row {
            if in_map[s as usize] {
                cols.push(s);
                vals.push(v.value() as f64 - means[s as usize]);
                votes_of[p] += 1;
            }
        }
        starts.push(cols.len());
    }
    let matrix = Sparse {
        starts,
        cols,
        vals,
        width: m,
    };

    let [pc1, pc2] = matrix.components();

    // Positions, scaled for how many statements each participant answered. A statement
    // moderated out counts, as in Pol.is, as a neutral answer from everyone: it no longer
    // moves anyone, and it neither makes those who answered it look as if they had answered
    // less nor lets anyone be placed for want of it.
    let out_of_map = m - statements_in_map;
    let threshold = placement_threshold(m);
    let positions: Vec<Option<[f64; 2]>> = (0..n)
        .map(|p| {
            let answered = rows[p].len() as u32;
            if statements_in_map == 0 || answered < threshold || answered == 0 {
                return None;
            }
            let (x, y) = matrix.row_dot2(p, &pc1, &pc2);
            let seen = votes_of[p] as f64 + out_of_map as f64;
            let scale = (m as f64 / seen).sqrt();
            Some([x * scale, y * scale])
        })
        .collect();

    let placed: Vec<usize> = (0..n).filter(|&p| positions[p].is_some()).collect();
    let points: Vec<[f64; 2]> = placed.iter().map(|&p| positions[p].unwrap()).collect();

    // Base clusters, then groups of base clusters.
    let base = kmeans(&points, None, BASE_K);
    let base_centers = base.centers.clone();
    let base_weights: Vec<f64> = base.sizes.iter().map(|&c| c as f64).collect();
    let mut silhouettes = Vec::new();
    let mut best: Option<(f64, Clustering)> = None;
    if base_centers.len() >= 2 {
        let max_k = MAX_GROUPS.min(2 + base_centers.len() / 12);
        for k in 2..=max_k.min(base_centers.len()) {
            let c = kmeans(&base_centers, Some(&base_weights), k);
            let sil = silhouette(&base_centers, &c.assignment, c.centers.len());
            silhouettes.push((k, sil));
            if best.as_ref().is_none_or(|(b, _)| sil > *b + 1e-12) {
                best = Some((sil, c));
            }
        }
    }

    let mut group_of = vec![None; n];
    let mut groups: Vec<Group> = Vec::new();
    if let Some((_, c)) = best {
        // Order groups by size (largest first), then by position, so that ids are stable.
        let k = c.centers.len();
        let mut sizes = vec![0usize; k];
        for &b in &base.assignment {
            sizes[c.assignment[b]] += 1;
        }
        let mut order: Vec<usize> = (0..k).filter(|&g| sizes[g] > 0).collect();
        order.sort_by(|&a, &b| {
            sizes[b]
                .cmp(&sizes[a])
                .then(c.centers[a][0].total_cmp(&c.centers[b][0]))
                .then(c.centers[a][1].total_cmp(&c.centers[b][1]))
        });
        let mut rank = vec![usize::MAX; k];
        for (i, &g) in order.iter().enumerate() {
            rank[g] = i;
        }
        for (i, &p) in placed.iter().enumerate() {
            group_of[p] = Some(rank[c.assignment[base.assignment[i]]]);
        }
        for &g in &order {
            groups.push(Group {
                id: rank[g],
                size: sizes[g],
                center: [0.0, 0.0],
                representative: Vec::new(),
            });
        }
        // Centres of the people, not of the base clusters.
        for (p, pos) in positions.iter().enumerate() {
            if let (Some(g), Some(pos)) = (group_of[p], pos) {
                groups[g].center[0] += pos[0];
                groups[g].center[1] += pos[1];
            }
        }
        for g in &mut groups {
            g.center[0] /= g.size as f64;
            g.center[1] /= g.size as f64;
        }
    }

    // Tallies per group, for representativeness and consensus.
    let k = groups.len();
    let mut by_group = vec![vec![Tally::default(); k]; m];
    for (p, row) in rows.iter().enumerate() {
        if let Some(g) = group_of[p] {
            for &(s, v) in row {
                by_group[s as usize][g].add(v);
            }
        }
    }
    let total_in_groups: Vec<Tally> = by_group
        .iter()
        .map(|t| {
            t.iter().fold(Tally::default(), |a, b| Tally {
                agree: a.agree + b.agree,
                disagree: a.disagree + b.disagree,
                pass: a.pass + b.pass,
            })
        })
        .collect();
    for (g, group) in groups.iter_mut().enumerate() {
        group.representative = representative(g, &by_group, &total_in_groups, &in_map);
    }

    let scale_one = (m as f64 / (1 + out_of_map) as f64).sqrt();
    let statement_stats: Vec<StatementStats> = (0..m)
        .map(|s| {
            let tallies = by_group[s].clone();
            let (ca, cd) = if k == 0 {
                (0.0, 0.0)
            } else {
                tallies.iter().fold((1.0, 1.0), |(a, d), t| {
                    let seen = t.seen() as f64 + 2.0;
                    (
                        a * (t.agree as f64 + 1.0) / seen,
                        d * (t.disagree as f64 + 1.0) / seen,
                    )
                })
            };
            // One agreement with this statement alone, projected as a participant would be.
            let x = 1.0 - means[s];
            let position = if in_map[s] {
                [x * pc1[s] * scale_one, x * pc2[s] * scale_one]
            } else {
                [0.0, 0.0]
            };
            StatementStats {
                all: all[s],
                by_group: tallies,
                consensus_agree: ca,
                consensus_disagree: cd,
                position,
                extremity: (position[0] * position[0] + position[1] * position[1]).sqrt(),
                excluded: !in_map[s],
            }
        })
        .collect();
    let mut consensus: Vec<usize> = (0..m).filter(|&s| in_map[s] && k > 0).collect();
    consensus.sort_by(|&a, &b| {
        statement_stats[b]
            .consensus_agree
            .total_cmp(&statement_stats[a].consensus_agree)
            .then(a.cmp(&b))
    });

    Ok(OpinionMap {
        participants: n,
        statements: m,
        components: [pc1, pc2],
        means,
        positions,
        votes_of,
        group_of,
        groups,
        statement_stats,
        consensus,
        base_clusters: base_centers.len(),
        silhouettes,
    })
}

/// Pol.is' one-proportion test: z of (succ + 1) / (n + 1) against one half.
pub fn prop_test(success: u32, n: u32) -> f64 {
    let s = success as f64 + 1.0;
    let n = n as f64 + 1.0;
    2.0 * n.sqrt() * (s / n - 0.5)
}

/// Pol.is' two-proportion test of the group (`in`) against the rest (`out`), each count
/// raised by one.
pub fn two_prop_test(success_in: u32, success_out: u32, n_in: u32, n_out: u32) -> f64 {
    let (s1, s2) = (success_in as f64 + 1.0, success_out as f64 + 1.0);
    let (n1, n2) = (n_in as f64 + 1.0, n_out as f64 + 1.0);
    let p1 = s1 / n1;
    let p2 = s2 / n2;
    let pi = (s1 + s2) / (n1 + n2);
    if pi >= 1.0 || pi <= 0.0 {
        return 0.0;
    }
    (p1 - p2) / (pi * (1.0 - pi) * (1.0 / n1 + 1.0 / n2)).sqrt()
}

fn representative(
    g: usize,
    by_group: &[Vec<Tally>],
    total: &[Tally],
    in_map: &[bool],
) -> Vec<Representative> {
    let mut sufficient = Vec::new();
    let mut best: Option<Representative> = None;
    for (s, tallies) in by_group.iter().enumerate() {
        if !in_map[s] {
            continue;
        }
        let t = tallies[g];
        if t.agree == 0 && t.disagree == 0 {
            continue;
        }
        let rest = Tally {
            agree: total[s].agree - t.agree,
            disagree: total[s].disagree - t.disagree,
            pass: total[s].pass - t.pass,
        };
        let (ns, nr) = (t.seen(), rest.seen());
        let p = |x: u32, n: u32| (x as f64 + 1.0) / (n as f64 + 2.0);
        let make = |stance: Stance| {
            let (x, y) = match stance {
                Stance::Agree => (t.agree, rest.agree),
                Stance::Disagree => (t.disagree, rest.disagree),
            };
            Representative {
                statement: s,
                stance,
                in_group: x,
                seen_in_group: ns,
                in_rest: y,
                seen_in_rest: nr,
                probability: p(x, ns),
                probability_z: prop_test(x, ns),
                ratio: p(x, ns) / p(y, nr),
                ratio_z: two_prop_test(x, y, ns, nr),
            }
        };
        let a = make(Stance::Agree);
        let d = make(Stance::Disagree);
        let passes_a = a.ratio_z > Z_90 && a.probability_z > Z_90;
        let passes_d = d.ratio_z > Z_90 && d.probability_z > Z_90;
        // The stance the statement is more representative for (Pol.is' finalize step).
        let chosen = if a.ratio_z > d.ratio_z { a } else { d };
        if passes_a || passes_d {
            sufficient.push(chosen);
        } else if best
            .as_ref()
            .is_none_or(|b| chosen.ratio_z > b.ratio_z + 1e-12)
        {
            best = Some(chosen);
        }
    }
    if sufficient.is_empty() {
        return best.into_iter().collect();
    }
    sufficient.sort_by(|a, b| {
        b.metric()
            .total_cmp(&a.metric())
            .then(a.statement.cmp(&b.statement))
    });
    sufficient.truncate(MAX_REPRESENTATIVE);
    // Agrees before disagrees, each in rank order.
    sufficient.sort_by_key(|r| r.stance == Stance::Disagree);
    sufficient
}

/// Pol.is' priority of a statement for the next participant: statements that many pass on
/// sink, statements far from the middle of the map (they separate opinions) and statements
/// that are agreed with rise, and a statement with few votes gets a boost that fades as it
/// is seen (×9 unseen, about ×5 after five votes).
pub fn priority(tally: Tally, extremity: f64) -> f64 {
    let seen = tally.seen() as f64;
    let p = (tally.pass as f64 + 1.0) / (seen + 2.0);
    let a = (tally.agree as f64 + 1.0) / (seen + 2.0);
    let importance = (1.0 - p) * (extremity + 1.0) * a;
    let novelty = 1.0 + 8.0 * 2f64.powf(-seen / 5.0);
    (importance * novelty).powi(2)
}

/// The statement a participant is shown next: among those they have not answered, a choice
/// weighted by [`priority`], as Pol.is makes it, but drawn from `seed` instead of a random
/// source, so that the same participant at the same point sees the same statement (a reload
/// does not skip one). `candidates` are (statement, priority) pairs; `None` when empty.
pub fn next_statement(candidates: &[(usize, f64)], seed: u64) -> Option<usize> {
    let total: f64 = candidates.iter().map(|(_, w)| w.max(0.0)).sum();
    if candidates.is_empty() {
        return None;
    }
    if total.is_nan() || total <= 0.0 {
        return candidates.iter().map(|(s, _)| *s).min();
    }
    // splitmix64 of the seed, as a fraction in [0, 1).
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    let target = (z >> 11) as f64 / (1u64 << 53) as f64 * total;
    let mut acc = 0.0;
    for (s, w) in candidates {
        acc += w.max(0.0);
        if target < acc {
            return Some(*s);
        }
    }
    candidates.last().map(|(s, _)| *s)
}

/// The adjusted Rand index of two labellings of the same items (1 = the same partition,
/// about 0 = no better than chance). Items are paired by position.
pub fn adjusted_rand_index(a: &[usize], b: &[usize]) -> f64 {
    assert_eq!(a.len(), b.len(), "two labellings of the same items");
    let n = a.len();
    if n < 2 {
        return 1.0;
    }
    let ka = a.iter().max().map_or(0, |x| x + 1);
    let kb = b.iter().max().map_or(0, |x| x + 1);
    let mut table = vec![0u64; ka * kb];
    let mut ra = vec![0u64; ka];
    let mut rb = vec![0u64; kb];
    for (&x, &y) in a.iter().zip(b) {
        table[x * kb + y] += 1;
        ra[x] += 1;
        rb[y] += 1;
    }
    let pairs = |c: u64| (c * c.saturating_sub(1) / 2) as f64;
    let index: f64 = table.iter().map(|&c| pairs(c)).sum();
    let sa: f64 = ra.iter().map(|&c| pairs(c)).sum();
    let sb: f64 = rb.iter().map(|&c| pairs(c)).sum();
    let total = pairs(n as u64);
    let expected = sa * sb / total;
    let max = (sa + sb) / 2.0;
    if (max - expected).abs() < f64::EPSILON {
        return 1.0;
    }
    (index - expected) / (max - expected)
}

/// The centred vote matrix in compressed rows.
struct Sparse {
    starts: Vec<usize>,
    cols: Vec<u32>,
    vals: Vec<f64>,
    width: usize,
}

impl Sparse {
    fn rows(&self) -> usize {
        self.starts.len() - 1
    }

    fn row(&self, p: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let (a, b) = (self.starts[p], self.starts[p + 1]);
        self.cols[a..b]
            .iter()
            .zip(&self.vals[a..b])
            .map(|(&c, &v)| (c as usize, v))
    }

    fn row_dot2(&self, p: usize, u: &[f64], v: &[f64]) -> (f64, f64) {
        self.row(p).fold((0.0, 0.0), |(x, y), (c, val)| {
            (x + val * u[c], y + val * v[c])
        })
    }

    /// (XᵀX a, XᵀX b) in one pass over the rows.
    fn gram_times2(&self, a: &[f64], b: &[f64], out_a: &mut [f64], out_b: &mut [f64]) {
        out_a.iter_mut().for_each(|x| *x = 0.0);
        out_b.iter_mut().for_each(|x| *x = 0.0);
        for p in 0..self.rows() {
            let (ua, ub) = self.row_dot2(p, a, b);
            if ua != 0.0 || ub != 0.0 {
                for (c, val) in self.row(p) {
                    out_a[c] += val * ua;
                    out_b[c] += val * ub;
                }
            }
        }
    }

    /// The first two principal components: subspace iteration on XᵀX with two vectors from
    /// a fixed start (the span converges at the rate of the third eigenvalue to the second,
    /// so three camps, whose first two eigenvalues are nearly equal, cost no more than
    /// two), then the 2 × 2 Rayleigh–Ritz step orders them. Each sign is fixed so that the
    /// component's largest entry is positive. A component that explains nothing (a matrix
    /// of rank one or zero) is all zeros.
    fn components(&self) -> [Vec<f64>; 2] {
        let m = self.width;
        let zeros = || [vec![0.0; m], vec![0.0; m]];
        if m == 0 {
            return zeros();
        }
        let trace: f64 = self.vals.iter().map(|x| x * x).sum();
        // Below this, what is left is rounding noise, not a direction of opinion.
        let floor = 1e-9 * trace;
        if trace.is_nan() || trace <= 0.0 {
            return zeros();
        }
        // Starts that no real eigenvector is orthogonal to by accident.
        let mut a: Vec<f64> = (0..m).map(|j| 1.0 + (j % 13) as f64 / 13.0).collect();
        let mut b: Vec<f64> = (0..m).map(|j| (j % 7) as f64 / 7.0 - 0.5).collect();
        let mut rank_one = !orthonormalise(&mut a, &mut b);
        let (mut ga, mut gb) = (vec![0.0; m], vec![0.0; m]);
        let mut last = 0.0;
        for _ in 0..PCA_ITERATIONS {
            self.gram_times2(&a, &b, &mut ga, &mut gb);
            // trace(VᵀXᵀXV) grows to λ₁ + λ₂; stop when it no longer does.
            let captured = dot(&a, &ga) + if rank_one { 0.0 } else { dot(&b, &gb) };
            std::mem::swap(&mut a, &mut ga);
            std::mem::swap(&mut b, &mut gb);
            if dot(&a, &a).sqrt() <= floor {
                return zeros();
            }
            rank_one = !orthonormalise(&mut a, &mut b);
            if rank_one {
                b.iter_mut().for_each(|x| *x = 0.0);
            }
            if (captured - last).abs() <= 1e-12 * captured {
                break;
            }
            last = captured;
        }
        // Rayleigh–Ritz: H = VᵀXᵀXV, rotate V onto H's eigenvectors, larger first.
        self.gram_times2(&a, &b, &mut ga, &mut gb);
        let (h11, h12, h22) = (dot(&a, &ga), dot(&a, &gb), dot(&b, &gb));
        let theta = 0.5 * (2.0 * h12).atan2(h11 - h22);
        let (c, s) = (theta.cos(), theta.sin());
        let mut first: Vec<f64> = a.iter().zip(&b).map(|(x, y)| c * x + s * y).collect();
        let mut second: Vec<f64> = a.iter().zip(&b).map(|(x, y)| -s * x + c * y).collect();
        let mean = (h11 + h22) / 2.0;
        let spread = (((h11 - h22) / 2.0).powi(2) + h12 * h12).sqrt();
        if rank_one || mean - spread <= floor {
            second.iter_mut().for_each(|x| *x = 0.0);
        }
        if mean + spread <= floor {
            return zeros();
        }
        fix_sign(&mut first);
        fix_sign(&mut second);
        [first, second]
    }
}

/// Gram–Schmidt on two vectors; false when the second has nothing left of its own.
fn orthonormalise(a: &mut [f64], b: &mut [f64]) -> bool {
    if !normalise(a) {
        return false;
    }
    let d = dot(a, b);
    b.iter_mut().zip(a.iter()).for_each(|(y, x)| *y -= d * x);
    let before = dot(b, b).sqrt();
    before > 1e-9 && normalise(b)
}

/// The sign that makes the largest entry positive (the first of equal ones).
fn fix_sign(v: &mut [f64]) {
    let (imax, _) = v.iter().enumerate().fold((0, 0.0f64), |(bi, bv), (i, &x)| {
        if x.abs() > bv + 1e-12 {
            (i, x.abs())
        } else {
            (bi, bv)
        }
    });
    if v.get(imax).is_some_and(|x| *x < 0.0) {
        v.iter_mut().for_each(|x| *x = -*x);
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn normalise(v: &mut [f64]) -> bool {
    let len = dot(v, v).sqrt();
    if len.is_nan() || len <= 1e-300 {
        return false;
    }
    v.iter_mut().for_each(|x| *x /= len);
    true
}

fn dist2(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1])
}

struct Clustering {
    centers: Vec<[f64; 2]>,
    assignment: Vec<usize>,
    sizes: Vec<usize>,
}

/// Weighted k-means (Lloyd) with a deterministic farthest-point start; empty clusters are
/// dropped. At most `k` clusters, fewer when there are fewer distinct points.
fn kmeans(points: &[[f64; 2]], weights: Option<&[f64]>, k: usize) -> Clustering {
    let w = |i: usize| weights.map_or(1.0, |w| w[i]);
    if points.is_empty() || k == 0 {
        return Clustering {
            centers: Vec::new(),
            assignment: Vec::new(),
            sizes: Vec::new(),
        };
    }
    // Start: the point nearest the weighted mean, then each time the point farthest from the
    // centres chosen so far (weighted by its weight, so that a heavy base cluster is
    // preferred to a lone outlier).
    let total_w: f64 = (0..points.len()).map(w).sum();
    let mean = points.iter().enumerate().fold([0.0, 0.0], |acc, (i, p)| {
        [
            acc[0] + p[0] * w(i) / total_w,
            acc[1] + p[1] * w(i) / total_w,
        ]
    });
    let first = (0..points.len())
        .min_by(|&a, &b| dist2(points[a], mean).total_cmp(&dist2(points[b], mean)))
        .unwrap();
    let mut centers = vec![points[first]];
    let mut nearest: Vec<f64> = points.iter().map(|&p| dist2(p, points[first])).collect();
    while centers.len() < k {
        let (far, d) =
            (0..points.len())
                .map(|i| (i, nearest[i] * w(i)))
                .fold(
                    (0, 0.0),
                    |(bi, bd), (i, d)| if d > bd { (i, d) } else { (bi, bd) },
                );
        if d <= 0.0 {
            break; // every point is on a centre: no more distinct points
        }
        centers.push(points[far]);
        for (i, p) in points.iter().enumerate() {
            nearest[i] = nearest[i].min(dist2(*p, points[far]));
        }
    }
    let mut assignment = vec![0usize; points.len()];
    for _ in 0..KMEANS_ITERATIONS {
        let mut changed = false;
        for (i, p) in points.iter().enumerate() {
            let mut best = 0;
            let mut bd = f64::INFINITY;
            for (c, center) in centers.iter().enumerate() {
                let d = dist2(*p, *center);
                if d < bd {
                    bd = d;
                    best = c;
                }
            }
            if assignment[i] != best {
                assignment[i] = best;
                changed = true;
            }
        }
        let mut sums = vec![[0.0, 0.0, 0.0]; centers.len()];
        for (i, p) in points.iter().enumerate() {
            let s = &mut sums[assignment[i]];
            s[0] += p[0] * w(i);
            s[1] += p[1] * w(i);
            s[2] += w(i);
        }
        for (c, s) in centers.iter_mut().zip(&sums) {
            if s[2] > 0.0 {
                *c = [s[0] / s[2], s[1] / s[2]];
            }
        }
        if !changed {
            break;
        }
    }
    // Drop empty clusters and renumber.
    let mut sizes = vec![0usize; centers.len()];
    for &a in &assignment {
        sizes[a] += 1;
    }
    let mut renumber = vec![usize::MAX; centers.len()];
    let mut kept = Vec::new();
    let mut kept_sizes = Vec::new();
    for c in 0..centers.len() {
        if sizes[c] > 0 {
            renumber[c] = kept.len();
            kept.push(centers[c]);
            kept_sizes.push(sizes[c]);
        }
    }
    for a in &mut assignment {
        *a = renumber[*a];
    }
    Clustering {
        centers: kept,
        assignment,
        sizes: kept_sizes,
    }
}

/// The mean silhouette of a clustering of `points` (Pol.is computes it over the base
/// clusters' centres, each counting once); a point alone in its cluster scores 0.
fn silhouette(points: &[[f64; 2]], assignment: &[usize], k: usize) -> f64 {
    if points.len() < 2 || k < 2 {
        return -1.0;
    }
    let mut total = 0.0;
    for (i, p) in points.iter().enumerate() {
        let mut sum = vec![0.0; k];
        let mut count = vec![0usize; k];
        for (j, q) in points.iter().enumerate() {
            if i != j {
                sum[assignment[j]] += dist2(*p, *q).sqrt();
                count[assignment[j]] += 1;
            }
        }
        let own = assignment[i];
        if count[own] == 0 {
            continue;
        }
        let a = sum[own] / count[own] as f64;
        let b = (0..k)
            .filter(|&c| c != own && count[c] > 0)
            .map(|c| sum[c] / count[c] as f64)
            .fold(f64::INFINITY, f64::min);
        if b.is_finite() {
            let m = a.max(b);
            if m > 0.0 {
                total += (b - a) / m;
            }
        }
    }
    total / points.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn votes(participants: usize, statements: usize, list: &[(u32, u32, i8)]) -> Votes {
        Votes {
            participants,
            statements,
            excluded: vec![false; statements],
            votes: list
                .iter()
                .map(|&(p, s, v)| (p, s, Vote::from_value(v).unwrap()))
                .collect(),
        }
    }

    /// Camps of residents: camp c agrees with statement s when s mod camps = c and disagrees
    /// otherwise, with about one vote in `noise` flipped; each participant answers `each`
    /// consecutive statements from a place of their own. Deterministic.
    fn camps(camps: u32, per_camp: u32, statements: u32, each: u32, noise: u32) -> Votes {
        let mut list = Vec::new();
        for c in 0..camps {
            for i in 0..per_camp {
                let p = c * per_camp + i;
                for k in 0..each {
                    let s = (p * 7 + k) % statements;
                    let mut v: i8 = if s % camps == c { 1 } else { -1 };
                    if (p * 31 + s * 17).is_multiple_of(noise) {
                        v = -v;
                    }
                    list.push((p, s, v));
                }
            }
        }
        votes((camps * per_camp) as usize, statements as usize, &list)
    }

    #[test]
    fn two_opposed_pairs_by_hand() {
        // Two agree with both statements, two disagree with both. The means are 0, XᵀX is
        // [[4, 4], [4, 4]], so the first component is (1, 1)/√2 and there is no second one;
        // the participants sit at ±√2 on the first axis (every statement answered: scale 1).
        let v = votes(
            4,
            2,
            &[
                (0, 0, 1),
                (0, 1, 1),
                (1, 0, 1),
                (1, 1, 1),
                (2, 0, -1),
                (2, 1, -1),
                (3, 0, -1),
                (3, 1, -1),
            ],
        );
        let map = compute(&v).unwrap();
        let r = 1.0 / 2f64.sqrt();
        for (got, want) in map.components[0].iter().zip([r, r]) {
            assert!((got - want).abs() < 1e-9, "{:?}", map.components);
        }
        assert!(
            map.components[1].iter().all(|x| *x == 0.0),
            "{:?}",
            map.components
        );
        let pos: Vec<[f64; 2]> = map.positions.iter().map(|p| p.unwrap()).collect();
        for (p, x) in [
            (0, 2f64.sqrt()),
            (1, 2f64.sqrt()),
            (2, -(2f64.sqrt())),
            (3, -(2f64.sqrt())),
        ] {
            assert!(
                (pos[p][0] - x).abs() < 1e-9 && pos[p][1].abs() < 1e-9,
                "{pos:?}"
            );
        }
        // Two distinct points: two base clusters, two groups, each pair together.
        assert_eq!(map.groups.len(), 2);
        assert_eq!(map.group_of[0], map.group_of[1]);
        assert_eq!(map.group_of[2], map.group_of[3]);
        assert_ne!(map.group_of[0], map.group_of[2]);
    }

    #[test]
    fn a_missing_vote_is_imputed_by_the_mean_and_the_position_is_scaled() {
        // Statement 0: two agree, one disagrees (mean 1/3); statement 1: one agrees, one
        // disagrees (mean 0), participant 2 did not answer it. Placement needs min(7, 2) = 2
        // votes, so participant 2 (one vote) is not placed.
        let v = votes(
            3,
            2,
            &[(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, -1), (2, 0, -1)],
        );
        let map = compute(&v).unwrap();
        assert!((map.means[0] - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(map.means[1], 0.0);
        assert!(map.positions[2].is_none());
        assert_eq!(map.placed(), 2);
        // Centred rows: (2/3, 1), (2/3, −1), (−4/3, 0). XᵀX = [[8/3, 0], [0, 2]]: the first
        // component is statement 0 alone, the second statement 1 alone.
        assert!((map.components[0][0] - 1.0).abs() < 1e-9 && map.components[0][1].abs() < 1e-9);
        assert!(map.components[1][0].abs() < 1e-9 && (map.components[1][1] - 1.0).abs() < 1e-9);
        let p0 = map.positions[0].unwrap();
        assert!(
            (p0[0] - 2.0 / 3.0).abs() < 1e-9 && (p0[1] - 1.0).abs() < 1e-9,
            "{p0:?}"
        );
    }

    #[test]
    fn placement_needs_seven_votes_or_every_statement() {
        assert_eq!(placement_threshold(3), 3);
        assert_eq!(placement_threshold(7), 7);
        assert_eq!(placement_threshold(1000), 7);
        // Ten statements; participant 0 answers six, participant 1 seven, the others all ten.
        let mut list = Vec::new();
        for p in 0..6u32 {
            let n = match p {
                0 => 6,
                1 => 7,
                _ => 10,
            };
            for s in 0..n {
                list.push((p, s, if (p + s) % 2 == 0 { 1 } else { -1 }));
            }
        }
        let map = compute(&votes(6, 10, &list)).unwrap();
        assert!(map.positions[0].is_none());
        assert!(map.positions[1].is_some());
        assert_eq!(map.placed(), 5);
        assert_eq!(map.group_of[0], None);
    }

    #[test]
    fn a_statement_moderated_out_moves_no_one_but_still_counts_as_answered() {
        let mut v = camps(2, 20, 12, 12, 1000);
        // Statement 11 is moderated out; a participant who answered 6 others and it is placed.
        v.excluded[11] = true;
        v.votes.retain(|(p, s, _)| *p != 0 || *s < 6 || *s == 11);
        let map = compute(&v).unwrap();
        assert_eq!(map.components[0][11], 0.0);
        assert_eq!(map.components[1][11], 0.0);
        assert!(map.statement_stats[11].excluded);
        assert!(!map.consensus.contains(&11));
        assert!(map
            .groups
            .iter()
            .all(|g| g.representative.iter().all(|r| r.statement != 11)));
        assert!(
            map.positions[0].is_some(),
            "6 votes in the map and 1 moderated out make 7"
        );
        // Flipping every vote on it changes nothing on the map.
        let mut flipped = v.clone();
        for x in &mut flipped.votes {
            if x.1 == 11 {
                x.2 = if x.2 == Vote::Agree {
                    Vote::Disagree
                } else {
                    Vote::Agree
                };
            }
        }
        let other = compute(&flipped).unwrap();
        assert_eq!(map.positions, other.positions);
        assert_eq!(map.group_of, other.group_of);
    }

    #[test]
    fn three_camps_make_three_groups_with_what_sets_each_apart() {
        let v = camps(3, 40, 20, 14, 23);
        let map = compute(&v).unwrap();
        assert_eq!(map.groups.len(), 3, "silhouettes {:?}", map.silhouettes);
        for c in 0..3usize {
            let g = map.group_of[c * 40];
            assert!(g.is_some());
            for i in 0..40 {
                assert_eq!(map.group_of[c * 40 + i], g, "camp {c} is one group");
            }
        }
        assert_eq!(map.groups.iter().map(|g| g.size).sum::<usize>(), 120);
        // Camp 1 alone agrees with statements 1, 4, 7 …: that is what sets it apart, and
        // where it disagrees, it is with what another camp agrees with.
        let g1 = &map.groups[map.group_of[40].unwrap()];
        assert!(!g1.representative.is_empty() && g1.representative.len() <= MAX_REPRESENTATIVE);
        for r in &g1.representative {
            let s = r.statement as u32;
            let camp1_agrees = s % 3 == 1;
            let want = if camp1_agrees {
                Stance::Agree
            } else {
                Stance::Disagree
            };
            assert_eq!(r.stance, want, "statement {s}");
            assert!(r.ratio_z > Z_90 && r.probability_z > Z_90);
        }
        // Agrees before disagrees, each part by the metric.
        let first_disagree = g1
            .representative
            .iter()
            .position(|r| r.stance == Stance::Disagree)
            .unwrap_or(g1.representative.len());
        assert!(g1.representative[first_disagree..]
            .iter()
            .all(|r| r.stance == Stance::Disagree));
        for part in [
            &g1.representative[..first_disagree],
            &g1.representative[first_disagree..],
        ] {
            assert!(part.windows(2).all(|w| w[0].metric() >= w[1].metric()));
        }
    }

    #[test]
    fn the_pseudo_counted_tests_by_hand() {
        // 9 of 10: (9 + 1) / (10 + 1) against one half: 2·√11·(10/11 − 1/2) = 2.7136…
        assert!((prop_test(9, 10) - 2.713_602_101_199_873).abs() < 1e-9);
        // 9 of 10 in the group, 1 of 10 in the rest: p1 = 10/11, p2 = 2/11, π = 12/22,
        // z = (8/11) / √(π(1 − π)·2/11) = 3.4254…
        let z = two_prop_test(9, 1, 10, 10);
        let want = (8.0 / 11.0) / ((12.0 / 22.0) * (10.0 / 22.0) * (2.0 / 11.0_f64)).sqrt();
        assert!((z - want).abs() < 1e-12 && (z - 3.425).abs() < 1e-3, "{z}");
        assert_eq!(two_prop_test(0, 0, 0, 0), 0.0);
    }

    #[test]
    fn consensus_is_the_product_over_groups() {
        // Every participant of both camps agrees with statement 12 (added below), so it
        // leads the consensus list with (n₁ + 1)/(n₁ + 2) · (n₂ + 1)/(n₂ + 2).
        let mut v = camps(2, 20, 12, 12, 1000);
        v.statements = 13;
        v.excluded.push(false);
        for p in 0..40 {
            v.votes.push((p, 12, Vote::Agree));
        }
        let map = compute(&v).unwrap();
        assert_eq!(map.groups.len(), 2);
        assert_eq!(map.consensus[0], 12);
        let want: f64 = map
            .groups
            .iter()
            .map(|g| (g.size as f64 + 1.0) / (g.size as f64 + 2.0))
            .product();
        assert!((map.statement_stats[12].consensus_agree - want).abs() < 1e-12);
        assert!((want - (21.0f64 / 22.0).powi(2)).abs() < 1e-12);
    }

    #[test]
    fn the_same_votes_give_the_same_map_in_any_order() {
        let v = camps(3, 30, 16, 10, 7);
        let a = compute(&v).unwrap();
        let mut shuffled = v.clone();
        // A fixed permutation of the vote list.
        let n = shuffled.votes.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (i * 7919) % n);
        shuffled.votes = order.iter().map(|&i| v.votes[i]).collect();
        let b = compute(&shuffled).unwrap();
        assert_eq!(a, b);
        // A repeated vote counts once, the later one winning.
        let mut repeated = v.clone();
        let (p, s, old) = v.votes[0];
        let new = if old == Vote::Agree {
            Vote::Disagree
        } else {
            Vote::Agree
        };
        repeated.votes.push((p, s, new));
        let c = compute(&repeated).unwrap();
        assert_eq!(
            c.statement_stats[s as usize].all.seen(),
            a.statement_stats[s as usize].all.seen()
        );
    }

    #[test]
    fn bounds_and_bad_input_are_refused() {
        let too_many = Votes {
            participants: 1,
            statements: MAX_STATEMENTS + 1,
            ..Votes::default()
        };
        assert_eq!(
            compute(&too_many),
            Err(MapError::TooManyStatements(MAX_STATEMENTS + 1))
        );
        let too_many = Votes {
            participants: MAX_PARTICIPANTS + 1,
            statements: 1,
            ..Votes::default()
        };
        assert!(matches!(
            compute(&too_many),
            Err(MapError::TooManyParticipants(_))
        ));
        let wrong = votes(2, 2, &[(2, 0, 1)]);
        assert_eq!(compute(&wrong), Err(MapError::OutOfRange(2, 0)));
        // Nothing at all: an empty map, no groups, no panic.
        let empty = compute(&votes(0, 0, &[])).unwrap();
        assert!(empty.groups.is_empty() && empty.consensus.is_empty());
        let one = compute(&votes(1, 1, &[(0, 0, 1)])).unwrap();
        assert!(one.groups.is_empty());
    }

    #[test]
    fn adjusted_rand_index_by_hand() {
        assert_eq!(adjusted_rand_index(&[0, 0, 1, 1], &[1, 1, 0, 0]), 1.0);
        // Pairs together in both: 1 of C(4,2) = 6; Σa = 2, Σb = 1, expected 1/3, max 3/2:
        // (1 − 1/3) / (3/2 − 1/3) = 4/7.
        let ari = adjusted_rand_index(&[0, 0, 1, 1], &[0, 0, 1, 2]);
        assert!((ari - 4.0 / 7.0).abs() < 1e-12, "{ari}");
        // Chance-level labelling scores about 0, less than a real match.
        let a: Vec<usize> = (0..1000).map(|i| i % 2).collect();
        let b: Vec<usize> = (0..1000).map(|i| (i / 2) % 2).collect();
        assert!(adjusted_rand_index(&a, &b).abs() < 0.01);
    }

    #[test]
    fn new_and_divisive_statements_come_first() {
        let unseen = priority(Tally::default(), 0.0);
        let passed = priority(
            Tally {
                agree: 2,
                disagree: 2,
                pass: 30,
            },
            0.0,
        );
        let seen_often = priority(
            Tally {
                agree: 20,
                disagree: 14,
                pass: 0,
            },
            0.0,
        );
        let divisive = priority(
            Tally {
                agree: 20,
                disagree: 14,
                pass: 0,
            },
            2.0,
        );
        assert!(
            unseen > seen_often && seen_often > passed,
            "{unseen} {seen_often} {passed}"
        );
        assert!(divisive > seen_often);
        // Pol.is' own example: (0.666… · 1 · 0.666… · (1 + 8·2^(−1/5)))² for one agree.
        let one = priority(
            Tally {
                agree: 1,
                disagree: 0,
                pass: 0,
            },
            0.0,
        );
        let want = ((2.0f64 / 3.0) * (2.0 / 3.0) * (1.0 + 8.0 * 2f64.powf(-0.2))).powi(2);
        assert!((one - want).abs() < 1e-12);
    }

    #[test]
    fn the_next_statement_follows_the_priorities_and_a_reload_shows_the_same() {
        let candidates = [(4, 1.0), (7, 3.0), (9, 0.0)];
        assert_eq!(
            next_statement(&candidates, 42),
            next_statement(&candidates, 42)
        );
        let mut counts = [0usize; 3];
        for seed in 0..40_000u64 {
            match next_statement(&candidates, seed) {
                Some(4) => counts[0] += 1,
                Some(7) => counts[1] += 1,
                Some(9) => counts[2] += 1,
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(counts[2], 0, "a statement of priority 0 is never drawn");
        let share = counts[1] as f64 / 40_000.0;
        assert!((share - 0.75).abs() < 0.02, "{counts:?}");
        assert_eq!(next_statement(&[], 1), None);
        assert_eq!(next_statement(&[(3, 0.0), (2, 0.0)], 1), Some(2));
    }
}
