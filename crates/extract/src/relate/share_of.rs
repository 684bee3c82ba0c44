//! Share-of: a percentage of a base, with the part it describes when the text
//! gives one.
//!
//! Wordings recognised:
//! - "12% of its 4,100 staff", "a fifth of the 253,400 on the list", "85 per cent
//!   of the 6,000 ballots": share, "of", determiners, base;
//! - "cut 640 jobs, or 12% of its 4,100 staff": the part before the share;
//! - "4,200 of the 6,000 ballots, or 85%", "4,200 of 6,000 (70%)": part of base,
//!   then the share;
//! - the part set off after the base: "38% of its 6,200 staff, 930 people";
//!   "one in five of the 2,822 farms … - 1,308 in all -";
//! - "N of M …, a turnout of P%": a share named as a rate later in the sentence;
//!   also after a fronted whole: "Of the 46,200 members, 31,900 returned
//!   ballots, a turnout of 79%".

use super::{Relator, REACH};
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
            if let Some(w) = r.layout.claim_at(j) {
                if r.is_count(w) || r.claims[w].kind == Kind::Money {
                    let mut e = r.edge(EdgeKind::ShareOf, s, w, of, j.saturating_sub(1).max(of));
                    e.part = part_before(r, s)
                        .or_else(|| part_after(r, w))
                        .or_else(|| part_said_before(r, s, w))
                        .or_else(|| subject_part(r, s, w))
                        .or_else(|| deed_subject_part(r, s))
                        .or_else(|| part_told_before(r, s));
                    out.push(e);
                    continue;
                }
            }
            // "covers some 214,000 teachers, more than half of them, about
            // 118,000, in primary schools": a share of the sentence's earlier
            // count, with its part in apposition after it.
            if let Some((p, w)) = share_then_part(r, s, of) {
                let mut e = r.edge(EdgeKind::ShareOf, s, w, of, of + 1);
                e.part = Some(p);
                out.push(e);
                continue;
            }
            // "returned 41,500 units, about 32% of those sold": the whole is
            // an earlier figure the of-phrase points back to.
            if let Some(p) = part_before(r, s) {
                if let Some(w) = whole_referred(r, s, p, of) {
                    let mut e = r.edge(EdgeKind::ShareOf, s, w, of, of);
                    e.part = Some(p);
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
            continue;
        }
        // "Of the 38,400 flights, 12,800 left late, or one in four": a part whose
        // whole is known, then its share in apposition.
        if let Some((p, w)) = apposed_part(r, s, out) {
            let mut e = r.edge_at(EdgeKind::ShareOf, s, w, r.claims[p].span);
            e.part = Some(p);
            out.push(e);
            continue;
        }
        // "… on revenue of 3.42 billion euros. … Online sales reached 480
        // million euros and now make up a quarter of group revenue": the part
        // is the clause's subject, the whole an earlier figure of the noun.
        if let Some((p, w)) = subject_share_of_named_whole(r, s, out) {
            let mut e = r.edge_at(EdgeKind::ShareOf, s, w, r.claims[p].span);
            e.part = Some(p);
            out.push(e);
            continue;
        }
        // "Traffic rose to 31.4 million crossings. … Cameras logged 2.2
        // million crossings for which no toll was paid, roughly one trip in
        // seven": a count with its share closing the sentence is a part of
        // the one total of its things told before.
        if let Some((p, w)) = total_of_its_things(r, s) {
            let mut e = r.edge_at(EdgeKind::ShareOf, s, w, r.claims[p].span);
            e.part = Some(p);
            out.push(e);
            continue;
        }
        // "Of the 1,240, some 530 were aged 75 or over. That works out at
        // nearly six in ten of all heat admissions": a share the next
        // sentence opens on, of the part just taken from its whole.
        if let Some((p, w, cue)) = share_of_the_part_before(r, s, out) {
            let mut e = r.edge(EdgeKind::ShareOf, s, w, cue.0, cue.1);
            e.part = Some(p);
            out.push(e);
        }
    }
}

/// The part and whole of the one part-of edge of the sentence before, when
/// the share's sentence opens "That works out at", "This is", "That
/// represents", "That amounts to" (the cue's first and last tokens).
fn share_of_the_part_before(
    r: &Relator,
    s: usize,
    edges: &[Edge],
) -> Option<(usize, usize, (usize, usize))> {
    let cue = that_links(r, s)?;
    let before = r.claims[s].sentence.checked_sub(1)?;
    let parts: Vec<&Edge> = edges
        .iter()
        .filter(|e| e.kind == EdgeKind::PartOf && r.claims[e.from].sentence == before)
        .collect();
    let [e] = parts.as_slice() else {
        return None;
    };
    Some((e.from, e.to, cue))
}

/// "That is", "This represents", "That works out at" opening the share's
/// sentence, and only they before it: the share is of what the sentence
/// before told. Not a change ("That is 30% more than last year"). The cue's
/// first and last tokens.
fn that_links(r: &Relator, s: usize) -> Option<(usize, usize)> {
    let scan = r.scan;
    let (s0, _) = scan.sentence_of(r.cands[s].first);
    if !matches!(scan.low(s0), "that" | "this") {
        return None;
    }
    // The linking words between the pronoun and the share, and only they.
    let link: Vec<&str> = (s0 + 1..r.cands[s].first).map(|j| scan.low(j)).collect();
    let links = matches!(
        link.as_slice(),
        ["is"]
            | ["was"]
            | ["represents"]
            | ["represented"]
            | ["equals"]
            | ["means"]
            | ["amounts", "to"]
            | ["amounted", "to"]
            | ["comes", "to"]
            | ["came", "to"]
            | ["works", "out", "at"]
            | ["worked", "out", "at"]
            | ["works", "out", "as"]
    );
    if !links {
        return None;
    }
    // A share, not a rate or a change: "That is 30% more than last year".
    let next = r.cands[s].last + 1;
    if matches!(
        scan.low(next),
        "more" | "less" | "fewer" | "up" | "down" | "higher" | "lower"
    ) {
        return None;
    }
    Some((s0, r.cands[s].first - 1))
}

/// "31,460 people had received a dose. That is more than four in five of the
/// 44,900 …": a share that names its whole, opening on "That is", is of the
/// one count the sentence before told.
fn part_told_before(r: &Relator, s: usize) -> Option<usize> {
    that_links(r, s)?;
    let before = r.claims[s].sentence.checked_sub(1)?;
    let counts: Vec<usize> = (0..s)
        .rev()
        .skip_while(|&k| r.claims[k].sentence > before)
        .take_while(|&k| r.claims[k].sentence == before)
        .filter(|&k| r.is_count(k) && !r.compound(k))
        .collect();
    match counts.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// A share set off by a bare comma and closing its phrase: "Only 214 of the
/// 1,184 men, fewer than one in ten, had a place"; "Of the 176 riders …, 131
/// reached Tarrow, a little over four in five"; "reconnected 51,300 of the
/// 68,400 customers …, roughly nine in ten of them". Not a comparison ("…, 30%
/// more than in 2019"), a share of another base ("…, 54% of them for the
/// deal") or a moved figure ("…, up 4%").
fn comma_apposed(r: &Relator, s: usize) -> bool {
    let scan = r.scan;
    let (first, mut last) = (r.cands[s].first, r.cands[s].last);
    // "…, roughly nine in ten of them, the company said": "of them" points
    // back at the part's own whole.
    if scan.is(last + 1, "of") && matches!(scan.low(last + 2), "them" | "those" | "these") {
        last += 2;
    }
    scan.is_punct(first.wrapping_sub(1), ',')
        && scan.kind(last + 1) == Some(crate::scan::TokenKind::Punct)
        && !scan.is_punct(last + 1, '%')
        && !r.claims[s].frame.change
}

/// The part before a share set off by ", or", a dash or a bracket, with the
/// whole a part-of edge gives it: "about 4,200 of the group's 6,000 staff had
/// joined, or 85%" (the nearest figure is the whole; its part is meant).
fn apposed_part(r: &Relator, s: usize, edges: &[Edge]) -> Option<(usize, usize)> {
    let scan = r.scan;
    let first = r.cands[s].first;
    let near = (0..s)
        .rev()
        .take_while(|&k| r.claims[k].sentence == r.claims[s].sentence)
        .find(|&k| r.is_count(k))?;
    let gap = r.cands[near].last + 1..first;
    // "…, or nine in ten of them": the share says it splits a group named
    // before, so the group's phrase may run longer ("9,120 of the 12,160
    // incidents classed as a risk to life within the ten-minute target, or
    // nine in ten of them").
    let last = r.cands[s].last;
    let of_them =
        scan.is(last + 1, "of") && matches!(scan.low(last + 2), "them" | "those" | "these");
    if gap_outside_asides(r, gap.start, gap.end) > if of_them { 28 } else { 14 } {
        return None;
    }
    // Or named as a rate: "Of the 46,200 members, 31,900 returned ballots, a
    // turnout of 79%".
    let named_rate = rate_named(r, s);
    let set_off = gap.clone().any(|j| {
        (scan.is(j, "or") && scan.is_punct(j.wrapping_sub(1), ','))
            || scan.is_dash(j)
            || scan.is_punct(j, '(')
    });
    // The share opens the apposition: "…, or 37 per cent", "— about three-quarters".
    let before = first.checked_sub(1)?;
    let opens = scan.is(before, "or") || scan.is_dash(before) || scan.is_punct(before, '(');
    let apposed = (set_off && opens) || named_rate || comma_apposed(r, s);
    // "accounted for 1,470 of them, well over half of the total"; "left 1.9
    // million of its 4.2 million customers without service, cutting off
    // more than half of its subscriber base": the share's own of-phrase
    // names the part's whole.
    let naming = !apposed && gap.len() <= 14 && set_off_after_clause(r, s);
    if !(apposed || naming) {
        return None;
    }
    let part_of = |p: usize| {
        edges
            .iter()
            .find(|e| e.kind == EdgeKind::PartOf && e.from == p)
            .map(|e| e.to)
    };
    // The nearest figure is a whole whose part stands before it in the sentence.
    let whole_first = edges
        .iter()
        .find(|e| {
            e.kind == EdgeKind::PartOf
                && e.to == near
                && r.claims[e.from].sentence == r.claims[s].sentence
                // "386,000, or 8.4% of the population, among them 412,000":
                // a part told after the share is no part the share measures.
                && e.from < s
        })
        .map(|e| (e.from, near));
    // "Just 37 of them were bought; the other 111, or about 65%, …": the
    // rest of a whole takes the whole its sibling part was taken from.
    let rest_of = || {
        let f = r.cands[near].first;
        let rest =
            f >= 2 && matches!(scan.low(f - 1), "other" | "remaining") && scan.is(f - 2, "the");
        if !rest {
            return None;
        }
        (0..near)
            .rev()
            .take_while(|&k| r.claims[k].sentence == r.claims[s].sentence)
            .find_map(part_of)
    };
    if let Some(w) = part_of(near).or_else(rest_of) {
        if naming && !names_whole_after(r, s, w) {
            return None;
        }
        return Some((near, w));
    }
    if naming {
        return whole_first.filter(|&(_, w)| names_whole_after(r, s, w));
    }
    // A rate names its part and the base before it: "A ballot of 2,460
    // headteachers drew 1,340 votes, a turnout of 64 per cent".
    let value = |k: usize| r.nominal(k);
    whole_first
        .or_else(|| {
            if !named_rate {
                return None;
            }
            let base = (0..near)
                .rev()
                .take_while(|&k| r.claims[k].sentence == r.claims[s].sentence)
                .find(|&k| r.is_count(k))?;
            let moved = r.claims[near].frame.change || r.claims[base].frame.change;
            (!moved && value(base)? > value(near)?).then_some((near, base))
        })
        .or_else(|| whole_told_before(r, s, near).map(|w| (near, w)))
}

/// "The consultation drew 1,840 written submissions. Opponents of the mine
/// sent 1,210, nearly nine in ten": a part that names no thing of its own,
/// its share set off after it at the sentence's end, splits the one count
/// the sentence before gives.
fn whole_told_before(r: &Relator, s: usize, p: usize) -> Option<usize> {
    let scan = r.scan;
    let (cs, cp) = (&r.claims[s], &r.claims[p]);
    let ends = scan.is_punct(r.cands[s].last + 1, '.');
    let sentence_first = (0..p)
        .rev()
        .take_while(|&k| r.claims[k].sentence == cp.sentence)
        .all(|k| !r.is_count(k) && r.claims[k].kind != Kind::Money);
    if !ends || !sentence_first || cp.sentence != cs.sentence || cp.frame.head.is_some() {
        return None;
    }
    if cp.frame.change || cp.frame.partitive || cp.bound() != claimcheck_claims::Bound::Exact {
        return None;
    }
    let before = cp.sentence.checked_sub(1)?;
    let told: Vec<usize> = (0..p)
        .rev()
        .take_while(|&k| r.claims[k].sentence >= before)
        .filter(|&k| {
            r.claims[k].sentence == before && (r.is_count(k) || r.claims[k].kind == Kind::Money)
        })
        .collect();
    let [w] = told.as_slice() else {
        return None;
    };
    let cw = &r.claims[*w];
    let value = |k: usize| r.nominal(k);
    (cw.kind == cp.kind
        && cw.frame.paragraph == cp.frame.paragraph
        && r.specific_head(*w).is_some()
        && !cw.frame.change
        && value(*w)? > value(p)?)
    .then_some(*w)
}

/// The part and whole of a share set off by a comma at the end of its
/// sentence, after a count of specific things (a relative clause on them
/// allowed): the whole is the one larger count of the same things, not a
/// part, a baseline or a change, told within `REACH` sentences before in the
/// same scope. Two such totals make the whole a guess.
fn total_of_its_things(r: &Relator, s: usize) -> Option<(usize, usize)> {
    let scan = r.scan;
    let (first, last) = (r.cands[s].first, r.cands[s].last);
    // "Twenty-seven villages are fully built - well over half of the
    // programme - but …": mid-sentence, a share set off by dashes or commas
    // whose of-phrase names a whole as such.
    let before = first.wrapping_sub(1);
    let whole_named = (scan.is_dash(before) || scan.is_punct(before, ','))
        && scan.is(last + 1, "of")
        && (last + 2..last + 6)
            .find(|&j| scan.kind(j) != Some(crate::scan::TokenKind::Word))
            .is_some_and(|e| {
                (scan.is_dash(e) || scan.is_punct(e, ','))
                    && r.grammar
                        .whole_nouns
                        .contains(r.grammar.lemma(scan.low(e - 1)).as_str())
            });
    if !whole_named && (!scan.is_punct(before, ',') || !scan.is_punct(last + 1, '.')) {
        return None;
    }
    let p = s.checked_sub(1)?;
    let cp = &r.claims[p];
    let words = (r.cands[p].last + 1..first).count();
    if cp.sentence != r.claims[s].sentence || words > PART_PHRASE_REACH || !r.is_count(p) {
        return None;
    }
    if cp.frame.partitive || cp.frame.change {
        return None;
    }
    let class = r.specific_head(p)?;
    let part = r.nominal(p)?;
    let totals: Vec<usize> = (0..p)
        .rev()
        .take_while(|&k| cp.sentence - r.claims[k].sentence <= REACH)
        .filter(|&k| {
            let ck = &r.claims[k];
            ck.sentence < cp.sentence
                && r.is_count(k)
                && r.specific_head(k) == Some(class)
                && !ck.frame.partitive
                && !r.is_baseline(k)
                && !r.compared_with(k)
                && !tally_side(r, k)
                && ck.modality.is_none()
                // A whole named as such ("of the programme") may be the
                // plan's own count, in its own scope.
                && (whole_named || r.same_scope_loose(k, p))
                && r.nominal(k).is_some_and(|v| v > part)
        })
        .collect();
    let [w] = totals.as_slice() else {
        return None;
    };
    Some((p, *w))
}

/// How many tokens may stand between a part and its share set off after it
/// ("2.2 million crossings for which no toll was ever paid, roughly …").
const PART_PHRASE_REACH: usize = 12;

/// A share that opens a phrase set off by a comma at the end of its clause:
/// "…, well over half of …", "…, cutting off more than half of …" (a
/// participle, with its particle, may lead the phrase).
fn set_off_after_clause(r: &Relator, s: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[s].first;
    let participle = |j: usize| scan.low(j).ends_with("ing") && scan.low(j).len() > 4;
    let particle = |j: usize| matches!(scan.low(j), "off" | "up" | "out" | "down");
    scan.is_punct(first.wrapping_sub(1), ',')
        || (scan.is_punct(first.wrapping_sub(2), ',') && participle(first.wrapping_sub(1)))
        || (scan.is_punct(first.wrapping_sub(3), ',')
            && participle(first.wrapping_sub(2))
            && particle(first.wrapping_sub(1)))
}

/// The share's of-phrase names the whole `w`: a short phrase with no figure
/// closing its clause, whose last noun names a whole as such ("the total",
/// "its subscriber base") or the whole's own kind of thing ("of the
/// houses").
fn names_whole_after(r: &Relator, s: usize, w: usize) -> bool {
    let scan = r.scan;
    let last = r.cands[s].last;
    // "more than half the circuit total": a fraction takes its whole
    // without "of" too.
    let of = if scan.is(last + 1, "of") {
        last + 1
    } else if matches!(
        scan.low(last),
        "half" | "third" | "quarter" | "thirds" | "quarters"
    ) && matches!(scan.low(last + 1), "the" | "its" | "their")
    {
        last
    } else {
        return false;
    };
    let end = (of + 1..of + 7).find(|&j| scan.kind(j) != Some(crate::scan::TokenKind::Word));
    let Some(end) =
        end.filter(|&e| e > of + 1 && scan.kind(e) == Some(crate::scan::TokenKind::Punct))
    else {
        return false;
    };
    if (of + 1..end).any(|j| r.layout.claim_at(j).is_some()) {
        return false;
    }
    let noun = r.grammar.lemma(scan.low(end - 1));
    r.grammar.whole_nouns.contains(noun.as_str())
        || r.head_class(w).is_some_and(|c| r.grammar.class(&noun) == c)
}

/// "38% of its 6,200 staff, 930 people, …", "one in five of the 2,822 farms
/// that operated in 2009 - 1,308 in all - have closed": the part set off just
/// after the base.
fn part_after(r: &Relator, w: usize) -> Option<usize> {
    let scan = r.scan;
    let k = w + 1;
    if k >= r.claims.len() || r.claims[k].sentence != r.claims[w].sentence || !r.is_count(k) {
        return None;
    }
    let gap = r.cands[w].last + 1..r.cands[k].first;
    let last_gap = r.cands[k].first.checked_sub(1)?;
    let comma = scan.is_punct(last_gap, ',') && gap.len() <= 3;
    let dashed = scan.is_dash(last_gap)
        && gap.len() <= 12
        && !gap.clone().any(|j| scan.is_punct(j, ','))
        && (scan.is(r.cands[k].last + 1, "in") || scan.is_dash(r.cands[k].last + 1));
    let bracket = scan.is_punct(last_gap, '(') && gap.len() <= 3;
    (comma || dashed || bracket).then_some(k)
}

/// "640 jobs, or 12% of …", "41,500 units, about 32% of those sold": the
/// count just before the share set off by ", or" or a comma.
fn part_before(r: &Relator, s: usize) -> Option<usize> {
    let scan = r.scan;
    let first = r.cands[s].first;
    let or = scan.is(first.wrapping_sub(1), "or") && scan.is_punct(first.wrapping_sub(2), ',');
    // "numbered 14,300, accounting for 39 percent of all the birds
    // counted": a participle of sharing after the part's comma.
    let sharing = |a: usize, b: usize| {
        (scan.is(a, "accounting") && scan.is(b, "for"))
            || (scan.is(a, "making") && scan.is(b, "up"))
            || (scan.is(a, "equal") && scan.is(b, "to"))
    };
    let or = or
        || (scan.is_punct(first.wrapping_sub(3), ',')
            && sharing(first.wrapping_sub(2), first.wrapping_sub(1)))
        || (scan.is_punct(first.wrapping_sub(2), ',')
            && scan.is(first.wrapping_sub(1), "representing"));
    let comma = scan.is_punct(first.wrapping_sub(1), ',') && scan.is(r.cands[s].last + 1, "of");
    if !(or || comma) {
        return None;
    }
    // After a bare comma the part's own phrase ends at the comma ("41,500
    // units, about 32% of …"), not "their one main way of getting to work,
    // 47% of …".
    if !or {
        let k = s.checked_sub(1)?;
        let words = (r.cands[k].last + 1..first - 1)
            .filter(|&j| scan.kind(j) == Some(crate::scan::TokenKind::Word))
            .count();
        // "96 children who received MV-207, about 6% of that group": a
        // relative clause on the part's noun is still the part's phrase.
        let relative = (r.cands[k].last + 2..r.cands[k].last + 4)
            .any(|j| matches!(scan.low(j), "who" | "that" | "which"));
        if words > 2 && !(relative && words <= 7) {
            return None;
        }
    }
    let k = s.checked_sub(1)?;
    let near = r.cands[k].last + 8 >= first && r.claims[k].sentence == r.claims[s].sentence;
    (near && (r.is_count(k) || r.claims[k].kind == Kind::Money)).then_some(k)
}

/// "4,200 of the 6,000 ballots, or 85%": two counts joined by "of" just before.
fn part_of_before(r: &Relator, s: usize) -> Option<(usize, usize)> {
    let scan = r.scan;
    // Dates may stand between ("in Tuesday's referendum").
    let w = (0..s).rev().find(|&k| r.claims[k].kind != Kind::Date)?;
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
    }) || comma_apposed(r, s);
    // "18,525 of the 39,809 voters cast a ballot …, a turnout of 118.1%": the
    // share named as a rate set off later in the sentence.
    let first = r.cands[s].first;
    let named_rate = rate_named(r, s)
        && !(r.cands[w].last + 1..first).any(|j| {
            r.layout
                .claim_at(j)
                .is_some_and(|k| r.claims[k].kind != Kind::Date)
        });
    (same && joined && ((close && opener) || named_rate)).then_some((p, w))
}

/// How many tokens lie in `a..b` outside asides set off by a pair of dashes
/// or brackets: "3,180 of the 5,020 category 1 calls – cardiac arrests,
/// choking, catastrophic bleeding – inside the target time, or 71 per cent"
/// puts the share as near its count as it would stand without the list.
fn gap_outside_asides(r: &Relator, a: usize, b: usize) -> usize {
    let scan = r.scan;
    let mut n = 0;
    let mut j = a;
    while j < b {
        let opens_dash = scan.is_dash(j) && !scan.joined(j);
        let opens_bracket = scan.is_punct(j, '(');
        if opens_dash || opens_bracket {
            let close = (j + 1..b).find(|&t| {
                if opens_dash {
                    scan.is_dash(t) && !scan.joined(t)
                } else {
                    scan.is_punct(t, ')')
                }
            });
            if let Some(t) = close {
                j = t + 1;
                continue;
            }
        }
        n += 1;
        j += 1;
    }
    n
}

/// A share set off as a named rate: ", a turnout of 79%", ", a rate of 12%",
/// ", an occupancy rate of 52 per cent" (one word may describe the rate);
/// not a change ("fell from 1.6 million to about 990,000, a drop of 38%").
fn rate_named(r: &Relator, s: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[s].first;
    let article = |j: usize| matches!(scan.low(j), "a" | "an");
    let set_off = |a: usize| a >= 1 && article(a) && scan.is_punct(a - 1, ',');
    let described = first >= 5
        && set_off(first - 4)
        && scan.kind(first - 3) == Some(crate::scan::TokenKind::Word)
        && r.layout.claim_at(first - 3).is_none()
        && r.grammar.rate_nouns.contains(scan.low(first - 2));
    first >= 4
        && scan.is(first - 1, "of")
        && (set_off(first - 3) || described)
        && !r
            .grammar
            .change_nouns
            .contains(&r.grammar.lemma(scan.low(first - 2)))
}

/// A figure that "makes up", "accounts for" or "is" a share of a noun whose
/// total the story gave shortly before: "Online sales jumped to 480 million
/// euros and now make up a quarter of group revenue" after "on revenue of
/// 3.42 billion euros"; "Exports, worth $3bn, account for 40% of output".
/// The part is the last figure of the share's sentence before the verb; the
/// whole the latest figure of the same kind and unit counting the same
/// noun, up to three sentences back and larger than the part. A noun for a
/// whole as such ("of that fleet", "of the total") takes the whole the part
/// was taken from ("Its ATR 72-600s, 14 of them, make up more than half of
/// that fleet"), else the latest larger figure of any noun.
fn subject_share_of_named_whole(r: &Relator, s: usize, edges: &[Edge]) -> Option<(usize, usize)> {
    let scan = r.scan;
    let cs = &r.cands[s];
    // "account for more than half of them": a pronoun names no noun; the
    // whole is found as for a noun of a whole as such.
    let pronoun = scan.is(cs.last + 1, "of") && matches!(scan.low(cs.last + 2), "them" | "those");
    let noun = r.noun_class(s);
    if noun.is_none() && !pronoun {
        return None;
    }
    if !r.claims[s].frame.partitive && !scan.is(cs.last + 1, "of") {
        return None;
    }
    // The verb of being a share, just before the share ("now make up").
    let before: Vec<&str> = (cs.first.saturating_sub(3)..cs.first)
        .map(|j| scan.low(j))
        .collect();
    let shares = before.windows(2).any(|w| {
        matches!(
            w,
            ["make" | "makes" | "made" | "making", "up"]
                | ["account" | "accounts" | "accounted" | "accounting", "for"]
        )
    }) || before.last().is_some_and(|w| {
        matches!(
            *w,
            "represent"
                | "represents"
                | "represented"
                | "comprise"
                | "comprises"
                | "is"
                | "are"
                | "was"
                | "were"
        )
    });
    if !shares {
        return None;
    }
    let sentence = r.claims[s].sentence;
    let p = s.checked_sub(1)?;
    let cp = &r.claims[p];
    if cp.sentence != sentence || !matches!(cp.kind, Kind::Count | Kind::Money) {
        return None;
    }
    let value = |k: usize| r.nominal(k);
    let part = value(p)?;
    let as_such = pronoun || noun.is_some_and(|n| r.grammar.whole_nouns.contains(n));
    if as_such {
        if let Some(e) = edges
            .iter()
            .find(|e| e.kind == EdgeKind::PartOf && e.from == p)
        {
            return Some((p, e.to));
        }
    }
    (0..p)
        .rev()
        .take_while(|&w| sentence - r.claims[w].sentence <= 3)
        .find(|&w| {
            let cw = &r.claims[w];
            (cw.sentence < sentence || as_such)
                && cw.kind == cp.kind
                && cw.unit == cp.unit
                && !cw.frame.partitive
                && (as_such || r.noun_class(w) == noun)
                && value(w).is_some_and(|v| v > part)
        })
        .map(|w| (p, w))
}

/// "some 214,000 teachers, more than half of them, about 118,000, in
/// primary schools": "of them" and a comma, then a count (the part); the
/// whole is the nearest larger count of the sentence before the share.
fn share_then_part(r: &Relator, s: usize, of: usize) -> Option<(usize, usize)> {
    let scan = r.scan;
    if !matches!(scan.low(of + 1), "them" | "those") || !scan.is_punct(of + 2, ',') {
        return None;
    }
    let p = s + 1;
    let cp = r.claims.get(p)?;
    // The part follows at once, a hedge word at most between.
    if !r.is_count(p) || r.cands[p].first > of + 4 || cp.sentence != r.claims[s].sentence {
        return None;
    }
    let value = |k: usize| r.nominal(k);
    let part = value(p)?;
    let w = (0..s)
        .rev()
        .take_while(|&w| r.claims[w].sentence == cp.sentence)
        .find(|&w| r.is_count(w) && !r.claims[w].frame.partitive)?;
    value(w).is_some_and(|v| v > part).then_some((p, w))
}

/// The earlier figure "of those sold", "of them", "of the total" points back
/// to: a count or sum before the part, larger than it, told with the verb the
/// of-phrase names ("183,000 dehumidifiers sold"), else counting the part's
/// noun; the nearest such.
fn whole_referred(r: &Relator, s: usize, p: usize, of: usize) -> Option<usize> {
    let scan = r.scan;
    // "6.1 million tickets, nearly a quarter of the national total": the
    // total named back is the part's own things counted before.
    let total_named = scan.is(of + 1, "the")
        && (scan.is(of + 2, "total")
            || (scan.is(of + 3, "total")
                && scan.kind(of + 2) == Some(crate::scan::TokenKind::Word)));
    if !total_named
        && !matches!(
            scan.low(of + 1),
            "those" | "them" | "these" | "all" | "that" | "this"
        )
    {
        return None;
    }
    // "of all the birds counted": determiners after "all" name nothing.
    let mut at = of + 2;
    while at < of + 4 && matches!(scan.low(at), "the" | "its" | "their" | "of") {
        at += 1;
    }
    let next = scan.low(at);
    let verb = Some(next)
        .filter(|w| r.grammar.is_past_form(w))
        .or_else(|| Some(scan.low(at + 1)).filter(|w| r.grammar.is_past_form(w)));
    // "two-thirds of all seats": the noun named is the whole's.
    // "about 6% of that group": a word for any set names no noun; the
    // part's own noun finds the whole.
    let any_set = matches!(
        next,
        "group" | "cohort" | "arm" | "sample" | "lot" | "batch"
    );
    let verb = verb.filter(|_| !total_named);
    let noun = (!total_named
        && !r.grammar.is_past_form(next)
        && !any_set
        && scan.kind(at) == Some(crate::scan::TokenKind::Word)
        && !r.grammar.function_words.contains(next))
    .then(|| r.grammar.class(&r.grammar.lemma(next)).to_string());
    let value = |k: usize| r.nominal(k);
    let part = value(p)?;
    let sentence = r.claims[s].sentence;
    (0..p)
        .rev()
        .take_while(|&w| sentence - r.claims[w].sentence <= super::REACH)
        .find(|&w| {
            let cw = &r.claims[w];
            cw.kind == r.claims[p].kind
                && cw.unit == r.claims[p].unit
                && !cw.frame.partitive
                && value(w).is_some_and(|v| v > part)
                && !(total_named && tally_side(r, w))
                && match (verb, &noun) {
                    // "of those surveyed" … "The survey of 6,420 students": the
                    // deed's own noun before the whole names it too.
                    (Some(v), _) => {
                        cw.frame.predicate.as_deref() == Some(v) || deed_noun_of(r, w, v)
                    }
                    // "waterbirds" are "birds".
                    (None, Some(n)) => r.noun_class(w).is_some_and(|c| c.ends_with(n.as_str())),
                    (None, None) => r.noun_class(w).is_some() && r.noun_class(w) == r.noun_class(p),
                }
        })
}

/// "took 1,412 votes to the 1,187 cast for Brayley": the first side of a
/// tally is one contender's count, no total that a later share ("634 votes,
/// less than a fifth of the total") is taken of.
fn tally_side(r: &Relator, w: usize) -> bool {
    let Some(next) = r.cands.get(w + 1) else {
        return false;
    };
    let scan = r.scan;
    let mut j = r.cands[w].last + 1;
    if scan.kind(j) == Some(crate::scan::TokenKind::Word) && !scan.is(j, "to") {
        j += 1;
    }
    if !scan.is(j, "to") {
        return false;
    }
    j += 1;
    if scan.is(j, "the") {
        j += 1;
    }
    j == next.first
        && r.claims[w + 1].sentence == r.claims[w].sentence
        && r.claims[w + 1].kind == r.claims[w].kind
}

/// "The survey of 6,420 students", "a poll of 2,000 adults": the noun of the
/// deed `verb` names ("surveyed", "polled") just before the whole's "of".
fn deed_noun_of(r: &Relator, w: usize, verb: &str) -> bool {
    let scan = r.scan;
    let first = r.cands[w].first;
    let stem = super::stem(verb);
    first >= 2
        && stem.len() >= 4
        && scan.is(first - 1, "of")
        && scan.low(first - 2).starts_with(stem)
}

/// "Thirty-seven dental practices … shut their doors … in the 12 months to
/// the end of September, almost one in eight of the 412 in the region": a
/// share set off by a comma after its clause, of a whole that names no noun
/// of its own or the subject's, describes the clause's subject count. No
/// other count or sum stands between them.
fn subject_part(r: &Relator, s: usize, w: usize) -> Option<usize> {
    let scan = r.scan;
    let before = r.cands[s].first.wrapping_sub(1);
    if !(scan.is_punct(before, ',') || scan.is_dash(before)) {
        return None;
    }
    let sentence = r.claims[s].sentence;
    let counted = |k: usize| r.is_count(k) || r.claims[k].kind == Kind::Money;
    let k = (0..s)
        .rev()
        .take_while(|&k| r.claims[k].sentence == sentence)
        .filter(|&k| counted(k))
        .last()?;
    let between_counted = (k + 1..s).any(counted);
    let fk = &r.claims[k].frame;
    let subject = !fk.partitive && fk.head.is_some();
    // "1,134 case handlers had completed the course … — 37% of the 4,200
    // staff": a share set off by a dash restates the clause's count against
    // a whole that may name a wider set (staff, of whom the case handlers).
    let whole_names = r.claims[w].frame.head.is_none()
        || r.head_class(w) == r.head_class(k)
        || scan.is_dash(before);
    (!between_counted && subject && whole_names && r.claims[k].kind == r.claims[w].kind)
        .then_some(k)
}

/// "Brannock's cut prices on 1,150 products … The cuts cover nearly two in
/// five of the roughly 4,600 lines": a sentence whose subject is the deed
/// of an earlier count's verb ("the cuts", "the closures") and whose verb
/// covers a share takes that count, the one of its verb within two
/// sentences before, for its part.
fn deed_subject_part(r: &Relator, s: usize) -> Option<usize> {
    let scan = r.scan;
    let first = r.cands[s].first;
    let s0 = scan.sentence_of(first).0;
    if !matches!(scan.low(s0), "the" | "these" | "those" | "its" | "their") {
        return None;
    }
    let noun = s0 + 1;
    let covers = matches!(
        scan.low(noun + 1),
        "cover" | "covers" | "covered" | "affect" | "affects" | "affected" | "span" | "spans"
    );
    if !covers || first > noun + 5 || (noun + 2..first).any(|j| r.layout.claim_at(j).is_some()) {
        return None;
    }
    let deed = super::stem(scan.low(noun));
    if deed.len() < 3 {
        return None;
    }
    let sentence = r.claims[s].sentence;
    let mut parts = (0..s)
        .rev()
        .take_while(|&k| sentence - r.claims[k].sentence <= 2)
        .filter(|&k| {
            let c = &r.claims[k];
            c.sentence < sentence
                && (r.is_count(k) || c.kind == Kind::Money)
                && c.frame
                    .predicate
                    .as_deref()
                    .is_some_and(|p| super::stem(&p.to_lowercase()) == deed)
        });
    match (parts.next(), parts.next()) {
        (Some(p), None) => Some(p),
        _ => None,
    }
}

/// "Nurses vaccinated 24,310 pupils. That is 71% of the 38,600 pupils who
/// were eligible": a share opening with "That is" or "This represents" takes
/// for its part the one figure of the sentence before that counts the
/// whole's noun.
fn part_said_before(r: &Relator, s: usize, w: usize) -> Option<usize> {
    let scan = r.scan;
    let first = r.cands[s].first;
    let s0 = scan.sentence_of(first).0;
    let opens = matches!(scan.low(s0), "that" | "this")
        && first - s0 <= 3
        && (s0 + 1..first).all(|j| {
            matches!(
                scan.low(j),
                "is" | "was" | "represents" | "represented" | "amounts" | "amounted" | "to"
            )
        })
        && first > s0 + 1;
    // "Those premises make up 81% of the 184,000 in the region": a
    // demonstrative subject points at the one count of the sentence before.
    let demonstrative = matches!(scan.low(s0), "those" | "these")
        && first - s0 <= 5
        && (s0..first).all(|j| r.layout.claim_at(j).is_none())
        && (s0..first).any(|j| {
            matches!(
                scan.low(j),
                "make"
                    | "makes"
                    | "made"
                    | "account"
                    | "accounts"
                    | "represent"
                    | "represents"
                    | "are"
                    | "were"
            )
        });
    if demonstrative {
        let before = r.claims[s].sentence.checked_sub(1)?;
        let found: Vec<usize> = (0..s)
            .filter(|&k| r.claims[k].sentence == before && r.claims[k].kind == r.claims[w].kind)
            .collect();
        return match found.as_slice() {
            [only] => Some(*only),
            _ => None,
        };
    }
    if !opens {
        return None;
    }
    let class = r.noun_class(w)?;
    let before = r.claims[s].sentence.checked_sub(1)?;
    let found: Vec<usize> = (0..s)
        .filter(|&k| {
            r.claims[k].sentence == before
                && r.claims[k].kind == r.claims[w].kind
                && r.noun_class(k) == Some(class)
        })
        .collect();
    match found.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}
