//! `konto-server count FILE.pb …`: counts a pabulib file with the portal's own counting code
//! and prints the winning project ids, one per line in the order they were funded, or JSON.
use konto_app::budget::count::{self, Completion, GreedyOptions, MesOptions, TieBreak, Utility};
use konto_app::budget::pabulib::PbFile;
use serde_json::json;

pub const USAGE: &str = "usage: konto-server count FILE.pb --rule greedy|equal-shares
    [--utility cost|count]            Equal Shares: a supporter's utility (default cost)
    [--completion none|add1]          Equal Shares: raise each voter's share by 1 zł (default none)
    [--no-exhaustive-stop]            add1: go on past the first exhaustive outcome
    [--fill greedy|none]              Equal Shares: then fund what fits by points (default none)
    [--tie-break preferences|id|votes|cost]
                                      ties: more first choices, then second … (default),
                                      project id as text (pabutools), more votes, lower cost
    [--min-votes N]                   projects with fewer votes are not funded
    [--stop-at-first-skip]            greedy: stop at the first project that does not fit
    [--json]                          print JSON instead of one id per line";

#[derive(Debug, Clone, PartialEq)]
pub struct Args {
    pub file: String,
    pub rule: Rule,
    pub greedy: GreedyOptions,
    pub mes: MesOptions,
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Greedy,
    EqualShares,
}

pub fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut file = None;
    let mut rule = None;
    let mut greedy = GreedyOptions::default();
    let mut mes = MesOptions::default();
    let mut completion = "none".to_string();
    let mut exhaustive_stop = true;
    let mut json = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--rule" => {
                rule = Some(match value("--rule")?.as_str() {
                    "greedy" => Rule::Greedy,
                    "equal-shares" | "mes" => Rule::EqualShares,
                    other => return Err(format!("unknown rule {other}")),
                })
            }
            "--utility" => {
                mes.utility = match value("--utility")?.as_str() {
                    "cost" => Utility::Cost,
                    "count" => Utility::Count,
                    other => return Err(format!("unknown utility {other}")),
                }
            }
            "--completion" => completion = value("--completion")?,
            "--no-exhaustive-stop" => exhaustive_stop = false,
            "--fill" => {
                mes.fill = match value("--fill")?.as_str() {
                    "greedy" => true,
                    "none" => false,
                    other => return Err(format!("unknown fill {other}")),
                }
            }
            "--tie-break" => {
                let v = value("--tie-break")?;
                let t = TieBreak::parse(&v).ok_or_else(|| format!("unknown tie-break {v}"))?;
                greedy.tie_break = t;
                mes.tie_break = t;
            }
            "--min-votes" => {
                let v = value("--min-votes")?;
                let n: u64 = v
                    .parse()
                    .map_err(|_| format!("--min-votes {v} is not a number"))?;
                greedy.min_votes = n;
                mes.min_votes = n;
            }
            "--stop-at-first-skip" => greedy.stop_at_first_skip = true,
            "--json" => json = true,
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s if file.is_none() => file = Some(s.to_string()),
            s => return Err(format!("unexpected argument {s}")),
        }
    }
    mes.completion = match completion.as_str() {
        "none" => Completion::None,
        "add1" => Completion::Add1 { exhaustive_stop },
        other => return Err(format!("unknown completion {other}")),
    };
    Ok(Args {
        file: file.ok_or("a pabulib file is needed")?,
        rule: rule.ok_or("--rule greedy or --rule equal-shares is needed")?,
        greedy,
        mes,
        json,
    })
}

/// Counts and returns what to print.
pub fn run(args: &Args, text: &str) -> Result<String, String> {
    let file = PbFile::parse(text).map_err(|e| e.to_string())?;
    let election = file.election().map_err(|e| e.to_string())?;
    let tally = election.tally();
    let (winners, spent, details) = match args.rule {
        Rule::Greedy => {
            let out = count::greedy(&election, &tally, &args.greedy);
            let details = json!({ "lines": out.lines.iter().map(|l| {
                let mut v = json!(l);
                v["project"] = json!(election.projects[l.project].id);
                v
            }).collect::<Vec<_>>() });
            (out.winners, out.spent, details)
        }
        Rule::EqualShares => {
            let out = count::equal_shares(&election, &args.mes);
            let details = json!({
                "share": out.share, "share_exact": out.share_exact, "raised": out.raised, "runs": out.runs,
                "fates": out.fates.iter().enumerate().map(|(p, f)| {
                    let mut v = json!(f);
                    v["project"] = json!(election.projects[p].id);
                    v
                }).collect::<Vec<_>>(),
            });
            (out.winners, out.spent, details)
        }
    };
    let ids: Vec<&str> = winners
        .iter()
        .map(|&p| election.projects[p].id.as_str())
        .collect();
    if args.json {
        let v = json!({
            "file": args.file,
            "rule": match args.rule { Rule::Greedy => "greedy", Rule::EqualShares => "equal-shares" },
            "options": match args.rule { Rule::Greedy => json!(args.greedy), Rule::EqualShares => json!(args.mes) },
            "budget_grosze": election.budget,
            "spent_grosze": spent,
            "voters": election.ballots.len(),
            "winners": ids,
            "official": file.selected(),
            "details": details,
        });
        Ok(serde_json::to_string_pretty(&v).expect("JSON of plain values") + "\n")
    } else {
        Ok(ids.iter().map(|id| format!("{id}\n")).collect())
    }
}

/// The command: reads the file, counts, prints; exit code 2 on bad use, 1 on a bad file.
pub fn main(args: &[String]) -> i32 {
    let args = match parse_args(args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return 2;
        }
    };
    let text = match std::fs::read(&args.file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                eprintln!("{}: not UTF-8", args.file);
                return 1;
            }
        },
        Err(e) => {
            eprintln!("{}: {e}", args.file);
            return 1;
        }
    };
    match run(&args, &text) {
        Ok(out) => {
            print!("{out}");
            0
        }
        Err(e) => {
            eprintln!("{}: {e}", args.file);
            1
        }
    }
}
