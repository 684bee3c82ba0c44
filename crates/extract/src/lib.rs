//! Text → claims. One pass scans tokens and sentences; small grammars per
//! dimension (numbers, quantities, dates) propose candidates; overlap resolution
//! keeps one reading per stretch; linking attaches metric and source.
//!
//! Every stage is a pure function of (text, lexicons, publication date).

mod candidate;
mod date;
mod lexicon;
mod link;
mod number;
mod quantity;
mod scan;

use claimcheck_claims::{Claim, Document, Kind, MetricDef, Span, Value};
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
    /// `None` for a unit word standing without a figure ("a small percent").
    pub value: Option<Value>,
}

/// The extractor: lexicons compiled once, reused for every document.
pub struct Extractor {
    lexicon: lexicon::Lexicon,
    dates: DateLexicon,
    metrics: link::MetricIndex,
}

/// The lexicon files embedded in the binary.
pub const DATES_LEXICON: &str = include_str!("../../../rules/lexicon/dates.toml");
pub const QUANTITIES_LEXICON: &str = include_str!("../../../rules/lexicon/quantities.toml");

impl Extractor {
    /// An extractor with the embedded lexicons and the given metrics.
    pub fn new(metrics: Vec<MetricDef>) -> Result<Self, LexiconError> {
        Ok(Extractor {
            lexicon: lexicon::Lexicon::from_toml(QUANTITIES_LEXICON)?,
            dates: DateLexicon::from_toml(DATES_LEXICON)?,
            metrics: link::MetricIndex::new(&metrics),
        })
    }

    /// All claims in a document, in text order.
    pub fn extract(&self, doc: &Document, published: Option<Date>) -> Vec<Claim> {
        let scan = Scan::new(&doc.text);
        let cands = self.candidates(&scan, published).0;
        let linker = link::Linker::new(&scan, &self.lexicon, &self.metrics, &cands);
        let links = linker.link_all(&cands);
        cands
            .into_iter()
            .zip(links)
            .map(|(c, link)| {
                let span = scan.span(c.first, c.last);
                Claim {
                    span,
                    text: doc.slice(span).to_string(),
                    kind: c.kind,
                    value: c.value,
                    unit: c.unit,
                    metric: link.metric,
                    metric_cue: link.metric_cue,
                    source: link.source,
                    modality: c.modality,
                    sentence: scan.tokens[c.first].sentence as usize,
                }
            })
            .collect()
    }

    /// Resolved candidates in text order, and the numerals dropped as labels or codes.
    fn candidates(
        &self,
        scan: &Scan,
        published: Option<Date>,
    ) -> (Vec<Candidate>, Vec<number::Numeral>) {
        let mut cands = date::find_dates(scan, &self.dates, published);
        let q = quantity::find_quantities(scan, &self.lexicon);
        cands.extend(q.claims);
        // Figures inside web addresses are parts of the address.
        cands.retain(|c| !(c.first..=c.last).any(|j| scan.tokens[j].in_url));
        (candidate::resolve_overlaps(cands), q.dropped)
    }

    /// Every recognised expression in `text`, claims or not (for spec evaluation).
    /// Numbers are every numeral as a number recogniser sees it, including those
    /// inside money and durations and those the claims drop as labels or codes.
    pub fn mentions(&self, text: &str, published: Option<Date>) -> Vec<Mention> {
        let scan = Scan::new(text);
        let (cands, _) = self.candidates(&scan, published);
        let mut out: Vec<Mention> = cands
            .into_iter()
            .filter_map(|c| {
                let kind = match (c.kind, c.value.bound()) {
                    (Kind::Count, claimcheck_claims::Bound::Range) => MentionKind::NumberRange,
                    (Kind::Count, _) => return None,
                    (Kind::Ordinal, _) => MentionKind::Ordinal,
                    (Kind::Percent, _) => MentionKind::Percent,
                    (Kind::Money, _) => MentionKind::Money,
                    (Kind::Date, _) => MentionKind::Date,
                    (Kind::Duration, _) => MentionKind::Duration,
                };
                Some(Mention {
                    span: scan.span(c.first, c.last),
                    kind,
                    value: Some(c.value),
                })
            })
            .collect();
        out.extend(
            number::all_numerals(&scan, &self.lexicon)
                .into_iter()
                .map(|n| Mention {
                    span: scan.span(n.first, n.last),
                    kind: MentionKind::Number,
                    value: Some(Value::Number(claimcheck_claims::Interval::exact(n.value))),
                }),
        );
        // An ordinal word inside a fraction ("forty two and a third") is an ordinal too,
        // and a percent word without a figure ("a small percent") is a percent mention.
        for j in 0..scan.len() {
            let sp = scan.tokens[j].span;
            let covered = |out: &[Mention], kind: MentionKind| {
                out.iter()
                    .any(|m| m.kind == kind && m.span.start <= sp.start && sp.end <= m.span.end)
            };
            if scan.is(j.wrapping_sub(1), "a") && scan.is(j.wrapping_sub(2), "and") {
                if let Some(v) = self.lexicon.ordinals.get(scan.low(j)) {
                    if !covered(&out, MentionKind::Ordinal) {
                        out.push(Mention {
                            span: scan.tokens[j].span,
                            kind: MentionKind::Ordinal,
                            value: Some(Value::Number(claimcheck_claims::Interval::exact(*v))),
                        });
                    }
                }
            }
            let percent_word =
                matches!(scan.low(j), "percent" | "percentage" | "%") && !scan.tokens[j].in_url;
            if percent_word && !covered(&out, MentionKind::Percent) {
                out.push(Mention {
                    span: scan.tokens[j].span,
                    kind: MentionKind::Percent,
                    value: None,
                });
            }
        }
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }
}
