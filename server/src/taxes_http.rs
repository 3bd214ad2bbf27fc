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

/// A tax clerk's upload (`POST /staff/taxes/import`, a multipart form that works without
/// JavaScript): one CSV file in `file`. Errors come back to the form at its field, the first
/// lines' problems listed with their line numbers; a refused file changes nothing.
pub const UPLOAD_PATH: &str = "/staff/taxes/import";
/// The most line problems listed on the form (the total is always told).
const LISTED_ON_FORM: usize = 20;

pub async fn upload(
    axum::Extension(state): axum::Extension<AppState>,
    axum::Extension(ctx): axum::Extension<konto_app::platform::RequestCtx>,
    mut form: axum::extract::Multipart,
) -> Response {
    use konto_app::forms::{FieldError, FormFlash, FormProblem, Notice};
    use konto_app::platform::people::Role;
    use konto_app::taxes::problems::line_problem_code;
    use konto_app::taxes::{TaxNotice, TaxProblem};
    let Some(user) = ctx.user.clone().filter(|u| u.role == Role::TaxClerk) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let back = "/staff/taxes";
    let mut file: Option<Bytes> = None;
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_string();
                match field.bytes().await {
                    Ok(bytes) if name == "file" && !bytes.is_empty() => file = Some(bytes),
                    Ok(_) => {}
                    Err(_) => {
                        return crate::refusal(
                            ctx.lang,
                            true,
                            konto_app::pages::plain::Refusal::TooLarge,
                        )
                    }
                }
            }
            Ok(None) => break,
            Err(_) => {
                return crate::refusal(ctx.lang, true, konto_app::pages::plain::Refusal::BadRequest)
            }
        }
    }
    let refused = |r: &import::Refused| {
        let mut errors = vec![FieldError::new(
            "file",
            TaxProblem::TaxImportRefused {
                total: r.total as u32,
            },
        )];
        errors.extend(r.errors.iter().take(LISTED_ON_FORM).map(|e| {
            FieldError::new(
                "file",
                TaxProblem::TaxImportLine {
                    line: e.line as u32,
                    what: line_problem_code(e.problem),
                },
            )
        }));
        errors
    };
    let errors = match file {
        None => vec![FieldError::new("file", FormProblem::FieldRequired)],
        Some(body) => {
            let sha = {
                use sha2::Digest;
                hex::encode(sha2::Sha256::digest(&body))
            };
            let today = konto_app::i18n::time::day_of(konto_app::platform::now());
            match tokio::task::spawn_blocking(move || import::parse(&body, today)).await {
                Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
                Ok(Err(r)) => refused(&r),
                Ok(Ok(parsed)) => {
                    match store::import(
                        &state.db,
                        state.keys.identity(),
                        &parsed,
                        &sha,
                        store::Via::Upload(user.id),
                    )
                    .await
                    {
                        Ok(done) => {
                            let _ = konto_app::platform::audit::record(
                                &state.db,
                                Some(user.id),
                                "tax_file_imported",
                                None,
                                &format!(
                                    "kind={} lines={} changed={}",
                                    done.kind, done.lines, done.changed
                                ),
                            )
                            .await;
                            let notice =
                                serde_json::to_string(&Notice::from(TaxNotice::TaxImported {
                                    lines: done.lines as u32,
                                    changed: done.changed as u32,
                                }))
                                .unwrap_or_default();
                            return crate::budget_import::flash_then(
                                &state, &ctx, "notice", notice, back,
                            )
                            .await;
                        }
                        Err(store::ImportFailed::Refused(r)) => refused(&r),
                        Err(store::ImportFailed::Db(e)) => {
                            tracing::error!(error = %e, "tax import failed");
                            return StatusCode::SERVICE_UNAVAILABLE.into_response();
                        }
                    }
                }
            }
        }
    };
    let f = FormFlash {
        form: "taximport".into(),
        values: Vec::new(),
        errors,
    };
    crate::budget_import::flash_then(
        &state,
        &ctx,
        "form",
        serde_json::to_string(&f).unwrap_or_default(),
        back,
    )
    .await
}
