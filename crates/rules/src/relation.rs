//! Interval semantics for relations between figures.
//!
//! A relation between two intervals is *violated* when it fails for every value
//! in them, and *strained* when it holds for some values but fails at the figures
//! as written (their nominal points). Vague and one-sided figures ("dozens", "up
//! to 1,500") have no meaningful nominal point, so they are never strained.

use crate::expr::Cmp;
use claimcheck_claims::{Bound, Interval};
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Holds,
    Strained,
    Violated,
}

/// An interval's ends as (value, open); `None` is unbounded.
fn low(i: &Interval) -> Option<(Decimal, bool)> {
    i.low.map(|v| (v, i.low_open))
}

fn high(i: &Interval) -> Option<(Decimal, bool)> {
    i.high.map(|v| (v, i.high_open))
}

/// Every value of `a` is greater than every value of `b` (or ≥ when `or_equal`).
fn all_above(a: &Interval, b: &Interval, or_equal: bool) -> bool {
    match (low(a), high(b)) {
        (Some((la, oa)), Some((hb, ob))) => la > hb || (la == hb && (or_equal || oa || ob)),
        _ => false,
    }
}

fn disjoint(a: &Interval, b: &Interval) -> bool {
    all_above(a, b, false) || all_above(b, a, false)
}

fn has_nominal(i: &Interval) -> bool {
    matches!(i.bound, Bound::Exact | Bound::Approx)
}

fn nominal_holds(cmp: Cmp, l: Decimal, r: Decimal) -> bool {
    match cmp {
        Cmp::Le => l <= r,
        Cmp::Lt => l < r,
        Cmp::Ge => l >= r,
        Cmp::Gt => l > r,
        Cmp::Eq => l == r,
        Cmp::Ne => l != r,
    }
}

/// Judge `left CMP right`.
pub fn judge(left: &Interval, cmp: Cmp, right: &Interval) -> Verdict {
    let violated = match cmp {
        // left <= right fails everywhere when every left value is above every right value.
        Cmp::Le => all_above(left, right, false),
        Cmp::Lt => all_above(left, right, true),
        Cmp::Ge => all_above(right, left, false),
        Cmp::Gt => all_above(right, left, true),
        Cmp::Eq => disjoint(left, right),
        Cmp::Ne => {
            left.low.is_some()
                && left.low == left.high
                && right.low == right.high
                && left.low == right.low
                && !left.low_open
                && !right.low_open
        }
    };
    if violated {
        return Verdict::Violated;
    }
    if has_nominal(left) && has_nominal(right) && !nominal_holds(cmp, left.nominal, right.nominal) {
        return Verdict::Strained;
    }
    Verdict::Holds
}

/// Interval sum (`negate` subtracts `b`); `None` when it overflows the
/// decimal (figures near 7.9 × 10²⁸ say nothing a sum could check).
pub fn add(a: &Interval, b: &Interval, negate: bool) -> Option<Interval> {
    let (bl, bh, blo, bho) = if negate {
        (
            b.high.map(|v| -v),
            b.low.map(|v| -v),
            b.high_open,
            b.low_open,
        )
    } else {
        (b.low, b.high, b.low_open, b.high_open)
    };
    let nominal = if negate {
        a.nominal.checked_sub(b.nominal)?
    } else {
        a.nominal.checked_add(b.nominal)?
    };
    // An open end stays open; a finite end that overflows refuses the sum.
    let end = |x: Option<Decimal>, y: Option<Decimal>| -> Option<Option<Decimal>> {
        match x.zip(y) {
            Some((x, y)) => x.checked_add(y).map(Some),
            None => Some(None),
        }
    };
    let bound = if a.bound == Bound::Exact && b.bound == Bound::Exact {
        Bound::Exact
    } else if has_nominal(a) && has_nominal(b) {
        Bound::Approx
    } else {
        Bound::Range
    };
    Some(Interval {
        nominal,
        low: end(a.low, bl)?,
        high: end(a.high, bh)?,
        low_open: a.low_open || blo,
        high_open: a.high_open || bho,
        bound,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn recaptured_against_escaped() {
        let tol = Decimal::new(1, 1);
        let escaped = Interval::approx(d(120), tol);
        assert_eq!(
            judge(&Interval::approx(d(80), tol), Cmp::Le, &escaped),
            Verdict::Holds
        );
        assert_eq!(
            judge(&Interval::approx(d(180), tol), Cmp::Le, &escaped),
            Verdict::Violated
        );
        // 130 vs 120: the ranges overlap, the figures as written do not fit.
        assert_eq!(
            judge(&Interval::approx(d(130), tol), Cmp::Le, &escaped),
            Verdict::Strained
        );
        let sdf = Interval::at_most(d(1500), false, Some(d(0)));
        assert_eq!(
            judge(&Interval::approx(d(180), tol), Cmp::Le, &sdf),
            Verdict::Holds
        );
        assert_eq!(
            judge(&Interval::exact(d(1800)), Cmp::Le, &sdf),
            Verdict::Violated
        );
    }

    #[test]
    fn equality_and_vague() {
        let dozens = Interval::vague(d(24), Some(d(99)));
        assert_eq!(
            judge(&dozens, Cmp::Eq, &Interval::exact(d(90))),
            Verdict::Holds
        );
        assert_eq!(
            judge(&Interval::exact(d(89)), Cmp::Eq, &Interval::exact(d(90))),
            Verdict::Violated
        );
        assert_eq!(
            judge(&dozens, Cmp::Eq, &Interval::exact(d(7))),
            Verdict::Violated
        );
        let more = Interval::at_least(d(80), true);
        assert_eq!(
            judge(&more, Cmp::Le, &Interval::exact(d(80))),
            Verdict::Violated
        );
        assert_eq!(
            judge(
                &Interval::at_least(d(80), false),
                Cmp::Le,
                &Interval::exact(d(80))
            ),
            Verdict::Holds
        );
    }

    #[test]
    fn sums() {
        let s = add(&Interval::exact(d(26)), &Interval::exact(d(8)), false).unwrap();
        let s = add(&s, &Interval::exact(d(5)), false).unwrap();
        assert_eq!(
            judge(&s, Cmp::Eq, &Interval::exact(d(38))),
            Verdict::Violated
        );
        let diff = add(&Interval::exact(d(10)), &Interval::exact(d(3)), true).unwrap();
        // At the decimal's limit a sum is refused, not a panic.
        let max = Interval::exact(Decimal::MAX);
        assert!(add(&max, &max, false).is_none());
        assert!(add(&Interval::exact(Decimal::MIN), &max, true).is_none());
        assert_eq!(diff.nominal, d(7));
    }
}
