//! Pure rules of district referenda: phases, the outcome with its quorum, and checks of a
//! new referendum. No I/O.
use crate::forms::Problem;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RefPhase {
    NotOpen,
    Open,
    Closed,
}

pub fn phase(opens_at: i64, closes_at: i64, now: i64) -> RefPhase {
    if now < opens_at {
        RefPhase::NotOpen
    } else if now < closes_at {
        RefPhase::Open
    } else {
        RefPhase::Closed
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    YesNo,
    Choice,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "yes-no" => Some(Kind::YesNo),
            "choice" => Some(Kind::Choice),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::YesNo => "yes-no",
            Kind::Choice => "choice",
        }
    }
}

/// The result of a referendum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub voters: u64,
    /// Turnout in tenths of a per cent, rounded down (345 = 34.5 %).
    pub turnout_permille: u64,
    /// None when there is no quorum.
    pub quorum_met: Option<bool>,
    /// The answer with the most votes; None on a tie for the most or with no votes.
    pub winner: Option<usize>,
}

impl Outcome {
    /// Whether the result binds: a winner, and the quorum met where there is one.
    pub fn binding(&self) -> bool {
        self.winner.is_some() && self.quorum_met != Some(false)
    }
}

/// The outcome from the votes per answer. The quorum compares exactly: `voters × 100 ≥
/// quorum × electorate`.
pub fn outcome(answers: &[u64], electorate: u64, quorum: Option<u32>) -> Outcome {
    let voters: u64 = answers.iter().sum();
    let top = answers.iter().copied().max().unwrap_or(0);
    let winner = if top > 0 && answers.iter().filter(|&&v| v == top).count() == 1 {
        answers.iter().position(|&v| v == top)
    } else {
        None
    };
    Outcome {
        voters,
        turnout_permille: (voters * 1000).checked_div(electorate).unwrap_or(0),
        quorum_met: quorum.map(|q| voters * 100 >= u64::from(q) * electorate),
        winner,
    }
}

/// A new referendum as a clerk describes it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewReferendum {
    pub title: String,
    pub question: String,
    pub description: String,
    pub kind: Kind,
    pub options: Vec<String>,
    pub districts: Vec<crate::forms::District>,
    pub electorate: u64,
    pub quorum: Option<u32>,
}

pub const YES_NO: [&str; 2] = ["Tak", "Nie"];

/// Checks a new referendum; errors per field. Yes/no questions get the answers "Tak" and
/// "Nie"; multiple choice takes 2–10 answers, one per line.
#[allow(clippy::too_many_arguments)]
pub fn check_new(
    title: &str,
    question: &str,
    description: &str,
    kind: &str,
    options: &str,
    districts: &[String],
    electorate: &str,
    quorum: &str,
) -> Result<NewReferendum, Vec<(&'static str, Problem)>> {
    let mut errors: Vec<(&'static str, Problem)> = Vec::new();
    let mut text = |field: &'static str, v: &str, max: usize, required: bool| {
        let v = v.trim().replace("\r\n", "\n");
        if required && v.is_empty() {
            errors.push((field, crate::forms::FormProblem::FieldRequired.into()));
        } else if v.chars().count() > max {
            errors.push((
                field,
                crate::forms::FormProblem::TextTooLong { max: max as i64 }.into(),
            ));
        }
        v
    };
    let title = text("title", title, 200, true);
    let question = text("question", question, 500, true);
    let description = text("description", description, 5000, false);
    let kind = Kind::parse(kind.trim());
    let options: Vec<String> = match kind {
        Some(Kind::YesNo) => YES_NO.iter().map(|s| s.to_string()).collect(),
        Some(Kind::Choice) => {
            let lines: Vec<String> = options
                .lines()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect();
            let mut unique = lines.clone();
            unique.sort();
            unique.dedup();
            if !(2..=10).contains(&lines.len())
                || unique.len() != lines.len()
                || lines.iter().any(|l| l.chars().count() > 200)
            {
                errors.push((
                    "options",
                    crate::referenda::ReferendumProblem::OptionsRequired.into(),
                ));
            }
            lines
        }
        None => {
            errors.push(("kind", crate::forms::FormProblem::ChoiceInvalid.into()));
            vec![]
        }
    };
    let mut ds: Vec<crate::forms::District> = districts
        .iter()
        .filter_map(|d| d.trim().parse::<u8>().ok())
        .filter_map(crate::forms::District::new)
        .collect();
    ds.sort_unstable();
    ds.dedup();
    if ds.is_empty() {
        errors.push((
            "districts",
            crate::forms::FormProblem::DistrictsRequired.into(),
        ));
    }
    let electorate = match electorate
        .trim()
        .replace([' ', '\u{a0}'], "")
        .parse::<u64>()
    {
        Ok(n) if (1..=1_000_000).contains(&n) => n,
        _ => {
            errors.push((
                "electorate",
                crate::forms::FormProblem::NumberRange {
                    min: 1,
                    max: 1_000_000,
                }
                .into(),
            ));
            0
        }
    };
    let quorum = match quorum.trim().trim_end_matches('%').trim() {
        "" => None,
        q => match q.parse::<u32>() {
            Ok(n) if (1..=100).contains(&n) => Some(n),
            _ => {
                errors.push((
                    "quorum",
                    crate::referenda::ReferendumProblem::QuorumInvalid.into(),
                ));
                None
            }
        },
    };
    match kind {
        Some(kind) if errors.is_empty() => Ok(NewReferendum {
            title,
            question,
            description,
            kind,
            options,
            districts: ds,
            electorate,
            quorum,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_follow_the_dates() {
        assert_eq!(
            [
                phase(10, 20, 9),
                phase(10, 20, 10),
                phase(10, 20, 19),
                phase(10, 20, 20)
            ],
            [
                RefPhase::NotOpen,
                RefPhase::Open,
                RefPhase::Open,
                RefPhase::Closed
            ]
        );
    }

    #[test]
    fn outcome_with_and_without_quorum() {
        // 3,000 of 10,000 voted: exactly 30 %, a quorum of 30 % is met, 31 % is not.
        let o = outcome(&[1_800, 1_200], 10_000, Some(30));
        assert_eq!(
            (o.voters, o.turnout_permille, o.quorum_met, o.winner),
            (3_000, 300, Some(true), Some(0))
        );
        assert!(o.binding());
        let o = outcome(&[1_800, 1_200], 10_000, Some(31));
        assert_eq!(o.quorum_met, Some(false));
        assert!(!o.binding(), "below the quorum nothing binds");
        // 2,999 of 10,000 is 29.99 %: shown as 29.9 %, below 30.
        let o = outcome(&[2_000, 999], 10_000, Some(30));
        assert_eq!((o.turnout_permille, o.quorum_met), (299, Some(false)));
        // No quorum: any turnout binds; a tie for the most has no winner.
        assert!(outcome(&[5, 3], 1_000, None).binding());
        let o = outcome(&[4, 4, 1], 1_000, None);
        assert_eq!(o.winner, None);
        assert!(!o.binding());
        assert_eq!(outcome(&[0, 0], 100, None).winner, None);
        assert_eq!(outcome(&[1, 7, 3], 100, None).winner, Some(1));
    }

    #[test]
    fn new_referenda_are_checked() {
        let d = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let ok = check_new(
            "Park",
            "Czy?",
            "",
            "yes-no",
            "",
            &d(&["7", "7", "1"]),
            "20 500",
            "30%",
        )
        .unwrap();
        assert_eq!(
            (
                ok.options.clone(),
                ok.districts.clone(),
                ok.electorate,
                ok.quorum
            ),
            (
                vec!["Tak".to_string(), "Nie".to_string()],
                vec![
                    crate::forms::District::new(1).unwrap(),
                    crate::forms::District::new(7).unwrap()
                ],
                20_500,
                Some(30)
            )
        );
        let ok = check_new(
            "Nazwa",
            "Która?",
            "",
            "choice",
            "A\n\nB\r\nC",
            &d(&["18"]),
            "5",
            "",
        )
        .unwrap();
        assert_eq!((ok.options.len(), ok.quorum), (3, None));
        let e =
            check_new("", "", "", "choice", "Tylko jedna", &d(&["19"]), "0", "101").unwrap_err();
        assert_eq!(
            e,
            vec![
                (
                    "title",
                    crate::forms::Problem::from(crate::forms::FormProblem::FieldRequired)
                ),
                (
                    "question",
                    crate::forms::Problem::from(crate::forms::FormProblem::FieldRequired)
                ),
                (
                    "options",
                    crate::forms::Problem::from(
                        crate::referenda::ReferendumProblem::OptionsRequired
                    )
                ),
                (
                    "districts",
                    crate::forms::Problem::from(crate::forms::FormProblem::DistrictsRequired)
                ),
                (
                    "electorate",
                    crate::forms::FormProblem::NumberRange {
                        min: 1,
                        max: 1_000_000
                    }
                    .into()
                ),
                (
                    "quorum",
                    crate::forms::Problem::from(crate::referenda::ReferendumProblem::QuorumInvalid)
                ),
            ]
        );
        assert_eq!(
            check_new("t", "q", "", "choice", "A\nA", &d(&["1"]), "5", "").unwrap_err(),
            vec![(
                "options",
                crate::forms::Problem::from(crate::referenda::ReferendumProblem::OptionsRequired)
            )],
            "answers differ"
        );
        assert_eq!(
            check_new("t", "q", "", "maybe", "", &d(&["1"]), "5", "").unwrap_err(),
            vec![(
                "kind",
                crate::forms::Problem::from(crate::forms::FormProblem::ChoiceInvalid)
            )]
        );
    }
}
