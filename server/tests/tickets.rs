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
