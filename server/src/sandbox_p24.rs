//! The sandbox provider: a stand-in for Przelewy24 inside the server, under `/sandbox/p24`,
//! that speaks its REST API v1 (register, the payment page by token, notifications to
//! `urlStatus` with their sign, verify, refund), with its own merchant keys
//! (`<data folder>/keys/p24-sandbox.keys`). The portal talks to it through the same adapter
//! it would use with the real provider (`konto_app::payments::provider::P24`); it is the
//! default in `scripts/run` and in the tests, and switched off by configuring a real
//! provider (KO_P24_BASE_URL and its keys).
//!
//! Its payment page offers pay, decline and abandon. A payment is notified at once and then
//! again on the provider's schedule (compressed by KO_P24_SANDBOX_SPEED in development)
//! until the merchant verifies it.
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post, put},
    Form, Json, Router,
};
use konto_app::payments::p24;
use konto_app::platform::{now, random_hex, Db};
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;

/// The merchant account the sandbox knows (the portal is configured with the same values).
#[derive(Clone)]
pub struct SandboxKeys {
    pub merchant_id: i64,
    pub crc: String,
    pub api_key: String,
}

impl SandboxKeys {
    fn parse(text: &str) -> Option<SandboxKeys> {
        let get = |k: &str| {
            text.lines()
                .find_map(|l| l.trim().strip_prefix(k)?.strip_prefix('='))
                .map(|v| v.trim().to_string())
        };
        Some(SandboxKeys {
            merchant_id: get("merchant-id")?.parse().ok()?,
            crc: get("crc")?,
            api_key: get("api-key")?,
        })
    }

    /// The keys in `path`, written there (mode 0600) the first time.
    pub fn load_or_create(path: &std::path::Path) -> std::io::Result<SandboxKeys> {
        let bad = || std::io::Error::other(format!("{}: not a sandbox key file", path.display()));
        if let Ok(text) = std::fs::read_to_string(path) {
            return SandboxKeys::parse(&text).ok_or_else(bad);
        }
        let merchant_id = 100_000 + (rand::random::<u32>() % 900_000) as i64;
        let text = format!(
            "# The sandbox payment provider's merchant account (server/src/sandbox_p24.rs).\nmerchant-id={merchant_id}\ncrc={}\napi-key={}\n",
            random_hex(8),
            random_hex(16)
        );
        match konto_app::platform::keys::write_private(path, &text) {
            Ok(()) => {}
            // Another instance wrote it first.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        SandboxKeys::parse(&std::fs::read_to_string(path)?).ok_or_else(bad)
    }
}

#[derive(Clone)]
pub struct Sandbox {
    pub db: Db,
    pub keys: Arc<SandboxKeys>,
    /// How many times faster than the real provider's schedule notifications are repeated.
    pub speed: i64,
}

/// When a paid transaction is notified: at once, then after these many seconds from the
/// payment (about the real provider's spacing), until the merchant verifies it.
pub const SCHEDULE: [i64; 10] = [0, 60, 180, 600, 1800, 3600, 7200, 14400, 43200, 86400];

pub fn router(s: Sandbox) -> Router {
    Router::new()
        .route("/api/v1/transaction/register", post(register))
        .route("/api/v1/transaction/verify", put(verify))
        .route("/api/v1/transaction/refund", post(refund))
        .route("/trnRequest/{token}", get(page).post(act))
        .with_state(s)
}

fn error(status: StatusCode, text: &str) -> Response {
    (
        status,
        Json(json!({"error": text, "code": status.as_u16()})),
    )
        .into_response()
}

/// Basic authentication with the POS id and the API key, as the real provider asks.
fn authorised(s: &Sandbox, headers: &HeaderMap) -> bool {
    use base64::Engine;
    let Some(v) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
    else {
        return false;
    };
    let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(v.trim()) else {
        return false;
    };
    let expected = format!("{}:{}", s.keys.merchant_id, s.keys.api_key);
    p24::same(&raw, expected.as_bytes())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RegisterReq {
    merchant_id: i64,
    pos_id: i64,
    session_id: String,
    amount: i64,
    currency: String,
    description: String,
    email: String,
    url_return: String,
    #[serde(default)]
    url_status: String,
    #[serde(default)]
    time_limit: i64,
    sign: String,
}

async fn register(State(s): State<Sandbox>, headers: HeaderMap, body: Bytes) -> Response {
    if !authorised(&s, &headers) {
        return error(StatusCode::UNAUTHORIZED, "Incorrect authentication");
    }
    let Ok(r) = serde_json::from_slice::<RegisterReq>(&body) else {
        return error(StatusCode::BAD_REQUEST, "Invalid input data");
    };
    if r.merchant_id != s.keys.merchant_id || r.pos_id != s.keys.merchant_id {
        return error(StatusCode::BAD_REQUEST, "Incorrect merchantId or posId");
    }
    let sign = p24::register_sign(
        &r.session_id,
        r.merchant_id,
        r.amount,
        &r.currency,
        &s.keys.crc,
    );
    if !p24::same(sign.as_bytes(), r.sign.as_bytes()) {
        return error(StatusCode::BAD_REQUEST, "Incorrect CRC value");
    }
    if r.amount <= 0 || r.currency != "PLN" || r.url_return.is_empty() || r.url_status.is_empty() {
        return error(StatusCode::BAD_REQUEST, "Invalid input data");
    }
    // timeLimit: minutes to pay, 0 for none (the real provider's longest is 99).
    let limit = if r.time_limit <= 0 {
        99
    } else {
        r.time_limit.min(99)
    };
    let token = random_hex(16).to_uppercase();
    let t = now();
    let done = sqlx::query(
        "INSERT INTO sandbox_p24 (token, merchant_id, pos_id, session_id, amount, currency, description, email, url_return, url_status, pay_by, state, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'registered', $12)",
    )
    .bind(&token)
    .bind(r.merchant_id)
    .bind(r.pos_id)
    .bind(&r.session_id)
    .bind(r.amount)
    .bind(&r.currency)
    .bind(&r.description)
    .bind(&r.email)
    .bind(&r.url_return)
    .bind(&r.url_status)
    .bind(t + limit * 60)
    .bind(t)
    .execute(&s.db.pool)
    .await;
    match done {
        Ok(_) => Json(json!({"data": {"token": token}, "responseCode": 0})).into_response(),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            error(StatusCode::BAD_REQUEST, "sessionId already used")
        }
        Err(e) => {
            tracing::error!(error = %e, "sandbox register failed");
            error(StatusCode::INTERNAL_SERVER_ERROR, "Internal error")
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct VerifyReq {
    merchant_id: i64,
    pos_id: i64,
    session_id: String,
    amount: i64,
    currency: String,
    order_id: i64,
    sign: String,
}

async fn verify(State(s): State<Sandbox>, headers: HeaderMap, body: Bytes) -> Response {
    if !authorised(&s, &headers) {
        return error(StatusCode::UNAUTHORIZED, "Incorrect authentication");
    }
    let Ok(r) = serde_json::from_slice::<VerifyReq>(&body) else {
        return error(StatusCode::BAD_REQUEST, "Invalid input data");
    };
    let sign = p24::verify_sign(
        &r.session_id,
        r.order_id,
        r.amount,
        &r.currency,
        &s.keys.crc,
    );
    if r.merchant_id != s.keys.merchant_id
        || r.pos_id != s.keys.merchant_id
        || !p24::same(sign.as_bytes(), r.sign.as_bytes())
    {
        return error(StatusCode::BAD_REQUEST, "Incorrect CRC value");
    }
    let done = sqlx::query(
        "UPDATE sandbox_p24 SET state = 'verified', next_notify_at = NULL
         WHERE merchant_id = $1 AND session_id = $2 AND order_id = $3 AND amount = $4 AND currency = $5
           AND state IN ('paid', 'verified')",
    )
    .bind(r.merchant_id)
    .bind(&r.session_id)
    .bind(r.order_id)
    .bind(r.amount)
    .bind(&r.currency)
    .execute(&s.db.pool)
    .await;
    match done {
        Ok(d) if d.rows_affected() == 1 => {
            Json(json!({"data": {"status": "success"}, "responseCode": 0})).into_response()
        }
        Ok(_) => error(StatusCode::BAD_REQUEST, "Transaction not found or not paid"),
        Err(e) => {
            tracing::error!(error = %e, "sandbox verify failed");
            error(StatusCode::INTERNAL_SERVER_ERROR, "Internal error")
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RefundReq {
    refunds: Vec<RefundLine>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RefundLine {
    order_id: i64,
    session_id: String,
    amount: i64,
    #[serde(default)]
    description: String,
}

async fn refund(State(s): State<Sandbox>, headers: HeaderMap, body: Bytes) -> Response {
    if !authorised(&s, &headers) {
        return error(StatusCode::UNAUTHORIZED, "Incorrect authentication");
    }
    let Ok(r) = serde_json::from_slice::<RefundReq>(&body) else {
        return error(StatusCode::BAD_REQUEST, "Invalid input data");
    };
    let mut out = Vec::new();
    for l in r.refunds {
        // One statement: two refunds at once never return more than was paid.
        let done = sqlx::query(
            "UPDATE sandbox_p24 SET refunded = refunded + $1
             WHERE merchant_id = $2 AND order_id = $3 AND session_id = $4 AND state = 'verified'
               AND $1 > 0 AND refunded + $1 <= amount",
        )
        .bind(l.amount)
        .bind(s.keys.merchant_id)
        .bind(l.order_id)
        .bind(&l.session_id)
        .execute(&s.db.pool)
        .await;
        let ok = match done {
            Ok(d) => d.rows_affected() == 1,
            Err(e) => {
                tracing::error!(error = %e, "sandbox refund failed");
                return error(StatusCode::INTERNAL_SERVER_ERROR, "Internal error");
            }
        };
        out.push(json!({
            "orderId": l.order_id, "sessionId": l.session_id, "amount": l.amount,
            "description": l.description, "status": ok,
            "message": if ok { "success" } else { "Refund not possible" },
        }));
    }
    (
        StatusCode::CREATED,
        Json(json!({"data": out, "responseCode": 0})),
    )
        .into_response()
}

#[derive(sqlx::FromRow)]
struct Row {
    session_id: String,
    amount: i64,
    description: String,
    url_return: String,
    state: String,
    pay_by: i64,
}

async fn row(db: &Db, token: &str) -> Result<Option<Row>, sqlx::Error> {
    sqlx::query_as("SELECT session_id, amount, description, url_return, state, pay_by FROM sandbox_p24 WHERE token = $1")
        .bind(token)
        .fetch_optional(&db.pool)
        .await
}

fn zl(grosze: i64) -> String {
    format!("{},{:02} zł", grosze / 100, grosze % 100)
}

fn html_page(title: &str, body: &str) -> Response {
    let css = konto_app::platform::assets::css_href();
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        format!(
            "<!DOCTYPE html>\n<html lang=\"pl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"{css}\"></head>\n<body><main id=\"main\" class=\"main\"><div class=\"narrow\">{body}</div></main></body></html>\n"
        ),
    )
        .into_response()
}

/// The provider's payment page (`trnRequest/{token}`).
async fn page(State(s): State<Sandbox>, Path(token): Path<String>) -> Response {
    use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
    let r = match row(&s.db, &token).await {
        Ok(Some(r)) => r,
        Ok(None) => {
            return (
                StatusCode::NOT_FOUND,
                html_page(
                    "Nie ma takiej płatności — piaskownica Przelewy24",
                    "<h1>Nie ma takiej płatności</h1><p lang=\"en\">No such payment.</p>",
                ),
            )
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "sandbox page failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let back = format!(
        "<p><a href=\"{}\">Wróć do sklepu</a> <span lang=\"en\">(back to the shop)</span></p>",
        attr(&r.url_return)
    );
    if r.state != "registered" || now() > r.pay_by {
        let said = match r.state.as_str() {
            "paid" | "verified" => "Ta płatność została już dokonana.",
            "declined" => "Ta płatność została odrzucona.",
            _ => "Czas na tę płatność minął.",
        };
        return html_page(
            "Płatność zakończona — piaskownica Przelewy24",
            &format!("<h1>Płatność zakończona</h1><p>{said}</p>{back}"),
        );
    }
    let body = format!(
        "<h1>Płatność testowa</h1>\
         <p class=\"lead\">To piaskownica dostawcy płatności, która mówi jak Przelewy24. Żadne pieniądze nie są pobierane. <span lang=\"en\">This is the payment provider's sandbox: no money is taken.</span></p>\
         <dl class=\"summary-list\">\
         <div class=\"summary-list__row\"><dt>Tytuł</dt><dd>{}</dd></div>\
         <div class=\"summary-list__row\"><dt>Kwota</dt><dd>{}</dd></div>\
         <div class=\"summary-list__row\"><dt>Identyfikator sesji</dt><dd>{}</dd></div>\
         </dl>\
         <form method=\"post\" action=\"/sandbox/p24/trnRequest/{}\" class=\"form\">\
         <div class=\"button-row\">\
         <button type=\"submit\" name=\"action\" value=\"pay\" class=\"button\">Zapłać</button> \
         <button type=\"submit\" name=\"action\" value=\"decline\" class=\"button button--secondary\">Odrzuć płatność</button> \
         <button type=\"submit\" name=\"action\" value=\"abandon\" class=\"button button--secondary\">Wróć bez płacenia</button>\
         </div></form>",
        text(&r.description),
        zl(r.amount),
        text(&r.session_id),
        attr(&token),
    );
    html_page("Płatność testowa — piaskownica Przelewy24", &body)
}

#[derive(Deserialize)]
struct Act {
    action: String,
}

/// Pay, decline or abandon; then back to the shop's `urlReturn`, as the real page does.
async fn act(State(s): State<Sandbox>, Path(token): Path<String>, Form(a): Form<Act>) -> Response {
    let r = match row(&s.db, &token).await {
        Ok(Some(r)) => r,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "sandbox payment failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let t = now();
    let done = match a.action.as_str() {
        "pay" => {
            // The provider's order id: a positive 64-bit integer.
            let order_id = 1 + (rand::random::<u64>() >> 2) as i64;
            sqlx::query(
                "UPDATE sandbox_p24 SET state = 'paid', order_id = $1, next_notify_at = $2, attempts = 0
                 WHERE token = $3 AND state = 'registered' AND pay_by >= $2",
            )
            .bind(order_id)
            .bind(t)
            .bind(&token)
            .execute(&s.db.pool)
            .await
        }
        "decline" => sqlx::query(
            "UPDATE sandbox_p24 SET state = 'declined' WHERE token = $1 AND state = 'registered'",
        )
        .bind(&token)
        .execute(&s.db.pool)
        .await,
        "abandon" => Ok(Default::default()),
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    if let Err(e) = done {
        tracing::error!(error = %e, "sandbox payment failed");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, r.url_return.as_str())],
    )
        .into_response()
}

#[derive(sqlx::FromRow)]
struct Due {
    token: String,
    merchant_id: i64,
    pos_id: i64,
    session_id: String,
    amount: i64,
    currency: String,
    url_status: String,
    order_id: i64,
    attempts: i64,
    next_notify_at: i64,
}

/// Sends the notifications that are due (each claimed by one statement, so several
/// instances never send the same attempt twice). Returns how many were sent.
pub async fn notify_due(s: &Sandbox) -> Result<usize, sqlx::Error> {
    let t = now();
    let due: Vec<Due> = sqlx::query_as(
        "SELECT token, merchant_id, pos_id, session_id, amount, currency, url_status, order_id, attempts, next_notify_at
         FROM sandbox_p24 WHERE state = 'paid' AND next_notify_at <= $1 ORDER BY next_notify_at LIMIT 20",
    )
    .bind(t)
    .fetch_all(&s.db.pool)
    .await?;
    let mut sent = 0;
    for d in due {
        let attempt = d.attempts + 1;
        let next = SCHEDULE
            .get(attempt as usize)
            .map(|secs| t + ((secs - SCHEDULE[attempt as usize - 1]) / s.speed.max(1)).max(1));
        let claimed = sqlx::query(
            "UPDATE sandbox_p24 SET attempts = $1, next_notify_at = $2
             WHERE token = $3 AND state = 'paid' AND attempts = $4 AND next_notify_at = $5",
        )
        .bind(attempt)
        .bind(next)
        .bind(&d.token)
        .bind(d.attempts)
        .bind(d.next_notify_at)
        .execute(&s.db.pool)
        .await?;
        if claimed.rows_affected() != 1 {
            continue;
        }
        let mut n = p24::Notification {
            merchant_id: d.merchant_id,
            pos_id: d.pos_id,
            session_id: d.session_id,
            amount: d.amount,
            origin_amount: d.amount,
            currency: d.currency,
            order_id: d.order_id,
            method_id: 25,
            statement: format!("p24-SB-{}", d.order_id % 1_000_000),
            sign: String::new(),
        };
        n.sign = n.expected_sign(&s.keys.crc);
        match http().post(&d.url_status).json(&n).send().await {
            Ok(r) => tracing::info!(status = %r.status(), attempt, "sandbox notification sent"),
            Err(e) => {
                tracing::warn!(error = %e.without_url(), attempt, "sandbox notification not delivered; will retry")
            }
        }
        sent += 1;
    }
    Ok(sent)
}

fn http() -> &'static reqwest::Client {
    static CLIENT: std::sync::LazyLock<reqwest::Client> = std::sync::LazyLock::new(|| {
        reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap_or_default()
    });
    &CLIENT
}

/// The sandbox's notifier: every instance runs it; claims share the work.
pub async fn run(s: Sandbox) {
    loop {
        if let Err(e) = notify_due(&s).await {
            tracing::warn!(error = %e, "sandbox notifications failed; will retry");
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}
