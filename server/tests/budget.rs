//! HTTP-level tests of the participatory budget: imported editions, results pages with both
//! rules and their explanations, open data (pabulib and CSV) and when results are public.
//! Run on SQLite and on PostgreSQL like `http.rs`.
mod common;
use common::*;
use konto_app::budget::pabulib::PbFile;
use konto_app::budget::rules::{BallotRule, Timetable};
use konto_app::budget::{store, Counting};
use konto_app::platform::Db;
use konto_server::seed_budget;

const PLAC: (&str, &str) =
    ("Poland_Warszawa_2017_Plac_Wojska_Polskiego.pb", include_str!("../data/pabulib/Poland_Warszawa_2017_Plac_Wojska_Polskiego.pb"));
const CZYZYNY: (&str, &str) = ("Poland_Krakow_2022_Czyzyny.pb", include_str!("../data/pabulib/Poland_Krakow_2022_Czyzyny.pb"));

async fn db(s: &Server) -> Db {
    Db::connect(&s.db_url).await.unwrap()
}

fn text(html: &str) -> String {
    let mut out = String::new();
    let mut tag = false;
    for c in html.chars() {
        match c {
            '<' => tag = true,
            '>' => {
                tag = false;
                out.push(' ');
            }
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ").replace('\u{a0}', " ")
}

#[tokio::test]
async fn imported_edition_results_both_rules_and_open_data() {
    let s = start().await;
    let db = db(&s).await;
    let id = seed_budget::import(&db, "Kraków 2022 – Czyżyny (test)", &[CZYZYNY], None).await.unwrap();
    let pools = store::pools(&db, id).await.unwrap();
    assert_eq!(pools.len(), 1);
    assert_eq!(pools[0].district, Some(14), "Czyżyny is district XIV");
    let pool = pools[0].id;
    let c = s.browser();

    let (status, html) = s.page(&c, "/budget").await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    assert!(t.contains("Kraków 2022 – Czyżyny (test)"), "{t}");
    assert!(t.contains("Symulacja"), "imported editions are marked as simulations");

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
    assert!(t.contains("Miejsce 1: gdy przyszła jego kolej, zostawało 1 548 961 zł, a kosztuje 430 000 zł."), "{t}");
    // The tie at 40 points: 26 over 24 (more first choices).
    assert!(t.contains("Miejsce 20: gdy przyszła jego kolej, zostawało"), "{t}");
    assert!(t.contains("Kupiony w rundzie 1:"), "Equal Shares explains the round and the payment: {t}");
    assert!(t.contains("Gdzie zasady dają inny wynik"));
    // English page: the same facts in English.
    let en = s.browser();
    s.form(&en, "/api/set_language", &[("lang", "en"), ("return_to", "/")]).await;
    let (_, html) = s.page(&en, &format!("/budget/{id}/results/{pool}")).await;
    let t = text(&html);
    assert!(t.contains("Place 1: when its turn came, 1,548,961 zł was left and it costs 430,000 zł."), "{t}");

    // Open data: the pabulib file counts back to the official winners; anonymous voter ids.
    let r = c.get(s.url(&format!("/budget/{id}/pools/{pool}/pabulib.pb"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-disposition"].to_str().unwrap().contains(".pb"));
    let file = PbFile::parse(&r.text().await.unwrap()).unwrap();
    assert_eq!(file.meta("district"), Some("Czyżyny"));
    assert_eq!(file.meta("date_end"), Some("14.10.2022"));
    let original = PbFile::parse(CZYZYNY.1).unwrap();
    let mut sel: Vec<String> = file.selected().iter().map(|x| x.trim_start_matches("XIV-").to_string()).collect();
    let mut official = original.selected();
    sel.sort();
    official.sort();
    assert_eq!(sel, official);
    assert_eq!(file.votes.rows.len(), 1418);
    let ids: Vec<&str> = file.votes.rows.iter().map(|r| r[0].as_str()).collect();
    assert!(ids.iter().all(|v| v.parse::<u32>().is_ok()), "fresh numbers, not the original voter ids");
    assert!(!ids.contains(&"E1165938"));
    let e = file.election().unwrap();
    let t = e.tally();
    let greedy = konto_app::budget::count::greedy(&e, &t, &Default::default());
    let mut won: Vec<String> = greedy.winners.iter().map(|&p| e.projects[p].id.trim_start_matches("XIV-").to_string()).collect();
    won.sort();
    assert_eq!(won, official, "counting the export gives the same winners");

    let r = c.get(s.url(&format!("/budget/{id}/pools/{pool}/results.csv"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let bytes = r.bytes().await.unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    let csv = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(csv.starts_with("project,title,cost_pln,votes,points,rank,funded_city_rule,funded_equal_shares\n"));
    assert!(csv.contains("XIV-1,100 drzew"), "{csv}");

    // A pool of another edition, or an unknown one, is not found.
    let other = seed_budget::import(&db, "Warszawa 2017 (test)", &[PLAC], None).await.unwrap();
    let other_pool = store::pools(&db, other).await.unwrap()[0].id;
    assert_eq!(s.page(&c, &format!("/budget/{id}/results/{other_pool}")).await.0, StatusCode::NOT_FOUND);
    assert_eq!(s.page(&c, "/budget/999999/results").await.0, StatusCode::NOT_FOUND);
    let r = c.get(s.url(&format!("/budget/{id}/pools/{other_pool}/pabulib.pb"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn results_are_public_only_from_the_results_date() {
    let s = start().await;
    let db = db(&s).await;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let t = Timetable {
        submission_opens: now - 30 * 86400,
        submission_closes: now - 20 * 86400,
        voting_opens: now - 10 * 86400,
        voting_closes: now - 86400,
        results_at: now + 86400,
    };
    let id = store::create_edition(&db, "Edycja w liczeniu", &t, &BallotRule::Krakow { picks: 3 }, &Counting::krakow(), false, "", None).await.unwrap();
    let pool = store::add_pool(&db, id, None, "Pula ogólnomiejska", 100_000_00).await.unwrap();
    let anon = s.browser();
    let (status, html) = s.page(&anon, "/budget").await;
    assert_eq!(status, StatusCode::OK);
    let text = text(&html);
    assert!(text.contains("Głosowanie zakończone, trwa liczenie"), "{text}");
    assert!(text.contains("Wyniki zostaną ogłoszone"), "{text}");
    assert_eq!(s.page(&anon, &format!("/budget/{id}/results")).await.0, StatusCode::NOT_FOUND);
    assert_eq!(s.page(&anon, &format!("/budget/{id}/results/{pool}")).await.0, StatusCode::NOT_FOUND);
    let r = anon.get(s.url(&format!("/budget/{id}/pools/{pool}/results.csv"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Staff see the count before it is published.
    let clerk = s.browser();
    assert_eq!(location(&s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await), "/account");
    assert_eq!(s.page(&clerk, &format!("/budget/{id}/results/{pool}")).await.0, StatusCode::OK);
    // At the results date the same pages open to everyone.
    sqlx::query("UPDATE bo_editions SET results_at = $1 WHERE id = $2").bind(now - 1).bind(id).execute(&db.pool).await.unwrap();
    assert_eq!(s.page(&anon, &format!("/budget/{id}/results/{pool}")).await.0, StatusCode::OK);
}
