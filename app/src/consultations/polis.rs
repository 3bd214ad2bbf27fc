//! Pol.is' export format, read and written, so that researchers' tools work on the portal's
//! data and the portal's opinion map can be checked against conversations Pol.is published.
//!
//! A conversation is a folder of three CSV files (compdemocracy/openData):
//! - `comments.csv`: `timestamp, datetime, comment-id, author-id, agrees, disagrees,
//!   moderated, comment-body`; `moderated` is 1 (accepted), 0 (not yet) or −1 (out);
//! - `participants-votes.csv`: `participant, [xid,] group-id, n-comments, n-votes, n-agree,
//!   n-disagree`, then one column per comment id: 1 agree, −1 disagree, 0 pass, empty unseen;
//! - `summary.csv`: two columns, a key and its value (topic, url, views, voters, …, groups).
//!
//! Columns are found by their names, so an export with extra columns (Pol.is adds `xid` in
//! some) reads the same.
//!
//! Written text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) get an
//! apostrophe in front, as every CSV file of the portal does.
use super::opinions::{Vote, Votes};
use crate::platform::csv_text;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub id: i64,
    pub author: i64,
    /// 1 accepted, 0 not moderated yet, −1 moderated out.
    pub moderated: i8,
    pub body: String,
    pub timestamp: Option<i64>,
    pub datetime: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    pub id: i64,
    pub xid: Option<String>,
    /// The group Pol.is placed the participant in at export time, if any.
    pub group: Option<u32>,
    /// Number of comments the participant wrote (Pol.is' `n-comments`).
    pub comments: u32,
}

/// One conversation: statements sorted by id, participants in file order, votes by position
/// in those two lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Conversation {
    pub statements: Vec<Statement>,
    pub participants: Vec<Participant>,
    /// (participant index, statement index, vote)
    pub votes: Vec<(u32, u32, Vote)>,
    /// `summary.csv` as it was, key by key, in order.
    pub summary: Vec<(String, String)>,
}

/// A statement brought into a consultation from a conversation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedStatement {
    pub polis_id: i64,
    pub text: String,
    /// Not moderated in Pol.is yet, and the consultation moderates first.
    pub waiting: bool,
}

/// What [`Conversation::import_plan`] keeps.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub statements: Vec<ImportedStatement>,
    /// Statements moderated out (or empty), not brought in.
    pub skipped: usize,
    /// (participant, index in `statements`, vote)
    pub votes: Vec<(String, usize, Vote)>,
}

#[derive(Debug, thiserror::Error)]
pub enum PolisError {
    #[error("{file}: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
    #[error("{file}: {source}")]
    Csv { file: String, source: csv::Error },
    #[error("{file}, line {line}: {message}")]
    Line {
        file: String,
        line: u64,
        message: String,
    },
    #[error("{file}: no column {column}")]
    Column { file: String, column: String },
}

fn line_error(file: &str, record: &csv::StringRecord, message: String) -> PolisError {
    PolisError::Line {
        file: file.into(),
        line: record.position().map_or(0, |p| p.line()),
        message,
    }
}

fn reader(dir: &Path, file: &str) -> Result<csv::Reader<std::fs::File>, PolisError> {
    let f = std::fs::File::open(dir.join(file)).map_err(|source| PolisError::Io {
        file: file.into(),
        source,
    })?;
    Ok(csv::ReaderBuilder::new().flexible(true).from_reader(f))
}

fn column(headers: &csv::StringRecord, file: &str, name: &str) -> Result<usize, PolisError> {
    headers
        .iter()
        .position(|h| h.trim() == name)
        .ok_or_else(|| PolisError::Column {
            file: file.into(),
            column: name.into(),
        })
}

fn int<T: std::str::FromStr>(
    file: &str,
    record: &csv::StringRecord,
    i: usize,
    what: &str,
) -> Result<T, PolisError> {
    let raw = record.get(i).unwrap_or("").trim();
    raw.parse().map_err(|_| {
        line_error(
            file,
            record,
            format!("{what} {raw:?} is not a whole number"),
        )
    })
}

impl Conversation {
    /// Reads a conversation folder. `summary.csv` is optional.
    pub fn read(dir: &Path) -> Result<Conversation, PolisError> {
        let mut statements = Vec::new();
        {
            let file = "comments.csv";
            let mut r = reader(dir, file)?;
            let h = r
                .headers()
                .map_err(|source| PolisError::Csv {
                    file: file.into(),
                    source,
                })?
                .clone();
            let (c_id, c_author, c_mod, c_body) = (
                column(&h, file, "comment-id")?,
                column(&h, file, "author-id")?,
                column(&h, file, "moderated")?,
                column(&h, file, "comment-body")?,
            );
            let c_ts = column(&h, file, "timestamp").ok();
            let c_dt = column(&h, file, "datetime").ok();
            for rec in r.records() {
                let rec = rec.map_err(|source| PolisError::Csv {
                    file: file.into(),
                    source,
                })?;
                let moderated: i8 = int(file, &rec, c_mod, "moderated")?;
                if !(-1..=1).contains(&moderated) {
                    return Err(line_error(
                        file,
                        &rec,
                        format!("moderated is {moderated}, not 1, 0 or -1"),
                    ));
                }
                statements.push(Statement {
                    id: int(file, &rec, c_id, "comment-id")?,
                    author: int(file, &rec, c_author, "author-id")?,
                    moderated,
                    body: rec.get(c_body).unwrap_or("").to_string(),
                    timestamp: c_ts.and_then(|i| rec.get(i)?.trim().parse().ok()),
                    datetime: c_dt.and_then(|i| rec.get(i)).unwrap_or("").to_string(),
                });
            }
        }

        let file = "participants-votes.csv";
        let mut r = reader(dir, file)?;
        let h = r
            .headers()
            .map_err(|source| PolisError::Csv {
                file: file.into(),
                source,
            })?
            .clone();
        let c_p = column(&h, file, "participant")?;
        let c_g = column(&h, file, "group-id").ok();
        let c_x = column(&h, file, "xid").ok();
        let c_nc = column(&h, file, "n-comments").ok();
        // Vote columns: every header that is a comment id.
        let vote_cols: Vec<(usize, i64)> = h
            .iter()
            .enumerate()
            .filter_map(|(i, name)| Some((i, name.trim().parse::<i64>().ok()?)))
            .filter(|(i, _)| *i != c_p)
            .collect();
        // Statements voted on but missing from comments.csv still count, with no text.
        for &(_, id) in &vote_cols {
            if !statements.iter().any(|s| s.id == id) {
                statements.push(Statement {
                    id,
                    author: -1,
                    moderated: 0,
                    body: String::new(),
                    timestamp: None,
                    datetime: String::new(),
                });
            }
        }
        statements.sort_by_key(|s| s.id);
        if let Some(w) = statements.windows(2).find(|w| w[0].id == w[1].id) {
            return Err(PolisError::Line {
                file: "comments.csv".into(),
                line: 0,
                message: format!("comment-id {} appears twice", w[0].id),
            });
        }
        let index: BTreeMap<i64, u32> = statements
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i as u32))
            .collect();

        let mut participants = Vec::new();
        let mut votes = Vec::new();
        for rec in r.records() {
            let rec = rec.map_err(|source| PolisError::Csv {
                file: file.into(),
                source,
            })?;
            let p = participants.len() as u32;
            let group = match c_g.and_then(|i| rec.get(i)).map(str::trim) {
                None | Some("") => None,
                Some(_) => Some(int(file, &rec, c_g.unwrap(), "group-id")?),
            };
            participants.push(Participant {
                id: int(file, &rec, c_p, "participant")?,
                xid: c_x
                    .and_then(|i| rec.get(i))
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(String::from),
                group,
                comments: match c_nc.and_then(|i| rec.get(i)).map(str::trim) {
                    None | Some("") => 0,
                    Some(_) => int(file, &rec, c_nc.unwrap(), "n-comments")?,
                },
            });
            for &(i, id) in &vote_cols {
                let raw = rec.get(i).unwrap_or("").trim();
                if raw.is_empty() {
                    continue;
                }
                let v = raw
                    .parse::<i8>()
                    .ok()
                    .and_then(Vote::from_value)
                    .ok_or_else(|| {
                        line_error(
                            file,
                            &rec,
                            format!("the vote on comment {id} is {raw:?}, not 1, -1 or 0"),
                        )
                    })?;
                votes.push((p, index[&id], v));
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        if let Some(dup) = participants.iter().find(|p| !seen.insert(p.id)) {
            return Err(PolisError::Line {
                file: file.into(),
                line: 0,
                message: format!("participant {} appears twice", dup.id),
            });
        }

        let mut summary = Vec::new();
        if dir.join("summary.csv").exists() {
            let file = "summary.csv";
            let mut r = reader(dir, file)?;
            r = {
                // summary.csv has no header row: read every row as data
                drop(r);
                let f = std::fs::File::open(dir.join(file)).map_err(|source| PolisError::Io {
                    file: file.into(),
                    source,
                })?;
                csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(f)
            };
            for rec in r.records() {
                let rec = rec.map_err(|source| PolisError::Csv {
                    file: file.into(),
                    source,
                })?;
                summary.push((
                    rec.get(0).unwrap_or("").to_string(),
                    rec.get(1).unwrap_or("").to_string(),
                ));
            }
        }
        Ok(Conversation {
            statements,
            participants,
            votes,
            summary,
        })
    }

    /// The votes as the opinion map takes them (statements moderated out excluded).
    pub fn votes(&self) -> Votes {
        Votes {
            participants: self.participants.len(),
            statements: self.statements.len(),
            excluded: self.statements.iter().map(|s| s.moderated < 0).collect(),
            votes: self.votes.clone(),
        }
    }

    /// The attribution Pol.is' open data asks for (CC BY 4.0), when the conversation's
    /// `summary.csv` names a pol.is address.
    pub fn attribution(&self) -> Option<String> {
        let url = self.summary_value("url")?;
        url.contains("pol.is").then(|| {
            format!(
                "Data: {url}, gathered with Polis (compdemocracy.org/polis); CC BY 4.0, The Computational Democracy Project"
            )
        })
    }

    /// What an import into a consultation keeps: statements Pol.is accepted, and those not
    /// moderated yet (waiting for a clerk where the consultation moderates first); those
    /// moderated out are left out with their votes. Participants become `polis:<id>`.
    /// Statements keep their whole text, even beyond the portal's 280 characters: they were
    /// written under Pol.is' rules, and cutting them would change what people voted on.
    pub fn import_plan(&self, moderated_first: bool) -> ImportPlan {
        let mut kept: Vec<Option<usize>> = vec![None; self.statements.len()];
        let mut statements = Vec::new();
        for (i, s) in self.statements.iter().enumerate() {
            if s.moderated < 0 || s.body.trim().is_empty() {
                continue;
            }
            kept[i] = Some(statements.len());
            statements.push(ImportedStatement {
                polis_id: s.id,
                text: s.body.trim().to_string(),
                waiting: s.moderated == 0 && moderated_first,
            });
        }
        let votes = self
            .votes
            .iter()
            .filter_map(|&(p, s, v)| {
                let k = kept[s as usize]?;
                Some((format!("polis:{}", self.participants[p as usize].id), k, v))
            })
            .collect();
        ImportPlan {
            skipped: self.statements.len() - statements.len(),
            statements,
            votes,
        }
    }

    /// A value of `summary.csv`.
    pub fn summary_value(&self, key: &str) -> Option<&str> {
        self.summary
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Writes the three files into `dir` (created if missing). `groups` gives each
    /// participant's group (by participant index), written as `group-id`.
    pub fn write(&self, dir: &Path, groups: &[Option<usize>]) -> Result<(), PolisError> {
        std::fs::create_dir_all(dir).map_err(|source| PolisError::Io {
            file: dir.display().to_string(),
            source,
        })?;
        for (name, bytes) in self.files(groups)? {
            std::fs::write(dir.join(name), bytes).map_err(|source| PolisError::Io {
                file: name.to_string(),
                source,
            })?;
        }
        Ok(())
    }

    /// The three files as bytes: (`comments.csv`, `participants-votes.csv`, `summary.csv`).
    pub fn files(
        &self,
        groups: &[Option<usize>],
    ) -> Result<[(&'static str, Vec<u8>); 3], PolisError> {
        let csv_err = |file: &str| {
            let file = file.to_string();
            move |source: csv::Error| PolisError::Csv { file, source }
        };
        let done = |file: &'static str, w: csv::Writer<Vec<u8>>| {
            w.into_inner()
                .map(|bytes| (file, bytes))
                .map_err(|e| PolisError::Io {
                    file: file.into(),
                    source: e.into_error(),
                })
        };
        // Per-statement and per-participant counts, as Pol.is writes them.
        let mut agrees = vec![0u32; self.statements.len()];
        let mut disagrees = vec![0u32; self.statements.len()];
        let mut rows: Vec<Vec<Option<Vote>>> =
            vec![vec![None; self.statements.len()]; self.participants.len()];
        for &(p, s, v) in &self.votes {
            rows[p as usize][s as usize] = Some(v);
        }
        for row in &rows {
            for (s, v) in row.iter().enumerate() {
                match v {
                    Some(Vote::Agree) => agrees[s] += 1,
                    Some(Vote::Disagree) => disagrees[s] += 1,
                    _ => {}
                }
            }
        }

        let file = "comments.csv";
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record([
            "timestamp",
            "datetime",
            "comment-id",
            "author-id",
            "agrees",
            "disagrees",
            "moderated",
            "comment-body",
        ])
        .map_err(csv_err(file))?;
        for (i, s) in self.statements.iter().enumerate() {
            w.write_record([
                s.timestamp.map(|t| t.to_string()).unwrap_or_default(),
                csv_text(&s.datetime).into_owned(),
                s.id.to_string(),
                s.author.to_string(),
                agrees[i].to_string(),
                disagrees[i].to_string(),
                s.moderated.to_string(),
                csv_text(&s.body).into_owned(),
            ])
            .map_err(csv_err(file))?;
        }
        let comments = done(file, w)?;

        let file = "participants-votes.csv";
        let mut w = csv::Writer::from_writer(Vec::new());
        let with_xid = self.participants.iter().any(|p| p.xid.is_some());
        let mut header: Vec<String> = vec!["participant".into()];
        if with_xid {
            header.push("xid".into());
        }
        for h in ["group-id", "n-comments", "n-votes", "n-agree", "n-disagree"] {
            header.push(h.into());
        }
        header.extend(self.statements.iter().map(|s| s.id.to_string()));
        w.write_record(&header).map_err(csv_err(file))?;
        for (i, p) in self.participants.iter().enumerate() {
            let row = &rows[i];
            let count = |want: Option<Vote>| {
                row.iter()
                    .filter(|v| v.is_some() && (want.is_none() || **v == want))
                    .count()
                    .to_string()
            };
            let mut rec: Vec<String> = vec![p.id.to_string()];
            if with_xid {
                rec.push(csv_text(p.xid.as_deref().unwrap_or_default()).into_owned());
            }
            rec.push(
                groups
                    .get(i)
                    .copied()
                    .flatten()
                    .map(|g| g.to_string())
                    .unwrap_or_default(),
            );
            rec.push(p.comments.to_string());
            rec.push(count(None));
            rec.push(count(Some(Vote::Agree)));
            rec.push(count(Some(Vote::Disagree)));
            rec.extend(
                row.iter()
                    .map(|v| v.map(|v| v.value().to_string()).unwrap_or_default()),
            );
            w.write_record(&rec).map_err(csv_err(file))?;
        }
        let votes = done(file, w)?;

        let file = "summary.csv";
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        for (k, v) in &self.summary {
            w.write_record([csv_text(k).as_ref(), csv_text(v).as_ref()])
                .map_err(csv_err(file))?;
        }
        let summary = done(file, w)?;
        Ok([comments, votes, summary])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../server/data/polis")
            .join(name)
    }

    fn temp(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("konto-polis-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn reads_a_published_conversation() {
        let c = Conversation::read(&shared("brexit-consensus")).unwrap();
        assert_eq!(c.participants.len(), 204);
        assert_eq!(c.statements.len(), 50);
        assert_eq!(c.summary_value("groups"), Some("2"));
        // The export's own per-participant counts agree with the votes read.
        let n_votes: usize = 5303;
        assert_eq!(c.votes.len(), n_votes);
        assert_eq!(c.participants[0].id, 0);
        assert_eq!(c.participants[0].group, Some(1));
        assert_eq!(
            c.participants.iter().filter(|p| p.group.is_none()).count(),
            7
        );
        // A folder whose votes file has an `xid` column reads by column name.
        let l = Conversation::read(&shared("london.youth.policing")).unwrap();
        assert_eq!(l.participants.len(), 26);
        assert_eq!(l.participants[0].id, 1);
        assert_eq!(l.participants[0].group, Some(1));
        // Comments 0, 2 and 3 have no votes but are statements all the same.
        assert_eq!(l.statements.len(), 39);
    }

    #[test]
    fn writes_what_it_reads() {
        let c = Conversation::read(&shared("scoop-hivemind.ubi")).unwrap();
        let groups: Vec<Option<usize>> = c
            .participants
            .iter()
            .map(|p| p.group.map(|g| g as usize))
            .collect();
        let dir = temp("ubi");
        c.write(&dir, &groups).unwrap();
        let back = Conversation::read(&dir).unwrap();
        assert_eq!(back, c);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn text_that_a_spreadsheet_would_run_is_neutralised_and_bad_votes_are_refused() {
        let c = Conversation {
            statements: vec![Statement {
                id: 0,
                author: 1,
                moderated: 1,
                body: "=HYPERLINK(\"http://evil\")".into(),
                timestamp: Some(1),
                datetime: "x".into(),
            }],
            participants: vec![Participant {
                id: 1,
                xid: Some("@me".into()),
                group: None,
                comments: 1,
            }],
            votes: vec![(0, 0, Vote::Disagree)],
            summary: vec![("topic".into(), "+ok".into())],
        };
        let dir = temp("formula");
        c.write(&dir, &[None]).unwrap();
        let comments = std::fs::read_to_string(dir.join("comments.csv")).unwrap();
        assert!(comments.contains("'=HYPERLINK"), "{comments}");
        let votes = std::fs::read_to_string(dir.join("participants-votes.csv")).unwrap();
        assert!(votes.contains("'@me"), "{votes}");
        assert!(
            votes.lines().nth(1).unwrap().ends_with(",-1"),
            "a vote stays a number: {votes}"
        );
        let back = Conversation::read(&dir).unwrap();
        assert_eq!(back.votes, c.votes);

        std::fs::write(
            dir.join("participants-votes.csv"),
            "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0\n1,,0,1,0,0,2\n",
        )
        .unwrap();
        let err = Conversation::read(&dir).unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("comment 0"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
