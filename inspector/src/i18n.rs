//! The app's messages in Polish (the default), English and Ukrainian, with Fluent as in the
//! portal. The ticket names (products, zones, fares) are the portal's own files, so a ticket
//! reads the same in the wallet and on the inspector's screen.
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Pl,
    En,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Pl, Lang::En, Lang::Uk];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
            Lang::Uk => "uk",
        }
    }

    /// The language's own name, for the switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Pl => "Polski",
            Lang::En => "English",
            Lang::Uk => "Українська",
        }
    }

    /// The first supported language of a list of tags ("uk-UA", "en", …).
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(|t| {
            let primary = t.split(['-', '_']).next()?.to_ascii_lowercase();
            Lang::ALL.into_iter().find(|l| l.code() == primary)
        })
    }

    fn sources(self) -> [&'static str; 2] {
        match self {
            Lang::Pl => [
                include_str!("../messages/pl.ftl"),
                include_str!("../../app/src/tickets/messages/pl.ftl"),
            ],
            Lang::En => [
                include_str!("../messages/en.ftl"),
                include_str!("../../app/src/tickets/messages/en.ftl"),
            ],
            Lang::Uk => [
                include_str!("../messages/uk.ftl"),
                include_str!("../../app/src/tickets/messages/uk.ftl"),
            ],
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static BUNDLES: RefCell<Vec<(Lang, Bundle)>> = const { RefCell::new(Vec::new()) };
}

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    // Plain text: the page is one language at a time.
    b.set_use_isolating(false);
    for src in lang.sources() {
        if let Ok(res) = FluentResource::try_new(src.to_string()) {
            let _ = b.add_resource(res);
        }
    }
    b
}

/// A message with arguments; its key when the message is missing (the tests keep none missing).
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    BUNDLES.with(|cell| {
        let mut all = cell.borrow_mut();
        if !all.iter().any(|(l, _)| *l == lang) {
            all.push((lang, bundle(lang)));
        }
        let Some((_, b)) = all.iter().find(|(l, _)| *l == lang) else {
            return key.to_string();
        };
        let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        b.format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned()
    })
}

pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `"ins-…"` and `"tk-…"` key the app's code names, and every `ins-` key the files hold.
    fn keys_in_code() -> Vec<String> {
        let mut keys = Vec::new();
        for src in [
            include_str!("app.rs"),
            include_str!("main.rs"),
            include_str!("words.rs"),
        ] {
            for part in src.split('"').skip(1).step_by(2) {
                if (part.starts_with("ins-") || part.starts_with("tk-"))
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    keys.push(part.to_string());
                }
            }
        }
        keys.sort();
        keys.dedup();
        keys
    }

    #[test]
    fn every_message_is_in_every_language_and_every_message_is_used() {
        let used = keys_in_code();
        assert!(used.len() > 30, "{used:?}");
        for lang in Lang::ALL {
            let b = bundle(lang);
            for k in &used {
                assert!(b.has_message(k), "{k} missing in {}", lang.code());
            }
            for line in lang.sources()[0].lines() {
                if let Some((k, _)) = line.split_once(" =") {
                    if !k.starts_with(' ') && !k.starts_with('#') && !k.is_empty() {
                        assert!(used.contains(&k.to_string()), "{k} is never used");
                    }
                }
            }
        }
    }

    #[test]
    fn plurals_and_languages() {
        let n = |lang, m: i64| tr_args(lang, "ins-left-minutes", &[("n", m.into())]);
        assert_eq!(n(Lang::Pl, 1), "jeszcze 1 minuta");
        assert_eq!(n(Lang::Pl, 3), "jeszcze 3 minuty");
        assert_eq!(n(Lang::Pl, 25), "jeszcze 25 minut");
        assert_eq!(n(Lang::En, 1), "1 minute left");
        assert_eq!(n(Lang::Uk, 21), "ще 21 хвилина");
        assert_eq!(tr(Lang::Pl, "ins-valid"), "WAŻNY");
        assert_eq!(tr(Lang::En, "no-such-key"), "no-such-key");
        assert_eq!(Lang::negotiate(["de-DE", "uk-UA", "pl"]), Some(Lang::Uk));
        assert_eq!(Lang::negotiate(["de"]), None);
    }
}
