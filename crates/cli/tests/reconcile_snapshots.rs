//! Snapshots of a draft checked against its sources: `claimcheck reconcile` in
//! both formats and `claimcheck check --source` as JSON, on the project's own
//! fixture (tests/fixtures/reconcile: a draft, a situation report and a briefing
//! transcript, with a number made precise, a hedge dropped and a quotation
//! altered). Runs from the workspace root on relative paths.
//!
//! Accept a deliberate change with
//! `INSTA_UPDATE=always cargo test -p claimcheck --test reconcile_snapshots`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const DRAFT: &str = "tests/fixtures/reconcile/draft.md";
const SOURCES: &[&str] = &[
    "tests/fixtures/reconcile/sources/emergency-service.md",
    "tests/fixtures/reconcile/sources/mayor-transcript.md",
];
const PUBLISHED: &str = "2026-05-14";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(command: &str, extra: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    cmd.current_dir(workspace_root()).args([
        command,
        DRAFT,
        "--published",
        PUBLISHED,
        "--no-config",
    ]);
    for s in SOURCES {
        cmd.args(["--source", s]);
    }
    cmd.args(extra)
        .output()
        .expect("the claimcheck binary runs")
}

fn stdout_of(out: &Output) -> String {
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn reconcile_human() {
    let out = run("reconcile", &[]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!(stdout_of(&out));
}

#[test]
fn reconcile_json() {
    let out = run("reconcile", &["--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout_of(&out);
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(json["schema"], "claimcheck/reconcile@1");
    insta::assert_snapshot!(text);
}

#[test]
fn check_against_sources_labels_both_files() {
    let out = run("check", &["--format", "json"]);
    // Warnings only: exit 0 unless warnings are denied.
    assert_eq!(out.status.code(), Some(0));
    let text = stdout_of(&out);
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let diags = json["diagnostics"].as_array().expect("diagnostics");
    let codes: Vec<&str> = diags.iter().filter_map(|d| d["code"].as_str()).collect();
    assert_eq!(codes, ["CC503", "CC502", "CC507"], "{text}");
    for d in diags {
        let paths: Vec<&str> = d["labels"]
            .as_array()
            .expect("labels")
            .iter()
            .filter_map(|l| l["path"].as_str())
            .collect();
        assert_eq!(
            paths.first(),
            Some(&DRAFT),
            "primary label in the draft: {d}"
        );
        assert!(
            paths.iter().any(|p| p.contains("/sources/")),
            "a label in a source: {d}"
        );
    }
    insta::assert_snapshot!(text);
    let denied = run("check", &["--format", "json", "--deny", "warnings"]);
    assert_eq!(denied.status.code(), Some(1));
}

#[test]
fn the_draft_against_itself_is_clean() {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(workspace_root())
        .args([
            "check",
            DRAFT,
            "--source",
            DRAFT,
            "--published",
            PUBLISHED,
            "--no-config",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        json["diagnostics"].as_array().map(Vec::len),
        Some(0),
        "{json}"
    );
}

#[test]
fn unreadable_and_empty_sources() {
    let missing = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(workspace_root())
        .args([
            "check",
            DRAFT,
            "--source",
            "tests/fixtures/reconcile/nope.md",
            "--no-config",
        ])
        .output()
        .expect("runs");
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nope.md"));
    let dir = std::env::temp_dir().join(format!("claimcheck-empty-source-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let empty = dir.join("empty.md");
    std::fs::write(&empty, "\n \n").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(workspace_root())
        .args([
            "check",
            DRAFT,
            "--no-config",
            "--published",
            PUBLISHED,
            "--source",
        ])
        .arg(&empty)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "an empty source is a warning");
    assert!(String::from_utf8_lossy(&out.stderr).contains("is empty"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_reference_record_contradicted_is_an_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(workspace_root())
        .args([
            "check",
            DRAFT,
            "--reference",
            "tests/fixtures/reconcile/facts.toml",
            "--published",
            PUBLISHED,
            "--no-config",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert_eq!(codes, ["CC509"]);
}

#[test]
fn a_malformed_reference_points_at_the_record() {
    let dir = std::env::temp_dir().join(format!("claimcheck-bad-reference-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("facts.toml");
    std::fs::write(
        &bad,
        "[[record]]\nmetric = \"killed\"\nvalue = \"eleven\"\n",
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(workspace_root())
        .args(["check", DRAFT, "--no-config", "--reference"])
        .arg(&bad)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("facts.toml") && err.contains("value"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_config_extends_the_source_registry() {
    let dir = std::env::temp_dir().join(format!("claimcheck-registry-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sources")).expect("temp dir");
    let root = workspace_root();
    std::fs::copy(root.join(DRAFT), dir.join("draft.md")).expect("copy draft");
    std::fs::copy(root.join(SOURCES[0]), dir.join("sources/report.md")).expect("copy source");
    std::fs::write(
        dir.join("desk.toml"),
        "[[source]]\nname = \"Kellin emergency service\"\naliases = [\"the regional emergency service\", \"Regional Emergency Service\"]\n",
    )
    .expect("write registry");
    std::fs::write(dir.join("claimcheck.toml"), "sources = [\"desk.toml\"]\n")
        .expect("write config");
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(&dir)
        .args([
            "check",
            "draft.md",
            "--source",
            "sources/report.md",
            "--published",
            PUBLISHED,
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("Kellin emergency service"), "{text}");
    std::fs::write(
        dir.join("claimcheck.toml"),
        "sources = [\"missing.toml\"]\n",
    )
    .expect("write config");
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(&dir)
        .args(["check", "draft.md"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.toml"));
    let _ = std::fs::remove_dir_all(&dir);
}
