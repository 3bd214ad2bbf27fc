//! Local taxes and fees in Kraków: what a taxpayer owes, when, what they paid, and the
//! late-payment interest the Tax Ordinance requires. The city's tax system stays the source of
//! truth (its files are imported); `rules` holds the law's arithmetic, pure.
pub mod api;
#[cfg(feature = "ssr")]
pub mod import;
pub mod pages;
pub mod problems;
#[cfg(feature = "ssr")]
pub mod reminders;
pub mod rules;
pub mod staff;
pub mod statement;
#[cfg(feature = "ssr")]
pub mod store;

pub use problems::{TaxNotice, TaxProblem};

use crate::i18n::time::LocalTime;
use serde::{Deserialize, Serialize};

/// The waste fee's monthly due day (Kraków's resolution: the 14th, moved off holidays).
pub const WASTE_DUE_DAY: i8 = 14;

/// A payment made in the portal that the provider has not confirmed yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingPayment {
    pub order_id: i64,
    pub amount: rules::Money,
    pub started: LocalTime,
}

/// One look at a taxpayer's data by a tax clerk, as the taxpayer reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewedBy {
    pub name: String,
    pub at: LocalTime,
}

/// A taxpayer's data as their own page (or a tax clerk's) shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxpayerView {
    /// The tax system's id (the first word of every transfer title).
    pub ext_id: String,
    pub name: String,
    pub pesel_masked: String,
    /// The individual bank account (NRB), printed in groups.
    pub account: String,
    /// None when interest cannot be computed: arrears older than the first rate in the
    /// dated table (`rules::lombard_rates`); the page says so rather than guess.
    pub statement: Option<statement::Statement>,
    pub pending: Vec<PendingPayment>,
    /// Who of the tax office looked, newest first (empty for a clerk's own view).
    pub viewed_by: Vec<ViewedBy>,
}

/// Why an account has no tax data to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Linking {
    /// No identity, or one the resident only declared: a clerk must confirm it first.
    NotVerified,
    /// Verified, but the tax system has no taxpayer with this PESEL.
    NoTaxpayer,
    Linked,
}

/// The resident's local taxes page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxesOverview {
    pub linking: Linking,
    pub payers: Vec<TaxpayerView>,
    /// The chosen "if I pay on" day could not be read or is before today: shown at its field.
    pub on_invalid: bool,
    pub reminders: bool,
    pub remind_days: i64,
}

/// One imported file in the tax clerk's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportLine {
    pub kind: String,
    pub lines: i64,
    pub changed: i64,
    /// The clerk's name, or None for the tax system's feed.
    pub by: Option<String>,
    pub at: LocalTime,
}

/// A taxpayer found by a tax clerk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayerLine {
    pub ext_id: String,
    pub name: String,
    pub pesel_masked: String,
}

/// The tax clerk's desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxDeskData {
    pub imports: Vec<ImportLine>,
    pub found: Vec<PayerLine>,
    pub searched: bool,
}

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
