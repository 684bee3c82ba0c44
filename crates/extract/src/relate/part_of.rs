//! Part-of: one figure counts a subset of another's.
//!
//! Wordings recognised:
//! - a whole, then its part, in one sentence: "640 people, including 710
//!   children"; "seven injured, two of them seriously"; "12 staff, among them 3
//!   doctors";
//! - the part and the whole in one phrase: "24 of the city's 20 wards", "four of
//!   its 11 seats";
//! - a sentence opening with its whole: "Of the 243 schools, 250 were shut";
//! - a partitive naming an earlier figure's noun or metric: "21 men pulled out
//!   alive … Twenty-three of the survivors", "recaptured 140 of the escapees";
//! - a stated total and a later figure of the same noun: "a combined 412,000
//!   customers … 437,000 customers lost power in Ardel".

use super::{Relator, REACH};
use claimcheck_claims::{Edge, EdgeKind};

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    let counts: Vec<usize> = (0..r.claims.len()).filter(|&k| r.is_count(k)).collect();
    whole_then_part(r, &counts, out);
    phrase(r, &counts, out);
    opening_whole(r, &counts, out);
    partitive_of_earlier(r, &counts, out);
    stated_total(r, &counts, out);
}

/// "640 people, including 710 children"; "seven injured, two of them".
fn whole_then_part(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for pair in counts.windows(2) {
        let (w, p) = (pair[0], pair[1]);
        let (cw, cp) = (&r.cands[w], &r.cands[p]);
        if r.claims[w].sentence != r.claims[p].sentence || cp.first <= cw.last + 1 {
            continue;
        }
        let gap = cw.last + 1..cp.first;
        if gap.len() > 12 {
            continue;
        }
        // A coordinated figure is a sibling, not a part: "14 on Thursday and 5 on Friday".
        let coordinated = gap.clone().any(|j| {
            matches!(
                scan.low(j),
                "and" | "or" | "but" | "while" | "whereas" | "than"
            )
        });
        let cue = gap.clone().find_map(|j| {
            r.grammar
                .part_after_whole
                .match_at(scan, j, cp.first)
                .map(|e| (j, e))
        });
        if let Some((a, b)) = cue {
            if !coordinated {
                out.push(r.edge(EdgeKind::PartOf, p, w, a, b));
                continue;
            }
        }
        // "seven injured, two of them seriously".
        let after = cp.last + 1;
        if scan.is(after, "of")
            && matches!(scan.low(after + 1), "them" | "those" | "whom" | "which")
            && !coordinated
            && gap.len() <= 8
        {
            out.push(r.edge(EdgeKind::PartOf, p, w, after, after + 1));
        }
    }
}

/// "24 of the city's 20 wards": part, "of", determiners, whole.
fn phrase(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for pair in counts.windows(2) {
        let (p, w) = (pair[0], pair[1]);
        let of = r.cands[p].last + 1;
        if !scan.is(of, "of") || r.claims[p].sentence != r.claims[w].sentence {
            continue;
        }
        let between = of + 1..r.cands[w].first;
        let only_determiners = between.len() <= 2
            && between.clone().all(|j| {
                r.grammar.definite.contains(scan.low(j))
                    || scan.low(j).ends_with("'s")
                    || scan.low(j).ends_with("’s")
            });
        if only_determiners {
            out.push(r.edge(
                EdgeKind::PartOf,
                p,
                w,
                of,
                r.cands[w].first.saturating_sub(1).max(of),
            ));
        }
    }
}

/// "Of the 243 schools in the region, 250 were affected".
fn opening_whole(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for pair in counts.windows(2) {
        let (w, p) = (pair[0], pair[1]);
        let f = r.cands[w].first;
        if f < 2 || r.claims[w].sentence != r.claims[p].sentence {
            continue;
        }
        let of = f - 2;
        let opens = scan.is(of, "of")
            && (r.grammar.definite.contains(scan.low(f - 1)) || scan.low(f - 1).ends_with("'s"))
            && scan.sentence_initial(of);
        let comma = (r.cands[w].last + 1..r.cands[p].first).any(|j| scan.is_punct(j, ','));
        if opens && comma {
            out.push(r.edge(EdgeKind::PartOf, p, w, of, f - 1));
        }
    }
}

/// "Twenty-three of the survivors", "140 of the escapees": the whole is an
/// earlier figure whose noun or metric the of-phrase names.
fn partitive_of_earlier(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    for &p in counts {
        let fp = &r.claims[p].frame;
        if !fp.partitive {
            continue;
        }
        let Some(head) = fp.head.as_ref() else {
            continue;
        };
        let class = r.grammar.class(&head.lemma);
        // The metrics the of-phrase's noun is a cue of ("escapees" → escaped).
        let named = r.metrics_named(head.span);
        // The largest earlier figure per source: a part of every source's whole.
        let mut best: Vec<(Option<String>, usize)> = Vec::new();
        for &w in counts.iter().filter(|&&w| w < p) {
            let cw = &r.claims[w];
            if cw.frame.partitive
                || r.claims[p].sentence.saturating_sub(cw.sentence) > REACH
                || !r.same_scope_loose(p, w)
            {
                continue;
            }
            let by_head = r.head_class(w) == Some(class) && cw.frame.head.is_some();
            let by_metric = cw.metric.as_ref().is_some_and(|m| named.contains(m));
            if !(by_head || by_metric) {
                continue;
            }
            let src = cw.source.as_ref().map(|s| s.name.to_lowercase());
            let high = |k: usize| match &r.claims[k].value {
                claimcheck_claims::Value::Number(i) => i.high.unwrap_or(i.nominal),
                _ => rust_decimal::Decimal::ZERO,
            };
            match best.iter_mut().find(|(s, _)| *s == src) {
                Some(slot) if high(w) > high(slot.1) => slot.1 = w,
                Some(_) => {}
                None => best.push((src, w)),
            }
        }
        for (_, w) in best {
            out.push(r.edge_at(EdgeKind::PartOf, p, w, head.span));
        }
    }
}

/// "a combined 412,000 customers", "a total of 90 flights", "all 2,430 people":
/// a later figure of the same specific noun, not itself a whole, is a part.
fn stated_total(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    for &w in counts {
        let Some(cue) = r.total_cue(w) else { continue };
        let Some(class) = r.specific_head(w) else {
            continue;
        };
        for &p in counts.iter().filter(|&&p| p > w) {
            let cp = &r.claims[p];
            if cp.sentence.saturating_sub(r.claims[w].sentence) > REACH {
                break;
            }
            if cp.sentence == r.claims[w].sentence
                || cp.frame.definite
                || cp.frame.partitive
                || cp.frame.change
                || r.specific_head(p) != Some(class)
                || !r.same_scope(p, w)
                || r.total_cue(p).is_some()
            {
                continue;
            }
            out.push(r.edge_at(EdgeKind::PartOf, p, w, cue));
        }
    }
}
