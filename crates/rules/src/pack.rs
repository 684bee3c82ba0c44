//! Loading and validating one rule pack.

use crate::expr::{parse_check, Check};
use claimcheck_claims::{Kind, MetricDef, RuleMeta, Severity};
use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

/// The packs shipped in the binary, as (file name, text).
pub const BUILTIN_PACKS: &[(&str, &str)] = &[
    (
        "rules/casualties.toml",
        include_str!("../../../rules/casualties.toml"),
    ),
    (
        "rules/custody.toml",
        include_str!("../../../rules/custody.toml"),
    ),
    (
        "rules/economy.toml",
        include_str!("../../../rules/economy.toml"),
    ),
    (
        "rules/membership.toml",
        include_str!("../../../rules/membership.toml"),
    ),
    (
        "rules/sport.toml",
        include_str!("../../../rules/sport.toml"),
    ),
];

/// A loaded pack: its metrics, in name order, and its rules, in file order.
#[derive(Clone, Debug)]
pub struct RulePack {
    pub name: String,
    pub about: String,
    /// Where the pack came from: a path on disk or `rules/NAME.toml` for a built-in.
    pub origin: String,
    pub metrics: Vec<MetricDef>,
    pub rules: Vec<PackRule>,
    /// The TOML as read, so later checks (unknown metrics, kind clashes) can point into it.
    pub text: String,
}

/// A relation between metrics, from a pack's `[[rule]]`.
#[derive(Clone, Debug)]
pub struct PackRule {
    pub meta: RuleMeta,
    pub check: Check,
    /// Byte offset of the check expression's first character in the pack's TOML.
    pub check_offset: usize,
    /// Message template: `{metric}` is replaced by the figure for that metric.
    pub message: String,
    pub help: String,
}

/// A pack that cannot be used, with the spot in its TOML.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("invalid rule pack {origin}: {message}")]
#[diagnostic(code(claimcheck::rule_pack))]
pub struct PackError {
    pub origin: String,
    pub message: String,
    #[source_code]
    pub src: NamedSource<String>,
    #[label("{label}")]
    pub span: Option<SourceSpan>,
    pub label: String,
}

impl PackError {
    /// An error at a byte range of a pack's TOML.
    pub fn at(
        origin: &str,
        text: &str,
        message: String,
        span: Option<std::ops::Range<usize>>,
        label: &str,
    ) -> Self {
        Self::new(origin, text, message, span, label)
    }

    fn new(
        origin: &str,
        text: &str,
        message: String,
        span: Option<std::ops::Range<usize>>,
        label: &str,
    ) -> Self {
        PackError {
            origin: origin.to_string(),
            message,
            src: NamedSource::new(origin, text.to_string()),
            span: span.map(|r| SourceSpan::from(r.start..r.end.max(r.start))),
            label: label.to_string(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    pack: RawHeader,
    #[serde(default)]
    metric: BTreeMap<Spanned<String>, RawMetric>,
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    code: Spanned<String>,
    name: Spanned<String>,
    check: Spanned<String>,
    severity: Spanned<String>,
    message: String,
    help: String,
    doc: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    name: String,
    #[serde(default)]
    about: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum RawKind {
    Count,
    Ordinal,
    Percent,
    Money,
    Date,
    Duration,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMetric {
    kind: RawKind,
    cues: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    compounds: Vec<String>,
}

fn is_metric_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Parse and check one pack. `origin` names it in errors.
pub fn load_pack(origin: &str, text: &str) -> Result<RulePack, PackError> {
    let raw: RawPack = toml::from_str(text)
        .map_err(|e| PackError::new(origin, text, e.message().to_string(), e.span(), "here"))?;
    let mut metrics = Vec::new();
    for (name, m) in raw.metric {
        if !is_metric_name(name.get_ref()) {
            return Err(PackError::new(
                origin,
                text,
                format!(
                    "metric name `{}` must be snake_case (a-z, 0-9, _)",
                    name.get_ref()
                ),
                Some(name.span()),
                "this name",
            ));
        }
        if m.cues.get_ref().is_empty() {
            return Err(PackError::new(
                origin,
                text,
                format!("metric `{}` has no cue words", name.get_ref()),
                Some(m.cues.span()),
                "add at least one cue",
            ));
        }
        let mut cues = Vec::new();
        for cue in m.cues.get_ref() {
            let c = cue.get_ref().trim();
            if c.is_empty() {
                return Err(PackError::new(
                    origin,
                    text,
                    "empty cue".into(),
                    Some(cue.span()),
                    "this cue",
                ));
            }
            cues.push(c.to_lowercase());
        }
        let kind = match m.kind {
            RawKind::Count => Kind::Count,
            RawKind::Ordinal => Kind::Ordinal,
            RawKind::Percent => Kind::Percent,
            RawKind::Money => Kind::Money,
            RawKind::Date => Kind::Date,
            RawKind::Duration => Kind::Duration,
        };
        metrics.push(MetricDef {
            name: name.into_inner(),
            kind,
            cues,
            compounds: m
                .compounds
                .iter()
                .map(|c| c.trim().to_lowercase())
                .collect(),
        });
    }
    let mut rules = Vec::new();
    for r in raw.rule {
        rules.push(load_rule(origin, text, &raw.pack.name, r)?);
    }
    Ok(RulePack {
        name: raw.pack.name,
        about: raw.pack.about,
        origin: origin.to_string(),
        metrics,
        rules,
        text: text.to_string(),
    })
}

/// A rule code: capital letters then digits ("CC101").
pub fn is_rule_code(s: &str) -> bool {
    let letters = s.chars().take_while(char::is_ascii_uppercase).count();
    letters >= 1 && s.len() > letters && s[letters..].chars().all(|c| c.is_ascii_digit())
}

/// A rule name: kebab-case ("recaptured-exceeds-escaped").
pub fn is_rule_name(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Where a string value's content starts in the TOML: after its opening quote(s).
fn content_offset(text: &str, span: &std::ops::Range<usize>) -> usize {
    let raw = &text[span.start..span.end.min(text.len())];
    if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
        span.start + 3
    } else {
        span.start + 1
    }
}

fn load_rule(origin: &str, text: &str, pack: &str, r: RawRule) -> Result<PackRule, PackError> {
    let err = |message: String, span: std::ops::Range<usize>, label: &str| {
        PackError::new(origin, text, message, Some(span), label)
    };
    if !is_rule_code(r.code.get_ref()) {
        return Err(err(
            format!(
                "rule code `{}` must be capital letters then digits, like CC101",
                r.code.get_ref()
            ),
            r.code.span(),
            "this code",
        ));
    }
    if !is_rule_name(r.name.get_ref()) {
        return Err(err(
            format!(
                "rule name `{}` must be kebab-case, like recaptured-exceeds-escaped",
                r.name.get_ref()
            ),
            r.name.span(),
            "this name",
        ));
    }
    let severity = Severity::parse(r.severity.get_ref()).ok_or_else(|| {
        err(
            format!(
                "severity `{}` must be error, warning or note",
                r.severity.get_ref()
            ),
            r.severity.span(),
            "this severity",
        )
    })?;
    let check_offset = content_offset(text, &r.check.span());
    let check = parse_check(r.check.get_ref()).map_err(|e| {
        err(
            format!("bad check `{}`: {}", r.check.get_ref(), e.message),
            check_offset + e.span.start..check_offset + e.span.end.max(e.span.start),
            &e.message,
        )
    })?;
    if r.doc.get_ref().trim().is_empty() {
        return Err(err(
            "a rule needs its documentation in `doc`".into(),
            r.doc.span(),
            "empty",
        ));
    }
    // The summary is the doc's first paragraph, on one line.
    let first_paragraph: Vec<&str> = r
        .doc
        .get_ref()
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .collect();
    let joined = first_paragraph.join(" ");
    let summary = joined
        .strip_prefix("What it checks:")
        .unwrap_or(&joined)
        .trim()
        .to_string();
    Ok(PackRule {
        meta: RuleMeta {
            code: r.code.into_inner(),
            name: r.name.into_inner(),
            default_severity: severity,
            summary,
            doc: r.doc.into_inner().trim().to_string(),
            origin: format!("pack {pack}"),
        },
        check,
        check_offset,
        message: r.message,
        help: r.help,
    })
}

/// The built-in packs. They are tested, so an error here is a bug in the build.
pub fn builtin_packs() -> Result<Vec<RulePack>, PackError> {
    BUILTIN_PACKS
        .iter()
        .map(|(origin, text)| load_pack(origin, text))
        .collect()
}

/// Every `*.toml` pack in a folder, in file-name order.
pub fn load_pack_dir(dir: &Path) -> Result<Vec<RulePack>, PackError> {
    let io_err = |e: std::io::Error| {
        PackError::new(
            &dir.display().to_string(),
            "",
            format!("cannot read: {e}"),
            None,
            "",
        )
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(io_err)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let origin = p.display().to_string();
            let text = std::fs::read_to_string(p)
                .map_err(|e| PackError::new(&origin, "", format!("cannot read: {e}"), None, ""))?;
            load_pack(&origin, &text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_packs_load() {
        let packs = builtin_packs().unwrap();
        assert!(packs
            .iter()
            .any(|p| p.metrics.iter().any(|m| m.name == "escaped")));
    }

    #[test]
    fn bad_kind_points_into_the_toml() {
        let text =
            "[pack]\nname = \"x\"\n\n[metric.escaped]\nkind = \"people\"\ncues = [\"fled\"]\n";
        let err = load_pack("x.toml", text).unwrap_err();
        let span = err.span.unwrap();
        assert_eq!(
            &text[span.offset()..span.offset() + span.len()],
            "\"people\""
        );
    }

    #[test]
    fn bad_metric_name_and_empty_cues_are_errors() {
        let err = load_pack(
            "x.toml",
            "[pack]\nname = \"x\"\n[metric.Bad-Name]\nkind = \"count\"\ncues = [\"a\"]\n",
        )
        .unwrap_err();
        assert!(err.message.contains("snake_case"));
        let err = load_pack(
            "x.toml",
            "[pack]\nname = \"x\"\n[metric.ok]\nkind = \"count\"\ncues = []\n",
        )
        .unwrap_err();
        assert!(err.message.contains("no cue"));
    }
}
