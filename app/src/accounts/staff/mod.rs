//! The back office for clerks and administrators.
pub mod api;
pub mod card_desk;
pub mod identity_desk;
pub mod pages;

use crate::platform::people::Role;
use serde::{Deserialize, Serialize};

/// What a clerk sees first: residents per district (no personal data).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    pub residents_per_district: Vec<(crate::forms::District, i64)>,
    pub total: i64,
}

/// A user as an administrator sees them (personal data: every view is audited).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct UserEntry {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub district: crate::forms::District,
    pub role: Role,
    pub created_at: i64,
    /// The administrator looking at the list (who cannot change their own role).
    #[cfg_attr(feature = "ssr", sqlx(skip))]
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
