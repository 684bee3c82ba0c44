//! CC002 vague-vs-precise: "dozens" or "a handful" where the text gives a figure
//! outside what the word allows.

use super::Builtin;
use crate::eval::{describe, label, number};
use crate::expr::Cmp;
use crate::facts::Facts;
use crate::relation::{judge, Verdict};
use crate::CheckContext;
use claimcheck_claims::{Bound, Finding, Modality, Severity};

pub const RULE: Builtin = Builtin {
    code: "CC002",
    name: "vague-vs-precise",
    severity: Severity::Warning,
    summary: "A vague quantity (dozens, a handful, hundreds) contradicts a precise figure for the same thing.",
    doc: r#"
What it checks: a vague quantifier ("a handful", "dozens", "hundreds") and a
precise figure for the same metric in the same story, where the figure lies
outside the range the word conventionally allows (rules/lexicon/quantities.toml:
dozens = 24 to 99, a handful = 2 to 10).

Why it matters: readers take "dozens injured" as a count. If the body says seven,
the lede overstates the story.

Example: "Dozens of firefighters were injured on Tuesday. Seven firefighters
have been injured, the agency said."

Corrected: "Several firefighters were injured on Tuesday. Seven firefighters
have been injured, the agency said."
"#,
    check,
};

/// Counts with no metric, grouped by the class of the noun they count
/// ("Dozens of bridges were damaged" … "8 damaged bridges"; "Hundreds of
/// runners" … "4,026 runners crossed the line"). Generic nouns ("people")
/// group nothing; sources, scopes and parts keep figures apart below.
fn noun_groups<'c>(facts: &Facts<'c>) -> Vec<Vec<&'c claimcheck_claims::Claim>> {
    let mut by_noun: std::collections::BTreeMap<String, Vec<&claimcheck_claims::Claim>> =
        Default::default();
    for c in facts
        .claims
        .iter()
        // A pack's metric does not hide the counted noun: "During the strike
        // it ran 46 emergency sailings" is filed under strikers, but counts
        // sailings.
        .filter(|c| c.kind == claimcheck_claims::Kind::Count)
    {
        if let Some(noun) = facts.counted_noun(c) {
            by_noun.entry(noun).or_default().push(c);
        }
    }
    // A vague quantity and a count of the same things, one of them not vague.
    by_noun
        .into_values()
        .filter(|g| g.iter().any(|c| c.bound() == Bound::Vague))
        .filter(|g| g.iter().any(|c| c.bound() != Bound::Vague))
        .collect()
}

/// Two credits in one voice: the same name, or a body and its own people
/// ("the town council" and "The council's engineers").
fn one_voice(a: &str, b: &str) -> bool {
    // The owner of one ("council" of "The council's engineers") is the
    // head of the other ("the town council").
    let owned_by_head = |owned: &str, body: &str| {
        let head = body.split_whitespace().last().map(str::to_lowercase);
        owned.split_whitespace().any(|w| {
            let w = w.to_lowercase();
            let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
            owner.is_some() && owner == head.as_deref()
        })
    };
    a.eq_ignore_ascii_case(b) || owned_by_head(a, b) || owned_by_head(b, a)
}

/// Whether the vague count's things are picked out of the figure's
/// ([`claimcheck_claims::Head::picked_from`]).
fn picked_from(v: &claimcheck_claims::Claim, p: &claimcheck_claims::Claim) -> bool {
    let (Some(hv), Some(hp)) = (v.frame.head.as_ref(), p.frame.head.as_ref()) else {
        return false;
    };
    hv.picked_from(hp)
}

/// Same-quantity edges between a vague quantity and a count of the same things:
/// "only a couple of schools recorded pass rates below 60%" … "The seven schools
/// with pass rates below 60%".
fn from_edges(facts: &Facts, out: &mut Vec<Finding>) {
    for e in facts.edges_of(claimcheck_claims::EdgeKind::SameQuantity) {
        let (x, y) = (&facts.claims[e.from], &facts.claims[e.to]);
        let (v, p) = if x.bound() == Bound::Vague {
            (x, y)
        } else {
            (y, x)
        };
        if v.bound() != Bound::Vague
            || !matches!(p.bound(), Bound::Exact | Bound::Approx)
            || v.modality == Some(Modality::Possible)
            || v.frame.widened
        {
            continue;
        }
        let (Some(vi), Some(pi)) = (number(v), number(p)) else {
            continue;
        };
        if judge(pi, Cmp::Eq, vi) != Verdict::Violated {
            continue;
        }
        out.push(RULE.finding(
            format!(
                "\"{}\" does not fit {} given for the same figure",
                v.text,
                describe(p)
            ),
            "Use the figure, or a word that fits it (\"several\", \"a handful\", \"dozens\").",
            vec![
                label(facts, v, "vague quantity"),
                label(facts, p, "precise figure"),
            ],
        ));
    }
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    from_edges(facts, &mut out);
    // A vague word already judged against its count is not judged again.
    let judged: Vec<claimcheck_claims::Span> = out
        .iter()
        .filter_map(|f| f.labels.first().map(|l| l.span))
        .collect();
    // Where the parts of part-of edges start, sorted, for a quick lookup.
    let mut part_starts: Vec<usize> = facts
        .edges_of(claimcheck_claims::EdgeKind::PartOf)
        .map(|e| facts.claims[e.from].span.start)
        .collect();
    part_starts.sort_unstable();
    // Each group with whether it was gathered by noun rather than by metric.
    let mut groups: Vec<(bool, Vec<&claimcheck_claims::Claim>)> = facts
        .by_metric
        .values()
        .map(|g| (false, g.clone()))
        .collect();
    groups.extend(noun_groups(facts).into_iter().map(|g| (true, g)));
    let mut reported: Vec<(claimcheck_claims::Span, claimcheck_claims::Span)> = Vec::new();
    for (by_noun, claims) in &groups {
        for v in claims.iter().filter(|c| c.bound() == Bound::Vague) {
            // "possibly hundreds" entertains a figure; it does not state one. And
            // "dozens, and possibly hundreds" states a range reaching into the second.
            // "destroying 146 homes and damaging hundreds more": "more",
            // "other", "another" count a further set.
            if v.modality == Some(Modality::Possible)
                || v.frame.change
                || v.frame.widened
                || judged.contains(&v.span)
            {
                continue;
            }
            let Some(vi) = number(v) else { continue };
            // Sources that disagree on either side of the vague word ("dozens" between
            // a governor's twelve and a militant group's 190): the word summarises
            // the dispute rather than contradicting a figure.
            // Only two voices make a dispute: one voice's figures either side
            // are quantities of their own, not a range.
            let precise: Vec<_> = claims
                .iter()
                .filter(|c| {
                    matches!(c.bound(), Bound::Exact | Bound::Approx) && facts.comparable(v, c)
                })
                .filter_map(|c| {
                    let voice = c.source.as_ref().map(|s| s.name.to_lowercase());
                    Some((number(c)?, voice, picked_from(v, c)))
                })
                .collect();
            let below: Vec<_> = precise
                .iter()
                .filter(|(p, _, _)| judge(p, Cmp::Lt, vi) == Verdict::Holds && p.high < vi.low)
                .map(|(_, voice, _)| voice)
                .collect();
            // A larger set the vague one is picked from ("1,240 heat
            // patients" for "scores of heatstroke patients") disputes nothing.
            let disputed = precise
                .iter()
                .filter(|(p, _, picked)| p.low > vi.high && !picked)
                .any(|(_, voice, _)| below.iter().any(|b| *b != voice));
            if disputed {
                continue;
            }
            for p in claims
                .iter()
                .filter(|c| matches!(c.bound(), Bound::Exact | Bound::Approx))
            {
                let Some(pi) = number(p) else { continue };
                if !facts.comparable(v, p) || v.kind != p.kind {
                    continue;
                }
                // "59, including two minors": a part is not the whole the
                // vague word counts.
                let is_part = part_starts.binary_search(&p.span.start).is_ok();
                // "add 12 extra flights" counts a set on top of the others.
                let further = p.frame.scope.iter().any(|s| s == "further");
                // "Harlow and Stevenage … the two towns": the towns named,
                // not every town the vague word counts.
                let named = p.frame.scope.iter().any(|s| s == "named");
                if is_part || p.frame.partitive || further || named {
                    continue;
                }
                // Two sources disagreeing is information, not an error; the story's own
                // voice against a source is a contradiction.
                if let (Some(a), Some(b)) = (&v.source, &p.source) {
                    if !one_voice(&a.name, &b.name) {
                        continue;
                    }
                }
                // "several houses" and "11 villages" count different things.
                if let (Some(a), Some(b)) = (facts.counted_noun(v), facts.counted_noun(p)) {
                    if a != b {
                        continue;
                    }
                }
                // Met by noun where a pack files either under a metric, the
                // two must name their things by one word, not only one class:
                // "Thousands of homes … without water" (filed under homes
                // destroyed) is not "flooded the basements of 37 properties".
                let lemma =
                    |c: &claimcheck_claims::Claim| c.frame.head.as_ref().map(|h| h.lemma.clone());
                if *by_noun && (v.metric.is_some() || p.metric.is_some()) && lemma(v) != lemma(p) {
                    continue;
                }
                // "The rain cost us a few thousand on Thursday" against "the
                // show cost about 1.2 million pounds to stage": a metric in
                // common, but a hundredfold apart no reporter restates one
                // figure by the other; they are two quantities.
                let hundred = rust_decimal::Decimal::from(100);
                if pi.nominal.abs() > vi.nominal.abs() * hundred
                    || pi.nominal.abs() * hundred < vi.nominal.abs()
                {
                    continue;
                }
                // "Of its 104 players, 98 made the trip" … "A handful of
                // current players were on that earlier tour": a word before
                // the vague count's noun that the figure's lacks picks out
                // some of those things; only more of them than the figure
                // would contradict it ("several rural branches" among 20).
                if picked_from(v, p) && pi.high >= vi.low {
                    continue;
                }

                // A pair met in both a metric's group and a noun's is judged once.
                let pair = (v.span, p.span);
                if judge(vi, Cmp::Eq, pi) == Verdict::Violated && !reported.contains(&pair) {
                    reported.push(pair);
                    out.push(RULE.finding(
                        format!("\"{}\" does not fit {} given for the same figure", v.text, describe(p)),
                        "Use the figure, or a word that fits it (\"several\", \"a handful\", \"dozens\").",
                        vec![
                            label(facts, v, "vague quantity"),
                            label(facts, p, "precise figure"),
                        ],
                    ));
                }
            }
        }
    }
    out
}
