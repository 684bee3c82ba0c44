//! The sarif format: SARIF 2.1.0 in the shape GitHub code scanning ingests, with the
//! rule table, stable rule ids, locations on every label and offset-free
//! fingerprints. Serialized from structs so key order never varies.

use std::collections::BTreeMap;

use claimcheck_claims::{RuleMeta, Severity};
use serde::Serialize;

use crate::fingerprint;
use crate::located::{Located, LocatedLabel};

/// The schema's own `id`, as published by OASIS (errata 01).
const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The key of our entry in `partialFingerprints`; bump the version when the hashed
/// fields change, so code scanning does not match old and new hashes.
const FINGERPRINT_KEY: &str = "claimcheckFingerprint/v1";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    /// Our columns count characters, not SARIF's default UTF-16 code units.
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    short_description: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    full_description: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    default_configuration: Option<Configuration>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<Properties<'a>>,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct OwnedText {
    text: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Properties<'a> {
    tags: [&'a str; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: OwnedText,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    byte_offset: usize,
    byte_length: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text<'a>>,
}

fn level(severity: Severity) -> &'static str {
    // SARIF's level names happen to be ours.
    severity.as_str()
}

pub(crate) fn render(findings: &[Located<'_>], rules: &[RuleMeta]) -> String {
    let rules = rule_table(findings, rules);
    let fingerprints = fingerprint::fingerprints(findings);
    let results = findings
        .iter()
        .zip(fingerprints)
        .map(|(located, fingerprint)| result(located, fingerprint, &rules))
        .collect();
    let log = Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "claimcheck",
                    version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    crate::to_pretty_json(&log)
}

/// Every given rule, sorted by code (the first of duplicate codes wins), plus a bare
/// entry for any code a finding uses that the table lacks, so every result has a
/// `ruleIndex` into it.
fn rule_table<'a>(findings: &[Located<'a>], rules: &'a [RuleMeta]) -> Vec<Rule<'a>> {
    let mut table: BTreeMap<&'a str, Rule<'a>> = BTreeMap::new();
    for meta in rules {
        table.entry(meta.code.as_str()).or_insert_with(|| Rule {
            id: &meta.code,
            name: &meta.name,
            short_description: non_empty(&meta.summary),
            full_description: non_empty(&meta.doc),
            help: non_empty(&meta.doc),
            default_configuration: Some(Configuration {
                level: level(meta.default_severity),
            }),
            properties: (!meta.origin.is_empty()).then_some(Properties {
                tags: [meta.origin.as_str()],
            }),
        });
    }
    for located in findings {
        let finding = located.finding;
        table.entry(finding.code.as_str()).or_insert_with(|| Rule {
            id: &finding.code,
            name: &finding.rule,
            short_description: None,
            full_description: None,
            help: None,
            default_configuration: None,
            properties: None,
        });
    }
    table.into_values().collect()
}

fn non_empty(text: &str) -> Option<Text<'_>> {
    (!text.is_empty()).then_some(Text { text })
}

fn result<'a>(located: &Located<'a>, fingerprint: String, rules: &[Rule<'_>]) -> SarifResult<'a> {
    let finding = located.finding;
    let message = match &finding.help {
        Some(help) => format!("{}\nhelp: {help}", finding.message),
        None => finding.message.clone(),
    };
    let mut labels = located.labels.iter();
    let locations = labels
        .next()
        .map(|primary| location(primary, None))
        .into_iter()
        .collect();
    let related_locations = labels
        .enumerate()
        .map(|(i, label)| location(label, Some(i + 1)))
        .collect();
    SarifResult {
        rule_id: &finding.code,
        // rule_table put every finding's code in the table, so the lookup succeeds.
        rule_index: rules
            .iter()
            .position(|rule| rule.id == finding.code)
            .unwrap_or(0),
        level: level(finding.severity),
        message: OwnedText { text: message },
        locations,
        related_locations,
        partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, fingerprint)]),
    }
}

fn location<'a>(label: &LocatedLabel<'a>, id: Option<usize>) -> Location<'a> {
    let (start, end) = (label.start, label.end);
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri_reference(label.path),
            },
            region: Region {
                start_line: start.map(|at| at.line),
                start_column: start.map(|at| at.column),
                end_line: end.map(|at| at.line),
                end_column: end.map(|at| at.column),
                byte_offset: label.span.start,
                byte_length: label.span.len(),
                snippet: label.doc.map(|_| Text { text: label.text }),
            },
        },
        message: non_empty(label.message),
    }
}

/// A path as a relative (or absolute-path) URI reference: forward slashes, and
/// every byte outside the unreserved set percent-encoded, so spaces, `#`, `?` and
/// non-ASCII names stay one valid reference.
fn uri_reference(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'\\' | b'/' => uri.push('/'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                uri.push(char::from(byte));
            }
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            uri_reference("drafts/prison-break.md"),
            "drafts/prison-break.md"
        );
        assert_eq!(uri_reference(r"drafts\a b.md"), "drafts/a%20b.md");
        assert_eq!(uri_reference("é#1.txt"), "%C3%A9%231.txt");
    }
}
