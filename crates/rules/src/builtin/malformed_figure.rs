//! CC015 malformed-figure: digits grouped by commas in a way no convention
//! reads, so the figure has no value a reader can trust.

use super::Builtin;
use crate::eval::grouped;
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Finding, Label, Severity};

pub const RULE: Builtin = Builtin {
    code: "CC015",
    name: "malformed-figure",
    severity: Severity::Error,
    summary: "A figure's digits are grouped so that it reads as no number (\"200,0000\").",
    doc: r#"
What it checks: runs of digits split by commas where a group after a comma
does not have three digits and is too long to be a decimal ("200,0000"), or
more than three digits come before the first comma ("2000,000"). Groups of
one or two digits after a comma ("1,5", Indian "12,34,567") are other
conventions and are left alone.

Why it matters: the reader cannot tell which figure was meant ("200,0000" may
be 200,000 or 2,000,000), and no other check can use it: the extractor keeps
it out of the claims.

Example: (published 2019-12-07) "Health workers set out to vaccinate roughly
200,0000 residents."

Corrected: "Health workers set out to vaccinate roughly 200,000 residents."
"#,
    check,
};

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    facts
        .unreadable
        .iter()
        .map(|u| {
            let (cut, whole) = (trimmed(&u.text), regrouped(&u.text));
            let options = if cut == u.text {
                whole
            } else {
                format!("{cut} or {whole}")
            };
            let help = format!(
                "Group the digits in threes from the right ({options}), or check the figure against its source."
            );
            RULE.finding(
                format!("\"{}\" cannot be read as a number: {}", u.text, u.reason),
                &help,
                vec![Label {
                    path: facts.doc.path.clone(),
                    span: u.span,
                    message: "digits grouped in no known convention".to_string(),
                }],
            )
        })
        .collect()
}

/// Every digit kept, regrouped in threes: "200,0000" → "2,000,000".
fn regrouped(text: &str) -> String {
    let plain: String = text.chars().filter(|c| *c != ',').collect();
    rust_decimal::Decimal::from_str_exact(&plain).map_or(plain, grouped)
}

/// The grouping kept, each group after a comma cut to three digits:
/// "200,0000" → "200,000".
fn trimmed(text: &str) -> String {
    let (int, frac) = text
        .split_once('.')
        .map_or((text, None), |(a, b)| (a, Some(b)));
    let mut groups = int.split(',');
    let first = groups.next().unwrap_or_default();
    let mut out = first.to_string();
    for g in groups {
        out.push(',');
        out.push_str(&g[..g.len().min(3)]);
    }
    match frac {
        Some(f) => format!("{out}.{f}"),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_keep_or_regroup_the_digits() {
        assert_eq!(regrouped("200,0000"), "2,000,000");
        assert_eq!(trimmed("200,0000"), "200,000");
        assert_eq!(regrouped("2000,000.5"), "2,000,000.5");
        assert_eq!(trimmed("2000,000"), "2000,000");
    }
}
