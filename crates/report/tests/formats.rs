//! Every output format on one fixture with findings of each severity, labels in two
//! files and labels on non-ASCII text, plus the invariants the snapshots cannot show:
//! order independence, offset-free fingerprints and GitHub escaping.

use std::path::Path;

use claimcheck_claims::{Document, Finding, Label, RuleMeta, Severity, Span};
use claimcheck_report::{render, render_human, summarize, Format, HumanOptions};
use serde_json::Value;

const DRAFT: &str = "\
# Valdemoro evacuees head home after dam breach

Officials said the Río Serón dam gave way on Tuesday and about 240 residents were evacuated.

By Wednesday evening, 310 evacuees had returned home, according to the mayor’s office.

The town joined the regional flood pact in 2009 as its 12th member, nearly two decades ago.
";

const BRIEFING: &str = "\
Protección Civil — situation briefing, Wednesday 14:00

Evacuación del valle del Serón: 236 people evacuated (final count).
Returned so far: 95.
";

const DRAFT_PATH: &str = "drafts/valdemoro.md";
const BRIEFING_PATH: &str = "sources/briefing.txt";

fn docs() -> Vec<Document> {
    vec![
        Document::new(DRAFT_PATH, DRAFT),
        Document::new(BRIEFING_PATH, BRIEFING),
    ]
}

/// A label on the only occurrence of `needle` in `doc`.
fn label(doc: &Document, needle: &str, message: &str) -> Label {
    let mut found = doc.text.match_indices(needle);
    let (start, _) = found
        .next()
        .unwrap_or_else(|| panic!("{needle:?} not in {}", doc.path));
    assert!(
        found.next().is_none(),
        "{needle:?} occurs twice in {}",
        doc.path
    );
    Label {
        path: doc.path.clone(),
        span: Span::new(start, start + needle.len()),
        message: message.to_string(),
    }
}

fn findings(draft: &Document, briefing: &Document) -> Vec<Finding> {
    vec![
        Finding {
            code: "CC310".into(),
            rule: "sources-disagree".into(),
            severity: Severity::Note,
            message: "Protección Civil counts 236 evacuated; officials said about 240".into(),
            help: None,
            labels: vec![
                label(briefing, "236 people", "evacuated, per Protección Civil"),
                label(draft, "about 240", "evacuated, per officials"),
            ],
        },
        Finding {
            code: "CC204".into(),
            rule: "duration-from-year".into(),
            severity: Severity::Warning,
            message: "“nearly two decades” does not fit 2009: the pact was joined 17 years before publication"
                .into(),
            help: Some("Say \"17 years ago\" or \"in 2009\", or check the year.".into()),
            labels: vec![
                label(draft, "nearly two decades ago", "about 20 years"),
                label(draft, "in 2009", "17 years before 2026-02-10"),
            ],
        },
        Finding {
            code: "CC101".into(),
            rule: "returned-exceeds-evacuated".into(),
            severity: Severity::Error,
            message: "310 returned is more than the about 240 who were evacuated; no source's figure allows it"
                .into(),
            help: Some(
                "A count of people who returned cannot exceed the count of people evacuated. \
                 Check both figures and who gave them."
                    .into(),
            ),
            labels: vec![
                label(draft, "310", "returned"),
                label(draft, "about 240", "evacuated, per officials"),
                label(draft, "the mayor’s office", "source of 310"),
                label(briefing, "236 people", "evacuated, per Protección Civil"),
            ],
        },
    ]
}

fn rules() -> Vec<RuleMeta> {
    let rule = |code: &str, name: &str, severity, summary: &str, origin: &str| RuleMeta {
        code: code.into(),
        name: name.into(),
        default_severity: severity,
        summary: summary.into(),
        doc: format!(
            "What it checks: {summary}.\nWhy it matters: readers compare figures.\n\
             Example: a figure that contradicts another.\nCorrected: figures that agree."
        ),
        origin: origin.into(),
    };
    vec![
        rule(
            "CC310",
            "sources-disagree",
            Severity::Note,
            "Two attributed sources give different figures",
            "built-in",
        ),
        rule(
            "CC101",
            "returned-exceeds-evacuated",
            Severity::Error,
            "More people returned than were evacuated",
            "evacuation",
        ),
        rule(
            "CC204",
            "duration-from-year",
            Severity::Warning,
            "A duration that does not fit the year it counts from",
            "built-in",
        ),
        rule(
            "CC999",
            "unused-rule",
            Severity::Warning,
            "A rule with no findings is still listed",
            "built-in",
        ),
    ]
}

fn fixture() -> (Vec<Finding>, Vec<Document>) {
    let docs = docs();
    (findings(&docs[0], &docs[1]), docs)
}

fn sarif_value(findings: &[Finding], docs: &[Document]) -> Value {
    let sarif = render(Format::Sarif, findings, docs, &rules());
    serde_json::from_str(&sarif).expect("SARIF output is JSON")
}

#[test]
fn human() {
    let (findings, docs) = fixture();
    insta::assert_snapshot!("human", render(Format::Human, &findings, &docs, &rules()));
}

#[test]
fn json() {
    let (findings, docs) = fixture();
    insta::assert_snapshot!("json", render(Format::Json, &findings, &docs, &rules()));
}

#[test]
fn sarif() {
    let (findings, docs) = fixture();
    insta::assert_snapshot!("sarif", render(Format::Sarif, &findings, &docs, &rules()));
}

#[test]
fn github() {
    let (findings, docs) = fixture();
    insta::assert_snapshot!("github", render(Format::Github, &findings, &docs, &rules()));
}

#[test]
fn no_findings() {
    let docs = docs();
    assert_eq!(render(Format::Human, &[], &docs, &rules()), "no findings\n");
    assert_eq!(render(Format::Github, &[], &docs, &rules()), "");
    let json: Value =
        serde_json::from_str(&render(Format::Json, &[], &docs, &rules())).expect("JSON");
    assert_eq!(json["diagnostics"], Value::Array(vec![]));
    assert_eq!(json["summary"]["errors"], 0);
}

#[test]
fn json_offsets_are_bytes_and_columns_are_characters() {
    let (findings, docs) = fixture();
    let json: Value =
        serde_json::from_str(&render(Format::Json, &findings, &docs, &rules())).expect("JSON");
    let about_240 = &json["diagnostics"][0]["labels"][1];
    assert_eq!(about_240["text"], "about 240");
    let offset = DRAFT.find("about 240").expect("in the draft");
    assert_eq!(about_240["offset"], offset);
    // "Río Serón" before it on the same line: two 2-byte characters.
    let line_start = DRAFT[..offset].rfind('\n').map_or(0, |i| i + 1);
    assert_eq!(about_240["column"], offset - line_start + 1 - 2);
    assert_eq!(
        json["summary"],
        serde_json::json!({"errors": 1, "warnings": 1, "notes": 1})
    );
}

#[test]
fn output_does_not_depend_on_input_order() {
    let (findings, docs) = fixture();
    let mut reversed = findings.clone();
    reversed.reverse();
    let mut rotated = findings.clone();
    rotated.rotate_left(1);
    for format in Format::ALL {
        let expected = render(format, &findings, &docs, &rules());
        assert_eq!(
            render(format, &reversed, &docs, &rules()),
            expected,
            "{format}"
        );
        assert_eq!(
            render(format, &rotated, &docs, &rules()),
            expected,
            "{format}"
        );
        let mut shuffled_rules = rules();
        shuffled_rules.reverse();
        assert_eq!(
            render(format, &findings, &docs, &shuffled_rules),
            expected,
            "{format}"
        );
    }
}

#[test]
fn sarif_fingerprints_survive_edits_elsewhere_in_the_file() {
    let (findings, docs) = fixture();
    let before = sarif_value(&findings, &docs);

    // The same article with a new paragraph above everything the findings point at.
    let edited = DRAFT.replacen(
        "\n\n",
        "\n\nUpdated Thursday with comment from residents.\n\n",
        1,
    );
    let moved_docs = vec![
        Document::new(DRAFT_PATH, edited),
        Document::new(BRIEFING_PATH, BRIEFING),
    ];
    let moved = findings_for(&moved_docs);
    let after = sarif_value(&moved, &moved_docs);

    let results = |log: &Value| {
        log["runs"][0]["results"]
            .as_array()
            .cloned()
            .expect("results")
    };
    let (before, after) = (results(&before), results(&after));
    assert_eq!(before.len(), 3);
    for (old, new) in before.iter().zip(&after) {
        assert_eq!(old["partialFingerprints"], new["partialFingerprints"]);
    }
    let region =
        |result: &Value| result["locations"][0]["physicalLocation"]["region"]["byteOffset"].clone();
    assert_ne!(
        region(&before[0]),
        region(&after[0]),
        "the draft's findings did move"
    );

    // A different text at the same place is a different finding.
    let mut changed = findings.clone();
    changed[2].labels[0] = label(&docs[0], "Wednesday", "returned");
    let changed = sarif_value(&changed, &docs);
    let fingerprint = |log: &Value| {
        log["runs"][0]["results"]
            .as_array()
            .and_then(|results| results.iter().find(|r| r["ruleId"] == "CC101"))
            .map(|r| r["partialFingerprints"].clone())
    };
    assert_ne!(
        fingerprint(&changed),
        fingerprint(&sarif_value(&findings, &docs))
    );
}

fn findings_for(docs: &[Document]) -> Vec<Finding> {
    findings(&docs[0], &docs[1])
}

#[test]
fn repeated_identical_findings_get_distinct_fingerprints() {
    let doc = Document::new("a.md", "Some 12 and 12.\n");
    let finding = |start| Finding {
        code: "CC1".into(),
        rule: "r".into(),
        severity: Severity::Warning,
        message: "m".into(),
        help: None,
        labels: vec![Label {
            path: "a.md".into(),
            span: Span::new(start, start + 2),
            message: String::new(),
        }],
    };
    let log = sarif_value(&[finding(12), finding(5)], std::slice::from_ref(&doc));
    let prints: Vec<String> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            r["partialFingerprints"]["claimcheckFingerprint/v1"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(prints.len(), 2);
    assert_eq!(format!("{}:2", prints[0]), prints[1]);
}

#[test]
fn github_commands_escape_messages_and_properties() {
    let doc = Document::new("notes/a,b:c.md", "Turnout was 104% of the register.\n");
    let finding = Finding {
        code: "CC401".into(),
        rule: "share-over-100".into(),
        severity: Severity::Error,
        message: "104% is more than all\nof the register".into(),
        help: Some("100%\r\nis the most".into()),
        labels: vec![Label {
            path: doc.path.clone(),
            span: Span::new(12, 16),
            message: "turnout".into(),
        }],
    };
    let out = render(Format::Github, &[finding], std::slice::from_ref(&doc), &[]);
    assert_eq!(
        out,
        "::error file=notes/a%2Cb%3Ac.md,line=1,col=13,endLine=1,endColumn=16,title=CC401 share-over-100\
         ::104%25 is more than all%0Aof the register%0Ahelp: 100%25%0D%0Ais the most\n"
    );
    assert_eq!(out.lines().count(), 1, "one line per finding");
}

#[test]
fn severities_map_to_github_commands() {
    let (findings, docs) = fixture();
    let out = render(Format::Github, &findings, &docs, &rules());
    let commands: Vec<&str> = out
        .lines()
        .map(|line| line.split(' ').next().unwrap_or(""))
        .collect();
    assert_eq!(commands, ["::error", "::warning", "::notice"]);
}

#[test]
fn colour_is_optional() {
    let (findings, docs) = fixture();
    let plain = render_human(&findings, &docs, &HumanOptions::default());
    let coloured = render_human(
        &findings,
        &docs,
        &HumanOptions {
            color: true,
            width: 100,
        },
    );
    assert!(!plain.contains('\u{1b}'));
    assert!(coloured.contains('\u{1b}'));
    assert_eq!(
        summarize(&findings).to_string(),
        "1 error, 1 warning, 1 note"
    );
    assert!(plain.ends_with("1 error, 1 warning, 1 note\n"));
}

#[test]
fn bad_spans_and_missing_documents_do_not_panic() {
    let doc = Document::new("a.md", "“quoted” text\n");
    let finding = Finding {
        code: "CC1".into(),
        rule: "r".into(),
        severity: Severity::Error,
        message: "m".into(),
        help: None,
        labels: vec![
            // Inside the three-byte opening quote, and past the end of the text.
            Label {
                path: "a.md".into(),
                span: Span { start: 1, end: 200 },
                message: "bad".into(),
            },
            Label {
                path: "a.md".into(),
                span: Span { start: 5, end: 2 },
                message: "reversed".into(),
            },
            Label {
                path: "gone.md".into(),
                span: Span::new(3, 9),
                message: "no document".into(),
            },
        ],
    };
    let no_labels = Finding {
        labels: vec![],
        ..finding.clone()
    };
    for format in Format::ALL {
        let out = render(
            format,
            &[finding.clone(), no_labels.clone()],
            std::slice::from_ref(&doc),
            &[],
        );
        assert!(!out.is_empty(), "{format}");
    }
    let json: Value = serde_json::from_str(&render(
        Format::Json,
        std::slice::from_ref(&finding),
        std::slice::from_ref(&doc),
        &[],
    ))
    .expect("JSON");
    let labels = &json["diagnostics"][0]["labels"];
    assert_eq!(labels[0]["offset"], 0);
    assert_eq!(labels[0]["text"], doc.text.as_str());
    assert_eq!(labels[2]["line"], Value::Null);
}

/// Validates the SARIF output against the OASIS schema in `../shared/schemas`, which
/// CI has beside the checkout; without it the test says so and passes.
#[test]
fn sarif_validates_against_schema() {
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/schemas/sarif-2.1.0.json");
    let Ok(schema_text) = std::fs::read_to_string(&schema_path) else {
        eprintln!(
            "note: {} not found; SARIF schema validation skipped",
            schema_path.display()
        );
        return;
    };
    let schema: Value = serde_json::from_str(&schema_text).expect("the SARIF schema is JSON");
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");

    // A validator that accepts anything would pass the checks below vacuously.
    let mut broken = sarif_value(&[], &docs());
    broken["runs"][0]["columnKind"] = Value::from("bytes");
    assert!(
        !validator.is_valid(&broken),
        "the schema rejects an unknown columnKind"
    );

    let (findings, docs) = fixture();
    let mut logs = vec![sarif_value(&findings, &docs), sarif_value(&[], &docs)];
    // A label whose document is missing gets a region with byte offsets only.
    let mut orphan = findings[0].clone();
    orphan.labels[0].path = "missing file.md".into();
    logs.push(sarif_value(&[orphan], &docs));
    for log in logs {
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|error| format!("{error} at {}", error.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "SARIF output is invalid:\n{}",
            errors.join("\n")
        );
    }
}

/// The page between `<main>` and `</main>`: the articles, without the style
/// sheet every page carries.
fn html_main(page: &str) -> &str {
    let start = page.find("<main>").expect("a main element");
    let end = page.find("</main>").expect("main ends") + "</main>".len();
    &page[start..end]
}

#[test]
fn html() {
    let (findings, docs) = fixture();
    let page = render(Format::Html, &findings, &docs, &rules());
    insta::assert_snapshot!("html", html_main(&page));
}

/// Every in-page link's target, and every id, once.
fn html_links_and_ids(page: &str) -> (Vec<&str>, Vec<&str>) {
    let values = |attr: &str| -> Vec<&str> {
        page.match_indices(attr)
            .map(|(i, _)| {
                let rest = &page[i + attr.len()..];
                &rest[..rest.find('"').expect("attribute ends")]
            })
            .collect()
    };
    (values("href=\"#"), values(" id=\""))
}

#[test]
fn html_links_lead_somewhere_both_ways() {
    let (findings, docs) = fixture();
    let page = render(Format::Html, &findings, &docs, &rules());
    let (links, ids) = html_links_and_ids(&page);
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "ids are unique");
    for link in &links {
        assert!(ids.contains(link), "#{link} has no target");
    }
    // Each label is linked from its finding and links back to it: the
    // briefing's label too, in the sources below the article.
    let labels: usize = findings.iter().map(|f| f.labels.len()).sum();
    let to_labels = links.iter().filter(|l| l.matches('-').count() == 2).count();
    assert_eq!(to_labels, labels);
    let back = links.iter().filter(|l| l.matches('-').count() == 1).count();
    assert_eq!(back, labels);
    assert!(page.contains("<h4 id=\"a1-s1\">sources/briefing.txt</h4>"));
}

#[test]
fn html_page_is_self_contained_and_shows_hostile_text_as_text() {
    let text = "<script>alert(1)</script> <img src=\"https://example.com/t.png\"> \
                about 40\u{202E} people & <style>body{display:none}</style>";
    let doc = Document::new("drafts/<b>odd</b>.md", text);
    let finding = Finding {
        code: "CC001".into(),
        rule: "a-rule".into(),
        severity: Severity::Error,
        message: "<i>not markup</i>".into(),
        help: Some("\"quoted\" & 'single'".into()),
        labels: vec![label(&doc, "about 40", "a <label>")],
    };
    let page = render(Format::Html, &[finding], &[doc], &rules());
    for raw in ["<script", "<img", "<style>body", "<i>", "<b>", "<label>"] {
        assert!(!page.contains(raw), "{raw} reached the page as markup");
    }
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("<span class=\"esc\">\\u{202E}</span>"));
    // Nothing may load: no source attribute, no URL but the text's own (escaped).
    assert!(!page.contains("src=\""));
    assert!(page.contains(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        claimcheck_report::CONTENT_SECURITY_POLICY
    )));
    assert!(claimcheck_report::CONTENT_SECURITY_POLICY.starts_with("default-src 'none'"));
}
