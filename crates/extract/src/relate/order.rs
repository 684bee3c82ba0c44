//! Order: one dated event comes after another, by the wording.
//!
//! Wordings recognised:
//! - a cue and the earlier event with its date, then the later event's date:
//!   "Following the collapse on 13 March, work was halted on 12 March";
//!   "endorsed her on 6 November, after the vote on 9 November";
//! - a cue naming an event dated elsewhere: "Following the collapse, …
//!   halted on 12 March" (the collapse dated in an earlier sentence that
//!   names it); "Responding to the blackout, the regulator opened an inquiry on
//!   the 14th";
//! - "In response, …" at a sentence's start: the event of the sentence before;
//! - "Ahead of the summit, ministers met on 5 May": a "before" cue opening the
//!   sentence finds its event dated earlier too; a dateline dates no event;
//! - a cause after its effect's date: "The overrun, approved in September 2023,
//!   was prompted by the discovery … in November 2023";
//! - "before"/"ahead of": "signed on 9 May, before the vote on 2 May".
//!   A cue followed by a figure ("after 11 seasons", "before 2030") is a span or
//!   a deadline, not an event, and is left alone.

use super::{Relator, REACH};
use claimcheck_claims::{DateNominal, Edge, EdgeKind, Kind, Tense, Value};

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for (s0, s1) in scan.sentences.iter().copied() {
        let dates: Vec<usize> = dates_in(r, s0, s1);
        let mut j = s0;
        while j < s1 {
            if r.layout.claim_at(j).is_some() {
                j += 1;
                continue;
            }
            let (after, last) = if let Some(e) = r.grammar.order_after.match_at(scan, j, s1) {
                (true, e)
            } else if let Some(e) = having_done(r, j) {
                (true, e)
            } else if let Some(e) = r.grammar.order_before.match_at(scan, j, s1) {
                (false, e)
            } else if let Some(e) = r
                .grammar
                .order_caused_by
                .match_at(scan, j, s1)
                // "was the result of a fault" is a cause; "certified the
                // result of the referendum" is not.
                .filter(|_| {
                    !matches!(scan.low(j), "the" | "a")
                        || j.checked_sub(1).is_some_and(|p| {
                            // "describe it as a response to …".
                            matches!(
                                scan.low(p),
                                "was" | "is" | "were" | "are" | "been" | "be" | "as"
                            ) || scan.is_punct(p, ',')
                        })
                })
            {
                // The cause comes before its effect: the effect's date is earlier
                // in the sentence, the cause's after the cue.
                if let Some(edge) = caused_by(r, &dates, j, e) {
                    out.push(edge);
                }
                j = e + 1;
                continue;
            } else {
                j += 1;
                continue;
            };
            if !nested_gap(r, j, s0) {
                if let Some(edge) = cued(r, &dates, j, last, after, s0) {
                    out.push(edge);
                }
            }
            j = last + 1;
        }
    }
}

/// "shut on Tuesday, 4 March, after a signal fault some two weeks before
/// Saturday's derailment": a gap measured inside another cue's event phrase
/// dates that event, not the clause the first cue governs.
fn nested_gap(r: &Relator, cue: usize, s0: usize) -> bool {
    let scan = r.scan;
    let Some(gap) = r
        .layout
        .claim_at(cue.wrapping_sub(1))
        .filter(|&k| r.claims[k].kind == Kind::Duration)
    else {
        return false;
    };
    let start = r.cands[gap].first;
    (start.saturating_sub(8).max(s0)..start)
        .rev()
        .take_while(|&i| r.layout.claim_at(i).is_none_or(|k| !dated(r, k)))
        .any(|i| matches!(scan.low(i), "after" | "following"))
}

/// "those resignations", "that decision": a demonstrative before the noun.
fn demonstrative(r: &Relator, noun: usize) -> bool {
    matches!(
        r.scan.low(noun.wrapping_sub(1)),
        "those" | "these" | "that" | "this"
    )
}

/// The one date of the nearest sentence before `s0`, up to three back, that
/// dates anything (a dateline does not).
fn last_dated_before(r: &Relator, s0: usize) -> Option<usize> {
    let scan = r.scan;
    let mut at = s0;
    for _ in 0..3 {
        let (p0, p1) = scan.sentence_of(at.checked_sub(1)?);
        let dates: Vec<usize> = dates_in(r, p0, p1)
            .into_iter()
            .filter(|&k| !dateline(r, k))
            .collect();
        match dates.as_slice() {
            [] => at = p0,
            [one] => return Some(*one),
            _ => return None,
        }
    }
    None
}

/// Dated claims of a sentence at day or month precision.
fn dates_in(r: &Relator, s0: usize, s1: usize) -> Vec<usize> {
    let mut out: Vec<usize> = (s0..s1)
        .filter_map(|j| r.layout.claim_at(j))
        .filter(|&k| dated(r, k))
        .collect();
    out.dedup();
    out
}

fn dated(r: &Relator, k: usize) -> bool {
    r.claims[k].kind == Kind::Date
        && matches!(&r.claims[k].value, Value::Date(d) if !matches!(d.nominal, DateNominal::Year(_)) || r.claims[k].frame.year_written)
        && !names_a_thing(r, k)
}

/// "approved the authority's 2026-27 budget on Wednesday", "the 2024
/// accounts": a year between a determiner and a noun names the thing, not
/// when an event happened.
fn names_a_thing(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let (first, last) = (r.cands[k].first, r.cands[k].last);
    let year = matches!(&r.claims[k].value, Value::Date(d)
        if d.low.month() == 1 && d.low.day() == 1 && d.high.month() == 12 && d.high.day() == 31);
    let before = scan.low(first.wrapping_sub(1));
    let determined = matches!(before, "the" | "its" | "their" | "this" | "last" | "next")
        || before.ends_with("'s")
        || before.ends_with("\u{2019}s")
        || scan.is(first.wrapping_sub(1), "s");
    let next = scan.low(last + 1);
    year && determined
        && scan.kind(last + 1) == Some(crate::scan::TokenKind::Word)
        && !r.grammar.function_words.contains(next)
        && !r.grammar.is_past_form(next)
        && !next.ends_with("ing")
}

/// The event phrase after a cue: "the collapse (on 13 March)", "the vote on 9
/// November", "the blackout". `None` when a figure follows ("after 11 seasons").
fn event_after(r: &Relator, last: usize, s1: usize) -> Option<(usize, usize)> {
    let scan = r.scan;
    let mut j = last + 1;
    if let Some(k) = r.layout.claim_at(j) {
        // "after 26 ambulances were left queuing": a counted subject of a
        // clause is an event; "after 11 seasons", "before 2030" are not.
        let noun = r.cands[k].last + 1;
        if let Some(head) = compound_head(r, k, s1) {
            return Some((head, head));
        }
        let clause = r.claims[k].kind == Kind::Count
            && noun < s1
            && scan.kind(noun) == Some(crate::scan::TokenKind::Word)
            && (noun + 1..(noun + 3).min(s1))
                .any(|v| matches!(scan.low(v), "were" | "was" | "had" | "have" | "has"));
        return clause.then_some((noun, noun));
    }
    while j < s1
        && (matches!(
            scan.low(j),
            "the" | "its" | "their" | "his" | "her" | "a" | "an" | "this" | "that" | "those"
                | "these"
        ) || possessive_owner(r, j)
            // "once the divers' findings were in": the owner and its apostrophe.
            || plural_apostrophe(r, j + 1)
            || plural_apostrophe(r, j)
            // "after the planning inspector's report": words before the
            // owner describe the owner; the event is the report.
            || owner_modifier(r, j, s1)
            // "before the first stones fell": the event is the stones'.
            || (j > last + 1
                && matches!(scan.low(j), "first" | "last" | "final")
                && scan.kind(j + 1) == Some(crate::scan::TokenKind::Word)
                && r.grammar.is_past_form(scan.low(j + 2))))
    {
        j += 1;
    }
    if let Some(head) = r.layout.claim_at(j).and_then(|k| compound_head(r, k, s1)) {
        return Some((head, head));
    }
    // "in the wake of the Kessler fall": a name before a kind of event
    // says where it happened; the event is the noun after it.
    let event_word = |t: usize| {
        r.grammar
            .event_group
            .contains_key(&r.grammar.lemma(scan.low(t)))
    };
    // Not an owner's name: "Sven Holm's resignation" is his.
    if let Some(e) = (j + 1..(j + 3).min(s1)).find(|&t| event_word(t) && !scan.capitalized(t)) {
        if (j..e).all(|t| {
            scan.capitalized(t)
                && !scan.sentence_initial(t)
                && scan.kind(t) == Some(crate::scan::TokenKind::Word)
                && !scan.low(t).ends_with("'s")
                && !scan.low(t).ends_with('\u{2019}')
        }) {
            j = e;
        }
    }
    let noun = j;
    let ok = j < s1
        && scan.kind(j) == Some(crate::scan::TokenKind::Word)
        && !r.grammar.function_words.contains(scan.low(j))
        && r.layout.claim_at(j).is_none();
    ok.then_some((noun, j))
}

/// "the Kessler fall": "the" and a name of one or two words before the
/// event noun at `noun`.
fn named_after_the(r: &Relator, noun: usize) -> bool {
    let scan = r.scan;
    (1..=2).any(|n| {
        noun > n
            && (noun - n..noun).all(|t| scan.capitalized(t) && !scan.sentence_initial(t))
            && scan.is(noun - n - 1, "the")
    })
}

/// A word describing the owner of the event noun after it: "planning" in
/// "the planning inspector's report", up to one more word before the owner.
fn owner_modifier(r: &Relator, j: usize, s1: usize) -> bool {
    let scan = r.scan;
    let plain = |t: usize| {
        t < s1
            && scan.kind(t) == Some(crate::scan::TokenKind::Word)
            && !r.grammar.function_words.contains(scan.low(t))
            && r.layout.claim_at(t).is_none()
    };
    // The owner ends at `o`; its event noun follows as a plain word ("the
    // statistics office's Oct 30 release" is dated by its owner's date).
    let owner_ends = |o: usize| {
        (possessive_owner(r, o) && plain(o + 1)) || (plural_apostrophe(r, o) && plain(o + 1))
    };
    // Only a common noun: "Sven Holm's resignation" is found by its owner.
    plain(j)
        && !scan.capitalized(j)
        && !possessive_owner(r, j)
        && (owner_ends(j + 1)
            || owner_ends(j + 2)
            || (plain(j + 1) && (owner_ends(j + 2) || owner_ends(j + 3))))
}

/// "after a one-day national strike": a hyphened figure before its noun
/// describes the event; the noun it describes (up to three words on).
fn compound_head(r: &Relator, k: usize, s1: usize) -> Option<usize> {
    let scan = r.scan;
    let c = &r.cands[k];
    let word = |t: usize| scan.kind(t) == Some(crate::scan::TokenKind::Word);
    let noun = c.last + 1;
    if !(c.last > c.first && scan.is_dash(c.last - 1) && noun < s1 && word(noun)) {
        return None;
    }
    (noun..(noun + 3).min(s1))
        .take_while(|&t| word(t) && !r.grammar.function_words.contains(scan.low(t)))
        .last()
}

/// "Having studied the report, …" opening a sentence: the deed done after the
/// event it names. Returns the participle's index.
fn having_done(r: &Relator, j: usize) -> Option<usize> {
    let scan = r.scan;
    (scan.low(j) == "having"
        && scan.sentence_initial(j)
        && j + 1 < scan.len()
        && (r.grammar.is_past_form(scan.low(j + 1)) || participle(r, scan.low(j + 1))))
    .then_some(j + 1)
}

/// A past participle: "published", "held", "seen" (not "was", "had").
fn participle(r: &Relator, w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || r.grammar.irregular_participles.contains(w)
}

/// "the regulator's review, published in April": a participle after a
/// comma that describes the noun before it, not a main verb resuming.
fn participle_after_noun(r: &Relator, comma: usize) -> bool {
    let scan = r.scan;
    let w = scan.low(comma + 1);
    // A participle takes no object of its own: "published in April",
    // "delivered on 6 November"; "began clearing", "halted work" do.
    !r.grammar.irregular_past.contains(w)
        && matches!(
            scan.low(comma + 2),
            "in" | "on" | "at" | "by" | "last" | "this" | "earlier" | "late" | "early"
        )
}

/// The one date of the sentence after `s1` that names the deed of the past
/// verb at `verb` by a noun of its stem ("declared" → "the declaration").
fn next_sentence_deed(r: &Relator, verb: usize, s1: usize) -> Option<usize> {
    let scan = r.scan;
    let w = scan.low(verb);
    if !w.ends_with("ed") {
        return None;
    }
    let stem = super::stem(w);
    if stem.len() < 5 || s1 >= scan.len() {
        return None;
    }
    let (n0, n1) = scan.sentence_of(s1);
    // A noun of the stem, not the verb again: "declaration", "arrests".
    let named = (n0..n1).any(|j| {
        let x = scan.low(j);
        x.starts_with(stem) && !x.ends_with("ed") && !x.ends_with("ing")
    });
    if !named {
        return None;
    }
    // "A second inspection is planned for 20 May": another deed, or one
    // still to come, is not the one the clause looked back on.
    match dates_in(r, n0, n1).as_slice() {
        [d] if !dateline(r, *d)
            && !matches!(r.claims[*d].frame.tense, Tense::Future | Tense::Modal)
            && !r.claims[*d].frame.marks_another_event() =>
        {
            Some(*d)
        }
        _ => None,
    }
}

/// The verb a noun of a deed is made from, as the start its verb forms
/// share: "declaration" → "declar" ("declared"), "arrival" → "arriv",
/// "announcement" → "announce". `None` when the noun has no such ending or
/// too short a root to tell it from other words.
fn deverbal_root(w: &str) -> Option<&str> {
    ["ation", "ition", "ment", "ion", "al", "ure"]
        .iter()
        .find_map(|suffix| w.strip_suffix(suffix))
        .filter(|root| root.len() >= 5)
}

/// A deverbal noun heading its phrase: "after the declaration, …"; not a
/// modifier ("the regional governor").
fn deverbal_head(r: &Relator, noun: usize) -> bool {
    let scan = r.scan;
    let next = scan.low(noun + 1);
    deverbal_root(scan.low(noun)).is_some()
        && (scan.kind(noun + 1) != Some(crate::scan::TokenKind::Word)
            || r.grammar.function_words.contains(next))
}

/// A verb form of a deverbal noun's root: "declared", "arriving".
fn verb_of_root(x: &str, root: &str) -> bool {
    x.starts_with(root)
        && (x.ends_with("ed") || x.ends_with("ing") || x.ends_with("es"))
        && x.len() <= root.len() + 4
}

/// A word of a clock time or its preposition: "(after) 2 a.m. on", "at
/// noon".
fn clock_word(w: &str) -> bool {
    matches!(
        w,
        "on" | "at"
            | "a"
            | "m"
            | "p"
            | "am"
            | "pm"
            | "a.m"
            | "p.m"
            | "a.m."
            | "p.m."
            | "noon"
            | "midnight"
            | "local"
            | "time"
    )
}

/// The apostrophe of a plural possessive: "the divers' findings".
fn plural_apostrophe(r: &Relator, j: usize) -> bool {
    let scan = r.scan;
    j > 0
        && (scan.is_punct(j, '\'') || scan.is_punct(j, '’'))
        && scan.joined(j)
        && scan.kind(j - 1) == Some(crate::scan::TokenKind::Word)
        && scan.low(j - 1).ends_with('s')
        && scan.kind(j + 1) == Some(crate::scan::TokenKind::Word)
        && !scan.joined(j + 1)
}

/// A possessive pronoun before the event noun: "after his discovery", "in
/// response to their complaint".
fn pronoun_owner(r: &Relator, noun: usize) -> bool {
    noun >= 1 && matches!(r.scan.low(noun - 1), "his" | "her" | "their" | "its")
}

/// An owner before the event noun: "the board's vote", "the regulator's
/// review" (not "it's", "that's").
fn possessive_owner(r: &Relator, j: usize) -> bool {
    owner_named(r, j).is_some()
}

/// The owner's name of a possessive at `j`: "Hallin's" → "hallin"; a
/// plural's apostrophe ("the divers' findings") → "divers".
fn owner_named<'a>(r: &Relator<'a>, j: usize) -> Option<&'a str> {
    if plural_apostrophe(r, j) {
        let owner = r.scan.low(j - 1);
        return (owner.len() > 3 && !r.grammar.function_words.contains(owner)).then_some(owner);
    }
    let w = r.scan.low(j);
    let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))?;
    (r.layout.claim_at(j).is_none()
        && owner.len() > 2
        && !r.grammar.function_words.contains(owner)
        && !matches!(owner, "it" | "that"))
    .then_some(owner)
}

/// A date owning the event after a cue: "following Saturday's leak", "after
/// last week's vote". Returns the date and the noun after it.
fn date_owner(r: &Relator, last: usize, s1: usize) -> Option<(usize, usize)> {
    let k = r.layout.claim_at(last + 1)?;
    let end = r.cands[k].last;
    let w = r.scan.low(end);
    (dated(r, k) && (w.ends_with("'s") || w.ends_with("’s")) && end + 1 < s1)
        .then_some((k, end + 1))
}

/// A date ending in a possessive: "the next day's route", "Thursday's stage".
fn possessive_date(r: &Relator, k: usize) -> bool {
    let w = r.scan.low(r.cands[k].last);
    w.ends_with("'s") || w.ends_with("’s")
}

/// The date standing in an event phrase: "the vote on 9 November".
fn date_in_phrase(r: &Relator, noun: usize, s1: usize, through_commas: bool) -> Option<usize> {
    let scan = r.scan;
    let mut j = noun + 1;
    // Mid-sentence, the cue's phrase runs on past an aside: "after 26
    // ambulances were left queuing outside the hospital, some for up to nine
    // hours, on the evening of Nov 5".
    let reach = if through_commas { 25 } else { 15 };
    let mut crossed = false;
    while j < s1 && j <= noun + reach {
        // "died before a suitable organ was found, fewer than the 455 who
        // died in 2024": past a comma, a comparison or a relative clause
        // tells of other things, dated for themselves.
        if crossed && matches!(scan.low(j), "than" | "who" | "whom" | "whose") {
            return None;
        }
        if let Some(k) = r.layout.claim_at(j) {
            // "after a smaller rockfall a little over three weeks before
            // Sunday's disaster": a gap measured from a date dates the event
            // away from it.
            if r.claims[k].kind == Kind::Duration
                && matches!(
                    scan.low(r.cands[k].last + 1),
                    "before" | "after" | "earlier"
                )
            {
                return None;
            }
            // "surpassed one million on April 28": other figures are part of
            // the event; its date is the one that dates it.
            if dated(r, k) {
                return Some(k);
            }
        }
        // "in response to the regulator's review, published in April"; "a
        // review by Marrant & Lowe, which was delivered on 6 November": a
        // participle or a relative clause set off after the noun dates it.
        // "once the cabinet had voted, on December 4, to cut …": a date set
        // off by commas inside the verb's phrase, which runs on after it,
        // dates the verb. ("After the count ended, on 2 February, rangers
        // fitted …": the main clause follows, and the date is its.)
        if scan.is_punct(j, ',') && matches!(scan.low(j + 1), "on" | "in") {
            if let Some(k) = r.layout.claim_at(j + 2).filter(|&k| dated(r, k)) {
                let after = r.cands[k].last + 1;
                // Only "to" runs the verb on: after "the" or "a" a main
                // clause's subject may stand ("Following the audit, on 10
                // June, the board sacked …").
                let runs_on = scan.is_punct(after, ',') && scan.is(after + 1, "to");
                if runs_on {
                    return Some(k);
                }
            }
        }
        if scan.is_punct(j, ',') {
            let relative = matches!(scan.low(j + 1), "which" | "that")
                && matches!(scan.low(j + 2), "was" | "were");
            let at = if relative { j + 3 } else { j + 1 };
            let reach = if relative { 6 } else { 4 };
            if participle(r, scan.low(at)) {
                if let Some(k) = (at + 1..(at + reach).min(s1))
                    .find_map(|t| r.layout.claim_at(t).filter(|&k| dated(r, k)))
                {
                    return Some(k);
                }
            }
        }
        // "the residents' appeals": a possessive apostrophe ends nothing, nor
        // the ampersand of a firm's name.
        // Nor the hyphen inside "league-record" or "45,000-crown".
        let apostrophe = scan.is_punct(j, '\'')
            || scan.is_punct(j, '’')
            || scan.is_punct(j, '&')
            || (scan.is_dash(j) && scan.joined(j) && scan.joined(j + 1));
        let ends = scan.kind(j) == Some(crate::scan::TokenKind::Punct) && !apostrophe;
        // "Troops, sent in once the governor had declared a state of
        // emergency, began clearing roads on Sunday": a comma and a past verb
        // close the aside; the main clause's date is not the cue's.
        if scan.is_punct(j, ',')
            && r.grammar.is_past_form(scan.low(j + 1))
            && !scan.capitalized(j + 1)
            && !participle_after_noun(r, j)
        {
            return None;
        }
        if ends
            && !(through_commas
                && scan.is_punct(j, ',')
                // "once the summer visitors have gone, so that the lantern
                // room can reopen in spring 2026": a purpose clause is
                // another event.
                && !matches!(
                    scan.low(j + 1),
                    "and" | "but" | "while" | "which" | "who" | "so" | "because" | "although"
                ))
        {
            return None;
        }
        crossed |= ends;
        j += 1;
    }
    None
}

fn cued(
    r: &Relator,
    dates: &[usize],
    cue: usize,
    last: usize,
    after: bool,
    s0: usize,
) -> Option<Edge> {
    let scan = r.scan;
    let s1 = scan.sentence_of(cue).1;
    // "Only once consent had been granted did the contractor start …": an
    // inverted cue opens its sentence like a plain one.
    let inverted = cue == s0 + 1 && scan.is(s0, "only");
    // "the following: …", "after the bridge", "before the court": no event.
    if scan.is(cue.wrapping_sub(1), "the") || scan.is(cue.wrapping_sub(1), "a") {
        return None;
    }
    // "Their findings were sent in May 2023, and in response to them the
    // board dismissed its head in February 2023": a pronoun after the cue
    // points at the event dated before it in the sentence.
    let p = last + 1;
    let pronoun = matches!(scan.low(p), "them" | "it" | "this" | "these")
        && (scan.kind(p + 1) == Some(crate::scan::TokenKind::Punct)
            || matches!(scan.low(p + 1), "a" | "an")
            || r.grammar.definite.contains(scan.low(p + 1)));
    if pronoun {
        // Opening the sentence, the pronoun points at the sentence before
        // and its one date.
        let before_sentence = || {
            scan.sentence_initial(cue)
                .then(|| one_date_before(r, s0))
                .flatten()
        };
        let other = dates
            .iter()
            .copied()
            .rfind(|&k| r.cands[k].last < cue)
            .or_else(before_sentence)?;
        let this = dates
            .iter()
            .copied()
            .find(|&k| r.cands[k].first > p && r.cands[k].first - p <= 20)?;
        let (from, to) = if after { (this, other) } else { (other, this) };
        let mut e = r.edge(EdgeKind::Order, from, to, cue, p);
        e.part = Some(this);
        return Some(e);
    }
    if let Some((noun, _)) = event_after(r, last, s1) {
        // "after the Kelby junction": a name may stand before the place noun.
        let words: Vec<usize> = (noun..(noun + 5).min(s1))
            .take_while(|&j| scan.kind(j) == Some(crate::scan::TokenKind::Word))
            .collect();
        let place_at = words[..words.len().min(3)]
            .iter()
            .position(|&j| r.grammar.not_events.contains(&r.grammar.lemma(scan.low(j))));
        // "after the court ruling in June", "once the court had thrown out
        // the appeals": an event noun after the place, or a verb, makes the
        // phrase an event.
        let event_follows = place_at.is_some_and(|i| {
            words[i + 1..].iter().any(|&j| {
                let w = scan.low(j);
                r.grammar.event_group.contains_key(&r.grammar.lemma(w))
                    || r.grammar.is_past_form(w)
                    || (w.len() > 5 && w.ends_with("ing"))
                    || matches!(w, "had" | "has" | "was" | "were" | "have")
            })
        });
        if place_at.is_some() && !event_follows {
            return None;
        }
    }
    // "In response, …" opening a sentence: the event of the sentence before.
    // "Within days the company had begun …": a measured gap opening the
    // sentence needs no comma.
    let bare =
        (scan.is_punct(last + 1, ',') || scan.is(cue, "within")) && scan.sentence_initial(cue);
    let mut far_mention = false;
    let (other, phrase_end) = if let Some(owned) = date_owner(r, last, s1) {
        owned
    } else if bare && after {
        // The event of the sentence before: its one date, and not a status
        // date ("611 aftershocks as of Saturday", "by Monday").
        let prev = s0.checked_sub(1).map(|p| scan.sentence_of(p))?;
        let before: Vec<usize> = dates_in(r, prev.0, prev.1)
            .into_iter()
            .filter(|&k| !dateline(r, k))
            .collect();
        let [only] = before.as_slice() else {
            return None;
        };
        let lead = scan.low(r.cands[*only].first.wrapping_sub(1));
        if matches!(lead, "of" | "by" | "until" | "since" | "till") {
            return None;
        }
        (*only, last)
    } else {
        let (noun, _) = event_after(r, last, s1)?;
        // Only a clause ("after 26 ambulances were left …") runs on past
        // its commas; "after its final concert, having played …, the
        // management said on Tuesday" does not.
        let clause = (noun + 1..(noun + 3).min(s1))
            .any(|v| matches!(scan.low(v), "were" | "was" | "had" | "have" | "has"));
        // "three months after Trade Minister Oksana Pell announced it in a
        // speech … on April 2": a subject and its past verb; the clause's
        // date dates the verb, and an earlier mention is found by the verb,
        // not by a word of the subject's title.
        let verb = (noun + 1..(noun + 6).min(s1))
            .take_while(|&v| scan.kind(v) == Some(crate::scan::TokenKind::Word))
            .find(|&v| r.grammar.is_past_form(scan.low(v)) && !scan.capitalized(v));
        // An inverted cue's phrase ends at the auxiliary that inverts the
        // main clause.
        let end = if inverted {
            (noun + 1..s1)
                .find(|&j| {
                    matches!(
                        scan.low(j),
                        "did" | "does" | "do" | "could" | "would" | "can"
                    )
                })
                .unwrap_or(s1)
        } else {
            s1
        };
        let opening = scan.sentence_initial(cue) || inverted;
        let found = date_in_phrase(r, noun, end, clause && !opening)
            .or_else(|| verb.and_then(|v| date_in_phrase(r, v, end, false)));
        let event_noun = r
            .grammar
            .event_group
            .contains_key(&r.grammar.lemma(scan.low(noun)));
        // Only a named subject gives way to its verb: "after the alert was
        // raised" is still found by "the alert".
        let named_subject = scan.capitalized(noun) && !scan.sentence_initial(noun);
        let noun = verb
            .filter(|_| !event_noun && named_subject)
            .unwrap_or(noun);
        match found {
            Some(d) => (d, r.cands[d].last),
            // "Following the collapse, …": an event told before, found by its
            // noun; only for a cue opening the sentence, whose event is the
            // story's own.
            // "almost a week after the walkout began": a measured gap, so the
            // event is one the story dated.
            // "Ahead of the summit, ministers met on 5 May": likewise for a
            // "before" cue opening the sentence.
            // "opened on Thursday, 23 January in response to the outbreak":
            // mid-sentence, a named kind of event with "the" is one the story
            // dated too, found by its own word (not "the vote" by "this poll").
            // "45 minutes before the first stones fell": a measured gap
            // before a past clause is an event the story dated, too.
            None if ((after || scan.sentence_initial(cue) || past_clause(r, noun, s1))
                && (scan.sentence_initial(cue) || measured(r, cue)))
                || ((scan.is(noun.wrapping_sub(1), "the")
                    || demonstrative(r, noun)
                    || named_after_the(r, noun)
                    || possessive_owner(r, noun.wrapping_sub(1))
                    || pronoun_owner(r, noun))
                    && (r
                        .grammar
                        .event_group
                        .contains_key(&r.grammar.lemma(scan.low(noun)))
                        || deverbal_head(r, noun))) =>
            {
                let opening = (after || scan.sentence_initial(cue) || past_clause(r, noun, s1))
                    && (scan.sentence_initial(cue) || measured(r, cue));
                // Mid-sentence, the story's own event (dated in its lede), or
                // one dated later in the story whose time agrees with the
                // clause's: "will meet on 23 September, the only debate before
                // the vote" is not the vote of 2021 told earlier.
                // "in the wake of Hallin's resignation" … "Mats Hallin walked
                // out in August 2024": an owner named in the mention lets
                // other words of the event find it mid-sentence too.
                let owner = owner_named(r, noun.wrapping_sub(1));
                // "called in after his discovery" … "The bones were spotted
                // on Monday, 7 April": a pronoun's event is one told before,
                // found by other names of its kind too.
                // "days before the fire": a measured gap to a named kind of
                // event finds it by other names of its kind ("The blaze
                // started … on Sunday").
                let named = r
                    .grammar
                    .event_group
                    .contains_key(&r.grammar.lemma(scan.low(noun)));
                let by_group = opening || pronoun_owner(r, noun) || (measured(r, cue) && named);
                // "were moved out on 13 November after the collapse" … "The
                // slope gave way … on 15 November": mid-sentence, a named
                // kind of event is found by other names of its kind when
                // the story tells it in its opening paragraphs, as its own.
                let found = dated_mention(r, noun, s0, by_group, owner, false).or_else(|| {
                    (named && !by_group)
                        .then(|| dated_mention(r, noun, s0, true, owner, false))
                        .flatten()
                        .filter(|&d| r.claims[d].frame.paragraph <= 2)
                });
                far_mention = !opening && found.is_some_and(|d| r.claims[d].frame.paragraph > 1);
                let found = found
                    .or_else(|| event_within(r, noun, s0, s1).map(|(d, _)| d))
                    // "in response to those resignations": a demonstrative
                    // points at the event told last, in the nearest sentence
                    // before that dates one thing.
                    .or_else(|| {
                        demonstrative(r, noun)
                            .then(|| last_dated_before(r, s0))
                            .flatten()
                    })
                    .or_else(|| {
                        // "In the wake of the result, …": the sentence before dates
                        // it. A named kind of event ("the flood") that the sentence
                        // before does not name is another event.
                        if named {
                            return None;
                        }
                        let prev = s0.checked_sub(1).map(|p| scan.sentence_of(p))?;
                        match dates_in(r, prev.0, prev.1).as_slice() {
                            [d] if scan.sentence_initial(cue) => Some(*d),
                            _ => None,
                        }
                    });
                (found?, noun)
            }
            // "Troops, sent in once the governor had declared a state of
            // emergency, began clearing roads on Sunday. The governor signed
            // the declaration on Monday, 19 May": the clause's deed named
            // by its noun in the very next sentence, with one date.
            None => {
                if let Some(inner) = event_within(r, noun, s0, s1) {
                    inner
                } else {
                    let deed = (noun + 1..(noun + 6).min(s1))
                        .take_while(|&v| scan.kind(v) == Some(crate::scan::TokenKind::Word))
                        .find(|&v| {
                            let w = scan.low(v);
                            w.len() > 6 && w.ends_with("ed") && !scan.capitalized(v)
                        })?;
                    (next_sentence_deed(r, deed, s1)?, noun)
                }
            }
        }
    };
    // The event the cue governs: a date of the sentence outside the cue's phrase,
    // nearest to it.
    // "It was only once the cabinet had voted … that Greyfell opened a
    // consultation on November 17": a cleft's cue opens the sentence too.
    let cleft = (cue >= s0 + 2
        && scan.is(s0, "it")
        && matches!(scan.low(s0 + 1), "was" | "is")
        && (s0 + 2..cue).all(|j| matches!(scan.low(j), "only" | "just" | "not" | "until")))
        || inverted;
    let reach = if scan.sentence_initial(cue) || cleft {
        40
    } else {
        20
    };
    // "began on Saturday and, after a pause on Sunday, finished on Monday":
    // set off after a conjunction, the cue leads the clause that follows.
    let leads = scan.is_punct(cue.wrapping_sub(1), ',')
        && matches!(scan.low(cue.wrapping_sub(2)), "and" | "but" | "then");
    let this = dates
        .iter()
        .copied()
        .filter(|&k| {
            k != other && ((r.cands[k].last < cue && !leads) || r.cands[k].first > phrase_end)
        })
        // A cue opening the sentence governs its main clause, however long
        // the subject ("Following the collapse, the operator, state-owned Dost
        // Coal, halted work … on 12 March").
        .filter(|&k| !dateline(r, k) && r.cands[k].first.abs_diff(cue) <= reach)
        // "the earliest start since 2003, after a hot July": a date after
        // "since" bounds a period; it dates no event.
        // Nor does a deadline: "expects 38,000 journeys a day by 2027, up
        // from 26,500 before the extension".
        .filter(|&k| {
            !matches!(
                r.claims[k].frame.preposition.as_deref(),
                Some("since" | "by" | "until" | "till")
            )
        })
        // "the third attempt since the coalition formed in June 2023,
        // following failed motions in March 2024": a "since" clause before
        // the cue bounds the count; the cue governs what it counts.
        .filter(|&k| {
            let first = r.cands[k].first;
            let (c0, _) = r.layout.clause_range(scan, first);
            !(first < cue && (c0..first).any(|j| scan.is(j, "since")))
        })
        // "…, its membership rose; the rival party met on 20 March": a
        // semicolon starts another statement.
        .filter(|&k| {
            let (a, b) = (cue.min(r.cands[k].first), cue.max(r.cands[k].first));
            !(a..b).any(|j| scan.is_punct(j, ';'))
        })
        // "removed the descent from the next day's route, a decision
        // announced on 11 June": a possessive date names a thing; a plain
        // one in the clause dates the deed.
        .min_by_key(|&k| (possessive_date(r, k), r.cands[k].first.abs_diff(cue)));
    // "His remarks came in the wake of the Oct 30 release": a clause with no
    // date of its own is dated where the story told its deed.
    let this = match this {
        Some(k) => k,
        None if after && !dates.iter().any(|&k| k != other && !dateline(r, k)) => {
            let told = governed_elsewhere(r, s0, cue)?;
            // The deed told elsewhere must be past and not marked as another.
            if matches!(r.claims[told].frame.tense, Tense::Future | Tense::Modal)
                || r.claims[told].frame.marks_another_event()
            {
                return None;
            }
            told
        }
        None => return None,
    };
    // A far mention must be the same event: not one marked as another ("the
    // last budget vote took place in 2021"), nor past where the clause is
    // ahead.
    let ahead = |k: usize| matches!(r.claims[k].frame.tense, Tense::Future | Tense::Modal);
    // The mark must stand in the mention's own clause: "The Vikings'
    // previous coach, Mats Hallin, walked out in August 2024" sets the coach
    // apart, not the walk-out.
    let marked_here = |k: usize| {
        let first = r.cands[k].first;
        let (c0, _) = r.layout.clause_range(scan, first);
        r.claims[k].frame.marks_another_event()
            && (c0..first).any(|j| r.grammar.context_bit.contains_key(scan.low(j)))
    };
    if far_mention && (ahead(this) != ahead(other) || marked_here(other)) {
        return None;
    }
    let (from, to) = if after { (this, other) } else { (other, this) };
    // `part` marks the date the cue governs ("Ahead of the summit, ministers
    // met on 5 May"): the one a finding points at.
    let mut e = r.edge(EdgeKind::Order, from, to, cue, last);
    e.part = Some(this);
    Some(e)
}

/// The date of the deed a cue's undated clause names, told in another
/// sentence: its subject, a deed noun with "the" or an owner, dated where the
/// story names it ("The improved offer came after a strike on 17 February.
/// The minister tabled it on 10 February"; "since Oct 28, when Arnst told
/// parliament … His remarks came in the wake of …"); or a pronoun with a verb
/// that stands for the deed of the sentence before ("The board approved the
/// closures on 29 October. It acted on the findings of …").
fn governed_elsewhere(r: &Relator, s0: usize, cue: usize) -> Option<usize> {
    let scan = r.scan;
    // The clause's verb: the first past form or auxiliary before the cue, or
    // the cue itself ("It acted on").
    let verb = (s0..=cue).find(|&v| {
        // "The improved offer came": a past form after a determiner
        // describes the noun.
        let described =
            v > s0 && (r.grammar.definite.contains(scan.low(v - 1)) || scan.is(v - 1, "a"));
        v == cue
            || (!scan.capitalized(v)
                && !described
                && (r.grammar.is_past_form(scan.low(v))
                    || matches!(scan.low(v), "was" | "were" | "had" | "has" | "is" | "are")))
    })?;
    let head = verb.checked_sub(1).filter(|&h| h >= s0)?;
    // A plain subject: a few words, no figure, no punctuation.
    if head > s0 + 4
        || (s0..=head).any(|j| {
            scan.kind(j) != Some(crate::scan::TokenKind::Word) || r.layout.claim_at(j).is_some()
        })
    {
        return None;
    }
    if head == s0 && matches!(scan.low(head), "it" | "they" | "he" | "she") {
        if !r.grammar.pro_verbs.contains(scan.low(verb)) {
            return None;
        }
        let prev = s0.checked_sub(1).map(|p| scan.sentence_of(p))?;
        let told: Vec<usize> = dates_in(r, prev.0, prev.1)
            .into_iter()
            .filter(|&k| !dateline(r, k) && r.claims[k].frame.preposition.as_deref() == Some("on"))
            .collect();
        return match told.as_slice() {
            [d] => Some(*d),
            _ => None,
        };
    }
    let owned = head > s0
        && (matches!(
            scan.low(head - 1),
            "the" | "its" | "his" | "her" | "their" | "this" | "that"
        ) || scan.is(s0, "the")
            || possessive_owner(r, head - 1));
    if !owned
        || !r
            .grammar
            .deed_nouns
            .contains(&r.grammar.lemma(scan.low(head)))
    {
        return None;
    }
    // "… tabled it on 10 February": the sentence after, with the deed as the
    // object of a past verb and the date in its clause.
    let (_, s1) = scan.sentence_of(s0);
    if s1 < scan.len() {
        let (n0, n1) = scan.sentence_of(s1);
        let object =
            (n0 + 1..n1).find(|&j| scan.is(j, "it") && r.grammar.is_past_form(scan.low(j - 1)));
        if let Some(j) = object {
            let date = (j + 1..(j + 6).min(n1))
                .take_while(|&t| scan.kind(t) != Some(crate::scan::TokenKind::Punct))
                .find_map(|t| r.layout.claim_at(t).filter(|&k| dated(r, k)));
            if date.is_some() {
                return date;
            }
        }
    }
    dated_mention(r, head, s0, true, None, false)
}

/// A clause told in the past after the cue's noun: "the first stones fell",
/// "the flames jumped the Sarca river".
fn past_clause(r: &Relator, noun: usize, s1: usize) -> bool {
    let scan = r.scan;
    (noun + 1..(noun + 4).min(s1))
        .take_while(|&v| scan.kind(v) == Some(crate::scan::TokenKind::Word))
        .any(|v| past_verb(r, v))
}

/// A past form ("fell", "traced") or a past auxiliary at `v`; a capital is a
/// name ("Reed").
fn past_verb(r: &Relator, v: usize) -> bool {
    let scan = r.scan;
    (r.grammar.is_past_form(scan.low(v)) && !scan.capitalized(v))
        || matches!(scan.low(v), "was" | "were" | "had")
}

/// An event named inside a cue's past clause, dated where the story tells
/// it: "arrested on 2 September, after detectives traced the getaway car
/// from the Castle Street raid" (the raid of 14 September came before the
/// tracing, so before the arrest); "once its engineers had confirmed the
/// breach at Millhaven Lane" (the bank there gave way on Saturday); "hours
/// after the flames jumped the Sarca river" (the front crossed the Sarca on
/// Monday). A place named with the event must stand in the mention too.
/// Returns the mention's date and the event word.
fn event_within(r: &Relator, noun: usize, s0: usize, s1: usize) -> Option<(usize, usize)> {
    use crate::scan::TokenKind;
    let scan = r.scan;
    let apostrophe = |j: usize| scan.is_punct(j, '\'') || scan.is_punct(j, '’');
    let end = (noun..(noun + 16).min(s1))
        .find(|&j| scan.kind(j) == Some(TokenKind::Punct) && !apostrophe(j))
        .unwrap_or((noun + 16).min(s1));
    let past = |v: usize| past_verb(r, v);
    if !(noun..end).any(past) {
        return None;
    }
    let name = |j: usize| {
        j < end
            && scan.capitalized(j)
            && !scan.sentence_initial(j)
            && r.layout.claim_at(j).is_none()
            && !r.grammar.function_words.contains(scan.low(j))
    };
    (noun..end).find_map(|j| {
        let w = r.grammar.lemma(scan.low(j));
        r.grammar.event_group.get(&w)?;
        // A noun with its determiner ("the raid", "the Castle Street raid")
        // or a verb of the clause ("jumped the Sarca river").
        let determined = (j.saturating_sub(3).max(noun)..j).any(|t| {
            matches!(scan.low(t), "the" | "its" | "their" | "this" | "that")
                || possessive_owner(r, t)
        });
        // "once consent had been granted": a bare noun right after the cue
        // as the subject of a past clause ("after a storm surge killed 47"
        // tells of a new event).
        let subject = j == noun
            && !matches!(scan.low(j.wrapping_sub(1)), "a" | "an")
            && (j + 1..(j + 3).min(end)).any(past);
        if !determined && !past(j) && !subject {
            return None;
        }
        // The place: a name just before the noun, or just after it behind a
        // preposition or "the" ("the breach at Millhaven Lane").
        let mut after = j + 1;
        while after < end && matches!(scan.low(after), "at" | "in" | "on" | "near" | "the" | "of") {
            after += 1;
        }
        let place = (j.saturating_sub(2).max(noun)..j)
            .find(|&t| name(t))
            .or_else(|| (after > j + 1 && name(after)).then_some(after))
            .map(|t| scan.low(t));
        let d = dated_mention(r, j, s0, true, place, place.is_some())?;
        // "A second raid on Tarn Street followed on 10 June", "another
        // storm will reach Brenn Point on 9 May": another event, or one still
        // to come, is not the one the clause told of.
        let (m0, m1) = scan.sentence_of(r.cands[d].first);
        let another = (m0..m1).any(|t| {
            matches!(
                scan.low(t),
                "second" | "third" | "another" | "new" | "fresh" | "further"
            )
        });
        let ahead = matches!(r.claims[d].frame.tense, Tense::Future | Tense::Modal);
        (!another && !ahead && !r.claims[d].frame.marks_another_event()).then_some((d, j))
    })
}

/// The date of an event named by a noun in an earlier sentence: "the collapse"
/// → "The shaft collapsed on Thursday, 13 March".
fn dated_mention(
    r: &Relator,
    noun: usize,
    s0: usize,
    by_group: bool,
    owner: Option<&str>,
    forward: bool,
) -> Option<usize> {
    let scan = r.scan;
    let word = scan.low(noun);
    let stem: String = word
        .chars()
        .take(word.len().saturating_sub(1).max(4))
        .collect();
    if stem.len() < 4 {
        return None;
    }
    let root = deverbal_root(word);
    // Other names of the same kind of event: "the blackout" → "The failure
    // began …", "the collapse" → "the roof gave way".
    let groups: Vec<&crate::grammar::Phrases> = r
        .grammar
        .event_group
        .get(&r.grammar.lemma(word))
        .filter(|_| by_group || owner.is_some())
        .into_iter()
        .flatten()
        .map(|&g| &r.grammar.event_names[g])
        .collect();
    let first_sentence = scan.tokens[s0].sentence as usize;
    // Earlier sentences, nearest first; an event whose place is named is
    // also sought in the sentences after ("hours after the flames jumped
    // the Sarca river" … "the front crossed the Sarca at about 11 p.m. on
    // Monday"), since the place and a name of its kind tie them.
    let earlier = (first_sentence.saturating_sub(REACH)..first_sentence).rev();
    // Whether a sentence names the event by its own word with no date for
    // it: "its first explosive eruption in 41 years" … "the blast, recorded
    // at 04:40 on 6 October".
    let mut named_undated = false;
    let later = (first_sentence + 1..scan.sentences.len().min(first_sentence + REACH))
        .filter(|_| owner.is_some() && forward);
    for sentence in earlier.chain(later) {
        let (a, b) = scan.sentences[sentence];
        let owned_here = owner.is_none_or(|o| (a..b).any(|j| scan.low(j) == o));
        let names_at = |j: usize| {
            let x = scan.low(j);
            // "the first stones fell" … "Hailstones up to 6 cm across fell":
            // a compound ending in the event's noun names it too.
            // "after the declaration" … "declared a state of emergency at
            // 08:00 on Tuesday": the verb the noun is made from names it.
            // "Ardessa last erupted explosively in 1984": another occasion
            // of the kind.
            let another = matches!(
                scan.low(j.wrapping_sub(1)),
                "last" | "previously" | "previous" | "earlier"
            );
            x.starts_with(&stem)
                || (root.is_some_and(|root| verb_of_root(x, root)) && !another)
                || (word.len() >= 5 && x.len() > word.len() && x.ends_with(word))
                || (owned_here
                    && groups.iter().any(|g| g.match_at(scan, j, b).is_some())
                    && !another)
        };
        if !(a..b).any(names_at) {
            continue;
        }
        named_undated = true;
        // "would push for an electric fleet by 2030": a deadline or a bound
        // dates no event.
        let ds: Vec<usize> = dates_in(r, a, b)
            .into_iter()
            .filter(|&k| {
                // "since Oct 28, when Arnst told parliament": a "when"
                // clause names what happened on the bound's day.
                let when =
                    scan.is_punct(r.cands[k].last + 1, ',') && scan.is(r.cands[k].last + 2, "when");
                // "…, the operator said on Wednesday": the day of a
                // statement dates no event it tells of.
                let first = r.cands[k].first;
                let say = |t: usize| matches!(scan.low(t), "said" | "says" | "told" | "added");
                let reported = first >= 1
                    && (say(first - 1)
                        || (first >= 2
                            && matches!(scan.low(first - 1), "on" | "late" | "early")
                            && say(first - 2)));
                !dateline(r, k)
                    && !reported
                    && (when
                        || !matches!(
                            r.claims[k].frame.preposition.as_deref(),
                            Some("by" | "until" | "till" | "since" | "before")
                        ))
            })
            .collect();
        // "moved the last residents out on Wednesday, two days after the
        // volcano produced its first explosive eruption": a date with an
        // order cue between it and every word naming the event dates
        // something else.
        let ds: Vec<usize> = ds
            .into_iter()
            .filter(|&k| {
                let c = &r.cands[k];
                // "gave way shortly after 2 a.m. on Saturday": a cue with
                // only a clock time between it and the date is the time's own.
                let own = |j: usize| {
                    j < c.first
                        && (j + 1..c.first).all(|t| {
                            scan.kind(t) != Some(crate::scan::TokenKind::Word)
                                || clock_word(scan.low(t))
                        })
                };
                !(a..b).filter(|&m| names_at(m)).all(|m| {
                    let (x, y) = if m < c.first {
                        (m, c.first)
                    } else {
                        (c.last, m)
                    };
                    (x..y).any(|j| {
                        matches!(
                            scan.low(j),
                            "after" | "before" | "following" | "since" | "until" | "once"
                        ) && !own(j)
                    })
                })
            })
            .collect();
        if let [d] = ds.as_slice() {
            return Some(*d);
        }
        if !ds.is_empty() {
            // "The board voted 9-2 on 18 September to make permanent a
            // suspension that began on 1 July": the date whose own verb names
            // the event.
            let mut by_verb = ds.iter().copied().filter(|&k| {
                r.claims[k]
                    .frame
                    .predicate
                    .as_deref()
                    .is_some_and(|p| p.to_lowercase().starts_with(&stem))
            });
            if let (Some(d), None) = (by_verb.next(), by_verb.next()) {
                return Some(d);
            }
            // "published its report on 19 November, after a survey that
            // finished on 28 October": the date in the mention's own clause.
            return clause_mate(r, &ds, a, b, names_at);
        }
    }
    // The story named the event by its word but dated it under another name
    // of its kind: found by those names.
    if named_undated && !by_group && owner.is_none() {
        return dated_mention(r, noun, s0, true, None, forward);
    }
    None
}

/// Of a sentence's dates, the one alone in a clause with a word naming the
/// event (`names_at`).
fn clause_mate(
    r: &Relator,
    ds: &[usize],
    a: usize,
    b: usize,
    names_at: impl Fn(usize) -> bool,
) -> Option<usize> {
    let scan = r.scan;
    let mut mates = ds.iter().copied().filter(|&k| {
        let c = &r.cands[k];
        (a..b).any(|m| {
            names_at(m) && {
                let (x, y) = if m < c.first {
                    (m, c.first)
                } else {
                    (c.last, m)
                };
                !(x..y).any(|j| scan.kind(j) == Some(crate::scan::TokenKind::Punct))
            }
        })
    });
    let first = mates.next()?;
    let Some(second) = mates.next() else {
        return Some(first);
    };
    // "finished its survey on 28 October and published its report on 19
    // November": both dates share the clause run; the one standing right
    // after the naming word ("report on 19 November") is its own.
    let own = |k: usize| {
        let start = r.cands[k].first;
        (a..start).rev().take(2).any(|m| {
            names_at(m) && (m + 1..start).all(|j| matches!(scan.low(j), "on" | "in" | "of"))
        })
    };
    let mut owned = [first, second].into_iter().chain(mates).filter(|&k| own(k));
    let one = owned.next()?;
    owned.next().is_none().then_some(one)
}

/// A duration just before the cue: "a week after", "three days before".
fn measured(r: &Relator, cue: usize) -> bool {
    let Some(prev) = cue.checked_sub(1) else {
        return false;
    };
    // "days after the board's vote", "shortly before the storm": a loose gap.
    r.layout
        .claim_at(prev)
        .is_some_and(|k| r.claims[k].kind == Kind::Duration)
        || r.grammar.order_gap_words.contains(r.scan.low(prev))
}

/// "approved in September 2023, was prompted by the discovery … in November
/// 2023"; "Prompted by the leak reported on 22 May, the owners closed it last
/// Tuesday".
fn caused_by(r: &Relator, dates: &[usize], cue: usize, last: usize) -> Option<Edge> {
    let scan = r.scan;
    // "Tollsund, which followed in 2011": a verb cue without its object says
    // when its subject came, after something told before, not what it came
    // after.
    if scan.is(cue, "followed")
        && cue == last
        && (matches!(
            scan.low(last + 1),
            "in" | "on" | "at" | "soon" | "shortly" | "later" | "suit"
        ) || scan.kind(last + 1) == Some(crate::scan::TokenKind::Punct)
            // "the first infusion followed seven weeks later": a time, not
            // an event, after the verb.
            || r.layout.claim_at(last + 1).is_some_and(|k| {
                matches!(r.claims[k].kind, Kind::Date | Kind::Duration)
            }))
    {
        return None;
    }
    // "CORRANO, Aug 5 — … a wildfire sparked by lightning on Saturday": a
    // dateline dates the filing, not the effect.
    let dates: Vec<usize> = dates.iter().copied().filter(|&k| !dateline(r, k)).collect();
    let dates = dates.as_slice();
    if r.scan.sentence_initial(cue) {
        let cause = dates.iter().copied().find(|&k| r.cands[k].first > last)?;
        let effect = dates
            .iter()
            .copied()
            .find(|&k| r.cands[k].first > r.cands[cause].last)?;
        return Some(r.edge(EdgeKind::Order, effect, cause, cue, last));
    }
    let cause = dates.iter().copied().find(|&k| r.cands[k].first > last)?;
    // "Members were told of the cut in a letter dated 29 August. Board
    // minutes describe it as a response to Fernway … lowering the price …
    // on 4 September": with no date before the cue, a pronoun before it is
    // the one event the sentence before dated.
    let effect = dates
        .iter()
        .copied()
        .rfind(|&k| r.cands[k].last < cue)
        .or_else(|| {
            let (s0, _) = scan.sentence_of(cue);
            // "it" only: "this" may be a determiner ("this year's cut").
            if !(s0..cue).any(|j| scan.is(j, "it")) {
                return None;
            }
            one_date_before(r, s0)
        })?;
    // The cause's date must be in the cue's clause run, not a later aside;
    // a relative clause set off by commas ("Fernway Foods, which takes
    // about 40 per cent of its milk, lowering …") does not count.
    let mut gap = 0;
    let mut aside = false;
    for j in last + 1..r.cands[cause].first {
        if scan.is_punct(j, ',') {
            // ", and in June it also added …": a new clause, with its own
            // time.
            if matches!(scan.low(j + 1), "and" | "but" | "while") {
                return None;
            }
            aside = matches!(scan.low(j + 1), "which" | "who" | "whose");
            continue;
        }
        if !aside {
            gap += 1;
        }
    }
    (gap <= 12).then(|| r.edge(EdgeKind::Order, effect, cause, cue, last))
}

/// The one date (no dateline) of the sentence before the one starting at
/// token `s0`: what a pronoun opening a sentence points back at.
fn one_date_before(r: &Relator, s0: usize) -> Option<usize> {
    let (p0, p1) = r.scan.sentence_of(s0.checked_sub(1)?);
    match dates_in(r, p0, p1)
        .into_iter()
        .filter(|&k| !dateline(r, k))
        .collect::<Vec<_>>()
        .as_slice()
    {
        [d] => Some(*d),
        _ => None,
    }
}

/// "KESSEL, July 18 — …": the date of filing, not of an event in the story.
fn dateline(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let c = &r.cands[k];
    let s0 = scan.sentence_of(c.first).0;
    c.first <= s0 + 4 && scan.is_dash(c.last + 1)
}
