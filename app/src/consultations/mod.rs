//! Public consultations (Kraków's rules, council resolution CXI/2904/18): processes with a
//! timeline, remarks on sections, the opinion map, answers to every remark and the final
//! report. Built in steps; so far: the rules (timeline and Kraków's minimums, extensions,
//! moderation, answers, the report, meeting seats, who is told what), the opinion map ("an
//! algorithm in consultations") and Pol.is' export format, so that researchers' tools work
//! on the portal's data.
pub mod opinions;
#[cfg(feature = "ssr")]
pub mod polis;
pub mod problems;
pub mod rules;
