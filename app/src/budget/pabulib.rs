//! The pabulib file format (pabulib.org): sections META, PROJECTS and VOTES, each a
//! `;`-separated table with a header, CSV quoting, UTF-8 possibly with a BOM, and a decimal
//! comma allowed in money. Reading, turning into an [`Election`], and writing.

use super::count::{Ballot, Election, Grosze, Project};
use std::collections::HashMap;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PbError {
    /// 1-based line of the file (0 when the problem is not on one line).
    pub line: usize,
    pub message: String,
}

impl fmt::Display for PbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}: {}", self.line, self.message)
        } else {
            f.write_str(&self.message)
        }
    }
}

impl std::error::Error for PbError {}

fn err(line: usize, message: impl Into<String>) -> PbError {
    PbError {
        line,
        message: message.into(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteType {
    Approval,
    Ordinal,
    Cumulative,
    Scoring,
}

impl VoteType {
    pub fn parse(s: &str) -> Option<VoteType> {
        match s.trim().to_ascii_lowercase().as_str() {
            "approval" => Some(VoteType::Approval),
            "ordinal" => Some(VoteType::Ordinal),
            "cumulative" => Some(VoteType::Cumulative),
            "scoring" => Some(VoteType::Scoring),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            VoteType::Approval => "approval",
            VoteType::Ordinal => "ordinal",
            VoteType::Cumulative => "cumulative",
            VoteType::Scoring => "scoring",
        }
    }
}

/// A table: its header and rows, each row as long as the header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The file line of each row.
    pub lines: Vec<usize>,
}

impl Table {
    pub fn col(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }
    pub fn get<'a>(&self, row: &'a [String], name: &str) -> Option<&'a str> {
        self.col(name).and_then(|i| row.get(i)).map(String::as_str)
    }
}

/// A parsed pabulib file, every column kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PbFile {
    pub meta: Vec<(String, String)>,
    pub projects: Table,
    pub votes: Table,
}

/// Money as written in pabulib: digits, optionally a decimal comma or point, to grosze.
pub fn parse_money(s: &str) -> Option<Grosze> {
    let s: String = s
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if s.is_empty() {
        return None;
    }
    let s = s.replace(',', ".");
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, f),
        None => (s.as_str(), ""),
    };
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let zl: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut gr = 0i64;
    let digits: Vec<u32> = frac.chars().filter_map(|c| c.to_digit(10)).collect();
    if let Some(&d) = digits.first() {
        gr += d as i64 * 10;
    }
    if let Some(&d) = digits.get(1) {
        gr += d as i64;
    }
    // Round half up on the third decimal (costs in the library are whole złoty in practice).
    if digits.get(2).is_some_and(|&d| d >= 5) {
        gr += 1;
    }
    zl.checked_mul(100)?.checked_add(gr)
}

/// Grosze as pabulib money: whole złoty as an integer, otherwise with a decimal point.
pub fn format_money(g: Grosze) -> String {
    if g % 100 == 0 {
        format!("{}", g / 100)
    } else {
        format!("{}.{:02}", g / 100, (g % 100).abs())
    }
}

impl PbFile {
    pub fn parse(text: &str) -> Result<PbFile, PbError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // Split into sections at the lines naming them.
        let mut sections: HashMap<&'static str, (usize, String)> = HashMap::new();
        let mut current: Option<&'static str> = None;
        for (i, line) in text.lines().enumerate() {
            let name = line.trim().trim_matches(';');
            let section = match name.to_ascii_uppercase().as_str() {
                "META" => Some("META"),
                "PROJECTS" => Some("PROJECTS"),
                "VOTES" => Some("VOTES"),
                _ => None,
            };
            if let Some(s) = section {
                if sections.contains_key(s) {
                    return Err(err(i + 1, format!("section {s} appears twice")));
                }
                sections.insert(s, (i + 2, String::new()));
                current = Some(s);
                continue;
            }
            match current {
                Some(s) => {
                    let body = &mut sections.get_mut(s).expect("section started").1;
                    body.push_str(line);
                    body.push('\n');
                }
                None if line.trim().is_empty() => {}
                None => {
                    return Err(err(
                        i + 1,
                        "the file must start with a META, PROJECTS or VOTES section",
                    ))
                }
            }
        }
        let table = |name: &str| -> Result<Table, PbError> {
            let Some((first_line, body)) = sections.get(name) else {
                return Err(err(0, format!("section {name} is missing")));
            };
            let mut rdr = csv::ReaderBuilder::new()
                .delimiter(b';')
                .has_headers(true)
                .flexible(true)
                .from_reader(body.as_bytes());
            let columns: Vec<String> = rdr
                .headers()
                .map_err(|e| err(*first_line, format!("{name}: {e}")))?
                .iter()
                .map(|c| c.trim().to_string())
                .collect();
            if columns.iter().all(|c| c.is_empty()) {
                return Err(err(*first_line, format!("section {name} has no header")));
            }
            let mut t = Table {
                columns,
                rows: Vec::new(),
                lines: Vec::new(),
            };
            for rec in rdr.records() {
                let rec = rec.map_err(|e| {
                    let line = e
                        .position()
                        .map(|p| p.line() as usize + first_line - 1)
                        .unwrap_or(*first_line);
                    err(line, format!("{name}: {e}"))
                })?;
                let line = rec
                    .position()
                    .map(|p| p.line() as usize + first_line - 1)
                    .unwrap_or(0);
                if rec.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                let mut row: Vec<String> = rec.iter().map(|f| f.trim().to_string()).collect();
                if row.len() > t.columns.len() {
                    return Err(err(
                        line,
                        format!(
                            "{name}: {} fields where the header has {}",
                            row.len(),
                            t.columns.len()
                        ),
                    ));
                }
                row.resize(t.columns.len(), String::new());
                t.rows.push(row);
                t.lines.push(line);
            }
            Ok(t)
        };
        let meta_t = table("META")?;
        let meta = meta_t
            .rows
            .iter()
            .map(|r| (r[0].clone(), r.get(1).cloned().unwrap_or_default()))
            .collect();
        let projects = table("PROJECTS")?;
        let votes = table("VOTES")?;
        if projects.col("project_id").is_none() || projects.col("cost").is_none() {
            return Err(err(0, "PROJECTS needs the columns project_id and cost"));
        }
        if votes.col("vote").is_none() {
            return Err(err(0, "VOTES needs the column vote"));
        }
        Ok(PbFile {
            meta,
            projects,
            votes,
        })
    }

    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn set_meta(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        match self.meta.iter_mut().find(|(k, _)| k == key) {
            Some(e) => e.1 = value,
            None => self.meta.push((key.to_string(), value)),
        }
    }

    pub fn vote_type(&self) -> Result<VoteType, PbError> {
        let v = self.meta("vote_type").unwrap_or("approval");
        VoteType::parse(v).ok_or_else(|| err(0, format!("unknown vote_type {v}")))
    }

    pub fn budget(&self) -> Result<Grosze, PbError> {
        let b = self
            .meta("budget")
            .ok_or_else(|| err(0, "META has no budget"))?;
        parse_money(b).ok_or_else(|| err(0, format!("the budget {b} is not an amount")))
    }

    /// Project ids marked `selected` (the official winners), in file order.
    pub fn selected(&self) -> Vec<String> {
        let (Some(id), Some(sel)) = (
            self.projects.col("project_id"),
            self.projects.col("selected"),
        ) else {
            return Vec::new();
        };
        self.projects
            .rows
            .iter()
            .filter(|r| matches!(r[sel].as_str(), "1" | "1.0" | "true" | "True"))
            .map(|r| r[id].clone())
            .collect()
    }

    /// The election for counting: ranked ballots get the file's points, or 3/2/1 by position.
    pub fn election(&self) -> Result<Election, PbError> {
        let kind = self.vote_type()?;
        let id_c = self.projects.col("project_id").expect("checked");
        let cost_c = self.projects.col("cost").expect("checked");
        let mut index: HashMap<&str, u32> = HashMap::new();
        let mut projects = Vec::with_capacity(self.projects.rows.len());
        for (row, &line) in self.projects.rows.iter().zip(&self.projects.lines) {
            let id = row[id_c].as_str();
            if id.is_empty() {
                return Err(err(line, "a project without project_id"));
            }
            let cost = parse_money(&row[cost_c])
                .ok_or_else(|| err(line, format!("cost {} is not an amount", row[cost_c])))?;
            if index.insert(id, projects.len() as u32).is_some() {
                return Err(err(line, format!("project {id} appears twice")));
            }
            projects.push(Project {
                id: id.to_string(),
                cost,
            });
        }
        let vote_c = self.votes.col("vote").expect("checked");
        let points_c = self.votes.col("points");
        let mut ballots = Vec::with_capacity(self.votes.rows.len());
        for (row, &line) in self.votes.rows.iter().zip(&self.votes.lines) {
            let mut chosen = Vec::new();
            for id in row[vote_c]
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                let p = *index
                    .get(id)
                    .ok_or_else(|| err(line, format!("vote for unknown project {id}")))?;
                if chosen.contains(&p) {
                    return Err(err(
                        line,
                        format!("project {id} chosen twice on one ballot"),
                    ));
                }
                chosen.push(p);
            }
            let points: Option<Vec<u32>> =
                match points_c.map(|c| row[c].as_str()).filter(|s| !s.is_empty()) {
                    None => None,
                    Some(s) => {
                        let pts: Result<Vec<u32>, _> =
                            s.split(',').map(|x| parse_points(x.trim())).collect();
                        let pts = pts
                            .map_err(|_| err(line, format!("points {s} are not whole numbers")))?;
                        if pts.len() != chosen.len() {
                            return Err(err(line, "as many points as chosen projects are needed"));
                        }
                        Some(pts)
                    }
                };
            let ballot = match (kind, points) {
                (VoteType::Approval, _) => Ballot::approval(&chosen),
                (VoteType::Ordinal, Some(pts)) => Ballot {
                    choices: chosen.into_iter().zip(pts).collect(),
                },
                (VoteType::Ordinal, None) => Ballot::ranked(&chosen),
                (_, Some(pts)) => Ballot {
                    choices: chosen.into_iter().zip(pts).collect(),
                },
                (_, None) => return Err(err(line, "cumulative and scoring ballots need points")),
            };
            ballots.push(ballot);
        }
        Ok(Election {
            budget: self.budget()?,
            projects,
            ballots,
        })
    }

    /// The file as text (UTF-8, no BOM, `;`-separated, quoted where needed).
    pub fn write(&self) -> String {
        let mut out = String::new();
        let table = |name: &str,
                     columns: &[String],
                     rows: &mut dyn Iterator<Item = Vec<String>>,
                     out: &mut String| {
            out.push_str(name);
            out.push('\n');
            let mut w = csv::WriterBuilder::new()
                .delimiter(b';')
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(Vec::new());
            w.write_record(columns).expect("write to memory");
            for r in rows {
                w.write_record(&r).expect("write to memory");
            }
            out.push_str(
                std::str::from_utf8(&w.into_inner().expect("flush to memory"))
                    .expect("utf-8 in, utf-8 out"),
            );
        };
        let meta_cols = vec!["key".to_string(), "value".to_string()];
        table(
            "META",
            &meta_cols,
            &mut self.meta.iter().map(|(k, v)| vec![k.clone(), v.clone()]),
            &mut out,
        );
        table(
            "PROJECTS",
            &self.projects.columns,
            &mut self.projects.rows.iter().cloned(),
            &mut out,
        );
        table(
            "VOTES",
            &self.votes.columns,
            &mut self.votes.rows.iter().cloned(),
            &mut out,
        );
        out
    }
}

fn parse_points(s: &str) -> Result<u32, ()> {
    if let Ok(v) = s.parse::<u32>() {
        return Ok(v);
    }
    // "3.0" as some files write it.
    match s.split_once('.') {
        Some((w, f)) if f.chars().all(|c| c == '0') => w.parse().map_err(|_| ()),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "\u{feff}META\nkey;value\nbudget;1000,50\nvote_type;ordinal\nPROJECTS\nproject_id;cost;name;selected\n1;600;\"Park; nowe ławki\";1\n2;400,5;Drzewa;0\nVOTES\nvoter_id;vote;points\nv1;1,2;3,2\nv2;2;\n";

    #[test]
    fn reads_sections_quotes_bom_and_decimal_commas() {
        let f = PbFile::parse(SMALL).unwrap();
        assert_eq!(f.meta("budget"), Some("1000,50"));
        assert_eq!(f.budget().unwrap(), 100_050);
        assert_eq!(
            f.projects.get(&f.projects.rows[0], "name"),
            Some("Park; nowe ławki")
        );
        assert_eq!(f.selected(), vec!["1".to_string()]);
        let e = f.election().unwrap();
        assert_eq!(e.projects[1].cost, 40_050);
        assert_eq!(e.ballots[0].choices, vec![(0, 3), (1, 2)]);
        // No points on the line: 3 by position.
        assert_eq!(e.ballots[1].choices, vec![(1, 3)]);
    }

    #[test]
    fn writes_what_it_reads() {
        let f = PbFile::parse(SMALL).unwrap();
        let again = PbFile::parse(&f.write()).unwrap();
        assert_eq!(f.meta, again.meta);
        assert_eq!(f.projects.columns, again.projects.columns);
        assert_eq!(f.projects.rows, again.projects.rows);
        assert_eq!(f.votes.rows, again.votes.rows);
        assert!(f.write().contains("\"Park; nowe ławki\""));
    }

    #[test]
    fn says_what_is_wrong_and_where() {
        let e = PbFile::parse("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\na;1\nb;7\n")
            .unwrap()
            .election()
            .unwrap_err();
        assert_eq!(e.line, 10);
        assert!(e.message.contains("unknown project 7"), "{e}");
        let e = PbFile::parse("PROJECTS\nproject_id;cost\n1;5\n").unwrap_err();
        assert!(e.message.contains("META"), "{e}");
        let e = PbFile::parse("hello\nMETA\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = PbFile::parse(
            "META\nkey;value\nbudget;x\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n",
        )
        .unwrap()
        .budget()
        .unwrap_err();
        assert!(e.message.contains("x"));
    }

    #[test]
    fn money() {
        assert_eq!(parse_money("1520000"), Some(152_000_000));
        assert_eq!(parse_money("1 520 000,5"), Some(152_000_050));
        assert_eq!(parse_money("12.345"), Some(1_235));
        assert_eq!(parse_money("-5"), None);
        assert_eq!(parse_money(""), None);
        assert_eq!(format_money(152_000_050), "1520000.50");
        assert_eq!(format_money(100), "1");
    }
}
