//! Kraków's 18 districts (dzielnice), a domain type every layer holds: the session knows the
//! resident's, pools, referenda and survey audiences name theirs. Reading one from a form
//! (`District::parse`, with its problem) is the forms layer's.

/// Kraków's 18 districts (dzielnice), numbered I–XVIII.
pub const DISTRICTS: [&str; 18] = [
    "Stare Miasto",
    "Grzegórzki",
    "Prądnik Czerwony",
    "Prądnik Biały",
    "Krowodrza",
    "Bronowice",
    "Zwierzyniec",
    "Dębniki",
    "Łagiewniki-Borek Fałęcki",
    "Swoszowice",
    "Podgórze Duchackie",
    "Bieżanów-Prokocim",
    "Podgórze",
    "Czyżyny",
    "Mistrzejowice",
    "Bieńczyce",
    "Wzgórza Krzesławickie",
    "Nowa Huta",
];

const ROMAN: [&str; 18] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII",
];

/// One of Kraków's districts, I–XVIII. Travels as its number (serde, and an INTEGER column in
/// the database); a number outside 1–18 is refused on the way in, so a `District` held
/// anywhere is a real one.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "u8", into = "u8")]
pub struct District(u8);

impl TryFrom<u8> for District {
    type Error = String;
    fn try_from(n: u8) -> Result<District, String> {
        District::new(n).ok_or_else(|| format!("no district number {n}"))
    }
}

impl From<District> for u8 {
    fn from(d: District) -> u8 {
        d.0
    }
}

impl From<District> for i64 {
    fn from(d: District) -> i64 {
        i64::from(d.0)
    }
}

// Stored as its number; a stored number outside 1–18 is an error.
#[cfg(feature = "ssr")]
crate::platform::db::stored_as_integer! {
    District => |n| u8::try_from(n).ok().and_then(District::new), |d| i64::from(d.0)
}

impl District {
    pub fn new(n: u8) -> Option<District> {
        (1..=18).contains(&n).then_some(District(n))
    }
    pub fn all() -> impl Iterator<Item = District> {
        (1..=18).map(District)
    }
    pub fn number(self) -> u8 {
        self.0
    }
    pub fn name(self) -> &'static str {
        DISTRICTS[(self.0 - 1) as usize]
    }
    pub fn roman(self) -> &'static str {
        ROMAN[(self.0 - 1) as usize]
    }
    /// "XIII Podgórze"
    pub fn label(self) -> String {
        format!("{} {}", self.roman(), self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::District;

    #[test]
    fn a_district_is_one_of_eighteen_wherever_it_comes_from() {
        let podgorze = District::new(13).unwrap();
        assert_eq!(podgorze.label(), "XIII Podgórze");
        assert_eq!(District::all().count(), 18);
        assert_eq!(District::new(0), None);
        assert_eq!(District::new(19), None);
        // As its number in JSON, both ways; a number outside 1–18 is refused, not kept.
        assert_eq!(serde_json::to_string(&podgorze).unwrap(), "13");
        assert_eq!(serde_json::from_str::<District>("13").unwrap(), podgorze);
        assert!(serde_json::from_str::<District>("0").is_err());
        assert!(serde_json::from_str::<District>("19").is_err());
        assert!(serde_json::from_str::<Vec<District>>("[1, 7, 99]").is_err());
    }

    /// Read from and written to the database as its number; a stored number outside 1–18
    /// is an error, never a district.
    #[cfg(feature = "ssr")]
    #[tokio::test]
    async fn a_district_is_stored_as_its_number() {
        let db = crate::platform::db::Db::connect("sqlite::memory:")
            .await
            .unwrap();
        let d = District::new(18).unwrap();
        let back: (i64, District) = sqlx::query_as("SELECT $1, $1")
            .bind(d)
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(back, (18, d));
        let wrong = sqlx::query_scalar::<_, District>("SELECT 19")
            .fetch_one(&db.pool)
            .await;
        assert!(wrong.is_err());
        let none: Option<District> = sqlx::query_scalar("SELECT NULL")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(none, None);
    }
}
