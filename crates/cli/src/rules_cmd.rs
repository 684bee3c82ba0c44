//! `claimcheck rules`: every rule in force (built-in checks, the packs, the
//! suppression rules) as a table or `claimcheck/rules@1` JSON; `rules explain CODE`
//! prints one rule's documentation.

use crate::{Format, RulesArgs, RulesCommand};
use claimcheck::settings::{self, Overrides};
use claimcheck_claims::RuleMeta;
use miette::{miette, IntoDiagnostic, Result};
use std::process::ExitCode;

pub const SCHEMA: &str = "claimcheck/rules@1";

pub fn run(args: &RulesArgs) -> Result<ExitCode> {
    let ov = Overrides {
        config: args.config.clone(),
        rules: args.rules.clone(),
        ..Overrides::default()
    };
    let settings = settings::for_current_dir(&ov)?;
    let mut metas = settings.metas;
    metas.sort_by_key(|m| code_key(&m.code));
    let out = match &args.command {
        None => match args.format {
            Format::Human => table(&metas),
            Format::Json => json(&Listing {
                schema: SCHEMA,
                rules: &metas,
            })?,
        },
        Some(RulesCommand::Explain { code }) => {
            let meta = find(&metas, code)?;
            match args.format {
                Format::Human => explain(meta),
                Format::Json => json(&Listing {
                    schema: SCHEMA,
                    rules: std::slice::from_ref(meta),
                })?,
            }
        }
    };
    crate::output::emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Codes sort by their letters, then numerically: CC99 before CC100.
fn code_key(code: &str) -> (String, u64, String) {
    let letters: String = code.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let number = code[letters.len()..].parse().unwrap_or(u64::MAX);
    (letters, number, code.to_string())
}

/// `claimcheck/rules@1`: the schema name first, then every rule's metadata.
#[derive(serde::Serialize)]
struct Listing<'a> {
    schema: &'static str,
    rules: &'a [RuleMeta],
}

fn json(value: &impl serde::Serialize) -> Result<String> {
    let mut out = serde_json::to_string_pretty(value).into_diagnostic()?;
    out.push('\n');
    Ok(out)
}

/// A rule by code (any case) or by name; otherwise an error naming close ones.
fn find<'a>(metas: &'a [RuleMeta], query: &str) -> Result<&'a RuleMeta> {
    let q = query.trim();
    if let Some(m) = metas
        .iter()
        .find(|m| m.code.eq_ignore_ascii_case(q) || m.name == q)
    {
        return Ok(m);
    }
    let mut similar = claimcheck_rules::similar_codes(q, metas.iter().map(|m| m.code.as_str()));
    for name in claimcheck_rules::similar_codes(q, metas.iter().map(|m| m.name.as_str())) {
        if let Some(m) = metas.iter().find(|m| m.name == name) {
            similar.push(format!("{} ({})", m.code, m.name));
        }
    }
    let hint = if similar.is_empty() {
        "`claimcheck rules` lists every rule".to_string()
    } else {
        format!("did you mean {}?", similar.join(" or "))
    };
    Err(miette!("unknown rule `{q}`; {hint}"))
}

fn table(metas: &[RuleMeta]) -> String {
    let headers = ["code", "name", "severity", "origin", "summary"];
    let rows: Vec<[String; 5]> = metas
        .iter()
        .map(|m| {
            [
                m.code.clone(),
                m.name.clone(),
                m.default_severity.as_str().to_string(),
                m.origin.clone(),
                m.summary.clone(),
            ]
        })
        .collect();
    claimcheck::table::aligned("", headers, &rows)
}

fn explain(m: &RuleMeta) -> String {
    format!(
        "{} {}\nDefault severity: {}. Origin: {}.\n\n{}\n",
        m.code,
        m.name,
        m.default_severity.as_str(),
        m.origin,
        m.doc.trim_end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_sort_numerically() {
        let mut codes = vec!["CC100", "CC99", "CC002", "AB1"];
        codes.sort_by_key(|c| code_key(c));
        assert_eq!(codes, ["AB1", "CC002", "CC99", "CC100"]);
    }
}
