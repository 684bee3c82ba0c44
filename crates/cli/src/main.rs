//! The `claimcheck` binary: wires the stages (read → extract → render) and maps
//! failures to exit code 2. It holds no extraction or checking logic of its own.

mod batch;
mod check_cmd;
mod claims_cmd;
mod inputs;
mod isolate;
mod lsp;
mod output;
mod progress;
mod reconcile_cmd;
mod records;
mod rules_cmd;

use claimcheck::claims_out::ClaimsFormat;
use claimcheck::parse_date;
use claimcheck::settings::ConfigArgs;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "A linter for facts: finds the figures, dates, ordinals and sources in an article and checks them"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check drafts for figures that cannot all be true; exit 1 on errors.
    Check(CheckArgs),
    /// List every claim in the files: figures, dates, ordinals, their bounds, metrics and sources.
    Claims(ClaimsArgs),
    /// List every rule (built-in, packs, suppression rules); `rules explain CODE` documents one.
    Rules(RulesArgs),
    /// Per metric, each source's figure beside the draft's, with a verdict.
    Reconcile(ReconcileArgs),
    /// A language server on standard input and output: findings as
    /// diagnostics while you write, claims on hover, suppressions as code actions.
    Lsp(LspArgs),
}

#[derive(clap::Args)]
struct LspArgs {
    /// Talk over standard input and output (the only transport; editors
    /// that pass this flag are accepted).
    #[arg(long)]
    stdio: bool,
}

#[derive(clap::Args)]
pub struct ReconcileArgs {
    /// The drafts: files, directories (walked for *.md, *.markdown, *.txt) or
    /// `-` for standard input.
    #[arg(required = true)]
    pub drafts: Vec<PathBuf>,
    /// Material the draft was written from.
    #[arg(long = "source", value_name = "FILE")]
    pub sources: Vec<PathBuf>,
    /// Structured facts (TOML or JSON records).
    #[arg(long = "reference", value_name = "FILE")]
    pub references: Vec<PathBuf>,
    /// Output format: a table per draft, one `claimcheck/reconcile@1` document
    /// (one draft only), one document per line, or one HTML page.
    #[arg(long, value_enum, default_value_t = ReconcileFormat::Human)]
    pub format: ReconcileFormat,
    /// Publication date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub published: Option<jiff::civil::Date>,
    /// Extra rule packs: every *.toml in this folder adds metrics.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    #[command(flatten)]
    pub batch: inputs::BatchArgs,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(clap::Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub command: Option<RulesCommand>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human, global = true)]
    pub format: Format,
    /// Extra rule packs: every *.toml in this folder adds metrics and rules.
    #[arg(long = "rules", value_name = "DIR", global = true)]
    pub rules: Vec<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Subcommand)]
pub enum RulesCommand {
    /// Print a rule's documentation: what it checks, why it matters, an example, the correction.
    Explain {
        /// The rule's code (CC101) or name (recaptured-exceeds-escaped).
        code: String,
    },
}

#[derive(clap::Args)]
pub struct ClaimsArgs {
    /// Articles to read (UTF-8 text or Markdown): files, directories (walked
    /// for *.md, *.markdown, *.txt) or `-` for standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format: a table per article, one JSON document, or JSON Lines
    /// (one claim per line, with its path).
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Human)]
    pub format: ClaimsFormat,
    /// Publication date (YYYY-MM-DD): anchors "last week", "on Tuesday", "in November".
    #[arg(long, value_parser = parse_date)]
    pub published: Option<jiff::civil::Date>,
    /// Extra rule packs: every *.toml in this folder adds metrics and cue words.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// JSON schema version: 2 (default) adds each claim's frame and the relations
    /// between claims; 1 is the original `claimcheck/claims@1`.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u8).range(1..=2))]
    pub schema: u8,
    /// List the relations found between claims: after each table, or as
    /// lines of their own in JSON Lines (JSON always has them).
    #[arg(long)]
    pub relations: bool,
    #[command(flatten)]
    pub batch: inputs::BatchArgs,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Drafts to check (UTF-8 text or Markdown): files, directories (walked
    /// for *.md, *.markdown, *.txt) or `-` for standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD): dates after it reported as past are errors. Wins over the config's `published`.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<jiff::civil::Date>,
    /// Output format: human, json, sarif, github, jsonl (one finding per line) or
    /// html (one self-contained page: the articles with their claims marked).
    #[arg(long, default_value = "human", value_parser = parse_format)]
    pub format: claimcheck_report::Format,
    /// Colours in the human format: auto (a terminal, unless NO_COLOR is set or
    /// TERM=dumb), always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = output::ColorChoice::Auto)]
    pub color: output::ColorChoice,
    /// Fail (exit 1) on warnings too: `--deny warnings`.
    #[arg(long = "deny", value_name = "LEVEL", value_parser = ["warnings"])]
    pub deny: Option<String>,
    #[arg(skip)]
    pub deny_warnings: bool,
    /// Extra rule packs: every *.toml in this folder adds metrics and rules.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Material the draft was written from (wire copy, statements, transcripts):
    /// the draft's figures, hedges, attributions and quotations are checked against it.
    #[arg(long = "source", value_name = "FILE")]
    pub sources: Vec<PathBuf>,
    /// Structured facts to check the draft against (TOML or JSON records; see README).
    #[arg(long = "reference", value_name = "FILE")]
    pub references: Vec<PathBuf>,
    /// Run only these rules (comma-separated codes); replaces the config's `select`.
    #[arg(long, value_name = "CODES", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Do not run these rules (comma-separated codes); adds to the config's `ignore`.
    #[arg(long, value_name = "CODES", value_delimiter = ',')]
    pub ignore: Vec<String>,
    #[command(flatten)]
    pub batch: inputs::BatchArgs,
    #[command(flatten)]
    pub config: ConfigArgs,
}

fn parse_format(s: &str) -> Result<claimcheck_report::Format, String> {
    s.parse()
        .map_err(|e: claimcheck_report::UnknownFormat| e.to_string())
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// The formats of `reconcile`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReconcileFormat {
    Human,
    Json,
    Jsonl,
    /// One self-contained page: each draft with its claims marked, its
    /// reconciliation table and sources, and the reconciliation's findings.
    Html,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Claims(args) => claims_cmd::run(&args),
        Command::Rules(args) => rules_cmd::run(&args),
        Command::Reconcile(args) => reconcile_cmd::run(&args),
        Command::Lsp(_) => lsp::run(),
        Command::Check(mut args) => {
            args.deny_warnings = args.deny.is_some();
            check_cmd::run(&args)
        }
    };
    match result {
        Ok(code) => code,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(2)
        }
    }
}
