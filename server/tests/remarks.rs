//! HTTP-level tests of remarks on a consultation: written on the whole document or on one
//! section only signed in and while open, kept with a sentence at the field when wrong (with
//! and without JavaScript), edited by their author until the close; one support per account
//! under concurrent submissions; three residents' reports hold a remark until a clerk decides;
//! clerks publish or hide with a reason, leaving a trace, a public log and a notice to the
//! author, and nobody else may; pages of 20, by section, in three orders; waiting remarks
//! listed for their author only. Run on SQLite and on PostgreSQL like `http.rs`.
mod common;
use common::*;
use konto_app::consultations::rules::{Channel, Form, Moderation, RemarkState, Timeline, Topic};
use konto_app::consultations::store::{self, NewConsultation};
use konto_app::consultations::Section;
use konto_app::platform::Db;

fn date(days: i64) -> jiff::civil::Date {
    day(days).parse().unwrap()
}

/// A published consultation taking remarks, open from `opens` to `closes` days from today,
/// with sections "linie" and "przystanki".
async fn consultation(s: &Server, opens: i64, closes: i64, moderation: Moderation) -> i64 {
    let db = Db::connect(&s.db_url).await.unwrap();
    let n = NewConsultation {
        title: "Nowe linie autobusowe".into(),
        summary: "Które linie uruchomić w 2027 roku.".into(),
        easy_summary: "Miasto pyta o autobusy.".into(),
        topic: Topic::Transport,
        districts: Vec::new(),
        department: "Zarząd Transportu Publicznego".into(),
        contact: "konsultacje@ztp.krakow.pl".into(),
        moderation,
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
    let id = store::create(&db, &n, None).await.unwrap();
    for (i, (anchor, heading)) in [("linie", "Nowe linie"), ("przystanki", "Przystanki")]
        .iter()
        .enumerate()
    {
        store::add_section(
            &db,
            id,
            i as i64,
            &Section {
                anchor: anchor.to_string(),
                heading: heading.to_string(),
                body: "Treść.".into(),
            },
        )
        .await
        .unwrap();
    }
    db.pool.close().await;
    id
}

fn remark(c: i64, section: &str, text: &str) -> Vec<(String, String)> {
    vec![
        ("consultation_id".into(), c.to_string()),
        ("section".into(), section.into()),
        ("text".into(), text.into()),
    ]
}

/// A call as the hydrated app makes it: the problems it was refused with (empty: done).
async fn call(s: &Server, c: &Client, path: &str, f: &[(&str, &str)]) -> Vec<(String, String)> {
    let r = s.call(c, path, f).await;
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    problems(&r.json().await.unwrap())
}

fn one(field: &str, problem: &str) -> Vec<(String, String)> {
    vec![(field.to_string(), problem.to_string())]
}

async fn remark_ids(s: &Server, consultation: i64) -> Vec<i64> {
    let db = Db::connect(&s.db_url).await.unwrap();
    let ids =
        sqlx::query_scalar("SELECT id FROM con_remarks WHERE consultation_id = $1 ORDER BY id")
            .bind(consultation)
            .fetch_all(&db.pool)
            .await
            .unwrap();
    db.pool.close().await;
    ids
}

async fn staff(s: &Server) -> Client {
    let c = s.browser();
    assert_eq!(
        location(&s.sign_in(&c, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    c
}

#[tokio::test]
async fn remarks_only_signed_in_while_open_kept_when_wrong_and_edited_until_the_close() {
    let s = start().await;
    let open = consultation(&s, -3, 20, Moderation::After).await;
    let soon = consultation(&s, 5, 30, Moderation::After).await;
    let ended = consultation(&s, -40, -10, Moderation::After).await;
    let write = "/api/consultations/remark";

    // Signed out: to sign in (and back to the form), nothing saved.
    let anon = s.browser();
    let r = s
        .form(&anon, write, &refs(&remark(open, "linie", "Tekst")))
        .await;
    assert!(
        location(&r).starts_with("/sign-in?return_to="),
        "{}",
        location(&r)
    );
    let ala = s.resident("ala.rm@example.pl", "5").await;
    assert_eq!(
        call(
            &s,
            &ala,
            write,
            &refs(&remark(soon, "linie", "Za wcześnie"))
        )
        .await,
        one("", "ConsultationNotOpen")
    );
    assert_eq!(
        call(&s, &ala, write, &refs(&remark(ended, "linie", "Za późno"))).await,
        one("", "ConsultationClosed")
    );
    // Both problems at their fields at once; a section of another consultation is unknown.
    assert_eq!(
        call(&s, &ala, write, &refs(&remark(open, "nie-ma", "  "))).await,
        vec![
            ("section".to_string(), "SectionUnknown".to_string()),
            ("text".to_string(), "TextRequired".to_string())
        ]
    );
    let long = "ż".repeat(5001);
    assert_eq!(
        call(&s, &ala, write, &refs(&remark(open, "linie", &long))).await,
        one("text", "TextTooLong")
    );
    // Malformed: a 400, never a 500.
    let r = s
        .form(&ala, write, &[("consultation_id", "x"), ("text", "a")])
        .await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(s.count("SELECT COUNT(*) FROM con_remarks").await, 0);

    // Without JavaScript, wrong: back to the form with the sentence and the text kept.
    let r = s
        .form(
            &ala,
            write,
            &refs(&remark(open, "nie-ma", "Linia 180 co 10 minut")),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&r),
        format!("/consultations/{open}/remarks?section=nie-ma#write")
    );
    let (status, html) = s.page(&ala, &location(&r)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        text(&html).contains("Wybierz część dokumentu z listy."),
        "{}",
        text(&html)
    );
    assert!(html.contains("Linia 180 co 10 minut</textarea>"), "{html}");
    // …and right: published at once (moderation after), on its section.
    let r = s
        .form(
            &ala,
            write,
            &refs(&remark(open, "linie", "Linia 180 co 10 minut")),
        )
        .await;
    let id = remark_ids(&s, open).await[0];
    assert_eq!(
        location(&r),
        format!("/consultations/{open}/remarks#remark-{id}")
    );
    // With JavaScript: the same as data, on the whole document.
    assert!(call(
        &s,
        &ala,
        write,
        &refs(&remark(open, "_document", "Więcej nocnych kursów"))
    )
    .await
    .is_empty());
    let (_, html) = s
        .page(&anon, &format!("/consultations/{open}/remarks"))
        .await;
    let t = text(&html);
    assert!(
        t.contains("Linia 180 co 10 minut") && t.contains("Więcej nocnych kursów"),
        "{t}"
    );
    assert!(t.contains("2 uwagi"), "{t}");
    assert!(html.contains(&format!(r##"href="/consultations/{open}#linie""##)));
    // The consultation page links each section to a remark on it.
    let (_, html) = s.page(&ala, &format!("/consultations/{open}")).await;
    assert!(html.contains(&format!(
        "/consultations/{open}/remarks?section=linie#write"
    )));

    // Edit: the author only, while open.
    let edit = "/api/consultations/remark/edit";
    let id_s = id.to_string();
    let (status, html) = s
        .page(&ala, &format!("/consultations/{open}/remarks/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Linia 180 co 10 minut</textarea>"));
    let ola = s.resident("ola.rm@example.pl", "5").await;
    assert_eq!(
        s.page(&ola, &format!("/consultations/{open}/remarks/{id}"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        call(
            &s,
            &ola,
            edit,
            &[("remark_id", &id_s), ("text", "Przejęta")]
        )
        .await,
        one("", "RemarkNotEditable")
    );
    assert_eq!(
        call(&s, &ala, edit, &[("remark_id", &id_s), ("text", "")]).await,
        one("text", "TextRequired")
    );
    assert!(call(
        &s,
        &ala,
        edit,
        &[("remark_id", &id_s), ("text", "Linia 180 co 7 minut")]
    )
    .await
    .is_empty());
    let (_, html) = s
        .page(&anon, &format!("/consultations/{open}/remarks"))
        .await;
    let t = text(&html);
    assert!(
        t.contains("Linia 180 co 7 minut") && t.contains("zmieniona") && !t.contains("Przejęta"),
        "{t}"
    );
    // After the close nobody edits, the author included.
    let db = Db::connect(&s.db_url).await.unwrap();
    let late = store::add_remark(
        &db,
        ended,
        None,
        Some(1),
        Channel::Portal,
        None,
        "Stara",
        RemarkState::Published,
    )
    .await
    .unwrap();
    db.pool.close().await;
    let admin = staff(&s).await;
    assert_eq!(
        call(
            &s,
            &admin,
            edit,
            &[("remark_id", &late.to_string()), ("text", "Nowa")]
        )
        .await,
        one("", "RemarkNotEditable")
    );
}

#[tokio::test]
async fn one_support_per_account_three_reports_hold_and_clerks_decide_in_a_public_log() {
    let s = start().await;
    let c = consultation(&s, -3, 20, Moderation::After).await;
    let ala = s.resident("ala.sup@example.pl", "5").await;
    assert!(call(
        &s,
        &ala,
        "/api/consultations/remark",
        &refs(&remark(c, "linie", "Buspas na Kapelance"))
    )
    .await
    .is_empty());
    let id = remark_ids(&s, c).await[0].to_string();
    let support = "/api/consultations/remark/support";
    let report = "/api/consultations/remark/report";
    let moderate = "/api/consultations/remark/moderate";

    // Never one's own.
    assert_eq!(
        call(&s, &ala, support, &[("remark_id", &id)]).await,
        one("", "RemarkOwn")
    );
    assert_eq!(
        call(&s, &ala, report, &[("remark_id", &id)]).await,
        one("", "RemarkOwn")
    );
    // One support per account, however many arrive at once.
    let ola = s.resident("ola.sup@example.pl", "5").await;
    let mut tasks = Vec::new();
    for _ in 0..20 {
        let (s2, o, id) = (s.url(support), ola.clone(), id.clone());
        tasks.push(tokio::spawn(async move {
            o.post(s2)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(format!("remark_id={id}"))
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), StatusCode::OK);
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM con_supports").await, 1);
    assert_eq!(s.count("SELECT supports FROM con_remarks").await, 1);
    // Without JavaScript: back to the remark in the list being read.
    let r = s
        .form(
            &ola,
            support,
            &[("remark_id", &id), ("sort", "supported"), ("page", "1")],
        )
        .await;
    assert_eq!(
        location(&r),
        format!("/consultations/{c}/remarks?sort=supported#remark-{id}")
    );
    let (_, html) = s.page(&ola, &location(&r)).await;
    let t = text(&html);
    assert!(
        t.contains("Poparła ją 1 osoba.") && t.contains("Popierasz ją."),
        "{t}"
    );
    assert!(
        t.contains("Już popierasz tę uwagę"),
        "the notice after a second support: {t}"
    );

    // Residents and strangers may not moderate.
    assert_eq!(
        s.call(
            &ola,
            moderate,
            &[("remark_id", &id), ("decision", "offensive")]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.call(
            &s.browser(),
            moderate,
            &[("remark_id", &id), ("decision", "offensive")]
        )
        .await
        .status(),
        StatusCode::UNAUTHORIZED
    );

    // Three reports from different residents, at once: held exactly once.
    let mut reporters = Vec::new();
    for n in 0..3 {
        reporters.push(s.resident(&format!("zgl{n}.sup@example.pl"), "5").await);
    }
    let mut tasks = Vec::new();
    for r in &reporters {
        let (u, r, id) = (s.url(report), r.clone(), id.clone());
        tasks.push(tokio::spawn(async move {
            r.post(u)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(format!("remark_id={id}"))
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), StatusCode::OK);
    }
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_remarks WHERE state = 'held'")
            .await,
        1
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_moderation_log WHERE action = 'held'")
            .await,
        1
    );
    let anon = s.browser();
    let (_, html) = s.page(&anon, &format!("/consultations/{c}/remarks")).await;
    let t = text(&html);
    assert!(
        t.contains("Ukryta po zgłoszeniach mieszkańców") && !t.contains("Buspas na Kapelance"),
        "{t}"
    );
    // Its author still reads it, and is told.
    let (_, html) = s.page(&ala, &format!("/consultations/{c}/remarks")).await;
    assert!(text(&html).contains("Buspas na Kapelance"));
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_notices WHERE kind = 'remark-held'")
            .await,
        1
    );
    // A held remark can be neither supported nor reported.
    assert_eq!(
        call(&s, &ola, report, &[("remark_id", &id)]).await,
        one("", "RemarkNotShown")
    );

    // The clerk sees it waiting, with its reports, and publishes it: reports no longer hold it.
    let admin = staff(&s).await;
    let (_, html) = s
        .page(&admin, &format!("/consultations/{c}/moderation"))
        .await;
    let t = text(&html);
    assert!(
        t.contains("Wstrzymana po 3 zgłoszeniach") && t.contains("Buspas na Kapelance"),
        "{t}"
    );
    let (_, html) = s
        .page(&anon, &format!("/consultations/{c}/moderation"))
        .await;
    assert!(
        !text(&html).contains("Buspas na Kapelance"),
        "the queue is the clerks' only"
    );
    assert_eq!(
        call(
            &s,
            &admin,
            moderate,
            &[("remark_id", &id), ("decision", "rude")]
        )
        .await,
        one("decision", "DecisionRequired")
    );
    assert!(call(
        &s,
        &admin,
        moderate,
        &[("remark_id", &id), ("decision", "publish")]
    )
    .await
    .is_empty());
    let late = s.resident("zgl3.sup@example.pl", "5").await;
    assert!(call(&s, &late, report, &[("remark_id", &id)])
        .await
        .is_empty());
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_remarks WHERE state = 'published'")
            .await,
        1
    );
    // Without JavaScript, hidden for being off topic: a trace with the reason, and the log.
    let r = s
        .form(
            &admin,
            moderate,
            &[("remark_id", &id), ("decision", "off-topic")],
        )
        .await;
    assert_eq!(location(&r), format!("/consultations/{c}/moderation"));
    let (_, html) = s.page(&anon, &format!("/consultations/{c}/remarks")).await;
    let t = text(&html);
    assert!(
        t.contains("Ukryta przez moderatora. Powód: nie na temat.") && !t.contains("Buspas"),
        "{t}"
    );
    let (_, html) = s
        .page(&anon, &format!("/consultations/{c}/moderation"))
        .await;
    let t = text(&html);
    assert!(
        t.contains("Ukryta: nie na temat")
            && t.contains("Opublikowana")
            && t.contains("Wstrzymana po zgłoszeniach mieszkańców"),
        "{t}"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM con_notices").await, 3);
    // The author edits it: back to a clerk, not shown meanwhile.
    assert!(call(
        &s,
        &ala,
        "/api/consultations/remark/edit",
        &[
            ("remark_id", &id),
            ("text", "Buspas na Kapelance, bez wycinki drzew")
        ]
    )
    .await
    .is_empty());
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_remarks WHERE state = 'waiting'")
            .await,
        1
    );
    // Everything the resident did is in their data export.
    let export: serde_json::Value = ala
        .get(s.url("/account/export"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        export["consultations"]["remarks"][0]["text"],
        "Buspas na Kapelance, bez wycinki drzew"
    );
    assert_eq!(
        export["consultations"]["notices"].as_array().unwrap().len(),
        3
    );
    // The notification centre: held, published, hidden with its reason; new once.
    let (status, html) = s.page(&ala, "/consultations/notifications").await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    assert!(
        t.contains(&format!("Twoja uwaga nr {id} jest ukryta po zgłoszeniach"))
            && t.contains(&format!("Moderator opublikował Twoją uwagę nr {id}."))
            && t.contains("Powód: nie na temat."),
        "{t}"
    );
    assert_eq!(t.matches("nowe").count(), 3, "{t}");
    let (_, html) = s.page(&ala, "/consultations/notifications").await;
    assert!(!text(&html).contains("nowe"));
    let (_, html) = s.page(&ola, "/consultations/notifications").await;
    assert!(text(&html).contains("Na razie nic."));
    let export: serde_json::Value = ola
        .get(s.url("/account/export"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        export["consultations"]["supported"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn pages_of_twenty_by_section_in_three_orders_and_waiting_remarks_for_their_author() {
    let s = start().await;
    let c = consultation(&s, -3, 20, Moderation::After).await;
    let db = Db::connect(&s.db_url).await.unwrap();
    let mut ids = Vec::new();
    for n in 0..45 {
        let section = match n % 3 {
            0 => Some("linie"),
            1 => Some("przystanki"),
            _ => None,
        };
        ids.push(
            store::add_remark(
                &db,
                c,
                section,
                None,
                Channel::Portal,
                None,
                &format!("Uwaga numer {n:02}."),
                RemarkState::Published,
            )
            .await
            .unwrap(),
        );
    }
    let anon = s.browser();
    let page = |q: &str| format!("/consultations/{c}/remarks{q}");
    let count = |html: &str| html.matches(r#"class="remark""#).count();
    // Newest first, 20 a page, "more" as a plain link to the next page's list.
    let (_, html) = s.page(&anon, &page("")).await;
    assert_eq!(count(&html), 20);
    assert!(
        text(&html).contains("45 uwag") && text(&html).contains("Strona 1 z 3"),
        "{}",
        text(&html)
    );
    assert!(text(&html).contains("Uwaga numer 44.") && !text(&html).contains("Uwaga numer 24."));
    assert!(
        html.contains(&format!(
            r##"href="/consultations/{c}/remarks?page=2#remarks-heading""##
        )),
        "{html}"
    );
    let (_, html) = s.page(&anon, &page("?page=3")).await;
    assert_eq!(count(&html), 5);
    assert!(text(&html).contains("Uwaga numer 00.") && !html.contains("id=\"more-remarks\""));
    // Past the end, or not a number: the last page, or the first; never an error.
    let (status, html) = s.page(&anon, &page("?page=99")).await;
    assert_eq!((status, count(&html)), (StatusCode::OK, 5));
    let (status, html) = s.page(&anon, &page("?page=abc&sort=%27%3B")).await;
    assert_eq!((status, count(&html)), (StatusCode::OK, 20));
    // Oldest first.
    let (_, html) = s.page(&anon, &page("?sort=oldest")).await;
    let t = text(&html);
    assert!(t.find("Uwaga numer 00.").unwrap() < t.find("Uwaga numer 01.").unwrap());
    // One section, or the whole document; the filter is kept on the next page's link.
    let (_, html) = s.page(&anon, &page("?section=linie")).await;
    assert_eq!(count(&html), 15);
    assert!(!text(&html).contains("Uwaga numer 01."));
    let (_, html) = s.page(&anon, &page("?section=_document&sort=oldest")).await;
    assert_eq!(count(&html), 15);
    assert!(text(&html).contains("Uwaga numer 02.") && !text(&html).contains("Uwaga numer 00."));
    let (_, html) = s.page(&anon, &page("?section=przystanki")).await;
    assert_eq!(count(&html), 15);
    // Most supported first.
    let mut people = Vec::new();
    for n in 0..3 {
        let c = s.resident(&format!("p{n}.page@example.pl"), "5").await;
        people.push(c);
    }
    let supported_most = ids[10];
    for p in &people {
        assert!(call(
            &s,
            p,
            "/api/consultations/remark/support",
            &[("remark_id", &supported_most.to_string())]
        )
        .await
        .is_empty());
    }
    assert!(call(
        &s,
        &people[0],
        "/api/consultations/remark/support",
        &[("remark_id", &ids[30].to_string())]
    )
    .await
    .is_empty());
    let (_, html) = s.page(&anon, &page("?sort=supported")).await;
    let t = text(&html);
    let first = t.find("Uwaga numer 10.").unwrap();
    assert!(
        first < t.find("Uwaga numer 30.").unwrap()
            && t.find("Uwaga numer 30.").unwrap() < t.find("Uwaga numer 44.").unwrap(),
        "{t}"
    );

    // Moderation before publishing: a new remark is listed for its author only.
    let before = consultation(&s, -3, 20, Moderation::Before).await;
    let ala = &people[1];
    let r = s
        .form(
            ala,
            "/api/consultations/remark",
            &refs(&remark(before, "", "Czekam na moderatora")),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = s
        .page(ala, &format!("/consultations/{before}/remarks"))
        .await;
    let t = text(&html);
    assert!(
        t.contains("Czekam na moderatora") && t.contains("widzisz ją tylko Ty"),
        "{t}"
    );
    assert!(
        t.contains("Moderator sprawdzi ją przed pokazaniem; dostaniesz powiadomienie."),
        "the notice: {t}"
    );
    let (_, html) = s
        .page(&anon, &format!("/consultations/{before}/remarks"))
        .await;
    assert!(!text(&html).contains("Czekam na moderatora") && text(&html).contains("0 uwag"));
    let (_, html) = s
        .page(&people[2], &format!("/consultations/{before}/remarks"))
        .await;
    assert!(!text(&html).contains("Czekam na moderatora"));
    db.pool.close().await;
}

#[tokio::test]
async fn every_remark_answered_with_reasons_grouped_and_the_report_published_after_the_close() {
    let s = start().await;
    let ended = consultation(&s, -40, -10, Moderation::After).await;
    let open = consultation(&s, -3, 20, Moderation::After).await;
    // A meeting of the ended consultation, with the people counted at the door: the report
    // counts them among the forms of participation.
    {
        let db = Db::connect(&s.db_url).await.unwrap();
        let admin_id = s.count("SELECT MIN(id) FROM users").await;
        let at = konto_app::platform::now() - 20 * 86_400;
        let plan = konto_app::consultations::rules::MeetingPlan {
            kind: Form::Meeting,
            title: "Spotkanie w zajezdni".into(),
            starts: at,
            ends: at + 7200,
            place: "Zajezdnia Wola Duchacka".into(),
            online_url: String::new(),
            seats: 50,
        };
        let access = store::Access {
            step_free: true,
            lift: false,
            induction_loop: false,
            sign_language: false,
        };
        let m = store::add_meeting(&db, ended, &plan, access, admin_id)
            .await
            .unwrap();
        assert!(store::save_attendance(&db, ended, m, 37).await.unwrap());
        db.pool.close().await;
    }
    let ala = s.resident("ala.ans@example.pl", "5").await;
    let ala_id = s
        .count("SELECT id FROM users WHERE email = 'ala.ans@example.pl'")
        .await;
    let db = Db::connect(&s.db_url).await.unwrap();
    let add = |section: Option<&'static str>,
               author: Option<i64>,
               text: &'static str,
               state: RemarkState| {
        let db = db.clone();
        async move {
            store::add_remark(
                &db,
                ended,
                section,
                author,
                Channel::Portal,
                None,
                text,
                state,
            )
            .await
            .unwrap()
        }
    };
    let r1 = add(
        Some("linie"),
        Some(ala_id),
        "Linia 180 co 10 minut.",
        RemarkState::Published,
    )
    .await;
    let r2 = add(
        Some("linie"),
        None,
        "Linia 180 częściej w szczycie.",
        RemarkState::Published,
    )
    .await;
    let r3 = add(
        None,
        None,
        "Mój telefon 600 100 200.",
        RemarkState::Hidden(konto_app::consultations::rules::HideReason::PersonalData),
    )
    .await;
    let st = store::add_statement(&db, ended, None, true, "Nocne autobusy co 30 minut")
        .await
        .unwrap();
    let elsewhere = store::add_remark(
        &db,
        open,
        None,
        None,
        Channel::Portal,
        None,
        "Inna",
        RemarkState::Published,
    )
    .await
    .unwrap();
    db.pool.close().await;
    let answer = "/api/consultations/answer-items";
    let report = "/api/consultations/report/save";
    let c = ended.to_string();

    // Clerks only: a resident is refused, and so is the answering page.
    assert_eq!(
        s.call(&ala, answer, &[("consultation_id", &c)])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.call(&ala, report, &[("consultation_id", &c)])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.page(&ala, &format!("/consultations/{ended}/answers"))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    let admin = staff(&s).await;
    let (status, html) = s
        .page(&admin, &format!("/consultations/{ended}/answers"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        text(&html).contains("3 uwagi i stwierdzenia bez odpowiedzi"),
        "{}",
        text(&html)
    );
    // Everything wrong at once, each at its field.
    assert_eq!(
        call(
            &s,
            &admin,
            answer,
            &[("consultation_id", &c), ("justification", "Bo nie.")]
        )
        .await,
        vec![
            ("picked".to_string(), "NothingPicked".to_string()),
            ("verdict".to_string(), "VerdictRequired".to_string()),
            (
                "justification".to_string(),
                "JustificationTooShort".to_string()
            ),
        ]
    );
    // A remark of another consultation, or a hidden one, gets nothing.
    let just = "Linia 180 pojedzie co 10 minut od marca 2027 roku.";
    for other in [elsewhere, r3] {
        assert_eq!(
            call(
                &s,
                &admin,
                answer,
                &[
                    ("consultation_id", &c),
                    (&format!("picked[r{other}]"), "on"),
                    ("verdict", "accepted"),
                    ("justification", just)
                ]
            )
            .await,
            one("picked", "NothingPicked")
        );
    }
    // The report waits for every answer (the hidden remark is answered by its reason).
    assert_eq!(
        call(
            &s,
            &admin,
            report,
            &[
                ("consultation_id", &c),
                ("summary", "Podsumowanie."),
                ("publish", "yes")
            ]
        )
        .await,
        one("report", "Unanswered")
    );
    // Without JavaScript, wrong: the ticks and the text kept.
    let r = s
        .form(
            &admin,
            answer,
            &[
                ("consultation_id", &c),
                (&format!("picked[r{r1}]"), "on"),
                ("justification", just),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("/consultations/{ended}/answers"));
    let (_, html) = s.page(&admin, &location(&r)).await;
    assert!(
        html.contains(&format!(r#"id="pick-r{r1}" name="picked[r{r1}]" checked"#)),
        "{html}"
    );
    assert!(html.contains(&format!("{just}</textarea>")));
    assert!(text(&html).contains("Wybierz odpowiedź z listy."));
    // Two remarks on the same matter: one answer, shown under each; the author is told.
    assert!(call(
        &s,
        &admin,
        answer,
        &[
            ("consultation_id", &c),
            (&format!("picked[r{r1}]"), "on"),
            (&format!("picked[r{r2}]"), "on"),
            ("verdict", "partly-accepted"),
            ("justification", just)
        ]
    )
    .await
    .is_empty());
    let (_, html) = s
        .page(&s.browser(), &format!("/consultations/{ended}/remarks"))
        .await;
    let t = text(&html);
    assert_eq!(
        t.matches("Odpowiedź miasta: uwzględniona częściowo")
            .count(),
        2,
        "{t}"
    );
    assert_eq!(html.matches(r#"class="answer__text""#).count(), 2);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_notices WHERE kind = 'remark-answered'")
            .await,
        1
    );
    // Answered already: a second answer to the same remark changes nothing.
    assert_eq!(
        call(
            &s,
            &admin,
            answer,
            &[
                ("consultation_id", &c),
                (&format!("picked[r{r1}]"), "on"),
                ("verdict", "accepted"),
                ("justification", just)
            ]
        )
        .await,
        one("picked", "NothingPicked")
    );
    assert!(call(
        &s,
        &admin,
        answer,
        &[
            ("consultation_id", &c),
            (&format!("picked[s{st}]"), "on"),
            ("verdict", "not-accepted"),
            (
                "justification",
                "Nocne kursy co 60 minut wystarczają przy obecnej liczbie pasażerów."
            )
        ]
    )
    .await
    .is_empty());
    // Not published yet: 404 for everyone.
    assert_eq!(
        s.page(&s.browser(), &format!("/consultations/{ended}/report"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.browser()
            .get(s.url(&format!("/consultations/{ended}/report/remarks.csv")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    // A consultation still open cannot publish its report; a summary is required.
    assert_eq!(
        call(
            &s,
            &admin,
            report,
            &[
                ("consultation_id", &open.to_string()),
                ("summary", "S"),
                ("publish", "yes")
            ]
        )
        .await,
        vec![
            ("report".to_string(), "ReportBeforeClose".to_string()),
            ("report".to_string(), "Unanswered".to_string())
        ]
    );
    assert_eq!(
        call(
            &s,
            &admin,
            report,
            &[
                ("consultation_id", &c),
                ("summary", " "),
                ("publish", "yes")
            ]
        )
        .await,
        one("summary", "FieldRequired")
    );
    // Saved as a draft, then published.
    assert!(call(
        &s,
        &admin,
        report,
        &[
            ("consultation_id", &c),
            ("summary", "Wpłynęły 3 uwagi."),
            ("changes", "Linia 180 częściej."),
            ("publish", "no")
        ]
    )
    .await
    .is_empty());
    assert_eq!(
        s.page(&s.browser(), &format!("/consultations/{ended}/report"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let r = s
        .form(
            &admin,
            report,
            &[
                ("consultation_id", &c),
                ("summary", "Wpłynęły 3 uwagi."),
                ("changes", "Linia 180 częściej."),
                ("publish", "yes"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("/consultations/{ended}/report"));
    let anon = s.browser();
    let (status, html) = s
        .page(&anon, &format!("/consultations/{ended}/report"))
        .await;
    assert_eq!(status, StatusCode::OK);
    let t = text(&html);
    for want in [
        "Wpłynęły 3 uwagi.",
        "Linia 180 częściej.",
        "Linia 180 co 10 minut.",
        "Ukryta przez moderatora. Powód: dane osobowe.",
        "Nocne autobusy co 30 minut",
        "nieuwzględniona",
        "Uwagi w portalu",
        "Uczestnicy spotkania: Spotkanie w zajezdni 37",
    ] {
        assert!(t.contains(want), "{want}: {t}");
    }
    assert!(!t.contains("600 100 200"));
    let (_, html) = s.page(&anon, &format!("/consultations/{ended}")).await;
    assert!(
        text(&html).contains("raport jest opublikowany") || text(&html).contains("Raport końcowy"),
        "{}",
        text(&html)
    );
    // Open data: CSV with a byte-order mark, every remark and statement; JSON.
    let bytes = anon
        .get(s.url(&format!("/consultations/{ended}/report/remarks.csv")))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut rows = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(&rows[0][7], "partly-accepted");
    assert_eq!(&rows[1][8], just);
    assert_eq!(&rows[2][4], "hidden:personal-data");
    assert_eq!(&rows[3][0], "statement");
    let json: serde_json::Value = anon
        .get(s.url(&format!("/consultations/{ended}/report/report.json")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(json["summary"], "Wpłynęły 3 uwagi.");
    assert_eq!(
        json["attendance"],
        serde_json::json!([["Spotkanie w zajezdni", 37]])
    );
    assert!(
        json["survey_responses"].is_null(),
        "this consultation has no survey"
    );
    assert_eq!(json["remarks"].as_array().unwrap().len(), 3);
    assert_eq!(
        anon.get(s.url(&format!("/consultations/{ended}/report/other.txt")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    // Published once: the report stays as published.
    let (_, html) = s
        .page(&admin, &format!("/consultations/{ended}/answers"))
        .await;
    assert!(text(&html).contains("Raport jest opublikowany."));
}

#[tokio::test]
async fn clerks_type_in_remarks_received_on_paper_by_post_and_by_e_mail() {
    let s = start().await;
    let open = consultation(&s, -3, 20, Moderation::Before).await;
    let soon = consultation(&s, 5, 30, Moderation::After).await;
    let enter = "/api/consultations/remark/enter";
    let ala = s.resident("ala.paper@example.pl", "5").await;
    let c = open.to_string();
    let fields = |channel: &'static str, text: &'static str| {
        vec![
            ("consultation_id".to_string(), c.clone()),
            ("channel".to_string(), channel.to_string()),
            ("section".to_string(), "przystanki".to_string()),
            ("text".to_string(), text.to_string()),
        ]
    };
    // Residents may not.
    let f = fields("paper", "Wiata na przystanku Rondo Mogilskie.");
    assert_eq!(
        s.call(&ala, enter, &refs(&f)).await.status(),
        StatusCode::FORBIDDEN
    );
    let admin = staff(&s).await;
    // Before the opening: refused; the portal is no channel to type in; text required.
    let mut early = fields("post", "Za wcześnie");
    early[0].1 = soon.to_string();
    assert_eq!(
        call(&s, &admin, enter, &refs(&early)).await,
        one("", "PaperOutsideDates")
    );
    assert_eq!(
        call(&s, &admin, enter, &refs(&fields("portal", ""))).await,
        vec![
            ("channel".to_string(), "ChannelRequired".to_string()),
            ("text".to_string(), "TextRequired".to_string())
        ]
    );
    // Entered: published at once (even where residents' remarks wait for a moderator), with
    // its channel, and nobody's account as its author.
    assert!(call(&s, &admin, enter, &refs(&f)).await.is_empty());
    assert!(call(
        &s,
        &admin,
        enter,
        &refs(&fields(
            "email",
            "Tablica z rozkładem w alfabecie Braille'a."
        ))
    )
    .await
    .is_empty());
    let (_, html) = s
        .page(
            &s.browser(),
            &format!("/consultations/{open}/remarks?section=przystanki"),
        )
        .await;
    let t = text(&html);
    assert!(
        t.contains("Wiata na przystanku Rondo Mogilskie.") && t.contains("złożona na papierze"),
        "{t}"
    );
    assert!(
        t.contains("przysłana e-mailem") && t.contains("2 uwagi"),
        "{t}"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM con_remarks WHERE author_id IS NULL AND entered_by IS NOT NULL AND state = 'published'").await, 2);
    // The clerk's own data export says which remarks they typed in.
    let export: serde_json::Value = admin
        .get(s.url("/account/export"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        export["consultations"]["remarks_entered"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn one_account_cannot_flood_a_consultation_with_remarks() {
    let s = start().await;
    let open = consultation(&s, -3, 20, Moderation::After).await;
    let ala = s.resident("ala.flood@example.pl", "5").await;
    let write = "/api/consultations/remark";
    let limit = konto_app::consultations::rules::REMARKS_PER_HOUR;
    // Written at the same moment, the limit still holds exactly.
    let texts: Vec<Vec<(String, String)>> = (0..limit + 5)
        .map(|n| remark(open, "linie", &format!("Uwaga numer {n}")))
        .collect();
    let replies =
        futures::future::join_all(texts.iter().map(|t| async {
            problems(&s.call(&ala, write, &refs(t)).await.json().await.unwrap())
        }))
        .await;
    let refused = replies.iter().filter(|p| !p.is_empty()).count();
    assert_eq!(refused, 5, "{replies:?}");
    assert!(replies
        .iter()
        .filter(|p| !p.is_empty())
        .all(|p| p.len() == 1 && p[0].1 == "Throttled"));
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM con_remarks WHERE consultation_id = {open}"
        ))
        .await,
        limit as i64
    );
    // Someone else is not held back by it.
    let ola = s.resident("ola.flood@example.pl", "5").await;
    assert!(
        call(&s, &ola, write, &refs(&remark(open, "linie", "Moja uwaga")))
            .await
            .is_empty()
    );
}
