//! Change: a quantity's level before, its level after, and the change between.
//!
//! Wordings recognised, in one sentence: "will climb by 12 florins to 94
//! florins" (the level before is the one figure of the same unit in the
//! subject: "The 78-florin monthly pass … will climb by 12 florins to 94
//! florins"); "rose by 70 to 570 from 500"; "rose from 500 to 570"; "will rise
//! to 890 florins from 820"; "3.00 florins, up from 2.60 florins". Across
//! sentences: "netted an additional 66 seats, totaling 365 seats" … "Before
//! this election, the party … had just 318 seats" (the level before named in
//! a sentence that says so, within three sentences).
//!
//! An addition to a stated stock with the new total stated apart: "now has 31
//! stops altogether" … "added nine new stops to the 24 original ones".
//!
//! A rate changed by a percentage with no level before: "The turnout was
//! about 71%, some 25% higher than last year": the edge runs from the rate to
//! itself, with the change as `part` (25% of a rate may be points or percent).
//!
//! The edge runs from the new level to the old one, with the change as `part`
//! and the direction the words give as `offset` (1 up, -1 down). A clause with
//! no word of direction gives no edge.

use super::Relator;
use claimcheck_claims::{Edge, EdgeKind, Kind, Value};

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    for k in 0..r.claims.len() {
        if !matches!(r.claims[k].kind, Kind::Count | Kind::Money | Kind::Percent) {
            continue;
        }
        by_to(r, k, out);
        from_to(r, k, out);
        up_from(r, k, out);
        gain_totaling(r, k, out);
        added_to(r, k, out);
        rate_changed(r, k, out);
    }
}

/// The claim whose first token is `t`.
fn claim_starting(r: &Relator, t: usize) -> Option<usize> {
    let k = r.layout.claim_at(t)?;
    (r.cands[k].first == t).then_some(k)
}

/// The claim a figure after "to"/"from" at token `t` begins, allowing a
/// hedge word before it ("to about 820") and an article or "previous"
/// ("from a previous 93").
fn claim_after(r: &Relator, mut t: usize) -> Option<usize> {
    for _ in 0..2 {
        if matches!(
            r.scan.low(t),
            "a" | "an" | "the" | "previous" | "earlier" | "prior"
        ) {
            t += 1;
        }
    }
    claim_starting(r, t).or_else(|| r.layout.claim_at(t))
}

/// Two figures of one unit: counts, sums in one currency, percentages.
fn same_unit(r: &Relator, a: usize, b: usize) -> bool {
    let (ca, cb) = (&r.claims[a], &r.claims[b]);
    ca.kind == cb.kind
        && ca.unit == cb.unit
        && matches!(ca.value, Value::Number(_))
        && matches!(cb.value, Value::Number(_))
}

/// Like `same_unit`, or a bare number beside a sum whose currency it leaves
/// unsaid: "to 890 florins from 820".
fn same_or_elided(r: &Relator, a: usize, b: usize) -> bool {
    let bare = |k: usize| {
        r.claims[k].kind == Kind::Count
            && r.claims[k].unit.is_none()
            && r.claims[k].frame.head.is_none()
    };
    same_unit(r, a, b)
        || (r.claims[a].kind == Kind::Money && bare(b))
        || (r.claims[b].kind == Kind::Money && bare(a))
}

/// The direction the words in `lo..hi` give: 1 up, -1 down, 0 none or both.
fn direction(r: &Relator, lo: usize, hi: usize) -> i64 {
    let (mut up, mut down) = (false, false);
    for j in lo..hi {
        let w = r.scan.low(j);
        up |= r.grammar.change_up.contains(w);
        down |= r.grammar.change_down.contains(w);
    }
    match (up, down) {
        (true, false) => 1,
        (false, true) => -1,
        _ => 0,
    }
}

/// The direction of the verb just before token `t` (up to four words back,
/// within its sentence).
fn direction_before(r: &Relator, t: usize) -> i64 {
    let s0 = r.scan.sentence_of(t).0;
    direction(r, t.saturating_sub(4).max(s0), t)
}

/// The position of `word` within `max` tokens from `t`, with only words
/// between (no figure, no punctuation): "to 31,000 vehicles a day from".
fn word_within(r: &Relator, t: usize, word: &str, max: usize) -> Option<usize> {
    (t..t + max)
        .take_while(|&j| {
            r.scan.kind(j) == Some(crate::scan::TokenKind::Word) && r.layout.claim_at(j).is_none()
        })
        .find(|&j| r.scan.is(j, word))
}

fn push(
    r: &Relator,
    out: &mut Vec<Edge>,
    after: usize,
    before: usize,
    by: Option<usize>,
    dir: i64,
    cue: (usize, usize),
) {
    if after == before || dir == 0 || Some(after) == by || Some(before) == by {
        return;
    }
    let mut e = r.edge(EdgeKind::Change, after, before, cue.0, cue.1);
    e.part = by;
    e.offset = dir;
    out.push(e);
}

/// "climbed by 12 florins to 94 florins": `k` is the change.
fn by_to(r: &Relator, k: usize, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let (first, last) = (r.cands[k].first, r.cands[k].last);
    if first == 0 || !scan.is(first - 1, "by") {
        return;
    }
    let Some(to) = word_within(r, last + 1, "to", 2) else {
        return;
    };
    let dir = direction_before(r, first - 1);
    let Some(a) = claim_after(r, to + 1) else {
        return;
    };
    let relative = r.claims[k].kind == Kind::Percent && r.claims[a].kind != Kind::Percent;
    if !(same_unit(r, k, a) || relative) {
        return;
    }
    // The level before: "from 500" after the new level, else the one figure
    // of the same unit in the subject, before the verb.
    let a_last = r.cands[a].last;
    let before = if let Some(from) = word_within(r, a_last + 1, "from", 4) {
        claim_after(r, from + 1).filter(|&b| same_or_elided(r, a, b))
    } else {
        let s0 = scan.sentence_of(first).0;
        // The subject ends at the word of change: "The 12-dollar toll will rise by 3".
        let Some(verb) = (first.saturating_sub(5).max(s0)..first - 1)
            .rev()
            .find(|&j| {
                r.grammar.change_up.contains(scan.low(j))
                    || r.grammar.change_down.contains(scan.low(j))
            })
        else {
            return;
        };
        let subject: Vec<usize> = (0..k)
            .rev()
            .take_while(|&b| r.cands[b].first >= s0)
            .filter(|&b| r.cands[b].last < verb && same_unit(r, a, b))
            .collect();
        match subject.as_slice() {
            [b] => Some(*b),
            _ => None,
        }
    };
    if let Some(b) = before {
        push(r, out, a, b, Some(k), dir, (first - 1, last + 1));
    }
}

/// "rose from 500 to 570" (`k` the level before, after "from") and "will
/// rise to 890 florins from 820" (`k` the new level, after "to"): the other
/// level follows the other word, a few words on.
fn from_to(r: &Relator, k: usize, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let (first, last) = (r.cands[k].first, r.cands[k].last);
    let (k_is_new, other_word, reach) = match scan.low(first.wrapping_sub(1)) {
        "from" => (false, "to", 2),
        "to" => (true, "from", 4),
        _ => return,
    };
    let Some(w) = word_within(r, last + 1, other_word, reach) else {
        return;
    };
    let dir = direction_before(r, first - 1);
    if let Some(o) = claim_after(r, w + 1).filter(|&o| same_or_elided(r, k, o)) {
        let (new, old) = if k_is_new { (k, o) } else { (o, k) };
        // "fell 18% to 12.3 billion from 14.2 billion": the rate of the
        // change stands right before the pair.
        let rate = first
            .checked_sub(2)
            .and_then(|j| r.layout.claim_at(j))
            .filter(|&p| r.claims[p].kind == Kind::Percent && r.claims[k].kind != Kind::Percent)
            // "fell to 268 pairs from 412 a year earlier, a slump of more
            // than two-fifths": or in apposition after the pair.
            .or_else(|| change_after(r, k.max(o)).filter(|_| r.claims[k].kind != Kind::Percent));
        push(r, out, new, old, rate, dir, (first - 1, w));
    }
}

/// "3.00 florins, up from 2.60 florins": `k` is the level before.
fn up_from(r: &Relator, k: usize, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let first = r.cands[k].first;
    if first < 3 || !scan.is(first - 1, "from") {
        return;
    }
    let dir = match scan.low(first - 2) {
        "up" => 1,
        "down" => -1,
        _ => return,
    };
    if !scan.is_punct(first - 3, ',') {
        return;
    }
    // The new level: the figure just before the comma, or the nearest
    // figure of the unit before it in its clause past a date ("showed 1,720
    // holdings planted the crop this year, down from 1,905").
    let s0 = scan.sentence_of(first).0;
    // "1,146 members keep about 31,000 hives …, down from 1,203 members":
    // a level before that names its noun names the level after's; a
    // compound ("the 55-decibel contour") is no level.
    let named = r.claims[k].frame.head.is_some();
    let mut before: Vec<usize> = (first.saturating_sub(16).max(s0)..first - 3)
        .rev()
        .filter_map(|t| r.layout.claim_at(t))
        .filter(|&a| r.claims[a].kind != Kind::Date)
        .collect();
    before.dedup();
    let a = before.into_iter().find(|&a| {
        same_unit(r, k, a)
            && !r.compound(a)
            && (!named || r.head_class(a) == r.head_class(k))
            && (r.cands[a].last + 1..first - 3).all(|t| !scan.is_punct(t, ','))
    });
    // "won 19 of the council's 45 seats, down from 23": the whole of a
    // partitive is the set the level is taken of; the level is the part.
    // "built 412 of the 1,140 buses exported, up from 890 in all": a level
    // before said to be a total is the whole's.
    let total = r.total_cue(k).is_some();
    let a = a.map(|a| {
        if total {
            return a;
        }
        let of_whole = |p: usize| {
            r.claims[p].frame.partitive
                && scan.is(r.cands[p].last + 1, "of")
                && r.cands[a].first.saturating_sub(r.cands[p].last) <= 5
                && (r.cands[p].last + 1..r.cands[a].first).all(|t| !scan.is_punct(t, ','))
        };
        (r.cands[a].first.saturating_sub(6).max(s0)..r.cands[a].first)
            .filter_map(|t| r.layout.claim_at(t))
            .find(|&p| p != a && of_whole(p))
            .unwrap_or(a)
    });
    if let Some(a) = a {
        push(
            r,
            out,
            a,
            k,
            change_after(r, k),
            dir,
            (first - 2, first - 1),
        );
    }
}

/// The change told in apposition after the level before: "down from 1,905
/// in 2024, a fall of nearly a fifth"; "up from 820, an increase of 9%".
fn change_after(r: &Relator, k: usize) -> Option<usize> {
    let scan = r.scan;
    let mut t = r.cands[k].last + 1;
    // "in 2024", "a year earlier": the old level's own date.
    let date_at = |j: usize| {
        r.layout
            .claim_at(j)
            .filter(|&d| r.claims[d].kind == Kind::Date)
    };
    if scan.is(t, "in") {
        if let Some(d) = date_at(t + 1) {
            t = r.cands[d].last + 1;
        }
    } else if let Some(d) = date_at(t) {
        t = r.cands[d].last + 1;
    } else if let Some(c) = (t..t + 4).find(|&j| scan.is_punct(j, ',')) {
        // "from 412 a year earlier, …" read as no date: time words only.
        let timed = (t..c).all(|j| {
            matches!(
                scan.low(j),
                "a" | "one"
                    | "the"
                    | "year"
                    | "month"
                    | "week"
                    | "earlier"
                    | "before"
                    | "ago"
                    | "previously"
                    | "last"
                    | "previous"
            )
        }) && (t..c).any(|j| {
            matches!(
                scan.low(j),
                "earlier" | "before" | "ago" | "previously" | "last" | "previous"
            )
        });
        if timed {
            t = c;
        }
    }
    if !scan.is_punct(t, ',') || !matches!(scan.low(t + 1), "a" | "an") {
        return None;
    }
    let noun = r.grammar.lemma(scan.low(t + 2));
    if !r.grammar.change_nouns.contains(noun.as_str()) || !scan.is(t + 3, "of") {
        return None;
    }
    claim_after(r, t + 4).filter(|&p| r.claims[p].kind == Kind::Percent)
}

/// "netted an additional 66 seats, totaling 365 seats" … "Before this
/// election, the party … had just 318 seats": `k` is the gain.
fn gain_totaling(r: &Relator, k: usize, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let c = &r.claims[k];
    if c.kind != Kind::Count || c.frame.partitive {
        return;
    }
    let Some(head) = c.frame.head.as_ref() else {
        return;
    };
    let first = r.cands[k].first;
    let dir = direction_before(r, first);
    let head_end = scan
        .tokens
        .partition_point(|t| t.span().start < head.span.end);
    // ", totaling 365 seats": the new level right after the gain's noun.
    let s1 = scan.sentence_of(first).1;
    let cue =
        (head_end..(head_end + 3).min(s1)).find(|&j| r.grammar.running_total.contains(scan.low(j)));
    let Some(cue) = cue else { return };
    let Some(a) = (cue + 1..(cue + 4).min(s1))
        .find_map(|t| claim_starting(r, t))
        .filter(|&a| same_unit(r, k, a) && r.head_class(a) == r.head_class(k))
    else {
        return;
    };
    // The level before, said to be before in its own sentence, near.
    let candidates: Vec<usize> = r
        .window(k)
        .filter(|&b| {
            let cb = &r.claims[b];
            let (b0, b1) = scan.sentence_of(r.cands[b].first);
            cb.sentence != c.sentence
                && cb.sentence.abs_diff(c.sentence) <= 3
                && same_unit(r, a, b)
                && r.head_class(b) == r.head_class(a)
                && !cb.frame.partitive
                && cb.value != r.claims[a].value
                && (b0..b1).any(|j| matches!(scan.low(j), "before" | "previously" | "prior"))
        })
        .collect();
    if let [b] = candidates.as_slice() {
        push(r, out, a, *b, Some(k), dir, (cue, cue));
    }
}

/// "The turnout was about 71%, some 25% higher than last year": `k` is the
/// change, right after the rate it changes.
fn rate_changed(r: &Relator, k: usize, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let c = &r.claims[k];
    if c.kind != Kind::Percent || k == 0 || c.text.to_lowercase().contains("point") {
        return;
    }
    let (first, last) = (r.cands[k].first, r.cands[k].last);
    let dir = match scan.low(last + 1) {
        "higher" | "up" | "more" => 1,
        "lower" | "down" | "less" => -1,
        _ => return,
    };
    let p = k - 1;
    let gap = r.cands[p].last + 1..first;
    let adjacent = r.claims[p].kind == Kind::Percent
        && r.claims[p].sentence == c.sentence
        && gap.len() <= 3
        && gap.clone().all(|t| {
            scan.is_punct(t, ',')
                || matches!(
                    scan.low(t),
                    "some" | "about" | "around" | "roughly" | "or" | "nearly"
                )
        })
        && gap.clone().any(|t| scan.is_punct(t, ','));
    if adjacent {
        let mut e = r.edge(EdgeKind::Change, p, p, first, last + 1);
        e.part = Some(k);
        e.offset = dir;
        out.push(e);
    }
}

/// "The route now has 31 stops altogether … The extension added nine new
/// stops to the 24 original ones": `k` is the addition; the level before
/// follows "to the"; the new level is a stated total of the same thing
/// within three sentences.
fn added_to(r: &Relator, k: usize, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let c = &r.claims[k];
    if c.kind != Kind::Count || c.frame.head.is_none() {
        return;
    }
    let first = r.cands[k].first;
    let added = (first.saturating_sub(2)..first)
        .any(|j| matches!(scan.low(j), "added" | "adding" | "adds" | "add"));
    if !added {
        return;
    }
    let head_end = c.frame.head.as_ref().map_or(r.cands[k].last, |h| {
        scan.tokens.partition_point(|t| t.span().start < h.span.end)
    });
    let Some(to) = word_within(r, head_end, "to", 2) else {
        return;
    };
    let at = to + 1 + usize::from(matches!(scan.low(to + 1), "the" | "its" | "their"));
    let Some(before) = claim_starting(r, at).filter(|&b| same_unit(r, k, b)) else {
        return;
    };
    let after = r.window(k).find(|&a| {
        a != k
            && a != before
            && r.claims[a].sentence.abs_diff(c.sentence) <= 3
            && same_unit(r, k, a)
            && r.total_cue(a).is_some()
            && r.head_class(a) == r.head_class(k)
    });
    if let Some(a) = after {
        push(r, out, a, before, Some(k), 1, (first - 1, to));
    }
}
