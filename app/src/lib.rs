//! Konto Obywatelskie: the Leptos application, compiled for the server (`ssr`) and to
//! WebAssembly for the browser (`hydrate`).
#![recursion_limit = "512"]
// In the browser build each server function becomes a stub taking one argument per form
// field (the survey builder's question form has 31); the lint has nothing to say about that.
#![cfg_attr(feature = "hydrate", allow(clippy::too_many_arguments))]

pub mod accounts;
pub mod app;
pub mod budget;
pub mod card;
pub mod consultations;
pub mod forms;
pub mod i18n;
pub mod identity;
pub mod mail;
pub mod pages;
pub mod payments;
pub mod platform;
pub mod referenda;
pub mod surveys;
pub mod taxes;
pub mod tickets;
pub mod ui;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Pages are lazily loaded pieces (`cargo leptos build --split`): hydration waits for the
    // piece of the page being opened, so it is asynchronous.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    leptos::task::spawn_local(async {
        let doc = leptos::prelude::document();
        // The page's messages first (the WebAssembly carries no text), in the language the
        // server wrote the page in. Without them the page stays as the server sent it, which
        // works without JavaScript.
        let lang = doc
            .document_element()
            .and_then(|html| i18n::Lang::from_code(&html.get_attribute("lang")?))
            .unwrap_or_default();
        if !i18n::load(lang).await {
            return;
        }
        let body = doc.body().expect("a page has a body");
        let owner = leptos::mount::hydrate_from_async(body.clone(), app::App).await;
        owner.forget();
        // A signal for people and tests: the page is interactive now.
        let _ = body.set_attribute("data-hydrated", "true");
        app::prefetch_on_intent();
    });
}

/// The map of the code, checked. Each layer may use the layers below it and never one above;
/// services (one layer) never use each other. README "A map of the code" says why.
#[cfg(test)]
mod layers {
    /// Top to bottom. Names are the modules under `src/` (`app` is `app.rs`).
    const LAYERS: &[&[&str]] = &[
        &["app", "pages"],
        &[
            "accounts",
            "surveys",
            "budget",
            "referenda",
            "consultations",
            "tickets",
            "taxes",
        ],
        &["payments", "card"],
        &["identity"],
        &["mail"],
        &["ui"],
        &["forms"],
        &["platform"],
        &["i18n"],
    ];

    /// The one declared use across services, and exactly what it may use: a consultation's
    /// survey form is a survey made with the survey builder (issue 12), so consultations read
    /// a survey's title and phase, and nothing else of surveys.
    const ACROSS: &[(&str, &str, &[&str])] = &[(
        "consultations",
        "surveys",
        &[
            "crate::surveys::store::all(",
            "crate::surveys::store::get(",
            "crate::surveys::Phase::",
        ],
    )];

    fn layer_of(module: &str) -> Option<usize> {
        LAYERS.iter().position(|l| l.contains(&module))
    }

    /// Every `crate::<module>` a file names (code and `use` lines; comments skipped).
    fn references(src: &str) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        for (n, line) in src.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let mut rest = code;
            while let Some(i) = rest.find("crate::") {
                rest = &rest[i + 7..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                found.push((n + 1, name));
            }
        }
        found
    }

    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    #[test]
    fn no_import_goes_up_and_services_do_not_use_each_other() {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
        let mut all = Vec::new();
        files(root, &mut all);
        let mut wrong = Vec::new();
        for path in all {
            let rel = path.strip_prefix(root).unwrap();
            let first = rel
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy();
            let module = first.trim_end_matches(".rs").to_string();
            if module == "lib" {
                continue;
            }
            let Some(mine) = layer_of(&module) else {
                wrong.push(format!("{}: module {module} is on no layer", rel.display()));
                continue;
            };
            let src = std::fs::read_to_string(&path).unwrap();
            // Tests may look at anything (the shell's test lists every service's messages);
            // they come last in a file (clippy's items_after_test_module, an error here).
            let src = src.split("#[cfg(test)]").next().unwrap_or_default();
            let lines: Vec<&str> = src.lines().collect();
            for (line, target) in references(src) {
                let declared = ACROSS.iter().any(|(from, to, uses)| {
                    *from == module
                        && *to == target
                        && uses.iter().any(|u| lines[line - 1].contains(u))
                });
                if declared {
                    continue;
                }
                // macros exported at the crate root (t!, problems!, notices!)
                if target == module || ["t", "problems", "notices"].contains(&target.as_str()) {
                    continue;
                }
                match layer_of(&target) {
                    Some(l) if l > mine => {}
                    // the shell's two modules are one layer
                    Some(0) if mine == 0 => {}
                    Some(l) if l == mine => wrong.push(format!(
                        "{}:{line}: the service {module} uses the service {target}",
                        rel.display()
                    )),
                    Some(_) => wrong.push(format!(
                        "{}:{line}: {module} uses {target}, which is above it",
                        rel.display()
                    )),
                    None => {
                        wrong.push(format!("{}:{line}: unknown module {target}", rel.display()))
                    }
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} wrong imports:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    /// A service reads the accounts' table only through `platform` (the signed-in user, a
    /// person's display name), never with its own SQL.
    #[test]
    fn services_do_not_query_the_accounts_table() {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
        let mut wrong = Vec::new();
        for service in ["surveys", "budget", "referenda", "consultations"] {
            let mut all = Vec::new();
            files(&root.join(service), &mut all);
            for path in all {
                let src = std::fs::read_to_string(&path).unwrap();
                for (n, line) in src.lines().enumerate() {
                    let sql = ["FROM users", "JOIN users", "INTO users", "UPDATE users"];
                    if sql.iter().any(|s| line.contains(s)) {
                        wrong.push(format!("{}:{}", path.display(), n + 1));
                    }
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "the users table read by a service: {wrong:?}"
        );
    }
}
