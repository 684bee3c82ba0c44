//! `claimcheck claims`: list every claim in the files, as a table or as
//! `claimcheck/claims@2` JSON (claims with their frames, and the relations
//! between them), or `claimcheck/claims@1` with `--schema 1`.

use crate::settings::{self, Overrides};
use crate::{input, ClaimsArgs, Format};
use claimcheck_claims::{Claim, ClaimGraph, Document, Edge, Frame};
use claimcheck_rules::Suppressions;
use miette::Result;
use serde::Serialize;
use std::process::ExitCode;

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
}

impl<'a> FrameRecord<'a> {
    fn new(doc: &'a Document, f: &'a Frame) -> Self {
        FrameRecord {
            head: f.head.as_ref().map(|h| HeadRecord {
                lemma: &h.lemma,
                class: &h.class,
                generic: h.generic,
                span: SpanRecord::new(doc, h.span),
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

/// The built-in packs plus those from `--rules` folders.
pub fn load_packs(dirs: &[std::path::PathBuf]) -> Result<Vec<claimcheck_rules::RulePack>> {
    let mut packs = claimcheck_rules::builtin_packs()?;
    for dir in dirs {
        packs.extend(claimcheck_rules::load_pack_dir(dir)?);
    }
    Ok(packs)
}

pub fn run(args: &ClaimsArgs) -> Result<ExitCode> {
    // Read every file first: one unreadable file fails the run before any output.
    let docs = args
        .files
        .iter()
        .map(|p| input::read_document(p))
        .collect::<Result<Vec<_>>>()?;
    let ov = Overrides {
        config: args.config.clone(),
        rules: args.rules.clone(),
        published: args.published,
        ..Overrides::default()
    };
    let resolved = settings::for_files(&args.files, &ov)?;
    // The claims `check` sees: the config's packs, tolerance and publication date,
    // with suppression comments blanked.
    let graphs: Vec<ClaimGraph> = docs
        .iter()
        .zip(&resolved.of_file)
        .map(|(d, &i)| {
            let s = &resolved.settings[i];
            let text = Suppressions::parse(d).mask(d);
            s.extractor.extract_graph(&text, s.published)
        })
        .collect();
    match (args.format, args.schema) {
        // JSON is written record by record as it is serialised: no tree of
        // values and no string of the whole output is held, so memory stays a
        // small multiple of the input however many claims a file has.
        (Format::Json, 1) => crate::output::emit_json(&ClaimsV1 {
            schema: SCHEMA,
            claims: Records(|| {
                docs.iter()
                    .zip(&graphs)
                    .flat_map(|(d, g)| g.claims.iter().map(move |c| ClaimRecord::new(d, c)))
            }),
        })?,
        (Format::Json, _) => crate::output::emit_json(&ClaimsV2 {
            schema: SCHEMA_V2,
            claims: Records(|| {
                docs.iter().zip(&graphs).flat_map(|(d, g)| {
                    g.claims
                        .iter()
                        .enumerate()
                        .map(move |(id, c)| ClaimRecordV2 {
                            id,
                            claim: ClaimRecord::new(d, c),
                            frame: FrameRecord::new(d, &c.frame),
                        })
                })
            }),
            relations: Records(|| {
                docs.iter()
                    .zip(&graphs)
                    .flat_map(|(d, g)| g.edges.iter().map(move |e| RelationRecord::new(d, e)))
            }),
        })?,
        (Format::Human, _) => {
            let mut out = String::new();
            for (d, g) in docs.iter().zip(&graphs) {
                // The article's words reach a terminal: escaped, as `check` shows them.
                out.push_str(&claimcheck_report::escape_for_terminal(&human_table(
                    d, &g.claims,
                )));
                if args.relations {
                    out.push_str(&claimcheck_report::escape_for_terminal(&relations_table(
                        d, g,
                    )));
                }
            }
            crate::output::emit(&out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The whole `claims@1` output.
#[derive(Serialize)]
struct ClaimsV1<C: Serialize> {
    schema: &'static str,
    claims: C,
}

/// The whole `claims@2` output.
#[derive(Serialize)]
struct ClaimsV2<C: Serialize, R: Serialize> {
    schema: &'static str,
    claims: C,
    relations: R,
}

/// A JSON array made on the fly from the records an iterator yields, so a
/// list of records is never collected. The closure makes the iterator afresh
/// each time the array is serialised.
struct Records<F>(F);

impl<F, I> Serialize for Records<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
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
    let mut widths = headers.map(str::len);
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = format!("{} ({} claims)\n", doc.path, claims.len());
    let line = |cells: &[String]| {
        let mut s = String::from("  ");
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(cell);
            } else {
                s.push_str(&format!("{cell:<w$}  "));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    out.push_str(&line(&headers.map(String::from)));
    for r in &rows {
        out.push_str(&line(r));
    }
    out
}
