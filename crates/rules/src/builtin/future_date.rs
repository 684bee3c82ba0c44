//! CC001 future-date: an event reported as past but dated after publication.

use super::Builtin;
use crate::eval::label;
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Finding, Kind, Severity, Tense, Value};

pub const RULE: Builtin = Builtin {
    code: "CC001",
    name: "future-date",
    severity: Severity::Error,
    summary: "An event told in the past tense is dated after the publication date.",
    doc: r#"
What it checks: a date later than the publication date (`--published`), but
within a year of it, in a clause that reports something as already done ("was
contained on 19 August", "went into administration on Friday, 29 August"): the
clause's tense is past or perfect, with no word of the future or of possibility
(will, due to, scheduled, expected, would, could), the sentence's future not
carried into it ("scheduled to continue …, followed by the primary on 29
February"), and no deadline ("by", "until", "from"), except the end of a span
that ran its course ("the consultation, which ran from 13 January to 24
March, drew 4,312 responses"). Relative dates ("on
Monday", "20 months later") and months without their year ("rises in
January") are left alone: their placing already used the tense.

Why it matters: a past event cannot be dated in the future. Usually the day or
month is a typo, or the story was drafted for a later date and the tense is wrong.

Example: (published 2025-08-12) "Firefighters said the western flank of the
fire was contained on 19 August."

Corrected: "Firefighters said the western flank of the fire was contained on 9
August." (or, if it is still to come, "Crews expect to contain the western
flank by 19 August.")
"#,
    check,
};

/// Prepositions that make a later date a deadline or the start of something
/// still running: "by 2030", "until March", "from 1 July".
fn open_ended(preposition: Option<&str>) -> bool {
    matches!(
        preposition,
        Some("by" | "until" | "till" | "before" | "from" | "to" | "through" | "within")
    )
}

fn check(facts: &Facts, ctx: &CheckContext) -> Vec<Finding> {
    let Some(published) = ctx.published else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for c in facts.claims.iter().filter(|c| c.kind == Kind::Date) {
        let Value::Date(d) = &c.value else { continue };
        if d.low <= published {
            continue;
        }
        // A slip puts a past event days or weeks ahead; a date years ahead in a
        // past-tense clause is a schedule ("raised the age to 67 from 1 July 2030").
        if published
            .checked_add(jiff::Span::new().years(1))
            .is_ok_and(|horizon| d.low > horizon)
        {
            continue;
        }
        let f = &c.frame;
        // A weekday or "20 months later" was placed by the tense or the anchor
        // around it; judging it again would only echo that choice.
        // "The consultation, which ran from 13 January to 24 March, drew 4,312
        // responses": the end of a span that has run its course is past,
        // whatever its preposition.
        let ran_its_course = matches!(
            f.preposition.as_deref(),
            Some("to" | "until" | "till" | "through")
        ) && f.tense == Tense::Past
            && f.predicate
                .as_deref()
                .is_some_and(|p| matches!(p.to_lowercase().as_str(), "ran" | "lasted" | "spanned"));
        if f.relative || (open_ended(f.preposition.as_deref()) && !ran_its_course) {
            continue;
        }
        // A month without its year lies ahead only when a word of the future
        // placed it there ("before the levy rises in January"): the same
        // choice again.
        if !f.year_written && matches!(d.nominal, claimcheck_claims::DateNominal::Month(..)) {
            continue;
        }
        // "has offered 4.5 percent this year and 3 percent in 2026": a year
        // beside a figure of its clause says when that figure applies, not
        // when something happened.
        let scoping_year = matches!(d.nominal, claimcheck_claims::DateNominal::Year(_)) && {
            // Claims are in text order: the sentence's by binary search.
            let all = &facts.claims;
            let from = all.partition_point(|o| o.sentence < c.sentence);
            let to = all.partition_point(|o| o.sentence <= c.sentence);
            all[from..to]
                .iter()
                .any(|o| o.kind != Kind::Date && o.frame.clause == f.clause)
        };
        if scoping_year {
            continue;
        }
        // Only a clause that reports something done: "was reopened on 14 March",
        // "went into administration on Friday, 29 August", "has closed".
        if !matches!(f.tense, Tense::Past | Tense::Perfect) {
            continue;
        }
        out.push(RULE.finding(
            format!(
                "\"{}\" is after the publication date {published}, but the text reports it as past",
                c.text
            ),
            "Check the day and month; if the event is still to come, say so (\"is expected to … by\").",
            vec![label(facts, c, "dated after publication")],
        ));
    }
    out
}
