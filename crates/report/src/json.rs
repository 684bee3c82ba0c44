//! The json format: `claimcheck/diagnostics@1` as DESIGN.md specifies it. Serialized
//! from structs, never maps, so key order is fixed whatever serde_json features
//! other crates in the build switch on.

use claimcheck_claims::Severity;
use serde::Serialize;

use crate::located::Located;
use crate::{Summary, JSON_SCHEMA};

#[derive(Serialize)]
struct Output<'a> {
    schema: &'static str,
    diagnostics: Vec<Diagnostic<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    code: &'a str,
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    help: Option<&'a str>,
    labels: Vec<Label<'a>>,
}

#[derive(Serialize)]
struct Label<'a> {
    path: &'a str,
    offset: usize,
    length: usize,
    /// null only when the caller gave no document for `path`.
    line: Option<usize>,
    column: Option<usize>,
    text: &'a str,
    message: &'a str,
}

pub(crate) fn render(findings: &[Located<'_>]) -> String {
    let mut summary = Summary::default();
    let diagnostics = findings
        .iter()
        .map(|located| {
            let finding = located.finding;
            summary.count(finding.severity);
            Diagnostic {
                code: &finding.code,
                rule: &finding.rule,
                severity: finding.severity,
                message: &finding.message,
                help: finding.help.as_deref(),
                labels: located
                    .labels
                    .iter()
                    .map(|label| Label {
                        path: label.path,
                        offset: label.span.start,
                        length: label.span.len(),
                        line: label.start.map(|at| at.line),
                        column: label.start.map(|at| at.column),
                        text: label.text,
                        message: label.message,
                    })
                    .collect(),
            }
        })
        .collect();
    let output = Output {
        schema: JSON_SCHEMA,
        diagnostics,
        summary,
    };
    crate::to_pretty_json(&output)
}
