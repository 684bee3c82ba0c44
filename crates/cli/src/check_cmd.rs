//! `claimcheck check`: extract the claims of each draft, run the rules, apply the
//! config (select, ignore, severity, per-path) and the draft's own suppression
//! comments, render the findings, and turn them into an exit code (0 clean, 1
//! findings at or above the failing level).

use crate::material::Material;
use crate::settings::{self, Overrides, Settings};
use crate::{input, CheckArgs};
use claimcheck_claims::{Document, Finding, RuleMeta};
use claimcheck_report::Format;
use claimcheck_rules::{CheckContext, Suppressions};
use miette::Result;
use std::path::Path;
use std::process::ExitCode;

pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    // Read every file first: one unreadable file fails the run before any output.
    let docs = args
        .files
        .iter()
        .map(|p| input::read_document(p))
        .collect::<Result<Vec<_>>>()?;
    let material = Material::read(&args.sources, &args.references)?;
    let ov = Overrides {
        config: args.config.clone(),
        rules: args.rules.clone(),
        published: args.published,
        select: (!args.select.is_empty()).then(|| args.select.clone()),
        ignore: args.ignore.clone(),
    };
    let resolved = settings::for_files(&args.files, &ov)?;
    material.check_reference_metrics(resolved.settings.iter().flat_map(|s| &s.rules.metrics))?;
    let mut findings: Vec<Finding> = Vec::new();
    // A fault inside the checker on one file is reported for that file; the
    // others are still checked and shown, and the run exits 2 at the end.
    let mut crashed = Vec::new();
    for ((doc, path), &i) in docs.iter().zip(&args.files).zip(&resolved.of_file) {
        match crate::isolate::isolated(|| {
            check_document(doc, path, &resolved.settings[i], &ov, &material)
        }) {
            Ok(found) => findings.extend(found?),
            Err(panic) => crashed.push((path.display().to_string(), panic)),
        }
    }
    // Labels may point into the sources and reference files too.
    let mut docs = docs;
    docs.extend(material.documents());
    // Stable: findings at one spot keep the order the rules gave them.
    findings.sort_by_key(Finding::sort_key);
    let out = match args.format {
        Format::Human => claimcheck_report::render_human(
            &findings,
            &docs,
            &claimcheck_report::HumanOptions {
                color: args.color.enabled(),
                ..Default::default()
            },
        ),
        f => claimcheck_report::render(f, &findings, &docs, &all_metas(&resolved.settings)),
    };
    crate::output::emit(&out)?;
    for (path, panic) in &crashed {
        eprintln!(
            "claimcheck: internal error while checking {}: {}\n  the other files were checked; please report this with the file",
            claimcheck_report::escape_for_terminal(path),
            claimcheck_report::escape_for_terminal(panic)
        );
    }
    if !crashed.is_empty() {
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::from(claimcheck_report::exit_code(
        &findings,
        args.deny_warnings,
    )))
}

/// One draft's findings, its own and against its sources, after config and
/// suppressions.
fn check_document(
    doc: &Document,
    path: &Path,
    s: &Settings,
    ov: &Overrides,
    material: &Material,
) -> Result<Vec<Finding>> {
    // The isolation test's way in: a debug build panics on a file whose
    // name holds this variable's value.
    #[cfg(debug_assertions)]
    if std::env::var("CLAIMCHECK_TEST_PANIC_ON")
        .is_ok_and(|v| !v.is_empty() && path.to_string_lossy().contains(&v))
    {
        panic!("test panic on {}", path.display());
    }
    let suppressions = Suppressions::parse(doc);
    // Suppression comments are blanked (offsets kept): a figure in a reason is no claim.
    let text = suppressions.mask(doc);
    let graph = s.extractor.extract_graph(&text, s.published);
    let claims = &graph.claims;
    let ctx = CheckContext {
        published: s.published,
    };
    let policy = s.policy(path, ov);
    let mut raw = s.rules.check(&text, &graph, &ctx);
    if !material.is_empty() {
        let outcome = material.reconcile(
            &text,
            claims,
            &s.extractor,
            s.published,
            &s.source_registries(),
        )?;
        raw.extend(outcome.findings);
    }
    let findings = policy.apply(raw);
    // The suppressions' own findings (CC901, CC902) obey select, ignore and severity too.
    Ok(policy.apply(suppressions.apply(doc, findings, &s.codes())))
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
