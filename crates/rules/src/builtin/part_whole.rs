//! CC003 part-exceeds-whole: a part larger than the whole it belongs to, over
//! the part-of edges extraction found (see `crates/extract/src/relate/part_of.rs`
//! for the wordings).

use super::Builtin;
use crate::eval::{describe, label, number};
use crate::expr::Cmp;
use crate::facts::Facts;
use crate::relation::{judge, Verdict};
use crate::CheckContext;
use claimcheck_claims::{Bound, EdgeKind, Finding, Label, Severity};
use std::collections::BTreeMap;

pub const RULE: Builtin = Builtin {
    code: "CC003",
    name: "part-exceeds-whole",
    severity: Severity::Error,
    summary:
        "A part (\"including 710 children\", \"23 of the survivors\") is larger than its whole.",
    doc: r#"
What it checks: a figure that counts part of another's group must not exceed
it. Parts are recognised by their wording, however far apart: "640 people,
including 710 children"; "24 of the city's 20 wards"; "Of the 243 schools, 250
were shut"; "21 men pulled out alive … Twenty-three of the survivors"; "a
combined 412,000 customers … 437,000 customers lost power in Ardel". Where
sources give the whole differently, the part is judged against each: larger
than every source's whole is an error, larger than some a warning. A part
that only the far end of the whole's "about" allows (more than 5% over the
round figure: "about 86,000 members" … "the fund's 91,500 retired members")
is a warning.

Why it matters: a subset larger than its set is impossible; one of the two
figures is wrong, often by a transposed digit.

Example: "The 32 buses carried 640 people, including 710 children."

Corrected: "The 32 buses carried 640 people, including 170 children."
"#,
    check,
};

fn check(facts: &Facts, _ctx: &CheckContext) -> Vec<Finding> {
    // The wholes of each part, with the cue of each relation.
    let mut wholes: BTreeMap<usize, Vec<(usize, claimcheck_claims::Span)>> = BTreeMap::new();
    for e in facts.edges_of(EdgeKind::PartOf) {
        wholes.entry(e.from).or_default().push((e.to, e.cue));
    }
    let mut out = Vec::new();
    for (p, ws) in wholes {
        let part = &facts.claims[p];
        let Some(pv) = number(part) else { continue };
        let verdicts: Vec<(usize, claimcheck_claims::Span, bool)> = ws
            .iter()
            .filter_map(|&(w, cue)| {
                let wv = number(&facts.claims[w])?;
                Some((w, cue, judge(pv, Cmp::Le, wv) == Verdict::Violated))
            })
            .collect();
        let violated: Vec<_> = verdicts.iter().filter(|v| v.2).collect();
        // "about 86,000 members" … "91,500 retired members": only the hedge's
        // far end lets the part fit; more than half the hedge over the round
        // figure is worth a look (a warning).
        // Likewise the other way round: "86.5 million crowns" … "Some 91
        // million crowns of that".
        let over_hedge = || {
            ws.iter().find(|&&(w, _)| {
                let whole = &facts.claims[w];
                let one_hedged = matches!(
                    (whole.bound(), part.bound()),
                    (Bound::Approx, Bound::Exact) | (Bound::Exact, Bound::Approx)
                );
                one_hedged
                    && number(whole).is_some_and(|wv| {
                        pv.nominal * rust_decimal::Decimal::from(100)
                            > wv.nominal * rust_decimal::Decimal::from(105)
                    })
            })
        };
        let (w, cue, hedged) = match violated.first() {
            Some(&&(w, cue, _)) => (w, cue, false),
            None => match over_hedge() {
                Some(&(w, cue)) => (w, cue, true),
                None => continue,
            },
        };
        let whole = &facts.claims[w];
        let mut labels = vec![
            label(facts, part, "the part"),
            label(facts, whole, "the whole"),
        ];
        if !whole.span.overlaps(&cue) && !part.span.overlaps(&cue) {
            labels.push(Label {
                path: facts.doc.path.clone(),
                span: cue,
                message: "relates them".into(),
            });
        }
        let mut f = RULE.finding(
            format!(
                "{} is given as part of {}, but is larger",
                describe(part),
                describe(whole)
            ),
            "A part cannot exceed its whole: check both figures.",
            labels,
        );
        if hedged {
            f.severity = Severity::Warning;
            f.message = format!(
                "{} is given as part of {}, and only the far end of the hedge allows it",
                describe(part),
                describe(whole)
            );
        } else if violated.len() < verdicts.len() {
            // Another source's whole allows it: a disagreement to look at.
            f.severity = Severity::Warning;
            let allowed = verdicts.iter().find(|v| !v.2).map(|v| &facts.claims[v.0]);
            if let Some(a) = allowed {
                f.message.push_str(&format!("; {} allows it", describe(a)));
                f.labels.push(label(facts, a, "a whole that allows it"));
            }
        }
        out.push(f);
    }
    out
}
