//! The claims model shared by every stage of claimcheck.
//!
//! A [`Claim`] is one figure in one document: where it stands ([`Span`]), what kind
//! of value it is ([`Kind`]), the value as an interval ([`Value`]), what it measures
//! (its metric) and who it is credited to ([`Attribution`]). Values are intervals
//! over `rust_decimal`, never floats, because news figures are hedged.

mod claim;
mod document;
mod finding;
mod frame;
mod value;

pub use claim::{Attribution, Claim, Kind, MetricDef, Modality};
pub use document::{Document, LineCol, Span};
pub use finding::{Finding, Label, RuleMeta, Severity};
pub use frame::{ClaimGraph, Edge, EdgeKind, Frame, Head, Tense, Unreadable};
pub use value::{
    digits_swapped, digits_swapped_in, significant_digits, Bound, DateInterval, DateNominal,
    Interval, TimeUnit, Value,
};
