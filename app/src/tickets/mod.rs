//! Public-transport tickets (KMK): the tariff as dated data, buying, paying through the
//! payments capability, the signed ticket (the `konto-ticket` crate) and the wallet.
pub mod api;
pub mod buying;
#[cfg(feature = "ssr")]
pub mod issue;
#[cfg(feature = "ssr")]
pub mod keys;
pub mod pages;
pub mod problems;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod tariffs;
pub mod wallet;

pub use problems::{TicketNotice, TicketProblem};

use crate::forms::Money;
use rules::{Product, Zones};
use serde::{Deserialize, Serialize};

/// One line of a price list: a ticket, its zones, the kind of price and both fares.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceLine {
    pub product: Product,
    pub zones: Zones,
    /// The resident price (with a Karta Krakowska).
    pub resident: bool,
    pub normal: Money,
    pub reduced: Money,
    /// False: carried over from an earlier tariff, to be confirmed.
    pub confirmed: bool,
}

/// A tariff as the price list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TariffCard {
    pub effective_from: jiff::civil::Date,
    pub lines: Vec<PriceLine>,
}

/// The price list: the tariff in force today and those announced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceList {
    pub in_force: Option<TariffCard>,
    pub upcoming: Vec<TariffCard>,
}

/// Where a ticket is in its life, for the wallet's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TicketState {
    Active,
    Upcoming,
    Expired,
    Refunded,
}

/// A ticket as its holder sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketView {
    pub id: i64,
    pub order_id: i64,
    pub product: Product,
    pub zones: Zones,
    pub reduced: Option<rules::Entitlement>,
    pub resident: bool,
    pub vehicle: Option<String>,
    pub line: Option<u16>,
    pub holder: Option<String>,
    pub amount: Money,
    pub valid_from: crate::i18n::time::LocalTime,
    pub valid_until: crate::i18n::time::LocalTime,
    /// Seconds left until it ends (active) or starts (upcoming).
    pub seconds: i64,
    pub state: TicketState,
    /// The text code an inspector can type.
    pub code: String,
    /// The QR code (SVG, drawn by the server; it carries the same code).
    pub qr: String,
    pub refundable: bool,
}

/// An order as its buyer sees it: the summary before paying, the receipt after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderView {
    pub id: i64,
    pub description: String,
    pub product: Product,
    pub zones: Zones,
    pub reduced: Option<rules::Entitlement>,
    pub resident: bool,
    pub vehicle: Option<String>,
    pub line: Option<u16>,
    pub start: Option<jiff::civil::Date>,
    pub holder: Option<String>,
    pub amount: Money,
    pub state: crate::payments::OrderState,
    pub created_at: crate::i18n::time::LocalTime,
    pub pay_by: crate::i18n::time::LocalTime,
    pub paid_at: Option<crate::i18n::time::LocalTime>,
    pub refunded_at: Option<crate::i18n::time::LocalTime>,
    pub payable: bool,
    pub ticket: Option<i64>,
}

/// One line of the order history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    pub id: i64,
    pub description: String,
    pub amount: Money,
    pub state: crate::payments::OrderState,
    pub created_at: crate::i18n::time::LocalTime,
}
