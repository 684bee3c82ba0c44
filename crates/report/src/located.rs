//! Findings resolved against their documents and put in output order. Each label's
//! span is made safe to slice and its line, column and text are looked up once, so
//! the emitters only format and cannot disagree about where a label is.

use std::cmp::Ordering;
use std::collections::HashMap;

use claimcheck_claims::{Document, Finding, Label, LineCol, Span};

/// A finding with its labels resolved, in output order.
pub(crate) struct Located<'a> {
    pub finding: &'a Finding,
    /// Same order as `finding.labels`: the first is the primary one.
    pub labels: Vec<LocatedLabel<'a>>,
}

impl<'a> Located<'a> {
    pub fn primary(&self) -> Option<&LocatedLabel<'a>> {
        self.labels.first()
    }
}

/// A label with what the output formats need to show it.
pub(crate) struct LocatedLabel<'a> {
    pub path: &'a str,
    pub message: &'a str,
    /// The label's span, clamped into the document and widened to character
    /// boundaries, so slicing and line lookups never panic on a bad span.
    pub span: Span,
    /// None when the caller passed no document with this path.
    pub doc: Option<&'a Document>,
    /// The document's text at `span` ("" without a document).
    pub text: &'a str,
    /// Where the span starts and ends (1-based, columns in characters); the end is
    /// the position just after the last character.
    pub start: Option<LineCol>,
    pub end: Option<LineCol>,
}

impl LocatedLabel<'_> {
    /// The position of the span's last character (its start when the span is
    /// empty), for formats whose end column is inclusive.
    pub fn last_char(&self) -> Option<LineCol> {
        let doc = self.doc?;
        let last = doc.text[self.span.start..self.span.end]
            .char_indices()
            .last()
            .map_or(self.span.start, |(i, _)| self.span.start + i);
        Some(doc.line_col(last))
    }
}

/// Resolves findings against `docs` and sorts them by primary label (path, offset,
/// length), code and message, then by every other field, so that the order never
/// depends on the order the checks ran in.
pub(crate) fn locate<'a>(findings: &'a [Finding], docs: &'a [Document]) -> Vec<Located<'a>> {
    let mut by_path: HashMap<&str, &Document> = HashMap::new();
    for doc in docs {
        // The first document with a path wins, so duplicates cannot reorder output.
        by_path.entry(doc.path.as_str()).or_insert(doc);
    }
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by(|a, b| output_order(a, b));
    sorted
        .into_iter()
        .map(|finding| Located {
            finding,
            labels: finding
                .labels
                .iter()
                .map(|label| locate_label(label, by_path.get(label.path.as_str()).copied()))
                .collect(),
        })
        .collect()
}

fn locate_label<'a>(label: &'a Label, doc: Option<&'a Document>) -> LocatedLabel<'a> {
    let ordered = Span {
        start: label.span.start.min(label.span.end),
        end: label.span.start.max(label.span.end),
    };
    let (span, text, start, end) = match doc {
        Some(doc) => {
            let span = clamp_to_chars(ordered, &doc.text);
            let text = &doc.text[span.start..span.end];
            (
                span,
                text,
                Some(doc.line_col(span.start)),
                Some(doc.line_col(span.end)),
            )
        }
        None => (ordered, "", None, None),
    };
    LocatedLabel {
        path: &label.path,
        message: &label.message,
        span,
        doc,
        text,
        start,
        end,
    }
}

/// Clamps an ordered span into `text` and widens it to character boundaries.
pub(crate) fn clamp_to_chars(span: Span, text: &str) -> Span {
    let mut start = span.start.min(text.len());
    let mut end = span.end.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span { start, end }
}

fn output_order(a: &Finding, b: &Finding) -> Ordering {
    primary_key(a)
        .cmp(&primary_key(b))
        .then_with(|| a.code.cmp(&b.code))
        .then_with(|| a.message.cmp(&b.message))
        // The rest only breaks ties, so that even near-duplicates print the same way.
        .then_with(|| a.rule.cmp(&b.rule))
        .then_with(|| a.severity.cmp(&b.severity))
        .then_with(|| a.help.cmp(&b.help))
        .then_with(|| {
            a.labels
                .iter()
                .map(label_key)
                .cmp(b.labels.iter().map(label_key))
        })
}

fn primary_key(finding: &Finding) -> Option<(&str, usize, usize)> {
    finding.labels.first().map(|label| {
        (
            label.path.as_str(),
            label.span.start,
            label.span.end.saturating_sub(label.span.start),
        )
    })
}

fn label_key(label: &Label) -> (&str, Span, &str) {
    (&label.path, label.span, &label.message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_spans_are_clamped_onto_character_boundaries() {
        let text = "a “b” c";
        // 3 is inside the three-byte opening quote at 2..5.
        assert_eq!(
            clamp_to_chars(Span { start: 3, end: 3 }, text),
            Span { start: 2, end: 5 }
        );
        assert_eq!(
            clamp_to_chars(Span { start: 4, end: 99 }, text),
            Span {
                start: 2,
                end: text.len()
            }
        );
    }

    #[test]
    fn a_label_without_its_document_keeps_its_span_and_has_no_position() {
        let label = Label {
            path: "missing.md".into(),
            span: Span { start: 9, end: 4 },
            message: String::new(),
        };
        let located = locate_label(&label, None);
        assert_eq!(located.span, Span { start: 4, end: 9 });
        assert_eq!(located.text, "");
        assert!(located.start.is_none() && located.last_char().is_none());
    }
}
