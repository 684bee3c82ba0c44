//! Which figures can be compared: claims grouped by metric, and the scope test
//! that keeps figures about different events apart.
//!
//! Two claims share a quantity when they have the same metric and no scope marker
//! separates them. Markers are conservative cues of another event, place or time:
//! "another", "previous", "last year", a year other than the story's own. When in
//! doubt, the claims are kept apart: a missed contradiction costs less trust than
//! a false one.

use claimcheck_claims::{Claim, Document, Edge, EdgeKind, Kind};
use std::collections::BTreeMap;

/// Claims of one document by metric, in text order.
pub struct Facts<'c> {
    /// Cue word → metric, for partitives such as "of the survivors".
    pub cue_metrics: &'c BTreeMap<String, String>,
    pub doc: &'c Document,
    pub by_metric: BTreeMap<&'c str, Vec<&'c Claim>>,
    /// The scope markers of each claim's sentence, by sentence index.
    scopes: BTreeMap<usize, Vec<String>>,
    /// Scope markers already computed, by sentence.
    scope_cache: std::cell::RefCell<BTreeMap<usize, Vec<String>>>,
    pub claims: &'c [Claim],
    /// Relation edges between the claims (indices into `claims`).
    pub edges: &'c [Edge],
}

/// The most sentences apart two figures may stand and still be compared.
pub const SCOPE_SENTENCES: usize = 150;

/// Words that put a figure in another event, place or time.
const SCOPE_WORDS: &[&str] = &[
    "another",
    "previous",
    "previously",
    "earlier",
    "last",
    "former",
    "separate",
    "other",
    "prior",
    "past",
    "compared",
    "versus",
    "whereas",
    "average",
    "annual",
    "annually",
    "per",
    "each",
    "every",
];

impl<'c> Facts<'c> {
    pub fn new(
        doc: &'c Document,
        claims: &'c [Claim],
        edges: &'c [Edge],
        cue_metrics: &'c BTreeMap<String, String>,
    ) -> Self {
        let mut by_metric: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
        for c in claims {
            if let Some(m) = &c.metric {
                by_metric.entry(m.as_str()).or_default().push(c);
            }
        }
        let mut scopes: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        // Only years written out mark another event: "on Tuesday" and "on Wednesday"
        // are days of one story, "in 2019" and "in 2022" may be two events.
        for c in claims {
            let written_year = c
                .text
                .as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit));
            if c.kind == Kind::Date && written_year {
                if let claimcheck_claims::Value::Date(d) = &c.value {
                    scopes
                        .entry(c.sentence)
                        .or_default()
                        .push(format!("date:{}", d.low.year()));
                }
            }
        }
        Facts {
            cue_metrics,
            doc,
            by_metric,
            scopes,
            scope_cache: Default::default(),
            claims,
            edges,
        }
    }

    /// The edges of one kind, in the order extraction found them.
    pub fn edges_of(&self, kind: EdgeKind) -> impl Iterator<Item = &'c Edge> {
        self.edges.iter().filter(move |e| e.kind == kind)
    }

    /// The noun a count counts: the first word after it ("Seven firefighters",
    /// "dozens of firefighters"), or `None` when a function word follows.
    pub fn counted_noun(&self, c: &Claim) -> Option<String> {
        const NOT_NOUNS: &[&str] = &[
            "of", "the", "a", "an", "were", "was", "are", "is", "have", "has", "had", "and", "or",
            "to", "on", "in", "at", "by", "from", "for", "with", "more", "than", "who", "which",
            "that", "as", "per", "each", "been", "will", "would", "could", "may", "people",
        ];
        let mut words = self.doc.text[c.span.end..]
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase);
        let mut w = words.next()?;
        if w == "of" {
            w = words.next()?;
        }
        let is_noun = |w: &str| !NOT_NOUNS.contains(&w) && w.chars().all(char::is_alphabetic);
        if !is_noun(&w) {
            return None;
        }
        // "8 damaged bridges": the noun ends the group; prefer its plural head.
        let mut group = vec![w];
        for next in words.take(2) {
            if !is_noun(&next) {
                break;
            }
            group.push(next);
        }
        let head = group
            .iter()
            .rev()
            .find(|g| g.len() > 3 && g.ends_with('s'))
            .unwrap_or(&group[0]);
        Some(head.clone())
    }

    /// The text between two claims, or "" when they overlap or are out of order:
    /// partial overlaps survive extraction, and no rule may slice across them.
    pub fn between(&self, a: &Claim, b: &Claim) -> &'c str {
        let text: &'c str = &self.doc.text;
        text.get(a.span.end..b.span.start).unwrap_or("")
    }

    /// The count metric a single cue word names ("survivors" → rescued).
    pub fn metric_of_word(&self, word: &str) -> Option<&'c str> {
        self.cue_metrics.get(word).map(String::as_str)
    }

    pub fn metric(&self, name: &str) -> &[&'c Claim] {
        self.by_metric.get(name).map_or(&[], Vec::as_slice)
    }

    /// The text of the sentence around a claim, lower-cased, for scope words.
    /// From the start of the claim's paragraph to the end of its sentence: a scope
    /// word earlier in the paragraph ("another explosion hit … Officials said three
    /// died") still governs the figure.
    fn clause_words(&self, c: &Claim) -> Vec<String> {
        let text = &self.doc.text;
        let start = text[..c.span.start].rfind("\n\n").map_or(0, |p| p + 2);
        let end = text[c.span.end..]
            .find(['.', '\n', ';'])
            .map_or(text.len(), |p| c.span.end + p);
        text[start..end]
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    /// Scope markers of a claim: dates in its sentence and words of another event.
    pub fn scope_of(&self, c: &Claim) -> Vec<String> {
        // Claims of one sentence share their markers: compute them once per sentence.
        if let Some(m) = self.scope_cache.borrow().get(&c.sentence) {
            return m.clone();
        }
        let mut markers: Vec<String> = self.scopes.get(&c.sentence).cloned().unwrap_or_default();
        markers.extend(
            self.clause_words(c)
                .into_iter()
                .filter(|w| SCOPE_WORDS.contains(&w.as_str()))
                .map(|w| format!("word:{w}")),
        );
        markers.sort();
        markers.dedup();
        self.scope_cache
            .borrow_mut()
            .insert(c.sentence, markers.clone());
        markers
    }

    /// May these two claims be about the same quantity?
    pub fn comparable(&self, a: &Claim, b: &Claim) -> bool {
        if a.sentence == b.sentence {
            return true;
        }
        // Figures far apart are about different things in any article; the bound also
        // keeps a huge input linear rather than quadratic.
        if a.sentence.abs_diff(b.sentence) > SCOPE_SENTENCES {
            return false;
        }
        let (sa, sb) = (self.scope_of(a), self.scope_of(b));
        let words = |s: &[String]| s.iter().any(|m| m.starts_with("word:"));
        if words(&sa) || words(&sb) {
            return false;
        }
        // Dates in both sentences must agree to put them in one event.
        let dates = |s: &[String]| {
            s.iter()
                .filter(|m| m.starts_with("date:"))
                .cloned()
                .collect::<Vec<_>>()
        };
        let (da, db) = (dates(&sa), dates(&sb));
        da.is_empty() || db.is_empty() || da.iter().any(|d| db.contains(d))
    }
}

/// A word of the text with its byte offset.
pub struct Word<'t> {
    pub text: &'t str,
    /// The word lower-cased; borrowed from the text when it has no capitals,
    /// as most words do, so that walking a clause allocates nothing per word.
    pub lower: std::borrow::Cow<'t, str>,
    pub start: usize,
}

/// `word.to_lowercase()`, borrowing `word` when lower-casing changes nothing.
fn lower_of(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else {
        let lower = word.to_lowercase();
        if lower == word {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(lower)
        }
    }
}

impl<'c> Facts<'c> {
    /// The words of the clause around a byte range: from the previous clause mark
    /// (, ; : — ( or a sentence end) to the next one.
    pub fn clause_of(&self, start: usize, end: usize) -> Vec<Word<'c>> {
        let text: &'c str = &self.doc.text;
        let marks = |c: char| {
            matches!(
                c,
                // Quotation marks do not end a clause: "lost its “caliphate” in 2019".
                ',' | ';' | ':' | '—' | '(' | ')' | '\n'
            )
        };
        let from = text[..start]
            .char_indices()
            .rev()
            .find(|&(i, c)| marks(c) || (c == '.' && text[i + 1..].starts_with(' ')))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let to = text[end..]
            .char_indices()
            .find(|&(i, c)| marks(c) || (c == '.' && text[end + i + 1..].starts_with([' ', '\n'])))
            .map_or(text.len(), |(i, _)| end + i);
        words_in(text, from, to)
    }

    /// The words of the sentence around a byte range.
    pub fn sentence_of(&self, start: usize, end: usize) -> Vec<Word<'c>> {
        let text: &'c str = &self.doc.text;
        let from = text[..start]
            .char_indices()
            .rev()
            .find(|&(i, c)| {
                c == '\n' || (matches!(c, '.' | '!' | '?') && text[i + 1..].starts_with(' '))
            })
            .map_or(0, |(i, _)| i + 1);
        let to = text[end..]
            .char_indices()
            .find(|&(i, c)| {
                c == '\n'
                    || (matches!(c, '.' | '!' | '?')
                        && text[end + i + 1..].starts_with([' ', '\n']))
            })
            .map_or(text.len(), |(i, _)| end + i);
        words_in(text, from, to)
    }
}

fn words_in(text: &str, from: usize, to: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[from..to].char_indices() {
        let inside = c.is_alphanumeric() || c == '\'' || c == '’';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = &text[from + s..from + i];
                out.push(Word {
                    text: w,
                    lower: lower_of(w),
                    start: from + s,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        let w = &text[from + s..to];
        out.push(Word {
            text: w,
            lower: lower_of(w),
            start: from + s,
        });
    }
    out
}

impl<'c> Facts<'c> {
    /// Up to `n` words before a byte offset, nearest last, within the paragraph.
    /// Walks back only as far as it needs.
    pub fn words_before(&self, at: usize, n: usize) -> Vec<Word<'c>> {
        let text: &'c str = &self.doc.text;
        let mut out = Vec::with_capacity(n);
        let mut end: Option<usize> = None;
        let mut newlines = 0;
        for (i, ch) in text[..at].char_indices().rev() {
            let inside = ch.is_alphanumeric() || ch == '\'' || ch == '’';
            if inside {
                newlines = 0;
                if end.is_none() {
                    end = Some(i + ch.len_utf8());
                }
                continue;
            }
            if let Some(e) = end.take() {
                let w = &text[i + ch.len_utf8()..e];
                out.push(Word {
                    text: w,
                    lower: lower_of(w),
                    start: i + ch.len_utf8(),
                });
                if out.len() == n {
                    break;
                }
            }
            if ch == '\n' {
                newlines += 1;
                if newlines == 2 {
                    break;
                }
            } else if !ch.is_whitespace() {
                newlines = 0;
            }
        }
        if out.len() < n {
            if let Some(e) = end {
                let w = &text[..e];
                let start = w
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                    .map_or(0, |p| p + w[p..].chars().next().map_or(1, char::len_utf8));
                let w = &text[start..e];
                out.push(Word {
                    text: w,
                    lower: lower_of(w),
                    start,
                });
            }
        }
        out.reverse();
        out
    }

    /// Up to `n` words after a byte offset, within the paragraph.
    pub fn words_after(&self, at: usize, n: usize) -> Vec<Word<'c>> {
        let text: &'c str = &self.doc.text;
        let to = text[at..].find("\n\n").map_or(text.len(), |p| at + p);
        let mut words = words_in(text, at, to);
        words.truncate(n);
        words
    }
}
