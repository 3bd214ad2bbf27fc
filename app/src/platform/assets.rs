//! The names of the built files a page links to. A release build (`cargo leptos build
//! --release`, with `hash-files`) puts a content hash in each name (`konto.1a2b….css`) and
//! writes the hashes to `hash.txt` beside the server; such files never change, so browsers
//! keep them for a year without asking again. Without that file the plain names are used.
use std::path::Path;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assets {
    /// Whether the names carry content hashes (then they may be cached for good).
    pub hashed: bool,
    /// File names under `/pkg/`.
    pub css: String,
    pub js: String,
    pub wasm: String,
}

impl Assets {
    /// The plain names of a development build.
    pub fn plain(output_name: &str) -> Assets {
        Assets {
            hashed: false,
            css: format!("{output_name}.css"),
            js: format!("{output_name}.js"),
            wasm: format!("{output_name}_bg.wasm"),
        }
    }

    /// From cargo-leptos' hash file (`js: …`, `wasm: …`, `css: …` lines); plain names when
    /// there is none or it lacks a line.
    pub fn load(output_name: &str, hash_file: &Path) -> Assets {
        let Ok(text) = std::fs::read_to_string(hash_file) else {
            return Assets::plain(output_name);
        };
        let hash = |kind: &str| {
            text.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                (k.trim() == kind && !v.trim().is_empty()).then(|| v.trim().to_string())
            })
        };
        match (hash("css"), hash("js"), hash("wasm")) {
            (Some(css), Some(js), Some(wasm)) => Assets {
                hashed: true,
                css: format!("{output_name}.{css}.css"),
                js: format!("{output_name}.{js}.js"),
                wasm: format!("{output_name}.{wasm}.wasm"),
            },
            _ => Assets::plain(output_name),
        }
    }

    pub fn css_href(&self) -> String {
        format!("/pkg/{}", self.css)
    }
}

static SERVED: std::sync::OnceLock<Assets> = std::sync::OnceLock::new();

/// Called by the server with the files it serves (the first call wins: one process serves
/// one build).
pub fn serve(assets: &Assets) {
    let _ = SERVED.set(assets.clone());
}

/// The stylesheet for the page being rendered: from the request's context (the server
/// provides its [`Assets`]), else what the process serves (pages the server writes itself).
pub fn css_href() -> String {
    leptos::prelude::use_context::<Assets>()
        .or_else(|| SERVED.get().cloned())
        .unwrap_or_else(|| Assets::plain("konto"))
        .css_href()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_come_from_the_hash_file() {
        let dir = std::env::temp_dir().join(format!("ko-assets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("hash.txt");
        std::fs::write(&file, "js: AbC\nwasm: dEf\ncss: x_Y-1\n").unwrap();
        let a = Assets::load("konto", &file);
        assert!(a.hashed);
        assert_eq!(a.css_href(), "/pkg/konto.x_Y-1.css");
        assert_eq!(a.js, "konto.AbC.js");
        assert_eq!(a.wasm, "konto.dEf.wasm");
        std::fs::write(&file, "js: AbC\n").unwrap();
        assert_eq!(Assets::load("konto", &file), Assets::plain("konto"));
        assert_eq!(
            Assets::load("konto", &dir.join("none.txt")),
            Assets::plain("konto")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
