//! The json format: `claimcheck/diagnostics@1` as DESIGN.md specifies it. Serialized
//! from structs, never maps, so key order is fixed whatever serde_json features
//! other crates in the build switch on.

use claimcheck_claims::Severity;
use serde::Serialize;

use crate::located::Located;
use crate::{Summary, JSON_SCHEMA};

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

/// The whole document at once: the stream's parts joined.
pub(crate) fn render(findings: &[Located<'_>]) -> String {
    let mut out = head();
    let mut summary = Summary::default();
    for (i, located) in findings.iter().enumerate() {
        summary.count(located.finding.severity);
        out.push_str(&item(located, i == 0));
    }
    out.push_str(&tail(&summary, !findings.is_empty()));
    out
}

// `{"schema": …, "diagnostics": [ … ], "summary": …}` in serde_json's pretty
// layout, cut into parts so a stream writes each diagnostic as its file is
// done and the bytes still equal one pretty print of the whole. Indenting a
// pretty-printed value is safe: JSON strings hold no raw line breaks.

/// Everything before the first diagnostic.
pub(crate) fn head() -> String {
    format!("{{\n  \"schema\": \"{JSON_SCHEMA}\",\n  \"diagnostics\": [")
}

/// One diagnostic, with the comma before it unless it is the first.
pub(crate) fn item(located: &Located<'_>, first: bool) -> String {
    let pretty = to_pretty(&diagnostic(located));
    let sep = if first { "\n    " } else { ",\n    " };
    format!("{sep}{}", pretty.replace('\n', "\n    "))
}

/// Everything after the last diagnostic: the array's end and the summary.
pub(crate) fn tail(summary: &Summary, any: bool) -> String {
    let close = if any { "\n  ]" } else { "]" };
    let summary = to_pretty(summary).replace('\n', "\n  ");
    format!("{close},\n  \"summary\": {summary}\n}}\n")
}

/// One diagnostic on one line for `--format jsonl`, led by the file it was
/// found in and, for a record of a JSON Lines input, the record's id.
pub(crate) fn line(located: &Located<'_>, path: &str, record: Option<&str>) -> String {
    #[derive(Serialize)]
    struct Line<'a> {
        path: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        record: Option<&'a str>,
        #[serde(flatten)]
        diagnostic: Diagnostic<'a>,
    }
    let line = Line {
        path,
        record,
        diagnostic: diagnostic(located),
    };
    let mut out = serde_json::to_string(&line).expect("plain structs serialize");
    out.push('\n');
    out
}

fn to_pretty(value: &impl Serialize) -> String {
    // Structs of strings, integers and options: serializing cannot fail.
    serde_json::to_string_pretty(value).expect("plain structs serialize")
}

fn diagnostic<'a>(located: &Located<'a>) -> Diagnostic<'a> {
    let finding = located.finding;
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimcheck_claims::{Document, Finding, Label as FindingLabel, Severity, Span};

    /// The document as one struct, pretty-printed in one go: what the parts must equal.
    #[derive(Serialize)]
    struct Whole<'a> {
        schema: &'static str,
        diagnostics: Vec<Diagnostic<'a>>,
        summary: Summary,
    }

    fn finding(code: &str, start: usize, severity: Severity) -> Finding {
        Finding {
            code: code.into(),
            rule: "some-rule".into(),
            severity,
            message: "a \"quoted\" message\nover two lines".into(),
            help: Some("help".into()),
            labels: vec![FindingLabel {
                path: "a.md".into(),
                span: Span {
                    start,
                    end: start + 3,
                },
                message: "here".into(),
            }],
        }
    }

    #[test]
    fn the_parts_join_to_one_pretty_print_of_the_whole() {
        let docs = [Document::new("a.md", "About 120 fled and 45 stayed.")];
        for findings in [
            vec![],
            vec![finding("CC001", 6, Severity::Error)],
            vec![
                finding("CC001", 6, Severity::Error),
                finding("CC002", 19, Severity::Warning),
            ],
        ] {
            let located = crate::located::locate(&findings, &docs);
            let mut summary = Summary::default();
            for l in &located {
                summary.count(l.finding.severity);
            }
            let whole = Whole {
                schema: JSON_SCHEMA,
                diagnostics: located.iter().map(diagnostic).collect(),
                summary,
            };
            assert_eq!(render(&located), crate::to_pretty_json(&whole));
        }
    }

    #[test]
    fn a_line_is_one_diagnostic_with_its_path_and_record() {
        let docs = [Document::new("a.md", "About 120 fled.")];
        let findings = [finding("CC001", 6, Severity::Error)];
        let located = crate::located::locate(&findings, &docs);
        let line = line(&located[0], "a.md", Some("story-7"));
        assert_eq!(line.matches('\n').count(), 1);
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value["path"], "a.md");
        assert_eq!(value["record"], "story-7");
        assert_eq!(value["code"], "CC001");
        assert_eq!(value["labels"][0]["text"], "120");
    }
}
