//! Accounts: one profile for every city service. Types shared by pages and server.
pub mod api;
pub mod pages;
pub mod problems;
pub mod recovery;
pub mod rules;
pub mod staff;
#[cfg(feature = "ssr")]
pub mod store;
pub use problems::{AccountNotice, AccountProblem};

use crate::platform::people::Role;
use serde::{Deserialize, Serialize};

/// A profile as its owner sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Profile {
    pub email: String,
    pub display_name: String,
    pub district: crate::forms::District,
    pub role: Role,
    pub created_at: i64,
}
