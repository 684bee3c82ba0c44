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

/// Whatever the extractor finds, the JSON must keep the claims contract: the
/// text at `offset..offset + length` is `text`, and line/column (1-based, columns
/// in characters) point at the same place; in `claims@2`, ids number each file's
/// claims, every frame's head and every relation's cue point at their text, and
/// relations name claims that exist.
#[test]
fn json_spans_point_at_their_text() {
    for (name, _) in FIXTURES {
        let file = std::fs::read_to_string(workspace_root().join(fixture_path(name)))
            .expect("fixture is readable");
        let out: serde_json::Value =
            serde_json::from_str(&claims(name, "json")).expect("output is JSON");
        assert_eq!(out["schema"], "claimcheck/claims@2");
        let list = out["claims"].as_array().expect("a claims array");
        assert!(!list.is_empty(), "{name}: no claims at all");
        let at = |v: &serde_json::Value| {
            let offset = v["offset"].as_u64().expect("offset") as usize;
            let length = v["length"].as_u64().expect("length") as usize;
            file.get(offset..offset + length).map(str::to_string)
        };
        for (i, c) in list.iter().enumerate() {
            assert_eq!(c["id"].as_u64(), Some(i as u64), "{name}: {c}");
            let head = &c["frame"]["head"];
            if !head.is_null() {
                assert_eq!(at(head).as_deref(), head["text"].as_str(), "{name}: {c}");
            }
            if let Some(t) = c["frame"]["time"].as_u64() {
                assert_eq!(list[t as usize]["kind"], "date", "{name}: {c}");
            }
        }
        for r in out["relations"].as_array().expect("a relations array") {
            for end in ["from", "to"] {
                let id = r[end].as_u64().expect("claim id") as usize;
                assert!(id < list.len(), "{name}: {r}");
            }
            assert_eq!(
                at(&r["cue"]).as_deref(),
                r["cue"]["text"].as_str(),
                "{name}: {r}"
            );
        }
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

/// `--schema 1` still gives the original contract: no ids, frames or relations.
#[test]
fn schema_1_stays_available() {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(workspace_root())
        .args([
            "claims",
            &fixture_path("prison-break"),
            "--format",
            "json",
            "--schema",
            "1",
        ])
        .output()
        .expect("the claimcheck binary runs");
    assert!(output.status.success());
    let out: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(out["schema"], "claimcheck/claims@1");
    assert!(out.get("relations").is_none());
    let first = &out["claims"][0];
    assert!(
        first.get("frame").is_none() && first.get("id").is_none(),
        "{first}"
    );
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
