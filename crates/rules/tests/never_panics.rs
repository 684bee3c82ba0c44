//! Every check on any text: no panic, every label inside its document and on
//! character boundaries, the same findings twice. Text mixes arbitrary characters
//! with the pieces the rules look for (figures, hedges, order words, years, %).

use claimcheck_claims::Document;
use claimcheck_extract::Extractor;
use claimcheck_rules::{builtin_packs, CheckContext, RuleSet};
use proptest::prelude::*;

fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("about 120 escaped, ".to_string()),
        Just("24 of the 20 wards ".to_string()),
        Just("Of the 243 schools, 250 ".to_string()),
        Just("including 710 children ".to_string()),
        Just("41% and 38% while 30%, ".to_string()),
        Just("the remaining 7%. ".to_string()),
        Just("on 2 May, after 9 May. ".to_string()),
        Just("later, on 12 March ".to_string()),
        Just("founded in 2004, a 28-year history ".to_string()),
        Just("three weeks after 14 April ".to_string()),
        Just("dozens, and possibly hundreds, ".to_string()),
        Just("its 90th member, the 89-member ".to_string()),
        Just("more than $2 billion $1.96 billion ".to_string()),
        Just("the remaining $306 million ".to_string()),
        Just("also champions in 1962, 1979 and 2008, fourth title ".to_string()),
        Just("Police said ".to_string()),
        // The decimal's limits: every arithmetic must refuse, not panic.
        Just("79,228,162,514,264,337,593,543,950,335 ".to_string()),
        Just("0.0000000000000000000000000001% ".to_string()),
        Just("up by 0 to 0 from ".to_string()),
        Just("\n\n".to_string()),
        "[a-zA-Z0-9 ,.;:%$£€'’\"“”()\\-–—\n]{0,40}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn checks_never_panic(text in pieces()) {
        let rules = RuleSet::new(builtin_packs().expect("packs")).expect("rules");
        let extractor = Extractor::new(rules.metrics.clone()).expect("lexicons");
        let doc = Document::new("x.md", text);
        let published = jiff::civil::Date::new(2025, 6, 1).ok();
        let graph = extractor.extract_graph(&doc, published);
        let ctx = CheckContext { published };
        let first = rules.check(&doc, &graph, &ctx);
        for f in &first {
            for l in &f.labels {
                prop_assert!(l.span.end <= doc.text.len());
                prop_assert!(doc.text.is_char_boundary(l.span.start) && doc.text.is_char_boundary(l.span.end));
            }
        }
        prop_assert_eq!(first, rules.check(&doc, &graph, &ctx));
    }
}

/// Figures at the decimal's limits, and zero, in every arithmetic the rules
/// do: shares, changes, sums, gaps, rates. Found by fuzzing the whole check:
/// "up by 0.50% to 5.00 euros" from a level of zero divided by zero, and a
/// figure with 28 decimal places had no finer half unit.
#[test]
fn figures_at_the_decimal_limits_do_not_panic() {
    let templates = [
        "Fares went up by {a}% to {b} euros from {c} euros.",
        "The price rose by {a} to {b} from {c}.",
        "Of the {a} flights, {b} left late, or {c}%.",
        "{a} of the {b} schools closed, about {c} per cent.",
        "The {a} homes included {b} flats and {c} houses.",
        "Turnout was {a}%, some {b}% higher than the {c}% of last year.",
        "It cost {a} dollars, or {b} dollars per person for {c} people.",
        "Sales fell {a}% to {b} billion crowns from {c} billion.",
        "A total of {a} votes: {b} for and {c} against.",
        "{a} people died, up from {b}, and {c} were hurt.",
        "The {a}-member group gained its {b}th member, {c} years after it began.",
    ];
    let extremes = [
        "79,228,162,514,264,337,593,543,950,335",
        "79228162514264337593543950335",
        "0.0000000000000000000000000001",
        "0.0000000000000000000000000009",
        "0",
        "1",
        "99.99",
    ];
    let rules = RuleSet::new(builtin_packs().expect("packs")).expect("rules");
    let extractor = Extractor::new(rules.metrics.clone()).expect("lexicons");
    let published = jiff::civil::Date::new(2025, 6, 1).ok();
    let ctx = CheckContext { published };
    for t in templates {
        for a in extremes {
            for b in extremes {
                for c in extremes {
                    let text = t.replace("{a}", a).replace("{b}", b).replace("{c}", c);
                    let doc = Document::new("x.md", text);
                    let graph = extractor.extract_graph(&doc, published);
                    let _ = rules.check(&doc, &graph, &ctx);
                }
            }
        }
    }
}
