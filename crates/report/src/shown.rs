//! What the human format shows of a document, and of any text taken from one.
//!
//! An article is untrusted input echoed to a terminal. Escape sequences, BEL and
//! other control characters would drive the terminal; bidi overrides would reorder
//! what the editor reads, so the snippet could say something the file does not;
//! invisible format characters (a zero-width space inside "40") would hide the
//! very fault a finding points at. The human format therefore writes every such
//! character out, as rustc does: C0 controls as their Control Pictures ("␛"),
//! the rest as `\u{202E}`. Lone carriage returns (old Mac files) become line
//! breaks, as the document's own line index counts them.
//!
//! miette reads a snippet by walking its source from byte 0 and draws a whole
//! line however long it is. [`Shown`] reads through the document's line index
//! instead, and keeps each snippet within [`REACH`] bytes of its labels, so a
//! finding costs the size of its snippet, not of the file, and a label deep in
//! a one-line export draws like any other.

use std::borrow::Cow;

use claimcheck_claims::{Document, Span};
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

/// Bytes shown either side of a label on a long line.
const REACH: usize = 120;

/// The longest span drawn in one snippet. Labels are cut to it; two labels
/// further apart are drawn as two snippets rather than one very long line.
pub(crate) const MAX_SPAN: usize = 1_000;

/// A document's text as shown: escaped, with a map back to the original bytes.
#[derive(Debug)]
pub(crate) struct Shown<'a> {
    pub doc: &'a Document,
    /// The escaped text, with its own line index.
    text: Document,
    /// After every escaped character: (offset in the original, offset in the
    /// shown text). Between two entries both texts are the same bytes.
    marks: Vec<(usize, usize)>,
}

impl<'a> Shown<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let original = doc.text.as_str();
        let mut text = String::with_capacity(original.len());
        let mut marks = vec![(0, 0)];
        let mut chars = original.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if c == '\r' && chars.peek().is_none_or(|&(_, next)| next != '\n') {
                // Same length: no mark needed.
                text.push('\n');
            } else if let Some(escaped) = escaped(c) {
                text.push_str(&escaped);
                marks.push((at + c.len_utf8(), text.len()));
            } else {
                text.push(c);
            }
        }
        Shown {
            doc,
            text: Document::new(doc.path.clone(), text),
            marks,
        }
    }

    /// The shown offset of an original one (a char boundary).
    pub fn to_shown(&self, offset: usize) -> usize {
        let i = self.marks.partition_point(|&(o, _)| o <= offset) - 1;
        let (o, s) = self.marks[i];
        s + (offset - o)
    }

    /// The original offset of a shown one; inside an escape, the escaped
    /// character's own.
    fn to_original(&self, offset: usize) -> usize {
        let i = self.marks.partition_point(|&(_, s)| s <= offset) - 1;
        let (o, s) = self.marks[i];
        o + (offset - s)
    }

    /// An original span in shown offsets, cut to [`MAX_SPAN`].
    pub fn span(&self, span: Span) -> SourceSpan {
        let start = self.to_shown(span.start);
        let mut end = self.to_shown(span.end).max(start);
        if end - start > MAX_SPAN {
            end = floor_boundary(&self.text.text, start + MAX_SPAN).max(start);
        }
        SourceSpan::new(start.into(), end - start)
    }
}

impl SourceCode for Shown<'_> {
    /// The span with `before` and `after` lines of context, as miette's own
    /// reader gives it (from the span itself when no context is asked for), but
    /// found through the line index and cut to [`REACH`] bytes either side.
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let text = &self.text;
        let len = text.text.len();
        let start = span.offset();
        let end = start.saturating_add(span.len());
        if end > len || span.len() > MAX_SPAN {
            // Beyond MAX_SPAN miette draws the labels in snippets of their own.
            return Err(MietteError::OutOfBounds);
        }
        let mut from = start;
        if before > 0 {
            from = text.line_start(start);
            for _ in 0..before {
                if from == 0 {
                    break;
                }
                from = text.line_start(from - 1);
            }
        }
        let mut to = end;
        if after > 0 {
            to = text.line_end(end.saturating_sub(1).max(start));
            for _ in 0..after {
                if to >= len {
                    break;
                }
                to = text.line_end(to);
            }
        }
        let from = from.max(ceil_boundary(&text.text, start.saturating_sub(REACH)).min(start));
        let to = to.min(floor_boundary(&text.text, end + REACH).max(end));
        let data = &text.text.as_bytes()[from..to];
        // The line and column the document itself gives that place, so the
        // header agrees with the JSON and SARIF output.
        let at = self.doc.line_col(self.to_original(from));
        let line_breaks = data.iter().filter(|&&b| b == b'\n').count();
        Ok(Box::new(MietteSpanContents::new_named(
            self.doc.path.clone(),
            data,
            SourceSpan::new(from.into(), to - from),
            at.line - 1,
            at.column - 1,
            line_breaks,
        )))
    }
}

/// `text` with every character [`escaped`] writes out written out.
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| escaped(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match escaped(c) {
            Some(e) => out.push_str(&e),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// How a character that must not reach the terminal as itself is shown; None for
/// every other character (tab, line feed and carriage return included).
fn escaped(c: char) -> Option<String> {
    match c {
        '\t' | '\n' | '\r' => None,
        // C0 controls: their Control Pictures, U+2400 onwards; DEL: U+2421.
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).map(String::from),
        '\u{7f}' => Some("\u{2421}".into()),
        // C1 controls, bidi marks, embeddings, overrides and isolates, and the
        // invisible format characters (zero-width space, joiners, word joiner,
        // soft hyphen, byte-order mark).
        '\u{80}'..='\u{9f}'
        | '\u{ad}'
        | '\u{61c}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}' => Some(format!("\\u{{{:X}}}", c as u32)),
        _ => None,
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_bidi_and_invisible_characters_are_written_out() {
        assert_eq!(escape("plain “text”"), "plain “text”");
        assert_eq!(escape("a\u{1b}[31mb\u{7}"), "a␛[31mb␇");
        assert_eq!(escape("x\u{202e}y\u{200b}z"), "x\\u{202E}y\\u{200B}z");
        assert_eq!(escape("tab\there\r\n"), "tab\there\r\n");
    }

    #[test]
    fn offsets_map_across_escapes_both_ways() {
        let doc = Document::new("a.txt", "a\u{1b}b\u{202e}c 40");
        let shown = Shown::new(&doc);
        assert_eq!(shown.text.text, "a␛b\\u{202E}c 40");
        let forty = doc.text.find("40").unwrap();
        let at = shown.to_shown(forty);
        assert_eq!(&shown.text.text[at..at + 2], "40");
        assert_eq!(shown.to_original(at), forty);
        assert_eq!(shown.to_shown(0), 0);
    }

    #[test]
    fn a_snippet_deep_in_a_long_line_stays_near_its_label() {
        let text = "word ".repeat(40_000) + "the 17 ships " + &"more ".repeat(40_000);
        let doc = Document::new("long.txt", text.as_str());
        let shown = Shown::new(&doc);
        let at = doc.text.find("17").unwrap();
        let span = shown.span(Span {
            start: at,
            end: at + 2,
        });
        let contents = shown.read_span(&span, 2, 2).unwrap();
        assert!(contents.data().len() <= 2 * REACH + 2);
        assert_eq!(contents.line(), 0);
        assert_eq!(
            contents.column(),
            doc.line_col(contents.span().offset()).column - 1
        );
        // Labels too far apart for one snippet are refused as one.
        let far = SourceSpan::new(0.into(), MAX_SPAN + 1);
        assert!(shown.read_span(&far, 1, 1).is_err());
    }

    #[test]
    fn lone_carriage_returns_are_shown_as_line_breaks() {
        let doc = Document::new("mac.txt", "one\rtwo 2\rthree");
        let shown = Shown::new(&doc);
        let two = doc.text.find('2').unwrap();
        let contents = shown
            .read_span(
                &shown.span(Span {
                    start: two,
                    end: two + 1,
                }),
                1,
                1,
            )
            .unwrap();
        assert_eq!(
            std::str::from_utf8(contents.data()).unwrap(),
            "one\ntwo 2\nthree"
        );
        assert_eq!(contents.line(), 0);
        assert_eq!(contents.line_count(), 2);
    }
}
