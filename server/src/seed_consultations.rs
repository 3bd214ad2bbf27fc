//! Generated opinion-map conversations: residents in camps that answer statements alike,
//! for the demo consultation's opinion map and for the benchmarks. Deterministic for a seed
//! (a seeded `StdRng`), so that a benchmark and its reference compute the same votes.
use konto_app::consultations::opinions::{Vote, Votes};
use rand::rngs::StdRng;
use rand::seq::index::sample;
use rand::{Rng, SeedableRng};

/// How a generated conversation looks.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    pub participants: usize,
    pub statements: usize,
    /// Statements each participant answers (fewer when there are fewer statements).
    pub votes_each: usize,
    /// Camps of residents who think alike; participant p is in camp p mod camps.
    pub camps: usize,
    /// Share of answers that are a pass.
    pub pass: f64,
    pub seed: u64,
}

/// Each camp leans on each statement: agrees with probability 0.85, 0.15 or 0.5 (a
/// statement it does not care about), drawn once per (camp, statement). Every participant
/// answers a random set of `votes_each` statements.
pub fn generate(shape: Shape) -> Votes {
    let mut rng = StdRng::seed_from_u64(shape.seed);
    let lean: Vec<Vec<f64>> = (0..shape.camps)
        .map(|_| {
            (0..shape.statements)
                .map(|_| match rng.gen_range(0..5) {
                    0 | 1 => 0.85,
                    2 | 3 => 0.15,
                    _ => 0.5,
                })
                .collect()
        })
        .collect();
    let each = shape.votes_each.min(shape.statements);
    let mut votes = Vec::with_capacity(shape.participants * each);
    for p in 0..shape.participants {
        let camp = p % shape.camps.max(1);
        for s in sample(&mut rng, shape.statements, each) {
            let vote = if rng.gen_bool(shape.pass) {
                Vote::Pass
            } else if rng.gen_bool(lean[camp][s]) {
                Vote::Agree
            } else {
                Vote::Disagree
            };
            votes.push((p as u32, s as u32, vote));
        }
    }
    Votes {
        participants: shape.participants,
        statements: shape.statements,
        excluded: vec![false; shape.statements],
        votes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use konto_app::consultations::opinions::{adjusted_rand_index, compute};

    #[test]
    fn generated_camps_are_found_again() {
        let shape = Shape {
            participants: 900,
            statements: 60,
            votes_each: 25,
            camps: 3,
            pass: 0.1,
            seed: 7,
        };
        let v = generate(shape);
        assert_eq!(v.votes.len(), 900 * 25);
        assert_eq!(
            generate(shape).votes,
            v.votes,
            "the same seed gives the same votes"
        );
        let map = compute(&v).unwrap();
        assert_eq!(map.groups.len(), 3, "{:?}", map.silhouettes);
        let (ours, camps): (Vec<usize>, Vec<usize>) = (0..900)
            .filter_map(|p| Some((map.group_of[p]?, p % 3)))
            .unzip();
        assert_eq!(ours.len(), 900);
        assert!(adjusted_rand_index(&ours, &camps) > 0.9);
    }
}
