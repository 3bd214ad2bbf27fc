//! Pages the server writes itself, outside the Leptos app (no JavaScript, no data): the
//! refusal of a malformed or oversized request, and the development outbox. Texts are
//! translated like every other page and everything inserted is escaped.
use crate::i18n::{loader, Lang};
use crate::t;
use i18n_embed::fluent::FluentLanguageLoader;

struct PlainLang(Lang);
impl PlainLang {
    fn loader(&self) -> &'static FluentLanguageLoader {
        loader(self.0)
    }
}

/// Text for HTML: `&`, `<`, `>`, quotes.
pub fn esc(s: &str) -> String {
    html_escape::encode_safe(s).into_owned()
}

/// A whole document in the portal's style: `title` is text, `body` is HTML already escaped.
pub fn document(lang: Lang, title: &str, body: &str) -> String {
    let pl = PlainLang(lang);
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} – {}</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"{}\"></head>\
         <body><main class=\"page\" id=\"main\"><h1>{}</h1>{body}</main></body></html>",
        lang.code(),
        esc(title),
        esc(&t!(pl, "site-name")),
        esc(&crate::platform::assets::css_href()),
        esc(title),
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// 400: arguments missing, of the wrong type, or not decodable.
    BadRequest,
    /// 413: a body over the limit.
    TooLarge,
}

/// The page that answers a refused request: what happened, that nothing was saved, a way on.
pub fn refusal_page(lang: Lang, r: Refusal) -> String {
    let pl = PlainLang(lang);
    let (title, text) = match r {
        Refusal::BadRequest => (
            t!(pl, "refusal-bad-request-title"),
            t!(pl, "refusal-bad-request-text"),
        ),
        Refusal::TooLarge => (
            t!(pl, "refusal-too-large-title"),
            t!(pl, "refusal-too-large-text"),
        ),
    };
    let body = format!(
        "<p>{}</p><p>{}</p><p><a href=\"/\">{}</a></p>",
        esc(&text),
        esc(&t!(pl, "refusal-help")),
        esc(&t!(pl, "refusal-back"))
    );
    document(lang, &title, &body)
}

/// The short text of a refusal, for a client that asked for data.
pub fn refusal_text(lang: Lang, r: Refusal) -> String {
    let pl = PlainLang(lang);
    match r {
        Refusal::BadRequest => t!(pl, "refusal-bad-request-title"),
        Refusal::TooLarge => t!(pl, "refusal-too-large-title"),
    }
}

/// (title, warning, "no messages") of the development outbox.
pub fn dev_outbox_texts(lang: Lang) -> (String, String, String) {
    let pl = PlainLang(lang);
    (
        t!(pl, "dev-outbox-title"),
        t!(pl, "dev-outbox-warning"),
        t!(pl, "dev-outbox-empty"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusal_pages_are_translated_and_escaped() {
        let pl = refusal_page(Lang::Pl, Refusal::BadRequest);
        assert!(
            pl.contains("<html lang=\"pl\"")
                && pl.contains("Nieprawidłowe żądanie")
                && pl.contains("nic nie zostało zapisane")
        );
        let en = refusal_page(Lang::En, Refusal::TooLarge);
        assert!(en.contains("Request too large"));
        let uk = refusal_page(Lang::Uk, Refusal::BadRequest);
        assert!(uk.contains("Неправильний запит"));
        let d = document(Lang::Pl, "</title><b>", "");
        assert!(
            !d.contains("</title><b>") && d.contains("&lt;&#x2F;title&gt;&lt;b&gt;"),
            "{d}"
        );
    }
}
