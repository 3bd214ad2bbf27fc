//! Results of a survey with 100,000 responses and 20 questions, computed and rendered.
//!
//! `cargo bench -p konto-server --bench survey_results` builds a throw-away SQLite database
//! with generated responses, then times (a) reading and aggregating every response and
//! (b) the whole results page as a browser gets it: HTTP request, aggregation, server-side
//! rendering of the charts and tables, the first view (which aggregates) and repeat views
//! (which take the kept results). Prints the median and range of several runs.
use konto_app::platform::{krakow_time as kt, Db};
use konto_app::surveys::{store, Audience, Kind, Question, SurveyDef, Text};
use konto_server::seed_surveys::generate;
use std::time::{Duration, Instant};

const RESPONSES: usize = 100_000;
const RUNS: usize = 7;

fn definition() -> SurveyDef {
    let mut def = konto_server::seed_surveys::satisfaction(2024);
    // Eight more questions, of every kind, to make 20.
    let kinds = [
        Kind::Scale,
        Kind::Single,
        Kind::Multi,
        Kind::Grid,
        Kind::Nps,
        Kind::Scale,
        Kind::Short,
        Kind::Single,
    ];
    for (i, k) in kinds.into_iter().enumerate() {
        let n = 13 + i;
        let mut q = Question::new(
            &format!("q{n}"),
            4,
            k,
            Text::pl(&format!("Pytanie dodatkowe {n}")),
        );
        q.required = true;
        if matches!(k, Kind::Single | Kind::Multi) {
            q.options = (1..=6)
                .map(|o| Text::pl(&format!("Odpowiedź {o}")))
                .collect();
        }
        if k == Kind::Grid {
            q.items = (1..=4).map(|o| Text::pl(&format!("Element {o}"))).collect();
        }
        def.questions.push(q);
    }
    assert_eq!(def.questions.len(), 20);
    def
}

fn stats(mut v: Vec<Duration>) -> String {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "median {:.0} ms (min {:.0}, max {:.0}, {} runs)",
        ms(v[v.len() / 2]),
        ms(v[0]),
        ms(v[v.len() - 1]),
        v.len()
    )
}

#[tokio::main]
async fn main() {
    let dir = std::env::temp_dir().join(format!("konto-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/bench.db", dir.display());
    let db = Db::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    let def = definition();
    let settings = store::Settings {
        opens_at: kt::parse_local("2024-09-21", "", (0, 0)).unwrap(),
        closes_at: kt::parse_local("2024-10-31", "23:59", (0, 0)).unwrap(),
        audience: Audience::Anyone,
        districts: vec![],
        anonymous: true,
        public_results: true,
    };
    // The survey belongs to nobody in particular (no users in this database).
    let id = {
        use sqlx::Row;
        sqlx::query("INSERT INTO users (email, password_hash, display_name, district, role, language, contrast, text_size, created_at, updated_at) VALUES ('b@example.pl', 'x', 'B', 1, 'clerk', 'pl', 'standard', 'standard', 0, 0) RETURNING id")
            .fetch_one(&db.pool)
            .await
            .map(|r| r.get::<i64, _>(0))
            .unwrap();
        store::create(&db, &def, &settings, 1).await.unwrap()
    };
    let t = Instant::now();
    for chunk in 0..10 {
        let rows = generate(
            &def,
            RESPONSES / 10,
            settings.opens_at,
            settings.closes_at,
            true,
            chunk as u64 + 1,
        );
        store::insert_responses(&db, id, &rows).await.unwrap();
    }
    eprintln!(
        "generated and stored {RESPONSES} responses in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let mut raw = Vec::new();
    for _ in 0..RUNS {
        use futures::TryStreamExt;
        use sqlx::Row;
        let t = Instant::now();
        let mut bytes = 0;
        let mut rows = sqlx::query("SELECT id, district, answers, day FROM survey_responses WHERE survey_id = $1 ORDER BY id").bind(id).fetch(&db.pool);
        while let Some(r) = rows.try_next().await.unwrap() {
            bytes += r.get::<&str, _>(2).len();
        }
        raw.push(t.elapsed());
        assert!(bytes > 0);
    }
    println!(
        "read the {RESPONSES} rows only (sqlx, SQLite): {}",
        stats(raw)
    );
    let mut read = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let mut n = 0;
        store::each_response(&db, id, |_| n += 1).await.unwrap();
        read.push(t.elapsed());
        assert_eq!(n, RESPONSES);
    }
    println!(
        "read and parse into maps (the export path): {}",
        stats(read)
    );
    let mut agg = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let r = store::results(&db, &def, id).await.unwrap();
        agg.push(t.elapsed());
        assert_eq!(r.responses, RESPONSES as u64);
    }
    println!(
        "read and aggregate {RESPONSES} responses × 20 questions: {}",
        stats(agg)
    );

    // The whole page over HTTP on loopback.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut config = konto_server::Config::from_env().unwrap();
    config.addr = addr;
    config.database_url = url.clone();
    config.demo = false;
    config.first_admin = None;
    config.site_root = "target/site".into();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(konto_server::serve(config, listener, async move {
        let _ = rx.await;
    }));
    let client = reqwest::Client::new();
    let page = format!("http://{addr}/surveys/{id}/results");
    for _ in 0..50 {
        if client
            .get(format!("http://{addr}/readyz"))
            .send()
            .await
            .is_ok()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The first view aggregates (nothing is kept yet); every later view takes the kept
    // results, since nothing they are made of has changed.
    let view = || async {
        let t = Instant::now();
        let r = client
            .get(&page)
            .header("accept-encoding", "identity")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let body = r.text().await.unwrap();
        let took = t.elapsed();
        assert!(body.contains("100000 odpowiedzi"));
        (took, body.len())
    };
    let (first, size) = view().await;
    let mut repeat = Vec::new();
    for _ in 0..RUNS * 3 {
        repeat.push(view().await.0);
    }
    println!(
        "results page (HTTP, SSR) for {RESPONSES} responses, {} KB of HTML: first view {:.0} ms (aggregates); repeat view {}",
        size / 1024,
        first.as_secs_f64() * 1000.0,
        stats(repeat)
    );
    let _ = tx.send(());
    let _ = server.await;
    let _ = std::fs::remove_dir_all(&dir);
}
