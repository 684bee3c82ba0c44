//! Plain-text structure the reconciler needs and the extractor does not give:
//! words with offsets, sentences, quotations, a document's title line and the
//! speaker turns of a transcript. Every span lies on char boundaries.

use claimcheck_claims::Span;

/// A word of a text: a run of letters and digits, apostrophes inside it kept
/// ("don't", "Lirran's"); hyphens and other marks split words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// Lower case, curly apostrophes made straight.
    pub lower: String,
}

impl Word {
    pub fn is_number(&self) -> bool {
        self.lower.chars().any(|c| c.is_ascii_digit())
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The words of `text[from..to]`.
pub fn words_in(text: &str, from: usize, to: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let slice = &text[from..to];
    let mut start: Option<usize> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_apostrophe = is_apostrophe(c)
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(word(text, from + s, from + i));
        }
    }
    if let Some(s) = start {
        out.push(word(text, from + s, to));
    }
    out
}

fn word(text: &str, start: usize, end: usize) -> Word {
    Word {
        span: Span::new(start, end),
        lower: text[start..end].to_lowercase().replace('’', "'"),
    }
}

/// A word without a trailing possessive, cut to five letters: a crude stem that
/// makes "hangers" and "hanger", "rescued" and "rescue", "corroded" and
/// "corrosion" meet, at the price of a few collisions the IDF weights damp.
pub fn stem(lower: &str) -> String {
    let base = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(lower);
    base.chars().take(5).collect()
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "no", "st", "gen", "col", "lt", "sgt", "capt", "prof", "rev", "gov",
    "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "vs", "etc", "inc", "ltd", "co", "corp", "approx",
];

/// Sentence spans covering the text: a sentence ends at a line break, or at
/// `.`, `!` or `?` (with any closing quotes) followed by a space and a capital
/// letter or an opening quote. "11 p.m. on Monday" and "Bridge No. 114" stay whole.
pub fn sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push_sentence(text, &mut out, start, i);
            start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, i) {
            let mut end = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while let Some(c) = text[end..].chars().next() {
                if matches!(c, '"' | '”' | '’' | '\'' | ')') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            push_sentence(text, &mut out, start, end);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push_sentence(text, &mut out, start, text.len());
    out
}

fn push_sentence(text: &str, out: &mut Vec<Span>, start: usize, end: usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

fn ends_sentence(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    if text.as_bytes()[dot] == b'.' {
        let last_word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '.')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let lw = last_word.to_lowercase();
        let single_capital =
            last_word.chars().count() == 1 && last_word.chars().all(|c| c.is_uppercase());
        if single_capital || ABBREVIATIONS.contains(&lw.as_str()) || lw.contains('.') {
            return false;
        }
    }
    let rest = &text[dot + 1..];
    let rest = rest.trim_start_matches(['"', '”', '’', '\'', ')']);
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some('\n') => true,
        Some(c) if c.is_whitespace() => {
            let next = rest.trim_start();
            next.is_empty()
                || next
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '‘' | '\''))
        }
        _ => false,
    }
}

/// The clause around `inner` within `sentence`: from the previous clause mark
/// (, ; : — – ( ) or a quotation mark) to the next one. Scope words ("last",
/// "average") govern their clause, not the whole sentence.
pub fn clause_around(text: &str, sentence: Span, inner: Span) -> Span {
    let marks = |c: char| matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '“' | '”' | '"');
    let start = sentence.start.min(inner.start);
    let end = sentence.end.max(inner.end).min(text.len());
    let from = text[start..inner.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| marks(c))
        .map_or(start, |(i, c)| start + i + c.len_utf8());
    let to = text[inner.end..end]
        .char_indices()
        .find(|&(_, c)| marks(c))
        .map_or(end, |(i, _)| inner.end + i);
    Span::new(from, to)
}

/// The index of the sentence holding byte `at`, or the nearest one before it.
pub fn sentence_at(sentences: &[Span], at: usize) -> usize {
    sentences
        .partition_point(|s| s.start <= at)
        .saturating_sub(1)
}

/// Quotations: the text inside “curly” or "straight" quotation marks, opening
/// and closing in one paragraph. Spans exclude the marks.
pub fn quotations(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) => open = Some((i + c.len_utf8(), '”')),
            ('"', None) => open = Some((i + 1, '"')),
            ('”', Some((s, '”'))) | ('"', Some((s, '"'))) => {
                if s < i {
                    out.push(Span::new(s, i));
                }
                open = None;
            }
            ('\n', Some(_)) if text[i + 1..].starts_with('\n') => open = None,
            _ => {}
        }
    }
    out
}

/// The title of a document: its first non-blank line when that line reads as a
/// heading (a markdown `#` line, or a short line without a closing full stop).
pub fn title(text: &str) -> Option<(String, Span)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            offset += line.len();
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let heading = trimmed.trim_start_matches('#').trim_start();
        let is_markdown = trimmed.starts_with('#');
        let short = heading.chars().count() <= 200 && !heading.ends_with('.');
        if heading.is_empty() || !(is_markdown || short) {
            return None;
        }
        let start = offset + lead + (trimmed.len() - heading.len());
        return Some((heading.to_string(), Span::new(start, start + heading.len())));
    }
    None
}

/// A speaker's turn in a transcript: "DAREL: No. The vessel was not cleared…".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Turn {
    /// The label as written, e.g. "DAREL".
    pub label: String,
    pub label_span: Span,
    /// From the label to the next label (or the end of the text).
    pub span: Span,
}

/// Speaker turns: lines that open with a label in capitals and a colon. Text
/// before the first label belongs to no turn.
pub fn turns(text: &str) -> Vec<Turn> {
    let mut labels: Vec<(String, Span, usize)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        // "**DR AMARA QUIST:**": Markdown emphasis around a label is no part
        // of the name.
        let trimmed = line.trim_start();
        let body = trimmed.trim_start_matches(['*', '_']);
        let lead = line.len() - body.len();
        if let Some(colon) = body.find(':') {
            let label = body[..colon].trim_end_matches(['*', '_']);
            // "REPORTER (Lowfield Courier)": the outlet in brackets qualifies
            // the speaker's role; the name is what stands before it.
            let named = match label.find('(') {
                Some(open) if label.trim_end().ends_with(')') => label[..open].trim_end(),
                _ => label,
            };
            let letters = named.chars().filter(|c| c.is_alphabetic()).count();
            let ok = letters >= 2
                && label.chars().count() <= 60
                && named
                    .chars()
                    .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
                && named.chars().next().is_some_and(char::is_uppercase);
            if ok {
                let start = offset + lead;
                labels.push((
                    named.trim().to_string(),
                    Span::new(start, start + named.trim_end().len()),
                    offset,
                ));
            }
        }
        offset += line.len();
    }
    let mut out = Vec::new();
    for (i, (label, label_span, line_start)) in labels.iter().enumerate() {
        let end = labels.get(i + 1).map_or(text.len(), |next| next.2);
        out.push(Turn {
            label: label.clone(),
            label_span: *label_span,
            span: Span::new(*line_start, end),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_read_labels_in_bold_and_with_an_outlet() {
        let t = "**Speakers:** two.\n\n**DR ANNA VOSS:** We have 47 cases.\n\n**REPORTER (Courier):** How many?\n";
        let labels: Vec<String> = turns(t).into_iter().map(|t| t.label).collect();
        assert_eq!(labels, ["DR ANNA VOSS", "REPORTER"]);
        let voss = &turns(t)[0];
        assert_eq!(
            &t[voss.label_span.start..voss.label_span.end],
            "DR ANNA VOSS"
        );
    }

    #[test]
    fn words_keep_inner_apostrophes_and_split_hyphens() {
        let t = "Lirran’s third-floor exit, don't";
        let w: Vec<String> = words_in(t, 0, t.len())
            .into_iter()
            .map(|w| w.lower)
            .collect();
        assert_eq!(w, ["lirran's", "third", "floor", "exit", "don't"]);
    }

    #[test]
    fn sentences_survive_abbreviations() {
        let t = "It broke out after 11 p.m. on Monday. Bridge No. 114 shut. Dr. Vey said so.\nNext";
        let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            s,
            [
                "It broke out after 11 p.m. on Monday.",
                "Bridge No. 114 shut.",
                "Dr. Vey said so.",
                "Next"
            ]
        );
    }

    #[test]
    fn quotations_pair_marks_within_a_paragraph() {
        let t = "He said “we will stay” and \"no more\".\n\n\"Unclosed\n\nlater";
        let q: Vec<&str> = quotations(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(q, ["we will stay", "no more"]);
    }

    #[test]
    fn title_and_turns() {
        let t = "# Transcript — Radio Kell\n\nGuest: Anya Brel.\n\nHOST: Hello.\nBREL: We counted 40.\n";
        assert_eq!(title(t).unwrap().0, "Transcript — Radio Kell");
        let turns = turns(t);
        assert_eq!(turns.len(), 2);
        assert_eq!(turns[1].label, "BREL");
        assert!(t[turns[1].span.start..turns[1].span.end].contains("40"));
        assert_eq!(title("A long first sentence that ends.\nMore."), None);
    }
}
