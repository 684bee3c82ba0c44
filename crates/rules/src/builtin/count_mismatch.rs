//! CC004 count-mismatch: the same quantity given two different exact values.

use super::Builtin;
use crate::eval::number;
use crate::eval::{describe, label};
use crate::expr::Cmp;
use crate::facts::Facts;
use crate::relation::{judge, Verdict};
use crate::CheckContext;
use claimcheck_claims::{Claim, EdgeKind, Finding, Kind, Severity};

pub const RULE: Builtin = Builtin {
    code: "CC004",
    name: "count-mismatch",
    severity: Severity::Error,
    summary: "The same quantity is given two different exact values.",
    doc: r#"
What it checks: two figures for one quantity that cannot both be true. One
quantity means the same counted noun (or a synonym), the later figure referring
back to a known whole ("the 26 contracts", "all twelve centres", "Harbour
Hall's 5,600 seats", "Of the 241 homes destroyed"), and nothing that sets them
apart: no part ("23 of the"), no change word ("rose to", "revised", "now"), the
same owner, predicate, scope and date. Figures credited to different sources
are left alone: a disagreement between sources is information, not an error.
Lengths of one kind of event count too ("will announce 12 days of walkouts" …
"The 14 days of strikes"). A figure of three digits or more told again with two neighbouring digits
swapped ("1,038 votes" … "Marsh's tally of 1,083") is taken as one quantity
when the second names a known set or both count the same noun, and the help
says so.

Why it matters: a reader cannot tell which figure is right; one is usually a typo.

Example: "The flood destroyed 214 homes on the Tansley estate. Of the 241 homes
destroyed, most were built in the 1960s."

Corrected: "The flood destroyed 214 homes on the Tansley estate. Of the 214
homes destroyed, most were built in the 1960s."
"#,
    check,
};

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    ordinals(facts, &mut out);
    for e in facts.edges_of(EdgeKind::SameQuantity) {
        let (later, earlier) = (&facts.claims[e.from], &facts.claims[e.to]);
        let (Some(a), Some(b)) = (amount(later, earlier), amount(earlier, later)) else {
            continue;
        };
        // A rounded figure against the one it rounds is CC009's; a vague one
        // against a count, CC002's.
        let one_sided = |i: &claimcheck_claims::Interval| {
            matches!(
                i.bound,
                claimcheck_claims::Bound::AtLeast
                    | claimcheck_claims::Bound::AtMost
                    | claimcheck_claims::Bound::Vague
            )
        };
        // "some 312,000 panels" … "all 321,000 panels": a hedge covers
        // rounding, not two digits swapped in a figure of three
        // significant digits or more.
        let swapped = claimcheck_claims::digits_swapped(a.nominal, b.nominal)
            && claimcheck_claims::significant_digits(a.nominal) >= 3;
        if one_sided(a) || one_sided(b) || (judge(a, Cmp::Eq, b) != Verdict::Violated && !swapped) {
            continue;
        }
        let noun = later
            .frame
            .head
            .as_ref()
            .map(|h| h.span)
            // A length names its event after it: "14 days of strikes".
            .or_else(|| (!later.span.overlaps(&e.cue)).then_some(e.cue))
            .and_then(|s| facts.doc.text.get(s.start..s.end))
            .unwrap_or("quantity");
        let mut labels = vec![
            label(facts, later, "this figure"),
            label(facts, earlier, "differs from this one"),
        ];
        if !later.span.overlaps(&e.cue) {
            labels.push(claimcheck_claims::Label {
                path: facts.doc.path.clone(),
                span: e.cue,
                message: "the same thing counted".into(),
            });
        }
        out.push(RULE.finding(
            format!(
                "{} and {} are given for the same {noun}",
                describe(earlier),
                describe(later)
            ),
            if claimcheck_claims::digits_swapped(a.nominal, b.nominal) {
                "The two figures differ by two swapped digits: check which is right and use it throughout."
            } else {
                "Use one figure throughout, or say what each counts."
            },
            labels,
        ));
    }
    out
}

/// A figure's value, or a length's amount when the other figure is a
/// length in the same unit ("12 days of walkouts" … "The 14 days of
/// strikes").
fn amount<'c>(c: &'c Claim, other: &Claim) -> Option<&'c claimcheck_claims::Interval> {
    use claimcheck_claims::Value;
    match (&c.value, &other.value) {
        (Value::Duration { unit, amount }, Value::Duration { unit: u, .. }) if unit == u => {
            Some(amount)
        }
        _ => number(c),
    }
}

/// "its 90th member" … "becoming its 89th member": one owner, one ordinal.
fn ordinals(facts: &Facts, out: &mut Vec<Finding>) {
    let ords: Vec<&Claim> = facts
        .claims
        .iter()
        .filter(|c| c.kind == Kind::Ordinal && c.metric.is_some())
        .collect();
    for (i, a) in ords.iter().enumerate() {
        for b in &ords[i + 1..] {
            if number_eq(a, b) || a.metric != b.metric {
                continue;
            }
            let same_owner = a.frame.owner.is_some() && a.frame.owner == b.frame.owner;
            let head = |c: &Claim| c.frame.head.as_ref().map(|h| h.lemma.clone());
            if !same_owner || head(a).is_none() || head(a) != head(b) || !facts.comparable(a, b) {
                continue;
            }
            out.push(RULE.finding(
                format!(
                    "\"{}\" and \"{}\" are given for the same {}",
                    a.text,
                    b.text,
                    head(a).unwrap_or_default()
                ),
                "One entity has one place in the order: use the same ordinal throughout.",
                vec![
                    label(facts, b, "this ordinal"),
                    label(facts, a, "differs from this one"),
                ],
            ));
        }
    }
}

fn number_eq(a: &Claim, b: &Claim) -> bool {
    a.value == b.value
}
