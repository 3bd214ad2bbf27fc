//! Local taxes' rules, pure: due dates (moved off weekends and public holidays, Tax Ordinance
//! art. 12 § 5), property-tax instalments (one sum when the year's tax is at most 100 zł), the
//! waste fee by month, late-payment interest (art. 53–56 and 63: daily, at the rate of each
//! day, rounded to full złoty, not charged up to three registered-letter fees), the
//! proportional split of a payment between arrears and interest (art. 55 § 2), and Polish
//! account numbers (NRB). Money is in grosze; rates in hundredths of a per cent (basis points).
use jiff::civil::{date, Date, Weekday};
use jiff::ToSpan;

/// Grosze.
pub type Money = i64;

/// Which rate the interest runs at (art. 56: the standard one; reduced and increased in the
/// cases the Ordinance names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum RateKind {
    Standard,
    Reduced,
    Increased,
}

impl RateKind {
    pub fn parse(s: &str) -> Option<RateKind> {
        match s {
            "standard" => Some(RateKind::Standard),
            "reduced" => Some(RateKind::Reduced),
            "increased" => Some(RateKind::Increased),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            RateKind::Standard => "standard",
            RateKind::Reduced => "reduced",
            RateKind::Increased => "increased",
        }
    }
}

/// The NBP lombard rate from a day (effective the day after the Council's decision).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lombard {
    pub from: Date,
    pub bp: i64,
}

/// The lombard rates from the facts file (NBP decisions), oldest first. Interest for a day
/// before the first is not computed (`InterestError::NoRate`), never guessed.
pub fn lombard_rates() -> Vec<Lombard> {
    [
        (date(2023, 10, 5), 625),
        (date(2025, 5, 8), 575),
        (date(2025, 7, 3), 550),
        (date(2025, 9, 4), 525),
        (date(2025, 10, 9), 500),
        (date(2025, 11, 6), 475),
        (date(2025, 12, 4), 450),
    ]
    .into_iter()
    .map(|(from, bp)| Lombard { from, bp })
    .collect()
}

/// The rate of a kind from a lombard rate: the standard one is 200 % of it plus 2 points and
/// never below 8 %; reduced is half of it, increased one and a half times.
pub fn rate_bp(lombard_bp: i64, kind: RateKind) -> i64 {
    let standard = (2 * lombard_bp + 200).max(800);
    match kind {
        RateKind::Standard => standard,
        RateKind::Reduced => standard / 2,
        RateKind::Increased => standard * 3 / 2,
    }
}

/// The registered-letter fee (art. 54 § 1 pkt 5: interest up to three times it is not
/// charged), from a day. From the facts file: 8.70 zł from 1 March 2025.
pub fn letter_fees() -> Vec<(Date, Money)> {
    vec![(date(2025, 3, 1), 870)]
}

/// The fee in force on a day (the earliest known before the table starts).
pub fn letter_fee(fees: &[(Date, Money)], day: Date) -> Money {
    fees.iter()
        .rev()
        .find(|(from, _)| *from <= day)
        .or_else(|| fees.first())
        .map_or(0, |(_, fee)| *fee)
}

/// Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher).
pub fn easter(year: i16) -> Date {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(year, month as i8, day as i8)
}

/// Polish public holidays (the 1951 act as amended; Christmas Eve from 2025).
pub fn is_holiday(d: Date) -> bool {
    let (m, day) = (d.month(), d.day());
    let fixed = matches!(
        (m, day),
        (1, 1) | (1, 6) | (5, 1) | (5, 3) | (8, 15) | (11, 1) | (11, 11) | (12, 25) | (12, 26)
    ) || (m == 12 && day == 24 && d.year() >= 2025);
    if fixed {
        return true;
    }
    let e = easter(d.year());
    // Easter Sunday and Monday, Pentecost (the 7th Sunday), Corpus Christi (60 days after).
    [0, 1, 49, 60]
        .into_iter()
        .any(|n: i64| e.checked_add(n.days()).ok() == Some(d))
}

/// A term ending on a Saturday, Sunday or public holiday ends on the next working day.
pub fn working_day_from(d: Date) -> Date {
    let mut day = d;
    while matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) || is_holiday(day) {
        day = day.tomorrow().unwrap_or(day);
        if day == Date::MAX {
            break;
        }
    }
    day
}

/// One instalment of a liability as decided: its amount and its due day (already moved to a
/// working day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Due {
    pub amount: Money,
    pub due: Date,
}

/// Property tax: four instalments (15 March, 15 May, 15 September, 15 November), or the whole
/// year's tax by 15 March when it is at most 100 zł. Amounts in full złoty (art. 63), the
/// złoty that do not divide by four on the first instalments.
pub fn property_instalments(year: i16, yearly: Money) -> Vec<Due> {
    if yearly <= 10_000 {
        return vec![Due {
            amount: yearly,
            due: working_day_from(date(year, 3, 15)),
        }];
    }
    split(yearly, &[(3, 15), (5, 15), (9, 15), (11, 15)], year)
}

/// Vehicle tax: two halves, by 15 February and 15 September.
pub fn vehicle_instalments(year: i16, yearly: Money) -> Vec<Due> {
    split(yearly, &[(2, 15), (9, 15)], year)
}

fn split(total: Money, days: &[(i8, i8)], year: i16) -> Vec<Due> {
    let n = days.len() as i64;
    let zloty = total / 100;
    let grosze = total % 100;
    days.iter()
        .enumerate()
        .map(|(i, &(m, d))| {
            let i = i as i64;
            let mut amount = (zloty / n + i64::from(i < zloty % n)) * 100;
            if i == 0 {
                amount += grosze;
            }
            Due {
                amount,
                due: working_day_from(date(year, m, d)),
            }
        })
        .collect()
}

/// The waste fee's rate per person and month, from a month on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WasteRate {
    pub from: Date,
    pub sorted: Money,
    pub unsorted: Money,
    /// For holders of the large-family card (sorting).
    pub large_family: Money,
}

/// Kraków's rates from the facts file: 23 zł from November 2020, 27 zł from July 2022, 35 zł
/// (70 zł unsorted, 28 zł large families) from 1 September 2025. The earlier unsorted and
/// large-family rates are not in the facts file: the sorted rate stands for them there.
pub fn waste_rates() -> Vec<WasteRate> {
    vec![
        WasteRate {
            from: date(2020, 11, 1),
            sorted: 2300,
            unsorted: 2300,
            large_family: 2300,
        },
        WasteRate {
            from: date(2022, 7, 1),
            sorted: 2700,
            unsorted: 2700,
            large_family: 2700,
        },
        WasteRate {
            from: date(2025, 9, 1),
            sorted: 3500,
            unsorted: 7000,
            large_family: 2800,
        },
    ]
}

/// What a household declared for the waste fee.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WasteDeclaration {
    pub residents: u32,
    pub sorted: bool,
    pub large_family: bool,
}

/// One month's fee at the rate in force in that month, due on `due_day` of the month (the
/// 14th by the 2016 resolution, unconfirmed: a parameter) moved to a working day. None before
/// the first known rate.
pub fn waste_month(
    rates: &[WasteRate],
    decl: WasteDeclaration,
    year: i16,
    month: i8,
    due_day: i8,
) -> Option<Due> {
    let first = date(year, month, 1);
    let r = rates.iter().rev().find(|r| r.from <= first)?;
    let per_person = if !decl.sorted {
        r.unsorted
    } else if decl.large_family {
        r.large_family
    } else {
        r.sorted
    };
    Some(Due {
        amount: per_person * i64::from(decl.residents),
        due: working_day_from(date(year, month, due_day)),
    })
}

/// Why interest cannot be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InterestError {
    /// A day before the first lombard rate in the table.
    NoRate,
    /// A negative amount.
    Amount,
}

/// Days at one rate.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Period {
    pub from: Date,
    pub to: Date,
    pub days: i64,
    pub rate_bp: i64,
    /// The exact interest of these days, in grosze (not rounded).
    pub exact: f64,
}

/// Interest on one amount overdue from the day after `due` to `paid` inclusive.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Interest {
    pub periods: Vec<Period>,
    /// The exact sum, in grosze, before rounding.
    pub exact: f64,
    /// Rounded to full złoty (half up), in grosze.
    pub rounded: Money,
    /// What is charged: `rounded`, or 0 when it does not exceed three registered-letter fees.
    pub charged: Money,
    /// Three letter fees on the day of payment.
    pub threshold: Money,
}

/// Interest on `amount` overdue after `due` and paid on `paid`: amount × days × rate / 365,
/// summed over the days at each rate, rounded to full złoty at the end (50 gr and over up),
/// not charged when the rounded sum does not exceed three registered-letter fees.
pub fn interest(
    amount: Money,
    due: Date,
    paid: Date,
    kind: RateKind,
    lombard: &[Lombard],
    fees: &[(Date, Money)],
) -> Result<Interest, InterestError> {
    if amount < 0 {
        return Err(InterestError::Amount);
    }
    let threshold = 3 * letter_fee(fees, paid);
    let mut periods = Vec::new();
    // numerator over 365 × 10,000 (grosze × days × basis points)
    let mut numerator: i128 = 0;
    let first = due.tomorrow().map_err(|_| InterestError::NoRate)?;
    if paid >= first && amount > 0 {
        let mut start = first;
        while start <= paid {
            let i = lombard
                .iter()
                .rposition(|l| l.from <= start)
                .ok_or(InterestError::NoRate)?;
            let next_change = lombard.get(i + 1).map(|l| l.from);
            let end = match next_change {
                Some(n) if n <= paid => n.yesterday().map_err(|_| InterestError::NoRate)?,
                _ => paid,
            };
            let days = i64::from((end - start).get_days()) + 1;
            let bp = rate_bp(lombard[i].bp, kind);
            let part = i128::from(amount) * i128::from(days) * i128::from(bp);
            numerator += part;
            periods.push(Period {
                from: start,
                to: end,
                days,
                rate_bp: bp,
                exact: part as f64 / 3_650_000.0,
            });
            start = match end.tomorrow() {
                Ok(d) => d,
                Err(_) => break,
            };
        }
    }
    // Full złoty, half up: grosze = numerator / 3,650,000; złoty = that / 100.
    let denominator: i128 = 365 * 10_000 * 100;
    let zloty = (2 * numerator + denominator) / (2 * denominator);
    let rounded = (zloty * 100) as Money;
    let charged = if rounded <= threshold { 0 } else { rounded };
    Ok(Interest {
        exact: numerator as f64 / 3_650_000.0,
        periods,
        rounded,
        charged,
        threshold,
    })
}

/// A payment that does not cover both arrears and interest is split between them in the
/// proportion in which they stand on the day of payment (art. 55 § 2). Returns (to arrears,
/// to interest), in grosze; the interest part rounded half up.
pub fn split_payment(payment: Money, arrears: Money, interest: Money) -> (Money, Money) {
    if payment >= arrears + interest || arrears + interest == 0 {
        return (
            arrears.min(payment),
            interest.min((payment - arrears).max(0)),
        );
    }
    let total = i128::from(arrears + interest);
    let to_interest =
        ((2 * i128::from(payment) * i128::from(interest) + total) / (2 * total)) as Money;
    (payment - to_interest, to_interest)
}

/// Why an account number is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NrbError {
    /// Not 26 digits (spaces, and "PL" in front, are allowed).
    Length,
    /// The IBAN check digits do not match.
    Checksum,
}

/// A Polish account number (NRB): 26 digits, the first two the IBAN check digits of
/// "PL" + the rest (ISO 13616, mod 97 = 1). Returns the 26 digits.
pub fn nrb(raw: &str) -> Result<String, NrbError> {
    let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let s = s
        .strip_prefix("PL")
        .or_else(|| s.strip_prefix("pl"))
        .unwrap_or(&s)
        .to_string();
    if s.len() != 26 || !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(NrbError::Length);
    }
    // BBAN, then P = 25, L = 21, then the check digits.
    let rearranged = format!("{}2521{}", &s[2..], &s[..2]);
    let m = rearranged
        .bytes()
        .fold(0u32, |m, b| (m * 10 + u32::from(b - b'0')) % 97);
    if m == 1 {
        Ok(s)
    } else {
        Err(NrbError::Checksum)
    }
}

/// The number as printed: "PL61 1090 1014 0000 0712 1981 2874" without "PL".
pub fn nrb_printed(digits: &str) -> String {
    let mut out = String::with_capacity(32);
    for (i, c) in digits.chars().enumerate() {
        if i == 2 || (i > 2 && (i - 2) % 4 == 0) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// An instalment owed, the liability it belongs to (any number the caller gives each
/// liability), and the rate its interest runs at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Owed {
    pub due: Due,
    pub kind: RateKind,
    pub liability: usize,
}

/// A payment: its day, its amount, and the liability it names (an `Owed::liability`), if it
/// names one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Payment {
    pub on: Date,
    pub amount: Money,
    pub names: Option<usize>,
}

/// How much of a payment went where.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Applied {
    pub payment: usize,
    pub instalment: usize,
    pub to_arrears: Money,
    pub to_interest: Money,
}

/// An instalment after the payments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Standing {
    /// Of the instalment's amount, paid.
    pub paid: Money,
    /// Still owed of the amount.
    pub arrears: Money,
    pub interest_paid: Money,
    /// Interest settled at a payment that did not cover it (art. 55 § 2), still owed.
    pub interest_owed: Money,
    /// The remaining arrears run interest from the day after this one.
    pub since: Date,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ledger {
    pub standing: Vec<Standing>,
    pub applied: Vec<Applied>,
    /// Paid beyond everything owed (an overpayment the office returns or sets against later
    /// liabilities).
    pub surplus: Money,
}

/// What an instalment is, on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Status {
    Paid,
    /// Not due yet, nothing paid.
    Due,
    /// Not due yet, part paid.
    PartlyPaid,
    /// Past its due day with something still owed (part may have been paid).
    Overdue,
}

/// Applies the payments in the order they were made, each to the oldest instalment still
/// owed of the liability it names, else (and with what is left) of any liability: its interest
/// as of the payment's day and its arrears both, or, when the payment does not cover both, in
/// proportion
/// (art. 55 § 2).
pub fn apply(
    owed: &[Owed],
    payments: &[Payment],
    lombard: &[Lombard],
    fees: &[(Date, Money)],
) -> Result<Ledger, InterestError> {
    let mut standing: Vec<Standing> = owed
        .iter()
        .map(|o| Standing {
            paid: 0,
            arrears: o.due.amount,
            interest_paid: 0,
            interest_owed: 0,
            since: o.due.due,
        })
        .collect();
    let mut oldest: Vec<usize> = (0..owed.len()).collect();
    oldest.sort_by_key(|&i| (owed[i].due.due, i));
    let mut order: Vec<usize> = (0..payments.len()).collect();
    order.sort_by_key(|&k| (payments[k].on, k));
    let mut applied = Vec::new();
    let mut surplus = 0;
    for k in order {
        let p = payments[k];
        let mut left = p.amount;
        let of_named = oldest
            .iter()
            .copied()
            .filter(|&i| Some(owed[i].liability) == p.names);
        let others = oldest
            .iter()
            .copied()
            .filter(|&i| Some(owed[i].liability) != p.names);
        let targets = of_named.chain(others);
        for i in targets {
            if left <= 0 {
                break;
            }
            let s = &mut standing[i];
            if s.arrears == 0 && s.interest_owed == 0 {
                continue;
            }
            let new = interest(s.arrears, s.since, p.on, owed[i].kind, lombard, fees)?.charged;
            let interest_due = s.interest_owed + new;
            let (to_arrears, to_interest) = split_payment(left, s.arrears, interest_due);
            s.arrears -= to_arrears;
            s.paid += to_arrears;
            s.interest_paid += to_interest;
            s.interest_owed = interest_due - to_interest;
            if p.on > s.since {
                s.since = p.on;
            }
            left -= to_arrears + to_interest;
            applied.push(Applied {
                payment: k,
                instalment: i,
                to_arrears,
                to_interest,
            });
        }
        surplus += left.max(0);
    }
    Ok(Ledger {
        standing,
        applied,
        surplus,
    })
}

impl Ledger {
    /// The instalment's state on `day`.
    pub fn status(&self, owed: &[Owed], i: usize, day: Date) -> Status {
        let s = &self.standing[i];
        if s.arrears == 0 && s.interest_owed == 0 {
            Status::Paid
        } else if day > owed[i].due.due {
            Status::Overdue
        } else if s.paid > 0 {
            Status::PartlyPaid
        } else {
            Status::Due
        }
    }

    /// The interest owed on an instalment if everything were paid on `day`: what earlier
    /// payments left unpaid, and the remaining arrears' interest since then.
    pub fn interest_on(
        &self,
        owed: &[Owed],
        i: usize,
        day: Date,
        lombard: &[Lombard],
        fees: &[(Date, Money)],
    ) -> Result<Money, InterestError> {
        let s = &self.standing[i];
        Ok(s.interest_owed
            + interest(s.arrears, s.since, day, owed[i].kind, lombard, fees)?.charged)
    }
}

/// An amount typed as złoty: "1234", "1 234,56", "1234.5". None for anything else.
pub fn parse_money(raw: &str) -> Option<Money> {
    let s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let s = s.replace(',', ".");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    if whole.is_empty() || whole.len() > 13 || frac.len() > 2 {
        return None;
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let w: i64 = whole.parse().ok()?;
    let f: i64 = format!("{frac:0<2}").parse().ok()?;
    Some(w * 100 + f)
}

/// "1234.56"
pub fn money_text(m: Money) -> String {
    format!(
        "{}{}.{:02}",
        if m < 0 { "-" } else { "" },
        m.abs() / 100,
        m.abs() % 100
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standard(amount: Money, due: Date, paid: Date) -> Interest {
        interest(
            amount,
            due,
            paid,
            RateKind::Standard,
            &lombard_rates(),
            &letter_fees(),
        )
        .unwrap()
    }

    #[test]
    fn rates_follow_the_lombard_rate_with_the_floor() {
        // 200 % of the lombard rate + 2 points: the periods the facts file lists.
        let standard: Vec<i64> = lombard_rates()
            .iter()
            .map(|l| rate_bp(l.bp, RateKind::Standard))
            .collect();
        assert_eq!(standard, vec![1450, 1350, 1300, 1250, 1200, 1150, 1100]);
        assert_eq!(rate_bp(625, RateKind::Reduced), 725);
        assert_eq!(rate_bp(625, RateKind::Increased), 2175);
        // Never below 8 %.
        assert_eq!(rate_bp(100, RateKind::Standard), 800);
        assert_eq!(rate_bp(100, RateKind::Reduced), 400);
    }

    #[test]
    fn interest_across_a_rate_change() {
        // 1,000 zł due 15 March 2025 (a Saturday: the 17th), paid 16 June 2025: 51 days at
        // 14.5 % (18 March – 7 May) and 40 days at 13.5 % (8 May – 16 June).
        let due = working_day_from(date(2025, 3, 15));
        assert_eq!(due, date(2025, 3, 17));
        let i = standard(100_000, due, date(2025, 6, 16));
        let p: Vec<(Date, Date, i64, i64)> = i
            .periods
            .iter()
            .map(|p| (p.from, p.to, p.days, p.rate_bp))
            .collect();
        assert_eq!(
            p,
            vec![
                (date(2025, 3, 18), date(2025, 5, 7), 51, 1450),
                (date(2025, 5, 8), date(2025, 6, 16), 40, 1350),
            ]
        );
        // 1000 × 51 × 0.145 / 365 + 1000 × 40 × 0.135 / 365 = 20.26 + 14.79 = 35.05 zł
        assert!((i.exact - 3505.48).abs() < 0.01, "{}", i.exact);
        assert_eq!(i.rounded, 3500);
        assert_eq!(i.charged, 3500);
        assert_eq!(i.threshold, 2610);
        // The reduced rate is half the standard one.
        let r = interest(
            100_000,
            due,
            date(2025, 6, 16),
            RateKind::Reduced,
            &lombard_rates(),
            &letter_fees(),
        )
        .unwrap();
        assert_eq!(r.rounded, 1800, "17.53 zł rounds to 18");
    }

    #[test]
    fn interest_is_rounded_half_up_to_full_zloty() {
        // 730 zł at 11 % is 22 gr a day: 25 days 5.50 zł (up), 24 days 5.28 zł (down).
        let due = date(2025, 12, 3);
        let up = standard(73_000, due, date(2025, 12, 28));
        assert_eq!(up.periods[0].days, 25);
        assert!((up.exact - 550.0).abs() < 1e-9);
        assert_eq!(up.rounded, 600);
        let down = standard(73_000, due, date(2025, 12, 27));
        assert_eq!(down.rounded, 500);
        // Both under three letter fees: not charged.
        assert_eq!(up.charged, 0);
    }

    #[test]
    fn interest_up_to_three_letter_fees_is_not_charged() {
        // 1,000 zł at 11 % is 30.14 gr a day: 86 days 25.92 zł (26 zł: not over 26.10 zł),
        // 88 days 26.52 zł (27 zł: charged).
        let due = date(2025, 12, 3);
        let under = standard(100_000, due, date(2026, 2, 27));
        assert_eq!(under.periods[0].days, 86);
        assert_eq!((under.rounded, under.charged), (2600, 0));
        let over = standard(100_000, due, date(2026, 3, 1));
        assert_eq!((over.rounded, over.charged), (2700, 2700));
        // Paid on the due day or before: no days, no interest.
        assert!(standard(100_000, due, due).periods.is_empty());
        assert_eq!(standard(100_000, due, date(2025, 11, 1)).rounded, 0);
        // A day before the table: refused, never guessed.
        assert_eq!(
            interest(
                100,
                date(2023, 1, 1),
                date(2024, 1, 1),
                RateKind::Standard,
                &lombard_rates(),
                &letter_fees()
            )
            .unwrap_err(),
            InterestError::NoRate
        );
        assert_eq!(letter_fee(&letter_fees(), date(2024, 1, 1)), 870);
    }

    #[test]
    fn a_short_payment_is_split_in_proportion() {
        // 500 zł against 1,000 zł of arrears and 35 zł of interest: 35/1035 of it to interest.
        assert_eq!(split_payment(50_000, 100_000, 3_500), (48_309, 1_691));
        // Enough for both: both paid, nothing more taken.
        assert_eq!(split_payment(200_000, 100_000, 3_500), (100_000, 3_500));
        assert_eq!(split_payment(103_500, 100_000, 3_500), (100_000, 3_500));
        // No interest: all to arrears.
        assert_eq!(split_payment(40_000, 100_000, 0), (40_000, 0));
        assert_eq!(split_payment(0, 100_000, 3_500), (0, 0));
    }

    #[test]
    fn due_days_move_off_weekends_and_holidays() {
        assert_eq!(easter(2025), date(2025, 4, 20));
        assert_eq!(easter(2026), date(2026, 4, 5));
        assert_eq!(easter(2024), date(2024, 3, 31));
        for (day, moved) in [
            ((2025, 3, 15), (2025, 3, 17)),   // Saturday
            ((2026, 3, 15), (2026, 3, 16)),   // Sunday
            ((2026, 5, 15), (2026, 5, 15)),   // a Friday stays
            ((2025, 11, 15), (2025, 11, 17)), // Saturday
            ((2026, 11, 11), (2026, 11, 12)), // Independence Day, a Wednesday
            ((2026, 4, 6), (2026, 4, 7)),     // Easter Monday
            ((2025, 6, 19), (2025, 6, 20)),   // Corpus Christi
            ((2025, 12, 24), (2025, 12, 29)), // Christmas Eve (a holiday from 2025), 25, 26, weekend
            ((2024, 12, 24), (2024, 12, 24)), // not yet a holiday in 2024
            ((2026, 1, 1), (2026, 1, 2)),
            ((2027, 1, 6), (2027, 1, 7)),   // Epiphany
            ((2026, 2, 15), (2026, 2, 16)), // Sunday (vehicle tax)
        ] {
            let d = date(day.0, day.1, day.2);
            assert_eq!(working_day_from(d), date(moved.0, moved.1, moved.2), "{d}");
        }
    }

    #[test]
    fn property_tax_in_one_sum_up_to_100_zloty_otherwise_four() {
        assert_eq!(
            property_instalments(2026, 10_000),
            vec![Due {
                amount: 10_000,
                due: date(2026, 3, 16)
            }]
        );
        let four = property_instalments(2026, 41_700);
        assert_eq!(
            four.iter().map(|d| d.amount).collect::<Vec<_>>(),
            vec![10_500, 10_400, 10_400, 10_400]
        );
        assert_eq!(
            four.iter().map(|d| d.due).collect::<Vec<_>>(),
            vec![
                date(2026, 3, 16),
                date(2026, 5, 15),
                date(2026, 9, 15),
                date(2026, 11, 16)
            ]
        );
        let just_over = property_instalments(2026, 10_001);
        assert_eq!(
            just_over.iter().map(|d| d.amount).collect::<Vec<_>>(),
            vec![2_501, 2_500, 2_500, 2_500]
        );
        for (year, total) in [(2025, 123_456), (2026, 10_003), (2027, 99_999_999)] {
            let sum: Money = property_instalments(year, total)
                .iter()
                .map(|d| d.amount)
                .sum();
            assert_eq!(sum, total);
        }
        let v = vehicle_instalments(2026, 150_100);
        assert_eq!(
            v,
            vec![
                Due {
                    amount: 75_100,
                    due: date(2026, 2, 16)
                },
                Due {
                    amount: 75_000,
                    due: date(2026, 9, 15)
                }
            ]
        );
    }

    #[test]
    fn the_waste_fee_follows_the_rate_of_each_month() {
        let rates = waste_rates();
        let three = WasteDeclaration {
            residents: 3,
            sorted: true,
            large_family: false,
        };
        let fee = |d: WasteDeclaration, y, m| waste_month(&rates, d, y, m, 14).unwrap();
        assert_eq!(fee(three, 2025, 8).amount, 8_100);
        assert_eq!(fee(three, 2025, 9).amount, 10_500);
        assert_eq!(
            fee(
                WasteDeclaration {
                    sorted: false,
                    ..three
                },
                2025,
                9
            )
            .amount,
            21_000
        );
        assert_eq!(
            fee(
                WasteDeclaration {
                    large_family: true,
                    ..three
                },
                2025,
                9
            )
            .amount,
            8_400
        );
        assert_eq!(fee(three, 2022, 6).amount, 6_900);
        // 14 December 2025 is a Sunday.
        assert_eq!(fee(three, 2025, 12).due, date(2025, 12, 15));
        assert_eq!(waste_month(&rates, three, 2019, 1, 14), None);
    }

    #[test]
    fn account_numbers_are_checked() {
        let n = nrb("PL61 1090 1014 0000 0712 1981 2874").unwrap();
        assert_eq!(n, "61109010140000071219812874");
        assert_eq!(nrb("61109010140000071219812874").unwrap(), n);
        assert_eq!(nrb_printed(&n), "61 1090 1014 0000 0712 1981 2874");
        assert_eq!(
            nrb("61 1090 1014 0000 0712 1981 2875").unwrap_err(),
            NrbError::Checksum
        );
        // Two digits swapped: caught.
        assert_eq!(
            nrb("61 1090 1014 0000 0712 1981 2847").unwrap_err(),
            NrbError::Checksum
        );
        assert_eq!(nrb("61 1090 1014").unwrap_err(), NrbError::Length);
        assert_eq!(
            nrb("61 1090 1014 0000 0712 1981 287X").unwrap_err(),
            NrbError::Length
        );
    }

    #[test]
    fn payments_go_to_the_oldest_first_and_a_short_one_is_split() {
        // Property tax 2025 of 4,000 zł: 1,000 zł on 17 March, 15 May, 15 September, 17 November.
        // (Each instalment named as its own liability here; `a_named_liability_…` below.)
        let owed: Vec<Owed> = property_instalments(2025, 400_000)
            .into_iter()
            .enumerate()
            .map(|(liability, due)| Owed {
                due,
                kind: RateKind::Standard,
                liability,
            })
            .collect();
        let (l, f) = (lombard_rates(), letter_fees());
        // The first paid on 16 June (35 zł of interest), 500 zł of it only; then 1,000 zł on
        // time for the second, and 2,000 zł on 1 December, not enough for everything else.
        let payments = [
            Payment {
                on: date(2025, 6, 16),
                amount: 50_000,
                names: Some(0),
            },
            Payment {
                on: date(2025, 5, 15),
                amount: 100_000,
                names: Some(1),
            },
            Payment {
                on: date(2025, 12, 1),
                amount: 200_000,
                names: None,
            },
        ];
        let ledger = apply(&owed, &payments, &l, &f).unwrap();
        // Applied in the order made: the on-time payment first.
        assert_eq!(
            ledger.applied[0],
            Applied {
                payment: 1,
                instalment: 1,
                to_arrears: 100_000,
                to_interest: 0
            }
        );
        // 500 zł against 1,000 zł and 35 zł: 16.91 zł to interest.
        assert_eq!(
            ledger.applied[1],
            Applied {
                payment: 0,
                instalment: 0,
                to_arrears: 48_309,
                to_interest: 1_691
            }
        );
        // Before 1 December: 516.91 zł of the first instalment left, and 18.09 zł of interest.
        let mid = apply(&owed, &payments[..2], &l, &f).unwrap();
        let first = mid.standing[0];
        assert_eq!(
            (first.arrears, first.interest_owed, first.since),
            (51_691, 1_809, date(2025, 6, 16))
        );
        assert_eq!(mid.status(&owed, 0, date(2025, 7, 1)), Status::Overdue);
        // On 1 December the oldest first: instalment 0 (its arrears since 16 June and the
        // 18.09 zł left), then 2 (overdue since 15 September), then 3 (due 17 November).
        let rest: Vec<usize> = ledger.applied[2..].iter().map(|a| a.instalment).collect();
        assert_eq!(rest, vec![0, 2, 3]);
        let i0 = interest(
            51_691,
            date(2025, 6, 16),
            date(2025, 12, 1),
            RateKind::Standard,
            &l,
            &f,
        )
        .unwrap()
        .charged;
        assert_eq!(ledger.applied[2].to_interest, 1_809 + i0);
        let i2 = interest(
            100_000,
            date(2025, 9, 15),
            date(2025, 12, 1),
            RateKind::Standard,
            &l,
            &f,
        )
        .unwrap()
        .charged;
        assert_eq!(ledger.applied[3].to_interest, i2);
        // 1,000 zł two weeks late: 4.76 zł, under three letter fees, not charged.
        assert_eq!(ledger.applied[4].to_interest, 0);
        let paid: Money = ledger
            .applied
            .iter()
            .map(|a| a.to_arrears + a.to_interest)
            .sum();
        // Every grosz of the 3,500 zł is accounted for.
        assert_eq!(paid + ledger.surplus, 350_000);
        assert_eq!(ledger.status(&owed, 0, date(2025, 12, 1)), Status::Paid);
        assert_eq!(ledger.status(&owed, 1, date(2025, 12, 1)), Status::Paid);
        // 3,500 zł paid against 4,000 zł and the interest: the last instalment is part paid,
        // overdue since 17 November.
        let last = ledger.standing[3];
        assert!(last.arrears > 0 && last.paid > 0);
        assert_eq!(ledger.status(&owed, 3, date(2025, 12, 1)), Status::Overdue);
        assert_eq!(
            ledger.status(&owed, 3, date(2025, 11, 1)),
            Status::PartlyPaid
        );
        assert_eq!(ledger.surplus, 0);
    }

    #[test]
    fn statuses_interest_to_a_day_and_surplus() {
        let owed = [Owed {
            due: Due {
                amount: 100_000,
                due: date(2025, 12, 3),
            },
            kind: RateKind::Standard,
            liability: 0,
        }];
        let (l, f) = (lombard_rates(), letter_fees());
        let none = apply(&owed, &[], &l, &f).unwrap();
        assert_eq!(none.status(&owed, 0, date(2025, 12, 3)), Status::Due);
        assert_eq!(none.status(&owed, 0, date(2025, 12, 4)), Status::Overdue);
        // "If I pay on …": 26 zł on 27 February is not charged, 27 zł on 1 March is.
        assert_eq!(none.interest_on(&owed, 0, date(2026, 2, 27), &l, &f), Ok(0));
        assert_eq!(
            none.interest_on(&owed, 0, date(2026, 3, 1), &l, &f),
            Ok(2_700)
        );
        // Paid early, with 10 zł too much.
        let early = apply(
            &owed,
            &[Payment {
                on: date(2025, 11, 20),
                amount: 101_000,
                names: Some(7),
            }],
            &l,
            &f,
        )
        .unwrap();
        assert_eq!(early.status(&owed, 0, date(2026, 1, 1)), Status::Paid);
        assert_eq!(early.surplus, 1_000);
        let part = apply(
            &owed,
            &[Payment {
                on: date(2025, 11, 20),
                amount: 40_000,
                names: None,
            }],
            &l,
            &f,
        )
        .unwrap();
        assert_eq!(
            part.status(&owed, 0, date(2025, 11, 30)),
            Status::PartlyPaid
        );
        assert_eq!(
            part.standing[0].since,
            date(2025, 12, 3),
            "runs from the due day"
        );
    }

    #[test]
    fn a_named_liability_takes_the_payment_oldest_instalment_first() {
        // Property tax 2026 of 1,200 zł (liability 0: 300 zł on 16 March, 15 May, 15 September,
        // 16 November) and vehicle tax 2026 of 1,000 zł (liability 1: 500 zł on 16 February and
        // 15 September).
        let mut owed: Vec<Owed> = property_instalments(2026, 120_000)
            .into_iter()
            .map(|due| Owed {
                due,
                kind: RateKind::Standard,
                liability: 0,
            })
            .collect();
        owed.extend(
            vehicle_instalments(2026, 100_000)
                .into_iter()
                .map(|due| Owed {
                    due,
                    kind: RateKind::Standard,
                    liability: 1,
                }),
        );
        let (l, f) = (lombard_rates(), letter_fees());
        let went = |payment: Payment| -> Vec<(usize, Money)> {
            apply(&owed, &[payment], &l, &f)
                .unwrap()
                .applied
                .iter()
                .map(|a| (a.instalment, a.to_arrears))
                .collect()
        };
        // 1,500 zł naming the property tax on 20 March: all of it, the later instalments paid
        // ahead, then what is left to the oldest owed of the rest, the vehicle tax's half (a
        // month late, about 4.5 zł of interest: not charged).
        let named = Payment {
            on: date(2026, 3, 20),
            amount: 150_000,
            names: Some(0),
        };
        assert_eq!(
            went(named),
            vec![
                (0, 30_000),
                (1, 30_000),
                (2, 30_000),
                (3, 30_000),
                (4, 30_000)
            ]
        );
        // Naming nothing: the oldest first, whatever the liability.
        assert_eq!(
            went(Payment {
                names: None,
                amount: 60_000,
                ..named
            }),
            vec![(4, 50_000), (0, 10_000)]
        );
    }

    #[test]
    fn money_as_typed() {
        assert_eq!(parse_money("1234"), Some(123_400));
        assert_eq!(parse_money("1 234,5"), Some(123_450));
        assert_eq!(parse_money("0.07"), Some(7));
        for bad in ["", "-5", "1.234", "12a", ",5", "1e3"] {
            assert_eq!(parse_money(bad), None, "{bad}");
        }
        assert_eq!(money_text(123_405), "1234.05");
        assert_eq!(money_text(-5), "-0.05");
    }
}
