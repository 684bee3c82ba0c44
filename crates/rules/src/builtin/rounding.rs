//! CC009 rounding: a hedged figure ("more than $2 billion", "nearly 50,000")
//! that the precise figure for the same thing contradicts.

use super::Builtin;
use crate::eval::{describe, label, number};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{
    significant_digits, Bound, Claim, EdgeKind, Finding, Kind, Severity, Value,
};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC009",
    name: "rounding",
    severity: Severity::Error,
    summary: "A rounded, hedged figure points the wrong way from the precise figure it rounds.",
    doc: r#"
What it checks: a hedged figure ("more than", "over", "nearly", "almost", "just
under", "fewer than") against a precise figure for the same metric and counted
noun, from the same source or the story's own voice, within 15% of it (a
rounding stays close to what it rounds). The precise figure must lie
inside the hedged range: "nearly 50,000" needs a figure just below 50,000;
"more than $2 billion" one above it. With no metric or noun to join them, a
round hedged figure is held against the one precise figure near its value in
the story: a count or sum within 8%, a share within five points ("well over
40% of them in favour" … "38.7% backed it"). Not for a figure a change starts
from, one of a year the rounding does not name or of an earlier occasion
recalled ("in 2022-23, when a record 27.5% were lost"), a rate against a
count ("fewer than 400 customers a week" … "About 410 people work there"), a
share given with its own counts, or a threshold ("districts where uptake is
below 65%").

Why it matters: rounding in the wrong direction overstates or understates the
fact, and readers who see both figures notice.

Example: "The council approved a spending plan of more than $2 billion. The
$1.96 billion plan puts extra money into policing."

Corrected: "The council approved a spending plan of nearly $2 billion. The $1.96
billion plan puts extra money into policing."
"#,
    check,
};

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    // Same-quantity edges between a rounded figure and a precise one, whatever
    // their metric: "just over 1,200 projects" … "The 1,184 successful projects".
    for e in facts.edges_of(EdgeKind::SameQuantity) {
        let (x, y) = (&facts.claims[e.from], &facts.claims[e.to]);
        let (h, p) = if matches!(x.bound(), Bound::AtLeast | Bound::AtMost) {
            (x, y)
        } else {
            (y, x)
        };
        let (Some(hi), Some(pi)) = (number(h), number(p)) else {
            continue;
        };
        let rounds = (h.bound() == Bound::AtLeast && hi.low_open)
            || (h.bound() == Bound::AtMost && hi.high_open);
        if !rounds
            || !matches!(p.bound(), Bound::Exact | Bound::Approx)
            || hi.contains(pi.nominal)
            || two_roundings(hi, pi)
        {
            continue;
        }
        out.push(RULE.finding(
            format!("\"{}\" rounds the wrong way: the text gives {}", h.text, describe(p)),
            "Round towards the precise figure: \"nearly\" for a figure just below, \"more than\" for one above.",
            vec![label(facts, h, "rounded figure"), label(facts, p, "precise figure")],
        ));
    }
    // Figures grouped by metric; shares with no metric are grouped by what they are
    // shares of ("nearly half of residents" … "31% of residents"), and for those the
    // rounding word itself sets how far the figure may be.
    let mut groups: Vec<(Vec<&Claim>, bool)> = facts
        .by_metric
        .values()
        .map(|v| (v.clone(), true))
        .collect();
    let mut shares: std::collections::BTreeMap<String, Vec<&Claim>> = Default::default();
    for c in facts
        .claims
        .iter()
        .filter(|c| c.kind == Kind::Percent && c.metric.is_none())
    {
        if let Some(noun) = facts.counted_noun(c) {
            shares.entry(noun).or_default().push(c);
        }
    }
    groups.extend(shares.into_values().map(|v| (v, false)));
    for (claims, need_near) in &groups {
        for h in claims
            .iter()
            .filter(|c| matches!(c.bound(), Bound::AtLeast | Bound::AtMost))
        {
            let Some(hi) = number(h) else { continue };
            // One-sided bounds with no tolerance ("up to", "at least") are ceilings and
            // floors, not roundings; only strict ones round ("more than", "nearly").
            let rounds = (h.bound() == Bound::AtLeast && hi.low_open)
                || (h.bound() == Bound::AtMost && hi.high_open);
            if !rounds || h.modality.is_some() {
                continue;
            }
            // A headline's figure is itself a rounding ("$2 billion budget").
            for p in claims.iter().filter(|c| {
                matches!(c.bound(), Bound::Exact | Bound::Approx) && c.frame.paragraph != 0
            }) {
                let Some(pi) = number(p) else { continue };
                if p.kind != h.kind || !facts.comparable(h, p) {
                    continue;
                }
                if !same_voice_noun_and_rate(facts, h, p) || !same_occasion(facts, h, p) {
                    continue;
                }
                // A rounding stays close to what it rounds; far-apart figures are
                // different quantities ("more than 640,000 displaced … 210,000 refugees").
                // Shares grouped by their noun alone stay within 5 points
                // ("more than half" of 48.6%): "more than 85% of the vote" and
                // "25.7% of the vote" are two candidates' shares.
                let near = if *need_near {
                    (pi.nominal - hi.nominal).abs() * Decimal::from(100)
                        <= hi.nominal.abs() * Decimal::from(15)
                } else {
                    (pi.nominal - hi.nominal).abs() <= Decimal::from(5)
                };
                if near && !hi.contains(pi.nominal) && !two_roundings(hi, pi) {
                    out.push(RULE.finding(
                        format!("\"{}\" rounds the wrong way: the text gives {}", h.text, describe(p)),
                        "Round towards the precise figure: \"nearly\" for a figure just below, \"more than\" for one above.",
                        vec![label(facts, h, "rounded figure"), label(facts, p, "precise figure")],
                    ));
                }
            }
        }
    }
    unique_neighbour(facts, &mut out);
    out
}

/// Told of a past occasion ("since 2019, when more than 20,000 marched").
/// "a gap of more than 11 million crowns" … "a hole of 11 million crowns":
/// the same round figure twice is two roundings, not a precise figure
/// against a rounded one.
fn two_roundings(
    hedged: &claimcheck_claims::Interval,
    plain: &claimcheck_claims::Interval,
) -> bool {
    plain.nominal == hedged.nominal && significant_digits(plain.nominal) <= 2
}

fn recalled(c: &Claim) -> bool {
    c.frame.scope.iter().any(|s| s == "recalled")
}

/// Both figures of one occasion: neither recalls an earlier one alone ("in
/// the winters of 2018-19 … 2022-23, when a record 27.5% of colonies were
/// lost" is no rounding of this winter's "almost a quarter"), and no dates
/// of theirs differ.
fn same_occasion(facts: &Facts, h: &Claim, p: &Claim) -> bool {
    let date = |c: &Claim| {
        c.frame
            .time()
            .and_then(|t| facts.claims.get(t))
            .map(|d| &d.value)
    };
    // Dates that share a day ("four years ago" and "in 2021") are one time.
    recalled(h) == recalled(p)
        && match (date(h), date(p)) {
            (Some(Value::Date(a)), Some(Value::Date(b))) => a.low <= b.high && b.low <= a.high,
            _ => true,
        }
}

/// Neither two sources nor two counted nouns set the figures apart (either
/// may be unsaid), and both or neither are rates: "served fewer than 400
/// customers a week" rounds no headcount ("About 410 people work there").
fn same_voice_noun_and_rate(facts: &Facts, h: &Claim, p: &Claim) -> bool {
    // A yearly rate as it stands is last year's count ("annual numbers …
    // of more than 2.4 million visits" … "2,348,600 visits last year").
    let rate = |c: &Claim| {
        c.frame
            .scope
            .iter()
            .any(|s| s == "average" || (s.starts_with("per ") && s != "per year"))
    };
    if rate(h) != rate(p) {
        return false;
    }
    let voices = match (&h.source, &p.source) {
        (Some(a), Some(b)) => a.same_voice(b),
        _ => true,
    };
    let nouns = match (facts.counted_noun(h), facts.counted_noun(p)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    voices && nouns
}

/// A rounded figure and the one precise figure near it: "a jackpot of more
/// than 190 million euros" … "won a record 187.4 million euros"; "nearly
/// €400,000 by Brightway's count" … "unpaid rent now totals €412,300". With
/// no metric or noun to join them, the value does: one figure of one or two
/// significant digits, hedged, and exactly one more precise figure of the
/// same kind and currency within 8% of it in the story. A second figure that
/// near ("1.88 billion last year" beside "the 1.96 billion plan") leaves the
/// rounding ambiguous, and a figure a change starts from is an old value.
fn unique_neighbour(facts: &Facts, out: &mut Vec<Finding>) {
    let already: Vec<claimcheck_claims::Span> = out
        .iter()
        .filter_map(|f| f.labels.first().map(|l| l.span))
        .collect();
    // Sorted, for a lookup per figure rather than a walk.
    let mut old_values: Vec<usize> = facts.edges_of(EdgeKind::Change).map(|e| e.to).collect();
    old_values.sort_unstable();
    let mut share_parts: Vec<usize> = facts.edges_of(EdgeKind::ShareOf).map(|e| e.from).collect();
    share_parts.sort_unstable();
    let claims = &facts.claims;
    for (hk, h) in claims.iter().enumerate() {
        if !matches!(h.kind, Kind::Money | Kind::Count | Kind::Percent)
            || !matches!(h.bound(), Bound::AtLeast | Bound::AtMost)
            || h.modality.is_some()
            || h.frame.change
            || h.frame.scope.iter().any(|s| s == "threshold")
            || already.contains(&h.span)
        {
            continue;
        }
        let Some(hi) = number(h) else { continue };
        let rounds = (h.bound() == Bound::AtLeast && hi.low_open)
            || (h.bound() == Bound::AtMost && hi.high_open);
        if !rounds || hi.nominal <= Decimal::ZERO || significant_digits(hi.nominal) > 2 {
            continue;
        }
        // A share is rounded against a neighbour only when nothing else
        // tells what it is of: "more than half of them, about 118,000" is
        // checked against its own counts (CC008), and "districts where
        // uptake is below 65%" is a threshold, not a rounding.
        if h.kind == Kind::Percent {
            let threshold = ["below ", "under ", "above "]
                .iter()
                .any(|w| h.text.to_lowercase().starts_with(w));
            if threshold || share_parts.binary_search(&hk).is_ok() {
                continue;
            }
        }
        let from =
            claims.partition_point(|c| c.sentence + crate::facts::SCOPE_SENTENCES < h.sentence);
        let to =
            claims.partition_point(|c| c.sentence <= h.sentence + crate::facts::SCOPE_SENTENCES);
        // A figure a change starts from ("rose to 94 from 81", "grew by 4%,
        // from 467.6 million") is an old value: no candidate for what the
        // rounding rounds.
        let near: Vec<usize> = (from..to)
            .filter(|&k| {
                k != hk
                    && old_values.binary_search(&k).is_err()
                    && !claims[k].frame.scope.iter().any(|s| s == "old level")
            })
            .filter(|&k| {
                let c = &claims[k];
                c.kind == h.kind
                    && c.unit == h.unit
                    && c.bound() != Bound::Vague
                    && number(c).is_some_and(|ci| {
                        (ci.nominal - hi.nominal).abs() * Decimal::from(100)
                            <= hi.nominal * Decimal::from(8)
                    })
                    // Shares sit close together: within five points and,
                    // for a share, a precise one ("38.7%", not "40%").
                    && (c.kind != Kind::Percent
                        || number(c).is_some_and(|ci| {
                            (ci.nominal - hi.nominal).abs() <= Decimal::from(5)
                        }))
            })
            .collect();
        // A rounder statement of one near figure is the same figure again
        // ("2.3 million" beside "2,348,600"), not a second candidate.
        let restates = |q: usize, p: usize| {
            let (Some(qi), Some(pi)) = (number(&claims[q]), number(&claims[p])) else {
                return false;
            };
            let digits = significant_digits(qi.nominal);
            digits < significant_digits(pi.nominal)
                && pi.nominal.round_sf(digits) == Some(qi.nominal)
        };
        let near: Vec<usize> = near
            .iter()
            .copied()
            .filter(|&q| !near.iter().any(|&p| p != q && restates(q, p)))
            .collect();
        let [pk] = near.as_slice() else { continue };
        let p = &claims[*pk];
        let Some(pi) = number(p) else { continue };
        if !matches!(p.bound(), Bound::Exact | Bound::Approx)
            || significant_digits(pi.nominal) <= significant_digits(hi.nominal)
            || old_values.binary_search(pk).is_ok()
            || p.modality.is_some()
            // "since 2019, when more than 20,000 marched": another occasion.
            || recalled(h) != recalled(p)
            || hi.contains(pi.nominal)
        {
            continue;
        }
        if !same_voice_noun_and_rate(facts, h, p) {
            continue;
        }
        // "about 41,000 people, more than half of them from camps" … "1,570
        // of this year's arrivals, or 46%": two shares that each name their
        // whole ("of them", "of this year's arrivals") in their own
        // sentences are shares of two wholes, not one share rounded.
        // Claims are in text order: only the share's own sentence is read.
        let of_a_part = claims[..*pk]
            .iter()
            .rev()
            .take_while(|c| c.sentence == p.sentence)
            .any(|c| c.kind == Kind::Count && c.frame.partitive);
        if h.kind == Kind::Percent
            && h.frame.partitive
            && p.sentence != h.sentence
            && (share_parts.binary_search(pk).is_ok() || of_a_part)
        {
            continue;
        }
        if let (Some(a), Some(b)) = (&h.metric, &p.metric) {
            if a != b {
                continue;
            }
        }
        fn years(c: &Claim) -> Vec<&String> {
            c.frame
                .context
                .iter()
                .filter(|m| m.starts_with("year:"))
                .collect()
        }
        let (ya, yb) = (years(h), years(p));
        if !ya.is_empty() && !yb.is_empty() && !ya.iter().any(|y| yb.contains(y)) {
            continue;
        }
        // A rate moves from year to year: a share given for a year the
        // rounding does not name ("slipped to 65.1% in the 2023-24 season")
        // is another year's.
        if h.kind == Kind::Percent && ya.is_empty() && !yb.is_empty() {
            continue;
        }
        out.push(RULE.finding(
            format!("\"{}\" rounds the wrong way: the text gives {}", h.text, describe(p)),
            "Round towards the precise figure: \"nearly\" for a figure just below, \"more than\" for one above.",
            vec![label(facts, h, "rounded figure"), label(facts, p, "precise figure")],
        ));
    }
}
