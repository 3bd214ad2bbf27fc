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
