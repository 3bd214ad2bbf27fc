//! The signed KMK ticket: a compact binary payload signed with Ed25519, shown as a QR code and
//! as a code that can be typed, and the signed list of revoked tickets. Pure and small, so
//! that the portal (which signs) and the inspector app (which verifies offline, in
//! WebAssembly) share one definition of the format.
//!
//! Format 1, all integers big-endian:
//!
//! | bytes | field |
//! |---|---|
//! | 1 | format (1) |
//! | 2 | key id |
//! | 8 | ticket id |
//! | 1 | product ([`Product`]) |
//! | 1 | zones ([`Zones`]) |
//! | 1 | fare: 0 normal, otherwise the reduced-fare entitlement ([`Entitlement`]) |
//! | 4 | issued (Unix seconds) |
//! | 4 | valid from |
//! | 4 | valid until |
//! | 1 | flags: 1 vehicle, 2 line, 4 holder, 8 resident price (Karta Krakowska) |
//! | 3 | vehicle, if flagged: two letters and three digits packed |
//! | 2 | line, if flagged |
//! | 8 | holder, if flagged: the first 8 bytes of SHA-256 over the normalised name |
//! | 64 | Ed25519 signature over `"KMK-TICKET/1"` and every byte above |
//!
//! A short ticket is 94 bytes, a period ticket 99 to 101 (UIC 918.3 and VDV barcodes carry
//! 300 and more).
#![forbid(unsafe_code)]

use ed25519_dalek::{Signature, VerifyingKey};
use sha2::{Digest, Sha256};

pub use ed25519_dalek::{SigningKey, PUBLIC_KEY_LENGTH};

/// The format this crate writes and reads.
pub const FORMAT: u8 = 1;
const TICKET_CONTEXT: &[u8] = b"KMK-TICKET/1";
const REVOKED_CONTEXT: &[u8] = b"KMK-REVOKED/1";
const HOLDER_CONTEXT: &[u8] = b"KMK-HOLDER/1\0";
const FIXED: usize = 27;
const SIGNATURE: usize = 64;
const VEHICLE: u8 = 1;
const LINE: u8 = 2;
const HOLDER: u8 = 4;
const RESIDENT: u8 = 8;

/// What was bought. The codes are part of the format: never renumber them.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Product {
    Minutes15,
    Minutes30,
    Minutes60,
    Minutes90,
    SingleRide,
    Hours24,
    Hours48,
    Hours72,
    Days7,
    GroupRide,
    WeekendFamily,
    MonthlyNetwork,
    MonthlyLine,
    HalfYear,
}

impl Product {
    pub const ALL: [Product; 14] = [
        Product::Minutes15,
        Product::Minutes30,
        Product::Minutes60,
        Product::Minutes90,
        Product::SingleRide,
        Product::Hours24,
        Product::Hours48,
        Product::Hours72,
        Product::Days7,
        Product::GroupRide,
        Product::WeekendFamily,
        Product::MonthlyNetwork,
        Product::MonthlyLine,
        Product::HalfYear,
    ];

    pub fn code(self) -> u8 {
        match self {
            Product::Minutes15 => 1,
            Product::Minutes30 => 2,
            Product::Minutes60 => 3,
            Product::Minutes90 => 4,
            Product::SingleRide => 5,
            Product::Hours24 => 6,
            Product::Hours48 => 7,
            Product::Hours72 => 8,
            Product::Days7 => 9,
            Product::GroupRide => 10,
            Product::WeekendFamily => 11,
            Product::MonthlyNetwork => 12,
            Product::MonthlyLine => 13,
            Product::HalfYear => 14,
        }
    }

    pub fn from_code(c: u8) -> Option<Product> {
        Product::ALL.into_iter().find(|p| p.code() == c)
    }

    /// A period ticket: named, bought ahead for a start date.
    pub fn is_period(self) -> bool {
        matches!(
            self,
            Product::MonthlyNetwork | Product::MonthlyLine | Product::HalfYear
        )
    }
}

/// Zone I is the city; zones II and III the neighbouring communes.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Zones {
    /// Zone I only.
    City,
    /// Zones I, II and III.
    All,
}

impl Zones {
    pub fn code(self) -> u8 {
        match self {
            Zones::City => 1,
            Zones::All => 3,
        }
    }

    pub fn from_code(c: u8) -> Option<Zones> {
        match c {
            1 => Some(Zones::City),
            3 => Some(Zones::All),
            _ => None,
        }
    }
}

/// Why a reduced fare (half the normal one) is paid: the ticket states it, and the inspector
/// asks for the document. The codes are part of the format: never renumber them.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Entitlement {
    /// A student with a student card, until the age of 26.
    Student,
    /// A doctoral student with a doctoral card, until the age of 35.
    DoctoralStudent,
    /// A pupil of a secondary school with a school card, until the age of 24.
    Pupil,
    /// A pensioner with a pension card.
    Pensioner,
    /// A combatant or a victim of war and post-war repression, with the certificate.
    Veteran,
}

impl Entitlement {
    pub const ALL: [Entitlement; 5] = [
        Entitlement::Student,
        Entitlement::DoctoralStudent,
        Entitlement::Pupil,
        Entitlement::Pensioner,
        Entitlement::Veteran,
    ];

    pub fn code(self) -> u8 {
        match self {
            Entitlement::Student => 1,
            Entitlement::DoctoralStudent => 2,
            Entitlement::Pupil => 3,
            Entitlement::Pensioner => 4,
            Entitlement::Veteran => 5,
        }
    }

    pub fn from_code(c: u8) -> Option<Entitlement> {
        Entitlement::ALL.into_iter().find(|e| e.code() == c)
    }
}

/// A vehicle's number as printed above its validators: two letters and three digits
/// ("HY605"). Held upper-case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Vehicle([u8; 5]);

impl Vehicle {
    /// Reads a number as typed: spaces and hyphens ignored, letters in either case.
    pub fn parse(s: &str) -> Option<Vehicle> {
        let mut out = [0u8; 5];
        let mut n = 0;
        for c in s.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            if n == 5 || !c.is_ascii() {
                return None;
            }
            let c = c.to_ascii_uppercase() as u8;
            let ok = if n < 2 {
                c.is_ascii_uppercase()
            } else {
                c.is_ascii_digit()
            };
            if !ok {
                return None;
            }
            out[n] = c;
            n += 1;
        }
        (n == 5).then_some(Vehicle(out))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters and digits are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("")
    }

    fn pack(self) -> [u8; 3] {
        let b = self.0;
        let v = (u32::from(b[0] - b'A') * 26 + u32::from(b[1] - b'A')) * 1000
            + u32::from(b[2] - b'0') * 100
            + u32::from(b[3] - b'0') * 10
            + u32::from(b[4] - b'0');
        let [_, x, y, z] = v.to_be_bytes();
        [x, y, z]
    }

    fn unpack(b: [u8; 3]) -> Option<Vehicle> {
        let v = u32::from_be_bytes([0, b[0], b[1], b[2]]);
        let (letters, digits) = (v / 1000, v % 1000);
        if letters >= 26 * 26 {
            return None;
        }
        Some(Vehicle([
            b'A' + (letters / 26) as u8,
            b'A' + (letters % 26) as u8,
            b'0' + (digits / 100) as u8,
            b'0' + (digits / 10 % 10) as u8,
            b'0' + (digits % 10) as u8,
        ]))
    }
}

impl std::fmt::Display for Vehicle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The holder's name as the ticket binds it: the first 8 bytes of SHA-256 over the name with
/// its letters in lower case and its spaces collapsed, so "Anna  Nowak" and "ANNA NOWAK"
/// give the same value and an inspector can check the name on an identity document.
pub fn holder_hash(name: &str) -> [u8; 8] {
    let normal: Vec<String> = name.split_whitespace().map(|w| w.to_lowercase()).collect();
    let mut h = Sha256::new();
    h.update(HOLDER_CONTEXT);
    h.update(normal.join(" ").as_bytes());
    let d = h.finalize();
    let mut out = [0u8; 8];
    out.copy_from_slice(&d[..8]);
    out
}

/// Everything a ticket says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ticket {
    pub key_id: u16,
    pub id: u64,
    pub product: Product,
    pub zones: Zones,
    /// None: the normal fare.
    pub reduced: Option<Entitlement>,
    /// The resident price, which needs a valid Karta Krakowska.
    pub resident: bool,
    pub issued: u32,
    pub valid_from: u32,
    pub valid_until: u32,
    pub vehicle: Option<Vehicle>,
    pub line: Option<u16>,
    pub holder: Option<[u8; 8]>,
}

impl Ticket {
    /// The signed bytes (everything but the signature).
    pub fn payload(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(FIXED + 13);
        b.push(FORMAT);
        b.extend_from_slice(&self.key_id.to_be_bytes());
        b.extend_from_slice(&self.id.to_be_bytes());
        b.push(self.product.code());
        b.push(self.zones.code());
        b.push(self.reduced.map_or(0, Entitlement::code));
        b.extend_from_slice(&self.issued.to_be_bytes());
        b.extend_from_slice(&self.valid_from.to_be_bytes());
        b.extend_from_slice(&self.valid_until.to_be_bytes());
        let flags = if self.vehicle.is_some() { VEHICLE } else { 0 }
            | if self.line.is_some() { LINE } else { 0 }
            | if self.holder.is_some() { HOLDER } else { 0 }
            | if self.resident { RESIDENT } else { 0 };
        b.push(flags);
        if let Some(v) = self.vehicle {
            b.extend_from_slice(&v.pack());
        }
        if let Some(l) = self.line {
            b.extend_from_slice(&l.to_be_bytes());
        }
        if let Some(h) = self.holder {
            b.extend_from_slice(&h);
        }
        b
    }

    /// The token: the payload and its signature.
    #[cfg(feature = "sign")]
    pub fn sign(&self, key: &SigningKey) -> Vec<u8> {
        use ed25519_dalek::Signer;
        let mut b = self.payload();
        let sig = key.sign(&context(TICKET_CONTEXT, &b));
        b.extend_from_slice(&sig.to_bytes());
        b
    }

    /// Reads a token's payload without checking its signature (see [`verify`]).
    pub fn decode(token: &[u8]) -> Result<(Ticket, usize), Refusal> {
        let get = |at: usize, n: usize| token.get(at..at + n).ok_or(Refusal::Malformed);
        if token.first() != Some(&FORMAT) {
            return Err(Refusal::Malformed);
        }
        let u16_at = |at| get(at, 2).map(|s| u16::from_be_bytes([s[0], s[1]]));
        let u32_at = |at| get(at, 4).map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]));
        let mut id = [0u8; 8];
        id.copy_from_slice(get(3, 8)?);
        let product = Product::from_code(get(11, 1)?[0]).ok_or(Refusal::Malformed)?;
        let zones = Zones::from_code(get(12, 1)?[0]).ok_or(Refusal::Malformed)?;
        let reduced = match get(13, 1)?[0] {
            0 => None,
            c => Some(Entitlement::from_code(c).ok_or(Refusal::Malformed)?),
        };
        let flags = get(26, 1)?[0];
        if flags & !(VEHICLE | LINE | HOLDER | RESIDENT) != 0 {
            return Err(Refusal::Malformed);
        }
        let mut at = FIXED;
        let vehicle = if flags & VEHICLE != 0 {
            let s = get(at, 3)?;
            at += 3;
            Some(Vehicle::unpack([s[0], s[1], s[2]]).ok_or(Refusal::Malformed)?)
        } else {
            None
        };
        let line = if flags & LINE != 0 {
            let l = u16_at(at)?;
            at += 2;
            Some(l)
        } else {
            None
        };
        let holder = if flags & HOLDER != 0 {
            let mut h = [0u8; 8];
            h.copy_from_slice(get(at, 8)?);
            at += 8;
            Some(h)
        } else {
            None
        };
        let t = Ticket {
            key_id: u16_at(1)?,
            id: u64::from_be_bytes(id),
            product,
            zones,
            reduced,
            resident: flags & RESIDENT != 0,
            issued: u32_at(14)?,
            valid_from: u32_at(18)?,
            valid_until: u32_at(22)?,
            vehicle,
            line,
            holder,
        };
        Ok((t, at))
    }
}

fn context(ctx: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(ctx.len() + payload.len());
    m.extend_from_slice(ctx);
    m.extend_from_slice(payload);
    m
}

/// A public key as published, with the time in which it signs tickets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKey {
    pub id: u16,
    pub key: [u8; PUBLIC_KEY_LENGTH],
    /// Unix seconds: it signs tickets issued from this moment…
    pub from: u32,
    /// …until this one (inclusive).
    pub until: u32,
}

/// A signing key with its published part (the portal only).
#[cfg(feature = "sign")]
#[derive(Clone)]
pub struct Signer {
    pub public: PublicKey,
    key: SigningKey,
}

#[cfg(feature = "sign")]
impl Signer {
    /// The key from its 32-byte seed, signing tickets issued from `from` to `until` (Unix
    /// seconds, inclusive).
    pub fn new(id: u16, from: u32, until: u32, seed: [u8; 32]) -> Signer {
        let key = SigningKey::from_bytes(&seed);
        Signer {
            public: PublicKey {
                id,
                key: key.verifying_key().to_bytes(),
                from,
                until,
            },
            key,
        }
    }

    /// The seed, for the key file.
    pub fn seed(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    /// Signs a ticket under this key (its key id set to this key's).
    pub fn sign(&self, t: &Ticket) -> Vec<u8> {
        let t = Ticket {
            key_id: self.public.id,
            ..t.clone()
        };
        t.sign(&self.key)
    }

    pub fn sign_revocations(&self, r: &Revocations) -> [u8; 64] {
        Revocations {
            key_id: self.public.id,
            ..r.clone()
        }
        .sign(&self.key)
    }
}

#[cfg(feature = "sign")]
impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Signer({}, …)", self.public.id)
    }
}

/// The portal's signing keys: several while they rotate.
#[cfg(feature = "sign")]
#[derive(Clone, Debug, Default)]
pub struct KeyRing(pub Vec<Signer>);

#[cfg(feature = "sign")]
impl KeyRing {
    /// The key that signs at `now`: of those whose window holds it, the one that started
    /// last (a new key takes over as soon as it starts; the old one's tickets stay valid).
    pub fn active(&self, now: i64) -> Option<&Signer> {
        self.0
            .iter()
            .filter(|s| i64::from(s.public.from) <= now && now <= i64::from(s.public.until))
            .max_by_key(|s| (s.public.from, s.public.id))
    }

    /// What is published: every key's public part and window.
    pub fn public(&self) -> Vec<PublicKey> {
        self.0.iter().map(|s| s.public.clone()).collect()
    }
}

/// Why a ticket is NOT VALID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("not a ticket of a known format")]
    Malformed,
    #[error("signed with a key this device does not know")]
    UnknownKey,
    #[error("the signature does not match: forged or altered")]
    BadSignature,
    #[error("issued outside the signing key's validity")]
    KeyNotValid,
    #[error("revoked (refunded)")]
    Revoked,
    #[error("not valid yet")]
    NotYetValid,
    #[error("expired")]
    Expired,
}

/// Checks a token at the time `now` (Unix seconds): the format, the key, the signature, the
/// key's validity at the ticket's issue, revocation, then the time window, and returns what
/// the ticket says. `revoked` answers whether a ticket id is on the revocation list.
pub fn verify(
    token: &[u8],
    keys: &[PublicKey],
    revoked: impl Fn(u64) -> bool,
    now: i64,
) -> Result<Ticket, Refusal> {
    let (t, len) = Ticket::decode(token)?;
    if token.len() != len + SIGNATURE {
        return Err(Refusal::Malformed);
    }
    let key = keys
        .iter()
        .find(|k| k.id == t.key_id)
        .ok_or(Refusal::UnknownKey)?;
    let vk = VerifyingKey::from_bytes(&key.key).map_err(|_| Refusal::UnknownKey)?;
    let mut sig = [0u8; SIGNATURE];
    sig.copy_from_slice(&token[len..]);
    vk.verify_strict(
        &context(TICKET_CONTEXT, &token[..len]),
        &Signature::from_bytes(&sig),
    )
    .map_err(|_| Refusal::BadSignature)?;
    if t.issued < key.from || t.issued > key.until {
        return Err(Refusal::KeyNotValid);
    }
    if revoked(t.id) {
        return Err(Refusal::Revoked);
    }
    if now < i64::from(t.valid_from) {
        return Err(Refusal::NotYetValid);
    }
    if now > i64::from(t.valid_until) {
        return Err(Refusal::Expired);
    }
    Ok(t)
}

/// The typed code: the token in Crockford's base32 (digits and capital letters without I, L,
/// O and U) in groups of five, and one check symbol (Crockford's, modulo 37) at the end, so
/// that a slip of the finger is told apart from a forgery.
pub mod code {
    use data_encoding::{Encoding, Specification};

    const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const CHECK: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

    fn encoding() -> Encoding {
        let mut spec = Specification::new();
        spec.symbols.push_str(ALPHABET);
        spec.translate.from.push_str("abcdefghjkmnpqrstvwxyzOoIiLl");
        spec.translate.to.push_str("ABCDEFGHJKMNPQRSTVWXYZ001111");
        spec.check_trailing_bits = false;
        spec.encoding().expect("a valid base32 specification")
    }

    fn check_symbol(bytes: &[u8]) -> char {
        let m = bytes
            .iter()
            .fold(0u32, |m, &b| (m * 256 + u32::from(b)) % 37);
        CHECK.as_bytes()[m as usize] as char
    }

    /// The token as a code to type: "1A2B3-C4D5E-…-X".
    pub fn encode(token: &[u8]) -> String {
        let body = encoding().encode(token);
        let mut out = String::with_capacity(body.len() + body.len() / 5 + 2);
        for (i, c) in body.chars().enumerate() {
            if i > 0 && i % 5 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out.push('-');
        out.push(check_symbol(token));
        out
    }

    /// Why a typed code could not be read.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
    pub enum CodeError {
        #[error("a character that is not in the code")]
        Character,
        #[error("a character mistyped or missing")]
        Check,
    }

    /// Reads a typed code: letters in either case, O for 0, I and L for 1; spaces and hyphens
    /// ignored.
    pub fn decode(typed: &str) -> Result<Vec<u8>, CodeError> {
        let mut s: Vec<char> = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let check = s.pop().ok_or(CodeError::Check)?;
        let check = match check {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        let body: String = s.into_iter().collect();
        if !body.is_ascii() {
            return Err(CodeError::Character);
        }
        let bytes = encoding()
            .decode(body.as_bytes())
            .map_err(|e| match e.kind {
                data_encoding::DecodeKind::Symbol => CodeError::Character,
                _ => CodeError::Check,
            })?;
        if check_symbol(&bytes) != check {
            return Err(CodeError::Check);
        }
        Ok(bytes)
    }
}

/// A part of the revocation list: the tickets revoked after list version `from` up to and
/// including version `to` (from 0: the whole list), signed, so that an inspector's device
/// keeps an exact copy by applying the parts in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revocations {
    pub key_id: u16,
    pub from: u32,
    pub to: u32,
    pub ids: Vec<u64>,
}

impl Revocations {
    fn bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(16 + 8 * self.ids.len());
        b.extend_from_slice(REVOKED_CONTEXT);
        b.extend_from_slice(&self.key_id.to_be_bytes());
        b.extend_from_slice(&self.from.to_be_bytes());
        b.extend_from_slice(&self.to.to_be_bytes());
        b.extend_from_slice(&(self.ids.len() as u32).to_be_bytes());
        for id in &self.ids {
            b.extend_from_slice(&id.to_be_bytes());
        }
        b
    }

    #[cfg(feature = "sign")]
    pub fn sign(&self, key: &SigningKey) -> [u8; 64] {
        use ed25519_dalek::Signer;
        key.sign(&self.bytes()).to_bytes()
    }

    /// Whether the signature is the portal's, by a key the device knows (any of them: the
    /// list outlives the keys' signing windows).
    pub fn verify(&self, signature: &[u8], keys: &[PublicKey]) -> bool {
        let Ok(sig) = <[u8; 64]>::try_from(signature) else {
            return false;
        };
        let Some(k) = keys.iter().find(|k| k.id == self.key_id) else {
            return false;
        };
        let Ok(vk) = VerifyingKey::from_bytes(&k.key) else {
            return false;
        };
        vk.verify_strict(&self.bytes(), &Signature::from_bytes(&sig))
            .is_ok()
    }
}

#[cfg(all(test, feature = "sign"))]
mod tests {
    use super::*;

    const T0: u32 = 1_772_409_600; // 2026-03-02 00:00 UTC

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn public(id: u16, k: &SigningKey) -> PublicKey {
        PublicKey {
            id,
            key: k.verifying_key().to_bytes(),
            from: T0 - 86_400,
            until: T0 + 86_400 * 90,
        }
    }

    fn short() -> Ticket {
        Ticket {
            key_id: 7,
            id: 1234,
            product: Product::Minutes60,
            zones: Zones::City,
            reduced: None,
            resident: false,
            issued: T0 + 600,
            valid_from: T0 + 600,
            valid_until: T0 + 600 + 3600,
            vehicle: Vehicle::parse("hy 605"),
            line: None,
            holder: None,
        }
    }

    fn period() -> Ticket {
        Ticket {
            product: Product::MonthlyLine,
            reduced: Some(Entitlement::Student),
            resident: true,
            vehicle: None,
            line: Some(52),
            holder: Some(holder_hash("Anna Nowak")),
            valid_from: T0 + 86_400 * 3,
            valid_until: T0 + 86_400 * 33 - 1,
            ..short()
        }
    }

    #[test]
    fn tokens_are_compact_and_read_back_as_signed() {
        let k = key(1);
        for (t, len) in [(short(), 94), (period(), 101)] {
            let token = t.sign(&k);
            assert_eq!(token.len(), len, "{t:?}");
            let (back, _) = Ticket::decode(&token).unwrap();
            assert_eq!(back, t);
            let at = i64::from(t.valid_from) + 60;
            assert_eq!(verify(&token, &[public(7, &k)], |_| false, at), Ok(t));
        }
    }

    #[test]
    fn vehicle_numbers_are_two_letters_and_three_digits() {
        assert_eq!(Vehicle::parse("HY605").unwrap().as_str(), "HY605");
        assert_eq!(Vehicle::parse(" ry-518 ").unwrap().as_str(), "RY518");
        assert_eq!(Vehicle::parse("ZZ999").unwrap().as_str(), "ZZ999");
        for bad in [
            "", "HY60", "HY6050", "H1605", "HYA05", "ŁY605", "605HY", "HY 60 5x",
        ] {
            assert_eq!(Vehicle::parse(bad), None, "{bad}");
        }
        for s in ["AA000", "ZZ999", "HY605", "BH021"] {
            let v = Vehicle::parse(s).unwrap();
            assert_eq!(Vehicle::unpack(v.pack()), Some(v));
        }
    }

    #[test]
    fn the_holder_hash_ignores_case_and_spacing_but_not_the_name() {
        assert_eq!(holder_hash("Anna  Nowak "), holder_hash("ANNA NOWAK"));
        assert_eq!(holder_hash("Łucja Żak"), holder_hash("łucja żak"));
        assert_ne!(holder_hash("Anna Nowak"), holder_hash("Anna Nowacka"));
    }

    #[test]
    fn tampered_expired_early_revoked_and_unknown_key_tokens_are_refused() {
        let k = key(1);
        let keys = [public(7, &k)];
        let t = short();
        let token = t.sign(&k);
        let during = i64::from(t.valid_from) + 1;
        // Every single bit flipped is caught (by the format check or the signature).
        for i in 0..token.len() {
            for bit in 0..8 {
                let mut bad = token.clone();
                bad[i] ^= 1 << bit;
                assert!(verify(&bad, &keys, |_| false, during).is_err(), "{i}:{bit}");
            }
        }
        // A longer validity written in, signature unchanged.
        let mut longer = token.clone();
        longer[22..26].copy_from_slice(&(t.valid_until + 86_400).to_be_bytes());
        assert_eq!(
            verify(&longer, &keys, |_| false, during),
            Err(Refusal::BadSignature)
        );
        // Signed by someone else with the same key id.
        let forged = t.sign(&key(2));
        assert_eq!(
            verify(&forged, &keys, |_| false, during),
            Err(Refusal::BadSignature)
        );
        assert_eq!(
            verify(&token, &[public(8, &k)], |_| false, during),
            Err(Refusal::UnknownKey)
        );
        assert_eq!(
            verify(&token, &keys, |_| false, i64::from(t.valid_from) - 1),
            Err(Refusal::NotYetValid)
        );
        assert_eq!(
            verify(&token, &keys, |_| false, i64::from(t.valid_until) + 1),
            Err(Refusal::Expired)
        );
        assert!(verify(&token, &keys, |_| false, i64::from(t.valid_until)).is_ok());
        assert_eq!(
            verify(&token, &keys, |id| id == 1234, during),
            Err(Refusal::Revoked)
        );
        // Issued after its key stopped signing (a stolen old key).
        let mut late = public(7, &k);
        late.until = t.issued - 1;
        assert_eq!(
            verify(&token, &[late], |_| false, during),
            Err(Refusal::KeyNotValid)
        );
        // Truncated, extended, empty, another format.
        assert_eq!(
            verify(&token[..token.len() - 1], &keys, |_| false, during),
            Err(Refusal::Malformed)
        );
        let mut extended = token.clone();
        extended.push(0);
        assert_eq!(
            verify(&extended, &keys, |_| false, during),
            Err(Refusal::Malformed)
        );
        assert_eq!(
            verify(&[], &keys, |_| false, during),
            Err(Refusal::Malformed)
        );
        let mut v2 = token.clone();
        v2[0] = 2;
        assert_eq!(
            verify(&v2, &keys, |_| false, during),
            Err(Refusal::Malformed)
        );
    }

    #[test]
    fn the_typed_code_reads_back_forgives_case_and_lookalikes_and_catches_slips() {
        let token = period().sign(&key(1));
        let typed = code::encode(&token);
        assert!(typed.len() < 210, "{} characters", typed.len());
        assert_eq!(code::decode(&typed).unwrap(), token);
        let sloppy = typed
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(code::decode(&sloppy).unwrap(), token);
        // One symbol changed, anywhere in the body: the check symbol says so.
        let chars: Vec<char> = typed.chars().collect();
        for i in (0..chars.len() - 2).filter(|&i| chars[i] != '-') {
            let mut c = chars.clone();
            c[i] = if c[i] == 'A' { 'B' } else { 'A' };
            let s: String = c.into_iter().collect();
            assert!(code::decode(&s).is_err(), "{i}");
        }
        assert_eq!(code::decode("UUUU-0"), Err(code::CodeError::Character));
        assert!(code::decode("").is_err());
    }

    #[test]
    fn the_newest_key_in_its_window_signs_and_older_tickets_stay_valid() {
        let old = Signer::new(1, T0, T0 + 1000, [1; 32]);
        let new = Signer::new(2, T0 + 500, T0 + 5000, [2; 32]);
        let ring = KeyRing(vec![old.clone(), new.clone()]);
        assert_eq!(ring.active(i64::from(T0) - 1).map(|s| s.public.id), None);
        assert_eq!(
            ring.active(i64::from(T0) + 10).map(|s| s.public.id),
            Some(1)
        );
        assert_eq!(
            ring.active(i64::from(T0) + 500).map(|s| s.public.id),
            Some(2)
        );
        assert_eq!(ring.active(i64::from(T0) + 5001).map(|s| s.public.id), None);
        // A ticket signed by the old key before the change verifies after it.
        let t = Ticket {
            issued: T0 + 100,
            valid_from: T0 + 100,
            valid_until: T0 + 3000,
            ..short()
        };
        let token = old.sign(&t);
        assert_eq!(Ticket::decode(&token).unwrap().0.key_id, 1);
        assert!(verify(&token, &ring.public(), |_| false, i64::from(T0) + 2000).is_ok());
        // Signed with the old key's seed after its window: refused.
        let late = old.sign(&Ticket {
            issued: T0 + 1001,
            ..t
        });
        assert_eq!(
            verify(&late, &ring.public(), |_| false, i64::from(T0) + 2000),
            Err(Refusal::KeyNotValid)
        );
        assert_eq!(
            Signer::new(1, 0, 0, old.seed()).public,
            Signer::new(1, 0, 0, [1; 32]).public
        );
    }

    #[test]
    fn revocation_lists_are_signed_parts_that_a_device_can_check() {
        let k = key(1);
        let keys = [public(7, &k)];
        let part = Revocations {
            key_id: 7,
            from: 3,
            to: 5,
            ids: vec![11, 12],
        };
        let sig = part.sign(&k);
        assert!(part.verify(&sig, &keys));
        let mut more = part.clone();
        more.ids.push(13);
        assert!(!more.verify(&sig, &keys), "an id added");
        let mut earlier = part.clone();
        earlier.from = 0;
        assert!(!earlier.verify(&sig, &keys), "the range changed");
        assert!(!part.verify(&sig[..63], &keys));
        assert!(!part.verify(&part.sign(&key(2)), &keys));
        // A ticket signature is not a revocation signature (separate contexts).
        let token = short().sign(&k);
        assert!(!part.verify(&token[token.len() - 64..], &keys));
    }
}
