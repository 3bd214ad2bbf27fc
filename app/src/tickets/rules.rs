//! The KMK tariff and what a ticket allows, as pure rules: which tariff is in force on a day,
//! the price of every ticket in it (normal, reduced, the resident price with a valid Karta
//! Krakowska), the validity a ticket gets from its kind and start, and the checks of what a
//! buyer chooses. No I/O: the tariffs themselves are dated data in the database (seeded from
//! [`seeded`], edited by clerks), read by `store.rs` and handed in here.
use crate::forms::Money;
use crate::i18n::time::{day_of, day_start};
use jiff::civil::Date;
pub use konto_ticket::{Entitlement, Product, Vehicle, Zones};
use serde::{Deserialize, Serialize};

/// One price in a tariff: the normal fare of a product in its zones, at the resident price
/// (period tickets with a Karta Krakowska) or not. `confirmed` is false where the source gives
/// no figure for this tariff and the last known one was carried over: clerks see these
/// marked, and they stay data, never constants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Price {
    pub product: Product,
    pub zones: Zones,
    pub resident: bool,
    pub amount: Money,
    pub confirmed: bool,
}

/// A tariff: the prices in force from a day (Kraków time) until the next tariff's day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tariff {
    pub id: i64,
    pub effective_from: Date,
    pub prices: Vec<Price>,
}

/// The tariff in force on a day: the latest that has taken effect by then.
pub fn in_force(tariffs: &[Tariff], day: Date) -> Option<&Tariff> {
    tariffs
        .iter()
        .filter(|t| t.effective_from <= day)
        .max_by_key(|t| t.effective_from)
}

/// A tariff may be edited only before it takes effect: a ticket keeps the price it was
/// bought at, and nobody rewrites what was in force.
pub fn editable(t: &Tariff, today: Date) -> bool {
    t.effective_from > today
}

/// What a buyer asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub product: Product,
    pub zones: Zones,
    pub reduced: Option<Entitlement>,
    /// The resident price (period tickets; needs a valid Karta Krakowska).
    pub resident: bool,
}

/// The reduced fare is half the normal one, rounded up to a whole grosz.
pub fn reduced(normal: Money) -> Money {
    Money::from_grosze((normal.grosze() + 1) / 2)
}

/// The price of a choice in a tariff; None when the tariff does not sell it.
pub fn price(t: &Tariff, c: &Choice) -> Option<Money> {
    let p = t
        .prices
        .iter()
        .find(|p| p.product == c.product && p.zones == c.zones && p.resident == c.resident)?;
    Some(match c.reduced {
        Some(_) => reduced(p.amount),
        None => p.amount,
    })
}

/// Why a choice cannot be bought.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChoiceProblem {
    /// Not sold in this tariff (in these zones, at this price).
    NotSold,
    /// The resident price needs a valid Karta Krakowska.
    CardRequired,
    /// Short tickets: the vehicle number is two letters and three digits.
    VehicleInvalid,
    /// Period tickets start today or later, at most 30 days ahead.
    StartOutOfRange,
    /// One-line tickets name their line (1–999).
    LineInvalid,
    /// Period tickets carry the holder's name.
    HolderRequired,
}

/// How far ahead a period ticket may start.
pub const START_AHEAD_DAYS: i64 = 30;

/// Short tickets (valid from the moment of payment) name the vehicle; period tickets have a
/// start date, the holder's name and, for one line, the line.
pub fn check_vehicle(product: Product, vehicle: &str) -> Result<Option<Vehicle>, ChoiceProblem> {
    if product.is_period() || product == Product::WeekendFamily {
        return Ok(None);
    }
    Vehicle::parse(vehicle)
        .map(Some)
        .ok_or(ChoiceProblem::VehicleInvalid)
}

pub fn check_start(start: Date, today: Date) -> Result<Date, ChoiceProblem> {
    let ahead = (start - today).get_days();
    if start < today || i64::from(ahead) > START_AHEAD_DAYS {
        return Err(ChoiceProblem::StartOutOfRange);
    }
    Ok(start)
}

pub fn check_line(product: Product, line: &str) -> Result<Option<u16>, ChoiceProblem> {
    if product != Product::MonthlyLine {
        return Ok(None);
    }
    match line.trim().parse::<u16>() {
        Ok(n) if (1..=999).contains(&n) => Ok(Some(n)),
        _ => Err(ChoiceProblem::LineInvalid),
    }
}

/// The resident price only with a card valid on every day of the ticket.
pub fn check_card(
    c: &Choice,
    card_valid_until: Option<Date>,
    last_day: Date,
) -> Result<(), ChoiceProblem> {
    if c.resident && card_valid_until.is_none_or(|u| u < last_day) {
        return Err(ChoiceProblem::CardRequired);
    }
    Ok(())
}

/// When a ticket is valid, in Unix seconds (inclusive), from the moment it is paid (`paid`)
/// or, for a period ticket, from its start date:
/// - 15/30/60/90 minutes, 24/48/72 hours and 7 days from payment, as KMK app tickets are
///   validated at purchase;
/// - a single ride and a group's single ride: one ride in the vehicle named, which the
///   token bounds to 120 minutes from payment (the longest run in the network is shorter);
/// - the weekend family ticket: from payment (or Saturday 00:00, if bought on a weekday) to
///   Sunday 23:59:59 of that weekend;
/// - monthly tickets: from the start date's first second to the last second of the day before
///   the same date a month later (31 January → 28/29 February); half-year ones six months.
pub fn validity(product: Product, paid: i64, start: Option<Date>) -> (i64, i64) {
    use jiff::ToSpan;
    let minutes = |m: i64| (paid, paid + m * 60 - 1);
    let months = |n: i32| {
        let s = start.unwrap_or_else(|| day_of(paid));
        let end = s.checked_add(n.months()).unwrap_or(s);
        (day_start(s), day_start(end) - 1)
    };
    match product {
        Product::Minutes15 => minutes(15),
        Product::Minutes30 => minutes(30),
        Product::Minutes60 => minutes(60),
        Product::Minutes90 => minutes(90),
        Product::SingleRide | Product::GroupRide => minutes(120),
        Product::Hours24 => minutes(24 * 60),
        Product::Hours48 => minutes(48 * 60),
        Product::Hours72 => minutes(72 * 60),
        Product::Days7 => minutes(7 * 24 * 60),
        Product::WeekendFamily => {
            let day = day_of(paid);
            let to_saturday = match day.weekday() {
                jiff::civil::Weekday::Saturday => 0,
                jiff::civil::Weekday::Sunday => -1,
                w => 6 - i64::from(w.to_monday_zero_offset()) - 1,
            };
            let saturday = day.checked_add(to_saturday.days()).unwrap_or(day);
            let monday = saturday.checked_add(2.days()).unwrap_or(saturday);
            (paid.max(day_start(saturday)), day_start(monday) - 1)
        }
        Product::MonthlyNetwork | Product::MonthlyLine => months(1),
        Product::HalfYear => months(6),
    }
}

/// The tariffs in `../shared/domain/krakow-facts.md`: the tariff from 1 August 2024 and the
/// one from 2 March 2026. The server writes them into an empty database at start; from then
/// on they are data that clerks edit (future tariffs only).
pub fn seeded() -> Vec<Tariff> {
    use Product::*;
    use Zones::*;
    let p = |product, zones, resident, zl: i64, gr: i64, confirmed| Price {
        product,
        zones,
        resident,
        amount: Money::from_grosze(zl * 100 + gr),
        confirmed,
    };
    let both = |product, zl, gr, confirmed| {
        [
            p(product, City, false, zl, gr, confirmed),
            p(product, All, false, zl, gr, confirmed),
        ]
    };
    // 24 h to 7 days: the 2021 tariff's figures, which held until March 2026; the 2026
    // figures are not confirmed, so they are carried over, marked.
    let days = |confirmed| {
        vec![
            p(Hours24, City, false, 17, 0, confirmed),
            p(Hours24, All, false, 22, 0, confirmed),
            p(Hours48, City, false, 35, 0, confirmed),
            p(Hours48, All, false, 35, 0, confirmed),
            p(Hours72, City, false, 50, 0, confirmed),
            p(Hours72, All, false, 50, 0, confirmed),
            p(Days7, City, false, 56, 0, confirmed),
            p(Days7, All, false, 68, 0, confirmed),
        ]
    };
    let mut before = days(true);
    before.extend([
        p(MonthlyNetwork, City, true, 90, 0, true),
        p(MonthlyLine, City, true, 64, 0, true),
        p(HalfYear, City, true, 470, 0, true),
        // The 2021 figure; none published since.
        p(MonthlyNetwork, City, false, 148, 0, false),
    ]);
    let mut now = Vec::new();
    for (product, zl) in [
        (Minutes15, 4),
        (Minutes30, 6),
        (Minutes60, 8),
        (Minutes90, 9),
        (SingleRide, 6),
        (WeekendFamily, 25),
    ] {
        now.extend(both(product, zl, 0, true));
    }
    now.extend(days(false));
    now.extend([
        p(GroupRide, City, false, 50, 0, true),
        p(GroupRide, All, false, 60, 0, true),
        p(MonthlyNetwork, City, true, 99, 0, true),
        p(MonthlyLine, City, true, 72, 0, true),
        p(HalfYear, City, true, 515, 0, true),
        p(MonthlyNetwork, City, false, 148, 0, false),
    ]);
    // In the order the database gives them: by product, zones, then price.
    for prices in [&mut before, &mut now] {
        prices.sort_by_key(|p| (p.product, p.zones, p.resident));
    }
    vec![
        Tariff {
            id: 1,
            effective_from: jiff::civil::date(2024, 8, 1),
            prices: before,
        },
        Tariff {
            id: 2,
            effective_from: jiff::civil::date(2026, 3, 2),
            prices: now,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn choice(product: Product, zones: Zones) -> Choice {
        Choice {
            product,
            zones,
            reduced: None,
            resident: false,
        }
    }

    fn at(t: &[Tariff], day: Date, c: Choice) -> Option<i64> {
        price(in_force(t, day)?, &c).map(Money::grosze)
    }

    #[test]
    fn every_ticket_has_its_price_on_both_sides_of_the_march_2026_change() {
        use Product::*;
        use Zones::*;
        let t = seeded();
        let (before, after) = (date(2026, 3, 1), date(2026, 3, 2));
        // Short tickets are sold only from the 2026 tariff on (the facts give no earlier figure).
        for (p, zl) in [
            (Minutes15, 4),
            (Minutes30, 6),
            (Minutes60, 8),
            (Minutes90, 9),
            (SingleRide, 6),
        ] {
            for z in [City, All] {
                assert_eq!(at(&t, before, choice(p, z)), None, "{p:?}");
                assert_eq!(at(&t, after, choice(p, z)), Some(zl * 100), "{p:?}");
                let half = Choice {
                    reduced: Some(Entitlement::Student),
                    ..choice(p, z)
                };
                assert_eq!(at(&t, after, half), Some(zl * 50), "{p:?} reduced");
            }
        }
        for (p, z, zl) in [
            (Hours24, City, 17),
            (Hours24, All, 22),
            (Hours48, All, 35),
            (Hours72, City, 50),
            (Days7, City, 56),
            (Days7, All, 68),
        ] {
            assert_eq!(at(&t, before, choice(p, z)), Some(zl * 100), "{p:?}");
            assert_eq!(at(&t, after, choice(p, z)), Some(zl * 100), "{p:?}");
        }
        assert_eq!(at(&t, after, choice(GroupRide, City)), Some(5000));
        assert_eq!(at(&t, after, choice(GroupRide, All)), Some(6000));
        assert_eq!(at(&t, after, choice(WeekendFamily, All)), Some(2500));
        for (p, old, new) in [
            (MonthlyNetwork, 90, 99),
            (MonthlyLine, 64, 72),
            (HalfYear, 470, 515),
        ] {
            let r = Choice {
                resident: true,
                ..choice(p, City)
            };
            assert_eq!(at(&t, before, r), Some(old * 100), "{p:?}");
            assert_eq!(at(&t, after, r), Some(new * 100), "{p:?}");
            let half = Choice {
                reduced: Some(Entitlement::Pupil),
                ..r
            };
            assert_eq!(at(&t, after, half), Some(new * 50), "{p:?} reduced");
            // Period tickets are zone I only.
            assert_eq!(at(&t, after, Choice { zones: All, ..r }), None);
        }
        // Without a card: the network monthly only, at its last known price, marked.
        assert_eq!(at(&t, after, choice(MonthlyNetwork, City)), Some(14800));
        assert_eq!(at(&t, after, choice(HalfYear, City)), None);
        let now = in_force(&t, after).unwrap();
        assert!(now.prices.iter().filter(|p| !p.confirmed).all(|p| matches!(
            p.product,
            Hours24 | Hours48 | Hours72 | Days7 | MonthlyNetwork
        )));
        // Before any tariff: nothing.
        assert_eq!(in_force(&t, date(2024, 7, 31)), None);
        // Odd amounts: half rounded up to a grosz.
        assert_eq!(reduced(Money::from_grosze(999)).grosze(), 500);
    }

    #[test]
    fn only_a_tariff_yet_to_take_effect_may_be_edited() {
        let t = seeded();
        assert!(!editable(&t[1], date(2026, 3, 2)));
        assert!(editable(&t[1], date(2026, 3, 1)));
        assert!(!editable(&t[0], date(2026, 3, 1)));
    }

    #[test]
    fn vehicles_lines_starts_and_the_card_are_checked() {
        use Product::*;
        assert_eq!(
            check_vehicle(Minutes60, "hy605").unwrap().unwrap().as_str(),
            "HY605"
        );
        assert_eq!(
            check_vehicle(Minutes60, "605"),
            Err(ChoiceProblem::VehicleInvalid)
        );
        assert_eq!(
            check_vehicle(GroupRide, ""),
            Err(ChoiceProblem::VehicleInvalid)
        );
        assert_eq!(check_vehicle(MonthlyNetwork, ""), Ok(None));
        assert_eq!(check_vehicle(WeekendFamily, ""), Ok(None));
        assert_eq!(check_line(MonthlyLine, " 52 "), Ok(Some(52)));
        for bad in ["", "0", "1000", "52a", "-4"] {
            assert_eq!(
                check_line(MonthlyLine, bad),
                Err(ChoiceProblem::LineInvalid),
                "{bad}"
            );
        }
        assert_eq!(check_line(MonthlyNetwork, "x"), Ok(None));
        let today = date(2026, 11, 30);
        assert!(check_start(today, today).is_ok());
        assert!(check_start(date(2026, 12, 30), today).is_ok());
        assert_eq!(
            check_start(date(2026, 12, 31), today),
            Err(ChoiceProblem::StartOutOfRange)
        );
        assert_eq!(
            check_start(date(2026, 11, 29), today),
            Err(ChoiceProblem::StartOutOfRange)
        );
        let r = Choice {
            product: MonthlyNetwork,
            zones: Zones::City,
            reduced: None,
            resident: true,
        };
        let last = date(2026, 12, 29);
        assert_eq!(check_card(&r, None, last), Err(ChoiceProblem::CardRequired));
        assert_eq!(
            check_card(&r, Some(date(2026, 12, 28)), last),
            Err(ChoiceProblem::CardRequired)
        );
        assert!(check_card(&r, Some(last), last).is_ok());
        assert!(check_card(
            &Choice {
                resident: false,
                ..r
            },
            None,
            last
        )
        .is_ok());
    }

    #[test]
    fn validity_follows_the_kind_of_ticket_in_krakow_time() {
        use Product::*;
        // Monday 30 November 2026, 10:00 in Kraków (UTC+1).
        let paid = day_start(date(2026, 11, 30)) + 10 * 3600;
        assert_eq!(validity(Minutes15, paid, None), (paid, paid + 899));
        assert_eq!(validity(Minutes90, paid, None), (paid, paid + 5399));
        assert_eq!(validity(Hours24, paid, None), (paid, paid + 86_399));
        assert_eq!(validity(Days7, paid, None), (paid, paid + 7 * 86_400 - 1));
        assert_eq!(validity(SingleRide, paid, None).1, paid + 7199);
        // The weekend family ticket bought on Monday: the coming Saturday and Sunday.
        assert_eq!(
            validity(WeekendFamily, paid, None),
            (
                day_start(date(2026, 12, 5)),
                day_start(date(2026, 12, 7)) - 1
            )
        );
        // Bought on Sunday afternoon: from then to Sunday's end.
        let sunday = day_start(date(2026, 12, 6)) + 15 * 3600;
        assert_eq!(
            validity(WeekendFamily, sunday, None),
            (sunday, day_start(date(2026, 12, 7)) - 1)
        );
        let saturday = day_start(date(2026, 12, 5)) + 3600;
        assert_eq!(validity(WeekendFamily, saturday, None).0, saturday);
        // Monthly from 31 January: to the end of 27 February (the day before 28 February).
        let (from, until) = validity(MonthlyNetwork, paid, Some(date(2027, 1, 31)));
        assert_eq!(from, day_start(date(2027, 1, 31)));
        assert_eq!(until, day_start(date(2027, 2, 28)) - 1);
        // A month across the change to summer time (28 March 2027) ends at Kraków's midnight.
        let (_, until) = validity(MonthlyLine, paid, Some(date(2027, 3, 1)));
        assert_eq!(day_of(until), date(2027, 3, 31));
        assert_eq!(until + 1, day_start(date(2027, 4, 1)));
        let (from, until) = validity(HalfYear, paid, Some(date(2026, 12, 1)));
        assert_eq!(from, day_start(date(2026, 12, 1)));
        assert_eq!(until + 1, day_start(date(2027, 6, 1)));
    }
}
