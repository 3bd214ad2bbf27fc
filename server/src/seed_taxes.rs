//! Demo local taxes (only with KO_DEMO=1), imported the way the tax system's files are: four
//! taxpayers with the cases a tax office meets — one instalment late with interest and the
//! waste fee across the rate change of 1 September 2025 (linked to the demo taxpayer's
//! account, whose PESEL a clerk confirmed), a partial payment split between arrears and
//! interest, everything paid, and a property tax under 100 zł paid in one sum.
use konto_app::identity::rules::{Identity, Pesel};
use konto_app::platform::Db;
use konto_app::taxes::{import, store};

type BoxErr = Box<dyn std::error::Error + Send + Sync>;

pub const DEMO_PESEL: &str = "75031501235";

const TAXPAYERS: &str = "taxpayer_id,name,pesel,account
PN-1001,Marek Kowalski,75031501235,29 1020 2892 0000 0000 1234 5601
PN-1002,Zofia Wiśniewska,62082204569,02 1020 2892 0000 0000 1234 5602
PN-1003,Jan Zieliński,88110307895,72 1020 2892 0000 0000 1234 5603
PN-1004,Ewa Lewandowska,91021402344,45 1020 2892 0000 0000 1234 5604
";

const LIABILITIES: &str = "liability_id,taxpayer_id,kind,year,amount
NP-1001-2025,PN-1001,property,2025,8000.00
NP-1001-2026,PN-1001,property,2026,8000.00
NP-1002-2025,PN-1002,property,2025,4000.00
NP-1003-2026,PN-1003,property,2026,1250.00
ST-1003-2026,PN-1003,vehicle,2026,2400.00
NP-1004-2026,PN-1004,property,2026,85.00
";

const WASTE: &str = "declaration_id,taxpayer_id,from_month,residents,sorted,large_family
DO-1001,PN-1001,2025-01,3,tak,nie
";

fn payments() -> String {
    let mut csv = String::from("payment_id,taxpayer_id,date,amount,channel,liability_id\n");
    let mut line = |id: &str, payer: &str, date: &str, amount: &str, channel: &str, l: &str| {
        csv.push_str(&format!("{id},{payer},{date},{amount},{channel},{l}\n"));
    };
    // PN-1001: 2025's last instalment (17 November) never paid; everything else on time.
    for (n, d) in ["2025-03-14", "2025-05-14", "2025-09-12"]
        .iter()
        .enumerate()
    {
        line(
            &format!("WP-1001-25-{n}"),
            "PN-1001",
            d,
            "2000.00",
            "bank",
            "NP-1001-2025",
        );
    }
    for (n, d) in ["2026-03-13", "2026-05-14", "2026-09-14", "2026-11-13"]
        .iter()
        .enumerate()
    {
        line(
            &format!("WP-1001-26-{n}"),
            "PN-1001",
            d,
            "2000.00",
            "bank",
            "NP-1001-2026",
        );
    }
    // The waste fee for three people, sorted: 81 zł a month until August 2025, 105 zł from
    // September 2025 (35 zł a person), each paid on the 10th; December 2026 is next.
    for (y, last) in [(2025, 12), (2026, 11)] {
        for m in 1..=last {
            let amount = if (y, m) < (2025, 9) {
                "81.00"
            } else {
                "105.00"
            };
            let channel = if m % 4 == 0 { "cash" } else { "bank" };
            line(
                &format!("WO-1001-{y}-{m:02}"),
                "PN-1001",
                &format!("{y}-{m:02}-10"),
                amount,
                channel,
                "DO-1001",
            );
        }
    }
    // PN-1002: nothing in March 2025, then 500 zł on 16 June 2025 while 35 zł of interest
    // was owed: split 483.09 zł to arrears and 16.91 zł to interest; the rest on time.
    line("WP-1002-1", "PN-1002", "2025-06-16", "500.00", "bank", "");
    line(
        "WP-1002-2",
        "PN-1002",
        "2025-09-15",
        "1000.00",
        "bank",
        "NP-1002-2025",
    );
    line(
        "WP-1002-3",
        "PN-1002",
        "2025-11-17",
        "1000.00",
        "bank",
        "NP-1002-2025",
    );
    // PN-1003: everything paid on time.
    for (n, d) in ["2026-03-16", "2026-05-15", "2026-09-15", "2026-11-16"]
        .iter()
        .enumerate()
    {
        line(
            &format!("WP-1003-{n}"),
            "PN-1003",
            d,
            "312.50",
            "bank",
            "NP-1003-2026",
        );
    }
    line(
        "WP-1003-V1",
        "PN-1003",
        "2026-02-16",
        "1200.00",
        "bank",
        "ST-1003-2026",
    );
    line(
        "WP-1003-V2",
        "PN-1003",
        "2026-09-14",
        "1200.00",
        "portal",
        "ST-1003-2026",
    );
    // PN-1004: 85 zł, one sum by 15 March (the 16th in 2026).
    line(
        "WP-1004-1",
        "PN-1004",
        "2026-03-10",
        "85.00",
        "cash",
        "NP-1004-2026",
    );
    csv
}

/// Imports the demo files once (a later start finds them) and links the demo taxpayer's
/// account to PN-1001 by confirming its PESEL as a clerk at an office would.
pub async fn demo(
    db: &Db,
    identity_key: &[u8],
    clerk: i64,
    taxpayer_account: i64,
) -> Result<(), BoxErr> {
    let today = konto_app::i18n::time::day_of(konto_app::platform::now());
    if store::payer_row(db, "PN-1001").await?.is_none() {
        let payments = payments();
        for file in [TAXPAYERS, LIABILITIES, WASTE, payments.as_str()] {
            let parsed = import::parse(file.as_bytes(), today)
                .map_err(|r| format!("demo tax file refused: {:?}", r.errors))?;
            let sha = {
                use sha2::Digest;
                hex::encode(sha2::Sha256::digest(file.as_bytes()))
            };
            store::import(db, identity_key, &parsed, &sha, store::Via::Api)
                .await
                .map_err(|e| format!("demo tax import: {e:?}"))?;
        }
    }
    if konto_app::identity::store::of_account(db, taxpayer_account)
        .await?
        .is_none()
    {
        let pesel = Pesel::parse(DEMO_PESEL, konto_app::identity::api::today())
            .map_err(|e| format!("demo PESEL: {e:?}"))?;
        let id = Identity::Pesel(pesel);
        let hash = konto_app::identity::store::person_hash(identity_key, &id);
        konto_app::identity::store::verify(
            db,
            &konto_app::identity::store::Verification {
                account: taxpayer_account,
                hash: &hash,
                id: &id,
                clerk,
                clerk_name: "Piotr Urzędnik",
                office: "Urząd Miasta Krakowa, al. Powstania Warszawskiego 10",
                district: konto_app::forms::District::new(14).ok_or("district")?,
                resident_since: konto_app::platform::now() - 5 * 365 * 24 * 3600,
                take_over: false,
            },
        )
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use konto_app::taxes::import::{parse, Parsed};
    use konto_app::taxes::rules::{self, Status};
    use konto_app::taxes::statement::{statement, LiabilityIn, PaymentIn, Statement, WasteIn};

    /// A demo taxpayer's statement on 1 December 2026, from the demo files as imported.
    fn statement_of(payer: &str) -> Statement {
        let today = jiff::civil::date(2026, 12, 1);
        let mut l = Vec::new();
        let mut w = Vec::new();
        let mut p = Vec::new();
        for f in [super::LIABILITIES, super::WASTE, &super::payments()] {
            match parse(f.as_bytes(), today).unwrap() {
                Parsed::Liabilities(v) => l.extend(
                    v.into_iter()
                        .filter(|(_, x)| x.taxpayer == payer)
                        .map(|(_, x)| LiabilityIn {
                            id: x.id,
                            kind: x.kind,
                            year: x.year,
                            amount: x.amount,
                        }),
                ),
                Parsed::Waste(v) => w.extend(
                    v.into_iter()
                        .filter(|(_, x)| x.taxpayer == payer)
                        .map(|(_, x)| WasteIn {
                            id: x.id,
                            from_year: x.from_year,
                            from_month: x.from_month,
                            declaration: x.declaration,
                        }),
                ),
                Parsed::Payments(v) => p.extend(
                    v.into_iter()
                        .filter(|(_, x)| x.taxpayer == payer)
                        .map(|(_, x)| PaymentIn {
                            id: x.id,
                            on: x.on,
                            amount: x.amount,
                            channel: x.channel,
                            liability: x.liability,
                        }),
                ),
                Parsed::Taxpayers(_) => {}
            }
        }
        statement(
            &l,
            &w,
            &p,
            today,
            today,
            konto_app::taxes::WASTE_DUE_DAY,
            &rules::lombard_rates(),
            &rules::letter_fees(),
        )
        .unwrap()
    }

    /// The demo shows the cases it promises.
    #[test]
    fn the_demo_taxpayers_show_their_cases() {
        // PN-1001: 2025's November instalment late, with interest; the waste fee 81 zł a
        // month until August 2025 and 105 zł from September; December 2026 next.
        let a = statement_of("PN-1001");
        let late: Vec<_> = a
            .instalments
            .iter()
            .filter(|i| i.status == Status::Overdue)
            .collect();
        assert_eq!(late.len(), 1, "{late:?}");
        assert_eq!(
            (late[0].year, late[0].number, late[0].arrears),
            (2025, 4, 200_000)
        );
        assert!(
            late[0].interest > 2_610,
            "over the minimum: {}",
            late[0].interest
        );
        let fee = |y, m| {
            a.instalments
                .iter()
                .find(|i| i.year == y && i.month == Some(m))
                .unwrap()
                .amount
        };
        assert_eq!((fee(2025, 8), fee(2025, 9)), (8_100, 10_500));
        assert_eq!(
            a.next_due.map(|(d, _)| d),
            Some(jiff::civil::date(2026, 12, 14))
        );
        // PN-1002: 500 zł on 16 June 2025 split between March's arrears and its interest.
        let b = statement_of("PN-1002");
        assert_eq!(b.payments[0].applied, vec![(0, 48_309, 1_691)]);
        // PN-1003: everything paid; PN-1004: 85 zł in one sum, paid.
        let c = statement_of("PN-1003");
        assert!(c.instalments.iter().all(|i| i.status == Status::Paid));
        assert_eq!((c.due_now, c.overdue), (0, 0));
        let d = statement_of("PN-1004");
        assert_eq!(d.instalments.len(), 1);
        assert_eq!(
            (d.instalments[0].amount, d.instalments[0].status),
            (8_500, Status::Paid)
        );
    }

    /// The demo files pass the import's checks (a start with KO_DEMO=1 would stop otherwise).
    #[test]
    fn the_demo_files_are_valid() {
        let today = jiff::civil::date(2026, 12, 1);
        for f in [
            super::TAXPAYERS,
            super::LIABILITIES,
            super::WASTE,
            &super::payments(),
        ] {
            assert!(
                konto_app::taxes::import::parse(f.as_bytes(), today).is_ok(),
                "{f}"
            );
        }
    }
}
