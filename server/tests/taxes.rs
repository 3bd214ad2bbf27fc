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

/// A resident's taxpayer: 4,000 zł of property tax for 2025 with only 1,100 zł paid (so
/// instalments are overdue with interest today), 1,000 zł for 2026 with nothing paid, and
/// 1,000 zł for next year (nothing due yet).
fn resident_files() -> [String; 3] {
    let next: i32 = day(0)[..4].parse::<i32>().unwrap() + 1;
    [
        "taxpayer_id,name,pesel,account
T-1,Anna Nowak,44051401359,PL61 1090 1014 0000 0712 1981 2874
"
        .into(),
        format!(
            "liability_id,taxpayer_id,kind,year,amount
L-1,T-1,property,2025,4000
L-2,T-1,property,2026,1000
L-3,T-1,property,{next},1000
"
        ),
        "payment_id,taxpayer_id,date,amount,channel,liability_id
P-1,T-1,2025-05-15,1100,bank,
"
        .into(),
    ]
}
const ANNA_PESEL: &str = "44051401359";

async fn json(
    s: &Server,
    c: &Client,
    path: &str,
    fields: &[(&str, &str)],
) -> (StatusCode, serde_json::Value) {
    let r = s.call(c, path, fields).await;
    let st = r.status();
    let t = r.text().await.unwrap();
    (
        st,
        serde_json::from_str(&t).unwrap_or(serde_json::Value::String(t)),
    )
}

async fn admin(s: &Server) -> Client {
    let c = s.browser();
    assert_eq!(
        location(&s.sign_in(&c, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    c
}

/// A clerk confirms `email`'s PESEL at an office.
async fn verify(s: &Server, clerk: &Client, email: &str, pesel: &str) {
    let since = day(-400);
    let (_, v) = json(
        s,
        clerk,
        "/api/staff/identity/verify",
        &[
            ("email", email),
            ("pesel", pesel),
            ("birth", ""),
            ("document", ""),
            ("office", "Urząd Miasta Krakowa, os. Zgody 2"),
            ("district", "13"),
            ("resident_since", since.as_str()),
        ],
    )
    .await;
    assert!(v.get("Done").is_some(), "{email}: {v}");
}

/// A tax clerk: a registered account given the role by the administrator.
async fn tax_clerk(s: &Server, admin: &Client, email: &str) -> Client {
    let c = s.resident(email, "1").await;
    let id = s
        .count(&format!("SELECT id FROM users WHERE email = '{email}'"))
        .await
        .to_string();
    let r = s
        .form(
            admin,
            "/api/admin/set_role",
            &[
                ("user_id", &id),
                ("role", "tax_clerk"),
                ("return_to", "/admin/users"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{email}' AND role = 'tax_clerk'"
        ))
        .await,
        1,
        "the role is one of the list on this database"
    );
    // A change of role ends the account's sessions: sign in again.
    assert_eq!(
        location(&s.sign_in(&c, email, "correct horse battery").await),
        "/account"
    );
    c
}

async fn linked_server() -> Server {
    let s = start_with(|c| c.tax_import_key = Some(KEY.into())).await;
    for f in resident_files() {
        assert_eq!(feed(&s, Some(KEY), &f).await.0, StatusCode::OK);
    }
    s
}

/// Only the taxpayer (once a clerk confirmed their PESEL) and tax clerks see tax data; every
/// look by a clerk is logged and the taxpayer reads who looked and when.
#[tokio::test]
async fn tax_data_only_for_the_taxpayer_and_tax_clerks_with_the_access_log() {
    let s = linked_server().await;
    let admin = admin(&s).await;
    let anna = s.resident("anna.podatki@example.pl", "13").await;
    let (st, v) = json(&s, &s.browser(), "/api/taxes", &[]).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "{v}");

    // Not verified: nothing, however the PESEL is known to the tax system.
    let (st, v) = json(&s, &anna, "/api/taxes", &[]).await;
    assert_eq!(
        (st, v["linking"].as_str()),
        (StatusCode::OK, Some("NotVerified")),
        "{v}"
    );
    // A PESEL the resident only declared (anyone can type anyone's number) links nothing.
    {
        let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
        let hash = konto_app::identity::store::person_hash(
            s.keys().identity(),
            &konto_app::identity::rules::Identity::Pesel(
                konto_app::identity::rules::Pesel::parse(
                    ANNA_PESEL,
                    konto_app::identity::api::today(),
                )
                .unwrap(),
            ),
        );
        let id = s
            .count("SELECT id FROM users WHERE email = 'anna.podatki@example.pl'")
            .await;
        sqlx::query("INSERT INTO identities (account_id, identity, kind, masked, level, created_at) VALUES ($1, $2, 'pesel', '1359', 'declared', 0)")
            .bind(id)
            .bind(hash)
            .execute(&db.pool)
            .await
            .unwrap();
        db.pool.close().await;
    }
    let (_, v) = json(&s, &anna, "/api/taxes", &[]).await;
    assert_eq!(v["linking"], "NotVerified", "{v}");
    assert_eq!(
        s.form(
            &anna,
            "/api/taxes/pay",
            &[("payer", "T-1"), ("liability", "")]
        )
        .await
        .status(),
        StatusCode::NOT_FOUND,
        "no paying for a taxpayer the account is not linked to"
    );
    // Signed out: paying and the reminders switch send to sign-in and change nothing.
    for path in ["/api/taxes/pay", "/api/taxes/reminders"] {
        let r = s
            .form(&s.browser(), path, &[("payer", "T-1"), ("liability", "")])
            .await;
        assert!(
            location(&r).starts_with("/sign-in"),
            "{path}: {}",
            location(&r)
        );
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM pay_orders").await, 0);
    assert_eq!(s.count("SELECT COUNT(*) FROM tax_reminders_off").await, 0);

    // Verified at an office: linked.
    verify(&s, &admin, "anna.podatki@example.pl", ANNA_PESEL).await;
    let (_, v) = json(&s, &anna, "/api/taxes", &[]).await;
    assert_eq!(v["linking"], "Linked", "{v}");
    let p = &v["payers"][0];
    assert_eq!(p["ext_id"], "T-1");
    assert_eq!(p["account"], "61 1090 1014 0000 0712 1981 2874");
    assert_eq!(p["statement"]["instalments"].as_array().unwrap().len(), 12);
    assert!(p["statement"]["overdue"].as_i64().unwrap() > 0);
    assert_eq!(p["viewed_by"].as_array().unwrap().len(), 0);

    // Another verified resident: no taxpayer of theirs, and not Anna's by asking for it.
    let bob = s.resident("bob.podatki@example.pl", "13").await;
    verify(&s, &admin, "bob.podatki@example.pl", "02270803624").await;
    let (_, v) = json(&s, &bob, "/api/taxes", &[]).await;
    assert_eq!(v["linking"], "NoTaxpayer", "{v}");
    assert_eq!(
        s.form(
            &bob,
            "/api/taxes/pay",
            &[("payer", "T-1"), ("liability", "")]
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    // A back-office clerk (not of the tax office).
    let piotr = s.resident("piotr.urzednik@example.pl", "1").await;
    {
        let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
        sqlx::query("UPDATE users SET role = 'clerk' WHERE email = 'piotr.urzednik@example.pl'")
            .execute(&db.pool)
            .await
            .unwrap();
        db.pool.close().await;
    }
    for (who, c, want) in [
        ("signed out", s.browser(), StatusCode::UNAUTHORIZED),
        ("a clerk", piotr.clone(), StatusCode::FORBIDDEN),
        ("a resident", bob.clone(), StatusCode::FORBIDDEN),
        ("an administrator", admin.clone(), StatusCode::FORBIDDEN),
    ] {
        let (st, _) = json(&s, &c, "/api/staff/taxes/payer", &[("ext", "T-1")]).await;
        assert_eq!(st, want, "{who}");
        let (st, _) = json(&s, &c, "/api/staff/taxes", &[("q", ANNA_PESEL)]).await;
        assert_eq!(st, want, "{who}");
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM tax_views").await, 0);

    // A tax clerk finds Anna by PESEL or by id (never by name) and looks: logged.
    let teresa = tax_clerk(&s, &admin, "teresa.podatki@example.pl").await;
    let (st, v) = json(&s, &teresa, "/api/staff/taxes", &[("q", ANNA_PESEL)]).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["found"][0]["ext_id"], "T-1");
    assert_eq!(v["found"][0]["pesel_masked"], "•••••••1359");
    let (_, v) = json(&s, &teresa, "/api/staff/taxes", &[("q", "Anna Nowak")]).await;
    assert_eq!(v["found"].as_array().unwrap().len(), 0);
    let (st, v) = json(&s, &teresa, "/api/staff/taxes/payer", &[("ext", "T-1")]).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["statement"]["instalments"].as_array().unwrap().len(), 12);
    let (st, _) = json(&s, &teresa, "/api/staff/taxes/payer", &[("ext", "T-404")]).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    assert_eq!(s.count("SELECT COUNT(*) FROM tax_views").await, 1);
    // The clerk's page without JavaScript (a second look, logged too).
    let (st, html) = s.page(&teresa, "/staff/taxes/payers/T-1").await;
    assert_eq!(st, StatusCode::OK);
    assert!(
        text(&html).contains("Podatek od nieruchomości"),
        "{}",
        text(&html)
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM tax_views").await, 2);

    // Anna reads who looked, on her page without JavaScript.
    let (_, v) = json(&s, &anna, "/api/taxes", &[]).await;
    assert_eq!(v["payers"][0]["viewed_by"].as_array().unwrap().len(), 2);
    assert_eq!(v["payers"][0]["viewed_by"][0]["name"], "Mieszkanka");
    let (st, html) = s.page(&anna, "/taxes").await;
    assert_eq!(st, StatusCode::OK);
    let t = text(&html);
    for want in [
        "Podatek od nieruchomości",
        "Kto przeglądał Twoje dane podatkowe",
        "zaległa",
        "Zapłać wszystko, co należne",
    ] {
        assert!(t.contains(want), "{want}: {t}");
    }
    // The account and the transfer titles, to copy (selectable without JavaScript).
    for want in [
        "value=\"61 1090 1014 0000 0712 1981 2874\"",
        "value=\"T-1 podatek od nieruchomosci 2025\"",
    ] {
        assert!(html.contains(want), "{want}");
    }
    // "If I pay on" a later day: more interest; a past day is told at its field.
    let later = day(60);
    let (_, today) = json(&s, &anna, "/api/taxes", &[]).await;
    let (_, then) = json(&s, &anna, "/api/taxes", &[("on", &later)]).await;
    assert!(
        then["payers"][0]["statement"]["interest"].as_i64()
            > today["payers"][0]["statement"]["interest"].as_i64(),
        "{then}"
    );
    assert_eq!(then["on_invalid"], false);
    let (_, past) = json(&s, &anna, "/api/taxes", &[("on", "2020-01-01")]).await;
    assert_eq!(past["on_invalid"], true);
    let (_, html) = s.page(&anna, "/taxes?on=jutro").await;
    assert!(html.contains("id=\"f-on-error\""), "the error at the field");
    assert!(html.contains("value=\"jutro\""), "what was typed is kept");
    // The clerk's looks are in the clerk's own data export; not in Anna's.
    assert!(s.find_in_database(ANNA_PESEL).await.is_empty());
}

/// Pay now: everything due, through the sandbox provider; waiting until the provider's
/// notification, then a portal payment applied like any other; nothing left to pay twice.
#[tokio::test]
async fn pay_now_through_the_sandbox_provider() {
    let s = linked_server().await;
    let admin = admin(&s).await;
    let anna = s.resident("anna.placi@example.pl", "13").await;
    verify(&s, &admin, "anna.placi@example.pl", ANNA_PESEL).await;
    let (_, v) = json(&s, &anna, "/api/taxes", &[]).await;
    let due = v["payers"][0]["statement"]["due_now"].as_i64().unwrap();
    assert!(due > 0, "{v}");

    // Everything due: to the provider's page.
    let r = s
        .form(
            &anna,
            "/api/taxes/pay",
            &[("payer", "T-1"), ("liability", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let pay = location(&r);
    assert!(
        pay.starts_with(&format!("{}/sandbox/p24/trnRequest/", s.base)),
        "{pay}"
    );
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM pay_orders WHERE purpose = 'tax' AND amount = {due}"
        ))
        .await,
        1
    );
    // Asked again before paying: the same order, not a second.
    let again = s
        .form(
            &anna,
            "/api/taxes/pay",
            &[("payer", "T-1"), ("liability", "")],
        )
        .await;
    assert_eq!(location(&again), pay);
    assert_eq!(s.count("SELECT COUNT(*) FROM pay_orders").await, 1);
    // Waiting: shown as such, nothing applied yet.
    let (_, v) = json(&s, &anna, "/api/taxes", &[]).await;
    assert_eq!(v["payers"][0]["pending"][0]["amount"].as_i64(), Some(due));
    assert_eq!(v["payers"][0]["statement"]["due_now"].as_i64(), Some(due));

    // Paid at the provider: it notifies the portal, which writes the payment once.
    let r = anna
        .post(&pay)
        .header("origin", &s.base)
        .form(&[("action", "pay")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("{}/taxes", s.base));
    for _ in 0..200 {
        if s.count("SELECT COUNT(*) FROM tax_payments WHERE channel = 'portal'")
            .await
            == 1
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        s.count("SELECT COUNT(*) FROM tax_payments WHERE channel = 'portal'")
            .await,
        1
    );
    assert_eq!(
        s.count("SELECT amount FROM tax_payments WHERE channel = 'portal'")
            .await,
        due
    );
    let (_, v) = json(&s, &anna, "/api/taxes", &[]).await;
    let st = &v["payers"][0]["statement"];
    assert_eq!(
        (st["due_now"].as_i64(), st["overdue"].as_i64()),
        (Some(0), Some(0)),
        "{st}"
    );
    assert_eq!(v["payers"][0]["pending"].as_array().unwrap().len(), 0);
    // The tax system's file later brings the same payment under the provider's session id:
    // nothing changes, nothing is counted twice.
    let session: String = {
        let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
        let x = sqlx::query_scalar("SELECT ext_id FROM tax_payments WHERE channel = 'portal'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        db.pool.close().await;
        x
    };
    let today = day(0);
    let echo = format!(
        "payment_id,taxpayer_id,date,amount,channel,liability_id\n{session},T-1,{today},{}.{:02},portal,\n",
        due / 100,
        due % 100
    );
    let (st, v) = feed(&s, Some(KEY), &echo).await;
    assert_eq!(
        (st, v["changed"].as_u64()),
        (StatusCode::OK, Some(0)),
        "{v}"
    );
    // Nothing due now: paying again is refused at the form.
    let (_, v) = json(
        &s,
        &anna,
        "/api/taxes/pay",
        &[("payer", "T-1"), ("liability", "")],
    )
    .await;
    assert_eq!(
        problems(&v),
        [("".to_string(), "TaxNothingToPay".to_string())]
    );
    // Next year's first instalment paid ahead, by itself: a quarter of 1,000 zł.
    let r = s
        .form(
            &anna,
            "/api/taxes/pay",
            &[("payer", "T-1"), ("liability", "L-3")],
        )
        .await;
    assert!(
        location(&r).contains("/sandbox/p24/trnRequest/"),
        "{}",
        location(&r)
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM pay_orders WHERE purpose = 'tax' AND amount = 25000")
            .await,
        1
    );
    // Someone else's liability id: not found.
    assert_eq!(
        s.form(
            &anna,
            "/api/taxes/pay",
            &[("payer", "T-1"), ("liability", "L-9")]
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
}

/// A tax clerk uploads a file with an error (told by line at the field, nothing changed),
/// then the corrected one; nobody else may upload.
#[tokio::test]
async fn tax_clerks_upload_files_and_see_line_errors() {
    let s = start().await;
    let admin = admin(&s).await;
    let teresa = tax_clerk(&s, &admin, "teresa.plik@example.pl").await;
    let post = |c: &Client, file: &str| {
        let (ct, body) = multipart(&[("file", Some("podatnicy.csv"), file)]);
        c.post(s.url("/staff/taxes/import"))
            .header(ORIGIN, &s.base)
            .header(CONTENT_TYPE, ct)
            .body(body)
            .send()
    };
    let files = resident_files();
    let bad = files[0].replace("44051401359", "44051401358");
    let r = post(&teresa, &bad).await.unwrap();
    assert_eq!(
        (r.status(), location(&r)),
        (StatusCode::SEE_OTHER, "/staff/taxes".to_string())
    );
    let (_, html) = s.page(&teresa, "/staff/taxes").await;
    let t = text(&html);
    assert!(t.contains("Pliku nie zaimportowano – problemów: 1."), "{t}");
    assert!(t.contains("Wiersz 2: nieprawidłowy PESEL"), "{t}");
    assert!(
        html.contains("aria-invalid=\"true\""),
        "the field is marked"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM tax_payers").await, 0);
    let r = post(&teresa, &files[0]).await.unwrap();
    assert_eq!(location(&r), "/staff/taxes");
    let (_, html) = s.page(&teresa, "/staff/taxes").await;
    let t = text(&html);
    assert!(
        t.contains("Zaimportowano wierszy: 1; zmienionych: 1."),
        "{t}"
    );
    assert!(
        t.contains("Mieszkanka"),
        "the import is listed with its clerk: {t}"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM tax_payers").await, 1);
    // Empty: told at the field.
    let r = post(&teresa, "").await.unwrap();
    assert_eq!(location(&r), "/staff/taxes");
    // Nobody else: an administrator, a resident, someone signed out.
    for c in [
        admin.clone(),
        s.resident("ktos@example.pl", "1").await,
        s.browser(),
    ] {
        let r = post(&c, &files[0]).await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM tax_imports").await, 1);
}

/// Reminders a week before each due day: once per taxpayer and day however often the job
/// runs, in the resident's language, none after opting out.
#[tokio::test]
async fn reminders_before_due_days_once_and_opt_out() {
    use konto_app::taxes::reminders::run_once;
    let s = linked_server().await;
    let admin = admin(&s).await;
    let anna = s.resident("anna.przypomnienia@example.pl", "13").await;
    verify(&s, &admin, "anna.przypomnienia@example.pl", ANNA_PESEL).await;
    let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
    let mails = || {
        s.count("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE 'Przypomnienie o terminie%'")
    };
    // 10 March 2026: 2026's first instalment (16 March, the 15th is a Sunday) is 6 days
    // away; 2025's overdue ones are not "before a due day".
    let at = konto_app::platform::now();
    let n = run_once(&db, &s.base, 7, jiff::civil::date(2026, 3, 10), at)
        .await
        .unwrap();
    assert_eq!(n, 1);
    assert_eq!(
        run_once(&db, &s.base, 7, jiff::civil::date(2026, 3, 11), at)
            .await
            .unwrap(),
        0,
        "once"
    );
    assert_eq!(mails().await, 1);
    let (subject, body) = s.last_mail("anna.przypomnienia@example.pl").await;
    assert!(subject.contains("16 marca 2026"), "{subject}");
    assert!(
        body.contains("250\u{a0}zł") && body.contains("/taxes"),
        "{body}"
    );
    // Too early for May's.
    assert_eq!(
        run_once(&db, &s.base, 7, jiff::civil::date(2026, 5, 1), at)
            .await
            .unwrap(),
        0
    );
    // Opted out: none for May's either.
    let r = s.form(&anna, "/api/taxes/reminders", &[]).await;
    assert_eq!(location(&r), "/taxes");
    assert_eq!(
        run_once(&db, &s.base, 7, jiff::civil::date(2026, 5, 10), at)
            .await
            .unwrap(),
        0
    );
    let r = s
        .form(&anna, "/api/taxes/reminders", &[("reminders", "on")])
        .await;
    assert_eq!(location(&r), "/taxes");
    assert_eq!(
        run_once(&db, &s.base, 7, jiff::civil::date(2026, 5, 10), at)
            .await
            .unwrap(),
        1
    );
    db.pool.close().await;
}

/// Files arriving together (the feed and clerks' uploads) are all applied: on SQLite an
/// import that read before writing failed with "database is locked" when another connection
/// wrote in between; the import now writes first and waits its turn.
#[tokio::test]
async fn concurrent_imports_are_all_applied() {
    let s = linked_server().await;
    let files: Vec<String> = (0..12)
        .map(|k| {
            let mut f = String::from("payment_id,taxpayer_id,date,amount,channel,liability_id\n");
            for n in 0..50 {
                f.push_str(&format!(
                    "C-{k}-{n},T-1,2026-01-{:02},1,bank,\n",
                    1 + n % 28
                ));
            }
            f
        })
        .collect();
    let all = futures::future::join_all(files.iter().map(|f| feed(&s, Some(KEY), f))).await;
    for (st, v) in &all {
        assert_eq!(*st, StatusCode::OK, "{v}");
    }
    assert_eq!(
        s.count("SELECT COUNT(*) FROM tax_payments WHERE ext_id LIKE 'C-%'")
            .await,
        600
    );
}

/// Arrears older than the dated interest table: the page says the office will give the
/// amount (never a 500, never a guessed rate), and paying is refused at the form.
#[tokio::test]
async fn arrears_older_than_the_rate_table_are_told_not_guessed() {
    let s = linked_server().await;
    let (st, _) = feed(
        &s,
        Some(KEY),
        "liability_id,taxpayer_id,kind,year,amount\nL-OLD,T-1,property,2020,1000\n",
    )
    .await;
    assert_eq!(st, StatusCode::OK);
    let admin = admin(&s).await;
    let anna = s.resident("anna.stare@example.pl", "13").await;
    verify(&s, &admin, "anna.stare@example.pl", ANNA_PESEL).await;
    let (st, v) = json(&s, &anna, "/api/taxes", &[]).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert!(v["payers"][0]["statement"].is_null(), "{v}");
    let (st, html) = s.page(&anna, "/taxes").await;
    assert_eq!(st, StatusCode::OK);
    assert!(
        text(&html).contains("sprzed 5 października 2023"),
        "{}",
        text(&html)
    );
    let (_, v) = json(
        &s,
        &anna,
        "/api/taxes/pay",
        &[("payer", "T-1"), ("liability", "")],
    )
    .await;
    assert_eq!(
        problems(&v),
        [("".to_string(), "TaxInterestUnknown".to_string())]
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM pay_orders").await, 0);
}

/// A payment may name a waste-fee declaration (the fee is a liability like the others), and
/// is then applied to that fee's oldest month (the demo's files name theirs; the Playwright
/// suite's server imports them at start).
#[tokio::test]
async fn payments_name_waste_declarations_and_the_demo_files_import() {
    let s = linked_server().await;
    let (st, v) = feed(
        &s,
        Some(KEY),
        "declaration_id,taxpayer_id,from_month,residents,sorted,large_family\nD-1,T-1,2026-01,2,tak,nie\n",
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let (st, v) = feed(
        &s,
        Some(KEY),
        "payment_id,taxpayer_id,date,amount,channel,liability_id\nW-1,T-1,2026-01-10,70,bank,D-1\n",
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
    let payer = konto_app::taxes::store::payer(&db, "T-1")
        .await
        .unwrap()
        .unwrap()
        .0;
    let today = jiff::civil::date(2026, 2, 1);
    let st = konto_app::taxes::store::statement_of(&db, payer, today, today)
        .await
        .unwrap()
        .unwrap();
    let january = st
        .instalments
        .iter()
        .position(|i| i.liability == "D-1" && i.month == Some(1))
        .unwrap();
    assert_eq!(
        st.payments.iter().find(|p| p.id == "W-1").unwrap().applied,
        vec![(january, 7_000, 0)]
    );
    db.pool.close().await;
}

/// Clerks confirming identities at several desks at once (a tax link waits on it): every
/// confirmation is recorded. On SQLite each read the holder of the PESEL and then wrote, and
/// one that another desk's write overtook failed ("database is locked", the form sent to
/// "/"); the confirmation's transaction now takes the write lock first.
#[tokio::test]
async fn identities_confirmed_at_several_desks_at_once() {
    let s = start().await;
    let admin = admin(&s).await;
    let mut emails = Vec::new();
    for n in 0..10 {
        let email = format!("rownolegle{n}@example.pl");
        s.resident(&email, "13").await;
        emails.push(email);
    }
    let pesels = [
        "44051401359",
        "02270803624",
        "75031501235",
        "62082204569",
        "88110307895",
        "91021402344",
        "85010112345",
        "90020212347",
        "70030312347",
        "80040412344",
    ];
    let since = day(-400);
    let calls = emails.iter().zip(pesels).map(|(email, pesel)| {
        let admin = admin.clone();
        let since = since.clone();
        let s = &s;
        async move {
            json(
                s,
                &admin,
                "/api/staff/identity/verify",
                &[
                    ("email", email.as_str()),
                    ("pesel", pesel),
                    ("birth", ""),
                    ("document", ""),
                    ("office", "Urząd Miasta Krakowa, os. Zgody 2"),
                    ("district", "13"),
                    ("resident_since", since.as_str()),
                ],
            )
            .await
        }
    });
    for (st, v) in futures::future::join_all(calls).await {
        assert_eq!(st, StatusCode::OK, "{v}");
        assert!(v.get("Done").is_some(), "{v}");
    }
    assert_eq!(
        s.count("SELECT COUNT(*) FROM identities WHERE level = 'verified'")
            .await,
        10
    );
}
