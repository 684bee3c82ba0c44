//! Candidates: typed readings of a stretch of tokens, before overlap resolution
//! and linking turn the survivors into claims.

use claimcheck_claims::{Kind, Modality, Value};

/// Where a claim stands among the tokens (`first..=last`) and what kind it
/// is: all that frames and relations read of a candidate once its claim is
/// made (the value they read from the claim). The candidates themselves, five
/// times the size, are dropped after linking.
#[derive(Clone, Copy, Debug)]
pub struct Placed {
    pub first: usize,
    pub last: usize,
    pub kind: Kind,
    /// A date whose weekday fixed it ("Saturday the 20th"): see `Candidate`.
    pub weekday_fixed: bool,
}

impl From<&Candidate> for Placed {
    fn from(c: &Candidate) -> Self {
        Placed {
            first: c.first,
            last: c.last,
            kind: c.kind,
            weekday_fixed: c.weekday_fixed,
        }
    }
}

/// One reading of tokens `first..=last`.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub first: usize,
    pub last: usize,
    pub kind: Kind,
    pub value: Value,
    /// Currency for money.
    pub unit: Option<String>,
    pub modality: Option<Modality>,
    /// Metric set by the figure's own wording ("90-member" → members, "-year-old" →
    /// age); linking fills the rest.
    pub metric: Option<String>,
    /// Higher wins when two candidates cover exactly the same tokens.
    pub priority: u8,
    /// A date placed by its weekday alone ("Saturday the 20th", the one such
    /// day near the reference day), not by the tense around it.
    pub weekday_fixed: bool,
}

impl Candidate {
    pub fn new(first: usize, last: usize, kind: Kind, value: Value) -> Self {
        Candidate {
            first,
            last,
            kind,
            value,
            unit: None,
            modality: None,
            metric: None,
            priority: 0,
            weekday_fixed: false,
        }
    }

    pub fn covers(&self, other: &Candidate) -> bool {
        self.first <= other.first && other.last <= self.last
    }
}

/// Keep one reading per stretch of text: a candidate loses only to one that
/// strictly covers it, or to an equal-span one of higher priority; partial
/// overlaps both survive (Duckling's rule). Output is sorted by position.
pub fn resolve_overlaps(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    // "missing only 2020, when …": a year the dates read from its context is
    // no count for the hedge word before it ("only 2020").
    let mut years: Vec<usize> = cands
        .iter()
        .filter(|c| c.kind == Kind::Date && c.first == c.last)
        .map(|c| c.last)
        .collect();
    if !years.is_empty() {
        years.sort_unstable();
        cands.retain(|c| {
            !(c.kind == Kind::Count && c.first < c.last && years.binary_search(&c.last).is_ok())
        });
    }
    // Longest first at each start, so a covering candidate is seen before those inside it.
    cands.sort_by(|a, b| {
        a.first
            .cmp(&b.first)
            .then(b.last.cmp(&a.last))
            .then(b.priority.cmp(&a.priority))
    });
    // Every kept candidate starts at or before `c`, so `c` is covered exactly
    // when one of them reaches at least as far.
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    let mut reach: Option<usize> = None;
    for c in cands {
        if reach.is_some_and(|r| r >= c.last) {
            continue;
        }
        reach = Some(reach.map_or(c.last, |r| r.max(c.last)));
        kept.push(c);
    }
    // A count whose number opens a date is the date's day: "will close on 31
    // March" is a day, not "close on 31" (nearly 31) of something.
    let days: Vec<(usize, usize)> = kept
        .iter()
        .filter(|c| c.kind == Kind::Date)
        .map(|c| (c.first, c.last))
        .collect();
    // `days` is in text order: only the first date starting after the count
    // can open inside it.
    kept.retain(|c| {
        if c.kind != Kind::Count {
            return true;
        }
        let next = days.partition_point(|&(f, _)| f <= c.first);
        !days
            .get(next)
            .is_some_and(|&(f, l)| c.last >= f && c.last < l)
    });
    kept
}
