//! Findings: what a check reports. One type for every rule, built in or from a
//! pack, so every output format renders the same facts.

use crate::Span;
use serde::Serialize;

/// How serious a finding is. Errors fail a run by default; warnings with
/// `--deny warnings`; notes never do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "note" => Some(Severity::Note),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// A span a finding relies on, in one document, with what it shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Label {
    /// The document's path as the user gave it.
    pub path: String,
    pub span: Span,
    /// What this span is in the finding ("recaptured", "escaped, per Syrian authorities").
    pub message: String,
}

/// One discrepancy. The first label is the primary one: the text judged wrong.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Finding {
    /// Stable code, e.g. "CC101".
    pub code: String,
    /// Kebab-case rule name, e.g. "recaptured-exceeds-escaped".
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub labels: Vec<Label>,
}

impl Finding {
    /// Where the finding sorts: by file, then position of its primary label, then code.
    pub fn sort_key(&self) -> (String, usize, usize, String) {
        let (path, start, end) = self.labels.first().map_or((String::new(), 0, 0), |l| {
            (l.path.clone(), l.span.start, l.span.end)
        });
        (path, start, end, self.code.clone())
    }
}

/// A rule's metadata, for listings, `explain` and SARIF's rule table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleMeta {
    pub code: String,
    pub name: String,
    pub default_severity: Severity,
    /// One line: what the rule checks.
    pub summary: String,
    /// What it checks / Why it matters / Example / Corrected.
    pub doc: String,
    /// "built-in" or the pack it comes from.
    pub origin: String,
}
