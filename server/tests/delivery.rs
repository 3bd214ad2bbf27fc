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
