//! The human format: one miette graphical report per finding, every label drawn on
//! its span (labels in other files as snippets of their own), then a summary line.
//! Every text from a document reaches the terminal through [`shown`](crate::shown),
//! escaped and cut to a window around its labels.
//!
//! Every line stays within [`HumanOptions::width`] columns. miette draws a label's
//! message on one line to the right of the label, so a short message keeps its
//! place there and the window is narrowed to leave it room; a long one (a
//! source's title and path) is drawn as a numbered note under the snippet,
//! wrapped like the help that follows it.

use std::fmt::{self, Write as _};

use claimcheck_claims::Severity;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};
use unicode_width::UnicodeWidthStr;

use crate::located::{Located, LocatedLabel};
use crate::shown::{escape, Shown, Window};
use crate::Summary;

/// The widest label message kept beside its label when the window is too
/// narrow for all of them; longer ones become notes first.
const INLINE: usize = 24;

/// Windows narrowed once per try, by what overflowed the last time.
const FIT_TRIES: usize = 4;

/// The narrowest window worth narrowing to before moving messages to notes.
const MIN_WINDOW: usize = 32;

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
    let help_style = theme.styles.help;
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(options.width)
        .with_links(false);
    // Each document escaped and indexed once, whatever the number of findings.
    let mut shown: Vec<Shown<'_>> = Vec::new();
    for label in findings.iter().flat_map(|located| &located.labels) {
        if let Some(doc) = label.doc {
            if !shown.iter().any(|s| std::ptr::eq(s.doc, doc)) {
                shown.push(Shown::new(doc, options.width));
            }
        }
    }
    let mut out = String::new();
    for located in findings {
        let finding = located.finding;
        let title = Title {
            code: Some(format!("{} {}", finding.code, finding.rule)),
            message: escape(&finding.message).into_owned(),
            severity: match finding.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Note => miette::Severity::Advice,
            },
        };
        let groups = by_document(located, &shown);
        let primary_drawn = located
            .primary()
            .and_then(|label| label.doc)
            .is_some_and(|doc| {
                groups
                    .first()
                    .is_some_and(|(s, _)| std::ptr::eq(s.doc, doc))
            });
        let mut rendered = String::new();
        let mut numbered = 0;
        let drawn = (|| -> fmt::Result {
            let mut groups = groups.iter();
            if primary_drawn {
                let (doc_shown, labels) = groups.next().expect("the primary label's group");
                let fitted = fitted(&handler, &title, doc_shown, labels, &mut numbered, options)?;
                rendered.push_str(&fitted);
            } else {
                handler.render_report(&mut rendered, &FindingReport::untied(&title))?;
            }
            if let Some(help) = &finding.help {
                // After the notes, which belong to the snippet above them.
                let lead = format!("  {}: ", help_style.style("help"));
                let wrap = textwrap::Options::new(options.width.saturating_sub(2))
                    .initial_indent(&lead)
                    .subsequent_indent("        ");
                writeln!(rendered, "{}", textwrap::fill(&escape(help), wrap))?;
            }
            // Drawn as reports of their own rather than as miette's "related"
            // diagnostics, which miette prefixes with "Advice:" or nests in a tree.
            for (doc_shown, labels) in groups {
                let title = Title {
                    code: None,
                    message: escape(&format!("also relies on {}", doc_shown.doc.path)).into_owned(),
                    severity: miette::Severity::Advice,
                };
                rendered.push('\n');
                let fitted = fitted(&handler, &title, doc_shown, labels, &mut numbered, options)?;
                rendered.push_str(&fitted);
            }
            Ok(())
        })();
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

/// A finding's labels by document, in order of first mention (so the primary
/// label's document comes first); labels without their document are left out.
type Group<'s, 'a> = (&'s Shown<'a>, Vec<(usize, &'s LocatedLabel<'a>)>);

fn by_document<'s, 'a>(located: &'s Located<'a>, shown: &'s [Shown<'a>]) -> Vec<Group<'s, 'a>> {
    let mut groups: Vec<Group<'s, 'a>> = Vec::new();
    for (index, label) in located.labels.iter().enumerate() {
        let Some(doc) = label.doc else { continue };
        if let Some((_, labels)) = groups.iter_mut().find(|(s, _)| std::ptr::eq(s.doc, doc)) {
            labels.push((index, label));
        } else if let Some(doc_shown) = shown.iter().find(|s| std::ptr::eq(s.doc, doc)) {
            groups.push((doc_shown, vec![(index, label)]));
        }
    }
    groups
}

/// One document's report drawn to fit `options.width`: first with every label
/// message beside its label, the window narrowed by what overflowed until
/// nothing does; failing that with messages over [`INLINE`] columns as notes,
/// then with all of them as notes. A terminal too narrow for even that gets
/// the last try. Notes are numbered on from `numbered`.
fn fitted(
    handler: &GraphicalReportHandler,
    title: &Title,
    shown: &Shown<'_>,
    labels: &[(usize, &LocatedLabel<'_>)],
    numbered: &mut usize,
    options: &HumanOptions,
) -> Result<String, fmt::Error> {
    let mut last = (String::new(), *numbered);
    for inline in [usize::MAX, INLINE, 0] {
        let mut reserve = 0;
        for _ in 0..FIT_TRIES {
            let mut count = *numbered;
            let report = FindingReport::drawn(title, shown, labels, &mut count, inline, reserve);
            let mut out = String::new();
            handler.render_report(&mut out, &report)?;
            write_notes(&mut out, &report.notes, options.width);
            let over = widest_snippet_line(&out).saturating_sub(options.width);
            if over == 0 {
                *numbered = count;
                return Ok(out);
            }
            last = (out, count);
            reserve += over;
            if shown.room() < reserve + MIN_WINDOW {
                break;
            }
        }
    }
    *numbered = last.1;
    Ok(last.0)
}

/// The widest source or label line of a rendered report, in columns, colours
/// left out. The header and the path line are wrapped by miette or are a path.
fn widest_snippet_line(rendered: &str) -> usize {
    rendered
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            line.starts_with(|c: char| c.is_ascii_digit()) || line.starts_with('·')
        })
        .map(|line| without_colours(line).width())
        .max()
        .unwrap_or(0)
}

/// `line` without its ANSI colour sequences (the document's own escape
/// characters are written out before they get here, so every one is miette's).
fn without_colours(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A report's long label messages, numbered as their labels show them and
/// wrapped under the snippet.
fn write_notes(out: &mut String, notes: &[(usize, String)], width: usize) {
    for (number, note) in notes {
        let lead = format!("  ({number}) ");
        let indent = " ".repeat(lead.len());
        // Paths and titles are hyphenated words: break them only when longer
        // than a line.
        let wrap = textwrap::Options::new(width)
            .initial_indent(&lead)
            .subsequent_indent(&indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let _ = writeln!(out, "{}", textwrap::fill(note, wrap));
    }
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

/// What a report says above its snippet.
#[derive(Debug, Clone)]
struct Title {
    code: Option<String>,
    message: String,
    severity: miette::Severity,
}

/// One document's part of a finding as a miette diagnostic.
#[derive(Debug)]
struct FindingReport<'a> {
    title: Title,
    source: Option<Window<'a>>,
    labels: Vec<LabeledSpan>,
    /// Label messages drawn under the snippet, by number.
    notes: Vec<(usize, String)>,
}

impl<'a> FindingReport<'a> {
    /// A report with no snippet, for a finding whose primary label's document
    /// was not given.
    fn untied(title: &Title) -> Self {
        FindingReport {
            title: title.clone(),
            source: None,
            labels: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// One document's labels as a report: messages up to `inline` columns
    /// beside their labels, longer ones as notes numbered on from `numbered`,
    /// in windows `reserve` columns narrower than the terminal allows.
    fn drawn(
        title: &Title,
        shown: &'a Shown<'a>,
        labels: &[(usize, &LocatedLabel<'_>)],
        numbered: &mut usize,
        inline: usize,
        reserve: usize,
    ) -> Self {
        let mut notes = Vec::new();
        let window = shown.window(reserve);
        let spans = labels
            .iter()
            .map(|(index, label)| {
                let message = (!label.message.is_empty()).then(|| {
                    let message = escape(label.message).into_owned();
                    if message.width() <= inline {
                        return message;
                    }
                    *numbered += 1;
                    notes.push((*numbered, message));
                    format!("({numbered})")
                });
                let span = window.span(label.span);
                if *index == 0 {
                    LabeledSpan::new_primary_with_span(message, span)
                } else {
                    LabeledSpan::new_with_span(message, span)
                }
            })
            .collect();
        FindingReport {
            title: title.clone(),
            source: Some(window),
            labels: spans,
            notes,
        }
    }
}

impl fmt::Display for FindingReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.title.message)
    }
}

impl std::error::Error for FindingReport<'_> {}

impl Diagnostic for FindingReport<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.title
            .code
            .as_ref()
            .map(|code| Box::new(code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.title.severity)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|source| source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().cloned()))
    }
}
