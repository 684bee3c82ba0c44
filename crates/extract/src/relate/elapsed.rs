//! Elapsed: a span of years and the date it starts from (and ends at, when the
//! text gives an end; else it runs to publication).
//!
//! Wordings recognised, in one sentence: "a 17-year-old record set in 2011";
//! "the plant's first unit began operating in 1968, and its closure comes after
//! 61 years"; "the first time since 1998 … a 31-year low"; "after 11 seasons in
//! the division, which they joined in 2016"; "built in 1991, … retired in 2028
//! after 37 years of service" (ends in 2028). Across sentences: "the union's
//! 28-year history" … "The union was founded in 2004" (the owner named with the
//! start); "a 19-year wait for the title" … "champions in 1962, 1979 and 2008"
//! (the last win listed). Ages of people ("a 34-year-old") pair only with "born
//! in", or "The 51-year-old" back to the one person "born in 1982".
//! Anniversaries: "the 55th anniversary of the 1964 disaster". Tenures: "mayor
//! since 1994" … "after 35 years in charge". Stoppages between two days: "shut
//! on 22 September and reopened on 29 September after a fortnight-long
//! closure".

use super::{Relator, REACH};
use claimcheck_claims::{DateNominal, Edge, EdgeKind, Kind, TimeUnit, Value};

/// "the 55th anniversary of the 1964 mining disaster": an anniversary counts
/// the years since the year it names.
fn anniversaries(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for o in 0..r.claims.len() {
        if r.claims[o].kind != Kind::Ordinal {
            continue;
        }
        let last = r.cands[o].last;
        if !scan.is(last + 1, "anniversary") {
            continue;
        }
        // "the centrepiece of the force's 150th anniversary year. It was
        // founded in 1877": an anniversary of no event named counts from
        // the one start told in its sentence or the two around it.
        if !scan.is(last + 2, "of") {
            let s = r.claims[o].sentence;
            let starts: Vec<usize> = r
                .window(o)
                .filter(|&k| {
                    let sk = r.claims[k].sentence;
                    sk + 1 >= s && sk <= s + 1 && year_date(r, k) && is_start(r, k)
                })
                .collect();
            // "It was founded in 1877 … and took over the rural county
            // police in 1964": a founding outranks other starts.
            let founded = |k: usize| {
                let f = r.cands[k].first;
                (f.saturating_sub(6)..f).any(|j| {
                    matches!(
                        scan.low(j),
                        "founded" | "established" | "formed" | "created" | "incorporated"
                    )
                })
            };
            let mut starts = starts;
            if starts.len() > 1 && starts.iter().any(|&k| founded(k)) {
                starts.retain(|&k| founded(k));
            }
            // "marked its 150th anniversary two years ago", "a 150th
            // anniversary retrospective … in 2021": an anniversary dated in
            // its own clause to another year is counted to that date, which
            // the check does not weigh here.
            let (o0, o1) = scan.sentence_of(r.cands[o].first);
            let clause = r.layout.clause(r.cands[o].first);
            let dated = (o0..o1).filter_map(|j| r.layout.claim_at(j)).any(|k| {
                r.claims[k].kind == Kind::Date
                    && !starts.contains(&k)
                    && r.layout.clause(r.cands[k].first) == clause
                    && r.published_year.is_none_or(|p| r.date_year(k) != Some(p))
            });
            if dated {
                continue;
            }
            if let Some(y) = the_only(&starts) {
                out.push(r.edge_at(EdgeKind::Elapsed, o, y, r.claims[y].span));
            }
            continue;
        }

        let s1 = scan.sentence_of(last).1;
        let year = (last + 3..(last + 8).min(s1))
            .take_while(|&j| !scan.is_punct(j, ','))
            .filter_map(|j| r.layout.claim_at(j))
            .find(|&k| year_date(r, k));
        // "marked the 600th anniversary of its consecration in 2012": in a
        // past sentence, "in 2012" may date the marking rather than the
        // consecration; "the 1964 disaster" can only date the event.
        let past_in = |y: usize| {
            r.claims[o].frame.tense == claimcheck_claims::Tense::Past
                && scan.is(r.cands[y].first.wrapping_sub(1), "in")
        };
        if let Some(y) = year.filter(|&y| !past_in(y)) {
            out.push(r.edge_at(EdgeKind::Elapsed, o, y, r.claims[y].span));
        }
    }
}

/// "This autumn's cohort is its 61st", "This year's festival will be its
/// 40th": an ordinal standing alone at its clause's end, owned by "its",
/// ranks a yearly thing its sentence opens with, so it counts years.
fn yearly_ordinal(r: &Relator, o: usize) -> bool {
    let scan = r.scan;
    let (first, last) = (r.cands[o].first, r.cands[o].last);
    let (s0, _) = scan.sentence_of(first);
    let ends =
        scan.kind(last + 1) == Some(crate::scan::TokenKind::Punct) || scan.is(last + 1, "and");
    let opener = scan.low(s0 + 1);
    let season = opener
        .strip_suffix("'s")
        .or_else(|| opener.strip_suffix("’s"));
    ends && scan.is(first.wrapping_sub(1), "its")
        && scan.is(s0, "this")
        && matches!(
            season,
            Some("year" | "autumn" | "spring" | "summer" | "winter" | "season")
        )
}

/// "the agency, set up in 1991 and now in its 40th year"; "has worked the
/// beach every summer since 1997 and is now in its 22nd season": an ordinal
/// year or season of something counts the years since the start its
/// sentence dates (the first year is the start's own, so the ordinal is one
/// more than the years elapsed, within the check's year of slack).
fn ordinal_years(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for o in 0..r.claims.len() {
        if r.claims[o].kind != Kind::Ordinal {
            continue;
        }
        let (first, last) = (r.cands[o].first, r.cands[o].last);
        let yearly = yearly_ordinal(r, o);
        if !matches!(scan.low(last + 1), "year" | "season") && !yearly {
            continue;
        }
        // Owned: "its 40th year", "the festival's 12th season"; not "the
        // 21st year of the drought" counted from another start.
        let before = scan.low(first.wrapping_sub(1));
        let owned = matches!(before, "its" | "their" | "his" | "her")
            || before.ends_with("'s")
            || before.ends_with("’s");
        // "its 12th season in the top flight", "her sixth year as mayor":
        // a season in a division or a role counts from a start the phrase
        // names, not from the owner's.
        if !owned
            || matches!(
                scan.low(last + 2),
                "of" | "in" | "as" | "at" | "under" | "with"
            )
        {
            continue;
        }
        let sentence = r.claims[o].sentence;
        let starts: Vec<usize> = (0..r.claims.len())
            .filter(|&k| {
                r.claims[k].sentence == sentence && year_date(r, k) && is_start(r, k) && !born(r, k)
            })
            .collect();
        // "The forum, now in its 40th year, wants …" after "the Retailers'
        // Forum, set up … in 1991": the subject set off by the comma is named
        // with its one start elsewhere.
        let subject = || {
            let s0 = scan.sentence_of(first).0;
            let comma = (s0..first).find(|&j| scan.is_punct(j, ','))?;
            (comma >= s0 + 2 && r.grammar.definite.contains(scan.low(s0)))
                .then(|| r.grammar.lemma(scan.low(comma - 1)))
        };
        let start = the_only(&starts).or_else(|| {
            if !starts.is_empty() {
                return None;
            }
            // "Kellford opened in 1966 … This autumn's cohort is its 61st":
            // the one start of the sentence before.
            if yearly {
                let before: Vec<usize> = r
                    .window(o)
                    .filter(|&k| {
                        r.claims[k].sentence + 1 == sentence
                            && year_date(r, k)
                            && is_start(r, k)
                            && !born(r, k)
                    })
                    .collect();
                return the_only(&before);
            }
            let noun = subject()?;
            let named: Vec<usize> = r
                .window(o)
                .filter(|&k| {
                    r.claims[k].sentence < sentence
                        && year_date(r, k)
                        && is_start(r, k)
                        && !born(r, k)
                        && r.names_in_sentence(k, &noun)
                })
                .collect();
            the_only(&named)
        });
        if let Some(s) = start {
            out.push(r.edge_at(EdgeKind::Elapsed, o, s, r.claims[s].span));
        }
    }
}

/// "\"In the 11 years I have run this company …\"" and "her nine years on
/// the podium" … "Okafor, who moved up to the top job in 2016": a person's
/// time in a role, told by the person or of her, runs from the one year a
/// sentence naming her dates her start, up to now.
fn person_tenure(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for d in 0..r.claims.len() {
        // Spans of time only (a count of seasons names no role).
        if !matches!(r.claims[d].kind, Kind::Duration)
            || !is_span_of_years(r, d)
            || r.claims[d].metric.as_deref() == Some("age")
        {
            continue;
        }
        let c = &r.cands[d];
        let before = scan.low(c.first.wrapping_sub(1));
        let next = c.last + 1;
        // "the 11 years I have run this company", "the nine years she has
        // led it": told in the perfect, so it runs to now.
        let told_by = before == "the"
            && matches!(scan.low(next), "i" | "she" | "he" | "we")
            && matches!(scan.low(next + 1), "have" | "has" | "'ve")
            && (r.grammar.is_past_form(scan.low(next + 2))
                || r.grammar.irregular_participles.contains(scan.low(next + 2))
                || matches!(scan.low(next + 2), "run" | "led" | "been"));
        // "her nine years on the podium", "my 12 years at the club", "his
        // seven years in the job".
        let owned = matches!(before, "her" | "his" | "my")
            && matches!(scan.low(next), "on" | "at" | "in")
            && scan.is(next + 1, "the");
        // "After a decade and a half at the helm, she …", "In eight years
        // at Hopwell, she said", "after 12 years in charge".
        let in_role = matches!(before, "after" | "in" | "of")
            && ((scan.is(next, "at") && scan.is(next + 1, "the") && scan.is(next + 2, "helm"))
                || (scan.is(next, "in")
                    && matches!(scan.low(next + 1), "charge" | "post" | "office"))
                || (scan.is(next, "at") && scan.capitalized(next + 1)));
        if !(told_by || owned || in_role) {
            continue;
        }
        let people = people_of(r, d);
        if people.is_empty() {
            continue;
        }
        // The person is the start's subject, named before its year:
        // "Mira Okonjo, who took up the post in 2013"; not "The orchestra,
        // founded in 1948, … with Okonjo conducting".
        let names_person = |k: usize| {
            let first = r.cands[k].first;
            let s0 = scan.sentence_of(first).0;
            (first.saturating_sub(20).max(s0)..first)
                .any(|j| people.iter().any(|p| scan.low(j) == p))
        };
        let starts: Vec<usize> = r
            .window(d)
            .filter(|&s| {
                s != d
                    && year_date(r, s)
                    && is_start(r, s)
                    && !born(r, s)
                    && r.claims[s].sentence.abs_diff(r.claims[d].sentence) <= 12
                    && names_person(s)
            })
            .collect();
        if let Some(s) = the_only(&starts) {
            out.push(r.edge_at(EdgeKind::Elapsed, d, s, r.claims[s].span));
        }
    }
}

/// Who a person's span may be of, lower-cased: whoever tells it, the names
/// its sentence holds, and (for "she" or "he") the names of the sentence
/// before.
fn people_of(r: &Relator, d: usize) -> Vec<String> {
    let scan = r.scan;
    let mut people: Vec<String> = speaker_of(r, d).into_iter().collect();
    // Capitalised words past the first, but not a place ("eight years at
    // Hopwell").
    let names = |s0: usize, s1: usize, people: &mut Vec<String>| {
        for j in s0 + 1..s1 {
            if scan.capitalized(j)
                && scan.kind(j) == Some(crate::scan::TokenKind::Word)
                && r.layout.claim_at(j).is_none()
                && scan.low(j).len() >= 3
                && !matches!(scan.low(j - 1), "at" | "in" | "to" | "from")
            {
                people.push(scan.low(j).to_string());
            }
        }
    };
    let (s0, s1) = scan.sentence_of(r.cands[d].first);
    names(s0, s1, &mut people);
    // "she" or "he" with no one named beside: the person just named.
    let pronoun = (s0..s1).any(|j| matches!(scan.low(j), "she" | "he" | "her" | "his"));
    if pronoun && people.is_empty() && s0 > 0 {
        let (p0, p1) = scan.sentence_of(s0 - 1);
        names(p0, p1, &mut people);
        if scan.capitalized(p0) && !r.grammar.function_words.contains(scan.low(p0)) {
            people.push(scan.low(p0).to_string());
        }
    }
    people
}

/// The surname, lower-cased, of whoever tells the figure `k`: its own
/// source, else (in a quotation that runs on) the nearest source named
/// before it in its paragraph.
fn speaker_of(r: &Relator, k: usize) -> Option<String> {
    let paragraph = r.claims[k].frame.paragraph;
    let s0 = r.scan.sentence_of(r.cands[k].first).0;
    let quoted = matches!(r.scan.text(s0), "\"" | "\u{201c}");
    let source = r.claims[k].source.as_ref().or_else(|| {
        if !quoted {
            return None;
        }
        (0..k)
            .rev()
            .take_while(|&j| r.claims[j].frame.paragraph == paragraph)
            .find_map(|j| r.claims[j].source.as_ref())
    });
    let Some(source) = source else {
        // "\"…,\" said chief executive Anna Brill, 61. \"In the 14 years I
        // have run …\"": the name after the verb of saying before it.
        return (quoted && s0 > 0).then(|| said_by(r, s0 - 1)).flatten();
    };
    let surname = source.name.split_whitespace().last()?.to_lowercase();
    // A person's name, not "the ministry" or "she".
    let named = source.name.split_whitespace().count() >= 2
        && source
            .name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    named.then_some(surname)
}

/// The surname after a verb of saying in the sentence holding token `t`:
/// "said chief executive Anna Brill" → "brill".
fn said_by(r: &Relator, t: usize) -> Option<String> {
    let scan = r.scan;
    let (s0, s1) = scan.sentence_of(t);
    let verb = (s0..s1).find(|&j| matches!(scan.low(j), "said" | "says" | "added" | "told"))?;
    let mut name = None;
    for j in verb + 1..(verb + 7).min(s1) {
        if scan.kind(j) != Some(crate::scan::TokenKind::Word) {
            break;
        }
        if scan.capitalized(j) {
            name = Some(scan.low(j).to_string());
        } else if name.is_some() {
            break;
        }
    }
    name
}

/// A token that is a year written alone: four digits from 1800 to 2199.
fn bare_year_token(scan: &crate::scan::Scan, j: usize) -> bool {
    let w = scan.low(j);
    w.len() == 4
        && scan.kind(j) == Some(crate::scan::TokenKind::Number)
        && w.parse::<u16>().is_ok_and(|y| (1800..2200).contains(&y))
}

/// "bolted into place on 2 December, five months behind schedule", "opened
/// two years late": a span by which something missed its date is a delay,
/// not the time since anything began.
fn is_delay(r: &Relator, d: usize) -> bool {
    let next = r.cands[d].last + 1;
    match r.scan.low(next) {
        "late" | "overdue" | "early" | "behind" => true,
        "ahead" | "later" => matches!(r.scan.low(next + 1), "of" | "than"),
        _ => false,
    }
}

/// "the 25th Aldmoor Marathon on Sunday" … "The race was first staged in
/// 2001 and has been held every autumn since, apart from 2020": an ordinal
/// of an event held once a year counts its editions from the first, one a
/// year, less the years it was not held. The edge runs from the ordinal to
/// the first year; `part` is the ordinal's own date when it has one,
/// `offset` the years left out, and `complete` says the count is exact.
fn yearly_editions(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    // "every autumn", "each December", "annually": a rhythm of once a year.
    let rhythm_at = |j: usize| {
        matches!(scan.low(j), "annually" | "yearly")
            || (matches!(scan.low(j), "every" | "each")
                && (matches!(
                    scan.low(j + 1),
                    "year" | "autumn" | "spring" | "summer" | "winter" | "fall"
                ) || crate::date::MONTH_NAMES.contains(&scan.low(j + 1))))
    };
    // The year a yearly event was first held, and the sentence that tells
    // its rhythm: the start's own ("Ministers have met each December since
    // its first session, held in December 1996") or the next ("first staged
    // in 2001. It has been held every summer since, except in 2020").
    // "was first staged in a marquee on the harbour wall in 2001".
    let first_held = |k: usize| {
        let first = r.cands[k].first;
        let s0 = scan.sentence_of(first).0;
        (first.saturating_sub(10).max(s0)..first).any(|j| scan.is(j, "first"))
    };
    // "apart from 2020", "except in 2020 and 2021", "bar 2020", "missing
    // only 2020": the cue of the years the event was not held.
    let skip_at = |j: usize| {
        matches!(
            scan.low(j),
            "except" | "bar" | "save" | "missing" | "skipping"
        ) || (scan.is(j, "apart") && scan.is(j + 1, "from"))
            || (scan.is(j, "other") && scan.is(j + 1, "than"))
            || (scan.is(j, "exception") && scan.is(j + 1, "of"))
    };
    let annual_start = |k: usize| -> Option<(usize, usize)> {
        if !year_date(r, k) || !(first_held(k) || is_start(r, k)) {
            return None;
        }
        // A year skipped is no start: "the first one in 2013, missing only
        // 2020".
        let f = r.cands[k].first;
        if (f.saturating_sub(4)..f).any(skip_at) {
            return None;
        }
        let (s0, s1) = scan.sentence_of(r.cands[k].first);
        if (s0..s1).any(rhythm_at) {
            return Some((s0, s1));
        }
        // "Sunday's race, held every year apart from 2020, was the 33rd
        // edition. The race began in 1992."
        if s0 > 0 {
            let previous = scan.sentence_of(s0 - 1);
            if (previous.0..previous.1).any(rhythm_at) {
                return Some(previous);
            }
        }
        if s1 >= scan.len() {
            return None;
        }
        let next = scan.sentence_of(s1);
        (next.0..next.1).any(rhythm_at).then_some(next)
    };
    for o in 0..r.claims.len() {
        let c = &r.claims[o];
        if c.kind != Kind::Ordinal {
            continue;
        }
        // "the 25th Aldmoor Marathon", "The 40th Kessel Regatta opens": the
        // event's noun is the head or ends the name after the ordinal.
        let last = r.cands[o].last;
        let named = (last + 1..last + 5)
            .take_while(|&j| scan.capitalized(j))
            .any(|j| {
                r.grammar
                    .yearly_events
                    .contains(&r.grammar.lemma(scan.low(j)))
            });
        // "the 31st annual meeting": the ordinal's own word says yearly.
        let annual = matches!(scan.low(last + 1), "annual" | "yearly");
        // "The Sallow Sweep has been held every spring since … ¶ This
        // year's was the 13th": an ordinal with no noun, told just after
        // the rhythm, counts that event's editions.
        let headless = c.frame.head.is_none() && {
            let (o0, o1) = scan.sentence_of(r.cands[o].first);
            let before = if o0 > 0 {
                scan.sentence_of(o0 - 1).0
            } else {
                o0
            };
            (before..o1).any(rhythm_at)
        };
        let yearly_event = named
            || annual
            || headless
            || c.frame
                .head
                .as_ref()
                .is_some_and(|h| r.grammar.yearly_events.contains(&*h.lemma));
        let more_than_one =
            matches!(&c.value, Value::Number(i) if i.nominal > rust_decimal::Decimal::ONE);
        if !yearly_event || !more_than_one {
            continue;
        }
        // "The festival, now in its 12th edition, began in 2014": a start in
        // the ordinal's own sentence is its start, whose rhythm is not told.
        let (o0, o1) = scan.sentence_of(r.cands[o].first);
        if (o0..o1)
            .filter_map(|j| r.layout.claim_at(j))
            .any(|k| year_date(r, k) && is_start(r, k))
        {
            continue;
        }
        let mut starts: Vec<usize> = r.window(o).filter(|&k| annual_start(k).is_some()).collect();
        // A year the event was first held outranks "the longest since
        // 2011" in the same sentence.
        if starts.iter().any(|&k| first_held(k)) {
            starts.retain(|&k| first_held(k));
        }
        let Some(start) = the_only(&starts) else {
            continue;
        };
        // The years the event was not held, after the start, up to the end
        // of the sentence that tells the rhythm.
        let Some((r0, s1)) = annual_start(start) else {
            continue;
        };
        let from = if s1 <= r.cands[start].first {
            r0
        } else {
            r0.max(r.cands[start].last + 1)
        };
        let skip_cue = (from..s1).find(|&j| skip_at(j));
        let mut skipped = Vec::new();
        // "except 2020, when it was cancelled": a year the extractor left
        // unread is still a year missed.
        let mut unread_years = 0;
        // "except in 2001, when foot-and-mouth closed the farmland, and in
        // 2020 and 2021 during the pandemic": after an aside on a year
        // skipped, ", and in" takes the list up again.
        let resumed = |from: usize| {
            (from..s1).find(|&j| {
                scan.is(j, "and")
                    && scan.is_punct(j.wrapping_sub(1), ',')
                    && (j + 1..(j + 4).min(s1))
                        .take_while(|&t| {
                            matches!(scan.low(t), "in" | "again" | "also")
                                || r.layout.claim_at(t).is_some()
                        })
                        .any(|t| r.layout.claim_at(t).is_some_and(|k| year_date(r, k)))
            })
        };
        let mut next_run = skip_cue.map(|cue| cue + 1);
        while let Some(start_at) = next_run.take() {
            let mut j = start_at;
            let mut read_any = false;
            while j < s1 && j <= start_at + 20 {
                match r.layout.claim_at(j) {
                    Some(k) if year_date(r, k) => {
                        skipped.push(k);
                        read_any = true;
                        j = r.cands[k].last + 1;
                    }
                    Some(_) => break,
                    None if bare_year_token(scan, j) => {
                        unread_years += 1;
                        read_any = true;
                        j += 1;
                    }
                    None if matches!(
                        scan.low(j),
                        "from" | "of" | "than" | "in" | "and" | "," | "only" | "just"
                    ) =>
                    {
                        j += 1
                    }
                    None => break,
                }
            }
            if read_any && j < s1 {
                next_run = resumed(j).map(|a| a + 1);
            }
        }
        let mut e = r.edge_at(EdgeKind::Elapsed, o, start, r.claims[start].span);
        // The edition's own date, not a year it was skipped ("held every
        // year apart from 2020 and 2021, was the 41st") nor another
        // figure's ("the 60th survey, … down on last year's 541,000").
        let possessive = |t: usize| {
            let text = &r.claims[t].text;
            text.ends_with("'s")
                || text.ends_with("\u{2019}s")
                || matches!(scan.low(r.cands[t].last + 1), "'s" | "\u{2019}s")
        };
        e.part = c
            .frame
            .time()
            .filter(|&t| r.claims[t].kind == Kind::Date && !skipped.contains(&t) && !possessive(t));
        // "apart from 1915 to 1918": a span of years skipped counts each.
        let years_in = |k: usize| match &r.claims[k].value {
            Value::Date(d) if d.bound == claimcheck_claims::Bound::Range => {
                i64::from(d.high.year() - d.low.year()) + 1
            }
            _ => 1,
        };
        e.offset = skipped.iter().map(|&k| years_in(k)).sum::<i64>() + unread_years as i64;
        e.complete = true;
        out.push(e);
    }
}

pub fn find(r: &Relator, out: &mut Vec<Edge>) {
    anniversaries(r, out);
    ordinal_years(r, out);
    yearly_editions(r, out);
    person_tenure(r, out);
    spans_of_months(r, out);
    spans_between_days(r, out);
    days_since(r, out);
    deadline_met(r, out);
    let scan = r.scan;
    for d in 0..r.claims.len() {
        if !is_span_of_years(r, d) || is_delay(r, d) {
            continue;
        }
        let c = &r.cands[d];
        let next = scan.low(c.last + 1);
        let before = scan.low(c.first.wrapping_sub(1));
        // "held every ten years since": a period of recurrence, no span.
        if matches!(before, "every" | "each") {
            continue;
        }
        // "the second in two years", "the third such fire in a decade": a
        // count within a window, which starts at the first of them, not at a
        // date told; "the first in 19 years" is a span since the last one.
        let window = before == "in"
            && (c.first.saturating_sub(4)..c.first.saturating_sub(1)).any(|j| {
                r.layout.claim_at(j).is_some_and(|o| {
                    r.claims[o].kind == Kind::Ordinal
                        && matches!(&r.claims[o].value, Value::Number(i)
                            if i.nominal > rust_decimal::Decimal::ONE)
                })
            });
        if window {
            continue;
        }

        // "a 34-year-old", "the 631-year-old roof", "12 years old".
        let age = r.claims[d].metric.as_deref() == Some("age")
            || r.claims[d].text.to_lowercase().ends_with("old");
        // "born in 1829 and dead at 42", "who died aged 61": an age at death
        // ends there, not at publication.
        let at_death = (c.first.saturating_sub(3)..c.first)
            .any(|j| matches!(scan.low(j), "dead" | "died" | "death" | "killed"))
            && matches!(scan.low(c.first.wrapping_sub(1)), "at" | "aged");
        if at_death || in_when_of_date(r, d) {
            continue;
        }
        let is_span_noun = |w: &str| {
            r.grammar.span_nouns.contains(w) || r.grammar.span_nouns.contains(&r.grammar.lemma(w))
        };
        // "a 17-year international career", "a 16-year Test career": one
        // describing word may stand before the span's noun.
        let described = scan.kind(c.last + 1) == Some(crate::scan::TokenKind::Word)
            && !r.grammar.function_words.contains(next)
            && r.layout.claim_at(c.last + 1).is_none()
            && is_span_noun(scan.low(c.last + 2));
        // "the hardest of her 13 years at the helm", "after 35 years in
        // charge": a tenure, counted from when its holder took over.
        let tenure = (next == "at" && scan.is(c.last + 3, "helm"))
            || (next == "in"
                && matches!(scan.low(c.last + 2), "charge" | "office" | "power" | "post"));
        let span_noun = is_span_noun(next) || described || tenure;
        // "its youngest winner in 31 years": a record counted back from now
        // starts at the last time it was matched ("last reached 6% in
        // 1991"), not at a founding ("since the championship was created in
        // 1948").
        // "a five-year low" is the lowest in five years: its start is told
        // in its own sentence if at all, not by a thing's history nearby.
        let extreme = matches!(next, "low" | "high" | "lows" | "highs");
        let record_in = before == "in"
            && (c.first.saturating_sub(8).max(scan.sentence_of(c.first).0)..c.first).any(|j| {
                let w = scan.low(j);
                (w.len() > 4 && w.ends_with("est"))
                    || matches!(w, "first" | "most" | "least" | "best" | "worst")
            });
        let last_time = |s: usize| {
            let f = r.cands[s].first;
            let s0 = scan.sentence_of(f).0;
            // "last year", told as a date of its own, is no last time.
            (f.saturating_sub(8).max(s0)..f)
                .any(|j| scan.is(j, "last") && r.layout.claim_at(j).is_none())
        };
        // "will cost 14.6 million euros over three years": a plan's length,
        // not a span since a start ("will close next month after 90 years" is).
        // "a budget of 210 million kron spread over five years": a sum spread
        // over a span is a plan's length too, whatever the tense.
        let (c0, c1) = r.layout.clause_range(scan, c.first);
        let spread_sum = matches!(before, "over" | "across")
            && (matches!(
                scan.low(c.first.saturating_sub(2)),
                "spread" | "phased" | "staggered" | "split"
            ) || (c0.max(c.first.saturating_sub(8))..c.first).any(|j| {
                r.layout
                    .claim_at(j)
                    .is_some_and(|k| r.claims[k].kind == Kind::Money)
            }));
        let planned = spread_sum
            || matches!(
                r.claims[d].frame.tense,
                claimcheck_claims::Tense::Future | claimcheck_claims::Tense::Modal
            ) && matches!(before, "over" | "for" | "within");
        let ongoing = (!planned || age)
            && (span_noun
                || (!age && next == "of")
                || (!age && matches!(before, "after" | "for" | "over" | "in"))
                // "has been frozen for the past nine years", "over the last
                // decade": the span up to now.
                || (!age
                    && matches!(before, "past" | "last")
                    && scan.is(c.first.wrapping_sub(2), "the")
                    && matches!(
                        scan.low(c.first.wrapping_sub(3)),
                        "for" | "over" | "in" | "during" | "across"
                    ))
                // "in its 26 years on the river": the years its owner has had,
                // not "its seven-year design life".
                || (!age
                    && matches!(before, "its" | "their")
                    && !r.claims[d].text.contains('-')
                    && matches!(next, "on" | "in" | "at" | "as" | "with"))
                // "In its 38 years it has grown to 41 clubs": the years
                // its owner has had, opening the clause.
                || (!age
                    && matches!(before, "its" | "their")
                    && !r.claims[d].text.contains('-')
                    && matches!(
                        scan.low(c.first.wrapping_sub(2)),
                        "in" | "over" | "during" | "across" | "throughout"
                    )));
        // "three champions in the past three seasons": a window back from
        // now is its own start; only a start its sentence tells ("frozen
        // since 2016 … for the past nine years") can contradict it.
        let window_to_now = matches!(before, "past" | "last")
            && scan.is(c.first.wrapping_sub(2), "the")
            && !span_noun;
        let (s0, s1) = scan.sentence_of(c.first);
        // "took charge in 2015 after playing on the side for 12 years",
        // "having served nine years": a span that ended when the clause's
        // deed was done; it starts at no date the sentence tells.
        let ended_before = (c0.max(c.first.saturating_sub(8))..c.first).any(|j| {
            (scan.is(j, "after") || scan.is(j, "having"))
                && (scan.low(j + 1).ends_with("ing") || r.grammar.is_past_form(scan.low(j + 1)))
        });
        if ended_before && !age {
            continue;
        }
        // An end date in the span's own clause: "retired in 2028 after 37 years".
        // Not the year of a figure compared with ("up 12% from 546,000 in
        // 2023 and the best year in its 89-year history").
        let compared = |e: usize| {
            let first = r.cands[e].first;
            (first.saturating_sub(6).max(c0)..first).any(|j| scan.is(j, "from"))
        };
        let end = (c0..c1)
            .filter_map(|j| r.layout.claim_at(j))
            .find(|&e| e != d && year_date(r, e) && !is_start(r, e) && !compared(e));
        // A history starts at a founding, not at "the first time since 1987".
        let history = matches!(next, "history" | "existence" | "career" | "tenure");
        // "the driest summer in 151 years of records": the span of a record,
        // which starts where the records do, said in its own clause if at all;
        // not at "the first rationing order since 1992" beside it.
        // "140 years of national records": one modifier may stand between.
        let records_word = |j: usize| {
            matches!(
                scan.low(j),
                "records" | "record-keeping" | "observations" | "data" | "measurements"
            )
        };
        let records = next == "of" && (records_word(c.last + 2) || records_word(c.last + 3));
        let own_clause = |s: usize| r.layout.clause(r.cands[s].first) == r.layout.clause(c.first);
        // "the club's 40-year history", "her predecessor's 20 years at the
        // helm": a span a named owner holds starts in a clause that names
        // that owner, or in the span's own clause; not at "Mr Holt, who
        // joined the board in 2001".
        let owner_noun = c
            .first
            .checked_sub(1)
            .and_then(|b| crate::frame::possessor(scan, b))
            .filter(|o| {
                o.len() >= 3 && !matches!(o.as_str(), "its" | "their" | "his" | "her" | "our")
            });
        let names_owner = |s: usize| {
            let Some(owner) = owner_noun.as_deref() else {
                return true;
            };
            let (a, b) = r.layout.clause_range(scan, r.cands[s].first);
            own_clause(s) || (a..b).any(|j| scan.low(j) == owner)
        };
        let starts: Vec<usize> = (s0..s1)
            .filter_map(|j| r.layout.claim_at(j))
            // A history also starts where its owner was made ("the Kessel hut,
            // built in 1931, … in its 84-year history").
            .filter(|&s| {
                s != d
                    && Some(s) != end
                    && year_date(r, s)
                    && (is_start(r, s) || (history && made(r, s)))
            })
            .filter(|&s| !(history && after_since(r, s)))
            .filter(|&s| !window_of_a_count(r, s, d))
            .filter(|&s| related_clause(r, d, s))
            .filter(|&s| names_owner(s))
            // Its start is told within the records' noun phrase ("151
            // years of records dating back to 1874"), not after a verb that
            // says what they show ("150 years of records show Julys warming
            // … since 1900").
            .filter(|&s| {
                !records
                    || (own_clause(s)
                        && r.cands[s].first > c.last
                        && r.cands[s].first <= c.last + RECORDS_REACH)
            })
            .filter(|&s| !record_in || last_time(s))
            .collect();
        // "in the seven years since": since the year named before it.
        let since_then = next == "since"
            && !matches!(
                r.scan.kind(c.last + 2),
                Some(crate::scan::TokenKind::Word | crate::scan::TokenKind::Number)
            );
        // "was dark for 15 years after it closed in 1979": the span runs from
        // the event after it, whose year is its start (and no end is told).
        let after_event = if matches!(next, "after" | "following") {
            // In the "after" clause: no comma before the year ("six years
            // after that first pair arrived, Zuri in 2017" dates Zuri).
            (c.last + 2..(c.last + 10).min(s1))
                .take_while(|&j| r.scan.kind(j) != Some(crate::scan::TokenKind::Punct))
                .filter_map(|j| r.layout.claim_at(j))
                .find(|&s| year_date(r, s))
        } else {
            None
        };
        // It ends at a later year of the sentence ("…, until a restoration
        // reopened it in 1994"), or, told in the past with none, at a time
        // not given.
        let end = match after_event {
            Some(a) => {
                let later = (r.cands[a].last + 1..s1)
                    .filter_map(|j| r.layout.claim_at(j))
                    .find(|&e| e != a && year_date(r, e));
                if later.is_none() && r.claims[d].frame.tense == claimcheck_claims::Tense::Past {
                    continue;
                }
                later
            }
            None => end,
        };
        // "Brannock's 11 years as mayor" … "She was first elected mayor in
        // 2014 and resigned in 2022": a time in an office runs from the
        // story's one start in it to its end, if told.
        // "in each of its 30 years as a listed company": a thing's years as
        // what it became, counted from when it became so, like any span.
        let thing_as = next == "as"
            && matches!(before, "its" | "their")
            && matches!(scan.low(c.last + 2), "a" | "an");
        if next == "as" && !age && !thing_as {
            if let Some((s, e)) = office_span(r, d) {
                let mut edge = r.edge_at(EdgeKind::Elapsed, d, s, r.claims[s].span);
                edge.part = e;
                out.push(edge);
            }
            continue;
        }
        // "ran for 68 years before the state railway closed it in 1962": the
        // span ends at the "before" clause's date and starts at a start told
        // outside that clause ("opened in 1889"); "drove trains for 24 years
        // before she was first elected … in 2016" tells no start.
        if next == "before" {
            let ends: Vec<usize> = (c.last + 2..s1)
                .filter_map(|j| r.layout.claim_at(j))
                .filter(|&e| year_date(r, e))
                .collect();
            let Some(&until) = ends.first() else {
                continue;
            };
            let outside: Vec<usize> = starts
                .iter()
                .copied()
                .filter(|s| !ends.contains(s) && r.cands[*s].last < c.first)
                .collect();
            if let Some(s) = the_only(&outside) {
                let mut e = r.edge_at(EdgeKind::Elapsed, d, s, r.claims[s].span);
                e.part = Some(until);
                out.push(e);
            }
            continue;
        }
        // "whose collapse in March 2024 halted work for five months": a span
        // told in the simple past after "for" was over before now; with no
        // end told, the publication date is not its end.
        let over_before_now = before == "for"
            && r.claims[d].frame.tense == claimcheck_claims::Tense::Past
            && end.is_none()
            && !age;
        // "were last given a full overhaul in 1984. When Unit 1 was shut
        // down in March 2023, the four of them had gone more than four
        // decades without another": a span since the last time, up to the
        // time its sentence tells before it (else publication).
        if next == "without" && matches!(before, "gone" | "went" | "go" | "going" | "passed") {
            let here = r.claims[d].sentence;
            let last = r
                .window(d)
                .filter(|&s| {
                    s < d && year_date(r, s) && last_time(s) && here - r.claims[s].sentence <= 1
                })
                .last();
            if let Some(s) = last {
                let until = (s0..c.first)
                    .filter_map(|j| r.layout.claim_at(j))
                    .find(|&e| {
                        e != s && r.claims[e].kind == Kind::Date && r.claims[e].frame.year_written
                    });
                let mut e = r.edge_at(EdgeKind::Elapsed, d, s, r.claims[s].span);
                e.part = until;
                out.push(e);
            }
            continue;
        }
        let start = if let Some(s) = after_event {
            Some(s)
        } else if over_before_now {
            None
        } else if since_then {
            (s0..c.first)
                .rev()
                .filter_map(|j| r.layout.claim_at(j))
                .find(|&s| year_date(r, s))
        } else if age && !span_noun {
            // "a 34-year-old … born in 1991": a person's age; "The 51-year-old"
            // refers back to the one person whose birth year the story gives;
            // "the 631-year-old roof, raised over the nave in 1412": a thing
            // made then.
            // Only a thing's age ("the 631-year-old roof") dates from its
            // making; people "aged 11 to 19" are no older than the body
            // founded in 1968.
            let thing_age = r.claims[d].text.to_lowercase().ends_with("old");
            let made = starts.iter().copied().find(|&s| thing_age && made(r, s));
            starts
                .iter()
                .copied()
                .find(|&s| born(r, s))
                .or(made)
                .or_else(|| if thing_age { noun_start(r, d) } else { None })
                .or_else(|| {
                    if before != "the" {
                        return None;
                    }
                    let births: Vec<usize> = r
                        .window(d)
                        .filter(|&s| {
                            year_date(r, s)
                                && born(r, s)
                                && r.claims[s].sentence.abs_diff(r.claims[d].sentence) <= 3
                        })
                        .collect();
                    the_only(&births)
                })
        } else if records {
            nearest(r, d, &starts)
        } else if let Some(start) = since_event_start(r, d) {
            Some(start)
        } else if let Some(start) = noun_start(r, d) {
            Some(start)
        } else if let Some(start) = last_occasion_start(r, d, next) {
            Some(start)
        } else if ongoing && record_in {
            // "the most generous offer made to dockworkers in a decade": a
            // record's span starts at the last time it was matched, if the
            // sentence tells it, not at a year told elsewhere ("real wages
            // have fallen 9 percent since 2021"). "The last home winner was
            // Tomas Reed in 1996" may tell it in a sentence nearby.
            nearest(r, d, &starts).or_else(|| {
                let last: Vec<usize> = r
                    .window(d)
                    .filter(|&s| {
                        s != d
                            && year_date(r, s)
                            && r.claims[s].sentence.abs_diff(r.claims[d].sentence) <= 2
                            && last_time(s)
                            && !baseline_year(r, s)
                    })
                    .collect();
                the_only(&last).or_else(|| {
                    // "the first home rider in 17 years to win" … "The last
                    // home winner, Amund Rask, who took the title in 2006":
                    // farther off, "last" must come with a word of the
                    // record's own ("home").
                    let first_at = (c.first.saturating_sub(8).max(s0)..c.first)
                        .find(|&j| scan.is(j, "first"))?;
                    let own: Vec<&str> = (first_at + 1..c.first)
                        .map(|j| scan.low(j))
                        .filter(|w| w.len() > 3 && !r.grammar.function_words.contains(*w))
                        .collect();
                    let told: Vec<usize> = r
                        .window(d)
                        .filter(|&s| {
                            let f = r.cands[s].first;
                            let k0 = scan.sentence_of(f).0;
                            s != d
                                && year_date(r, s)
                                && !baseline_year(r, s)
                                && (k0..f).any(|j| {
                                    scan.is(j, "last")
                                        && (j + 1..(j + 3).min(f))
                                            .any(|i| own.contains(&scan.low(i)))
                                })
                        })
                        .collect();
                    the_only(&told)
                })
            })
        } else if ongoing && (extreme || window_to_now) {
            nearest(r, d, &starts)
        } else if ongoing {
            nearest(r, d, &starts)
                .or_else(|| wait_start(r, d, next))
                .or_else(|| owner_start(r, d, history))
                .or_else(|| next_start(r, d))
                .or_else(|| previous_start(r, d))
                .or_else(|| tenure_start(r, d))
                .or_else(|| history_start(r, d, history))
        } else {
            waited_start(r, d)
        };
        if let Some(s) = start {
            let mut e = r.edge_at(EdgeKind::Elapsed, d, s, r.claims[s].span);
            // "the 151-year-old house closed its doors in June 2021" … "the
            // house opened in 1874": an age told beside another event is the
            // age now; the clause's date dates the event, not the age.
            let age_now = age && r.claims[s].sentence != r.claims[d].sentence;
            e.part = end.filter(|_| !age_now);
            out.push(e);
        }
    }
}

/// The year of a level a change is measured from: "up 5.5 points from 58.1
/// percent at the last election in 2021". The last election is the one
/// before, not the last time a record was matched.
/// "the first since 1995, when the 63-year-old reservoir last came close to
/// running dry", "since 2014, when a similar bout of discounting ran for
/// nearly two years": a span in a clause opened by ", when" after a date is
/// told as of that date (an age then, the length of what happened then), not
/// up to publication.
fn in_when_of_date(r: &Relator, d: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[d].first;
    (first.saturating_sub(14)..first).rev().any(|w| {
        scan.is(w, "when")
            && w >= 2
            && scan.is_punct(w - 1, ',')
            && r.layout
                .claim_at(w - 2)
                .is_some_and(|k| r.claims[k].kind == Kind::Date)
            && (w + 1..first).all(|j| {
                scan.kind(j) != Some(crate::scan::TokenKind::Punct)
                    && r.layout.claim_at(j).is_none()
            })
    })
}

fn baseline_year(r: &Relator, s: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[s].first;
    let s0 = scan.sentence_of(first).0;
    (first.saturating_sub(10).max(s0)..first).any(|j| scan.is(j, "from"))
}

/// "ending a decade-long freeze" … "the freeze, introduced in 2019"; "the
/// 17-year-old record" … "The previous best … was set at the 2010
/// Olympiad": a compound span's noun, named in another sentence with the
/// one year it started.
fn noun_start(r: &Relator, d: usize) -> Option<usize> {
    let scan = r.scan;
    let c = &r.cands[d];
    if !(c.last > c.first && scan.is_dash(c.last - 1)) {
        return None;
    }
    let s1 = scan.sentence_of(c.last).1;
    // The noun the compound describes: the last of the words after it
    // ("the decade-old Aldermouth Marathon record").
    let noun = (c.last + 1..(c.last + 4).min(s1))
        // Not a verb after it: "the 151-year-old house closed its doors".
        .take_while(|&j| {
            let w = scan.low(j);
            scan.kind(j) == Some(crate::scan::TokenKind::Word)
                && !r.grammar.function_words.contains(w)
                && !r.grammar.is_past_form(w)
                && !w.ends_with("ing")
                && r.layout.claim_at(j).is_none()
        })
        .last()?;
    // "a 29-year-old first-time mother": a word that opens another
    // compound is no noun of its own.
    if scan.is_dash(noun + 1) {
        return None;
    }
    let lemma = r.grammar.lemma(scan.low(noun));
    let class = r.grammar.class(&lemma);
    // A history is its owner's, found by the owner (`owner_start`).
    if lemma.len() < 4 || matches!(class, "history" | "existence" | "career" | "tenure") {
        return None;
    }
    let names = |s: usize| {
        let (a, b) = scan.sentence_of(r.cands[s].first);
        (a..b).any(|j| r.grammar.class(&r.grammar.lemma(scan.low(j))) == class)
    };
    // "The eight-year contract, which begins on 1 April": the thing's own
    // sentence dates its start, so the span is its planned length, not
    // the time since another mention's start ("has held the contract since
    // 1 April 2014").
    let (s0, _) = scan.sentence_of(c.first);
    let dated_here = (s0..s1).filter_map(|j| r.layout.claim_at(j)).any(|e| {
        e != d
            && r.claims[e].kind == Kind::Date
            && (r.cands[e].first.saturating_sub(3)..r.cands[e].first).any(|j| {
                matches!(
                    scan.low(j),
                    "begins" | "begin" | "starts" | "start" | "runs" | "run" | "from"
                )
            })
    });
    if dated_here {
        return None;
    }

    let starts: Vec<usize> = r
        .window(d)
        .filter(|&s| {
            r.claims[s].sentence != r.claims[d].sentence
                && year_date(r, s)
                && names(s)
                // A thing's age runs from its making ("cast in 1509") or
                // since it has stood ("a record that had stood since 2010"),
                // not from "the first time since 2014".
                && (made(r, s) || is_start(r, s))
                && !(after_since(r, s) && first_since(r, s))
        })
        .collect();
    // "a course record that had stood since 2010" and "the women's course
    // record, set in 2016": two starts leave it unclear which one is meant.
    the_only(&starts)
}

/// "the first time since 2014", "the first order Skarpnes has won from a
/// domestic operator since 2011": a year after "since" that a "first"
/// before it in its sentence counts back to, the last time, no start.
fn first_since(r: &Relator, s: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[s].first;
    let s0 = scan.sentence_of(first).0;
    scan.is(first.wrapping_sub(2), "time") || (s0..first).any(|j| scan.is(j, "first"))
}

/// "in the dozen years since the scheme was launched" … "a decommissioning
/// scheme that began in 2009": a span since a thing's start, told in its
/// own clause by a verb of starting, runs from the one year another
/// sentence nearby starts that thing.
fn since_event_start(r: &Relator, d: usize) -> Option<usize> {
    let scan = r.scan;
    let c = &r.cands[d];
    if !scan.is(c.last + 1, "since") {
        return None;
    }
    let s1 = scan.sentence_of(c.last).1;
    let mut j = c.last + 2;
    if matches!(scan.low(j), "the" | "its" | "their" | "this" | "that") {
        j += 1;
    }
    // The thing: a common noun ("the scheme"), with one word before it at
    // most ("the buyout scheme").
    let words: Vec<usize> = (j..(j + 2).min(s1))
        .take_while(|&t| {
            scan.kind(t) == Some(crate::scan::TokenKind::Word)
                && !scan.capitalized(t)
                && !r.grammar.function_words.contains(scan.low(t))
                && !r.grammar.start_verbs.contains(scan.low(t))
                && r.layout.claim_at(t).is_none()
        })
        .collect();
    let &noun = words.last()?;
    // Its start said by the verb right after: "was launched", "began".
    // Not "since the levy was raised": a verb that also means a later
    // change starts nothing.
    let starts_it = |w: &str| {
        w != "raised"
            && (r.grammar.made_verbs.contains(w)
                || matches!(
                    w,
                    "started" | "begun" | "began" | "introduced" | "formed" | "created" | "adopted"
                ))
    };
    let verb = (noun + 1..(noun + 3).min(s1)).find(|&t| starts_it(scan.low(t)))?;
    if (noun + 1..verb).any(|t| !matches!(scan.low(t), "was" | "were" | "had" | "has" | "been"))
        || (verb + 1..(verb + 4).min(s1)).any(|t| r.layout.claim_at(t).is_some())
    {
        return None;
    }
    let class = r
        .grammar
        .class(&r.grammar.lemma(scan.low(noun)))
        .to_string();
    if class.len() < 4 {
        return None;
    }
    let names = |s: usize| {
        let (a, b) = scan.sentence_of(r.cands[s].first);
        (a..b).any(|t| r.grammar.class(&r.grammar.lemma(scan.low(t))) == class)
    };
    let starts: Vec<usize> = r
        .window(d)
        .filter(|&s| {
            r.claims[s].sentence != r.claims[d].sentence
                && r.claims[s].sentence.abs_diff(r.claims[d].sentence) <= REACH
                && year_date(r, s)
                && is_start(r, s)
                && !after_since(r, s)
                && names(s)
        })
        .collect();
    the_only(&starts)
}

fn after_since(r: &Relator, s: usize) -> bool {
    r.scan.is(r.cands[s].first.wrapping_sub(1), "since")
}

/// "hung for more than two centuries … and has been shown only four times
/// since 1900": a year after "since" right behind another count opens that
/// count's window; it starts no span of the sentence.
fn window_of_a_count(r: &Relator, s: usize, d: usize) -> bool {
    let since = r.cands[s].first.wrapping_sub(1);
    after_since(r, s)
        && (since.saturating_sub(3)..since).any(|j| {
            r.layout
                .claim_at(j)
                .is_some_and(|k| k != d && r.claims[k].kind == Kind::Count)
        })
}

/// The start belongs to the span's own statement: its clause, the clause that
/// opens the sentence ("Built in 1991, the Aurora …"), or a relative clause
/// right after ("after 11 seasons in the division, which they joined in 2016").
/// Not a clause about someone else ("…, said her captain, who has commanded
/// the ship since 2016").
fn related_clause(r: &Relator, d: usize, s: usize) -> bool {
    let scan = r.scan;
    let clause = |k: usize| r.layout.clause(r.cands[k].first);
    let (cd, cs) = (clause(d), clause(s));
    if cd == cs {
        return true;
    }
    let s0 = scan.sentence_of(r.cands[s].first).0;
    let (c0, _) = r.layout.clause_range(scan, r.cands[s].first);
    // "Ms Varga, who was listed as a witness in 2019, said its 40 years as
    // a charity …": a clause about a person dates no thing's span.
    let persons_for_things =
        scan.is(c0, "who") && matches!(scan.low(r.cands[d].first.wrapping_sub(1)), "its" | "their");
    if persons_for_things {
        return false;
    }
    // The opening clause, or the clause just before: "Mayor Kasparek, first
    // elected in 2013, has run the town hall for 12 years"; "at their lowest
    // since 2019, a six-year low".
    if (cs == r.layout.clause(s0) || cs + 1 == cd) && cs < cd {
        return true;
    }
    // "the Kessel hut, built in 1931 at 2,870 metres, which lost its roof …
    // in its 84-year history": a relative clause about the noun the dated
    // clause describes.
    let (d0, _) = r.layout.clause_range(scan, r.cands[d].first);
    if cs < cd
        && cd - cs <= 2
        && (d0..d0 + 2).any(|j| matches!(scan.low(j), "which" | "who" | "whose"))
    {
        return true;
    }
    // "The Varenne Cooperative, founded in 1961, which presses …, said the
    // outlook was the bleakest in its 54-year history": a made-verb aside
    // right after the sentence's subject dates what "its" names later on.
    // "Kestrel Lane, which opened in 1970 as …, is the oldest of the three,
    // and its closure after 55 years …": "its" may stand earlier in the
    // span's clause.
    // "Eastmere, which was floated on the stock exchange in 1991": a verb of
    // starting in a "which" clause dates the thing too.
    let subject_made = cs == r.layout.clause(s0) + 1
        && ((c0..c0 + 2).any(|j| r.grammar.made_verbs.contains(scan.low(j)))
            || (scan.is(c0, "which")
                && (c0 + 1..c0 + 4).any(|j| r.grammar.start_verbs.contains(scan.low(j)))))
        && (d0..r.cands[d].first).any(|j| matches!(scan.low(j), "its" | "their"));
    if cs < cd && subject_made {
        return true;
    }
    // ", which" closes one clause at the comma and opens another at "which".
    // So does a participle set off after it: "the 631-year-old roof, raised
    // over the nave in 1412".
    // "41 years of control by the Pells, who bought the club in 1987": a
    // relative clause on the span's holder tells when the holding began (a
    // birth starts a life, not the span).
    let (_, c1) = r.layout.clause_range(scan, r.cands[s].first);
    let holder = scan.is(c0, "who") && !(c0..c1).any(|j| scan.is(j, "born"));
    (cs == cd + 1 || cs == cd + 2)
        && (holder
            || (c0..c0 + 2).any(|j| {
                matches!(scan.low(j), "which" | "when" | "where" | "since" | "that")
                    || r.grammar.made_verbs.contains(scan.low(j))
            }))
}

/// How many words either side of a span its trend verb may stand: "had grown
/// every year for a decade".
const TREND_REACH: usize = 8;

/// How many words after a span of records ("years of records kept since")
/// the year its records start may stand.
const RECORDS_REACH: usize = 7;

/// A duration in years ("28-year", "more than a decade") or a count of seasons.
fn is_span_of_years(r: &Relator, d: usize) -> bool {
    match &r.claims[d].value {
        Value::Duration { unit, .. } => *unit == TimeUnit::Year,
        Value::Number(_) => {
            r.claims[d].kind == Kind::Count && r.head_class(d).is_some_and(|h| h == "season")
        }
        Value::Date(_) => false,
    }
}

/// A date with its year written out, at year or month precision or a day.
fn year_date(r: &Relator, k: usize) -> bool {
    r.claims[k].kind == Kind::Date && r.claims[k].frame.year_written
}

/// "since 1998", "founded in 2004", "set in 2011", "began operating in 1968",
/// "first lit in 1968".
fn is_start(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[k].first;
    let s0 = scan.sentence_of(first).0;
    if scan.is(first.wrapping_sub(1), "since") {
        return true;
    }
    // "came to Marlcombe in 2016 to take over as director": a purpose
    // infinitive of starting right after the year.
    let last = r.cands[k].last;
    if scan.is(last + 1, "to")
        && matches!(
            scan.low(last + 2),
            "take" | "become" | "lead" | "run" | "head" | "join" | "found" | "launch" | "open"
        )
    {
        return true;
    }
    // "for 12 years, since an overhaul in 2013": "since" and the event the
    // date dates, with no verb or comma between.
    let since_event = (first.saturating_sub(5).max(s0)..first)
        .rev()
        .take_while(|&j| scan.kind(j) == Some(crate::scan::TokenKind::Word))
        .find(|&j| scan.is(j, "since"))
        .is_some_and(|j| !(j + 1..first).any(|t| r.grammar.is_past_form(scan.low(t))));
    if since_event {
        return true;
    }
    // "was set by Mira Talvo in 1999": a short agent may stand between; the
    // nearest verb decides ("launched in 2004 and refitted in 2019": 2019 is
    // a refit, not a start).
    // "since taking over from the founder's grandson in 2011",
    // "bought the club from a council-backed consortium in 1987": up to ten
    // tokens back.
    for j in (first.saturating_sub(10).max(s0)..first).rev() {
        // Another year between ("born … since 2019 after earlier calves in
        // 2019"): the verb before it is that year's.
        if r.layout
            .claim_at(j)
            .is_some_and(|o| o != k && year_date(r, o))
        {
            break;
        }
        let w = scan.low(j);
        // "was finished in 1954" starts a structure's service; "finished
        // third in 2019" is a placing.
        let placing = w == "finished" && !(scan.is(j + 1, "in") && j + 2 == first);
        // "moved up from operations director to the top job in 2016": a
        // promotion ("moved to its present building in 2004" starts nothing).
        let moved_up = w == "moved" && scan.is(j + 1, "up");
        // "swept to power in the 2010 election", "came to power in 2016".
        let to_power = w == "power" && j > s0 && scan.is(j - 1, "to");
        if (r.grammar.start_verbs.contains(w) && !placing) || moved_up || to_power {
            return true;
        }
        // "from a council-backed consortium": a participle joined to a word
        // before it describes a noun; it is no verb of the clause.
        let compound = j > s0 && scan.is_dash(j - 1) && scan.joined(j);
        if compound {
            continue;
        }
        // "first lit in 1968", "first staged in 1950": any verb made a
        // start by "first", when no other date in the sentence could be the
        // start ("first brewed in 1759 and revived in 2010").
        if r.grammar.is_past_form(w) || r.grammar.irregular_participles.contains(w) {
            let s1 = scan.sentence_of(first).1;
            let other_date = (s0..s1)
                .filter_map(|t| r.layout.claim_at(t))
                .any(|o| o != k && r.claims[o].kind == Kind::Date && year_date(r, o));
            return j > s0 && scan.is(j - 1, "first") && !other_date;
        }
    }
    false
}

/// "raised over the nave in 1412", "built in 1846": a thing made then.
fn made(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[k].first;
    let s0 = scan.sentence_of(first).0;
    (first.saturating_sub(6).max(s0)..first).any(|j| r.grammar.made_verbs.contains(scan.low(j)))
}

/// "The tower, built in 1846, … . … "the hardest chapter in a 169-year
/// history"": a history owned by no one named is the story's subject's, when
/// the two sentences before date one thing made.
fn history_start(r: &Relator, d: usize, history: bool) -> Option<usize> {
    if !history {
        return None;
    }
    let here = r.claims[d].sentence;
    let starts: Vec<usize> = r
        .window(d)
        .filter(|&s| {
            s < d
                && here - r.claims[s].sentence <= 2
                && here != r.claims[s].sentence
                && year_date(r, s)
                && made(r, s)
        })
        .collect();
    the_only(&starts)
}

fn born(r: &Relator, k: usize) -> bool {
    let scan = r.scan;
    let first = r.cands[k].first;
    (first.saturating_sub(3)..first).any(|j| scan.is(j, "born"))
}

fn nearest(r: &Relator, d: usize, starts: &[usize]) -> Option<usize> {
    let at = r.cands[d].first;
    starts
        .iter()
        .copied()
        .min_by_key(|&s| r.cands[s].first.abs_diff(at))
}

/// "a 19-year wait for the title": the wait began at the last win, "since 1987"
/// or the latest of the years listed as wins ("champions in 1962, 1979 and 2008").
/// "last toured the region in 2004. … explain much of the 26-year
/// absence": a span of absence ("absence", "gap", "hiatus", `absence_nouns`)
/// runs from the one year nearby told as the last time ("last … in 2004"),
/// up to the sentence's own time.
fn last_occasion_start(r: &Relator, d: usize, next: &str) -> Option<usize> {
    if !r.grammar.absence_nouns.contains(next) {
        return None;
    }
    let scan = r.scan;
    // "took a two-year break from the cup in 2015": a break its own
    // sentence dates is a length of its own.
    let (s0, s1) = scan.sentence_of(r.cands[d].first);
    if (s0..s1)
        .filter_map(|j| r.layout.claim_at(j))
        .any(|k| k != d && year_date(r, k))
    {
        return None;
    }
    let last: Vec<usize> = r
        .window(d)
        .filter(|&s| {
            let f = r.cands[s].first;
            let s0 = scan.sentence_of(f).0;
            s != d
                && year_date(r, s)
                && r.claims[s].sentence <= r.claims[d].sentence
                && r.claims[d].sentence - r.claims[s].sentence <= 2
                && (f.saturating_sub(8).max(s0)..f)
                    .any(|j| scan.is(j, "last") && r.layout.claim_at(j).is_none())
                && !baseline_year(r, s)
        })
        .collect();
    the_only(&last)
}

fn wait_start(r: &Relator, d: usize, next: &str) -> Option<usize> {
    if !r.grammar.wait_nouns.contains(next) {
        return None;
    }
    let scan = r.scan;
    let bare_years: Vec<usize> = r
        .window(d)
        .filter(|&k| {
            year_date(r, k)
                && matches!(&r.claims[k].value, Value::Date(v) if matches!(v.nominal, DateNominal::Year(_)))
                && r.claims[k].sentence.abs_diff(r.claims[d].sentence) <= REACH
        })
        .filter(|&k| {
            let (s0, s1) = scan.sentence_of(r.cands[k].first);
            (s0..s1).any(|j| r.grammar.title_words.contains(scan.low(j)))
        })
        .collect();
    let since: Vec<usize> = bare_years
        .iter()
        .copied()
        .filter(|&k| scan.is(r.cands[k].first.wrapping_sub(1), "since"))
        .collect();
    let listed: Vec<usize> = bare_years
        .iter()
        .copied()
        .filter(|&k| {
            bare_years
                .iter()
                .filter(|&&o| r.claims[o].sentence == r.claims[k].sentence)
                .count()
                >= 2
        })
        .collect();
    // Two wins "since" different years: which one the wait counts from is unclear.
    if since.len() > 1 {
        return None;
    }
    // "their last championship having come in 2011": the one year in the
    // wait's own sentence.
    let here: Vec<usize> = bare_years
        .iter()
        .copied()
        .filter(|&k| r.claims[k].sentence == r.claims[d].sentence)
        .collect();
    if let [only] = here.as_slice() {
        return Some(*only);
    }
    // "ended a 16-year wait for her second … championship" …
    // "Halvorsen's first title came in 2011": the one year told as the last
    // (or, for a second, the first) title.
    if since.is_empty() && listed.is_empty() {
        let (_, s1) = scan.sentence_of(r.cands[d].first);
        let second = (r.cands[d].last..s1.min(r.cands[d].last + 6)).any(|j| scan.is(j, "second"));
        let told: Vec<usize> = bare_years
            .iter()
            .copied()
            .filter(|&k| {
                let (k0, k1) = scan.sentence_of(r.cands[k].first);
                (k0..k1).any(|j| {
                    r.grammar.title_words.contains(scan.low(j))
                        && (j.saturating_sub(2)..j).any(|i| {
                            matches!(scan.low(i), "last" | "previous")
                                || (second && scan.is(i, "first"))
                        })
                })
            })
            .collect();
        return the_only(&told);
    }
    let pool = if since.is_empty() { listed } else { since };
    pool.into_iter().max_by_key(|&k| match &r.claims[k].value {
        Value::Date(v) => v.low,
        _ => jiff::civil::Date::MIN,
    })
}

/// "the union's 28-year history" … "The union was founded in 2004".
/// A history starts at a founding: not at "a welder who has worked at the
/// yard since 1991".
fn owner_start(r: &Relator, d: usize, history: bool) -> Option<usize> {
    let scan = r.scan;
    let before = r.cands[d].first.checked_sub(1)?;
    let w = scan.low(before);
    let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))?;
    if owner.len() < 3 {
        return None;
    }
    let starts: Vec<usize> = r
        .window(d)
        .filter(|&s| {
            year_date(r, s)
                && is_start(r, s)
                && r.claims[s].sentence.abs_diff(r.claims[d].sentence) <= REACH
                && r.names_in_sentence(s, owner)
                && !(history && after_since(r, s))
        })
        .collect();
    (starts.len() == 1).then(|| starts[0])
}

/// "… the best year in its 89-year history. It opened in 1936": the sentence
/// right after, opening with "It" and a verb of starting (or with a fronted
/// "Founded in 1958, it …"), says when the span's owner began; it outranks
/// a start in the sentence before, which may date
/// something else ("The cats' enclosure, opened in 2022").
/// "Aukrust had waited 14 years to get back to this stage. His only
/// previous final, in January 2014, …": a wait told by its verb runs from the
/// one previous occasion dated nearby.
fn waited_start(r: &Relator, d: usize) -> Option<usize> {
    let scan = r.scan;
    let first = r.cands[d].first;
    if !matches!(
        scan.low(first.wrapping_sub(1)),
        "waited" | "wait" | "waiting"
    ) {
        return None;
    }
    let previous: Vec<usize> = r
        .window(d)
        .filter(|&s| {
            s != d
                && year_date(r, s)
                && r.claims[s].sentence.abs_diff(r.claims[d].sentence) <= 2
                && {
                    let at = r.cands[s].first;
                    let s0 = scan.sentence_of(at).0;
                    (s0.max(at.saturating_sub(8))..at)
                        .any(|j| matches!(scan.low(j), "previous" | "last"))
                }
        })
        .collect();
    the_only(&previous)
}

fn next_start(r: &Relator, d: usize) -> Option<usize> {
    let scan = r.scan;
    let (s0, s1) = scan.sentence_of(r.cands[d].first);
    // Owned by a thing: "its 89-year history", "the Marsh institute's
    // 74-year history".
    let before = scan.low(r.cands[d].first.wrapping_sub(1));
    let possessed = before.ends_with("'s") || before.ends_with("’s");
    if !(possessed || (s0..s1).any(|j| matches!(scan.low(j), "its"))) || s1 >= scan.len() {
        return None;
    }
    let (n0, n1) = scan.sentence_of(s1);
    // "It opened in 1936", or a fronted participle of starting before "it":
    // "Founded in 1958 as a school for railway engineers, it now teaches …".
    let fronted = (r.grammar.start_verbs.contains(scan.low(n0))
        || r.grammar.made_verbs.contains(scan.low(n0)))
        && (n0..n1)
            .find(|&j| scan.is_punct(j, ','))
            .is_some_and(|j| scan.is(j + 1, "it"));
    // "… in the club's 43-year history. Brannock was formed … in 1979": the
    // story's subject, named in its first sentences, and a verb of
    // starting right after the name.
    let named_subject = scan.text(n0).starts_with(|c: char| c.is_uppercase())
        && !r.grammar.function_words.contains(scan.low(n0))
        && (n0 + 1..(n0 + 4).min(n1)).any(|j| r.grammar.start_verbs.contains(scan.low(j)))
        && scan
            .sentences
            .iter()
            .take(2)
            .any(|&(a, b)| (a..b).any(|j| j != n0 && scan.low(j) == scan.low(n0)));
    if !scan.is(n0, "it") && !fronted && !named_subject {
        return None;
    }
    let sentence = r.claims[d].sentence + 1;
    let starts: Vec<usize> = r
        .window(d)
        .filter(|&s| {
            r.claims[s].sentence == sentence
                && year_date(r, s)
                && (is_start(r, s) || named_subject)
                && !after_since(r, s)
        })
        .collect();
    starts.first().copied()
}

/// "The dam has supplied the city since 1972. … after 53 years of service": the
/// one start in the sentence before, when the span's own sentence has none.
fn previous_start(r: &Relator, d: usize) -> Option<usize> {
    // Only when the span's sentence refers back to a thing ("its spillway",
    // "it has"): "Morrow, who has sat on the council for a decade" is about
    // someone else than "the office … created in 1891".
    let scan = r.scan;
    let (s0, s1) = scan.sentence_of(r.cands[d].first);
    if !(s0..s1).any(|j| matches!(scan.low(j), "it" | "its")) {
        return None;
    }
    // "Its light has worked automatically since the last keeper, Ansgar
    // Toll, came ashore in 1993 after 22 years on the rock": a person named
    // after the last "it" and before the span is whose span it is.
    let it = (s0..r.cands[d].first)
        .rev()
        .find(|&j| matches!(scan.low(j), "it" | "its"));
    // Not a source set off in an aside: "Until Sunday, its owner Halvern
    // Mining said, the pit had gone 41 years".
    let says = |j: usize| {
        let after = (j..j + 4).find(|&k| !scan.capitalized(k)).unwrap_or(j);
        crate::frame::is_reporting(scan.low(after))
    };
    let named = it.is_some_and(|it| {
        (it + 1..r.cands[d].first).any(|j| {
            scan.capitalized(j)
                && !scan.sentence_initial(j)
                && r.layout.claim_at(j).is_none()
                && scan.capitalized(j + 1)
                && !says(j)
        })
    });
    if named {
        return None;
    }
    // "It … had grown every year for a decade until 2023": a trend's span
    // runs from where the trend began, not from the thing's founding.
    let (c0, c1) = r.layout.clause_range(scan, r.cands[d].first);
    let g = r.grammar;
    let near = r.cands[d].first.saturating_sub(TREND_REACH).max(c0)
        ..(r.cands[d].last + TREND_REACH).min(c1);
    // "In its 38 years it has grown to 41 clubs": years the thing owns are
    // its age, whatever grew in them.
    let owned = matches!(scan.low(r.cands[d].first.wrapping_sub(1)), "its" | "their");
    if !owned
        && near
            .into_iter()
            .any(|j| g.change_up.contains(scan.low(j)) || g.change_down.contains(scan.low(j)))
    {
        return None;
    }
    let sentence = r.claims[d].sentence.checked_sub(1)?;
    let starts: Vec<usize> = r
        .window(d)
        .filter(|&s| r.claims[s].sentence == sentence && year_date(r, s) && is_start(r, s))
        .collect();
    the_only(&starts)
}

/// The span of "N years as mayor": the one year-dated start (elected,
/// appointed, took over …) within a few sentences whose sentence names the
/// office, and an end in that sentence after it ("resigned in 2022",
/// "stepped down in 2019"). A past span with no end told ended at a time
/// not given.
fn office_span(r: &Relator, d: usize) -> Option<(usize, Option<usize>)> {
    let scan = r.scan;
    let office = scan.low(r.cands[d].last + 2);
    if scan.kind(r.cands[d].last + 2) != Some(crate::scan::TokenKind::Word)
        || r.grammar.function_words.contains(office)
    {
        return None;
    }
    let names_office = |k: usize| {
        let (s0, s1) = scan.sentence_of(r.cands[k].first);
        (s0..s1).any(|j| scan.low(j) == office)
    };
    let starts: Vec<usize> = r
        .window(d)
        .filter(|&s| {
            year_date(r, s)
                && is_start(r, s)
                && !after_since(r, s)
                && r.claims[s].sentence.abs_diff(r.claims[d].sentence) <= 6
                && names_office(s)
        })
        .collect();
    let start = the_only(&starts)?;
    let (_, s1) = scan.sentence_of(r.cands[start].first);
    let ended = |k: usize| {
        let first = r.cands[k].first;
        (first.saturating_sub(4)..first).any(|j| r.grammar.office_end_verbs.contains(scan.low(j)))
    };
    let end = (r.cands[start].last + 1..s1)
        .filter_map(|j| r.layout.claim_at(j))
        .find(|&e| year_date(r, e) && ended(e));
    if end.is_none() && r.claims[d].frame.tense == claimcheck_claims::Tense::Past {
        return None;
    }
    Some((start, end))
}

/// "mayor since 1994 … after 35 years in charge": a tenure in the sentence
/// after the one "since" it began.
fn tenure_start(r: &Relator, d: usize) -> Option<usize> {
    let scan = r.scan;
    let after = r.cands[d].last + 1;
    let tenure = (scan.is(after, "in")
        && matches!(scan.low(after + 1), "charge" | "office" | "power" | "post"))
        || (scan.is(after, "at") && scan.is(after + 2, "helm"));
    if !tenure {
        return None;
    }
    let sentence = r.claims[d].sentence.checked_sub(1)?;
    let since: Vec<usize> = r
        .window(d)
        .filter(|&s| r.claims[s].sentence == sentence && year_date(r, s) && after_since(r, s))
        .collect();
    the_only(&since)
}

/// The one candidate, when there is exactly one: two would leave it unclear
/// which the span counts from.
fn the_only(v: &[usize]) -> Option<usize> {
    match v {
        [only] => Some(*only),
        _ => None,
    }
}

/// "after a 29-month renovation that began in September 2022": a span of
/// months and the month it started, named with a verb of starting in its own
/// or a related clause; it runs to a full date in its clause (or to the
/// event told before it that it led up to), else to publication.
fn spans_of_months(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let month_known = |k: usize| {
        year_date(r, k)
            && matches!(&r.claims[k].value, Value::Date(d)
                if !matches!(d.nominal, DateNominal::Year(_)))
    };
    for d in 0..r.claims.len() {
        let months = matches!(
            &r.claims[d].value,
            Value::Duration {
                unit: TimeUnit::Month,
                ..
            }
        );
        if !months || r.claims[d].frame.counts_from.is_some() {
            continue;
        }
        let c = &r.cands[d];
        // "began as a 12-month trial in April 2023": what a thing began as
        // gives its planned length, not the time since it began ("reopened
        // after a 29-month renovation that began in …" is that time).
        let designed = r.claims[d].text.contains('-')
            && matches!(scan.low(c.first.wrapping_sub(1)), "a" | "an")
            && scan.is(c.first.wrapping_sub(2), "as");
        if designed || is_delay(r, d) {
            continue;
        }
        let (s0, s1) = scan.sentence_of(c.first);
        let starts: Vec<usize> = (s0..s1)
            .filter_map(|j| r.layout.claim_at(j))
            .filter(|&s| s != d && month_known(s) && is_start(r, s) && related_clause(r, d, s))
            .collect();
        if let Some(s) = nearest(r, d, &starts) {
            // "a 14-month shutdown that began in April 2024 and ended in
            // June": the span ends at a date after its start that an end word
            // dates, not at publication.
            let end = (r.cands[s].last + 1..s1)
                .filter_map(|j| r.layout.claim_at(j))
                .find(|&e| {
                    e != d
                        && r.claims[e].kind == Kind::Date
                        && (r.cands[e].first.saturating_sub(3)..r.cands[e].first)
                            .any(|j| r.grammar.end_words.contains(scan.low(j)))
                });
            // "reopened in March, at the end of an 18-month rebuild that
            // began in September 2023": the event the span led up to, dated
            // before it in the sentence, is its end.
            let led_to = (c.first.saturating_sub(5)..c.first)
                .any(|j| matches!(scan.low(j), "after" | "following" | "end" | "ending"));
            let end = end.or_else(|| {
                led_to
                    .then(|| {
                        (s0..c.first)
                            .rev()
                            .filter_map(|j| r.layout.claim_at(j))
                            .find(|&e| e != s && r.claims[e].kind == Kind::Date)
                    })
                    .flatten()
            });
            // "whose collapse in March 2024 halted work for five months":
            // a span told in the simple past after "for" was over before
            // now; with no end told, the publication date is not its end.
            let over_before_now = scan.is(c.first.wrapping_sub(1), "for")
                && r.claims[d].frame.tense == claimcheck_claims::Tense::Past;
            if over_before_now && end.is_none() {
                continue;
            }
            let mut e = r.edge_at(EdgeKind::Elapsed, d, s, r.claims[s].span);
            e.part = end;
            out.push(e);
        }
    }
}

/// "started an online petition … on 10 March. In the 12 days since, it has
/// gathered 2,900 signatures": a span of days or weeks "since" with nothing
/// after it runs from the last full day told, in its sentence or the one
/// before, to the publication date (no end).
/// "In a letter dated 12 February, the commission gave Calloway 21 days to
/// justify the cuts. The reply, received on 10 March, four days inside that
/// deadline, …": a deadline is a span of days given from a day, and a day
/// told some days inside (or past) it must lie that far from the span's end.
/// The edge runs from the span given to its day, `part` the day told,
/// `offset` the signed days from the deadline (inside: negative), `parts`
/// the claim that says how far.
fn deadline_met(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let in_days = |k: usize| match &r.claims[k].value {
        Value::Duration { unit, amount } if matches!(unit, TimeUnit::Day | TimeUnit::Week) => {
            let per = if *unit == TimeUnit::Week { 7 } else { 1 };
            (amount.bound == claimcheck_claims::Bound::Exact)
                .then(|| {
                    rust_decimal::prelude::ToPrimitive::to_i64(&amount.nominal).map(|n| n * per)
                })
                .flatten()
        }
        _ => None,
    };
    let is_day = |k: usize| {
        r.claims[k].kind == Kind::Date
            && !r.claims[k].frame.dateline
            && matches!(&r.claims[k].value, Value::Date(x)
                if matches!(x.nominal, DateNominal::Day(_)) && x.low == x.high)
    };
    let deadline_noun = |j: usize| matches!(scan.low(j), "deadline" | "limit" | "window");
    for by in 0..r.claims.len() {
        let Some(n) = in_days(by) else {
            continue;
        };
        // "four days inside that deadline", "two days past the deadline",
        // "a week ahead of the deadline".
        let after = r.cands[by].last + 1;
        let (sign, at) = match scan.low(after) {
            "inside" | "within" | "before" => (-1, after + 1),
            "ahead" | "short" if scan.is(after + 1, "of") => (-1, after + 2),
            "after" | "past" | "beyond" | "outside" => (1, after + 1),
            _ => continue,
        };
        let named = matches!(scan.low(at), "that" | "the" | "this" | "its")
            && (deadline_noun(at + 1) || (scan.is(at + 1, "time") && scan.is(at + 2, "limit")));
        if !named {
            continue;
        }
        // The day told: the nearest day before, in the sentence.
        let here = r.claims[by].sentence;
        let Some(told) = (0..by)
            .rev()
            .take_while(|&k| r.claims[k].sentence == here)
            .find(|&k| is_day(k))
        else {
            continue;
        };
        // The span given, within three sentences before, its day in its
        // own sentence before it: "gave Calloway 21 days", "a 28-day
        // window", "had 14 days to respond".
        let given = (0..told)
            .rev()
            .take_while(|&k| here - r.claims[k].sentence <= 3)
            .find(|&k| {
                in_days(k).is_some() && {
                    let f = r.cands[k].first;
                    let before = scan.low(f.wrapping_sub(1));
                    let gave = (f.saturating_sub(4)..f).any(|j| {
                        matches!(
                            scan.low(j),
                            "gave" | "given" | "give" | "allowed" | "granted" | "set"
                        )
                    });
                    gave || before == "had" || deadline_noun(r.cands[k].last + 1)
                }
            });
        let Some(given) = given else {
            continue;
        };
        let start = (0..given)
            .rev()
            .take_while(|&k| r.claims[k].sentence == r.claims[given].sentence)
            .find(|&k| is_day(k));
        if let Some(start) = start {
            let mut e = r.edge_at(EdgeKind::Elapsed, given, start, r.claims[start].span);
            e.part = Some(told);
            e.offset = sign * n;
            e.parts = vec![by];
            out.push(e);
        }
    }
}

fn days_since(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    for d in 0..r.claims.len() {
        let days = matches!(
            &r.claims[d].value,
            Value::Duration {
                unit: TimeUnit::Day | TimeUnit::Week,
                ..
            }
        );
        let next = r.cands[d].last + 1;
        if !days
            || !scan.is(next, "since")
            || matches!(
                scan.kind(next + 1),
                Some(crate::scan::TokenKind::Word | crate::scan::TokenKind::Number)
            )
        {
            continue;
        }
        let here = r.claims[d].sentence;
        let start = (0..d)
            .rev()
            .take_while(|&k| here - r.claims[k].sentence <= 1)
            .find(|&k| {
            let c = &r.claims[k];
            c.kind == Kind::Date
                && !c.frame.dateline
                && !c.frame.relative
                && matches!(&c.value, Value::Date(x) if matches!(x.nominal, DateNominal::Day(_)))
        });
        // Only the nearest figure of time: another date or span between
        // would be the one counted from.
        if let Some(s) = start.filter(|&s| {
            (s + 1..d).all(|k| !matches!(r.claims[k].kind, Kind::Date | Kind::Duration))
        }) {
            out.push(r.edge_at(EdgeKind::Elapsed, d, s, r.claims[s].span));
        }
    }
}

/// "The kitchen shut on 22 September and reopened on 29 September after a
/// fortnight-long closure"; "walked out on 4 May and returned on 16 May after
/// a 12-day strike": a span in days or weeks told in a sentence whose two
/// days are its start (a verb of starting or stopping) and its end (a verb of
/// ending or resuming), in that order. A span said to last per unit, to
/// recur ("every ten days") or counted from an event ("ten days after") is
/// none of these.
fn spans_between_days(r: &Relator, out: &mut Vec<Edge>) {
    let scan = r.scan;
    let g = r.grammar;
    let is_day = |k: usize| {
        r.claims[k].kind == Kind::Date
            && !r.claims[k].frame.dateline
            && matches!(&r.claims[k].value, Value::Date(d)
                if matches!(d.nominal, DateNominal::Day(_)))
    };
    let verb_of = |k: usize| r.claims[k].frame.predicate.as_deref().unwrap_or("");
    for d in 0..r.claims.len() {
        let days = matches!(
            &r.claims[d].value,
            Value::Duration {
                unit: TimeUnit::Day | TimeUnit::Week,
                ..
            }
        );
        let frame = &r.claims[d].frame;
        if !days
            || frame.counts_from.is_some()
            || frame.scope.iter().any(|s| s.starts_with("per "))
            || matches!(scan.low(r.cands[d].first.wrapping_sub(1)), "every" | "each")
        {
            continue;
        }
        let (s0, s1) = scan.sentence_of(r.cands[d].first);
        let mut dates: Vec<usize> = (s0..s1)
            .filter_map(|j| r.layout.claim_at(j))
            .filter(|&k| k != d && is_day(k))
            .collect();
        dates.dedup();
        let &[start, end] = dates.as_slice() else {
            continue;
        };
        let opens = g.start_verbs.contains(verb_of(start)) || g.halt_verbs.contains(verb_of(start));
        // "opened on 29 September and heard nine weeks of evidence before the
        // jury was sent out on 11 November": the span runs up to a day told
        // after "before" or "until".
        let (first, last) = (r.cands[start].last, r.cands[end].first);
        let bounded = first < r.cands[d].first
            && r.cands[d].last < last
            && (r.cands[d].last + 1..last)
                .any(|j| matches!(scan.low(j), "before" | "until" | "till"));
        let closes =
            g.end_words.contains(verb_of(end)) || g.resume_verbs.contains(verb_of(end)) || bounded;
        if opens && closes && verb_of(start) != verb_of(end) {
            let mut e = r.edge_at(EdgeKind::Elapsed, d, start, r.claims[start].span);
            e.part = Some(end);
            out.push(e);
        }
    }
}
