//! Relation edges between claims, one recognizer per edge kind, each in its own
//! file. A recognizer reads the scan and the claims' frames and proposes typed
//! edges with the span of the cue that justifies them; it judges nothing (the
//! checks in `crates/rules` do the arithmetic).

mod change;
mod components;
mod elapsed;
mod order;
mod ordinal_of;
mod part_of;
mod same_quantity;
mod share_of;

use crate::candidate::Placed;
use crate::frame::Layout;
use crate::grammar::Grammar;
use crate::scan::Scan;
use claimcheck_claims::{Claim, Edge, EdgeKind, Kind, Span};

/// What every recognizer reads.
pub struct Relator<'a> {
    pub scan: &'a Scan<'a>,
    pub grammar: &'a Grammar,
    pub layout: &'a Layout,
    /// Each claim's tokens (the candidates themselves are dropped by now).
    pub cands: &'a [Placed],
    pub claims: &'a [Claim],
    /// The count metrics a one-word cue at a token names ("escapees" → escaped).
    pub metric_cue: &'a dyn Fn(&Scan, usize) -> Vec<String>,
    /// `total_cue` of each claim, computed once: recognizers ask it inside
    /// pair loops.
    pub totals: std::cell::OnceCell<Vec<Option<Span>>>,
    /// `voice` of each claim (the index of the claim whose source speaks
    /// for it), computed once for the same reason.
    pub voices: std::cell::OnceCell<Vec<Option<usize>>>,
    /// The year the article was published in, when known: "in 2024" is
    /// last year's figure when it appears in 2025.
    pub published_year: Option<i16>,
}

/// How many words before a sum the subject naming it may stand: "Payments
/// in the first year came to 39.2 million".
const SUM_NOUN_REACH: usize = 12;

/// The most sentences apart two figures may stand and still be related.
pub const REACH: usize = 60;

/// A possessive pronoun standing as an owner ("its fleet", "their 14
/// centres"): it names no owner of its own.
fn is_pronoun(w: &str) -> bool {
    matches!(w, "its" | "their" | "his" | "her" | "our" | "my" | "your")
}

impl<'a> Relator<'a> {
    /// Every edge of the document, in a fixed order: by kind, then as found.
    pub fn edges(&self) -> Vec<Edge> {
        let mut out = Vec::new();
        part_of::find(self, &mut out);
        share_of::find(self, &mut out);
        same_quantity::find(self, &mut out);
        ordinal_of::find(self, &mut out);
        elapsed::find(self, &mut out);
        order::find(self, &mut out);
        components::find(self, &mut out);
        change::find(self, &mut out);
        out.sort_by_key(|e| (e.kind, e.from, e.to));
        out.dedup_by(|a, b| a.kind == b.kind && a.from == b.from && a.to == b.to);
        out
    }

    /// An edge whose cue is the tokens `a..=b`.
    pub fn edge(&self, kind: EdgeKind, from: usize, to: usize, a: usize, b: usize) -> Edge {
        self.edge_at(kind, from, to, self.scan.span(a, b.max(a)))
    }

    /// The span of a claim's noun, or of the claim itself when it has none:
    /// the cue of an edge the noun ties.
    pub fn noun_span(&self, k: usize) -> Span {
        self.claims[k]
            .frame
            .head
            .as_ref()
            .map_or(self.claims[k].span, |h| h.span)
    }

    /// An edge whose cue is a span of the text (a head noun, a claim).
    pub fn edge_at(&self, kind: EdgeKind, from: usize, to: usize, cue: Span) -> Edge {
        Edge {
            kind,
            from,
            to,
            part: None,
            offset: 0,
            parts: Vec::new(),
            complete: false,
            names: Vec::new(),
            at_most: false,
            cue,
            cue_text: self.scan.text[cue.start..cue.end].to_string(),
        }
    }

    /// A figure something else is measured against: "43 percent more than
    /// the 148 million florins budgeted", "41% higher than the 8.76 lek an
    /// hour paid during the freeze". It is neither a part, a total nor a
    /// restatement of the figures around it.
    pub fn compared_with(&self, k: usize) -> bool {
        let scan = self.scan;
        let mut j = self.cands[k].first;
        // "than this year's 1.199 billion euros", "than last season's 40":
        // a time's possessive stands between too.
        let possessive = |w: &str| w.ends_with("'s") || w.ends_with("\u{2019}s");
        while j > 0
            && (matches!(
                scan.low(j - 1),
                "the" | "a" | "an" | "its" | "their" | "this" | "last" | "next" | "previous"
            ) || possessive(scan.low(j - 1)))
        {
            j -= 1;
        }
        j > 0 && matches!(scan.low(j - 1), "than")
    }

    /// The tokens of claim `k`'s counted noun: where it starts, and the one
    /// after it ends.
    pub fn head_tokens(&self, k: usize) -> Option<(usize, usize)> {
        let h = self.claims[k].frame.head.as_ref()?;
        let tokens = &self.scan.tokens;
        Some((
            tokens.partition_point(|t| t.span().start < h.span.start),
            tokens.partition_point(|t| t.span().start < h.span.end),
        ))
    }

    /// The nominal value of a number claim.
    pub fn nominal(&self, k: usize) -> Option<rust_decimal::Decimal> {
        match &self.claims[k].value {
            claimcheck_claims::Value::Number(i) => Some(i.nominal),
            _ => None,
        }
    }

    /// A figure set against another as its baseline: "£7.8 million, against
    /// an estimate of £6.1 million", "from 16,950", "compared with 74%".
    pub fn is_baseline(&self, k: usize) -> bool {
        let scan = self.scan;
        // The figure's own hedge ("compared with about 11,000") stands
        // between the figure and the word that sets it against another.
        let start = self.claims[k].span.start;
        let f = scan.tokens.partition_point(|t| t.span().start < start);
        let b = scan.low(f.wrapping_sub(1));
        // "almost double the 9,800 cases outstanding in 2019".
        let multiple =
            |w: &str| matches!(w, "double" | "twice" | "triple" | "treble" | "quadruple");
        matches!(b, "against" | "than" | "versus" | "vs" | "from")
            || (matches!(b, "with" | "to")
                && matches!(scan.low(f.wrapping_sub(2)), "compared" | "comparison"))
            || multiple(b)
            // "a third more than the 46,100 it took a year earlier".
            || (b == "the"
                && (multiple(scan.low(f.wrapping_sub(2)))
                    || matches!(
                        scan.low(f.wrapping_sub(2)),
                        "than" | "against" | "versus" | "from"
                    )))
    }

    /// "2,310 more than a year earlier", "a quarter more than the 46,500":
    /// a figure that is a difference measures a group against another; it
    /// is no group itself.
    pub fn is_difference(&self, k: usize) -> bool {
        let scan = self.scan;
        let next = self.cands[k].last + 1;
        (matches!(scan.low(next), "more" | "fewer" | "less")
            || self.grammar.comparatives.contains(scan.low(next)))
            && scan.is(next + 1, "than")
    }

    /// A figure joined to its noun by a dash, naming one thing by its size:
    /// "a nine-member jury", "the 150-seat chamber"; not "Sixty-three", whose
    /// last word is the number's own (the frame's head is that noun).
    pub fn compound(&self, k: usize) -> bool {
        let c = &self.cands[k];
        c.last > c.first
            && self.scan.is_dash(c.last - 1)
            && self.claims[k]
                .frame
                .head
                .as_ref()
                .is_some_and(|h| h.span.start == self.scan.tokens[c.last].span().start)
    }

    pub fn is_count(&self, k: usize) -> bool {
        self.claims[k].kind == Kind::Count
    }

    /// The class of what a claim counts: its noun's ("homes", "the toll"), or
    /// for a generic noun or none, its verb's ("killing 35 people" → dead).
    pub fn head_class(&self, k: usize) -> Option<&str> {
        let f = &self.claims[k].frame;
        if let Some(h) = f.head.as_ref() {
            if let Some(c) = self.class_by_noun(k) {
                return Some(c);
            }
            let class = self.grammar.class(&h.lemma);
            if !self.grammar.generic_heads.contains(class) && !self.kinds_listed(k) {
                return Some(class);
            }
        }
        let by_verb = f.predicate.as_deref().and_then(|p| self.grammar.deed_of(p));
        if let Some(c) = by_verb.or_else(|| self.phrasal_deed(k)) {
            return Some(c);
        }
        if let Some(root) = self.deeds_counted_by_times(k) {
            return Some(root);
        }
        let h = f.head.as_ref()?;
        Some(self.grammar.class(&h.lemma))
    }

    /// The class a phrasal verb of the claim's predicate says is counted:
    /// "1,870 people had been moved out of the four villages" counts the
    /// evacuated ("moved out" in a `counted_by` list), where "moved" alone
    /// says nothing.
    fn phrasal_deed(&self, k: usize) -> Option<&str> {
        let p = self.claims[k].frame.predicate.as_deref()?;
        if !self.grammar.phrasal_heads.contains(p) {
            return None;
        }
        let scan = self.scan;
        let (s0, s1) = scan.sentence_of(self.cands[k].first);
        (s0..s1.saturating_sub(1))
            .filter(|&j| scan.low(j) == p)
            .find_map(|j| {
                let particle = scan.low(j + 1);
                // "taken to hospital": a particle of two words.
                if particle == "to" {
                    return self.grammar.deed_of(&format!("{p} to {}", scan.low(j + 2)));
                }
                matches!(particle, "out" | "away" | "off" | "up" | "down" | "in")
                    .then(|| self.grammar.deed_of(&format!("{p} {particle}")))
                    .flatten()
            })
    }

    /// "Cruise ships called 14 times": a count of times its verb was done
    /// counts the deeds the verb names ("the 17 cruise calls"), as the verb's
    /// root: "called" → "call", "visited" → "visit", "stopped" → "stop".
    fn deeds_counted_by_times(&self, k: usize) -> Option<&str> {
        let scan = self.scan;
        if !scan.is(self.cands[k].last + 1, "times") {
            return None;
        }
        let verb = self.claims[k].frame.predicate.as_deref()?;
        // "was called out 183 times" counts call-outs: a verb with its
        // particle names another deed than the verb alone.
        let first = self.cands[k].first;
        let particle = (first.saturating_sub(4)..first).any(|j| {
            scan.low(j) == verb.to_lowercase()
                && matches!(
                    scan.low(j + 1),
                    "out" | "off" | "up" | "in" | "back" | "over"
                )
        });
        if particle {
            return None;
        }
        let root = verb.strip_suffix("ed")?;
        let b = root.as_bytes();
        // "stopped": the doubled consonant belongs to the ending; not in
        // "called", "passed", "staffed", "buzzed".
        let doubled = b.len() >= 4
            && b[b.len() - 1] == b[b.len() - 2]
            && !matches!(b[b.len() - 1], b'l' | b's' | b'f' | b'z');
        let root = if doubled {
            &root[..root.len() - 1]
        } else {
            root
        };
        (root.len() >= 3).then_some(root)
    }

    /// "lent 1,462,800 books, e-books, films and other items": the head is
    /// the first of a list of kinds closed by "and other …", so the figure
    /// counts them all, named by its verb (the loans) rather than its first
    /// noun.
    fn kinds_listed(&self, k: usize) -> bool {
        let Some(h) = self.claims[k].frame.head.as_ref() else {
            return false;
        };
        let scan = self.scan;
        let mut j = scan.tokens.partition_point(|t| t.span().start < h.span.end);
        let s1 = scan.sentence_of(j.saturating_sub(1)).1;
        let mut items = 0;
        while j + 1 < s1 && scan.is_punct(j, ',') && items < 8 {
            // An item of a few words, hyphens and all ("e-books").
            let start = j + 1;
            j = start;
            while j < s1 && j < start + 4 && !scan.is_punct(j, ',') && !scan.is(j, "and") {
                j += 1;
            }
            items += 1;
        }
        items >= 1 && scan.is(j, "and") && scan.is(j + 1, "other")
    }

    /// The class a noun names ("the toll" → dead); a number noun in the
    /// plural counts numbers ("the two tolls").
    fn class_by_noun(&self, k: usize) -> Option<&str> {
        let h = self.claims[k].frame.head.as_ref()?;
        let plural_number = self.grammar.number_nouns.contains(&*h.lemma)
            && self.scan.text[h.span.start..h.span.end].ends_with('s');
        if plural_number {
            return None;
        }
        self.grammar
            .class_by_noun
            .get(&*h.lemma)
            .map(String::as_str)
    }

    /// Token `j` opens its sentence, or the story after a dateline
    /// ("LOWTHER, Nov 17 — Of the 132,235 ballots …").
    pub fn opens_sentence(&self, j: usize) -> bool {
        let scan = self.scan;
        if scan.sentence_initial(j) {
            return true;
        }
        let Some(dash) = j.checked_sub(1).filter(|&d| scan.is_dash(d)) else {
            return false;
        };
        let s0 = scan.sentence_of(j).0;
        dash <= s0 + 8
            && dash > s0
            && self
                .layout
                .claim_at(dash - 1)
                .is_some_and(|k| self.claims[k].kind == Kind::Date)
    }

    /// The class of a claim's own noun, not inferred from its verb.
    pub fn noun_class(&self, k: usize) -> Option<&str> {
        let h = self.claims[k].frame.head.as_ref()?;
        let c = self
            .class_by_noun(k)
            .unwrap_or_else(|| self.grammar.class(&h.lemma));
        (!self.grammar.generic_heads.contains(c)).then_some(c)
    }

    /// A head specific enough to tie two figures together on its own.
    pub fn specific_head(&self, k: usize) -> Option<&str> {
        let h = self.head_class(k)?;
        (h.len() >= 3 && !self.grammar.generic_heads.contains(h)).then_some(h)
    }

    /// What a sum of money with no head in its frame is, by the noun that
    /// names it, as its synonym class ("a shortfall of …" is the frame's head
    /// already): "its annual grant, worth 4.32 million euros" is "subsidy";
    /// "Payments in the first year came to
    /// 39.2 million", "At a cost that topped 390 million" name it as the
    /// subject of a verb of totalling; "18.4 million crowns in losses" after.
    pub fn sum_class(&self, k: usize) -> Option<String> {
        if self.claims[k].kind != claimcheck_claims::Kind::Money {
            return None;
        }
        let (scan, g) = (self.scan, self.grammar);
        let (first, last) = (self.cands[k].first, self.cands[k].last);
        let s0 = scan.sentence_of(first).0;
        let sum_at = |j: usize| {
            let lemma = g.lemma(scan.low(j));
            g.sum_nouns
                .contains(&lemma)
                .then(|| g.class(&lemma).to_string())
        };
        let before = |n: usize| first.checked_sub(n).filter(|&j| j >= s0);
        // "its annual grant, worth", "the fuel bill, at" ("a shortfall of"
        // is the frame's head already).
        if let Some(b1) = before(1) {
            if matches!(scan.low(b1), "worth" | "at" | "of")
                && before(2).is_some_and(|j| scan.is_punct(j, ','))
            {
                if let Some(found) = before(3).and_then(sum_at) {
                    return Some(found);
                }
            }
            // "came to", "stood at", "totalled", "topped": the subject is
            // the clause's first sum noun.
            // A verb that is the figure's own hedge ("topped 390 million").
            let verb = if matches!(scan.low(b1), "to" | "at") {
                before(2)
            } else {
                Some(b1)
            };
            if verb
                .into_iter()
                .chain([first])
                .any(|v| g.totalling_verbs.contains(scan.low(v)))
            {
                if let Some(found) =
                    (first.saturating_sub(SUM_NOUN_REACH).max(s0)..first).find_map(sum_at)
                {
                    return Some(found);
                }
            }
        }
        // "18.4 million crowns in losses".
        (scan.is(last + 1, "in"))
            .then(|| sum_at(last + 2))
            .flatten()
    }

    /// Same scope marks, and no date in either that the other contradicts.
    pub fn same_scope(&self, a: usize, b: usize) -> bool {
        let (fa, fb) = (&self.claims[a].frame, &self.claims[b].frame);
        if fa.scope != fb.scope && !(self.last_years_count(a) && self.last_years_count(b)) {
            return false;
        }
        self.same_time(a, b)
    }

    /// A count of last year: scoped by "last year" alone, or dated by last
    /// year's number ("drew 684,200 visitors in 2025" read in 2026).
    fn last_years_count(&self, k: usize) -> bool {
        let f = &self.claims[k].frame;
        (f.scope.len() == 1 && f.scope[0] == "last year")
            || (f.scope.is_empty()
                && f.time.is_some_and(|d| {
                    let d = d as usize;
                    matches!(
                        &self.claims[d].value,
                        claimcheck_claims::Value::Date(v)
                            if matches!(v.nominal, claimcheck_claims::DateNominal::Year(_))
                    ) && self.written_year(d)
                        && self
                            .published_year
                            .is_some_and(|p| self.date_year(d) == Some(p - 1))
                }))
    }

    /// Same scope for a part and the total it is taken from: the total's own
    /// "in all" marks the sum, not another scope ("In all, 86 homes across
    /// the province were destroyed" … "The Pradosa fire destroyed 94 houses").
    pub fn same_scope_as_total(&self, part: usize, total: usize) -> bool {
        let marks = |k: usize| {
            self.claims[k]
                .frame
                .scope
                .iter()
                .filter(|s| *s != "in all")
                .collect::<Vec<_>>()
        };
        marks(part) == marks(total) && self.same_time(part, total)
    }

    /// No dates of the two figures that differ.
    fn same_time(&self, a: usize, b: usize) -> bool {
        let (fa, fb) = (&self.claims[a].frame, &self.claims[b].frame);
        match (fa.time(), fb.time()) {
            (Some(x), Some(y)) => self.claims[x].value == self.claims[y].value,
            _ => true,
        }
    }

    /// Same scope marks, and no written years that differ: a part may be dated
    /// days after its whole ("carrying 1,860 when it berthed on Friday" … "by
    /// Monday, 2,050 of the ship's containers").
    pub fn same_scope_loose(&self, a: usize, b: usize) -> bool {
        let (fa, fb) = (&self.claims[a].frame, &self.claims[b].frame);
        // "carries just over 400 million journeys a year" in the present
        // restates "made 396.8 million trips last year": the yearly rate as
        // it stands is last year's count.
        // So does a count dated by last year's number alone: "recorded
        // 186,400 visitors in 2024" read in 2025.
        let annual = |rate: &claimcheck_claims::Frame, count: usize| {
            rate.scope.len() == 1
                && rate.scope[0] == "per year"
                && rate.tense == claimcheck_claims::Tense::Present
                && self.last_years_count(count)
        };
        if annual(fa, b) || annual(fb, a) {
            return true;
        }
        if fa.scope != fb.scope && !(self.last_years_count(a) && self.last_years_count(b)) {
            return false;
        }
        // Only a date in the figure's own clause dates an inventory: "the
        // 6,200-seat Harbour Hall, …, which they joined in 2016" is not the
        // hall's seats in 2016.
        // A "with" phrase set off after the date's clause tells what the
        // dated event had: "was held … on 9 September 2000, with 14 stalls".
        let own = |k: usize, t: usize| {
            let (ck, ct) = (
                self.layout.clause(self.cands[k].first),
                self.layout.clause(self.cands[t].first),
            );
            let with = || {
                let (start, _) = self.layout.clause_range(self.scan, self.cands[k].first);
                (start..self.cands[k].first)
                    .find(|&j| self.scan.kind(j) == Some(crate::scan::TokenKind::Word))
                    .is_some_and(|j| self.scan.is(j, "with"))
            };
            ck == ct || (ck == ct + 1 && with())
        };
        match (fa.time(), fb.time()) {
            (Some(x), Some(y))
                if self.written_year(x) && self.written_year(y) && own(a, x) && own(b, y) =>
            {
                self.claims[x].value == self.claims[y].value
            }
            // "The very first was held … on 9 September 2000, with 14 stalls
            // … Today 41 of the stalls": a written year and a date told
            // without one, years apart (a day or two apart may straddle a
            // new year).
            (Some(x), Some(y))
                if (self.written_year(x) || self.written_year(y)) && own(a, x) && own(b, y) =>
            {
                match (self.date_year(x), self.date_year(y)) {
                    (Some(p), Some(q)) => (p - q).abs() < 2,
                    _ => true,
                }
            }
            _ => true,
        }
    }

    /// Attributed to different sources: a disagreement, not one quantity. Names
    /// are compared loosely: "the agency" is "the regional civil protection agency".
    pub fn different_sources(&self, a: usize, b: usize) -> bool {
        match (self.voice(a), self.voice(b)) {
            (Some(x), Some(y)) => !x.same_voice(y),
            _ => false,
        }
    }

    /// Whose figure claim `k` is: its own source, else the source of the
    /// figures elsewhere giving the same value in the same unit, when they
    /// all speak with one voice. The lede's "cost 4.8 million crowns" is the
    /// trust's when "The trust puts the final bill at 4.8 million crowns", so
    /// the councillors' "closer to 5.5 million" disagrees with the trust, not
    /// with the story.
    fn voice(&self, k: usize) -> Option<&claimcheck_claims::Attribution> {
        let voices = self
            .voices
            .get_or_init(|| (0..self.claims.len()).map(|k| self.voice_of(k)).collect());
        voices[k].and_then(|j| self.claims[j].source.as_deref())
    }

    /// The claim whose source speaks for claim `k` (see `voice`).
    fn voice_of(&self, k: usize) -> Option<usize> {
        let c = &self.claims[k];
        if c.source.is_some() {
            return Some(k);
        }
        let mut voices = self.window(k).filter(|&j| {
            let o = &self.claims[j];
            j != k
                && o.source.is_some()
                && o.kind == c.kind
                && o.unit == c.unit
                && o.value == c.value
        });
        let first = voices.next()?;
        let voice = self.claims[first].source.as_deref()?;
        voices
            .all(|j| {
                self.claims[j]
                    .source
                    .as_deref()
                    .is_some_and(|v| v.same_voice(voice))
            })
            .then_some(first)
    }
}

impl Relator<'_> {
    /// Claims whose sentence lies within `REACH` of claim `k`'s, as an index
    /// range (claims are in text order): every search for a partner looks only
    /// here, so the cost stays linear in the document.
    pub fn window(&self, k: usize) -> std::ops::Range<usize> {
        let s = self.claims[k].sentence;
        let lo = self.claims.partition_point(|c| c.sentence + REACH < s);
        let hi = self.claims.partition_point(|c| c.sentence <= s + REACH);
        lo..hi
    }

    /// The calendar year of a date claim, written out or resolved.
    pub fn date_year(&self, d: usize) -> Option<i16> {
        match &self.claims[d].value {
            claimcheck_claims::Value::Date(v) => Some(match v.nominal {
                claimcheck_claims::DateNominal::Year(y)
                | claimcheck_claims::DateNominal::Month(y, _) => y,
                claimcheck_claims::DateNominal::Day(d) => d.year(),
            }),
            _ => None,
        }
    }

    /// A date claim with the year written out ("in 2019", "March 2021").
    pub fn written_year(&self, d: usize) -> bool {
        self.claims[d]
            .text
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit))
    }

    /// The words that mark a figure as a stated total: "a combined 412,000",
    /// "a total of 90", "all 2,430", "… in all", "… altogether".
    pub fn total_cue(&self, k: usize) -> Option<Span> {
        self.totals
            .get_or_init(|| {
                (0..self.claims.len())
                    .map(|k| self.find_total_cue(k))
                    .collect()
            })
            .get(k)
            .copied()
            .flatten()
    }

    fn find_total_cue(&self, k: usize) -> Option<Span> {
        let scan = self.scan;
        let c = &self.cands[k];
        if scan.is(c.first, "all") {
            return Some(scan.tokens[c.first].span());
        }
        // "A total of 212", with the words inside the claim's span.
        if let Some(t) = (c.first..c.last).find(|&j| scan.is(j, "total") || scan.is(j, "combined"))
        {
            return Some(scan.tokens[t].span());
        }
        let b = c.first.checked_sub(1)?;
        if (scan.is(b, "combined") && !rest_combined(scan, b)) || scan.is(b, "total") {
            return Some(scan.tokens[b].span());
        }
        // "a total of 212", "Norland's haul of nine medals", "a tally of 40".
        if scan.is(b, "of") && matches!(scan.low(b.wrapping_sub(1)), "total" | "haul" | "tally") {
            return Some(scan.span(b - 1, b));
        }
        // "In all, 73 homes …", "Altogether, 40 …": the sentence opens with it.
        let s0 = scan.sentence_of(c.first).0;
        if (s0..c.first).any(|j| {
            ((scan.is(j, "in") && matches!(scan.low(j + 1), "all" | "total"))
                || scan.is(j, "altogether"))
                && scan.sentence_initial(j)
        }) && (s0..c.first).all(|j| self.layout.claim_at(j).is_none())
        {
            return Some(scan.span(s0, s0 + 1));
        }
        let (_, c1) = self.layout.clause_range(scan, c.last);
        (c.last + 1..c1.min(c.last + 6)).find_map(|j| {
            if scan.is(j, "altogether") {
                Some(scan.tokens[j].span())
            } else if scan.is(j, "in") && scan.is(j + 1, "all") {
                Some(scan.span(j, j + 1))
            } else if j == c.last + 1
                && scan.is(j, "between")
                && matches!(scan.low(j + 1), "them" | "both")
            {
                // "36 between them": the parts' sum, said after it.
                Some(scan.span(j, j + 1))
            } else {
                None
            }
        })
    }

    /// The content words between a figure and its noun ("retired" in "the
    /// fund's 91,500 retired members"); None when the figure has no noun.
    pub fn modifiers(&self, k: usize) -> Option<&[Box<str>]> {
        self.claims[k]
            .frame
            .head
            .as_ref()
            .map(|h| h.modifiers.as_slice())
    }

    /// The word `lemma` stands in claim `k`'s sentence ("tessaro" in "Tessaro
    /// Group operates nine hotels").
    pub fn names_in_sentence(&self, k: usize, lemma: &str) -> bool {
        let (s0, s1) = self.scan.sentence_of(self.cands[k].first);
        (s0..s1).any(|j| self.scan.low(j) == lemma || self.grammar.lemma(self.scan.low(j)) == lemma)
    }

    /// "Left back Dario Venn has been the driving force. He leads the
    /// chart with 187 goals": the claim's sentence opens with a personal
    /// pronoun and the sentence before names `lemma`.
    pub fn pronoun_for(&self, k: usize, lemma: &str) -> bool {
        let scan = self.scan;
        let (s0, _) = scan.sentence_of(self.cands[k].first);
        if !matches!(scan.low(s0), "he" | "she" | "they") || s0 == 0 {
            return false;
        }
        let (p0, p1) = scan.sentence_of(s0 - 1);
        (p0..p1).any(|j| scan.low(j) == lemma)
    }

    /// Whether `lemma` stands as a common noun in the claim's sentence ("the
    /// carrier's thirty-eight planes"): a description pointing back to a
    /// named owner, not a name of its own.
    pub fn common_owner(&self, k: usize, lemma: &str) -> bool {
        let (s0, s1) = self.scan.sentence_of(self.cands[k].first);
        (s0..s1).any(|j| {
            let low = self.scan.low(j);
            let bare = low
                .strip_suffix("'s")
                .or_else(|| low.strip_suffix("\u{2019}s"))
                .unwrap_or(low);
            bare == lemma && !self.scan.capitalized(j)
        })
    }

    /// Names of the metrics whose cue is exactly the word at `span`
    /// ("escapees" → escaped).
    pub fn metrics_named(&self, span: Span) -> Vec<String> {
        // Tokens are in text order: find the one at the span by binary search.
        let i = self
            .scan
            .tokens
            .partition_point(|t| t.span().start < span.start);
        if self.scan.tokens.get(i).is_none_or(|t| t.span() != span) {
            return Vec::new();
        }
        (self.metric_cue)(self.scan, i)
    }
}

/// A crude stem, enough to match "destroyed" with "destroying" or "destroy",
/// and a verb with its deed's noun ("declared", "the declaration"; "surveyed",
/// "the survey").
fn stem(w: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s", "e"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() >= 3 {
                return s;
            }
        }
    }
    w
}

/// "every other service combined 96.8 million", "the rest combined 12": the
/// "combined" at token `b` sums what is left beside the parts already named,
/// so its figure is one more part, not their total.
pub(crate) fn rest_combined(scan: &Scan, b: usize) -> bool {
    (b.saturating_sub(4)..b).any(|j| matches!(scan.low(j), "other" | "rest" | "remaining" | "else"))
}
