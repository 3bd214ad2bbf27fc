//! Problems any form can have, whatever the service.
use super::Problem;
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormProblem {
    FieldRequired,
    TextRequired,
    TextTooLong {
        max: i64,
    },
    ChoiceInvalid,
    /// The smallest number allowed is larger than the largest.
    ChoiceLimits,
    AnswerRequired,
    ConfirmRequired,
    ReasonRequired,
    NumberRange {
        min: i64,
        max: i64,
    },
    DateInvalid,
    DatesOrder,
    EmailRequired,
    EmailInvalid,
    DistrictRequired,
    DistrictsRequired,
    NotSignedIn,
    NotAllowed,
    Throttled {
        minutes: i64,
    },
    Unexpected,
}

crate::problems!(FormProblem);

/// Confirmations any service can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormNotice {
    /// Answers or a ballot kept as a draft, to be finished later.
    DraftSaved,
}

crate::notices!(FormNotice);

pub(super) fn notice(i18n: I18n, n: &super::Notice) -> Option<String> {
    Some(match n.to::<FormNotice>()? {
        FormNotice::DraftSaved => t!(i18n, "notice-draft-saved"),
    })
}

pub(super) fn text(i18n: I18n, p: &Problem) -> Option<String> {
    Some(match p.to::<FormProblem>()? {
        FormProblem::FieldRequired => t!(i18n, "error-field-required"),
        FormProblem::TextRequired => t!(i18n, "error-text-required"),
        FormProblem::TextTooLong { max } => t!(i18n, "error-text-too-long", max = max),
        FormProblem::ChoiceInvalid => t!(i18n, "error-choice-invalid"),
        FormProblem::ChoiceLimits => t!(i18n, "error-choice-limits"),
        FormProblem::AnswerRequired => t!(i18n, "error-answer-required"),
        FormProblem::ConfirmRequired => t!(i18n, "error-confirm-required"),
        FormProblem::ReasonRequired => t!(i18n, "error-reason-required"),
        FormProblem::NumberRange { min, max } => {
            t!(i18n, "error-number-range", min = min, max = max)
        }
        FormProblem::DateInvalid => t!(i18n, "error-date-invalid"),
        FormProblem::DatesOrder => t!(i18n, "error-dates-order"),
        FormProblem::EmailRequired => t!(i18n, "error-email-required"),
        FormProblem::EmailInvalid => t!(i18n, "error-email-invalid"),
        FormProblem::DistrictRequired => t!(i18n, "error-district-required"),
        FormProblem::DistrictsRequired => t!(i18n, "error-districts-required"),
        FormProblem::NotSignedIn => t!(i18n, "error-not-signed-in"),
        FormProblem::NotAllowed => t!(i18n, "error-not-allowed"),
        FormProblem::Throttled { minutes } => t!(i18n, "error-throttled", minutes = minutes),
        FormProblem::Unexpected => t!(i18n, "error-unexpected"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_keep_their_serde_form() {
        let p: Problem = FormProblem::Throttled { minutes: 3 }.into();
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"Throttled":{"minutes":3}}"#
        );
        let p: Problem = FormProblem::NotAllowed.into();
        assert_eq!(serde_json::to_string(&p).unwrap(), r#""NotAllowed""#);
        assert_eq!(p.code(), "NotAllowed");
        assert!(p == FormProblem::NotAllowed);
        assert!(p != FormProblem::NotSignedIn);
        let back: Problem = serde_json::from_str(r#"{"Throttled":{"minutes":3}}"#).unwrap();
        assert_eq!(
            back.to::<FormProblem>(),
            Some(FormProblem::Throttled { minutes: 3 })
        );
    }
}
