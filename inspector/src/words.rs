//! What the screen says about a ticket: names of products, zones and fares, reasons, times.
use crate::i18n::{tr, tr_args, Lang};
use konto_ticket::code::CodeError;
use konto_ticket::{Entitlement, Product, Refusal, Zones};

pub fn product(lang: Lang, p: Product) -> String {
    tr(
        lang,
        match p {
            Product::Minutes15 => "tk-product-minutes15",
            Product::Minutes30 => "tk-product-minutes30",
            Product::Minutes60 => "tk-product-minutes60",
            Product::Minutes90 => "tk-product-minutes90",
            Product::SingleRide => "tk-product-single",
            Product::Hours24 => "tk-product-hours24",
            Product::Hours48 => "tk-product-hours48",
            Product::Hours72 => "tk-product-hours72",
            Product::Days7 => "tk-product-days7",
            Product::GroupRide => "tk-product-group",
            Product::WeekendFamily => "tk-product-family",
            Product::MonthlyNetwork => "tk-product-monthly-network",
            Product::MonthlyLine => "tk-product-monthly-line",
            Product::HalfYear => "tk-product-half-year",
        },
    )
}

pub fn zones(lang: Lang, z: Zones) -> String {
    tr(
        lang,
        match z {
            Zones::City => "tk-zones-city-long",
            Zones::All => "tk-zones-all-long",
        },
    )
}

pub fn fare(lang: Lang, e: Option<Entitlement>) -> String {
    tr(
        lang,
        match e {
            None => "tk-fare-normal",
            Some(Entitlement::Student) => "tk-ent-student",
            Some(Entitlement::DoctoralStudent) => "tk-ent-doctoral",
            Some(Entitlement::Pupil) => "tk-ent-pupil",
            Some(Entitlement::Pensioner) => "tk-ent-pensioner",
            Some(Entitlement::Veteran) => "tk-ent-veteran",
        },
    )
}

pub fn refusal(lang: Lang, r: Refusal) -> String {
    tr(
        lang,
        match r {
            Refusal::Malformed => "ins-why-malformed",
            Refusal::UnknownKey => "ins-why-unknown-key",
            Refusal::BadSignature => "ins-why-bad-signature",
            Refusal::KeyNotValid => "ins-why-key-not-valid",
            Refusal::Revoked => "ins-why-revoked",
            Refusal::NotYetValid => "ins-why-not-yet-valid",
            Refusal::Expired => "ins-why-expired",
        },
    )
}

pub fn code_error(lang: Lang, e: CodeError) -> String {
    tr(
        lang,
        match e {
            CodeError::Character => "ins-code-character",
            CodeError::Check => "ins-code-check",
        },
    )
}

/// "2026-12-01 14:05" in Kraków time.
pub fn moment(ts: i64) -> String {
    static KRAKOW: jiff::tz::TimeZone = jiff::tz::get!("Europe/Warsaw");
    let t = jiff::Timestamp::from_second(ts).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let d = t.to_zoned(KRAKOW.clone()).datetime();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.year(),
        d.month(),
        d.day(),
        d.hour(),
        d.minute()
    )
}

/// The time left, in whole minutes rounded up, then hours, then days.
pub fn left(lang: Lang, seconds: i64) -> String {
    let minutes = (seconds.max(0) + 59) / 60;
    if minutes < 120 {
        tr_args(lang, "ins-left-minutes", &[("n", minutes.into())])
    } else if minutes < 48 * 60 {
        tr_args(lang, "ins-left-hours", &[("n", (minutes / 60).into())])
    } else {
        tr_args(
            lang,
            "ins-left-days",
            &[("n", (minutes / (24 * 60)).into())],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_krakow_and_time_left() {
        // 2026-07-01 10:00 UTC is noon in Kraków (summer time); 2026-12-01 10:00 UTC is 11:00.
        assert_eq!(moment(1_782_900_000), "2026-07-01 12:00");
        assert_eq!(moment(1_796_119_200), "2026-12-01 11:00");
        assert_eq!(left(Lang::En, 61), "2 minutes left");
        assert_eq!(left(Lang::En, 3 * 3600), "3 hours left");
        assert_eq!(left(Lang::Pl, 5 * 86_400), "jeszcze 5 dni");
        assert_eq!(refusal(Lang::En, Refusal::Revoked), "Refunded and revoked");
    }
}
