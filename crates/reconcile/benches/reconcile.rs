//! Reconciliation speed: a draft against ten article-length sources.
//!
//! The articles are the project's own fixtures (tests/fixtures) and, when the
//! shared folder sits next to the workspace, ../shared/realnews (read in place).
//! Extraction happens once, outside the measurement: what is timed is alignment,
//! the rules and the view.
//!
//!     cargo bench -p claimcheck-reconcile --bench reconcile -- --warm-up-time 1 --measurement-time 4

use claimcheck_claims::{Claim, Document};
use claimcheck_reconcile::{Material, Reconciler};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use std::path::{Path, PathBuf};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn articles() -> Vec<Document> {
    let root = workspace_root();
    let mut paths = Vec::new();
    for (dir, ext) in [("tests/fixtures", "md"), ("../shared/realnews", "txt")] {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .collect();
            found.sort();
            paths.extend(found);
        }
    }
    paths
        .iter()
        .filter_map(|p| {
            Some(Document::new(
                p.display().to_string(),
                std::fs::read_to_string(p).ok()?,
            ))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let rules = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs().expect("packs"))
        .expect("rules");
    let extractor = claimcheck_extract::Extractor::new(rules.metrics.clone()).expect("lexicons");
    let reconciler = Reconciler::builtin().expect("registry");
    let docs = articles();
    assert!(docs.len() >= 2, "no articles to reconcile");
    let published = jiff::civil::Date::new(2026, 2, 10).ok();
    let claims: Vec<Vec<Claim>> = docs
        .iter()
        .map(|d| extractor.extract(d, published))
        .collect();
    // The first article is the draft; the next ten (cycling) are its sources.
    let sources: Vec<Material> = (1..=10)
        .map(|k| k % docs.len())
        .map(|k| Material::new(&docs[k], &claims[k]))
        .collect();
    let draft = Material::new(&docs[0], &claims[0]);
    // The dense case: the draft against ten copies of itself, every figure aligned.
    let selves: Vec<Material> = (0..10)
        .map(|_| Material::new(&docs[0], &claims[0]))
        .collect();
    let mut group = c.benchmark_group("reconcile");
    group.bench_function("draft-vs-ten-sources", |b| {
        b.iter(|| black_box(reconciler.reconcile(draft, black_box(&sources))))
    });
    group.bench_function("draft-vs-ten-copies", |b| {
        b.iter(|| black_box(reconciler.reconcile(draft, black_box(&selves))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
