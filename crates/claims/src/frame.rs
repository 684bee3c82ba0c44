//! Frames and relations: what a figure is about, and how figures relate.
//!
//! A [`Frame`] is computed once per claim during extraction, so that no check has
//! to re-read the text around a figure: the noun it counts, the verb that governs
//! it, who owns it, the tense of its clause, the date that dates it and the marks
//! that put it in another scope. An [`Edge`] is a typed relation between claims
//! (a part and its whole, a share and its base, two mentions of one quantity),
//! with the span of the cue words that justify it. Checks are arithmetic over
//! edges and frames; spans are for labels.

use crate::{Claim, Span};
use serde::Serialize;

/// The tense, aspect or modality of a figure's own clause.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    /// No verb form decides it (a headline fragment, a noun phrase).
    #[default]
    Unknown,
    /// "killed", "was destroyed", "fled".
    Past,
    /// "has risen", "have been evacuated", "had closed".
    Perfect,
    /// "is", "are", "stands at", "runs".
    Present,
    /// "will", "is due to", "is expected to", "plans to".
    Future,
    /// "would", "could", "may", "might": not an assertion of a past event.
    Modal,
}

/// The noun a figure counts, as written and lemmatised ("homes" → "home").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Head {
    /// Lower case, singular: "home", "child", "worker".
    pub lemma: Box<str>,
    /// The lemma's class, one word for its synonyms: "employee" → worker.
    pub class: Box<str>,
    /// A noun too general to tie two figures together ("people", "cases").
    pub generic: bool,
    pub span: Span,
    /// The content words between the figure and its noun, lower case
    /// ("rural" in "several rural branches", "retired" in "the fund's 91,500
    /// retired members"): words that may pick a subset out of the things
    /// another figure counts. Empty when the noun comes first ("the toll of
    /// 40") or nothing stands between.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub modifiers: Vec<Box<str>>,
}

impl Head {
    /// Whether these things are picked out of `other`'s by a word before
    /// the noun that `other` lacks ("a handful of current players" of "its
    /// 104 players", "several rural branches" of "20 branches").
    pub fn picked_from(&self, other: &Head) -> bool {
        self.modifiers.iter().any(|w| !other.modifiers.contains(w))
    }
}

/// What a figure is about: computed once, from the scan, for every claim.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Frame {
    /// The counted noun: "214 homes", "the 90-member coalition" (member),
    /// "2,050 of the ship's containers" (container), "the number of airlines … to 22".
    pub head: Option<Head>,
    /// The figure names a part of a larger group: "23 of the survivors",
    /// "four of its 11 seats", "two of them".
    pub partitive: bool,
    /// The figure names a whole already known: "all six hospitals", "its 14
    /// centres", "the group's five hospitals", "the 26 contracts", "a total of".
    pub definite: bool,
    /// The possessor of the counted thing, lower case: "group" in "the group's
    /// five hospitals", "its" when only a pronoun says so.
    pub owner: Option<Box<str>>,
    /// Where the counted things are, when a phrase after the noun says so: "all
    /// 214 homes on the Tansley estate" (estate).
    pub place: Option<Box<str>>,
    /// The governing verb or nominalisation, lower case as written ("destroyed",
    /// "recapture", "sent").
    pub predicate: Option<Box<str>>,
    pub tense: Tense,
    /// The clause says the figure moved or is being compared ("rose to", "from",
    /// "up from", "revised"): two values may then both be right.
    pub change: bool,
    /// Index (into the document's claims) of the date that dates this figure's
    /// event, when its clause or sentence gives one. Four bytes, like
    /// `anchor`: a frame is kept per figure, and a document's claims are far
    /// fewer than 2³² (its tokens are counted in `u32` already).
    pub time: Option<u32>,
    /// Marks that make this figure a different quantity from a like one
    /// elsewhere: "per", "average", "another", "last year", "annual", …;
    /// "further" for a set on top ("12 extra flights"), "named" for a
    /// definite count of the names just listed ("Harlow and Stevenage, the
    /// two towns").
    pub scope: Vec<String>,
    /// Marks of another event around the figure, from its paragraph's start
    /// to the end of its sentence: context words as "word:another",
    /// "word:last", and the years written in its sentence as "year:2019".
    /// Two figures with a context word, or with written years that differ,
    /// are kept apart. Shared: the figures of one sentence mostly have the
    /// same marks, and a long document has tens of thousands of figures.
    pub context: std::sync::Arc<[String]>,
    /// A vague quantity that is only the floor of a wider range: "dozens, and
    /// possibly hundreds", "scores, if not hundreds".
    pub widened: bool,
    /// For a date: it is a dateline's ("KESTREL BAY, June 6 —"), dating the
    /// filing, not an event.
    pub dateline: bool,
    /// For a duration: the word just after it that counts it from another date
    /// ("after", "before", "later", "earlier", "ago"), lower case.
    pub counts_from: Option<Box<str>>,
    /// For a duration counted from an event its clause names without a date
    /// ("four days after the storm hit"): the date (index into the claims) an
    /// earlier sentence gives an event with a word in common ("after making
    /// landfall on Sunday, 9 March, the strongest storm to hit …").
    pub anchor: Option<u32>,
    /// For an ordinal: the verb of the act it ranks those who did, when that
    /// is not joining ("the fourth member of the compact to give up coal" →
    /// "give"): it places the member among those who acted, not in the group.
    pub act: Option<Box<str>>,
    /// The weekday a full date states ("Friday, 11 March"), ISO 1 (Monday) to 7.
    pub weekday: Option<u8>,
    /// For a date: neither a month nor a year is written ("on Monday", "20 months
    /// later", "last week"): it was placed relative to publication or to another date.
    pub relative: bool,
    /// For a date: the preposition just before it ("on", "by", "until", "since").
    pub preposition: Option<Box<str>>,
    /// A date claim with its year written out ("11 March 2025", "in 2019"), not
    /// inferred from the publication date.
    pub year_written: bool,
    /// Clause, sentence and paragraph numbers (0-based, per document).
    pub clause: usize,
    pub sentence: usize,
    pub paragraph: usize,
}

impl Frame {
    /// The claim that dates this figure's event, as an index into the claims.
    pub fn time(&self) -> Option<usize> {
        self.time.map(|t| t as usize)
    }

    /// The date a duration is counted from, as an index into the claims.
    pub fn anchor(&self) -> Option<usize> {
        self.anchor.map(|t| t as usize)
    }

    /// Its context holds a word of another event ("another", "last", …).
    pub fn marks_another_event(&self) -> bool {
        self.context.iter().any(|m| m.starts_with("word:"))
    }
}

/// The kinds of relation between claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EdgeKind {
    /// `from` is a part of `to`: "640 people, including 710 children".
    PartOf,
    /// `from` (a percentage) is the share `part` is of `to`: "640 jobs, or 12% of
    /// its 4,100 staff"; without `part`, the share of `to` alone ("a fifth of the
    /// 253,400").
    ShareOf,
    /// `from` and `to` state one quantity: same counted noun, owner, scope and time.
    SameQuantity,
    /// `from` (an ordinal) places one item in the count `to`: "its 12th member" /
    /// "the 11-nation bloc". `offset` is what the ordinal must exceed the count by:
    /// 0 when the count includes the item, 1 when it counts the ones before it.
    OrdinalOf,
    /// `from` (a span of years, or a count of seasons) runs from the date `to`
    /// to the date `part`, or to publication when `part` is `None`: "a
    /// 17-year-old record set in 2011", "after 37 years … built in 1991 …
    /// retired in 2028".
    Elapsed,
    /// The event dated `from` comes after the event dated `to`, by the wording:
    /// "Following the collapse on 13 March, work was halted on 12 March".
    Order,
    /// `parts` make up `from`: "Four gas-fired plants …, three hydroelectric
    /// stations … and five wind farms … In all, 11 power stations". For a
    /// breakdown in percentages closed by a remainder ("…, with the remaining 16
    /// percent"), `from` is the remainder, the whole is 100 (`offset`) and the
    /// parts are the other shares. `to` is the first part; `complete`: the parts
    /// are all of it.
    Components,
    /// `from` is a quantity's new level, `to` its level before, `part` the
    /// change between them when the text gives it: "climbed by 12 florins to
    /// 94 florins" after "the 78-florin pass"; "rose to 890 from 820"; "3.00
    /// florins, up from 2.60". `offset` is the direction the words give: 1
    /// up, -1 down.
    Change,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::PartOf => "part-of",
            EdgeKind::ShareOf => "share-of",
            EdgeKind::SameQuantity => "same-quantity",
            EdgeKind::OrdinalOf => "ordinal-of",
            EdgeKind::Elapsed => "elapsed",
            EdgeKind::Order => "order",
            EdgeKind::Components => "components",
            EdgeKind::Change => "change",
        }
    }
}

/// A typed relation between two claims (indices into the document's claims),
/// with the cue that justifies it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Edge {
    pub kind: EdgeKind,
    pub from: usize,
    pub to: usize,
    /// A third claim where the kind has one: the part of a share-of edge, the
    /// end date of an elapsed edge.
    pub part: Option<usize>,
    /// For ordinal-of: the ordinal should equal the count plus this. For
    /// components of a percentage breakdown: the whole, 100. For elapsed
    /// editions of a yearly event: the years it was not held.
    pub offset: i64,
    /// For components: the parts.
    pub parts: Vec<usize>,
    /// For components: the parts are the whole of it ("in all", "the rest").
    /// For elapsed: an edition of a yearly event, counted exactly.
    pub complete: bool,
    /// For ordinal-of against occasions a story names rather than counts or
    /// dates ("the sixth light … following Carn Dubh, Inchmore and Stroma
    /// Ness"): the names, one span each; `to` is then the ordinal itself.
    pub names: Vec<Span>,
    /// For ordinal-of: the count is the final tally of a span the ordinal
    /// falls in ("his 23rd league goal of the season" … "ends the campaign
    /// with 22 league goals"), so the ordinal may reach it but not pass it;
    /// `offset` is then unused.
    pub at_most: bool,
    /// The words that relate the two ("including", "of the", "its", "the same noun").
    pub cue: Span,
    pub cue_text: String,
}

/// A document's claims with the relations found between them.
#[derive(Clone, Debug, Default)]
pub struct ClaimGraph {
    pub claims: Vec<Claim>,
    pub edges: Vec<Edge>,
    /// Figures written so that no convention reads them ("200,0000"): kept out
    /// of the claims, reported by the checks.
    pub unreadable: Vec<Unreadable>,
}

/// A run of digits that looks like a figure but cannot be read as one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub span: Span,
    pub text: String,
    /// Why it cannot be read, as a clause: "a digit group after a comma has 4 digits".
    pub reason: String,
}

impl ClaimGraph {
    /// Edges of one kind, in the order they were found.
    pub fn edges_of(&self, kind: EdgeKind) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(move |e| e.kind == kind)
    }
}
