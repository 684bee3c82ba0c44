//! Numerals: digits with separators and scales ("1,500", "1.5 million", "2.3bn"),
//! and number words composed under the grain rule ("one hundred and twenty",
//! "twenty-seven", "a dozen", "two dozen", "a quarter million").

use crate::lexicon::{Lexicon, NumberRole};
use crate::scan::{Scan, TokenKind};
use rust_decimal::Decimal;
use std::str::FromStr;

/// A numeral over tokens `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Numeral {
    pub first: usize,
    pub last: usize,
    pub value: Decimal,
    /// Spelled out in words ("twelve") rather than digits.
    pub words: bool,
    /// A year-like bare integer: four digits, no separators.
    pub plain_four_digits: bool,
}

/// Parse "1,500" or "3.6": group separators only in threes.
pub fn parse_digits(s: &str) -> Option<Decimal> {
    if !s.is_ascii() {
        let plain = crate::scan::plain_figure(s);
        return if plain.is_ascii() {
            parse_digits(&plain)
        } else {
            None
        };
    }
    // Plain digits are most figures: parse them without building strings.
    if s.len() <= 16 && s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty() {
        let v = s
            .bytes()
            .fold(0i64, |acc, b| acc * 10 + i64::from(b - b'0'));
        return Some(Decimal::from(v)).filter(|v| *v <= largest_digits());
    }
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let groups: Vec<&str> = int.split(',').collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let plain: String = groups.concat();
    let text = match frac {
        Some(f) => format!("{plain}.{f}"),
        None => plain,
    };
    // Figures beyond a quadrillion are not news figures; refusing them keeps every
    // later product (scales, dozens, durations) far from Decimal's limits.
    Decimal::from_str(&text)
        .ok()
        .filter(|v| v.abs() <= largest_digits())
}

fn largest_digits() -> Decimal {
    Decimal::from(1_000_000_000_000_000_i64)
}

/// The largest numeral the grammar composes (a quadrillion times a trillion is
/// still representable; anything past 10^18 is refused).
fn largest_numeral() -> Decimal {
    Decimal::from(1_000_000_000_000_000_000_i64)
}

/// Split a mixed token such as "2.3bn" or "90th" into its numeric prefix and suffix.
pub fn split_mixed(s: &str) -> Option<(Decimal, &str)> {
    let cut = s.find(|c: char| c.is_alphabetic())?;
    if cut == 0 {
        return None;
    }
    let (num, suffix) = s.split_at(cut);
    if !suffix.chars().all(char::is_alphabetic) {
        return None;
    }
    Some((parse_digits(num)?, suffix))
}

/// The numeral starting at token `i`, if any, with the fraction or decimal that
/// may follow it: "one and a half million", "three fifths", "two point five",
/// "3 dozens".
pub fn numeral_at(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Numeral> {
    numeral_unbounded(scan, lex, i).filter(|n| n.value.abs() <= largest_numeral())
}

fn numeral_unbounded(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Numeral> {
    let mut n = match base_numeral_at(scan, lex, i) {
        Some(n) => n,
        None => return fraction_words_at(scan, lex, i),
    };
    // "the one you mentioned", "which one": a pronoun, not a number.
    if n.words
        && n.first == n.last
        && scan.low(i) == "one"
        && i > 0
        && matches!(
            scan.low(i - 1),
            "the"
                | "which"
                | "that"
                | "this"
                | "each"
                | "every"
                | "any"
                | "no"
                | "another"
                | "some"
                | "no-one"
        )
        && lex.numbers.at(scan, i + 1).is_none()
    {
        return None;
    }
    extend(scan, lex, &mut n);
    Some(n)
}

/// A denominator word: "fifth(s)", "quarter(s)", "half", "hundredths".
fn denominator(lex: &Lexicon, word: &str, plural_ok: bool) -> Option<Decimal> {
    match word {
        "half" => return Some(Decimal::TWO),
        "halves" if plural_ok => return Some(Decimal::TWO),
        "quarter" => return Some(Decimal::new(4, 0)),
        "quarters" if plural_ok => return Some(Decimal::new(4, 0)),
        "first" | "firsts" | "second" | "seconds" => return None,
        _ => {}
    }
    if let Some(v) = lex.ordinals.get(word) {
        return Some(*v);
    }
    let singular = word.strip_suffix('s')?;
    if !plural_ok {
        return None;
    }
    lex.ordinals.get(singular).copied()
}

/// "a fifth", "one eighth", "three quarters", "half million", "quarter million".
fn fraction_words_at(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Numeral> {
    let low = scan.low(i);
    let (d, last) = if matches!(low, "a" | "one") {
        (denominator(lex, scan.low(i + 1), false)?, i + 1)
    } else if matches!(low, "half" | "quarter") {
        (denominator(lex, low, false)?, i)
    } else {
        return None;
    };
    // "for a third time", "a fourth straight win": an ordinal after "a".
    if matches!(
        scan.low(last + 1),
        "time" | "times" | "straight" | "consecutive" | "successive"
    ) && low == "a"
    {
        return None;
    }
    if matches!(scan.low(i + 1), "half" | "quarter")
        && low == "a"
        && lex.numbers.at(scan, last + 1).is_none()
    {
        // "a half", "a quarter" alone are shares, read by the percent grammar.
    }
    let mut n = Numeral {
        first: i,
        last,
        value: Decimal::ONE / d,
        words: true,
        plain_four_digits: false,
    };
    // "half million", "a quarter million", "a fifth of a billion"
    if let Some(w) = lex.numbers.at(scan, last + 1) {
        if w.role == NumberRole::Scale {
            n.value *= w.value;
            n.last = last + 1;
        }
    } else if let Some((scale, end)) = of_a_scale(scan, lex, last + 1) {
        // "a third of a billion": whole units, not a recurring decimal.
        n.value = (n.value * scale).round();
        n.last = end;
    } else if matches!(low, "half" | "quarter") {
        return None;
    } else if low == "a"
        && !matches!(scan.low(i + 1), "half" | "quarter")
        && scan.kind(last + 1) == Some(crate::scan::TokenKind::Word)
    {
        // "brings Tessel a third national crown", "a fifth term": a noun
        // phrase after "a third" ranks it; a share takes "of" or stands
        // alone, and the percent grammar reads it.
        return None;
    }
    Some(n)
}

/// "of a million", "of a billion" after a fraction: the scale and its token.
fn of_a_scale(scan: &Scan, lex: &Lexicon, i: usize) -> Option<(Decimal, usize)> {
    if !(scan.is(i, "of") && scan.is(i + 1, "a")) {
        return None;
    }
    let w = lex.numbers.at(scan, i + 2)?;
    (w.role == NumberRole::Scale).then_some((w.value, i + 2))
}

/// Fractions and decimals after an integer numeral.
fn extend(scan: &Scan, lex: &Lexicon, n: &mut Numeral) {
    let next = n.last + 1;
    // "3 dozens", "five dozen"
    if matches!(scan.low(next), "dozens" | "dozen") && n.value < Decimal::ONE_HUNDRED {
        n.value *= Decimal::new(12, 0);
        n.last = next;
        return;
    }
    // "one and a half (million)", "three and a fifth", "twenty and three fifths"
    if scan.is(next, "and") {
        let (num, den_at) = if matches!(scan.low(next + 1), "a" | "one")
            && denominator(lex, scan.low(next + 2), false).is_some()
        {
            (Decimal::ONE, next + 2)
        } else if let Some(w) = lex.numbers.at(scan, next + 1) {
            (w.value, next + 2)
        } else {
            (Decimal::ZERO, 0)
        };
        if den_at > 0 && w_is_word(scan, den_at) {
            if let Some(d) = denominator(lex, scan.low(den_at), num != Decimal::ONE) {
                let frac = num / d;
                if frac < Decimal::ONE {
                    let mut last = den_at;
                    let mut value = n.value;
                    // "one million and a half" scales the half by the million.
                    let scale = [
                        Decimal::new(1_000_000_000_000, 0),
                        Decimal::new(1_000_000_000, 0),
                        Decimal::new(1_000_000, 0),
                        Decimal::new(1000, 0),
                    ]
                    .into_iter()
                    .find(|s| n.value >= *s && n.value % *s == Decimal::ZERO);
                    if let Some(w) = lex
                        .numbers
                        .at(scan, den_at + 1)
                        .filter(|w| w.role == NumberRole::Scale)
                    {
                        if value < w.value {
                            // "five and a half million": the scale takes the whole.
                            value = (value + frac) * w.value;
                        } else {
                            // "one billion and a half million"
                            value += frac * w.value;
                        }
                        last = den_at + 1;
                    } else if let Some(s) = scale {
                        value += frac * s;
                    } else {
                        value += frac;
                    }
                    n.value = value;
                    n.last = last;
                    return;
                }
            }
        }
    }
    // "three fifths", "one eighth", "five-eighths": a numerator in words over an ordinal.
    if n.words {
        let den_at = if scan.is_dash(next) { next + 1 } else { next };
        if w_is_word(scan, den_at) {
            let plural = n.value != Decimal::ONE;
            if let Some(d) = denominator(lex, scan.low(den_at), plural) {
                let word = scan.low(den_at);
                // "two thirds of", "one fifth": not "the second quarter", not "third" after a count.
                if (plural && word.ends_with('s')) || (!plural && !word.ends_with('s')) {
                    n.value /= d;
                    n.last = den_at;
                    if let Some(w) = lex
                        .numbers
                        .at(scan, den_at + 1)
                        .filter(|w| w.role == NumberRole::Scale)
                    {
                        n.value *= w.value;
                        n.last = den_at + 1;
                    } else if scan.is(den_at + 1, "of") && scan.is(den_at + 2, "a") {
                        // "two thirds of a million"
                        if let Some(w) = lex
                            .numbers
                            .at(scan, den_at + 3)
                            .filter(|w| w.role == NumberRole::Scale)
                        {
                            n.value *= w.value;
                            n.last = den_at + 3;
                        }
                    }
                    return;
                }
            }
        }
    }
    // "two hundred point zero three", "nine point five"
    if scan.is(next, "point") && n.words {
        let mut digits = String::new();
        let mut j = next + 1;
        while let Some(w) = lex.numbers.at(scan, j) {
            match w.role {
                NumberRole::Unit => digits.push_str(&w.value.to_string()),
                NumberRole::Teen | NumberRole::Tens if digits.is_empty() => {
                    let mut v = w.value;
                    if w.role == NumberRole::Tens && scan.is_dash(j + 1) {
                        if let Some(u) = lex
                            .numbers
                            .at(scan, j + 2)
                            .filter(|u| u.role == NumberRole::Unit)
                        {
                            v += u.value;
                            j += 2;
                        }
                    }
                    digits.push_str(&v.to_string());
                    j += 1;
                    break;
                }
                _ => break,
            }
            j += 1;
        }
        if !digits.is_empty() {
            if let Ok(frac) = Decimal::from_str(&format!("0.{digits}")) {
                n.value += frac;
                n.last = j - 1;
            }
        }
    }
}

fn w_is_word(scan: &Scan, j: usize) -> bool {
    scan.kind(j) == Some(TokenKind::Word)
}

/// "1e10", "1.3e6", "12.32e+14": scientific notation in one mixed token (or split
/// at the exponent's sign).
fn scientific(scan: &Scan, i: usize) -> Option<(Decimal, usize)> {
    let t = scan.low(i);
    let (mantissa, exp) = t.split_once('e')?;
    let m = parse_digits(mantissa)?;
    let (exp, last) = if exp.is_empty() {
        let sign = scan.text(i + 1);
        if !(matches!(sign, "+" | "-") && scan.joined(i + 1) && scan.joined(i + 2)) {
            return None;
        }
        let e: i64 = scan.text(i + 2).parse().ok()?;
        (if sign == "-" { -e } else { e }, i + 2)
    } else {
        (exp.parse::<i64>().ok()?, i)
    };
    if !(-28..=28).contains(&exp) {
        return None;
    }
    let ten = Decimal::TEN;
    let mut v = m;
    for _ in 0..exp.unsigned_abs() {
        v = if exp > 0 {
            v.checked_mul(ten)?
        } else {
            v / ten
        };
    }
    Some((v, last))
}

/// The currency of a code written against a figure on either side: "100USD",
/// "USD100" (upper case, so "100usd" in a web address stays no sum).
pub fn glued_code<'l>(text: &str, lex: &'l Lexicon) -> Option<&'l String> {
    let letters = if text.starts_with(|c: char| c.is_ascii_digit()) {
        text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
    } else {
        let end = text
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(text.len());
        &text[..end]
    };
    let code: [u8; 3] = letters.as_bytes().try_into().ok()?;
    if !code.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let lower = code.map(|b| b.to_ascii_lowercase());
    lex.currency_words.word(std::str::from_utf8(&lower).ok()?)
}

/// "USD100": the figure after a currency code written against it.
pub fn after_glued_code(scan: &Scan, lex: &Lexicon, i: usize) -> Option<(Numeral, String)> {
    let text = scan.text(i);
    if scan.kind(i) != Some(TokenKind::Mixed) || text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let code = glued_code(text, lex)?;
    let value = parse_digits(&text[3..])?;
    let n = Numeral {
        first: i,
        last: i,
        value,
        words: false,
        plain_four_digits: false,
    };
    Some((n, code.clone()))
}

/// ".77", " .5 of a point": a decimal written without its leading zero, the
/// point standing apart from whatever comes before it (a point after a word
/// ends a sentence; one after digits is inside their token already).
fn leading_point(scan: &Scan, i: usize) -> Option<Numeral> {
    let digits = scan.text(i);
    let point = i.checked_sub(1)?;
    let apart = point == 0 || !scan.joined(point);
    let decimals = digits.len() <= 12 && digits.bytes().all(|b| b.is_ascii_digit());
    if !(scan.is_punct(point, '.') && scan.joined(i) && apart && decimals) {
        return None;
    }
    let units: i64 = digits.parse().ok()?;
    Some(Numeral {
        first: point,
        last: i,
        value: Decimal::new(units, u32::try_from(digits.len()).ok()?),
        words: false,
        plain_four_digits: false,
    })
}

fn base_numeral_at(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Numeral> {
    match scan.kind(i)? {
        TokenKind::Number => {
            if let Some(n) = leading_point(scan, i) {
                return Some(n);
            }
            let value = parse_digits(scan.text(i))?;
            let plain_four = scan.text(i).len() == 4 && !scan.text(i).contains(['.', ',']);
            let mut n = Numeral {
                first: i,
                last: i,
                value,
                words: false,
                plain_four_digits: plain_four,
            };
            // "1.5 million", "300 thousand"; a scale suffix written apart ("5 bn").
            if let Some(w) = lex.numbers.get(scan.low(i + 1).trim_end_matches('.')) {
                if matches!(w.role, NumberRole::Scale | NumberRole::Hundred)
                    && i + 1 < scan.len()
                    && scan.tokens[i + 1].kind == TokenKind::Word
                {
                    n.value *= w.value;
                    n.last = i + 1;
                    n.plain_four_digits = false;
                    // "4 thousand 3 hundred and 21": smaller groups add on.
                    let mut j = n.last + 1;
                    let mut last_scale = w.value;
                    loop {
                        let at = if scan.is(j, "and") { j + 1 } else { j };
                        if scan.kind(at) != Some(TokenKind::Number) {
                            break;
                        }
                        let Some(v) = parse_digits(scan.text(at)) else {
                            break;
                        };
                        match lex.numbers.at(scan, at + 1) {
                            Some(s)
                                if matches!(s.role, NumberRole::Scale | NumberRole::Hundred)
                                    && s.value < last_scale
                                    && at == j =>
                            {
                                n.value += v * s.value;
                                last_scale = s.value;
                                n.last = at + 1;
                                j = at + 2;
                            }
                            // "3 hundred and 21"; not "between 14 million
                            // and 19 million": only a hundred takes its
                            // units after "and".
                            _ if v < last_scale
                                && at == j + 1
                                && last_scale <= Decimal::ONE_HUNDRED
                                && lex.numbers.at(scan, at + 1).is_none() =>
                            {
                                n.value += v;
                                n.last = at;
                                break;
                            }
                            _ => break,
                        }
                    }
                }
            } else if matches!(
                scan.low(i + 1),
                "bn" | "mn" | "tn" | "mln" | "trn" | "bln" | "tln" | "k"
            ) && scan.kind(i + 1) == Some(TokenKind::Word)
            {
                n.value *= lex.scale_suffixes[scan.low(i + 1)];
                n.last = i + 1;
                n.plain_four_digits = false;
            }
            Some(n)
        }
        TokenKind::Mixed => {
            if let Some((value, last)) = scientific(scan, i) {
                return Some(Numeral {
                    first: i,
                    last,
                    value,
                    words: false,
                    plain_four_digits: false,
                });
            }
            let (value, suffix) = split_mixed(scan.low(i))?;
            // "3h", "3.5years": a unit of time written against its figure;
            // "100USD": a currency's code.
            if lex.durations.get(suffix).is_some() || glued_code(scan.text(i), lex).is_some() {
                return Some(Numeral {
                    first: i,
                    last: i,
                    value,
                    words: false,
                    plain_four_digits: false,
                });
            }
            let scale = lex.scale_suffixes.get(suffix)?;
            // "£5m" is five million; "1m" alone may be a metre.
            let after_currency = i > 0
                && (matches!(scan.text(i - 1), "$" | "£" | "€" | "¥" | "₹")
                    || (scan.text(i - 1).len() == 3
                        && scan.text(i - 1).bytes().all(|b| b.is_ascii_uppercase())
                        && lex.currency_symbols.match_at(scan, i - 1).is_some()));
            // Without a currency, "10M" (a metre is lower case) and "1.2b" (a
            // label such as "Flat 4b" has no decimal point) are scales still;
            // "3M" is as often the company.
            let text = scan.text(i);
            let unmistaken = (text.ends_with('M') && (text.len() > 2 || text.contains('.')))
                || (suffix == "b" && text.contains('.'));
            if matches!(suffix, "m" | "b") && !after_currency && !unmistaken {
                return None;
            }
            Some(Numeral {
                first: i,
                last: i,
                value: value * scale,
                words: false,
                plain_four_digits: false,
            })
        }
        TokenKind::Word => words_at(scan, lex, i),
        TokenKind::Punct => None,
    }
}

/// A cardinal in words only, without fractions: the prefix of "twenty-first".
pub fn words_numeral(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Numeral> {
    if scan.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    words_at(scan, lex, i)
}

/// A numeral in words starting at token `i`: "one hundred and twenty", "a dozen",
/// "twenty-seven", "a quarter million", "half a million".
fn words_at(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Numeral> {
    let low = scan.low(i);
    // "a hundred", "a dozen", "a million", "a quarter million", "half a million".
    let (mut j, mut current, mut last_role) = match low {
        "a" | "an" => {
            let next = scan.low(i + 1);
            if next == "quarter" || next == "half" {
                // "a quarter million", "a quarter of a million"
                let (scale, last) = match lex.numbers.at(scan, i + 2) {
                    Some(w) if w.role == NumberRole::Scale => (w.value, i + 2),
                    _ => of_a_scale(scan, lex, i + 2)?,
                };
                let frac = if next == "quarter" {
                    Decimal::new(25, 2)
                } else {
                    Decimal::new(5, 1)
                };
                return Some(Numeral {
                    first: i,
                    last,
                    value: frac * scale,
                    words: true,
                    plain_four_digits: false,
                });
            }
            let w = lex.numbers.get(next)?;
            if !matches!(
                w.role,
                NumberRole::Hundred | NumberRole::Scale | NumberRole::Dozen
            ) {
                return None;
            }
            (i + 1, Decimal::ONE, None)
        }
        "half" if scan.is(i + 1, "a") => {
            let w = lex.numbers.at(scan, i + 2)?;
            if !matches!(w.role, NumberRole::Scale | NumberRole::Dozen) {
                return None;
            }
            return Some(Numeral {
                first: i,
                last: i + 2,
                value: w.value / Decimal::TWO,
                words: true,
                plain_four_digits: false,
            });
        }
        _ => {
            lex.numbers.get(low)?;
            (i, Decimal::ZERO, None)
        }
    };
    let mut total = Decimal::ZERO;
    let mut last = None;
    let mut last_scale: Option<Decimal> = None;
    while j < scan.len() {
        let Some(w) = lex.numbers.at(scan, j).copied() else {
            break;
        };
        if scan.tokens[j].kind != TokenKind::Word {
            break;
        }
        let fits = match (last_role, w.role) {
            (None, _) => true,
            (Some(NumberRole::Tens), NumberRole::Unit) => {
                // "twenty-seven", "twenty seven"
                current % Decimal::TEN == Decimal::ZERO
                    && current % Decimal::ONE_HUNDRED != Decimal::ZERO
            }
            (Some(NumberRole::Unit | NumberRole::Teen), NumberRole::Unit)
            | (Some(NumberRole::Unit | NumberRole::Teen | NumberRole::Tens), NumberRole::Teen)
            | (Some(NumberRole::Unit | NumberRole::Teen | NumberRole::Tens), NumberRole::Tens) => {
                false
            }
            (
                Some(NumberRole::Hundred | NumberRole::Scale),
                NumberRole::Unit | NumberRole::Teen | NumberRole::Tens,
            ) => true,
            (Some(NumberRole::Hundred), NumberRole::Hundred) => false,
            (Some(_), NumberRole::Hundred) => {
                current > Decimal::ZERO && current < Decimal::ONE_HUNDRED
            }
            (Some(_), NumberRole::Scale) => last_scale.is_none_or(|s| w.value < s),
            (Some(NumberRole::Dozen), _) => false,
            (Some(_), NumberRole::Dozen) => {
                current > Decimal::ZERO && current < Decimal::ONE_HUNDRED
            }
        };
        if !fits {
            break;
        }
        match w.role {
            NumberRole::Unit | NumberRole::Teen | NumberRole::Tens => current += w.value,
            NumberRole::Hundred => current = current.max(Decimal::ONE) * w.value,
            NumberRole::Dozen => current = current.max(Decimal::ONE) * w.value,
            NumberRole::Scale => {
                total += current.max(Decimal::ONE) * w.value;
                current = Decimal::ZERO;
                last_scale = Some(w.value);
            }
        }
        last_role = Some(w.role);
        last = Some(j);
        // Connectors: a joined hyphen inside "twenty-seven"; "and" after a hundred or scale.
        let next = j + 1;
        let hyphen_unit = scan.is_dash(next)
            && scan.joined(next)
            && scan.joined(next + 1)
            && w.role == NumberRole::Tens
            && lex
                .numbers
                .at(scan, next + 1)
                .is_some_and(|n| n.role == NumberRole::Unit);
        // "five billion and three quarters": the fraction is not part of the integer.
        let and_more = scan.is(next, "and")
            && matches!(w.role, NumberRole::Hundred | NumberRole::Scale)
            && lex.numbers.at(scan, next + 1).is_some_and(|n| {
                matches!(
                    n.role,
                    NumberRole::Unit | NumberRole::Teen | NumberRole::Tens
                )
            })
            && denominator(lex, scan.low(next + 2), true).is_none();
        if hyphen_unit || and_more {
            j = next + 1;
        } else {
            j = next;
        }
    }
    let last = last?;
    Some(Numeral {
        first: i,
        last,
        value: total + current,
        words: true,
        plain_four_digits: false,
    })
}

/// Every numeral in the text, as a number recogniser sees it (for the peer specs):
/// also the forms a news claim never needs, such as negatives ("-1", "minus five"),
/// ratios read as fractions ("one over three"), digit groups split by spaces
/// ("1 234 567") and a leading decimal point (".08").
pub fn all_numerals(scan: &Scan, lex: &Lexicon) -> Vec<Numeral> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.len() {
        let Some(mut n) = spec_numeral_at(scan, lex, i) else {
            i += 1;
            continue;
        };
        i = n.last + 1;
        // "one over three", "1 out of 5", "1 in twenty-one": ratios read as fractions,
        // unless a noun follows ("$2000 over 3 years", "12 in six boxes").
        let (over, how) = if scan.is(i, "over") {
            (Some(i + 1), "over")
        } else if scan.is(i, "in") && n.value == Decimal::ONE {
            (Some(i + 1), "in")
        } else if scan.is(i, "out") && scan.is(i + 1, "of") {
            (Some(i + 2), "out")
        } else {
            (None, "")
        };
        if let Some(at) = over {
            if let Some(d) = numeral_at(scan, lex, at).filter(|d| !d.value.is_zero()) {
                let noun_after = scan.kind(d.last + 1) == Some(TokenKind::Word)
                    && !(how == "out" && matches!(scan.low(d.last + 1), "hundreds" | "thousands"));
                let ok =
                    !noun_after && (how != "out" || n.value < d.value) && (how != "in" || d.words);
                if ok {
                    n.value /= d.value;
                    n.last = d.last;
                    i = d.last + 1;
                } else if how == "out" && matches!(scan.low(d.last + 1), "hundreds") {
                    n.value /= d.value * Decimal::ONE_HUNDRED;
                    n.last = d.last + 1;
                    i = d.last + 2;
                }
            }
        }
        out.push(n);
    }
    out
}

fn spec_numeral_at(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Numeral> {
    // "-1", "minus five": a joined minus before digits that follows a space.
    let negate_tokens = match scan.low(i) {
        "minus" | "negative" => Some(i + 1),
        "-" if matches!(scan.kind(i + 1), Some(TokenKind::Number | TokenKind::Mixed))
            && scan.joined(i + 1)
            && (i == 0 || scan.tokens[i].space_before) =>
        {
            Some(i + 1)
        }
        _ => None,
    };
    // Vulgar fractions: "½", "¾".
    let vulgar = match scan.text(i) {
        "½" => Some((1, 2)),
        "⅓" => Some((1, 3)),
        "⅔" => Some((2, 3)),
        "¼" => Some((1, 4)),
        "¾" => Some((3, 4)),
        "⅕" => Some((1, 5)),
        "⅙" => Some((1, 6)),
        "⅛" => Some((1, 8)),
        _ => None,
    };
    if let Some((a, b)) = vulgar {
        return Some(Numeral {
            first: i,
            last: i,
            value: Decimal::new(a, 0) / Decimal::new(b, 0),
            words: false,
            plain_four_digits: false,
        });
    }
    // "3/4", "2  1/4": a fraction with a slash.
    if scan.kind(i) == Some(TokenKind::Number)
        && scan.is_punct(i + 1, '/')
        && scan.joined(i + 1)
        && scan.joined(i + 2)
    {
        let a = parse_digits(scan.text(i))?;
        let b = parse_digits(scan.text(i + 2)).filter(|b| !b.is_zero())?;
        return Some(Numeral {
            first: i,
            last: i + 2,
            value: a / b,
            words: false,
            plain_four_digits: false,
        });
    }
    // Digit runs the strict grammar refuses: "1.111,11", "1,3", "12,34,567.89",
    // "192.168.1.2" (a list of numbers), "22,24,26".
    if scan.kind(i) == Some(TokenKind::Number) && parse_digits(scan.text(i)).is_none() {
        return loose_digits(scan, i);
    }
    if let Some(at) = negate_tokens {
        let mut n = spec_numeral_at(scan, lex, at)?;
        n.first = i;
        n.value = -n.value;
        return Some(n);
    }
    // ".08": a decimal point with no integer part.
    if scan.is_punct(i, '.')
        && scan.kind(i + 1) == Some(TokenKind::Number)
        && scan.joined(i + 1)
        && (i == 0 || scan.tokens[i].space_before)
    {
        let v = Decimal::from_str(&format!("0.{}", scan.text(i + 1))).ok()?;
        return Some(Numeral {
            first: i,
            last: i + 1,
            value: v,
            words: false,
            plain_four_digits: false,
        });
    }
    let mut n = numeral_at(scan, lex, i)?;
    // "1 234 567", "40 000": groups of three digits split by single spaces.
    if !n.words
        && n.first == n.last
        && scan.text(i).len() <= 3
        && !scan.text(i).contains([',', '.'])
    {
        let mut j = i + 1;
        let mut digits = scan.text(i).to_string();
        while scan.kind(j) == Some(TokenKind::Number)
            && scan.text(j).len() >= 3
            && scan.text(j).as_bytes()[..3].iter().all(u8::is_ascii_digit)
        {
            let gap = &scan.text[scan.tokens[j - 1].span().end..scan.tokens[j].span().start];
            if gap.chars().count() != 1 {
                break;
            }
            let t = scan.text(j);
            let whole_group = t.len() == 3 || t.as_bytes()[3] == b'.';
            if !whole_group {
                break;
            }
            digits.push_str(t);
            j += 1;
        }
        if j > i + 1 {
            if let Ok(v) = Decimal::from_str(&digits) {
                n.value = v;
                n.last = j - 1;
            }
        }
    }
    Some(n)
}

/// Why a comma-grouped run of digits can be read in no convention, if it can't:
/// "200,0000" (a group of four after a comma), "2000,000" (four digits before
/// the first comma). Groups of one or two after a comma ("1,5", "12,34,567")
/// are decimals or Indian grouping, and left alone.
pub fn malformed_groups(t: &str) -> Option<String> {
    let int = t.split_once('.').map_or(t, |(a, _)| a);
    let groups: Vec<&str> = int.split(',').collect();
    if groups.len() < 2
        || groups
            .iter()
            .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if let Some(long) = groups[1..].iter().find(|g| g.len() > 3) {
        return Some(format!(
            "a digit group after a comma has {} digits, not three",
            long.len()
        ));
    }
    if groups[0].len() > 3 && groups[1..].iter().all(|g| g.len() == 3) {
        return Some(format!(
            "{} digits come before the first comma, at most three may",
            groups[0].len()
        ));
    }
    None
}

/// Digit runs in other conventions, for the number recogniser only.
fn loose_digits(scan: &Scan, i: usize) -> Option<Numeral> {
    let t = scan.text(i);
    let one = |v: Decimal| Numeral {
        first: i,
        last: i,
        value: v,
        words: false,
        plain_four_digits: false,
    };
    // European: dots group thousands, a comma marks decimals.
    if let Some((int, frac)) = t.rsplit_once(',') {
        let int_plain = int.replace('.', "");
        let groups_ok = int.split('.').skip(1).all(|g| g.len() == 3);
        if groups_ok && frac.len() <= 2 && !int.contains(',') {
            return Decimal::from_str(&format!("{int_plain}.{frac}"))
                .ok()
                .map(one);
        }
        // Indian grouping: 12,34,567.89
        let (int_part, dec) = t.split_once('.').map_or((t, None), |(a, b)| (a, Some(b)));
        let gs: Vec<&str> = int_part.split(',').collect();
        let indian = gs.len() >= 3
            && gs.last().is_some_and(|g| g.len() == 3)
            && gs[1..gs.len() - 1].iter().all(|g| g.len() == 2);
        if indian {
            let digits = gs.concat();
            let text = dec.map_or(digits.clone(), |d| format!("{digits}.{d}"));
            return Decimal::from_str(&text).ok().map(one);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Option<(String, Decimal)> {
        let lex = Lexicon::from_toml(crate::QUANTITIES_LEXICON).unwrap();
        let scan = Scan::new(text);
        let n = numeral_at(&scan, &lex, 0)?;
        let span = scan.span(n.first, n.last);
        Some((text[span.start..span.end].to_string(), n.value.normalize()))
    }

    #[test]
    fn numerals() {
        let cases = [
            ("1,500 fled", "1,500", "1500"),
            ("3.6%", "3.6", "3.6"),
            ("1.5 million people", "1.5 million", "1500000"),
            ("2.3bn", "2.3bn", "2300000000"),
            ("twelve", "twelve", "12"),
            (
                "one hundred and twenty detainees",
                "one hundred and twenty",
                "120",
            ),
            ("Twenty-seven miners", "Twenty-seven", "27"),
            ("a dozen", "a dozen", "12"),
            ("two dozen facilities", "two dozen", "24"),
            ("a quarter million", "a quarter million", "250000"),
            ("half a million", "half a million", "500000"),
            (
                "a quarter of a million people",
                "a quarter of a million",
                "250000",
            ),
            ("a fifth of a billion", "a fifth of a billion", "200000000"),
            (
                "three thousand two hundred",
                "three thousand two hundred",
                "3200",
            ),
            ("ninety-nine", "ninety-nine", "99"),
            (
                "4 thousand 3 hundred and 21",
                "4 thousand 3 hundred and 21",
                "4321",
            ),
            ("2 hundred and 5 staff", "2 hundred and 5", "205"),
            (
                "five and a half million",
                "five and a half million",
                "5500000",
            ),
            (
                "one billion and a half million",
                "one billion and a half million",
                "1000500000",
            ),
            ("10M", "10M", "10000000"),
            ("1.2b", "1.2b", "1200000000"),
            // The first end of a range, not 14,000,019.
            ("14 million and 19 million", "14 million", "14000000"),
        ];
        for (text, span, value) in cases {
            let got = parse(text).unwrap_or_else(|| panic!("no numeral in {text:?}"));
            assert_eq!(
                got,
                (span.to_string(), Decimal::from_str(value).unwrap()),
                "{text}"
            );
        }
    }

    #[test]
    fn malformed_grouping_is_named() {
        assert!(malformed_groups("200,0000").is_some());
        assert!(malformed_groups("2000,000").is_some());
        assert!(malformed_groups("1,2345.5").is_some());
        for fine in ["1,500", "12,34,567", "1,5", "3.6", "2019", "1,500,000.25"] {
            assert_eq!(malformed_groups(fine), None, "{fine}");
        }
    }

    #[test]
    fn not_numerals() {
        for text in ["1,2,3", "a man", "and", "one two"] {
            let got = parse(text);
            assert!(got.is_none() || text == "one two", "{text}: {got:?}");
        }
        assert_eq!(parse("one two").unwrap().0, "one");
        // Lower-case "m" may be metres, "4b" a flat's label, "3M" a company.
        assert_eq!(parse("10m"), None);
        assert_eq!(parse("4b"), None);
        assert_eq!(parse("3M"), None);
    }

    #[test]
    fn decimals_without_a_leading_zero() {
        let lex = Lexicon::from_toml(crate::QUANTITIES_LEXICON).unwrap();
        let scan = Scan::new("up .77 points, then 2.5.");
        let n = numeral_at(&scan, &lex, 2).unwrap();
        assert_eq!(
            (n.first, n.last, n.value.normalize()),
            (1, 2, Decimal::new(77, 2))
        );
        // A sentence's full stop is no decimal point of what follows.
        let scan = Scan::new("It ended.77 came.");
        assert_eq!(numeral_at(&scan, &lex, 3).map(|n| n.first), Some(3));
    }
}
