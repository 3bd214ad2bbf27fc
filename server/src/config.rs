//! Configuration from environment variables (documented in the README).
use konto_app::platform::Settings;
use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct AdminSeed {
    pub email: String,
    pub password: String,
    pub name: String,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    pub site_root: String,
    /// cargo-leptos' list of the built files' content hashes (`KO_HASH_FILE`, else
    /// `hash.txt` beside the server binary, where a release build puts it).
    pub hash_file: std::path::PathBuf,
    pub settings: Settings,
    pub trust_proxy: bool,
    /// The origin browsers see (e.g. https://konto.krakow.pl) when behind a proxy.
    pub public_origin: Option<String>,
    pub body_limit: usize,
    pub demo: bool,
    pub first_admin: Option<AdminSeed>,
    pub log_json: bool,
    /// `smtp://user:password@host:port` of the relay that delivers mail; without it mail
    /// stays in the outbox.
    pub smtp_url: Option<String>,
    /// Whether this instance runs the budget's counting job (KO_COUNTING_JOB, default on; at
    /// least one instance must).
    pub counting_job: bool,
    /// Whether this instance runs the consultations' news job (KO_NEWS_JOB, default on; a
    /// lease makes one instance do each round).
    pub news_job: bool,
    /// The folder for files the server keeps (KO_DATA_DIR, default `data`).
    pub data_dir: std::path::PathBuf,
    /// Where consultation documents are kept (KO_DOCUMENTS_DIR; None: `<data folder>/documents`).
    pub documents_dir: Option<std::path::PathBuf>,
    /// The server's key file (KO_KEY_FILE, default `<data folder>/keys/server.keys`).
    pub key_file: std::path::PathBuf,
    /// The keys that sign tickets (KO_TICKET_KEY_FILE, default `<data folder>/keys/tickets.keys`;
    /// KO_TICKET_KEYS in the environment takes precedence).
    pub ticket_key_file: Option<std::path::PathBuf>,
    pub mail_from: String,
    /// Development only: show the outbox at /dev/outbox (never in production).
    pub dev_outbox: bool,
    /// How long a public page seen by nobody in particular is handed out again
    /// (KO_PAGE_CACHE_MS, default 1000; 0 turns it off). See `page_cache`.
    pub page_cache: std::time::Duration,
    /// The real payment provider (KO_P24_BASE_URL, KO_P24_MERCHANT_ID, KO_P24_POS_ID,
    /// KO_P24_CRC, KO_P24_API_KEY); None: the sandbox inside this server.
    pub p24: Option<P24Config>,
    /// Trunk's build of the inspectors' app, served under /inspector/ (KO_INSPECTOR_DIR,
    /// default `inspector` beside the site root: `target/inspector`).
    pub inspector_dir: std::path::PathBuf,
    /// The key of the tax system's feed to `POST /taxes/import` (KO_TAX_IMPORT_KEY, at least
    /// 32 characters; without it the feed is off).
    pub tax_import_key: Option<String>,
    /// How long an order waits for its payment (KO_ORDER_MINUTES, default 15).
    pub order_minutes: i64,
    /// The sandbox repeats notifications this many times faster than the real provider's
    /// schedule (KO_P24_SANDBOX_SPEED, default 60: minutes become seconds).
    pub sandbox_speed: i64,
}

#[derive(Clone)]
pub struct P24Config {
    pub base_url: String,
    pub merchant_id: i64,
    pub pos_id: i64,
    pub crc: String,
    pub api_key: String,
}

impl std::fmt::Debug for P24Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("P24Config")
            .field("base_url", &self.base_url)
            .field("merchant_id", &self.merchant_id)
            .field("pos_id", &self.pos_id)
            .finish_non_exhaustive()
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn flag(name: &str) -> bool {
    var(name).is_some_and(|v| matches!(v.as_str(), "1" | "true" | "yes" | "on"))
}

impl Config {
    /// The ticket keys' file: KO_TICKET_KEY_FILE, or `<data folder>/keys/tickets.keys`.
    pub fn ticket_key_path(&self) -> std::path::PathBuf {
        self.ticket_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("keys").join("tickets.keys"))
    }

    /// The sandbox provider's merchant keys: `<data folder>/keys/p24-sandbox.keys`.
    pub fn sandbox_key_path(&self) -> std::path::PathBuf {
        self.data_dir.join("keys").join("p24-sandbox.keys")
    }

    pub fn from_env() -> Result<Config, String> {
        let addr = var("KO_ADDR")
            .or_else(|| var("LEPTOS_SITE_ADDR"))
            .unwrap_or_else(|| "127.0.0.1:3000".into())
            .parse()
            .map_err(|e| format!("KO_ADDR: {e}"))?;
        let public_origin = var("KO_PUBLIC_ORIGIN").map(|o| o.trim_end_matches('/').to_string());
        let mut settings = Settings {
            secure_cookies: flag("KO_SECURE_COOKIES")
                || public_origin
                    .as_deref()
                    .is_some_and(|o| o.starts_with("https://")),
            ..Settings::default()
        };
        if let Some(m) = var("KO_SESSION_IDLE_MINUTES") {
            settings.session_idle_secs = m
                .parse::<i64>()
                .map_err(|e| format!("KO_SESSION_IDLE_MINUTES: {e}"))?
                * 60;
        }
        if let Some(n) = var("KO_LOGIN_LIMIT_ACCOUNT") {
            settings.login_limit_account = n
                .parse()
                .map_err(|e| format!("KO_LOGIN_LIMIT_ACCOUNT: {e}"))?;
        }
        if let Some(n) = var("KO_LOGIN_LIMIT_ADDRESS") {
            settings.login_limit_address = n
                .parse()
                .map_err(|e| format!("KO_LOGIN_LIMIT_ADDRESS: {e}"))?;
        }
        if let Some(n) = var("KO_REGISTER_LIMIT_ADDRESS") {
            settings.register_limit_address = n
                .parse()
                .map_err(|e| format!("KO_REGISTER_LIMIT_ADDRESS: {e}"))?;
        }
        if let Some(n) = var("KO_TAX_REMIND_DAYS") {
            settings.tax_remind_days = n
                .parse::<i64>()
                .ok()
                .filter(|d| (1..=60).contains(d))
                .ok_or("KO_TAX_REMIND_DAYS: a number of days from 1 to 60")?;
        }
        if let Some(n) = var("KO_DOCUMENT_LIMIT_BYTES") {
            settings.document_limit = n
                .parse()
                .map_err(|e| format!("KO_DOCUMENT_LIMIT_BYTES: {e}"))?;
        }
        if let Some(n) = var("KO_FLASH_LIMIT_ADDRESS") {
            settings.flash_limit_address = n
                .parse()
                .map_err(|e| format!("KO_FLASH_LIMIT_ADDRESS: {e}"))?;
        }
        settings.public_origin = public_origin
            .clone()
            .unwrap_or_else(|| format!("http://{addr}"));
        let first_admin = match (var("KO_ADMIN_EMAIL"), var("KO_ADMIN_PASSWORD")) {
            (Some(email), Some(password)) => Some(AdminSeed {
                email,
                password,
                name: var("KO_ADMIN_NAME").unwrap_or_else(|| "Administrator".into()),
            }),
            (Some(_), None) => return Err("KO_ADMIN_EMAIL needs KO_ADMIN_PASSWORD".into()),
            // A password alone is what `create-admin` reads; it seeds nothing by itself.
            (None, _) => None,
        };
        let data_dir =
            std::path::PathBuf::from(var("KO_DATA_DIR").unwrap_or_else(|| "data".into()));
        let key_file = var("KO_KEY_FILE")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| data_dir.join("keys").join("server.keys"));
        let ticket_key_file = var("KO_TICKET_KEY_FILE").map(std::path::PathBuf::from);
        let p24 = match var("KO_P24_BASE_URL") {
            None => None,
            Some(base_url) => {
                let need = |n: &str| var(n).ok_or_else(|| format!("KO_P24_BASE_URL needs {n}"));
                let number = |n: &str| -> Result<i64, String> {
                    need(n)?.parse().map_err(|e| format!("{n}: {e}"))
                };
                let merchant_id = number("KO_P24_MERCHANT_ID")?;
                Some(P24Config {
                    base_url: base_url.trim_end_matches('/').to_string(),
                    merchant_id,
                    pos_id: match var("KO_P24_POS_ID") {
                        Some(_) => number("KO_P24_POS_ID")?,
                        None => merchant_id,
                    },
                    crc: need("KO_P24_CRC")?,
                    api_key: need("KO_P24_API_KEY")?,
                })
            }
        };
        let positive = |n: &str, default: i64| -> Result<i64, String> {
            match var(n) {
                None => Ok(default),
                Some(v) => match v.parse::<i64>() {
                    Ok(x) if x > 0 => Ok(x),
                    _ => Err(format!("{n}: a whole number above 0")),
                },
            }
        };
        let site_root = var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into());
        let inspector_dir = var("KO_INSPECTOR_DIR")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| {
                std::path::Path::new(&site_root)
                    .parent()
                    .unwrap_or(std::path::Path::new("."))
                    .join("inspector")
            });
        let tax_import_key = match var("KO_TAX_IMPORT_KEY") {
            None => None,
            Some(k) if k.trim().len() >= 32 => Some(k.trim().to_string()),
            Some(_) => return Err("KO_TAX_IMPORT_KEY: at least 32 characters".into()),
        };
        Ok(Config {
            p24,
            inspector_dir,
            tax_import_key,
            order_minutes: positive("KO_ORDER_MINUTES", 15)?,
            sandbox_speed: positive("KO_P24_SANDBOX_SPEED", 60)?,
            addr,
            ticket_key_file,
            data_dir,
            documents_dir: var("KO_DOCUMENTS_DIR").map(std::path::PathBuf::from),
            key_file,
            counting_job: var("KO_COUNTING_JOB")
                .map(|v| v != "0" && v != "off")
                .unwrap_or(true),
            news_job: var("KO_NEWS_JOB")
                .map(|v| v != "0" && v != "off")
                .unwrap_or(true),
            database_url: var("DATABASE_URL").unwrap_or_else(|| "sqlite://data/konto.db".into()),
            site_root,
            hash_file: var("KO_HASH_FILE")
                .map(std::path::PathBuf::from)
                .unwrap_or_else(|| {
                    std::env::current_exe()
                        .ok()
                        .and_then(|p| p.parent().map(|d| d.join("hash.txt")))
                        .unwrap_or_else(|| "hash.txt".into())
                }),
            settings,
            trust_proxy: flag("KO_TRUST_PROXY"),
            public_origin,
            body_limit: var("KO_BODY_LIMIT_BYTES")
                .and_then(|v| v.parse().ok())
                .unwrap_or(64 * 1024),
            demo: flag("KO_DEMO"),
            first_admin,
            log_json: var("KO_LOG_FORMAT").is_some_and(|f| f == "json"),
            smtp_url: var("KO_SMTP_URL"),
            mail_from: var("KO_MAIL_FROM")
                .unwrap_or_else(|| "Konto Obywatelskie <no-reply@konto.krakow.pl>".into()),
            dev_outbox: flag("KO_DEV_OUTBOX"),
            page_cache: std::time::Duration::from_millis(match var("KO_PAGE_CACHE_MS") {
                Some(ms) => ms.parse().map_err(|e| format!("KO_PAGE_CACHE_MS: {e}"))?,
                None => 1000,
            }),
        })
    }
}
