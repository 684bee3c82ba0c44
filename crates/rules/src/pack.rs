//! Loading and validating one rule pack.

use claimcheck_claims::{Kind, MetricDef};
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

/// A loaded pack: its metrics, in name order.
#[derive(Clone, Debug)]
pub struct RulePack {
    pub name: String,
    pub about: String,
    /// Where the pack came from: a path on disk or `rules/NAME.toml` for a built-in.
    pub origin: String,
    pub metrics: Vec<MetricDef>,
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
        });
    }
    Ok(RulePack {
        name: raw.pack.name,
        about: raw.pack.about,
        origin: origin.to_string(),
        metrics,
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
