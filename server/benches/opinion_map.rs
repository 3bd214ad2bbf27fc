//! The opinion map at city scale, and on every real Pol.is conversation.
//!
//! `cargo bench -p konto-server --bench opinion_map` generates 20,000 participants ×
//! 1,000 statements with 40 votes each (three camps, a tenth of the answers passes), then
//! times the whole computation (principal components, positions, base clusters, groups,
//! representative statements, consensus) several times and prints the median and range,
//! with the memory the computation added at its peak. Then it times `opinions`' work (read
//! the export, compute) on each conversation in server/data/polis. The generated
//! conversation is also written in Pol.is' export format to target/opinion-bench/ so that
//! the reference (scripts/opinions_reference.py, numpy and scikit-learn) computes the
//! same votes in the same run.
use konto_app::consultations::opinions::{adjusted_rand_index, compute};
use konto_app::consultations::polis::{Conversation, Participant, Statement};
use konto_server::seed_consultations::{generate, Shape};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const RUNS: usize = 7;

/// Peak resident memory of this process since the last reset, in kB (Linux).
fn peak_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

fn rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

/// Resets the peak to the current size (writing 5 to clear_refs, Linux 4.0 and later).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn summary(mut times: Vec<Duration>) -> String {
    times.sort();
    format!(
        "median {:.1} ms (min {:.1}, max {:.1}, {} runs)",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    )
}

fn main() {
    let shape = Shape {
        participants: 20_000,
        statements: 1_000,
        votes_each: 40,
        camps: 3,
        pass: 0.1,
        seed: 2026,
    };
    let votes = generate(shape);
    println!(
        "opinion map: {} participants × {} statements, {} votes ({} each), {} camps",
        shape.participants,
        shape.statements,
        votes.votes.len(),
        shape.votes_each,
        shape.camps
    );
    let mut times = Vec::new();
    let mut extra_kb = 0;
    let mut map = None;
    for _ in 0..RUNS {
        drop(map.take());
        let before = rss_kb();
        reset_peak();
        let t = Instant::now();
        let m = compute(&votes).expect("within bounds");
        times.push(t.elapsed());
        extra_kb = extra_kb.max(peak_kb().saturating_sub(before));
        map = Some(m);
    }
    let map = map.unwrap();
    let (ours, camps): (Vec<usize>, Vec<usize>) = (0..shape.participants)
        .filter_map(|p| Some((map.group_of[p]?, p % shape.camps)))
        .unzip();
    println!("  compute: {}", summary(times));
    println!(
        "  memory added at the peak: {:.1} MB (the votes themselves: {:.1} MB)",
        extra_kb as f64 / 1024.0,
        (votes.votes.len()
            * std::mem::size_of::<(u32, u32, konto_app::consultations::opinions::Vote)>())
            as f64
            / 1024.0
            / 1024.0
    );
    println!(
        "  placed {}, groups {} (sizes {:?}), adjusted Rand index against the camps {:.3}",
        map.placed(),
        map.groups.len(),
        map.groups.iter().map(|g| g.size).collect::<Vec<_>>(),
        adjusted_rand_index(&ours, &camps)
    );

    // The same votes for the reference, in Pol.is' format.
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/opinion-bench/20k");
    let conversation = Conversation {
        statements: (0..shape.statements)
            .map(|s| Statement {
                id: s as i64,
                author: 0,
                moderated: 1,
                body: format!("Statement {s}"),
                timestamp: None,
                datetime: String::new(),
            })
            .collect(),
        participants: (0..shape.participants)
            .map(|p| Participant {
                id: p as i64,
                xid: None,
                group: None,
                comments: 0,
            })
            .collect(),
        votes: votes.votes.clone(),
        summary: vec![("topic".into(), "generated".into())],
    };
    conversation
        .write(&out, &map.group_of)
        .expect("write the generated conversation");
    println!("  written for the reference: {}", out.display());

    println!("\nopinions on the real Pol.is conversations (read the export and compute):");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/polis");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("participants-votes.csv").exists())
        .collect();
    dirs.sort();
    for d in dirs {
        let mut times = Vec::new();
        for _ in 0..21 {
            let t = Instant::now();
            let c = Conversation::read(&d).unwrap();
            let m = compute(&c.votes()).unwrap();
            std::hint::black_box(m);
            times.push(t.elapsed());
        }
        println!(
            "  {:<28} {}",
            d.file_name().unwrap().to_string_lossy(),
            summary(times)
        );
    }
}
