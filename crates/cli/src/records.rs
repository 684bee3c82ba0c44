//! The articles of a run, one at a time: each input file as one article, or
//! with `--input jsonl` each line of each input as one record
//! `{"id", "text", "published"?, "sources"?}` (an archive exported from a CMS
//! is one stream, not thousands of files). Records are read lazily, so a
//! stream of any length is never held whole.

use crate::inputs::{Input, InputKind};
use claimcheck_claims::Document;
use jiff::civil::Date;
use miette::{miette, Result};
use serde::Deserialize;
use std::io::BufRead;

/// One article to check, and what came with it.
pub struct Article {
    /// Which input it came from (its config and per-path settings).
    pub input: usize,
    pub doc: Document,
    /// The record's id, for an article from a JSON Lines input.
    pub record: Option<String>,
    /// The record's own publication date: wins over the config and the flag.
    pub published: Option<Date>,
    /// The record's own sources.
    pub sources: Vec<Document>,
}

/// Why an article has no results: it could not be read (empty, binary, not
/// UTF-8, a bad record), or the checker failed on it (a bug of ours).
pub enum Failure {
    Unreadable(miette::Report),
    Crashed { name: String, fault: String },
}

impl Failure {
    /// What stderr says of it.
    pub fn message(&self) -> String {
        match self {
            Failure::Unreadable(e) => format!("{e:?}"),
            Failure::Crashed { name, fault } => format!(
                "claimcheck: internal error on {}: {}\n  the other articles were still done; please report this with the article",
                claimcheck_report::escape_for_terminal(name),
                claimcheck_report::escape_for_terminal(fault)
            ),
        }
    }
}

/// An article not yet read (a file, read on the thread that checks it), or a
/// record already parsed (or its error), with where it came from.
pub enum Pending<'a> {
    File {
        input: usize,
        from: &'a Input,
    },
    Record {
        name: String,
        article: Result<Article>,
    },
}

impl Pending<'_> {
    /// The name the article (or its failure) is reported under.
    pub fn name(&self) -> String {
        match self {
            Pending::File { from, .. } => from.name(),
            Pending::Record { name, .. } => name.clone(),
        }
    }

    /// The article, read and checked as text.
    pub fn read(self) -> Result<Article> {
        match self {
            Pending::File { input, from } => Ok(Article {
                input,
                doc: from.read()?,
                record: None,
                published: None,
                sources: Vec::new(),
            }),
            Pending::Record { article, .. } => article,
        }
    }
}

/// Every article the inputs hold, in order.
pub fn articles(
    inputs: &[Input],
    kind: InputKind,
) -> Box<dyn Iterator<Item = Pending<'_>> + Send + '_> {
    match kind {
        InputKind::Text => Box::new(
            inputs
                .iter()
                .enumerate()
                .map(|(input, from)| Pending::File { input, from }),
        ),
        InputKind::Jsonl => Box::new(
            inputs
                .iter()
                .enumerate()
                .flat_map(|(input, from)| lines_of(input, from)),
        ),
    }
}

/// The records of one JSON Lines input; a stream that cannot be opened or read
/// is one failed item, named for the input.
fn lines_of(input: usize, from: &Input) -> Box<dyn Iterator<Item = Pending<'_>> + Send + '_> {
    let failed = move |e: miette::Report| Pending::Record {
        name: from.name(),
        article: Err(e),
    };
    let reader = match from.open() {
        Ok(r) => r,
        Err(e) => return Box::new(std::iter::once(failed(e))),
    };
    let mut broken = false;
    Box::new(
        reader
            .split(b'\n')
            .enumerate()
            .map_while(move |(n, line)| {
                if broken {
                    return None;
                }
                let name = format!("{}:{}", from.path.display(), n + 1);
                Some(match line {
                    Err(e) => {
                        broken = true;
                        Some(failed(miette!("cannot read {}: {e}", from.name())))
                    }
                    Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => None,
                    Ok(bytes) => Some(Pending::Record {
                        article: record(input, &name, &bytes),
                        name,
                    }),
                })
            })
            .flatten(),
    )
}

#[derive(Deserialize)]
struct RawRecord {
    id: Id,
    text: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    sources: Vec<RawSource>,
}

/// A record id: a string or a number, as CMS exports give them.
#[derive(Deserialize)]
#[serde(untagged)]
enum Id {
    Text(String),
    Number(serde_json::Number),
}

impl Id {
    fn into_string(self) -> String {
        match self {
            Id::Text(s) => s,
            Id::Number(n) => n.to_string(),
        }
    }
}

/// A source: its text, or `{"id"?, "text"}`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawSource {
    Text(String),
    Named { id: Option<Id>, text: String },
}

/// One line's record as an article; `name` is "file:line", for errors.
fn record(input: usize, name: &str, line: &[u8]) -> Result<Article> {
    let raw: RawRecord = serde_json::from_slice(line).map_err(|e| {
        miette!("{name}: not a record {{\"id\", \"text\", \"published\"?, \"sources\"?}}: {e}")
    })?;
    let id = raw.id.into_string();
    let published = raw
        .published
        .as_deref()
        .map(|d| {
            claimcheck::parse_date(d).map_err(|e| miette!("{name} (record {id}): published: {e}"))
        })
        .transpose()?;
    let doc = claimcheck::input::document_from_bytes(&id, raw.text.into_bytes())
        .map_err(|e| miette!("{name}: record {e}"))?;
    let sources = raw
        .sources
        .into_iter()
        .enumerate()
        .filter_map(|(k, s)| {
            let (sid, text) = match s {
                RawSource::Text(text) => (None, text),
                RawSource::Named { id, text } => (id.map(Id::into_string), text),
            };
            // An empty source has nothing to check against, as with `--source`.
            (!text.trim().is_empty()).then(|| {
                let sid = sid.unwrap_or_else(|| format!("{id}#source-{}", k + 1));
                Document::new(sid, text)
            })
        })
        .collect();
    Ok(Article {
        input,
        doc,
        record: Some(id),
        published,
        sources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_an_article_with_its_date_and_sources() {
        let line = br#"{"id": 42, "text": "About 120 fled.", "published": "2026-02-10", "sources": ["Police said 120 fled.", {"id": "wire", "text": "120 fled"}, "  "], "section": "news"}"#;
        let a = record(0, "in.jsonl:3", line).unwrap();
        assert_eq!(a.doc.path, "42");
        assert_eq!(a.record.as_deref(), Some("42"));
        assert_eq!(a.published.unwrap().to_string(), "2026-02-10");
        let names: Vec<&str> = a.sources.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(names, ["42#source-1", "wire"]);
    }

    #[test]
    fn a_bad_record_is_an_error_naming_its_line() {
        for (line, want) in [
            (&br#"{"text": "x"}"#[..], "missing field `id`"),
            (
                br#"{"id": "a", "text": "x", "published": "2026-02-30"}"#,
                "not a real calendar date",
            ),
            (br#"{"id": "a", "text": ""}"#, "is empty"),
            (b"not json", "not a record"),
        ] {
            let e = record(0, "in.jsonl:9", line).err().unwrap().to_string();
            assert!(e.contains("in.jsonl:9") && e.contains(want), "{e}");
        }
    }
}
