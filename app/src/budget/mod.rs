//! Participatory budget (Budżet Obywatelski) and district referenda: editions with phases
//! and pools, projects, ballots, and counting by the city's rule and by the Method of Equal
//! Shares, with open data in the pabulib format.
#[cfg(feature = "ssr")]
pub mod count;
#[cfg(feature = "ssr")]
pub mod pabulib;
pub mod rules;
