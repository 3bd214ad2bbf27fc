//! Who a person is, as every capability needs it: a PESEL (check digit and birth date
//! checked), or, for people without one, birth date, sex and an identity document; and how
//! far that is confirmed. Pure rules, compiled for the server and the browser alike.
use serde::{Deserialize, Serialize};

/// A calendar date (proleptic Gregorian), as written in PESEL and on documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }
    /// `YYYY-MM-DD`, as an HTML date field sends it.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?;
        let m = it.next()?;
        let d = it.next()?;
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sex {
    Female,
    Male,
}

impl Sex {
    pub fn parse(s: &str) -> Option<Sex> {
        match s.trim() {
            "F" | "f" | "K" | "k" => Some(Sex::Female),
            "M" | "m" => Some(Sex::Male),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Sex::Female => "F",
            Sex::Male => "M",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PeselError {
    /// Not 11 digits.
    Format,
    /// The check digit does not match.
    Checksum,
    /// The digits do not make a birth date (or it is in the future).
    BirthDate,
}

/// A PESEL number that passed the check digit and holds a real birth date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pesel {
    digits: String,
    pub birth: Date,
    pub sex: Sex,
}

impl Pesel {
    /// Checks the format, the check digit (weights 1-3-7-9) and the birth date, whose
    /// century is encoded in the month (+80 for the 1800s, +20 for the 2000s, +40, +60).
    /// `today` refuses birth dates in the future.
    pub fn parse(s: &str, today: Date) -> Result<Pesel, PeselError> {
        let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() != 11 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PeselError::Format);
        }
        let d: Vec<u32> = digits.bytes().map(|b| (b - b'0') as u32).collect();
        const W: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        let sum: u32 = W.iter().zip(&d).map(|(w, x)| w * x).sum();
        if (10 - sum % 10) % 10 != d[10] {
            return Err(PeselError::Checksum);
        }
        let yy = (d[0] * 10 + d[1]) as i32;
        let mm = d[2] * 10 + d[3];
        let dd = (d[4] * 10 + d[5]) as u8;
        let (century, month) = match mm {
            1..=12 => (1900, mm),
            21..=32 => (2000, mm - 20),
            41..=52 => (2100, mm - 40),
            61..=72 => (2200, mm - 60),
            81..=92 => (1800, mm - 80),
            _ => return Err(PeselError::BirthDate),
        };
        let birth = Date::new(century + yy, month as u8, dd).ok_or(PeselError::BirthDate)?;
        if birth > today {
            return Err(PeselError::BirthDate);
        }
        let sex = if d[9] % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        };
        Ok(Pesel { digits, birth, sex })
    }
    pub fn as_str(&self) -> &str {
        &self.digits
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdentityError {
    Pesel(PeselError),
    /// Neither a PESEL nor the birth date, sex and document were given.
    Missing,
    BirthDate,
    Sex,
    Document,
    /// The document way without a clerk (see [`may_declare`]).
    NeedsOffice,
}

/// Who is voting, in the form the one-ballot rule keys on. Only a keyed hash of
/// [`Identity::key`] is ever stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Identity {
    Pesel(Pesel),
    /// For residents without a PESEL: birth date, sex and an identity document's number.
    Document {
        birth: Date,
        sex: Sex,
        document: String,
    },
}

impl Identity {
    /// From the form: a PESEL, or (when the PESEL is empty) birth date, sex and document.
    pub fn from_form(
        pesel: &str,
        birth: &str,
        sex: &str,
        document: &str,
        today: Date,
    ) -> Result<Identity, Vec<(&'static str, IdentityError)>> {
        if !pesel.trim().is_empty() {
            return Pesel::parse(pesel, today)
                .map(Identity::Pesel)
                .map_err(|e| vec![("pesel", IdentityError::Pesel(e))]);
        }
        if birth.trim().is_empty() && sex.trim().is_empty() && document.trim().is_empty() {
            return Err(vec![("pesel", IdentityError::Missing)]);
        }
        let mut errors = Vec::new();
        let b = Date::parse_iso(birth).filter(|d| *d <= today && d.year >= 1880);
        if b.is_none() {
            errors.push(("birth", IdentityError::BirthDate));
        }
        let s = Sex::parse(sex);
        if s.is_none() {
            errors.push(("sex", IdentityError::Sex));
        }
        let doc = normalize_document(document);
        if doc.is_none() {
            errors.push(("document", IdentityError::Document));
        }
        match (b, s, doc) {
            (Some(birth), Some(sex), Some(document)) => Ok(Identity::Document {
                birth,
                sex,
                document,
            }),
            _ => Err(errors),
        }
    }

    /// The text the keyed hash is taken of. A person with a PESEL is always keyed on it.
    pub fn key(&self) -> String {
        match self {
            Identity::Pesel(p) => format!("pesel:{}", p.as_str()),
            Identity::Document {
                birth,
                sex,
                document,
            } => format!("doc:{}:{}:{}", birth.iso(), sex.code(), document),
        }
    }
}

/// A document number: letters and digits only, upper case, 5 to 20 of them (Polish identity
/// cards have 9, passports 9, foreign documents vary).
pub fn normalize_document(s: &str) -> Option<String> {
    let d: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_uppercase();
    (d.len() >= 5 && d.len() <= 20 && d.chars().all(|c| c.is_ascii_alphanumeric())).then_some(d)
}

/// The sentence for an identity error, as every form shows it.
pub fn problem(e: IdentityError) -> crate::forms::Problem {
    match e {
        IdentityError::Pesel(PeselError::Format) => {
            crate::identity::IdentityProblem::PeselFormat.into()
        }
        IdentityError::Pesel(PeselError::Checksum) => {
            crate::identity::IdentityProblem::PeselChecksum.into()
        }
        IdentityError::Pesel(PeselError::BirthDate) => {
            crate::identity::IdentityProblem::PeselBirthDate.into()
        }
        IdentityError::Missing => crate::identity::IdentityProblem::IdentityMissing.into(),
        IdentityError::BirthDate => crate::identity::IdentityProblem::BirthDateInvalid.into(),
        IdentityError::Sex => crate::identity::IdentityProblem::SexRequired.into(),
        IdentityError::Document => crate::identity::IdentityProblem::DocumentInvalid.into(),
        IdentityError::NeedsOffice => crate::identity::IdentityProblem::IdentityNeedsOffice.into(),
    }
}

/// How far an account's identity is confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    /// The resident typed their PESEL (the budget's rule: Kraków accepts a declaration).
    Declared,
    /// A clerk saw an identity document at an office (district referenda need this).
    Verified,
}

impl Level {
    pub fn code(self) -> &'static str {
        match self {
            Level::Declared => "declared",
            Level::Verified => "verified",
        }
    }
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "declared" => Some(Level::Declared),
            "verified" => Some(Level::Verified),
            _ => None,
        }
    }
}

/// A resident may declare a PESEL themselves. The other way (birth date, sex and a
/// document) is for people who have no PESEL, and only a clerk who saw the document may
/// record it: otherwise a PESEL holder could make a second identity from their birth date,
/// sex and any document number.
pub fn may_declare(id: &Identity) -> Result<(), IdentityError> {
    match id {
        Identity::Pesel(_) => Ok(()),
        Identity::Document { .. } => Err(IdentityError::NeedsOffice),
    }
}

/// What a resident sees of their PESEL or document: the last four characters.
pub fn masked(id: &Identity) -> String {
    let s = match id {
        Identity::Pesel(p) => p.as_str().to_string(),
        Identity::Document { document, .. } => document.clone(),
    };
    let keep = s.len().saturating_sub(4);
    format!("{}{}", "•".repeat(keep), &s[keep..])
}

#[cfg(test)]
mod tests {
    use super::*;
    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 29,
    };

    #[test]
    fn only_a_pesel_may_be_declared_and_a_pesel_holder_has_one_key() {
        let pesel = Identity::from_form("44051401359", "", "", "", TODAY).unwrap();
        assert_eq!(may_declare(&pesel), Ok(()));
        // The same person, trying the document way with their own birth date and sex.
        let doc = Identity::from_form("", "1944-05-14", "M", "ABC123456", TODAY).unwrap();
        assert_eq!(may_declare(&doc), Err(IdentityError::NeedsOffice));
        // With a PESEL given, the other fields never change the key.
        let both =
            Identity::from_form("44051401359", "1990-01-01", "F", "XYZ987654", TODAY).unwrap();
        assert_eq!(both.key(), pesel.key());
        assert_eq!(masked(&pesel), "•••••••1359");
        assert_eq!(Level::parse(Level::Verified.code()), Some(Level::Verified));
        assert_eq!(Level::parse("admin"), None);
        assert!(Level::Verified > Level::Declared);
    }
}
