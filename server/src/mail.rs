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
            b = b.credentials(lettre::transport::smtp::authentication::Credentials::new(user, password));
        }
        let transport = b.build();
        let from = from.parse().map_err(|e| format!("KO_MAIL_FROM: {e}"))?;
        Ok(Mailer { transport, from })
    }

    pub async fn send(&self, m: &OutMail) -> Result<(), String> {
        let to = m.to.parse().map_err(|e| format!("address: {e}"))?;
        let msg = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&m.subject)
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(m.body.clone())
            .map_err(|e| format!("message: {e}"))?;
        self.transport.send(msg).await.map(|_| ()).map_err(|e| format!("smtp: {e}"))
    }
}

type SmtpTarget = (String, u16, Option<(String, String)>);

/// `smtp://[user:password@]host[:port]` (port 25 by default).
pub fn parse_smtp_url(url: &str) -> Result<SmtpTarget, String> {
    let rest = url.strip_prefix("smtp://").ok_or("KO_SMTP_URL must start with smtp://")?;
    let rest = rest.trim_end_matches('/');
    let (creds, hostport) = match rest.rsplit_once('@') {
        Some((c, h)) => {
            let (u, p) = c.split_once(':').ok_or("KO_SMTP_URL: credentials are user:password")?;
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
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Development only (KO_DEV_OUTBOX=1): the newest mail, so that a person trying the portal
/// locally, and the browser tests, can follow confirmation links without a mail server.
pub async fn dev_outbox(Extension(state): Extension<AppState>) -> impl IntoResponse {
    let mails = konto_app::mail::store::recent(&state.db, 50).await.unwrap_or_default();
    let mut html = String::from(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Development outbox</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/pkg/konto.css\"></head><body><main class=\"page\"><h1>Development outbox</h1>\
         <p>Mail the portal would send. Shown only with KO_DEV_OUTBOX=1; never enable it in production.</p>",
    );
    for m in mails {
        html.push_str(&format!("<article class=\"mail\" data-to=\"{}\"><h2>{}</h2><p>To: {}</p><pre>", esc(&m.to), esc(&m.subject), esc(&m.to)));
        for word in m.body.split_inclusive(char::is_whitespace) {
            let w = word.trim_end();
            if w.starts_with("http://") || w.starts_with("https://") {
                html.push_str(&format!("<a href=\"{}\">{}</a>{}", esc(w), esc(w), esc(&word[w.len()..])));
            } else {
                html.push_str(&esc(word));
            }
        }
        html.push_str("</pre></article>");
    }
    html.push_str("</main></body></html>");
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html)
}

#[cfg(test)]
mod tests {
    use super::parse_smtp_url;

    #[test]
    fn smtp_urls() {
        assert_eq!(parse_smtp_url("smtp://relay.um.krakow.pl").unwrap(), ("relay.um.krakow.pl".into(), 25, None));
        assert_eq!(
            parse_smtp_url("smtp://konto:s3cret@127.0.0.1:2525/").unwrap(),
            ("127.0.0.1".into(), 2525, Some(("konto".into(), "s3cret".into())))
        );
        assert!(parse_smtp_url("http://x").is_err());
        assert!(parse_smtp_url("smtp://:25").is_err());
        assert!(parse_smtp_url("smtp://host:port").is_err());
    }
}
