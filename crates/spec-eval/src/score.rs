//! Whether one case passes: our mentions, moved to the specs' UTF-16 offsets,
//! against the expected list. Model specs want the same spans and values;
//! extractor specs only want the spans to overlap.

use std::str::FromStr;

use claimcheck_claims::Value;
use claimcheck_extract::{Mention, MentionKind};
use rust_decimal::Decimal;

use crate::spec::{Expected, Rule};

/// One of our mentions in the specs' terms.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub kind: MentionKind,
    /// UTF-16 offsets into the input, `end` exclusive.
    pub start: usize,
    pub end: usize,
    /// The nominal value of a number-like mention (percent points for percents).
    pub value: Option<Decimal>,
    /// The input text under the span, for reports.
    pub text: String,
}

impl Found {
    pub fn from_mention(input: &str, mention: &Mention) -> Self {
        let value = match &mention.value {
            Some(Value::Number(i)) => Some(i.nominal),
            _ => None,
        };
        Found::new(
            input,
            mention.span.start,
            mention.span.end,
            mention.kind,
            value,
        )
    }

    /// A mention of `kind` at byte offsets `start..end` of `input`.
    pub fn new(
        input: &str,
        start: usize,
        end: usize,
        kind: MentionKind,
        value: Option<Decimal>,
    ) -> Self {
        Found {
            kind,
            start: utf16_offset(input, start),
            end: utf16_offset(input, end),
            value,
            text: input
                .get(start.min(end)..end)
                .unwrap_or("<span off char boundaries>")
                .to_string(),
        }
    }
}

/// The UTF-16 offset of byte offset `byte` in `text`. A byte past the end counts
/// as the end; one inside a character counts as that character's start.
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count()
}

/// `[start, end)` in UTF-16 units with surrounding whitespace removed.
fn trim_span(units: &[u16], start: usize, end: usize) -> (usize, usize) {
    let is_space = |u: u16| char::from_u32(u32::from(u)).is_some_and(char::is_whitespace);
    let end = end.min(units.len());
    let mut s = start.min(end);
    let mut e = end;
    while s < e && is_space(units[s]) {
        s += 1;
    }
    while e > s && is_space(units[e - 1]) {
        e -= 1;
    }
    (s, e)
}

/// Same span, or spans that differ only by whitespace around them.
pub fn same_span(units: &[u16], a: (usize, usize), b: (usize, usize)) -> bool {
    a == b || trim_span(units, a.0, a.1) == trim_span(units, b.0, b.1)
}

/// Half-open spans that share at least one unit.
pub fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// An expected value string as a decimal: "192", "-1.2732E+15", "1E-12", "45%"
/// (percent points). `None` for anything else ("null", "end+0").
pub fn parse_expected_value(raw: &str) -> Option<Decimal> {
    let s = raw.trim();
    let s = s.strip_suffix('%').unwrap_or(s).trim_end();
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    if mantissa.is_empty() || mantissa.contains(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut value = Decimal::from_str(mantissa).ok()?;
    for _ in 0..exponent.unsigned_abs() {
        value = if exponent > 0 {
            value.checked_mul(Decimal::TEN)?
        } else {
            value.checked_div(Decimal::TEN)?
        };
    }
    Some(value.normalize())
}

/// Equal, or within a relative error of 1e-9: the specs print long fractions
/// to 15 significant digits ("0.0476190476190476").
pub fn values_equal(expected: Decimal, got: Decimal) -> bool {
    if expected == got {
        return true;
    }
    let Some(diff) = expected.checked_sub(got) else {
        return false;
    };
    let scale = expected.abs().max(got.abs());
    diff.abs() <= scale * Decimal::new(1, 9)
}

/// Whether an expected value is met. A JSON null (extractor specs) asks nothing;
/// a string that is no number (PercentModel's "null" for a bare "percent") has no
/// value to compare, so only the span counts.
pub fn value_matches(expected: Option<&str>, got: Option<Decimal>) -> bool {
    match expected.map(parse_expected_value) {
        None | Some(None) => true,
        Some(Some(want)) => got.is_some_and(|g| values_equal(want, g)),
    }
}

/// Model rule: as many mentions as expected items, each item matched by its own
/// mention with the same span (up to surrounding whitespace) and an equal value.
pub fn exact_pass(input: &str, expected: &[Expected], found: &[Found]) -> bool {
    if expected.len() != found.len() {
        return false;
    }
    let units: Vec<u16> = input.encode_utf16().collect();
    let mut used = vec![false; found.len()];
    expected.iter().all(|e| {
        let hit = found.iter().enumerate().position(|(i, f)| {
            !used[i]
                && same_span(&units, (e.start, e.end), (f.start, f.end))
                && value_matches(e.value_str(), f.value)
        });
        hit.map(|i| used[i] = true).is_some()
    })
}

/// Extractor rule: every expected span overlapped by a mention, no mention that
/// overlaps none. An empty expected list wants no mention.
pub fn overlap_pass(expected: &[Expected], found: &[Found]) -> bool {
    let covered = expected.iter().all(|e| {
        found
            .iter()
            .any(|f| overlaps((e.start, e.end), (f.start, f.end)))
    });
    let no_extra = found.iter().all(|f| {
        expected
            .iter()
            .any(|e| overlaps((e.start, e.end), (f.start, f.end)))
    });
    covered && no_extra
}

/// Judges a case by `rule`; `found` holds only mentions of the spec's kind.
pub fn passes(rule: Rule, input: &str, expected: &[Expected], found: &[Found]) -> bool {
    match rule {
        Rule::Exact => exact_pass(input, expected, found),
        Rule::Overlap => overlap_pass(expected, found),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::parse_cases;
    use claimcheck_claims::{Interval, Span};

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn found(kind: MentionKind, start: usize, end: usize, value: Option<&str>) -> Found {
        Found {
            kind,
            start,
            end,
            value: value.map(dec),
            text: String::new(),
        }
    }

    fn number(start: usize, end: usize, value: &str) -> Found {
        found(MentionKind::Number, start, end, Some(value))
    }

    fn expected_of(line: &str) -> (String, Vec<Expected>) {
        let case = parse_cases(line).unwrap().pop().unwrap();
        (case.input, case.expected)
    }

    #[test]
    fn byte_offsets_become_utf16_offsets() {
        let text = "40 000 is the same as 40\u{202f}000 ⅔";
        assert_eq!(utf16_offset(text, 0), 0);
        assert_eq!(utf16_offset(text, 22), 22);
        // U+202F is three bytes, one UTF-16 unit.
        let after = text.find("000 ⅔").unwrap();
        assert_eq!(after, 27);
        assert_eq!(utf16_offset(text, after), 25);
        assert_eq!(utf16_offset(text, text.len()), text.encode_utf16().count());
        // Past the end and inside a character.
        assert_eq!(utf16_offset(text, 1000), text.encode_utf16().count());
        assert_eq!(utf16_offset(text, 25), 24);
        // Outside the BMP a character is two units.
        assert_eq!(utf16_offset("😀1", 4), 2);
    }

    #[test]
    fn found_from_a_mention() {
        let input = "the result is ⅔ or 45%";
        let start = input.find("45%").unwrap();
        let mention = Mention {
            span: Span::new(start, start + 3),
            kind: MentionKind::Percent,
            value: Some(Value::Number(Interval::exact(dec("45")))),
        };
        let f = Found::from_mention(input, &mention);
        assert_eq!((f.start, f.end), (19, 22));
        assert_eq!(f.value, Some(dec("45")));
        assert_eq!(f.text, "45%");
        assert_eq!(f.kind, MentionKind::Percent);
    }

    #[test]
    fn expected_values_parse() {
        assert_eq!(parse_expected_value("192"), Some(dec("192")));
        assert_eq!(parse_expected_value("1E-12"), Some(dec("0.000000000001")));
        assert_eq!(parse_expected_value("1E-07"), Some(dec("0.0000001")));
        assert_eq!(
            parse_expected_value("-1.2732E+15"),
            Some(dec("-1273200000000000"))
        );
        assert_eq!(
            parse_expected_value("1.232E+15"),
            Some(dec("1232000000000000"))
        );
        assert_eq!(parse_expected_value("100%"), Some(dec("100")));
        assert_eq!(parse_expected_value("-5%"), Some(dec("-5")));
        assert_eq!(parse_expected_value(".08"), Some(dec("0.08")));
        assert_eq!(parse_expected_value("null"), None);
        assert_eq!(parse_expected_value("end+0"), None);
        assert_eq!(parse_expected_value("[20,30)"), None);
        assert_eq!(parse_expected_value(""), None);
    }

    #[test]
    fn values_compare_with_a_relative_tolerance() {
        let third = Decimal::ONE / Decimal::from(3);
        assert!(values_equal(dec("0.333333333333333"), third));
        assert!(values_equal(
            dec("0.0476190476190476"),
            Decimal::ONE / Decimal::from(21)
        ));
        assert!(values_equal(
            dec("6666666.66666667"),
            dec("20000000") / Decimal::from(3)
        ));
        assert!(values_equal(dec("2.0"), dec("2")));
        assert!(!values_equal(dec("0.33"), third));
        assert!(!values_equal(dec("192"), dec("193")));
        assert!(!values_equal(dec("0"), dec("0.0000000001")));
        assert!(!values_equal(dec("5"), dec("-5")));
        assert!(value_matches(Some("1E-12"), Some(dec("0.000000000001"))));
        assert!(!value_matches(Some("192"), None));
        assert!(value_matches(None, None));
        assert!(value_matches(Some("null"), Some(dec("7"))));
    }

    #[test]
    fn spans_compare_up_to_surrounding_whitespace() {
        let units: Vec<u16> = " 100%  x".encode_utf16().collect();
        assert!(same_span(&units, (1, 5), (1, 5)));
        assert!(same_span(&units, (1, 5), (0, 7)));
        assert!(same_span(&units, (0, 5), (1, 6)));
        assert!(!same_span(&units, (1, 5), (1, 4)));
        assert!(!same_span(&units, (1, 5), (1, 8)));
        assert!(overlaps((0, 3), (2, 5)));
        assert!(!overlaps((0, 3), (3, 5)));
    }

    #[test]
    fn number_case_needs_every_span_and_value() {
        let (input, exp) = expected_of(
            r#"{"input": "192.168.1.2", "expected": [{"text": "192", "start": 0, "end": 3, "type": "number", "value": "192"}, {"text": "168", "start": 4, "end": 7, "type": "number", "value": "168"}, {"text": "1", "start": 8, "end": 9, "type": "number", "value": "1"}, {"text": "2", "start": 10, "end": 11, "type": "number", "value": "2"}]}"#,
        );
        let all = [
            number(10, 11, "2"),
            number(0, 3, "192"),
            number(8, 9, "1"),
            number(4, 7, "168"),
        ];
        assert!(exact_pass(&input, &exp, &all));
        // One missing, one extra, one wrong value, one wrong span.
        assert!(!exact_pass(&input, &exp, &all[..3]));
        let mut extra = all.to_vec();
        extra.push(number(0, 11, "192.168"));
        assert!(!exact_pass(&input, &exp, &extra));
        let mut wrong = all.to_vec();
        wrong[0] = number(10, 11, "3");
        assert!(!exact_pass(&input, &exp, &wrong));
        wrong[0] = number(9, 11, "2");
        assert!(!exact_pass(&input, &exp, &wrong));
        // Two mentions cannot answer the same item.
        let twice = [
            number(0, 3, "192"),
            number(0, 3, "192"),
            number(8, 9, "1"),
            number(10, 11, "2"),
        ];
        assert!(!exact_pass(&input, &exp, &twice));
    }

    #[test]
    fn negative_case_passes_only_when_silent() {
        let (input, exp) = expected_of(r#"{"input": "the 180ml liquid", "expected": []}"#);
        assert!(exact_pass(&input, &exp, &[]));
        assert!(!exact_pass(&input, &exp, &[number(4, 7, "180")]));
        assert!(overlap_pass(&exp, &[]));
        assert!(!overlap_pass(&exp, &[number(4, 7, "180")]));
    }

    #[test]
    fn percent_case_compares_percent_points() {
        let (input, exp) = expected_of(
            r#"{"input": " 100 percent", "expected": [{"text": "100 percent", "start": 1, "end": 12, "type": "percentage", "value": "100%"}]}"#,
        );
        let pct = |s, e, v| found(MentionKind::Percent, s, e, Some(v));
        assert!(exact_pass(&input, &exp, &[pct(1, 12, "100")]));
        assert!(exact_pass(&input, &exp, &[pct(0, 12, "100")]));
        assert!(!exact_pass(&input, &exp, &[pct(1, 12, "1")]));
        assert!(!exact_pass(&input, &exp, &[pct(1, 4, "100")]));
    }

    #[test]
    fn spans_in_utf16_units_past_wide_characters() {
        let (input, exp) = expected_of(
            r#"{"input": "the result is ⅙ and sometimes ½", "expected": [{"text": "⅙", "start": 14, "end": 15, "type": "number", "value": "0.166666666666667"}, {"text": "½", "start": 30, "end": 31, "type": "number", "value": "0.5"}]}"#,
        );
        let sixth = input.find('⅙').unwrap();
        let half = input.find('½').unwrap();
        let mentions = [
            Mention {
                span: Span::new(sixth, sixth + '⅙'.len_utf8()),
                kind: MentionKind::Number,
                value: Some(Value::Number(Interval::exact(
                    Decimal::ONE / Decimal::from(6),
                ))),
            },
            Mention {
                span: Span::new(half, half + '½'.len_utf8()),
                kind: MentionKind::Number,
                value: Some(Value::Number(Interval::exact(dec("0.5")))),
            },
        ];
        let got: Vec<Found> = mentions
            .iter()
            .map(|m| Found::from_mention(&input, m))
            .collect();
        assert!(exact_pass(&input, &exp, &got));
    }

    #[test]
    fn date_case_wants_overlap_and_no_extras() {
        let (_, exp) = expected_of(
            r#"{"input": "i'll go back january 12, 2016 and 15", "expected": [{"text": "january 12, 2016", "start": 13, "end": 29, "type": "date", "value": null}, {"text": "15", "start": 34, "end": 36, "type": "date", "value": null}]}"#,
        );
        let date = |s, e| found(MentionKind::Date, s, e, None);
        assert!(overlap_pass(&exp, &[date(13, 29), date(34, 36)]));
        // Partial overlap is enough; one mention may cover both items.
        assert!(overlap_pass(&exp, &[date(21, 29), date(30, 35)]));
        assert!(overlap_pass(&exp, &[date(13, 36)]));
        // An item left uncovered, or a mention outside every item, fails.
        assert!(!overlap_pass(&exp, &[date(13, 29)]));
        assert!(!overlap_pass(
            &exp,
            &[date(13, 29), date(34, 36), date(0, 4)]
        ));
        assert!(passes(Rule::Overlap, "", &exp, &[date(13, 36)]));
        assert!(!passes(Rule::Exact, "", &exp, &[date(13, 36)]));
    }
}
