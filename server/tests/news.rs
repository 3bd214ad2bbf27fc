//! HTTP-level tests of news that reaches people: residents follow districts and topics (or
//! everything) and choose a daily digest, e-mail at once or the portal only; the timeline's
//! events are announced once each, also when two instances run the job at the same moment;
//! the digest goes once a Kraków day; every e-mail carries an unsubscribe link that works
//! without signing in and the one-click List-Unsubscribe headers of RFC 8058, whose POST works
//! from any site and only with the account's own token. Run on SQLite and on PostgreSQL.
mod common;
use common::*;
use konto_app::consultations::news;
use konto_app::consultations::rules::{Form, Moderation, Timeline, Topic};
use konto_app::consultations::store::{self, NewConsultation};
use konto_app::forms::District;
use konto_app::platform::Db;

fn date(days: i64) -> jiff::civil::Date {
    day(days).parse().unwrap()
}

async fn consultation(
    db: &Db,
    title: &str,
    topic: Topic,
    districts: &[u8],
    opens: i64,
    closes: i64,
) -> i64 {
    let n = NewConsultation {
        title: title.into(),
        summary: "Streszczenie.".into(),
        easy_summary: "Łatwo.".into(),
        topic,
        districts: districts.iter().filter_map(|&d| District::new(d)).collect(),
        department: "Wydział".into(),
        contact: "kontakt@krakow.pl".into(),
        moderation: Moderation::After,
        forms: vec![Form::Remarks, Form::Meeting, Form::Paper],
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
    store::create(db, &n, None).await.unwrap()
}

/// A moment of a Kraków day `days` from today, at `clock`.
fn at(days: i64, clock: &str) -> i64 {
    konto_app::i18n::time::parse_local(&day(days), clock, (0, 0)).unwrap()
}

async fn account(s: &Server, email: &str) -> i64 {
    s.count(&format!("SELECT id FROM users WHERE email = '{email}'"))
        .await
}

async fn mails(s: &Server, to: &str) -> Vec<(String, String, Option<String>)> {
    let db = Db::connect(&s.db_url).await.unwrap();
    let v = sqlx::query_as(
        "SELECT subject, body, unsubscribe FROM mail_outbox WHERE to_addr = $1 AND unsubscribe IS NOT NULL ORDER BY id",
    )
    .bind(to)
    .fetch_all(&db.pool)
    .await
    .unwrap();
    db.pool.close().await;
    v
}

async fn follow(s: &Server, c: &Client, fields: &[(&str, &str)]) -> Vec<(String, String)> {
    let r = s.call(c, "/api/consultations/following/save", fields).await;
    assert_eq!(r.status(), StatusCode::OK);
    problems(&r.json().await.unwrap())
}

#[tokio::test]
async fn followers_hear_of_each_event_once_by_digest_or_at_once_and_can_stop_without_signing_in() {
    let (port, got) = smtp_sink().await;
    let s = start_with(|c| c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;
    let db = Db::connect(&s.db_url).await.unwrap();
    let park = consultation(&db, "Park w Krowodrzy", Topic::Greenery, &[5], -1, 30).await;
    let city = consultation(&db, "Tramwaje dla miasta", Topic::Transport, &[], -20, 3).await;
    let plan = consultation(&db, "Plan dla Podgórza", Topic::Planning, &[13], -60, -40).await;
    sqlx::query("UPDATE con_consultations SET report_published = 1 WHERE id = $1")
        .bind(plan)
        .execute(&db.pool)
        .await
        .unwrap();

    let ala = s.resident("ala.news@example.pl", "5").await;
    let ola = s.resident("ola.news@example.pl", "13").await;
    let ula = s.resident("ula.news@example.pl", "1").await;
    let _ela = s.resident("ela.news@example.pl", "1").await;

    // Following: signed in only; every problem at its field.
    let anon = s.browser();
    let r = s
        .call(
            &anon,
            "/api/consultations/following/save",
            &[("delivery", "daily")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let mut bad = follow(
        &s,
        &ala,
        &[("districts[d99]", "1"), ("topics[weather]", "yes")],
    )
    .await;
    bad.sort();
    assert_eq!(
        bad,
        vec![
            ("delivery".to_string(), "FieldRequired".to_string()),
            ("districts".into(), "ChoiceInvalid".into()),
            ("topics".into(), "ChoiceInvalid".into()),
        ]
    );
    // Ala: district V, a daily digest. Ola: planning, at once. Ula: everything, portal only.
    assert!(
        follow(&s, &ala, &[("districts[d5]", "1"), ("delivery", "daily")])
            .await
            .is_empty()
    );
    assert!(follow(
        &s,
        &ola,
        &[("topics[planning]", "yes"), ("delivery", "at-once")]
    )
    .await
    .is_empty());
    assert!(follow(
        &s,
        &ula,
        &[("everything", "yes"), ("delivery", "portal-only")]
    )
    .await
    .is_empty());
    let r = s.call(&ala, "/api/consultations/following", &[]).await;
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["districts"][0], 5);
    assert_eq!(v["delivery"], "daily");

    // Two instances announce at the same moment (08:00), then both send mail: each event is
    // announced once and each notice mailed once. (In the server a lease also keeps a round
    // to one instance.)
    let keys = s.keys();
    let origin = "http://127.0.0.1:3000";
    let now = at(0, "08:00");
    let (told_a, told_b) = tokio::join!(news::announce(&db, now), news::announce(&db, now));
    let (mailed_a, mailed_b) = tokio::join!(
        news::mail(&db, &keys, origin, now),
        news::mail(&db, &keys, origin, now)
    );
    let (a, b) = (
        (told_a.unwrap(), mailed_a.unwrap()),
        (told_b.unwrap(), mailed_b.unwrap()),
    );
    // Ala: the park opened, the city-wide one opened and closes within a week (3); Ola: the
    // plan's report (1); Ula: all four events (4); Ela follows nothing (0).
    assert_eq!(a.0 + b.0, 8, "{a:?} {b:?}");
    let (ala_id, ola_id, ula_id) = (
        account(&s, "ala.news@example.pl").await,
        account(&s, "ola.news@example.pl").await,
        account(&s, "ula.news@example.pl").await,
    );
    for (id, n) in [(ala_id, 3), (ola_id, 1), (ula_id, 4)] {
        assert_eq!(
            s.count(&format!(
                "SELECT COUNT(*) FROM con_notices WHERE account_id = {id}"
            ))
            .await,
            n
        );
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM con_events").await, 4);
    // E-mail: one digest to Ala with her three items, one to Ola, none to Ula or Ela.
    assert_eq!(a.1 + b.1, 2);
    let ala_mail = mails(&s, "ala.news@example.pl").await;
    assert_eq!(ala_mail.len(), 1);
    let (subject, body, one_click) = &ala_mail[0];
    assert!(subject.contains('3'), "{subject}");
    for needle in [
        "Park w Krowodrzy",
        "Tramwaje dla miasta",
        "Zostało mniej niż 7 dni",
        &format!("/consultations/{park}"),
        &format!("/consultations/{city}"),
        "/consultations/following",
        "/consultations/unsubscribe?a=",
    ] {
        assert!(body.contains(needle), "{needle} in {body}");
    }
    assert!(!body.contains("Plan dla Podgórza"));
    assert_eq!(mails(&s, "ola.news@example.pl").await.len(), 1);
    assert!(mails(&s, "ula.news@example.pl").await.is_empty());
    assert!(mails(&s, "ela.news@example.pl").await.is_empty());
    // Ula reads hers in the portal.
    let r = s.call(&ula, "/api/consultations/notices", &[]).await;
    let list: serde_json::Value = r.json().await.unwrap();
    assert_eq!(list.as_array().unwrap().len(), 4);
    assert!(list.to_string().contains("ReportPublished"));

    // A second run changes nothing.
    assert_eq!(
        news::run_once(&db, &keys, origin, at(0, "08:05"))
            .await
            .unwrap(),
        (0, 0)
    );

    // News the same evening: Ola hears at once, Ala's digest waits for tomorrow's.
    for id in [ala_id, ola_id] {
        sqlx::query("INSERT INTO con_notices (account_id, consultation_id, kind, reason, created_at) VALUES ($1, $2, 'remark-answered', 'accepted', $3)")
            .bind(id)
            .bind(plan)
            .bind(at(0, "20:00"))
            .execute(&db.pool)
            .await
            .unwrap();
    }
    assert_eq!(
        news::run_once(&db, &keys, origin, at(0, "20:00"))
            .await
            .unwrap(),
        (0, 1)
    );
    assert_eq!(mails(&s, "ola.news@example.pl").await.len(), 2);
    assert_eq!(mails(&s, "ala.news@example.pl").await.len(), 1);
    assert_eq!(
        news::run_once(&db, &keys, origin, at(1, "06:30"))
            .await
            .unwrap(),
        (0, 0),
        "not before seven"
    );
    assert_eq!(
        news::run_once(&db, &keys, origin, at(1, "07:10"))
            .await
            .unwrap(),
        (0, 1)
    );
    assert_eq!(mails(&s, "ala.news@example.pl").await.len(), 2);

    // The one-click unsubscribe address of Ala's mail, posted the way a mail program does
    // (from another site, no cookie): her e-mail stops; her notices stay in the portal.
    let one_click = one_click.clone().unwrap();
    assert!(one_click.contains(&format!("/mail/unsubscribe/{ala_id}/")));
    let path = one_click.trim_start_matches(origin).to_string();
    let wrong = format!(
        "/mail/unsubscribe/{ola_id}/{}",
        path.rsplit('/').next().unwrap()
    );
    let post = |p: String| {
        s.browser()
            .post(s.url(&p))
            .header(ORIGIN, "https://mail.example.com")
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
    };
    assert_eq!(post(wrong).await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(post(path.clone()).await.unwrap().status(), StatusCode::OK);
    let r = s.call(&ala, "/api/consultations/following", &[]).await;
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["delivery"], "portal-only");
    assert_eq!(v["districts"][0], 5, "what she follows is kept");
    sqlx::query("INSERT INTO con_notices (account_id, consultation_id, kind, created_at) VALUES ($1, $2, 'remark-published', $3)")
        .bind(ala_id)
        .bind(park)
        .bind(at(1, "08:00"))
        .execute(&db.pool)
        .await
        .unwrap();
    news::run_once(&db, &keys, origin, at(2, "08:00"))
        .await
        .unwrap();
    assert_eq!(mails(&s, "ala.news@example.pl").await.len(), 2);
    // Opening the address in a browser leads to the page with the button.
    let r = anon.get(s.url(&path)).send().await.unwrap();
    assert!(location(&r).starts_with(&format!("/consultations/unsubscribe?a={ala_id}&t=")));

    // The link in the body, without signing in and without JavaScript: Ola stops her e-mail.
    let ola_body = &mails(&s, "ola.news@example.pl").await[0].1;
    let link = ola_body
        .split_whitespace()
        .find(|w| w.contains("/consultations/unsubscribe?a="))
        .unwrap()
        .to_string();
    let query = link.split_once('?').unwrap().1;
    let (a_, t_) = {
        let mut a_ = "";
        let mut t_ = "";
        for kv in query.split('&') {
            match kv.split_once('=') {
                Some(("a", v)) => a_ = v,
                Some(("t", v)) => t_ = v,
                _ => {}
            }
        }
        (a_.to_string(), t_.to_string())
    };
    let stranger = s.browser();
    let (status, page) = s
        .page(&stranger, &format!("/consultations/unsubscribe?{query}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Nie wysyłajcie mi e-maili"));
    let r = s
        .form(
            &stranger,
            "/api/consultations/unsubscribe",
            &[("a", &a_), ("t", "0000")],
        )
        .await;
    let (_, page) = s.page(&stranger, &location(&r)).await;
    assert!(page.contains("Ten link do wypisania się jest nieprawidłowy"));
    let r = s
        .form(
            &stranger,
            "/api/consultations/unsubscribe",
            &[("a", &a_), ("t", &t_)],
        )
        .await;
    assert_eq!(location(&r), "/consultations/unsubscribe?done=1");
    let (_, page) = s.page(&stranger, &location(&r)).await;
    assert!(page.contains("nie wyślemy Ci już e-maili"));
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM con_follows WHERE account_id = {ola_id} AND delivery = 'portal-only'"
        ))
        .await,
        1
    );

    // Delivered over SMTP with the one-click headers.
    let is_digest =
        |m: &String| m.contains("To: ala.news@example.pl") && m.contains("List-Unsubscribe");
    for _ in 0..300 {
        if got.lock().await.iter().any(is_digest) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let delivered = got.lock().await.clone();
    let digest = delivered
        .iter()
        .find(|m| is_digest(m))
        .expect("Ala's digest delivered");
    assert!(
        digest.contains(&format!("List-Unsubscribe: <{one_click}>")),
        "{digest}"
    );
    assert!(digest.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
    db.pool.close().await;
}

#[tokio::test]
async fn atom_and_icalendar_feeds_parse_and_keep_to_their_district_or_topic() {
    use icalendar::Component;
    let s = start().await;
    let db = Db::connect(&s.db_url).await.unwrap();
    let park = consultation(
        &db,
        "Park <Krowodrza> & łąka",
        Topic::Greenery,
        &[5],
        -1,
        30,
    )
    .await;
    let city = consultation(&db, "Tramwaje dla miasta", Topic::Transport, &[], -20, 3).await;
    let plan = consultation(&db, "Plan dla Podgórza", Topic::Planning, &[13], -60, -40).await;
    let draft = consultation(&db, "Szkic niewidoczny", Topic::Planning, &[13], 10, 40).await;
    sqlx::query("UPDATE con_consultations SET published = 0 WHERE id = $1")
        .bind(draft)
        .execute(&db.pool)
        .await
        .unwrap();
    store::add_meeting(
        &db,
        park,
        &konto_app::consultations::rules::MeetingPlan {
            kind: Form::Meeting,
            title: "Spacer po parku".into(),
            starts: at(2, "17:00"),
            ends: at(2, "19:00"),
            place: "Park Krowoderski".into(),
            online_url: String::new(),
            seats: 30,
        },
        Default::default(),
        account(&s, ADMIN_EMAIL).await,
    )
    .await
    .unwrap();
    db.pool.close().await;
    let anon = s.browser();
    let get = |path: &'static str| {
        let anon = anon.clone();
        let url = s.url(path);
        async move { anon.get(url).send().await.unwrap() }
    };

    let titles = |body: &str| -> Vec<String> {
        let feed = atom_syndication::Feed::read_from(body.as_bytes()).expect("valid Atom");
        feed.entries()
            .iter()
            .map(|e| e.title().as_str().to_string())
            .collect()
    };
    let r = get("/consultations/feed.atom").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/atom+xml"));
    let mut all = titles(&r.text().await.unwrap());
    all.sort();
    assert_eq!(
        all,
        [
            "Park <Krowodrza> & łąka",
            "Plan dla Podgórza",
            "Tramwaje dla miasta"
        ]
    );
    let mut krowodrza = titles(
        &get("/consultations/feed.atom?district=5")
            .await
            .text()
            .await
            .unwrap(),
    );
    krowodrza.sort();
    assert_eq!(
        krowodrza,
        ["Park <Krowodrza> & łąka", "Tramwaje dla miasta"]
    );
    assert_eq!(
        titles(
            &get("/consultations/feed.atom?topic=planning")
                .await
                .text()
                .await
                .unwrap()
        ),
        ["Plan dla Podgórza"]
    );
    for bad in [
        "/consultations/feed.atom?district=99",
        "/consultations/feed.atom?topic=weather",
        "/consultations/calendar.ics?district=x",
    ] {
        assert_eq!(get(bad).await.status(), StatusCode::NOT_FOUND, "{bad}");
    }

    // The calendar: three consultation periods and the meeting.
    let r = get("/consultations/calendar.ics").await;
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let cal: icalendar::Calendar = r.text().await.unwrap().parse().unwrap();
    let uids: Vec<String> = cal
        .events()
        .filter_map(|e| e.get_uid().map(str::to_string))
        .collect();
    assert_eq!(uids.len(), 4, "{uids:?}");
    for id in [park, city, plan] {
        assert!(uids.contains(&format!("consultation-{id}@konto.krakow.pl")));
    }
    assert!(uids.iter().any(|u| u.starts_with("meeting-")));
    let cal: icalendar::Calendar = get("/consultations/calendar.ics?district=13")
        .await
        .text()
        .await
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(cal.events().count(), 2, "the plan and the whole city's");
    // The consultations page points feed readers to the feed.
    let (_, page) = s.page(&anon, "/consultations").await;
    assert!(page.contains("href=\"/consultations/feed.atom\""));
}
