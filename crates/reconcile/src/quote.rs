//! Quote fidelity: each quotation in the draft against the source passage it
//! reproduces. The passage is found by word overlap (votes on the offset between
//! quote and source words, then a longest common subsequence near the winning
//! offset); what differs is a word diff. Case, punctuation and apostrophe style
//! are not differences; an ellipsis or a [bracketed insertion] lets the quote
//! skip source words there.

use crate::profile::Corpus;
use crate::registry::Lexicon;
use crate::text::{words_in, Word};
use claimcheck_claims::Span;
use std::collections::HashMap;

/// Share of a quotation's words that must be found in order in one source for
/// the passage to count as the one it reproduces.
const FOUND_SHARE: f64 = 0.6;
/// Content (non-stop) words that must match, so a short quote of function words
/// does not "match" anywhere.
const MIN_CONTENT_MATCHES: usize = 2;
/// Words of unchanged context shown either side of a change in the diff.
const DIFF_CONTEXT: usize = 4;

/// A run of words where draft and source differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hunk {
    /// The draft's words there, or the words either side of a deletion.
    pub draft: Span,
    pub draft_text: String,
    /// The source's words there, or the words either side of an insertion.
    pub source: Span,
    pub source_text: String,
}

/// The source passage a quotation reproduces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    /// Index of the source document in the corpus (1 is the first source).
    pub doc: usize,
    pub span: Span,
    pub hunks: Vec<Hunk>,
    /// The word diff: `[-source words-]{+draft words+}` inside shared words.
    pub diff: String,
    pub matched: usize,
    pub total: usize,
}

/// One quotation of the draft and what was found for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteCheck {
    pub quote: Span,
    pub found: Option<Passage>,
}

/// Per fragment of a quotation, its (fragment word, source word) pairs.
type Alignment = Vec<Vec<(usize, usize)>>;

struct SourceIndex<'w> {
    words: Vec<Word>,
    positions: HashMap<&'w str, Vec<usize>>,
}

/// The quotation's words in fragments: an ellipsis or a bracketed insertion
/// ends one fragment and starts the next; bracketed words are the editor's.
fn fragments(text: &str, quote: Span) -> Vec<Vec<Word>> {
    let body = &text[quote.start..quote.end];
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // byte ranges to drop, relative
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with("...") {
            cuts.push((i, i + 3));
            i += 3;
        } else if rest.starts_with('…') {
            cuts.push((i, i + '…'.len_utf8()));
            i += '…'.len_utf8();
        } else if rest.starts_with('[') {
            let end = rest.find(']').map_or(body.len(), |e| i + e + 1);
            cuts.push((i, end));
            i = end;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    for (a, b) in cuts
        .into_iter()
        .chain(std::iter::once((body.len(), body.len())))
    {
        let words = words_in(text, quote.start + from, quote.start + a);
        if !words.is_empty() {
            out.push(words);
        }
        from = b;
    }
    out
}

/// The longest common subsequence of two word lists, as index pairs.
fn lcs(a: &[Word], b: &[Word]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[at(i, j)] = if a[i].lower == b[j].lower {
                t[at(i + 1, j + 1)] + 1
            } else {
                t[at(i + 1, j)].max(t[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        // Before the first match, skip source words that the best alignment can
        // do without: the passage starts where the quotation does ("the club.
        // The 1987 team" must not match the quote's "The" to "the club").
        if out.is_empty() && t[at(i, j + 1)] == t[at(i, j)] {
            j += 1;
            continue;
        }
        if a[i].lower == b[j].lower {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t[at(i + 1, j)] >= t[at(i, j + 1)] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// Align a fragment with one source: the offset most quote words agree on,
/// then the common subsequence with the source words around it. Pairs are
/// (fragment word, source word index).
fn align(frag: &[Word], src: &SourceIndex, lex: &Lexicon) -> Vec<(usize, usize)> {
    let content = |w: &Word| !lex.stop_words.contains(&w.lower);
    let use_all = !frag.iter().any(content);
    let mut votes: HashMap<isize, usize> = HashMap::new();
    for (i, w) in frag.iter().enumerate() {
        if !use_all && !content(w) {
            continue;
        }
        if let Some(ps) = src.positions.get(w.lower.as_str()) {
            for &p in ps {
                *votes.entry(p as isize - i as isize).or_insert(0) += 1;
            }
        }
    }
    if votes.is_empty() {
        return Vec::new();
    }
    let mut diagonals: Vec<(isize, usize)> = votes.into_iter().collect();
    diagonals.sort_unstable();
    let width = (frag.len() / 3).max(3) as isize;
    let (mut best, mut best_sum, mut lo, mut sum) = (0usize, 0usize, 0usize, 0usize);
    for hi in 0..diagonals.len() {
        sum += diagonals[hi].1;
        while diagonals[hi].0 - diagonals[lo].0 > width {
            sum -= diagonals[lo].1;
            lo += 1;
        }
        if sum > best_sum {
            best_sum = sum;
            best = lo;
        }
    }
    let first_diag = diagonals[best].0;
    let start = (first_diag - 2 - frag.len() as isize).max(0) as usize;
    // The source may say more than the quotation keeps ("twice, at six
    // o'clock and again at half past seven, that …" quoted as "three times
    // that …"): the window reaches a quotation's length past its end, and the
    // longest common subsequence skips what the quotation left out. The
    // offset most words agree on may be the quotation's tail, so the window
    // reaches as far back.
    let end =
        ((first_diag + width + 2 * frag.len() as isize + 2).max(0) as usize).min(src.words.len());
    if start >= end {
        return Vec::new();
    }
    lcs(frag, &src.words[start..end])
        .into_iter()
        .map(|(i, j)| (i, start + j))
        .collect()
}

fn cover(words: &[Word]) -> Option<Span> {
    Some(words.first()?.span.cover(words.last()?.span))
}

/// Check every quotation of the draft against every source.
pub fn check_quotes(corpus: &Corpus, lex: &Lexicon) -> Vec<QuoteCheck> {
    let draft = &corpus.docs[0];
    if draft.quotes.is_empty() || corpus.docs.len() < 2 {
        return Vec::new();
    }
    let all_words: Vec<Vec<Word>> = corpus.docs[1..]
        .iter()
        .map(|p| words_in(&p.doc.text, 0, p.doc.text.len()))
        .collect();
    let indexes: Vec<SourceIndex> = all_words
        .iter()
        .map(|words| {
            let mut positions: HashMap<&str, Vec<usize>> = HashMap::new();
            for (i, w) in words.iter().enumerate() {
                positions.entry(w.lower.as_str()).or_default().push(i);
            }
            SourceIndex {
                words: words.clone(),
                positions,
            }
        })
        .collect();
    let text = &draft.doc.text;
    let mut out = Vec::new();
    for &q in &draft.quotes {
        let frags = fragments(text, q);
        let total: usize = frags.iter().map(Vec::len).sum();
        // (source, words matched, the alignment of each fragment)
        let mut best: Option<(usize, usize, Alignment)> = None;
        for (si, idx) in indexes.iter().enumerate() {
            let aligned: Vec<Vec<(usize, usize)>> =
                frags.iter().map(|f| align(f, idx, lex)).collect();
            let matched: usize = aligned.iter().map(Vec::len).sum();
            if best.as_ref().is_none_or(|b| matched > b.1) {
                best = Some((si, matched, aligned));
            }
        }
        let found = best.and_then(|(si, matched, aligned)| {
            let content: usize = frags
                .iter()
                .zip(&aligned)
                .map(|(f, a)| {
                    a.iter()
                        .filter(|(i, _)| !lex.stop_words.contains(&f[*i].lower))
                        .count()
                })
                .sum();
            let content_words = frags
                .iter()
                .flatten()
                .filter(|w| !lex.stop_words.contains(&w.lower))
                .count();
            // "We are not where patients deserve us to be" against "… need us
            // to be": a quote of six words or more found nearly whole, in one
            // stretch of the source, is that passage whatever its share of
            // function words.
            let stretch = aligned.iter().flatten().map(|&(_, j)| j);
            let tight = match (stretch.clone().min(), stretch.max()) {
                (Some(lo), Some(hi)) => hi - lo < total + 2,
                _ => false,
            };
            let nearly_whole = total >= 6
                && matched * 10 >= total * 8
                && content >= 1
                && tight
                && frags.len() == 1;
            let enough = total > 0
                && matched as f64 >= FOUND_SHARE * total as f64
                && (content >= MIN_CONTENT_MATCHES.min(content_words).max(1) || nearly_whole);
            enough.then(|| {
                passage(
                    text,
                    &corpus.docs[si + 1].doc.text,
                    &frags,
                    &aligned,
                    &indexes[si],
                    si + 1,
                    matched,
                    total,
                )
            })
        });
        out.push(QuoteCheck { quote: q, found });
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn passage(
    draft_text: &str,
    source_text: &str,
    frags: &[Vec<Word>],
    aligned: &[Vec<(usize, usize)>],
    src: &SourceIndex,
    doc: usize,
    matched: usize,
    total: usize,
) -> Passage {
    let mut hunks = Vec::new();
    let mut diff_parts: Vec<String> = Vec::new();
    let mut span: Option<Span> = None;
    let dtext = |ws: &[Word]| {
        ws.iter()
            .map(|w| &draft_text[w.span.start..w.span.end])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let stext = |ws: &[Word]| {
        ws.iter()
            .map(|w| &source_text[w.span.start..w.span.end])
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (frag, pairs) in frags.iter().zip(aligned) {
        if pairs.is_empty() {
            // Nothing of this fragment is in the passage: all of it is the draft's.
            if let Some(d) = cover(frag) {
                let near = span.unwrap_or(Span::new(0, 0));
                hunks.push(Hunk {
                    draft: d,
                    draft_text: dtext(frag),
                    source: near,
                    source_text: String::new(),
                });
                diff_parts.push(format!("{{+{}+}}", dtext(frag)));
            }
            continue;
        }
        let (fi, fj) = pairs[0];
        let (li, lj) = pairs[pairs.len() - 1];
        let frag_span = src.words[fj].span.cover(src.words[lj].span);
        span = Some(span.map_or(frag_span, |s| s.cover(frag_span)));
        // Walk matched pairs; gaps on either side are hunks. Words of the draft
        // before the first or after the last match are insertions.
        let mut tokens: Vec<(bool, String)> = Vec::new(); // (changed, text)
        let push_gap = |di: std::ops::Range<usize>,
                        sj: std::ops::Range<usize>,
                        hunks: &mut Vec<Hunk>,
                        tokens: &mut Vec<(bool, String)>| {
            if di.is_empty() && sj.is_empty() {
                return;
            }
            let dw = &frag[di.clone()];
            let sw = &src.words[sj.clone()];
            let draft_span = cover(dw).unwrap_or_else(|| {
                let before = di.start.checked_sub(1).map(|k| frag[k].span);
                let after = frag.get(di.start).map(|w| w.span);
                match (before, after) {
                    (Some(a), Some(b)) => a.cover(b),
                    (Some(a), None) | (None, Some(a)) => a,
                    (None, None) => Span::new(0, 0),
                }
            });
            let source_span = cover(sw).unwrap_or_else(|| {
                let before = sj.start.checked_sub(1).map(|k| src.words[k].span);
                let after = src.words.get(sj.start).map(|w| w.span);
                match (before, after) {
                    (Some(a), Some(b)) => a.cover(b),
                    (Some(a), None) | (None, Some(a)) => a,
                    (None, None) => Span::new(0, 0),
                }
            });
            let mut t = String::new();
            if !sw.is_empty() {
                t.push_str(&format!("[-{}-]", stext(sw)));
            }
            if !dw.is_empty() {
                t.push_str(&format!("{{+{}+}}", dtext(dw)));
            }
            tokens.push((true, t));
            hunks.push(Hunk {
                draft: draft_span,
                draft_text: dtext(dw),
                source: source_span,
                source_text: stext(sw),
            });
        };
        // A changed first or last word has no matched neighbour on that side:
        // the source words just outside the match stand against it.
        let lead = fj.saturating_sub(fi)..fj;
        let trail_end = (lj + 1 + (frag.len() - li - 1)).min(src.words.len());
        push_gap(0..fi, lead, &mut hunks, &mut tokens);
        for k in 0..pairs.len() {
            let (i, j) = pairs[k];
            tokens.push((false, dtext(&frag[i..=i])));
            if let Some(&(ni, nj)) = pairs.get(k + 1) {
                push_gap(i + 1..ni, j + 1..nj, &mut hunks, &mut tokens);
            }
        }
        push_gap(
            li + 1..frag.len(),
            lj + 1..trail_end,
            &mut hunks,
            &mut tokens,
        );
        diff_parts.push(condense(&tokens));
    }
    Passage {
        doc,
        span: span.unwrap_or(Span::new(0, 0)),
        hunks,
        diff: diff_parts.join(" … "),
        matched,
        total,
    }
}

/// The diff tokens with unchanged runs cut to a few words around each change.
fn condense(tokens: &[(bool, String)]) -> String {
    let changed: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.0)
        .map(|(i, _)| i)
        .collect();
    if changed.is_empty() {
        return tokens
            .iter()
            .map(|t| t.1.as_str())
            .collect::<Vec<_>>()
            .join(" ");
    }
    let keep = |i: usize| {
        changed
            .iter()
            .any(|&c| i + DIFF_CONTEXT >= c && i <= c + DIFF_CONTEXT)
    };
    let mut out: Vec<&str> = Vec::new();
    let mut skipped = false;
    for (i, t) in tokens.iter().enumerate() {
        if keep(i) {
            if skipped && !out.is_empty() {
                out.push("…");
            }
            out.push(&t.1);
            skipped = false;
        } else {
            skipped = true;
        }
    }
    if skipped {
        out.push("…");
    }
    if changed[0] > DIFF_CONTEXT {
        out.insert(0, "…");
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_split_at_ellipses_and_brackets() {
        let t = "“We will rebuild … and [the town] will stand”";
        let q = crate::text::quotations(t)[0];
        let f = fragments(t, q);
        let words: Vec<Vec<&str>> = f
            .iter()
            .map(|ws| ws.iter().map(|w| w.lower.as_str()).collect())
            .collect();
        assert_eq!(
            words,
            vec![
                vec!["we", "will", "rebuild"],
                vec!["and"],
                vec!["will", "stand"]
            ]
        );
    }

    #[test]
    fn condensed_diff_keeps_context() {
        let mut tokens: Vec<(bool, String)> = (0..12).map(|i| (false, format!("w{i}"))).collect();
        tokens[8] = (true, "[-a-]{+b+}".into());
        assert_eq!(condense(&tokens), "… w4 w5 w6 w7 [-a-]{+b+} w9 w10 w11");
    }
}
