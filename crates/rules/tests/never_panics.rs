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
