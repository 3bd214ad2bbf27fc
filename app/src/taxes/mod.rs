//! Local taxes and fees in Kraków: what a taxpayer owes, when, what they paid, and the
//! late-payment interest the Tax Ordinance requires. The city's tax system stays the source of
//! truth (its files are imported); `rules` holds the law's arithmetic, pure.
#[cfg(feature = "ssr")]
pub mod import;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
