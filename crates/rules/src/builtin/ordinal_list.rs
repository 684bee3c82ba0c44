//! CC012 ordinal-vs-list: "its fourth title" when the story lists four earlier ones.

use super::Builtin;
use crate::eval::{label, number};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, DateNominal, Finding, Kind, Severity, Value};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC012",
    name: "ordinal-vs-list",
    severity: Severity::Error,
    summary:
        "An ordinal (\"its fourth title\") disagrees with the earlier occasions the story lists.",
    doc: r#"
What it checks: an ordinal of a title, win or cup ("the club's fourth league
championship") against a list of the earlier ones in the story ("who were also
champions in 1962, 1979, 1994 and 2008"): with K earlier years listed, this one is
the (K+1)th. Only a run of years directly after a word of winning is counted
("won the cup in 1954, 1971 and 1987, and lost finals in 2003 and 2016" lists
three wins), and "the first time since 1987" is not an ordinal of titles.

Why it matters: readers count the list; a wrong ordinal is a visible error.

Example: "Redmarsh claimed the club's fourth league championship on Saturday.
Redmarsh, who were also champions in 1962, 1979, 1994 and 2008, finished six
points clear."

Corrected: "Redmarsh claimed the club's fifth league championship on Saturday.
Redmarsh, who were also champions in 1962, 1979, 1994 and 2008, finished six
points clear."
"#,
    check,
};

const TITLE_NOUNS: &[&str] = &[
    "title",
    "titles",
    "championship",
    "championships",
    "trophy",
    "cup",
    "crown",
    "league",
    "premiership",
];
const WIN_WORDS: &[&str] = &[
    "champions",
    "champion",
    "won",
    "winners",
    "title",
    "titles",
    "cup",
    "trophy",
    "crowned",
];
const EARLIER: &[&str] = &[
    "also",
    "previously",
    "earlier",
    "before",
    "already",
    "previous",
];

fn bare_year(c: &Claim) -> bool {
    matches!(&c.value, Value::Date(d) if matches!(d.nominal, DateNominal::Year(_)))
}

/// Years listed together after a word of winning, in a sentence that calls them
/// earlier ones: (the years, how many).
fn earlier_wins<'c>(facts: &Facts<'c>) -> Option<Vec<&'c Claim>> {
    let years: Vec<&Claim> = facts
        .claims
        .iter()
        .filter(|c| c.kind == Kind::Date && bare_year(c))
        .collect();
    let mut i = 0;
    while i < years.len() {
        let first = years[i];
        let before = facts.words_before(first.span.start, 6);
        let won = before.iter().any(|w| WIN_WORDS.contains(&&*w.lower));
        let sentence = facts.sentence_of(first.span.start, first.span.end);
        let earlier = sentence.iter().any(|w| EARLIER.contains(&&*w.lower));
        // The run: years separated only by commas and "and".
        let mut run = vec![first];
        let mut j = i + 1;
        while j < years.len() {
            let between = facts.between(run[run.len() - 1], years[j]);
            let only_separators = between
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| w.eq_ignore_ascii_case("and"));
            if !only_separators || between.len() > 8 {
                break;
            }
            run.push(years[j]);
            j += 1;
        }
        if won && earlier && run.len() >= 2 {
            return Some(run);
        }
        i = j;
    }
    None
}

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(wins) = earlier_wins(facts) else {
        return out;
    };
    let expected = Decimal::from(wins.len() as i64 + 1);
    for o in facts.claims.iter().filter(|c| c.kind == Kind::Ordinal) {
        let after = facts.words_after(o.span.end, 3);
        // The ordinal must count titles itself ("fourth league championship"), not
        // people ("the first woman to coach a cup winner").
        let titled = after
            .iter()
            .take(2)
            .any(|w| TITLE_NOUNS.contains(&&*w.lower));
        // "for the first time since 1987" counts years, not titles.
        let time_since = after.first().is_some_and(|w| w.lower == "time");
        if !titled || time_since {
            continue;
        }
        let Some(v) = number(o) else { continue };
        if v.nominal != expected {
            let listed: Vec<&str> = wins.iter().map(|c| c.text.as_str()).collect();
            let mut labels = vec![label(facts, o, "this ordinal")];
            labels.extend(wins.iter().map(|c| label(facts, c, "an earlier one")));
            out.push(RULE.finding(
                format!(
                    "\"{}\" does not fit the {} earlier ones listed ({}): this would be number {}",
                    o.text,
                    wins.len(),
                    listed.join(", "),
                    expected
                ),
                "Count the earlier occasions again, or check the list.",
                labels,
            ));
        }
    }
    out
}
