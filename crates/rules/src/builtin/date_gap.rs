//! CC006 date-arithmetic: "three weeks after 14 April" for an event on 19 May;
//! "on 2 October, just six weeks later" after 24 June.

use super::Builtin;
use crate::eval::label;
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, DateNominal, Finding, Kind, Severity, TimeUnit, Value};
use rust_decimal::prelude::ToPrimitive;

pub const RULE: Builtin = Builtin {
    code: "CC006",
    name: "date-arithmetic",
    severity: Severity::Error,
    summary:
        "A stated gap between two dates (\"three weeks after 14 April\") disagrees with the dates.",
    doc: r#"
What it checks: an interval stated between two full dates in one sentence: "on
19 May, three weeks after … on 14 April" or "on 24 June … on 2 October, just six
weeks later". The stated gap must match the days between the dates, within half a unit or a tenth
of the gap, whichever is more, and a third of it for hedged gaps ("about").

Why it matters: readers trust date arithmetic they cannot easily redo; a wrong
gap usually means a wrong date.

Example: (published 2025-05-30) "The first families crossed the border on
Monday, 19 May, three weeks after the agreement was signed on 14 April."

Corrected: "The first families crossed the border on Monday, 19 May, five weeks
after the agreement was signed on 14 April."
"#,
    check,
};

/// The full day a date names, if it names one.
pub(super) fn day(c: &Claim) -> Option<jiff::civil::Date> {
    match &c.value {
        Value::Date(d) => match d.nominal {
            DateNominal::Day(x) => Some(x),
            _ => None,
        },
        _ => None,
    }
}

/// The gap in days a duration claim states, with its tolerance.
fn gap_days(c: &Claim) -> Option<(f64, f64)> {
    let Value::Duration { unit, amount } = &c.value else {
        return None;
    };
    if !matches!(unit, TimeUnit::Day | TimeUnit::Week | TimeUnit::Month) {
        return None;
    }
    let per = unit.approx_days().to_f64()?;
    let n = amount.nominal.to_f64()? * per;
    // "exactly seven weeks before": not a day either way (months differ in
    // length, so only days and weeks).
    let t = c.text.to_lowercase();
    if (t.starts_with("exactly") || t.starts_with("precisely")) && *unit != TimeUnit::Month {
        return Some((n, 0.5));
    }
    let hedged = amount.bound != claimcheck_claims::Bound::Exact;
    // Unhedged, half a unit or a tenth of the gap ("twelve months" is not 14);
    // hedged ("about six weeks"), a third of it.
    let tol = (n * if hedged { 0.35 } else { 0.1 })
        .max(per / 2.0)
        .max(1.0);
    Some((n, tol))
}

/// "Three days later, on the 9th": the relative date, counted from the date
/// before it, and the date it is said to be must be one day.
fn appositions(facts: &Facts, out: &mut Vec<Finding>) {
    for e in facts.edges_of(claimcheck_claims::EdgeKind::SameQuantity) {
        let (named, counted) = (&facts.claims[e.from], &facts.claims[e.to]);
        let (Value::Date(n), Value::Date(c)) = (&named.value, &counted.value) else {
            continue;
        };
        // "six weeks later" for 43 days is a fair rounding; for 49 it is not.
        let unit = counted.text.to_lowercase();
        // "Exactly three weeks later": the duration read over the same words
        // says the count is exact; so does "six weeks to the day later".
        let exact = unit.contains(" to the day ")
            || facts.claims.iter().any(|d| {
                d.kind == claimcheck_claims::Kind::Duration
                    && d.span.start < counted.span.end
                    && counted.span.start < d.span.end
                    && {
                        let t = d.text.to_lowercase();
                        t.starts_with("exactly") || t.starts_with("precisely")
                    }
            });
        let slack = if c.low != c.high || exact {
            // "the following week" already spans its days.
            0
        } else if unit.contains("year") {
            182
        } else if unit.contains("month") {
            15
        } else if unit.contains("week") || unit.contains("fortnight") {
            3
        } else {
            0
        };
        let apart = |a: jiff::civil::Date, b: jiff::civil::Date| {
            a.until(b).map_or(i64::MAX, |s| i64::from(s.get_days()))
        };
        let gap = if n.high < c.low {
            apart(n.high, c.low)
        } else if c.high < n.low {
            apart(c.high, n.low)
        } else {
            0
        };
        if gap <= slack {
            continue;
        }
        let counted_to = if c.low == c.high {
            c.nominal.to_string()
        } else {
            format!("{} to {}", c.low, c.high)
        };
        out.push(RULE.finding(
            format!(
                "\"{}\" is {}, but the text says it was \"{}\"",
                counted.text, counted_to, named.text
            ),
            "Recount the gap from the date before, or check the date.",
            vec![
                label(facts, counted, format!("counts to {counted_to}")),
                label(facts, named, format!("is {}", n.nominal)),
            ],
        ));
    }
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    appositions(facts, &mut out);
    // A dateline ("KESTREL BAY, June 6 —") dates the filing, not an event.
    let dateline = |c: &Claim| c.frame.dateline;
    let dates: Vec<&Claim> = facts
        .claims
        .iter()
        .filter(|c| c.kind == Kind::Date && day(c).is_some() && !dateline(c))
        .collect();
    for d in facts.claims.iter().filter(|c| c.kind == Kind::Duration) {
        let Some((n, tol)) = gap_days(d) else {
            continue;
        };
        let word = d.frame.counts_from.as_deref().unwrap_or("");
        // "will strike for three days after members backed a walkout": a
        // span, not a gap between two dates.
        if d.frame.preposition.is_some() {
            continue;
        }
        let pair = match word {
            // "X, three weeks after … Y": X is the nearest date before, Y the
            // nearest after; "Two weeks after the vote on 19 May, … certified
            // on 2 June": with no date before, Y is the first date after and
            // X the next.
            "after" | "before" => {
                let x = dates
                    .iter()
                    .rev()
                    .find(|c| c.span.end <= d.span.start && c.sentence == d.sentence);
                let mut later = dates
                    .iter()
                    .filter(|c| c.span.start >= d.span.end && c.sentence == d.sentence);
                let y = later.next();
                // "on the 4th, five days before landfall, and … from Friday":
                // the date after must be in the gap's own clause; else the
                // event is dated where the story named it (the frame's anchor).
                let anchor = d.frame.anchor().map(|a| &facts.claims[a]);
                match x {
                    Some(x) => y
                        .filter(|y| y.frame.clause == d.frame.clause)
                        .copied()
                        .or(anchor)
                        .map(|y| (*x, y)),
                    None => y.zip(later.next()).map(|(y, x)| (*x, *y)),
                }
            }
            // "Y … on X, six weeks later": X nearest before, Y the date before X.
            "later" | "earlier" => {
                let mut before = dates
                    .iter()
                    .rev()
                    .filter(|c| c.span.end <= d.span.start && d.sentence - c.sentence <= 1);
                let x = before.next();
                let y = before.next();
                x.zip(y).map(|(x, y)| (*x, *y))
            }
            _ => None,
        };
        let Some((x, y)) = pair else { continue };
        let (Some(dx), Some(dy)) = (day(x), day(y)) else {
            continue;
        };
        let Ok(span) = dx.until(dy) else { continue };
        let actual = f64::from(span.get_days()).abs();
        // A count of days unhedged between two single days is exact: "four
        // days after" Sunday is Thursday, not Wednesday. Not when an event
        // runs over two days ("on Friday night and Saturday").
        // The dates are in text order: only the neighbours can stand close.
        let single = |c: &Claim| {
            let i = dates.partition_point(|o| o.span.start < c.span.start);
            let close = |o: &&Claim| {
                o.sentence == c.sentence
                    && (o.span.end <= c.span.start && c.span.start - o.span.end <= 16
                        || c.span.end <= o.span.start && o.span.start - c.span.end <= 16)
            };
            matches!(&c.value, Value::Date(iv) if iv.low == iv.high)
                && !(i
                    .checked_sub(1)
                    .and_then(|j| dates.get(j))
                    .is_some_and(close)
                    || dates.get(i + 1).is_some_and(close))
        };
        let exact_days = matches!(&d.value, Value::Duration { unit: TimeUnit::Day, amount }
                if amount.bound == claimcheck_claims::Bound::Exact)
            && single(x)
            && single(y);
        let tol = if exact_days { tol.min(0.5) } else { tol };
        if (actual - n).abs() > tol {
            // Weeks only where they say more than the days do.
            let weeks = if actual >= 14.0 {
                format!(" (about {:.0} weeks)", actual / 7.0)
            } else {
                String::new()
            };
            out.push(RULE.finding(
                format!(
                    "\"{}\" does not fit the dates: {} to {} is {} days{}",
                    d.text, y.text, x.text, actual, weeks
                ),
                "Recount the gap between the two dates, or check the dates.",
                vec![
                    label(facts, d, "stated gap"),
                    label(facts, x, "this date"),
                    label(facts, y, "and this one"),
                ],
            ));
        }
    }
    out
}
