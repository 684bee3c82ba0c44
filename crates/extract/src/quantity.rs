//! Quantities: counts, ordinals, percentages, money and durations, each with the
//! hedge that bounds it. Wakes only on numerals, number and ordinal words, vague
//! quantifiers and fractions; everything else is skipped in one comparison.
//!
//! Figures that name rather than count are dropped here, before any claim is made:
//! labels ("Route 66", "Resolution 2254"), codes ("COVID-19", "F-16"), times
//! ("9:30 a.m."), scores ("won 3-1"), ratios ("24/7"), physical measures
//! ("29km") and year-named things ("the 2019 law").

use crate::candidate::Candidate;
use crate::lexicon::{Hedge, HedgeBound, Lexicon};
use crate::number::{numeral_at, split_mixed, Numeral};
use crate::scan::{Scan, TokenKind};
use crate::words::Tags;
use claimcheck_claims::{Bound, Interval, Kind, Modality, TimeUnit, Value};
use rust_decimal::Decimal;

/// Every quantity reading in the document, plus the bare numbers dropped as
/// labels, codes or times (`dropped`, for the spec evaluation's raw numbers).
pub struct Quantities {
    pub claims: Vec<Candidate>,
    /// Numerals that are not claims (labels, codes, times), kept for `mentions`.
    pub dropped: Vec<Numeral>,
}

/// What follows a figure and decides its kind.
enum Unit {
    Percent {
        last: usize,
    },
    /// `hundredths`: the word names a subunit ("25 cents").
    Money {
        code: String,
        last: usize,
        hundredths: bool,
    },
    Duration {
        unit: TimeUnit,
        times: Decimal,
        last: usize,
        age: bool,
    },
    /// "90-member", "11-nation", "1,500-strong": a count with its noun.
    Compound {
        noun: usize,
    },
    None,
}

/// A unit of time at `i`, unless it only opens a compound adjective: "16
/// night-time movements", "its day-time services", "410 year-round residents",
/// "16 second-hand cars" count no nights, days, years or seconds.
fn duration_unit<'l>(scan: &Scan, lex: &'l Lexicon, i: usize) -> Option<&'l (TimeUnit, Decimal)> {
    let compound = scan.is_dash(i + 1)
        && scan.joined(i + 1)
        && (scan.is(i + 2, "time") || scan.is(i + 2, "round") || scan.is(i, "second"));
    lex.durations.at(scan, i).filter(|_| !compound)
}

pub fn find_quantities(scan: &Scan, lex: &Lexicon) -> Quantities {
    let mut out = Quantities {
        claims: Vec::new(),
        dropped: Vec::new(),
    };
    // Only figures and quantity words start a reading.
    let starts = Tags::DIGITS | Tags::QUANTITY_START;
    let mut i = scan.next_tagged(0, starts);
    while i < scan.len() {
        let next = step(scan, lex, i, &mut out);
        i = scan.next_tagged(next.max(i + 1), starts);
    }
    join_compound_amounts(scan, lex, &mut out.claims);
    out
}

/// How many of the next smaller unit one unit of time holds, for the pairs a
/// compound length is written in ("2 years and 3 months", "an hour and 20
/// minutes", "3 weeks and 2 days").
fn smaller_unit(unit: TimeUnit) -> Option<(TimeUnit, Decimal)> {
    Some(match unit {
        TimeUnit::Year => (TimeUnit::Month, Decimal::from(12)),
        TimeUnit::Week => (TimeUnit::Day, Decimal::from(7)),
        TimeUnit::Day => (TimeUnit::Hour, Decimal::from(24)),
        TimeUnit::Hour => (TimeUnit::Minute, Decimal::from(60)),
        TimeUnit::Minute => (TimeUnit::Second, Decimal::from(60)),
        TimeUnit::Second | TimeUnit::Month => return None,
    })
}

/// An amount told in two units joined by "and" is one amount. A length is
/// told in the smaller unit: "2 years and 3 months" is 27 months, not two
/// spans; the larger part may be hedged ("more than 2 years and 3 months"),
/// the smaller must be a plain figure. A sum and its subunits ("5 dollars and
/// 20 cents") is 5.20 dollars.
fn join_compound_amounts(scan: &Scan, lex: &Lexicon, claims: &mut Vec<Candidate>) {
    let mut k = 0;
    while k + 1 < claims.len() {
        let (a, b) = (&claims[k], &claims[k + 1]);
        let next_to = b.first == a.last + 2 && scan.is(a.last + 1, "and");
        let joined = match (&a.value, &b.value) {
            _ if !next_to => None,
            (Value::Number(whole), Value::Number(part))
                if a.kind == Kind::Money
                    && b.kind == Kind::Money
                    && a.unit == b.unit
                    && whole.bound == Bound::Exact
                    && part.bound == Bound::Exact
                    && whole.nominal.fract().is_zero()
                    && part.nominal < Decimal::ONE
                    && lex
                        .currency_subunits
                        .match_ending_at(scan, b.last)
                        .is_some() =>
            {
                Some(Value::Number(Interval::exact(whole.nominal + part.nominal)))
            }
            (
                Value::Duration {
                    unit: ua,
                    amount: big,
                },
                Value::Duration {
                    unit: ub,
                    amount: small,
                },
            ) if small.bound == Bound::Exact && big.bound != Bound::Vague => smaller_unit(*ua)
                .filter(|(u, _)| u == ub)
                .map(|(unit, per)| {
                    let add = small.nominal;
                    let amount = Interval {
                        nominal: big.nominal * per + add,
                        low: big.low.map(|l| l * per + add),
                        high: big.high.map(|h| h * per + add),
                        ..big.clone()
                    };
                    Value::Duration { unit, amount }
                }),
            _ => None,
        };
        if let Some(value) = joined {
            claims[k].last = claims[k + 1].last;
            claims[k].value = value;
            claims.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// Try every reading that can start at token `i`; return where to continue.
fn step(scan: &Scan, lex: &Lexicon, i: usize, out: &mut Quantities) -> usize {
    let kind = scan.tokens[i].kind;
    if kind == TokenKind::Punct {
        if !scan.has_tag(i, Tags::QUANTITY_START, |_| true) {
            return i + 1;
        }
        // A currency symbol opens a money figure: "$1.2 billion", "US$ 5".
        if let Some((sym_last, code)) = lex.currency_symbols.match_at(scan, i) {
            if let Some(n) = numeral_at(scan, lex, sym_last + 1) {
                return figure(scan, lex, n, Some((i, code.clone())), out);
            }
        }
        return i + 1;
    }
    if kind == TokenKind::Mixed {
        if let Some(c) = ordinal_digits(scan, lex, i) {
            out.claims.push(c);
            return i + 1;
        }
        if let Some((n, code)) = crate::number::after_glued_code(scan, lex, i) {
            return figure(scan, lex, n, Some((i, code)), out);
        }
    }
    if kind == TokenKind::Word {
        if !scan.has_tag(i, Tags::QUANTITY_START, |w| lex.quantity_starts.contains(w)) {
            return i + 1;
        }
        // Currency codes written as words: "EUR 300m", "USD 5".
        if scan.text(i).chars().all(|c| c.is_ascii_uppercase()) {
            if let Some((sym_last, code)) = lex.currency_symbols.match_at(scan, i) {
                if let Some(n) = numeral_at(scan, lex, sym_last + 1) {
                    return figure(scan, lex, n, Some((i, code.clone())), out);
                }
            }
        }
        if let Some(next) = vague_at(scan, lex, i, out) {
            return next;
        }
        if let Some(next) = percent_of(scan, lex, i, out) {
            return next;
        }
        if let Some(c) = fraction_duration(scan, lex, i) {
            let last = c.last;
            out.claims.push(c);
            return last + 1;
        }
        if let Some(next) = fraction_at(scan, lex, i, out) {
            return next;
        }
        if let Some(next) = remaining_share_at(scan, i, out) {
            return next;
        }
        if let Some(c) = unit_compound(scan, lex, i) {
            let last = c.last;
            out.claims.push(c);
            return last + 1;
        }
        if let Some(c) = whole_unit_duration(scan, lex, i) {
            let last = c.last;
            out.claims.push(c);
            return last + 1;
        }
        if let Some(c) = article_duration(scan, lex, i) {
            let last = c.last;
            out.claims.push(c);
            return last + 1;
        }
        if let Some(c) = ordinal_words(scan, lex, i) {
            let last = c.last;
            out.claims.push(c);
            return last + 1;
        }
    }
    if let Some(next) = one_in_n(scan, lex, i, out) {
        return next;
    }
    match numeral_at(scan, lex, i) {
        // "one of several diseases", "one of the largest": a selection, not a
        // count. Not an item of a list of figures: "won seven, drew one and
        // lost one of their eight matches".
        Some(n)
            if n.words
                && n.first == n.last
                && scan.low(i) == "one"
                && scan.is(i + 1, "of")
                && !(i.saturating_sub(4)..i).any(|j| {
                    scan.kind(j) == Some(TokenKind::Number) || lex.numbers.at(scan, j).is_some()
                }) =>
        {
            out.dropped.push(n);
            i + 1
        }
        Some(n) => figure(scan, lex, n, None, out),
        None => i + 1,
    }
}

/// One whole unit of time, or one more: "all day", "a full year", "an
/// all-week closure", "wait another month", "another business day". The
/// word itself says it is a length, so nothing else need show it.
fn whole_unit_duration(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Candidate> {
    if !matches!(scan.low(i), "all" | "full" | "another") {
        return None;
    }
    let hyphen = scan.is_dash(i + 1) && scan.joined(i + 1) && scan.joined(i + 2);
    if hyphen && scan.is(i, "another") {
        return None;
    }
    let mut at = if hyphen { i + 2 } else { i + 1 };
    // "another business day", "another full week".
    if !hyphen
        && lex.duration_adjectives.contains(scan.low(at))
        && duration_unit(scan, lex, at + 1).is_some()
    {
        at += 1;
    }
    let word = scan.low(at);
    let &(unit, times) = duration_unit(scan, lex, at)?;
    // One calendar unit, singular: not "all years", "full-time", "all hours".
    let calendar = matches!(
        unit,
        TimeUnit::Day | TimeUnit::Week | TimeUnit::Month | TimeUnit::Year
    );
    if !calendar || word.ends_with('s') || times != Decimal::ONE {
        return None;
    }
    // "another year's results", "all day-to-day": the unit opens another word.
    if scan.is_punct(at + 1, '\'') || (scan.is_dash(at + 1) && scan.joined(at + 1)) {
        return None;
    }
    Some(Candidate::new(
        i,
        at,
        Kind::Duration,
        Value::Duration {
            unit,
            amount: Interval::exact(Decimal::ONE),
        },
    ))
}

/// "a decade", "a week" as a duration, when a hedge, a preposition of time or
/// a word of sequence shows it is one: "more than a decade", "nearly a week",
/// "for a month", "a week after the appeal". Bare
/// "a year" is too often a rate ("once a year") to read alone.
fn article_duration(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Candidate> {
    if !matches!(scan.low(i), "a" | "an" | "one") {
        return None;
    }
    let &(unit, times) = duration_unit(scan, lex, i + 1)?;
    if scan.is_dash(i + 2) && scan.joined(i + 2) {
        return None;
    }
    let hedge = hedge_before(scan, lex, i);
    // "a year and a half", "an hour and a half": one and a half units, a
    // length whatever stands around it.
    let and_a_half = scan.is(i + 2, "and") && scan.is(i + 3, "a") && scan.is(i + 4, "half");
    if and_a_half && !scan.low(i + 1).ends_with('s') {
        let hedge = hedge.filter(|(f, _)| !(scan.is(*f, "over") || scan.is(*f, "under")));
        let amount = bounded(
            Decimal::new(15, 1),
            hedge.map(|(_, h)| h),
            lex,
            Some(Decimal::ZERO),
        );
        return Some(Candidate::new(
            hedge.map_or(i, |(f, _)| f),
            i + 4,
            Kind::Duration,
            Value::Duration {
                unit,
                amount: amount.scaled(times),
            },
        ));
    }
    let timed = i > 0
        && matches!(
            scan.low(i - 1),
            "for" | "within" | "lasted" | "lasting" | "spanning" | "after" | "in"
        )
        && !scan.is(i + 2, "ago")
        && !scan.is(i + 2, "earlier")
        && !scan.is(i + 2, "later");
    // "a week after the appeal went out": a gap between two events.
    let gap = matches!(scan.low(i + 2), "after" | "before") && !scan.is(i.wrapping_sub(1), "once");
    // "an hour and 20 minutes": a second part makes it a length.
    let compound = scan.is(i + 2, "and")
        && numeral_at(scan, lex, i + 3)
            .is_some_and(|n| duration_unit(scan, lex, n.last + 1).is_some());
    // "out of work for a year or longer": a bound after the unit.
    let after = lex
        .hedges_after
        .match_at(scan, i + 2)
        .filter(|(_, h)| matches!(h.bound, HedgeBound::AtLeast | HedgeBound::AtMost))
        .filter(|_| !scan.is_punct(i + 2, '+'));
    if hedge.is_none() && after.is_none() && !timed && !gap && !compound {
        return None;
    }
    if hedge.is_some_and(|(f, _)| scan.is(f, "over") || scan.is(f, "under")) {
        return None;
    }
    let (meaning, last) = match (hedge, after) {
        (None, Some((a_last, h))) => (Some(*h), a_last),
        _ => (hedge.map(|(_, h)| h), i + 1),
    };
    let interval = bounded(Decimal::ONE, meaning, lex, Some(Decimal::ZERO));
    Some(Candidate::new(
        hedge.map_or(i, |(f, _)| f),
        last,
        Kind::Duration,
        Value::Duration {
            unit,
            amount: interval.scaled(times),
        },
    ))
}

/// One unit of time as a compound: "a decade-long freeze", "the century-old
/// bridge", "a year-long inquiry". Said loosely: "-long" is about one unit,
/// "-old" at least one ("the century-old bridge" may be 114 years old).
fn unit_compound(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Candidate> {
    let &(unit, times) = duration_unit(scan, lex, i)?;
    let joined = scan.is_dash(i + 1) && scan.joined(i + 1) && scan.joined(i + 2);
    // "decades-old" is vague; "year-on-year" no span.
    if !joined || scan.low(i).ends_with('s') || !matches!(scan.low(i + 2), "long" | "old") {
        return None;
    }
    let mut c = Candidate::new(
        i,
        i + 2,
        Kind::Duration,
        Value::Duration {
            unit,
            amount: if scan.is(i + 2, "old") {
                Interval::at_least(Decimal::ONE, false)
            } else {
                Interval::approx(Decimal::ONE, lex.approx_tolerance)
            }
            .scaled(times),
        },
    );
    if scan.is(i + 2, "old") {
        c.metric = Some("age".to_string());
    }
    Some(c)
}

/// A fraction of a unit of time: "its quarter-century history", "half a
/// century", "a quarter of a century", "three quarters of an hour", "a
/// half-hour delay". The fraction word starts the figure; a hedge before its
/// article is kept ("nearly a quarter-century").
fn fraction_duration(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Candidate> {
    let (fraction, unit_at) = match scan.low(i) {
        // "quarter-century", "half-hour": one hyphenated word.
        "quarter" | "half" if scan.is_dash(i + 1) && scan.joined(i + 1) && scan.joined(i + 2) => {
            let f = if scan.is(i, "half") { 50 } else { 25 };
            (Decimal::from(f), i + 2)
        }
        // "a quarter century", "a half hour", "the first half year".
        "quarter" if duration_unit(scan, lex, i + 1).is_some() => (Decimal::from(25), i + 1),
        "half" if duration_unit(scan, lex, i + 1).is_some() => (Decimal::from(50), i + 1),
        // "half a century", "half an hour".
        "half" if matches!(scan.low(i + 1), "a" | "an") => (Decimal::from(50), i + 2),
        _ => {
            // "a quarter of a century", "three quarters of an hour".
            let (last, value) = lex.fractions.match_at(scan, i)?;
            if !(scan.is(last + 1, "of") && matches!(scan.low(last + 2), "a" | "an")) {
                return None;
            }
            (*value, last + 3)
        }
    };
    let &(unit, times) = duration_unit(scan, lex, unit_at)?;
    // Only singular units: "half-days" and "quarter-hours" count periods.
    if scan.low(unit_at).ends_with('s') {
        return None;
    }
    let article = i > 0 && scan.is(i - 1, "a");
    let hedge = hedge_before(scan, lex, if article { i - 1 } else { i });
    let share = fraction / Decimal::ONE_HUNDRED;
    let interval = bounded(share, hedge.map(|(_, h)| h), lex, Some(Decimal::ZERO));
    let first = hedge.map_or(if article { i - 1 } else { i }, |(f, _)| f);
    Some(Candidate::new(
        first,
        unit_at,
        Kind::Duration,
        Value::Duration {
            unit,
            amount: interval.scaled(times),
        },
    ))
}

/// Whether the word at `next`, after an ordinal, names a period of the year
/// or the match: "starts in the third quarter", "in the 2nd half" name a
/// time, not a rank ("the third quarter-final" is one).
fn names_a_period(scan: &Scan, lex: &Lexicon, next: usize) -> bool {
    lex.period_words.contains(scan.low(next)) && !(scan.is_dash(next + 1) && scan.joined(next + 1))
}

/// "90th", "21st": an ordinal written with digits.
fn ordinal_digits(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Candidate> {
    let (value, suffix) = split_mixed(scan.low(i))?;
    if !matches!(suffix, "st" | "nd" | "rd" | "th") || value.fract() != Decimal::ZERO {
        return None;
    }
    // A letter code before it ("Route 9th"?) is rare; a name joined by a hyphen is a code.
    if scan.is_dash(i.wrapping_sub(1)) && scan.joined(i) {
        return None;
    }
    if names_a_period(scan, lex, i + 1) {
        return None;
    }
    Some(Candidate::new(
        i,
        i,
        Kind::Ordinal,
        Value::Number(Interval::exact(value)),
    ))
}

/// "ninetieth", "twenty-first", "fourth".
fn ordinal_words(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Candidate> {
    use crate::lexicon::NumberRole;
    let low = scan.low(i);
    let (value, last) = if let Some(v) = lex.ordinals.get(low) {
        (*v, i)
    } else {
        // A cardinal in words, then an ordinal word: "twenty-first", "one hundred
        // twenty fifth", "two hundredth", "three trillionth".
        let n = crate::number::words_numeral(scan, lex, i)?;
        let mut o = n.last + 1;
        if scan.is_dash(o) && scan.joined(o) && scan.joined(o + 1) {
            o += 1;
        }
        let v = *lex.ordinals.at(scan, o)?;
        let last_role = lex.numbers.at(scan, n.last)?.role;
        let value = if v < Decimal::ONE_HUNDRED {
            let fits = match last_role {
                NumberRole::Tens => v < Decimal::TEN,
                NumberRole::Hundred | NumberRole::Scale => true,
                _ => false,
            };
            if !fits {
                return None;
            }
            n.value + v
        } else if n.value < v {
            n.value * v
        } else {
            return None;
        };
        (value, o)
    };
    // "first"/"second" only as ordinals before a word or at a clause end ("she
    // finished second!"), not as "a second" (time) or "second-largest" (rank).
    if scan.is_dash(last + 1) && scan.joined(last + 1) {
        return None;
    }
    if low == "second" && scan.is(i.wrapping_sub(1), "a") {
        return None;
    }
    // "decide who gets it first", "to see them first": after an object
    // pronoun, "first" says when, not which.
    if low == "first"
        && matches!(
            scan.low(i.wrapping_sub(1)),
            "it" | "them" | "him" | "us" | "me"
        )
    {
        return None;
    }
    if names_a_period(scan, lex, last + 1) {
        return None;
    }
    // "won the deciding fifth 16-14": a score after the ordinal, not a
    // figure it ranks ("the first 100 days").
    let score = scan.kind(last + 1) == Some(TokenKind::Number)
        && scan.is_dash(last + 2)
        && scan.joined(last + 2)
        && scan.joined(last + 3)
        && scan.kind(last + 3) == Some(TokenKind::Number);
    let next_ok = last + 1 >= scan.len()
        || score
        || scan.kind(last + 1) == Some(TokenKind::Word)
        || matches!(
            scan.text(last + 1),
            "," | "." | "!" | "?" | ";" | ":" | ")" | "\"" | "”"
        );
    if !next_ok {
        return None;
    }
    let mut c = Candidate::new(
        i,
        last,
        Kind::Ordinal,
        Value::Number(Interval::exact(value)),
    );
    c.priority = 2;
    Some(c)
}

/// "percent of 10", "per cent of twenty-two": the unit before the figure.
fn percent_of(scan: &Scan, lex: &Lexicon, i: usize, out: &mut Quantities) -> Option<usize> {
    let unit_last = match scan.low(i) {
        "percent" | "percents" => i,
        "per" if scan.is(i + 1, "cent") => i + 1,
        _ => return None,
    };
    let before_is_figure = i > 0
        && matches!(
            scan.kind(i - 1),
            Some(TokenKind::Number) | Some(TokenKind::Mixed)
        )
        || lex.numbers.at(scan, i.wrapping_sub(1)).is_some();
    if before_is_figure || !scan.is(unit_last + 1, "of") {
        return None;
    }
    let n = numeral_at(scan, lex, unit_last + 2)?;
    let mut c = Candidate::new(
        i,
        n.last,
        Kind::Percent,
        Value::Number(Interval::exact(n.value)),
    );
    c.priority = 1;
    out.claims.push(c);
    Some(n.last + 1)
}

/// Vague quantifiers: "dozens", "a handful", "tens of thousands", "several hundred".
fn vague_at(scan: &Scan, lex: &Lexicon, i: usize, out: &mut Quantities) -> Option<usize> {
    let (mut last, v) = lex.vague.match_at(scan, i)?;
    let v = *v;
    let (mut low, mut high) = (v.low, v.high);
    // "several hours", "a few days", "a couple of weeks", "hundreds of
    // years": a vague duration.
    if let Some((unit, times)) = duration_unit(scan, lex, last + 1) {
        let amount = Interval::vague(low * times, high.map(|h| h * times));
        let mut c = Candidate::new(
            i,
            last + 1,
            Kind::Duration,
            Value::Duration {
                unit: *unit,
                amount,
            },
        );
        c.priority = 1;
        out.claims.push(c);
        return Some(last + 2);
    }
    if v.multiplier {
        // "several hundred" = 3..9 × 100; "a few dozen".
        if let Some(w) = lex.numbers.at(scan, last + 1) {
            use crate::lexicon::NumberRole::*;
            if matches!(w.role, Hundred | Scale | Dozen) {
                last += 1;
                low *= w.value;
                high = high.map(|h| h * w.value);
            }
        } else if !scan.is(last + 1, "of") && scan.kind(last + 1) != Some(TokenKind::Word) {
            return None;
        } else if lex.measures.at(scan, last + 1).is_some() {
            // "a few kilometres from the prison": a distance, not a count.
            return Some(last + 2);
        }
    }
    // The span ends before a trailing "of": "dozens of fighters" → "dozens".
    let mut span_last = last;
    if scan.is(span_last, "of") && span_last > i {
        span_last -= 1;
    }
    let mut c = Candidate::new(
        i,
        span_last,
        Kind::Count,
        Value::Number(Interval::vague(low, high)),
    );
    c.modality = modality_before(scan, lex, i);
    c.priority = 1;
    // "and possibly hundreds": the hedge belongs to the vague quantity.
    out.claims.push(c);
    Some(last + 1)
}

/// A share written as a ratio: "one in four", "about one in ten", "2 in 5",
/// "three in every four", "two out of every three": a percentage, 100 × N / M.
fn one_in_n(scan: &Scan, lex: &Lexicon, i: usize, out: &mut Quantities) -> Option<usize> {
    let a = numeral_at(scan, lex, i)?;
    let each = |j: usize| scan.is(j, "every") || scan.is(j, "each");
    // "three patients in ten have waited", "one voter in five said": a noun
    // between, when the ratio closes the phrase (a verb or punctuation
    // follows, not "two men in three cars").
    let noun_between = scan.kind(a.last + 1) == Some(crate::scan::TokenKind::Word)
        && scan.is(a.last + 2, "in")
        && duration_unit(scan, lex, a.last + 1).is_none()
        && lex.numbers.at(scan, a.last + 1).is_none();
    let closes = |j: usize| {
        scan.is_punct(j, ',')
            || scan.is_punct(j, '.')
            || matches!(
                scan.low(j),
                "are"
                    | "were"
                    | "is"
                    | "was"
                    | "have"
                    | "has"
                    | "had"
                    | "say"
                    | "said"
                    | "says"
                    | "will"
                    | "would"
                    | "could"
                    | "now"
                    | "who"
                    | "nationwide"
            )
    };
    let at = if noun_between {
        a.last + 3 + usize::from(each(a.last + 3))
    } else if scan.is(a.last + 1, "in") {
        a.last + 2 + usize::from(each(a.last + 2))
    } else if scan.is(a.last + 1, "out") && scan.is(a.last + 2, "of") && each(a.last + 3) {
        a.last + 4
    } else {
        return None;
    };
    let b = numeral_at(scan, lex, at)?;
    if noun_between && !closes(b.last + 1) {
        return None;
    }
    let small = a.value >= Decimal::ONE && b.value > a.value && b.value <= Decimal::new(1000, 0);
    if !small || b.plain_four_digits || a.plain_four_digits {
        return None;
    }
    // "one in four years", "1 in 5 minutes": a rate over time, not a share.
    if duration_unit(scan, lex, b.last + 1).is_some() || scan.is_punct(b.last + 1, '%') {
        return None;
    }
    let value = (a.value * Decimal::ONE_HUNDRED / b.value)
        .round_dp(4)
        .normalize();
    let hedge = hedge_before(scan, lex, i);
    let first = hedge.map_or(i, |(f, _)| f);
    let interval = bounded(value, hedge.map(|(_, h)| h), lex, Some(Decimal::ZERO));
    let mut c = Candidate::new(first, b.last, Kind::Percent, Value::Number(interval));
    c.modality = hedge.and_then(|(_, h)| h.modality);
    out.claims.push(c);
    Some(b.last + 1)
}

/// "covered the remaining quarter", "the other third came from donors": a
/// bare fraction word after "the remaining" or "the other" is the share left.
fn remaining_share_at(scan: &Scan, i: usize, out: &mut Quantities) -> Option<usize> {
    let value = match scan.low(i) {
        "half" => Decimal::from(50),
        "third" => Decimal::new(3333, 2),
        "quarter" => Decimal::from(25),
        "fifth" => Decimal::from(20),
        "tenth" => Decimal::from(10),
        _ => return None,
    };
    if i < 2 || !scan.is(i - 2, "the") || !matches!(scan.low(i - 1), "remaining" | "other") {
        return None;
    }
    let next = i + 1;
    let ends = next >= scan.len()
        || (scan.kind(next) == Some(TokenKind::Punct) && !scan.is_dash(next))
        || matches!(
            scan.low(next),
            "of" | "was"
                | "is"
                | "were"
                | "are"
                | "came"
                | "comes"
                | "went"
                | "goes"
                | "will"
                | "would"
                | "has"
                | "had"
                | "from"
                | "by"
                // "with the remaining quarter in city centres", "the other
                // third at private schools": where the rest is.
                | "in"
                | "at"
                | "on"
                | "to"
                | "for"
                | "across"
                | "among"
                | "within"
                | "outside"
        );
    if !ends {
        return None;
    }
    out.claims.push(Candidate::new(
        i,
        i,
        Kind::Percent,
        Value::Number(Interval::exact(value)),
    ));
    Some(next)
}

/// Fractions standing for shares: "half of", "nearly half", "more than a fifth".
fn fraction_at(scan: &Scan, lex: &Lexicon, i: usize, out: &mut Quantities) -> Option<usize> {
    let (last, value) = lex.fractions.match_at(scan, i)?;
    let value = *value;
    let next = last + 1;
    // "three-quarters of a point", "half a percentage point": a fraction of a
    // percentage point, told as the points it comes to (0.75, 0.5).
    let article = if scan.is(next, "of") { next + 1 } else { next };
    if scan.is(article, "a") {
        let point = if scan.is(article + 1, "percentage") {
            article + 2
        } else {
            article + 1
        };
        if matches!(scan.low(point), "point" | "points") {
            let hedge = hedge_before(scan, lex, i);
            let first = hedge.map_or(i, |(f, _)| f);
            let points = value / Decimal::ONE_HUNDRED;
            let interval = bounded(points, hedge.map(|(_, h)| h), lex, Some(Decimal::ZERO));
            let mut c = Candidate::new(first, point, Kind::Percent, Value::Number(interval));
            c.modality = hedge.and_then(|(_, h)| h.modality);
            out.claims.push(c);
            return Some(point + 1);
        }
    }
    // "half a dozen", "a quarter million", "half-time", "first half", "half an hour".
    if scan.is(next, "a") || scan.is(next, "an") || lex.numbers.at(scan, next).is_some() {
        return None;
    }
    // "a quarter of a million" is a count, read by the numeral grammar.
    if scan.is(next, "of")
        && scan.is(next + 1, "a")
        && lex
            .numbers
            .at(scan, next + 2)
            .is_some_and(|w| w.role == crate::lexicon::NumberRole::Scale)
    {
        return None;
    }
    if scan.is_dash(next) && scan.joined(next) {
        return None;
    }
    // "the first half", "the 2nd half": a period after an ordinal.
    let ordinal_digits = i > 0
        && split_mixed(scan.low(i - 1))
            .is_some_and(|(_, suffix)| matches!(suffix, "st" | "nd" | "rd" | "th"));
    if i > 0 && (lex.ordinals.at(scan, i - 1).is_some() || ordinal_digits || scan.is(i - 1, "the"))
    {
        return None;
    }
    if duration_unit(scan, lex, next).is_some() {
        return None;
    }
    let hedge = hedge_before(scan, lex, i);
    let share_follows = scan.is(next, "of")
        || scan.is(next, "the")
        || scan.is(next, "its")
        || scan.is(next, "their")
        || (scan.kind(next) == Some(TokenKind::Punct) && !scan.is_dash(next))
        // "half for surgery, a fifth for maternity": a share in a breakdown.
        || matches!(
            scan.low(next),
            "for" | "to" | "went" | "goes" | "go" | "is" | "are" | "was" | "were"
                // "and fulmars a fifth between them".
                | "between" | "among" | "apiece"
        )
        // "the trust paid 60 per cent, the council a quarter and a charity
        // the rest": a share in a gapped list; not "a third or fourth time".
        || (matches!(scan.low(next), "and" | "or")
            && lex.ordinals.at(scan, next + 1).is_none()
            && lex.fractions.match_at(scan, next + 1).is_none())
        || next >= scan.len()
        // "brought in a fifth of the total on its own", "a quarter on their own".
        || (scan.is(next, "on")
            && matches!(scan.low(next + 1), "its" | "their" | "his" | "her")
            && scan.is(next + 2, "own"))
        // "A third had been on the list for more than 18 weeks", "with a
        // third seeping out of joints": the share as a clause's subject,
        // before its verb ("a third running year" is a rank).
        || matches!(
            scan.low(next),
            "has" | "have" | "had" | "will" | "would" | "could" | "said" | "say" | "says"
        )
        || (scan.low(next).len() > 5
            && scan.low(next).ends_with("ing")
            && !matches!(scan.low(next), "running" | "leading" | "standing" | "sitting"));
    // "has fallen by two-fifths in ten years", "cut by a third": a change by
    // a share of the level.
    let by = |j: usize| j > 0 && scan.is(j - 1, "by");
    // "running a fifth ahead of last year", "a third more than in 2019", "a
    // quarter below budget": a share of the level compared with.
    let compared = (scan.is(i, "a") || (i > 0 && scan.is(i - 1, "a")))
        && matches!(
            scan.low(next),
            "ahead"
                | "behind"
                | "more"
                | "less"
                | "fewer"
                | "higher"
                | "lower"
                | "above"
                | "below"
                | "up"
                | "down"
                | "larger"
                | "smaller"
                | "bigger"
                | "over"
                | "under"
        );
    let share_follows =
        share_follows || compared || by(i) || (i > 1 && scan.is(i - 1, "a") && by(i - 1));
    if hedge.is_none() && !share_follows {
        return None;
    }
    // "by half" reads as a change, still a share.
    let first = hedge.map_or(i, |(f, _)| f);
    let mut interval = bounded(value, hedge.map(|(_, h)| h), lex, Some(Decimal::ZERO));
    // "two-thirds" is 66.666…, and a source that counts it gives "67 per
    // cent": a share with no end in decimals spans the whole percents
    // either side of it.
    let unhedged = hedge.is_none_or(|(_, h)| matches!(h.bound, HedgeBound::Exact));
    if unhedged && (value * Decimal::TWO).fract() != Decimal::ZERO {
        interval.low = Some(value.floor());
        interval.high = Some(value.ceil());
    }
    let mut c = Candidate::new(first, last, Kind::Percent, Value::Number(interval));
    c.modality = hedge.and_then(|(_, h)| h.modality);
    out.claims.push(c);
    Some(last + 1)
}

/// The hedge ending right before token `i`: (its first token, meaning).
fn hedge_before(scan: &Scan, lex: &Lexicon, i: usize) -> Option<(usize, Hedge)> {
    if i == 0 {
        return None;
    }
    let (first, h) = lex.hedges_before.match_ending_at(scan, i - 1)?;
    // "> 40 people were moved" opening a line quotes it (markdown), bounds nothing.
    if scan.is_punct(first, '>') && (first == 0 || scan.tokens[first].newline_before) {
        return None;
    }
    // "goes up to 66 crowns from 58": a move to a level, not a ceiling.
    if scan.is(first, "up") && first > 0 && lex.motion_verbs.contains(scan.low(first - 1)) {
        return None;
    }
    Some((first, *h))
}

/// A modal word just before token `i` ("possibly hundreds", "could be 80").
/// Capitalised mid-sentence it is a name ("As of Monday 5 May, 3,076").
fn modality_before(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Modality> {
    (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&j| scan.kind(j) == Some(TokenKind::Word) || scan.is_punct(j, ','))
        .filter(|&j| !scan.capitalized(j) || scan.sentence_initial(j))
        .find_map(|j| lex.modal_words.at(scan, j).copied())
}

/// The interval a hedge makes of `n`. `floor` is the least value the quantity can take.
fn bounded(n: Decimal, hedge: Option<Hedge>, lex: &Lexicon, floor: Option<Decimal>) -> Interval {
    let tol = lex.approx_tolerance;
    match hedge.map(|h| (h.bound, h.strict)) {
        None | Some((HedgeBound::Exact, _)) => Interval::exact(n),
        Some((HedgeBound::Approx, _)) => Interval::approx(n, tol),
        Some((HedgeBound::BelowApprox, _)) => Interval::just_below(n, tol),
        Some((HedgeBound::AboveApprox, _)) => Interval::just_above(n, tol),
        Some((HedgeBound::AtLeast, strict)) => Interval::at_least(n, strict),
        Some((HedgeBound::AtMost, strict)) => Interval::at_most(n, strict, floor),
    }
}

/// The unit after a numeral ending at token `last`: %, currency word, time unit, compound noun.
fn unit_after(scan: &Scan, lex: &Lexicon, last: usize) -> Unit {
    // "3h", "10mins", "100USD": the unit inside the figure's own token.
    if scan.kind(last) == Some(TokenKind::Mixed) {
        if let Some(code) = crate::number::glued_code(scan.text(last), lex) {
            return Unit::Money {
                code: code.clone(),
                last,
                hundredths: false,
            };
        }
        if let Some(&(unit, times)) =
            split_mixed(scan.low(last)).and_then(|(_, s)| lex.durations.get(s))
        {
            return Unit::Duration {
                unit,
                times,
                last,
                age: false,
            };
        }
    }
    let next = last + 1;
    if next >= scan.len() {
        return Unit::None;
    }
    if scan.is_punct(next, '%') {
        return Unit::Percent { last: next };
    }
    match scan.low(next) {
        "percent" | "pc" | "percents" => return Unit::Percent { last: next },
        "percentage" if !scan.is(next + 1, "of") => return Unit::Percent { last: next },
        "per" if scan.is(next + 1, "cent") => return Unit::Percent { last: next + 1 },
        "percentage" if scan.is(next + 1, "points") || scan.is(next + 1, "point") => {
            return Unit::Percent { last: next + 1 }
        }
        _ => {}
    }
    if let Some((w_last, code)) = lex.currency_words.match_at(scan, next) {
        // "one real pay rise", "they won": a guarded word is a currency only where
        // no word follows it.
        // After a scale word it is one: "a 1.84 billion crown contract".
        let scaled = lex
            .numbers
            .at(scan, last)
            .is_some_and(|w| w.role == crate::lexicon::NumberRole::Scale);
        let guarded = w_last == next && lex.guarded_currency_words.at(scan, next).is_some();
        if !guarded || scaled || scan.kind(next + 1) != Some(TokenKind::Word) {
            return Unit::Money {
                code: code.clone(),
                last: w_last,
                hundredths: false,
            };
        }
    }
    if let Some((w_last, code)) = lex.currency_subunits.match_at(scan, next) {
        return Unit::Money {
            code: code.clone(),
            last: w_last,
            hundredths: true,
        };
    }
    // "48-hour", "28-year", "34-year-old", "1,500-strong", "90-member".
    let hyphen = scan.is_dash(next) && scan.joined(next) && scan.joined(next + 1);
    // "three consecutive days", "two clean weeks": one describing word may
    // stand before the unit.
    let described = !hyphen
        && lex.duration_adjectives.contains(scan.low(next))
        && duration_unit(scan, lex, next + 1).is_some();
    let word_at = if hyphen || described { next + 1 } else { next };
    if let Some(&(unit, times)) = duration_unit(scan, lex, word_at) {
        // "twenty second" is an ordinal; "1 second", "3.5 second" are spans.
        if scan.low(word_at) == "second" && !hyphen && scan.kind(last) != Some(TokenKind::Number) {
            return Unit::None;
        }
        let age = if hyphen {
            scan.is_dash(word_at + 1) && scan.is(word_at + 2, "old")
        } else {
            scan.is(word_at + 1, "old")
        };
        let last = if age && hyphen { word_at + 2 } else { word_at };
        return Unit::Duration {
            unit,
            times,
            last,
            age,
        };
    }
    if hyphen && scan.kind(next + 1) == Some(TokenKind::Word) {
        // "the 78-florin pass", "a 500-euro fine": a sum of money.
        if let Some((w_last, code)) = lex.currency_words.match_at(scan, next + 1) {
            return Unit::Money {
                code: code.clone(),
                last: w_last,
                hundredths: false,
            };
        }
        return Unit::Compound { noun: next + 1 };
    }
    Unit::None
}

/// Whether the numeral is a label, code, time, score, ratio or measure: not a claim.
fn names_not_counts(scan: &Scan, lex: &Lexicon, n: &Numeral, currency: bool) -> bool {
    let (first, last) = (n.first, n.last);
    if !currency && section_number(scan, lex, n) {
        return true;
    }
    // "one by one", "two by two", "one at a time", "one after another": a
    // manner, not a count.
    if n.words {
        let w = scan.low(first);
        let (prev, next) = (scan.low(first.wrapping_sub(1)), scan.low(last + 1));
        let doubled = (next == "by" && scan.low(last + 2) == w)
            || (prev == "by" && scan.low(first.wrapping_sub(2)) == w);
        let manner = w == "one"
            && ((next == "at" && scan.is(last + 2, "a") && scan.is(last + 3, "time"))
                || (next == "after" && matches!(scan.low(last + 2), "another" | "the"))
                || next == "another");
        if doubled || manner {
            return true;
        }
    }
    if first > 0 && !currency {
        let prev = first - 1;
        let prev_low = scan.low(prev).trim_end_matches('.');
        // "Route 66", "No. 10", "Resolution 2254", "Boeing 737", "ATR 72-600".
        // "Ostmark 38 percent": a unit after the number makes it a share or
        // a sum given to the name, not a label.
        let after = last + 1;
        // "the National Arts Fund 3.5 million": a scale word makes an amount.
        let scaled = (first..=last.min(scan.len().saturating_sub(1)))
            .chain(std::iter::once(after))
            .any(|j| matches!(scan.low(j), "million" | "billion" | "trillion" | "bn"));
        // "gave Calloway 21 days to reply": a unit of time after the number
        // makes a span given to the name.
        let unit_follows = scaled
            || matches!(
                scan.low(after),
                "days" | "weeks" | "months" | "hours" | "minutes"
            )
            || scan.is_punct(after, '%')
            || matches!(scan.low(after), "percent" | "per" | "pc")
            || lex.currency_words.match_at(scan, after).is_some();
        // "May 2", "Monday 5 May": a figure that may be the time's day is
        // left to the dates ("On Monday 30 people marched" is rare).
        let may_be_day = n.value <= Decimal::from(31) && n.value.fract().is_zero();
        // "Last week 300 people marched", "Each day 40 buses leave": a
        // label word inside a time phrase numbers nothing.
        let timed = |j: usize| {
            j > 0
                && matches!(
                    scan.low(j - 1),
                    "last" | "this" | "next" | "that" | "each" | "every" | "a" | "per"
                )
        };
        let label_word = |j: usize| {
            let low = scan.low(j).trim_end_matches('.');
            // "a new library in the Harker district 5.4 million": a label
            // takes no scale word.
            // "will stage 48 shows", "to seat 400 guests": after a modal or
            // "to" a label word is a verb, and the figure its object.
            // After "to" only with a plural object: "promoted to grade 7"
            // is a label.
            let plural_object = {
                let w = scan.low(after);
                scan.kind(after) == Some(TokenKind::Word)
                    && w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
            };
            let verb = j > 0
                && (matches!(
                    scan.low(j - 1),
                    "will"
                        | "would"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "shall"
                        | "should"
                        | "must"
                ) || (scan.is(j - 1, "to") && plural_object));
            (lex.labels.contains(low) && !scaled && !timed(j) && !verb)
                || (scan.kind(j) == Some(TokenKind::Word)
                    && (may_be_day || !lex.time_names.contains(low))
                    && !unit_follows
                    && scan.capitalized(j)
                    && !scan.sentence_initial(j)
                    // "Harlow Transit's 204 buses": a possessor, not a label.
                    && !low.ends_with("'s")
                    && !low.ends_with("\u{2019}s")
                    && !lex.numbers.contains_key(low)
                    && lex.hedges_before.match_ending_at(scan, j).is_none()
                    && lex.vague.match_at(scan, j).is_none())
        };
        if !n.words && scan.kind(prev) == Some(TokenKind::Word) && label_word(prev) {
            return true;
        }
        // "go on day one.", "in phase two of the plan", "Game Seven": a number
        // word after a word that numbers the parts of something, when no
        // noun follows ("the day three people died" counts people).
        if n.words
            && lex.word_labels.contains(prev_low)
            && (last + 1 >= scan.len()
                || scan.kind(last + 1) == Some(TokenKind::Punct)
                || matches!(scan.low(last + 1), "of" | "and" | "or" | "when" | "in"))
        {
            return true;
        }
        if !n.words && scan.is_punct(prev, '.') && prev > 0 && scan.is(prev - 1, "no") {
            return true;
        }
        // "COVID-19", "F-16", "G-7": a word joined by a hyphen.
        if scan.is_dash(prev) && scan.joined(first) && prev > 0 && scan.joined(prev) {
            let w = prev - 1;
            if matches!(
                scan.kind(w),
                Some(TokenKind::Word | TokenKind::Mixed | TokenKind::Number)
            ) && lex.numbers.at(scan, w).is_none()
                // "15-to-24-year-olds": the high end of a range.
                && !scan.is(w, "to")
            {
                return true;
            }
        }
        // "scored a 9 in every subject", "got an 8, up from a 6": a grade
        // or a score, named by its number, counts nothing.
        if !n.words
            && matches!(prev_low, "a" | "an")
            && !unit_follows
            && (after >= scan.len()
                || (scan.kind(after) == Some(TokenKind::Punct) && !scan.is_dash(after))
                || matches!(scan.low(after), "in" | "on" | "at" | "for" | "from"))
        {
            return true;
        }
        // "#3", "No.3"
        if scan.is_punct(prev, '#') && scan.joined(first) {
            return true;
        }
        let _ = prev_low;
    }
    if first > 0 && scan.is_punct(first - 1, '/') && scan.joined(first) {
        return true;
    }
    // The minutes of a time: the "00" of "As of 21:00, 84 people …".
    if first > 1
        && scan.is_punct(first - 1, ':')
        && scan.joined(first)
        && scan.joined(first - 1)
        && scan.kind(first - 2) == Some(TokenKind::Number)
    {
        return true;
    }
    let next = last + 1;
    if next < scan.len() {
        // Times: "9:30", "11 p.m.", "06:40 GMT".
        if scan.is_punct(next, ':')
            && scan.joined(next)
            && scan.kind(next + 1) == Some(TokenKind::Number)
        {
            return true;
        }
        // "1400 hrs" is a clock time, "3 hrs" three hours.
        let hours_apart = scan.is(next, "hrs") && scan.text(n.last).len() < 4;
        if (!n.words || matches!(scan.low(n.last), "ten" | "eleven" | "twelve"))
            && lex.times.match_at(scan, next).is_some()
            && !hours_apart
        {
            return true;
        }
        if n.words && scan.is(next, "o'clock") {
            return true;
        }
        // Ratios and slashed figures: "24/7", "9/11", "1-in-5".
        if scan.is_punct(next, '/') && scan.joined(next) {
            return true;
        }
        // Physical measures: "29km", "180 hectares".
        if lex.measures.at(scan, next).is_some() && !currency {
            return true;
        }
    }
    // Mixed tokens carrying a measure: "29km", "180ml".
    if scan.kind(last) == Some(TokenKind::Mixed) {
        if let Some((_, suffix)) = split_mixed(scan.low(last)) {
            if lex.measures.contains(suffix)
                && !(currency && lex.scale_suffixes.contains_key(suffix))
            {
                return true;
            }
        }
    }
    false
}

/// "## 2. Savings plan", "1.3 A savings requirement of …", "1. The board
/// …": a number opening its line (after a heading's marks) and followed by
/// a capitalised word, with a decimal point inside ("1.3") or a full stop
/// after it ("2."), numbers a section or a list item; it counts nothing.
fn section_number(scan: &Scan, lex: &Lexicon, n: &Numeral) -> bool {
    if n.words {
        return false;
    }
    // Opening its line, after a heading's marks at most (read by tokens, so
    // a long line of figures costs no search back to its start).
    let mut j = n.first;
    while j > 0 && !scan.tokens[j].newline_before && scan.is_punct(j - 1, '#') {
        j -= 1;
    }
    if !(j == 0 || scan.tokens[j].newline_before) {
        return false;
    }
    let dotted = scan.text(n.first).contains('.');
    let stop = scan.is_punct(n.last + 1, '.') && scan.joined(n.last + 1);
    let next = if stop { n.last + 2 } else { n.last + 1 };
    (dotted || stop)
        && n.first == n.last
        && scan.kind(next) == Some(TokenKind::Word)
        && scan.capitalized(next)
        && !scan.joined(next)
        // "# 2.5 Million Homes Lose Power": a headline's scale word.
        && !lex.numbers.contains_key(scan.low(next))
}

/// "3-1", "2014-2019", "72-600": two numbers joined by a dash that are not a range.
/// Returns (is_range, second numeral).
fn dash_pair(scan: &Scan, lex: &Lexicon, n: &Numeral) -> Option<(bool, Numeral)> {
    let d = n.last + 1;
    if !(scan.is_dash(d) && scan.joined(d) && scan.joined(d + 1)) {
        return None;
    }
    let m = numeral_at(scan, lex, d + 1)?;
    if n.words != m.words {
        return None;
    }
    let score_context = (n.first.saturating_sub(3)..n.first)
        .chain(m.last + 1..(m.last + 3).min(scan.len()))
        .any(|j| lex.score_words.at(scan, j).is_some());
    // "2014-2019" is a span of years, but "1000-5000" a range of figures.
    let year =
        |x: &Numeral| x.plain_four_digits && (1000..=2100).contains(&x.value.trunc().mantissa());
    let years = year(n) && year(&m) && n.value >= Decimal::new(1800, 0);
    // "+1-222-2222-2222", "978-0-14": a third group makes a code, no range.
    let code = n.first > 0 && scan.is_punct(n.first - 1, '+') && scan.joined(n.first)
        || scan.is_dash(m.last + 1)
            && scan.joined(m.last + 1)
            && scan.kind(m.last + 2) == Some(TokenKind::Number)
            && scan.joined(m.last + 2);
    let is_range = n.value < m.value && !score_context && !years && !code;
    Some((is_range, m))
}

/// The scale the high end of a range lends its low end: "between 30 and 45
/// million", "$3-4 billion", "2-3m". One when the low end has its own or the
/// product would pass the high end ("900 to 1.2 million").
fn scale_spread(scan: &Scan, lex: &Lexicon, n: &Numeral, m: &Numeral) -> Decimal {
    let scale_of = |t: usize| {
        let word = lex
            .numbers
            .at(scan, t)
            .filter(|w| w.role == crate::lexicon::NumberRole::Scale)
            .map(|w| w.value);
        let suffix = || {
            let (_, suffix) = crate::number::split_mixed(scan.low(t))?;
            lex.scale_suffixes.get(suffix).copied()
        };
        word.or_else(|| lex.scale_suffixes.at(scan, t).copied())
            .or_else(suffix)
    };
    let own = (n.first..=n.last).any(|t| scale_of(t).is_some());
    match scale_of(m.last) {
        Some(scale) if !own && n.value < Decimal::ONE_THOUSAND && n.value * scale < m.value => {
            scale
        }
        _ => Decimal::ONE,
    }
}

/// A figure built around numeral `n`, with an optional currency symbol before it.
fn figure(
    scan: &Scan,
    lex: &Lexicon,
    n: Numeral,
    symbol: Option<(usize, String)>,
    out: &mut Quantities,
) -> usize {
    let currency = symbol.is_some();
    if let Some(end) = phone_number(scan, &n).filter(|_| !currency) {
        out.dropped.push(n);
        return end + 1;
    }
    if names_not_counts(scan, lex, &n, currency) {
        out.dropped.push(n);
        return skip_code_tail(scan, n.last + 1);
    }
    let mut first = symbol.as_ref().map_or(n.first, |s| s.0);
    let mut last = n.last;
    let mut high: Option<Decimal> = None;
    // "between 30 and 45 million euros": the high end's scale read onto the low.
    let mut low_scale = Decimal::ONE;

    // Ranges: "80-120", "15% to 17%", "18 to 24 months", "between 80 and 120", "two or three".
    if let Some((is_range, m)) = dash_pair(scan, lex, &n) {
        if !is_range {
            out.dropped.push(n);
            out.dropped.push(m);
            return skip_code_tail(scan, m.last + 1);
        }
        high = Some(m.value);
        last = m.last;
        low_scale = scale_spread(scan, lex, &n, &m);
    }
    let mut unit = unit_after(scan, lex, last);
    if high.is_none() && matches!(unit, Unit::None) && !currency && is_age(scan, &n) {
        unit = Unit::Duration {
            unit: TimeUnit::Year,
            times: Decimal::ONE,
            last,
            age: true,
        };
    }
    if high.is_none() {
        let between = first > 0 && (scan.is(first - 1, "between") || scan.is(first - 1, "from"));
        let after_unit = match &unit {
            Unit::Percent { last } | Unit::Money { last, .. } => *last,
            _ => last,
        };
        let joiner = after_unit + 1;
        // "15-to-24-year-olds", "15- to 24-year-olds": "to" after a hyphen
        // joins a range too (the hyphen is no compound's).
        let hyphen_to = scan.is_dash(joiner) && scan.joined(joiner) && scan.is(joiner + 1, "to");
        if hyphen_to {
            unit = Unit::None;
        }
        let joiner = joiner + usize::from(hyphen_to);
        // "climbed by 12 to 94", "rose from 500 to 570": a change, two figures.
        let change = first > 0
            && (scan.is(first - 1, "by")
                || (scan.is(first - 1, "from")
                    && (first.saturating_sub(4)..first - 1)
                        .any(|j| lex.change_verbs.contains_key(scan.low(j)))));
        // "20 through 100", "20~100": the range's words and sign beside "to".
        let through = matches!(scan.low(joiner), "through" | "thru")
            || scan.is_punct(joiner, '~') && scan.joined(joiner) && scan.joined(joiner + 1);
        let joins = !(change && scan.is(joiner, "to")) && (scan.is(joiner, "to") || through)
            // "between 30 and 45"; not "apart from 2020 and 2021", two years.
            || (between && scan.is(first - 1, "between") && scan.is(joiner, "and"))
            || (n.words && scan.is(joiner, "or"))
            || (scan.is_dash(joiner) && !scan.joined(joiner));
        if joins {
            let start =
                if symbol.is_some() && lex.currency_symbols.match_at(scan, joiner + 1).is_some() {
                    lex.currency_symbols
                        .match_at(scan, joiner + 1)
                        .map_or(joiner + 1, |(l, _)| l + 1)
                } else if hyphen_to && scan.is_dash(joiner + 1) {
                    joiner + 2
                } else {
                    joiner + 1
                };
            if let Some(m) = numeral_at(scan, lex, start) {
                let m_unit = unit_after(scan, lex, m.last);
                let unit_ok = match (&unit, &m_unit) {
                    (Unit::None, _) => true,
                    (Unit::Percent { .. }, Unit::Percent { .. }) => true,
                    (Unit::Money { code: a, .. }, Unit::Money { code: b, .. }) => a == b,
                    (Unit::Duration { unit: a, .. }, Unit::Duration { unit: b, .. }) => a == b,
                    _ => false,
                };
                if unit_ok && m.value > n.value && !names_not_counts(scan, lex, &m, currency) {
                    high = Some(m.value);
                    last = m.last;
                    low_scale = scale_spread(scan, lex, &n, &m);
                    if !matches!(m_unit, Unit::None) || matches!(unit, Unit::None) {
                        unit = m_unit;
                    }
                    if between {
                        first -= 1;
                    }
                }
            }
        }
    }
    // A scale after the second number spreads over both: "2-3 million".
    let mut low_value = n.value * low_scale;
    if let (Some(h), Some(w)) = (high, lex.numbers.at(scan, last + 1)) {
        if w.role == crate::lexicon::NumberRole::Scale && n.value < Decimal::ONE_HUNDRED {
            low_value *= w.value;
            high = Some(h * w.value);
            last += 1;
            unit = unit_after(scan, lex, last);
        }
    }

    // "a half-sunken boat", "half-empty": a fraction before a hyphen is an
    // adverb of degree, no count of anything; "a 110-metre hotel boat" is a
    // measure, not a count.
    let measure = matches!(unit, Unit::Compound { noun } if lex.measures.contains(scan.low(noun)));
    if matches!(unit, Unit::Compound { .. }) && (n.value < Decimal::ONE || measure) {
        out.dropped.push(n);
        return last + 1;
    }
    let (kind, unit_last) = match &unit {
        Unit::Percent { last } => (Kind::Percent, *last),
        Unit::Money { last, .. } => (Kind::Money, *last),
        Unit::Duration { last, .. } => (Kind::Duration, *last),
        Unit::Compound { noun } => (Kind::Count, *noun),
        Unit::None => (if currency { Kind::Money } else { Kind::Count }, last),
    };
    // "the 2019 civil protection law", "a 2015 lease deal": a year naming a thing.
    if kind == Kind::Count
        && high.is_none()
        && n.plain_four_digits
        && (1800..=2100).contains(&n.value.trunc().mantissa())
        && hedge_before(scan, lex, first).is_none()
    {
        let next_low = scan.low((last + 1).min(scan.len() - 1));
        let plural_next = next_low.ends_with('s') && !next_low.ends_with("ss");
        if !plural_next || last + 1 >= scan.len() {
            out.dropped.push(n);
            return last + 1;
        }
    }

    // "built in 300 BC", "AD 1200", "the 5th century B.C.E.": a year of an
    // era, whatever its digits, counts nothing.
    if kind == Kind::Count && !n.words && era_year(scan, first, last) {
        out.dropped.push(n);
        return last + 1;
    }

    // "minus five percent", "negative 3%", "-504", "<-30": a signed figure. A
    // dash joined to the figure but apart from what stands before it is a
    // minus sign; one between two figures is a range's or a score's.
    let mut n = n;
    let sign = first.checked_sub(1).filter(|&s| {
        matches!(scan.low(s), "minus" | "negative")
            || matches!(scan.text(s), "-" | "−")
                && scan.joined(first)
                && (s == 0
                    || !scan.joined(s)
                    || matches!(scan.text(s - 1), "<" | ">" | "=" | "(" | "≤" | "≥"))
    });
    if sign.is_some() && symbol.is_none() && high.is_none() {
        n.value = -n.value;
        low_value = -low_value;
        first -= 1;
    }
    let hedge = hedge_before(scan, lex, first);
    let mut modality = hedge.and_then(|(_, h)| h.modality);
    let mut span_first = hedge.map_or(first, |(f, _)| f);
    let mut span_last = unit_last;
    // Hedges after the figure: "or so", "or more", "+".
    let after = lex.hedges_after.match_at(scan, unit_last + 1);
    let after =
        after.filter(|(_, _)| !scan.is_punct(unit_last + 1, '+') || scan.joined(unit_last + 1));
    let mut hedge_meaning = hedge.map(|(_, h)| h);
    if let Some((a_last, h)) = after {
        // "about 50 or more": the bound after the figure says which side it
        // holds; the "about" before only softens the figure.
        let softened = hedge_meaning.is_some_and(|b| b.bound == HedgeBound::Approx)
            && matches!(h.bound, HedgeBound::AtLeast | HedgeBound::AtMost);
        if hedge_meaning.is_none()
            || softened
            || hedge_meaning.is_some_and(|h| h.bound == HedgeBound::Exact)
        {
            hedge_meaning = Some(*h);
            span_last = a_last;
        }
    }
    // "more than" / "over" do not bound durations when they mean "during": "over two nights".
    // After a verb of lasting they do: "a strike that lasted over three weeks".
    let lasting = hedge.is_some_and(|(f, _)| {
        f > 0
            && matches!(
                scan.low(f - 1),
                "lasted"
                    | "lasting"
                    | "lasts"
                    | "last"
                    | "took"
                    | "takes"
                    | "spent"
                    | "after"
                    | "ran"
                    | "running"
            )
    });
    if kind == Kind::Duration
        && !lasting
        && hedge.is_some_and(|(f, _)| scan.is(f, "over") || scan.is(f, "under"))
    {
        hedge_meaning = None;
        span_first = first;
    }
    if modality.is_none() {
        modality = modality_before(scan, lex, span_first);
    }
    let floor = Some(Decimal::ZERO);
    let interval = match high {
        Some(h) => Interval::range(low_value, h),
        None => bounded(n.value, hedge_meaning, lex, floor),
    };
    let mut c = match unit {
        Unit::Duration {
            unit, times, age, ..
        } => {
            let mut c = Candidate::new(
                span_first,
                span_last,
                Kind::Duration,
                Value::Duration {
                    unit,
                    amount: interval.scaled(times),
                },
            );
            if age {
                c.metric = Some("age".to_string());
            }
            c
        }
        Unit::Money {
            ref code,
            hundredths,
            ..
        } => {
            let interval = if hundredths {
                interval.scaled(Decimal::new(1, 2))
            } else {
                interval
            };
            let mut c = Candidate::new(span_first, span_last, Kind::Money, Value::Number(interval));
            c.unit = Some(code.clone());
            c
        }
        _ => match table_column_unit(scan, n.first)
            .filter(|_| kind == Kind::Count && symbol.is_none())
        {
            // "| Estates rationalisation | 5.2 |" under a "£m" column: the
            // column's heading gives the cell its currency and scale.
            Some((code, scale)) => {
                let mut c = Candidate::new(
                    span_first,
                    span_last,
                    Kind::Money,
                    Value::Number(interval.scaled(scale)),
                );
                c.unit = Some(code.to_string());
                c
            }
            None => {
                let mut c = Candidate::new(span_first, span_last, kind, Value::Number(interval));
                if let Some((_, code)) = &symbol {
                    c.unit = Some(code.clone());
                }
                c
            }
        },
    };
    if let Unit::Compound { noun } = unit {
        c.metric = Some(format!("noun:{}", scan.low(noun)));
    }
    c.modality = modality;
    c.priority = 1;
    out.claims.push(c);
    let _ = Bound::Exact;
    span_last + 1
}

/// How many lines above a table cell its heading row may stand.
const TABLE_REACH: usize = 200;
/// The longest table row read, in bytes.
const TABLE_ROW_MAX: usize = 2_000;

/// The currency and scale a markdown table's column heading gives its cells:
/// "£m", "(£m)", "€ million", "$bn", "£000". `None` outside a table, in the
/// heading or separator rows, or under a heading that names no sum.
fn table_column_unit(scan: &Scan, token: usize) -> Option<(&'static str, Decimal)> {
    // A cell's figure stands right after its bar; and a row is short, so a
    // long line (a text with no breaks) costs no search back to its start.
    if token == 0 || !scan.is_punct(token - 1, '|') {
        return None;
    }
    let text = scan.text;
    let start = scan.tokens[token].span().start;
    // The start of the line holding byte `end`, if that line is short.
    let line_start_of = |end: usize| {
        let mut from = end.saturating_sub(TABLE_ROW_MAX);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        match text[from..end].rfind('\n') {
            Some(i) => Some(from + i + 1),
            None if from == 0 => Some(0),
            None => None,
        }
    };
    let line_start = line_start_of(start)?;
    // A row, cut at `TABLE_ROW_MAX` bytes.
    let row = |a: usize| {
        let mut cap = (a + TABLE_ROW_MAX).min(text.len());
        while !text.is_char_boundary(cap) {
            cap -= 1;
        }
        let end = text[a..cap].find('\n').map_or(cap, |i| a + i);
        &text[a..end]
    };
    if !row(line_start).trim_start().starts_with('|') {
        return None;
    }
    let column = text[line_start..start].matches('|').count();
    // The table's rows above: the first is the heading, the second the
    // separator ("|---|---|").
    let mut rows = vec![line_start];
    let mut a = line_start;
    while a > 0 && rows.len() <= TABLE_REACH {
        let Some(prev) = line_start_of(a - 1) else {
            break;
        };
        if !row(prev).trim_start().starts_with('|') {
            break;
        }
        rows.push(prev);
        a = prev;
    }
    if rows.len() < 3 || rows.len() > TABLE_REACH {
        return None;
    }
    let heading = row(rows[rows.len() - 1]);
    let separator = row(rows[rows.len() - 2]);
    if !separator
        .chars()
        .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
    {
        return None;
    }
    let cell = heading.split('|').nth(column)?.trim().to_lowercase();
    let (code, at) = [("GBP", '£'), ("EUR", '€'), ("USD", '$')]
        .into_iter()
        .find_map(|(code, sym)| cell.find(sym).map(|i| (code, i + sym.len_utf8())))?;
    let scale = match cell[at..].trim().trim_end_matches(')').trim() {
        "" => Decimal::ONE,
        "k" | "000" | "000s" | "'000" | "thousand" => Decimal::ONE_THOUSAND,
        "m" | "mn" | "million" | "millions" => Decimal::from(1_000_000),
        "bn" | "b" | "billion" | "billions" => Decimal::from(1_000_000_000),
        _ => return None,
    };
    Some((code, scale))
}

/// An age written as a bare number: "Holt, 47, signed", "aged 34", "who at 29 is".
fn is_age(scan: &Scan, n: &Numeral) -> bool {
    let whole_years =
        n.value.fract().is_zero() && n.value >= Decimal::ONE && n.value <= Decimal::from(120);
    if !whole_years || n.first == 0 {
        return false;
    }
    let (before, after) = (n.first - 1, n.last + 1);
    if scan.is(before, "aged") {
        return true;
    }
    // "aged between 18 and 24", and the high end of "aged 55 to 74".
    if scan.is(before, "between") && before > 0 && scan.is(before - 1, "aged") {
        return true;
    }
    let low_end = |j: usize| {
        scan.kind(j) == Some(TokenKind::Number)
            && j > 0
            && (scan.is(j - 1, "aged")
                || (scan.is(j - 1, "between") && j > 1 && scan.is(j - 2, "aged")))
    };
    if (scan.is(before, "to") || scan.is(before, "and") || scan.is_dash(before))
        && before > 0
        && low_end(before - 1)
    {
        return true;
    }
    // "a man of 39", "a woman of 35": a person described by age.
    let person_of = scan.is(before, "of")
        && before >= 2
        && matches!(
            scan.low(before - 1),
            "man" | "woman" | "boy" | "girl" | "person" | "mother" | "father" | "son" | "daughter"
        )
        && matches!(scan.low(before - 2), "a" | "an" | "one" | "another" | "the");
    if person_of {
        return true;
    }
    // ", 47," right after a name.
    let name_apposition = scan.is_punct(before, ',')
        && before > 0
        && scan.capitalized(before - 1)
        && scan.kind(before - 1) == Some(TokenKind::Word)
        && (scan.is_punct(after, ',') || scan.is(after, "and") || scan.is_punct(after, ')'));
    // "who at 29 is", "at 29, she".
    // Not "secured the most delegates, at 14, followed by …": after a plural
    // noun, "at N" restates how many.
    let after_plural = before >= 2
        && scan.is_punct(before - 1, ',')
        && scan.kind(before - 2) == Some(TokenKind::Word)
        && crate::frame::plural_word(scan.low(before - 2));
    let at_age = scan.is(before, "at")
        && (scan.is(after, "is") || scan.is(after, "was") || scan.is_punct(after, ','))
        && n.value >= Decimal::from(12)
        && !after_plural;
    name_apposition || at_age
}

/// Whether the figure of tokens `first..=last` is a year named with its era:
/// "300 BC", "44 B.C.", "1200 CE", "AD 1200", "A.D. 79". Only the capitals
/// mark an era ("ad" and "ce" are words of their own).
fn era_year(scan: &Scan, first: usize, last: usize) -> bool {
    let span = scan.span(first, last);
    // "12 BC Hydro crews": a capitalised word after the mark makes it a name.
    let ends_word = |rest: &str, mark: &str| {
        rest.strip_prefix(mark).is_some_and(|r| {
            !r.starts_with(|c: char| c.is_alphanumeric())
                && !r.trim_start().starts_with(|c: char| c.is_uppercase())
        })
    };
    let after = scan.text[span.end..].strip_prefix(' ').unwrap_or("");
    let before = scan.text[..span.start].strip_suffix(' ').unwrap_or("");
    ["BCE", "BC", "B.C.E.", "B.C.", "CE", "C.E.", "AD", "A.D."]
        .iter()
        .any(|mark| ends_word(after, mark))
        || ["AD", "A.D."].iter().any(|mark| {
            before
                .strip_suffix(mark)
                .is_some_and(|b| !b.ends_with(|c: char| c.is_alphanumeric()))
        })
}

/// After a dropped code, skip the rest of it ("72-600", "737-800s").
/// "call the hotline on 0800 221 7070", "020 7946 0958": groups of digits
/// set apart by single spaces, three or more, or two led by a zero, are a
/// telephone number, not figures. The last token of the run.
fn phone_number(scan: &Scan, n: &Numeral) -> Option<usize> {
    let digits = |j: usize| {
        scan.kind(j) == Some(TokenKind::Number) && scan.text(j).bytes().all(|b| b.is_ascii_digit())
    };
    if n.words || n.first != n.last || !digits(n.first) {
        return None;
    }
    let mut last = n.first;
    while digits(last + 1)
        && scan.tokens[last + 1].space_before
        && !scan.tokens[last + 1].newline_before
    {
        last += 1;
    }
    let groups = last - n.first + 1;
    let led_by_zero = scan.text(n.first).len() >= 3 && scan.text(n.first).starts_with('0');
    (groups >= 3 || (groups == 2 && led_by_zero) || (led_by_zero && scan.text(n.first).len() >= 4))
        .then_some(last)
}

fn skip_code_tail(scan: &Scan, mut j: usize) -> usize {
    while j + 1 < scan.len() && scan.is_dash(j) && scan.joined(j) && scan.joined(j + 1) {
        j += 2;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<(String, Kind, String, Bound)> {
        let lex = Lexicon::from_toml(crate::QUANTITIES_LEXICON).unwrap();
        let scan = Scan::new(text);
        let q = find_quantities(&scan, &lex);
        crate::candidate::resolve_overlaps(q.claims)
            .into_iter()
            .map(|c| {
                let s = scan.span(c.first, c.last);
                (
                    text[s.start..s.end].to_string(),
                    c.kind,
                    c.value.nominal_string(),
                    c.value.bound(),
                )
            })
            .collect()
    }

    #[test]
    fn a_fraction_before_and_is_a_share_unless_a_rank_follows() {
        let percents = |text: &str| {
            claims(text)
                .into_iter()
                .filter(|c| c.1 == Kind::Percent)
                .map(|c| c.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            percents("The trust paid 60 per cent, the council a quarter and a charity the rest."),
            ["60 per cent", "a quarter"]
        );
        assert!(percents("It flooded for a third or fourth time.").is_empty());
        assert!(percents("She finished a third and fifth place.").is_empty());
    }

    fn one(text: &str) -> (String, Kind, String, Bound) {
        let got = claims(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got.into_iter().next().unwrap()
    }

    #[test]
    fn a_month_named_may_makes_no_figure_tentative() {
        let modality = |text: &str| {
            let lex = Lexicon::from_toml(crate::QUANTITIES_LEXICON).unwrap();
            let scan = Scan::new(text);
            let q = find_quantities(&scan, &lex);
            q.claims
                .iter()
                .filter(|c| c.kind == Kind::Count)
                .map(|c| c.modality)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            modality("As of Monday 5 May, 3,076 claims had been settled."),
            [None]
        );
        assert_eq!(
            modality("The toll may reach 60, officials said."),
            [Some(Modality::Possible)]
        );
        assert_eq!(
            modality("May well be 60 by now."),
            [Some(Modality::Possible)]
        );
    }

    #[test]
    fn hedged_counts() {
        use Bound::*;
        let cases = [
            (
                "Syrian authorities said around 120 detainees escaped",
                "around 120",
                "120",
                Approx,
            ),
            (
                "the number could be as high as 1,500.",
                "could be as high as 1,500",
                "1500",
                AtMost,
            ),
            ("recaptured about 80 escapees", "about 80", "80", Approx),
            // A move to a level is no ceiling; a cost "up to" one is.
            ("the pass price goes up to 66 next year", "66", "66", Exact),
            (
                "repairs could take up to 18 workers",
                "up to 18",
                "18",
                AtMost,
            ),
            (
                "At least 12 people were killed",
                "At least 12",
                "12",
                AtLeast,
            ),
            (
                "More than 200 firefighters",
                "More than 200",
                "200",
                AtLeast,
            ),
            ("nearly 50,000 people", "nearly 50,000", "50000", AtMost),
            ("some 300 homes", "some 300", "300", Approx),
            (
                "about two dozen facilities",
                "about two dozen",
                "24",
                Approx,
            ),
            ("Twenty-seven miners", "Twenty-seven", "27", Exact),
            ("three times", "three", "3", Exact),
        ];
        for (text, span, value, bound) in cases {
            let got = one(text);
            assert_eq!(
                (got.0.as_str(), got.2.as_str(), got.3),
                (span, value, bound),
                "{text}"
            );
        }
    }

    #[test]
    fn kinds_and_units() {
        let cases = [
            (
                "a deal worth about $7.8 billion",
                "about $7.8 billion",
                Kind::Money,
                "7800000000",
            ),
            (
                "4.5 million euros",
                "4.5 million euros",
                Kind::Money,
                "4500000",
            ),
            ("£2.5m", "£2.5m", Kind::Money, "2500000"),
            (
                "bookings were running a fifth ahead of last year",
                "a fifth",
                Kind::Percent,
                "20",
            ),
            (
                "the council a quarter and a charity the rest",
                "a quarter",
                Kind::Percent,
                "25",
            ),
            (
                "a third more than in 2019",
                "a third",
                Kind::Percent,
                "33.33",
            ),
            ("rose 14% last year", "14%", Kind::Percent, "14"),
            ("45 per cent", "45 per cent", Kind::Percent, "45"),
            (
                "more than a fifth of traffic",
                "more than a fifth",
                Kind::Percent,
                "20",
            ),
            ("closer to half.", "closer to half", Kind::Percent, "50"),
            (
                "roughly three in every four of them",
                "roughly three in every four",
                Kind::Percent,
                "75",
            ),
            (
                "one out of every ten",
                "one out of every ten",
                Kind::Percent,
                "10",
            ),
            (
                "close to three patients in ten have waited",
                "close to three patients in ten",
                Kind::Percent,
                "30",
            ),
            (
                "one voter in every five said",
                "one voter in every five",
                Kind::Percent,
                "20",
            ),
            ("arrested a man of 39", "39", Kind::Duration, "P39Y"),
            ("a 48-hour strike", "48-hour", Kind::Duration, "PT48H"),
            (
                "more than a decade of war",
                "more than a decade",
                Kind::Duration,
                "P10Y",
            ),
            (
                "nearly seven years ago",
                "nearly seven years",
                Kind::Duration,
                "P7Y",
            ),
            (
                "in its quarter-century history",
                "quarter-century",
                Kind::Duration,
                "P25Y",
            ),
            (
                "ruled for half a century",
                "half a century",
                Kind::Duration,
                "P50Y",
            ),
            (
                "nearly a quarter of a century",
                "nearly a quarter of a century",
                Kind::Duration,
                "P25Y",
            ),
            ("a half-hour delay", "a half-hour", Kind::Duration, "PT0.5H"),
            ("Ostmark 38 percent", "38 percent", Kind::Percent, "38"),
            (
                "a 1.84 billion crown contract",
                "1.84 billion crown",
                Kind::Money,
                "1840000000",
            ),
            ("the 90-member coalition", "90-member", Kind::Count, "90"),
            ("its 90th member", "90th", Kind::Ordinal, "90"),
            ("won the deciding fifth 16-14", "fifth", Kind::Ordinal, "5"),
            (
                "has fallen by two-fifths since",
                "two-fifths",
                Kind::Percent,
                "40",
            ),
            (
                "fulmars a fifth between them",
                "a fifth",
                Kind::Percent,
                "20",
            ),
            ("cut by a third, it said", "a third", Kind::Percent, "33.33"),
            ("a fifth term in office", "fifth", Kind::Ordinal, "5"),
            (
                "the twenty-first century",
                "twenty-first",
                Kind::Ordinal,
                "21",
            ),
            ("dozens of fighters", "dozens", Kind::Count, "24"),
            (
                "tens of thousands of women",
                "tens of thousands",
                Kind::Count,
                "20000",
            ),
            (
                "several hundred people",
                "several hundred",
                Kind::Count,
                "300",
            ),
        ];
        for (text, span, kind, value) in cases {
            let got = one(text);
            assert_eq!(
                (got.0.as_str(), got.1, got.2.as_str()),
                (span, kind, value),
                "{text}"
            );
        }
    }

    #[test]
    fn ranges() {
        let got = one("real savings of 15% to 17%");
        assert_eq!((got.0.as_str(), got.3), ("15% to 17%", Bound::Range));
        let got = one("18 to 24 months");
        assert_eq!(
            (got.0.as_str(), got.1, got.2.as_str()),
            ("18 to 24 months", Kind::Duration, "P18M")
        );
        let got = one("between 80 and 120 people");
        assert_eq!(
            (got.0.as_str(), got.3),
            ("between 80 and 120", Bound::Range)
        );
        let got = one("80-120 detainees");
        assert_eq!(got.3, Bound::Range);
        // The high end's scale is the low end's too, unless the low end is
        // too large for it: "between 800 and 1.2 million" stays 800.
        let got = one("between 30 and 45 million euros");
        assert_eq!((got.2.as_str(), got.3), ("30000000", Bound::Range));
        let got = one("between 800 and 1.2 million people");
        assert_eq!(got.2.as_str(), "800");
        // A dash range lends its scale too; four digits that are no years
        // make a range, a third group a code.
        let got = one("a bill of $3-4 billion");
        assert_eq!((got.2.as_str(), got.3), ("3000000000", Bound::Range));
        assert_eq!(one("fines of 1000-5000 euros").3, Bound::Range);
        assert!(claims("between 2014-2019 and")
            .iter()
            .all(|c| c.3 != Bound::Range));
        assert!(claims("call +1-222-2222-2222 now")
            .iter()
            .all(|c| c.3 != Bound::Range));
        let got = one("pages 20 through 100");
        assert_eq!((got.0.as_str(), got.3), ("20 through 100", Bound::Range));
    }

    #[test]
    fn signs_and_comparisons() {
        let got = one("the balance was -504 dollars");
        assert_eq!((got.0.as_str(), got.2.as_str()), ("-504 dollars", "-504"));
        assert_eq!(one("it returned -2.4% last year").2, "-2.4");
        // A dash between figures is a range's, not a sign.
        assert_eq!(one("scores 3-4 points").3, Bound::Range);
        let bounds = [
            ("aged 65 and over", "65 and over", Bound::AtLeast),
            (
                "about 50 or more people",
                "about 50 or more",
                Bound::AtLeast,
            ),
            ("200 or greater", "200 or greater", Bound::AtLeast),
            (
                "less than or equal to 100 seats",
                "less than or equal to 100",
                Bound::AtMost,
            ),
            (
                "equal to or more than 30 staff",
                "equal to or more than 30",
                Bound::AtLeast,
            ),
            (
                "costs exceed 3000 euros",
                "exceed 3000 euros",
                Bound::AtLeast,
            ),
            ("when x >= 30 we stop", ">= 30", Bound::AtLeast),
        ];
        for (text, span, bound) in bounds {
            let got = one(text);
            assert_eq!((got.0.as_str(), got.3), (span, bound), "{text}");
        }
        // A quoted line in markdown is no bound.
        assert_eq!(one("> 40 people were moved").3, Bound::Exact);
    }

    #[test]
    fn currencies_by_country_glued_codes_and_subunits() {
        let sums = [
            ("paid 5 Kuwaiti dinars", "5 Kuwaiti dinars", "5"),
            ("for 300 ringgit", "300 ringgit", "300"),
            ("fined 40 Egyptian pounds", "40 Egyptian pounds", "40"),
            ("paid USD100 up front", "USD100", "100"),
            ("paid 250EUR up front", "250EUR", "250"),
            (
                "cost 5 dollars and 20 cents",
                "5 dollars and 20 cents",
                "5.2",
            ),
            ("cost £3 and 50 pence", "£3 and 50 pence", "3.5"),
        ];
        for (text, span, value) in sums {
            let got = one(text);
            assert_eq!(
                (got.0.as_str(), got.1, got.2.as_str()),
                (span, Kind::Money, value),
                "{text}"
            );
        }
        // Two sums of one currency are two sums.
        assert_eq!(claims("5 dollars and 20 dollars").len(), 2);
    }

    #[test]
    fn lengths_in_short_and_compound_forms() {
        let lengths = [
            ("for 3 hrs", "3 hrs", "PT3H"),
            ("a 3-min clip", "3-min", "PT3M"),
            ("left for 3h", "3h", "PT3H"),
            ("waited 3.5years", "3.5years", "P3.5Y"),
            ("in 1 second", "1 second", "PT1S"),
            ("for half hour", "half hour", "PT0.5H"),
            ("lasted a year and a half", "a year and a half", "P1.5Y"),
            ("took 2 years and 3 months", "2 years and 3 months", "P27M"),
            ("an hour and 20 minutes", "an hour and 20 minutes", "PT80M"),
            ("for a couple of weeks", "a couple of weeks", "P2W"),
        ];
        for (text, span, value) in lengths {
            let got = one(text);
            assert_eq!(
                (got.0.as_str(), got.1, got.2.as_str()),
                (span, Kind::Duration, value),
                "{text}"
            );
        }
        // Ordinals stay ordinals; "1400 hrs" is a clock time.
        assert!(claims("the twenty second floor")
            .iter()
            .all(|c| c.1 == Kind::Ordinal));
        assert!(claims("16 second-hand cars")
            .iter()
            .all(|c| c.1 == Kind::Count));
        assert!(claims("at 1400 hrs").is_empty());
    }

    #[test]
    fn names_and_codes_are_not_claims() {
        for text in [
            "the F-16 jets",
            "COVID-19 cases",
            "the G20 summit",
            "Security Council Resolution 2254 says",
            "on the M4 highway",
            "at 9:30 a.m. on Monday",
            "shortly after 11 p.m.",
            "Route 66 runs",
            "a 3-1 win",
            "won 2-0 at home",
            "open 24/7",
            "twelve ATR 72-600 turboprops",
            "lease eight Boeing 737 MAX 8 aircraft",
            "the 2019 civil protection law",
            "a 2015 lease deal",
            "Plot 22 of the zone",
            "next to Terminal 2 at",
            "a 29km road",
            "duties go on day one.",
            "in phase two of the plan",
            "call the hotline on 0800 221 7070.",
            "ring 020 7946 0958 or",
            "text 07700 900123 today",
            "dial 0800 for help",
            "the fort built in 300 BC was",
            "founded in 44 B.C. by",
            "rebuilt in AD 1200 after",
            "buried by Vesuvius in A.D. 79.",
            "a coin from 1200 CE, found",
        ] {
            let got: Vec<_> = claims(text)
                .into_iter()
                .filter(|c| !matches!(c.0.as_str(), "twelve" | "eight"))
                .collect();
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn only_between_makes_a_range_with_and() {
        let got = claims("It was held every year apart from 2020 and 2021.");
        assert!(got.iter().all(|c| c.3 != Bound::Range), "{got:?}");
        let got = claims("between 30 and 45 people");
        assert!(got.iter().any(|c| c.3 == Bound::Range), "{got:?}");
    }

    #[test]
    fn a_fraction_on_its_own_is_a_share() {
        let got = claims("the gala brought in a fifth on its own.");
        assert!(
            got.iter().any(|c| c.1 == Kind::Percent && c.2 == "20"),
            "{got:?}"
        );
    }

    #[test]
    fn a_figure_after_a_time_phrase_is_no_label() {
        for (text, value) in [
            ("On Monday 300 people marched.", "300"),
            ("By Friday 1,200 of the evacuees were in halls.", "1200"),
            ("In March 1,200 people signed.", "1200"),
            ("Last week 300 people marched.", "300"),
            ("Each day 40 buses leave the depot.", "40"),
        ] {
            let got = claims(text);
            assert!(got.iter().any(|c| c.2 == value), "{text}: {got:?}");
        }
        // Still labels: "in week 3 of the trial", "Day 12 of the strike".
        for text in [
            "It is in week 3 of the trial.",
            "On Day 12 of the strike, talks resumed.",
        ] {
            let got = claims(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn an_era_marks_a_year_only_when_it_is_no_name() {
        // "BC Hydro", "BC Ferries": British Columbia's bodies, not an era.
        let got = claims("Storms kept 12 BC Hydro crews busy.");
        assert!(got.iter().any(|c| c.0 == "12"), "{got:?}");
        // Lower case is a word, not an era.
        let got = claims("Some 40 ad agencies bid.");
        assert!(got.iter().any(|c| c.2 == "40"), "{got:?}");
    }

    #[test]
    fn one_of_is_a_count_only_as_an_item_of_a_list_of_figures() {
        let got = claims("Kessar won seven, drew one and lost one of their eight matches.");
        let ones = got.iter().filter(|c| c.0 == "one").count();
        assert_eq!(ones, 2, "{got:?}");
        for text in [
            "She was one of the founders.",
            "It is one of the largest ports.",
        ] {
            let got = claims(text);
            assert!(got.iter().all(|c| c.0 != "one"), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_number_word_after_a_part_label_counts_when_a_noun_follows() {
        // "day one." is a label; "the day three people died" counts people.
        let got = claims("It was the day three people died.");
        assert!(got.iter().any(|c| c.0 == "three"), "{got:?}");
        // "a third time" is an ordinal, not a share of a third.
        let got = claims("It won for a third time.");
        assert!(got.iter().all(|c| c.1 != Kind::Count), "{got:?}");
        // A capitalised name before an amount with a scale word is no label.
        let got = claims("the council put up 9.1 million and the National Arts Fund 3.5 million");
        assert!(got.iter().any(|c| c.0 == "3.5 million"), "{got:?}");
        // Both ends of an age range are ages, not a count of people.
        for text in [
            "smokers aged 55 to 74 were invited",
            "pupils aged between 11 and 16 attend",
        ] {
            let got = claims(text);
            assert!(
                got.len() == 2 && got.iter().all(|c| c.1 == Kind::Duration),
                "{text}: {got:?}"
            );
        }
    }
}
