//! CC008 percent-bounds: a percentage that disagrees with the counts it is made
//! of ("4,200 of 6,000 … or 85%"), or a share of people above 100%.

use super::Builtin;
use crate::eval::{label, number};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, Finding, Kind, Severity};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC008",
    name: "percent-bounds",
    severity: Severity::Error,
    summary: "A percentage disagrees with its own counts, or a share of a group exceeds 100%.",
    doc: r#"
What it checks: (1) "A of B …, or P%" and "A of B (P%)": P must be A/B in
percent, within the hedges of A and B and a point of rounding; (2) a share of a
group of people or things ("85% of the workforce", "112% of voters") above 100%.
Ratios such as "140% of capacity" or "up 120%" are not shares and are left alone.

Why it matters: readers can redo the division; a wrong percentage is a visible
error and often a sign that one of the counts is wrong.

Example: "about 4,200 of the group's 6,000 staff had joined the walkout, or 85%
of the workforce."

Corrected: "… or 70% of the workforce."
"#,
    check,
};

/// Wholes that a share cannot exceed.
const GROUPS: &[&str] = &[
    "workforce",
    "staff",
    "workers",
    "employees",
    "voters",
    "vote",
    "votes",
    "members",
    "population",
    "residents",
    "households",
    "respondents",
    "students",
    "pupils",
    "patients",
    "children",
    "adults",
    "people",
    "electorate",
    "seats",
    "ballots",
    "citizens",
    "delegates",
    "shareholders",
    "participants",
    "total",
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
    let claims: Vec<&Claim> = facts.claims.iter().collect();
    for (k, p) in claims.iter().enumerate() {
        if p.kind != Kind::Percent {
            continue;
        }
        let Some(pv) = number(p) else { continue };
        // (1) the two counts before it in the sentence, joined by "of".
        let counts: Vec<&&Claim> = claims[..k]
            .iter()
            .rev()
            .take_while(|c| c.sentence == p.sentence)
            .filter(|c| c.kind == Kind::Count)
            .take(2)
            .collect();
        if let [whole, part] = counts.as_slice() {
            let between = facts.between(part, whole);
            let of =
                between.split_whitespace().next().is_some_and(|w| w == "of") && between.len() < 40;
            let joined =
                facts.between(whole, p).contains(" or ") || facts.between(whole, p).contains('(');
            if let (true, true, Some(a), Some(b)) = (of, joined, number(part), number(whole)) {
                if b.nominal > Decimal::ZERO {
                    let hundred = Decimal::ONE_HUNDRED;
                    let lo = a.low.unwrap_or(a.nominal) * hundred
                        / b.high.unwrap_or(b.nominal).max(Decimal::ONE);
                    let hi = a.high.unwrap_or(a.nominal) * hundred
                        / b.low.unwrap_or(b.nominal).max(Decimal::ONE);
                    let slack = Decimal::ONE;
                    // The percentage as written: "roughly 95%" claims 95, and the
                    // counts' own hedges already give the slack.
                    let p_lo = pv.nominal;
                    let p_hi = pv.nominal;
                    if p_lo > hi + slack || p_hi < lo - slack {
                        let expected = a.nominal * hundred / b.nominal;
                        out.push(finding(facts, p, &[part, whole], expected));
                        continue;
                    }
                }
            }
        }
        // (2) a share of a group above 100%.
        if pv.low.is_some_and(|l| l > Decimal::ONE_HUNDRED) {
            let after = facts.words_after(p.span.end, 4);
            let of_group = after.first().is_some_and(|w| w.lower == "of")
                && after.iter().skip(1).any(|w| GROUPS.contains(&&*w.lower));
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
