//! The inspectors' app under `/inspector/`: Trunk's build (`target/inspector`, or
//! KO_INSPECTOR_DIR), read once when the server starts and each file compressed once (brotli 11
//! and gzip), never per request. Hashed file names are kept by browsers for a year; the page,
//! the service worker and the web manifest are asked for again each time (`no-cache`), so a
//! new build reaches devices the next time they are online.
//!
//! Its own Content-Security-Policy: Trunk starts the app with an inline module script, which
//! the portal's nonce policy would block, so the policy names that script by its SHA-256 (read
//! from the built page) instead. The camera is allowed here only (Permissions-Policy in the
//! middleware).
use axum::body::Body;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue, StatusCode};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

pub const PREFIX: &str = "/inspector/";

struct File {
    raw: Vec<u8>,
    br: Vec<u8>,
    gz: Vec<u8>,
    content_type: &'static str,
    cache: &'static str,
}

pub struct Files {
    files: HashMap<String, File>,
    csp: String,
}

/// The built app, loaded on first need (the server's start begins it in the background).
#[derive(Clone)]
pub struct Inspector {
    dir: PathBuf,
    files: Arc<OnceLock<Option<Files>>>,
}

impl Inspector {
    pub fn new(dir: PathBuf) -> Inspector {
        let me = Inspector {
            dir,
            files: Arc::new(OnceLock::new()),
        };
        let early = me.clone();
        std::thread::spawn(move || {
            early.files();
        });
        me
    }

    fn files(&self) -> Option<&Files> {
        self.files
            .get_or_init(|| match load(&self.dir) {
                Ok(f) => {
                    tracing::info!(dir = %self.dir.display(), files = f.files.len(), "inspector app loaded");
                    Some(f)
                }
                Err(e) => {
                    tracing::warn!(dir = %self.dir.display(), error = %e, "the inspector app is not built (scripts/build-inspector): /inspector/ answers 404");
                    None
                }
            })
            .as_ref()
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, e)| e) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("webmanifest") => "application/manifest+json",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// The page, the service worker and the manifest keep their names: always asked again.
fn cache_of(name: &str) -> &'static str {
    match name {
        "index.html" | "sw.js" | "manifest.webmanifest" => "no-cache",
        _ => "public, max-age=31536000, immutable",
    }
}

/// Brotli (quality 11) and gzip (best) copies, made once (also the languages' messages).
pub(crate) fn compress(raw: &[u8]) -> (Vec<u8>, Vec<u8>) {
    use std::io::Write;
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &raw[..], &mut br, &params);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gz.write_all(raw);
    (br, gz.finish().unwrap_or_default())
}

fn walk(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, base, out)?;
        } else if let Ok(rel) = path.strip_prefix(base) {
            out.push((rel.to_string_lossy().replace('\\', "/"), path.clone()));
        }
    }
    Ok(())
}

/// The SHA-256 of every inline script in a page, as CSP sources.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    use base64::Engine;
    use sha2::Digest;
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = rest[body_start..].find("</script") else {
            break;
        };
        let body = &rest[body_start..body_start + close];
        if !tag.contains(" src=") && !body.is_empty() {
            let digest = sha2::Sha256::digest(body.as_bytes());
            out.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &rest[body_start + close..];
    }
    out
}

pub fn content_security_policy(script_hashes: &[String]) -> String {
    format!(
        "default-src 'self'; script-src 'self' {} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; worker-src 'self'; \
         manifest-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'",
        script_hashes.join(" ")
    )
}

fn load(dir: &Path) -> Result<Files, String> {
    let mut found = Vec::new();
    walk(dir, dir, &mut found).map_err(|e| e.to_string())?;
    let index = found
        .iter()
        .find(|(n, _)| n == "index.html")
        .ok_or("no index.html")?;
    let html = std::fs::read_to_string(&index.1).map_err(|e| e.to_string())?;
    let csp = content_security_policy(&inline_script_hashes(&html));
    let mut files = HashMap::new();
    for (name, path) in found {
        let raw = std::fs::read(&path).map_err(|e| format!("{name}: {e}"))?;
        let (br, gz) = compress(&raw);
        files.insert(
            name.clone(),
            File {
                raw,
                br,
                gz,
                content_type: content_type(&name),
                cache: cache_of(&name),
            },
        );
    }
    Ok(Files { files, csp })
}

fn accepts(headers: &http::HeaderMap, coding: &str) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|part| {
            let mut it = part.split(';');
            let name = it.next().unwrap_or_default().trim();
            let q_zero = it.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    == Some(0.0)
            });
            name.eq_ignore_ascii_case(coding) && !q_zero
        })
}

/// `GET /inspector/{*path}` (and `/inspector/` for the page).
pub async fn serve(
    State(app): State<Inspector>,
    uri: http::Uri,
    headers: http::HeaderMap,
) -> Response {
    let Some(name) = uri.path().strip_prefix(PREFIX) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let name = if name.is_empty() { "index.html" } else { name }.to_string();
    let loaded = tokio::task::spawn_blocking(move || app.files().is_some().then_some(app))
        .await
        .ok()
        .flatten();
    let Some(app) = loaded else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(files) = app.files() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(file) = files.files.get(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (body, coding) = if accepts(&headers, "br") && file.br.len() < file.raw.len() {
        (file.br.clone(), Some("br"))
    } else if accepts(&headers, "gzip") && file.gz.len() < file.raw.len() {
        (file.gz.clone(), Some("gzip"))
    } else {
        (file.raw.clone(), None)
    };
    let mut res = Response::new(Body::from(body));
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(file.content_type),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(file.cache));
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(c) = coding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(c));
    }
    if let Ok(v) = HeaderValue::from_str(&files.csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_named_by_their_hash() {
        let html = r#"<html><head><script type="module">import init from '/inspector/a.js';
await init();</script><script src="/x.js"></script><link rel="modulepreload" href="/a.js"></head></html>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1, "the external script is allowed by 'self'");
        use base64::Engine;
        use sha2::Digest;
        let body = "import init from '/inspector/a.js';\nawait init();";
        let want = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(body));
        assert_eq!(hashes[0], format!("'sha256-{want}'"));
        assert!(content_security_policy(&hashes).contains(&hashes[0]));
        assert!(inline_script_hashes("<script>never closed").is_empty());
    }

    #[test]
    fn encodings_by_the_browsers_word() {
        let h = |v: &str| {
            let mut m = http::HeaderMap::new();
            m.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
            m
        };
        assert!(accepts(&h("gzip, deflate, br, zstd"), "br"));
        assert!(!accepts(&h("gzip, br;q=0"), "br"));
        assert!(accepts(&h("gzip, br;q=0"), "gzip"));
        assert!(!accepts(&http::HeaderMap::new(), "gzip"));
    }
}
