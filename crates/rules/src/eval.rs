//! Evaluating a pack's relations over one document's facts, source by source.
//!
//! Where a metric has figures from several sources, the relation is checked
//! against each: violated under every source's figure → the rule's severity ("no
//! source's figure allows it"); violated under some and allowed by others → a
//! warning naming both; strained → a warning. A source one of whose figures
//! allows the relation is read as giving the others about something else (a
//! tally "won eight, drew two, lost one" against "their 11 matches" and a
//! player's "10 games").

use crate::expr::{matches_pattern, Side, Term};
use crate::facts::Facts;
use crate::pack::PackRule;
use crate::relation::{add, judge, Verdict};
use claimcheck_claims::{Claim, Finding, Interval, Label, Severity, Value};

/// The figure a claim states, as an interval, if it is a plain number.
pub fn number(c: &Claim) -> Option<&Interval> {
    match &c.value {
        Value::Number(i) => Some(i),
        _ => None,
    }
}

/// A figure with thousands separators: 1592000000 → "1,592,000,000".
pub fn grouped(v: rust_decimal::Decimal) -> String {
    let v = v.normalize();
    let text = v.abs().trunc().to_string();
    let mut out = String::new();
    for (i, ch) in text.chars().enumerate() {
        if i > 0 && (text.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    let frac = v.abs().fract();
    if !frac.is_zero() {
        out.push_str(frac.to_string().trim_start_matches('0'));
    }
    if v.is_sign_negative() {
        out.insert(0, '-');
    }
    out
}

/// `v` written the way `like`, a sum of money, is written: "£7.9 million"
/// beside a total of "£8.4 million", "$1.2 billion", "€640,000"; a figure of
/// any other kind, or in a currency without a sign, grouped plainly.
pub fn amount_like(v: rust_decimal::Decimal, like: &Claim) -> String {
    use rust_decimal::Decimal;
    if like.kind != claimcheck_claims::Kind::Money {
        return grouped(v);
    }
    let sign = match like.unit.as_deref() {
        Some("GBP") => "£",
        Some("EUR") => "€",
        Some("USD") => "$",
        _ => return grouped(v),
    };
    let text = like.text.to_lowercase();
    // "£8.4m", "$2bn": the letters right after the digits.
    let abbreviated = |suffix: &str| {
        text.strip_suffix(suffix)
            .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()))
    };
    let (scale, word) = if text.contains("billion") || abbreviated("bn") {
        (Decimal::from(1_000_000_000u64), " billion")
    } else if text.contains("million") || abbreviated("m") {
        (Decimal::from(1_000_000u64), " million")
    } else {
        (Decimal::ONE, "")
    };
    let scaled = v / scale;
    // A part of a scaled total may be too small for its scale: £900,000.
    if scaled.abs() < Decimal::new(1, 1) {
        return format!("{sign}{}", grouped(v));
    }
    format!("{sign}{}{word}", grouped(scaled.round_dp(3)))
}

/// "around 120 (Syrian authorities)".
pub fn describe(c: &Claim) -> String {
    match &c.source {
        Some(s) => format!("{} ({})", c.text, s.name),
        None => c.text.clone(),
    }
}

pub fn label(facts: &Facts, c: &Claim, message: impl Into<String>) -> Label {
    Label {
        path: facts.doc.path.clone(),
        span: c.span,
        message: message.into(),
    }
}

/// One side's value: either the figures of a single metric (each a candidate),
/// or a fixed interval built from numbers and metrics with one agreed figure.
enum SideValue<'c> {
    Figures(&'c str, Vec<&'c Claim>),
    /// One interval per reading: the story's agreed figures, or, when a
    /// metric has several, one per sentence that gives each metric once.
    Fixed(Vec<(Interval, Vec<&'c Claim>)>),
}

/// The one figure of a metric, when all its claims agree; `None` when it has none
/// or they disagree (the relation is then too uncertain to judge).
fn agreed<'c>(claims: &[&'c Claim]) -> Option<&'c Claim> {
    let first = *claims.first()?;
    let v = number(first)?;
    claims.iter().all(|c| number(c) == Some(v)).then_some(first)
}

fn side_value<'c>(side: &Side, facts: &Facts<'c>) -> Option<SideValue<'c>> {
    if let [op] = side.operands.as_slice() {
        if let (Term::Metric(m), false) = (&op.term, op.negative) {
            let claims: Vec<&Claim> = facts
                .metric(m)
                .iter()
                .copied()
                .filter(|c| number(c).is_some())
                .collect();
            if claims.is_empty() {
                return None;
            }
            let name = facts.by_metric.get_key_value(m.as_str())?.0;
            return Some(SideValue::Figures(name, claims));
        }
    }
    // The metrics of the side, with their signs; numbers are added at once.
    let mut fixed = Interval::exact(rust_decimal::Decimal::ZERO);
    let mut terms: Vec<(&str, bool)> = Vec::new();
    for op in &side.operands {
        let names: Vec<&str> = match &op.term {
            Term::Number(n) => {
                fixed = add(&fixed, &Interval::exact(*n), op.negative)?;
                continue;
            }
            Term::Metric(m) => vec![m.as_str()],
            Term::Sum(p) => facts
                .by_metric
                .keys()
                .copied()
                .filter(|m| matches_pattern(p, m))
                .collect(),
        };
        if names.is_empty() {
            return None;
        }
        terms.extend(names.into_iter().map(|n| (n, op.negative)));
    }
    let total = |pick: &dyn Fn(&str) -> Option<&'c Claim>| {
        let mut total = fixed.clone();
        let mut used = Vec::new();
        for &(name, negative) in &terms {
            let c = pick(name)?;
            total = add(&total, number(c)?, negative)?;
            used.push(c);
        }
        Some((total, used))
    };
    if let Some(one) = total(&|name| agreed(facts.metric(name))) {
        return Some(SideValue::Fixed(vec![one]));
    }
    // "won seven, drew one and lost one of their eight matches" beside
    // "drew 12" of another season: each sentence that gives every metric
    // of the side once is a reading of its own.
    let first = terms.first()?.0;
    let mut sentences: Vec<usize> = facts.metric(first).iter().map(|c| c.sentence).collect();
    sentences.dedup();
    let readings: Vec<(Interval, Vec<&Claim>)> = sentences
        .into_iter()
        .filter_map(|s| {
            total(&|name| {
                let here: Vec<&Claim> = facts
                    .metric(name)
                    .iter()
                    .copied()
                    .filter(|c| c.sentence == s)
                    .collect();
                agreed(&here)
            })
        })
        .collect();
    (!readings.is_empty()).then_some(SideValue::Fixed(readings))
}

/// How many different sources (the story's own voice counting as one) give these figures.
fn distinct_sources(groups: &[Vec<&Claim>]) -> usize {
    let mut names: Vec<Option<String>> = groups
        .iter()
        .flat_map(|cs| {
            cs.iter()
                .map(|c| c.source.as_ref().map(|s| s.name.to_lowercase()))
        })
        .collect();
    names.sort();
    names.dedup();
    names.len()
}

/// Sort key: attributed before unattributed, precise before hedged or vague.
fn telling(cs: &[&Claim]) -> (bool, bool) {
    let c = cs.first();
    (
        c.is_some_and(|c| c.source.is_none()),
        c.is_some_and(|c| {
            !matches!(
                c.bound(),
                claimcheck_claims::Bound::Exact | claimcheck_claims::Bound::Approx
            )
        }),
    )
}

/// A side's candidate values, each with the claims it rests on, and the metric
/// name when the side is a single metric.
fn candidates<'c>(side: &SideValue<'c>) -> (Vec<(Interval, Vec<&'c Claim>)>, Option<&'c str>) {
    match side {
        SideValue::Figures(name, cs) => (
            cs.iter()
                .filter_map(|c| Some((number(c)?.clone(), vec![*c])))
                .collect(),
            Some(name),
        ),
        SideValue::Fixed(readings) => (readings.clone(), None),
    }
}

/// Fill `{metric}` placeholders with the figures used.
fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (metric, text) in values {
        out = out.replace(&format!("{{{metric}}}"), text);
    }
    out
}

pub fn eval_pack_rule(rule: &PackRule, facts: &Facts) -> Vec<Finding> {
    let (Some(left), Some(right)) = (
        side_value(&rule.check.left, facts),
        side_value(&rule.check.right, facts),
    ) else {
        return Vec::new();
    };
    let mut findings = Vec::new();
    // Each left figure is judged against every comparable right figure.
    let (lefts, lname) = candidates(&left);
    let (rights, rname) = candidates(&right);
    for (lv, lclaims) in &lefts {
        let Some(anchor) = lclaims
            .first()
            .copied()
            .or_else(|| rights.first().and_then(|r| r.1.first().copied()))
        else {
            continue;
        };
        let mut violating = Vec::new();
        let mut allowing = Vec::new();
        let mut strained = Vec::new();
        // Only figures within reach can be compared (see `SCOPE_SENTENCES`); the
        // figures are in text order, so the window is found by bisection.
        let here = lclaims.first().map_or(0, |c| c.sentence);
        let sentence_of = |r: &(Interval, Vec<&Claim>)| r.1.first().map_or(0, |c| c.sentence);
        let from =
            rights.partition_point(|r| sentence_of(r) + crate::facts::SCOPE_SENTENCES < here);
        let to = rights.partition_point(|r| sentence_of(r) <= here + crate::facts::SCOPE_SENTENCES);
        // "winning 26, drawing eight and losing five of their 38 matches":
        // a sum of figures of one sentence is judged against that
        // sentence's own figure when it gives one, not another team's nearby.
        let one_sentence = lclaims.len() > 1 && lclaims.iter().all(|c| c.sentence == here);
        let near = &rights[from..to.max(from)];
        let own: Vec<&(Interval, Vec<&Claim>)> = near
            .iter()
            .filter(|r| one_sentence && r.1.iter().all(|c| c.sentence == here))
            .collect();
        let pool: Vec<&(Interval, Vec<&Claim>)> = if own.is_empty() {
            near.iter().collect()
        } else {
            own
        };
        for (rv, rclaims) in pool {
            // Never compare a figure with itself, and only figures about the same thing.
            if rclaims
                .iter()
                .any(|r| lclaims.iter().any(|l| std::ptr::eq(*l, *r)))
            {
                continue;
            }
            if !lclaims
                .iter()
                .all(|l| rclaims.iter().all(|r| facts.comparable(l, r)))
            {
                continue;
            }
            match judge(lv, rule.check.cmp, rv) {
                Verdict::Violated => violating.push(rclaims.clone()),
                Verdict::Strained => strained.push(rclaims.clone()),
                Verdict::Holds => allowing.push(rclaims.clone()),
            }
        }
        // Per source: a voice one of whose figures allows the relation reads
        // the others as about something else ("won eight, drew two and lost
        // one" against "their 11 matches" and a player's "10 games" later).
        let voice = |cs: &Vec<&Claim>| {
            cs.first()
                .and_then(|c| c.source.as_ref())
                .map(|s| s.name.to_lowercase())
        };
        let allowed_voices: Vec<Option<String>> = allowing.iter().map(voice).collect();
        violating.retain(|cs| !allowed_voices.contains(&voice(cs)));
        strained.retain(|cs| !allowed_voices.contains(&voice(cs)));
        if violating.is_empty() && strained.is_empty() {
            continue;
        }
        let severity = if !violating.is_empty() && allowing.is_empty() && strained.is_empty() {
            rule.meta.default_severity
        } else {
            Severity::Warning.min(rule.meta.default_severity)
        };
        let mut values: Vec<(&str, String)> = Vec::new();
        if let Some(n) = lname {
            values.push((n, describe(anchor)));
        }
        // Name the most telling figures first: attributed and precise before vague.
        violating.sort_by_key(|cs| telling(cs));
        strained.sort_by_key(|cs| telling(cs));
        allowing.sort_by_key(|cs| telling(cs));
        let against = violating
            .first()
            .or(strained.first())
            .cloned()
            .unwrap_or_default();
        if let (Some(n), Some(r)) = (rname, against.first()) {
            values.push((n, describe(r)));
        }
        let mut message = fill(&rule.message, &values);
        if !allowing.is_empty() {
            let allowed: Vec<String> = allowing
                .iter()
                .filter_map(|cs| cs.first())
                .map(|c| describe(c))
                .collect();
            message.push_str(&format!("; {} allows it", allowed.join(" and ")));
        } else if !violating.is_empty() && distinct_sources(&violating) > 1 && strained.is_empty() {
            message.push_str("; no source's figure allows it");
        }
        if violating.is_empty() {
            message.push_str(" (the figures as written do not fit, though their ranges overlap)");
        }
        let mut labels = Vec::new();
        for c in lclaims {
            labels.push(label(facts, c, lname.unwrap_or("this figure").to_string()));
        }
        for cs in violating.iter().chain(&strained) {
            for c in cs {
                labels.push(label(
                    facts,
                    c,
                    format!("{} contradicts it", rname.unwrap_or("this figure")),
                ));
            }
        }
        for cs in &allowing {
            for c in cs {
                labels.push(label(
                    facts,
                    c,
                    format!("{}, which allows it", rname.unwrap_or("this figure")),
                ));
            }
        }
        labels.dedup();
        findings.push(Finding {
            code: rule.meta.code.clone(),
            rule: rule.meta.name.clone(),
            severity,
            message,
            help: Some(rule.help.clone()),
            labels,
        });
    }
    findings
}
