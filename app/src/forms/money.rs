//! Money: whole grosze (1 zł = 100 grosze), never a float and never złoty in transit.
//! Budgets, project costs, prices and taxes all use it; it is written out per language by
//! `i18n::format::money` ("1 520 000 zł", "1,520,000 zł") and read from what people type by
//! `Money::parse` ("1 200 000,00 zł", "999,50").
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(i64);

impl Money {
    pub const ZERO: Money = Money(0);

    pub const fn from_grosze(grosze: i64) -> Money {
        Money(grosze)
    }

    pub const fn grosze(self) -> i64 {
        self.0
    }

    /// As the person reading it writes money.
    pub fn text(self, lang: Lang) -> String {
        crate::i18n::format::money(lang, self.0)
    }

    /// For a form's field, as `parse` reads it back: "250000", "999,50" (no grouping, no
    /// currency, nothing rounded away).
    pub fn input_text(self) -> String {
        let (zl, gr) = (self.0 / 100, (self.0 % 100).abs());
        if gr == 0 {
            zl.to_string()
        } else {
            format!("{zl},{gr:02}")
        }
    }

    /// An amount in złoty as people write it: "250000", "250 000", "1.250.000", "999,50",
    /// "1 200 000,00 zł". None for anything else (negative, more than two decimal places,
    /// letters, more than a trillion złoty).
    pub fn parse(input: &str) -> Option<Money> {
        let s: String = input
            .trim()
            .trim_end_matches("zł")
            .trim_end_matches("PLN")
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
            .collect();
        if s.is_empty() {
            return None;
        }
        // The last comma or dot followed by one or two digits is the decimal separator; any
        // other dots are thousands separators.
        let (whole, frac) = match s.rfind([',', '.']) {
            Some(i) if (1..=2).contains(&(s.len() - i - 1)) => {
                let sep = s.as_bytes()[i] as char;
                if !s[..i]
                    .chars()
                    .all(|c| c.is_ascii_digit() || ((c == '.' || c == ',') && c != sep))
                {
                    return None;
                }
                (s[..i].replace(['.', ','], ""), &s[i + 1..])
            }
            Some(i) if s.len() - i - 1 == 3 => (s.replace(['.', ','], ""), ""),
            Some(_) => return None,
            None => (s.clone(), ""),
        };
        if whole.is_empty()
            || whole.len() > 12
            || !whole.chars().all(|c| c.is_ascii_digit())
            || !frac.chars().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let zl: i64 = whole.parse().ok()?;
        let gr: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().ok()? * 10,
            _ => frac.parse().ok()?,
        };
        Some(Money(zl * 100 + gr))
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money(self.0 + other.0)
    }
}

impl std::ops::Sub for Money {
    type Output = Money;
    fn sub(self, other: Money) -> Money {
        Money(self.0 - other.0)
    }
}

impl std::ops::AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.0 += other.0;
    }
}

impl std::ops::SubAssign for Money {
    fn sub_assign(&mut self, other: Money) {
        self.0 -= other.0;
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        Money(iter.map(|m| m.0).sum())
    }
}

// Stored as a plain integer of grosze.
#[cfg(feature = "ssr")]
crate::platform::db::stored_as_integer! { Money => |n| Some(Money(n)), |m| m.0 }

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_read_as_people_write_it_and_written_per_language() {
        for (text, grosze) in [
            ("250000", 25_000_000),
            ("250 000", 25_000_000),
            ("1.250.000", 125_000_000),
            ("999,50", 99_950),
            ("999,5", 99_950),
            ("1 200 000,00 zł", 120_000_000),
            ("12.5 PLN", 1_250),
            ("1,234", 123_400),
        ] {
            assert_eq!(
                Money::parse(text),
                Some(Money::from_grosze(grosze)),
                "{text}"
            );
        }
        for bad in ["", "-5", "1,2,3", "12a", "1,5000", "9999999999999"] {
            assert_eq!(Money::parse(bad), None, "{bad}");
        }
        let m = Money::from_grosze(152_000_050);
        assert_eq!(m.text(Lang::Pl), "1\u{a0}520\u{a0}000,50\u{a0}zł");
        assert_eq!(m.text(Lang::En), "1,520,000.50\u{a0}zł");
        assert_eq!(
            [m, Money::from_grosze(50)].into_iter().sum::<Money>() - m,
            Money::from_grosze(50)
        );
        assert_eq!(Money::from_grosze(99_950).input_text(), "999,50");
        assert_eq!(Money::from_grosze(25_000_000).input_text(), "250000");
        assert_eq!(Money::parse(&m.input_text()), Some(m));
        // In JSON (server functions, kept results) it is the plain number of grosze.
        assert_eq!(serde_json::to_string(&m).unwrap(), "152000050");
    }

    #[test]
    fn zloty_as_people_write_it() {
        assert_eq!(Money::parse("250000"), Some(Money::from_grosze(25_000_000)));
        assert_eq!(
            Money::parse("250 000"),
            Some(Money::from_grosze(25_000_000))
        );
        assert_eq!(
            Money::parse("1\u{a0}200\u{a0}000,50 zł"),
            Some(Money::from_grosze(120_000_050))
        );
        assert_eq!(
            Money::parse("1.250.000"),
            Some(Money::from_grosze(125_000_000))
        );
        assert_eq!(Money::parse("999,5"), Some(Money::from_grosze(99_950)));
        assert_eq!(Money::parse("999.99"), Some(Money::from_grosze(99_999)));
        assert_eq!(Money::parse("1,250"), Some(Money::from_grosze(125_000)));
        assert_eq!(Money::parse("1,250.50"), Some(Money::from_grosze(125_050)));
        for bad in [
            "",
            "zł",
            "-5",
            "12,345,6789",
            "1e6",
            "12,3456",
            "abc",
            ",50",
        ] {
            assert_eq!(Money::parse(bad), None, "{bad}");
        }
    }
}
