//! The keys that sign tickets: kept outside the database (a file beside the server's other
//! keys, `<data folder>/keys/tickets.keys`, mode 0600, made on first start; or the environment
//! variable `KO_TICKET_KEYS`, which takes precedence), published as public keys with their
//! windows at `/tickets/keys.json`.
//!
//! One key a line: `ticket-key=<id> <first day> <last day> <seed: 64 hex digits>`, the days in
//! Kraków time (the key signs tickets issued from the first second of the first day to the last
//! second of the last one). To rotate, add a line with the next id whose first day is when the
//! new key takes over (`konto-server ticket-key` prints one), on every instance; keep the old
//! line while its tickets are valid. In the environment, lines are separated by `;`.
use crate::i18n::time::day_start;
use jiff::civil::Date;
use konto_ticket::{KeyRing, Signer};
use std::path::Path;

/// How long the key made on first start signs.
pub const FIRST_KEY_DAYS: i64 = 730;

fn window(from: Date, until: Date) -> Result<(u32, u32), String> {
    let next = until.tomorrow().map_err(|e| e.to_string())?;
    let (a, b) = (day_start(from), day_start(next) - 1);
    match (u32::try_from(a), u32::try_from(b)) {
        (Ok(a), Ok(b)) if a <= b => Ok((a, b)),
        _ => Err("the last day must not be before the first".into()),
    }
}

/// Reads the keys' text (file lines, or `;`-separated in the environment).
pub fn parse(text: &str) -> Result<KeyRing, String> {
    let mut ring = Vec::new();
    for (n, line) in text
        .split(['\n', ';'])
        .map(str::trim)
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
    {
        let bad = |why: &str| format!("line {}: {why}", n + 1);
        let rest = line
            .strip_prefix("ticket-key=")
            .ok_or_else(|| bad("`ticket-key=` expected"))?;
        let parts: Vec<&str> = rest.split_whitespace().collect();
        let [id, from, until, seed] = parts[..] else {
            return Err(bad("id, first day, last day and seed expected"));
        };
        let id: u16 = id.parse().map_err(|_| bad("the id is a number"))?;
        let from: Date = from
            .parse()
            .map_err(|_| bad("the first day is YYYY-MM-DD"))?;
        let until: Date = until
            .parse()
            .map_err(|_| bad("the last day is YYYY-MM-DD"))?;
        let (a, b) = window(from, until).map_err(|e| bad(&e))?;
        let seed: [u8; 32] = hex::decode(seed)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| bad("the seed is 64 hexadecimal digits"))?;
        if ring.iter().any(|s: &Signer| s.public.id == id) {
            return Err(bad("this id is used twice"));
        }
        ring.push(Signer::new(id, a, b, seed));
    }
    if ring.is_empty() {
        return Err("no ticket key".into());
    }
    Ok(KeyRing(ring))
}

/// A new key's line, with a fresh random seed.
pub fn new_line(id: u16, from: Date, until: Date) -> Result<String, String> {
    window(from, until)?;
    let seed: [u8; 32] = rand::random();
    Ok(format!(
        "ticket-key={id} {from} {until} {}",
        hex::encode(seed)
    ))
}

/// Loads the keys: the environment first, then the file; a missing file is made with one
/// key signing from `today` for [`FIRST_KEY_DAYS`]. Another instance making it at the same
/// moment is no error: its file is read.
pub fn load_or_create(path: &Path, today: Date) -> Result<KeyRing, String> {
    if let Some(v) = std::env::var("KO_TICKET_KEYS")
        .ok()
        .filter(|v| !v.trim().is_empty())
    {
        return parse(&v).map_err(|e| format!("KO_TICKET_KEYS: {e}"));
    }
    let at = |e: String| format!("{}: {e}", path.display());
    if !path.exists() {
        let until = today
            .checked_add(jiff::Span::new().days(FIRST_KEY_DAYS))
            .map_err(|e| e.to_string())?;
        let text = format!(
            "# Keys that sign KMK tickets. Keep secret, back up apart from the database.\n{}\n",
            new_line(1, today, until)?
        );
        match crate::platform::keys::write_private(path, &text) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(at(e.to_string())),
        }
    }
    let text = std::fs::read_to_string(path).map_err(|e| at(e.to_string()))?;
    parse(&text).map_err(at)
}

/// The public keys as `/tickets/keys.json` gives them.
pub fn published(ring: &KeyRing) -> serde_json::Value {
    let keys: Vec<serde_json::Value> = ring
        .public()
        .into_iter()
        .map(|k| {
            serde_json::json!({
                "id": k.id,
                "algorithm": "Ed25519",
                "public_key": hex::encode(k.key),
                "signs_from": k.from,
                "signs_until": k.until,
            })
        })
        .collect();
    serde_json::json!({ "format": konto_ticket::FORMAT, "keys": keys })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn key_lines_are_read_with_their_windows_in_krakow_time() {
        let a = new_line(1, date(2026, 11, 30), date(2027, 11, 29)).unwrap();
        let b = new_line(2, date(2027, 11, 1), date(2029, 10, 31)).unwrap();
        let ring = parse(&format!("# comment\n{a}\n\n{b}\n")).unwrap();
        assert_eq!(ring.0.len(), 2);
        let first = &ring.0[0].public;
        assert_eq!(i64::from(first.from), day_start(date(2026, 11, 30)));
        assert_eq!(i64::from(first.until) + 1, day_start(date(2027, 11, 30)));
        assert_eq!(
            parse(&format!("{a};{b}")).unwrap().0.len(),
            2,
            "the environment's form"
        );
        // The same seed gives the same key.
        assert_eq!(parse(&a).unwrap().0[0].public, first.clone());
        let json = published(&ring);
        assert_eq!(json["keys"][1]["id"], 2);
        assert!(
            !json.to_string().contains(&a[a.len() - 64..]),
            "no seed published"
        );
        for (bad, why) in [
            ("", "no ticket key"),
            ("key=1 2026-01-01 2026-12-31 00", "`ticket-key=` expected"),
            ("ticket-key=1 2026-01-01 2026-12-31", "expected"),
            ("ticket-key=x 2026-01-01 2026-12-31 00", "number"),
            ("ticket-key=1 2026-13-01 2026-12-31 00", "first day"),
            ("ticket-key=1 2026-12-31 2026-01-01 00", "before the first"),
        ] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
        }
        let short = "ticket-key=1 2026-01-01 2026-12-31 abcd";
        assert!(parse(short).unwrap_err().contains("64 hexadecimal"));
        assert!(parse(&format!("{a}\n{a}")).unwrap_err().contains("twice"));
    }
}
