//! `konto-server opinions DIR [--json]`: computes the opinion map of a conversation in Pol.is'
//! export format (see `konto_app::consultations::polis`) with the portal's own code and
//! prints each participant's group, the groups with their representative statements and the
//! statements all groups agree on. When the export carries Pol.is' own groups (`group-id`),
//! it also prints how far the two agree (adjusted Rand index over the participants both
//! placed).
use konto_app::consultations::opinions::{self, OpinionMap, Representative, Stance};
use konto_app::consultations::polis::Conversation;
use serde_json::json;
use std::path::Path;

pub const USAGE: &str = "usage: konto-server opinions DIR [--json]
    DIR     a folder with comments.csv and participants-votes.csv (Pol.is' export format)
    --json  print JSON: participants [{participant, group}], groups [{id, size,
            representative}], consensus, and polis {groups, adjusted_rand_index, compared}";

/// How many consensus statements are printed.
const CONSENSUS_SHOWN: usize = 5;

/// Pol.is' own groups beside the portal's: (Pol.is' number of groups, adjusted Rand index,
/// participants placed by both). `None` when the export has no groups.
pub fn compare_with_polis(c: &Conversation, map: &OpinionMap) -> Option<(usize, f64, usize)> {
    let mut polis_ids: Vec<u32> = c.participants.iter().filter_map(|p| p.group).collect();
    if polis_ids.is_empty() {
        return None;
    }
    polis_ids.sort_unstable();
    polis_ids.dedup();
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for (i, p) in c.participants.iter().enumerate() {
        if let (Some(g), Some(pg)) = (map.group_of[i], p.group) {
            ours.push(g);
            theirs.push(polis_ids.iter().position(|x| *x == pg).unwrap_or(0));
        }
    }
    let ari = if ours.is_empty() {
        0.0
    } else {
        opinions::adjusted_rand_index(&ours, &theirs)
    };
    Some((polis_ids.len(), ari, ours.len()))
}

fn attribution(c: &Conversation) -> Option<String> {
    c.attribution()
}

fn representative_json(c: &Conversation, r: &Representative) -> serde_json::Value {
    let s = &c.statements[r.statement];
    json!({
        "statement": s.id,
        "text": s.body,
        "stance": r.stance,
        "in_group": r.in_group,
        "seen_in_group": r.seen_in_group,
        "in_rest": r.in_rest,
        "seen_in_rest": r.seen_in_rest,
        "probability": r.probability,
        "probability_z": r.probability_z,
        "ratio": r.ratio,
        "ratio_z": r.ratio_z,
    })
}

fn short(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 90 {
        format!("{}…", one_line.chars().take(89).collect::<String>())
    } else {
        one_line
    }
}

fn percent(x: u32, n: u32) -> String {
    if n == 0 {
        "–".into()
    } else {
        format!("{:.0} %", 100.0 * x as f64 / n as f64)
    }
}

pub fn main(args: &[String]) -> i32 {
    let mut dir = None;
    let mut json_out = false;
    for a in args {
        match a.as_str() {
            "--json" => json_out = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return 0;
            }
            other if other.starts_with("--") => {
                eprintln!("unknown option {other}\n{USAGE}");
                return 2;
            }
            other if dir.is_none() => dir = Some(other.to_string()),
            other => {
                eprintln!("one folder only, not also {other}\n{USAGE}");
                return 2;
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("{USAGE}");
        return 2;
    };
    let conversation = match Conversation::read(Path::new(&dir)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{dir}: {e}");
            return 1;
        }
    };
    let map = match opinions::compute(&conversation.votes()) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{dir}: {e}");
            return 1;
        }
    };
    let compared = compare_with_polis(&conversation, &map);
    let c = &conversation;
    if json_out {
        let out = json!({
            "participants": c.participants.iter().enumerate().map(|(i, p)| json!({
                "participant": p.id,
                "group": map.group_of[i],
            })).collect::<Vec<_>>(),
            "groups": map.groups.iter().map(|g| json!({
                "id": g.id,
                "size": g.size,
                "center": g.center,
                "representative": g.representative.iter().map(|r| representative_json(c, r)).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "consensus": map.consensus.iter().take(CONSENSUS_SHOWN).map(|&s| {
                let st = &map.statement_stats[s];
                json!({
                    "statement": c.statements[s].id,
                    "text": c.statements[s].body,
                    "agree": st.consensus_agree,
                    "by_group": st.by_group,
                })
            }).collect::<Vec<_>>(),
            "statements": c.statements.len(),
            "placed": map.placed(),
            "silhouettes": map.silhouettes,
            "polis": compared.map(|(groups, ari, n)| json!({
                "groups": groups,
                "adjusted_rand_index": ari,
                "compared": n,
            })),
            "attribution": attribution(c),
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        return 0;
    }

    let topic = c.summary_value("topic").unwrap_or(&dir);
    println!("{topic}");
    if let Some(a) = attribution(c) {
        println!("{a}");
    }
    let out_of_map = map.statement_stats.iter().filter(|s| s.excluded).count();
    println!(
        "{} participants, {} placed on the map (at least {} votes); {} statements, {} moderated out; {} votes",
        c.participants.len(),
        map.placed(),
        opinions::placement_threshold(c.statements.len() - out_of_map),
        c.statements.len(),
        out_of_map,
        c.votes.len()
    );
    let sil: Vec<String> = map
        .silhouettes
        .iter()
        .map(|(k, s)| format!("k={k}: {s:.3}"))
        .collect();
    println!(
        "groups: {} (from {} base clusters; silhouette {})",
        map.groups.len(),
        map.base_clusters,
        sil.join(", ")
    );
    for g in &map.groups {
        println!("\ngroup {} — {} participants", g.id, g.size);
        for r in &g.representative {
            let verb = match r.stance {
                Stance::Agree => "agree",
                Stance::Disagree => "disagree",
            };
            println!(
                "  {verb}: {} of the group, {} of the rest — #{} {}",
                percent(r.in_group, r.seen_in_group),
                percent(r.in_rest, r.seen_in_rest),
                c.statements[r.statement].id,
                short(&c.statements[r.statement].body)
            );
        }
    }
    if !map.consensus.is_empty() {
        println!("\nagreed across groups (group-informed consensus):");
        for &s in map.consensus.iter().take(CONSENSUS_SHOWN) {
            println!(
                "  {:.3} — #{} {}",
                map.statement_stats[s].consensus_agree,
                c.statements[s].id,
                short(&c.statements[s].body)
            );
        }
    }
    if let Some((groups, ari, n)) = compared {
        println!(
            "\nPol.is: {groups} groups; the portal: {} groups; adjusted Rand index {ari:.3} over {n} participants placed by both",
            map.groups.len()
        );
    }
    println!("\nparticipant group");
    for (i, p) in c.participants.iter().enumerate() {
        println!(
            "{} {}",
            p.id,
            map.group_of[i].map_or("-".to_string(), |g| g.to_string())
        );
    }
    0
}

pub const IMPORT_USAGE: &str = "usage: konto-server polis-import CONSULTATION DIR
    CONSULTATION  the number of a consultation with the opinion map among its forms and no
                  statement yet
    DIR           a folder with comments.csv, participants-votes.csv and summary.csv
                  (Pol.is' export format)";

/// `konto-server polis-import CONSULTATION DIR`: brings a Pol.is conversation's statements
/// and votes into a consultation's opinion map, all or nothing, with its attribution kept
/// (shown on the map's page and in the export). The map is computed by the background job.
pub async fn import(
    mut config: crate::config::Config,
    args: &[String],
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    use konto_app::consultations::{rules::Moderation, store};
    let (Some(id), Some(dir)) = (args.first(), args.get(1)) else {
        return Err(IMPORT_USAGE.into());
    };
    let id: i64 = id
        .parse()
        .map_err(|_| format!("{id:?} is not a consultation number\n{IMPORT_USAGE}"))?;
    let dir = Path::new(dir);
    let c = Conversation::read(dir)?;
    config.first_admin = None;
    config.demo = false;
    let state = crate::prepare(&config).await?;
    let Some(r) = store::get(&state.db, id).await? else {
        return Err(format!("consultation {id} does not exist").into());
    };
    let plan = c.import_plan(r.def.moderation == Moderation::Before);
    let source = c.attribution().unwrap_or_else(|| {
        format!(
            "Pol.is: {}",
            dir.file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default()
        )
    });
    let (statements, votes) = store::import_polis(&state.db, id, &source, &plan).await?;
    let participants = plan
        .votes
        .iter()
        .map(|(p, _, _)| p.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    println!(
        "consultation {id}: {statements} statements, {votes} votes of {participants} participants imported; {} moderated out left aside",
        plan.skipped
    );
    println!("{source}");
    Ok(())
}
