//! `claimcheck.toml`: which rules run on which files and at what severity, extra
//! rule packs, the approximation tolerance and a default publication date. Every
//! mistake in the file is a miette diagnostic with a label at the spot in the TOML.

// A config error carries its TOML for the miette label; it is built once, on the
// way out, so its size does not matter.
#![allow(clippy::result_large_err)]

use crate::path_pattern::PathPattern;
use claimcheck_claims::{Finding, Severity};
use claimcheck_rules::similar_codes;
use jiff::civil::Date;
use miette::{Diagnostic, NamedSource, SourceSpan};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use toml::Spanned;

/// The file name looked for in a checked file's folder and its parents.
pub const CONFIG_NAME: &str = "claimcheck.toml";

/// A config file that cannot be used, with the spot in its TOML.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("invalid config {path}: {message}")]
#[diagnostic(code(claimcheck::config))]
pub struct ConfigError {
    pub path: String,
    pub message: String,
    #[source_code]
    pub src: NamedSource<String>,
    #[label("{label}")]
    pub span: Option<SourceSpan>,
    pub label: String,
    #[help]
    pub help: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default, rename = "per-path")]
    per_path: Vec<RawPerPath>,
    #[serde(default)]
    rules: Vec<Spanned<String>>,
    /// Source-registry files (the format of rules/sources.toml) adding aliases.
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    tolerance: Option<Spanned<toml::Value>>,
    published: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerPath {
    path: Spanned<String>,
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// A rule code as written in the config, with where it was written.
#[derive(Clone, Debug)]
struct CodeRef {
    code: String,
    span: Range<usize>,
    /// The key it appeared under, for the message ("select", "per-path ignore").
    place: &'static str,
}

/// The rule settings of one level: the whole config, or one `[[per-path]]` entry.
#[derive(Clone, Debug, Default)]
struct Layer {
    select: Option<Vec<String>>,
    ignore: Vec<String>,
    severity: Vec<(String, Severity)>,
}

/// A loaded config. Its rule codes are checked separately ([`Config::check_codes`]),
/// once the packs it adds are loaded.
#[derive(Debug)]
pub struct Config {
    /// The file, as found or given.
    pub path: PathBuf,
    /// Its folder, absolute: `rules` and per-path patterns are relative to it.
    pub dir: PathBuf,
    /// Extra rule-pack folders, resolved against `dir`.
    pub rules: Vec<PathBuf>,
    /// Source-registry files adding canonical sources and aliases, resolved against `dir`.
    pub sources: Vec<PathBuf>,
    pub tolerance: Option<Decimal>,
    pub published: Option<Date>,
    text: String,
    top: Layer,
    per_path: Vec<(PathPattern, Layer)>,
    codes: Vec<CodeRef>,
}

/// Which rules run on a file and at what severity: a config's layers, then the
/// command line's `--select` and `--ignore`, flattened.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// `None`: every rule.
    pub select: Option<BTreeSet<String>>,
    pub ignore: BTreeSet<String>,
    pub severity: BTreeMap<String, Severity>,
}

impl Policy {
    /// Add a layer on top: its `select` replaces the one below, its `ignore` adds to
    /// it, its severities override.
    fn push(&mut self, layer: &Layer) {
        if let Some(select) = &layer.select {
            self.select = Some(select.iter().cloned().collect());
        }
        self.ignore.extend(layer.ignore.iter().cloned());
        for (code, severity) in &layer.severity {
            self.severity.insert(code.clone(), *severity);
        }
    }

    /// The command line's `--select` (replaces) and `--ignore` (adds), last.
    pub fn with_command_line(mut self, select: Option<&[String]>, ignore: &[String]) -> Policy {
        self.push(&Layer {
            select: select.map(<[String]>::to_vec),
            ignore: ignore.to_vec(),
            severity: Vec::new(),
        });
        self
    }

    /// A rule runs when it is selected (or nothing is) and not ignored: `ignore` wins.
    pub fn enabled(&self, code: &str) -> bool {
        self.select.as_ref().is_none_or(|s| s.contains(code)) && !self.ignore.contains(code)
    }

    /// Drop findings of rules that are off; give the rest their overridden severity.
    pub fn apply(&self, findings: Vec<Finding>) -> Vec<Finding> {
        findings
            .into_iter()
            .filter(|f| self.enabled(&f.code))
            .map(|mut f| {
                if let Some(s) = self.severity.get(&f.code) {
                    f.severity = *s;
                }
                f
            })
            .collect()
    }
}

impl Config {
    /// Read and parse a config file; `path` names it in errors.
    pub fn load(path: &Path) -> miette::Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| miette::miette!("cannot read config {}: {e}", path.display()))?;
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let dir = std::fs::canonicalize(dir)
            .map_err(|e| miette::miette!("cannot read config {}: {e}", path.display()))?;
        Ok(Config::parse(path, &dir, text)?)
    }

    /// Parse config text; `dir` is the folder it is relative to.
    pub fn parse(path: &Path, dir: &Path, text: String) -> Result<Config, ConfigError> {
        let name = path.display().to_string();
        let err = |message: String, span: Option<Range<usize>>, label: &str| ConfigError {
            path: name.clone(),
            message,
            src: NamedSource::new(name.clone(), text.clone()),
            span: span.map(|r| SourceSpan::from(r.start..r.end.max(r.start))),
            label: label.to_string(),
            help: None,
        };
        let raw: RawConfig = toml::from_str(&text).map_err(|e| {
            let label = if e.message().starts_with("unknown field") {
                "unknown key"
            } else {
                "here"
            };
            err(e.message().to_string(), e.span(), label)
        })?;
        let mut codes = Vec::new();
        let mut layer = |select: Option<Vec<Spanned<String>>>,
                         ignore: Vec<Spanned<String>>,
                         severity: BTreeMap<Spanned<String>, Spanned<String>>,
                         per_path: bool|
         -> Result<Layer, ConfigError> {
            let mut note = |s: &Spanned<String>, place: &'static str| {
                codes.push(CodeRef {
                    code: s.get_ref().clone(),
                    span: s.span(),
                    place,
                });
                s.get_ref().clone()
            };
            let (sel, ign, sev) = if per_path {
                ("per-path select", "per-path ignore", "per-path severity")
            } else {
                ("select", "ignore", "severity")
            };
            let select = select.map(|v| v.iter().map(|s| note(s, sel)).collect());
            let ignore = ignore.iter().map(|s| note(s, ign)).collect();
            let mut levels = Vec::new();
            for (code, level) in &severity {
                let code = note(code, sev);
                let parsed = Severity::parse(level.get_ref()).ok_or_else(|| {
                    err(
                        format!(
                            "severity `{}` for {code} must be error, warning or note",
                            level.get_ref()
                        ),
                        Some(level.span()),
                        "not a severity",
                    )
                })?;
                levels.push((code, parsed));
            }
            Ok(Layer {
                select,
                ignore,
                severity: levels,
            })
        };
        let top = layer(raw.select, raw.ignore, raw.severity, false)?;
        let mut per_path = Vec::new();
        for entry in raw.per_path {
            let pattern = PathPattern::parse(entry.path.get_ref()).map_err(|m| {
                err(
                    format!("bad per-path path `{}`: {m}", entry.path.get_ref()),
                    Some(entry.path.span()),
                    "this path",
                )
            })?;
            per_path.push((
                pattern,
                layer(entry.select, entry.ignore, entry.severity, true)?,
            ));
        }
        let mut rules = Vec::new();
        for r in &raw.rules {
            let folder = dir.join(r.get_ref());
            if !folder.is_dir() {
                return Err(err(
                    format!("rule-pack folder `{}` does not exist", folder.display()),
                    Some(r.span()),
                    "not a folder",
                ));
            }
            rules.push(folder);
        }
        let mut sources = Vec::new();
        for r in &raw.sources {
            let file = dir.join(r.get_ref());
            if !file.is_file() {
                return Err(err(
                    format!("source registry `{}` does not exist", file.display()),
                    Some(r.span()),
                    "not a file",
                ));
            }
            sources.push(file);
        }
        let tolerance =
            match raw.tolerance {
                None => None,
                Some(t) => {
                    let value = match t.get_ref() {
                        toml::Value::String(s) => Decimal::from_str(s.trim()).ok(),
                        toml::Value::Float(f) => Decimal::from_str(&f.to_string()).ok(),
                        toml::Value::Integer(i) => Some(Decimal::from(*i)),
                        _ => None,
                    };
                    match value {
                        Some(v) if v > Decimal::ZERO && v < Decimal::ONE => Some(v),
                        _ => return Err(err(
                            "tolerance must be a fraction between 0 and 1, such as \"0.1\" for 10%"
                                .into(),
                            Some(t.span()),
                            "not a tolerance",
                        )),
                    }
                }
            };
        let published = match raw.published {
            None => None,
            Some(p) => {
                let text = match p.get_ref() {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Datetime(d) => d.to_string(),
                    other => other.to_string(),
                };
                Some(crate::parse_date(&text).map_err(|m| {
                    err(
                        format!("published: {m}"),
                        Some(p.span()),
                        "not a YYYY-MM-DD date",
                    )
                })?)
            }
        };
        Ok(Config {
            path: path.to_path_buf(),
            dir: dir.to_path_buf(),
            rules,
            sources,
            tolerance,
            published,
            text,
            top,
            per_path,
            codes,
        })
    }

    /// Every rule code the config names must exist among `known`.
    pub fn check_codes(&self, known: &[&str]) -> Result<(), ConfigError> {
        for c in &self.codes {
            if known.contains(&c.code.as_str()) {
                continue;
            }
            let similar = similar_codes(&c.code, known.iter().copied());
            let help = if similar.is_empty() {
                "`claimcheck rules` lists every rule code.".to_string()
            } else {
                format!("Did you mean {}?", similar.join(" or "))
            };
            let name = self.path.display().to_string();
            return Err(ConfigError {
                path: name.clone(),
                message: format!("unknown rule code `{}` in {}", c.code, c.place),
                src: NamedSource::new(name, self.text.clone()),
                span: Some(SourceSpan::from(c.span.clone())),
                label: "no rule has this code".into(),
                help: Some(help),
            });
        }
        Ok(())
    }

    /// The policy for a file, given as a path relative to the config's folder
    /// (`None` when the file lies outside it: per-path entries do not apply).
    pub fn policy(&self, relative: Option<&[&str]>) -> Policy {
        let mut policy = Policy::default();
        policy.push(&self.top);
        if let Some(rel) = relative {
            for (pattern, layer) in &self.per_path {
                if pattern.matches(rel) {
                    policy.push(layer);
                }
            }
        }
        policy
    }
}

/// The nearest `claimcheck.toml` in `dir` or a folder above it.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(CONFIG_NAME))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(
            Path::new("claimcheck.toml"),
            &std::env::temp_dir(),
            text.to_string(),
        )
    }

    fn labelled<'a>(text: &'a str, e: &ConfigError) -> &'a str {
        let s = e.span.expect("a label");
        &text[s.offset()..s.offset() + s.len()]
    }

    #[test]
    fn unknown_keys_point_at_the_key() {
        let text = "select = [\"CC101\"]\nignroe = [\"CC002\"]\n";
        let e = parse(text).unwrap_err();
        assert!(
            e.message.contains("unknown field `ignroe`"),
            "{}",
            e.message
        );
        assert_eq!(labelled(text, &e), "ignroe");
        let text = "[[per-path]]\npath = \"wire\"\nseverity = {}\ntolerance = \"0.2\"\n";
        let e = parse(text).unwrap_err();
        assert_eq!(labelled(text, &e), "tolerance");
    }

    #[test]
    fn bad_values_point_at_the_value() {
        for (text, bad, words) in [
            (
                "[severity]\nCC101 = \"fatal\"\n",
                "\"fatal\"",
                "must be error, warning or note",
            ),
            ("tolerance = \"1.5\"\n", "\"1.5\"", "between 0 and 1"),
            ("tolerance = \"ten\"\n", "\"ten\"", "between 0 and 1"),
            (
                "published = \"2026-02-30\"\n",
                "\"2026-02-30\"",
                "not a real calendar date",
            ),
            (
                "published = \"10/02/2026\"\n",
                "\"10/02/2026\"",
                "YYYY-MM-DD",
            ),
            ("[[per-path]]\npath = \"/abs\"\n", "\"/abs\"", "relative"),
            (
                "rules = [\"no-such-folder\"]\n",
                "\"no-such-folder\"",
                "does not exist",
            ),
        ] {
            let e = parse(text).unwrap_err();
            assert_eq!(labelled(text, &e), bad, "{text}");
            assert!(e.message.contains(words), "{text}: {}", e.message);
        }
    }

    #[test]
    fn values_in_both_spellings() {
        let c = parse("tolerance = 0.15\npublished = 2026-02-10\n").unwrap();
        assert_eq!(c.tolerance, Some(Decimal::new(15, 2)));
        assert_eq!(c.published, Some(jiff::civil::date(2026, 2, 10)));
        let c = parse("tolerance = \"0.2\"\npublished = \"2026-02-10\"\n").unwrap();
        assert_eq!(c.tolerance, Some(Decimal::new(2, 1)));
    }

    #[test]
    fn unknown_codes_point_at_the_code() {
        let text = "select = [\"CC101\"]\n[[per-path]]\npath = \"wire\"\nignore = [\"CC1O2\"]\n";
        let c = parse(text).unwrap();
        let e = c.check_codes(&["CC101", "CC102"]).unwrap_err();
        assert_eq!(labelled(text, &e), "\"CC1O2\"");
        assert!(e.message.contains("per-path ignore"));
        assert_eq!(e.help.as_deref(), Some("Did you mean CC102?"));
        let text = "[severity]\nCC999 = \"note\"\n";
        let e = parse(text).unwrap().check_codes(&["CC101"]).unwrap_err();
        assert_eq!(labelled(text, &e), "CC999");
    }

    #[test]
    fn layers_stack_in_order() {
        let text = r#"
ignore = ["CC002"]
[severity]
CC101 = "warning"
[[per-path]]
path = "wire/**"
select = ["CC101", "CC201"]
severity = { CC101 = "note" }
[[per-path]]
path = "wire/agency"
ignore = ["CC201"]
"#;
        let c = parse(text).unwrap();
        let top = c.policy(Some(&["a.md"]));
        assert!(top.enabled("CC001") && !top.enabled("CC002"));
        assert_eq!(top.severity["CC101"], Severity::Warning);
        let wire = c.policy(Some(&["wire", "a.md"]));
        assert!(!wire.enabled("CC001") && wire.enabled("CC201"));
        assert_eq!(wire.severity["CC101"], Severity::Note);
        let agency = c.policy(Some(&["wire", "agency", "a.md"]));
        assert!(agency.enabled("CC101") && !agency.enabled("CC201"));
        let outside = c.policy(None);
        assert_eq!(outside, top);
        let cli = wire.with_command_line(Some(&["CC002".to_string()]), &[]);
        assert!(!cli.enabled("CC002"), "ignore wins over select");
        assert!(!cli.enabled("CC101"));
    }
}
