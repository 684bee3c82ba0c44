//! CC012 ordinal-vs-list: "its fourth title" when the story lists four earlier ones.

use super::Builtin;
use crate::eval::{label, number};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, EdgeKind, Finding, Severity};
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

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for e in facts
        .edges_of(EdgeKind::OrdinalOf)
        .filter(|e| !e.parts.is_empty())
    {
        let o = &facts.claims[e.from];
        let Some(v) = number(o) else { continue };
        let expected = Decimal::from(e.parts.len() as i64 + e.offset);
        if v.nominal == expected {
            continue;
        }
        let wins: Vec<&Claim> = e.parts.iter().map(|&p| &facts.claims[p]).collect();
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
    out
}
