//! Public pages kept for a moment (a "micro-cache", as a reverse proxy would keep them).
//!
//! When a survey link goes out in a newsletter or the budget's results are announced,
//! thousands of people without an account open the same few pages within seconds. A page
//! seen by nobody in particular is the same for all of them, so the server renders it once
//! and hands out that copy for at most `ttl` (one second by default, `KO_PAGE_CACHE_MS`).
//!
//! What is kept, and what never is:
//! - Only GET page loads by a visitor who is not signed in, carries no one-shot message and
//!   sends no cookie but the language and display cookies (a survey draft, a session or a
//!   flash cookie makes the page theirs). Only complete `200` HTML answers that set no cookie
//!   and are not marked `Personal` by their handler (the development outbox is).
//! - The key is the host, the path with its query, the language and the display settings.
//! - Any request that may change something (every method but GET, HEAD and OPTIONS; unless it
//!   was refused or failed, 4xx or 5xx, which changed nothing) and every
//!   count the budget's job finishes make every kept page of this instance stale at once, so
//!   whoever changes something sees the change on the next view. Changes made through another
//!   instance (several servers share one PostgreSQL) show after at most `ttl`, as do changes
//!   of phase that come with the clock.
//! - The content-security policy's nonce must differ on every answer, or it would be known
//!   to anyone who looked before. Each copy handed out gets a fresh nonce written into the
//!   places the first render put its own (found once, when the page is kept), and the
//!   response's CSP header names the new one. Browsers and proxies are still told `no-store`:
//!   a stored page would replay one nonce to everyone behind a proxy, and a kiosk must keep
//!   nothing.
//! - When a kept page grows old (but nothing changed), one request renders it anew while the
//!   others still get the old copy, so a busy page is rendered about once per `ttl`, never by
//!   every waiting request at once.
//! - At most `MAX_BYTES` of pages are kept; beyond that the oldest go.
use axum::{
    body::{Body, Bytes},
    http::{header, HeaderMap, Method, Request, Response, StatusCode},
};
use konto_app::platform::{request, RequestCtx};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Pages larger than this are never kept.
const MAX_PAGE: usize = 1 << 20;
/// All kept pages together.
const MAX_BYTES: usize = 32 << 20;
/// How long an old copy may stand in while one request renders the page anew.
const RENEWAL_LIMIT: Duration = Duration::from_secs(5);

/// Put into a response's extensions by a handler whose answer depends on more than the key
/// (the client's address, say): such an answer is never kept.
#[derive(Clone, Copy, Debug)]
pub struct Personal;

#[derive(Clone, Debug, Hash, PartialEq, Eq)]
pub struct Key {
    host: String,
    uri: String,
    lang: konto_app::i18n::Lang,
    display: String,
}

struct Kept {
    made: Instant,
    version: u64,
    headers: HeaderMap,
    body: Bytes,
    /// Where the first render wrote its nonce.
    nonce_at: Vec<usize>,
    nonce_len: usize,
    /// One request is rendering this page anew.
    renewing: AtomicBool,
}

pub struct PageCache {
    ttl: Duration,
    version: AtomicU64,
    pages: Mutex<(HashMap<Key, Arc<Kept>>, usize)>,
}

/// What `lookup` found.
pub enum Lookup {
    /// A copy to send.
    Hit(Response<Body>),
    /// Render it, then `keep` it with this version.
    Miss(u64),
}

impl PageCache {
    pub fn new(ttl: Duration) -> PageCache {
        PageCache {
            ttl,
            version: AtomicU64::new(0),
            pages: Mutex::new((HashMap::new(), 0)),
        }
    }

    /// Something may have changed: no kept page may be handed out again.
    pub fn changed(&self) {
        self.version.fetch_add(1, Ordering::SeqCst);
    }

    /// Whether a request changes things (its answer must not come from the cache, and
    /// afterwards nothing kept is current).
    pub fn changes(method: &Method) -> bool {
        !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
    }

    /// The key of a page anybody would get alike, or None.
    pub fn key(&self, req: &Request<Body>, ctx: &RequestCtx) -> Option<Key> {
        if self.ttl.is_zero()
            || req.method() != Method::GET
            || ctx.user.is_some()
            || ctx.session_token.is_some()
            || ctx.flash_id.is_some()
            || !ctx.flash.is_empty()
        {
            return None;
        }
        let only_display_cookies = req.headers().get_all(header::COOKIE).iter().all(|v| {
            v.to_str().is_ok_and(|v| {
                v.split(';').filter(|p| !p.trim().is_empty()).all(|p| {
                    let name = p.split_once('=').map_or(p, |(n, _)| n).trim();
                    name == request::LANG_COOKIE || name == request::DISPLAY_COOKIE
                })
            })
        });
        if !only_display_cookies {
            return None;
        }
        Some(Key {
            host: req
                .headers()
                .get(header::HOST)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string(),
            uri: req.uri().to_string(),
            lang: ctx.lang,
            display: ctx.prefs.to_cookie(),
        })
    }

    /// A kept copy of the page with `nonce` in it, or the version to keep a new render under.
    pub fn lookup(&self, key: &Key, nonce: &str) -> Lookup {
        let version = self.version.load(Ordering::SeqCst);
        let kept = self.pages.lock().ok().and_then(|p| p.0.get(key).cloned());
        let Some(kept) = kept else {
            return Lookup::Miss(version);
        };
        if kept.version != version {
            return Lookup::Miss(version);
        }
        let age = kept.made.elapsed();
        if age > self.ttl + RENEWAL_LIMIT
            || (age > self.ttl && !kept.renewing.swap(true, Ordering::SeqCst))
        {
            // This request renders it anew; the others keep getting this copy meanwhile
            // (never for long: a renewal that never came back is given up).
            return Lookup::Miss(version);
        }
        if kept.nonce_len != nonce.len() {
            return Lookup::Miss(version);
        }
        let mut body = Vec::with_capacity(kept.body.len());
        let mut from = 0;
        for &at in &kept.nonce_at {
            body.extend_from_slice(&kept.body[from..at]);
            body.extend_from_slice(nonce.as_bytes());
            from = at + kept.nonce_len;
        }
        body.extend_from_slice(&kept.body[from..]);
        let mut res = Response::new(Body::from(body));
        *res.headers_mut() = kept.headers.clone();
        Lookup::Hit(res)
    }

    /// Keeps a fresh render if anybody may have it, and passes it on.
    pub async fn keep(
        &self,
        key: Key,
        version: u64,
        nonce: &str,
        res: Response<Body>,
    ) -> Response<Body> {
        let keepable = res.status() == StatusCode::OK
            && res.extensions().get::<Personal>().is_none()
            && !res.headers().contains_key(header::SET_COOKIE)
            && res
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.starts_with("text/html"));
        if !keepable {
            self.give_up(&key);
            return res;
        }
        let (parts, body) = res.into_parts();
        let body = match axum::body::to_bytes(body, usize::MAX).await {
            Ok(b) => b,
            Err(e) => {
                self.give_up(&key);
                tracing::warn!(error = %e, "a page could not be rendered to the end");
                let mut res = Response::new(Body::empty());
                *res.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                return res;
            }
        };
        if body.len() <= MAX_PAGE && !nonce.is_empty() {
            let nonce_at = std::str::from_utf8(&body)
                .map(|text| text.match_indices(nonce).map(|(i, _)| i).collect())
                .unwrap_or_default();
            let kept = Arc::new(Kept {
                made: Instant::now(),
                version,
                headers: parts.headers.clone(),
                body: body.clone(),
                nonce_at,
                nonce_len: nonce.len(),
                renewing: AtomicBool::new(false),
            });
            if let Ok(mut pages) = self.pages.lock() {
                let (map, bytes) = &mut *pages;
                if let Some(old) = map.insert(key, kept) {
                    *bytes -= old.body.len();
                }
                *bytes += body.len();
                while *bytes > MAX_BYTES {
                    let Some(oldest) = map
                        .iter()
                        .min_by_key(|(_, k)| k.made)
                        .map(|(key, _)| key.clone())
                    else {
                        break;
                    };
                    if let Some(k) = map.remove(&oldest) {
                        *bytes -= k.body.len();
                    }
                }
            }
        } else {
            self.give_up(&key);
        }
        Response::from_parts(parts, Body::from(body))
    }

    /// The render that was to renew a kept page brought nothing to keep: let another try.
    fn give_up(&self, key: &Key) {
        if let Some(k) = self.pages.lock().ok().and_then(|p| p.0.get(key).cloned()) {
            k.renewing.store(false, Ordering::SeqCst);
        }
    }
}
