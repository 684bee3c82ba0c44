//! `claimcheck claims`: list every claim in the files, as a table or as
//! `claimcheck/claims@2` JSON (claims with their frames, and the relations
//! between them), or `claimcheck/claims@1` with `--schema 1`. The formats
//! themselves are the library's (`claims_out.rs`).

use crate::batch::{self, Flow};
use crate::inputs::{self, InputKind};
use crate::progress::Progress;
use crate::records::{self, Failure};
use crate::ClaimsArgs;
use claimcheck::claims_out::{self, ClaimsFormat, ClaimsView, Listed};
use claimcheck::settings::{self, Overrides};
use miette::Result;
use std::process::ExitCode;

pub fn run(args: &ClaimsArgs) -> Result<ExitCode> {
    let inputs = inputs::expand(&args.files, &args.batch)?;
    let ov = Overrides {
        config: args.config.clone(),
        rules: args.rules.clone(),
        published: args.published,
        ..Overrides::default()
    };
    let resolved = settings::for_files(inputs.iter().map(|i| &*i.path), &ov)?;
    let view = ClaimsView {
        format: args.format,
        schema: args.schema,
        relations: args.relations,
    };
    let list = |pending: records::Pending<'_>| -> Result<Listed, Failure> {
        let name = pending.name();
        let article = pending.read().map_err(Failure::Unreadable)?;
        let s = &resolved.settings[resolved.of_file[article.input]];
        let published = article.published.or(s.published);
        let d = &article.doc;
        let listed = crate::isolate::isolated(|| {
            let g = claimcheck::check::claims_of(d, s, published);
            claims_out::render(view, d, article.record.as_deref(), &g)
        });
        listed.map_err(|fault| Failure::Crashed { name, fault })
    };
    let mut out = crate::output::Out::stdout();
    let mut progress = Progress::new(
        (args.batch.input == InputKind::Text).then_some(inputs.len()),
        args.batch.quiet,
    );
    let json = args.format == ClaimsFormat::Json;
    if json && out.write(&claims_out::json_head(args.schema))? == Flow::Stop {
        return Ok(ExitCode::SUCCESS);
    }
    let (mut any_claims, mut any_relations) = (false, false);
    // The relations come after every claim in `claims@2`: held until then.
    let mut relations = String::new();
    batch::in_order(
        records::articles(&inputs, args.batch.input),
        args.batch.threads(&inputs),
        list,
        |done| match done {
            Ok(Listed {
                claims,
                relations: more,
                any_claims: c,
                any_relations: r,
                count,
            }) => {
                progress.done(count);
                let claims = claims_out::first_item(claims, json && !any_claims);
                relations.push_str(&more);
                any_claims |= c;
                any_relations |= r;
                out.write(&claims)
            }
            Err(failure) => {
                progress.failed(&failure);
                Ok(Flow::More)
            }
        },
    )?;
    progress.finish();
    if json {
        out.write(&claims_out::json_tail(
            args.schema,
            any_claims,
            &relations,
            any_relations,
        ))?;
    }
    Ok(progress.exit_code())
}
