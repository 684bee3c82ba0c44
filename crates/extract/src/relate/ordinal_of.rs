//! Ordinal-of: an ordinal that places one item in a count of the same things.
//!
//! "becoming the bloc's 12th member" … "the enlarged 11-nation bloc": the count
//! includes the newcomer, so the ordinal must equal it (offset 0). "Tarnholm has
//! had 30 mayors" … "its 32nd mayor", "Five other members had already closed" …
//! "the seventh member to quit": the count is of those before, so the ordinal
//! must be one more (offset 1). A count whose wording decides neither is left
//! alone, and so is an ordinal dated by a written year (a past milestone: "the
//! Sharks became its 18th member in 2019").
//!
//! Bounds rather than equalities (`Edge::at_most`): a tally a span ended with
//! ("ended the campaign with 22 league goals", "finished the week with three
//! stage wins") and a definite group told before, of which an ordinal ranks
//! one by a deed ("The five fisheries ministers" … "the sixth minister to
//! initial the text").

use super::{Relator, REACH};
use claimcheck_claims::{Edge, EdgeKind, Kind};

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    listed_occasions(r, out);
    listed_events(r, out);
    named_occasions(r, out);
    ranked_behind(r, out);
    final_item(r, out);
    for o in 0..r.claims.len() {
        let co = &r.claims[o];
        if co.kind != Kind::Ordinal {
            continue;
        }
        // A bare ordinal ("sworn in as its 31st", "the fifth to do so") takes
        // the noun of a count next to it.
        let class = r.specific_head(o);
        if class.is_none() && !bare(r, o) && !generic_then_to(r, o) {
            continue;
        }
        // "the fourth title in 2019" is placed by its year; a year in the
        // clause after ("…, adding to the two he won in 2019 and 2022")
        // dates the others.
        let own_clause =
            |d: usize| r.layout.clause(r.cands[d].first) == r.layout.clause(r.cands[o].first);
        if co
            .frame
            .time()
            .is_some_and(|d| r.written_year(d) && own_clause(d))
        {
            continue;
        }
        // Dated from another clause, only a count of those it adds to places it.
        let dated_elsewhere = co.frame.time().is_some_and(|d| r.written_year(d));
        // "its first cubs since 2011": a first in a period ranks only against
        // a count over the same period ("three strikes since January").
        let in_period = {
            let end = co.frame.head.as_ref().map_or(r.cands[o].last + 1, |h| {
                r.scan
                    .tokens
                    .partition_point(|t| t.span().start < h.span.end)
            });
            // "the first local driver in 19 years to win": likewise a first
            // within a span. "the first junior title for a Sarn rower since
            // 2009": the noun's phrase may stand between.
            let (_, s1) = r.scan.sentence_of(r.cands[o].first);
            (end..(end + 6).min(s1)).any(|j| {
                r.scan.is(j, "since")
                    || (r.scan.is(j, "in")
                        && r.layout
                            .claim_at(j + 1)
                            .is_some_and(|d| r.claims[d].kind == Kind::Duration))
            })
        };
        // "Ostmark had taken the first and third sets": items of an
        // enumeration, not the newest of a count.
        if enumerated(r, o) {
            continue;
        }
        let restriction = restricted_by(r, o);
        let mut best: Option<(usize, usize, i64)> = None;
        for c in r.window(o) {
            let cc = &r.claims[c];
            // "the first elephant born at Keldby … brings the herd to six":
            // an ordinal ranks only those its participle picks out, so a
            // count ranks it only when its own clause says the same verb.
            if let Some(verb) = restriction {
                let (c0, c1) = r.layout.clause_range(r.scan, r.cands[c].first);
                if !(c0..c1).any(|j| super::stem(r.scan.low(j)) == super::stem(verb)) {
                    continue;
                }
            }
            if (in_period && !since(r, c) && !previous_few(r, c))
                || !adds_to(r, o, c)
                || (dated_elsewhere && !joining(r, c))
            {
                continue;
            }
            // "taking its network to 14. … Tallvik … will become the 15th
            // airport": the group's own size reaches two sentences on in its
            // paragraph.
            let near = cc.sentence.abs_diff(co.sentence) <= 1
                || (number_of(r, c)
                    && cc.sentence.abs_diff(co.sentence) <= 2
                    && cc.frame.paragraph == co.frame.paragraph);
            // "joining 21 others", "the number of signatories to forty" in the
            // ordinal's own sentence: a count of the same group, whatever its noun.
            // Not "its first flight" … "the number of carriers to 16": two
            // nouns named are two kinds of thing.
            // A count of members or signatories takes any newcomer ("the
            // 40th city to sign" … "the number of signatories to forty").
            let heads_differ = class.is_some()
                && r.specific_head(c).is_some_and(|h| h != "member")
                && r.specific_head(c) != class;
            let any_noun = near
                && !heads_differ
                && (others_follow(r, c) || number_of(r, c) || joining(r, c) || previous_few(r, c));
            // A bare ordinal ("won that game and the third") takes no noun
            // from a compound that sizes something else ("a six-wicket win").
            let same_noun = match class {
                Some(h) => r.specific_head(c) == Some(h),
                None => near && r.specific_head(c).is_some() && !r.compound(c),
            };
            let exact = exact_count(cc);
            if !r.is_count(c)
                || !exact
                || split_whole(r, c)
                || cc.frame.partitive
                || !(same_noun || any_noun)
                || cc.sentence.abs_diff(co.sentence) > REACH
                || cc.frame.time().is_some_and(|d| {
                    r.written_year(d)
                        && !since(r, c)
                        && !joining(r, c)
                        && !previous_few(r, c)
                        && !listed_earlier(r, c)
                })
                || !cc.frame.scope.iter().all(|s| {
                    s == "other" || s == "previous" || (in_period && s == "past" && since(r, c))
                })
            {
                continue;
            }
            // "the twelfth and final round" … "over the 11 rounds": the last
            // of a series is numbered by the series' own count.
            let last_one = r.scan.is(r.cands[o].last + 1, "and")
                && matches!(r.scan.low(r.cands[o].last + 2), "final" | "last");
            let Some(offset) = offset(r, c, o).or(last_one.then_some(0)) else {
                continue;
            };
            if offset == 0
                && (counts_an_act(r, o) || outranked(r, o) || (sequence_point(r, o) && !last_one))
            {
                continue;
            }
            let distance = cc.sentence.abs_diff(co.sentence);
            if best.is_none_or(|(_, d, _)| distance < d) {
                best = Some((c, distance, offset));
            }
        }
        if let Some((c, _, offset)) = best {
            let mut e = to_count(r, o, c);
            e.offset = offset;
            out.push(e);
        }
    }
    season_tally(r, out);
    times_of_the_deed(r, out);
    group_named_whole(r, out);
}

/// "the five fisheries ministers": a head that modifies the noun after it,
/// which is the class sought.
fn compound_ends_in(r: &Relator, c: usize, class: &str) -> bool {
    let Some(h) = r.claims[c].frame.head.as_ref() else {
        return false;
    };
    let after = r
        .scan
        .tokens
        .partition_point(|t| t.span().start < h.span.end);
    r.scan.kind(after) == Some(crate::scan::TokenKind::Word)
        && r.grammar.class(&r.grammar.lemma(r.scan.low(after))) == class
}

/// "The five fisheries ministers … set the total" … "Petra Alvarsen became
/// the sixth minister to initial the text": a definite count told before
/// names the whole group, so an ordinal of the same things that ranks one of
/// them by a deed ("to initial") can be at most that count. Not a newcomer
/// still to come ("would become the sixth"), which grows the group.
fn group_named_whole(r: &Relator, out: &mut Vec<Edge>) {
    for o in 0..r.claims.len() {
        let co = &r.claims[o];
        let Some(class) = unplaced(r, out, o) else {
            continue;
        };
        if !generic_then_to(r, o)
            || matches!(
                co.frame.tense,
                claimcheck_claims::Tense::Future | claimcheck_claims::Tense::Modal
            )
        {
            continue;
        }
        let whole = r.window(o).filter(|&c| c < o).rfind(|&c| {
            let cc = &r.claims[c];
            let exact = exact_count(cc);
            r.is_count(c)
                && exact
                && cc.frame.definite
                && cc.frame.scope.is_empty()
                && !cc.frame.partitive
                && !cc.frame.change
                && !r.compound(c)
                && cc.sentence.abs_diff(co.sentence) <= REACH
                && (r.specific_head(c) == Some(class) || compound_ends_in(r, c, class))
        });
        if let Some(c) = whole {
            let mut e = to_count(r, o, c);
            e.at_most = true;
            out.push(e);
        }
    }
}

/// "would be the fifth in the observatory's records", "the fourth of the
/// century": an ordinal after "the" with no noun of its own, a preposition
/// next.
fn bare_before_phrase(r: &Relator, o: usize) -> bool {
    let scan = r.scan;
    let c = &r.cands[o];
    scan.is(c.first.wrapping_sub(1), "the")
        && matches!(scan.low(c.last + 1), "in" | "of" | "since" | "on")
        && !matches!(
            scan.low(c.first.wrapping_sub(2)),
            "in" | "at" | "by" | "during"
        )
}

/// "Carrow has erupted three times since records began" … "An eruption now
/// would be the fifth": a bare ordinal whose subject names a deed (its noun
/// sharing the verb's root) still to come ranks after the times that deed is
/// counted so far, told in the perfect: the count is of those before it.
fn times_of_the_deed(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for o in 0..r.claims.len() {
        let co = &r.claims[o];
        if co.kind != Kind::Ordinal
            || !matches!(
                co.frame.tense,
                claimcheck_claims::Tense::Future | claimcheck_claims::Tense::Modal
            )
            || !(bare(r, o) || bare_before_phrase(r, o))
            || out
                .iter()
                .any(|e| e.from == o && e.kind == EdgeKind::OrdinalOf)
        {
            continue;
        }
        // The subject: a noun before the copula, in the ordinal's clause.
        let first = r.cands[o].first;
        let (c0, _) = r.layout.clause_range(scan, first);
        let Some(be) = (c0..first).rev().find(|&j| scan.is(j, "be")) else {
            continue;
        };
        let nouns: Vec<&str> = (c0..be)
            .filter(|&j| scan.kind(j) == Some(crate::scan::TokenKind::Word))
            .map(|j| scan.low(j))
            .filter(|w| w.len() >= 5)
            .collect();
        let root = |w: &str| w.chars().take(5).collect::<String>();
        let count = r.window(o).rev().find(|&c| {
            let cc = &r.claims[c];
            let exact = exact_count(cc);
            exact
                && c < o
                && r.is_count(c)
                && cc.sentence.abs_diff(co.sentence) <= 8
                && cc.frame.tense == claimcheck_claims::Tense::Perfect
                && scan.is(r.cands[c].last + 1, "times")
                && cc.frame.predicate.as_deref().is_some_and(|v| {
                    let v = v.to_lowercase();
                    v.len() >= 5 && nouns.iter().any(|n| root(n) == root(&v))
                })
        });
        if let Some(c) = count {
            let mut e = r.edge(
                EdgeKind::OrdinalOf,
                o,
                c,
                r.cands[c].last + 1,
                r.cands[c].last + 1,
            );
            e.offset = 1;
            out.push(e);
        }
    }
}

/// The participle right after an ordinal's noun that narrows what it ranks:
/// "the first elephant born at Keldby", "the third woman elected to it"
/// (the grammar's subset words and past forms).
fn restricted_by<'a>(r: &Relator<'a>, o: usize) -> Option<&'a str> {
    let (_, next) = r.head_tokens(o)?;
    let narrows = |w: &str| r.grammar.subset_after.contains(w) || r.grammar.is_past_form(w);
    // The noun may have been read as the participle itself.
    let head = r.scan.low(next.saturating_sub(1));
    [head, r.scan.low(next)].into_iter().find(|w| narrows(w))
}

/// Whether a count includes the newest item (0) or counts those before it (1).
fn offset(r: &Relator, c: usize, o: usize) -> Option<i64> {
    let scan = r.scan;
    let cand = &r.cands[c];
    let (c0, c1) = r.layout.clause_range(scan, cand.first);
    let s0 = scan.sentence_of(cand.first).0;
    let words = || (s0.min(c0)..c1).map(|j| scan.low(j));
    // "So far 26 states have ratified it" counts those before a newcomer
    // still to come, or told after the count ("Six nations have so far
    // backed it. Norvalia became the seventh"); told after a newcomer that
    // has come ("a ninth farm" … "so far confirmed on the nine farms"), the
    // count so far includes it.
    let still_to_come = matches!(
        r.claims[o].frame.tense,
        claimcheck_claims::Tense::Future | claimcheck_claims::Tense::Modal
    );
    let so_far = (still_to_come || c < o)
        && (s0.min(c0)..c1).any(|j| {
            (scan.is(j, "so") || scan.is(j, "thus")) && scan.is(j + 1, "far")
                || (scan.is(j, "to") && scan.is(j + 1, "date"))
                || (scan.is(j, "until") && scan.is(j + 1, "now"))
        });
    let before = so_far
        || listed_earlier(r, c)
        || others_follow(r, c)
        || joining(r, c)
        || words().any(|w| {
            matches!(
                w,
                "other" | "already" | "previous" | "before" | "earlier" | "existing"
            )
        })
        || (c0..cand.first)
            .any(|j| matches!(scan.low(j), "has" | "have" | "had") && scan.is(j + 1, "had"));
    if before {
        return Some(1);
    }
    let compound = r.compound(c);
    // "rises to 24 states", "brings the number of airlines to 22": a count
    // reached; "has been linked to two deaths" reaches nothing.
    let to = number_of(r, c)
        || (scan.is(cand.first.wrapping_sub(1), "to")
            && (cand.first.saturating_sub(8).max(s0)..cand.first - 1)
                .any(|j| r.grammar.change.match_at(scan, j, cand.first).is_some()));
    let now = (c0..c1).any(|j| matches!(scan.low(j), "now" | "enlarged" | "expanded"));
    (compound || to || now).then_some(0)
}

/// "the sector's fifth merger since 2010. The previous three — …": a count
/// with no noun of its own after "previous" or "earlier" counts those before.
fn previous_few(r: &Relator, c: usize) -> bool {
    let first = r.cands[c].first;
    r.claims[c].frame.head.is_none()
        && matches!(
            r.scan.low(first.wrapping_sub(1)),
            "previous" | "earlier" | "prior"
        )
}

/// "won four of the previous six titles": a count split between owners by a
/// figure before it counts everyone's, not the ordinal's owner's.
fn split_whole(r: &Relator, c: usize) -> bool {
    let scan = r.scan;
    let mut j = r.cands[c].first;
    while j > 0
        && matches!(
            scan.low(j - 1),
            "the" | "previous" | "last" | "past" | "its" | "their"
        )
    {
        j -= 1;
    }
    j >= 2
        && scan.is(j - 1, "of")
        && r.layout
            .claim_at(j - 2)
            .is_some_and(|k| k != c && r.is_count(k))
}

/// An ordinal joined to another by "and", "or", a comma or a range ("to", a
/// dash): "the first and third sets", "the second, fourth and sixth races",
/// "third to seventh places".
fn enumerated(r: &Relator, o: usize) -> bool {
    let scan = r.scan;
    let ordinal_at = |j: usize| {
        r.layout
            .claim_at(j)
            .is_some_and(|k| k != o && r.claims[k].kind == Kind::Ordinal)
    };
    let (first, last) = (r.cands[o].first, r.cands[o].last);
    // "the prizes for third to seventh places": a range of places is no
    // newest item either.
    let joiner = |j: usize| {
        scan.is(j, "and")
            || scan.is(j, "or")
            || scan.is(j, "to")
            || scan.is(j, "through")
            || scan.is_punct(j, ',')
            || scan.is_dash(j)
    };
    (first >= 2 && joiner(first - 1) && ordinal_at(first - 2))
        || (joiner(last + 1) && ordinal_at(last + 2))
}

/// "joining 21 others": the count is of the others, those before the newcomer.
fn others_follow(r: &Relator, c: usize) -> bool {
    r.scan.is(r.cands[c].last + 1, "others")
}

/// "bringing the number of signatories to forty", "taking its membership to
/// fifteen", "taking its network to 14": a count of the group itself.
fn number_of(r: &Relator, c: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[c].first;
    let s0 = scan.sentence_of(first).0;
    // "taking its network to 14": a verb of bringing, an owner, the group.
    let brings = first >= 4
        && matches!(
            scan.low(first - 4),
            "taking" | "bringing" | "takes" | "brings" | "took" | "brought"
        )
        && matches!(scan.low(first - 3), "its" | "their" | "the" | "his" | "her");
    scan.is(first.wrapping_sub(1), "to")
        && (brings
            || (first.saturating_sub(8).max(s0)..first).any(|j| {
                (scan.is(j, "number") && scan.is(j + 1, "of"))
                    || matches!(scan.low(j), "membership" | "total" | "tally")
            }))
}

/// "joining 99 existing members", "joining the two it already runs",
/// "adding to the two he won in 2019 and 2022": those already in, before the
/// newcomer.
fn joining(r: &Relator, c: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[c].first;
    let before = |n: usize| scan.low(first.wrapping_sub(n));
    let determiner = |w: &str| matches!(w, "the" | "his" | "her" | "its" | "their");
    let joins = |w: &str| matches!(w, "joining" | "joins" | "joined");
    joins(before(1))
        // "joining the two it already runs", "joining the 11 existing
        // clubs": a determiner needs a word saying these are all that were
        // there ("joining the two killed at the scene" may be a few of them).
        || (determiner(before(1))
            && joins(before(2))
            && (first.saturating_sub(3)..first + 6)
                .any(|j| matches!(scan.low(j), "already" | "existing" | "other" | "others")))
        || (before(1) == "to" && matches!(before(2), "adding" | "adds" | "added"))
        || (determiner(before(1))
            && before(2) == "to"
            && matches!(before(3), "adding" | "adds" | "added"))
}

/// "his fourth title …, adding to the two he won": an "adding to" count
/// refers back to the ordinal just before it in its sentence, no other.
fn adds_to(r: &Relator, o: usize, c: usize) -> bool {
    let scan = r.scan;
    let adding = (r.cands[c].first.saturating_sub(3)..r.cands[c].first)
        .any(|j| matches!(scan.low(j), "adding" | "adds" | "added"));
    !adding
        || (o < c
            && r.claims[o].sentence == r.claims[c].sentence
            && (o + 1..c).all(|k| r.claims[k].kind != Kind::Ordinal))
}

/// "has had 30 mayors since the town was incorporated in 1887": a count up to
/// now, though a year stands in its sentence.
fn since(r: &Relator, c: usize) -> bool {
    let scan = r.scan;
    let (s0, s1) = scan.sentence_of(r.cands[c].first);
    // "over the past ten years", "in the last decade": a period up to now.
    let up_to_now = |j: usize| {
        matches!(scan.low(j), "over" | "in" | "during")
            && scan.is(j + 1, "the")
            && matches!(scan.low(j + 2), "past" | "last")
            && r.layout
                .claim_at(j + 3)
                .is_some_and(|d| r.claims[d].kind == Kind::Duration)
    };
    (s0..s1).any(|j| scan.is(j, "since") || up_to_now(j))
}

/// "Only two hospital mergers have gone through in the region over the past
/// ten years: Brennock with Saltley in 2016, and … in 2021": a count whose
/// things a colon lists, one year for each, all before the year of
/// publication, counts those before the newest (and dates nothing itself).
fn listed_earlier(r: &Relator, c: usize) -> bool {
    let scan = r.scan;
    let (_, s1) = scan.sentence_of(r.cands[c].first);
    let Some(colon) = (r.cands[c].last + 1..s1).find(|&j| scan.is_punct(j, ':')) else {
        return false;
    };
    let Some(n) = r
        .nominal(c)
        .and_then(|v| rust_decimal::prelude::ToPrimitive::to_usize(&v))
    else {
        return false;
    };
    // No other figure between the count and its colon.
    if (r.cands[c].last + 1..colon).any(|j| {
        r.layout
            .claim_at(j)
            .is_some_and(|k| r.claims[k].kind != Kind::Duration)
    }) {
        return false;
    }
    let mut years: Vec<usize> = (colon + 1..s1)
        .filter_map(|j| r.layout.claim_at(j))
        .filter(|&k| r.claims[k].kind == Kind::Date)
        .collect();
    years.dedup();
    (2..=12).contains(&n)
        && years.len() == n
        && years.iter().all(|&k| {
            r.written_year(k)
                && r.published_year
                    .is_some_and(|p| r.date_year(k).is_some_and(|y| y < p))
        })
}

/// "the 13th person to complete": a general noun, then what the newcomer did.
fn generic_then_to(r: &Relator, o: usize) -> bool {
    let Some(h) = r.claims[o].frame.head.as_ref() else {
        return false;
    };
    let after = r
        .scan
        .tokens
        .partition_point(|t| t.span().start < h.span.end);
    r.scan.is(after, "to")
}

/// An ordinal with no noun after it, placing its subject: "as its 31st", "the
/// fifth to do so", "will be the 12th.".
fn bare(r: &Relator, o: usize) -> bool {
    let scan = r.scan;
    let c = &r.cands[o];
    let before = scan.low(c.first.wrapping_sub(1));
    let after = c.last + 1;
    // "sealed the win in the 89th", "scored at the 12th": a minute, a hole, a
    // lap, not a place in a count.
    let when = matches!(
        scan.low(c.first.wrapping_sub(2)),
        "in" | "at" | "by" | "during"
    ) && before == "the";
    !when
        && (matches!(before, "its" | "the" | "their")
            || before.ends_with("'s")
            || before.ends_with("’s"))
        && (scan.is(after, "to")
            || after >= scan.len()
            || matches!(scan.kind(after), Some(crate::scan::TokenKind::Punct)))
}

/// "levelled the series on the fourth map and won the deciding fifth" with
/// "a five-map thriller": a higher ordinal of the same things within three
/// sentences makes
/// this one no newcomer, so a count that includes the newest does not place
/// it. A bare ordinal ("the deciding fifth") takes the noun of its sentence.
fn outranked(r: &Relator, o: usize) -> bool {
    let co = &r.claims[o];
    let value = |k: usize| r.nominal(k);
    let class = r.specific_head(o);
    r.window(o).any(|k| {
        let ck = &r.claims[k];
        k != o
            && ck.kind == Kind::Ordinal
            && ck.sentence.abs_diff(co.sentence) <= 3
            && value(k) > value(o)
            && ((class.is_some() && r.specific_head(k) == class)
                || (ck.frame.head.is_none() && ck.sentence == co.sentence))
    })
}

/// "run out of ideas after the third map", "on the fourth day": an ordinal
/// after a preposition of time or sequence and "the" marks a point in a
/// series, not a newcomer a count includes.
fn sequence_point(r: &Relator, o: usize) -> bool {
    let first = r.cands[o].first;
    first >= 2
        && r.scan.is(first - 1, "the")
        && matches!(
            r.scan.low(first - 2),
            "in" | "on" | "at" | "by" | "during" | "after" | "before" | "until" | "from"
        )
}

/// "the fourth member of the 13-nation compact to give up coal": the ordinal
/// counts those that did something other than join (the frame's `act`), so
/// the membership does not place it.
fn counts_an_act(r: &Relator, o: usize) -> bool {
    r.claims[o].frame.act.is_some()
}

/// A bare year: "in 2008", not "on 3 May 2008".
fn bare_year(r: &Relator, k: usize) -> bool {
    r.claims[k].kind == Kind::Date
        && matches!(&r.claims[k].value,
            claimcheck_claims::Value::Date(d) if matches!(d.nominal, claimcheck_claims::DateNominal::Year(_)))
}

/// How many words before an elided ordinal the win it stands for may be named.
const WIN_NOUN_REACH: usize = 10;

/// "Redmarsh claimed the club's fourth league championship" … "who were also
/// champions in 1962, 1979, 1994 and 2008": an ordinal of titles against the
/// earlier ones listed. The edge runs to the last year listed, with all of
/// them as `parts` and `offset` 1 (this one comes after them). Only a run of
/// years right after a word of winning ("won the cup in 1954, 1971 and 1987,
/// and lost finals in 2003 and 2016" lists three), in a sentence that calls
/// them earlier ones; "the first time since 1987" counts no titles.
fn listed_occasions(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let g = r.grammar;
    let years: Vec<usize> = (0..r.claims.len()).filter(|&k| bare_year(r, k)).collect();
    let mut run: Vec<usize> = Vec::new();
    // The sentence calls the years earlier ones; else each ordinal must be
    // dated after all of them ("Venn, champion here in 2018, 2021 and 2023"
    // beside "won … for the third time on Sunday").
    let mut said_earlier = false;
    // "the previous occasions were 1994, 2003, 2011 and 2019": the years of
    // the earlier times, whatever the deed.
    let mut occasions = false;
    let mut i = 0;
    while i < years.len() {
        let first = r.cands[years[i]].first;
        let (s0, s1) = scan.sentence_of(first);
        let won_before = |k: usize| {
            let first = r.cands[k].first;
            (first.saturating_sub(6).max(s0)..first).any(|j| g.win_words.contains(scan.low(j)))
        };
        let earlier = (s0..s1).any(|j| g.earlier_words.contains(scan.low(j)));
        let mut here = vec![years[i]];
        let mut j = i + 1;
        while j < years.len() {
            let gap = r.cands[here[here.len() - 1]].last + 1..r.cands[years[j]].first;
            let separators = gap.len() <= 3
                && gap
                    .clone()
                    .all(|t| scan.is_punct(t, ',') || scan.is(t, "and"));
            // "first lifted the trophy in 2018 and won it again in 2021 and
            // 2023": a win told again joins the list.
            let again = gap.len() <= 7
                && (scan.is(gap.start, "and") || scan.is_punct(gap.start, ','))
                && scan.is(gap.end - 1, "in")
                && gap
                    .clone()
                    .any(|t| scan.is(t, "again") || g.win_words.contains(scan.low(t)))
                && gap.clone().all(|t| r.layout.claim_at(t).is_none());
            if !(separators || again) {
                break;
            }
            here.push(years[j]);
            j += 1;
        }
        let won = here.iter().any(|&k| won_before(k));
        let times = (first.saturating_sub(6).max(s0)..first)
            .any(|j| matches!(scan.low(j), "occasions" | "times"));
        if (won || times) && earlier {
            run = here;
            said_earlier = true;
            occasions = times && !won;
            break;
        }
        if won && run.is_empty() {
            run = here;
        }
        i = j;
    }
    let Some(&last) = run.last() else {
        return;
    };
    let cue = r.claims[run[0]].span.cover(r.claims[last].span);
    let year_of_date = |d: usize| match &r.claims[d].value {
        claimcheck_claims::Value::Date(v) => Some(v.low.year()),
        _ => None,
    };
    // The dateline's year, looked up once: a long text has many ordinals.
    let dateline_year = (0..r.claims.len())
        .find(|&d| r.claims[d].frame.dateline && r.claims[d].kind == Kind::Date)
        .and_then(year_of_date);
    for o in (0..r.claims.len()).filter(|&o| r.claims[o].kind == Kind::Ordinal) {
        let after = r.cands[o].last + 1;
        // "his third world darts championship": up to three words of the
        // title's name before its noun.
        let words: Vec<usize> = (after..(after + 4).min(scan.len()))
            .take_while(|&t| {
                scan.kind(t) == Some(crate::scan::TokenKind::Word)
                    && (t == after || !g.function_words.contains(scan.low(t)))
            })
            .take(3)
            .collect();
        // The ordinal counts titles itself ("fourth league championship"), not
        // people ("the first woman to coach a cup winner").
        // "her fourth Aldmouth victory": a win counts titles too, past the
        // first ("her first win in the city" beside another's "also won in
        // 2023" counts no list).
        let past_first = matches!(&r.claims[o].value,
            claimcheck_claims::Value::Number(i) if i.nominal > rust_decimal::Decimal::ONE);
        let titled = words.iter().any(|&t| {
            g.title_nouns.contains(scan.low(t)) || (past_first && g.win_nouns.contains(scan.low(t)))
        });
        // "won the crown for the third time": a time of winning counts
        // titles too; "the first time since 1987" counts none.
        let time = words.first().is_some_and(|&t| scan.is(t, "time"));
        // "for the first time in four years" is a first within a window
        // back from now, like "since 2021".
        let time_since = time
            && (scan.is(words[0] + 1, "since")
                || (scan.is(words[0] + 1, "in")
                    && (r
                        .layout
                        .claim_at(words[0] + 2)
                        .is_some_and(|d| r.claims[d].kind == Kind::Duration)
                        || matches!(scan.low(words[0] + 2), "a" | "years" | "decades"))));
        let s0 = scan.sentence_of(r.cands[o].first).0;
        let time_of_winning = time
            && !time_since
            && (s0..r.cands[o].first).any(|j| {
                matches!(
                    scan.low(j),
                    "won"
                        | "wins"
                        | "win"
                        | "winning"
                        | "crowned"
                        | "lifted"
                        | "claimed"
                        | "retained"
                        | "clinched"
                )
            });
        // "Sunday's victory was the club's sixth in the event": an ordinal
        // standing for the win its sentence named before it.
        let at_end = r.scan.kind(after) == Some(crate::scan::TokenKind::Punct)
            && (scan.low(r.cands[o].first.wrapping_sub(1)).ends_with("'s")
                || matches!(scan.low(r.cands[o].first.wrapping_sub(1)), "its" | "their"));
        // "its second in three days", "its third in a row": counted within
        // a window, not against the years listed.
        let window = scan.is(after, "in")
            && (r.layout.claim_at(after + 1).is_some() || scan.is(after + 1, "a"));
        let elided_win = (elliptic(r, o) || at_end)
            && !window
            // The win named just before ("Sunday's victory was …"), within a
            // few words: a long sentence stays linear.
            && (r.cands[o].first.saturating_sub(WIN_NOUN_REACH).max(s0)..r.cands[o].first).any(|j| {
                g.win_nouns.contains(scan.low(j))
                    && (j + 1..r.cands[o].first)
                        .any(|t| matches!(scan.low(t), "was" | "is" | "marked" | "became"))
            });
        // "only the sixth time they have beaten …; the previous occasions
        // were …": a time of the deed whose earlier times are listed in its
        // sentence or the next.
        let list_sentence = r.claims[run[0]].sentence;
        let time_of_listed = time
            && !time_since
            && occasions
            && (list_sentence == r.claims[o].sentence || list_sentence == r.claims[o].sentence + 1);
        if !(titled && !time || time_of_winning || elided_win || time_of_listed) {
            continue;
        }
        // "The Foxes' first title came three years ago" with "in 2022"
        // listed: an ordinal dated no later than the last occasion listed is
        // one of them, not the newest.
        let listed_last = year_of(r, last);
        // An ordinal its sentence does not date is of the story's own
        // time, the dateline's: "Marrow called her fourth Aldmouth victory
        // …" after "first won here in 2019 and added titles in 2021, 2022
        // and 2024".
        // A listed year dates the ordinal only in its own clause: "Rovers,
        // champions in 1961, 1978, 1994 and 2011, want … a fourth league
        // title" is a title to come.
        let own_clause = |t: usize| {
            !run.contains(&t)
                || r.layout.clause(r.cands[t].first) == r.layout.clause(r.cands[o].first)
        };
        let own_year = r.claims[o]
            .frame
            .time()
            .filter(|&t| own_clause(t))
            .and_then(year_of_date)
            .or(dateline_year);
        if own_year.zip(listed_last).is_some_and(|(y, l)| y <= l) {
            continue;
        }
        // Unless called earlier, the years must make a list, and the
        // ordinal one past the first.
        let beyond_first = matches!(&r.claims[o].value,
            claimcheck_claims::Value::Number(i) if i.nominal > rust_decimal::Decimal::ONE);
        let a_list_before_it =
            run.len() >= 2 && beyond_first && own_year.zip(listed_last).is_some_and(|(y, l)| y > l);
        if !(said_earlier || a_list_before_it) {
            continue;
        }
        // "Friday's race was the 95th Gold Cup" beside "won the race in
        // 2024": an ordinal far from the count numbers something else.
        if !near_place(r, o, run.len() as i64 + 1) {
            continue;
        }
        if another_winner(r, o, &run) {
            continue;
        }
        let mut e = r.edge_at(EdgeKind::OrdinalOf, o, last, cue);
        e.parts = run.clone();
        e.offset = 1;
        out.push(e);
    }
}

/// "She also won in 2023 and 2024 …" and "Tomas Ekdal won the wheelchair
/// race, his fifth title": a winner named in the ordinal's sentence whom the
/// list's sentence, and the one before it, do not name won other titles.
fn another_winner(r: &Relator, o: usize, run: &[usize]) -> bool {
    let scan = r.scan;
    let Some(&first) = run.first() else {
        return false;
    };
    let (l0, l1) = scan.sentence_of(r.cands[first].first);
    let before = |s: usize| if s > 0 { scan.sentence_of(s - 1).0 } else { s };
    // "Drenović won … for the third time. The 24-year-old grandmaster
    // ended on 6.5 points. He first lifted the trophy in 2018 …": a list
    // told of "he" or "she" may name its winner a sentence further back.
    let pronoun = matches!(scan.low(l0), "he" | "she");
    let from = if pronoun {
        before(before(l0))
    } else {
        before(l0)
    };
    // Near the list: a long sentence stays linear.
    let from = from.max(r.cands[first].first.saturating_sub(LIST_NAME_REACH));
    let to = l1.min(r.cands[first].first + LIST_NAME_REACH);
    winner_of(r, o).is_some_and(|w| !(from..to).any(|t| scan.low(t) == w))
}

/// How many words before an ordinal the winner's name may stand.
const WINNER_REACH: usize = 40;
/// How many words from a list of wins its winner may be named: the list's
/// sentence and the one before it, in all but a run-on text.
const LIST_NAME_REACH: usize = 150;

/// The name right before the first word of winning before the ordinal `o`
/// in its sentence, lower-cased: "Tomas Ekdal won" → "ekdal"; none for a
/// pronoun or a common noun ("She also won", "the club won").
fn winner_of<'a>(r: &Relator<'a>, o: usize) -> Option<&'a str> {
    let scan = r.scan;
    let first = r.cands[o].first;
    let s0 = scan.sentence_of(first).0;
    let win = (first.saturating_sub(WINNER_REACH).max(s0)..first)
        .find(|&j| r.grammar.win_words.contains(scan.low(j)))?;
    // "Ekdal also won", "Venn has won".
    let name = (s0..win)
        .rev()
        .take(3)
        .find(|&j| !matches!(scan.low(j), "also" | "has" | "had" | "have" | "again"))?;
    (scan.capitalized(name)
        && scan.kind(name) == Some(crate::scan::TokenKind::Word)
        && !matches!(scan.low(name), "she" | "he" | "they" | "it" | "we" | "i"))
    .then(|| scan.low(name))
}

/// The year of a date claim whose year is written out.
fn year_of(r: &Relator, k: usize) -> Option<i16> {
    if !r.claims[k].frame.year_written {
        return None;
    }
    r.date_year(k)
}

/// A date that can close a list of occasions without a written year: "…, a
/// commercial mission in 2023 and a weather satellite last October".
fn last_relative(r: &Relator, k: usize) -> bool {
    r.claims[k].kind == Kind::Date
        && !r.claims[k].frame.year_written
        && r.scan.is(r.cands[k].first, "last")
}

/// Runs of two or more dated occasions, with only commas and "and" between:
/// "in August 2022, January 2023 and July 2024", "in 2016, 2018, 2021 and 2023".
fn date_runs(r: &Relator) -> Vec<Vec<usize>> {
    let scan = r.scan;
    let dated: Vec<usize> = (0..r.claims.len())
        .filter(|&k| year_of(r, k).is_some() || last_relative(r, k))
        .collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < dated.len() {
        let mut run = vec![dated[i]];
        let mut j = i + 1;
        while j < dated.len() {
            let gap = r.cands[run[run.len() - 1]].last + 1..r.cands[dated[j]].first;
            let joined = gap.len() <= 2
                && gap
                    .clone()
                    .all(|t| scan.is_punct(t, ',') || scan.is(t, "and"));
            // "a patrol boat in 2009, a survey ship in 2014 and a tanker in
            // 2017": items named with their years.
            // The last item may be dated "last October" with no "in".
            let closing = last_relative(r, dated[j]);
            // "for nine days in 2018, for two days in 2021 and again for a
            // week over Christmas 2023": each item may say how long it ran.
            // "in 1902, when the present lens was fitted; in 1938, when
            // …": items set apart by semicolons, each with its clause.
            let mark = |t: usize| scan.is_punct(t, ',') || scan.is_punct(t, ';');
            let items = gap.len() <= 14
                && (mark(gap.start) || scan.is(gap.start, "and"))
                && gap.end > gap.start + 1
                && (matches!(scan.low(gap.end - 1), "in" | "over" | "during") || closing)
                // "…, and the two Dunmore trusts combined in 2020": a count
                // may describe an item; a date would be one.
                // "22 stores in 2017, 15 in 2020": a count in digits too;
                // "by 10p in September 2021, by 15p in April 2023": a sum.
                && gap.clone().all(|t| match r.layout.claim_at(t) {
                    Some(k) => matches!(r.claims[k].kind, Kind::Count | Kind::Duration | Kind::Money),
                    // "by 15p": a sum the money reader does not take.
                    None => match scan.kind(t) {
                        Some(crate::scan::TokenKind::Word) => true,
                        Some(crate::scan::TokenKind::Number | crate::scan::TokenKind::Mixed) => {
                            scan.is(t.wrapping_sub(1), "by")
                        }
                        _ => mark(t),
                    },
                });
            let joined = joined || items;
            if !joined || last_relative(r, run[run.len() - 1]) {
                break;
            }
            run.push(dated[j]);
            j += 1;
        }
        if last_relative(r, run[0]) {
            i = j;
            continue;
        }
        if run.len() >= 2 {
            runs.push(run);
        }
        i = j;
    }
    runs
}

/// "It was the service's third emergency appeal, after similar calls in
/// August 2022, January 2023 and July 2024"; "the country's fourth offshore
/// auction" … "Previous rounds, held in 2016, 2018, 2021 and 2023"; "Staff
/// also struck in 2023, 2024 and 2025, and this will be the fifth year in a
/// row": an ordinal of occasions against the earlier ones the story dates.
/// The run's sentence must call them earlier ("previous", "also", "after
/// similar …") or make them one kind ("… and Tenby followed suit last
/// year", "did the same"); the ordinal is the nearest one within a few sentences that
/// names an occasion (not a rank, a century or a place), and "N-th year in a
/// row" needs consecutive years. `offset` is 1 (this one comes after them),
/// or 0 when the last one listed is in the ordinal's own year.
fn listed_events(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let g = r.grammar;
    let mut taken = placed(out);
    for run in date_runs(r) {
        let first = r.cands[run[0]].first;
        let (s0, _) = scan.sentence_of(first);
        // "This walkout is the third to cut the routes …: crews stopped work
        // in 2018, in 2021 and over Christmas 2023": a colon after an
        // ordinal's clause opens the list of the occasions it counts.
        let ordinal_at = (s0..first).find(|&t| {
            r.layout
                .claim_at(t)
                .is_some_and(|k| r.claims[k].kind == Kind::Ordinal)
        });
        // Each item its own occasion: not one told in steps ("a first
        // permit, issued in 2021, was annulled in March 2023").
        // An item may bring its own subject and verb: "two men tunnelled
        // out in 1994, a prisoner slipped away … in 2003, and in 2011 …";
        // a verb right after the comma goes on telling the one before.
        let own_clause = |gap: std::ops::Range<usize>| {
            let mut j = gap.start;
            while j < gap.end
                && (scan.is_punct(j, ',') || scan.is_punct(j, ';') || scan.is(j, "and"))
            {
                j += 1;
            }
            j > gap.start
                && j < gap.end
                && !g.is_past_form(scan.low(j))
                && !matches!(scan.low(j), "was" | "were" | "had" | "has" | "is" | "then")
        };
        let one_each = || {
            run.windows(2).all(|w| {
                let gap = r.cands[w[0]].last + 1..r.cands[w[1]].first;
                !gap.clone().any(|j| scan.is(j, "first"))
                    && (gap.clone().all(|j| !g.is_past_form(scan.low(j))) || own_clause(gap))
            })
        };
        let colon_after_ordinal =
            ordinal_at.is_some_and(|o| (o..first).any(|j| scan.is_punct(j, ':'))) && one_each();
        let earlier = colon_after_ordinal
            || (s0..first).any(|j| {
                g.earlier_words.contains(scan.low(j))
                || matches!(scan.low(j), "similar" | "past" | "prior")
                || (scan.is(j, "after") && scan.is(j + 1, "similar"))
                // "the eighth visit to Asia, after tours in 1988, 1996, …";
                // "its fourth win, following victories in 2011, …"; "follows
                // full volume surveys in 1971, …".
                || follows_occasions(r, j, first)
            });
        // "It is the third round of closures since 2016 for the chain, which
        // shut 22 stores in 2017, 15 in 2020 and nine more in 2023": a
        // present ordinal of rounds before a past run in its sentence.
        let rounds_before = || {
            let past = matches!(
                r.claims[run[0]].frame.tense,
                claimcheck_claims::Tense::Past | claimcheck_claims::Tense::Perfect
            );
            past && one_each()
                && (s0..first).any(|t| {
                    r.layout.claim_at(t).is_some_and(|k| {
                        let c = &r.claims[k];
                        c.kind == Kind::Ordinal
                            && c.frame.tense == claimcheck_claims::Tense::Present
                            && c.frame
                                .head
                                .as_ref()
                                .is_some_and(|h| g.round_nouns.contains(&*h.lemma))
                    })
                })
        };
        // "Brackwater's ground became the Dunmore Arena in 2014, Calder's took
        // a bank's name in 2019 and Tenby followed suit last year": an item
        // that did as the others did makes the run occasions of one kind.
        let last_first = r.cands[run[run.len() - 1]].first;
        let followed_suit = (first..last_first).any(|j| {
            (scan.is(j, "followed") && scan.is(j + 1, "suit"))
                || (scan.is(j, "did") && matches!(scan.low(j + 1), "likewise" | "so"))
                || (scan.is(j, "did") && scan.is(j + 1, "the") && scan.is(j + 2, "same"))
        });
        // The ordinals a window or a plan ties to the run, read once.
        let tied: Vec<usize> = [since_window(r, &run), planned_next(r, &run)]
            .into_iter()
            .flatten()
            .collect();
        if !(earlier || followed_suit || rounds_before() || !tied.is_empty()) {
            continue;
        }
        let run_sentence = r.claims[run[0]].sentence;
        let years: Vec<i16> = run.iter().filter_map(|&k| year_of(r, k)).collect();
        let consecutive = years.len() == run.len() && years.windows(2).all(|w| w[1] == w[0] + 1);
        // "Sarn's earlier Founders' Plate wins came in 2016, 2021 and 2023",
        // three paragraphs after "took the Founders' Plate for a third
        // time": a run whose earlier occasions are named by a proper name
        // places the ordinal whose sentence names the same, however far.
        let named = named_occasions_kind(r, s0, first);
        let names_kind = |o: usize| {
            let (o0, o1) = scan.sentence_of(r.cands[o].first);
            !named.is_empty()
                && named
                    .iter()
                    .all(|n| (o0..o1).any(|j| scan.capitalized(j) && scan.low(j) == *n))
        };
        let by_name = r
            .window(run[0])
            .filter(|&o| {
                let c = &r.claims[o];
                c.kind == Kind::Ordinal
                    && !taken.contains(&o)
                    && c.sentence.abs_diff(run_sentence) <= REACH
                    && c.sentence != run_sentence
                    && names_kind(o)
                    && occasion(r, o, &run, &[o])
            })
            .min_by_key(|&o| r.claims[o].sentence.abs_diff(run_sentence));
        let ordinal = by_name.or_else(|| {
            (0..r.claims.len())
                .filter(|&o| {
                    let c = &r.claims[o];
                    c.kind == Kind::Ordinal
                        && !taken.contains(&o)
                        && c.sentence.abs_diff(run_sentence) <= 6
                        && occasion(r, o, &run, &tied)
                })
                .min_by_key(|&o| r.claims[o].sentence.abs_diff(run_sentence))
        });
        let Some(o) = ordinal else { continue };
        if another_winner(r, o, &run) || lists_before_another(r, o, &run) {
            continue;
        }
        let in_a_row = in_a_row(r, o);
        if in_a_row && !consecutive {
            continue;
        }
        let own_year = r.claims[o]
            .frame
            .time()
            .filter(|t| !run.contains(t))
            .and_then(|t| year_of(r, t));
        let last = run[run.len() - 1];
        let offset = i64::from(own_year.is_none_or(|y| Some(y) != year_of(r, last)));
        if !near_place(r, o, run.len() as i64 + offset) {
            continue;
        }
        let cue = r.claims[run[0]].span.cover(r.claims[last].span);
        let mut e = r.edge_at(EdgeKind::OrdinalOf, o, last, cue);
        e.parts = run.clone();
        e.offset = offset;
        out.push(e);
        taken.push(o);
    }
}

/// "in Vestmark's fourth offshore wind auction … down from the third round
/// in 2024. Earlier rounds were held in 2019 and 2021": the run lists the
/// occasions before another ordinal, dated apart and nearer to it, whose
/// place it fits (two before the third); `o` counts those and that one.
fn lists_before_another(r: &Relator, o: usize, run: &[usize]) -> bool {
    let run_sentence = r.claims[run[0]].sentence;
    let distance = r.claims[o].sentence.abs_diff(run_sentence);
    let fits = rust_decimal::Decimal::from(run.len() as i64 + 1);
    (0..r.claims.len()).any(|p| {
        let c = &r.claims[p];
        p != o
            && c.kind == Kind::Ordinal
            && c.sentence.abs_diff(run_sentence) <= distance
            && matches!(&c.value, claimcheck_claims::Value::Number(i) if i.nominal == fits)
            && c.frame
                .time()
                .is_some_and(|d| !run.contains(&d) && r.written_year(d))
    })
}

/// "after tours in 1988, …", "following victories in 2016 …", "follows the
/// club's victories in 1987, …", "after partial remains found there in 1962
/// …": a word of sequence at `j`, then a plural noun of occasions, then the
/// run at `first` a few words on with no punctuation between.
fn follows_occasions(r: &Relator, j: usize, first: usize) -> bool {
    let scan = r.scan;
    if !matches!(scan.low(j), "after" | "following" | "follows" | "followed") {
        return false;
    }
    // "after those opened in 1998, 2006 …": a pronoun for the occasions.
    (j + 1..(j + 6).min(first)).any(|n| {
        (scan.is(n, "those")
            || (scan.low(n).len() > 3
                && scan.low(n).ends_with('s')
                && !scan.low(n).ends_with("ss")))
            && first - n <= 5
            && (n + 1..first).all(|t| scan.kind(t) == Some(crate::scan::TokenKind::Word))
            && scan.is(first - 1, "in")
    })
}

/// Ordinals an earlier recogniser already placed against a list.
fn placed(out: &[Edge]) -> Vec<usize> {
    out.iter()
        .filter(|e| e.kind == EdgeKind::OrdinalOf)
        .map(|e| e.from)
        .collect()
}

/// The ordinal is within two of the place a list gives it: one far from the
/// count ("his 500th appearance" beside three cup wins) counts something else.
fn near_place(r: &Relator, o: usize, place: i64) -> bool {
    matches!(&r.claims[o].value, claimcheck_claims::Value::Number(i)
        if (i.nominal - rust_decimal::Decimal::from(place)).abs() <= rust_decimal::Decimal::TWO)
}

/// "the fifth year in a row", "a third straight season", "the fourth
/// consecutive year".
fn in_a_row(r: &Relator, o: usize) -> bool {
    let scan = r.scan;
    let last = r.cands[o].last;
    (last + 1..last + 3).any(|j| matches!(scan.low(j), "straight" | "consecutive" | "successive"))
        || (last + 1..last + 4).any(|j| {
            (scan.is(j, "in") && scan.is(j + 1, "a") && scan.is(j + 2, "row"))
                || scan.is(j, "running")
        })
}

/// An ordinal that counts occasions: a noun follows that is no rank, part of
/// a period, or place ("fourth-largest", "21st century", "second half",
/// "third floor"), or "in a row" does; it is more than the first, and no
/// written year outside the run dates it. `tied`: ordinals a window or a
/// plan ties to the run ([`since_window`], [`planned_next`]).
fn occasion(r: &Relator, o: usize, run: &[usize], tied: &[usize]) -> bool {
    let c = &r.claims[o];
    let run_sentence = run.first().map(|&k| r.claims[k].sentence);
    // "running the second half alone": the word right after names a part of
    // a period even when the frame, skipping a fraction word, took another.
    let next = r.scan.low(r.cands[o].last + 1);
    if r.grammar.not_occasions.contains(next) {
        return false;
    }
    let noun = match c.frame.head.as_ref() {
        Some(h) => !h.generic && !r.grammar.not_occasions.contains(&*h.lemma),
        None => in_a_row(r, o) || (run_sentence == Some(c.sentence) && elliptic(r, o)),
    };
    let more_than_one = matches!(&c.value, claimcheck_claims::Value::Number(i) if i.nominal > rust_decimal::Decimal::ONE);
    // "the third to cut the routes since the state bought the company in
    // 2016": a year in a since-clause starts the count, it dates no occasion.
    let since_between =
        |d: usize| (r.cands[o].last + 1..r.cands[d].first).any(|j| r.scan.is(j, "since"));
    let dated_apart = c.frame.time().is_some_and(|d| {
        !run.contains(&d)
            && r.written_year(d)
            && r.claims[d].sentence == c.sentence
            && !since_between(d)
    });
    // "the fourth time it has been asked, after polls in 1994, 2003, 2011
    // and 2018": times are occasions when their sentence lists the earlier
    // ones; elsewhere "the third time" may count within a window.
    let time = r.scan.is(r.cands[o].last + 1, "time");
    // "… for the fourth time on Saturday. The win follows the club's
    // victories in 1987, 2001 and 2015": the next sentence may list them
    // when it says they came before. "The second time this month" counts
    // within a period, not against the years.
    let within = (r.cands[o].last + 2..r.cands[o].last + 4)
        .any(|j| matches!(r.scan.low(j), "this" | "since" | "that" | "so" | "in"));
    let listed_here = !within
        && run.first().is_some_and(|&k| {
            let s = r.claims[k].sentence;
            s == c.sentence
                || (s == c.sentence + 1 && {
                    let first = r.cands[k].first;
                    let (s0, _) = r.scan.sentence_of(first);
                    (s0..first).any(|j| follows_occasions(r, j, first))
                })
        });
    more_than_one && !dated_apart && (if time { listed_here } else { noun } || tied.contains(&o))
}

/// "… adding stations in 2021, 2022 and again last summer. The extension
/// planned for this September … will be its third": an ordinal standing for
/// its subject, still to come, in the sentence right after a run of past
/// occasions, is the next of them.
fn planned_next(r: &Relator, run: &[usize]) -> Option<usize> {
    let scan = r.scan;
    let &last = run.last()?;
    let here = r.claims[last].sentence;
    let ahead = |k: usize| {
        matches!(
            r.claims[k].frame.tense,
            claimcheck_claims::Tense::Future | claimcheck_claims::Tense::Modal
        )
    };
    if run.iter().any(|&k| ahead(k)) {
        return None;
    }
    (last + 1..r.claims.len())
        .take_while(|&k| r.claims[k].sentence <= here + 1)
        .find(|&k| {
            let c = &r.claims[k];
            c.kind == Kind::Ordinal
                && c.sentence == here + 1
                && c.frame.tense == claimcheck_claims::Tense::Future
                && matches!(scan.low(r.cands[k].first.wrapping_sub(1)), "its" | "their")
                && scan.kind(r.cands[k].last + 1) == Some(crate::scan::TokenKind::Punct)
        })
}

/// "Wednesday's decision marks the third time the council has put the charge
/// up since 2020. It went up by 10p in September 2021, by 15p in April 2023
/// and by 20p last September": an ordinal "time" counted since a year, in
/// the sentence right before a run whose dates all fall in that window and
/// whose subject is a pronoun for the thing the deed was done to. The run
/// lists the times before it.
fn since_window(r: &Relator, run: &[usize]) -> Option<usize> {
    let scan = r.scan;
    let first = *run.first()?;
    let here = r.claims[first].sentence;
    let (s0, _) = scan.sentence_of(r.cands[first].first);
    if here == 0 || !matches!(scan.low(s0), "it" | "they" | "this") {
        return None;
    }
    let o = (0..first)
        .rev()
        .take_while(|&k| r.claims[k].sentence + 1 >= here)
        .find(|&k| {
            r.claims[k].kind == Kind::Ordinal
                && r.claims[k].sentence + 1 == here
                && scan.is(r.cands[k].last + 1, "time")
        })?;
    let (_, o1) = scan.sentence_of(r.cands[o].first);
    let since = (r.cands[o].last + 1..o1)
        .find(|&j| scan.is(j, "since"))
        .and_then(|j| r.layout.claim_at(j + 1))
        .and_then(|d| year_of(r, d))?;
    run.iter()
        .all(|&k| year_of(r, k).is_none_or(|y| y >= since))
        .then_some(o)
}

/// An ordinal standing for its noun, after an owner or "the" and before a
/// preposition: "the orchestra's fourth to Asia", "its fifth to France",
/// "the fourth for the rocket". A place ("finished fourth", "came third")
/// has no owner.
fn elliptic(r: &Relator, o: usize) -> bool {
    let scan = r.scan;
    let (first, last) = (r.cands[o].first, r.cands[o].last);
    let owned = first > 0
        && (matches!(
            scan.low(first - 1),
            "its" | "their" | "his" | "her" | "the" | "s"
        ) || scan.low(first - 1).ends_with("'s")
            || scan.low(first - 1).ends_with("\u{2019}s"));
    let placed = (first.saturating_sub(3)..first).any(|j| {
        matches!(
            scan.low(j),
            "finished" | "finishing" | "came" | "placed" | "ranked" | "ranks" | "finish"
        )
    });
    // "The breakout was the third since the jail opened": "since" counts
    // the occasions from a start.
    owned && !placed && matches!(scan.low(last + 1), "to" | "for" | "in" | "at" | "since")
}

/// "Skerrow Head is the sixth light the trust has brought back, following
/// Carn Dubh, Inchmore, Eilean Rua, Port Vask, Balnagask and Stroma Ness";
/// "the third country to ratify, after Norland and Vesk": an ordinal of
/// occasions against the earlier ones named in its sentence. The list starts
/// right after "following", "after" or "joining" and is only names (each one to
/// three capitalised words) joined by commas and a closing "and", ending the
/// clause; the edge runs from the ordinal to itself, with the names.
fn named_occasions(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let taken = placed(out);
    for o in 0..r.claims.len() {
        if r.claims[o].kind != Kind::Ordinal || taken.contains(&o) || !occasion(r, o, &[], &[]) {
            continue;
        }
        let (s0, s1) = scan.sentence_of(r.cands[o].first);
        let Some(names) = (s0..s1)
            .filter(|&j| matches!(scan.low(j), "following" | "after" | "joining"))
            .find_map(|j| names_after(r, j + 1, s1))
            .or_else(|| only_before(r, s1))
        else {
            continue;
        };
        if let Some(e) = behind_names(r, o, names) {
            out.push(e);
        }
    }
}

/// "… making it the fourth island in the group to go without one. Until
/// now only Hesta and Vaila, which both lost theirs in 2023, had done so":
/// the sentence after an ordinal's names the ones before it, after "only",
/// when it opens with a word of time before now ("Until now", "Before",
/// "Previously", "So far") or "Only" and says they had done so.
fn only_before(r: &Relator, s1: usize) -> Option<Vec<claimcheck_claims::Span>> {
    let scan = r.scan;
    if s1 >= scan.len() {
        return None;
    }
    let (n0, n1) = scan.sentence_of(s1);
    let opens = matches!(
        scan.low(n0),
        "until" | "before" | "previously" | "only" | "so"
    );
    let had = (n0..n1).any(|j| matches!(scan.low(j), "had" | "have" | "has"));
    if !opens || !had {
        return None;
    }
    let only = (n0..(n0 + 4).min(n1)).find(|&j| scan.is(j, "only"))?;
    names_after(r, only + 1, n1)
}

/// The edge of an ordinal that comes after the names listed (offset 1),
/// from the ordinal to itself; none when the ordinal is far from that place.
fn behind_names(r: &Relator, o: usize, names: Vec<claimcheck_claims::Span>) -> Option<Edge> {
    if !near_place(r, o, names.len() as i64 + 1) {
        return None;
    }
    let cue = names[0].cover(names[names.len() - 1]);
    let mut e = r.edge_at(EdgeKind::OrdinalOf, o, o, cue);
    e.offset = 1;
    e.names = names;
    Some(e)
}

/// Two or more names from token `j`: capitalised words, up to three to a
/// name, joined by ", " and a final "and", the list ending the clause.
fn names_after(r: &Relator, mut j: usize, s1: usize) -> Option<Vec<claimcheck_claims::Span>> {
    let scan = r.scan;
    let name_word = |t: usize| {
        t < s1
            && scan.kind(t) == Some(crate::scan::TokenKind::Word)
            && scan.capitalized(t)
            && r.layout.claim_at(t).is_none()
    };
    let mut names = Vec::new();
    let mut closed = false;
    loop {
        let start = j;
        while name_word(j) && j < start + 3 {
            j += 1;
        }
        if j == start {
            return None;
        }
        names.push(scan.span(start, j - 1));
        if closed {
            break;
        }
        if scan.is_punct(j, ',') && scan.is(j + 1, "and") {
            closed = true;
            j += 2;
        } else if scan.is_punct(j, ',') {
            j += 1;
        } else if scan.is(j, "and") {
            closed = true;
            j += 1;
        } else {
            return None;
        }
    }
    let ends = j >= s1 || matches!(scan.kind(j), Some(crate::scan::TokenKind::Punct));
    (names.len() >= 2 && ends).then_some(names)
}

/// "Only the Stenhoud Palace and the capital's zoo drew bigger crowds, which
/// left the museum fourth": a rank placed behind the few its sentence names
/// as ahead of it. The sentence opens with "Only", lists two to five items
/// joined by commas and "and" up to a past verb with a comparative right
/// after it ("drew bigger", "had more"); the ordinal after them must be one
/// more than the items. The edge runs from the ordinal to itself, with the
/// items as its names.
fn ranked_behind(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let taken = placed(out);
    for o in 0..r.claims.len() {
        if r.claims[o].kind != Kind::Ordinal || taken.contains(&o) {
            continue;
        }
        let (s0, _) = scan.sentence_of(r.cands[o].first);
        if !scan.is(s0, "only") {
            continue;
        }
        let Some(verb) = (s0 + 1..r.cands[o].first).find(|&j| {
            (r.grammar.is_past_form(scan.low(j)) || matches!(scan.low(j), "had" | "have" | "has"))
                && (j + 1..j + 3)
                    .any(|t| r.grammar.comparatives.contains(scan.low(t)) || scan.is(t, "more"))
        }) else {
            continue;
        };
        if (s0 + 1..verb).any(|j| r.layout.claim_at(j).is_some()) {
            continue;
        }
        // The items: runs of words between commas and "and".
        let mut names = Vec::new();
        let mut start = s0 + 1;
        for j in s0 + 1..=verb {
            if j == verb || scan.is(j, "and") || scan.is_punct(j, ',') {
                if j > start {
                    names.push(scan.span(start, j - 1));
                }
                start = j + 1;
            }
        }
        if !(2..=5).contains(&names.len()) {
            continue;
        }
        if let Some(e) = behind_names(r, o, names) {
            out.push(e);
        }
    }
}

/// The proper name an earlier-word gives the occasions a run lists, lower
/// case: "Sarn's earlier Founders' Plate wins came in …" → founders, plate.
/// Empty when the words after "earlier" ("previous", "prior", "past") are
/// not capitalized.
fn named_occasions_kind<'a>(r: &Relator<'a>, s0: usize, first: usize) -> Vec<&'a str> {
    let scan = r.scan;
    let Some(e) = (s0..first).find(|&j| {
        r.grammar.earlier_words.contains(scan.low(j))
            || matches!(scan.low(j), "previous" | "prior" | "past")
    }) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut j = e + 1;
    while j < first && (scan.capitalized(j) || scan.is_punct(j, '\'') || scan.is_punct(j, '’')) {
        if scan.capitalized(j) {
            names.push(scan.low(j));
        }
        j += 1;
    }
    names
}

/// An ordinal-of edge from ordinal `o` to count `c`, cued by the count's noun.
/// Only an exact count can place an ordinal ("more than 40 other countries"
/// cannot).
fn exact_count(c: &claimcheck_claims::Claim) -> bool {
    matches!(&c.value, claimcheck_claims::Value::Number(i) if i.low.is_some() && i.low == i.high)
}

/// The class of an ordinal no ordinal-of edge places yet.
fn unplaced<'r>(r: &'r Relator, out: &[Edge], o: usize) -> Option<&'r str> {
    if r.claims[o].kind != Kind::Ordinal
        || out
            .iter()
            .any(|e| e.from == o && e.kind == EdgeKind::OrdinalOf)
    {
        return None;
    }
    r.specific_head(o)
}

fn to_count(r: &Relator, o: usize, c: usize) -> Edge {
    r.edge_at(EdgeKind::OrdinalOf, o, c, r.noun_span(c))
}

/// "his 23rd league goal of the season" … "ends the campaign as the
/// division's top scorer with 22 league goals": a count its clause calls the
/// tally a span ended on (a verb of ending and a span noun: season, campaign,
/// year, tournament, series) holds every one of its things, so an ordinal of
/// the same noun may reach it but not pass it. Whether the ordinal is the
/// last of them the words seldom say; the bound holds either way.
fn season_tally(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let span_noun = |j: usize| {
        matches!(
            r.grammar.lemma(scan.low(j)).as_str(),
            "season"
                | "campaign"
                | "year"
                | "tournament"
                | "series"
                | "championship"
                | "term"
                | "week"
                | "race"
                | "tour"
                | "regatta"
        )
    };
    for o in 0..r.claims.len() {
        let Some(class) = unplaced(r, out, o) else {
            continue;
        };
        let tally = r.window(o).find(|&c| {
            let cc = &r.claims[c];
            let exact = exact_count(cc);
            if !(r.is_count(c)
                && exact
                && !cc.frame.partitive
                && cc.sentence.abs_diff(r.claims[o].sentence) <= REACH
                && r.specific_head(c) == Some(class))
            {
                return false;
            }
            let (c0, c1) = r.layout.clause_range(scan, r.cands[c].first);
            let ending = (c0..r.cands[c].first).find(|&j| {
                matches!(
                    scan.low(j),
                    "ends"
                        | "ended"
                        | "finishes"
                        | "finished"
                        | "closes"
                        | "closed"
                        | "completes"
                        | "completed"
                )
            });
            ending.is_some_and(|e| (e + 1..c1).any(span_noun))
                // "ends the campaign … with 22": the tally is what the span
                // ended with, not a count inside it ("ended the season with
                // 22 goals in 30 games" still holds).
                && scan.is(r.cands[c].first.wrapping_sub(1), "with")
        });
        if let Some(c) = tally {
            let mut e = to_count(r, o, c);
            e.at_most = true;
            out.push(e);
        }
    }
}

/// "The final turbine … was bolted into place, completing an array of 64
/// machines. … the last set of blades on to the turbine, the farm's 63rd":
/// an ordinal set beside a thing the story calls the final or last of its
/// kind is numbered by the count that thing completes (offset 0). The
/// count is one of the same things or one a completing verb introduces, in
/// the sentence that says "final".
fn final_item(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for o in 0..r.claims.len() {
        if r.claims[o].kind != Kind::Ordinal || out.iter().any(|e| e.from == o) {
            continue;
        }
        let Some(noun) = apposed_noun(r, o) else {
            continue;
        };
        let lemma = r.grammar.lemma(scan.low(noun));
        // Where the thing is called final: just before the noun itself
        // ("the final stage, its 20th") or, for "the turbine", in the
        // sentence before or earlier in the ordinal's own.
        let called_final = |j: usize| {
            matches!(scan.low(j), "final" | "last")
                && r.grammar.lemma(scan.low(j + 1)) == lemma
                // "the final turbine of the first phase": narrowed.
                && !matches!(scan.low(j + 2), "of" | "in" | "for")
        };
        let (s0, _) = scan.sentence_of(noun);
        let from = if s0 > 0 {
            scan.sentence_of(s0 - 1).0
        } else {
            0
        };
        let Some(m) = (from..noun).rev().find(|&j| called_final(j)) else {
            continue;
        };
        let (m0, m1) = scan.sentence_of(m);
        let class = r.grammar.class(&lemma);
        let count = r.window(o).find(|&c| {
            let cc = &r.claims[c];
            let first = r.cands[c].first;
            let exact = exact_count(cc);
            let completing = (first.saturating_sub(5)..first).any(|j| {
                j > m
                    && matches!(
                        scan.low(j),
                        "completing" | "completes" | "completed" | "complete"
                    )
            });
            r.is_count(c)
                && exact
                && (m0..m1).contains(&first)
                && !cc.frame.partitive
                && (completing || r.specific_head(c) == Some(class))
        });
        if let Some(c) = count {
            let cue = scan.span(m, m + 1);
            let mut e = r.edge_at(EdgeKind::OrdinalOf, o, c, cue);
            e.offset = 0;
            out.push(e);
        }
    }
}

/// The noun an ordinal with no noun of its own stands in apposition to:
/// "the turbine, the farm's 63rd", "the final stage, its 20th".
fn apposed_noun(r: &Relator, o: usize) -> Option<usize> {
    let scan = r.scan;
    if r.claims[o].frame.head.is_some() {
        return None;
    }
    let mut j = r.cands[o].first;
    // The ordinal's own determiner or owner: "the", "its", "the farm's".
    let mut skipped = 0;
    while j > 0 && !scan.is_punct(j - 1, ',') && skipped < 3 {
        let w = scan.low(j - 1);
        let owner = w.ends_with("'s") || w.ends_with("’s");
        if !(matches!(w, "the" | "its" | "their") || owner) {
            return None;
        }
        j -= 1;
        skipped += 1;
    }
    if j >= 2 && scan.is_punct(j - 1, ',') && scan.kind(j - 2) == Some(crate::scan::TokenKind::Word)
    {
        Some(j - 2)
    } else {
        None
    }
}
