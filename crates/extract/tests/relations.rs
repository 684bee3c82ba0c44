//! The relation recognizers against tables of sentences written for them, one
//! JSON Lines file per edge kind in `tests/relations/` (positives name the two
//! figures the edge must join; traps must draw no edge of that kind). Rates are
//! printed and held to minimums that only go up.

use claimcheck_claims::{Document, EdgeKind};
mod common;

use common::extractor;
use serde_json::Value;

/// (kind, file, minimum share of positives found, maximum share of traps drawing an edge).
const TABLES: &[(EdgeKind, &str, f64, f64)] = &[
    (EdgeKind::PartOf, "part-of.jsonl", 0.99, 0.0),
    (EdgeKind::SameQuantity, "same-quantity.jsonl", 0.95, 0.0),
    (EdgeKind::ShareOf, "share-of.jsonl", 0.90, 0.0),
    (EdgeKind::OrdinalOf, "ordinal-of.jsonl", 0.93, 0.0),
    (EdgeKind::Elapsed, "elapsed.jsonl", 0.93, 0.0),
    (EdgeKind::Order, "order.jsonl", 0.97, 0.0),
    (EdgeKind::Components, "components.jsonl", 0.92, 0.0),
    (EdgeKind::Change, "change.jsonl", 1.0, 0.0),
];

#[test]
fn every_kind_has_wordings_and_traps_and_meets_its_rates() {
    let ex = extractor();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relations");
    let published = jiff::civil::Date::new(2025, 6, 1).ok();
    let mut failures = Vec::new();
    for &(kind, file, min_found, max_false) in TABLES {
        let text = std::fs::read_to_string(dir.join(file)).expect("relation table");
        let (mut positives, mut found, mut traps, mut false_edges) = (0, 0, 0, 0);
        let mut missed = Vec::new();
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let case: Value = serde_json::from_str(line).expect("a JSON object per line");
            let body = case["text"].as_str().expect("text");
            let doc = Document::new(file, body.to_string());
            let graph = ex.extract_graph(&doc, published);
            let edges: Vec<_> = graph.edges.iter().filter(|e| e.kind == kind).collect();
            let span_of = |key: &str| {
                let needle = case[key].as_str()?;
                let at = body.find(needle)?;
                Some((at, at + needle.len()))
            };
            let covers = |k: usize, (a, b): (usize, usize)| {
                let s = graph.claims[k].span;
                s.start < b && a < s.end
            };
            // A trap beside a true edge: "absent_from" and "absent_to" name
            // two figures no edge of the kind may join.
            if let (Some(from), Some(to)) = (span_of("absent_from"), span_of("absent_to")) {
                traps += 1;
                if edges
                    .iter()
                    .any(|e| covers(e.from, from) && covers(e.to, to))
                {
                    false_edges += 1;
                    missed.push(format!("  line {} (trap): {}", n + 1, case["note"]));
                }
            }
            match (span_of("from"), span_of("to")) {
                (Some(from), Some(to)) => {
                    positives += 1;
                    // "part": a share-of edge's part, when the row names one.
                    let part = span_of("part");
                    if edges.iter().any(|e| {
                        covers(e.from, from)
                            && covers(e.to, to)
                            && part.is_none_or(|p| e.part.is_some_and(|k| covers(k, p)))
                            // "not_part": a figure the edge must not count among its parts.
                            && span_of("not_part")
                                .is_none_or(|np| e.parts.iter().all(|&k| !covers(k, np)))
                            // "with_part": a figure the edge must count among its parts.
                            && span_of("with_part")
                                .is_none_or(|wp| e.parts.iter().any(|&k| covers(k, wp)))
                    }) {
                        found += 1;
                    } else {
                        missed.push(format!("  line {}: {}", n + 1, case["note"]));
                    }
                }
                _ => {
                    traps += 1;
                    if !edges.is_empty() {
                        false_edges += 1;
                        missed.push(format!("  line {} (trap): {}", n + 1, case["note"]));
                    }
                }
            }
        }
        assert!(
            positives >= 15 && traps >= 10,
            "{file}: {positives} wordings, {traps} traps"
        );
        let found_rate = found as f64 / positives as f64;
        let false_rate = false_edges as f64 / traps as f64;
        println!(
            "{}: found {found}/{positives} ({found_rate:.2}), traps drawing an edge {false_edges}/{traps} ({false_rate:.2})",
            kind.as_str()
        );
        for m in &missed {
            println!("{m}");
        }
        if found_rate < min_found || false_rate > max_false {
            failures.push(format!(
                "{}: found {found_rate:.2} (minimum {min_found}), false {false_rate:.2} (maximum {max_false})",
                kind.as_str()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
