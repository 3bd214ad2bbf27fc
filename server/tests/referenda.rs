//! HTTP-level tests of district referenda: eligibility by the resident's district, one vote
//! per person under concurrent submissions and across accounts, dates enforced on the
//! server, a secret vote (counts only), live turnout, and results with the quorum only at
//! the close. Run on SQLite and on PostgreSQL like `http.rs`.
mod common;
use common::*;

/// A valid PESEL from its first ten digits (the check digit computed).
fn pesel(first10: &str) -> String {
    let w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = first10.chars().zip(w).map(|(c, w)| c.to_digit(10).unwrap() * w).sum();
    format!("{first10}{}", (10 - sum % 10) % 10)
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

async fn create(s: &Server, clerk: &reqwest::Client, opens: i64, closes: i64) -> i64 {
    let (o, c) = (day(opens), day(closes));
    let f = pairs(&[
        ("title", "Park kieszonkowy"),
        ("question", "Czy ma powstać park kieszonkowy?"),
        ("description", ""),
        ("kind", "yes-no"),
        ("options", ""),
        ("districts[d7]", "1"),
        ("opens_date", &o),
        ("opens_time", ""),
        ("closes_date", &c),
        ("closes_time", ""),
        ("electorate", "10"),
        ("quorum", "30"),
    ]);
    let r = s.form(clerk, "/api/staff/referenda/create", &refs(&f)).await;
    location(&r).trim_start_matches("/referenda/").parse().expect("the new referendum's page")
}

fn vote(id: i64, answer: &str, pesel: &str) -> Vec<(String, String)> {
    pairs(&[("referendum_id", &id.to_string()), ("answer", answer), ("pesel", pesel), ("birth", ""), ("document", "")])
}

#[tokio::test]
async fn referendum_eligibility_one_vote_per_person_and_results_at_the_close() {
    let s = start().await;
    let clerk = s.browser();
    assert_eq!(location(&s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await), "/account");
    let anna = s.resident("anna.ref@example.pl", "7").await;
    let obca = s.resident("obca.ref@example.pl", "5").await;

    // Creating: errors per field with the input kept; residents may not.
    let bad = pairs(&[
        ("title", "Nazwa"),
        ("question", ""),
        ("description", ""),
        ("kind", "choice"),
        ("options", "Jedna"),
        ("opens_date", &day(1)),
        ("opens_time", ""),
        ("closes_date", &day(0)),
        ("closes_time", ""),
        ("electorate", "dużo"),
        ("quorum", "150"),
    ]);
    let v: serde_json::Value = s.call(&clerk, "/api/staff/referenda/create", &refs(&bad)).await.json().await.unwrap();
    assert_eq!(
        problems(&v),
        [("question", "FieldRequired"), ("options", "OptionsRequired"), ("districts", "DistrictsRequired"), ("electorate", "NumberRange"), ("quorum", "QuorumInvalid"), ("closes_date", "DatesOrder")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(s.call(&anna, "/api/staff/referenda/create", &refs(&bad)).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(s.count("SELECT COUNT(*) FROM ref_referenda").await, 0);
    let id = create(&s, &clerk, -1, 1).await;

    // A resident of another district is refused; nothing is counted.
    let p1 = pesel("4405140135");
    let v: serde_json::Value = s.call(&obca, "/api/referenda/vote", &refs(&vote(id, "0", &p1))).await.json().await.unwrap();
    assert_eq!(problems(&v), [("".to_string(), "ReferendumNotEligible".to_string())]);
    // No answer and no identity: both fields.
    let v: serde_json::Value = s.call(&anna, "/api/referenda/vote", &refs(&vote(id, "", ""))).await.json().await.unwrap();
    assert_eq!(problems(&v), [("answer".to_string(), "AnswerRequired".to_string()), ("pesel".to_string(), "IdentityMissing".to_string())]);
    // Without JavaScript the message is next to the field and the chosen answer is kept.
    let r = s.form(&anna, "/api/referenda/vote", &refs(&vote(id, "1", "123"))).await;
    assert_eq!(location(&r), format!("/referenda/{id}"));
    let (_, html) = s.page(&anna, &format!("/referenda/{id}")).await;
    assert!(html.contains("id=\"f-pesel-error\""), "{html}");
    assert!(html.contains("id=\"f-answer-1\" name=\"answer\" value=\"1\" checked"), "the answer is kept");
    assert_eq!(s.count("SELECT COUNT(*) FROM ref_voters").await, 0);

    // 50 identical votes at once: one vote.
    let f = vote(id, "0", &p1);
    let sends = (0..50).map(|_| {
        let f = refs(&f);
        let (s, anna) = (&s, &anna);
        async move { s.form(anna, "/api/referenda/vote", &f).await }
    });
    for r in futures::future::join_all(sends).await {
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&r), format!("/referenda/{id}"));
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM ref_voters").await, 1);
    assert_eq!(s.count(&format!("SELECT CAST(SUM(votes) AS BIGINT) FROM ref_tally WHERE referendum_id = {id}")).await, 1);
    // The same person from another account of the same district: refused.
    let druga = s.resident("druga.ref@example.pl", "7").await;
    let v: serde_json::Value = s.call(&druga, "/api/referenda/vote", &refs(&vote(id, "1", &p1))).await.json().await.unwrap();
    assert_eq!(problems(&v), [("".to_string(), "AlreadyVotedReferendum".to_string())]);
    // The vote is secret: who voted and what was answered are in tables that cannot be joined.
    assert_eq!(s.count("SELECT COUNT(*) FROM ref_voters WHERE length(identity) = 64").await, 1);

    // While voting is open: live turnout, no results, not even through the data function.
    let (_, html) = s.page(&s.browser(), &format!("/referenda/{id}")).await;
    let t = text(&html);
    assert!(t.contains("Zagłosowało 1 z 10 uprawnionych (10,0%)."), "{t}");
    assert!(t.contains("Wynik jest wiążący, jeśli zagłosuje co najmniej 30% uprawnionych (3 głosy)."), "{t}");
    assert!(!t.contains("Głosy na każdą odpowiedź"), "no results before the close");
    let v: serde_json::Value = s.call(&s.browser(), "/api/referenda/get", &[("referendum_id", &id.to_string())]).await.json().await.unwrap();
    assert!(v["results"].is_null(), "{v}");
    let v: serde_json::Value = s.call(&s.browser(), "/api/referenda/turnout", &[("referendum_id", &id.to_string())]).await.json().await.unwrap();
    assert_eq!((v["voters"].as_u64(), v["electorate"].as_u64()), (Some(1), Some(10)));
    let t = text(&s.page(&anna, &format!("/referenda/{id}")).await.1);
    assert!(t.contains("Oddałeś już głos w tym referendum."), "{t}");

    // Two more residents: 3 of 10 is exactly the quorum of 30 %.
    for (k, (answer, p)) in [("1", pesel("8501010123")), ("0", pesel("9002020234"))].into_iter().enumerate() {
        let c = s.resident(&format!("r{k}.ref@example.pl"), "7").await;
        assert_eq!(location(&s.form(&c, "/api/referenda/vote", &refs(&vote(id, answer, &p))).await), format!("/referenda/{id}"));
    }
    // Closed: votes refused, results shown with the quorum.
    sqlx::any::install_default_drivers();
    let db = sqlx::AnyPool::connect(&s.db_url).await.unwrap();
    sqlx::query("UPDATE ref_referenda SET closes_at = $1 WHERE id = $2").bind(konto_app::platform::now() - 1).bind(id).execute(&db).await.unwrap();
    let late = s.resident("late.ref@example.pl", "7").await;
    let v: serde_json::Value = s.call(&late, "/api/referenda/vote", &refs(&vote(id, "1", &pesel("7003030345")))).await.json().await.unwrap();
    assert_eq!(problems(&v), [("".to_string(), "ReferendumClosed".to_string())]);
    let t = text(&s.page(&s.browser(), &format!("/referenda/{id}")).await.1);
    assert!(t.contains("Wynik jest wiążący: wygrała odpowiedź „Tak” z 66,6% głosów."), "{t}");
    assert!(t.contains("Tak 2 66,6%") && t.contains("Nie 1 33,3%"), "{t}");
    // One vote fewer would have missed the quorum.
    sqlx::query("UPDATE ref_tally SET votes = votes - 1 WHERE referendum_id = $1 AND answer = 1").bind(id).execute(&db).await.unwrap();
    let t = text(&s.page(&s.browser(), &format!("/referenda/{id}")).await.1);
    assert!(t.contains("Wynik nie jest wiążący: frekwencja wyniosła 20,0%, poniżej progu 30%."), "{t}");

    // Not open yet: refused.
    let later = create(&s, &clerk, 2, 4).await;
    let v: serde_json::Value = s.call(&anna, "/api/referenda/vote", &refs(&vote(later, "0", &p1))).await.json().await.unwrap();
    assert_eq!(problems(&v), [("".to_string(), "ReferendumNotOpen".to_string())]);
    // The list shows both, the open one first.
    let t = text(&s.page(&s.browser(), "/referenda").await.1);
    assert!(t.contains("Głosowanie od") && t.contains("Głosowanie zakończyło się"), "{t}");
    assert_eq!(s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'referendum_voted'").await, 3);
}
