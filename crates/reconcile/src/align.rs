//! Which source figures measure what a draft figure measures. Two tiers:
//!
//! - *support*: loose enough that a draft figure found in a similar sentence of
//!   some source is taken as sourced, so no finding is raised on it;
//! - *strong*: confident enough to raise a finding. The metrics agree (or the
//!   counted noun overrides a disagreement), the context words are close, no
//!   scope marker separates the sentences, the source figure is the best match
//!   in its document for the draft figure, and the draft figure the best match
//!   in the draft for it.
//!
//! No match is better than a wrong match: a figure that aligns with nothing
//! strongly raises no conflict.

use crate::compare::{relate, same_figure, Relation};
use crate::profile::{Corpus, Figure, Role};
use crate::registry::Lexicon;
use claimcheck_claims::significant_digits;
use std::collections::BTreeSet;

/// How the two figures' metrics stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricFit {
    Same,
    /// One or both figures have no metric.
    Unknown,
    /// Different metrics, but the same specific counted noun.
    Overridden,
    /// Different metrics. Metrics are sometimes wrong (an anaphor carries the
    /// wrong one), so a close sentence may still show a figure is sourced; it
    /// never raises a finding.
    Differs,
}

/// How well a fit ties two figures to one quantity, best first.
fn rank(fit: MetricFit) -> u8 {
    match fit {
        MetricFit::Same => 3,
        MetricFit::Overridden => 2,
        MetricFit::Unknown => 1,
        MetricFit::Differs => 0,
    }
}

/// Context similarity needed, by metric fit: (support, strong).
fn thresholds(fit: MetricFit) -> (f64, f64) {
    match fit {
        // The same metric and a consistent value settle a figure as sourced
        // even in a headline, where context words are few.
        MetricFit::Same => (0.0, 0.2),
        MetricFit::Unknown => (0.15, 0.3),
        MetricFit::Overridden => (0.3, 0.4),
        MetricFit::Differs => (0.4, f64::INFINITY),
    }
}

/// A source whose words are less like the draft's than this is about another
/// story: its figures may support the draft's, never contradict them.
const RELATED_MIN: f64 = 0.2;
/// Context words two figures must share for a finding: one word in two short
/// sentences (often the metric's own cue) proves nothing.
const MIN_SHARED: usize = 2;

/// How much closer the chosen source figure must be than any other number in
/// its document.
const MARGIN: f64 = 0.1;

/// Best scores are compared with this slack, so near-ties both count as best.
const TIE: f64 = 1e-9;

/// A source figure considered for a draft figure.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Index into `Corpus::figures`.
    pub figure: usize,
    pub score: f64,
    pub fit: MetricFit,
    pub relation: Relation,
    /// The two state the same number.
    pub same_number: bool,
    pub support: bool,
    /// Close context and no scope marker between: enough to say which source
    /// gives the draft's number, not enough alone to raise a conflict.
    pub confident: bool,
    /// Confident, and each figure the other's best match.
    pub strong: bool,
}

/// Whether two figures can be about one quantity, and how their metrics fit.
/// A counted noun too general to tie two figures to one thing ("people").
fn is_generic(lex: &Lexicon, n: &str) -> bool {
    lex.generic_nouns
        .iter()
        .any(|g| g == n || crate::text::stem(g) == n)
}

pub fn fit(d: &Figure, s: &Figure, lex: &Lexicon) -> Option<MetricFit> {
    let generic = |n: &str| is_generic(lex, n);
    if !d.quant.comparable(&s.quant) {
        return None;
    }
    // A part ("six of them") is another quantity than a figure standing alone;
    // a whole ("of its 36") is the same quantity as the figure on its own.
    // With the same number, the part is the figure the other states alone:
    // "23 of them were on shift" and "23 workers had been on shift";
    // "roughly 40 of those jobs" and "40 jobs".
    let part = |r: Option<Role>| r == Some(Role::Part);
    if part(d.role) != part(s.role) && d.quant.nominal != s.quant.nominal {
        return None;
    }
    match (&d.metric, &s.metric) {
        (Some(a), Some(b)) if a == b => Some(MetricFit::Same),
        (Some(_), Some(_)) => match (&d.noun, &s.noun) {
            (Some(x), Some(y)) if x == y && !generic(x) => Some(MetricFit::Overridden),
            _ => Some(MetricFit::Differs),
        },
        // No metric, but the same specific counted thing: "37 ships were
        // waiting" and "37 vessels are waiting".
        _ => match (&d.noun, &s.noun) {
            (Some(x), Some(y)) if x == y && !generic(x) => Some(MetricFit::Same),
            // "above the second year's rise" and "But the first year is
            // above inflation": two ranks that name no ranked thing in common
            // tell apart which items are meant; they are no two readings of
            // one figure.
            _ if d.quant.family == crate::compare::Family::Ordinal
                && d.quant.nominal != s.quant.nominal =>
            {
                None
            }
            _ => Some(MetricFit::Unknown),
        },
    }
}

/// No scope marker separates the two figures' sentences: the same scope words
/// in their clauses; years written in both sentences or in neither, with one in
/// common; and, where both sentences name someone or something, a name in common
/// ("the United Kingdom, reporting 37,542 deaths" is not "Bangladesh has
/// confirmed five new deaths").
///
/// Two figures that count the same specific thing under the same verb ("37
/// ships were waiting at anchor", "37 vessels are waiting at anchor") need no
/// name in common: the names may belong to another clause of the sentence.
fn same_scope(d: &Figure, s: &Figure) -> bool {
    let meet = |a: &BTreeSet<String>, b: &BTreeSet<String>| {
        a.is_empty() || b.is_empty() || a.intersection(b).next().is_some()
    };
    let same_frame =
        d.noun.is_some() && d.noun == s.noun && d.predicate.is_some() && d.predicate == s.predicate;
    d.scope_words == s.scope_words
        && d.years.is_empty() == s.years.is_empty()
        && (d.years.is_empty() || d.years.intersection(&s.years).next().is_some())
        && (same_frame || meet(&d.names, &s.names))
}

/// How closely two figures' frames tie them to one thing: 2 for the same
/// specific counted noun, 1 more for the same governing verb ("more than 5,000
/// passengers" and "4,870 passengers were affected" share the noun; "19,000
/// homes started" and "18,746 homes started" the noun and the verb).
fn kinship(d: &Figure, s: &Figure, lex: &Lexicon) -> u8 {
    // "More than 5,000 people responded" and "4,862 valid responses": a
    // verb of one names the counted noun of the other.
    let deed_named = |verb: &Option<String>, noun: &Option<String>| match (verb, noun) {
        (Some(v), Some(n)) if !is_generic(lex, n) => {
            let (v, n) = (v.to_lowercase(), n.to_lowercase());
            v.len() >= 6 && n.len() >= 6 && v.get(..6) == n.get(..6)
        }
        _ => false,
    };
    let noun = matches!((&d.noun, &s.noun), (Some(x), Some(y)) if x == y && !is_generic(lex, x))
        || (d.noun.is_none() && deed_named(&d.predicate, &s.noun))
        || (s.noun.is_none() && deed_named(&s.predicate, &d.noun));
    let verb = matches!((&d.predicate, &s.predicate),
        (Some(x), Some(y)) if crate::text::stem(&x.to_lowercase()) == crate::text::stem(&y.to_lowercase()));
    2 * u8::from(noun) + u8::from(verb)
}

/// Counts or sums whose values lie within `percent` of each other.
fn close_in_value(a: &Figure, b: &Figure, percent: i64) -> bool {
    use crate::compare::Family;
    matches!(a.quant.family, Family::Count | Family::Money) && a.quant.comparable(&b.quant) && {
        let (x, y) = (a.quant.nominal.abs(), b.quant.nominal.abs());
        (x - y).abs() * rust_decimal::Decimal::from(100)
            <= x.max(y) * rust_decimal::Decimal::from(percent)
    }
}

/// A figure with an open end ("more than 5,000", "under 20") and a figure
/// more than twice as far out: a reporter's bound rounds a number near it, so
/// the far one states something else, though it lies inside the bound.
fn beyond_its_bound(d: &Figure, s: &Figure) -> bool {
    let q = &d.quant;
    let open = (q.low.is_some() && q.high.is_none()) || (q.low.is_none() && q.high.is_some());
    let (x, y) = (q.nominal.abs(), s.quant.nominal.abs());
    open && matches!(
        q.family,
        crate::compare::Family::Count | crate::compare::Family::Money
    ) && (y > x * rust_decimal::Decimal::TWO || y * rust_decimal::Decimal::TWO < x)
}

/// How near two figures must be to be taken as one quantity told twice, one
/// of them rounded ("more than 5,000" for 4,870), in percent.
const ROUNDING_REACH: i64 = 10;
/// How near another figure must be to make the choice a guess, in percent.
const RIVAL_REACH: i64 = 25;
/// The most figures, draft and sources together, matched by frame and value.
const ANCHOR_MAX_FIGURES: usize = 5_000;

/// A source figure the draft figure restates by its frame and its value: the
/// same counted noun or verb, values within `ROUNDING_REACH`, and no other
/// figure of the source document (or of the draft) near in value and as close
/// in frame. Context words may be few ("disrupting travel for more than 5,000
/// passengers", "In total 4,870 passengers were affected"): the frame and the
/// value carry the match. A figure told exactly on both sides needs noun and
/// verb alike; one side rounded ("more than", "nearly", "19,000") needs one.
fn anchored_by_frame(
    corpus: &Corpus,
    lex: &Lexicon,
    draft: &[usize],
    di: usize,
    si: usize,
    rivals: &[usize],
) -> bool {
    let (d, s) = (&corpus.figures[di], &corpus.figures[si]);
    let kin = kinship(d, s, lex);
    let rounded = |f: &Figure| {
        f.quant.bound != claimcheck_claims::Bound::Exact || significant_digits(f.quant.nominal) <= 2
    };
    let needed = if rounded(d) || rounded(s) { 1 } else { 3 };
    if kin < needed || !close_in_value(d, s, ROUNDING_REACH) {
        return false;
    }
    let years_meet = d.years.is_empty() || d.years.intersection(&s.years).next().is_some();
    let rival_in_source = rivals.iter().any(|&o| {
        o != si
            && corpus.figures[o].doc == s.doc
            && !same_figure(&corpus.figures[o].quant, &s.quant)
            && close_in_value(d, &corpus.figures[o], RIVAL_REACH)
            && kinship(d, &corpus.figures[o], lex) >= kin
    });
    let rival_in_draft = draft.iter().any(|&o| {
        o != di
            && !same_figure(&corpus.figures[o].quant, &d.quant)
            && close_in_value(&corpus.figures[o], s, RIVAL_REACH)
            && kinship(&corpus.figures[o], s, lex) >= kin
    });
    years_meet
        && d.scope_words == s.scope_words
        && corpus.relatedness[s.doc] >= RELATED_MIN
        && !rival_in_source
        && !rival_in_draft
}

/// Candidates of every draft figure, by draft figure index.
pub struct Alignment {
    /// For each figure of the draft (in `Corpus::figures` order), its candidates.
    pub candidates: Vec<(usize, Vec<Candidate>)>,
}

pub fn align(corpus: &Corpus, lex: &Lexicon) -> Alignment {
    let draft: Vec<usize> = (0..corpus.figures.len())
        .filter(|&i| corpus.figures[i].doc == 0)
        .collect();
    let sources: Vec<usize> = (0..corpus.figures.len())
        .filter(|&i| corpus.figures[i].doc > 0)
        .collect();
    // Scores of every comparable pair; claims × claims, no more.
    let mut pairs: Vec<Vec<(usize, f64, usize, MetricFit)>> = vec![Vec::new(); draft.len()];
    let mut best_for_source: Vec<f64> = vec![f64::MIN; corpus.figures.len()];
    for (k, &di) in draft.iter().enumerate() {
        let d = &corpus.figures[di];
        for &si in &sources {
            let s = &corpus.figures[si];
            if let Some(f) = fit(d, s, lex) {
                let (score, shared) = d.similarity(s);
                pairs[k].push((si, score, shared, f));
                if !d.in_quote && f != MetricFit::Differs && score > best_for_source[si] {
                    best_for_source[si] = score;
                }
            }
        }
    }
    // The draft's figures by sentence, looked up for every draft figure.
    let mut by_sentence: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for &di in &draft {
        by_sentence
            .entry(corpus.figures[di].sentence)
            .or_default()
            .push(di);
    }
    let mut out = Vec::with_capacity(draft.len());
    for (k, &di) in draft.iter().enumerate() {
        let d = &corpus.figures[di];
        // "compares with 5.6 billion euros at the last review, in 2022, and
        // 4.2 billion euros when …" against the source's "5.3 billion … and
        // 4.2 billion …": a source figure another figure of the draft's
        // sentence restates is that one's, and competes for no other.
        let mates = by_sentence.get(&d.sentence).map_or(&[][..], Vec::as_slice);
        let taken = |o: usize| {
            let q = &corpus.figures[o].quant;
            !same_figure(&d.quant, q)
                && (mates.iter().any(|&m| {
                    let m = &corpus.figures[m].quant;
                    m.comparable(q) && same_figure(m, q)
                }) || corpus
                    .relative_dates
                    .iter()
                    .any(|(s, m)| *s == d.sentence && m.comparable(q) && same_figure(m, q)))
        };
        // The best score in each document among figures that fit at least as
        // well (by rank): a close figure of no known metric or noun does not
        // outrank one counting the same thing.
        let mut best_in_doc: std::collections::HashMap<(usize, u8), f64> = Default::default();
        for &(si, score, _, fit) in &pairs[k] {
            if fit == MetricFit::Differs || taken(si) {
                continue;
            }
            for r in 1..=rank(fit) {
                let e = best_in_doc
                    .entry((corpus.figures[si].doc, r))
                    .or_insert(f64::MIN);
                *e = e.max(score);
            }
        }
        // A match by frame looks over every rival of the pair: beyond
        // `ANCHOR_MAX_FIGURES` figures (an archive, not a story) context
        // alone matches, so the cost stays that of the pairs.
        let by_frame = corpus.figures.len() <= ANCHOR_MAX_FIGURES;
        // Source figures that fit: rivals for a match by frame and value.
        let rivals: Vec<usize> = pairs[k]
            .iter()
            .filter(|&&(_, _, _, f)| f != MetricFit::Differs)
            .map(|&(si, _, _, _)| si)
            .collect();
        // "dropped 38% …, to 812,000, while loans … tripled to 341,000"
        // against "fell from 1.31 million … to 812,000" and "rose from
        // 96,000 to 341,000": a document that states the draft's own number
        // of three significant digits or more, in a figure that may count
        // the same thing, gives it; a closer context around another of its
        // figures is a neighbouring clause's, no contradiction.
        let distinct_number = matches!(
            d.quant.family,
            crate::compare::Family::Count | crate::compare::Family::Money
        ) && significant_digits(d.quant.nominal) >= 3;
        let stating: BTreeSet<usize> = pairs[k]
            .iter()
            .filter(|&&(o, _, _, f)| {
                distinct_number
                    && f != MetricFit::Differs
                    && same_figure(&d.quant, &corpus.figures[o].quant)
            })
            .map(|&(o, _, _, _)| corpus.figures[o].doc)
            .collect();
        let stated_in = |doc: usize| stating.contains(&doc);
        let cands = pairs[k]
            .iter()
            .map(|&(si, score, shared, fit)| {
                let s = &corpus.figures[si];
                let (support_at, strong_at) = thresholds(fit);
                // "Arrivals … have reached 18,940" and "Sea arrivals …: 18,940":
                // a number of four or more significant digits, said exactly by
                // both, names its quantity whatever the words around it.
                let distinctive = fit != MetricFit::Differs
                    && matches!(
                        d.quant.family,
                        crate::compare::Family::Count | crate::compare::Family::Money
                    )
                    && same_figure(&d.quant, &s.quant)
                    && d.quant.bound == claimcheck_claims::Bound::Exact
                    && s.quant.bound == claimcheck_claims::Bound::Exact
                    && significant_digits(d.quant.nominal) >= 4
                    // Two rates of one thing on one base ("10.6 bags for
                    // every 1,000 passengers", "11.6 mishandled bags per
                    // 1,000 passengers") name their quantity too.
                    || (fit == MetricFit::Same && d.per.is_some() && d.per == s.per);
                // Such a number needs no name in common, only no year apart.
                let years_meet = d.years.is_empty()
                    || s.years.is_empty()
                    || d.years.intersection(&s.years).next().is_some();
                let anchored = fit != MetricFit::Differs
                    && by_frame
                    && !taken(si)
                    && anchored_by_frame(corpus, lex, &draft, di, si, &rivals);
                let confident = anchored
                    || (score >= strong_at || distinctive)
                        && (same_scope(d, s) || (distinctive && years_meet))
                        && corpus.relatedness[s.doc] >= RELATED_MIN
                        && (shared >= MIN_SHARED || distinctive);
                // The runner-up in the same document with another number: when
                // it is nearly as close, which one the draft restates is a guess.
                // Only a figure that fits as well competes: one with no metric
                // or noun does not against one counting the same thing.
                let runner_up = pairs[k]
                    .iter()
                    .filter(|&&(o, _, _, f)| {
                        o != si
                            && f != MetricFit::Differs
                            && !taken(o)
                            && rank(f) >= rank(fit)
                            && corpus.figures[o].doc == s.doc
                            && !same_figure(&corpus.figures[o].quant, &s.quant)
                    })
                    .map(|&(_, sc, _, _)| sc)
                    .fold(f64::MIN, f64::max);
                let relation = relate(&d.quant, &s.quant);
                let strong = confident
                    && !(relation == Relation::Conflict && stated_in(s.doc))
                    && (distinctive
                        || anchored
                        || best_in_doc
                            .get(&(s.doc, rank(fit)))
                            .is_some_and(|b| score + TIE >= *b)
                            && score + TIE >= best_for_source[si]
                            && score - runner_up >= MARGIN);
                Candidate {
                    figure: si,
                    score,
                    fit,
                    relation,
                    same_number: same_figure(&d.quant, &s.quant),
                    // A figure another of the draft sentence's figures
                    // restates is that one's: "more than 4.4 million carats
                    // …, down from 4.78 million" stands on no 4.78 million.
                    // (It may still say which source gave the number.)
                    // "more than 5,000 passengers" is a rounding of about
                    // 5,000, not a bound the year's 1.38 million meets.
                    support: (score >= support_at || confident)
                        && !taken(si)
                        && !beyond_its_bound(d, s),
                    confident,
                    strong,
                }
            })
            .collect();
        out.push((di, cands));
    }
    Alignment { candidates: out }
}
