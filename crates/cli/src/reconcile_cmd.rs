//! `claimcheck reconcile`: the table an editor wants before publishing a story
//! with disputed figures — per metric, each source's figure and the draft's side
//! by side, with a verdict — as text or `claimcheck/reconcile@1` JSON. Several
//! drafts (files, folders, `-`, JSON Lines records with sources of their own)
//! give a table each, or a JSON Lines document each.

use crate::batch::{self, Flow};
use crate::inputs::{self, InputKind};
use crate::progress::Progress;
use crate::records::{self, Failure};
use crate::{ReconcileArgs, ReconcileFormat};
use claimcheck::material::{self, Material};
use claimcheck::settings::{self, Overrides};
use claimcheck_report::{Annotations, Chunk, Format, HumanOptions, Stream};
use miette::{miette, Result};
use std::process::ExitCode;

pub fn run(args: &ReconcileArgs) -> Result<ExitCode> {
    let inputs = inputs::expand(&args.drafts, &args.batch)?;
    let material = Material::read(&args.sources, &args.references)?;
    // Records may bring their own sources; files have only the run's.
    if material.is_empty() && args.batch.input == InputKind::Text {
        return Err(miette!(
            "nothing to reconcile {} against: give --source FILE or --reference FILE",
            inputs.first().map_or_else(String::new, |i| i.name())
        ));
    }
    if args.format == ReconcileFormat::Json
        && (inputs.len() > 1 || args.batch.input == InputKind::Jsonl)
    {
        return Err(miette!(
            "`--format json` is one document for one draft; for several use `--format jsonl` (a document per line)"
        ));
    }
    let ov = Overrides {
        config: args.config.clone(),
        rules: args.rules.clone(),
        published: args.published,
        ..Default::default()
    };
    let resolved = settings::for_files(inputs.iter().map(|i| &*i.path), &ov)?;
    material.check_reference_metrics(resolved.settings.iter().flat_map(|s| &s.rules.metrics))?;
    // The HTML page is written whole at the end, as `check` writes it.
    let mut page = Stream::new(Format::Html, HumanOptions::default(), &[]);
    let renderer = page.renderer();
    let material_docs = material.documents();
    let table = |pending: records::Pending<'_>| -> Result<Table, Failure> {
        let name = pending.name();
        let article = pending.read().map_err(Failure::Unreadable)?;
        let s = &resolved.settings[resolved.of_file[article.input]];
        let published = article.published.or(s.published);
        let own = material.with_sources(&article.sources);
        if own.is_empty() {
            return Err(Failure::Unreadable(miette!(
                "nothing to reconcile {name} against: the record has no sources and the run has no --source or --reference"
            )));
        }
        let made = crate::isolate::isolated(|| {
            let claims = s.extractor.extract(&article.doc, published);
            let outcome = own.reconcile(
                &article.doc,
                &claims,
                &s.extractor,
                published,
                &s.source_registries(),
            );
            outcome.map(|o| (o, claims))
        });
        let (outcome, claims) = match made {
            Ok(outcome) => outcome.map_err(Failure::Unreadable)?,
            Err(fault) => return Err(Failure::Crashed { name, fault }),
        };
        if args.format == ReconcileFormat::Html {
            let annotations = Annotations {
                claims,
                reconciled: Some(material::reconciled(&outcome.view, &article.doc)),
            };
            let mut docs = vec![article.doc];
            docs.extend(article.sources);
            docs.extend(material_docs.iter().cloned());
            return Ok(Table::Page(renderer.annotated(
                &docs[0].path.clone(),
                article.record.as_deref(),
                &outcome.findings,
                &docs,
                annotations,
            )));
        }
        let mut out = match args.format {
            ReconcileFormat::Human => {
                claimcheck_report::escape_for_terminal(&outcome.view.render_human()).into_owned()
            }
            ReconcileFormat::Json => outcome.view.to_json(),
            ReconcileFormat::Jsonl => outcome.view.to_json_line(),
            ReconcileFormat::Html => unreachable!("the page is rendered above"),
        };
        if !out.ends_with('\n') {
            out.push('\n');
        }
        Ok(Table::Text(out))
    };
    let mut out = crate::output::Out::stdout();
    let mut progress = Progress::new(
        (args.batch.input == InputKind::Text).then_some(inputs.len()),
        args.batch.quiet,
    );
    let mut written = 0;
    batch::in_order(
        records::articles(&inputs, args.batch.input),
        args.batch.threads(&inputs),
        table,
        |done| match done {
            Ok(Table::Page(chunk)) => {
                progress.done(0);
                out.write(&page.write(chunk))
            }
            Ok(Table::Text(text)) => {
                progress.done(0);
                // Tables for people are set apart by a blank line.
                let gap = args.format == ReconcileFormat::Human && written > 0;
                written += 1;
                out.write(&if gap { format!("\n{text}") } else { text })
            }
            Err(failure) => {
                page.unchecked();
                progress.failed(&failure);
                Ok(Flow::More)
            }
        },
    )?;
    if args.format == ReconcileFormat::Html {
        out.write(&page.finish())?;
    }
    Ok(progress.exit_code())
}

/// One draft's reconciliation: a table as text, or its part of the HTML page.
enum Table {
    Text(String),
    Page(Chunk),
}
