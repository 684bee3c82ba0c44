//! The library's `Checker` (what the Python package wraps) against the CLI:
//! for one article, every format it renders is byte for byte what the binary
//! writes for that article alone, with the same config, date and sources.

mod common;

use claimcheck::claims_out::{ClaimsFormat, ClaimsView};
use claimcheck::{Checker, CheckerOptions};
use claimcheck_report::Format;
use common::{claimcheck, workspace_root};
use std::path::Path;

fn stdout_of(args: &[&str]) -> String {
    let out = claimcheck(args);
    String::from_utf8(out.stdout).expect("the CLI writes UTF-8")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("fixture")
}

/// The harrowgate fixture with its config (a severity and a date), as a path
/// relative to the workspace root, which is where the CLI runs.
#[test]
fn check_output_equals_the_cli_for_one_article() {
    let root = workspace_root();
    let rel = "tests/fixtures/check/harrowgate.md";
    let checker = Checker::new(CheckerOptions {
        config: Some(root.join("tests/fixtures/check/claimcheck.toml")),
        ..CheckerOptions::default()
    })
    .expect("the fixture's config loads");
    let doc = checker
        .document(rel, read(&root.join(rel)))
        .expect("text is an article");
    let findings = checker.check(&doc, None, &[]).expect("checks");
    assert!(!findings.is_empty(), "the fixture has planted faults");
    for (format, name) in [
        (Format::Json, "json"),
        (Format::Jsonl, "jsonl"),
        (Format::Sarif, "sarif"),
        (Format::Github, "github"),
        (Format::Human, "human"),
    ] {
        let ours = checker.render_check(&doc, None, &findings, &[], format);
        let cli = stdout_of(&["check", "--format", name, "--color", "never", rel]);
        assert_eq!(ours, cli, "format {name}");
    }
}

#[test]
fn sources_and_dates_are_those_of_the_cli() {
    let root = workspace_root();
    let draft = "tests/fixtures/reconcile/draft.md";
    let sources_dir = root.join("tests/fixtures/reconcile/sources");
    let mut names: Vec<String> = std::fs::read_dir(&sources_dir)
        .expect("sources")
        .map(|e| {
            let p = e.expect("entry").path();
            p.strip_prefix(&root).expect("inside").display().to_string()
        })
        .collect();
    names.sort();
    let checker = Checker::new(CheckerOptions::default()).expect("built-in packs load");
    let doc = checker.document(draft, read(&root.join(draft))).unwrap();
    let sources: Vec<_> = names
        .iter()
        .map(|n| checker.document(n, read(&root.join(n))).unwrap())
        .collect();
    let published = Some(jiff::civil::date(2026, 5, 14));
    let findings = checker.check(&doc, published, &sources).unwrap();
    let ours = checker.render_check(&doc, None, &findings, &sources, Format::Json);
    let mut args = vec![
        "check",
        "--no-config",
        "--format",
        "json",
        "--published",
        "2026-05-14",
    ];
    for n in &names {
        args.extend(["--source", n.as_str()]);
    }
    args.push(draft);
    assert_eq!(ours, stdout_of(&args));
}

#[test]
fn claims_output_equals_the_cli_for_one_article() {
    let root = workspace_root();
    let rel = "tests/fixtures/prison-break.md";
    let checker = Checker::new(CheckerOptions::default()).unwrap();
    let doc = checker.document(rel, read(&root.join(rel))).unwrap();
    let published = Some(jiff::civil::date(2026, 2, 10));
    for (schema, format, relations, args) in [
        (2, ClaimsFormat::Json, false, vec!["--format", "json"]),
        (
            1,
            ClaimsFormat::Json,
            false,
            vec!["--format", "json", "--schema", "1"],
        ),
        (
            2,
            ClaimsFormat::Jsonl,
            true,
            vec!["--format", "jsonl", "--relations"],
        ),
        (2, ClaimsFormat::Human, false, vec![]),
    ] {
        let view = ClaimsView {
            format,
            schema,
            relations,
        };
        let ours = checker.render_claims(&doc, None, published, view);
        let mut cli = vec!["claims", "--no-config", "--published", "2026-02-10"];
        cli.extend(args.iter().copied());
        cli.push(rel);
        assert_eq!(ours, stdout_of(&cli), "{args:?}");
    }
}

#[test]
fn an_empty_binary_or_huge_article_is_refused_with_the_cli_message() {
    let checker = Checker::new(CheckerOptions::default()).unwrap();
    let empty = checker.document("draft", "  \n".into()).unwrap_err();
    assert!(format!("{empty}").contains("draft is empty"), "{empty}");
    let binary = checker.document("draft", "a\0b".into()).unwrap_err();
    assert!(
        format!("{binary}").contains("NUL byte at offset 1"),
        "{binary}"
    );
    let huge = "word ".repeat(claimcheck::input::MAX_BYTES as usize / 5 + 1);
    let huge = checker.document("draft", huge).unwrap_err();
    assert!(format!("{huge}").contains("reads articles up to"), "{huge}");
}

#[test]
fn a_missing_config_or_unknown_code_is_an_error() {
    let missing = Checker::new(CheckerOptions {
        config: Some("/nonexistent/claimcheck.toml".into()),
        ..CheckerOptions::default()
    });
    assert!(missing.is_err());
    let unknown = Checker::new(CheckerOptions {
        select: Some(vec!["CC99999".into()]),
        ..CheckerOptions::default()
    })
    .err()
    .expect("an unknown code is refused");
    assert!(format!("{unknown}").contains("unknown rule code `CC99999`"));
}

#[test]
fn a_checker_is_shared_across_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Checker>();
    let checker = Checker::new(CheckerOptions::default()).unwrap();
    let text = "Police said 40 inmates escaped. By Tuesday, 55 had been recaptured.";
    let one = |c: &Checker| {
        let doc = c.document("a", text.into()).unwrap();
        let f = c.check(&doc, None, &[]).unwrap();
        c.render_check(&doc, None, &f, &[], Format::Jsonl)
    };
    let alone = one(&checker);
    assert!(alone.contains("CC101"), "{alone}");
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| one(&checker))).collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), alone);
        }
    });
}
