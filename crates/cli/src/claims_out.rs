//! A document's claims as the `claims` command gives them: `claimcheck/claims@2`
//! JSON (claims with their frames, and the relations between them),
//! `claimcheck/claims@1`, JSON Lines, or a table. The CLI writes an article at a
//! time with these pieces; the library ([`crate::Checker`]) joins one article's
//! into a whole document, so both give the same bytes.

use claimcheck_claims::{Claim, ClaimGraph, Document, Edge, Frame};
use serde::Serialize;

/// The formats of `claims`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ClaimsFormat {
    Human,
    Json,
    Jsonl,
}

impl std::str::FromStr for ClaimsFormat {
    type Err = String;

    /// The names `--format` takes, for callers without the command line.
    fn from_str(s: &str) -> Result<Self, String> {
        <Self as clap::ValueEnum>::from_str(s, false).map_err(|_| {
            format!("unknown output format `{s}` for claims: expected one of json, jsonl, human")
        })
    }
}

/// How claims are written: the format, the JSON schema version (1 or 2) and,
/// for a table or JSON Lines, whether the relations are listed too.
#[derive(Clone, Copy, Debug)]
pub struct ClaimsView {
    pub format: ClaimsFormat,
    pub schema: u8,
    pub relations: bool,
}

pub const SCHEMA: &str = "claimcheck/claims@1";
pub const SCHEMA_V2: &str = "claimcheck/claims@2";

/// A span of a document as the JSON contract gives spans.
#[derive(Serialize)]
pub struct SpanRecord<'a> {
    pub offset: usize,
    pub length: usize,
    pub text: &'a str,
}

impl<'a> SpanRecord<'a> {
    fn new(doc: &'a Document, span: claimcheck_claims::Span) -> Self {
        SpanRecord {
            offset: span.start,
            length: span.len(),
            text: doc.text.get(span.start..span.end).unwrap_or(""),
        }
    }
}

/// A claim's frame in `claims@2`.
#[derive(Serialize)]
pub struct FrameRecord<'a> {
    /// The counted noun: its lemma and where it stands.
    pub head: Option<HeadRecord<'a>>,
    pub partitive: bool,
    pub definite: bool,
    pub owner: Option<&'a str>,
    pub place: Option<&'a str>,
    pub predicate: Option<&'a str>,
    pub tense: claimcheck_claims::Tense,
    pub change: bool,
    /// The id of the date claim that dates this figure.
    pub time: Option<usize>,
    pub scope: &'a [String],
    /// Marks of another event around the figure: "word:another", "year:2019".
    pub context: &'a [String],
    /// The weekday a full date states, ISO 1 (Monday) to 7.
    pub weekday: Option<u8>,
    pub year_written: bool,
    /// A date that is a dateline's ("KESTREL BAY, June 6 —").
    pub dateline: bool,
    /// For a duration: the word after it that counts it from another date.
    pub counts_from: Option<&'a str>,
    pub anchor: Option<usize>,
    pub act: Option<&'a str>,
    /// A vague quantity that is only the floor of a wider range.
    pub widened: bool,
    pub relative: bool,
    pub preposition: Option<&'a str>,
    pub clause: usize,
    pub sentence: usize,
    pub paragraph: usize,
}

#[derive(Serialize)]
pub struct HeadRecord<'a> {
    pub lemma: &'a str,
    /// One word for the lemma and its synonyms ("employee" → worker).
    pub class: &'a str,
    /// Too general a noun to tie two figures together ("people", "cases").
    pub generic: bool,
    #[serde(flatten)]
    pub span: SpanRecord<'a>,
    /// Words between the figure and its noun ("rural" in "several rural
    /// branches"); left out when none.
    #[serde(skip_serializing_if = "<[Box<str>]>::is_empty")]
    pub modifiers: &'a [Box<str>],
}

impl<'a> FrameRecord<'a> {
    fn new(doc: &'a Document, f: &'a Frame) -> Self {
        FrameRecord {
            head: f.head.as_ref().map(|h| HeadRecord {
                lemma: &h.lemma,
                class: &h.class,
                generic: h.generic,
                span: SpanRecord::new(doc, h.span),
                modifiers: &h.modifiers,
            }),
            partitive: f.partitive,
            definite: f.definite,
            owner: f.owner.as_deref(),
            place: f.place.as_deref(),
            predicate: f.predicate.as_deref(),
            tense: f.tense,
            change: f.change,
            time: f.time(),
            scope: &f.scope,
            context: &f.context,
            weekday: f.weekday,
            year_written: f.year_written,
            dateline: f.dateline,
            counts_from: f.counts_from.as_deref(),
            anchor: f.anchor(),
            act: f.act.as_deref(),
            widened: f.widened,
            relative: f.relative,
            preposition: f.preposition.as_deref(),
            clause: f.clause,
            sentence: f.sentence,
            paragraph: f.paragraph,
        }
    }
}

/// A claim in `claims@2`: the `@1` record, its id within its file, and its frame.
#[derive(Serialize)]
pub struct ClaimRecordV2<'a> {
    pub id: usize,
    #[serde(flatten)]
    pub claim: ClaimRecord<'a>,
    pub frame: FrameRecord<'a>,
}

/// A relation between two claims of one file, by their ids.
#[derive(Serialize)]
pub struct RelationRecord<'a> {
    pub path: &'a str,
    pub kind: &'static str,
    pub from: usize,
    pub to: usize,
    pub part: Option<usize>,
    pub offset: i64,
    pub parts: &'a [usize],
    pub complete: bool,
    pub names: Vec<SpanRecord<'a>>,
    /// Only on an ordinal-of edge to a final tally (see `Edge::at_most`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub at_most: bool,
    pub cue: SpanRecord<'a>,
}

impl<'a> RelationRecord<'a> {
    fn new(doc: &'a Document, e: &'a Edge) -> Self {
        RelationRecord {
            path: &doc.path,
            kind: e.kind.as_str(),
            from: e.from,
            to: e.to,
            part: e.part,
            offset: e.offset,
            parts: &e.parts,
            complete: e.complete,
            names: e.names.iter().map(|&s| SpanRecord::new(doc, s)).collect(),
            at_most: e.at_most,
            cue: SpanRecord::new(doc, e.cue),
        }
    }
}

/// One claim as the JSON contract gives it.
#[derive(Serialize)]
pub struct ClaimRecord<'a> {
    pub path: &'a str,
    pub offset: usize,
    pub length: usize,
    pub line: usize,
    pub column: usize,
    pub text: &'a str,
    pub kind: &'static str,
    pub metric: Option<&'a str>,
    pub value: &'a claimcheck_claims::Value,
    pub unit: Option<&'a str>,
    pub source: Option<&'a str>,
    pub source_cue: Option<&'a str>,
    pub modality: Option<claimcheck_claims::Modality>,
}

impl<'a> ClaimRecord<'a> {
    pub fn new(doc: &'a Document, c: &'a Claim) -> Self {
        let lc = doc.line_col(c.span.start);
        ClaimRecord {
            path: &doc.path,
            offset: c.span.start,
            length: c.span.len(),
            line: lc.line,
            column: lc.column,
            text: &c.text,
            kind: c.kind.as_str(),
            metric: c.metric.as_deref(),
            value: &c.value,
            unit: c.unit.as_deref(),
            source: c.source.as_ref().map(|s| s.name.as_str()),
            source_cue: c.source.as_ref().map(|s| s.cue.as_str()),
            modality: c.modality,
        }
    }
}

/// One article's claims, rendered.
pub struct Listed {
    /// Its claims as the format gives them (a table, JSON array items with
    /// the comma before each, or lines).
    pub claims: String,
    /// Its relations as `claims@2` array items, written after every claim.
    pub relations: String,
    pub any_claims: bool,
    pub any_relations: bool,
    pub count: usize,
}

/// One article's claims (and relations) in the chosen format.
pub fn render(view: ClaimsView, d: &Document, record: Option<&str>, g: &ClaimGraph) -> Listed {
    let mut claims = String::new();
    let mut relations = String::new();
    match (view.format, view.schema) {
        (ClaimsFormat::Json, 1) => {
            for c in &g.claims {
                claims.push_str(&pretty_item(&ClaimRecord::new(d, c)));
            }
        }
        (ClaimsFormat::Json, _) => {
            for (id, c) in g.claims.iter().enumerate() {
                claims.push_str(&pretty_item(&ClaimRecordV2 {
                    id,
                    claim: ClaimRecord::new(d, c),
                    frame: FrameRecord::new(d, &c.frame),
                }));
            }
            for e in &g.edges {
                relations.push_str(&pretty_item(&RelationRecord::new(d, e)));
            }
        }
        (ClaimsFormat::Jsonl, _) => {
            for (id, c) in g.claims.iter().enumerate() {
                claims.push_str(&json_line(&Line {
                    kind: "claim",
                    record,
                    item: ClaimRecordV2 {
                        id,
                        claim: ClaimRecord::new(d, c),
                        frame: FrameRecord::new(d, &c.frame),
                    },
                }));
            }
            if view.relations {
                for e in &g.edges {
                    claims.push_str(&json_line(&Line {
                        kind: "relation",
                        record,
                        item: RelationRecord::new(d, e),
                    }));
                }
            }
        }
        (ClaimsFormat::Human, _) => {
            // The article's words reach a terminal: escaped, as `check` shows them.
            claims.push_str(&claimcheck_report::escape_for_terminal(&human_table(
                d, &g.claims,
            )));
            if view.relations {
                claims.push_str(&claimcheck_report::escape_for_terminal(&relations_table(
                    d, g,
                )));
            }
        }
    }
    Listed {
        claims,
        any_relations: !relations.is_empty(),
        relations,
        any_claims: !g.claims.is_empty(),
        count: g.claims.len(),
    }
}

/// A line of `--format jsonl`: what it is ("claim" or "relation"), the record
/// it came from (for a JSON Lines input), then the `claims@2` record.
#[derive(Serialize)]
struct Line<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    record: Option<&'a str>,
    #[serde(flatten)]
    item: T,
}

fn json_line(value: &impl Serialize) -> String {
    // Records of strings, numbers and options: serializing cannot fail.
    let mut line = serde_json::to_string(value).expect("plain records serialize");
    line.push('\n');
    line
}

/// A record as an item of a top-level array in serde_json's pretty layout,
/// with the comma that goes before every item but the first (see
/// [`first_item`]). Indenting is safe: JSON strings hold no raw line breaks.
fn pretty_item(value: &impl Serialize) -> String {
    let pretty = serde_json::to_string_pretty(value).expect("plain records serialize");
    format!(",\n    {}", pretty.replace('\n', "\n    "))
}

/// Items from [`pretty_item`], the comma before the first dropped when they
/// open their array.
pub fn first_item(mut items: String, first: bool) -> String {
    if first && items.starts_with(',') {
        items.remove(0);
    }
    items
}

/// The relations of one document, one per line: kind, the two figures (and the
/// part of a share), and the cue that relates them.
pub fn relations_table(doc: &Document, g: &ClaimGraph) -> String {
    let mut out = format!("  relations ({})\n", g.edges.len());
    let at = |k: usize| {
        let c = &g.claims[k];
        let lc = doc.line_col(c.span.start);
        format!(
            "\"{}\" ({}:{})",
            c.text.replace('\n', " "),
            lc.line,
            lc.column
        )
    };
    for e in &g.edges {
        let mut line = format!("  {:<14} {} -> {}", e.kind.as_str(), at(e.from), at(e.to));
        if let Some(p) = e.part {
            line.push_str(&format!(" part {}", at(p)));
        }
        if !e.parts.is_empty() {
            let parts: Vec<String> = e.parts.iter().map(|&p| at(p)).collect();
            line.push_str(&format!(" parts {}", parts.join(" + ")));
        }
        if !e.names.is_empty() {
            let names: Vec<&str> = e.names.iter().map(|&s| doc.slice(s)).collect();
            line.push_str(&format!(" names {}", names.join(", ")));
        }
        if e.offset != 0 {
            line.push_str(&format!(" offset {}", e.offset));
        }
        line.push_str(&format!("  cue \"{}\"\n", e.cue_text.replace('\n', " ")));
        out.push_str(&line);
    }
    out
}

/// A table an editor can scan: one line per claim, aligned columns.
pub fn human_table(doc: &Document, claims: &[Claim]) -> String {
    let rows: Vec<[String; 6]> = claims
        .iter()
        .map(|c| {
            let lc = doc.line_col(c.span.start);
            let mut value = c.value.nominal_string();
            if let Some(u) = &c.unit {
                value = format!("{value} {u}");
            }
            [
                format!("{}:{}", lc.line, lc.column),
                c.kind.as_str().to_string(),
                format!("{} ({})", value, c.bound().as_str()),
                c.metric.clone().unwrap_or_else(|| "-".into()),
                c.source
                    .as_ref()
                    .map_or_else(|| "-".into(), |s| s.name.clone()),
                format!("\"{}\"", c.text.replace('\n', " ")),
            ]
        })
        .collect();
    let headers = ["where", "kind", "value", "metric", "source", "text"];
    let mut out = format!("{} ({} claims)\n", doc.path, claims.len());
    out.push_str(&crate::table::aligned("  ", headers, &rows));
    out
}

/// Everything of a JSON document before its first claim.
pub fn json_head(schema: u8) -> String {
    let schema = if schema == 1 { SCHEMA } else { SCHEMA_V2 };
    format!("{{\n  \"schema\": \"{schema}\",\n  \"claims\": [")
}

/// Everything of a JSON document after its last claim: the end of the claims,
/// the relations (`claims@2`; `relations` as [`Listed::relations`] joined)
/// and the end.
pub fn json_tail(schema: u8, any_claims: bool, relations: &str, any_relations: bool) -> String {
    let close = |any: bool| if any { "\n  ]" } else { "]" };
    let mut tail = close(any_claims).to_string();
    if schema != 1 {
        tail.push_str(",\n  \"relations\": [");
        tail.push_str(&first_item(relations.to_string(), true));
        tail.push_str(close(any_relations));
    }
    tail.push_str("\n}\n");
    tail
}

/// One document's claims, whole: for JSON, the document `claims --format json`
/// writes for this one file; `record` is the id JSON Lines output carries.
pub fn document(view: ClaimsView, d: &Document, record: Option<&str>, g: &ClaimGraph) -> String {
    let listed = render(view, d, record, g);
    if view.format != ClaimsFormat::Json {
        return listed.claims;
    }
    let mut out = json_head(view.schema);
    out.push_str(&first_item(listed.claims, true));
    out.push_str(&json_tail(
        view.schema,
        listed.any_claims,
        &listed.relations,
        listed.any_relations,
    ));
    out
}
