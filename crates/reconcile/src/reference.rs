//! Reference facts: structured records a newsroom trusts (a fact base, an
//! official table), in TOML or JSON. The format is documented in the crate
//! docs and published as `schema/reference.schema.json`; a record that breaks
//! it is a miette error with a label on that record.

// The errors carry the file's text so miette can show the bad spot; they are
// returned once per bad file, so their size costs nothing.
#![allow(clippy::result_large_err)]

use claimcheck_claims::{
    Bound, DateInterval, DateNominal, Document, Interval, Kind, Span, TimeUnit, Value,
};
use jiff::civil::Date;
use miette::{Diagnostic, NamedSource, SourceSpan};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::str::FromStr;
use toml::Spanned;

/// The schema identifier a reference file may name.
pub const REFERENCE_SCHEMA: &str = "claimcheck/reference@1";
/// The JSON schema of reference files.
pub const REFERENCE_JSON_SCHEMA: &str = include_str!("../schema/reference.schema.json");
/// The tolerance of `bound = "approx"` when a record gives none: ±10%.
pub const DEFAULT_TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// A reference file that cannot be used, with the spot in it.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("invalid reference file {path}: {message}")]
#[diagnostic(code(claimcheck::reference))]
pub struct ReferenceError {
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

impl ReferenceError {
    fn new(path: &str, text: &str, message: String, span: Option<(usize, usize)>) -> Self {
        ReferenceError {
            path: path.to_string(),
            label: message.clone(),
            message,
            src: NamedSource::new(path, text.to_string()),
            span: span.map(|(s, e)| SourceSpan::from(s..e.max(s))),
            help: Some(format!(
                "a reference file holds records of metric, value and bound (see the {REFERENCE_SCHEMA} schema)"
            )),
        }
    }
}

/// One trusted fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub id: Option<String>,
    /// The metric, as the rule packs name it: "escaped", "killed".
    pub metric: String,
    /// What the figure is about ("Al-Shaddadi prison"): a draft figure is
    /// compared only where these words appear around it.
    pub subject: Option<String>,
    pub kind: Kind,
    pub value: Value,
    /// Currency of money.
    pub unit: Option<String>,
    /// The date the figure holds for, as written: "2026-01-20".
    pub as_of: Option<String>,
    pub as_of_year: Option<i16>,
    /// Who gives the figure.
    pub source: Option<String>,
    pub note: Option<String>,
    /// The file and the record's span in it.
    pub path: String,
    pub span: Span,
}

/// Records from any number of reference files.
#[derive(Clone, Debug, Default)]
pub struct References {
    pub records: Vec<Record>,
    /// The files as read, so labels into them can be rendered.
    pub documents: Vec<Document>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Int(i64),
    Float(f64),
    Text(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecord {
    id: Option<String>,
    metric: String,
    subject: Option<String>,
    kind: Option<String>,
    value: Option<Scalar>,
    bound: Option<String>,
    low: Option<Scalar>,
    high: Option<Scalar>,
    strict: Option<bool>,
    tolerance: Option<Scalar>,
    unit: Option<String>,
    date: Option<String>,
    source: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlFile {
    schema: Option<Spanned<String>>,
    #[serde(default)]
    record: Vec<Spanned<RawRecord>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonFile<'a> {
    schema: Option<String>,
    #[serde(borrow)]
    records: Vec<&'a RawValue>,
}

/// Byte offset of a 1-based line and column (serde_json counts columns in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

impl References {
    pub fn new() -> Self {
        References::default()
    }

    /// Parse one reference file: JSON when the path ends in `.json` or the text
    /// starts with `{`, TOML otherwise.
    pub fn parse(path: &str, text: &str) -> Result<References, ReferenceError> {
        let json =
            path.to_ascii_lowercase().ends_with(".json") || text.trim_start().starts_with('{');
        let records = if json {
            parse_json(path, text)?
        } else {
            parse_toml(path, text)?
        };
        Ok(References {
            records,
            documents: vec![Document::new(path, text)],
        })
    }

    /// Parse a file and add its records.
    pub fn add(&mut self, path: &str, text: &str) -> Result<(), ReferenceError> {
        let more = References::parse(path, text)?;
        self.records.extend(more.records);
        self.documents.extend(more.documents);
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Every record's metric must be one the loaded rule packs define: a record
    /// with a misspelt metric ("injrued") would never be compared, so a real
    /// conflict with the draft would pass unseen. `similar` names the known
    /// metrics close to an unknown one, for the help line.
    pub fn check_metrics(
        &self,
        known: &[&str],
        similar: impl Fn(&str) -> Vec<String>,
    ) -> Result<(), ReferenceError> {
        let Some(record) = self
            .records
            .iter()
            .find(|r| !known.contains(&r.metric.as_str()))
        else {
            return Ok(());
        };
        let text = self
            .documents
            .iter()
            .find(|d| d.path == record.path)
            .map_or("", |d| d.text.as_str());
        let mut error = ReferenceError::new(
            &record.path,
            text,
            format!("unknown metric {:?}", record.metric),
            Some(field_span(text, record.span, "metric")),
        );
        let close = similar(&record.metric);
        error.help = Some(if close.is_empty() {
            format!(
                "a record's metric must be one the rule packs define; `claimcheck rules` lists them ({} loaded)",
                known.len()
            )
        } else {
            format!("did you mean {}?", close.join(" or "))
        });
        Err(error)
    }
}

fn parse_toml(path: &str, text: &str) -> Result<Vec<Record>, ReferenceError> {
    let file: TomlFile = toml::from_str(text).map_err(|e| {
        ReferenceError::new(
            path,
            text,
            e.message().to_string(),
            e.span().map(|r| (r.start, r.end)),
        )
    })?;
    if let Some(s) = &file.schema {
        if s.get_ref() != REFERENCE_SCHEMA {
            let r = s.span();
            return Err(ReferenceError::new(
                path,
                text,
                format!("schema must be {REFERENCE_SCHEMA:?}"),
                Some((r.start, r.end)),
            ));
        }
    }
    file.record
        .into_iter()
        .map(|r| {
            let span = r.span();
            validate(path, text, Span::new(span.start, span.end), r.into_inner())
        })
        .collect()
}

fn parse_json(path: &str, text: &str) -> Result<Vec<Record>, ReferenceError> {
    let json_error = |e: serde_json::Error, base: usize, within: &str| {
        let mut at = (base + offset_of(within, e.line(), e.column())).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let end = text[at..]
            .char_indices()
            .nth(1)
            .map_or(text.len(), |(i, _)| at + i);
        ReferenceError::new(path, text, e.to_string(), Some((at, end)))
    };
    let file: JsonFile = serde_json::from_str(text).map_err(|e| json_error(e, 0, text))?;
    if let Some(s) = &file.schema {
        if s != REFERENCE_SCHEMA {
            let at = text.find("\"schema\"").map(|a| (a, a + 8));
            return Err(ReferenceError::new(
                path,
                text,
                format!("schema must be {REFERENCE_SCHEMA:?}"),
                at,
            ));
        }
    }
    let base = text.as_ptr() as usize;
    file.records
        .iter()
        .map(|raw| {
            let src = raw.get();
            let start = (src.as_ptr() as usize).saturating_sub(base);
            let raw_record: RawRecord =
                serde_json::from_str(src).map_err(|e| json_error(e, start, src))?;
            validate(path, text, Span::new(start, start + src.len()), raw_record)
        })
        .collect()
}

/// Where a field's key stands inside a record, for a precise label.
fn field_span(text: &str, record: Span, field: &str) -> (usize, usize) {
    let body = &text[record.start..record.end];
    for key in [format!("\"{field}\""), field.to_string()] {
        let mut from = 0;
        while let Some(i) = body[from..].find(&key) {
            let at = from + i;
            let before_ok = at == 0
                || !body[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let after = &body[at + key.len()..];
            let after_ok = after.trim_start().starts_with(['=', ':']);
            if before_ok && after_ok {
                let line_end = body[at..].find('\n').map_or(body.len(), |e| at + e);
                return (record.start + at, record.start + line_end.min(body.len()));
            }
            from = at + key.len();
        }
    }
    (record.start, record.end)
}

fn decimal(s: &Scalar) -> Option<Decimal> {
    match s {
        Scalar::Int(i) => Some(Decimal::from(*i)),
        Scalar::Float(f) => Decimal::from_str(&f.to_string()).ok(),
        Scalar::Text(t) => Decimal::from_str(t.trim()).ok(),
    }
}

fn text_of(s: &Scalar) -> String {
    match s {
        Scalar::Int(i) => i.to_string(),
        Scalar::Float(f) => f.to_string(),
        Scalar::Text(t) => t.clone(),
    }
}

/// "2014", "2025-11", "2026-01-20" as the span of days it names.
pub(crate) fn parse_date(s: &str) -> Option<DateInterval> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<i16>().ok())
            .flatten()
    };
    let year = num(parts.first()?, 4)?;
    match parts.len() {
        1 => Some(DateInterval {
            nominal: DateNominal::Year(year),
            low: Date::new(year, 1, 1).ok()?,
            high: Date::new(year, 12, 31).ok()?,
            bound: Bound::Exact,
        }),
        2 => {
            let month = i8::try_from(num(parts[1], 2)?).ok()?;
            let low = Date::new(year, month, 1).ok()?;
            Some(DateInterval {
                nominal: DateNominal::Month(year, month),
                low,
                high: low.last_of_month(),
                bound: Bound::Exact,
            })
        }
        3 => {
            let month = i8::try_from(num(parts[1], 2)?).ok()?;
            let day = i8::try_from(num(parts[2], 2)?).ok()?;
            let d = Date::new(year, month, day).ok()?;
            Some(DateInterval {
                nominal: DateNominal::Day(d),
                low: d,
                high: d,
                bound: Bound::Exact,
            })
        }
        _ => None,
    }
}

/// "P10Y", "P6W", "PT48H", "P1.5Y" as a unit and an amount.
pub(crate) fn parse_duration(s: &str) -> Option<(TimeUnit, Decimal)> {
    let s = s.trim();
    let rest = s.strip_prefix('P')?;
    let (time, rest) = match rest.strip_prefix('T') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let unit_char = rest.chars().last()?;
    let amount = Decimal::from_str(&rest[..rest.len() - unit_char.len_utf8()]).ok()?;
    let unit = match (time, unit_char) {
        (false, 'Y') => TimeUnit::Year,
        (false, 'M') => TimeUnit::Month,
        (false, 'W') => TimeUnit::Week,
        (false, 'D') => TimeUnit::Day,
        (true, 'H') => TimeUnit::Hour,
        (true, 'M') => TimeUnit::Minute,
        (true, 'S') => TimeUnit::Second,
        _ => return None,
    };
    (amount >= Decimal::ZERO).then_some((unit, amount))
}

const KINDS: &[&str] = &["count", "ordinal", "percent", "money", "date", "duration"];
const BOUNDS: &[&str] = &["exact", "approx", "at-least", "at-most", "range", "vague"];

fn kind_of(s: &str) -> Option<Kind> {
    Some(match s {
        "count" => Kind::Count,
        "ordinal" => Kind::Ordinal,
        "percent" => Kind::Percent,
        "money" => Kind::Money,
        "date" => Kind::Date,
        "duration" => Kind::Duration,
        _ => return None,
    })
}

fn bound_of(s: &str) -> Option<Bound> {
    Some(match s {
        "exact" => Bound::Exact,
        "approx" => Bound::Approx,
        "at-least" => Bound::AtLeast,
        "at-most" => Bound::AtMost,
        "range" => Bound::Range,
        "vague" => Bound::Vague,
        _ => return None,
    })
}

/// A record checked field by field; an error names the field and points at it.
fn validate(path: &str, text: &str, span: Span, raw: RawRecord) -> Result<Record, ReferenceError> {
    let fail = |field: &str, message: String| {
        ReferenceError::new(path, text, message, Some(field_span(text, span, field)))
    };
    let metric = raw.metric.clone();
    if metric.is_empty()
        || !metric
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(fail(
            "metric",
            format!("metric {metric:?} must be a metric name in lower case (letters, digits, _)"),
        ));
    }
    let value_text = raw.value.as_ref().map(text_of);
    let kind = match &raw.kind {
        Some(k) => kind_of(k).ok_or_else(|| {
            fail(
                "kind",
                format!("kind {k:?} is not one of {}", KINDS.join(", ")),
            )
        })?,
        None => match &value_text {
            Some(v) if parse_date(v).is_some() && v.contains('-') => Kind::Date,
            Some(v) if v.starts_with('P') => Kind::Duration,
            _ => Kind::Count,
        },
    };
    let bound = match &raw.bound {
        Some(b) => bound_of(b).ok_or_else(|| {
            fail(
                "bound",
                format!("bound {b:?} is not one of {}", BOUNDS.join(", ")),
            )
        })?,
        None => Bound::Exact,
    };
    if raw.unit.is_some() && kind != Kind::Money {
        return Err(fail("unit", "only money records take a unit".into()));
    }
    let missing = |field: &str| {
        fail(
            field,
            format!("a {} record needs `{field}`", bound.as_str()),
        )
    };
    let value = match kind {
        Kind::Date => {
            let date = |field: &str, s: &Scalar| {
                parse_date(&text_of(s)).ok_or_else(|| {
                    fail(
                        field,
                        format!("{field} must be a date: YYYY, YYYY-MM or YYYY-MM-DD"),
                    )
                })
            };
            match bound {
                Bound::Exact => Value::Date(date(
                    "value",
                    raw.value.as_ref().ok_or_else(|| missing("value"))?,
                )?),
                Bound::Range => {
                    let lo = date("low", raw.low.as_ref().ok_or_else(|| missing("low"))?)?;
                    let hi = date("high", raw.high.as_ref().ok_or_else(|| missing("high"))?)?;
                    if hi.high < lo.low {
                        return Err(fail("high", "high is before low".into()));
                    }
                    Value::Date(DateInterval {
                        nominal: lo.nominal,
                        low: lo.low,
                        high: hi.high,
                        bound: Bound::Range,
                    })
                }
                _ => return Err(fail("bound", "a date record is exact or a range".into())),
            }
        }
        Kind::Duration => {
            let dur = |field: &str, s: &Scalar| {
                parse_duration(&text_of(s)).ok_or_else(|| {
                    fail(
                        field,
                        format!("{field} must be an ISO 8601 duration such as P10Y or PT48H"),
                    )
                })
            };
            let (unit, amount) = interval_of(
                bound,
                &raw,
                |field, s| dur(field, s),
                missing,
                |field, m| fail(field, m),
            )?;
            Value::Duration { unit, amount }
        }
        _ => {
            let num = |field: &str, s: &Scalar| {
                decimal(s)
                    .map(|d| (TimeUnit::Day, d))
                    .ok_or_else(|| fail(field, format!("{field} must be a number")))
            };
            let (_, amount) = interval_of(
                bound,
                &raw,
                |field, s| num(field, s),
                missing,
                |field, m| fail(field, m),
            )?;
            Value::Number(amount)
        }
    };
    let as_of_year = match &raw.date {
        Some(d) => Some(
            parse_date(d)
                .ok_or_else(|| fail("date", "date must be YYYY, YYYY-MM or YYYY-MM-DD".into()))?
                .low
                .year(),
        ),
        None => None,
    };
    Ok(Record {
        id: raw.id,
        metric,
        subject: raw.subject,
        kind,
        value,
        unit: raw.unit,
        as_of: raw.date,
        as_of_year,
        source: raw.source,
        note: raw.note,
        path: path.to_string(),
        span,
    })
}

type Fail = ReferenceError;

/// The interval a record states, from `value`, `bound`, `low`, `high`,
/// `strict` and `tolerance`. `parse` reads one end (with its unit, for
/// durations; every end must share it).
fn interval_of(
    bound: Bound,
    raw: &RawRecord,
    parse: impl Fn(&str, &Scalar) -> Result<(TimeUnit, Decimal), Fail>,
    missing: impl Fn(&str) -> Fail,
    fail: impl Fn(&str, String) -> Fail,
) -> Result<(TimeUnit, Interval), Fail> {
    let get = |field: &str, v: &Option<Scalar>| -> Result<Option<(TimeUnit, Decimal)>, Fail> {
        v.as_ref().map(|s| parse(field, s)).transpose()
    };
    let value = get("value", &raw.value)?;
    let low = get("low", &raw.low)?;
    let high = get("high", &raw.high)?;
    let unit = value.or(low).or(high).map_or(TimeUnit::Day, |(u, _)| u);
    for (field, v) in [("low", low), ("high", high)] {
        if v.is_some_and(|(u, _)| u != unit) {
            return Err(fail(field, format!("{field} must be in the unit of value")));
        }
    }
    let strict = raw.strict.unwrap_or(false);
    let tolerance = match &raw.tolerance {
        Some(t) => Some(
            Some(t)
                .filter(|t| !matches!(t, Scalar::Text(_)))
                .and_then(decimal)
                .filter(|t| *t > Decimal::ZERO && *t < Decimal::ONE)
                .ok_or_else(|| {
                    fail(
                        "tolerance",
                        "tolerance must be a number between 0 and 1".into(),
                    )
                })?,
        ),
        None => None,
    };
    let need = |v: Option<(TimeUnit, Decimal)>, field: &str| {
        v.map(|(_, d)| d).ok_or_else(|| missing(field))
    };
    let interval = match bound {
        Bound::Exact => Interval::exact(need(value, "value")?),
        Bound::Approx => {
            let n = need(value, "value")?;
            let tol = tolerance.unwrap_or(DEFAULT_TOLERANCE);
            let mut i = Interval::approx(n, tol);
            if let Some((_, l)) = low {
                i.low = Some(l);
            }
            if let Some((_, h)) = high {
                i.high = Some(h);
            }
            i
        }
        Bound::AtLeast => Interval::at_least(need(value, "value")?, strict),
        Bound::AtMost => Interval::at_most(need(value, "value")?, strict, Some(Decimal::ZERO)),
        Bound::Range => {
            let (l, h) = (need(low, "low")?, need(high, "high")?);
            if h < l {
                return Err(fail("high", "high is below low".into()));
            }
            Interval::range(l, h)
        }
        Bound::Vague => Interval::vague(need(low, "low")?, high.map(|(_, h)| h)),
    };
    if let (Some(l), Some(h)) = (interval.low, interval.high) {
        if h < l {
            return Err(fail("high", "high is below low".into()));
        }
    }
    Ok((unit, interval))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOML_OK: &str = r#"
schema = "claimcheck/reference@1"

[[record]]
id = "escaped-gov"
metric = "escaped"
subject = "Al-Shaddadi prison"
value = 120
bound = "approx"
date = "2026-01-20"
source = "Syrian government"

[[record]]
metric = "cost"
kind = "money"
value = 48.6
unit = "EUR"
"#;

    #[test]
    fn toml_records_parse() {
        let text = TOML_OK;
        let refs = References::parse("facts.toml", text).unwrap();
        assert_eq!(refs.records.len(), 2);
        let r = &refs.records[0];
        assert_eq!(r.metric, "escaped");
        assert_eq!(r.as_of_year, Some(2026));
        match &r.value {
            Value::Number(i) => {
                assert_eq!(i.bound, Bound::Approx);
                assert_eq!(i.low, Some(Decimal::from(108)));
            }
            v => panic!("{v:?}"),
        }
        assert!(text[r.span.start..r.span.end].contains("escaped-gov"));
        match &refs.records[1].value {
            Value::Number(i) => assert_eq!(i.nominal, Decimal::new(486, 1)),
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn a_bad_record_is_pointed_at() {
        let text = "[[record]]\nmetric = \"killed\"\nvalue = 3\n\n[[record]]\nmetric = \"killed\"\nbound = \"roughly\"\nvalue = 4\n";
        let err = References::parse("facts.toml", text).unwrap_err();
        let span = err.span.unwrap();
        let at = &text[span.offset()..span.offset() + span.len()];
        assert!(at.starts_with("bound"), "{at}");
        assert!(span.offset() > text.find("value = 3").unwrap());

        let json = r#"{"records": [{"metric": "killed", "value": 3},
 {"metric": "killed", "bound": "range", "low": 5}]}"#;
        let err = References::parse("facts.json", json).unwrap_err();
        assert!(err.message.contains("needs `high`"), "{}", err.message);
        let span = err.span.unwrap();
        assert!(span.offset() > json.find("\"value\": 3").unwrap());

        let json = r#"{"records": [{"metric": "killed", "valu": 3}]}"#;
        let err = References::parse("facts.json", json).unwrap_err();
        assert!(err.message.contains("valu"), "{}", err.message);
        assert!(err.span.unwrap().offset() > json.find("records").unwrap());
    }

    #[test]
    fn dates_and_durations() {
        assert!(parse_date("2025-11").is_some());
        assert!(parse_date("2025-13").is_none());
        assert!(parse_date("25").is_none());
        assert_eq!(
            parse_duration("PT48H"),
            Some((TimeUnit::Hour, Decimal::from(48)))
        );
        assert_eq!(parse_duration("P10X"), None);
        let refs = References::parse(
            "d.json",
            r#"{"records": [{"metric": "founded", "value": "2014"}, {"metric": "term", "value": "P4Y", "bound": "at-least"}]}"#,
        )
        .unwrap();
        assert_eq!(refs.records[0].kind, Kind::Count);
        assert_eq!(refs.records[1].kind, Kind::Duration);
    }
}
