//! Public-transport tickets (KMK): the tariff as dated data, buying, paying through the
//! payments capability, the signed ticket (the `konto-ticket` crate) and the wallet.
pub mod api;
#[cfg(feature = "ssr")]
pub mod keys;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;

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
