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

/// Scope marks: a word that sets a figure apart ("in other districts") is a
/// mark; one in a conjunct that adds a place the figure also covers is not.
#[test]
fn scope_marks_only_what_sets_a_figure_apart() {
    let ex = extractor();
    let cases = [
        (
            "The order covered 14,600 homes in Esker and the neighbouring district of Moll.",
            "14,600",
            false,
        ),
        (
            "Crews reconnected 820 homes in Arle and nearby villages.",
            "820",
            false,
        ),
        (
            "The storm cut power to 3,100 homes in Tarn and other towns on the coast.",
            "3,100",
            false,
        ),
        (
            "Another 240 homes lost power in neighbouring districts.",
            "240",
            true,
        ),
        ("In other districts, 95 homes were flooded.", "95", true),
        // A scope word inside a length of time is the length's.
        (
            "It will trim the schedule from 11 daily crossings to eight after another year of falling traffic.",
            "11",
            false,
        ),
        ("It will add another 11 daily crossings.", "11", true),
    ];
    let mut failures = Vec::new();
    for (body, figure, marked) in cases {
        let scope = figure_claim(&ex, body, figure, None).map(|c| c.frame.scope);
        if scope.as_ref().is_none_or(|s| s.is_empty() == marked) {
            failures.push(format!(
                "{body:?}: {figure:?} marked {marked}, got {scope:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A yearless month after a date still to come in its sentence, past a word
/// of sequence, is the next one: "from 11 to 13 July, … before the world
/// championships in September" (published in June).
#[test]
fn a_month_after_a_date_still_to_come_runs_on() {
    let ex = extractor();
    let published = jiff::civil::Date::new(2025, 6, 16).ok();
    let cases = [
        (
            "The last round is at Lake Arlen from 11 to 13 July, before the world championships in September.",
            "September",
            "2025-09",
        ),
        (
            "The festival runs from 1 to 3 July, ahead of the national finals in August.",
            "August",
            "2025-08",
        ),
        (
            "The show opens on 1 July and then tours the north in October.",
            "October",
            "2025-10",
        ),
        // No date still to come before it: the most recent September.
        (
            "The team won the world championships in September.",
            "September",
            "2024-09",
        ),
    ];
    let mut failures = Vec::new();
    for (body, figure, want) in cases {
        let got = figure_claim(&ex, body, figure, published).map(|c| match c.value {
            claimcheck_claims::Value::Date(d) => d.low.strftime("%Y-%m").to_string(),
            other => format!("{other:?}"),
        });
        if got.as_deref() != Some(want) {
            failures.push(format!("{body:?}: {figure:?} wants {want}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
