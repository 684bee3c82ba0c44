//! The seed article checked against itself raises no reconciliation finding,
//! and rewrites of it (a figure changed, a hedge dropped, a word changed in the
//! quoted statement, the two sources' escape figures swapped) are each flagged
//! at the changed text. Skipped when the seed is not on disk.

use claimcheck_claims::{Document, Finding, Severity, Span};
use claimcheck_reconcile::{Material, Reconciler};

fn seed() -> Option<String> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article.txt");
    std::fs::read_to_string(path).ok()
}

fn run(draft_text: &str, source_text: &str) -> Vec<Finding> {
    let rs = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs().unwrap()).unwrap();
    let ex = claimcheck_extract::Extractor::new(rs.metrics.clone()).unwrap();
    let published = "2026-02-10".parse().ok();
    let draft = Document::new("draft.txt", draft_text);
    let source = Document::new("seed.txt", source_text);
    let dc = ex.extract(&draft, published);
    let sc = ex.extract(&source, published);
    Reconciler::builtin()
        .unwrap()
        .reconcile(Material::new(&draft, &dc), &[Material::new(&source, &sc)])
        .findings
}

fn show(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| format!("{} {} {}", f.code, f.severity.as_str(), f.message))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_seed_against_itself_is_clean() {
    let Some(text) = seed() else {
        eprintln!("skipped: ../shared/seed/article.txt not found");
        return;
    };
    let findings = run(&text, &text);
    assert!(findings.is_empty(), "{}", show(&findings));
}

/// Replace the `nth` (1-based) occurrence of `from` by `to`; returns the new
/// text and the span of the replacement in it.
fn rewrite(text: &str, from: &str, nth: usize, to: &str) -> (String, Span) {
    let at = text
        .match_indices(from)
        .nth(nth - 1)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{from:?} not in the seed"));
    let mut out = String::with_capacity(text.len() + to.len());
    out.push_str(&text[..at]);
    out.push_str(to);
    out.push_str(&text[at + from.len()..]);
    (out, Span::new(at, at + to.len()))
}

/// (text to replace, its occurrence, the replacement, the part of the
/// replacement that must be flagged)
type Edit<'a> = (&'a str, usize, &'a str, &'a str);

fn assert_flagged(name: &str, text: &str, edits: &[Edit]) {
    let mut draft = text.to_string();
    let mut targets = Vec::new();
    for (from, nth, to, mark) in edits {
        let (next, span) = rewrite(&draft, from, *nth, to);
        // The span of `mark` inside the replacement is what must be flagged.
        let off = to.find(mark).expect("mark inside replacement");
        targets.push(Span::new(span.start + off, span.start + off + mark.len()));
        draft = next;
    }
    let findings = run(&draft, text);
    for t in &targets {
        let hit = findings.iter().any(|f| {
            f.severity >= Severity::Warning
                && f.labels
                    .iter()
                    .any(|l| l.path == "draft.txt" && l.span.overlaps(t))
        });
        assert!(
            hit,
            "{name}: nothing flagged at {:?}\n{}",
            &draft[t.start..t.end],
            show(&findings)
        );
    }
    // Nothing is flagged away from the edits.
    for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
        let near = f
            .labels
            .iter()
            .any(|l| l.path != "draft.txt" || targets.iter().any(|t| l.span.overlaps(t)));
        assert!(
            near,
            "{name}: unrelated finding {}",
            show(std::slice::from_ref(f))
        );
    }
}

#[test]
fn seed_rewrites_are_flagged_where_they_change() {
    let Some(text) = seed() else {
        eprintln!("skipped: ../shared/seed/article.txt not found");
        return;
    };
    let cases: &[(&str, &[Edit])] = &[
        (
            "escaped figure changed",
            &[("around 120 detainees", 1, "around 150 detainees", "150")],
        ),
        (
            "recaptured figure changed",
            &[("about 80 escapees", 1, "about 60 escapees", "60")],
        ),
        (
            "ceiling changed",
            &[("as high as 1,500", 1, "as high as 1,200", "1,200")],
        ),
        (
            "ordinal changed",
            &[("its 90th member and", 1, "its 91st member and", "91st")],
        ),
        (
            "founding year changed",
            &[("established in 2014", 1, "established in 2013", "2013")],
        ),
        (
            "hedge dropped from the escape count",
            &[("around 120 detainees", 1, "120 detainees", "120")],
        ),
        (
            "hedge dropped from the recapture count",
            &[("of about 80 escapees", 1, "of 80 escapees", "80")],
        ),
        (
            "hedge dropped from the ceiling",
            &[(
                "the number could be as high as 1,500",
                1,
                "the number was 1,500",
                "1,500",
            )],
        ),
        (
            "word changed in the quotation",
            &[(
                "regaining the initiative today",
                1,
                "regaining the lead today",
                "lead",
            )],
        ),
        (
            "word changed at the end of the quotation",
            &[(
                "enjoys growing international support",
                1,
                "enjoys broad international support",
                "broad",
            )],
        ),
        (
            "escape figures swapped",
            &[
                (
                    "said around 120 detainees",
                    1,
                    "said around 1,500 detainees",
                    "1,500",
                ),
                (
                    "could be as high as 1,500",
                    1,
                    "could be as high as 120",
                    "120",
                ),
            ],
        ),
        (
            "escape sources swapped",
            &[
                (
                    "Syrian authorities said around 120",
                    1,
                    "The SDF said around 120",
                    "120",
                ),
                (
                    "while the SDF estimated the number could be as high as 1,500",
                    1,
                    "while Syrian authorities estimated the number could be as high as 1,500",
                    "1,500",
                ),
            ],
        ),
    ];
    for (name, edits) in cases {
        assert_flagged(name, &text, edits);
    }
}
