//! Checking one article, the same way for every caller: the CLI's `check`
//! (an article at a time, on every core) and the library's [`Checker`] (the
//! Python package). Both render through `claimcheck_report::Stream`, so a
//! document from the library is byte for byte what the CLI writes for that
//! article alone.

use crate::claims_out::{self, ClaimsView};
use crate::material::Material;
use crate::settings::{self, ConfigArgs, Overrides, Settings};
use claimcheck_claims::{ClaimGraph, Document, Finding};
use claimcheck_report::{Annotations, Format, HumanOptions, Stream};
use claimcheck_rules::{CheckContext, Suppressions};
use jiff::civil::Date;
use miette::Result;
use std::path::{Path, PathBuf};

/// The claims `check` sees in a document: the settings' packs, tolerance and
/// publication date, with suppression comments blanked (offsets kept), since
/// a figure in a suppression's reason is no claim.
pub fn claims_of(doc: &Document, s: &Settings, published: Option<Date>) -> ClaimGraph {
    let text = Suppressions::parse(doc).mask(doc);
    s.extractor.extract_graph(&text, published)
}

/// One draft's findings, its own and against its sources, after config and
/// suppressions; with what the HTML report and the language server show
/// besides them: the claims the checks saw and the reconciliation with the
/// material.
pub fn check_annotated(
    doc: &Document,
    path: &Path,
    s: &Settings,
    ov: &Overrides,
    material: &Material,
    published: Option<Date>,
) -> Result<(Vec<Finding>, Annotations)> {
    // The isolation test's way in: a debug build panics on a file whose
    // name holds this variable's value.
    #[cfg(debug_assertions)]
    if std::env::var("CLAIMCHECK_TEST_PANIC_ON")
        .is_ok_and(|v| !v.is_empty() && path.to_string_lossy().contains(&v))
    {
        panic!("test panic on {}", path.display());
    }
    let suppressions = Suppressions::parse(doc);
    let text = suppressions.mask(doc);
    let graph = s.extractor.extract_graph(&text, published);
    let ctx = CheckContext { published };
    let policy = s.policy(path, ov);
    let mut raw = s.rules.check(&text, &graph, &ctx);
    let mut reconciled = None;
    if !material.is_empty() {
        let outcome = material.reconcile(
            &text,
            &graph.claims,
            &s.extractor,
            published,
            &s.source_registries(),
        )?;
        raw.extend(outcome.findings);
        reconciled = Some(crate::material::reconciled(&outcome.view, doc));
    }
    let findings = policy.apply(raw);
    // The suppressions' own findings (CC901, CC902) obey select, ignore and severity too.
    let mut findings = policy.apply(suppressions.apply(doc, findings, &s.codes()));
    // Stable: findings at one spot keep the order the rules gave them.
    findings.sort_by_key(Finding::sort_key);
    let annotations = Annotations {
        claims: graph.claims,
        reconciled,
    };
    Ok((findings, annotations))
}

/// What a [`Checker`] is built with: the command line's flags as values.
#[derive(Clone, Debug, Default)]
pub struct CheckerOptions {
    /// A `claimcheck.toml` to use; none is looked for when this is `None`.
    pub config: Option<PathBuf>,
    /// Extra rule-pack folders, as `--rules`.
    pub rules: Vec<PathBuf>,
    /// The publication date when an article gives none, as `--published`
    /// (it wins over the config's).
    pub published: Option<Date>,
    /// Only these rules, as `--select`.
    pub select: Option<Vec<String>>,
    /// Not these rules, as `--ignore`.
    pub ignore: Vec<String>,
}

/// Rule packs, lexicons and config loaded once, then used for any number of
/// articles, from any number of threads (it holds nothing that changes).
pub struct Checker {
    settings: Settings,
    overrides: Overrides,
}

impl Checker {
    /// Loads the packs and the config; errors are those the CLI reports.
    pub fn new(options: CheckerOptions) -> Result<Checker> {
        let overrides = Overrides {
            config: ConfigArgs {
                no_config: options.config.is_none(),
                config: options.config,
            },
            rules: options.rules,
            published: options.published,
            select: options.select,
            ignore: options.ignore,
        };
        let settings = settings::for_current_dir(&overrides)?;
        Ok(Checker {
            settings,
            overrides,
        })
    }

    /// An article from its text, refused as the CLI refuses a file (empty,
    /// NUL bytes, larger than the CLI reads); `path` names it in findings
    /// and picks the config's per-path entries.
    pub fn document(&self, path: &str, text: String) -> Result<Document> {
        let max = crate::input::MAX_BYTES;
        if text.len() as u64 > max {
            return Err(miette::miette!(
                "{path} is {} bytes; claimcheck reads articles up to {max} bytes",
                text.len()
            ));
        }
        crate::input::document_from_bytes(path, text.into_bytes())
    }

    /// The publication date for an article: its own, else the options', else
    /// the config's.
    fn published(&self, own: Option<Date>) -> Option<Date> {
        own.or(self.settings.published)
    }

    /// An article's claims and the relations between them.
    pub fn claims(&self, doc: &Document, published: Option<Date>) -> ClaimGraph {
        claims_of(doc, &self.settings, self.published(published))
    }

    /// An article's claims in a format of `claims` (JSON: the whole
    /// `claims@2` document, as `claims --format json` writes for this file).
    pub fn render_claims(
        &self,
        doc: &Document,
        record: Option<&str>,
        published: Option<Date>,
        view: ClaimsView,
    ) -> String {
        let graph = self.claims(doc, published);
        claims_out::document(view, doc, record, &graph)
    }

    /// An article's findings, its own and against `sources` (prose the
    /// article was written from), after the config and its suppressions.
    pub fn check(
        &self,
        doc: &Document,
        published: Option<Date>,
        sources: &[Document],
    ) -> Result<Vec<Finding>> {
        Ok(self.check_annotated(doc, published, sources)?.0)
    }

    /// [`Checker::check`], with what the HTML format shows besides the
    /// findings (the claims and the reconciliation).
    pub fn check_annotated(
        &self,
        doc: &Document,
        published: Option<Date>,
        sources: &[Document],
    ) -> Result<(Vec<Finding>, Annotations)> {
        let material = Material {
            sources: sources.to_vec(),
            references: claimcheck_reconcile::References::new(),
        };
        check_annotated(
            doc,
            Path::new(&doc.path),
            &self.settings,
            &self.overrides,
            &material,
            self.published(published),
        )
    }

    /// An article's findings in a format of `check`: what the CLI writes when
    /// this is the only article (`record` as for a JSON Lines record).
    pub fn render_check(
        &self,
        doc: &Document,
        record: Option<&str>,
        findings: &[Finding],
        sources: &[Document],
        format: Format,
    ) -> String {
        self.render_annotated(
            doc,
            record,
            findings,
            Annotations::default(),
            sources,
            format,
        )
    }

    /// [`Checker::render_check`], with the annotations the HTML format shows
    /// (from [`Checker::check_annotated`]).
    pub fn render_annotated(
        &self,
        doc: &Document,
        record: Option<&str>,
        findings: &[Finding],
        annotations: Annotations,
        sources: &[Document],
        format: Format,
    ) -> String {
        let mut stream = Stream::new(format, HumanOptions::default(), &self.settings.metas);
        let mut docs = vec![doc.clone()];
        docs.extend(sources.iter().cloned());
        let mut out = stream.start();
        let chunk = stream
            .renderer()
            .annotated(&doc.path, record, findings, &docs, annotations);
        out.push_str(&stream.write(chunk));
        out.push_str(&stream.finish());
        out
    }
}
