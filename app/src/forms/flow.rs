//! The form protocol on the server: the no-JavaScript flash flow, sign-in and role guards.

use super::{header_safe, urlencode, Boot, FieldError, FormFlash, FormProblem, FormReply, Problem};
use crate::platform::people::DisplayPrefs;
use crate::platform::{self, flash, request, session::SessionUser, Failure};
use leptos::prelude::*;

/// Ends a form's server function: see the module documentation.
pub async fn finish(
    reply: FormReply,
    form: &str,
    back: &str,
    values: Vec<(String, String)>,
) -> Result<FormReply, Failure> {
    let plain = request::is_plain_form();
    let target = match &reply {
        FormReply::Done { to, notice, .. } => {
            if plain {
                if let Some(n) = notice {
                    put_flash("notice", &serde_json::to_string(n).unwrap_or_default()).await?;
                }
            }
            Some(to.clone())
        }
        FormReply::Invalid { errors } => {
            if plain {
                let f = FormFlash {
                    form: form.to_string(),
                    values: flash::bounded_values(values),
                    errors: errors.clone(),
                };
                put_flash("form", &serde_json::to_string(&f).unwrap_or_default()).await?;
                Some(back.to_string())
            } else {
                None
            }
        }
    };
    if let Some(to) = target {
        leptos_axum::redirect(&header_safe(&to));
        if plain {
            if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                res.set_status(http::StatusCode::SEE_OTHER);
            }
        }
    }
    Ok(reply)
}

async fn put_flash(kind: &str, payload: &str) -> Result<(), Failure> {
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let id = ctx
        .flash_id
        .clone()
        .unwrap_or_else(|| platform::random_hex(16));
    if flash::put(
        &st.db,
        &id,
        kind,
        payload,
        &ctx.client_ip,
        st.settings.flash_limit_address,
    )
    .await?
    {
        request::set_cookie(&flash::cookie(&id, st.settings.secure_cookies));
    }
    Ok(())
}

/// The reply to an action that succeeded: go to `to` (with JavaScript too) and show `notice`.
pub async fn done(
    to: impl Into<String>,
    notice: impl Into<crate::forms::Notice>,
    form: &str,
) -> Result<FormReply, Failure> {
    let to = to.into();
    finish(
        FormReply::Done {
            to: to.clone(),
            notice: Some(notice.into()),
            boot: None,
        },
        form,
        &to,
        vec![],
    )
    .await
}

/// The signed-in user, or the reply that sends the browser to sign in first.
pub fn require_user(back: &str) -> Result<SessionUser, FormReply> {
    match request::ctx().ok().and_then(|c| c.user) {
        Some(u) => Ok(u),
        None => Err(FormReply::Done {
            to: format!("/sign-in?return_to={}", urlencode(back)),
            notice: None,
            boot: None,
        }),
    }
}

/// Refuses a data request: sets the HTTP status and returns a coded error the page translates.
pub fn deny<T>(problem: impl Into<Problem>) -> Result<T, Failure> {
    let (status, failure) = if problem.into() == FormProblem::NotSignedIn {
        (http::StatusCode::UNAUTHORIZED, Failure::SignedOut)
    } else {
        (http::StatusCode::FORBIDDEN, Failure::Forbidden)
    };
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(status);
    }
    Err(failure)
}

/// The signed-in clerk or administrator; 401 or 403 for anyone else.
pub fn require_staff() -> Result<SessionUser, Failure> {
    match request::ctx().ok().and_then(|c| c.user) {
        None => deny(FormProblem::NotSignedIn),
        Some(u) if !u.role.is_staff() => deny(FormProblem::NotAllowed),
        Some(u) => Ok(u),
    }
}

/// A form's fields as the values kept for it after an error.
pub fn fields(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(k, x)| (k.to_string(), x.to_string()))
        .collect()
}

/// "Not found" (404) for a thing that does not exist or that the person may not see yet.
pub fn not_found<T>() -> Result<T, Failure> {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    Err(Failure::NotFound)
}

pub fn one(field: &str, problem: impl Into<Problem>) -> FormReply {
    FormReply::invalid(vec![FieldError::new(field, problem)])
}

/// The page state after a change, computed as the next page load would compute it.
pub fn boot_after(
    user: Option<&SessionUser>,
    lang: Option<crate::i18n::Lang>,
    prefs: Option<DisplayPrefs>,
) -> Boot {
    let headers = leptos::prelude::use_context::<http::request::Parts>()
        .map(|p| p.headers)
        .unwrap_or_default();
    let mut b = boot_for(user, &headers);
    if let Some(l) = lang {
        b.lang = l;
    }
    if let Some(p) = prefs {
        b.prefs = p;
    }
    b
}

/// Everything a page starts from, for a user (or nobody), given what the browser sent.
pub fn boot_for(user: Option<&SessionUser>, headers: &http::HeaderMap) -> Boot {
    let (lang, prefs) = request::lang_and_prefs(user, headers);
    super::boot_of(lang, prefs, request::viewer_of(user))
}

/// The state this request's page starts from, with the form or notice a plain post left.
pub fn page_boot(ctx: &request::RequestCtx) -> Boot {
    let mut boot = super::boot_of(ctx.lang, ctx.prefs, request::viewer_of(ctx.user.as_ref()));
    for (kind, payload) in &ctx.flash {
        match kind.as_str() {
            "form" => boot.form = serde_json::from_str(payload).ok(),
            "notice" => boot.notice = serde_json::from_str(payload).ok(),
            _ => {}
        }
    }
    boot
}
