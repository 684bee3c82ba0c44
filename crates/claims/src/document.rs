//! Documents and byte spans. Offsets are UTF-8 byte offsets into the text as read
//! (miette's convention); lines and columns are 1-based, columns counted in chars.

use serde::Serialize;

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A 1-based line and column (column counted in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// A document under check: a draft or a source, with its text as read.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path as the user gave it; it names the document in every output.
    pub path: String,
    pub text: String,
    /// Byte offset of every line's first byte. A line ends at "\n", "\r\n" or a
    /// lone "\r" (old Mac files), as editors and miette count them.
    line_starts: Vec<usize>,
    /// Characters before every `CHECKPOINT`-th byte, so a column costs at most
    /// one block's scan however long its line is (one-line exports run to
    /// megabytes).
    chars_before: Vec<usize>,
}

/// Bytes between two entries of `Document::chars_before`.
const CHECKPOINT: usize = 256;

impl Document {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let breaks = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if breaks {
                line_starts.push(i + 1);
            }
        }
        let mut chars_before = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut chars = 0;
        for block in bytes.chunks(CHECKPOINT) {
            chars_before.push(chars);
            chars += count_chars(block);
        }
        chars_before.push(chars);
        Document {
            path: path.into(),
            text,
            line_starts,
            chars_before,
        }
    }

    /// The text at a span. Spans made by the extractor always lie on char boundaries.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Line and column of a byte offset; an offset past the end maps to the end,
    /// one inside a character to that character.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        LineCol {
            line: line + 1,
            column: self.chars_to(end) - self.chars_to(start) + 1,
        }
    }

    /// The byte offset where the line holding `offset` starts.
    pub fn line_start(&self, offset: usize) -> usize {
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        self.line_starts[line]
    }

    /// The byte offset just past the line holding `offset`, its break included.
    pub fn line_end(&self, offset: usize) -> usize {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        self.line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// Characters in `text[..offset]`, `offset` on a char boundary.
    fn chars_to(&self, offset: usize) -> usize {
        let block = offset / CHECKPOINT;
        let from = block * CHECKPOINT;
        self.chars_before[block] + count_chars(&self.text.as_bytes()[from..offset])
    }
}

/// Characters that start in `bytes`: every byte but UTF-8 continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let doc = Document::new("a.md", "one\n“two” 3\n");
        assert_eq!(doc.line_col(0), LineCol { line: 1, column: 1 });
        let three = doc.text.find('3').unwrap();
        assert_eq!(doc.line_col(three), LineCol { line: 2, column: 7 });
        assert_eq!(doc.line_col(doc.text.len()), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line_and_crlf_is_one_break() {
        let doc = Document::new("a.txt", "one\rtwo\r\nthree 4");
        let four = doc.text.find('4').unwrap();
        assert_eq!(doc.line_col(four), LineCol { line: 3, column: 7 });
        assert_eq!(doc.line_col(doc.text.find('t').unwrap()).line, 2);
        assert_eq!(doc.line_start(four), doc.text.find("three").unwrap());
        assert_eq!(doc.line_end(0), 4);
        assert_eq!(doc.line_end(four), doc.text.len());
    }

    #[test]
    fn columns_deep_in_a_long_line_count_characters() {
        // Several checkpoint blocks, with multi-byte characters across their edges.
        let text = "é“".repeat(500) + "x";
        let doc = Document::new("long.txt", text.as_str());
        let x = doc.text.find('x').unwrap();
        assert_eq!(
            doc.line_col(x),
            LineCol {
                line: 1,
                column: 1001
            }
        );
        // An offset inside a character maps to that character.
        assert_eq!(doc.line_col(1), LineCol { line: 1, column: 1 });
        for offset in (0..=doc.text.len()).filter(|&o| doc.text.is_char_boundary(o)) {
            assert_eq!(
                doc.line_col(offset).column,
                doc.text[..offset].chars().count() + 1
            );
        }
    }

    #[test]
    fn span_relations() {
        let a = Span::new(2, 5);
        assert!(a.overlaps(&Span::new(4, 9)));
        assert!(!a.overlaps(&Span::new(5, 9)));
        assert_eq!(a.cover(Span::new(7, 9)), Span::new(2, 9));
        assert!(Span::new(0, 10).contains(&a));
    }
}
