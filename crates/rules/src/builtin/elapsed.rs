//! CC005 duration-arithmetic: a span of years that disagrees with the years the
//! text gives for its start ("the union's 28-year history" for a union founded in
//! 2004; "a 19-year wait" after a title in 2008; "a 34-year-old born in 1985").

use super::Builtin;
use crate::eval::label;
use crate::facts::Facts;
use crate::CheckContext;
use claimcheck_claims::{Claim, EdgeKind, Finding, Interval, Kind, Severity, TimeUnit, Value};

/// The text-reading pairing this check used before elapsed edges.
const LEGACY: bool = false;
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

Why it matters: the arithmetic is checkable, and a wrong span usually means a
wrong year or a number left over from an older story.

Example: (published 2025) "the union's 28-year history … The union was founded
in 2004."

Corrected: "the union's 21-year history".
"#,
    check,
};

/// Verbs that date the start of a body or of something ongoing.
const FOUNDING: &[&str] = &[
    "founded",
    "established",
    "formed",
    "created",
    "set",
    "launched",
    "opened",
    "built",
    "inaugurated",
    "started",
    "began",
    "incorporated",
    "constituted",
];

/// Nouns of a span that runs up to now.
const SPAN_NOUNS: &[&str] = &[
    "history",
    "existence",
    "wait",
    "drought",
    "run",
    "tenure",
    "reign",
    "career",
];

fn years(c: &Claim) -> Option<Interval> {
    match &c.value {
        Value::Duration {
            unit: TimeUnit::Year,
            amount,
        } => Some(amount.clone()),
        _ => None,
    }
}

fn year_of(c: &Claim) -> Option<i16> {
    match &c.value {
        Value::Date(d)
            if c.text
                .as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit)) =>
        {
            (d.low.year() == d.high.year()).then_some(d.low.year())
        }
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
        Value::Number(i) if c.kind == Kind::Count => Some(i.clone()),
        _ => years(c),
    }
}

fn date_year(c: &Claim) -> Option<i64> {
    match &c.value {
        Value::Date(d) if d.low.year() == d.high.year() => Some(i64::from(d.low.year())),
        _ => None,
    }
}

/// Elapsed edges: the span against the years from its start to its end (or to
/// publication).
fn check_edges(facts: &Facts, now: i64, out: &mut Vec<Finding>) {
    for e in facts.edges_of(EdgeKind::Elapsed) {
        let (d, start) = (&facts.claims[e.from], &facts.claims[e.to]);
        let (Some(span), Some(from)) = (span_years(d), date_year(start)) else {
            continue;
        };
        let end = e.part.map(|p| &facts.claims[p]);
        let to = end.and_then(date_year).unwrap_or(now);
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
                "\"{}\" does not fit \"{}\": that is {elapsed} years {until}",
                d.text, start.text
            ),
            "Recount the years from the start date, or check the start date.",
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

fn check(facts: &Facts, ctx: &CheckContext) -> Vec<Finding> {
    let Some(published) = ctx.published else {
        return Vec::new();
    };
    let now = i64::from(published.year());
    let mut out = Vec::new();
    check_edges(facts, now, &mut out);
    if !LEGACY {
        return out;
    }
    // Start years: "founded in 2004" (with the noun of what was founded), "born in 1985".
    let mut starts: Vec<(&Claim, i16, Vec<String>, bool)> = Vec::new();
    for c in facts.claims.iter().filter(|c| c.kind == Kind::Date) {
        let Some(y) = year_of(c) else { continue };
        let before = facts.words_before(c.span.start, 5);
        let founding = before.iter().any(|w| FOUNDING.contains(&&*w.lower));
        let born = before.iter().any(|w| w.lower == "born");
        if founding || born {
            let nouns = facts
                .sentence_of(c.span.start, c.span.end)
                .iter()
                .map(|w| w.lower.to_string())
                .collect();
            starts.push((c, y, nouns, born));
        }
    }
    // Title years listed for a wait: "champions in 1962, 1979, 1994 and 2008".
    let listed_wins: Vec<(&Claim, i16)> = facts
        .claims
        .iter()
        .filter(|c| c.kind == Kind::Date)
        .filter_map(|c| {
            let s = facts.sentence_of(c.span.start, c.span.end);
            let title = s.iter().any(|w| matches!(&*w.lower, "champions" | "title" | "titles" | "won" | "winners" | "cup"));
            // Bare years only: "in November 2023" dates a hiring, not a title.
            let bare_year = matches!(&c.value, Value::Date(d) if matches!(d.nominal, claimcheck_claims::DateNominal::Year(_)));
            Some((c, year_of(c)?)).filter(|_| title && bare_year)
        })
        .collect();
    for d in facts.claims.iter().filter(|c| c.kind == Kind::Duration) {
        let Some(span) = years(d) else { continue };
        let after = facts.words_after(d.span.end, 2);
        let next = after.first().map(|w| &*w.lower).unwrap_or("");
        let next2 = after.get(1).map(|w| &*w.lower).unwrap_or("");
        if d.metric.as_deref() == Some("age") {
            for (start, y, _, born) in &starts {
                if *born && start.sentence == d.sentence && !fits(&span, now - i64::from(*y)) {
                    out.push(finding(facts, d, start, now - i64::from(*y)));
                }
            }
            continue;
        }
        let wait = matches!(next, "wait" | "drought");
        // "has paid out … for more than 20 years": a present perfect span runs to now.
        let before = facts.words_before(d.span.start, 1);
        let perfect = before
            .first()
            .is_some_and(|w| w.lower == "for" || w.lower == "over")
            && facts
                .clause_of(d.span.start, d.span.end)
                .iter()
                .any(|w| matches!(&*w.lower, "has" | "have" | "had"));
        let ongoing = SPAN_NOUNS.contains(&next) || (next == "of" && !next2.is_empty()) || perfect;
        if !ongoing {
            continue;
        }
        if wait {
            // The wait began "since 1987" ("the first time since 1987"), or at the
            // latest of the wins listed together ("champions in 1962, 1979 and 2008").
            let since: Vec<&(&Claim, i16)> = listed_wins
                .iter()
                .filter(|(c, _)| {
                    facts
                        .words_before(c.span.start, 1)
                        .first()
                        .is_some_and(|w| w.lower == "since")
                })
                .collect();
            let listed: Vec<&(&Claim, i16)> = listed_wins
                .iter()
                .filter(|(c, _)| {
                    listed_wins
                        .iter()
                        .filter(|(o, _)| o.sentence == c.sentence)
                        .count()
                        >= 2
                })
                .collect();
            let pool = if since.is_empty() { listed } else { since };
            if let Some((start, y)) = pool
                .into_iter()
                .filter(|(_, y)| i64::from(*y) < now)
                .max_by_key(|(_, y)| *y)
            {
                if !fits(&span, now - i64::from(*y)) {
                    out.push(finding(facts, d, start, now - i64::from(*y)));
                }
            }
            continue;
        }
        // A history or "a decade of …": the body it belongs to must be the one founded.
        let owner = facts.sentence_of(d.span.start, d.span.end);
        let founded: Vec<_> = starts.iter().filter(|(_, _, _, born)| !born).collect();
        if founded.len() != 1 {
            continue;
        }
        let (start, y, nouns, _) = founded[0];
        let shared = owner.iter().any(|w| {
            w.lower.len() > 3
                && w.lower
                    .trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .chars()
                    .all(char::is_alphabetic)
                && nouns.iter().any(|n| {
                    n.trim_end_matches("'s").trim_end_matches("’s")
                        == w.lower.trim_end_matches("'s").trim_end_matches("’s")
                })
                && is_body_noun(w.lower.trim_end_matches("'s").trim_end_matches("’s"))
        });
        if shared && !fits(&span, now - i64::from(*y)) {
            out.push(finding(facts, d, start, now - i64::from(*y)));
        }
    }
    out
}

/// Nouns that name a body whose history can be counted.
fn is_body_noun(w: &str) -> bool {
    matches!(
        w,
        "union"
            | "fund"
            | "scheme"
            | "service"
            | "charity"
            | "newspaper"
            | "station"
            | "ministry"
            | "coalition"
            | "alliance"
            | "bloc"
            | "club"
            | "company"
            | "party"
            | "group"
            | "organisation"
            | "organization"
            | "agency"
            | "council"
            | "festival"
            | "league"
            | "bank"
            | "firm"
            | "university"
            | "school"
            | "museum"
            | "hospital"
            | "mission"
            | "treaty"
            | "federation"
            | "association"
            | "band"
            | "network"
            | "institute"
            | "court"
            | "republic"
            | "programme"
            | "program"
            | "campaign"
            | "airline"
    )
}

fn finding(facts: &Facts, d: &Claim, start: &Claim, elapsed: i64) -> Finding {
    RULE.finding(
        format!(
            "\"{}\" does not fit \"{}\": that is {elapsed} years to the publication date",
            d.text, start.text
        ),
        "Recount the years from the start date, or check the start date.",
        vec![
            label(facts, d, "this span"),
            label(facts, start, "starts here"),
        ],
    )
}
