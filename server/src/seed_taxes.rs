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
    // PN-1001: 2025's September instalment never paid; everything else on time.
    for (n, d) in ["2025-03-14", "2025-05-14", "2025-11-14"]
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
