//! HTTP-level tests of district referenda: only residents whose identity and address a clerk
//! confirmed, eligibility by the verified district held when voting opened (never the
//! editable profile), one vote per person under concurrent submissions and across accounts,
//! dates enforced on the server, a secret vote (counts only), live turnout, and results with
//! the quorum only at the close. Run on SQLite and on PostgreSQL like `http.rs`.
mod common;
use common::*;

/// A valid PESEL from its first ten digits (the check digit computed).
fn pesel(first10: &str) -> String {
    let w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = first10
        .chars()
        .zip(w)
        .map(|(c, w)| c.to_digit(10).unwrap() * w)
        .sum();
    format!("{first10}{}", (10 - sum % 10) % 10)
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
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
    let r = s
        .form(clerk, "/api/staff/referenda/create", &refs(&f))
        .await;
    location(&r)
        .trim_start_matches("/referenda/")
        .parse()
        .expect("the new referendum's page")
}

fn vote(id: i64, answer: &str) -> Vec<(String, String)> {
    pairs(&[("referendum_id", &id.to_string()), ("answer", answer)])
}

/// A clerk confirms `email`'s identity (a PESEL) and district of residence since `since` days.
async fn verify(
    s: &Server,
    clerk: &reqwest::Client,
    email: &str,
    pesel: &str,
    district: &str,
    since: i64,
    take_over: bool,
) -> Response {
    let since = day(since);
    let mut f = vec![
        ("email", email),
        ("pesel", pesel),
        ("birth", ""),
        ("document", ""),
        ("office", "Urząd Miasta Krakowa, os. Zgody 2"),
        ("district", district),
        ("resident_since", since.as_str()),
    ];
    if take_over {
        f.push(("take_over", "yes"));
    }
    s.call(clerk, "/api/staff/identity/verify", &f).await
}

async fn verified(
    s: &Server,
    clerk: &reqwest::Client,
    email: &str,
    pesel: &str,
    district: &str,
    since: i64,
) {
    let v: serde_json::Value = verify(s, clerk, email, pesel, district, since, false)
        .await
        .json()
        .await
        .unwrap();
    assert!(v.get("Done").is_some(), "{email}: {v}");
}

#[tokio::test]
async fn referendum_eligibility_one_vote_per_person_and_results_at_the_close() {
    // The tally is changed below behind the server's back, as another instance would; a page
    // kept for a second (page_cache) would hide that, so this server keeps none.
    let s = start_with(|c| c.page_cache = std::time::Duration::ZERO).await;
    let clerk = s.browser();
    assert_eq!(
        location(&s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
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
    let v: serde_json::Value = s
        .call(&clerk, "/api/staff/referenda/create", &refs(&bad))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [
            ("question", "FieldRequired"),
            ("options", "OptionsRequired"),
            ("districts", "DistrictsRequired"),
            ("electorate", "NumberRange"),
            ("quorum", "QuorumInvalid"),
            ("closes_date", "DatesOrder")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(
        s.call(&anna, "/api/staff/referenda/create", &refs(&bad))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM ref_referenda").await, 0);
    let id = create(&s, &clerk, -1, 1).await;

    // Not confirmed by a clerk: refused, whatever the profile says; nothing is counted.
    let v: serde_json::Value = s
        .call(&anna, "/api/referenda/vote", &refs(&vote(id, "0")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "IdentityNotVerified".to_string())]
    );
    let t = text(&s.page(&anna, &format!("/referenda/{id}")).await.1);
    assert!(
        t.contains("W referendum głosują osoby, których tożsamość i adres potwierdził urzędnik."),
        "{t}"
    );
    // Residents may not confirm identities; a clerk may not confirm their own.
    assert_eq!(
        verify(
            &s,
            &anna,
            "anna.ref@example.pl",
            &pesel("4405140135"),
            "7",
            -3,
            false
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    let v: serde_json::Value = verify(
        &s,
        &clerk,
        ADMIN_EMAIL,
        &pesel("7001010101"),
        "7",
        -3,
        false,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(
        problems(&v),
        [("email".to_string(), "NotAllowed".to_string())]
    );
    let p1 = pesel("4405140135");
    verified(&s, &clerk, "anna.ref@example.pl", &p1, "7", -3).await;
    verified(
        &s,
        &clerk,
        "obca.ref@example.pl",
        &pesel("8501010123"),
        "5",
        -3,
    )
    .await;
    // The resident sees who confirmed it, where and when.
    let t = text(&s.page(&anna, "/account/identity").await.1);
    assert!(
        t.contains("Potwierdzona w urzędzie")
            && t.contains("Ada Admin, Urząd Miasta Krakowa, os. Zgody 2")
            && t.contains("PESEL kończący się na •••••••1359"),
        "{t}"
    );

    // A resident of another district is refused, even after editing the profile's district.
    let r = s
        .form(
            &obca,
            "/api/update_profile",
            &[("name", "Obca"), ("district", "7")],
        )
        .await;
    assert_eq!(location(&r), "/account");
    let v: serde_json::Value = s
        .call(&obca, "/api/referenda/vote", &refs(&vote(id, "0")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "ReferendumNotEligible".to_string())]
    );
    // Moving into the district after voting opened does not give a vote here …
    verified(
        &s,
        &clerk,
        "obca.ref@example.pl",
        &pesel("8501010123"),
        "7",
        0,
    )
    .await;
    let v: serde_json::Value = s
        .call(&obca, "/api/referenda/vote", &refs(&vote(id, "0")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "ReferendumNotEligible".to_string())]
    );
    // No answer: the message at the field; without JavaScript, back to the page with it.
    let v: serde_json::Value = s
        .call(&anna, "/api/referenda/vote", &refs(&vote(id, "")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("answer".to_string(), "AnswerRequired".to_string())]
    );
    let r = s
        .form(&anna, "/api/referenda/vote", &refs(&vote(id, "")))
        .await;
    assert_eq!(location(&r), format!("/referenda/{id}"));
    let (_, html) = s.page(&anna, &format!("/referenda/{id}")).await;
    assert!(html.contains("id=\"f-answer-error\""), "{html}");
    assert!(
        !html.contains("name=\"pesel\""),
        "the identity comes from the verification, not the form"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM ref_voters").await, 0);

    // 50 identical votes at once: one vote.
    let f = vote(id, "0");
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
    assert_eq!(
        s.count(&format!(
            "SELECT CAST(SUM(votes) AS BIGINT) FROM ref_tally WHERE referendum_id = {id}"
        ))
        .await,
        1
    );
    // … and moving out afterwards does not take it away, nor give a second vote elsewhere.
    verified(&s, &clerk, "anna.ref@example.pl", &p1, "5", 0).await;
    // The same person on another account: the clerk is told the identity is held elsewhere;
    // moved over (the person showed a document), it is still the person who has voted.
    let druga = s.resident("druga.ref@example.pl", "7").await;
    let v: serde_json::Value = verify(&s, &clerk, "druga.ref@example.pl", &p1, "7", -3, false)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("take_over".to_string(), "IdentityHeldElsewhere".to_string())]
    );
    let v: serde_json::Value = verify(&s, &clerk, "druga.ref@example.pl", &p1, "7", -3, true)
        .await
        .json()
        .await
        .unwrap();
    assert!(v.get("Done").is_some(), "{v}");
    assert_eq!(
        s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'identity_taken_over'")
            .await,
        1
    );
    let v: serde_json::Value = s
        .call(&druga, "/api/referenda/vote", &refs(&vote(id, "1")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "AlreadyVotedReferendum".to_string())]
    );
    // The vote is secret: who voted and what was answered are in tables that cannot be joined.
    assert_eq!(
        s.count("SELECT COUNT(*) FROM ref_voters WHERE length(identity) = 64")
            .await,
        1
    );

    // While voting is open: live turnout, no results, not even through the data function.
    let (_, html) = s.page(&s.browser(), &format!("/referenda/{id}")).await;
    let t = text(&html);
    assert!(
        t.contains("Zagłosowało 1 z 10 uprawnionych (10,0%)."),
        "{t}"
    );
    assert!(
        t.contains("Wynik jest wiążący, jeśli zagłosuje co najmniej 30% uprawnionych (3 głosy)."),
        "{t}"
    );
    assert!(
        !t.contains("Głosy na każdą odpowiedź"),
        "no results before the close"
    );
    let v: serde_json::Value = s
        .call(
            &s.browser(),
            "/api/referenda/get",
            &[("referendum_id", &id.to_string())],
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(v["results"].is_null(), "{v}");
    let v: serde_json::Value = s
        .call(
            &s.browser(),
            "/api/referenda/turnout",
            &[("referendum_id", &id.to_string())],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (v["voters"].as_u64(), v["electorate"].as_u64()),
        (Some(1), Some(10))
    );
    let t = text(&s.page(&anna, &format!("/referenda/{id}")).await.1);
    assert!(t.contains("Oddałeś już głos w tym referendum."), "{t}");

    // Two more residents: 3 of 10 is exactly the quorum of 30 %.
    for (k, (answer, p)) in [("1", pesel("8601010123")), ("0", pesel("9002020234"))]
        .into_iter()
        .enumerate()
    {
        let email = format!("r{k}.ref@example.pl");
        let c = s.resident(&email, "7").await;
        verified(&s, &clerk, &email, &p, "7", -3).await;
        assert_eq!(
            location(
                &s.form(&c, "/api/referenda/vote", &refs(&vote(id, answer)))
                    .await
            ),
            format!("/referenda/{id}")
        );
    }
    // Closed: votes refused, results shown with the quorum.
    sqlx::any::install_default_drivers();
    let db = sqlx::AnyPool::connect(&s.db_url).await.unwrap();
    sqlx::query("UPDATE ref_referenda SET closes_at = $1 WHERE id = $2")
        .bind(konto_app::platform::now() - 1)
        .bind(id)
        .execute(&db)
        .await
        .unwrap();
    let late = s.resident("late.ref@example.pl", "7").await;
    verified(
        &s,
        &clerk,
        "late.ref@example.pl",
        &pesel("7003030345"),
        "7",
        -3,
    )
    .await;
    let v: serde_json::Value = s
        .call(&late, "/api/referenda/vote", &refs(&vote(id, "1")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "ReferendumClosed".to_string())]
    );
    let t = text(&s.page(&s.browser(), &format!("/referenda/{id}")).await.1);
    assert!(
        t.contains("Wynik jest wiążący: wygrała odpowiedź „Tak” z 66,6% głosów."),
        "{t}"
    );
    assert!(
        t.contains("Tak 2 66,6%") && t.contains("Nie 1 33,3%"),
        "{t}"
    );
    // One vote fewer would have missed the quorum.
    sqlx::query("UPDATE ref_tally SET votes = votes - 1 WHERE referendum_id = $1 AND answer = 1")
        .bind(id)
        .execute(&db)
        .await
        .unwrap();
    let t = text(&s.page(&s.browser(), &format!("/referenda/{id}")).await.1);
    assert!(
        t.contains("Wynik nie jest wiążący: frekwencja wyniosła 20,0%, poniżej progu 30%."),
        "{t}"
    );

    // Not open yet: refused.
    let later = create(&s, &clerk, 2, 4).await;
    let v: serde_json::Value = s
        .call(&druga, "/api/referenda/vote", &refs(&vote(later, "0")))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "ReferendumNotOpen".to_string())]
    );
    // The list shows both, the open one first.
    let t = text(&s.page(&s.browser(), "/referenda").await.1);
    assert!(
        t.contains("Głosowanie od") && t.contains("Głosowanie zakończyło się"),
        "{t}"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'referendum_voted'")
            .await,
        3
    );
}
