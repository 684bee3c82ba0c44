//! The check expression language: a relation between sums of metrics.
//!
//! ```text
//! check  := side CMP side
//! side   := term (("+" | "-") term)*
//! term   := METRIC | NUMBER | "sum(" PATTERN ")"
//! CMP    := "<=" | "<" | ">=" | ">" | "==" | "!="
//! ```
//! METRIC is a snake_case metric name; PATTERN may contain `*` ("seats_*").
//! Every node keeps its byte span in the check string, so a load error can point
//! at the exact term inside the rule pack's TOML.

use rust_decimal::Decimal;
use std::ops::Range;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Le,
    Lt,
    Ge,
    Gt,
    Eq,
    Ne,
}

impl Cmp {
    pub fn as_str(self) -> &'static str {
        match self {
            Cmp::Le => "<=",
            Cmp::Lt => "<",
            Cmp::Ge => ">=",
            Cmp::Gt => ">",
            Cmp::Eq => "==",
            Cmp::Ne => "!=",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    Metric(String),
    Number(Decimal),
    /// Every metric whose name matches the pattern.
    Sum(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operand {
    pub negative: bool,
    pub term: Term,
    pub span: Range<usize>,
}

/// One side of a relation: operands added or subtracted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Side {
    pub operands: Vec<Operand>,
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub left: Side,
    pub cmp: Cmp,
    pub right: Side,
}

impl Check {
    /// Every metric name or pattern the check mentions, with its span.
    pub fn terms(&self) -> impl Iterator<Item = &Operand> {
        self.left.operands.iter().chain(&self.right.operands)
    }
}

/// A syntax error at a byte range of the check string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExprError {
    pub message: String,
    pub span: Range<usize>,
}

/// Does `name` match `pattern`, where `*` stands for any run of characters?
pub fn matches_pattern(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, rest)) => {
            if !name.starts_with(head) {
                return false;
            }
            let tail = &name[head.len()..];
            if rest.is_empty() {
                return true;
            }
            (0..=tail.len()).any(|i| tail.is_char_boundary(i) && matches_pattern(rest, &tail[i..]))
        }
    }
}

struct Parser<'s> {
    src: &'s str,
    pos: usize,
}

impl<'s> Parser<'s> {
    fn skip_ws(&mut self) {
        while self.src[self.pos..].starts_with(|c: char| c.is_whitespace()) {
            self.pos += self.src[self.pos..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        }
    }

    fn error<T>(&self, message: impl Into<String>, span: Range<usize>) -> Result<T, ExprError> {
        Err(ExprError {
            message: message.into(),
            span,
        })
    }

    fn here(&self) -> Range<usize> {
        let len = self.src[self.pos..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        self.pos..self.pos + len
    }

    fn side(&mut self) -> Result<Side, ExprError> {
        self.skip_ws();
        let start = self.pos;
        let mut operands = vec![self.operand(false)?];
        loop {
            self.skip_ws();
            let negative = match self.src[self.pos..].chars().next() {
                Some('+') => false,
                Some('-') => true,
                _ => break,
            };
            self.pos += 1;
            operands.push(self.operand(negative)?);
        }
        let end = operands.last().map_or(start, |o| o.span.end);
        Ok(Side {
            operands,
            span: start..end,
        })
    }

    fn operand(&mut self, negative: bool) -> Result<Operand, ExprError> {
        self.skip_ws();
        let start = self.pos;
        let rest = &self.src[self.pos..];
        let Some(first) = rest.chars().next() else {
            return self.error("expected a metric, a number or sum(...) here", start..start);
        };
        if first.is_ascii_digit() {
            let len = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(rest.len());
            self.pos += len;
            let text = &rest[..len];
            let value = Decimal::from_str(text)
                .or_else(|_| self.error(format!("`{text}` is not a number"), start..self.pos))?;
            return Ok(Operand {
                negative,
                term: Term::Number(value),
                span: start..self.pos,
            });
        }
        if !(first.is_ascii_lowercase() || first == '_') {
            return self.error(
                format!(
                    "expected a metric name (snake_case), a number or sum(...), found `{first}`"
                ),
                self.here(),
            );
        }
        let len = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        self.pos += len;
        if word == "sum" && self.src[self.pos..].starts_with('(') {
            self.pos += 1;
            let inner_start = self.pos;
            let inner = &self.src[self.pos..];
            let close = inner.find(')').ok_or(ExprError {
                message: "sum( is not closed".into(),
                span: start..self.src.len(),
            })?;
            let pattern = inner[..close].trim();
            let ok = !pattern.is_empty()
                && pattern
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '*');
            if !ok {
                return self.error(
                    "sum(...) takes one metric name pattern, such as seats_*",
                    inner_start..inner_start + close,
                );
            }
            self.pos += close + 1;
            return Ok(Operand {
                negative,
                term: Term::Sum(pattern.to_string()),
                span: start..self.pos,
            });
        }
        if word.contains('*') {
            return self.error("a pattern with * belongs inside sum(...)", start..self.pos);
        }
        Ok(Operand {
            negative,
            term: Term::Metric(word.to_string()),
            span: start..self.pos,
        })
    }

    fn cmp(&mut self) -> Result<Cmp, ExprError> {
        self.skip_ws();
        let rest = &self.src[self.pos..];
        let (cmp, len) = if rest.starts_with("<=") {
            (Cmp::Le, 2)
        } else if rest.starts_with(">=") {
            (Cmp::Ge, 2)
        } else if rest.starts_with("==") {
            (Cmp::Eq, 2)
        } else if rest.starts_with("!=") {
            (Cmp::Ne, 2)
        } else if rest.starts_with('<') {
            (Cmp::Lt, 1)
        } else if rest.starts_with('>') {
            (Cmp::Gt, 1)
        } else if rest.starts_with('=') {
            return self.error("use == to compare", self.pos..self.pos + 1);
        } else {
            return self.error("expected a comparison: <=, <, >=, >, == or !=", self.here());
        };
        self.pos += len;
        Ok(cmp)
    }
}

/// Parse a check such as `recaptured <= escaped`.
pub fn parse_check(src: &str) -> Result<Check, ExprError> {
    let mut p = Parser { src, pos: 0 };
    let left = p.side()?;
    let cmp = p.cmp()?;
    let right = p.side()?;
    p.skip_ws();
    if p.pos < src.len() {
        return p.error("unexpected text after the check", p.pos..src.len());
    }
    Ok(Check { left, cmp, right })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_relations_sums_and_numbers() {
        let c = parse_check("recaptured <= escaped").unwrap();
        assert_eq!(c.cmp, Cmp::Le);
        assert_eq!(c.left.operands[0].term, Term::Metric("recaptured".into()));
        assert_eq!(c.right.operands[0].span, 14..21);
        let c = parse_check("sum(seats_*) == seats_total").unwrap();
        assert_eq!(c.left.operands[0].term, Term::Sum("seats_*".into()));
        let c = parse_check("won + drawn + lost == played").unwrap();
        assert_eq!(c.left.operands.len(), 3);
        let c = parse_check("share <= 100").unwrap();
        assert_eq!(c.right.operands[0].term, Term::Number(Decimal::from(100)));
    }

    #[test]
    fn errors_point_at_the_problem() {
        let e = parse_check("recaptured = escaped").unwrap_err();
        assert_eq!(e.span, 11..12);
        let e = parse_check("recaptured <= Escaped").unwrap_err();
        assert_eq!(e.span, 14..15);
        let e = parse_check("recaptured <=").unwrap_err();
        assert!(e.message.contains("expected a metric"));
        let e = parse_check("a <= b c").unwrap_err();
        assert_eq!(e.span, 7..8);
        assert!(parse_check("sum(seats_* == x").is_err());
    }

    #[test]
    fn patterns() {
        assert!(matches_pattern("seats_*", "seats_labour"));
        assert!(!matches_pattern("seats_*", "seat"));
        assert!(matches_pattern("*_killed", "children_killed"));
        assert!(matches_pattern("a*c*e", "abcde"));
    }
}
