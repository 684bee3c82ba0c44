//! What the checks read: the claims with their frames and the relation edges
//! between them, claims grouped by metric, and the scope test that keeps
//! figures about different events apart. Nothing here reads the document's
//! text: the document is kept only to label findings.
//!
//! Two claims share a quantity when they have the same metric and no context
//! mark separates them. The marks come from each claim's frame: words of
//! another event, place or time in its paragraph ("another", "previous",
//! "last"), and the years written in its sentence. When in doubt, the claims
//! are kept apart: a missed contradiction costs less trust than a false one.

use claimcheck_claims::{Claim, ClaimGraph, Document, Edge, EdgeKind, Unreadable};
use std::collections::BTreeMap;

/// Claims of one document by metric, in text order.
pub struct Facts<'c> {
    /// Cue word → metric, for partitives such as "of the survivors".
    pub cue_metrics: &'c BTreeMap<String, String>,
    pub doc: &'c Document,
    pub by_metric: BTreeMap<&'c str, Vec<&'c Claim>>,
    pub claims: &'c [Claim],
    /// Relation edges between the claims (indices into `claims`).
    pub edges: &'c [Edge],
    /// Figures the extractor could not read ("200,0000").
    pub unreadable: &'c [Unreadable],
}

/// The most sentences apart two figures may stand and still be compared.
pub const SCOPE_SENTENCES: usize = 150;

impl<'c> Facts<'c> {
    pub fn new(
        doc: &'c Document,
        graph: &'c ClaimGraph,
        cue_metrics: &'c BTreeMap<String, String>,
    ) -> Self {
        let claims = &graph.claims[..];
        let mut by_metric: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
        // An ordinal of those who did an act ("the fourth member … to give up
        // coal") is no place in the group a metric counts.
        for c in claims.iter().filter(|c| c.frame.act.is_none()) {
            if let Some(m) = &c.metric {
                by_metric.entry(m.as_str()).or_default().push(c);
            }
        }
        Facts {
            cue_metrics,
            doc,
            by_metric,
            claims,
            edges: &graph.edges,
            unreadable: &graph.unreadable,
        }
    }

    /// The edges of one kind, in the order extraction found them.
    pub fn edges_of(&self, kind: EdgeKind) -> impl Iterator<Item = &'c Edge> {
        self.edges.iter().filter(move |e| e.kind == kind)
    }

    /// The class of the noun a figure counts, from its frame: "homes" → home,
    /// "employees" → worker; none for a generic noun ("people", "cases").
    pub fn counted_noun(&self, c: &Claim) -> Option<String> {
        c.frame
            .head
            .as_ref()
            .filter(|h| !h.generic)
            .map(|h| h.class.to_string())
    }

    /// The count metric a single cue word names ("survivors" → rescued).
    pub fn metric_of_word(&self, word: &str) -> Option<&'c str> {
        self.cue_metrics.get(word).map(String::as_str)
    }

    pub fn metric(&self, name: &str) -> &[&'c Claim] {
        self.by_metric.get(name).map_or(&[], Vec::as_slice)
    }

    /// May these two claims be about the same quantity?
    pub fn comparable(&self, a: &Claim, b: &Claim) -> bool {
        if milestone_against_count(a, b) || milestone_against_count(b, a) {
            return false;
        }
        if a.sentence == b.sentence {
            return true;
        }
        // Figures far apart are about different things in any article; the bound also
        // keeps a huge input linear rather than quadratic.
        if a.sentence.abs_diff(b.sentence) > SCOPE_SENTENCES {
            return false;
        }
        // Context marks come from the frames: words of another event in the
        // paragraph, and the years written in the sentence.
        let (sa, sb) = (&a.frame.context, &b.frame.context);
        if a.frame.marks_another_event() || b.frame.marks_another_event() {
            return false;
        }
        // Written years in both sentences must agree to put them in one event.
        let years = |s: &[String]| -> Vec<String> {
            s.iter()
                .filter(|m| m.starts_with("year:"))
                .cloned()
                .collect()
        };
        let (da, db) = (years(sa), years(sb));
        da.is_empty() || db.is_empty() || da.iter().any(|d| db.contains(d))
    }
}

/// "The 3,000th member … was handed a book token on 18 January" beside "has
/// signed up 3,412 new members": a round ordinal of a hundred or more marks
/// a milestone a growing count passed on its way, not the newest of a body
/// whose size is told.
fn milestone_against_count(ordinal: &Claim, count: &Claim) -> bool {
    use claimcheck_claims::{Kind, Value};
    let Value::Number(i) = &ordinal.value else {
        return false;
    };
    let hundred = rust_decimal::Decimal::ONE_HUNDRED;
    ordinal.kind == Kind::Ordinal
        && count.kind == Kind::Count
        && i.nominal >= hundred
        && (i.nominal % hundred).is_zero()
}
