//! Local taxes and fees in Kraków: what a taxpayer owes, when, what they paid, and the
//! late-payment interest the Tax Ordinance requires. The city's tax system stays the source of
//! truth (its files are imported); `rules` holds the law's arithmetic, pure.
#[cfg(feature = "ssr")]
pub mod import;
pub mod rules;
pub mod statement;
#[cfg(feature = "ssr")]
pub mod store;

/// What a liability is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LiabilityKind {
    Property,
    Vehicle,
    Waste,
}

impl LiabilityKind {
    pub fn code(self) -> &'static str {
        match self {
            LiabilityKind::Property => "property",
            LiabilityKind::Vehicle => "vehicle",
            LiabilityKind::Waste => "waste",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Channel {
    Bank,
    Cash,
    Portal,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Bank => "bank",
            Channel::Cash => "cash",
            Channel::Portal => "portal",
        }
    }
}
