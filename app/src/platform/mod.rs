//! Plumbing shared by every capability. In the browser too: who is looking
//! ([`people`]) and the error type of server functions ([`Failure`]). On the server only:
//! database, sessions, throttling, one-shot flash messages, the audit log, keys and the
//! per-request context.
pub mod district;
pub mod failure;
pub mod people;

pub use failure::Failure;

#[cfg(feature = "ssr")]
pub mod assets;
#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod flash;
#[cfg(feature = "ssr")]
pub mod keys;
#[cfg(feature = "ssr")]
pub mod krakow_time;
#[cfg(feature = "ssr")]
pub mod payment_account;
#[cfg(feature = "ssr")]
pub mod request;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod throttle;

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    pub use super::db::{Backend, Db};
    pub use super::request::{RequestCtx, Settings};
    use super::{keys, Failure};

    /// Seconds since the Unix epoch; every timestamp in the database uses it.
    pub fn now() -> i64 {
        time::OffsetDateTime::now_utc().unix_timestamp()
    }

    /// A cell of a CSV file the portal writes. Spreadsheets run a cell that starts with `=`,
    /// `+`, `-` or `@` (or a tab or carriage return) as a formula; such text gets an apostrophe
    /// in front, as OWASP recommends ("CSV injection"). Numbers ("-12", "+3,5") stay numbers.
    pub fn csv_text(s: &str) -> std::borrow::Cow<'_, str> {
        let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let number = s
            .replace(',', ".")
            .trim()
            .parse::<f64>()
            .is_ok_and(f64::is_finite);
        if risky && !number {
            std::borrow::Cow::Owned(format!("'{s}"))
        } else {
            std::borrow::Cow::Borrowed(s)
        }
    }

    /// One account's rows of a query (the account bound as `$1`) as JSON values, for "download
    /// all my data", which every capability contributes to.
    pub async fn account_rows(
        db: &Db,
        sql: &str,
        account: i64,
        to_json: impl Fn(&sqlx::any::AnyRow) -> serde_json::Value,
    ) -> Result<Vec<serde_json::Value>, sqlx::Error> {
        Ok(sqlx::query(sql)
            .bind(account)
            .fetch_all(&db.pool)
            .await?
            .iter()
            .map(to_json)
            .collect())
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
        /// The server's secret keys (from the key file or the environment, never the database).
        pub keys: std::sync::Arc<keys::Keys>,
        /// The keys that sign tickets (from their own file or the environment).
        pub ticket_keys: std::sync::Arc<konto_ticket::KeyRing>,
        /// The merchant account at the payment provider (configuration, never the database).
        pub payment: std::sync::Arc<super::payment_account::PaymentAccount>,
    }

    /// The application state from Leptos context (provided by the server for every request).
    pub fn state() -> Result<AppState, Failure> {
        leptos::prelude::use_context::<AppState>().ok_or(Failure::Internal)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_cells_cannot_be_formulas() {
        for f in [
            "=HYPERLINK(\"https://evil.example\")",
            "+SUM(A1)",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1:A2)",
            "\t=1",
            "\r=1",
        ] {
            let c = super::csv_text(f);
            assert!(c.starts_with('\''), "{f:?} -> {c}");
        }
        for n in ["-12", "+3", "-1,5", "42", "Żółta ściana", "", "e-mail"] {
            assert_eq!(super::csv_text(n), n);
        }
    }
}
