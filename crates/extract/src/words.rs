//! Word-keyed lexicon tables, built for the one question asked of every token:
//! is this word in the table?
//!
//! Most tokens of a news text are in no lexicon, and a general hash map pays
//! for hashing the bytes one by one and for a `memcmp` on every hit. Here a
//! word of up to 15 bytes (nearly every English word) is two integers, its
//! bytes and length packed together; one multiply hashes them and the table,
//! kept at most a quarter full, answers with one or two integer compares.
//! Longer words go to an ordinary hash map.

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
    /// A word the linker's walk over a sentence stops at: a possible clause
    /// break or "according" (`link::LINK_CUE_WORDS`).
    pub const LINK_CUE: u16 = 1 << 2;
    /// The first word of a metric cue (`link::MetricIndex`).
    pub const CUE_START: u16 = 1 << 3;
    /// A date word that can begin or anchor a date by itself (its class wakes
    /// the date finder).
    pub const DATE_WAKES: u16 = 1 << 4;
    /// Set by the scan, not the vocabulary: the token holds digits (a number
    /// or a mixed token like "90th").
    pub const DIGITS: u16 = 1 << 5;
    /// The last word of an anaphor ("the number", "the toll").
    pub const ANAPHOR_END: u16 = 1 << 6;

    pub fn has(self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

/// The longest word kept in the packed table.
const PACKED_MAX: usize = 15;

/// A word of up to `PACKED_MAX` bytes as two integers: bytes 0..8 and bytes
/// 8..15 with the length in the top byte, so that no two words share a key.
type Packed = (u64, u64);

/// The first `n` (at most 8) bytes of `at`, little-endian, the rest zero.
fn low_bytes(at: &[u8], n: usize) -> u64 {
    at[..n]
        .iter()
        .rev()
        .fold(0, |packed, &b| packed << 8 | u64::from(b))
}

fn pack(word: &[u8]) -> Option<Packed> {
    let n = word.len();
    if n > PACKED_MAX {
        return None;
    }
    let lo = low_bytes(word, n.min(8));
    let hi = low_bytes(&word[n.min(8)..], n.saturating_sub(8));
    Some((lo, hi | (n as u64) << 56))
}

/// `pack(&text[start..end])`, read with one 16-byte load and a mask where the
/// text goes on far enough, which is everywhere but its last 16 bytes.
#[inline]
fn pack_in(text: &[u8], start: usize, end: usize) -> Option<Packed> {
    let n = end - start;
    if n > PACKED_MAX {
        return None;
    }
    let Some(window) = text.get(start..start + 16) else {
        return pack(&text[start..end]);
    };
    let lo = u64::from_le_bytes(window[..8].try_into().expect("8 bytes"));
    let hi = u64::from_le_bytes(window[8..].try_into().expect("8 bytes"));
    let (keep_lo, keep_hi) = KEEP[n];
    Some((lo & keep_lo, hi & keep_hi | (n as u64) << 56))
}

/// For a word of `n` bytes, the masks that keep its bytes of each half.
const KEEP: [(u64, u64); PACKED_MAX + 1] = {
    let mut keep = [(0, 0); PACKED_MAX + 1];
    let mut n = 0;
    while n <= PACKED_MAX {
        keep[n] = if n < 8 {
            ((1 << (8 * n)) - 1, 0)
        } else {
            (u64::MAX, (1 << (8 * (n - 8))) - 1)
        };
        n += 1;
    }
    keep
};

/// The slot a key hashes to in a table of `len` slots (a power of two).
#[inline]
fn home(key: Packed, len: usize) -> usize {
    // Fibonacci hashing: the top bits of the product depend on every input
    // bit, so the slot is taken from the top.
    let mixed = (key.0 ^ key.1.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - len.trailing_zeros())) as usize
}

const EMPTY: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Slot {
    key: Packed,
    /// Index into `entries`; `EMPTY` for a free slot.
    entry: u32,
}

const FREE: Slot = Slot {
    key: (0, 0),
    entry: EMPTY,
};

/// A map from lower-case words to values.
#[derive(Clone)]
pub struct WordMap<V> {
    /// Open addressing with linear probing; the length is a power of two.
    slots: Vec<Slot>,
    /// One bit per slot, set when the slot is taken. Most words looked up are
    /// in no lexicon and most of those hash to a free slot: this bitmap, small
    /// enough to stay in the first-level cache, answers them without reading
    /// the slots.
    taken: Vec<u64>,
    /// Number of words in `slots`.
    packed: usize,
    /// The first bytes of all words, as a 256-bit set: a token starting with
    /// any other byte (most punctuation and figures) is a miss at once.
    first_bytes: [u64; 4],
    /// Words longer than `PACKED_MAX` bytes.
    long: FxHashMap<Box<str>, u32>,
    entries: Vec<(Box<str>, V)>,
}

/// A set of lower-case words.
pub type WordSet = WordMap<()>;

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            slots: vec![FREE; 64],
            taken: vec![0; 1],
            packed: 0,
            first_bytes: [0; 4],
            long: FxHashMap::default(),
            entries: Vec::new(),
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
    /// The slot holding `key`, or the free slot where it would go.
    #[inline]
    fn probe(&self, key: Packed) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = home(key, self.slots.len());
        loop {
            let slot = self.slots[at];
            if slot.entry == EMPTY || slot.key == key {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    #[inline]
    fn find_packed(&self, key: Packed) -> Option<usize> {
        let at = home(key, self.slots.len());
        if self.taken[at / 64] & (1 << (at % 64)) == 0 {
            return None;
        }
        let slot = self.slots[self.probe(key)];
        (slot.entry != EMPTY).then_some(slot.entry as usize)
    }

    fn take(&mut self, at: usize, slot: Slot) {
        self.slots[at] = slot;
        self.taken[at / 64] |= 1 << (at % 64);
    }

    /// Some word in the table starts with byte `b`.
    #[inline]
    fn may_start_with(&self, b: u8) -> bool {
        self.first_bytes[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }

    #[inline]
    fn index_of(&self, word: &str) -> Option<usize> {
        if !self.may_start_with(*word.as_bytes().first()?) {
            return None;
        }
        match pack(word.as_bytes()) {
            Some(key) => self.find_packed(key),
            None => self.long.get(word).map(|&i| i as usize),
        }
    }

    /// The value of the word `text[start..end]`: the same as
    /// `get(&text[start..end])`, with faster reads of the word's bytes.
    #[inline]
    pub fn get_in(&self, text: &str, start: usize, end: usize) -> Option<&V> {
        if start >= end || !self.may_start_with(text.as_bytes()[start]) {
            return None;
        }
        let found = match pack_in(text.as_bytes(), start, end) {
            Some(key) => self.find_packed(key),
            None => self.long.get(&text[start..end]).map(|&i| i as usize),
        };
        found.map(|i| &self.entries[i].1)
    }

    /// Keep the table at most a quarter full, so that most probes end at once.
    fn grow(&mut self) {
        let doubled = vec![FREE; self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        self.taken = vec![0; self.slots.len() / 64];
        for slot in old.into_iter().filter(|s| s.entry != EMPTY) {
            let at = self.probe(slot.key);
            self.take(at, slot);
        }
    }

    /// Insert `word`, replacing and returning any earlier value.
    pub fn insert(&mut self, word: impl Into<Box<str>>, value: V) -> Option<V> {
        let word = word.into();
        if let Some(i) = self.index_of(&word) {
            return Some(std::mem::replace(&mut self.entries[i].1, value));
        }
        if let Some(&b) = word.as_bytes().first() {
            self.first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        let entry = u32::try_from(self.entries.len()).expect("fewer than 2^32 words");
        match pack(word.as_bytes()) {
            Some(key) => {
                if (self.packed + 1) * 4 > self.slots.len() {
                    self.grow();
                }
                let at = self.probe(key);
                self.take(at, Slot { key, entry });
                self.packed += 1;
            }
            None => {
                self.long.insert(word.clone(), entry);
            }
        }
        self.entries.push((word, value));
        None
    }

    /// The value of token `i`'s lower-cased word: `get(scan.low(i))`, with
    /// the faster reads of `get_in`. None past the last token.
    #[inline]
    pub fn at(&self, scan: &crate::scan::Scan, i: usize) -> Option<&V> {
        let span = scan.tokens.get(i)?.span();
        self.get_in(&scan.lower, span.start, span.end)
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
        assert_eq!(
            (map.get("seventy"), map.get("seventeen")),
            (Some(&71), Some(&17))
        );
        assert_eq!(map.keys().collect::<Vec<_>>(), ["seventy", "seventeen"]);
    }

    #[test]
    fn packing_keeps_every_byte_in_place() {
        let bytes: Vec<u8> = (1..=20).collect();
        for n in 0..=8 {
            let expect = bytes[..n]
                .iter()
                .enumerate()
                .fold(0u64, |v, (k, &b)| v | u64::from(b) << (8 * k));
            assert_eq!(low_bytes(&bytes, n), expect, "{n} bytes");
        }
        for n in 0..=PACKED_MAX {
            let text: Vec<u8> = bytes.iter().chain(&[0u8; 16]).copied().collect();
            assert_eq!(pack(&bytes[..n]), pack_in(&text, 0, n), "{n} bytes");
        }
    }

    #[test]
    fn words_of_every_length_are_found_and_others_are_not() {
        let words: Vec<String> = (1..=40)
            .map(|n| "abcdefghijklmnopqrstuvwxyz".repeat(2)[..n.min(52)].to_string())
            .chain(["’s", "é", "a.m", "us$"].map(String::from))
            .collect();
        let mut map = WordMap::default();
        for (i, w) in words.iter().enumerate() {
            map.insert(w.as_str(), i);
        }
        let text = format!("  {}  ", words.join(" "));
        let mut at = 2;
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(&i), "{w}");
            assert_eq!(map.get_in(&text, at, at + w.len()), Some(&i), "{w} in text");
            // A prefix one byte short, and the word with a space, are other words.
            assert_eq!(
                map.get_in(&text, at, at + w.len() - 1).is_some(),
                i > 0 && i < 40
            );
            assert_eq!(map.get_in(&text, at - 1, at + w.len()), None);
            at += w.len() + 1;
        }
        assert_eq!(map.get(""), None);
    }
}
