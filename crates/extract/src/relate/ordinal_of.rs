//! Ordinal-of: an ordinal that places one item in a count of the same things.
//!
//! "becoming the bloc's 12th member" … "the enlarged 11-nation bloc": the count
//! includes the newcomer, so the ordinal must equal it (offset 0). "Tarnholm has
//! had 30 mayors" … "its 32nd mayor", "Five other members had already closed" …
//! "the seventh member to quit": the count is of those before, so the ordinal
//! must be one more (offset 1). A count whose wording decides neither is left
//! alone, and so is an ordinal dated by a written year (a past milestone: "the
//! Sharks became its 18th member in 2019").

use super::{Relator, REACH};
use claimcheck_claims::{Edge, EdgeKind, Kind};

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    for o in 0..r.claims.len() {
        let co = &r.claims[o];
        if co.kind != Kind::Ordinal {
            continue;
        }
        let Some(class) = r.specific_head(o) else {
            continue;
        };
        if co.frame.time.is_some_and(|d| r.written_year(d)) {
            continue;
        }
        let mut best: Option<(usize, usize, i64)> = None;
        for c in 0..r.claims.len() {
            let cc = &r.claims[c];
            if !r.is_count(c)
                || cc.frame.partitive
                || r.specific_head(c) != Some(class)
                || cc.sentence.abs_diff(co.sentence) > REACH
                || cc.frame.time.is_some_and(|d| r.written_year(d))
                || !cc.frame.scope.iter().all(|s| s == "other")
            {
                continue;
            }
            let Some(offset) = offset(r, c) else { continue };
            let distance = cc.sentence.abs_diff(co.sentence);
            if best.is_none_or(|(_, d, _)| distance < d) {
                best = Some((c, distance, offset));
            }
        }
        if let Some((c, _, offset)) = best {
            let cue = r.claims[c]
                .frame
                .head
                .as_ref()
                .map_or(r.claims[c].span, |h| h.span);
            let mut e = r.edge_at(EdgeKind::OrdinalOf, o, c, cue);
            e.offset = offset;
            out.push(e);
        }
    }
}

/// Whether a count includes the newest item (0) or counts those before it (1).
fn offset(r: &Relator, c: usize) -> Option<i64> {
    let scan = r.scan;
    let cand = &r.cands[c];
    let (c0, c1) = r.layout.clause_range(scan, cand.first);
    let s0 = scan.sentence_of(cand.first).0;
    let words = || (s0.min(c0)..c1).map(|j| scan.low(j));
    let before = words()
        .any(|w| matches!(w, "other" | "already" | "previous" | "before" | "earlier"))
        || (c0..cand.first)
            .any(|j| matches!(scan.low(j), "has" | "have" | "had") && scan.is(j + 1, "had"));
    if before {
        return Some(1);
    }
    let compound = cand.last > cand.first && scan.is_dash(cand.last - 1);
    let to = scan.is(cand.first.wrapping_sub(1), "to");
    let now = (c0..c1).any(|j| matches!(scan.low(j), "now" | "enlarged" | "expanded"));
    (compound || to || now).then_some(0)
}
