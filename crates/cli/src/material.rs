//! The material a draft was written from: `--source` documents (prose) and
//! `--reference` files (structured facts), read and turned into what the
//! reconciler needs. An empty source is a warning, not a failure; a source or
//! reference that cannot be read or parsed stops the run (exit 2) naming it.

use crate::input;
use claimcheck_claims::{Claim, Document, Span};
use claimcheck_extract::Extractor;
use claimcheck_reconcile::{
    describe_value, Outcome, Place, Reconciler, Reconciliation, References, SourceRegistry,
};
use claimcheck_report::{Figure, Reconciled, ReconciledMetric, ReconciledQuote, ReconciledRow};
use jiff::civil::Date;
use miette::{miette, Result};
use std::path::PathBuf;

/// Sources as documents, and the references.
#[derive(Clone)]
pub struct Material {
    pub sources: Vec<Document>,
    pub references: References,
}

impl Material {
    pub fn read(sources: &[PathBuf], references: &[PathBuf]) -> Result<Material> {
        let mut docs = Vec::new();
        for path in sources {
            let name = path.display().to_string();
            let bytes =
                std::fs::read(path).map_err(|e| miette!("cannot read source {name}: {e}"))?;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                eprintln!("claimcheck: warning: source {name} is empty; nothing in it to check the draft against");
                continue;
            }
            docs.push(input::read_document(path).map_err(|e| miette!("source: {e}"))?);
        }
        let mut refs = References::new();
        for path in references {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path)
                .map_err(|e| miette!("cannot read reference {name}: {e}"))?;
            refs.add(&name, &text)?;
        }
        Ok(Material {
            sources: docs,
            references: refs,
        })
    }

    /// A reconciler with the built-in source registry, extended by the config's
    /// registry files, and the references.
    pub fn reconciler(&self, registries: &[PathBuf]) -> Result<Reconciler> {
        let mut registry = SourceRegistry::builtin()?;
        for path in registries {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path)
                .map_err(|e| miette!("cannot read source registry {name}: {e}"))?;
            registry.extend(&name, &text)?;
        }
        Ok(Reconciler::new(registry).with_references(self.references.clone()))
    }

    /// Refuses references whose metric no loaded pack defines.
    pub fn check_reference_metrics<'m>(
        &self,
        metrics: impl IntoIterator<Item = &'m claimcheck_claims::MetricDef>,
    ) -> Result<()> {
        let known: Vec<&str> = metrics.into_iter().map(|m| m.name.as_str()).collect();
        self.references
            .check_metrics(&known, |metric| {
                claimcheck_rules::similar_codes(metric, known.iter().copied())
            })
            .map_err(miette::Report::new)
    }

    /// This material with an article's own sources (a JSON Lines record's)
    /// in front; itself when there are none.
    pub fn with_sources(&self, own: &[Document]) -> std::borrow::Cow<'_, Material> {
        if own.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut sources = own.to_vec();
        sources.extend(self.sources.iter().cloned());
        std::borrow::Cow::Owned(Material {
            sources,
            references: self.references.clone(),
        })
    }

    /// Nothing to reconcile against.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty() && self.references.is_empty()
    }

    /// The documents labels may point into: the sources and the reference files.
    pub fn documents(&self) -> Vec<Document> {
        let mut out = self.sources.clone();
        out.extend(self.references.documents.iter().cloned());
        out
    }

    /// Reconcile a draft (and its claims) with these sources, whose claims are
    /// extracted as the draft's were.
    pub fn reconcile(
        &self,
        draft: &Document,
        claims: &[Claim],
        extractor: &Extractor,
        published: Option<Date>,
        registries: &[PathBuf],
    ) -> Result<Outcome> {
        let source_claims: Vec<Vec<Claim>> = self
            .sources
            .iter()
            .map(|d| extractor.extract(d, published))
            .collect();
        let sources: Vec<claimcheck_reconcile::Material> = self
            .sources
            .iter()
            .zip(&source_claims)
            .map(|(d, c)| claimcheck_reconcile::Material::new(d, c))
            .collect();
        Ok(self
            .reconciler(registries)?
            .reconcile(claimcheck_reconcile::Material::new(draft, claims), &sources))
    }
}

/// The reconciliation as the HTML report shows it. The quotations' text is
/// read from the draft, where they stand.
pub fn reconciled(view: &Reconciliation, draft: &Document) -> Reconciled {
    let span = |p: &Place| Span {
        start: p.offset,
        end: p.offset + p.length,
    };
    let metrics = view
        .metrics
        .iter()
        .map(|m| ReconciledMetric {
            metric: m.metric.clone(),
            rows: m
                .rows
                .iter()
                .map(|row| ReconciledRow {
                    draft: Figure {
                        path: row.draft.place.path.clone(),
                        span: span(&row.draft.place),
                        value: describe_value(&row.draft.value),
                        source: row.draft.source.clone(),
                        relation: None,
                    },
                    verdict: row.verdict.as_str().to_string(),
                    material: row
                        .sources
                        .iter()
                        .map(|f| Figure {
                            path: f.place.path.clone(),
                            span: span(&f.place),
                            value: describe_value(&f.value),
                            source: Some(f.source.clone()),
                            relation: Some(f.relation.as_str().to_string()),
                        })
                        .chain(row.references.iter().map(|r| Figure {
                            path: r.place.path.clone(),
                            span: span(&r.place),
                            value: describe_value(&r.value),
                            source: r.source.clone().or_else(|| r.id.clone()),
                            relation: Some(r.relation.as_str().to_string()),
                        }))
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let quotations = view
        .quotations
        .iter()
        .map(|q| ReconciledQuote {
            path: q.quotation.path.clone(),
            span: span(&q.quotation),
            text: draft
                .text
                .get(q.quotation.offset..q.quotation.offset + q.quotation.length)
                .unwrap_or(&q.quotation.text)
                .to_string(),
            verdict: format!("{:?}", q.verdict).to_lowercase(),
            passage: q.passage.as_ref().map(|p| (p.path.clone(), span(p))),
            diff: q.diff.clone(),
        })
        .collect();
    Reconciled {
        metrics,
        quotations,
    }
}
