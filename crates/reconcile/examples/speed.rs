//! Times reconciliation of a draft against ten article-length sources.
//!
//! cargo run --release -p claimcheck-reconcile --example speed -- [ARTICLES_DIR]
//!
//! ARTICLES_DIR (default ../shared/realnews) holds `.txt` articles. Each article
//! in turn is the draft and the next ten are its sources: unrelated stories, so
//! any warning or error raised is also counted as a false alarm. Then the seed
//! article is reconciled against ten copies of itself (every figure aligns),
//! the dense case. Extraction is timed apart from reconciliation.

use claimcheck_claims::{Claim, Document, Severity};
use claimcheck_reconcile::{Material, Reconciler};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("../shared/realnews"), PathBuf::from);
    let dir = if dir.exists() {
        dir
    } else {
        PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/realnews"
        ))
    };
    let rs = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs()?)?;
    let ex = claimcheck_extract::Extractor::new(rs.metrics.clone())?;
    let reconciler = Reconciler::builtin()?;

    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let docs: Vec<Document> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            Document::new(p.file_name().unwrap_or_default().to_string_lossy(), text)
        })
        .collect();
    let t0 = Instant::now();
    let claims: Vec<Vec<Claim>> = docs.iter().map(|d| ex.extract(d, None)).collect();
    let extract_time = t0.elapsed();

    let mut times: Vec<Duration> = Vec::new();
    let mut alarms = 0;
    let n = docs.len();
    for i in 0..n.min(40) {
        let sources: Vec<Material> = (1..=10.min(n.saturating_sub(1)))
            .map(|k| (i + k) % n)
            .map(|j| Material::new(&docs[j], &claims[j]))
            .collect();
        let t = Instant::now();
        let out = reconciler.reconcile(Material::new(&docs[i], &claims[i]), &sources);
        times.push(t.elapsed());
        for f in out
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
        {
            alarms += 1;
            println!("  alarm in {}: {} {}", docs[i].path, f.code, f.message);
        }
        if std::env::var_os("EXPLAIN").is_some() {
            let e = reconciler.explain_alignment(Material::new(&docs[i], &claims[i]), &sources);
            let mut head = "";
            for line in e.lines() {
                if line.starts_with('"') {
                    head = line;
                } else if line.contains("STRONG") && !line.contains(" Agree ") {
                    println!("    {head}\n    {line}");
                }
            }
        }
    }
    report("unrelated sources", &times);
    println!(
        "  extraction of {n} articles: {:.2} ms; warnings or errors on unrelated material: {alarms}",
        extract_time.as_secs_f64() * 1000.0
    );

    let seed = [
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/seed/article.txt"
        ),
        "../shared/seed/article.txt",
    ]
    .iter()
    .find_map(|p| std::fs::read_to_string(p).ok());
    if let Some(seed) = seed {
        let draft = Document::new("draft.txt", seed.clone());
        let dc = ex.extract(&draft, None);
        let copies: Vec<Document> = (0..10)
            .map(|k| Document::new(format!("source{k}.txt"), seed.clone()))
            .collect();
        let cc: Vec<Vec<Claim>> = copies.iter().map(|d| ex.extract(d, None)).collect();
        let mats: Vec<Material> = copies
            .iter()
            .zip(&cc)
            .map(|(d, c)| Material::new(d, c))
            .collect();
        let mut times = Vec::new();
        for _ in 0..20 {
            let t = Instant::now();
            let out = reconciler.reconcile(Material::new(&draft, &dc), &mats);
            times.push(t.elapsed());
            assert!(out.findings.is_empty());
        }
        report("seed against ten copies of itself", &times);
    }
    Ok(())
}

fn report(what: &str, times: &[Duration]) {
    if times.is_empty() {
        return;
    }
    let ms: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1000.0).collect();
    let mean = ms.iter().sum::<f64>() / ms.len() as f64;
    let max = ms.iter().copied().fold(0.0, f64::max);
    println!(
        "{what}: {} runs, mean {mean:.2} ms, max {max:.2} ms per draft against ten sources",
        ms.len()
    );
}
