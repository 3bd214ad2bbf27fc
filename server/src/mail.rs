//! SMTP delivery of the outbox (lettre), and the development outbox page.
use axum::{extract::Extension, http::header, response::IntoResponse};
use konto_app::mail::store::OutMail;
use konto_app::platform::AppState;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: lettre::message::Mailbox,
}

impl Mailer {
    /// From `KO_SMTP_URL` (`smtp://[user:password@]host[:port]`, a relay on a trusted
    /// network that handles onward TLS) and `KO_MAIL_FROM`.
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        let (host, port, creds) = parse_smtp_url(url)?;
        let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).port(port);
        if let Some((user, password)) = creds {
            b = b.credentials(lettre::transport::smtp::authentication::Credentials::new(
                user, password,
            ));
        }
        let transport = b.build();
        let from = from.parse().map_err(|e| format!("KO_MAIL_FROM: {e}"))?;
        Ok(Mailer { transport, from })
    }

    pub async fn send(&self, m: &OutMail) -> Result<(), String> {
        let to = m.to.parse().map_err(|e| format!("address: {e}"))?;
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&m.subject)
            .header(lettre::message::header::ContentType::TEXT_PLAIN);
        if let Some(url) = &m.unsubscribe {
            for (name, value) in list_unsubscribe(url) {
                b = b.raw_header(lettre::message::header::HeaderValue::new(
                    lettre::message::header::HeaderName::new_from_ascii_str(name),
                    value,
                ));
            }
        }
        let msg = b
            .body(m.body.clone())
            .map_err(|e| format!("message: {e}"))?;
        self.transport
            .send(msg)
            .await
            .map(|_| ())
            .map_err(|e| format!("smtp: {e}"))
    }
}

/// The one-click unsubscribe headers of RFC 8058 for news: a mail program offers
/// "unsubscribe" and POSTs `List-Unsubscribe=One-Click` to the address, no sign-in needed.
pub fn list_unsubscribe(url: &str) -> [(&'static str, String); 2] {
    [
        ("List-Unsubscribe", format!("<{url}>")),
        (
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click".to_string(),
        ),
    ]
}

type SmtpTarget = (String, u16, Option<(String, String)>);

/// `smtp://[user:password@]host[:port]` (port 25 by default).
pub fn parse_smtp_url(url: &str) -> Result<SmtpTarget, String> {
    let rest = url
        .strip_prefix("smtp://")
        .ok_or("KO_SMTP_URL must start with smtp://")?;
    let rest = rest.trim_end_matches('/');
    let (creds, hostport) = match rest.rsplit_once('@') {
        Some((c, h)) => {
            let (u, p) = c
                .split_once(':')
                .ok_or("KO_SMTP_URL: credentials are user:password")?;
            (Some((u.to_string(), p.to_string())), h)
        }
        None => (None, rest),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| "KO_SMTP_URL: bad port")?),
        None => (hostport, 25),
    };
    if host.is_empty() {
        return Err("KO_SMTP_URL: no host".into());
    }
    Ok((host.to_string(), port, creds))
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Whether the portal's public origin is this machine (http://127.0.0.1…, localhost, [::1]):
/// only then may the development outbox exist at all.
pub fn loopback_origin(origin: &str) -> bool {
    let host = origin
        .split_once("://")
        .map(|(_, r)| r)
        .unwrap_or(origin)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("");
    let host = if host.starts_with('[') {
        host.split(']').next().map(|h| &h[1..]).unwrap_or("")
    } else {
        host.rsplit_once(':').map(|(h, _)| h).unwrap_or(host)
    };
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Development only (KO_DEV_OUTBOX=1, and only while the public origin is on loopback): the
/// newest mail, so that a person trying the portal locally, and the browser tests, can follow
/// confirmation links without a mail server. It shows everyone's mail, so it answers only
/// requests from this machine (the peer and, behind a proxy, the forwarded client).
pub async fn dev_outbox(
    Extension(state): Extension<AppState>,
    Extension(ctx): Extension<konto_app::platform::RequestCtx>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<std::net::SocketAddr>,
) -> axum::response::Response {
    let from_here = peer.ip().is_loopback()
        && ctx
            .client_ip
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if !from_here {
        tracing::warn!(target: "security", "development outbox refused to a remote client");
        return axum::http::StatusCode::NOT_FOUND.into_response();
    }
    let lang = ctx.lang;
    let (title, warning, empty) = konto_app::pages::plain::dev_outbox_texts(lang);
    let mails = konto_app::mail::store::recent(&state.db, 50)
        .await
        .unwrap_or_default();
    let mut html = format!("<p class=\"notice notice--warning\">{}</p>", esc(&warning));
    if mails.is_empty() {
        html.push_str(&format!("<p>{}</p>", esc(&empty)));
    }
    for m in mails {
        html.push_str(&format!(
            "<article class=\"mail\" data-to=\"{}\"><h2>{}</h2><p>To: {}</p><pre>",
            esc(&m.to),
            esc(&m.subject),
            esc(&m.to)
        ));
        for word in m.body.split_inclusive(char::is_whitespace) {
            let w = word.trim_end();
            if w.starts_with("http://") || w.starts_with("https://") {
                html.push_str(&format!(
                    "<a href=\"{}\">{}</a>{}",
                    esc(w),
                    esc(w),
                    esc(&word[w.len()..])
                ));
            } else {
                html.push_str(&esc(word));
            }
        }
        html.push_str("</pre></article>");
    }
    let mut res = (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        konto_app::pages::plain::document(lang, &title, &html),
    )
        .into_response();
    // Shown to this machine only: never handed to anyone else from the page cache.
    res.extensions_mut().insert(crate::page_cache::Personal);
    res
}

#[cfg(test)]
mod tests {
    use super::{loopback_origin, parse_smtp_url};

    #[test]
    fn loopback_origins() {
        for o in [
            "http://127.0.0.1:3000",
            "http://localhost:3000",
            "http://[::1]:3000",
            "http://127.0.0.2",
        ] {
            assert!(loopback_origin(o), "{o}");
        }
        for o in [
            "https://konto.krakow.pl",
            "http://10.0.0.5:3000",
            "http://127.0.0.1.evil.example",
            "http://0.0.0.0:3000",
        ] {
            assert!(!loopback_origin(o), "{o}");
        }
    }

    #[test]
    fn smtp_urls() {
        assert_eq!(
            parse_smtp_url("smtp://relay.um.krakow.pl").unwrap(),
            ("relay.um.krakow.pl".into(), 25, None)
        );
        assert_eq!(
            parse_smtp_url("smtp://konto:s3cret@127.0.0.1:2525/").unwrap(),
            (
                "127.0.0.1".into(),
                2525,
                Some(("konto".into(), "s3cret".into()))
            )
        );
        assert!(parse_smtp_url("http://x").is_err());
        assert!(parse_smtp_url("smtp://:25").is_err());
        assert!(parse_smtp_url("smtp://host:port").is_err());
    }
}
