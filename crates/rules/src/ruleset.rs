//! The rule registry: built-in checks and pack rules, validated together. It is
//! the single source of truth for codes: listings, `explain`, SARIF and config
//! validation all read it.

use crate::builtin::{Builtin, BUILTINS};
use crate::eval::eval_pack_rule;
use crate::expr::{matches_pattern, Term};
use crate::facts::Facts;
use crate::pack::{PackError, PackRule, RulePack};
use claimcheck_claims::{ClaimGraph, Document, Finding, Kind, MetricDef, RuleMeta};
use jiff::civil::Date;
use std::collections::BTreeMap;

/// What a check run knows besides the claims.
#[derive(Clone, Debug, Default)]
pub struct CheckContext {
    /// Publication date: dates after it, reported as past, are findings.
    pub published: Option<Date>,
}

/// All rules in force, built-in and from packs.
pub struct RuleSet {
    pub packs: Vec<RulePack>,
    pub metrics: Vec<MetricDef>,
    pub builtins: &'static [Builtin],
    /// One-word cues of count metrics ("survivors" → rescued).
    cue_metrics: BTreeMap<String, String>,
}

/// Kinds that may be compared with each other.
fn kind_family(k: Kind) -> u8 {
    match k {
        Kind::Count | Kind::Ordinal => 0,
        Kind::Percent => 1,
        Kind::Money => 2,
        Kind::Duration => 3,
        Kind::Date => 4,
    }
}

impl RuleSet {
    /// Check the packs against each other: known metrics, compatible kinds, unique
    /// codes and names (built-ins included).
    pub fn new(packs: Vec<RulePack>) -> Result<Self, PackError> {
        let mut metrics: BTreeMap<String, (MetricDef, String)> = BTreeMap::new();
        for p in &packs {
            for m in &p.metrics {
                if let Some((_, other)) = metrics.get(&m.name) {
                    let at = p.text.find(&format!("[metric.{}]", m.name));
                    return Err(PackError::at(
                        &p.origin,
                        &p.text,
                        format!("metric `{}` is already defined in {other}", m.name),
                        at.map(|a| a..a + m.name.len() + 9),
                        "defined twice",
                    ));
                }
                metrics.insert(m.name.clone(), (m.clone(), p.origin.clone()));
            }
        }
        let mut codes: BTreeMap<String, String> = BUILTINS
            .iter()
            .map(|b| (b.code.to_string(), "built-in checks".to_string()))
            .collect();
        let mut names: BTreeMap<String, String> = BUILTINS
            .iter()
            .map(|b| (b.name.to_string(), b.code.to_string()))
            .collect();
        for p in &packs {
            for r in &p.rules {
                let at = |needle: &str| p.text.find(needle).map(|a| a..a + needle.len());
                if let Some(other) = codes.get(&r.meta.code) {
                    return Err(PackError::at(
                        &p.origin,
                        &p.text,
                        format!("rule code {} is already used by {other}", r.meta.code),
                        at(&format!("\"{}\"", r.meta.code)),
                        "duplicate code",
                    ));
                }
                if let Some(other) = names.get(&r.meta.name) {
                    return Err(PackError::at(
                        &p.origin,
                        &p.text,
                        format!("rule name {} is already used by {other}", r.meta.name),
                        at(&format!("\"{}\"", r.meta.name)),
                        "duplicate name",
                    ));
                }
                codes.insert(r.meta.code.clone(), p.origin.clone());
                names.insert(r.meta.name.clone(), r.meta.code.clone());
                Self::check_terms(p, r, &metrics)?;
            }
        }
        let metrics: Vec<MetricDef> = metrics.into_values().map(|(m, _)| m).collect();
        let mut cue_metrics = BTreeMap::new();
        for m in metrics.iter().filter(|m| m.kind == Kind::Count) {
            for cue in m.cues.iter().filter(|c| !c.contains(' ')) {
                cue_metrics
                    .entry(cue.clone())
                    .or_insert_with(|| m.name.clone());
            }
        }
        Ok(RuleSet {
            packs,
            metrics,
            builtins: BUILTINS,
            cue_metrics,
        })
    }

    /// Every metric a rule names exists, and all are of comparable kinds.
    fn check_terms(
        p: &RulePack,
        r: &PackRule,
        metrics: &BTreeMap<String, (MetricDef, String)>,
    ) -> Result<(), PackError> {
        let mut first_kind: Option<(Kind, String)> = None;
        for op in r.check.terms() {
            let span = r.check_offset + op.span.start..r.check_offset + op.span.end;
            let found: Vec<&MetricDef> = match &op.term {
                Term::Number(_) => continue,
                Term::Metric(m) => match metrics.get(m) {
                    Some((def, _)) => vec![def],
                    None => {
                        return Err(PackError::at(
                            &p.origin,
                            &p.text,
                            format!("rule {}: unknown metric `{m}`", r.meta.code),
                            Some(span),
                            "no pack defines this metric",
                        ))
                    }
                },
                Term::Sum(pat) => {
                    let defs: Vec<&MetricDef> = metrics
                        .values()
                        .map(|(d, _)| d)
                        .filter(|d| matches_pattern(pat, &d.name))
                        .collect();
                    if defs.is_empty() {
                        return Err(PackError::at(
                            &p.origin,
                            &p.text,
                            format!("rule {}: no metric matches `{pat}`", r.meta.code),
                            Some(span),
                            "matches nothing",
                        ));
                    }
                    defs
                }
            };
            for def in found {
                match &first_kind {
                    None => first_kind = Some((def.kind, def.name.clone())),
                    Some((k, name)) if kind_family(*k) != kind_family(def.kind) => {
                        return Err(PackError::at(
                            &p.origin,
                            &p.text,
                            format!(
                                "rule {}: `{}` is a {} and `{name}` is a {}; they cannot be compared",
                                r.meta.code,
                                def.name,
                                def.kind.as_str(),
                                k.as_str()
                            ),
                            Some(span),
                            "type mismatch",
                        ));
                    }
                    Some(_) => {}
                }
            }
        }
        Ok(())
    }

    /// Every rule's metadata, built-ins first, then packs in load order.
    pub fn metas(&self) -> Vec<RuleMeta> {
        let mut out: Vec<RuleMeta> = self.builtins.iter().map(Builtin::meta).collect();
        out.extend(
            self.packs
                .iter()
                .flat_map(|p| p.rules.iter().map(|r| r.meta.clone())),
        );
        out
    }

    /// Run every rule over one document's claims and the relations between them.
    pub fn check(&self, doc: &Document, graph: &ClaimGraph, ctx: &CheckContext) -> Vec<Finding> {
        let facts = Facts::new(doc, graph, &self.cue_metrics);
        let mut findings = Vec::new();
        for b in self.builtins {
            findings.extend((b.check)(&facts, ctx));
        }
        for p in &self.packs {
            for r in &p.rules {
                findings.extend(eval_pack_rule(r, &facts));
            }
        }
        findings.sort_by_key(Finding::sort_key);
        findings.dedup();
        findings
    }
}
