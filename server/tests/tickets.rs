//! HTTP-level tests of public-transport tickets: the tariffs as dated data. Run on SQLite and
//! on PostgreSQL like `http.rs`.
mod common;
use common::*;
use konto_app::platform::Db;
use konto_app::tickets::{rules, store};

/// The server writes the facts file's tariffs at start, with every price as the rules have
/// it; starting again, or several instances starting at once, writes each tariff once.
#[tokio::test]
async fn the_tariffs_are_seeded_once_however_many_instances_start() {
    let s = start().await;
    let db = Db::connect(&s.db_url).await.unwrap();
    let strip = |ts: Vec<rules::Tariff>| -> Vec<_> {
        ts.into_iter()
            .map(|t| (t.effective_from, t.prices))
            .collect()
    };
    let seeded = strip(rules::seeded());
    assert_eq!(strip(store::tariffs(&db).await.unwrap()), seeded);
    assert_eq!(store::seed_tariffs(&db).await.unwrap(), 0);

    // An empty table and four instances starting at the same moment.
    sqlx::query("DELETE FROM tk_prices")
        .execute(&db.pool)
        .await
        .unwrap();
    sqlx::query("DELETE FROM tk_tariffs")
        .execute(&db.pool)
        .await
        .unwrap();
    let added = futures::future::join_all((0..4).map(|_| store::seed_tariffs(&db))).await;
    let total: usize = added.into_iter().map(Result::unwrap).sum();
    assert_eq!(total, 2);
    assert_eq!(strip(store::tariffs(&db).await.unwrap()), seeded);
    let prices: usize = rules::seeded().iter().map(|t| t.prices.len()).sum();
    assert_eq!(
        s.count("SELECT COUNT(*) FROM tk_prices").await,
        prices as i64
    );
    db.pool.close().await;
}

/// The keys that sign tickets live in their own file (mode 0600), never in the database; the
/// public parts are published with their windows, and a ticket signed by the key in force
/// verifies against what was published.
#[tokio::test]
async fn ticket_keys_are_published_and_kept_out_of_the_database() {
    let s = start().await;
    let r = s
        .browser()
        .get(s.url("/tickets/keys.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let json: serde_json::Value = r.json().await.unwrap();
    let k = &json["keys"][0];
    assert_eq!(k["id"], 1);
    assert_eq!(k["algorithm"], "Ed25519");
    let public = konto_ticket::PublicKey {
        id: 1,
        key: hex::decode(k["public_key"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap(),
        from: k["signs_from"].as_u64().unwrap() as u32,
        until: k["signs_until"].as_u64().unwrap() as u32,
    };
    let now = konto_app::platform::now();
    assert!(i64::from(public.from) <= now && now < i64::from(public.until));

    // `<data folder>/keys/tickets.keys` (the tests' data folder holds their server key file).
    let file = s.key_file.with_file_name("keys").join("tickets.keys");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let text = std::fs::read_to_string(&file).unwrap();
    let ring = konto_app::tickets::keys::parse(&text).unwrap();
    let signer = ring.active(now).unwrap();
    let seed = hex::encode(signer.seed());
    let ticket = konto_ticket::Ticket {
        key_id: 0,
        id: 1,
        product: konto_ticket::Product::Minutes30,
        zones: konto_ticket::Zones::City,
        reduced: None,
        resident: false,
        issued: now as u32,
        valid_from: now as u32,
        valid_until: now as u32 + 1799,
        vehicle: konto_ticket::Vehicle::parse("HY605"),
        line: None,
        holder: None,
    };
    let token = signer.sign(&ticket);
    assert!(konto_ticket::verify(&token, &[public], |_| false, now).is_ok());
    assert!(!json.to_string().contains(&seed));

    // No column of any table holds the seed.
    assert_eq!(s.find_in_database(&seed).await, Vec::<String>::new());
}

/// The price list: the tariff in force today with both fares, period tickets by the kind of
/// price, the carried-over figures marked, a tariff announced for later beside it; for anyone,
/// without JavaScript, in the visitor's language.
#[tokio::test]
async fn the_price_list_shows_the_tariff_in_force_and_the_one_announced() {
    let s = start().await;
    let (status, page) = s.page(&s.browser(), "/tickets/prices").await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&page);
    for row in [
        "Cennik obowiązujący od 2 marca 2026",
        "60-minutowy I 8 zł 4 zł",
        "90-minutowy I + II + III 9 zł 4,50 zł",
        "24-godzinny (cena do potwierdzenia) I 17 zł 8,50 zł",
        "miesięczny na całą sieć dla mieszkańca z Kartą Krakowską 99 zł 49,50 zł",
        "miesięczny na całą sieć (cena do potwierdzenia) bez Karty Krakowskiej 148 zł",
        "pochodzą z poprzedniej taryfy",
    ] {
        assert!(t.contains(row), "{row} in {t}");
    }
    assert!(
        !t.contains("1 sierpnia 2024"),
        "the earlier tariff is not shown"
    );
    assert!(!t.contains("zapowiedziany"));

    // A tariff announced for a day to come is shown after the one in force.
    let db = Db::connect(&s.db_url).await.unwrap();
    let future = day(40);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO tk_tariffs (effective_from, created_at) VALUES ($1, 0) RETURNING id",
    )
    .bind(&future)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO tk_prices (tariff_id, product, zones, resident, amount, confirmed)
         VALUES ($1, 3, 1, 0, 1000, 1)",
    )
    .bind(id)
    .execute(&db.pool)
    .await
    .unwrap();
    db.pool.close().await;
    let r = s
        .browser()
        .get(s.url("/tickets/prices"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    let t = text(&r.text().await.unwrap());
    let date: jiff::civil::Date = future.parse().unwrap();
    // Dates as the English pages write them (i18n::time, unit-tested there).
    let announced = format!(
        "Prices in force from {} (announced)",
        konto_app::i18n::time::date(
            konto_app::i18n::Lang::En,
            konto_app::i18n::time::LocalTime::on(date, 0, 0)
        )
    );
    let now = t
        .find("Prices in force from 2 March 2026")
        .expect("in force");
    let later = t.find(&announced).expect("announced");
    assert!(now < later, "{t}");
    assert!(t[later..].contains("60 minutes I 10 zł 5 zł"), "{t}");
}

async fn confirm_card(
    s: &Server,
    clerk: &reqwest::Client,
    email: &str,
    number: &str,
    until: &str,
    take_over: bool,
) -> serde_json::Value {
    let mut f = vec![
        ("email", email),
        ("number", number),
        ("valid_until", until),
        ("office", "Urząd Miasta Krakowa, os. Zgody 2"),
    ];
    if take_over {
        f.push(("take_over", "yes"));
    }
    s.call(clerk, "/api/staff/card/confirm", &f)
        .await
        .json()
        .await
        .unwrap()
}

/// The city card: a clerk confirms its number and validity after seeing it; each problem at
/// its field with the rest kept; a number on one account at a time; the resident sees it,
/// may take it off, finds it in their export; nobody else may confirm one.
#[tokio::test]
async fn a_clerk_confirms_a_city_card_and_the_resident_sees_it() {
    let s = start().await;
    let clerk = s.browser();
    s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let anna = s.resident("anna.card@example.pl", "5").await;
    let jan = s.resident("jan.card@example.pl", "7").await;

    // A resident may not confirm cards, their own or anyone's.
    let r = s
        .call(
            &anna,
            "/api/staff/card/confirm",
            &[
                ("email", "anna.card@example.pl"),
                ("number", "12345678"),
                ("valid_until", &day(100)),
                ("office", "Urząd Miasta Krakowa, os. Zgody 2"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (_, page) = s.page(&anna, "/account/card").await;
    assert!(text(&page).contains("nie dodano jeszcze Karty Krakowskiej"));

    // Every problem at its field.
    let v = confirm_card(&s, &clerk, "nobody@example.pl", "1234", &day(-1), false).await;
    assert_eq!(
        problems(&v),
        [
            ("email".to_string(), "AccountUnknown".to_string()),
            ("number".into(), "CardNumberFormat".into()),
            ("valid_until".into(), "CardValidUntil".into()),
        ]
    );
    let v = confirm_card(
        &s,
        &clerk,
        "anna.card@example.pl",
        "1234 5678 90",
        &day(420),
        false,
    )
    .await;
    assert_eq!(
        problems(&v),
        [("valid_until".to_string(), "CardValidUntil".to_string())]
    );
    // Without JavaScript the form comes back with the values kept and the message beside.
    let r = s
        .form(
            &clerk,
            "/api/staff/card/confirm",
            &[
                ("email", "anna.card@example.pl"),
                ("number", "12-34"),
                ("valid_until", &day(300)),
                ("office", "Urząd Miasta Krakowa, os. Zgody 2"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/staff/card");
    let (_, page) = s.page(&clerk, "/staff/card").await;
    assert!(page.contains(r#"value="anna.card@example.pl""#), "{page}");
    assert!(text(&page).contains("Numer karty to od 8 do 20 cyfr."));

    let v = confirm_card(
        &s,
        &clerk,
        "anna.card@example.pl",
        "1234 5678 90",
        &day(300),
        false,
    )
    .await;
    assert!(v.get("Done").is_some(), "{v}");
    let (_, page) = s.page(&anna, "/account/card").await;
    let t = text(&page);
    assert!(t.contains("1234567890"), "{t}");
    assert!(t.contains("Ważna do"), "{t}");
    assert!(t.contains("os. Zgody 2"), "{t}");

    // The same number for another account: refused at the take-over box, then moved.
    let v = confirm_card(
        &s,
        &clerk,
        "jan.card@example.pl",
        "1234567890",
        &day(300),
        false,
    )
    .await;
    assert_eq!(
        problems(&v),
        [("take_over".to_string(), "CardHeldElsewhere".to_string())]
    );
    let v = confirm_card(
        &s,
        &clerk,
        "jan.card@example.pl",
        "1234567890",
        &day(300),
        true,
    )
    .await;
    assert!(v.get("Done").is_some(), "{v}");
    assert_eq!(s.count("SELECT COUNT(*) FROM cards").await, 1);
    let (_, page) = s.page(&anna, "/account/card").await;
    assert!(text(&page).contains("nie dodano jeszcze"));
    assert_eq!(
        s.count(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('card_confirmed', 'card_taken_over')"
        )
        .await,
        3
    );

    // Jan finds it in his export, then takes it off.
    let export: serde_json::Value = jan
        .get(s.url("/account/export"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(export["card"]["card"]["number"], "1234567890", "{export}");
    let v: serde_json::Value = s
        .call(&jan, "/api/card/remove", &[])
        .await
        .json()
        .await
        .unwrap();
    assert!(v.get("Done").is_some(), "{v}");
    let v: serde_json::Value = s
        .call(&jan, "/api/card/remove", &[])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(problems(&v), [("".to_string(), "CardMissing".to_string())]);
    assert_eq!(s.count("SELECT COUNT(*) FROM cards").await, 0);
    // Signed out: the card's data is not given.
    let r = s.call(&s.browser(), "/api/card", &[]).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

/// The first public key as `/tickets/keys.json` publishes it.
async fn published_key(s: &Server) -> konto_ticket::PublicKey {
    let keys: serde_json::Value = s
        .browser()
        .get(s.url("/tickets/keys.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let k = &keys["keys"][0];
    konto_ticket::PublicKey {
        id: k["id"].as_u64().unwrap() as u16,
        key: hex::decode(k["public_key"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap(),
        from: k["signs_from"].as_u64().unwrap() as u32,
        until: k["signs_until"].as_u64().unwrap() as u32,
    }
}

/// The buy form's JSON answer.
async fn buy(s: &Server, c: &reqwest::Client, fields: &[(&str, &str)]) -> serde_json::Value {
    s.call(c, "/api/tickets/buy", fields)
        .await
        .json()
        .await
        .unwrap()
}

/// A ticket chosen and ordered; returns the order's id.
async fn order(s: &Server, c: &reqwest::Client, fields: &[(&str, &str)]) -> i64 {
    let v: serde_json::Value = s
        .call(c, "/api/tickets/buy", fields)
        .await
        .json()
        .await
        .unwrap();
    v["Done"]["to"]
        .as_str()
        .and_then(|t| t.strip_prefix("/tickets/orders/"))
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| panic!("an order: {v}"))
}

const SHORT: &[(&str, &str)] = &[
    ("product", "2"),
    ("zones", "1"),
    ("fare", "normal"),
    ("vehicle", "ra123"),
];

/// To the provider's page: the address the portal sends the buyer to (no JavaScript).
async fn to_provider(s: &Server, c: &reqwest::Client, order: i64) -> String {
    let r = s
        .form(c, "/api/tickets/pay", &[("order", &order.to_string())])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let to = location(&r);
    assert!(
        to.starts_with(&format!("{}/sandbox/p24/trnRequest/", s.base)),
        "{to}"
    );
    to
}

/// The sandbox's merchant keys (the test reads them as the provider would hold them).
fn sandbox_keys(s: &Server) -> konto_server::sandbox_p24::SandboxKeys {
    let path = s.key_file.with_file_name("keys").join("p24-sandbox.keys");
    konto_server::sandbox_p24::SandboxKeys::load_or_create(&path).unwrap()
}

/// The notification the provider sends for an order, signed with `crc`.
fn notification(
    keys: &konto_server::sandbox_p24::SandboxKeys,
    session: &str,
    order_id: i64,
    amount: i64,
    currency: &str,
    crc: &str,
) -> String {
    let mut n = konto_app::payments::p24::Notification {
        merchant_id: keys.merchant_id,
        pos_id: keys.merchant_id,
        session_id: session.into(),
        amount,
        origin_amount: amount,
        currency: currency.into(),
        order_id,
        method_id: 25,
        statement: "p24-test".into(),
        sign: String::new(),
    };
    n.sign = n.expected_sign(crc);
    serde_json::to_string(&n).unwrap()
}

async fn notify(s: &Server, body: String) -> StatusCode {
    s.browser()
        .post(s.url("/payments/p24/status"))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap()
        .status()
}

async fn wait_for(s: &Server, sql: &str, want: i64) {
    for _ in 0..200 {
        if s.count(sql).await == want {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{sql} never gave {want}");
}

/// The whole purchase through the sandbox provider, over HTTP as a browser without
/// JavaScript makes it: choice, summary, the provider's page, pay, back; the ticket comes
/// from the provider's notification (the buyer's return proves nothing), signed and
/// verifiable; the same notification replayed 100 times gives no second ticket.
#[tokio::test]
async fn a_ticket_is_bought_through_the_sandbox_and_replays_give_no_second() {
    let s = start().await;
    let anna = s.resident("anna.bilet@example.pl", "5").await;

    // A wrong vehicle number: at its field, the rest kept (without JavaScript).
    let mut bad: Vec<(&str, &str)> = SHORT.to_vec();
    bad[3] = ("vehicle", "R12");
    let r = s.form(&anna, "/api/tickets/buy", &bad).await;
    assert_eq!(location(&r), "/tickets/buy");
    let v: serde_json::Value = s
        .call(&anna, "/api/tickets/buy", &bad)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("vehicle".to_string(), "TicketVehicleInvalid".to_string())]
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM pay_orders").await, 0);

    let id = order(&s, &anna, SHORT).await;
    let (amount, state): (i64, String) = {
        let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
        sqlx::query_as("SELECT amount, state FROM pay_orders WHERE id = $1")
            .bind(id)
            .fetch_one(&db.pool)
            .await
            .unwrap()
    };
    assert_eq!(state, "new");
    assert!(amount > 0);
    let pay = to_provider(&s, &anna, id).await;
    let (status, page) = s.page(&anna, &pay.replace(&s.base, "")).await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&page);
    assert!(t.contains("Płatność testowa"), "{t}");
    assert!(
        t.contains(&format!("{},{:02} zł", amount / 100, amount % 100)),
        "{t}"
    );

    // Back at the portal without paying: nothing is issued, whatever the address says.
    let (_, page) = s.page(&anna, &format!("/tickets/orders/{id}")).await;
    assert_eq!(s.count("SELECT COUNT(*) FROM tk_tickets").await, 0);
    assert!(text(&page).contains("Czeka na zapłatę"), "{}", text(&page));

    // Pay on the provider's page; it sends the buyer back and notifies the portal.
    let r = anna
        .post(&pay)
        .header("origin", &s.base)
        .form(&[("action", "pay")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("{}/tickets/orders/{id}", s.base));
    wait_for(&s, "SELECT COUNT(*) FROM tk_tickets", 1).await;
    wait_for(
        &s,
        "SELECT COUNT(*) FROM sandbox_p24 WHERE state = 'verified'",
        1,
    )
    .await;
    assert_eq!(
        s.count("SELECT COUNT(*) FROM pay_orders WHERE state = 'paid'")
            .await,
        1
    );

    // The ticket verifies against the published keys: the choice, valid from payment.
    let public = published_key(&s).await;
    let wallet: serde_json::Value = s
        .call(&anna, "/api/tickets/wallet", &[])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(wallet.as_array().unwrap().len(), 1, "{wallet}");
    assert_eq!(wallet[0]["state"], "Active");
    assert_eq!(wallet[0]["vehicle"], "RA123");
    let code = wallet[0]["code"].as_str().unwrap();
    let token = konto_ticket::code::decode(code).unwrap();
    let now = konto_app::platform::now();
    let ticket = konto_ticket::verify(&token, &[public], |_| false, now).unwrap();
    assert_eq!(ticket.product, konto_ticket::Product::Minutes30);
    assert_eq!(ticket.vehicle.unwrap().as_str(), "RA123");
    assert_eq!(ticket.valid_until - ticket.valid_from, 30 * 60 - 1);

    // The provider's notification again, a hundred times: still one ticket.
    let sb = sandbox_keys(&s);
    let (session, provider_order): (String, i64) = {
        let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
        sqlx::query_as("SELECT session_id, order_id FROM sandbox_p24")
            .fetch_one(&db.pool)
            .await
            .unwrap()
    };
    for _ in 0..100 {
        let body = notification(&sb, &session, provider_order, amount, "PLN", &sb.crc);
        assert_eq!(notify(&s, body).await, StatusCode::OK);
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM tk_tickets").await, 1);
    // The receipt.
    let (_, page) = s.page(&anna, &format!("/tickets/orders/{id}")).await;
    assert!(text(&page).contains("Zapłacone"), "{}", text(&page));
}

/// A hundred notifications at once give one ticket; one with a wrong sign, amount, currency
/// or session, or for an expired order, gives none and is logged.
#[tokio::test]
async fn concurrent_and_forged_notifications() {
    let s = start().await;
    let anna = s.resident("anna.rownolegle@example.pl", "5").await;
    let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
    let sb = sandbox_keys(&s);
    // Paid at the provider, not yet notified (the sandbox's notifier is kept out of it).
    let paid = |id: i64, provider_order: i64| {
        let pool = db.pool.clone();
        async move {
            sqlx::query("UPDATE sandbox_p24 SET state = 'paid', order_id = $1 WHERE session_id = (SELECT session_id FROM pay_orders WHERE id = $2)")
                .bind(provider_order)
                .bind(id)
                .execute(&pool)
                .await
                .unwrap();
            let (session, amount): (String, i64) =
                sqlx::query_as("SELECT session_id, amount FROM pay_orders WHERE id = $1")
                    .bind(id)
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            (session, amount)
        }
    };
    let id = order(&s, &anna, SHORT).await;
    to_provider(&s, &anna, id).await;
    let (session, amount) = paid(id, 4_611_686_018_427_387_903).await;
    let big = 4_611_686_018_427_387_903;

    for (body, why) in [
        (
            notification(&sb, &session, big, amount, "PLN", "not-the-crc"),
            "sign",
        ),
        (
            notification(&sb, &session, big, amount + 1, "PLN", &sb.crc),
            "amount",
        ),
        (
            notification(&sb, &session, big, amount, "EUR", &sb.crc),
            "currency",
        ),
        (
            notification(&sb, "KO-nope", big, amount, "PLN", &sb.crc),
            "unknown_session",
        ),
        ("{\"merchantId\": 1}".to_string(), "malformed"),
    ] {
        assert_eq!(notify(&s, body).await, StatusCode::BAD_REQUEST, "{why}");
        let logged: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pay_events WHERE kind = 'notification_refused' AND detail = $1",
        )
        .bind(why)
        .fetch_one(&db.pool)
        .await
        .unwrap();
        assert_eq!(logged, 1, "{why}");
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM tk_tickets").await, 0);

    let body = notification(&sb, &session, big, amount, "PLN", &sb.crc);
    let all = futures::future::join_all((0..100).map(|_| notify(&s, body.clone()))).await;
    assert!(all.iter().all(|st| *st == StatusCode::OK), "{all:?}");
    assert_eq!(s.count("SELECT COUNT(*) FROM tk_tickets").await, 1);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM pay_orders WHERE state = 'paid'")
            .await,
        1
    );

    // An order past its time: refused, no ticket, and it cannot be paid any more.
    let late = order(&s, &anna, SHORT).await;
    to_provider(&s, &anna, late).await;
    let (session, amount) = paid(late, 17).await;
    sqlx::query("UPDATE pay_orders SET expires_at = expires_at - 3600 WHERE id = $1")
        .bind(late)
        .execute(&db.pool)
        .await
        .unwrap();
    let body = notification(&sb, &session, 17, amount, "PLN", &sb.crc);
    assert_eq!(notify(&s, body).await, StatusCode::BAD_REQUEST);
    assert_eq!(s.count("SELECT COUNT(*) FROM tk_tickets").await, 1);
    let v: serde_json::Value = s
        .call(&anna, "/api/tickets/pay", &[("order", &late.to_string())])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "OrderNotPayable".to_string())]
    );
    db.pool.close().await;
}

/// The resident price needs a card valid for the whole ticket; a period ticket that has not
/// started is refunded through the provider and goes on the revocation list.
#[tokio::test]
async fn resident_price_needs_a_card_and_an_unstarted_ticket_is_refunded() {
    let s = start().await;
    let clerk = s.browser();
    s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let anna = s.resident("anna.miesieczny@example.pl", "5").await;
    let tomorrow = day(1);
    let monthly = [
        ("product", "12"),
        ("zones", "1"),
        ("fare", "normal"),
        ("resident", "yes"),
        ("start", tomorrow.as_str()),
        ("holder", "  Anna   Nowak "),
    ];
    let v = buy(&s, &anna, &monthly).await;
    assert_eq!(
        problems(&v),
        [("resident".to_string(), "TicketCardRequired".to_string())]
    );
    // A card that ends before the ticket does is not enough.
    let v = confirm_card(
        &s,
        &clerk,
        "anna.miesieczny@example.pl",
        "99887766",
        &day(10),
        false,
    )
    .await;
    assert!(v.get("Done").is_some(), "{v}");
    let v = buy(&s, &anna, &monthly).await;
    assert_eq!(
        problems(&v),
        [("resident".to_string(), "TicketCardRequired".to_string())]
    );
    let v = confirm_card(
        &s,
        &clerk,
        "anna.miesieczny@example.pl",
        "99887766",
        &day(60),
        false,
    )
    .await;
    assert!(v.get("Done").is_some(), "{v}");
    let id = order(&s, &anna, &monthly).await;
    let pay = to_provider(&s, &anna, id).await;
    anna.post(&pay)
        .header("origin", &s.base)
        .form(&[("action", "pay")])
        .send()
        .await
        .unwrap();
    wait_for(
        &s,
        "SELECT COUNT(*) FROM tk_tickets WHERE resident = 1 AND holder = 'Anna Nowak'",
        1,
    )
    .await;
    wait_for(
        &s,
        "SELECT COUNT(*) FROM sandbox_p24 WHERE state = 'verified'",
        1,
    )
    .await;
    let wallet: serde_json::Value = s
        .call(&anna, "/api/tickets/wallet", &[])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(wallet[0]["state"], "Upcoming", "{wallet}");
    assert_eq!(wallet[0]["refundable"], true);
    let ticket = wallet[0]["id"].as_i64().unwrap().to_string();

    // Someone else cannot refund it.
    let jan = s.resident("jan.miesieczny@example.pl", "5").await;
    let r = s
        .call(&jan, "/api/tickets/refund", &[("ticket", &ticket)])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let v: serde_json::Value = s
        .call(&anna, "/api/tickets/refund", &[("ticket", &ticket)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Done"]["to"], "/tickets", "{v}");
    assert_eq!(s.count("SELECT COUNT(*) FROM tk_revocations").await, 1);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM pay_orders WHERE state = 'refunded'")
            .await,
        1
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM sandbox_p24 WHERE refunded = amount")
            .await,
        1
    );
    // Once only.
    let v: serde_json::Value = s
        .call(&anna, "/api/tickets/refund", &[("ticket", &ticket)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "RefundNotAllowed".to_string())]
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM tk_revocations").await, 1);

    // The revocation list: for inspectors, signed, in parts from a version on.
    let kontroler = s.resident("kontroler.lista@example.pl", "1").await;
    {
        let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
        sqlx::query(
            "UPDATE users SET role = 'inspector' WHERE email = 'kontroler.lista@example.pl'",
        )
        .execute(&db.pool)
        .await
        .unwrap();
        db.pool.close().await;
    }
    let get = |c: &reqwest::Client, q: &str| {
        c.get(s.url(&format!("/tickets/revocations.json{q}")))
            .send()
    };
    assert_eq!(
        get(&s.browser(), "").await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        get(&anna, "").await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        get(&kontroler, "?since=x").await.unwrap().status(),
        StatusCode::BAD_REQUEST
    );
    let list: serde_json::Value = get(&kontroler, "").await.unwrap().json().await.unwrap();
    assert_eq!(
        list["ids"],
        serde_json::json!([ticket.parse::<i64>().unwrap()]),
        "{list}"
    );
    let public = published_key(&s).await;
    let part = konto_ticket::Revocations {
        key_id: list["key_id"].as_u64().unwrap() as u16,
        from: list["from"].as_u64().unwrap() as u32,
        to: list["to"].as_u64().unwrap() as u32,
        ids: vec![ticket.parse().unwrap()],
    };
    let signature = hex::decode(list["signature"].as_str().unwrap()).unwrap();
    assert!(part.verify(&signature, std::slice::from_ref(&public)));
    let forged = konto_ticket::Revocations {
        ids: vec![],
        ..part.clone()
    };
    assert!(!forged.verify(&signature, &[public]));
    // Nothing newer than what the inspector holds.
    let next: serde_json::Value = get(&kontroler, &format!("?since={}", part.to))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(next["ids"], serde_json::json!([]));
    assert_eq!(next["to"], part.to);
}

/// Every ticket server function against every role: signed out, another resident, a clerk.
/// Orders and tickets are their buyer's alone (404 to anyone else, staff included).
#[tokio::test]
async fn ticket_functions_against_every_role() {
    let s = start().await;
    let anna = s.resident("anna.role@example.pl", "5").await;
    let jan = s.resident("jan.role@example.pl", "5").await;
    let clerk = s.browser();
    s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let anon = s.browser();
    let id = order(&s, &anna, SHORT).await.to_string();

    // Signed out: data refused with 401; forms send the browser to sign in.
    for path in ["/api/tickets/wallet", "/api/card"] {
        assert_eq!(
            s.call(&anon, path, &[]).await.status(),
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
    }
    for (path, f) in [
        ("/api/tickets/order", ("id", id.as_str())),
        ("/api/tickets/ticket", ("id", "1")),
        ("/api/tickets/pay", ("order", id.as_str())),
    ] {
        assert_eq!(
            s.call(&anon, path, &[f]).await.status(),
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
    }
    for (path, f) in [
        ("/api/tickets/buy", SHORT.to_vec()),
        ("/api/tickets/refund", vec![("ticket", "1")]),
        ("/api/card/remove", vec![]),
    ] {
        let r = s.form(&anon, path, &f).await;
        assert!(location(&r).starts_with("/sign-in?return_to="), "{path}");
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM pay_orders").await, 1);

    // Another resident and a clerk: someone else's order does not exist for them.
    for who in [&jan, &clerk] {
        for (path, f) in [
            ("/api/tickets/order", ("id", id.as_str())),
            ("/api/tickets/pay", ("order", id.as_str())),
        ] {
            assert_eq!(
                s.call(who, path, &[f]).await.status(),
                StatusCode::NOT_FOUND,
                "{path}"
            );
        }
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM sandbox_p24").await, 0);
    // Its buyer sees it; a malformed id is a 400, never a 500.
    let r = s.call(&anna, "/api/tickets/order", &[("id", &id)]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = s.call(&anna, "/api/tickets/order", &[("id", "x")]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    // A resident cannot confirm cards (tested above) nor reach the sandbox's API without its key.
    let r = anon
        .post(s.url("/sandbox/p24/api/v1/transaction/register"))
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

/// The inspector role on a database made before it existed: the users' table is rebuilt on
/// SQLite (on PostgreSQL the constraint is changed in place) with every account, session and
/// key kept, and deleting an account still cascades as before.
#[tokio::test]
async fn an_older_database_gains_the_inspector_role_with_nothing_lost() {
    let (url, _dir) = database().await;
    let db = Db::connect(&url).await.unwrap();
    let dir = if db.backend == konto_app::platform::Backend::Sqlite {
        "sqlite"
    } else {
        "postgres"
    };
    // The migrations as they stood before the role (up to 0016), applied as sqlx applies them.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../migrations")
        .join(dir);
    let mut before = sqlx::migrate::Migrator::new(path.as_path()).await.unwrap();
    let kept: Vec<_> = before
        .migrations
        .iter()
        .filter(|m| m.version < 17)
        .cloned()
        .collect();
    before.migrations = std::borrow::Cow::Owned(kept);
    before.run(&db.pool).await.unwrap();
    for (email, role) in [("a@example.pl", "resident"), ("b@example.pl", "clerk")] {
        sqlx::query("INSERT INTO users (email, password_hash, display_name, district, role, created_at, updated_at) VALUES ($1, 'x', 'X', 3, $2, 1, 1)")
            .bind(email)
            .bind(role)
            .execute(&db.pool)
            .await
            .unwrap();
    }
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at) SELECT 'h', id, 1, 1, 9 FROM users WHERE email = 'a@example.pl'")
        .execute(&db.pool)
        .await
        .unwrap();
    let refused = sqlx::query("UPDATE users SET role = 'inspector' WHERE email = 'b@example.pl'")
        .execute(&db.pool)
        .await;
    assert!(refused.is_err(), "the old constraint");

    db.migrate().await.unwrap();
    db.migrate().await.unwrap();
    sqlx::query("UPDATE users SET role = 'inspector' WHERE email = 'b@example.pl'")
        .execute(&db.pool)
        .await
        .unwrap();
    let bad = sqlx::query("UPDATE users SET role = 'owner' WHERE email = 'b@example.pl'")
        .execute(&db.pool)
        .await;
    assert!(bad.is_err(), "still a closed list");
    // And the tax clerk (issue 14), added the same way.
    sqlx::query("UPDATE users SET role = 'tax_clerk' WHERE email = 'b@example.pl'")
        .execute(&db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE users SET role = 'inspector' WHERE email = 'b@example.pl'")
        .execute(&db.pool)
        .await
        .unwrap();
    let users: Vec<(String, String)> =
        sqlx::query_as("SELECT email, role FROM users ORDER BY email")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(
        users,
        [
            ("a@example.pl".to_string(), "resident".to_string()),
            ("b@example.pl".into(), "inspector".into())
        ]
    );
    let sessions = || sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM sessions");
    assert_eq!(sessions().fetch_one(&db.pool).await.unwrap(), 1);
    sqlx::query("DELETE FROM users WHERE email = 'a@example.pl'")
        .execute(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        sessions().fetch_one(&db.pool).await.unwrap(),
        0,
        "the cascade"
    );
    db.pool.close().await;
}

/// Clerks add a tariff (a copy of the one in force on its first day) and change its prices
/// until it takes effect, never after; each problem at its field; every change audited. On
/// its day the new prices apply with no code change, and tickets already bought keep theirs.
#[tokio::test]
async fn clerks_edit_future_tariffs_only() {
    let s = start().await;
    let clerk = s.browser();
    s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let anna = s.resident("anna.taryfa@example.pl", "5").await;
    let create = |c: &reqwest::Client, day: String| {
        let c = c.clone();
        let s = &s;
        async move {
            s.call(&c, "/api/staff/tariffs/create", &[("effective_from", &day)])
                .await
        }
    };
    assert_eq!(create(&anna, day(10)).await.status(), StatusCode::FORBIDDEN);
    for bad in [day(0), "jutro".to_string()] {
        let v: serde_json::Value = create(&clerk, bad).await.json().await.unwrap();
        assert_eq!(
            problems(&v),
            [("effective_from".to_string(), "TariffDayInvalid".to_string())]
        );
    }
    let v: serde_json::Value = create(&clerk, day(10)).await.json().await.unwrap();
    let to = v["Done"]["to"].as_str().unwrap().to_string();
    let id: i64 = to.trim_start_matches("/staff/tariffs/").parse().unwrap();
    let v: serde_json::Value = create(&clerk, day(10)).await.json().await.unwrap();
    assert_eq!(
        problems(&v),
        [("effective_from".to_string(), "TariffDayTaken".to_string())]
    );
    let list: serde_json::Value = s
        .call(&clerk, "/api/staff/tariff", &[("id", &id.to_string())])
        .await
        .json()
        .await
        .unwrap();
    let lines = list["lines"].as_array().unwrap().clone();
    assert!(lines.len() > 10);
    let key = |l: &serde_json::Value| {
        let code = |p: &serde_json::Value| p.as_str().unwrap().to_string();
        format!(
            "prices[price-{}-{}-{}]",
            product_code(&code(&l["product"])),
            if l["zones"] == "City" { 1 } else { 3 },
            u8::from(l["resident"].as_bool().unwrap())
        )
    };
    // The 30-minute ticket in zone I at 7,50 zł; one price mistyped.
    let mut form: Vec<(String, String)> = lines
        .iter()
        .map(|l| {
            let zl = l["normal"].as_i64().unwrap();
            (key(l), format!("{},{:02}", zl / 100, zl % 100))
        })
        .collect();
    form.push(("tariff_id".into(), id.to_string()));
    let thirty = "prices[price-2-1-0]".to_string();
    for (k, v) in form.iter_mut() {
        if *k == thirty {
            *v = "7,50".into();
        }
    }
    let mut bad = form.clone();
    bad[0].1 = "dużo".into();
    let v: serde_json::Value = s
        .call(&clerk, "/api/staff/tariffs/save", &refs(&bad))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(problems(&v).len(), 1, "{v}");
    assert_eq!(problems(&v)[0].1, "PriceInvalid");
    let r = s.call(&anna, "/api/staff/tariffs/save", &refs(&form)).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let v: serde_json::Value = s
        .call(&clerk, "/api/staff/tariffs/save", &refs(&form))
        .await
        .json()
        .await
        .unwrap();
    assert!(v.get("Done").is_some(), "{v}");
    assert_eq!(
        s.count(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('tariff_created', 'tariff_saved')"
        )
        .await,
        2
    );
    assert_eq!(
        s.count(&format!(
            "SELECT amount FROM tk_prices WHERE tariff_id = {id} AND product = 2 AND zones = 1"
        ))
        .await,
        750
    );

    // A ticket bought today keeps today's price.
    let before = order(&s, &anna, SHORT).await;
    // The tariff's day comes (as time passes): its prices apply, and it cannot change any more.
    let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
    sqlx::query("UPDATE tk_tariffs SET effective_from = $1 WHERE id = $2")
        .bind(day(0))
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
    let after = order(&s, &anna, SHORT).await;
    let amount = |o: i64| format!("SELECT amount FROM pay_orders WHERE id = {o}");
    assert_eq!(s.count(&amount(after)).await, 750);
    assert_ne!(s.count(&amount(before)).await, 750);
    let v: serde_json::Value = s
        .call(&clerk, "/api/staff/tariffs/save", &refs(&form))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "TariffNotEditable".to_string())]
    );
    let (_, page) = s.page(&clerk, "/staff/tariffs").await;
    assert!(text(&page).contains("obowiązuje"), "{}", text(&page));
    db.pool.close().await;
}

/// A product's code from its name as serde writes it.
fn product_code(name: &str) -> u8 {
    konto_ticket::Product::ALL
        .into_iter()
        .find(|p| format!("{p:?}") == name)
        .unwrap()
        .code()
}

/// The inspectors' app (Trunk's build) under /inspector/: its own CSP naming Trunk's inline
/// start script by hash (the portal's nonce policy would block it), the camera allowed there
/// and nowhere else, files compressed once, hashed names kept for a year, the page and the
/// service worker asked for again; nothing outside the build is reachable.
#[tokio::test]
async fn the_inspector_app_is_served_with_its_own_policy() {
    let dir = std::env::temp_dir().join(format!("konto-inspector-{}", unique()));
    std::fs::create_dir_all(dir.join("snippets/x")).unwrap();
    let start_script = "import init from '/inspector/app-1f2e_bg.js';\nawait init();";
    std::fs::write(
        dir.join("index.html"),
        format!("<!DOCTYPE html><html lang=\"pl\"><head><script type=\"module\">{start_script}</script></head><body></body></html>"),
    )
    .unwrap();
    std::fs::write(
        dir.join("sw.js"),
        "self.addEventListener('fetch', () => {});",
    )
    .unwrap();
    let wasm: Vec<u8> = (0..20_000u32).map(|i| (i % 7) as u8).collect();
    std::fs::write(dir.join("app-1f2e_bg.wasm"), &wasm).unwrap();
    std::fs::write(dir.join("snippets/x/inline0.js"), "export function f() {}").unwrap();
    let d = dir.clone();
    let s = start_with(move |c| c.inspector_dir = d).await;
    let c = s.browser();

    let r = c.get(s.url("/inspector")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(location(&r), "/inspector/");

    let r = c.get(s.url("/inspector/")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let h = r.headers().clone();
    assert!(h["content-type"].to_str().unwrap().starts_with("text/html"));
    assert_eq!(h["cache-control"], "no-cache");
    let csp = h["content-security-policy"].to_str().unwrap().to_string();
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(start_script));
    assert!(csp.contains(&format!("'sha256-{hash}'")), "{csp}");
    assert!(
        csp.contains("'wasm-unsafe-eval'") && !csp.contains("nonce"),
        "{csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(h["permissions-policy"]
        .to_str()
        .unwrap()
        .contains("camera=(self)"));
    assert!(!h.contains_key("set-cookie"));
    assert!(r.text().await.unwrap().contains(start_script));

    let r = c.get(s.url("/inspector/sw.js")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["cache-control"], "no-cache");
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));

    // Compressed once at start, by the browser's word; hashed names kept for a year.
    for (coding, read) in [
        (
            "br",
            Box::new(|b: &[u8]| {
                let mut out = Vec::new();
                brotli::BrotliDecompress(&mut &b[..], &mut out).unwrap();
                out
            }) as Box<dyn Fn(&[u8]) -> Vec<u8>>,
        ),
        (
            "gzip",
            Box::new(|b: &[u8]| {
                use std::io::Read;
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(b)
                    .read_to_end(&mut out)
                    .unwrap();
                out
            }),
        ),
    ] {
        let r = c
            .get(s.url("/inspector/app-1f2e_bg.wasm"))
            .header("accept-encoding", coding)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()["content-encoding"], coding);
        assert_eq!(r.headers()["content-type"], "application/wasm");
        assert_eq!(
            r.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
        let body = r.bytes().await.unwrap();
        assert!(body.len() < wasm.len() / 4);
        assert_eq!(read(&body), wasm);
    }
    let r = c
        .get(s.url("/inspector/app-1f2e_bg.wasm"))
        .send()
        .await
        .unwrap();
    assert!(!r.headers().contains_key("content-encoding"));
    assert_eq!(r.bytes().await.unwrap().to_vec(), wasm);
    let r = c
        .get(s.url("/inspector/snippets/x/inline0.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);

    for path in [
        "/inspector/missing.js",
        "/inspector/../Cargo.toml",
        "/inspector/%2e%2e/Cargo.toml",
        "/inspector/snippets",
    ] {
        let r = c.get(s.url(path)).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
    // The portal's pages keep the camera off and their nonce policy.
    let r = c.get(s.url("/")).send().await.unwrap();
    assert!(r.headers()["permissions-policy"]
        .to_str()
        .unwrap()
        .contains("camera=()"));
    assert!(r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("nonce"));
    drop(s);
    let _ = std::fs::remove_dir_all(&dir);

    // Not built: 404, and the portal works.
    let s = start_with(|c| c.inspector_dir = "/nonexistent/inspector".into()).await;
    let c = s.browser();
    let r = c.get(s.url("/inspector/")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = c.get(s.url("/tickets/keys.json")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}
