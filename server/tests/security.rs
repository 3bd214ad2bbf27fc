//! HTTP-level tests of attacks found on the running portal (issue 10), each written to fail
//! before its fix: markup in `<title>`, malformed requests, oversized and countless flashes,
//! concurrent password guessing, partial imports, the development outbox, keys kept in the
//! database, CSV formulas, and errors logged at start-up. Run on SQLite and on PostgreSQL
//! like `http.rs`.
mod common;
use common::*;

async fn clerk(s: &Server) -> Client {
    let c = s.browser();
    assert_eq!(
        location(&s.sign_in(&c, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    c
}

/// The text between `<title>` and the first `</title>` of a page, as a browser parses it.
fn title_of(html: &str) -> &str {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    let end = html[start..].find("</title>").expect("the title ends") + start;
    &html[start..end]
}

const PAYLOAD: &str =
    r#"</title><meta http-equiv="refresh" content="0;url=https://evil.example/">"#;

#[tokio::test]
async fn titles_from_user_content_are_text_not_markup() {
    let s = start().await;
    let admin = clerk(&s).await;
    let anna = s.resident("anna.title@example.pl", "7").await;
    // A clerk names an edition with the payload; a resident proposes a project titled with it.
    let r = s
        .form(
            &admin,
            "/api/staff/budget/create",
            &refs(&edition_form(PAYLOAD, [0, 10, 11, 20, 21])),
        )
        .await;
    let edition: i64 = location(&r)
        .trim_start_matches("/staff/budget/")
        .parse()
        .expect("edition created");
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&s.db_url).await.unwrap();
    let zwierzyniec: i64 =
        sqlx::query("SELECT id FROM bo_pools WHERE edition_id = $1 AND district = 7")
            .bind(edition)
            .fetch_one(&pool)
            .await
            .unwrap()
            .get(0);
    pool.close().await;
    let proposal = [
        ("edition_id", edition.to_string()),
        ("pool_id", zwierzyniec.to_string()),
        ("title", PAYLOAD.to_string()),
        ("description", "Opis projektu.".to_string()),
        ("cost", "1000".to_string()),
        ("category", "green".to_string()),
        ("address", "ul. Królowej Jadwigi 1".to_string()),
    ];
    let fields: Vec<(&str, &str)> = proposal.iter().map(|(a, b)| (*a, b.as_str())).collect();
    let r = s.form(&anna, "/api/budget/submit", &fields).await;
    let project = location(&r);
    assert!(project.starts_with("/budget/project/"), "{project}");

    // The clerk opens the proposal to decide on it; the author opens it; the edition's pages.
    for (who, path) in [
        (&admin, project.clone()),
        (&anna, project.clone()),
        (&admin, format!("/staff/budget/{edition}")),
        (&anna, format!("/budget/{edition}/submit")),
        (&anna, format!("/budget/{edition}/projects")),
    ] {
        let (status, html) = s.page(who, &path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let head = &html[..html.find("</head>").expect("a head")];
        assert!(
            !head.contains("<meta http-equiv"),
            "{path}: markup from user content in the head: {head}"
        );
        let title = title_of(&html);
        assert!(
            title.contains("&lt;/title&gt;&lt;meta http-equiv="),
            "{path}: the title is shown as text: {title}"
        );
    }
}

/// Every server function, called with arguments that are missing, of the wrong type, or full
/// of control characters, by a visitor, a resident and a clerk, with and without JavaScript:
/// never a 500, never a panic, never serde's or the framework's text.
#[tokio::test]
async fn malformed_requests_get_a_clear_400_never_a_500() {
    let s = start().await;
    let admin = clerk(&s).await;
    let anna = s.resident("anna.fuzz@example.pl", "3").await;
    let visitor = s.browser();
    let mut paths: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(p, _)| p)
        .collect();
    paths.sort();
    paths.dedup();
    // Signing out would turn the resident into a visitor half-way; it takes no arguments.
    paths.retain(|p| !p.ends_with("/sign_out"));
    assert!(
        paths.len() > 30,
        "the server functions are registered: {paths:?}"
    );
    let nasty = "\u{1}\r\nzażółć\u{7f}";
    let bodies: Vec<Vec<(&str, &str)>> = vec![
        vec![],
        vec![
            ("survey_id", "abc"),
            ("edition_id", "1e99"),
            ("referendum_id", "-"),
            ("page", "x"),
        ],
        [
            "email",
            "password",
            "name",
            "district",
            "return_to",
            "token",
            "lang",
            "title",
            "survey_id",
            "edition_id",
            "project_id",
            "referendum_id",
            "page",
            "go",
            "code",
            "contrast",
            "text_size",
        ]
        .iter()
        .map(|k| {
            (
                *k,
                if k.ends_with("_id") || *k == "page" {
                    "1"
                } else {
                    nasty
                },
            )
        })
        .collect(),
    ];
    for path in &paths {
        for (who, c) in [
            ("visitor", &visitor),
            ("resident", &anna),
            ("clerk", &admin),
        ] {
            for body in &bodies {
                for accept in ["text/html", "application/json"] {
                    let r = s.post(c, path, body, accept).await;
                    let status = r.status();
                    let text = r.text().await.unwrap();
                    assert!(
                        status.as_u16() < 500,
                        "{who} {path} {accept} {body:?}: {status} {text}"
                    );
                    for leak in [
                        "Args|",
                        "Deserialization|",
                        "missing field",
                        "invalid digit",
                        "panicked",
                        "HeaderValue",
                    ] {
                        assert!(
                            !text.contains(leak),
                            "{who} {path} {accept}: internals in the answer: {text}"
                        );
                    }
                    if status == StatusCode::BAD_REQUEST && accept == "text/html" {
                        assert!(
                            text.contains("Nieprawidłowe żądanie")
                                || text.contains("Invalid request"),
                            "{path}: a translated page: {text}"
                        );
                    }
                }
            }
        }
    }
    // The specific crash: a signed-out sign-in whose return address has a control character
    // or a letter outside ASCII, and a language switch back to such an address.
    for to in ["/konto\u{1}", "/zażółć", "/a\r\nSet-Cookie: x=1"] {
        let r = s
            .form(
                &visitor,
                "/api/set_language",
                &[("lang", "en"), ("return_to", to)],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{to:?}");
        let l = location(&r);
        assert!(
            !l.contains('\r') && !l.contains('\n') && l.starts_with('/'),
            "{l:?}"
        );
        let r = s
            .form(
                &visitor,
                "/api/sign_in",
                &[
                    ("email", "anna.fuzz@example.pl"),
                    ("password", "correct horse battery"),
                    ("return_to", to),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{to:?}");
    }
    // A body over the limit: 413, with a message.
    let big = "x".repeat(70 * 1024);
    let r = s
        .post(&visitor, "/api/register", &[("name", &big)], "text/html")
        .await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let page = r.text().await.unwrap();
    // The visitor switched to English above.
    assert!(
        page.contains("Request too large") && page.contains("nothing was saved"),
        "{page}"
    );
    let r = s
        .post(
            &s.browser(),
            "/api/register",
            &[("name", &big)],
            "text/html",
        )
        .await;
    assert!(r.text().await.unwrap().contains("Za duże żądanie"));
    // The server is still healthy.
    assert_eq!(s.page(&visitor, "/").await.0, StatusCode::OK);
}

/// Signed-out form posts keep what was typed for the next page, but a client cannot fill the
/// database with it: each flash is capped in size and one address has a bounded number.
#[tokio::test]
async fn flashes_are_capped_in_size_and_number_per_client() {
    let s = start_with(|c| {
        c.trust_proxy = true;
        c.settings.flash_limit_address = 100;
    })
    .await;
    // 40,000 characters: within the 64 kB a request may have, more than a flash keeps.
    let long = "x".repeat(20_000);
    let body = encode(&[
        ("email", "nie-adres"),
        ("password", "x"),
        ("name", &long),
        ("district", &long),
    ]);
    for _ in 0..110 {
        // A fresh client each time (no flash cookie to reuse), as a script would send it.
        let r = s
            .browser()
            .post(s.url("/api/register"))
            .header(ACCEPT, "text/html")
            .header(ORIGIN, &s.base)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("x-forwarded-for", "198.51.100.9")
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
    }
    let rows = s.count("SELECT COUNT(*) FROM flashes").await;
    assert!(rows <= 100, "{rows} flashes from one address");
    let biggest = s
        .count("SELECT COALESCE(MAX(LENGTH(payload)), 0) FROM flashes")
        .await;
    assert!(biggest <= 32_000, "a flash of {biggest} characters");
    // A person with a normal form, from another address, still gets their input back.
    let c = s.browser();
    let r = s
        .form(
            &c,
            "/api/register",
            &[
                ("email", "nie-adres"),
                ("password", "x"),
                ("name", "Ola Kowalska"),
                ("district", "3"),
            ],
        )
        .await;
    let (_, html) = s.page(&c, &location(&r)).await;
    assert!(
        html.contains("value=\"Ola Kowalska\""),
        "the name is kept for a person"
    );
}

/// 40 wrong passwords at once for one account (limit 5): at most 5 are checked against the
/// hash, the rest are refused as throttled without hashing.
#[tokio::test]
async fn concurrent_password_guesses_are_counted_before_they_are_checked() {
    let s = start().await;
    let anna = s.resident("anna.guess@example.pl", "3").await;
    drop(anna);
    let tries = futures::future::join_all((0..40).map(|i| {
        let s = &s;
        async move {
            let c = s.browser();
            let v: serde_json::Value = s
                .call(
                    &c,
                    "/api/sign_in",
                    &[
                        ("email", "anna.guess@example.pl"),
                        ("password", &format!("wrong password {i}")),
                        ("return_to", "/"),
                    ],
                )
                .await
                .json()
                .await
                .unwrap();
            problems(&v)
                .first()
                .map(|p| p.1.clone())
                .unwrap_or_default()
        }
    }))
    .await;
    let checked = tries.iter().filter(|p| *p == "BadCredentials").count();
    let throttled = tries.iter().filter(|p| p.starts_with("Throttled")).count();
    assert_eq!(checked + throttled, 40, "{tries:?}");
    assert!(
        checked <= 5,
        "{checked} passwords were checked, the limit is 5"
    );
    // The right password is refused too while the pause lasts.
    let c = s.browser();
    let v: serde_json::Value = s
        .call(
            &c,
            "/api/sign_in",
            &[
                ("email", "anna.guess@example.pl"),
                ("password", "correct horse battery"),
                ("return_to", "/"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(problems(&v)[0].1.starts_with("Throttled"), "{v}");
}

/// Deleting an account asks for the password: wrong guesses there are throttled like sign-in.
#[tokio::test]
async fn password_checks_in_account_deletion_are_throttled() {
    let s = start().await;
    let anna = s.resident("anna.delete@example.pl", "3").await;
    let mut seen = Vec::new();
    for i in 0..8 {
        let v: serde_json::Value = s
            .call(
                &anna,
                "/api/delete_account",
                &[
                    ("password", &format!("not my password {i}")),
                    ("confirm", "yes"),
                ],
            )
            .await
            .json()
            .await
            .unwrap();
        seen.push(problems(&v)[0].1.clone());
    }
    assert_eq!(
        seen.iter().filter(|p| *p == "CurrentPasswordWrong").count(),
        5,
        "{seen:?}"
    );
    assert!(
        seen[5..].iter().all(|p| p.starts_with("Throttled")),
        "{seen:?}"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'anna.delete@example.pl'")
            .await,
        1
    );
}

/// Registration's limit per address holds under concurrent requests too.
#[tokio::test]
async fn concurrent_registrations_respect_the_limit_per_address() {
    let s = start_with(|c| c.settings.register_limit_address = 3).await;
    let answers = futures::future::join_all((0..12).map(|i| {
        let s = &s;
        async move {
            let c = s.browser();
            let r = s
                .call(
                    &c,
                    "/api/register",
                    &[
                        ("email", &format!("osoba{i}@example.pl")),
                        ("password", "correct horse battery"),
                        ("name", "Osoba"),
                        ("district", "4"),
                    ],
                )
                .await;
            r.json::<serde_json::Value>().await.unwrap()
        }
    }))
    .await;
    let accepted = answers.iter().filter(|v| v.get("Done").is_some()).count();
    assert_eq!(accepted, 3, "{answers:?}");
    assert_eq!(
        s.count("SELECT COUNT(*) FROM pending_registrations").await,
        3
    );
}

/// A broken file among several leaves nothing behind: no edition, no pools, no projects.
#[tokio::test]
async fn a_pabulib_import_is_all_or_nothing() {
    let s = start().await;
    let admin = clerk(&s).await;
    let czyzyny = include_str!("../data/pabulib/Poland_Krakow_2022_Czyzyny.pb");
    // The second file is valid on its own but names the same district again: the error comes
    // after the first file's pool and projects have been written.
    let (ct, body) = multipart(&[
        ("simulation_name", None, "Próba"),
        ("files", Some("a.pb"), czyzyny),
        ("files", Some("b.pb"), czyzyny),
    ]);
    let r = admin
        .post(s.url("/staff/budget/import"))
        .header(ORIGIN, &s.base)
        .header(CONTENT_TYPE, ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/staff/budget");
    for table in ["bo_editions", "bo_pools", "bo_projects", "bo_ballots"] {
        assert_eq!(
            s.count(&format!("SELECT COUNT(*) FROM {table}")).await,
            0,
            "{table} after a failed import"
        );
    }
    assert_eq!(s.page(&s.browser(), "/budget").await.0, StatusCode::OK);
}

/// Project names from an imported file that a spreadsheet would run as formulas come out of
/// the results CSV as text; numbers keep their sign.
#[tokio::test]
async fn budget_csv_neutralises_formulas() {
    let s = start().await;
    let admin = clerk(&s).await;
    let file = "META\nkey;value\ndescription;Próba\ncountry;Poland\nunit;Próba\ninstance;2026\nnum_projects;3\nnum_votes;2\nbudget;1000\nvote_type;approval\nrule;greedy\n\
PROJECTS\nproject_id;cost;name\n1;500;=1+2\n2;400;@SUM(A1)\n3;100;-2+3+cmd\nVOTES\nvoter_id;vote\n1;1,2,3\n2;1\n";
    let (ct, body) = multipart(&[
        ("simulation_name", None, "Formuły"),
        ("files", Some("f.pb"), file),
    ]);
    let r = admin
        .post(s.url("/staff/budget/import"))
        .header(ORIGIN, &s.base)
        .header(CONTENT_TYPE, ct)
        .body(body)
        .send()
        .await
        .unwrap();
    let to = location(&r);
    assert!(to.ends_with("/results"), "{to}");
    let edition: i64 = to
        .trim_start_matches("/budget/")
        .trim_end_matches("/results")
        .parse()
        .unwrap();
    let pool = s
        .count(&format!(
            "SELECT id FROM bo_pools WHERE edition_id = {edition}"
        ))
        .await;
    let (status, csv_text) = s
        .counted(
            &s.browser(),
            &format!("/budget/{edition}/pools/{pool}/results.csv"),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let mut rd = csv::Reader::from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let mut titles: Vec<String> = rd.records().map(|r| r.unwrap()[1].to_string()).collect();
    titles.sort();
    assert_eq!(titles, ["'-2+3+cmd", "'=1+2", "'@SUM(A1)"]);
}

/// The development outbox shows everyone's mail: only to requests from this machine, and
/// never when the portal's public origin is not on loopback.
#[tokio::test]
async fn the_development_outbox_is_for_this_machine_only() {
    let s = start_with(|c| {
        c.dev_outbox = true;
        c.trust_proxy = true;
    })
    .await;
    let c = s.browser();
    s.register(&c, "ola.outbox@example.pl", "correct horse battery", "Ola")
        .await;
    let r = c.get(s.url("/dev/outbox")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let page = r.text().await.unwrap();
    assert!(page.contains("ola.outbox@example.pl"));
    assert!(
        page.contains("tylko na tym komputerze") || page.contains("only on this machine"),
        "the page says what it is"
    );
    // Through a proxy, from another machine: refused.
    let r = c
        .get(s.url("/dev/outbox"))
        .header("x-forwarded-for", "203.0.113.7")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // A portal published under a public origin has no outbox, whatever the setting says.
    let public = start_with(|c| {
        c.dev_outbox = true;
        c.settings.public_origin = "https://konto.krakow.pl".into();
        c.public_origin = Some("https://konto.krakow.pl".into());
    })
    .await;
    let r = public
        .browser()
        .get(public.url("/dev/outbox"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

/// The server's start (with the demo content) logs no ERROR, on either database.
#[tokio::test]
async fn the_server_starts_with_no_error_in_its_log() {
    let (db_url, _dir) = database().await;
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let data = std::env::temp_dir().join(format!("konto-log-{}", unique()));
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_konto-server"))
        .env("DATABASE_URL", &db_url)
        .env("KO_ADDR", format!("127.0.0.1:{port}"))
        .env("KO_DEMO", "1")
        .env("KO_DATA_DIR", &data)
        .env("LEPTOS_SITE_ROOT", "target/site")
        .env_remove("RUST_LOG")
        .env_remove("KO_LOG_FORMAT")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the server binary starts");
    let c = Client::new();
    let mut ready = false;
    for _ in 0..1200 {
        if let Ok(r) = c
            .get(format!("http://127.0.0.1:{port}/readyz"))
            .send()
            .await
        {
            if r.status() == StatusCode::OK {
                ready = true;
                break;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    if ready {
        for path in ["/", "/budget", "/surveys", "/referenda"] {
            let r = c
                .get(format!("http://127.0.0.1:{port}{path}"))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::OK, "{path}");
        }
    }
    // SIGTERM: a graceful stop, then read everything it wrote.
    let _ = std::process::Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    let _ = std::fs::remove_dir_all(&data);
    let raw = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Without colour codes, should any be there ("\x1b[31mERROR\x1b[0m").
    let mut log = String::new();
    let mut in_escape = false;
    for ch in raw.chars() {
        match (in_escape, ch) {
            (false, '\x1b') => in_escape = true,
            (true, c) if c.is_ascii_alphabetic() => in_escape = false,
            (true, _) => {}
            (false, c) => log.push(c),
        }
    }
    assert!(ready, "the server did not become ready: {log}");
    let errors: Vec<&str> = log
        .lines()
        .filter(|l| l.split_whitespace().any(|w| w == "ERROR") || l.contains("panicked"))
        .collect();
    assert!(
        errors.is_empty(),
        "errors in the start-up log:\n{}",
        errors.join("\n")
    );
    assert!(log.contains("listening on"), "{log}");
}

/// Someone registers another person's address with a password they know. The person follows
/// the unsolicited link: without the registration's password nothing is created, so the
/// registrant can never sign in to an account the person thinks is theirs.
#[tokio::test]
async fn a_confirmation_link_alone_does_not_create_an_account() {
    let s = start().await;
    let attacker = s.browser();
    s.register(
        &attacker,
        "ofiara@example.pl",
        "attacker knows this",
        "Ofiara",
    )
    .await;
    let (_, body) = s.last_mail("ofiara@example.pl").await;
    let token = body
        .split("token=")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let victim = s.browser();
    // The page asks for the password.
    let (status, html) = s
        .page(&victim, &format!("/register/confirm?token={token}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("type=\"password\"") && html.contains("name=\"password\""),
        "a password field"
    );
    // The button alone, or a guess: refused at the field, nothing created.
    let v: serde_json::Value = s
        .call(&victim, "/api/confirm_registration", &[("token", &token)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("password".to_string(), "PasswordRequired".to_string())]
    );
    let v: serde_json::Value = s
        .call(
            &victim,
            "/api/confirm_registration",
            &[("token", &token), ("password", "my own password")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("password".to_string(), "CurrentPasswordWrong".to_string())]
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'ofiara@example.pl'")
            .await,
        0
    );
    // Guessing is throttled like signing in: five tries per link.
    for i in 0..6 {
        s.call(
            &victim,
            "/api/confirm_registration",
            &[
                ("token", &token),
                ("password", &format!("guess number {i}")),
            ],
        )
        .await;
    }
    let v: serde_json::Value = s
        .call(
            &victim,
            "/api/confirm_registration",
            &[("token", &token), ("password", "attacker knows this")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(problems(&v)[0].1.starts_with("Throttled"), "{v}");
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'ofiara@example.pl'")
            .await,
        0
    );
}

/// A clerk's upload with a 1 zł pool and a project of a million złoty once made the first view
/// of its results count for 51 s inside the request. Now requests never count: they queue
/// the pool (twenty at once make one entry) and say "being counted"; the job counts it, and
/// the completion ends at once, since such a project can never be kept.
#[tokio::test]
async fn equal_shares_is_counted_off_the_request_and_bounded() {
    let s = start_with(|c| c.counting_job = false).await;
    let admin = clerk(&s).await;
    let mut file = String::from("META\nkey;value\ndescription;Atak\ncountry;Poland\nunit;Próba\ninstance;2026\nbudget;1\nvote_type;approval\nrule;equalshares/add1\nPROJECTS\nproject_id;cost;name\n1;1000000;Drogi\nVOTES\nvoter_id;vote\n");
    for v in 0..50 {
        file.push_str(&format!("{v};1\n"));
    }
    let (ct, body) = multipart(&[
        ("simulation_name", None, "Atak"),
        ("files", Some("a.pb"), &file),
    ]);
    let r = admin
        .post(s.url("/staff/budget/import"))
        .header(ORIGIN, &s.base)
        .header(CONTENT_TYPE, ct)
        .body(body)
        .send()
        .await
        .unwrap();
    let edition: i64 = location(&r)
        .trim_start_matches("/budget/")
        .trim_end_matches("/results")
        .parse()
        .unwrap();
    let pool = s
        .count(&format!(
            "SELECT id FROM bo_pools WHERE edition_id = {edition}"
        ))
        .await;
    let path = format!("/budget/{edition}/results/{pool}");
    let views = futures::future::join_all((0..20).map(|_| {
        let (s, path) = (&s, &path);
        async move { s.page(&s.browser(), path).await }
    }))
    .await;
    for (status, html) in &views {
        assert_eq!(*status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(text(html).contains("Wyniki są właśnie liczone"));
    }
    assert_eq!(
        s.count("SELECT COUNT(*) FROM bo_count_queue").await,
        1,
        "one entry for twenty requests"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM bo_counts").await,
        0,
        "nothing was counted in a request"
    );
    let csv = s
        .browser()
        .get(s.url(&format!("/budget/{edition}/pools/{pool}/results.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(csv.headers()["retry-after"], "5");
    // The job's step, as the server runs it.
    let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
    assert!(konto_app::budget::api::counting::count_next(&db)
        .await
        .unwrap());
    assert!(
        !konto_app::budget::api::counting::count_next(&db)
            .await
            .unwrap(),
        "the queue is empty"
    );
    let v: serde_json::Value = s
        .call(
            &s.browser(),
            "/api/budget/pool",
            &[
                ("edition_id", &edition.to_string()),
                ("pool_id", &pool.to_string()),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (v["raised"].as_u64(), v["capped"].as_bool()),
        (Some(0), Some(false)),
        "{v}"
    );
    assert_eq!(s.page(&s.browser(), &path).await.0, StatusCode::OK);
}

/// Many pages rendered at once, error pages among them: none may fail. The `<title>` was once
/// computed while the head was written, after the page's reactive owner had gone, and some
/// of twenty concurrent views answered 500 ("no Arena is active").
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_page_views_never_fail() {
    let s = start().await;
    let paths = [
        "/",
        "/budget",
        "/referenda",
        "/sign-in",
        "/surveys",
        "/no-such-page",
        "/budget/999/results",
        "/budget/999/results/1",
        "/referenda/999",
    ];
    let views = futures::future::join_all((0..270).map(|i| {
        let (s, path) = (&s, paths[i % paths.len()]);
        async move { (path, s.page(&s.browser(), path).await.0) }
    }))
    .await;
    let failed: Vec<_> = views
        .iter()
        .filter(|(_, status)| status.is_server_error())
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} views failed: {:?}",
        failed.len(),
        views.len(),
        &failed[..failed.len().min(5)]
    );
}

/// Leptos stops resources from loading, process-wide, while any server in the process lists
/// its routes, and a resource whose first poll falls in that window never finishes
/// (leptos_server's `IS_SUPPRESSING_RESOURCE_LOAD`, leptos issue 4773). The CI run of 9ace777
/// lost a page that way: a view of a pool's results hung while other tests' servers started.
/// Routes are therefore listed once per process; here servers keep starting while one of
/// them is read, and every view must be answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_are_answered_while_other_servers_start() {
    let s = start().await;
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let starter = {
        let done = done.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            for _ in 0..12 {
                rt.block_on(async { drop(start().await) });
            }
            done.store(true, std::sync::atomic::Ordering::SeqCst);
        })
    };
    let client = Client::builder()
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .unwrap();
    let mut views = 0;
    let mut lost = Vec::new();
    while !done.load(std::sync::atomic::Ordering::SeqCst) {
        let round =
            futures::future::join_all(["/", "/budget", "/surveys", "/referenda"].map(|p| {
                let (s, client) = (&s, &client);
                async move {
                    (
                        p,
                        client
                            .get(s.url(p))
                            .header(ACCEPT, "text/html")
                            .send()
                            .await,
                    )
                }
            }))
            .await;
        for (p, r) in round {
            views += 1;
            match r {
                Ok(r) if r.status() == StatusCode::OK => {
                    if let Err(e) = r.text().await {
                        lost.push(format!("{p}: {e}"));
                    }
                }
                Ok(r) => lost.push(format!("{p}: {}", r.status())),
                Err(e) => lost.push(format!("{p}: {e}")),
            }
        }
    }
    starter.join().unwrap();
    assert!(views > 0);
    assert!(
        lost.is_empty(),
        "{} of {views} views lost: {:?}",
        lost.len(),
        &lost[..lost.len().min(5)]
    );
}
