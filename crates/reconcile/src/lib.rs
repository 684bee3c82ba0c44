//! Reconciliation: a draft checked against the material it was written from.
//!
//! The caller extracts claims from the draft and from each source document and
//! hands them over as [`Material`]; a [`Reconciler`] (the source registry plus
//! any reference facts) aligns the draft's figures with the sources' and returns
//! an [`Outcome`]: findings of the rules CC501–CC509 ([`RULES`], [`metas`]) and
//! the [`Reconciliation`] view, per metric, with a verdict for each figure.
//!
//! ```no_run
//! # use claimcheck_claims::{Claim, Document};
//! # fn claims(_: &Document) -> Vec<Claim> { Vec::new() }
//! use claimcheck_reconcile::{Material, Reconciler, References};
//! let draft = Document::new("draft.md", "…");
//! let source = Document::new("statement.md", "…");
//! let (dc, sc) = (claims(&draft), claims(&source));
//! let refs = References::parse("facts.toml", "[[record]]\nmetric = \"killed\"\nvalue = 9\n")?;
//! let reconciler = Reconciler::builtin()?.with_references(refs);
//! let outcome = reconciler.reconcile(Material::new(&draft, &dc), &[Material::new(&source, &sc)]);
//! println!("{}", outcome.view.render_human());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Sources and who gives a figure
//!
//! A source figure is given by the source its text credits ("…, the coast
//! guard said"), by the speaker of the transcript turn it stands in ("DAREL:
//! …"), and by the document itself: a document given as a source is the source
//! of what it states without attribution. Its name is its title line (a
//! markdown heading, or a short first line without a full stop), else its
//! file stem. Names are compared through the [`SourceRegistry`]
//! (`rules/sources.toml`, extendable with [`SourceRegistry::extend`]): case and
//! a leading "the" are ignored; a name containing an alias is that source;
//! unknown names are the same source when the words of one are all among the
//! words of the other. See `rules/sources.toml` for the exact rules.
//!
//! # Alignment
//!
//! A draft figure is compared with a source figure only when both are of the
//! same kind (and currency), both or neither are a part ("six of them", "16 of
//! its 36"), and their metrics agree, or one has none, or both count the same
//! specific noun. The context words around each figure, weighted by closeness
//! and rarity (IDF over the sentences of all the documents), say how alike the
//! two sentences are. Two tiers come of it:
//!
//! - a loose match is enough to treat a draft figure as sourced: no finding;
//! - a finding needs a strong one: close context sharing at least two words; a
//!   source document about the same story as the draft (their word profiles
//!   alike); no scope marker between the sentences (scope words such as "last"
//!   or "average" in the clause, written years, names in both sentences with
//!   none in common); the source figure the best match in its document, clearly
//!   ahead of any other number there; and the draft figure the best match for it.
//!
//! No match is better than a wrong one. When the draft credits a source that
//! gives the quantity, the draft is held to that source's figures; otherwise to
//! all sources' figures. How figures compare (agree, hedge dropped, false
//! precision, conflict) is decided on their intervals: see [`Relation`].
//!
//! # Reference files
//!
//! A reference file holds facts a newsroom trusts, as TOML `[[record]]` tables
//! or as JSON `{"schema": "claimcheck/reference@1", "records": [...]}`; the JSON
//! schema is `schema/reference.schema.json` ([`REFERENCE_JSON_SCHEMA`]). Fields
//! of a record:
//!
//! | field | required | meaning |
//! | --- | --- | --- |
//! | `metric` | yes | the metric as the rule packs name it: `escaped`, `killed`, `cost` |
//! | `value` | unless `range`/`vague` | the nominal figure: a number (`45` for 45%), or a string: a decimal (`"48.6"`), a date (`YYYY-MM`, `YYYY-MM-DD`), a duration (`P10Y`) |
//! | `bound` | no | `exact` (default), `approx`, `at-least`, `at-most`, `range`, `vague` |
//! | `low`, `high` | for `range`; `low` for `vague` | the ends |
//! | `strict` | no | for `at-least`/`at-most`: the value itself is excluded ("more than") |
//! | `tolerance` | no | for `approx`: fraction either side, default 0.1 |
//! | `kind` | no | `count`, `ordinal`, `percent`, `money`, `date`, `duration`; by default a value written `YYYY-MM[-DD]` is a date, `P…` a duration, else a count (write `kind = "date"` for a bare year) |
//! | `unit` | money only | the currency: `USD`, `EUR`, or the currency word |
//! | `subject` | no | what the figure is about; a draft figure is compared only where at least half these words occur in its paragraph or the headline |
//! | `date` | no | when the figure holds (`YYYY[-MM[-DD]]`); skipped where the figure's sentence names other years |
//! | `source` | no | who gives it; a draft figure credited to someone else is not compared |
//! | `id`, `note` | no | a name shown in findings; free text |
//!
//! ```toml
//! schema = "claimcheck/reference@1"
//!
//! [[record]]
//! id = "shaddadi-escaped"
//! metric = "escaped"
//! subject = "Al-Shaddadi prison"
//! value = 120
//! bound = "approx"
//! date = "2026-01-20"
//! source = "Syrian government"
//! ```
//!
//! A file that breaks the format is a [`ReferenceError`], a miette diagnostic
//! whose label points at the bad record (at the offending field when it can).

mod align;
mod compare;
mod judge;
mod profile;
mod quote;
mod reference;
mod registry;
pub mod rules;
mod text;
mod view;

pub use compare::Relation;
pub use judge::Verdict;
pub use reference::{
    Record, ReferenceError, References, DEFAULT_TOLERANCE, REFERENCE_JSON_SCHEMA, REFERENCE_SCHEMA,
};
pub use registry::{
    Entry, Lexicon, RegistryError, ScopedRegistry, SourceName, SourceRegistry, BUILTIN_SOURCES,
};
pub use rules::{metas, Rule, RULES};
pub use view::{
    describe_value, DraftFigure, MetricRows, Place, QuoteRow, QuoteVerdict, Reconciliation,
    ReferenceFigure, Row, SourceDoc, SourceFigure, RECONCILE_SCHEMA,
};

use claimcheck_claims::{Claim, Document, Finding};
use judge::Judge;
use profile::Corpus;
use rules::Ctx;

/// A document and the claims extracted from it.
#[derive(Clone, Copy, Debug)]
pub struct Material<'a> {
    pub doc: &'a Document,
    pub claims: &'a [Claim],
}

impl<'a> Material<'a> {
    pub fn new(doc: &'a Document, claims: &'a [Claim]) -> Self {
        Material { doc, claims }
    }
}

/// What a reconciliation yields: findings, sorted, and the view.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    pub view: Reconciliation,
}

/// The source registry and the reference facts, ready to reconcile drafts.
#[derive(Clone, Debug, Default)]
pub struct Reconciler {
    registry: SourceRegistry,
    references: References,
}

impl Reconciler {
    pub fn new(registry: SourceRegistry) -> Self {
        Reconciler {
            registry,
            references: References::default(),
        }
    }

    /// A reconciler with the embedded registry and no references.
    #[allow(clippy::result_large_err)] // the error carries the registry text for miette
    pub fn builtin() -> Result<Self, RegistryError> {
        Ok(Reconciler::new(SourceRegistry::builtin()?))
    }

    pub fn with_references(mut self, references: References) -> Self {
        self.references = references;
        self
    }

    pub fn registry(&self) -> &SourceRegistry {
        &self.registry
    }

    pub fn references(&self) -> &References {
        &self.references
    }

    /// Every draft figure's candidates with their scores, one per line: a tuning aid.
    #[doc(hidden)]
    pub fn explain_alignment(&self, draft: Material<'_>, sources: &[Material<'_>]) -> String {
        let texts: Vec<&str> = std::iter::once(draft.doc.text.as_str())
            .chain(sources.iter().map(|m| m.doc.text.as_str()))
            .collect();
        let reg = self.registry.scoped(&texts);
        let corpus = Corpus::build(&draft, sources, &reg);
        let alignment = align::align(&corpus, reg.lexicon());
        let mut out = String::new();
        for (i, r) in corpus.relatedness.iter().enumerate() {
            out.push_str(&format!("relatedness {} {r:.3}\n", corpus.docs[i].doc.path));
        }
        for (di, cands) in &alignment.candidates {
            let d = &corpus.figures[*di];
            out.push_str(&format!(
                "{:?} metric={:?} noun={:?} role={:?} credited={:?}\n",
                corpus.claim(d).text,
                d.metric,
                d.noun,
                d.role,
                d.credited.as_ref().map(|n| n.display().to_string())
            ));
            let mut cs: Vec<&align::Candidate> = cands.iter().collect();
            cs.sort_by(|a, b| b.score.total_cmp(&a.score));
            cs.truncate(6);
            for c in cs.iter().take(6) {
                let s = &corpus.figures[c.figure];
                out.push_str(&format!(
                    "    {:.3} {:?} {:?} {} {:?} metric={:?} noun={:?}{}{}\n",
                    c.score,
                    c.fit,
                    c.relation,
                    corpus.path(s),
                    corpus.claim(s).text,
                    s.metric,
                    s.noun,
                    if c.support { " support" } else { "" },
                    if c.strong { " STRONG" } else { "" },
                ));
            }
        }
        out
    }

    /// Check a draft against its sources and the references. With neither, there
    /// is nothing to reconcile: no findings, an empty view.
    pub fn reconcile(&self, draft: Material<'_>, sources: &[Material<'_>]) -> Outcome {
        let texts: Vec<&str> = std::iter::once(draft.doc.text.as_str())
            .chain(sources.iter().map(|m| m.doc.text.as_str()))
            .collect();
        let reg = self.registry.scoped(&texts);
        let corpus = Corpus::build(&draft, sources, &reg);
        let lex = reg.lexicon();
        let alignment = align::align(&corpus, lex);
        let judge = Judge {
            corpus: &corpus,
            reg: &reg,
            references: &self.references,
            source_days: Default::default(),
            source_clocks: Default::default(),
        };
        let active = !sources.is_empty() || !self.references.is_empty();
        let judgements: Vec<judge::Judgement> = if active {
            alignment
                .candidates
                .iter()
                .filter(|(di, _)| !corpus.figures[*di].in_quote)
                .map(|(di, cands)| judge.judge(*di, cands))
                .collect()
        } else {
            Vec::new()
        };
        let quotes = quote::check_quotes(&corpus, lex);
        let ctx = Ctx {
            corpus: &corpus,
            references: &self.references,
        };
        let mut findings = Vec::new();
        let mut misattributed: Vec<&judge::Judgement> = Vec::new();
        for j in &judgements {
            let from_sources = !sources.is_empty();
            match j.verdict {
                Verdict::Conflicts => findings.push(rules::source_mismatch::finding(&ctx, j)),
                Verdict::HedgeDropped => findings.push(rules::hedge_dropped::finding(&ctx, j)),
                Verdict::FalsePrecision => findings.push(rules::false_precision::finding(&ctx, j)),
                Verdict::Misattributed => misattributed.push(j),
                Verdict::Unsupported if from_sources => {
                    findings.push(rules::unsupported_figure::finding(&ctx, j));
                }
                Verdict::NotInCitedSource => {
                    findings.push(rules::not_in_cited_source::finding(&ctx, j));
                }
                _ => {}
            }
            findings.extend(rules::reference_conflict::finding(&ctx, j));
        }
        // Figures of one sentence credited to one source: one misattribution.
        let mut groups: Vec<Vec<&judge::Judgement>> = Vec::new();
        for j in misattributed {
            let f = &corpus.figures[j.figure];
            let key = |g: &judge::Judgement| {
                let gf = &corpus.figures[g.figure];
                (gf.sentence, gf.credited.as_ref().map(|n| n.written.clone()))
            };
            match groups
                .iter_mut()
                .find(|g| key(g[0]) == (f.sentence, f.credited.as_ref().map(|n| n.written.clone())))
            {
                Some(g) => g.push(j),
                None => groups.push(vec![j]),
            }
        }
        for g in &groups {
            findings.push(rules::misattribution::finding(&ctx, g));
        }
        for q in &quotes {
            findings.extend(rules::quote_altered::finding(&ctx, q));
            findings.extend(rules::quote_unsourced::finding(&ctx, q));
        }
        findings.sort_by_key(Finding::sort_key);
        findings.dedup();
        let view = view::Reconciliation::build(&corpus, &judgements, &quotes, &self.references);
        Outcome { findings, view }
    }
}
