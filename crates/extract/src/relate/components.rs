//! Components: parts that make up a total.
//!
//! Wordings recognised:
//! - a breakdown in percentages closed by a remainder, in one sentence: "Almost
//!   two-thirds will go to universities and a quarter to institutes, with the
//!   remaining 16 percent split between …"; "46 percent …, 31 percent …, with 19
//!   percent from Essel; the rest, about one in ten, …" (the shares and the
//!   remainder make 100);
//! - a total stated "in all" after a sentence listing its parts: "Four gas-fired
//!   plants disconnected first, followed by three hydroelectric stations and
//!   five wind farms. In all, 11 power stations dropped off the network."

use super::Relator;
use claimcheck_claims::{Edge, EdgeKind, Kind};

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    percent_remainder(r, out);
    total_after_list(r, out);
}

/// "the remaining 16 percent", "the rest, about one in ten", "the remainder, 12%".
fn percent_remainder(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for k in 0..r.claims.len() {
        if r.claims[k].kind != Kind::Percent {
            continue;
        }
        let first = r.cands[k].first;
        let s0 = scan.sentence_of(first).0;
        let Some(cue) = (first.saturating_sub(3).max(s0)..first)
            .find(|&j| matches!(scan.low(j), "remaining" | "rest" | "remainder"))
        else {
            continue;
        };
        let parts: Vec<usize> = (0..k)
            .rev()
            .take_while(|&p| r.claims[p].sentence == r.claims[k].sentence)
            .filter(|&p| r.claims[p].kind == Kind::Percent && !r.claims[p].frame.change)
            .collect();
        if parts.is_empty() {
            continue;
        }
        let mut e = r.edge(EdgeKind::Components, k, k, cue, cue);
        e.parts = parts.into_iter().rev().collect();
        e.offset = 100;
        e.complete = true;
        out.push(e);
    }
}

/// "In all, 11 power stations …" after a sentence listing counts joined by
/// "and", commas or "followed by".
fn total_after_list(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for t in 0..r.claims.len() {
        if !r.is_count(t) {
            continue;
        }
        let first = r.cands[t].first;
        let (s0, _) = scan.sentence_of(first);
        let opens = (s0..first).any(|j| {
            scan.sentence_initial(j)
                && ((scan.is(j, "in") && matches!(scan.low(j + 1), "all" | "total"))
                    || scan.is(j, "altogether"))
        }) && (s0..first).all(|j| r.layout.claim_at[j].is_none());
        if !opens || s0 == 0 {
            continue;
        }
        let prev = r.claims[t].sentence.checked_sub(1);
        let parts: Vec<usize> = (0..t)
            .filter(|&p| Some(r.claims[p].sentence) == prev && r.is_count(p))
            .collect();
        if parts.len() < 2 || !listed(r, &parts) {
            continue;
        }
        let mut e = r.edge(EdgeKind::Components, t, parts[0], s0, s0 + 1);
        e.parts = parts;
        e.complete = true;
        out.push(e);
    }
}

/// The counts stand as a list: each after the first follows "and", a comma or
/// "followed by", and each counts something ("four plants", "five wind farms").
fn listed(r: &Relator, parts: &[usize]) -> bool {
    let scan = r.scan;
    parts.windows(2).all(|w| {
        let gap = r.cands[w[0]].last + 1..r.cands[w[1]].first;
        let joined = gap.clone().any(|j| {
            scan.is(j, "and")
                || scan.is_punct(j, ',')
                || (scan.is(j, "followed") && scan.is(j + 1, "by"))
        });
        joined && r.claims[w[1]].frame.head.is_some()
    }) && r.claims[parts[0]].frame.head.is_some()
}
