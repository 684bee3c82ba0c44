//! CC008 percent-bounds: a percentage that disagrees with the counts it is made
//! of ("4,200 of 6,000 … or 85%"), or a share of people above 100%.

use super::Builtin;
use crate::eval::{label, number};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, EdgeKind, Finding, Kind, Severity};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC008",
    name: "percent-bounds",
    severity: Severity::Error,
    summary: "A percentage disagrees with its own counts, or a share of a group exceeds 100%.",
    doc: r#"
What it checks: (1) a share given with its own part and whole: "A of B …, or
P%", "A of B (P%)", "Of the B flights, A left late, or one in four", "A — about
three-quarters —": P must be A/B in percent, within the hedges of P, A and B and
a point of rounding; (2) a share of a
group of people or things ("85% of the workforce", "112% of voters") above 100%.
Ratios such as "140% of capacity" or "up 120%" are not shares and are left alone.

Why it matters: readers can redo the division; a wrong percentage is a visible
error and often a sign that one of the counts is wrong.

Example: "About 4,200 of the group's 6,000 staff had joined the walkout, or 85%
of the workforce."

Corrected: "About 4,200 of the group's 6,000 staff had joined the walkout, or 70%
of the workforce."
"#,
    check,
};

/// Wholes that a share cannot exceed, by the lemma of the counted noun.
const GROUPS: &[&str] = &[
    "adult",
    "ballot",
    "child",
    "citizen",
    "delegate",
    "electorate",
    "employee",
    "household",
    "member",
    "participant",
    "patient",
    "person",
    "population",
    "pupil",
    "resident",
    "respondent",
    "seat",
    "shareholder",
    "staff",
    "student",
    "total",
    "vote",
    "voter",
    "worker",
    "workforce",
];

fn finding(facts: &Facts, p: &Claim, parts: &[&Claim], expected: Decimal) -> Finding {
    let mut labels = vec![label(facts, p, "percentage")];
    labels.extend(parts.iter().map(|c| label(facts, c, "count")));
    RULE.finding(
        format!(
            "\"{}\" does not fit the counts: {} of {} is about {}%",
            p.text,
            parts[0].text,
            parts[1].text,
            expected.round_dp(0)
        ),
        "Recompute the percentage from the counts, or check the counts.",
        labels,
    )
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    // (1) a share with its own part and whole: "4,200 of 6,000 …, or 85%",
    // "Of the 38,400 flights, 12,800 left late, or one in four".
    let mut judged = std::collections::BTreeSet::new();
    for e in facts.edges_of(EdgeKind::ShareOf) {
        let Some(p) = e.part else { continue };
        let (share, part, whole) = (&facts.claims[e.from], &facts.claims[p], &facts.claims[e.to]);
        let (Some(s), Some(a), Some(b)) = (number(share), number(part), number(whole)) else {
            continue;
        };
        if b.nominal <= Decimal::ZERO || !judged.insert(e.from) {
            continue;
        }
        let hundred = Decimal::ONE_HUNDRED;
        // Checked: figures near the decimal's limits give no share, not a panic.
        let share_of =
            |part: Decimal, whole: Decimal| part.checked_mul(hundred)?.checked_div(whole);
        let (Some(lo), Some(hi), Some(expected)) = (
            share_of(
                a.low.unwrap_or(a.nominal),
                b.high.unwrap_or(b.nominal).max(Decimal::ONE),
            ),
            share_of(
                a.high.unwrap_or(a.nominal),
                b.low.unwrap_or(b.nominal).max(Decimal::ONE),
            ),
            share_of(a.nominal, b.nominal),
        ) else {
            continue;
        };
        // A point of rounding either way ("37 per cent" for 36.6%), on top of the
        // share's own hedge ("about three-quarters").
        // A share in words ("one in five", "a third") names the nearest
        // simple fraction, so it stands for a band: an eighth of its size,
        // up to two and a half points (22% is still "one in five", 27% is
        // not; 9% is not "almost one in eight").
        let in_words = !share.text.bytes().any(|b| b.is_ascii_digit());
        let slack = if in_words {
            (s.nominal / Decimal::from(8)).clamp(Decimal::ONE, Decimal::new(25, 1))
        } else {
            Decimal::ONE
        };
        let s_lo = s.low.unwrap_or(Decimal::ZERO);
        let s_hi = s.high.unwrap_or(Decimal::MAX / hundred);
        if s_lo > hi.saturating_add(slack) || s_hi < lo.saturating_sub(slack) {
            out.push(finding(facts, share, &[part, whole], expected));
        }
    }
    for p in facts.claims {
        if p.kind != Kind::Percent {
            continue;
        }
        let Some(pv) = number(p) else { continue };
        // (2) a share of a group above 100%.
        if pv.low.is_some_and(|l| l > Decimal::ONE_HUNDRED) {
            // "112% of its members": a share of a group of people or seats,
            // by the frame's counted noun ("104% of bed capacity" is no group).
            let of_group = p.frame.partitive
                && p.frame
                    .head
                    .as_ref()
                    .is_some_and(|h| GROUPS.contains(&&*h.lemma) || GROUPS.contains(&&*h.class));
            if of_group {
                out.push(RULE.finding(
                    format!(
                        "\"{}\" is a share of a group, and a share cannot exceed 100%",
                        p.text
                    ),
                    "A share of a whole lies between 0% and 100%: check the figure.",
                    vec![label(facts, p, "share above 100%")],
                ));
            }
        }
    }
    out
}
