//! CC011 temporal-order: "after", "before", "since" and "later" against the dates
//! the text gives for the two events.

use super::Builtin;
use crate::eval::label;
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, Finding, Kind, Severity, Value};

pub const RULE: Builtin = Builtin {
    code: "CC011",
    name: "temporal-order",
    severity: Severity::Error,
    summary: "Two dated events are put in an order their dates make impossible.",
    doc: r#"
What it checks: two dates in one sentence joined by an order word: "X on 19 May,
after Y on 14 April" (X must not be earlier than Y), "X on 3 March, before Y on
1 March" (X must not be later than Y), "since 2019 … in 2017"; and an event told as
"later" with a date earlier than the one the previous sentence gives. Only dates
whose whole spans are disjoint are judged: "in March, after 12 March" is left alone.

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

/// The order word between two dates of a sentence: `Some(true)` when the first
/// must come after the second ("X, after Y"), `Some(false)` when before.
fn order_between(facts: &Facts, a: &Claim, b: &Claim) -> Option<bool> {
    let between = facts.between(a, b);
    if between.len() > 200 || between.contains(';') {
        return None;
    }
    let words: Vec<String> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // The order word must follow the first date closely ("on 2 May, after …",
    // "on 19 May, three weeks after …") to order its event, and the second date must
    // follow the order word closely enough to date the other event.
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        let order = match w.as_str() {
            "after" | "following" | "since" => Some(true),
            "before" | "ahead" | "prior" | "until" | "till" => Some(false),
            // A second clause or list breaks the link between the dates.
            "and" | "but" | "while" | "whereas" | "when" | "from" => return None,
            _ => None,
        };
        if let Some(o) = order {
            if i > 5 || words.len() - i > 14 {
                return None;
            }
            found = Some(o);
            break;
        }
    }
    found
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    let dates: Vec<&Claim> = facts
        .claims
        .iter()
        .filter(|c| c.kind == Kind::Date && c.bound() != claimcheck_claims::Bound::Range)
        .collect();
    for (i, a) in dates.iter().enumerate() {
        let Some(b) = dates.get(i + 1) else { break };
        if a.sentence != b.sentence {
            continue;
        }
        let (Some((a_lo, a_hi)), Some((b_lo, b_hi))) = (span(a), span(b)) else {
            continue;
        };
        let Some(a_after_b) = order_between(facts, a, b) else {
            continue;
        };
        let impossible = if a_after_b { a_hi < b_lo } else { a_lo > b_hi };
        if impossible {
            let word = if a_after_b { "after" } else { "before" };
            out.push(RULE.finding(
                format!(
                    "\"{}\" is given as {word} \"{}\", but the dates say the opposite",
                    a.text, b.text
                ),
                "Check both dates; one of them, or the order word, is wrong.",
                vec![
                    label(facts, a, "this date"),
                    label(facts, b, "is put in the wrong order with this one"),
                ],
            ));
        }
    }
    // "Y happened on 14 March. … later, on 12 March": a later event dated earlier.
    for (i, b) in dates.iter().enumerate().skip(1) {
        let clause = facts.clause_of(b.span.start, b.span.end);
        let later = clause
            .iter()
            .any(|w| w.lower == "later" && w.start < b.span.start)
            && !facts.words_before(b.span.start, 3).iter().any(|w| {
                matches!(
                    &*w.lower,
                    "days" | "weeks" | "months" | "years" | "day" | "week" | "month" | "year"
                )
            });
        if !later {
            continue;
        }
        let a = dates[i - 1];
        if b.sentence == a.sentence || b.sentence - a.sentence > 1 {
            continue;
        }
        let (Some((a_lo, _)), Some((_, b_hi))) = (span(a), span(b)) else {
            continue;
        };
        if b_hi < a_lo {
            out.push(RULE.finding(
                format!(
                    "\"{}\" is told as later than \"{}\", but is earlier",
                    b.text, a.text
                ),
                "Check both dates, or drop \"later\".",
                vec![
                    label(facts, b, "dated earlier"),
                    label(facts, a, "than this"),
                ],
            ));
        }
    }
    out
}
