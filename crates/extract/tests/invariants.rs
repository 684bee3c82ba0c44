//! Invariants that hold for any input, checked with proptest: extraction never
//! panics, every span lies inside the text on char boundaries with `text` equal to
//! the bytes it covers, and the same input always gives the same claims.
//!
//! Inputs mix arbitrary Unicode with the fragments news figures are made of
//! (digits with separators, hedges, months, quotes, dashes, currency signs), so the
//! grammars are exercised on their edges and not only on noise.

use claimcheck_claims::{Claim, Document, Span};
use claimcheck_extract::Extractor;
use jiff::civil::Date;
use proptest::prelude::*;
use std::sync::OnceLock;

/// One extractor for every case, with the metrics of the built-in rule packs.
fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        let metrics = claimcheck_rules::builtin_packs()
            .expect("built-in packs load")
            .into_iter()
            .flat_map(|p| p.metrics)
            .collect();
        Extractor::new(metrics).expect("embedded lexicons load")
    })
}

/// Words and signs that make, hedge, date, attribute or disguise a figure.
const FRAGMENTS: &[&str] = &[
    // hedges and modality
    "about",
    "around",
    "some",
    "roughly",
    "approximately",
    "an estimated",
    "more than",
    "at least",
    "over",
    "upwards of",
    "no fewer than",
    "up to",
    "as many as",
    "as high as",
    "at most",
    "fewer than",
    "under",
    "nearly",
    "almost",
    "just over",
    "or so",
    "or more",
    "possibly",
    "could be",
    "may have",
    "between",
    "and",
    "to",
    "from",
    "or",
    // number words, scales, fractions, vague quantities
    "one",
    "twelve",
    "twenty",
    "twenty-seven",
    "ninety",
    "hundred",
    "one hundred and twenty",
    "a dozen",
    "dozen",
    "thousand",
    "million",
    "billion",
    "trillion",
    "bn",
    "m",
    "half",
    "a half",
    "a third",
    "a quarter",
    "three fifths",
    "point",
    "dozens",
    "hundreds",
    "scores",
    "a handful",
    "several",
    "a few",
    "thousands",
    "tens of thousands",
    "of",
    // ordinals
    "90th",
    "21st",
    "2nd",
    "3rd",
    "first",
    "second",
    "ninetieth",
    "twenty-first",
    // dates and durations
    "January",
    "Jan.",
    "Feb",
    "Sept.",
    "November",
    "December",
    "Monday",
    "on Tuesday",
    "early",
    "mid",
    "mid-",
    "late",
    "the end of",
    "last week",
    "last year",
    "next month",
    "ago",
    "in",
    "since",
    "year",
    "years",
    "a decade",
    "decades",
    "months",
    "weeks",
    "days",
    "hours",
    "-year-old",
    "-hour",
    "-strong",
    "-member",
    "old",
    // attribution and anaphora
    "said",
    "says",
    "according to",
    "told reporters",
    "estimated",
    "the SDF",
    "police",
    "the ministry",
    "Syrian authorities",
    "the number",
    "the toll",
    "the figure",
    "put the toll at",
    "escaped",
    "recaptured",
    "killed",
    "members",
    "member",
    "fled",
    // units and signs
    "%",
    "percent",
    "per cent",
    "percentage points",
    "$",
    "US$",
    "£",
    "€",
    "EUR",
    "USD",
    "euros",
    "dollars",
    "pounds",
    "km",
    "a.m.",
    "p.m.",
    ":",
    "/",
    "#",
    "No.",
    "+",
    "(",
    ")",
    // quotes, dashes, punctuation, whitespace
    "\"",
    "“",
    "”",
    "'",
    "’",
    "-",
    "–",
    "—",
    "‑",
    ",",
    ".",
    ";",
    "!",
    "?",
    " ",
    "\n",
    "\n\n",
    "\t",
    "# ",
    "\u{feff}",
    "\u{200b}",
    "\u{301}",
    // traps that must not become claims
    "F-16",
    "COVID-19",
    "G20",
    "Resolution 2254",
    "9:30 a.m.",
    "a 3-1 win",
    "Route 66",
    "a 34-year-old",
    "24/7",
    "2026-27",
];

/// A news-like fragment, a number, or arbitrary Unicode.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(FRAGMENTS).prop_map(String::from),
        2 => "[0-9]{1,3}(,[0-9]{3}){0,3}",
        1 => "[0-9]{1,4}\\.[0-9]{1,3}",
        1 => "[0-9]{1,2}(st|nd|rd|th|bn|m|s|km|e[0-9]{1,2})",
        1 => "[0-9]{10,40}",
        1 => "[0-9]{16,30}( trillion| billion|bn)",
        1 => "(19|20)[0-9]{2}",
        2 => "\\PC{0,6}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Fragments glued together with nothing, a space, or punctuation between them.
fn news_like_text() -> impl Strategy<Value = String> {
    let separator =
        prop::sample::select(&[" ", " ", " ", "", ", ", ". ", "\n", "-", "\n\n", "\n \n"][..]);
    prop::collection::vec((fragment(), separator), 0..48).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(f, sep)| f + sep)
            .collect::<String>()
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![4 => news_like_text(), 1 => any::<String>()]
}

fn published() -> impl Strategy<Value = Option<Date>> {
    prop::option::of(
        (1900i16..2100, 1i8..=12, 1i8..=28)
            .prop_map(|(y, m, d)| Date::new(y, m, d).expect("days 1-28 exist in every month")),
    )
}

/// The span lies inside `text` and starts and ends on char boundaries.
fn assert_span_valid(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    assert!(
        span.end <= text.len(),
        "{what}: {span:?} past the end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} splits a character"
    );
}

fn assert_claims_valid(text: &str, claims: &[Claim]) {
    for c in claims {
        assert_span_valid(text, c.span, "claim");
        assert!(!c.span.is_empty(), "empty claim span at {:?}", c.span);
        assert_eq!(c.text, &text[c.span.start..c.span.end], "claim text");
        if let Some(cue) = c.metric_cue {
            assert_span_valid(text, cue, "metric cue");
        }
        if let Some(source) = &c.source {
            assert_span_valid(text, source.span, "source");
        }
    }
    let starts: Vec<usize> = claims.iter().map(|c| c.span.start).collect();
    assert!(starts.is_sorted(), "claims out of text order: {starts:?}");
    // A blank line ends every figure, date and hedge.
    for c in claims {
        let lines: Vec<&str> = c.text.split('\n').collect();
        assert!(
            lines.len() < 3
                || lines[1..lines.len() - 1]
                    .iter()
                    .all(|l| !l.trim().is_empty()),
            "claim {:?} crosses a blank line",
            c.text
        );
    }
}

/// Run every invariant on one input.
fn check(text: &str, published: Option<Date>) {
    let doc = Document::new("x", text);
    let first = extractor().extract(&doc, published);
    assert_claims_valid(text, &first);
    let second = extractor().extract(&doc, published);
    assert_eq!(first, second, "extraction is not deterministic");

    let mentions = extractor().mentions(text, published);
    for m in &mentions {
        assert_span_valid(text, m.span, "mention");
    }
    let again = extractor().mentions(text, published);
    assert_eq!(
        format!("{mentions:?}"),
        format!("{again:?}"),
        "mentions vary"
    );
}

/// Headings, captions and list items without a full stop: the number at the
/// end of one paragraph and the one opening the next are two figures.
#[test]
fn no_figure_runs_across_a_blank_line() {
    let published = Date::new(2026, 2, 10).ok();
    for (text, want) in [
        (
            "The debt reached one trillion\n\ntwenty-one people came.",
            ["one trillion", "twenty-one"],
        ),
        (
            "It rose to 3 million\n\n30 lakh were given.",
            ["3 million", "30 lakh"],
        ),
        (
            "It happened in 2017\n\nNight fell on 4 June.",
            ["2017", "4 June"],
        ),
        (
            "Total: $3\n\n4 billion dollars were spent.",
            ["$3", "4 billion dollars"],
        ),
    ] {
        let doc = Document::new("x", text);
        let claims = extractor().extract(&doc, published);
        assert_claims_valid(text, &claims);
        let texts: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, want, "{text:?}");
    }
}

proptest! {
    #[test]
    fn any_text_gives_valid_deterministic_claims(text in any_text(), published in published()) {
        check(&text, published);
    }
}

/// Inputs that break parsers: empty and blank text, marks with no base, numbers
/// too long for a decimal, lone signs, hedges with nothing to hedge.
#[test]
fn edge_inputs() {
    let big = "9".repeat(60);
    let cases = [
        "".to_string(),
        " \n\t ".to_string(),
        "\u{feff}About 120 fled.".to_string(),
        "\u{301}\u{301}90th".to_string(),
        big.clone(),
        format!("{big} million"),
        "9.9999999999999999999999999999bn".to_string(),
        "1e28 1e29 1e-28 2e+".to_string(),
        "$ £ € EUR % - – — “ ” \"".to_string(),
        "between and to 80-".to_string(),
        "nearly".to_string(),
        "the number could be".to_string(),
        "January 20, 2026, January 32, 2026 and February 30".to_string(),
        "late".to_string(),
        "a 34-year-old".to_string(),
        "one hundred and twenty thousand million billion trillion".to_string(),
        "half a half a half".to_string(),
        "dozens of dozens of hundreds".to_string(),
    ];
    for text in &cases {
        check_with_dates(text);
    }
}

/// A figure whose scale takes it past the largest decimal (about 7.9e28) must be
/// skipped or refused, not multiplied until it panics.
#[test]
fn scales_past_the_largest_decimal_do_not_panic() {
    for text in [
        "79,228,162,514,264,337,593,543,950,335 trillion",
        "99999999999999999999999999 trillion trillion",
        "79228162514264337593543950bn",
        "£79,228,162,514,264,337,593,543,950m",
        "between 1 and 79,228,162,514,264,337,593,543,950 million",
    ] {
        check_with_dates(text);
    }
}

fn check_with_dates(text: &str) {
    for published in [
        None,
        Date::new(2026, 2, 10).ok(),
        Date::new(1900, 1, 1).ok(),
    ] {
        check(text, published);
    }
}

/// A time of day's colon ("4:35 p.m.") splits no clause, and an event named
/// by a compound ("Hailstones … fell") is found from its head ("the first
/// stones fell"): the gap "45 minutes before" is anchored on Thursday.
#[test]
fn a_gap_before_an_event_finds_the_event_past_a_time_of_day() {
    let text = "Hailstones up to 6 cm across fell for about 20 minutes from 4:35 p.m. on Thursday, smashing windows. \
                The weather service said it had issued a red warning at 3:50 p.m. on 4 July, 45 minutes before the first stones fell.";
    let doc = Document::new("x", text);
    let claims = extractor().extract(&doc, Date::new(2025, 7, 8).ok());
    let at = |t: &str| {
        claims
            .iter()
            .position(|c| c.text == t)
            .unwrap_or_else(|| panic!("no claim {t:?}"))
    };
    assert_eq!(
        claims[at("45 minutes")].frame.anchor(),
        Some(at("Thursday"))
    );
}
