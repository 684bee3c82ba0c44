//! The reconciliation view: per metric, each draft figure beside the source
//! figures it was aligned with and the reference records about it, with a
//! verdict; and each quotation with what was found for it. Rendered as a
//! human table or serialised as `claimcheck/reconcile@1`.

use crate::compare::Relation;
use crate::judge::{Judgement, Verdict};
use crate::profile::Corpus;
use crate::quote::QuoteCheck;
use crate::reference::References;
use claimcheck_claims::{Bound, Document, Span, Value};
use serde::Serialize;
use std::fmt::Write as _;

/// The schema identifier of the JSON view.
pub const RECONCILE_SCHEMA: &str = "claimcheck/reconcile@1";

/// A place in a file with the text there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    pub path: String,
    pub offset: usize,
    pub length: usize,
    pub line: usize,
    pub column: usize,
    pub text: String,
}

impl Place {
    fn new(doc: &Document, span: Span) -> Place {
        let lc = doc.line_col(span.start);
        let end = span.end.min(doc.text.len());
        let start = span.start.min(end);
        Place {
            path: doc.path.clone(),
            offset: span.start,
            length: span.end - span.start,
            line: lc.line,
            column: lc.column,
            text: doc.text.get(start..end).unwrap_or_default().to_string(),
        }
    }

    fn short(&self) -> String {
        format!("{}:{}", self.line, self.column)
    }
}

/// The draft's figure in a row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DraftFigure {
    #[serde(flatten)]
    pub place: Place,
    pub value: Value,
    /// Who the draft credits, as worded.
    pub source: Option<String>,
    /// The registry's name for that source.
    pub canonical: Option<String>,
}

/// A source's figure in a row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceFigure {
    #[serde(flatten)]
    pub place: Place,
    pub value: Value,
    /// Who gives it: the source it is credited to, or the document's name.
    pub source: String,
    pub relation: Relation,
}

/// A reference record in a row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReferenceFigure {
    #[serde(flatten)]
    pub place: Place,
    pub id: Option<String>,
    pub value: Value,
    pub source: Option<String>,
    pub relation: Relation,
}

/// One draft figure and what the material says to it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub draft: DraftFigure,
    pub verdict: Verdict,
    pub sources: Vec<SourceFigure>,
    pub references: Vec<ReferenceFigure>,
}

/// The rows of one metric.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MetricRows {
    /// The metric's name, or "(no metric)" for figures the packs name no metric for.
    pub metric: String,
    pub rows: Vec<Row>,
}

/// How a quotation fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteVerdict {
    Verbatim,
    Altered,
    Unsourced,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteRow {
    pub quotation: Place,
    pub verdict: QuoteVerdict,
    pub passage: Option<Place>,
    pub diff: Option<String>,
}

/// A source document and the name it goes by as a source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceDoc {
    pub path: String,
    pub name: Option<String>,
}

/// The whole view.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reconciliation {
    pub schema: &'static str,
    pub draft: String,
    pub sources: Vec<SourceDoc>,
    pub references: Vec<String>,
    pub metrics: Vec<MetricRows>,
    pub quotations: Vec<QuoteRow>,
}

const NO_METRIC: &str = "(no metric)";

/// A value in words: "120 (approx)", "2025-11", "P10Y (at-least)".
pub fn describe_value(v: &Value) -> String {
    let nominal = match v {
        Value::Number(i) if i.bound == Bound::Range => format!(
            "{}–{}",
            i.low.map_or("?".into(), |x| x.normalize().to_string()),
            i.high.map_or("?".into(), |x| x.normalize().to_string())
        ),
        _ => v.nominal_string(),
    };
    match v.bound() {
        Bound::Exact | Bound::Range => nominal,
        b => format!("{nominal} ({})", b.as_str()),
    }
}

impl Reconciliation {
    pub(crate) fn build(
        corpus: &Corpus,
        judgements: &[Judgement],
        quotes: &[QuoteCheck],
        references: &References,
    ) -> Reconciliation {
        let draft_doc = corpus.docs[0].doc;
        let mut groups: std::collections::BTreeMap<String, Vec<Row>> = Default::default();
        for j in judgements {
            let f = &corpus.figures[j.figure];
            let claim = corpus.claim(f);
            let mut shown: Vec<usize> = j
                .with
                .iter()
                .chain(&j.aligned)
                .chain(&j.credited_figures)
                .copied()
                .collect();
            shown.sort_by_key(|&i| (corpus.figures[i].doc, corpus.claim(&corpus.figures[i]).span));
            shown.dedup();
            let sources = shown
                .iter()
                .map(|&i| {
                    let s = &corpus.figures[i];
                    let c = corpus.claim(s);
                    SourceFigure {
                        place: Place::new(corpus.docs[s.doc].doc, c.span),
                        value: c.value.clone(),
                        source: s.credited.as_ref().or(s.givers.first()).map_or_else(
                            || corpus.path(s).to_string(),
                            |n| n.display().to_string(),
                        ),
                        relation: crate::compare::relate(&f.quant, &s.quant),
                    }
                })
                .collect();
            let refs = j
                .references
                .iter()
                .filter_map(|&(ri, relation)| {
                    let r = &references.records[ri];
                    let doc = references.documents.iter().find(|d| d.path == r.path)?;
                    Some(ReferenceFigure {
                        place: Place::new(doc, r.span),
                        id: r.id.clone(),
                        value: r.value.clone(),
                        source: r.source.clone(),
                        relation,
                    })
                })
                .collect();
            let row = Row {
                draft: DraftFigure {
                    place: Place::new(draft_doc, claim.span),
                    value: claim.value.clone(),
                    source: claim.source.as_ref().map(|a| a.name.clone()),
                    canonical: f.credited.as_ref().and_then(|n| n.canonical.clone()),
                },
                verdict: j.verdict,
                sources,
                references: refs,
            };
            let key = f.metric.clone().unwrap_or_else(|| NO_METRIC.to_string());
            groups.entry(key).or_default().push(row);
        }
        let mut metrics: Vec<MetricRows> = groups
            .into_iter()
            .map(|(metric, mut rows)| {
                rows.sort_by_key(|r| r.draft.place.offset);
                MetricRows { metric, rows }
            })
            .collect();
        // Named metrics first, in name order; unnamed figures last.
        metrics.sort_by_key(|m| (m.metric == NO_METRIC, m.metric.clone()));
        let quotations = quotes
            .iter()
            .map(|q| {
                let (verdict, passage, diff) = match &q.found {
                    None => (QuoteVerdict::Unsourced, None, None),
                    Some(p) => (
                        if p.hunks.is_empty() {
                            QuoteVerdict::Verbatim
                        } else {
                            QuoteVerdict::Altered
                        },
                        Some(Place::new(corpus.docs[p.doc].doc, p.span)),
                        (!p.hunks.is_empty()).then(|| p.diff.clone()),
                    ),
                };
                QuoteRow {
                    quotation: Place::new(draft_doc, q.quote),
                    verdict,
                    passage,
                    diff,
                }
            })
            .collect();
        Reconciliation {
            schema: RECONCILE_SCHEMA,
            draft: draft_doc.path.clone(),
            sources: corpus.docs[1..]
                .iter()
                .map(|p| SourceDoc {
                    path: p.doc.path.clone(),
                    name: p.identity.as_ref().map(|n| n.written.clone()),
                })
                .collect(),
            references: references
                .documents
                .iter()
                .map(|d| d.path.clone())
                .collect(),
            metrics,
            quotations,
        }
    }

    /// The JSON form, `claimcheck/reconcile@1`.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The view as `claimcheck/reconcile@1` JSON on one line, for JSON Lines.
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The view as text: a block per metric, the draft's figure with its verdict
    /// and, indented under it, the figures it was held against.
    pub fn render_human(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} against {} source{}{}",
            self.draft,
            self.sources.len(),
            if self.sources.len() == 1 { "" } else { "s" },
            if self.references.is_empty() {
                String::new()
            } else {
                format!(" and {} reference file(s)", self.references.len())
            }
        );
        for s in &self.sources {
            match &s.name {
                Some(n) => {
                    let _ = writeln!(out, "  {}  ({n})", s.path);
                }
                None => {
                    let _ = writeln!(out, "  {}", s.path);
                }
            }
        }
        for m in &self.metrics {
            let _ = writeln!(out, "\n{}", m.metric);
            for r in &m.rows {
                let credit = r
                    .draft
                    .source
                    .as_ref()
                    .map(|s| match &r.draft.canonical {
                        Some(c) if c != s => format!("  credited to {s} ({c})"),
                        _ => format!("  credited to {s}"),
                    })
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {:<8} {:<28} {}{}",
                    r.draft.place.short(),
                    format!("\"{}\"", r.draft.place.text),
                    r.verdict.as_str(),
                    credit
                );
                for s in &r.sources {
                    let _ = writeln!(
                        out,
                        "      {}:{}  \"{}\"  {}  [{}]",
                        s.place.path,
                        s.place.short(),
                        s.place.text,
                        s.source,
                        s.relation.as_str()
                    );
                }
                for rf in &r.references {
                    let _ = writeln!(
                        out,
                        "      {}:{}  record {}  {}  [{}]",
                        rf.place.path,
                        rf.place.short(),
                        rf.id.as_deref().unwrap_or("-"),
                        describe_value(&rf.value),
                        rf.relation.as_str()
                    );
                }
            }
        }
        if !self.quotations.is_empty() {
            let _ = writeln!(out, "\nquotations");
            for q in &self.quotations {
                let text: String = q.quotation.text.chars().take(60).collect();
                let more = if q.quotation.text.chars().count() > 60 {
                    "…"
                } else {
                    ""
                };
                let verdict = match q.verdict {
                    QuoteVerdict::Verbatim => "verbatim",
                    QuoteVerdict::Altered => "altered",
                    QuoteVerdict::Unsourced => "in no source",
                };
                let at = q
                    .passage
                    .as_ref()
                    .map(|p| format!(", {}:{}", p.path, p.short()))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {:<8} \"{text}{more}\"  {verdict}{at}",
                    q.quotation.short()
                );
                if let Some(d) = &q.diff {
                    let _ = writeln!(out, "      {d}");
                }
            }
        }
        out
    }
}
