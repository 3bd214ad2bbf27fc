//! The back office for clerks and administrators.
pub mod api;
pub mod identity_desk;
pub mod pages;

use crate::platform::people::Role;
use serde::{Deserialize, Serialize};

/// What a clerk sees first: residents per district (no personal data).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    pub residents_per_district: Vec<(i64, i64)>,
    pub total: i64,
}

/// A user as an administrator sees them (personal data: every view is audited).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserEntry {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub district: i64,
    pub role: Role,
    pub created_at: i64,
    /// The administrator looking at the list (who cannot change their own role).
    pub is_self: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserPage {
    pub users: Vec<UserEntry>,
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

pub const PAGE_SIZE: i64 = 25;
