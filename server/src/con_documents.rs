//! Documents attached to consultations: the clerks' upload (`POST
//! /staff/consultations/{id}/documents`, a multipart form that works without JavaScript; its
//! errors come back at the fields like every form's) and the public download (`GET
//! /consultations/{id}/documents/{document}`).
//!
//! A file's type is read from its content (`DocKind::sniff`), never from its name or the
//! type the browser declared; a file over the limit is refused at the field. Downloads are
//! attachments with a cleaned file name, `nosniff` and a sandboxing Content-Security-Policy,
//! so that nothing uploaded runs in the portal's origin.
use crate::budget_import::flash_then;
use axum::body::Body;
use axum::extract::{Multipart, Path, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use konto_app::consultations::rules::{self, DocKind};
use konto_app::consultations::{documents, store, ConsultationNotice, ConsultationProblem};
use konto_app::forms::{FieldError, FormFlash, FormProblem, Notice};
use konto_app::pages::plain::Refusal;
use konto_app::platform::{audit, flash, AppState, RequestCtx};

/// Whether a request is a document upload (its body may be as large as a document).
pub fn is_upload(method: &http::Method, path: &str) -> bool {
    method == http::Method::POST
        && path
            .strip_prefix("/staff/consultations/")
            .and_then(|p| p.strip_suffix("/documents"))
            .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// The most a document upload's body may be: the document, its title and the form's
/// framing. Anything larger is refused before it is read.
pub fn upload_body_limit(document_limit: usize) -> usize {
    document_limit.saturating_add(64 * 1024)
}

/// The upload: `doc_title` and one `file`.
pub async fn upload(
    Extension(state): Extension<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(id): Path<String>,
    mut form: Multipart,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    if !user.role.is_staff() {
        return StatusCode::FORBIDDEN.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match store::get(&state.db, id).await {
        Ok(Some(_)) => {}
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "consultation not read");
            return crate::internal_error_page();
        }
    }
    let limit = state.settings.document_limit;
    let mut title = String::new();
    let mut content: Vec<u8> = Vec::new();
    let mut file_sent = false;
    let mut too_large = false;
    'fields: loop {
        let mut field = match form.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                too_large = true;
                break;
            }
            Err(_) => return crate::refusal(ctx.lang, true, Refusal::BadRequest),
        };
        match field.name().unwrap_or("") {
            "doc_title" => match field.bytes().await {
                // Longer than any title may be: refused as too long, its start kept.
                Ok(b) => title = String::from_utf8_lossy(&b[..b.len().min(4096)]).to_string(),
                Err(_) => return crate::refusal(ctx.lang, true, Refusal::BadRequest),
            },
            "file" => loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => {
                        file_sent = true;
                        if content.len() + chunk.len() > limit {
                            // Refused at the field; the rest is not read.
                            too_large = true;
                            content = Vec::new();
                            break 'fields;
                        }
                        content.extend_from_slice(&chunk);
                    }
                    Ok(None) => break,
                    Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                        too_large = true;
                        content = Vec::new();
                        break 'fields;
                    }
                    Err(_) => return crate::refusal(ctx.lang, true, Refusal::BadRequest),
                }
            },
            _ => {}
        }
    }
    let back = format!("/staff/consultations/{id}#documents");
    let mut errors: Vec<FieldError> = Vec::new();
    let typed: String = title.chars().take(rules::DOCUMENT_TITLE_MAX + 1).collect();
    let title = match rules::check_document_title(&title) {
        Ok(t) => t,
        Err((f, p)) => {
            errors.push(FieldError::new(
                if f == "title" { "doc_title" } else { f },
                p,
            ));
            String::new()
        }
    };
    let kind = if too_large {
        errors.push(FieldError::new(
            "file",
            ConsultationProblem::DocumentTooLarge {
                max_mb: (limit / (1024 * 1024)).max(1) as i64,
            },
        ));
        None
    } else if !file_sent || content.is_empty() {
        errors.push(FieldError::new("file", FormProblem::FieldRequired));
        None
    } else {
        let k = DocKind::sniff(&content);
        if k.is_none() {
            errors.push(FieldError::new("file", ConsultationProblem::DocumentType));
        }
        k
    };
    let (Some(kind), true) = (kind, errors.is_empty()) else {
        let f = FormFlash {
            form: "document".into(),
            values: flash::bounded_values(vec![("doc_title".to_string(), typed)]),
            errors,
        };
        return flash_then(
            &state,
            &ctx,
            "form",
            serde_json::to_string(&f).unwrap_or_default(),
            &back,
        )
        .await;
    };
    let dir = state.settings.documents_dir.clone();
    let size = content.len() as i64;
    let content = std::sync::Arc::new(content);
    let saved = {
        let (dir, content) = (dir.clone(), content.clone());
        tokio::task::spawn_blocking(move || documents::save(&dir, &content)).await
    };
    let sha = match saved {
        Ok(Ok(sha)) => sha,
        Ok(Err(e)) => {
            tracing::error!(error = %e, dir = %dir.display(), "document not written");
            return crate::internal_error_page();
        }
        Err(e) => {
            tracing::error!(error = %e, "document not written");
            return crate::internal_error_page();
        }
    };
    let doc = match store::add_document(&state.db, id, &title, kind, size, &sha, user.id).await {
        Ok(d) => d,
        Err(e) => {
            tracing::error!(error = %e, "document not recorded");
            return crate::internal_error_page();
        }
    };
    // A clerk removing the same content elsewhere at this moment may have taken the file
    // away after it was written: write it again, so that the record always has its file.
    if documents::path(&dir, &sha).is_some_and(|p| !p.is_file()) {
        let content = content.clone();
        let _ = tokio::task::spawn_blocking(move || documents::save(&dir, &content)).await;
    }
    let _ = audit::record(
        &state.db,
        Some(user.id),
        "consultation_document_added",
        None,
        &format!(
            "consultation={id} document={doc} kind={} size={size}",
            kind.code()
        ),
    )
    .await;
    flash_then(
        &state,
        &ctx,
        "notice",
        serde_json::to_string(&Notice::from(ConsultationNotice::DocumentAdded)).unwrap_or_default(),
        &back,
    )
    .await
}

/// A document of a published consultation (clerks see those of drafts too).
pub async fn download(
    Extension(state): Extension<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path((id, doc)): Path<(String, String)>,
    req: Request,
) -> Response {
    use tower::ServiceExt;
    let (Ok(id), Ok(doc)) = (id.parse::<i64>(), doc.parse::<i64>()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let staff = ctx.user.as_ref().is_some_and(|u| u.role.is_staff());
    let found = async {
        let Some(c) = store::get(&state.db, id).await? else {
            return Ok(None);
        };
        if !c.def.published && !staff {
            return Ok(None);
        }
        Ok::<_, sqlx::Error>(
            store::document(&state.db, id, doc)
                .await?
                .map(|d| (d, c.def.published)),
        )
    }
    .await;
    let (d, public) = match found {
        Ok(Some(x)) => x,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "document not read");
            return crate::internal_error_page();
        }
    };
    let Some(path) = documents::path(&state.settings.documents_dir, &d.sha256) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (parts, _) = req.into_parts();
    let req = Request::from_parts(parts, Body::empty());
    let mut res = match tower_http::services::ServeFile::new(&path)
        .oneshot(req)
        .await
    {
        Ok(r) => r.map(Body::new),
        Err(e) => {
            tracing::error!(error = %e, "document not served");
            return crate::internal_error_page();
        }
    };
    if res.status() == StatusCode::NOT_FOUND {
        tracing::error!(document = d.id, file = %path.display(), "a document's file is missing");
        return StatusCode::NOT_FOUND.into_response();
    }
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(d.kind.media_type()),
    );
    if let Ok(v) = HeaderValue::from_str(&rules::content_disposition(&d.title, d.kind)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if public {
            "public, max-age=3600"
        } else {
            "private, no-store"
        }),
    );
    res
}
