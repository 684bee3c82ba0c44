//! `spec-eval`: scores the extractor on the Recognizers-Text English spec cases
//! (read at run time from a directory of `*.jsonl` files) and prints a pass rate
//! per spec. Exit status: 0 all rates meet their `--min`, 1 one falls below, 2 the
//! run failed (bad arguments, missing or unreadable spec files).

mod score;
mod spec;

use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;

use claimcheck_extract::{Extractor, Mention};

use score::Found;
use spec::{Case, SpecDef, SPECS};

const USAGE: &str = "\
usage: spec-eval [--specs DIR] [--min NAME=RATE]... [--only NAME]... [--verbose]

Scores the extractor on Recognizers-Text spec files (NAME.jsonl in DIR) and prints
one line per spec: `NAME: RATE (PASSED/CASES)`.

  --specs DIR       the spec directory (default: ../shared/specs/recognizers-en)
  --min NAME=RATE   fail (exit 1) when NAME's pass rate is below RATE (0..1)
  --only NAME       score only NAME (repeatable)
  -v, --verbose     print every failing case: input, expected, got
  -h, --help        print this help

Specs: NumberModel, OrdinalModel (plain `ordinal` cases), PercentModel,
DateExtractor, DurationExtractor, NumberRangeModel.";

const DEFAULT_SPECS: &str = "../shared/specs/recognizers-en";

#[derive(Debug, PartialEq)]
struct Options {
    specs: PathBuf,
    mins: Vec<(&'static SpecDef, f64)>,
    only: Vec<&'static SpecDef>,
    verbose: bool,
}

#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Run(Options),
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

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut options = Options {
        specs: PathBuf::from(DEFAULT_SPECS),
        mins: Vec::new(),
        only: Vec::new(),
        verbose: false,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{flag} wants a value"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-v" | "--verbose" => options.verbose = true,
            "--specs" => options.specs = PathBuf::from(value()?),
            "--min" => options.mins.push(parse_min(&value()?)?),
            "--only" => options.only.push(spec_named(&value()?)?),
            _ => return Err(format!("unknown argument {arg:?}")),
        }
    }
    Ok(Command::Run(options))
}

/// One case's outcome, kept for the verbose report.
struct Outcome {
    passed: bool,
    /// Our mentions of the spec's kind.
    found: Vec<Found>,
    /// Our mentions of other kinds, to show what a missed expression became.
    others: Vec<Found>,
    panic: Option<String>,
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
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
        for case in cases {
            match evaluate(&extractor, def, case) {
                Ok(o) => outcomes.push(o),
                Err(e) => {
                    result = Err(format!("{}: case {:?}: {e}", def.file_name(), case.input));
                    break;
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
            "{}: {:.3} ({}/{})",
            def.name,
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
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Run(options)) => options,
        Err(e) => {
            eprintln!("spec-eval: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
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

    fn args(s: &str) -> Result<Command, String> {
        parse_args(s.split_whitespace().map(str::to_string))
    }

    #[test]
    fn parses_the_documented_command_line() {
        let Ok(Command::Run(o)) = args(
            "--specs ../shared/specs/recognizers-en --min NumberModel=0.76 --min=DateExtractor=0.94 --only PercentModel -v",
        ) else {
            panic!("did not parse");
        };
        assert_eq!(o.specs, PathBuf::from("../shared/specs/recognizers-en"));
        let mins: Vec<(&str, f64)> = o.mins.iter().map(|(d, r)| (d.name, *r)).collect();
        assert_eq!(mins, [("NumberModel", 0.76), ("DateExtractor", 0.94)]);
        assert_eq!(o.only.len(), 1);
        assert_eq!(o.only[0].name, "PercentModel");
        assert!(o.verbose);
    }

    #[test]
    fn defaults_and_help() {
        let Ok(Command::Run(o)) = args("") else {
            panic!("did not parse");
        };
        assert_eq!(o.specs, PathBuf::from(DEFAULT_SPECS));
        assert!(o.mins.is_empty() && o.only.is_empty() && !o.verbose);
        assert_eq!(args("--verbose --help"), Ok(Command::Help));
    }

    #[test]
    fn rejects_bad_arguments() {
        assert!(args("--min NumberModel").is_err());
        assert!(args("--min NumberModel=1.5").is_err());
        assert!(args("--min NumberModel=abc").is_err());
        assert!(args("--min Nope=0.5").is_err());
        assert!(args("--only").is_err());
        assert!(args("--only DateTimeModel").is_err());
        assert!(args("--fast").is_err());
    }

    #[test]
    fn missing_spec_dir_is_an_error() {
        let Ok(Command::Run(o)) = args("--specs /nonexistent/spec-eval-test-dir") else {
            panic!("did not parse");
        };
        let err = run(&o).unwrap_err();
        assert!(err.contains("/nonexistent/spec-eval-test-dir"), "{err}");
    }
}
