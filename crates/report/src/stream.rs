//! Findings written file by file, as each file's check is done, so a run over an
//! archive shows its first results at once and holds no more than one file's
//! findings. The pieces join to exactly what [`render`](crate::render) gives for
//! the same findings in one go.

use claimcheck_claims::{Document, Finding, RuleMeta};

use crate::html::{self, Annotations, Article};
use crate::{human, json, located, sarif, Format, HumanOptions, Summary};

/// One file's findings rendered, waiting to be written in its place.
pub struct Chunk {
    text: String,
    summary: Summary,
    diagnostics: usize,
    /// SARIF's findings and the documents they point into, kept to the end.
    held: Vec<Finding>,
    held_docs: Vec<Document>,
    /// The HTML page's article, rendered in its place by [`Stream::write`]
    /// (its ids are numbered in page order).
    article: Option<Box<Article>>,
}

/// Renders one file's findings. It holds no state of the run, so files are
/// rendered on the threads that checked them; [`Stream::write`] puts the
/// chunks in order.
#[derive(Clone, Debug)]
pub struct Renderer {
    format: Format,
    human: HumanOptions,
}

impl Renderer {
    /// One file's findings, in output order. `path` names the file (for JSON
    /// Lines); `record` is its id when it came from a JSON Lines input; `docs`
    /// holds every document the findings' labels point into.
    pub fn file(
        &self,
        path: &str,
        record: Option<&str>,
        findings: &[Finding],
        docs: &[Document],
    ) -> Chunk {
        self.annotated(path, record, findings, docs, Annotations::default())
    }

    /// [`Renderer::file`], with what the HTML page shows besides the
    /// findings (the other formats show only the findings).
    pub fn annotated(
        &self,
        path: &str,
        record: Option<&str>,
        findings: &[Finding],
        docs: &[Document],
        annotations: Annotations,
    ) -> Chunk {
        let mut summary = Summary::default();
        for finding in findings {
            summary.count(finding.severity);
        }
        let mut chunk = Chunk {
            text: String::new(),
            summary,
            diagnostics: findings.len(),
            held: Vec::new(),
            held_docs: Vec::new(),
            article: None,
        };
        if self.format == Format::Html {
            chunk.article = Some(Box::new(Article {
                path: path.to_string(),
                record: record.map(str::to_string),
                findings: findings.to_vec(),
                docs: docs.to_vec(),
                claims: annotations.claims,
                reconciled: annotations.reconciled,
            }));
            return chunk;
        }
        if self.format == Format::Sarif {
            chunk.held = findings.to_vec();
            if !findings.is_empty() {
                chunk.held_docs = docs.to_vec();
            }
            return chunk;
        }
        let located = located::locate(findings, docs);
        chunk.text = match self.format {
            Format::Human => human::render_findings(&located, &self.human),
            // Each with the comma that goes before all but the run's first;
            // `Stream::write` drops it from that one.
            Format::Json => located.iter().map(|l| json::item(l, false)).collect(),
            Format::Jsonl => located
                .iter()
                .map(|l| json::line(l, path, record))
                .collect(),
            Format::Github => crate::github::render(&located),
            Format::Sarif | Format::Html => unreachable!("SARIF and HTML are held above"),
        };
        chunk
    }
}

/// One run's output, written a file at a time: [`Stream::start`], then
/// [`Stream::write`] for each file's [`Chunk`] in order, then [`Stream::finish`].
pub struct Stream<'r> {
    renderer: Renderer,
    rules: &'r [RuleMeta],
    summary: Summary,
    /// Diagnostics written so far.
    written: usize,
    /// Files that could not be checked (the caller names each on stderr).
    unchecked: usize,
    held: Vec<Finding>,
    held_docs: Vec<Document>,
    /// The HTML page's articles, rendered; the page is written at the end,
    /// since its header sums them up.
    sections: Vec<html::Section>,
}

impl<'r> Stream<'r> {
    /// `rules` is the rule table SARIF describes.
    pub fn new(format: Format, human: HumanOptions, rules: &'r [RuleMeta]) -> Self {
        Stream {
            renderer: Renderer { format, human },
            rules,
            summary: Summary::default(),
            written: 0,
            unchecked: 0,
            held: Vec::new(),
            held_docs: Vec::new(),
            sections: Vec::new(),
        }
    }

    /// One more file that could not be checked: the human summary says so,
    /// lest "no findings" read as a clean run.
    pub fn unchecked(&mut self) {
        self.unchecked += 1;
    }

    /// The renderer for this run's files.
    pub fn renderer(&self) -> Renderer {
        self.renderer.clone()
    }

    /// What comes before the first file's findings.
    pub fn start(&mut self) -> String {
        match self.renderer.format {
            Format::Json => json::head(),
            _ => String::new(),
        }
    }

    /// The next file's chunk, as it goes out.
    pub fn write(&mut self, chunk: Chunk) -> String {
        let mut text = chunk.text;
        if self.renderer.format == Format::Json && self.written == 0 && text.starts_with(',') {
            text.remove(0);
        }
        self.summary.errors += chunk.summary.errors;
        self.summary.warnings += chunk.summary.warnings;
        self.summary.notes += chunk.summary.notes;
        self.written += chunk.diagnostics;
        self.held.extend(chunk.held);
        if let Some(article) = chunk.article {
            self.sections
                .push(html::section(self.sections.len(), &article));
        }
        for doc in chunk.held_docs {
            // The sources come with every draft's chunk: kept once.
            if !self.held_docs.iter().any(|d| d.path == doc.path) {
                self.held_docs.push(doc);
            }
        }
        text
    }

    /// Renders and writes one file's findings: [`Renderer::file`] then [`Stream::write`].
    pub fn file(
        &mut self,
        path: &str,
        record: Option<&str>,
        findings: &[Finding],
        docs: &[Document],
    ) -> String {
        let chunk = self.renderer.file(path, record, findings, docs);
        self.write(chunk)
    }

    /// What comes after the last file's findings: the summary line, the JSON
    /// document's end, or the whole SARIF log.
    pub fn finish(&mut self) -> String {
        match self.renderer.format {
            Format::Human => match self.unchecked {
                0 => format!("{}\n", self.summary),
                1 => format!("{}; 1 file could not be checked\n", self.summary),
                n => format!("{}; {n} files could not be checked\n", self.summary),
            },
            Format::Json => json::tail(&self.summary, self.written > 0),
            Format::Sarif => {
                let held = std::mem::take(&mut self.held);
                let docs = std::mem::take(&mut self.held_docs);
                sarif::render(&located::locate(&held, &docs), self.rules)
            }
            Format::Html => html::page(
                &std::mem::take(&mut self.sections),
                self.summary,
                self.unchecked,
            ),
            Format::Jsonl | Format::Github => String::new(),
        }
    }

    /// The findings written so far, by severity.
    pub fn summary(&self) -> Summary {
        self.summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimcheck_claims::{Label, Severity, Span};

    fn finding(path: &str, start: usize, code: &str) -> Finding {
        Finding {
            code: code.into(),
            rule: "a-rule".into(),
            severity: Severity::Warning,
            message: "m".into(),
            help: None,
            labels: vec![Label {
                path: path.into(),
                span: Span {
                    start,
                    end: start + 2,
                },
                message: String::new(),
            }],
        }
    }

    #[test]
    fn file_by_file_equals_all_at_once() {
        let docs = [
            Document::new("a.md", "12 and 13 and 14"),
            Document::new("b.md", "21 and 22"),
            Document::new("c.md", "nothing"),
        ];
        let by_file = [
            vec![finding("a.md", 7, "CC002"), finding("a.md", 0, "CC001")],
            vec![finding("b.md", 0, "CC003")],
            vec![],
        ];
        let all: Vec<Finding> = by_file.iter().flatten().cloned().collect();
        let rules = [];
        // The HTML page shows each file as an article of its own; all at once
        // it shows the first as the article (tested in `html`).
        for format in Format::ALL.into_iter().filter(|&f| f != Format::Html) {
            let mut stream = Stream::new(format, HumanOptions::default(), &rules);
            let mut out = stream.start();
            for (doc, findings) in docs.iter().zip(&by_file) {
                out.push_str(&stream.file(&doc.path, None, findings, &docs));
            }
            out.push_str(&stream.finish());
            assert_eq!(out, crate::render(format, &all, &docs, &rules), "{format}");
            assert_eq!(stream.summary().warnings, 3);
        }
    }
}
