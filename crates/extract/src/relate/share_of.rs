//! Share-of: a percentage of a base, with the part it describes when the text
//! gives one.
//!
//! Wordings recognised:
//! - "12% of its 4,100 staff", "a fifth of the 253,400 on the list", "85 per cent
//!   of the 6,000 ballots": share, "of", determiners, base;
//! - "cut 640 jobs, or 12% of its 4,100 staff": the part before the share;
//! - "4,200 of the 6,000 ballots, or 85%", "4,200 of 6,000 (70%)": part of base,
//!   then the share.

use super::Relator;
use claimcheck_claims::{Edge, EdgeKind, Kind};

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let n = r.claims.len();
    for s in 0..n {
        if r.claims[s].kind != Kind::Percent {
            continue;
        }
        let cs = &r.cands[s];
        // Share, "of", determiners, base.
        let of = cs.last + 1;
        if scan.is(of, "of") {
            let mut j = of + 1;
            while j < of + 3
                && (r.grammar.definite.contains(scan.low(j))
                    || scan.low(j).ends_with("'s")
                    || scan.low(j).ends_with("’s"))
            {
                j += 1;
            }
            if let Some(w) = r.layout.claim_at.get(j).copied().flatten() {
                if r.is_count(w) || r.claims[w].kind == Kind::Money {
                    let mut e = r.edge(EdgeKind::ShareOf, s, w, of, j.saturating_sub(1).max(of));
                    e.part = part_before(r, s);
                    out.push(e);
                    continue;
                }
            }
        }
        // "4,200 of the 6,000 ballots, or 85%": part, of, base, then the share.
        if let Some((p, w)) = part_of_before(r, s) {
            let mut e = r.edge_at(
                EdgeKind::ShareOf,
                s,
                w,
                r.claims[p].span.cover(r.claims[w].span),
            );
            e.part = Some(p);
            out.push(e);
        }
    }
}

/// "640 jobs, or 12% of …": the count just before ", or".
fn part_before(r: &Relator, s: usize) -> Option<usize> {
    let scan = r.scan;
    let first = r.cands[s].first;
    if !(scan.is(first.wrapping_sub(1), "or") && scan.is_punct(first.wrapping_sub(2), ',')) {
        return None;
    }
    let k = s.checked_sub(1)?;
    let near = r.cands[k].last + 8 >= first && r.claims[k].sentence == r.claims[s].sentence;
    (near && (r.is_count(k) || r.claims[k].kind == Kind::Money)).then_some(k)
}

/// "4,200 of the 6,000 ballots, or 85%": two counts joined by "of" just before.
fn part_of_before(r: &Relator, s: usize) -> Option<(usize, usize)> {
    let scan = r.scan;
    let w = s.checked_sub(1)?;
    let p = w.checked_sub(1)?;
    if !(r.is_count(p) && r.is_count(w)) {
        return None;
    }
    let same = r.claims[p].sentence == r.claims[s].sentence;
    let of = r.cands[p].last + 1;
    let joined = scan.is(of, "of") && r.cands[w].first <= of + 3;
    let close = r.cands[s].first <= r.cands[w].last + 6;
    let opener = (r.cands[w].last + 1..r.cands[s].first).any(|j| {
        scan.is(j, "or") || scan.is_punct(j, '(') || scan.is(j, "some") || scan.is(j, "about")
    });
    (same && joined && close && opener).then_some((p, w))
}
