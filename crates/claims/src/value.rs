//! Values as intervals. A figure in the news is rarely a point: "around 120",
//! "as high as 1,500", "dozens" and "late January" each stand for a range of
//! values, and the checks compare ranges. The nominal point is what the text says;
//! `low`/`high` are what it allows.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// How a figure is hedged: what the words around it say about the true value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// A bare figure: "120".
    Exact,
    /// "about", "around", "roughly", "some": nominal ± a tolerance.
    Approx,
    /// "more than", "at least", "over": a floor.
    AtLeast,
    /// "up to", "as many as", "nearly", "fewer than": a ceiling.
    AtMost,
    /// "between 80 and 120", "15% to 17%".
    Range,
    /// "dozens", "hundreds", "a handful": an interval from the lexicon.
    Vague,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Approx => "approx",
            Bound::AtLeast => "at-least",
            Bound::AtMost => "at-most",
            Bound::Range => "range",
            Bound::Vague => "vague",
        }
    }
}

/// An interval over decimals with a nominal point. `None` ends are unbounded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interval {
    pub nominal: Decimal,
    pub low: Option<Decimal>,
    pub high: Option<Decimal>,
    /// The low end itself is excluded ("more than 80").
    pub low_open: bool,
    /// The high end itself is excluded ("fewer than 80", "nearly 80").
    pub high_open: bool,
    pub bound: Bound,
}

impl Interval {
    pub fn exact(n: Decimal) -> Self {
        let n = n.normalize();
        Interval {
            nominal: n,
            low: Some(n),
            high: Some(n),
            low_open: false,
            high_open: false,
            bound: Bound::Exact,
        }
    }

    /// `n` give or take `tolerance` (a fraction of `n`, e.g. 0.1 for 10%).
    pub fn approx(n: Decimal, tolerance: Decimal) -> Self {
        let d = (n.abs() * tolerance).normalize();
        Interval {
            low: Some((n - d).normalize()),
            high: Some((n + d).normalize()),
            bound: Bound::Approx,
            ..Interval::exact(n)
        }
    }

    /// Greater than (`strict`) or at least `n`, with no upper end.
    pub fn at_least(n: Decimal, strict: bool) -> Self {
        Interval {
            high: None,
            low_open: strict,
            bound: Bound::AtLeast,
            ..Interval::exact(n)
        }
    }

    /// Less than (`strict`) or at most `n`; `floor` is the smallest value the
    /// quantity can take (0 for a count, `None` when it has none).
    pub fn at_most(n: Decimal, strict: bool, floor: Option<Decimal>) -> Self {
        Interval {
            low: floor,
            high_open: strict,
            bound: Bound::AtMost,
            ..Interval::exact(n)
        }
    }

    /// Just under `n`, within `tolerance` of it: "nearly 50,000".
    pub fn just_below(n: Decimal, tolerance: Decimal) -> Self {
        let d = (n.abs() * tolerance).normalize();
        Interval {
            low: Some((n - d).normalize()),
            high_open: true,
            bound: Bound::AtMost,
            ..Interval::exact(n)
        }
    }

    /// Just over `n`, within `tolerance` of it: "just over 200".
    pub fn just_above(n: Decimal, tolerance: Decimal) -> Self {
        let d = (n.abs() * tolerance).normalize();
        Interval {
            high: Some((n + d).normalize()),
            low_open: true,
            bound: Bound::AtLeast,
            ..Interval::exact(n)
        }
    }

    /// `[low, high]`, nominal at the low end (the conventional reading of a range).
    pub fn range(low: Decimal, high: Decimal) -> Self {
        let (low, high) = if low <= high {
            (low, high)
        } else {
            (high, low)
        };
        Interval {
            nominal: low.normalize(),
            low: Some(low.normalize()),
            high: Some(high.normalize()),
            low_open: false,
            high_open: false,
            bound: Bound::Range,
        }
    }

    /// A vague quantity from the lexicon: `[low, high]` (high may be open-ended).
    pub fn vague(low: Decimal, high: Option<Decimal>) -> Self {
        Interval {
            nominal: low.normalize(),
            low: Some(low.normalize()),
            high: high.map(|h| h.normalize()),
            low_open: false,
            high_open: false,
            bound: Bound::Vague,
        }
    }

    /// Every end multiplied by `k` (a scale such as "million" over a range).
    pub fn scaled(&self, k: Decimal) -> Self {
        Interval {
            nominal: (self.nominal * k).normalize(),
            low: self.low.map(|v| (v * k).normalize()),
            high: self.high.map(|v| (v * k).normalize()),
            ..self.clone()
        }
    }

    pub fn contains(&self, v: Decimal) -> bool {
        let above = match self.low {
            None => true,
            Some(l) if self.low_open => v > l,
            Some(l) => v >= l,
        };
        let below = match self.high {
            None => true,
            Some(h) if self.high_open => v < h,
            Some(h) => v <= h,
        };
        above && below
    }
}

/// What a date names, at the precision the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateNominal {
    Year(i16),
    Month(i16, i8),
    Day(Date),
}

impl std::fmt::Display for DateNominal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateNominal::Year(y) => write!(f, "{y:04}"),
            DateNominal::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DateNominal::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

/// A date as the span of days it allows: "2014" is all of 2014, "late January"
/// the 21st to the 31st.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateInterval {
    pub nominal: DateNominal,
    pub low: Date,
    pub high: Date,
    pub bound: Bound,
}

/// The unit a duration is counted in. Comparisons across units go through
/// [`TimeUnit::approx_days`], which is deliberately coarse (a month is 30.44 days).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    pub fn approx_days(self) -> Decimal {
        match self {
            TimeUnit::Second => Decimal::new(1, 0) / Decimal::new(86_400, 0),
            TimeUnit::Minute => Decimal::new(1, 0) / Decimal::new(1_440, 0),
            TimeUnit::Hour => Decimal::new(1, 0) / Decimal::new(24, 0),
            TimeUnit::Day => Decimal::ONE,
            TimeUnit::Week => Decimal::new(7, 0),
            TimeUnit::Month => Decimal::new(3044, 2),
            TimeUnit::Year => Decimal::new(36525, 2),
        }
    }

    /// The amount written as an ISO 8601 duration: P10Y, P6W, PT48H.
    pub fn iso(self, amount: Decimal) -> String {
        let a = amount.normalize();
        match self {
            TimeUnit::Second => format!("PT{a}S"),
            TimeUnit::Minute => format!("PT{a}M"),
            TimeUnit::Hour => format!("PT{a}H"),
            TimeUnit::Day => format!("P{a}D"),
            TimeUnit::Week => format!("P{a}W"),
            TimeUnit::Month => format!("P{a}M"),
            TimeUnit::Year => format!("P{a}Y"),
        }
    }
}

/// The value of a claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Counts, ordinals, percentages (in percent points: 45% is 45) and money.
    Number(Interval),
    Date(DateInterval),
    /// An amount of `unit`s: "more than a decade" is (10, ∞) years.
    Duration {
        unit: TimeUnit,
        amount: Interval,
    },
}

impl Value {
    pub fn bound(&self) -> Bound {
        match self {
            Value::Number(i) | Value::Duration { amount: i, .. } => i.bound,
            Value::Date(d) => d.bound,
        }
    }

    /// The nominal point as the output contract writes it.
    pub fn nominal_string(&self) -> String {
        match self {
            Value::Number(i) => i.nominal.normalize().to_string(),
            Value::Date(d) => d.nominal.to_string(),
            Value::Duration { unit, amount } => unit.iso(amount.nominal),
        }
    }
}

fn date_string(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Serialised flat, as `claimcheck/claims@1` gives it:
/// `{"nominal": "120", "low": "108", "high": "132", "bound": "approx", ...}`.
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("nominal", &self.nominal_string())?;
        match self {
            Value::Number(i) => {
                m.serialize_entry("low", &i.low.map(|v| v.normalize().to_string()))?;
                m.serialize_entry("high", &i.high.map(|v| v.normalize().to_string()))?;
                m.serialize_entry("bound", &i.bound)?;
                m.serialize_entry("low_open", &i.low_open)?;
                m.serialize_entry("high_open", &i.high_open)?;
            }
            Value::Date(d) => {
                m.serialize_entry("low", &date_string(d.low))?;
                m.serialize_entry("high", &date_string(d.high))?;
                m.serialize_entry("bound", &d.bound)?;
            }
            Value::Duration { unit, amount } => {
                m.serialize_entry("low", &amount.low.map(|v| unit.iso(v)))?;
                m.serialize_entry("high", &amount.high.map(|v| unit.iso(v)))?;
                m.serialize_entry("bound", &amount.bound)?;
                m.serialize_entry("low_open", &amount.low_open)?;
                m.serialize_entry("high_open", &amount.high_open)?;
            }
        }
        m.end()
    }
}

/// Significant digits of a decimal: 49000000 has two, 3.5 two, 118 three.
pub fn significant_digits(v: Decimal) -> u32 {
    let digits: String = v
        .abs()
        .normalize()
        .to_string()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let trimmed = digits.trim_start_matches('0').trim_end_matches('0');
    trimmed.len().max(1) as u32
}

/// Whether two figures differ only by two neighbouring digits swapped
/// ("1,038" and "1,083", "318" and "381", "84.2" and "48.2"): the commonest
/// typing slip in a figure. Same number of digits, same decimal point.
pub fn digits_swapped(a: Decimal, b: Decimal) -> bool {
    digits_swapped_in(&a.normalize().to_string(), &b.normalize().to_string())
}

/// `digits_swapped` on figures already written out (normalized decimals), for
/// callers that compare one figure with many.
pub fn digits_swapped_in(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len() != b.len() {
        return false;
    }
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(differ.as_slice(), [i, j] if *j == i + 1
        && a[*i].is_ascii_digit()
        && a[*j].is_ascii_digit()
        && a[*i] == b[*j]
        && a[*j] == b[*i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn swapped_digits_are_neighbours_only() {
        assert!(digits_swapped(d(1038), d(1083)));
        assert!(digits_swapped(d(318), d(381)));
        assert!(digits_swapped(Decimal::new(842, 1), Decimal::new(482, 1)));
        // Not neighbours, not the same digits, not the same length, equal.
        assert!(!digits_swapped(d(318), d(813)));
        assert!(!digits_swapped(d(318), d(319)));
        assert!(!digits_swapped(d(318), d(3180)));
        assert!(!digits_swapped(d(318), d(318)));
        // The decimal point does not move.
        assert!(!digits_swapped(Decimal::new(31, 1), d(31)));
    }

    fn d(n: i64) -> Decimal {
        Decimal::new(n, 0)
    }

    #[test]
    fn approx_is_symmetric_around_nominal() {
        let i = Interval::approx(d(120), Decimal::new(1, 1));
        assert_eq!((i.low, i.high), (Some(d(108)), Some(d(132))));
        assert!(i.contains(d(130)) && !i.contains(d(133)));
    }

    #[test]
    fn strict_ends_exclude_themselves() {
        assert!(!Interval::at_least(d(80), true).contains(d(80)));
        assert!(Interval::at_least(d(80), false).contains(d(80)));
        let nearly = Interval::just_below(d(50_000), Decimal::new(1, 1));
        assert!(!nearly.contains(d(50_000)) && nearly.contains(d(49_000)));
    }

    #[test]
    fn serialises_flat_with_string_decimals() {
        let v = Value::Number(Interval::range(d(15), d(17)));
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            json,
            r#"{"nominal":"15","low":"15","high":"17","bound":"range","low_open":false,"high_open":false}"#
        );
        let dur = Value::Duration {
            unit: TimeUnit::Year,
            amount: Interval::at_least(d(10), true),
        };
        assert_eq!(dur.nominal_string(), "P10Y");
    }
}
