//! The opinion map against reality: `konto-server opinions` on every real Pol.is conversation
//! in server/data/polis (CC BY 4.0, The Computational Democracy Project; see its README),
//! beside the groups Pol.is itself published.
//!
//! Pol.is computes over a conversation's history (who was "in the conversation" once stays
//! in, and the number of groups changes only after several updates agree), so the same
//! method on the final votes cannot match it everywhere. The comparison is like for like
//! where Pol.is placed the same participants as the portal's rule (at least 95 % in common)
//! and there are enough of them to form groups (at least 50): there the portal must find
//! the same number of groups and agree with most placements (adjusted Rand index ≥ 0.75).
//! Elsewhere the figures are printed, not judged. The numbers are in BENCHMARKS.md.
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

fn conversations() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/polis");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("server/data/polis")
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("participants-votes.csv").exists())
        .collect();
    v.sort();
    v
}

fn opinions(dir: &std::path::Path) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_konto-server"))
        .arg("opinions")
        .arg(dir)
        .arg("--json")
        .output()
        .expect("run konto-server");
    assert!(
        out.status.success(),
        "{}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// Participants Pol.is placed (a `group-id`), read straight from the file.
fn polis_placed(dir: &std::path::Path) -> BTreeSet<i64> {
    let mut r = csv::Reader::from_path(dir.join("participants-votes.csv")).unwrap();
    let h = r.headers().unwrap().clone();
    let p = h.iter().position(|x| x == "participant").unwrap();
    let g = h.iter().position(|x| x == "group-id").unwrap();
    r.records()
        .map(|x| x.unwrap())
        .filter(|x| !x[g].trim().is_empty())
        .map(|x| x[p].parse().unwrap())
        .collect()
}

#[test]
fn groups_agree_with_polis_where_the_same_people_are_placed() {
    let mut judged = 0;
    let mut failures = Vec::new();
    println!(
        "{:<28} {:>7} {:>7} {:>7} {:>8} {:>6}  compared",
        "conversation", "placed", "Pol.is", "groups", "Pol.is", "ARI"
    );
    for dir in conversations() {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let out = opinions(&dir);
        let ours: BTreeSet<i64> = out["participants"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| !p["group"].is_null())
            .map(|p| p["participant"].as_i64().unwrap())
            .collect();
        let theirs = polis_placed(&dir);
        let common = ours.intersection(&theirs).count();
        let union = ours.union(&theirs).count().max(1);
        let groups = out["groups"].as_array().unwrap().len();
        let polis_groups = out["polis"]["groups"].as_u64().unwrap() as usize;
        let ari = out["polis"]["adjusted_rand_index"].as_f64().unwrap();
        let like_for_like = common as f64 / union as f64 >= 0.95 && common >= 50;
        println!(
            "{name:<28} {:>7} {:>7} {groups:>7} {polis_groups:>8} {ari:>6.3}  {}",
            ours.len(),
            theirs.len(),
            if like_for_like {
                "judged"
            } else {
                "printed only"
            }
        );
        if like_for_like {
            judged += 1;
            if groups != polis_groups || ari < 0.75 {
                failures.push(format!(
                    "{name}: {groups} groups (Pol.is {polis_groups}), adjusted Rand index {ari:.3}"
                ));
            }
        }
    }
    assert!(
        judged >= 3,
        "only {judged} conversations compared like for like"
    );
    assert!(failures.is_empty(), "{failures:?}");
}

#[test]
fn the_same_conversation_gives_the_same_map() {
    for dir in conversations() {
        assert_eq!(opinions(&dir), opinions(&dir), "{}", dir.display());
    }
}

#[test]
fn output_has_the_documented_shape_and_the_attribution() {
    let dir = conversations()
        .into_iter()
        .find(|d| d.ends_with("brexit-consensus"))
        .unwrap();
    let out = opinions(&dir);
    assert_eq!(out["participants"].as_array().unwrap().len(), 204);
    for g in out["groups"].as_array().unwrap() {
        assert!(g["id"].is_u64() && g["size"].as_u64().unwrap() > 0);
        for r in g["representative"].as_array().unwrap() {
            assert!(r["statement"].is_i64() && r["text"].is_string());
            assert!(["agree", "disagree"].contains(&r["stance"].as_str().unwrap()));
        }
    }
    assert!(!out["consensus"].as_array().unwrap().is_empty());
    assert!(out["attribution"]
        .as_str()
        .unwrap()
        .contains("CC BY 4.0, The Computational Democracy Project"));
    // The text form prints the same groups and one line per participant.
    let text = Command::new(env!("CARGO_BIN_EXE_konto-server"))
        .args(["opinions"])
        .arg(&dir)
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Pol.is: 2 groups; the portal: 2 groups"),
        "{text}"
    );
    assert!(text.lines().any(|l| l == "participant group"));
    // A folder that is not a conversation is an error with a message, not a panic.
    let bad = Command::new(env!("CARGO_BIN_EXE_konto-server"))
        .args(["opinions", "/nonexistent"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("comments.csv"));
}
