//! `spec-eval`: scores the extractor on the Recognizers-Text English spec cases
//! (read at run time from a directory of `*.jsonl` files) and prints a pass rate
//! per spec. Exit status: 0 all rates meet their `--min`, 1 one falls below, 2 the
//! run failed (bad arguments, missing or unreadable spec files).

mod document;
mod score;
mod spec;

use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;

use claimcheck_extract::{Extractor, Mention};
use clap::Parser;

use score::Found;
use spec::{Case, SpecDef, SPECS};

const DEFAULT_SPECS: &str = "../shared/specs/recognizers-en";

/// Scores the extractor on Recognizers-Text spec files (NAME.jsonl in the spec
/// directory) and prints one line per spec: `NAME: RATE (PASSED/CASES)`.
///
/// Specs: NumberModel, OrdinalModel (plain `ordinal` cases), PercentModel,
/// DateExtractor, DurationExtractor, NumberRangeModel.
#[derive(Debug, Parser)]
#[command(name = "spec-eval", version)]
struct Options {
    /// The spec directory.
    #[arg(long, value_name = "DIR", default_value = DEFAULT_SPECS)]
    specs: PathBuf,
    /// Fail (exit 1) when NAME's pass rate is below RATE (0..1); repeatable.
    #[arg(long = "min", value_name = "NAME=RATE", value_parser = parse_min)]
    mins: Vec<(&'static SpecDef, f64)>,
    /// Score only NAME; repeatable.
    #[arg(long, value_name = "NAME", value_parser = spec_named)]
    only: Vec<&'static SpecDef>,
    /// Score what `claimcheck claims` reports: the cases of one reference
    /// date as one document, a paragraph each, instead of every mention of
    /// one case at a time.
    #[arg(long)]
    document: bool,
    /// Print every failing case: input, expected, got.
    #[arg(short, long)]
    verbose: bool,
}

fn spec_named(name: &str) -> Result<&'static SpecDef, String> {
    spec::find_spec(name).ok_or_else(|| {
        let known: Vec<&str> = SPECS.iter().map(|s| s.name).collect();
        format!("unknown spec {name:?} (known: {})", known.join(", "))
    })
}

fn parse_min(arg: &str) -> Result<(&'static SpecDef, f64), String> {
    let (name, rate) = arg
        .split_once('=')
        .ok_or_else(|| format!("--min wants NAME=RATE, got {arg:?}"))?;
    let rate: f64 = rate
        .parse()
        .ok()
        .filter(|r: &f64| (0.0..=1.0).contains(r))
        .ok_or_else(|| format!("--min {name}: rate {rate:?} is not a number in 0..1"))?;
    Ok((spec_named(name)?, rate))
}

/// One case's outcome, kept for the verbose report.
pub struct Outcome {
    passed: bool,
    /// Our mentions of the spec's kind.
    found: Vec<Found>,
    /// Our mentions of other kinds, to show what a missed expression became.
    others: Vec<Found>,
    panic: Option<String>,
}

pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

fn evaluate(extractor: &Extractor, def: &SpecDef, case: &Case) -> Result<Outcome, String> {
    let published = case.published()?;
    // The extractor is under active work: a panic on one input fails that case,
    // not the run.
    let mentions: Result<Vec<Mention>, String> = panic::catch_unwind(AssertUnwindSafe(|| {
        extractor.mentions(&case.input, Some(published))
    }))
    .map_err(|p| panic_message(p.as_ref()));
    let (found, others): (Vec<Found>, Vec<Found>) = mentions
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|m| Found::from_mention(&case.input, m))
        .partition(|f| f.kind == def.kind);
    let passed = mentions.is_ok() && score::passes(def.rule, &case.input, &case.expected, &found);
    Ok(Outcome {
        passed,
        found,
        others,
        panic: mentions.err(),
    })
}

fn describe_expected(cases: &[spec::Expected]) -> String {
    if cases.is_empty() {
        return "(nothing)".to_string();
    }
    let items: Vec<String> = cases
        .iter()
        .map(|e| match e.value_str() {
            Some(v) => format!("{:?} [{},{}) = {v}", e.text, e.start, e.end),
            None => format!("{:?} [{},{})", e.text, e.start, e.end),
        })
        .collect();
    items.join("; ")
}

fn describe_found(found: &[Found], with_kind: bool) -> String {
    if found.is_empty() {
        return "(nothing)".to_string();
    }
    let items: Vec<String> = found
        .iter()
        .map(|f| {
            let kind = if with_kind {
                format!("{:?} ", f.kind)
            } else {
                String::new()
            };
            match f.value {
                Some(v) => format!(
                    "{kind}{:?} [{},{}) = {}",
                    f.text,
                    f.start,
                    f.end,
                    v.normalize()
                ),
                None => format!("{kind}{:?} [{},{})", f.text, f.start, f.end),
            }
        })
        .collect();
    items.join("; ")
}

fn print_failure(index: usize, case: &Case, outcome: &Outcome) {
    let id = case.source_index.unwrap_or(index);
    println!("  FAIL #{id} {:?}", case.input);
    println!("    expected: {}", describe_expected(&case.expected));
    match &outcome.panic {
        Some(message) => println!("    got:      extractor panicked: {message}"),
        None => println!("    got:      {}", describe_found(&outcome.found, false)),
    }
    if !outcome.others.is_empty() {
        println!("    other:    {}", describe_found(&outcome.others, true));
    }
}

struct Rate {
    passed: usize,
    total: usize,
}

impl Rate {
    fn value(&self) -> f64 {
        self.passed as f64 / self.total as f64
    }
}

fn run(options: &Options) -> Result<bool, String> {
    if !options.specs.is_dir() {
        return Err(format!(
            "spec directory {} not found (give it with --specs DIR, e.g. --specs {DEFAULT_SPECS})",
            options.specs.display()
        ));
    }
    let selected: Vec<&SpecDef> = SPECS
        .iter()
        .filter(|s| options.only.is_empty() || options.only.iter().any(|o| o.name == s.name))
        .collect();
    // Read every file before scoring, so that bad data stops the run up front.
    let mut loaded = Vec::new();
    for def in selected {
        let cases =
            spec::load_cases(&options.specs.join(def.file_name())).map_err(|e| e.to_string())?;
        let cases: Vec<Case> = cases.into_iter().filter(|c| def.selects(c)).collect();
        if cases.is_empty() {
            return Err(format!("{}: no cases to score", def.file_name()));
        }
        loaded.push((def, cases));
    }
    let extractor = Extractor::new(Vec::new()).map_err(|e| e.to_string())?;

    let quiet_panics = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let mut rates = Vec::new();
    let mut result = Ok(());
    for (def, cases) in &loaded {
        let mut outcomes = Vec::with_capacity(cases.len());
        if options.document {
            match document::outcomes(&extractor, def, cases) {
                Ok(o) => outcomes = o,
                Err(e) => result = Err(format!("{}: {e}", def.file_name())),
            }
        } else {
            for case in cases {
                match evaluate(&extractor, def, case) {
                    Ok(o) => outcomes.push(o),
                    Err(e) => {
                        result = Err(format!("{}: case {:?}: {e}", def.file_name(), case.input));
                        break;
                    }
                }
            }
        }
        if result.is_err() {
            break;
        }
        let rate = Rate {
            passed: outcomes.iter().filter(|o| o.passed).count(),
            total: outcomes.len(),
        };
        println!(
            "{}{}: {:.3} ({}/{})",
            def.name,
            if options.document { " (document)" } else { "" },
            rate.value(),
            rate.passed,
            rate.total
        );
        if options.verbose {
            for (i, (case, outcome)) in cases.iter().zip(&outcomes).enumerate() {
                if !outcome.passed {
                    print_failure(i, case, outcome);
                }
            }
        }
        let panics = outcomes.iter().filter(|o| o.panic.is_some()).count();
        if panics > 0 {
            eprintln!(
                "spec-eval: the extractor panicked on {panics} {} cases",
                def.name
            );
        }
        rates.push((def.name, rate));
    }
    panic::set_hook(quiet_panics);
    result?;

    let mut all_met = true;
    for (def, min) in &options.mins {
        if let Some((_, rate)) = rates.iter().find(|(name, _)| *name == def.name) {
            if rate.value() < *min {
                eprintln!(
                    "spec-eval: {} pass rate {:.3} is below --min {min}",
                    def.name,
                    rate.value()
                );
                all_met = false;
            }
        }
    }
    Ok(all_met)
}

fn main() -> ExitCode {
    let options = Options::parse();
    match run(&options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("spec-eval: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Result<Options, clap::Error> {
        Options::try_parse_from(std::iter::once("spec-eval").chain(s.split_whitespace()))
    }

    #[test]
    fn parses_the_documented_command_line() {
        let o = args(
            "--specs ../shared/specs/recognizers-en --min NumberModel=0.76 --min=DateExtractor=0.94 --only PercentModel -v --document",
        )
        .unwrap();
        assert_eq!(o.specs, PathBuf::from("../shared/specs/recognizers-en"));
        let mins: Vec<(&str, f64)> = o.mins.iter().map(|(d, r)| (d.name, *r)).collect();
        assert_eq!(mins, [("NumberModel", 0.76), ("DateExtractor", 0.94)]);
        assert_eq!(o.only.len(), 1);
        assert_eq!(o.only[0].name, "PercentModel");
        assert!(o.verbose && o.document);
    }

    #[test]
    fn defaults_and_help() {
        let o = args("").unwrap();
        assert_eq!(o.specs, PathBuf::from(DEFAULT_SPECS));
        assert!(o.mins.is_empty() && o.only.is_empty() && !o.verbose && !o.document);
        let help = args("--verbose --help").unwrap_err();
        assert_eq!(help.kind(), clap::error::ErrorKind::DisplayHelp);
        assert!(help.to_string().contains("--document"));
    }

    #[test]
    fn rejects_bad_arguments() {
        for bad in [
            "--min NumberModel",
            "--min NumberModel=1.5",
            "--min NumberModel=abc",
            "--min Nope=0.5",
            "--only",
            "--only DateTimeModel",
            "--fast",
        ] {
            assert!(args(bad).is_err(), "{bad}");
        }
        let unknown = args("--only DateTimeModel").unwrap_err().to_string();
        assert!(unknown.contains("known: NumberModel"), "{unknown}");
    }

    #[test]
    fn missing_spec_dir_is_an_error() {
        let o = args("--specs /nonexistent/spec-eval-test-dir").unwrap();
        let err = run(&o).unwrap_err();
        assert!(err.contains("/nonexistent/spec-eval-test-dir"), "{err}");
    }

    #[test]
    fn document_mode_scores_each_case_by_its_paragraph() {
        let cases = spec::parse_cases(
            r#"{"input": "It drew more than 30 people.", "expected": [{"text": "more than 30", "start": 8, "end": 20, "type": "number.range", "value": null}]}
{"input": "Nothing here.", "expected": []}
{"input": "between 7 and 9 people", "expected": [{"text": "between 7 and 9", "start": 0, "end": 15, "type": "number.range", "value": null}]}
{"input": "seven people", "expected": [{"text": "x", "start": 0, "end": 5, "type": "number.range", "value": null}]}"#,
        )
        .unwrap();
        let extractor = Extractor::new(Vec::new()).unwrap();
        let def = spec::find_spec("NumberRangeModel").unwrap();
        let got = document::outcomes(&extractor, def, &cases).unwrap();
        let passed: Vec<bool> = got.iter().map(|o| o.passed).collect();
        assert_eq!(passed, [true, true, true, false]);
        // Spans are the case's own offsets, not the document's.
        assert_eq!((got[2].found[0].start, got[2].found[0].end), (0, 15));
    }
}
