//! Polish (default), English and Ukrainian through i18n-embed and Fluent.
//!
//! Every visible string goes through the `t` macro, which wraps `i18n_embed_fl::fl!`: a key
//! missing from the Polish file fails the build. `tests` below fail when a key is
//! missing from English or Ukrainian, or defined and never used.
pub mod format;
pub mod time;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::LanguageLoader;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
#[derive(rust_embed::RustEmbed)]
#[folder = "i18n"]
struct Localizations;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "pl" => Some(Lang::Pl),
            "en" => Some(Lang::En),
            "uk" => Some(Lang::Uk),
            _ => None,
        }
    }

    /// The language's own name, shown in the switcher whatever the page language.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Pl => "Polski",
            Lang::En => "English",
            Lang::Uk => "Українська",
        }
    }

    /// Picks the best supported language from an `Accept-Language` header
    /// (by quality, then order), or None.
    pub fn negotiate(header: &str) -> Option<Lang> {
        let mut offers: Vec<(f32, usize, Lang)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut it = part.trim().split(';');
                let tag = it.next()?.trim();
                let q = it
                    .find_map(|p| {
                        p.trim()
                            .strip_prefix("q=")
                            .and_then(|q| q.parse::<f32>().ok())
                    })
                    .unwrap_or(1.0);
                let primary = tag.split('-').next()?;
                let lang = match primary.to_ascii_lowercase().as_str() {
                    // Russian-speaking visitors from Ukraine often send "ru"; we do not
                    // guess for them: Polish stays the default.
                    "ua" => Some(Lang::Uk),
                    other => Lang::from_code(other),
                }?;
                (q > 0.0).then_some((q, i, lang))
            })
            .collect();
        offers.sort_by(|a, b| {
            b.0.partial_cmp(&a.0)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.1.cmp(&b.1))
        });
        offers.first().map(|o| o.2)
    }
}

/// A loader for one language from its Fluent text. The server falls back to Polish for a
/// missing message (tests keep every language complete); the browser holds one language,
/// which is then its own fallback.
fn build_loader(lang: Lang, assets: &impl i18n_embed::I18nAssets) -> FluentLanguageLoader {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("valid language id");
    let fallback = if cfg!(feature = "ssr") {
        "pl".parse().expect("valid language id")
    } else {
        id.clone()
    };
    let loader = FluentLanguageLoader::new("konto-app", fallback);
    if let Err(e) = loader.load_languages(assets, &[id]) {
        leptos::logging::error!("the messages of {} did not load: {e}", lang.code());
    }
    // No Unicode isolation marks: the text goes into HTML, which handles direction itself.
    loader.set_use_isolating(false);
    loader
}

fn index(lang: Lang) -> usize {
    match lang {
        Lang::Pl => 0,
        Lang::En => 1,
        Lang::Uk => 2,
    }
}

/// The server has every language's messages built in.
#[cfg(feature = "ssr")]
static LOADERS: std::sync::LazyLock<[FluentLanguageLoader; 3]> = std::sync::LazyLock::new(|| {
    [
        build_loader(Lang::Pl, &Localizations),
        build_loader(Lang::En, &Localizations),
        build_loader(Lang::Uk, &Localizations),
    ]
});

#[cfg(feature = "ssr")]
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    &LOADERS[index(lang)]
}

/// The Fluent text of a language as the browser fetches it.
#[cfg(feature = "ssr")]
pub fn messages_text(lang: Lang) -> &'static str {
    static TEXTS: std::sync::LazyLock<[String; 3]> = std::sync::LazyLock::new(|| {
        Lang::ALL.map(|l| {
            let file = Localizations::get(&format!("{}/konto-app.ftl", l.code()))
                .expect("the Fluent files are embedded");
            String::from_utf8_lossy(&file.data).into_owned()
        })
    });
    &TEXTS[index(lang)]
}

/// Where the browser fetches a language's messages: the name carries a hash of the text, so
/// the file is cached for a year and a new text gets a new name.
#[cfg(feature = "ssr")]
pub fn messages_path(lang: Lang) -> &'static str {
    static PATHS: std::sync::LazyLock<[String; 3]> = std::sync::LazyLock::new(|| {
        use sha2::{Digest, Sha256};
        Lang::ALL.map(|l| {
            let hash = hex::encode(&Sha256::digest(messages_text(l).as_bytes())[..12]);
            format!("/i18n/{}.{hash}.ftl", l.code())
        })
    });
    &PATHS[index(lang)]
}

/// The browser holds only the languages it has fetched (the page's language before
/// hydration, another one when the visitor switches): the WebAssembly carries no text.
#[cfg(not(feature = "ssr"))]
static LOADERS: [std::sync::OnceLock<FluentLanguageLoader>; 3] = [
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
];

#[cfg(not(feature = "ssr"))]
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    if let Some(l) = LOADERS[index(lang)].get() {
        return l;
    }
    // Not fetched (yet): any language that is, else an empty loader (message ids show).
    static EMPTY: std::sync::OnceLock<FluentLanguageLoader> = std::sync::OnceLock::new();
    LOADERS.iter().find_map(|l| l.get()).unwrap_or_else(|| {
        EMPTY.get_or_init(|| {
            FluentLanguageLoader::new("konto-app", "pl".parse().expect("valid language id"))
        })
    })
}

/// One language's Fluent text, as fetched.
#[cfg(not(feature = "ssr"))]
struct OneFile {
    path: String,
    text: String,
}

#[cfg(not(feature = "ssr"))]
impl i18n_embed::I18nAssets for OneFile {
    fn get_files(&self, file_path: &str) -> Vec<std::borrow::Cow<'_, [u8]>> {
        if file_path == self.path {
            vec![std::borrow::Cow::Borrowed(self.text.as_bytes())]
        } else {
            vec![]
        }
    }
    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(std::iter::once(self.path.clone()))
    }
}

/// Fetches a language's messages (the addresses are in the page's `ko-messages` meta
/// element) and makes them the language's loader. Tries three times; false if they never came.
#[cfg(feature = "hydrate")]
pub async fn load(lang: Lang) -> bool {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if LOADERS[index(lang)].get().is_some() {
        return true;
    }
    let doc = document();
    let url = doc
        .query_selector("meta[name=ko-messages]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute(&format!("data-{}", lang.code())));
    let Some(url) = url else {
        return false;
    };
    for _ in 0..3 {
        let Ok(resp) = JsFuture::from(window().fetch_with_str(&url)).await else {
            continue;
        };
        let Ok(resp) = resp.dyn_into::<web_sys::Response>() else {
            continue;
        };
        if !resp.ok() {
            continue;
        }
        let Some(text) = (match resp.text() {
            Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()),
            Err(_) => None,
        }) else {
            continue;
        };
        let file = OneFile {
            path: format!("{}/konto-app.ftl", lang.code()),
            text,
        };
        let _ = LOADERS[index(lang)].set(build_loader(lang, &file));
        return true;
    }
    false
}

/// The active language, shared through context. Reading it inside a closure makes the
/// text follow a language switch without a page load.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
    /// The language the page was rendered in: used when the signal is no longer there (the
    /// server computes the `<title>` after rendering, when a page's reactive scope may
    /// already have been disposed).
    pub initial: Lang,
}

impl I18n {
    pub fn new(lang: Lang) -> I18n {
        I18n {
            lang: RwSignal::new(lang),
            initial: lang,
        }
    }
    pub fn loader(&self) -> &'static FluentLanguageLoader {
        loader(self.lang())
    }
    pub fn lang(&self) -> Lang {
        self.lang.try_get().unwrap_or(self.initial)
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The message in the active language: the i18n handle, the message id as a literal,
/// then any Fluent arguments as `name = value`.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $($rest:tt)+) => {
        i18n_embed_fl::fl!($i18n.loader(), $($rest)+)
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: &str) -> BTreeSet<String> {
        let file = Localizations::get(&format!("{lang}/konto-app.ftl")).expect("ftl file present");
        let text = std::str::from_utf8(&file.data).expect("utf-8");
        text.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
            .collect()
    }

    fn used_keys() -> BTreeSet<String> {
        let mut used = BTreeSet::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(p) = stack.pop() {
            for e in std::fs::read_dir(&p).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    let src = std::fs::read_to_string(&path).unwrap();
                    let mut rest = src.as_str();
                    while let Some(i) = rest.find("t!(") {
                        rest = &rest[i + 3..];
                        // the macro call: an identifier, a comma, the quoted message id
                        let Some((ident, after)) = rest.split_once(',') else {
                            break;
                        };
                        // (formatters may break the call over several lines)
                        let ident = ident.trim();
                        if !ident.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                            continue;
                        }
                        let after = after.trim_start();
                        if let Some(lit) = after.strip_prefix('"') {
                            if let Some(end) = lit.find('"') {
                                used.insert(lit[..end].to_string());
                            }
                        }
                    }
                }
            }
        }
        used
    }

    /// Every message id defined once per language: Fluent keeps the first and logs an error
    /// for the second at every start, and which text wins would be an accident.
    #[test]
    fn no_message_is_defined_twice() {
        for lang in ["pl", "en", "uk"] {
            let file =
                Localizations::get(&format!("{lang}/konto-app.ftl")).expect("ftl file present");
            let text = std::str::from_utf8(&file.data).expect("utf-8");
            let mut seen = BTreeSet::new();
            let twice: Vec<_> = text
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
                .filter(|k| !seen.insert(k.clone()))
                .collect();
            assert!(
                twice.is_empty(),
                "{lang} defines these more than once: {twice:?}"
            );
        }
    }

    /// Each part's own messages file (src/<module>/messages/<lang>.ftl) defines the same
    /// ids in every language, so a part moves with all its translations.
    #[test]
    fn each_part_has_its_messages_in_every_language() {
        let src = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
        let ids = |path: std::path::PathBuf| -> BTreeSet<String> {
            std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
                .collect()
        };
        let mut parts = 0;
        for e in std::fs::read_dir(src).unwrap() {
            let dir = e.unwrap().path().join("messages");
            if !dir.is_dir() {
                continue;
            }
            parts += 1;
            let pl = ids(dir.join("pl.ftl"));
            assert!(!pl.is_empty(), "{} is empty", dir.display());
            for lang in ["en", "uk"] {
                let other = ids(dir.join(format!("{lang}.ftl")));
                assert_eq!(pl, other, "{} in {lang}", dir.display());
            }
        }
        assert!(parts >= 8, "only {parts} parts have messages");
    }

    #[test]
    fn every_language_defines_the_same_keys() {
        let pl = keys("pl");
        assert!(pl.len() > 50, "the Polish file looks empty");
        for lang in ["en", "uk"] {
            let other = keys(lang);
            let missing: Vec<_> = pl.difference(&other).collect();
            let extra: Vec<_> = other.difference(&pl).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has keys Polish lacks: {extra:?}");
        }
    }

    #[test]
    fn every_key_is_used_and_every_used_key_exists() {
        let pl = keys("pl");
        let used = used_keys();
        let unused: Vec<_> = pl.difference(&used).collect();
        assert!(unused.is_empty(), "defined but never used: {unused:?}");
        let undefined: Vec<_> = used.difference(&pl).collect();
        assert!(undefined.is_empty(), "used but not defined: {undefined:?}");
    }

    #[test]
    fn every_message_resolves_in_every_language() {
        for lang in Lang::ALL {
            for key in keys("pl") {
                let text = loader(lang).get(&key);
                assert!(
                    !text.is_empty() && !text.contains("No localization"),
                    "{lang:?} {key}: {text}"
                );
            }
        }
    }

    #[test]
    fn accept_language_negotiation() {
        assert_eq!(Lang::negotiate("en-GB,en;q=0.9,pl;q=0.8"), Some(Lang::En));
        assert_eq!(Lang::negotiate("de-DE,uk;q=0.7,pl;q=0.9"), Some(Lang::Pl));
        assert_eq!(Lang::negotiate("uk-UA"), Some(Lang::Uk));
        assert_eq!(Lang::negotiate("de, fr"), None);
        assert_eq!(Lang::negotiate("en;q=0"), None);
        assert_eq!(Lang::negotiate(""), None);
    }
}
