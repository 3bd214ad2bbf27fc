//! What the server learns about a request before the application sees it.
use super::people::{DisplayPrefs, Viewer};
use super::session::SessionUser;
use super::Failure;
use crate::i18n::Lang;
use leptos::prelude::use_context;

/// Configuration the application needs at run time (the server reads it from the environment).
#[derive(Clone, Debug)]
pub struct Settings {
    /// Add `Secure` to cookies (set when the portal is served over TLS).
    pub secure_cookies: bool,
    /// A session ends after this many seconds without a request.
    pub session_idle_secs: i64,
    /// ... and in any case this many seconds after sign-in.
    pub session_max_secs: i64,
    /// Sign-in failures allowed per account, and per client address, in one window.
    pub login_limit_account: i64,
    pub login_limit_address: i64,
    pub login_window_secs: i64,
    /// Registrations allowed per client address per hour (slows down probing addresses).
    pub register_limit_address: i64,
    /// One-shot messages (a form's errors and kept values) one client address may leave in
    /// ten minutes: enough for a busy office behind one address, too few to fill the database.
    pub flash_limit_address: i64,
    /// The origin people reach the portal at, for links in e-mail (never taken from the
    /// request's Host header, which a client controls).
    pub public_origin: String,
    /// Where documents attached to consultations are kept (KO_DOCUMENTS_DIR, by default
    /// `<data folder>/documents`).
    pub documents_dir: std::path::PathBuf,
    /// The largest document accepted, in bytes (KO_DOCUMENT_LIMIT_BYTES, default 20 MB).
    pub document_limit: usize,
    /// Days before a tax's due day that its reminder comes (KO_TAX_REMIND_DAYS, default 7).
    pub tax_remind_days: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            secure_cookies: false,
            session_idle_secs: 2 * 3600,
            session_max_secs: 7 * 24 * 3600,
            login_limit_account: 5,
            login_limit_address: 20,
            login_window_secs: 15 * 60,
            register_limit_address: 10,
            flash_limit_address: 100,
            public_origin: "http://127.0.0.1:3000".into(),
            documents_dir: "data/documents".into(),
            document_limit: 20 * 1024 * 1024,
            tax_remind_days: 7,
        }
    }
}

/// Put into the request's extensions by the server's middleware.
#[derive(Clone, Debug)]
pub struct RequestCtx {
    pub session_token: Option<String>,
    pub user: Option<SessionUser>,
    pub client_ip: String,
    pub flash_id: Option<String>,
    pub nonce: String,
    /// The page's language and display, from the account or the browser's cookies.
    pub lang: Lang,
    pub prefs: DisplayPrefs,
    /// One-shot messages left by the previous plain form post (kind, payload), for pages.
    pub flash: Vec<(String, String)>,
}

/// The request context of the current server function or page render.
pub fn ctx() -> Result<RequestCtx, Failure> {
    use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<RequestCtx>().cloned())
        .ok_or(Failure::Internal)
}

/// A plain HTML form post (no JavaScript): the browser asked for a page back.
pub fn is_plain_form() -> bool {
    use_context::<http::request::Parts>()
        .and_then(|p| {
            p.headers
                .get(http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.contains("text/html"))
        })
        .unwrap_or(false)
}

/// Adds a `Set-Cookie` header to the response being built.
pub fn set_cookie(value: &str) {
    if let (Some(res), Ok(v)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(value),
    ) {
        res.append_header(http::header::SET_COOKIE, v);
    }
}

pub const LANG_COOKIE: &str = "ko_lang";
pub const DISPLAY_COOKIE: &str = "ko_display";

/// The value of one cookie from a `Cookie` header.
pub fn cookie_value(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The language and display for a user (or nobody), given what the browser sent.
pub fn lang_and_prefs(
    user: Option<&SessionUser>,
    headers: &http::HeaderMap,
) -> (Lang, DisplayPrefs) {
    let lang = user.map(|u| u.language).unwrap_or_else(|| {
        cookie_value(headers, LANG_COOKIE)
            .and_then(|c| Lang::from_code(&c))
            .or_else(|| {
                headers
                    .get(http::header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(Lang::negotiate)
            })
            .unwrap_or_default()
    });
    let prefs = match user {
        Some(u) => DisplayPrefs {
            contrast: u.contrast,
            text_size: u.text_size,
        },
        None => cookie_value(headers, DISPLAY_COOKIE)
            .map(|c| DisplayPrefs::from_cookie(&c))
            .unwrap_or_default(),
    };
    (lang, prefs)
}

/// Builds the request context: looks up the session and, for page loads, takes the
/// flash left by a previous form post.
pub async fn resolve(
    db: &super::Db,
    settings: &Settings,
    headers: &http::HeaderMap,
    client_ip: String,
    nonce: String,
    take_flash: bool,
) -> RequestCtx {
    let session_token = cookie_value(headers, super::session::COOKIE).filter(|t| t.len() == 64);
    let user = match &session_token {
        Some(t) => super::session::lookup(db, settings, t)
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "session lookup failed");
                None
            }),
        None => None,
    };
    let flash_id = cookie_value(headers, super::flash::COOKIE).filter(|t| t.len() == 32);
    let (lang, prefs) = lang_and_prefs(user.as_ref(), headers);
    let mut flash = Vec::new();
    if take_flash {
        if let Some(id) = &flash_id {
            flash = super::flash::take_all(db, id).await.unwrap_or_default();
        }
    }
    RequestCtx {
        session_token: if user.is_some() { session_token } else { None },
        user,
        client_ip,
        flash_id,
        nonce,
        lang,
        prefs,
        flash,
    }
}

/// Who is signed in, as the header shows them.
pub fn viewer_of(user: Option<&SessionUser>) -> Option<Viewer> {
    user.map(|u| Viewer {
        name: u.display_name.clone(),
        role: u.role,
    })
}
