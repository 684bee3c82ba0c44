//! Linking: which metric a figure measures and which source it is credited to.
//!
//! Metric: the rule packs' cue words, searched in the figure's clause in a fixed
//! order (compound noun, of-phrase head, the words after, the words before), and
//! anaphors ("the number", "the toll") that take the metric of the figure they
//! refer back to. Source: "according to SRC", "SRC said …", "…, SRC said",
//! "…, said SRC", with pronouns, surnames and "the report" resolved to the fuller
//! name given earlier. No cue, no source: guessing is where misattribution starts.

use crate::candidate::Candidate;
use crate::lexicon::{Lexicon, PhraseTable};
use crate::scan::{Scan, TokenKind};
use crate::words::Tags;
use claimcheck_claims::{Attribution, Claim, Kind, MetricDef, Span};

/// Cue phrases of every metric, compiled once.
pub struct MetricIndex {
    cues: PhraseTable<Vec<(usize, Kind)>>,
    /// Compound nouns ("nation" in "11-nation") → metric.
    compounds: crate::words::WordMap<(usize, Kind)>,
    names: Vec<String>,
}

impl MetricIndex {
    pub fn new(metrics: &[MetricDef]) -> Self {
        let mut by_phrase: std::collections::BTreeMap<&str, Vec<(usize, Kind)>> =
            Default::default();
        for (i, m) in metrics.iter().enumerate() {
            for cue in &m.cues {
                by_phrase.entry(cue.as_str()).or_default().push((i, m.kind));
            }
        }
        let mut cues = PhraseTable::new();
        for (phrase, targets) in by_phrase {
            cues.insert(phrase, targets);
        }
        let compounds = metrics
            .iter()
            .enumerate()
            .flat_map(|(i, m)| m.compounds.iter().map(move |c| (c.clone(), (i, m.kind))))
            .collect();
        MetricIndex {
            cues,
            compounds,
            names: metrics.iter().map(|m| m.name.clone()).collect(),
        }
    }

    /// The first words of every cue.
    pub(crate) fn cue_starts(&self) -> impl Iterator<Item = &str> {
        self.cues.first_words()
    }

    /// The count metrics whose cue is exactly the word at token `i`.
    pub(crate) fn count_metrics_at(&self, scan: &Scan, i: usize) -> Vec<String> {
        match self.cues.match_at(scan, i) {
            Some((last, targets)) if last == i => targets
                .iter()
                .filter(|(_, k)| *k == Kind::Count)
                .map(|(m, _)| self.names[*m].clone())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The metric a cue starting at token `i` names for a figure of `kind`.
    fn cue_at(&self, scan: &Scan, i: usize, kind: Kind) -> Option<(usize, usize)> {
        // Untagged, the phrase table is asked directly.
        if !scan.has_tag(i, Tags::CUE_START, |_| true) {
            return None;
        }
        let (last, targets) = self.cues.match_at(scan, i)?;
        let (m, _) = targets.iter().find(|(_, k)| *k == kind)?;
        Some((*m, last))
    }
}

/// Words a walk over a sentence stops at: those that can end a clause for
/// linking purposes ("as" only after a comma), and "according" ("according to").
pub(crate) const LINK_CUE_WORDS: &[&str] = &[
    "while",
    "whereas",
    "but",
    "although",
    "though",
    "however",
    "as",
    "according",
    "meaning",
];

/// Words that end a clause for linking purposes.
fn is_hard_break(scan: &Scan, j: usize) -> bool {
    if scan.kind(j) == Some(TokenKind::Punct) {
        // Semicolons, colons and brackets stay inside a sentence's attribution:
        // "21 pulled out: 14 on Thursday, …, according to the ministry".
        return matches!(scan.text(j), "—" | "–");
    }
    if !scan.has_tag(j, Tags::LINK_CUE, |w| LINK_CUE_WORDS.contains(&w)) {
        return false;
    }
    match scan.low(j) {
        "while" | "whereas" | "but" | "although" | "though" | "however" => true,
        // ", as the ministry faced questions": a new clause, unlike "as many as".
        // ", meaning the fine amounts to 1 percent": the writer's inference.
        "as" | "meaning" => j > 0 && scan.is_punct(j - 1, ','),
        _ => false,
    }
}

fn is_clause_word(scan: &Scan, j: usize) -> bool {
    matches!(
        scan.low(j),
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "when"
            | "where"
            | "after"
            | "before"
            | "because"
            | "if"
            | "unless"
            | "since"
    )
}

/// Positions, in one sentence, of tokens that can be a reporting verb (by their
/// word alone) and of hard clause breaks.
#[derive(Default)]
struct SentenceCues {
    verbs: Vec<usize>,
    breaks: Vec<usize>,
    /// Positions of "according" in "according to".
    according: Vec<usize>,
}

/// How many capitalised heads a document resolves by walking its text before
/// it indexes every capitalised word instead: walks are cheaper for the few
/// heads of a usual story, the index bounds the work for a long one.
const FEW_HEADS: usize = 8;

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
];
const PRONOUNS: &[&str] = &["it", "he", "she", "they", "we", "i"];

pub struct Linker<'a> {
    pub scan: &'a Scan<'a>,
    pub lex: &'a Lexicon,
    pub metrics: &'a MetricIndex,
    /// Token ranges of every claim, so windows stop at the next figure.
    pub claim_tokens: Vec<(usize, usize)>,
    /// Which claims are dates or durations.
    timeish: Vec<bool>,
    /// Reporting-verb words and clause breaks of each sentence (by sentence
    /// number), found once per sentence: every claim in it walks the same tokens.
    sentence_cues: Vec<std::cell::OnceCell<SentenceCues>>,
    /// Quotations as (opening mark, closing mark) token indices.
    quotes: Vec<(usize, usize)>,
    /// The positions of capitalised words, ordered by the word (lower-cased)
    /// and, within one word, by position: a word's positions are one run,
    /// found by binary search. Four bytes per capitalised word (about one
    /// token in ten), where a map and a per-token chain cost eight per token.
    /// Built on first use, once a document has asked for more than
    /// `FEW_HEADS` capitalised heads.
    word_positions: std::cell::OnceCell<Vec<u32>>,
    /// Resolved names by the span of the words they resolve: the claims of one
    /// sentence usually share their source, which is resolved once.
    resolved: std::cell::RefCell<rustc_hash::FxHashMap<(usize, usize), String>>,
    /// Positions of the heads already looked for, by (capitalised, lower-cased
    /// head), so that each is found once per document.
    #[allow(clippy::type_complexity)]
    head_positions:
        std::cell::RefCell<rustc_hash::FxHashMap<(bool, String), std::rc::Rc<Vec<usize>>>>,
    /// How many capitalised heads were found by walking the text.
    capitals_walked: std::cell::Cell<usize>,
    /// The speaker of a quote whose setting held the figure just linked
    /// ("…,” Felk told a briefing at the 640-bed infirmary"): known for the
    /// pronouns after, though the figure is not theirs.
    setting_speaker: std::cell::RefCell<Option<String>>,
}

/// Pair quotation marks within paragraphs: curly marks open and close, straight
/// ones alternate. An unclosed quote ends with its paragraph.
fn find_quotes(scan: &Scan) -> Vec<(usize, usize)> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for j in 0..scan.len() {
        let para_break = j > 0
            && scan.tokens[j].newline_before
            && scan.text[scan.tokens[j - 1].span().end..scan.tokens[j].span().start]
                .bytes()
                .filter(|&b| b == b'\n')
                .count()
                >= 2;
        if para_break {
            open = None;
        }
        if scan.tokens[j].kind != TokenKind::Punct {
            continue;
        }
        // Compared as bytes: “ and ” are three each.
        let span = scan.tokens[j].span();
        match (&scan.text.as_bytes()[span.start..span.end], open) {
            (b"\xE2\x80\x9C", _) => open = Some(j),
            (b"\xE2\x80\x9D", Some(o)) | (b"\"", Some(o)) => {
                quotes.push((o, j));
                open = None;
            }
            (b"\"", None) => open = Some(j),
            _ => {}
        }
    }
    quotes
}

impl<'a> Linker<'a> {
    pub fn new(
        scan: &'a Scan<'a>,
        lex: &'a Lexicon,
        metrics: &'a MetricIndex,
        cands: &[Candidate],
    ) -> Self {
        Linker {
            scan,
            lex,
            metrics,
            claim_tokens: cands.iter().map(|c| (c.first, c.last)).collect(),
            timeish: cands
                .iter()
                .map(|c| matches!(c.kind, Kind::Date | Kind::Duration))
                .collect(),
            quotes: find_quotes(scan),
            word_positions: std::cell::OnceCell::new(),
            resolved: Default::default(),
            head_positions: Default::default(),
            capitals_walked: Default::default(),
            setting_speaker: Default::default(),
            sentence_cues: (0..scan.sentences.len())
                .map(|_| std::cell::OnceCell::new())
                .collect(),
        }
    }

    /// Link every candidate, in order, into its claim (`claims[k]` is
    /// `cands[k]`'s): metric, the cue that set it, and source. Written in
    /// place, so no second per-figure table lives beside the claims; anaphors
    /// look back at the metrics of claims already linked.
    pub fn link_all(&self, cands: &[Candidate], claims: &mut [Claim]) {
        debug_assert_eq!(cands.len(), claims.len());
        let mut known_sources: Vec<String> = Vec::new();
        for (k, c) in cands.iter().enumerate() {
            let (metric, metric_cue) = self.metric_of(k, c, cands, &claims[..k]);
            let source = self.source_of(k, c, &known_sources);
            if let Some(name) = self.setting_speaker.borrow_mut().take() {
                if !known_sources.contains(&name) {
                    known_sources.push(name);
                }
            }
            if let Some(s) = &source {
                if !known_sources.contains(&s.name) {
                    known_sources.push(s.name.clone());
                }
            }
            let claim = &mut claims[k];
            claim.metric = metric;
            claim.metric_cue = metric_cue;
            claim.source = source.map(Box::new);
        }
        // "dozens, and possibly hundreds, of fighters fled": coordinated figures
        // share the noun and verb that follow the last of them.
        for k in (0..cands.len().saturating_sub(1)).rev() {
            if claims[k].metric.is_none()
                && cands[k].kind == cands[k + 1].kind
                && self.coordinated(&cands[k], &cands[k + 1])
            {
                claims[k].metric = claims[k + 1].metric.clone();
                claims[k].metric_cue = claims[k + 1].metric_cue;
            }
        }
    }

    /// Only commas, conjunctions and modal words stand between two figures.
    fn coordinated(&self, a: &Candidate, b: &Candidate) -> bool {
        let between = a.last + 1..b.first;
        !between.is_empty()
            && between.len() <= 5
            && between.clone().all(|j| {
                self.scan.is_punct(j, ',')
                    || matches!(
                        self.scan.low(j),
                        "and"
                            | "or"
                            | "possibly"
                            | "perhaps"
                            | "even"
                            | "if"
                            | "not"
                            | "maybe"
                            | "probably"
                    )
            })
            && between
                .clone()
                .any(|j| matches!(self.scan.low(j), "and" | "or" | "if"))
    }

    fn bounds(&self, k: usize) -> (usize, usize) {
        // The window around claim k ends at the neighbouring figures; dates and
        // durations do not compete for a noun ("the death toll from Sunday's quake
        // rose to 212").
        let figure = |i: &usize| !self.timeish[*i];
        let prev_end = (0..k)
            .rev()
            .find(figure)
            .map_or(0, |p| self.claim_tokens[p].1 + 1);
        let next_start = (k + 1..self.claim_tokens.len())
            .find(figure)
            .map_or(self.scan.len(), |n| self.claim_tokens[n].0);
        let (s0, s1) = self.scan.sentence_of(self.claim_tokens[k].0);
        (prev_end.max(s0), next_start.min(s1))
    }

    fn metric_of(
        &self,
        k: usize,
        c: &Candidate,
        cands: &[Candidate],
        earlier: &[Claim],
    ) -> (Option<String>, Option<Span>) {
        if matches!(c.kind, Kind::Date | Kind::Duration) {
            return (c.metric.clone().filter(|m| !m.starts_with("noun:")), None);
        }
        let scan = self.scan;
        let name = |m: usize| Some(self.metrics.names[m].clone());
        // 1. The compound's own noun: "90-member", "11-nation".
        if let Some(noun) = c.metric.as_deref().and_then(|m| m.strip_prefix("noun:")) {
            let j = (c.first..=c.last)
                .rev()
                .find(|&j| scan.low(j) == noun)
                .unwrap_or(c.last);
            if let Some((m, last)) = self.metrics.cue_at(scan, j, c.kind) {
                return (name(m), Some(scan.span(j, last)));
            }
            if let Some(&(m, kind)) = self.metrics.compounds.get(noun) {
                if kind == c.kind {
                    return (name(m), Some(scan.span(j, j)));
                }
            }
            // "from their 22 games in the 12-team division": a compound counts
            // its own noun; a cue nearby ("games") is another figure's.
            return (None, None);
        }
        let (lo, hi) = self.bounds(k);
        // 2. The head of an of-phrase before it: "the recapture of about 80 escapees".
        if c.first >= 2 && scan.is(c.first - 1, "of") && c.first - 2 >= lo {
            let j = c.first - 2;
            for start in j.saturating_sub(2)..=j {
                if let Some((m, last)) = self.metrics.cue_at(scan, start, c.kind) {
                    if last == j {
                        return (name(m), Some(scan.span(start, last)));
                    }
                }
            }
        }
        // 3. After the figure, within the clause. A partitive "of the escapees" names
        // the whole the figure is taken from, not what it counts.
        let mut after: Vec<(usize, usize, usize)> = Vec::new();
        let mut j = c.last + 1;
        // "possibly hundreds, of ISIS fighters": a comma closing a parenthetical.
        if scan.is_punct(j, ',') && scan.is(j + 1, "of") {
            j += 1;
        }
        // "dozens of homes were destroyed": after a vague word, "of" names what is
        // counted, not a whole it is taken from.
        if scan.is(j, "of") && c.value.bound() != claimcheck_claims::Bound::Vague {
            // Skip the partitive's noun group: a determiner and up to three words,
            // stopping at a verb or a preposition ("of ISIS fighters to flee").
            j += 1;
            let mut words = 0;
            while j < hi && scan.kind(j) == Some(TokenKind::Word) && words < 3 {
                let low = scan.low(j);
                if DETERMINERS.contains(&low) {
                    j += 1;
                    continue;
                }
                if self.is_verbish(j)
                    || matches!(
                        low,
                        "to" | "in" | "on" | "at" | "by" | "from" | "for" | "with" | "and" | "or"
                    )
                {
                    break;
                }
                j += 1;
                words += 1;
            }
        }
        let after_limit = (c.last + 9).min(hi);
        while j < after_limit
            && !is_hard_break(scan, j)
            && !(is_clause_word(scan, j) && j > c.last + 1)
        {
            if scan.is_punct(j, ',') || scan.is_punct(j, '.') {
                break;
            }
            if let Some((m, last)) = self.metrics.cue_at(scan, j, c.kind) {
                after.push((j - c.last, m, last));
                if after.len() == 2 {
                    break;
                }
                j = last + 1;
                continue;
            }
            // "1,420 from member states": a prepositional phrase says where the
            // figure comes from, not what it counts.
            if matches!(
                scan.low(j),
                "from"
                    | "at"
                    | "on"
                    | "for"
                    | "with"
                    | "by"
                    | "across"
                    | "into"
                    | "near"
                    | "during"
                    | "among"
                    | "between"
                    | "until"
                    | "within"
            ) {
                break;
            }
            j += 1;
        }
        // A noun right after the figure names the population ("120 detainees");
        // a cue just behind it names what happened to them ("… escaped").
        // "Twenty other passengers are missing": words of addition may stand
        // between the figure and its noun.
        let noun_at = 1
            + (c.last + 1..c.last + 3)
                .take_while(|&j| {
                    matches!(
                        scan.low(j),
                        "other" | "more" | "further" | "additional" | "extra"
                    )
                })
                .count();
        let after_pick = match after.as_slice() {
            [first, second, ..] if first.0 == noun_at && second.0 <= noun_at + 3 => Some(second),
            [first, ..] => Some(first),
            [] => None,
        };
        // "two army helicopters brought out 146 people": a verb whose object
        // is the next figure says what happened to that figure, not to its
        // subject's.
        let object_next = |last: usize| {
            (k + 1..self.claim_tokens.len())
                .find(|&n| !self.timeish[n])
                .is_some_and(|n| {
                    let first = self.claim_tokens[n].0;
                    first > last
                        && (last + 1..first)
                            .all(|j| matches!(scan.low(j), "the" | "a" | "an" | "some" | "another"))
                        && first <= last + 2
                })
        };
        let after_pick = after_pick.filter(|&&(da, _, last)| da == noun_at || !object_next(last));
        // 4. Before the figure, nearest first.
        let mut before: Option<(usize, usize, usize, usize)> = None;
        let mut j = c.first;
        // "The death toll from Sunday's quake rose to 212": after a linking verb the
        // figure measures its subject, so the window reaches back to the clause start.
        let linked = c.first > 0
            && (matches!(
                scan.low(c.first - 1),
                "reached" | "hit" | "passed" | "topped" | "exceeded" | "stood" | "stands"
            ) || (matches!(scan.low(c.first - 1), "to" | "at")
                && matches!(
                    scan.low(c.first.saturating_sub(2)),
                    "rose"
                        | "risen"
                        | "climbed"
                        | "jumped"
                        | "increased"
                        | "fell"
                        | "dropped"
                        | "stood"
                        | "stands"
                        | "revised"
                        | "raised"
                        | "put"
                        | "grew"
                )));
        let reach = if linked { 25 } else { 8 };
        // "VTU members staged three one-day strikes": a past verb right
        // before the figure takes it as its object; a cue before the verb is
        // the subject, which is not what the figure counts.
        // "ferried 39 of them": a partitive's group is named before, though.
        // "the fatalities included four males": a verb of parts keeps the
        // whole's measure; "Biden earned 6, and …": a figure with no noun of
        // its own counts what the cue counted.
        let object = !linked
            && c.first > 0
            && !scan.is(c.last + 1, "of")
            && scan.kind(c.last + 1) == Some(TokenKind::Word)
            && {
                let v = scan.low(c.first - 1);
                v.len() > 4
                    && v.ends_with("ed")
                    && scan.kind(c.first - 1) == Some(TokenKind::Word)
                    && !matches!(
                        v,
                        "included" | "comprised" | "numbered" | "totalled" | "totaled"
                    )
            };
        while j > lo && c.first - j < reach {
            j -= 1;
            if is_hard_break(scan, j) || scan.is_punct(j, '.') {
                break;
            }
            // The verb itself may be the cue ("killed 12").
            if object && j + 1 < c.first {
                break;
            }
            if let Some((m, last)) = self.metrics.cue_at(scan, j, c.kind) {
                if last < c.first {
                    // "the five who died sat in the gallery, several of them
                    // holding photographs": the cue is the relative clause of
                    // the figure before, not this one's.
                    if !self.relative_of_previous(lo, j) {
                        before = Some((c.first - last, m, j, last));
                    }
                    break;
                }
            }
        }
        // 5. An anaphor before it: "the number could be as high as 1,500".
        if after_pick.is_none() && before.is_none() {
            if let Some(m) = self.anaphor_metric(k, c, cands, earlier) {
                return (Some(m), None);
            }
            return (None, None);
        }
        match (after_pick, before) {
            (Some(&(da, m, last)), Some((db, mb, jb, lastb))) => {
                // "injured 37 workers": a verb right before the figure governs it,
                // the noun right after only names who.
                if db < da || (db == 1 && da == 1) {
                    (name(mb), Some(scan.span(jb, lastb)))
                } else {
                    (name(m), Some(scan.span(c.last + da, last)))
                }
            }
            (Some(&(da, m, last)), None) => (name(m), Some(scan.span(c.last + da, last))),
            (None, Some((_, mb, jb, lastb))) => (name(mb), Some(scan.span(jb, lastb))),
            (None, None) => (None, None),
        }
    }

    /// Is the cue at `j` in a relative clause opening right after the figure
    /// that ends before `lo`: "the five who died", "the 40 that had fled"?
    fn relative_of_previous(&self, lo: usize, j: usize) -> bool {
        let scan = self.scan;
        // The window starts after a figure, not at the sentence's start.
        lo > scan.sentence_of(j).0
            && (lo..j).any(|i| matches!(scan.low(i), "who" | "that" | "which"))
            && (lo..j).all(|i| {
                matches!(
                    scan.low(i),
                    "who" | "that" | "which" | "had" | "have" | "has" | "were" | "was" | "been"
                )
            })
    }

    fn is_verbish(&self, j: usize) -> bool {
        let low = self.scan.low(j);
        low.ends_with("ed")
            || self.lex.reporting_verbs.contains(low)
            || matches!(low, "were" | "was" | "are" | "is" | "had" | "have" | "has")
    }

    fn anaphor_metric(
        &self,
        k: usize,
        c: &Candidate,
        cands: &[Candidate],
        earlier: &[Claim],
    ) -> Option<String> {
        let scan = self.scan;
        let (s0, _) = scan.sentence_of(c.first);
        let start = c.first.saturating_sub(10).max(s0);
        // An anaphor ends before the figure: without one of their last words
        // there, no phrase needs matching ("the" starts too many).
        if !(start..c.first).any(|j| scan.has_tag(j, Tags::ANAPHOR_END, |_| true)) {
            return None;
        }
        let has_anaphor = (start..c.first).any(|j| {
            self.lex
                .anaphors
                .match_at(scan, j)
                .is_some_and(|(last, _)| last < c.first)
        });
        if !has_anaphor {
            return None;
        }
        let sentence = scan.tokens[c.first].sentence;
        (0..k)
            .rev()
            .take_while(|&p| sentence - scan.tokens[cands[p].first].sentence <= 1)
            .find_map(|p| {
                (cands[p].kind == c.kind)
                    .then(|| earlier[p].metric.clone())
                    .flatten()
            })
    }

    // ---------------------------------------------------------------- sources

    fn source_of(&self, _k: usize, c: &Candidate, known: &[String]) -> Option<Attribution> {
        let scan = self.scan;
        let (s0, s1) = scan.sentence_of(c.first);
        // Inside a quotation of some length, the figure is the speaker's.
        // Quotes do not nest: only the last one opened before the figure can hold it.
        let opened_before = self.quotes.partition_point(|&(o, _)| o < c.first);
        let holder = opened_before.checked_sub(1).map(|q| self.quotes[q]);
        if let Some((open, close)) = holder.filter(|&(o, cl)| c.last < cl && cl - o > 6) {
            if let Some(a) = self.quote_speaker(open, close) {
                return Some(self.resolve(a, known));
            }
        }
        if let Some(a) = self.clause_source(c, s0, s1, known) {
            return Some(a);
        }
        // "Of those rescued, 27 were taken to hospital": a partitive opener continues
        // the previous sentence's figures, and their source.
        let opener = (s0..s1)
            .find(|&j| scan.kind(j) != Some(TokenKind::Punct))
            .unwrap_or(s0);
        let partitive = (scan.is(opener, "of") || scan.is(opener, "among"))
            && matches!(scan.low(opener + 1), "those" | "them" | "these" | "the");
        // "Of the 31 patients, a dozen …" names its whole: it continues the
        // sentence before only if that sentence told the whole ("31"), not
        // a quote's speaker who gave another figure.
        // Claim tokens are in document order: a binary search keeps a long
        // document linear.
        let named_whole = scan.is(opener + 1, "the")
            && self
                .claim_tokens
                .binary_search_by_key(&(opener + 2), |&(f, _)| f)
                .is_ok();
        if named_whole && s0 > 0 {
            let (p0, p1) = scan.sentence_of(s0 - 1);
            let whole = scan.low(opener + 2);
            if !(p0..p1).any(|j| scan.low(j) == whole) {
                return None;
            }
        }
        // "Among the branches to go is Kings Parade, which opened in 1874":
        // only an amount splits the group; a date or an ordinal there is
        // the narrator's.
        let amount = matches!(c.kind, Kind::Count | Kind::Percent | Kind::Money);
        if partitive && amount {
            return self.previous_sentence_source(s0, known);
        }
        None
    }

    /// The source of the sentence before the one starting at `s0`, if it names one.
    fn previous_sentence_source(&self, s0: usize, known: &[String]) -> Option<Attribution> {
        if s0 == 0 {
            return None;
        }
        let (p0, p1) = self.scan.sentence_of(s0 - 1);
        let probe = self
            .claim_tokens
            .iter()
            .find(|&&(f, _)| f >= p0 && f < p1)?;
        let c = Candidate::new(
            probe.0,
            probe.1,
            Kind::Count,
            claimcheck_claims::Value::Number(claimcheck_claims::Interval::exact(
                rust_decimal::Decimal::ZERO,
            )),
        );
        self.clause_source(&c, p0, p1, known)
    }

    /// The speaker of a quotation: "…," said Sara Imel; "…," the executive said;
    /// Sara Imel said: "…".
    fn quote_speaker(&self, open: usize, close: usize) -> Option<Attribution> {
        let scan = self.scan;
        let (_, s1) = scan.sentence_of(close);
        let end = (close + 10).min(scan.len());
        for v in close + 1..end {
            if scan.is_punct(v, '.') || scan.is_punct(v, '“') {
                break;
            }
            if scan.kind(v) == Some(TokenKind::Word)
                && self.lex.reporting_verbs.at(scan, v).is_some()
                && !scan.is(v, "according")
            {
                if v == close + 1 {
                    let (a, b) = self.np_after(v + 1, s1.max(v + 2))?;
                    return Some(self.attribution(a, b, v));
                }
                let (a, b) = self.trim(close + 1, v - 1)?;
                return Some(self.attribution(a, b, v));
            }
        }
        // Speaker before the quote: "Imel said: “…”".
        let mut v = open;
        while v > 0 && matches!(scan.text(v - 1), ":" | ",") {
            v -= 1;
        }
        let v = v.checked_sub(1)?;
        if self.lex.reporting_verbs.at(scan, v).is_some() {
            let (s0, _) = scan.sentence_of(v);
            let (a, b) = self.np_before(v, s0)?;
            return Some(self.attribution(a, b, v));
        }
        None
    }

    /// The source named in the figure's own sentence.
    fn clause_source(
        &self,
        c: &Candidate,
        s0: usize,
        s1: usize,
        known: &[String],
    ) -> Option<Attribution> {
        let scan = self.scan;
        // "according to SRC", anywhere in the clause.
        if let Some(a) = self.according_to(c, s0, s1) {
            return Some(self.resolve(a, known));
        }
        // "nearly €400,000 by Brightway's own count".
        if let Some(a) = self.by_reckoning_of(c, s1) {
            return Some(self.resolve(a, known));
        }
        // "The statistics office's count of nearly 280,000 …, the federation
        // noted": the figure is the count's, whoever mentions it.
        if let Some(a) = self.reckoning_before(c, s0) {
            return Some(self.resolve(a, known));
        }
        let cues = self.cues_of(s0, s1);
        // Forward: "SRC said (that) … figure": verbs after the last break before it.
        let floor = cues
            .breaks
            .iter()
            .rev()
            .find(|&&b| b < c.first)
            .map_or(s0, |&b| b + 1);
        // "Quillon Rail said it expected to run about 35%": a pronoun subject
        // of the nearer verb is the named subject of the verb before it.
        let mut pronoun: Option<(usize, usize, usize)> = None;
        for &j in cues
            .verbs
            .iter()
            .rev()
            .filter(|&&v| v < c.first && v >= floor)
        {
            // "Aalto, who said little, will speak on Thursday": a relative
            // clause's verb reports only what stands inside the clause.
            let relative = j >= 1
                && matches!(scan.low(j - 1), "who" | "which")
                && (j..c.first).any(|t| scan.is_punct(t, ','));
            if relative {
                continue;
            }
            if self.is_reporting_verb(j, c) {
                if let Some((a, b)) = self.np_before(j, s0) {
                    if !(a <= c.first && c.last <= b) {
                        let is_pronoun = a == b && PRONOUNS.contains(&scan.low(a));
                        if is_pronoun && pronoun.is_none() {
                            pronoun = Some((a, b, j));
                            continue;
                        }
                        if is_pronoun {
                            continue;
                        }
                        if self.in_setting(a, j, c, s0) {
                            let speaker = self.resolve(self.attribution(a, b, j), known);
                            *self.setting_speaker.borrow_mut() = Some(speaker.name);
                            return None;
                        }
                        return Some(self.resolve(self.attribution(a, b, j), known));
                    }
                }
            }
        }
        if let Some((a, b, j)) = pronoun {
            return Some(self.resolve(self.attribution(a, b, j), known));
        }
        // Backward: "figure …, SRC said" or "figure …, said SRC": verbs before the
        // next break.
        let ceiling = cues.breaks.iter().find(|&&b| b > c.last).map_or(s1, |&b| b);
        // "Asked whether the plant, which employs about 420 people, would
        // close, he said …": the figure is in the question, not the answer.
        let opener = (s0..s1)
            .find(|&j| scan.kind(j) == Some(TokenKind::Word))
            .unwrap_or(s0);
        let question =
            scan.is(opener, "asked") || (scan.is(opener, "when") && scan.is(opener + 1, "asked"));
        if question {
            return None;
        }
        for &j in cues.verbs.iter().filter(|&&v| v > c.last && v < ceiling) {
            if self.is_reporting_verb(j, c) {
                // "LRR, which handles about 310,000 journeys a day, said it
                // will …": a figure in the relative clause describing the
                // subject is the subject's to tell.
                if let Some((a, b)) = self.described_subject(c, s0, j) {
                    return Some(self.resolve(self.attribution(a, b, j), known));
                }
                if let Some((a, b)) = self.np_before(j, s0) {
                    let introduced = a > c.last + 1
                        && (scan.is_punct(a - 1, ',')
                            || matches!(scan.text(a - 1), "”" | "\"" | "’"));
                    if introduced || a == j {
                        return Some(self.resolve(self.attribution(a, b, j), known));
                    }
                }
                if scan.is_punct(j - 1, ',') || matches!(scan.text(j - 1), "”" | "\"") {
                    // "…, said it will run": a pronoun that a verb follows
                    // opens what is said; it does not name who says it.
                    let opens_clause = PRONOUNS.contains(&scan.low(j + 1))
                        && (self.is_verbish(j + 2)
                            || matches!(
                                scan.low(j + 2),
                                "will"
                                    | "would"
                                    | "could"
                                    | "can"
                                    | "may"
                                    | "might"
                                    | "should"
                                    | "must"
                            ));
                    if let Some((a, b)) = self.np_after(j + 1, s1).filter(|_| !opens_clause) {
                        return Some(self.resolve(self.attribution(a, b, j), known));
                    }
                }
            }
        }
        None
    }

    /// The subject of the reporting verb at `j` when the figure stands in a
    /// relative clause describing it, closed by a comma right before the
    /// verb: "LRR, which handles about 310,000 journeys a day, said".
    fn described_subject(&self, c: &Candidate, s0: usize, j: usize) -> Option<(usize, usize)> {
        let scan = self.scan;
        if j == 0
            || !scan.is_punct(j - 1, ',')
            || (c.last + 1..j - 1).any(|t| scan.is_punct(t, ','))
        {
            return None;
        }
        let rel = (s0 + 2..c.first)
            .rev()
            .take_while(|&t| !scan.is_punct(t, ','))
            .last()
            .filter(|&t| matches!(scan.low(t), "which" | "who") && scan.is_punct(t - 1, ','))?;
        self.np_ending_at(rel - 2, s0)
    }

    /// Whether the figure stands in the setting of a quote's attribution:
    /// "“…,” Dr Felk told a briefing at the 640-bed infirmary". The quote
    /// before the speaker (`a`) is what the verb (`j`) reports; a place after
    /// the verb, with no "that" or colon opening more speech, is the
    /// reporter's.
    fn in_setting(&self, a: usize, j: usize, c: &Candidate, s0: usize) -> bool {
        let scan = self.scan;
        // Quotes do not nest and are in order: only the last one opened
        // before the speaker can close just before it.
        let opened = self.quotes.partition_point(|&(o, _)| o < a);
        let quoted_before = opened.checked_sub(1).is_some_and(|q| {
            let (o, cl) = self.quotes[q];
            o >= s0 && cl < a && cl + 3 >= a
        });
        quoted_before
            && !(j + 1..c.first).any(|t| scan.is(t, "that") || scan.is_punct(t, ':'))
            && (j + 1..c.first).any(|t| matches!(scan.low(t), "at" | "in" | "on" | "outside"))
    }

    /// The verbs and breaks of the sentence `s0..s1`, computed on first use.
    fn cues_of(&self, s0: usize, s1: usize) -> &SentenceCues {
        let sentence = self.scan.tokens[s0].sentence as usize;
        debug_assert_eq!(
            self.scan.sentences[sentence],
            (s0, s1),
            "cues are per sentence"
        );
        self.sentence_cues[sentence].get_or_init(|| self.find_cues(s0, s1))
    }

    fn find_cues(&self, s0: usize, s1: usize) -> SentenceCues {
        let scan = self.scan;
        let mut cues = SentenceCues::default();
        for j in s0..s1 {
            match scan.tokens[j].kind {
                // Of punctuation only dashes matter, as breaks.
                TokenKind::Punct => {
                    if is_hard_break(scan, j) {
                        cues.breaks.push(j);
                    }
                    continue;
                }
                TokenKind::Number => continue,
                TokenKind::Word | TokenKind::Mixed => {}
            }
            let verb = scan.tokens[j].kind == TokenKind::Word
                && scan.has_tag(j, Tags::REPORTING_VERB, |w| {
                    self.lex.reporting_verbs.contains(w)
                })
                && !noun_use(scan, j)
                && !deed_use(scan, j);
            // Most words are neither verbs nor breaks: one tag test rules them out.
            if !verb && !scan.has_tag(j, Tags::LINK_CUE, |w| LINK_CUE_WORDS.contains(&w)) {
                continue;
            }
            if scan.is(j, "according") && scan.is(j + 1, "to") {
                cues.according.push(j);
            }
            if is_hard_break(scan, j) {
                cues.breaks.push(j);
            } else if verb {
                cues.verbs.push(j);
            }
        }
        cues
    }

    fn attribution(&self, a: usize, b: usize, cue: usize) -> Attribution {
        let scan = self.scan;
        // "The department's own figures show …", "the union's estimate
        // suggests …": a reckoning's owner is the source.
        let reckoning = self.lex.reckonings.contains(scan.low(b));
        let b = (a + 1..=b)
            .rev()
            .take(3)
            .filter(|_| reckoning)
            .find(|&t| {
                let w = scan.low(t);
                (w.ends_with("'s") || w.ends_with("’s"))
                    && (t + 1..b)
                        .all(|u| scan.is(u, "own") || self.lex.reckonings.contains(scan.low(u)))
            })
            .unwrap_or_else(|| {
                // "police figures show", "government data suggest": the
                // owner named without a possessive, the reckoning after it.
                let owner = b.wrapping_sub(1);
                let low = scan.low(owner);
                if reckoning
                    && b > a
                    && !DETERMINERS.contains(&low)
                    && !matches!(low, "own" | "new" | "latest" | "official")
                {
                    owner
                } else {
                    b
                }
            });
        let a = past_title(scan, a, b);
        let span = scan.span(a, b);
        let name = scan.text[span.start..span.end]
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string();
        Attribution {
            name,
            span,
            cue: scan.low(cue).to_string(),
        }
    }

    fn is_reporting_verb(&self, j: usize, c: &Candidate) -> bool {
        let scan = self.scan;
        if scan.kind(j) != Some(TokenKind::Word)
            || self.lex.reporting_verbs.at(scan, j).is_none()
            || scan.is(j, "according")
            || deed_use(scan, j)
            // "the United States": a capital is a name, not a verb.
            || (scan.capitalized(j) && !scan.sentence_initial(j))
        {
            return false;
        }
        // Verbs of hope and belief report a figure only in their own complement:
        // "the agency hopes that up to 8,000 …", not "hopes to strengthen … gains
        // achieved over more than a decade".
        if matches!(
            scan.low(j),
            "hopes"
                | "hoped"
                | "expects"
                | "expected"
                | "believes"
                | "believed"
                | "fears"
                | "feared"
                | "shows"
                | "showed"
                | "show"
                | "found"
                | "finds"
        ) && j < c.first
            && !scan.is(j + 1, "that")
            && c.first - j > 6
        {
            return false;
        }
        // A passive ("were released") is an event, not a report.
        if j > 0
            && matches!(
                scan.low(j - 1),
                "was" | "were" | "been" | "being" | "is" | "are" | "be"
            )
        {
            return false;
        }
        // "put the toll at N": only with the figure after "at".
        if matches!(scan.low(j), "put" | "puts" | "putting") {
            let hedge_start = c.first;
            return j < hedge_start
                && (j..hedge_start)
                    .any(|t| scan.is(t, "at") || self.lex.anaphors.match_at(scan, t).is_some());
        }
        true
    }

    /// "nearly €400,000 by Brightway's own count", "more than 300, on the
    /// union's estimate", "by its own reckoning": the owner of the reckoning
    /// right after the figure is its source.
    fn by_reckoning_of(&self, c: &Candidate, s1: usize) -> Option<Attribution> {
        let scan = self.scan;
        // Or open the sentence: "By the company's own count, 84 of its 1,900
        // drivers reported for work".
        let (s0, _) = scan.sentence_of(c.first);
        if (scan.is(s0, "by") || scan.is(s0, "on")) && s0 + 1 < c.first {
            let before_figure = |a: &Attribution| a.span.end <= scan.tokens[c.first].span().start;
            if let Some(a) = self.reckoning_after(s0, c.first).filter(before_figure) {
                return Some(a);
            }
        }
        // The phrase may close the figure's clause: "More than 300 marched,
        // on the union's estimate".
        (c.last + 1..(c.last + 10).min(s1))
            .take_while(|&t| !scan.is_punct(t, ';') && !scan.is_punct(t, ':'))
            .filter(|&t| scan.is(t, "by") || scan.is(t, "on"))
            .find_map(|j| self.reckoning_after(j, s1))
    }

    /// "the statistics office's count of nearly 280,000", "the union's
    /// estimate of 4,000": a possessive reckoning right before "of" and the
    /// figure names its owner.
    fn reckoning_before(&self, c: &Candidate, s0: usize) -> Option<Attribution> {
        let scan = self.scan;
        if c.first < s0 + 3 || !scan.is(c.first - 1, "of") {
            return None;
        }
        let noun = c.first - 2;
        if !self.lex.reckonings.contains(scan.low(noun)) {
            return None;
        }
        let owner = noun
            .checked_sub(1 + usize::from(scan.is(noun - 1, "own")))
            .filter(|&o| o >= s0)?;
        let w = scan.low(owner);
        if !(w.ends_with("'s") || w.ends_with("’s")) {
            return None;
        }
        let (a, b) = self.np_ending_at(owner, s0)?;
        let a = past_title(scan, a, b);
        let span = scan.span(a, b);
        let name = scan.text[span.start..span.end]
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string();
        Some(Attribution {
            name,
            span,
            cue: scan.low(noun).to_string(),
        })
    }

    /// "by Brightway's own count" at `j`: the owner as a source.
    fn reckoning_after(&self, j: usize, s1: usize) -> Option<Attribution> {
        let scan = self.scan;
        let start = j + 1;
        let owner = (start..(start + 4).min(s1)).find(|&t| {
            let w = scan.low(t);
            w.ends_with("'s")
                || w.ends_with("’s")
                || w.ends_with("s'")
                || matches!(w, "its" | "their")
        })?;
        let noun = owner + 1 + usize::from(scan.is(owner + 1, "own"));
        if noun >= s1 || !self.lex.reckonings.contains(scan.low(noun)) {
            return None;
        }
        let span = scan.span(start, owner);
        let text = &scan.text[span.start..span.end];
        let name = match scan.low(owner) {
            "its" => "it".to_string(),
            "their" => "they".to_string(),
            _ => text
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_end_matches('\'')
                .to_string(),
        };
        Some(Attribution {
            name,
            span,
            cue: scan.low(j).to_string(),
        })
    }

    fn according_to(&self, c: &Candidate, s0: usize, s1: usize) -> Option<Attribution> {
        let scan = self.scan;
        let cues = self.cues_of(s0, s1);
        for &j in &cues.according {
            {
                // The phrase must be in the figure's clause: no hard break between.
                let (from, to) = if j < c.first {
                    (j, c.first)
                } else {
                    (c.last, j)
                };
                if cues.breaks.iter().any(|&b| from <= b && b < to) {
                    continue;
                }
                // "according to a summary of the inspection published by the Roads
                // Authority": the publisher is the source.
                // "figures published on Tuesday by the health board": a participle of
                // publication anywhere before the "by".
                let published_by = |t: usize| {
                    scan.is(t, "by")
                        && (j + 2..t).any(|p| {
                            matches!(
                                scan.low(p),
                                "published"
                                    | "released"
                                    | "issued"
                                    | "compiled"
                                    | "produced"
                                    | "prepared"
                                    | "commissioned"
                                    | "conducted"
                            )
                        })
                };
                let by = (j + 2..(j + 14).min(s1))
                    .take_while(|&t| !scan.is_punct(t, ',') && !scan.is_punct(t, '.'))
                    .find(|&t| {
                        // "a statement from the health authority", "figures by the ministry"
                        let document = matches!(
                            scan.low(t.saturating_sub(1)),
                            "statement"
                                | "report"
                                | "figures"
                                | "data"
                                | "survey"
                                | "study"
                                | "tally"
                                | "count"
                                | "estimate"
                                | "estimates"
                                | "release"
                                | "analysis"
                                | "census"
                                | "poll"
                                | "records"
                        );
                        published_by(t)
                            || (document && (scan.is(t, "from") || scan.is(t, "by")))
                            || scan.is(t, "by")
                                && matches!(
                                    scan.low(t - 1),
                                    "published"
                                        | "released"
                                        | "issued"
                                        | "compiled"
                                        | "produced"
                                        | "prepared"
                                        | "commissioned"
                                        | "conducted"
                                        | "carried"
                                        | "made"
                                        | "given"
                                )
                    });
                if let Some((x, y)) = by.and_then(|t| self.np_after(t + 1, s1)) {
                    return Some(self.attribution(x, y, j));
                }
                // "according to figures the station released on Monday": the
                // body that released the figures is the source.
                if let Some((x, y)) = self.releaser_after(j + 2, s1) {
                    return Some(self.attribution(x, y, j));
                }
                if let Some((a, b)) = self.np_after(j + 2, s1) {
                    return Some(self.attribution(a, b, j));
                }
            }
        }
        None
    }

    /// A word that can stand in a source's noun phrase.
    fn np_word(&self, j: usize) -> bool {
        let scan = self.scan;
        match scan.kind(j) {
            Some(TokenKind::Word) => {
                let low = scan.low(j);
                scan.capitalized(j)
                    || self.lex.source_heads.contains(low)
                    || DETERMINERS.contains(&low)
                    || PRONOUNS.contains(&low)
                    || low.ends_with("'s")
                    || low.ends_with("’s")
                    || matches!(low, "of" | "for" | "at" | "and" | "de" | "al")
            }
            Some(TokenKind::Punct) => {
                // "farmers'" and "Kurdish-led": an apostrophe or hyphen inside the phrase.
                (matches!(scan.text(j), "'" | "’") && scan.joined(j))
                    || (scan.is_dash(j) && scan.joined(j) && scan.joined(j + 1))
                    || (scan.is_punct(j, '.') && scan.joined(j) && scan.text(j - 1).len() <= 2)
            }
            Some(TokenKind::Mixed) => true,
            _ => false,
        }
    }

    /// A plain lower-case word that may modify a source noun: "disaster" in
    /// "the disaster agency", "operations" in "operations director"; no
    /// verb, no relative pronoun.
    fn plain_modifier(&self, j: usize) -> bool {
        let scan = self.scan;
        scan.kind(j) == Some(TokenKind::Word)
            && !scan.capitalized(j)
            && !self.is_verbish(j)
            && !matches!(scan.low(j), "that" | "which" | "who")
    }

    /// Does the phrase `a..=b` look like a source: a name or a source noun?
    fn np_ok(&self, a: usize, b: usize) -> bool {
        // "on Thursday admitted": days and months are never sources.
        const CALENDAR: &[&str] = &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "tonight",
        ];
        if (a..=b).all(|j| {
            let w = self.scan.low(j);
            CALENDAR.contains(&w)
                || crate::date::MONTH_NAMES.contains(&w)
                || self.scan.kind(j) != Some(TokenKind::Word)
        }) {
            return false;
        }
        (a..=b).any(|j| {
            let low = self.scan.low(j);
            self.scan.kind(j) == Some(TokenKind::Word)
                && !DETERMINERS.contains(&low)
                && (self.scan.capitalized(j)
                    || self.lex.source_heads.contains(low)
                    || PRONOUNS.contains(&low))
        })
    }

    /// Trim connective words off both ends of a phrase.
    fn trim(&self, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
        let scan = self.scan;
        while a <= b
            && (matches!(scan.low(a), "of" | "for" | "at" | "and" | "de" | "al")
                || scan.kind(a) == Some(TokenKind::Punct))
        {
            a += 1;
        }
        while b >= a
            && (matches!(
                scan.low(b),
                "of" | "for" | "at" | "and" | "the" | "a" | "an"
            ) || scan.kind(b) == Some(TokenKind::Punct) && !matches!(scan.text(b), "'" | "’"))
        {
            if b == 0 {
                return None;
            }
            b -= 1;
        }
        (a <= b && self.np_ok(a, b)).then_some((a, b))
    }

    /// The subject phrase ending just before verb `v`: "the SDF estimated",
    /// "Mira Solenne, the airline's chief executive, said", "The SDF, which …, said".
    fn np_before(&self, v: usize, s0: usize) -> Option<(usize, usize)> {
        let scan = self.scan;
        let mut end = v;
        // Adverbs and auxiliaries between subject and verb: "later said", "has said".
        while end > s0 {
            let low = scan.low(end - 1);
            let adverb = (low.ends_with("ly") && !scan.capitalized(end - 1))
                || matches!(
                    low,
                    "also"
                        | "later"
                        | "earlier"
                        | "then"
                        | "has"
                        | "have"
                        | "had"
                        | "previously"
                        | "separately"
                        | "again"
                        | "further"
                        | "now"
                        | "still"
                        | "would"
                        | "will"
                        | "did"
                        | "does"
                        | "do"
                );
            if !adverb || scan.capitalized(end - 1) {
                break;
            }
            end -= 1;
            // "said in a statement" comes after the verb, not before; stop at two words.
            if v - end > 3 {
                end = v;
                break;
            }
        }
        let b = end.checked_sub(1)?;
        if b < s0 {
            return None;
        }
        // "…, the airline's chief executive, said" or "…, which …, said": step over
        // the comma-delimited part to the name before it.
        if scan.is_punct(b, ',') {
            let mut open = b;
            while open > s0 && !scan.is_punct(open - 1, ',') {
                open -= 1;
                if is_hard_break(scan, open) {
                    return None;
                }
            }
            if open <= s0 {
                return None;
            }
            let comma = open - 1;
            let first_inner = scan.low(open);
            // "The operator, Aran Lines, said": the name between the commas is the source.
            let inner_is_name = (open..b)
                .all(|j| scan.capitalized(j) || (scan.is_punct(j, '.') && scan.joined(j)))
                && (open..b).any(|j| scan.kind(j) == Some(TokenKind::Word));
            if inner_is_name && b - open <= 4 {
                return self.trim(open, b - 1);
            }
            let parenthetical = matches!(
                first_inner,
                "which"
                    | "who"
                    | "whose"
                    | "where"
                    | "in"
                    | "on"
                    | "at"
                    | "speaking"
                    | "writing"
                    | "citing"
            ) || DETERMINERS.contains(&first_inner)
                || self.lex.source_heads.contains(first_inner)
                // "Union leader Sam Orr, 58, said": an age between the commas.
                || (b == open + 1 && scan.kind(open) == Some(TokenKind::Number));
            if !parenthetical {
                return None;
            }
            let (a, bb) = self.np_ending_at(comma.checked_sub(1)?, s0)?;
            return Some((a, bb));
        }
        // "Aalto, who said he spent eleven years …", "Holmgard, which said
        // it had spent …": a relative pronoun stands for the name before its
        // comma; "residents who said" names no one.
        if matches!(scan.low(b), "who" | "which") {
            if b >= s0 + 2 && scan.is_punct(b - 1, ',') {
                return self.np_ending_at(b - 2, s0);
            }
            return None;
        }
        self.np_ending_at(b, s0)
            .or_else(|| self.definite_subject(b, s0, v))
    }

    fn np_ending_at(&self, b: usize, s0: usize) -> Option<(usize, usize)> {
        let scan = self.scan;
        // "Opposition councillors said": a plural noun of people heads the subject
        // even when the lexicon does not list it.
        let plural_head = scan.kind(b) == Some(TokenKind::Word)
            && !scan.capitalized(b)
            && scan.low(b).len() >= 5
            && scan.low(b).ends_with('s')
            && !scan.low(b).ends_with("ss")
            && !self.is_verbish(b);
        if !self.np_word(b) && !plural_head {
            return None;
        }
        let mut a = b;
        // "a price that health economists say": a "that" after a noun opens
        // a relative clause, whose subject the phrase is.
        let relative = |j: usize| {
            scan.is(j, "that")
                && j > s0
                && scan.kind(j - 1) == Some(TokenKind::Word)
                && !DETERMINERS.contains(&scan.low(j - 1))
                && !self.is_verbish(j - 1)
        };
        while a > s0 && self.np_word(a - 1) && !relative(a - 1) && b - a < 10 {
            a -= 1;
        }
        // "the disaster agency": up to two plain modifiers between a determiner and
        // the words collected belong to the phrase.
        for extra in 1..=2 {
            let det = a.checked_sub(extra + 1);
            let plain = (a.saturating_sub(extra)..a).all(|j| self.plain_modifier(j));
            if let Some(d) = det.filter(|&d| d >= s0) {
                if plain && matches!(scan.low(d), "the" | "a" | "an" | "its" | "their") {
                    a = d;
                    break;
                }
            }
        }
        // "…, operations director Harriet Cole said": after a comma, up to two
        // plain words before a title belong to it ("finance director",
        // "deputy chief constable").
        if self.lex.source_heads.contains(scan.low(a)) && !scan.capitalized(a) {
            for extra in 1..=2 {
                let Some(start) = a.checked_sub(extra).filter(|&t| t > s0) else {
                    break;
                };
                // No determiner, pronoun or conjunction: "the", "its", "and"
                // before a title start another phrase.
                let plain = (start..a).all(|j| {
                    let low = scan.low(j);
                    self.plain_modifier(j)
                        && !DETERMINERS.contains(&low)
                        && !PRONOUNS.contains(&low)
                        && !matches!(low, "and" | "or")
                });
                if plain && scan.is_punct(start - 1, ',') {
                    a = start;
                    break;
                }
            }
        }
        // "The report on the category B prison, which opened in 1897, found":
        // a source noun and the subject it is on or into head the phrase.
        // Not "A police statement on Thursday": the subject has its article.
        if a >= s0 + 2
            && matches!(scan.low(a - 1), "on" | "into")
            && matches!(scan.low(a), "the" | "its" | "their")
            && self.lex.source_heads.contains(scan.low(a - 2))
            && !scan.capitalized(a - 2)
        {
            a -= 2;
            if a > s0 && matches!(scan.low(a - 1), "the" | "a" | "an" | "its" | "their") {
                a -= 1;
            }
        }
        self.trim(a, b)
    }

    /// "The airport said", "…, the national marine accident investigation
    /// branch said": a definite noun phrase of plain words, opening its
    /// sentence or clause and ending right before the verb of saying, names
    /// the body that speaks, whatever the noun (places are left out of the
    /// source nouns only because a relative clause may follow them: "near
    /// the airport, which found").
    /// Only plain verbs of saying: "The extension adds nine stops", "The
    /// remaining eight have promised" name no speaker.
    fn definite_subject(&self, b: usize, s0: usize, v: usize) -> Option<(usize, usize)> {
        let scan = self.scan;
        let saying = matches!(
            scan.low(v),
            "said"
                | "says"
                | "told"
                | "reported"
                | "reports"
                | "announced"
                | "stated"
                | "estimated"
                | "estimates"
                | "confirmed"
        );
        if !saying || v != b + 1 || !self.plain_modifier(b) || scan.low(b).ends_with("'s") {
            return None;
        }
        let the = (b.saturating_sub(5)..b)
            .rev()
            .take_while(|&j| j >= s0)
            .find(|&j| !self.plain_modifier(j) || scan.is(j, "the"))
            .filter(|&j| scan.is(j, "the"))?;
        let opens = the == s0 || scan.is_punct(the - 1, ',');
        let plain = (the + 1..=b)
            .all(|j| self.plain_modifier(j) && !self.lex.numbers.contains_key(scan.low(j)));
        (opens && plain).then_some((the, b))
    }

    /// "figures the station released", "data that the ministry published":
    /// a reckoning noun at `a`, then the body that gave it out.
    fn releaser_after(&self, a: usize, s1: usize) -> Option<(usize, usize)> {
        let scan = self.scan;
        let mut t = a;
        // "figures the regulator published", "the latest monthly figures the
        // station released".
        while t < a + 3
            && matches!(
                scan.low(t),
                "the"
                    | "new"
                    | "latest"
                    | "official"
                    | "monthly"
                    | "weekly"
                    | "annual"
                    | "quarterly"
                    | "provisional"
                    | "preliminary"
                    | "final"
                    | "its"
                    | "own"
            )
        {
            t += 1;
        }
        if !self.lex.reckonings.contains(scan.low(t)) && !scan.is(t, "statistics") {
            return None;
        }
        let mut k = t + 1;
        if matches!(scan.low(k), "that" | "which") {
            k += 1;
        }
        // The body's name runs from a determiner or a capital to the verb.
        let named = scan.capitalized(k) || DETERMINERS.contains(&scan.low(k));
        let v = (k + 1..(k + 6).min(s1)).find(|&v| {
            matches!(
                scan.low(v),
                "released" | "published" | "issued" | "compiled" | "gave" | "provided"
            )
        })?;
        let words = (k..v).all(|i| scan.kind(i) == Some(TokenKind::Word) || self.np_word(i));
        // Whoever released figures is a source, whatever its noun.
        (named && words && v > k + usize::from(DETERMINERS.contains(&scan.low(k))))
            .then_some((k, v - 1))
    }

    /// The phrase starting at token `a`: "according to the airline's annual report".
    fn np_after(&self, a: usize, s1: usize) -> Option<(usize, usize)> {
        let scan = self.scan;
        let mut b = a;
        while b < s1 && b - a < 10 {
            let low = scan.low(b);
            let ok = self.np_word(b)
                || (scan.kind(b) == Some(TokenKind::Word)
                    && !scan.capitalized(b)
                    && b + 1 < s1
                    && self.np_word(b + 1)
                    && !self.is_verbish(b)
                    && !matches!(
                        low,
                        "on" | "in" | "to" | "by" | "with" | "from" | "that" | "which" | "who"
                    ));
            if !ok || (matches!(low, "and") && !scan.capitalized(b + 1)) {
                break;
            }
            b += 1;
        }
        if b == a {
            return None;
        }
        let (x, y) = self.trim(a, b - 1)?;
        // "according to the finance director, Amira Cole, …": keep the name too.
        if scan.is_punct(y + 1, ',') {
            let name_end = (y + 2..(y + 5).min(s1))
                .take_while(|&k| scan.capitalized(k) && scan.kind(k) == Some(TokenKind::Word))
                .last();
            if let Some(e) = name_end {
                let closed = e + 1 >= s1 || matches!(scan.text(e + 1), "," | "." | ";" | ")");
                if e > y + 2 && closed {
                    return Some((x, e));
                }
            }
        }
        Some((x, y))
    }

    /// Replace a pronoun, a bare surname or "the report" by the fuller name given earlier.
    fn resolve(&self, a: Attribution, known: &[String]) -> Attribution {
        let key = (a.span.start, a.span.end);
        if let Some(name) = self.resolved.borrow().get(&key) {
            return Attribution {
                name: name.clone(),
                ..a
            };
        }
        let out = self.resolve_uncached(a, known);
        self.resolved.borrow_mut().insert(key, out.name.clone());
        out
    }

    fn resolve_uncached(&self, a: Attribution, known: &[String]) -> Attribution {
        let scan = self.scan;
        let low = a.name.to_lowercase();
        let at = scan
            .tokens
            .partition_point(|t| t.span().start < a.span.start);
        if PRONOUNS.contains(&low.as_str()) {
            let person = matches!(low.as_str(), "he" | "she" | "i");
            let found = if person {
                self.last_person(at, known)
            } else {
                self.last_subject(at, known)
            };
            return match found {
                Some(name) => Attribution { name, ..a },
                None => a,
            };
        }
        let words: Vec<&str> = a.name.split_whitespace().collect();
        // "the ministry's tally" → the ministry, when that names an earlier source.
        if let Some(pos) = words
            .iter()
            .position(|w| w.ends_with("'s") || w.ends_with("’s"))
        {
            let figure_word = words.len() == pos + 2
                && words.get(pos + 1).is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "tally"
                            | "figures"
                            | "figure"
                            | "count"
                            | "estimate"
                            | "estimates"
                            | "data"
                            | "numbers"
                            | "toll"
                            | "statistics"
                    )
                });
            if words[0].eq_ignore_ascii_case("the") && pos == 1 && figure_word {
                let owner = words[1].trim_end_matches("'s").trim_end_matches("’s");
                if let Some(full) = self.fuller_name(owner, at, known) {
                    return Attribution { name: full, ..a };
                }
            }
            return a;
        }
        let single_name = words.len() == 1 && a.name.chars().next().is_some_and(char::is_uppercase);
        let definite = words.len() == 2 && words[0].eq_ignore_ascii_case("the");
        // A lone common noun ("Firefighters said") names no one in particular.
        let proper = single_name && !self.lex.source_heads.contains(&a.name.to_lowercase());
        if proper || definite {
            if let Some(full) = self.fuller_name(words[words.len() - 1], at, known) {
                return Attribution { name: full, ..a };
            }
        }
        a
    }

    /// The fullest earlier name whose last word is `head`: "the agency" → "the UN
    /// refugee agency", "Solenne" → "Mira Solenne". Earlier sources first, then the text.
    fn fuller_name(&self, head: &str, before: usize, known: &[String]) -> Option<String> {
        let head_low = head.to_lowercase();
        // A fuller name: two words or more, ending in the head, not just "the X", and
        // with no figure in it ("Seven firefighters" is no name).
        let longer = |name: &str| {
            // Cheap tests first: the last word must be the head.
            let Some(last) = name.rsplit(char::is_whitespace).find(|w| !w.is_empty()) else {
                return false;
            };
            if !last.eq_ignore_ascii_case(&head_low) {
                return false;
            }
            let mut count = 0;
            let mut first_is_the = false;
            // "the history of this cooperative", "the gap between the union":
            // a thing of the body, not its name ("the Department of Health"
            // is one).
            let mut thing_of = false;
            let mut previous: Option<&str> = None;
            for (i, w) in name.split_whitespace().enumerate() {
                // "an emergency landing at Stellan International Airport": a
                // thing at the body's place, not its name.
                thing_of |= matches!(
                    w.to_ascii_lowercase().as_str(),
                    "of" | "between"
                        | "among"
                        | "against"
                        | "over"
                        | "behind"
                        | "at"
                        | "near"
                        | "in"
                        | "on"
                        | "to"
                        | "from"
                ) && previous.is_some_and(|p| !p.starts_with(char::is_uppercase));
                previous = Some(w);
                if w.bytes().any(|b| b.is_ascii_digit())
                    || self
                        .lex
                        .numbers
                        .contains_key(w.to_ascii_lowercase().as_str())
                {
                    return false;
                }
                if i == 0 {
                    first_is_the = w.eq_ignore_ascii_case("the");
                    // "adding that the cooperative would …": a conjunction
                    // opens a clause, not a name.
                    if matches!(
                        w.to_ascii_lowercase().as_str(),
                        "that" | "which" | "who" | "and" | "but" | "as" | "while" | "when" | "if"
                    ) {
                        return false;
                    }
                }
                count += 1;
            }
            // A name's head joins the capitalised word before it ("Mira
            // Solenne"): "the average price Tallis got" names no one.
            let proper_run = !head.starts_with(char::is_uppercase)
                || name
                    .split_whitespace()
                    .rev()
                    .nth(1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            count >= 2 && !(count == 2 && first_is_the) && proper_run && !thing_of
        };
        // "Lunder Tramways and the Tram and Bus Workers' Union": of two bodies
        // joined, the one ending in the head.
        let last_conjunct = |name: &str| match name.rfind(" and the ") {
            Some(at) => name[at + 5..].to_string(),
            None => name.to_string(),
        };
        if let Some(k) = known.iter().rev().find(|k| longer(k)) {
            return Some(last_conjunct(k));
        }
        let scan = self.scan;
        let positions = self.positions_of(&head_low, head.starts_with(char::is_uppercase));
        let upto = positions.partition_point(|&j| j < before);
        positions[..upto].iter().rev().find_map(|&j| {
            let (s0, s1) = scan.sentence_of(j);
            // "a statement from the health authority" … "the statement said": the
            // document speaks for its author.
            if matches!(scan.low(j + 1), "from" | "by") {
                if let Some((x, y)) = self.np_after(j + 2, s1) {
                    return Some(self.text_of(x, y));
                }
            }
            let (x, y) = self.np_ending_at(j, s0)?;
            let name = self.text_of(x, y);
            longer(&name).then(|| last_conjunct(&name))
        })
    }

    /// Positions, in order, of the word `head_low`: only where it is
    /// capitalised when `capital`. Each head is found once per document: the
    /// first `FEW_HEADS` capitalised heads and every lower-case one ("agency",
    /// "ministry", few in any story) by a walk over the text, later capitalised
    /// ones from an index of every capitalised word, built once.
    fn positions_of(&self, head_low: &str, capital: bool) -> std::rc::Rc<Vec<usize>> {
        let key = (capital, head_low.to_string());
        if let Some(found) = self.head_positions.borrow().get(&key) {
            return found.clone();
        }
        let scan = self.scan;
        let capitalized_word = |j: usize| {
            scan.kind(j) == Some(TokenKind::Word)
                && scan.text(j).starts_with(|c: char| c.is_ascii_uppercase())
        };
        let found: Vec<usize> = if capital && self.capitals_walked.get() >= FEW_HEADS {
            let by_word = self.word_positions.get_or_init(|| {
                let mut by_word: Vec<u32> = (0..scan.len())
                    .filter(|&j| capitalized_word(j))
                    .map(|j| j as u32)
                    .collect();
                // Stable: each word's run stays in text order.
                by_word.sort_by_key(|&j| scan.low(j as usize));
                by_word.shrink_to_fit();
                by_word
            });
            let from = by_word.partition_point(|&j| scan.low(j as usize) < head_low);
            by_word[from..]
                .iter()
                .take_while(|&&j| scan.low(j as usize) == head_low)
                .map(|&j| j as usize)
                .collect()
        } else {
            if capital {
                self.capitals_walked.set(self.capitals_walked.get() + 1);
            }
            (0..scan.len())
                .filter(|&j| {
                    // Lengths first: most words differ in length from the head.
                    scan.tokens[j].span().len() == head_low.len()
                        && scan.low(j) == head_low
                        && (!capital || capitalized_word(j))
                })
                .collect()
        };
        let found = std::rc::Rc::new(found);
        self.head_positions.borrow_mut().insert(key, found.clone());
        found
    }

    fn text_of(&self, a: usize, b: usize) -> String {
        let span = self.scan.span(a, b);
        self.scan.text[span.start..span.end].to_string()
    }

    /// The latest earlier source that reads as a person's name ("Hanna Voss").
    fn last_person(&self, before: usize, known: &[String]) -> Option<String> {
        let is_person = |n: &str| {
            // The last two words are capitalised and not source nouns: "… Anya Petrov",
            // "rescue coordinator Anya Petrov", "Voss".
            let ws: Vec<&str> = n.split_whitespace().collect();
            !ws.is_empty()
                && ws[ws.len().saturating_sub(2)..].iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !self.lex.source_heads.contains(&w.to_lowercase())
                })
        };
        // "Environment Minister Odile Faraud has asked … She noted …": a
        // titled name in this sentence or the one before is the person meant,
        // credited with a figure or not.
        let scan = self.scan;
        if before < scan.len() {
            let s = scan.tokens[before].sentence as usize;
            let s0 = scan.sentences[s.saturating_sub(2)].0;
            let title = |j: usize| {
                matches!(
                    scan.low(j).trim_end_matches('.'),
                    "minister"
                        | "director"
                        | "secretary"
                        | "spokeswoman"
                        | "spokesman"
                        | "spokesperson"
                        | "mayor"
                        | "president"
                        | "governor"
                        | "chairman"
                        | "chairwoman"
                        | "chair"
                        | "executive"
                        | "commissioner"
                        | "inspector"
                        | "manager"
                        | "judge"
                        | "prosecutor"
                        | "professor"
                        | "dr"
                        | "mr"
                        | "mrs"
                        | "ms"
                        | "senator"
                        | "councillor"
                        | "coach"
                        | "captain"
                )
            };
            let name_at = |j: usize| {
                scan.kind(j) == Some(TokenKind::Word)
                    && scan.capitalized(j)
                    && scan.kind(j + 1) == Some(TokenKind::Word)
                    && scan.capitalized(j + 1)
                    && !self.lex.source_heads.contains(scan.low(j + 1))
            };
            // "Lena Coyle, Tarnby Water's operations director, declined …":
            // a name with its title in apposition after it.
            let titled_after = |j: usize| {
                scan.is_punct(j + 2, ',')
                    && (j + 3..(j + 9).min(before)).any(&title)
                    && !(j > 0
                        && scan.capitalized(j - 1)
                        && scan.kind(j - 1) == Some(TokenKind::Word))
            };
            if let Some(j) = (s0.max(1)..before.saturating_sub(1))
                .rev()
                .find(|&j| name_at(j) && (title(j - 1) || titled_after(j)))
            {
                let last = scan.text(j + 1).to_string();
                let full = format!("{} {}", scan.text(j), last);
                return Some(self.fuller_name(&last, before, known).unwrap_or(full));
            }
        }
        if let Some(k) = known.iter().rev().find(|k| is_person(k)) {
            let last = k.split_whitespace().last().unwrap_or_default();
            return Some(
                self.fuller_name(last, before, known)
                    .unwrap_or_else(|| k.clone()),
            );
        }
        None
    }

    /// The subject of a recent earlier sentence ("The SDF has guarded …" before
    /// "It says …"), else the latest source.
    fn last_subject(&self, before: usize, known: &[String]) -> Option<String> {
        let scan = self.scan;
        if before < scan.len() {
            let s = scan.tokens[before].sentence as usize;
            // The pronoun's own sentence first: "The Harlin Arts Council will
            // hand out 486.3 million crowns, it said" is the council's.
            for prev in (s.saturating_sub(2)..=s).rev() {
                let (p0, p1) = scan.sentences[prev];
                let start = (p0..p1)
                    .find(|&j| scan.kind(j) != Some(TokenKind::Punct))
                    .unwrap_or(p0);
                // "The regulator's verdict was harsher. It said …": what the
                // owner of a sentence's subject says is the owner's.
                let owner = scan.low(start + 1);
                if prev < s
                    && DETERMINERS.contains(&scan.low(start))
                    && !PRONOUNS.contains(&scan.low(start))
                    && (owner.ends_with("'s") || owner.ends_with("’s"))
                    && scan.kind(start + 2) == Some(TokenKind::Word)
                    && (self.is_verbish(start + 3)
                        || matches!(scan.low(start + 3), "was" | "is" | "has" | "had"))
                {
                    let name = self.text_of(start, start + 1);
                    let owner = name
                        .strip_suffix("'s")
                        .or_else(|| name.strip_suffix("’s"))
                        .unwrap_or(&name);
                    return Some(owner.to_string());
                }
                if let Some((x, y)) = self.np_after(start, p1) {
                    let first = scan.low(x);
                    let verb_follows = self.is_verbish(y + 1)
                        || matches!(
                            scan.low(y + 1),
                            "has" | "have" | "had" | "is" | "was" | "says" | "said" | "will"
                        );
                    let ahead = prev < s || y + 1 < before;
                    if ahead
                        && !PRONOUNS.contains(&first)
                        && DETERMINERS.contains(&first)
                        && verb_follows
                    {
                        return Some(self.text_of(x, y));
                    }
                }
            }
        }
        known.last().cloned()
    }
}

/// "chief education officer Colin Retter": a title in lower case before a
/// full name describes the person the name names; the name starts after it.
fn past_title(scan: &Scan, a: usize, b: usize) -> usize {
    if scan.capitalized(a) || DETERMINERS.contains(&scan.low(a)) {
        return a;
    }
    (a + 1..b)
        .find(|&t| scan.capitalized(t))
        .filter(|&c| (c..=b).all(|t| scan.capitalized(t) && scan.kind(t) == Some(TokenKind::Word)))
        .unwrap_or(a)
}

/// "ambulance crews responded to 6,212 incidents": answering a call is a
/// deed, not a report; the figure is what was answered.
fn deed_use(scan: &Scan, j: usize) -> bool {
    matches!(
        scan.low(j),
        "responded" | "replied" | "responds" | "replies"
    ) && scan.is(j + 1, "to")
}

/// "The new estimate compares with 5.6 billion euros", "a claim of 40": a
/// reporting word that is also a noun, in its base form after a determiner
/// (and at most one singular word), names a thing; it reports nothing. "The
/// officials estimate" keeps its verb: a plural subject takes the base form.
fn noun_use(scan: &Scan, j: usize) -> bool {
    let determiner = |i: usize| {
        matches!(
            scan.low(i),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "our" | "new"
        )
    };
    matches!(
        scan.low(j),
        "estimate" | "claim" | "report" | "forecast" | "count" | "record" | "update" | "release"
    ) && j > 0
        && (determiner(j - 1)
            || (j > 1
                && determiner(j - 2)
                && scan.kind(j - 1) == Some(TokenKind::Word)
                && !scan.low(j - 1).ends_with('s')))
}
