//! The fuzz targets' bodies. Each takes arbitrary bytes, runs one stage as the
//! CLI would, and asserts the invariants every output must keep: spans inside
//! their document and on character boundaries, no claim across a blank line,
//! the same output for the same input. A panic (ours, or a failed invariant) is
//! what the fuzzer looks for.
//!
//! `fuzz/` (cargo-fuzz, nightly) calls these from libFuzzer; `tests/replay.rs`
//! calls them on every committed corpus file, so CI replays the corpora on
//! stable without the fuzzer.

use std::sync::OnceLock;

use claimcheck_claims::{Document, Finding, Span};
use claimcheck_extract::Extractor;
use claimcheck_reconcile::{Material, Reconciler, References};
use claimcheck_report::Format;
use claimcheck_rules::{CheckContext, RuleSet, Suppressions};

/// The built-in rules and an extractor over their metrics, built once.
fn engine() -> &'static (RuleSet, Extractor) {
    static ENGINE: OnceLock<(RuleSet, Extractor)> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let rules = RuleSet::new(claimcheck_rules::builtin_packs().expect("built-in packs load"))
            .expect("built-in packs agree");
        let extractor = Extractor::new(rules.metrics.clone()).expect("lexicons load");
        (rules, extractor)
    })
}

/// The built-in source registry, loaded once: parsing it per input would spend
/// the fuzzer's time on a constant.
fn reconciler() -> &'static Reconciler {
    static RECONCILER: OnceLock<Reconciler> = OnceLock::new();
    RECONCILER.get_or_init(|| Reconciler::builtin().expect("built-in registry loads"))
}

fn published() -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(2026, 2, 10).ok()
}

/// Text as the CLI accepts it: UTF-8 without NUL bytes, not blank.
fn text_of(data: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(data).ok()?;
    (!text.contains('\0') && !text.trim().is_empty()).then_some(text)
}

#[track_caller]
fn assert_span_in(span: Span, text: &str, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} splits a character"
    );
}

/// A blank line: a line break, optional spaces or tabs, another line break.
fn holds_blank_line(s: &str) -> bool {
    let mut after_break = false;
    for c in s.chars() {
        match c {
            '\n' if after_break => return true,
            '\n' => after_break = true,
            ' ' | '\t' | '\r' => {}
            _ => after_break = false,
        }
    }
    false
}

/// Extraction of arbitrary text: every claim inside the text, on character
/// boundaries, within one paragraph; edges between existing claims; the same
/// claims a second time.
pub fn extract(data: &[u8]) {
    let Some(text) = text_of(data) else { return };
    let (_, extractor) = engine();
    let doc = Document::new("fuzz.txt", text);
    let graph = extractor.extract_graph(&doc, published());
    for claim in &graph.claims {
        assert_span_in(claim.span, text, "claim");
        assert!(
            !holds_blank_line(&text[claim.span.start..claim.span.end]),
            "claim {:?} crosses a blank line",
            &text[claim.span.start..claim.span.end]
        );
    }
    for edge in &graph.edges {
        assert!(edge.from < graph.claims.len() && edge.to < graph.claims.len());
        assert!(edge.parts.iter().all(|&p| p < graph.claims.len()));
    }
    let again = extractor.extract_graph(&doc, published());
    let spans =
        |g: &claimcheck_claims::ClaimGraph| g.claims.iter().map(|c| c.span).collect::<Vec<_>>();
    assert_eq!(
        spans(&graph),
        spans(&again),
        "extraction is not deterministic"
    );
}

fn assert_labels_in(findings: &[Finding], docs: &[Document]) {
    for f in findings {
        for label in &f.labels {
            let doc = docs
                .iter()
                .find(|d| d.path == label.path)
                .unwrap_or_else(|| panic!("label into unknown document {}", label.path));
            assert_span_in(label.span, &doc.text, &format!("{} label", f.code));
        }
    }
}

/// The whole check: the bytes are a draft and, after the first 0x1E (record
/// separator), a source; suppression comments, rules, reconciliation, then
/// every output format, twice.
pub fn check(data: &[u8]) {
    let (draft, source) = match data.iter().position(|&b| b == 0x1e) {
        Some(at) => (&data[..at], Some(&data[at + 1..])),
        None => (data, None),
    };
    let Some(draft) = text_of(draft) else { return };
    let (rules, extractor) = engine();
    let doc = Document::new("draft.md", draft);
    let suppressions = Suppressions::parse(&doc);
    let masked = suppressions.mask(&doc);
    assert_eq!(masked.text.len(), doc.text.len(), "masking moved offsets");
    let graph = extractor.extract_graph(&masked, published());
    let mut findings = rules.check(
        &masked,
        &graph,
        &CheckContext {
            published: published(),
        },
    );
    let mut docs = vec![doc.clone()];
    if let Some(source) = source.and_then(text_of) {
        let source = Document::new("wire.txt", source);
        let source_claims = extractor.extract(&source, published());
        let reconciler = reconciler();
        let outcome = reconciler.reconcile(
            Material::new(&masked, &graph.claims),
            &[Material::new(&source, &source_claims)],
        );
        findings.extend(outcome.findings);
        docs.push(source);
    }
    let metas = rules.metas();
    let codes: Vec<&str> = metas.iter().map(|m| m.code.as_str()).collect();
    let findings = suppressions.apply(&doc, findings, &codes);
    assert_labels_in(&findings, &docs);
    for format in Format::ALL {
        let first = claimcheck_report::render(format, &findings, &docs, &metas);
        let second = claimcheck_report::render(format, &findings, &docs, &metas);
        assert_eq!(first, second, "{format} output is not deterministic");
        if format == Format::Human {
            assert!(
                !first.contains('\u{1b}') && !first.contains('\u{202e}'),
                "human output echoes a control or bidi character"
            );
        }
    }
}

/// A rule pack from arbitrary text: loaded or refused with an error, and when
/// loaded, a rule set built from it with the built-in packs, or refused.
pub fn rule_pack(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(pack) = claimcheck_rules::load_pack("fuzz.toml", text) else {
        return;
    };
    let Ok(mut packs) = claimcheck_rules::builtin_packs() else {
        return;
    };
    packs.push(pack);
    if let Ok(rules) = RuleSet::new(packs) {
        // A set that loads must extract and check a small article.
        let Ok(extractor) = Extractor::new(rules.metrics.clone()) else {
            return;
        };
        let doc = Document::new(
            "a.md",
            "About 120 people fled; 3 of the 2 boats sank on 9 February.\n",
        );
        let graph = extractor.extract_graph(&doc, published());
        let findings = rules.check(
            &doc,
            &graph,
            &CheckContext {
                published: published(),
            },
        );
        assert_labels_in(&findings, std::slice::from_ref(&doc));
    }
}

/// A reference file from arbitrary text, TOML or JSON: parsed or refused, and
/// every record's span inside the file.
pub fn reference(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for path in ["facts.toml", "facts.json"] {
        if let Ok(refs) = References::parse(path, text) {
            for record in &refs.records {
                assert_span_in(record.span, text, "reference record");
            }
        }
    }
}

/// Suppression comments in arbitrary text: parsed, masked with offsets kept,
/// and applied to a finding at every line without a panic.
pub fn suppressions(data: &[u8]) {
    let Some(text) = text_of(data) else { return };
    let doc = Document::new("draft.md", text);
    let suppressions = Suppressions::parse(&doc);
    let masked = suppressions.mask(&doc);
    assert_eq!(masked.text.len(), doc.text.len(), "masking moved offsets");
    let (rules, _) = engine();
    let metas = rules.metas();
    let codes: Vec<&str> = metas.iter().map(|m| m.code.as_str()).collect();
    let findings = suppressions.apply(&doc, Vec::new(), &codes);
    assert_labels_in(&findings, std::slice::from_ref(&doc));
}

/// A config file from arbitrary text: parsed or refused with an error; when
/// parsed, its codes checked against the rules in force and its policy asked
/// for a few paths. The first line also goes through the strict date parser.
pub fn config(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = claimcheck::parse_date(text.lines().next().unwrap_or(""));
    let dir = std::path::Path::new("/news");
    let Ok(config) =
        claimcheck::config::Config::parse(&dir.join("claimcheck.toml"), dir, text.to_string())
    else {
        return;
    };
    let (rules, _) = engine();
    let metas = rules.metas();
    let codes: Vec<&str> = metas.iter().map(|m| m.code.as_str()).collect();
    let _ = config.check_codes(&codes);
    for parts in [&["drafts", "2026", "a.md"][..], &["a.md"], &[]] {
        let _ = config.policy(Some(parts));
    }
    let _ = config.policy(None);
}
