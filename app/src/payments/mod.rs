//! Payments, shared by every service that takes money (tickets now, local taxes next): the
//! provider interface shaped on hosted gateways, orders and the provider's notifications.
//! The one real adapter speaks Przelewy24's REST API v1 ([`p24`]).
#[cfg(feature = "ssr")]
pub mod p24;
