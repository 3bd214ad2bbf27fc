//! HTTP-level tests of public consultations: the list and a consultation's document by
//! sections; the opinion map's answers only while open and only signed in, never on a
//! statement of another consultation, one answer per account and statement under 50
//! concurrent submissions, with and without JavaScript; the map computed in the background
//! (never in a request) and shown as groups; the account's data export. Run on SQLite and on
//! PostgreSQL like `http.rs`.
mod common;
use common::*;
use konto_app::consultations::rules::{Form, Moderation, Timeline, Topic};
use konto_app::consultations::store::{self, NewConsultation};
use konto_app::consultations::Section;
use konto_app::platform::Db;

fn date(days: i64) -> jiff::civil::Date {
    day(days).parse().unwrap()
}

/// A published consultation opening `opens` days from today and closing `closes` days from
/// today, with an opinion map of `statements` statements; (id, statement ids).
async fn consultation(s: &Server, opens: i64, closes: i64, statements: &[&str]) -> (i64, Vec<i64>) {
    let db = Db::connect(&s.db_url).await.unwrap();
    let n = NewConsultation {
        title: "Nowe linie autobusowe".into(),
        summary: "Które linie uruchomić w 2027 roku.".into(),
        easy_summary: "Miasto pyta o autobusy.".into(),
        topic: Topic::Transport,
        districts: Vec::new(),
        department: "Zarząd Transportu Publicznego".into(),
        contact: "konsultacje@ztp.krakow.pl".into(),
        moderation: Moderation::After,
        forms: vec![Form::OpinionMap, Form::Meeting, Form::Remarks],
        verified_only: false,
        timeline: Timeline {
            information_from: date(opens - 7),
            opens: date(opens),
            closes: date(closes),
            answers_by: date(closes + 30),
            report_by: date(closes + 40),
        },
        published: true,
    };
    let id = store::create(&db, &n, None).await.unwrap();
    store::add_section(
        &db,
        id,
        0,
        &Section {
            anchor: "linie".into(),
            heading: "Nowe linie".into(),
            body: "Linia 180 do Bronowic.\n\nLinia 181 do Czyżyn.".into(),
        },
    )
    .await
    .unwrap();
    let mut ids = Vec::new();
    for t in statements {
        ids.push(store::add_statement(&db, id, None, true, t).await.unwrap());
    }
    db.pool.close().await;
    (id, ids)
}

fn answer(c: i64, st: i64, vote: &str) -> Vec<(String, String)> {
    vec![
        ("consultation_id".into(), c.to_string()),
        ("statement_id".into(), st.to_string()),
        ("vote".into(), vote.into()),
    ]
}

/// An answer sent as the hydrated app sends it, refused with exactly one problem:
/// `want` is (field, problem).
async fn refused(s: &Server, c: &reqwest::Client, f: Vec<(String, String)>, want: (&str, &str)) {
    let v: serde_json::Value = s
        .call(c, "/api/consultations/answer", &refs(&f))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(problems(&v), [(want.0.to_string(), want.1.to_string())]);
}

/// The opinion map page once the background job has computed a map with `groups` groups.
async fn map_with_groups(s: &Server, c: &reqwest::Client, id: i64, groups: &str) -> String {
    for _ in 0..200 {
        let (status, html) = s.page(c, &format!("/consultations/{id}/opinions")).await;
        assert_eq!(status, StatusCode::OK);
        if text(&html).contains(groups) {
            return html;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the opinion map was not computed within 20 seconds");
}

#[tokio::test]
async fn the_list_and_a_consultation_by_sections() {
    let s = start().await;
    let (id, _) = consultation(&s, -3, 20, &["Linia 180 powinna jeździć co 10 minut."]).await;
    let c = s.browser();
    let (status, html) = s.page(&c, "/consultations").await;
    assert_eq!(status, StatusCode::OK);
    assert!(text(&html).contains("Nowe linie autobusowe"));
    let (status, html) = s.page(&c, &format!("/consultations/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    // Each section has its own address, and the contents link to it.
    assert!(html.contains(r#"id="linie""#), "{html}");
    assert!(html.contains(r##"href="#linie""##));
    assert!(text(&html).contains("Linia 181 do Czyżyn."));
    assert!(html.contains(&format!("/consultations/{id}/opinions")));
    // The method in plain words, with the formulas, linked from the opinion map.
    let (status, html) = s.page(&c, "/consultations/method").await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    assert!(
        t.contains("Jak działa mapa opinii") && t.contains("(n + 1) / (N + 2)"),
        "{t}"
    );
    let (_, html) = s.page(&c, &format!("/consultations/{id}/opinions")).await;
    assert!(html.contains(r#"href="/consultations/method""#));
    // A consultation that does not exist, or a malformed id: 404, never 500.
    assert_eq!(
        s.page(&c, "/consultations/999999").await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.page(&c, "/consultations/abc").await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn answers_only_signed_in_while_open_and_on_this_consultations_statements() {
    let s = start().await;
    let (open, ids) = consultation(&s, -3, 20, &["Pierwsze", "Drugie"]).await;
    let (soon, soon_ids) = consultation(&s, 5, 30, &["Później"]).await;
    let (ended, ended_ids) = consultation(&s, -40, -10, &["Dawniej"]).await;

    // Not signed in: to the sign-in page, nothing counted.
    let anon = s.browser();
    let r = s
        .form(
            &anon,
            "/api/consultations/answer",
            &refs(&answer(open, ids[0], "agree")),
        )
        .await;
    assert!(location(&r).starts_with("/sign-in"), "{}", location(&r));
    let (_, html) = s
        .page(&anon, &format!("/consultations/{open}/opinions"))
        .await;
    assert!(html.contains("/sign-in?return_to=%2Fconsultations"));

    let ala = s.resident("ala.con@example.pl", "5").await;
    // Before it opens and after it closes: refused with a sentence, nothing counted.
    refused(
        &s,
        &ala,
        answer(soon, soon_ids[0], "agree"),
        ("", "ConsultationNotOpen"),
    )
    .await;
    refused(
        &s,
        &ala,
        answer(ended, ended_ids[0], "agree"),
        ("", "ConsultationClosed"),
    )
    .await;
    // A statement of another consultation, and an answer that is none of the three.
    refused(
        &s,
        &ala,
        answer(open, soon_ids[0], "agree"),
        ("", "StatementUnknown"),
    )
    .await;
    refused(
        &s,
        &ala,
        answer(open, ids[0], "maybe"),
        ("vote", "AnswerRequired"),
    )
    .await;
    // Malformed numbers: a 400 in the person's language, never a 500.
    let r = s
        .form(
            &ala,
            "/api/consultations/answer",
            &[
                ("consultation_id", "x"),
                ("statement_id", "1"),
                ("vote", "agree"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(s.count("SELECT COUNT(*) FROM con_votes").await, 0);

    // Without JavaScript: answer, back to the page with the next statement.
    let (_, html) = s
        .page(&ala, &format!("/consultations/{open}/opinions"))
        .await;
    let first = if html.contains(&format!(r#"name="statement_id" value="{}""#, ids[0])) {
        ids[0]
    } else {
        ids[1]
    };
    let r = s
        .form(
            &ala,
            "/api/consultations/answer",
            &refs(&answer(open, first, "disagree")),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&r),
        format!("/consultations/{open}/opinions#statement")
    );
    let (_, html) = s
        .page(&ala, &format!("/consultations/{open}/opinions"))
        .await;
    let other = if first == ids[0] { ids[1] } else { ids[0] };
    assert!(
        html.contains(&format!(r#"name="statement_id" value="{other}""#)),
        "the next statement is the other one"
    );
    assert!(text(&html).contains("1 z 2"), "{}", text(&html));
    // With JavaScript: the same answer as data.
    let v: serde_json::Value = s
        .call(
            &ala,
            "/api/consultations/answer",
            &refs(&answer(open, other, "pass")),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(problems(&v).is_empty(), "{v}");
    let (_, html) = s
        .page(&ala, &format!("/consultations/{open}/opinions"))
        .await;
    assert!(
        !html.contains(r#"name="statement_id""#),
        "nothing left to answer"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_votes WHERE participant = 'a:' || (SELECT CAST(id AS TEXT) FROM users WHERE email = 'ala.con@example.pl')").await,
        2
    );
}

#[tokio::test]
async fn one_answer_per_account_and_statement_under_fifty_concurrent_submissions() {
    let s = start().await;
    let (id, ids) = consultation(&s, -1, 20, &["Jedno stwierdzenie"]).await;
    let ola = s.resident("ola.con@example.pl", "3").await;
    let votes = ["agree", "disagree", "pass"];
    let sends = (0..50).map(|i| {
        let f = answer(id, ids[0], votes[i % 3]);
        let (s, ola) = (&s, &ola);
        async move {
            if i % 2 == 0 {
                s.form(ola, "/api/consultations/answer", &refs(&f)).await
            } else {
                s.call(ola, "/api/consultations/answer", &refs(&f)).await
            }
        }
    });
    for r in futures::future::join_all(sends).await {
        assert!(
            r.status().is_success() || r.status() == StatusCode::SEE_OTHER,
            "{}",
            r.status()
        );
    }
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM con_votes WHERE statement_id = {}",
            ids[0]
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn the_map_is_computed_in_the_background_and_shows_the_groups() {
    let s = start().await;
    let statements = [
        "Tramwaj przed drogą",
        "Więcej parkingów",
        "Buspasy całą dobę",
        "Szersze jezdnie",
        "Bilety tańsze",
        "Przystanki bez schodów",
        "Strefa płatnego parkowania",
        "Rowery w centrum",
    ];
    let (id, ids) = consultation(&s, -2, 20, &statements).await;
    // Thirty generated participants in two camps, written as the demo writes them.
    let db = Db::connect(&s.db_url).await.unwrap();
    let mut rows = Vec::new();
    for p in 0..30 {
        for (k, st) in ids.iter().enumerate() {
            let agree = (k % 2 == 0) == (p % 2 == 0);
            // Everyone agrees with statement 5; the camps split on the others.
            let v = if k == 5 || agree {
                konto_app::consultations::opinions::Vote::Agree
            } else {
                konto_app::consultations::opinions::Vote::Disagree
            };
            rows.push((format!("gen:{p}"), *st, v));
        }
    }
    store::cast_many(&db, id, &rows).await.unwrap();
    db.pool.close().await;
    let c = s.browser();
    let html = map_with_groups(&s, &c, id, "2 grupy wśród 30 z 30 uczestników").await;
    let t = text(&html);
    assert!(
        t.contains("Grupa A: 15 osób") && t.contains("Grupa B: 15 osób"),
        "{t}"
    );
    // Then the same drawn: an image with a title and a description of where each group is.
    assert!(
        html.contains(r#"role="img" aria-labelledby="map-title map-desc""#),
        "{html}"
    );
    let desc = html.split(r#"<desc id="map-desc">"#).nth(1).unwrap();
    assert!(desc.starts_with("Grupa A: 15 osób, środek w "), "{desc}");
    assert!(html.matches("<circle").count() >= 2);
    // What every group agrees on: the statement both camps agreed with.
    let consensus = t
        .split("W czym zgadzają się wszystkie grupy")
        .nth(1)
        .unwrap();
    assert!(
        consensus.trim_start().starts_with("Przystanki bez schodów"),
        "{consensus}"
    );
    // A new answer: the next computation includes it (a new participant, not yet placed).
    let ewa = s.resident("ewa.con@example.pl", "9").await;
    s.form(
        &ewa,
        "/api/consultations/answer",
        &refs(&answer(id, ids[0], "agree")),
    )
    .await;
    map_with_groups(&s, &c, id, "2 grupy wśród 30 z 31 uczestników").await;
    // Open data in Pol.is' format: the same groups, participants as numbers only.
    let dir = std::env::temp_dir().join(format!("konto-con-export-{}", unique()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["comments.csv", "participants-votes.csv", "summary.csv"] {
        let r = c
            .get(s.url(&format!("/consultations/{id}/opinions/{f}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{f}");
        assert!(r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment"));
        let body = r.text().await.unwrap();
        assert!(
            !body.contains("a:") && !body.contains("gen:"),
            "{f}: {body}"
        );
        std::fs::write(dir.join(f), body).unwrap();
    }
    let exported = konto_app::consultations::polis::Conversation::read(&dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(exported.participants.len(), 31);
    assert_eq!(
        exported
            .participants
            .iter()
            .filter(|p| p.group.is_some())
            .count(),
        30
    );
    assert_eq!(exported.statements.len(), 8);
    assert_eq!(exported.statements[0].body, "Tramwaj przed drogą");
    assert_eq!(exported.votes.len(), 30 * 8 + 1);
    assert_eq!(exported.summary_value("groups"), Some("2"));
    // The portal's own opinion map of the exported file finds the same two groups.
    let again = konto_app::consultations::opinions::compute(&exported.votes()).unwrap();
    assert_eq!(again.groups.len(), 2);
    for f in ["votes.csv", "..%2Fserver.keys"] {
        let r = c
            .get(s.url(&format!("/consultations/{id}/opinions/{f}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{f}");
    }
    // The account's data export includes its answers.
    let export: serde_json::Value = ewa
        .get(s.url("/account/export"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(export["consultations"]["answers"][0]["answer"], "agree");
    assert_eq!(
        export["consultations"]["answers"][0]["statement"],
        "Tramwaj przed drogą"
    );
}

/// The organisers' form's fields with dates `info`, `opens` and `closes` days from today.
fn organiser_form(id: i64, info: i64, opens: i64, closes: i64) -> Vec<(String, String)> {
    [
        ("consultation_id", id.to_string()),
        ("title", "Park Lotników".to_string()),
        ("summary", "Nowe alejki w parku.".to_string()),
        ("easy_summary", "Miasto zmieni park.".to_string()),
        ("topic", "greenery".to_string()),
        ("districts[d14]", "1".to_string()),
        ("department", "Zarząd Zieleni Miejskiej".to_string()),
        ("contact", "zzm@krakow.pl".to_string()),
        ("moderation", "after".to_string()),
        ("forms[remarks]", "yes".to_string()),
        ("forms[meeting]", "yes".to_string()),
        ("forms[paper]", "yes".to_string()),
        ("information_from", day(info)),
        ("opens", day(opens)),
        ("closes", day(closes)),
        ("answers_by", day(closes + 30)),
        ("report_by", day(closes + 45)),
        (
            "sections",
            "## Alejki\nNowa nawierzchnia.\n\n## Ławki\nTrzydzieści nowych ławek.".to_string(),
        ),
        ("publish", "yes".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

#[tokio::test]
async fn organisers_publish_only_when_krakows_minimums_are_met_and_extend_with_a_reason() {
    let s = start().await;
    let save = "/api/consultations/save";
    let ala = s.resident("ala.org@example.pl", "5").await;
    assert_eq!(
        s.call(&ala, save, &refs(&organiser_form(0, 1, 8, 35)))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.page(&ala, "/staff/consultations").await.0,
        StatusCode::FORBIDDEN
    );
    // The extension too: a resident gets 403, a stranger 401.
    for (who, want) in [
        (&ala, StatusCode::FORBIDDEN),
        (&s.browser(), StatusCode::UNAUTHORIZED),
    ] {
        let r = s
            .call(
                who,
                "/api/consultations/extend",
                &[
                    ("consultation_id", "1"),
                    ("closes", &day(40)),
                    ("reason", "x"),
                ],
            )
            .await;
        assert_eq!(r.status(), want);
    }
    // One's notifications are one's own: a stranger is asked to sign in.
    assert_eq!(
        s.call(&s.browser(), "/api/consultations/notices", &[])
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let admin = s.browser();
    assert_eq!(
        location(&s.sign_in(&admin, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    // Publishing refused, every reason at its field: 3 days of information, 10 days of
    // consultation, one form without a meeting, no document.
    let mut f = organiser_form(0, 0, 3, 12);
    f.retain(|(k, _)| !k.starts_with("forms[") && k != "sections" && k != "summary");
    f.push(("forms[remarks]".into(), "yes".into()));
    let v: serde_json::Value = s.call(&admin, save, &refs(&f)).await.json().await.unwrap();
    let mut got = problems(&v);
    got.sort();
    let mut want: Vec<(String, String)> = [
        ("closes", "ConsultationTooShort"),
        ("forms", "FormsTooFew"),
        ("forms", "MeetingRequired"),
        ("information_from", "InformationTooShort"),
        ("sections", "SectionsRequired"),
        ("summary", "FieldRequired"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    want.sort();
    assert_eq!(got, want);
    assert_eq!(s.count("SELECT COUNT(*) FROM con_consultations").await, 0);
    // Without JavaScript: back to the form, with the sentence at the field and what was typed.
    let r = s.form(&admin, save, &refs(&f)).await;
    assert_eq!(location(&r), "/staff/consultations/new");
    let (_, html) = s.page(&admin, "/staff/consultations/new").await;
    let t = text(&html);
    assert!(
        t.contains("Konsultacje muszą trwać co najmniej 21 dni"),
        "{t}"
    );
    assert!(
        html.contains(r#"value="Park Lotników""#)
            && html.contains(r#"id="f-d14" name="districts[d14]" value="1" checked"#),
        "{html}"
    );
    // A draft: saved, but not public.
    let mut draft = f.clone();
    draft.retain(|(k, _)| k != "publish");
    let r = s.form(&admin, save, &refs(&draft)).await;
    let id: i64 = location(&r)
        .trim_start_matches("/staff/consultations/")
        .parse()
        .unwrap();
    assert_eq!(
        s.page(&s.browser(), &format!("/consultations/{id}"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    // Meeting Kraków's minimums exactly: published, with its document by sections.
    let r = s
        .form(&admin, save, &refs(&organiser_form(id, 0, 7, 27)))
        .await;
    assert_eq!(location(&r), format!("/consultations/{id}"));
    let (status, html) = s.page(&s.browser(), &format!("/consultations/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"id="lawki""#) && text(&html).contains("Trzydzieści nowych ławek."));
    // Published: no more changes through the form.
    let v: serde_json::Value = s
        .call(&admin, save, &refs(&organiser_form(id, 0, 7, 27)))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("".to_string(), "AlreadyPublished".to_string())]
    );
    // An extension needs a reason and stays within 60 days in all.
    let extend = "/api/consultations/extend";
    let ids = id.to_string();
    let v: serde_json::Value = s
        .call(
            &admin,
            extend,
            &[
                ("consultation_id", &ids),
                ("closes", &day(40)),
                ("reason", " "),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("reason".to_string(), "ReasonRequired".to_string())]
    );
    let v: serde_json::Value = s
        .call(
            &admin,
            extend,
            &[
                ("consultation_id", &ids),
                ("closes", &day(70)),
                ("reason", "Wakacje"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("new_closes".to_string(), "ConsultationTooLong".to_string())]
    );
    let v: serde_json::Value = s
        .call(
            &admin,
            extend,
            &[
                ("consultation_id", &ids),
                ("closes", &day(40)),
                ("reason", "Prośba rady dzielnicy o więcej czasu"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(problems(&v).is_empty(), "{v}");
    let (_, html) = s.page(&s.browser(), &format!("/consultations/{id}")).await;
    assert!(
        text(&html).contains("Prośba rady dzielnicy o więcej czasu"),
        "{}",
        text(&html)
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM con_extensions").await, 1);
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM con_consultations WHERE closes = '{}'",
            day(40)
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn residents_propose_statements_that_clerks_moderate_like_remarks() {
    let s = start().await;
    let (c, _) = consultation(&s, -3, 20, &["Więcej tramwajów nocnych."]).await;
    let (ended, _) = consultation(&s, -40, -10, &["Stare stwierdzenie."]).await;
    let (other, _) = consultation(&s, -3, 20, &[]).await;
    let db = Db::connect(&s.db_url).await.unwrap();
    sqlx::query("UPDATE con_consultations SET moderation = 'before' WHERE id = $1")
        .bind(c)
        .execute(&db.pool)
        .await
        .unwrap();
    let cs = c.to_string();
    let propose = "/api/consultations/statement/propose";
    let ask = |text: &str| {
        vec![
            ("consultation_id".to_string(), cs.clone()),
            ("text".to_string(), text.to_string()),
        ]
    };

    // Signed out: to sign in, and back.
    let anon = s.browser();
    let r = s
        .form(&anon, propose, &refs(&ask("Buspas na Kotlarskiej.")))
        .await;
    assert!(location(&r).starts_with("/sign-in?return_to="));

    let ala = s.resident("ala.st@example.pl", "5").await;
    let refused = |f: Vec<(String, String)>, want: (&'static str, &'static str)| {
        let (s, ala) = (&s, &ala);
        async move {
            let v: serde_json::Value = s.call(ala, propose, &refs(&f)).await.json().await.unwrap();
            assert_eq!(
                problems(&v),
                vec![(want.0.to_string(), want.1.to_string())],
                "{f:?}"
            );
        }
    };
    refused(ask("  "), ("text", "TextRequired")).await;
    refused(ask(&"ż".repeat(281)), ("text", "TextTooLong")).await;
    refused(
        ask("więcej  TRAMWAJÓW nocnych"),
        ("text", "StatementDuplicate"),
    )
    .await;
    refused(
        vec![
            ("consultation_id".into(), ended.to_string()),
            ("text".into(), "Nowe.".into()),
        ],
        ("", "ConsultationClosed"),
    )
    .await;
    // Without JavaScript the text comes back with the sentence at the field.
    let long = format!("Długie {}", "z".repeat(290));
    let r = s.form(&ala, propose, &refs(&ask(&long))).await;
    assert_eq!(location(&r), format!("/consultations/{c}/opinions#propose"));
    let (_, page) = s.page(&ala, &format!("/consultations/{c}/opinions")).await;
    assert!(
        page.contains(&long) && page.contains("Tekst może mieć najwyżej 280"),
        "kept"
    );

    // Moderation first: the statement waits and is not asked yet.
    let call_ok = |c2: &reqwest::Client, f: Vec<(String, String)>| {
        let s = &s;
        let c2 = c2.clone();
        async move {
            let v: serde_json::Value = s.call(&c2, propose, &refs(&f)).await.json().await.unwrap();
            assert!(problems(&v).is_empty(), "{v}");
        }
    };
    call_ok(&ala, ask("Buspas na Kotlarskiej.")).await;
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_statements WHERE state = 'waiting'")
            .await,
        1
    );
    let seen: serde_json::Value = s
        .call(
            &ala,
            "/api/consultations/opinions",
            &[("consultation_id", &cs)],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(seen["statements"], 1);
    assert_eq!(seen["may_propose"], true);

    // Ten a day per account, counted and checked in one statement.
    let more: Vec<_> = (2..=12)
        .map(|n| ask(&format!("Pomysł numer {n}.")))
        .collect();
    let replies = futures::future::join_all(more.iter().map(|f| {
        let (s, ala) = (&s, &ala);
        async move { problems(&s.call(ala, propose, &refs(f)).await.json().await.unwrap()) }
    }))
    .await;
    assert_eq!(
        replies.iter().filter(|p| p.is_empty()).count(),
        9,
        "{replies:?}"
    );
    assert!(replies
        .iter()
        .filter(|p| !p.is_empty())
        .all(|p| p[0].1 == "Throttled"));

    // Clerks only decide; residents 403, strangers 401.
    let first: i64 = s
        .count("SELECT MIN(id) FROM con_statements WHERE state = 'waiting'")
        .await;
    let second: i64 = s
        .count(&format!(
            "SELECT MIN(id) FROM con_statements WHERE state = 'waiting' AND id > {first}"
        ))
        .await;
    let moderate = "/api/consultations/statement/moderate";
    let decide = |id: i64, d: &str| {
        vec![
            ("consultation_id".to_string(), cs.clone()),
            ("statement_id".to_string(), id.to_string()),
            ("decision".to_string(), d.to_string()),
        ]
    };
    assert_eq!(
        s.call(&ala, moderate, &refs(&decide(first, "publish")))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.call(&anon, moderate, &refs(&decide(first, "publish")))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let admin = s.browser();
    s.sign_in(&admin, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let queue: serde_json::Value = s
        .call(
            &admin,
            "/api/consultations/moderation",
            &[("consultation_id", &cs)],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue["statements"].as_array().unwrap().len(), 10);
    let ok = |f: Vec<(String, String)>| {
        let (s, admin) = (&s, &admin);
        async move {
            problems(
                &s.call(admin, moderate, &refs(&f))
                    .await
                    .json()
                    .await
                    .unwrap(),
            )
        }
    };
    assert!(ok(decide(first, "publish")).await.is_empty());
    assert!(ok(decide(second, "offensive")).await.is_empty());
    assert_eq!(
        ok(decide(first, "maybe")).await,
        vec![("decision".to_string(), "DecisionRequired".to_string())]
    );
    // Another consultation's statement through this one: unknown.
    let foreign = vec![
        ("consultation_id".to_string(), other.to_string()),
        ("statement_id".to_string(), first.to_string()),
        ("decision".to_string(), "publish".to_string()),
    ];
    assert_eq!(
        ok(foreign).await,
        vec![(String::new(), "StatementUnknown".to_string())]
    );
    let seen: serde_json::Value = s
        .call(
            &ala,
            "/api/consultations/opinions",
            &[("consultation_id", &cs)],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(seen["statements"], 2, "the published one is asked now");
    // The public log names the statements; the author is told both decisions.
    let log: serde_json::Value = s
        .call(
            &anon,
            "/api/consultations/moderation",
            &[("consultation_id", &cs)],
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(
        log["statements"].as_array().unwrap().is_empty(),
        "the queue is for clerks"
    );
    let named: Vec<i64> = log["log"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["statement"].as_i64())
        .collect();
    assert_eq!(named, vec![second, first]);
    let notices: serde_json::Value = s
        .call(&ala, "/api/consultations/notices", &[])
        .await
        .json()
        .await
        .unwrap();
    let text = notices.to_string();
    assert!(
        text.contains("StatementHidden") && text.contains("StatementPublished"),
        "{text}"
    );
    assert!(text.contains("Buspas na Kotlarskiej."));

    // The organiser's statements are published at once.
    let org = vec![
        ("consultation_id".to_string(), cs.clone()),
        ("text".to_string(), "Tramwaj do Mistrzejowic.".to_string()),
    ];
    call_ok(&admin, org).await;
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_statements WHERE by_organiser = 1 AND text = 'Tramwaj do Mistrzejowic.' AND state = 'published'")
            .await,
        1
    );
    db.pool.close().await;
}
