//! Snapshots of `claimcheck check`: one fixture per rule, checked with only that
//! rule selected (`--select CODE`), and every output format on one fixture with
//! findings of each severity. The fixtures' publication date comes from the
//! claimcheck.toml beside them, so these runs also exercise config discovery.
//!
//! A new rule needs a fixture: `tests/fixtures/rules/CODE.md` and a line in
//! `rule_fixtures!` below; `every_rule_has_a_fixture` fails until both exist.
//! After a deliberate change, review and accept the new output with
//! `INSTA_UPDATE=always cargo test -p claimcheck --test check_snapshots`.

mod common;

use common::{claimcheck, workspace_root};
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Output;

/// The stdout of a completed check (exit 0 or 1, nothing on stderr).
fn completed(out: &Output, what: &str) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{what}: exit {}\n{stderr}",
        out.status
    );
    assert!(stderr.is_empty(), "{what}: unexpected stderr\n{stderr}");
    String::from_utf8(out.stdout.clone()).expect("output is UTF-8")
}

const RULE_FIXTURES: &str = "tests/fixtures/rules";

/// Check a rule's fixture with only that rule on: it must fire, and nothing else may.
fn rule_snapshot(code: &str) {
    let path = format!("{RULE_FIXTURES}/{code}.md");
    let out = completed(
        &claimcheck(&["check", &path, "--select", code, "--format", "json"]),
        code,
    );
    let json: Value = serde_json::from_str(&out).expect("JSON output");
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default())
        .collect();
    assert!(!codes.is_empty(), "{path} does not make {code} fire");
    assert!(
        codes.iter().all(|c| *c == code),
        "{path}: other rules reported with only {code} selected: {codes:?}"
    );
    insta::assert_snapshot!(code, out);
}

macro_rules! rule_fixtures {
    ($($test:ident => $code:literal),* $(,)?) => {
        /// Every code with a fixture test below.
        const TESTED: &[&str] = &[$($code),*];
        $(
            #[test]
            fn $test() {
                rule_snapshot($code);
            }
        )*
    };
}

rule_fixtures! {
    cc001_future_date => "CC001",
    cc002_vague_vs_precise => "CC002",
    cc003_part_exceeds_whole => "CC003",
    cc004_count_mismatch => "CC004",
    cc005_duration_arithmetic => "CC005",
    cc006_date_arithmetic => "CC006",
    cc007_percent_sum => "CC007",
    cc008_percent_bounds => "CC008",
    cc009_rounding => "CC009",
    cc010_sum_mismatch => "CC010",
    cc011_temporal_order => "CC011",
    cc012_ordinal_vs_list => "CC012",
    cc013_ordinal_count => "CC013",
    cc014_weekday_date => "CC014",
    cc015_malformed_figure => "CC015",
    cc016_change_arithmetic => "CC016",
    cc101_recaptured_exceeds_escaped => "CC101",
    cc102_released_exceeds_held => "CC102",
    cc111_hospitalised_exceeds_rescued => "CC111",
    cc112_rescued_exceeds_aboard => "CC112",
    cc201_ordinal_count_mismatch => "CC201",
    cc301_results_sum_mismatch => "CC301",
    cc901_invalid_suppression => "CC901",
    cc902_unused_suppression => "CC902",
}

/// The reconciliation rules (CC5xx): they need sources, so their fixtures and
/// snapshots live with them, in crates/reconcile/tests.
fn reconcile_codes() -> BTreeSet<String> {
    claimcheck_reconcile::metas()
        .into_iter()
        .map(|m| m.code)
        .collect()
}

/// The rule table as the library builds it: built-in checks, built-in packs, the
/// suppression rules, then the reconciliation rules.
fn library_codes() -> BTreeSet<String> {
    let packs = claimcheck_rules::builtin_packs().expect("built-in packs load");
    let rules = claimcheck_rules::RuleSet::new(packs).expect("built-in packs agree");
    rules
        .metas()
        .into_iter()
        .map(|m| m.code)
        .chain(
            claimcheck_rules::META_RULES
                .iter()
                .map(|m| m.code.to_string()),
        )
        .chain(reconcile_codes())
        .collect()
}

#[test]
fn every_rule_has_a_fixture_and_documentation() {
    let out = completed(
        &claimcheck(&["rules", "--no-config", "--format", "json"]),
        "rules",
    );
    let json: Value = serde_json::from_str(&out).expect("JSON output");
    let listed: Vec<&Value> = json["rules"].as_array().expect("rules").iter().collect();
    let listed_codes: BTreeSet<String> = listed
        .iter()
        .map(|r| r["code"].as_str().expect("a code").to_string())
        .collect();
    assert_eq!(listed.len(), listed_codes.len(), "a code is listed twice");
    assert_eq!(
        listed_codes,
        library_codes(),
        "`claimcheck rules` and RuleSet::metas() + META_RULES disagree"
    );
    for r in &listed {
        let doc = r["doc"].as_str().unwrap_or_default();
        for heading in [
            "What it checks:",
            "Why it matters:",
            "Example:",
            "Corrected:",
        ] {
            assert!(doc.contains(heading), "{} lacks {heading}", r["code"]);
        }
    }
    let tested: BTreeSet<String> = TESTED.iter().map(|c| c.to_string()).collect();
    let reconcile = reconcile_codes();
    let missing: Vec<&String> = listed_codes
        .difference(&tested)
        .filter(|c| !reconcile.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a fixture test: {missing:?}; add {RULE_FIXTURES}/CODE.md and a line in rule_fixtures!"
    );
    let stale: Vec<&String> = tested.difference(&listed_codes).collect();
    assert!(
        stale.is_empty(),
        "fixture tests for codes that no longer exist: {stale:?}"
    );
    let on_disk: BTreeSet<String> = std::fs::read_dir(workspace_root().join(RULE_FIXTURES))
        .expect("the rule fixtures folder")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".md").map(str::to_string)
        })
        .collect();
    assert_eq!(on_disk, tested, "fixture files and fixture tests disagree");
}

/// One fixture with errors, a warning, a note (a config severity override), a
/// suppressed finding and an unused suppression.
const FORMATS_FIXTURE: &str = "tests/fixtures/check/harrowgate.md";

fn format_snapshot(format: &str) -> String {
    let out = claimcheck(&["check", FORMATS_FIXTURE, "--format", format]);
    assert_eq!(out.status.code(), Some(1), "{format}: errors fail the run");
    completed(&out, format)
}

#[test]
fn format_human() {
    let out = format_snapshot("human");
    assert!(!out.contains('\u{1b}'), "no colour when not on a terminal");
    insta::assert_snapshot!("format_human", out);
}

#[test]
fn format_json() {
    insta::assert_snapshot!("format_json", format_snapshot("json"));
}

#[test]
fn format_sarif() {
    insta::assert_snapshot!("format_sarif", format_snapshot("sarif"));
}

#[test]
fn format_github() {
    insta::assert_snapshot!("format_github", format_snapshot("github"));
}

/// The formats agree on what was found: same codes, same order.
#[test]
fn formats_agree() {
    let json: Value = serde_json::from_str(&format_snapshot("json")).unwrap();
    let from_json: Vec<String> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(from_json, ["CC101", "CC002", "CC001", "CC201", "CC902"]);
    let sarif: Value = serde_json::from_str(&format_snapshot("sarif")).unwrap();
    let from_sarif: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(from_sarif, from_json);
    let github = format_snapshot("github");
    let from_github: Vec<&str> = github
        .lines()
        .filter_map(|l| l.split("title=").nth(1)?.split(' ').next())
        .collect();
    assert_eq!(from_github, from_json);
}
