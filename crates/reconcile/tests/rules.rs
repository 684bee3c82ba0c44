//! One fixture per rule, in original prose about invented places and people:
//! the rule fires where it should, with labels at both ends, and stays quiet on
//! the faithful version of the same draft.

use claimcheck_claims::{Document, Finding, Severity};
use claimcheck_reconcile::{metas, Material, Reconciler, References, RULES};

struct Run {
    draft: Document,
    findings: Vec<Finding>,
    help: Vec<String>,
}

fn run_with(draft: &str, sources: &[(&str, &str)], refs: Option<References>) -> Run {
    let rs = claimcheck_rules::RuleSet::new(claimcheck_rules::builtin_packs().unwrap()).unwrap();
    let ex = claimcheck_extract::Extractor::new(rs.metrics.clone()).unwrap();
    let published = "2025-03-04".parse().ok();
    let draft_doc = Document::new("draft.md", draft);
    let docs: Vec<Document> = sources.iter().map(|(p, t)| Document::new(*p, *t)).collect();
    let dc = ex.extract(&draft_doc, published);
    let scs: Vec<_> = docs.iter().map(|d| ex.extract(d, published)).collect();
    let mats: Vec<Material> = docs
        .iter()
        .zip(&scs)
        .map(|(d, c)| Material::new(d, c))
        .collect();
    let mut r = Reconciler::builtin().unwrap();
    if let Some(refs) = refs {
        r = r.with_references(refs);
    }
    let out = r.reconcile(Material::new(&draft_doc, &dc), &mats);
    let help = out.findings.iter().filter_map(|f| f.help.clone()).collect();
    Run {
        draft: draft_doc,
        findings: out.findings,
        help,
    }
}

fn run(draft: &str, sources: &[(&str, &str)]) -> Run {
    run_with(draft, sources, None)
}

fn show(r: &Run) -> String {
    r.findings
        .iter()
        .map(|f| {
            let labels: Vec<String> = f
                .labels
                .iter()
                .map(|l| format!("{}@{}..{}", l.path, l.span.start, l.span.end))
                .collect();
            format!(
                "{} {} {} [{}]",
                f.code,
                f.severity.as_str(),
                f.message,
                labels.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The finding of `code`, whose primary label is on `text` in the draft.
fn expect<'r>(r: &'r Run, code: &str, text: &str) -> &'r Finding {
    r.findings
        .iter()
        .find(|f| {
            f.code == code
                && f.labels
                    .first()
                    .is_some_and(|l| l.path == "draft.md" && r.draft.slice(l.span).contains(text))
        })
        .unwrap_or_else(|| panic!("no {code} at {text:?}:\n{}", show(r)))
}

fn labels_in<'f>(f: &'f Finding, path: &str) -> Vec<&'f claimcheck_claims::Label> {
    f.labels.iter().filter(|l| l.path == path).collect()
}

fn quiet(r: &Run) {
    let loud: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .collect();
    assert!(loud.is_empty(), "expected no warnings:\n{}", show(r));
}

const POLICE: &str = "# Kell Police — Statement on the Harrow Street protest\n\n\
Officers arrested 43 people during the protest on Harrow Street on Saturday evening. \
Two officers were treated for minor injuries.\n";

#[test]
fn cc501_source_mismatch() {
    let draft = "# Arrests at Kell protest\n\nKELL, March 3 — Police arrested 34 people during a protest on \
Harrow Street on Saturday evening, Kell police said.\n";
    let r = run(draft, &[("police.md", POLICE)]);
    let f = expect(&r, "CC501", "34");
    assert_eq!(f.severity, Severity::Error);
    let src = labels_in(f, "police.md");
    assert!(
        src.iter()
            .any(|l| &POLICE[l.span.start..l.span.end] == "43"),
        "{}",
        show(&r)
    );

    let fixed = draft.replace("34", "43");
    quiet(&run(&fixed, &[("police.md", POLICE)]));
}

/// A ballot's table: the draft's part and whole both stand in it.
const BALLOT: &str = "# PRESS STATEMENT: Rail and Signal Workers' Union\n\n\
Ballot result:\n\n\
- Members balloted: 8,930\n\
- Ballots returned: 6,214 (turnout 69.6%)\n\
- In favour of strike action: 5,381 (86.6%)\n\
- Against: 817\n";

/// A draft figure paired with the source's figure for another of the
/// draft's figures, while the source also gives the draft's own number, is
/// a wrong pairing, not a mismatch; a number the source does not give still
/// conflicts.
#[test]
fn cc501_not_against_a_source_figure_another_draft_figure_restates() {
    let draft = "# Rail workers vote to strike\n\nOf the 6,214 members of the Rail and Signal \
Workers' Union who returned ballots, 5,381, or 86.6 per cent, backed a walkout, the union said \
on Wednesday.\n";
    quiet(&run(draft, &[("union-statement.md", BALLOT)]));
    let wrong = draft.replace("5,381", "5,831");
    let r = run(&wrong, &[("union-statement.md", BALLOT)]);
    assert!(r.findings.iter().any(|f| f.code == "CC501"), "{}", show(&r));
}

const COUNCIL: &str = "# Brannock District Council — Flood warning update\n\n\
The council evacuated about 200 residents from the Lindqvist estate after the dam warning on Sunday. \
Up to 60 homes may have been flooded along the Teal river.\n";

#[test]
fn cc502_hedge_dropped() {
    let draft = "# Brannock evacuates estate\n\nThe council evacuated 200 residents from the Lindqvist estate \
after the dam warning on Sunday. Sixty homes were flooded along the Teal river, the council said.\n";
    let r = run(draft, &[("council.md", COUNCIL)]);
    let f = expect(&r, "CC502", "200");
    assert_eq!(f.severity, Severity::Warning);
    assert!(labels_in(f, "council.md")
        .iter()
        .any(|l| COUNCIL[l.span.start..l.span.end].contains("about 200")));
    expect(&r, "CC502", "Sixty");

    let fixed = draft
        .replace("evacuated 200", "evacuated about 200")
        .replace(
            "Sixty homes were flooded",
            "Up to 60 homes may have been flooded",
        );
    quiet(&run(&fixed, &[("council.md", COUNCIL)]));
}

const PRISON: &str = "# Dunmore Prison Service — Statement\n\n\
Around 120 detainees escaped from Dunmore prison during the riot on Friday night.\n";

#[test]
fn cc503_false_precision() {
    let draft =
        "# Mass escape at Dunmore\n\nPrison officials said 123 detainees escaped from Dunmore \
prison during the riot on Friday night.\n";
    let r = run(draft, &[("prison.md", PRISON)]);
    let f = expect(&r, "CC503", "123");
    assert!(labels_in(f, "prison.md")
        .iter()
        .any(|l| PRISON[l.span.start..l.span.end].contains("Around 120")));
    quiet(&run(
        &draft.replace("123 detainees", "around 120 detainees"),
        &[("prison.md", PRISON)],
    ));
}

const STORM: &str = "# Saltmere Harbour — Storm damage briefing\n\n\
The harbour authority said 20 fishing boats sank in the storm on Monday. \
The fishermen's union said 12 fishing boats sank in the storm.\n";

#[test]
fn cc504_misattribution_when_sources_are_swapped() {
    let draft = "# Storm sinks Saltmere boats\n\nThe harbour authority said 12 fishing boats sank in the storm \
on Monday. The fishermen's union said 20 fishing boats sank in the storm.\n";
    let r = run(draft, &[("briefing.md", STORM)]);
    let f = expect(&r, "CC504", "12");
    assert_eq!(f.severity, Severity::Error);
    assert!(!labels_in(f, "briefing.md").is_empty());
    expect(&r, "CC504", "20");
    quiet(&run(
        &draft
            .replace("said 12", "said 20X")
            .replace("said 20 fishing", "said 12 fishing")
            .replace("20X", "20"),
        &[("briefing.md", STORM)],
    ));
}

const MINISTRY: &str = "# Ministry of Transport — Statement on the Orrin tunnel\n\n\
The tunnel will stay closed for 14 days while engineers inspect the ventilation shafts.\n";
const UNION: &str = "# Interview transcript — Mara Tolle, Orrin Drivers' Union\n\n\
TOLLE: Our drivers have logged 31 breakdowns of the ventilation fans in the Orrin tunnel since last spring. \
Nobody listened.\n";

#[test]
fn cc504_misattribution_when_the_credited_source_lacks_it() {
    let draft = "# Orrin tunnel shut\n\nThe Orrin tunnel will stay closed for 14 days, the transport ministry said. \
According to the transport ministry, drivers have logged 31 breakdowns of the ventilation fans in the \
Orrin tunnel since last spring.\n";
    let sources = [("ministry.md", MINISTRY), ("union.md", UNION)];
    let r = run(draft, &sources);
    let f = expect(&r, "CC504", "31");
    assert!(labels_in(f, "union.md")
        .iter()
        .any(|l| &UNION[l.span.start..l.span.end] == "31"));
    assert!(!labels_in(f, "ministry.md").is_empty(), "{}", show(&r));
    quiet(&run(
        &draft.replace(
            "According to the transport ministry",
            "According to the drivers' union",
        ),
        &sources,
    ));
}

/// The other source says the draft's very number, with another figure close
/// by in its sentence ("including 86 …"): that runner-up leaves no doubt
/// which figure the draft restates, so crediting the wrong body is caught.
#[test]
fn cc504_misattribution_beside_a_close_runner_up() {
    let department = "# Kessby Department of Health — Press release\n\n\
At the end of December, 187,340 patients were waiting for planned treatment, down from \
201,915 in June.\n";
    let association = "# Doctors' association reacts\n\nThe association said 1,150 hospital \
doctor posts were vacant across the province, including 86 consultant surgeon posts.\n";
    let draft = "# Waiting list falls\n\nThe waiting list fell to 187,340 at the end of December, \
the Kessby Department of Health said. The department's own figures show 1,150 hospital doctor \
posts unfilled across the province, including 86 for consultant surgeons.\n";
    let sources = [
        ("department.md", department),
        ("association.md", association),
    ];
    let r = run(draft, &sources);
    expect(&r, "CC504", "1,150");
    quiet(&run(
        &draft.replace(
            "The department's own figures show",
            "The association says there are",
        ),
        &sources,
    ));
}

/// A number of four or more significant digits, said exactly in a source,
/// names its quantity even where the words around it differ: credited to a
/// source whose statement lacks it, it is misattributed.
#[test]
fn cc504_misattribution_of_a_distinctive_number() {
    let guard = "# Coast guard statement\n\nCoast guard units rescued 212 people from six boats \
between Monday and Tuesday, the coast guard said.\n";
    let office =
        "# Migration office briefing\n\n- Arrivals by sea this year, 1 January to 31 August \
2025: 14,615 (same period of 2024: 10,210).\n- Most boats set out from the southern coast.\n";
    let draft = "# Arrivals surge\n\nCoast guard units rescued 212 people from six boats, the \
coast guard said. Arrivals by sea this year have reached 14,615, the coast guard said.\n";
    let sources = [("guard.md", guard), ("office.md", office)];
    let r = run(draft, &sources);
    let f = expect(&r, "CC504", "14,615");
    assert!(!labels_in(f, "office.md").is_empty(), "{}", show(&r));
    quiet(&run(
        &draft.replace(
            "14,615, the coast guard said",
            "14,615, the migration office said",
        ),
        &sources,
    ));
}

/// No material of the credited body among the sources, but a wire report
/// names who gives the figure, and it is another body: the credit is wrong.
/// A bare description ("the group") may stand for anyone and is left alone.
#[test]
fn cc504_misattribution_when_a_report_names_another_giver() {
    let wire = "# Quota cut challenged\n\nThe Northern Inshore Fishermen's Federation filed the \
case in January. The federation estimates that the cut will cost its members 41 million crowns \
in lost landings this year.\n";
    let draft = "# Court quashes quota cut\n\nThe federation filed the case in January. The \
fisheries ministry has estimated that the cut will cost the inshore fleet 41 million crowns in \
lost landings this year.\n";
    let sources = [("wire.md", wire)];
    let r = run(draft, &sources);
    let f = expect(&r, "CC504", "41 million crowns");
    assert!(!labels_in(f, "wire.md").is_empty(), "{}", show(&r));
    quiet(&run(
        &draft.replace("The fisheries ministry", "The federation"),
        &sources,
    ));
}

/// A source the draft credits, giving one figure of the draft figure's
/// metric, is what the draft restates, though the sentences share few words.
#[test]
fn cc501_the_credited_source_s_one_figure_of_the_metric() {
    let agency = "# Relief agency update\n\n- Harbour shelter: capacity 550; occupancy on Monday \
approximately 900.\n- Meals served since Friday: 6,000.\n";
    let draft = "# Shelter full\n\nThe harbour shelter, built for 400 people, held about 900 on \
Monday, according to the relief agency.\n";
    let sources = [("agency.md", agency)];
    let r = run(draft, &sources);
    expect(&r, "CC501", "400");
    quiet(&run(
        &draft.replace("built for 400", "built for 550"),
        &sources,
    ));
}

/// "The company said …" after "LRR said …": a description alone credits
/// the body of its kind the draft credited last, whose material is at hand.
#[test]
fn cc506_through_a_description_of_the_body_credited_before() {
    let operator =
        "# Lindmark Regional Rail - Statement on the strike\n\nLindmark Regional Rail (LRR) \
will run 40% of normal services on the strike days. It is too early to estimate the financial \
impact of the strike.\n";
    let union = "# Rail Workers' Union - Strike notice\n\nThe union called a 48-hour strike after \
88% of members backed action.\n";
    let draft = "# Rail strike\n\nLRR said it will run 40% of normal services on the strike days. \
The company said the walkout would cost it about 4 million euros a day.\n";
    let sources = [("operator.md", operator), ("union.md", union)];
    let r = run(draft, &sources);
    expect(&r, "CC506", "about 4 million euros");
    // The union is no company: its statement does not answer for the figure.
    let r = run(
        &draft.replace("LRR said", "The Rail Workers' Union said"),
        &sources,
    );
    assert!(r.findings.iter().all(|f| f.code != "CC506"), "{}", show(&r));
}

/// "61 of the branches had lost money every year since 2020", with neither
/// figure in the credited body's material: the figure draws CC506, and the
/// year that starts the period it covers goes with it, no second warning.
#[test]
fn cc506_once_for_a_figure_not_again_for_its_since_year() {
    let company = "# Postlink - Branch network plan\n\nPostlink will close branches it runs \
directly by March 2027 and hand others to partners. Staff will be offered redeployment.\n";
    let draft = "# Postlink to close 40 branches\n\nPostlink said on Tuesday that it will close 40 of \
its branches by March 2027. It said 17 of the branches due to close had lost money every year since 2019.\n";
    let r = run(draft, &[("postlink.md", company)]);
    expect(&r, "CC506", "17");
    assert!(
        r.findings
            .iter()
            .all(|f| !(f.code == "CC506" && r.draft.slice(f.labels[0].span).contains("2019"))),
        "{}",
        show(&r)
    );
}

/// The credited speaker says the draft's number once, with a hedge the
/// draft drops: the hedge is dropped, however few words the sentences share.
#[test]
fn cc502_the_credited_speaker_s_own_hedged_number() {
    let transcript = "# Radio interview\n\nHOST: Will you hire?\n\nSOLBERG: We have about 1,900 \
people today. If the city takes up the option, we might need to hire up to 150 more.\n";
    let draft = "# Bus order\n\nChief executive Annika Solberg told Radio Nord on Thursday that \
the company would hire 150 more workers on the back of the deal.\n";
    let sources = [("transcript.md", transcript)];
    let r = run(draft, &sources);
    expect(&r, "CC502", "150");
    quiet(&run(
        &draft.replace("would hire 150", "might hire up to 150"),
        &sources,
    ));
}

/// "The state Export Credit Board" is the board whose notice is at hand.
#[test]
fn cc506_a_leading_modifier_does_not_hide_the_body() {
    let notice = "# Export Credit Board - Guarantee decision notice\n\nThe Board has approved a \
guarantee of 94.4 million euros for the supply of 240 buses.\n";
    let draft =
        "# Bus order\n\nThe state Export Credit Board has guaranteed 94.4 million euros of \
the contract. The state Export Credit Board said the maker's exports were worth 310 million \
euros last year.\n";
    let sources = [("notice.md", notice)];
    let r = run(draft, &sources);
    expect(&r, "CC506", "310 million euros");
}

#[test]
fn cc505_unsupported_figure_is_a_note() {
    let draft = "# Arrests at Kell protest\n\nOfficers arrested 43 people during the protest on Harrow Street on \
Saturday evening. Some 2,500 people had joined the march.\n";
    let r = run(draft, &[("police.md", POLICE)]);
    let f = expect(&r, "CC505", "2,500");
    assert_eq!(f.severity, Severity::Note);
    quiet(&r);
}

const MAYOR: &str = "# Office of the Mayor of Fennick — Statement on the market fire\n\n\
The fire destroyed 14 stalls in the covered market on Tuesday. The mayor will not estimate the cost \
of the damage until the insurers have visited.\n";

#[test]
fn cc506_not_in_cited_source() {
    let draft =
        "# Fennick market fire\n\nThe fire destroyed 14 stalls in the covered market on Tuesday. \
The mayor's office estimated the damage at $2.4 million.\n";
    let r = run(draft, &[("mayor.md", MAYOR)]);
    let f = expect(&r, "CC506", "$2.4 million");
    assert_eq!(f.severity, Severity::Warning);
    assert!(!labels_in(f, "mayor.md").is_empty());
}

const TRANSCRIPT: &str = "# Transcript — Radio Hallow, 3 March 2025\n\nGuest: Anya Brel, head teacher.\n\n\
HOST: When will the school reopen?\n\n\
BREL: We will not reopen the school until the roof is safe, and the council has promised us the money.\n";

#[test]
fn cc507_quote_altered_shows_a_word_diff() {
    let draft = "# Hallow school stays shut\n\n\"We will not reopen the school until the roof is repaired,\" \
head teacher Anya Brel told Radio Hallow.\n";
    let r = run(draft, &[("radio.md", TRANSCRIPT)]);
    let f = expect(&r, "CC507", "repaired");
    assert_eq!(f.severity, Severity::Warning);
    let help = f.help.as_deref().unwrap_or_default();
    assert!(help.contains("[-safe-]{+repaired+}"), "{help}");
    assert!(labels_in(f, "radio.md")
        .iter()
        .any(|l| &TRANSCRIPT[l.span.start..l.span.end] == "safe"));
    let fixed = draft.replace("repaired", "safe");
    let r = run(&fixed, &[("radio.md", TRANSCRIPT)]);
    assert!(r.findings.is_empty(), "{}", show(&r));
    assert!(r.help.is_empty());
}

#[test]
fn cc507_a_quote_mostly_of_small_words_is_still_found() {
    // One content word and eight function words: found whole in one stretch
    // of the transcript, the changed verb is an alteration, not a quote in
    // no source.
    let transcript = "# Transcript\n\nMARR: We accept every finding. We are not where patients need us to be. The list is falling.\n";
    let draft =
        "# Trust accepts findings\n\n\"We are not where patients deserve us to be,\" Marr said.\n";
    let r = run(draft, &[("marr.md", transcript)]);
    expect(&r, "CC507", "deserve");
    // A short saying of small words found nowhere whole stays unsourced.
    let draft = "# Trust accepts findings\n\n\"We are not there yet,\" Marr said.\n";
    let r = run(draft, &[("marr.md", transcript)]);
    assert!(r.findings.iter().all(|f| f.code != "CC507"), "{}", show(&r));
}

#[test]
fn cc508_quote_in_no_source_is_a_note() {
    let draft = "# Hallow school stays shut\n\n\"The children miss their friends terribly,\" said one parent.\n";
    let r = run(draft, &[("radio.md", TRANSCRIPT)]);
    let f = expect(&r, "CC508", "children miss");
    assert_eq!(f.severity, Severity::Note);
}

#[test]
fn cc509_reference_conflict() {
    let refs = References::parse(
        "facts.toml",
        "[[record]]\nid = \"varn-members\"\nmetric = \"member_count\"\nsubject = \"Varn Compact\"\nvalue = 14\n",
    )
    .unwrap();
    let draft = "# Varn Compact meets in Osk\n\nLeaders of the 15-member Varn Compact met in Osk on Monday.\n";
    let r = run_with(draft, &[], Some(refs.clone()));
    let f = expect(&r, "CC509", "15");
    assert_eq!(f.severity, Severity::Error);
    assert!(labels_in(f, "facts.toml").len() == 1);
    let r = run_with(
        &draft.replace("15-member", "14-member"),
        &[],
        Some(refs.clone()),
    );
    assert!(r.findings.is_empty(), "{}", show(&r));
    // Another subject: not compared.
    let other = "# Talks in Osk\n\nLeaders of the 15-member Brask Forum met in Osk on Monday.\n";
    assert!(run_with(other, &[], Some(refs)).findings.is_empty());
}

const FACTORY: &str = "# Pellan Works — Safety statement\n\n\
In 2019, a fire at the plant killed 7 workers. \
At least 3 workers were killed in Tuesday's explosion, the company said.\n";

#[test]
fn another_year_is_another_event() {
    // The draft's 2021 figure is about another fire than the source's 2019 one.
    let draft = "# Explosion at Pellan Works\n\nAt least 3 workers were killed in Tuesday's explosion, the company \
said. In 2021, a fire at the plant killed 9 workers.\n";
    let r = run(draft, &[("pellan.md", FACTORY)]);
    assert!(
        !r.findings.iter().any(|f| f.code == "CC501"),
        "{}",
        show(&r)
    );
}

#[test]
fn the_rule_table_is_complete() {
    let mut codes = std::collections::BTreeSet::new();
    for rule in RULES {
        assert!(
            rule.code.starts_with("CC5") && rule.code.len() == 5,
            "{}",
            rule.code
        );
        assert!(codes.insert(rule.code), "duplicate {}", rule.code);
        assert!(
            rule.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
                && !rule.name.starts_with('-')
                && !rule.name.ends_with('-'),
            "{}",
            rule.name
        );
        for heading in [
            "What it checks:",
            "Why it matters:",
            "Example:",
            "Corrected:",
        ] {
            assert!(rule.doc.contains(heading), "{} lacks {heading}", rule.code);
        }
    }
    let m = metas();
    assert_eq!(m.len(), RULES.len());
    assert!(m
        .iter()
        .all(|m| !m.summary.is_empty() && m.origin == "built-in"));
}

/// A span of days the draft works out from two dates a source gives is the
/// source's, though the source never writes the number.
#[test]
fn cc506_not_for_a_span_between_two_dates_of_the_source() {
    let board = "# Harnet Electoral Board - Statement\n\nReplacement ballot packs will be posted \
from Wednesday 26 February. The election is on Sunday 2 March.\n";
    let draft = "# Ballot packs reposted\n\nHARNET, Feb 27 - Replacement packs are being posted \
just four days before Sunday's election, the electoral board said.\n";
    let sources = [("board.md", board)];
    quiet(&run(draft, &sources));
    // Six days lie between no two of its dates: the figure is not the board's.
    let r = run(&draft.replace("just four days", "just six days"), &sources);
    expect(&r, "CC506", "just six days");
}

/// A figure no source gives, in a sentence whose other figures one source
/// sentence repeats, differs from that sentence's one figure of its kind.
#[test]
fn cc501_the_counterpart_is_the_odd_one_of_a_repeated_sentence() {
    let firm =
        "# Ostra Mills - Statement\n\nThe company's offer is a 6% increase in basic pay over \
two years, together with a one-off payment of 1,800 crowns for every employee.\n";
    let draft =
        "# Mill strike\n\nOstra Mills has offered a 7% rise over two years, plus a one-off \
payment of 1,800 crowns to every employee.\n";
    let sources = [("firm.md", firm)];
    expect(&run(draft, &sources), "CC501", "7%");
    quiet(&run(&draft.replace("7%", "6%"), &sources));
    // With one other figure repeated, the sentence is no proof of the same deal.
    let alone = "# Mill strike\n\nOstra Mills has offered a 7% rise, plus a payment of 1,800 \
crowns to every employee.\n";
    let r = run(alone, &sources);
    assert!(r.findings.iter().all(|f| f.code != "CC501"), "{}", show(&r));
}

/// A span measured from a dated event of the draft's own sentence is the
/// writer's arithmetic on the draft's dates, not a figure the credited
/// source must give; the same span with no dated event after it is.
#[test]
fn cc506_not_for_a_span_to_a_dated_event_of_the_draft() {
    let union = "# Kessel Dockers' Union - Statement\n\nOur members stopped work this morning. \
The strike will go on until the company talks.\n";
    let draft =
        "# Dock strike\n\nKESSEL, Mar 18 - The Kessel Dockers' Union said its members walked \
out on Monday, less than a fortnight after a ballot on 5 March backed action.\n";
    let sources = [("union.md", union)];
    quiet(&run(draft, &sources));
    let r = run(
        &draft.replace(
            "less than a fortnight after a ballot on 5 March backed action",
            "for less than a fortnight",
        ),
        &sources,
    );
    expect(&r, "CC506", "less than a fortnight");
}

/// "The union" is not the body whose release names it an association,
/// though the draft calls that body by its bare acronym.
#[test]
fn cc504_a_description_does_not_stand_for_an_acronym_of_another_kind() {
    let employers = "# Haulage Employers' Association - Statement\n\nThe association said its \
offer of 4 percent was final.\n";
    let union = "# Drivers' Federation - Strike notice\n\nSome 2,300 drivers are covered by the \
national agreement. The federation represents about 1,900 of them.\n";
    let draft = "# Haulage strike\n\nThe HEA says its offer of 4 percent is final. The union says \
it represents about 1,900 of the 2,300 drivers covered by the national agreement.\n";
    let sources = [("employers.md", employers), ("union.md", union)];
    let r = run(draft, &sources);
    assert!(r.findings.iter().all(|f| f.code != "CC504"), "{}", show(&r));
}

/// "about 1,900 of the 2,300 drivers" for the source's "Some 2,300": the
/// whole a part is taken from restates the figure; a bare count does not.
#[test]
fn cc502_the_whole_of_a_part_keeps_no_hedge() {
    let union = "# Drivers' Federation - Strike notice\n\nSome 2,300 drivers are covered by the \
national agreement. The federation represents about 1,900 of them.\n";
    let draft = "# Haulage strike\n\nThe federation says it represents about 1,900 of the 2,300 \
drivers covered by the national agreement.\n";
    let sources = [("union.md", union)];
    let r = run(draft, &sources);
    assert!(r.findings.iter().all(|f| f.code != "CC502"), "{}", show(&r));
    let r = run(
        "# Haulage strike\n\nThe national agreement covers 2,300 drivers, the federation says.\n",
        &sources,
    );
    expect(&r, "CC502", "2,300");
}

/// A headline may drop a hedge its story keeps; a headline alone may not.
#[test]
fn cc502_a_headline_over_a_hedged_lede() {
    let transcript = "# Inquiry transcript\n\nDIRECTOR: Around 1,900 homes would fall inside \
the new noise contour.\n";
    let sources = [("transcript.md", transcript)];
    let hedged = "# Airport says 1,900 homes would face more noise\n\nAround 1,900 homes would \
fall inside a new noise zone, the director told the inquiry.\n";
    let r = run(hedged, &sources);
    assert!(r.findings.iter().all(|f| f.code != "CC502"), "{}", show(&r));
    let bare = "# Airport says 1,900 homes would face more noise\n\nMany homes would fall \
inside a new noise zone, the director told the inquiry.\n";
    expect(&run(bare, &sources), "CC502", "1,900");
}

/// A rise, a share or a span of years the draft works out from two figures of
/// the credited source's own document is the source's; a figure no two of
/// them give is not.
#[test]
fn cc506_not_for_a_figure_worked_out_from_two_of_the_source() {
    let ministry = "# Ministry of Works - Statement on the Orle Canal Lock\n\nThe review puts the \
final cost of the lock at 6.1 billion crowns, against 4.2 billion crowns when work was approved \
in 2016. Opening, previously planned for 2027, is now expected in 2029.\n";
    let sources = [("ministry.md", ministry)];
    for sentence in [
        "The Orle canal lock will open two years late, the Ministry of Works said.",
        "The lock will cost about 45% more than when work was approved, the Ministry of Works said.",
        "The first estimate was roughly 69% of today's cost, the Ministry of Works said.",
        // An open bound rounds a worked-out share down or up: 4.2 of 6.1
        // billion is 68.9%.
        "The first estimate was more than two-thirds of today's cost, the Ministry of Works said.",
        "The first estimate was nearly 70% of today's cost, the Ministry of Works said.",
    ] {
        let draft = format!("# Canal lock delayed\n\nORLE, Sept 25 - {sentence}\n");
        let r = run(&draft, &sources);
        assert!(r.findings.iter().all(|f| f.code != "CC506"), "{sentence}\n{}", show(&r));
    }
    let r = run(
        "# Canal lock delayed\n\nORLE, Sept 25 - The lock will open four years late, the Ministry \
of Works said.\n",
        &sources,
    );
    expect(&r, "CC506", "four years");
    let r = run(
        "# Canal lock delayed\n\nORLE, Sept 25 - The lock will cost about 60% more than when work \
was approved, the Ministry of Works said.\n",
        &sources,
    );
    expect(&r, "CC506", "about 60%");
    // A floor ten points or more below the share is no rounding of it.
    let r = run(
        "# Canal lock delayed\n\nORLE, Sept 25 - The first estimate was more than half of \
today's cost, the Ministry of Works said.\n",
        &sources,
    );
    expect(&r, "CC506", "more than half");
    // A ceiling is no rounding of a share far below it.
    let r = run(
        "# Canal lock delayed\n\nORLE, Sept 25 - The first estimate was nearly 90% of \
today's cost, the Ministry of Works said.\n",
        &sources,
    );
    expect(&r, "CC506", "nearly 90%");
}

/// "The new estimate compares with 5.6 billion crowns at the last review, in
/// 2022, and 4.2 billion crowns when …" against the source's "5.3 billion …
/// at the previous review in 2022 and 4.2 billion …": the 4.2 billion the
/// draft restates is taken, so the 5.3 billion is the 5.6's counterpart, and
/// "last" and "previous" review name one occasion.
#[test]
fn cc501_a_figure_beside_a_restated_one_meets_its_counterpart() {
    let ministry = "# Ministry of Works - Statement on the Orle Canal Lock\n\nThe review puts the \
final cost at 6.1 billion crowns. This compares with 5.3 billion crowns at the previous review in \
2022 and 4.2 billion crowns when construction was approved in 2016.\n";
    let draft = "# Canal lock costs rise\n\nORLE, Sept 25 - The lock will cost 6.1 billion crowns, \
the Ministry of Works said. The new estimate compares with 5.6 billion crowns at the last review, in \
2022, and 4.2 billion crowns when the project got the go-ahead in 2016.\n";
    let sources = [("ministry.md", ministry)];
    let r = run(draft, &sources);
    expect(&r, "CC501", "5.6 billion crowns");
    quiet(&run(&draft.replace("5.6 billion", "5.3 billion"), &sources));
}

/// A figure inside a wide bound of the credited source ("as many as 25 riders
/// may have been involved") is not that source's when it counts something
/// else: the draft's "Fourteen riders have abandoned", which another source
/// gives, is misattributed.
#[test]
fn cc504_a_wide_bound_of_the_credited_source_is_not_its_figure() {
    let police = "# Varne Police - Statement\n\nAs many as 25 riders may have been involved in \
the crash on the descent. Nine riders were taken to hospital.\n";
    let race = "# Tour of Varne - Communique\n\nFourteen riders have withdrawn from the race \
after the crash on the descent.\n";
    let draft = "# Crash in the Tour\n\nFourteen riders have withdrawn from the race after the \
crash on the descent, police said. Nine riders were taken to hospital.\n";
    let sources = [("police.md", police), ("race.md", race)];
    expect(&run(draft, &sources), "CC504", "Fourteen");
    // Credited to the race organisers, it is theirs.
    quiet(&run(
        &draft.replace("police said", "organisers said"),
        &sources,
    ));
}

/// "rose by 40 percent" is a rise: two of the credited source's counts whose
/// ratio happens to be 40% do not put it in that source's material.
#[test]
fn cc504_a_rise_is_not_worked_out_as_a_share() {
    let council = "# Harlow Council - News release\n\nCouncillors voted by 30 to 12 for the \
by-law. The council received 15 complaints in October, six of them from one street.\n";
    let fire = "# Harlow Fire Service - Statement\n\nFirework fires rose by 40 percent on the \
same period last year.\n";
    let draft = "# Fireworks ban\n\nCouncillors voted by 30 to 12 for the by-law. Firework \
fires rose by 40 percent on the same period last year, the council said.\n";
    let sources = [("council.md", council), ("fire.md", fire)];
    expect(&run(draft, &sources), "CC504", "40 percent");
}

/// A year that dates another figure of the draft comes with that figure: the
/// wire's "211 million a year earlier" gives the draft's "211 million in
/// 2024", though no source writes the year beside it.
#[test]
fn cc506_not_for_the_year_of_a_sourced_figure() {
    let wire = "# Tallis profit halves - Meridian wire\n\nTallis Diamonds said its net profit \
fell to 96 million dollars in 2025 from 211 million dollars a year earlier.\n";
    let draft = "# Tallis profit halves\n\nTallis Diamonds said its net profit fell to 96 \
million dollars last year from 211 million dollars in 2024.\n";
    let sources = [("tallis-diamonds-statement.md", wire)];
    let quiet_year = run(draft, &sources);
    assert!(
        quiet_year
            .findings
            .iter()
            .all(|f| !matches!(f.code.as_str(), "CC505" | "CC506")
                || !quiet_year.draft.slice(f.labels[0].span).contains("2024")),
        "{}",
        show(&quiet_year)
    );
}

/// An open bound agrees loosely with any figure past it; the figure the
/// source sentence repeating the draft sentence's other figures gives is the
/// one it restates, and "more than 4.4 million" does not round 4.37 million.
#[test]
fn cc501_an_open_bound_meets_the_counterpart_its_sentence_points_to() {
    let firm = "# Tallis Diamonds - Results\n\nKessara mine production: 4.37 million carats \
(2024: 4.78 million carats), down 8.6%. Carats sold: 4.71 million.\n";
    let draft = "# Tallis results\n\nKessara produced more than 4.4 million carats last year, \
down 8.6% from 4.78 million the year before.\n";
    let sources = [("firm.md", firm)];
    expect(&run(draft, &sources), "CC501", "more than 4.4 million");
    quiet(&run(
        &draft.replace("more than 4.4 million", "nearly 4.4 million"),
        &sources,
    ));
}

/// Every figure of the draft figure's metric in the sources is one number,
/// and not the draft's: that number is its counterpart.
#[test]
fn cc501_the_one_number_the_sources_give_for_the_metric() {
    let wire = "# Tallis profit halves - wire\n\nThe company's average realised price fell to \
238 dollars a carat from 262 dollars.\n";
    let firm = "# Tallis Diamonds - Results\n\nAverage realised price: USD 238 per carat \
(2024: USD 262 per carat). Revenue: USD 1.12 billion, down 14%.\n";
    let draft = "# Tallis results\n\nRevenue fell 14% to 1.12 billion dollars, and the average \
price Tallis got for its stones dropped to 228 dollars a carat from 262 dollars.\n";
    let sources = [("wire.md", wire), ("firm.md", firm)];
    expect(&run(draft, &sources), "CC501", "228 dollars");
    quiet(&run(&draft.replace("228 dollars", "238 dollars"), &sources));
}

/// "More than 460 people" for the source's "more than 640": a bound restated
/// with another number, no rounder, though it still holds; "more than 600"
/// rounds it down and passes.
#[test]
fn cc501_a_bound_restated_with_another_number() {
    let company = "# Nordvik Pipelines — Statement\n\nMore than 640 people are now working on the \
clean-up along the river, including contractors and our own staff.\n";
    let draft =
        "# Clean-up widens\n\nMore than 460 people are now working on the clean-up along the \
river, Nordvik Pipelines said.\n";
    let sources = [("company.md", company)];
    expect(&run(draft, &sources), "CC501", "460");
    quiet(&run(&draft.replace("460", "600"), &sources));
}

/// Two rates of one thing on one base name their quantity, however few words
/// their sentences share: a list line of a regulator's table against the
/// draft's sentence.
#[test]
fn cc501_a_rate_on_the_same_base() {
    let regulator = "# Civil Aviation Authority — Monthly statistics\n\nMishandled bags, July:\n\n\
- Norvale Air: 11.6 mishandled bags per 1,000 passengers\n- Skyline: 5.2 mishandled bags per 1,000 \
passengers\n";
    let draft =
        "# Luggage chaos\n\nNorvale Air's rate of lost, late or damaged luggage reached 10.6 \
bags for every 1,000 passengers it carried in July, the worst of any carrier.\n";
    let sources = [("caa.md", regulator)];
    expect(&run(draft, &sources), "CC501", "10.6");
    quiet(&run(&draft.replace("10.6", "11.6"), &sources));
}

/// A part the source counts of a pronoun's whole ("roughly 40 of those
/// jobs") is the figure the draft states alone with the same number: its
/// hedge is dropped when the draft states it bare.
#[test]
fn cc502_a_part_of_a_pronoun_s_whole() {
    let firm =
        "# Halden Glass — Statement\n\nThe Halden works employs 310 people, and roughly 40 of \
those jobs will go when the furnace closes in June.\n";
    let draft =
        "# Glassworks cuts\n\nForty jobs will go at the Halden works when the furnace closes \
in June, Halden Glass said.\n";
    let sources = [("firm.md", firm)];
    expect(&run(draft, &sources), "CC502", "Forty");
    quiet(&run(
        &draft.replace("Forty jobs", "Roughly 40 jobs"),
        &sources,
    ));
}

/// "less than an hour after the pressure drop was detected" from a source
/// giving the two clock times (03:40 and 04:25): a span the writer worked
/// out. Three hours fits no two of its times.
#[test]
fn cc506_not_for_a_span_between_two_clock_times() {
    let operator = "# Ravel Pipelines — Statement\n\nAt approximately 03:40 on Saturday our \
control centre detected a pressure drop on the line. The affected section was isolated by \
04:25.\n";
    let sources = [("operator.md", operator)];
    let draft = |span: &str| {
        format!(
            "# Pipeline leak\n\nThe section was isolated {span} after the pressure drop was \
detected, Ravel Pipelines said.\n"
        )
    };
    let r = run(&draft("less than an hour"), &sources);
    assert!(r.findings.iter().all(|f| f.code != "CC506"), "{}", show(&r));
    expect(
        &run(&draft("three hours"), &sources),
        "CC506",
        "three hours",
    );
}

/// "one of four concrete silos" in a sentence credited to the fire service:
/// the setting described, which the wire gives, is no figure the fire
/// service is quoted for; the casualties it gives are checked as ever.
#[test]
fn cc504_not_for_the_setting_of_a_credited_sentence() {
    let fire = "# Dunholt Fire and Rescue Service — Incident update\n\nTwo people died at the \
scene. Fourteen casualties were taken to hospital.\n";
    let wire = "# Blast at grain terminal\n\nThe explosion blew the roof off one of the site's \
four silos and started a fire.\n";
    let sources = [("fire.md", fire), ("wire.md", wire)];
    let draft = "# Silo blast\n\nThe blast lifted the roof off one of four concrete silos and \
killed two people, Dunholt Fire and Rescue said.\n";
    let r = run(draft, &sources);
    assert!(
        r.findings
            .iter()
            .all(|f| !matches!(f.code.as_str(), "CC504" | "CC506")),
        "{}",
        show(&r)
    );
    let r = run(
        &draft.replace("killed two people", "killed three people"),
        &sources,
    );
    expect(&r, "CC501", "three");
}

/// A rounding restates the source's figure of the same counted thing, though
/// the two sentences share one word: "more than 5,000 passengers" is not
/// 4,870. A far figure of the same noun (a year's traffic) is not what the
/// bound rounds, and does not settle it.
#[test]
fn cc501_a_rounding_matched_by_noun_and_value() {
    let statement = "# Harnby Airport — Statement on the runway closure\n\nA cargo jet ran \
off the end of the main runway after landing in heavy rain on Monday night. The runway was shut \
for 16 hours while the jet was moved. The airport handled 1.38 million passengers in 2024. \
During the closure 38 flights were cancelled. In total 4,870 passengers were affected.\n";
    let draft = "# Runway shut after overrun\n\nHARNBY, April 9 — A cargo jet ran off the \
runway late on Monday, shutting the airport for 16 hours and disrupting travel for more than \
5,000 passengers.\n";
    let sources = [("statement.md", statement)];
    let r = run(draft, &sources);
    let f = expect(&r, "CC501", "more than 5,000");
    assert!(!labels_in(f, "statement.md").is_empty(), "{}", show(&r));
    quiet(&run(
        &draft.replace("more than 5,000", "nearly 5,000"),
        &sources,
    ));
    // Two figures of the noun near the draft's: which one it rounds is a guess.
    let rival = statement.replace(
        "were affected.",
        "were affected, and 5,210 passengers rebooked.",
    );
    quiet(&run(draft, &[("statement.md", &rival)]));
}

/// A transcript whose speaker labels are set in bold ("**DR ANNA VOSS:**",
/// "**REPORTER (Courier):**") still names its speakers: a figure one of them
/// gives, credited in the draft to the other, is misattributed.
#[test]
fn cc504_a_bold_transcript_label_names_its_speaker() {
    let transcript = "# Transcript: press conference on measles\n\n\
**DR ANNA VOSS:** The largest cluster is at Eastbrook Primary, where coverage for two doses is 71 per cent.\n\n\
**REPORTER (Courier):** How many children are off school?\n\n\
**PAUL KERR:** It changes daily, so I will not give you a number.\n";
    let draft = "# Measles cases rise\n\nThe largest cluster is at Eastbrook Primary. Coverage for two doses \
at Eastbrook Primary is 71 per cent, chief education officer Paul Kerr told a news conference.\n";
    let r = run(draft, &[("transcript.md", transcript)]);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == "CC504" && f.message.contains("\"71 per cent\""))
        .unwrap_or_else(|| panic!("no CC504 for 71 per cent:\n{}", show(&r)));
    assert!(
        f.message.contains("Paul Kerr") && !f.message.contains("officer Paul"),
        "{}",
        f.message
    );
    assert!(
        !f.message.contains("ANNA VOSS"),
        "one giver, as a story writes the name: {}",
        f.message
    );
    quiet(&run(
        &draft.replace(
            "chief education officer Paul Kerr",
            "public health director Anna Voss",
        ),
        &[("transcript.md", transcript)],
    ));
}

/// The length of a rule ("will be asked to stay at home for 21 days") is
/// the rule's, whoever restates it; a time a source measured ("within 90
/// seconds") is owned, and crediting it to another is a misattribution.
#[test]
fn cc504_not_for_the_span_of_a_rule() {
    let agency = "# Lowfield Health Agency — Statement on measles\n\n\
Pupils who are contacts will be asked to stay at home for 21 days from their last exposure.\n";
    let transcript = "# Transcript: press conference\n\n\
PAUL KERR: All five schools remain open.\n";
    let draft =
        "# Measles\n\nContacts are being asked to stay at home for 21 days, and all five schools \
remain open, Paul Kerr said.\n";
    let r = run(
        draft,
        &[("agency.md", agency), ("transcript.md", transcript)],
    );
    assert!(
        !r.findings.iter().any(|f| f.code == "CC504"),
        "{}",
        show(&r)
    );
    let fire = "# Transcript: press conference\n\nLUNDE: Our first vehicle was at the aircraft within 90 seconds of the alarm.\n";
    let notice =
        "# Accident Investigation Board — Notice\n\nThe aircraft left the runway at 14:05.\n";
    let draft = "# Runway overrun\n\nThe first fire vehicle reached the aircraft within 90 seconds of the alarm, \
the investigation board said.\n";
    let r = run(draft, &[("transcript.md", fire), ("notice.md", notice)]);
    expect(&r, "CC504", "90 seconds");
}

/// "Up to 1,100 were exposed" backs no figure far below it: "about 180
/// children are off school", credited to a speaker whose material lacks
/// it, is flagged, not settled by the bound.
#[test]
fn cc506_an_open_bound_backs_only_figures_near_it() {
    let agency = "# Lowfield Health Agency — Statement on measles\n\n\
Up to 1,100 pupils and staff were exposed to the virus at the five schools.\n";
    let transcript = "# Transcript: press conference\n\n\
PAUL KERR: It changes daily as contacts are traced, so I will not give you a number.\n";
    let draft = "# Measles\n\nAbout 180 children are currently off school, Paul Kerr said.\n";
    let r = run(
        draft,
        &[("agency.md", agency), ("transcript.md", transcript)],
    );
    expect(&r, "CC506", "180");
}

/// "Its other two mines, Oduya and Sarn Hill": a count of the names listed
/// after it is the writer's tally, not a figure the speaker must give.
#[test]
fn cc506_not_for_a_count_of_the_names_it_lists() {
    let call = "# Koranda Resources — conference call (transcript)\n\n\
NADIA FERRANT: Oduya and Sarn Hill are running at or above plan.\n";
    let draft = "# Koranda\n\nIts other two mines, Oduya and Sarn Hill, are running at or above plan, Nadia Ferrant said.\n";
    let r = run(draft, &[("call.md", call)]);
    assert!(
        !r.findings
            .iter()
            .any(|f| f.code == "CC506" || f.code == "CC505"),
        "{}",
        show(&r)
    );
    let draft = "# Koranda\n\nIts other three mines, Oduya and Sarn Hill, are running at plan, Nadia Ferrant said.\n";
    let r = run(draft, &[("call.md", call)]);
    expect(&r, "CC506", "three");
}

/// "wiping 1.4 billion off Koranda's market value" names Koranda: the
/// possessive is no other name, and the wire's "fell 17.6%" is the
/// figure the draft's transposed "16.7 per cent" restates.
#[test]
fn cc501_a_possessive_name_meets_the_plain_one() {
    let wire = "# Koranda shares slump\n\nLONDON, March 12 (Calder Wire) - Shares in Koranda Resources fell 17.6% \
to 412 pence in London on Thursday, their biggest one-day fall since March 2020.\n";
    let draft = "# Koranda\n\nThe shares fell 16.7 per cent to 412 pence, their steepest one-day drop since March 2020, \
wiping value off Koranda's shares, Calder Wire reported.\n";
    let r = run(draft, &[("wire.md", wire)]);
    expect(&r, "CC501", "16.7 per cent");
}

/// A credit that spans a sentence covers what the speaker said in it ("about
/// £2 a week" is in her answer); the sentence's other figures, told only by a
/// news report's own narrator, are the writer's context, not misattributed.
/// When the speaker's words hold none of the sentence's figures, the credit
/// is wrong for all of them.
#[test]
fn cc504_not_for_a_reports_figures_beside_the_speakers_own() {
    let wire = "# Kelston council approves maximum tax rise after long debate\n\n\
A Band D household will pay £2,184.63 for the borough's share of the bill next year, an increase \
of £103.83 a year.\n";
    let transcript = "# Transcript: Kelston Borough Council budget press conference\n\n\
ODUYA: It works out at about two pounds a week for a Band D home. I know that is real money.\n";
    let draft =
        "# Tax rise\n\nThe increase takes a Band D bill to £2,184.63, up £103.83, or about \
£2 a week, council leader Hannah Oduya told reporters afterwards.\n";
    let sources = [("wire.md", wire), ("transcript.md", transcript)];
    quiet(&run(draft, &sources));
    let silent = "# Transcript: Kelston Borough Council budget press conference\n\n\
ODUYA: I know that is real money for a lot of families.\n";
    let r = run(draft, &[("wire.md", wire), ("transcript.md", silent)]);
    expect(&r, "CC504", "2,184.63");
}

/// "14 roof falls … in the past five years": the window a count is taken
/// over is its setting, not a figure the credited source must say in those
/// words ("since 2020").
#[test]
fn cc506_not_for_the_window_of_a_count() {
    let notice = "# State Mines Inspectorate — Notice\n\n\
The inspectorate has recorded 14 roof falls at Hollin Ridge since 2020.\n";
    let draft = "# Mine\n\nThe State Mines Inspectorate said it had recorded 14 roof falls at \
Hollin Ridge in the past five years.\n";
    quiet(&run(draft, &[("notice.md", notice)]));
    // A figure of its own stays checked: "for five years" is no window.
    let draft =
        "# Mine\n\nThe State Mines Inspectorate said the shaft had been shut for five years.\n";
    expect(&run(draft, &[("notice.md", notice)]), "CC506", "five years");
}

const PAY_INTERVIEW: &str = "# Transcript: union leader on the pay offer\n\n\
PRESENTER: Mara Quist, the minister calls this a fair offer. Is it?\n\n\
QUIST: Inflation is running at 3.9 per cent, and next year's rise is below that.\n\n\
PRESENTER: But the first year is above inflation.\n\n\
QUIST: Only just. The union has won its third national pay deal in a decade.\n";

/// Two ranks that name no ranked thing in common ("the second year's rise",
/// "the first year") are two items, not two readings of one figure; a rank
/// of the same thing still is.
#[test]
fn cc501_ranks_of_different_things_do_not_conflict() {
    let draft = "# Teachers weigh pay offer\n\nMara Quist, the union's leader, told a radio \
interviewer that inflation was running at 3.9 per cent, above the second year's rise.\n";
    quiet(&run(draft, &[("interview.md", PAY_INTERVIEW)]));
    let draft = "# Teachers weigh pay offer\n\nThe union has won its fourth national pay deal \
in a decade, Mara Quist said.\n";
    expect(
        &run(draft, &[("interview.md", PAY_INTERVIEW)]),
        "CC501",
        "fourth",
    );
}

const PAY_WIRE: &str = "# Government offers teachers pay deal\n\n\
LANGHOLM, March 3 (Vardon Press) - The government offered teachers a two-year pay deal on Tuesday. \
The Schools Funding Institute, an independent think tank, estimated that schools would need to find \
around £300 million from their own budgets over the two years.\n";

/// A description of one kind of body ("Ministry officials") cannot stand
/// for a named body of another kind (an institute) that the sources credit.
#[test]
fn cc504_description_of_another_kind_of_body() {
    let draft = "# Teachers weigh pay offer\n\nMinistry officials estimate that schools will need \
to find around £300 million of the cost from their own budgets over the two years.\n";
    expect(
        &run(draft, &[("wire.md", PAY_WIRE)]),
        "CC504",
        "around £300 million",
    );
    for credit in ["Institute officials estimate", "Officials estimate"] {
        let fixed = draft.replace("Ministry officials estimate", credit);
        quiet(&run(&fixed, &[("wire.md", PAY_WIRE)]));
    }
}

const PAY_STATEMENT: &str = "# Ministry of Education: press statement\n\n\
Under the offer, teachers would receive a 4.2% increase from 1 September 2026 and a further 3.5% \
increase from 1 September 2027.\n";

/// One figure restated beside the draft's, in the same order, makes the
/// source sentence's other figure of that kind the draft figure's
/// counterpart; in another order it is not.
#[test]
fn cc501_counterpart_by_one_mate_in_order() {
    let draft = "# Pay offer\n\nThe offer would give teachers 4.4 per cent from September and a \
further 3.5 per cent a year later.\n";
    expect(
        &run(draft, &[("statement.md", PAY_STATEMENT)]),
        "CC501",
        "4.4 per cent",
    );
    let swapped = "# Pay offer\n\nThe offer would give teachers 3.5 per cent from September and a \
further 4.4 per cent a year later.\n";
    let r = run(swapped, &[("statement.md", PAY_STATEMENT)]);
    assert!(
        !r.findings.iter().any(|f| f.code == "CC501"),
        "{}",
        show(&r)
    );
}

const POLICE_STATEMENT: &str = "# Commissioner's statement on the 2026/27 budget\n\n\
Commissioner Ashworth said: \"Rural response times have improved by 18 per cent over the last \
year, and I am determined that progress is not lost.\"\n";

const POLICE_INTERVIEW: &str = "# Transcript: Chief Constable Nadia Okafor on Vale FM\n\n\
TOM GILDER: The commissioner says rural response times are getting better. Is that your experience?\n\n\
NADIA OKAFOR: They are getting better, yes. I'm not going to throw a number at you on the radio.\n";

/// "over the past year" and "over the last year" are one window up to now,
/// not another occasion: the two sentences state one figure, and crediting
/// it to the chief who gave no number is a misattribution.
#[test]
fn cc504_window_up_to_now_is_no_other_occasion() {
    let draft = "# Police budget\n\nOkafor said rural response times had improved by 18 per cent \
over the past year.\n";
    let sources = [
        ("statement.md", POLICE_STATEMENT),
        ("interview.md", POLICE_INTERVIEW),
    ];
    expect(&run(draft, &sources), "CC504", "18 per cent");
    let fixed = draft.replace("Okafor said", "Commissioner Ashworth said");
    quiet(&run(&fixed, &sources));
}

/// A source's year restated by a relative date of the draft's sentence ("last
/// year", published 2025) is that date's: the baseline year the writer worked
/// out ("than in 2023" for "the previous year") does not conflict with it. A
/// wrong year told for the source's own still does.
#[test]
fn cc501_a_year_restated_by_a_relative_date_is_taken() {
    let source =
        "# Port results\n\nBrennhavn handled 9.6 million tonnes of cargo in 2024, up 4 per \
cent on the previous year, the port authority said.\n";
    let draft = "# Port results\n\nBrennhavn handled 9.6 million tonnes of cargo last year, 4 per \
cent more than in 2023, the port authority said.\n";
    quiet(&run(draft, &[("wire.md", source)]));
    let draft = "# Port results\n\nBrennhavn handled 9.6 million tonnes of cargo in 2023, 4 per \
cent more than the year before, the port authority said.\n";
    expect(&run(draft, &[("wire.md", source)]), "CC501", "2023");
}

/// A body's spokesperson gives its figures: the body credited for what "its
/// spokeswoman, Name" said is no misattribution; another body is.
#[test]
fn cc504_a_body_speaks_through_its_spokesperson() {
    let source = "# Seal colony at risk, group says\n\nThe conservation group Marsh Watch said it \
would appeal against the decision. Its spokeswoman, Edda Lind, said the works could disturb around \
300 grey seals.\n";
    let draft = "# Dredging approved\n\nMarsh Watch, which plans to appeal, says the works could \
disturb around 300 grey seals.\n";
    quiet(&run(draft, &[("wire.md", source)]));
    let source = "# Seal colony at risk, group says\n\nThe port authority approved the works on \
Monday. Tarrow Water's spokeswoman, Edda Lind, said the works could disturb around 300 grey \
seals.\n";
    quiet(&run(
        "# Dredging approved\n\nTarrow Water says the works could disturb around 300 grey seals.\n",
        &[("wire.md", source)],
    ));
    expect(
        &run(
            "# Dredging approved\n\nThe port authority says the works could disturb around 300 grey seals.\n",
            &[("wire.md", source)],
        ),
        "CC504",
        "around 300",
    );
}

/// A statement that introduces a person's words on a line of their own
/// ("Chief executive Ann Holt said:") is that person's material: a figure
/// it gives may be credited to her, and one it lacks is CC506.
#[test]
fn a_statement_gives_the_words_of_the_person_it_introduces() {
    let source = "# Tarrow Water – statement on the drought\n\nChief executive Ann Holt said:\n\n\
\"We have repaired 140 leaks since May, and 12 new boreholes will open by the spring.\"\n";
    let draft = |extra: &str| {
        format!(
            "# Drought measures\n\nChief executive Ann Holt said the company had repaired 140 leaks \
since May{extra}, and 12 new boreholes would open by the spring.\n"
        )
    };
    quiet(&run(&draft(""), &[("statement.md", source)]));
    let r = run(
        &draft(" and spent £3 million on tankers"),
        &[("statement.md", source)],
    );
    expect(&r, "CC506", "£3 million");
    assert!(
        !r.findings.iter().any(|f| f.code == "CC504"),
        "{}",
        show(&r)
    );
}

/// A statement titled "Body: response to another body's ruling" is the
/// first body's material: a figure credited to the other body is judged
/// against that body's own document, which has it.
#[test]
fn a_titled_response_is_its_body_s_not_the_body_it_answers() {
    let response = "# Halvard Water: response to the Rivers Authority's ruling\n\n\
Halvard Water said it had cut leakage to 212 million litres a day and would appeal.\n";
    let ruling = "# Rivers Authority: enforcement ruling on Halvard Water\n\n\
The authority recorded 19 serious pollution incidents at Halvard Water sites in 2024. \
We will review the company's performance again in March.\n";
    let draft = "# Halvard Water censured\n\nThe Rivers Authority said it had recorded 19 serious \
pollution incidents at the company's sites in 2024.\n";
    let sources = [("response.md", response), ("ruling.md", ruling)];
    let r = run(draft, &sources);
    quiet(&r);
    // Credited to the water company instead, the figure is the regulator's.
    let swapped = draft.replace("The Rivers Authority said", "Halvard Water said");
    let r = run(&swapped, &sources);
    assert!(!r.findings.is_empty(), "{}", show(&r));
}

/// "Tarnby Homes, which lets about 9,000 homes, …, the regulator said. … The
/// association said …": a description is the body the story named before,
/// even when no figure was credited to it by name.
#[test]
fn a_description_is_the_body_named_before_it() {
    let statement = "# Tarnby Homes: statement on the regulator's report\n\n\
Open repair jobs had fallen to 2,140 by the end of June.\n";
    let report = "# Housing Regulator: report on Tarnby Homes\n\n\
The provider had 3,060 open repair jobs at the end of March.\n";
    let draft =
        "# Tarnby Homes downgraded\n\nTarnby Homes had 3,060 repairs outstanding at the end \
of March, the Housing Regulator said on Monday, downgrading the landlord. The association \
said the number of open jobs had fallen to 2,140 by the end of June.\n";
    let sources = [("statement.md", statement), ("report.md", report)];
    quiet(&run(draft, &sources));
}

/// A statement's line "Chief executive Anja Brook said: "…"" makes the
/// statement her material: a figure credited to her that it lacks is not
/// in the cited source (CC506), not merely unsourced.
#[test]
fn a_statement_line_with_its_quotation_makes_the_statement_the_speaker_s() {
    let statement = "# Kelso Ferries: statement\n\n\
Chief executive Anja Brook said: \"We expect to run 40 sailings a week from May.\"\n\n\
The company will publish its timetable next month.\n";
    let draft =
        "# Kelso Ferries to add sailings\n\nKelso Ferries expects to run 40 sailings a week \
from May, chief executive Anja Brook said. Brook said the company had spent £3 million on \
its new terminal.\n";
    let r = run(draft, &[("statement.md", statement)]);
    expect(&r, "CC506", "£3 million");
}

/// "We will review progress in six months", read as a date six months on,
/// beside the draft's "would review progress in six months, in September": a
/// span the source says in the draft's words is the source's.
#[test]
fn a_span_the_source_says_in_the_same_words_is_supported() {
    let report = "# Water Standards Board: judgment\n\n\
The company has agreed an improvement plan with us. We will review progress in six months.\n";
    let draft = "# Company agrees plan\n\nThe Water Standards Board said it would review progress \
in six months, in September.\n";
    quiet(&run(draft, &[("report.md", report)]));
}

/// No finding of these codes.
fn lacks(r: &Run, codes: &[&str]) {
    assert!(
        !r.findings.iter().any(|f| codes.contains(&f.code.as_str())),
        "{}",
        show(r)
    );
}

#[test]
fn cc504_a_description_already_resolved_to_one_body_is_not_another_kind() {
    // "the company" is Ostvale Rail; "the union" cannot be Ostvale Rail too,
    // so the union's figure is not misattributed to the company's statement.
    let union = "# Rail and Signal Workers' Alliance - Press statement\n\nMembers at the operator's four depots will be balloted, and up to 900 depot staff could join the action in May.\n";
    let company = "# Ostvale Rail - Statement on the strike\n\nOstvale Rail ran 310 of its 1,020 scheduled trains today. We have spent 1.8 million crowns on replacement buses.\n";
    let draft = "# Rail strike halves services\n\nOstvale Rail said it ran 310 of 1,020 trains on Tuesday. It has spent 1.8 million crowns on buses, the company said.\n\nUp to 900 depot staff at the operator's four depots could join the action in May, the union said.\n";
    let r = run(draft, &[("union.md", union), ("company.md", company)]);
    lacks(&r, &["CC504"]);
}

#[test]
fn the_length_of_the_event_a_sentence_is_set_in_is_no_quoted_figure() {
    // "on the first day of a 48-hour strike, the company said": the
    // strike's length is the setting, which only the union's notice gives.
    let union = "# Signal and Track Workers' Alliance - Press statement\n\nDrivers at Ostvale Rail began a 48-hour strike at 06:00 today, Tuesday 4 March, after pay talks broke down last week.\n";
    let company = "# Ostvale Rail - Statement on the strike\n\nWe estimate that around 41,000 journeys were cancelled today, out of the 60,000 we run on a typical weekday.\n";
    let draft = "# Rail strike cancels journeys\n\nAround 41,000 journeys were cancelled on the first day of a 48-hour strike by Ostvale Rail drivers, the company said, after pay talks broke down.\n";
    let r = run(draft, &[("union.md", union), ("company.md", company)]);
    lacks(&r, &["CC504"]);
}

#[test]
fn ages_that_name_a_group_and_a_named_period_are_settings() {
    let office = "# Statistics Bureau - Labour survey, first half 2025\n\nThe unemployment rate for people aged 16 to 24 was 14.2% in January to June 2025.\n";
    let draft = "# Youth jobless rate falls\n\nUnemployment among 16-to-24-year-olds fell to 14.2% in the first six months of the year, the Statistics Bureau said.\n";
    let r = run(draft, &[("office.md", office)]);
    lacks(&r, &["CC504", "CC506"]);
}

#[test]
fn a_change_in_points_worked_out_from_two_shares_is_in_the_material() {
    let office = "# Statistics Bureau - Labour survey, second quarter 2025\n\nThe unemployment rate for people aged 16 to 24 was 14.2% in April to June 2025, down from 16.9% in April to June 2024.\n";
    let draft = "# Youth jobless rate falls\n\nYouth unemployment fell to 14.2% in the second quarter, the Statistics Bureau said, down 2.7 points on a year earlier.\n";
    let r = run(draft, &[("office.md", office)]);
    lacks(&r, &["CC506"]);
    // 2.5 points is no difference the material gives.
    let wrong = draft.replace("2.7 points", "2.5 points");
    let r = run(&wrong, &[("office.md", office)]);
    expect(&r, "CC506", "2.5");
}

#[test]
fn a_number_the_source_states_is_no_conflict_with_a_neighbouring_clause() {
    // The draft's visits figure sits in a clause beside the e-book loans;
    // the source gives both, and the draft's 812,000 word for word.
    let report = "# Library review - analysis\n\nPhysical visits to the borough's libraries fell from 1.31 million in 2015/16 to 812,000 in 2023/24, a fall of 38%. Over the same period, loans of e-books and e-audiobooks rose from 96,000 to 341,000.\n";
    let draft = "# Libraries face cuts\n\nVisits to the borough's libraries dropped 38% between 2015/16 and 2023/24, to 812,000, while loans of e-books and e-audiobooks more than tripled to 341,000.\n";
    let r = run(draft, &[("report.md", report)]);
    lacks(&r, &["CC501"]);
    // A number the source does not state still conflicts with its counterpart.
    let wrong = draft.replace("tripled to 341,000", "tripled to 314,000");
    let r = run(&wrong, &[("report.md", report)]);
    expect(&r, "CC501", "314,000");
}

#[test]
fn a_verb_that_names_the_source_s_counted_noun_ties_the_two_figures() {
    // "people responded" in the draft, "responses" in the source: one count.
    let release = "# Council - Consultation closes\n\nThe consultation ran for ten weeks and received 4,862 responses online and on paper.\n";
    let draft = "# Libraries consultation\n\nMore than 5,000 people responded to the council's consultation on closing five libraries.\n";
    let r = run(draft, &[("release.md", release)]);
    expect(&r, "CC501", "More than 5,000");
    let right = draft.replace("More than 5,000", "Nearly 4,900");
    let r = run(&right, &[("release.md", release)]);
    lacks(&r, &["CC501"]);
}
