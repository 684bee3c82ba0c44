//! CC506 not-in-cited-source: the draft credits a figure to a source whose own
//! material is among the sources, and that material has no such figure.

use super::{Ctx, Rule};
use crate::judge::Judgement;
use claimcheck_claims::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "CC506",
    name: "not-in-cited-source",
    severity: Severity::Warning,
    summary: "a figure credited to a source whose own material, given, has no such figure",
    doc: r#"
What it checks: a figure the draft credits to X ("the fire service estimated
…") when X's own material is among the sources (a document that is X's, by its
title or file name, or X's turns in a transcript) and nothing in it, nor in
what other sources quote X as saying, is consistent with the figure. A figure
worked out from two of one source's figures (a span between two of its dates or
years, a rise or a share of one sum against another) counts as that source's.

Why it matters: the draft puts a number in the mouth of a source whose words
are at hand and do not contain it. Either the material is incomplete or the
figure is not X's.

Source (fire-service.md): "Crews brought the blaze under control after four
hours, the fire service said. It will not comment on the value of the damage."

Example: "The fire service estimated the damage at $3.5 million."

Corrected: "The fire service said crews brought the blaze under control after four
hours." (or the estimate credited to whoever gave it)
"#,
};

pub fn finding(ctx: &Ctx, j: &Judgement) -> Finding {
    let draft = ctx.text(j.figure);
    let credited = ctx
        .fig(j.figure)
        .credited
        .as_ref()
        .map_or("the credited source".to_string(), |n| n.written.clone());
    let mut labels = vec![ctx.label(j.figure, format!("credited to {credited}"))];
    labels.extend(ctx.credit_label(j.figure));
    if let Some(doc) = j.credited_doc {
        labels.push(ctx.doc_label(doc, format!("{credited}'s own material")));
    }
    let doc_name = j
        .credited_doc
        .map_or_else(String::new, |d| format!(" ({})", ctx.doc_name(d)));
    RULE.finding(
        format!(
            "\"{draft}\" is credited to {credited}, whose material{doc_name} has no such figure"
        ),
        format!("Check the figure against {credited}'s material, or credit it to its real source."),
        labels,
    )
}
