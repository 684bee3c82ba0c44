//! Components: parts that make up a total.
//!
//! Wordings recognised:
//! - a breakdown in percentages closed by a remainder, in one sentence: "Almost
//!   two-thirds will go to universities and a quarter to institutes, with the
//!   remaining 16 percent split between …"; "46 percent …, 31 percent …, with 19
//!   percent from Essel; the rest, about one in ten, …" (the shares and the
//!   remainder make 100); the shares may stand in the sentence before ("… 40%
//!   into roads and 34% into schools. Parks get the remaining 35%.");
//! - shares of one whole listed side by side, a partial breakdown that must
//!   not pass 100: "78% backed strike action and 31% voted against"; "put
//!   Tervo on 32%, Keane on 29% and Pryce on 9%, with 39% undecided"; not
//!   rates of separate groups ("mortality rates were 49% for …, 53% for …"),
//!   changes ("rose 14%"), shares of two wholes ("60% of the province … 55%
//!   of households") or a comparison ("than");
//! - a sum of money or a count closed by a remainder: "The $1.96 billion budget
//!   gives $612 million to …, and $188 million to housing. The remaining $306
//!   million covers administration"; "Of the 132,235 ballots, 76,014 went to …
//!   The rest, 1,405, were spoiled"; "the remaining two of the chamber's 57";
//! - a total stated "in all" after a sentence listing its parts: "Four gas-fired
//!   plants disconnected first, followed by three hydroelectric stations and
//!   five wind farms. In all, 11 power stations dropped off the network."
//! - a total followed by ", with" and figures placed in named places: "employs
//!   1,840 people at three plants, with 910 in Tavel, 520 in Oskby and 380 at
//!   Lund Mill" (complete when the places are counted).
//! - sums from named givers after a verb of paying for a thing, against the
//!   sum it cost told before: "an £8.4 million restoration" … "The work was
//!   paid for with £4.1 million from the Heritage Fund, £1.6 million from the
//!   council and £1.3 million raised by the trust" (complete).

use super::{Relator, REACH};
use claimcheck_claims::{Edge, EdgeKind, Kind};

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    percent_remainder(r, out);
    percent_lists(r, out);
    let incomplete = announced_split(r, out);
    totals(r, out, &incomplete);
    amount_remainder(r, out);
    fronted_remainder(r, out);
    placed_breakdown(r, out);
    funding_breakdown(r, out);
    running_total(r, out);
    // "six community centres, with four sessions at each, 24 in all": a
    // figure given for each of the others multiplies, it does not add.
    out.retain(|e| e.kind != EdgeKind::Components || !e.parts.iter().any(|&p| distributive(r, p)));
}

/// A figure given per member of another: "four sessions at each", "40
/// laptops each", "two apiece", "three shifts per site".
fn distributive(r: &Relator, p: usize) -> bool {
    let scan = r.scan;
    let last = r.cands[p].last;
    let (_, s1) = scan.sentence_of(last);
    (last + 1..(last + 5).min(s1))
        .take_while(|&j| scan.kind(j) == Some(crate::scan::TokenKind::Word))
        .any(|j| matches!(scan.low(j), "each" | "apiece" | "per"))
}

/// A remainder cue just before a figure: "the remaining $306 million", "the
/// rest, 40", "the remainder, 1,200".
fn remainder_cue(r: &Relator, k: usize) -> Option<usize> {
    let scan = r.scan;
    let first = r.cands[k].first;
    let s0 = scan.sentence_of(first).0;
    // "with schools accounting for the other 19": the others are the rest.
    let the_other = first >= s0 + 2 && scan.is(first - 1, "other") && scan.is(first - 2, "the");
    (first.saturating_sub(3).max(s0)..first)
        .find(|&j| matches!(scan.low(j), "remaining" | "rest" | "remainder" | "balance"))
        .or(the_other.then(|| first - 1))
}

/// A sum of money or a count closed by a remainder, after its total and the
/// listed parts, in one sentence or over up to three of one paragraph: "The
/// $1.96 billion budget gives $612 million to schools, …, and $188 million to
/// housing. The remaining $306 million covers administration." The total is
/// the earliest figure of that kind larger than every figure after it.
fn amount_remainder(r: &Relator, out: &mut Vec<Edge>) {
    for k in 0..r.claims.len() {
        let ck = &r.claims[k];
        // The remainder's own "remaining" is a change word; its parts' are not.
        if !matches!(ck.kind, Kind::Money | Kind::Count) {
            continue;
        }
        let Some(cue) = remainder_cue(r, k) else {
            continue;
        };
        // Already closed by another recogniser.
        if out
            .iter()
            .any(|e| e.kind == EdgeKind::Components && e.parts.contains(&k))
        {
            continue;
        }
        let same = |p: usize| {
            let cp = &r.claims[p];
            cp.kind == ck.kind
                && cp.unit == ck.unit
                && cp.frame.paragraph == ck.frame.paragraph
                && ck.sentence.saturating_sub(cp.sentence) <= 2
                && (!cp.frame.change || one_more(r, p) || reached_level(r, p))
                && !r.compared_with(p)
                // "cost £7.8 million, against an estimate of £6.1 million":
                // a baseline is neither part nor total ("131 men, against 44
                // women" sets parts side by side).
                && !(r.is_baseline(p) && planned_or_earlier(r, p))
                // "90 per cent of the ministry's target of 5,400": a planned
                // level is neither part nor total.
                && !cp.frame.scope.iter().any(|s| s == "target")
                && !planned_level(r, p)
                // "Warren earned 8 delegates, Biden earned 6": a part may
                // leave its noun unsaid, but not name another.
                && (ck.kind == Kind::Money
                    || r.head_class(p).is_none()
                    || r.head_class(k).is_none()
                    || r.head_class(p) == r.head_class(k))
        };
        let mut window: Vec<usize> = (0..k)
            .rev()
            .take_while(|&p| ck.sentence.saturating_sub(r.claims[p].sentence) <= 2)
            .filter(|&p| same(p))
            .collect();
        window.reverse();
        // "approved the plan by 31 votes to 19, with two abstentions": a
        // tally's sentence before the remainder's holds none of a count's
        // parts, and no total of them.
        if ck.kind == Kind::Count {
            let tallies: Vec<usize> = window
                .iter()
                .filter(|&&q| tally_pair(r, q) && r.claims[q].sentence != ck.sentence)
                .map(|&q| r.claims[q].sentence)
                .collect();
            window.retain(|&p| !tallies.contains(&r.claims[p].sentence));
        }
        let value = |p: usize| r.nominal(p);
        // The whole a figure is taken from; for a listed part, one stated
        // before it ("Of the 1,240 homes, 496 …").
        // Or in the part's own phrase: "won 30 of the assembly's 81 seats".
        let phrase_whole = |p: usize, w: usize| {
            w > p
                && r.claims[w].sentence == r.claims[p].sentence
                && r.cands[w].first <= r.cands[p].last + 5
                && r.scan.is(r.cands[p].last + 1, "of")
        };
        let whole_of = |p: usize| {
            out.iter()
                .find(|e| {
                    e.kind == EdgeKind::PartOf
                        && e.from == p
                        && (p == k || e.to < p || phrase_whole(p, e.to))
                })
                .map(|e| e.to)
        };
        // The total: the whole the remainder or the nearest part is taken
        // from ("the remaining two of the chamber's 57"; "Of the 1,240 homes,
        // 496 …"; "Of the members balloted, 20,100 …"; "412 crews, 96 of
        // them … Of the 23 finals, overseas crews won nine and home crews the
        // other 14" closes the 23), else the earliest figure
        // naming its things that is larger than every figure after it ("the
        // state's 41 pledged delegates").
        let named = |p: usize| ck.kind == Kind::Money || r.specific_head(p).is_some();
        let stated = whole_of(k)
            .or_else(|| window.iter().rev().find_map(|&p| whole_of(p)))
            // "raised £4.2 million, nearly two-thirds of its £6.5 million
            // target": a goal is no whole the money listed after is taken from.
            .filter(|&w| !planned_level(r, w));
        // "guilty on nine of the 14 counts she faced, six of them for
        // misconduct. Jurors cleared her of three and could not agree on the
        // remaining two": a part taken from the stated whole within the
        // whole's own sentence is an aside; the list goes on among the parts
        // of the larger whole that sentence names (nine, three, two of 14).
        let lifted = stated.and_then(|w| {
            let s = r.claims[w].sentence;
            let upper = out
                .iter()
                .find(|e| e.kind == EdgeKind::PartOf && e.from == w && r.claims[e.to].sentence == s)
                .map(|e| e.to)?;
            let aside = window
                .iter()
                .filter(|&&p| whole_of(p) == Some(w))
                .all(|&p| r.claims[p].sentence == s);
            let start = window.iter().position(|&p| p == w)?;
            aside.then_some((upper, start))
        });
        // "Printed books make up the bulk, with 912,400 loans, of which
        // 388,000 were children's titles. E-books accounted for 318,600, and
        // the remaining 231,800 …": the whole of an aside in its own
        // sentence is itself a part when it, the figures after that
        // sentence and the remainder add up exactly to a figure told before
        // (1,462,800 in the lede).
        let aside_sibling = stated.filter(|&w| w < k && lifted.is_none()).and_then(|w| {
            let later: Vec<usize> = window
                .iter()
                .copied()
                .filter(|&p| r.claims[p].sentence > r.claims[w].sentence && p != k)
                .collect();
            let sum = later
                .iter()
                .chain([w, k].iter())
                .map(|&p| value(p))
                .sum::<Option<rust_decimal::Decimal>>()?;
            let told = (0..w)
                .rev()
                .take_while(|&p| ck.sentence.saturating_sub(r.claims[p].sentence) <= REACH)
                .find(|&p| {
                    let cp = &r.claims[p];
                    cp.kind == ck.kind && cp.unit == ck.unit && value(p) == Some(sum)
                })?;
            Some((told, w, later))
        });
        if let Some((told, w, later)) = aside_sibling {
            let mut e = r.edge(EdgeKind::Components, told, k, cue, cue);
            e.parts = std::iter::once(w).chain(later).chain([k]).collect();
            e.complete = true;
            out.push(e);
            continue;
        }
        let (total, after) = match (lifted, stated, adds_up(r, &window, k)) {
            (Some(lifted), _, _) => lifted,
            // A whole named after the list ("the remaining two of the
            // chamber's 57") has the whole list for parts.
            (None, Some(w), _) if w > k => (w, 0),
            // The list starts at the first part taken from the whole ("Of
            // those applicants, 4,275 …"), not at other figures of the
            // whole's own sentence ("5,130 applications for 5,400 places").
            (None, Some(w), _) => (
                w,
                window
                    .iter()
                    .position(|&p| whole_of(p) == Some(w))
                    .or_else(|| window.iter().position(|&p| p > w))
                    .unwrap_or(window.len()),
            ),
            // "Income reached 24.6 million euros. Ticket sales brought in
            // 15.1 million euros and memberships 4.2 million. The cafés and
            // shop added 3.9 million euros, with the remaining 1.4 million
            // …": a figure that the parts after it and the remainder add up
            // to exactly is their total, whatever its verb.
            (None, None, Some(t)) => (
                t,
                window.iter().position(|&q| q > t).unwrap_or(window.len()),
            ),
            (None, None, None) => {
                // "approved a 48 million mark capital programme … ¶ The
                // refuse fleet … account for 16.5 million marks, … School
                // buildings … get 12.8 million, …, and parks the remaining
                // 3.7 million": a figure told before that the whole list and
                // the remainder add up to exactly is their total, before any
                // guess from the sizes of the parts.
                let sum = window
                    .iter()
                    .chain([k].iter())
                    .map(|&p| value(p))
                    .sum::<Option<rust_decimal::Decimal>>();
                let told = window
                    .first()
                    .filter(|_| window.len() >= 2)
                    .and_then(|&first| {
                        (0..first)
                            .rev()
                            .take_while(|&p| ck.sentence - r.claims[p].sentence <= REACH)
                            .find(|&p| {
                                let cp = &r.claims[p];
                                cp.kind == ck.kind
                                    && cp.unit == ck.unit
                                    && sum.is_some()
                                    && value(p) == sum
                                    && !planned_level(r, p)
                            })
                    });
                if let Some(t) = told {
                    let mut e = r.edge(EdgeKind::Components, t, k, cue, cue);
                    e.parts = window.iter().copied().chain([k]).collect();
                    e.complete = true;
                    out.push(e);
                    continue;
                }
                let found = (0..window.len()).find(|&i| {
                    let Some(v) = value(window[i]) else {
                        return false;
                    };
                    // "about 1,140 rowers" totals no list of crews.
                    let classes_meet = ck.kind == Kind::Money
                        || r.head_class(window[i]).is_none_or(|c| {
                            window[i + 1..]
                                .iter()
                                .all(|&p| r.head_class(p).is_none_or(|pc| pc == c))
                        });
                    // "the other 14" closes a list of the total's own
                    // things: the total names what a part names.
                    let other_cue = r.scan.is(cue, "other");
                    let same_things = r.head_class(window[i]).is_some_and(|c| {
                        window[i + 1..].iter().any(|&p| r.head_class(p) == Some(c))
                    });
                    named(window[i])
                        && classes_meet
                        && (!other_cue || same_things)
                        && !ranked_top(r, window[i])
                        && !share_apposed(r, window[i])
                        && i + 1 < window.len()
                        && !listed_with_next(r, window[i], window[i + 1])
                        // "Books accounted for 9,301 of the returns. Another
                        // 3,410 were DVDs …": "another" makes the next
                        // figure a sibling of this one, not its part.
                        && !sibling_after(r, window[i + 1])
                        && window[i + 1..]
                            .iter()
                            .chain(std::iter::once(&k))
                            .all(|&p| value(p).is_some_and(|x| x < v))
                });
                match found {
                    Some(t) => (window[t], t + 1),
                    None => {
                        // "The service will spend $91.5 million next year.
                        // ¶ Staff will cost $40.2 million and buildings $25.1
                        // million. The remaining $31.8 million covers …": the
                        // total just before the breakdown's paragraph.
                        // Sums of money only: a count's breakdown may leave
                        // out its subject ("the fourth member of the 13-nation
                        // compact … Three other members … the remaining nine").
                        // "Sawn timber remained the biggest earner at 1.12
                        // billion. Pulp brought in 640 million, … and
                        // furniture the remaining 220 million": a breakdown
                        // led by its largest part is the story's own total,
                        // told in the headline or the first two paragraphs.
                        let top = window.iter().copied().find(|&p| ranked_top(r, p));
                        if let Some(top) = top {
                            // The parts: the ranked figure and those after it
                            // that count the same things ("the busiest of the
                            // four lines with 71.2 million journeys" is no
                            // part "four").
                            let class = r.head_class(top);
                            let mut parts: Vec<usize> = window
                                .iter()
                                .copied()
                                .filter(|&p| {
                                    p >= top
                                        && (r.head_class(p).is_none() || r.head_class(p) == class)
                                })
                                .collect();
                            let listed: rust_decimal::Decimal =
                                parts.iter().filter_map(|&p| value(p)).sum();
                            // "… the remaining 286 million goes on building
                            // work. ¶ The biggest capital item is 118 million
                            // …, with the other 63 million …": a figure told
                            // before that the parts add up to exactly is
                            // their total, not the story's.
                            let sum = value(k).map(|v| v + listed);
                            // Within reach, so a long list stays linear.
                            let told = (0..top)
                                .rev()
                                .take_while(|&p| ck.sentence - r.claims[p].sentence <= REACH)
                                .find(|&p| {
                                    let cp = &r.claims[p];
                                    cp.kind == ck.kind && cp.unit == ck.unit && value(p) == sum
                                });
                            let lede = told.or_else(|| {
                                (0..top).find(|&p| {
                                    let cp = &r.claims[p];
                                    cp.kind == ck.kind
                                        && cp.unit == ck.unit
                                        && cp.frame.paragraph <= 2
                                        && (!cp.frame.change
                                            || matches!(
                                                r.scan.low(r.cands[p].first.wrapping_sub(1)),
                                                "to" | "reached"
                                                    | "hit"
                                                    | "totalled"
                                                    | "totaled"
                                                    | "record"
                                            ))
                                        && cp.frame.scope.is_empty()
                                        && named(p)
                                        && (ck.kind == Kind::Money || r.head_class(p) == class)
                                        && value(p).is_some_and(|v| v > listed)
                                })
                            });
                            if let Some(t) = lede {
                                parts.push(k);
                                let mut e = r.edge(EdgeKind::Components, t, k, cue, cue);
                                e.parts = parts;
                                e.complete = true;
                                out.push(e);
                            }
                            continue;
                        }
                        let listed: rust_decimal::Decimal =
                            window.iter().filter_map(|&p| value(p)).sum();
                        // A count's total only when it counts the things a
                        // part names ("a record 214 crews" … "universities
                        // sent 58 crews, … the other 19").
                        // Not a body named by its size ("the fourth member of
                        // the 13-nation compact … Three other members … the
                        // remaining nine" leaves out the fourth).
                        let part_class = |t: usize| {
                            !r.compound(t)
                                && r.head_class(t).is_some_and(|c| {
                                    window.iter().any(|&p| r.head_class(p) == Some(c))
                                })
                        };
                        let Some(&first) = window.first() else {
                            continue;
                        };
                        let s_first = r.claims[first].sentence;
                        // Or two paragraphs up, when the one between
                        // tells no sum ("… had cost 31 million dorn. ¶ Draws
                        // were common … ¶ The state paid 18 million dorn
                        // towards the bill …, the remaining 6 million").
                        // A change told between ("The cut of £650,000",
                        // "down from £1.9 million") is no other sum: it
                        // measures the total, not another bill.
                        let measures_change = |q: usize| {
                            r.claims[q].frame.change
                                || r.is_baseline(q)
                                || r.is_difference(q)
                                || r.claims[q].frame.head.as_ref().is_some_and(|h| {
                                    r.grammar.change_nouns.contains(h.lemma.as_ref())
                                })
                        };
                        let no_sum_between = |p: usize| {
                            (p + 1..first).all(|q| {
                                r.claims[q].kind != Kind::Money
                                    || r.claims[q].unit != ck.unit
                                    || measures_change(q)
                            })
                        };
                        let candidate = |p: usize| {
                            let cp = &r.claims[p];
                            let up = ck.frame.paragraph.saturating_sub(cp.frame.paragraph);
                            let near = (up == 1 && s_first.saturating_sub(cp.sentence) <= 2)
                                || (up == 2 && s_first.saturating_sub(cp.sentence) <= 6);
                            cp.kind == ck.kind
                                && cp.unit == ck.unit
                                && (ck.kind == Kind::Money || part_class(p))
                                && (!cp.frame.change || reached_level(r, p))
                                && named(p)
                                && near
                                // "raised £4.2 million, nearly two-thirds of
                                // its £6.5 million target": a goal is no total.
                                && !planned_level(r, p)
                                && value(p).is_some_and(|v| v > listed)
                        };
                        // The one the parts and the remainder add up to
                        // exactly, if any (a sum may stand between), else
                        // the nearest with none between.
                        let whole = value(k).map(|v| v + listed);
                        // Or further up, when the parts and the remainder
                        // add up exactly to a figure of their own things
                        // ("to close 27 of its supermarkets … ¶ … rivals have
                        // opened more than 30 outlets … ¶ The first wave of
                        // nine shops … The other 18").
                        let far_exact = |p: usize| {
                            let cp = &r.claims[p];
                            cp.kind == ck.kind
                                && cp.unit == ck.unit
                                && (ck.kind == Kind::Money || part_class(p))
                                && !cp.frame.change
                                && named(p)
                                && !planned_level(r, p)
                                && value(p) == whole
                        };
                        let exact = (0..first)
                            .rev()
                            .find(|&p| candidate(p) && value(p) == whole)
                            .or_else(|| {
                                (0..first)
                                    .rev()
                                    .take_while(|&p| ck.sentence - r.claims[p].sentence <= REACH)
                                    .find(|&p| far_exact(p))
                            });
                        let Some(t) = exact.or_else(|| {
                            (0..first)
                                .rev()
                                .find(|&p| candidate(p) && no_sum_between(p))
                        }) else {
                            continue;
                        };
                        (t, 0)
                    }
                }
            }
        };
        let mut parts: Vec<usize> = window[after..]
            .iter()
            .copied()
            .filter(|&p| p != total)
            .collect();
        // "$418 million, including $95 million for the bus line": a part of a
        // part is no part of the total.
        let sub: Vec<usize> = parts
            .iter()
            .copied()
            .filter(|&p| {
                out.iter()
                    .any(|e| e.kind == EdgeKind::PartOf && e.from == p && parts.contains(&e.to))
            })
            .collect();
        parts.retain(|p| !sub.contains(p));
        // "4.61 million passengers … the 17 other airlines … accounted for
        // the remaining 1.34 million": the remainder's own clause may name
        // who holds it; a figure there naming another noun than the total's
        // is its subject, no part.
        if ck.kind == Kind::Count {
            let class = r.head_class(total);
            let holder = |p: usize| {
                p + 1 == k
                    && r.claims[p].frame.clause == ck.frame.clause
                    && r.scan.is(r.cands[p].first.wrapping_sub(1), "the")
                    && class.is_some()
                    && r.head_class(p).is_some_and(|c| Some(c) != class)
            };
            parts.retain(|&p| !holder(p));
            parts.retain(|&p| !describes(r, total, p));
        }
        if parts.is_empty() {
            continue;
        }
        parts.push(k);
        // A list of the same total cut short at a sentence's end ("41
        // delegates: Buttigieg at 14, Sanders 12. Warren 8, …, the remaining
        // 1") is this list's beginning.
        out.retain(|e| {
            !(e.kind == EdgeKind::Components
                && e.from == total
                && e.parts.iter().all(|p| parts.contains(p)))
        });
        let mut e = r.edge(EdgeKind::Components, total, k, cue, cue);
        e.parts = parts;
        e.complete = true;
        out.push(e);
    }
}

/// "approved the plan by 31 votes to 19": the second figure of a tally
/// ("N nouns to M") counts the first one's things.
fn tally_pair(r: &Relator, p: usize) -> bool {
    let first = r.cands[p].first;
    p > 0
        && first >= 3
        && r.scan.is(first - 1, "to")
        && r.cands[p - 1].last + 2 == first - 1
        && r.claims[p - 1]
            .frame
            .head
            .as_ref()
            .is_some_and(|h| h.span.start >= r.scan.tokens[first - 2].span().start)
}

/// "A total of 142 balloons from 19 countries were registered, 57 …, the other
/// 85": a figure in a phrase that hangs on the total's own noun ("from 19
/// countries", "in 11 countries", "across 30 towns"), or on its verb ("212
/// acts played on nine stages"), describes the total; it is none of its parts.
fn describes(r: &Relator, total: usize, p: usize) -> bool {
    let Some(head) = r.claims[total].frame.head.as_ref() else {
        return false;
    };
    let scan = r.scan;
    let j = r.cands[p].first;
    if r.claims[p].sentence != r.claims[total].sentence
        || j < 2
        || j <= r.cands[total].last
        || head.span.start < r.scan.tokens[r.cands[total].last].span().end
        || !matches!(
            scan.low(j - 1),
            "from" | "in" | "across" | "at" | "over" | "on"
        )
    {
        return false;
    }
    // The words between the head and the preposition: none, or a verb of
    // one or two words with no figure or stop among them.
    let after_head = (r.cands[total].last + 1..j - 1)
        .find(|&i| scan.tokens[i].span().start >= head.span.end)
        .unwrap_or(j - 1);
    let between = after_head..j - 1;
    between.len() <= 2
        && between.clone().all(|i| {
            scan.kind(i) == Some(crate::scan::TokenKind::Word)
                && r.layout.claim_at(i).is_none()
                && !matches!(scan.low(i), "and" | "or" | "but" | "while" | "with")
        })
}

/// "Advanced apprenticeships remained the most popular route, with 61,400
/// starts": the figure of a group ranked first among others is one of the
/// parts, not their total.
fn ranked_top(r: &Relator, p: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[p].first;
    let (s0, _) = scan.sentence_of(first);
    // "the busiest of the four lines with 71.2 million": the set a
    // superlative picks from is no ranked part.
    let picked_from = first >= 2
        && scan.is(first - 2, "of")
        && matches!(scan.low(first - 1), "the" | "its" | "their");
    !picked_from
        && (s0 + 1..first).any(|j| {
            scan.is(j - 1, "the")
                && matches!(
                    scan.low(j),
                    "most"
                        | "largest"
                        | "biggest"
                        | "highest"
                        | "greatest"
                        | "busiest"
                        | "commonest"
                )
        })
}

/// A figure of the remainder's kind, up to two sentences back in its
/// paragraph, equal to the sum of the listed parts after it and the remainder.
fn adds_up(r: &Relator, window: &[usize], k: usize) -> Option<usize> {
    let ck = &r.claims[k];
    let rest = r.nominal(k)?;
    (0..k)
        .rev()
        .take_while(|&p| ck.sentence.saturating_sub(r.claims[p].sentence) <= 2)
        .filter(|&p| {
            let cp = &r.claims[p];
            cp.kind == ck.kind && cp.unit == ck.unit && cp.frame.paragraph == ck.frame.paragraph
        })
        .find(|&p| {
            let parts: Vec<rust_decimal::Decimal> = window
                .iter()
                .filter(|&&q| q > p)
                .filter_map(|&q| r.nominal(q))
                .collect();
            !parts.is_empty()
                && r.nominal(p) == Some(parts.iter().copied().sum::<rust_decimal::Decimal>() + rest)
        })
}

/// A baseline that is a plan or an earlier level: "an estimate of £6.1
/// million", "11,900 a year earlier", "from 546,000 in 2023".
fn planned_or_earlier(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let text = r.claims[k].text.to_lowercase();
    let before = scan.low(r.cands[k].first.wrapping_sub(1));
    let last = r.cands[k].last;
    before != "against"
        || ["estimate", "forecast", "budget", "target", "expected"]
            .iter()
            .any(|w| text.contains(w))
        || (last + 1..last + 5).any(|j| {
            matches!(
                scan.low(j),
                "earlier" | "ago" | "last" | "previously" | "before"
            ) || r
                .layout
                .claim_at(j)
                .is_some_and(|d| r.claims[d].kind == Kind::Date)
        })
}

/// "12% over the original budget of 346 million", "the initial estimate of
/// $2 billion": a planned level named by its noun just before the figure;
/// "nearly two-thirds of its £6.5 million target": a goal counted by its
/// figure (the money raised towards it is not its parts).
fn planned_level(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let f = r.cands[k].first;
    let goal = r.claims[k]
        .frame
        .head
        .as_ref()
        .is_some_and(|h| matches!(&*h.lemma, "target" | "goal"));
    goal || f >= 3
        && scan.is(f - 1, "of")
        && matches!(
            scan.low(f - 2),
            "budget" | "estimate" | "forecast" | "target" | "plan" | "projection"
        )
        && matches!(
            scan.low(f - 3),
            "original" | "initial" | "planned" | "earlier" | "first" | "projected"
        )
}

/// "Another 336 will be phased out", "a further $40 million": one more item
/// of a list, not a figure that moved.
fn one_more(r: &Relator, k: usize) -> bool {
    let first = r.cands[k].first;
    first > 0
        && matches!(
            r.scan.low(first - 1),
            "another" | "further" | "additional" | "extra"
        )
}

/// A sentence that opens with the remainder and gives its figure last:
/// "Supermarkets brought in 2.61 billion euros. Online sales jumped 18% to 480
/// million euros. The rest came from the pharmacy chain, bought in 2023 for 610
/// million euros, which contributed 290 million." The parts are the figures of
/// the two sentences before (not a level the figure moved from, not an amount
/// it moved by); the total is the latest figure before them, up to three
/// sentences back, that is larger than the parts together ("on revenue of
/// 3.42 billion euros"); a count must name its noun.
fn fronted_remainder(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for &(s0, s1) in &scan.sentences {
        let cue =
            if scan.is(s0, "the") && matches!(scan.low(s0 + 1), "rest" | "remainder" | "balance") {
                s0 + 1
            } else {
                continue;
            };
        // The remainder's figure: the sentence's last count or sum.
        let Some(k) = (s0..s1)
            .rev()
            .filter_map(|j| r.layout.claim_at(j))
            .find(|&k| matches!(r.claims[k].kind, Kind::Money | Kind::Count))
        else {
            continue;
        };
        if remainder_cue(r, k).is_some()
            || out
                .iter()
                .any(|e| e.kind == EdgeKind::Components && e.parts.contains(&k))
        {
            continue;
        }
        let ck = &r.claims[k];
        let value = |p: usize| r.nominal(p);
        // A level moved from ("up from 40") or an amount moved by ("by 12").
        let moved = |p: usize| {
            let f = r.cands[p].first;
            f > 0 && matches!(scan.low(f - 1), "from" | "by")
        };
        let like = |p: usize| {
            let cp = &r.claims[p];
            cp.kind == ck.kind
                && cp.unit == ck.unit
                && !cp.frame.partitive
                && !moved(p)
                && !cp.frame.scope.iter().any(|s| s == "target")
                && (ck.kind == Kind::Money || r.head_class(p) == r.head_class(k))
        };
        let parts: Vec<usize> = (0..k)
            .filter(|&p| {
                let sp = r.claims[p].sentence;
                sp < ck.sentence
                    && ck.sentence - sp <= 2
                    && r.claims[p].frame.paragraph == ck.frame.paragraph
                    && like(p)
            })
            .collect();
        // The earliest of them may be the total itself, larger than the
        // others together ("The charity raised 8.4 million pounds. Shops
        // brought in 3.1 million …").
        let sum = |ps: &[usize]| {
            ps.iter()
                .map(|&p| value(p))
                .sum::<Option<rust_decimal::Decimal>>()
        };
        let (stated, parts) = match parts.split_first() {
            Some((&t, rest))
                if !rest.is_empty()
                    && value(t)
                        .zip(sum(rest))
                        .is_some_and(|(v, listed)| v > listed)
                    && (ck.kind == Kind::Money || r.noun_class(t).is_some()) =>
            {
                (Some(t), rest.to_vec())
            }
            _ => (None, parts),
        };
        let (Some(&first), Some(listed)) = (parts.first(), sum(&parts)) else {
            continue;
        };
        let s_first = r.claims[first].sentence;
        let total = stated.or_else(|| {
            (0..first)
                .rev()
                .take_while(|&t| s_first - r.claims[t].sentence <= 3)
                .find(|&t| {
                    like(t)
                        && (ck.kind == Kind::Money || r.noun_class(t).is_some())
                        && r.claims[t].sentence < s_first
                        && value(t).is_some_and(|v| v > listed)
                })
        });
        let Some(total) = total else {
            continue;
        };
        let mut e = r.edge(EdgeKind::Components, total, k, cue, cue);
        e.parts = parts;
        e.parts.push(k);
        e.complete = true;
        out.push(e);
    }
}

/// A count or sum followed by ", with" and a list of figures each placed "in"
/// or "at" a named place: "The group employs 1,840 people at three plants,
/// with 910 in Tavel, 520 in Oskby and 380 at Lund Mill"; "Storms damaged 412
/// homes, with 230 in Ardel and 182 in Morne". The breakdown is complete when
/// the total's clause counts the places ("at three plants") and the list has
/// that many items, or its last item is "elsewhere"; otherwise the items may
/// be the largest few, and their sum can only not pass the total.
fn placed_breakdown(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let value = |p: usize| r.nominal(p);
    // Figures already in a breakdown, as total or item: kept as flags, since
    // asking every edge for every figure costs the square of a long text.
    let mut taken = vec![false; r.claims.len()];
    for e in out.iter().filter(|e| e.kind == EdgeKind::Components) {
        taken[e.from] = true;
        for &p in &e.parts {
            taken[p] = true;
        }
    }
    for t in 0..r.claims.len() {
        let ct = &r.claims[t];
        if !matches!(ct.kind, Kind::Money | Kind::Count) || ct.frame.change {
            continue;
        }
        if ct.kind == Kind::Count && r.specific_head(t).is_none() {
            continue;
        }
        if taken[t] {
            continue;
        }
        let (_, s1) = scan.sentence_of(r.cands[t].first);
        let from = r.cands[t].last + 1;
        // ", with" within a few words, or a first item "N of them" right
        // after a comma ("1,240 flu patients in January, 610 of them in
        // Brack, …"), past at most one other figure: the count of places ("at
        // three plants"). Dates and spans between do not count.
        let of_them = |p: usize| {
            let a = r.cands[p].last + 1;
            scan.is(a, "of") && scan.is(a + 1, "them")
        };
        let Some(start) = (from..(from + 8).min(s1)).find_map(|j| {
            if scan.is(j, "with") && j > 0 && scan.is_punct(j - 1, ',') {
                Some(j + 1)
            } else if j > 0
                && scan.is_punct(j - 1, ',')
                && r.layout
                    .claim_at(j)
                    .is_some_and(|p| r.cands[p].first == j && of_them(p))
            {
                Some(j)
            } else {
                None
            }
        }) else {
            continue;
        };
        let mut between: Vec<usize> = (from..start)
            .filter_map(|j| r.layout.claim_at(j))
            .filter(|&k| k != t && blocks(r, k))
            .collect();
        between.dedup();
        let places = match between.as_slice() {
            [] => None,
            [g] if r.is_count(*g) => value(*g),
            _ => continue,
        };
        // The list: figures of the total's kind, each followed by "in"/"at"
        // and a capitalised name or by "elsewhere", joined by commas and "and".
        let mut items: Vec<usize> = Vec::new();
        let mut rest = false;
        let mut j = start;
        while j < s1 {
            let Some(p) = r.layout.claim_at(j) else {
                break;
            };
            let cp = &r.claims[p];
            if cp.kind != ct.kind || cp.unit != ct.unit || cp.frame.change {
                break;
            }
            let mut after = r.cands[p].last + 1;
            if of_them(p) {
                after += 2;
            }
            let placed = matches!(scan.low(after), "in" | "at")
                && scan.capitalized(after + 1)
                && !scan.sentence_initial(after + 1);
            let elsewhere = matches!(scan.low(after), "elsewhere" | "abroad" | "overseas");
            if !placed && !elsewhere {
                break;
            }
            items.push(p);
            rest = elsewhere;
            // The item's place runs to the next comma or "and".
            let (n, _) = past_item(r, after + 1, s1);
            if elsewhere {
                break;
            }
            j = n;
        }
        if items.len() < 2 {
            continue;
        }
        let total = value(t);
        if items
            .iter()
            .any(|&p| value(p).zip(total).is_none_or(|(v, w)| v > w))
        {
            continue;
        }
        let complete =
            rest || places.is_some_and(|n| n == rust_decimal::Decimal::from(items.len()));
        let mut e = r.edge(EdgeKind::Components, t, items[0], start, start);
        taken[t] = true;
        for &p in &items {
            taken[p] = true;
        }
        e.parts = items;
        e.complete = complete;
        out.push(e);
    }
}

/// "The work was paid for with £4.1 million from the Heritage Fund, £1.6
/// million from the council and £1.3 million raised by the trust": the sums
/// each giver put in, listed after a verb of paying for a thing, make up what
/// it cost, told before as a sum of money ("an £8.4 million restoration").
/// The list must name a giver for every sum and close with "and"; a word that
/// leaves givers out ("including", "mostly", "also") makes it no breakdown.
/// The total is the nearest sum of money before the list, if larger than
/// every item; a rate ("£3.6 million a year") is none.
fn funding_breakdown(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let mut k = 0;
    while k < r.claims.len() {
        let first = k;
        k += 1;
        let ck = &r.claims[first];
        if ck.kind != Kind::Money {
            continue;
        }
        let f = r.cands[first].first;
        let (s0, s1) = scan.sentence_of(f);
        // "paid for with", "funded by", "financed with" right before the list.
        let paid = f >= 2
            && matches!(scan.low(f - 1), "with" | "by")
            && (f.saturating_sub(4).max(s0)..f - 1).any(|j| {
                matches!(
                    scan.low(j),
                    "funded" | "financed" | "bankrolled" | "underwritten"
                ) || (scan.is(j, "paid") && scan.is(j + 1, "for"))
            });
        if !paid
            || (s0..s1).any(|j| {
                matches!(
                    scan.low(j),
                    "including"
                        | "among"
                        | "partly"
                        | "mostly"
                        | "mainly"
                        | "largely"
                        | "also"
                        | "part"
                        | "some"
                        | "rest"
                        | "remaining"
                        | "further"
                        | "another"
                )
            })
        {
            continue;
        }
        let mut items = vec![first];
        let mut closed = false;
        let mut j = r.cands[first].last + 1;
        loop {
            // Each sum's giver: "from X", "by X", "raised by X", "put up by X".
            let given = scan.is(j, "from")
                || scan.is(j, "by")
                || (matches!(
                    scan.low(j),
                    "raised" | "given" | "provided" | "pledged" | "contributed" | "put"
                ) && (scan.is(j + 1, "by") || scan.is(j + 2, "by")));
            if !given {
                break;
            }
            // The giver runs to the next comma, "and" or figure.
            let (n, joined_by_and) = past_item(r, j + 1, s1);
            let Some(p) = r.layout.claim_at(n).filter(|&p| r.cands[p].first == n) else {
                break;
            };
            // "£1.3 million raised by the trust": a sum raised is collected,
            // not a change, here.
            let cp = &r.claims[p];
            if cp.kind != Kind::Money || cp.unit != ck.unit {
                break;
            }
            items.push(p);
            closed = joined_by_and;
            j = r.cands[p].last + 1;
        }
        k = items.last().map_or(k, |&p| p + 1);
        if items.len() < 2 || !closed {
            continue;
        }
        // The nearest sum before the list, larger than every item.
        let Some(total) = (0..first).rev().find(|&t| {
            let ct = &r.claims[t];
            ct.kind == Kind::Money && ct.unit == ck.unit
        }) else {
            continue;
        };
        let ct = &r.claims[total];
        let per = ct.frame.scope.iter().any(|s| s.starts_with("per "));
        let larger = items.iter().all(|&p| {
            r.nominal(p)
                .zip(r.nominal(total))
                .is_some_and(|(v, t)| v < t)
        });
        if per || ct.frame.change || ct.frame.partitive || !larger {
            continue;
        }
        let mut e = r.edge(EdgeKind::Components, total, items[0], f - 1, f - 1);
        e.parts = items;
        e.complete = true;
        out.push(e);
    }
}

/// Where a list's next item starts: past the words of this one (from `at` to
/// the next comma, "and" or figure) and the commas and "and" after them, with
/// whether an "and" joined the two (the list's closing item follows it).
fn past_item(r: &Relator, at: usize, s1: usize) -> (usize, bool) {
    let scan = r.scan;
    let mut n = at;
    while n < s1 && !scan.is_punct(n, ',') && !scan.is(n, "and") && r.layout.claim_at(n).is_none() {
        n += 1;
    }
    let mut and = false;
    while n < s1 && (scan.is_punct(n, ',') || scan.is(n, "and")) {
        and |= scan.is(n, "and");
        n += 1;
    }
    (n, and)
}

/// A figure that says it is one more of the same kind as the one before:
/// "Another 3,410 were DVDs", "a further 120 were …", "120 more were …".
fn sibling_after(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let (first, last) = (r.cands[k].first, r.cands[k].last);
    scan.is(first.wrapping_sub(1), "another")
        || (scan.is(first.wrapping_sub(1), "further") && scan.is(first.wrapping_sub(2), "a"))
        || scan.is(last + 1, "more")
}

/// Whether the sentences of claims `a` and `b` share a content word of five
/// letters or more outside every figure ("insured damage" … "insured cost").
fn shares_content_word(r: &Relator, a: usize, b: usize) -> bool {
    let scan = r.scan;
    let words = |k: usize| {
        let (s0, s1) = scan.sentence_of(r.cands[k].first);
        (s0..s1).filter(|&j| {
            is_word(r, j)
                && scan.low(j).len() >= 5
                && r.layout.claim_at(j).is_none()
                && !r.grammar.function_words.contains(scan.low(j))
        })
    };
    let of_b: Vec<&str> = words(b).map(|j| scan.low(j)).collect();
    words(a).any(|j| of_b.contains(&scan.low(j)))
}

/// "16.5 million marks, just over a third of the programme": a figure
/// given as a share of a whole is a part of it, no total of the figures
/// after it.
fn share_apposed(r: &Relator, p: usize) -> bool {
    let scan = r.scan;
    let next = r.cands[p].last + 1;
    scan.is_punct(next, ',')
        && (next + 1..next + 4).any(|j| {
            r.layout.claim_at(j).is_some_and(|q| {
                r.claims[q].kind == Kind::Percent
                    && (r.claims[q].frame.partitive || scan.is(r.cands[q].last + 1, "of"))
            })
        })
}

/// "placed 388 dogs with households. Another 131 went to partner rescues
/// and 83 to foster homes, taking the year's total to 612": a running total
/// reached by figures added to one told just before ("another", "a
/// further") is the sum of that figure and the additions. Without the
/// figure added to, the additions alone make no sum ("Another three died,
/// bringing the toll to 40" adds to a toll not told).
fn running_total(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for t in 0..r.claims.len() {
        let ct = &r.claims[t];
        if !matches!(ct.kind, Kind::Money | Kind::Count) {
            continue;
        }
        let first = r.cands[t].first;
        // "taking the year's total to", "bringing its tally to".
        let Some(noun) = first.checked_sub(2) else {
            continue;
        };
        if !(scan.is(first - 1, "to") && matches!(scan.low(noun), "total" | "tally" | "toll")) {
            continue;
        }
        let verb = (noun.saturating_sub(3)..noun)
            .rev()
            .find(|&j| r.grammar.change_needs_to.contains(scan.low(j)));
        let Some(verb) = verb else { continue };
        if !(verb + 1..noun).all(|j| {
            let w = scan.low(j);
            matches!(w, "the" | "its" | "their") || w.ends_with("'s") || w.ends_with("’s")
        }) {
            continue;
        }
        let same = |p: usize| {
            let cp = &r.claims[p];
            cp.kind == ct.kind
                && cp.unit == ct.unit
                && !cp.frame.partitive
                && !r.is_baseline(p)
                && !r.is_difference(p)
        };
        // The additions: this sentence's figures before the total.
        let adds: Vec<usize> = (0..t)
            .rev()
            .take_while(|&p| r.claims[p].sentence == ct.sentence)
            .filter(|&p| same(p))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let Some(&a0) = adds.first() else { continue };
        if !sibling_after(r, a0) || out.iter().any(|e| e.parts.contains(&a0)) {
            continue;
        }
        // The figure added to: the last of its kind in the sentence before,
        // in the same paragraph, counting what the additions count.
        let Some(base) = (0..a0)
            .rev()
            .take_while(|&p| r.claims[p].sentence + 1 >= ct.sentence)
            .find(|&p| {
                let cp = &r.claims[p];
                cp.sentence + 1 == ct.sentence
                    && cp.frame.paragraph == ct.frame.paragraph
                    && same(p)
            })
        else {
            continue;
        };
        let class = r.specific_head(base);
        let fits = |p: usize| r.head_class(p).is_none() || r.head_class(p) == class;
        if class.is_none()
            || r.claims[base].frame.change
            || !adds.iter().all(|&p| fits(p))
            || !fits(t)
        {
            continue;
        }
        let mut e = r.edge(EdgeKind::Components, t, base, noun, first - 1);
        e.parts = std::iter::once(base).chain(adds).collect();
        e.complete = true;
        out.push(e);
    }
}

/// Two figures joined as items of one list ("Staff will cost $40.2 million and
/// buildings $25.1 million"): the first is no total of the second.
fn listed_with_next(r: &Relator, a: usize, b: usize) -> bool {
    let amount = r.claims[a].kind == Kind::Money;
    let (s0, s1) = r.scan.sentence_of(r.cands[a].first);
    lists(r, s0, s1, amount, &[])
        .iter()
        .any(|run| run.contains(&a) && run.contains(&b))
}

/// "the remaining 16 percent", "the rest, about one in ten", "the remainder, 12%".
/// How many sentences before a remainder the shares it completes may begin.
const LIST_LOOK_BACK: usize = 8;

fn percent_remainder(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for k in 0..r.claims.len() {
        if r.claims[k].kind != Kind::Percent {
            continue;
        }
        let first = r.cands[k].first;
        let s0 = scan.sentence_of(first).0;
        // "The other 49% is untouched": the others are the rest.
        let the_other = first >= s0 + 2 && scan.is(first - 1, "other") && scan.is(first - 2, "the");
        let Some(cue) = (first.saturating_sub(3).max(s0)..first)
            .find(|&j| matches!(scan.low(j), "remaining" | "rest" | "remainder"))
            .or(the_other.then(|| first - 1))
        else {
            continue;
        };
        // "Rural lanes made up 58 percent …": "made up" is no change.
        let share = |p: usize| {
            r.claims[p].kind == Kind::Percent
                && (!r.claims[p].frame.change || share_like(r, p))
                && !restated_by_next(r, p)
        };
        // The shares of the remainder's sentence, and while they are fewer
        // than two, those of the sentences before, up to four back: "… 40%
        // into roads and 34% into schools. Parks get the remaining 35%."; "…
        // or 19.2% of the population. Children make up 14.9%, and people of
        // working age the remaining 65.9%."
        let here = r.claims[k].sentence;
        let mut parts: Vec<usize> = Vec::new();
        for p in (0..k).rev() {
            let sp = r.claims[p].sentence;
            if here - sp > 4 || (sp < here && parts.len() >= 2 && r.claims[p + 1].sentence != sp) {
                break;
            }
            if share(p) {
                parts.push(p);
            }
        }
        // Shares from sentences before count only as a list of two or more
        // ("Half of the 660 beds … and a fifth …. The remaining 30%": a
        // share not read is no share missing).
        let in_sentence = parts
            .iter()
            .filter(|&&p| r.claims[p].sentence == here)
            .count();
        // With a share of its own sentence before the remainder, one share of
        // the sentence before may lead the list ("Subscriptions made up 71%
        // of revenue, up from 64% …. Hardware accounted for 22%, and
        // consulting the remaining 14%").
        // "The state will pay 60% … and the Fund the remaining 40%": shares
        // of the sentence that the remainder brings to 100 are the whole
        // list; nothing before belongs to it.
        let value = |p: usize| r.nominal(p).unwrap_or_default();
        let own: rust_decimal::Decimal = parts
            .iter()
            .filter(|&&p| r.claims[p].sentence == here)
            .map(|&p| value(p))
            .sum();
        if in_sentence > 0
            && (own + value(k) - rust_decimal::Decimal::ONE_HUNDRED).abs()
                <= rust_decimal::Decimal::ONE
        {
            parts.retain(|&p| r.claims[p].sentence == here);
        }
        let in_sentence = parts.len().min(in_sentence);
        let from_before = parts.len() - in_sentence;
        if parts.is_empty() || (from_before > 0 && from_before < 2 && in_sentence == 0) {
            continue;
        }
        let mut parts: Vec<usize> = parts.into_iter().rev().collect();
        // "87 per cent rated their visit good, and 61 per cent were coming
        // for the first time, with the remaining 39 per cent returning": a
        // remainder that brings the share just before it to 100 answers that
        // share's question; the shares before it answer another.
        let hundred = rust_decimal::Decimal::ONE_HUNDRED;
        let near = parts[parts.len() - 1];
        let all: rust_decimal::Decimal = parts.iter().map(|&p| value(p)).sum();
        if parts.len() > 1
            && r.claims[near].sentence == here
            && (value(near) + value(k) - hundred).abs() <= rust_decimal::Decimal::ONE
            && all + value(k) > hundred + rust_decimal::Decimal::ONE
        {
            let mut e = r.edge(EdgeKind::Components, k, near, cue, cue);
            e.parts = vec![near];
            e.offset = 100;
            e.complete = true;
            out.push(e);
            continue;
        }
        // A share that names its whole opens the list, up to four sentences
        // back in the paragraph: "The Civic Union took 38.2 percent of the
        // vote, down from 41.5 percent. The Greens won 22.6 percent, up from
        // 10.1 percent, and the Social Democrats 19.4 percent, with the
        // remaining 19.8 percent …" sums 38.2, 22.6, 19.4 and 19.8.
        let paragraph = r.claims[k].frame.paragraph;
        let opener = (0..k)
            .rev()
            .take_while(|&p| {
                here - r.claims[p].sentence <= 4 && r.claims[p].frame.paragraph == paragraph
            })
            .find(|&p| share(p) && scan.is(r.cands[p].last + 1, "of"));
        if let Some(o) = opener.filter(|&o| o < parts[0]) {
            parts = (o..k).filter(|&p| share(p)).collect();
        }
        // "People's Labour came second with 27.4% … The Greens … 14.9%, and
        // Sarn First … 9.8%. Smaller parties shared the remaining 11.8%",
        // after "took 36.1% of the vote" a paragraph before: a list that
        // falls short of 100 began earlier when the shares before it, taken
        // back one by one, make it up.
        let sum =
            |ps: &[usize]| ps.iter().map(|&p| value(p)).sum::<rust_decimal::Decimal>() + value(k);
        if sum(&parts) + rust_decimal::Decimal::ONE < hundred {
            let mut longer = parts.clone();
            for q in (0..parts[0])
                .rev()
                .take_while(|&q| here - r.claims[q].sentence <= LIST_LOOK_BACK)
                .filter(|&q| share(q))
            {
                longer.insert(0, q);
                let total = sum(&longer);
                if (total - hundred).abs() <= rust_decimal::Decimal::ONE {
                    parts = longer;
                    break;
                }
                if total > hundred {
                    break;
                }
            }
        }
        // "Musicals brought in 71 percent of the money and sold about three
        // in five tickets. Plays accounted for 22 percent of takings and …
        // the other 7 percent": a list over 100 that one share of another
        // measure, left out, brings to 100 exactly is the list without it.
        if sum(&parts) > hundred + rust_decimal::Decimal::ONE {
            let fits: Vec<usize> = (0..parts.len())
                .filter(|&i| {
                    r.claims[parts[i]].sentence != here && {
                        let mut rest = parts.clone();
                        rest.remove(i);
                        (sum(&rest) - hundred).abs() <= rust_decimal::Decimal::ONE
                    }
                })
                .collect();
            if let [i] = fits[..] {
                parts.remove(i);
            }
        }
        let mut e = r.edge(EdgeKind::Components, k, parts[0], cue, cue);
        e.parts = parts;
        e.offset = 100;
        e.complete = true;
        out.push(e);
    }
}

/// How two percentages next to each other are joined: as items of one list
/// ("and", "while", ", with"), by a comma alone (an item of a list an "and"
/// must close: "32%, Keane on 29% and Pryce on 9%"), or not at all.
#[derive(Clone, Copy, PartialEq)]
enum Join {
    Strong,
    Comma,
    None,
}

fn percent_join(r: &Relator, a: usize, b: usize) -> Join {
    let scan = r.scan;
    let gap = r.cands[a].last + 1..r.cands[b].first;
    // Figures between ("down from 17.1% in 2014", "more than a fifth") are
    // asides: their words neither count nor compare.
    let outside = |j: usize| r.layout.claim_at(j).is_none();
    let words = gap.clone().filter(|&j| is_word(r, j) && outside(j)).count();
    // "84 per cent of pregnant women in Kelmarstad …, against 63 per cent in
    // Harl": a figure set against another compares; it adds nothing to it.
    if gap.clone().any(|j| {
        scan.is_punct(j, ';')
            || (outside(j)
                && matches!(
                    scan.low(j),
                    "than" | "against" | "versus" | "vs" | "compared" | "compares"
                ))
    }) {
        return Join::None;
    }
    // "barely 12 percent of its usual rain while the uplands had 140
    // percent": a figure over the whole is a ratio, no share of a breakdown.
    let over_whole = |k: usize| matches!(&r.claims[k].value, claimcheck_claims::Value::Number(i) if i.nominal > rust_decimal::Decimal::ONE_HUNDRED);
    if over_whole(a) || over_whole(b) {
        return Join::None;
    }
    // "brought in 71 percent of the money and sold about three in five
    // tickets": shares of two wholes are no breakdown of one.
    if let (Some(x), Some(y)) = (share_whole(r, a), share_whole(r, b)) {
        if r.grammar.lemma(x) != r.grammar.lemma(y) && !any_whole(r, x) && !any_whole(r, y) {
            return Join::None;
        }
    }
    let with = gap.end >= 2 && scan.is(gap.end - 1, "with") && scan.is_punct(gap.end - 2, ',');
    // "54% of the valid votes cast in Monday's referendum on … were in favour
    // and 52% against": a share naming its whole, then "and" right before the
    // next, may stand further off.
    // "Other Europeans made up 19%, while travellers from further afield,
    // led by …, were responsible for 15%": a clause opened by "while" right
    // after the first share names the next group, however long.
    let while_clause =
        scan.is_punct(gap.start, ',') && matches!(scan.low(gap.start + 1), "while" | "whereas");
    // "41% said they did the bulk of their weekly shop at Brannock's, 29% at
    // Corvo": the next share repeats the preposition that ended the first
    // share's clause before a name, the rest of that clause left out.
    let elided = words <= 20 && {
        let comma = gap.end.checked_sub(1).filter(|&c| scan.is_punct(c, ','));
        let prep = scan.low(r.cands[b].last + 1);
        comma.is_some_and(|c| {
            matches!(prep, "at" | "in" | "for" | "to" | "with" | "from" | "on")
                && (c.saturating_sub(4).max(gap.start)..c)
                    .any(|j| scan.is(j, prep) && scan.capitalized(j + 1))
        })
    };
    // "58% said they lived in a region the race passed through, 27% had
    // travelled from elsewhere in Carvalia and 21% had come from abroad":
    // shares each the subject of its own verb, one clause after another.
    let subject = |k: usize| {
        let v = scan.low(r.cands[k].last + 1);
        let g = r.grammar;
        is_word(r, r.cands[k].last + 1)
            && (g.is_past_form(v)
                || g.perfect.contains(v)
                || g.present.contains(v)
                || matches!(
                    v,
                    "say" | "says" | "said" | "told" | "were" | "was" | "want" | "wanted"
                ))
    };
    // "…, another 31 per cent called it adequate": "another" after the comma
    // only makes the next share a further band.
    let comma_before = |e: usize| {
        e >= 1
            && (scan.is_punct(e - 1, ',')
                || (e >= 2 && scan.is(e - 1, "another") && scan.is_punct(e - 2, ',')))
    };
    let parallel = words <= 20 && subject(a) && subject(b) && comma_before(gap.end);
    // "Roughly half of the lost water escaped through bursts …, the report
    // said, with a third seeping out of joints": so may ", with" after it.
    if words > 14
        && !(words <= 22 && whole_word(r, a).is_some() && (scan.is(gap.end - 1, "and") || with))
        && !(words <= 24 && while_clause)
        && !elided
        && !parallel
    {
        return Join::None;
    }
    if with
        || gap
            .clone()
            .any(|j| matches!(scan.low(j), "and" | "while" | "whereas"))
    {
        Join::Strong
    } else if gap.clone().any(|j| scan.is_punct(j, ','))
        && (words <= 6 || whole_word(r, a).is_some() || elided || parallel)
    {
        // "47% of the 1,500 residents surveyed … said they drive, 23% take the
        // bus": a first share that names its whole may run longer.
        Join::Comma
    } else {
        Join::None
    }
}

/// "just under half of the portfolio, at 46%", "Just over a third of
/// buyers (35%)": a share told again at once, more precisely, in apposition
/// is one share; the list counts it once, by the precise figure.
fn restated_by_next(r: &Relator, p: usize) -> bool {
    let scan = r.scan;
    // The next figure, past any date naming the set ("this year's").
    let q = (p + 1..r.claims.len())
        .find(|&q| r.claims[q].kind != Kind::Date)
        .unwrap_or(r.claims.len());
    if q >= r.claims.len()
        || r.claims[q].kind != Kind::Percent
        || r.claims[q].sentence != r.claims[p].sentence
    {
        return false;
    }
    // Between them: the share's own "of" phrase, then a comma and "at", or
    // an opening bracket, and nothing else.
    let mut j = r.cands[p].last + 1;
    // "Just under three in five patients, 58 per cent, …": the noun of a
    // share told as "N in M" stands before the comma.
    let in_share = share_whole(r, p).is_some() && !scan.is(j, "of");
    if scan.is(j, "of") || in_share {
        j += usize::from(!in_share);
        // "Just under half of the sites on this year's list, 46 per cent":
        // a date may name the set.
        while j < r.cands[q].first
            && is_word(r, j)
            && r.layout
                .claim_at(j)
                .is_none_or(|c| r.claims[c].kind == Kind::Date)
            && j - r.cands[p].last <= 7
        {
            j += 1;
        }
    }
    let gap: Vec<&str> = (j..r.cands[q].first).map(|t| scan.low(t)).collect();
    let apposed = matches!(
        gap.as_slice(),
        [","] | ["("] | [",", "at"] | [",", "or"] | ["—"] | ["–"] | ["-"]
    );
    // "Nearly three in five visitors were from within the country, at 58
    // per cent.": the precise share closing the clause that the vague one
    // opened, with no other figure between.
    let closes = r.cands[q].last + 1;
    let closing = gap.len() <= 12
        && gap.ends_with(&[",", "at"])
        && (scan.is_punct(closes, '.') || closes >= scan.len())
        && (j..r.cands[q].first).all(|t| r.layout.claim_at(t).is_none());
    let apposed = apposed || closing;
    let (Some(a), Some(b)) = (r.nominal(p), r.nominal(q)) else {
        return false;
    };
    apposed && (a - b).abs() <= rust_decimal::Decimal::from(5)
}

fn is_word(r: &Relator, j: usize) -> bool {
    matches!(
        r.scan.kind(j),
        Some(crate::scan::TokenKind::Word | crate::scan::TokenKind::Number)
    )
}

/// A percentage that reads as a share, not a change or a rate: no word of
/// change two words before it or just after it ("rose 14%", "14% higher").
fn share_like(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let (s0, s1) = scan.sentence_of(r.cands[k].first);
    // Words of the figure's own phrase: "…, aged 18 to 39, about a third
    // are …" is no change "to 39" before the share.
    // Another figure's words ("sentences of four years or more 46%") are
    // that figure's, not this share's.
    let before: Vec<usize> = (s0..r.cands[k].first)
        .rev()
        .take_while(|&j| {
            !scan.is_punct(j, ',') && !scan.is_punct(j, ';') && r.layout.claim_at(j).is_none()
        })
        .filter(|&j| is_word(r, j))
        .take(2)
        .collect();
    let after: Vec<usize> = (r.cands[k].last + 1..s1)
        .filter(|&j| is_word(r, j))
        .take(3)
        .collect();
    // "from" and "to" make a change only before a figure ("up from 40%").
    let changes = |j: usize, next: Option<&usize>, after: bool| {
        let w = scan.low(j);
        if after && r.grammar.not_share_after.contains(w) {
            return true;
        }
        // "28 per cent lost through faulty meters": after the share, "lost"
        // is its subject's participle, not a fall.
        if after && w == "lost" {
            return false;
        }
        if matches!(w, "from" | "to") {
            return next.is_some_and(|&n| scan.low(n).starts_with(|c: char| c.is_ascii_digit()));
        }
        r.grammar.not_share_words.contains(w)
    };
    let next_of_before = |i: usize| {
        if i == 0 {
            r.cands[k].first
        } else {
            before[i - 1]
        }
    };
    // "made up 33% of respondents": a share, not a rise.
    let made_up = |i: usize| {
        scan.is(before[i], "up")
            && before
                .get(i + 1)
                .is_some_and(|&m| matches!(scan.low(m), "made" | "make" | "makes" | "making"))
    };
    // "who were offered a 5% discount": a percentage before its noun
    // describes the thing ("a 3% levy"), not a share of a whole ("a 40%
    // stake" is one).
    let attributive = before
        .first()
        .is_some_and(|&b| matches!(scan.low(b), "a" | "an") && b + 1 == r.cands[k].first)
        && after.first().is_some_and(|&a| {
            a == r.cands[k].last + 1
                && r.claims[k].frame.head.is_some()
                && !matches!(
                    scan.low(a),
                    "of" | "share" | "stake" | "slice" | "portion" | "majority" | "minority"
                )
        });
    !(attributive
        || (0..before.len())
            .any(|i| !made_up(i) && changes(before[i], Some(&next_of_before(i)), false))
        || (0..after.len().min(2)).any(|i| changes(after[i], after.get(i + 1), true)))
}

/// "Primary courses were at 96 per cent of target … Mathematics managed 61
/// per cent and computing 44 per cent": shares told against a target (a
/// goal, a quota, a capacity) in their sentence or the one before are each
/// group's own attainment, not parts of one whole.
fn against_targets(r: &Relator, k: usize) -> bool {
    let sentence = r.claims[k].sentence;
    (0..r.claims.len())
        .filter(|&o| {
            r.claims[o].kind == Kind::Percent
                && (r.claims[o].sentence == sentence || r.claims[o].sentence + 1 == sentence)
        })
        .any(|o| {
            matches!(
                whole_word(r, o),
                Some("target" | "targets" | "goal" | "goals" | "quota" | "quotas" | "capacity")
            )
        })
}

/// The whole a share names: the first word after "of" and its determiner ("of
/// households" → households).
fn whole_word<'a>(r: &Relator<'a>, k: usize) -> Option<&'a str> {
    let scan = r.scan;
    let of = r.cands[k].last + 1;
    // "a yes vote of 77% among those who took part": "among" names the
    // whole as "of" does.
    if !scan.is(of, "of") && !scan.is(of, "among") {
        return None;
    }
    (of + 1..of + 5)
        .filter(|&j| is_word(r, j))
        .map(|j| scan.low(j))
        .find(|w| !matches!(*w, "the" | "its" | "their" | "all" | "a" | "an"))
}

/// "58 percent of it … a fifth of the total": "it" or a word for a whole as
/// such names any whole. Not "88% of those" after "71% of the members …
/// had taken part": a plural pronoun takes the part just told.
fn any_whole(r: &Relator, w: &str) -> bool {
    w == "it" || r.grammar.whole_nouns.contains(w)
}

/// The whole a share names: "71 percent of the money" → "money", "three in
/// five tickets" → "tickets".
fn share_whole<'a>(r: &Relator<'a>, k: usize) -> Option<&'a str> {
    whole_word(r, k).or_else(|| {
        let text = r.claims[k].text.to_lowercase();
        let next = r.cands[k].last + 1;
        ((text.contains(" in ") || text.contains(" out of "))
            && r.scan.kind(next) == Some(crate::scan::TokenKind::Word))
        .then(|| r.scan.low(next))
    })
}

/// The share opening the next sentence as one more item: "Another 39% were
/// undecided", "A further 12 per cent".
fn continued_by(r: &Relator, last: usize) -> Option<usize> {
    let scan = r.scan;
    // The next share: "Almost two-thirds of this year's offers …" passes
    // over the date between.
    let next = (last + 1..r.claims.len()).find(|&k| {
        r.claims[k].kind == Kind::Percent || r.claims[k].sentence > r.claims[last].sentence + 1
    })?;
    let c = &r.claims[next];
    if c.kind != Kind::Percent || c.sentence != r.claims[last].sentence + 1 {
        return None;
    }
    let first = r.cands[next].first;
    let s0 = scan.sentence_of(first).0;
    let opens = match first - s0 {
        1 => scan.is(s0, "another"),
        2 => scan.is(s0, "a") && scan.is(s0 + 1, "further"),
        _ => false,
    };
    // "Other Europeans made up 19%": the next group named as the others.
    let others = scan.is(s0, "other")
        && first - s0 <= 5
        && (s0..first).all(|j| r.layout.claim_at(j).is_none());
    let opens = opens || others;
    // "The last group, people who walk to work, made up 33%": the sentence
    // names the list's last member and gives no other figure first.
    let last_group = scan.is(s0, "the")
        && matches!(
            scan.low(s0 + 1),
            "last" | "final" | "fourth" | "third" | "fifth"
        )
        && matches!(
            r.grammar.lemma(scan.low(s0 + 2)).as_str(),
            "group" | "category" | "answer" | "option" | "choice"
        )
        && (s0..first).all(|j| r.layout.claim_at(j).is_none());
    ((opens || last_group) && share_like(r, next)).then_some(next)
}

/// "Of those on the list, 46% have waited less than 18 weeks. More than a
/// third have waited up to a year, and …": a share that names its whole
/// ends a sentence, and the next opens with a share naming none, its
/// subject: the next band of the same whole. Not when the next sentence
/// says the groups overlap ("also", "too", "both").
fn bands_go_on(r: &Relator, lead: usize, next: usize) -> bool {
    let scan = r.scan;
    if r.claims[next].sentence != r.claims[lead].sentence + 1 {
        return false;
    }
    let (l0, _) = scan.sentence_of(r.cands[lead].first);
    let (n0, n1) = scan.sentence_of(r.cands[next].first);
    // "Just under three in five patients, 58 per cent, had been waiting …":
    // the vague share the lead restates may name the group.
    let restates_named = lead > 0
        && restated_by_next(r, lead - 1)
        && (whole_word(r, lead - 1).is_some() || r.claims[lead - 1].frame.head.is_some());
    let names_whole = scan.is(l0, "of") || share_whole(r, lead).is_some() || restates_named;
    let overlap = (n0..n1).any(|j| matches!(scan.low(j), "also" | "too" | "both"));
    // "58% of respondents said they opposed the merger. Support stood at
    // 31%, and 17% …": the next answer named by its stance, then its share.
    let first = r.cands[next].first;
    let stance = matches!(
        scan.low(n0),
        "support" | "opposition" | "backing" | "approval" | "disapproval"
    ) && first - n0 <= 4
        && (n0..first).all(|j| r.layout.claim_at(j).is_none());
    names_whole
        && (first == n0 || stance)
        && whole_word(r, next).is_none()
        && !overlap
        && share_like(r, next)
}

/// Shares of one whole listed side by side in a sentence: a partial breakdown,
/// so they must not pass 100 together.
fn percent_lists(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    // "… at 38 percent of the sites. A further 27 percent showed moderate
    // bleaching, while two in five …": a share standing alone at a
    // sentence's end leads the list its next sentence continues.
    let mut carried: Option<usize> = None;
    for &(s0, s1) in &scan.sentences {
        let mut ks: Vec<usize> = (s0..s1).filter_map(|j| r.layout.claim_at(j)).collect();
        ks.dedup();
        // Changes and comparisons ("down from 17.1% in 2014") stand aside.
        let percents: Vec<usize> = ks
            .into_iter()
            .filter(|&k| {
                // "Just over half …, 36 percent … and a quarter": a floor
                // only raises the sum, so it joins a list; so does "nearly a
                // third" or "close to a quarter", just under its figure; a
                // bare ceiling ("up to a quarter") might be far below it.
                let just_under = matches!(&r.claims[k].value,
                    claimcheck_claims::Value::Number(i)
                        if i.bound == claimcheck_claims::Bound::AtMost
                            && i.high_open
                            && i.low.is_some_and(|l| l > rust_decimal::Decimal::ZERO));
                r.claims[k].kind == Kind::Percent
                    && (matches!(
                        r.claims[k].bound(),
                        claimcheck_claims::Bound::Exact
                            | claimcheck_claims::Bound::Approx
                            | claimcheck_claims::Bound::AtLeast
                    ) || just_under)
                    && share_like(r, k)
                    && !restated_by_next(r, k)
            })
            .collect();
        let lead = carried.take().filter(|&l| {
            percents
                .first()
                .is_some_and(|&f| continued_by(r, l) == Some(f) || bands_go_on(r, l, f))
        });
        let mut i = 0;
        while i < percents.len() {
            let mut run = vec![percents[i]];
            let mut joins = Vec::new();
            let led = i == 0 && lead.is_some();
            let mut j = i + 1;
            while j < percents.len() {
                let join = percent_join(r, run[run.len() - 1], percents[j]);
                if join == Join::None {
                    break;
                }
                joins.push(join);
                run.push(percents[j]);
                j += 1;
            }
            // Commas alone join only items of a list closed by "and":
            // "49% for patients treated with ZMapp, 53% for remdesivir" may be
            // rates of two groups.
            while joins.last() == Some(&Join::Comma) {
                joins.pop();
                run.pop();
            }
            i = (i + run.len()).max(i + 1);
            if led {
                run.insert(0, lead.unwrap_or(run[0]));
            }
            if run.len() < 2 {
                if i == percents.len() {
                    carried = Some(run[0]);
                }
                continue;
            }
            // "… and Ruben Pryce on 9%. Another 39% were undecided": the list
            // goes on in a sentence that opens with "another" or "a further",
            // or names the list's last group ("The last group, …, made up 33%").
            // The continuation names the list's group in its own words ("of
            // respondents" after "of the 1,500 residents surveyed"): its whole
            // word does not set the list apart.
            let mut wholes: Vec<&str> = run
                .iter()
                .filter_map(|&k| whole_word(r, k))
                .filter(|w| !any_whole(r, w))
                .collect();
            if i == percents.len() {
                if let Some(next) = continued_by(r, run[run.len() - 1]) {
                    run.push(next);
                    // The continuing sentence may list more: "Another 23% …,
                    // while 31 schools, or 8%, were found inadequate".
                    let mut more = Vec::new();
                    let mut at = next;
                    for k in next + 1..r.claims.len() {
                        let c = &r.claims[k];
                        if c.sentence != r.claims[next].sentence {
                            break;
                        }
                        if c.kind != Kind::Percent || !share_like(r, k) {
                            continue;
                        }
                        match percent_join(r, at, k) {
                            Join::None => break,
                            join => more.push((k, join)),
                        }
                        at = k;
                    }
                    while more.last().is_some_and(|&(_, j)| j == Join::Comma) {
                        more.pop();
                    }
                    run.extend(more.into_iter().map(|(k, _)| k));
                }
            }
            // "The overall mortality rates were 49% for …": rates of groups.
            let first = r.cands[run[0]].first;
            let rates = (s0..first).any(|t| r.grammar.rate_nouns.contains(scan.low(t)))
                || against_targets(r, run[0]);
            // "…, and almost six in ten named at least two languages": the
            // answers overlap, so the shares make no breakdown.
            let overlap = (s0..s1).any(|t| r.grammar.overlap_cues.match_at(scan, t, s1).is_some());
            if overlap {
                continue;
            }
            wholes.dedup();
            if rates || wholes.len() > 1 || !run.iter().all(|&k| share_like(r, k)) {
                continue;
            }
            let last = run[run.len() - 1];
            // Closed by a remainder already: that edge says more.
            if out.iter().any(|e| {
                e.kind == EdgeKind::Components
                    && e.offset == 100
                    && (e.from == last || (e.complete && e.parts.contains(&last)))
            }) {
                continue;
            }
            let cue = r.claims[run[0]].span.cover(r.claims[last].span);
            let mut e = r.edge_at(EdgeKind::Components, last, run[0], cue);
            e.parts = run[..run.len() - 1].to_vec();
            e.offset = 100;
            out.push(e);
        }
    }
}

/// Runs of two or more figures of one kind in a sentence, joined as a list by
/// commas, "and", semicolons or "followed by".
/// Claims that a part-of edge splits within its sentence ("nine of the
/// authority's 14 municipalities"): the whole, or a part whose whole follows.
/// Sorted, computed once per document.
fn split_in_sentence(r: &Relator, edges: &[Edge]) -> Vec<usize> {
    let mut out: Vec<usize> = edges
        .iter()
        .filter(|e| {
            e.kind == EdgeKind::PartOf && r.claims[e.from].sentence == r.claims[e.to].sentence
        })
        .flat_map(|e| {
            let part = (e.to > e.from).then_some(e.from);
            std::iter::once(e.to).chain(part)
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn lists(r: &Relator, s0: usize, s1: usize, amount: bool, split_set: &[usize]) -> Vec<Vec<usize>> {
    let scan = r.scan;
    let mut ks: Vec<usize> = (s0..s1).filter_map(|j| r.layout.claim_at(j)).collect();
    ks.dedup();
    // A rate ("12,000 kroner for an air-source pump", "40 a week") is no
    // item of a total.
    let of_kind = |k: usize| {
        let rate = r.claims[k]
            .frame
            .scope
            .iter()
            .any(|s| s.starts_with("per "));
        // Nor is a figure set against another ("a third more than the
        // 46,100 it took a year earlier").
        // "12 in church halls across the three villages of the parish": a
        // set named back inside an item's phrase describes the item.
        let f = r.cands[k].first;
        let described = f >= 2
            && scan.is(f - 1, "the")
            && matches!(
                scan.low(f - 2),
                "across"
                    | "in"
                    | "of"
                    | "at"
                    | "on"
                    | "from"
                    | "for"
                    | "with"
                    | "between"
                    | "among"
            );
        !rate
            && !described
            && !new_level(r, k)
            && !r.is_baseline(k)
            && !r.is_difference(k)
            && if amount {
                r.claims[k].kind == Kind::Money
            } else {
                r.is_count(k)
            }
    };
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for k in ks {
        if !of_kind(k) {
            continue;
        }
        // "nine of the authority's 14 municipalities, covering 121,300 of the
        // 186,400 households": parts and wholes of their own are no list.
        let split = split_set.binary_search(&k).is_ok();
        if split {
            if run.len() >= 2 {
                out.push(std::mem::take(&mut run));
            }
            run.clear();
            continue;
        }
        // A total stands apart from the list it announces.
        if components_total(r, k) {
            if run.len() >= 2 {
                out.push(std::mem::take(&mut run));
            }
            run.clear();
            continue;
        }
        // After a colon a list may describe each item at length: "36
        // concerts: 24 at the Civic Hall, eight on a two-week tour of Japan
        // and South Korea in March, and four family matinees".
        let announced = run
            .first()
            .is_some_and(|&f| (s0..r.cands[f].first).any(|j| scan.is_punct(j, ':')));
        let joined = run.last().is_some_and(|&p| {
            let gap = r.cands[p].last + 1..r.cands[k].first;
            let reach = if announced { 24 } else { 14 };
            gap.len() <= reach
                && gap.clone().any(|j| {
                    scan.is(j, "and")
                        || scan.is_punct(j, ',')
                        || scan.is_punct(j, ';')
                        || (scan.is(j, "followed") && scan.is(j + 1, "by"))
                })
                && !gap
                    .clone()
                    .any(|j| scan.is(j, "of") && j == r.cands[k].first - 1)
        });
        if !joined && run.len() >= 2 {
            out.push(std::mem::take(&mut run));
        } else if !joined {
            run.clear();
        }
        run.push(k);
    }
    if run.len() >= 2 {
        out.push(run);
    }
    out
}

/// The level a change reached, a total its breakdown may follow: "Loan-loss
/// provisions rose to 412 million guilders from 96 million. Commercial
/// property took 198 million, …".
fn reached_level(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[k].first;
    // "the deficit reached 4.2 billion dinars": the verb names the level.
    let reached = first >= 1 && matches!(scan.low(first - 1), "reached" | "hit" | "topped");
    reached
        || first >= 2
            && scan.is(first - 1, "to")
            && (first.saturating_sub(4)..first - 1).any(|j| {
                r.grammar.change.match_at(scan, j, first - 1).is_some() && !scan.is(j, "from")
            })
}

/// The level a change reached or left: "the number of destinations served
/// climbed to 96 from 88". Neither is an item of a list beside it.
fn new_level(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[k].first;
    let reached = reached_level(r, k);
    // … and the level it moved from: "to 96 from 88", "up from 88".
    let left = first >= 2
        && scan.is(first - 1, "from")
        && (matches!(scan.low(first - 2), "up" | "down")
            || r.layout
                .claim_at(first - 2)
                .is_some_and(|p| new_level(r, p)));
    reached || left
}

/// Words after a figure that announce its parts: "a total of 240 km: …",
/// "26 arrests, of which …", "made up of", "split between".
fn announces_parts(r: &Relator, t: usize) -> bool {
    announced_at(r, t).is_some()
}

/// Where the words announcing a total's parts stand after it.
fn announced_at(r: &Relator, t: usize) -> Option<usize> {
    let scan = r.scan;
    let (_, s1) = scan.sentence_of(r.cands[t].first);
    // Within a few words after the figure: "41 arrests over the weekend: 22 …",
    // "5,640 applications in the first quarter, of which 3,100 …", "212
    // boats this year, the biggest entry in its 127-year history: 88 …".
    let from = r.cands[t].last + 1;
    let announcing = (from..(from + 16).min(s1)).find(|&j| {
        scan.is_punct(j, ':')
            || (scan.is(j, "of") && scan.is(j + 1, "which"))
            || matches!(scan.low(j), "comprising" | "consisting")
            || (scan.is(j, "made") && scan.is(j + 1, "up"))
            || (matches!(scan.low(j), "broken" | "breaks" | "break" | "broke")
                && scan.is(j + 1, "down"))
            || (matches!(scan.low(j), "split" | "divided" | "shared")
                && matches!(scan.low(j + 1), "between" | "among" | "into" | "as"))
    });
    // Another figure before the announcing word makes the list its own.
    announcing.filter(|&a| {
        !(from..a).any(|j| r.layout.claim_at(j).is_some_and(|k| k != t && blocks(r, k)))
    })
}

/// "Spending is split across six headings. Adult social care gets 231.5
/// million thalers, …, and central administration 23.7 million. … In all,
/// the council will spend 542.0 million thalers"; "The scheme's budget has
/// three parts: 3.1 million euros …, 840,000 euros … and 460,000 euros" …
/// "the 4.8 million-euro programme": sums announced by their number, listed
/// in that sentence and the next ones of its paragraph, with the total stated
/// apart, by a total cue ("In all", "a total of") or as a compound naming the
/// thing ("the 4.8 million-euro programme"). The list must hold exactly the
/// number announced, and the total must be the only such figure.
///
/// Returns the items of announced breakdowns that list fewer or more parts
/// than announced ("split across five headings" and four sums): such a list is
/// not the whole, so no other route may sum it against a total.
fn announced_split(r: &Relator, out: &mut Vec<Edge>) -> Vec<usize> {
    let scan = r.scan;
    let mut incomplete = Vec::new();
    for a in 0..r.claims.len() {
        let announced = match &r.claims[a].value {
            claimcheck_claims::Value::Number(i) if r.is_count(a) => i.nominal,
            _ => continue,
        };
        let Some(head) = r.claims[a].frame.head.as_ref() else {
            continue;
        };
        if !r.grammar.part_nouns.contains(&*head.lemma)
            || announced < rust_decimal::Decimal::TWO
            || announced > rust_decimal::Decimal::from(12)
        {
            continue;
        }
        let paragraph = r.claims[a].frame.paragraph;
        let mut parts: Vec<usize> = Vec::new();
        for k in a + 1..r.claims.len() {
            let c = &r.claims[k];
            if c.frame.paragraph != paragraph {
                break;
            }
            // Sums of money, or of a currency the lexicon does not know
            // ("231.5 million thalers", then "148.2 million").
            let sum_like = c.kind == Kind::Money || (r.is_count(k) && scaled(r, k));
            if !sum_like {
                continue;
            }
            let apart = parts.first().is_some_and(|&f| {
                let cf = &r.claims[f];
                cf.kind != c.kind
                    || cf.unit != c.unit
                    || (c.kind == Kind::Count
                        && r.head_class(k).is_some()
                        && r.head_class(k) != r.head_class(f))
            });
            if apart || c.frame.change || !c.frame.scope.is_empty() {
                break;
            }
            parts.push(k);
        }
        if r.compound(a) {
            continue;
        }
        if rust_decimal::Decimal::from(parts.len()) != announced {
            incomplete.extend(parts);
            continue;
        }
        let value = |k: usize| r.nominal(k);
        let Some(largest) = parts.iter().filter_map(|&p| value(p)).max() else {
            continue;
        };
        let first = &r.claims[parts[0]];
        let totals: Vec<usize> = r
            .window(a)
            .filter(|&t| {
                let c = &r.claims[t];
                c.kind == first.kind
                    && c.unit == first.unit
                    && (c.kind == Kind::Money || r.head_class(t) == r.head_class(parts[0]))
                    && !parts.contains(&t)
                    && !c.frame.change
                    // "In all" is a scope word against restatements, and
                    // the very mark of a total here.
                    && c.frame.scope.iter().all(|s| s == "in all")
                    && value(t).is_some_and(|v| v > largest)
                    && (r.total_cue(t).is_some()
                        || (r.compound(t) && scan.is(r.cands[t].first.wrapping_sub(1), "the")))
            })
            .collect();
        let [t] = totals.as_slice() else {
            continue;
        };
        if out
            .iter()
            .any(|e| e.kind == EdgeKind::Components && parts.iter().any(|p| e.parts.contains(p)))
        {
            continue;
        }
        let mut e = r.edge_at(EdgeKind::Components, *t, parts[0], head.span);
        e.parts = parts;
        e.complete = true;
        out.push(e);
    }
    incomplete
}

/// A count ending in a scale word ("231.5 million", "4.1m"): a sum in a
/// currency the lexicon may not know.
fn scaled(r: &Relator, k: usize) -> bool {
    (r.cands[k].first..=r.cands[k].last).any(|j| {
        let w = r.scan.low(j);
        matches!(w, "million" | "billion" | "trillion" | "bn")
            || (w.ends_with('m') && w.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// A total and the list of its parts, in one sentence or the next: "a total of
/// 240 km: 120 …, 80 … and 40"; "won 19, drew eight and lost five of its 32
/// games"; "Four plants …, three stations … and five farms. In all, 11 power
/// stations"; "a combined 412,000 customers. … 210,000 in Ardel, 150,000 in …".
fn totals(r: &Relator, out: &mut Vec<Edge>, incomplete: &[usize]) {
    let scan = r.scan;
    let split_set = split_in_sentence(r, out);
    // Items of a breakdown announced by its number: summed already, or known
    // to be only part of it. Flags, so a long text costs no square.
    let mut itemized = vec![false; r.claims.len()];
    for &p in incomplete.iter().chain(
        out.iter()
            .filter(|e| e.kind == EdgeKind::Components)
            .flat_map(|e| &e.parts),
    ) {
        itemized[p] = true;
    }
    // Part-of edges by their part, looked up for every list.
    let mut part_of_from: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EdgeKind::PartOf)
        .map(|(i, e)| (e.from, i))
        .collect();
    part_of_from.sort_unstable();
    for (si, &(s0, s1)) in scan.sentences.iter().enumerate() {
        for amount in [false, true] {
            for run in lists(r, s0, s1, amount, &split_set) {
                if run.iter().any(|&p| itemized[p]) {
                    continue;
                }
                let kind_ok = |t: usize| {
                    if amount {
                        r.claims[t].kind == Kind::Money
                    } else {
                        r.is_count(t)
                    }
                };
                let here = |t: usize| r.claims[t].sentence == si && !run.contains(&t) && kind_ok(t);
                let in_sentence: Vec<usize> = r.window(run[0]).filter(|&t| here(t)).collect();
                // A total in the sentence, announced as one.
                let mut total = in_sentence
                    .iter()
                    .copied()
                    .find(|&t| components_total(r, t));
                // "lost five of its 32 games": the whole of the last part.
                if total.is_none() {
                    let last = *run.last().unwrap_or(&run[0]);
                    let lo = part_of_from.partition_point(|&(f, _)| f < last);
                    total = part_of_from[lo..]
                        .iter()
                        .take_while(|&&(f, _)| f == last)
                        .map(|&(_, i)| &out[i])
                        .find(|e| {
                            e.kind == EdgeKind::PartOf
                                && e.from == last
                                && e.to > e.from
                                && e.cue_text.starts_with("of")
                                && here(e.to)
                        })
                        .map(|e| e.to);
                }
                // "In all, 11 …" opening the next sentence, or "a combined N" in the
                // sentence before.
                if total.is_none() {
                    total = r.window(run[0]).find(|&t| {
                        let st = r.claims[t].sentence;
                        kind_ok(t)
                            && ((st == si + 1 && opens_with_total(r, t))
                                || (st + 1 == si && strong_total(r, t)))
                    });
                }
                // "Norland's crews won four gold medals, three silver and
                // three bronze." … "Norland's haul of nine medals": a total
                // told later, of the first item's noun, by the owner the
                // list's sentence names, up to six sentences on.
                if total.is_none() {
                    let head = r.specific_head(run[0]);
                    total = r.window(run[0]).find(|&t| {
                        let ct = &r.claims[t];
                        ct.sentence > si
                            && ct.sentence <= si + 6
                            && kind_ok(t)
                            && !itemized[t]
                            && !scan.is(r.cands[t].first, "all")
                            && r.total_cue(t).is_some()
                            && head.is_some()
                            && r.specific_head(t) == head
                            && owner_of_total(r, t).is_none_or(|o| {
                                let (l0, l1) = scan.sentence_of(r.cands[run[0]].first);
                                !matches!(o.as_str(), "its" | "their" | "his" | "her")
                                    && (r.names_in_sentence(run[0], &o)
                                        || (l0..l1).any(|j| {
                                            crate::frame::possessor(scan, j).as_deref()
                                                == Some(o.as_str())
                                        }))
                            })
                            && ct.frame.scope.iter().all(|s| s == "in all")
                    });
                }
                // "Its first estimate of the insured damage is 118 million
                // euros for vehicles, 71 million for homes and 31 million for
                // farms" … "In all, the federation puts the storm's insured
                // cost at 212 million euros": a sum opened by "In all" a few
                // sentences on totals the nearest list before it that its
                // sentence names by a word of its own.
                if total.is_none() && amount {
                    total = r.window(run[0]).find(|&t| {
                        let ct = &r.claims[t];
                        ct.sentence > si + 1
                            && ct.sentence <= si + 8
                            && kind_ok(t)
                            && ct.unit == r.claims[run[0]].unit
                            && !itemized[t]
                            && opens_with_total(r, t)
                            && shares_content_word(r, run[0], t)
                            // No other list of sums between: the nearest list.
                            && {
                                let between: Vec<usize> = (run[run.len() - 1] + 1..t)
                                    .filter(|&q| {
                                        r.claims[q].kind == Kind::Money
                                            && r.claims[q].unit == ct.unit
                                            && r.claims[q].sentence != si
                                    })
                                    .map(|q| r.claims[q].sentence)
                                    .collect();
                                between.windows(2).all(|w| w[0] != w[1])
                            }
                    });
                }
                // "The money is split three ways: 310 million crowns …, 185
                // million … and 120 million …": a sentence opening with a
                // definite noun that is split refers to the last sum stated
                // before it, in no other scope, large enough to hold the list.
                if total.is_none() && amount && opens_with_split(r, s0, r.cands[run[0]].first) {
                    let listed: rust_decimal::Decimal =
                        run.iter().filter_map(|&p| r.nominal(p)).sum();
                    let unit = &r.claims[run[0]].unit;
                    total = (0..run[0]).rev().take(12).find(|&t| {
                        let c = &r.claims[t];
                        c.kind == Kind::Money
                            && &c.unit == unit
                            && !c.frame.change
                            && c.frame.context.is_empty()
                            && c.frame.scope.is_empty()
                            && si.saturating_sub(c.sentence) <= 6
                            && matches!(&c.value, claimcheck_claims::Value::Number(i)
                                if i.nominal * rust_decimal::Decimal::TWO >= listed)
                    });
                }
                // "31 wins, 16 regulation defeats and seven losses in
                // overtime" … "41 goals in the 52-game regular season": a
                // season's results, a win and a loss among them, make up the
                // games of the one season told by its length nearby.
                let mut run = run;
                if total.is_none() && !amount {
                    if let Some((t, record)) = season_record(r, &run, si) {
                        total = Some(t);
                        run = record;
                    }
                }
                let Some(t) = total else { continue };
                // "17 wins, three draws and two defeats …, for a total of 54
                // points": items that each count a measure of their own, none
                // the total's (won, drawn, lost against points), are not its
                // parts; a breakdown of one measure ("112 homes destroyed in
                // Kerrow and 64 in Alder Bridge … 186 homes were lost") is.
                let metrics: Vec<Option<&str>> =
                    run.iter().map(|&p| r.claims[p].metric.as_deref()).collect();
                let distinct = metrics
                    .iter()
                    .enumerate()
                    .all(|(i, m)| m.is_some() && !metrics[..i].contains(m));
                let own_things = distinct
                    && r.claims[t].metric.is_some()
                    && !metrics.contains(&r.claims[t].metric.as_deref());
                if own_things {
                    continue;
                }
                run.retain(|&p| !describes(r, t, p));
                if run.len() < 2 {
                    continue;
                }
                // "Twelve teams took part, split into three pools of four, with
                // the top two …": the announced list starts at the first figure
                // after the announcing words, not past another.
                if let Some(a) = announced_at(r, t).filter(|_| t < run[0]) {
                    let skipped = (a..r.cands[run[0]].first).any(|j| {
                        r.layout
                            .claim_at(j)
                            .is_some_and(|k| !run.contains(&k) && blocks(r, k))
                    });
                    if skipped {
                        continue;
                    }
                }
                // A part is no larger than its total: a list with a larger
                // figure is a list of something else.
                let high = |k: usize| match &r.claims[k].value {
                    claimcheck_claims::Value::Number(i) => i.high.unwrap_or(i.nominal),
                    _ => rust_decimal::Decimal::ZERO,
                };
                let fits = run.iter().all(|&p| high(p) <= high(t));
                if !fits {
                    continue;
                }
                let cue = r.total_cue(t).unwrap_or(r.claims[t].span);
                let mut e = r.edge_at(EdgeKind::Components, t, run[0], cue);
                for &p in &run {
                    itemized[p] = true;
                }
                e.parts = run;
                e.complete = true;
                out.push(e);
            }
        }
    }
}

/// A season's record in the list `run` of sentence `si`, with the games it
/// makes up: the results start at the first figure of one ("with 69 points,
/// built on 31 wins, …"); wins and draws alone take the one loss count of a
/// sentence at most three away ("They were beaten only three times"); the
/// total is the one season told by its length, or the side's own games,
/// within six sentences.
fn season_record(r: &Relator, run: &[usize], si: usize) -> Option<(usize, Vec<usize>)> {
    let first = run.iter().position(|&p| result_of(r, p).is_some())?;
    let mut record = run[first..].to_vec();
    let told: Vec<Option<char>> = record.iter().map(|&p| result_of(r, p)).collect();
    if record.len() >= 2
        && told.iter().all(Option::is_some)
        && !told.contains(&Some('l'))
        && told.contains(&Some('w'))
        && told.contains(&Some('d'))
    {
        let losses: Vec<usize> = r
            .window(record[0])
            .filter(|&k| {
                r.claims[k].sentence != si
                    && r.claims[k].sentence.abs_diff(si) <= 3
                    && r.is_count(k)
                    && result_of(r, k) == Some('l')
            })
            .collect();
        if let [one] = losses[..] {
            record.push(one);
        }
    }
    if record.len() < 2 || !season_results(r, &record) {
        return None;
    }
    let seasons: Vec<usize> = r
        .window(record[0])
        .filter(|&t| {
            r.claims[t].sentence.abs_diff(si) <= 6
                && !record.contains(&t)
                && (season_length(r, t) || games_played(r, t))
        })
        .collect();
    match seasons[..] {
        [one] => Some((one, record)),
        _ => None,
    }
}

/// The result each figure of a list counts, read from the words after it
/// ("16 regulation defeats", "seven losses in overtime"): all are results,
/// and a win and a loss are among them.
fn season_results(r: &Relator, run: &[usize]) -> bool {
    let found: Vec<Option<char>> = run.iter().map(|&p| result_of(r, p)).collect();
    found.iter().all(Option::is_some) && found.contains(&Some('w')) && found.contains(&Some('l'))
}

/// The result a figure counts, by a word right after it: 'w', 'd' or 'l'.
fn result_of(r: &Relator, p: usize) -> Option<char> {
    let scan = r.scan;
    let l = r.cands[p].last;
    // "won 19 matches and drew three": the verb before it.
    // "beaten only three times".
    let mut b = r.cands[p].first.wrapping_sub(1);
    if matches!(scan.low(b), "only" | "just") {
        b = b.wrapping_sub(1);
    }
    match scan.low(b) {
        "won" | "wins" => return Some('w'),
        "drew" | "drawn" | "tied" => return Some('d'),
        "lost" | "beaten" => return Some('l'),
        _ => {}
    }
    (l + 1..l + 4).find_map(|j| match scan.low(j) {
        "wins" | "win" | "victories" | "victory" => Some('w'),
        "draws" | "draw" | "ties" | "tie" => Some('d'),
        "defeats" | "defeat" | "losses" | "loss" => Some('l'),
        _ => None,
    })
}

/// "from their 22 matches", "in its 30 games": the games a side played,
/// owned by it.
fn games_played(r: &Relator, t: usize) -> bool {
    let scan = r.scan;
    let c = &r.cands[t];
    matches!(scan.low(c.first.wrapping_sub(1)), "their" | "its")
        && matches!(
            r.grammar.lemma(scan.low(c.last + 1)).as_str(),
            "match" | "game" | "fixture"
        )
        && !r.claims[t].frame.partitive
}

/// "the 52-game regular season", "a 38-match campaign": a season told by
/// its number of games.
fn season_length(r: &Relator, t: usize) -> bool {
    let scan = r.scan;
    let text = r.claims[t].text.to_lowercase();
    let per_game = ["-game", "-match", "-fixture"]
        .iter()
        .any(|s| text.ends_with(s));
    let mut j = r.cands[t].last + 1;
    if scan.is(j, "regular") {
        j += 1;
    }
    per_game && matches!(scan.low(j), "season" | "campaign" | "schedule")
}

/// Whose total a figure is: its frame's owner, or the possessive before a
/// noun of total ("Caldera's haul of seven medals").
fn owner_of_total(r: &Relator, t: usize) -> Option<String> {
    if let Some(o) = &r.claims[t].frame.owner {
        return Some(o.to_string());
    }
    let b = r.cands[t].first.checked_sub(3)?;
    (r.scan.is(b + 2, "of") && matches!(r.scan.low(b + 1), "total" | "haul" | "tally"))
        .then(|| crate::frame::possessor(r.scan, b))
        .flatten()
}

/// "The money is split three ways:", "The funding will be divided as
/// follows:": the sentence opens with a definite noun and a verb of splitting,
/// and no sum comes before the list ("three ways" may).
fn opens_with_split(r: &Relator, s0: usize, list_first: usize) -> bool {
    let scan = r.scan;
    scan.is(s0, "the")
        && (s0..list_first).all(|j| {
            r.layout
                .claim_at(j)
                .is_none_or(|k| r.claims[k].kind != Kind::Money)
        })
        && (s0..list_first.min(s0 + 8)).any(|j| {
            matches!(
                scan.low(j),
                "split" | "divided" | "shared" | "allocated" | "broken"
            )
        })
}

/// "In all, 11 power stations", "Altogether, 40 …": a sentence opening with its total.
fn opens_with_total(r: &Relator, t: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[t].first;
    let (s0, _) = scan.sentence_of(first);
    (s0..first).any(|j| {
        ((scan.is(j, "in") && matches!(scan.low(j + 1), "all" | "total"))
            || scan.is(j, "altogether"))
            && scan.sentence_initial(j)
    }) && (s0..first).all(|j| r.layout.claim_at(j).is_none())
}

/// "a combined 412,000", "a total of 240": a total stated as one.
fn strong_total(r: &Relator, t: usize) -> bool {
    let scan = r.scan;
    let b = r.cands[t].first.wrapping_sub(1);
    (scan.is(b, "combined") && !super::rest_combined(scan, b))
        || scan.is(b, "total")
        || (scan.is(b, "of") && scan.is(b.wrapping_sub(1), "total"))
}

/// A figure stated as a sum: "a total of", "a combined", "in all", "altogether",
/// or one that announces its parts; not "all 14", which only names a whole.
fn components_total(r: &Relator, t: usize) -> bool {
    let all = r.scan.is(r.cands[t].first, "all");
    (r.total_cue(t).is_some() && !all) || announces_parts(r, t) || strong_total(r, t)
}

/// Another figure between a total and its announcing word makes the words
/// its, not the total's; dates, ordinals and spans ("in the first quarter,
/// of which …", "in its 127-year history: …") do not.
fn blocks(r: &Relator, k: usize) -> bool {
    !matches!(
        r.claims[k].kind,
        Kind::Date | Kind::Ordinal | Kind::Duration
    )
}
