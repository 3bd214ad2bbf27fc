//! Who is looking at a page and how they like it shown: read from the session or from
//! cookies by the server, shown in the header, carried to the browser for hydration.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Resident,
    Clerk,
    Admin,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Resident => "resident",
            Role::Clerk => "clerk",
            Role::Admin => "admin",
        }
    }
    pub fn from_code(code: &str) -> Role {
        match code {
            "clerk" => Role::Clerk,
            "admin" => Role::Admin,
            _ => Role::Resident,
        }
    }
    pub fn parse(code: &str) -> Option<Role> {
        match code {
            "resident" => Some(Role::Resident),
            "clerk" => Some(Role::Clerk),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
    /// Clerks and administrators work in the back office.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Clerk | Role::Admin)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Contrast {
    #[default]
    Standard,
    High,
}

impl Contrast {
    pub fn code(self) -> &'static str {
        match self {
            Contrast::Standard => "standard",
            Contrast::High => "high",
        }
    }
    pub fn from_code(code: &str) -> Contrast {
        if code == "high" {
            Contrast::High
        } else {
            Contrast::Standard
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
}

impl TextSize {
    pub fn code(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
        }
    }
    pub fn from_code(code: &str) -> TextSize {
        if code == "large" {
            TextSize::Large
        } else {
            TextSize::Standard
        }
    }
}

/// Display preferences: kept in the account when signed in, else in a cookie.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct DisplayPrefs {
    pub contrast: Contrast,
    pub text_size: TextSize,
}

impl DisplayPrefs {
    /// Cookie form: `high.large`.
    pub fn to_cookie(self) -> String {
        format!("{}.{}", self.contrast.code(), self.text_size.code())
    }
    pub fn from_cookie(v: &str) -> DisplayPrefs {
        let (c, s) = v.split_once('.').unwrap_or((v, ""));
        DisplayPrefs {
            contrast: Contrast::from_code(c),
            text_size: TextSize::from_code(s),
        }
    }
}

/// Who is looking at the page (none of it secret: it is shown in the header).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub name: String,
    pub role: Role,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_prefs_cookie_round_trip() {
        let p = DisplayPrefs {
            contrast: Contrast::High,
            text_size: TextSize::Large,
        };
        assert_eq!(DisplayPrefs::from_cookie(&p.to_cookie()), p);
        assert_eq!(
            DisplayPrefs::from_cookie("garbage"),
            DisplayPrefs::default()
        );
    }
}
