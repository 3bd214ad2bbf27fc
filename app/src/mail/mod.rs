//! Outgoing e-mail. Messages are written in the recipient's language and queued in the
//! database (`mail_outbox`); the server's mail job delivers them over SMTP.
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub use compose::*;

#[cfg(feature = "ssr")]
mod compose {
    use crate::i18n::{loader, Lang};
    use crate::t;
    use i18n_embed::fluent::FluentLanguageLoader;

    /// A language handle for messages written outside any page.
    struct MailLang(Lang);
    impl MailLang {
        fn loader(&self) -> &'static FluentLanguageLoader {
            loader(self.0)
        }
    }

    /// (subject, body) asking the person to confirm a new account.
    pub fn confirm_registration(lang: Lang, name: &str, link: &str) -> (String, String) {
        let ml = MailLang(lang);
        (t!(ml, "mail-confirm-subject"), t!(ml, "mail-confirm-body", name = name, link = link))
    }

    /// (subject, body) telling the owner of an address that it already has an account.
    pub fn account_exists(lang: Lang, sign_in_link: &str) -> (String, String) {
        let ml = MailLang(lang);
        (t!(ml, "mail-exists-subject"), t!(ml, "mail-exists-body", link = sign_in_link))
    }
}
