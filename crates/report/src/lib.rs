//! Findings rendered for people and machines, and the exit-code policy.
//!
//! Every format is an emitter over the same located, sorted findings
//! ([`located`]), so what one format shows the others show too, and the same input
//! gives the same bytes whatever order the checks produced their findings in.

mod fingerprint;
mod github;
mod html;
mod human;
mod json;
mod located;
mod sarif;
mod shown;
mod stream;

use std::fmt;
use std::str::FromStr;

use claimcheck_claims::{Document, Finding, RuleMeta, Severity};
use serde::Serialize;

pub use html::{
    claim_summary, Annotations, Figure, Reconciled, ReconciledMetric, ReconciledQuote,
    ReconciledRow, CONTENT_SECURITY_POLICY,
};
pub use human::HumanOptions;
pub use stream::{Chunk, Renderer, Stream};

/// Text from a file or a fault, safe to print to a terminal: control, bidi and
/// invisible characters written out, as the human format shows them.
pub fn escape_for_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    shown::escape(text)
}

/// The schema name of the JSON output; bump the suffix on any breaking change.
pub const JSON_SCHEMA: &str = "claimcheck/diagnostics@1";

/// An output format of `claimcheck check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// miette's graphical report, for a terminal.
    Human,
    /// `claimcheck/diagnostics@1`, see DESIGN.md.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// One diagnostic per line, each with its file's path: for scripts and
    /// archive runs.
    Jsonl,
    /// One self-contained page: each article with its claims marked and its
    /// findings beside it, for a browser.
    Html,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [Format; 6] = [
        Format::Human,
        Format::Json,
        Format::Sarif,
        Format::Github,
        Format::Jsonl,
        Format::Html,
    ];

    /// The name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A format name that is none of [`Format::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown output format `{0}`: expected one of human, json, sarif, github, jsonl, html")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|format| format.as_str() == s)
            .ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// Renders findings in `format`. `docs` must hold every document a label points
/// into (for line, column and the labelled text); `rules` is the rule table SARIF
/// describes. The human format is rendered without colour, 100 columns wide; use
/// [`render_human`] to choose. The HTML page shows `docs[0]` as the article,
/// without claims; [`Stream`] with [`Renderer::annotated`] shows them.
pub fn render(
    format: Format,
    findings: &[Finding],
    docs: &[Document],
    rules: &[RuleMeta],
) -> String {
    let located = located::locate(findings, docs);
    match format {
        Format::Human => human::render(&located, &HumanOptions::default()),
        Format::Json => json::render(&located),
        Format::Sarif => sarif::render(&located, rules),
        Format::Github => github::render(&located),
        Format::Jsonl => located
            .iter()
            .map(|l| {
                let path = l.primary().map_or("", |p| p.path);
                json::line(l, path, None)
            })
            .collect(),
        Format::Html => {
            let mut stream = Stream::new(format, HumanOptions::default(), rules);
            let path = docs.first().map_or("", |d| d.path.as_str());
            let mut out = stream.start();
            out.push_str(&stream.file(path, None, findings, docs));
            out.push_str(&stream.finish());
            out
        }
    }
}

/// Renders findings as miette graphical reports followed by a summary line.
pub fn render_human(findings: &[Finding], docs: &[Document], options: &HumanOptions) -> String {
    human::render(&located::locate(findings, docs), options)
}

/// How many findings there are of each severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Summary {
    /// Whether these findings fail a run: errors do, warnings with
    /// `deny_warnings`, notes never.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.errors > 0 || (deny_warnings && self.warnings > 0)
    }

    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.notes
    }

    pub(crate) fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Note => self.notes += 1,
        }
    }
}

/// "2 errors, 1 warning, 0 notes", or "no findings".
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.total() == 0 {
            return f.write_str("no findings");
        }
        let plural = |n: usize, word: &str| {
            if n == 1 {
                format!("{n} {word}")
            } else {
                format!("{n} {word}s")
            }
        };
        write!(
            f,
            "{}, {}, {}",
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
            plural(self.notes, "note")
        )
    }
}

/// Counts findings by severity.
pub fn summarize(findings: &[Finding]) -> Summary {
    let mut summary = Summary::default();
    for finding in findings {
        summary.count(finding.severity);
    }
    summary
}

/// Pretty-printed JSON with a trailing newline.
fn to_pretty_json(value: &impl Serialize) -> String {
    // The outputs are derived structs of strings, integers and options: serializing
    // them into a String has no way to fail.
    let mut out = serde_json::to_string_pretty(value).expect("plain structs serialize");
    out.push('\n');
    out
}

/// The process exit code for a run that completed: 1 when a finding is at or above
/// the failing level (errors; warnings too with `deny_warnings`), else 0. Notes
/// never fail a run. Code 2, a run that failed, is the CLI's to decide.
pub fn exit_code(findings: &[Finding], deny_warnings: bool) -> u8 {
    u8::from(summarize(findings).fails(deny_warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(severity: Severity) -> Finding {
        Finding {
            code: "CC000".into(),
            rule: "test-rule".into(),
            severity,
            message: "m".into(),
            help: None,
            labels: vec![],
        }
    }

    #[test]
    fn exit_codes_follow_the_failing_level() {
        let note = finding(Severity::Note);
        let warning = finding(Severity::Warning);
        let error = finding(Severity::Error);
        assert_eq!(exit_code(&[], false), 0);
        assert_eq!(exit_code(&[], true), 0);
        assert_eq!(exit_code(std::slice::from_ref(&note), true), 0);
        assert_eq!(exit_code(std::slice::from_ref(&warning), false), 0);
        assert_eq!(exit_code(std::slice::from_ref(&warning), true), 1);
        assert_eq!(exit_code(&[note, error], false), 1);
    }

    #[test]
    fn summary_line_pluralises() {
        let findings = [
            finding(Severity::Error),
            finding(Severity::Error),
            finding(Severity::Warning),
        ];
        assert_eq!(
            summarize(&findings).to_string(),
            "2 errors, 1 warning, 0 notes"
        );
        assert_eq!(summarize(&[]).to_string(), "no findings");
    }

    #[test]
    fn formats_round_trip_through_their_names() {
        for format in Format::ALL {
            assert_eq!(format.as_str().parse::<Format>(), Ok(format));
        }
        assert!("xml".parse::<Format>().is_err());
    }
}
