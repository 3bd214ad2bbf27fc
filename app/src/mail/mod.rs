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
        (
            t!(ml, "mail-confirm-subject"),
            t!(ml, "mail-confirm-body", name = name, link = link),
        )
    }

    /// (subject, body) with a single-use link to choose a new password.
    pub fn password_reset(lang: Lang, name: &str, link: &str, minutes: i64) -> (String, String) {
        let ml = MailLang(lang);
        (
            t!(ml, "mail-reset-subject"),
            t!(
                ml,
                "mail-reset-body",
                name = name,
                link = link,
                minutes = minutes
            ),
        )
    }

    /// (subject, body) telling the owner that the password was changed.
    pub fn password_was_changed(lang: Lang, name: &str) -> (String, String) {
        let ml = MailLang(lang);
        (
            t!(ml, "mail-password-changed-subject"),
            t!(ml, "mail-password-changed-body", name = name),
        )
    }

    /// (subject, body) to the new address, with the link that confirms it.
    pub fn confirm_new_email(lang: Lang, name: &str, link: &str) -> (String, String) {
        let ml = MailLang(lang);
        (
            t!(ml, "mail-new-email-subject"),
            t!(ml, "mail-new-email-body", name = name, link = link),
        )
    }

    /// (subject, body) to the old address: a change to `new_email` was asked for / made.
    pub fn email_change_notice(
        lang: Lang,
        name: &str,
        new_email: &str,
        done: bool,
    ) -> (String, String) {
        let ml = MailLang(lang);
        if done {
            (
                t!(ml, "mail-email-changed-subject"),
                t!(
                    ml,
                    "mail-email-changed-body",
                    name = name,
                    email = new_email
                ),
            )
        } else {
            (
                t!(ml, "mail-email-change-asked-subject"),
                t!(
                    ml,
                    "mail-email-change-asked-body",
                    name = name,
                    email = new_email
                ),
            )
        }
    }

    /// (subject, body) telling the owner of an address that it already has an account.
    pub fn account_exists(lang: Lang, sign_in_link: &str) -> (String, String) {
        let ml = MailLang(lang);
        (
            t!(ml, "mail-exists-subject"),
            t!(ml, "mail-exists-body", link = sign_in_link),
        )
    }
}
