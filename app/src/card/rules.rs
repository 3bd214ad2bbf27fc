//! The card's rules, pure: the number as printed, the validity a clerk may record.
use jiff::civil::Date;
use jiff::ToSpan;

/// Why a card's details are refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardError {
    /// 8 to 20 digits (spaces and hyphens as printed are ignored).
    Number,
    /// A last day that is not a day, already past, or further than the card's 12 months
    /// (and a month's grace for a renewal) ahead.
    ValidUntil,
}

/// The number as printed on the card (or in the mobile card), digits only.
pub fn number(raw: &str) -> Result<String, CardError> {
    let digits: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if (8..=20).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) {
        Ok(digits)
    } else {
        Err(CardError::Number)
    }
}

/// A card is valid 12 months and renews: a clerk records its last day, today at the earliest
/// and at most 13 months ahead.
pub fn valid_until(raw: &str, today: Date) -> Result<Date, CardError> {
    let day: Date = raw.trim().parse().map_err(|_| CardError::ValidUntil)?;
    let latest = today.saturating_add(13.months());
    if day < today || day > latest {
        return Err(CardError::ValidUntil);
    }
    Ok(day)
}

/// The number with all but its last four digits hidden, for lists a clerk reads aloud.
pub fn masked(number: &str) -> String {
    let n = number.chars().count();
    number
        .chars()
        .enumerate()
        .map(|(i, c)| if i + 4 < n { '•' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_printed_are_read_and_others_refused() {
        assert_eq!(number("1234 5678 9012").unwrap(), "123456789012");
        assert_eq!(number(" 1234-5678 ").unwrap(), "12345678");
        assert_eq!(number("1234567").unwrap_err(), CardError::Number);
        assert_eq!(number(&"1".repeat(21)).unwrap_err(), CardError::Number);
        assert_eq!(number("1234567a").unwrap_err(), CardError::Number);
        assert_eq!(number("١٢٣٤٥٦٧٨").unwrap_err(), CardError::Number);
        assert_eq!(number("").unwrap_err(), CardError::Number);
        assert_eq!(masked("123456789012"), "••••••••9012");
    }

    #[test]
    fn validity_is_today_up_to_thirteen_months() {
        let today = jiff::civil::date(2026, 11, 30);
        assert_eq!(valid_until("2026-11-30", today).unwrap(), today);
        assert!(valid_until("2027-12-30", today).is_ok());
        assert_eq!(
            valid_until("2027-12-31", today).unwrap_err(),
            CardError::ValidUntil
        );
        assert_eq!(
            valid_until("2026-11-29", today).unwrap_err(),
            CardError::ValidUntil
        );
        assert_eq!(
            valid_until("30.11.2027", today).unwrap_err(),
            CardError::ValidUntil
        );
    }
}
