//! Equal Shares with completion (add1, no exhaustive stop) on a generated pool of 60,000
//! voters and 80 projects and on the real Kraków 2022 city-wide pool, timed for the portal's
//! counting code and — when `PABUTOOLS_PYTHON` names a Python with pabutools installed — for
//! the reference package pabutools on the same files, in the same run.
//!
//! `cargo bench -p konto-server --bench budget_count`
//! `PABUTOOLS_PYTHON=.tools/pabutools/bin/python PABUTOOLS_TIMEOUT=3600 cargo bench -p konto-server --bench budget_count`
//!
//! Both sides are timed on counting alone (pabutools' own timer starts after parsing), and the
//! winners are compared. Ties are broken on the project id as text in both.
use konto_app::budget::count::{Completion, EqualShares, MesOptions, TieBreak, Utility};
use konto_app::budget::pabulib::{format_money, PbFile, Table};
use rand::{rngs::StdRng, Rng, SeedableRng};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const VOTERS: usize = 60_000;
const PROJECTS: usize = 80;
const RUNS: usize = 5;

/// A city-wide pool like Kraków's 2025 one (10.2 mln zł, projects from 25 thousand to 2 mln
/// zł), with four groups of voters who like different projects, each approving 1 to 8.
fn generate(path: &Path) {
    let mut rng = StdRng::seed_from_u64(2026);
    let mut projects = Table {
        columns: vec!["project_id".into(), "cost".into(), "name".into()],
        ..Default::default()
    };
    for p in 1..=PROJECTS {
        // Log-uniform between 25,000 and 2,000,000 zł, in hundreds.
        let cost = (25_000f64 * (80f64).powf(rng.gen::<f64>()) / 100.0).round() as i64 * 100;
        projects.rows.push(vec![
            p.to_string(),
            format_money(cost * 100),
            format!("Projekt {p}"),
        ]);
    }
    let groups: Vec<Vec<f64>> = (0..4)
        .map(|_| {
            let mut w: Vec<f64> = (0..PROJECTS)
                .map(|r| 1.0 / ((r + 1) as f64).powf(0.9))
                .collect();
            for i in (1..w.len()).rev() {
                let j = rng.gen_range(0..=i);
                w.swap(i, j);
            }
            w
        })
        .collect();
    let mut votes = Table {
        columns: vec!["voter_id".into(), "vote".into()],
        ..Default::default()
    };
    for v in 1..=VOTERS {
        let w = &groups[rng.gen_range(0..4)];
        let k = rng.gen_range(1..=8);
        let mut chosen: Vec<usize> = Vec::with_capacity(k);
        let total: f64 = w.iter().sum();
        while chosen.len() < k {
            let mut x = rng.gen::<f64>() * total;
            let mut pick = PROJECTS - 1;
            for (i, wi) in w.iter().enumerate() {
                x -= wi;
                if x <= 0.0 {
                    pick = i;
                    break;
                }
            }
            if !chosen.contains(&pick) {
                chosen.push(pick);
            }
        }
        let ids: Vec<String> = chosen.iter().map(|p| (p + 1).to_string()).collect();
        votes.rows.push(vec![v.to_string(), ids.join(",")]);
    }
    let file = PbFile {
        meta: vec![
            (
                "description".into(),
                format!("Generated pool: {VOTERS} voters, {PROJECTS} projects"),
            ),
            ("country".into(), "Poland".into()),
            ("unit".into(), "Kraków (generated)".into()),
            ("num_projects".into(), PROJECTS.to_string()),
            ("num_votes".into(), VOTERS.to_string()),
            ("budget".into(), "10200000".into()),
            ("vote_type".into(), "approval".into()),
            ("rule".into(), "equalshares/add1".into()),
        ],
        projects,
        votes,
    };
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, file.write()).unwrap();
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

struct Ours {
    time: Duration,
    min: Duration,
    max: Duration,
    winners: Vec<String>,
    runs: u32,
    raised: u32,
}

fn ours(path: &Path) -> Ours {
    let text = std::fs::read_to_string(path).unwrap();
    let e = PbFile::parse(&text).unwrap().election().unwrap();
    let opts = MesOptions {
        utility: Utility::Cost,
        completion: Completion::Add1 {
            exhaustive_stop: false,
        },
        tie_break: TieBreak::ProjectId,
        ..Default::default()
    };
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let out = EqualShares::new(&e, opts.utility, opts.tie_break).count(&opts);
        times.push(start.elapsed());
        last = Some(out);
    }
    let out = last.unwrap();
    let mut winners: Vec<String> = out
        .winners
        .iter()
        .map(|&p| e.projects[p].id.clone())
        .collect();
    winners.sort();
    let (min, max) = (*times.iter().min().unwrap(), *times.iter().max().unwrap());
    Ours {
        time: median(times),
        min,
        max,
        winners,
        runs: out.runs,
        raised: out.raised,
    }
}

/// pabutools' counting time and winners, or None when it ran out of time.
fn pabutools(python: &str, path: &Path, timeout: u64) -> Option<(Duration, Vec<String>)> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/pabutools_count.py");
    let out = Command::new("timeout")
        .arg(timeout.to_string())
        .arg(python)
        .arg(script)
        .arg(path)
        .args([
            "--rule",
            "equal-shares",
            "--completion",
            "add1",
            "--no-exhaustive-stop",
            "--time",
        ])
        .output()
        .expect("run pabutools");
    if !out.status.success() {
        return None;
    }
    let secs: f64 = String::from_utf8_lossy(&out.stderr)
        .trim()
        .lines()
        .last()?
        .parse()
        .ok()?;
    let mut winners: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(String::from)
        .collect();
    winners.sort();
    Some((Duration::from_secs_f64(secs), winners))
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let generated = root.join("../target/bench/generated_60000x80.pb");
    generate(&generated);
    let files = [
        ("generated 60,000 voters × 80 projects", generated),
        (
            "Poland_Krakow_2022.pb",
            root.join("data/pabulib/Poland_Krakow_2022.pb"),
        ),
    ];
    let python = std::env::var("PABUTOOLS_PYTHON")
        .ok()
        .filter(|s| !s.is_empty());
    let timeout: u64 = std::env::var("PABUTOOLS_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3600);
    for (name, path) in files {
        let o = ours(&path);
        println!(
            "{name}: konto {:.3} s median of {RUNS} (min {:.3}, max {:.3}); {} Equal Shares runs, share raised {} times, {} winners",
            o.time.as_secs_f64(),
            o.min.as_secs_f64(),
            o.max.as_secs_f64(),
            o.runs,
            o.raised,
            o.winners.len()
        );
        if let Some(py) = &python {
            match pabutools(py, &path, timeout) {
                Some((t, w)) => println!(
                    "{name}: pabutools {:.1} s (one run); ratio pabutools / konto = {:.0}; same winners: {}",
                    t.as_secs_f64(),
                    t.as_secs_f64() / o.time.as_secs_f64(),
                    w == o.winners
                ),
                None => println!(
                    "{name}: pabutools did not finish within {timeout} s; ratio pabutools / konto > {:.0}",
                    timeout as f64 / o.time.as_secs_f64()
                ),
            }
        }
    }
}
