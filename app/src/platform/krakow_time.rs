//! Kraków local time for the server: the database keeps Unix seconds; forms and files use
//! ISO dates. The rules are the tz database's (`i18n::time`, shared with the browser).
pub use crate::i18n::time::{parse_local, LocalTime};

/// "2024-10-31"
pub fn date(ts: i64) -> String {
    LocalTime::at(ts).iso_date()
}

/// "23:59"
pub fn clock(ts: i64) -> String {
    LocalTime::at(ts).clock()
}

/// Kraków's clock at `ts`, for a page to write in its language.
pub fn label(ts: i64) -> LocalTime {
    LocalTime::at(ts)
}
