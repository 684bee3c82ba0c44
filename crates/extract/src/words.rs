//! Word-keyed lexicon tables with a prefilter.
//!
//! Most tokens of a news text are in none of the lexicons, and each token is
//! asked about by several stages (is it a quantity word, a date word, a
//! reporting verb, the first word of a hedge…). Hashing a word and comparing
//! keys costs far more than a test that rules most words out: a 1,024-bit
//! filter indexed by the word's length and its first, middle and last bytes.
//! A word that fails the filter is a sure miss; one that passes goes on to the
//! hash map, so the answers are exactly those of the map.

use rustc_hash::FxHashMap;

/// What the lexicons say about one word, looked up once per token when a
/// document is scanned, so that later stages test a bit instead of hashing the
/// word again. Built by the extractor from every lexicon (see `Extractor::new`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tags {
    /// The date lexicon's class of the word (0 when it names nothing).
    pub date_class: u16,
    /// `Tags::QUANTITY_START` and the other flags below.
    pub flags: u16,
}

impl Tags {
    /// A quantity can start with the word (`Lexicon::quantity_starts`).
    pub const QUANTITY_START: u16 = 1;
    /// The word can be a reporting verb (`Lexicon::reporting_verbs`).
    pub const REPORTING_VERB: u16 = 1 << 1;
    /// A word that can end a clause for linking (`link::is_hard_break`).
    pub const CLAUSE_BREAK: u16 = 1 << 2;
    /// The first word of a metric cue (`link::MetricIndex`).
    pub const CUE_START: u16 = 1 << 3;

    pub fn has(self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

/// Bits in a filter.
const FILTER_BITS: usize = 1024;

/// Which filter bit a word sets. Cheap on purpose: four byte reads and a multiply.
fn slot(word: &[u8]) -> usize {
    let n = word.len();
    if n == 0 {
        return 0;
    }
    let mix = (n as u64)
        | u64::from(word[0]) << 8
        | u64::from(word[n / 2]) << 16
        | u64::from(word[n - 1]) << 24;
    // Fibonacci hashing: the top bits of the product depend on every input bit.
    (mix.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS.trailing_zeros())) as usize
}

/// Words of up to seven bytes, most function words and lexicon entries, are
/// looked up as one integer (bytes and length packed together) instead of as a
/// string: no hashing of bytes one by one, no `memcmp`.
fn pack(word: &[u8]) -> Option<u64> {
    if word.len() > 7 {
        return None;
    }
    let mut packed = (word.len() as u64) << 56;
    for (k, &b) in word.iter().enumerate() {
        packed |= u64::from(b) << (8 * k);
    }
    Some(packed)
}

/// A map from lower-case words to values, with a filter in front of the hash maps.
#[derive(Clone)]
pub struct WordMap<V> {
    /// Index into `entries` of each short word, by its packed form.
    short: FxHashMap<u64, u32>,
    /// Index into `entries` of each longer word.
    long: FxHashMap<Box<str>, u32>,
    entries: Vec<(Box<str>, V)>,
    filter: [u64; FILTER_BITS / 64],
}

/// A set of lower-case words.
pub type WordSet = WordMap<()>;

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            short: FxHashMap::default(),
            long: FxHashMap::default(),
            entries: Vec::new(),
            filter: [0; FILTER_BITS / 64],
        }
    }
}

impl<V: std::fmt::Debug> std::fmt::Debug for WordMap<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.entries.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

impl<V> WordMap<V> {
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let s = slot(word.as_bytes());
        self.filter[s / 64] & (1 << (s % 64)) != 0
    }

    #[inline]
    fn index_of(&self, word: &str) -> Option<usize> {
        if !self.may_hold(word) {
            return None;
        }
        let index = match pack(word.as_bytes()) {
            Some(packed) => self.short.get(&packed),
            None => self.long.get(word),
        };
        index.map(|&i| i as usize)
    }

    /// Insert `word`, replacing and returning any earlier value.
    pub fn insert(&mut self, word: impl Into<Box<str>>, value: V) -> Option<V> {
        let word = word.into();
        if let Some(i) = self.index_of(&word) {
            return Some(std::mem::replace(&mut self.entries[i].1, value));
        }
        let s = slot(word.as_bytes());
        self.filter[s / 64] |= 1 << (s % 64);
        let index = u32::try_from(self.entries.len()).expect("fewer than 2^32 words");
        match pack(word.as_bytes()) {
            Some(packed) => self.short.insert(packed, index),
            None => self.long.insert(word.clone(), index),
        };
        self.entries.push((word, value));
        None
    }

    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        self.index_of(word).map(|i| &self.entries[i].1)
    }

    /// The value of `word`, inserting `make()` first when it is absent.
    pub fn get_or_insert_with(&mut self, word: &str, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.index_of(word) {
            Some(i) => i,
            None => {
                self.insert(word, make());
                self.entries.len() - 1
            }
        };
        &mut self.entries[i].1
    }

    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.index_of(word).is_some()
    }

    /// For sets: `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.contains_key(word)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| &**k)
    }
}

impl<V> std::ops::Index<&str> for WordMap<V> {
    type Output = V;

    fn index(&self, word: &str) -> &V {
        self.get(word)
            .unwrap_or_else(|| panic!("word {word:?} is not in the table"))
    }
}

impl<K: Into<Box<str>>, V> FromIterator<(K, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = WordMap::default();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<K: Into<Box<str>>> Extend<K> for WordMap<()> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        for k in iter {
            self.insert(k, ());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_those_of_the_map() {
        let words = ["said", "told", "according", "a", "thousand", "’s", "é"];
        let mut set = WordSet::default();
        set.extend(words);
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "saids", "sad", "b", "thousands", "tolD", "the", "\0"] {
            assert!(!set.contains(w), "{w}");
        }
        let mut map = WordMap::default();
        assert_eq!(map.insert("seventy", 70), None);
        assert_eq!(map.insert("seventeen", 17), None);
        assert_eq!(map.insert("seventy", 71), Some(70));
        assert_eq!((map.get("seventy"), map.get("seventeen")), (Some(&71), Some(&17)));
        assert_eq!(map.keys().collect::<Vec<_>>(), ["seventy", "seventeen"]);
    }

    #[test]
    fn the_filter_rules_out_most_other_words() {
        let mut set = WordSet::default();
        set.extend(["said", "told", "reported", "estimated", "announced"]);
        let others = [
            "the", "of", "and", "to", "in", "on", "was", "were", "government", "people",
            "minister", "officials", "city", "country", "week", "after", "before", "from",
        ];
        let passed = others.iter().filter(|w| set.may_hold(w)).count();
        assert!(passed <= 2, "{passed} of {} passed", others.len());
    }
}
