//! Numbers as people write them in each language: digit groups, decimal separators, money.
use super::Lang;

/// Digits in groups of three: a no-break space in Polish and Ukrainian, a comma in English.
pub fn grouped(lang: Lang, n: u64) -> String {
    let sep = if lang == Lang::En { ',' } else { '\u{a0}' };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A decimal number with `places` digits after the separator: a comma in Polish and
/// Ukrainian, a point in English.
pub fn decimal(lang: Lang, x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    if lang == Lang::En {
        s
    } else {
        s.replace('.', ",")
    }
}

/// "1 520 000 zł" (Polish and Ukrainian), "1,520,000 zł" (English); grosze only when there
/// are any ("999,50 zł", "1,520,000.50 zł").
pub fn money(lang: Lang, grosze: i64) -> String {
    let sign = if grosze < 0 { "-" } else { "" };
    let abs = grosze.unsigned_abs();
    let (zl, gr) = (grouped(lang, abs / 100), abs % 100);
    let dec = if lang == Lang::En { '.' } else { ',' };
    if gr == 0 {
        format!("{sign}{zl}\u{a0}zł")
    } else {
        format!("{sign}{zl}{dec}{gr:02}\u{a0}zł")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_per_language() {
        assert_eq!(grouped(Lang::Pl, 1_520_000), "1\u{a0}520\u{a0}000");
        assert_eq!(grouped(Lang::En, 1_520_000), "1,520,000");
        assert_eq!(grouped(Lang::Uk, 999), "999");
        assert_eq!(decimal(Lang::Pl, 12.345, 1), "12,3");
        assert_eq!(decimal(Lang::En, 12.345, 2), "12.35");
        assert_eq!(
            money(Lang::Pl, 152_000_050),
            "1\u{a0}520\u{a0}000,50\u{a0}zł"
        );
        assert_eq!(money(Lang::En, 99_900), "999\u{a0}zł");
        assert_eq!(money(Lang::Uk, -150), "-1,50\u{a0}zł");
    }
}
