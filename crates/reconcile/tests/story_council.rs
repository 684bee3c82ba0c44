//! A second story written for this test: a council budget vote with minutes, a
//! transcript of the mayor and an opposition statement. Planted: a hedge
//! dropped from the opposition's estimate, the mayor's "nearly 2,000" turned
//! into "more than 2,000", and a word changed in the mayor's quotation. Traps:
//! a quotation cut with an ellipsis, figures restated in other words, a
//! background figure no source has, times and a ward number.

use claimcheck_claims::{Document, Severity, Span};
use claimcheck_reconcile::{Material, Reconciler};

const DRAFT: &str = "# Ostrava Vale council passes 412 million dorn budget\n\n\
OSTRAVA VALE, Nov 6 — The city council approved a budget of 412 million dorn on Wednesday by 23 votes \
to 14, after a debate that ran past 11 p.m.\n\n\
Mayor Petra Louny said the plan would fund more than 2,000 new homes by 2028 and raise the property \
tax by 3.5%. \"We have protected every school … and we will protect every clinic,\" she said. \
\"Nobody in Ward 9 will pay a penny more for their bins,\" she added.\n\n\
The opposition Civic Bloc said 300 jobs would be lost at the city's depots.\n\n\
In 2019 the council cut 120 posts after a similar dispute.\n";

const MINUTES: &str = "# Minutes — Ostrava Vale City Council, extraordinary session, 5 November 2025\n\n\
Item 1. The budget for 2026, totalling 412 million dorn, was approved with 23 votes in favour and 14 \
against. The session closed at 23:20.\n\n\
Item 2. The property tax rate rises by 3.5 percent from 1 January.\n";

const MAYOR: &str = "# Transcript — Mayor Petra Louny, press conference after the budget vote\n\n\
LOUNY: This budget builds nearly 2,000 new homes by 2028. We have protected every school in this \
city, and we will protect every clinic. Nobody in Ward 9 will pay a single penny more for their bins.\n";

const BLOC: &str = "# Statement — Civic Bloc group on the city council\n\n\
The budget will cost about 300 jobs at the city's depots, by our estimate, and it raises the \
property tax for the second year running.\n";

#[test]
fn the_council_story() {
    let rs = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs().unwrap()).unwrap();
    let ex = claimcheck_extract::Extractor::new(rs.metrics.clone()).unwrap();
    let published = "2025-11-06".parse().ok();
    let draft = Document::new("draft.md", DRAFT);
    let sources = [
        Document::new("minutes.md", MINUTES),
        Document::new("mayor.md", MAYOR),
        Document::new("bloc.md", BLOC),
    ];
    let dc = ex.extract(&draft, published);
    let sc: Vec<_> = sources.iter().map(|d| ex.extract(d, published)).collect();
    let mats: Vec<Material> = sources
        .iter()
        .zip(&sc)
        .map(|(d, c)| Material::new(d, c))
        .collect();
    let out = Reconciler::builtin()
        .unwrap()
        .reconcile(Material::new(&draft, &dc), &mats);
    let at = |needle: &str| {
        let s = DRAFT.find(needle).unwrap();
        Span::new(s, s + needle.len())
    };
    let describe = || {
        out.findings
            .iter()
            .map(|f| {
                format!(
                    "{} {} {} @{:?}",
                    f.code,
                    f.severity.as_str(),
                    f.message,
                    draft.slice(f.labels[0].span)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let planted = [
        ("300", "CC502"),
        ("more than 2,000", "CC501"),
        ("a penny", "CC507"),
    ];
    let loud: Vec<_> = out
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .collect();
    for (needle, code) in planted {
        let span = at(needle);
        assert!(
            loud.iter().any(|f| f.code == code
                && f.labels
                    .iter()
                    .any(|l| l.path == "draft.md" && l.span.overlaps(&span))),
            "{code} not raised at {needle:?}:\n{}",
            describe()
        );
    }
    for f in &loud {
        let near = planted.iter().any(|(n, _)| {
            f.labels
                .iter()
                .any(|l| l.path == "draft.md" && l.span.overlaps(&at(n)))
        });
        assert!(near, "unexpected finding:\n{}", describe());
    }
    // The view: a row per figure with its verdict, both as text and as JSON.
    let human = out.view.render_human();
    assert!(human.starts_with("draft.md against 3 sources"), "{human}");
    assert!(human.contains("hedge dropped"), "{human}");
    assert!(human.contains("[-single-]"), "{human}");
    let json: serde_json::Value = serde_json::from_str(&out.view.to_json()).unwrap();
    assert_eq!(json["schema"], "claimcheck/reconcile@1");
    let verdicts: Vec<&str> = json["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|m| m["rows"].as_array().unwrap())
        .map(|r| r["verdict"].as_str().unwrap())
        .collect();
    assert!(
        verdicts.contains(&"hedge-dropped") && verdicts.contains(&"conflicts"),
        "{verdicts:?}"
    );
    let row = &json["metrics"][0]["rows"][0];
    for key in [
        "path", "offset", "length", "line", "column", "text", "value",
    ] {
        assert!(!row["draft"][key].is_null(), "{key} missing in {row}");
    }
    assert_eq!(json["quotations"].as_array().unwrap().len(), 2);
}
