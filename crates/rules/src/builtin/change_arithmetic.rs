//! CC016 change-arithmetic: a quantity's level before, the change, and its
//! level after that do not fit together, or a change whose direction its own
//! figures contradict.

use super::Builtin;
use crate::eval::{grouped, label, number};
use crate::expr::Cmp;
use crate::facts::Facts;
use crate::relation::{add, judge, Verdict};
use crate::CheckContext;
use claimcheck_claims::{Claim, EdgeKind, Finding, Interval, Kind, Label, Severity};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC016",
    name: "change-arithmetic",
    severity: Severity::Error,
    summary:
        "A change does not take the level before to the level after (\"rose by 12 to 94\" from 78).",
    doc: r#"
What it checks: a change relation, a quantity's level before and after with
the change between when the text gives it: "the 78-florin pass will climb by
12 florins to 94 florins"; "rose by 10% to 120 euros from 150"; "netted an
additional 66 seats, totaling 365" beside "before this election … had just
318 seats"; "fell 18% to 12.3 billion crowns from 14.2 billion" (an 18% fall
from 14.2 billion is 11.6 billion). The level before plus the change (or times one plus a
percentage change) must give the level after, within the rounding the
figures' own wording allows. Without a change figure, the direction must
hold: "rose from 500 to 470" and "3.00, down from 2.60" are errors.
A rate changed by a percentage with no earlier rate given ("turnout was
about 71%, some 25% higher than last year") draws a warning: 25 points and 25
percent are different claims.

Why it matters: before, change and after are three figures a reader can
check with a pencil; when they do not add up, one of them is wrong.

Example: "The 78-florin monthly pass will climb by 12 florins to 94 florins."

Corrected: "The 78-florin monthly pass will climb by 16 florins to 94 florins."
"#,
    check,
};

/// Half a unit of the last digit written: 14 → 0.5, 2.6 → 0.05.
/// A figure already at the decimal's finest scale (28 places) gets the
/// finest half unit there is, not a panic.
fn half_unit(v: Decimal) -> Decimal {
    Decimal::new(5, (v.normalize().scale() + 1).min(Decimal::MAX_SCALE))
}

/// The level after a percentage change of `p` (up when `dir` is 1) from
/// `before`, as an interval wide enough for the percentage's rounding.
fn after_percent(before: &Interval, p: &Interval, dir: i64) -> Option<Interval> {
    let hundred = Decimal::ONE_HUNDRED;
    let slack = half_unit(p.nominal);
    // "a slump of more than two-fifths": an open end runs to no change at
    // all below, and above to the whole for a fall (a rise has no ceiling
    // to check against).
    let pl = p.low.map_or(Decimal::ZERO, |l| l - slack);
    let ph = match p.high {
        Some(h) => h,
        None if dir < 0 => hundred,
        None => return None,
    } + slack;
    let factor = |q: Decimal| Decimal::ONE + Decimal::from(dir) * q / hundred;
    let (f1, f2) = (factor(pl), factor(ph));
    let (flo, fhi) = (f1.min(f2), f1.max(f2));
    // Checked: figures near the decimal's limit give no level, not a panic.
    let mut out = Interval::range(
        before.low?.checked_mul(flo)?,
        before.high?.checked_mul(fhi)?,
    );
    out.nominal = before.nominal.checked_mul(factor(p.nominal))?;
    out.bound = claimcheck_claims::Bound::Approx;
    Some(out)
}

/// The figure with its value as a reader would write it.
fn shown(c: &Claim, v: Decimal) -> String {
    match c.kind {
        Kind::Percent => format!("{}%", v.normalize()),
        _ => grouped(v.round_dp(2)),
    }
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for e in facts.edges_of(EdgeKind::Change) {
        let (after, before) = (&facts.claims[e.from], &facts.claims[e.to]);
        let (Some(a), Some(b)) = (number(after), number(before)) else {
            continue;
        };
        let cue = Label {
            path: facts.doc.path.clone(),
            span: e.cue,
            message: "the change".to_string(),
        };
        let Some(by) = e.part.map(|p| &facts.claims[p]) else {
            // A direction only: "rose from 500 to 470".
            let cmp = if e.offset > 0 { Cmp::Gt } else { Cmp::Lt };
            if judge(a, cmp, b) == Verdict::Violated {
                let word = if e.offset > 0 { "rise" } else { "fall" };
                out.push(RULE.finding(
                    format!(
                        "\"{}\" is given as a {word} from \"{}\", but it is {}",
                        after.text,
                        before.text,
                        if e.offset > 0 { "lower" } else { "higher" }
                    ),
                    "Check which figure is the old level and which the new, or the word of direction.",
                    vec![
                        label(facts, after, "the new level"),
                        label(facts, before, "the level before"),
                        cue,
                    ],
                ));
            }
            continue;
        };
        let Some(d) = number(by) else { continue };
        if e.from == e.to {
            out.extend(points_or_percent(facts, after, by, a, d, e.offset, cue));
            continue;
        }
        let relative = by.kind == Kind::Percent && after.kind != Kind::Percent;
        // A percentage of nothing is nothing: from a level of zero a relative
        // change says nothing the figures can be checked against.
        if by.kind == Kind::Percent && (!relative || b.nominal.is_zero()) {
            continue;
        }
        let expected = if relative {
            match after_percent(b, d, e.offset) {
                Some(x) => x,
                None => continue,
            }
        } else {
            match add(b, d, e.offset < 0) {
                Some(x) => x,
                None => continue,
            }
        };
        let verdict = judge(a, Cmp::Eq, &expected);
        if verdict != Verdict::Violated {
            continue;
        }
        let sign = if e.offset < 0 { "minus" } else { "plus" };
        let fits = if relative {
            let pct = a
                .nominal
                .checked_div(b.nominal)
                .and_then(|r| (r - Decimal::ONE).checked_mul(Decimal::ONE_HUNDRED));
            match pct {
                Some(pct) => format!("a change of {}%", pct.abs().round_dp(1).normalize()),
                None => "a change too large to state".to_string(),
            }
        } else {
            match a.nominal.checked_sub(b.nominal) {
                Some(d) => format!("a change of {}", shown(by, d.abs())),
                None => "a change too large to state".to_string(),
            }
        };
        out.push(RULE.finding(
            format!(
                "\"{}\" {sign} \"{}\" gives {}, not \"{}\"",
                before.text,
                by.text,
                shown(after, expected.nominal),
                after.text
            ),
            &format!(
                "From {} to {} is {fits}: check the three figures against the source.",
                before.text, after.text
            ),
            vec![
                label(facts, after, "the new level"),
                label(facts, before, "the level before"),
                label(facts, by, "the change"),
                cue,
            ],
        ));
    }
    out
}

/// "The turnout was about 71%, some 25% higher than last year": a rate
/// changed by a percentage may mean points (from 46%) or percent (from about
/// 57%). A warning naming both readings.
fn points_or_percent(
    facts: &Facts,
    rate: &Claim,
    by: &Claim,
    a: &Interval,
    d: &Interval,
    dir: i64,
    cue: Label,
) -> Option<Finding> {
    if rate.kind != Kind::Percent || by.kind != Kind::Percent || d.nominal.is_zero() {
        return None;
    }
    let sign = Decimal::from(dir);
    let points = a.nominal - sign * d.nominal;
    let percent = a.nominal / (Decimal::ONE + sign * d.nominal / Decimal::ONE_HUNDRED);
    let mut f = RULE.finding(
        format!(
            "\"{}\" changes a rate by a percentage: {} percentage points would put it at {}% before, {} percent at about {}%",
            by.text,
            d.nominal.normalize(),
            points.round_dp(1).normalize(),
            d.nominal.normalize(),
            percent.round_dp(1).normalize()
        ),
        "Say \"percentage points\" for a difference of rates, or give the earlier rate.",
        vec![label(facts, by, "points or percent?"), label(facts, rate, "a rate"), cue],
    );
    f.severity = Severity::Warning;
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentage_changes_allow_for_rounding() {
        let before = Interval::exact(Decimal::from(150));
        let fell = after_percent(&before, &Interval::exact(Decimal::from(20)), -1).unwrap();
        assert!(fell.contains(Decimal::from(120)));
        assert!(fell.contains(Decimal::new(1193, 1)));
        assert!(!fell.contains(Decimal::from(130)));
        assert_eq!(half_unit(Decimal::new(26, 1)), Decimal::new(5, 2));
    }

    #[test]
    fn an_open_ended_fall_bounds_the_level_after() {
        let before = Interval::exact(Decimal::from(412));
        // "a slump of more than two-fifths": at most 60% of 412 is left.
        let more_than = Interval::at_least(Decimal::from(40), true);
        let fell = after_percent(&before, &more_than, -1).unwrap();
        assert!(fell.contains(Decimal::from(240)));
        assert!(!fell.contains(Decimal::from(268)));
        // A rise with no ceiling gives no level to check.
        assert!(after_percent(&before, &more_than, 1).is_none());
    }
}
