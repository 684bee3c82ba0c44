//! Any document checked against itself as its only source raises no finding:
//! every figure aligns with its twin and every quotation is found verbatim.
//! Run over the development corpus's drafts and sources and the real news
//! articles when they are on disk.

use claimcheck_claims::Document;
use claimcheck_reconcile::{Material, Reconciler};
use std::path::PathBuf;

/// `../shared` beside the workspace, where the corpus and real news live.
fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn corpus_files() -> Vec<PathBuf> {
    let root = shared().join("corpus/cases");
    let Ok(cases) = std::fs::read_dir(&root) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for case in cases.filter_map(Result::ok) {
        let dir = case.path();
        files.push(dir.join("draft.md"));
        if let Ok(srcs) = std::fs::read_dir(dir.join("sources")) {
            files.extend(srcs.filter_map(Result::ok).map(|e| e.path()));
        }
    }
    if let Ok(news) = std::fs::read_dir(shared().join("realnews")) {
        files.extend(
            news.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    files.sort();
    files
}

#[test]
fn every_corpus_document_against_itself_is_clean() {
    let files = corpus_files();
    if files.is_empty() {
        eprintln!("skipped: no corpus on disk");
        return;
    }
    let rs = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs().unwrap()).unwrap();
    let ex = claimcheck_extract::Extractor::new(rs.metrics.clone()).unwrap();
    let reconciler = Reconciler::builtin().unwrap();
    let mut failures = Vec::new();
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        let draft = Document::new("draft.md", text.clone());
        let source = Document::new("source.md", text);
        let published = "2025-12-31".parse().ok();
        let dc = ex.extract(&draft, published);
        let sc = ex.extract(&source, published);
        let out = reconciler.reconcile(Material::new(&draft, &dc), &[Material::new(&source, &sc)]);
        for finding in out.findings {
            failures.push(format!(
                "{}: {} {}",
                f.display(),
                finding.code,
                finding.message
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
