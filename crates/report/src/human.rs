//! The human format: one miette graphical report per finding, every label drawn on
//! its span (labels in other files as snippets of their own), then a summary line.
//! Every text from a document reaches the terminal through [`shown`](crate::shown),
//! escaped and cut near its labels.

use std::fmt::{self, Write as _};

use claimcheck_claims::{Document, Severity};
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use crate::located::{Located, LocatedLabel};
use crate::shown::{escape, Shown};
use crate::Summary;

/// How the human format is drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HumanOptions {
    /// ANSI colours; the CLI turns them on for a terminal.
    pub color: bool,
    /// Columns to wrap messages at.
    pub width: usize,
}

impl Default for HumanOptions {
    /// No colour and 100 columns: the bytes do not depend on the terminal.
    fn default() -> Self {
        HumanOptions {
            color: false,
            width: 100,
        }
    }
}

pub(crate) fn render(findings: &[Located<'_>], options: &HumanOptions) -> String {
    let mut out = render_findings(findings, options);
    let mut summary = Summary::default();
    for located in findings {
        summary.count(located.finding.severity);
    }
    let _ = writeln!(out, "{summary}");
    out
}

/// The findings' reports, without the summary line: a stream writes one file's
/// at a time and the summary once at the end.
pub(crate) fn render_findings(findings: &[Located<'_>], options: &HumanOptions) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(options.width)
        .with_links(false);
    // Each document escaped and indexed once, whatever the number of findings.
    let mut shown: Vec<Shown<'_>> = Vec::new();
    for label in findings.iter().flat_map(|located| &located.labels) {
        if let Some(doc) = label.doc {
            if !shown.iter().any(|s| std::ptr::eq(s.doc, doc)) {
                shown.push(Shown::new(doc));
            }
        }
    }
    let mut out = String::new();
    for located in findings {
        let report = FindingReport::new(located, &shown);
        let mut rendered = String::new();
        let drawn = handler
            .render_report(&mut rendered, &report)
            .and_then(|()| {
                // Drawn as reports of their own rather than as miette's "related"
                // diagnostics, which miette prefixes with "Advice:" or nests in a tree.
                report.elsewhere.iter().try_for_each(|other| {
                    rendered.push('\n');
                    handler.render_report(&mut rendered, other)
                })
            });
        if drawn.is_err() {
            // miette refuses only spans it cannot read, which `located` rules out;
            // should it happen anyway, the finding is still shown, just plainly.
            rendered = plain(located);
        }
        out.push_str(&rendered);
        for label in located.labels.iter().filter(|label| label.doc.is_none()) {
            let _ = writeln!(out, "  also: {}", describe(label));
        }
        out.push('\n');
    }
    out
}

/// The finding as plain lines, for when miette cannot draw it.
fn plain(located: &Located<'_>) -> String {
    let finding = located.finding;
    let mut out = format!(
        "{} {} {}: {}\n",
        finding.severity.as_str(),
        finding.code,
        finding.rule,
        escape(&finding.message)
    );
    for label in &located.labels {
        let _ = writeln!(out, "  at: {}", describe(label));
    }
    if let Some(help) = &finding.help {
        let _ = writeln!(out, "  help: {}", escape(help));
    }
    out
}

/// "path:line:col “text” — message", or "path (bytes 3..7) — message" when the
/// document was not given; escaped for the terminal.
fn describe(label: &LocatedLabel<'_>) -> String {
    let place = match label.start {
        Some(start) => format!(
            "{}:{}:{} “{}”",
            label.path, start.line, start.column, label.text
        ),
        None => format!(
            "{} (bytes {}..{})",
            label.path, label.span.start, label.span.end
        ),
    };
    let described = if label.message.is_empty() {
        place
    } else {
        format!("{place} — {}", label.message)
    };
    escape(&described).into_owned()
}

/// One finding as a miette diagnostic: the labels in the primary label's document,
/// and one more diagnostic per other document, drawn after it.
#[derive(Debug)]
struct FindingReport<'a> {
    code: Option<String>,
    message: String,
    severity: miette::Severity,
    help: Option<String>,
    source: Option<&'a Shown<'a>>,
    labels: Vec<LabeledSpan>,
    elsewhere: Vec<FindingReport<'a>>,
}

impl<'a> FindingReport<'a> {
    fn new(located: &Located<'a>, shown: &'a [Shown<'a>]) -> Self {
        let finding = located.finding;
        let shown_of = |doc: &Document| shown.iter().find(|s| std::ptr::eq(s.doc, doc));
        let primary_doc = located.primary().and_then(|label| label.doc);
        let mut report = FindingReport {
            code: Some(format!("{} {}", finding.code, finding.rule)),
            message: escape(&finding.message).into_owned(),
            severity: match finding.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Note => miette::Severity::Advice,
            },
            help: finding
                .help
                .as_deref()
                .map(|help| escape(help).into_owned()),
            source: primary_doc.and_then(shown_of),
            labels: Vec::new(),
            elsewhere: Vec::new(),
        };
        // Group the other documents' labels by document, in order of first mention.
        let mut others: Vec<(&Document, Vec<LabeledSpan>)> = Vec::new();
        for (index, label) in located.labels.iter().enumerate() {
            let Some(doc) = label.doc else { continue };
            let Some(doc_shown) = shown_of(doc) else {
                continue;
            };
            let span = labeled_span(label, doc_shown, index == 0);
            if primary_doc.is_some_and(|primary| std::ptr::eq(primary, doc)) {
                report.labels.push(span);
            } else if let Some((_, spans)) = others.iter_mut().find(|(d, _)| std::ptr::eq(*d, doc))
            {
                spans.push(span);
            } else {
                others.push((doc, vec![span]));
            }
        }
        report.elsewhere = others
            .into_iter()
            .map(|(doc, labels)| FindingReport {
                code: None,
                message: escape(&format!("also relies on {}", doc.path)).into_owned(),
                severity: miette::Severity::Advice,
                help: None,
                source: shown_of(doc),
                labels,
                elsewhere: Vec::new(),
            })
            .collect();
        report
    }
}

fn labeled_span(label: &LocatedLabel<'_>, shown: &Shown<'_>, primary: bool) -> LabeledSpan {
    let message = (!label.message.is_empty()).then(|| escape(label.message).into_owned());
    let span = shown.span(label.span);
    if primary {
        LabeledSpan::new_primary_with_span(message, span)
    } else {
        LabeledSpan::new_with_span(message, span)
    }
}

impl fmt::Display for FindingReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingReport<'_> {}

impl Diagnostic for FindingReport<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.code
            .as_ref()
            .map(|code| Box::new(code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.map(|source| source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().cloned()))
    }
}
