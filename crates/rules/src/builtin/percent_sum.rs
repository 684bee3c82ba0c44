//! CC007 percent-sum: shares of one whole that add up past 100%.

use super::Builtin;
use crate::eval::{label, number};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, EdgeKind, Finding, Severity};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC007",
    name: "percent-sum",
    severity: Severity::Error,
    summary: "Shares of one whole, given side by side, add up to more than 100%.",
    doc: r#"
What it checks: percentages given in one clause chain for parts of the same whole
("78% backed strike action and 31% voted against"; "won 52% … 49% went to …"),
where the parts cannot overlap. Their exact figures must not add up past 100%
(a rounding slack of 1 point is allowed). Changes ("rose 14%"), shares of
different wholes ("of those who voted" next to "of members") and figures joined
by "than" are left alone.

Why it matters: mutually exclusive shares above 100% mean a figure is wrong.

Example: "Of those who voted, 78% backed strike action and 31% voted against."

Corrected: "Of those who voted, 69% backed strike action and 31% voted against."
"#,
    check,
};

/// The sum of the claims' intervals, `None` when one is not a plain number.
pub(super) fn sum(facts: &Facts, ks: &[usize]) -> Option<claimcheck_claims::Interval> {
    let mut it = ks.iter().map(|&k| number(&facts.claims[k]));
    let mut total = it.next()??.clone();
    for i in it {
        total = crate::relation::add(&total, i?, false)?;
    }
    Some(total)
}

/// A breakdown closed by a remainder ("…, with the remaining 16 percent"): the
/// shares and the remainder make 100, within the rounding of the digits each
/// is written with.
fn breakdowns(facts: &Facts, out: &mut Vec<Finding>) {
    for e in facts
        .edges_of(EdgeKind::Components)
        .filter(|e| e.offset == 100 && e.complete)
    {
        let mut all = e.parts.clone();
        all.push(e.from);
        let Some(total) = sum(facts, &all) else {
            continue;
        };
        // Each share may be off by half a unit of its last written digit:
        // 0.5 for "27%", 0.05 for "27.4 per cent" (the four chains' 81.2 and
        // "the remaining 23 per cent" make 104.2, more than rounding allows).
        let slack: Decimal = all
            .iter()
            .filter_map(|&k| number(&facts.claims[k]))
            .map(|v| Decimal::new(5, v.nominal.scale().min(27) + 1))
            .sum();
        let hundred = Decimal::ONE_HUNDRED;
        // Over when even the lowest reading passes 100 and the figures as
        // written pass it by more than rounding ("almost two-thirds", a
        // quarter and 16 percent: at least 101, as written 107.7).
        let over = total.low.is_some_and(|l| l > hundred + slack)
            || (total.low.is_some_and(|l| l > hundred) && total.nominal > hundred + slack);
        let under = total.high.is_some_and(|h| h < hundred - slack);
        if !(over || under) {
            continue;
        }
        let rest = &facts.claims[e.from];
        let mut labels = vec![label(facts, rest, "the remainder")];
        labels.extend(
            e.parts
                .iter()
                .map(|&p| label(facts, &facts.claims[p], "a share")),
        );
        out.push(RULE.finding(
            format!(
                "the shares and the remainder \"{}\" add up to about {}%, not 100%",
                rest.text,
                total.nominal.round_dp(1).normalize()
            ),
            "A breakdown and its remainder make 100%: check each share.",
            labels,
        ));
    }
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    breakdowns(facts, &mut out);
    lists(facts, &mut out);
    out
}

/// Shares listed side by side with no remainder ("78% backed strike action and
/// 31% voted against"): a partial breakdown, which may fall short of 100 but
/// not pass it by more than a point of rounding once every hedged share is
/// read halfway down its tolerance ("about a third" as 31.7).
fn lists(facts: &Facts, out: &mut Vec<Finding>) {
    for e in facts
        .edges_of(EdgeKind::Components)
        .filter(|e| e.offset == 100 && !e.complete)
    {
        let mut run: Vec<&Claim> = e.parts.iter().map(|&p| &facts.claims[p]).collect();
        run.push(&facts.claims[e.from]);
        let total: Decimal = run
            .iter()
            .filter_map(|c| number(c).map(|v| v.nominal))
            .sum();
        // Each share read halfway down its hedge: "just over half", "about
        // a third" and "roughly a quarter" make 105.4 so read ("about a
        // third" as 31.7); "about 45%, about 35% and about 25%" make 99.75
        // and pass. A share's upper hedge ("just over") gives no room here.
        let two = Decimal::TWO;
        let low_reading: Decimal = run
            .iter()
            .filter_map(|c| number(c))
            .map(|v| v.nominal - (v.nominal - v.low.unwrap_or(v.nominal)).max(Decimal::ZERO) / two)
            .sum();
        if low_reading > Decimal::ONE_HUNDRED + Decimal::ONE {
            let texts: Vec<&str> = run.iter().map(|c| c.text.as_str()).collect();
            out.push(RULE.finding(
                format!(
                    "{} add up to {}%, more than the whole",
                    texts.join(" + "),
                    total.normalize()
                ),
                "Shares of one whole cannot exceed 100% together: check each figure.",
                run.iter().map(|c| label(facts, c, "share")).collect(),
            ));
        }
    }
}
