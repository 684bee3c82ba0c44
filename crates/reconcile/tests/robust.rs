//! Odd input never panics, and every label a finding carries lies inside its
//! file on char boundaries. The texts are generated from a fixed seed: pieces
//! of news prose, quotation marks, figures, speaker labels and multi-byte
//! characters in random order.

use claimcheck_claims::{Document, Finding};
use claimcheck_reconcile::{Material, Reconciler, References};

const PIECES: &[&str] = &[
    "The coast guard said ",
    "about 140 ",
    "113",
    " people were rescued",
    ". ",
    "\n",
    "\n\n",
    "“",
    "”",
    "\"",
    "…",
    "...",
    "[the mayor]",
    "VOSS: ",
    "# Title — Press release\n",
    "up to 60 workers may have been inside",
    "Sixty workers were inside",
    "more than 50 million euros",
    "EUR 48.6 million",
    "in 2019",
    "on Monday",
    "according to the ministry, ",
    "46 complaints",
    "Ω≈ç√",
    "日本語",
    "🙂",
    "—",
    "–",
    "'",
    "’s",
    " of the ",
    "36",
    "16 of its 36 hangers",
    "dozens",
    "hundreds",
    "around 120",
    "as high as 1,500",
    "Syrian authorities said ",
    "the SDF estimated ",
    "half",
    "12%",
    "$3.5m",
    "P",
    ":",
    "(",
    ")",
    ";",
    ",",
];

fn text(seed: &mut u64, len: usize) -> String {
    let mut out = String::new();
    for _ in 0..len {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push_str(PIECES[(*seed >> 33) as usize % PIECES.len()]);
    }
    out
}

fn check_labels(findings: &[Finding], docs: &[&Document]) {
    for f in findings {
        assert!(!f.labels.is_empty());
        for l in &f.labels {
            let doc = docs
                .iter()
                .find(|d| d.path == l.path)
                .unwrap_or_else(|| panic!("label in unknown file {}", l.path));
            assert!(l.span.start <= l.span.end && l.span.end <= doc.text.len());
            assert!(
                doc.text.is_char_boundary(l.span.start) && doc.text.is_char_boundary(l.span.end)
            );
        }
    }
}

#[test]
fn generated_material_never_panics() {
    let rs = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs().unwrap()).unwrap();
    let ex = claimcheck_extract::Extractor::new(rs.metrics.clone()).unwrap();
    let reconciler = Reconciler::builtin().unwrap();
    let mut seed = 7u64;
    for round in 0..150 {
        let draft = Document::new("draft.md", text(&mut seed, round % 40 + 1));
        let sources: Vec<Document> = (0..(round % 4))
            .map(|k| Document::new(format!("s{k}.md"), text(&mut seed, (round * 7 + k) % 50)))
            .collect();
        let dc = ex.extract(&draft, None);
        let sc: Vec<_> = sources.iter().map(|d| ex.extract(d, None)).collect();
        let mats: Vec<Material> = sources
            .iter()
            .zip(&sc)
            .map(|(d, c)| Material::new(d, c))
            .collect();
        let out = reconciler.reconcile(Material::new(&draft, &dc), &mats);
        let docs: Vec<&Document> = std::iter::once(&draft).chain(sources.iter()).collect();
        check_labels(&out.findings, &docs);
        let again = reconciler.reconcile(Material::new(&draft, &dc), &mats);
        assert_eq!(out.findings, again.findings, "not deterministic");
        let _ = out.view.render_human();
        let _ = out.view.to_json();
    }
}

#[test]
fn empty_material_is_fine() {
    let reconciler = Reconciler::builtin().unwrap();
    let empty = Document::new("empty.md", "");
    let out = reconciler.reconcile(Material::new(&empty, &[]), &[Material::new(&empty, &[])]);
    assert!(out.findings.is_empty());
    assert!(out.view.metrics.is_empty());
}

#[test]
fn bad_reference_files_are_errors_not_panics() {
    let mut seed = 11u64;
    for _ in 0..200 {
        let t = text(&mut seed, 12);
        for name in ["r.json", "r.toml"] {
            let _ = References::parse(name, &t);
            let _ = References::parse(name, &format!("{{\"records\": [{t}]}}"));
            let _ = References::parse(name, &format!("[[record]]\nmetric = \"{t}\"\nvalue = 1\n"));
        }
    }
    let err = References::parse(
        "r.json",
        "{\"records\": [{\"metric\": \"ü\", \"value\": 1}]}",
    )
    .unwrap_err();
    assert!(err.span.is_some());
}
