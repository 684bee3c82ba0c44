//! Text → claims. One pass scans tokens and sentences; small grammars per
//! dimension (numbers, quantities, dates) propose candidates; overlap resolution
//! keeps one reading per stretch; linking attaches metric and source.
//!
//! Every stage is a pure function of (text, lexicons, publication date).

mod candidate;
mod date;
mod frame;
mod grammar;
mod lexicon;
mod link;
mod number;
mod quantity;
mod relate;
mod scan;
mod words;

use claimcheck_claims::{Claim, ClaimGraph, Document, Kind, MetricDef, Span, Unreadable, Value};
use jiff::civil::Date;

pub use candidate::Candidate;
pub use date::DateLexicon;
pub use scan::{Scan, Token, TokenKind};
use words::{Tags, WordMap};

/// A lexicon file that does not parse or holds an unknown value.
#[derive(Debug, thiserror::Error)]
#[error("lexicon {file}: {message}")]
pub struct LexiconError {
    pub file: String,
    pub message: String,
    /// Byte range in the lexicon file, when known.
    pub span: Option<std::ops::Range<usize>>,
}

/// What a mention is, at the level of the peer recognizers' specs: every number,
/// including those the claims leave out as codes or times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    Number,
    NumberRange,
    Ordinal,
    Percent,
    Money,
    Date,
    Duration,
}

/// A recognised expression with its value, before metric and source linking.
#[derive(Clone, Debug)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
    /// `None` for a unit word standing without a figure ("a small percent").
    pub value: Option<Value>,
}

/// A date range ("between late January and early February") is a claim, and so is
/// each of its ends: a check may need either. The ends are the dates the range
/// resolution covered, re-found inside it.
fn with_range_ends(
    cands: Vec<Candidate>,
    scan: &Scan,
    dates: &DateLexicon,
    vocabulary: Option<&WordMap<Tags>>,
    published: Option<Date>,
) -> Vec<Candidate> {
    let mut ends = Vec::new();
    for c in cands
        .iter()
        .filter(|c| c.kind == Kind::Date && c.value.bound() == claimcheck_claims::Bound::Range)
    {
        let Some(joiner) = (c.first + 1..c.last).find(|&j| {
            matches!(scan.low(j), "and" | "to" | "until" | "till" | "through") || scan.is_dash(j)
        }) else {
            continue;
        };
        let start = if matches!(scan.low(c.first), "between" | "from") {
            c.first + 1
        } else {
            c.first
        };
        for (a, b) in [(start, joiner.saturating_sub(1)), (joiner + 1, c.last)] {
            if a > b || b >= scan.len() {
                continue;
            }
            // The part's tokens are the same in a scan of its own text, so token
            // indices shift by `a`.
            let span = scan.span(a, b);
            let text = &scan.text[span.start..span.end];
            let part = match vocabulary {
                Some(v) => Scan::tagged(text, v),
                None => Scan::new(text),
            };
            let whole = part.len().saturating_sub(1);
            ends.extend(
                date::find_dates(&part, dates, published)
                    .into_iter()
                    .filter(|d| d.first == 0 && d.last == whole)
                    .map(|mut d| {
                        d.first += a;
                        d.last += a;
                        d
                    }),
            );
        }
    }
    if ends.is_empty() {
        // Already in text order (`resolve_overlaps`).
        return cands;
    }
    let mut out = cands;
    out.extend(ends);
    out.sort_by_key(|c| (c.first, std::cmp::Reverse(c.last)));
    out
}

/// The extractor: lexicons compiled once, reused for every document.
pub struct Extractor {
    lexicon: lexicon::Lexicon,
    dates: DateLexicon,
    metrics: link::MetricIndex,
    grammar: grammar::Grammar,
    /// The tags of every word some lexicon knows, for `Scan::tagged`.
    vocabulary: WordMap<Tags>,
}

/// One table of what every lexicon says about each word it knows, so that a
/// document's tokens are looked up once, not once per stage.
fn vocabulary(
    lexicon: &lexicon::Lexicon,
    dates: &DateLexicon,
    metrics: &link::MetricIndex,
) -> WordMap<Tags> {
    let mut vocabulary: WordMap<Tags> = WordMap::default();
    let mut flag = |words: &mut dyn Iterator<Item = &str>, flag: u16| {
        for w in words {
            vocabulary.get_or_insert_with(w, Tags::default).flags |= flag;
        }
    };
    flag(&mut lexicon.quantity_starts.keys(), Tags::QUANTITY_START);
    flag(&mut lexicon.reporting_verbs.keys(), Tags::REPORTING_VERB);
    flag(&mut link::LINK_CUE_WORDS.iter().copied(), Tags::LINK_CUE);
    flag(&mut metrics.cue_starts(), Tags::CUE_START);
    flag(&mut lexicon.anaphors.last_words(), Tags::ANAPHOR_END);
    for (word, class) in dates.classified_words() {
        let tags = vocabulary.get_or_insert_with(&word, Tags::default);
        tags.date_class = class;
        if dates.wakes(class) {
            tags.flags |= Tags::DATE_WAKES;
        }
    }
    vocabulary
}

/// The lexicon files embedded in the binary.
pub const DATES_LEXICON: &str = include_str!("../../../rules/lexicon/dates.toml");
pub const QUANTITIES_LEXICON: &str = include_str!("../../../rules/lexicon/quantities.toml");
pub const GRAMMAR_LEXICON: &str = include_str!("../../../rules/lexicon/grammar.toml");

impl Extractor {
    /// An extractor with the embedded lexicons and the given metrics.
    pub fn new(metrics: Vec<MetricDef>) -> Result<Self, LexiconError> {
        let lexicon = lexicon::Lexicon::from_toml(QUANTITIES_LEXICON)?;
        let metrics = link::MetricIndex::new(&metrics);
        let grammar = grammar::Grammar::from_toml(GRAMMAR_LEXICON)?;
        let dates = DateLexicon::from_toml(DATES_LEXICON)?;
        Ok(Extractor {
            grammar,
            vocabulary: vocabulary(&lexicon, &dates, &metrics),
            lexicon,
            dates,
            metrics,
        })
    }

    /// Set the tolerance of "about N" (a fraction of N, 0.1 by default) and of
    /// "nearly N", overriding `approx_tolerance` in the lexicon. Refuses values
    /// outside (0, 1).
    pub fn set_approx_tolerance(
        &mut self,
        tolerance: rust_decimal::Decimal,
    ) -> Result<(), LexiconError> {
        if tolerance <= rust_decimal::Decimal::ZERO || tolerance >= rust_decimal::Decimal::ONE {
            return Err(LexiconError {
                file: "configuration".into(),
                message: format!(
                    "approximation tolerance {tolerance} must lie between 0 and 1 (0.1 is 10%)"
                ),
                span: None,
            });
        }
        self.lexicon.approx_tolerance = tolerance;
        Ok(())
    }

    /// All claims in a document, in text order, each with its frame.
    pub fn extract(&self, doc: &Document, published: Option<Date>) -> Vec<Claim> {
        self.extract_graph(doc, published).claims
    }

    /// All claims in a document with their frames, and the relation edges
    /// between them.
    pub fn extract_graph(&self, doc: &Document, published: Option<Date>) -> ClaimGraph {
        self.extract_with(doc, published, Some(&self.vocabulary))
    }

    /// `extract`, with tokens tagged from `vocabulary` or, without one, every
    /// stage looking words up in its own lexicon (the slow path the tags must
    /// agree with).
    fn extract_with(
        &self,
        doc: &Document,
        published: Option<Date>,
        vocabulary: Option<&WordMap<Tags>>,
    ) -> ClaimGraph {
        let scan = match vocabulary {
            Some(v) => Scan::tagged(&doc.text, v),
            None => Scan::new(&doc.text),
        };
        let mut cands = with_range_ends(
            self.candidates(&scan, published).0,
            &scan,
            &self.dates,
            vocabulary,
            published,
        );
        elided_currency(&scan, &self.lexicon, &self.grammar, &mut cands);
        let mut claims: Vec<Claim> = cands
            .iter()
            .map(|c| {
                let span = scan.span(c.first, c.last);
                Claim {
                    span,
                    text: doc.slice(span).to_string(),
                    kind: c.kind,
                    value: c.value.clone(),
                    unit: c.unit.clone(),
                    metric: None,
                    metric_cue: None,
                    source: None,
                    modality: c.modality,
                    sentence: scan.tokens[c.first].sentence as usize,
                    frame: Default::default(),
                }
            })
            .collect();
        // The linker's indexes are dropped once the links are made.
        link::Linker::new(&scan, &self.lexicon, &self.metrics, &cands)
            .link_all(&cands, &mut claims);
        // Frames and relations read only where each claim stands and its kind:
        // the candidates go.
        let placed: Vec<candidate::Placed> = cands.iter().map(candidate::Placed::from).collect();
        drop(cands);
        let builder =
            frame::FrameBuilder::new(&scan, &self.grammar, &self.dates, &self.lexicon, &placed);
        builder.fill(&mut claims);
        let layout = builder.into_layout();
        let metric_cue = |scan: &Scan, i: usize| self.metrics.count_metrics_at(scan, i);
        let edges = relate::Relator {
            scan: &scan,
            grammar: &self.grammar,
            layout: &layout,
            cands: &placed,
            claims: &claims,
            metric_cue: &metric_cue,
            totals: Default::default(),
            voices: Default::default(),
            published_year: published.map(|d| d.year()),
        }
        .edges();
        let unreadable = unreadable_figures(&scan, doc);
        ClaimGraph {
            claims,
            edges,
            unreadable,
        }
    }

    /// Resolved candidates in text order, and the numerals dropped as labels or codes.
    fn candidates(
        &self,
        scan: &Scan,
        published: Option<Date>,
    ) -> (Vec<Candidate>, Vec<number::Numeral>) {
        let mut cands = date::find_dates(scan, &self.dates, published);
        let q = quantity::find_quantities(scan, &self.lexicon);
        cands.extend(q.claims);
        let mut cands = self.within_paragraphs(scan, published, cands);
        // Figures inside web addresses are parts of the address.
        cands.retain(|c| !(c.first..=c.last).any(|j| scan.tokens[j].in_url));
        (candidate::resolve_overlaps(cands), q.dropped)
    }

    /// No figure runs across a blank line: a heading, caption or list item
    /// without a full stop must not lend its last number to the next
    /// paragraph's first ("one trillion" + "twenty-one people", "in 2017" +
    /// "Night fell"). A candidate that crosses one is found again in each
    /// stretch it touches, from a scan of that stretch alone (up to its
    /// paragraph's end, at most 16 tokens on), so the cost stays local.
    fn within_paragraphs(
        &self,
        scan: &Scan,
        published: Option<Date>,
        cands: Vec<Candidate>,
    ) -> Vec<Candidate> {
        let mut out = Vec::with_capacity(cands.len());
        for c in cands {
            let breaks: Vec<usize> = (c.first + 1..=c.last)
                .filter(|&j| scan.blank_before(j))
                .collect();
            if breaks.is_empty() {
                out.push(c);
                continue;
            }
            let starts = std::iter::once(c.first).chain(breaks.iter().copied());
            for (k, a) in starts.enumerate() {
                let seg_end = breaks.get(k).map_or(c.last, |&b| b - 1);
                let mut b = seg_end + 1;
                while b < scan.len() && b <= seg_end + 16 && !scan.blank_before(b) {
                    b += 1;
                }
                let stretch =
                    &scan.text[scan.tokens[a].span().start..scan.tokens[b - 1].span().end];
                let sub = match scan.tags() {
                    Some(_) => Scan::tagged(stretch, &self.vocabulary),
                    None => Scan::new(stretch),
                };
                let mut found = date::find_dates(&sub, &self.dates, published);
                found.extend(quantity::find_quantities(&sub, &self.lexicon).claims);
                for mut f in found {
                    if f.first <= seg_end - a {
                        f.first += a;
                        f.last += a;
                        out.push(f);
                    }
                }
            }
        }
        out
    }

    /// Every recognised expression in `text`, claims or not (for spec evaluation).
    /// Numbers are every numeral as a number recogniser sees it, including those
    /// inside money and durations and those the claims drop as labels or codes.
    pub fn mentions(&self, text: &str, published: Option<Date>) -> Vec<Mention> {
        let scan = Scan::tagged(text, &self.vocabulary);
        let (cands, _) = self.candidates(&scan, published);
        let mut out: Vec<Mention> = cands
            .into_iter()
            .filter_map(|c| {
                let kind = match (c.kind, c.value.bound()) {
                    (
                        Kind::Count,
                        claimcheck_claims::Bound::Range
                        | claimcheck_claims::Bound::AtLeast
                        | claimcheck_claims::Bound::AtMost,
                    ) => MentionKind::NumberRange,
                    (Kind::Count, _) => return None,
                    (Kind::Ordinal, _) => MentionKind::Ordinal,
                    (Kind::Percent, _) => MentionKind::Percent,
                    (Kind::Money, _) => MentionKind::Money,
                    (Kind::Date, _) => MentionKind::Date,
                    (Kind::Duration, _) => MentionKind::Duration,
                };
                Some(Mention {
                    span: scan.span(c.first, c.last),
                    kind,
                    value: Some(c.value),
                })
            })
            .collect();
        out.extend(
            number::all_numerals(&scan, &self.lexicon)
                .into_iter()
                .map(|n| Mention {
                    span: scan.span(n.first, n.last),
                    kind: MentionKind::Number,
                    value: Some(Value::Number(claimcheck_claims::Interval::exact(n.value))),
                }),
        );
        // An ordinal word inside a fraction ("forty two and a third") is an ordinal too,
        // and a percent word without a figure ("a small percent") is a percent mention.
        for j in 0..scan.len() {
            let sp = scan.tokens[j].span();
            let covered = |out: &[Mention], kind: MentionKind| {
                out.iter()
                    .any(|m| m.kind == kind && m.span.start <= sp.start && sp.end <= m.span.end)
            };
            if scan.is(j.wrapping_sub(1), "a") && scan.is(j.wrapping_sub(2), "and") {
                if let Some(v) = self.lexicon.ordinals.at(&scan, j) {
                    if !covered(&out, MentionKind::Ordinal) {
                        out.push(Mention {
                            span: scan.tokens[j].span(),
                            kind: MentionKind::Ordinal,
                            value: Some(Value::Number(claimcheck_claims::Interval::exact(*v))),
                        });
                    }
                }
            }
            let percent_word =
                matches!(scan.low(j), "percent" | "percentage" | "%") && !scan.tokens[j].in_url;
            if percent_word && !covered(&out, MentionKind::Percent) {
                out.push(Mention {
                    span: scan.tokens[j].span(),
                    kind: MentionKind::Percent,
                    value: None,
                });
            }
        }
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }
}

/// "a deficit of 4.2 billion dinars … Social security accounted for 2.6
/// billion of the shortfall": a scaled figure with no noun after it, within
/// two sentences after a sum of money, is a sum in the same currency, unless
/// its sentence also counts things in like numbers.
fn elided_currency(
    scan: &Scan,
    lex: &lexicon::Lexicon,
    grammar: &grammar::Grammar,
    cands: &mut [Candidate],
) {
    // "2.6 billion", "4.1m": the figure ends in a scale.
    let scaled = |c: &Candidate| {
        lex.numbers
            .at(scan, c.last)
            .is_some_and(|w| w.role == lexicon::NumberRole::Scale)
            || (scan.kind(c.last) == Some(TokenKind::Mixed)
                && scan.low(c.last).ends_with(['m', 'n']))
    };
    // A scaled count with no counted noun after it.
    let bare_scaled = |c: &Candidate| {
        let next = scan.low(c.last + 1);
        let no_noun = c.last + 1 >= scan.len()
            || scan.kind(c.last + 1) == Some(TokenKind::Punct)
            || matches!(
                next,
                "of" | "in"
                    | "and"
                    | "from"
                    | "for"
                    | "to"
                    | "on"
                    | "was"
                    | "were"
                    | "is"
                    | "went"
                    | "will"
                    | "would"
                    | "could"
                    | "has"
                    | "had"
                    | "have"
                    | "are"
                    | "be"
                    | "goes"
                    | "came"
                    | "comes"
                    | "covers"
                    | "pays"
                    | "paid"
            );
        // "114 million earmarked for …", "the remaining 12 million paying
        // for …": a participle, not a counted noun.
        let participle =
            (next.len() > 4 && next.ends_with("ed")) || (next.len() > 5 && next.ends_with("ing"));
        // "a population of nearly 6.4 million": a noun that counts people.
        let people = (c.first.saturating_sub(4)..c.first)
            .any(|j| scan.is(j + 1, "of") && grammar.headcount_nouns.contains(scan.low(j)));
        c.kind == Kind::Count && scaled(c) && (no_noun || participle) && !people
    };
    // Counts of the same order in the sentence, unscaled or with a noun
    // ("610,000 passengers …, for a total of 1.24 million", "owns 41.2
    // million of its 97.3 million shares"), make it a count; "40,000 smart
    // meters will get 95 million" does not.
    let nominal = |c: &Candidate| match &c.value {
        claimcheck_claims::Value::Number(i) => Some(i.nominal),
        _ => None,
    };
    let counts: Vec<(u32, rust_decimal::Decimal)> = cands
        .iter()
        .filter(|c| {
            // "the remaining 1.2 million found by trimming …": a verb, not
            // a counted noun.
            let next = scan.low(c.last + 1);
            let noun = scan.kind(c.last + 1) == Some(TokenKind::Word)
                && !grammar.function_words.contains(next)
                && !grammar.is_past_form(next);
            c.kind == Kind::Count && (!scaled(c) || (noun && !bare_scaled(c)))
        })
        .filter_map(|c| Some((scan.tokens[c.first].sentence, nominal(c)?)))
        .collect();
    let ten = rust_decimal::Decimal::TEN;
    // In text order, so a sentence's counts are found by bisection.
    let counting = |sentence: u32, v: rust_decimal::Decimal| {
        let from = counts.partition_point(|&(s, _)| s < sentence);
        counts[from..]
            .iter()
            .take_while(|&&(s, _)| s == sentence)
            .any(|&(_, n)| n * ten >= v && n <= v * ten)
    };
    let mut last_money: Option<(u32, String)> = None;
    for c in cands.iter_mut() {
        let sentence = scan.tokens[c.first].sentence;
        if c.kind == Kind::Money {
            if let Some(u) = &c.unit {
                last_money = Some((sentence, u.clone()));
            }
            continue;
        }
        let Some((s, unit)) = &last_money else {
            continue;
        };
        let value = nominal(c).unwrap_or_default();
        // "Of the 1.84 billion crowns, 1.31 billion covers the hulls, 380
        // million the weapons and the remaining 120 million training": an
        // item of a list of sums, its verb left out, in the sum's sentence.
        let listed = sentence == *s
            && scaled(c)
            && c.kind == Kind::Count
            && c.first > 0
            && (scan.is_punct(c.first - 1, ',')
                || matches!(
                    scan.low(c.first - 1),
                    "and" | "remaining" | "another" | "further" | "other"
                ));
        if (bare_scaled(c) || listed)
            && !counting(sentence, value)
            && sentence.saturating_sub(*s) <= 2
        {
            c.kind = Kind::Money;
            c.unit = Some(unit.clone());
            // "Of that, 48 million …, with the remaining 12 million": the
            // sum read here carries the currency on through its sentence.
            last_money = Some((sentence, unit.clone()));
        }
    }
}

/// Number tokens whose digit grouping no convention reads ("200,0000").
fn unreadable_figures(scan: &Scan, doc: &Document) -> Vec<Unreadable> {
    (0..scan.tokens.len())
        .filter(|&i| scan.kind(i) == Some(TokenKind::Number))
        .filter_map(|i| {
            let reason = number::malformed_groups(scan.text(i))?;
            let span = scan.span(i, i);
            Some(Unreadable {
                span,
                text: doc.slice(span).to_string(),
                reason,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extractor() -> Extractor {
        let rules = claimcheck_rules::RuleSet::new(
            claimcheck_rules::builtin_packs().expect("built-in packs load"),
        )
        .expect("built-in packs agree");
        Extractor::new(rules.metrics.clone()).expect("embedded lexicons load")
    }

    /// An ordinal in apposition ranks the noun before it; "of the tour"
    /// after it names the series, not what is ranked.
    #[test]
    fn an_ordinal_in_apposition_ranks_the_noun_before_it() {
        let ex = extractor();
        let head = |text: &str| {
            let doc = Document::new("t", text.to_string());
            let claims = ex.extract(&doc, None);
            let ordinal = claims
                .iter()
                .find(|c| c.kind == Kind::Ordinal)
                .expect("an ordinal");
            ordinal.frame.head.as_ref().map(|h| h.lemma.to_string())
        };
        let concert = Some("concert".to_string());
        assert_eq!(
            head("Tuesday's concert, the tenth of the tour, drew a crowd."),
            concert
        );
        assert_eq!(head("Tuesday's concert, the tenth, drew a crowd."), concert);
        assert_eq!(head("It was the tenth concert of the tour."), concert);
        // A name before the comma is no noun to rank.
        assert_ne!(
            head("They flew to Lisbon, the tenth of the tour."),
            Some("lisbon".into())
        );
    }

    /// Tags are a cache of lexicon lookups: with them or without, every claim
    /// must come out the same, on the project's own articles.
    #[test]
    fn tagged_and_untagged_extraction_agree_on_the_fixtures() {
        let ex = extractor();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
        let published = Date::new(2026, 1, 21).ok();
        let mut checked = 0;
        for entry in std::fs::read_dir(&dir).expect("fixtures folder") {
            let path = entry.expect("fixture entry").path();
            if path.extension().is_none_or(|e| e != "md") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("fixture text");
            let doc = Document::new(path.display().to_string(), text);
            let tagged = ex.extract(&doc, published);
            let untagged = ex.extract_with(&doc, published, None).claims;
            assert_eq!(
                format!("{tagged:?}"),
                format!("{untagged:?}"),
                "{}",
                path.display()
            );
            assert!(!tagged.is_empty(), "{}", path.display());
            checked += 1;
        }
        assert!(checked >= 3, "only {checked} fixtures");
    }

    /// "Aalto, who said …": the relative pronoun stands for the name before
    /// its comma; "residents who said" credit no one by "who".
    #[test]
    fn a_relative_pronoun_credits_its_antecedent() {
        let ex = extractor();
        for (text, want) in [
            (
                "Aalto, who said he spent eleven years underground, put the cost at 4 million dollars.",
                Some("Aalto"),
            ),
            (
                "Residents who said they waited nine hours were angry.",
                None,
            ),
            (
                "The council, which cited its 2019 plan, meets on 14 May.",
                None,
            ),
            (
                "Holmgard, which said it had spent 14 million euros on the furnaces, will close the site.",
                Some("Holmgard"),
            ),
            // A body that speaks for itself, named by its common noun.
            (
                "The orchestra says 38,500 tickets have been sold.",
                Some("The orchestra"),
            ),
            // A place is no speaker: the survey found it.
            (
                "The group ran a survey of 1,250 residents near the airport, which found 68 per cent opposed.",
                None,
            ),
        ] {
            let doc = Document::new("t.md", text.to_string());
            let claims = ex.extract(&doc, Date::new(2026, 1, 21).ok());
            let first = claims.first().expect("a claim");
            assert_eq!(first.source.as_ref().map(|a| a.name.as_str()), want, "{text}");
        }
    }

    /// Items of a list of sums whose verb is left out take the list's
    /// currency: "380 million the weapons and the remaining 120 million
    /// training".
    #[test]
    fn gapped_items_of_a_list_of_sums_are_money() {
        let ex = extractor();
        let text = "Of the 1.84 billion crowns, 1.31 billion covers the hulls, 380 million \
                    the weapons and the remaining 120 million training.";
        let doc = Document::new("t.md".to_string(), text.to_string());
        let claims = ex.extract(&doc, None);
        let kinds: Vec<(&str, Kind)> = claims.iter().map(|c| (c.text.as_str(), c.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                ("1.84 billion crowns", Kind::Money),
                ("1.31 billion", Kind::Money),
                ("380 million", Kind::Money),
                ("120 million", Kind::Money),
            ]
        );
    }

    /// A metric cue in the relative clause of the figure before ("the five
    /// who died") is that figure's, not the next one's; a verb between two
    /// figures still governs the second ("killed 12 and injured 40").
    #[test]
    fn a_relative_clause_names_the_figure_before_it() {
        let ex = extractor();
        let metric = |text: &str, figure: &str| {
            let doc = Document::new("t.md".to_string(), text.to_string());
            ex.extract(&doc, None)
                .into_iter()
                .find(|c| c.text == figure)
                .and_then(|c| c.metric)
        };
        let text = "The relatives of the five who died sat in the gallery, several of them \
                    holding photographs.";
        assert_eq!(metric(text, "several"), None);
        assert!(metric(text, "five").is_some());
        assert!(metric("The blast killed 12 and injured 40.", "40").is_some());
    }

    /// A clause with a pronoun and a present verb has its own tense, not the
    /// past of another clause: "…, where they meet Osby in the final on 7 June".
    #[test]
    fn a_present_clause_keeps_its_tense() {
        let ex = extractor();
        let text = "Hardal, who won the title in each of the past two seasons, can still \
                    qualify through the cup, where they meet Osby in the final on 7 June.";
        let doc = Document::new("t.md".to_string(), text.to_string());
        let claims = ex.extract(&doc, Date::new(2025, 5, 19).ok());
        let june = claims.iter().find(|c| c.text == "7 June").expect("7 June");
        assert_eq!(june.frame.tense, claimcheck_claims::Tense::Present);
    }

    /// A relative clause's past ("which saw 41,000 children last year") is
    /// its own noun's: the sentence's date is not a past event by it.
    #[test]
    fn a_relative_clause_s_past_leaves_the_sentence_s_dates_alone() {
        let ex = extractor();
        let text = "The first clinics open on Monday, May 19, and the emergency department, \
                    which saw 41,000 children last year, transfers on June 2.";
        let doc = Document::new("t.md".to_string(), text.to_string());
        let claims = ex.extract(&doc, Date::new(2025, 5, 14).ok());
        for day in ["Monday, May 19", "June 2"] {
            let c = claims.iter().find(|c| c.text == day).expect(day);
            assert_ne!(c.frame.tense, claimcheck_claims::Tense::Past, "{day}");
        }
    }

    /// The source credited with the first figure of `text`.
    fn first_source(ex: &Extractor, text: &str) -> Option<String> {
        let doc = Document::new("t.md".to_string(), text.to_string());
        ex.extract(&doc, None)
            .into_iter()
            .next()
            .and_then(|c| c.source)
            .map(|s| s.name)
    }

    /// The claims of one short text, published on 21 January 2026.
    fn claims_of(ex: &Extractor, text: &str) -> Vec<Claim> {
        let doc = Document::new("t.md".to_string(), text.to_string());
        ex.extract(&doc, Date::new(2026, 1, 21).ok())
    }

    /// The claim of `text` whose text starts with `figure`.
    fn claim_named(ex: &Extractor, text: &str, figure: &str) -> Option<Claim> {
        claims_of(ex, text)
            .into_iter()
            .find(|c| c.text.starts_with(figure))
    }

    /// A compound counts its own noun: "12-team" names a division's size,
    /// not the games its sentence counts ("from their 22 games in the 12-team
    /// division"); a compound of a metric's own word still takes it.
    #[test]
    fn a_compound_counts_its_own_noun() {
        let ex = extractor();
        let metric =
            |text: &str, figure: &str| claim_named(&ex, text, figure).and_then(|c| c.metric);
        let text = "Ashgrove won 17 of their 22 games in the 12-team division.";
        assert_eq!(metric(text, "22").as_deref(), Some("played"));
        assert_eq!(metric(text, "12-team"), None);
        let text = "The 15-member compact shares alerts between its jails.";
        assert_eq!(metric(text, "15-member").as_deref(), Some("member_count"));
    }

    #[test]
    fn a_cue_that_is_the_verbs_subject_does_not_measure_its_object() {
        let ex = extractor();
        let metric =
            |text: &str, figure: &str| claim_named(&ex, text, figure).and_then(|c| c.metric);
        // The members struck; "three" counts strikes, not members.
        let text = "Union members staged three one-day strikes in March.";
        assert_eq!(metric(text, "three"), None);
        // A partitive's group is the cue's, verb or not.
        let text = "The union has 900 members, and buses carried 40 of them to the rally.";
        assert_eq!(metric(text, "900").as_deref(), Some("member_count"));
        // A verb of parts keeps the whole's measure.
        let text = "The bloc's members included four island states.";
        assert_eq!(metric(text, "four").as_deref(), Some("member_count"));
    }

    /// The name of the source credited with `figure` in `text`.
    fn source_named(ex: &Extractor, text: &str, figure: &str) -> Option<String> {
        claim_named(ex, text, figure)
            .and_then(|c| c.source)
            .map(|s| s.name)
    }

    /// "The airport said 45 departures were delayed": a definite phrase of
    /// plain words right before a plain verb of saying is its speaker, though
    /// "airport" is no source noun; "The extension adds nine stops" and "The
    /// remaining eight have promised" name none.
    #[test]
    fn a_definite_subject_of_saying_speaks() {
        let ex = extractor();
        let cases = [
            ("The airport said 45 departures were delayed.", "45", Some("The airport")),
            ("Around 45 flights were cancelled, the airport said.", "Around 45", Some("the airport")),
            (
                "The national marine accident investigation branch said it had sent four inspectors.",
                "four",
                Some("The national marine accident investigation branch"),
            ),
            ("The extension adds nine stops.", "nine", None),
            // A judgment speaks for its court; a reckoning may open the sentence.
            (
                "They were worth 14.2 million euros, according to the court's judgment.",
                "14.2 million euros",
                Some("the court's judgment"),
            ),
            ("By the company's own count, 84 of its drivers came.", "84", Some("the company")),
            ("The remaining eight have promised to follow by 2035.", "2035", None),
        ];
        for (text, figure, want) in cases {
            assert_eq!(source_named(&ex, text, figure).as_deref(), want, "{text}");
        }
    }

    /// "crews responded to 6,212 incidents, the agency said": answering a
    /// call reports nothing; the trailing "said" credits the figure.
    #[test]
    fn responding_to_a_call_is_no_report() {
        let ex = extractor();
        let text = "Ambulance crews responded to 6,212 incidents, peaking at 1,104 on the Saturday, the agency said.";
        assert_eq!(
            source_named(&ex, text, "6,212").as_deref(),
            Some("the agency")
        );
        // Responding with words still reports.
        let said = "The minister responded that 40 posts would go.";
        assert_eq!(
            source_named(&ex, said, "40").as_deref(),
            Some("The minister")
        );
    }

    /// "Among the branches to go is Kings Parade, which opened in 1874": a
    /// partitive opener carries the sentence before's source to the amounts
    /// it splits, not to dates and ordinals told about one member.
    #[test]
    fn a_partitive_opener_carries_a_source_to_amounts_only() {
        let ex = extractor();
        let text = "The authority estimated that about 23,000 customers relied on the 47 branches.\n\nAmong the branches to go is Kings Parade, which opened in 1874 and marked its 150th anniversary two years ago.";
        assert_eq!(source_named(&ex, text, "150th"), None);
        assert_eq!(source_named(&ex, text, "1874"), None);
        let amounts = "The authority estimated that about 23,000 customers relied on the 47 branches.\n\nOf those, 9,000 were over 70.";
        assert_eq!(
            source_named(&ex, amounts, "9,000").as_deref(),
            Some("The authority")
        );
    }

    /// "by X's own count" credits the figure before it to X.
    #[test]
    fn a_reckoning_credits_its_owner() {
        let ex = extractor();
        let source = |text: &str| first_source(&ex, text);
        assert_eq!(
            source("The arrears are nearly €400,000 by Brightway's own count.").as_deref(),
            Some("Brightway")
        );
        assert_eq!(
            source("More than 300 marched, on the union's estimate.").as_deref(),
            Some("the union")
        );
        // A deadline is not a reckoning.
        assert_eq!(source("About 300 must leave by Friday's deadline."), None);
        // At a sentence's start, "own count of" has no owner before it.
        assert_eq!(source("Own count of 5 people."), None);
        // "X's count of N": the count's owner, whoever mentions it.
        assert_eq!(
            source("The statistics office's count of nearly 280,000 drivers is flat, the federation noted.")
                .as_deref(),
            Some("The statistics office")
        );
    }

    /// "According to the council's release" credits the release's body; a
    /// document noun ("release", "bulletin", "update") ends a source's name.
    #[test]
    fn a_document_after_according_to_credits_it() {
        let ex = extractor();
        let source = |text: &str| first_source(&ex, text);
        assert_eq!(
            source("According to the council's release, the ban will cost about 90,000 crowns.")
                .as_deref(),
            Some("the council's release")
        );
        assert_eq!(
            source("According to the agency's latest bulletin, 40 people died.").as_deref(),
            Some("the agency's latest bulletin")
        );
        // Whoever released the figures, whatever its noun.
        assert_eq!(
            source("The boat launched 56 times, according to figures the station released.")
                .as_deref(),
            Some("the station")
        );
        assert_eq!(
            source("The rate reached 10.6, according to monthly figures the regulator published on Tuesday.")
                .as_deref(),
            Some("the regulator")
        );
    }

    /// "The department's own figures show N", "The cooperative has put the
    /// damage at N": the reckoning's owner, or the subject that puts the
    /// figure, is the source.
    #[test]
    fn a_body_showing_or_putting_a_figure_is_its_source() {
        let ex = extractor();
        let source = |text: &str| first_source(&ex, text);
        assert_eq!(
            source("The department's own figures show 1,150 posts unfilled.").as_deref(),
            Some("The department")
        );
        assert_eq!(
            source("The cooperative has put the damage at about 25 million crowns.").as_deref(),
            Some("The cooperative")
        );
        assert_eq!(
            source("The insurer puts the bill at 3 million euros.").as_deref(),
            Some("The insurer")
        );
    }

    /// "The report on the category B prison, which opened in 1897, found …":
    /// the report is the source, not the prison it is on; "A police
    /// statement on Thursday" is no report on Thursday.
    #[test]
    fn a_report_on_a_subject_is_the_source() {
        let ex = extractor();
        let source = |text: &str| first_source(&ex, text);
        assert_eq!(
            source(
                "The report on the category B prison, which opened in 1897, found that 39% of \
                 drug tests were positive."
            )
            .as_deref(),
            Some("The report on the category B prison")
        );
        let nine = claim_named(
            &ex,
            "A police statement on Thursday put the number detained at 9.",
            "9",
        )
        .and_then(|c| c.source.map(|s| s.name.to_string()));
        assert_ne!(nine.as_deref(), Some("statement on Thursday"));
    }

    /// A fuller name is a name: not a clause ("adding that the cooperative
    /// would …") nor a thing of the body ("the history of this cooperative").
    #[test]
    fn a_fuller_name_is_a_name() {
        let ex = extractor();
        let text = "Silos run by the Ostmark Grain Cooperative burned. \"It is the worst day in the history of this cooperative,\" Ambler said, adding that the cooperative would help. The cooperative has put the damage at 25 million crowns.";
        let claims = claims_of(&ex, text);
        let damage = claims
            .iter()
            .find(|c| c.text == "25 million crowns")
            .unwrap();
        assert_eq!(
            damage.source.as_ref().map(|s| s.name.as_str()),
            Some("the Ostmark Grain Cooperative")
        );
    }

    /// "4.5 US cents per share" is money, a hundredth of a dollar each.
    #[test]
    fn us_cents_are_money() {
        let claims = claims_of(&extractor(), "Final dividend: 4.5 US cents per share.");
        assert_eq!(claims[0].kind, Kind::Money, "{:?}", claims[0]);
        assert_eq!(claims[0].unit.as_deref(), Some("USD"));
    }

    /// "the remaining quarter" is a share; "the remaining quarter-final" and
    /// "the other third round" are not.
    #[test]
    fn the_remaining_quarter_is_a_share() {
        let ex = extractor();
        let kinds = |text: &str| {
            claims_of(&ex, text)
                .into_iter()
                .map(|c| (c.text, c.kind))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kinds("The city covered the remaining quarter."),
            [("quarter".to_string(), Kind::Percent)]
        );
        assert!(kinds("He scored in the remaining quarter-final.").is_empty());
        assert!(kinds("They won the other third round tie.")
            .iter()
            .all(|(_, k)| *k != Kind::Percent));
    }

    /// The minutes of a time of day are no count: "As of 21:00, 84 people".
    #[test]
    fn the_minutes_of_a_time_are_no_figure() {
        let claims = claims_of(&extractor(), "As of 21:00, 84 people had been rescued.");
        let texts: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["84"]);
    }

    /// A reporting word used as a noun ("The new estimate compares with …")
    /// credits no one; the same word as a plural subject's verb does.
    #[test]
    fn a_reporting_noun_credits_no_one() {
        let ex = extractor();
        let source = |text: &str| first_source(&ex, text);
        assert_eq!(
            source("The new estimate compares with 5.6 billion euros at the last review."),
            None
        );
        assert_eq!(
            source("A claim of 40 million euros was lodged on Monday."),
            None
        );
        assert_eq!(
            source("Officials estimate 300 homes were damaged.").as_deref(),
            Some("Officials")
        );
    }

    /// "it said" after a subject in its own sentence is that subject's, not
    /// the last source of the sentences before.
    #[test]
    fn it_said_credits_its_own_sentence_s_subject() {
        let ex = extractor();
        let text = "Tenants say the landlord is owed €486,200.\n\nThe Harlin Arts \
                    Council will hand out 4.3 million crowns in grants, it said on Monday.";
        let doc = Document::new("t.md".to_string(), text.to_string());
        let claims = ex.extract(&doc, None);
        let grants = claims
            .iter()
            .find(|c| c.text == "4.3 million crowns")
            .expect("the grants");
        let name = grants.source.as_ref().map(|s| s.name.as_str());
        assert_eq!(name, Some("The Harlin Arts Council"));
    }

    /// "The regulator's verdict was harsher. It said …": "it" is the owner
    /// of the sentence's subject, not the person quoted before.
    #[test]
    fn it_said_credits_the_owner_of_the_sentence_before_s_subject() {
        let ex = extractor();
        let text = "\"We are not there yet,\" said Fiona Marchetti, the chief executive.\n\n\
                    The regulator's verdict was harsher. It said leakage was the second-highest \
                    of the 11 companies it oversees.";
        let doc = Document::new("t.md".to_string(), text.to_string());
        let claims = ex.extract(&doc, None);
        let eleven = claims.iter().find(|c| c.text == "11").expect("the 11");
        let name = eleven.source.as_ref().map(|s| s.name.as_str());
        assert_eq!(name, Some("The regulator"));
    }

    /// Surnames resolve to the full names given earlier, both for the first
    /// few names (found by walking the text) and for later ones (found in the
    /// index of capitalised words).
    #[test]
    fn surnames_resolve_to_earlier_full_names_however_many() {
        let ex = extractor();
        let names = [
            "Ana Lopez",
            "Ben Okafor",
            "Cara Ivers",
            "Dan Moss",
            "Eva Quint",
            "Fay Ruiz",
            "Gil Soto",
            "Hal Tran",
            "Ivy Umar",
            "Jon Vance",
            "Kim Wolde",
            "Lee Xiang",
        ];
        let mut text = String::new();
        for name in names {
            text.push_str(&format!("{name} spoke to reporters on Monday.\n\n"));
        }
        for (k, name) in names.iter().enumerate() {
            let surname = name.split(' ').nth(1).expect("two words");
            text.push_str(&format!("{} people were hurt, {surname} said.\n\n", 10 + k));
        }
        let doc = Document::new("names", text);
        let claims = ex.extract(&doc, None);
        let sources: Vec<String> = claims
            .iter()
            .filter(|c| c.kind == claimcheck_claims::Kind::Count)
            .map(|c| c.source.as_ref().map_or(String::new(), |s| s.name.clone()))
            .collect();
        assert_eq!(sources, names);
    }

    /// Days listed with one month take it: "on July 19 and 20", "on 19 and
    /// 20 July", "on 3, 4 and 5 May"; days running down, or followed by a
    /// noun or unit, stay counts.
    #[test]
    fn listed_days_share_their_month() {
        let ex = extractor();
        let kinds = |text: &str| -> Vec<(String, String)> {
            claims_of(&ex, text)
                .into_iter()
                .map(|c| {
                    let v = match &c.value {
                        claimcheck_claims::Value::Date(d) => d.low.to_string(),
                        _ => format!("{:?}", c.kind),
                    };
                    (c.text, v)
                })
                .collect()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            kinds("The belt failed on July 19 and 20, the airline said."),
            vec![pair("July 19", "2025-07-19"), pair("20", "2025-07-20")]
        );
        assert_eq!(
            kinds("On 19 and 20 July the belt failed."),
            vec![pair("19", "2025-07-19"), pair("20 July", "2025-07-20")]
        );
        assert_eq!(
            kinds("Talks ran on 3, 4 and 5 May."),
            vec![
                pair("3", "2025-05-03"),
                pair("4", "2025-05-04"),
                pair("5 May", "2025-05-05")
            ]
        );
        assert_eq!(
            kinds("It opened on July 19 and 3 others followed."),
            vec![pair("July 19", "2025-07-19"), pair("3", "Count")]
        );
        assert_eq!(
            kinds("Sales on May 4 and 12 percent more."),
            vec![pair("May 4", "2025-05-04"), pair("12 percent", "Percent")]
        );
    }

    /// "one by one", "one at a time" count nothing, and the plural before them
    /// stays the counted noun.
    #[test]
    fn manner_numbers_count_nothing() {
        let ex = extractor();
        for text in [
            "Officers opened dozens of cartons one by one.",
            "Officers opened dozens of cartons one at a time.",
            "Officers opened dozens of cartons, two by two.",
        ] {
            let claims = claims_of(&ex, text);
            assert_eq!(claims.len(), 1, "{text}: {claims:?}");
            let head = claims[0].frame.head.as_ref().map(|h| h.lemma.to_string());
            assert_eq!(head.as_deref(), Some("carton"), "{text}");
        }
    }

    /// "three consecutive days", "two clean weeks": a describing word before
    /// the unit keeps a duration; "a 9 in every subject" is a grade, no count.
    #[test]
    fn described_durations_and_grades() {
        let ex = extractor();
        let first = |text: &str| {
            claims_of(&ex, text)
                .into_iter()
                .next()
                .map(|c| (c.text, format!("{:?}", c.kind)))
        };
        for (text, figure) in [
            (
                "It rained for three consecutive days.",
                "three consecutive days",
            ),
            ("We need two clean weeks of samples.", "two clean weeks"),
            ("She waited two full years.", "two full years"),
        ] {
            assert_eq!(
                first(text),
                Some((figure.to_string(), "Duration".to_string()))
            );
        }
        assert_eq!(
            first("She scored a 9 in every subject, up from 1,276 last year.").map(|(t, _)| t),
            Some("1,276".to_string())
        );
        assert_eq!(
            first("He waited six more months.").map(|(_, k)| k),
            Some("Count".to_string())
        );
    }

    proptest::proptest! {
        #[test]
        fn tagged_and_untagged_extraction_agree_on_any_text(
            words in proptest::collection::vec(
                "(about|some|more than|up to|late|early|January|Monday's|mondays|the|of|said|police|according to|while|as|,|\\.|\\$|%|[0-9]{1,4}|[0-9],[0-9]{3}|twenty|third|dozens|million|killed|[A-Z][a-z]{1,8}|\n\n)",
                0..40,
            )
        ) {
            let ex = extractor();
            let doc = Document::new("prop", words.join(" "));
            let published = Date::new(2026, 1, 21).ok();
            let tagged = format!("{:?}", ex.extract(&doc, published));
            let untagged = format!("{:?}", ex.extract_with(&doc, published, None).claims);
            proptest::prop_assert_eq!(tagged, untagged);
        }
    }
    /// A place in a quote's attribution ("…,” Felk told a briefing at the
    /// 640-bed infirmary") is the reporter's description, not the speaker's
    /// figure; the speaker is still known to a "she said" that follows.
    #[test]
    fn a_quote_s_setting_is_not_the_speaker_s() {
        let ex = extractor();
        let text = "\"This is serious, but it is contained,\" Dr Amara Felk told a briefing at \
                    the 640-bed infirmary. Its previous outbreak cost 1.5 million euros, she said.";
        assert_eq!(source_named(&ex, text, "640-bed"), None);
        assert_eq!(
            source_named(&ex, text, "1.5 million").as_deref(),
            Some("Dr Amara Felk")
        );
    }

    /// "LRR, which handles about 310,000 journeys a day, said it will …": a
    /// figure in the relative clause describing a speaker is the speaker's,
    /// and the "it" opening what is said names no one else.
    #[test]
    fn a_relative_clause_on_the_speaker_is_the_speaker_s() {
        let ex = extractor();
        let text = "\"We will not back down,\" Ilse Harven told reporters.\n\n\
                    LRR, which handles about 310,000 journeys on a typical weekday, said it \
                    will run 40% of services.";
        assert_eq!(
            source_named(&ex, text, "about 310,000").as_deref(),
            Some("LRR")
        );
        // A quote's speaker after its comma still speaks: "…, said Harven".
        let inverted = "About 310,000 journeys are made each weekday, said Harven.";
        assert_eq!(
            source_named(&ex, inverted, "About 310,000").as_deref(),
            Some("Harven")
        );
    }

    /// "the gap between the union" is a thing of the union, and of two bodies
    /// joined by "and the" the description names the one ending in its noun.
    #[test]
    fn a_description_names_back_the_body_not_a_thing_of_it() {
        let ex = extractor();
        let text = "Negotiators for Lunder Tramways and the Tram and Bus Workers' Union could \
                    not close the gap between the union's claim and the offer. The union, which \
                    counts 1,460 members among the operator's 1,720 employees, says they have \
                    been patient.";
        assert_eq!(
            source_named(&ex, text, "1,460").as_deref(),
            Some("the Tram and Bus Workers' Union")
        );
    }

    /// "police figures show" credits the police; "a price that health
    /// economists say" credits the economists, not the price.
    #[test]
    fn a_reckoning_s_owner_and_a_relative_clause_s_subject_are_the_source() {
        let ex = extractor();
        let text = "Recorded crime fell for the second year running, police figures show.";
        assert_eq!(source_named(&ex, text, "second").as_deref(), Some("police"));
        let text = "It will cost 180 euros a dose, a price that health economists say would \
                    force hard choices in the first year.";
        assert_eq!(
            source_named(&ex, text, "first").as_deref(),
            Some("health economists")
        );
    }

    /// "three-quarters of a point" is 0.75 percentage points; "who gets it
    /// first" ranks nothing.
    #[test]
    fn a_fraction_of_a_point_and_an_adverb_of_time() {
        let ex = extractor();
        let claims = claims_of(&ex, "The easing comes to three-quarters of a point, and rates fell by half a percentage point.");
        let points: Vec<(String, String)> = claims
            .iter()
            .map(|c| (c.text.clone(), format!("{:?}", c.value)))
            .collect();
        assert_eq!(points.len(), 2, "{points:?}");
        assert!(
            points[0].0 == "three-quarters of a point" && points[0].1.contains("0.75"),
            "{points:?}"
        );
        assert!(
            points[1].0 == "half a percentage point" && points[1].1.contains("0.5"),
            "{points:?}"
        );
        assert!(claims_of(&ex, "Health systems must decide who gets it first.").is_empty());
        assert_eq!(claims_of(&ex, "She finished first.").len(), 1);
    }

    /// "16 night-time movements" counts movements; "three nights" lasts.
    #[test]
    fn a_time_compound_is_no_duration() {
        let ex = extractor();
        let kind = |text: &str, figure: &str| claim_named(&ex, text, figure).map(|c| c.kind);
        assert_eq!(
            kind("The cap of 16 night-time movements stays.", "16"),
            Some(Kind::Count)
        );
        assert_eq!(
            kind("It runs 12 day-time services.", "12"),
            Some(Kind::Count)
        );
        assert_eq!(
            kind(
                "The island has about 410 year-round residents.",
                "about 410"
            ),
            Some(Kind::Count)
        );
        assert_eq!(
            kind("The festival ran for three nights.", "three"),
            Some(Kind::Duration)
        );
    }

    /// "a third national crown" ranks; "a third of the staff" is a share;
    /// "a half hour" is a duration.
    #[test]
    fn a_third_before_a_noun_is_an_ordinal() {
        let ex = extractor();
        let kinds = |text: &str| -> Vec<(String, Kind)> {
            claims_of(&ex, text)
                .into_iter()
                .map(|c| (c.text, c.kind))
                .collect()
        };
        assert_eq!(
            kinds("The win brings the club a third national crown."),
            vec![("third".to_string(), Kind::Ordinal)]
        );
        assert_eq!(
            kinds("A third of the staff left."),
            vec![("A third".to_string(), Kind::Percent)]
        );
        assert_eq!(kinds("She left for a half hour.")[0].1, Kind::Duration);
        // A fraction as a clause's subject, before its verb, is a share.
        assert_eq!(
            kinds("A third had been on the list for a year.")[0],
            ("A third".to_string(), Kind::Percent)
        );
        assert_eq!(
            kinds("The club had a third running season in profit.")[0].1,
            Kind::Ordinal
        );
    }

    /// "Of the 31 patients, a dozen …" continues the sentence before only if
    /// that sentence told the 31: another speaker's figure is not its source.
    #[test]
    fn a_named_whole_carries_only_the_source_that_told_it() {
        let ex = extractor();
        let source = |text: &str, figure: &str| source_named(&ex, text, figure);
        let other = "Four of the deaths were linked to it, Felk said.\n\n\
                     Of the 31 patients, a dozen are still in hospital.";
        assert_eq!(source(other, "a dozen"), None);
        let told = "Felk said 31 patients had caught it. Of the 31 patients, a dozen are \
                    still in hospital.";
        assert_eq!(source(told, "a dozen").as_deref(), Some("Felk"));
    }

    /// A title of two words after the comma: "…, operations director
    /// Harriet Cole said"; the present of a verb of disagreement reports.
    #[test]
    fn a_compound_title_and_a_verb_of_disagreement_report() {
        let ex = extractor();
        let text = "The offer of 3.2 per cent remained on the table, operations director \
                    Harriet Cole said.";
        assert_eq!(
            source_named(&ex, text, "3.2 per cent").as_deref(),
            Some("Harriet Cole")
        );
        let text = "A group of local councillors argues that the true cost is closer to \
                    5.5 million.";
        assert_eq!(
            source_named(&ex, text, "closer to 5.5 million").as_deref(),
            Some("A group of local councillors")
        );
        // "admits" lets a member in; it reports nothing.
        let text = "The coalition admits Marenia as its 90th member.";
        assert_eq!(source_named(&ex, text, "90th"), None);
    }

    /// A figure the narrator gives speaks with the voice of the source that
    /// gives the same figure: set against another source's, it is a
    /// disagreement between sources, not two figures of the story.
    #[test]
    fn the_narrators_figure_speaks_for_the_source_that_gives_it() {
        let ex = extractor();
        let text = "The restoration took 26 months and cost 4.8 million crowns.\n\n\
                    The trust puts the final bill at 4.8 million crowns. A group of local \
                    councillors argues that the true cost is closer to 5.5 million.";
        let doc = Document::new("t.md".to_string(), text.to_string());
        let graph = ex.extract_graph(&doc, Date::new(2026, 6, 15).ok());
        let k = graph
            .claims
            .iter()
            .position(|c| c.text.contains("5.5"))
            .expect("the councillors' figure");
        assert!(
            !graph
                .edges
                .iter()
                .any(|e| e.kind == claimcheck_claims::EdgeKind::SameQuantity
                    && (e.from == k || e.to == k)),
            "{:?}",
            graph.edges
        );
    }

    /// "where one in three schools has fewer than 300 pupils": a size band
    /// of each school, not a count.
    #[test]
    fn a_size_band_of_each_member_is_a_threshold() {
        let ex = extractor();
        for (text, figure) in [
            (
                "In the district, where one in three schools has fewer than 300 pupils, the rate fell.",
                "fewer than 300",
            ),
            ("Firms employing more than 250 people must report.", "more than 250"),
        ] {
            let c = claim_named(&ex, text, figure).expect(figure);
            assert!(c.frame.scope.iter().any(|s| s == "threshold"), "{text}");
        }
        let c = claim_named(
            &ex,
            "The school has fewer than 300 pupils.",
            "fewer than 300",
        )
        .expect("a count");
        assert!(!c.frame.scope.iter().any(|s| s == "threshold"));
    }

    /// "the third quarter", "the second half" name periods, not ranks.
    #[test]
    fn an_ordinal_period_is_no_rank() {
        let ex = extractor();
        let texts = |text: &str| -> Vec<String> {
            claims_of(&ex, text).into_iter().map(|c| c.text).collect()
        };
        assert!(texts("Starts in the third quarter were 3.1% higher.")
            .iter()
            .all(|t| t != "third"));
        assert!(texts("He scored twice in the 2nd half.").is_empty());
        assert_eq!(
            texts("They lost the third quarter-final."),
            vec!["third".to_string()]
        );
    }

    /// A figure that opens a since-clause is its subject, not a running
    /// count ("since dozens of oiled birds began arriving"); "since April"
    /// after a figure names a period, not a level it moved from.
    #[test]
    fn since_marks_no_change_of_its_own() {
        let ex = extractor();
        let change =
            |text: &str, figure: &str| claim_named(&ex, text, figure).map(|c| c.frame.change);
        let text = "The centre ran short of pens since dozens of oiled birds began arriving.";
        assert_eq!(change(text, "dozens"), Some(false));
        let text = "The shipper sent six earlier consignments through the port since April.";
        assert_eq!(change(text, "six"), Some(false));
        let text = "The toll has risen to 40 since Monday.";
        assert_eq!(change(text, "40"), Some(true));
    }

    /// "next Thursday, Sept 25" is placed ahead by its own word, not by the
    /// tense around it, so the future-date check leaves it alone.
    /// A markdown table's column heading gives its cells their currency and
    /// scale ("£m"); a column headed by no sum leaves them counts.
    #[test]
    fn table_cells_take_their_column_unit() {
        let ex = extractor();
        let text = "The savings plan:\n\n| Area | Posts | £m |\n|---|---|---|\n\
                    | Estates | 12 | 5.2 |\n| Total | 40 | 12.6 |\n";
        let got: Vec<(String, Kind, Option<String>)> = claims_of(&ex, text)
            .into_iter()
            .map(|c| (c.text, c.kind, c.unit))
            .collect();
        let gbp = Some("GBP".to_string());
        assert_eq!(
            got,
            [
                ("12".to_string(), Kind::Count, None),
                ("5.2".to_string(), Kind::Money, gbp.clone()),
                ("40".to_string(), Kind::Count, None),
                ("12.6".to_string(), Kind::Money, gbp),
            ]
        );
        let money = claim_named(&ex, text, "5.2").expect("the cell");
        assert!(
            matches!(&money.value, Value::Number(i) if i.nominal == rust_decimal::Decimal::from(5_200_000))
        );
    }

    /// Section numbers and list markers open their lines and count nothing;
    /// a figure opening a line still counts.
    #[test]
    fn section_numbers_are_no_figures() {
        let ex = extractor();
        let text =
            "## 2. Savings plan\n\n1.3 A savings requirement of £12.6 million has been found.\n\n\
                    4.1 A review of the 11 front counters is under way.\n\n1. The board met.\n\n\
                    1.5 million people voted.\n\n12 Police officers were hurt.\n\n\
                    # 2.5 Million Homes Lose Power\n";
        let got: Vec<String> = claims_of(&ex, text).into_iter().map(|c| c.text).collect();
        assert_eq!(
            got,
            ["£12.6 million", "11", "1.5 million", "12", "2.5 Million"]
        );
    }

    #[test]
    fn a_date_written_with_next_is_placed_by_its_own_word() {
        let ex = extractor();
        let relative =
            |text: &str, figure: &str| claim_named(&ex, text, figure).map(|c| c.frame.relative);
        let text = "The association has called a meeting at the hall next Thursday, Jan. 29.";
        assert_eq!(relative(text, "next Thursday"), Some(true));
        let text = "The association has called a meeting at the hall on Thursday, Jan. 29.";
        assert_eq!(relative(text, "Thursday, Jan. 29"), Some(false));
    }
}
