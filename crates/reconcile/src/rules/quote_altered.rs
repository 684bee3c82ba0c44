//! CC507 quote-altered: a quotation in the draft differs from the source
//! passage it reproduces.

use super::{Ctx, Rule};
use crate::quote::QuoteCheck;
use claimcheck_claims::{Finding, Label, Severity};

pub const RULE: Rule = Rule {
    code: "CC507",
    name: "quote-altered",
    severity: Severity::Warning,
    summary: "a quotation differs from the source passage it reproduces",
    doc: r#"
What it checks: each quotation of four words or more in the draft against the
sources. The passage it reproduces is the one sharing most of its words in
order (at least 60% of them); any word added, dropped or changed is shown as a
word diff, `[-source words-]{+draft words+}`. Case, punctuation and apostrophe
style do not count; an ellipsis or a [bracketed insertion] marks a deliberate
cut.

Why it matters: words in quotation marks are a promise that the speaker said
exactly them. "Was ever in danger" and "is in imminent danger" are different
statements.

Source: "CAPTAIN: We told the operator twice, at six o'clock and again at half
past seven, that the forecast was too dangerous."

Example: "The captain said: “We told the operator three times that the
forecast was too dangerous.”"

Corrected: "The captain said: “We told the operator twice … that the forecast
was too dangerous.”"
"#,
};

pub fn finding(ctx: &Ctx, q: &QuoteCheck) -> Option<Finding> {
    let p = q.found.as_ref()?;
    if p.hunks.is_empty() {
        return None;
    }
    let draft = &ctx.corpus.docs[0].doc;
    let source = &ctx.corpus.docs[p.doc].doc;
    let mut labels: Vec<Label> = p
        .hunks
        .iter()
        .map(|h| Label {
            path: draft.path.clone(),
            span: h.draft,
            message: if h.source_text.is_empty() {
                "not in the source".to_string()
            } else {
                format!("the source has \"{}\"", h.source_text)
            },
        })
        .collect();
    labels.push(Label {
        path: source.path.clone(),
        span: p.span,
        message: "the passage quoted".to_string(),
    });
    labels.extend(
        p.hunks
            .iter()
            .filter(|h| !h.source_text.is_empty())
            .map(|h| Label {
                path: source.path.clone(),
                span: h.source,
                message: if h.draft_text.is_empty() {
                    "left out of the quotation".to_string()
                } else {
                    format!("quoted as \"{}\"", h.draft_text)
                },
            }),
    );
    let changes = p.hunks.len();
    Some(RULE.finding(
        format!(
            "the quotation differs from {} in {changes} place{}",
            ctx.doc_name(p.doc),
            if changes == 1 { "" } else { "s" }
        ),
        format!(
            "Quote the source's words exactly, or mark cuts with an ellipsis. Word diff (source → draft): {}",
            p.diff
        ),
        labels,
    ))
}
