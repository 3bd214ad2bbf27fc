//! Konto Obywatelskie: the Leptos application, compiled for the server (`ssr`) and to
//! WebAssembly for the browser (`hydrate`).
#![recursion_limit = "512"]

pub mod accounts;
pub mod app;
pub mod budget;
pub mod i18n;
pub mod identity;
pub mod mail;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod platform;
pub mod referenda;
pub mod staff;
pub mod surveys;
pub mod ui;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    // A signal for people and tests: the page is interactive now.
    if let Some(body) = leptos::prelude::document().body() {
        let _ = body.set_attribute("data-hydrated", "true");
    }
}
