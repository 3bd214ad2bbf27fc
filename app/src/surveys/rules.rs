//! Pure rules for answers and for building surveys. No I/O: the same code validates on
//! the server and, compiled to WebAssembly, in the browser.
//!
//! Field names of one question `qN`:
//! - single choice, scale, NPS, text: `qN` = the value (`"2"`, `"other"`, `"7"`, the text);
//!   "other, please specify" text in `qN-other`;
//! - multiple choice: `qN-oK` = `"1"` for each chosen option K (from 1);
//! - grid: `qN-iK` = the value given to item K.
use super::{Answers, Condition, Kind, Question, SurveyDef};
use crate::forms::{FieldError, Problem};

pub const SHORT_TEXT_MAX: usize = 200;
pub const LONG_TEXT_DEFAULT: usize = 2000;
pub const LONG_TEXT_MAX: usize = 10_000;
pub const OPTIONS_MAX: usize = 30;
pub const SCALE_POINTS_MAX: i32 = 11;

/// The chosen options of a multiple-choice question, as values `"1"`, `"2"` ….
pub fn chosen(q: &Question, a: &Answers) -> Vec<String> {
    (1..=q.options.len())
        .filter(|k| a.get(&format!("{}-o{k}", q.key)).is_some_and(|v| v == "1"))
        .map(|k| k.to_string())
        .collect()
}

/// The values a question was answered with (one for single choice and scales, several for
/// multiple choice, none for text and grids or when unanswered).
pub fn values_of(q: &Question, a: &Answers) -> Vec<String> {
    match q.kind {
        Kind::Multi => chosen(q, a),
        Kind::Single | Kind::Scale | Kind::Nps => a
            .get(&q.key)
            .filter(|v| !v.is_empty())
            .cloned()
            .into_iter()
            .collect(),
        _ => vec![],
    }
}

/// Whether a question is shown, given the answers so far. Conditions only point to earlier
/// pages (the builder enforces it), so the recursion ends.
pub fn visible(def: &SurveyDef, q: &Question, a: &Answers) -> bool {
    match &q.show_if {
        None => true,
        Some(Condition { question, values }) => match def.question(question) {
            None => false,
            Some(dep) if dep.page >= q.page => false,
            Some(dep) => {
                visible(def, dep, a) && values_of(dep, a).iter().any(|v| values.contains(v))
            }
        },
    }
}

/// The pages this person will see, in order: pages where at least one question is shown.
pub fn visible_pages(def: &SurveyDef, a: &Answers) -> Vec<u32> {
    def.pages()
        .into_iter()
        .filter(|p| {
            def.questions
                .iter()
                .any(|q| q.page == *p && visible(def, q, a))
        })
        .collect()
}

/// The field names that belong to a question.
pub fn owns_field(q: &Question, field: &str) -> bool {
    if field == q.key {
        return !matches!(q.kind, Kind::Multi | Kind::Grid);
    }
    let Some(rest) = field
        .strip_prefix(q.key.as_str())
        .and_then(|r| r.strip_prefix('-'))
    else {
        return false;
    };
    match q.kind {
        Kind::Single => rest == "other" && q.other,
        Kind::Multi => rest
            .strip_prefix('o')
            .and_then(|k| k.parse::<usize>().ok())
            .is_some_and(|k| (1..=q.options.len()).contains(&k)),
        Kind::Grid => rest
            .strip_prefix('i')
            .and_then(|k| k.parse::<usize>().ok())
            .is_some_and(|k| (1..=q.items.len()).contains(&k)),
        _ => false,
    }
}

/// Keeps only the fields of the given page's questions, trimmed, without empty values.
/// What else was posted (other pages, made-up fields) is dropped.
pub fn clean_page(def: &SurveyDef, page: u32, posted: &Answers) -> Answers {
    let mut out = Answers::new();
    for q in def.questions.iter().filter(|q| q.page == page) {
        for (k, v) in posted.iter().filter(|(k, _)| owns_field(q, k)) {
            let v = if q.kind.is_text() || k.ends_with("-other") {
                v.trim().replace("\r\n", "\n")
            } else {
                v.trim().to_string()
            };
            if !v.is_empty() {
                out.insert(k.clone(), v);
            }
        }
        // "Please specify" only goes with the answer "other".
        if q.kind == Kind::Single && out.get(&q.key).map(String::as_str) != Some("other") {
            out.remove(&format!("{}-other", q.key));
        }
    }
    out
}

/// Replaces one page's answers in the whole set, then drops answers of questions that are
/// no longer shown (an earlier answer changed).
pub fn merge_page(def: &SurveyDef, page: u32, all: &Answers, page_answers: Answers) -> Answers {
    let mut out: Answers = all
        .iter()
        .filter(|(k, _)| {
            def.questions
                .iter()
                .any(|q| q.page != page && owns_field(q, k))
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    out.extend(page_answers);
    prune(def, &out)
}

/// Only the answers of questions that are shown.
pub fn prune(def: &SurveyDef, a: &Answers) -> Answers {
    a.iter()
        .filter(|(k, _)| {
            def.questions
                .iter()
                .any(|q| owns_field(q, k) && visible(def, q, a))
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

fn in_scale(q: &Question, v: &str) -> bool {
    v.parse::<i32>().is_ok_and(|n| q.scale().contains(&n))
}

/// The problem with one question's answer, if any. The error is reported on the field
/// named after the question (its first input carries the id `f-qN`).
pub fn check_answer(q: &Question, a: &Answers) -> Option<Problem> {
    let value = a.get(&q.key).map(String::as_str).unwrap_or("");
    match q.kind {
        Kind::Single => {
            if value.is_empty() {
                return q
                    .required
                    .then_some(crate::forms::FormProblem::AnswerRequired.into());
            }
            if value == "other" && q.other {
                let text = a
                    .get(&format!("{}-other", q.key))
                    .map(String::as_str)
                    .unwrap_or("");
                if text.is_empty() {
                    return Some(crate::surveys::SurveyProblem::OtherRequired.into());
                }
                if chars(text) > SHORT_TEXT_MAX {
                    return Some(
                        crate::forms::FormProblem::TextTooLong {
                            max: SHORT_TEXT_MAX as i64,
                        }
                        .into(),
                    );
                }
                return None;
            }
            let ok = value
                .parse::<usize>()
                .is_ok_and(|k| (1..=q.options.len()).contains(&k));
            (!ok).then_some(crate::surveys::SurveyProblem::AnswerInvalid.into())
        }
        Kind::Multi => {
            let n = chosen(q, a).len();
            if n == 0 {
                return q
                    .required
                    .then_some(crate::forms::FormProblem::AnswerRequired.into());
            }
            if n < q.min_choices as usize {
                return Some(
                    crate::surveys::SurveyProblem::ChoicesTooFew {
                        min: q.min_choices as i64,
                    }
                    .into(),
                );
            }
            (n > q.max_selectable()).then_some(
                crate::surveys::SurveyProblem::ChoicesTooMany {
                    max: q.max_selectable() as i64,
                }
                .into(),
            )
        }
        Kind::Scale | Kind::Nps => {
            if value.is_empty() {
                return q
                    .required
                    .then_some(crate::forms::FormProblem::AnswerRequired.into());
            }
            (!in_scale(q, value)).then_some(crate::surveys::SurveyProblem::AnswerInvalid.into())
        }
        Kind::Short | Kind::Long => {
            if value.is_empty() {
                return q
                    .required
                    .then_some(crate::forms::FormProblem::AnswerRequired.into());
            }
            (chars(value) > q.text_limit()).then_some(
                crate::forms::FormProblem::TextTooLong {
                    max: q.text_limit() as i64,
                }
                .into(),
            )
        }
        Kind::Grid => {
            let mut missing = false;
            for k in 1..=q.items.len() {
                match a.get(&format!("{}-i{k}", q.key)) {
                    None => missing = true,
                    Some(v) if !in_scale(q, v) => {
                        return Some(crate::surveys::SurveyProblem::AnswerInvalid.into())
                    }
                    Some(_) => {}
                }
            }
            (missing && q.required).then_some(crate::surveys::SurveyProblem::GridIncomplete.into())
        }
    }
}

/// The problems on one page, for the questions shown.
pub fn validate_page(def: &SurveyDef, page: u32, a: &Answers) -> Vec<FieldError> {
    def.questions
        .iter()
        .filter(|q| q.page == page && visible(def, q, a))
        .filter_map(|q| check_answer(q, a).map(|p| FieldError::new(&q.key, p)))
        .collect()
}

/// Before storing: the first page with a problem, if any.
pub fn first_invalid_page(def: &SurveyDef, a: &Answers) -> Option<u32> {
    visible_pages(def, a)
        .into_iter()
        .find(|p| !validate_page(def, *p, a).is_empty())
}

// ---------------------------------------------------------------------------------------
// Building surveys
// ---------------------------------------------------------------------------------------

/// The problems with a question as the builder would save it at position `index` of `def`
/// (replacing the question with the same key, if any).
pub fn check_question(def: &SurveyDef, q: &Question) -> Vec<FieldError> {
    let mut e = Vec::new();
    let mut err = |f: &str, p: Problem| e.push(FieldError::new(f, p));
    if q.text.is_empty() {
        err("text_pl", crate::forms::FormProblem::TextRequired.into());
    }
    if chars(&q.text.pl) > 500 || chars(&q.text.en) > 500 || chars(&q.text.uk) > 500 {
        err(
            "text_pl",
            crate::forms::FormProblem::TextTooLong { max: 500 }.into(),
        );
    }
    if q.page == 0 || q.page > 50 {
        err("page", crate::surveys::SurveyProblem::PageInvalid.into());
    }
    match q.kind {
        Kind::Single | Kind::Multi => {
            if q.options.len() < 2 || q.options.len() > OPTIONS_MAX {
                err(
                    "options_pl",
                    crate::surveys::SurveyProblem::OptionsCount.into(),
                );
            }
            if q.kind == Kind::Multi {
                let max = q.max_selectable() as u32;
                if q.min_choices > max
                    || (q.max_choices > 0 && q.max_choices as usize > q.options.len())
                {
                    err(
                        "min_choices",
                        crate::forms::FormProblem::ChoiceLimits.into(),
                    );
                }
            }
        }
        Kind::Grid if q.items.is_empty() || q.items.len() > OPTIONS_MAX => {
            err("items_pl", crate::surveys::SurveyProblem::ItemsCount.into());
        }
        _ => {}
    }
    if matches!(q.kind, Kind::Scale | Kind::Grid)
        && (q.scale_min >= q.scale_max
            || q.scale_max - q.scale_min + 1 > SCALE_POINTS_MAX
            || q.scale_min < 0)
    {
        err(
            "scale_min",
            crate::surveys::SurveyProblem::ScaleInvalid.into(),
        );
    }
    if q.kind == Kind::Long && q.max_len as usize > LONG_TEXT_MAX {
        err(
            "max_len",
            crate::forms::FormProblem::TextTooLong {
                max: LONG_TEXT_MAX as i64,
            }
            .into(),
        );
    }
    if q.kind == Kind::Short && q.max_len as usize > SHORT_TEXT_MAX {
        err(
            "max_len",
            crate::forms::FormProblem::TextTooLong {
                max: SHORT_TEXT_MAX as i64,
            }
            .into(),
        );
    }
    if let Some(c) = &q.show_if {
        match def.question(&c.question).filter(|d| d.key != q.key) {
            None => err(
                "show_if",
                crate::surveys::SurveyProblem::ConditionInvalid.into(),
            ),
            // Only earlier pages: the answer is known before the page is shown, even without
            // JavaScript, and no rule can point forward or go round in a loop.
            Some(d) if d.page >= q.page => err(
                "show_if",
                crate::surveys::SurveyProblem::ConditionForward.into(),
            ),
            Some(d) if !d.kind.can_be_condition() => err(
                "show_if",
                crate::surveys::SurveyProblem::ConditionInvalid.into(),
            ),
            Some(d) => {
                let valid = |v: &String| match d.kind {
                    Kind::Single => {
                        v == "other" && d.other
                            || v.parse::<usize>()
                                .is_ok_and(|k| (1..=d.options.len()).contains(&k))
                    }
                    Kind::Multi => v
                        .parse::<usize>()
                        .is_ok_and(|k| (1..=d.options.len()).contains(&k)),
                    _ => in_scale(d, v),
                };
                if c.values.is_empty() || !c.values.iter().all(valid) {
                    err(
                        "show_if_values",
                        crate::surveys::SurveyProblem::ConditionInvalid.into(),
                    );
                }
            }
        }
    }
    // Questions that depend on this one must stay on later pages.
    if def
        .questions
        .iter()
        .any(|o| o.show_if.as_ref().is_some_and(|c| c.question == q.key) && o.page <= q.page)
    {
        err(
            "page",
            crate::surveys::SurveyProblem::ConditionForward.into(),
        );
    }
    e
}

/// Whether `new` differs from `old` only in texts (allowed once answers exist).
pub fn only_texts_changed(old: &Question, new: &Question) -> bool {
    old.kind == new.kind
        && old.page == new.page
        && old.required == new.required
        && old.options.len() == new.options.len()
        && old.items.len() == new.items.len()
        && old.other == new.other
        && old.min_choices == new.min_choices
        && old.max_choices == new.max_choices
        && old.scale() == new.scale()
        && old.max_len == new.max_len
        && old.show_if == new.show_if
}

/// Lines of a text area: one option per line, blank lines dropped.
pub fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// One-time codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// shown as `ABCDE-FGHJK`.
pub const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

pub fn normalise_code(input: &str) -> Option<String> {
    let s: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    (s.len() == 10 && s.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(s)
}

pub fn format_code(code: &str) -> String {
    if code.len() == 10 {
        format!("{}-{}", &code[..5], &code[5..])
    } else {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{SurveyDef, Text};
    use super::*;

    fn opts(n: usize) -> Vec<Text> {
        (1..=n).map(|i| Text::pl(&format!("opcja {i}"))).collect()
    }

    fn def() -> SurveyDef {
        let mut office = Question::new("q1", 1, Kind::Single, Text::pl("Który urząd?"));
        office.options = opts(3);
        office.other = true;
        let mut topics = Question::new("q2", 1, Kind::Multi, Text::pl("Sprawy"));
        topics.options = opts(5);
        topics.min_choices = 2;
        topics.max_choices = 3;
        topics.required = false;
        let mut waited = Question::new("q3", 2, Kind::Scale, Text::pl("Czas"));
        waited.show_if = Some(Condition {
            question: "q1".into(),
            values: vec!["2".into(), "other".into()],
        });
        let nps = Question::new("q4", 2, Kind::Nps, Text::pl("Polecisz?"));
        let mut grid = Question::new("q5", 3, Kind::Grid, Text::pl("Oceń"));
        grid.items = opts(2);
        grid.show_if = Some(Condition {
            question: "q3".into(),
            values: vec!["1".into()],
        });
        let mut comment = Question::new("q6", 3, Kind::Long, Text::pl("Uwagi"));
        comment.max_len = 10;
        comment.required = false;
        SurveyDef {
            title: Text::pl("Ankieta"),
            intro: Text::default(),
            questions: vec![office, topics, waited, nps, grid, comment],
        }
    }

    fn a(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn required_single_choice_and_other() {
        let d = def();
        let q = &d.questions[0];
        assert_eq!(
            check_answer(q, &a(&[])),
            Some(crate::forms::FormProblem::AnswerRequired.into())
        );
        assert_eq!(check_answer(q, &a(&[("q1", "2")])), None);
        assert_eq!(
            check_answer(q, &a(&[("q1", "4")])),
            Some(crate::surveys::SurveyProblem::AnswerInvalid.into())
        );
        assert_eq!(
            check_answer(q, &a(&[("q1", "x")])),
            Some(crate::surveys::SurveyProblem::AnswerInvalid.into())
        );
        assert_eq!(
            check_answer(q, &a(&[("q1", "other")])),
            Some(crate::surveys::SurveyProblem::OtherRequired.into())
        );
        assert_eq!(
            check_answer(q, &a(&[("q1", "other"), ("q1-other", "MPEC")])),
            None
        );
        let long = "x".repeat(SHORT_TEXT_MAX + 1);
        assert_eq!(
            check_answer(q, &a(&[("q1", "other"), ("q1-other", &long)])),
            Some(crate::forms::FormProblem::TextTooLong { max: 200 }.into())
        );
    }

    #[test]
    fn multiple_choice_limits() {
        let d = def();
        let q = &d.questions[1];
        assert_eq!(check_answer(q, &a(&[])), None, "optional");
        assert_eq!(
            check_answer(q, &a(&[("q2-o1", "1")])),
            Some(crate::surveys::SurveyProblem::ChoicesTooFew { min: 2 }.into())
        );
        assert_eq!(check_answer(q, &a(&[("q2-o1", "1"), ("q2-o5", "1")])), None);
        let four = a(&[
            ("q2-o1", "1"),
            ("q2-o2", "1"),
            ("q2-o3", "1"),
            ("q2-o4", "1"),
        ]);
        assert_eq!(
            check_answer(q, &four),
            Some(crate::surveys::SurveyProblem::ChoicesTooMany { max: 3 }.into())
        );
        // An option that does not exist is not a choice.
        assert_eq!(chosen(q, &a(&[("q2-o9", "1"), ("q2-o1", "1")])), vec!["1"]);
    }

    #[test]
    fn scales_nps_text_and_grid() {
        let d = def();
        assert_eq!(check_answer(&d.questions[2], &a(&[("q3", "5")])), None);
        assert_eq!(
            check_answer(&d.questions[2], &a(&[("q3", "6")])),
            Some(crate::surveys::SurveyProblem::AnswerInvalid.into())
        );
        assert_eq!(
            check_answer(&d.questions[2], &a(&[("q3", "0")])),
            Some(crate::surveys::SurveyProblem::AnswerInvalid.into())
        );
        assert_eq!(check_answer(&d.questions[3], &a(&[("q4", "0")])), None);
        assert_eq!(check_answer(&d.questions[3], &a(&[("q4", "10")])), None);
        assert_eq!(
            check_answer(&d.questions[3], &a(&[("q4", "11")])),
            Some(crate::surveys::SurveyProblem::AnswerInvalid.into())
        );
        assert_eq!(
            check_answer(&d.questions[4], &a(&[("q5-i1", "3")])),
            Some(crate::surveys::SurveyProblem::GridIncomplete.into())
        );
        assert_eq!(
            check_answer(&d.questions[4], &a(&[("q5-i1", "3"), ("q5-i2", "9")])),
            Some(crate::surveys::SurveyProblem::AnswerInvalid.into())
        );
        assert_eq!(
            check_answer(&d.questions[4], &a(&[("q5-i1", "3"), ("q5-i2", "5")])),
            None
        );
        assert_eq!(
            check_answer(&d.questions[5], &a(&[("q6", "ąęćłńóśźż!")])),
            None,
            "10 characters, not bytes"
        );
        assert_eq!(
            check_answer(&d.questions[5], &a(&[("q6", "ąęćłńóśźż!!")])),
            Some(crate::forms::FormProblem::TextTooLong { max: 10 }.into())
        );
    }

    #[test]
    fn conditions_follow_earlier_answers_in_a_chain() {
        let d = def();
        assert!(!visible(&d, &d.questions[2], &a(&[("q1", "1")])));
        assert!(visible(&d, &d.questions[2], &a(&[("q1", "2")])));
        assert!(visible(&d, &d.questions[2], &a(&[("q1", "other")])));
        // q5 depends on q3, which depends on q1: hidden when q3 is hidden, whatever q3 says.
        assert!(visible(
            &d,
            &d.questions[4],
            &a(&[("q1", "2"), ("q3", "1")])
        ));
        assert!(!visible(
            &d,
            &d.questions[4],
            &a(&[("q1", "1"), ("q3", "1")])
        ));
        assert_eq!(visible_pages(&d, &a(&[("q1", "1")])), vec![1, 2, 3]);
        // Hidden questions are not required.
        assert!(validate_page(&d, 2, &a(&[("q1", "1"), ("q4", "8")])).is_empty());
        assert_eq!(
            validate_page(&d, 2, &a(&[("q1", "2"), ("q4", "8")])),
            vec![FieldError::new(
                "q3",
                crate::forms::Problem::from(crate::forms::FormProblem::AnswerRequired)
            )]
        );
    }

    #[test]
    fn cleaning_keeps_only_this_pages_fields_and_merging_drops_hidden_answers() {
        let d = def();
        let posted = a(&[
            ("q1", " 2 "),
            ("q2-o1", "1"),
            ("q2-o7", "1"),
            ("q3", "4"),
            ("is_admin", "1"),
            ("q1-other", "typed, then another answer chosen"),
        ]);
        assert_eq!(
            clean_page(&d, 1, &posted),
            a(&[("q1", "2"), ("q2-o1", "1")])
        );
        let all = a(&[("q1", "2"), ("q3", "4"), ("q4", "9")]);
        // Changing page 1 to an answer that hides q3 drops q3's answer.
        let merged = merge_page(&d, 1, &all, a(&[("q1", "1")]));
        assert_eq!(merged, a(&[("q1", "1"), ("q4", "9")]));
        assert_eq!(first_invalid_page(&d, &merged), None);
        assert_eq!(first_invalid_page(&d, &a(&[("q1", "1")])), Some(2));
    }

    #[test]
    fn builder_refuses_forward_and_self_conditions() {
        let d = def();
        let mut q = Question::new("q7", 1, Kind::Short, Text::pl("Coś"));
        q.show_if = Some(Condition {
            question: "q4".into(),
            values: vec!["9".into()],
        });
        assert!(check_question(&d, &q).contains(&FieldError::new(
            "show_if",
            crate::forms::Problem::from(crate::surveys::SurveyProblem::ConditionForward)
        )));
        q.page = 3;
        assert!(check_question(&d, &q).is_empty());
        q.show_if = Some(Condition {
            question: "q4".into(),
            values: vec!["12".into()],
        });
        assert!(check_question(&d, &q).contains(&FieldError::new(
            "show_if_values",
            crate::surveys::SurveyProblem::ConditionInvalid
        )));
        q.show_if = Some(Condition {
            question: "q7".into(),
            values: vec!["1".into()],
        });
        assert!(check_question(&d, &q).contains(&FieldError::new(
            "show_if",
            crate::forms::Problem::from(crate::surveys::SurveyProblem::ConditionInvalid)
        )));
        q.show_if = Some(Condition {
            question: "q6".into(),
            values: vec!["x".into()],
        });
        assert!(
            check_question(&d, &q).contains(&FieldError::new(
                "show_if",
                crate::forms::Problem::from(crate::surveys::SurveyProblem::ConditionForward)
            )),
            "same page"
        );
        // Moving q3 to page 3 would put q5 (which depends on it) on the same page: a loop risk.
        let mut moved = d.questions[2].clone();
        moved.page = 3;
        assert!(check_question(&d, &moved).contains(&FieldError::new(
            "page",
            crate::forms::Problem::from(crate::surveys::SurveyProblem::ConditionForward)
        )));
    }

    #[test]
    fn builder_checks_options_scales_and_limits() {
        let d = SurveyDef::default();
        let mut q = Question::new("q1", 1, Kind::Multi, Text::pl("x"));
        q.options = opts(1);
        assert!(check_question(&d, &q)
            .iter()
            .any(|e| e.problem == crate::surveys::SurveyProblem::OptionsCount));
        q.options = opts(3);
        q.min_choices = 4;
        assert!(check_question(&d, &q)
            .iter()
            .any(|e| e.problem == crate::forms::FormProblem::ChoiceLimits));
        q.min_choices = 1;
        assert!(check_question(&d, &q).is_empty());
        let mut s = Question::new("q2", 1, Kind::Scale, Text::pl("x"));
        s.scale_max = 1;
        assert!(check_question(&d, &s)
            .iter()
            .any(|e| e.problem == crate::surveys::SurveyProblem::ScaleInvalid));
        s.scale_max = 20;
        assert!(check_question(&d, &s)
            .iter()
            .any(|e| e.problem == crate::surveys::SurveyProblem::ScaleInvalid));
        let t = Question::new("q3", 1, Kind::Short, Text::default());
        assert!(check_question(&d, &t)
            .iter()
            .any(|e| e.problem == crate::forms::FormProblem::TextRequired));
    }

    #[test]
    fn locked_questions_allow_text_fixes_only() {
        let d = def();
        let mut fixed = d.questions[0].clone();
        fixed.text = Text::new("Który urząd odwiedziłeś?", "Which office?", "");
        fixed.options[0] = Text::pl("Poprawiona nazwa");
        assert!(only_texts_changed(&d.questions[0], &fixed));
        fixed.options.push(Text::pl("nowa"));
        assert!(!only_texts_changed(&d.questions[0], &fixed));
        let mut req = d.questions[0].clone();
        req.required = false;
        assert!(!only_texts_changed(&d.questions[0], &req));
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(normalise_code(" abcde-fghjk "), Some("ABCDEFGHJK".into()));
        assert_eq!(
            normalise_code("ABCDE-FGHJ0"),
            None,
            "0 is not in the alphabet"
        );
        assert_eq!(normalise_code("ABC"), None);
        assert_eq!(format_code("ABCDEFGHJK"), "ABCDE-FGHJK");
    }
}
