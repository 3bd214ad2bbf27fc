//! Who is looking at a page and how they like it shown: read from the session or from
//! cookies by the server, shown in the header, carried to the browser for hydration.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Resident,
    Clerk,
    Admin,
    /// A ticket inspector (KMK): downloads the revocation list for the inspector app.
    Inspector,
    /// A clerk of the tax office: imports the tax system's files and looks up taxpayers
    /// (every look logged for the taxpayer to see). Not a back-office clerk otherwise.
    TaxClerk,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Resident => "resident",
            Role::Clerk => "clerk",
            Role::Admin => "admin",
            Role::Inspector => "inspector",
            Role::TaxClerk => "tax_clerk",
        }
    }
    pub fn parse(code: &str) -> Option<Role> {
        match code {
            "resident" => Some(Role::Resident),
            "clerk" => Some(Role::Clerk),
            "admin" => Some(Role::Admin),
            "inspector" => Some(Role::Inspector),
            "tax_clerk" => Some(Role::TaxClerk),
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
    /// A cookie or form value; anything else is the standard display.
    pub fn from_code(code: &str) -> Contrast {
        Contrast::parse(code).unwrap_or_default()
    }
    pub fn parse(code: &str) -> Option<Contrast> {
        match code {
            "standard" => Some(Contrast::Standard),
            "high" => Some(Contrast::High),
            _ => None,
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
    /// A cookie or form value; anything else is the standard size.
    pub fn from_code(code: &str) -> TextSize {
        TextSize::parse(code).unwrap_or_default()
    }
    pub fn parse(code: &str) -> Option<TextSize> {
        match code {
            "standard" => Some(TextSize::Standard),
            "large" => Some(TextSize::Large),
            _ => None,
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
