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
    Decimal::from_str(&text).ok()
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

/// The numeral starting at token `i`, if any.
pub fn numeral_at(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Numeral> {
    match scan.kind(i)? {
        TokenKind::Number => {
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
                    // "2 million" may be followed by "and a half"? Rare; stop here.
                }
            } else if matches!(scan.low(i + 1), "bn" | "mn" | "tn" | "mln" | "trn")
                && scan.kind(i + 1) == Some(TokenKind::Word)
            {
                n.value *= lex.scale_suffixes[scan.low(i + 1)];
                n.last = i + 1;
                n.plain_four_digits = false;
            }
            Some(n)
        }
        TokenKind::Mixed => {
            let (value, suffix) = split_mixed(scan.low(i))?;
            let scale = lex.scale_suffixes.get(suffix)?;
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

/// A numeral in words starting at token `i`: "one hundred and twenty", "a dozen",
/// "twenty-seven", "a quarter million", "half a million".
fn words_at(scan: &Scan, lex: &Lexicon, i: usize) -> Option<Numeral> {
    let low = scan.low(i);
    // "a hundred", "a dozen", "a million", "a quarter million", "half a million".
    let (mut j, mut current, mut last_role) = match low {
        "a" | "an" => {
            let next = scan.low(i + 1);
            if next == "quarter" || next == "half" {
                let w = lex.numbers.get(scan.low(i + 2))?;
                if w.role != NumberRole::Scale {
                    return None;
                }
                let frac = if next == "quarter" {
                    Decimal::new(25, 2)
                } else {
                    Decimal::new(5, 1)
                };
                return Some(Numeral {
                    first: i,
                    last: i + 2,
                    value: frac * w.value,
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
            let w = lex.numbers.get(scan.low(i + 2))?;
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
        let Some(w) = lex.numbers.get(scan.low(j)).copied() else {
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
        if scan.is_dash(next)
            && scan.joined(next)
            && scan.joined(next + 1)
            && w.role == NumberRole::Tens
            && lex
                .numbers
                .get(scan.low(next + 1))
                .is_some_and(|n| n.role == NumberRole::Unit)
        {
            j = next + 1;
        } else if scan.is(next, "and")
            && matches!(w.role, NumberRole::Hundred | NumberRole::Scale)
            && lex.numbers.get(scan.low(next + 1)).is_some_and(|n| {
                matches!(
                    n.role,
                    NumberRole::Unit | NumberRole::Teen | NumberRole::Tens
                )
            })
        {
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
                "three thousand two hundred",
                "three thousand two hundred",
                "3200",
            ),
            ("ninety-nine", "ninety-nine", "99"),
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
    fn not_numerals() {
        for text in ["1,2,3", "a man", "and", "one two"] {
            let got = parse(text);
            assert!(got.is_none() || text == "one two", "{text}: {got:?}");
        }
        assert_eq!(parse("one two").unwrap().0, "one");
    }
}
