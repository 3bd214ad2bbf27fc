//! HTTP-level tests: the real server on a random port, driven as a browser would, on
//! SQLite (default) or on PostgreSQL (`KO_TEST_BACKEND=postgres` with
//! `KO_TEST_POSTGRES_URL` pointing at a throw-away cluster; `scripts/test` sets both).
//! Every test gets its own database, so they run in parallel without sharing state.
mod common;
use common::*;

#[tokio::test]
async fn register_sign_out_and_sign_in_again() {
    let s = start().await;
    let c = s.browser();
    let (status, home) = s.page(&c, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("<html lang=\"pl\""), "Polish by default");

    let r = s
        .register_confirmed(&c, "anna@example.pl", "correct horse battery", "Anna Nowak")
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let cookie = session_cookie(&r).expect("signed in after registering");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    let (status, account) = s.page(&c, "/account").await;
    assert_eq!(status, StatusCode::OK);
    assert!(account.contains("Anna Nowak") && account.contains("anna@example.pl"));
    assert!(account.contains("XIII Podgórze"));
    assert!(
        account.contains("Konto zostało założone"),
        "the notice survives the redirect"
    );
    let (_, again) = s.page(&c, "/account").await;
    assert!(
        !again.contains("Konto zostało założone"),
        "a notice is shown once"
    );

    let r = s.form(&c, "/api/sign_out", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/");
    let r = c
        .get(s.url("/account"))
        .header(ACCEPT, "text/html")
        .send()
        .await
        .unwrap();
    assert!(r.status().is_redirection(), "signed out: {}", r.status());
    assert!(
        location(&r).starts_with("/sign-in?return_to=/account"),
        "{}",
        location(&r)
    );

    let r = s
        .sign_in(&c, "ANNA@example.pl ", "correct horse battery")
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/account");
    let second = session_cookie(&r).expect("a new session");
    assert_ne!(cookie, second, "the session id is rotated at sign-in");
    let (status, _) = s.page(&c, "/account").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM sessions").await,
        1,
        "the old session is gone"
    );
}

#[tokio::test]
async fn wrong_password_keeps_email_and_says_nothing_about_existence() {
    let s = start().await;
    let c = s.browser();
    s.register_confirmed(&c, "jan@example.pl", "correct horse battery", "Jan")
        .await;
    s.form(&c, "/api/sign_out", &[]).await;

    let known = s.sign_in(&c, "jan@example.pl", "wrong password here").await;
    assert_eq!(known.status(), StatusCode::SEE_OTHER);
    let back = location(&known);
    assert!(back.starts_with("/sign-in"), "{back}");
    let (_, page_known) = s.page(&c, &back).await;
    assert!(page_known.contains("Adres e-mail lub hasło są nieprawidłowe"));
    assert!(
        page_known.contains("value=\"jan@example.pl\""),
        "the e-mail is kept"
    );
    assert!(page_known.contains("aria-invalid=\"true\""));
    assert!(page_known.contains("error-summary"));

    let unknown = s
        .sign_in(&c, "nobody@example.pl", "wrong password here")
        .await;
    let (_, page_unknown) = s.page(&c, &location(&unknown)).await;
    assert!(
        page_unknown.contains("Adres e-mail lub hasło są nieprawidłowe"),
        "same message for an unknown address"
    );

    // The JSON answer of the hydrated app is the same for both.
    let a: serde_json::Value = s
        .call(
            &c,
            "/api/sign_in",
            &[
                ("email", "jan@example.pl"),
                ("password", "nope nope nope"),
                ("return_to", "/"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    let b: serde_json::Value = s
        .call(
            &c,
            "/api/sign_in",
            &[
                ("email", "who@example.pl"),
                ("password", "nope nope nope"),
                ("return_to", "/"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(a, b);
    assert_eq!(a["Invalid"]["errors"][0]["problem"], "BadCredentials");
}

#[tokio::test]
async fn registration_errors_are_shown_next_to_fields_and_input_is_kept() {
    let s = start().await;
    let c = s.browser();
    let r = s
        .form(
            &c,
            "/api/register",
            &[
                ("email", "not-an-email"),
                ("password", "short"),
                ("name", "Ola Kowalska"),
                ("district", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/register");
    let (_, page) = s.page(&c, "/register").await;
    assert!(page.contains("Wpisz adres e-mail w poprawnym formacie"));
    assert!(page.contains("Hasło musi mieć co najmniej 12 znaków"));
    assert!(page.contains("Wybierz dzielnicę"));
    assert!(
        page.contains("value=\"Ola Kowalska\""),
        "other input is kept"
    );
    assert!(page.contains("value=\"not-an-email\""));
    assert!(
        !page.contains("value=\"short\""),
        "passwords are never sent back"
    );
    assert!(
        page.contains("href=\"#f-email\""),
        "the summary links to the field"
    );
    assert!(page.contains("aria-describedby=\"f-email-hint f-email-error\""));
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users").await,
        1,
        "only the seeded admin"
    );

    // A new address and a registered one get the same answer; the owner hears by mail.
    s.register_confirmed(&c, "ola@example.pl", "correct horse battery", "Ola")
        .await;
    let c2 = s.browser();
    let taken = s
        .register(&c2, "Ola@Example.pl", "another long password", "Ola 2")
        .await;
    let c3 = s.browser();
    let fresh = s
        .register(&c3, "nowa@example.pl", "another long password", "Nowa")
        .await;
    assert_eq!(taken.status(), fresh.status());
    assert_eq!(location(&taken), "/register/check-email");
    assert_eq!(location(&fresh), "/register/check-email");
    let (_, a) = s.page(&c2, "/register/check-email").await;
    let (_, b) = s.page(&c3, "/register/check-email").await;
    let main = |p: &str| p[p.find("<main").unwrap()..p.find("</main>").unwrap()].to_string();
    assert_eq!(
        main(&a),
        main(&b),
        "the page after registering says nothing about the address"
    );
    let (subject, body) = s.last_mail("ola@example.pl").await;
    assert!(
        subject.contains("Próba założenia konta") && body.contains("Masz już konto"),
        "{subject}\n{body}"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'ola@example.pl'")
            .await,
        1
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'nowa@example.pl'")
            .await,
        0,
        "not before confirming"
    );

    // The confirmation link works once; a wrong or used one gets a clear message.
    let (subject, body) = s.last_mail("nowa@example.pl").await;
    assert!(
        subject.contains("Potwierdź") && body.contains("Dzień dobry, Nowa!"),
        "{subject}\n{body}"
    );
    let token = body
        .split("token=")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let r = s
        .form(
            &c3,
            "/api/confirm_registration",
            &[("token", &token), ("password", "another long password")],
        )
        .await;
    assert_eq!(location(&r), "/account");
    let (_, page) = s.page(&c3, "/account").await;
    assert!(page.contains("Nowa") && page.contains("Konto zostało założone"));
    let r = s
        .form(
            &c3,
            "/api/confirm_registration",
            &[("token", &token), ("password", "another long password")],
        )
        .await;
    assert!(location(&r).starts_with("/register/confirm"));
    let (_, page) = s.page(&c3, &location(&r)).await;
    assert!(page.contains("Ten odnośnik wygasł albo został już użyty"));
    let v: serde_json::Value = s
        .call(
            &c3,
            "/api/confirm_registration",
            &[("token", "not-a-token")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "LinkInvalid");
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'nowa@example.pl'")
            .await,
        1
    );
}

#[tokio::test]
async fn sign_in_is_throttled_per_account_and_per_address() {
    let s = start_with(|c| c.settings.login_limit_address = 8).await;
    let c = s.browser();
    s.register_confirmed(&c, "piotr@example.pl", "correct horse battery", "Piotr")
        .await;
    s.form(&c, "/api/sign_out", &[]).await;
    for _ in 0..5 {
        let v: serde_json::Value = s
            .call(
                &c,
                "/api/sign_in",
                &[
                    ("email", "piotr@example.pl"),
                    ("password", "bad password!"),
                    ("return_to", "/"),
                ],
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(v["Invalid"]["errors"][0]["problem"], "BadCredentials");
    }
    // Now even the right password is refused for a while, with a clear message.
    let r = s
        .sign_in(&c, "piotr@example.pl", "correct horse battery")
        .await;
    assert!(session_cookie(&r).is_none());
    let (_, page) = s.page(&c, &location(&r)).await;
    assert!(
        page.contains("Zbyt wiele nieudanych prób. Spróbuj ponownie za 15 minut"),
        "{}",
        &page[page.find("<main").unwrap_or(0)..][..400.min(page.len())]
    );

    // Per address: after 8 failures from this address, other accounts are refused too.
    for i in 0..3 {
        s.call(
            &c,
            "/api/sign_in",
            &[
                ("email", &format!("x{i}@example.pl")),
                ("password", "bad password!"),
                ("return_to", "/"),
            ],
        )
        .await;
    }
    let v: serde_json::Value = s
        .call(
            &c,
            "/api/sign_in",
            &[
                ("email", ADMIN_EMAIL),
                ("password", ADMIN_PASSWORD),
                ("return_to", "/"),
            ],
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
}

#[tokio::test]
async fn roles_are_checked_on_the_server() {
    let s = start().await;
    let resident = s.browser();
    s.register_confirmed(
        &resident,
        "res@example.pl",
        "correct horse battery",
        "Rezydentka",
    )
    .await;
    let r = s
        .call(&resident, "/api/admin/users", &[("page", "1")])
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = s.call(&resident, "/api/staff/overview", &[]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (_, page) = s.page(&resident, "/admin/users").await;
    assert!(page.contains("Nie masz uprawnień do tej strony"));
    assert!(
        !page.contains(ADMIN_EMAIL),
        "no personal data leaks to a resident"
    );
    // A resident cannot make themselves an administrator.
    let r = s
        .form(
            &resident,
            "/api/admin/set_role",
            &[
                ("user_id", "2"),
                ("role", "admin"),
                ("return_to", "/admin/users"),
            ],
        )
        .await;
    assert!(r.status() == StatusCode::FORBIDDEN || r.status() == StatusCode::SEE_OTHER);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .await,
        1
    );

    let signed_out = s.browser();
    assert_eq!(
        s.call(&signed_out, "/api/staff/overview", &[])
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );

    let admin = s.browser();
    assert_eq!(
        location(&s.sign_in(&admin, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    let r = s.call(&admin, "/api/admin/users", &[("page", "1")]).await;
    assert_eq!(r.status(), StatusCode::OK);
    let users: serde_json::Value = r.json().await.unwrap();
    assert_eq!(users["total"], 2);
    let res_id = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == "res@example.pl")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    assert!(
        s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'viewed_user_list'")
            .await
            >= 1,
        "who looked is logged"
    );

    // The administrator makes the resident a clerk; the clerk then sees the back office.
    let r = s
        .form(
            &admin,
            "/api/admin/set_role",
            &[
                ("user_id", &res_id.to_string()),
                ("role", "clerk"),
                ("return_to", "/admin/users"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE role = 'clerk'")
            .await,
        1
    );
    // An administrator cannot change their own role (the last one would lock everyone out).
    let v: serde_json::Value = s
        .call(
            &admin,
            "/api/admin/set_role",
            &[
                ("user_id", "1"),
                ("role", "resident"),
                ("return_to", "/admin/users"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["problem"], "CannotChangeOwnRole");

    // The role change ended the clerk's sessions; after signing in again the clerk works.
    assert_eq!(
        s.call(&resident, "/api/staff/overview", &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    s.sign_in(&resident, "res@example.pl", "correct horse battery")
        .await;
    let r = s.call(&resident, "/api/staff/overview", &[]).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        s.call(&resident, "/api/admin/users", &[("page", "1")])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn cross_origin_posts_are_refused() {
    let s = start().await;
    let c = s.browser();
    s.register_confirmed(&c, "eve@example.pl", "correct horse battery", "Ewa")
        .await;
    let r = c
        .post(s.url("/api/delete_account"))
        .header(ORIGIN, "http://evil.example")
        .header(ACCEPT, "text/html")
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body("password=correct+horse+battery&confirm=yes")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = c
        .post(s.url("/api/sign_out"))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'eve@example.pl'")
            .await,
        1,
        "nothing was deleted"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM sessions").await,
        1,
        "still signed in"
    );
}

#[tokio::test]
async fn data_export_and_account_deletion() {
    let s = start().await;
    let c = s.browser();
    s.register_confirmed(&c, "kasia@example.pl", "correct horse battery", "Kasia")
        .await;
    let r = c.get(s.url("/account/export")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("attachment"));
    let data: serde_json::Value = r.json().await.unwrap();
    assert_eq!(data["account"]["email"], "kasia@example.pl");
    assert_eq!(data["account"]["district"]["name"], "Podgórze");
    assert!(data["activity"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["action"] == "account_created"));
    assert!(
        !data.to_string().contains("argon2"),
        "no password hash in the export"
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'data_exported'")
            .await,
        1
    );

    let anon = s.browser();
    let r = anon.get(s.url("/account/export")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // Deleting needs the password and an explicit confirmation.
    let r = s
        .form(
            &c,
            "/api/delete_account",
            &[("password", "correct horse battery")],
        )
        .await;
    assert_eq!(location(&r), "/account/delete");
    let (_, page) = s.page(&c, "/account/delete").await;
    assert!(page.contains("Zaznacz, że rozumiesz skutki usunięcia konta"));
    let r = s
        .form(
            &c,
            "/api/delete_account",
            &[("password", "wrong password!!"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(location(&r), "/account/delete");
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'kasia@example.pl'")
            .await,
        1
    );

    let r = s
        .form(
            &c,
            "/api/delete_account",
            &[("password", "correct horse battery"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/");
    let (_, home) = s.page(&c, "/").await;
    assert!(home.contains("Konto zostało usunięte"));
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'kasia@example.pl'")
            .await,
        0
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM sessions").await, 0);
    let r = s
        .sign_in(&c, "kasia@example.pl", "correct horse battery")
        .await;
    assert!(location(&r).starts_with("/sign-in"));
}

#[tokio::test]
async fn profile_password_and_preferences() {
    let s = start().await;
    let c = s.browser();
    s.register_confirmed(&c, "marek@example.pl", "correct horse battery", "Marek")
        .await;
    let r = s
        .form(
            &c,
            "/api/update_profile",
            &[("name", "Marek Nowy"), ("district", "18")],
        )
        .await;
    assert_eq!(location(&r), "/account");
    let (_, page) = s.page(&c, "/account").await;
    assert!(page.contains("Marek Nowy") && page.contains("XVIII Nowa Huta"));

    // A second device is signed out when the password changes; this one is not.
    let other = s.browser();
    s.sign_in(&other, "marek@example.pl", "correct horse battery")
        .await;
    let r = s
        .form(
            &c,
            "/api/change_password",
            &[
                ("current_password", "wrong one!!!"),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/account/password");
    let r = s
        .form(
            &c,
            "/api/change_password",
            &[
                ("current_password", "correct horse battery"),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/account");
    assert_eq!(s.page(&c, "/account").await.0, StatusCode::OK);
    assert_eq!(
        s.call(&other, "/api/profile", &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );

    // Display and language preferences follow the account.
    s.form(
        &c,
        "/api/set_display",
        &[
            ("contrast", "high"),
            ("text_size", "large"),
            ("return_to", "/settings"),
        ],
    )
    .await;
    s.form(
        &c,
        "/api/set_language",
        &[("lang", "uk"), ("return_to", "/account")],
    )
    .await;
    let fresh = s.browser();
    s.sign_in(&fresh, "marek@example.pl", "a brand new passphrase")
        .await;
    let (_, page) = s.page(&fresh, "/account").await;
    assert!(
        page.contains("<html lang=\"uk\""),
        "language from the account"
    );
    assert!(page.contains("theme-high-contrast") && page.contains("text-large"));
    assert!(page.contains("Мій акаунт"));
    // Bad choices are refused with a message, nothing saved.
    let v: serde_json::Value = s
        .call(
            &fresh,
            "/api/set_display",
            &[
                ("contrast", "neon"),
                ("text_size", "large"),
                ("return_to", "/settings"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["Invalid"]["errors"][0]["field"], "contrast");
}

#[tokio::test]
async fn language_negotiation_and_switch_without_javascript() {
    let s = start().await;
    let c = s.browser();
    let r = c
        .get(s.url("/sign-in"))
        .header("accept-language", "en-GB,en;q=0.9")
        .send()
        .await
        .unwrap();
    let page = r.text().await.unwrap();
    assert!(page.contains("<html lang=\"en\""));
    assert!(
        page.contains("<title>Sign in – Citizen Account Kraków</title>"),
        "title in the page language"
    );

    let r = s
        .form(
            &c,
            "/api/set_language",
            &[("lang", "uk"), ("return_to", "/sign-in")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), "/sign-in");
    let page = c
        .get(s.url("/sign-in"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<html lang=\"uk\""),
        "the cookie beats Accept-Language"
    );
    assert!(page.contains("Увійти"));

    // No open redirects through return_to.
    let r = s
        .form(
            &c,
            "/api/set_language",
            &[("lang", "pl"), ("return_to", "https://evil.example/")],
        )
        .await;
    assert_eq!(location(&r), "/");

    let (status, page) = s.page(&c, "/no-such-page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(page.contains("Nie znaleziono strony") && page.contains("<html lang=\"pl\""));
}

#[tokio::test]
async fn security_headers_health_and_limits() {
    let s = start().await;
    let c = s.browser();
    let r = c.get(s.url("/")).send().await.unwrap();
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert!(r.headers()["referrer-policy"]
        .to_str()
        .unwrap()
        .contains("strict-origin"));
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap()
        .to_string();
    let html = r.text().await.unwrap();
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "the page's scripts carry this response's nonce"
    );
    let r2 = c.get(s.url("/")).send().await.unwrap();
    assert!(
        !r2.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains(&nonce),
        "a new nonce per request"
    );

    assert_eq!(
        c.get(s.url("/healthz")).send().await.unwrap().status(),
        StatusCode::OK
    );
    assert_eq!(
        c.get(s.url("/readyz")).send().await.unwrap().status(),
        StatusCode::OK
    );

    let big = "x".repeat(200 * 1024);
    let r = s
        .form(
            &c,
            "/api/sign_in",
            &[("email", &big), ("password", "x"), ("return_to", "/")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);

    // Internal details never reach the page.
    let r = s.call(&c, "/api/no_such_function", &[]).await;
    let body = r.text().await.unwrap();
    assert!(!body.to_lowercase().contains("sql"));
}

#[tokio::test]
async fn queued_mail_is_delivered_over_smtp() {
    let (port, got) = smtp_sink().await;
    let s = start_with(|c| c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;
    let c = s.browser();
    s.register(&c, "list@example.pl", "correct horse battery", "Lista")
        .await;
    for _ in 0..200 {
        if !got.lock().await.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let mails = got.lock().await.clone();
    assert_eq!(mails.len(), 1, "one message delivered");
    assert!(
        mails[0].contains("list@example.pl") && mails[0].contains("/register/confirm?token="),
        "{}",
        mails[0]
    );
    for _ in 0..50 {
        if s.count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL")
            .await
            == 1
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the outbox row was not marked sent");
}

#[tokio::test]
async fn two_instances_share_one_database_and_stop_gracefully() {
    let mut a = start().await;
    let key_file = a.key_file.clone();
    let b = start_on(a.db_url.clone(), None, move |c| c.key_file = key_file).await;
    let ca = a.browser();
    let r = a
        .register_confirmed(
            &ca,
            "wspolna@example.pl",
            "correct horse battery",
            "Wspólna",
        )
        .await;
    let session = session_cookie(&r)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    // The session made by instance A opens the account on instance B.
    let (status, page) = {
        let r = b
            .browser()
            .get(b.url("/account"))
            .header("cookie", &session)
            .send()
            .await
            .unwrap();
        (r.status(), r.text().await.unwrap())
    };
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("wspolna@example.pl"));

    // Failed sign-ins counted on A throttle the account on B.
    let anon = a.browser();
    for _ in 0..5 {
        a.call(
            &anon,
            "/api/sign_in",
            &[
                ("email", "wspolna@example.pl"),
                ("password", "bad password!"),
                ("return_to", "/"),
            ],
        )
        .await;
    }
    let v: serde_json::Value = b
        .call(
            &b.browser(),
            "/api/sign_in",
            &[
                ("email", "wspolna@example.pl"),
                ("password", "correct horse battery"),
                ("return_to", "/"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(
        v["Invalid"]["errors"][0]["problem"]["Throttled"].is_object(),
        "{v}"
    );

    // A form's errors posted to A are shown by B after the redirect.
    let c = a.browser();
    let r = a
        .form(
            &c,
            "/api/register",
            &[
                ("email", "zly-adres"),
                ("password", "x"),
                ("name", "Ktoś"),
                ("district", "3"),
            ],
        )
        .await;
    let flash = r
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("ko_flash="))
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let page = b
        .browser()
        .get(b.url("/register"))
        .header("cookie", flash)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Wpisz adres e-mail w poprawnym formacie") && page.contains("value=\"Ktoś\"")
    );

    // Stopping A ends its server cleanly; B goes on serving.
    a.stop.take().unwrap().send(()).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(10), a.task.take().unwrap())
        .await
        .expect("A stops within 10 s")
        .expect("A's server returned without error");
    assert!(
        a.browser().get(a.url("/healthz")).send().await.is_err(),
        "A no longer answers"
    );
    assert_eq!(
        b.browser()
            .get(b.url("/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn create_admin_command_makes_a_working_administrator() {
    let (db_url, dir) = database().await;
    // The command and the server share the key file, as on one machine.
    let keys = std::env::temp_dir().join(format!("konto-keys-{}", unique()));
    let key_file = keys.join("server.keys");
    let run = |password: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_konto-server"))
            .args([
                "create-admin",
                "--email",
                "Szefowa@Krakow.pl",
                "--name",
                "Szefowa Biura",
            ])
            .env("DATABASE_URL", &db_url)
            .env("KO_KEY_FILE", &key_file)
            .env("KO_ADMIN_PASSWORD", password)
            .env_remove("KO_ADMIN_EMAIL")
            .env_remove("KO_DEMO")
            .output()
            .expect("the binary runs")
    };
    let out = run("short");
    assert!(!out.status.success(), "a weak password is refused");
    let out = run("a strong admin passphrase");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("administrator szefowa@krakow.pl created")
    );
    let again = run("a strong admin passphrase");
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("already registered"),
        "idempotent"
    );

    let kf = key_file.clone();
    let s = start_on(db_url, dir, move |c| c.key_file = kf).await;
    let c = s.browser();
    assert_eq!(
        location(
            &s.sign_in(&c, "szefowa@krakow.pl", "a strong admin passphrase")
                .await
        ),
        "/account"
    );
    let _ = std::fs::remove_dir_all(&keys);
    assert_eq!(
        s.call(&c, "/api/admin/users", &[("page", "1")])
            .await
            .status(),
        StatusCode::OK
    );
}

/// The real binary, with debug logging on: no password, session token or confirmation
/// token may appear in what it logs.
#[tokio::test]
async fn logs_hold_no_passwords_or_tokens() {
    let (db_url, _dir) = database().await;
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let base = format!("http://127.0.0.1:{port}");
    let log = std::env::temp_dir().join(format!("konto-log-{}.txt", unique()));
    let data = std::env::temp_dir().join(format!("konto-data-{}", unique()));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_konto-server"))
        .env("KO_ADDR", format!("127.0.0.1:{port}"))
        .env("KO_DATA_DIR", &data)
        .env("DATABASE_URL", &db_url)
        .env("KO_ADMIN_EMAIL", ADMIN_EMAIL)
        .env("KO_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .env("RUST_LOG", "debug")
        .env("KO_LOG_FORMAT", "json")
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let c = Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap();
    let mut up = false;
    for _ in 0..200 {
        if c.get(format!("{base}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status() == StatusCode::OK)
        {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(up, "the binary did not start");
    let post = |path: &str, body: String| {
        c.post(format!("{base}{path}"))
            .header(ACCEPT, "text/html")
            .header(ORIGIN, &base)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    post(
        "/api/sign_in",
        encode(&[
            ("email", ADMIN_EMAIL),
            ("password", "a wrong secret pass"),
            ("return_to", "/"),
        ]),
    )
    .await
    .unwrap();
    let r = post(
        "/api/sign_in",
        encode(&[
            ("email", ADMIN_EMAIL),
            ("password", ADMIN_PASSWORD),
            ("return_to", "/"),
        ]),
    )
    .await
    .unwrap();
    let token = session_cookie(&r)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("ko_session=")
        .to_string();
    post(
        "/api/register",
        encode(&[
            ("email", "log@example.pl"),
            ("password", "registration secret 1"),
            ("name", "Log"),
            ("district", "2"),
        ]),
    )
    .await
    .unwrap();
    c.get(format!("{base}/account")).send().await.unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let text = std::fs::read_to_string(&log).unwrap();
    let _ = std::fs::remove_file(&log);
    let _ = std::fs::remove_dir_all(&data);
    assert!(
        text.contains("\"path\":\"/api/sign_in\""),
        "the log is written: {}",
        &text[..text.len().min(500)]
    );
    for secret in [
        ADMIN_PASSWORD,
        "a wrong secret pass",
        "registration secret 1",
        token.as_str(),
    ] {
        assert!(!text.contains(secret), "the log contains {secret}");
    }
}

fn link_from(body: &str, path: &str) -> String {
    let start = body
        .find(path)
        .unwrap_or_else(|| panic!("a link to {path} in {body}"));
    body[start..].split_whitespace().next().unwrap().to_string()
}

fn token_of(link: &str) -> String {
    link.split("token=").nth(1).unwrap().to_string()
}

#[tokio::test]
async fn password_reset_by_email_ends_every_session() {
    let s = start().await;
    let phone = s.browser();
    s.register_confirmed(&phone, "reset@example.pl", "correct horse battery", "Reset")
        .await;
    let laptop = s.browser();
    assert_eq!(
        location(
            &s.sign_in(&laptop, "reset@example.pl", "correct horse battery")
                .await
        ),
        "/account"
    );

    // The same answer for an address with and without an account; mail only for the account.
    let visitor = s.browser();
    let a = s
        .form(
            &visitor,
            "/api/password_reset",
            &[("email", "nikt@example.pl")],
        )
        .await;
    let b = s
        .form(
            &visitor,
            "/api/password_reset",
            &[("email", "Reset@Example.pl")],
        )
        .await;
    assert_eq!(
        (location(&a), location(&b)),
        (
            "/password-reset/sent".to_string(),
            "/password-reset/sent".to_string()
        )
    );
    assert_eq!(
        s.count("SELECT COUNT(*) FROM mail_outbox WHERE to_addr = 'nikt@example.pl'")
            .await,
        0
    );
    let (subject, body) = s.last_mail("reset@example.pl").await;
    assert!(
        subject.contains("Ustaw nowe hasło") && body.contains("30 minut"),
        "{subject}\n{body}"
    );
    let link = link_from(&body, "http");
    assert!(link.contains("/password-reset/confirm?token="), "{link}");
    let token = token_of(&link);
    let (status, page) = s
        .page(&visitor, &format!("/password-reset/confirm?token={token}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("name=\"new_password\""));

    // A weak password comes back at its field and the link still works.
    let v: serde_json::Value = s
        .call(
            &visitor,
            "/api/password_reset_confirm",
            &[("token", &token), ("new_password", "short")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("new_password".to_string(), "PasswordTooShort".to_string())]
    );
    let r = s
        .form(
            &visitor,
            "/api/password_reset_confirm",
            &[
                ("token", &token),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/sign-in");
    let (_, page) = s.page(&visitor, "/sign-in").await;
    assert!(page.contains("Hasło zostało zmienione. Zaloguj się nowym hasłem."));
    // Every device is signed out; the old password no longer works, the new one does.
    for c in [&phone, &laptop] {
        assert!(location(
            &c.get(s.url("/account"))
                .header(ACCEPT, "text/html")
                .send()
                .await
                .unwrap()
        )
        .starts_with("/sign-in"));
    }
    assert!(location(
        &s.sign_in(&visitor, "reset@example.pl", "correct horse battery")
            .await
    )
    .starts_with("/sign-in?"));
    assert_eq!(
        location(
            &s.sign_in(&visitor, "reset@example.pl", "a brand new passphrase")
                .await
        ),
        "/account"
    );
    let (subject, _) = s.last_mail("reset@example.pl").await;
    assert!(
        subject.contains("Hasło zostało zmienione"),
        "the owner is told: {subject}"
    );
    // The link works once.
    let v: serde_json::Value = s
        .call(
            &visitor,
            "/api/password_reset_confirm",
            &[
                ("token", &token),
                ("new_password", "yet another passphrase"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(problems(&v), [(String::new(), "LinkExpired".to_string())]);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM audit_log WHERE action = 'password_reset'")
            .await,
        1
    );

    // No more than three links an hour to one mailbox, whoever asks; the answer stays the same.
    for _ in 0..4 {
        assert_eq!(
            location(
                &s.form(
                    &s.browser(),
                    "/api/password_reset",
                    &[("email", "reset@example.pl")]
                )
                .await
            ),
            "/password-reset/sent"
        );
    }
    let links = s.count("SELECT COUNT(*) FROM mail_outbox WHERE to_addr = 'reset@example.pl' AND body LIKE '%password-reset/confirm%'").await;
    assert_eq!(links, 3, "three links in the hour");
}

#[tokio::test]
async fn the_email_address_changes_only_when_the_new_one_confirms() {
    let s = start().await;
    let anna = s.browser();
    s.register_confirmed(
        &anna,
        "anna.stary@example.pl",
        "correct horse battery",
        "Anna",
    )
    .await;
    let jan = s.browser();
    s.register_confirmed(
        &jan,
        "jan.zajety@example.pl",
        "correct horse battery",
        "Jan",
    )
    .await;

    let v: serde_json::Value = s
        .call(
            &anna,
            "/api/change_email",
            &[("new_email", "anna.stary@example.pl"), ("password", "")],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [
            ("new_email", "EmailUnchanged"),
            ("password", "PasswordRequired")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let v: serde_json::Value = s
        .call(
            &anna,
            "/api/change_email",
            &[
                ("new_email", "anna.nowy@example.pl"),
                ("password", "not my password"),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problems(&v),
        [("password".to_string(), "CurrentPasswordWrong".to_string())]
    );
    let r = s
        .form(
            &anna,
            "/api/change_email",
            &[
                ("new_email", "Anna.Nowy@example.pl"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/account");
    let (subject, body) = s.last_mail("anna.nowy@example.pl").await;
    assert!(subject.contains("Potwierdź nowy adres"), "{subject}");
    let (subject, notice) = s.last_mail("anna.stary@example.pl").await;
    assert!(
        subject.contains("Prośba o zmianę adresu") && notice.contains("anna.nowy@example.pl"),
        "{subject}\n{notice}"
    );
    // Nothing has changed yet.
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'anna.stary@example.pl'")
            .await,
        1
    );
    // The link, opened on another device: a button, then the address changes.
    let token = token_of(&link_from(&body, "http"));
    let other = s.browser();
    let (status, page) = s
        .page(&other, &format!("/account/email/confirm?token={token}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Używaj tego adresu"));
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'anna.nowy@example.pl'")
            .await,
        0,
        "opening the link changes nothing"
    );
    let r = s
        .form(&other, "/api/change_email_confirm", &[("token", &token)])
        .await;
    assert_eq!(location(&r), "/sign-in");
    assert_eq!(
        s.count("SELECT COUNT(*) FROM users WHERE email = 'anna.nowy@example.pl'")
            .await,
        1
    );
    let (subject, _) = s.last_mail("anna.stary@example.pl").await;
    assert!(
        subject.contains("Adres e-mail został zmieniony"),
        "{subject}"
    );
    assert_eq!(
        location(
            &s.sign_in(&other, "anna.nowy@example.pl", "correct horse battery")
                .await
        ),
        "/account"
    );
    let v: serde_json::Value = s
        .call(&other, "/api/change_email_confirm", &[("token", &token)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(problems(&v), [(String::new(), "LinkExpired".to_string())]);

    // An address that has an account: the same answer, no link goes to it.
    let r = s
        .form(
            &other,
            "/api/change_email",
            &[
                ("new_email", "jan.zajety@example.pl"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/account");
    assert_eq!(s.count("SELECT COUNT(*) FROM mail_outbox WHERE to_addr = 'jan.zajety@example.pl' AND body LIKE '%account/email/confirm%'").await, 0);
    let _ = jan;
}

#[tokio::test]
async fn sessions_are_listed_and_ended_one_by_one_or_everywhere() {
    let s = start().await;
    let device = |ua: &str| {
        Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .user_agent(ua.to_string())
            .build()
            .unwrap()
    };
    let phone = device("Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0");
    let laptop = device("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36");
    s.register_confirmed(
        &phone,
        "urzadzenia@example.pl",
        "correct horse battery",
        "Ula",
    )
    .await;
    assert_eq!(
        location(
            &s.sign_in(&laptop, "urzadzenia@example.pl", "correct horse battery")
                .await
        ),
        "/account"
    );
    let list: serde_json::Value = s
        .call(&laptop, "/api/sessions", &[])
        .await
        .json()
        .await
        .unwrap();
    let list = list.as_array().unwrap().clone();
    assert_eq!(list.len(), 2);
    let devices: Vec<&str> = list.iter().map(|x| x["device"].as_str().unwrap()).collect();
    assert!(
        devices.contains(&"Firefox, Android") && devices.contains(&"Chrome, Linux"),
        "{devices:?}"
    );
    let this: Vec<bool> = list
        .iter()
        .map(|x| x["current"].as_bool().unwrap())
        .collect();
    assert_eq!(this.iter().filter(|c| **c).count(), 1);
    let phone_id = list
        .iter()
        .find(|x| x["device"] == "Firefox, Android")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, page) = s.page(&laptop, "/account/sessions").await;
    assert!(
        page.contains("Firefox, Android")
            && page.contains("(to urządzenie)")
            && page.contains("2 zalogowane urządzenia"),
        "{}",
        text(&page)
    );

    // Someone else cannot end Ula's session, even knowing its id.
    let jan = s.resident("jan.sesje@example.pl", "4").await;
    let v: serde_json::Value = s
        .call(&jan, "/api/end_session", &[("session_id", &phone_id)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(problems(&v), [(String::new(), "ChoiceInvalid".to_string())]);
    assert_eq!(s.page(&phone, "/account").await.0, StatusCode::OK);
    // Ula ends the phone's session from the laptop.
    let r = s
        .form(&laptop, "/api/end_session", &[("session_id", &phone_id)])
        .await;
    assert_eq!(location(&r), "/account/sessions");
    assert!(location(
        &phone
            .get(s.url("/account"))
            .header(ACCEPT, "text/html")
            .send()
            .await
            .unwrap()
    )
    .starts_with("/sign-in"));
    assert_eq!(s.page(&laptop, "/account").await.0, StatusCode::OK);
    // Everywhere: this device too.
    assert_eq!(
        location(
            &s.sign_in(&phone, "urzadzenia@example.pl", "correct horse battery")
                .await
        ),
        "/account"
    );
    let r = s.form(&laptop, "/api/sign_out_everywhere", &[]).await;
    assert_eq!(location(&r), "/");
    assert_eq!(s.count("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'urzadzenia@example.pl'").await, 0);
    assert_eq!(s.count("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'jan.sesje@example.pl'").await, 1, "others' sessions stay");
    assert_eq!(
        s.call(&s.browser(), "/api/sessions", &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
}
