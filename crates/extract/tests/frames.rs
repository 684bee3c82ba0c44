//! Frame fields against tables of sentences written for them, one JSON Lines
//! file per field in `tests/frames/`: each line names a figure and the value
//! its frame must hold. Traps sit beside the positives in the same table.

use claimcheck_claims::Document;
mod common;

use common::extractor;
use serde_json::Value;

/// The claim whose span holds the first occurrence of `figure` in `body`.
fn figure_claim(
    ex: &claimcheck_extract::Extractor,
    body: &str,
    figure: &str,
    published: Option<jiff::civil::Date>,
) -> Option<claimcheck_claims::Claim> {
    let claims = ex.extract(&Document::new("frames", body.to_string()), published);
    let at = body.find(figure).expect("figure in text");
    claims
        .into_iter()
        .find(|c| c.span.start <= at && at < c.span.end)
}

#[test]
fn tense_of_the_figure_clause() {
    let ex = extractor();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/frames/tense.jsonl");
    let text = std::fs::read_to_string(path).expect("tense table");
    let published = jiff::civil::Date::new(2025, 6, 1).ok();
    let mut failures = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("a JSON object per line");
        let body = case["text"].as_str().expect("text");
        let figure = case["figure"].as_str().expect("figure");
        // "tense": the value wanted; "not": a value the frame must not hold.
        let (want, negated) = match (case["tense"].as_str(), case["not"].as_str()) {
            (Some(t), _) => (t, false),
            (None, Some(t)) => (t, true),
            _ => panic!("a line needs \"tense\" or \"not\": {line}"),
        };
        let got = figure_claim(&ex, body, figure, published)
            .map(|c| serde_json::to_value(c.frame.tense).expect("tense serializes"));
        let held = matches!(&got, Some(Value::String(t)) if t == want);
        if held == negated {
            let wants = if negated { "anything but" } else { "" };
            failures.push(format!(
                "{body:?}: {figure:?} wants {wants} {want}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The counted head: the noun after the figure, not a comparative adjective.
#[test]
fn counted_head_is_a_noun() {
    let ex = extractor();
    let cases = [
        (
            "The fund came out 3.4 billion crowns better off from its investments.",
            "3.4 billion crowns",
            None,
        ),
        (
            "The shares ended the day 14 cents higher.",
            "14 cents",
            None,
        ),
        (
            "The fund booked an investment gain of 3.38 billion crowns.",
            "3.38 billion crowns",
            Some("gain"),
        ),
        ("Crews repaired 412 bigger mains.", "412", Some("main")),
    ];
    let mut failures = Vec::new();
    for (body, figure, want) in cases {
        let got = figure_claim(&ex, body, figure, None)
            .and_then(|c| c.frame.head.as_ref().map(|h| h.lemma.to_string()));
        if got.as_deref() != want {
            failures.push(format!("{body:?}: {figure:?} wants {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
