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
    line_starts: Vec<usize>,
}

impl Document {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Document {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// The text at a span. Spans made by the extractor always lie on char boundaries.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Line and column of a byte offset; an offset past the end maps to the end.
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
            column: self.text[start..end].chars().count() + 1,
        }
    }
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
    fn span_relations() {
        let a = Span::new(2, 5);
        assert!(a.overlaps(&Span::new(4, 9)));
        assert!(!a.overlaps(&Span::new(5, 9)));
        assert_eq!(a.cover(Span::new(7, 9)), Span::new(2, 9));
        assert!(Span::new(0, 10).contains(&a));
    }
}
