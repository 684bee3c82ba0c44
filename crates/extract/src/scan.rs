//! Scanning: text → tokens with byte spans, sentences and paragraphs, in one pass.
//!
//! Tokens never rewrite the document: each keeps the byte span it came from, and
//! its lower-cased form is a slice of an ASCII-lower-cased copy of the text, which
//! has the same byte offsets as the original. Non-ASCII letters stay as they are;
//! the lexicons are English.

use crate::words::{Tags, WordMap};
use claimcheck_claims::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes ("airline's").
    Word,
    /// Digits with inner group separators or a decimal point ("1,500", "3.6").
    Number,
    /// Digits and letters run together ("90th", "2.3bn", "A321neo", "1980s").
    Mixed,
    /// One punctuation or symbol character ("-", "%", "$", "“").
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// Byte offsets of the token, as `u32`: a token takes 16 bytes, not 24
    /// (documents are read up to 64 MiB). `span()` gives them as a `Span`.
    start: u32,
    end: u32,
    pub kind: TokenKind,
    /// Whitespace stands between this token and the previous one.
    pub space_before: bool,
    /// A line break stands between this token and the previous one.
    pub newline_before: bool,
    /// Index of the sentence the token belongs to.
    pub sentence: u32,
    /// The token is part of a web address or e-mail address ("…?q=30%25").
    pub in_url: bool,
}

impl Token {
    /// Where the token stands in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// A scanned document: its tokens and sentence boundaries.
pub struct Scan<'t> {
    pub text: &'t str,
    /// `text` with ASCII letters lower-cased: same length, same offsets.
    pub lower: String,
    pub tokens: Vec<Token>,
    /// Token index ranges `[start, end)` of each sentence.
    pub sentences: Vec<(usize, usize)>,
    /// The lexicons' tags of each token, when the scan was tagged.
    tags: Vec<Tags>,
}

/// Tokens after which a sentence without an end is cut (`cuts_long_sentence`).
const LONG_SENTENCE: usize = 200;

/// Words after which a full stop does not end a sentence. A `match` compiles to
/// a switch on length and a few compares, where a list would be searched.
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "gen"
            | "lt"
            | "col"
            | "capt"
            | "sgt"
            | "gov"
            | "sen"
            | "rep"
            | "st"
            | "no"
            | "nos"
            | "vs"
            | "etc"
            | "inc"
            | "corp"
            | "ltd"
            | "co"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "approx"
            | "est"
            | "ca"
            | "mt"
            | "ft"
            | "jr"
            | "sr"
            | "u.s"
            | "a.m"
            | "p.m"
            | "e.g"
            | "i.e"
            | "fig"
            | "vol"
            | "pp"
    )
}

impl<'t> Scan<'t> {
    pub fn new(text: &'t str) -> Self {
        let lower = ascii_lowercase(text);
        let tokens = tokenize(text);
        // A news sentence runs to some twenty tokens or more.
        let sentences = Vec::with_capacity(tokens.len() / 16 + 1);
        let mut scan = Scan {
            text,
            lower,
            tokens,
            sentences,
            tags: Vec::new(),
        };
        scan.split_sentences();
        scan
    }

    /// A scan whose tokens carry their tags from `vocabulary`.
    pub(crate) fn tagged(text: &'t str, vocabulary: &WordMap<Tags>) -> Self {
        let mut scan = Scan::new(text);
        scan.tags = (0..scan.len())
            .map(|i| {
                let span = scan.tokens[i].span();
                let mut tags = vocabulary
                    .get_in(&scan.lower, span.start, span.end)
                    .copied()
                    .unwrap_or_default();
                match scan.tokens[i].kind {
                    // The date lexicon classifies words only.
                    TokenKind::Number => {
                        tags.date_class = 0;
                        tags.flags |= Tags::DIGITS;
                    }
                    TokenKind::Mixed => tags.flags |= Tags::DIGITS,
                    TokenKind::Punct => tags.date_class = 0,
                    TokenKind::Word => {}
                }
                tags
            })
            .collect();
        scan
    }

    /// The tags of every token, when the scan was tagged.
    pub(crate) fn tags(&self) -> Option<&[Tags]> {
        (!self.tags.is_empty() || self.tokens.is_empty()).then_some(&self.tags)
    }

    /// The first token from `i` on with one of the tags in `flags`: a walk
    /// over four-byte tags that skips the tokens no stage has to look at. On
    /// an untagged scan, `i` itself (every token must be looked at).
    pub(crate) fn next_tagged(&self, i: usize, flags: u16) -> usize {
        if self.tags.is_empty() {
            return i;
        }
        self.tags
            .get(i..)
            .and_then(|rest| rest.iter().position(|t| t.flags & flags != 0))
            .map_or(self.tokens.len().max(i), |k| i + k)
    }

    /// Token `i` has tag `flag`: from the tags when the scan was tagged, else
    /// from `fallback`, the lookup the tag stands for, applied to the word.
    pub(crate) fn has_tag(&self, i: usize, flag: u16, fallback: impl FnOnce(&str) -> bool) -> bool {
        if self.tags.is_empty() {
            return fallback(self.low(i));
        }
        self.tags.get(i).is_some_and(|t| t.has(flag))
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The original text of token `i`; empty past the end, so grammars can look
    /// ahead without bounds checks.
    pub fn text(&self, i: usize) -> &'t str {
        match self.tokens.get(i) {
            Some(t) => &self.text[t.span().start..t.span().end],
            None => "",
        }
    }

    /// The lower-cased text of token `i` (ASCII folding only); empty past the end.
    pub fn low(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) => &self.lower[t.span().start..t.span().end],
            None => "",
        }
    }

    /// Token `i` is a word equal (case-insensitively) to `w`.
    pub fn is(&self, i: usize, w: &str) -> bool {
        i < self.tokens.len() && self.low(i) == w
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Token `i` is punctuation `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let mut buf = [0u8; 4];
        // A punctuation token is one character: compare its bytes.
        t.kind == TokenKind::Punct
            && self.text.as_bytes()[t.span().start..t.span().end]
                == *c.encode_utf8(&mut buf).as_bytes()
    }

    /// Token `i` is a hyphen or dash of any kind.
    pub fn is_dash(&self, i: usize) -> bool {
        i < self.tokens.len()
            && self.tokens[i].kind == TokenKind::Punct
            && matches!(self.text(i), "-" | "–" | "—" | "‑" | "‐")
    }

    /// Token `i` touches token `i - 1` (no whitespace between them).
    pub fn joined(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && !self.tokens[i].space_before
    }

    /// The first letter of token `i` is upper case.
    pub fn capitalized(&self, i: usize) -> bool {
        i < self.tokens.len() && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Token `i` opens its sentence (ignoring opening quotes and headline marks).
    pub fn sentence_initial(&self, i: usize) -> bool {
        let s = self.tokens[i].sentence as usize;
        let start = self.sentences[s].0;
        (start..i).all(|j| {
            self.tokens[j].kind == TokenKind::Punct
                && matches!(
                    self.text(j),
                    "\"" | "“" | "‘" | "'" | "#" | "(" | "*" | "-" | "—"
                )
        })
    }

    /// The byte span from the start of token `a` to the end of token `b` (inclusive).
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span().start, self.tokens[b].span().end)
    }

    /// A blank line stands between token `i - 1` and token `i`.
    pub fn blank_before(&self, i: usize) -> bool {
        i > 0
            && i < self.tokens.len()
            && self.tokens[i].newline_before
            && self.text[self.tokens[i - 1].span().end..self.tokens[i].span().start]
                .bytes()
                .filter(|&b| b == b'\n')
                .count()
                >= 2
    }

    /// Token index range of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.sentences[self.tokens[i].sentence as usize]
    }

    fn split_sentences(&mut self) {
        let n = self.tokens.len();
        let mut start = 0;
        // The first token of the line being read.
        let mut line_first = 0;
        for i in 1..n {
            let t = &self.tokens[i];
            let previous_line_first = line_first;
            if t.newline_before {
                line_first = i;
            }
            // Only a line break or a space after punctuation can end a sentence.
            let may_end =
                t.newline_before || (t.space_before && self.tokens[i - 1].kind == TokenKind::Punct);
            if i > start
                && ((may_end && self.breaks_before(i, previous_line_first))
                    || self.cuts_long_sentence(i, i - start))
            {
                self.sentences.push((start, i));
                start = i;
            }
        }
        if start < n || self.sentences.is_empty() {
            self.sentences.push((start, n));
        }
        for (number, &(a, b)) in self.sentences.iter().enumerate() {
            for t in &mut self.tokens[a..b] {
                t.sentence = number as u32;
            }
        }
    }

    /// A sentence that has run `len` tokens without an end is cut before token
    /// `i`: once past `LONG_SENTENCE` tokens at a line break, comma or
    /// semicolon, past twice that at any space, past four times that anywhere.
    /// News sentences stay far below it; what runs past it is a table, a list
    /// without stops or a pasted dump, and every stage that looks across a
    /// sentence then stays linear in the document's length.
    fn cuts_long_sentence(&self, i: usize, len: usize) -> bool {
        if len < LONG_SENTENCE {
            return false;
        }
        let t = &self.tokens[i];
        t.newline_before
            || matches!(self.text(i - 1), "," | ";")
            || (len >= 2 * LONG_SENTENCE && t.space_before)
            || len >= 4 * LONG_SENTENCE
    }

    /// A sentence starts at token `i`; `previous_line_first` is the first token
    /// of the line before token `i`'s when token `i` opens a line.
    fn breaks_before(&self, i: usize, previous_line_first: usize) -> bool {
        let t = self.tokens[i];
        // A blank line always ends a sentence; so does the end of a headline,
        // and a list item's bullet opens one ("- 40 buses\n- 12 depots").
        if t.newline_before {
            if self.is_bullet(i) {
                return true;
            }
            let gap = &self.text[self.tokens[i - 1].span().end..t.span().start];
            if gap.bytes().filter(|&b| b == b'\n').count() >= 2 {
                return true;
            }
            // With one line break between them, token i - 1 is on the line
            // before: a headline when that line starts with '#'.
            let head = self.tokens[previous_line_first].span().start;
            let at_line_start = head == 0 || self.text.as_bytes()[head - 1] == b'\n';
            if at_line_start && self.text.as_bytes()[head] == b'#' {
                return true;
            }
        }
        if !t.space_before || self.tokens[i - 1].kind != TokenKind::Punct {
            return false;
        }
        // Find the last non-closing token before i: it must be . ! or ?
        // Punctuation is compared as bytes ("”" and "’" are three each).
        let bytes = |j: usize| {
            let span = self.tokens[j].span();
            &self.text.as_bytes()[span.start..span.end]
        };
        let mut j = i - 1;
        while j > 0
            && self.tokens[j].kind == TokenKind::Punct
            && matches!(
                bytes(j),
                b"\"" | b"\xE2\x80\x9D" | b"\xE2\x80\x99" | b"'" | b")"
            )
        {
            j -= 1;
        }
        let end = bytes(j);
        if !matches!(end, b"." | b"!" | b"?") {
            return false;
        }
        if end == b"." && j > 0 && self.joined(j) {
            let w = self.low(j - 1);
            let single_letter = w.len() == 1 && self.tokens[j - 1].kind == TokenKind::Word;
            if single_letter || is_abbreviation(w) {
                // "Jan. 20", "J. Amari": not an end, unless a capital follows an
                // abbreviation that cannot precede a name (a.m., etc.).
                let next_cap = self.capitalized(i);
                return next_cap && matches!(w, "a.m" | "p.m" | "etc");
            }
        }
        // The next token must look like a sentence start.
        let first = self.text(i).chars().next().unwrap_or(' ');
        first.is_uppercase()
            || first.is_ascii_digit()
            || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '#')
    }

    /// Token `i` is a list item's bullet: a dash, asterisk or bullet sign
    /// followed by a space.
    fn is_bullet(&self, i: usize) -> bool {
        matches!(self.text(i), "-" | "*" | "•" | "–" | "—" | "‣" | "◦")
            && self.tokens.get(i + 1).is_some_and(|n| n.space_before)
    }
}

/// `text.to_ascii_lowercase()`, eight bytes at a time: the same bit trick as
/// `letters_end` finds the upper-case letters of each group of eight.
fn ascii_lowercase(text: &str) -> String {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let seven = x & !HIGH;
        let at_least_a = seven + 0x3f3f_3f3f_3f3f_3f3f; // high bit set from b'A'
        let past_z = seven + 0x2525_2525_2525_2525; // high bit set from b'['
        let upper = at_least_a & !past_z & !x & HIGH;
        out.extend_from_slice(&(x | upper >> 2).to_le_bytes());
    }
    out.extend(chunks.remainder().iter().map(u8::to_ascii_lowercase));
    // Only ASCII letters changed, each to another ASCII letter.
    String::from_utf8(out).expect("lower-casing ASCII letters keeps UTF-8 valid")
}

/// What a byte can start or continue, for the tokenizer's dispatch.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// ASCII whitespace other than a line feed.
    Space,
    Newline,
    Letter,
    Digit,
    /// ASCII punctuation, symbols and control characters.
    Symbol,
    /// The first or a later byte of a multi-byte character.
    NonAscii,
}

const fn byte_classes() -> [ByteClass; 256] {
    let mut table = [ByteClass::Symbol; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'\n' => ByteClass::Newline,
            // The ASCII characters with Unicode's White_Space property.
            b' ' | b'\t' | b'\r' | 0x0b | 0x0c => ByteClass::Space,
            b'a'..=b'z' | b'A'..=b'Z' => ByteClass::Letter,
            b'0'..=b'9' => ByteClass::Digit,
            0x80..=0xff => ByteClass::NonAscii,
            _ => ByteClass::Symbol,
        };
        b += 1;
    }
    table
}

static BYTE_CLASS: [ByteClass; 256] = byte_classes();

/// The character starting at byte `i` (a char boundary) of `text`.
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// Splits text into tokens. Most of a news text is ASCII letters, digits and
/// spaces, so bytes are dispatched through a table and only non-ASCII bytes are
/// decoded as characters.
fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // Dense news text runs near one token per four bytes: room for that
    // avoids copying the tokens to a larger vector midway.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 16);
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = true;
    // Tokens that may open a web address, for `mark_urls`.
    let mut address_starts = Vec::new();
    while i < bytes.len() {
        let start = i;
        let class = BYTE_CLASS[usize::from(bytes[i])];
        // The common case first: a run of letters ended by a space or a plain
        // punctuation mark is a word, without the general loop of `word_end`.
        if class == ByteClass::Letter {
            let end = letters_end(bytes, i);
            if bytes.get(end).is_none_or(|&b| ends_plain_word(b)) {
                if may_open_address(bytes, start, end) {
                    address_starts.push(tokens.len());
                }
                tokens.push(Token {
                    start: start as u32,
                    end: end as u32,
                    kind: TokenKind::Word,
                    space_before,
                    newline_before,
                    sentence: 0,
                    in_url: false,
                });
                space_before = false;
                newline_before = false;
                i = end;
                continue;
            }
        }
        let kind = match class {
            ByteClass::Space => {
                space_before = true;
                i += 1;
                continue;
            }
            ByteClass::Newline => {
                space_before = true;
                newline_before = true;
                i += 1;
                continue;
            }
            ByteClass::Letter | ByteClass::Digit => {
                let (end, kind) = word_end(text, start);
                i = end;
                kind
            }
            ByteClass::Symbol => {
                if let Some(end) = comment_end(text, i) {
                    // An HTML comment is not text: an editor's note between
                    // two sentences must not join or split them.
                    space_before = true;
                    newline_before |= text[i..end].contains('\n');
                    i = end;
                    continue;
                }
                i += 1;
                TokenKind::Punct
            }
            ByteClass::NonAscii => {
                let c = char_at(text, i);
                if c.is_whitespace() {
                    space_before = true;
                    i += c.len_utf8();
                    continue;
                }
                if c.is_alphabetic() {
                    let (end, kind) = word_end(text, start);
                    i = end;
                    kind
                } else {
                    i += c.len_utf8();
                    TokenKind::Punct
                }
            }
        };
        if kind == TokenKind::Word && may_open_address(bytes, start, i) {
            address_starts.push(tokens.len());
        }
        tokens.push(Token {
            start: start as u32,
            end: i as u32,
            kind,
            space_before,
            newline_before,
            sentence: 0,
            in_url: false,
        });
        space_before = false;
        newline_before = false;
    }
    mark_urls(text, &mut tokens, &address_starts);
    // The room reserved for dense text is given back: the tokens live as
    // long as the document's extraction.
    tokens.shrink_to_fit();
    tokens
}

/// The word `bytes[start..end]` could be "www" before a '.', or "http" or
/// "https" before a ':'; `mark_urls` looks closer.
fn may_open_address(bytes: &[u8], start: usize, end: usize) -> bool {
    matches!(bytes.get(end), Some(b'.' | b':')) && (3..=5).contains(&(end - start))
}

/// The end of the run of ASCII letters starting at `i`. Words are mostly such
/// runs, so they are measured eight bytes at a time: a bit trick marks the
/// bytes of a word of 8 that are letters, and the first that is not ends it.
fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        // Setting bit 5 folds 'A'..='Z' onto 'a'..='z' and maps no other byte
        // there. Each sum below stays within its byte: no carries.
        let folded = (x | 0x2020_2020_2020_2020) & !HIGH;
        let at_least_a = folded + 0x1f1f_1f1f_1f1f_1f1f; // high bit set from b'a'
        let past_z = folded + 0x0505_0505_0505_0505; // high bit set from b'{'
        let letters = at_least_a & !past_z & !x & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// After a run of letters, byte `b` ends the word for sure: whitespace or
/// punctuation that cannot continue a word (digits, non-ASCII letters,
/// apostrophes and dots can, so those go through `word_end`).
fn ends_plain_word(b: u8) -> bool {
    match BYTE_CLASS[usize::from(b)] {
        ByteClass::Space | ByteClass::Newline => true,
        ByteClass::Symbol => !matches!(b, b'\'' | b'.' | b','),
        ByteClass::Letter | ByteClass::Digit | ByteClass::NonAscii => false,
    }
}

/// The end of the word or number starting at `start`, and its kind.
/// The end of an HTML comment ("<!-- … -->") opening at byte `i`, or of the
/// text when it is never closed.
fn comment_end(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    if !rest.starts_with("<!--") {
        return None;
    }
    Some(rest[4..].find("-->").map_or(text.len(), |e| i + 4 + e + 3))
}

/// Whether `c`, at byte `i` after a digit, belongs inside the figure: an
/// invisible format character between two digits ("4\u{200B}0" is 40, not 4
/// and 0), or a no-break, narrow no-break or thin space before a group of
/// exactly three digits ("2\u{A0}000", the thousands separator of European
/// copy). An ordinary space never joins: "2 000" may be two figures.
pub(crate) fn joins_digits(text: &str, i: usize, c: char) -> bool {
    let after = &text.as_bytes()[i + c.len_utf8()..];
    let digits = after.iter().take_while(|b| b.is_ascii_digit()).count();
    match c {
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => digits > 0,
        '\u{A0}' | '\u{202F}' | '\u{2009}' => digits == 3,
        _ => false,
    }
}

/// A figure's text with the characters [`joins_digits`] let into it made
/// plain: format characters dropped; separating spaces dropped too, and then a
/// comma is the decimal mark ("1\u{A0}234,5" is 1234.5), as in the copy that
/// groups with spaces.
pub fn plain_figure(t: &str) -> std::borrow::Cow<'_, str> {
    if t.is_ascii() {
        return std::borrow::Cow::Borrowed(t);
    }
    let spaced = t.contains(['\u{A0}', '\u{202F}', '\u{2009}']);
    std::borrow::Cow::Owned(
        t.chars()
            .filter_map(|c| match c {
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => None,
                '\u{A0}' | '\u{202F}' | '\u{2009}' => None,
                ',' if spaced => Some('.'),
                c => Some(c),
            })
            .collect(),
    )
}

fn word_end(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let next_is_letter = |at: usize| text[at..].chars().next().is_some_and(char::is_alphabetic);
    let mut has_digit = false;
    let mut has_alpha = false;
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        match BYTE_CLASS[usize::from(b)] {
            ByteClass::Letter => {
                has_alpha = true;
                i = letters_end(bytes, i);
            }
            ByteClass::Digit => {
                has_digit = true;
                i += 1;
            }
            ByteClass::NonAscii => {
                let c = char_at(text, i);
                if c.is_alphabetic() {
                    has_alpha = true;
                    i += c.len_utf8();
                } else if has_digit && !has_alpha && joins_digits(text, i, c) {
                    i += c.len_utf8();
                } else if c == '\u{2019}' && has_alpha && !has_digit && next_is_letter(i + 3) {
                    // "officials’s": a curly apostrophe inside a word.
                    i += 3;
                } else {
                    break;
                }
            }
            ByteClass::Space | ByteClass::Newline => break,
            ByteClass::Symbol => match b {
                // "1,500" and "3.6" stay whole; "1,2" does too and is sorted out
                // by the number grammar.
                b',' | b'.'
                    if i > start
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    i += 1;
                }
                b'\'' if has_alpha && !has_digit && next_is_letter(i + 1) => i += 1,
                // "U.S.", "a.m.": the inner dots belong to the word.
                b'.' if has_alpha && !has_digit && is_dotted_abbreviation(text, start, i) => {
                    i += 1;
                }
                _ => break,
            },
        }
    }
    let kind = match (has_digit, has_alpha) {
        (true, false) => TokenKind::Number,
        (false, _) => TokenKind::Word,
        (true, true) => TokenKind::Mixed,
    };
    (i, kind)
}

/// Flag tokens inside web addresses: their digits are not figures. An
/// address starts at a token "http"/"https" followed by "://", or "www"
/// followed by "."; it runs to the next whitespace or quotation mark. Only the
/// tokens the tokenizer saw could start one (`starts`, in order) are checked.
fn mark_urls(text: &str, tokens: &mut [Token], starts: &[usize]) {
    let mut marked_to = 0;
    for &i in starts {
        if i < marked_to {
            continue;
        }
        let t = tokens[i].span();
        let word = &text[t.start..t.end];
        let opens = match word.len() {
            3 => word.eq_ignore_ascii_case("www") && text[t.end..].starts_with('.'),
            _ => {
                (word.eq_ignore_ascii_case("http") || word.eq_ignore_ascii_case("https"))
                    && text[t.end..].starts_with("://")
            }
        };
        if !opens {
            continue;
        }
        let end = text[t.start..]
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '”'))
            .map_or(text.len(), |e| t.start + e);
        let mut j = i;
        while j < tokens.len() && tokens[j].span().end <= end {
            tokens[j].in_url = true;
            j += 1;
        }
        marked_to = j;
    }
}

/// At `dot` (a '.') inside a word starting at `start`: the word so far is one
/// letter, or letters separated by dots ("U.S", "a.m"), and a letter follows.
fn is_dotted_abbreviation(text: &str, start: usize, dot: usize) -> bool {
    let before = &text[start..dot];
    let single_letters = before.split('.').all(|p| p.chars().count() == 1);
    let next = text[dot + 1..].chars().next();
    let after_next = text[dot + 1..].chars().nth(1);
    single_letters
        && next.is_some_and(char::is_alphabetic)
        && !after_next.is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &Scan) -> Vec<String> {
        (0..s.len()).map(|i| s.text(i).to_string()).collect()
    }

    #[test]
    fn tokens_keep_numbers_whole() {
        let s = Scan::new("About 1,500 (3.6%) fled; 2.3bn A321neo U.S. officials’ 90th");
        assert_eq!(
            words(&s),
            [
                "About",
                "1,500",
                "(",
                "3.6",
                "%",
                ")",
                "fled",
                ";",
                "2.3bn",
                "A321neo",
                "U.S",
                ".",
                "officials",
                "’",
                "90th"
            ]
        );
        assert_eq!(s.kind(1), Some(TokenKind::Number));
        assert_eq!(s.kind(8), Some(TokenKind::Mixed));
    }

    /// The first tokenizer, one character at a time: the table-driven one must
    /// split every text exactly as it does.
    fn is_word_char(c: char) -> bool {
        c.is_alphabetic()
    }

    fn char_by_char(text: &str) -> Vec<Token> {
        let bytes = text.as_bytes();
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut i = 0;
        let mut space_before = true;
        let mut newline_before = true;
        while i < text.len() {
            // ASCII fast path: most of a news text is ASCII letters and spaces.
            match bytes[i] {
                b' ' | b'\t' | b'\r' => {
                    space_before = true;
                    i += 1;
                    continue;
                }
                b'\n' => {
                    space_before = true;
                    newline_before = true;
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                space_before = true;
                newline_before |= c == '\n';
                i += c.len_utf8();
                continue;
            }
            if let Some(end) = comment_end(text, i) {
                space_before = true;
                newline_before |= text[i..end].contains('\n');
                i = end;
                continue;
            }
            let start = i;
            let kind;
            if c.is_ascii_digit() || is_word_char(c) {
                let mut has_digit = false;
                let mut has_alpha = false;
                while i < text.len() {
                    if bytes[i].is_ascii_alphabetic() {
                        has_alpha = true;
                        i += 1;
                        continue;
                    }
                    let ch = text[i..].chars().next().unwrap_or(' ');
                    if ch.is_ascii_digit() {
                        has_digit = true;
                        i += 1;
                    } else if is_word_char(ch) {
                        has_alpha = true;
                        i += ch.len_utf8();
                    } else if has_digit && !has_alpha && joins_digits(text, i, ch) {
                        i += ch.len_utf8();
                    } else if (ch == ',' || ch == '.')
                        && i > start
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    {
                        // "1,500" and "3.6" stay whole; "1,2" does too and is sorted out
                        // by the number grammar.
                        i += 1;
                    } else if (ch == '\'' || ch == '’')
                        && has_alpha
                        && !has_digit
                        && text[i + ch.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphabetic)
                    {
                        i += ch.len_utf8();
                    } else if ch == '.'
                        && has_alpha
                        && !has_digit
                        && is_dotted_abbreviation(text, start, i)
                    {
                        // "U.S.", "a.m.": the inner dots belong to the word.
                        i += 1;
                    } else {
                        break;
                    }
                }
                kind = match (has_digit, has_alpha) {
                    (true, false) => TokenKind::Number,
                    (false, _) => TokenKind::Word,
                    (true, true) => TokenKind::Mixed,
                };
            } else {
                i += c.len_utf8();
                kind = TokenKind::Punct;
            }
            tokens.push(Token {
                start: start as u32,
                end: i as u32,
                kind,
                space_before,
                newline_before,
                sentence: 0,
                in_url: false,
            });
            space_before = false;
            newline_before = false;
        }
        let every_token: Vec<usize> = (0..tokens.len()).collect();
        mark_urls(text, &mut tokens, &every_token);
        tokens
    }

    fn same_tokens(text: &str) {
        let fast = tokenize(text);
        let slow = char_by_char(text);
        let key = |t: &Token| (t.span(), t.kind, t.space_before, t.newline_before, t.in_url);
        assert_eq!(
            fast.iter().map(key).collect::<Vec<_>>(),
            slow.iter().map(key).collect::<Vec<_>>(),
            "{text:?}"
        );
    }

    #[test]
    fn invisible_characters_and_space_groups_stay_inside_a_figure() {
        for (text, figure) in [
            ("hurt 4\u{200B}0 people", "4\u{200B}0"),
            ("some 2\u{A0}000 fled", "2\u{A0}000"),
            (
                "about 1\u{202F}234\u{202F}567 votes",
                "1\u{202F}234\u{202F}567",
            ),
            ("3\u{2009}500 stayed", "3\u{2009}500"),
        ] {
            same_tokens(text);
            let s = Scan::new(text);
            let i = (0..s.len())
                .find(|&i| s.kind(i) == Some(TokenKind::Number))
                .unwrap();
            assert_eq!(s.text(i), figure, "{text:?}");
            assert_eq!(
                crate::number::parse_digits(s.text(i)).map(|v| v.normalize().to_string()),
                Some(plain_figure(figure).replace('.', ",").replace(',', "")),
                "{text:?}"
            );
        }
        // An ordinary space, or a group not of three digits, still parts two figures.
        for text in ["2 000 fled", "2\u{A0}00 fled", "in 2026\u{A0}12 ships"] {
            same_tokens(text);
            let s = Scan::new(text);
            assert!(
                (0..s.len())
                    .filter(|&i| s.kind(i) == Some(TokenKind::Number))
                    .count()
                    >= 2
            );
        }
        assert_eq!(plain_figure("1\u{A0}234,5"), "1234.5");
    }

    #[test]
    fn an_html_comment_is_not_text() {
        let text = "Police said 40 were hurt.\n<!-- check: 12 -->\n12 homes burned. <!-- open";
        same_tokens(text);
        let s = Scan::new(text);
        let words: Vec<&str> = (0..s.len()).map(|i| s.text(i)).collect();
        assert_eq!(
            words,
            ["Police", "said", "40", "were", "hurt", ".", "12", "homes", "burned", "."]
        );
        assert!(s.tokens[6].newline_before);
    }

    #[test]
    fn table_driven_tokens_match_char_by_char() {
        for text in [
            "About 1,500 (3.6%) fled; 2.3bn A321neo U.S. officials’ 90th",
            "officials’s rock’n’roll don't 1,2,3 3.6.7 a.m. p.m.\u{a0}x\u{b}y\u{c}z\u{1c}",
            "Zürich naïve 5’s ٣ 12’ \u{2028}line \r\n\ttab é. É.U. 1.e",
            "see https://example.org/a?q=30%25 and www.x.com/2020, HTTP://A.B/9 http:x www wwwx.y",
            "(https://a.b/1)\"www.c.d/2\" http://e.f/3”g 4 http",
        ] {
            same_tokens(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_match_char_by_char_on_any_text(
            text in "([a-zA-Z0-9 ,.'’\n\t\u{a0}\u{b}éÉ٣%$:/-]|\\PC){0,60}"
        ) {
            same_tokens(&text);
        }
    }

    #[test]
    fn letter_runs_end_at_the_first_other_byte() {
        let all: Vec<u8> = (0..=255u8).collect();
        for &b in &all {
            for len in 0..20 {
                let mut text = vec![b'q'; len];
                text.push(b);
                text.extend_from_slice(b"zzzzzzzzzzzzzzzz");
                let expect = if b.is_ascii_alphabetic() {
                    text.len()
                } else {
                    len
                };
                assert_eq!(
                    letters_end(&text, 0),
                    expect,
                    "byte {b:#x} after {len} letters"
                );
            }
        }
    }

    #[test]
    fn lower_casing_changes_ascii_capitals_only() {
        let all: String =
            (0..=127u8).map(char::from).collect::<String>() + "ÀÉé ŁÓDŹ Zürich ABCxyz";
        for start in 0..9 {
            let text = &all[start..];
            assert_eq!(ascii_lowercase(text), text.to_ascii_lowercase());
        }
    }

    #[test]
    fn addresses_are_marked_and_plain_words_are_not() {
        let s = Scan::new("Read https://example.org/a?q=30%25 or www.x.com/2020, not http 30.");
        let marked: Vec<&str> = (0..s.len())
            .filter(|&i| s.tokens[i].in_url)
            .map(|i| s.text(i))
            .collect();
        assert_eq!(
            marked,
            [
                "https", ":", "/", "/", "example", ".", "org", "/", "a", "?", "q", "=", "30", "%",
                "25", "www", ".", "x", ".", "com", "/", "2020", ","
            ]
        );
    }

    #[test]
    fn sentences_split_on_stops_not_abbreviations() {
        let s = Scan::new(
            "On Jan. 20 Mr. Barrack spoke. Then 80 fled at 9 a.m. on Monday.\n\n# Head\nNext",
        );
        let starts: Vec<&str> = s.sentences.iter().map(|&(a, _)| s.text(a)).collect();
        assert_eq!(starts, ["On", "Then", "#", "Next"]);
    }

    #[test]
    fn each_bullet_of_a_list_opens_a_sentence() {
        let s = Scan::new(
            "The plan:\n- 40 buses were bought.\n* 12 depots closed.\n• 3 lines opened.\nA dash - not a bullet. - nor this",
        );
        let starts: Vec<&str> = s.sentences.iter().map(|&(a, _)| s.text(a)).collect();
        // Only a bullet that opens a line starts one.
        assert_eq!(starts, ["The", "-", "*", "•", "A"]);
    }

    #[test]
    fn a_sentence_without_an_end_is_cut_at_a_comma_past_its_bound() {
        // A dump of figures with no full stop: 900 figures and commas.
        let dump = "Officials counted ".to_string() + &vec!["12 buses"; 450].join(", ");
        let s = Scan::new(&dump);
        assert!(s.sentences.len() > 1);
        for &(a, b) in &s.sentences {
            assert!(b - a <= LONG_SENTENCE + 1, "{a}..{b}");
            // Cut after a comma, never inside "12 buses".
            assert!(a == 0 || s.is_punct(a - 1, ','), "{a}");
        }
        // With no comma or line break, at a space; with none, anywhere.
        let words = vec!["word"; 1000].join(" ");
        let s = Scan::new(&words);
        assert!(s.sentences.iter().all(|&(a, b)| b - a <= 2 * LONG_SENTENCE));
        let glued = "x".repeat(10) + &"-".repeat(2000);
        let s = Scan::new(&glued);
        assert!(s.sentences.iter().all(|&(a, b)| b - a <= 4 * LONG_SENTENCE));
        // A long news sentence stays whole.
        let long =
            "The council said that ".to_string() + &vec!["the 12 buses"; 40].join(", ") + ".";
        assert_eq!(Scan::new(&long).sentences.len(), 1);
    }
}
