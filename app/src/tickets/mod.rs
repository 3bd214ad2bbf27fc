//! Public-transport tickets (KMK): the tariff as dated data, buying, paying through the
//! payments capability, the signed ticket (the `konto-ticket` crate) and the wallet.
#[cfg(feature = "ssr")]
pub mod keys;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
