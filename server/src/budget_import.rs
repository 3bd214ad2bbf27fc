//! Upload of pabulib files by clerks (`POST /staff/budget/import`, a multipart form that
//! works without JavaScript): the files become a simulation edition, as at the demo's first
//! start. Errors come back to the form like every other form's (flash, Post/Redirect/Get).
use axum::body::Body;
use axum::extract::{Multipart, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use konto_app::budget::{BudgetNotice, BudgetProblem};
use konto_app::forms::{FieldError, FormFlash, FormProblem, Notice};
use konto_app::platform::{audit, flash, AppState, RequestCtx};

pub const PATH: &str = "/staff/budget/import";
/// Uploads may be large (Kraków's city-wide file is 2 MB); every other request keeps the
/// configured limit.
pub const UPLOAD_LIMIT: usize = 32 * 1024 * 1024;

/// Limits request bodies: `limit` bytes, [`UPLOAD_LIMIT`] for the pabulib upload, and a
/// document's limit for a consultation document's upload.
pub async fn body_limit(
    State((limit, document_limit)): State<(usize, usize)>,
    req: Request,
    next: Next,
) -> Response {
    let limit = if req.uri().path() == PATH {
        UPLOAD_LIMIT
    } else if req.uri().path() == crate::taxes_http::PATH
        || req.uri().path() == crate::taxes_http::UPLOAD_PATH
    {
        crate::taxes_http::UPLOAD_LIMIT
    } else if crate::con_documents::is_upload(req.method(), req.uri().path()) {
        crate::con_documents::upload_body_limit(document_limit)
    } else {
        limit
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return crate::refusal(
            crate::lang_of(req.headers()),
            crate::wants_html(req.headers()),
            konto_app::pages::plain::Refusal::TooLarge,
        );
    }
    let (parts, body) = req.into_parts();
    next.run(Request::from_parts(
        parts,
        Body::new(http_body_util::Limited::new(body, limit)),
    ))
    .await
}

fn back_to(to: &str, cookie: String) -> Response {
    let mut r = (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_string())]).into_response();
    if let Ok(c) = HeaderValue::from_str(&cookie) {
        r.headers_mut().append(header::SET_COOKIE, c);
    }
    r
}

pub(crate) async fn flash_then(
    state: &AppState,
    ctx: &RequestCtx,
    kind: &str,
    payload: String,
    to: &str,
) -> Response {
    let id = ctx
        .flash_id
        .clone()
        .unwrap_or_else(|| konto_app::platform::random_hex(16));
    if let Err(e) = flash::put(
        &state.db,
        &id,
        kind,
        &payload,
        &ctx.client_ip,
        state.settings.flash_limit_address,
    )
    .await
    {
        tracing::error!(error = %e, "flash not stored");
    }
    back_to(to, flash::cookie(&id, state.settings.secure_cookies))
}

/// The upload: `simulation_name` (the edition's name) and one or more `files`.
pub async fn import(
    Extension(state): Extension<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    mut form: Multipart,
) -> Response {
    let Some(user) = ctx.user.clone().filter(|u| u.role.is_staff()) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let back = "/staff/budget";
    let mut name = String::new();
    let mut files: Vec<(String, String)> = Vec::new();
    let mut unreadable = false;
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                let field_name = field.name().unwrap_or("").to_string();
                let file_name = field.file_name().unwrap_or("").to_string();
                match field.bytes().await {
                    Ok(bytes) if field_name == "simulation_name" => {
                        name = String::from_utf8_lossy(&bytes).trim().to_string()
                    }
                    Ok(bytes) if field_name == "files" && !bytes.is_empty() => {
                        match String::from_utf8(bytes.to_vec()) {
                            Ok(text) => files.push((file_name, text)),
                            Err(_) => unreadable = true,
                        }
                    }
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
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push(FieldError::new(
            "simulation_name",
            FormProblem::FieldRequired,
        ));
    } else if name.chars().count() > 200 {
        errors.push(FieldError::new(
            "simulation_name",
            FormProblem::TextTooLong { max: 200 },
        ));
    }
    if unreadable {
        errors.push(FieldError::new(
            "files",
            BudgetProblem::PabulibInvalid { line: 0 },
        ));
    } else if files.is_empty() {
        errors.push(FieldError::new("files", FormProblem::FieldRequired));
    }
    let values = flash::bounded_values(vec![("simulation_name".to_string(), name.clone())]);
    if errors.is_empty() {
        match konto_app::budget::store::import_pabulib(&state.db, &name, &files, Some(user.id))
            .await
        {
            Ok(id) => {
                // Counted by the counting job from now on, not by the first visitor's request.
                if let Ok(pools) = konto_app::budget::store::pools(&state.db, id).await {
                    for p in pools {
                        let _ = konto_app::budget::store::queue_count(&state.db, p.id).await;
                    }
                }
                let _ = audit::record(
                    &state.db,
                    Some(user.id),
                    "budget_simulation_imported",
                    None,
                    &format!("edition={id} files={}", files.len()),
                )
                .await;
                let notice = serde_json::to_string(&Notice::from(BudgetNotice::SimulationImported))
                    .unwrap_or_default();
                return flash_then(
                    &state,
                    &ctx,
                    "notice",
                    notice,
                    &format!("/budget/{id}/results"),
                )
                .await;
            }
            Err(konto_app::budget::store::ImportError::File(_, e)) => errors.push(FieldError::new(
                "files",
                BudgetProblem::PabulibInvalid {
                    line: e.line as u32,
                },
            )),
            Err(konto_app::budget::store::ImportError::Pool(_)) => errors.push(FieldError::new(
                "files",
                BudgetProblem::PabulibInvalid { line: 0 },
            )),
            Err(konto_app::budget::store::ImportError::Db(e)) => {
                tracing::error!(error = %e, "pabulib import failed");
                return crate::internal_error_page();
            }
        }
    }
    let f = FormFlash {
        form: "import".into(),
        values,
        errors,
    };
    flash_then(
        &state,
        &ctx,
        "form",
        serde_json::to_string(&f).unwrap_or_default(),
        back,
    )
    .await
}
