//! The problems and notices of local taxes, and their sentences (its own Fluent file).
#[cfg(feature = "ssr")]
use super::import::Problem as LineProblem;
use crate::forms::{Notice, Problem};
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaxProblem {
    /// A file refused whole: `total` problems were found, nothing changed.
    TaxImportRefused { total: u32 },
    /// One line's problem (`what` is [`line_problem_code`]'s number).
    TaxImportLine { line: u32, what: u8 },
    /// Nothing is owed (or due yet) for what the resident asked to pay.
    TaxNothingToPay,
    /// Interest on arrears older than the dated rate table cannot be computed here.
    TaxInterestUnknown,
    /// The payment provider could not be reached or refused the order; nothing was charged.
    TaxPaymentUnavailable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaxNotice {
    TaxImported { lines: u32, changed: u32 },
    TaxRemindersOn,
    TaxRemindersOff,
}

crate::problems!(TaxProblem);
crate::notices!(TaxNotice);

#[cfg(feature = "ssr")]
/// A line problem as a number that survives the form's flash (a problem's fields are plain).
pub fn line_problem_code(p: LineProblem) -> u8 {
    use LineProblem as P;
    match p {
        P::Header => 1,
        P::Unreadable => 2,
        P::Fields => 3,
        P::TooManyLines => 4,
        P::Id => 5,
        P::Duplicate => 6,
        P::Name => 7,
        P::Pesel(_) => 8,
        P::Account(_) => 9,
        P::Kind => 10,
        P::Year => 11,
        P::Amount => 12,
        P::Date => 13,
        P::Month => 14,
        P::Residents => 15,
        P::YesNo => 16,
        P::Channel => 17,
        P::UnknownTaxpayer => 18,
        P::UnknownLiability => 19,
    }
}

fn line_text(i18n: I18n, what: u8) -> String {
    match what {
        1 => t!(i18n, "tax-line-header"),
        2 => t!(i18n, "tax-line-unreadable"),
        3 => t!(i18n, "tax-line-fields"),
        4 => t!(i18n, "tax-line-too-many"),
        5 => t!(i18n, "tax-line-id"),
        6 => t!(i18n, "tax-line-duplicate"),
        7 => t!(i18n, "tax-line-name"),
        8 => t!(i18n, "tax-line-pesel"),
        9 => t!(i18n, "tax-line-account"),
        10 => t!(i18n, "tax-line-kind"),
        11 => t!(i18n, "tax-line-year"),
        12 => t!(i18n, "tax-line-amount"),
        13 => t!(i18n, "tax-line-date"),
        14 => t!(i18n, "tax-line-month"),
        15 => t!(i18n, "tax-line-residents"),
        16 => t!(i18n, "tax-line-yes-no"),
        17 => t!(i18n, "tax-line-channel"),
        18 => t!(i18n, "tax-line-unknown-taxpayer"),
        _ => t!(i18n, "tax-line-unknown-liability"),
    }
}

/// This capability's sentences, for the app shell to register.
pub const MESSAGES: crate::forms::Messages = crate::forms::Messages {
    problem: problem_text,
    notice: notice_text,
};

pub fn problem_text(i18n: I18n, p: &Problem) -> Option<String> {
    Some(match p.to::<TaxProblem>()? {
        TaxProblem::TaxImportRefused { total } => {
            t!(i18n, "error-tax-import-refused", total = total)
        }
        TaxProblem::TaxImportLine { line, what } => {
            t!(
                i18n,
                "error-tax-import-line",
                line = line,
                problem = line_text(i18n, what)
            )
        }
        TaxProblem::TaxNothingToPay => t!(i18n, "error-tax-nothing-to-pay"),
        TaxProblem::TaxInterestUnknown => t!(i18n, "error-tax-interest-unknown"),
        TaxProblem::TaxPaymentUnavailable => t!(i18n, "error-tax-payment-unavailable"),
    })
}

pub fn notice_text(i18n: I18n, n: &Notice) -> Option<String> {
    Some(match n.to::<TaxNotice>()? {
        TaxNotice::TaxImported { lines, changed } => {
            t!(
                i18n,
                "notice-tax-imported",
                lines = lines,
                changed = changed
            )
        }
        TaxNotice::TaxRemindersOn => t!(i18n, "notice-tax-reminders-on"),
        TaxNotice::TaxRemindersOff => t!(i18n, "notice-tax-reminders-off"),
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    /// Every line problem has its own number and its own sentence.
    #[test]
    fn each_line_problem_has_its_own_sentence() {
        use crate::identity::rules::PeselError;
        use LineProblem as P;
        let all = [
            P::Header,
            P::Unreadable,
            P::Fields,
            P::TooManyLines,
            P::Id,
            P::Duplicate,
            P::Name,
            P::Pesel(PeselError::Checksum),
            P::Account(super::super::rules::NrbError::Checksum),
            P::Kind,
            P::Year,
            P::Amount,
            P::Date,
            P::Month,
            P::Residents,
            P::YesNo,
            P::Channel,
            P::UnknownTaxpayer,
            P::UnknownLiability,
        ];
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            for lang in crate::i18n::Lang::ALL {
                let i18n = I18n::new(lang);
                let texts: std::collections::BTreeSet<String> = all
                    .iter()
                    .map(|p| line_text(i18n, line_problem_code(*p)))
                    .collect();
                assert_eq!(texts.len(), all.len(), "{lang:?}");
            }
        });
    }
}
