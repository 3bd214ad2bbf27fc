//! HTTP-level tests of local taxes: the tax system's feed (`POST /taxes/import`). Run on
//! SQLite and on PostgreSQL like `http.rs`.
mod common;
use common::*;

const KEY: &str = "feed-key-of-the-tax-system-0123456789abcdef";

async fn feed(s: &Server, key: Option<&str>, body: &str) -> (StatusCode, serde_json::Value) {
    let mut r = s
        .browser()
        .post(s.url("/taxes/import"))
        .header(CONTENT_TYPE, "text/csv")
        .body(body.to_string());
    if let Some(k) = key {
        r = r.header("authorization", format!("Bearer {k}"));
    }
    let r = r.send().await.unwrap();
    let status = r.status();
    let text = r.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
    )
}

fn lines(v: &serde_json::Value) -> Vec<(u64, String, String)> {
    v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["line"].as_u64().unwrap(),
                e["column"].as_str().unwrap().to_string(),
                e["problem"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

const TAXPAYERS: &str = "taxpayer_id,name,pesel,account
T-1,Anna Nowak,44051401359,PL61 1090 1014 0000 0712 1981 2874
T-2,Jan Kowalski,02270803624,61 1090 1014 0000 0712 1981 2874
";

/// The feed needs its key; a file is applied whole or not at all, with every problem at its
/// line; the same file twice changes nothing; no PESEL is stored.
#[tokio::test]
async fn the_feed_imports_whole_files_once_with_line_errors() {
    // Without a key configured the feed is off.
    let off = start().await;
    assert_eq!(
        feed(&off, Some(KEY), TAXPAYERS).await.0,
        StatusCode::NOT_FOUND
    );
    drop(off);

    let s = start_with(|c| c.tax_import_key = Some(KEY.into())).await;
    assert_eq!(feed(&s, None, TAXPAYERS).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(
        feed(
            &s,
            Some("feed-key-of-the-tax-system-0123456789abcdeX"),
            TAXPAYERS
        )
        .await
        .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM tax_payers").await, 0);

    let (st, v) = feed(&s, Some(KEY), TAXPAYERS).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(
        (
            v["kind"].as_str(),
            v["lines"].as_u64(),
            v["changed"].as_u64()
        ),
        (Some("taxpayers"), Some(2), Some(2))
    );
    // The same file again: nothing changes.
    let (_, v) = feed(&s, Some(KEY), TAXPAYERS).await;
    assert_eq!(v["changed"], 0);
    // The PESEL is kept only as the keyed hash (and its last four digits).
    assert!(s.find_in_database("44051401359").await.is_empty());
    assert!(s.find_in_database("0514013").await.is_empty());

    // A liabilities file with problems: each at its line; nothing taken.
    let bad = "liability_id,taxpayer_id,kind,year,amount
L-1,T-1,property,2025,4000
L-2,T-9,property,2025,417
L-3,T-1,land,2025,417
L-4,T-2,vehicle,1999,100
";
    let (st, v) = feed(&s, Some(KEY), bad).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        lines(&v),
        vec![
            (4, "kind".into(), "kind".into()),
            (5, "year".into(), "year".into()),
        ],
        "the file's own problems first: the taxpayers are checked once the lines read"
    );
    let unknown = "liability_id,taxpayer_id,kind,year,amount
L-1,T-1,property,2025,4000
L-2,T-9,property,2025,417
";
    let (st, v) = feed(&s, Some(KEY), unknown).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        lines(&v),
        vec![(3, "taxpayer_id".into(), "unknown_taxpayer".into())]
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM tax_liabilities").await,
        0,
        "all or nothing"
    );

    let good = "liability_id;taxpayer_id;kind;year;amount
L-1;T-1;property;2025;4000
L-2;T-2;property;2026;\"99,50\"
L-3;T-2;vehicle;2026;1501
";
    let (st, v) = feed(&s, Some(KEY), good).await;
    assert_eq!(
        (st, v["changed"].as_u64()),
        (StatusCode::OK, Some(3)),
        "{v}"
    );

    let payments = "payment_id,taxpayer_id,date,amount,channel,liability_id
P-1,T-1,2025-06-16,500,bank,L-1
P-2,T-1,2025-05-15,1000,cash,
P-3,T-2,2026-03-10,99.50,portal,L-2
";
    // A payment naming someone else's liability is refused.
    let (st, v) = feed(&s, Some(KEY), &payments.replace("portal,L-2", "portal,L-1")).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        lines(&v),
        vec![(4, "liability_id".into(), "unknown_liability".into())]
    );
    let (st, v) = feed(&s, Some(KEY), payments).await;
    assert_eq!((st, v["changed"].as_u64()), (StatusCode::OK, Some(3)));
    let (_, v) = feed(&s, Some(KEY), payments).await;
    assert_eq!(v["changed"], 0, "re-imported: nothing changes");
    // One payment corrected in the tax system: that row changes, no row is added.
    let (_, v) = feed(
        &s,
        Some(KEY),
        &payments.replace("P-2,T-1,2025-05-15,1000", "P-2,T-1,2025-05-15,1100"),
    )
    .await;
    assert_eq!(v["changed"], 1);
    assert_eq!(s.count("SELECT COUNT(*) FROM tax_payments").await, 3);
    assert_eq!(
        s.count("SELECT amount FROM tax_payments WHERE ext_id = 'P-2'")
            .await,
        110_000
    );
    // Every import is recorded, by the feed.
    assert_eq!(
        s.count("SELECT COUNT(*) FROM tax_imports WHERE via = 'api'")
            .await,
        6
    );
    // The statement is computed from what was imported: T-1's 4,000 zł of 2025 with 500 zł
    // paid on 16 June naming it (split with March's interest) and 1,100 zł on 15 May.
    let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
    use konto_app::taxes::{rules, statement, store};
    let (payer, name, account) = store::payer(&db, "T-1").await.unwrap().unwrap();
    assert_eq!(
        (name.as_str(), account.as_str()),
        ("Anna Nowak", "61109010140000071219812874")
    );
    let (l, w, p) = store::statement_inputs(&db, payer).await.unwrap();
    assert_eq!((l.len(), w.len(), p.len()), (1, 0, 2));
    let today = jiff::civil::date(2025, 12, 1);
    let st = statement::statement(
        &l,
        &w,
        &p,
        today,
        today,
        14,
        &rules::lombard_rates(),
        &rules::letter_fees(),
    )
    .unwrap();
    assert_eq!(st.instalments.len(), 4);
    // 15 May: 1,100 zł to March's instalment (58 days late: 23 zł of interest, under the
    // minimum), so 1,000 zł of it and 100 zł of May's.
    assert_eq!(
        st.payments[0].applied,
        vec![(0, 100_000, 0), (1, 10_000, 0)]
    );
    assert_eq!(st.payments[1].id, "P-1");
    assert!(st.overdue > 0 && st.due_now >= st.overdue);

    // Not a file of the four kinds.
    let (st, v) = feed(&s, Some(KEY), "a,b\n1,2\n").await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(lines(&v), vec![(1, String::new(), "header".into())]);
}
