//! What the table tests share: the extractor with the built-in packs' metrics.

use claimcheck_extract::Extractor;

pub fn extractor() -> Extractor {
    let rules = claimcheck_rules::RuleSet::new(
        claimcheck_rules::builtin_packs().expect("built-in packs load"),
    )
    .expect("built-in packs agree");
    Extractor::new(rules.metrics.clone()).expect("embedded lexicons load")
}
