//! Dates: absolute ("January 20, 2026", "20 January 2026", "Jan. 20", "November
//! 2025", "in 2014", "2026-02-10"), fuzzy ("late January", "the end of 2025", "Q3
//! 2025", "the summer of 2028"), relative ("last week", "on Tuesday", "three days
//! ago") resolved against the publication date, and spans ("between late January
//! and early February", "2014-2019").
//!
//! The grammar wakes only on tokens the lexicon knows (months, weekdays, parts,
//! seasons, units, relative words, number words) and on digit tokens, and reads a
//! few tokens either side. Conventions a reader of the output should know:
//!
//! - A month, part or season written without a year takes its most recent
//!   occurrence starting on or before the reference day, or the next one when a
//!   future cue ("will", "is due", "until", "scheduled", …; `context.future` in
//!   the lexicon) stands earlier in its sentence (HeidelTime's tense rule). A
//!   day and month without a year ("19 August") does the same, except that an
//!   occurrence up to a month ahead wins when it is nearer, so a day a week
//!   after publication stays after it for the future-date check. Weekdays and "the 27th" take the latest on or before
//!   it, or the next with a future cue. The reference day is the publication
//!   date; without one, the end of the latest date written with its year earlier
//!   in the document; without either, the date is left out.
//! - Relative dates ("today", "last week", "on Tuesday", "two days ago") need the
//!   publication date and are left out without it. "Two days later", "the next
//!   day" count from the latest single day named earlier in the document; with
//!   none, from the publication date in a future-tense sentence only.
//! - A bare four-digit year (1000..=2100) counts only in date context (after
//!   "in", "since", "by", …, in a year span, or after a month) and never before a
//!   plural noun or unit ("in 2000 soldiers").
//! - Numeric dates with two numbers that could each be the month read month first
//!   (US order, as Recognizers does): "7/6" is July 6; "21/04" is April 21.
//!   Two-digit years are 2000..2049 or 1950..1999.
//! - Weeks and weekends ("last week") are Range intervals with the first day as
//!   nominal; "earlier this month" is a Range from the 1st to the day before
//!   publication. "Two months ago" and "a year ago" are the whole month / year,
//!   Approx. "The 1990s" is a Range over the decade with 1990 as nominal.
//! - Fuzzy parts and seasons take their sub-interval and bound from the lexicon.

use crate::candidate::Candidate;
use crate::scan::{Scan, TokenKind};
use crate::words::Tags;
use crate::LexiconError;
use claimcheck_claims::{Bound, DateInterval, DateNominal, Kind, Value};
use jiff::civil::{Date, Weekday};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The months' names, lower-cased: a yearly rhythm told by its month
/// ("each December"), and words that never name a source.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words of degree before a count set in apposition to a date ("on Saturday,
/// a full three weeks later"), and parts of the day that may end the date
/// ("Saturday evening"): the date resolver and the same-quantity edge read
/// the apposition alike.
pub(crate) const APPOSED_DEGREE: &[&str] = &[
    "a", "full", "fully", "some", "about", "nearly", "almost", "just", "only", "exactly",
];
pub(crate) const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
use std::ops::Range;
use toml::Spanned;

const LEXICON_FILE: &str = "rules/lexicon/dates.toml";

// ---------------------------------------------------------------------------
// Lexicon

/// FNV-1a: the lexicon's keys are short ASCII words, for which SipHash's
/// DoS resistance buys nothing and costs a third of the scan.
// Fx hashing: the lexicon is trusted data, and Fx reads eight bytes at a time.
type WordMap = crate::words::WordMap<u16>;

/// Roles a word plays outside the main entries, as bits of [`Word::flags`].
mod flag {
    pub const LAST: u32 = 1;
    pub const THIS: u32 = 1 << 1;
    pub const NEXT: u32 = 1 << 2;
    pub const LAST_BEFORE_WEEKDAY: u32 = 1 << 3;
    pub const AGO: u32 = 1 << 4;
    pub const LATER: u32 = 1 << 5;
    pub const EARLIER: u32 = 1 << 6;
    pub const BEFORE: u32 = 1 << 7;
    pub const AFTER: u32 = 1 << 8;
    pub const NOW: u32 = 1 << 9;
    pub const FOLLOWING: u32 = 1 << 10;
    pub const PRECEDING: u32 = 1 << 11;
    pub const RANGE_FROM: u32 = 1 << 12;
    pub const RANGE_JOIN: u32 = 1 << 13;
    pub const RANGE_BETWEEN: u32 = 1 << 14;
    pub const RANGE_AND: u32 = 1 << 15;
    pub const YEAR_CONTEXT: u32 = 1 << 16;
    pub const NOT_YEAR: u32 = 1 << 17;
    pub const NOT_PLURAL: u32 = 1 << 18;
    pub const FUTURE: u32 = 1 << 19;
    pub const DAY_CONTEXT: u32 = 1 << 20;
    pub const GUARD_CONTEXT: u32 = 1 << 21;
    pub const NAME_BEFORE: u32 = 1 << 22;
    pub const NAME_AFTER: u32 = 1 << 23;
    pub const BUSINESS: u32 = 1 << 24;
    pub const ARTICLE: u32 = 1 << 25;
    pub const FUTURE_FORWARD: u32 = 1 << 26;
    pub const PAST_AUXILIARY: u32 = 1 << 27;
    pub const PAST_SPAN: u32 = 1 << 30;
    pub const DETERMINER: u32 = 1 << 28;
    pub const SCHEDULED: u32 = 1 << 29;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Weekend,
}

/// Everything the lexicon says about one word.
#[derive(Clone, Debug, Default)]
struct Word {
    /// 1..=12, 0 when the word names no month.
    month: u8,
    month_guarded: bool,
    /// ISO weekday 1..=7, 0 when none.
    weekday: u8,
    weekday_guarded: bool,
    cardinal: u8,
    ordinal: u8,
    unit: Option<Unit>,
    season: Option<u8>,
    flags: u32,
    /// Phrases that begin with this word.
    phrases: Vec<u16>,
    /// The word can begin or anchor a date by itself (context words cannot).
    wakes: bool,
}

static NO_WORD: Word = Word {
    month: 0,
    month_guarded: false,
    weekday: 0,
    weekday_guarded: false,
    cardinal: 0,
    ordinal: 0,
    unit: None,
    season: None,
    flags: 0,
    phrases: Vec::new(),
    wakes: false,
};

#[derive(Clone, Copy, Debug)]
enum PhraseMeaning {
    Part(u8),
    /// A holiday on a fixed day: index into `DateLexicon::holidays`.
    Holiday(u8),
    DayOffset(i8),
    Future,
}

#[derive(Clone, Debug)]
struct Phrase {
    /// Lower-case words; "-" matches any dash.
    words: Vec<Box<str>>,
    meaning: PhraseMeaning,
}

/// A part of a month, year or decade: "early", "the end of", "Q3".
#[derive(Clone, Copy, Debug)]
struct Part {
    days: Option<(u8, u8)>,
    months: Option<(u8, u8)>,
    years: Option<(u8, u8)>,
    bound: Bound,
}

/// A holiday on the same day every year: "Christmas Day", "New Year's Eve".
#[derive(Clone, Copy, Debug)]
struct Holiday {
    month: u8,
    day: u8,
    /// Read with no year, "last" or "next" only when the phrase names the day
    /// itself ("Christmas Day", "on Christmas Eve"); a bare "Christmas" is
    /// also a season of shopping, trees and markets.
    alone: bool,
}

#[derive(Clone, Copy, Debug)]
struct Season {
    months: (u8, u8),
    bound: Bound,
}

/// Set on a token class when the word is a plural weekday ("sundays").
const PLURAL: u16 = 0x8000;

/// Month names, weekdays, fuzzy parts and relative words, from `rules/lexicon/dates.toml`.
#[derive(Debug, Default)]
pub struct DateLexicon {
    index: WordMap,
    /// `words[0]` stands for every word the lexicon does not know.
    words: Vec<Word>,
    phrases: Vec<Phrase>,
    parts: Vec<Part>,
    seasons: Vec<Season>,
    holidays: Vec<Holiday>,
    /// Endings of a token that mark the future ("'ll").
    future_suffixes: Vec<Box<str>>,
    /// Length in bytes of the longest word, to skip lookups of longer tokens.
    longest: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    month: Vec<RawNamed>,
    weekday: Vec<RawNamed>,
    weekday_names: RawWeekdayNames,
    numbers: RawNumbers,
    part: Vec<RawPart>,
    season: Vec<RawSeason>,
    holiday: Vec<RawHoliday>,
    day_offset: Vec<RawDayOffset>,
    units: RawUnits,
    relative: RawRelative,
    range: RawRange,
    context: RawContext,
}

type RawWords = Vec<Spanned<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNamed {
    number: Spanned<i64>,
    words: RawWords,
    #[serde(default)]
    guarded: RawWords,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWeekdayNames {
    before: RawWords,
    after: RawWords,
    determiners: RawWords,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNumbers {
    cardinal: BTreeMap<String, Spanned<i64>>,
    ordinal: BTreeMap<String, Spanned<i64>>,
    article: RawWords,
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum RawBound {
    Exact,
    Approx,
}

impl RawBound {
    fn bound(self) -> Bound {
        match self {
            RawBound::Exact => Bound::Exact,
            RawBound::Approx => Bound::Approx,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPart {
    phrases: RawWords,
    days: Option<Spanned<[i64; 2]>>,
    months: Option<Spanned<[i64; 2]>>,
    years: Option<Spanned<[i64; 2]>>,
    bound: RawBound,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSeason {
    words: RawWords,
    months: Spanned<[i64; 2]>,
    bound: RawBound,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    phrases: RawWords,
    /// Month and day, as [12, 25].
    day: Spanned<[i64; 2]>,
    #[serde(default)]
    alone: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDayOffset {
    phrases: RawWords,
    days: Spanned<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnits {
    day: RawWords,
    week: RawWords,
    fortnight: RawWords,
    month: RawWords,
    year: RawWords,
    weekend: RawWords,
    business: RawWords,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelative {
    last: RawWords,
    this: RawWords,
    next: RawWords,
    last_before_weekday: RawWords,
    ago: RawWords,
    later: RawWords,
    earlier: RawWords,
    before: RawWords,
    after: RawWords,
    now: RawWords,
    following: RawWords,
    preceding: RawWords,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange {
    join: RawWords,
    from: RawWords,
    between: RawWords,
    and: RawWords,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContext {
    year_before: RawWords,
    year_not_before: RawWords,
    not_plural: RawWords,
    future: RawWords,
    future_forward: RawWords,
    scheduled: RawWords,
    past_auxiliary: RawWords,
    #[serde(default)]
    past_span: RawWords,
    day_before: RawWords,
    guard_before: RawWords,
}

fn lexicon_error(message: impl Into<String>, span: Option<Range<usize>>) -> LexiconError {
    LexiconError {
        file: LEXICON_FILE.to_string(),
        message: message.into(),
        span,
    }
}

fn check_pair(
    value: &Spanned<[i64; 2]>,
    min: i64,
    max: i64,
    what: &str,
    ordered: bool,
) -> Result<(u8, u8), LexiconError> {
    let [lo, hi] = *value.get_ref();
    let fits = |v: i64| (min..=max).contains(&v);
    if !fits(lo) || !fits(hi) || (ordered && lo > hi) {
        return Err(lexicon_error(
            format!("{what} must be [low, high] within {min}..={max}, low <= high"),
            Some(value.span()),
        ));
    }
    // Both ends were checked against a range inside u8.
    Ok((lo as u8, hi as u8))
}

struct Builder {
    lex: DateLexicon,
}

impl Builder {
    fn new() -> Self {
        let mut lex = DateLexicon::default();
        lex.words.push(Word::default());
        Builder { lex }
    }

    fn entry(&mut self, text: &str, span: Range<usize>) -> Result<&mut Word, LexiconError> {
        let valid = !text.is_empty()
            && text
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_uppercase())
            && !text.contains('-');
        if !valid {
            return Err(lexicon_error(
                format!("{text:?} must be one lower-case word"),
                Some(span),
            ));
        }
        let id = match self.lex.index.get(text) {
            Some(&id) => id,
            None => {
                let id = self.lex.words.len();
                if id >= usize::from(PLURAL) {
                    return Err(lexicon_error("too many words", Some(span)));
                }
                self.lex.words.push(Word::default());
                self.lex.index.insert(text, id as u16);
                self.lex.longest = self.lex.longest.max(text.len());
                id as u16
            }
        };
        Ok(&mut self.lex.words[usize::from(id)])
    }

    fn word(&mut self, w: &Spanned<String>) -> Result<&mut Word, LexiconError> {
        self.entry(w.get_ref(), w.span())
    }

    fn flag(&mut self, words: &[Spanned<String>], f: u32) -> Result<(), LexiconError> {
        for w in words {
            self.word(w)?.flags |= f;
        }
        Ok(())
    }

    fn phrase(&mut self, p: &Spanned<String>, meaning: PhraseMeaning) -> Result<(), LexiconError> {
        let mut words: Vec<Box<str>> = Vec::new();
        for piece in p.get_ref().split_whitespace() {
            let mut rest = piece;
            while let Some(at) = rest.find('-') {
                if at > 0 {
                    words.push(rest[..at].into());
                }
                words.push("-".into());
                rest = &rest[at + 1..];
            }
            if !rest.is_empty() {
                words.push(rest.into());
            }
        }
        let Some(head) = words.first().filter(|h| &***h != "-").cloned() else {
            return Err(lexicon_error(
                "a phrase must start with a word",
                Some(p.span()),
            ));
        };
        for w in words.iter().filter(|w| &***w != "-") {
            if w.chars().any(|c| c.is_uppercase()) {
                return Err(lexicon_error(
                    format!("{:?} must be lower case", p.get_ref()),
                    Some(p.span()),
                ));
            }
        }
        let Ok(id) = u16::try_from(self.lex.phrases.len()) else {
            return Err(lexicon_error("too many phrases", Some(p.span())));
        };
        self.lex.phrases.push(Phrase { words, meaning });
        let word = self.entry(&head, p.span())?;
        word.phrases.push(id);
        if !matches!(meaning, PhraseMeaning::Future) {
            word.wakes = true;
        }
        // Longest phrase first, so the first match is the best one.
        let head_id = usize::from(self.lex.index[&head]);
        let (phrases, entries) = (&self.lex.phrases, &mut self.lex.words);
        entries[head_id]
            .phrases
            .sort_by_key(|&i| std::cmp::Reverse(phrases[usize::from(i)].words.len()));
        Ok(())
    }

    /// Months or weekdays: numbered entries with plain and guarded words.
    fn named(
        &mut self,
        list: &[RawNamed],
        max: i64,
        what: &str,
        mut set: impl FnMut(&mut Word, u8, bool) -> bool,
    ) -> Result<(), LexiconError> {
        let mut seen = vec![false; max as usize + 1];
        for entry in list {
            let n = *entry.number.get_ref();
            if !(1..=max).contains(&n) {
                return Err(lexicon_error(
                    format!("{what} number must be 1..={max}"),
                    Some(entry.number.span()),
                ));
            }
            if std::mem::replace(&mut seen[n as usize], true) {
                return Err(lexicon_error(
                    format!("{what} {n} is listed twice"),
                    Some(entry.number.span()),
                ));
            }
            let all = entry.words.iter().map(|w| (w, false));
            for (w, guarded) in all.chain(entry.guarded.iter().map(|w| (w, true))) {
                let word = self.word(w)?;
                if !set(word, n as u8, guarded) {
                    return Err(lexicon_error(
                        format!("{:?} names two different {what}s", w.get_ref()),
                        Some(w.span()),
                    ));
                }
                word.wakes = true;
            }
        }
        if let Some(missing) = (1..=max as usize).find(|&n| !seen[n]) {
            return Err(lexicon_error(format!("{what} {missing} is missing"), None));
        }
        Ok(())
    }

    fn numbers(
        &mut self,
        map: &BTreeMap<String, Spanned<i64>>,
        max: i64,
        ordinal: bool,
    ) -> Result<(), LexiconError> {
        for (text, value) in map {
            let n = *value.get_ref();
            if !(1..=max).contains(&n) {
                return Err(lexicon_error(
                    format!("the number word {text:?} must be 1..={max}"),
                    Some(value.span()),
                ));
            }
            let word = self.entry(text, value.span())?;
            if ordinal {
                word.ordinal = n as u8;
            } else {
                word.cardinal = n as u8;
            }
            word.wakes = true;
        }
        Ok(())
    }

    fn units(&mut self, words: &[Spanned<String>], unit: Unit) -> Result<(), LexiconError> {
        for w in words {
            let word = self.word(w)?;
            word.unit = Some(unit);
            word.wakes = true;
        }
        Ok(())
    }
}

impl DateLexicon {
    /// Parses `rules/lexicon/dates.toml` and checks every value; an error
    /// carries the byte range of the offending value in the file.
    pub fn from_toml(text: &str) -> Result<Self, crate::LexiconError> {
        let raw: RawLexicon =
            toml::from_str(text).map_err(|e| lexicon_error(e.message().to_string(), e.span()))?;
        let mut b = Builder::new();
        b.named(&raw.month, 12, "month", |w, n, guarded| {
            let fresh = w.month == 0 || w.month == n;
            w.month = n;
            w.month_guarded = guarded;
            fresh
        })?;
        b.named(&raw.weekday, 7, "weekday", |w, n, guarded| {
            let fresh = w.weekday == 0 || w.weekday == n;
            w.weekday = n;
            w.weekday_guarded = guarded;
            fresh
        })?;
        b.flag(&raw.weekday_names.before, flag::NAME_BEFORE)?;
        b.flag(&raw.weekday_names.after, flag::NAME_AFTER)?;
        b.flag(&raw.weekday_names.determiners, flag::DETERMINER)?;
        b.numbers(&raw.numbers.cardinal, 99, false)?;
        b.numbers(&raw.numbers.ordinal, 31, true)?;
        b.flag(&raw.numbers.article, flag::ARTICLE)?;

        for part in &raw.part {
            let id = b.lex.parts.len() as u8;
            let days = part
                .days
                .as_ref()
                .map(|d| check_pair(d, 1, 31, "days", true));
            let months = part
                .months
                .as_ref()
                .map(|m| check_pair(m, 1, 12, "months", true));
            let years = part
                .years
                .as_ref()
                .map(|y| check_pair(y, 0, 9, "years", true));
            let parsed = Part {
                days: days.transpose()?,
                months: months.transpose()?,
                years: years.transpose()?,
                bound: part.bound.bound(),
            };
            if parsed.days.is_none() && parsed.months.is_none() && parsed.years.is_none() {
                let span = part.phrases.first().map(|p| p.span());
                return Err(lexicon_error("a part needs days, months or years", span));
            }
            b.lex.parts.push(parsed);
            for p in &part.phrases {
                b.phrase(p, PhraseMeaning::Part(id))?;
            }
        }
        for season in &raw.season {
            let id = b.lex.seasons.len() as u8;
            let months = check_pair(&season.months, 1, 12, "months", false)?;
            b.lex.seasons.push(Season {
                months,
                bound: season.bound.bound(),
            });
            for w in &season.words {
                let word = b.word(w)?;
                word.season = Some(id);
                word.wakes = true;
            }
        }
        for holiday in &raw.holiday {
            let (month, day) = check_pair(&holiday.day, 1, 31, "day", false)?;
            if month > 12 || ymd(2024, month, day).is_none() {
                return Err(lexicon_error(
                    "a holiday's day must be [month, day] of a real date",
                    Some(holiday.day.span()),
                ));
            }
            let id = b.lex.holidays.len() as u8;
            b.lex.holidays.push(Holiday {
                month,
                day,
                alone: holiday.alone,
            });
            for p in &holiday.phrases {
                b.phrase(p, PhraseMeaning::Holiday(id))?;
            }
        }
        for offset in &raw.day_offset {
            let days = *offset.days.get_ref();
            if !(-7..=7).contains(&days) {
                return Err(lexicon_error(
                    "days must be -7..=7",
                    Some(offset.days.span()),
                ));
            }
            for p in &offset.phrases {
                b.phrase(p, PhraseMeaning::DayOffset(days as i8))?;
            }
        }

        let u = &raw.units;
        b.units(&u.day, Unit::Day)?;
        b.units(&u.week, Unit::Week)?;
        b.units(&u.fortnight, Unit::Fortnight)?;
        b.units(&u.month, Unit::Month)?;
        b.units(&u.year, Unit::Year)?;
        b.units(&u.weekend, Unit::Weekend)?;
        b.flag(&u.business, flag::BUSINESS)?;

        let r = &raw.relative;
        b.flag(&r.last, flag::LAST)?;
        b.flag(&r.this, flag::THIS)?;
        b.flag(&r.next, flag::NEXT)?;
        b.flag(&r.last_before_weekday, flag::LAST_BEFORE_WEEKDAY)?;
        b.flag(&r.ago, flag::AGO)?;
        b.flag(&r.later, flag::LATER)?;
        b.flag(&r.earlier, flag::EARLIER)?;
        // "later that month" opens a date on its own.
        for w in r.later.iter().chain(&r.earlier) {
            b.word(w)?.wakes = true;
        }
        b.flag(&r.before, flag::BEFORE)?;
        b.flag(&r.after, flag::AFTER)?;
        b.flag(&r.now, flag::NOW)?;
        b.flag(&r.following, flag::FOLLOWING)?;
        b.flag(&r.preceding, flag::PRECEDING)?;

        b.flag(&raw.range.join, flag::RANGE_JOIN)?;
        b.flag(&raw.range.from, flag::RANGE_FROM)?;
        b.flag(&raw.range.between, flag::RANGE_BETWEEN)?;
        b.flag(&raw.range.and, flag::RANGE_AND)?;

        let c = &raw.context;
        b.flag(&c.year_before, flag::YEAR_CONTEXT)?;
        b.flag(&c.year_not_before, flag::NOT_YEAR)?;
        b.flag(&c.not_plural, flag::NOT_PLURAL)?;
        b.flag(&c.future_forward, flag::FUTURE_FORWARD)?;
        b.flag(&c.scheduled, flag::SCHEDULED)?;
        b.flag(&c.past_auxiliary, flag::PAST_AUXILIARY)?;
        b.flag(&c.past_span, flag::PAST_SPAN)?;
        b.flag(&c.day_before, flag::DAY_CONTEXT)?;
        b.flag(&c.guard_before, flag::GUARD_CONTEXT)?;
        for cue in &c.future {
            let text = cue.get_ref();
            if let Some(suffix) = text.strip_prefix('\'') {
                if suffix.is_empty() || suffix.contains(char::is_whitespace) {
                    return Err(lexicon_error(
                        "a suffix cue needs letters",
                        Some(cue.span()),
                    ));
                }
                b.lex.future_suffixes.push(format!("'{suffix}").into());
                b.lex
                    .future_suffixes
                    .push(format!("\u{2019}{suffix}").into());
            } else if text.contains(char::is_whitespace) {
                b.phrase(cue, PhraseMeaning::Future)?;
            } else {
                b.word(cue)?.flags |= flag::FUTURE;
            }
        }
        Ok(b.lex)
    }

    fn entry(&self, class: u16) -> &Word {
        self.words
            .get(usize::from(class & !PLURAL))
            .unwrap_or(&NO_WORD)
    }

    fn lookup(&self, text: &str) -> &Word {
        self.index.get(text).map_or(&NO_WORD, |&c| self.entry(c))
    }

    /// Some token of `first..=last` names a month.
    pub(crate) fn names_month(&self, scan: &Scan, first: usize, last: usize) -> bool {
        (first..=last.min(scan.len().saturating_sub(1)))
            .any(|i| self.lookup(scan.low(i)).month != 0)
    }

    /// A timetable's present tense right before the date's "in"/"on": "the
    /// season opens on April 25", "before the levy rises in January".
    /// An adverb of place may stand between: "closes there on 5 December".
    pub(crate) fn scheduled_before(&self, scan: &Scan, first: usize) -> bool {
        if !(first >= 2 && matches!(scan.low(first - 1), "in" | "on")) {
            return false;
        }
        let scheduled = |v: usize| self.lookup(scan.low(v)).flags & flag::SCHEDULED != 0;
        let first = if first >= 3
            && matches!(scan.low(first - 2), "there" | "here" | "again")
            && scheduled(first - 3)
        {
            first - 1
        } else {
            first
        };
        if !scheduled(first - 2) {
            return false;
        }
        // "takes effect on July 1" looks forward; "took effect", "came into
        // force" tell a start that has passed: the noun's verb decides.
        if matches!(scan.low(first - 2), "effect" | "force") {
            let mut v = first - 2;
            while v > 0 && matches!(scan.low(v - 1), "into" | "in" | "full") {
                v -= 1;
            }
            if v > 0
                && matches!(
                    scan.low(v - 1),
                    "took" | "came" | "went" | "had" | "entered"
                )
            {
                return false;
            }
        }
        true
    }

    /// The weekday a date written with its month states ("Friday, 11 March",
    /// "Tuesday 2 December 2025"), as ISO 1..=7; `None` when the tokens
    /// `first..=last` name no weekday, no month or no day number.
    /// "… began on 9 March, when a walker was found below the Pike. Members
    /// spent most of that Saturday carrying him down": a weekday the next
    /// words point back with ("that Saturday", "the same Sunday") is the
    /// day's own, when no other month or weekday stands between.
    pub(crate) fn weekday_referred_back(&self, scan: &Scan, last: usize) -> Option<u8> {
        let (_, s1) = scan.sentence_of(last);
        let end = if s1 < scan.len() {
            scan.sentence_of(s1).1
        } else {
            s1
        };
        for i in last + 1..end {
            let w = self.lookup(scan.low(i));
            if w.month != 0 {
                return None;
            }
            if w.weekday != 0 {
                let pointed = i >= 1 && matches!(scan.low(i - 1), "that" | "same");
                return pointed.then_some(w.weekday).filter(|_| !w.weekday_guarded);
            }
        }
        None
    }

    pub(crate) fn stated_weekday(&self, scan: &Scan, first: usize, last: usize) -> Option<u8> {
        let mut weekday = None;
        let mut weekdays = 0;
        let mut month = false;
        let mut day = false;
        for i in first..=last.min(scan.len().saturating_sub(1)) {
            let w = self.lookup(scan.low(i));
            if w.weekday != 0 && !w.weekday_guarded {
                weekday = Some(w.weekday);
                weekdays += 1;
            }
            month |= w.month != 0;
            day |= scan
                .low(i)
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_digit());
        }
        // "Monday the 8th": a weekday with a day of an unnamed month states
        // it too.
        let the = (first..=last.min(scan.len().saturating_sub(1))).any(|i| scan.is(i, "the"));
        // "from Monday 2 June to Sunday 29 June": a span's two weekdays are
        // its ends', each checked on the end's own claim.
        weekday.filter(|_| day && (month || the) && weekdays == 1)
    }

    /// The class of a lower-cased word token: its entry, with [`PLURAL`] for
    /// "sundays"; 0 for words the lexicon does not know.
    /// Every word `classify` gives a class: the lexicon's words, their
    /// possessives and the plurals of weekdays, with those classes.
    pub(crate) fn classified_words(&self) -> Vec<(String, u16)> {
        let mut forms = Vec::new();
        for word in self.index.keys() {
            forms.extend(["", "'s", "\u{2019}s"].map(|end| format!("{word}{end}")));
            forms.extend(["s", "s's", "s\u{2019}s"].map(|end| format!("{word}{end}")));
        }
        forms
            .into_iter()
            .filter_map(|form| {
                let class = self.classify(&form);
                (class != 0).then_some((form, class))
            })
            .collect()
    }

    /// A word of this class can begin or anchor a date by itself.
    pub(crate) fn wakes(&self, class: u16) -> bool {
        self.entry(class).wakes
    }

    pub(crate) fn classify(&self, text: &str) -> u16 {
        if text.len() > self.longest + 4 {
            return 0;
        }
        let stem = text
            .strip_suffix("'s")
            .or_else(|| text.strip_suffix("\u{2019}s"))
            .unwrap_or(text);
        if let Some(&c) = self.index.get(stem) {
            return c;
        }
        if let Some(one) = stem.strip_suffix('s') {
            if (6..=9).contains(&one.len()) {
                if let Some(&c) = self.index.get(one) {
                    if self.entry(c).weekday > 0 {
                        return c | PLURAL;
                    }
                }
            }
        }
        0
    }
}

// ---------------------------------------------------------------------------
// Calendar arithmetic

fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
    let y = i16::try_from(year).ok()?;
    let m = i8::try_from(month).ok()?;
    let d = i8::try_from(day).ok()?;
    Date::new(y, m, d).ok()
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_months(n).ok()?).ok()
}

fn weekday_of(n: u8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(i8::try_from(n).ok()?).ok()
}

/// The latest `wd` on or before `r` (`same_day`), or strictly before it.
fn past_weekday(r: Date, wd: Weekday, same_day: bool) -> Option<Date> {
    let back = (r.weekday().to_monday_one_offset() - wd.to_monday_one_offset()).rem_euclid(7);
    let back = if back == 0 && !same_day { 7 } else { back };
    add_days(r, -i64::from(back))
}

/// The first `wd` strictly after `r`.
fn next_weekday(r: Date, wd: Weekday) -> Option<Date> {
    let ahead = (wd.to_monday_one_offset() - r.weekday().to_monday_one_offset()).rem_euclid(7);
    let ahead = if ahead == 0 { 7 } else { ahead };
    add_days(r, i64::from(ahead))
}

/// Monday of the week holding `r`, moved by `weeks`.
fn week_start(r: Date, weeks: i64) -> Option<Date> {
    let back = i64::from(r.weekday().to_monday_one_offset() - 1);
    add_days(r, weeks * 7 - back)
}

fn nominal_year(n: DateNominal) -> i32 {
    match n {
        DateNominal::Year(y) | DateNominal::Month(y, _) => i32::from(y),
        DateNominal::Day(d) => i32::from(d.year()),
    }
}

fn day_interval(d: Date) -> DateInterval {
    DateInterval {
        nominal: DateNominal::Day(d),
        low: d,
        high: d,
        bound: Bound::Exact,
    }
}

fn month_interval(year: i32, month: u8, bound: Bound) -> Option<DateInterval> {
    let first = ymd(year, month, 1)?;
    Some(DateInterval {
        nominal: DateNominal::Month(first.year(), first.month()),
        low: first,
        high: first.last_of_month(),
        bound,
    })
}

fn year_interval(year: i32, bound: Bound) -> Option<DateInterval> {
    let first = ymd(year, 1, 1)?;
    Some(DateInterval {
        nominal: DateNominal::Year(first.year()),
        low: first,
        high: first.last_of_year(),
        bound,
    })
}

/// Two-digit years: 00..49 are 2000..2049, 50..99 are 1950..1999.
fn full_year(two_digits: u32) -> i32 {
    let y = two_digits as i32;
    if y < 50 {
        2000 + y
    } else {
        1900 + y
    }
}

/// What a date phrase names, before a year is chosen for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Day {
        month: u8,
        day: u8,
    },
    /// "January 20-22".
    Days {
        month: u8,
        days: (u8, u8),
    },
    Month {
        month: u8,
    },
    /// "late January": days of a month, cut to its length.
    MonthPart {
        month: u8,
        days: (u8, u8),
        bound: Bound,
    },
    /// "Q3", "early 2025", "winter": months of a year; `months.1 < months.0`
    /// runs into the next year.
    YearPart {
        months: (u8, u8),
        bound: Bound,
    },
    /// "the early 1990s": years of the decade starting at the year given.
    Decade {
        years: (u8, u8),
        bound: Bound,
    },
}

impl Shape {
    fn at(self, year: i32) -> Option<DateInterval> {
        match self {
            Shape::Day { month, day } => ymd(year, month, day).map(day_interval),
            Shape::Days { month, days } => {
                let low = ymd(year, month, days.0)?;
                let high = ymd(year, month, days.1)?;
                Some(DateInterval {
                    nominal: DateNominal::Day(low),
                    low,
                    high,
                    bound: Bound::Range,
                })
            }
            Shape::Month { month } => month_interval(year, month, Bound::Exact),
            Shape::MonthPart { month, days, bound } => {
                let whole = month_interval(year, month, bound)?;
                let last = whole.high.day() as u8;
                Some(DateInterval {
                    low: ymd(year, month, days.0.min(last))?,
                    high: ymd(year, month, days.1.min(last))?,
                    ..whole
                })
            }
            Shape::YearPart { months, bound } => {
                let end_year = if months.1 < months.0 { year + 1 } else { year };
                Some(DateInterval {
                    nominal: DateNominal::Year(i16::try_from(year).ok()?),
                    low: ymd(year, months.0, 1)?,
                    high: ymd(end_year, months.1, 1)?.last_of_month(),
                    bound,
                })
            }
            Shape::Decade { years, bound } => {
                let low = ymd(year + i32::from(years.0), 1, 1)?;
                let high = ymd(year + i32::from(years.1), 12, 31)?;
                Some(DateInterval {
                    nominal: DateNominal::Year(low.year()),
                    low,
                    high,
                    bound,
                })
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The grammar

#[derive(Clone, Debug)]
enum When {
    Fixed(DateInterval),
    /// No year written: resolved against the reference day.
    Open(Shape),
    /// A day of an unnamed month: "on the 27th".
    DayOfMonth(u8),
    /// A weekday and a day of an unnamed month: "on Monday the 8th".
    WeekdayDay(Weekday, u8),
}

#[derive(Clone, Debug)]
struct Found {
    first: usize,
    last: usize,
    when: When,
    /// The text wrote the year: the date anchors later dates without one.
    explicit: bool,
    /// A four-digit number read as a year from its context alone.
    bare_year: bool,
}

impl Found {
    fn new(first: usize, last: usize, when: When) -> Self {
        Found {
            first,
            last,
            when,
            explicit: false,
            bare_year: false,
        }
    }

    /// `shape` in `year` when the text gave one, else left open.
    fn shaped(first: usize, last: usize, shape: Shape, year: Option<i32>) -> Option<Self> {
        Some(match year {
            Some(y) => Found {
                explicit: true,
                ..Found::new(first, last, When::Fixed(shape.at(y)?))
            },
            None => Found::new(first, last, When::Open(shape)),
        })
    }

    fn fixed(first: usize, last: usize, iv: DateInterval) -> Self {
        Found::new(first, last, When::Fixed(iv))
    }

    /// Names a single day (whatever its year).
    fn is_day(&self) -> bool {
        match &self.when {
            When::Fixed(iv) => matches!(iv.nominal, DateNominal::Day(_)),
            When::Open(shape) => matches!(shape, Shape::Day { .. } | Shape::Days { .. }),
            When::DayOfMonth(_) | When::WeekdayDay(..) => true,
        }
    }
}

/// The longer of two readings; the first on a tie.
fn longer(a: Option<Found>, b: Option<Found>) -> Option<Found> {
    match (a, b) {
        (Some(a), Some(b)) => {
            if b.last - b.first > a.last - a.first {
                Some(b)
            } else {
                Some(a)
            }
        }
        (a, b) => a.or(b),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shift {
    Last,
    This,
    Next,
}

impl Shift {
    fn offset(self) -> i64 {
        match self {
            Shift::Last => -1,
            Shift::This => 0,
            Shift::Next => 1,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DayForm {
    Digits,
    OrdinalDigits,
    OrdinalWord,
    CardinalWord,
}

impl DayForm {
    fn is_word(self) -> bool {
        matches!(self, DayForm::OrdinalWord | DayForm::CardinalWord)
    }

    fn is_ordinal(self) -> bool {
        matches!(self, DayForm::OrdinalWord | DayForm::OrdinalDigits)
    }
}

#[derive(Clone, Copy, Debug)]
struct DayTok {
    value: u8,
    /// The token after the day.
    next: usize,
    form: DayForm,
}

/// "twenty" to "ninety": number words that take a unit word after them.
fn is_tens(v: u8) -> bool {
    matches!(v, 20 | 30 | 40 | 50 | 60 | 70 | 80 | 90)
}

/// The value of 1 to 4 ASCII digits, with their count.
fn digits(s: &str) -> Option<(u32, usize)> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((
        s.bytes().fold(0, |v, b| v * 10 + u32::from(b - b'0')),
        s.len(),
    ))
}

/// Every date reading in the document. `published` anchors relative dates and
/// months named without a year.
pub fn find_dates(scan: &Scan, lex: &DateLexicon, published: Option<Date>) -> Vec<Candidate> {
    if scan.is_empty() {
        return Vec::new();
    }
    let mut finder = Finder::new(scan, lex, published);
    finder.run();
    finder.month_from_sentence();
    finder.listed_days();
    finder.out.sort_by_key(|c| c.first);
    finder.out
}

struct Finder<'a, 't> {
    scan: &'a Scan<'t>,
    lex: &'a DateLexicon,
    /// Lexicon class of each token (0 for unknown words, digits and
    /// punctuation); empty for a tagged scan, whose tags hold the classes.
    class: Vec<u16>,
    published: Option<Date>,
    /// The end of the latest date written with its year.
    doc_anchor: Option<Date>,
    /// The latest single day named: "two days later" counts from it.
    narrative: Option<Date>,
    /// The day named before `narrative`, and the last token of the phrase
    /// that named `narrative`: "opened on 14 April and carried … on 2 June,
    /// six weeks later" counts the weeks from 14 April.
    narrative_before: Option<Date>,
    narrative_end: Option<usize>,
    /// The first day of the last date named at any grain ("in 1987"): what
    /// "11 years later" counts from.
    last_named: Option<Date>,
    /// `last_named` and `last_month` before the last date emitted, and that
    /// date's last token: what "last week, 20 months later" counts from.
    named_before: Option<Date>,
    month_before: Option<Date>,
    last_end: Option<usize>,
    /// The first day of the last date named at a month's grain or finer:
    /// what "opened four months later" counts from ("approved in June 2024,
    /// opened four months later").
    last_month: Option<Date>,
    /// The last token of the latest date that lies after the reference day:
    /// "is at Lake Arlen from 11 to 13 July, … before the world
    /// championships in September" runs on from it.
    ahead_end: Option<usize>,
    /// A day whose stated weekday chose its year, and the first token of
    /// its sentence: "started on Saturday, December 7, eight days after the
    /// planned opening on November 29" places the yearless day beside it.
    weekday_anchor: Option<(usize, Date)>,
    /// First token not yet part of an emitted date.
    floor: usize,
    out: Vec<Candidate>,
    /// Indices into `out` of days given without a month ("on the 20th").
    days_of_month: Vec<usize>,
}

impl<'a, 't> Finder<'a, 't> {
    fn new(scan: &'a Scan<'t>, lex: &'a DateLexicon, published: Option<Date>) -> Self {
        // A tagged scan already holds each token's class.
        let class = match scan.tags() {
            Some(_) => Vec::new(),
            None => (0..scan.len())
                .map(|i| match scan.tokens[i].kind {
                    TokenKind::Word | TokenKind::Mixed => lex.classify(scan.low(i)),
                    _ => 0,
                })
                .collect(),
        };
        Finder {
            scan,
            lex,
            class,
            published,
            doc_anchor: None,
            narrative: None,
            narrative_before: None,
            narrative_end: None,
            last_named: None,
            named_before: None,
            month_before: None,
            last_end: None,
            last_month: None,
            ahead_end: None,
            weekday_anchor: None,
            floor: 0,
            out: Vec::new(),
            days_of_month: Vec::new(),
        }
    }

    /// "contained on the 20th, after … since it broke out on 6 August": a day
    /// without a month takes the month of a full date in its sentence when
    /// that puts it after the full date; the story runs forward from it.
    fn month_from_sentence(&mut self) {
        // Mates are looked for among the dates of the day's own sentence only,
        // found by bisection when the dates are in text order (they are as
        // found), so a long text costs no square.
        let in_order = self.out.windows(2).all(|w| w[0].first <= w[1].first);
        for &k in &self.days_of_month {
            let Value::Date(iv) = &self.out[k].value else {
                continue;
            };
            let DateNominal::Day(own) = iv.nominal else {
                continue;
            };
            let sentence = self.scan.tokens[self.out[k].first].sentence;
            // "gave it until 29 August": a deadline dates no event of the story.
            let deadline = |c: &Candidate| {
                c.first > 0
                    && matches!(
                        self.scan.low(c.first - 1),
                        "until" | "till" | "by" | "before" | "deadline"
                    )
            };
            let (s0, s1) = self.scan.sentence_of(self.out[k].first);
            let range = if in_order {
                self.out.partition_point(|c| c.first < s0)
                    ..self.out.partition_point(|c| c.first < s1)
            } else {
                0..self.out.len()
            };
            let mate = range.into_iter().find_map(|j| {
                let c = &self.out[j];
                let same = j != k
                    && !self.days_of_month.contains(&j)
                    && self.scan.tokens[c.first].sentence == sentence
                    && !deadline(c);
                match &c.value {
                    Value::Date(d) if same && d.low == d.high => match d.nominal {
                        DateNominal::Day(x) => Some(x),
                        _ => None,
                    },
                    _ => None,
                }
            });
            let Some(mate) = mate else { continue };
            // The day in the full date's month or the month after, whichever
            // is nearer: "contained on the 20th, after it broke out on 6
            // August" (20 August); "went offline on 14 June 2023, nine days
            // after the complaint on the 5th" (5 June); "broke out on 28
            // September and was contained on the 2nd" (2 October).
            let in_month = |m: Date| ymd(i32::from(m.year()), m.month() as u8, own.day() as u8);
            let distance = |d: &Date| mate.since(*d).map_or(i32::MAX, |s| s.get_days().abs());
            let next = add_months(mate.first_of_month(), 1).and_then(in_month);
            // Before the full date only when that date is told as past: "opened
            // an inquiry on the 14th and gave it until 29 August" (a deadline
            // ahead of publication) leaves the 14th in its own month.
            let told_past = self.published.is_some_and(|p| mate <= p);
            let moved = [in_month(mate), next]
                .into_iter()
                .flatten()
                .filter(|d| *d > mate || told_past)
                .min_by_key(distance)
                .filter(|d| *d != own && distance(d) < distance(&own));
            if let Some(d) = moved {
                self.out[k].value = Value::Date(day_interval(d));
            }
        }
    }

    /// Days listed with one month: "on July 19 and 20", "on 19 and 20 July",
    /// "on 3, 4 and 5 May". The month is written once, with the last day
    /// (day first) or the first (month first); the other days take it. The
    /// days must run upwards, so "July 19 and 3 others" stays a count.
    fn listed_days(&mut self) {
        let scan = self.scan;
        let day_at = |t: usize| -> Option<u8> {
            if scan.kind(t) != Some(TokenKind::Number) {
                return None;
            }
            let (v, len) = digits(scan.text(t))?;
            (len == scan.text(t).len() && (1..=31).contains(&v)).then_some(v as u8)
        };
        let separator =
            |t: usize| scan.is_punct(t, ',') || matches!(scan.low(t), "and" | "or" | "&");
        // A listed day stands alone: a comma, "and" or the sentence's end after
        // it, not a noun or unit ("July 19 and 20 people", "20%").
        let alone = |t: usize| {
            t + 1 >= scan.len()
                || (scan.kind(t + 1) == Some(TokenKind::Punct)
                    && !scan.is_punct(t + 1, '%')
                    && !scan.is_dash(t + 1)
                    && !scan.is_punct(t + 1, ':'))
                || matches!(scan.low(t + 1), "and" | "or")
        };
        // The dates found, by start, to look up a token by bisection: a long
        // text costs no square.
        let mut found: Vec<(usize, usize)> = self.out.iter().map(|c| (c.first, c.last)).collect();
        found.sort_unstable();
        let taken = |t: usize| {
            let i = found.partition_point(|&(first, _)| first <= t);
            i > 0 && t <= found[i - 1].1
        };
        let mut listed: Vec<Candidate> = Vec::new();
        for c in &self.out {
            let Value::Date(iv) = &c.value else { continue };
            if iv.low != iv.high || !matches!(iv.nominal, DateNominal::Day(_)) {
                continue;
            }
            let month_at = |t: usize| self.lex.lookup(scan.low(t)).month != 0;
            let (year, month, day) = (iv.low.year(), iv.low.month(), iv.low.day());
            let on = |d: u8| ymd(i32::from(year), month as u8, d);
            if month_at(c.first) && c.last > c.first {
                // "July 19 and 20", "July 19, 20 and 21".
                let (mut t, mut prev) = (c.last + 1, day as u8);
                loop {
                    let mut u = t;
                    while u < t + 2 && u < scan.len() && separator(u) {
                        u += 1;
                    }
                    let Some(d) = (u > t).then(|| day_at(u)).flatten() else {
                        break;
                    };
                    if d <= prev || !alone(u) || taken(u) {
                        break;
                    }
                    let Some(date) = on(d) else { break };
                    listed.push(Self::listed(u, date));
                    (t, prev) = (u + 1, d);
                }
            } else if month_at(c.last) && c.last > c.first {
                // "19 and 20 July", "3, 4 and 5 May".
                let (mut t, mut next) = (c.first, day as u8);
                while t > 0 {
                    let mut u = t;
                    while u + 2 > t && u > 0 && separator(u - 1) {
                        u -= 1;
                    }
                    let Some(d) = (u < t && u > 0).then(|| day_at(u - 1)).flatten() else {
                        break;
                    };
                    if d >= next || taken(u - 1) {
                        break;
                    }
                    let Some(date) = on(d) else { break };
                    listed.push(Self::listed(u - 1, date));
                    (t, next) = (u - 1, d);
                }
            }
        }
        self.out.extend(listed);
    }

    fn listed(t: usize, date: Date) -> Candidate {
        let mut c = Candidate::new(t, t, Kind::Date, Value::Date(day_interval(date)));
        c.priority = 2;
        c
    }

    fn run(&mut self) {
        let n = self.scan.len();
        // Only figures and words that wake the finder can start a date.
        let wake = Tags::DIGITS | Tags::DATE_WAKES;
        let mut i = self.scan.next_tagged(0, wake);
        while i < n {
            if self.wakes(i) {
                if let Some(found) = self.best_at(i) {
                    let next = (found.last + 1).max(i + 1);
                    self.emit(found);
                    self.floor = next;
                    i = self.scan.next_tagged(next, wake);
                    continue;
                }
            }
            i = self.scan.next_tagged(i + 1, wake);
        }
    }

    fn emit(&mut self, found: Found) {
        let Some(iv) = self.resolve(&found) else {
            return;
        };
        if found.explicit {
            self.doc_anchor = Some(iv.high);
        }
        self.named_before = self.last_named;
        self.month_before = self.last_month;
        self.last_end = Some(found.last);
        self.last_named = Some(iv.low);
        if self.reference().is_some_and(|r| iv.low > r) {
            self.ahead_end = Some(found.last);
        }
        if iv.high.since(iv.low).is_ok_and(|s| s.get_days() <= 31) {
            self.last_month = Some(iv.low);
        }
        if let DateNominal::Day(d) = iv.nominal {
            if iv.low == iv.high {
                self.narrative_before = self.narrative;
                self.narrative = Some(d);
                self.narrative_end = Some(found.last);
            }
        }
        if let When::Open(shape) = found.when {
            if self.that_year_after(found.last).is_none()
                && self.year_of_weekday(shape, &found).is_some()
            {
                let s0 = self.scan.sentence_of(found.first).0;
                self.weekday_anchor = Some((s0, iv.low));
            }
        }
        let mut c = Candidate::new(found.first, found.last, Kind::Date, Value::Date(iv));
        c.priority = 2;
        if let When::WeekdayDay(wd, day) = found.when {
            c.weekday_fixed = self.weekday_day_fits(wd, day).len() == 1;
        }
        if matches!(found.when, When::DayOfMonth(_)) {
            self.days_of_month.push(self.out.len());
        }
        self.out.push(c);
    }

    // -- token helpers ------------------------------------------------------

    fn n(&self) -> usize {
        self.scan.len()
    }

    /// The date lexicon's class of token `i`: from the scan's tags, or from
    /// `class` for an untagged scan.
    fn class_of(&self, i: usize) -> Option<&u16> {
        match self.scan.tags() {
            Some(tags) => tags.get(i).map(|t| &t.date_class),
            None => self.class.get(i),
        }
    }

    fn word(&self, i: usize) -> &'a Word {
        match self.class_of(i) {
            Some(&c) => self.lex.entry(c),
            None => &NO_WORD,
        }
    }

    fn plural(&self, i: usize) -> bool {
        self.class_of(i).is_some_and(|&c| c & PLURAL != 0)
    }

    fn has(&self, i: usize, f: u32) -> bool {
        self.word(i).flags & f != 0
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.scan.kind(i)
    }

    fn text(&self, i: usize) -> &'t str {
        if i < self.n() {
            self.scan.text(i)
        } else {
            ""
        }
    }

    fn low(&self, i: usize) -> &str {
        if i < self.n() {
            self.scan.low(i)
        } else {
            ""
        }
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.scan.is(i, w)
    }

    fn joined(&self, i: usize) -> bool {
        self.scan.joined(i)
    }

    fn dash(&self, i: usize) -> bool {
        self.scan.is_dash(i)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.scan.is_punct(i, c)
    }

    /// A dash touching the tokens on both sides: "jan-1".
    fn tight_dash(&self, i: usize) -> bool {
        self.dash(i) && self.joined(i) && self.joined(i + 1)
    }

    /// The token before `i`, if it is free to join a date starting at `i`.
    fn back(&self, i: usize) -> Option<usize> {
        (i > self.floor).then(|| i - 1)
    }

    /// The token before `i`, for context only.
    fn prev(&self, i: usize) -> Option<usize> {
        i.checked_sub(1)
    }

    /// Start of a phrase at `i`, taking a "the" before it.
    fn absorb_the(&self, i: usize) -> usize {
        match self.back(i) {
            Some(p) if self.is(p, "the") => p,
            _ => i,
        }
    }

    /// Nothing that could continue a number or a name follows: end of text or
    /// clause punctuation (not ':' as in "9:30", not '-', '/', '%').
    fn clause_end(&self, j: usize) -> bool {
        if j >= self.n() {
            return true;
        }
        let t = &self.scan.tokens[j];
        if t.newline_before {
            return true;
        }
        t.kind == TokenKind::Punct
            && matches!(
                self.scan.text(j),
                "." | ","
                    | "!"
                    | "?"
                    | ";"
                    | ")"
                    | "]"
                    | "\""
                    | "\u{201d}"
                    | "\u{2019}"
                    | "'"
                    | "\u{2026}"
            )
    }

    fn shift_at(&self, i: usize) -> Option<Shift> {
        let f = self.word(i).flags;
        if f & flag::LAST != 0 {
            Some(Shift::Last)
        } else if f & flag::THIS != 0 {
            Some(Shift::This)
        } else if f & flag::NEXT != 0 {
            Some(Shift::Next)
        } else {
            None
        }
    }

    fn match_phrase(&self, i: usize, phrase: &Phrase) -> Option<usize> {
        for (k, w) in phrase.words.iter().enumerate() {
            let j = i + k;
            let ok = if &**w == "-" {
                self.dash(j)
            } else {
                k == 0 || self.low(j) == &**w
            };
            if !ok {
                return None;
            }
        }
        Some(i + phrase.words.len())
    }

    /// A date after one still to come in its sentence, with a word of
    /// sequence between ("from 11 to 13 July, … before the world
    /// championships in September" is the September after it) or in
    /// apposition to it ("three weeks later, on May 23").
    fn after_ahead(&self, i: usize) -> bool {
        let Some(end) = self.ahead_end.filter(|&e| e < i) else {
            return false;
        };
        let (start, _) = self.scan.sentence_of(i);
        // "with a second in Wexley three weeks later, on May 23": a date in
        // apposition to one still to come is that day.
        let apposed = (end + 1..i).all(|j| self.punct(j, ',') || self.is(j, "on"))
            && self.punct(end + 1, ',');
        end >= start
            && (apposed
                || (end + 1..i)
                    .any(|j| matches!(self.low(j), "before" | "ahead" | "then" | "until")))
    }

    /// A future cue earlier in the sentence of token `i`.
    fn future(&self, i: usize) -> bool {
        let i = i.min(self.n().saturating_sub(1));
        let (start, _) = self.scan.sentence_of(i);
        // Twelve tokens back, or further to the start of the date's clause:
        // "will pay 2.50 crowns an hour to park at the board's seven
        // hospitals from 1 April".
        let clause = (start.max(i.saturating_sub(30))..i)
            .rev()
            .find(|&j| {
                self.scan.kind(j) == Some(TokenKind::Punct)
                    && !self.scan.is_punct(j, '\'')
                    && !self.scan.is_punct(j, '’')
            })
            .map_or(start.max(i.saturating_sub(30)), |j| j + 1);
        let from = start.max(i.saturating_sub(12)).min(clause);
        // "extended the lockdown to May 1" points forward; "was extended in
        // March" dates the extension itself.
        let target = self
            .prev(i)
            .is_some_and(|p| matches!(self.low(p), "to" | "until" | "till" | "into" | "through"));
        // "will remain in custody, where he has been held since May": "since"
        // always looks back.
        if self.prev(i).is_some_and(|p| self.low(p) == "since") {
            return false;
        }
        // "will stop delivering babies this spring after the board voted on
        // Monday": a clause a subordinator opens after the future cue, its
        // verb past right before the date's preposition, looks back.
        let past_clause = self.prev(i).and_then(|p| self.prev(p)).is_some_and(|v| {
            let verb = self.low(v);
            verb.len() > 4
                && verb.ends_with("ed")
                && self.scan.kind(v) == Some(TokenKind::Word)
                && !self
                    .prev(v)
                    .is_some_and(|b| matches!(self.low(b), "be" | "been" | "being" | "to"))
                && (from..v).any(|j| matches!(self.low(j), "after" | "when" | "because" | "since"))
                && (from..v).all(|j| self.scan.kind(j) != Some(TokenKind::Punct))
        });
        if past_clause {
            return false;
        }
        // "before the levy rises in January", "the law takes effect in
        // March": a timetable's present tense right before the date's
        // preposition.
        if self.lex.scheduled_before(self.scan, i) {
            return true;
        }
        (from..i).any(|j| {
            let w = self.word(j);
            if w.flags & flag::FUTURE_FORWARD != 0 && target {
                return true;
            }
            let low = self.low(j);
            if self.lex.future_suffixes.iter().any(|s| low.ends_with(&**s)) {
                return true;
            }
            // "The militia ran the prison until December": a verb of lasting
            // in the past (`past_span` in the lexicon) and no other future
            // cue before "until" tell a span that has ended. A deadline
            // ("gave the firm until 29 August") still looks forward.
            if matches!(low, "until" | "till") {
                let before = from..j;
                // Not a passive ("was held until March" may run on).
                let past = before.clone().any(|k| {
                    self.has(k, flag::PAST_SPAN)
                        && !self
                            .prev(k)
                            .is_some_and(|p| self.has(p, flag::PAST_AUXILIARY))
                });
                let ahead = before.into_iter().any(|k| {
                    self.word(k).flags & flag::FUTURE != 0
                        || self
                            .lex
                            .future_suffixes
                            .iter()
                            .any(|s| self.low(k).ends_with(&**s))
                });
                if past && !ahead {
                    return false;
                }
            }
            // "was expected to end on December 15" looks back, not forward.
            if self
                .prev(j)
                .is_some_and(|p| self.has(p, flag::PAST_AUXILIARY))
            {
                return false;
            }
            w.flags & flag::FUTURE != 0
                || w.phrases.iter().any(|&p| {
                    let p = &self.lex.phrases[usize::from(p)];
                    matches!(p.meaning, PhraseMeaning::Future)
                        && self.match_phrase(j, p).is_some_and(|end| end <= i)
                })
        })
    }

    fn wakes(&self, i: usize) -> bool {
        match self.scan.tokens[i].kind {
            TokenKind::Number | TokenKind::Mixed => true,
            TokenKind::Word => match self.scan.tags() {
                Some(tags) => tags[i].has(Tags::DATE_WAKES),
                None => self.word(i).wakes,
            },
            TokenKind::Punct => false,
        }
    }

    // -- resolution ----------------------------------------------------------

    fn reference(&self) -> Option<Date> {
        self.published.or(self.doc_anchor)
    }

    fn resolve(&self, found: &Found) -> Option<DateInterval> {
        match &found.when {
            When::Fixed(iv) => Some(iv.clone()),
            // "on 14 June that year": the year of the date last named.
            When::Open(shape) => match self
                .that_year_after(found.last)
                .or_else(|| self.year_of_when_clause(found.first))
            {
                Some(year) => shape.at(year),
                None => self
                    .year_of_weekday(*shape, found)
                    .or_else(|| self.beside_weekday_anchor(*shape, found))
                    .or_else(|| {
                        self.resolve_open(
                            *shape,
                            self.future(found.first) || self.after_ahead(found.first),
                        )
                    }),
            },
            When::DayOfMonth(day) => self.resolve_day_of_month(*day, self.future(found.first)),
            When::WeekdayDay(wd, day) => {
                self.resolve_weekday_day(*wd, *day, self.future(found.first))
            }
        }
    }

    /// The latest occurrence starting on or before the reference day, or in
    /// the future the earliest one not yet over.
    /// A month (or part, or season) takes its latest occurrence starting on or
    /// before the reference day, or with a future cue the earliest not yet
    /// over. A single day up to a month ahead takes that occurrence when it is
    /// nearer than the past one, so that "contained on 19 August" in a story
    /// of 12 August stays after publication, where the future-date check can
    /// see it.
    fn resolve_open(&self, shape: Shape, future: bool) -> Option<DateInterval> {
        let r = self.reference()?;
        let y = i32::from(r.year());
        // Within a year back: a February 29 four years ago is not what a
        // yearless "February 29" means two weeks before it.
        let past = (y - 1..=y + 1)
            .rev()
            .find_map(|y| shape.at(y).filter(|iv| iv.low <= r));
        let next = (y - 1..=y + 8).find_map(|y| shape.at(y).filter(|iv| iv.high >= r));
        let (past, next) = match (past, next) {
            (Some(past), Some(next)) => (past, next),
            (past, next) => return past.or(next),
        };
        let days = |a: Date, b: Date| a.since(b).map_or(i64::MAX, |s| i64::from(s.get_days()));
        let single_day = matches!(shape, Shape::Day { .. } | Shape::Days { .. });
        let ahead = days(next.low, r);
        let pick_next = if future {
            // A cue that would push a day most of a year ahead while the past
            // reading is weeks old is misread tense ("the ban, planned to end
            // on April 4"), not a plan for next year.
            !(single_day && ahead > 183 && days(r, past.high) <= 62)
        } else {
            single_day && ahead <= 31 && ahead < days(r, past.low)
        };
        Some(if pick_next { next } else { past })
    }

    /// "The busiest day was Friday, August 22" in a story of 30 July 2026: of
    /// the readings within a year either side of the reference day, the one
    /// whose weekday the text states (22 August 2025 was a Friday; 2026's is
    /// a Saturday). `None` when no weekday is stated, or none or both fit —
    /// then the tense decides, and a weekday fitting no reading is left for
    /// the weekday check to report.
    fn year_of_weekday(&self, shape: Shape, found: &Found) -> Option<DateInterval> {
        if !matches!(shape, Shape::Day { .. }) {
            return None;
        }
        let stated = weekday_of(
            self.lex
                .stated_weekday(self.scan, found.first, found.last)
                .or_else(|| self.lex.weekday_referred_back(self.scan, found.last))?,
        )?;
        let r = self.reference()?;
        let y = i32::from(r.year());
        // "will launch the service on Thursday 3 October": a future cue
        // keeps the reading ahead, and its absence keeps it behind ("met
        // again on Wednesday, 3 February" is not next year's); a weekday no
        // reading on that side has is the text's slip, not another year.
        // "The tour opens at the Corn Exchange, the orchestra's home hall,
        // on Friday 17 October": a timetable's present anywhere before the
        // date in its sentence looks ahead too.
        let s0 = self.scan.sentence_of(found.first).0;
        let timetable = (s0..found.first).any(|j| self.has(j, flag::SCHEDULED));
        let ahead = self.future(found.first) || self.after_ahead(found.first) || timetable;
        let mut fits = (y - 1..=y + 1).filter_map(|y| shape.at(y)).filter(|iv| {
            let days = iv
                .low
                .since(r)
                .map_or(i64::MAX, |s| i64::from(s.get_days()));
            iv.low == iv.high
                && iv.low.weekday() == stated
                && days.abs() <= 366
                && if ahead { days >= 0 } else { days <= 0 }
        });
        if let Some(one) = fits.next() {
            return fits.next().is_none().then_some(one);
        }
        // "Bursts rose to 1,146 in 2025 …, driven by a cold snap that began
        // on Tuesday 14 January" in a story of June 2026: no reading within
        // a year fits the weekday, but the year the sentence names before
        // the day does, and the day is that year's.
        let named = self
            .out
            .iter()
            .rev()
            .take_while(|c| c.first >= s0)
            .find_map(|c| match &c.value {
                Value::Date(iv) => match iv.nominal {
                    DateNominal::Year(y) => Some(i32::from(y)),
                    _ => None,
                },
                _ => None,
            })?;
        // "Next year's race will be held on Sunday, April 26": ahead, the
        // named year may lie past the reference day.
        shape
            .at(named)
            .filter(|iv| iv.low == iv.high && iv.low.weekday() == stated && (ahead || iv.low <= r))
    }

    /// "The lifts started turning on Saturday, December 7, eight days after
    /// the planned opening on November 29": a yearless day in the sentence of
    /// a day whose weekday fixed its year is the reading nearest that day,
    /// within half a year; the plan's word does not push it a year ahead.
    fn beside_weekday_anchor(&self, shape: Shape, found: &Found) -> Option<DateInterval> {
        if !matches!(shape, Shape::Day { .. }) {
            return None;
        }
        let (s0, anchor) = self.weekday_anchor?;
        if self.scan.sentence_of(found.first).0 != s0 {
            return None;
        }
        let y = i32::from(anchor.year());
        let apart = |iv: &DateInterval| {
            iv.low
                .since(anchor)
                .map_or(i64::MAX, |s| i64::from(s.get_days()).abs())
        };
        (y - 1..=y + 1)
            .filter_map(|y| shape.at(y))
            .min_by_key(|iv| apart(iv))
            .filter(|iv| apart(iv) <= 183)
    }

    /// "since 2018, when a restriction imposed on July 20 was lifted on
    /// August 31": a yearless date in a "when" clause that a year opens is
    /// that year's.
    fn year_of_when_clause(&self, first: usize) -> Option<i32> {
        let s0 = self.scan.sentence_of(first).0;
        self.out
            .iter()
            .rev()
            .take_while(|c| c.first >= s0)
            .filter(|c| c.last < first)
            .find_map(|c| match &c.value {
                Value::Date(iv) => match iv.nominal {
                    DateNominal::Year(y)
                        if self.scan.is_punct(c.last + 1, ',') && self.is(c.last + 2, "when") =>
                    {
                        Some(i32::from(y))
                    }
                    _ => None,
                },
                _ => None,
            })
    }

    /// "that year", "the same year", "of that year", "that same year" after a
    /// yearless date: the year of the date named before it; "last year",
    /// "this year", "next year": the reference day's year, shifted.
    fn that_year_after(&self, last: usize) -> Option<i32> {
        let mut j = last + 1;
        if self.is(j, "of") {
            j += 1;
        }
        // "on Jan 20 last year", "in March next year": the year counted from
        // the reference day.
        let shift = match self.low(j) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        };
        if let Some(shift) = shift {
            let year = self.word(j + 1).unit == Some(Unit::Year) && !self.plural(j + 1);
            return year
                .then(|| self.reference().map(|r| i32::from(r.year()) + shift))
                .flatten();
        }
        // "the year before" is another year: "the" only with "same".
        if self.is(j, "that") {
            j += 1;
            if self.is(j, "same") {
                j += 1;
            }
        } else if self.is(j, "the") && self.is(j + 1, "same") {
            j += 2;
        } else {
            return None;
        }
        (self.word(j).unit == Some(Unit::Year) && !self.plural(j))
            .then(|| self.last_named.map(|d| i32::from(d.year())))
            .flatten()
    }

    /// "Saturday the 20th": the month, up to two either side of the
    /// reference day, whose day falls on that weekday, the nearest; when
    /// none does, the day as if no weekday were named (the stated weekday
    /// then disagrees with it, which CC012 reports).
    /// Two months that fit ("Thursday the 20th" in February and March 2025)
    /// are told apart by the tense, as a bare day is.
    fn resolve_weekday_day(&self, wd: Weekday, day: u8, future: bool) -> Option<DateInterval> {
        let r = self.reference()?;
        let fits = self.weekday_day_fits(wd, day);
        // A lone fit more than a month on the other side of the tense is
        // not the day meant: "On Tuesday the 19th the board met", published
        // on 7 December 2026, is not 19 January 2027 but the last 19th,
        // whose weekday then disagrees.
        let against_tense = |d: Date| {
            let days = (d - r).get_days();
            if future {
                days < -31
            } else {
                days > 31
            }
        };
        let chosen = match fits.as_slice() {
            [one] if against_tense(*one) => None,
            [one] => Some(*one),
            [] => None,
            many if future => many.iter().copied().find(|d| *d >= r),
            many => many.iter().copied().rev().find(|d| *d <= r),
        };
        chosen
            .map(day_interval)
            .or_else(|| self.resolve_day_of_month(day, future))
    }

    /// The days numbered `day` that fall on `wd`, in the months from two
    /// before the reference day's to two after, in order.
    fn weekday_day_fits(&self, wd: Weekday, day: u8) -> Vec<Date> {
        let Some(r) = self.reference() else {
            return Vec::new();
        };
        let first = r.first_of_month();
        (-2..=2)
            .filter_map(|k| {
                let month = add_months(first, k)?;
                ymd(i32::from(month.year()), month.month() as u8, day)
            })
            .filter(|d| d.weekday() == wd)
            .collect()
    }

    fn resolve_day_of_month(&self, day: u8, future: bool) -> Option<DateInterval> {
        let r = self.reference()?;
        let first = r.first_of_month();
        (0..13).find_map(|k| {
            let month = add_months(first, if future { k } else { -k })?;
            let d = ymd(i32::from(month.year()), month.month() as u8, day)?;
            let fits = if future { d >= r } else { d <= r };
            fits.then(|| day_interval(d))
        })
    }

    // -- dispatch ------------------------------------------------------------

    /// "later that month", "earlier the same week": the rest of the period
    /// of the day last named, after it or before it.
    fn that_period_at(&self, i: usize) -> Option<Found> {
        let later = match self.low(i) {
            "later" => true,
            "earlier" => false,
            _ => return None,
        };
        let mut j = i + 1;
        if self.is(j, "that") {
            j += 1;
        } else if self.is(j, "the") && self.is(j + 1, "same") {
            j += 2;
        } else {
            return None;
        }
        let unit = self.word(j).unit?;
        let day = self.narrative_base(i)?;
        let (start, end) = match unit {
            Unit::Month => {
                let first = day.first_of_month();
                (first, add_days(add_months(first, 1)?, -1)?)
            }
            Unit::Week => {
                let monday = week_start(day, 0)?;
                (monday, add_days(monday, 6)?)
            }
            Unit::Year => (
                ymd(i32::from(day.year()), 1, 1)?,
                ymd(i32::from(day.year()), 12, 31)?,
            ),
            _ => return None,
        };
        let (low, high) = if later {
            (add_days(day, 1)?, end)
        } else {
            (start, add_days(day, -1)?)
        };
        if low > high {
            return None;
        }
        let iv = DateInterval {
            nominal: DateNominal::Day(low),
            low,
            high,
            bound: Bound::Range,
        };
        Some(Found::fixed(i, j, iv))
    }

    fn best_at(&self, i: usize) -> Option<Found> {
        let w = self.word(i);
        let kind = self.scan.tokens[i].kind;
        let digit = matches!(kind, TokenKind::Number | TokenKind::Mixed);
        let mut best = self.that_period_at(i);
        if digit {
            best = longer(best, self.numeric_at(i, false));
            best = longer(best, self.year_at_context(i));
            best = longer(best, self.mixed_at(i));
            best = longer(best, self.decade_reading_at(i));
        }
        if digit || w.ordinal > 0 || w.cardinal > 0 {
            best = longer(best, self.day_first_at(i));
            best = longer(best, self.lone_day_at(i));
            best = longer(best, self.nth_weekday_at(i));
        }
        if w.weekday > 0 {
            let f = if self.plural(i) {
                self.unit_at(i)
            } else {
                self.weekday_at(i)
            };
            best = longer(best, f);
        }
        if w.month > 0 {
            best = longer(best, self.month_at(i, false));
        }
        if !w.phrases.is_empty() {
            best = longer(best, self.part_at(i));
            best = longer(best, self.day_offset_at(i));
            best = longer(best, self.holiday_at(i));
        }
        if w.season.is_some() {
            best = longer(best, self.season_at(i));
        }
        if w.unit.is_some() {
            best = longer(best, self.unit_at(i));
        }
        self.extend_range(best?)
    }

    /// A date that can stand on its own after a weekday or as the second half
    /// of a range.
    fn absolute_at(&self, j: usize, after_weekday: bool) -> Option<Found> {
        let mut best = self.month_at(j, true);
        best = longer(best, self.day_first_at(j));
        best = longer(best, self.numeric_at(j, after_weekday));
        best = longer(best, self.mixed_at(j));
        best
    }

    // -- days and years --------------------------------------------------------

    /// Number words for 1..=99: "fifteen", "twenty one", "twenty-first".
    fn number_words(&self, i: usize) -> Option<(u8, usize, bool)> {
        let w = self.word(i);
        let (value, ordinal) = if w.ordinal > 0 {
            (w.ordinal, true)
        } else if w.cardinal > 0 {
            (w.cardinal, false)
        } else {
            return None;
        };
        if !ordinal && is_tens(value) {
            let j = if self.tight_dash(i + 1) { i + 2 } else { i + 1 };
            let unit = self.word(j);
            if (1..=9).contains(&unit.ordinal) {
                return Some((value + unit.ordinal, j + 1, true));
            }
            if (1..=9).contains(&unit.cardinal) {
                return Some((value + unit.cardinal, j + 1, false));
            }
        }
        Some((value, i + 1, ordinal))
    }

    fn day_at(&self, i: usize) -> Option<DayTok> {
        let (value, next, form) = match self.kind(i)? {
            TokenKind::Number => {
                let (v, len) = digits(self.text(i))?;
                if len > 2 {
                    return None;
                }
                (v, i + 1, DayForm::Digits)
            }
            TokenKind::Mixed => {
                let s = self.low(i);
                let cut = s.find(|c: char| !c.is_ascii_digit())?;
                let (num, suffix) = s.split_at(cut);
                if !matches!(suffix, "st" | "nd" | "rd" | "th") {
                    return None;
                }
                let (v, len) = digits(num)?;
                if len > 2 {
                    return None;
                }
                (v, i + 1, DayForm::OrdinalDigits)
            }
            TokenKind::Word => {
                let (v, next, ordinal) = self.number_words(i)?;
                let form = if ordinal {
                    DayForm::OrdinalWord
                } else {
                    DayForm::CardinalWord
                };
                (u32::from(v), next, form)
            }
            TokenKind::Punct => return None,
        };
        (1..=31).contains(&value).then_some(DayTok {
            value: value as u8,
            next,
            form,
        })
    }

    /// A four-digit year 1000..=2100.
    fn year_token(&self, i: usize) -> Option<i32> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let (v, len) = digits(self.text(i))?;
        (len == 4 && (1000..=2100).contains(&v)).then_some(v as i32)
    }

    /// "1990s" or "1990's": the decade and its last token.
    fn decade_at(&self, i: usize) -> Option<(i32, usize)> {
        let (number, last) = match self.kind(i)? {
            TokenKind::Mixed => (self.low(i).strip_suffix('s')?, i),
            TokenKind::Number => {
                let apostrophe = self.punct(i + 1, '\'') || self.punct(i + 1, '\u{2019}');
                let s =
                    apostrophe && self.joined(i + 1) && self.joined(i + 2) && self.is(i + 2, "s");
                (self.text(i), s.then_some(i + 2)?)
            }
            _ => return None,
        };
        let (v, _) = digits(number)?;
        (v % 10 == 0 && (1000..=2100).contains(&v)).then_some((v as i32, last))
    }

    /// "the 1990s": the whole decade, a Range with its first year as nominal.
    fn decade_reading_at(&self, i: usize) -> Option<Found> {
        let (decade, last) = self.decade_at(i)?;
        let shape = Shape::Decade {
            years: (0, 9),
            bound: Bound::Range,
        };
        Found::shaped(self.absorb_the(i), last, shape, Some(decade))
    }

    /// A token after a four-digit number that makes it a count: a plural noun
    /// ("2000 soldiers"), a unit, "%", or a hyphenated adjective ("2000-strong").
    fn counts_something(&self, j: usize) -> bool {
        if j >= self.n() {
            return false;
        }
        if self.punct(j, '%') {
            return true;
        }
        if self.tight_dash(j) && self.kind(j + 1) == Some(TokenKind::Word) {
            return self.word(j + 1).month == 0;
        }
        if self.kind(j) != Some(TokenKind::Word) || self.scan.capitalized(j) {
            return false;
        }
        if self.has(j, flag::NOT_YEAR) {
            return true;
        }
        let low = self.low(j);
        // "the draft budget for 2026 proposes a digital content budget": a
        // verb in -s before an article or a possessive, not a plural noun
        // ("2,000 homes a year" counts homes).
        let verb = match self.low(j + 1) {
            "the" | "its" | "their" | "his" | "her" | "our" | "that" => true,
            "a" | "an" => self.word(j + 2).unit.is_none(),
            _ => false,
        };
        low.len() > 3
            && low.ends_with('s')
            && !low.ends_with("ss")
            && !verb
            && !self.has(j, flag::NOT_PLURAL)
            && self.word(j).unit.is_none()
    }

    /// A bare year, or a span of years: "in 2014", "2014-2019", "2014–19".
    fn year_at_context(&self, i: usize) -> Option<Found> {
        let y = self.year_token(i)?;
        // "+86 138-2010-2015": part of a phone number or code.
        let chained_before = self.joined(i)
            && self
                .prev(i)
                .is_some_and(|p| self.dash(p) || self.punct(p, '/'));
        if chained_before {
            return None;
        }
        if self.dash(i + 1) {
            let second = match self.year_token(i + 2) {
                Some(y2) => Some(y2),
                None if self.tight_dash(i + 1) => {
                    let (v, len) = digits(self.text(i + 2))
                        .filter(|_| self.kind(i + 2) == Some(TokenKind::Number))?;
                    // "2014–19"; "2015-32" is not how anyone writes a span.
                    Some(y / 100 * 100 + v as i32).filter(|y2| len == 2 && y2 - y <= 10)
                }
                None => None,
            };
            if let Some(y2) = second.filter(|&y2| y2 > y && y2 - y <= 100) {
                let chained_after = self.tight_dash(i + 3) || self.punct(i + 3, '/');
                if chained_after || self.counts_something(i + 3) {
                    return None;
                }
                let iv = DateInterval {
                    bound: Bound::Range,
                    high: year_interval(y2, Bound::Exact)?.high,
                    ..year_interval(y, Bound::Exact)?
                };
                return Some(Found {
                    explicit: true,
                    ..Found::fixed(i, i + 2, iv)
                });
            }
        }
        let joins_year =
            self.has(i + 1, flag::RANGE_JOIN) && self.year_token(i + 2).is_some_and(|y2| y2 > y);
        if !(self.bare_year_context(i) || joins_year) || self.counts_something(i + 1) {
            return None;
        }
        Some(Found {
            explicit: true,
            bare_year: true,
            ..Found::fixed(i, i, year_interval(y, Bound::Exact)?)
        })
    }

    fn bare_year_context(&self, i: usize) -> bool {
        let Some(p) = self.prev(i) else {
            return false;
        };
        if self.has(p, flag::YEAR_CONTEXT) {
            return true;
        }
        // "the 55th anniversary of the 1964 disaster": the year an
        // anniversary counts from.
        let anniversary_of =
            |q: usize| self.is(q, "of") && self.prev(q).is_some_and(|a| self.is(a, "anniversary"));
        if anniversary_of(p) || (self.is(p, "the") && self.prev(p).is_some_and(anniversary_of)) {
            return true;
        }
        // "missing only 2020, when lockdown rules kept everyone at home": a
        // time the clause after it tells of.
        let when = |j: usize| self.is(j, "when");
        if when(i + 1) || (self.punct(i + 1, ',') && when(i + 2)) {
            return true;
        }
        // "Under the 2021 Rivers Act", "the 2019 Patients' Rights Act": a
        // year that names a law, a treaty or a games.
        if self.is(p, "the") && self.scan.capitalized(i + 1) {
            return true;
        }
        // A list of years: "in 2014 and 2015", "in 2014, 2015".
        let list = self.is(p, "and") || self.is(p, "or") || self.punct(p, ',');
        (list && self.out.last().is_some_and(|c| c.last + 2 == i)) || self.opens_year_list(i)
    }

    /// "the previous occasions were 1994, 2003, 2011 and 2019": bare
    /// four-digit numbers from 1800 on, rising, in a list of two or more that
    /// counts nothing after it, are years (a count that large is written
    /// "1,994").
    fn opens_year_list(&self, i: usize) -> bool {
        let Some(mut y) = self.year_token(i).filter(|&y| y >= 1800) else {
            return false;
        };
        let (mut at, mut items) = (i, 1);
        loop {
            let mut next = at + 1;
            if self.punct(next, ',') {
                next += 1;
            }
            if self.is(next, "and") || self.is(next, "or") {
                next += 1;
            }
            match self.year_token(next) {
                Some(y2) if next > at + 1 && y2 > y && y2 - y <= 200 => {
                    (at, y, items) = (next, y2, items + 1);
                }
                _ => break,
            }
        }
        items >= 2 && !self.counts_something(at + 1)
    }

    // -- months ---------------------------------------------------------------

    /// A month name and what hangs on it: "January 20, 2026", "Jan. 20",
    /// "jan-1", "October, 1st", "may the eleventh", "January 20-22",
    /// "November 2025", "last November", or the month alone.
    fn month_at(&self, i: usize, guard_ok: bool) -> Option<Found> {
        let w = self.word(i);
        let month = w.month;
        if month == 0 || self.plural(i) {
            return None;
        }
        let guard_ok = guard_ok
            || !w.month_guarded
            || self
                .prev(i)
                .is_some_and(|p| self.has(p, flag::GUARD_CONTEXT));
        let dot = self.punct(i + 1, '.') && self.joined(i + 1);
        let after = if dot { i + 2 } else { i + 1 };

        if let Some(with_day) = self.month_day(i, month, after, dot, w.month_guarded) {
            // "February 30": a day that does not exist spoils the whole date.
            return with_day;
        }
        // "30 February": the day before the month did not make a date either.
        let day_before = self
            .prev(i)
            .and_then(|p| self.day_at(p))
            .is_some_and(|d| d.next == i && d.form != DayForm::CardinalWord);
        if day_before {
            return None;
        }

        // Month and year: "November 2025", "Nov. 2025", "January, 2026", "January of 2026".
        let mut k = i + 1;
        if dot && self.low(i).len() <= 4 {
            k = i + 2;
        }
        let comma = self.punct(k, ',');
        if comma {
            k += 1;
        }
        if self.is(k, "of") {
            k += 1;
        }
        if let Some(y) = self.year_token(k) {
            if !(comma && self.counts_something(k + 1)) {
                return Found::shaped(i, k, Shape::Month { month }, Some(y));
            }
        }
        // "last November", "this May" (but not "this may take longer").
        let shift = self
            .back(i)
            .and_then(|p| self.shift_at(p).map(|s| (p, s)))
            .filter(|_| !w.month_guarded || self.scan.capitalized(i));
        if !guard_ok && shift.is_none() {
            return None;
        }
        // "June Carter", "April Ryan": a month name before another name is a name.
        let before_name = self.kind(i + 1) == Some(TokenKind::Word)
            && self.scan.capitalized(i + 1)
            && self.word(i + 1).month == 0
            && self.word(i + 1).weekday == 0
            && !self
                .prev(i)
                .is_some_and(|p| self.has(p, flag::GUARD_CONTEXT));
        if before_name {
            return None;
        }
        if let Some((p, shift)) = shift {
            if self.prev(p).is_some_and(|q| self.is(q, "the")) {
                // "the last March" is a procession, or at least not a month.
                return None;
            }
            let r = self.reference()?;
            let this = i32::from(r.year());
            let year = match shift {
                Shift::This => this,
                Shift::Last if month < r.month() as u8 => this,
                Shift::Last => this - 1,
                Shift::Next if month > r.month() as u8 => this,
                Shift::Next => this + 1,
            };
            return Some(Found::fixed(
                p,
                i,
                month_interval(year, month, Bound::Exact)?,
            ));
        }
        Some(Found::new(i, i, When::Open(Shape::Month { month })))
    }

    /// The day (and year) after a month name, from token `j`: `None` when no
    /// day follows, `Some(None)` when one does but the date does not exist.
    fn month_day(
        &self,
        i: usize,
        month: u8,
        j: usize,
        dot: bool,
        guarded: bool,
    ) -> Option<Option<Found>> {
        let mut k = j;
        let mut comma = false;
        if !dot {
            if (self.dash(k) || self.punct(k, '/')) && self.joined(k) && self.joined(k + 1) {
                k += 1;
            } else if self.punct(k, ',') {
                k += 1;
                comma = true;
            }
        }
        let the = self.is(k, "the");
        let at = if the { k + 1 } else { k };
        // "held since May. Three men …": a full stop after the month ends its
        // sentence unless a day in digits follows on the same line ("Sept. 5").
        let tok = self.scan.tokens.get(at)?;
        let same_sentence = tok.sentence == self.scan.tokens[i].sentence;
        let digits_after_dot =
            dot && !tok.newline_before && self.kind(at) == Some(TokenKind::Number);
        if !same_sentence && !digits_after_dot {
            return None;
        }
        let day = self.day_at(at)?;
        if comma && !day.form.is_ordinal() {
            return None;
        }
        // "kept its award in May, the fourth time the beach has won it": an
        // ordinal after a comma that goes on to a noun counts occasions; it
        // is no day of the month.
        if comma
            && self.kind(day.next) == Some(TokenKind::Word)
            && !matches!(self.low(day.next), "of" | "and" | "or" | "at" | "in" | "on")
            && self.word(day.next).month == 0
        {
            return None;
        }
        if dot && !day.form.is_ordinal() && day.form != DayForm::Digits {
            return None;
        }
        // "9:30" is a time, "the 2 may" is not a date.
        if self.punct(day.next, ':') && self.kind(day.next + 1) == Some(TokenKind::Number) {
            return None;
        }
        // "January 20-22": a day range.
        let mut days = (day.value, day.value);
        let mut p = day.next;
        if day.form == DayForm::Digits && self.dash(p) {
            // Not "June 17 — 30 inmates escaped": a dateline's dash, then a
            // count of something.
            let counted = |d: &DayTok| !self.joined(p) && self.counts_something(d.next);
            if let Some(d2) = self
                .day_at(p + 1)
                .filter(|d| d.form == DayForm::Digits && !counted(d))
            {
                if d2.value > day.value {
                    days.1 = d2.value;
                    p = d2.next;
                }
            }
        }
        let mut last = p - 1;
        let mut y = p;
        if self.punct(y, ',') {
            y += 1;
        }
        if self.is(y, "of") {
            y += 1;
        }
        let year = self.year_token(y);
        if year.is_some() {
            last = y;
        }
        // "they may one day", "protesters march 10 miles": a verb, not a month.
        let verb_like = guarded
            && year.is_none()
            && !self.scan.capitalized(i)
            && (day.form == DayForm::CardinalWord
                || (self.kind(p) == Some(TokenKind::Word) && !self.scan.capitalized(p)));
        if verb_like && !self.clause_end(p) {
            return None;
        }
        let shape = if days.0 == days.1 {
            Shape::Day { month, day: days.0 }
        } else {
            Shape::Days { month, days }
        };
        Some(Found::shaped(i, last, shape, year))
    }

    /// A month name with an optional year, no day: the target of a part.
    fn month_only(&self, j: usize) -> Option<(u8, Option<i32>, usize)> {
        let w = self.word(j);
        if w.month == 0 || self.plural(j) {
            return None;
        }
        let mut k = j + 1;
        if self.punct(k, '.') && self.joined(k) && self.low(j).len() <= 4 {
            k += 1;
        }
        if self.punct(k, ',') {
            k += 1;
        }
        match self.year_token(k) {
            Some(y) if !self.counts_something(k + 1) => Some((w.month, Some(y), k)),
            _ => Some((w.month, None, j)),
        }
    }

    /// Day before month: "20 January 2026", "04th jan 2019", "1-jan", "fourth
    /// of may", "16. nov. 2016", "twenty second of june 2017".
    fn day_first_at(&self, i: usize) -> Option<Found> {
        let day = self.day_at(i)?;
        if day.form == DayForm::CardinalWord {
            // "one of March's": cardinal words before a month are rarely days.
            return None;
        }
        let mut j = day.next;
        if (self.punct(j, '.') && self.joined(j)) || self.tight_dash(j) {
            j += 1;
        }
        let of = self.is(j, "of");
        if of {
            j += 1;
        }
        let w = self.word(j);
        if w.month == 0 || self.plural(j) {
            return None;
        }
        let mut last = j;
        let mut k = j + 1;
        if self.punct(k, '.') && self.joined(k) && self.year_token(k + 1).is_some() {
            k += 1;
        }
        if self.punct(k, ',') {
            k += 1;
        }
        if self.is(k, "of") {
            k += 1;
        }
        let year = self.year_token(k);
        if year.is_some() {
            last = k;
        }
        // "we 2 may go": a guarded month needs more than a bare number before it.
        let weak = w.month_guarded && year.is_none() && !of && day.form == DayForm::Digits;
        if weak && !self.scan.capitalized(j) && !self.clause_end(j + 1) {
            return None;
        }
        let shape = Shape::Day {
            month: w.month,
            day: day.value,
        };
        Found::shaped(self.absorb_the(i), last, shape, year)
    }

    /// A day of an unnamed month: "on 15", "for the 27th", "on the second!",
    /// "the 20th of next month".
    fn lone_day_at(&self, i: usize) -> Option<Found> {
        let day = self.day_at(i)?;
        let the = self.back(i).filter(|&p| self.is(p, "the"));
        let first = the.unwrap_or(i);
        // "the 20th of next month", "31st of this month", "the 20th next month".
        let mut j = day.next;
        if self.is(j, "of") {
            j += 1;
        }
        if let Some(shift) = self.shift_at(j) {
            if self.word(j + 1).unit == Some(Unit::Month) {
                let r = self.published?;
                let month = add_months(r.first_of_month(), shift.offset())?;
                let d = ymd(i32::from(month.year()), month.month() as u8, day.value)?;
                return Some(Found::fixed(first, j + 1, day_interval(d)));
            }
        }
        let before = match the {
            Some(t) => self.prev(t),
            None => self.prev(i),
        };
        let context = before.is_some_and(|p| self.has(p, flag::DAY_CONTEXT));
        // "opened an inquiry on the 14th and gave …": a written ordinal with
        // "the" may close its clause at a conjunction too, unless another day
        // follows ("on the 14th and 15th").
        let conjunction = the.is_some()
            && day.form == DayForm::OrdinalDigits
            && matches!(
                self.low(day.next),
                "and" | "but" | "when" | "after" | "before" | "as" | "while"
            )
            && self.kind(day.next + 1) == Some(TokenKind::Word);
        if !context || !(self.clause_end(day.next) || conjunction) {
            return None;
        }
        if the.is_none() && day.form == DayForm::CardinalWord {
            return None;
        }
        // "finished two points clear of Piet Olander of Grauhaven, on 16,
        // with …": a bare number set off after a name is that one's tally.
        let set_off = the.is_none()
            && day.form == DayForm::Digits
            && before
                .and_then(|p| self.prev(p))
                .is_some_and(|c| self.punct(c, ','));
        if set_off {
            return None;
        }
        Some(Found::new(first, day.next - 1, When::DayOfMonth(day.value)))
    }

    /// "the first friday of july", "the first friday in this month", "third tuesday".
    fn nth_weekday_at(&self, i: usize) -> Option<Found> {
        let day = self.day_at(i)?;
        if !day.form.is_ordinal() || day.value > 5 {
            return None;
        }
        let k = day.next;
        let wd = weekday_of(self.word(k).weekday)?;
        if self.plural(k) {
            return None;
        }
        let first = self.absorb_the(i);
        let j = k + 1;
        let (month_start, last) = if self.is(j, "of") || self.is(j, "in") {
            if let Some((month, year, end)) = self.month_only(j + 1) {
                let f = Found::shaped(first, end, Shape::Month { month }, year)?;
                (self.resolve(&f)?.low, end)
            } else if let Some(shift) = self.shift_at(j + 1) {
                (self.word(j + 2).unit == Some(Unit::Month)).then_some(())?;
                let r = self.published?;
                (add_months(r.first_of_month(), shift.offset())?, j + 2)
            } else if self.is(j + 1, "the") && self.word(j + 2).unit == Some(Unit::Month) {
                (self.published?.first_of_month(), j + 2)
            } else {
                return None;
            }
        } else if self.clause_end(j) {
            (self.published?.first_of_month(), k)
        } else {
            return None;
        };
        let date = month_start
            .nth_weekday_of_month(day.value as i8, wd)
            .ok()
            .filter(|d| d.month() == month_start.month())?;
        Some(Found::fixed(first, last, day_interval(date)))
    }

    // -- numeric and mixed tokens --------------------------------------------

    /// Numeric dates: "2026-02-10", "02/22/2016", "21/04/16", "9-18-15",
    /// "2019-sep-1", "11/12,2016", "4/22", "on 4-22", "13.5.2015", "on 4.22".
    fn numeric_at(&self, i: usize, after_weekday: bool) -> Option<Found> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let t = self.text(i);
        if t.contains('.') {
            return self.dotted_at(i, after_weekday);
        }
        let (a, alen) = digits(t)?;
        let sep = i + 1;
        let slash = self.punct(sep, '/');
        if !(slash || self.dash(sep)) || !self.joined(sep) || !self.joined(sep + 1) {
            return None;
        }
        // Inside a longer chain ("1-800-555-1234") or a mixed fraction ("6 1/4").
        if let Some(p) = self.prev(i) {
            let chained = self.joined(i) && (self.dash(p) || self.punct(p, '/'));
            if chained || (slash && self.kind(p) == Some(TokenKind::Number)) {
                return None;
            }
        }
        let same_sep = |k: usize| {
            (if slash {
                self.punct(k, '/')
            } else {
                self.dash(k)
            }) && self.joined(k)
                && self.joined(k + 1)
        };
        let b_tok = sep + 1;
        let b_month = self.word(b_tok).month;
        // "11/12,2016": the tokenizer keeps "12,2016" whole.
        let b_text = self.text(b_tok);
        let (b_text, comma_year) = match b_text.split_once(',') {
            Some((d, y)) if self.kind(b_tok) == Some(TokenKind::Number) => {
                let (v, len) = digits(y)?;
                let year = match len {
                    4 => v as i32,
                    2 => full_year(v),
                    _ => return None,
                };
                (d, Some(year))
            }
            _ => (b_text, None),
        };
        let b = if b_month > 0 {
            Some((u32::from(b_month), 2))
        } else if self.kind(b_tok) == Some(TokenKind::Number) {
            digits(b_text)
        } else {
            None
        };
        let (b, blen) = b?;

        if comma_year.is_none() && same_sep(b_tok + 1) {
            let c_tok = b_tok + 2;
            if self.kind(c_tok) != Some(TokenKind::Number) {
                return None;
            }
            let (c, clen) = digits(self.text(c_tok))?;
            if (self.dash(c_tok + 1) || self.punct(c_tok + 1, '/')) && self.joined(c_tok + 1) {
                return None;
            }
            let (year, month, day) = if alen == 4 {
                (clen <= 2).then_some((a as i32, b, c))?
            } else if b_month > 0 || alen > 2 || blen > 2 {
                return None;
            } else {
                let year = match clen {
                    4 => c as i32,
                    2 => full_year(c),
                    _ => return None,
                };
                if a > 12 {
                    (year, b, a)
                } else {
                    (year, a, b)
                }
            };
            let date = ymd(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)?;
            return Some(Found {
                explicit: true,
                ..Found::fixed(i, c_tok, day_interval(date))
            });
        }
        if b_month > 0 || alen > 2 || blen > 2 {
            return None;
        }
        let (month, day) = if a > 12 { (b, a) } else { (a, b) };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let shape = Shape::Day {
            month: month as u8,
            day: day as u8,
        };
        if let Some(year) = comma_year {
            return Found::shaped(i, b_tok, shape, Some(year));
        }
        let after = b_tok + 1;
        let context = after_weekday || self.prev(i).is_some_and(|p| self.has(p, flag::DAY_CONTEXT));
        if slash {
            // "24/7", "2/3 of", "1/4%": not dates.
            let idiom = a == 24 && b == 7;
            let fraction = self.is(after, "of") || self.punct(after, '%');
            let glued = self.joined(after)
                && matches!(self.kind(after), Some(TokenKind::Word | TokenKind::Mixed));
            if idiom || fraction || glued || !(context || a > 12 || b > 12) {
                return None;
            }
        } else {
            // "4-22" is a score or a code unless "on"/"in" or a weekday introduces it.
            let introduced = context || self.prev(i).is_some_and(|p| self.is(p, "in"));
            if !introduced || !self.clause_end(after) {
                return None;
            }
        }
        Some(Found::new(i, b_tok, When::Open(shape)))
    }

    /// A number token with dots: "13.5.2015", "2015.5.13", "on 4.22".
    fn dotted_at(&self, i: usize, after_weekday: bool) -> Option<Found> {
        let mut parts = [(0u32, 0usize); 3];
        let mut count = 0;
        for piece in self.text(i).split('.') {
            if count == 3 {
                return None;
            }
            parts[count] = digits(piece)?;
            count += 1;
        }
        let [(a, alen), (b, blen), (c, clen)] = parts;
        if count == 3 {
            let (year, month, day) = if alen == 4 && blen <= 2 && clen <= 2 {
                (a, b, c)
            } else if clen == 4 && alen <= 2 && blen <= 2 {
                if b > 12 && a <= 12 {
                    (c, a, b)
                } else {
                    (c, b, a)
                }
            } else {
                return None;
            };
            let date = ymd(
                year as i32,
                u8::try_from(month).ok()?,
                u8::try_from(day).ok()?,
            )?;
            return Some(Found {
                explicit: true,
                ..Found::fixed(i, i, day_interval(date))
            });
        }
        let context = after_weekday || self.prev(i).is_some_and(|p| self.has(p, flag::DAY_CONTEXT));
        if count != 2 || alen > 2 || blen > 2 || !context || !self.clause_end(i + 1) {
            return None;
        }
        let (month, day) = if a > 12 { (b, a) } else { (a, b) };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let shape = Shape::Day {
            month: month as u8,
            day: day as u8,
        };
        Some(Found::new(i, i, When::Open(shape)))
    }

    /// Letters and digits run together: "22april", "april22", "january12,2016".
    fn mixed_at(&self, i: usize) -> Option<Found> {
        if self.kind(i) != Some(TokenKind::Mixed) {
            return None;
        }
        let s = self.low(i);
        let first_digit = s.find(|c: char| c.is_ascii_digit())?;
        let (month, number, day_then_month) = if first_digit > 0 {
            let (letters, rest) = s.split_at(first_digit);
            (self.lex.lookup(letters).month, rest, false)
        } else {
            let cut = s.find(|c: char| !c.is_ascii_digit())?;
            let (number, letters) = s.split_at(cut);
            (self.lex.lookup(letters).month, number, true)
        };
        if month == 0 {
            return None;
        }
        let (day_text, mut year) = match number.split_once(',') {
            Some((d, y)) if !day_then_month => {
                let (v, len) = digits(y)?;
                (len == 4).then_some(())?;
                (d, Some(v as i32))
            }
            _ => (number, None),
        };
        let (day, len) = digits(day_text)?;
        if len > 2 || !(1..=31).contains(&day) {
            return None;
        }
        let mut last = i;
        if year.is_none() {
            let k = if self.punct(i + 1, ',') { i + 2 } else { i + 1 };
            if let Some(y) = self.year_token(k) {
                year = Some(y);
                last = k;
            }
        }
        let shape = Shape::Day {
            month,
            day: day as u8,
        };
        Found::shaped(i, last, shape, year)
    }

    // -- weekdays -------------------------------------------------------------

    /// "Tuesday", "on tues.", "last Sunday", "past monday", "this friday",
    /// "Sunday 16 February 2025", "wednesday the 27th", "friday of next week".
    fn weekday_at(&self, i: usize) -> Option<Found> {
        let w = self.word(i);
        let wd = weekday_of(w.weekday)?;
        let mut first = i;
        let mut shift = None;
        if let Some(p) = self.back(i) {
            let s = self.shift_at(p).or_else(|| {
                self.has(p, flag::LAST_BEFORE_WEEKDAY)
                    .then_some(Shift::Last)
            });
            if s.is_some() {
                shift = s;
                first = p;
            }
        }
        // A date after the weekday names the day.
        let mut j = i + 1;
        if self.punct(j, '.') && self.joined(j) {
            j += 1;
        }
        if self.punct(j, ',') {
            j += 1;
        }
        let paren = self.punct(j, '(');
        if paren || self.tight_dash(j) {
            j += 1;
        }
        if let Some(f) = self.absolute_at(j, true).filter(Found::is_day) {
            let mut last = f.last;
            if paren && self.punct(last + 1, ')') {
                last += 1;
            }
            return Some(Found { first, last, ..f });
        }
        if !paren && self.is(j, "the") {
            if let Some(day) = self.day_at(j + 1) {
                let word_follows = self.kind(day.next) == Some(TokenKind::Word);
                if !(day.form.is_word() && word_follows) {
                    return Some(Found::new(
                        first,
                        day.next - 1,
                        When::WeekdayDay(wd, day.value),
                    ));
                }
            }
        }
        // "friday this week", "tuesday of next week".
        let k = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        if let Some(s) = self.shift_at(k) {
            if self.word(k + 1).unit == Some(Unit::Week) {
                let monday = week_start(self.published?, s.offset())?;
                let day = add_days(monday, i64::from(wd.to_monday_one_offset() - 1))?;
                return Some(Found::fixed(first, k + 1, day_interval(day)));
            }
        }
        // "the following Monday", "the previous Friday": from the story's last day.
        if shift.is_none() {
            if let Some(p) = self.back(i) {
                let following = self.has(p, flag::FOLLOWING);
                let the = self.prev(p).is_some_and(|q| self.is(q, "the"));
                if the && (following || self.has(p, flag::PRECEDING)) {
                    let first = self.absorb_the(p);
                    let base = self.narrative_base(first)?;
                    let day = if following {
                        next_weekday(base, wd)
                    } else {
                        past_weekday(base, wd, false)
                    }?;
                    return Some(Found::fixed(first, i, day_interval(day)));
                }
            }
        }
        if shift.is_none() {
            // "the Sunday trade ban", "a Tuesday", "every Friday": not one day.
            if self.prev(i).is_some_and(|p| self.has(p, flag::DETERMINER)) {
                return None;
            }
            let named = self
                .prev(i)
                .is_some_and(|p| self.has(p, flag::NAME_BEFORE) && self.scan.capitalized(p))
                || (self.has(i + 1, flag::NAME_AFTER) && self.scan.capitalized(i + 1));
            let guarded = w.weekday_guarded
                && !self
                    .prev(i)
                    .is_some_and(|p| self.has(p, flag::GUARD_CONTEXT));
            if named || guarded {
                return None;
            }
        }
        let r = self.published?;
        let day = match shift {
            Some(Shift::Last) => past_weekday(r, wd, false),
            Some(Shift::Next) => next_weekday(r, wd),
            Some(Shift::This) => {
                add_days(week_start(r, 0)?, i64::from(wd.to_monday_one_offset() - 1))
            }
            None if self.future(first) => next_weekday(r, wd),
            None => past_weekday(r, wd, true),
        }?;
        Some(Found::fixed(first, i, day_interval(day)))
    }

    // -- parts and seasons ----------------------------------------------------

    /// "late January", "the end of 2025", "mid-2025", "the first half of 2025",
    /// "Q3 2025", "the early 1990s", "late last year", "the end of the month".
    fn part_at(&self, i: usize) -> Option<Found> {
        let mut best = None;
        for (meaning, end) in self.phrases_at(i) {
            if let PhraseMeaning::Part(part) = meaning {
                let part = self.lex.parts[usize::from(part)];
                best = longer(best, self.part_target(i, end, part));
            }
        }
        best
    }

    /// The lexicon's phrases that start at token `i` and match there, with
    /// the token after each.
    fn phrases_at(&self, i: usize) -> impl Iterator<Item = (PhraseMeaning, usize)> + '_ {
        self.word(i).phrases.iter().filter_map(move |&p| {
            let phrase = &self.lex.phrases[usize::from(p)];
            self.match_phrase(i, phrase)
                .map(|end| (phrase.meaning, end))
        })
    }

    fn part_target(&self, i: usize, end: usize, part: Part) -> Option<Found> {
        let first = self.absorb_the(i);
        let mut j = end;
        if self.is(j, "of") || (self.dash(j) && self.joined(j)) {
            j += 1;
        }
        if let Some(days) = part.days {
            if let Some((month, year, last)) = self.month_only(j) {
                let shape = Shape::MonthPart {
                    month,
                    days,
                    bound: part.bound,
                };
                return Found::shaped(first, last, shape, year);
            }
        }
        if let Some(years) = part.years {
            if let Some((decade, last)) = self.decade_at(j) {
                let shape = Shape::Decade {
                    years,
                    bound: part.bound,
                };
                return Found::shaped(first, last, shape, Some(decade));
            }
        }
        if let Some(months) = part.months {
            if let Some(y) = self.year_token(j) {
                let shape = Shape::YearPart {
                    months,
                    bound: part.bound,
                };
                return Found::shaped(first, j, shape, Some(y));
            }
        }
        // "late last year", "the end of this month", "the end of the year".
        let shift = if self.is(j, "the") {
            Shift::This
        } else {
            self.shift_at(j)?
        };
        let r = self.published?;
        let iv = match self.word(j + 1).unit? {
            Unit::Year => {
                let shape = Shape::YearPart {
                    months: part.months?,
                    bound: part.bound,
                };
                shape.at(i32::from(r.year()) + shift.offset() as i32)?
            }
            Unit::Month => {
                let month = add_months(r.first_of_month(), shift.offset())?;
                let shape = Shape::MonthPart {
                    month: month.month() as u8,
                    days: part.days?,
                    bound: part.bound,
                };
                shape.at(i32::from(month.year()))?
            }
            _ => return None,
        };
        Some(Found::fixed(first, j + 1, iv))
    }

    /// "Christmas 2023", "over Christmas 2023", "New Year's Eve", "last
    /// Christmas Day": a holiday on a fixed day, with its year, a word of
    /// "last" or "next", or (for a phrase that names the day) none.
    fn holiday_at(&self, i: usize) -> Option<Found> {
        let mut best = None;
        for (meaning, end) in self.phrases_at(i) {
            let PhraseMeaning::Holiday(h) = meaning else {
                continue;
            };
            // A holiday is a proper name: "christmas trees" in lower case is not.
            if !self.scan.capitalized(i) {
                continue;
            }
            let holiday = self.lex.holidays[usize::from(h)];
            let shape = Shape::Day {
                month: holiday.month,
                day: holiday.day,
            };
            let found = if let Some(y) = self.year_token(end) {
                Found::shaped(i, end, shape, Some(y))
            } else if let Some(shift) = self.back(i).and_then(|b| self.shift_at(b)) {
                let r = self.published?;
                let y = i32::from(r.year());
                let iv = match shift {
                    Shift::Last => (y - 1..=y)
                        .rev()
                        .find_map(|y| shape.at(y).filter(|iv| iv.high < r)),
                    Shift::This => shape.at(y),
                    Shift::Next => (y..=y + 1).find_map(|y| shape.at(y).filter(|iv| iv.low > r)),
                }?;
                Some(Found::fixed(i - 1, end - 1, iv))
            } else if holiday.alone && !self.scan.capitalized(end) {
                // Not the start of a longer name ("Christmas Day Appeal").
                Found::shaped(i, end - 1, shape, None)
            } else {
                None
            };
            best = longer(best, found);
        }
        best
    }

    /// "the summer of 2028", "spring 2025", "last summer", "in the spring".
    fn season_at(&self, i: usize) -> Option<Found> {
        let season = self.lex.seasons[usize::from(self.word(i).season?)];
        let shape = Shape::YearPart {
            months: season.months,
            bound: season.bound,
        };
        let shift = self.back(i).and_then(|p| self.shift_at(p));
        let first = if shift.is_some() {
            i - 1
        } else {
            self.absorb_the(i)
        };
        let of = self.is(i + 1, "of");
        let j = if of { i + 2 } else { i + 1 };
        if let Some(y) = self.year_token(j) {
            // "the winter of 2006–2007", "winter 2025/26": one season across two years.
            let mut last = j;
            let wraps = season.months.1 < season.months.0;
            if wraps && (self.dash(j + 1) || self.punct(j + 1, '/')) {
                let next = self.year_token(j + 2).or_else(|| {
                    let (v, len) = digits(self.text(j + 2))?;
                    (len == 2 && self.kind(j + 2) == Some(TokenKind::Number))
                        .then(|| y / 100 * 100 + v as i32)
                });
                if next == Some(y + 1) {
                    last = j + 2;
                }
            }
            return Found::shaped(first, last, shape, Some(y));
        }
        if of {
            // "the fall of Aleppo".
            return None;
        }
        if let Some(shift) = shift {
            let r = self.published?;
            let y = i32::from(r.year());
            let iv = match shift {
                Shift::Last => (y - 2..=y)
                    .rev()
                    .find_map(|y| shape.at(y).filter(|iv| iv.high < r)),
                Shift::This => (y - 1..=y + 1).find_map(|y| shape.at(y).filter(|iv| iv.high >= r)),
                Shift::Next => (y - 1..=y + 1).find_map(|y| shape.at(y).filter(|iv| iv.low > r)),
            }?;
            return Some(Found::fixed(first, i, iv));
        }
        let context = self
            .prev(first)
            .is_some_and(|p| self.has(p, flag::GUARD_CONTEXT));
        context.then(|| Found::new(first, i, When::Open(shape)))
    }

    // -- relative dates -------------------------------------------------------

    /// "today", "yesterday", "tomorrow", "last night", "this morning".
    fn day_offset_at(&self, i: usize) -> Option<Found> {
        // "USA Today": a capitalised day word after a capitalised word is a name.
        let name = self.scan.capitalized(i)
            && self.prev(i).is_some_and(|p| {
                self.kind(p) == Some(TokenKind::Word)
                    && self.scan.capitalized(p)
                    && !self.scan.sentence_initial(i)
            });
        if name {
            return None;
        }
        let (days, end) = self.day_offset_match(i)?;
        let day = add_days(self.published?, i64::from(days))?;
        Some(Found::fixed(i, end - 1, day_interval(day)))
    }

    fn day_offset_match(&self, i: usize) -> Option<(i8, usize)> {
        self.phrases_at(i).find_map(|(meaning, end)| match meaning {
            PhraseMeaning::DayOffset(d) => Some((d, end)),
            _ => None,
        })
    }

    /// The day a count is taken from: "now", "today", "tomorrow", "yesterday".
    fn base_day_at(&self, j: usize) -> Option<(Date, usize)> {
        let r = self.published?;
        if self.has(j, flag::NOW) {
            return Some((r, j));
        }
        let (days, end) = self.day_offset_match(j)?;
        Some((add_days(r, i64::from(days))?, end - 1))
    }

    /// Whether the count at `i` stands in apposition to the date ending at
    /// `end`: "on 2 June, six weeks later"; "on Saturday evening, a full
    /// three weeks later" (words of degree before the count, a part of the
    /// day after the date).
    fn apposed_to(&self, i: usize, end: Option<usize>) -> bool {
        let skip_back = |mut at: Option<usize>, words: &[&str]| {
            while let Some(q) = at.filter(|&q| words.contains(&self.low(q))) {
                at = self.prev(q);
            }
            at
        };
        end.is_some()
            && skip_back(self.prev(i), APPOSED_DEGREE)
                .is_some_and(|p| self.punct(p, ',') && skip_back(self.prev(p), DAY_PARTS) == end)
    }

    /// The day "two days later" or "the next day" counts from.
    fn narrative_base(&self, i: usize) -> Option<Date> {
        // A count in apposition to the day just named restates that day, so it
        // counts from the day before: "on 2 June, six weeks later".
        if self.apposed_to(i, self.narrative_end) && self.narrative_before.is_some() {
            return self.narrative_before;
        }
        self.narrative
            .or_else(|| self.published.filter(|_| self.future(i)))
    }

    /// A date built on a unit word: "two weeks ago", "2 years 1 month 21 days
    /// ago", "three weeks from tomorrow", "in 3 weeks", "two sundays from now",
    /// "last week", "next month", "earlier this year", "the next day".
    fn unit_at(&self, u: usize) -> Option<Found> {
        // "59-year-old", "a 24-hour curfew": a unit inside a compound adjective.
        if (self.joined(u) && self.prev(u).is_some_and(|p| self.dash(p))) || self.tight_dash(u + 1)
        {
            return None;
        }
        if let Some(f) = self.counted_at(u) {
            return Some(f);
        }
        if self.plural(u) {
            return None;
        }
        self.named_period_at(u, self.word(u).unit?)
    }

    /// A count before a unit: "21", "two", "twenty one", "a".
    fn quantity_before(&self, u: usize) -> Option<(i64, usize)> {
        let p = self.back(u)?;
        match self.kind(p)? {
            TokenKind::Number => digits(self.text(p)).map(|(v, _)| (i64::from(v), p)),
            TokenKind::Word => {
                if self.has(p, flag::ARTICLE) {
                    return Some((1, p));
                }
                let w = self.word(p);
                if w.cardinal == 0 {
                    return None;
                }
                if (1..=9).contains(&w.cardinal) {
                    // "twenty one", "twenty-one"
                    let t = match self.back(p) {
                        Some(q) if self.tight_dash(q) => self.back(q),
                        q => q,
                    };
                    if let Some(t) = t {
                        let tens = self.word(t).cardinal;
                        if is_tens(tens) {
                            return Some((i64::from(tens + w.cardinal), t));
                        }
                    }
                }
                Some((i64::from(w.cardinal), p))
            }
            _ => None,
        }
    }

    /// A count at `j`, and the token after it.
    fn quantity_at(&self, j: usize) -> Option<(i64, usize)> {
        match self.kind(j)? {
            TokenKind::Number => digits(self.text(j)).map(|(v, _)| (i64::from(v), j + 1)),
            TokenKind::Word if self.has(j, flag::ARTICLE) => Some((1, j + 1)),
            TokenKind::Word => {
                let (v, next, ordinal) = self.number_words(j)?;
                (!ordinal).then_some((i64::from(v), next))
            }
            _ => None,
        }
    }

    fn counted_at(&self, u: usize) -> Option<Found> {
        let weekdays = self
            .plural(u)
            .then(|| weekday_of(self.word(u).weekday))
            .flatten();
        let unit = self.word(u).unit;
        let mut business = false;
        let mut q_end = u;
        if unit == Some(Unit::Day) {
            if let Some(p) = self.back(u).filter(|&p| self.has(p, flag::BUSINESS)) {
                business = true;
                q_end = p;
            }
        }
        let (amount, mut first) = self.quantity_before(q_end)?;
        if !(0..=10_000).contains(&amount) {
            return None;
        }
        // Amounts by unit: years, months, weeks, days.
        let mut amounts = [0i64; 4];
        let mut finest = 0;
        let mut add = |unit: Unit, n: i64| -> Option<()> {
            let (slot, n) = match unit {
                Unit::Year => (0, n),
                Unit::Month => (1, n),
                Unit::Week => (2, n),
                Unit::Fortnight => (2, 2 * n),
                Unit::Day => (3, n),
                Unit::Weekend => return None,
            };
            amounts[slot] += n;
            finest = finest.max(slot);
            Some(())
        };
        let mut j = u + 1;
        if weekdays.is_none() {
            add(unit?, amount)?;
            // "2 years 1 month 21 days ago"
            while let Some((n, k)) = self.quantity_at(j) {
                let Some(next_unit) = self.word(k).unit.filter(|_| !self.plural(k)) else {
                    break;
                };
                if !(0..=10_000).contains(&n) || business {
                    break;
                }
                add(next_unit, n)?;
                j = k + 1;
            }
        }
        // "six weeks to the day later": the count is exact, and still counts.
        if self.is(j, "to")
            && self.is(j + 1, "the")
            && self.is(j + 2, "day")
            && [
                flag::AGO,
                flag::LATER,
                flag::EARLIER,
                flag::AFTER,
                flag::BEFORE,
            ]
            .iter()
            .any(|&f| self.has(j + 3, f))
        {
            j += 3;
        }
        let (sign, base, last) = if self.has(j, flag::AGO) {
            (-1, self.published?, j)
        } else if (self.has(j, flag::LATER) || self.has(j, flag::EARLIER))
            // "18 days later than planned": a delay against a plan, no day.
            && !self.is(j + 1, "than")
        {
            // Years count from the last date named, whatever its grain:
            // "automated in 1987. The trust was set up 11 years later".
            // "went on trial only last week, 20 months later": a count in
            // apposition to the date just named counts from the one before.
            let apposed = self.apposed_to(first, self.last_end);
            let base = if finest == 0 {
                if apposed {
                    self.named_before
                } else {
                    self.last_named
                }?
            } else if finest == 1 && self.last_month.is_some() {
                if apposed {
                    self.month_before.or(self.named_before)
                } else {
                    self.last_month
                }?
            } else {
                self.narrative_base(first)?
            };
            let sign = if self.has(j, flag::LATER) { 1 } else { -1 };
            (sign, base, j)
        } else if self.has(j, flag::BEFORE) || self.has(j, flag::AFTER) {
            let (base, end) = self.base_day_at(j + 1)?;
            let sign = if self.has(j, flag::BEFORE) { -1 } else { 1 };
            (sign, base, end)
        } else {
            // "in 3 weeks", in a sentence about the future.
            let p = self.back(first).filter(|&p| self.is(p, "in"))?;
            if !self.future(p) {
                return None;
            }
            first = p;
            (1, self.published?, j - 1)
        };
        let date = if let Some(wd) = weekdays {
            let mut d = base;
            for _ in 0..amount.min(520) {
                d = if sign > 0 {
                    next_weekday(d, wd)?
                } else {
                    past_weekday(d, wd, false)?
                };
            }
            d
        } else if business {
            let mut d = base;
            let mut left = amount;
            while left > 0 {
                d = add_days(d, sign)?;
                if d.weekday().to_monday_one_offset() <= 5 {
                    left -= 1;
                }
            }
            d
        } else {
            let span = jiff::Span::new()
                .try_years(sign * amounts[0])
                .ok()?
                .try_months(sign * amounts[1])
                .ok()?
                .try_weeks(sign * amounts[2])
                .ok()?
                .try_days(sign * amounts[3])
                .ok()?;
            base.checked_add(span).ok()?
        };
        let iv = match finest {
            0 if weekdays.is_none() && !business => {
                year_interval(i32::from(date.year()), Bound::Approx)?
            }
            1 if weekdays.is_none() && !business => {
                month_interval(i32::from(date.year()), date.month() as u8, Bound::Approx)?
            }
            _ => day_interval(date),
        };
        Some(Found::fixed(first, last, iv))
    }

    /// A unit after last/this/next, or a day named from the story's last one.
    fn named_period_at(&self, u: usize, unit: Unit) -> Option<Found> {
        let p = self.back(u)?;
        if unit == Unit::Day {
            // "the next day", "the following day", "the previous day".
            if self.has(p, flag::FOLLOWING) || self.has(p, flag::PRECEDING) {
                let step = if self.has(p, flag::FOLLOWING) { 1 } else { -1 };
                let first = self.absorb_the(p);
                let day = add_days(self.narrative_base(first)?, step)?;
                return Some(Found::fixed(first, u, day_interval(day)));
            }
            // "the day before yesterday", "the day after tomorrow", "the day before".
            let before = self.has(u + 1, flag::BEFORE);
            if self.is(p, "the") && (before || self.has(u + 1, flag::AFTER)) {
                let step = if before { -1 } else { 1 };
                if let Some((base, end)) = self.base_day_at(u + 2) {
                    return Some(Found::fixed(p, end, day_interval(add_days(base, step)?)));
                }
                if self.clause_end(u + 2) {
                    let day = add_days(self.narrative_base(p)?, step)?;
                    return Some(Found::fixed(p, u + 1, day_interval(day)));
                }
            }
            return None;
        }
        let the = self.back(p).filter(|&q| self.is(q, "the"));
        // "signed off the safety case the following week": in a narrative,
        // the week after the day last named (not "over the next week", a span).
        if let Some(t) = the.filter(|_| unit == Unit::Week && self.has(p, flag::FOLLOWING)) {
            let span = self.prev(t).is_some_and(|q| {
                matches!(
                    self.low(q),
                    "over" | "for" | "during" | "within" | "throughout" | "in" | "into" | "across"
                )
            });
            if !span {
                let monday = week_start(self.narrative_base(t)?, 1)?;
                let iv = DateInterval {
                    nominal: DateNominal::Day(monday),
                    low: monday,
                    high: add_days(monday, 6)?,
                    bound: Bound::Range,
                };
                return Some(Found::fixed(t, u, iv));
            }
        }
        let shift = self.shift_at(p)?;
        if the.is_some() && shift != Shift::This {
            // "the next week", "the last year": durations.
            return None;
        }
        // "the current year"
        let mut first = the.unwrap_or(p);
        let mut part = 0;
        if shift == Shift::This {
            if let Some(q) = self.back(p) {
                if self.has(q, flag::EARLIER) {
                    part = -1;
                    first = q;
                } else if self.has(q, flag::LATER) {
                    part = 1;
                    first = q;
                }
            }
        }
        let r = self.published?;
        let step = shift.offset();
        let mut iv = match unit {
            Unit::Week => {
                let monday = week_start(r, step)?;
                DateInterval {
                    nominal: DateNominal::Day(monday),
                    low: monday,
                    high: add_days(monday, 6)?,
                    bound: Bound::Range,
                }
            }
            Unit::Weekend => {
                let saturday = add_days(week_start(r, step)?, 5)?;
                DateInterval {
                    nominal: DateNominal::Day(saturday),
                    low: saturday,
                    high: add_days(saturday, 1)?,
                    bound: Bound::Range,
                }
            }
            Unit::Month => {
                let month = add_months(r.first_of_month(), step)?;
                month_interval(i32::from(month.year()), month.month() as u8, Bound::Exact)?
            }
            Unit::Year => year_interval(i32::from(r.year()) + step as i32, Bound::Exact)?,
            Unit::Day | Unit::Fortnight => return None,
        };
        if part != 0 {
            // "earlier this month": the 1st to the day before publication.
            if part < 0 {
                iv.high = add_days(r, -1)?;
            } else {
                iv.low = add_days(r, 1)?;
            }
            if iv.low > iv.high {
                return None;
            }
            iv.bound = Bound::Range;
            return Some(Found::fixed(first, u, iv));
        }
        // "next week on friday", "this week friday".
        if unit == Unit::Week {
            let j = if self.is(u + 1, "on") { u + 2 } else { u + 1 };
            if let Some(wd) = weekday_of(self.word(j).weekday).filter(|_| !self.plural(j)) {
                let day = add_days(iv.low, i64::from(wd.to_monday_one_offset() - 1))?;
                return Some(Found::fixed(first, j, day_interval(day)));
            }
        }
        Some(Found::fixed(first, u, iv))
    }

    // -- ranges ---------------------------------------------------------------

    /// "between late January and early February", "from March to May 2025",
    /// "2014 to 2019". `None` drops a bare year whose range falls apart
    /// ("between 2000 and 3000 soldiers").
    fn extend_range(&self, found: Found) -> Option<Found> {
        if matches!(found.when, When::DayOfMonth(_)) {
            return Some(found);
        }
        let opener = self
            .back(found.first)
            .filter(|&p| self.has(p, flag::RANGE_FROM | flag::RANGE_BETWEEN));
        let between = opener.is_some_and(|p| self.has(p, flag::RANGE_BETWEEN));
        let j = found.last + 1;
        let joins = if between {
            self.has(j, flag::RANGE_AND)
        } else {
            self.has(j, flag::RANGE_JOIN) || self.dash(j)
        };
        let second = if joins {
            self.range_end_at(j + 1)
        } else {
            None
        };
        let Some(second) = second else {
            let broken = found.bare_year
                && (between || (joins && self.kind(j + 1) == Some(TokenKind::Number)));
            return (!broken).then_some(found);
        };
        let Some(iv) = self.combine(&found, &second) else {
            return (!found.bare_year).then_some(found);
        };
        if found.bare_year && self.counts_something(second.last + 1) {
            return None;
        }
        Some(Found {
            explicit: found.explicit || second.explicit,
            bare_year: false,
            ..Found::fixed(opener.unwrap_or(found.first), second.last, iv)
        })
    }

    fn range_end_at(&self, j: usize) -> Option<Found> {
        let k = if self.is(j, "the") { j + 1 } else { j };
        let mut best = self.absolute_at(k, false);
        best = longer(best, self.part_at(k));
        best = longer(best, self.season_at(k));
        // "between 12 January and Friday, 6 February": a weekday naming the
        // end's date (a bare weekday is left alone).
        best = longer(best, self.weekday_at(k).filter(|f| f.last > k + 1));
        if let Some(y) = self.year_token(k) {
            let year = Found {
                explicit: true,
                ..Found::fixed(k, k, year_interval(y, Bound::Exact)?)
            };
            best = longer(best, Some(year));
        }
        best.filter(|f| f.first <= k)
    }

    /// One interval from the start of `a` to the end of `b`; a side without a
    /// year takes the other side's.
    fn combine(&self, a: &Found, b: &Found) -> Option<DateInterval> {
        let (low, high) = match (&a.when, &b.when) {
            (When::Fixed(x), When::Fixed(y)) => (x.clone(), y.clone()),
            (When::Open(sa), When::Fixed(y)) => {
                let year = nominal_year(y.nominal);
                let x = sa.at(year)?;
                let x = if x.low > y.low { sa.at(year - 1)? } else { x };
                (x, y.clone())
            }
            (When::Fixed(x), When::Open(sb)) => (x.clone(), Self::after(x, *sb)?),
            (When::Open(sa), When::Open(sb)) => {
                let x = self.resolve_open(*sa, self.future(a.first))?;
                let y = Self::after(&x, *sb)?;
                (x, y)
            }
            _ => return None,
        };
        (low.low <= high.high).then_some(DateInterval {
            nominal: low.nominal,
            low: low.low,
            high: high.high,
            bound: Bound::Range,
        })
    }

    /// The first occurrence of `shape` that ends on or after the start of `x`.
    fn after(x: &DateInterval, shape: Shape) -> Option<DateInterval> {
        let year = nominal_year(x.nominal);
        (year..=year + 1).find_map(|y| shape.at(y).filter(|iv| iv.high >= x.low))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn lexicon() -> DateLexicon {
        DateLexicon::from_toml(crate::DATES_LEXICON).expect("embedded lexicon loads")
    }

    type Reading = (String, String, &'static str, String, String);

    /// Every date in `text` as (span text, nominal, bound, low, high).
    fn dates(text: &str, published: Option<&str>) -> Vec<Reading> {
        let published = published.map(|p| p.parse::<Date>().expect("test date"));
        dates_at(text, published)
    }

    fn dates_at(text: &str, published: Option<Date>) -> Vec<Reading> {
        let lex = lexicon();
        let scan = Scan::new(text);
        find_dates(&scan, &lex, published)
            .into_iter()
            .map(|c| {
                let span = scan.span(c.first, c.last);
                let Value::Date(iv) = &c.value else {
                    panic!("not a date value: {:?}", c.value);
                };
                assert_eq!(c.kind, Kind::Date);
                assert_eq!(c.priority, 2);
                assert!(iv.low <= iv.high, "{text:?}: {iv:?}");
                (
                    text[span.start..span.end].to_string(),
                    iv.nominal.to_string(),
                    iv.bound.as_str(),
                    iv.low.to_string(),
                    iv.high.to_string(),
                )
            })
            .collect()
    }

    /// (text, published, span, nominal, bound, low, high): the text's only date.
    type Case = (
        &'static str,
        Option<&'static str>,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    );

    fn check(cases: &[Case]) {
        let mut failures = Vec::new();
        for &(text, published, span, nominal, bound, low, high) in cases {
            let got = dates(text, published);
            let want = vec![(
                span.to_string(),
                nominal.to_string(),
                bound,
                low.to_string(),
                high.to_string(),
            )];
            if got != want {
                failures.push(format!(
                    "{text:?} ({published:?})\n   want {want:?}\n   got  {got:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn holidays_on_fixed_days_are_dates() {
        let got = dates("Crews struck over Christmas 2023.", Some("2025-03-07"));
        assert_eq!(got[0].1, "2023-12-25", "{got:?}");
        // A phrase that names the day stands alone; "last" counts back.
        let day = dates(
            "The ferry ran aground on Christmas Day.",
            Some("2025-03-07"),
        );
        assert_eq!(day[0].1, "2024-12-25", "{day:?}");
        let last = dates("The depot flooded last Christmas.", Some("2025-03-07"));
        assert_eq!(last[0].1, "2024-12-25", "{last:?}");
        let eve = dates("Police will patrol on New Year's Eve.", Some("2025-03-07"));
        assert_eq!(eve[0].1, "2025-12-31", "{eve:?}");
        // Traps: a bare "Christmas", a lower-case word, a longer name.
        for text in [
            "Christmas trading was strong.",
            "The christmas trees sold out.",
            "The Christmas Day Appeal raised money.",
        ] {
            assert!(dates(text, Some("2025-03-07")).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_day_without_a_month_takes_its_sentence_mates_month() {
        let got = dates(
            "Crews contained the fire on the 20th, after it broke out on 6 August.",
            Some("2025-08-17"),
        );
        assert_eq!(got[0].1, "2025-08-20", "{got:?}");
        // Without a full date beside it, the latest 20th before publication.
        let alone = dates("Crews contained the fire on the 20th.", Some("2025-08-17"));
        assert_eq!(alone[0].1, "2025-07-20", "{alone:?}");
    }

    #[test]
    fn a_delay_against_a_plan_is_no_date() {
        // "later than planned" counts from the plan, which has no date here.
        let got = dates(
            "The satellite reached orbit on 2 April, 14 months later than first planned.",
            Some("2025-04-16"),
        );
        assert_eq!(got.len(), 1, "{got:?}");
        let counted = dates(
            "The satellite reached orbit on 2 April. The probe followed 14 days later.",
            Some("2025-04-16"),
        );
        assert_eq!(counted.len(), 2, "{counted:?}");
    }

    #[test]
    fn a_yearless_day_that_year_takes_the_year_last_named() {
        // Without "that year", a day three weeks ahead would be read forward.
        let text = "The blast came on 9 October 2023. Inspectors had flagged the valve on 14 June that year.";
        let got = dates(text, Some("2025-05-21"));
        assert_eq!(got[1].1, "2023-06-14", "{got:?}");
        let same = dates(
            "The plant shut in March 2019 and reopened on 2 May the same year.",
            Some("2025-05-21"),
        );
        assert_eq!(same[1].1, "2019-05-02", "{same:?}");
        // "the year before" is not the year named.
        let before = dates(
            "The plant shut in March 2019, after a fire on 2 May the year before.",
            Some("2025-05-21"),
        );
        assert_ne!(before[1].1, "2019-05-02", "{before:?}");
    }

    const JAN20: Option<&str> = Some("2026-01-20");
    /// A Wednesday.
    const JAN21: Option<&str> = Some("2026-01-21");
    const SPEC: Option<&str> = Some("2016-11-07");

    #[test]
    #[rustfmt::skip]
    fn absolute_dates() {
        check(&[
            ("on January 20, 2026 the", None, "January 20, 2026", "2026-01-20", "exact", "2026-01-20", "2026-01-20"),
            ("on 20 January 2026.", None, "20 January 2026", "2026-01-20", "exact", "2026-01-20", "2026-01-20"),
            ("On Jan. 20 the group", JAN20, "Jan. 20", "2026-01-20", "exact", "2026-01-20", "2026-01-20"),
            ("DAMASCUS, Jan 21 (Reuters) -", JAN21, "Jan 21", "2026-01-21", "exact", "2026-01-21", "2026-01-21"),
            ("since November 2025.", None, "November 2025", "2025-11", "exact", "2025-11-01", "2025-11-30"),
            ("in Nov 2025", None, "Nov 2025", "2025-11", "exact", "2025-11-01", "2025-11-30"),
            ("on Sunday 16 February 2025,", None, "Sunday 16 February 2025", "2025-02-16", "exact", "2025-02-16", "2025-02-16"),
            ("on 16 February, police", Some("2025-02-19"), "16 February", "2025-02-16", "exact", "2025-02-16", "2025-02-16"),
            ("released 2026-02-10.", None, "2026-02-10", "2026-02-10", "exact", "2026-02-10", "2026-02-10"),
            ("back 04th jan 2019", None, "04th jan 2019", "2019-01-04", "exact", "2019-01-04", "2019-01-04"),
            ("he went back april 22", SPEC, "april 22", "2016-04-22", "exact", "2016-04-22", "2016-04-22"),
            ("i'll go back april 22", SPEC, "april 22", "2017-04-22", "exact", "2017-04-22", "2017-04-22"),
            ("went back jan-1", SPEC, "jan-1", "2016-01-01", "exact", "2016-01-01", "2016-01-01"),
            ("went back jan/1", SPEC, "jan/1", "2016-01-01", "exact", "2016-01-01", "2016-01-01"),
            ("went back october. 2", SPEC, "october. 2", "2016-10-02", "exact", "2016-10-02", "2016-10-02"),
            ("established in 2014, the", None, "2014", "2014", "exact", "2014-01-01", "2014-12-31"),
            ("since 1999", None, "1999", "1999", "exact", "1999-01-01", "1999-12-31"),
            ("the year 2010 was", None, "2010", "2010", "exact", "2010-01-01", "2010-12-31"),
            ("in May 2024", None, "May 2024", "2024-05", "exact", "2024-05-01", "2024-05-31"),
            ("on 22april", SPEC, "22april", "2016-04-22", "exact", "2016-04-22", "2016-04-22"),
            ("back january12,2016", None, "january12,2016", "2016-01-12", "exact", "2016-01-12", "2016-01-12"),
            ("back 02/22/2016", None, "02/22/2016", "2016-02-22", "exact", "2016-02-22", "2016-02-22"),
            ("back 21/04/16", None, "21/04/16", "2016-04-21", "exact", "2016-04-21", "2016-04-21"),
            ("on 13.5.2015?", None, "13.5.2015", "2015-05-13", "exact", "2015-05-13", "2015-05-13"),
            ("back 2019-sep-1", None, "2019-sep-1", "2019-09-01", "exact", "2019-09-01", "2019-09-01"),
            ("the 4th of July", Some("2025-08-01"), "the 4th of July", "2025-07-04", "exact", "2025-07-04", "2025-07-04"),
            ("January 20-22, 2026", None, "January 20-22, 2026", "2026-01-20", "range", "2026-01-20", "2026-01-22"),
            ("on 29 February 2024", None, "29 February 2024", "2024-02-29", "exact", "2024-02-29", "2024-02-29"),
            ("Tuesday's vote", Some("2026-01-22"), "Tuesday's", "2026-01-20", "exact", "2026-01-20", "2026-01-20"),
            // The one Saturday the 2nd near Friday 1 September 2017 is the
            // next day (2 August was a Wednesday): placed by the calendar,
            // so a past "met" on it is a slip CC002 can report.
            ("met on saturday the second", Some("2017-09-01"), "saturday the second", "2017-09-02", "exact", "2017-09-02", "2017-09-02"),
            ("went back for the 27th.", SPEC, "the 27th", "2016-10-27", "exact", "2016-10-27", "2016-10-27"),
            ("i went back on 15", SPEC, "15", "2016-10-15", "exact", "2016-10-15", "2016-10-15"),
            ("on the first friday of july", SPEC, "the first friday of july", "2016-07-01", "exact", "2016-07-01", "2016-07-01"),
            ("back 20th of next month", SPEC, "20th of next month", "2016-12-20", "exact", "2016-12-20", "2016-12-20"),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn dates_without_a_year() {
        check(&[
            ("in November, officials", JAN20, "November", "2025-11", "exact", "2025-11-01", "2025-11-30"),
            ("in January, officials", JAN20, "January", "2026-01", "exact", "2026-01-01", "2026-01-31"),
            ("in March, officials", JAN20, "March", "2025-03", "exact", "2025-03-01", "2025-03-31"),
            ("talks will resume in March", JAN20, "March", "2026-03", "exact", "2026-03-01", "2026-03-31"),
            ("the vote is due in November", JAN20, "November", "2026-11", "exact", "2026-11-01", "2026-11-30"),
            // "since" looks back even in a sentence about what is coming; a full
            // stop after the month ends the date.
            ("he will stay in custody, where he has been held since May.\n\nThree men", JAN20, "May", "2025-05", "exact", "2025-05-01", "2025-05-31"),
            ("last November", JAN20, "last November", "2025-11", "exact", "2025-11-01", "2025-11-30"),
            ("next March", JAN20, "next March", "2026-03", "exact", "2026-03-01", "2026-03-31"),
            // A day takes the nearest occurrence: a week after publication stays after it.
            ("contained on 19 August after", Some("2025-08-12"), "19 August", "2025-08-19", "exact", "2025-08-19", "2025-08-19"),
            ("extended the lockdown to May 1.", Some("2020-04-05"), "May 1", "2020-05-01", "exact", "2020-05-01", "2020-05-01"),
            ("the primary on February 29.", Some("2020-02-14"), "February 29", "2020-02-29", "exact", "2020-02-29", "2020-02-29"),
            ("arrested on 9 June, police", Some("2025-02-19"), "9 June", "2024-06-09", "exact", "2024-06-09", "2024-06-09"),
            ("was expected to end on December 15", Some("2020-01-01"), "December 15", "2019-12-15", "exact", "2019-12-15", "2019-12-15"),
            ("was planned to end on Saturday, April 4.", Some("2020-04-08"), "Saturday, April 4", "2020-04-04", "exact", "2020-04-04", "2020-04-04"),
            ("the winter of 2006–2007", None, "the winter of 2006–2007", "2006", "approx", "2006-12-01", "2007-02-28"),
        ]);
    }

    #[test]
    fn without_publication_date_anchor_to_the_latest_year_written() {
        let got = dates("The coalition, founded in 2014, met in November.", None);
        assert_eq!(got[1].1, "2014-11");
        let got = dates(
            "On January 20, 2026 it met; in November it had split.",
            None,
        );
        assert_eq!(got[1].1, "2025-11");
        assert!(dates("It met in November and on Tuesday, yesterday.", None).is_empty());
    }

    /// Every date of each text, by its nominal value: a table for texts
    /// with more than one date, which `check` does not take.
    fn all_nominals(cases: &[(&str, &str, &[&str])]) {
        let mut failures = Vec::new();
        for &(text, published, want) in cases {
            let got: Vec<String> = dates(text, Some(published))
                .into_iter()
                .map(|d| d.1)
                .collect();
            if got != want {
                failures.push(format!(
                    "{text:?} ({published})\n   want {want:?}\n   got  {got:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    /// "in May, the fourth time the beach has won it": an ordinal after a
    /// comma that goes on to a noun is no day of the month.
    #[test]
    fn an_ordinal_of_occasions_after_a_month_is_no_day() {
        all_nominals(&[
            (
                "The beach kept its award in May, the fourth time it has flown the flag.",
                "2025-09-09",
                &["2025-05"],
            ),
            (
                "The board met on October, 1st, and voted.",
                "2025-11-09",
                &["2025-10-01"],
            ),
        ]);
    }

    /// A weekday that fixes one day's year places the yearless days of its
    /// sentence beside it, and a year the sentence names is a reading the
    /// weekday may choose.
    #[test]
    fn days_placed_by_a_weekday() {
        all_nominals(&[
            (
                "The lifts opened on Saturday, December 7, eight days after the planned opening on November 29.",
                "2025-04-22",
                &["2024-12-07", "2024-11-29"],
            ),
            // With no weekday, the plan's word still looks ahead.
            ("The planned opening on November 29 drew crowds.", "2025-04-22", &["2025-11-29"]),
            (
                "Bursts rose in 2025, driven by a cold snap that began on Tuesday 14 January.",
                "2026-06-09",
                &["2025", "2025-01-14"],
            ),
            // A weekday that fits neither reading is left for the weekday check.
            (
                "Bursts rose in 2025, driven by a cold snap that began on Monday 14 January.",
                "2026-06-09",
                &["2025", "2026-01-14"],
            ),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn fuzzy_parts() {
        check(&[
            ("in early January", JAN20, "early January", "2026-01", "approx", "2026-01-01", "2026-01-10"),
            ("by mid-January", JAN20, "mid-January", "2026-01", "approx", "2026-01-11", "2026-01-20"),
            ("by mid January", JAN20, "mid January", "2026-01", "approx", "2026-01-11", "2026-01-20"),
            ("in the middle of January", JAN20, "the middle of January", "2026-01", "approx", "2026-01-11", "2026-01-20"),
            ("in late January", Some("2026-01-25"), "late January", "2026-01", "approx", "2026-01-21", "2026-01-31"),
            ("in late January", Some("2026-01-15"), "late January", "2025-01", "approx", "2025-01-21", "2025-01-31"),
            ("at the end of January", Some("2026-02-03"), "the end of January", "2026-01", "approx", "2026-01-21", "2026-01-31"),
            ("in late February 2024", None, "late February 2024", "2024-02", "approx", "2024-02-21", "2024-02-29"),
            ("in early 2025", None, "early 2025", "2025", "approx", "2025-01-01", "2025-04-30"),
            ("by the end of 2025", None, "the end of 2025", "2025", "approx", "2025-09-01", "2025-12-31"),
            ("in late 2025", None, "late 2025", "2025", "approx", "2025-09-01", "2025-12-31"),
            ("by mid-2025", None, "mid-2025", "2025", "approx", "2025-05-01", "2025-08-31"),
            ("in the first half of 2025", None, "the first half of 2025", "2025", "approx", "2025-01-01", "2025-06-30"),
            ("profit in Q3 2025 rose", None, "Q3 2025", "2025", "approx", "2025-07-01", "2025-09-30"),
            ("the third quarter of 2025", None, "the third quarter of 2025", "2025", "approx", "2025-07-01", "2025-09-30"),
            ("in the summer of 2028", None, "the summer of 2028", "2028", "approx", "2028-06-01", "2028-08-31"),
            ("winter 2025", None, "winter 2025", "2025", "approx", "2025-12-01", "2026-02-28"),
            ("the talks in spring failed", JAN20, "spring", "2025", "approx", "2025-03-01", "2025-05-31"),
            ("in the spring", JAN20, "the spring", "2025", "approx", "2025-03-01", "2025-05-31"),
            ("last summer", JAN20, "last summer", "2025", "approx", "2025-06-01", "2025-08-31"),
            ("in the early 1990s", None, "the early 1990s", "1990", "approx", "1990-01-01", "1993-12-31"),
            ("in the 1990s", None, "the 1990s", "1990", "range", "1990-01-01", "1999-12-31"),
            ("in the 1970's", None, "the 1970's", "1970", "range", "1970-01-01", "1979-12-31"),
            ("in the mid-1970’s", None, "the mid-1970’s", "1974", "approx", "1974-01-01", "1976-12-31"),
            ("late last year", JAN20, "late last year", "2025", "approx", "2025-09-01", "2025-12-31"),
            ("by the end of the year", JAN20, "the end of the year", "2026", "approx", "2026-09-01", "2026-12-31"),
            ("at the end of this month", JAN20, "the end of this month", "2026-01", "approx", "2026-01-21", "2026-01-31"),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn ranges() {
        check(&[
            ("between late January and early February", Some("2026-02-20"), "between late January and early February", "2026-01", "range", "2026-01-21", "2026-02-10"),
            ("from March to May 2025", None, "from March to May 2025", "2025-03", "range", "2025-03-01", "2025-05-31"),
            ("from December to March 2025", None, "from December to March 2025", "2024-12", "range", "2024-12-01", "2025-03-31"),
            ("in 2014-2019", None, "2014-2019", "2014", "range", "2014-01-01", "2019-12-31"),
            ("the 2014–19 period", None, "2014–19", "2014", "range", "2014-01-01", "2019-12-31"),
            ("from 2014 to 2019", None, "from 2014 to 2019", "2014", "range", "2014-01-01", "2019-12-31"),
            ("between 2014 and 2019", None, "between 2014 and 2019", "2014", "range", "2014-01-01", "2019-12-31"),
            ("from January 5 to February 2, 2026", None, "from January 5 to February 2, 2026", "2026-01-05", "range", "2026-01-05", "2026-02-02"),
            ("between 12 January and Friday, 6 February", Some("2026-02-20"), "between 12 January and Friday, 6 February", "2026-01-12", "range", "2026-01-12", "2026-02-06"),
            ("from Monday 3 March to Friday 7 March", Some("2025-03-20"), "from Monday 3 March to Friday 7 March", "2025-03-03", "range", "2025-03-03", "2025-03-07"),
        ]);
    }

    #[test]
    fn a_yearless_date_takes_its_year_from_last_or_next_year_after_it() {
        for (text, want) in [
            ("approved it on Jan 20 last year", "2025-01-20"),
            ("opens in March next year", "2027-03"),
            ("in May this year", "2026-05"),
        ] {
            let got = dates(text, JAN21);
            assert_eq!(
                got.first().map(|d| d.1.as_str()),
                Some(want),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    #[rustfmt::skip]
    fn relative_dates() {
        check(&[
            ("said today", JAN21, "today", "2026-01-21", "exact", "2026-01-21", "2026-01-21"),
            ("said yesterday", JAN21, "yesterday", "2026-01-20", "exact", "2026-01-20", "2026-01-20"),
            ("will say tomorrow", JAN21, "tomorrow", "2026-01-22", "exact", "2026-01-22", "2026-01-22"),
            ("late last night", JAN21, "last night", "2026-01-20", "exact", "2026-01-20", "2026-01-20"),
            ("said on Tuesday", JAN21, "Tuesday", "2026-01-20", "exact", "2026-01-20", "2026-01-20"),
            ("said on Wednesday", JAN21, "Wednesday", "2026-01-21", "exact", "2026-01-21", "2026-01-21"),
            ("Thursday's attack", JAN21, "Thursday's", "2026-01-15", "exact", "2026-01-15", "2026-01-15"),
            ("will meet on Thursday", JAN21, "Thursday", "2026-01-22", "exact", "2026-01-22", "2026-01-22"),
            ("met last Wednesday", JAN21, "last Wednesday", "2026-01-14", "exact", "2026-01-14", "2026-01-14"),
            ("met last Tuesday", JAN21, "last Tuesday", "2026-01-20", "exact", "2026-01-20", "2026-01-20"),
            ("meets next Monday", JAN21, "next Monday", "2026-01-26", "exact", "2026-01-26", "2026-01-26"),
            ("meets this friday", JAN21, "this friday", "2026-01-23", "exact", "2026-01-23", "2026-01-23"),
            ("met last week", JAN21, "last week", "2026-01-12", "range", "2026-01-12", "2026-01-18"),
            ("meets next week", JAN21, "next week", "2026-01-26", "range", "2026-01-26", "2026-02-01"),
            ("meets next week on friday", JAN21, "next week on friday", "2026-01-30", "exact", "2026-01-30", "2026-01-30"),
            ("next weekend", JAN21, "next weekend", "2026-01-31", "range", "2026-01-31", "2026-02-01"),
            ("fell last month", JAN21, "last month", "2025-12", "exact", "2025-12-01", "2025-12-31"),
            ("fell last year", JAN21, "last year", "2025", "exact", "2025-01-01", "2025-12-31"),
            ("rose this year", JAN21, "this year", "2026", "exact", "2026-01-01", "2026-12-31"),
            ("in the current year", JAN21, "the current year", "2026", "exact", "2026-01-01", "2026-12-31"),
            ("will rise next year", JAN21, "next year", "2027", "exact", "2027-01-01", "2027-12-31"),
            // "took effect" tells a start that has passed; "takes effect" one ahead.
            ("the duty took effect on July 1", JAN21, "July 1", "2025-07-01", "exact", "2025-07-01", "2025-07-01"),
            ("the duty takes effect on July 1", JAN21, "July 1", "2026-07-01", "exact", "2026-07-01", "2026-07-01"),
            ("the law came into force in March", JAN21, "March", "2025-03", "exact", "2025-03-01", "2025-03-31"),
            ("earlier this month", JAN21, "earlier this month", "2026-01", "range", "2026-01-01", "2026-01-20"),
            ("earlier this year", JAN21, "earlier this year", "2026", "range", "2026-01-01", "2026-01-20"),
            ("three days ago", JAN21, "three days ago", "2026-01-18", "exact", "2026-01-18", "2026-01-18"),
            ("3 days ago", JAN21, "3 days ago", "2026-01-18", "exact", "2026-01-18", "2026-01-18"),
            ("a week ago", JAN21, "a week ago", "2026-01-14", "exact", "2026-01-14", "2026-01-14"),
            ("a month ago", JAN21, "a month ago", "2025-12", "approx", "2025-12-01", "2025-12-31"),
            ("two years ago", JAN21, "two years ago", "2024", "approx", "2024-01-01", "2024-12-31"),
            ("the day before yesterday", JAN21, "the day before yesterday", "2026-01-19", "exact", "2026-01-19", "2026-01-19"),
            ("two weeks from now", JAN21, "two weeks from now", "2026-02-04", "exact", "2026-02-04", "2026-02-04"),
            ("will be done in 3 weeks", JAN21, "in 3 weeks", "2026-02-11", "exact", "2026-02-11", "2026-02-11"),
            ("will pay in two business days", JAN21, "in two business days", "2026-01-23", "exact", "2026-01-23", "2026-01-23"),
        ]);
    }

    #[test]
    fn later_counts_from_the_last_day_named() {
        let got = dates(
            "The attack came on March 3, 2025. Two days later, troops left.",
            None,
        );
        assert_eq!(
            (got[1].0.as_str(), got[1].1.as_str()),
            ("Two days later", "2025-03-05")
        );
        let got = dates(
            "It began on March 3, 2025. The next day, troops left.",
            None,
        );
        assert_eq!(got[1].1, "2025-03-04");
        let got = dates(
            "It began on Monday, March 3, 2025. By the following Friday it was over.",
            None,
        );
        assert_eq!(got[1].1, "2025-03-07");
        // No day named and no future: the count has nothing to start from.
        assert!(dates("Two days later, troops left.", JAN21).is_empty());
    }

    #[test]
    fn a_stated_weekday_picks_the_year_on_the_side_the_tense_points_to() {
        let day =
            |text: &str, published: &str| dates(text, Some(published)).first().map(|g| g.1.clone());
        // 22 August 2025 was a Friday; 2026's is a Saturday.
        assert_eq!(
            day("The busiest day was Friday, August 22.", "2026-07-30").as_deref(),
            Some("2025-08-22")
        );
        // A timetable's present looks ahead: 17 October 2025 is a Friday.
        assert_eq!(
            day(
                "The tour opens at the Corn Exchange, its home hall, on Friday 17 October.",
                "2025-09-12"
            )
            .as_deref(),
            Some("2025-10-17")
        );
        // Ahead, no 3 October is a Thursday (2024's was): the weekday is the
        // slip, not the year.
        assert_eq!(
            day(
                "The county will launch the service on Thursday 3 October.",
                "2025-09-01"
            )
            .as_deref(),
            Some("2025-10-03")
        );
        // A weekday the next sentence points back with places the day: 9
        // March 2024 was a Saturday; 2025's, weeks after publication, is a
        // Sunday.
        assert_eq!(
            day(
                "The longest job began on 9 March, when a walker fell. Members spent most of that Saturday carrying him down.",
                "2025-02-18"
            )
            .as_deref(),
            Some("2024-03-09")
        );
        // Without it, a day weeks ahead stays ahead for the future-date check.
        assert_eq!(
            day(
                "The longest job began on 9 March, when a walker fell.",
                "2025-02-18"
            )
            .as_deref(),
            Some("2025-03-09")
        );
        // Told in the past, next year's Wednesday is no reading.
        assert_eq!(
            day("They met again on Wednesday, 3 February.", "2026-02-05").as_deref(),
            Some("2026-02-03")
        );
        // Ahead, a year the sentence names first may lie more than a year
        // off: 26 April 2026 is a Sunday, 2025's a Saturday.
        let got = dates(
            "Next year's race will be held on Sunday, April 26.",
            Some("2025-04-14"),
        );
        assert_eq!(got[1].1, "2026-04-26");
    }

    #[test]
    fn a_past_clause_after_a_future_cue_looks_back() {
        // 19 March 2025 is a Wednesday: the vote was two days before.
        let got = dates(
            "The unit will stop delivering babies this spring after the board voted on Monday to move all births.",
            Some("2025-03-19"),
        );
        assert_eq!(got.last().map(|g| g.1.as_str()), Some("2025-03-17"));
        // With no past verb of its own, the weekday is the next one.
        let got = dates(
            "The unit will stop delivering babies after the board meets on Monday.",
            Some("2025-03-19"),
        );
        assert_eq!(got.last().map(|g| g.1.as_str()), Some("2025-03-24"));
    }

    #[test]
    fn a_when_clause_after_a_year_dates_its_days_in_that_year() {
        let got = dates(
            "It is the first ban since 2018, when a ban imposed on July 20 was lifted on August 31.",
            Some("2025-07-02"),
        );
        assert_eq!(got[1].1, "2018-07-20");
        assert_eq!(got[2].1, "2018-08-31");
        // Without the clause, the days are this year's.
        let got = dates(
            "A ban was imposed on June 20 and lifted on June 30.",
            Some("2025-07-02"),
        );
        assert_eq!(got[0].1, "2025-06-20");
    }

    #[test]
    fn a_count_in_apposition_to_a_date_counts_from_the_one_before() {
        let last =
            |text: &str, published: &str| dates(text, Some(published)).last().map(|g| g.1.clone());
        // Months: from August 2023, not from "last week".
        assert_eq!(
            last(
                "The brawl followed a match in August 2023, and he went on trial only last week, 20 months later.",
                "2025-04-29"
            )
            .as_deref(),
            Some("2025-04")
        );
        // Weeks, with a part of the day and words of degree about the comma.
        assert_eq!(
            last(
                "The swarm began on August 30, yet the alert was raised only on Saturday evening, a full three weeks later.",
                "2025-09-17"
            )
            .as_deref(),
            Some("2025-09-20")
        );
        // Not in apposition: from the date just named.
        assert_eq!(
            last("The swarm began on August 30. The alert came on Saturday and the eruption two days later.", "2025-09-17")
                .as_deref(),
            Some("2025-09-15")
        );
    }

    #[test]
    fn a_date_in_apposition_to_one_still_to_come_is_that_day() {
        let last = |text: &str| dates(text, Some("2026-04-15")).last().map(|g| g.1.clone());
        assert_eq!(
            last("The first opens on Saturday, May 2, with a second in Wexley three weeks later, on May 23.")
                .as_deref(),
            Some("2026-05-23")
        );
        // Told in the past, the apposed day stays in the past.
        assert_eq!(
            last("Talks opened on 2 March and ended three weeks later, on 23 March.").as_deref(),
            Some("2026-03-23")
        );
        // A day after a past one, no apposition: the most recent 23 May.
        assert_eq!(
            last("The depot shut on 2 March. Staff returned on 23 May.").as_deref(),
            Some("2025-05-23")
        );
    }

    #[test]
    fn a_weekday_with_a_bare_day_takes_the_nearest_month_it_fits() {
        let sept18 = Some("2025-09-18");
        let day = |text: &str| dates(text, sept18).first().map(|g| g.1.clone());
        // 20 September 2025 is a Saturday: two days ahead, not 20 August.
        assert_eq!(
            day("The first image came on Saturday the 20th.").as_deref(),
            Some("2025-09-20")
        );
        // 8 September 2025 is a Monday.
        assert_eq!(
            day("It was shortlisted on Monday the 8th.").as_deref(),
            Some("2025-09-08")
        );
        // No 9th from July to November 2025 falls on a Friday: the most
        // recent 9th, and the weekday is left to disagree.
        assert_eq!(
            day("It was signed on Friday the 9th.").as_deref(),
            Some("2025-09-09")
        );
        // 19 January 2027 is the only Tuesday the 19th within two months of
        // 7 December 2026, but a meeting told in the past is not seven weeks
        // ahead: the last 19th, and the weekday is left to disagree.
        let dec7 = Some("2026-12-07");
        let on = |text: &str| dates(text, dec7).first().map(|g| g.1.clone());
        assert_eq!(
            on("On Tuesday the 19th the board met.").as_deref(),
            Some("2026-11-19")
        );
        assert_eq!(
            on("The board will meet on Tuesday the 19th.").as_deref(),
            Some("2027-01-19")
        );
    }

    #[test]
    fn a_bare_day_takes_the_nearest_month_of_its_sentences_full_date() {
        let may21 = Some("2025-05-21");
        let day = |text: &str, what: &str| {
            dates(text, may21)
                .into_iter()
                .find(|g| g.0 == what)
                .map(|g| g.1)
        };
        // Before the full date, in its month.
        assert_eq!(
            day(
                "The site went offline on 14 June 2023, nine days after the first complaint reached police on the 5th.",
                "the 5th"
            )
            .as_deref(),
            Some("2023-06-05")
        );
        // After it, in its month.
        assert_eq!(
            day(
                "The fire was contained on the 20th, after it broke out on 6 August 2024.",
                "the 20th"
            )
            .as_deref(),
            Some("2024-08-20")
        );
        // After it, in the month after.
        assert_eq!(
            day(
                "The fire broke out on 28 September 2024 and was contained on the 2nd.",
                "the 2nd"
            )
            .as_deref(),
            Some("2024-10-02")
        );
        // A deadline is no anchor: "until 29 August" leaves the 14th in
        // the month of publication.
        assert_eq!(
            day(
                "The regulator opened an inquiry on the 14th and gave the operator until 29 August to reply.",
                "the 14th"
            )
            .as_deref(),
            Some("2025-05-14")
        );
        // No full date in the sentence: the month of publication.
        assert_eq!(
            day("Police were called on the 5th.", "the 5th").as_deref(),
            Some("2025-05-05")
        );
    }

    #[test]
    fn months_later_count_from_the_last_month_named() {
        // A day named before the month ("said on Tuesday") does not anchor
        // a count of months from a month named after it.
        let got = dates(
            "The office said on Tuesday, 21 October 2025, that it was pleased. \
             The scheme, approved in June 2024, opened four months later.",
            None,
        );
        let later = got
            .iter()
            .find(|g| g.0 == "four months later")
            .expect("read");
        assert_eq!(later.1, "2024-10");
    }

    #[test]
    fn a_timetable_present_reads_a_yearless_month_forward() {
        let oct21 = Some("2025-10-21");
        let got = dates("Owners rushed before the levy rises in January.", oct21);
        assert_eq!(got[0].1, "2026-01");
        // Without it, the latest January before publication.
        let got = dates("Owners rushed after the levy rose in January.", oct21);
        assert_eq!(got[0].1, "2025-01");
    }

    #[test]
    fn relative_dates_need_publication() {
        for text in [
            "today",
            "last week",
            "on Tuesday",
            "three days ago",
            "last month",
        ] {
            assert!(dates(text, None).is_empty(), "{text}");
        }
    }

    #[test]
    fn traps_yield_no_date() {
        for text in [
            "the 2019 civil protection law",
            "a 2022 assault on the prison",
            "a 2015 lease deal",
            "passing the 2019 level",
            "2000 soldiers were deployed",
            "sent in 2000 soldiers",
            "in 2000 people",
            "Resolution 2254",
            "Route 66",
            "at 9:30 a.m. local time",
            "at 11 p.m.",
            "at 4.22",
            "the first prize",
            "the 27th floor",
            "the 25th Anniversary of relations",
            "its 90th member",
            "the face amount of its 6 1/4% convertible",
            "a 3-1 win",
            "it ended 2-0",
            "open 24/7",
            "a 59-year-old man",
            "a 24-hour curfew",
            "F-16 jets and COVID-19",
            "G20 and G7 leaders",
            "Boeing 737 and MH17",
            "Windows 11",
            "call 650-650-6500",
            "World War II",
            "aged 34",
            "You may go.",
            "They may one day return.",
            "Protesters march on the capital.",
            "they will march 10 miles",
            "June Carter sang",
            "Black Friday sales",
            "the Sunday Times",
            "The Sunday trade ban",
            "according to USA Today",
            "after the fall of Aleppo",
            "the Arab Spring",
            "between 2000 and 3000 soldiers",
            "rose from 1500 to 2000 people",
            "increased from 1,500 to 2,000",
            "February 30, 2026",
            "on February 30",
            "30 February",
            "2026-02-30",
            "31/02/2020",
            "1,2,3",
            "the late president",
            "the end of the day",
            "over the past week",
            "in the next year",
            "Jan Egeland said",
            "a state of calamity following the quake",
        ] {
            let got = dates(text, JAN20);
            assert!(got.is_empty(), "{text:?} gave {got:?}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let long_number = "9".repeat(40);
        let texts = [
            "",
            " ",
            "\u{feff}",
            "…",
            "– — ‑",
            "日本 2026年1月20日",
            "Ünïcödé Jänuary 20, 2026 ñ",
            "January",
            "the",
            "on",
            "the 31st of February",
            "between",
            "from 2014 to",
            "2014-",
            "-2014",
            "12/",
            "/12",
            "1.2.3.4.5",
            "9999-99-99",
            "0000-00-00",
            "Jan 0",
            "January 32",
            "in 0999",
            "99999 days ago",
            "10000 years from now",
            &long_number,
            "2100-12-31 and 1000-01-01",
            "last",
            "the day before",
            "two sundays from now",
            "mid-",
            "Q3",
            "in 2",
            "twenty-",
            "the winter of 2006-",
            "on the 31st.",
        ];
        let extremes = [
            None,
            Some(date(2026, 1, 20)),
            Some(Date::MAX),
            Some(Date::MIN),
            Some(date(1, 1, 1)),
        ];
        for published in extremes {
            for text in texts {
                let _ = dates_at(text, published);
            }
        }
    }

    #[test]
    fn lexicon_errors_point_into_the_file() {
        let lex = crate::DATES_LEXICON;
        let bad = lex.replacen("number = 12", "number = 13", 1);
        let err = DateLexicon::from_toml(&bad).unwrap_err();
        assert_eq!(err.file, "rules/lexicon/dates.toml");
        assert_eq!(&bad[err.span.clone().expect("span")], "13");

        let bad = lex.replacen("bound = \"approx\"", "bound = \"aprox\"", 1);
        let err = DateLexicon::from_toml(&bad).unwrap_err();
        assert!(
            bad[err.span.clone().expect("span")].contains("aprox"),
            "{err}"
        );

        let bad = lex.replacen("days = [21, 31]", "days = [21, 40]", 1);
        let err = DateLexicon::from_toml(&bad).unwrap_err();
        assert_eq!(&bad[err.span.clone().expect("span")], "[21, 40]");

        let bad = lex.replacen("[relative]", "[relative]\nsoon = [\"soon\"]", 1);
        assert!(DateLexicon::from_toml(&bad).unwrap_err().span.is_some());

        let bad = lex.replacen("words = [\"june\"]", "words = [\"June\"]", 1);
        assert!(DateLexicon::from_toml(&bad).is_err(), "upper case");
        let bad = lex.replacen("words = [\"june\"]", "words = [\"july\"]", 1);
        assert!(
            DateLexicon::from_toml(&bad).is_err(),
            "a word naming two months"
        );
        assert!(DateLexicon::from_toml("month = [")
            .unwrap_err()
            .span
            .is_some());
    }

    /// Date-ish words and digits glued by random separators.
    fn date_soup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let words = prop::sample::select(vec![
            "January",
            "jan",
            "may",
            "March",
            "sept",
            "Tuesday",
            "wed",
            "sundays",
            "the",
            "of",
            "on",
            "in",
            "between",
            "and",
            "from",
            "to",
            "late",
            "mid",
            "end",
            "first",
            "half",
            "Q3",
            "1990s",
            "summer",
            "winter",
            "last",
            "next",
            "this",
            "week",
            "days",
            "ago",
            "later",
            "earlier",
            "yesterday",
            "today",
            "now",
            "a",
            "two",
            "twenty",
            "second",
            "1",
            "04",
            "12",
            "29",
            "31",
            "32",
            "2014",
            "2100",
            "0",
            "99999",
            "4.22",
            "13.5.2015",
            "12,2016",
            "22april",
            "27th",
            "2026",
            "business",
            "following",
            "day",
        ]);
        let seps = prop::sample::select(vec![" ", "-", "/", ", ", ". ", "", "\n", "–", "("]);
        prop::collection::vec((words, seps), 0..12).prop_map(|parts| {
            parts
                .into_iter()
                .map(|(w, s)| format!("{w}{s}"))
                .collect::<String>()
        })
    }

    proptest::proptest! {
        #[test]
        fn any_date_soup_gives_ordered_valid_readings(text in date_soup(), days in -800i64..800) {
            let published = add_days(date(2026, 1, 20), days).filter(|_| days % 5 != 0);
            let lex = lexicon();
            let scan = Scan::new(&text);
            let found = find_dates(&scan, &lex, published);
            let mut end = 0;
            for c in &found {
                proptest::prop_assert!(c.first >= end && c.first <= c.last && c.last < scan.len());
                end = c.last + 1;
                let Value::Date(iv) = &c.value else { panic!("not a date") };
                proptest::prop_assert!(iv.low <= iv.high);
            }
            let again = find_dates(&scan, &lex, published);
            proptest::prop_assert_eq!(found.len(), again.len());
        }
    }

    #[test]
    fn calendar_helpers() {
        let wednesday = date(2026, 1, 21);
        assert_eq!(
            past_weekday(wednesday, Weekday::Wednesday, true),
            Some(wednesday)
        );
        assert_eq!(
            past_weekday(wednesday, Weekday::Wednesday, false),
            Some(date(2026, 1, 14))
        );
        assert_eq!(
            next_weekday(wednesday, Weekday::Wednesday),
            Some(date(2026, 1, 28))
        );
        assert_eq!(week_start(wednesday, 0), Some(date(2026, 1, 19)));
        assert_eq!(full_year(49), 2049);
        assert_eq!(full_year(50), 1950);
    }
}
