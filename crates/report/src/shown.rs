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
//! line however long it is; a news paragraph is one line of 300 to 1,000
//! characters. [`Shown`] reads through the document's line index instead and
//! shows a window of the line around the labels, cut at word boundaries, as wide
//! as the terminal leaves beside miette's gutter. Labels too far apart for one
//! window are refused as one snippet, so miette draws them as snippets of their
//! own, each with its exact line and column. A finding therefore costs the size
//! of its snippets, not of the file, and a label deep in a one-line export draws
//! like any other.

use std::borrow::Cow;

use claimcheck_claims::{Document, Span};
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use unicode_width::UnicodeWidthChar;

/// Columns miette draws left of the text besides the line number: a space before
/// it, " │ " after it, and up to three for the gutter of a label that spans lines.
const GUTTER: usize = 7;

/// The narrowest window shown, however narrow the terminal.
const MIN_COLUMNS: usize = 24;

/// The most characters of a word cut at a window's edge that are dropped to
/// start or end the window on a whole word.
const WORD: usize = 16;

/// Columns miette gives a tab.
const TAB: usize = 4;

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
    /// The widest text a snippet line may show, in terminal columns.
    room: usize,
}

impl<'a> Shown<'a> {
    /// `doc` as shown in a report `width` columns wide.
    pub fn new(doc: &'a Document, width: usize) -> Self {
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
        let text = Document::new(doc.path.clone(), text);
        let digits = text.line_col(text.text.len()).line.to_string().len();
        Shown {
            doc,
            text,
            marks,
            room: width.saturating_sub(digits + GUTTER).max(MIN_COLUMNS),
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

    /// The columns a snippet line has for text in a report this document was
    /// made for, less `reserve` kept free on the right (for label messages),
    /// but never fewer than [`MIN_COLUMNS`].
    pub fn window(&'a self, reserve: usize) -> Window<'a> {
        Window {
            shown: self,
            columns: self.room.saturating_sub(reserve).max(MIN_COLUMNS),
        }
    }

    /// Columns a snippet line has for text before anything is reserved.
    pub fn room(&self) -> usize {
        self.room
    }

    /// The end of the line holding `offset`, before its break.
    fn content_end(&self, offset: usize) -> usize {
        let text = self.text.text.as_bytes();
        let mut end = self.text.line_end(offset);
        if end > offset && end > 0 && text[end - 1] == b'\n' {
            end -= 1;
        }
        if end > offset && end > 0 && text[end - 1] == b'\r' {
            end -= 1;
        }
        end
    }

    /// Terminal columns `text[from..to]` takes.
    fn width(&self, from: usize, to: usize) -> usize {
        self.text.text[from..to].chars().map(columns_of).sum()
    }

    /// Terminal columns `text[from..to]` takes, counted from `from` (or back
    /// from `to`) and no further than past `cap`: a line of a one-line
    /// export costs its window, not its length.
    fn width_up_to(&self, from: usize, to: usize, cap: usize, backward: bool) -> usize {
        let text = &self.text.text[from..to];
        let mut used = 0;
        let mut count = |c: char| {
            used += columns_of(c);
            used > cap
        };
        if backward {
            text.chars().rev().any(&mut count);
        } else {
            text.chars().any(&mut count);
        }
        used.min(cap + 1)
    }

    /// The earliest offset at or after `limit` from which `..at` takes at most
    /// `columns`; when that cuts the line short, moved on to a word's start.
    fn reach_back(&self, limit: usize, at: usize, columns: usize) -> usize {
        let text = &self.text.text[limit..at];
        let mut used = 0;
        let mut from = at;
        for (i, c) in text.char_indices().rev() {
            used += columns_of(c);
            if used > columns {
                break;
            }
            from = limit + i;
        }
        if from == limit {
            return from;
        }
        // A cut word is noise: start after the next space instead, unless the
        // text has none near (scripts written without spaces).
        let cut = &self.text.text[from..at];
        match cut
            .char_indices()
            .take(WORD)
            .find(|(_, c)| c.is_whitespace())
        {
            Some((space, c)) => from + space + c.len_utf8(),
            None => from,
        }
    }

    /// The latest offset at or before `limit` up to which `at..` takes at most
    /// `columns`; when that cuts the line short, moved back to a word's end.
    fn reach_forward(&self, at: usize, limit: usize, columns: usize) -> usize {
        let text = &self.text.text[at..limit];
        let mut used = 0;
        let mut to = at;
        for (i, c) in text.char_indices() {
            used += columns_of(c);
            if used > columns {
                break;
            }
            to = at + i + c.len_utf8();
        }
        if to == limit {
            return to;
        }
        let cut = &self.text.text[at..to];
        match cut
            .char_indices()
            .rev()
            .take(WORD)
            .find(|(_, c)| c.is_whitespace())
        {
            Some((space, _)) if space > 0 => at + space,
            _ => to,
        }
    }
}

/// A document as one finding draws it: [`Shown`] with the width of its windows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Window<'a> {
    shown: &'a Shown<'a>,
    /// The widest text a snippet line shows, in terminal columns.
    columns: usize,
}

impl Window<'_> {
    /// An original span in shown offsets, cut to [`MAX_SPAN`] and to what one
    /// window can show: a label across lines too long for it ends with its first
    /// line, and a label wider than a window ends where the window does.
    pub fn span(&self, span: Span) -> SourceSpan {
        let shown = self.shown;
        let start = shown.to_shown(span.start);
        let mut end = shown.to_shown(span.end).max(start);
        if end - start > MAX_SPAN {
            end = floor_boundary(&shown.text.text, start + MAX_SPAN).max(start);
        }
        if !self.fits(start, end) {
            end = end.min(shown.content_end(start));
            if shown.width(start, end) > self.columns {
                end = shown.reach_forward(start, end, self.columns);
            }
        }
        SourceSpan::new(start.into(), end - start)
    }

    /// Whether one window can show `start..end`: every line it touches fits,
    /// counting only the part of its first and last line that it covers.
    fn fits(&self, start: usize, end: usize) -> bool {
        let shown = self.shown;
        let mut from = start;
        loop {
            let line_end = shown.content_end(from);
            if end <= line_end {
                return shown.width(from, end) <= self.columns;
            }
            if shown.width(from, line_end) > self.columns {
                return false;
            }
            from = shown.text.line_end(from);
            if from >= end {
                return true;
            }
        }
    }
}

impl SourceCode for Window<'_> {
    /// The span with `before` and `after` lines of context, as miette's own
    /// reader gives it (from the span itself when no context is asked for), but
    /// found through the line index and cut to one window: the span's lines are
    /// shown from a word or two before it to a word or two after it, as wide as
    /// [`Window::columns`] allows, and a context line is added only when the
    /// line next to it is shown whole and it fits whole itself. A span one
    /// window cannot show is refused, so miette draws its labels apart.
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let shown = self.shown;
        let text = &shown.text;
        let len = text.text.len();
        let start = span.offset();
        let end = start.saturating_add(span.len());
        if end > len || span.len() > MAX_SPAN || !self.fits(start, end) {
            return Err(MietteError::OutOfBounds);
        }
        let (mut from, mut to) = (start, end);
        if before > 0 || after > 0 {
            let first_start = text.line_start(start);
            let first_end = shown.content_end(start);
            let last = end.saturating_sub(1).max(start);
            let last_start = text.line_start(last);
            // A span may end on its line's break.
            let last_end = shown.content_end(last).max(end);
            let (left, right) = if first_start == last_start {
                // Share what the span leaves between its two sides; a side the
                // line is too short for gives the rest to the other.
                let spare = self.columns.saturating_sub(shown.width(start, end));
                let have_left = shown.width_up_to(first_start, start, self.columns, true);
                let have_right = shown.width_up_to(end, last_end, self.columns, false);
                let mut left = spare / 2;
                let mut right = spare - left;
                if have_left < left {
                    right += left - have_left;
                    left = have_left;
                } else if have_right < right {
                    left += right - have_right;
                    right = have_right;
                }
                (left, right)
            } else {
                (
                    self.columns.saturating_sub(shown.width(start, first_end)),
                    self.columns.saturating_sub(shown.width(last_start, end)),
                )
            };
            from = shown.reach_back(first_start, start, left);
            to = shown.reach_forward(end, last_end, right);
            if to == last_end {
                to = text.line_end(last);
                for _ in 0..after {
                    let next_end = shown.content_end(to);
                    if to >= len
                        || shown.width_up_to(to, next_end, self.columns, false) > self.columns
                    {
                        break;
                    }
                    to = text.line_end(to);
                }
            }
            if from == first_start {
                for _ in 0..before {
                    if from == 0 {
                        break;
                    }
                    let previous = text.line_start(from - 1);
                    let previous_end = shown.content_end(previous);
                    if shown.width_up_to(previous, previous_end, self.columns, false) > self.columns
                    {
                        break;
                    }
                    from = previous;
                }
            }
        }
        let data = &text.text.as_bytes()[from..to];
        // The line and column the document itself gives that place, so the
        // header agrees with the JSON and SARIF output.
        let at = shown.doc.line_col(shown.to_original(from));
        let line_breaks = data.iter().filter(|&&b| b == b'\n').count();
        Ok(Box::new(MietteSpanContents::new_named(
            shown.doc.path.clone(),
            data,
            SourceSpan::new(from.into(), to - from),
            at.line - 1,
            at.column - 1,
            line_breaks,
        )))
    }
}

/// Terminal columns a character takes, as miette draws it.
fn columns_of(c: char) -> usize {
    if c == '\t' {
        TAB
    } else {
        c.width().unwrap_or(0)
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
pub(crate) fn escaped(c: char) -> Option<String> {
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
        let shown = Shown::new(&doc, 100);
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
        let shown = Shown::new(&doc, 100);
        let window = shown.window(0);
        let at = doc.text.find("17").unwrap();
        let span = window.span(Span {
            start: at,
            end: at + 2,
        });
        let contents = window.read_span(&span, 2, 2).unwrap();
        let data = std::str::from_utf8(contents.data()).unwrap();
        assert!(data.chars().count() <= shown.room(), "{data}");
        // Cut at word boundaries, the label in the middle.
        assert!(
            data.starts_with("word ") && data.ends_with(" more"),
            "{data}"
        );
        assert!(data.contains("the 17 ships"));
        assert_eq!(contents.line(), 0);
        assert_eq!(
            contents.column(),
            doc.line_col(contents.span().offset()).column - 1
        );
        // Labels too far apart for one snippet are refused as one.
        let far = SourceSpan::new(0.into(), MAX_SPAN + 1);
        assert!(window.read_span(&far, 1, 1).is_err());
        let wide = SourceSpan::new(at.into(), shown.room() + 1);
        assert!(window.read_span(&wide, 1, 1).is_err());
    }

    #[test]
    fn a_label_wider_than_a_window_is_cut_to_it() {
        let text = "A quote that runs on ".repeat(20);
        let doc = Document::new("quote.txt", text.as_str());
        let shown = Shown::new(&doc, 60);
        let window = shown.window(10);
        let span = window.span(Span {
            start: 0,
            end: text.len(),
        });
        assert!(span.len() <= shown.room() - 10 && !span.is_empty());
        assert!(window.read_span(&span, 1, 1).is_ok());
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let text = "記者".repeat(200) + " 40 " + &"記者".repeat(200);
        let room = Shown::new(&Document::new("t.md", text.as_str()), 80).room();
        let (data, _, _) = snippet(&text, "40", 80);
        assert!(data.contains(" 40 "));
        assert!(data.chars().count() * 2 <= room + 4, "{data}");
    }

    /// The snippet one line of context either side that a `width`-column
    /// report shows around the first `needle` in `text`: its text, first line
    /// (0-based) and line breaks.
    fn snippet(text: &str, needle: &str, width: usize) -> (String, usize, usize) {
        let doc = Document::new("t.md", text);
        let shown = Shown::new(&doc, width);
        let window = shown.window(0);
        let at = doc.text.find(needle).unwrap();
        let span = window.span(Span {
            start: at,
            end: at + needle.len(),
        });
        let contents = window.read_span(&span, 1, 1).unwrap();
        let data = std::str::from_utf8(contents.data()).unwrap().to_owned();
        (data, contents.line(), contents.line_count())
    }

    #[test]
    fn context_lines_are_added_only_when_whole() {
        let whole = "short line before\nthe 40 ships\nand after\n";
        assert_eq!(snippet(whole, "40", 100), (whole.to_owned(), 0, 3));
        let long = "x".repeat(300) + "\nthe 40 ships\n";
        assert_eq!(snippet(&long, "40", 100), ("the 40 ships\n".into(), 1, 1));
    }

    #[test]
    fn lone_carriage_returns_are_shown_as_line_breaks() {
        assert_eq!(
            snippet("one\rtwo 2\rthree", "2", 100),
            ("one\ntwo 2\nthree".into(), 0, 2)
        );
    }
}
