//! `claimcheck check`: extract the claims of each draft, run the rules, render the
//! findings, and turn them into an exit code (0 clean, 1 findings at or above the
//! failing level).

use crate::claims_cmd::load_packs;
use crate::{input, CheckArgs};
use claimcheck_claims::Finding;
use claimcheck_extract::Extractor;
use claimcheck_report::Format;
use claimcheck_rules::{CheckContext, RuleSet};
use miette::{IntoDiagnostic, Result};
use std::process::ExitCode;

pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let rules = RuleSet::new(load_packs(&args.rules)?)?;
    let extractor = Extractor::new(rules.metrics.clone()).into_diagnostic()?;
    let docs = args
        .files
        .iter()
        .map(|p| input::read_document(p))
        .collect::<Result<Vec<_>>>()?;
    for s in &args.sources {
        // Sources must at least be readable; reconciling against them is not built yet.
        input::read_document(s)?;
    }
    if !args.sources.is_empty() {
        eprintln!("claimcheck: note: --source files were read, but checking a draft against its sources is not implemented yet; only the draft's own consistency is checked");
    }
    let ctx = CheckContext {
        published: args.published,
    };
    let mut findings: Vec<Finding> = Vec::new();
    for doc in &docs {
        let claims = extractor.extract(doc, args.published);
        findings.extend(rules.check(doc, &claims, &ctx));
    }
    let out = match args.format {
        Format::Human => claimcheck_report::render_human(
            &findings,
            &docs,
            &claimcheck_report::HumanOptions {
                color: std::io::IsTerminal::is_terminal(&std::io::stdout()),
                ..Default::default()
            },
        ),
        f => claimcheck_report::render(f, &findings, &docs, &rules.metas()),
    };
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    Ok(ExitCode::from(claimcheck_report::exit_code(
        &findings,
        args.deny_warnings,
    )))
}
