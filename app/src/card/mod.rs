//! Karta Krakowska, the city card: the account holds the card's number and the last day it is
//! valid, as a clerk confirmed them after seeing the card. Tickets ask `store::valid_until`
//! for the resident price of period tickets; the city card's own services (discounts,
//! partners) will grow from here.
pub mod api;
pub mod pages;
pub mod problems;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub use problems::{CardNotice, CardProblem};

use serde::{Deserialize, Serialize};

/// What a resident sees of their card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardView {
    pub number: String,
    pub valid_until: jiff::civil::Date,
    /// Valid today (Kraków time).
    pub valid: bool,
    pub confirmed_by: String,
    pub office: String,
    pub confirmed_at: crate::i18n::time::LocalTime,
}
