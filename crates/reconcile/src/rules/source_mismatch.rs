//! CC501 source-mismatch: the draft's figure lies outside every source's figure
//! for the same quantity.

use super::{Ctx, Rule};
use crate::judge::Judgement;
use claimcheck_claims::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "CC501",
    name: "source-mismatch",
    severity: Severity::Error,
    summary: "a figure differs from every source's figure for the same quantity",
    doc: r#"
What it checks: each figure in the draft against the figures the sources give
for the same quantity (the same metric, or the same counted thing in a sentence
of the same content, with no other event, place or year between them). When
the draft credits a source that gives the quantity, it is held to that source's
figures; otherwise to all of them. The finding is raised when no value satisfies
both the draft's wording and any source's: "16" against "14", "more than 50
million" against "EUR 48.6 million".

Why it matters: a figure that no source gives was mistyped, misread or taken
from an earlier version of the story; a reader has no way to tell.

Source: "Corrosion was found on 14 of the 36 main hangers, the inspection
summary said."

Example: "Inspectors found corrosion on 16 of the bridge's 36 main suspension
hangers."

Corrected: "Inspectors found corrosion on 14 of the bridge's 36 main suspension
hangers."
"#,
};

pub fn finding(ctx: &Ctx, j: &Judgement) -> Finding {
    let draft = ctx.text(j.figure);
    let mut labels = vec![ctx.label(j.figure, "the draft's figure".into())];
    labels.extend(ctx.credit_label(j.figure));
    labels.extend(ctx.source_labels(&j.with, "the source's figure"));
    RULE.finding(
        format!(
            "\"{draft}\" differs from the sources' figure: {}",
            ctx.list(&j.with)
        ),
        "Use the figure the source gives, or credit the draft's figure to the source it comes from."
            .to_string(),
        labels,
    )
}
