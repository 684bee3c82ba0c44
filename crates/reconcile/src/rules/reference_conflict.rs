//! CC509 reference-conflict: a draft figure contradicts a reference record.

use super::{Ctx, Rule};
use crate::compare::Relation;
use crate::judge::Judgement;
use crate::view::describe_value;
use claimcheck_claims::{Finding, Label, Severity};

pub const RULE: Rule = Rule {
    code: "CC509",
    name: "reference-conflict",
    severity: Severity::Error,
    summary: "a figure contradicts a record of a reference file",
    doc: r#"
What it checks: each draft figure with a metric against the records of the
reference files for that metric, where the record's subject words occur in the
figure's paragraph or the headline, its date fits the years in the figure's
sentence, and its source (if any) is the one the draft credits. The finding is
raised when no value satisfies both the draft's wording and the record.

Why it matters: a reference file holds the figures a newsroom has verified; a
draft that contradicts one is wrong or needs to say why the figure changed.

Example: the reference file records `metric = "member_count"`, `value = 90`,
`subject = "coalition"`; the draft says "the 89-member coalition".

Corrected: "the 90-member coalition".
"#,
};

pub fn finding(ctx: &Ctx, j: &Judgement) -> Option<Finding> {
    let conflicts: Vec<usize> = j
        .references
        .iter()
        .filter(|(_, r)| *r == Relation::Conflict)
        .map(|(i, _)| *i)
        .collect();
    if conflicts.is_empty() || j.references.iter().any(|(_, r)| *r == Relation::Agree) {
        return None;
    }
    let draft = ctx.text(j.figure);
    let mut labels = vec![ctx.label(j.figure, "the draft's figure".into())];
    labels.extend(ctx.credit_label(j.figure));
    let mut described = Vec::new();
    for &r in &conflicts {
        let rec = ctx.record(r);
        let name = rec.id.clone().unwrap_or_else(|| rec.metric.clone());
        let value = describe_value(&rec.value);
        labels.push(Label {
            path: rec.path.clone(),
            span: rec.span,
            message: format!("record {name}: {value}"),
        });
        described.push(format!("{value} (record {name} in {})", rec.path));
    }
    Some(RULE.finding(
        format!("\"{draft}\" contradicts the reference: {}", described.join("; ")),
        "Use the reference figure, or say why this one differs (another date, place or source).".to_string(),
        labels,
    ))
}
