//! A taxpayer's statement, pure: every instalment of every liability (property and vehicle tax
//! from the year's amount, the waste fee month by month from the declarations), the payments
//! applied to them as the Ordinance says (`rules::apply`), and the totals a resident reads
//! first: due now, overdue, interest to a chosen day, the next due day.
use super::rules::{self, Due, Lombard, Money, Owed, Payment, RateKind, Status};
use super::{Channel, LiabilityKind};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiabilityIn {
    pub id: String,
    pub kind: LiabilityKind,
    pub year: i16,
    pub amount: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WasteIn {
    pub id: String,
    pub from_year: i16,
    pub from_month: i8,
    pub declaration: rules::WasteDeclaration,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentIn {
    pub id: String,
    pub on: Date,
    pub amount: Money,
    pub channel: Channel,
    /// The id of the liability or waste declaration it names.
    pub liability: Option<String>,
}

/// One instalment as the resident sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstalmentView {
    pub kind: LiabilityKind,
    /// The liability's (or waste declaration's) id in the tax system.
    pub liability: String,
    pub year: i16,
    /// The month, for the waste fee.
    pub month: Option<i8>,
    /// Instalment `number` of `of` (property and vehicle tax).
    pub number: u8,
    pub of: u8,
    pub amount: Money,
    pub due: Date,
    pub paid: Money,
    pub arrears: Money,
    pub interest_paid: Money,
    /// Interest owed if everything were paid on the statement's day.
    pub interest: Money,
    pub status: Status,
}

/// Where one payment went.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentView {
    pub id: String,
    pub on: Date,
    pub amount: Money,
    pub channel: Channel,
    /// (instalment index, to arrears, to interest)
    pub applied: Vec<(usize, Money, Money)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub today: Date,
    /// The day interest is computed to ("if I pay on …"); today unless chosen.
    pub as_of: Date,
    pub instalments: Vec<InstalmentView>,
    pub payments: Vec<PaymentView>,
    /// Everything due by today, with its interest to `as_of`.
    pub due_now: Money,
    /// Of that, the amounts past their due day.
    pub overdue: Money,
    pub interest: Money,
    /// The next due day after today with something owed, and how much.
    pub next_due: Option<(Date, Money)>,
    /// Paid beyond everything owed.
    pub surplus: Money,
}

/// The waste fee's months: each declaration from its month until the next one's, the last
/// until `today`'s month; at most 30 years of months.
fn waste_months(waste: &[WasteIn], today: Date) -> Vec<(usize, i16, i8)> {
    let mut order: Vec<usize> = (0..waste.len()).collect();
    order.sort_by_key(|&i| (waste[i].from_year, waste[i].from_month, i));
    let end = (today.year(), today.month());
    let mut out = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let stop = order
            .get(k + 1)
            .map(|&n| (waste[n].from_year, waste[n].from_month))
            .unwrap_or_else(|| {
                if end.1 == 12 {
                    (end.0 + 1, 1)
                } else {
                    (end.0, end.1 + 1)
                }
            });
        let (mut y, mut m) = (waste[i].from_year, waste[i].from_month);
        let mut n = 0;
        while (y, m) < stop && n < 360 {
            out.push((i, y, m));
            n += 1;
            if m == 12 {
                y += 1;
                m = 1;
            } else {
                m += 1;
            }
        }
    }
    out
}

/// The statement on `today`, with interest to `as_of` (today or later). `waste_due_day` is
/// the waste fee's monthly due day (the 14th).
#[allow(clippy::too_many_arguments)]
pub fn statement(
    liabilities: &[LiabilityIn],
    waste: &[WasteIn],
    payments: &[PaymentIn],
    today: Date,
    as_of: Date,
    waste_due_day: i8,
    lombard: &[Lombard],
    fees: &[(Date, Money)],
) -> Result<Statement, rules::InterestError> {
    let as_of = as_of.max(today);
    let mut owed: Vec<Owed> = Vec::new();
    let mut views: Vec<InstalmentView> = Vec::new();
    let mut group: HashMap<&str, usize> = HashMap::new();
    for (g, l) in liabilities.iter().enumerate() {
        group.insert(l.id.as_str(), g);
        let dues = match l.kind {
            LiabilityKind::Property => rules::property_instalments(l.year, l.amount),
            LiabilityKind::Vehicle | LiabilityKind::Waste => {
                rules::vehicle_instalments(l.year, l.amount)
            }
        };
        let of = dues.len() as u8;
        for (n, due) in dues.into_iter().enumerate() {
            owed.push(Owed {
                due,
                kind: RateKind::Standard,
                liability: g,
            });
            views.push(view(l.kind, &l.id, l.year, None, n as u8 + 1, of, due));
        }
    }
    let rates = rules::waste_rates();
    for (i, y, m) in waste_months(waste, today) {
        let g = liabilities.len() + i;
        group.insert(waste[i].id.as_str(), g);
        if let Some(due) = rules::waste_month(&rates, waste[i].declaration, y, m, waste_due_day) {
            owed.push(Owed {
                due,
                kind: RateKind::Standard,
                liability: g,
            });
            views.push(view(
                LiabilityKind::Waste,
                &waste[i].id,
                y,
                Some(m),
                1,
                1,
                due,
            ));
        }
    }
    let pays: Vec<Payment> = payments
        .iter()
        .map(|p| Payment {
            on: p.on,
            amount: p.amount,
            names: p.liability.as_deref().and_then(|l| group.get(l).copied()),
        })
        .collect();
    let ledger = rules::apply(&owed, &pays, lombard, fees)?;
    let mut due_now = 0;
    let mut overdue = 0;
    let mut interest = 0;
    let mut next_due: Option<(Date, Money)> = None;
    for (i, v) in views.iter_mut().enumerate() {
        let s = ledger.standing[i];
        v.paid = s.paid;
        v.arrears = s.arrears;
        v.interest_paid = s.interest_paid;
        v.interest = ledger.interest_on(&owed, i, as_of, lombard, fees)?;
        v.status = ledger.status(&owed, i, today);
        if v.due <= today {
            due_now += v.arrears + v.interest;
            interest += v.interest;
            if v.due < today {
                overdue += v.arrears;
            }
        } else if v.arrears > 0 {
            next_due = match next_due {
                Some((d, a)) if d == v.due => Some((d, a + v.arrears)),
                Some((d, a)) if d < v.due => Some((d, a)),
                _ => Some((v.due, v.arrears)),
            };
        }
    }
    let mut pviews: Vec<PaymentView> = payments
        .iter()
        .map(|p| PaymentView {
            id: p.id.clone(),
            on: p.on,
            amount: p.amount,
            channel: p.channel,
            applied: Vec::new(),
        })
        .collect();
    for a in &ledger.applied {
        pviews[a.payment]
            .applied
            .push((a.instalment, a.to_arrears, a.to_interest));
    }
    Ok(Statement {
        today,
        as_of,
        instalments: views,
        payments: pviews,
        due_now,
        overdue,
        interest,
        next_due,
        surplus: ledger.surplus,
    })
}

fn view(
    kind: LiabilityKind,
    id: &str,
    year: i16,
    month: Option<i8>,
    number: u8,
    of: u8,
    due: Due,
) -> InstalmentView {
    InstalmentView {
        kind,
        liability: id.to_string(),
        year,
        month,
        number,
        of,
        amount: due.amount,
        due: due.due,
        paid: 0,
        arrears: due.amount,
        interest_paid: 0,
        interest: 0,
        status: Status::Due,
    }
}

/// The reminder a resident sees in the portal: the next due day with something owed, when it
/// is at most `days` away (its day, amount and the days left).
pub fn reminder(s: &Statement, days: i64) -> Option<(Date, Money, i64)> {
    let (d, amount) = s.next_due?;
    let left = i64::from((d - s.today).get_days());
    (left <= days).then_some((d, amount, left))
}

/// The transfer title a resident copies into their bank's form.
pub fn transfer_title(taxpayer: &str, kind: LiabilityKind, year: i16) -> String {
    let what = match kind {
        LiabilityKind::Property => "podatek od nieruchomosci",
        LiabilityKind::Vehicle => "podatek od srodkow transportowych",
        LiabilityKind::Waste => "oplata za odpady",
    };
    format!("{taxpayer} {what} {year}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn run(
        l: &[LiabilityIn],
        w: &[WasteIn],
        p: &[PaymentIn],
        today: Date,
        as_of: Date,
    ) -> Statement {
        statement(
            l,
            w,
            p,
            today,
            as_of,
            14,
            &rules::lombard_rates(),
            &rules::letter_fees(),
        )
        .unwrap()
    }

    fn property(id: &str, year: i16, amount: Money) -> LiabilityIn {
        LiabilityIn {
            id: id.into(),
            kind: LiabilityKind::Property,
            year,
            amount,
        }
    }

    fn pay(id: &str, on: Date, amount: Money, names: Option<&str>) -> PaymentIn {
        PaymentIn {
            id: id.into(),
            on,
            amount,
            channel: Channel::Bank,
            liability: names.map(String::from),
        }
    }

    #[test]
    fn all_paid_on_time() {
        let l = [property("L-1", 2025, 40_000)];
        let p = [
            pay("P-1", date(2025, 3, 14), 10_000, Some("L-1")),
            pay("P-2", date(2025, 5, 15), 10_000, Some("L-1")),
            pay("P-3", date(2025, 9, 15), 10_000, Some("L-1")),
            pay("P-4", date(2025, 11, 17), 10_000, Some("L-1")),
        ];
        let s = run(&l, &[], &p, date(2025, 12, 1), date(2025, 12, 1));
        assert!(s.instalments.iter().all(|i| i.status == Status::Paid));
        assert_eq!((s.due_now, s.overdue, s.interest, s.surplus), (0, 0, 0, 0));
        assert_eq!(s.next_due, None);
        assert_eq!(s.payments[3].applied, vec![(3, 10_000, 0)]);
    }

    #[test]
    fn one_instalment_late_with_interest_and_a_chosen_day() {
        // 4,000 zł: the first 1,000 zł instalment unpaid since 17 March 2025.
        let l = [property("L-1", 2025, 400_000)];
        let p = [
            pay("P-2", date(2025, 5, 15), 100_000, None),
            pay("P-3", date(2025, 9, 15), 100_000, None),
        ];
        // Applied oldest first: the May payment paid March's instalment (interest under the
        // minimum then), September's paid May's, so two are owed.
        let s = run(&l, &[], &p, date(2025, 6, 16), date(2025, 6, 16));
        assert_eq!(s.payments[0].applied, vec![(0, 100_000, 0)]);
        assert_eq!(s.instalments[1].status, Status::Overdue);
        let s = run(&l, &[], &p[..1], date(2025, 6, 16), date(2025, 6, 16));
        // May's instalment a month late: 1000 × 32 days × 13.5 % / 365 = 11.84 zł, not charged.
        assert_eq!((s.overdue, s.interest), (100_000, 0));
        // "If I pay on 1 December": 200 days, at four rates, over the minimum.
        let later = run(&l, &[], &p[..1], date(2025, 6, 16), date(2025, 12, 1));
        assert!(later.interest > 2_610, "{}", later.interest);
        assert_eq!(later.interest % 100, 0, "full złoty");
        assert_eq!(later.due_now, 100_000 + later.interest);
        assert_eq!(later.next_due, Some((date(2025, 9, 15), 100_000)));
        // The reminder in the portal: a week before 15 September, not earlier.
        assert_eq!(reminder(&later, 7), None);
        let week = run(&l, &[], &p[..1], date(2025, 9, 8), date(2025, 9, 8));
        assert_eq!(reminder(&week, 7), Some((date(2025, 9, 15), 100_000, 7)));
        assert_eq!(reminder(&week, 6), None);
    }

    #[test]
    fn the_waste_fee_changes_with_the_rate_and_the_declarations() {
        let w = [
            WasteIn {
                id: "D-1".into(),
                from_year: 2025,
                from_month: 7,
                declaration: rules::WasteDeclaration {
                    residents: 2,
                    sorted: true,
                    large_family: false,
                },
            },
            WasteIn {
                id: "D-2".into(),
                from_year: 2025,
                from_month: 11,
                declaration: rules::WasteDeclaration {
                    residents: 3,
                    sorted: true,
                    large_family: false,
                },
            },
        ];
        let s = run(&[], &w, &[], date(2025, 12, 20), date(2025, 12, 20));
        let months: Vec<(i8, Money, &str)> = s
            .instalments
            .iter()
            .map(|i| (i.month.unwrap(), i.amount, i.liability.as_str()))
            .collect();
        // July and August at 27 zł a person, from September 35 zł; three people from November.
        assert_eq!(
            months,
            vec![
                (7, 5_400, "D-1"),
                (8, 5_400, "D-1"),
                (9, 7_000, "D-1"),
                (10, 7_000, "D-1"),
                (11, 10_500, "D-2"),
                (12, 10_500, "D-2")
            ]
        );
        assert_eq!(
            s.instalments[5].due,
            date(2025, 12, 15),
            "the 14th is a Sunday"
        );
    }

    #[test]
    fn under_100_zloty_in_one_sum_and_a_short_payment_split() {
        let small = run(
            &[property("L-9", 2026, 9_950)],
            &[],
            &[pay("P-1", date(2026, 3, 16), 9_950, Some("L-9"))],
            date(2026, 4, 1),
            date(2026, 4, 1),
        );
        assert_eq!(small.instalments.len(), 1);
        assert_eq!(small.instalments[0].status, Status::Paid);

        // 1,000 zł due 17 March 2025 and nothing paid until 500 zł on 16 June, when 35 zł of
        // interest is owed: split 483.09 zł to arrears and 16.91 zł to interest.
        let s = run(
            &[property("L-1", 2025, 400_000)],
            &[],
            &[pay("P-1", date(2025, 6, 16), 50_000, None)],
            date(2025, 6, 16),
            date(2025, 6, 16),
        );
        assert_eq!(s.payments[0].applied, vec![(0, 48_309, 1_691)]);
        let first = &s.instalments[0];
        assert_eq!(
            (first.paid, first.arrears, first.interest_paid),
            (48_309, 51_691, 1_691)
        );
        // Still owed: 18.09 zł of that interest (the rest of the 35 zł) and the arrears'.
        assert_eq!(first.interest, 1_809);
        assert_eq!(first.status, Status::Overdue);
        assert_eq!(
            transfer_title("T-1", LiabilityKind::Vehicle, 2025),
            "T-1 podatek od srodkow transportowych 2025"
        );
    }
}
