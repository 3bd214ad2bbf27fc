//! `POST /taxes/import`: the tax system's automated feed. The body is one CSV file of the four
//! kinds (`konto_app::taxes::import`), authenticated with `Authorization: Bearer <key>`, the key
//! from KO_TAX_IMPORT_KEY (configuration, never the database; without it the feed is off).
//! Applied whole or not at all: 200 `{kind, lines, changed}`, or 422 `{errors: [{line,
//! column, problem}], total}` and nothing changed; 401 without the right key.
use axum::body::Bytes;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, StatusCode};
use konto_app::platform::AppState;
use konto_app::taxes::{import, store};
use serde_json::json;

pub const PATH: &str = "/taxes/import";
/// A year of payments of a large city's taxpayers fits (100,000 lines are about 6 MB).
pub const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

/// The key compared in constant time (as SHA-256 digests, so lengths do not show).
fn key_matches(headers: &HeaderMap, key: &str) -> bool {
    use sha2::Digest;
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    let a = sha2::Sha256::digest(given.trim().as_bytes());
    let b = sha2::Sha256::digest(key.as_bytes());
    a.iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

pub fn problem_code(p: import::Problem) -> &'static str {
    use import::Problem as P;
    match p {
        P::Header => "header",
        P::Unreadable => "unreadable",
        P::Fields => "fields",
        P::TooManyLines => "too_many_lines",
        P::Id => "id",
        P::Duplicate => "duplicate",
        P::Name => "name",
        P::Pesel(_) => "pesel",
        P::Account(_) => "account",
        P::Kind => "kind",
        P::Year => "year",
        P::Amount => "amount",
        P::Date => "date",
        P::Month => "month",
        P::Residents => "residents",
        P::YesNo => "yes_no",
        P::Channel => "channel",
        P::UnknownTaxpayer => "unknown_taxpayer",
        P::UnknownLiability => "unknown_liability",
    }
}

pub fn refused_json(r: &import::Refused) -> serde_json::Value {
    let errors: Vec<_> = r
        .errors
        .iter()
        .map(|e| json!({"line": e.line, "column": e.column, "problem": problem_code(e.problem)}))
        .collect();
    json!({"errors": errors, "total": r.total})
}

pub async fn import(
    st: AppState,
    key: Option<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(key) = key else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !key_matches(&headers, &key) {
        let mut res = StatusCode::UNAUTHORIZED.into_response();
        res.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            http::HeaderValue::from_static("Bearer"),
        );
        return res;
    }
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&body))
    };
    let today = konto_app::platform::krakow_time::label(konto_app::platform::now());
    let today = jiff::civil::date(today.year, today.month as i8, today.day as i8);
    // Checking a large file is CPU work: off the request threads.
    let parsed = match tokio::task::spawn_blocking(move || import::parse(&body, today)).await {
        Ok(Ok(p)) => p,
        Ok(Err(r)) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                axum::Json(refused_json(&r)),
            )
                .into_response()
        }
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    match store::import(&st.db, st.keys.identity(), &parsed, &sha, store::Via::Api).await {
        Ok(done) => {
            tracing::info!(kind = %done.kind, lines = done.lines, changed = done.changed, "tax import (feed)");
            axum::Json(json!({"kind": done.kind, "lines": done.lines, "changed": done.changed}))
                .into_response()
        }
        Err(store::ImportFailed::Refused(r)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(refused_json(&r)),
        )
            .into_response(),
        Err(store::ImportFailed::Db(e)) => {
            tracing::error!(error = %e, "tax import failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
