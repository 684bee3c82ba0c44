//! The verdict on each draft figure, from its candidates in the sources and the
//! reference records. When the draft credits a source, that source's own
//! figures are the ones it is held to; otherwise every source's are.

use crate::align::{Candidate, MetricFit};
use crate::compare::{near, relate, same_figure, Family, Quant, Relation};
use crate::profile::{Corpus, Figure};
use crate::reference::References;
use crate::registry::{ScopedRegistry, SourceName};
use crate::text::{stem, words_in};
use serde::Serialize;
use std::collections::BTreeSet;

/// What the sources say to a draft figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// A source gives the figure, or one the draft's wording allows.
    Agrees,
    /// A source gives the same number with a hedge the draft dropped.
    HedgeDropped,
    /// A source gives a vaguer figure; the draft's is more precise than it.
    FalsePrecision,
    /// The sources' figures for the quantity all exclude the draft's.
    Conflicts,
    /// The figure is in the sources, but from another source than the draft credits.
    Misattributed,
    /// The draft credits a source given as a document, which has no such figure.
    NotInCitedSource,
    /// No source or reference has the figure.
    Unsupported,
    /// The figure occurs in the sources, but not where it can be told apart.
    Unclear,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agrees => "agrees",
            Verdict::HedgeDropped => "hedge dropped",
            Verdict::FalsePrecision => "false precision",
            Verdict::Conflicts => "conflicts",
            Verdict::Misattributed => "misattributed",
            Verdict::NotInCitedSource => "not in cited source",
            Verdict::Unsupported => "unsupported",
            Verdict::Unclear => "unclear",
        }
    }
}

/// The verdict on one draft figure and what it rests on.
#[derive(Clone, Debug)]
pub struct Judgement {
    /// The draft figure (index into `Corpus::figures`).
    pub figure: usize,
    pub verdict: Verdict,
    /// Source figures the verdict rests on.
    pub with: Vec<usize>,
    /// For a misattribution: the credited source's own figures for the quantity.
    pub credited_figures: Vec<usize>,
    /// The credited source's document, when it is one of the sources.
    pub credited_doc: Option<usize>,
    /// Reference records compared, with how the draft figure stands to each.
    pub references: Vec<(usize, Relation)>,
    /// Every source figure aligned strongly, for the reconciliation view.
    pub aligned: Vec<usize>,
}

/// Two figures measure one thing: the same metric, or the same counted noun
/// under the same verb. "Fourteen riders have abandoned" is not inside "as many
/// as 25 riders may have been involved": a wide bound holds any smaller number
/// of anything, so only a figure of the same thing is what it allows.
fn about_the_same(d: &Figure, s: &Figure) -> bool {
    match (&d.metric, &s.metric) {
        (Some(a), Some(b)) => a == b,
        _ => {
            d.noun.is_some()
                && d.noun == s.noun
                && d.predicate.as_deref().map(stem) == s.predicate.as_deref().map(stem)
        }
    }
}

/// Whether a statement introduces the words of the person named `name`
/// ("Chief executive Priya Nandra said:"): a speaker of one of its lines
/// has the same last word (a surname, capitalised, three letters or more).
fn introduces_words_of(lines: &[crate::profile::StatementLine], name: &str) -> bool {
    let last = |n: &str| {
        n.split_whitespace()
            .last()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
    };
    let Some(surname) =
        last(name).filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
    else {
        return false;
    };
    lines
        .iter()
        .any(|l| last(&l.who).as_deref() == Some(surname.as_str()))
}

fn gives(reg: &ScopedRegistry, f: &Figure, x: &SourceName) -> bool {
    f.givers.iter().any(|g| reg.same(x, g))
        || (!reg.describes_only(x) && f.body.as_ref().is_some_and(|b| reg.same(x, b)))
}

/// Candidates that settle the figure as sourced: loosely aligned and consistent
/// (with the same number, where the metrics differ).
fn agreeing(cands: &[&Candidate]) -> Vec<usize> {
    cands
        .iter()
        .filter(|c| {
            c.support
                && matches!(c.relation, Relation::Agree | Relation::Strained)
                && (c.fit != MetricFit::Differs || c.same_number)
        })
        .map(|c| c.figure)
        .collect()
}

fn strong_with(cands: &[&Candidate], rel: Relation) -> Vec<usize> {
    cands
        .iter()
        .filter(|c| c.strong && c.relation == rel)
        .map(|c| c.figure)
        .collect()
}

/// The verdict against a set of candidates, without regard to attribution.
fn weigh(cands: &[&Candidate]) -> (Verdict, Vec<usize>) {
    let agree = agreeing(cands);
    if !agree.is_empty() {
        return (Verdict::Agrees, agree);
    }
    for (rel, verdict) in [
        (Relation::HedgeDropped, Verdict::HedgeDropped),
        (Relation::FalsePrecision, Verdict::FalsePrecision),
    ] {
        let w = strong_with(cands, rel);
        if !w.is_empty() {
            return (verdict, w);
        }
    }
    let strong: Vec<&&Candidate> = cands.iter().filter(|c| c.strong).collect();
    if !strong.is_empty() && strong.iter().all(|c| c.relation == Relation::Conflict) {
        return (
            Verdict::Conflicts,
            strong.iter().map(|c| c.figure).collect(),
        );
    }
    (Verdict::Unclear, Vec::new())
}

/// "dropped to 228 dollars a carat" against the wire's and the statement's
/// 238: every figure of the draft figure's metric that the sources give
/// alongside it, one of them in close context, is one number, and it is not
/// the draft's. Those figures are its counterparts though none is the best
/// match of its sentence.
fn one_number_of_the_metric(
    cands: &[&Candidate],
    figs: &[Figure],
) -> Option<(Verdict, Vec<usize>)> {
    let same: Vec<&&Candidate> = cands
        .iter()
        .filter(|c| c.fit == MetricFit::Same && c.support)
        .collect();
    let first = same.first()?;
    let one = same
        .iter()
        .all(|c| same_figure(&figs[c.figure].quant, &figs[first.figure].quant));
    (one && same.iter().any(|c| c.confident) && first.relation == Relation::Conflict)
        .then(|| (Verdict::Conflicts, same.iter().map(|c| c.figure).collect()))
}

/// The verdict on the one candidate that passes `keep`, taken as strong:
/// `None` when none or several pass, or the verdict is unclear.
fn the_one(
    cands: &[&Candidate],
    keep: impl Fn(&Candidate) -> bool,
) -> Option<(Verdict, Vec<usize>)> {
    let kept: Vec<&&Candidate> = cands.iter().filter(|c| keep(c)).collect();
    let [only] = kept.as_slice() else {
        return None;
    };
    let mut c = (**only).clone();
    c.strong = true;
    let found = weigh(&[&c]);
    (found.0 != Verdict::Unclear).then_some(found)
}

pub struct Judge<'c, 'a> {
    pub corpus: &'c Corpus<'a>,
    pub reg: &'c ScopedRegistry<'c>,
    pub references: &'c References,
    /// The days the sources date, sorted, as days since 1 January of year
    /// 0: read once, when a draft's span of days is first weighed.
    pub source_days: std::cell::OnceCell<Vec<i64>>,
    /// Each source's clock times in text order, in minutes after midnight:
    /// read once, when a draft's span of minutes or hours is first weighed.
    pub source_clocks: std::cell::OnceCell<Vec<Vec<i64>>>,
}

impl Judge<'_, '_> {
    /// Whether the credited source's material is among the sources: one of the
    /// documents is it, or a transcript turn is its speaker. Returns the document.
    fn documented(&self, x: &SourceName) -> Option<usize> {
        // A document whose title's body is the source comes first; a bare
        // description ("the board") names no body by its kind word alone.
        if let Some(i) = self
            .corpus
            .docs
            .iter()
            .enumerate()
            .skip(1)
            .filter(|_| !self.reg.describes_only(x))
            .find(|(_, p)| p.body.as_ref().is_some_and(|b| self.reg.same(x, b)))
            .map(|(i, _)| i)
        {
            return Some(i);
        }
        self.corpus
            .docs
            .iter()
            .enumerate()
            .skip(1)
            .find_map(|(i, p)| {
                let is_doc = p.identity.as_ref().is_some_and(|id| self.reg.same(x, id));
                let speaks = p
                    .turns
                    .iter()
                    .any(|(_, who)| who.as_ref().is_some_and(|w| self.reg.same(x, w)));
                let quoted = self
                    .corpus
                    .statements
                    .get(i)
                    .is_some_and(|lines| introduces_words_of(lines, &x.written));
                (is_doc || speaks || quoted).then_some(i)
            })
    }

    /// Whether any figure the source gives is consistent with the draft's
    /// (whatever it measures: a loose test, so that absence is meaningful).
    /// "The increase takes a Band D bill to £2,184.63, up £103.83, or about
    /// £2 a week, council leader Hannah Oduya told reporters": a credit
    /// that spans a sentence covers what the speaker said in it (the £2 a
    /// week is in her words); the other figures, given by no one but a news
    /// report's narrator, are the writer's context, not hers.
    fn context_of_credit(&self, x: &SourceName, d: &Figure, found: &[usize]) -> bool {
        let figs = &self.corpus.figures;
        let narrated = found.iter().all(|&f| {
            let doc = &self.corpus.docs[figs[f].doc];
            figs[f].credited.is_none() && doc.report && doc.turns.is_empty()
        });
        narrated
            && figs.iter().any(|o| {
                o.doc == 0
                    && o.sentence == d.sentence
                    && o.claim != d.claim
                    && o.credited.as_ref().is_some_and(|y| self.reg.same(y, x))
                    && self.material_has(x, o)
            })
    }

    fn material_has(&self, x: &SourceName, d: &Figure) -> bool {
        let figs = &self.corpus.figures;
        if figs.iter().any(|s| {
            s.doc > 0
                && s.quant.comparable(&d.quant)
                && gives(self.reg, s, x)
                && (near(&d.quant, &s.quant)
                    || (relate(&d.quant, &s.quant).is_consistent()
                        && (same_figure(&d.quant, &s.quant) || about_the_same(d, s))))
        }) {
            return true;
        }
        // "the 11.5 million euros it paid" from "Our previous record was 11.5
        // million": a sum the speaker gave without its currency; and the other
        // way, "from 36.02 billion a year earlier" for "36.02 billion crowns".
        let sum_and_count = |a: Family, b: Family| {
            matches!(
                (a, b),
                (Family::Money, Family::Count) | (Family::Count, Family::Money)
            )
        };
        if figs.iter().any(|s| {
            s.doc > 0
                && sum_and_count(d.family(), s.family())
                && s.quant.nominal == d.quant.nominal
                && d.quant.nominal >= rust_decimal::Decimal::from(1000)
                && gives(self.reg, s, x)
        }) {
            return true;
        }
        // "about three-quarters of them" from "43,100 claims … 31,800 relate
        // to vehicles": a share the writer worked out from two of the
        // source's counts is in its material.
        if d.family() != Family::Percent {
            return false;
        }
        let (Some(lo), Some(hi)) = (d.quant.low, d.quant.high) else {
            return false;
        };
        // A point either way for rounding, but no more than a tenth of the
        // share: "0.31 per cent" is no rounding of any ratio below 1.3%.
        let slack = rust_decimal::Decimal::ONE.min(hi.abs() / rust_decimal::Decimal::TEN);
        let counts: Vec<&Figure> = figs
            .iter()
            .filter(|s| {
                s.doc > 0
                    && matches!(s.family(), Family::Count | Family::Money)
                    && gives(self.reg, s, x)
            })
            .collect();
        // A source with a dozen counts has a pair for almost any share, so the
        // writer's own working shows: the whole is a figure the draft states
        // too, and a rise ("rose by 40 percent") is worked out as a rise.
        let rise = self.corpus.docs[d.doc].claims[d.claim].frame.change;
        let in_draft = |f: &Figure| {
            figs.iter().any(|o| {
                o.doc == 0 && o.family() == f.family() && o.quant.nominal == f.quant.nominal
            })
        };
        counts.iter().any(|a| {
            counts.iter().any(|b| {
                a.doc == b.doc && b.quant.nominal > a.quant.nominal && {
                    let hundred = rust_decimal::Decimal::ONE_HUNDRED;
                    // Checked: a rise from zero has no percentage, and huge
                    // figures must not overflow.
                    let worked = if rise {
                        (b.quant.nominal - a.quant.nominal)
                            .checked_mul(hundred)
                            .and_then(|x| x.checked_div(a.quant.nominal))
                    } else {
                        a.quant
                            .nominal
                            .checked_mul(hundred)
                            .and_then(|x| x.checked_div(b.quant.nominal))
                    };
                    let whole = if rise { a } else { b };
                    worked.is_some_and(|w| w >= lo - slack && w <= hi + slack) && in_draft(whole)
                }
            })
        })
    }

    /// Whether any source figure or reference record is consistent with it.
    fn anywhere(&self, d: &Figure) -> bool {
        // "Up to 1,100 pupils were exposed" holds "about 180" only in name:
        // an open bound backs figures near it, not everything below it.
        // Nor does "more than 9,000 teachers left" draw on every larger
        // number the sources give ("186,000 members").
        let open_bound = |q: &Quant| {
            matches!(
                q.bound,
                claimcheck_claims::Bound::AtLeast | claimcheck_claims::Bound::AtMost
            )
        };
        let near_bound = |s: &Figure| {
            let open = open_bound(&s.quant) || open_bound(&d.quant);
            let (a, b) = (d.quant.nominal.abs(), s.quant.nominal.abs());
            !open || (a.min(b) * rust_decimal::Decimal::TWO >= a.max(b))
        };
        self.corpus.figures.iter().any(|s| {
            s.doc > 0
                && s.quant.comparable(&d.quant)
                && ((relate(&d.quant, &s.quant).is_consistent() && near_bound(s))
                    || near(&d.quant, &s.quant))
        }) || self.references.records.iter().any(|r| {
            let q = Quant::from_value(r.kind, &r.value, r.unit.as_deref(), false);
            q.comparable(&d.quant) && relate(&d.quant, &q).is_consistent()
        })
    }

    /// A span of days or weeks that two dates of the sources lie apart: the
    /// writer's own arithmetic on what the sources say ("packs are sent out
    /// just four days before Sunday's election", from a statement giving
    /// dispatch on Wednesday 24 September and the vote on Sunday 28 September).
    fn gap_of_source_dates(&self, d: &Figure) -> bool {
        use claimcheck_claims::{DateNominal, TimeUnit, Value};
        let claim = &self.corpus.docs[d.doc].claims[d.claim];
        let Value::Duration { unit, amount } = &claim.value else {
            return false;
        };
        // A whole number of days: "four days", "two weeks".
        let days = match unit {
            TimeUnit::Day => Some(amount.nominal),
            TimeUnit::Week => amount.nominal.checked_mul(rust_decimal::Decimal::from(7)),
            _ => return false,
        }
        .filter(|d| d.fract().is_zero())
        .map(|d| d.normalize());
        let Some(days) = days.and_then(|d| rust_decimal::prelude::ToPrimitive::to_i64(&d)) else {
            return false;
        };
        // Every date of the sources, not only their figures kept for
        // alignment: "Sunday 28 September" in a list of arrangements counts.
        let source_days = self.source_days.get_or_init(|| {
            let origin = jiff::civil::date(0, 1, 1);
            let mut v: Vec<i64> = self
                .corpus
                .docs
                .iter()
                .skip(1)
                .flat_map(|doc| doc.claims.iter())
                .filter_map(|c| match &c.value {
                    Value::Date(iv) => match iv.nominal {
                        DateNominal::Day(x) => {
                            origin.until(x).ok().map(|s| i64::from(s.get_days()))
                        }
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        });
        // Two of them that far apart: one lookup per date.
        days > 0
            && source_days.iter().any(|&a| {
                a.checked_add(days)
                    .is_some_and(|b| source_days.binary_search(&b).is_ok())
            })
    }

    /// "would review progress in six months, in January" beside a source's
    /// "We will review progress in six months", read there as a date six
    /// months on: a span a source says in the draft's very words is the
    /// source's, however each was read.
    fn said_in_words(&self, d: &Figure) -> bool {
        if d.family() != Family::Duration {
            return false;
        }
        let said = self.corpus.claim(d).text.to_lowercase();
        if !said.contains(' ') {
            return false;
        }
        self.corpus.docs.iter().skip(1).any(|p| {
            let text = p.doc.text.to_lowercase();
            text.match_indices(&said).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let after = text[at + said.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
    }

    /// "Its other two mines, Oduya and Sarn Hill, are running at plan": a
    /// count of the names it lists in apposition is the writer's tally of
    /// them, no figure a source must give.
    fn counts_its_names(&self, d: &Figure) -> bool {
        let doc = &self.corpus.docs[d.doc];
        let claim = &doc.claims[d.claim];
        let Some(n) = rust_decimal::prelude::ToPrimitive::to_usize(&d.quant.nominal)
            .filter(|&n| (2..=12).contains(&n))
        else {
            return false;
        };
        if d.family() != Family::Count {
            return false;
        }
        let text = &doc.doc.text;
        let rest = &text[claim.span.end.min(text.len())..];
        // The figure's noun (a few words), then a comma and the names.
        let clause = rest
            .split(['.', ';', '—', '(', ')', '\n'])
            .next()
            .unwrap_or("");
        let mut parts = clause.split(',');
        let noun = parts.next().unwrap_or("");
        if noun.split_whitespace().count() > 3 || noun.trim().is_empty() {
            return false;
        }
        let mut names = 0;
        for part in parts {
            for item in part.split(" and ") {
                let item = item.trim();
                if item.is_empty() {
                    continue;
                }
                if item.chars().next().is_some_and(char::is_uppercase) {
                    names += 1;
                } else {
                    return names == n;
                }
            }
        }
        names == n
    }

    /// "net profit fell to 96 million dollars last year from 211 million in
    /// 2024" against the wire's "211 million a year earlier": a year that
    /// dates another figure of the draft, which a source gives, comes with
    /// that figure (the source may date it in words a year cannot match).
    /// "It said 61 of the branches had lost money every year since 2020",
    /// with no 61 in any source: the figure's own finding says it is
    /// unsourced, and its date with it; a second finding on the year is noise.
    fn dates_another_figure(&self, d: &Figure) -> bool {
        if d.family() != Family::Date {
            return false;
        }
        let claims = &self.corpus.docs[d.doc].claims;
        // Figures come in text order, document by document: its sentence's
        // are a run found by two binary searches, not a walk over all.
        let figs = &self.corpus.figures;
        let key = |f: &Figure| (f.doc, f.sentence);
        let from = figs.partition_point(|f| key(f) < key(d));
        let to = figs.partition_point(|f| key(f) <= key(d));
        // "had lost money every year since 2020": a since-year after a
        // figure starts the period the figure covers.
        let doc = &self.corpus.docs[d.doc];
        // Only the word before the year is read, not the text before it.
        let since = doc.doc.text[..claims[d.claim].span.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|word| word.eq_ignore_ascii_case("since"));
        figs[from..to].iter().any(|f| {
            f.family() != Family::Date
                && (claims[f.claim].frame.time() == Some(d.claim)
                    || (since && claims[f.claim].span.end <= claims[d.claim].span.start))
        })
    }

    /// "Unemployment rose to 7.3% in the three months to September": a
    /// span named by the date it ends on is the period the figures cover,
    /// as a source's "July–September 2025" is, not a figure of its own.
    fn period_to_a_date(&self, d: &Figure) -> bool {
        use claimcheck_claims::Kind;
        let doc = &self.corpus.docs[d.doc];
        let claim = &doc.claims[d.claim];
        let the = doc.doc.text[..claim.span.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if claim.kind != Kind::Duration || !the {
            return false;
        }
        let rest = &doc.doc.text[claim.span.end..];
        let Some(word) = rest.split_whitespace().next() else {
            return false;
        };
        if !matches!(word, "to" | "through" | "ending" | "ended" | "until") {
            return false;
        }
        let at = claim.span.end + (rest.len() - rest.trim_start().len()) + word.len();
        doc.claims.iter().any(|c| {
            c.kind == Kind::Date
                && c.span.start >= at
                && doc.doc.text[at..c.span.start].trim().is_empty()
        })
    }

    /// "walked out on Monday, less than a fortnight after … a ballot on 2
    /// September": a span between two dated events of the draft's own
    /// sentence is the writer's arithmetic on the draft's dates (the elapsed
    /// check weighs it), not a figure a source must give.
    fn gap_to_a_dated_event(&self, d: &Figure) -> bool {
        use claimcheck_claims::Kind;
        let doc = &self.corpus.docs[d.doc];
        let claim = &doc.claims[d.claim];
        if claim.kind != Kind::Duration {
            return false;
        }
        let next_word = doc.doc.text[claim.span.end..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        // Both ends dated in the sentence: "just six days before Sunday's
        // election" with no date of its own start is the source's to give.
        let dated = |after: bool| {
            doc.claims.iter().any(|c| {
                c.kind == Kind::Date
                    && !c.frame.dateline
                    && c.frame.sentence == claim.frame.sentence
                    && if after {
                        c.span.start > claim.span.end
                    } else {
                        c.span.end < claim.span.start
                    }
            })
        };
        matches!(next_word, "after" | "before") && dated(false) && dated(true)
    }

    /// A figure the writer worked out from two figures of one source
    /// document: "will open two years late" from "previously planned for
    /// 2027, … now expected in … 2029"; "about 45% more than when
    /// construction was approved" from 6.1 billion euros against 4.2
    /// billion. A span of years is the gap between two of the document's
    /// years; a percentage is the rise, fall or share of one of its figures
    /// against another of the same unit.
    /// "isolated less than an hour after the pressure drop was detected" from
    /// "detected … at approximately 03:40 … isolated by 04:25": a span of
    /// minutes or hours the writer worked out from two clock times of one
    /// source.
    fn gap_of_clock_times(&self, d: &Figure) -> bool {
        use claimcheck_claims::{TimeUnit, Value};
        use rust_decimal::Decimal;
        let claim = &self.corpus.docs[d.doc].claims[d.claim];
        let Value::Duration { unit, amount } = &claim.value else {
            return false;
        };
        let per = match unit {
            TimeUnit::Minute => Decimal::ONE,
            TimeUnit::Hour => Decimal::from(60),
            _ => return false,
        };
        let low = amount.low.map_or(Decimal::ZERO, |l| l * per);
        let high = amount.high.map(|h| h * per);
        let fits = |minutes: i64| {
            let m = Decimal::from(minutes);
            (m > low || (m == low && !amount.low_open))
                && high.is_none_or(|h| m < h || (m == h && !amount.high_open))
        };
        let clocks = self.source_clocks.get_or_init(|| {
            self.corpus
                .docs
                .iter()
                .skip(1)
                .map(|doc| clock_times(&doc.doc.text))
                .collect()
        });
        // A writer works out a span between times told near each other: a
        // few later times per time, so a long log costs no square.
        clocks.iter().any(|times| {
            times.iter().enumerate().any(|(i, &a)| {
                times[i + 1..]
                    .iter()
                    .take(8)
                    .any(|&b| fits((b - a).rem_euclid(24 * 60)))
            })
        })
    }

    fn worked_out_in_one_source(&self, d: &Figure) -> bool {
        use claimcheck_claims::{DateNominal, Kind, TimeUnit, Value};
        use rust_decimal::Decimal;
        let claim = &self.corpus.docs[d.doc].claims[d.claim];
        let docs = || self.corpus.docs.iter().skip(1);
        match (&claim.kind, &claim.value) {
            (
                Kind::Duration,
                Value::Duration {
                    unit: TimeUnit::Year,
                    amount,
                },
            ) => {
                let Some(years) = Some(amount.nominal)
                    .filter(|y| y.fract().is_zero())
                    .and_then(|y| rust_decimal::prelude::ToPrimitive::to_i32(&y))
                    .filter(|&y| y > 0)
                else {
                    return false;
                };
                docs().any(|doc| {
                    let mut ys: Vec<i32> = doc
                        .claims
                        .iter()
                        .filter_map(|c| match &c.value {
                            Value::Date(iv) => Some(match iv.nominal {
                                DateNominal::Year(y) | DateNominal::Month(y, _) => i32::from(y),
                                DateNominal::Day(x) => i32::from(x.year()),
                            }),
                            _ => None,
                        })
                        .collect();
                    ys.sort_unstable();
                    ys.dedup();
                    ys.iter().any(|a| ys.binary_search(&(a + years)).is_ok())
                })
            }
            (Kind::Percent, Value::Number(iv)) => {
                let half = Decimal::new(5, 1);
                // "more than three-fifths of the way to its target" for
                // 38,420 of 61,000: an open bound is a floor or a ceiling a
                // writer rounds to, within ten points.
                // A ceiling ("nearly 70%") reaches down ten points, not to
                // its floor of nothing.
                let ten = Decimal::TEN;
                let (lo, hi) = match (iv.bound, iv.low, iv.high) {
                    (claimcheck_claims::Bound::AtLeast, Some(l), _) => (l, l + ten),
                    (claimcheck_claims::Bound::AtMost, _, Some(h)) => (h - ten, h),
                    (_, Some(l), Some(h)) if l < h => (l, h),
                    _ => (iv.nominal - half, iv.nominal + half),
                };
                if iv.nominal <= Decimal::ZERO {
                    return false;
                }
                let hundred = Decimal::ONE_HUNDRED;
                docs().any(|doc| {
                    let figures: Vec<(&Option<String>, Decimal)> = doc
                        .claims
                        .iter()
                        .filter(|c| matches!(c.kind, Kind::Money | Kind::Count))
                        .filter_map(|c| match &c.value {
                            Value::Number(n) if n.nominal > Decimal::ZERO => {
                                Some((&c.unit, n.nominal))
                            }
                            _ => None,
                        })
                        .collect();
                    figures.iter().any(|(ua, a)| {
                        figures.iter().any(|(ub, b)| {
                            if ua != ub || a == b {
                                return false;
                            }
                            // Checked: a huge figure over a tiny one overflows.
                            let pct = |x: Decimal, y: Decimal| {
                                x.checked_div(y).and_then(|q| q.checked_mul(hundred))
                            };
                            let rise = pct(*b - *a, *a);
                            let share = pct(*a, *b);
                            rise.is_some_and(|x| (lo..=hi).contains(&x.abs()))
                                || share.is_some_and(|x| (lo..=hi).contains(&x))
                        })
                    })
                })
            }
            // "6,118 new undergraduates …, 328 more than last year's 5,790"
            // against "6,118 … up from 5,790": a change the writer worked
            // out as the difference of two figures one source gives.
            (Kind::Count | Kind::Money, Value::Number(iv))
                if claim.frame.change
                    && iv.nominal > Decimal::ZERO
                    && iv.low == iv.high
                    && iv.low == Some(iv.nominal) =>
            {
                // "down 2.2 points on a year earlier" from "17.4% … from
                // 19.6% in April to June 2024": points between two shares.
                let text = &self.corpus.docs[d.doc].doc.text;
                let after = text.get(claim.span.end..).unwrap_or("").trim_start();
                let points = claim.kind == Kind::Count
                    && (after.starts_with("points") || after.starts_with("percentage point"));
                docs().any(|doc| {
                    let mut figures: Vec<(&Option<String>, Decimal)> = doc
                        .claims
                        .iter()
                        .filter(|c| c.kind == claim.kind || (points && c.kind == Kind::Percent))
                        .filter_map(|c| match &c.value {
                            Value::Number(n) => Some((&c.unit, n.nominal)),
                            _ => None,
                        })
                        .collect();
                    figures.sort_unstable();
                    figures.iter().any(|(u, a)| {
                        a.checked_add(iv.nominal)
                            .is_some_and(|b| figures.binary_search(&(*u, b)).is_ok())
                    })
                })
            }
            _ => false,
        }
    }

    /// "Serrat has offered a 9% rise …, plus a one-off payment of 2,500
    /// crowns" against "an 8% increase in basic pay over two years, together
    /// with a one-off payment of 2,500 crowns": the source sentence that
    /// gives two or more of the draft sentence's other figures (dates aside),
    /// and one figure of the draft figure's kind besides, is where the figure
    /// comes from; that one is its counterpart.
    fn counterpart_by_mates(&self, d: &Figure) -> Option<usize> {
        /// How near, in percent, the counterpart found by one mate must be.
        const LONE_MATE_REACH: i64 = 25;
        let figs = &self.corpus.figures;
        let mates: Vec<&Figure> = figs
            .iter()
            .filter(|o| {
                o.doc == d.doc
                    && o.sentence == d.sentence
                    && o.claim != d.claim
                    && o.family() != Family::Date
            })
            .collect();
        // One mate is enough when the two sentences tell the two figures of
        // one kind in the same order and the counterpart is near the draft's
        // figure: "4.4 per cent from September and a further 3.5 per cent a
        // year later" against "a 4.2% increase from 1 September 2026 and a
        // further 3.5% increase from 1 September 2027".
        let lone = mates.len() == 1;
        if mates.is_empty() {
            return None;
        }
        let of_kind = |o: &Figure| o.family() == d.family() && o.quant.comparable(&d.quant);
        let in_order = |theirs: &[Figure], one: usize| {
            let m = mates[0];
            let draft_first = d.claim < m.claim;
            let restated: Vec<usize> = (0..theirs.len())
                .filter(|&i| {
                    theirs[i].quant.comparable(&m.quant) && same_figure(&m.quant, &theirs[i].quant)
                })
                .collect();
            let kind_count = theirs.iter().filter(|o| of_kind(o)).count();
            of_kind(m)
                && kind_count == 2
                && restated.len() == 1
                && (one < restated[0]) == draft_first
                && {
                    let (x, y) = (d.quant.nominal.abs(), theirs[one].quant.nominal.abs());
                    (x - y).abs() * rust_decimal::Decimal::from(100)
                        <= x.max(y) * rust_decimal::Decimal::from(LONE_MATE_REACH)
                }
        };
        // Figures come in text order, document by document: one pass over
        // them, a sentence at a time.
        let mut start = 0;
        let mut found = figs
            .chunk_by(|a, b| a.doc == b.doc && a.sentence == b.sentence)
            .filter_map(|theirs| {
                let at = start;
                start += theirs.len();
                if theirs[0].doc == d.doc {
                    return None;
                }
                let repeated = mates.iter().all(|m| {
                    theirs
                        .iter()
                        .any(|o| o.quant.comparable(&m.quant) && same_figure(&m.quant, &o.quant))
                });
                // A figure of the kind that restates a mate is the mate's.
                let left: Vec<usize> = (0..theirs.len())
                    .filter(|&i| {
                        theirs[i].family() == d.family()
                            && theirs[i].quant.comparable(&d.quant)
                            && !mates.iter().any(|m| {
                                m.quant.comparable(&theirs[i].quant)
                                    && same_figure(&m.quant, &theirs[i].quant)
                            })
                    })
                    .map(|i| at + i)
                    .collect();
                match left.as_slice() {
                    [one]
                        if repeated
                            && !same_figure(&d.quant, &figs[*one].quant)
                            && (!lone || in_order(theirs, one - at)) =>
                    {
                        Some(*one)
                    }
                    _ => None,
                }
            });
        let first = found.next()?;
        // Two sentences that would both do: the figure could come from either.
        found
            .all(|other| same_figure(&figs[other].quant, &figs[first].quant))
            .then_some(first)
    }

    /// Every figure (dates aside) of the draft figure's sentence has the same
    /// number among the figures of the source figure's sentence.
    fn sentence_mates_agree(&self, d: &Figure, s: &Figure) -> bool {
        let mates = |f: &Figure| -> Vec<&Quant> {
            self.corpus
                .figures
                .iter()
                .filter(|o| {
                    o.doc == f.doc && o.sentence == f.sentence && o.family() != Family::Date
                })
                .map(|o| &o.quant)
                .collect()
        };
        let theirs = mates(s);
        mates(d)
            .into_iter()
            .all(|m| theirs.iter().any(|o| o.comparable(m) && same_figure(m, o)))
    }

    pub fn judge(&self, di: usize, cands: &[Candidate]) -> Judgement {
        let d = &self.corpus.figures[di];
        let all: Vec<&Candidate> = cands.iter().collect();
        let aligned = cands
            .iter()
            .filter(|c| c.strong)
            .map(|c| c.figure)
            .collect();
        let references = self.reference_relations(d);
        let mut j = Judgement {
            figure: di,
            verdict: Verdict::Unclear,
            with: Vec::new(),
            credited_figures: Vec::new(),
            credited_doc: None,
            references,
            aligned,
        };
        let (verdict, with) = match &d.credited {
            Some(x) => self.judge_credited(d, x, &all, &mut j),
            None => match weigh(&all) {
                (Verdict::Unclear, _) => one_number_of_the_metric(&all, &self.corpus.figures)
                    .unwrap_or((Verdict::Unclear, Vec::new())),
                found => found,
            },
        };
        j.verdict = verdict;
        j.with = with;
        if j.verdict == Verdict::Conflicts && d.family() == Family::Date {
            // Another year is what sets another event apart: a date conflicts
            // only when the other figures of both sentences are the same.
            let same_event = j
                .with
                .iter()
                .all(|&s| self.sentence_mates_agree(d, &self.corpus.figures[s]));
            if !same_event {
                j.verdict = Verdict::Unclear;
                j.with.clear();
            }
        }
        // "approximately 4,100 of the 4,700 dockworkers" for the source's
        // "Some 4,700": a definite whole a part is taken from restates the
        // figure as the frame of the part; the hedge is not the news.
        let claim = &self.corpus.docs[d.doc].claims[d.claim];
        if j.verdict == Verdict::HedgeDropped
            && claim.frame.definite
            && d.role == Some(crate::profile::Role::Whole)
        {
            j.verdict = Verdict::Agrees;
        }
        // "Ellesby airport says 1,900 homes would face more noise" over a
        // lede's "Around 1,900 homes …": a headline drops the hedge its
        // story keeps, as headlines do.
        if j.verdict == Verdict::HedgeDropped
            && claim.frame.paragraph == 0
            && self.corpus.figures.iter().any(|f| {
                f.doc == d.doc
                    && f.claim != d.claim
                    && f.quant.family == d.quant.family
                    && f.quant.nominal == d.quant.nominal
                    && f.quant.bound != claimcheck_claims::Bound::Exact
            })
        {
            j.verdict = Verdict::Agrees;
        }
        // "up from 712 in the same two months last year": a period named
        // again is a frame for other figures, not a figure of its own.
        let restated_period = d.family() == Family::Duration
            && self.corpus.docs[d.doc].claims[d.claim].frame.definite;
        if j.verdict == Verdict::Unclear && !self.anywhere(d) && !restated_period {
            j.verdict = Verdict::Unsupported;
        }
        if j.verdict == Verdict::Unsupported {
            if let Some(s) = self.counterpart_by_mates(d) {
                j.verdict = Verdict::Conflicts;
                j.with = vec![s];
            }
        }
        // "more than 4.4 million carats …, down 8.6% from 4.78 million"
        // against "4.37 million carats (2024: 4.78 million carats), down
        // 8.6%": an open bound agrees loosely with many figures; the one
        // its sentence's repeated figures point to is what it restates.
        let open = matches!(
            d.quant.bound,
            claimcheck_claims::Bound::AtLeast | claimcheck_claims::Bound::AtMost
        );
        let loose = !j
            .with
            .iter()
            .any(|&w| cands.iter().any(|c| c.figure == w && c.strong));
        // Not when a source gives the draft's own number: that is where it
        // comes from, whatever sentence repeats its mates.
        let said_somewhere = || {
            self.corpus.figures.iter().any(|s| {
                s.doc > 0 && s.quant.comparable(&d.quant) && same_figure(&d.quant, &s.quant)
            })
        };
        let weighed = (j.verdict == Verdict::Agrees && open && loose)
            || (j.verdict == Verdict::Unclear && d.family() != Family::Date);
        if weighed && !said_somewhere() {
            if let Some(s) = self.counterpart_by_mates(d) {
                if relate(&d.quant, &self.corpus.figures[s].quant) == Relation::Conflict {
                    j.verdict = Verdict::Conflicts;
                    j.with = vec![s];
                }
            }
        }
        // "just four days before Sunday's election": a span the writer worked
        // out from two dates the sources give.
        if j.verdict == Verdict::Unsupported
            && (self.gap_of_source_dates(d)
                || self.gap_of_clock_times(d)
                || self.worked_out_in_one_source(d)
                || self.gap_to_a_dated_event(d)
                || self.dates_another_figure(d)
                || self.counts_its_names(d)
                || self.said_in_words(d)
                || self.period_to_a_date(d))
        {
            j.verdict = Verdict::Unclear;
        }
        // An ordinal in a credited sentence is mostly description ("the third
        // lock on the canal"), not a figure the source is quoted for: it stays
        // a note, not a warning against the source's material.
        if j.verdict == Verdict::Unsupported && d.family() != Family::Ordinal && !d.setting {
            if let Some(x) = &d.credited {
                if let Some(doc) = self.documented(x) {
                    if !self.material_has(x, d) {
                        j.verdict = Verdict::NotInCitedSource;
                        j.credited_doc = Some(doc);
                    }
                }
            }
        }
        j
    }

    fn judge_credited(
        &self,
        d: &Figure,
        x: &SourceName,
        all: &[&Candidate],
        j: &mut Judgement,
    ) -> (Verdict, Vec<usize>) {
        let figs = &self.corpus.figures;
        let (by_x, others): (Vec<&Candidate>, Vec<&Candidate>) = all
            .iter()
            .copied()
            .partition(|c| gives(self.reg, &figs[c.figure], x));
        // The credited source gives another number for the quantity and another
        // source gives the draft's own: the figures' sources are swapped, even
        // when the credited source's wording would allow the draft's number
        // ("around 120" inside "as high as 1,500").
        let same = |c: &&Candidate| same_figure(&d.quant, &figs[c.figure].quant);
        let x_confident: Vec<usize> = by_x
            .iter()
            .filter(|c| c.confident)
            .map(|c| c.figure)
            .collect();
        let x_has_it = by_x.iter().any(|c| c.support && same(c));
        let theirs: Vec<usize> = others
            .iter()
            .filter(|c| {
                c.confident
                    && same(c)
                    && matches!(c.relation, Relation::Agree | Relation::HedgeDropped)
            })
            .map(|c| c.figure)
            .collect();
        // An amount is a finding a source can own, and so is a time it
        // measured ("reached the aircraft within 90 seconds"); a span of a
        // rule ("are asked to stay at home for 21 days", the guidance's) is
        // restated by whoever speaks of it, and no story credits it wrongly
        // by doing so.
        // Which it is, the sources' own clauses tell: a time they report as
        // done, or a rule they lay down.
        let measured = |given: &[usize]| {
            given.iter().any(|&f| {
                let f = &figs[f];
                matches!(
                    self.corpus.docs[f.doc].claims[f.claim].frame.tense,
                    claimcheck_claims::Tense::Past | claimcheck_claims::Tense::Perfect
                )
            })
        };
        // An ordinal ("the first fire vehicle") describes; it is never owned.
        let owned = |given: &[usize]| match d.family() {
            Family::Count | Family::Percent | Family::Money => true,
            Family::Duration | Family::Date => measured(given),
            Family::Ordinal => false,
        };
        if !x_confident.is_empty()
            && !x_has_it
            && !theirs.is_empty()
            && owned(&theirs)
            && !d.setting
        {
            j.credited_figures = x_confident;
            return (Verdict::Misattributed, theirs);
        }
        let agree = agreeing(&by_x);
        if !agree.is_empty() {
            return (Verdict::Agrees, agree);
        }
        if by_x.iter().any(|c| c.strong) {
            let (verdict, with) = weigh(&by_x);
            if verdict != Verdict::Conflicts {
                return (verdict, with);
            }
            // The credited source says otherwise (had another source said the
            // draft's number, the swap above would have caught it).
            // Another source's loose match with the same number may be where the
            // figure comes from: too unsure to call either way.
            let draft_q = &d.quant;
            if others
                .iter()
                .any(|c| c.support && same_figure(draft_q, &figs[c.figure].quant))
            {
                return (Verdict::Unclear, Vec::new());
            }
            // "Of the 6,214 members … who returned ballots, 5,381 … backed a
            // walkout" against "Ballots returned: 6,214 … In favour: 5,381":
            // the source figure is the counterpart of the draft's other figure
            // of its number, and the source says the draft's own number too,
            // so the pairing is wrong, not the figure. (A transposition,
            // "120 admitted, 410 discharged" for the other way round, leaves
            // no source figure taken.)
            let taken = |s: usize| {
                figs.iter().any(|o| {
                    o.doc == 0
                        && o.claim != d.claim
                        && o.quant.comparable(&figs[s].quant)
                        && same_figure(&o.quant, &figs[s].quant)
                })
            };
            let says_it = figs.iter().any(|s| {
                s.doc > 0
                    && gives(self.reg, s, x)
                    && s.quant.comparable(draft_q)
                    && same_figure(draft_q, &s.quant)
            });
            if !with.is_empty() && with.iter().all(|&s| taken(s)) && says_it {
                return (Verdict::Unclear, Vec::new());
            }
            return (Verdict::Conflicts, with);
        }
        // The credited source gives one figure of the draft figure's metric,
        // and only one: that is the one the draft restates, however few words
        // the two sentences share ("built for 600 people, … according to the
        // migration office" against its "capacity 800").
        if d.metric.is_some() {
            if let Some(found) = the_one(&by_x, |c| c.fit == MetricFit::Same && c.support) {
                return found;
            }
        }
        // The credited source says the draft's number once, in words close
        // enough to support it ("we might need to hire up to 150 more" for
        // "would hire 150 more workers"): that is the figure, hedge and all.
        if let Some(found) = the_one(&by_x, |c| {
            c.same_number && c.support && c.fit != MetricFit::Differs
        }) {
            return found;
        }
        // The credited source gives nothing for this quantity here.
        let (verdict, with) = weigh(all);
        let settled = matches!(
            verdict,
            Verdict::Agrees | Verdict::HedgeDropped | Verdict::FalsePrecision
        );
        if settled {
            // Strong, or confident with the draft's very number: a close
            // runner-up in the same sentence ("including 86 …") leaves no
            // doubt which figure says 1,150.
            let confident: Vec<usize> = with
                .iter()
                .copied()
                .filter(|f| {
                    all.iter()
                        .any(|c| c.figure == *f && (c.strong || (c.confident && c.same_number)))
                })
                .collect();
            // "one of four concrete silos": the setting, not a figure the
            // credited source is quoted for.
            if !confident.is_empty() && !d.setting && owned(&confident) {
                if let Some(doc) = self.documented(x) {
                    if !self.material_has(x, d) && !self.context_of_credit(x, d, &confident) {
                        j.credited_doc = Some(doc);
                        return (Verdict::Misattributed, confident);
                    }
                } else if (self.reg.is_specific(x) || self.reg.describes_only(x))
                    && confident.iter().all(|&f| {
                        figs[f].credited.as_ref().is_some_and(|y| {
                            self.reg.is_specific(y)
                                && !self.reg.describes_only(y)
                                // "Ministry officials estimate …" for the
                                // think tank's estimate: a description of
                                // one kind of body cannot stand for a body
                                // of another ("The Schools Funding
                                // Institute").
                                && (!self.reg.describes_only(x) || !self.reg.may_describe(x, y))
                        }) && !gives(self.reg, &figs[f], x)
                    })
                {
                    // No material of the credited source, but the sources
                    // name who gives the figure, and it is someone else: "The
                    // federation estimates that the cut will cost its members
                    // 41 million crowns" for "The ministry has estimated …".
                    // Both names must pick out one body: "officials" or a
                    // bare description ("the group") may stand for anyone.
                    return (Verdict::Misattributed, confident);
                }
            }
        }
        (verdict, with)
    }

    /// Reference records about the draft figure's quantity: the same metric,
    /// the subject's words around the figure, a compatible date and source.
    fn reference_relations(&self, d: &Figure) -> Vec<(usize, Relation)> {
        let Some(metric) = &d.metric else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (ri, r) in self.references.records.iter().enumerate() {
            if &r.metric != metric {
                continue;
            }
            let q = Quant::from_value(r.kind, &r.value, r.unit.as_deref(), false);
            if !q.comparable(&d.quant) {
                continue;
            }
            if let Some(subject) = &r.subject {
                if !self.subject_near(d, subject) {
                    continue;
                }
            }
            if let Some(y) = r.as_of_year {
                if !d.years.is_empty() && !d.years.contains(&y) {
                    continue;
                }
            }
            if let (Some(x), Some(src)) = (&d.credited, &r.source) {
                match self.reg.resolve(src) {
                    Some(rs) if self.reg.same(x, &rs) => {}
                    _ => continue,
                }
            }
            out.push((ri, relate(&d.quant, &q)));
        }
        out
    }

    /// At least half the subject's words (and one) occur in the figure's
    /// paragraph or the draft's headline.
    fn subject_near(&self, d: &Figure, subject: &str) -> bool {
        let lex = self.reg.lexicon();
        let wanted: BTreeSet<String> = words_in(subject, 0, subject.len())
            .into_iter()
            .filter(|w| !lex.stop_words.contains(&w.lower))
            .map(|w| stem(&w.lower))
            .collect();
        if wanted.is_empty() {
            return true;
        }
        let p = &self.corpus.docs[0];
        let text = &p.doc.text;
        let at = self.corpus.claim(d).span.start.min(text.len());
        let from = text[..at].rfind("\n\n").map_or(0, |i| i + 2);
        let to = text[at..].find("\n\n").map_or(text.len(), |i| at + i);
        let mut present: BTreeSet<String> = words_in(text, from, to)
            .into_iter()
            .map(|w| stem(&w.lower))
            .collect();
        if let Some((_, t)) = &p.title {
            present.extend(
                words_in(text, t.start, t.end)
                    .into_iter()
                    .map(|w| stem(&w.lower)),
            );
        }
        let hits = wanted.iter().filter(|w| present.contains(*w)).count();
        hits >= 1 && hits * 2 >= wanted.len()
    }
}

/// Clock times of a text in minutes after midnight, in order: "03:40",
/// "04:25", "9:15 p.m.". A colon between two digit runs of the right sizes,
/// not a ratio inside a longer number ("1:2:3").
fn clock_times(text: &str) -> Vec<i64> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let digits = |from: usize, step: isize| {
        let mut n = 0usize;
        let mut k = from as isize;
        while k >= 0 && (k as usize) < b.len() && b[k as usize].is_ascii_digit() {
            n += 1;
            k += step;
        }
        n
    };
    for (i, &c) in b.iter().enumerate() {
        if c != b':' || i == 0 {
            continue;
        }
        let (before, after) = (digits(i - 1, -1), digits(i + 1, 1));
        if !(1..=2).contains(&before) || after != 2 {
            continue;
        }
        let start = i - before;
        if start > 0 && (b[start - 1] == b':' || b[start - 1] == b'.') {
            continue;
        }
        if b.get(i + 3) == Some(&b':') {
            continue;
        }
        let (Ok(h), Ok(m)) = (
            text[start..i].parse::<i64>(),
            text[i + 1..i + 3].parse::<i64>(),
        ) else {
            continue;
        };
        if h > 23 || m > 59 {
            continue;
        }
        // The few bytes after the time, for "a.m." or "p.m." (bytes, so a
        // long text is not copied per time).
        let mut k = i + 3;
        while b.get(k) == Some(&b' ') {
            k += 1;
        }
        let rest: Vec<u8> = b[k.min(b.len())..(k + 3).min(b.len())]
            .iter()
            .map(u8::to_ascii_lowercase)
            .collect();
        let rest = rest.as_slice();
        let h = if rest.starts_with(b"p.m") || rest.starts_with(b"pm") {
            if h < 12 {
                h + 12
            } else {
                h
            }
        } else if (rest.starts_with(b"a.m") || rest.starts_with(b"am")) && h == 12 {
            0
        } else {
            h
        };
        out.push(h * 60 + m);
    }
    out
}
