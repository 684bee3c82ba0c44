//! CC004 count-mismatch: the same quantity given two different exact values.

use super::Builtin;
use crate::eval::{describe, label};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Bound, Claim, Finding, Kind, Severity};

pub const RULE: Builtin = Builtin {
    code: "CC004",
    name: "count-mismatch",
    severity: Severity::Error,
    summary: "The same quantity is given two different exact values.",
    doc: r#"
What it checks: two exact figures for one quantity that do not agree: the same
metric and counted noun, both credited to the same source,
or the same total named twice ("all six hospitals" … "the group's five
hospitals"). Figures that change over time ("rose to", "revised", "now") and
figures credited to different sources are left alone: a disagreement between
sources is information, not an error.

Why it matters: a reader cannot tell which figure is right; one is usually a typo.

Example: "destroyed 214 homes" … "Of the 241 homes destroyed".

Corrected: "destroyed 214 homes" … "Of the 214 homes destroyed".
"#,
    check,
};

/// Words saying a figure moved: two values are then both right.
const CHANGE: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rising",
    "fell",
    "fallen",
    "increased",
    "decreased",
    "revised",
    "updated",
    "raised",
    "lowered",
    "now",
    "initially",
    "originally",
    "earlier",
    "later",
    "previously",
    "from",
    "climbed",
    "dropped",
    "grew",
    "more",
    "another",
    "additional",
    "further",
    "total",
    "least",
    "than",
    "up",
];

fn noun_after(facts: &Facts, c: &Claim) -> Option<String> {
    facts.doc.text[c.span.end..]
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .find(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// "all six hospitals", "the group's five hospitals", "its 12 members": a total.
fn names_a_total(facts: &Facts, c: &Claim) -> bool {
    let before: Vec<String> = facts.doc.text[..c.span.start]
        .split(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’')
        .filter(|w| !w.is_empty())
        .rev()
        .take(1)
        .map(str::to_lowercase)
        .collect();
    // "all six" may be the claim's own text (the hedge "all" is part of it).
    if c.text.to_lowercase().starts_with("all ") {
        return true;
    }
    before.first().is_some_and(|w| {
        matches!(w.as_str(), "all" | "its" | "their" | "his" | "her")
            || w.ends_with("'s")
            || w.ends_with("’s")
    })
}

fn exact_count(c: &Claim) -> bool {
    c.kind == Kind::Count && c.bound() == Bound::Exact
}

fn changing(facts: &Facts, c: &Claim) -> bool {
    facts
        .clause_of(c.span.start, c.span.end)
        .iter()
        .any(|w| CHANGE.contains(&&*w.lower))
}

/// Both figures credited to one source: it cannot hold both.
fn same_source(a: &Claim, b: &Claim) -> bool {
    match (&a.source, &b.source) {
        (Some(x), Some(y)) => x.name.eq_ignore_ascii_case(&y.name),
        _ => false,
    }
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    ordinals(facts, &mut out);
    let counts: Vec<&Claim> = facts.claims.iter().filter(|c| exact_count(c)).collect();
    for (i, a) in counts.iter().enumerate() {
        for b in &counts[i + 1..] {
            if b.sentence > a.sentence + crate::facts::SCOPE_SENTENCES {
                break;
            }
            if number_eq(a, b) || a.sentence == b.sentence {
                continue;
            }
            let (Some(na), Some(nb)) = (noun_after(facts, a), noun_after(facts, b)) else {
                continue;
            };
            if na != nb || na.len() < 3 {
                continue;
            }
            // Either one source gives the same metric two values, or the same total is
            // named twice ("all six hospitals" … "the group's five hospitals").
            let same_metric = a.metric.is_some() && a.metric == b.metric && same_source(a, b);
            let both_totals = names_a_total(facts, a) && names_a_total(facts, b);
            if !(same_metric || both_totals) {
                continue;
            }
            if !facts.comparable(a, b) || changing(facts, a) || changing(facts, b) {
                continue;
            }
            out.push(RULE.finding(
                format!(
                    "{} and {} are given for the same {na}",
                    describe(a),
                    describe(b)
                ),
                "Use one figure throughout, or say what each counts.",
                vec![
                    label(facts, b, "this figure"),
                    label(facts, a, "differs from this one"),
                ],
            ));
        }
    }
    out
}

/// "its 90th member" … "becoming its 89th member": one entity, one ordinal.
fn ordinals(facts: &Facts, out: &mut Vec<Finding>) {
    let ords: Vec<&Claim> = facts
        .claims
        .iter()
        .filter(|c| c.kind == Kind::Ordinal && c.metric.is_some())
        .collect();
    let owner = |c: &Claim| {
        facts
            .words_before(c.span.start, 1)
            .first()
            .map(|w| w.lower.to_string())
    };
    for (i, a) in ords.iter().enumerate() {
        for b in &ords[i + 1..] {
            if number_eq(a, b) || a.metric != b.metric {
                continue;
            }
            let same_owner = owner(a).is_some_and(|o| {
                (o == "its" || o == "their" || o.ends_with("'s") || o.ends_with("’s"))
                    && Some(o.clone()) == owner(b)
            });
            let (na, nb) = (noun_after(facts, a), noun_after(facts, b));
            if !same_owner || na.is_none() || na != nb || !facts.comparable(a, b) {
                continue;
            }
            out.push(RULE.finding(
                format!(
                    "\"{}\" and \"{}\" are given for the same {}",
                    a.text,
                    b.text,
                    na.unwrap_or_default()
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
