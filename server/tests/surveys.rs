//! HTTP-level tests of surveys: building, each audience, one-time codes, closing time,
//! duplicate submissions, locked questions, anonymity, suppression of small cells, exports.
//! Run on SQLite and on PostgreSQL like `http.rs`.
mod common;
use common::*;
use konto_app::platform::krakow_time as kt;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

async fn staff(s: &Server) -> Client {
    let c = s.browser();
    assert_eq!(
        location(&s.sign_in(&c, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    c
}

fn id_from(loc: &str) -> i64 {
    loc.trim_start_matches("/staff/surveys/")
        .split(['/', '#', '?'])
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// A two-page survey open since yesterday: q1 single (3 + other), q2 multi (1–2 of 4),
/// q3 scale 1–5 and q4 optional long text (≤ 50) on page 2, q5 on page 2 only when q1 = 2.
async fn make_survey(
    s: &Server,
    c: &Client,
    audience: &str,
    districts: &[i64],
    anonymous: bool,
    public: bool,
) -> i64 {
    let r = s
        .form(
            c,
            "/api/staff/surveys/create",
            &[("title_pl", "Ankieta testowa – żółć")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let id = id_from(&location(&r));
    let sid = id.to_string();
    let q = |key: &'static str,
             kind: &'static str,
             page: &'static str,
             extra: Vec<(&'static str, &'static str)>| {
        let mut f = vec![
            ("survey_id", sid.clone()),
            ("key", String::new()),
            ("kind", kind.to_string()),
            ("page", page.to_string()),
        ];
        if !extra.iter().any(|(k, _)| *k == "required") {
            f.push(("required", "yes".to_string()));
        }
        f.extend(extra.into_iter().map(|(k, v)| (k, v.to_string())));
        let _ = key;
        f
    };
    let questions = vec![
        q(
            "q1",
            "single",
            "1",
            vec![
                ("text_pl", "Który urząd?"),
                ("text_en", "Which office?"),
                ("options_pl", "Wielopole\nKościuszki\nZgody"),
                ("other", "yes"),
            ],
        ),
        q(
            "q2",
            "multi",
            "1",
            vec![
                ("text_pl", "Sprawy"),
                ("options_pl", "a\nb\nc\nd"),
                ("min_choices", "1"),
                ("max_choices", "2"),
            ],
        ),
        q(
            "q3",
            "scale",
            "2",
            vec![
                ("text_pl", "Ocena"),
                ("help_pl", "Jedna ocena za całą wizytę."),
                ("scale_min", "1"),
                ("scale_max", "5"),
                ("low_pl", "źle"),
                ("high_pl", "dobrze"),
            ],
        ),
        q(
            "q4",
            "long",
            "2",
            vec![("text_pl", "Uwagi"), ("max_len", "50"), ("required", "")],
        ),
        q(
            "q5",
            "short",
            "2",
            vec![
                ("text_pl", "Dlaczego Kościuszki?"),
                ("show_if", "q1"),
                ("show_if_values", "2"),
            ],
        ),
    ];
    for f in questions {
        let fields: Vec<(&str, &str)> = f
            .iter()
            .filter(|(k, v)| !(*k == "required" && v.is_empty()))
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
        let r = s.form(c, "/api/staff/surveys/question", &fields).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert!(
            location(&r).starts_with(&format!("/staff/surveys/{id}#q")),
            "saved: {}",
            location(&r)
        );
    }
    let (opens, closes) = (kt::date(now() - 2 * 86400), kt::date(now() + 2 * 86400));
    let mut f: Vec<(String, String)> = vec![
        ("survey_id".into(), sid.clone()),
        ("title_pl".into(), "Ankieta testowa – żółć".into()),
        ("opens_date".into(), opens),
        ("opens_time".into(), String::new()),
        ("closes_date".into(), closes),
        ("closes_time".into(), String::new()),
        ("audience".into(), audience.into()),
    ];
    for d in districts {
        f.push((format!("districts[d{d}]"), "1".into()));
    }
    if anonymous {
        f.push(("anonymous".into(), "yes".into()));
    }
    if public {
        f.push(("public_results".into(), "yes".into()));
    }
    let fields: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = s.form(c, "/api/staff/surveys/save", &fields).await;
    assert_eq!(location(&r), format!("/staff/surveys/{id}"));
    id
}

/// Starts and answers both pages with valid answers, up to the review page.
async fn answer_until_review(
    s: &Server,
    c: &Client,
    id: i64,
    code: Option<&str>,
    q1: &str,
    text: &str,
) {
    let sid = id.to_string();
    let mut start = vec![("survey_id", sid.as_str())];
    if let Some(code) = code {
        start.push(("code", code));
    }
    let r = s.form(c, "/api/surveys/start", &start).await;
    assert_eq!(location(&r), format!("/surveys/{id}/page/1"), "started");
    let r = s
        .form(
            c,
            "/api/surveys/answer",
            &[
                ("survey_id", &sid),
                ("page", "1"),
                ("go", "next"),
                ("answers[q1]", q1),
                ("answers[q2-o1]", "1"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("/surveys/{id}/page/2"));
    let r = s
        .form(
            c,
            "/api/surveys/answer",
            &[
                ("survey_id", &sid),
                ("page", "2"),
                ("go", "next"),
                ("answers[q3]", "4"),
                ("answers[q4]", text),
                ("answers[q5]", "blisko"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("/surveys/{id}/review"));
}

/// Answers the whole survey (valid answers) and submits: returns the submit's redirect.
async fn answer_all(
    s: &Server,
    c: &Client,
    id: i64,
    code: Option<&str>,
    q1: &str,
    text: &str,
) -> String {
    answer_until_review(s, c, id, code, q1, text).await;
    location(
        &s.form(c, "/api/surveys/submit", &[("survey_id", &id.to_string())])
            .await,
    )
}

/// Responses stored, whether already among the results or still in the anonymous queue.
async fn responses(s: &Server, id: i64) -> i64 {
    s.count(&format!(
        "SELECT COUNT(*) FROM survey_responses WHERE survey_id = {id}"
    ))
    .await
        + s.count(&format!(
            "SELECT COUNT(*) FROM survey_response_queue WHERE survey_id = {id}"
        ))
        .await
}

#[tokio::test]
async fn signed_in_survey_pages_review_and_one_response_per_person() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "signed_in", &[], true, true).await;

    // Signed out: the first page says so, and starting sends to sign in.
    let visitor = s.browser();
    let (status, page) = s.page(&visitor, &format!("/surveys/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Aby wziąć udział w tej ankiecie, zaloguj się"));
    assert!(
        page.contains("Ankieta anonimowa"),
        "the page says which kind it is"
    );
    let r = s
        .form(
            &visitor,
            "/api/surveys/start",
            &[("survey_id", &id.to_string())],
        )
        .await;
    assert!(location(&r).starts_with("/sign-in?return_to="));

    let anna = s.resident("anna@example.pl", "13").await;
    let (_, list) = s.page(&anna, "/surveys").await;
    assert!(list.contains("Ankieta testowa – żółć") && list.contains("5 pytań"));
    assert!(
        list.contains("Można odpowiadać do ") && list.contains("Ankieta anonimowa"),
        "closing date and anonymity in the list"
    );
    assert_eq!(
        answer_all(&s, &anna, id, None, "2", "Dobrze").await,
        format!("/surveys/{id}/thanks")
    );
    assert_eq!(responses(&s, id).await, 1);

    // A second attempt by the same person is refused, whatever the route.
    let (_, page) = s.page(&anna, &format!("/surveys/{id}")).await;
    assert!(page.contains("Już odpowiedziałeś na tę ankietę"));
    let v: serde_json::Value = s
        .call(
            &anna,
            "/api/surveys/start",
            &[("survey_id", &id.to_string())],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "AlreadyAnswered");
    assert_eq!(responses(&s, id).await, 1);

    // Conditions are evaluated on the server: with q1 = 1 the page-2 question q5 is skipped
    // and an answer posted for it anyway is not stored.
    let bob = s.resident("bob@example.pl", "2").await;
    answer_all(&s, &bob, id, None, "1", "").await;
    let stored: Vec<String> = {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&s.db_url).await.unwrap();
        let rows = sqlx::query(&format!("SELECT answers FROM survey_responses WHERE survey_id = {id} UNION ALL SELECT answers FROM survey_response_queue WHERE survey_id = {id}"))
            .fetch_all(&pool)
            .await
            .unwrap();
        rows.iter().map(|r| r.get::<String, _>(0)).collect()
    };
    assert!(
        stored.iter().any(|a| a.contains("\"q5\":\"blisko\"")),
        "shown to Anna"
    );
    assert!(
        stored
            .iter()
            .filter(|a| a.contains("\"q1\":\"1\""))
            .all(|a| !a.contains("q5")),
        "not to Bob"
    );
}

#[tokio::test]
async fn invalid_answers_come_back_with_messages_and_what_was_typed() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "anyone", &[], true, true).await;
    let sid = id.to_string();
    let c = s.browser();
    assert_eq!(
        location(
            &s.form(&c, "/api/surveys/start", &[("survey_id", &sid)])
                .await
        ),
        format!("/surveys/{id}/page/1")
    );
    // Without JavaScript: 303 back to the page, which shows the errors and keeps the input.
    let r = s
        .form(
            &c,
            "/api/surveys/answer",
            &[
                ("survey_id", &sid),
                ("page", "1"),
                ("go", "next"),
                ("answers[q1]", "other"),
                ("answers[q2-o1]", "1"),
                ("answers[q2-o2]", "1"),
                ("answers[q2-o3]", "1"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("/surveys/{id}/page/1"));
    let (_, page) = s.page(&c, &format!("/surveys/{id}/page/1")).await;
    assert!(
        page.contains("Wpisz, co oznacza odpowiedź „Inne”"),
        "other needs text"
    );
    assert!(
        page.contains("Wybierz najwyżej 2 odpowiedzi"),
        "too many choices"
    );
    assert!(
        page.contains("href=\"#f-q1\""),
        "the error summary links to the field"
    );
    assert!(
        page.contains("Który urząd?: Wpisz, co oznacza odpowiedź „Inne”"),
        "and names the question"
    );
    assert!(page.contains("aria-describedby=\"f-q2-hint f-q2-error\""));
    assert!(page.contains("Strona 1 z 2"));
    // The typed choices are still ticked.
    assert!(
        page.contains("name=\"answers[q2-o3]\" value=\"1\" checked"),
        "kept: {}",
        &page[page.find("q2-o3").unwrap_or(0)..][..200.min(page.len())]
    );
    // With JavaScript the same problems come back as data.
    let v: serde_json::Value = s
        .call(
            &c,
            "/api/surveys/answer",
            &[
                ("survey_id", &sid),
                ("page", "1"),
                ("go", "next"),
                ("answers[q1]", "9"),
                ("answers[_]", "1"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    let problems: Vec<&str> = v["Invalid"]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["problem"].as_str().unwrap())
        .collect();
    assert_eq!(problems, vec!["AnswerInvalid", "AnswerRequired"]);
    // Too long text on page 2 (after a valid page 1), in characters not bytes.
    s.form(
        &c,
        "/api/surveys/answer",
        &[
            ("survey_id", &sid),
            ("page", "1"),
            ("go", "next"),
            ("answers[q1]", "1"),
            ("answers[q2-o1]", "1"),
        ],
    )
    .await;
    let long = "ż".repeat(51);
    let v: serde_json::Value = s
        .call(
            &c,
            "/api/surveys/answer",
            &[
                ("survey_id", &sid),
                ("page", "2"),
                ("go", "next"),
                ("answers[q3]", "3"),
                ("answers[q4]", &long),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        v["Invalid"]["errors"][0]["problem"]["TextTooLong"]["max"],
        50
    );
    // Help text is tied to its question.
    let (_, page2) = s.page(&c, &format!("/surveys/{id}/page/2")).await;
    assert!(
        page2.contains("Jedna ocena za całą wizytę.")
            && page2.contains("aria-describedby=\"f-q3-hint\"")
    );
    // In English: translated texts in English, the rest in Polish marked as Polish.
    let en = c
        .get(s.url(&format!("/surveys/{id}/page/1")))
        .header(ACCEPT, "text/html")
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(en.contains("<html lang=\"en\""));
    assert!(en.contains(">Which office?<"), "translated question");
    assert!(
        en.contains("lang=\"pl\">Sprawy<"),
        "untranslated question marked as Polish"
    );
    assert!(en.contains("Page 1 of 2"));
    // "Back" keeps what was typed without checking it.
    let r = s
        .form(
            &c,
            "/api/surveys/answer",
            &[
                ("survey_id", &sid),
                ("page", "2"),
                ("go", "back"),
                ("answers[q3]", "5"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("/surveys/{id}/page/1"));
    let (_, page2) = s.page(&c, &format!("/surveys/{id}/page/2")).await;
    assert!(page2.contains("value=\"5\" checked"));
    assert_eq!(responses(&s, id).await, 0);
}

#[tokio::test]
async fn district_audience_checks_the_residents_district() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "districts", &[13, 12], false, false).await;
    let here = s.resident("podgorze@example.pl", "13").await;
    let there = s.resident("krowodrza@example.pl", "5").await;
    let v: serde_json::Value = s
        .call(
            &there,
            "/api/surveys/start",
            &[("survey_id", &id.to_string())],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "NotEligible");
    let (_, page) = s.page(&there, &format!("/surveys/{id}")).await;
    assert!(page.contains("Ta ankieta jest przeznaczona dla mieszkańców innych dzielnic"));
    // The list filtered by district shows it for Podgórze, not for Krowodrza.
    let (_, list13) = s.page(&here, "/surveys?district=13").await;
    let (_, list5) = s.page(&here, "/surveys?district=5").await;
    assert!(list13.contains("Ankieta testowa") && !list5.contains("Ankieta testowa"));
    assert_eq!(
        answer_all(&s, &here, id, None, "1", "").await,
        format!("/surveys/{id}/thanks")
    );
    // Not anonymous: the account is stored with the response.
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM survey_responses WHERE survey_id = {id} AND user_id IS NOT NULL"
        ))
        .await,
        1
    );
    // Results are not public: residents get 404, staff see them.
    assert_eq!(
        s.page(&here, &format!("/surveys/{id}/results")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.page(&admin, &format!("/surveys/{id}/results")).await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn one_time_codes_answer_once_and_print_with_qr_codes() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "codes", &[], true, true).await;
    let sid = id.to_string();
    let v: serde_json::Value = s
        .call(
            &admin,
            "/api/staff/surveys/codes",
            &[("survey_id", &sid), ("count", "0")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "BatchSize");
    let r = s
        .form(
            &admin,
            "/api/staff/surveys/codes",
            &[("survey_id", &sid), ("count", "5")],
        )
        .await;
    let printable = location(&r);
    assert!(printable.starts_with(&format!("/staff/surveys/{id}/codes/")));
    let (status, page) = s.page(&admin, &printable).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        page.matches("<svg aria-hidden=\"true\"").count(),
        5,
        "five QR codes"
    );
    let codes: Vec<String> = {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&s.db_url).await.unwrap();
        sqlx::query(&format!(
            "SELECT code FROM survey_codes WHERE survey_id = {id}"
        ))
        .fetch_all(&pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
    };
    assert_eq!(codes.len(), 5);
    assert!(
        page.contains(&format!("{}-{}", &codes[0][..5], &codes[0][5..])),
        "printed as ABCDE-FGHJK"
    );
    assert!(
        page.contains(&format!("/surveys/{id}?code={}", codes[0])),
        "the QR link is printed too"
    );
    // A resident cannot see or make codes.
    let res = s.resident("res@example.pl", "1").await;
    assert_eq!(s.page(&res, &printable).await.0, StatusCode::FORBIDDEN);
    assert_eq!(
        s.call(
            &res,
            "/api/staff/surveys/codes",
            &[("survey_id", &sid), ("count", "5")]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM survey_codes WHERE survey_id = {id}"
        ))
        .await,
        5
    );

    let visitor = s.browser();
    let v: serde_json::Value = s
        .call(
            &visitor,
            "/api/surveys/start",
            &[("survey_id", &sid), ("code", "AAAAA-BBBBB")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "CodeInvalid");
    // The code is accepted in lower case and with spaces (typed from paper).
    let typed = format!(" {} ", codes[0].to_lowercase());
    assert_eq!(
        answer_all(&s, &visitor, id, Some(&typed), "1", "").await,
        format!("/surveys/{id}/thanks")
    );
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM survey_codes WHERE survey_id = {id} AND used = 1"
        ))
        .await,
        1
    );
    let another = s.browser();
    let v: serde_json::Value = s
        .call(
            &another,
            "/api/surveys/start",
            &[("survey_id", &sid), ("code", &codes[0])],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "CodeUsed");
    // Guessing codes is slowed down per address: after 20 wrong codes even a good one waits.
    let guesser = s.browser();
    for _ in 0..19 {
        s.call(
            &guesser,
            "/api/surveys/start",
            &[("survey_id", &sid), ("code", "23456-78923")],
        )
        .await;
    }
    let v: serde_json::Value = s
        .call(
            &guesser,
            "/api/surveys/start",
            &[("survey_id", &sid), ("code", &codes[1])],
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(
        v["Invalid"]["errors"][0]["problem"]["Throttled"]["minutes"]
            .as_i64()
            .unwrap()
            >= 1,
        "{v}"
    );
    // The code is nowhere in the stored answers of this anonymous survey.
    for t in ["survey_responses", "survey_response_queue"] {
        assert_eq!(
            s.count(&format!(
                "SELECT COUNT(*) FROM {t} WHERE answers LIKE '%{}%'",
                codes[0]
            ))
            .await,
            0
        );
    }
    assert_eq!(responses(&s, id).await, 1);
}

#[tokio::test]
async fn closing_time_and_opening_time_are_enforced_on_the_server() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "anyone", &[], true, true).await;
    let sid = id.to_string();
    let c = s.browser();
    answer_until_review(&s, &c, id, None, "1", "").await;
    // The survey closes while the visitor is on the review page.
    s.count(&format!(
        "UPDATE surveys SET closes_at = {} WHERE id = {id} RETURNING 1",
        now() - 1
    ))
    .await;
    let v: serde_json::Value = s
        .call(&c, "/api/surveys/submit", &[("survey_id", &sid)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "SurveyClosed");
    let v: serde_json::Value = s
        .call(
            &c,
            "/api/surveys/answer",
            &[
                ("survey_id", &sid),
                ("page", "1"),
                ("go", "next"),
                ("answers[q1]", "1"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "SurveyClosed");
    assert_eq!(responses(&s, id).await, 0);
    // Not open yet: hidden from residents (404), visible to staff for preview.
    s.count(&format!(
        "UPDATE surveys SET opens_at = {}, closes_at = {} WHERE id = {id} RETURNING 1",
        now() + 86400,
        now() + 2 * 86400
    ))
    .await;
    assert_eq!(
        s.page(&c, &format!("/surveys/{id}")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.form(&c, "/api/surveys/start", &[("survey_id", &sid)])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let (status, preview) = s
        .page(&admin, &format!("/staff/surveys/{id}/preview"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(preview.contains("Który urząd?") && preview.contains("Dlaczego Kościuszki?"));
}

#[tokio::test]
async fn double_clicks_and_replays_store_one_response() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "anyone", &[], true, true).await;
    let sid = id.to_string();
    let c = s.browser();
    answer_until_review(&s, &c, id, None, "1", "").await;
    assert_eq!(
        s.page(&c, &format!("/surveys/{id}/review")).await.0,
        StatusCode::OK
    );
    // Ten submissions at once from the same browser.
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let (c, url, base) = (c.clone(), s.url("/api/surveys/submit"), s.base.clone());
        let sid = sid.clone();
        tasks.push(tokio::spawn(async move {
            c.post(url)
                .header(ACCEPT, "text/html")
                .header(ORIGIN, base)
                .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(format!("survey_id={sid}"))
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), StatusCode::SEE_OTHER);
    }
    assert_eq!(responses(&s, id).await, 1);
    // A later reload of the submission stores nothing more.
    s.form(&c, "/api/surveys/submit", &[("survey_id", &sid)])
        .await;
    assert_eq!(responses(&s, id).await, 1);
}

#[tokio::test]
async fn anonymous_responses_cannot_be_joined_to_participation() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "signed_in", &[], true, true).await;
    let anna = s.resident("anna@example.pl", "13").await;
    answer_all(&s, &anna, id, None, "1", "").await;
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&s.db_url).await.unwrap();
    // One response waits in the queue: not among the results until a batch of five forms.
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM survey_responses WHERE survey_id = {id}"
        ))
        .await,
        0
    );
    assert_eq!(responses(&s, id).await, 1);
    for i in 0..5 {
        let c = s.resident(&format!("anon{i}@example.pl"), "13").await;
        answer_all(&s, &c, id, None, "2", "").await;
    }
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM survey_responses WHERE survey_id = {id}"
        ))
        .await,
        5,
        "a batch of five moved"
    );
    assert_eq!(responses(&s, id).await, 6);
    let user_id: i64 = sqlx::query("SELECT id FROM users WHERE email = 'anna@example.pl'")
        .fetch_one(&pool)
        .await
        .unwrap()
        .get(0);
    let rows = sqlx::query(&format!(
        "SELECT id, day, district, user_id, answers FROM survey_responses WHERE survey_id = {id}"
    ))
    .fetch_all(&pool)
    .await
    .unwrap();
    for r in &rows {
        let (rid, day, user): (String, String, Option<i64>) = (r.get(0), r.get(1), r.get(3));
        assert_eq!(user, None, "no account");
        assert_eq!(day.len(), 10, "the day only: {day}");
        assert_eq!(day, kt::date(now()));
        assert_eq!(rid.len(), 24);
        assert!(!r.get::<String, _>(4).contains("anna"));
    }
    let who: Vec<String> = sqlx::query(&format!(
        "SELECT who FROM survey_participants WHERE survey_id = {id}"
    ))
    .fetch_all(&pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    assert_eq!(who.len(), 6);
    assert!(
        who.iter()
            .all(|w| w.len() == 64 && w.bytes().all(|b| b.is_ascii_hexdigit())),
        "hashes, not account ids"
    );
    // Keyed with the participation key from the key file: trying every account id against
    // the table tells nothing without it.
    let keyed = konto_app::platform::keys::hmac_hex(
        s.keys().participation(),
        format!("konto-survey:{id}:user:{user_id}").as_bytes(),
    );
    assert!(who.contains(&keyed));
    // The participation table has nothing a response could be joined on: no time, no id.
    let cols = match s.db_url.starts_with("postgres") {
        true => sqlx::query("SELECT CAST(column_name AS TEXT) FROM information_schema.columns WHERE table_name = 'survey_participants'").fetch_all(&pool).await.unwrap(),
        false => sqlx::query("SELECT name FROM pragma_table_info('survey_participants')").fetch_all(&pool).await.unwrap(),
    };
    let mut names: Vec<String> = cols.iter().map(|r| r.get(0)).collect();
    names.sort();
    assert_eq!(names, vec!["survey_id", "who"]);
    // Nor a system column: on PostgreSQL no response shares its transaction (xmin) with a
    // participation row; on SQLite neither table has a rowid.
    if s.db_url.starts_with("postgres") {
        let xmins = |t: &str| format!("SELECT CAST(xmin AS TEXT) FROM {t} WHERE survey_id = {id}");
        let p: std::collections::HashSet<String> = sqlx::query(&xmins("survey_participants"))
            .fetch_all(&pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        let r: std::collections::HashSet<String> = sqlx::query(&xmins("survey_responses"))
            .fetch_all(&pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert!(
            p.is_disjoint(&r),
            "a response written in a participation's transaction: {p:?} {r:?}"
        );
    } else {
        for t in [
            "survey_participants",
            "survey_responses",
            "survey_response_queue",
        ] {
            assert!(
                sqlx::query(&format!("SELECT rowid FROM {t}"))
                    .fetch_all(&pool)
                    .await
                    .is_err(),
                "{t} has a rowid"
            );
        }
    }
    pool.close().await;
    // At the close the last one joins the results too.
    s.count(&format!(
        "UPDATE surveys SET closes_at = {} WHERE id = {id} RETURNING 1",
        now() - 1
    ))
    .await;
    let (_, page) = s
        .page(&s.browser(), &format!("/surveys/{id}/results"))
        .await;
    assert!(page.contains("6 odpowiedzi"), "{}", text(&page));
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM survey_response_queue WHERE survey_id = {id}"
        ))
        .await,
        0
    );
}

#[tokio::test]
async fn questions_lock_after_the_first_answer_and_the_builder_checks_rules() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "anyone", &[], true, true).await;
    let sid = id.to_string();
    // A condition pointing to a question on the same or a later page is refused, with the
    // clerk's input kept.
    let r = s
        .form(
            &admin,
            "/api/staff/surveys/question",
            &[
                ("survey_id", &sid),
                ("key", ""),
                ("kind", "short"),
                ("page", "1"),
                ("text_pl", "Zależne do przodu"),
                ("show_if", "q3"),
                ("show_if_values", "1"),
            ],
        )
        .await;
    assert_eq!(
        location(&r),
        format!("/staff/surveys/{id}/questions/new?kind=short")
    );
    let (_, page) = s
        .page(
            &admin,
            &format!("/staff/surveys/{id}/questions/new?kind=short"),
        )
        .await;
    assert!(page.contains("Pytanie może zależeć tylko od pytań z wcześniejszych stron"));
    assert!(page.contains("Zależne do przodu"), "input kept");
    // Residents cannot build.
    let res = s.resident("res@example.pl", "1").await;
    assert_eq!(
        s.call(
            &res,
            "/api/staff/surveys/question",
            &[
                ("survey_id", &sid),
                ("key", "q1"),
                ("kind", "single"),
                ("page", "1"),
                ("text_pl", "x")
            ]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.call(&res, "/api/staff/surveys/editing", &[("survey_id", &sid)])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    let c = s.browser();
    answer_all(&s, &c, id, None, "1", "").await;
    // Locked: a new option or a deletion is refused; a corrected text is accepted.
    let v: serde_json::Value = s
        .call(
            &admin,
            "/api/staff/surveys/question",
            &[
                ("survey_id", &sid),
                ("key", "q1"),
                ("kind", "single"),
                ("page", "1"),
                ("required", "yes"),
                ("text_pl", "Który urząd?"),
                ("options_pl", "Wielopole\nKościuszki\nZgody\nNowy"),
                ("other", "yes"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "QuestionsLocked");
    let v: serde_json::Value = s
        .call(
            &admin,
            "/api/staff/surveys/question/change",
            &[("survey_id", &sid), ("key", "q4"), ("action", "delete")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "QuestionsLocked");
    let r = s
        .form(
            &admin,
            "/api/staff/surveys/question",
            &[
                ("survey_id", &sid),
                ("key", "q1"),
                ("kind", "single"),
                ("page", "1"),
                ("required", "yes"),
                ("text_pl", "Który urząd odwiedziłeś?"),
                ("text_uk", "Яку установу ви відвідали?"),
                ("options_pl", "Wielopole 17\nKościuszki\nZgody"),
                ("other", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(location(&r).ends_with("#q1"));
    let (_, intro) = s.page(&admin, &format!("/staff/surveys/{id}")).await;
    assert!(intro.contains("Który urząd odwiedziłeś?"));
    // Anonymity cannot change once answers exist.
    let v: serde_json::Value = s
        .call(
            &admin,
            "/api/staff/surveys/save",
            &[
                ("survey_id", &sid),
                ("title_pl", "T"),
                ("opens_date", &kt::date(now() - 86400)),
                ("opens_time", ""),
                ("closes_date", &kt::date(now() + 86400)),
                ("closes_time", ""),
                ("audience", "anyone"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "QuestionsLocked");
}

#[tokio::test]
async fn results_suppress_small_cells_and_export_csv_and_json() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "signed_in", &[], true, true).await;
    // Six residents of Podgórze (XIII) and two of Grzegórzki (II).
    for i in 0..6 {
        let c = s.resident(&format!("p{i}@example.pl"), "13").await;
        answer_all(
            &s,
            &c,
            id,
            None,
            if i < 4 { "1" } else { "2" },
            if i == 0 {
                "Proszę dzwonić: 600 100 200"
            } else {
                "Żółta ściana"
            },
        )
        .await;
    }
    for i in 0..2 {
        let c = s.resident(&format!("g{i}@example.pl"), "2").await;
        answer_all(&s, &c, id, None, "3", "").await;
    }
    assert_eq!(responses(&s, id).await, 8);
    // Public only after closing.
    let visitor = s.browser();
    assert_eq!(
        s.page(&visitor, &format!("/surveys/{id}/results")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        visitor
            .get(s.url(&format!("/surveys/{id}/results.csv")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    s.count(&format!(
        "UPDATE surveys SET closes_at = {} WHERE id = {id} RETURNING 1",
        now() - 1
    ))
    .await;
    // Closed: the clerk's first look brings the last queued answers into the results.
    assert_eq!(
        s.page(&admin, &format!("/surveys/{id}/results")).await.0,
        StatusCode::OK
    );

    // The clerk hides the answer with a phone number.
    let rid: String = {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&s.db_url).await.unwrap();
        sqlx::query("SELECT id FROM survey_responses WHERE answers LIKE '%600 100 200%'")
            .fetch_one(&pool)
            .await
            .unwrap()
            .get(0)
    };
    let r = s
        .form(
            &admin,
            "/api/surveys/hide",
            &[
                ("survey_id", &id.to_string()),
                ("response", &rid),
                ("question", "q4"),
                ("hide", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'survey_answer_hidden'")
            .await,
        1
    );
    // A resident cannot hide answers.
    let v: serde_json::Value = s
        .call(
            &visitor,
            "/api/surveys/hide",
            &[
                ("survey_id", &id.to_string()),
                ("response", &rid),
                ("question", "q4"),
                ("hide", "no"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "NotAllowed");

    let (status, page) = s.page(&visitor, &format!("/surveys/{id}/results")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("8 odpowiedzi"));
    assert!(
        page.contains("role=\"img\"")
            && page.contains("class=\"chart__bar\"")
            && page.contains("<svg"),
        "SVG bar charts"
    );
    assert!(
        page.contains("Najczęstsza odpowiedź: Wielopole, 50,0 %"),
        "text alternative"
    );
    assert!(page.contains("Średnia 4,00, mediana 4,0"));
    assert!(page.contains("Ukryte przez urząd (np. dane osobowe): 1"));
    assert!(
        !page.contains("600 100 200"),
        "the hidden answer is not shown"
    );
    assert!(page.contains("Żółta ściana"));
    // By district: Podgórze has 6 (shown), Grzegórzki 2 (suppressed).
    let podgorze = &page[page.find("XIII Podgórze").expect("Podgórze row")..];
    assert!(podgorze[..300].contains(">6<"), "{}", &podgorze[..300]);
    let grzeg = &page[page.find("II Grzegórzki").expect("Grzegórzki row")..];
    assert!(grzeg[..300].contains("mniej niż 5"));

    let r = visitor
        .get(s.url(&format!("/surveys/{id}/results.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let bytes = r.bytes().await.unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 byte order mark");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &header[..4],
        &["response", "day", "district", "q1 Który urząd?"]
    );
    assert!(
        header.contains(&"q2 Sprawy [d]".to_string()),
        "one column per option: {header:?}"
    );
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 8);
    let col = |name: &str| header.iter().position(|h| h.starts_with(name)).unwrap();
    let districts: Vec<&str> = rows.iter().map(|r| &r[2]).collect();
    assert_eq!(districts.iter().filter(|d| **d == "13").count(), 6);
    assert_eq!(
        districts.iter().filter(|d| d.is_empty()).count(),
        2,
        "district of a cell under 5 is blank"
    );
    assert!(
        rows.iter().any(|r| &r[col("q4 ")] == "Żółta ściana"),
        "Polish letters intact"
    );
    assert!(
        rows.iter().all(|r| !r[col("q4 ")].contains("600")),
        "hidden answer blank"
    );
    assert!(rows
        .iter()
        .all(|r| &r[col("q2 Sprawy [a]")] == "1" && &r[col("q2 Sprawy [b]")] == "0"));

    let v: serde_json::Value = visitor
        .get(s.url(&format!("/surveys/{id}/results.json")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["responses"].as_array().unwrap().len(), 8);
    assert_eq!(v["results"]["responses"], 8);
    assert_eq!(v["results"]["questions"][2]["stats"]["mean"], 4.0);
}

/// A text answer that a spreadsheet would run as a formula comes out of the CSV as text.
#[tokio::test]
async fn csv_export_neutralises_formulas() {
    let s = start().await;
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "signed_in", &[], true, true).await;
    let anna = s.resident("anna.csv@example.pl", "13").await;
    answer_all(
        &s,
        &anna,
        id,
        None,
        "1",
        "=HYPERLINK(\"https://evil.example\")",
    )
    .await;
    let jan = s.resident("jan.csv@example.pl", "13").await;
    answer_all(&s, &jan, id, None, "1", "@SUM(A1:A9)").await;
    s.count(&format!(
        "UPDATE surveys SET closes_at = {} WHERE id = {id} RETURNING 1",
        now() - 1
    ))
    .await;
    let r = admin
        .get(s.url(&format!("/surveys/{id}/results.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let bytes = r.bytes().await.unwrap();
    let mut rd = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    let q4 = header.iter().position(|h| h.starts_with("q4 ")).unwrap();
    let mut cells: Vec<String> = rd.records().map(|r| r.unwrap()[q4].to_string()).collect();
    cells.sort();
    assert_eq!(
        cells,
        ["'=HYPERLINK(\"https://evil.example\")", "'@SUM(A1:A9)"]
    );
}

/// Results are aggregated once per change (a new response, a hidden answer), however many
/// people look: a repeat view takes them from memory and shows exactly the same.
#[tokio::test]
async fn results_are_aggregated_once_per_change() {
    use konto_app::surveys::cache::aggregations;
    let s = start().await;
    let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
    let admin = staff(&s).await;
    let id = make_survey(&s, &admin, "signed_in", &[], false, true).await;
    for i in 0..3 {
        let c = s.resident(&format!("c{i}@example.pl"), "13").await;
        answer_all(&s, &c, id, None, "1", "Ławka przy przystanku").await;
    }
    // Dates as people write them: "1 grudnia 2026, 23:59", not "2026-12-01 23:59".
    let (_, list) = s.page(&s.browser(), "/surveys").await;
    let months = [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ];
    assert!(
        months.iter().any(|m| list.contains(&format!(" {m} 20"))),
        "no Polish date in the list"
    );
    assert!(
        !list.contains(":00:00") && !list.contains("T00:"),
        "an ISO time in the list"
    );
    let path = format!("/surveys/{id}/results");
    let (status, first) = s.page(&admin, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(first.contains("3 odpowiedzi"), "{first}");
    assert_eq!(aggregations(&db, id), 1);
    for _ in 0..5 {
        let (status, again) = s.page(&admin, &path).await;
        assert_eq!(status, StatusCode::OK);
        assert!(again.contains("3 odpowiedzi"));
    }
    assert_eq!(aggregations(&db, id), 1, "a repeat view aggregated again");

    // A new response: the next view counts it.
    let c = s.resident("c3@example.pl", "2").await;
    answer_all(&s, &c, id, None, "2", "").await;
    let (_, page) = s.page(&admin, &path).await;
    assert!(page.contains("4 odpowiedzi"), "{page}");
    assert_eq!(aggregations(&db, id), 2);

    // A hidden answer: the next view leaves it out, and showing it again brings it back.
    let rid: String = sqlx::query(&format!(
        "SELECT id FROM survey_responses WHERE survey_id = {id} AND answers LIKE '%przystanku%'"
    ))
    .fetch_all(&db.pool)
    .await
    .unwrap()[0]
        .get(0);
    let hide = |how: &'static str| {
        let rid = rid.clone();
        let admin = &admin;
        let s = &s;
        async move {
            let r = s
                .form(
                    admin,
                    "/api/surveys/hide",
                    &[
                        ("survey_id", &id.to_string()),
                        ("response", &rid),
                        ("question", "q4"),
                        ("hide", how),
                    ],
                )
                .await;
            assert_eq!(r.status(), StatusCode::SEE_OTHER);
        }
    };
    // (as the public sees the results once the survey has closed)
    s.count(&format!(
        "UPDATE surveys SET closes_at = {} WHERE id = {id} RETURNING 1",
        now() - 1
    ))
    .await;
    let visitor = s.browser();
    let shown = |page: &str| page.matches("Ławka przy przystanku").count();
    let before = shown(&s.page(&visitor, &path).await.1);
    assert!(before > 0);
    assert_eq!(
        aggregations(&db, id),
        2,
        "closing changed nothing in the results"
    );
    hide("yes").await;
    let hidden = shown(&s.page(&visitor, &path).await.1);
    assert!(hidden < before, "{before} -> {hidden}");
    assert_eq!(aggregations(&db, id), 3);
    hide("no").await;
    assert_eq!(shown(&s.page(&visitor, &path).await.1), before);
    assert_eq!(aggregations(&db, id), 4);
}
