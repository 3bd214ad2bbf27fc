//! The problems and notices of tickets, and their sentences (its own Fluent file).
use super::rules::ChoiceProblem;
use crate::forms::{Notice, Problem};
use crate::i18n::I18n;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TicketProblem {
    TicketNotSold,
    TicketCardRequired,
    TicketVehicleInvalid,
    TicketStartOutOfRange,
    TicketLineInvalid,
    TicketHolderRequired,
    /// The order is paid, expired or refunded: it cannot be paid (again).
    OrderNotPayable,
    /// The payment provider could not be reached or refused the order; nothing was charged.
    PaymentUnavailable,
    /// Only a ticket that has not started yet is refunded.
    RefundNotAllowed,
    /// The provider did not return the money; the ticket stays valid.
    RefundFailed,
    /// A price is an amount in złoty above zero.
    PriceInvalid,
    /// The tariff has taken effect: a ticket keeps the price it was bought at.
    TariffNotEditable,
    /// A new tariff starts tomorrow or later.
    TariffDayInvalid,
    /// Another tariff starts that day.
    TariffDayTaken,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TicketNotice {
    TicketRefunded,
    TariffSaved,
}

crate::problems!(TicketProblem);
crate::notices!(TicketNotice);

impl From<ChoiceProblem> for TicketProblem {
    fn from(p: ChoiceProblem) -> Self {
        match p {
            ChoiceProblem::NotSold => TicketProblem::TicketNotSold,
            ChoiceProblem::CardRequired => TicketProblem::TicketCardRequired,
            ChoiceProblem::VehicleInvalid => TicketProblem::TicketVehicleInvalid,
            ChoiceProblem::StartOutOfRange => TicketProblem::TicketStartOutOfRange,
            ChoiceProblem::LineInvalid => TicketProblem::TicketLineInvalid,
            ChoiceProblem::HolderRequired => TicketProblem::TicketHolderRequired,
        }
    }
}

/// This capability's sentences, for the app shell to register.
pub const MESSAGES: crate::forms::Messages = crate::forms::Messages {
    problem: problem_text,
    notice: notice_text,
};

pub fn problem_text(i18n: I18n, p: &Problem) -> Option<String> {
    Some(match p.to::<TicketProblem>()? {
        TicketProblem::TicketNotSold => t!(i18n, "error-tk-not-sold"),
        TicketProblem::TicketCardRequired => t!(i18n, "error-tk-card-required"),
        TicketProblem::TicketVehicleInvalid => t!(i18n, "error-tk-vehicle"),
        TicketProblem::TicketStartOutOfRange => t!(i18n, "error-tk-start"),
        TicketProblem::TicketLineInvalid => t!(i18n, "error-tk-line"),
        TicketProblem::TicketHolderRequired => t!(i18n, "error-tk-holder"),
        TicketProblem::OrderNotPayable => t!(i18n, "error-tk-order-not-payable"),
        TicketProblem::PaymentUnavailable => t!(i18n, "error-tk-payment-unavailable"),
        TicketProblem::RefundNotAllowed => t!(i18n, "error-tk-refund-not-allowed"),
        TicketProblem::RefundFailed => t!(i18n, "error-tk-refund-failed"),
        TicketProblem::PriceInvalid => t!(i18n, "error-tk-price"),
        TicketProblem::TariffNotEditable => t!(i18n, "error-tk-tariff-not-editable"),
        TicketProblem::TariffDayInvalid => t!(i18n, "error-tk-tariff-day"),
        TicketProblem::TariffDayTaken => t!(i18n, "error-tk-tariff-day-taken"),
    })
}

pub fn notice_text(i18n: I18n, n: &Notice) -> Option<String> {
    Some(match n.to::<TicketNotice>()? {
        TicketNotice::TicketRefunded => t!(i18n, "notice-tk-refunded"),
        TicketNotice::TariffSaved => t!(i18n, "notice-tk-tariff-saved"),
    })
}
