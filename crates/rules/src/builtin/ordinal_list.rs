//! CC012 ordinal-vs-list: "its fourth title" when the story lists four earlier ones.

use super::Builtin;
use crate::eval::{label, number};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, EdgeKind, Finding, Label, Severity};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC012",
    name: "ordinal-vs-list",
    severity: Severity::Error,
    summary:
        "An ordinal (\"its fourth title\") disagrees with the earlier occasions the story lists.",
    doc: r#"
What it checks: an ordinal of occasions against the earlier ones the story
lists. With K earlier ones, this one is the (K+1)th. The lists it counts:
- years of titles, directly after a word of winning ("the club's fourth league
  championship" … "who were also champions in 1962, 1979, 1994 and 2008"; "won
  the cup in 1954, 1971 and 1987, and lost finals in 2003 and 2016" lists three);
- dated occasions in a sentence that calls them earlier ("the third emergency
  appeal, after similar calls in August 2022, January 2023 and July 2024";
  "Previous rounds, held in 2016, 2018, 2021 and 2023" a few sentences from
  "the fourth auction"); "the fifth year in a row" needs consecutive years, and
  when the last year listed is the ordinal's own, the list includes it;
- names right after "following", "after" or "joining" ("the sixth light …
  following Carn Dubh, Inchmore, Eilean Rua, Port Vask, Balnagask and Stroma
  Ness").
Ranks, centuries and places ("third-largest", "21st century", "third
floor"), "the first time since 1987", and ordinals more than two away from
the count (a "500th appearance" beside three cup wins) are left alone.

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
        .filter(|e| !e.parts.is_empty() || !e.names.is_empty())
    {
        let o = &facts.claims[e.from];
        let Some(v) = number(o) else { continue };
        let count = e.parts.len() + e.names.len();
        let expected = Decimal::from(count as i64 + e.offset);
        if v.nominal == expected {
            continue;
        }
        let wins: Vec<&Claim> = e.parts.iter().map(|&p| &facts.claims[p]).collect();
        let mut listed: Vec<&str> = wins.iter().map(|c| c.text.as_str()).collect();
        listed.extend(e.names.iter().map(|&s| facts.doc.slice(s)));
        let mut labels = vec![label(facts, o, "this ordinal")];
        labels.extend(wins.iter().map(|c| label(facts, c, "an earlier one")));
        labels.extend(e.names.iter().map(|&s| Label {
            path: facts.doc.path.clone(),
            span: s,
            message: "an earlier one".to_string(),
        }));
        out.push(RULE.finding(
            format!(
                "\"{}\" does not fit the {} earlier ones listed ({}): this would be number {}",
                o.text,
                count,
                listed.join(", "),
                expected
            ),
            "Count the earlier occasions again, or check the list.",
            labels,
        ));
    }
    out
}
