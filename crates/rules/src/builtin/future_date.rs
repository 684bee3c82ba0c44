//! CC001 future-date: an event reported as past but dated after publication.

use super::Builtin;
use crate::eval::label;
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Finding, Kind, Severity, Value};

pub const RULE: Builtin = Builtin {
    code: "CC001",
    name: "future-date",
    severity: Severity::Error,
    summary: "An event told in the past tense is dated after the publication date.",
    doc: r#"
What it checks: a date later than the publication date (`--published`) in a clause
that reports something as already done ("was contained on 19 August", "had
reopened by 3 March"), with no word of the future (will, due, scheduled, until,
expected, plans) in its clause.

Why it matters: a past event cannot be dated in the future. Usually the day or
month is a typo, or the story was drafted for a later date and the tense is wrong.

Example: (published 12 August) "The western flank was contained on 19 August."

Corrected: "The western flank was contained on 9 August." or "Crews expect to
contain the western flank by 19 August."
"#,
    check,
};

/// Words that make a later date legitimate: plans, schedules, deadlines.
const FUTURE: &[&str] = &[
    "will",
    "would",
    "shall",
    "due",
    "scheduled",
    "expected",
    "expects",
    "plans",
    "plan",
    "planned",
    "until",
    "till",
    "by",
    "next",
    "upcoming",
    "aims",
    "aim",
    "intends",
    "set",
    "deadline",
    "hopes",
    "hope",
    "forecast",
    "projected",
    "from",
    "through",
    "runs",
    "run",
    "starts",
    "start",
    "begins",
    "begin",
    "ends",
    "expires",
    "takes",
    "opens",
    "closes",
    "lasts",
    "could",
    "may",
    "might",
    "should",
    "must",
    "is",
    "are",
    "to",
    "before",
    "within",
    "later",
    "awaiting",
    "pending",
    "proposed",
    "tentatively",
    "postponed",
    "delayed",
    "rescheduled",
    "moved",
    "deferred",
    "adjourned",
];

/// Words that mark the clause as reporting something done.
fn is_past(word: &str) -> bool {
    matches!(word, "was" | "were" | "had" | "did" | "been")
        || (word.len() > 4 && word.ends_with("ed") && !FUTURE.contains(&word))
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
        let clause = facts.clause_of(c.span.start, c.span.end);
        let before: Vec<&str> = clause
            .iter()
            .filter(|w| w.start < c.span.start)
            .map(|w| w.lower.as_str())
            .collect();
        if clause.iter().any(|w| FUTURE.contains(&w.lower.as_str())) {
            continue;
        }
        if !before.iter().any(|w| is_past(w)) {
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
