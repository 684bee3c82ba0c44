//! `claimcheck reconcile`: the table an editor wants before publishing a story
//! with disputed figures — per metric, each source's figure and the draft's side
//! by side, with a verdict — as text or `claimcheck/reconcile@1` JSON.

use crate::material::Material;
use crate::settings::{self, Overrides};
use crate::{input, Format, ReconcileArgs};
use miette::{miette, Result};
use std::process::ExitCode;

pub fn run(args: &ReconcileArgs) -> Result<ExitCode> {
    let draft = input::read_document(&args.draft)?;
    let material = Material::read(&args.sources, &args.references)?;
    if material.is_empty() {
        return Err(miette!(
            "nothing to reconcile {} against: give --source FILE or --reference FILE",
            draft.path
        ));
    }
    let ov = Overrides {
        config: args.config.clone(),
        rules: args.rules.clone(),
        published: args.published,
        ..Default::default()
    };
    let resolved = settings::for_files([args.draft.as_path()], &ov)?;
    let s = &resolved.settings[resolved.of_file[0]];
    material.check_reference_metrics(&s.rules.metrics)?;
    let claims = s.extractor.extract(&draft, s.published);
    let outcome = material.reconcile(
        &draft,
        &claims,
        &s.extractor,
        s.published,
        &s.source_registries(),
    )?;
    let mut out = match args.format {
        Format::Human => {
            claimcheck_report::escape_for_terminal(&outcome.view.render_human()).into_owned()
        }
        Format::Json => outcome.view.to_json(),
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    crate::output::emit(&out)?;
    Ok(ExitCode::SUCCESS)
}
