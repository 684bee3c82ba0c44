//! Every rule's documented Example draws its finding, and its Corrected text
//! draws none, so `claimcheck rules explain` never shows an example the rule
//! misses.
//!
//! A rule's doc writes its example as whole text in double quotes, so that the
//! test can run it as it stands:
//!
//! ```text
//! Source: "The coast guard said approximately 140 passengers were aboard."
//!
//! Example: (published 2025-08-12) "The western flank was contained on 19 August."
//!
//! Corrected: "The western flank was contained on 9 August."
//! ```
//!
//! `Source:` (reconciliation rules) is the material the draft was written from,
//! one paragraph per document; `Source (labour-ministry.md):` names the file,
//! whose stem says whose material it is;
//! `(published DATE)` the publication date, else [`PUBLISHED`]. The quoted text
//! runs from the paragraph's first double quote to its last, lines joined by
//! spaces. A rule whose example cannot run as text (a reference file, a
//! suppression comment's effect) is listed in [`NOT_RUNNABLE`] with the reason.

use serde_json::Value;
mod common;

use common::claimcheck;
use std::path::Path;

/// The publication date of an example that names none.
const PUBLISHED: &str = "2025-06-30";

/// Rules whose example is not a text the checker can run on its own, and why.
const NOT_RUNNABLE: &[(&str, &str)] = &[
    (
        "CC509",
        "needs a reference file of records, not a draft and a source",
    ),
    (
        "CC902",
        "an unused suppression needs a finding fixed after the comment was written",
    ),
];

/// A doc's paragraphs that start with `label`, without the label.
fn paragraphs(doc: &str, label: &str) -> Vec<String> {
    doc.split("\n\n")
        .map(str::trim)
        .filter_map(|p| p.strip_prefix(label))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn paragraph(doc: &str, label: &str) -> Option<String> {
    paragraphs(doc, label).into_iter().next()
}

/// The sources of an example: (file name, text).
fn sources(doc: &str, code: &str) -> Vec<(String, String)> {
    paragraphs(doc, "Source")
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let (name, rest) = match p.strip_prefix('(').and_then(|r| r.split_once("):")) {
                Some((name, rest)) => (name.to_string(), rest),
                None => (format!("{code}-source-{i}.md"), p.strip_prefix(':')?),
            };
            quoted(rest.trim()).map(|(text, _)| (name, text))
        })
        .collect()
}

/// The quoted text of a paragraph, and the publication date it names.
fn quoted(p: &str) -> Option<(String, Option<String>)> {
    let published = p
        .strip_prefix("(published ")
        .and_then(|rest| rest.split_once(')'))
        .map(|(d, _)| d.to_string());
    let first = p.find('"')?;
    let last = p.rfind('"')?;
    (last > first + 1).then(|| (p[first + 1..last].to_string(), published))
}

/// The codes `code` reports on `draft` (with `source`, if any).
fn codes_on(
    dir: &Path,
    code: &str,
    what: &str,
    draft: &str,
    sources: &[(String, String)],
    published: &str,
) -> Vec<String> {
    let dir = dir.join(code);
    std::fs::create_dir_all(&dir).expect("example dir");
    let draft_path = dir.join(format!("{what}.md"));
    std::fs::write(&draft_path, format!("{draft}\n")).expect("write the example");
    let mut args = vec![
        "check".to_string(),
        draft_path.display().to_string(),
        "--published".to_string(),
        published.to_string(),
        "--select".to_string(),
        code.to_string(),
        "--format".to_string(),
        "json".to_string(),
        "--no-config".to_string(),
    ];
    for (name, text) in sources {
        let source_path = dir.join(name);
        std::fs::write(&source_path, format!("{text}\n")).expect("write the source");
        args.push("--source".to_string());
        args.push(source_path.display().to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = claimcheck(&args);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{code} {what}: exit {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn every_documented_example_draws_its_finding_and_its_correction_none() {
    let out = claimcheck(&["rules", "--format", "json", "--no-config"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("rules JSON");
    let dir = std::env::temp_dir().join(format!("claimcheck-examples-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut failures = Vec::new();
    let mut ran = 0;
    for rule in json["rules"].as_array().expect("rules") {
        let code = rule["code"].as_str().expect("code");
        let doc = rule["doc"].as_str().unwrap_or_default();
        if NOT_RUNNABLE.iter().any(|(c, _)| *c == code) {
            continue;
        }
        let Some((example, published)) = paragraph(doc, "Example:").as_deref().and_then(quoted)
        else {
            failures.push(format!("{code}: no quoted Example paragraph"));
            continue;
        };
        let Some((corrected, _)) = paragraph(doc, "Corrected:").as_deref().and_then(quoted) else {
            failures.push(format!("{code}: no quoted Corrected paragraph"));
            continue;
        };
        let source = sources(doc, code);
        let published = published.as_deref().unwrap_or(PUBLISHED);
        ran += 1;
        let found = codes_on(&dir, code, "example", &example, &source, published);
        if !found.iter().any(|c| c == code) {
            failures.push(format!("{code}: the Example draws no {code}: {example:?}"));
        }
        let found = codes_on(&dir, code, "corrected", &corrected, &source, published);
        if found.iter().any(|c| c == code) {
            failures.push(format!(
                "{code}: the Corrected text still draws {code}: {corrected:?}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(ran >= 20, "only {ran} rules have runnable examples");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
