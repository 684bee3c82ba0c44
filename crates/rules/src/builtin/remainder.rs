//! CC010 sum-mismatch: a breakdown whose "remaining" part does not complete any
//! total the text gives.

use super::Builtin;
use crate::eval::{amount_like, label, number};
use crate::expr::Cmp;
use crate::facts::Facts;
use crate::relation::{judge, Verdict};
use crate::CheckContext;
use claimcheck_claims::{EdgeKind, Finding, Severity};

pub const RULE: Builtin = Builtin {
    code: "CC010",
    name: "sum-mismatch",
    severity: Severity::Error,
    summary: "The parts of a breakdown and its remainder do not add up to the total given.",
    doc: r#"
What it checks: a total and the parts that make it up (a components relation):
a breakdown closed by a remainder ("The remaining $306 million covers …";
"Of the 132,235 ballots, 76,014 went to … The rest, 1,405, were spoiled"), a
list with a stated total ("In all, 11 power stations"; "a combined 412,000";
"a total of 240 km: …"), or parts of a whole named in the sentence ("won 19,
drew eight and lost five of its 32 games"). A complete breakdown must equal its
total and a partial one must not pass it, within the rounding of the figures
as written. Sub-items ("including $95 million for …") are not parts. Shares
closed by a remainder are CC007's.

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
        // For a remainder, say what it would be: the total less the others.
        let message = match remainder.and_then(|p| number(&facts.claims[p])) {
            Some(rest) if e.complete => format!(
                "the parts add up to {}, but the total is given as \"{}\": the remainder would be {}",
                amount_like(parts.nominal, total),
                total.text,
                amount_like(t.nominal - (parts.nominal - rest.nominal), total)
            ),
            _ => format!(
                "the parts add up to {}, but the total is given as \"{}\"",
                amount_like(parts.nominal, total),
                total.text
            ),
        };
        out.push(RULE.finding(
            message,
            "Check the parts against the total; one of them is wrong or a part is missing.",
            labels,
        ));
    }
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    totals(facts, &mut out);
    out
}
