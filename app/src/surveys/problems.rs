//! The problems and notices of this service, and their sentences (its own Fluent file).
use crate::forms::{Notice, Problem};
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SurveyProblem {
    // Answering surveys
    AnswerInvalid,
    OtherRequired,
    ChoicesTooFew { min: i64 },
    ChoicesTooMany { max: i64 },
    GridIncomplete,
    SurveyNotOpen,
    SurveyClosed,
    NotEligible,
    CodeInvalid,
    CodeUsed,
    AlreadyAnswered,
    PageInvalid,
    OptionsCount,
    ItemsCount,
    ScaleInvalid,
    ConditionInvalid,
    ConditionForward,
    QuestionsLocked,
    BatchSize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SurveyNotice {
    SurveySaved,
    QuestionSaved,
    QuestionDeleted,
    CodesCreated,
    AnswerHidden,
    AnswerShown,
}

crate::problems!(SurveyProblem);
crate::notices!(SurveyNotice);

/// This service's sentences, for the app shell to register.
pub const MESSAGES: crate::forms::Messages = crate::forms::Messages {
    problem: problem_text,
    notice: notice_text,
};

pub fn problem_text(i18n: I18n, p: &Problem) -> Option<String> {
    Some(match p.to::<SurveyProblem>()? {
        SurveyProblem::AnswerInvalid => t!(i18n, "error-answer-invalid"),
        SurveyProblem::OtherRequired => t!(i18n, "error-other-required"),
        SurveyProblem::ChoicesTooFew { min } => t!(i18n, "error-choices-too-few", min = min),
        SurveyProblem::ChoicesTooMany { max } => t!(i18n, "error-choices-too-many", max = max),
        SurveyProblem::GridIncomplete => t!(i18n, "error-grid-incomplete"),
        SurveyProblem::SurveyNotOpen => t!(i18n, "error-survey-not-open"),
        SurveyProblem::SurveyClosed => t!(i18n, "error-survey-closed"),
        SurveyProblem::NotEligible => t!(i18n, "error-not-eligible"),
        SurveyProblem::CodeInvalid => t!(i18n, "error-code-invalid"),
        SurveyProblem::CodeUsed => t!(i18n, "error-code-used"),
        SurveyProblem::AlreadyAnswered => t!(i18n, "error-already-answered"),
        SurveyProblem::PageInvalid => t!(i18n, "error-page-invalid"),
        SurveyProblem::OptionsCount => t!(i18n, "error-options-count"),
        SurveyProblem::ItemsCount => t!(i18n, "error-items-count"),
        SurveyProblem::ScaleInvalid => t!(i18n, "error-scale-invalid"),
        SurveyProblem::ConditionInvalid => t!(i18n, "error-condition-invalid"),
        SurveyProblem::ConditionForward => t!(i18n, "error-condition-forward"),
        SurveyProblem::QuestionsLocked => t!(i18n, "error-questions-locked"),
        SurveyProblem::BatchSize => t!(i18n, "error-batch-size"),
    })
}

pub fn notice_text(i18n: I18n, n: &Notice) -> Option<String> {
    Some(match n.to::<SurveyNotice>()? {
        SurveyNotice::SurveySaved => t!(i18n, "notice-survey-saved"),
        SurveyNotice::QuestionSaved => t!(i18n, "notice-question-saved"),
        SurveyNotice::QuestionDeleted => t!(i18n, "notice-question-deleted"),
        SurveyNotice::CodesCreated => t!(i18n, "notice-codes-created"),
        SurveyNotice::AnswerHidden => t!(i18n, "notice-answer-hidden"),
        SurveyNotice::AnswerShown => t!(i18n, "notice-answer-shown"),
    })
}
