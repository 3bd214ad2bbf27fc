//! Turning responses into results: counts, percentages, mean and median, NPS, text answers,
//! breakdowns with small cells suppressed, and the columns of the CSV export. Pure.
use super::rules::chosen;
use super::{Answers, Kind, Question, SurveyDef, Text};
use crate::forms::District;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Breakdown cells with fewer responses than this are not shown, so no one is singled out.
pub const MIN_CELL: u64 = 5;
/// Text answers shown per question on the results page (all are in the CSV).
pub const TEXTS_SHOWN: usize = 100;

/// One stored response.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub id: String,
    /// The day it was sent (the only time kept).
    pub day: String,
    pub district: Option<crate::forms::District>,
    pub answers: Answers,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    pub label: Text,
    /// The value as stored ("3", "other"), for text alternatives.
    pub value: String,
    pub count: u64,
    /// Share of those who answered the question, in percent.
    pub percent: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    pub mean: Option<f64>,
    pub median: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridRow {
    pub label: Text,
    pub answered: u64,
    pub bars: Vec<Bar>,
    pub stats: Stats,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Nps {
    pub promoters: u64,
    pub passives: u64,
    pub detractors: u64,
    /// % promoters − % detractors, rounded: −100 … 100.
    pub score: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextAnswer {
    pub response: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub key: String,
    pub kind: Kind,
    pub text: Text,
    /// Responses that answered the question.
    pub answered: u64,
    pub bars: Vec<Bar>,
    pub stats: Stats,
    pub nps: Option<Nps>,
    pub grid: Vec<GridRow>,
    /// Shown text answers (at most [`TEXTS_SHOWN`]), newest first is not known (anonymity), so by id.
    pub texts: Vec<TextAnswer>,
    pub texts_total: u64,
    pub hidden: u64,
}

/// One breakdown: rows are groups (districts, offices), columns the scale and NPS questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    /// Empty = by district; otherwise the key of the question grouped by.
    pub by: String,
    pub by_text: Text,
    pub columns: Vec<(String, Text, Kind)>,
    pub rows: Vec<BreakdownRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BreakdownRow {
    pub label: Text,
    /// None when suppressed (fewer than [`MIN_CELL`] responses).
    pub responses: Option<u64>,
    /// Mean of a scale, or the NPS score; None when suppressed or no answers.
    pub cells: Vec<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Results {
    pub responses: u64,
    pub questions: Vec<QuestionResult>,
    pub breakdowns: Vec<Breakdown>,
}

fn percent(n: u64, of: u64) -> f64 {
    if of == 0 {
        0.0
    } else {
        n as f64 * 100.0 / of as f64
    }
}

/// Mean and median of integer values given as counts per value.
pub fn stats(counts: &BTreeMap<i32, u64>) -> Stats {
    let n: u64 = counts.values().sum();
    if n == 0 {
        return Stats::default();
    }
    let sum: i64 = counts.iter().map(|(v, c)| *v as i64 * *c as i64).sum();
    // The median: the middle value, or the mean of the two middle values.
    let nth = |k: u64| {
        let mut seen = 0;
        for (v, c) in counts {
            seen += c;
            if seen > k {
                return *v as f64;
            }
        }
        0.0
    };
    let median = if n % 2 == 1 {
        nth(n / 2)
    } else {
        (nth(n / 2 - 1) + nth(n / 2)) / 2.0
    };
    Stats {
        mean: Some(sum as f64 / n as f64),
        median: Some(median),
    }
}

pub fn nps(counts: &BTreeMap<i32, u64>) -> Nps {
    let n: u64 = counts.values().sum();
    let count = |r: std::ops::RangeInclusive<i32>| {
        counts
            .iter()
            .filter(|(v, _)| r.contains(v))
            .map(|(_, c)| c)
            .sum::<u64>()
    };
    let (p, pa, d) = (count(9..=10), count(7..=8), count(0..=6));
    let score = if n == 0 {
        0
    } else {
        ((p as f64 - d as f64) * 100.0 / n as f64).round() as i64
    };
    Nps {
        promoters: p,
        passives: pa,
        detractors: d,
        score,
    }
}

fn scale_bars(q: &Question, counts: &BTreeMap<i32, u64>, answered: u64) -> Vec<Bar> {
    q.scale()
        .map(|v| {
            let c = counts.get(&v).copied().unwrap_or(0);
            let label = if v == *q.scale().start() && !q.low_label.is_empty() {
                Text {
                    pl: format!("{v} – {}", q.low_label.pl),
                    en: if q.low_label.en.is_empty() {
                        String::new()
                    } else {
                        format!("{v} – {}", q.low_label.en)
                    },
                    uk: if q.low_label.uk.is_empty() {
                        String::new()
                    } else {
                        format!("{v} – {}", q.low_label.uk)
                    },
                }
            } else if v == *q.scale().end() && !q.high_label.is_empty() {
                Text {
                    pl: format!("{v} – {}", q.high_label.pl),
                    en: if q.high_label.en.is_empty() {
                        String::new()
                    } else {
                        format!("{v} – {}", q.high_label.en)
                    },
                    uk: if q.high_label.uk.is_empty() {
                        String::new()
                    } else {
                        format!("{v} – {}", q.high_label.uk)
                    },
                }
            } else {
                Text::pl(&v.to_string())
            };
            Bar {
                label,
                value: v.to_string(),
                count: c,
                percent: percent(c, answered),
            }
        })
        .collect()
}

/// Per question, what accumulates while responses stream past.
#[derive(Default)]
struct Acc {
    answered: u64,
    options: Vec<u64>,
    other: u64,
    scale: BTreeMap<i32, u64>,
    grid: Vec<(u64, BTreeMap<i32, u64>)>,
    texts: Vec<TextAnswer>,
    texts_total: u64,
    hidden: u64,
}

/// One group of a breakdown: its responses and per column accumulators.
type Group = (u64, Vec<BTreeMap<i32, u64>>);

/// Accumulates results one response at a time (the store streams rows through it).
pub struct Aggregator<'a> {
    def: &'a SurveyDef,
    hidden: &'a BTreeSet<(String, String)>,
    accs: Vec<Acc>,
    responses: u64,
    /// Group key (district number or option value) → per column accumulators.
    by_district: HashMap<District, Group>,
    by_question: Vec<(usize, HashMap<String, Group>)>,
    columns: Vec<usize>,
    /// Question key → position; per position, its breakdown column and group, if any.
    index: HashMap<String, usize>,
    column_of: Vec<Option<usize>>,
    group_of: Vec<Option<usize>>,
    /// Questions of several fields (multiple choice, grid) already counted in this response.
    seen: Vec<bool>,
}

impl<'a> Aggregator<'a> {
    /// `hidden`: (response id, question key) of text answers a clerk has hidden.
    pub fn new(def: &'a SurveyDef, hidden: &'a BTreeSet<(String, String)>) -> Aggregator<'a> {
        let accs = def
            .questions
            .iter()
            .map(|q| Acc {
                options: vec![0; q.options.len()],
                grid: vec![(0, BTreeMap::new()); q.items.len()],
                ..Default::default()
            })
            .collect();
        // At most 32 columns (the scale and NPS questions) in the breakdowns.
        let columns: Vec<usize> = def
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| matches!(q.kind, Kind::Scale | Kind::Nps))
            .map(|(i, _)| i)
            .take(32)
            .collect();
        // Break down by every single-choice question without a condition (e.g. the office visited).
        let by_question: Vec<(usize, HashMap<String, Group>)> = def
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| q.kind == Kind::Single && q.show_if.is_none())
            .map(|(i, _)| (i, HashMap::new()))
            .collect();
        let n = def.questions.len();
        let mut column_of = vec![None; n];
        for (c, i) in columns.iter().enumerate() {
            column_of[*i] = Some(c);
        }
        let mut group_of = vec![None; n];
        for (g, (i, _)) in by_question.iter().enumerate() {
            group_of[*i] = Some(g);
        }
        let index = def
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.key.clone(), i))
            .collect();
        Aggregator {
            def,
            hidden,
            accs,
            responses: 0,
            by_district: HashMap::new(),
            by_question,
            columns,
            index,
            column_of,
            group_of,
            seen: vec![false; n],
        }
    }

    pub fn add(&mut self, r: &Response) {
        self.add_entries(
            &r.id,
            r.district,
            r.answers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        );
    }

    /// Adds one response given as its fields (name, value) in any order: the store hands them
    /// over straight from the parsed row, without building a map per response.
    pub fn add_entries<'x>(
        &mut self,
        id: &str,
        district: Option<District>,
        fields: impl Iterator<Item = (&'x str, &'x str)>,
    ) {
        self.responses += 1;
        self.seen.iter_mut().for_each(|s| *s = false);
        let mut cols: [Option<i32>; 32] = [None; 32];
        let mut groups: Vec<(usize, &'x str)> = Vec::new();
        for (field, value) in fields {
            let (qkey, suffix) = match field.split_once('-') {
                Some((q, s)) => (q, Some(s)),
                None => (field, None),
            };
            let Some(&qi) = self.index.get(qkey) else {
                continue;
            };
            let q = &self.def.questions[qi];
            let acc = &mut self.accs[qi];
            let index_of = |s: &str, prefix: char| {
                s.strip_prefix(prefix)
                    .and_then(|k| k.parse::<usize>().ok())
                    .and_then(|k| k.checked_sub(1))
            };
            match (q.kind, suffix) {
                (Kind::Single, None) => {
                    acc.answered += 1;
                    if value == "other" {
                        acc.other += 1;
                    } else if let Some(slot) = value
                        .parse::<usize>()
                        .ok()
                        .and_then(|k| k.checked_sub(1))
                        .and_then(|k| acc.options.get_mut(k))
                    {
                        *slot += 1;
                    }
                }
                (Kind::Single, Some("other")) => push_text(acc, self.hidden, id, &q.key, value),
                (Kind::Multi, Some(s)) if value == "1" => {
                    if let Some(slot) = index_of(s, 'o').and_then(|k| acc.options.get_mut(k)) {
                        *slot += 1;
                        if !self.seen[qi] {
                            self.seen[qi] = true;
                            acc.answered += 1;
                        }
                    }
                }
                (Kind::Scale | Kind::Nps, None) => {
                    if let Ok(v) = value.parse::<i32>() {
                        acc.answered += 1;
                        *acc.scale.entry(v).or_default() += 1;
                    }
                }
                (Kind::Short | Kind::Long, None) => {
                    acc.answered += 1;
                    push_text(acc, self.hidden, id, &q.key, value);
                }
                (Kind::Grid, Some(s)) => {
                    if let (Some((n, counts)), Ok(v)) = (
                        index_of(s, 'i').and_then(|k| acc.grid.get_mut(k)),
                        value.parse::<i32>(),
                    ) {
                        *n += 1;
                        *counts.entry(v).or_default() += 1;
                        if !self.seen[qi] {
                            self.seen[qi] = true;
                            acc.answered += 1;
                        }
                    }
                }
                _ => {}
            }
            if suffix.is_none() {
                if let Some(c) = self.column_of[qi] {
                    cols[c] = value.parse().ok();
                }
                if let Some(g) = self.group_of[qi] {
                    groups.push((g, value));
                }
            }
        }
        let ncols = self.columns.len();
        let add_to = |cell: &mut (u64, Vec<BTreeMap<i32, u64>>)| {
            if cell.1.is_empty() {
                cell.1 = vec![BTreeMap::new(); ncols];
            }
            cell.0 += 1;
            for (c, v) in cols.iter().take(ncols).enumerate() {
                if let Some(v) = v {
                    *cell.1[c].entry(*v).or_default() += 1;
                }
            }
        };
        if let Some(d) = district {
            add_to(self.by_district.entry(d).or_default());
        }
        for (g, v) in groups {
            let map = &mut self.by_question[g].1;
            match map.get_mut(v) {
                Some(cell) => add_to(cell),
                None => add_to(map.entry(v.to_string()).or_default()),
            }
        }
    }

    pub fn finish(self) -> Results {
        let def = self.def;
        let questions = def
            .questions
            .iter()
            .zip(self.accs)
            .map(|(q, acc)| {
                let mut r = QuestionResult {
                    key: q.key.clone(),
                    kind: q.kind,
                    text: q.text.clone(),
                    answered: acc.answered,
                    bars: vec![],
                    stats: Stats::default(),
                    nps: None,
                    grid: vec![],
                    texts: acc.texts,
                    texts_total: acc.texts_total,
                    hidden: acc.hidden,
                };
                match q.kind {
                    Kind::Single | Kind::Multi => {
                        r.bars = q
                            .options
                            .iter()
                            .zip(&acc.options)
                            .enumerate()
                            .map(|(i, (label, c))| Bar {
                                label: label.clone(),
                                value: (i + 1).to_string(),
                                count: *c,
                                percent: percent(*c, acc.answered),
                            })
                            .collect();
                        if q.other {
                            r.bars.push(Bar {
                                label: Text::default(),
                                value: "other".into(),
                                count: acc.other,
                                percent: percent(acc.other, acc.answered),
                            });
                        }
                    }
                    Kind::Scale | Kind::Nps => {
                        r.bars = scale_bars(q, &acc.scale, acc.answered);
                        r.stats = stats(&acc.scale);
                        if q.kind == Kind::Nps {
                            r.nps = Some(nps(&acc.scale));
                        }
                    }
                    Kind::Grid => {
                        r.grid = q
                            .items
                            .iter()
                            .zip(acc.grid)
                            .map(|(label, (n, counts))| GridRow {
                                label: label.clone(),
                                answered: n,
                                bars: scale_bars(q, &counts, n),
                                stats: stats(&counts),
                            })
                            .collect();
                    }
                    Kind::Short | Kind::Long => {}
                }
                r
            })
            .collect();
        let columns: Vec<(String, Text, Kind)> = self
            .columns
            .iter()
            .map(|i| {
                (
                    def.questions[*i].key.clone(),
                    def.questions[*i].text.clone(),
                    def.questions[*i].kind,
                )
            })
            .collect();
        let kinds: Vec<Kind> = columns.iter().map(|c| c.2).collect();
        let row = |label: Text, cell: Option<&(u64, Vec<BTreeMap<i32, u64>>)>| {
            let n = cell.map(|c| c.0).unwrap_or(0);
            if n < MIN_CELL {
                return BreakdownRow {
                    label,
                    responses: None,
                    cells: vec![None; kinds.len()],
                };
            }
            let cell = cell.expect("n > 0");
            let cells = kinds
                .iter()
                .zip(&cell.1)
                .map(|(k, counts)| {
                    if counts.is_empty() {
                        None
                    } else if *k == Kind::Nps {
                        Some(nps(counts).score as f64)
                    } else {
                        stats(counts).mean
                    }
                })
                .collect();
            BreakdownRow {
                label,
                responses: Some(n),
                cells,
            }
        };
        let mut breakdowns = Vec::new();
        if !self.by_district.is_empty() {
            let rows = crate::forms::District::all()
                .map(|d| row(Text::pl(&d.label()), self.by_district.get(&d)))
                .collect();
            breakdowns.push(Breakdown {
                by: String::new(),
                by_text: Text::default(),
                columns: columns.clone(),
                rows,
            });
        }
        for (i, groups) in self.by_question {
            let q = &def.questions[i];
            if groups.is_empty() {
                continue;
            }
            let mut rows: Vec<BreakdownRow> = q
                .options
                .iter()
                .enumerate()
                .map(|(k, label)| row(label.clone(), groups.get(&(k + 1).to_string())))
                .collect();
            if q.other {
                rows.push(row(Text::default(), groups.get("other")));
            }
            breakdowns.push(Breakdown {
                by: q.key.clone(),
                by_text: q.text.clone(),
                columns: columns.clone(),
                rows,
            });
        }
        Results {
            responses: self.responses,
            questions,
            breakdowns,
        }
    }
}

fn push_text(acc: &mut Acc, hidden: &BTreeSet<(String, String)>, id: &str, key: &str, t: &str) {
    if !hidden.is_empty() && hidden.contains(&(id.to_string(), key.to_string())) {
        acc.hidden += 1;
        return;
    }
    acc.texts_total += 1;
    if acc.texts.len() < TEXTS_SHOWN {
        acc.texts.push(TextAnswer {
            response: id.to_string(),
            text: t.to_string(),
        });
    }
}

/// A response's stored answers (a JSON object) as (field, value) pairs, borrowed from the
/// text where no unescaping is needed.
pub fn parse_fields(json: &str) -> Vec<(Cow<'_, str>, Cow<'_, str>)> {
    use serde::de::{Deserializer, MapAccess, Visitor};
    struct S<'a>(Cow<'a, str>);
    impl<'de> Deserialize<'de> for S<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = S<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a string")
                }
                fn visit_borrowed_str<E>(self, v: &'de str) -> Result<S<'de>, E> {
                    Ok(S(Cow::Borrowed(v)))
                }
                fn visit_str<E>(self, v: &str) -> Result<S<'de>, E> {
                    Ok(S(Cow::Owned(v.to_string())))
                }
            }
            d.deserialize_str(V)
        }
    }
    struct Pairs<'a>(Vec<(Cow<'a, str>, Cow<'a, str>)>);
    impl<'de> Deserialize<'de> for Pairs<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Pairs<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("an object of strings")
                }
                fn visit_map<M: MapAccess<'de>>(self, mut m: M) -> Result<Pairs<'de>, M::Error> {
                    let mut v = Vec::with_capacity(m.size_hint().unwrap_or(32));
                    while let Some((k, val)) = m.next_entry::<S<'de>, S<'de>>()? {
                        v.push((k.0, val.0));
                    }
                    Ok(Pairs(v))
                }
            }
            d.deserialize_map(V)
        }
    }
    serde_json::from_str::<Pairs>(json)
        .map(|p| p.0)
        .unwrap_or_default()
}

/// Results of a whole set of responses.
pub fn aggregate(
    def: &SurveyDef,
    responses: &[Response],
    hidden: &BTreeSet<(String, String)>,
) -> Results {
    let mut agg = Aggregator::new(def, hidden);
    for r in responses {
        agg.add(r);
    }
    agg.finish()
}

/// The CSV columns: one per answer field (a multiple-choice option, a grid item and an
/// "other" text each get their own), with headers made of the key and the Polish text.
pub fn csv_columns(def: &SurveyDef) -> Vec<(String, String)> {
    let mut cols = Vec::new();
    for q in &def.questions {
        match q.kind {
            Kind::Multi => {
                for (k, o) in q.options.iter().enumerate() {
                    cols.push((
                        format!("{}-o{}", q.key, k + 1),
                        format!("{} {} [{}]", q.key, q.text.pl, o.pl),
                    ));
                }
            }
            Kind::Grid => {
                for (k, o) in q.items.iter().enumerate() {
                    cols.push((
                        format!("{}-i{}", q.key, k + 1),
                        format!("{} {} [{}]", q.key, q.text.pl, o.pl),
                    ));
                }
            }
            _ => {
                cols.push((q.key.clone(), format!("{} {}", q.key, q.text.pl)));
                if q.kind == Kind::Single && q.other {
                    cols.push((
                        format!("{}-other", q.key),
                        format!("{} {} [inne]", q.key, q.text.pl),
                    ));
                }
            }
        }
    }
    cols
}

/// The value in a CSV cell: multiple-choice options as 1/0 for those who answered the
/// question, hidden text answers blank.
pub fn csv_cell(
    def: &SurveyDef,
    field: &str,
    r: &Response,
    hidden: &BTreeSet<(String, String)>,
) -> String {
    let q = def
        .questions
        .iter()
        .find(|q| super::rules::owns_field(q, field));
    match q {
        Some(q) if q.kind == Kind::Multi => {
            if chosen(q, &r.answers).is_empty() {
                String::new()
            } else if r.answers.get(field).is_some_and(|v| v == "1") {
                "1".into()
            } else {
                "0".into()
            }
        }
        Some(q)
            if (q.kind.is_text() || field.ends_with("-other"))
                && hidden.contains(&(r.id.clone(), q.key.clone())) =>
        {
            String::new()
        }
        _ => r.answers.get(field).cloned().unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Question, SurveyDef, Text};
    use super::*;

    fn resp(id: &str, district: Option<u8>, pairs: &[(&str, &str)]) -> Response {
        Response {
            id: id.into(),
            day: "2024-10-01".into(),
            district: district.map(|d| District::new(d).unwrap()),
            answers: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    fn def() -> SurveyDef {
        let mut office = Question::new("q1", 1, Kind::Single, Text::pl("Urząd"));
        office.options = vec![Text::pl("Wielopole"), Text::pl("Kościuszki")];
        office.other = true;
        let mut multi = Question::new("q2", 1, Kind::Multi, Text::pl("Sprawy"));
        multi.options = vec![Text::pl("a"), Text::pl("b"), Text::pl("c")];
        let scale = Question::new("q3", 1, Kind::Scale, Text::pl("Ocena"));
        let nps = Question::new("q4", 1, Kind::Nps, Text::pl("NPS"));
        let text = Question::new("q5", 1, Kind::Long, Text::pl("Uwagi"));
        let mut grid = Question::new("q6", 1, Kind::Grid, Text::pl("Siatka"));
        grid.items = vec![Text::pl("x"), Text::pl("y")];
        SurveyDef {
            title: Text::pl("t"),
            intro: Text::default(),
            questions: vec![office, multi, scale, nps, text, grid],
        }
    }

    #[test]
    fn stored_answers_parse_borrowed_and_escaped() {
        let json = r#"{"q1":"2","q4":"Powiedział \"dzień dobry\"\nale"}"#;
        let f = parse_fields(json);
        assert_eq!(f.len(), 2);
        assert!(matches!(f[0].1, Cow::Borrowed("2")));
        assert_eq!(f[1].1, "Powiedział \"dzień dobry\"\nale");
        assert!(parse_fields("not json").is_empty());
    }

    #[test]
    fn mean_and_median_by_hand() {
        // 1,2,2,5 → mean 2.5, median (2+2)/2 = 2
        let c: BTreeMap<i32, u64> = [(1, 1), (2, 2), (5, 1)].into();
        assert_eq!(
            stats(&c),
            Stats {
                mean: Some(2.5),
                median: Some(2.0)
            }
        );
        // 1,4,5 → mean 10/3, median 4
        let c: BTreeMap<i32, u64> = [(1, 1), (4, 1), (5, 1)].into();
        let s = stats(&c);
        assert!((s.mean.unwrap() - 10.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.median, Some(4.0));
        // 2,4 → median 3
        assert_eq!(stats(&[(2, 1), (4, 1)].into()).median, Some(3.0));
        assert_eq!(stats(&BTreeMap::new()), Stats::default());
    }

    #[test]
    fn nps_by_hand() {
        // 10,9,9 promoters; 8 passive; 6,0 detractors → (3-2)/6 = 16.67 → 17
        let c: BTreeMap<i32, u64> = [(10, 1), (9, 2), (8, 1), (6, 1), (0, 1)].into();
        assert_eq!(
            nps(&c),
            Nps {
                promoters: 3,
                passives: 1,
                detractors: 2,
                score: 17
            }
        );
        let all_detractors: BTreeMap<i32, u64> = [(3, 4)].into();
        assert_eq!(nps(&all_detractors).score, -100);
    }

    #[test]
    fn counts_percentages_texts_and_hidden() {
        let d = def();
        let rs = vec![
            resp(
                "a",
                Some(1),
                &[
                    ("q1", "1"),
                    ("q2-o1", "1"),
                    ("q2-o3", "1"),
                    ("q3", "5"),
                    ("q4", "10"),
                    ("q5", "Dziękuję"),
                    ("q6-i1", "4"),
                ],
            ),
            resp(
                "b",
                Some(1),
                &[
                    ("q1", "other"),
                    ("q1-other", "MOPS"),
                    ("q2-o1", "1"),
                    ("q3", "3"),
                    ("q4", "6"),
                    ("q5", "Mój PESEL to 90010112345"),
                ],
            ),
            resp("c", None, &[("q1", "1"), ("q3", "4")]),
        ];
        let hidden: BTreeSet<(String, String)> = [("b".to_string(), "q5".to_string())].into();
        let r = aggregate(&d, &rs, &hidden);
        assert_eq!(r.responses, 3);
        let q1 = &r.questions[0];
        assert_eq!(q1.answered, 3);
        assert_eq!(
            q1.bars.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![2, 0, 1]
        );
        assert!((q1.bars[0].percent - 200.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            q1.texts,
            vec![TextAnswer {
                response: "b".into(),
                text: "MOPS".into()
            }]
        );
        let q2 = &r.questions[1];
        assert_eq!(
            q2.answered, 2,
            "percentages of multiple choice are of those who answered"
        );
        assert_eq!(
            q2.bars.iter().map(|b| b.count).collect::<Vec<_>>(),
            vec![2, 0, 1]
        );
        assert_eq!(q2.bars[0].percent, 100.0);
        assert_eq!(
            r.questions[2].stats,
            Stats {
                mean: Some(4.0),
                median: Some(4.0)
            }
        );
        assert_eq!(r.questions[3].nps.as_ref().unwrap().score, 0);
        let q5 = &r.questions[4];
        assert_eq!((q5.answered, q5.texts_total, q5.hidden), (2, 1, 1));
        assert_eq!(q5.texts[0].text, "Dziękuję");
        let q6 = &r.questions[5];
        assert_eq!(
            (q6.answered, q6.grid[0].answered, q6.grid[1].answered),
            (1, 1, 0)
        );
    }

    #[test]
    fn small_cells_are_suppressed() {
        let d = def();
        let mut rs = Vec::new();
        for i in 0..5 {
            rs.push(resp(
                &format!("s{i}"),
                Some(13),
                &[("q1", "1"), ("q3", "4"), ("q4", "9")],
            ));
        }
        for i in 0..4 {
            rs.push(resp(
                &format!("k{i}"),
                Some(2),
                &[("q1", "2"), ("q3", "1"), ("q4", "0")],
            ));
        }
        let r = aggregate(&d, &rs, &BTreeSet::new());
        let by_district = &r.breakdowns[0];
        assert_eq!(by_district.by, "");
        let podgorze = &by_district.rows[12];
        assert_eq!(podgorze.responses, Some(5));
        assert_eq!(podgorze.cells, vec![Some(4.0), Some(100.0)]);
        let grzegorzki = &by_district.rows[1];
        assert_eq!(grzegorzki.responses, None, "4 responses are fewer than 5");
        assert_eq!(grzegorzki.cells, vec![None, None]);
        assert_eq!(by_district.rows[0].responses, None, "0 responses");
        let by_office = r.breakdowns.iter().find(|b| b.by == "q1").unwrap();
        assert_eq!(by_office.rows[0].responses, Some(5));
        assert_eq!(by_office.rows[1].responses, None);
    }

    #[test]
    fn csv_has_a_column_per_answer_field() {
        let d = def();
        let cols: Vec<String> = csv_columns(&d).into_iter().map(|c| c.0).collect();
        assert_eq!(
            cols,
            vec!["q1", "q1-other", "q2-o1", "q2-o2", "q2-o3", "q3", "q4", "q5", "q6-i1", "q6-i2"]
        );
        let r = resp("a", None, &[("q1", "1"), ("q2-o2", "1"), ("q5", "tajne")]);
        let hidden: BTreeSet<(String, String)> = [("a".to_string(), "q5".to_string())].into();
        let row: Vec<String> = cols.iter().map(|c| csv_cell(&d, c, &r, &hidden)).collect();
        assert_eq!(row, vec!["1", "", "0", "1", "0", "", "", "", "", ""]);
        let none = resp("b", None, &[]);
        assert_eq!(
            csv_cell(&d, "q2-o1", &none, &hidden),
            "",
            "did not answer: blank, not 0"
        );
    }
}
