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

/// Words of the future that make a later date legitimate wherever they stand in
/// its sentence: plans, schedules, deadlines.
const STRONG_FUTURE: &[&str] = &[
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
    "next",
    "upcoming",
    "aims",
    "intends",
    "deadline",
    "forecast",
    "projected",
    "could",
    "may",
    "might",
    "should",
    "must",
    "postponed",
    "delayed",
    "rescheduled",
    "deferred",
    "proposed",
    "pending",
];

/// Words that make a later date legitimate only inside its own clause ("runs to
/// 3 March", "set for 9 May"): elsewhere in a sentence they belong to other verbs.
const CLAUSE_FUTURE: &[&str] = &[
    "by",
    "aim",
    "set",
    "hopes",
    "hope",
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
    "is",
    "are",
    "to",
    "before",
    "within",
    "later",
    "awaiting",
    "tentatively",
    "moved",
    "adjourned",
];

fn is_future(word: &str) -> bool {
    STRONG_FUTURE.contains(&word) || CLAUSE_FUTURE.contains(&word)
}

/// Words that mark the clause as reporting something done.
fn is_past(word: &str) -> bool {
    matches!(word, "was" | "were" | "had" | "did" | "been")
        || (word.len() > 4 && word.ends_with("ed") && !is_future(word))
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
        // A weekday alone ("on Monday") is placed by the tense around it; judging
        // its tense again would only echo that choice.
        if !c.text.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        // The clause decides first ("was contained on 19 August"); when it has no
        // verb of its own ("Fighting … on January 20, 2027, enabled …") the sentence
        // does. Any word of the future in the span looked at keeps the date legitimate.
        let clause = facts.clause_of(c.span.start, c.span.end);
        let clause_past = clause
            .iter()
            .any(|w| w.start < c.span.start && is_past(&w.lower));
        // Only a clause with no verb of its own borrows the sentence's tense.
        let clause_has_verb = clause.iter().any(|w| {
            w.start < c.span.start
                && matches!(
                    &*w.lower,
                    "is" | "are"
                        | "am"
                        | "be"
                        | "have"
                        | "has"
                        | "will"
                        | "can"
                        | "do"
                        | "does"
                        | "to"
                )
        });
        if !clause_past && clause_has_verb {
            continue;
        }
        let (span, future): (_, fn(&str) -> bool) = if clause_past {
            (clause, is_future)
        } else {
            // Across a whole sentence only plain words of the future count: "to" or
            // "is" there belong to other verbs ("enabled fighters to flee").
            (facts.sentence_of(c.span.start, c.span.end), |w| {
                STRONG_FUTURE.contains(&w)
            })
        };
        if span.iter().any(|w| future(&w.lower)) {
            continue;
        }
        if !span
            .iter()
            .any(|w| w.start != c.span.start && is_past(&w.lower))
        {
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
