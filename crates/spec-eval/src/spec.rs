//! The spec files and which of them we score. Each file holds one JSON case per
//! line (format in the README beside the data); the table below says which
//! mention kind answers each file and by which rule a case passes.

use std::fmt;
use std::path::{Path, PathBuf};

use claimcheck_extract::MentionKind;
use jiff::civil::Date;
use serde::Deserialize;

/// One test case: an input sentence and the expressions a recognizer should find.
#[derive(Debug, Deserialize)]
pub struct Case {
    pub input: String,
    pub expected: Vec<Expected>,
    /// Position of the case in the original spec array, to name it in reports.
    #[serde(default)]
    pub source_index: Option<usize>,
    #[serde(default)]
    pub context: Option<Context>,
}

/// One expected expression. `start`/`end` are UTF-16 offsets, `end` exclusive.
#[derive(Debug, Deserialize)]
pub struct Expected {
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    /// A string such as "192", "1E-12" or "45%" for the model specs; null for
    /// extractor specs, which carry no resolution.
    #[serde(default)]
    pub value: serde_json::Value,
}

impl Expected {
    pub fn value_str(&self) -> Option<&str> {
        self.value.as_str()
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Context {
    #[serde(rename = "ReferenceDateTime", default)]
    pub reference_date_time: Option<String>,
}

/// The reference date of cases that give none, as in the Recognizers specs.
pub const DEFAULT_REFERENCE: Date = jiff::civil::date(2016, 11, 7);

impl Case {
    /// The publication date to extract with: the case's reference date, else
    /// 2016-11-07. A reference date that does not parse is an error in the data.
    pub fn published(&self) -> Result<Date, String> {
        let Some(raw) = self
            .context
            .as_ref()
            .and_then(|c| c.reference_date_time.as_deref())
        else {
            return Ok(DEFAULT_REFERENCE);
        };
        let day = raw.split('T').next().unwrap_or(raw);
        day.parse::<Date>()
            .map_err(|e| format!("ReferenceDateTime {raw:?}: {e}"))
    }
}

/// How a case is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Our mentions of the kind equal the expected list: same spans, same values.
    Exact,
    /// Every expected span is overlapped by a mention and every mention overlaps
    /// an expected span.
    Overlap,
}

/// A spec file we score.
#[derive(Debug, PartialEq)]
pub struct SpecDef {
    /// The file's stem, also the name on the command line and in the output.
    pub name: &'static str,
    pub kind: MentionKind,
    pub rule: Rule,
    /// Score only the cases whose expected items all have this type (and that
    /// expect something): OrdinalModel's plain `ordinal` cases, leaving out
    /// `ordinal.relative` ("last", "next"), as the published peer rates do.
    pub only_type: Option<&'static str>,
}

impl SpecDef {
    pub fn file_name(&self) -> String {
        format!("{}.jsonl", self.name)
    }

    pub fn selects(&self, case: &Case) -> bool {
        match self.only_type {
            None => true,
            Some(t) => !case.expected.is_empty() && case.expected.iter().all(|e| e.kind == t),
        }
    }
}

/// Every spec we score, in output order.
pub const SPECS: &[SpecDef] = &[
    SpecDef {
        name: "NumberModel",
        kind: MentionKind::Number,
        rule: Rule::Exact,
        only_type: None,
    },
    SpecDef {
        name: "OrdinalModel",
        kind: MentionKind::Ordinal,
        rule: Rule::Exact,
        only_type: Some("ordinal"),
    },
    SpecDef {
        name: "PercentModel",
        kind: MentionKind::Percent,
        rule: Rule::Exact,
        only_type: None,
    },
    SpecDef {
        name: "DateExtractor",
        kind: MentionKind::Date,
        rule: Rule::Overlap,
        only_type: None,
    },
    SpecDef {
        name: "DurationExtractor",
        kind: MentionKind::Duration,
        rule: Rule::Overlap,
        only_type: None,
    },
    SpecDef {
        name: "NumberRangeModel",
        kind: MentionKind::NumberRange,
        rule: Rule::Overlap,
        only_type: None,
    },
];

pub fn find_spec(name: &str) -> Option<&'static SpecDef> {
    SPECS.iter().find(|s| s.name == name)
}

/// A spec file that cannot be read or holds a line that is not a case.
#[derive(Debug)]
pub struct LoadError {
    pub path: PathBuf,
    /// 1-based line, when the problem is in one line.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// Parses JSONL text; blank lines are skipped. Errors carry the 1-based line.
pub fn parse_cases(text: &str) -> Result<Vec<Case>, (usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| serde_json::from_str(line).map_err(|e| (i + 1, e.to_string())))
        .collect()
}

pub fn load_cases(path: &Path) -> Result<Vec<Case>, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|e| LoadError {
        path: path.to_path_buf(),
        line: None,
        message: e.to_string(),
    })?;
    parse_cases(&text).map_err(|(line, message)| LoadError {
        path: path.to_path_buf(),
        line: Some(line),
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_model_line() {
        let cases = parse_cases(
            r#"{"input": "192.", "expected": [{"text": "192", "start": 0, "end": 3, "type": "number", "value": "192", "resolution": {"subtype": "integer", "value": "192"}}], "not_supported": [], "not_supported_by_design": [], "source_index": 0}

{"input": "the 180ml liquid", "expected": [], "not_supported": ["python"], "not_supported_by_design": [], "source_index": 3}"#,
        )
        .unwrap();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[0].expected[0].value_str(), Some("192"));
        assert_eq!(cases[0].expected[0].kind, "number");
        assert_eq!(cases[1].source_index, Some(3));
        assert!(cases[1].expected.is_empty());
    }

    #[test]
    fn reports_the_bad_line() {
        let err = parse_cases("{\"input\": \"a\", \"expected\": []}\n{oops}").unwrap_err();
        assert_eq!(err.0, 2);
    }

    #[test]
    fn reference_date_or_default() {
        let cases = parse_cases(
            r#"{"input": "on 15", "expected": [{"text": "15", "start": 3, "end": 5, "type": "date", "value": null}], "context": {"ReferenceDateTime": "2017-09-01T00:00:00"}}
{"input": "on 15", "expected": []}
{"input": "on 15", "expected": [], "context": {"ReferenceDateTime": "yesterday"}}"#,
        )
        .unwrap();
        assert_eq!(cases[0].published(), Ok(jiff::civil::date(2017, 9, 1)));
        assert_eq!(cases[0].expected[0].value_str(), None);
        assert_eq!(cases[1].published(), Ok(DEFAULT_REFERENCE));
        assert!(cases[2].published().is_err());
    }

    #[test]
    fn ordinal_spec_keeps_plain_ordinal_cases_only() {
        let cases = parse_cases(
            r#"{"input": "2nd", "expected": [{"text": "2nd", "start": 0, "end": 3, "type": "ordinal", "value": "2"}]}
{"input": "last", "expected": [{"text": "last", "start": 0, "end": 4, "type": "ordinal.relative", "value": "end+0"}]}
{"input": "a trillionth", "expected": []}"#,
        )
        .unwrap();
        let ordinal = find_spec("OrdinalModel").unwrap();
        let picked: Vec<bool> = cases.iter().map(|c| ordinal.selects(c)).collect();
        assert_eq!(picked, [true, false, false]);
        let number = find_spec("NumberModel").unwrap();
        assert!(cases.iter().all(|c| number.selects(c)));
    }
}
