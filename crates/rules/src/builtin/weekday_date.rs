//! CC014 weekday-date: a date written with its weekday, where the calendar
//! gives that day another weekday.

use super::Builtin;
use crate::eval::label;
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{DateNominal, Finding, Severity, Tense, Value};

pub const RULE: Builtin = Builtin {
    code: "CC014",
    name: "weekday-date",
    severity: Severity::Error,
    summary: "A weekday given with a date (\"Friday, 11 March\") is not that date's weekday.",
    doc: r#"
What it checks: a date written out with day, month and weekday ("Friday, 11
March", "on Tuesday 2 December 2025"). The date is resolved against the
publication date (a month without a year takes its latest occurrence), and its
weekday must be the one written. Dates given without a month ("Tuesday the
19th") are left alone: the weekday then tells which month is meant; so are
yearless dates of things to come, read before publication, whose weekday fits
the next year.

Why it matters: a wrong weekday means either the day or the date is wrong, and
readers planning around it (a hearing, a strike, a deadline) are misled.

Example: (published 2025-03-28) "The first case was confirmed on Friday, 11
March." (11 March 2025 was a Tuesday.)

Corrected: "The first case was confirmed on Tuesday, 11 March."
"#,
    check,
};

const NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn check(facts: &Facts, ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in facts.claims {
        let (Some(stated), Value::Date(d)) = (c.frame.weekday, &c.value) else {
            continue;
        };
        let DateNominal::Day(day) = d.nominal else {
            continue;
        };
        let actual = day.weekday().to_monday_one_offset();
        if i8::try_from(stated).ok() == Some(actual) || !(1..=7).contains(&stated) {
            continue;
        }
        // A yearless date in a clause about what is coming ("the season starts on
        // Friday, 3 October") may mean next year's: the weekday decides which.
        // Not when the date read is already the next one ("will begin on
        // Monday, 18 January" five weeks ahead): a year later is too far.
        let upcoming = !matches!(c.frame.tense, Tense::Past | Tense::Perfect)
            && ctx.published.is_none_or(|p| day < p);
        let next_year = day
            .checked_add(jiff::Span::new().years(1))
            .map(|d| d.weekday().to_monday_one_offset())
            .ok();
        if !c.frame.year_written && upcoming && next_year == i8::try_from(stated).ok() {
            continue;
        }
        let name = |n: i8| NAMES[usize::try_from(n - 1).unwrap_or(0) % 7];
        out.push(RULE.finding(
            format!(
                "\"{}\": {} falls on a {}, not a {}",
                c.text,
                d.nominal,
                name(actual),
                name(stated as i8)
            ),
            "Check the date and the weekday against a calendar; one of them is wrong.",
            vec![label(
                facts,
                c,
                format!("{} was a {}", d.nominal, name(actual)),
            )],
        ));
    }
    out
}
