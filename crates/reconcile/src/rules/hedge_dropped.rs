//! CC502 hedge-dropped: the source hedges a figure ("about 80", "up to 60 may
//! have been") and the draft states it flatly.

use super::{Ctx, Rule};
use crate::judge::Judgement;
use claimcheck_claims::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "CC502",
    name: "hedge-dropped",
    severity: Severity::Warning,
    summary: "a figure the source hedges is stated as exact",
    doc: r#"
What it checks: a bare figure in the draft whose number a source gives with a
hedge: approximately, about, at least, up to, as many as, or a modal such as
"may have been", "possibly".

Why it matters: the hedge is part of the fact. "Up to 60 workers may have been
inside" is an estimate from someone who does not know; "Sixty workers were
inside" is a count. Dropping the hedge turns a source's uncertainty into the
paper's certainty.

Source: "The coast guard said the ferry was carrying approximately 140
passengers and crew."

Example: "The ferry was carrying 140 passengers and crew, the coast guard said."

Corrected: "The ferry was carrying about 140 passengers and crew, the coast guard
said."
"#,
};

pub fn finding(ctx: &Ctx, j: &Judgement) -> Finding {
    let draft = ctx.text(j.figure);
    let mut labels = vec![ctx.label(j.figure, "stated as exact".into())];
    labels.extend(ctx.credit_label(j.figure));
    labels.extend(ctx.source_labels(&j.with, "hedged in the source"));
    let theirs = j.with.first().map_or("", |&i| ctx.text(i));
    RULE.finding(
        format!(
            "\"{draft}\" drops the source's hedge: {}",
            ctx.list(&j.with)
        ),
        format!("Keep the source's wording: \"{theirs}\"."),
        labels,
    )
}
