//! Frames: what each figure is about, read once from the scan so that no check
//! re-reads the text. For every claim: the noun it counts (lemmatised), whether
//! it names a part ("23 of the survivors") or a known whole ("all six", "its 14"),
//! its owner, the verb that governs it, the tense of its clause, the date that
//! dates it, scope marks, change words, and clause, sentence and paragraph ids.
//!
//! Everything is token arithmetic over one sentence; the cost is linear in the
//! document.

use crate::candidate::Placed;
use crate::grammar::Grammar;
use crate::scan::{Scan, TokenKind};
use claimcheck_claims::{Claim, Frame, Head, Kind, Tense};

/// Where clauses, paragraphs and claims lie in one document, computed once.
/// Every table is per clause, sentence or claim, none per token: a token's
/// clause and claim are found by binary search, so a long document's layout
/// costs a tenth of its tokens' memory.
pub struct Layout {
    /// The first token of each clause, in order. A sentence start that is also
    /// a clause break opens two clause numbers at one token, as counting does;
    /// a token's clause is the last one opened at or before it.
    clause_starts: Vec<u32>,
    /// For each stretch of `BUCKET` tokens, the clause of its first token.
    clause_from: Vec<u32>,
    /// Paragraph number of each sentence: a blank line always ends a
    /// sentence, so a paragraph is a run of whole sentences.
    paragraph: Vec<u32>,
    /// Stretches of tokens covered by a claim, in order and without overlap,
    /// as (first token, last token, claim): where claims overlap, the earlier
    /// claim keeps the tokens they share.
    claim_runs: Vec<(u32, u32, u32)>,
    /// For each stretch of `BUCKET` tokens, the first run that ends in it or
    /// later: a lookup searches a handful of runs, not all of them (claims are
    /// looked up token by token around every figure).
    run_from: Vec<u32>,
}

/// Tokens per entry of `Layout::run_from`.
const BUCKET: usize = 64;

impl Layout {
    pub fn new(scan: &Scan, cands: &[Placed]) -> Self {
        let n = scan.len();
        let mut clause_starts = vec![0u32];
        let mut paragraph = Vec::with_capacity(scan.sentences.len());
        let mut p = 0u32;
        for i in 0..n {
            let t = &scan.tokens[i];
            if i > 0 {
                if t.sentence != scan.tokens[i - 1].sentence {
                    clause_starts.push(i as u32);
                }
                if t.newline_before {
                    let gap = &scan.text[scan.tokens[i - 1].span().end..t.span().start];
                    if gap.bytes().filter(|&b| b == b'\n').count() >= 2 {
                        p += 1;
                    }
                }
            }
            if is_clause_break(scan, i) {
                clause_starts.push(i as u32);
            }
            if paragraph.len() == t.sentence as usize {
                paragraph.push(p);
            }
        }
        clause_starts.shrink_to_fit();
        let clause_from = (0..n.div_ceil(BUCKET) + 1)
            .map(|b| {
                (clause_starts
                    .partition_point(|&start| start as usize <= b * BUCKET)
                    .saturating_sub(1)) as u32
            })
            .collect();
        // Candidates come in text order (by first token); a later one that
        // overlaps an earlier keeps only the tokens past it.
        let mut claim_runs: Vec<(u32, u32, u32)> = Vec::with_capacity(cands.len());
        let mut covered: Option<usize> = None;
        for (k, cand) in cands.iter().enumerate() {
            debug_assert!(k == 0 || cands[k - 1].first <= cand.first);
            let first = covered.map_or(cand.first, |c| cand.first.max(c + 1));
            if first <= cand.last {
                claim_runs.push((first as u32, cand.last as u32, k as u32));
                covered = Some(cand.last);
            }
        }
        let run_from = (0..n.div_ceil(BUCKET) + 1)
            .map(|b| {
                claim_runs.partition_point(|&(_, last, _)| (last as usize) < b * BUCKET) as u32
            })
            .collect();
        Layout {
            clause_starts,
            clause_from,
            paragraph,
            claim_runs,
            run_from,
        }
    }

    /// Clause number of token `i`.
    pub fn clause(&self, i: usize) -> usize {
        // Between the clause of this bucket's first token and that of the
        // next bucket's.
        let b = i / BUCKET;
        let lo = self.clause_from.get(b).map_or(0, |&c| c as usize);
        let hi = self
            .clause_from
            .get(b + 1)
            .map_or(self.clause_starts.len(), |&c| {
                (c as usize + 1).min(self.clause_starts.len())
            });
        lo + self.clause_starts[lo..hi.max(lo)]
            .partition_point(|&start| start as usize <= i)
            .saturating_sub(1)
    }

    /// Paragraph number of token `i` of `scan`.
    pub fn paragraph(&self, scan: &Scan, i: usize) -> usize {
        self.paragraph[scan.tokens[i].sentence as usize] as usize
    }

    /// The claim covering token `i`, if any (none past the end).
    pub fn claim_at(&self, i: usize) -> Option<usize> {
        // The run holding `i` ends at `i` or later, so it is no earlier than
        // the bucket's first; it starts at `i` or before, so it is no later
        // than the next bucket's first.
        let b = i / BUCKET;
        let lo = *self.run_from.get(b)? as usize;
        let hi = self
            .run_from
            .get(b + 1)
            .map_or(self.claim_runs.len(), |&r| {
                (r as usize + 1).min(self.claim_runs.len())
            });
        let runs = &self.claim_runs[lo..hi.max(lo)];
        let at = runs.partition_point(|&(first, _, _)| first as usize <= i);
        let &(_, last, k) = runs.get(at.checked_sub(1)?)?;
        (i <= last as usize).then_some(k as usize)
    }

    /// The claims covering tokens of `[a, b)`, in order, as (first token,
    /// last token, claim), clipped to the range.
    pub fn runs_in(&self, a: usize, b: usize) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let lo = self
            .claim_runs
            .partition_point(|&(_, last, _)| (last as usize) < a);
        let hi = self
            .claim_runs
            .partition_point(|&(first, _, _)| (first as usize) < b);
        self.claim_runs[lo..hi.max(lo)]
            .iter()
            .map(move |&(first, last, k)| {
                (
                    (first as usize).max(a),
                    (last as usize).min(b - 1),
                    k as usize,
                )
            })
    }

    /// Token range `[a, b)` of the clause holding token `i`.
    pub fn clause_range(&self, scan: &Scan, i: usize) -> (usize, usize) {
        let (s0, s1) = scan.sentence_of(i);
        let c = self.clause(i);
        let start = self.clause_starts[c] as usize;
        let end = self
            .clause_starts
            .get(c + 1)
            .map_or(scan.len(), |&e| e as usize);
        (start.max(s0).min(i), end.min(s1).max(i + 1))
    }
}

/// Punctuation and conjunctions that open a new clause.
fn is_clause_break(scan: &Scan, i: usize) -> bool {
    match scan.kind(i) {
        Some(TokenKind::Punct) => {
            // "4:35 p.m.": a time of day's colon, digits glued either side,
            // joins no clauses.
            let time_of_day = scan.text(i) == ":"
                && !scan.tokens[i].space_before
                && i > 0
                && scan.kind(i - 1) == Some(TokenKind::Number)
                && scan.kind(i + 1) == Some(TokenKind::Number)
                && !scan.tokens[i + 1].space_before;
            (matches!(scan.text(i), "," | ";" | ":" | "(" | ")" | "—") && !time_of_day)
                || (scan.text(i) == "–" && scan.tokens[i].space_before)
        }
        Some(TokenKind::Word) => matches!(
            scan.low(i),
            "while" | "whereas" | "but" | "although" | "though" | "which" | "who" | "where"
        ),
        _ => false,
    }
}

/// How strongly a tense marker decides a clause: a future or modal word
/// over a perfect, a perfect over a past, a past over a present.
fn strength(t: Tense) -> u8 {
    match t {
        Tense::Future | Tense::Modal => 4,
        Tense::Perfect => 3,
        Tense::Past => 2,
        Tense::Present => 1,
        Tense::Unknown => 0,
    }
}

/// Whether a relative word ("which", "who", "where" …) stands in tokens
/// `[a, b)`, opening a clause about its own noun.
fn opens_relative(scan: &Scan, a: usize, b: usize) -> bool {
    (a..b).any(|t| matches!(scan.low(t), "which" | "who" | "whom" | "whose" | "where"))
}

fn is_word(scan: &Scan, i: usize) -> bool {
    scan.kind(i) == Some(TokenKind::Word)
}

/// The possessor in a possessive token: "group's" → "group", "its" → "its".
pub(crate) fn possessor(scan: &Scan, i: usize) -> Option<String> {
    // "the villages' 231 inhabitants": a plural's apostrophe stands as its
    // own token, glued to the word and followed by a space.
    if matches!(scan.text(i), "'" | "’")
        && scan.joined(i)
        && !scan.joined(i + 1)
        && is_word(scan, i - 1)
    {
        return scan
            .low(i - 1)
            .strip_suffix('s')
            .filter(|stem| stem.len() > 1)
            .map(str::to_string);
    }
    if !is_word(scan, i) {
        return None;
    }
    let w = scan.low(i);
    if matches!(w, "its" | "their" | "his" | "her" | "our") {
        return Some(w.to_string());
    }
    for suffix in ["'s", "’s", "s'", "s’"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if !stem.is_empty() {
                // "s'" keeps the plural's s off: "the clubs'" → "club".
                return Some(stem.to_string());
            }
        }
    }
    None
}

/// Builds frames for the claims of one document.
pub struct FrameBuilder<'a> {
    scan: &'a Scan<'a>,
    grammar: &'a Grammar,
    dates: &'a crate::date::DateLexicon,
    numbers: &'a crate::lexicon::Lexicon,
    cands: &'a [Placed],
    layout: Layout,
    /// The last token of the scope phrase starting at each token, within its
    /// sentence; computed once, as every claim of a sentence looks them up.
    scope_at: PhraseEnds,
    /// Likewise for change phrases.
    change_at: PhraseEnds,
}

/// The phrases of one table found in a document: (first token, last token),
/// in token order. Kept sparse, as few tokens start one, so a long document
/// costs no slot per token.
struct PhraseEnds(Vec<(usize, usize)>);

impl PhraseEnds {
    /// The last token of the phrase starting at token `i`.
    fn at(&self, i: usize) -> Option<usize> {
        self.0
            .binary_search_by_key(&i, |&(first, _)| first)
            .ok()
            .map(|k| self.0[k].1)
    }
}

impl<'a> FrameBuilder<'a> {
    pub fn new(
        scan: &'a Scan<'a>,
        grammar: &'a Grammar,
        dates: &'a crate::date::DateLexicon,
        numbers: &'a crate::lexicon::Lexicon,
        cands: &'a [Placed],
    ) -> Self {
        let phrases = |table: &crate::grammar::Phrases| -> PhraseEnds {
            PhraseEnds(
                (0..scan.len())
                    .filter_map(|i| Some((i, table.match_at(scan, i, scan.sentence_of(i).1)?)))
                    .collect(),
            )
        };
        FrameBuilder {
            scan,
            grammar,
            dates,
            numbers,
            cands,
            layout: Layout::new(scan, cands),
            scope_at: phrases(&grammar.scope),
            change_at: phrases(&grammar.change),
        }
    }

    /// The per-token layout, kept for the relation recognizers once the
    /// frames are built.
    pub fn into_layout(self) -> Layout {
        self.layout
    }

    /// Gives each claim (one per candidate, in order) its frame. Written in
    /// place: a separate list of frames beside the claims would double the
    /// frames' memory on a long document.
    pub fn fill(&self, claims: &mut [Claim]) {
        for k in 0..claims.len() {
            let mut frame = self.frame(k, claims);
            self.set_modifiers(k, &mut frame);
            claims[k].frame = frame;
        }
        self.add_context(claims);
        self.mark_widened(claims);
        self.add_anchors(claims);
    }

    /// "Power was restored on Tuesday, four days after the storm hit": a gap
    /// counted from an event its clause names without a date takes the
    /// nearest earlier full date whose sentence shares a content word with
    /// the event's words ("… making landfall on Sunday, 9 March, the
    /// strongest storm to hit the island").
    fn add_anchors(&self, claims: &mut [Claim]) {
        let scan = self.scan;
        let days: Vec<bool> = (0..self.cands.len())
            .map(|k| {
                self.cands[k].kind == Kind::Date
                    && matches!(&claims[k].value, claimcheck_claims::Value::Date(d)
                        if matches!(d.nominal, claimcheck_claims::DateNominal::Day(_)))
                    && !claims[k].frame.dateline
            })
            .collect();
        let day = |k: usize| days[k];
        for (k, frame) in claims.iter_mut().map(|c| &mut c.frame).enumerate() {
            if !matches!(frame.counts_from.as_deref(), Some("after" | "before")) {
                continue;
            }
            let from = self.cands[k].last + 2;
            let (_, c1) = self.layout.clause_range(scan, self.cands[k].first);
            // A date in the clause itself dates the event.
            if (from..c1).any(|j| self.layout.claim_at(j).is_some_and(day)) {
                continue;
            }
            // Compared by root, so "the opening night" finds "opened on 3
            // September", "the board's declaration" finds "declared" and "the
            // closure" finds "closed": a verb's ending, or a noun made from
            // a verb, comes off, and a final "e" left after it
            // ("announcement", "announced").
            // Short verbs keep three letters: "voted" and "the vote" meet
            // at "vot".
            let root = |w: &str| -> String {
                let l = self.grammar.lemma(w);
                for suffix in ["ation", "ing", "ion", "ment", "ure", "ed", "es", "s"] {
                    if let Some(r) = l.strip_suffix(suffix) {
                        let short = matches!(suffix, "ed" | "ing") && r.len() == 3;
                        if r.len() >= 4 || short {
                            return r
                                .strip_suffix('e')
                                .filter(|r| r.len() >= 4)
                                .unwrap_or(r)
                                .to_string();
                        }
                    }
                }
                match l.strip_suffix('e') {
                    Some(r) if r.len() == 3 => r.to_string(),
                    _ => l,
                }
            };
            let words: Vec<String> = (from..c1.min(from + 6))
                .filter(|&j| self.nounish(j))
                .map(|j| root(scan.low(j)))
                .collect();
            if words.is_empty() {
                continue;
            }
            // Other names of the event ("the raid" … "broke in").
            let groups: Vec<usize> = words
                .iter()
                .filter_map(|w| self.grammar.event_group.get(w))
                .flatten()
                .copied()
                .collect();
            let s_k = frame.sentence;
            let sentence_of = |d: usize| scan.tokens[self.cands[d].first].sentence as usize;
            // The word must stand in the date's own clause: "arrested the men
            // on 9 March after a car linked to the raid was stopped" dates the
            // arrest, not the raid.
            // An earlier sentence, or an earlier clause of this one ("opened
            // on 3 September and closed on 16 October, five weeks after the
            // opening night").
            let clause_of = |d: usize| self.layout.clause(self.cands[d].first);
            // In this sentence only behind the date the gap ends at ("closed
            // on 16 October"), never that date itself.
            let before = |d: usize| {
                sentence_of(d) < s_k
                    || (sentence_of(d) == s_k
                        && clause_of(d) < clause_of(k)
                        && (d + 1..k).any(|e| day(e) && sentence_of(e) == s_k))
            };
            // Within the reach of relations, so a long text costs no square.
            let near = |d: &usize| sentence_of(*d) + crate::relate::REACH >= s_k;
            frame.anchor = (0..k)
                .rev()
                .take_while(near)
                .find(|&d| {
                    day(d) && before(d) && {
                        let (a, b) = self.layout.clause_range(scan, self.cands[d].first);
                        let (_, s1) = scan.sentence_of(self.cands[d].first);
                        // … up to a subordinate clause after the date.
                        let b = (self.cands[d].last + 1..b)
                            .find(|&j| {
                                matches!(
                                    scan.low(j),
                                    "after" | "before" | "when" | "while" | "because" | "until"
                                )
                            })
                            .unwrap_or(b);
                        (a..b).any(|j| {
                            // The token's root once, not once per event word.
                            let r = root(scan.low(j));
                            words.iter().any(|w| {
                                // "the first stones fell" … "Hailstones fell": a
                                // compound ending in the event's noun.
                                r == *w
                                    || (w.len() >= 5
                                        && r.len() > w.len()
                                        && r.ends_with(w.as_str()))
                            }) || groups.iter().any(|&g| {
                                self.grammar.event_names[g].match_at(scan, j, s1).is_some()
                            })
                        })
                    }
                })
                .map(|d| d as u32);
        }
    }

    /// "the fourth member of the 13-nation compact to give up coal": the verb
    /// after "to", within the ordinal's clause, when it is not one of joining.
    fn act_after(&self, last: usize) -> Option<String> {
        let scan = self.scan;
        let s1 = scan.sentence_of(last).1;
        let to = (last + 1..(last + 12).min(s1))
            .take_while(|&j| {
                !(scan.is_punct(j, ',') || scan.is_punct(j, ';') || scan.is_punct(j, ':'))
            })
            .find(|&j| scan.is(j, "to") && self.layout.claim_at(j + 1).is_none())?;
        let verb = scan.low(to + 1);
        // "the eighth visit to Asia": a name after "to" is a place, no act.
        (scan.kind(to + 1) == Some(crate::scan::TokenKind::Word)
            && !scan.capitalized(to + 1)
            && !matches!(verb, "the" | "a" | "an" | "its" | "their")
            && !self.grammar.joining_verbs.contains(verb))
        .then(|| verb.to_string())
    }

    /// "dozens, and possibly hundreds": a vague quantity followed by another
    /// with only words of widening between is the floor of a range.
    fn mark_widened(&self, claims: &mut [Claim]) {
        let scan = self.scan;
        let vague = |c: &Claim| {
            matches!(&c.value,
                claimcheck_claims::Value::Number(i) if i.bound == claimcheck_claims::Bound::Vague)
        };
        for (k, pair) in self.cands.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            if !(vague(&claims[k]) && vague(&claims[k + 1])) || b.first <= a.last {
                continue;
            }
            claims[k].frame.widened = (a.last + 1..b.first)
                .all(|j| !is_word(scan, j) || self.grammar.widening_words.contains(scan.low(j)));
        }
    }

    /// "KESTREL BAY, June 6 —": a date after a place in capitals and a comma
    /// at a paragraph's start, followed by a dash.
    fn is_dateline(&self, first: usize, last: usize) -> bool {
        let scan = self.scan;
        // "MARLBECK, Sept 2 (Sportwire) -": the agency may stand between.
        let mut after = last + 1;
        if scan.is_punct(after, '(') {
            if let Some(close) =
                (after + 1..(after + 6).min(scan.len())).find(|&k| scan.is_punct(k, ')'))
            {
                after = close + 1;
            }
        }
        let dash = scan.is_dash(after);
        if !dash || first == 0 || !scan.is_punct(first - 1, ',') {
            return false;
        }
        // Back from the comma to the paragraph's start, every word in
        // capitals; the first lower-case word ends the walk, so a long
        // paragraph costs no more than its dateline.
        let p = self.layout.paragraph(self.scan, first);
        let mut j = first - 1;
        let mut any = false;
        while j > 0 && self.layout.paragraph(self.scan, j - 1) == p {
            j -= 1;
            if is_word(scan, j) && scan.text(j).chars().any(char::is_lowercase) {
                return false;
            }
            any = true;
        }
        any
    }

    /// Each frame's context marks: the context words from its paragraph's
    /// start to the end of its sentence (or the first ";" after it), and the
    /// years written in its sentence. The context words seen so far in the
    /// paragraph are kept as a bit set in one walk over the tokens, read off
    /// at each claim's end, so this stays linear.
    fn add_context(&self, claims: &mut [Claim]) {
        let scan = self.scan;
        let words = &self.grammar.context_words;
        // Where each claim's stretch ends (exclusive), in token order.
        let mut ends: Vec<(usize, usize)> = self
            .cands
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let (_, s1) = scan.sentence_of(c.first);
                let end = (c.last + 1..s1)
                    .find(|&j| scan.is_punct(j, ';'))
                    .unwrap_or(s1);
                (end, k)
            })
            .collect();
        ends.sort_unstable();
        let mut seen = vec![0u64; self.cands.len()];
        let mut next = 0;
        let mut bits: u64 = 0;
        for j in 0..=scan.len() {
            // The bits through token j - 1 are those of a stretch ending at j.
            while next < ends.len() && ends[next].0 <= j {
                if ends[next].0 == j {
                    seen[ends[next].1] = bits;
                }
                next += 1;
            }
            if j == scan.len() {
                break;
            }
            if j > 0
                && self.layout.paragraph(self.scan, j) != self.layout.paragraph(self.scan, j - 1)
            {
                bits = 0;
            }
            // A word of a figure itself ("48.6 per cent", "one in every
            // four") marks nothing; a date's does ("last year").
            let in_figure = self
                .layout
                .claim_at(j)
                .is_some_and(|k| self.cands[k].kind != Kind::Date);
            // "each year", "every season" recur; "each of the 11 ballots",
            // "14 permits, each allowing …" share a set out, in this event.
            let shared_out = matches!(scan.low(j), "each" | "every")
                && !matches!(
                    scan.low(j + 1),
                    "year"
                        | "month"
                        | "week"
                        | "day"
                        | "night"
                        | "season"
                        | "time"
                        | "summer"
                        | "winter"
                        | "spring"
                        | "autumn"
                );
            // "the queue stretches back past the harbour office": "past"
            // as a preposition sets no time apart.
            let passing = scan.is(j, "past")
                && matches!(
                    scan.low(j + 1),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her"
                )
                && !matches!(
                    scan.low(j.wrapping_sub(1)),
                    "the" | "this" | "in" | "over" | "for" | "during"
                );
            if !in_figure && !shared_out && !passing {
                if let Some(&b) = self.grammar.context_bit.get(scan.low(j)) {
                    bits |= 1 << b;
                }
            }
        }
        // Years by sentence, with the clause they stand in and whether that
        // clause is relative ("…, the older of which was built in 1969"): a
        // relative clause's year describes its own noun, not the sentence's
        // other figures.
        let mut years: rustc_hash::FxHashMap<usize, Vec<(String, usize, bool)>> =
            Default::default();
        for (k, c) in self.cands.iter().enumerate() {
            if let (Kind::Date, true, claimcheck_claims::Value::Date(iv)) =
                (c.kind, claims[k].frame.year_written, &claims[k].value)
            {
                let (c0, _) = self.layout.clause_range(scan, c.first);
                let relative = opens_relative(scan, c0, (c0 + 4).min(c.first));
                let entry = years.entry(claims[k].frame.sentence).or_default();
                let mark = format!("year:{}", iv.low.year());
                entry.push((mark, claims[k].frame.clause, relative));
            }
        }
        let mut shared: rustc_hash::FxHashMap<Vec<String>, std::sync::Arc<[String]>> =
            Default::default();
        for (k, &bits) in seen.iter().enumerate() {
            let f = &mut claims[k].frame;
            let mut context: Vec<String> = Vec::new();
            for (mark, clause, relative) in years.get(&f.sentence).into_iter().flatten() {
                if (!relative || *clause == f.clause) && !context.contains(mark) {
                    context.push(mark.clone());
                }
            }
            context.extend(
                (0..words.len())
                    .filter(|&w| bits & (1 << w) != 0)
                    .map(|w| format!("word:{}", words[w])),
            );
            context.sort();
            f.context = match shared.get(&context) {
                Some(marks) => marks.clone(),
                None => {
                    let marks: std::sync::Arc<[String]> = context.clone().into();
                    shared.insert(context, marks.clone());
                    marks
                }
            };
        }
    }

    /// Whether the scope phrase at `start..=end` governs claim `k`, whose clause
    /// starts at `c0`. A setting ("In another district,") governs the whole
    /// sentence; a quantifier binds its own phrase. "each" and "every" reach
    /// only their clause ("To run a train in each direction every night, it
    /// leased 16 cars" counts no rate), and "each of the six bridges" is the
    /// six bridges named back, not a share per bridge. "In all," reaches the
    /// figure next to it, not "38 villagers" after another figure, and "73 days
    /// in all, with a team of 64 volunteers" closes the days.
    fn quantifier_reaches(&self, k: usize, start: usize, end: usize, c0: usize) -> bool {
        let scan = self.scan;
        let first = self.cands[k].first;
        match scan.low(start) {
            "each" | "every" if start == end => {
                // "every one of the 11 riders": all of them, named back.
                let one = if scan.is(end + 1, "one") {
                    1
                } else if scan.is(end + 1, "single") && scan.is(end + 2, "one") {
                    2
                } else {
                    0
                };
                let of_the = scan.is(end + one + 1, "of")
                    && (first == end + one + 2
                        || (first == end + one + 3
                            && self.grammar.definite.contains(scan.low(end + one + 2))));
                // "whose 2,680 members each hold a single share": "each"
                // floating after a count's noun, before its verb, spreads the
                // verb over the members; it makes no rate of the count.
                let last = self.cands[k].last;
                let floating = self.cands[k].kind == Kind::Count
                    && scan.is(start, "each")
                    && start > last
                    && start <= last + 3
                    && is_word(scan, start + 1)
                    && self.layout.claim_at(start + 1).is_none()
                    && !self.grammar.function_words.contains(scan.low(start + 1));
                start >= c0 && !of_the && !floating
            }
            "in" if scan.is(end, "all") => {
                let opens = start == scan.sentence_of(first).0;
                let between = end + 1..first;
                start >= c0
                    || (opens
                        && !between
                            .into_iter()
                            .any(|t| self.layout.claim_at(t).is_some_and(|c| c != k)))
            }
            // "Each of the 17 cruise calls brought an average of 1,400
            // passengers": "an average of" binds the figure it opens, not
            // the count that says what was averaged over.
            "average" if scan.is(end + 1, "of") => (end + 2..end + 4)
                .find_map(|t| self.layout.claim_at(t))
                .is_none_or(|o| o == k),
            _ => true,
        }
    }

    /// A content word that may be (part of) a counted noun.
    fn nounish(&self, i: usize) -> bool {
        let content = |j: usize| {
            is_word(self.scan, j) && !self.grammar.function_words.contains(self.scan.low(j))
        };
        // "3.4 billion crowns better off", but "412 bigger mains".
        let comparative = self.grammar.comparatives.contains(self.scan.low(i)) && !content(i + 1);
        content(i)
            && !comparative
            && self.layout.claim_at(i).is_none()
            && possessor(self.scan, i).is_none()
    }

    fn frame(&self, k: usize, claims: &[Claim]) -> Frame {
        let scan = self.scan;
        let c = &self.cands[k];
        let value = &claims[k].value;
        let (first, last) = (c.first, c.last);
        let (s0, s1) = scan.sentence_of(first);
        let (c0, c1) = self.layout.clause_range(scan, first);
        let mut f = Frame {
            clause: self.layout.clause(first),
            sentence: scan.tokens[first].sentence as usize,
            paragraph: self.layout.paragraph(self.scan, first),
            ..Frame::default()
        };
        if matches!(
            c.kind,
            Kind::Count | Kind::Ordinal | Kind::Percent | Kind::Money
        ) {
            self.head_and_part(k, &mut f, s1);
            self.owner_and_definite(k, &mut f, s0);
        }
        if c.kind == Kind::Ordinal {
            f.act = self.act_after(last).map(Into::into);
            // "Tuesday's concert, the tenth of the tour": an ordinal with no
            // noun of its own, in apposition, ranks the noun before it; the
            // noun after "of" names the series it is ranked in.
            let series = scan.is(last + 1, "of");
            if (f.head.is_none() || series) && first >= s0 + 3 && scan.is(first - 1, "the") {
                let noun = first - 3;
                if scan.is_punct(first - 2, ',')
                    && is_word(scan, noun)
                    && !scan.capitalized(noun)
                    && self.layout.claim_at(noun).is_none()
                    && self.nounish(noun)
                {
                    f.head = Some(self.head_at(noun));
                }
            }
        }
        if c.kind == Kind::Duration && c.first > s0 {
            // "in the same two months last year", "those three days": a
            // period named again.
            let before = c.first - 1;
            f.definite = matches!(scan.low(before), "those" | "these")
                || (scan.is(before, "same")
                    && before > s0
                    && self.grammar.definite.contains(scan.low(before - 1)));
        }
        if c.kind == Kind::Duration {
            // "three weeks after", "six weeks later"; "for three days", "over
            // a fortnight" make a span, not a gap; "brought forward by a
            // fortnight after …" is how far a date moved.
            let next = scan.low(last + 1);
            // "14 months later than first planned": a delay against a plan,
            // counted from no date the text gives.
            if matches!(next, "after" | "before" | "later" | "earlier" | "ago")
                && !scan.is(last + 2, "than")
            {
                f.counts_from = Some(next.into());
            }
            let before = first.wrapping_sub(1);
            if is_word(scan, before)
                && matches!(
                    scan.low(before),
                    "for" | "lasting" | "over" | "within" | "by"
                )
            {
                f.preposition = Some(scan.low(before).into());
            }
        }
        if c.kind == Kind::Date {
            f.dateline = self.is_dateline(first, last);
            f.weekday = self.dates.stated_weekday(scan, first, last);
            // "in October this year", "in May last year": the words fix the
            // year as firmly as digits would.
            let year_in_words = matches!(scan.low(last + 1), "this" | "last" | "next")
                && scan.is(last + 2, "year")
                && self.dates.names_month(scan, first, last);
            f.year_written = year_in_words
                || (first..=last).any(|i| {
                    let t = scan.text(i).as_bytes();
                    t.len() >= 4 && t[..4].iter().all(u8::is_ascii_digit)
                });
            // "Saturday the 20th", the one such day near publication, is
            // placed by the calendar, not by the tense.
            f.relative =
                !f.year_written && !self.dates.names_month(scan, first, last) && !c.weekday_fixed;
            // "contained on the 20th, after … on 6 August": a day whose month a
            // full date in its sentence gives is placed by that date, not by
            // the tense.
            let ordinal_day = matches!(value, claimcheck_claims::Value::Date(d)
                if matches!(d.nominal, claimcheck_claims::DateNominal::Day(_)))
                && (first..=last).any(|i| {
                    self.numbers.ordinals.at(scan, i).is_some()
                        || (scan.kind(i) == Some(crate::scan::TokenKind::Mixed)
                            && ["st", "nd", "rd", "th"]
                                .iter()
                                .any(|x| scan.low(i).ends_with(x)))
                });
            if f.relative && ordinal_day {
                let (s0, s1) = scan.sentence_of(first);
                // Candidates are in text order: the sentence's by bisection.
                let lo = self.cands.partition_point(|m| m.first < s0);
                let dated_mate = self.cands[lo..]
                    .iter()
                    .zip(&claims[lo..])
                    .take_while(|(m, _)| m.first < s1)
                    .any(|(m, mc)| {
                        m.kind == Kind::Date
                            && m.first >= s0
                            && m.last < s1
                            && (m.first, m.last) != (first, last)
                            && self.dates.names_month(scan, m.first, m.last)
                            && matches!(&mc.value, claimcheck_claims::Value::Date(d)
                            if matches!(d.nominal, claimcheck_claims::DateNominal::Day(_)))
                    });
                f.relative = !dated_mate;
            }
            // "has called a meeting next Thursday, Sept 25": the date's own
            // word places it ahead, whatever the tense around it.
            if scan.is(first, "next") || (scan.is(first, "this") && scan.is(first + 1, "coming")) {
                f.relative = true;
            }
            let before = first.wrapping_sub(1);
            // "until 5 p.m. on 15 March": a deadline word a few tokens back wins.
            let (cs, _) = self.layout.clause_range(scan, first);
            // Only a time of day or a weekday may stand between ("until 5 p.m.
            // on Friday, 15 March"), not a noun phrase and its verb ("clear
            // soil from the gasworks site began on 15 December").
            let timeish = |j: usize| {
                !is_word(scan, j)
                    || scan.capitalized(j)
                    || matches!(
                        scan.low(j),
                        "on" | "the"
                            | "at"
                            | "a.m"
                            | "p.m"
                            | "am"
                            | "pm"
                            | "noon"
                            | "midnight"
                            | "end"
                            | "of"
                            | "close"
                            | "start"
                    )
            };
            let deadline = (first.saturating_sub(6).max(cs)..first)
                .rev()
                .find(|&j| matches!(scan.low(j), "until" | "till" | "by" | "before" | "from"))
                .filter(|&j| (j + 1..first).all(timeish));
            if let Some(j) = deadline {
                f.preposition = Some(scan.low(j).into());
            } else if is_word(scan, before)
                && matches!(
                    scan.low(before),
                    "on" | "in"
                        | "by"
                        | "until"
                        | "till"
                        | "before"
                        | "after"
                        | "since"
                        | "from"
                        | "to"
                        | "through"
                        | "within"
                        | "during"
                        | "at"
                )
            {
                f.preposition = Some(scan.low(before).into());
            }
        }
        f.predicate = self.predicate(first, last, c0, c1).map(Into::into);
        f.tense = self.tense(first, c0, c1, s0);
        // "Both sides have agreed to meet a mediator on Monday, 17 March":
        // a date in what someone agreed, promised or pledged to do is that
        // act's, still to come when it was agreed.
        if c.kind == Kind::Date
            && (self.prospective_before(first, s0) || self.booked_for(first, c0))
        {
            f.tense = claimcheck_claims::Tense::Future;
        }
        // "The ministry said on 3 March that fares would rise": a date right
        // after a past reporting verb dates the report, whatever the
        // reported clause's tense.
        if c.kind == Kind::Date
            && first >= 3
            && f.tense != claimcheck_claims::Tense::Future
            && !matches!(scan.low(first - 3), "be" | "being" | "to")
            && matches!(scan.low(first - 1), "on" | "in")
            && matches!(
                scan.low(first - 2),
                "said" | "told" | "announced" | "confirmed" | "reported" | "stated" | "added"
            )
        {
            f.tense = claimcheck_claims::Tense::Past;
        }
        // "the 2026 quota deal", "its 2024 accounts": a year naming a thing
        // dates no event, so it has no tense of its own.
        if c.kind == Kind::Date
            && f.year_written
            && matches!(value, claimcheck_claims::Value::Date(d)
                if matches!(d.nominal, claimcheck_claims::DateNominal::Year(_)))
            && self.nounish(last + 1)
            && !self.grammar.is_past_form(scan.low(last + 1))
            && !scan.low(last + 1).ends_with("ing")
        {
            f.tense = claimcheck_claims::Tense::Unknown;
        }
        // "The season opens on April 25 with …, the play that was …": the
        // date's own verb is a timetable's present, whatever else the clause
        // says.
        if c.kind == Kind::Date && self.dates.scheduled_before(scan, first) {
            f.tense = claimcheck_claims::Tense::Future;
        }
        f.time = self.time(k, c0, c1, s0, s1).map(|d| d as u32);
        // Scope: from the sentence start to the end of the figure's clause, so an
        // opening "In another district," governs the figure.
        let mut j = s0;
        while j < c1 {
            if self.layout.claim_at(j) == Some(k) {
                j += 1;
                continue;
            }
            let phrase_end = self.scope_at.at(j).filter(|&e| e < c1);
            // "1,870 flights were diverted to other airports": after the
            // figure, a destination's word describes the place, not the
            // figure ("lost in other districts" still sets it apart).
            let place_word = matches!(
                scan.low(j),
                "other" | "nearby" | "neighbouring" | "neighboring" | "separate"
            );
            let destination = j > last
                && j > 0
                && matches!(scan.low(j - 1), "to" | "towards" | "into" | "onto")
                && place_word;
            // "14,600 homes in Esker and the neighbouring district of Moll":
            // after the figure, a scope word in a conjunct adds a place the
            // figure also covers.
            let article = usize::from(j > 0 && scan.low(j - 1) == "the");
            let coordinated =
                j > last && j > article + 1 && scan.low(j - article - 1) == "and" && place_word;
            // "trimming the schedule from 11 … to eight after another year of
            // falling traffic": a scope word inside a length of time is that
            // length's ("another year"), not the figure's.
            let in_length = self
                .layout
                .claim_at(j)
                .is_some_and(|o| o != k && self.cands[o].kind == Kind::Duration);
            if let Some(end) = phrase_end
                .filter(|&e| (j..=e).all(|t| self.layout.claim_at(t) != Some(k)))
                .filter(|_| !destination && !coordinated && !in_length)
                .filter(|&e| self.quantifier_reaches(k, j, e, c0))
            {
                let phrase = (j..=end).map(|t| scan.low(t)).collect::<Vec<_>>().join(" ");
                // "its annual grant" and "a subsidy … a year" are one rate.
                let phrase = match phrase.as_str() {
                    "annual" | "annually" | "yearly" => "per year".to_string(),
                    _ => phrase,
                };
                if !f.scope.contains(&phrase) {
                    f.scope.push(phrase);
                }
                j = end + 1;
                continue;
            }
            j += 1;
        }
        // A rate: "500 a year", "40 homes a week", "12 per day".
        // After the noun that follows the figure; a noun before it ("a
        // subsidy of 4.5 million euros a year") leaves the figure's end.
        let after = f
            .head
            .as_ref()
            .filter(|h| h.span.start >= scan.tokens[last].span().end)
            .map_or(last + 1, |h| {
                scan.tokens.partition_point(|t| t.span().start < h.span.end)
            });
        if matches!(scan.low(after), "a" | "an" | "per" | "each" | "every")
            && matches!(
                scan.low(after + 1),
                "year"
                    | "month"
                    | "week"
                    | "day"
                    | "hour"
                    | "minute"
                    | "season"
                    | "head"
                    | "weekday"
                    | "weekend"
                    | "night"
                    | "fortnight"
                    | "quarter"
            )
        {
            let rate = format!("per {}", scan.low(after + 1));
            if !f.scope.contains(&rate) {
                f.scope.push(rate);
            }
        } else if scan.is(after, "for")
            && matches!(scan.low(after + 1), "a" | "an" | "each" | "every")
        {
            // A unit price: "12,000 kroner for an air-source pump".
            f.scope.push(format!("per {}", scan.low(after + 2)));
        }
        // A planned or permitted level: "the ministry's target of 5,400
        // trainees", "a cap of 300".
        if first >= 2
            && matches!(scan.low(first - 1), "of" | "for")
            && self
                .grammar
                .targets
                .contains(&self.grammar.lemma(scan.low(first - 2)))
        {
            f.scope.push("target".to_string());
        }
        // A past occasion recalled: "the biggest march since 2019, when more
        // than 20,000 people marched", "the worst since March 1998, when 300
        // homes were lost": a "when" just after a date with its year written
        // opens a clause about that date, and its figures count that occasion.
        if let Some(when) = (s0 + 2..first)
            .rev()
            .find(|&j| scan.is(j, "when") && scan.is_punct(j - 1, ','))
        {
            let one_clause =
                !(when + 1..first).any(|j| scan.is_punct(j, ',') || scan.is_punct(j, ';'));
            let dated = self.layout.claim_at(when - 2).is_some_and(|d| {
                self.cands[d].kind == Kind::Date
                    && self.cands[d].last == when - 2
                    && (self.cands[d].first..when - 1).any(|t| {
                        scan.kind(t) == Some(crate::scan::TokenKind::Number)
                            && scan.low(t).len() == 4
                    })
            });
            if one_clause && dated {
                f.scope.push("recalled".to_string());
            }
        }
        // An old level: "The pot grew by 4%, from 467.6 million crowns" (a
        // change's starting point set off by a comma, with the new level left
        // to the subject): what the figure counted before, not now.
        if first >= 1 && scan.is(first - 1, "from") {
            let s_start = scan.sentence_of(first).0;
            let verb = (first.saturating_sub(8).max(s_start)..first - 1).any(|j| {
                self.grammar.change_up.contains(scan.low(j))
                    || self.grammar.change_down.contains(scan.low(j))
            });
            let by = (first.saturating_sub(8).max(s_start)..first - 1).any(|j| scan.is(j, "by"));
            if verb && by && !(last + 1..(last + 4).min(s1)).any(|j| scan.is(j, "to")) {
                f.scope.push("old level".to_string());
            }
        }
        // A threshold, not an amount: "more than a quarter are over 60",
        // "drivers under 25": a bare "over N" that ends its phrase after a
        // copula, "aged" or a plural noun names a band, not a count.
        let bare = f.head.is_none()
            && matches!(scan.low(first), "over" | "under" | "above" | "below")
            && (last + 1 >= s1
                || scan.kind(last + 1) == Some(crate::scan::TokenKind::Punct)
                || matches!(scan.low(last + 1), "and" | "or" | "who" | "were" | "are"));
        let before = scan.low(first.wrapping_sub(1));
        if bare
            && (matches!(
                before,
                "is" | "are" | "was" | "were" | "be" | "been" | "aged"
            ) || plural_word(before))
        {
            f.scope.push("threshold".to_string());
        }
        // A size band of each member of a set, not a count of the set:
        // "where one in three schools has fewer than 300 pupils", "firms
        // employing more than 250 people". ("two-thirds of more than 900
        // members" is a share of a count: "of" is not among the words.)
        let hedged = matches!(
            scan.low(first),
            "fewer" | "less" | "more" | "over" | "under" | "above" | "below"
        );
        let having = matches!(before, "with" | "has" | "have" | "having" | "employing");
        if hedged && having && plural_word(scan.low(first.wrapping_sub(2))) {
            f.scope.push("threshold".to_string());
        }
        // A subset named after the noun: "the 600 workers aged 58 or over".
        if f.head.is_some() && self.grammar.subset_after.contains(scan.low(after)) {
            f.scope.push(format!("subset {}", scan.low(after)));
        }
        // A subset dated after the noun: "all three judges appointed since
        // 2020" picks out the judges named since then, not the bench.
        let participle = |w: &str| {
            self.grammar.irregular_participles.contains(w) || (w.len() > 4 && w.ends_with("ed"))
        };
        if f.head.is_some()
            && !f.partitive
            && after < c1
            && participle(scan.low(after))
            && scan.is(after + 1, "since")
            && self
                .layout
                .claim_at(after + 2)
                .is_some_and(|o| self.cands[o].kind == Kind::Date)
        {
            f.scope.push(format!("subset {}", scan.low(after)));
        }
        // Change: in the figure's own clause, outside every figure, before it
        // or just after its noun ("rose to 25", "25, up from 20"): a change word
        // further on belongs to another figure ("are demanding a 9% pay rise").
        let head_end = f.head.as_ref().map_or(last, |h| {
            scan.tokens.partition_point(|t| t.span().start < h.span.end) - 1
        });
        let reach = c1.min(head_end.max(last) + 4);
        let mut j = c0;
        while j < reach && !f.change {
            if self.layout.claim_at(j).is_none() {
                if let Some(end) = self.change_at.at(j).filter(|&e| e < c1) {
                    // "from", "up", "than": a change only next to a figure
                    // ("up from 20", "more than the 40"); "from a garage" is a place.
                    // "chosen from 5,920 applications" is no change; "up from 20",
                    // "from 20 to 25" are.
                    if scan.low(j) == "from"
                        && !matches!(scan.low(j.wrapping_sub(1)), "up" | "down" | "rose" | "fell")
                        && !(end + 1..(end + 6).min(c1)).any(|t| scan.is(t, "to"))
                    {
                        j += 1;
                        continue;
                    }
                    // "takes the largest share at $612 million" and "took 31
                    // people to hospital" move nothing; "taking the toll to
                    // 40" does.
                    let to_level = |t: usize| {
                        scan.is(t, "to")
                            && (t + 1..(t + 3).min(c1)).any(|u| self.layout.claim_at(u).is_some())
                    };
                    if self.grammar.change_needs_to.contains(scan.low(j))
                        && !(end + 1..(end + 5).min(c1)).any(to_level)
                    {
                        j += 1;
                        continue;
                    }
                    // "Vets have now taken scrapings on all 34 holdings": "now"
                    // before a participle says the deed is done, not that the
                    // figure moved ("the toll now stands at 34" still does).
                    // A figure right after the participle is its running
                    // count: "has now won 23 of her 28 matches".
                    if scan.low(j) == "now" && {
                        let v = scan.low(j + 1);
                        let participle = self.grammar.irregular_participles.contains(v)
                            || (v.len() > 4
                                && v.ends_with("ed")
                                && !matches!(v, "reached" | "passed" | "topped" | "exceeded"));
                        let counted =
                            (j + 2..(j + 4).min(c1)).any(|t| self.layout.claim_at(t).is_some());
                        participle && !counted
                    } {
                        j += 1;
                        continue;
                    }
                    // "has raised 1,462,380 pounds", "raised 903 million
                    // euros in the flotation": a sum raised straight after
                    // the verb was collected, not moved ("raised the fare
                    // to £3", "raised its offer by 5p" are changes).
                    if matches!(scan.low(j), "raised" | "raising" | "raises")
                        && j + 1 == first
                        && c.kind == Kind::Money
                        && !matches!(scan.low(last + 1), "to" | "from" | "by")
                    {
                        j += 1;
                        continue;
                    }
                    // "we still treated more than 1,400 people": "still"
                    // before a past form that moves nothing is "even so",
                    // not a count that stands yet.
                    if scan.low(j) == "still"
                        && self.grammar.is_past_form(scan.low(j + 1))
                        && self.grammar.change.match_at(scan, j + 1, j + 2).is_none()
                        && !self.grammar.change_up.contains(scan.low(j + 1))
                        && !self.grammar.change_down.contains(scan.low(j + 1))
                    {
                        j += 1;
                        continue;
                    }
                    // "set up seven shelters": a verb's particle.
                    if matches!(scan.low(j), "up" | "down")
                        && j > 0
                        && self.grammar.particle_verbs.contains(scan.low(j - 1))
                    {
                        j += 1;
                        continue;
                    }
                    // "since dozens of oiled birds began arriving": the figure
                    // is the subject of a since-clause, not a running count.
                    if scan.low(j) == "since" && j + 1 == first {
                        j += 1;
                        continue;
                    }
                    let weak = matches!(scan.low(j), "from" | "up" | "down" | "than" | "more");
                    // "the new total of 45" moved a figure; "a new charging
                    // depot account for 16.5 million marks" names a new thing.
                    // "Behind the new wall only a handful of cellars …": a
                    // new thing named before the figure moves nothing.
                    let names_level = matches!(
                        scan.low(end + 1),
                        "total"
                            | "tally"
                            | "level"
                            | "figure"
                            | "count"
                            | "record"
                            | "high"
                            | "low"
                            | "peak"
                            | "toll"
                            | "number"
                    ) || self.layout.claim_at(end + 1) == Some(k)
                        || (scan.is(end + 1, "of") && self.layout.claim_at(end + 2) == Some(k));
                    if scan.low(j) == "new"
                        && (!names_level
                            || !(end + 1..=end + 3).any(|t| {
                                t < scan.len() && self.layout.claim_at(t).is_some_and(|o| o == k)
                            }))
                    {
                        j += 1;
                        continue;
                    }
                    // "since April" names a period, not a figure moved from;
                    // "moved up this year" moves nothing by a date.
                    let period = matches!(scan.low(j), "since" | "up" | "down");
                    let near_figure = (end + 1..=end + 2).any(|t| {
                        t < scan.len()
                            && self.layout.claim_at(t).is_some_and(|o| {
                                o != k && !(period && self.cands[o].kind == Kind::Date)
                            })
                    });
                    // After the figure a verb of change needs its own object: "the
                    // twelve helicopters dropped water" says nothing of the twelve.
                    let after = j > last;
                    let directed = matches!(scan.low(end + 1), "to" | "from" | "by");
                    // "up from 15.8%", "up 5%": a change word right before
                    // the figure governs it.
                    let governs = end + 1 == first;
                    f.change = if weak {
                        near_figure || (after && directed) || governs
                    } else {
                        !after || directed || near_figure
                    };
                }
            }
            j += 1;
        }
        // "damaging hundreds more", "two others": a further set.
        // "add 12 extra flights", "three additional wards": a set on top.
        let on_top = matches!(scan.low(last + 1), "extra" | "additional" | "further");
        if (on_top || matches!(scan.low(last + 1), "more" | "others")) && !scan.is(last + 2, "than")
        {
            f.change = true;
            if on_top {
                f.scope.push("further".to_string());
            }
        }
        if f.definite && c.kind == Kind::Count && self.counts_names_listed(k, value) {
            f.scope.push("named".to_string());
        }
        f
    }

    /// "Ferries from Oban, Tobermory and Craignure were cancelled, and the
    /// three ports stayed shut": a count after "the", "both", "these" or
    /// "those" whose number is that of the names listed before it in its
    /// sentence ("X, Y and Z", each a run of capitalised words not opening
    /// the sentence) names those things back: a set picked out by name, not
    /// every thing of its kind ("dozens of ports along the coast").
    fn counts_names_listed(&self, k: usize, value: &claimcheck_claims::Value) -> bool {
        let scan = self.scan;
        let first = self.cands[k].first;
        let claimcheck_claims::Value::Number(n) = value else {
            return false;
        };
        let determiner =
            first > 0 && matches!(scan.low(first - 1), "the" | "both" | "these" | "those");
        let whole = n.low == Some(n.nominal)
            && n.high == Some(n.nominal)
            && n.nominal.fract().is_zero()
            && n.nominal > rust_decimal::Decimal::ONE;
        if !determiner || !whole {
            return false;
        }
        let (s0, _) = scan.sentence_of(first);
        let name = |j: usize| scan.capitalized(j) && !scan.sentence_initial(j);
        // The list nearest before the figure, read backwards: names joined
        // by commas and one "and".
        let mut j = first - 1;
        let mut names = 0u32;
        let mut joined_by_and = false;
        while j > s0 {
            j -= 1;
            if !name(j) {
                continue;
            }
            while j > s0 && name(j - 1) {
                j -= 1;
            }
            names += 1;
            if j <= s0 + 1 {
                break;
            }
            let sep = j - 1;
            if scan.is(sep, "and") && !joined_by_and {
                joined_by_and = true;
            } else if !(scan.is_punct(sep, ',') && joined_by_and) {
                break;
            }
            if !name(sep - 1) {
                break;
            }
            j = sep;
        }
        joined_by_and && rust_decimal::Decimal::from(names) == n.nominal
    }

    /// The counted noun, and whether the figure is a partitive ("23 of the …").
    fn head_and_part(&self, k: usize, f: &mut Frame, s1: usize) {
        let scan = self.scan;
        let c = &self.cands[k];
        // "6,200-seat", "90-member": the compound's noun is the claim's last token.
        // Not "twenty-six", whose last word is the number's own.
        let number_word = |i: usize| {
            self.numbers.numbers.at(scan, i).is_some()
                || self.numbers.ordinals.at(scan, i).is_some()
        };
        if c.last > c.first
            && is_word(scan, c.last)
            && scan.is_dash(c.last - 1)
            && !number_word(c.last)
        {
            f.head = Some(self.head_at(c.last));
            // "the 6,200-seat Harbour Hall": the seats are the hall's.
            let mut j = c.last + 1;
            let mut last = None;
            while j < s1 && j <= c.last + 3 && is_word(scan, j) && scan.capitalized(j) {
                last = Some(j);
                j += 1;
            }
            if let Some(l) = last {
                f.owner = Some(self.grammar.lemma(scan.low(l)).into());
            }
            return;
        }
        let mut j = c.last + 1;
        // "of the ship's containers", "of its 11 seats", "of them".
        // Only a determined group makes a part: "dozens of containers" is a
        // quantity of containers, "dozens of the containers" a part of them.
        // "of this year's arrivals", "of last year's total": a time's
        // possessive determines the group too.
        let time_owner = |i: usize| {
            matches!(scan.low(i), "this" | "that" | "last" | "next")
                && possessor(scan, i + 1).is_some()
        };
        // "more than half of that fleet", "a third of this total": a
        // demonstrative before its noun determines the group ("half of
        // that is" names none).
        let demonstrative = |i: usize| {
            matches!(scan.low(i), "this" | "that")
                && is_word(scan, i + 1)
                && !self.grammar.function_words.contains(scan.low(i + 1))
                && !self.grammar.is_past_form(scan.low(i + 1))
        };
        let determined = |i: usize| {
            self.grammar.definite.contains(scan.low(i))
                || possessor(scan, i).is_some()
                || time_owner(i)
                || demonstrative(i)
                || matches!(scan.low(i), "them" | "those" | "whom" | "which" | "these")
        };
        // "half the vote", "a third its staff": a fraction takes its whole
        // without "of".
        let bare_fraction = c.kind == Kind::Percent
            && determined(j)
            && matches!(
                scan.low(c.last),
                "half" | "third" | "thirds" | "quarter" | "quarters" | "fifth" | "fifths"
            );
        if bare_fraction || (scan.is(j, "of") && determined(j + 1)) {
            f.partitive = true;
            if !bare_fraction {
                j += 1;
            }
            while j < s1
                && (self.grammar.definite.contains(scan.low(j))
                    || possessor(scan, j).is_some()
                    || time_owner(j)
                    || demonstrative(j))
            {
                if let Some(o) = possessor(scan, j) {
                    f.owner = Some(o.into());
                }
                j += 1;
            }
            if self.layout.claim_at(j).is_some() {
                // "24 of the city's 20 wards": the whole is the next figure.
                return;
            }
        } else if scan.is(j, "of") {
            // "dozens of firefighters", "a couple of schools": a quantity of them.
            j += 1;
        }
        // "four other member states", "12 more nurses", "14 such permits":
        // the noun follows.
        while j < s1
            && matches!(
                scan.low(j),
                "other"
                    | "more"
                    | "further"
                    | "additional"
                    | "extra"
                    | "such"
                    | "earlier"
                    | "previous"
                    | "later"
                    | "new"
                    | "separate"
            )
        {
            j += 1;
        }
        // "the twelfth and final round": the ordinal and "final" share the noun.
        if c.kind == Kind::Ordinal
            && scan.is(j, "and")
            && matches!(scan.low(j + 1), "final" | "last" | "deciding" | "closing")
        {
            j += 2;
        }
        // "The toll of 40 makes it …": a noun naming the counted set before
        // "of" wins over a word after the figure.
        // "the fund of just over 15 million euros": a sum's noun before "of"
        // after a determiner, too.
        let sum_named_before = c.kind == Kind::Money
            && c.first >= 3
            && self.nounish(c.first - 2)
            && (self.grammar.definite.contains(scan.low(c.first - 3))
                || matches!(scan.low(c.first - 3), "a" | "an")
                || possessor(scan, c.first - 3).is_some()
                // "first-year payments of more than 40 million kron".
                || self
                    .grammar
                    .sum_nouns
                    .contains(&self.grammar.lemma(scan.low(c.first - 2))));
        if c.first >= 2
            && scan.is(c.first - 1, "of")
            && (sum_named_before
                || self
                    .grammar
                    .class_by_noun
                    .contains_key(&self.grammar.lemma(scan.low(c.first - 2))))
        {
            self.head_before_of(c.first, f);
            return;
        }
        // "11.46 million 60-kg bags", "4,000 20-foot containers": a measure
        // compound between the figure and its noun describes each thing.
        if j + 3 < s1
            && scan.kind(j) == Some(crate::scan::TokenKind::Number)
            && scan.is_dash(j + 1)
            && is_word(scan, j + 2)
            && self.nounish(j + 3)
        {
            j += 3;
        }
        let mut group = Vec::new();
        while j < s1 && group.len() < 4 && self.nounish(j) {
            let w = scan.low(j);
            // "In the final round Kestria faced Sarnia": a name after a
            // lower-case noun opens the clause's subject.
            if group.last().is_some_and(|&g| !scan.capitalized(g)) && scan.capitalized(j) {
                break;
            }
            // A participle or past form after the noun ends the group: "homes
            // destroyed", "workers moving"; inside it, it is a modifier: "public
            // building contracts".
            // "31 of the injured": a past form after "the" that names a set
            // ("the injured", "the dead") is a noun.
            let named_set = group.is_empty()
                && j > 0
                && scan.is(j - 1, "the")
                && self
                    .grammar
                    .class_by_noun
                    .contains_key(&self.grammar.lemma(w));
            // "and nine taken to hospital": an irregular participle too.
            let verb_form = (w.ends_with("ing")
                || self.grammar.is_past_form(w)
                || self.grammar.irregular_participles.contains(w))
                && !named_set;
            // "8 damaged bridges": a participle may open the group, before a plural.
            // Not after a sum: "40 million kron showed farmers" is its verb.
            let modifier = group.is_empty()
                && c.kind != Kind::Money
                && plural_word(scan.low(j + 1))
                && self.nounish(j + 1);
            // Not after a plural, marked ("homes") or not ("more than 1,000
            // staff backing walkouts").
            let inside = !group.is_empty()
                && self.nounish(j + 1)
                && !plural_word(scan.low(j - 1))
                && !self.grammar.collective_nouns.contains(scan.low(j - 1));
            if verb_form && !modifier && !inside {
                // "roughly 80 voted to strike": a verb, not a noun.
                break;
            }
            group.push(j);
            j += 1;
            // A plural ends the noun: "hospitals run by", "centres built for",
            // "people ashore".
            let irregular_plural = self.grammar.lemma(w) != w && !w.ends_with('s');
            if (plural_word(w) || irregular_plural) && !verb_form {
                break;
            }
            // "8 damaged bridges": a participle may open the group.
            if scan.is_dash(j) && self.nounish(j + 1) {
                j += 1;
            }
        }
        // "the $1.96 billion plan puts …": after a sum of money, a singular
        // noun and an -s word are a noun and its verb, not a compound.
        if c.kind == claimcheck_claims::Kind::Money && group.len() >= 2 {
            let (a, b) = (group[group.len() - 2], group[group.len() - 1]);
            if !plural_word(scan.low(a)) && plural_word(scan.low(b)) {
                group.pop();
            }
        }
        // "850 job cuts": the noun before a noun of change is what is counted.
        if group.len() >= 2 {
            let last = group[group.len() - 1];
            if self
                .grammar
                .change_nouns
                .contains(&self.grammar.lemma(scan.low(last)))
            {
                group.pop();
            }
        }
        if let Some(&h) = group.last() {
            // "her second match point": a generic noun closing the compound is
            // its head, not the modifier before it.
            // A plural ends the noun: "cartons one by one" counts cartons.
            let closing = h + 1 < s1
                && !plural_word(scan.low(h))
                && self
                    .grammar
                    .generic_heads
                    .contains(&self.grammar.lemma(scan.low(h + 1)));
            f.head = Some(self.head_at(if closing { h + 1 } else { h }));
            return;
        }
        // "a spending plan of more than $2 billion", "a workforce of 4,100":
        // the noun the figure measures stands before "of".
        if matches!(
            c.kind,
            claimcheck_claims::Kind::Money | claimcheck_claims::Kind::Count
        ) && c.first >= 2
            && scan.is(c.first - 1, "of")
            && self.nounish(c.first - 2)
            && !self.grammar.function_words.contains(scan.low(c.first - 2))
            && self.layout.claim_at(c.first - 2).is_none()
        {
            self.head_before_of(c.first, f);
            return;
        }
        // "The list stood at 253,400", "the toll rose to 40": a noun naming
        // the counted set, as the subject of a verb of level.
        if let Some(h) = self.set_noun_before(c.first) {
            f.head = Some(self.head_at(h));
            f.definite = true;
            return;
        }
        // "the number of airlines at the airport to 22": the head named before.
        let (c0, _) = self.layout.clause_range(scan, c.first);
        let s0 = scan.sentence_of(c.first).0;
        let from = c0.min(c.first).max(s0);
        let lo = from.saturating_sub(8).max(s0);
        for i in (lo..c.first).rev() {
            if scan.is(i, "number") && scan.is(i + 1, "of") && self.nounish(i + 2) {
                let mut h = i + 2;
                // "The number of households rose to …": the verb ends the noun.
                while self.nounish(h + 1)
                    && !self.grammar.is_past_form(scan.low(h + 1))
                    && !self.grammar.change_up.contains(scan.low(h + 1))
                    && !self.grammar.change_down.contains(scan.low(h + 1))
                    && h < i + 4
                {
                    h += 1;
                }
                f.head = Some(self.head_at(h));
                return;
            }
        }
    }

    /// A noun naming a counted set ("list", "toll") before the figure, with
    /// only words of level between: "The list stood at 253,400".
    fn set_noun_before(&self, first: usize) -> Option<usize> {
        let scan = self.scan;
        let s0 = scan.sentence_of(first).0;
        let mut i = first.checked_sub(1)?;
        while i > s0 && first - i <= 5 && self.grammar.level_words.contains(scan.low(i)) {
            i -= 1;
        }
        let lemma = self.grammar.lemma(scan.low(i));
        (i + 1 < first
            && is_word(scan, i)
            && self.layout.claim_at(i).is_none()
            && self.grammar.class_by_noun.contains_key(&lemma)
            && i > s0
            && (self.grammar.definite.contains(scan.low(i - 1))
                || possessor(scan, i - 1).is_some()
                || self.nounish(i - 1)))
        .then_some(i)
    }

    /// The noun before "of" in "<noun> of <figure>" is the head; a determiner
    /// before it makes the set a known one ("The toll of 40").
    fn head_before_of(&self, first: usize, f: &mut Frame) {
        let scan = self.scan;
        f.head = Some(self.head_at(first - 2));
        let known = first.checked_sub(3).is_some_and(|d| {
            self.grammar.definite.contains(scan.low(d)) || possessor(scan, d).is_some()
        });
        if known {
            f.definite = true;
        }
    }

    fn head_at(&self, i: usize) -> Head {
        let lemma = self.grammar.lemma(self.scan.text(i));
        let class = self.grammar.class(&lemma);
        Head {
            generic: self.grammar.generic_heads.contains(class),
            class: class.into(),
            lemma: lemma.into(),
            span: self.scan.tokens[i].span(),
            modifiers: Vec::new(),
        }
    }

    /// The content words between claim `k`'s figure and its noun, when the
    /// noun comes after the figure.
    fn set_modifiers(&self, k: usize, f: &mut Frame) {
        let scan = self.scan;
        let Some(h) = f.head.as_mut() else { return };
        let end = scan
            .tokens
            .partition_point(|t| t.span().start < h.span.start);
        h.modifiers = (self.cands[k].last + 1..end)
            .filter(|&j| is_word(scan, j))
            .map(|j| scan.low(j))
            .filter(|w| !self.grammar.function_words.contains(*w))
            .map(Into::into)
            .collect();
    }

    /// The owner before the figure ("the group's five", "its 14") and whether the
    /// figure names a whole already known ("all six", "the 26", "a total of").
    fn owner_and_definite(&self, k: usize, f: &mut Frame, s0: usize) {
        let scan = self.scan;
        let c = &self.cands[k];
        // "All fourteen branches", even at the start of a sentence.
        if scan.low(c.first) == "all" {
            f.definite = true;
        }
        if c.first == 0 || c.first <= s0 {
            return;
        }
        let before = c.first - 1;
        // "Senator Warren had eight delegates": the subject of "had" owns them.
        if matches!(scan.low(before), "has" | "have" | "had") && before > s0 {
            let subject = before - 1;
            if is_word(scan, subject) && !self.grammar.function_words.contains(scan.low(subject)) {
                f.owner.get_or_insert(scan.low(subject).into());
            }
        }
        // "six hospitals run by the Lowmoor Health Group": the agent owns them.
        if let Some(h) = f.head.as_ref() {
            let after = scan.tokens.partition_point(|t| t.span().start < h.span.end);
            let by = after + 1;
            if matches!(
                scan.low(after),
                "run" | "operated" | "owned" | "managed" | "held"
            ) && scan.is(by, "by")
            {
                let mut j = by + 1;
                let mut last = None;
                while j < by + 6 && is_word(scan, j) && !scan.is(j, "and") {
                    // A verb, or a lower-case word after a name, ends the agent.
                    let name_ended =
                        last.is_some_and(|l| scan.capitalized(l)) && !scan.capitalized(j);
                    if self.grammar.is_past_form(scan.low(j)) || name_ended {
                        break;
                    }
                    if !self.grammar.function_words.contains(scan.low(j)) {
                        last = Some(j);
                    }
                    j += 1;
                }
                if let Some(l) = last {
                    f.owner
                        .get_or_insert(self.grammar.lemma(scan.low(l)).into());
                }
            }
        }
        // "all 214 homes on the Tansley estate": the place holds them.
        if let Some(h) = f.head.as_ref() {
            let after = scan.tokens.partition_point(|t| t.span().start < h.span.end);
            if matches!(scan.low(after), "on" | "at" | "in") && scan.is(after + 1, "the") {
                let mut j = after + 2;
                let mut last = None;
                while j < after + 6 && is_word(scan, j) && !self.grammar.is_past_form(scan.low(j)) {
                    if self.grammar.function_words.contains(scan.low(j)) {
                        break;
                    }
                    last = Some(j);
                    j += 1;
                }
                if let Some(l) = last {
                    f.place = Some(self.grammar.lemma(scan.low(l)).into());
                }
            } else if matches!(scan.low(after), "in" | "at")
                && is_word(scan, after + 1)
                && scan.capitalized(after + 1)
                && self.layout.claim_at(after + 1).is_none()
            {
                // "the four concerts in Hanrim": a named place (not a month,
                // which is a date claim).
                f.place = Some(scan.low(after + 1).into());
            }
        }
        if let Some(o) = possessor(scan, before) {
            f.owner = Some(self.grammar.lemma(&o).into());
            f.definite = true;
        } else if scan.is(before, "whose") && before >= 2 && scan.is_punct(before - 1, ',') {
            // "Venn, whose 178 goals have made him …": the name before the
            // comma owns them.
            let named = before - 2;
            if is_word(scan, named) && !self.grammar.function_words.contains(scan.low(named)) {
                f.owner = Some(self.grammar.lemma(scan.low(named)).into());
            }
            f.definite = true;
        } else if self.grammar.definite.contains(scan.low(before)) {
            f.definite = true;
        }
    }

    /// The nearest verb form before the figure in its clause, else a past form
    /// just after its noun ("homes destroyed", "were taken").
    fn predicate(&self, first: usize, last: usize, c0: usize, c1: usize) -> Option<String> {
        let scan = self.scan;
        // "have been given", "had so far given": an irregular participle
        // after its auxiliary is a verb too; so is one right after the
        // figure's noun, the verb of a reduced relative ("the seven runners
        // taken to hospital"), unless its agent follows ("six hospitals run
        // by the group" says who has the things, not what befell them).
        let participle = |i: usize| {
            self.grammar.irregular_participles.contains(scan.low(i))
                && ((i.saturating_sub(3).max(c0)..i).any(|j| {
                    matches!(
                        scan.low(j),
                        "have" | "has" | "had" | "been" | "be" | "was" | "were" | "is" | "are"
                    )
                }) || (i == last + 2 && is_word(scan, last + 1) && !scan.is(i + 1, "by")))
        };
        let usable = |i: usize| {
            is_word(scan, i)
                && self.layout.claim_at(i).is_none()
                && !is_reporting(scan.low(i))
                && (self.grammar.is_past_form(scan.low(i)) || participle(i))
                && !matches!(scan.low(i), "was" | "were" | "had" | "did")
        };
        // A verb that says what is counted, in any form, right before the
        // figure: "killing 35 people", "Police arrest 51".
        if first > c0 && self.grammar.class_by_verb.contains_key(scan.low(first - 1)) {
            return Some(scan.low(first - 1).to_string());
        }
        // "will close 46 shops", "is to shut 27 supermarkets": a verb's base
        // form after an auxiliary of the future or a modal, or after "to",
        // right before the figure.
        if first >= c0 + 2 {
            let (verb, aux) = (first - 1, scan.low(first - 2));
            if is_word(scan, verb)
                && self.layout.claim_at(verb).is_none()
                && !self.grammar.function_words.contains(scan.low(verb))
                && !is_reporting(scan.low(verb))
                && (aux == "to"
                    || self.grammar.future.contains(aux)
                    || self.grammar.modal.contains(aux))
            {
                return Some(scan.low(verb).to_string());
            }
        }
        // "Two people were killed and nine taken to hospital": after "and",
        // a bare figure's own participle is its verb, not the one before.
        let own = last + 1;
        if first > c0
            && scan.is(first - 1, "and")
            && is_word(scan, own)
            && (self.grammar.irregular_participles.contains(scan.low(own))
                || self.grammar.is_past_form(scan.low(own)))
            && !matches!(scan.low(own), "was" | "were" | "had" | "did")
        {
            return Some(scan.low(own).to_string());
        }
        let lo = first.saturating_sub(6).max(c0);
        if let Some(i) = (lo..first).rev().find(|&i| usable(i)) {
            return Some(scan.low(i).to_string());
        }
        // After the figure's noun, a past form or a verb that says what is
        // counted: "homes destroyed", "people are waiting".
        let hi = (last + 7).min(c1);
        (last + 1..hi)
            .find(|&i| {
                usable(i)
                    || (self.layout.claim_at(i).is_none()
                        && self.grammar.class_by_verb.contains_key(scan.low(i)))
            })
            .map(|i| scan.low(i).to_string())
    }

    /// The tense of the figure's clause, from the words before it back to the
    /// sentence start (an auxiliary often stands before the subject's figure) and
    /// the words of its clause after it.
    fn tense(&self, first: usize, c0: usize, c1: usize, s0: usize) -> Tense {
        let scan = self.scan;
        // "signed her declaration on 14 July and will take her seat on 22
        // July": a second verb joined by "and" or "but" after the figure
        // opens its own predicate, with its own tense.
        let g = self.grammar;
        // "were moved out on 13 November … and have been told they are
        // unlikely to be back": so does an auxiliary or a past form.
        let c1 = (first + 1..c1)
            .find(|&j| {
                let next = scan.low(j + 1);
                matches!(scan.low(j), "and" | "but")
                    && (g.future.contains(next)
                        || g.modal.contains(next)
                        || matches!(next, "have" | "has" | "had" | "was" | "were" | "is" | "are")
                        || g.is_past_form(next))
            })
            .unwrap_or(c1);
        // "stopped work on Feb. 13 so that engineers could inspect the
        // roof": a purpose clause after the figure has its own modal.
        let c1 = (first + 1..c1)
            .find(|&j| {
                (scan.is(j, "so") && scan.is(j + 1, "that"))
                    || (scan.is(j, "in") && scan.is(j + 1, "order") && scan.is(j + 2, "to"))
            })
            .unwrap_or(c1);
        // "would review crowd control after dozens of spectators were hurt":
        // a subordinate clause opened before the figure has its own finite
        // verb, whatever the main clause's.
        if let Some(j) = (c0.max(s0)..first).rev().find(|&j| {
            matches!(
                scan.low(j),
                "after" | "because" | "when" | "once" | "since" | "before" | "until"
            )
        }) {
            let (t, finite) = self.tense_of(first, j + 1, c1);
            if finite && t != Tense::Unknown {
                return t;
            }
        }
        let (tense, finite_past) = self.tense_of(first, c0.max(s0), c1);
        // "scheduled to continue …, followed by the primary on February 29": a
        // clause whose only past is a participle borrows the sentence's future.
        if tense == Tense::Past && !finite_past && c0 > s0 {
            let (before, _) = self.tense_of(first, s0, c0);
            // "The World Cup moves on to Orlica this weekend, followed by the
            // ski-flying on 31 January": a present of the timetable, too.
            if matches!(before, Tense::Future | Tense::Modal | Tense::Present) {
                return before;
            }
            // "…, followed by the ski-flying events on 31 January" after a
            // clause with no past: a passive participle set off by a comma
            // tells no past of its own ("…, Jonas Hale, pleaded guilty on
            // 25 November" is a finite verb after an aside).
            let participle_opens = (c0..first).find(|&i| is_word(scan, i)).is_some_and(|i| {
                scan.is_punct(i.wrapping_sub(1), ',')
                    && self.grammar.is_past_form(scan.low(i))
                    && scan.is(i + 1, "by")
            });
            if before == Tense::Unknown && participle_opens {
                return Tense::Unknown;
            }
        }
        // A clause with no verb ("A crush at the gate on 15 February, stewards
        // said, was the only incident") takes the sentence's.
        if tense == Tense::Unknown {
            // "…, where they meet Osby in the final on 7 June": a pronoun and
            // a verb in the present make the clause's own tense; so does a
            // relative pronoun and a verb of a timetable: "the
            // championships, which begin on March 20" ("Tickets, which cost
            // £35" may be past).
            // "A museum that welcomes more than 190,000 visitors a year":
            // a verb in -s right after a relative pronoun before the figure
            // is its clause's present.
            let third_person = |w: &str| {
                w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("'s")
                    && !g.function_words.contains(w)
            };
            let relative = |i: usize| {
                matches!(scan.low(i), "which" | "who" | "that")
                    && (g.timetable_present.contains(scan.low(i + 1))
                        || (i + 1 < first
                            && is_word(scan, i + 1)
                            && self.layout.claim_at(i + 1).is_none()
                            && third_person(scan.low(i + 1))))
            };
            let present = (c0.max(s0)..c1).any(|i| {
                relative(i)
                    || matches!(
                        scan.low(i),
                        "they" | "we" | "he" | "she" | "it" | "i" | "you"
                    ) && is_word(scan, i + 1)
                        && self.layout.claim_at(i + 1).is_none()
                        && !self.grammar.is_past_form(scan.low(i + 1))
                        && !self.grammar.function_words.contains(scan.low(i + 1))
            });
            if present {
                return Tense::Present;
            }
            // "Hallaby's opened its largest store yet, a 90,000 sq ft site on
            // the edge of Wexley, on 6 October 2025, and plans …": a date set
            // off by commas, its clause only a preposition, dates the last
            // finite verb before it.
            let set_off = scan.is_punct(first.wrapping_sub(2), ',')
                && matches!(scan.low(first - 1), "on" | "in")
                && c0 + 1 >= first - 1;
            if set_off {
                let mut before = None;
                let mut j = s0;
                while j < c0 {
                    let (a, b) = self.layout.clause_range(scan, j);
                    if b > c0 {
                        break;
                    }
                    if !opens_relative(scan, a, (a + 2).min(b)) {
                        let (t, finite) = self.tense_of(first, a, b);
                        // An -ed form counts in the sentence's opening
                        // clause, where it is the main verb.
                        if t != Tense::Unknown {
                            before = Some((t, finite || a == s0));
                        }
                    }
                    j = b.max(j + 1);
                }
                if let Some((t @ (Tense::Past | Tense::Perfect), true)) = before {
                    return t;
                }
            }
            let (_, s1) = scan.sentence_of(first);
            // "told the board that 14 planned operations, most of them hip
            // replacements, had been postponed, and that …": the verb after
            // the figure's asides, before the sentence's other clauses.
            let mut j = c1;
            for _ in 0..3 {
                if j >= s1 {
                    break;
                }
                let (a, b) = self.layout.clause_range(scan, j);
                // A relative clause's verb is its own noun's, not the figure's.
                if !opens_relative(scan, a, (a + 2).min(b)) {
                    match self.tense_of(first, a, b) {
                        // "The regional cabinet, meeting in emergency session
                        // on August 8, approved a relief fund": after an
                        // aside opened by an -ing form, a past form opening
                        // the next clause is the subject's finite verb.
                        (Tense::Past, false) if self.aside_then_verb(c0, a) => return Tense::Past,
                        (Tense::Unknown, _) | (Tense::Past, false) => {}
                        (t, _) => return t,
                    }
                }
                j = b.max(j + 1);
            }
            // The sentence's tense, without its relative clauses: "the
            // emergency department, which saw 41,000 children last year,
            // transfers on June 2" is not a past transfer.
            let mut best = (Tense::Unknown, false);
            let mut j = s0;
            while j < s1 {
                let (a, b) = self.layout.clause_range(scan, j);
                if !opens_relative(scan, a, (a + 2).min(b)) {
                    let found = self.tense_of(first, a, b);
                    if strength(found.0) > strength(best.0) || (found.0 == best.0 && found.1) {
                        best = found;
                    }
                }
                j = b.max(j + 1);
            }
            // Only a finite verb: "priced from 240 euros" is no past event.
            return match best {
                (Tense::Past, false) => Tense::Unknown,
                (t, _) => t,
            };
        }
        tense
    }

    /// Whether the clause at `c0` is an aside opened by an -ing form right
    /// after a comma, and the clause at `a` opens with a past form (not a
    /// passive participle with "by") right after the aside's comma.
    fn aside_then_verb(&self, c0: usize, a: usize) -> bool {
        let scan = self.scan;
        let Some(open) = (c0..a).find(|&i| is_word(scan, i)) else {
            return false;
        };
        let Some(verb) = (a..a + 2).find(|&i| is_word(scan, i)) else {
            return false;
        };
        let w = scan.low(open);
        scan.is_punct(open.wrapping_sub(1), ',')
            && w.len() > 4
            && w.ends_with("ing")
            && scan.is_punct(verb.wrapping_sub(1), ',')
            && self.grammar.is_past_form(scan.low(verb))
            && !scan.is(verb + 1, "by")
    }

    /// The tense markers of tokens `[a, b)`, and whether a finite past form
    /// ("was", "fell", "had") stands among them rather than only "-ed" forms.
    fn tense_of(&self, first: usize, a: usize, b: usize) -> (Tense, bool) {
        let scan = self.scan;
        let g = self.grammar;
        // A reporting verb dates the report, not the event reported.
        let words = (a..b).filter(|&i| {
            is_word(scan, i)
                && self.layout.claim_at(i).is_none()
                && i != first
                && (!is_reporting(scan.low(i)) || self.reports_an_act(i))
        });
        let mut tense = Tense::Unknown;
        let mut finite_past = false;
        // "due to be retired", "set to open": "to" and a verb, not "due to the storm".
        let to_verb = |i: usize| {
            let w = scan.low(i + 2);
            scan.low(i + 1) == "to"
                && !w.is_empty()
                && is_word(scan, i + 2)
                && self.layout.claim_at(i + 2).is_none()
                && !matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "our"
                        | "my"
                )
        };
        for i in words {
            let w = scan.low(i);
            let next = scan.low(i + 1);
            if matches!(w, "last" | "next")
                && !g.times_after_last_next.contains(next)
                && scan.kind(i + 1) != Some(crate::scan::TokenKind::Number)
            {
                continue;
            }
            let t = if g.future.contains(w) {
                match w {
                    "due" | "expected" | "set" | "plans" | "planned" | "scheduled" | "slated"
                    | "aims" | "intends" | "going" => {
                        // "are due in court on Friday", "is due back next week".
                        let due_at =
                            w == "due" && matches!(next, "in" | "at" | "back" | "before" | "on");
                        // "The last births are set for 31 May", "none was
                        // planned for 2026": a date planned for, as
                        // "scheduled for" is.
                        let set_for = matches!(w, "set" | "planned")
                            && next == "for"
                            && matches!(
                                scan.low(i.wrapping_sub(1)),
                                "is" | "are" | "was" | "were" | "now" | "been"
                            );
                        if to_verb(i) || w == "scheduled" || w == "slated" || due_at || set_for {
                            Tense::Future
                        } else {
                            continue;
                        }
                    }
                    _ => Tense::Future,
                }
            } else if g.modal.contains(w) {
                Tense::Modal
            } else if g.is_past_form(w)
                && scan.is(i.wrapping_sub(1), "be")
                && scan.is(i.wrapping_sub(2), "to")
            {
                // "an election to be held on August 9": an infinitive, still to come.
                Tense::Future
            } else if g.is_past_form(w)
                && (matches!(scan.low(i.wrapping_sub(1)), "is" | "are" | "am")
                    || (scan.is(i.wrapping_sub(1), "being")
                        && matches!(scan.low(i.wrapping_sub(2)), "is" | "are" | "am")))
            {
                // "applications are accepted until …", "contacts are being
                // asked to stay at home for 21 days": a present passive.
                Tense::Present
            } else if g.perfect.contains(w) && (g.is_past_form(next) || next == "been") {
                finite_past = true;
                Tense::Perfect
            } else if g.past.contains(w) || g.is_past_form(w) {
                // "A gala on Saturday, March 22, raised 310,000 euros": an -ed
                // form taking a figure as its object is the clause's verb, not
                // a participle ("priced from 240 euros").
                let takes_figure =
                    self.layout.claim_at(i + 1).is_some() && i > a && scan.is_punct(i - 1, ',');
                finite_past |= g.past.contains(w) || g.irregular_past.contains(w) || takes_figure;
                Tense::Past
            } else if g.present.contains(w) {
                Tense::Present
            } else {
                continue;
            };
            // The strongest marker wins: a future or modal word decides the clause.
            if strength(t) > strength(tense) {
                tense = t;
            }
        }
        (tense, finite_past)
    }

    /// The date in the figure's clause, else the nearest one in its sentence.
    fn time(&self, k: usize, c0: usize, c1: usize, s0: usize, s1: usize) -> Option<usize> {
        if self.cands[k].kind == Kind::Date {
            return None;
        }
        // "the deadliest accident since 2009": a span's start, not the time
        // of the figure.
        let scan = self.scan;
        let is_date = |d: usize| {
            d != k
                && self.cands[d].kind == Kind::Date
                && !matches!(scan.low(self.cands[d].first.wrapping_sub(1)), "since")
                && !scan.is(self.cands[d].first, "since")
        };
        // Claims, not tokens, are walked: in a sentence dense with figures a
        // walk over its tokens for each figure would cost its length squared.
        let dates = |a: usize, b: usize| {
            self.layout
                .runs_in(a, b)
                .filter(move |&(_, _, d)| is_date(d))
        };
        // "fell to 96 million dollars last year from 211 million in 2024": a
        // date right after the figure dates it, before any other of its clause.
        let last = self.cands[k].last;
        let right_after = (last + 1..(last + 3).min(c1))
            .take_while(|&j| {
                j == last + 1 && matches!(scan.low(j), "in" | "on" | "during")
                    || self.layout.claim_at(j).is_some()
            })
            .filter_map(|j| self.layout.claim_at(j))
            .find(|&d| is_date(d) && self.cands[d].first <= last + 2);
        if right_after.is_some() {
            return right_after;
        }
        dates(c0, c1).next().map(|(_, _, d)| d).or_else(|| {
            let first = self.cands[k].first;
            // The token of each date's run nearest the figure, as a walk
            // over the sentence's tokens would meet it.
            dates(s0, s1)
                .map(|(a, b, d)| {
                    let nearest = first.clamp(a, b);
                    (nearest.abs_diff(first), d)
                })
                .min()
                .map(|(_, d)| d)
        })
    }
}

/// A word that looks like a regular plural: "homes", "centres", not "gas",
/// "census", "glass", "analysis".
pub(crate) fn plural_word(w: &str) -> bool {
    // "cinemas", "areas", "quotas", "eras" are plurals; "atlas", "canvas",
    // "bias", "alias" are not.
    let a_plural = [
        "mas", "nas", "tas", "eas", "ras", "das", "kas", "pas", "zas", "yas",
    ]
    .iter()
    .any(|x| w.ends_with(x));
    w.len() > 3
        && w.ends_with('s')
        && (a_plural
            || !["ss", "us", "is", "as", "ous"]
                .iter()
                .any(|x| w.ends_with(x)))
}

impl FrameBuilder<'_> {
    /// A verb of agreeing, promising or offering and "to" with a verb
    /// between the sentence start and the figure: "agreed to meet … on".
    fn prospective_before(&self, first: usize, s0: usize) -> bool {
        let scan = self.scan;
        let to_verb = |t: usize| {
            scan.is(t, "to")
                && is_word(scan, t + 1)
                && self.layout.claim_at(t + 1).is_none()
                && !self.grammar.function_words.contains(scan.low(t + 1))
        };
        (s0..first.saturating_sub(2)).any(|j| {
            (self.grammar.prospective_verbs.contains(scan.low(j)) && to_verb(j + 1))
                // "has asked both sides to meet on Tuesday": a request names
                // its object, then the act still to come; the object may
                // carry a name in apposition ("has called the chief
                // executive, Rhodri Vance, to give evidence on 22 May"). A
                // verb between makes "to" a preposition ("told reporters
                // the family sold the farm to new owners on 3 March").
                || (self.grammar.directive_verbs.contains(scan.low(j))
                    && (j + 2..(j + 13).min(first))
                        .find(|&t| scan.is(t, "to"))
                        .is_some_and(|t| {
                            (j + 1..t).all(|k| {
                                (is_word(scan, k) || scan.is_punct(k, ','))
                                    && self.layout.claim_at(k).is_none()
                                    && !self.grammar.is_past_form(scan.low(k))
                            }) && to_verb(t)
                        }))
        })
    }

    /// A verb that fixes a thing for a day, its object, then "for" right
    /// before the date: "has called 24-hour strikes for Thursday, November
    /// 27", "set the vote for 5 May", "was postponed for a week" (no date).
    /// A date joined to such a date ("for Thursday, November 27, and
    /// Saturday, November 29") is booked with it.
    fn booked_for(&self, first: usize, c0: usize) -> bool {
        let scan = self.scan;
        let s0 = scan.sentence_of(first).0;
        let mut at = first;
        // Back over joined dates to the "for" before the first of them.
        for _ in 0..4 {
            let mut j = at;
            while j > s0 && (matches!(scan.low(j - 1), "and" | "or") || scan.is_punct(j - 1, ',')) {
                j -= 1;
            }
            match self.layout.claim_at(j.wrapping_sub(1)) {
                Some(k) if j < at && self.cands[k].kind == Kind::Date => at = self.cands[k].first,
                _ => break,
            }
        }
        let c0 = if at < first {
            self.layout.clause_range(scan, at).0
        } else {
            c0
        };
        let booking = |j: usize| self.grammar.booking_verbs.contains(scan.low(j));
        // "Union officials have pencilled in 2 and 3 April".
        if at >= 2 && scan.is(at - 1, "in") && booking(at - 2) {
            return true;
        }
        if at < 2 || !scan.is(at - 1, "for") {
            return false;
        }
        // "had been re-booked for February 2025 after its first slip and for
        // 27 November after its second": a "for" joined by "and" to an
        // earlier one shares its verb.
        let mut f = at - 1;
        let mut c0 = c0;
        loop {
            if (f.saturating_sub(8).max(c0)..f).any(booking) {
                return true;
            }
            let Some(prev) = (f.saturating_sub(12).max(s0)..f.saturating_sub(1))
                .rev()
                .find(|&j| scan.is(j, "for"))
                .filter(|_| f.checked_sub(1).is_some_and(|a| scan.is(a, "and")))
            else {
                return false;
            };
            f = prev;
            c0 = c0.min(self.layout.clause_range(scan, prev).0);
        }
    }

    /// "Directors confirmed the suspension", "the council announced a review":
    /// a reporting verb with a noun object is an act of its own, dated and
    /// tensed like any other, not the frame of a reported clause ("said the
    /// vote would …" has no object, so "said" and "told" never count).
    fn reports_an_act(&self, i: usize) -> bool {
        matches!(self.scan.low(i), "confirmed" | "announced" | "reported")
            && matches!(
                self.scan.low(i + 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            )
    }
}

/// Reporting verbs govern the sentence, not the figure.
pub(crate) fn is_reporting(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "told"
            | "reported"
            | "announced"
            | "added"
            | "stated"
            | "confirmed"
            | "estimated"
            | "according"
            | "saying"
            | "noted"
            | "claimed"
            | "insisted"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(first: usize, last: usize) -> Placed {
        Placed {
            first,
            last,
            kind: Kind::Count,
            weekday_fixed: false,
        }
    }

    /// The layout's searches give what a table per token gives: clause numbers
    /// counted token by token, and each token's claim with the earlier of two
    /// overlapping claims keeping the tokens they share.
    #[test]
    fn plurals_in_a_include_cinemas_but_not_atlas() {
        for w in [
            "cinemas", "areas", "quotas", "eras", "arenas", "homes", "buses",
        ] {
            assert!(plural_word(w), "{w}");
        }
        for w in [
            "atlas", "canvas", "bias", "alias", "class", "status", "analysis", "gas",
        ] {
            assert!(!plural_word(w), "{w}");
        }
    }

    #[test]
    fn searches_agree_with_a_table_per_token() {
        // Long enough to span several buckets, with commas, clause words and
        // sentence ends at assorted places.
        let sentence =
            "Crews saved 40 homes, but 12 burned while 3 more, which stood empty, fell. ";
        let text = sentence.repeat(30);
        let scan = Scan::new(&text);
        let n = scan.len();
        // Claims every few tokens, some overlapping, some touching, some gaps.
        let mut cands = Vec::new();
        let mut at = 1;
        while at + 3 < n {
            cands.push(placed(at, at + 2));
            if at % 3 == 0 {
                cands.push(placed(at + 1, at + 4));
            }
            at += 3 + at % 5;
        }
        cands.sort_by_key(|c| c.first);
        let layout = Layout::new(&scan, &cands);

        let mut clause = 0;
        for i in 0..n {
            if i > 0 && scan.tokens[i].sentence != scan.tokens[i - 1].sentence {
                clause += 1;
            }
            if is_clause_break(&scan, i) {
                clause += 1;
            }
            assert_eq!(layout.clause(i), clause, "clause of token {i}");
            let (a, b) = layout.clause_range(&scan, i);
            let (s0, s1) = scan.sentence_of(i);
            assert!(a >= s0 && b <= s1 && a <= i && i < b);
            assert!((a..b).all(|j| layout.clause(j) == clause));
            let owner = cands.iter().position(|c| c.first <= i && i <= c.last);
            assert_eq!(layout.claim_at(i), owner, "claim at token {i}");
        }
        assert_eq!(layout.claim_at(n + 100), None);
        // Runs in a range: every claim that covers one of its tokens, clipped.
        let (a, b) = (n / 3, n / 2);
        let runs: Vec<usize> = layout.runs_in(a, b).map(|(_, _, k)| k).collect();
        let mut expected: Vec<usize> = (a..b).filter_map(|i| layout.claim_at(i)).collect();
        expected.dedup();
        assert_eq!(runs, expected);
        assert!(layout
            .runs_in(a, b)
            .all(|(x, y, _)| a <= x && x <= y && y < b));
    }
}
