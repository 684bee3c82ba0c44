//! CC007 percent-sum: shares of one whole that add up past 100%.

use super::Builtin;
use crate::eval::{label, number};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Bound, Claim, EdgeKind, Finding, Kind, Severity};
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

/// Words that make a percentage a change or a comparison, not a share.
const NOT_SHARES: &[&str] = &[
    "rose",
    "rise",
    "risen",
    "fell",
    "fall",
    "fallen",
    "up",
    "down",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "higher",
    "lower",
    "more",
    "less",
    "than",
    "growth",
    "grew",
    "gain",
    "gained",
    "lost",
    "cut",
    "drop",
    "dropped",
    "jumped",
    "slumped",
    "climbed",
    "points",
    "point",
    "compared",
    "from",
    "interest",
    "rate",
    "inflation",
    "annual",
    "annually",
    "year",
    "each",
    "every",
    "per",
    "by",
    "to",
];

/// The whole a share names: the first word after "of" and its determiner ("of
/// households" → households, "of the evacuated residents" → evacuated).
fn whole_of(facts: &Facts, c: &Claim) -> Option<String> {
    let after = facts.words_after(c.span.end, 5);
    if after.first()?.lower != "of" {
        return None;
    }
    after[1..]
        .iter()
        .map(|w| w.lower.to_string())
        .find(|w| !matches!(w.as_str(), "the" | "its" | "their" | "all" | "a" | "an"))
}

fn share_like(facts: &Facts, c: &Claim) -> bool {
    let before = facts.words_before(c.span.start, 2);
    let after = facts.words_after(c.span.end, 3);
    // "from" and "to" make a change only before a figure ("up from 40%");
    // "52% come from Pontesa" is a share.
    let changes = |ws: &[crate::facts::Word], i: usize| {
        let w = &*ws[i].lower;
        if matches!(w, "from" | "to") {
            return ws
                .get(i + 1)
                .is_some_and(|n| n.lower.starts_with(|ch: char| ch.is_ascii_digit()));
        }
        NOT_SHARES.contains(&w)
    };
    !((0..before.len()).any(|i| changes(&before, i))
        || (0..after.len().min(2)).any(|i| changes(&after, i)))
}

/// The sum of the claims' intervals, `None` when one is not a plain number.
pub(super) fn sum(facts: &Facts, ks: &[usize]) -> Option<claimcheck_claims::Interval> {
    let mut it = ks.iter().map(|&k| number(&facts.claims[k]));
    let mut total = it.next()??.clone();
    for i in it {
        total = crate::relation::add(&total, i?, false);
    }
    Some(total)
}

/// A breakdown closed by a remainder ("…, with the remaining 16 percent"): the
/// shares and the remainder make 100, within a point of rounding per share.
fn breakdowns(facts: &Facts, out: &mut Vec<Finding>) {
    for e in facts
        .edges_of(EdgeKind::Components)
        .filter(|e| e.offset == 100)
    {
        let mut all = e.parts.clone();
        all.push(e.from);
        let Some(total) = sum(facts, &all) else {
            continue;
        };
        let slack = Decimal::from(all.len());
        let hundred = Decimal::ONE_HUNDRED;
        // Over when even the lowest reading passes 100 and the figures as
        // written pass it by more than rounding ("almost two-thirds", a
        // quarter and 16 percent: at least 101, as written 107.7).
        let over = total.low.is_some_and(|l| l > hundred + slack)
            || (total.low.is_some_and(|l| l > hundred) && total.nominal > hundred + slack);
        let under = e.complete && total.high.is_some_and(|h| h < hundred - slack);
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
    let percents: Vec<&Claim> = facts
        .claims
        .iter()
        .filter(|c| c.kind == Kind::Percent && matches!(c.bound(), Bound::Exact | Bound::Approx))
        .collect();
    let mut i = 0;
    while i < percents.len() {
        // A run: consecutive percentages in one sentence, with no semicolon and no
        // second "of" whole between them, joined by "and", "while" or commas.
        let mut run = vec![percents[i]];
        let mut j = i + 1;
        while j < percents.len() {
            let (a, b) = (run[run.len() - 1], percents[j]);
            if a.sentence != b.sentence {
                break;
            }
            let between = facts.between(a, b);
            let words: Vec<String> = between
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            // Commas alone do not join: "49% for patients treated with ZMapp,
            // 53% for remdesivir" are rates of different groups.
            // ", with 39% undecided" closes a list; "treated with ZMapp" does not.
            let with = between.trim_end().ends_with(", with");
            let joined = (with
                || words
                    .iter()
                    .any(|w| matches!(w.as_str(), "and" | "while" | "whereas")))
                && !between.contains(';')
                // "41% of members voted for and 38% against": the first share's
                // "of" names the common whole; a "than" makes a comparison.
                && !words.iter().any(|w| w == "than")
                && words.len() <= 14;
            if !joined {
                break;
            }
            run.push(b);
            j += 1;
        }
        // "60% of the province … 55% of households": two wholes, not one.
        let wholes: std::collections::BTreeSet<String> =
            run.iter().filter_map(|c| whole_of(facts, c)).collect();
        if run.len() >= 2 && wholes.len() <= 1 && run.iter().all(|c| share_like(facts, c)) {
            let total: Decimal = run
                .iter()
                .filter_map(|c| number(c).map(|v| v.nominal))
                .sum();
            // One point of rounding, plus the tolerance of any "about" share.
            let slack: Decimal = Decimal::ONE
                + run
                    .iter()
                    .filter_map(|c| number(c))
                    .map(|v| {
                        v.high
                            .zip(Some(v.nominal))
                            .map_or(Decimal::ZERO, |(h, n)| h - n)
                    })
                    .sum::<Decimal>();
            if total > Decimal::ONE_HUNDRED + slack {
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
        i = j.max(i + 1);
    }
    out
}
