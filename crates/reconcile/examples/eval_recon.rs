//! Scores the reconciler on the development corpus's reconciliation cases, the
//! way `score.py` does: a planted issue is found when an error or warning has a
//! label overlapping its anchor; an error or warning overlapping no anchor or
//! related span is a false positive.
//!
//! cargo run -p claimcheck-reconcile --example eval_recon -- [CASES_DIR] [--verbose]
//!
//! CASES_DIR defaults to ../shared/corpus/cases; every `recon-*` case in it (and
//! any other case with a `sources/` folder) is run.

use claimcheck_claims::{Document, Severity};
use claimcheck_reconcile::{Material, Reconciler};
use std::path::{Path, PathBuf};

fn find_nth(text: &str, needle: &str, occurrence: usize) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    for _ in 0..occurrence {
        let at = from + text.get(from..)?.find(needle)?;
        found = Some(at);
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

struct Span {
    file: String,
    start: usize,
    end: usize,
}

fn span_of(case: &Path, v: &serde_json::Value) -> Option<Span> {
    let file = v["file"].as_str()?.to_string();
    let text = std::fs::read_to_string(case.join(&file)).ok()?;
    let needle = v["text"].as_str()?;
    let occ = v["occurrence"].as_u64().unwrap_or(1) as usize;
    let start = find_nth(&text, needle, occ)?;
    Some(Span {
        file,
        start,
        end: start + needle.len(),
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    let dir = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .map_or_else(|| PathBuf::from("../shared/corpus/cases"), PathBuf::from);
    let dir = if dir.exists() {
        dir
    } else {
        PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus/cases"
        ))
    };
    let rs = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs()?)?;
    let ex = claimcheck_extract::Extractor::new(rs.metrics.clone())?;
    let reconciler = Reconciler::builtin()?;
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("sources").is_dir())
        .collect();
    cases.sort();
    let (mut found, mut total, mut false_pos) = (0, 0, 0);
    let mut elapsed = std::time::Duration::ZERO;
    for case in &cases {
        let key: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(case.join("key.json"))?)?;
        let published = key["published"]
            .as_str()
            .and_then(|s| s.parse::<jiff::civil::Date>().ok());
        let draft = Document::new("draft.md", std::fs::read_to_string(case.join("draft.md"))?);
        let mut names: Vec<String> = std::fs::read_dir(case.join("sources"))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".md"))
            .collect();
        names.sort();
        let sources: Vec<Document> = names
            .iter()
            .map(|n| {
                let path = format!("sources/{n}");
                let text = std::fs::read_to_string(case.join(&path)).unwrap_or_default();
                Document::new(path, text)
            })
            .collect();
        let draft_claims = ex.extract(&draft, published);
        let source_claims: Vec<_> = sources.iter().map(|d| ex.extract(d, published)).collect();
        let materials: Vec<Material> = sources
            .iter()
            .zip(&source_claims)
            .map(|(d, c)| Material::new(d, c))
            .collect();
        let t0 = std::time::Instant::now();
        let outcome = reconciler.reconcile(Material::new(&draft, &draft_claims), &materials);
        elapsed += t0.elapsed();

        let issues = key["issues"].as_array().cloned().unwrap_or_default();
        let anchors: Vec<(String, Span)> = issues
            .iter()
            .filter_map(|i| Some((i["id"].as_str()?.to_string(), span_of(case, &i["anchor"])?)))
            .collect();
        let mut allowed: Vec<Span> = issues
            .iter()
            .flat_map(|i| i["related"].as_array().cloned().unwrap_or_default())
            .filter_map(|r| span_of(case, &r))
            .collect();
        allowed.extend(anchors.iter().map(|(_, s)| Span {
            file: s.file.clone(),
            start: s.start,
            end: s.end,
        }));
        let overlaps = |l: &claimcheck_claims::Label, s: &Span| {
            l.path == s.file && l.span.start < s.end && s.start < l.span.end
        };
        let gating: Vec<_> = outcome
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .collect();
        println!(
            "== {}",
            case.file_name().unwrap_or_default().to_string_lossy()
        );
        for (id, a) in &anchors {
            total += 1;
            let hit = gating
                .iter()
                .any(|f| f.labels.iter().any(|l| overlaps(l, a)));
            if hit {
                found += 1;
            }
            println!("  {} {id}", if hit { "found " } else { "MISSED" });
        }
        for f in &gating {
            let ok = f
                .labels
                .iter()
                .any(|l| allowed.iter().any(|s| overlaps(l, s)));
            if !ok {
                false_pos += 1;
                println!("  FALSE POSITIVE {} {}: {}", f.code, f.rule, f.message);
            }
        }
        if std::env::var_os("EXPLAIN").is_some() {
            println!(
                "{}",
                reconciler.explain_alignment(Material::new(&draft, &draft_claims), &materials)
            );
        }
        if verbose {
            for f in &outcome.findings {
                println!(
                    "  [{}] {} {}: {}",
                    f.severity.as_str(),
                    f.code,
                    f.rule,
                    f.message
                );
                for l in &f.labels {
                    let text = if l.path == "draft.md" {
                        draft.slice(l.span).to_string()
                    } else {
                        sources
                            .iter()
                            .find(|d| d.path == l.path)
                            .map(|d| d.slice(l.span).to_string())
                            .unwrap_or_default()
                    };
                    println!(
                        "      {}@{}..{} {:?}: {}",
                        l.path, l.span.start, l.span.end, text, l.message
                    );
                }
                if let Some(h) = &f.help {
                    println!("      help: {h}");
                }
            }
            println!("{}", outcome.view.render_human());
        }
    }
    let recall = if total == 0 {
        0.0
    } else {
        found as f64 / total as f64
    };
    println!(
        "recon: recall {recall:.2} ({found}/{total}), false positives {false_pos} in {} cases; reconcile took {:.2} ms in all",
        cases.len(),
        elapsed.as_secs_f64() * 1000.0
    );
    Ok(())
}
