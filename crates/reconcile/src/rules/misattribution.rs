//! CC504 misattribution: the draft credits a figure to one source, and the
//! sources give it to another (and not to the one credited).

use super::{Ctx, Rule};
use crate::judge::Judgement;
use claimcheck_claims::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "CC504",
    name: "misattribution",
    severity: Severity::Error,
    summary: "a figure is credited to a source that does not give it; another source does",
    doc: r#"
What it checks: a figure the draft credits to X ("according to the labour
ministry"), found in the sources as given by Y, when X does not give it: X's
own figure for the quantity is another one, X's statement is among the
sources and has no such figure, or (with no material of X among the sources)
a report names another body as the figure's giver ("The federation estimates
… 41 million crowns" for "The ministry has estimated …"). Figures of one
sentence credited to the same source are reported together.

Why it matters: who says a number is part of the news. Crediting a union's
complaint count to the ministry, or one side's casualty estimate to the other,
misleads the reader about who claims what.

Source (garment-workers-federation.md): "The federation has filed 46
complaints with the labour ministry over unpaid wages, its head Nadia Karim
said on Monday."

Source (labour-ministry.md): "Inspectors will visit the garment factories this
month, the ministry said. The ministry did not say how many complaints it had
received."

Example: "According to the labour ministry, 46 complaints over unpaid wages
have been filed."

Corrected: "According to the garment workers' federation, 46 complaints over
unpaid wages have been filed with the labour ministry."
"#,
};

/// One finding for the figures of one sentence credited to one source.
pub fn finding(ctx: &Ctx, group: &[&Judgement]) -> Finding {
    let first = group[0];
    let credited = ctx
        .fig(first.figure)
        .credited
        .as_ref()
        .map_or("the credited source".to_string(), |n| n.written.clone());
    let figures: Vec<String> = group
        .iter()
        .map(|j| format!("\"{}\"", ctx.text(j.figure)))
        .collect();
    let mut labels: Vec<_> = group
        .iter()
        .map(|j| ctx.label(j.figure, format!("credited to {credited}")))
        .collect();
    labels.extend(ctx.credit_label(first.figure));
    let mut given_by: Vec<usize> = Vec::new();
    for j in group {
        labels.extend(ctx.source_labels(&j.with, "the figure"));
        labels.extend(ctx.source_labels(&j.credited_figures, &format!("{credited}'s own figure")));
        given_by.extend(&j.with);
    }
    if let Some(doc) = first.credited_doc {
        labels.push(ctx.doc_label(doc, format!("{credited}'s own material: no such figure")));
    }
    let givers: Vec<String> = {
        let mut g: Vec<String> = given_by
            .iter()
            .map(|&i| {
                let f = ctx.fig(i);
                f.credited.as_ref().or(f.givers.first()).map_or_else(
                    || ctx.corpus.path(f).to_string(),
                    |n| n.display().to_string(),
                )
            })
            .collect();
        // "DR AMARA QUIST" (a transcript's label) and "Dr Amara Quist" are
        // one giver, shown as the story would write the name.
        g.sort_by_key(|n| (n.to_lowercase(), !n.chars().any(char::is_lowercase)));
        g.dedup_by(|a, b| a.to_lowercase() == b.to_lowercase());
        g
    };
    RULE.finding(
        format!(
            "{} credited to {credited}, but the sources give {} to {}",
            figures.join(", "),
            if group.len() == 1 { "it" } else { "them" },
            givers.join(" and ")
        ),
        format!(
            "Credit the figure to {}, or find where {credited} gives it.",
            givers.join(" and ")
        ),
        labels,
    )
}
