//! The grammar lexicon (`rules/lexicon/grammar.toml`): function words, tense
//! markers, irregular forms, synonyms of counted nouns and relation cues. Frames
//! and relation edges are built from it; no word list lives in Rust.

use crate::scan::Scan;
use crate::LexiconError;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

const FILE: &str = "rules/lexicon/grammar.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrammar {
    function_words: Vec<String>,
    tense: RawTense,
    irregular_past: Vec<String>,
    plurals: std::collections::BTreeMap<String, String>,
    synonyms: Vec<Vec<String>>,
    generic_heads: Vec<String>,
    definite: Vec<String>,
    scope: Vec<String>,
    change: Vec<String>,
    part_after_whole: Vec<String>,
    start_verbs: Vec<String>,
    made_verbs: Vec<String>,
    end_words: Vec<String>,
    halt_verbs: Vec<String>,
    resume_verbs: Vec<String>,
    prospective_verbs: Vec<String>,
    directive_verbs: Vec<String>,
    booking_verbs: Vec<String>,
    context_words: Vec<String>,
    change_needs_to: Vec<String>,
    particle_verbs: Vec<String>,
    widening_words: Vec<String>,
    title_nouns: Vec<String>,
    win_words: Vec<String>,
    win_nouns: Vec<String>,
    round_nouns: Vec<String>,
    yearly_events: Vec<String>,
    disagreement_cues: Vec<String>,
    opposite_verbs: Vec<(Vec<String>, Vec<String>)>,
    group_nouns: Vec<String>,
    sum_nouns: Vec<String>,
    totalling_verbs: Vec<String>,
    earlier_words: Vec<String>,
    comparatives: Vec<String>,
    span_nouns: Vec<String>,
    wait_nouns: Vec<String>,
    absence_nouns: Vec<String>,
    title_words: Vec<String>,
    order_after: Vec<String>,
    order_caused_by: Vec<String>,
    order_before: Vec<String>,
    not_events: Vec<String>,
    deed_nouns: Vec<String>,
    pro_verbs: Vec<String>,
    office_end_verbs: Vec<String>,
    order_gap_words: Vec<String>,
    irregular_participles: Vec<String>,
    event_names: Vec<Vec<String>>,
    joining_verbs: Vec<String>,
    number_nouns: Vec<String>,
    whole_nouns: Vec<String>,
    change_nouns: Vec<String>,
    collective_nouns: Vec<String>,
    level_words: Vec<String>,
    not_share_words: Vec<String>,
    not_share_after: Vec<String>,
    rate_nouns: Vec<String>,
    overlap_cues: Vec<String>,
    headcount_nouns: Vec<String>,
    payout_verbs: Vec<String>,
    inspection_verbs: Vec<String>,
    subset_after: Vec<String>,
    targets: Vec<String>,
    part_nouns: Vec<String>,
    kind_nouns: Vec<String>,
    having_verbs: Vec<String>,
    not_occasions: Vec<String>,
    change_up: Vec<String>,
    change_down: Vec<String>,
    running_total: Vec<String>,
    counted_by: std::collections::BTreeMap<String, RawCountedBy>,
    stages: Vec<RawStage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStage {
    earlier: Vec<String>,
    later: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountedBy {
    verbs: Vec<String>,
    nouns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTense {
    future: Vec<String>,
    modal: Vec<String>,
    perfect: Vec<String>,
    present: Vec<String>,
    past: Vec<String>,
    times_after_last_next: Vec<String>,
    timetable_present: Vec<String>,
}

/// Multi-word phrases by their first word.
#[derive(Default)]
pub struct Phrases(FxHashMap<String, Vec<Vec<String>>>);

impl Phrases {
    fn new(list: &[String]) -> Self {
        let mut map: FxHashMap<String, Vec<Vec<String>>> = FxHashMap::default();
        for p in list {
            let words: Vec<String> = p.split(' ').map(str::to_string).collect();
            map.entry(words[0].clone()).or_default().push(words);
        }
        // Longest first, so "a year earlier" wins over "a year".
        for v in map.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        Phrases(map)
    }

    /// The phrase starting at token `i`, within `[i, end)`: the index of its last token.
    pub fn match_at(&self, scan: &Scan, i: usize, end: usize) -> Option<usize> {
        let cands = self.0.get(scan.low(i))?;
        cands.iter().find_map(|p| {
            let last = i + p.len() - 1;
            (last < end && p.iter().enumerate().all(|(k, w)| scan.low(i + k) == w)).then_some(last)
        })
    }
}

/// The compiled grammar lexicon.
pub struct Grammar {
    pub function_words: FxHashSet<String>,
    pub future: FxHashSet<String>,
    pub modal: FxHashSet<String>,
    pub perfect: FxHashSet<String>,
    pub present: FxHashSet<String>,
    pub past: FxHashSet<String>,
    /// Words that make "last" and "next" a time ("last week", "next
    /// March"), not an order ("its last journey", "the next stage").
    pub times_after_last_next: FxHashSet<String>,
    /// Verbs of a timetable, present after "which" or "who".
    pub timetable_present: FxHashSet<String>,
    pub irregular_past: FxHashSet<String>,
    plurals: FxHashMap<String, String>,
    /// Lemma → the first lemma of its synonym class.
    synonyms: FxHashMap<String, String>,
    pub generic_heads: FxHashSet<String>,
    pub definite: FxHashSet<String>,
    pub scope: Phrases,
    pub change: Phrases,
    pub part_after_whole: Phrases,
    pub start_verbs: FxHashSet<String>,
    /// Start verbs that make a thing: its age counts from them.
    pub made_verbs: FxHashSet<String>,
    /// Words that date the end of a span: "ended in June", "until March".
    pub end_words: FxHashSet<String>,
    /// Verbs that stop something on a first day ("shut on 22 September").
    pub halt_verbs: FxHashSet<String>,
    /// Verbs that resume or end it on a second ("reopened on 29 September").
    pub resume_verbs: FxHashSet<String>,
    /// Verbs whose "to" and verb name an act to come ("agreed to meet").
    pub prospective_verbs: FxHashSet<String>,
    /// Verbs that ask someone to do something: "asked both sides to meet
    /// on Tuesday" dates a meeting still to come.
    pub directive_verbs: FxHashSet<String>,
    /// Verbs that fix a thing for a day: "has called strikes for Thursday,
    /// November 27" dates the strikes, still to come when called.
    pub booking_verbs: FxHashSet<String>,
    /// Words of another event, place or time, in the order of the list: a
    /// figure's context marks (at most 64, one bit each), and each word's bit.
    pub context_words: Vec<String>,
    pub context_bit: FxHashMap<String, u32>,
    /// Change words that need a "to" after them ("taking the toll to 40").
    pub change_needs_to: FxHashSet<String>,
    /// Verbs whose "up" or "down" is a particle, not a change: "set up seven
    /// shelters", "shut down two plants".
    pub particle_verbs: FxHashSet<String>,
    /// Words between two vague quantities that widen the first into a range.
    pub widening_words: FxHashSet<String>,
    /// An ordinal of titles and the earlier wins a story lists.
    pub title_nouns: FxHashSet<String>,
    pub win_words: FxHashSet<String>,
    /// Nouns of a win an elided ordinal stands for ("the club's sixth").
    pub win_nouns: FxHashSet<String>,
    /// Nouns of one occasion of an act done again ("the third round of closures").
    pub round_nouns: FxHashSet<String>,
    /// Events held once a year, counted by edition ("the 25th Aldmoor Marathon").
    pub yearly_events: FxHashSet<String>,
    /// Words that set one source's figure against another's ("disputes",
    /// "insisted", "however").
    pub disagreement_cues: FxHashSet<String>,
    /// Verbs of opposite deeds, in pairs of groups: a figure that opened
    /// things is no rounding of one that closed them.
    pub opposite_verbs: Vec<(FxHashSet<String>, FxHashSet<String>)>,
    /// A set just counted, named by a sentence that splits it ("In that sample").
    pub group_nouns: FxHashSet<String>,
    /// Nouns that say what a sum of money is: "a shortfall of", "payments of",
    /// "its annual grant, worth".
    pub sum_nouns: FxHashSet<String>,
    /// Verbs whose subject a sum totals: "came to", "stood at", "topped".
    pub totalling_verbs: FxHashSet<String>,
    pub earlier_words: FxHashSet<String>,
    /// Comparative adjectives, no counted nouns: "3.4 billion crowns better off".
    pub comparatives: FxHashSet<String>,
    pub span_nouns: FxHashSet<String>,
    pub wait_nouns: FxHashSet<String>,
    /// A span since the last time something happened: "the 26-year absence"
    /// … "last toured the region in 2004".
    pub absence_nouns: FxHashSet<String>,
    pub title_words: FxHashSet<String>,
    pub order_after: Phrases,
    pub order_caused_by: Phrases,
    pub order_before: Phrases,
    pub not_events: FxHashSet<String>,
    /// Stages a set passes through, as (earlier, later) wordings: "crossed
    /// the start line" … "completed the course".
    pub stages: Vec<(Phrases, Phrases)>,
    /// Nouns naming a deed a story may date in another sentence: "the
    /// offer", "his remarks".
    pub deed_nouns: FxHashSet<String>,
    /// Verbs standing for the deed of the sentence before: "It acted on …".
    pub pro_verbs: FxHashSet<String>,
    /// Verbs that end a time in an office: "resigned in 2022" (elapsed's
    /// "N years as mayor").
    pub office_end_verbs: FxHashSet<String>,
    /// Words of a gap too loose to be a figure before an order cue: "days
    /// after the vote", "shortly before the storm".
    pub order_gap_words: FxHashSet<String>,
    /// Past participles not ending in "-ed" and unlike the past form:
    /// "having read", "having seen".
    pub irregular_participles: FxHashSet<String>,
    /// Names of one kind of event, by group: `event_group` maps a one-word
    /// name to its groups in `event_names` ("breach" names a hack and a
    /// burst bank).
    pub event_names: Vec<Phrases>,
    pub event_group: FxHashMap<String, Vec<usize>>,
    pub joining_verbs: FxHashSet<String>,
    pub number_nouns: FxHashSet<String>,
    /// Nouns that name a whole by its kind, not its things: "more than half
    /// of its subscriber base", "well over half of the total".
    pub whole_nouns: FxHashSet<String>,
    pub change_nouns: FxHashSet<String>,
    /// Plurals with no plural ending: an -ing word after one is a verb, not
    /// a modifier ("more than 1,000 staff backing walkouts" counts staff).
    pub collective_nouns: FxHashSet<String>,
    /// Words between a set's noun and the figure that states its size: "the
    /// toll rose to 40", "the list stood at 253,400".
    pub level_words: FxHashSet<String>,
    /// Words next to a percentage that make it a change or a rate, not a share.
    pub not_share_words: FxHashSet<String>,
    pub not_share_after: FxHashSet<String>,
    /// Nouns that make the percentages after them rates of separate groups.
    pub rate_nouns: FxHashSet<String>,
    /// Phrases that say the answers counted overlap, so the shares listed
    /// are no breakdown: "almost six in ten named at least two languages".
    pub overlap_cues: Phrases,
    /// Nouns that count people, never a sum: "a population of nearly 6.4
    /// million" takes no currency from the sums around it.
    pub headcount_nouns: FxHashSet<String>,
    /// Verbs of paying out money ("paid", "settled", "disbursed"): what a
    /// payer has paid out to date is one sum however it is worded.
    pub payout_verbs: FxHashSet<String>,
    /// Verbs of going through a set, whose finding names a part of it:
    /// "checked 2,400 dogs … found 1,560 had up-to-date jabs".
    pub inspection_verbs: FxHashSet<String>,
    /// Words just after a counted noun that pick out a subset of it: "the 600
    /// workers aged 58 or over".
    pub subset_after: FxHashSet<String>,
    /// Nouns that make the figure after them a planned or permitted level.
    pub targets: FxHashSet<String>,
    /// Nouns that announce a list by its number of items ("six headings").
    pub part_nouns: FxHashSet<String>,
    /// Nouns that sort things into kinds: "1,100 animals of 160 species".
    pub kind_nouns: FxHashSet<String>,
    /// Verbs of having that state a set ("It employs nine consultants").
    pub having_verbs: FxHashSet<String>,
    /// Nouns after an ordinal that make it a rank, a part of a period or a
    /// place, not an occasion: "fourth-largest", "21st century", "third floor".
    pub not_occasions: FxHashSet<String>,
    /// Words that give a change its direction: up ("rose", "gained", "an
    /// additional") and down ("fell", "lost", "cut").
    pub change_up: FxHashSet<String>,
    pub change_down: FxHashSet<String>,
    /// Words after a gain that give the new level: "netted 66 seats, totaling 365".
    pub running_total: FxHashSet<String>,
    /// The class of what a figure counts, by the verb of a generic noun
    /// ("killing 35 people") and by nouns naming the set ("the toll").
    pub class_by_verb: FxHashMap<String, String>,
    /// The first words of the phrasal verbs among them ("moved" of "moved
    /// out"): only a predicate among these is looked at with its particle.
    pub phrasal_heads: FxHashSet<String>,
    pub class_by_noun: FxHashMap<String, String>,
}

fn set(v: &[String]) -> FxHashSet<String> {
    v.iter().cloned().collect()
}

impl Grammar {
    pub fn from_toml(text: &str) -> Result<Self, LexiconError> {
        let raw: RawGrammar = toml::from_str(text).map_err(|e| LexiconError {
            file: FILE.to_string(),
            message: e.message().to_string(),
            span: e.span(),
        })?;
        // Every entry is matched against lower-cased tokens: an upper-case or
        // padded entry would never match, so it is refused where it stands.
        let all = raw
            .function_words
            .iter()
            .chain(&raw.irregular_past)
            .chain(raw.plurals.keys())
            .chain(raw.plurals.values())
            .chain(raw.synonyms.iter().flatten())
            .chain(&raw.generic_heads)
            .chain(&raw.definite)
            .chain(&raw.scope)
            .chain(&raw.change)
            .chain(&raw.part_after_whole)
            .chain(&raw.start_verbs)
            .chain(&raw.made_verbs)
            .chain(&raw.end_words)
            .chain(&raw.halt_verbs)
            .chain(&raw.resume_verbs)
            .chain(&raw.prospective_verbs)
            .chain(&raw.directive_verbs)
            .chain(&raw.booking_verbs)
            .chain(&raw.context_words)
            .chain(&raw.change_needs_to)
            .chain(&raw.particle_verbs)
            .chain(&raw.widening_words)
            .chain(&raw.title_nouns)
            .chain(&raw.win_words)
            .chain(&raw.win_nouns)
            .chain(&raw.round_nouns)
            .chain(&raw.group_nouns)
            .chain(&raw.sum_nouns)
            .chain(&raw.totalling_verbs)
            .chain(&raw.earlier_words)
            .chain(&raw.comparatives)
            .chain(&raw.span_nouns)
            .chain(&raw.wait_nouns)
            .chain(&raw.title_words)
            .chain(&raw.order_after)
            .chain(&raw.order_caused_by)
            .chain(&raw.order_before)
            .chain(&raw.not_events)
            .chain(&raw.deed_nouns)
            .chain(&raw.pro_verbs)
            .chain(&raw.office_end_verbs)
            .chain(&raw.order_gap_words)
            .chain(&raw.irregular_participles)
            .chain(raw.event_names.iter().flatten())
            .chain(&raw.joining_verbs)
            .chain(&raw.number_nouns)
            .chain(&raw.whole_nouns)
            .chain(&raw.change_nouns)
            .chain(&raw.collective_nouns)
            .chain(&raw.level_words)
            .chain(&raw.not_share_words)
            .chain(&raw.not_share_after)
            // An array of lists, not a chain each: a long chain of
            // iterator types passes the compiler's recursion limit.
            .chain(
                [
                    &raw.rate_nouns,
                    &raw.overlap_cues,
                    &raw.headcount_nouns,
                    &raw.payout_verbs,
                    &raw.inspection_verbs,
                    &raw.subset_after,
                    &raw.targets,
                    &raw.part_nouns,
                    &raw.kind_nouns,
                    &raw.having_verbs,
                    &raw.not_occasions,
                    &raw.change_up,
                    &raw.change_down,
                    &raw.running_total,
                    &raw.absence_nouns,
                    &raw.yearly_events,
                ]
                .into_iter()
                .flatten(),
            )
            .chain(raw.counted_by.keys())
            .chain(
                raw.stages
                    .iter()
                    .flat_map(|s| s.earlier.iter().chain(&s.later)),
            )
            .chain(
                raw.counted_by
                    .values()
                    .flat_map(|c| c.verbs.iter().chain(&c.nouns)),
            )
            .chain(&raw.tense.future)
            .chain(&raw.tense.modal)
            .chain(&raw.tense.perfect)
            .chain(&raw.tense.present)
            .chain(&raw.tense.past)
            .chain(&raw.tense.times_after_last_next)
            .chain(&raw.tense.timetable_present);
        let check = |w: &String| {
            let bad = w.is_empty()
                || w != &w.to_lowercase()
                || w.trim() != w
                || w.contains("  ")
                || w.contains(['\t', '\n']);
            if bad {
                let needle = format!("\"{w}\"");
                return Err(LexiconError {
                    file: FILE.to_string(),
                    message: format!(
                        "entry {needle} must be lower case, non-empty, with single spaces"
                    ),
                    span: text.find(&needle).map(|a| a..a + needle.len()),
                });
            }
            Ok(())
        };
        for w in all {
            check(w)?;
        }
        // A second pass: one chain of every list passes the compiler's
        // recursion limit.
        for (a, b) in &raw.opposite_verbs {
            a.iter().chain(b).try_for_each(check)?;
        }
        // Context marks are kept as a bit set per token.
        if raw.context_words.len() > 64 {
            let needle = "context_words";
            return Err(LexiconError {
                file: FILE.to_string(),
                message: format!(
                    "context_words lists {} words; at most 64 are allowed",
                    raw.context_words.len()
                ),
                span: text.find(needle).map(|a| a..a + needle.len()),
            });
        }
        let context_bit = (0u32..)
            .zip(&raw.context_words)
            .map(|(b, w)| (w.clone(), b))
            .collect();
        let mut synonyms = FxHashMap::default();
        for class in &raw.synonyms {
            let Some(first) = class.first() else { continue };
            for w in class {
                synonyms.insert(w.clone(), first.clone());
            }
        }
        let mut event_group: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (g, names) in raw.event_names.iter().enumerate() {
            for w in names.iter().filter(|w| !w.contains(' ')) {
                event_group.entry(w.clone()).or_default().push(g);
            }
        }
        let mut class_by_verb = FxHashMap::default();
        let mut class_by_noun = FxHashMap::default();
        for (class, c) in &raw.counted_by {
            for v in &c.verbs {
                class_by_verb.insert(v.clone(), class.clone());
            }
            for n in &c.nouns {
                class_by_noun.insert(n.clone(), class.clone());
            }
        }
        Ok(Grammar {
            function_words: set(&raw.function_words),
            future: set(&raw.tense.future),
            modal: set(&raw.tense.modal),
            perfect: set(&raw.tense.perfect),
            present: set(&raw.tense.present),
            past: set(&raw.tense.past),
            times_after_last_next: set(&raw.tense.times_after_last_next),
            timetable_present: set(&raw.tense.timetable_present),
            irregular_past: set(&raw.irregular_past),
            plurals: raw.plurals.into_iter().collect(),
            synonyms,
            generic_heads: set(&raw.generic_heads),
            definite: set(&raw.definite),
            scope: Phrases::new(&raw.scope),
            change: Phrases::new(&raw.change),
            part_after_whole: Phrases::new(&raw.part_after_whole),
            start_verbs: set(&raw.start_verbs),
            made_verbs: set(&raw.made_verbs),
            end_words: set(&raw.end_words),
            halt_verbs: set(&raw.halt_verbs),
            resume_verbs: set(&raw.resume_verbs),
            prospective_verbs: set(&raw.prospective_verbs),
            directive_verbs: set(&raw.directive_verbs),
            booking_verbs: set(&raw.booking_verbs),
            context_words: raw.context_words.clone(),
            context_bit,
            change_needs_to: set(&raw.change_needs_to),
            particle_verbs: set(&raw.particle_verbs),
            widening_words: set(&raw.widening_words),
            title_nouns: set(&raw.title_nouns),
            win_words: set(&raw.win_words),
            win_nouns: set(&raw.win_nouns),
            round_nouns: set(&raw.round_nouns),
            yearly_events: set(&raw.yearly_events),
            disagreement_cues: set(&raw.disagreement_cues),
            opposite_verbs: raw
                .opposite_verbs
                .iter()
                .map(|(a, b)| (set(a), set(b)))
                .collect(),
            group_nouns: set(&raw.group_nouns),
            sum_nouns: set(&raw.sum_nouns),
            totalling_verbs: set(&raw.totalling_verbs),
            earlier_words: set(&raw.earlier_words),
            comparatives: set(&raw.comparatives),
            span_nouns: set(&raw.span_nouns),
            wait_nouns: set(&raw.wait_nouns),
            absence_nouns: set(&raw.absence_nouns),
            title_words: set(&raw.title_words),
            order_after: Phrases::new(&raw.order_after),
            order_caused_by: Phrases::new(&raw.order_caused_by),
            order_before: Phrases::new(&raw.order_before),
            not_events: set(&raw.not_events),
            deed_nouns: set(&raw.deed_nouns),
            stages: raw
                .stages
                .iter()
                .map(|s| (Phrases::new(&s.earlier), Phrases::new(&s.later)))
                .collect(),
            pro_verbs: set(&raw.pro_verbs),
            office_end_verbs: set(&raw.office_end_verbs),
            order_gap_words: set(&raw.order_gap_words),
            irregular_participles: set(&raw.irregular_participles),
            event_names: raw.event_names.iter().map(|g| Phrases::new(g)).collect(),
            event_group,
            joining_verbs: set(&raw.joining_verbs),
            number_nouns: set(&raw.number_nouns),
            whole_nouns: set(&raw.whole_nouns),
            change_nouns: set(&raw.change_nouns),
            collective_nouns: set(&raw.collective_nouns),
            level_words: set(&raw.level_words),
            not_share_words: set(&raw.not_share_words),
            not_share_after: set(&raw.not_share_after),
            rate_nouns: set(&raw.rate_nouns),
            overlap_cues: Phrases::new(&raw.overlap_cues),
            headcount_nouns: set(&raw.headcount_nouns),
            payout_verbs: set(&raw.payout_verbs),
            inspection_verbs: set(&raw.inspection_verbs),
            subset_after: set(&raw.subset_after),
            targets: set(&raw.targets),
            part_nouns: set(&raw.part_nouns),
            kind_nouns: set(&raw.kind_nouns),
            having_verbs: set(&raw.having_verbs),
            not_occasions: set(&raw.not_occasions),
            change_up: set(&raw.change_up),
            change_down: set(&raw.change_down),
            running_total: set(&raw.running_total),
            phrasal_heads: class_by_verb
                .keys()
                .filter_map(|v| v.split_once(' ').map(|(head, _)| head.to_string()))
                .collect(),
            class_by_verb,
            class_by_noun,
        })
    }

    /// The singular of a counted noun: "homes" → "home", "children" → "child",
    /// "cities" → "city", "buses" → "bus".
    pub fn lemma(&self, word: &str) -> String {
        let w = word.to_lowercase();
        if let Some(s) = self.plurals.get(&w) {
            return s.clone();
        }
        let n = w.len();
        if n > 4 && w.ends_with("ies") {
            return format!("{}y", &w[..n - 3]);
        }
        for suffix in ["sses", "ches", "shes", "xes"] {
            if n > suffix.len() + 1 && w.ends_with(suffix) {
                return w[..n - 2].to_string();
            }
        }
        if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
            return w[..n - 1].to_string();
        }
        w
    }

    /// The deed a verb counts ("killed" → dead, "freed" → rescued), in
    /// any case.
    pub fn deed_of(&self, verb: &str) -> Option<&str> {
        self.class_by_verb
            .get(verb.to_lowercase().as_str())
            .map(String::as_str)
    }

    /// The class a lemma belongs to: itself, or the first word of its synonyms.
    pub fn class<'a>(&'a self, lemma: &'a str) -> &'a str {
        self.synonyms.get(lemma).map_or(lemma, String::as_str)
    }

    /// Whether verbs `a` and `b` name opposite deeds ("opened", "shut").
    pub fn opposite(&self, a: &str, b: &str) -> bool {
        let (a, b) = (a.to_lowercase(), b.to_lowercase());
        self.opposite_verbs
            .iter()
            .any(|(x, y)| (x.contains(&a) && y.contains(&b)) || (y.contains(&a) && x.contains(&b)))
    }

    /// A verb form in the past: "-ed" or an irregular past form.
    pub fn is_past_form(&self, w: &str) -> bool {
        (w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_alphabetic()))
            || self.irregular_past.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grammar() -> Grammar {
        Grammar::from_toml(crate::GRAMMAR_LEXICON).expect("grammar lexicon loads")
    }

    #[test]
    fn lemmas_of_regular_and_irregular_plurals() {
        let g = grammar();
        for (plural, singular) in [
            ("homes", "home"),
            ("children", "child"),
            ("cities", "city"),
            ("buses", "bus"),
            ("churches", "church"),
            ("boxes", "box"),
            ("Contracts", "contract"),
            ("staff", "staff"),
            ("census", "census"),
            ("glass", "glass"),
        ] {
            assert_eq!(g.lemma(plural), singular, "{plural}");
        }
    }

    #[test]
    fn synonyms_share_a_class() {
        let g = grammar();
        assert_eq!(g.class("team"), g.class("club"));
        assert_eq!(g.class("country"), g.class("member"));
        assert_ne!(g.class("team"), g.class("member"));
        assert_eq!(g.class("bridge"), "bridge");
    }

    #[test]
    fn a_bad_entry_is_refused_with_its_place() {
        let text = crate::GRAMMAR_LEXICON.replacen("\"another\"", "\"Another\"", 1);
        let err = Grammar::from_toml(&text).err().expect("refused");
        let span = err.span.expect("located");
        assert_eq!(&text[span], "\"Another\"");
        let err = Grammar::from_toml("function_words = 3")
            .err()
            .expect("refused");
        assert!(err.span.is_some(), "{}", err.message);
    }
}
