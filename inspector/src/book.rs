//! What the device knows — the portal's public keys and the revocation list, kept in the
//! browser's storage between shifts — and the check of one ticket against them. Pure: the
//! same code runs in the browser and in the unit tests below.
use konto_ticket::code::{self, CodeError};
use konto_ticket::{PublicKey, Refusal, Revocations, Ticket};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A revocation list longer than this is refused (a device keeps it in local storage, a few
/// megabytes at most; the portal sends 20,000 ids a part).
pub const MAX_REVOKED: usize = 250_000;

/// The keys and the list, as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    keys: Vec<StoredKey>,
    revoked: BTreeSet<u64>,
    /// The list's version this device holds: the next part asked for starts here.
    version: u32,
    /// Unix seconds of the last complete refresh (keys and every part of the list); 0: never.
    refreshed: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct StoredKey {
    id: u16,
    key: String,
    from: u32,
    until: u32,
}

/// Why something the portal sent was not taken (nothing of it is kept).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookError {
    /// Not the JSON the portal writes, or a key that is not an Ed25519 key.
    Malformed,
    /// A ticket format this app does not read (the app needs an update).
    Format,
    /// A part of the list that does not start where this device's copy ends.
    OutOfOrder,
    /// A part not signed by a key this device knows.
    BadSignature,
    /// Longer than a device keeps.
    TooLong,
}

#[derive(Deserialize)]
struct KeysJson {
    format: u8,
    keys: Vec<KeyJson>,
}

#[derive(Deserialize)]
struct KeyJson {
    id: u16,
    algorithm: String,
    public_key: String,
    signs_from: u32,
    signs_until: u32,
}

#[derive(Deserialize)]
struct PartJson {
    key_id: u16,
    from: u32,
    to: u32,
    ids: Vec<u64>,
    signature: String,
}

/// What a check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The code could not be read: mistyped or not a ticket's code (said at the field).
    Unreadable(CodeError),
    Valid(Ticket),
    /// NOT VALID, with the reason and, when it could be read, what the ticket says.
    NotValid(Refusal, Option<Ticket>),
}

impl Book {
    /// The book as stored; anything unreadable is an empty book (the device then refreshes).
    pub fn from_json(s: &str) -> Book {
        serde_json::from_str(s).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn keys(&self) -> Vec<PublicKey> {
        self.keys
            .iter()
            .filter_map(|k| {
                let mut key = [0u8; konto_ticket::PUBLIC_KEY_LENGTH];
                hex::decode_to_slice(&k.key, &mut key).ok()?;
                Some(PublicKey {
                    id: k.id,
                    key,
                    from: k.from,
                    until: k.until,
                })
            })
            .collect()
    }

    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    pub fn revoked_count(&self) -> usize {
        self.revoked.len()
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    pub fn refreshed(&self) -> i64 {
        self.refreshed
    }

    pub fn mark_refreshed(&mut self, now: i64) {
        self.refreshed = now;
    }

    /// Takes the keys `/tickets/keys.json` publishes, in place of those held (a key the portal
    /// withdrew stops being trusted).
    pub fn take_keys(&mut self, json: &str) -> Result<usize, BookError> {
        let k: KeysJson = serde_json::from_str(json).map_err(|_| BookError::Malformed)?;
        if k.format != konto_ticket::FORMAT {
            return Err(BookError::Format);
        }
        let mut keys = Vec::with_capacity(k.keys.len());
        for j in k.keys {
            let mut raw = [0u8; konto_ticket::PUBLIC_KEY_LENGTH];
            if j.algorithm != "Ed25519"
                || hex::decode_to_slice(&j.public_key, &mut raw).is_err()
                || j.signs_from > j.signs_until
            {
                return Err(BookError::Malformed);
            }
            keys.push(StoredKey {
                id: j.id,
                key: j.public_key.to_ascii_lowercase(),
                from: j.signs_from,
                until: j.signs_until,
            });
        }
        self.keys = keys;
        Ok(self.keys.len())
    }

    /// Applies a part of the revocation list (`/tickets/revocations.json?since=N`) if it
    /// continues this device's copy and the portal signed it. Returns whether it brought
    /// anything new (false: the copy is up to date).
    pub fn apply(&mut self, json: &str) -> Result<bool, BookError> {
        let p: PartJson = serde_json::from_str(json).map_err(|_| BookError::Malformed)?;
        if p.from != self.version || p.to < p.from {
            return Err(BookError::OutOfOrder);
        }
        let signature = hex::decode(&p.signature).map_err(|_| BookError::Malformed)?;
        let part = Revocations {
            key_id: p.key_id,
            from: p.from,
            to: p.to,
            ids: p.ids,
        };
        if !part.verify(&signature, &self.keys()) {
            return Err(BookError::BadSignature);
        }
        if self.revoked.len() + part.ids.len() > MAX_REVOKED {
            return Err(BookError::TooLong);
        }
        self.revoked.extend(part.ids);
        self.version = part.to;
        Ok(part.to > part.from)
    }

    /// Checks a code, typed or read from a QR code, at `now` (Unix seconds).
    pub fn check(&self, text: &str, now: i64) -> Outcome {
        let token = match code::decode(text) {
            Ok(t) => t,
            Err(e) => return Outcome::Unreadable(e),
        };
        match konto_ticket::verify(&token, &self.keys(), |id| self.revoked.contains(&id), now) {
            Ok(t) => Outcome::Valid(t),
            Err(r) => Outcome::NotValid(r, Ticket::decode(&token).ok().map(|(t, _)| t)),
        }
    }
}

/// Whether the name on a passenger's document is the ticket's holder.
pub fn holder_matches(t: &Ticket, name: &str) -> Option<bool> {
    t.holder
        .map(|h| !name.trim().is_empty() && konto_ticket::holder_hash(name) == h)
}

#[cfg(test)]
mod tests {
    use super::*;
    use konto_ticket::{Product, Signer, Vehicle, Zones};

    const T0: u32 = 1_780_000_000;

    fn signer(id: u16, seed: u8) -> Signer {
        Signer::new(id, T0 - 86_400, T0 + 86_400 * 365, [seed; 32])
    }

    fn keys_json(signers: &[&Signer]) -> String {
        let keys: Vec<String> = signers
            .iter()
            .map(|s| {
                format!(
                    r#"{{"id":{},"algorithm":"Ed25519","public_key":"{}","signs_from":{},"signs_until":{}}}"#,
                    s.public.id,
                    hex::encode(s.public.key),
                    s.public.from,
                    s.public.until
                )
            })
            .collect();
        format!(r#"{{"format":1,"keys":[{}]}}"#, keys.join(","))
    }

    fn part(s: &Signer, from: u32, to: u32, ids: &[u64]) -> String {
        let r = Revocations {
            key_id: s.public.id,
            from,
            to,
            ids: ids.to_vec(),
        };
        let sig = s.sign_revocations(&r);
        format!(
            r#"{{"key_id":{},"from":{from},"to":{to},"ids":{:?},"signature":"{}"}}"#,
            s.public.id,
            ids,
            hex::encode(sig)
        )
    }

    fn ticket(id: u64) -> Ticket {
        Ticket {
            key_id: 0,
            id,
            product: Product::Minutes60,
            zones: Zones::City,
            reduced: None,
            resident: false,
            issued: T0,
            valid_from: T0,
            valid_until: T0 + 3600,
            vehicle: Vehicle::parse("HY605"),
            line: None,
            holder: None,
        }
    }

    fn code_of(s: &Signer, t: &Ticket) -> String {
        code::encode(&s.sign(t))
    }

    #[test]
    fn a_ticket_is_checked_with_the_keys_and_list_kept_on_the_device() {
        let a = signer(1, 7);
        let b = signer(2, 8);
        let mut book = Book::default();
        assert_eq!(book.take_keys(&keys_json(&[&a, &b])), Ok(2));
        let now = i64::from(T0) + 60;
        let t = ticket(41);
        let c = code_of(&a, &t);

        // Kept and read back, as between two shifts.
        let book2 = Book::from_json(&book.to_json());
        assert_eq!(book2, book);
        assert!(matches!(book2.check(&c, now), Outcome::Valid(ref v) if v.id == 41));
        // Typed in lower case with spaces instead of hyphens: the same ticket.
        let typed = c.to_lowercase().replace('-', " ");
        assert!(matches!(book.check(&typed, now), Outcome::Valid(_)));

        // The time window.
        assert_eq!(
            book.check(&c, i64::from(T0) - 1),
            Outcome::NotValid(
                Refusal::NotYetValid,
                Some(Ticket {
                    key_id: 1,
                    ..t.clone()
                })
            )
        );
        assert!(matches!(
            book.check(&c, i64::from(T0) + 3601),
            Outcome::NotValid(Refusal::Expired, Some(_))
        ));

        // A key the device does not know, and a forged signature.
        let stranger = signer(3, 9);
        assert!(matches!(
            book.check(&code_of(&stranger, &t), now),
            Outcome::NotValid(Refusal::UnknownKey, Some(_))
        ));
        let mut forged = a.sign(&t);
        forged[20] ^= 1;
        assert!(matches!(
            book.check(&code::encode(&forged), now),
            Outcome::NotValid(Refusal::BadSignature, _)
        ));

        // A slip of the finger is told apart from a forgery.
        let mut slip: Vec<char> = c.chars().collect();
        let i = slip.iter().position(|&ch| ch != '-' && ch != '0').unwrap();
        slip[i] = if slip[i] == '1' { '2' } else { '1' };
        let slip: String = slip.into_iter().collect();
        assert_eq!(
            book.check(&slip, now),
            Outcome::Unreadable(CodeError::Check)
        );
        assert_eq!(
            book.check("AAAAA-AAU-0", now),
            Outcome::Unreadable(CodeError::Character)
        );
        assert_eq!(book.check("", now), Outcome::Unreadable(CodeError::Check));

        // A withdrawn key is no longer trusted once the portal stops publishing it.
        assert_eq!(book.take_keys(&keys_json(&[&b])), Ok(1));
        assert!(matches!(
            book.check(&c, now),
            Outcome::NotValid(Refusal::UnknownKey, _)
        ));
    }

    #[test]
    fn the_revocation_list_is_applied_in_signed_parts_in_order() {
        let a = signer(1, 7);
        let mut book = Book::default();
        book.take_keys(&keys_json(&[&a])).unwrap();
        let now = i64::from(T0) + 60;
        let c = code_of(&a, &ticket(41));

        assert_eq!(book.apply(&part(&a, 0, 3, &[5, 41, 77])), Ok(true));
        assert_eq!(book.version(), 3);
        assert_eq!(book.revoked_count(), 3);
        assert!(matches!(
            book.check(&c, now),
            Outcome::NotValid(Refusal::Revoked, Some(_))
        ));
        // Nothing new.
        assert_eq!(book.apply(&part(&a, 3, 3, &[])), Ok(false));

        let before = book.clone();
        // A part that does not continue the copy, a forged one, one with an id added after
        // signing, and a stranger's: refused, and nothing changes.
        assert_eq!(
            book.apply(&part(&a, 5, 6, &[9])),
            Err(BookError::OutOfOrder)
        );
        let stranger = signer(3, 9);
        assert_eq!(
            book.apply(&part(&stranger, 3, 4, &[9])),
            Err(BookError::BadSignature)
        );
        let tampered = part(&a, 3, 4, &[9]).replace("[9]", "[9,12]");
        assert_eq!(book.apply(&tampered), Err(BookError::BadSignature));
        assert_eq!(book.apply("{not json"), Err(BookError::Malformed));
        assert_eq!(book, before);

        assert_eq!(book.apply(&part(&a, 3, 4, &[9])), Ok(true));
        assert_eq!(book.revoked_count(), 4);
        // Kept and read back with the list.
        assert_eq!(Book::from_json(&book.to_json()), book);
        // Storage that cannot be read is an empty book, not a crash.
        assert_eq!(Book::from_json("garbage"), Book::default());
    }

    #[test]
    fn keys_that_are_not_the_portals_format_are_refused_whole() {
        let a = signer(1, 7);
        let mut book = Book::default();
        book.take_keys(&keys_json(&[&a])).unwrap();
        let before = book.clone();
        for bad in [
            keys_json(&[&a]).replace(r#""format":1"#, r#""format":2"#),
            keys_json(&[&a]).replace("Ed25519", "RSA"),
            keys_json(&[&a]).replace(r#""public_key":""#, r#""public_key":"zz"#),
            "[]".to_string(),
        ] {
            assert!(book.take_keys(&bad).is_err(), "{bad}");
            assert_eq!(book, before);
        }
    }

    #[test]
    fn the_holders_name_is_compared_as_the_ticket_binds_it() {
        let mut t = ticket(1);
        assert_eq!(
            holder_matches(&t, "Anna Nowak"),
            None,
            "a short ticket has no holder"
        );
        t.holder = Some(konto_ticket::holder_hash("Anna Nowak"));
        assert_eq!(holder_matches(&t, "  ANNA   nowak "), Some(true));
        assert_eq!(holder_matches(&t, "Anna Kowalska"), Some(false));
        assert_eq!(holder_matches(&t, " "), Some(false));
    }
}
