//! CC010 sum-mismatch: a breakdown whose "remaining" part does not complete any
//! total the text gives.

use super::Builtin;
use crate::eval::{label, number};
use crate::expr::Cmp;
use crate::facts::Facts;
use crate::relation::{judge, Verdict};
use crate::CheckContext;
use claimcheck_claims::{Bound, Claim, EdgeKind, Finding, Kind, Severity};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC010",
    name: "sum-mismatch",
    severity: Severity::Error,
    summary: "The parts of a breakdown and its remainder do not add up to the total given.",
    doc: r#"
What it checks: a breakdown paragraph that ends in a remainder ("The remaining
$306 million covers …"; "the remaining 7%"). Shares and their remainder must make
100%. For amounts: the listed parts before it (sub-items introduced by
"including" are left out) plus the remainder must equal a total of the same
kind given elsewhere in the story, within the rounding of that total as written
("$1.96 billion" is good to ±$5 million). The most precisely written totals are
the ones judged: a headline's "$2 billion" would fit almost any breakdown. When no stated total fits, the finding
names every candidate.

Why it matters: budget and results breakdowns are checkable arithmetic; a
remainder that does not complete the total means a line is wrong.

Example: "The $1.96 billion budget gives $612 million to schools, $418 million
to policing, $233 million to transport, $141 million to parks and $188 million
to housing. The remaining $306 million covers administration."

Corrected: "The $1.96 billion budget gives $612 million to schools, $418 million
to policing, $233 million to transport, $141 million to parks and $188 million
to housing. The remaining $368 million covers administration."
"#,
    check,
};

/// A figure with thousands separators: 1592000000 → "1,592,000,000".
fn grouped(v: Decimal) -> String {
    let v = v.normalize();
    let text = v.abs().trunc().to_string();
    let mut out = String::new();
    for (i, ch) in text.chars().enumerate() {
        if i > 0 && (text.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    let frac = v.abs().fract();
    if !frac.is_zero() {
        out.push_str(frac.to_string().trim_start_matches('0'));
    }
    if v.is_sign_negative() {
        out.insert(0, '-');
    }
    out
}

/// Half a unit of the last significant digit as written: "$1.96 billion" → 5 million.
fn rounding_of(c: &Claim) -> Decimal {
    let Some(v) = number(c) else {
        return Decimal::ZERO;
    };
    let digits: String = c.text.chars().filter(char::is_ascii_digit).collect();
    let significant = digits.trim_end_matches('0').len().max(1) as u32;
    let magnitude = v.nominal.abs().trunc().to_string().len() as u32;
    if magnitude <= significant {
        return Decimal::new(5, 1);
    }
    let unit = (0..magnitude - significant).fold(Decimal::ONE, |acc, _| acc * Decimal::TEN);
    unit / Decimal::TWO
}

/// Components edges with a stated total: "Four plants …, three stations … and
/// five wind farms … In all, 11 power stations".
fn totals(facts: &Facts, out: &mut Vec<Finding>) {
    for e in facts
        .edges_of(EdgeKind::Components)
        .filter(|e| e.offset == 0)
    {
        let total = &facts.claims[e.from];
        let (Some(t), Some(parts)) = (number(total), super::percent_sum::sum(facts, &e.parts))
        else {
            continue;
        };
        let cmp = if e.complete { Cmp::Eq } else { Cmp::Le };
        if judge(&parts, cmp, t) != Verdict::Violated {
            continue;
        }
        // A remainder ("the remaining $306 million") is the figure worked out
        // last, so the likeliest slip: it leads.
        let remainder = e.parts.last().copied().filter(|_| {
            matches!(
                e.cue_text.to_lowercase().as_str(),
                "remaining" | "rest" | "remainder" | "balance"
            )
        });
        let mut labels = Vec::new();
        if let Some(p) = remainder {
            labels.push(label(facts, &facts.claims[p], "the remainder"));
        }
        labels.push(label(facts, total, "the total"));
        labels.extend(
            e.parts
                .iter()
                .filter(|&&p| Some(p) != remainder)
                .map(|&p| label(facts, &facts.claims[p], "a part")),
        );
        out.push(RULE.finding(
            format!(
                "the parts add up to {}, but the total is given as \"{}\"",
                parts.nominal.normalize(),
                total.text
            ),
            "Check the parts against the total; one of them is wrong or a part is missing.",
            labels,
        ));
    }
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    totals(facts, &mut out);
    for (ri, r) in facts
        .claims
        .iter()
        .enumerate()
        // Shares and their remainder are CC007's: they make 100.
        .filter(|(_, c)| matches!(c.kind, Kind::Money | Kind::Count))
    {
        let before = facts.words_before(r.span.start, 2);
        if !before
            .iter()
            .any(|w| matches!(&*w.lower, "remaining" | "remainder" | "rest"))
        {
            continue;
        }
        let Some(rv) = number(r) else { continue };
        // The claims of the remainder's paragraph before it (claims are in
        // text order, so this stays linear in the document).
        let mut parts: Vec<&Claim> = facts.claims[..ri]
            .iter()
            .rev()
            .take_while(|c| c.frame.paragraph == r.frame.paragraph)
            .filter(|c| c.kind == r.kind && c.span.end <= r.span.start)
            .filter(|c| c.bound() == Bound::Exact)
            .filter(|c| {
                !facts
                    .words_before(c.span.start, 1)
                    .iter()
                    .any(|w| matches!(&*w.lower, "including" | "includes"))
            })
            .collect();
        parts.reverse();
        if parts.len() < 2 {
            continue;
        }
        let sum: Decimal = parts
            .iter()
            .filter_map(|c| number(c).map(|v| v.nominal))
            .sum();
        let implied = sum + rv.nominal;
        // Totals outside the paragraph, within reach of it (not the whole
        // document: the cost stays linear).
        let para_start = facts.claims[..ri]
            .iter()
            .rev()
            .take_while(|c| c.frame.paragraph == r.frame.paragraph)
            .last()
            .map_or(r.span.start, |c| c.span.start);
        let totals: Vec<&Claim> = facts
            .claims
            .iter()
            .filter(|c| c.sentence.abs_diff(r.sentence) <= 60)
            .filter(|c| c.kind == r.kind && (c.span.end <= para_start || c.span.start > r.span.end))
            .filter(|c| matches!(c.bound(), Bound::Exact | Bound::Approx))
            .filter(|c| {
                number(c).is_some_and(|v| v.nominal > sum && v.nominal <= implied * Decimal::TWO)
            })
            .collect();
        if totals.is_empty() {
            continue;
        }
        // Judge against the most precisely written totals: a headline's "$2 billion"
        // fits almost any breakdown, the body's "$1.96 billion" does not.
        let finest = totals
            .iter()
            .map(|t| rounding_of(t))
            .min()
            .unwrap_or_default();
        let totals: Vec<&Claim> = totals
            .into_iter()
            .filter(|t| rounding_of(t) == finest)
            .collect();
        let fits = totals.iter().any(|t| {
            let tv = number(t).map_or(Decimal::ZERO, |v| v.nominal);
            let slack = rounding_of(t)
                + rounding_of(r)
                + parts.iter().map(|p| rounding_of(p)).sum::<Decimal>();
            let slack = if t.bound() == Bound::Approx {
                slack.max(tv / Decimal::TEN)
            } else {
                slack
            };
            (tv - implied).abs() <= slack
        });
        if fits {
            continue;
        }
        let names: Vec<&str> = totals.iter().map(|t| t.text.as_str()).collect();
        let mut labels = vec![label(facts, r, "remainder")];
        labels.extend(parts.iter().map(|p| label(facts, p, "part")));
        labels.extend(totals.iter().map(|t| label(facts, t, "total given")));
        out.push(RULE.finding(
            format!(
                "the parts listed add up to {} and, with \"{}\", to {}, which matches no total given ({})",
                grouped(sum),
                r.text,
                grouped(implied),
                names.join(", ")
            ),
            "Recompute the remainder as the total minus the listed parts, or check the parts.",
            labels,
        ));
    }
    out
}
