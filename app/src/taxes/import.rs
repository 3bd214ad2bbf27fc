//! The city's tax system's files, read and checked line by line before anything is applied
//! (the store applies a file whole or not at all). Four kinds, told apart by their header:
//!
//! | file | columns |
//! |---|---|
//! | taxpayers | `taxpayer_id,name,pesel,account` |
//! | liabilities | `liability_id,taxpayer_id,kind,year,amount` — kind `property` or `vehicle`, the year's amount from the decision |
//! | waste declarations | `declaration_id,taxpayer_id,from_month,residents,sorted,large_family` — `from_month` YYYY-MM, yes/no |
//! | payments | `payment_id,taxpayer_id,date,amount,channel,liability_id` — channel `bank`, `cash` or `portal`; `liability_id` empty unless the payment names one |
//!
//! UTF-8, a header line, commas or semicolons (as spreadsheets in Polish write them), amounts in
//! złoty with a dot or a comma, dates YYYY-MM-DD. Ids are the tax system's own (letters,
//! digits, `-`, `_`, `/`, `.`, at most 40): importing a line again with the same id replaces it,
//! so the same file twice changes nothing.
use super::rules::{self, Money, NrbError};
pub use super::{Channel, LiabilityKind};
use crate::identity::rules::{self as identity, Pesel, PeselError};
use jiff::civil::Date;
use std::collections::HashSet;

/// At most this many lines a file (a year of a large city's payments fits).
pub const MAX_LINES: usize = 1_000_000;
/// At most this many problems are listed (the count says how many there were).
pub const MAX_LISTED: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Taxpayers,
    Liabilities,
    Waste,
    Payments,
}

impl FileKind {
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            FileKind::Taxpayers => &["taxpayer_id", "name", "pesel", "account"],
            FileKind::Liabilities => &["liability_id", "taxpayer_id", "kind", "year", "amount"],
            FileKind::Waste => &[
                "declaration_id",
                "taxpayer_id",
                "from_month",
                "residents",
                "sorted",
                "large_family",
            ],
            FileKind::Payments => &[
                "payment_id",
                "taxpayer_id",
                "date",
                "amount",
                "channel",
                "liability_id",
            ],
        }
    }

    const ALL: [FileKind; 4] = [
        FileKind::Taxpayers,
        FileKind::Liabilities,
        FileKind::Waste,
        FileKind::Payments,
    ];
}

/// What is wrong with a line (or the file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The header is none of the four kinds.
    Header,
    /// Not UTF-8, or a line that cannot be read as CSV.
    Unreadable,
    /// A line with more or fewer fields than the header.
    Fields,
    TooManyLines,
    /// An id that is empty or has other characters.
    Id,
    /// The same id twice in the file.
    Duplicate,
    Name,
    Pesel(PeselError),
    Account(NrbError),
    Kind,
    Year,
    Amount,
    Date,
    Month,
    Residents,
    YesNo,
    Channel,
    /// A taxpayer id the portal does not know (import the taxpayers first).
    UnknownTaxpayer,
    /// A liability id that is not one of the taxpayer's.
    UnknownLiability,
}

/// A problem at a line (1 is the header) and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub line: u64,
    pub column: &'static str,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaxpayerLine {
    pub id: String,
    pub name: String,
    pub pesel: Pesel,
    pub account: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiabilityLine {
    pub id: String,
    pub taxpayer: String,
    pub kind: LiabilityKind,
    pub year: i16,
    pub amount: Money,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WasteLine {
    pub id: String,
    pub taxpayer: String,
    pub from_year: i16,
    pub from_month: i8,
    pub declaration: rules::WasteDeclaration,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentLine {
    pub id: String,
    pub taxpayer: String,
    pub on: Date,
    pub amount: Money,
    pub channel: Channel,
    pub liability: Option<String>,
}

/// A file read whole, with the line each entry came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    Taxpayers(Vec<(u64, TaxpayerLine)>),
    Liabilities(Vec<(u64, LiabilityLine)>),
    Waste(Vec<(u64, WasteLine)>),
    Payments(Vec<(u64, PaymentLine)>),
}

impl Parsed {
    pub fn len(&self) -> usize {
        match self {
            Parsed::Taxpayers(v) => v.len(),
            Parsed::Liabilities(v) => v.len(),
            Parsed::Waste(v) => v.len(),
            Parsed::Payments(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The kind of file, as the import's record names it.
    pub fn kind_code(&self) -> &'static str {
        match self {
            Parsed::Taxpayers(_) => "taxpayers",
            Parsed::Liabilities(_) => "liabilities",
            Parsed::Waste(_) => "waste",
            Parsed::Payments(_) => "payments",
        }
    }
}

/// Problems found, the first `MAX_LISTED` of them, and how many in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub errors: Vec<LineError>,
    pub total: usize,
}

fn id(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.')))
    .then(|| s.to_string())
}

fn yes_no(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "yes" | "tak" | "1" | "true" => Some(true),
        "no" | "nie" | "0" | "false" => Some(false),
        _ => None,
    }
}

/// Reads a file and checks every line; nothing of it is taken if any line is wrong.
/// `today` refuses payments dated in the future and PESEL numbers of people not born yet.
pub fn parse(bytes: &[u8], today: Date) -> Result<Parsed, Refused> {
    let refuse = |problem, line| Refused {
        errors: vec![LineError {
            line,
            column: "",
            problem,
        }],
        total: 1,
    };
    let text = std::str::from_utf8(bytes).map_err(|_| refuse(Problem::Unreadable, 1))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|_| refuse(Problem::Unreadable, 1))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let kind = FileKind::ALL
        .into_iter()
        .find(|k| {
            k.columns()
                .iter()
                .copied()
                .eq(header.iter().map(String::as_str))
        })
        .ok_or_else(|| refuse(Problem::Header, 1))?;
    let cols = kind.columns();
    let mut errors = Vec::new();
    let mut total = 0usize;
    let mut seen = HashSet::new();
    let born_by = identity::Date::new(
        i32::from(today.year()),
        today.month() as u8,
        today.day() as u8,
    )
    .unwrap_or(identity::Date {
        year: 2100,
        month: 1,
        day: 1,
    });
    let mut out = match kind {
        FileKind::Taxpayers => Parsed::Taxpayers(Vec::new()),
        FileKind::Liabilities => Parsed::Liabilities(Vec::new()),
        FileKind::Waste => Parsed::Waste(Vec::new()),
        FileKind::Payments => Parsed::Payments(Vec::new()),
    };
    for (n, record) in reader.records().enumerate() {
        if n >= MAX_LINES {
            return Err(refuse(Problem::TooManyLines, n as u64 + 2));
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(n as u64 + 2, |p| p.line());
                total += 1;
                if errors.len() < MAX_LISTED {
                    errors.push(LineError {
                        line,
                        column: "",
                        problem: Problem::Unreadable,
                    });
                }
                continue;
            }
        };
        let line = record.position().map_or(n as u64 + 2, |p| p.line());
        let mut bad = |column: &'static str, problem: Problem| {
            total += 1;
            if errors.len() < MAX_LISTED {
                errors.push(LineError {
                    line,
                    column,
                    problem,
                });
            }
        };
        if record.len() != cols.len() {
            bad("", Problem::Fields);
            continue;
        }
        let f = |i: usize| record.get(i).unwrap_or_default().trim();
        let Some(key) = id(f(0)) else {
            bad(cols[0], Problem::Id);
            continue;
        };
        if !seen.insert(key.clone()) {
            bad(cols[0], Problem::Duplicate);
        }
        let taxpayer = if kind == FileKind::Taxpayers {
            None
        } else {
            let t = id(f(1));
            if t.is_none() {
                bad(cols[1], Problem::Id);
            }
            t
        };
        match &mut out {
            Parsed::Taxpayers(v) => {
                let name = f(1);
                if name.is_empty()
                    || name.chars().count() > 200
                    || name.chars().any(char::is_control)
                {
                    bad("name", Problem::Name);
                }
                let pesel =
                    Pesel::parse(f(2), born_by).map_err(|e| bad("pesel", Problem::Pesel(e)));
                let account = rules::nrb(f(3)).map_err(|e| bad("account", Problem::Account(e)));
                if let (Ok(p), Ok(a)) = (pesel, account) {
                    v.push((
                        line,
                        TaxpayerLine {
                            id: key,
                            name: name.to_string(),
                            pesel: p,
                            account: a,
                        },
                    ));
                }
            }
            Parsed::Liabilities(v) => {
                let kind = match f(2) {
                    "property" => Some(LiabilityKind::Property),
                    "vehicle" => Some(LiabilityKind::Vehicle),
                    _ => None,
                };
                if kind.is_none() {
                    bad("kind", Problem::Kind);
                }
                let year = f(3)
                    .parse::<i16>()
                    .ok()
                    .filter(|y| (2000..=2100).contains(y));
                if year.is_none() {
                    bad("year", Problem::Year);
                }
                let amount = rules::parse_money(f(4)).filter(|a| *a > 0);
                if amount.is_none() {
                    bad("amount", Problem::Amount);
                }
                if let (Some(taxpayer), Some(kind), Some(year), Some(amount)) =
                    (taxpayer, kind, year, amount)
                {
                    v.push((
                        line,
                        LiabilityLine {
                            id: key,
                            taxpayer,
                            kind,
                            year,
                            amount,
                        },
                    ));
                }
            }
            Parsed::Waste(v) => {
                let month = f(2).split_once('-').and_then(|(y, m)| {
                    let y = y
                        .parse::<i16>()
                        .ok()
                        .filter(|y| (2000..=2100).contains(y))?;
                    let m = m.parse::<i8>().ok().filter(|m| (1..=12).contains(m))?;
                    (f(2).len() == 7).then_some((y, m))
                });
                if month.is_none() {
                    bad("from_month", Problem::Month);
                }
                let residents = f(3).parse::<u32>().ok().filter(|r| (1..=100).contains(r));
                if residents.is_none() {
                    bad("residents", Problem::Residents);
                }
                let sorted = yes_no(f(4));
                if sorted.is_none() {
                    bad("sorted", Problem::YesNo);
                }
                let large = yes_no(f(5));
                if large.is_none() {
                    bad("large_family", Problem::YesNo);
                }
                if let (
                    Some(taxpayer),
                    Some((y, m)),
                    Some(residents),
                    Some(sorted),
                    Some(large_family),
                ) = (taxpayer, month, residents, sorted, large)
                {
                    v.push((
                        line,
                        WasteLine {
                            id: key,
                            taxpayer,
                            from_year: y,
                            from_month: m,
                            declaration: rules::WasteDeclaration {
                                residents,
                                sorted,
                                large_family,
                            },
                        },
                    ));
                }
            }
            Parsed::Payments(v) => {
                let on = f(2)
                    .parse::<Date>()
                    .ok()
                    .filter(|d| *d <= today && d.year() >= 2000);
                if on.is_none() {
                    bad("date", Problem::Date);
                }
                let amount = rules::parse_money(f(3)).filter(|a| *a > 0);
                if amount.is_none() {
                    bad("amount", Problem::Amount);
                }
                let channel = match f(4) {
                    "bank" => Some(Channel::Bank),
                    "cash" => Some(Channel::Cash),
                    "portal" => Some(Channel::Portal),
                    _ => None,
                };
                if channel.is_none() {
                    bad("channel", Problem::Channel);
                }
                let liability = if f(5).is_empty() {
                    Some(None)
                } else {
                    id(f(5)).map(Some)
                };
                if liability.is_none() {
                    bad("liability_id", Problem::Id);
                }
                if let (Some(taxpayer), Some(on), Some(amount), Some(channel), Some(liability)) =
                    (taxpayer, on, amount, channel, liability)
                {
                    v.push((
                        line,
                        PaymentLine {
                            id: key,
                            taxpayer,
                            on,
                            amount,
                            channel,
                            liability,
                        },
                    ));
                }
            }
        }
    }
    if total > 0 {
        return Err(Refused { errors, total });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 12, 1);

    #[test]
    fn each_kind_is_read_by_its_header() {
        let t = parse(
            "taxpayer_id,name,pesel,account\nT-1,Anna Nowak,44051401359,PL61 1090 1014 0000 0712 1981 2874\n"
                .as_bytes(),
            TODAY,
        )
        .unwrap();
        let Parsed::Taxpayers(t) = t else {
            panic!("taxpayers")
        };
        assert_eq!(t[0].0, 2);
        assert_eq!(
            (t[0].1.id.as_str(), t[0].1.name.as_str()),
            ("T-1", "Anna Nowak")
        );
        assert_eq!(t[0].1.pesel.as_str(), "44051401359");
        assert_eq!(t[0].1.account, "61109010140000071219812874");
        // Semicolons and decimal commas, as a spreadsheet in Polish writes them; a BOM.
        let l = parse(
            "\u{feff}liability_id;taxpayer_id;kind;year;amount\nL-1;T-1;property;2026;\"417,00\"\nL-2;T-1;vehicle;2026;1501\n"
                .as_bytes(),
            TODAY,
        )
        .unwrap();
        let Parsed::Liabilities(l) = l else {
            panic!("liabilities")
        };
        assert_eq!(
            (l[0].1.amount, l[1].1.kind),
            (41_700, LiabilityKind::Vehicle)
        );
        let w = parse(
            "declaration_id,taxpayer_id,from_month,residents,sorted,large_family\nD-1,T-1,2025-09,3,yes,no\n"
                .as_bytes(),
            TODAY,
        )
        .unwrap();
        let Parsed::Waste(w) = w else { panic!("waste") };
        assert_eq!((w[0].1.from_year, w[0].1.from_month), (2025, 9));
        let p = parse(
            "payment_id,taxpayer_id,date,amount,channel,liability_id\nP-1,T-1,2025-06-16,500,bank,L-1\nP-2,T-1,2025-12-01,2000.00,cash,\n"
                .as_bytes(),
            TODAY,
        )
        .unwrap();
        let Parsed::Payments(p) = p else {
            panic!("payments")
        };
        assert_eq!(p[0].1.liability.as_deref(), Some("L-1"));
        assert_eq!((p[1].1.amount, p[1].1.liability.clone()), (200_000, None));
    }

    #[test]
    fn every_wrong_line_is_reported_with_its_number_and_nothing_is_taken() {
        let file = "payment_id,taxpayer_id,date,amount,channel,liability_id
P-1,T-1,2025-06-16,500,bank,
P-2,T-1,2025-13-01,500,bank,
P-3,T-1,2025-06-16,-5,bank,
P-1,T-1,2025-06-16,500,card,
P 4,T-1,2025-06-16,500,bank,
P-5,T-1,2027-01-01,500,bank,
P-6,T-1,2025-06-16,500
P-7,T-1,2025-06-16,500,portal,L?1
";
        let r = parse(file.as_bytes(), TODAY).unwrap_err();
        let got: Vec<(u64, &str, Problem)> = r
            .errors
            .iter()
            .map(|e| (e.line, e.column, e.problem))
            .collect();
        assert_eq!(
            got,
            vec![
                (3, "date", Problem::Date),
                (4, "amount", Problem::Amount),
                (5, "payment_id", Problem::Duplicate),
                (5, "channel", Problem::Channel),
                (6, "payment_id", Problem::Id),
                (7, "date", Problem::Date),
                (8, "", Problem::Fields),
                (9, "liability_id", Problem::Id),
            ]
        );
        assert_eq!(r.total, 8);
        let t =
            "taxpayer_id,name,pesel,account\nT-1,,44051401358,PL61 1090 1014 0000 0712 1981 2875\n";
        let r = parse(t.as_bytes(), TODAY).unwrap_err();
        assert_eq!(
            r.errors.iter().map(|e| e.problem).collect::<Vec<_>>(),
            vec![
                Problem::Name,
                Problem::Pesel(PeselError::Checksum),
                Problem::Account(NrbError::Checksum)
            ]
        );
    }

    #[test]
    fn files_that_are_not_one_of_the_four_are_refused_whole() {
        for bad in [
            &b"id,amount\n1,2\n"[..],
            b"",
            b"\xff\xfe\x00",
            b"payment_id,taxpayer_id,date,amount,channel\n",
        ] {
            assert!(parse(bad, TODAY).is_err());
        }
        // Many problems: the first 200 listed, all counted.
        let mut big = String::from("liability_id,taxpayer_id,kind,year,amount\n");
        for i in 0..500 {
            big.push_str(&format!("L-{i},T-1,land,2026,100\n"));
        }
        let r = parse(big.as_bytes(), TODAY).unwrap_err();
        assert_eq!((r.errors.len(), r.total), (MAX_LISTED, 500));
        // Only a header: nothing to do, and not an error.
        assert!(parse(b"liability_id,taxpayer_id,kind,year,amount\n", TODAY)
            .unwrap()
            .is_empty());
    }
}
