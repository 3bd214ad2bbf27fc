//! Verified residents: one account bound to one person, one person to one account. Every
//! capability that counts people asks this module, never its own tables:
//!
//! | capability | level it needs |
//! |---|---|
//! | participatory budget (online ballot) | `Declared`: the resident's own PESEL, bound to the account at the first vote (Kraków's rules accept a declaration); without a PESEL, `Verified` |
//! | district referenda | `Verified`: a clerk saw an identity document; the district comes from the verified address as it was when voting opened |
//!
//! A person without a PESEL is recorded by a clerk only (birth date, sex, document), so that a
//! PESEL holder cannot make a second identity from their own birth date and sex.
pub mod api;
pub mod pages;
pub mod problems;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub use problems::{IdentityNotice, IdentityProblem};

use serde::{Deserialize, Serialize};

/// The offices where a clerk can confirm an identity (Urząd Miasta Krakowa).
pub const OFFICES: [&str; 5] = [
    "Urząd Miasta Krakowa, al. Powstania Warszawskiego 10",
    "Urząd Miasta Krakowa, os. Zgody 2",
    "Urząd Miasta Krakowa, ul. Wielicka 28a",
    "Urząd Miasta Krakowa, Rynek Podgórski 1",
    "Urząd Miasta Krakowa, pl. Wszystkich Świętych 3–4",
];

/// What a resident sees of their identity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityView {
    /// "pesel" or "document"; None when nothing is bound yet.
    pub kind: Option<String>,
    pub number_ends_with: String,
    pub level: Option<rules::Level>,
    pub verified_by: String,
    pub office: String,
    pub verified_at: Option<crate::i18n::time::LocalTime>,
    /// Verified addresses, newest first: (district, from which day).
    pub addresses: Vec<(crate::forms::District, String)>,
}
