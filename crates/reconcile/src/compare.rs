//! How a draft's figure stands to a source's figure for the same quantity:
//! agrees, drops the source's hedge, adds precision the source lacks, or
//! conflicts. Values are compared as intervals, with the hedge words in mind.

use claimcheck_claims::{significant_digits, Bound, Claim, Interval, Kind, Modality, Value};
use rust_decimal::Decimal;

/// Kinds of quantity that can be compared with each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Count,
    Ordinal,
    Percent,
    Money,
    /// In days, whatever unit the text counts in.
    Duration,
    /// As a day number, `year * 10000 + month * 100 + day`: ordered, not arithmetic.
    Date,
}

/// A figure's value in a comparable form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quant {
    pub family: Family,
    /// Currency of money, upper case.
    pub unit: Option<String>,
    pub nominal: Decimal,
    pub low: Option<Decimal>,
    pub high: Option<Decimal>,
    pub low_open: bool,
    pub high_open: bool,
    pub bound: Bound,
    /// "may have been", "possibly": the source only entertains the figure.
    pub possible: bool,
}

/// The interval reflected through zero: "-30" is 30, "below -30" is above 30.
fn mirrored(i: &Interval) -> Interval {
    Interval {
        nominal: -i.nominal,
        low: i.high.map(|h| -h),
        high: i.low.map(|l| -l),
        low_open: i.high_open,
        high_open: i.low_open,
        bound: match i.bound {
            Bound::AtLeast => Bound::AtMost,
            Bound::AtMost => Bound::AtLeast,
            other => other,
        },
    }
}

fn day_number(d: jiff::civil::Date) -> Decimal {
    Decimal::from(i64::from(d.year()) * 10_000 + i64::from(d.month()) * 100 + i64::from(d.day()))
}

impl Quant {
    /// The comparable value of a claim.
    pub fn of(claim: &Claim) -> Quant {
        Quant::from_value(
            claim.kind,
            &claim.value,
            claim.unit.as_deref(),
            claim.modality == Some(Modality::Possible),
        )
    }

    pub fn from_value(kind: Kind, value: &Value, unit: Option<&str>, possible: bool) -> Quant {
        let family = match kind {
            Kind::Count => Family::Count,
            Kind::Ordinal => Family::Ordinal,
            Kind::Percent => Family::Percent,
            Kind::Money => Family::Money,
            Kind::Duration => Family::Duration,
            Kind::Date => Family::Date,
        };
        let unit = unit.map(str::to_uppercase);
        match value {
            Value::Number(i) => {
                // A source's "returned -2.4%" and a draft's "lost 2.4%" tell one
                // figure: the sign is in the verb as often as in the number, so
                // figures wholly below zero are compared by their size.
                let i = if i.nominal < Decimal::ZERO && i.high.is_some_and(|h| h <= Decimal::ZERO) {
                    mirrored(i)
                } else {
                    i.clone()
                };
                Quant {
                    family,
                    unit,
                    nominal: i.nominal,
                    low: i.low,
                    high: i.high,
                    low_open: i.low_open,
                    high_open: i.high_open,
                    bound: i.bound,
                    possible,
                }
            }
            Value::Duration { unit: u, amount: i } => {
                let k = u.approx_days();
                Quant {
                    family: Family::Duration,
                    unit: None,
                    nominal: i.nominal * k,
                    low: i.low.map(|v| v * k),
                    high: i.high.map(|v| v * k),
                    low_open: i.low_open,
                    high_open: i.high_open,
                    bound: i.bound,
                    possible,
                }
            }
            Value::Date(d) => Quant {
                family: Family::Date,
                unit: None,
                nominal: day_number(d.low),
                low: Some(day_number(d.low)),
                high: Some(day_number(d.high)),
                low_open: false,
                high_open: false,
                bound: d.bound,
                possible,
            },
        }
    }

    /// Whether two figures can measure one quantity at all: the same family and,
    /// for money, the same currency when both name one.
    pub fn comparable(&self, other: &Quant) -> bool {
        self.family == other.family
            && match (&self.unit, &other.unit) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    }

    /// The figure's interval, in the comparable unit (days for durations and
    /// dates).
    pub fn interval(&self) -> Interval {
        Interval {
            nominal: self.nominal,
            low: self.low,
            high: self.high,
            low_open: self.low_open,
            high_open: self.high_open,
            bound: self.bound,
        }
    }

    /// Whether the value lies in the interval.
    pub fn contains_value(&self, v: Decimal) -> bool {
        self.interval().contains(v)
    }
}

/// Equal, allowing durations the slack of their unit conversion (24 months and
/// two years differ by a fraction of a day).
fn same_number(family: Family, a: Decimal, b: Decimal) -> bool {
    if family == Family::Duration {
        let slack = a.abs().max(b.abs()) * Decimal::new(2, 2);
        (a - b).abs() <= slack
    } else {
        a == b
    }
}

/// The figures state the same number: the same point, or for ranges and dates
/// the same ends.
pub fn same_figure(d: &Quant, s: &Quant) -> bool {
    let ends = |q: &Quant| matches!(q.bound, Bound::Range) || q.family == Family::Date;
    if ends(d) || ends(s) {
        return opt_same(d.family, d.low, s.low) && opt_same(d.family, d.high, s.high);
    }
    same_number(d.family, d.nominal, s.nominal)
}

fn opt_same(f: Family, a: Option<Decimal>, b: Option<Decimal>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => same_number(f, x, y),
        (None, None) => true,
        _ => false,
    }
}

/// The nominal numbers lie within 2.5% of each other: "two-thirds" and "66%",
/// a total and its rounding. Used only to decide that a figure is somewhere in
/// the material, never to raise a finding.
pub fn near(d: &Quant, s: &Quant) -> bool {
    d.family != Family::Date && {
        let slack = d.nominal.abs().max(s.nominal.abs()) * Decimal::new(25, 3);
        (d.nominal - s.nominal).abs() <= slack
    }
}

/// A bare figure that is the source's bare figure rounded to the draft's
/// precision, with at least two significant digits: "49 million" for "48.6
/// million", "120" for "118". One digit ("40" for "43") is too coarse to pass.
fn rounds_to(s: &Quant, d: &Quant) -> bool {
    if d.bound != Bound::Exact || s.bound != Bound::Exact || d.family == Family::Date {
        return false;
    }
    let sig = significant_digits(d.nominal);
    if sig < 2 || sig >= significant_digits(s.nominal) {
        return false;
    }
    s.nominal.round_sf(sig).is_some_and(|r| r == d.nominal)
}

/// `inner` lies inside `outer`.
fn within(inner: &Quant, outer: &Quant) -> bool {
    let low_ok = match (outer.low, inner.low) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(o), Some(i)) => o < i || (o == i && (!outer.low_open || inner.low_open)),
    };
    let high_ok = match (outer.high, inner.high) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(o), Some(i)) => i < o || (o == i && (!outer.high_open || inner.high_open)),
    };
    low_ok && high_ok
}

/// No value lies in both.
fn disjoint(a: &Quant, b: &Quant) -> bool {
    let below = |x: &Quant, y: &Quant| match (x.high, y.low) {
        (Some(h), Some(l)) => h < l || (h == l && (x.high_open || y.low_open)),
        _ => false,
    };
    below(a, b) || below(b, a)
}

/// How a draft figure stands to a source figure taken to measure the same thing.
///
/// In order: the same number agrees ("more than a fifth" for "20%"), unless
/// the draft states it bare where the source hedged it (hedge dropped) or the
/// two hedge it in opposite directions ("more than 2,000", "nearly 2,000":
/// conflict); a draft no narrower than the source agrees, and so does a bare
/// figure that is the source's rounded to two or more significant digits ("49
/// million" for "48.6 million"); no value in common is a conflict; a bare
/// figure inside a hedged or vague one is false precision ("123" in "around
/// 120"); the same hedge around another number is a changed figure (conflict);
/// anything else is strained and raises nothing. Dates only agree or conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// The draft says what the source says, or less.
    Agree,
    /// The same number, stated flatly where the source hedged it.
    HedgeDropped,
    /// A precise figure inside a vaguer one, but not the source's own number.
    FalsePrecision,
    /// The intervals overlap but differ in a way that proves nothing.
    Strained,
    /// No value satisfies both, or the same hedge with another number.
    Conflict,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Agree => "agree",
            Relation::HedgeDropped => "hedge-dropped",
            Relation::FalsePrecision => "false-precision",
            Relation::Strained => "strained",
            Relation::Conflict => "conflict",
        }
    }

    /// The draft figure can stand on this source figure (possibly with a finding).
    pub fn is_consistent(self) -> bool {
        self != Relation::Conflict
    }
}

/// The relation of draft figure `d` to source figure `s`. The order of the tests
/// is the policy: the same number agrees unless the draft dropped a hedge; a
/// draft no narrower than the source agrees; no common value conflicts; a flat
/// figure inside a hedged one is false precision; the same hedge around another
/// number is a changed figure; anything else is only strained.
pub fn relate(d: &Quant, s: &Quant) -> Relation {
    if d.family == Family::Date {
        // A date more precise than the source's ("November 2025" in "2025") is
        // other information, not false precision.
        return if disjoint(d, s) {
            Relation::Conflict
        } else {
            Relation::Agree
        };
    }
    let vague_source = matches!(s.bound, Bound::Range | Bound::Vague);
    // Opposite hedges around one number ("more than 2,000", "nearly 2,000")
    // leave no value in common: a conflict, whatever the shared number.
    let opposite = d.bound != Bound::Exact && s.bound != Bound::Exact && disjoint(d, s);
    if same_figure(d, s)
        && !opposite
        && !(vague_source && d.bound == Bound::Exact && s.low != s.high)
    {
        // The bound's hedge is dropped when the draft states the number bare;
        // the modal one when the source entertains it and the draft asserts it.
        // A draft that itself entertains the figure ("it could take only
        // two" for "maybe two") keeps the doubt.
        let dropped =
            d.bound == Bound::Exact && !d.possible && (s.bound != Bound::Exact || s.possible);
        return if dropped {
            Relation::HedgeDropped
        } else {
            Relation::Agree
        };
    }
    // "More than 460 people" for "more than 640": a bound restated with
    // another number that is no rounder ("more than 600" would be) is
    // another number, though it still holds.
    let one_sided = |q: &Quant| matches!(q.bound, Bound::AtLeast | Bound::AtMost);
    if one_sided(d)
        && d.bound == s.bound
        && d.nominal != s.nominal
        && significant_digits(d.nominal) >= significant_digits(s.nominal)
        && d.family != Family::Date
    {
        return Relation::Conflict;
    }
    if within(s, d) || rounds_to(s, d) {
        return Relation::Agree;
    }
    if disjoint(d, s) {
        return Relation::Conflict;
    }
    if d.bound == Bound::Exact && within(d, s) {
        return Relation::FalsePrecision;
    }
    if d.bound == s.bound {
        return Relation::Conflict;
    }
    Relation::Strained
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimcheck_claims::Interval;

    fn n(v: i64) -> Decimal {
        Decimal::from(v)
    }
    fn q(i: Interval) -> Quant {
        Quant::from_value(Kind::Count, &Value::Number(i), None, false)
    }
    fn tol() -> Decimal {
        Decimal::new(1, 1)
    }

    #[test]
    fn relations_follow_the_hedges() {
        let exact = |v| q(Interval::exact(n(v)));
        let about = |v| q(Interval::approx(n(v), tol()));
        let up_to = |v| q(Interval::at_most(n(v), false, Some(Decimal::ZERO)));
        let more_than = |v| q(Interval::at_least(n(v), true));
        let hundreds = q(Interval::vague(n(200), Some(n(999))));

        assert_eq!(relate(&exact(118), &exact(118)), Relation::Agree);
        assert_eq!(relate(&about(120), &exact(118)), Relation::Agree);
        assert_eq!(relate(&exact(113), &exact(118)), Relation::Conflict);
        assert_eq!(relate(&exact(140), &about(140)), Relation::HedgeDropped);
        assert_eq!(relate(&exact(60), &up_to(60)), Relation::HedgeDropped);
        // A bound restated with another number, no rounder: another number.
        assert_eq!(relate(&more_than(460), &more_than(640)), Relation::Conflict);
        assert_eq!(relate(&more_than(600), &more_than(640)), Relation::Agree);
        // "it could take only two" keeps the doubt of "maybe two".
        let could = Quant::from_value(
            Kind::Count,
            &Value::Number(Interval::exact(n(2))),
            None,
            true,
        );
        assert_eq!(relate(&could, &about(2)), Relation::Agree);
        assert_eq!(relate(&exact(123), &about(120)), Relation::FalsePrecision);
        assert_eq!(relate(&exact(340), &hundreds), Relation::FalsePrecision);
        assert_eq!(relate(&about(125), &about(120)), Relation::Conflict);
        assert_eq!(relate(&up_to(120), &up_to(1500)), Relation::Conflict);
        assert_eq!(relate(&more_than(20), &exact(20)), Relation::Agree);
        assert_eq!(relate(&more_than(50), &exact(48)), Relation::Conflict);
        assert_eq!(relate(&about(1400), &up_to(1500)), Relation::Strained);
        assert_eq!(relate(&exact(120), &exact(118)), Relation::Agree);
        assert_eq!(relate(&exact(40), &exact(43)), Relation::Conflict);
        assert_eq!(
            relate(&exact(49_000_000), &exact(48_600_000)),
            Relation::Agree
        );
        let nearly = q(Interval::just_below(n(2000), tol()));
        assert_eq!(relate(&more_than(2000), &nearly), Relation::Conflict);
    }

    #[test]
    fn signs_are_left_to_the_words() {
        // "lost 2.4%" against "returned -2.4%"; "below -30" is a floor of 30.
        let loss = q(Interval::exact(Decimal::new(-24, 1)));
        assert_eq!(
            relate(&q(Interval::exact(Decimal::new(24, 1))), &loss),
            Relation::Agree
        );
        let below = q(Interval::at_most(n(-30), true, None));
        assert_eq!(
            (below.bound, below.low, below.high),
            (Bound::AtLeast, Some(n(30)), None)
        );
        // A range across zero keeps its sign.
        assert_eq!(q(Interval::range(n(-5), n(5))).low, Some(n(-5)));
    }

    #[test]
    fn a_flagged_possibility_is_a_hedge() {
        let maybe = Quant::from_value(
            Kind::Count,
            &Value::Number(Interval::exact(n(60))),
            None,
            true,
        );
        assert_eq!(
            relate(&q(Interval::exact(n(60))), &maybe),
            Relation::HedgeDropped
        );
    }

    #[test]
    fn durations_compare_across_units() {
        use claimcheck_claims::TimeUnit;
        let dur = |u, v| {
            Quant::from_value(
                Kind::Duration,
                &Value::Duration {
                    unit: u,
                    amount: Interval::exact(n(v)),
                },
                None,
                false,
            )
        };
        assert_eq!(
            relate(&dur(TimeUnit::Month, 24), &dur(TimeUnit::Year, 2)),
            Relation::Agree
        );
        let range = Quant::from_value(
            Kind::Duration,
            &Value::Duration {
                unit: TimeUnit::Month,
                amount: Interval::range(n(18), n(24)),
            },
            None,
            false,
        );
        assert_eq!(relate(&range, &dur(TimeUnit::Month, 18)), Relation::Agree);
    }
}
