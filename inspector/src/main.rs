//! The ticket inspectors' app (`/inspector/`): a client-only Leptos app built by Trunk. It
//! reads a KMK ticket by camera or typed code and verifies its signature, key, revocation and
//! time window in WebAssembly with the keys and revocation list kept on the device, so it
//! works without a network once loaded (a service worker keeps its files).
#![forbid(unsafe_code)]

mod app;
mod book;
mod device;
mod i18n;
mod scan;
mod speed;
mod words;

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}

/// Tickets checked per second in this browser (BENCHMARKS.md, "Signed tickets"): the keys as
/// `/tickets/keys.json` gives them, a valid code, and the moment to check at (Unix seconds).
/// Called by `end2end/measure/inspector.mjs` through the module Trunk exposes.
#[wasm_bindgen]
pub fn check_rate(keys_json: &str, code: &str, now: f64) -> f64 {
    let mut b = book::Book::default();
    if b.take_keys(keys_json).is_err() {
        return 0.0;
    }
    speed::rate(&b, code, now as i64, js_sys::Date::now)
}
