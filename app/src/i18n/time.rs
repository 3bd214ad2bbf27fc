//! Kraków local time, from the tz database (Europe/Warsaw, compiled in by jiff: no tzdata is
//! needed on the server, and the same rules are available in the browser), and dates written
//! the way people write them in each language.
use super::Lang;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

static KRAKOW: TimeZone = jiff::tz::get!("Europe/Warsaw");

/// A moment as a clock in Kraków shows it.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct LocalTime {
    pub year: i16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
}

impl LocalTime {
    /// Kraków's clock at `ts` (Unix seconds).
    pub fn at(ts: i64) -> LocalTime {
        let ts = Timestamp::from_second(ts).unwrap_or(Timestamp::UNIX_EPOCH);
        let dt = ts.to_zoned(KRAKOW.clone()).datetime();
        LocalTime {
            year: dt.year(),
            month: dt.month() as u8,
            day: dt.day() as u8,
            hour: dt.hour() as u8,
            minute: dt.minute() as u8,
        }
    }

    /// "2024-10-31" (for date fields and files).
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "23:59"
    pub fn clock(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

impl LocalTime {
    /// A Kraków day at a clock time.
    pub fn on(d: jiff::civil::Date, hour: u8, minute: u8) -> LocalTime {
        LocalTime {
            year: d.year(),
            month: d.month() as u8,
            day: d.day() as u8,
            hour,
            minute,
        }
    }
}

/// The first second of a Kraków day, as Unix seconds.
pub fn day_start(d: jiff::civil::Date) -> i64 {
    KRAKOW
        .to_ambiguous_zoned(d.to_datetime(jiff::civil::Time::midnight()))
        .compatible()
        .map(|z| z.timestamp().as_second())
        .unwrap_or(i64::MAX)
}

/// The Kraków day of a moment (Unix seconds).
pub fn day_of(ts: i64) -> jiff::civil::Date {
    Timestamp::from_second(ts)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned(KRAKOW.clone())
        .date()
}

/// A Kraków date ("2024-10-31") and time ("23:59", or empty for `default_time`) to Unix
/// seconds. A time that does not exist (the hour skipped in March) is read as the clock
/// after the change; one that happens twice (October) as its first occurrence.
pub fn parse_local(date: &str, clock: &str, default_time: (u8, u8)) -> Option<i64> {
    let mut p = date.trim().splitn(3, '-').map(|x| x.parse::<i64>().ok());
    let (y, m, d) = (p.next()??, p.next()??, p.next()??);
    let (h, min) = if clock.trim().is_empty() {
        default_time
    } else {
        let (h, m) = clock.trim().split_once(':')?;
        (h.parse().ok()?, m.get(..2).unwrap_or(m).parse().ok()?)
    };
    let dt = DateTime::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
        i8::try_from(h).ok()?,
        i8::try_from(min).ok()?,
        0,
        0,
    )
    .ok()?;
    let zoned = KRAKOW.to_ambiguous_zoned(dt).compatible().ok()?;
    Some(zoned.timestamp().as_second())
}

const MONTHS_PL: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_UK: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];

/// "1 listopada 2026", "1 November 2026", "1 листопада 2026".
pub fn date(lang: Lang, t: LocalTime) -> String {
    let months = match lang {
        Lang::Pl => &MONTHS_PL,
        Lang::En => &MONTHS_EN,
        Lang::Uk => &MONTHS_UK,
    };
    let month = months[(t.month.clamp(1, 12) - 1) as usize];
    format!("{} {month} {}", t.day, t.year)
}

/// "1 listopada 2026, 12:00" (and so on in English and Ukrainian: a 24-hour clock in all
/// three, as Kraków's offices write it).
pub fn date_time(lang: Lang, t: LocalTime) -> String {
    format!("{}, {}", date(lang, t), t.clock())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kraków_time_follows_the_tz_database() {
        // 2024-10-31 23:59 CET = 22:59 UTC
        let ts = parse_local("2024-10-31", "23:59", (0, 0)).unwrap();
        assert_eq!(ts, 1730415540);
        assert_eq!(LocalTime::at(ts).iso_date(), "2024-10-31");
        assert_eq!(LocalTime::at(ts).clock(), "23:59");
        // 2024-09-21 00:00 CEST = 2024-09-20 22:00 UTC
        let ts = parse_local("2024-09-21", "", (0, 0)).unwrap();
        assert_eq!(ts, 1726869600);
        assert_eq!(LocalTime::at(ts).iso_date(), "2024-09-21");
        // The changes: 31 March 2024 02:00 CET became 03:00 CEST; 27 October 03:00 CEST
        // became 02:00 CET.
        assert_eq!(LocalTime::at(1711846800 - 1).clock(), "01:59");
        assert_eq!(LocalTime::at(1711846800).clock(), "03:00");
        assert_eq!(LocalTime::at(1729990800 - 1).clock(), "02:59");
        assert_eq!(LocalTime::at(1729990800).clock(), "02:00");
        // 02:30 on 31 March 2024 never happened: read as 03:30 CEST.
        assert_eq!(
            parse_local("2024-03-31", "02:30", (0, 0)),
            Some(1711846800 + 30 * 60)
        );
        // 02:30 on 27 October 2024 happened twice: the first (CEST).
        assert_eq!(
            parse_local("2024-10-27", "02:30", (0, 0)),
            Some(1729990800 - 30 * 60)
        );
        assert_eq!(parse_local("2024-02-30", "", (0, 0)), None);
        assert_eq!(parse_local("x", "", (0, 0)), None);
        assert_eq!(parse_local("2024-01-01", "25:00", (0, 0)), None);
    }

    #[test]
    fn dates_as_people_write_them() {
        let t = LocalTime {
            year: 2026,
            month: 11,
            day: 1,
            hour: 12,
            minute: 0,
        };
        assert_eq!(date_time(Lang::Pl, t), "1 listopada 2026, 12:00");
        assert_eq!(date_time(Lang::En, t), "1 November 2026, 12:00");
        assert_eq!(date_time(Lang::Uk, t), "1 листопада 2026, 12:00");
        assert_eq!(
            date(
                Lang::Pl,
                LocalTime {
                    month: 9,
                    day: 21,
                    ..t
                }
            ),
            "21 września 2026"
        );
    }
}
