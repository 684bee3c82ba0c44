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
//!   customers … 437,000 customers lost power in Ardel";
//! - "…, of whom 82 were charged" over a long adjunct; "Among them were 245
//!   contractors" back to the sentence before; "Of the N …" right after a
//!   dateline.

use super::{is_pronoun, Relator, REACH};
use claimcheck_claims::{Edge, EdgeKind, Kind, Tense};

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    let counts: Vec<usize> = (0..r.claims.len()).filter(|&k| r.is_count(k)).collect();
    whole_then_part(r, &counts, out);
    phrase(r, &counts, out);
    opening_whole(r, &counts, out);
    // "Of the 1.84 billion crowns, 1.31 billion covers the hulls".
    let sums: Vec<usize> = (0..r.claims.len())
        .filter(|&k| r.claims[k].kind == claimcheck_claims::Kind::Money)
        .collect();
    opening_whole(r, &sums, out);
    sum_of_that(r, &sums, out);
    partitive_of_earlier(r, &counts, out);
    anaphoric(r, &counts, out);
    opening_noun(r, &counts, out);
    among_the(r, &counts, out);
    stated_total(r, &counts, out);
    named_place(r, &counts, out);
    modified_subset(r, &counts, out);
    stage_reached(r, &counts, out);
    member_of_inventory(r, &counts, out);
    those_on_a_named_set(r, &counts, out);
    residents_of_a_home(r, &counts, out);
    regroup_pointed(r, &counts, out);
    named_holder_alone(r, &counts, out);
    largest_of_a_total(r, &counts, out);
    participle_named_whole(r, &counts, out);
    to_the_new_level(r, out);
}

/// "trimming the schedule from 11 daily return crossings to eight" … "She
/// will sail nine of the daily return crossings": a part told still to come
/// (or now) is a part of the level the change moves to, not of the one it
/// leaves.
fn to_the_new_level(r: &Relator, out: &mut [Edge]) {
    let scan = r.scan;
    for e in out.iter_mut().filter(|e| e.kind == EdgeKind::PartOf) {
        let (p, w) = (e.from, e.to);
        if r.claims[p].frame.tense == claimcheck_claims::Tense::Past
            || r.claims[p].sentence <= r.claims[w].sentence
            || !scan.is(r.cands[w].first.wrapping_sub(1), "from")
        {
            continue;
        }
        let last = r.cands[w].last;
        let (_, s1) = scan.sentence_of(last);
        let new = (last + 1..(last + 7).min(s1))
            .find(|&j| scan.is(j, "to"))
            .and_then(|j| r.layout.claim_at(j + 1))
            .filter(|&n| r.is_count(n));
        if let Some(n) = new {
            e.to = n;
        }
    }
}

/// "The biggest crowd came in Marenburg, where about 4,300 people packed
/// the Domplatz" … "the five concerts had played to 3,900 people in all":
/// the largest of a set's items is a part of the set's total, stated as one
/// ("in all", "a total of", "combined") for the same things within a few
/// sentences, in the same scope. Only an exact total, and only one.
fn largest_of_a_total(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for &p in counts {
        let first = r.cands[p].first;
        let (s0, _) = scan.sentence_of(first);
        let largest = (s0 + 1..first).any(|j| {
            scan.is(j - 1, "the")
                && matches!(
                    scan.low(j),
                    "largest" | "biggest" | "busiest" | "best-attended"
                )
        });
        // "the biggest of the five venues, with 4,300": the set is named in
        // the part's own phrase, which the phrase recognisers read.
        if !largest
            || out
                .iter()
                .any(|e| e.kind == EdgeKind::PartOf && e.from == p)
        {
            continue;
        }
        // The same noun, even a general one ("people"): the superlative and
        // the total's cue tie the two.
        let lemma = |k: usize| r.claims[k].frame.head.as_ref().map(|h| &h.lemma);
        let Some(noun) = lemma(p) else {
            continue;
        };
        let cp = &r.claims[p];
        let totals: Vec<usize> = r
            .window(p)
            .filter(|&t| {
                let ct = &r.claims[t];
                t != p
                    && r.is_count(t)
                    && ct.sentence != cp.sentence
                    && ct.sentence.abs_diff(cp.sentence) <= 6
                    && r.total_cue(t).is_some()
                    && !scan.is(r.cands[t].first, "all")
                    && lemma(t) == Some(noun)
                    && matches!(&ct.value, claimcheck_claims::Value::Number(i)
                        if i.low.is_some() && i.low == i.high)
                    && !ct.frame.change
                    // The total's own "in all" is its cue, no scope.
                    && {
                        let own = |k: usize| -> Vec<&String> {
                            r.claims[k].frame.scope.iter().filter(|s| *s != "in all").collect()
                        };
                        own(p) == own(t)
                    }
            })
            .collect();
        if let [t] = totals[..] {
            out.push(r.edge_at(
                EdgeKind::PartOf,
                p,
                t,
                r.total_cue(t).unwrap_or(r.claims[t].span),
            ));
        }
    }
}

/// How many words before a figure "X alone" may stand.
const ALONE_REACH: usize = 12;

/// "The worst was Coldharbour in Merrow, which held 1,126 men" … "At
/// Coldharbour alone, the report counted 1,240 men doubled up in single
/// cells": a count of things at a holder named with "alone" is a part of
/// what an earlier sentence says that holder holds (a verb of having, or
/// "held"), when it counts the same things and is no holding itself.
fn named_holder_alone(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    let g = r.grammar;
    let holds = |k: usize| {
        r.claims[k].frame.predicate.as_deref().is_some_and(|v| {
            let v = v.to_lowercase();
            g.having_verbs.contains(v.as_str()) || v == "held"
        })
    };
    for &p in counts {
        let Some(class) = r.specific_head(p) else {
            continue;
        };
        if holds(p) {
            continue;
        }
        let (s0, _) = scan.sentence_of(r.cands[p].first);
        // "At Coldharbour alone,", "Coldharbour alone accounted for": a few
        // words before the figure, so a long sentence stays linear.
        let from = (s0 + 1).max(r.cands[p].first.saturating_sub(ALONE_REACH));
        let Some(at) = (from..r.cands[p].first)
            .find(|&j| {
                scan.is(j, "alone") && scan.capitalized(j - 1) && !scan.sentence_initial(j - 1)
            })
            .map(|j| j - 1)
        else {
            continue;
        };
        let name = scan.low(at);
        let range =
            counts.partition_point(|&w| w < r.window(p).start)..counts.partition_point(|&w| w < p);
        let whole = counts[range].iter().rev().copied().find(|&w| {
            r.claims[w].sentence < r.claims[p].sentence
                && holds(w)
                && r.specific_head(w) == Some(class)
                && r.names_in_sentence(w, name)
        });
        if let Some(w) = whole {
            out.push(r.edge(EdgeKind::PartOf, p, w, at, at));
        }
    }
}

/// "carried 1.2 million passengers last year, but the five winter months
/// brought in about 180,000 of them": a pronoun's group more than ten times
/// smaller than the part is not the group it points at; the group is the
/// last count before it that could hold the part, within `REACH` sentences.
/// A compound sizes one thing ("the 2,500-seat hall") and holds no part;
/// a baseline ("compared with about 11,000 last winter") is not the group.
fn regroup_pointed(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    use rust_decimal::Decimal;
    let pointed = |e: &Edge| {
        r.scan.text[e.cue.start..e.cue.end]
            .split_whitespace()
            .any(|w| matches!(w.to_lowercase().as_str(), "them" | "those" | "these"))
    };
    let too_small = |p: Decimal, w: Decimal| w > Decimal::ZERO && p > w * Decimal::TEN;
    out.retain_mut(|e| {
        if e.kind != EdgeKind::PartOf || !pointed(e) {
            return true;
        }
        let Some(part) = r.nominal(e.from) else {
            return true;
        };
        if !r.nominal(e.to).is_some_and(|w| too_small(part, w)) {
            return true;
        }
        let before = counts.partition_point(|&k| k < e.from);
        let group = counts[..before]
            .iter()
            .rev()
            .copied()
            .take_while(|&k| r.claims[e.from].sentence - r.claims[k].sentence <= REACH)
            .find(|&k| {
                let ck = &r.claims[k];
                k != e.to
                    && !ck.frame.partitive
                    && !r.compound(k)
                    && !r.is_baseline(k)
                    && r.nominal(k).is_some_and(|w| !too_small(part, w))
            });
        match group {
            Some(w) => {
                e.to = w;
                true
            }
            None => false,
        }
    });
}

/// "Pieve Alta, home to about 240 people, sits at the end of a road. … buses
/// carried 310 of its residents": the residents of a place are part of the
/// people it is home to, told up to two sentences back in the paragraph.
fn residents_of_a_home(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for &p in counts {
        let last = r.cands[p].last;
        let residents = scan.is(last + 1, "of")
            && matches!(scan.low(last + 2), "its" | "their")
            && matches!(
                scan.low(last + 3),
                "residents" | "inhabitants" | "people" | "villagers" | "population" | "townspeople"
            );
        if !residents
            || out
                .iter()
                .any(|e| e.kind == EdgeKind::PartOf && e.from == p)
        {
            continue;
        }
        let cp = &r.claims[p];
        let home = counts.iter().copied().rev().find(|&w| {
            let cw = &r.claims[w];
            let f = r.cands[w].first;
            let home_to = (f.saturating_sub(3)..f)
                .any(|j| scan.is(j, "to") && scan.is(j.wrapping_sub(1), "home"));
            w < p
                && cw.frame.paragraph == cp.frame.paragraph
                && cp.sentence - cw.sentence <= 2
                && home_to
                && !cw.frame.change
        });
        if let Some(w) = home {
            out.push(r.edge(EdgeKind::PartOf, p, w, last + 1, last + 3));
        }
    }
}

/// "pushed the board's list of people looking for a new dentist to about
/// 31,500" … "33,800 of those on its waiting list": "those on" (or "in")
/// a set named by its noun points at the figure that gave the set's size,
/// up to ten sentences back: the first count after that noun in its
/// sentence, within twelve words.
fn those_on_a_named_set(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for &p in counts {
        let c = &r.cands[p];
        if !(scan.is(c.last + 1, "of")
            && scan.is(c.last + 2, "those")
            && matches!(scan.low(c.last + 3), "on" | "in"))
        {
            continue;
        }
        // The set's noun: the last word of the phrase after "on".
        let s1 = scan.sentence_of(c.first).1;
        let mut j = c.last + 4;
        let mut noun = None;
        while j < s1 && j < c.last + 8 && scan.kind(j) == Some(crate::scan::TokenKind::Word) {
            let w = scan.low(j);
            if r.grammar.function_words.contains(w) && noun.is_some() {
                break;
            }
            if !r.grammar.definite.contains(w) && !w.ends_with("'s") && !w.ends_with("’s") {
                noun = Some(j);
            }
            j += 1;
        }
        let Some(noun) = noun else { continue };
        let lemma = r.grammar.lemma(scan.low(noun));
        let here = r.claims[p].sentence;
        let whole = counts
            .iter()
            .copied()
            .filter(|&w| w < p && here - r.claims[w].sentence <= 10 && here > r.claims[w].sentence)
            .filter(|&w| !r.claims[w].frame.partitive)
            .rfind(|&w| {
                let first = r.cands[w].first;
                let (w0, _) = scan.sentence_of(first);
                (first.saturating_sub(12).max(w0)..first).any(|t| {
                    r.grammar.lemma(scan.low(t)) == lemma
                        && (t + 1..first).all(|u| r.layout.claim_at(u).is_none())
                })
            });
        if let Some(w) = whole {
            out.push(r.edge_at(EdgeKind::PartOf, p, w, scan.span(c.last + 2, noun)));
        }
    }
}

/// "The three tower blocks contain 286 flats" … "tenants in 301 flats were
/// withholding rent": a count given with a verb of having (`having_verbs`)
/// is an inventory, and a later count of the same noun governed by a
/// preposition ("in", "of", "across", "at") picks some of those things out.
/// Not a count of things added or ordered: those stand as a verb's object.
fn member_of_inventory(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    // The verb just before the figure (a hedge may stand between: "has
    // some 400 beds").
    let having = |k: usize| {
        let first = r.cands[k].first;
        let s0 = scan.sentence_of(first).0;
        // "had cost 31 million" is an auxiliary, not a verb of having.
        let auxiliary = |j: usize| {
            matches!(scan.low(j), "had" | "has" | "have") && r.grammar.is_past_form(scan.low(j + 1))
        };
        (first.saturating_sub(2).max(s0)..first).any(|j| {
            r.grammar.having_verbs.contains(scan.low(j))
                && r.layout.claim_at(j).is_none()
                && !auxiliary(j)
        })
    };
    let plain = |k: usize| {
        let c = &r.claims[k];
        c.bound() != claimcheck_claims::Bound::Vague
            && !c.frame.change
            && !c.frame.partitive
            && !c.frame.marks_another_event()
            && c.modality.is_none()
            && !matches!(c.frame.tense, Tense::Future | Tense::Modal)
    };
    for &p in counts {
        let first = r.cands[p].first;
        if first == 0
            || !matches!(scan.low(first - 1), "in" | "of" | "across" | "at")
            || !plain(p)
            || r.claims[p].frame.definite
            || having(p)
        {
            continue;
        }
        let Some(class) = r.specific_head(p) else {
            continue;
        };
        let lo = r.window(p).start;
        let range = counts.partition_point(|&w| w < lo)..counts.partition_point(|&w| w < p);
        let whole = counts[range].iter().rev().copied().find(|&w| {
            let (cw, cp) = (&r.claims[w], &r.claims[p]);
            cw.sentence < cp.sentence
                && having(w)
                && plain(w)
                && r.specific_head(w) == Some(class)
                && cw.frame.place == cp.frame.place
                // "at 12 dorn a day": a rate is no member of a stock.
                && cw.frame.scope == cp.frame.scope
                && (cp.frame.owner.is_none() || cw.frame.owner == cp.frame.owner)
                && !years_differ(r, p, w)
                && !r.different_sources(p, w)
        });
        if let Some(w) = whole {
            out.push(part_at_noun(r, p, w));
        }
    }
}

/// "A total of 164 yachts crossed the start line" … "171 boats had completed
/// the course": the things counted at a later stage (`stages` in
/// grammar.toml) are a part of those counted at the earlier one, told before
/// or after, days apart. The nearest such count of the same specific noun,
/// neither set apart as another event's.
fn stage_reached(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    // The stage's wording in the figure's clause, as its first and last token.
    let told = |k: usize, phrases: &crate::grammar::Phrases| {
        let (c0, c1) = r.layout.clause_range(scan, r.cands[k].first);
        (c0..c1).find_map(|j| phrases.match_at(scan, j, c1).map(|e| (j, e)))
    };
    let says = |k: usize, phrases: &crate::grammar::Phrases| told(k, phrases).is_some();
    let plain = |k: usize| {
        let c = &r.claims[k];
        c.bound() != claimcheck_claims::Bound::Vague
            && !c.frame.change
            && !c.frame.marks_another_event()
    };
    for &p in counts {
        if !plain(p) {
            continue;
        }
        // The same things: the same specific noun, or the same word ("31
        // people taken to hospital" … "12 people had been discharged").
        let Some(lemma) = r.claims[p].frame.head.as_ref().map(|h| &*h.lemma) else {
            continue;
        };
        let class = r.specific_head(p);
        let same = |w: usize| {
            let lw = r.claims[w].frame.head.as_ref().map(|h| &*h.lemma);
            (class.is_some() && r.specific_head(w) == class) || lw == Some(lemma)
        };
        for (earlier, later) in &r.grammar.stages {
            let Some((a, b)) = told(p, later) else {
                continue;
            };
            if says(p, earlier) {
                continue;
            }
            // Only the counts within the window, found by bisection: a
            // document dense with finishers stays linear.
            let near = r.window(p);
            let from = counts.partition_point(|&w| w < near.start);
            let to = counts.partition_point(|&w| w < near.end);
            let whole = counts[from..to]
                .iter()
                .copied()
                .filter(|&w| w != p)
                .filter(|&w| {
                    plain(w)
                        && !r.claims[w].frame.partitive
                        && same(w)
                        && says(w, earlier)
                        && !says(w, later)
                        && r.same_scope_loose(p, w)
                })
                .min_by_key(|&w| r.claims[w].sentence.abs_diff(r.claims[p].sentence));
            if let Some(w) = whole {
                out.push(r.edge(EdgeKind::PartOf, p, w, a, b));
            }
        }
    }
}

/// "The fund has about 86,000 members" … "the fund's 91,500 retired
/// members": the same owner's things, the later ones picked out by a word
/// before the noun the earlier lacks, are a part of them.
fn modified_subset(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    // "# Dunmore to shut seven libraries … Seven of Dunmore's 19 public
    // libraries will close": the parts already split from each figure, by
    // value; an earlier figure of a part's value is that part told before,
    // not a whole the figure is picked from.
    let split: Vec<(usize, &claimcheck_claims::Value)> = out
        .iter()
        .filter(|e| e.kind == EdgeKind::PartOf)
        .map(|e| (e.to, &r.claims[e.from].value))
        .collect();
    let modifiers = |k: usize| r.modifiers(k);
    for &p in counts {
        let fp = &r.claims[p].frame;
        let Some(owner) = fp.owner.as_deref().filter(|o| !is_pronoun(o)) else {
            continue;
        };
        if !fp.definite || fp.partitive || fp.change {
            continue;
        }
        let Some(class) = r.specific_head(p) else {
            continue;
        };
        if modifiers(p).is_none_or(|m| m.is_empty()) {
            continue;
        }
        let lo = r.window(p).start;
        let range = counts.partition_point(|&w| w < lo)..counts.partition_point(|&w| w < p);
        let whole = counts[range].iter().rev().copied().find(|&w| {
            let cw = &r.claims[w];
            cw.sentence < r.claims[p].sentence
                && !cw.frame.partitive
                && !cw.frame.change
                && r.specific_head(w) == Some(class)
                && modifiers(w).is_some_and(|m| m.is_empty())
                && (cw.frame.owner.as_deref() == Some(owner) || r.names_in_sentence(w, owner))
                // An owner's inventory stands whatever its clause says
                // happens to it; only a year written for each sets them apart.
                && !years_differ(r, p, w)
                && !r.different_sources(p, w)
                && !split.iter().any(|&(to, v)| to == p && *v == cw.value)
        });
        if let Some(w) = whole {
            out.push(part_at_noun(r, p, w));
        }
    }
}

/// A part-of edge whose cue is the part's noun (the figure, when it has
/// none): the noun is what ties it to the whole.
fn part_at_noun(r: &Relator, p: usize, w: usize) -> Edge {
    r.edge_at(EdgeKind::PartOf, p, w, r.noun_span(p))
}

fn years_differ(r: &Relator, a: usize, b: usize) -> bool {
    match (r.claims[a].frame.time(), r.claims[b].frame.time()) {
        (Some(x), Some(y)) if r.written_year(x) && r.written_year(y) => {
            r.claims[x].value != r.claims[y].value
        }
        _ => false,
    }
}

/// The count a back-reference ("of them", "Of those,") points at: an earlier
/// count in the sentence, else the last one in the sentence before.
/// "1,840 trains on an ordinary weekday" … "1,905 of those weekday
/// services": a modifier and noun after "those" ("weekday services") whose
/// modifier stands right after the whole's figure, in its phrase.
fn modifier_echoed(r: &Relator, at: usize, w: usize) -> bool {
    let scan = r.scan;
    let word = |j: usize| scan.kind(j) == Some(crate::scan::TokenKind::Word);
    // Two words, the second closing the phrase.
    if !(word(at) && word(at + 1))
        || word(at + 2)
        || r.grammar.function_words.contains(scan.low(at))
    {
        return false;
    }
    let modifier = scan.low(at);
    let (_, s1) = scan.sentence_of(r.cands[w].first);
    let last = r.cands[w].last;
    (last + 1..(last + 7).min(s1))
        .take_while(|&j| !scan.is_punct(j, ','))
        .any(|j| scan.low(j) == modifier)
}

/// "A total of 19 swimmers dipped under the qualifying times … Twenty-one
/// of those qualifiers": a noun of the same word family (the first six
/// letters of a noun of seven or more) as a word of the figure's clause
/// after it names what that figure counts.
fn same_family_after(r: &Relator, noun: &str, w: usize) -> bool {
    if noun.len() < 7 || r.grammar.function_words.contains(noun) {
        return false;
    }
    let root: String = noun.chars().take(6).collect();
    let scan = r.scan;
    let (_, c1) = r.layout.clause_range(scan, r.cands[w].first);
    let last = r.cands[w].last;
    (last + 1..c1.min(last + 12)).any(|j| scan.low(j).starts_with(root.as_str()))
}

/// "St Aldric's, the largest of the three hospitals, has 8,910 of them": a
/// set a superlative or an ordinal picks one out of ("one of the five",
/// "the second of its four reactors") names where the subject stands, not
/// the group a later "of them" splits.
fn set_picked_from(r: &Relator, w: usize) -> bool {
    let scan = r.scan;
    let f = r.cands[w].first;
    if f < 3 || !matches!(scan.low(f - 1), "the" | "its" | "their") || !scan.is(f - 2, "of") {
        return false;
    }
    let picker = scan.low(f - 3);
    // "Most of the 240 posts …; 63 of them": a bare "most" is a quantity of
    // the group, which stays the group "of them" splits; "the most of" picks.
    let superlative = |word: &str| picker == word && f >= 4 && scan.is(f - 4, "the");
    (picker.len() > 5 && picker.ends_with("est"))
        || superlative("most")
        || superlative("least")
        || matches!(
            picker,
            "one"
                | "each"
                | "either"
                | "neither"
                | "none"
                | "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "last"
        )
}

/// The nearest count before `p`, in the sentences up to `sentences` back and
/// not itself a part, that `names` accepts: the whole an opener such as "In
/// that sample," or "Of those applicants," points back to.
fn nearest_whole_before(
    r: &Relator,
    counts: &[usize],
    p: usize,
    sentences: usize,
    names: impl Fn(usize) -> bool,
) -> Option<usize> {
    let lo = r.window(p).start;
    let range = counts.partition_point(|&w| w < lo)..counts.partition_point(|&w| w < p);
    let here = r.claims[p].sentence;
    counts[range].iter().rev().copied().find(|&w| {
        let cw = &r.claims[w];
        cw.sentence < here && here - cw.sentence <= sentences && !cw.frame.partitive && names(w)
    })
}

/// Whether a word of the sentence of `w` has the stem of `modifier`:
/// "collared" and "collars", "tagged" and "tags".
fn echoed_in_sentence(r: &Relator, w: usize, modifier: &str) -> bool {
    let scan = r.scan;
    // A noun's singular, or a past form less its "-ed" and doubled consonant.
    let stem = |word: &str| {
        let lemma = r.grammar.lemma(word);
        let Some(base) = lemma.strip_suffix("ed").filter(|b| b.len() >= 3) else {
            return lemma;
        };
        let b = base.as_bytes();
        let doubled = b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2];
        base[..base.len() - usize::from(doubled)].to_string()
    };
    if modifier.len() < 4 || r.grammar.function_words.contains(modifier) {
        return false;
    }
    let want = stem(modifier);
    let (s0, s1) = scan.sentence_of(r.cands[w].first);
    (s0..s1)
        .any(|k| scan.kind(k) == Some(crate::scan::TokenKind::Word) && stem(scan.low(k)) == want)
}

/// "Roughly one in four are over 70, and more than 300 of them …": a bare
/// figure after a copula and a comparison word says something of a group
/// (an age, a threshold), it counts none.
fn said_of_them(r: &Relator, w: usize) -> bool {
    let scan = r.scan;
    let comparison = |j: usize| matches!(scan.low(j), "over" | "under" | "above" | "below");
    let copula = |j: usize| matches!(scan.low(j), "are" | "were" | "is" | "was" | "be" | "been");
    // The candidate may begin at its comparison word ("over 70") or after it.
    let f = r.cands[w].first;
    let at = if comparison(f) { f + 1 } else { f };
    r.claims[w].frame.head.is_none() && at >= 2 && comparison(at - 1) && copula(at - 2)
}

/// The positions in `counts` of the figures of sentence `t`.
fn range_of(counts: &[usize], r: &Relator, t: usize) -> std::ops::Range<usize> {
    counts.partition_point(|&w| r.claims[w].sentence < t)
        ..counts.partition_point(|&w| r.claims[w].sentence <= t)
}

fn antecedent(r: &Relator, counts: &[usize], p: usize) -> Option<usize> {
    let s = r.claims[p].sentence;
    // A compound ("a nine-member jury") describes a body, not a group that
    // "of them" could split.
    let compound = |w: usize| r.compound(w);
    let range =
        counts.partition_point(|&w| w < r.window(p).start)..counts.partition_point(|&w| w < p);
    // A figure compared against ("18,460 potholes …, against 11,900 a year
    // earlier") is a baseline, not the group "of them" splits.
    let earlier: Vec<usize> = counts[range]
        .iter()
        .copied()
        .filter(|&w| {
            !r.claims[w].frame.partitive
                && !compound(w)
                && !r.is_baseline(w)
                && !r.is_difference(w)
                && !set_picked_from(r, w)
                && !said_of_them(r, w)
                && !past_record(r, w)
        })
        .collect();
    let here = earlier.iter().rev().find(|&&w| r.claims[w].sentence == s);
    // "rose to 18,640 … That is 2,310 more than a year earlier and almost
    // double the 9,800 cases of 2019. Kelsby holds 7,900 of them": a
    // sentence whose figures only measure the group against others is
    // passed over for the one before it.
    let measured_only = s >= 2 && {
        let told = &counts[range_of(counts, r, s - 1)];
        !told.is_empty() && told.iter().all(|&w| r.is_difference(w) || r.is_baseline(w))
    };
    let s = if measured_only { s - 1 } else { s };
    // "The houses, 24 on Cliff Road and 14 on Marram Lane, … Thirty-one of
    // them": the last item of a list is not the group the list makes up.
    // After a colon an item may be long: "36 concerts: 24 at the Civic
    // Hall, eight on a two-week tour of Japan and South Korea in March, and
    // four family matinees. Strauss will conduct 11 of them".
    let last_item = |w: usize| {
        counts[..counts.partition_point(|&x| x < w)]
            .last()
            .is_some_and(|&x| {
                let s0 = r.scan.sentence_of(r.cands[x].first).0;
                let announced = (s0..r.cands[x].first).any(|j| r.scan.is_punct(j, ':'));
                let reach = if announced { 24 } else { 6 };
                r.claims[x].sentence == r.claims[w].sentence && {
                    let gap = r.cands[x].last + 1..r.cands[w].first;
                    gap.len() <= reach
                        && (x + 1 == w
                            || (announced
                                && (x + 1..w).all(|o| {
                                    !r.is_count(o)
                                        && r.claims[o].kind != claimcheck_claims::Kind::Money
                                })))
                        && gap
                            .clone()
                            .any(|j| r.scan.is(j, "and") || r.scan.is_punct(j, ','))
                }
            })
    };
    here.copied().or_else(|| {
        earlier
            .iter()
            .rev()
            .find(|&&w| r.claims[w].sentence + 1 == s)
            .copied()
            .filter(|&w| !last_item(w))
    })
}

/// "The 1,150 roles at risk amount to roughly one in eight of the chain's
/// 9,400 shop-floor staff": the base a share is taken of measures the group
/// the sentence is about; "those workers" after it are that group.
fn share_base(r: &Relator, w: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[w].first;
    let s0 = scan.sentence_of(first).0;
    (first.saturating_sub(4).max(s0)..first).any(|j| {
        scan.is(j, "of")
            && j > s0
            && r.layout
                .claim_at(j - 1)
                .is_some_and(|k| r.claims[k].kind == claimcheck_claims::Kind::Percent)
    })
}

/// "beating the previous high of 478 set in 2019": an old record the
/// figure is measured against is no group "Of those" splits.
fn past_record(r: &Relator, w: usize) -> bool {
    let f = &r.claims[w].frame;
    f.scope.iter().any(|s| s == "previous")
        && f.head.as_ref().is_some_and(|h| {
            matches!(
                &*h.lemma,
                "high" | "record" | "best" | "peak" | "low" | "total" | "tally"
            )
        })
}

/// "held 11,240 people in space certified for 9,100 … Of those, 9,870 were
/// men and 1,370 women": the figure of the sentence before that the figures
/// of an "Of those," sentence add up to exactly is the group it splits,
/// wherever it stands in its sentence.
fn summed_before(r: &Relator, counts: &[usize], p: usize) -> Option<usize> {
    let s = r.claims[p].sentence;
    let parts = &counts[range_of(counts, r, s)];
    if parts.len() < 2 || s == 0 {
        return None;
    }
    // The parts listed first: "Of those, 389 came from home clubs and the
    // other 123 travelled from 14 countries" (the 14 counts something else).
    let mut sums = Vec::new();
    let mut sum = rust_decimal::Decimal::ZERO;
    for (i, &k) in parts.iter().enumerate() {
        sum += r.nominal(k)?;
        if i >= 1 {
            sums.push(sum);
        }
    }
    counts[range_of(counts, r, s - 1)]
        .iter()
        .copied()
        .find(|&w| !r.claims[w].frame.partitive && r.nominal(w).is_some_and(|v| sums.contains(&v)))
}

/// The part a sentence took from a whole, which an opening "Of those,"
/// in the next sentence splits further: "guilty on nine of the 14 counts.
/// Of those, six …" (the nine). A figure's own "of them" ("the union, which
/// represents some 14,000 of them") may name the whole instead.
fn taken_before(r: &Relator, counts: &[usize], p: usize) -> Option<usize> {
    let s = r.claims[p].sentence;
    counts[..counts.partition_point(|&w| w < p)]
        .iter()
        .rev()
        .copied()
        .take_while(|&w| r.claims[w].sentence + 1 >= s)
        .find(|&w| r.claims[w].sentence + 1 == s && r.claims[w].frame.partitive && !r.compound(w))
}

/// "The levy raised 86.5 million crowns … Some 91 million crowns of that
/// went to a fund": a sum taken "of that" (or "of it") is part of the sum
/// just before it, in its sentence or the one before.
fn sum_of_that(r: &Relator, sums: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for (i, &p) in sums.iter().enumerate() {
        let c = &r.cands[p];
        if !(scan.is(c.last + 1, "of") && matches!(scan.low(c.last + 2), "that" | "this" | "it")) {
            continue;
        }
        let w = sums[..i]
            .iter()
            .rev()
            .copied()
            // "rose to 380 million from 90 million. Farm loans took 170
            // million of that": "that" is the level reached, not the one left.
            .find(|&w| r.claims[w].unit == r.claims[p].unit && !r.is_baseline(w));
        if let Some(w) = w.filter(|&w| r.claims[p].sentence - r.claims[w].sentence <= 1) {
            out.push(r.edge(EdgeKind::PartOf, p, w, c.last + 1, c.last + 2));
        }
    }
}

/// "Of those, roughly 80 voted"; "Two thousand of them concerned refunds";
/// "Ardmoor General saw 610 of them": the whole is the figure referred back to.
fn anaphoric(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for &p in counts {
        let c = &r.cands[p];
        let (s0, _) = scan.sentence_of(c.first);
        // "Of those," / "Of these," / "Of them," opening the sentence.
        let opener = (s0..c.first).find(|&j| {
            scan.is(j, "of")
                && matches!(scan.low(j + 1), "those" | "these" | "them")
                && scan.sentence_initial(j)
                && scan.is_punct(j + 2, ',')
        });
        // "Of those applicants, 4,275 …": the noun names the earlier count,
        // by its root ("applications"); no count of it, no whole.
        // "Of those collared wolves, 19 …": up to two modifiers before it.
        let word = |j: usize| scan.kind(j) == Some(crate::scan::TokenKind::Word);
        let named_opener = (s0..c.first)
            .find(|&j| {
                scan.is(j, "of")
                    && matches!(scan.low(j + 1), "those" | "these")
                    && scan.sentence_initial(j)
            })
            .and_then(|j| {
                let comma = (j + 3..j + 6).find(|&k| scan.is_punct(k, ','))?;
                (j + 2..comma).all(word).then_some((j, comma - 1))
            });
        // "In that sample, her staff logged 1,270 files …": the set just
        // counted, named by a noun of a group, holds the figure of its things.
        // Only the sentence's first word is looked at: a long sentence of
        // many figures stays linear.
        let group_opener = (s0..c.first)
            .find(|&j| scan.kind(j) != Some(crate::scan::TokenKind::Punct))
            .filter(|&j| {
                j + 2 < c.first
                    && matches!(scan.low(j), "in" | "of" | "among" | "within")
                    && matches!(scan.low(j + 1), "that" | "this" | "the")
                    && r.grammar.group_nouns.contains(scan.low(j + 2))
            });
        if let (Some(j), Some(class)) = (group_opener, r.head_class(p)) {
            if let Some(w) =
                nearest_whole_before(r, counts, p, 4, |w| r.head_class(w) == Some(class))
            {
                out.push(r.edge(EdgeKind::PartOf, p, w, j, j + 2));
                continue;
            }
        }
        if let Some((j, n)) = named_opener.filter(|_| opener.is_none()) {
            let noun = scan.low(n);
            let root = |w: &str| w.chars().take(7).collect::<String>();
            let names = |w: usize| {
                r.claims[w].frame.head.as_ref().is_some_and(|h| {
                    let t = scan.text[h.span.start..h.span.end].to_lowercase();
                    noun.len() >= 5 && root(&t) == root(noun)
                })
            };
            // "Seventeen of the wolves wear GPS collars. Of those collared
            // wolves, 19 …": a modifier the opener shares with a part's own
            // sentence ("collars") names that part, not the group it split.
            let described = (j + 2 < n)
                .then(|| {
                    let lo = r.window(p).start;
                    let range =
                        counts.partition_point(|&w| w < lo)..counts.partition_point(|&w| w < p);
                    counts[range].iter().rev().copied().find(|&w| {
                        let cw = &r.claims[w];
                        let here = r.claims[p].sentence;
                        cw.sentence < here
                            && here - cw.sentence <= 2
                            && names(w)
                            && (j + 2..n).any(|m| echoed_in_sentence(r, w, scan.low(m)))
                    })
                })
                .flatten();
            let w = described.or_else(|| nearest_whole_before(r, counts, p, 2, names));
            if let Some(w) = w {
                out.push(r.edge(EdgeKind::PartOf, p, w, j, n));
            }
            continue;
        }
        // "610 of them", in another sentence than its whole.
        let after = (scan.is(c.last + 1, "of")
            && matches!(scan.low(c.last + 2), "them" | "those" | "these"))
        .then_some(c.last + 1);
        // "Of those, 5,775 …, and crews reached 3,465 of them": a figure's
        // own "of them" points at the nearer group.
        let Some(cue) = after.or(opener) else {
            continue;
        };
        // "of those rescued by the coast guard": the word after names the group.
        let named = scan.low(cue + 2);
        // "of those whose flights were cancelled": a relative clause
        // describes the group "those" points back to; it names no noun.
        let names_group = after.is_some()
            && scan.low(cue + 1) != "them"
            && scan.kind(cue + 2) == Some(crate::scan::TokenKind::Word)
            && !matches!(named, "who" | "whose" | "whom" | "which" | "that");
        let w = if names_group {
            last_in_window_before(r, counts, p, |&w| {
                let cw = &r.claims[w];
                w < p
                    && !cw.frame.partitive
                    && !share_base(r, w)
                    && r.claims[p].sentence - cw.sentence <= REACH
                    && ((cw.frame.predicate.as_deref() == Some(named) && object_of_verb(r, w))
                        || r.head_class(w) == Some(r.grammar.class(&r.grammar.lemma(named)))
                        || modifier_echoed(r, cue + 2, w)
                        || (r.claims[p].sentence - cw.sentence <= 3
                            && same_family_after(r, named, w)))
            })
            // "Of those, 4,920 were classed as category 1. Crews reached 3,100
            // of those patients": a figure of the sentence before that names
            // no noun of its own takes the one the part names.
            .or_else(|| {
                antecedent(r, counts, p).filter(|&w| {
                    r.claims[w].sentence + 1 == r.claims[p].sentence
                        && r.claims[w].frame.head.is_none()
                })
            })
        } else if opener.is_some() && after.is_none() {
            // "Of those, 58 kept it on screen …, including the Rialto, where
            // the last performance played to a full house of 420": a figure
            // of a relative clause after the first part is said of something
            // else.
            let relative = opener.is_some_and(|o| {
                (o + 3..c.first).any(|j| {
                    matches!(
                        scan.low(j),
                        "where" | "which" | "who" | "whom" | "whose" | "when"
                    ) && (o + 3..j).any(|t| r.layout.claim_at(t).is_some())
                })
            });
            if relative {
                continue;
            }
            // "Of those, 2,146 …, 412 … and the remaining 462 …": an opening
            // "Of those," points back past its own sentence for every figure
            // of it, not to the part before.
            taken_before(r, counts, p)
                .or_else(|| summed_before(r, counts, p))
                .or_else(|| {
                    antecedent(r, counts, p).and_then(|w| {
                        if r.claims[w].sentence < r.claims[p].sentence {
                            Some(w)
                        } else {
                            counts[..counts.partition_point(|&x| x < p)]
                                .iter()
                                .rev()
                                .copied()
                                .find(|&x| {
                                    r.claims[x].sentence + 1 == r.claims[p].sentence
                                        && !r.claims[x].frame.partitive
                                })
                        }
                    })
                })
        } else if let Some(class) = after
            .filter(|&a| scan.is(a + 1, "them"))
            .and_then(|_| uncounted_plural_before(r, counts, p))
        {
            // "27 shopping trolleys … ¶ The town's two supermarkets have
            // been asked to fetch their trolleys. Corvane … said 31 of them":
            // "them" are the things last named, counted where they were told.
            last_in_window_before(r, counts, p, |&w| {
                let cw = &r.claims[w];
                r.head_class(w) == Some(class.as_str())
                    && !cw.frame.partitive
                    && cw.bound() != claimcheck_claims::Bound::Vague
                    && r.claims[p].sentence - cw.sentence <= REACH
            })
            // "employs 900 people. Managers told the workers that 300 of
            // them …": a group of no named things may be those.
            .or_else(|| antecedent(r, counts, p).filter(|&w| r.head_class(w).is_none()))
        } else {
            antecedent(r, counts, p).or_else(|| {
                // "Medical teams treated the injured, and ambulances ferried
                // 39 of them": with no figure near to point at, "them" is the
                // group its own clause named ("the injured", whose metric
                // the part took); the whole is the story's figure for it.
                let metric = r.claims[p].metric.as_ref()?;
                // The group is named before the figure in its own sentence,
                // by "the" and a word of the metric: "the injured".
                let named = (s0 + 1..c.first).any(|j| {
                    scan.is(j - 1, "the") && (r.metric_cue)(scan, j).iter().any(|m| m == metric)
                });
                if !named {
                    return None;
                }
                last_in_window_before(r, counts, p, |&w| {
                    let cw = &r.claims[w];
                    cw.metric.as_ref() == Some(metric)
                        && cw.sentence < r.claims[p].sentence
                        && !cw.frame.partitive
                        && cw.bound() != claimcheck_claims::Bound::Vague
                        && r.same_scope_loose(p, w)
                })
            })
        };
        let Some(w) = w else {
            continue;
        };
        // Same-sentence "seven injured, two of them" is whole_then_part's,
        // unless a semicolon parts the two clauses: "Most of the 240 posts …;
        // the union says 63 of them …".
        let semicolon = || (r.cands[w].last..c.first).any(|j| scan.is_punct(j, ';'));
        if after.is_some() && r.claims[w].sentence == r.claims[p].sentence && !semicolon() {
            continue;
        }
        out.push(r.edge(EdgeKind::PartOf, p, w, cue, cue + 1));
    }
}

/// The nearest count before figure `p`, within its window, that `keep`
/// accepts.
fn last_in_window_before(
    r: &Relator,
    counts: &[usize],
    p: usize,
    keep: impl Fn(&usize) -> bool,
) -> Option<usize> {
    let lo = r.window(p).start;
    counts[counts.partition_point(|&w| w < lo)..counts.partition_point(|&w| w < p)]
        .iter()
        .rev()
        .copied()
        .find(keep)
}

/// The class of the plural noun "of them" after figure `p` points back to,
/// when no figure counts it there: the last noun after a determiner ("their
/// trolleys") in `p`'s sentence before it or in the sentence before, of
/// things an earlier count counts. A figure between (other than a date)
/// is nearer, and its rules decide.
fn uncounted_plural_before(r: &Relator, counts: &[usize], p: usize) -> Option<String> {
    let scan = r.scan;
    let first = r.cands[p].first;
    let (s0, _) = scan.sentence_of(first);
    let from = if s0 > 0 {
        scan.sentence_of(s0 - 1).0
    } else {
        s0
    };
    let word = |j: usize| scan.kind(j) == Some(crate::scan::TokenKind::Word);
    // Within the figure's window, as the whole is looked for: a long text
    // stays linear.
    let lo = r.window(p).start;
    let earlier = &counts[counts.partition_point(|&w| w < lo)..counts.partition_point(|&w| w < p)];
    for t in (from + 1..first).rev() {
        if let Some(k) = r.layout.claim_at(t) {
            if r.claims[k].kind != Kind::Date {
                return None;
            }
            continue;
        }
        let low = scan.low(t);
        let plural = word(t)
            && !scan.capitalized(t)
            && low.len() > 3
            && low.ends_with('s')
            && !low.ends_with("ss")
            && !low.ends_with("'s")
            && !low.ends_with('\u{2019}')
            && !r.grammar.function_words.contains(low)
            && r.grammar.lemma(low) != low;
        let determined = r.grammar.definite.contains(scan.low(t - 1))
            || (word(t - 1)
                && r.grammar.definite.contains(scan.low(t.saturating_sub(2)))
                && !r.grammar.function_words.contains(scan.low(t - 1)));
        if !plural || !determined {
            continue;
        }
        // "the three hospitals": a noun a figure counts is that figure's.
        let counted = |j: usize| {
            r.layout
                .claim_at(j)
                .is_some_and(|k| r.claims[k].kind != Kind::Date)
        };
        if counted(t - 1) || counted(t.saturating_sub(2)) {
            return None;
        }
        let mut lemma = r.grammar.lemma(low);
        // "the job losses, 436 of them": a change's noun counts the things
        // of the word before it.
        if r.grammar.change_nouns.contains(&lemma)
            && word(t - 1)
            && !r.grammar.definite.contains(scan.low(t - 1))
        {
            lemma = r.grammar.lemma(scan.low(t - 1));
        }
        let class = r.grammar.class(&lemma);
        if earlier.iter().any(|&w| r.head_class(w) == Some(class)) {
            return Some(class.to_string());
        }
    }
    None
}

/// "Among the injured were four children": the whole is the earlier figure whose
/// noun, metric or verb the phrase names.
fn among_the(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for &p in counts {
        let c = &r.cands[p];
        let (s0, _) = scan.sentence_of(c.first);
        // "Among them were 245 contractors": the figure of the sentence before.
        // Mid-sentence too, when no figure stands before it there: "The
        // largest group among them were the 212 residents".
        let no_figure_before = |j: usize| {
            (s0..j).all(|t| {
                r.layout
                    .claim_at(t)
                    .is_none_or(|k| r.claims[k].kind == Kind::Date)
            })
        };
        let them = (s0..c.first).find(|&j| {
            scan.is(j, "among")
                && matches!(scan.low(j + 1), "them" | "those" | "these")
                && (r.opens_sentence(j) || no_figure_before(j))
        });
        if let Some(a) = them {
            if let Some(w) =
                antecedent(r, counts, p).filter(|&w| r.claims[w].sentence < r.claims[p].sentence)
            {
                out.push(r.edge(EdgeKind::PartOf, p, w, a, a + 1));
            }
            continue;
        }
        let Some(a) = (s0..c.first)
            .find(|&j| scan.is(j, "among") && scan.is(j + 1, "the") && r.opens_sentence(j))
        else {
            continue;
        };
        let word = scan.low(a + 2);
        let lemma = r.grammar.lemma(word);
        let named = r.metrics_named(scan.tokens[(a + 2).min(scan.len() - 1)].span());
        let lo = r.window(p).start;
        let range = counts.partition_point(|&w| w < lo)..counts.partition_point(|&w| w < p);
        let w = counts[range].iter().rev().copied().find(|&w| {
            let cw = &r.claims[w];
            w < p
                && cw.sentence < r.claims[p].sentence
                && r.claims[p].sentence - cw.sentence <= REACH
                && !cw.frame.partitive
                && (r.head_class(w) == Some(r.grammar.class(&lemma))
                    || cw.metric.as_ref().is_some_and(|m| named.contains(m))
                    || cw.frame.predicate.as_deref() == Some(word))
        });
        if let Some(w) = w {
            out.push(r.edge(EdgeKind::PartOf, p, w, a, a + 2));
        }
    }
}

/// "a total of 1,240 pupils, with 520 at Linford Primary"; "In all, 73 homes
/// were evacuated in three villages; 31 were in Marsh End": a total, then in
/// the same sentence a figure for one named place.
fn named_place(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for pair in counts.windows(2) {
        let (w, p) = (pair[0], pair[1]);
        if r.claims[w].sentence != r.claims[p].sentence || r.total_cue(w).is_none() {
            continue;
        }
        if r.claims[p].frame.head.is_some() && r.head_class(p) != r.head_class(w) {
            continue;
        }
        let (c0, c1) = r.layout.clause_range(scan, r.cands[p].first);
        if r.layout.clause(r.cands[w].first) == r.layout.clause(r.cands[p].first) {
            continue;
        }
        let place = (c0..c1.saturating_sub(1))
            .find(|&j| matches!(scan.low(j), "in" | "at" | "from") && scan.capitalized(j + 1));
        if let Some(j) = place {
            out.push(r.edge(EdgeKind::PartOf, p, w, j, j + 1));
        }
    }
}

/// "640 people, including 710 children"; "seven injured, two of them".
fn whole_then_part(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for pair in counts.windows(2) {
        let (w, p) = (pair[0], pair[1]);
        let (cw, cp) = (&r.cands[w], &r.cands[p]);
        if r.claims[w].sentence != r.claims[p].sentence
            || cp.first <= cw.last + 1
            || said_of_them(r, w)
        {
            continue;
        }
        let gap = cw.last + 1..cp.first;
        // "won 12 of those 19 games": the second figure is the phrase's
        // whole (`phrase` reads it), not a part of the first.
        if gap.len() <= 2 && scan.is(gap.start, "of") {
            continue;
        }
        // "…, of whom 82 were charged" / "82 of whom": a relative pronoun
        // ties back over a longer adjunct.
        let of_relative = (scan.is(cp.last + 1, "of")
            && matches!(scan.low(cp.last + 2), "whom" | "which"))
            || (cp.first >= 2
                && scan.is(cp.first - 2, "of")
                && matches!(scan.low(cp.first - 1), "whom" | "which"));
        // "5,775 were classed as life-threatening, and crews reached 3,465
        // of them": the "and" opens a clause with its own subject and verb.
        // The part is that verb's object ("there were six of them" after
        // "one good game a day" is not), and a rate is no group.
        let verb = scan.low(cp.first.wrapping_sub(1));
        let clause_and = scan.is(cp.last + 1, "of")
            && scan.is(cp.last + 2, "them")
            && r.grammar.is_past_form(verb)
            && !matches!(verb, "was" | "were" | "had" | "did")
            && !r.claims[w]
                .frame
                .scope
                .iter()
                .any(|s| s.starts_with("per "))
            && gap.clone().any(|a| {
                scan.is(a, "and")
                    // "inspected 2,840 houses and declared 1,150 of them":
                    // one subject, two verbs; the "and" joins the verbs.
                    && (scan.is_punct(a.wrapping_sub(1), ',') || a + 2 == cp.first)
            });
        if gap.len() > 12 && !((of_relative || clause_and) && gap.len() <= 25) {
            continue;
        }
        // A coordinated figure is a sibling, not a part: "14 on Thursday and 5 on Friday".
        // Not ", or 8.4% of the population,": an "or" after a comma that
        // restates the whole as a share sets nothing beside it.
        let restated = |j: usize| {
            scan.is(j, "or")
                && scan.is_punct(j.wrapping_sub(1), ',')
                && r.layout
                    .claim_at(j + 1)
                    .is_some_and(|k| r.claims[k].kind == Kind::Percent)
        };
        let coordinated = gap.clone().any(|j| {
            matches!(
                scan.low(j),
                "and" | "or" | "but" | "while" | "whereas" | "than"
            ) && !restated(j)
        });
        // The cue leads the part: "640 people, including 710 children", not
        // "the 640 planters, about 150 of them from abroad, had put in 1.6
        // million saplings".
        let cue = gap
            .clone()
            .find_map(|j| {
                r.grammar
                    .part_after_whole
                    .match_at(scan, j, cp.first)
                    .map(|e| (j, e))
            })
            .filter(|&(_, e)| cp.first <= e + 4)
            // "51 of them aged over 75": "of them" right after a figure makes
            // that figure the part.
            .filter(|&(j, _)| {
                !(j == cw.last + 1
                    && scan.is(j, "of")
                    && matches!(scan.low(j + 1), "them" | "those" | "these"))
            });
        // "among them the 1,100-seat Palace cinema": a compound names one
        // thing by its size; it is no part of the count.
        let compound_part = r.compound(p);
        if let Some((a, b)) = cue {
            if !coordinated && !compound_part {
                out.push(r.edge(EdgeKind::PartOf, p, w, a, b));
                continue;
            }
        }
        // "seven injured, two of them seriously"; "94 okapi in 41 zoos, 52 of
        // them female": "them" are the figure the verb governs, not the one after
        // a preposition.
        let after = cp.last + 1;
        // "of whom"/"of which" tie back over a longer adjunct: "arrested 76
        // people after clashes broke out … on Friday, of whom 82 …".
        let relative = matches!(scan.low(after + 1), "whom" | "which");
        // "…, the association said, 340 of them in the south-west": a
        // reporting clause may stand between.
        let reported = gap
            .clone()
            .any(|j| matches!(scan.low(j), "said" | "says" | "reported" | "added"));
        // "logged 212 salmon since the weekend, and scale samples showed that
        // 260 of them were escapees": a finding about the figure's things;
        // its "and" joins clauses, not figures.
        let found_that = cp.first >= 2
            && scan.is(cp.first - 1, "that")
            && r.grammar.is_past_form(scan.low(cp.first - 2));
        // "Vets who checked 2,400 dogs … found 1,560 had up-to-date jabs":
        // what a search of a set finds is a part of it, when the part names
        // no other kind of thing.
        let searched = cw.first >= 1
            && r.grammar.inspection_verbs.contains(scan.low(cw.first - 1))
            && matches!(
                scan.low(cp.first.wrapping_sub(1)),
                "found" | "showed" | "revealed"
            )
            && gap.len() <= 15
            && (r.head_class(p).is_none() || r.head_class(p) == r.head_class(w))
            && !compound_part;
        if searched {
            out.push(r.edge(EdgeKind::PartOf, p, w, cp.first - 1, cp.first - 1));
            continue;
        }
        // "Thirty-seven of the shows are premieres, and 19 of those …";
        // "Twelve boats were inspected, and five of them failed": a new
        // clause whose subject is a part "of those" splits the group the
        // clause before it counted. Not the last of a list of groups ("runs
        // 14 libraries and 9 pools, and three of them …" are of both).
        // Only the figure right before `w` can list it (looked up only when
        // the rest holds: a long list has thousands of pairs).
        let listed_before = || {
            counts[..counts.partition_point(|&x| x < w)]
                .last()
                .is_some_and(|&x| {
                    r.claims[x].sentence == r.claims[w].sentence
                        && r.cands[w].first <= r.cands[x].last + 5
                        && (r.cands[x].last + 1..r.cands[w].first).any(|j| scan.is(j, "and"))
                })
        };
        // "…, and by Wednesday 1,180 of them had been vaccinated": a time
        // may open the new clause before its subject.
        let mut lead = cp.first.wrapping_sub(1);
        if let Some(d) = r.layout.claim_at(lead).filter(|&d| {
            r.claims[d].kind == claimcheck_claims::Kind::Date
                && r.claims[d].sentence == r.claims[p].sentence
        }) {
            lead = r.cands[d].first.wrapping_sub(1);
            if matches!(
                scan.low(lead),
                "by" | "on" | "in" | "until" | "since" | "at"
            ) {
                lead = lead.wrapping_sub(1);
            }
        }
        let subject_after_and = lead >= 1
            && lead < cp.first
            && scan.is(lead, "and")
            && scan.is_punct(lead - 1, ',')
            && matches!(scan.low(after + 1), "them" | "those" | "these")
            && !listed_before();
        if scan.is(after, "of")
            && matches!(scan.low(after + 1), "them" | "those" | "whom" | "which")
            && (!coordinated || found_that || clause_and || subject_after_and)
            && (gap.len() <= 8
                || ((relative || reported || found_that || clause_and) && gap.len() <= 25))
        {
            let compound = |c: usize| r.compound(c);
            // Not a figure set against another: "a quarter more than the
            // 46,500 it took a year earlier, and 9,300 of them …".
            let usable = |c: usize| {
                object_of_verb(r, c) && !compound(c) && !set_picked_from(r, c) && !r.is_baseline(c)
            };
            // "carried out by 97 prisoners, 112 of whom were under 25": a
            // relative pronoun right after a figure's noun points at it.
            let adjacent = relative && gap.len() <= 3 && !compound(w);
            let mut whole = w;
            while !adjacent && !usable(whole) {
                match counts
                    .iter()
                    .rev()
                    .find(|&&c| c < whole && r.claims[c].sentence == r.claims[p].sentence)
                {
                    Some(&c) => whole = c,
                    None => break,
                }
            }
            // "about 310 of the country's 2,950 stations had run dry, … 340 of
            // them": "them" are the subject's set, the part before "of".
            if let Some(&x) = counts.iter().rev().find(|&&x| {
                x < whole
                    && r.claims[x].sentence == r.claims[p].sentence
                    && scan.is(r.cands[x].last + 1, "of")
                    && r.cands[whole].first <= r.cands[x].last + 4
            }) {
                whole = x;
            }
            // "Of the 6,300 containers, pickets turned back 1,410, and drivers
            // cleared 4,100 of them": a new clause's "them" are the fronted
            // whole the sentence splits, not its first part.
            if clause_and {
                let s0 = scan.sentence_of(cp.first).0;
                let fronted = (s0 + 1..s0 + 3)
                    .find_map(|j| r.layout.claim_at(j))
                    .filter(|&c| c < whole && counts.contains(&c));
                if let Some(c) = fronted.filter(|_| scan.is(s0, "of")) {
                    whole = c;
                }
            }
            if adjacent || usable(whole) || r.claims[whole].frame.partitive {
                out.push(r.edge(EdgeKind::PartOf, p, whole, after, after + 1));
            }
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
        // "some 1,100 of about 160 species": animals sorted into kinds.
        let kinds = r.claims[w].frame.head.as_ref().is_some_and(|h| {
            r.grammar
                .kind_nouns
                .contains(&r.scan.text[h.span.start..h.span.end].to_lowercase())
        });
        if only_determiners && !kinds {
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
    for (i, &w) in counts.iter().enumerate() {
        // The part is the first figure after the whole's comma: "Of the
        // 1,480 spaces across the two sites, 370 are reserved" skips the
        // sites.
        let s1 = scan.sentence_of(r.cands[w].first).1;
        let Some(comma) = (r.cands[w].last + 1..s1).find(|&j| scan.is_punct(j, ',')) else {
            continue;
        };
        let Some(&p) = counts[i + 1..].iter().find(|&&p| r.cands[p].first > comma) else {
            continue;
        };
        let f = r.cands[w].first;
        if f < 2 || r.claims[w].sentence != r.claims[p].sentence {
            continue;
        }
        // "Of the 243 schools", "Of the county's 1,150 firefighters".
        let determiner = |j: usize| {
            r.grammar.definite.contains(scan.low(j))
                || scan.low(j).ends_with("'s")
                || scan.low(j).ends_with("’s")
        };
        let of = (f.saturating_sub(3)..f - 1)
            .find(|&j| scan.is(j, "of") && (j + 1..f).all(determiner))
            .unwrap_or(f - 2);
        // "… said that of the 196 salmon counted, 219 were farmed": after a
        // reporting "that" the whole opens a clause as it would a sentence
        // (not "higher than that of the …").
        let after_that = of >= 2
            && scan.is(of - 1, "that")
            && !matches!(scan.low(of - 2), "than" | "as" | "like" | "to");
        let opens = scan.is(of, "of") && of + 1 < f && (r.opens_sentence(of) || after_that);
        // "Out of 88 applicants, just seven".
        let out_of = scan.is(f - 2, "out") && scan.is(f - 1, "of") && scan.sentence_initial(f - 2);
        let comma = (r.cands[w].last + 1..r.cands[p].first).any(|j| scan.is_punct(j, ','));
        // "Of the two candidates, Tell won 5,400 votes": another noun is no part.
        // "Of the 46,200 members eligible to vote, 31,900 returned ballots":
        // after a fronted whole a past form next to the part is its verb, and
        // the part's noun is the whole's, left unsaid.
        let verb_next = r.grammar.is_past_form(scan.low(r.cands[p].last + 1))
            && r.layout.claim_at(r.cands[p].last + 1).is_none();
        // Sums of money are parts of a sum in the same currency.
        let same_noun = if r.claims[w].kind == claimcheck_claims::Kind::Money {
            r.claims[p].unit == r.claims[w].unit
        } else {
            r.claims[p].frame.head.is_none() || r.head_class(p) == r.head_class(w) || verb_next
        };
        if (opens || out_of) && comma && same_noun {
            out.push(r.edge(EdgeKind::PartOf, p, w, of.min(f - 2), f - 1));
            // "Of the 1,870 buildings inspected, 412 have been declared
            // unsafe and 1,960 need repairs": a part joined to the first by
            // "and" (or a comma) with a verb of its own splits the same
            // whole.
            let mut prev = p;
            for &q in counts[i + 1..].iter().skip_while(|&&q| q <= p) {
                let cq = &r.cands[q];
                if r.claims[q].sentence != r.claims[p].sentence {
                    break;
                }
                let joined = (scan.is(cq.first - 1, "and") || scan.is_punct(cq.first - 1, ','))
                    && (r.cands[prev].last + 1..cq.first - 1)
                        .all(|j| r.layout.claim_at(j).is_none());
                let own_verb = !scan.is(cq.last + 1, "of")
                    && (r.grammar.is_past_form(scan.low(cq.last + 1))
                        || matches!(
                            scan.low(cq.last + 1),
                            "have"
                                | "has"
                                | "had"
                                | "were"
                                | "are"
                                | "need"
                                | "needed"
                                | "remain"
                                | "remained"
                        ));
                // The verb follows the figure at once, so any noun the frame
                // found is the verb's object ("need repairs"), not the
                // figure's own.
                if !(joined && own_verb) {
                    break;
                }
                out.push(r.edge(EdgeKind::PartOf, q, w, of.min(f - 2), f - 1));
                prev = q;
            }
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
        if let Some(w) = deed_named_whole(r, counts, p, class) {
            out.push(r.edge_at(EdgeKind::PartOf, p, w, head.span));
            continue;
        }
        // The metrics the of-phrase's noun is a cue of ("escapees" → escaped).
        let named = r.metrics_named(head.span);
        // "26 of the dead whales": a word before the noun that is a cue of
        // a metric names the whole by it ("The other 22 … died"), not by
        // the noun ("Forty-one whales were refloated").
        let head_at = r
            .scan
            .tokens
            .partition_point(|t| t.span().start < head.span.start);
        let modifier: Vec<String> = (r.cands[p].last + 1..head_at)
            .flat_map(|j| r.metrics_named(r.scan.tokens[j].span()))
            .collect();
        let high = |k: usize| match &r.claims[k].value {
            claimcheck_claims::Value::Number(i) => i.high.unwrap_or(i.nominal),
            _ => rust_decimal::Decimal::ZERO,
        };
        // "Around 300 of those workers": a demonstrative points at the group
        // the story is about, not at the base a share was taken of.
        let demonstrative = matches!(r.scan.low(r.cands[p].last + 2), "those" | "these")
            && r.scan.is(r.cands[p].last + 1, "of");
        // The largest earlier figure per source: a part of every source's whole.
        let mut best: Vec<(Option<String>, usize)> = Vec::new();
        let lo = r.window(p).start;
        let from = counts.partition_point(|&w| w < lo);
        let to = counts.partition_point(|&w| w < p);
        for &w in &counts[from..to] {
            let cw = &r.claims[w];
            // A vague quantity ("scores of containers") is no whole to count
            // a part against.
            // "The other 22 … died" is the set "the dead whales" names,
            // whatever its scope word sets it apart from.
            let by_modifier = cw.metric.as_ref().is_some_and(|m| modifier.contains(m));
            if cw.frame.partitive
                || cw.bound() == claimcheck_claims::Bound::Vague
                || (demonstrative && share_base(r, w))
                || r.claims[p].sentence.saturating_sub(cw.sentence) > REACH
                || !(by_modifier || r.same_scope_loose(p, w))
            {
                continue;
            }
            // "Thirty-three of its members": the pronoun points at the latest
            // topic, in its own sentence or the one before, not at a group two
            // sentences back ("29 members of the Centre Party").
            let pronoun = fp
                .owner
                .as_deref()
                .is_some_and(|o| matches!(o, "its" | "their" | "his" | "her"));
            if pronoun && cw.sentence + 1 < r.claims[p].sentence {
                continue;
            }
            // "two of Mabry's votes" after "1,412 votes to 1,409 for Colin
            // Mabry": a named owner picks the figure the name stands by.
            if let Some(owner) = fp.owner.as_deref().filter(|_| !pronoun) {
                if cw.frame.owner.as_deref() != Some(owner)
                    && nearest_to_name(r, counts, w, owner).is_some_and(|k| k != w)
                {
                    continue;
                }
            }
            // "61,200 tickets on sale, and more than 95% of them were sold.
            // School parties bought 19,440 of the tickets": once a share of
            // the whole is singled out by what happened to it, "the tickets"
            // may be those, so the whole is no longer known.
            // Only when "them" can only be this whole: the next figure after
            // it, and it no whole of a part before it ("84 of the 1,206
            // bridges … and 11 of them" are of the 84).
            let whole_of_part =
                (r.cands[w].first.saturating_sub(4)..r.cands[w].first).any(|j| r.scan.is(j, "of"));
            let narrowed = !whole_of_part
                && (w + 1..p)
                    .find(|&k| r.claims[k].kind != Kind::Date)
                    .is_some_and(|k| {
                        let ck = &r.claims[k];
                        // "to shut 14 local papers" … "will close 14 of
                        // its 31": a part of the whole's own size restates
                        // it, narrowing nothing.
                        matches!(ck.kind, Kind::Percent | Kind::Count)
                            && ck.frame.partitive
                            && ck.frame.head.is_none()
                            && ck.frame.predicate.is_some()
                            && ck.sentence <= cw.sentence + 1
                            && ck.value != cw.value
                    });
            if narrowed {
                continue;
            }
            // "2,040 of the evacuees" after "1,870 people had been moved
            // out": the noun's class by what was done to its things.
            let by_head = (r.head_class(w) == Some(class)
                || r.head_class(w).is_some_and(|c| {
                    r.grammar
                        .class_by_noun
                        .get(&*head.lemma)
                        .is_some_and(|d| d == c)
                }))
                && cw.frame.head.is_some();
            // "1,870 flights were diverted" … "1,960 of the diversions": the
            // of-phrase's noun names the whole's deed.
            let by_deed = cw.frame.predicate.as_deref().is_some_and(|v| {
                let (v, h) = (v.to_lowercase(), &*head.lemma);
                v.len() >= 6 && h.len() >= 6 && v.get(..5) == h.get(..5)
            });
            let by_metric = cw.metric.as_ref().is_some_and(|m| named.contains(m));
            if !modifier.is_empty() && !by_modifier {
                continue;
            }
            if !(by_head || by_metric || by_modifier || by_deed) {
                continue;
            }
            let src = cw.source.as_ref().map(|s| s.name.to_lowercase());
            match best.iter_mut().find(|(s, _)| *s == src) {
                Some(slot) if high(w) > high(slot.1) => slot.1 = w,
                Some(_) => {}
                None => best.push((src, w)),
            }
        }
        // "Some 742 of the national bridges": words the of-phrase puts before
        // its noun name the whole ("1,206 national road bridges"), not a
        // subset another voice gave ("611 bridges were in good condition").
        let named_by = |k: usize, h: &claimcheck_claims::Head| -> Vec<String> {
            let scan = r.scan;
            let end = scan
                .tokens
                .partition_point(|t| t.span().start < h.span.start);
            (r.cands[k].last + 1..end)
                .filter(|&j| scan.kind(j) == Some(crate::scan::TokenKind::Word))
                .map(|j| scan.low(j).to_string())
                .filter(|w| w != "of" && !r.grammar.function_words.contains(w.as_str()))
                .filter(|w| !r.grammar.definite.contains(w.as_str()))
                .collect()
        };
        let wanted = named_by(p, head);
        let fits = |w: usize| {
            r.claims[w]
                .frame
                .head
                .as_ref()
                .is_some_and(|h| named_by(w, h).iter().any(|m| wanted.contains(m)))
        };
        let any_fits = !wanted.is_empty() && best.iter().any(|&(_, w)| fits(w));
        for (_, w) in best {
            if any_fits && !fits(w) {
                continue;
            }
            out.push(r.edge_at(EdgeKind::PartOf, p, w, head.span));
        }
    }
}

/// "dug eleven of the buried skiers out" after "nine were completely
/// buried"; "Of those treated, 41 …" after "doctors have treated 38
/// patients"; "2,460 of the children vaccinated aboard had …" after "the
/// remaining 2,290 were vaccinated on board": a participle that names a group
/// by what befell it points at the latest count that deed befell, told as the
/// verb's object or as its passive subject ("45 tested positive" is neither:
/// its deed is no group's).
fn participle_named_whole(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    let g = r.grammar;
    let participle = |j: usize| {
        let w = scan.low(j);
        scan.kind(j) == Some(crate::scan::TokenKind::Word)
            && w.len() >= 5
            && g.is_past_form(w)
            && r.layout.claim_at(j).is_none()
    };
    let be = |j: usize| {
        matches!(
            scan.low(j),
            "was" | "were" | "been" | "be" | "being" | "is" | "are"
        )
    };
    for &p in counts {
        let c = &r.cands[p];
        let (s0, s1) = scan.sentence_of(c.first);
        let mut deed_at = None;
        if scan.is(c.last + 1, "of") && matches!(scan.low(c.last + 2), "the" | "those" | "these") {
            let j = c.last + 3;
            if participle(j) {
                // "the buried skiers", "those rescued by helicopter".
                deed_at = Some(j);
            } else if j + 1 < s1
                && scan.kind(j) == Some(crate::scan::TokenKind::Word)
                && !g.function_words.contains(scan.low(j))
                && participle(j + 1)
                // "the children vaccinated aboard had …": the clause's own
                // verb comes after; "three of the firms reported losses" has
                // its verb in the participle's place.
                && (j + 2..(j + 6).min(s1)).any(|k| {
                    matches!(
                        scan.low(k),
                        "had" | "have" | "has" | "was" | "were" | "is" | "are" | "did" | "could"
                            | "would" | "will"
                    )
                })
            {
                deed_at = Some(j + 1);
            }
        } else if scan.is(s0, "of")
            && matches!(scan.low(s0 + 1), "those" | "these")
            && participle(s0 + 2)
        {
            // "Of those treated, 41 …": the first figure after the comma.
            let comma = (s0 + 3..c.first).find(|&k| scan.is_punct(k, ','));
            let first_after =
                comma.is_some_and(|k| (k + 1..c.first).all(|m| r.layout.claim_at(m).is_none()));
            if first_after {
                deed_at = Some(s0 + 2);
            }
        }
        let Some(at) = deed_at else {
            continue;
        };
        let deed = scan.low(at);
        let stem = deed.strip_suffix("ed").unwrap_or(deed);
        // "freed" leaves too short a root to tell verbs apart.
        if stem.len() < 4 {
            continue;
        }
        let befell = |w: usize| {
            let cw = &r.claims[w];
            let Some(v) = cw.frame.predicate.as_deref() else {
                return false;
            };
            let v = v.to_lowercase();
            if !v.rsplit('-').next().is_some_and(|v| v.starts_with(stem)) {
                return false;
            }
            let (f, l) = (r.cands[w].first, r.cands[w].last);
            let (w0, w1) = scan.sentence_of(f);
            let is_verb = |k: usize| {
                scan.low(k)
                    .rsplit('-')
                    .next()
                    .is_some_and(|t| t.starts_with(stem))
            };
            // "treated 38 patients": the verb, then its object.
            let object = (f.saturating_sub(4).max(w0)..f).any(is_verb) && object_of_verb(r, w);
            // "nine were completely buried": the figure, a form of "be", the verb.
            let passive = (l + 1..(l + 8).min(w1)).any(|k| is_verb(k) && (l + 1..k).any(be));
            object || passive
        };
        let class_fits = |w: usize| match (r.head_class(p), r.head_class(w)) {
            (Some(a), Some(b))
                if r.claims[w].frame.head.is_some() && r.claims[p].frame.head.is_some() =>
            {
                a == b || g.generic_heads.contains(a) || g.generic_heads.contains(b)
            }
            _ => true,
        };
        let whole = last_in_window_before(r, counts, p, |&w| {
            let cw = &r.claims[w];
            r.claims[p].sentence - cw.sentence <= REACH
                && cw.bound() != claimcheck_claims::Bound::Vague
                && !r.compound(w)
                && !r.is_baseline(w)
                && !r.is_difference(w)
                && !cw.frame.scope.iter().any(|s| s.starts_with("per "))
                && befell(w)
                && class_fits(w)
                && r.same_scope_loose(p, w)
        });
        if let Some(w) = whole {
            out.push(r.edge(EdgeKind::PartOf, p, w, at, at));
        }
    }
}

/// "Thirteen of the gates tested" after "load-tested 11 of the spillway's 14
/// gates": a participle after the of-phrase's noun names the whole by its
/// deed. The whole is the latest earlier count of that class that the deed
/// befell: the part of an "N of M" ("11"), not the M it was taken from.
fn deed_named_whole(r: &Relator, counts: &[usize], p: usize, class: &str) -> Option<usize> {
    let scan = r.scan;
    let head = r.claims[p].frame.head.as_ref()?;
    let after = scan
        .tokens
        .partition_point(|t| t.span().start < head.span.start)
        + 1;
    let deed = scan.low(after);
    if !(r.grammar.is_past_form(deed) && deed.len() >= 5) || r.layout.claim_at(after).is_some() {
        return None;
    }
    // "gates tested … showed": the participle is the noun's, not the verb of
    // the clause ("Thirteen of the gates failed").
    let verb_follows = (after + 1..(after + 4).min(scan.sentence_of(after).1)).any(|j| {
        scan.kind(j) == Some(crate::scan::TokenKind::Word)
            && !r.grammar.function_words.contains(scan.low(j))
    });
    if !verb_follows {
        return None;
    }
    let stem = &deed[..deed.len() - 2];
    let lo = r.window(p).start;
    let from = counts.partition_point(|&w| w < lo);
    let to = counts.partition_point(|&w| w < p);
    counts[from..to].iter().rev().copied().find(|&w| {
        let cw = &r.claims[w];
        // The class is the count's own noun, or for "11 of the 14 gates"
        // that of the whole it was taken from.
        let own = if cw.frame.head.is_some() {
            r.head_class(w)
        } else {
            counts
                .get(counts.partition_point(|&x| x <= w))
                .filter(|&&x| cw.frame.partitive && r.claims[x].sentence == cw.sentence)
                .and_then(|&x| r.head_class(x))
        };
        let did = cw.frame.predicate.as_deref().is_some_and(|v| {
            let v = v.to_lowercase();
            v.rsplit('-').next().is_some_and(|v| v.starts_with(stem))
        });
        own == Some(class)
            && did
            && cw.bound() != claimcheck_claims::Bound::Vague
            && r.same_scope_loose(p, w)
            // Of "N of M", the N.
            && !(w > 0 && counts.binary_search(&(w - 1)).is_ok() && {
                let before = &r.claims[w - 1];
                before.frame.partitive && before.sentence == cw.sentence && before.frame.head.is_none()
            })
    })
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
            // A threshold or an estimate ("at least 1,991 delegates are
            // needed") is no part of a stated total.
            let one_sided = matches!(
                cp.bound(),
                claimcheck_claims::Bound::AtLeast | claimcheck_claims::Bound::AtMost
            );
            // "independents held on to all four of their seats" … "A party
            // needs 23 seats": a total taken of an owner's set ("of their
            // seats") holds only figures of that owner.
            let owned_elsewhere =
                r.claims[w].frame.partitive && cp.frame.owner != r.claims[w].frame.owner;
            // "In all, 27 papers were rejected" … "4,033 ballot papers
            // cast": a total of the things one deed was done to holds no
            // figure of things another was done to.
            let other_deed = matches!(
                (deed_done(r, w), deed_done(r, p)),
                (Some(a), Some(b)) if a != b
            );
            if cp.sentence == r.claims[w].sentence
                || one_sided
                || owned_elsewhere
                || other_deed
                || cp.frame.definite
                || cp.frame.partitive
                || cp.frame.change
                || r.specific_head(p) != Some(class)
                || !r.same_scope_as_total(p, w)
                || r.total_cue(p).is_some()
            {
                continue;
            }
            out.push(r.edge_at(EdgeKind::PartOf, p, w, cue));
        }
    }
}

/// The count of `w`'s sentence nearest the name `owner` ("for Colin Mabry"),
/// if the sentence names it.
fn nearest_to_name(r: &Relator, counts: &[usize], w: usize, owner: &str) -> Option<usize> {
    let scan = r.scan;
    let (s0, s1) = scan.sentence_of(r.cands[w].first);
    // A proper name ("Mabry"), not a common noun ("the ship's containers").
    let name = (s0..s1).find(|&j| scan.low(j) == owner && scan.capitalized(j) && j > s0)?;
    let here = range_of(counts, r, r.claims[w].sentence);
    counts[here].iter().copied().min_by_key(|&k| {
        let c = &r.cands[k];
        if name < c.first {
            c.first - name
        } else {
            name.saturating_sub(c.last)
        }
    })
}

/// The deed a count's things underwent, by its class: a passive after its
/// noun ("27 papers were rejected") or a participle right after it ("4,033
/// ballot papers cast"); not a verb the count is the object of ("left a
/// combined 412,000 customers without power").
fn deed_done(r: &Relator, k: usize) -> Option<String> {
    let g = r.grammar;
    let scan = r.scan;
    let (_, end) = r.head_tokens(k)?;
    let at = if matches!(scan.low(end), "were" | "was" | "are" | "is") {
        end + 1
    } else {
        end
    };
    let verb = scan.low(at);
    g.is_past_form(verb)
        .then(|| g.deed_of(verb).map_or(verb.to_string(), str::to_string))
}

/// The figure stands as the verb's object, not after a preposition: "rescued
/// 612 people from 14 boats" (612 yes, 14 no).
fn object_of_verb(r: &Relator, w: usize) -> bool {
    let before = r.scan.low(r.cands[w].first.wrapping_sub(1));
    !matches!(
        before,
        "from"
            | "in"
            | "at"
            | "on"
            | "with"
            | "by"
            | "of"
            | "for"
            | "into"
            | "over"
            | "under"
            | "after"
            | "before"
            | "since"
            | "across"
            | "between"
            | "among"
            | "through"
            | "within"
            | "during"
            | "to"
    )
}

/// "Of the homes finished last year, 5,630 were affordable": a sentence opening
/// with a group named by its noun alone; the whole is the nearest earlier count
/// of that noun.
fn opening_noun(r: &Relator, counts: &[usize], out: &mut Vec<Edge>) {
    let scan = r.scan;
    for &p in counts {
        let c = &r.cands[p];
        let (s0, _) = scan.sentence_of(c.first);
        if !(scan.is(s0, "of") && scan.sentence_initial(s0)) {
            continue;
        }
        let mut j = s0 + 1;
        while j < c.first && r.grammar.definite.contains(scan.low(j)) {
            j += 1;
        }
        // The noun group ends at the first function word or comma.
        let mut noun = None;
        while j < c.first
            && scan.kind(j) == Some(crate::scan::TokenKind::Word)
            && !r.grammar.function_words.contains(scan.low(j))
            && r.layout.claim_at(j).is_none()
            && !(noun.is_some() && r.grammar.is_past_form(scan.low(j)))
        {
            noun = Some(j);
            j += 1;
        }
        let Some(noun) = noun else { continue };
        // The part is the first figure after the opening's comma.
        let comma = (noun..c.first).find(|&k| scan.is_punct(k, ','));
        let first_after =
            comma.and_then(|k| (k + 1..=c.first).find(|&t| r.layout.claim_at(t).is_some()));
        if first_after != Some(c.first) {
            continue;
        }
        let class = r
            .grammar
            .class(&r.grammar.lemma(scan.low(noun)))
            .to_string();
        let range =
            counts.partition_point(|&w| w < r.window(p).start)..counts.partition_point(|&w| w < p);
        let whole = counts[range.clone()].iter().rev().copied().find(|&w| {
            !r.claims[w].frame.partitive
                && r.claims[w].sentence < r.claims[p].sentence
                && r.head_class(w) == Some(class.as_str())
        });
        // "Brenmoor buys milk from 1,184 farms … Of those suppliers, 391 …":
        // a demonstrative points back to the set the sentence before
        // counts, whatever role noun names it now.
        let pointed = scan.is(s0 + 1, "those") || scan.is(s0 + 1, "these");
        let whole = whole.or_else(|| {
            let v = r.nominal(p)?;
            counts[range].iter().rev().copied().find(|&w| {
                pointed
                    && r.claims[w].sentence + 1 == r.claims[p].sentence
                    && r.claims[w].kind == claimcheck_claims::Kind::Count
                    && !r.claims[w].frame.partitive
                    && r.specific_head(w).is_some()
                    && r.nominal(w).is_some_and(|x| x > v)
            })
        });
        if let Some(w) = whole {
            out.push(r.edge(EdgeKind::PartOf, p, w, s0, noun));
        }
    }
}
