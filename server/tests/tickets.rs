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
