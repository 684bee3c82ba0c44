//! Document mode: the spec's cases scored on what a user of `claimcheck
//! claims` gets. The cases that share a reference date become one document,
//! one paragraph each, extracted once with that date as the publication date;
//! each claim is then scored against the case whose paragraph holds it.
//!
//! Per-case mode (`evaluate` in main.rs) asks the extractor for every mention,
//! claims or not; this mode sees only claims, so figures the claims drop (a
//! year, a label, a number inside a sum) count as misses, and a figure that
//! joins across a paragraph break counts against both cases.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};

use claimcheck_claims::{Bound, Claim, Document, Kind, Value};
use claimcheck_extract::{Extractor, MentionKind};

use crate::score::{self, Found};
use crate::spec::{Case, SpecDef};
use crate::{panic_message, Outcome};

/// The paragraph break between two cases.
const BREAK: &str = "\n\n";

/// The spec kind a claim answers: a count with a range or a one-sided bound
/// is a number range ("more than 30", "between 7 and 9"), any other count a
/// number.
pub fn claim_kind(claim: &Claim) -> MentionKind {
    match claim.kind {
        Kind::Count => match claim.bound() {
            Bound::Range | Bound::AtLeast | Bound::AtMost => MentionKind::NumberRange,
            _ => MentionKind::Number,
        },
        Kind::Ordinal => MentionKind::Ordinal,
        Kind::Percent => MentionKind::Percent,
        Kind::Money => MentionKind::Money,
        Kind::Date => MentionKind::Date,
        Kind::Duration => MentionKind::Duration,
    }
}

/// One outcome per case, in the order of `cases`.
pub fn outcomes(
    extractor: &Extractor,
    def: &SpecDef,
    cases: &[Case],
) -> Result<Vec<Outcome>, String> {
    let mut by_date: BTreeMap<jiff::civil::Date, Vec<usize>> = BTreeMap::new();
    for (i, case) in cases.iter().enumerate() {
        by_date.entry(case.published()?).or_default().push(i);
    }
    let mut found: Vec<Vec<Found>> = vec![Vec::new(); cases.len()];
    let mut panics: Vec<Option<String>> = vec![None; cases.len()];
    for (published, members) in by_date {
        // Each case's byte offset in the document.
        let mut text = String::new();
        let mut starts = Vec::with_capacity(members.len());
        for &i in &members {
            if !text.is_empty() {
                text.push_str(BREAK);
            }
            starts.push(text.len());
            text.push_str(&cases[i].input);
        }
        let doc = Document::new("spec", text);
        let claims = panic::catch_unwind(AssertUnwindSafe(|| {
            extractor.extract(&doc, Some(published))
        }));
        let claims = match claims {
            Ok(claims) => claims,
            Err(p) => {
                let message = panic_message(p.as_ref());
                for &i in &members {
                    panics[i] = Some(message.clone());
                }
                continue;
            }
        };
        for claim in &claims {
            // The case whose paragraph the claim starts in.
            let k = starts.partition_point(|&s| s <= claim.span.start) - 1;
            let i = members[k];
            let input = &cases[i].input;
            let start = claim.span.start - starts[k];
            let end = (claim.span.end - starts[k]).min(input.len());
            let value = match &claim.value {
                Value::Number(v) => Some(v.nominal),
                _ => None,
            };
            found[i].push(Found::new(input, start, end, claim_kind(claim), value));
        }
    }
    Ok(cases
        .iter()
        .zip(found.into_iter().zip(panics))
        .map(|(case, (all, panic))| {
            let (found, others): (Vec<Found>, Vec<Found>) =
                all.into_iter().partition(|f| f.kind == def.kind);
            Outcome {
                passed: panic.is_none()
                    && score::passes(def.rule, &case.input, &case.expected, &found),
                found,
                others,
                panic,
            }
        })
        .collect())
}
