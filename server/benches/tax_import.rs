//! Importing the tax system's file of 100,000 payments, all or nothing, on SQLite and (with
//! `KO_BENCH_POSTGRES_URL`, an administrative connection to a cluster) PostgreSQL:
//!
//! `cargo bench -p konto-server --bench tax_import`
//!
//! Builds a throw-away database with 10,000 taxpayers and 10,000 liabilities (through the same
//! import), then times: reading and checking the file alone; the first import (every line
//! checked, every taxpayer and named liability looked up, 100,000 rows upserted in one
//! transaction); the same file again (nothing changes); the file with one wrong taxpayer on
//! its last line (refused, nothing applied). The reference in the same run: the same 100,000
//! rows written with plain multi-row INSERTs into a table of the same shape, with no checks,
//! in one transaction — the database's own floor for this much data.
use konto_app::platform::Db;
use konto_app::taxes::{import, store};
use std::time::{Duration, Instant};

const PAYERS: usize = 10_000;
const PAYMENTS: usize = 100_000;
const RUNS: usize = 3;

/// A valid PESEL for number `n` (born in the 1980s).
fn pesel(n: usize) -> String {
    let body = format!(
        "8{}{:02}{:02}{:04}",
        n % 10,
        1 + n % 12,
        1 + n % 28,
        n / 10 % 10_000
    );
    let w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = body
        .bytes()
        .zip(w)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

fn files() -> (String, String, String) {
    let mut payers = String::from("taxpayer_id,name,pesel,account\n");
    let mut liabilities = String::from("liability_id,taxpayer_id,kind,year,amount\n");
    for n in 0..PAYERS {
        payers.push_str(&format!(
            "T-{n},Podatnik {n},{},PL61 1090 1014 0000 0712 1981 2874\n",
            pesel(n)
        ));
        liabilities.push_str(&format!("L-{n},T-{n},property,2025,{}\n", 400 + n % 900));
    }
    let mut payments = String::from("payment_id,taxpayer_id,date,amount,channel,liability_id\n");
    for n in 0..PAYMENTS {
        let p = n % PAYERS;
        let named = if n % 3 == 0 {
            format!("L-{p}")
        } else {
            String::new()
        };
        payments.push_str(&format!(
            "P-{n},T-{p},2025-{:02}-{:02},{}.{:02},bank,{named}\n",
            1 + n % 11,
            1 + n % 28,
            50 + n % 400,
            n % 100
        ));
    }
    (payers, liabilities, payments)
}

fn stats(mut v: Vec<Duration>) -> String {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "median {:>6.0} ms (min {:.0}, max {:.0}, {} runs)",
        ms(v[v.len() / 2]),
        ms(v[0]),
        ms(v[v.len() - 1]),
        v.len()
    )
}

async fn database(postgres: Option<&str>) -> (Db, Option<std::path::PathBuf>) {
    match postgres {
        Some(admin) => {
            sqlx::any::install_default_drivers();
            let name = format!("ko_bench_tax_{}", std::process::id());
            let pool = sqlx::AnyPool::connect(admin).await.unwrap();
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                .execute(&pool)
                .await;
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&pool)
                .await
                .unwrap();
            let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap();
            let db = Db::connect(&format!("{base}/{name}")).await.unwrap();
            (db, None)
        }
        None => {
            let dir = std::env::temp_dir().join(format!("konto-bench-tax-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            let db = Db::connect(&format!("sqlite://{}/bench.db", dir.display()))
                .await
                .unwrap();
            (db, Some(dir))
        }
    }
}

async fn run(label: &str, postgres: Option<&str>) {
    let (payers, liabilities, payments) = files();
    let today = jiff::civil::date(2026, 12, 1);
    let key = [7u8; 32];
    let mut parse_t = Vec::new();
    let mut first_t = Vec::new();
    let mut again_t = Vec::new();
    let mut refused_t = Vec::new();
    let mut floor_t = Vec::new();
    for _ in 0..RUNS {
        let (db, dir) = database(postgres).await;
        db.migrate().await.unwrap();
        for f in [&payers, &liabilities] {
            let p = import::parse(f.as_bytes(), today).unwrap();
            store::import(&db, &key, &p, "setup", store::Via::Api)
                .await
                .unwrap();
        }
        let t = Instant::now();
        let parsed = import::parse(payments.as_bytes(), today).unwrap();
        parse_t.push(t.elapsed());

        let t = Instant::now();
        let parsed2 = import::parse(payments.as_bytes(), today).unwrap();
        let done = store::import(&db, &key, &parsed2, "first", store::Via::Api)
            .await
            .unwrap();
        first_t.push(t.elapsed());
        assert_eq!(done.changed, PAYMENTS as u64);

        let t = Instant::now();
        let again = import::parse(payments.as_bytes(), today).unwrap();
        let done = store::import(&db, &key, &again, "again", store::Via::Api)
            .await
            .unwrap();
        again_t.push(t.elapsed());
        assert_eq!(done.changed, 0);

        let bad = format!("{payments}P-X,T-NOBODY,2025-01-01,1,bank,\n");
        let t = Instant::now();
        let p = import::parse(bad.as_bytes(), today).unwrap();
        let r = store::import(&db, &key, &p, "bad", store::Via::Api).await;
        refused_t.push(t.elapsed());
        assert!(matches!(r, Err(store::ImportFailed::Refused(_))));

        // The floor: the same rows, plain INSERTs, no checks, one transaction.
        sqlx::query(
            "CREATE TABLE floor_payments (ext_id TEXT NOT NULL UNIQUE, payer_id BIGINT NOT NULL,
             paid_on TEXT NOT NULL, amount BIGINT NOT NULL, channel TEXT NOT NULL, liability TEXT)",
        )
        .execute(&db.pool)
        .await
        .unwrap();
        let import::Parsed::Payments(rows) = &parsed else {
            unreachable!()
        };
        let t = Instant::now();
        let mut tx = db.pool.begin().await.unwrap();
        for chunk in rows.chunks(250) {
            let values: Vec<String> = (0..chunk.len())
                .map(|r| {
                    let b = r * 6;
                    format!(
                        "(${}, ${}, ${}, ${}, ${}, ${})",
                        b + 1,
                        b + 2,
                        b + 3,
                        b + 4,
                        b + 5,
                        b + 6
                    )
                })
                .collect();
            let sql = format!(
                "INSERT INTO floor_payments (ext_id, payer_id, paid_on, amount, channel, liability) VALUES {}",
                values.join(", ")
            );
            let mut q = sqlx::query(&sql);
            for (_, p) in chunk {
                q = q
                    .bind(p.id.clone())
                    .bind(1i64)
                    .bind(p.on.to_string())
                    .bind(p.amount)
                    .bind(p.channel.code())
                    .bind(p.liability.clone());
            }
            q.execute(&mut *tx).await.unwrap();
        }
        tx.commit().await.unwrap();
        floor_t.push(t.elapsed());
        db.pool.close().await;
        if let Some(d) = dir {
            let _ = std::fs::remove_dir_all(d);
        }
    }
    println!(
        "{label}: {PAYMENTS} payments of {PAYERS} taxpayers ({} bytes)",
        payments.len()
    );
    println!("  read and check the file only      {}", stats(parse_t));
    println!("  import, first time (all applied)  {}", stats(first_t));
    println!("  the same file again (0 changed)   {}", stats(again_t));
    println!("  one wrong line at the end (none)  {}", stats(refused_t));
    println!("  reference: plain INSERTs, no checks {}", stats(floor_t));
}

#[tokio::main]
async fn main() {
    run("SQLite", None).await;
    if let Ok(pg) = std::env::var("KO_BENCH_POSTGRES_URL") {
        run("PostgreSQL", Some(&pg)).await;
    } else {
        println!("PostgreSQL: set KO_BENCH_POSTGRES_URL (an administrative connection) to run it");
    }
}
