//! Snapshots of `claimcheck claims` on the project's own fixture articles, in both
//! output formats. The binary runs from the workspace root on relative paths, so the
//! paths in the output (and the snapshots) are the same on every machine.
//!
//! After a deliberate change to extraction, review and accept the new output with
//! `INSTA_UPDATE=always cargo test -p claimcheck --test claims_snapshots`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Each fixture with the publication date its relative dates are resolved against.
const FIXTURES: &[(&str, &str)] = &[
    ("prison-break", "2026-02-10"),
    ("ferry-fire", "2025-09-16"),
    ("council-budget", "2026-03-04"),
    ("cup-final", "2025-05-26"),
];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture_path(name: &str) -> String {
    format!("tests/fixtures/{name}.md")
}

fn published(name: &str) -> &'static str {
    FIXTURES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, date)| *date)
        .unwrap_or_else(|| panic!("no fixture named {name}"))
}

/// Run `claimcheck claims` on one fixture; the run must succeed without stderr.
fn claims(name: &str, format: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(workspace_root())
        .args([
            "claims",
            &fixture_path(name),
            "--published",
            published(name),
        ])
        .args(["--format", format])
        .output()
        .expect("the claimcheck binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{name}: exit {}\n{stderr}",
        output.status
    );
    assert!(stderr.is_empty(), "{name}: unexpected stderr\n{stderr}");
    String::from_utf8(output.stdout).expect("output is UTF-8")
}

macro_rules! snapshot_tests {
    ($($test:ident => $name:literal),* $(,)?) => {
        mod json {
            $(
                #[test]
                fn $test() {
                    insta::assert_snapshot!($name, super::claims($name, "json"));
                }
            )*
        }
        mod human {
            $(
                #[test]
                fn $test() {
                    insta::assert_snapshot!($name, super::claims($name, "human"));
                }
            )*
        }
    };
}

snapshot_tests! {
    prison_break => "prison-break",
    ferry_fire => "ferry-fire",
    council_budget => "council-budget",
    cup_final => "cup-final",
}

/// Whatever the extractor finds, the JSON must keep the claims@1 contract: the
/// text at `offset..offset + length` is `text`, and line/column (1-based, columns
/// in characters) point at the same place.
#[test]
fn json_spans_point_at_their_text() {
    for (name, _) in FIXTURES {
        let file = std::fs::read_to_string(workspace_root().join(fixture_path(name)))
            .expect("fixture is readable");
        let out: serde_json::Value =
            serde_json::from_str(&claims(name, "json")).expect("output is JSON");
        assert_eq!(out["schema"], "claimcheck/claims@1");
        let list = out["claims"].as_array().expect("a claims array");
        assert!(!list.is_empty(), "{name}: no claims at all");
        for c in list {
            assert_eq!(c["path"], fixture_path(name).as_str());
            let offset = c["offset"].as_u64().expect("offset") as usize;
            let length = c["length"].as_u64().expect("length") as usize;
            let text = c["text"].as_str().expect("text");
            assert_eq!(file.get(offset..offset + length), Some(text), "{name}: {c}");
            let before = &file[..offset];
            let line = before.matches('\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |p| p + 1);
            let column = file[line_start..offset].chars().count() + 1;
            assert_eq!(c["line"].as_u64(), Some(line as u64), "{name}: {c}");
            assert_eq!(c["column"].as_u64(), Some(column as u64), "{name}: {c}");
        }
    }
}

/// Every fixture has a snapshot test of each format, so a new fixture is not
/// forgotten.
#[test]
fn every_fixture_is_listed() {
    let dir = workspace_root().join("tests/fixtures");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let is_md = path.extension().is_some_and(|x| x == "md");
            is_md.then(|| path.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = FIXTURES.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}
