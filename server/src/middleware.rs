//! Request middleware: per-request context (session, language, flash), the CSP nonce and
//! security headers, and refusal of state-changing requests from other origins.
use crate::page_cache::{Lookup, PageCache};
use axum::{
    body::Body,
    extract::{ConnectInfo, State},
    http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use konto_app::platform::{flash, random_hex, request, AppState, RequestCtx};
use std::net::SocketAddr;

#[derive(Clone)]
pub struct MwState {
    pub app: AppState,
    pub pages: std::sync::Arc<crate::page_cache::PageCache>,
    pub trust_proxy: bool,
    pub public_origin: Option<String>,
}

fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/")
        || path.starts_with("/i18n/")
        || path.starts_with("/inspector/")
        || path == "/inspector"
        || matches!(
            path,
            "/favicon.svg" | "/favicon.ico" | "/robots.txt" | "/healthz"
        )
}

fn client_ip(req: &Request<Body>, trust_proxy: bool) -> String {
    if trust_proxy {
        // The right-most address is the one our own proxy saw.
        if let Some(ip) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
        {
            return ip;
        }
    }
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

pub async fn request_context(
    State(mw): State<MwState>,
    mut req: Request<Body>,
    next: Next,
) -> Response {
    let path = req.uri().path().to_string();
    let nonce = random_hex(16);
    let static_file = is_static(&path);
    let page_load = req.method() == Method::GET
        && !static_file
        && !path.starts_with("/api/")
        && path != "/readyz";
    let ip = client_ip(&req, mw.trust_proxy);
    let ctx = if static_file {
        RequestCtx {
            session_token: None,
            user: None,
            client_ip: ip,
            flash_id: None,
            nonce: nonce.clone(),
            lang: Default::default(),
            prefs: Default::default(),
            flash: Vec::new(),
        }
    } else {
        request::resolve(
            &mw.app.db,
            &mw.app.settings,
            req.headers(),
            ip,
            nonce.clone(),
            page_load,
        )
        .await
    };
    let took_flash = page_load && ctx.flash_id.is_some();
    let cache_key = page_load.then(|| mw.pages.key(&req, &ctx)).flatten();
    let changes = PageCache::changes(req.method());
    req.extensions_mut().insert(ctx);
    req.extensions_mut().insert(mw.app.clone());

    let mut res = match cache_key.map(|k| (mw.pages.lookup(&k, &nonce), k)) {
        Some((Lookup::Hit(res), _)) => res,
        Some((Lookup::Miss(version), key)) => {
            let res = next.run(req).await;
            mw.pages.keep(key, version, &nonce, res).await
        }
        None => next.run(req).await,
    };
    // A refused or failed request changed nothing: it must not let anyone make every kept
    // page render again at will.
    if changes && res.status().as_u16() < 400 {
        mw.pages.changed();
    }
    let h = res.headers_mut();
    // A response with a stricter policy of its own (a document download's sandbox) keeps it.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        if let Ok(v) = HeaderValue::from_str(&content_security_policy(&nonce)) {
            h.insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // The camera only for the inspectors' app, which reads tickets' QR codes.
    h.insert(
        "permissions-policy",
        HeaderValue::from_static(if path.starts_with("/inspector/") {
            "camera=(self), microphone=(), geolocation=(), payment=()"
        } else {
            "camera=(), microphone=(), geolocation=(), payment=()"
        }),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if mw.app.settings.secure_cookies {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    if !static_file {
        // Pages carry personal data: never kept by shared caches or the kiosk's browser history.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    } else if !path.starts_with("/pkg/")
        && !path.starts_with("/i18n/")
        && path != "/healthz"
        && !h.contains_key(header::CACHE_CONTROL)
    {
        // The icon and robots.txt keep their names: a day, then ask again.
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=86400"),
        );
    }
    if took_flash {
        let secure = if mw.app.settings.secure_cookies {
            "; Secure"
        } else {
            ""
        };
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}",
            flash::COOKIE
        )) {
            h.append(header::SET_COOKIE, v);
        }
    }
    res
}

/// host[:port] of an origin or URL ("https://a.pl:8443/x" -> "a.pl:8443").
fn authority(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    Some(rest.split(['/', '?', '#']).next().unwrap_or(rest))
}

/// Whether a state-changing request comes from this site.
pub fn same_origin(headers: &HeaderMap, public_origin: Option<&str>) -> bool {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let ok = |url: &str| {
        authority(url).is_some_and(|a| a.eq_ignore_ascii_case(host))
            || public_origin.is_some_and(|p| url == p || url.starts_with(&format!("{p}/")))
    };
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        return ok(origin);
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site != "same-origin" && site != "none" {
            return false;
        }
    }
    if let Some(referer) = headers.get(header::REFERER).and_then(|v| v.to_str().ok()) {
        return ok(referer);
    }
    // No Origin, Referer or Fetch metadata: not a browser (browsers send Origin with
    // every POST), so no ambient cookies are being abused.
    true
}

pub async fn refuse_cross_origin(
    State(mw): State<MwState>,
    req: Request<Body>,
    next: Next,
) -> Response {
    // The one-click unsubscribe (RFC 8058) is posted by mail programs from anywhere; its
    // keyed token, not a cookie, says whose e-mail stops, so it is not a forgeable request.
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || req.uri().path().starts_with("/mail/unsubscribe/")
        || same_origin(req.headers(), mw.public_origin.as_deref())
    {
        return next.run(req).await;
    }
    tracing::warn!(target: "security", path = %req.uri().path(), "cross-origin request refused");
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "Żądanie z innej witryny zostało odrzucone.\nA request from another site was refused.\nЗапит з іншого сайту відхилено.\n",
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut m = HeaderMap::new();
        for (k, v) in pairs {
            m.insert(
                axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        m
    }

    #[test]
    fn origin_rules() {
        assert!(same_origin(
            &h(&[
                ("host", "127.0.0.1:3000"),
                ("origin", "http://127.0.0.1:3000")
            ]),
            None
        ));
        assert!(!same_origin(
            &h(&[
                ("host", "127.0.0.1:3000"),
                ("origin", "http://evil.example")
            ]),
            None
        ));
        assert!(!same_origin(
            &h(&[("host", "127.0.0.1:3000"), ("origin", "null")]),
            None
        ));
        assert!(!same_origin(
            &h(&[("host", "127.0.0.1:3000"), ("sec-fetch-site", "cross-site")]),
            None
        ));
        assert!(same_origin(
            &h(&[
                ("host", "127.0.0.1:3000"),
                ("referer", "http://127.0.0.1:3000/sign-in")
            ]),
            None
        ));
        assert!(!same_origin(
            &h(&[
                ("host", "127.0.0.1:3000"),
                ("referer", "http://127.0.0.1:3000.evil.example/")
            ]),
            None
        ));
        assert!(same_origin(
            &h(&[
                ("host", "internal:3000"),
                ("origin", "https://konto.krakow.pl")
            ]),
            Some("https://konto.krakow.pl")
        ));
        assert!(same_origin(&h(&[("host", "127.0.0.1:3000")]), None));
    }
}
