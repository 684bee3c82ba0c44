//! Text → claims. One pass scans tokens and sentences; small grammars per
//! dimension (numbers, quantities, dates) propose candidates; overlap resolution
//! keeps one reading per stretch; linking attaches metric and source.
//!
//! Every stage is a pure function of (text, lexicons, publication date).

mod candidate;
mod date;
mod scan;

use claimcheck_claims::{Claim, Document, MetricDef, Span, Value};
use jiff::civil::Date;

pub use candidate::Candidate;
pub use date::DateLexicon;
pub use scan::{Scan, Token, TokenKind};

/// A lexicon file that does not parse or holds an unknown value.
#[derive(Debug, thiserror::Error)]
#[error("lexicon {file}: {message}")]
pub struct LexiconError {
    pub file: String,
    pub message: String,
    /// Byte range in the lexicon file, when known.
    pub span: Option<std::ops::Range<usize>>,
}

/// What a mention is, at the level of the peer recognizers' specs: every number,
/// including those the claims leave out as codes or times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    Number,
    NumberRange,
    Ordinal,
    Percent,
    Money,
    Date,
    Duration,
}

/// A recognised expression with its value, before metric and source linking.
#[derive(Clone, Debug)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
    pub value: Value,
}

/// The extractor: lexicons compiled once, reused for every document.
pub struct Extractor {
    dates: DateLexicon,
    metrics: Vec<MetricDef>,
}

/// The lexicon files embedded in the binary.
pub const DATES_LEXICON: &str = include_str!("../../../rules/lexicon/dates.toml");

impl Extractor {
    /// An extractor with the embedded lexicons and the given metrics.
    pub fn new(metrics: Vec<MetricDef>) -> Result<Self, LexiconError> {
        Ok(Extractor {
            dates: DateLexicon::from_toml(DATES_LEXICON)?,
            metrics,
        })
    }

    /// All claims in a document, in text order.
    pub fn extract(&self, doc: &Document, published: Option<Date>) -> Vec<Claim> {
        let scan = Scan::new(&doc.text);
        let cands = candidate::resolve_overlaps(date::find_dates(&scan, &self.dates, published));
        let _ = &self.metrics;
        cands
            .into_iter()
            .map(|c| {
                let span = scan.span(c.first, c.last);
                Claim {
                    span,
                    text: doc.slice(span).to_string(),
                    kind: c.kind,
                    value: c.value,
                    unit: c.unit,
                    metric: c.metric,
                    metric_cue: None,
                    source: None,
                    modality: c.modality,
                    sentence: scan.tokens[c.first].sentence as usize,
                }
            })
            .collect()
    }

    /// Every recognised expression in `text`, claims or not (for spec evaluation).
    pub fn mentions(&self, text: &str, published: Option<Date>) -> Vec<Mention> {
        let scan = Scan::new(text);
        date::find_dates(&scan, &self.dates, published)
            .into_iter()
            .map(|c| Mention {
                span: scan.span(c.first, c.last),
                kind: MentionKind::Date,
                value: c.value,
            })
            .collect()
    }
}
