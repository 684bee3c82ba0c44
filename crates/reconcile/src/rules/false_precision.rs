//! CC503 false-precision: the source gives a vague or approximate figure
//! ("hundreds", "around 120") and the draft a precise one inside it ("123").

use super::{Ctx, Rule};
use crate::judge::Judgement;
use claimcheck_claims::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "CC503",
    name: "false-precision",
    severity: Severity::Warning,
    summary: "a precise figure where the source gives only a vague or approximate one",
    doc: r#"
What it checks: a bare figure in the draft that lies inside a source's vague,
approximate or bounded figure for the same quantity without being that
figure's own number: "123" for "around 120", "340" for "hundreds", "45" for
"up to 60".

Why it matters: the precision is invented. Readers take an exact number as
counted; the source only estimated.

Source: "Around 120 detainees escaped, the interior ministry said."

Example: "Exactly 123 detainees escaped, the interior ministry said."

Corrected: "Around 120 detainees escaped, the interior ministry said."
"#,
};

pub fn finding(ctx: &Ctx, j: &Judgement) -> Finding {
    let draft = ctx.text(j.figure);
    let mut labels = vec![ctx.label(j.figure, "more precise than the source".into())];
    labels.extend(ctx.credit_label(j.figure));
    labels.extend(ctx.source_labels(&j.with, "the source's figure"));
    let theirs = j.with.first().map_or("", |&i| ctx.text(i));
    RULE.finding(
        format!(
            "\"{draft}\" is more precise than the source: {}",
            ctx.list(&j.with)
        ),
        format!(
            "Use the source's wording (\"{theirs}\"), or name the source of the precise figure."
        ),
        labels,
    )
}
