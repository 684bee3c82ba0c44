//! The reconciliation rules, CC501–CC509: one file per rule with its
//! documentation (What it checks / Why it matters / Example / Corrected) and the
//! wording of its findings; this table is their registry.

use crate::profile::{Corpus, Figure};
use crate::reference::{Record, References};
use claimcheck_claims::{Finding, Label, RuleMeta, Severity, Span};

pub mod false_precision;
pub mod hedge_dropped;
pub mod misattribution;
pub mod not_in_cited_source;
pub mod quote_altered;
pub mod quote_unsourced;
pub mod reference_conflict;
pub mod source_mismatch;
pub mod unsupported_figure;

/// A reconciliation rule: code, name, default severity and documentation.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub doc: &'static str,
}

impl Rule {
    pub fn meta(&self) -> RuleMeta {
        RuleMeta {
            code: self.code.to_string(),
            name: self.name.to_string(),
            default_severity: self.severity,
            summary: self.summary.to_string(),
            doc: self.doc.trim().to_string(),
            origin: "built-in".to_string(),
        }
    }

    /// A finding of this rule at its default severity.
    pub fn finding(&self, message: String, help: String, labels: Vec<Label>) -> Finding {
        Finding {
            code: self.code.to_string(),
            rule: self.name.to_string(),
            severity: self.severity,
            message,
            help: Some(help),
            labels,
        }
    }
}

/// Every reconciliation rule, in code order.
pub static RULES: &[Rule] = &[
    source_mismatch::RULE,
    hedge_dropped::RULE,
    false_precision::RULE,
    misattribution::RULE,
    unsupported_figure::RULE,
    not_in_cited_source::RULE,
    quote_altered::RULE,
    quote_unsourced::RULE,
    reference_conflict::RULE,
];

/// The metadata of every reconciliation rule, for listings and `explain`.
pub fn metas() -> Vec<RuleMeta> {
    RULES.iter().map(Rule::meta).collect()
}

/// What the finding builders need: the documents and figures, the references.
pub struct Ctx<'c, 'a> {
    pub corpus: &'c Corpus<'a>,
    pub references: &'c References,
}

impl Ctx<'_, '_> {
    pub fn fig(&self, i: usize) -> &Figure {
        &self.corpus.figures[i]
    }

    /// The figure's text as written.
    pub fn text(&self, i: usize) -> &str {
        &self.corpus.claim(self.fig(i)).text
    }

    pub fn label(&self, i: usize, message: String) -> Label {
        let f = self.fig(i);
        Label {
            path: self.corpus.path(f).to_string(),
            span: self.corpus.claim(f).span,
            message,
        }
    }

    /// The draft's attribution of a figure, as a label.
    pub fn credit_label(&self, i: usize) -> Option<Label> {
        let f = self.fig(i);
        let a = self.corpus.claim(f).source.as_ref()?;
        Some(Label {
            path: self.corpus.path(f).to_string(),
            span: a.span,
            message: "credited here".to_string(),
        })
    }

    /// A document's name as a source: its title or file stem, else its path.
    pub fn doc_name(&self, doc: usize) -> String {
        let p = &self.corpus.docs[doc];
        p.identity
            .as_ref()
            .map_or_else(|| p.doc.path.clone(), |n| n.written.clone())
    }

    /// A label on a document's title line, or its first characters.
    pub fn doc_label(&self, doc: usize, message: String) -> Label {
        let p = &self.corpus.docs[doc];
        let span = p.title.as_ref().map_or_else(
            || {
                let end = p.doc.text.find('\n').unwrap_or(p.doc.text.len());
                Span::new(0, end)
            },
            |(_, s)| *s,
        );
        Label {
            path: p.doc.path.clone(),
            span,
            message,
        }
    }

    /// Who gives a source figure: "Syrian authorities, in seed.txt".
    pub fn giver(&self, i: usize) -> String {
        let f = self.fig(i);
        let path = self.corpus.path(f);
        match &f.credited {
            Some(n) => format!("{}, in {path}", n.display()),
            None => match f.givers.first() {
                Some(n) => format!("{} ({path})", n.display()),
                None => path.to_string(),
            },
        }
    }

    /// "\"118\" (Lirran Coast Guard, in coastguard.md)" for each source figure.
    pub fn list(&self, figs: &[usize]) -> String {
        let mut items: Vec<String> = figs
            .iter()
            .map(|&i| format!("\"{}\" ({})", self.text(i), self.giver(i)))
            .collect();
        items.dedup();
        items.join("; ")
    }

    /// Labels on source figures, each saying who gives it.
    pub fn source_labels(&self, figs: &[usize], what: &str) -> Vec<Label> {
        figs.iter()
            .map(|&i| self.label(i, format!("{what}, per {}", self.giver(i))))
            .collect()
    }

    pub fn record(&self, r: usize) -> &Record {
        &self.references.records[r]
    }
}
