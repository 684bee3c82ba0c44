//! `claimcheck check`: extract the claims of each draft, run the rules, apply the
//! config (select, ignore, severity, per-path) and the draft's own suppression
//! comments, render the findings, and turn them into an exit code (0 clean, 1
//! findings at or above the failing level).

use crate::batch::{self, Flow};
use crate::inputs;
use crate::progress::Progress;
use crate::records::{self, Article, Failure};
use crate::CheckArgs;
use claimcheck::check::check_annotated;
use claimcheck::material::Material;
use claimcheck::settings::{self, Overrides, Settings};
use claimcheck_claims::{Finding, RuleMeta};
use claimcheck_report::{Annotations, Chunk, Stream};
use miette::Result;
use std::path::Path;
use std::process::ExitCode;

/// One article's findings, rendered.
struct Checked {
    chunk: Chunk,
    findings: usize,
}

pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let inputs = inputs::expand(&args.files, &args.batch)?;
    let material = Material::read(&args.sources, &args.references)?;
    let ov = Overrides {
        config: args.config.clone(),
        rules: args.rules.clone(),
        published: args.published,
        select: (!args.select.is_empty()).then(|| args.select.clone()),
        ignore: args.ignore.clone(),
    };
    let resolved = settings::for_files(inputs.iter().map(|i| &*i.path), &ov)?;
    material.check_reference_metrics(resolved.settings.iter().flat_map(|s| &s.rules.metrics))?;
    let metas = all_metas(&resolved.settings);
    let mut stream = Stream::new(
        args.format,
        claimcheck_report::HumanOptions {
            color: args.color.enabled(),
            width: crate::output::report_width(),
        },
        &metas,
    );
    let renderer = stream.renderer();
    // Labels may point into the sources and reference files too.
    let material_docs = material.documents();
    let check = |pending: records::Pending<'_>| -> Result<Checked, Failure> {
        let name = pending.name();
        let article = pending.read().map_err(Failure::Unreadable)?;
        let input = &inputs[article.input];
        let s = &resolved.settings[resolved.of_file[article.input]];
        // A fault inside the checker on one article is reported for that
        // article; the others are still checked and shown, and the run exits 2.
        let found =
            crate::isolate::isolated(|| check_article(&article, &input.path, s, &ov, &material));
        match found {
            Ok(Ok((findings, annotations))) => {
                let mut docs = vec![article.doc];
                docs.extend(article.sources);
                docs.extend(material_docs.iter().cloned());
                let chunk = renderer.annotated(
                    &docs[0].path,
                    article.record.as_deref(),
                    &findings,
                    &docs,
                    annotations,
                );
                Ok(Checked {
                    chunk,
                    findings: findings.len(),
                })
            }
            Ok(Err(e)) => Err(Failure::Unreadable(e)),
            Err(fault) => Err(Failure::Crashed { name, fault }),
        }
    };
    let mut out = crate::output::Out::stdout();
    let mut progress = Progress::new(
        (args.batch.input == inputs::InputKind::Text).then_some(inputs.len()),
        args.batch.quiet,
    );
    if out.write(&stream.start())? == Flow::More {
        batch::in_order(
            records::articles(&inputs, args.batch.input),
            args.batch.threads(&inputs),
            check,
            |done| match done {
                Ok(Checked { chunk, findings }) => {
                    progress.done(findings);
                    out.write(&stream.write(chunk))
                }
                Err(failure) => {
                    stream.unchecked();
                    progress.failed(&failure);
                    Ok(Flow::More)
                }
            },
        )?;
        out.write(&stream.finish())?;
    }
    if progress.finish() > 0 {
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::from(u8::from(
        stream.summary().fails(args.deny_warnings),
    )))
}

/// One article's findings, in output order: its own, and against its sources
/// (the run's and the record's); with its claims and reconciliation for the
/// HTML page.
fn check_article(
    article: &Article,
    path: &Path,
    s: &Settings,
    ov: &Overrides,
    material: &Material,
) -> Result<(Vec<Finding>, Annotations)> {
    let published = article.published.or(s.published);
    let material = material.with_sources(&article.sources);
    check_annotated(&article.doc, path, s, ov, &material, published)
}

/// The rules SARIF describes: those of every settings in use, each code once.
fn all_metas(settings: &[Settings]) -> Vec<RuleMeta> {
    let mut out: Vec<RuleMeta> = Vec::new();
    for m in settings.iter().flat_map(|s| &s.metas) {
        if !out.iter().any(|o| o.code == m.code) {
            out.push(m.clone());
        }
    }
    out
}
