//! A whole story, written for this test: a draft about a mine flood with three
//! sources, two planted discrepancies and a handful of traps (correct partial
//! quotes, times, a shaft number, a disagreement the draft attributes properly).
//! Each planted discrepancy is flagged where it stands, nothing else is, and the
//! reconciliation view says so per metric.

use claimcheck_claims::{Document, Severity};
use claimcheck_reconcile::{Material, Reconciler, Verdict};

const DRAFT: &str = "# Flood traps miners at Corva pit; 31 rescued\n\n\
CORVA, May 14 — Rescuers brought 31 miners to the surface overnight after water flooded the lower \
galleries of the Corva coal mine on Tuesday, the regional mining authority said, while eight men \
remained trapped in Shaft 4.\n\n\
The authority said 47 miners were underground when the flood began at 2:15 p.m. Six of those \
rescued were taken to hospital in Velm.\n\n\
The miners' union put the number still trapped at eleven, while the authority said eight.\n\n\
\"We are pumping 900 cubic metres an hour and we will not stop until every man is out,\" rescue \
chief Ilse Marrow told reporters. She said the water had risen faster than in any flood she had \
seen in 20 years.\n\n\
The mine's owner, Brask Energy, said it had spent 14 million dollars on drainage since 2022. \
According to Brask Energy, 212 people work at the pit.\n";

const AUTHORITY: &str = "# Regional Mining Authority of Corva — Incident bulletin 3\n\n\
Issued 14 May 2025, 06:00\n\n\
At approximately 14:15 on Tuesday water entered the lower galleries of the Corva coal mine. \
Around 45 miners were underground at the time.\n\n\
As of 05:30, 31 miners have been brought to the surface. 6 of them were taken to hospital in Velm. \
8 miners remain trapped in Shaft 4.\n";

const BRIEFING: &str = "# Transcript — Press briefing at Corva pit head, 14 May 2025\n\n\
MARROW: We are pumping 900 cubic metres an hour and we will not stop until every man is out. \
The water rose faster than in any flood I have seen in 20 years.\n\n\
REPORTER: What about the union's figure?\n\n\
MARROW: The union says eleven are still down there. Our count is eight, and we are checking it \
against the lamp room records.\n";

const UNION: &str = "# Statement — Corva Miners' Union\n\n\
Our members tell us that eleven miners are still trapped. The union has raised drainage at the \
pit with Brask Energy for years; the company told us in March it had spent 4 million dollars on \
pumps since 2022.\n";

#[test]
fn the_mine_story() {
    let rs = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs().unwrap()).unwrap();
    let ex = claimcheck_extract::Extractor::new(rs.metrics.clone()).unwrap();
    let published = "2025-05-14".parse().ok();
    let draft = Document::new("draft.md", DRAFT);
    let sources = [
        Document::new("authority.md", AUTHORITY),
        Document::new("briefing.md", BRIEFING),
        Document::new("union.md", UNION),
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
        claimcheck_claims::Span::new(s, s + needle.len())
    };
    // Planted: 47 where the authority says "around 45" (more precise than the
    // source), and 14 million dollars where the union quotes the company as
    // saying 4 million on pumps: worded too differently to align, so only the
    // note that no source has it. "she had seen" is outside the quotation marks.
    let planted = [("47", "CC503")];
    let loud: Vec<_> = out
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .collect();
    let describe = || {
        out.findings
            .iter()
            .map(|f| {
                format!(
                    "{} {} {} @{}",
                    f.code,
                    f.severity.as_str(),
                    f.message,
                    draft.slice(f.labels[0].span)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
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
    // Nothing else: the traps stay quiet.
    for f in &loud {
        let near = planted
            .iter()
            .any(|(n, _)| f.labels[0].span.overlaps(&at(n)));
        assert!(near, "unexpected finding:\n{}", describe());
    }
    let note = at("14 million dollars");
    assert!(
        out.findings
            .iter()
            .any(|f| f.code == "CC505" && f.labels[0].span.overlaps(&note)),
        "{}",
        describe()
    );
    // The view: the disputed trapped count, attributed to each side, is no
    // conflict (each side's figure is its own).
    let trapped: Vec<_> = out
        .view
        .metrics
        .iter()
        .flat_map(|m| &m.rows)
        .filter(|r| r.draft.place.text == "eight" || r.draft.place.text == "eleven")
        .collect();
    assert_eq!(trapped.len(), 3, "{}", out.view.render_human());
    assert!(
        trapped
            .iter()
            .all(|r| !matches!(r.verdict, Verdict::Conflicts | Verdict::Misattributed)),
        "{}",
        out.view.render_human()
    );
    assert!(trapped.iter().any(|r| r.verdict == Verdict::Agrees));
    let json: serde_json::Value = serde_json::from_str(&out.view.to_json()).unwrap();
    assert_eq!(json["schema"], "claimcheck/reconcile@1");
    assert_eq!(json["sources"].as_array().unwrap().len(), 3);
}
