//! Built-in checks: relations no pack expression can say. One check per file,
//! its documentation beside it (What it checks / Why it matters / Example /
//! Corrected); this table is their registry.

use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Finding, RuleMeta, Severity};

mod change_arithmetic;
mod count_mismatch;
mod date_gap;
mod elapsed;
mod future_date;
mod malformed_figure;
mod ordinal_count;
mod ordinal_list;
mod part_whole;
mod percent_counts;
mod percent_sum;
mod remainder;
mod rounding;
mod temporal_order;
mod vague_vs_precise;
mod weekday_date;

/// A built-in check: its code, name, default severity, documentation and function.
pub struct Builtin {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub doc: &'static str,
    pub check: fn(&Facts, &CheckContext) -> Vec<Finding>,
}

impl Builtin {
    pub fn meta(&self) -> RuleMeta {
        RuleMeta {
            code: self.code.to_string(),
            name: self.name.to_string(),
            default_severity: self.severity,
            summary: self.summary.to_string(),
            doc: self.doc.trim().to_string(),
            origin: "built-in".to_string(),
        }
    }

    /// A finding of this check with its default severity.
    pub fn finding(
        &self,
        message: String,
        help: &str,
        labels: Vec<claimcheck_claims::Label>,
    ) -> Finding {
        Finding {
            code: self.code.to_string(),
            rule: self.name.to_string(),
            severity: self.severity,
            message,
            help: Some(help.to_string()),
            labels,
        }
    }
}

pub static BUILTINS: &[Builtin] = &[
    future_date::RULE,
    vague_vs_precise::RULE,
    part_whole::RULE,
    count_mismatch::RULE,
    elapsed::RULE,
    date_gap::RULE,
    percent_sum::RULE,
    percent_counts::RULE,
    rounding::RULE,
    remainder::RULE,
    temporal_order::RULE,
    ordinal_list::RULE,
    ordinal_count::RULE,
    weekday_date::RULE,
    malformed_figure::RULE,
    change_arithmetic::RULE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_is_documented_and_well_named() {
        let mut codes = std::collections::BTreeSet::new();
        for b in BUILTINS {
            assert!(crate::pack::is_rule_code(b.code), "{}", b.code);
            assert!(crate::pack::is_rule_name(b.name), "{}", b.name);
            assert!(codes.insert(b.code), "duplicate {}", b.code);
            for heading in [
                "What it checks:",
                "Why it matters:",
                "Example:",
                "Corrected:",
            ] {
                assert!(b.doc.contains(heading), "{} lacks {heading}", b.code);
            }
        }
    }
}
