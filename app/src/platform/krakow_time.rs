//! Kraków local time (Europe/Warsaw: CET, CEST from the last Sunday of March to the last
//! Sunday of October, switching at 01:00 UTC, as in the whole EU). Survey dates are entered
//! and shown in it; the database keeps Unix seconds.
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset, Weekday};

fn last_sunday(year: i32, month: Month) -> Date {
    let mut d = Date::from_calendar_date(year, month, month.length(year)).expect("valid date");
    while d.weekday() != Weekday::Sunday {
        d = d.previous_day().expect("valid date");
    }
    d
}

/// The offset from UTC at a moment.
pub fn offset_at(ts: i64) -> UtcOffset {
    let utc = OffsetDateTime::from_unix_timestamp(ts).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let y = utc.year();
    let start = PrimitiveDateTime::new(
        last_sunday(y, Month::March),
        Time::from_hms(1, 0, 0).expect("time"),
    )
    .assume_utc();
    let end = PrimitiveDateTime::new(
        last_sunday(y, Month::October),
        Time::from_hms(1, 0, 0).expect("time"),
    )
    .assume_utc();
    let hours = if utc >= start && utc < end { 2 } else { 1 };
    UtcOffset::from_hms(hours, 0, 0).expect("offset")
}

pub fn local(ts: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(ts)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .to_offset(offset_at(ts))
}

/// "2024-10-31"
pub fn date(ts: i64) -> String {
    let l = local(ts);
    format!("{:04}-{:02}-{:02}", l.year(), l.month() as u8, l.day())
}

/// "23:59"
pub fn clock(ts: i64) -> String {
    let l = local(ts);
    format!("{:02}:{:02}", l.hour(), l.minute())
}

/// "2024-10-31 23:59"
pub fn label(ts: i64) -> String {
    format!("{} {}", date(ts), clock(ts))
}

/// A local date ("2024-10-31") and time ("23:59", or empty for `default_time`) to Unix seconds.
pub fn parse_local(date: &str, clock: &str, default_time: (u8, u8)) -> Option<i64> {
    let mut p = date.trim().splitn(3, '-').map(|x| x.parse::<i64>().ok());
    let (y, m, d) = (p.next()??, p.next()??, p.next()??);
    let date = Date::from_calendar_date(y as i32, Month::try_from(m as u8).ok()?, d as u8).ok()?;
    let (h, min) = if clock.trim().is_empty() {
        default_time
    } else {
        let (h, m) = clock.trim().split_once(':')?;
        (h.parse().ok()?, m.get(..2).unwrap_or(m).parse().ok()?)
    };
    let naive = PrimitiveDateTime::new(date, Time::from_hms(h, min, 0).ok()?);
    // The offset of the local moment: try winter time, then check it.
    let guess = naive
        .assume_offset(UtcOffset::from_hms(1, 0, 0).ok()?)
        .unix_timestamp();
    let off = offset_at(guess - 3600);
    Some(naive.assume_offset(off).unix_timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summer_and_winter_time() {
        // 2024-10-31 23:59 CET = 22:59 UTC
        let ts = parse_local("2024-10-31", "23:59", (0, 0)).unwrap();
        assert_eq!(ts, 1730415540);
        assert_eq!(label(ts), "2024-10-31 23:59");
        // 2024-09-21 00:00 CEST = 2024-09-20 22:00 UTC
        let ts = parse_local("2024-09-21", "", (0, 0)).unwrap();
        assert_eq!(ts, 1726869600);
        assert_eq!(date(ts), "2024-09-21");
        assert_eq!(parse_local("2024-02-30", "", (0, 0)), None);
        assert_eq!(parse_local("x", "", (0, 0)), None);
        assert_eq!(parse_local("2024-01-01", "25:00", (0, 0)), None);
    }
}
