//! HTTP-level tests of what a consultation carries besides its sections: attached documents
//! (uploaded by clerks as a plain multipart form; the type read from the content, not the
//! name; a size limit with the message at the field; served as an attachment with a clean
//! file name, `nosniff` and a sandbox; a draft's documents for clerks only), the English and
//! Ukrainian versions of its own texts, and the survey linked from the survey builder. Run on
//! SQLite and on PostgreSQL like `http.rs`.
mod common;
use common::*;
use konto_app::consultations::rules::{Form, Moderation, Timeline, Topic};
use konto_app::consultations::store::{self, NewConsultation};
use konto_app::platform::Db;

fn date(days: i64) -> jiff::civil::Date {
    day(days).parse().unwrap()
}

/// A consultation open from three days ago, published or a draft, with one section.
async fn consultation(s: &Server, published: bool) -> i64 {
    let db = Db::connect(&s.db_url).await.unwrap();
    let n = NewConsultation {
        title: "Park nad Wisłą".into(),
        summary: "Jak zmienić park.".into(),
        easy_summary: "Miasto pyta o park.".into(),
        topic: Topic::Greenery,
        districts: Vec::new(),
        department: "Zarząd Zieleni Miejskiej".into(),
        contact: "konsultacje@zzm.krakow.pl".into(),
        moderation: Moderation::After,
        forms: vec![Form::Remarks, Form::Meeting, Form::Paper],
        verified_only: false,
        timeline: Timeline {
            information_from: date(-10),
            opens: date(-3),
            closes: date(20),
            answers_by: date(50),
            report_by: date(60),
        },
        published,
    };
    let id = store::create(&db, &n, None).await.unwrap();
    store::add_section(
        &db,
        id,
        0,
        &konto_app::consultations::Section {
            anchor: "sciezki".into(),
            heading: "Ścieżki".into(),
            body: "Nowe ścieżki.".into(),
        },
    )
    .await
    .unwrap();
    db.pool.close().await;
    id
}

async fn staff(s: &Server) -> Client {
    let c = s.browser();
    assert_eq!(
        location(&s.sign_in(&c, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    c
}

/// A multipart body with a binary file part.
fn upload_body(title: &str, file_name: &str, declared: &str, content: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----kontoDocBoundary9x";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"doc_title\"\r\n\r\n{title}\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: {declared}\r\n\r\n").as_bytes(),
    );
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(
    s: &Server,
    c: &Client,
    consultation: i64,
    title: &str,
    file_name: &str,
    content: &[u8],
) -> Response {
    let (ct, body) = upload_body(title, file_name, "application/pdf", content);
    c.post(s.url(&format!("/staff/consultations/{consultation}/documents")))
        .header(ORIGIN, &s.base)
        .header(ACCEPT, "text/html")
        .header(CONTENT_TYPE, ct)
        .body(body)
        .send()
        .await
        .unwrap()
}

/// A small but real PDF.
fn pdf(extra: usize) -> Vec<u8> {
    let mut v = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n".to_vec();
    v.extend(std::iter::repeat_n(b'%', extra));
    v.extend_from_slice(b"\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    v
}

/// The first element that starts with `start` (e.g. `<h1`), up to its end tag `end`.
fn element<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let i = html.find(start).unwrap_or_else(|| panic!("no {start}"));
    let j = html[i..].find(end).unwrap_or_else(|| panic!("no {end}")) + i;
    &html[i..j + end.len()]
}

fn files_in(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.path().is_file())
                .count()
        })
        .unwrap_or(0)
}

#[tokio::test]
async fn documents_are_checked_by_content_and_size_and_served_safely() {
    // Documents up to 64 KiB in this test, so that "too large" is cheap to send.
    let docs_dir = std::env::temp_dir().join(format!("konto-docs-{}", unique()));
    let dir2 = docs_dir.clone();
    let s = start_with(move |c| {
        c.documents_dir = Some(dir2);
        c.settings.document_limit = 64 * 1024;
    })
    .await;
    let c = consultation(&s, true).await;
    let admin = staff(&s).await;
    let content = pdf(1000);

    // Strangers and residents may not upload or remove.
    let anna = s.resident("anna.docs@example.pl", "2").await;
    let anon = s.browser();
    assert_eq!(
        upload(&s, &anna, c, "Plan", "plan.pdf", &content)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        upload(&s, &anon, c, "Plan", "plan.pdf", &content)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    for (who, status) in [
        (&anna, StatusCode::FORBIDDEN),
        (&anon, StatusCode::UNAUTHORIZED),
    ] {
        let r = s
            .call(
                who,
                "/api/consultations/document/remove",
                &[("consultation_id", &c.to_string()), ("document_id", "1")],
            )
            .await;
        assert_eq!(r.status(), status);
    }

    // HTML with a .pdf name and a declared PDF type: refused by its content, at the field,
    // the title kept, nothing stored.
    let r = upload(
        &s,
        &admin,
        c,
        "Plan <b>parku</b>",
        "plan.pdf",
        b"<html><script>alert(1)</script></html>",
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/staff/consultations/{c}#documents"));
    let (_, html) = s.page(&admin, &format!("/staff/consultations/{c}")).await;
    assert!(
        text(&html).contains("Tego rodzaju pliku nie przyjmujemy"),
        "{}",
        text(&html)
    );
    assert!(
        html.contains("value=\"Plan &lt;b&gt;parku&lt;/b&gt;\""),
        "the title is kept, escaped"
    );
    assert!(!html.contains("<b>parku</b>"));
    assert_eq!(s.count("SELECT COUNT(*) FROM con_documents").await, 0);
    assert_eq!(files_in(&docs_dir), 0);

    // Over the limit but within what the route reads: refused at the field.
    let r = upload(&s, &admin, c, "Duży plan", "duzy.pdf", &pdf(100 * 1024)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = s.page(&admin, &format!("/staff/consultations/{c}")).await;
    assert!(
        text(&html).contains("Plik jest za duży: najwyżej 1 MB")
            || text(&html).contains("Plik jest za duży"),
        "{}",
        text(&html)
    );
    assert!(html.contains("value=\"Duży plan\""));
    // Far over it: refused before it is read, with the translated page.
    let r = upload(&s, &admin, c, "Ogromny", "x.pdf", &pdf(2 * 1024 * 1024)).await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // No file, no title: both at their fields.
    let r = upload(&s, &admin, c, "", "", b"").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = s.page(&admin, &format!("/staff/consultations/{c}")).await;
    assert!(html.contains("id=\"f-doc_title-error\""), "{}", text(&html));
    assert!(html.contains("id=\"f-file-error\""), "{}", text(&html));
    assert_eq!(s.count("SELECT COUNT(*) FROM con_documents").await, 0);
    assert_eq!(files_in(&docs_dir), 0);

    // A real PDF with a hostile title: stored once under its digest, listed on the page,
    // downloaded as an attachment with a clean name.
    let title = "Plan \"parku\"\r\nX-Evil: 1 ../../ą.pdf";
    let r = upload(&s, &admin, c, title, "plan.exe", &content).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(s.count("SELECT COUNT(*) FROM con_documents").await, 1);
    assert_eq!(files_in(&docs_dir), 1);
    let doc: i64 = s.count("SELECT MAX(id) FROM con_documents").await;
    let (_, page) = s.page(&anon, &format!("/consultations/{c}")).await;
    let link = format!("/consultations/{c}/documents/{doc}");
    assert!(
        page.contains(&format!("href=\"{link}\"")),
        "{}",
        text(&page)
    );
    assert!(text(&page).contains("(PDF, 2 kB)"), "{}", text(&page));
    let r = anon.get(s.url(&link)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let h = r.headers().clone();
    assert_eq!(h[CONTENT_TYPE], "application/pdf");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("sandbox"));
    let cd = h["content-disposition"].to_str().unwrap();
    assert!(cd.starts_with("attachment; filename=\""), "{cd}");
    assert!(cd.contains("filename*=UTF-8''"), "{cd}");
    assert!(!cd.contains('\r') && !cd.contains('\n'), "{cd}");
    let ascii = cd
        .split("filename=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(
        ascii.ends_with(".pdf") && !ascii.contains('/') && !ascii.contains(".."),
        "{ascii}"
    );
    assert!(h.get("x-evil").is_none());
    assert_eq!(r.bytes().await.unwrap().as_ref(), content.as_slice());
    // The same content again is kept once.
    upload(&s, &admin, c, "Kopia", "kopia.pdf", &content).await;
    assert_eq!(s.count("SELECT COUNT(*) FROM con_documents").await, 2);
    assert_eq!(files_in(&docs_dir), 1);

    // Unknown ids and malformed ones: 404, never 500.
    for path in [
        format!("/consultations/{c}/documents/999999"),
        format!("/consultations/{c}/documents/abc"),
        format!("/consultations/999999/documents/{doc}"),
    ] {
        assert_eq!(
            anon.get(s.url(&path)).send().await.unwrap().status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    // A draft's documents: clerks only.
    let draft = consultation(&s, false).await;
    upload(&s, &admin, draft, "Projekt", "p.pdf", &pdf(10)).await;
    let ddoc: i64 = s.count("SELECT MAX(id) FROM con_documents").await;
    let dpath = format!("/consultations/{draft}/documents/{ddoc}");
    assert_eq!(
        anon.get(s.url(&dpath)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        anna.get(s.url(&dpath)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let r = admin.get(s.url(&dpath)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("no-store"));

    // Removing: the first copy goes, the file stays for the second; then the file goes too.
    let remove = |d: i64| {
        let (admin, s) = (&admin, &s);
        async move {
            let r = s
                .call(
                    admin,
                    "/api/consultations/document/remove",
                    &[
                        ("consultation_id", &c.to_string()),
                        ("document_id", &d.to_string()),
                    ],
                )
                .await;
            assert_eq!(r.status(), StatusCode::OK);
            problems(&r.json().await.unwrap())
        }
    };
    assert!(remove(doc).await.is_empty());
    assert_eq!(
        anon.get(s.url(&link)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(files_in(&docs_dir), 2, "the copy's file and the draft's");
    assert_eq!(
        remove(doc).await,
        vec![(String::new(), "DocumentUnknown".to_string())]
    );
    assert!(remove(doc + 1).await.is_empty());
    assert_eq!(files_in(&docs_dir), 1, "only the draft's file is left");
    // A document of another consultation is not removed through this one.
    assert_eq!(
        remove(ddoc).await,
        vec![(String::new(), "DocumentUnknown".to_string())]
    );
    let _ = std::fs::remove_dir_all(&docs_dir);
}

fn draft_form(title: &str, survey: &str) -> Vec<(String, String)> {
    [
        ("consultation_id", "0".to_string()),
        ("title", title.into()),
        ("summary", "Jak zmienić park.".into()),
        ("easy_summary", "Miasto pyta o park.".into()),
        ("topic", "greenery".into()),
        ("department", "Zarząd Zieleni Miejskiej".into()),
        ("contact", "konsultacje@zzm.krakow.pl".into()),
        ("moderation", "after".into()),
        ("forms[remarks]", "yes".into()),
        ("forms[meeting]", "yes".into()),
        ("forms[survey]", "yes".into()),
        ("information_from", day(1)),
        ("opens", day(8)),
        ("closes", day(35)),
        ("answers_by", day(65)),
        ("report_by", day(80)),
        (
            "sections",
            "## Ścieżki\nNowe ścieżki.\n\n## Plac zabaw\nBliżej wejścia.".into(),
        ),
        ("survey", survey.into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

#[tokio::test]
async fn a_consultation_speaks_english_and_ukrainian_and_links_its_survey() {
    let s = start().await;
    let admin = staff(&s).await;
    let save = "/api/consultations/save";

    // An unknown survey: at its field.
    let r = s
        .call(&admin, save, &refs(&draft_form("Park Dąbie", "999999")))
        .await;
    assert_eq!(
        problems(&r.json().await.unwrap()),
        vec![("survey".to_string(), "SurveyUnknown".to_string())]
    );

    // Publishing with the survey form but no survey: refused at the survey field.
    let r = s
        .call(
            &admin,
            save,
            &refs(&with(draft_form("Park Dąbie", ""), &[("publish", "yes")])),
        )
        .await;
    assert_eq!(
        problems(&r.json().await.unwrap()),
        vec![("survey".to_string(), "SurveyRequired".to_string())]
    );

    // A survey from the survey builder, linked; published.
    let db = Db::connect(&s.db_url).await.unwrap();
    let r = s
        .call(
            &admin,
            "/api/staff/surveys/create",
            &[("title_pl", "Ankieta o parku")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let survey = konto_app::surveys::store::all(&db).await.unwrap()[0].id;
    let r = s
        .call(
            &admin,
            save,
            &refs(&with(
                draft_form("Park Dąbie", &survey.to_string()),
                &[("publish", "yes")],
            )),
        )
        .await;
    let v: serde_json::Value = r.json().await.unwrap();
    assert!(problems(&v).is_empty(), "{v}");
    let id: i64 = s.count("SELECT MAX(id) FROM con_consultations").await;

    // The language versions, after publishing too. Residents and strangers may not.
    let languages = "/api/consultations/languages/save";
    let cid = id.to_string();
    let anna = s.resident("anna.lang@example.pl", "3").await;
    assert_eq!(
        s.call(&anna, languages, &[("consultation_id", &cid)])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.call(&s.browser(), languages, &[("consultation_id", &cid)])
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    // One section of two in English, no title in Ukrainian: each at its field.
    let bad = [
        ("consultation_id", cid.as_str()),
        ("title_en", "Dąbie Park"),
        ("summary_en", "How to change the park."),
        ("sections_en", "## Paths\nNew paths."),
        ("summary_uk", "Як змінити парк."),
    ];
    let r = s.call(&admin, languages, &bad).await;
    let mut got = problems(&r.json().await.unwrap());
    got.sort();
    assert_eq!(
        got,
        vec![
            ("sections_en".to_string(), "TranslationSections".to_string()),
            ("sections_uk".to_string(), "TranslationSections".to_string()),
            ("title_uk".to_string(), "FieldRequired".to_string()),
        ]
    );
    // Without JavaScript the same comes back at the fields, every value kept.
    let r = s.form(&admin, languages, &bad).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&r), format!("/staff/consultations/{id}/languages"));
    let (_, html) = s.page(&admin, &location(&r)).await;
    assert!(
        text(&html).contains("Tłumaczenie ma 1 sekcję, a dokument po polsku 2"),
        "{}",
        text(&html)
    );
    assert!(
        html.contains("## Paths\nNew paths.</textarea>"),
        "the translation is kept"
    );
    let good = [
        ("consultation_id", cid.as_str()),
        ("title_en", "Dąbie Park"),
        ("summary_en", "How to change the park."),
        (
            "sections_en",
            "## Paths\nNew paths.\n\n## Playground\nCloser to the gate.",
        ),
        ("title_uk", "Парк Дамбе"),
        ("summary_uk", "Як змінити парк."),
        ("easy_summary_uk", "Місто питає про парк."),
        (
            "sections_uk",
            "## Доріжки\nНові доріжки.\n\n## Дитячий майданчик\nБлижче до входу.",
        ),
    ];
    let r = s.call(&admin, languages, &good).await;
    let v: serde_json::Value = r.json().await.unwrap();
    assert!(problems(&v).is_empty(), "{v}");

    // Each visitor reads it in their language, marked as such; the anchors stay the same.
    let page = |lang: &'static str| {
        let s = &s;
        async move {
            let c = s.browser();
            let r = c
                .get(s.url(&format!("/consultations/{id}")))
                .header(ACCEPT, "text/html")
                .header("cookie", format!("ko_lang={lang}"))
                .send()
                .await
                .unwrap();
            r.text().await.unwrap()
        }
    };
    let pl = page("pl").await;
    let h1 = element(&pl, "<h1", "</h1>");
    assert!(
        h1.contains("lang=\"pl\"") && h1.contains("Park Dąbie"),
        "{h1}"
    );
    let en = page("en").await;
    let h1 = element(&en, "<h1", "</h1>");
    assert!(
        h1.contains("lang=\"en\"") && h1.contains("Dąbie Park"),
        "{h1}"
    );
    let h2 = element(&en, "<h2 id=\"h-sciezki\"", "</h2>");
    assert!(h2.contains("lang=\"en\"") && h2.contains("Paths"), "{h2}");
    assert!(text(&en).contains("Closer to the gate."));
    // No English easy-to-read summary: the Polish one, marked Polish.
    let easy = element(&en, "<details class=\"easy-read\"", "</details>");
    assert!(
        easy.contains("lang=\"pl\"") && easy.contains("Miasto pyta o park."),
        "{easy}"
    );
    let uk = page("uk").await;
    let h1 = element(&uk, "<h1", "</h1>");
    assert!(
        h1.contains("lang=\"uk\"") && h1.contains("Парк Дамбе"),
        "{h1}"
    );
    let h2 = element(&uk, "<h2 id=\"h-sciezki\"", "</h2>");
    assert!(h2.contains("lang=\"uk\"") && h2.contains("Доріжки"), "{h2}");
    let easy = element(&uk, "<details class=\"easy-read\"", "</details>");
    assert!(
        easy.contains("lang=\"uk\"") && easy.contains("Місто питає про парк."),
        "{easy}"
    );
    // The survey is linked from the page; the list and the feed are in the visitor's
    // language too (the feed, read by programs, stays Polish).
    assert!(
        pl.contains(&format!("href=\"/surveys/{survey}\"")),
        "{}",
        text(&pl)
    );
    let r = s.call(&s.browser(), "/api/consultations/list", &[]).await;
    let list: serde_json::Value = r.json().await.unwrap();
    assert!(list.to_string().contains("Park Dąbie"));
    let (_, feed) = s.page(&s.browser(), "/consultations/feed.atom").await;
    assert!(feed.contains("Park Dąbie"));
    db.pool.close().await;
}

#[tokio::test]
async fn a_polis_conversation_is_imported_whole_once_with_its_attribution() {
    use konto_app::consultations::polis::Conversation;
    let s = start().await;
    let db = Db::connect(&s.db_url).await.unwrap();
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/polis/15-per-hour-seattle");
    let conv = Conversation::read(&dir).unwrap();
    // A consultation without the opinion map among its forms is refused, nothing changed.
    let plain = consultation(&s, true).await;
    let plan = conv.import_plan(false);
    let err = store::import_polis(&db, plain, "x", &plan)
        .await
        .unwrap_err();
    assert!(
        matches!(err, store::ImportRefused::NoOpinionMap(_)),
        "{err}"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM con_statements").await, 0);

    // A consultation with the opinion map; two imports at the same moment: exactly one.
    let n = NewConsultation {
        title: "Płaca minimalna".into(),
        summary: "Rozmowa z Pol.is.".into(),
        easy_summary: String::new(),
        topic: Topic::Other,
        districts: Vec::new(),
        department: "Biuro".into(),
        contact: "biuro@example.pl".into(),
        moderation: Moderation::After,
        forms: vec![Form::OpinionMap, Form::Meeting, Form::Remarks],
        verified_only: false,
        timeline: Timeline {
            information_from: date(-10),
            opens: date(-3),
            closes: date(20),
            answers_by: date(50),
            report_by: date(60),
        },
        published: true,
    };
    let id = store::create(&db, &n, None).await.unwrap();
    let source = conv.attribution().expect("the conversation names pol.is");
    let (a, b) = tokio::join!(
        store::import_polis(&db, id, &source, &plan),
        store::import_polis(&db, id, &source, &plan)
    );
    assert!(a.is_ok() != b.is_ok(), "{a:?} {b:?}");
    let (statements, votes) = a.or(b).unwrap();
    let accepted = conv.statements.iter().filter(|s| s.moderated >= 0).count();
    assert_eq!(statements, accepted);
    assert_eq!(plan.skipped, conv.statements.len() - accepted);
    assert!(
        plan.skipped > 0,
        "this conversation has statements moderated out"
    );
    let kept_votes = conv
        .votes
        .iter()
        .filter(|(_, st, _)| conv.statements[*st as usize].moderated >= 0)
        .count();
    assert_eq!(votes, kept_votes);
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM con_statements WHERE consultation_id = {id}"
        ))
        .await,
        accepted as i64
    );
    assert_eq!(
        s.count(&format!("SELECT COUNT(*) FROM con_votes WHERE consultation_id = {id} AND participant LIKE 'polis:%'")).await,
        kept_votes as i64
    );
    // Whole texts, even beyond 280 characters.
    let longest = conv
        .statements
        .iter()
        .filter(|x| x.moderated >= 0)
        .map(|x| x.body.trim().chars().count())
        .max()
        .unwrap();
    assert!(longest > 280);
    assert_eq!(
        s.count(&format!(
            "SELECT MAX(LENGTH(text)) FROM con_statements WHERE consultation_id = {id}"
        ))
        .await,
        longest as i64
    );
    // A second import later is refused, nothing added.
    assert!(matches!(
        store::import_polis(&db, id, &source, &plan).await,
        Err(store::ImportRefused::NotEmpty(_))
    ));
    assert_eq!(
        s.count(&format!(
            "SELECT COUNT(*) FROM con_statements WHERE consultation_id = {id}"
        ))
        .await,
        accepted as i64
    );

    // The map is computed in the background as for votes cast here; its page and its
    // export carry the attribution.
    konto_app::consultations::api::compute_due_maps(&db)
        .await
        .unwrap();
    let r = s
        .call(
            &s.browser(),
            "/api/consultations/opinions",
            &[("consultation_id", &id.to_string())],
        )
        .await;
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["source"], source.as_str());
    assert!(
        v["map"]["participants"].as_u64().unwrap() > 0,
        "{}",
        v["map"]
    );
    let (_, page) = s
        .page(&s.browser(), &format!("/consultations/{id}/opinions"))
        .await;
    assert!(text(&page).contains("CC BY 4.0"), "{}", text(&page));
    let (status, summary) = s
        .page(
            &s.browser(),
            &format!("/consultations/{id}/opinions/summary.csv"),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(summary.contains("CC BY 4.0"), "{summary}");
    db.pool.close().await;
}
