//! Helpers shared by the HTTP-level test files.
#![allow(dead_code)]
use konto_server::config::AdminSeed;
pub use konto_server::Config;
pub use reqwest::header::{ACCEPT, CONTENT_TYPE, LOCATION, ORIGIN, SET_COOKIE};
pub use reqwest::{redirect::Policy, Client, Response, StatusCode};
pub use sqlx::Row;

pub const ADMIN_EMAIL: &str = "admin@test.krakow.pl";
pub const ADMIN_PASSWORD: &str = "admin password 2026";

pub struct Server {
    pub base: String,
    pub db_url: String,
    /// The server's key file (outside the database).
    pub key_file: std::path::PathBuf,
    pub stop: Option<tokio::sync::oneshot::Sender<()>>,
    pub task: Option<tokio::task::JoinHandle<()>>,
    _dir: Option<TempDir>,
    _keys: TempDir,
}

pub struct TempDir(std::path::PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

pub fn unique() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!(
        "{}_{}_{}",
        std::process::id(),
        t % 1_000_000_000,
        N.fetch_add(1, Ordering::SeqCst)
    )
}

pub async fn database() -> (String, Option<TempDir>) {
    match std::env::var("KO_TEST_BACKEND").as_deref() {
        Ok("postgres") => {
            let admin = std::env::var("KO_TEST_POSTGRES_URL")
                .expect("KO_TEST_BACKEND=postgres needs KO_TEST_POSTGRES_URL");
            sqlx::any::install_default_drivers();
            let name = format!("ko_test_{}", unique());
            let pool = sqlx::AnyPool::connect(&admin)
                .await
                .expect("connect to the test cluster");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&pool)
                .await
                .expect("create test database");
            pool.close().await;
            let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap();
            (format!("{base}/{name}"), None)
        }
        _ => {
            let dir = std::env::temp_dir().join(format!("konto-test-{}", unique()));
            std::fs::create_dir_all(&dir).unwrap();
            (
                format!("sqlite://{}/konto.db", dir.display()),
                Some(TempDir(dir)),
            )
        }
    }
}

pub async fn start_with(tune: impl FnOnce(&mut Config)) -> Server {
    let (db_url, dir) = database().await;
    start_on(db_url, dir, tune).await
}

/// A server on an existing database (several instances may share one).
pub async fn start_on(
    db_url: String,
    dir: Option<TempDir>,
    tune: impl FnOnce(&mut Config),
) -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut config = Config::from_env().unwrap();
    config.addr = addr;
    config.database_url = db_url.clone();
    config.demo = false;
    config.site_root = "target/site".into();
    config.first_admin = Some(AdminSeed {
        email: ADMIN_EMAIL.into(),
        password: ADMIN_PASSWORD.into(),
        name: "Ada Admin".into(),
    });
    config.settings.public_origin = format!("http://{addr}");
    config.smtp_url = None;
    // The news job runs when a test calls it (news.rs), at the moments the test chooses.
    config.news_job = false;
    // Every test talks from 127.0.0.1; the limit itself is tested in security.rs.
    config.settings.flash_limit_address = 1_000_000;
    let keys = std::env::temp_dir().join(format!("konto-keys-{}", unique()));
    config.data_dir = keys.clone();
    config.key_file = keys.join("server.keys");
    tune(&mut config);
    let key_file = config.key_file.clone();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        konto_server::serve(config, listener, async move {
            let _ = rx.await;
        })
        .await
        .expect("server runs");
    });
    let server = Server {
        base: format!("http://{addr}"),
        db_url,
        key_file,
        stop: Some(tx),
        task: Some(task),
        _dir: dir,
        _keys: TempDir(keys),
    };
    // Wait until migrations are done and the server answers.
    let c = server.browser();
    for _ in 0..200 {
        if let Ok(r) = c.get(server.url("/readyz")).send().await {
            if r.status() == StatusCode::OK {
                return server;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("server did not become ready");
}

pub async fn start() -> Server {
    start_with(|_| {}).await
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A browser: keeps cookies, does not follow redirects (the tests check them).
    pub fn browser(&self) -> Client {
        Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .unwrap()
    }

    /// A plain HTML form post, as a browser without JavaScript sends it.
    pub async fn form(&self, c: &Client, path: &str, fields: &[(&str, &str)]) -> Response {
        self.post(c, path, fields, "text/html,application/xhtml+xml,*/*;q=0.8")
            .await
    }

    /// A server-function call as the hydrated app makes it (JSON answer).
    pub async fn call(&self, c: &Client, path: &str, fields: &[(&str, &str)]) -> Response {
        self.post(c, path, fields, "application/json").await
    }

    pub async fn post(
        &self,
        c: &Client,
        path: &str,
        fields: &[(&str, &str)],
        accept: &str,
    ) -> Response {
        c.post(self.url(path))
            .header(ACCEPT, accept)
            .header(ORIGIN, &self.base)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(encode(fields))
            .send()
            .await
            .unwrap()
    }

    /// A budget page or download once its pool is counted: the counting job works off the
    /// request, and until it is done the answer is 503 "being counted".
    pub async fn counted(&self, c: &Client, path: &str) -> (StatusCode, String) {
        for _ in 0..600 {
            let r = c
                .get(self.url(path))
                .header(ACCEPT, "text/html")
                .send()
                .await
                .unwrap();
            if r.status() != StatusCode::SERVICE_UNAVAILABLE {
                let s = r.status();
                return (s, r.text().await.unwrap());
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("{path} was not counted within a minute");
    }

    pub async fn page(&self, c: &Client, path: &str) -> (StatusCode, String) {
        let r = c
            .get(self.url(path))
            .header(ACCEPT, "text/html")
            .send()
            .await
            .unwrap();
        let s = r.status();
        (s, r.text().await.unwrap())
    }

    pub async fn register(&self, c: &Client, email: &str, password: &str, name: &str) -> Response {
        self.form(
            c,
            "/api/register",
            &[
                ("email", email),
                ("password", password),
                ("name", name),
                ("district", "13"),
            ],
        )
        .await
    }

    /// The newest mail queued for an address: (subject, body).
    pub async fn last_mail(&self, to: &str) -> (String, String) {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.db_url).await.unwrap();
        let r = sqlx::query(
            "SELECT subject, body FROM mail_outbox WHERE to_addr = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(to)
        .fetch_one(&pool)
        .await
        .expect("a mail was queued");
        pool.close().await;
        (r.get(0), r.get(1))
    }

    /// Registers and follows the link from the confirmation mail: signed in afterwards.
    pub async fn register_confirmed(
        &self,
        c: &Client,
        email: &str,
        password: &str,
        name: &str,
    ) -> Response {
        let r = self.register(c, email, password, name).await;
        assert_eq!(location(&r), "/register/check-email");
        let (_, body) = self.last_mail(email).await;
        let token = body
            .split("token=")
            .nth(1)
            .expect("a confirmation link")
            .split_whitespace()
            .next()
            .unwrap()
            .to_string();
        let r = self
            .form(
                c,
                "/api/confirm_registration",
                &[("token", &token), ("password", password)],
            )
            .await;
        assert_eq!(location(&r), "/account");
        r
    }

    pub async fn sign_in(&self, c: &Client, email: &str, password: &str) -> Response {
        self.form(
            c,
            "/api/sign_in",
            &[
                ("email", email),
                ("password", password),
                ("return_to", "/account"),
            ],
        )
        .await
    }

    /// A new resident of `district`, registered and confirmed by the e-mailed link, signed in.
    pub async fn resident(&self, email: &str, district: &str) -> Client {
        let c = self.browser();
        let r = self
            .form(
                &c,
                "/api/register",
                &[
                    ("email", email),
                    ("password", "correct horse battery"),
                    ("name", "Mieszkanka"),
                    ("district", district),
                ],
            )
            .await;
        assert_eq!(location(&r), "/register/check-email");
        let (_, body) = self.last_mail(email).await;
        let token = body
            .split("token=")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_string();
        assert_eq!(
            location(
                &self
                    .form(
                        &c,
                        "/api/confirm_registration",
                        &[("token", &token), ("password", "correct horse battery")]
                    )
                    .await
            ),
            "/account"
        );
        c
    }

    /// The server's keys, read from its key file.
    pub fn keys(&self) -> konto_app::platform::keys::Keys {
        konto_app::platform::keys::Keys::from_file_text(
            &std::fs::read_to_string(&self.key_file).expect("a key file"),
        )
        .unwrap()
    }

    /// The tables of the database, from its own catalogue (so a new table is never missed).
    pub async fn tables(&self) -> Vec<String> {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.db_url).await.unwrap();
        let sql = if self.db_url.starts_with("postgres") {
            "SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_sqlx_migrations'"
        } else {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'"
        };
        let names = sqlx::query(sql)
            .fetch_all(&pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect();
        pool.close().await;
        names
    }

    /// The columns of a table, sorted.
    pub async fn columns(&self, table: &str) -> Vec<String> {
        let pool = sqlx::AnyPool::connect(&self.db_url).await.unwrap();
        let sql = if self.db_url.starts_with("postgres") {
            format!("SELECT CAST(column_name AS TEXT) FROM information_schema.columns WHERE table_name = '{table}'")
        } else {
            format!("SELECT name FROM pragma_table_info('{table}')")
        };
        let mut names: Vec<String> = sqlx::query(&sql)
            .fetch_all(&pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        pool.close().await;
        names.sort();
        names
    }

    /// Every column (`table.column`) that refers to an account, from the schema's own foreign
    /// keys: what "download all my data" must cover.
    pub async fn account_columns(&self) -> Vec<String> {
        let pool = sqlx::AnyPool::connect(&self.db_url).await.unwrap();
        let mut out = Vec::new();
        if self.db_url.starts_with("postgres") {
            let rows = sqlx::query(
                "SELECT CAST(kcu.table_name AS TEXT), CAST(kcu.column_name AS TEXT)
                 FROM information_schema.table_constraints tc
                 JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
                 JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
                 WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'users'",
            )
            .fetch_all(&pool)
            .await
            .unwrap();
            out.extend(
                rows.iter()
                    .map(|r| format!("{}.{}", r.get::<String, _>(0), r.get::<String, _>(1))),
            );
        } else {
            for t in self.tables().await {
                let rows = sqlx::query(&format!(
                    "SELECT \"from\" FROM pragma_foreign_key_list('{t}') WHERE \"table\" = 'users'"
                ))
                .fetch_all(&pool)
                .await
                .unwrap();
                out.extend(
                    rows.iter()
                        .map(|r| format!("{t}.{}", r.get::<String, _>(0))),
                );
            }
        }
        pool.close().await;
        out.sort();
        out.dedup();
        out
    }

    /// Every place (table.column) in the database whose text contains `needle`.
    pub async fn find_in_database(&self, needle: &str) -> Vec<String> {
        use sqlx::Column;
        let tables = self.tables().await;
        let pool = sqlx::AnyPool::connect(&self.db_url).await.unwrap();
        let mut found = Vec::new();
        for t in tables {
            for row in sqlx::query(&format!("SELECT * FROM {t}"))
                .fetch_all(&pool)
                .await
                .unwrap()
            {
                for (i, col) in row.columns().iter().enumerate() {
                    if let Ok(Some(v)) = row.try_get::<Option<String>, _>(i) {
                        if v.to_lowercase().contains(&needle.to_lowercase()) {
                            found.push(format!("{t}.{}", col.name()));
                        }
                    }
                }
            }
        }
        pool.close().await;
        found
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.db_url).await.unwrap();
        let n: i64 = sqlx::query(sql).fetch_one(&pool).await.unwrap().get(0);
        pool.close().await;
        n
    }
}

pub fn encode(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn location(r: &Response) -> String {
    r.headers()
        .get(LOCATION)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

pub fn session_cookie(r: &Response) -> Option<String> {
    r.headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("ko_session="))
        .map(|v| v.to_string())
}

/// The visible text of a page: tags dropped, whitespace collapsed, no-break spaces as spaces.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut tag = false;
    for c in html.chars() {
        match c {
            '<' => tag = true,
            '>' => {
                tag = false;
                out.push(' ');
            }
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{a0}', " ")
}

/// The (field, problem) pairs of a form's JSON reply that was refused.
pub fn problems(v: &serde_json::Value) -> Vec<(String, String)> {
    v["Invalid"]["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    let p = &e["problem"];
                    let name = p.as_str().map(str::to_string).unwrap_or_else(|| {
                        p.as_object()
                            .and_then(|o| o.keys().next().cloned())
                            .unwrap_or_default()
                    });
                    (e["field"].as_str().unwrap_or("").to_string(), name)
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Owned form fields as the borrowed pairs the request helpers take.
pub fn refs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

/// A Kraków date `days` from today (`YYYY-MM-DD`), as date fields take it.
pub fn day(days: i64) -> String {
    konto_app::platform::krakow_time::date(konto_app::platform::now() + days * 86_400)
}

/// A multipart/form-data body: (name, file name for a file part, value).
pub fn multipart(fields: &[(&str, Option<&str>, &str)]) -> (String, Vec<u8>) {
    let boundary = "----kontoBoundary7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, file, value) in fields {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match file {
            Some(f) => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: text/plain\r\n\r\n").as_bytes()),
            None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
        }
        body.extend_from_slice(value.as_bytes());
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// The clerk's new-edition form with dates `days` from today (submission opens, closes,
/// voting opens, closes, results).
pub fn edition_form(name: &str, dates: [i64; 5]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = vec![("name".into(), name.into())];
    for (k, f) in [
        "submission_opens",
        "submission_closes",
        "voting_opens",
        "voting_closes",
        "results_at",
    ]
    .iter()
    .enumerate()
    {
        v.push((f.to_string(), day(dates[k])));
    }
    v.extend(
        [
            ("rule", "krakow"),
            ("picks", "1"),
            ("min_picks", "1"),
            ("points", "10"),
            ("official", "greedy"),
            ("city_budget", "1 000 000"),
            ("district_budget", "200 000"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string())),
    );
    v
}

pub fn with(mut v: Vec<(String, String)>, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    for (k, x) in changes {
        match v.iter_mut().find(|(a, _)| a == k) {
            Some(e) => e.1 = x.to_string(),
            None => v.push((k.to_string(), x.to_string())),
        }
    }
    v
}

/// A minimal SMTP server on loopback that records what it receives.
pub async fn smtp_sink() -> (u16, std::sync::Arc<tokio::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let got = std::sync::Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let store = got.clone();
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            let store = store.clone();
            tokio::spawn(async move {
                let (r, mut w) = sock.into_split();
                let mut lines = BufReader::new(r).lines();
                w.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(d) = data.as_mut() {
                        if line == "." {
                            store.lock().await.push(data.take().unwrap());
                            w.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            d.push_str(&line);
                            d.push('\n');
                        }
                        continue;
                    }
                    let cmd = line.to_ascii_uppercase();
                    let reply: &[u8] = if cmd.starts_with("EHLO") || cmd.starts_with("HELO") {
                        b"250 sink\r\n"
                    } else if cmd.starts_with("DATA") {
                        data = Some(String::new());
                        b"354 go ahead\r\n"
                    } else if cmd.starts_with("QUIT") {
                        let _ = w.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"250 ok\r\n"
                    };
                    w.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, got)
}
