//! CC013 ordinal-count: an ordinal that disagrees with the count it places an
//! item in, over the ordinal-of edges extraction found (see
//! `crates/extract/src/relate/ordinal_of.rs`).

use super::Builtin;
use crate::eval::{label, number};
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{EdgeKind, Finding, Severity};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC013",
    name: "ordinal-count",
    severity: Severity::Error,
    summary: "An ordinal (\"its 12th member\") disagrees with the count of the same things.",
    doc: r#"
What it checks: an ordinal that places a newcomer in a group ("became the 23rd
country to ratify", "its 20th club") against a count of the same things (synonyms
allowed: country, nation, state, member). A count that includes the newcomer
("membership rises to 24 states", "the enlarged 11-nation bloc", "brings the
number of airlines to 22") must equal the ordinal; a count of those before it
("has had 30 mayors", "five other members had already") must be one less.
Ordinals dated by a written year are past milestones and are left alone. A
count its clause calls the tally a span ended with ("ended the season with 22
goals") holds every one of them: an ordinal of the same noun ("his 23rd goal of
the season") may reach it but not pass it.

Why it matters: an ordinal and a count that disagree leave the reader unsure
how many there are; one of them is wrong.

Example: "Vallonia became the 23rd country to ratify the compact. With
Vallonia's ratification, the compact's membership rises to 24 states."

Corrected: "Vallonia became the 23rd country to ratify the compact. With
Vallonia's ratification, the compact's membership rises to 23 states."
"#,
    check,
};

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    // Edges with listed occasions are CC012's.
    for e in facts
        .edges_of(EdgeKind::OrdinalOf)
        .filter(|e| e.parts.is_empty() && e.names.is_empty())
    {
        let (ord, count) = (&facts.claims[e.from], &facts.claims[e.to]);
        let (Some(o), Some(c)) = (number(ord), number(count)) else {
            continue;
        };
        // A final tally bounds the ordinal from above only.
        if e.at_most {
            if c.low == c.high && o.nominal > c.nominal {
                out.push(RULE.finding(
                    format!(
                        "\"{}\" is past \"{}\", the tally that holds every one of them: it can be at most number {}",
                        ord.text,
                        count.text,
                        c.nominal.normalize()
                    ),
                    "An ordinal cannot pass the final count of the same things: check both.",
                    vec![
                        label(facts, ord, "this ordinal"),
                        label(facts, count, "the final tally"),
                    ],
                ));
            }
            continue;
        }
        let expected = c.nominal + Decimal::from(e.offset);
        // Only exact counts decide an ordinal: "more than 20 members" does not.
        if c.low != c.high || o.nominal == expected {
            continue;
        }
        let how = if e.offset == 0 {
            "a count that includes it"
        } else {
            "a count of those before it"
        };
        out.push(RULE.finding(
            format!(
                "\"{}\" does not fit \"{}\", {how}: it would be number {}",
                ord.text,
                count.text,
                expected.normalize()
            ),
            "An ordinal and a count of the same things must agree: check both.",
            vec![
                label(facts, ord, "this ordinal"),
                label(facts, count, "the count it belongs to"),
            ],
        ));
    }
    out
}
