//! The pabulib oracle: `konto-server count` must reproduce the official winners (`selected`)
//! of every real election in server/data/pabulib with the rule its META names: Kraków 2022
//! (city-wide and 18 districts, ranked ballots, greedy by points), Warsaw (approval, greedy)
//! and Wieliczka 2023 (approval, Equal Shares with add1 completion).
use konto_app::budget::pabulib::PbFile;
use std::path::PathBuf;
use std::process::Command;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/pabulib")
}

fn files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("server/data/pabulib")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pb"))
        .collect();
    v.sort();
    v
}

fn count(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_konto-server"))
        .arg("count")
        .args(args)
        .output()
        .expect("run konto-server");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn every_official_result_is_reproduced() {
    let files = files();
    assert_eq!(
        files.len(),
        22,
        "19 Kraków pools, 2 Warsaw files, Wieliczka"
    );
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let pb = PbFile::parse(&text).unwrap();
        let official = sorted(pb.selected());
        assert!(!official.is_empty(), "{path:?} names its winners");
        let rule = pb.meta("rule").unwrap().to_string();
        let file = path.to_str().unwrap();
        let args: Vec<&str> = if rule == "greedy" {
            vec![file, "--rule", "greedy"]
        } else {
            assert!(rule.starts_with("equalshares"), "{rule}");
            vec![
                file,
                "--rule",
                "equal-shares",
                "--completion",
                "add1",
                "--no-exhaustive-stop",
            ]
        };
        let (code, out, err) = count(&args);
        assert_eq!(code, 0, "{err}");
        let ours = sorted(out.lines().map(String::from).collect());
        assert_eq!(ours, official, "{path:?} with {args:?}");
    }
}

#[test]
fn wieliczka_equal_shares_in_json() {
    let file = data_dir().join("Poland_Wieliczka_2023_Green_Budget.pb");
    let (code, out, err) = count(&[
        file.to_str().unwrap(),
        "--rule",
        "equal-shares",
        "--completion",
        "add1",
        "--no-exhaustive-stop",
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["winners"].as_array().unwrap().len(), 30);
    assert_eq!(v["spent_grosze"], 99_507_900, "995,079 zł");
    assert_eq!(v["budget_grosze"], 100_000_000);
    assert_eq!(v["voters"], 6586);
    // Every voter's share was raised from 1,000,000 / 6586 = 151.84 zł.
    assert!(v["details"]["raised"].as_u64().unwrap() > 0);
    let fates = v["details"]["fates"].as_array().unwrap();
    assert_eq!(fates.len(), 64);
    assert_eq!(fates.iter().filter(|f| f["fate"] == "bought").count(), 30);
    // Plain Equal Shares (no completion) spends less and funds fewer projects.
    let (_, plain, _) = count(&[file.to_str().unwrap(), "--rule", "equal-shares", "--json"]);
    let p: serde_json::Value = serde_json::from_str(&plain).unwrap();
    assert!(p["spent_grosze"].as_i64().unwrap() < 99_507_900);
    assert_eq!(p["details"]["raised"], 0);
}

#[test]
fn krakow_points_are_the_score_column_and_ties_follow_preferences() {
    // The README of the data: 3/2/1 points by position, summed, equal the `score` column.
    let text = std::fs::read_to_string(data_dir().join("Poland_Krakow_2022.pb")).unwrap();
    let pb = PbFile::parse(&text).unwrap();
    let e = pb.election().unwrap();
    let t = e.tally();
    for (row, p) in pb.projects.rows.iter().zip(&e.projects) {
        let score: u64 = pb.projects.get(row, "score").unwrap().parse().unwrap();
        let votes: u64 = pb.projects.get(row, "votes").unwrap().parse().unwrap();
        let i = e.projects.iter().position(|q| q.id == p.id).unwrap();
        assert_eq!(
            (t.points[i], t.votes[i]),
            (score, votes),
            "project {}",
            p.id
        );
    }
    // Czyżyny: projects 24 and 26 both have 40 points; 26 has more first choices and won.
    // Breaking the tie on the id as text (pabutools' default) picks 24 instead.
    let file = data_dir().join("Poland_Krakow_2022_Czyzyny.pb");
    let (_, by_pref, _) = count(&[file.to_str().unwrap(), "--rule", "greedy"]);
    let (_, by_id, _) = count(&[
        file.to_str().unwrap(),
        "--rule",
        "greedy",
        "--tie-break",
        "id",
    ]);
    assert!(by_pref.lines().any(|l| l == "26") && !by_pref.lines().any(|l| l == "24"));
    assert!(by_id.lines().any(|l| l == "24") && !by_id.lines().any(|l| l == "26"));
}

#[test]
fn bad_use_and_bad_files_are_refused_with_a_reason() {
    let (code, _, err) = count(&[]);
    assert_eq!(code, 2);
    assert!(err.contains("usage"), "{err}");
    let file = data_dir().join("Poland_Warszawa_2017_Plac_Wojska_Polskiego.pb");
    let (code, _, err) = count(&[file.to_str().unwrap(), "--rule", "lottery"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown rule lottery"), "{err}");
    let dir = std::env::temp_dir().join(format!("konto-pb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.pb");
    std::fs::write(&bad, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\nv1;1,9\n").unwrap();
    let (code, _, err) = count(&[bad.to_str().unwrap(), "--rule", "greedy"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("line 9") && err.contains("unknown project 9"),
        "{err}"
    );
    std::fs::remove_dir_all(dir).ok();
}
