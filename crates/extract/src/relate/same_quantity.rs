//! Same-quantity: two figures that state one quantity, so they must agree.
//!
//! Two counts are one quantity when they count the same specific noun (synonyms
//! allowed: "club"/"team"), the later one refers back to a known whole ("the 26
//! contracts", "all twelve centres", "Harbour Hall's 5,600 seats", "Of the 241
//! homes destroyed"), and nothing sets them apart: neither is a part, neither
//! clause says the figure moved, their owners, predicates, scopes and dates agree,
//! and no two different sources give them.
//!
//! What a figure counts may come from its verb ("killing 35 people" … "the toll
//! of 40"; "Police arrest 51" … "All 51 suspects"), sums of money pair like
//! counts ("a spending plan of more than $2 billion" … "the $1.96 billion
//! plan"), a plan may be restated ("will cut 450 jobs" … "the 540 job cuts"),
//! and a definite restatement refers back whoever restates it.

use super::{is_pronoun, stem, Relator, REACH};
use crate::frame::is_reporting;
use claimcheck_claims::{Edge, EdgeKind, Tense};

/// "Three days later, on the 9th", "a week on, on 4 June": a relative date and
/// the date it names, in apposition, are one day stated twice.
fn dates_in_apposition(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for first in 0..r.claims.len().saturating_sub(1) {
        let second = first + 1;
        // Only a relative date that counts from another ("three days later"), not
        // a weekday ("on Friday, 4 April" is one date already); the other names
        // a day ("the 9th", "28 November") rather than counting one.
        let counts = |k: usize| {
            (r.cands[k].first..=r.cands[k].last).any(|j| {
                matches!(
                    scan.low(j),
                    "later" | "after" | "following" | "next" | "ago" | "earlier"
                )
            })
        };
        // Either order: "three days later, on the 9th"; "on 2 June, six weeks
        // later"; "on Saturday, three weeks later" (a weekday is relative
        // too, but counts from nothing).
        let (a, b) = if r.claims[second].frame.relative
            && (!r.claims[first].frame.relative || (counts(second) && !counts(first)))
        {
            (second, first)
        } else {
            (first, second)
        };
        let (ca, cb) = (&r.claims[a], &r.claims[b]);
        if ca.kind != claimcheck_claims::Kind::Date
            || cb.kind != claimcheck_claims::Kind::Date
            || ca.sentence != cb.sentence
            || !ca.frame.relative
        {
            continue;
        }
        let counted = counts(a) && !counts(b);
        let gap: Vec<&str> = (r.cands[first].last + 1..r.cands[second].first)
            .map(|j| scan.low(j))
            .collect();
        // "closed 26 days later in Dovan on 28 September": a named place may
        // stand between.
        let placed = match gap.as_slice() {
            ["in" | "at", name, "on"] => {
                let j = r.cands[first].last + 2;
                !name.is_empty() && scan.capitalized(j)
            }
            _ => false,
        };
        // "on Saturday evening, a full three weeks later": a part of the day
        // and words of degree may stand about the comma.
        let trimmed: Vec<&str> = gap
            .iter()
            .copied()
            .skip_while(|w| crate::date::DAY_PARTS.contains(w))
            .collect();
        let trimmed: &[&str] = match trimmed.split_first() {
            Some((&",", rest)) if rest.iter().all(|w| crate::date::APPOSED_DEGREE.contains(w)) => {
                &[","]
            }
            _ => &trimmed,
        };
        let apposed = if a == first {
            placed || matches!(gap.as_slice(), [","] | [",", "on"] | ["on"] | [",", "in"])
        } else {
            matches!(trimmed, [","])
        };
        if counted && apposed {
            out.push(r.edge_at(EdgeKind::SameQuantity, b, a, ca.span));
        }
    }
}

/// "crews walked off a fortnight later, when the first sailing was held at
/// the quay on 3 March": a "when" clause right after a relative date dates
/// the event it counts to; the two are one day.
fn dated_by_when_clause(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let is_date = |k: usize| r.claims[k].kind == claimcheck_claims::Kind::Date;
    for a in 0..r.claims.len() {
        let ca = &r.claims[a];
        let last = r.cands[a].last;
        let counts = scan.is(last, "later") || scan.is(last, "after");
        if !is_date(a) || !ca.frame.relative || !counts {
            continue;
        }
        if !(scan.is_punct(last + 1, ',') && scan.is(last + 2, "when")) {
            continue;
        }
        let Some(b) = (a + 1..r.claims.len())
            .take_while(|&b| r.claims[b].sentence == ca.sentence)
            .find(|&b| is_date(b))
        else {
            continue;
        };
        let first = r.cands[b].first;
        let clause = last + 3..first;
        let plain = clause.len() <= 22
            && scan.is(first - 1, "on")
            && !r.claims[b].frame.relative
            && !clause.clone().any(|j| {
                scan.is_punct(j, ',')
                    || scan.is_punct(j, ';')
                    || scan.is(j, "and")
                    || scan.is(j, "but")
            });
        if plain {
            out.push(r.edge_at(EdgeKind::SameQuantity, b, a, ca.span));
        }
    }
}

/// "The number of households rose to 2,714,000 from 2,390,000": the level a
/// figure moved to is where it stands now.
fn level_after(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[k].first;
    let Some(to) = first.checked_sub(1).filter(|&t| scan.is(t, "to")) else {
        return false;
    };
    let s0 = scan.sentence_of(first).0;
    (to.saturating_sub(5).max(s0)..to).any(|j| {
        let w = scan.low(j);
        r.grammar.change_up.contains(w) || r.grammar.change_down.contains(w)
    })
}

/// "demanded 1.46 million euros in bitcoin" … "the nearly 1.4 million euros
/// the hackers demanded": a sum named by no noun is named by its verb; a
/// definite sum told with the same verb restates it.
fn sums_restated_by_verb(r: &Relator, out: &mut Vec<Edge>) {
    let sums: Vec<usize> = (0..r.claims.len())
        .filter(|&k| {
            let c = &r.claims[k];
            c.kind == claimcheck_claims::Kind::Money
                && c.frame.head.is_none()
                && c.frame.predicate.is_some()
                && !c.frame.partitive
                && c.modality.is_none()
        })
        .collect();
    for (i, &b) in sums.iter().enumerate() {
        let cb = &r.claims[b];
        if !cb.frame.definite {
            continue;
        }
        let verb = stem(cb.frame.predicate.as_deref().unwrap_or_default());
        let a = sums[..i].iter().rev().copied().find(|&a| {
            let ca = &r.claims[a];
            ca.sentence < cb.sentence
                && cb.sentence - ca.sentence <= REACH
                && ca.unit == cb.unit
                && stem(ca.frame.predicate.as_deref().unwrap_or_default()) == verb
        });
        if let Some(a) = a.filter(|&a| r.same_scope(a, b) && !r.different_sources(a, b)) {
            out.push(r.edge_at(EdgeKind::SameQuantity, b, a, cb.span));
        }
    }
}

/// "Halden Mutual … had settled 2,310 claims worth 4.46 million euros so
/// far" … "With more than 4.5 million euros already paid out, Halden says
/// …": what one named payer has paid out to date, told twice, is one sum.
/// Both clauses say "so far", "already" or "to date", both verbs pay out,
/// the same proper name stands in both sentences, and the two sums are
/// close (a sum paid to others or for something else is seldom within a
/// tenth of it).
fn sums_paid_to_date(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let to_date = |k: usize| {
        let (c0, c1) = r.layout.clause_range(scan, r.cands[k].first);
        (c0..c1).any(|j| {
            (scan.is(j, "so") && scan.is(j + 1, "far"))
                || (scan.is(j, "to") && scan.is(j + 1, "date"))
                || scan.is(j, "already")
        })
    };
    let pays = |k: usize| {
        r.claims[k]
            .frame
            .predicate
            .as_deref()
            .is_some_and(|p| r.grammar.payout_verbs.contains(&p.to_lowercase()))
    };
    let names = |k: usize| -> Vec<&str> {
        let (s0, s1) = scan.sentence_of(r.cands[k].first);
        (s0..s1)
            .filter(|&j| {
                // "Corran Mutual said …" opens its sentence with the name.
                scan.capitalized(j)
                    && scan.low(j).len() >= 3
                    && !r.grammar.function_words.contains(scan.low(j))
                    && r.layout.claim_at(j).is_none()
            })
            .map(|j| scan.low(j))
            .collect()
    };
    let sums: Vec<usize> = (0..r.claims.len())
        .filter(|&k| {
            let c = &r.claims[k];
            c.kind == claimcheck_claims::Kind::Money
                && !c.frame.partitive
                && !c.frame.change
                && pays(k)
                && to_date(k)
        })
        .collect();
    for (i, &b) in sums.iter().enumerate() {
        let cb = &r.claims[b];
        let Some(a) = sums[..i].iter().rev().copied().find(|&a| {
            let ca = &r.claims[a];
            ca.sentence < cb.sentence && cb.sentence - ca.sentence <= REACH && ca.unit == cb.unit
        }) else {
            continue;
        };
        let (Some(va), Some(vb)) = (r.nominal(a), r.nominal(b)) else {
            continue;
        };
        let near = (va - vb).abs() * rust_decimal::Decimal::TEN <= va.max(vb);
        let named_a = names(a);
        let shared = names(b).iter().any(|n| named_a.contains(n));
        if near && shared && !r.different_sources(a, b) {
            out.push(r.edge_at(EdgeKind::SameQuantity, b, a, cb.span));
        }
    }
}

/// "Thousands of people spent Sunday night in evacuation centres" … "1,380
/// people had taken shelter in 22 evacuation centres by Sunday night": people
/// counted vaguely and precisely on one date in one kind of place are one
/// group, though "people" alone names nothing.
fn people_in_one_setting(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let people =
        |k: usize| plain_count(r, k) && r.claims[k].frame.head.as_ref().is_some_and(|h| h.generic);
    // The content words of the figure's clause after its noun.
    let setting = |k: usize| -> Vec<String> {
        let h = r.claims[k]
            .frame
            .head
            .as_ref()
            .map_or(r.cands[k].last, |h| {
                scan.tokens.partition_point(|t| t.span().start < h.span.end)
            });
        let (_, c1) = r.layout.clause_range(scan, r.cands[k].first);
        let s1 = scan.sentence_of(r.cands[k].first).1;
        (h..c1.max(h).min(s1))
            .filter(|&j| {
                scan.kind(j) == Some(crate::scan::TokenKind::Word)
                    && r.layout.claim_at(j).is_none()
                    && scan.low(j).len() > 4
                    && !r.grammar.function_words.contains(scan.low(j))
                    && !r.grammar.is_past_form(scan.low(j))
            })
            .map(|j| r.grammar.lemma(scan.low(j)))
            .collect()
    };
    let ks: Vec<usize> = (0..r.claims.len()).filter(|&k| people(k)).collect();
    for (i, &a) in ks.iter().enumerate() {
        for &b in &ks[i + 1..] {
            let (ca, cb) = (&r.claims[a], &r.claims[b]);
            if cb.sentence == ca.sentence || cb.sentence - ca.sentence > 3 {
                continue;
            }
            if is_vague(&ca.value) == is_vague(&cb.value) || r.different_sources(a, b) {
                continue;
            }
            let same_day = match (ca.frame.time(), cb.frame.time()) {
                (Some(x), Some(y)) => r.claims[x].value == r.claims[y].value,
                _ => false,
            };
            let (sa, sb) = (setting(a), setting(b));
            if same_day && sa.iter().any(|w| sb.contains(w)) {
                out.push(r.edge_at(EdgeKind::SameQuantity, b, a, cb.span));
            }
        }
    }
}

/// "raised 1,462,380 pounds" … "how to divide the more than 1.5 million
/// pounds"; "supplies 118,600 households" … "for the more than 120,000
/// homes on the supply": a rounded figure named back with "the" refers to
/// a figure told before, and the one precise figure of its kind and unit
/// close to it is the one it rounds, whatever noun each uses. Two or more
/// such figures leave it unknown which is meant.
fn rounding_named_back(r: &Relator, out: &mut Vec<Edge>) {
    use claimcheck_claims::Kind;
    let sum_or_count = |k: usize| matches!(r.claims[k].kind, Kind::Count | Kind::Money);
    for b in 0..r.claims.len() {
        let cb = &r.claims[b];
        if !sum_or_count(b)
            || !rounds(&cb.value)
            || !restated(r, b)
            || cb.frame.partitive
            || r.compared_with(b)
        {
            continue;
        }
        // Within `REACH` sentences: a dump of figures stays linear.
        let close_ones: Vec<usize> = (r.window(b).start..b)
            .filter(|&a| {
                let ca = &r.claims[a];
                ca.sentence != cb.sentence
                    && ca.kind == cb.kind
                    && ca.unit == cb.unit
                    && !rounds(&ca.value)
                    && !is_vague(&ca.value)
                    && close(&ca.value, &cb.value)
            })
            .collect();
        // The most precise of them, which every other must state too
        // ("1.46 million pounds" in the headline is "1,462,380 pounds").
        let Some(&a) = close_ones.iter().min_by_key(|&&a| last_unit(r, a)) else {
            continue;
        };
        if close_ones
            .iter()
            .any(|&o| !states_to_its_precision(r, o, a))
        {
            continue;
        }
        let fa = &r.claims[a].frame;
        if fa.partitive
            || (fa.change && !running_count(r, a))
            || r.claims[a].modality.is_some()
            || r.compared_with(a)
        {
            continue;
        }
        out.push(r.edge_at(EdgeKind::SameQuantity, b, a, cb.span));
    }
}

/// "Doctors in the medical tents treated 1,386 runners" … "we still treated
/// more than 1,400 people": a rounded count told with the verb of a precise
/// count close to it, a few sentences away, rounds that count, whether the
/// noun is the same or a bare "people". Only when one precise count of that
/// verb is near: two leave it unknown which is meant.
fn rounding_by_its_verb(r: &Relator, out: &mut Vec<Edge>) {
    /// How many sentences apart the two may stand.
    const NEAR: usize = 6;
    let verb = |k: usize| {
        let p = r.claims[k].frame.predicate.as_deref()?;
        let p = p.to_lowercase();
        (!r.grammar.having_verbs.contains(p.as_str()) && !is_reporting(&p)).then_some(p)
    };
    let plain = |k: usize| {
        plain_count(r, k)
            && !r.compared_with(k)
            && !r.claims[k]
                .frame
                .scope
                .iter()
                .any(|s| s.starts_with("per "))
    };
    let agree = |x: &str, y: &str| {
        stem(x) == stem(y)
            || r.grammar
                .deed_of(x)
                .is_some_and(|d| r.grammar.deed_of(y) == Some(d))
    };
    let nouns_agree = |a: usize, b: usize| {
        let head = |k: usize| r.claims[k].frame.head.as_ref();
        match (head(a), head(b)) {
            (Some(x), Some(y)) => x.class == y.class || x.generic || y.generic,
            _ => false,
        }
    };
    for b in 0..r.claims.len() {
        let cb = &r.claims[b];
        if !rounds(&cb.value) || !plain(b) {
            continue;
        }
        let Some(vb) = verb(b) else {
            continue;
        };
        let lo = cb.sentence.saturating_sub(NEAR);
        let precise: Vec<usize> = (r.claims.partition_point(|c| c.sentence < lo)..r.claims.len())
            .take_while(|&a| r.claims[a].sentence <= cb.sentence + NEAR)
            .filter(|&a| {
                let ca = &r.claims[a];
                ca.sentence >= lo
                    && ca.sentence != cb.sentence
                    && ca.unit == cb.unit
                    && !rounds(&ca.value)
                    && !is_vague(&ca.value)
                    && plain(a)
                    && close(&ca.value, &cb.value)
                    && verb(a).is_some_and(|va| agree(&va, &vb))
                    && nouns_agree(a, b)
            })
            .collect();
        let [a] = precise[..] else {
            continue;
        };
        // A figure dated apart is another day's or year's count.
        let (fa, fb) = (&r.claims[a].frame, &cb.frame);
        let dated_apart = match (fa.time(), fb.time()) {
            (Some(x), Some(y)) => r.claims[x].value != r.claims[y].value,
            (None, None) => false,
            _ => true,
        };
        if dated_apart || disagreement_told(r, a, b) {
            continue;
        }
        out.push(r.edge_at(EdgeKind::SameQuantity, b, a, cb.span));
    }
}

/// "The board said it had shipped 1,184,000 doses" … "With more than 1.2
/// million doses delivered, …," she said": two voices may round one figure
/// differently, but one that rounds it the wrong way slipped, unless either
/// sentence tells the two apart as a dispute ("disputes that", "insisted").
fn disagreement_told(r: &Relator, a: usize, b: usize) -> bool {
    [a, b].iter().any(|&k| {
        let (s0, s1) = r.scan.sentence_of(r.cands[k].first);
        (s0..s1).any(|j| r.grammar.disagreement_cues.contains(r.scan.low(j)))
    })
}

/// The unit of a figure's last significant digit ("1.46 million" →
/// 10,000, "1,462,380" → 10, "3.46" → 0.01).
fn last_unit(r: &Relator, k: usize) -> rust_decimal::Decimal {
    use rust_decimal::Decimal;
    let Some(v) = r.nominal(k).map(|v| v.abs().normalize()) else {
        return Decimal::MAX;
    };
    if v.is_zero() || v.scale() > 0 {
        return Decimal::new(1, v.scale());
    }
    let (mut n, mut unit) = (v, Decimal::ONE);
    while !n.is_zero() && (n % Decimal::TEN).is_zero() {
        n /= Decimal::TEN;
        unit *= Decimal::TEN;
    }
    unit
}

/// Whether `other` states `precise` to its own precision: "1.46 million"
/// states 1,462,380 (within half the unit of its last digit), "1.5
/// million" does not.
fn states_to_its_precision(r: &Relator, other: usize, precise: usize) -> bool {
    let (Some(x), Some(y)) = (r.nominal(other), r.nominal(precise)) else {
        return false;
    };
    (x - y).abs() * rust_decimal::Decimal::TWO <= last_unit(r, other)
}

/// "Ostrel has so far shipped 1,184,000 doses": a figure whose clause says
/// only that it is the count to date ("so far", "already", "to date"), with
/// no word that moves it, states where the count stands.
fn running_count(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let g = r.grammar;
    let (c0, c1) = r.layout.clause_range(scan, r.cands[k].first);
    let mut running = false;
    for j in (c0..c1).filter(|&j| r.layout.claim_at(j).is_none()) {
        let w = scan.low(j);
        // The grammar's change words, less those that say "to date" ("since
        // March" dates the count, it moves nothing).
        let to_date = w == "already"
            || (w == "so" && scan.is(j + 1, "far"))
            || (w == "to" && scan.is(j + 1, "date"));
        if to_date {
            running = true;
        } else if w != "since"
            && (g.change.match_at(scan, j, c1).is_some()
                || g.change_up.contains(w)
                || g.change_down.contains(w))
        {
            return false;
        }
    }
    running
}

/// A count stated plainly in the story's body: no part, change or modal, not
/// in the headline.
fn plain_count(r: &Relator, k: usize) -> bool {
    let c = &r.claims[k];
    c.kind == claimcheck_claims::Kind::Count
        && !c.frame.partitive
        && !c.frame.change
        && c.modality.is_none()
        && c.frame.paragraph != 0
}

/// "UCSA will announce 12 days of walkouts" … "The 14 days of strikes are
/// likely to fall before the exams": a length of one kind of event, named
/// back by a definite mention in the same unit, is one quantity.
fn days_of_an_event(r: &Relator, out: &mut Vec<Edge>) {
    use claimcheck_claims::Value;
    let scan = r.scan;
    let g = r.grammar;
    // The event groups of the noun after "of", and the unit and amount.
    let spans: Vec<(usize, &[usize], claimcheck_claims::TimeUnit, usize)> = (0..r.claims.len())
        .filter_map(|k| {
            let Value::Duration { unit, amount } = &r.claims[k].value else {
                return None;
            };
            if amount.bound != claimcheck_claims::Bound::Exact || r.claims[k].frame.partitive {
                return None;
            }
            let last = r.cands[k].last;
            let group = |j: usize| g.event_group.get(&g.lemma(scan.low(j)));
            let noun = if scan.is(last + 1, "of") {
                // "12 days of walkouts".
                last + 2
            } else if group(last + 1).is_some() && r.claims[k].text.contains('-') {
                // "the six-day strike".
                last + 1
            } else if scan.is(r.cands[k].first.wrapping_sub(1), "for") {
                // "A walkout by front-of-house staff shut the main building
                // for eight days": the clause's subject is the event.
                let (c0, _) = r.layout.clause_range(scan, r.cands[k].first);
                (c0..r.cands[k].first)
                    .take(3)
                    .find(|&j| group(j).is_some())?
            } else {
                return None;
            };
            let groups = group(noun)?;
            Some((k, groups.as_slice(), *unit, noun))
        })
        .collect();
    for (i, &(a, ga, ua, _)) in spans.iter().enumerate() {
        for &(b, gb, ub, noun) in &spans[i + 1..] {
            let (ca, cb) = (&r.claims[a], &r.claims[b]);
            if cb.sentence.saturating_sub(ca.sentence) > REACH {
                break;
            }
            let definite = g
                .definite
                .contains(scan.low(r.cands[b].first.wrapping_sub(1)));
            if ua != ub
                || !definite
                || cb.sentence == ca.sentence
                || !ga.iter().any(|x| gb.contains(x))
                || r.different_sources(a, b)
            {
                continue;
            }
            out.push(r.edge_at(EdgeKind::SameQuantity, b, a, r.scan.tokens[noun].span()));
        }
    }
}

/// "The health ministry said 14 people had been treated for breathing
/// problems" … "The ministry … said dozens had needed treatment for
/// breathing difficulties": a vague quantity of no named things and a count
/// of people, from one source, for one deed (the verb, or its noun) and one
/// thing it was for, are one group.
fn vague_deed_restated(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let g = r.grammar;
    // The content words of a figure's clause after the figure.
    let after = |k: usize| -> Vec<&str> {
        let (_, c1) = r.layout.clause_range(scan, r.cands[k].first);
        let s1 = scan.sentence_of(r.cands[k].first).1;
        (r.cands[k].last + 1..c1.min(s1).min(r.cands[k].last + 12))
            .filter(|&j| {
                scan.kind(j) == Some(crate::scan::TokenKind::Word)
                    && r.layout.claim_at(j).is_none()
                    && !g.function_words.contains(scan.low(j))
            })
            .map(|j| scan.low(j))
            .collect()
    };
    let people = |k: usize| {
        let c = &r.claims[k];
        plain_count(r, k) && c.frame.head.as_ref().is_none_or(|h| h.generic) && c.source.is_some()
    };
    let ks: Vec<usize> = (0..r.claims.len()).filter(|&k| people(k)).collect();
    // Each figure's words once, not once per pair.
    let words: Vec<Vec<&str>> = ks.iter().map(|&k| after(k)).collect();
    for (i, &a) in ks.iter().enumerate() {
        for (j, &b) in ks.iter().enumerate().skip(i + 1).take(PARTNERS) {
            let (ca, cb) = (&r.claims[a], &r.claims[b]);
            if cb.sentence.saturating_sub(ca.sentence) > REACH {
                break;
            }
            if cb.sentence == ca.sentence
                || is_vague(&ca.value) == is_vague(&cb.value)
                || r.different_sources(a, b)
            {
                continue;
            }
            let (wa, wb) = (&words[i], &words[j]);
            // The deed: a verb's stem that the other clause's verb or noun
            // begins with ("treated" … "treatment").
            let deed = |w: &[&str], v: &[&str]| {
                w.iter().any(|x| {
                    let st = stem(x);
                    st.len() >= 4 && g.is_past_form(x) && v.iter().any(|y| y.starts_with(st))
                })
            };
            let what = wa
                .iter()
                .any(|x| x.len() > 4 && !g.is_past_form(x) && wb.contains(x));
            if (deed(wa, wb) || deed(wb, wa)) && what {
                out.push(r.edge_at(EdgeKind::SameQuantity, b, a, cb.span));
            }
        }
    }
}

/// "on Thursday … only a handful of men were brought to the surface" …
/// "pulled 21 men out alive: 14 on Thursday, five on Friday and two on
/// Saturday": a day's item of a tally counts the tally's noun that day, so a
/// vague figure of that noun on that day states it too.
fn day_of_a_tally(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let day = |k: usize| r.claims[k].frame.time().map(|t| &r.claims[t].value);
    for v in 0..r.claims.len() {
        let cv = &r.claims[v];
        if !is_vague(&cv.value) || cv.modality.is_some() || cv.frame.widened {
            continue;
        }
        let (Some(noun), Some(when)) = (r.noun_class(v), day(v)) else {
            continue;
        };
        for p in r.window(v) {
            let cp = &r.claims[p];
            if cp.kind != claimcheck_claims::Kind::Count
                || cp.frame.head.is_some()
                || is_vague(&cp.value)
                || cp.sentence.abs_diff(cv.sentence) > 4
                || day(p) != Some(when)
            {
                continue;
            }
            // The tally before a colon in the item's sentence, counting the noun.
            let (s0, _) = scan.sentence_of(r.cands[p].first);
            // A colon of prose, not of a time ("2:06:30").
            let colon =
                (s0..r.cands[p].first).rfind(|&j| scan.is_punct(j, ':') && !scan.joined(j + 1));
            let tally = colon.and_then(|c| {
                (0..p).rev().find(|&t| {
                    t != v
                        && r.cands[t].last < c
                        && r.cands[t].first >= s0
                        && !is_vague(&r.claims[t].value)
                        && r.noun_class(t) == Some(noun)
                })
            });
            if tally.is_some() {
                out.push(r.edge_at(EdgeKind::SameQuantity, p, v, cp.span));
            }
        }
    }
}

/// A number's nominal value, normalized so that equal values share it ("1.50"
/// and "1.5"); None for dates and durations.
fn nominal_key(value: &claimcheck_claims::Value) -> Option<rust_decimal::Decimal> {
    match value {
        claimcheck_claims::Value::Number(i) => Some(i.nominal.normalize()),
        _ => None,
    }
}

/// How many later figures each figure is paired with, at most.
const PARTNERS: usize = 256;

/// The smallest figure whose swapped digits are taken for a slip: two-digit
/// pairs ("12" and "21") are too common to say anything.
const SWAP_FLOOR: u32 = 100;

/// "took the seat with 1,038 votes" … "Marsh's tally of 1,083": a figure
/// told again with two neighbouring digits swapped restates the first, when
/// the second names a known set ("the", "all", a possessive) or both count
/// the same things, whatever noun or verb each uses. Both at least three
/// digits long, and exact or hedged with three significant digits ("some
/// 312,000 panels" … "all 321,000 panels": a hedge covers rounding, not
/// other digits); a part and its whole, a compared figure, or two
/// different specific nouns ("41,000 donors" … "14,000 stones") stay apart.
fn digits_swapped_restatement(r: &Relator, out: &mut Vec<Edge>) {
    use claimcheck_claims::{Bound, Value};
    let exact = |k: usize| match &r.claims[k].value {
        Value::Number(i)
            if i.nominal >= SWAP_FLOOR.into()
                && (i.bound == Bound::Exact
                    || (i.bound == Bound::Approx
                        && claimcheck_claims::significant_digits(i.nominal) >= 3)) =>
        {
            Some(i.nominal)
        }
        _ => None,
    };
    // Written out once per figure, not once per pair.
    let figures: Vec<(usize, String)> = (0..r.claims.len())
        .filter(|&k| r.is_count(k) || r.claims[k].kind == claimcheck_claims::Kind::Money)
        .filter(|&k| !r.compared_with(k))
        .filter_map(|k| exact(k).map(|v| (k, v.normalize().to_string())))
        .collect();
    // Looked up per matching pair: a set, so a dump of figures stays linear.
    let parts: std::collections::HashSet<(usize, usize)> = out
        .iter()
        .filter(|e| e.kind == EdgeKind::PartOf)
        .map(|e| (e.from.min(e.to), e.from.max(e.to)))
        .collect();
    let parted = |a: usize, b: usize| parts.contains(&(a.min(b), a.max(b)));
    let mut found = Vec::new();
    for (i, (a, va)) in figures.iter().enumerate() {
        let a = *a;
        for (b, vb) in figures.iter().skip(i + 1).take(PARTNERS) {
            let b = *b;
            let (ca, cb) = (&r.claims[a], &r.claims[b]);
            if ca.sentence == cb.sentence
                || ca.kind != cb.kind
                || ca.unit != cb.unit
                || !claimcheck_claims::digits_swapped_in(va, vb)
            {
                continue;
            }
            let (ha, hb) = (r.specific_head(a), r.specific_head(b));
            let things = match (ha, hb) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            };
            let named = cb.frame.definite && (hb.is_some() || ha.is_some());
            // "with 187 goals" … "Karsten, whose 178 goals": another owner's
            // things, unless the owner is named beside the first figure.
            let owner = |k: usize| {
                r.claims[k]
                    .frame
                    .owner
                    .as_deref()
                    .filter(|o| !is_pronoun(o))
            };
            let owners_apart = match (owner(a), owner(b)) {
                (Some(x), Some(y)) => x != y,
                (None, Some(y)) => !r.names_in_sentence(a, y),
                _ => false,
            };
            if things && (named || (ha.is_some() && ha == hb)) && !parted(a, b) && !owners_apart {
                let cue = cb.frame.head.as_ref().map_or(cb.span, |h| h.span);
                found.push(r.edge_at(EdgeKind::SameQuantity, b, a, cue));
            }
        }
    }
    out.extend(found);
}

/// How many words after a price the length it buys may stand: "£3.20 for a
/// stay of up to two hours".
const PRICE_LENGTH_REACH: usize = 8;

/// "will pay £3.20 for a stay of up to two hours" … "At £3.40 for two
/// hours, Brennock will be among the dearest": a price for the same length
/// of time, told twice, is one quantity. Neither may be a change or a
/// baseline ("up from £2.60"), and both must be of one place and owner and
/// one voice.
fn prices_for_one_length(r: &Relator, out: &mut Vec<Edge>) {
    use claimcheck_claims::Value;
    let scan = r.scan;
    // The places a price's sentence names ("at Brennock", "At Aldmoor"):
    // two sentences naming none in common price two sites.
    let places = |k: usize| -> Vec<&str> {
        let (s0, s1) = scan.sentence_of(r.cands[k].first);
        (s0..s1.saturating_sub(1))
            .filter(|&j| matches!(scan.low(j), "at" | "in") && scan.capitalized(j + 1))
            .map(|j| scan.low(j + 1))
            .collect()
    };
    // Each price with the length after "for" in its clause, and the places
    // its sentence names, once per price.
    let priced: Vec<(usize, usize, Vec<&str>)> = (0..r.claims.len())
        .filter(|&k| r.claims[k].kind == claimcheck_claims::Kind::Money)
        .filter(|&k| !r.claims[k].frame.change && !r.is_baseline(k) && !r.compared_with(k))
        .filter_map(|k| {
            let last = r.cands[k].last;
            if !scan.is(last + 1, "for") {
                return None;
            }
            let clause = r.layout.clause(last);
            let d = (last + 2..last + 2 + PRICE_LENGTH_REACH)
                .take_while(|&j| r.layout.clause(j) == clause)
                .find_map(|j| r.layout.claim_at(j))?;
            matches!(r.claims[d].value, Value::Duration { .. }).then(|| (k, d, places(k)))
        })
        .collect();
    let length = |d: usize| match &r.claims[d].value {
        Value::Duration { unit, amount } => Some((*unit, amount.nominal)),
        _ => None,
    };
    let apart = |pa: &[&str], pb: &[&str]| {
        !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|x| pb.contains(x))
    };
    for (i, (a, da, pa)) in priced.iter().enumerate() {
        let (a, da) = (*a, *da);
        for (b, db, pb) in &priced[i + 1..] {
            let (b, db) = (*b, *db);
            let (ca, cb) = (&r.claims[a], &r.claims[b]);
            if cb.sentence.saturating_sub(ca.sentence) > REACH {
                break;
            }
            if cb.sentence == ca.sentence
                || ca.unit != cb.unit
                || length(da) != length(db)
                || ca.frame.owner != cb.frame.owner
                || ca.frame.place != cb.frame.place
                || apart(pa, pb)
                || r.different_sources(a, b)
            {
                continue;
            }
            out.push(r.edge_at(EdgeKind::SameQuantity, b, a, r.claims[db].span));
        }
    }
}

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    dates_in_apposition(r, out);
    digits_swapped_restatement(r, out);
    dated_by_when_clause(r, out);
    sums_restated_by_verb(r, out);
    sums_paid_to_date(r, out);
    people_in_one_setting(r, out);
    day_of_a_tally(r, out);
    days_of_an_event(r, out);
    vague_deed_restated(r, out);
    prices_for_one_length(r, out);
    rounding_named_back(r, out);
    rounding_by_its_verb(r, out);
    let mut found = Vec::new();
    // Wholes split in their own sentence ("secured 39 of the state's 40"),
    // sorted: looked up for every pair, so computed once.
    // A whole fronted by "Of" ("Of its 2,860 members, 2,214 voted") is
    // stated as an inventory first, then split: it stays one.
    let fronted = |w: usize| {
        let s0 = r.scan.sentence_of(r.cands[w].first).0;
        r.scan.is(s0, "of") && r.cands[w].first <= s0 + 4
    };
    let mut split_wholes: Vec<usize> = out
        .iter()
        .filter(|e| {
            e.kind == EdgeKind::PartOf
                && r.claims[e.from].sentence == r.claims[e.to].sentence
                && !(e.to < e.from && fronted(e.to))
        })
        .map(|e| e.to)
        .collect();
    split_wholes.sort_unstable();
    // The parts of those splits, by whole: "close nine branch libraries" …
    // "nine of its 23 branch libraries" restates the part, not the whole.
    // Kept by the part's nominal value: looked up for every pair, they must
    // not cost the length of the document each (a long list has thousands).
    let mut split_parts: std::collections::HashMap<
        Option<rust_decimal::Decimal>,
        Vec<(usize, usize)>,
    > = std::collections::HashMap::new();
    for e in out.iter().filter(|e| {
        e.kind == EdgeKind::PartOf && r.claims[e.from].sentence == r.claims[e.to].sentence
    }) {
        split_parts
            .entry(nominal_key(&r.claims[e.from].value))
            .or_default()
            .push((e.to, e.from));
    }
    // "nine of its 23 supported routes … The nine routes … the 23 routes":
    // restatements of a split's part and whole are two sets too.
    let restates_part = |whole: usize, other: usize| {
        split_parts
            .get(&nominal_key(&r.claims[other].value))
            .is_some_and(|parts| {
                parts.iter().any(|&(w, p)| {
                    (w == whole
                        || (r.claims[w].value == r.claims[whole].value
                            && r.claims[w].kind == r.claims[whole].kind))
                        && r.claims[p].value == r.claims[other].value
                })
            })
    };
    // "closing seven of its 19 libraries" … "The 12 libraries that stay
    // open": the rest of a split is a third set, by value (19 − 7), for
    // the part and the whole alike. Only told after the split: "the dam's
    // four sluice gates" … "two of the dam's six" is a count restated.
    let mut complements: std::collections::HashMap<rust_decimal::Decimal, Vec<(usize, usize)>> =
        std::collections::HashMap::new();
    for e in out.iter().filter(|e| e.kind == EdgeKind::PartOf) {
        if let (Some(p), Some(w)) = (
            nominal_key(&r.claims[e.from].value),
            nominal_key(&r.claims[e.to].value),
        ) {
            if w > p {
                complements
                    .entry((w - p).normalize())
                    .or_default()
                    .push((e.to, e.from));
            }
        }
    }
    let rest_of_split = |a: usize, b: usize| {
        nominal_key(&r.claims[b].value)
            .and_then(|v| complements.get(&v))
            .is_some_and(|splits| {
                // The part or whole itself, or the same value told before
                // ("closing seven libraries" in a headline).
                let va = &r.claims[a].value;
                splits.iter().any(|&(w, p)| {
                    (a == w || a == p || *va == r.claims[w].value || *va == r.claims[p].value)
                        && b > w.max(p)
                })
            })
    };
    // Counts, and sums of money ("a spending plan of more than $2 billion" …
    // "the $1.96 billion plan").
    let counts: Vec<usize> = (0..r.claims.len())
        .filter(|&k| r.is_count(k) || r.claims[k].kind == claimcheck_claims::Kind::Money)
        .collect();
    // "shut 118 branches and franchise 96 more" … "The 214 branches
    // affected": a larger count that the smaller and another figure joined to
    // it by "and" add up to exactly is their union, not either restated. The
    // other counts the same things or names none ("96 more", "another 65").
    let union_of = |a: usize, b: usize| {
        let (Some(va), Some(vb)) = (r.nominal(a), r.nominal(b)) else {
            return false;
        };
        let (small, total) = if va < vb { (a, vb) } else { (b, va) };
        let vs = va.min(vb);
        // Only the smaller figure's sentence: counts are in text order.
        let sentence = r.claims[small].sentence;
        let here = counts.partition_point(|&k| r.claims[k].sentence < sentence)
            ..counts.partition_point(|&k| r.claims[k].sentence <= sentence);
        counts[here].iter().any(|&c| {
            let (first, second) = (small.min(c), small.max(c));
            let gap = r.cands[first].last + 1..r.cands[second].first;
            c != a
                && c != b
                && r.claims[c].kind == r.claims[small].kind
                && gap.len() <= 8
                && gap.clone().any(|j| r.scan.is(j, "and"))
                && (r.claims[c].frame.head.is_none() || r.head_class(c) == r.head_class(small))
                && r.nominal(c).is_some_and(|vc| vc + vs == total)
        })
    };
    // Each figure's class and whether it is compared ("more than 40"), once
    // per figure rather than once per pair: a dense list pairs each figure
    // with hundreds of others.
    // "1,340 jars … 880 of them failed": a part named by a pronoun counts
    // its whole's things.
    let whole_of: std::collections::HashMap<usize, usize> = out
        .iter()
        .filter(|e| e.kind == EdgeKind::PartOf)
        .map(|e| (e.from, e.to))
        .collect();
    // A sum's compound ends in its currency ("the 12,000-euro first
    // prize"), which names no things: two such sums are not one for it.
    let currency_only = |k: usize| {
        let c = &r.claims[k];
        c.kind == claimcheck_claims::Kind::Money
            && c.frame
                .head
                .as_ref()
                .is_some_and(|h| c.span.overlaps(&h.span))
    };
    let heads: Vec<Option<&str>> = counts
        .iter()
        .map(|&k| {
            if currency_only(k) {
                return None;
            }
            r.specific_head(k)
                .or_else(|| {
                    let f = &r.claims[k].frame;
                    (f.partitive && f.head.is_none())
                        .then(|| whole_of.get(&k).and_then(|&w| r.specific_head(w)))
                        .flatten()
                })
                .or_else(|| elided_subject(r, k).then(|| elided_class(r, k)).flatten())
        })
        .collect();
    // A sum named by no counted noun is named by what it is ("a shortfall
    // of …"): enough to pair a rounding with the figure it rounds.
    let sums: Vec<Option<String>> = counts
        .iter()
        .zip(&heads)
        .map(|(&k, h)| if h.is_none() { r.sum_class(k) } else { None })
        .collect();
    let compared: Vec<bool> = counts.iter().map(|&k| r.compared_with(k)).collect();
    // Every figure by the class of its noun, in order: whether another of a
    // class stands between two figures is a binary search, not a scan.
    let mut by_class: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::new();
    for k in 0..r.claims.len() {
        if let Some(h) = r.specific_head(k) {
            by_class.entry(h).or_default().push(k);
        }
    }
    // Whether `a` is the last figure of `class` told before `b`.
    let nearest_of_its_class = |a: usize, b: usize, class: &str| {
        by_class.get(class).is_none_or(|ks| {
            let next = ks.partition_point(|&k| k <= a);
            ks.get(next).is_none_or(|&k| k >= b)
        })
    };
    for (i, &a) in counts.iter().enumerate() {
        let Some(class) = heads[i].or(sums[i].as_deref()) else {
            continue;
        };
        if compared[i] {
            continue;
        }
        // At most `PARTNERS` later figures: an article holds fewer within
        // `REACH` sentences; a table or a dump of figures would otherwise pair
        // each with thousands.
        for (j, &b) in counts.iter().enumerate().skip(i + 1).take(PARTNERS) {
            let (ca, cb) = (&r.claims[a], &r.claims[b]);
            if cb.sentence.saturating_sub(ca.sentence) > REACH {
                break;
            }
            // The cheap tests first: same class, kind and unit.
            if heads[j].or(sums[j].as_deref()) != Some(class)
                || compared[j]
                || ca.kind != cb.kind
                || ca.unit != cb.unit
            {
                continue;
            }
            // One sentence holds one figure per quantity, except a rounding
            // explained after a colon or dash: "more than 1,500 boats: the
            // register lists 1,468 vessels".
            // A rounded figure and the precise one it rounds ("just over 1,200
            // projects" … "the 1,184 projects") are one quantity stated twice,
            // whatever the clause's tense; they stay close to each other.
            let rounding = (rounds(&ca.value) != rounds(&cb.value)) && close(&ca.value, &cb.value);
            if (sums[i].is_some() || sums[j].is_some()) && !rounding {
                continue;
            }
            let explained = ca.sentence == cb.sentence
                && rounding
                && (r.cands[a].last + 1..r.cands[b].first)
                    .any(|j| r.scan.is_punct(j, ':') || r.scan.is_dash(j));
            if (ca.sentence == cb.sentence && !explained)
                || far_apart(&ca.value, &cb.value)
                || restates_part(b, a)
                || rest_of_split(a, b)
                || rest_of_split(b, a)
                || restates_part(a, b)
                || union_of(a, b)
            {
                continue;
            }
            let (fa, fb) = (&ca.frame, &cb.frame);
            // A known whole ("all twelve centres", "its 14 centres") exists whatever
            // the tense of the clause that mentions it; another figure in a future
            // or modal clause is a plan or a possibility.
            // An owner's inventory ("the project's 460 workers would now
            // spend …") stands whatever moves in its clause.
            // "880 of them failed" … "the 808 failing jars": a part named back
            // by its own verb is that part.
            let by_its_verb = named_by_its_verb(r, a, b);
            // "at all eight of its sites": "all" takes the whole group, no part.
            let whole_group = |k: usize| {
                r.scan.is(r.cands[k].first, "all") && r.scan.is(r.cands[k].last + 1, "of")
            };
            let settled = |f: &claimcheck_claims::Frame, k: usize| {
                let inventory = f.definite && f.owner.as_deref().is_some_and(|o| !is_pronoun(o));
                (!f.partitive || whole_group(k) || (k == a && by_its_verb))
                    && (!f.change || level_after(r, k) || inventory)
                    // "will close 46 shops" … "the 64 shops on the closure
                    // list": a planned set named back by its deed is that set.
                    && (f.definite
                        || !matches!(f.tense, Tense::Future | Tense::Modal)
                        || (k == a && by_its_verb))
            };
            // "only a couple of schools recorded pass rates below 60%" … "The
            // seven schools with pass rates below 60%": a vague quantity and a
            // count of the same things, neither a part, in settled clauses.
            // Only on the nouns' word ("Dozens died" … "killed five" last week
            // is another event), and not a headline's summary.
            // "support to Harlow and Stevenage, describing the two towns as
            // the hardest hit" … "brings together dozens of towns": a
            // definite count of the names just listed counts those names,
            // not what a vague word counts.
            if is_vague(&ca.value) != is_vague(&cb.value)
                && (fa.scope.iter().any(|s| s == "named") || fb.scope.iter().any(|s| s == "named"))
            {
                continue;
            }
            // "Of its 104 players, 98 made the trip" … "A handful of current
            // players were on that earlier tour": a word before the vague
            // count's noun that the figure's lacks picks some of them out.
            let picked = |v: usize, p: usize| {
                let head = |k: usize| r.claims[k].frame.head.as_ref();
                head(v)
                    .zip(head(p))
                    .is_some_and(|(hv, hp)| hv.picked_from(hp))
            };
            let (v, p) = if is_vague(&ca.value) { (a, b) } else { (b, a) };
            let vague = (is_vague(&ca.value) != is_vague(&cb.value))
                && !picked(v, p)
                && settled(fa, a)
                && settled(fb, b)
                && r.noun_class(a).is_some()
                && r.noun_class(a) == r.noun_class(b)
                && same_word(r, fa, fb)
                && fa.paragraph != 0
                && fb.paragraph != 0;
            let plain = |f: &claimcheck_claims::Frame| !f.partitive && !f.change;
            // A rounding may round a count to date: "has so far shipped
            // 1,184,000 doses" … "With more than 1.2 million doses delivered".
            let plain_or_running = |f: &claimcheck_claims::Frame, k: usize| {
                plain(f) || (rounding && !f.partitive && running_count(r, k))
            };
            if rounding || vague {
                if !plain_or_running(fa, a) || !plain_or_running(fb, b) {
                    continue;
                }
            } else if !(settled(fa, a) || plan_restated(fa, fb)) || !settled(fb, b) || !fb.definite
            {
                continue;
            }
            // "would leave a hole of 38.7 million euros" … "to cover a
            // shortfall of more than 40 million euros": one projection told
            // twice, one of them rounded.
            let both_projected = rounding && ca.modality.is_some() && cb.modality.is_some();
            if (ca.modality.is_some() || cb.modality.is_some()) && !both_projected {
                continue;
            }
            // Whose things: two named owners must be one; a named owner on one
            // side only must at least be named in the other figure's sentence
            // ("Tessaro Group operates nine hotels" … "Tessaro's 9 hotels"), else
            // the figures may count two owners' things ("Warren earned 8
            // delegates" … "the state's 40 delegates").
            // A description ("the carrier's", "the chain") points back to a
            // name given before; a name in the other figure's sentence is the
            // same owner ("The Brisk chain has 63 stores" … "Brisk's 36 shops").
            let owners_agree = match (&fa.owner, &fb.owner) {
                (_, Some(y)) if is_pronoun(y) && bound_elsewhere(r, b, a) => false,
                (Some(x), _) if is_pronoun(x) && bound_elsewhere(r, a, b) => false,
                (Some(x), Some(y)) => {
                    x == y
                        || is_pronoun(x)
                        || is_pronoun(y)
                        || r.names_in_sentence(a, y)
                        || r.names_in_sentence(b, x)
                }
                // "grounded its fleet of 38 aircraft" … "the carrier's
                // thirty-eight planes"; not "Both earned 9 delegates" … "the
                // state's 41 pledged delegates".
                // "the freight train's" is not the commuter train named
                // beside the other figure.
                (None, Some(y)) if !is_pronoun(y) => {
                    let modifier_named = owner_modifier(r, b).is_none_or(|m| {
                        let (s0, s1) = r.scan.sentence_of(r.cands[a].first);
                        (s0..s1).any(|j| r.scan.low(j) == m)
                    });
                    (r.names_in_sentence(a, y) && modifier_named)
                        || (r.common_owner(b, y) && owned_by_pronoun(r, a))
                        || r.pronoun_for(a, y)
                }
                (Some(x), None) if !is_pronoun(x) => r.names_in_sentence(b, x),
                _ => true,
            };
            // "The road has five bridges" … "Each of the six bridges was
            // load-tested": a definite set with no owner and nothing after
            // its noun to pick a subset names back the last set of its
            // things, whoever owned it.
            let owners_agree = owners_agree
                || (fb.owner.is_none()
                    && fb.place.is_none()
                    && fb.definite
                    && unqualified(r, b)
                    && nearest_of_its_class(a, b, class));
            // A rounding and the precise figure near it need no owner named
            // twice: "a spending plan of more than $2 billion" … "Mayor
            // Whitlock's $1.96 billion plan".
            let owners_agree =
                owners_agree || (rounding && (fa.owner.is_none() || fb.owner.is_none()));
            // "will close 46 of its 138 shops" … "Staff at the 64 shops on the
            // closure list": a set named back by the deed alone, with no
            // owner, is the deed's.
            let owners_agree = owners_agree || (by_its_verb && fb.owner.is_none());
            // "Among the 11 bridges closed": a participle after the noun picks
            // out the things it restates, so the figure restated must have
            // been given with that verb too, not "611 bridges were in good
            // condition".
            let defining = |k: usize| {
                let f = &r.claims[k].frame;
                let (Some(h), Some(p)) = (f.head.as_ref(), f.predicate.as_ref()) else {
                    return false;
                };
                let scan = r.scan;
                let after = scan.tokens.partition_point(|t| t.span().start < h.span.end);
                // A participle, not the clause's verb: the figure stands after a
                // preposition ("Among the 11 bridges closed is …", "Of the 241
                // homes destroyed, …"), and no object follows the verb ("an
                // inspection of its 221 flats found damp").
                let first = r.cands[k].first;
                let s0 = scan.sentence_of(first).0;
                let governed = (first.saturating_sub(3).max(s0)..first).any(|j| {
                    matches!(
                        scan.low(j),
                        "among" | "of" | "for" | "to" | "with" | "from" | "in" | "on" | "at"
                    )
                });
                let next = after + 1;
                let bare = next >= scan.len()
                    || scan.kind(next) == Some(crate::scan::TokenKind::Punct)
                    || matches!(
                        scan.low(next),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "has"
                            | "have"
                            | "had"
                            | "in"
                            | "on"
                            | "at"
                            | "by"
                            | "since"
                            | "during"
                            | "last"
                            | "so"
                            | "after"
                            | "before"
                    );
                scan.is(after, p) && governed && bare
            };
            // "the 750 job cuts" counts a change: it restates "will cut 750
            // jobs", not "employs about 3,000 people".
            let change_noun = |k: usize| {
                let h = r.claims[k].frame.head.as_ref()?;
                let after = r
                    .scan
                    .tokens
                    .partition_point(|t| t.span().start < h.span.end);
                let lemma = r.grammar.lemma(r.scan.low(after));
                r.grammar.change_nouns.contains(&lemma).then_some(lemma)
            };
            // The verb of the same change: "cut 1,450 jobs" … "the 1,540 job
            // losses"; "raised 300 posts" … "the 300 job increases".
            let verb_is = |f: &claimcheck_claims::Frame, n: &str| {
                let g = r.grammar;
                let down = matches!(
                    n,
                    "cut" | "loss" | "reduction" | "drop" | "fall" | "decline" | "decrease"
                );
                f.predicate.as_deref().is_some_and(|p| {
                    let p = p.to_lowercase();
                    stem(&p) == stem(n)
                        || (down && g.change_down.contains(p.as_str()))
                        || (!down && g.change_up.contains(p.as_str()))
                })
            };
            let change_apart = match (change_noun(a), change_noun(b)) {
                (None, Some(n)) => !verb_is(fa, &n),
                (Some(n), None) => !verb_is(fb, &n),
                _ => false,
            };
            // A participle picks a subset out of a set already known ("the
            // 11 bridges closed"); on a set's first, indefinite mention it
            // only describes it ("a team of 64 volunteers working in shifts").
            let picks = |k: usize, f: &claimcheck_claims::Frame| f.definite && defining(k);
            let defined_apart = change_apart
                || match (&fa.predicate, &fb.predicate) {
                    (None, Some(_)) => picks(b, fb),
                    (Some(_), None) => picks(a, fa),
                    (Some(x), Some(y)) => stem(x) != stem(y) && (picks(a, fa) || picks(b, fb)),
                    _ => false,
                };
            // "It employs nine consultants" … "Four of the seven consultants
            // have agreed": a verb of having states the set, whatever is said
            // of it later.
            let verb = |f: &'_ claimcheck_claims::Frame| {
                f.predicate
                    .clone()
                    .filter(|p| !r.grammar.having_verbs.contains(p.to_lowercase().as_str()))
            };
            // Verbs of one deed agree: "freed" and "pulled out" rescue.
            let predicates_agree = match (verb(fa), verb(fb)) {
                (Some(x), Some(y)) => {
                    stem(&x) == stem(&y)
                        || r.grammar
                            .deed_of(&x)
                            .is_some_and(|d| r.grammar.deed_of(&y) == Some(d))
                }
                _ => true,
            };
            // Two sources may disagree on a figure; they do not disagree on an
            // inventory both name as a whole ("its 14 centres" … "all twelve").
            let named = |f: &claimcheck_claims::Frame, k: usize| {
                f.definite && (f.owner.is_some() || r.total_cue(k).is_some())
            };
            // A possessor or a place names whose things they are.
            let owner_of = |f: &claimcheck_claims::Frame| {
                f.owner
                    .clone()
                    .filter(|o| !is_pronoun(o))
                    .or_else(|| f.place.clone())
            };
            // One named owner against none is two groups: "a total of 1,991
            // delegates" is not "the territory's six delegates".
            // "The trust's approval … Of its 2,860 members" … "The trust,
            // whose 2,680 members": a pronoun owner whose sentence, or the
            // one before, names the other's owner is that owner.
            let bound_to =
                |k: usize, f: &claimcheck_claims::Frame, other: &claimcheck_claims::Frame| {
                    let (Some(p), Some(y)) = (f.owner.as_deref(), other.owner.as_deref()) else {
                        return false;
                    };
                    if !matches!(p, "its" | "their") || is_pronoun(y) {
                        return false;
                    }
                    let scan = r.scan;
                    let (s0, s1) = scan.sentence_of(r.cands[k].first);
                    let from = if s0 > 0 {
                        scan.sentence_of(s0 - 1).0
                    } else {
                        s0
                    };
                    let y = y.to_lowercase();
                    (from..s1).any(|j| {
                        let low = scan.low(j);
                        low.strip_suffix("'s")
                            .or_else(|| low.strip_suffix("\u{2019}s"))
                            .unwrap_or(low)
                            == y
                    })
                };
            let inventory = named(fa, a)
                && named(fb, b)
                && (owner_of(fa).is_some() == owner_of(fb).is_some()
                    || bound_to(a, fa, fb)
                    || bound_to(b, fb, fa));
            // An inventory stands across days; another figure is tied to its date.
            // "All 51 suspects are due to appear on Thursday": what will happen
            // to a known set is dated by its own event, not the set's.
            let ahead = fb.definite && matches!(fb.tense, Tense::Future | Tense::Modal);
            // "Forensic teams had identified all 16 victims by Wednesday": a
            // set named back ("all 16", "the 16") is dated by what is done to
            // it now, not by the event that made it.
            // "none of the university's four campuses would close before
            // 2030": the date of what is done to a known set dates that
            // act, not the set, so only the scope marks must agree.
            let scoped = if by_its_verb {
                // The verb that made the set dates it: "leased 16 cars last
                // year" … "the 14 leased cars".
                true
            } else if ahead {
                fa.scope == fb.scope
            } else if inventory || rounding || vague || restated(r, b) {
                r.same_scope_loose(a, b)
            } else {
                r.same_scope(a, b)
            };
            // An inventory is the same whatever happened to it ("flooded all 214
            // homes" … "the estate's 241 homes were built").
            // A whole split in its own sentence ("secured 39 of the state's 40
            // delegates") belongs to that sentence's event: another event's
            // inventory of the same noun may differ ("the state's 41 pledged delegates").
            let split_here = |k: usize| split_wholes.binary_search(&k).is_ok();
            let split = split_here(a) || split_here(b);
            let inventory = inventory && !split;
            // The later figure refers back to a known set ("the twelve
            // helicopters dropped water"): what happens to it next is its own
            // verb, so predicates only part figures neither of which refers back.
            let refers_back = fb.definite && !split;
            // A later figure placed where the earlier is not counts another
            // set: a subset ("a 16-concert tour" … "the four concerts in
            // Hanrim") or a larger whole ("64 electric buses" … "the 212 buses
            // in the fleet").
            // Two places named are two sets: "nine farms in Lower Brenvale" …
            // "the roughly 1,300 poultry farms in the province".
            // "leased 16 sleeping cars" … "Refitting the 14 leased cars at
            // the Lisk works": a set named back by the verb that made it is
            // that set, wherever it is now.
            let placed_apart = !by_its_verb
                && match (&fa.place, &fb.place) {
                    (None, Some(_)) => true,
                    (Some(x), Some(y)) => x != y,
                    _ => false,
                }
                && !rounding;
            // "The nine-judge court" … "the four dissenting judges": a body
            // named by its size, and members picked out by a word the body's
            // mention lacks.
            let picked_from_body = !rounding
                && !vague
                && (picked_from(r, a, b) || picked_from(r, b, a) || modifier_apart(r, a, b));
            // "a six-coach commuter train" … "three of the train's seven
            // carriages": a body named by its size and the same body's
            // things counted under its name are one inventory, whatever is
            // done to them.
            let body_inventory = described_body(r, a, b) || described_body(r, b, a);
            // "is to shut 27 supermarkets" … "rivals have opened more than
            // 30 outlets": opposite deeds count other things.
            let opposed = match (&fa.predicate, &fb.predicate) {
                (Some(x), Some(y)) => r.grammar.opposite(x, y),
                _ => false,
            } || turned_from(r, a, b)
                || turned_from(r, b, a);
            if !owners_agree
                || opposed
                || placed_apart
                || picked_from_body
                || (defined_apart && !rounding)
                || !(predicates_agree || inventory || refers_back || rounding || body_inventory)
                || !scoped
                // "Unions said the 540 job cuts …": a definite restatement
                // refers back to the figure, whoever restates it.
                || (r.different_sources(a, b) && !inventory && !restated(r, b) && !rounding)
                // Two voices may round one figure: one that rounds it the
                // wrong way slipped, unless the story tells a dispute.
                || (rounding && disagreement_told(r, a, b))
            {
                continue;
            }
            // "four of its 19 branches … the four branches": a definite figure
            // refers back to the figure of its own value told last, not to
            // another between.
            if fb.definite && !rounding && !vague && echoes_other(r, a, b) {
                continue;
            }
            let cue = fb.head.as_ref().map_or(cb.span, |h| h.span);
            found.push(r.edge_at(EdgeKind::SameQuantity, b, a, cue));
        }
    }
    // A pair the swapped digits already tied is tied once.
    let tied: std::collections::HashSet<(usize, usize)> = out
        .iter()
        .filter(|e| e.kind == EdgeKind::SameQuantity)
        .map(|e| (e.from, e.to))
        .collect();
    out.extend(
        found
            .into_iter()
            .filter(|e| !tied.contains(&(e.from, e.to))),
    );
}

/// Whether `k` is a compound naming a body by its size ("a six-coach
/// commuter train") and `other`'s owner that body ("the train's"). A word
/// the owner carries ("the freight train's") must describe the body too.
fn described_body(r: &Relator, k: usize, other: usize) -> bool {
    let scan = r.scan;
    let Some(owner) = r.claims[other]
        .frame
        .owner
        .as_deref()
        .filter(|o| !is_pronoun(o))
    else {
        return false;
    };
    if !r.compound(k) {
        return false;
    }
    let owner = r.grammar.lemma(&owner.to_lowercase());
    let last = r.cands[k].last;
    let body: Vec<usize> = (last + 1..last + 4)
        .take_while(|&j| scan.kind(j) == Some(crate::scan::TokenKind::Word))
        .collect();
    let Some(&noun) = body
        .iter()
        .find(|&&j| r.grammar.lemma(scan.low(j)) == owner)
    else {
        return false;
    };
    owner_modifier(r, other).is_none_or(|m| {
        body.iter()
            .take_while(|&&j| j < noun)
            .any(|&j| scan.low(j) == m)
    })
}

/// The word an owner carries before its noun ("the freight train's" →
/// "freight"), in the figure's own sentence.
fn owner_modifier<'a>(r: &Relator<'a>, k: usize) -> Option<&'a str> {
    let scan = r.scan;
    let owner = r.claims[k].frame.owner.as_deref()?;
    let owner = r.grammar.lemma(&owner.to_lowercase());
    let s0 = scan.sentence_of(r.cands[k].first).0;
    // The possessive may be one token with the noun ("train's").
    let noun = |j: usize| {
        let w = scan.low(j);
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
            .to_string()
    };
    let at = (s0..r.cands[k].first)
        .rev()
        .find(|&j| r.grammar.lemma(&noun(j)) == owner)?;
    let j = at.checked_sub(1).filter(|&j| j >= s0)?;
    let w = scan.low(j);
    (scan.kind(j) == Some(crate::scan::TokenKind::Word)
        && !r.grammar.definite.contains(w)
        && !matches!(w, "a" | "an" | "of"))
    .then_some(w)
}

/// Whether `member` counts some of the body that `body` names by its size
/// ("a nine-judge court" … "the four dissenting judges", "a 61-seat chamber"
/// … "the 38 elected seats"): a participle between `member`'s figure and its
/// noun that the body's sentence does not hold picks out a subset. "A
/// 12-member board" … "the 14 board members" restates the body.
fn picked_from(r: &Relator, body: usize, member: usize) -> bool {
    if !r.compound(body) {
        return false;
    }
    let Some(h) = r.claims[member].frame.head.as_ref() else {
        return false;
    };
    let scan = r.scan;
    let head = scan
        .tokens
        .partition_point(|t| t.span().start < h.span.start);
    let (s0, s1) = scan.sentence_of(r.cands[body].first);
    // A participle picks out ("dissenting", "absent", "elected"); a noun
    // names the kind ("the 386,400 tax returns" … "the 368,400-return
    // backlog" is one set).
    let participle = |w: &str| {
        (w.len() > 5 && w.ends_with("ing"))
            || r.grammar.is_past_form(w)
            || r.grammar.irregular_participles.contains(w)
    };
    (r.cands[member].last + 1..head).any(|j| {
        scan.kind(j) == Some(crate::scan::TokenKind::Word)
            && participle(scan.low(j))
            && !(s0..s1).any(|i| scan.low(i) == scan.low(j))
    })
}

/// Whether a figure after `a` and before `b` has `b`'s value: then `b`
/// restates that one ("three of them with serious injuries … The three
/// seriously hurt riders"), and says nothing of `a`.
/// The figure may stand in `a`'s own sentence ("four of its 19 branches").
fn echoes_other(r: &Relator, a: usize, b: usize) -> bool {
    let value = |k: usize| r.nominal(k);
    let Some(vb) = value(b) else { return false };
    if value(a) == Some(vb) {
        return false;
    }
    let from = (0..a)
        .rev()
        .take_while(|&k| r.claims[k].sentence == r.claims[a].sentence)
        .last()
        .unwrap_or(a);
    // Of the same things, or a part whose noun its whole names ("four of
    // its 19 branches"); not a score ("by 19 votes to 4").
    let head = r.specific_head(b);
    let things = |k: usize| {
        let hk = r.specific_head(k);
        hk == head || (hk.is_none() && (r.claims[k].frame.partitive || elided_class(r, k) == head))
    };
    if (from..b).any(|k| {
        k != a && value(k) == Some(vb) && r.claims[k].kind == r.claims[b].kind && things(k)
    }) {
        return true;
    }
    // Or told before `a`, of the same things: "confirmed in 31 patients …
    // Four patients have died … Of the 31 patients" takes up the first 31.
    // A bounded look back keeps a long list linear.
    head.is_some()
        && (from.saturating_sub(ECHO_LOOK_BACK)..from).any(|k| {
            // A headline's figure summarises; the body restates its own.
            value(k) == Some(vb)
                && r.claims[k].kind == r.claims[b].kind
                && r.claims[k].frame.paragraph != 0
                && r.specific_head(k) == head
        })
}

/// "Medics treated 214 runners, and eleven were taken to hospital": a
/// figure with no noun opening a clause joined by "and", its verb right
/// after it, counts the things the clause before counted.
fn elided_subject(r: &Relator, k: usize) -> bool {
    let (f, c) = (&r.claims[k].frame, &r.cands[k]);
    let next = r.scan.low(c.last + 1);
    f.head.is_none()
        && !f.partitive
        && r.scan.is(c.first.wrapping_sub(1), "and")
        && (matches!(next, "were" | "was" | "had" | "have") || r.grammar.is_past_form(next))
}

/// The noun a bare figure leaves out, from the last counted noun of its
/// kind in its sentence: "24 seats, the Greens … 12, and the League …
/// nine" counts seats; "by 19 votes to 4" counts votes.
fn elided_class<'r>(r: &'r Relator, k: usize) -> Option<&'r str> {
    let sentence = r.claims[k].sentence;
    (0..k)
        .rev()
        .take_while(|&j| r.claims[j].sentence == sentence)
        .filter(|&j| r.claims[j].kind == r.claims[k].kind)
        .find_map(|j| r.specific_head(j))
}

/// How many figures before `a` may hold the one `b` takes up.
const ECHO_LOOK_BACK: usize = 48;

/// "Thousands of homes were still without water" … "flooded the basements
/// of 37 properties": a vague quantity restates a precise one of a synonym
/// only when one verb tells both; on the same noun, the noun is enough.
fn same_word(r: &Relator, fa: &claimcheck_claims::Frame, fb: &claimcheck_claims::Frame) -> bool {
    let lemma = |f: &claimcheck_claims::Frame| f.head.as_ref().map(|h| h.lemma.clone());
    // "freed 11 motorists" … "the dozens of drivers pulled out": synonyms
    // under verbs of one deed.
    let deed =
        |f: &claimcheck_claims::Frame| f.predicate.as_deref().and_then(|p| r.grammar.deed_of(p));
    let class = |f: &claimcheck_claims::Frame| f.head.as_ref().map(|h| h.class.clone());
    lemma(fa) == lemma(fb)
        || fa.predicate.as_ref().is_some_and(|p| {
            fb.predicate
                .as_ref()
                .is_some_and(|q| p.eq_ignore_ascii_case(q))
        })
        || (class(fa).is_some()
            && class(fa) == class(fb)
            && deed(fa).is_some()
            && deed(fa) == deed(fb))
}

/// A strict one-sided hedge rounds: "more than 50", "nearly 50,000", "just
/// under 1,000" ("at least" and "up to" are floors and ceilings, not roundings).
fn rounds(v: &claimcheck_claims::Value) -> bool {
    use claimcheck_claims::{Bound, Value};
    match v {
        Value::Number(i) => {
            (i.bound == Bound::AtLeast && i.low_open) || (i.bound == Bound::AtMost && i.high_open)
        }
        _ => false,
    }
}

fn is_vague(v: &claimcheck_claims::Value) -> bool {
    matches!(v, claimcheck_claims::Value::Number(i) if i.bound == claimcheck_claims::Bound::Vague)
}

/// Within 15% of each other: a rounding stays near what it rounds.
fn close(a: &claimcheck_claims::Value, b: &claimcheck_claims::Value) -> bool {
    use claimcheck_claims::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let d = (x.nominal - y.nominal).abs() * rust_decimal::Decimal::from(100);
            d <= x.nominal.abs().max(y.nominal.abs()) * rust_decimal::Decimal::from(15)
        }
        _ => false,
    }
}

/// A plan stated, then referred back to: "will cut 450 jobs" … "the 540 job
/// cuts would hit …"; reported, "said it would cut 750 jobs" … "the 850 job
/// cuts" (a figure hedged by "could" or "may" carries a modality and is left
/// out before this).
/// Two statements of one quantity differ by a slip ("three" for "13"), not
/// five times over: "cells holding two men" is not "the 1,184 men", a
/// player's "five games" not the tournament's "45 games". A slip of scale
/// ("1.2 million" for "1.2 billion") keeps its digits and stays a match.
fn far_apart(a: &claimcheck_claims::Value, b: &claimcheck_claims::Value) -> bool {
    use rust_decimal::Decimal;
    let (claimcheck_claims::Value::Number(x), claimcheck_claims::Value::Number(y)) = (a, b) else {
        return false;
    };
    if is_vague(a) || is_vague(b) || x.nominal <= Decimal::ZERO || y.nominal <= Decimal::ZERO {
        return false;
    }
    let (lo, hi) = if x.nominal < y.nominal {
        (x.nominal, y.nominal)
    } else {
        (y.nominal, x.nominal)
    };
    if hi < lo * Decimal::from(5) {
        return false;
    }
    // The same digits at another scale.
    let mut scaled = lo;
    while scaled < hi {
        scaled *= Decimal::ONE_THOUSAND;
    }
    scaled != hi
}

fn plan_restated(fa: &claimcheck_claims::Frame, fb: &claimcheck_claims::Frame) -> bool {
    matches!(fa.tense, Tense::Future | Tense::Modal)
        && !fa.partitive
        && !fa.change
        && fb.definite
        && matches!(fb.tense, Tense::Future | Tense::Modal)
}

/// Whether nothing after `k`'s noun picks out a subset: the noun ends the
/// phrase ("the six bridges was", "all 41 volunteers,") rather than leading a
/// relative clause, a participle or a prepositional phrase.
fn unqualified(r: &Relator, k: usize) -> bool {
    let Some((_, next)) = r.head_tokens(k) else {
        return false;
    };
    let scan = r.scan;
    next >= scan.len()
        || (scan.kind(next) == Some(crate::scan::TokenKind::Punct) && !scan.is_punct(next, '('))
        || {
            let w = scan.low(next);
            r.grammar.modal.contains(w)
                || r.grammar.perfect.contains(w)
                || matches!(w, "will" | "shall" | "is" | "are" | "was" | "were")
        }
}

/// Whether definite `b` carries a word before its noun that `a`'s sentence
/// lacks: "22 matches" … "their six group matches" picks out some of them.
/// `a`'s own verb names the set back ("leased 16 cars" … "the 14 leased
/// cars"), and a word said beside `a` describes the same things ("27 of its
/// 142 midwife posts" … "the 31 midwife posts").
fn modifier_apart(r: &Relator, a: usize, b: usize) -> bool {
    let Some((head, _)) = r.head_tokens(b) else {
        return false;
    };
    if !r.claims[b].frame.definite {
        return false;
    }
    let scan = r.scan;
    let (s0, s1) = scan.sentence_of(r.cands[a].first);
    let said_beside_a = |w: &str| {
        let (lemma, stem_w) = (r.grammar.lemma(w), stem(w));
        (s0..s1).any(|j| {
            let x = scan.low(j);
            x == w || r.grammar.lemma(x) == lemma || stem(x) == stem_w
        })
    };
    // A present participle says what the set is doing, which the first
    // mention may say in other words: "2,300 nurses walked off the job" …
    // "the 3,200 striking nurses"; "Six ministers quit" … "the five
    // departing ministers".
    (r.cands[b].last + 1..head).any(|j| {
        let w = scan.low(j);
        scan.kind(j) == Some(crate::scan::TokenKind::Word)
            && !r.grammar.function_words.contains(w)
            && !w.ends_with("ing")
            && !said_beside_a(w)
    }) && !named_by_its_verb(r, a, b)
}

/// Whether `k`'s possessive pronoun ("The Greens held their eight seats")
/// is bound by a name before it in its sentence (after its first word) that `other`'s sentence
/// does not hold: then the two figures count two owners' things.
fn bound_elsewhere(r: &Relator, k: usize, other: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[k].first;
    let s0 = scan.sentence_of(first).0;
    let (o0, o1) = scan.sentence_of(r.cands[other].first);
    let names: Vec<&str> = (s0..first)
        .filter(|&j| {
            // Any word opens a sentence capitalised: only later ones are names.
            j > s0 && scan.capitalized(j) && r.layout.claim_at(j).is_none()
        })
        .map(|j| scan.low(j))
        .collect();
    // The opening word may still name the owner: "Agrarian leader Ilona
    // Ferst said her 11 deputies" speaks for the Agrarian Centre.
    let opening = (scan.capitalized(s0) && !r.grammar.function_words.contains(scan.low(s0)))
        .then(|| scan.low(s0));
    !names.is_empty()
        && !names
            .iter()
            .copied()
            .chain(opening)
            .any(|n| (o0..o1).any(|j| scan.low(j) == n))
}

/// Whether `b` is a definite set whose noun carries `a`'s verb as a
/// participle: "leased 16 sleeping cars" … "the 14 leased cars".
fn named_by_its_verb(r: &Relator, a: usize, b: usize) -> bool {
    let (Some(verb), Some((head, _))) = (r.claims[a].frame.predicate.as_deref(), r.head_tokens(b))
    else {
        return false;
    };
    if !r.claims[b].frame.definite
        || r.grammar
            .having_verbs
            .contains(verb.to_lowercase().as_str())
    {
        return false;
    }
    let scan = r.scan;
    let verb = verb.to_lowercase();
    let verb = stem(&verb);
    if (r.cands[b].last + 1..head).any(|j| stem(scan.low(j)) == verb) {
        return true;
    }
    // "will close 46 of its 138 shops" … "the 64 shops on the closure
    // list", "the 64 shops being closed": the verb or its deed's noun just
    // after the noun, with nothing that turns the set away from the deed.
    let (_, s1) = scan.sentence_of(head);
    let deed = |w: &str| {
        stem(w) == verb || (verb.len() >= 4 && w.len() > verb.len() && w.starts_with(verb))
    };
    let turned = |w: &str| {
        matches!(
            w,
            "not" | "no" | "never" | "spared" | "survive" | "survived" | "stay" | "remain"
        )
    };
    // Up to a relative clause: "the 41,200 candidates who took it passed"
    // is told of all who sat, whatever its main verb.
    let words: Vec<&str> = (head + 1..(head + 5).min(s1))
        .take_while(|&j| scan.kind(j) == Some(crate::scan::TokenKind::Word))
        .map(|j| scan.low(j))
        .take_while(|w| !matches!(*w, "who" | "which" | "that" | "whose"))
        .collect();
    !words.iter().any(|w| turned(w)) && words.iter().any(|w| deed(w))
}

/// "will shut 12 libraries" … "the 15 libraries that will stay open": words
/// after `b`'s noun that keep its things from `a`'s deed (a verb opposite to
/// it, or "stay", "remain", "spared") make them the rest, not that set.
fn turned_from(r: &Relator, a: usize, b: usize) -> bool {
    let (Some(verb), Some((head, _))) = (r.claims[a].frame.predicate.as_deref(), r.head_tokens(b))
    else {
        return false;
    };
    let scan = r.scan;
    let (_, s1) = scan.sentence_of(head);
    (head + 1..(head + 7).min(s1))
        .take_while(|&j| scan.kind(j) == Some(crate::scan::TokenKind::Word))
        .any(|j| {
            let w = scan.low(j);
            r.grammar.opposite(verb, w)
                || matches!(
                    w,
                    "stay" | "stays" | "remain" | "remains" | "spared" | "survive"
                )
        })
}

/// "the 540 job cuts", "all 51 suspects": the figure names a set told before.
fn restated(r: &Relator, b: usize) -> bool {
    let first = r.cands[b].first;
    let before = r.scan.low(first.wrapping_sub(1));
    r.claims[b].frame.definite
        && (matches!(before, "the" | "those" | "these") || r.scan.is(first, "all"))
}

/// A possessive pronoun just before the figure: "its fleet of 38 aircraft".
fn owned_by_pronoun(r: &Relator, k: usize) -> bool {
    let first = r.cands[k].first;
    let s0 = r.scan.sentence_of(first).0;
    (first.saturating_sub(4).max(s0)..first).any(|j| is_pronoun(r.scan.low(j)))
}
