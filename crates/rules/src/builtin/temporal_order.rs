//! CC011 temporal-order: "after", "before", "since" and "later" against the dates
//! the text gives for the two events.

use super::Builtin;
use crate::eval::label;
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Bound, Claim, EdgeKind, Finding, Label, Severity, Value};

pub const RULE: Builtin = Builtin {
    code: "CC011",
    name: "temporal-order",
    severity: Severity::Error,
    summary: "Two dated events are put in an order their dates make impossible.",
    doc: r#"
What it checks: two dated events the wording puts in order: "X on 19 May, after
Y on 14 April"; "Following the collapse [dated 13 March in an earlier
sentence], work was halted on 12 March"; "In response [to the previous
sentence's event], it opened a clinic last Monday"; "approved in September
2023, was prompted by a discovery in November 2023"; "X on 3 March, before Y
on 1 March". Only dates whose whole spans are disjoint are judged: "in March,
after 12 March" is left alone. An event told as a period ("a consultation ran
from 13 January to 24 February") is over at its end: "in the wake of the
consultation" on 18 February is too early.

Why it matters: an impossible order means a wrong date, and readers notice
timelines.

Example: "Talks resumed on 2 May, after the ceasefire collapsed on 9 May."

Corrected: "Talks resumed on 12 May, after the ceasefire collapsed on 9 May."
"#,
    check,
};

fn span(c: &Claim) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    match &c.value {
        Value::Date(d) => Some((d.low, d.high)),
        _ => None,
    }
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for e in facts.edges_of(EdgeKind::Order) {
        let (later, earlier) = (&facts.claims[e.from], &facts.claims[e.to]);
        let (Some((_, later_high)), Some((earlier_low, _))) = (span(later), span(earlier)) else {
            continue;
        };
        // Violated only when every day the later event may have is before every
        // day the earlier one may have: "in March, after 12 March" is left alone.
        // An event told as a period ("ran from Jan 13 to Feb 24") is over only
        // at its end: "in the wake of the consultation" is after Feb 24.
        let period = matches!(&earlier.value, Value::Date(d) if d.bound == Bound::Range);
        let earlier_end = match &earlier.value {
            Value::Date(d) if period => d.high,
            _ => earlier_low,
        };
        if later_high >= earlier_end {
            continue;
        }
        out.push(RULE.finding(
            if period && later_high >= earlier_low {
                format!(
                    "\"{}\" is told as coming after \"{}\", but falls before it ended",
                    later.text, earlier.text
                )
            } else {
                format!(
                    "\"{}\" is told as coming after \"{}\", but is earlier",
                    later.text, earlier.text
                )
            },
            "Check both dates: the order words say one thing, the calendar another.",
            {
                let cue = Label {
                    path: facts.doc.path.clone(),
                    span: e.cue,
                    message: "puts them in this order".into(),
                };
                // The date the cue governs leads: "Ahead of the summit, … on 5
                // May" points at 5 May.
                if e.part == Some(e.to) {
                    vec![
                        label(facts, earlier, "dated after the event it precedes"),
                        label(facts, later, "the later event"),
                        cue,
                    ]
                } else {
                    vec![
                        label(facts, later, "dated before the event it follows"),
                        label(facts, earlier, "the earlier event"),
                        cue,
                    ]
                }
            },
        ));
    }
    out
}
