//! CC508 quote-unsourced: a quotation in the draft found in no source.

use super::{Ctx, Rule};
use crate::quote::QuoteCheck;
use claimcheck_claims::{Finding, Label, Severity};

pub const RULE: Rule = Rule {
    code: "CC508",
    name: "quote-unsourced",
    severity: Severity::Note,
    summary: "a quotation that no source contains",
    doc: r#"
What it checks: each quotation of four words or more in the draft for which no
source has a passage sharing at least 60% of its words in order.

Why it matters: the quote may come from the reporter's own interview, which is
fine, or from memory, which is not. It is a note: an editor checks it against
the notebook.

Source: "Traders on the high street said footfall had fallen by a third since
the bridge closed."

Example: "“Now nobody comes this way,” said a shopkeeper."

Corrected: "Traders said footfall had fallen by a third since the bridge
closed." (or nothing to change, if the reporter's notes have the quote)
"#,
};

pub fn finding(ctx: &Ctx, q: &QuoteCheck) -> Option<Finding> {
    if q.found.is_some() {
        return None;
    }
    let draft = &ctx.corpus.docs[0].doc;
    Some(RULE.finding(
        "no source has this quotation".to_string(),
        "Check the quotation against the reporter's notes or recording.".to_string(),
        vec![Label {
            path: draft.path.clone(),
            span: q.quote,
            message: "in no source".to_string(),
        }],
    ))
}
