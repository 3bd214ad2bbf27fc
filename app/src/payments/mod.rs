//! Payments, shared by every service that takes money (tickets now, local taxes next): the
//! provider interface shaped on hosted gateways ([`provider`]), orders ([`store`]) and the
//! way of an order through the provider ([`flow`]). The one real adapter speaks Przelewy24's
//! REST API v1 ([`p24`] signs, [`provider::P24`] calls); the server's sandbox speaks the same.
#[cfg(feature = "ssr")]
pub mod flow;
#[cfg(feature = "ssr")]
pub mod p24;
#[cfg(feature = "ssr")]
pub mod provider;
#[cfg(feature = "ssr")]
pub mod store;

use serde::{Deserialize, Serialize};

/// An order's state as the buyer sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrderState {
    /// Waiting for the payment (or its confirmation by the provider).
    Waiting,
    Paid,
    Expired,
    Refunded,
}

impl OrderState {
    pub fn from_code(code: &str) -> OrderState {
        match code {
            "paid" => OrderState::Paid,
            "expired" => OrderState::Expired,
            "refunded" => OrderState::Refunded,
            _ => OrderState::Waiting,
        }
    }
}
