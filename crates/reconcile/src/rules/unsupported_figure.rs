//! CC505 unsupported-figure: no source or reference has the draft's figure.

use super::{Ctx, Rule};
use crate::judge::Judgement;
use claimcheck_claims::{Finding, Severity};

pub const RULE: Rule = Rule {
    code: "CC505",
    name: "unsupported-figure",
    severity: Severity::Note,
    summary: "a figure that no source or reference gives",
    doc: r#"
What it checks: each figure of the draft against every figure of every source
and reference record of the same kind; the note is raised when none of them is
consistent with it. Dates are checked only where a year is written. A figure
worked out from two figures of one source is that source's: a span of days
between two of its dates, a span of years between two of its years, or a rise,
fall or share of one of its sums or counts against another of the same unit
("about 45% more" for 6.1 billion against 4.2 billion).

Why it matters: a figure with no source may be the reporter's own knowledge,
or it may have come from nowhere. It is a note by default because drafts carry
background figures their sources do not; raise its severity in claimcheck.toml
for copy that must be sourced line by line.

Source: "Firefighters brought the blaze under control after four hours, the fire
service said."

Example: "The fire service said the blaze was brought under control after four
hours. It estimated the damage at $3.5 million."

Corrected: "The fire service said the blaze was brought under control after four
hours." (or the estimate's source added to the material)
"#,
};

pub fn finding(ctx: &Ctx, j: &Judgement) -> Finding {
    let draft = ctx.text(j.figure);
    let mut labels = vec![ctx.label(j.figure, "in no source".into())];
    labels.extend(ctx.credit_label(j.figure));
    RULE.finding(
        format!("no source or reference gives \"{draft}\""),
        "Add the material the figure comes from, or check it.".to_string(),
        labels,
    )
}
