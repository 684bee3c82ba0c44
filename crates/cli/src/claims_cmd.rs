//! `claimcheck claims`: list every claim in the files, as a table or as
//! `claimcheck/claims@1` JSON.

use crate::settings::{self, Overrides};
use crate::{input, ClaimsArgs, Format};
use claimcheck_claims::{Claim, Document};
use claimcheck_rules::Suppressions;
use miette::{IntoDiagnostic, Result};
use serde::Serialize;
use std::process::ExitCode;

pub const SCHEMA: &str = "claimcheck/claims@1";

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
    let claims: Vec<Vec<Claim>> = docs
        .iter()
        .zip(&resolved.of_file)
        .map(|(d, &i)| {
            let s = &resolved.settings[i];
            let text = Suppressions::parse(d).mask(d);
            s.extractor.extract(&text, s.published)
        })
        .collect();
    let mut out = String::new();
    match args.format {
        Format::Json => {
            let records: Vec<ClaimRecord> = docs
                .iter()
                .zip(&claims)
                .flat_map(|(d, cs)| cs.iter().map(move |c| ClaimRecord::new(d, c)))
                .collect();
            let json = serde_json::json!({"schema": SCHEMA, "claims": records});
            out.push_str(&serde_json::to_string_pretty(&json).into_diagnostic()?);
            out.push('\n');
        }
        Format::Human => {
            for (d, cs) in docs.iter().zip(&claims) {
                out.push_str(&human_table(d, cs));
            }
        }
    }
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = stdout.write_all(out.as_bytes());
    Ok(ExitCode::SUCCESS)
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
