//! CC003 part-exceeds-whole: a part introduced as part of a whole ("including",
//! "of whom", "of the survivors") that is larger than the whole.

use super::Builtin;
use crate::eval::{describe, label, number};
use crate::expr::Cmp;
use crate::facts::Facts;
use crate::relation::{judge, Verdict};
use crate::CheckContext;
use claimcheck_claims::{Claim, Finding, Kind, Severity};

pub const RULE: Builtin = Builtin {
    code: "CC003",
    name: "part-exceeds-whole",
    severity: Severity::Error,
    summary:
        "A part (\"including 710 children\", \"23 of the survivors\") is larger than its whole.",
    doc: r#"
What it checks: a figure introduced as a part of another: "640 people, including
710 children"; "24 of the city's 20 wards"; "21 pulled out alive … Twenty-three of the survivors"; "seven
injured, two of them seriously". The part must not exceed the whole.

Why it matters: a subset larger than its set is impossible; one of the two
figures is wrong, often by a transposed digit.

Example: "The 32 buses carried 640 people, including 710 children."

Corrected: "The 32 buses carried 640 people, including 170 children."
"#,
    check,
};

/// Words between a whole and its part: "640 people, including 710 children".
const PART_MARKERS: &[&str] = &["including", "includes", "included", "among"];

/// "of whom", "of which", "of them", "of those" also introduce a part.
fn of_marker(words: &[String]) -> bool {
    words.windows(2).any(|w| {
        w[0] == "of" && matches!(w[1].as_str(), "whom" | "which" | "them" | "those" | "these")
    })
}

fn words_between(facts: &Facts, a: &Claim, b: &Claim) -> Vec<String> {
    // Only near neighbours can be whole and part; far apart, skip the split.
    if a.span.end > b.span.start || b.span.start - a.span.end > 160 {
        return Vec::new();
    }
    facts
        .between(a, b)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The word after a claim, lower-cased.
fn next_words(facts: &Facts, c: &Claim, n: usize) -> Vec<String> {
    facts.doc.text[c.span.end..]
        .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

fn finding(facts: &Facts, part: &Claim, whole: &Claim) -> Finding {
    RULE.finding(
        format!(
            "{} is given as part of {}, but is larger",
            describe(part),
            describe(whole)
        ),
        "A part cannot exceed its whole: check both figures.",
        vec![
            label(facts, part, "the part"),
            label(facts, whole, "the whole"),
        ],
    )
}

fn exceeds(part: &Claim, whole: &Claim) -> bool {
    match (number(part), number(whole)) {
        (Some(p), Some(w)) => judge(p, Cmp::Le, w) == Verdict::Violated,
        _ => false,
    }
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    let counts: Vec<&Claim> = facts
        .claims
        .iter()
        .filter(|c| c.kind == Kind::Count)
        .collect();
    for (i, whole) in counts.iter().enumerate() {
        // 1. "640 people, including 710 children"; "seven injured, two of them".
        if let Some(part) = counts.get(i + 1) {
            let between = words_between(facts, whole, part);
            let marked = between.len() <= 10
                && part.sentence == whole.sentence
                && (between.iter().any(|w| PART_MARKERS.contains(&w.as_str()))
                    || of_marker(&between))
                && !between
                    .iter()
                    .any(|w| matches!(w.as_str(), "and" | "or" | "while" | "but"));
            // "two of them": the marker follows the part instead.
            let after = next_words(facts, part, 2);
            let of_them = after.first().is_some_and(|w| w == "of")
                && after.get(1).is_some_and(|w| w == "them");
            if (marked || (of_them && between.len() <= 8 && part.sentence == whole.sentence))
                && exceeds(part, whole)
            {
                out.push(finding(facts, part, whole));
            }
        }
    }
    // 1b. "24 of the city's 20 wards", "four of its 11 seats": a part and its whole
    // in one phrase.
    for (i, part) in counts.iter().enumerate() {
        let Some(whole) = counts.get(i + 1) else {
            break;
        };
        let between = facts.between(part, whole);
        let words: Vec<String> = between
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let phrase = words.first().is_some_and(|w| w == "of")
            && words.len() <= 3
            && words[1..].iter().all(|w| {
                matches!(
                    w.as_str(),
                    "the" | "its" | "their" | "his" | "her" | "our" | "all" | "these" | "those"
                ) || w.ends_with("'s")
                    || w.ends_with("’s")
            })
            && !between.contains([',', ';', '.']);
        if phrase && exceeds(part, whole) {
            out.push(finding(facts, part, whole));
        }
    }
    // 2. "Of the 243 schools in the region, 250 were affected": the sentence opens
    // with its whole.
    for (i, whole) in counts.iter().enumerate() {
        let before = facts.words_before(whole.span.start, 3);
        let opens = before.len() >= 2
            && before[before.len() - 2].lower == "of"
            && matches!(
                &*before[before.len() - 1].lower,
                "the" | "its" | "their" | "those"
            )
            && facts.doc.text[..before[before.len() - 2].start]
                .trim_end()
                .ends_with(['.', '\n', '"', '“']);
        let Some(part) = counts.get(i + 1) else {
            continue;
        };
        let comma_between = facts.between(whole, part).contains(',');
        if opens && comma_between && part.sentence == whole.sentence && exceeds(part, whole) {
            out.push(finding(facts, part, whole));
        }
    }
    // 3. "Twenty-three of the survivors": the whole is the figure of the named metric.
    for part in &counts {
        let after = next_words(facts, part, 3);
        if after.first().map(String::as_str) != Some("of")
            || !matches!(after.get(1).map(String::as_str), Some("the" | "those"))
        {
            continue;
        }
        let Some(noun) = after.get(2) else { continue };
        let whole_metric = facts.metric_of_word(noun);
        let Some(metric) = whole_metric else { continue };
        // "44 of the injured": the whole is the largest earlier figure of the metric;
        // smaller ones are parts too ("Eleven of the injured").
        let whole = facts
            .metric(metric)
            .iter()
            .filter(|w| {
                w.kind == Kind::Count && w.span.end <= part.span.start && facts.comparable(part, w)
            })
            .filter(|w| !std::ptr::eq(**w, *part))
            .max_by_key(|w| number(w).and_then(|v| v.high).unwrap_or_default());
        if let Some(whole) = whole {
            if exceeds(part, whole) {
                out.push(finding(facts, part, whole));
            }
        }
    }
    out
}
