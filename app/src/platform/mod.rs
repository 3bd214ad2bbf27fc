//! Server-only plumbing shared by every capability: database, sessions, throttling,
//! one-shot flash messages, the audit log and the per-request context.
pub mod audit;
pub mod db;
pub mod flash;
pub mod krakow_time;
pub mod request;
pub mod session;
pub mod throttle;

pub use db::{Backend, Db};
pub use request::{RequestCtx, Settings};

/// Seconds since the Unix epoch; every timestamp in the database uses it.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Random bytes as lowercase hex, for tokens.
pub fn random_hex(bytes: usize) -> String {
    use rand::RngCore;
    let mut buf = vec![0u8; bytes];
    rand::rngs::OsRng.fill_bytes(&mut buf);
    hex::encode(buf)
}

/// Everything the server hands to the application through Leptos context.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Settings,
}

/// The application state from Leptos context (provided by the server for every request).
pub fn state() -> Result<AppState, crate::accounts::AppError> {
    leptos::prelude::use_context::<AppState>().ok_or(crate::accounts::AppError::Internal("no app state".into()))
}
