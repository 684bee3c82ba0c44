//! The quantities lexicon (`rules/lexicon/quantities.toml`) compiled into lookup
//! tables. Phrases are tokenised with the same scanner as documents, so matching
//! is a walk over tokens, never a re-scan of text.

use crate::scan::Scan;
use crate::words::{WordMap, WordSet};
use crate::LexiconError;
use claimcheck_claims::{Modality, TimeUnit};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;
use std::str::FromStr;

/// A table of multi-word phrases, matched forwards from a token or backwards to one.
#[derive(Debug)]
pub struct PhraseTable<T> {
    by_first: WordMap<Vec<(Vec<String>, T)>>,
    by_last: WordMap<Vec<(Vec<String>, T)>>,
}

impl<T: Clone> PhraseTable<T> {
    pub fn new() -> Self {
        PhraseTable {
            by_first: WordMap::default(),
            by_last: WordMap::default(),
        }
    }

    pub fn insert(&mut self, phrase: &str, value: T) {
        let scan = Scan::new(phrase);
        let words: Vec<String> = (0..scan.len()).map(|i| scan.low(i).to_string()).collect();
        let (Some(first), Some(last)) = (words.first().cloned(), words.last().cloned()) else {
            return;
        };
        self.by_first
            .get_or_insert_with(&first, Vec::new)
            .push((words.clone(), value.clone()));
        self.by_last
            .get_or_insert_with(&last, Vec::new)
            .push((words, value));
    }

    /// The first words of every phrase in the table.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys()
    }

    /// The last words of every phrase in the table.
    pub fn last_words(&self) -> impl Iterator<Item = &str> {
        self.by_last.keys()
    }

    /// The value of a one-word phrase: "usd" in "100USD".
    pub fn word(&self, word: &str) -> Option<&T> {
        self.by_first
            .get(word)?
            .iter()
            .find(|(words, _)| words.len() == 1)
            .map(|(_, v)| v)
    }

    /// The longest phrase starting at token `i`: (its last token, value).
    pub fn match_at(&self, scan: &Scan, i: usize) -> Option<(usize, &T)> {
        if i >= scan.len() {
            return None;
        }
        let span = scan.tokens[i].span();
        let entries = self.by_first.get_in(&scan.lower, span.start, span.end)?;
        entries
            .iter()
            .filter(|(words, _)| {
                i + words.len() <= scan.len()
                    && words.iter().enumerate().all(|(k, w)| scan.low(i + k) == w)
            })
            .max_by_key(|(words, _)| words.len())
            .map(|(words, v)| (i + words.len() - 1, v))
    }

    /// The longest phrase ending at token `j`: (its first token, value).
    pub fn match_ending_at(&self, scan: &Scan, j: usize) -> Option<(usize, &T)> {
        if j >= scan.len() {
            return None;
        }
        let span = scan.tokens[j].span();
        let entries = self.by_last.get_in(&scan.lower, span.start, span.end)?;
        entries
            .iter()
            .filter(|(words, _)| {
                words.len() <= j + 1
                    && words
                        .iter()
                        .enumerate()
                        .all(|(k, w)| scan.low(j + 1 - words.len() + k) == w)
            })
            .max_by_key(|(words, _)| words.len())
            .map(|(words, v)| (j + 1 - words.len(), v))
    }
}

/// How a number word composes with its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberRole {
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
}

#[derive(Clone, Copy, Debug)]
pub struct NumberWord {
    pub value: Decimal,
    pub role: NumberRole,
}

/// What a hedge says about the figure it qualifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HedgeBound {
    Exact,
    Approx,
    BelowApprox,
    AboveApprox,
    AtLeast,
    AtMost,
}

#[derive(Clone, Copy, Debug)]
pub struct Hedge {
    pub bound: HedgeBound,
    pub strict: bool,
    pub modality: Option<Modality>,
}

#[derive(Clone, Copy, Debug)]
pub struct Vague {
    pub low: Decimal,
    pub high: Option<Decimal>,
    /// "several", "a few": multiplies a following unit word ("several hundred").
    pub multiplier: bool,
}

/// The compiled quantities lexicon.
#[derive(Debug)]
pub struct Lexicon {
    pub approx_tolerance: Decimal,
    pub numbers: WordMap<NumberWord>,
    pub ordinals: WordMap<Decimal>,
    pub scale_suffixes: WordMap<Decimal>,
    pub fractions: PhraseTable<Decimal>,
    pub hedges_before: PhraseTable<Hedge>,
    pub hedges_after: PhraseTable<Hedge>,
    pub vague: PhraseTable<Vague>,
    pub modal_words: WordMap<Modality>,
    pub currency_symbols: PhraseTable<String>,
    pub currency_words: PhraseTable<String>,
    pub currency_subunits: PhraseTable<String>,
    pub guarded_currency_words: WordSet,
    pub durations: WordMap<(TimeUnit, Decimal)>,
    /// Words between a number and its unit of time: "three consecutive days".
    pub duration_adjectives: WordSet,
    /// Verbs whose "up to" before a figure is a move, not a hedge: "goes
    /// up to 66 crowns from 58".
    pub motion_verbs: WordSet,
    /// Periods after an ordinal: "the third quarter" names a time.
    pub period_words: WordSet,
    pub labels: WordSet,
    /// Weekdays and months: a figure after one is no label ("On Monday 300").
    pub time_names: WordSet,
    /// Labels that number parts with a word too: "day one", "phase two".
    pub word_labels: WordSet,
    pub times: PhraseTable<()>,
    pub measures: WordSet,
    pub score_words: WordSet,
    /// Words before "from X to Y" that make it a change, not a range ("rose
    /// from 500 to 570").
    pub change_verbs: WordSet,
    pub reporting_verbs: WordSet,
    pub source_heads: WordSet,
    /// Nouns of a reckoning: "by Brightway's own count".
    pub reckonings: WordSet,
    pub anaphors: PhraseTable<()>,
    /// Every word a quantity can start with: other words are skipped with one lookup.
    pub quantity_starts: WordSet,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    approx_tolerance: String,
    duration_adjectives: Vec<String>,
    motion_verbs: Vec<String>,
    period_words: Vec<String>,
    numbers: HashMap<String, RawNumber>,
    ordinals: HashMap<String, String>,
    scale_suffixes: HashMap<String, String>,
    fractions: HashMap<String, String>,
    fraction_parts: RawFractionParts,
    hedge: Vec<RawHedge>,
    vague: HashMap<String, RawVague>,
    modality: RawModality,
    currency: Vec<RawCurrency>,
    durations: HashMap<String, RawDuration>,
    not_counts: RawNotCounts,
    attribution: RawAttribution,
    ranges: RawRanges,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFractionParts {
    numerators: HashMap<String, String>,
    denominators: HashMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRanges {
    change_verbs: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNumber {
    value: String,
    role: NumberRole,
}

#[derive(Deserialize, Default, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum Position {
    #[default]
    Before,
    After,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum RawModal {
    Possible,
    Estimated,
}

impl From<RawModal> for Modality {
    fn from(m: RawModal) -> Self {
        match m {
            RawModal::Possible => Modality::Possible,
            RawModal::Estimated => Modality::Estimated,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHedge {
    phrases: Vec<String>,
    bound: HedgeBound,
    #[serde(default)]
    position: Position,
    #[serde(default)]
    strict: bool,
    modality: Option<RawModal>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVague {
    low: String,
    high: Option<String>,
    #[serde(default)]
    multiplier: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModality {
    possible: Vec<String>,
    estimated: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCurrency {
    code: String,
    symbols: Vec<String>,
    words: Vec<String>,
    /// Words for a hundredth of the unit ("cents").
    #[serde(default)]
    subunits: Vec<String>,
    /// Currency words that are also common English words ("real", "won"): read as
    /// currency only at the end of a phrase.
    #[serde(default)]
    guarded: Vec<String>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum RawTimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDuration {
    unit: RawTimeUnit,
    times: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotCounts {
    labels: Vec<String>,
    time_names: Vec<String>,
    word_labels: Vec<String>,
    times: Vec<String>,
    measures: Vec<String>,
    scores: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAttribution {
    verbs: Vec<String>,
    heads: Vec<String>,
    reckonings: Vec<String>,
    anaphors: Vec<String>,
}

const FILE: &str = "rules/lexicon/quantities.toml";

fn error(message: String) -> LexiconError {
    LexiconError {
        file: FILE.to_string(),
        message,
        span: None,
    }
}

fn decimal(s: &str, what: &str) -> Result<Decimal, LexiconError> {
    Decimal::from_str(s).map_err(|_| error(format!("{what}: `{s}` is not a decimal number")))
}

fn lower_set(words: Vec<String>) -> WordSet {
    words
        .into_iter()
        .map(|w| (w.to_ascii_lowercase(), ()))
        .collect()
}

impl Lexicon {
    pub fn from_toml(text: &str) -> Result<Self, LexiconError> {
        let raw: RawLexicon = toml::from_str(text).map_err(|e| LexiconError {
            file: FILE.to_string(),
            message: e.message().to_string(),
            span: e.span(),
        })?;
        let mut numbers = WordMap::default();
        for (word, n) in raw.numbers {
            let value = decimal(&n.value, &format!("numbers.{word}"))?;
            numbers.insert(
                word.to_ascii_lowercase(),
                NumberWord {
                    value,
                    role: n.role,
                },
            );
        }
        let mut ordinals = WordMap::default();
        for (word, v) in raw.ordinals {
            ordinals.insert(
                word.to_ascii_lowercase(),
                decimal(&v, &format!("ordinals.{word}"))?,
            );
        }
        let mut scale_suffixes = WordMap::default();
        for (word, v) in raw.scale_suffixes {
            let value = decimal(&v, &format!("scale_suffixes.{word}"))?;
            scale_suffixes.insert(word.to_ascii_lowercase(), value);
        }
        let mut fractions = PhraseTable::new();
        // Spelled-out fractions, unless listed with a value of their own.
        let parts = |table: &HashMap<String, String>, name: &str| {
            table
                .iter()
                .map(|(w, v)| Ok((w.to_ascii_lowercase(), decimal(v, &format!("{name}.{w}"))?)))
                .collect::<Result<Vec<(String, Decimal)>, LexiconError>>()
        };
        let numerators = parts(&raw.fraction_parts.numerators, "fraction_parts.numerators")?;
        let denominators = parts(
            &raw.fraction_parts.denominators,
            "fraction_parts.denominators",
        )?;
        for (den, d) in &denominators {
            for (num, n) in &numerators {
                if n >= d || d.is_zero() {
                    continue;
                }
                let share = (n * Decimal::ONE_HUNDRED / d).round_dp(2);
                let plural = if *n == Decimal::ONE {
                    den.clone()
                } else {
                    format!("{den}s")
                };
                let article = if den.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                let mut spelled = vec![format!("{num} {plural}"), format!("{num}-{plural}")];
                if *n == Decimal::ONE {
                    spelled.push(format!("{article} {den}"));
                }
                for phrase in spelled {
                    if !raw.fractions.contains_key(&phrase) {
                        fractions.insert(&phrase, share);
                    }
                }
            }
        }
        for (phrase, v) in raw.fractions {
            fractions.insert(&phrase, decimal(&v, &format!("fractions.{phrase}"))?);
        }
        let mut hedges_before = PhraseTable::new();
        let mut hedges_after = PhraseTable::new();
        for h in raw.hedge {
            let hedge = Hedge {
                bound: h.bound,
                strict: h.strict,
                modality: h.modality.map(Modality::from),
            };
            let table = match h.position {
                Position::Before => &mut hedges_before,
                Position::After => &mut hedges_after,
            };
            for p in &h.phrases {
                table.insert(p, hedge);
            }
        }
        let mut vague = PhraseTable::new();
        for (phrase, v) in raw.vague {
            let low = decimal(&v.low, &format!("vague.{phrase}.low"))?;
            let high = match &v.high {
                Some(h) => Some(decimal(h, &format!("vague.{phrase}.high"))?),
                None => None,
            };
            if high.is_some_and(|h| h < low) {
                return Err(error(format!("vague.{phrase}: high is below low")));
            }
            vague.insert(
                &phrase,
                Vague {
                    low,
                    high,
                    multiplier: v.multiplier,
                },
            );
        }
        let mut modal_words = WordMap::default();
        for w in raw.modality.possible {
            modal_words.insert(w.to_ascii_lowercase(), Modality::Possible);
        }
        for w in raw.modality.estimated {
            modal_words.insert(w.to_ascii_lowercase(), Modality::Estimated);
        }
        let mut currency_symbols = PhraseTable::new();
        let mut currency_words = PhraseTable::new();
        let mut currency_subunits = PhraseTable::new();
        let mut guarded_currency_words = WordSet::default();
        for c in raw.currency {
            for s in &c.symbols {
                currency_symbols.insert(s, c.code.clone());
            }
            for w in &c.words {
                currency_words.insert(w, c.code.clone());
            }
            for w in &c.subunits {
                currency_subunits.insert(w, c.code.clone());
            }
            for w in &c.guarded {
                guarded_currency_words.insert(w.to_ascii_lowercase(), ());
            }
        }
        let mut durations = WordMap::default();
        for (word, d) in raw.durations {
            let unit = match d.unit {
                RawTimeUnit::Second => TimeUnit::Second,
                RawTimeUnit::Minute => TimeUnit::Minute,
                RawTimeUnit::Hour => TimeUnit::Hour,
                RawTimeUnit::Day => TimeUnit::Day,
                RawTimeUnit::Week => TimeUnit::Week,
                RawTimeUnit::Month => TimeUnit::Month,
                RawTimeUnit::Year => TimeUnit::Year,
            };
            let times = match &d.times {
                Some(t) => decimal(t, &format!("durations.{word}.times"))?,
                None => Decimal::ONE,
            };
            durations.insert(word.to_ascii_lowercase(), (unit, times));
        }
        let mut times = PhraseTable::new();
        for t in &raw.not_counts.times {
            times.insert(t, ());
        }
        let mut anaphors = PhraseTable::new();
        for a in &raw.attribution.anaphors {
            anaphors.insert(a, ());
        }
        let mut quantity_starts = WordSet::default();
        quantity_starts.extend(numbers.keys());
        quantity_starts.extend(ordinals.keys());
        quantity_starts.extend(fractions.first_words());
        quantity_starts.extend(vague.first_words());
        quantity_starts.extend(currency_symbols.first_words());
        for w in [
            "a",
            "an",
            "one",
            "half",
            "quarter",
            "minus",
            "negative",
            "percent",
            "percents",
            "per",
            // "a decade-long freeze", "the century-old bridge".
            "decade",
            "century",
            "year",
            "month",
            "week",
            "fortnight",
            "day",
            "hour",
            // "all day", "a full year", "another month".
            "all",
            "full",
            "another",
        ] {
            quantity_starts.insert(w, ());
        }
        Ok(Lexicon {
            quantity_starts,
            approx_tolerance: decimal(&raw.approx_tolerance, "approx_tolerance")?,
            numbers,
            ordinals,
            scale_suffixes,
            fractions,
            hedges_before,
            hedges_after,
            vague,
            modal_words,
            currency_symbols,
            currency_words,
            currency_subunits,
            guarded_currency_words,
            durations,
            duration_adjectives: lower_set(raw.duration_adjectives),
            motion_verbs: lower_set(raw.motion_verbs),
            period_words: lower_set(raw.period_words),
            labels: lower_set(raw.not_counts.labels),
            time_names: lower_set(raw.not_counts.time_names),
            word_labels: lower_set(raw.not_counts.word_labels),
            times,
            measures: lower_set(raw.not_counts.measures),
            score_words: lower_set(raw.not_counts.scores),
            change_verbs: lower_set(raw.ranges.change_verbs),
            reporting_verbs: lower_set(raw.attribution.verbs),
            source_heads: lower_set(raw.attribution.heads),
            reckonings: lower_set(raw.attribution.reckonings),
            anaphors,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_loads() {
        let lex = Lexicon::from_toml(crate::QUANTITIES_LEXICON).unwrap();
        assert_eq!(lex.numbers["twenty"].role, NumberRole::Tens);
        let scan = Scan::new("could be as high as 1,500");
        let (first, h) = lex.hedges_before.match_ending_at(&scan, 4).unwrap();
        assert_eq!(first, 0);
        assert_eq!(h.modality, Some(Modality::Possible));
    }

    #[test]
    fn unknown_values_are_errors_with_a_span() {
        let bad = crate::QUANTITIES_LEXICON.replace("bound = \"approx\"", "bound = \"APROX\"");
        let err = Lexicon::from_toml(&bad).unwrap_err();
        assert!(err.message.contains("APROX") || err.message.contains("variant"));
        assert!(err.span.is_some());
    }
}
