//! HTTP-level tests of the participatory budget: imported editions, results pages with both
//! rules and their explanations, open data (pabulib and CSV) and when results are public.
//! Run on SQLite and on PostgreSQL like `http.rs`.
// Amounts in grosze are written as złoty_grosze (100_000_00 is 100 000 zł).
#![allow(clippy::inconsistent_digit_grouping)]
mod common;
use common::*;
use konto_app::budget::pabulib::PbFile;
use konto_app::budget::rules::{BallotRule, Timetable};
use konto_app::budget::{store, Counting};
use konto_app::forms::{District, Money};
use konto_app::platform::Db;
use konto_server::seed_budget;

const PLAC: (&str, &str) = (
    "Poland_Warszawa_2017_Plac_Wojska_Polskiego.pb",
    include_str!("../data/pabulib/Poland_Warszawa_2017_Plac_Wojska_Polskiego.pb"),
);
const KRAKOW: (&str, &str) = (
    "Poland_Krakow_2022.pb",
    include_str!("../data/pabulib/Poland_Krakow_2022.pb"),
);
const CZYZYNY: (&str, &str) = (
    "Poland_Krakow_2022_Czyzyny.pb",
    include_str!("../data/pabulib/Poland_Krakow_2022_Czyzyny.pb"),
);

async fn db(s: &Server) -> Db {
    Db::connect(&s.db_url).await.unwrap()
}

#[tokio::test]
async fn imported_edition_results_both_rules_and_open_data() {
    let s = start().await;
    let db = db(&s).await;
    let id = seed_budget::import(&db, "Kraków 2022 – Czyżyny (test)", &[CZYZYNY], None)
        .await
        .unwrap();
    let pools = store::pools(&db, id).await.unwrap();
    assert_eq!(pools.len(), 1);
    assert_eq!(
        pools[0].district,
        District::new(14),
        "Czyżyny is district XIV"
    );
    let pool = pools[0].id;
    let c = s.browser();

    let (status, html) = s.page(&c, "/budget").await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    assert!(t.contains("Kraków 2022 – Czyżyny (test)"), "{t}");
    assert!(
        t.contains("Symulacja"),
        "imported editions are marked as simulations"
    );

    // The edition: the pool with both rules' totals, turnout online and on paper.
    let (status, html) = s.page(&c, &format!("/budget/{id}/results")).await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    assert!(t.contains("XIV Czyżyny"), "{t}");
    assert!(t.contains("1 548 961 zł"), "the pool's money: {t}");
    assert!(t.contains("Oddano 1 418 kart"), "turnout: {t}");
    assert!(t.contains("Przy równej liczbie punktów wyżej jest projekt z większą liczbą wskazań na pierwszym miejscu"), "tie-breaking is stated");

    // The pool: every project with a sentence for each rule.
    let (status, html) = s.page(&c, &format!("/budget/{id}/results/{pool}")).await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    // Project 1 (430,000 zł, first by points) was funded first with the whole pool left.
    assert!(t.contains("XIV-1. 100 drzew"), "{t}");
    assert!(
        t.contains(
            "Miejsce 1: gdy przyszła jego kolej, zostawało 1 548 961 zł, a kosztuje 430 000 zł."
        ),
        "{t}"
    );
    // The tie at 40 points: 26 over 24 (more first choices).
    assert!(
        t.contains("Miejsce 20: gdy przyszła jego kolej, zostawało"),
        "{t}"
    );
    assert!(
        t.contains("Kupiony w rundzie 1:"),
        "Equal Shares explains the round and the payment: {t}"
    );
    assert!(t.contains("Gdzie zasady dają inny wynik"));
    // English page: the same facts in English.
    let en = s.browser();
    s.form(
        &en,
        "/api/set_language",
        &[("lang", "en"), ("return_to", "/")],
    )
    .await;
    let (_, html) = s.page(&en, &format!("/budget/{id}/results/{pool}")).await;
    let t = text(&html);
    assert!(
        t.contains("Place 1: when its turn came, 1,548,961 zł was left and it costs 430,000 zł."),
        "{t}"
    );

    // Open data: the pabulib file counts back to the official winners; anonymous voter ids.
    let r = c
        .get(s.url(&format!("/budget/{id}/pools/{pool}/pabulib.pb")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains(".pb"));
    let file = PbFile::parse(&r.text().await.unwrap()).unwrap();
    assert_eq!(file.meta("district"), Some("Czyżyny"));
    assert_eq!(file.meta("date_end"), Some("14.10.2022"));
    let original = PbFile::parse(CZYZYNY.1).unwrap();
    let mut sel: Vec<String> = file
        .selected()
        .iter()
        .map(|x| x.trim_start_matches("XIV-").to_string())
        .collect();
    let mut official = original.selected();
    sel.sort();
    official.sort();
    assert_eq!(sel, official);
    assert_eq!(file.votes.rows.len(), 1418);
    let ids: Vec<&str> = file.votes.rows.iter().map(|r| r[0].as_str()).collect();
    assert!(
        ids.iter().all(|v| v.parse::<u32>().is_ok()),
        "fresh numbers, not the original voter ids"
    );
    assert!(!ids.contains(&"E1165938"));
    let e = file.election().unwrap();
    let t = e.tally();
    let greedy = konto_app::budget::count::greedy(&e, &t, &Default::default());
    let mut won: Vec<String> = greedy
        .winners
        .iter()
        .map(|&p| e.projects[p].id.trim_start_matches("XIV-").to_string())
        .collect();
    won.sort();
    assert_eq!(won, official, "counting the export gives the same winners");

    let r = c
        .get(s.url(&format!("/budget/{id}/pools/{pool}/results.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let bytes = r.bytes().await.unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    let csv = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(csv.starts_with(
        "project,title,cost_pln,votes,points,rank,funded_city_rule,funded_equal_shares\n"
    ));
    assert!(csv.contains("XIV-1,100 drzew"), "{csv}");

    // A pool of another edition, or an unknown one, is not found.
    let other = seed_budget::import(&db, "Warszawa 2017 (test)", &[PLAC], None)
        .await
        .unwrap();
    let other_pool = store::pools(&db, other).await.unwrap()[0].id;
    assert_eq!(
        s.page(&c, &format!("/budget/{id}/results/{other_pool}"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.page(&c, "/budget/999999/results").await.0,
        StatusCode::NOT_FOUND
    );
    let r = c
        .get(s.url(&format!("/budget/{id}/pools/{other_pool}/pabulib.pb")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn results_are_public_only_from_the_results_date() {
    let s = start().await;
    let db = db(&s).await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let t = Timetable {
        submission_opens: now - 30 * 86400,
        submission_closes: now - 20 * 86400,
        voting_opens: now - 10 * 86400,
        voting_closes: now - 86400,
        results_at: now + 86400,
    };
    let id = store::create_edition(
        &db,
        "Edycja w liczeniu",
        &t,
        &BallotRule::Krakow { picks: 3 },
        &Counting::krakow(),
        false,
        "",
        None,
    )
    .await
    .unwrap();
    let pool = store::add_pool(
        &db,
        id,
        None,
        "Pula ogólnomiejska",
        Money::from_grosze(100_000_00),
    )
    .await
    .unwrap();
    let anon = s.browser();
    let (status, html) = s.page(&anon, "/budget").await;
    assert_eq!(status, StatusCode::OK);
    let text = text(&html);
    assert!(
        text.contains("Głosowanie zakończone, trwa liczenie"),
        "{text}"
    );
    assert!(text.contains("Wyniki zostaną ogłoszone"), "{text}");
    assert_eq!(
        s.page(&anon, &format!("/budget/{id}/results")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.page(&anon, &format!("/budget/{id}/results/{pool}"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let r = anon
        .get(s.url(&format!("/budget/{id}/pools/{pool}/results.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Staff see the count before it is published.
    let clerk = s.browser();
    assert_eq!(
        location(&s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    // Not counted yet: said so (503, try again shortly), then counted by the job.
    let (status, html) = s
        .page(&clerk, &format!("/budget/{id}/results/{pool}"))
        .await;
    if status == StatusCode::SERVICE_UNAVAILABLE {
        assert!(
            common::text(&html).contains("Wyniki są właśnie liczone"),
            "{}",
            common::text(&html)
        );
    }
    assert_eq!(
        s.counted(&clerk, &format!("/budget/{id}/results/{pool}"))
            .await
            .0,
        StatusCode::OK
    );
    // At the results date the same pages open to everyone.
    sqlx::query("UPDATE bo_editions SET results_at = $1 WHERE id = $2")
        .bind(now - 1)
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        s.page(&anon, &format!("/budget/{id}/results/{pool}"))
            .await
            .0,
        StatusCode::OK
    );
}

/// An edition in its voting phase: a city-wide pool of 4 projects and district V's pool of
/// 3, Kraków's ballot, one voting point. Returns (edition, city pool, district pool,
/// city projects, district projects, point).
async fn voting_edition(
    db: &Db,
    opens_in: i64,
    closes_in: i64,
) -> (i64, i64, i64, Vec<i64>, Vec<i64>, i64) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let t = Timetable {
        submission_opens: now - 60 * 86400,
        submission_closes: now - 30 * 86400,
        voting_opens: now + opens_in,
        voting_closes: now + closes_in,
        results_at: now + closes_in + 86400,
    };
    let id = store::create_edition(
        db,
        "Edycja testowa",
        &t,
        &BallotRule::Krakow { picks: 3 },
        &Counting::krakow(),
        false,
        "",
        None,
    )
    .await
    .unwrap();
    let city = store::add_pool(
        db,
        id,
        None,
        "Ogólnomiejska",
        Money::from_grosze(1_000_000_00),
    )
    .await
    .unwrap();
    let five = store::add_pool(
        db,
        id,
        District::new(5),
        "V Krowodrza",
        Money::from_grosze(300_000_00),
    )
    .await
    .unwrap();
    let mut c = Vec::new();
    for (i, title) in ["Drzewa", "Ławki", "Rowery", "Biblioteka"]
        .iter()
        .enumerate()
    {
        let np = store::NewProject {
            number: &format!("C{i}"),
            title,
            description: "",
            cost: Money::from_grosze(200_000_00),
            category: "",
            address: "",
            status: "accepted",
            author: None,
        };
        c.push(store::add_project(db, id, city, &np).await.unwrap());
    }
    let mut d = Vec::new();
    for (i, title) in ["Skwer", "Plac zabaw", "Oświetlenie"].iter().enumerate() {
        let np = store::NewProject {
            number: &format!("V{i}"),
            title,
            description: "",
            cost: Money::from_grosze(100_000_00),
            category: "",
            address: "",
            status: "accepted",
            author: None,
        };
        d.push(store::add_project(db, id, five, &np).await.unwrap());
    }
    let point = store::add_point(
        db,
        id,
        "Urząd Miasta, pl. Wszystkich Świętych 3/4",
        "pl. Wszystkich Świętych 3/4",
        District::new(1),
    )
    .await
    .unwrap();
    (id, city, five, c, d, point)
}

fn ballot_fields(
    edition: i64,
    city: i64,
    five: i64,
    c: &[i64],
    d: &[i64],
    pesel: &str,
) -> Vec<(String, String)> {
    vec![
        ("edition_id".into(), edition.to_string()),
        ("district".into(), "5".into()),
        ("pesel".into(), pesel.into()),
        ("birth".into(), String::new()),
        ("sex".into(), String::new()),
        ("document".into(), String::new()),
        ("choices[_]".into(), String::new()),
        (format!("choices[p{city}_1]"), c[2].to_string()),
        (format!("choices[p{city}_2]"), c[0].to_string()),
        (format!("choices[p{city}_3]"), c[1].to_string()),
        (format!("choices[p{five}_1]"), d[1].to_string()),
        (format!("choices[p{five}_2]"), d[2].to_string()),
        (format!("choices[p{five}_3]"), d[0].to_string()),
    ]
}

const PESEL: &str = "44051401359";

#[tokio::test]
async fn one_ballot_per_person_under_100_concurrent_submissions() {
    let s = start().await;
    let db = db(&s).await;
    let (id, city, five, c, d, _) = voting_edition(&db, -86400, 86400).await;
    let anna = s.resident("anna.bo@example.pl", "5").await;
    let fields = ballot_fields(id, city, five, &c, &d, PESEL);
    // 100 identical submissions at once (a double-clicking voter on a flaky link, times 50).
    let sends = (0..100).map(|_| {
        let f = refs(&fields);
        let (s, anna) = (&s, &anna);
        async move { s.form(anna, "/api/budget/vote", &f).await }
    });
    let replies = futures::future::join_all(sends).await;
    for r in &replies {
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            location(r),
            format!("/budget/{id}/my-ballot"),
            "every one of them ends on the voter's ballot"
        );
    }
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM bo_ballots WHERE edition_id = {id}"
        ))
        .await,
        1
    );
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM bo_voters WHERE edition_id = {id}"
        ))
        .await,
        1
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_choices").await, 6);
    // Points from the ranks: the first choice of each pool has 3.
    assert_eq!(
        s.count(&format!(
            "SELECT points FROM bo_choices WHERE project_id = {}",
            c[2]
        ))
        .await,
        3
    );
    assert_eq!(
        s.count(&format!(
            "SELECT points FROM bo_choices WHERE project_id = {}",
            d[0]
        ))
        .await,
        1
    );
    // No PESEL is stored anywhere: the voter is a keyed hash.
    let identity: String = sqlx::query_scalar("SELECT identity FROM bo_voters")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(identity.len(), 64);
    assert!(!identity.contains(PESEL));
    // Another edition gives the same person another hash (no linking across editions).
    // The key is the one in the server's key file, and it is nowhere in the database: a copy
    // of the database alone cannot test PESEL numbers against the hashes.
    let keys = s.keys();
    let who = konto_app::budget::rules::Identity::from_form(
        PESEL,
        "",
        "",
        "",
        konto_app::budget::rules::Date::new(2026, 1, 1).unwrap(),
    )
    .unwrap();
    assert_eq!(store::identity_hash(keys.identity(), id, &who), identity);
    assert_ne!(
        store::identity_hash(keys.identity(), id + 1, &who),
        identity
    );
    for secret in [
        hex::encode(keys.identity()),
        hex::encode(keys.participation()),
    ] {
        assert_eq!(
            s.find_in_database(&secret).await,
            Vec::<String>::new(),
            "a key in the database"
        );
    }
    assert!(!s.tables().await.contains(&"server_keys".to_string()));
    // The link from ballot to voter keeps what the one-ballot rule and the receipt need: no
    // time (the ballot has the day).
    assert_eq!(
        s.columns("bo_voters").await,
        [
            "account_id",
            "ballot_id",
            "edition_id",
            "entered_by",
            "identity"
        ]
    );
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%{PESEL}%'"
        ))
        .await,
        0
    );

    // The same PESEL from another account: refused, and nothing is said of whether, when or
    // where that person voted (the PESEL belongs to Anna's account).
    let other = s.resident("anna.druga@example.pl", "5").await;
    let v: serde_json::Value = s
        .call(&other, "/api/budget/vote", &refs(&fields))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("pesel".to_string(), "IdentityNotYours".to_string())]
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_ballots").await, 1);

    // Without an account: 401, nothing stored.
    let anon = s.browser();
    let r = s
        .call(
            &anon,
            "/api/budget/vote",
            &refs(&ballot_fields(id, city, five, &c, &d, "02070803628")),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_ballots").await, 1);
}

#[tokio::test]
async fn incomplete_ballots_and_bad_identities_are_refused_field_by_field() {
    let s = start().await;
    let db = db(&s).await;
    let (id, city, five, c, d, _) = voting_edition(&db, -86400, 86400).await;
    let anna = s.resident("anna.zle@example.pl", "5").await;
    let mut fields = ballot_fields(id, city, five, &c, &d, "44051401358");
    // Only two projects in the district pool.
    fields.retain(|(k, _)| k != &format!("choices[p{five}_3]"));
    let v: serde_json::Value = s
        .call(&anna, "/api/budget/vote", &refs(&fields))
        .await
        .json()
        .await
        .unwrap();
    let errors = v["Invalid"]["errors"].as_array().unwrap();
    assert_eq!(errors[0]["field"], "pesel");
    assert_eq!(errors[0]["problem"], "PeselChecksum");
    assert_eq!(errors[1]["field"], format!("pool-{five}"));
    assert_eq!(errors[1]["problem"]["BallotExactly"]["need"], 3);
    // Without JavaScript: back to the ballot with the choices kept (not the PESEL).
    let r = s.form(&anna, "/api/budget/vote", &refs(&fields)).await;
    assert_eq!(location(&r), format!("/budget/{id}/vote"));
    // A district pool that is not the voter's, and no PESEL but birth date, sex, document.
    let mut f2 = ballot_fields(id, city, five, &c, &d, "");
    for (k, v) in f2.iter_mut() {
        match k.as_str() {
            "district" => *v = "6".into(),
            "birth" => *v = "1990-02-30".into(),
            "sex" => *v = "F".into(),
            "document" => *v = "ABC123456".into(),
            _ => {}
        }
    }
    let v: serde_json::Value = s
        .call(&anna, "/api/budget/vote", &refs(&f2))
        .await
        .json()
        .await
        .unwrap();
    let problems: Vec<String> = v["Invalid"]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        problems,
        vec!["birth".to_string(), format!("pool-{five}")],
        "{v}"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM bo_ballots").await,
        0,
        "nothing stored"
    );
}

#[tokio::test]
async fn paper_after_online_and_online_after_paper_are_refused() {
    let s = start().await;
    let db = db(&s).await;
    let (id, city, five, c, d, point) = voting_edition(&db, -86400, 86400).await;
    let clerk = s.browser();
    assert_eq!(
        location(&s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    let anna = s.resident("anna.papier@example.pl", "5").await;

    // Anna votes online; then someone brings her paper ballot to a voting point.
    let r = s
        .form(
            &anna,
            "/api/budget/vote",
            &refs(&ballot_fields(id, city, five, &c, &d, PESEL)),
        )
        .await;
    assert_eq!(location(&r), format!("/budget/{id}/my-ballot"));
    let mut paper = ballot_fields(id, city, five, &c, &d, PESEL);
    paper.push(("point_id".into(), point.to_string()));
    let v: serde_json::Value = s
        .call(&clerk, "/api/budget/paper", &refs(&paper))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        v["Invalid"]["errors"][0]["problem"]["AlreadyVotedOnline"].is_object(),
        "{v}"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_ballots").await, 1);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'budget_paper_ballot_refused'")
            .await,
        1
    );

    // Jan (no PESEL: birth date, sex, document) votes on paper first; his online vote is
    // refused, naming the voting point.
    let mut jan = ballot_fields(id, city, five, &c, &d, "");
    for (k, v) in jan.iter_mut() {
        match k.as_str() {
            "birth" => *v = "1985-07-01".into(),
            "sex" => *v = "M".into(),
            "document" => *v = "ua 123 456 789".into(),
            _ => {}
        }
    }
    let mut jan_paper = jan.clone();
    jan_paper.push(("point_id".into(), point.to_string()));
    let r = s.form(&clerk, "/api/budget/paper", &refs(&jan_paper)).await;
    assert_eq!(
        location(&r),
        format!("/staff/budget/{id}/paper?point={point}&district=5"),
        "back to the same point and district for the next ballot"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM bo_ballots WHERE channel = 'paper'")
            .await,
        1
    );
    let jan_online = s.resident("jan@example.pl", "5").await;
    // The same document written differently is the same person.
    for (k, v) in jan.iter_mut() {
        if k == "document" {
            *v = "UA123456789".into();
        }
    }
    // Online, the way without a PESEL needs a clerk who saw the document first.
    let v: serde_json::Value = s
        .call(&jan_online, "/api/budget/vote", &refs(&jan))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("pesel".to_string(), "IdentityNeedsOffice".to_string())]
    );
    let verified = [
        ("email", "jan@example.pl"),
        ("pesel", ""),
        ("birth", "1985-07-01"),
        ("sex", "M"),
        ("document", "UA 123456789"),
        ("office", "Urząd Miasta Krakowa, os. Zgody 2"),
        ("district", "5"),
        ("resident_since", ""),
    ];
    assert_eq!(
        location(
            &s.form(&clerk, "/api/staff/identity/verify", &verified)
                .await
        ),
        "/staff/identity"
    );
    // Now his online vote is refused, naming the voting point where he voted on paper.
    let v: serde_json::Value = s
        .call(&jan_online, "/api/budget/vote", &refs(&jan))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        v["Invalid"]["errors"][0]["problem"]["AlreadyVotedPaper"]["point"], point,
        "{v}"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_ballots").await, 2);

    // Residents cannot enter paper ballots; a point must be chosen.
    let r = s.call(&anna, "/api/budget/paper", &refs(&paper)).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let mut no_point = ballot_fields(id, city, five, &c, &d, "02070803628");
    no_point.push(("point_id".into(), String::new()));
    let v: serde_json::Value = s
        .call(&clerk, "/api/budget/paper", &refs(&no_point))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["field"], "point_id");
}

#[tokio::test]
async fn voting_dates_are_enforced_on_the_server() {
    let s = start().await;
    let db = db(&s).await;
    let anna = s.resident("anna.daty@example.pl", "5").await;
    // Not open yet.
    let (id, city, five, c, d, _) = voting_edition(&db, 3600, 86400).await;
    let v: serde_json::Value = s
        .call(
            &anna,
            "/api/budget/vote",
            &refs(&ballot_fields(id, city, five, &c, &d, PESEL)),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "VotingNotOpen");
    // Closed a minute ago.
    let (id, city, five, c, d, _) = voting_edition(&db, -86400, -60).await;
    let v: serde_json::Value = s
        .call(
            &anna,
            "/api/budget/vote",
            &refs(&ballot_fields(id, city, five, &c, &d, PESEL)),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "VotingClosed");
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_ballots").await, 0);
    // Imported simulations take no ballots at all.
    let sim = seed_budget::import(&db, "Symulacja", &[PLAC], None)
        .await
        .unwrap();
    let r = s
        .call(
            &anna,
            "/api/budget/vote",
            &refs(&ballot_fields(sim, city, five, &c, &d, PESEL)),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn one_account_casts_one_ballot() {
    let s = start().await;
    let db = db(&s).await;
    let (id, city, five, c, d, _) = voting_edition(&db, -86400, 86400).await;
    let anna = s.resident("anna.raz@example.pl", "5").await;
    assert_eq!(
        location(
            &s.form(
                &anna,
                "/api/budget/vote",
                &refs(&ballot_fields(id, city, five, &c, &d, PESEL))
            )
            .await
        ),
        format!("/budget/{id}/my-ballot")
    );
    // The same account with somebody else's PESEL: the account's ballot stands, nothing new.
    let r = s
        .form(
            &anna,
            "/api/budget/vote",
            &refs(&ballot_fields(id, city, five, &c, &d, "02070803628")),
        )
        .await;
    assert_eq!(location(&r), format!("/budget/{id}/my-ballot"));
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_ballots").await, 1);
    // The ballot page and the voter's own ballot with the receipt.
    let (status, html) = s.page(&anna, &format!("/budget/{id}/my-ballot")).await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    let receipt: String = sqlx::query_scalar("SELECT receipt FROM bo_ballots")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(
        t.contains(&konto_app::budget::rules::format_receipt(&receipt)),
        "{t}"
    );
    assert!(t.contains("C2. Rowery — 3 pkt"), "{t}");
    assert!(t.contains("V0. Skwer — 1 pkt"), "{t}");
    let (_, html) = s.page(&anna, &format!("/budget/{id}/vote")).await;
    assert!(text(&html).contains("Już zagłosowałeś w tej edycji"));
    // Another resident cannot see Anna's ballot; they have none.
    let jan = s.resident("jan.raz@example.pl", "5").await;
    assert_eq!(
        s.page(&jan, &format!("/budget/{id}/my-ballot")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.page(&s.browser(), &format!("/budget/{id}/my-ballot"))
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn projects_are_submitted_verified_appealed_once_and_listed_in_the_catalogue() {
    let s = start().await;
    let db = db(&s).await;
    let clerk = s.browser();
    assert_eq!(
        location(&s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    let anna = s.resident("anna.projekt@example.pl", "7").await;
    let ola = s.resident("ola.projekt@example.pl", "7").await;

    // The clerk creates an edition; bad input comes back field by field, nothing is created.
    let bad = with(
        edition_form("", [0, 10, 11, 20, 21]),
        &[
            ("voting_opens", &day(5)),
            ("city_budget", "dużo"),
            ("picks", "0"),
        ],
    );
    let v: serde_json::Value = s
        .call(&clerk, "/api/staff/budget/create", &refs(&bad))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [
            ("name", "FieldRequired"),
            ("voting_opens", "DatesOrder"),
            ("picks", "NumberRange"),
            ("city_budget", "CostInvalid")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_editions").await, 0);
    // Residents may not.
    assert_eq!(
        s.call(
            &anna,
            "/api/staff/budget/create",
            &refs(&edition_form("X", [0, 10, 11, 20, 21]))
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    let r = s
        .form(
            &clerk,
            "/api/staff/budget/create",
            &refs(&edition_form("BO 2027", [0, 10, 11, 20, 21])),
        )
        .await;
    let id: i64 = location(&r)
        .trim_start_matches("/staff/budget/")
        .parse()
        .unwrap();
    let pools = store::pools(&db, id).await.unwrap();
    assert_eq!(pools.len(), 19, "the city-wide pool and 18 districts");
    assert_eq!(
        (
            pools[0].district,
            pools[0].budget,
            pools[7].district,
            pools[7].budget
        ),
        (
            None,
            Money::from_grosze(100_000_000),
            District::new(7),
            Money::from_grosze(20_000_000)
        )
    );
    let zwierzyniec = pools[7].id;

    // Anna proposes a project. Empty fields, a cost over the pool, an unknown category.
    let proposal = |title: &str, cost: &str, category: &str| -> Vec<(String, String)> {
        [
            ("edition_id", id.to_string().as_str()),
            ("pool_id", zwierzyniec.to_string().as_str()),
            ("title", title),
            (
                "description",
                "Dziesięć ławek z oparciem wzdłuż alejek.\n\nDla seniorów i rodziców.",
            ),
            ("cost", cost),
            ("category", category),
            ("address", "Park Decjusza, ul. 28 Lipca 1943 17a"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .to_vec()
    };
    let v: serde_json::Value = s
        .call(
            &anna,
            "/api/budget/submit",
            &refs(&proposal("", "250 000", "pets")),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [
            ("title", "FieldRequired"),
            ("cost", "CostOverPool"),
            ("category", "ChoiceInvalid")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // The pool's budget, in grosze like every amount (Money), never rounded to złoty.
    assert_eq!(
        v["Invalid"]["errors"][1]["problem"]["CostOverPool"]["max"],
        20_000_000
    );
    // Without JavaScript the form comes back with the message at the field and the input kept.
    let r = s
        .form(
            &anna,
            "/api/budget/submit",
            &refs(&proposal("Ławki w Parku Decjusza", "abc", "green")),
        )
        .await;
    assert_eq!(location(&r), format!("/budget/{id}/submit"));
    let (_, html) = s.page(&anna, &format!("/budget/{id}/submit")).await;
    assert!(
        html.contains("Podaj kwotę w złotych, na przykład 250 000."),
        "{html}"
    );
    assert!(
        html.contains("value=\"Ławki w Parku Decjusza\""),
        "the title is kept"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_projects").await, 0);
    // A valid proposal, sent twice (a double click): one project.
    let good = proposal("Ławki w Parku Decjusza", "40 000,50", "green");
    let r = s.form(&anna, "/api/budget/submit", &refs(&good)).await;
    let project: i64 = location(&r)
        .trim_start_matches("/budget/project/")
        .parse()
        .unwrap();
    let r = s.form(&anna, "/api/budget/submit", &refs(&good)).await;
    assert_eq!(location(&r), format!("/budget/project/{project}"));
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_projects").await, 1);
    let p = store::project(&db, project).await.unwrap().unwrap();
    assert_eq!(
        (
            p.item.number.as_str(),
            p.item.cost,
            p.item.category.as_str(),
            p.author.is_some()
        ),
        ("VII-1", Money::from_grosze(4_000_050), "green", true)
    );
    // Not accepted yet: the author sees it, another resident and visitors do not; the catalogue is empty.
    let (status, html) = s.page(&anna, &format!("/budget/project/{project}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(text(&html).contains("Zgłoszony, czeka na weryfikację"));
    assert_eq!(
        s.page(&ola, &format!("/budget/project/{project}")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.page(&s.browser(), &format!("/budget/project/{project}"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert!(text(
        &s.page(&s.browser(), &format!("/budget/{id}/projects"))
            .await
            .1
    )
    .contains("Pokazano 0 z 0 projektów."));

    // Verification: residents cannot decide; a rejection needs a reason, which the author sees.
    let decide = |d: &str, reason: &str| {
        vec![
            ("project_id".to_string(), project.to_string()),
            ("decision".into(), d.into()),
            ("reason".into(), reason.into()),
        ]
    };
    assert_eq!(
        s.call(&anna, "/api/budget/decide", &refs(&decide("accept", "")))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let v: serde_json::Value = s
        .call(&clerk, "/api/budget/decide", &refs(&decide("reject", " ")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("reason".to_string(), "ReasonRequired".to_string())]
    );
    let r = s
        .form(
            &clerk,
            "/api/budget/decide",
            &refs(&decide(
                "reject",
                "Działka nie należy do Gminy Miejskiej Kraków.",
            )),
        )
        .await;
    assert_eq!(location(&r), format!("/staff/budget/{id}"));
    let v: serde_json::Value = s
        .call(&clerk, "/api/budget/decide", &refs(&decide("accept", "")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "AlreadyDecided".to_string())],
        "a rejection stands until appealed"
    );
    let t = text(&s.page(&anna, &format!("/budget/project/{project}")).await.1);
    assert!(
        t.contains("Dlaczego projekt odrzucono Działka nie należy do Gminy Miejskiej Kraków."),
        "{t}"
    );
    assert!(
        t.contains("Odwołaj się od decyzji"),
        "the author may appeal: {t}"
    );

    // One appeal: an empty one is refused, a second one too.
    let appeal = |text: &str| {
        vec![
            ("project_id".to_string(), project.to_string()),
            ("appeal".into(), text.into()),
        ]
    };
    let v: serde_json::Value = s
        .call(&anna, "/api/budget/appeal", &refs(&appeal("")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("appeal".to_string(), "FieldRequired".to_string())]
    );
    assert_eq!(
        s.call(&ola, "/api/budget/appeal", &refs(&appeal("Nie moje")))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "only the author"
    );
    let r = s
        .form(
            &anna,
            "/api/budget/appeal",
            &refs(&appeal("Park jest miejski: uchwała nr XII/123/19.")),
        )
        .await;
    assert_eq!(location(&r), format!("/budget/project/{project}"));
    let v: serde_json::Value = s
        .call(&anna, "/api/budget/appeal", &refs(&appeal("Jeszcze raz")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "AppealNotAllowed".to_string())]
    );
    // The clerk sees the appeal waiting and accepts the project.
    let t = text(&s.page(&clerk, &format!("/staff/budget/{id}")).await.1);
    assert!(
        t.contains("Projekty (1 czeka na decyzję)") && t.contains("Odwołanie, czeka na decyzję"),
        "{t}"
    );
    s.form(&clerk, "/api/budget/decide", &refs(&decide("accept", "")))
        .await;
    let p = store::project(&db, project).await.unwrap().unwrap();
    assert_eq!(
        (p.status, p.appeal.as_str()),
        (
            konto_app::budget::rules::ProjectStatus::Accepted,
            "Park jest miejski: uchwała nr XII/123/19."
        )
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'budget_project_decided'")
            .await,
        2
    );

    // A second project, city-wide, accepted at once; then the catalogue's search and filters.
    let mut other = proposal("Poidełka w parkach", "400 000", "health");
    other = with(
        other,
        &[("pool_id", &pools[0].id.to_string()), ("address", "Planty")],
    );
    let r = s.form(&ola, "/api/budget/submit", &refs(&other)).await;
    let second: i64 = location(&r)
        .trim_start_matches("/budget/project/")
        .parse()
        .unwrap();
    let d2 = vec![
        ("project_id".to_string(), second.to_string()),
        ("decision".into(), "accept".into()),
        ("reason".into(), String::new()),
    ];
    s.form(&clerk, "/api/budget/decide", &refs(&d2)).await;
    let c = s.browser();
    let cat = |q: &str| format!("/budget/{id}/projects?{q}");
    let t = text(&s.page(&c, &cat("")).await.1);
    assert!(
        t.contains("Pokazano 2 z 2 projektów.")
            && t.contains("1. Poidełka w parkach")
            && t.contains("VII-1. Ławki w Parku Decjusza"),
        "{t}"
    );
    let t = text(&s.page(&c, &cat("q=%C5%82awki")).await.1);
    assert!(
        t.contains("Pokazano 1 z 2") && t.contains("Ławki w Parku Decjusza"),
        "search ignores letter case: {t}"
    );
    let t = text(&s.page(&c, &cat(&format!("pool={}", pools[0].id))).await.1);
    assert!(
        t.contains("Pokazano 1 z 2") && t.contains("Poidełka"),
        "{t}"
    );
    let t = text(&s.page(&c, &cat("category=green")).await.1);
    assert!(t.contains("Pokazano 1 z 2") && t.contains("Ławki"), "{t}");
    let t = text(&s.page(&c, &cat("max_cost=50+000")).await.1);
    assert!(
        t.contains("Pokazano 1 z 2") && t.contains("Ławki") && !t.contains("Poidełka w parkach"),
        "{t}"
    );

    // The clerk moves the edition on: proposals closed, voting open. Then no more proposals
    // or decisions, and the accepted project is on the ballot.
    let settings = |dates: [i64; 5]| {
        let mut v = vec![("edition_id".to_string(), id.to_string())];
        for (k, f) in [
            "submission_opens",
            "submission_closes",
            "voting_opens",
            "voting_closes",
            "results_at",
        ]
        .iter()
        .enumerate()
        {
            v.push((f.to_string(), day(dates[k])));
        }
        v.extend(
            [
                ("official", "equal-shares"),
                ("utility", "cost"),
                ("tie_break", "preferences"),
                ("min_votes", "0"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string())),
        );
        v.push((format!("budgets[p{zwierzyniec}]"), "250 000".into()));
        v
    };
    let v: serde_json::Value = s
        .call(
            &clerk,
            "/api/staff/budget/save",
            &refs(&with(settings([-10, -1, 0, 5, 6]), &[("min_votes", "-1")])),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("min_votes".to_string(), "NumberRange".to_string())]
    );
    let r = s
        .form(
            &clerk,
            "/api/staff/budget/save",
            &refs(&settings([-10, -1, 0, 5, 6])),
        )
        .await;
    assert_eq!(location(&r), format!("/staff/budget/{id}"));
    let ed = store::edition(&db, id).await.unwrap().unwrap();
    assert_eq!(
        ed.timetable.phase(konto_app::platform::now()),
        konto_app::budget::Phase::Voting
    );
    assert_eq!(ed.counting.official, konto_app::budget::Rule::EqualShares);
    assert_eq!(
        store::pool(&db, zwierzyniec).await.unwrap().unwrap().budget,
        Money::from_grosze(25_000_000)
    );
    let v: serde_json::Value = s
        .call(
            &anna,
            "/api/budget/submit",
            &refs(&proposal("Nowy", "1000", "green")),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "SubmissionNotOpen".to_string())]
    );
    let v: serde_json::Value = s
        .call(
            &clerk,
            "/api/budget/decide",
            &refs(&decide("reject", "Za późno")),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "VerificationClosed".to_string())]
    );
    let t = text(&s.page(&anna, &format!("/budget/{id}/vote")).await.1);
    assert!(t.contains("VII-1. Ławki w Parku Decjusza"), "{t}");
    // A resident's view of their projects.
    let t = text(&s.page(&anna, "/budget/my-projects").await.1);
    assert!(
        t.contains("VII-1. Ławki w Parku Decjusza") && t.contains("Dopuszczony do głosowania"),
        "{t}"
    );
}

#[tokio::test]
async fn the_paper_ballot_page_keeps_the_point_and_names_it() {
    let s = start().await;
    let db = db(&s).await;
    let (id, city, five, c, d, point) = voting_edition(&db, -86400, 86400).await;
    let clerk = s.browser();
    assert_eq!(
        location(&s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    // Choosing the point and district shows the ballot of that district.
    let (status, html) = s
        .page(
            &clerk,
            &format!("/staff/budget/{id}/paper?point={point}&district=5"),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    assert!(
        t.contains("Karta z punktu: Urząd Miasta, pl. Wszystkich Świętych 3/4"),
        "{t}"
    );
    assert!(
        html.contains(&format!("name=\"choices[p{five}_1]\""))
            && html.contains(&format!("name=\"choices[p{city}_3]\""))
    );
    let mut paper = ballot_fields(id, city, five, &c, &d, PESEL);
    paper.push(("point_id".into(), point.to_string()));
    let r = s.form(&clerk, "/api/budget/paper", &refs(&paper)).await;
    assert_eq!(
        location(&r),
        format!("/staff/budget/{id}/paper?point={point}&district=5")
    );
    let t = text(&s.page(&clerk, &location(&r)).await.1);
    assert!(t.contains("Karta papierowa zapisana."), "the notice: {t}");
    // The same person again: refused, with the point's number the page lists by name.
    let r = s.form(&clerk, "/api/budget/paper", &refs(&paper)).await;
    let t = text(&s.page(&clerk, &location(&r)).await.1);
    assert!(
        t.contains(&format!("w punkcie nr {point}"))
            && t.contains(&format!("{point}: Urząd Miasta")),
        "{t}"
    );
    // Residents get 403 on the page's data.
    let anna = s.resident("anna.strona@example.pl", "5").await;
    assert_eq!(
        s.page(&anna, &format!("/staff/budget/{id}/paper")).await.0,
        StatusCode::FORBIDDEN
    );
}

/// A multipart body as a browser sends a form with `enctype="multipart/form-data"`.
#[tokio::test]
async fn clerks_import_pabulib_files_as_a_simulation() {
    let s = start().await;
    let db = db(&s).await;
    let clerk = s.browser();
    assert_eq!(
        location(&s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    let post = |c: &reqwest::Client, fields: &[(&str, Option<&str>, &str)]| {
        let (ct, body) = multipart(fields);
        c.post(s.url("/staff/budget/import"))
            .header(ORIGIN, &s.base)
            .header(CONTENT_TYPE, ct)
            .body(body)
            .send()
    };
    // A broken file: back to the form with the line, the name kept, nothing created.
    let broken = "META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;dużo\nVOTES\nvoter_id;vote\n1;1\n";
    let r = post(
        &clerk,
        &[
            ("simulation_name", None, "Próba"),
            ("files", Some("zly.pb"), broken),
        ],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/staff/budget");
    let (_, html) = s.page(&clerk, "/staff/budget").await;
    assert!(
        text(&html).contains("Nie można odczytać pliku w formacie pabulib: wiersz 7."),
        "{}",
        text(&html)
    );
    assert!(html.contains("value=\"Próba\""), "the name is kept");
    assert_eq!(s.count("SELECT COUNT(*) FROM bo_editions").await, 0);
    // Residents may not import; a cross-site form is refused.
    let anna = s.resident("anna.import@example.pl", "5").await;
    assert_eq!(
        post(
            &anna,
            &[
                ("simulation_name", None, "X"),
                ("files", Some("a.pb"), PLAC.1)
            ]
        )
        .await
        .unwrap()
        .status(),
        StatusCode::FORBIDDEN
    );
    let (ct, body) = multipart(&[
        ("simulation_name", None, "X"),
        ("files", Some("a.pb"), PLAC.1),
    ]);
    let r = clerk
        .post(s.url("/staff/budget/import"))
        .header(ORIGIN, "https://evil.example")
        .header(CONTENT_TYPE, ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Two real files, one of them Kraków's city-wide file (2 MB, where other requests may send
    // 64 KB; this route takes 32 MB): one simulation edition with two pools, public at once.
    let r = post(
        &clerk,
        &[
            ("simulation_name", None, "Symulacja: Kraków 2022 i Czyżyny"),
            ("files", Some(CZYZYNY.0), CZYZYNY.1),
            ("files", Some(KRAKOW.0), KRAKOW.1),
        ],
    )
    .await
    .unwrap();
    let to = location(&r);
    let id: i64 = to
        .trim_start_matches("/budget/")
        .trim_end_matches("/results")
        .parse()
        .unwrap();
    let ed = store::edition(&db, id).await.unwrap().unwrap();
    assert!(ed.simulation);
    assert_eq!(store::pools(&db, id).await.unwrap().len(), 2);
    let (status, html) = s.counted(&s.browser(), &to).await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    assert!(
        t.contains("XIV Czyżyny") && t.contains("Kraków 7 600 000 zł 42 965"),
        "{t}"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'budget_simulation_imported'")
            .await,
        1
    );
}

/// "Download all my data" covers every table that refers to an account (read from the
/// schema, so a table added later cannot be forgotten), with the proposals, the ballot and
/// its receipt in it.
#[tokio::test]
async fn the_data_export_covers_every_table_that_holds_an_account() {
    let s = start().await;
    let db = db(&s).await;
    let clerk = s.browser();
    assert_eq!(
        location(&s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    let anna = s.resident("anna.eksport@example.pl", "5").await;
    // A proposal in an edition open for proposals, a ballot in one open for voting.
    let r = s
        .form(
            &clerk,
            "/api/staff/budget/create",
            &refs(&edition_form("BO eksport", [0, 10, 11, 20, 21])),
        )
        .await;
    let open: i64 = location(&r)
        .trim_start_matches("/staff/budget/")
        .parse()
        .unwrap();
    let pool = store::pools(&db, open).await.unwrap()[5].id;
    let proposal = [
        ("edition_id", open.to_string()),
        ("pool_id", pool.to_string()),
        ("title", "Poidełko przy Rondzie Mogilskim".into()),
        ("description", "Opis.".into()),
        ("cost", "9000".into()),
        ("category", "green".into()),
        ("address", "Rondo Mogilskie".into()),
    ];
    let r = s
        .form(
            &anna,
            "/api/budget/submit",
            &proposal
                .iter()
                .map(|(a, b)| (*a, b.as_str()))
                .collect::<Vec<_>>(),
        )
        .await;
    assert!(location(&r).starts_with("/budget/project/"));
    let (id, city, five, c, d, _) = voting_edition(&db, -86400, 86400).await;
    assert_eq!(
        location(
            &s.form(
                &anna,
                "/api/budget/vote",
                &refs(&ballot_fields(id, city, five, &c, &d, PESEL))
            )
            .await
        ),
        format!("/budget/{id}/my-ballot")
    );
    let receipt: String = sqlx::query_scalar("SELECT receipt FROM bo_ballots")
        .fetch_one(&db.pool)
        .await
        .unwrap();

    let data: serde_json::Value = anna
        .get(s.url("/account/export"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let sources: Vec<String> = data["sources"]
        .as_array()
        .expect("the export names its sources")
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    for column in s.account_columns().await {
        assert!(
            sources.contains(&column),
            "{column} refers to an account but is not in the export"
        );
    }
    assert!(
        sources.contains(&"survey_drafts.owner".to_string())
            && sources.contains(&"audit_log.actor_id".to_string())
    );
    let text = data.to_string();
    assert!(
        text.contains("Poidełko przy Rondzie Mogilskim"),
        "the proposal"
    );
    assert!(text.contains(&receipt), "the ballot's receipt");
    assert_eq!(
        data["budget"]["ballots"][0]["choices"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    assert!(!text.contains(PESEL), "never the PESEL");
    // The clerk's export lists the work done as staff.
    let data: serde_json::Value = clerk
        .get(s.url("/account/export"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        data["budget"]["as_staff"]["editions_created"][0]["name"],
        "BO eksport"
    );
}

/// Trying other people's PESELs tells nothing: an account is bound to one person at its
/// first vote, any other number is refused with the same sentence (never whether, when or
/// where that person voted), and the attempts are throttled.
#[tokio::test]
async fn probing_other_peoples_pesels_tells_nothing() {
    let s = start().await;
    let db = db(&s).await;
    let (id, city, five, c, d, _) = voting_edition(&db, -86400, 86400).await;
    let anna = s.resident("anna.sonda@example.pl", "5").await;
    assert_eq!(
        location(
            &s.form(
                &anna,
                "/api/budget/vote",
                &refs(&ballot_fields(id, city, five, &c, &d, PESEL))
            )
            .await
        ),
        format!("/budget/{id}/my-ballot")
    );
    // Eve has not voted: her first try with Anna's PESEL is refused like any other.
    let eve = s.resident("eve.sonda@example.pl", "5").await;
    let v: serde_json::Value = s
        .call(
            &eve,
            "/api/budget/vote",
            &refs(&ballot_fields(id, city, five, &c, &d, PESEL)),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("pesel".to_string(), "IdentityNotYours".to_string())]
    );
    // Mallory binds her own PESEL by voting... in the next edition; here she probes numbers.
    let mallory = s.resident("mallory.sonda@example.pl", "5").await;
    let own = "02070803628";
    let (next, ncity, nfive, nc, nd, _) = voting_edition(&db, -86400, 86400).await;
    assert_eq!(
        location(
            &s.form(
                &mallory,
                "/api/budget/vote",
                &refs(&ballot_fields(next, ncity, nfive, &nc, &nd, own))
            )
            .await
        ),
        format!("/budget/{next}/my-ballot")
    );
    // Valid numbers (check digit computed): Anna's, then six others.
    let valid = |first10: &str| {
        let w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        let sum: u32 = first10
            .chars()
            .zip(w)
            .map(|(ch, w)| ch.to_digit(10).unwrap() * w)
            .sum();
        format!("{first10}{}", (10 - sum % 10) % 10)
    };
    let mut numbers = vec![PESEL.to_string()];
    numbers.extend(
        [
            "9009051583",
            "8501011234",
            "7001011234",
            "6505051234",
            "5512121234",
            "8808081234",
        ]
        .map(valid),
    );
    let mut answers = Vec::new();
    for p in &numbers {
        let v: serde_json::Value = s
            .call(
                &mallory,
                "/api/budget/vote",
                &refs(&ballot_fields(id, city, five, &c, &d, p)),
            )
            .await
            .json()
            .await
            .unwrap();
        answers.push(v.to_string());
    }
    assert!(
        answers.iter().all(|a| !a.contains("AlreadyVoted")),
        "{answers:?}"
    );
    let refused = answers
        .iter()
        .filter(|a| a.contains("IdentityNotYours"))
        .count();
    let throttled = answers.iter().filter(|a| a.contains("Throttled")).count();
    assert!(
        throttled >= 1 && refused + throttled == answers.len(),
        "{answers:?}"
    );
    // Her own PESEL still works for her: she votes in this edition too.
    assert_eq!(
        location(
            &s.form(
                &mallory,
                "/api/budget/vote",
                &refs(&ballot_fields(id, city, five, &c, &d, own))
            )
            .await
        ),
        format!("/budget/{id}/my-ballot")
    );
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM bo_ballots WHERE edition_id = {id}"
        ))
        .await,
        2
    );
    // The identity table keeps keyed hashes and the last four digits, never the PESEL.
    assert_eq!(s.find_in_database(PESEL).await, Vec::<String>::new());
    assert_eq!(
        s.count("SELECT COUNT(*) FROM identities WHERE level = 'declared'")
            .await,
        2
    );
}
