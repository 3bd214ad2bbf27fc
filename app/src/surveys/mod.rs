//! Surveys: satisfaction surveys after office visits and the city's social research.
//! Built by clerks, answered by anyone entitled, turned into public results.
//!
//! A survey's content (title, introduction, questions in up to three languages) is one
//! [`SurveyDef`], stored as JSON. Answers everywhere (form posts, drafts, stored responses,
//! CSV columns) are one flat map of field name to value, see [`rules`].
pub mod api;
pub mod builder;
pub mod builder_pages;
#[cfg(feature = "ssr")]
pub mod cache;
pub mod pages;
pub mod problems;
pub mod results;
pub mod results_view;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub use problems::{SurveyNotice, SurveyProblem};

/// Anonymous responses join the results in batches of at least this many (the smallest
/// group results ever show), or all at the close: see `store::flush_queue`.
pub const QUEUE_BATCH: i64 = 5;

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The answers of one person: field name (`q3`, `q3-o2`, `q3-other`, `q5-i1`) to value.
pub type Answers = BTreeMap<String, String>;

/// A text in Polish, optionally English and Ukrainian (empty = not translated).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub pl: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uk: String,
}

impl Text {
    pub fn pl(s: &str) -> Text {
        Text {
            pl: s.into(),
            ..Default::default()
        }
    }
    pub fn new(pl: &str, en: &str, uk: &str) -> Text {
        Text {
            pl: pl.into(),
            en: en.into(),
            uk: uk.into(),
        }
    }
    /// The text in `lang`, or in Polish when it has no translation, with the language it is in.
    pub fn get(&self, lang: Lang) -> (&str, Lang) {
        let s = match lang {
            Lang::Pl => &self.pl,
            Lang::En => &self.en,
            Lang::Uk => &self.uk,
        };
        if s.trim().is_empty() {
            (&self.pl, Lang::Pl)
        } else {
            (s, lang)
        }
    }
    pub fn in_lang(&self, lang: Lang) -> &str {
        match lang {
            Lang::Pl => &self.pl,
            Lang::En => &self.en,
            Lang::Uk => &self.uk,
        }
    }
    pub fn is_empty(&self) -> bool {
        self.pl.trim().is_empty()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// One option, optionally "other, please specify".
    Single,
    /// Several options, between a minimum and a maximum.
    Multi,
    /// A rating scale with labelled ends (e.g. 1–5).
    Scale,
    /// 0–10 "how likely are you to recommend" (Net Promoter Score).
    Nps,
    Short,
    /// Long text with a length limit.
    Long,
    /// Several items rated on one scale.
    Grid,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Single,
        Kind::Multi,
        Kind::Scale,
        Kind::Nps,
        Kind::Short,
        Kind::Long,
        Kind::Grid,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multi => "multi",
            Kind::Scale => "scale",
            Kind::Nps => "nps",
            Kind::Short => "short",
            Kind::Long => "long",
            Kind::Grid => "grid",
        }
    }
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == s)
    }
    pub fn is_text(self) -> bool {
        matches!(self, Kind::Short | Kind::Long)
    }
    /// Kinds whose answer a later question can depend on.
    pub fn can_be_condition(self) -> bool {
        matches!(self, Kind::Single | Kind::Multi | Kind::Scale | Kind::Nps)
    }
}

/// "Show this question only when question `question` was answered with one of `values`."
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    pub question: String,
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable name (`q7`): the form field, the answer key and the CSV column.
    pub key: String,
    pub page: u32,
    pub kind: Kind,
    pub text: Text,
    #[serde(default)]
    pub help: Text,
    pub required: bool,
    /// Choices (single, multi); the values are their positions, from 1.
    #[serde(default)]
    pub options: Vec<Text>,
    /// Rows of a grid.
    #[serde(default)]
    pub items: Vec<Text>,
    /// Single choice: offer "other, please specify".
    #[serde(default)]
    pub other: bool,
    #[serde(default)]
    pub min_choices: u32,
    /// 0 = as many as there are options.
    #[serde(default)]
    pub max_choices: u32,
    #[serde(default)]
    pub scale_min: i32,
    #[serde(default)]
    pub scale_max: i32,
    #[serde(default)]
    pub low_label: Text,
    #[serde(default)]
    pub high_label: Text,
    /// Text answers: the most characters (0 = the default for the kind).
    #[serde(default)]
    pub max_len: u32,
    #[serde(default)]
    pub show_if: Option<Condition>,
}

impl Question {
    pub fn new(key: &str, page: u32, kind: Kind, text: Text) -> Question {
        let (scale_min, scale_max) = match kind {
            Kind::Nps => (0, 10),
            Kind::Scale | Kind::Grid => (1, 5),
            _ => (0, 0),
        };
        Question {
            key: key.into(),
            page,
            kind,
            text,
            help: Text::default(),
            required: true,
            options: vec![],
            items: vec![],
            other: false,
            min_choices: 0,
            max_choices: 0,
            scale_min,
            scale_max,
            low_label: Text::default(),
            high_label: Text::default(),
            max_len: 0,
            show_if: None,
        }
    }
    /// The scale's values, lowest first (scale, grid, NPS).
    pub fn scale(&self) -> std::ops::RangeInclusive<i32> {
        match self.kind {
            Kind::Nps => 0..=10,
            _ => self.scale_min..=self.scale_max,
        }
    }
    pub fn text_limit(&self) -> usize {
        match (self.kind, self.max_len) {
            (_, n) if n > 0 => n as usize,
            (Kind::Long, _) => rules::LONG_TEXT_DEFAULT,
            _ => rules::SHORT_TEXT_MAX,
        }
    }
    /// The highest number of choices (multi).
    pub fn max_selectable(&self) -> usize {
        if self.max_choices == 0 {
            self.options.len()
        } else {
            self.max_choices as usize
        }
    }
    /// A value's label, for results and the review page ("3", "Tak", "Other").
    pub fn value_label(&self, value: &str) -> Option<Text> {
        match self.kind {
            Kind::Single | Kind::Multi => {
                if value == "other" {
                    return None;
                }
                let i: usize = value.parse().ok()?;
                self.options.get(i.checked_sub(1)?).cloned()
            }
            _ => Some(Text::pl(value)),
        }
    }
}

/// A survey's content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SurveyDef {
    pub title: Text,
    pub intro: Text,
    pub questions: Vec<Question>,
}

impl SurveyDef {
    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.key == key)
    }
    /// Page numbers in use, in order.
    pub fn pages(&self) -> Vec<u32> {
        let mut p: Vec<u32> = self.questions.iter().map(|q| q.page).collect();
        p.sort_unstable();
        p.dedup();
        p
    }
    /// A key not used yet (`q1`, `q2` …; never reused, so old answers cannot change meaning).
    pub fn next_key(&self) -> String {
        let n = self
            .questions
            .iter()
            .filter_map(|q| q.key.strip_prefix('q')?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        format!("q{}", n + 1)
    }
}

/// Who may answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    Anyone,
    SignedIn,
    /// Signed-in residents of the survey's districts.
    Districts,
    /// Holders of one-time codes (printed on visit receipts).
    Codes,
}

impl Audience {
    pub const ALL: [Audience; 4] = [
        Audience::Anyone,
        Audience::SignedIn,
        Audience::Districts,
        Audience::Codes,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Audience::Anyone => "anyone",
            Audience::SignedIn => "signed_in",
            Audience::Districts => "districts",
            Audience::Codes => "codes",
        }
    }
    pub fn parse(s: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.code() == s)
    }
}

/// Where a survey is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    NotOpen,
    Open,
    Closed,
}

/// A survey's settings and content, as pages need them. Times are pre-formatted by the
/// server in Kraków time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Survey {
    pub id: i64,
    pub def: SurveyDef,
    pub opens: crate::i18n::time::LocalTime,
    pub closes: crate::i18n::time::LocalTime,
    /// For the builder's date and time fields.
    pub opens_date: String,
    pub opens_time: String,
    pub closes_date: String,
    pub closes_time: String,
    pub phase: Phase,
    pub audience: Audience,
    pub districts: Vec<crate::forms::District>,
    pub anonymous: bool,
    pub public_results: bool,
    pub responses: i64,
}

impl Survey {
    /// Questions are locked once the first answer has arrived (texts can still be fixed).
    pub fn locked(&self) -> bool {
        self.responses > 0
    }
    /// About a quarter of a minute per question, at least one minute.
    pub fn minutes(&self) -> usize {
        (self.def.questions.len() / 4).max(1)
    }
}

/// One line of the list of surveys.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyCard {
    pub id: i64,
    pub title: Text,
    pub closes: crate::i18n::time::LocalTime,
    pub phase: Phase,
    pub questions: usize,
    pub anonymous: bool,
    pub audience: Audience,
    pub districts: Vec<crate::forms::District>,
    pub has_draft: bool,
    pub answered: bool,
    pub public_results: bool,
    pub responses: i64,
}

/// The answering state of one page: the survey, where the person is and what they gave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answering {
    pub survey: Survey,
    pub answers: Answers,
    /// Page numbers this person will see, given the answers so far.
    pub pages: Vec<u32>,
    pub preview: bool,
}

/// A batch of one-time codes, for the printable page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CodeBatch {
    pub id: i64,
    pub survey_title: Text,
    pub size: i64,
    pub used: i64,
    pub created: crate::i18n::time::LocalTime,
    /// (code, link, QR code as SVG markup)
    pub codes: Vec<(String, String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BatchLine {
    pub id: i64,
    pub size: i64,
    pub used: i64,
    pub created: crate::i18n::time::LocalTime,
}

/// The builder's view of a survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Editing {
    pub survey: Survey,
    pub batches: Vec<BatchLine>,
}
