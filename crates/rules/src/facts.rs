//! Which figures can be compared: claims grouped by metric, and the scope test
//! that keeps figures about different events apart.
//!
//! Two claims share a quantity when they have the same metric and no scope marker
//! separates them. Markers are conservative cues of another event, place or time:
//! "another", "previous", "last year", a year other than the story's own. When in
//! doubt, the claims are kept apart: a missed contradiction costs less trust than
//! a false one.

use claimcheck_claims::{Claim, Document, Edge, EdgeKind};
use std::collections::BTreeMap;

/// Claims of one document by metric, in text order.
pub struct Facts<'c> {
    /// Cue word → metric, for partitives such as "of the survivors".
    pub cue_metrics: &'c BTreeMap<String, String>,
    pub doc: &'c Document,
    pub by_metric: BTreeMap<&'c str, Vec<&'c Claim>>,
    pub claims: &'c [Claim],
    /// Relation edges between the claims (indices into `claims`).
    pub edges: &'c [Edge],
}

/// The most sentences apart two figures may stand and still be compared.
pub const SCOPE_SENTENCES: usize = 150;

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
        Facts {
            cue_metrics,
            doc,
            by_metric,
            claims,
            edges,
        }
    }

    /// The edges of one kind, in the order extraction found them.
    pub fn edges_of(&self, kind: EdgeKind) -> impl Iterator<Item = &'c Edge> {
        self.edges.iter().filter(move |e| e.kind == kind)
    }

    /// The class of the noun a figure counts, from its frame: "homes" → home,
    /// "employees" → worker; none for a generic noun ("people", "cases").
    pub fn counted_noun(&self, c: &Claim) -> Option<String> {
        c.frame
            .head
            .as_ref()
            .filter(|h| !h.generic)
            .map(|h| h.class.clone())
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
        // Context marks come from the frames: words of another event in the
        // paragraph, and the years written in the sentence.
        let (sa, sb) = (&a.frame.context, &b.frame.context);
        let words = |s: &[String]| s.iter().any(|m| m.starts_with("word:"));
        if words(sa) || words(sb) {
            return false;
        }
        // Written years in both sentences must agree to put them in one event.
        let years = |s: &[String]| -> Vec<String> {
            s.iter()
                .filter(|m| m.starts_with("year:"))
                .cloned()
                .collect()
        };
        let (da, db) = (years(sa), years(sb));
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
