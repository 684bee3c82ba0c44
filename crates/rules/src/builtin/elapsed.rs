//! CC005 duration-arithmetic: a span of years that disagrees with the years the
//! text gives for its start ("the union's 28-year history" for a union founded in
//! 2004; "a 19-year wait" after a title in 2008; "a 34-year-old born in 1985").

use super::Builtin;
use crate::eval::label;
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, EdgeKind, Finding, Interval, Kind, Severity, TimeUnit, Value};
use rust_decimal::Decimal;

pub const RULE: Builtin = Builtin {
    code: "CC005",
    name: "duration-arithmetic",
    severity: Severity::Error,
    summary: "A span of years disagrees with the year the text gives for its start.",
    doc: r#"
What it checks: a duration in years counted up to the publication date against
the year the text gives for its start: "an N-year history" or "more than a
decade of …" against "founded/established/set up in YEAR" for the same body; "an
N-year wait" against the last of the years listed for the previous win; an age
("a 34-year-old") against "born in YEAR". One year of slack allows for the month.
A span in months ("a 29-month renovation that began in September 2022") is
counted in months from the month it started, with one month of slack. A span
in days or weeks between two full days ("shut on 22 September and reopened on
29 September after a fortnight-long closure"), or from a full day to the
publication date ("started a petition on 10 March. In the 12 days since, …"),
is counted in days, within half its unit or a tenth of it (a third when
hedged), and a day for counting both ends. A deadline given from a day ("on 12
February gave the firm 21 days to reply") against a day told some days inside
or past it ("received on 10 March, four days inside that deadline") is counted
the same way, the days inside taken off. An edition of a yearly event ("the
25th Aldmoor Marathon") is counted exactly, one a year from the year the story
says it was first held, less the years it says it was not ("first staged in
2001 and held every autumn since, apart from 2020": the 24th in 2025).

Why it matters: the arithmetic is checkable, and a wrong span usually means a
wrong year or a number left over from an older story.

Example: (published 2025-06-30) "The union was founded in 2004. On Saturday it
marked the end of its 28-year history with a final congress."

Corrected: "The union was founded in 2004. On Saturday it marked the end of its
21-year history with a final congress."
"#,
    check,
};

fn years(c: &Claim) -> Option<Interval> {
    match &c.value {
        Value::Duration {
            unit: TimeUnit::Year,
            amount,
        } => Some(amount.clone()),
        _ => None,
    }
}

/// Does `elapsed` (± one year for the month) fit the span `d`?
fn fits(d: &Interval, elapsed: i64) -> bool {
    let lo = Decimal::from(elapsed - 1);
    let hi = Decimal::from(elapsed + 1);
    let above_low = match d.low {
        None => true,
        Some(l) => hi > l || (hi == l && !d.low_open),
    };
    let below_high = match d.high {
        None => true,
        Some(h) => lo < h || (lo == h && !d.high_open),
    };
    above_low && below_high
}

/// The span's length as an interval of years: a duration in years, or a
/// count of seasons.
fn span_years(c: &Claim) -> Option<Interval> {
    match &c.value {
        // "the 55th anniversary": an ordinal of years.
        Value::Number(i) if matches!(c.kind, Kind::Count | Kind::Ordinal) => Some(i.clone()),
        _ => years(c),
    }
}

fn date_year(c: &Claim) -> Option<i64> {
    match &c.value {
        Value::Date(d) if d.low.year() == d.high.year() => Some(i64::from(d.low.year())),
        _ => None,
    }
}

/// A date's month, counted from year 0: what spans of months are counted in.
fn date_month(c: &Claim) -> Option<i64> {
    match &c.value {
        Value::Date(d) => Some(i64::from(d.low.year()) * 12 + i64::from(d.low.month())),
        _ => None,
    }
}

/// Elapsed edges: the span against the years from its start to its end (or to
/// publication); a span in months ("a 29-month renovation that began in
/// September 2022") against the months.
fn check_edges(facts: &Facts, published: jiff::civil::Date, out: &mut Vec<Finding>) {
    for e in facts.edges_of(EdgeKind::Elapsed) {
        if let Some(f) = days_between(facts, e, published) {
            out.push(f);
            continue;
        }
        if e.complete {
            out.extend(editions(facts, e, published));
            continue;
        }
        let (d, start) = (&facts.claims[e.from], &facts.claims[e.to]);
        let (span, at, now, unit): (_, fn(&Claim) -> Option<i64>, _, _) = match &d.value {
            Value::Duration {
                unit: TimeUnit::Month,
                amount,
            } => (
                Some(amount.clone()),
                date_month,
                i64::from(published.year()) * 12 + i64::from(published.month()),
                "months",
            ),
            _ => (
                span_years(d),
                date_year,
                i64::from(published.year()),
                "years",
            ),
        };
        let (Some(span), Some(from)) = (span, at(start)) else {
            continue;
        };
        let end = e.part.map(|p| &facts.claims[p]);
        let to = end.and_then(at).unwrap_or(now);
        let elapsed = to - from;
        if elapsed < 0 || fits(&span, elapsed) {
            continue;
        }
        let until = match end {
            Some(end) => format!("to {}", end.text),
            None => "to the publication date".to_string(),
        };
        let mut f = RULE.finding(
            format!(
                "\"{}\" does not fit \"{}\": that is {elapsed} {unit} {until}",
                d.text, start.text
            ),
            &format!("Recount the {unit} from the start date, or check the start date."),
            vec![
                label(facts, d, "this span"),
                label(facts, start, "starts here"),
            ],
        );
        if let Some(end) = end {
            f.labels.push(label(facts, end, "ends here"));
        }
        out.push(f);
    }
}

/// An ordinal edition of a yearly event against its first year and the
/// years it was not held ("the 25th Aldmoor Marathon" in 2025, first staged
/// in 2001, not held in 2020: the 24th). Exact: an edition a year has no
/// month of slack.
fn editions(
    facts: &Facts,
    e: &claimcheck_claims::Edge,
    published: jiff::civil::Date,
) -> Option<Finding> {
    let (d, start) = (&facts.claims[e.from], &facts.claims[e.to]);
    let Value::Number(stated) = &d.value else {
        return None;
    };
    let from = date_year(start)?;
    let end = e.part.map(|p| &facts.claims[p]);
    let to = end
        .and_then(date_year)
        .unwrap_or(i64::from(published.year()));
    let held = to - from + 1 - e.offset;
    if held < 1 || stated.nominal == Decimal::from(held) {
        return None;
    }
    let skipped = match e.offset {
        0 => String::new(),
        1 => ", less the one year it was not held".to_string(),
        n => format!(", less the {n} years it was not held"),
    };
    Some(RULE.finding(
        format!(
            "\"{}\" does not fit \"{}\": one edition a year from {from} to {to}{skipped} makes {held}",
            d.text, start.text
        ),
        "Recount the editions from the first, or check the first year and the years missed.",
        vec![
            label(facts, d, "this edition"),
            label(facts, start, "first held"),
        ],
    ))
}

/// A span in days or weeks between two full days ("shut on 22 September and
/// reopened on 29 September after a fortnight-long closure"): the stated
/// length against the days between, within half its unit or a tenth of it
/// (a third when hedged), and a day for counting both ends. With no end
/// told ("started a petition on 10 March. In the 12 days since, it has
/// gathered …"), the span runs to the publication date.
fn days_between(
    facts: &Facts,
    e: &claimcheck_claims::Edge,
    published: jiff::civil::Date,
) -> Option<Finding> {
    let d = &facts.claims[e.from];
    let Value::Duration { unit, amount } = &d.value else {
        return None;
    };
    if !matches!(unit, TimeUnit::Day | TimeUnit::Week) {
        return None;
    }
    let start = &facts.claims[e.to];
    let end = e.part.map(|p| &facts.claims[p]);
    let last = match end {
        Some(end) => super::date_gap::day(end)?,
        None => published,
    };
    let days = super::date_gap::day(start)?.until(last).ok()?.get_days();
    let per = unit.approx_days();
    // "21 days …, four days inside that deadline": the day told stands that
    // far from the span's end.
    let stated = amount.nominal * per + Decimal::from(e.offset);
    let share = if amount.bound == claimcheck_claims::Bound::Exact {
        Decimal::new(1, 1)
    } else {
        Decimal::new(35, 2)
    };
    let tolerance = (stated * share).max(per / Decimal::TWO).max(Decimal::ONE) + Decimal::ONE;
    if days < 0 || (Decimal::from(days) - stated).abs() <= tolerance {
        return None;
    }
    let until = end.map_or_else(
        || format!("the publication date {published}"),
        |end| end.text.clone(),
    );
    let by = e.parts.first().map(|&k| &facts.claims[k]);
    let message = match by {
        Some(by) => format!(
            "\"{}\" and \"{}\" do not fit the dates: {} to {until} is {days} days, not {}",
            d.text,
            by.text,
            start.text,
            stated.normalize()
        ),
        None => format!(
            "\"{}\" does not fit the dates: {} to {until} is {days} days",
            d.text, start.text
        ),
    };
    let mut f = RULE.finding(
        message,
        "Recount the days between the two dates, or check the dates.",
        vec![
            label(facts, d, "this span"),
            label(facts, start, "starts here"),
        ],
    );
    if let Some(end) = end {
        f.labels.push(label(facts, end, "ends here"));
    }
    if let Some(by) = by {
        f.labels
            .push(label(facts, by, "this far from the deadline"));
    }
    Some(f)
}

fn check(facts: &Facts, ctx: &CheckContext) -> Vec<Finding> {
    let Some(published) = ctx.published else {
        return Vec::new();
    };
    let mut out = Vec::new();
    check_edges(facts, published, &mut out);
    out
}
