//! HTTP-level tests of how pages and files are delivered: built files with content hashes in
//! their names, compressed once at build time and kept by browsers for a year; pages that say
//! what they are about. Run on SQLite and on PostgreSQL like `http.rs`.
mod common;
use common::*;

/// A site as a release build leaves it: hashed names, each with its .br and .gz, and the
/// hash file beside the server.
struct BuiltSite {
    root: std::path::PathBuf,
}

impl BuiltSite {
    fn new() -> BuiltSite {
        let root = std::env::temp_dir().join(format!("konto-site-{}", unique()));
        let pkg = root.join("pkg");
        std::fs::create_dir_all(&pkg).unwrap();
        std::fs::write(pkg.join("konto.CsS-1.css"), "body { color: #111 }").unwrap();
        std::fs::write(pkg.join("konto.CsS-1.css.br"), b"brotli bytes").unwrap();
        std::fs::write(pkg.join("konto.CsS-1.css.gz"), b"gzip bytes").unwrap();
        std::fs::write(pkg.join("konto.Js_2.js"), "export default 1;").unwrap();
        std::fs::write(
            pkg.join("konto.WaSm3.wasm"),
            [&b"\0asm"[..], &[0u8; 4096]].concat(),
        )
        .unwrap();
        std::fs::write(root.join("hash.txt"), "js: Js_2\nwasm: WaSm3\ncss: CsS-1\n").unwrap();
        BuiltSite { root }
    }
}

impl Drop for BuiltSite {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

#[tokio::test]
async fn built_files_have_hashed_names_are_precompressed_and_kept_for_a_year() {
    let site = BuiltSite::new();
    let root = site.root.clone();
    let s = start_with(move |c| {
        c.site_root = root.to_string_lossy().into_owned();
        c.hash_file = root.join("hash.txt");
    })
    .await;
    let c = s.browser();

    // The page links the hashed names.
    let home = c.get(s.url("/")).send().await.unwrap();
    assert_eq!(home.status(), StatusCode::OK);
    let html = home.text().await.unwrap();
    for name in [
        "/pkg/konto.CsS-1.css",
        "/pkg/konto.Js_2.js",
        "/pkg/konto.WaSm3.wasm",
    ] {
        assert!(html.contains(name), "{name} not linked");
    }
    assert!(!html.contains("/pkg/konto.css"), "the plain name is linked");

    // Brotli and gzip as made at build time, chosen by Accept-Encoding.
    for (accept, encoding, body) in [
        ("br, gzip", Some("br"), &b"brotli bytes"[..]),
        ("gzip", Some("gzip"), &b"gzip bytes"[..]),
        ("identity", None, &b"body { color: #111 }"[..]),
    ] {
        let r = c
            .get(s.url("/pkg/konto.CsS-1.css"))
            .header("accept-encoding", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{accept}");
        assert_eq!(
            r.headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            encoding,
            "{accept}"
        );
        assert_eq!(
            r.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
        assert!(r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css"));
        assert_eq!(&r.bytes().await.unwrap()[..], body, "{accept}");
    }
    // The WebAssembly has no compressed copies here: it is sent as it is, not compressed
    // on the fly (that is the build's job).
    let r = c
        .get(s.url("/pkg/konto.WaSm3.wasm"))
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers().get("content-encoding").is_none());
    assert_eq!(r.headers()["content-type"], "application/wasm");

    // A missing file is a plain 404.
    let r = c.get(s.url("/pkg/konto.nope.js")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn without_a_hash_file_the_plain_names_are_revalidated() {
    let s = start_with(|c| {
        c.hash_file = std::env::temp_dir().join(format!("no-hash-{}.txt", unique()));
    })
    .await;
    let c = s.browser();
    let html = c
        .get(s.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("/pkg/konto.css"));
    let r = c.get(s.url("/pkg/konto.css")).send().await.unwrap();
    // (the test build has no site; what matters is that a plain name is never "immutable")
    if let Some(v) = r.headers().get("cache-control") {
        assert!(!v.to_str().unwrap().contains("immutable"), "{v:?}");
    }
}

/// Every page says what it is about in `<meta name="description">` (search results and
/// link previews show it), in the page's language: its own lead where it has one.
#[tokio::test]
async fn pages_have_a_description_in_their_language() {
    let s = start().await;
    let c = s.browser();
    let description = |html: &str| {
        let i = html
            .find(r#"<meta name="description" content=""#)
            .unwrap_or_else(|| panic!("no description in {html}"));
        let rest = &html[i + r#"<meta name="description" content=""#.len()..];
        rest[..rest.find('"').unwrap()].to_string()
    };
    let page = |path: &'static str, lang: &'static str| {
        let c = c.clone();
        let url = s.url(path);
        async move {
            c.get(url)
                .header("accept-language", lang)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    let home_pl = description(&page("/", "pl").await);
    assert!(home_pl.starts_with("Ankiety, konsultacje"), "{home_pl}");
    let home_en = description(&page("/", "en").await);
    assert!(home_en.starts_with("Surveys"), "{home_en}");
    assert!(description(&page("/surveys", "pl").await).contains("ankiety"));
    assert!(description(&page("/budget", "uk").await).len() > 40);
    // A page without a lead of its own describes the portal; one description per page.
    let signin = page("/sign-in", "pl").await;
    assert!(description(&signin).starts_with("Konto Obywatelskie Kraków:"));
    assert_eq!(signin.matches(r#"name="description""#).count(), 1);
}

/// The WebAssembly carries no text: a page names each language's messages file (a hash of
/// the text in its name) and preloads its own; the files are compressed once and kept.
#[tokio::test]
async fn each_language_s_messages_are_a_hashed_file_kept_for_a_year() {
    let s = start().await;
    let c = s.browser();
    let attr = |html: &str, name: &str| {
        let key = format!("{name}=\"");
        let i = html
            .find(&key)
            .unwrap_or_else(|| panic!("no {name} in {html}"));
        let rest = &html[i + key.len()..];
        rest[..rest.find('"').unwrap()].to_string()
    };
    let home_uk = c
        .get(s.url("/"))
        .header("accept-language", "uk")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let paths: Vec<String> = ["data-pl", "data-en", "data-uk"]
        .iter()
        .map(|a| attr(&home_uk, a))
        .collect();
    for (path, code) in paths.iter().zip(["pl", "en", "uk"]) {
        assert!(path.starts_with(&format!("/i18n/{code}.")), "{path}");
        assert!(path.ends_with(".ftl") && path.len() > 20, "{path}");
    }
    // The page's own language is fetched at once, beside the WebAssembly.
    assert!(home_uk.contains(&format!(r#"<link rel="preload" href="{}""#, paths[2])));
    assert!(!home_uk.contains(&format!(r#"<link rel="preload" href="{}""#, paths[0])));

    for (path, sentence) in paths.iter().zip([
        "Przejdź do treści",
        "Skip to main content",
        "Перейти до основного",
    ]) {
        let plain = c
            .get(s.url(path))
            .header("accept-encoding", "identity")
            .send()
            .await
            .unwrap();
        assert_eq!(plain.status(), StatusCode::OK, "{path}");
        assert_eq!(
            plain.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
        assert!(plain.headers().get("content-encoding").is_none());
        let text = plain.text().await.unwrap();
        assert!(text.contains("skip-to-content = "), "{path}");
        assert!(text.contains(sentence), "{path} lacks {sentence}");
        for (accept, coding) in [
            ("gzip, br", "br"),
            ("gzip", "gzip"),
            ("br;q=0, gzip", "gzip"),
        ] {
            let r = c
                .get(s.url(path))
                .header("accept-encoding", accept)
                .send()
                .await
                .unwrap();
            assert_eq!(r.headers()["content-encoding"], coding, "{accept}");
            let size = r.bytes().await.unwrap().len();
            assert!(
                size > 100 && size * 2 < text.len(),
                "{accept}: {size} of {}",
                text.len()
            );
        }
    }
    // Another hash (an old page after a new release) or another name: 404.
    let stale = paths[0].replace("/i18n/pl.", "/i18n/pl.0");
    assert_eq!(
        c.get(s.url(&stale)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let other = c.get(s.url("/i18n/../Cargo.toml")).send().await.unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
}

/// A budget edition made by a clerk through the back office's form; its id.
async fn new_edition(s: &Server, clerk: &Client, name: &str) -> i64 {
    let r = s
        .form(
            clerk,
            "/api/staff/budget/create",
            &refs(&edition_form(name, [0, 10, 11, 20, 21])),
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    location(&r)
        .trim_start_matches("/staff/budget/")
        .parse()
        .unwrap()
}

/// Renames an edition in the database, as another instance would: this server learns
/// nothing of it.
async fn rename_behind_the_server(s: &Server, id: i64, name: &str) {
    let db = konto_app::platform::Db::connect(&s.db_url).await.unwrap();
    sqlx::query("UPDATE bo_editions SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
}

/// The nonce a page's scripts carry, and the one its CSP header names.
fn nonces(r: &reqwest::header::HeaderMap, html: &str) -> (String, Vec<String>) {
    let csp = r["content-security-policy"].to_str().unwrap();
    let header = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|n| n.split('\'').next())
        .unwrap()
        .to_string();
    let in_page = html
        .split("nonce=\"")
        .skip(1)
        .filter_map(|p| p.split('"').next())
        .map(String::from)
        .collect();
    (header, in_page)
}

/// Public pages seen by nobody in particular are rendered once and handed out again for a
/// moment (page_cache), each copy with a nonce of its own; whoever is signed in, carries a
/// cookie of their own or has just changed something never gets an old copy.
#[tokio::test]
async fn public_pages_are_kept_for_a_moment_each_copy_with_its_own_nonce() {
    // Long enough that nothing in this test outlives a kept page by the clock.
    let s = start_with(|c| c.page_cache = std::time::Duration::from_secs(300)).await;
    let clerk = s.browser();
    s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let id = new_edition(&s, &clerk, "BO Pierwszy").await;
    let view = |c: Client| {
        let url = s.url("/budget");
        async move {
            let r = c.get(url).header(ACCEPT, "text/html").send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK);
            let h = r.headers().clone();
            (h, r.text().await.unwrap())
        }
    };
    let (h1, first) = view(s.browser()).await;
    assert!(text(&first).contains("BO Pierwszy"));
    // Renamed behind the server's back (as another instance would): visitors without an
    // account still get the kept copy...
    rename_behind_the_server(&s, id, "BO Drugi").await;
    let (h2, second) = view(s.browser()).await;
    assert!(
        text(&second).contains("BO Pierwszy"),
        "kept, not rendered again"
    );
    // ... each with its own nonce, named by its own header, and none of the first one's.
    let (n1, in1) = nonces(&h1, &first);
    let (n2, in2) = nonces(&h2, &second);
    assert_ne!(n1, n2);
    assert!(
        !in1.is_empty() && in1.iter().all(|n| *n == n1),
        "{in1:?} {n1}"
    );
    assert!(
        !in2.is_empty() && in2.iter().all(|n| *n == n2),
        "{in2:?} {n2}"
    );
    assert!(!second.contains(&n1));
    assert_eq!(first.replace(&n1, "N"), second.replace(&n2, "N"));
    assert_eq!(
        h2["cache-control"], "no-store",
        "browsers and proxies keep nothing"
    );
    // A refused request changed nothing, so it does not make kept pages old (nobody can make
    // every page render again at will by posting rubbish).
    let r = s
        .browser()
        .post(s.url("/api/budget/submit"))
        .header(ORIGIN, &s.base)
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body("%%%")
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error(), "{}", r.status());
    let (_, third) = view(s.browser()).await;
    assert!(text(&third).contains("BO Pierwszy"));
    // Signed in: rendered for that person.
    let (_, signed_in) = view(clerk.clone()).await;
    assert!(text(&signed_in).contains("BO Drugi"));
    // A cookie of one's own (a survey draft here) makes the page one's own.
    let r = s
        .browser()
        .get(s.url("/budget"))
        .header(
            reqwest::header::COOKIE,
            "ko_survey=00112233445566778899aabbccddeeff",
        )
        .send()
        .await
        .unwrap();
    assert!(text(&r.text().await.unwrap()).contains("BO Drugi"));
    // Another language is another page.
    let r = s
        .browser()
        .get(s.url("/budget"))
        .header(reqwest::header::COOKIE, "ko_lang=en")
        .send()
        .await
        .unwrap();
    let english = r.text().await.unwrap();
    assert!(english.contains("lang=\"en\"") && text(&english).contains("BO Drugi"));
    // Any change made through this server makes every kept page old at once.
    new_edition(&s, &clerk, "BO Trzeci").await;
    let (_, after) = view(s.browser()).await;
    assert!(text(&after).contains("BO Drugi") && text(&after).contains("BO Trzeci"));
}

/// With the cache off (KO_PAGE_CACHE_MS=0) every view is rendered.
#[tokio::test]
async fn without_the_page_cache_every_view_is_rendered() {
    let s = start_with(|c| c.page_cache = std::time::Duration::ZERO).await;
    let clerk = s.browser();
    s.sign_in(&clerk, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let id = new_edition(&s, &clerk, "BO Pierwszy").await;
    assert!(text(&s.page(&s.browser(), "/budget").await.1).contains("BO Pierwszy"));
    rename_behind_the_server(&s, id, "BO Drugi").await;
    assert!(text(&s.page(&s.browser(), "/budget").await.1).contains("BO Drugi"));
}
