//! The integer functions of `math`: `factorial`, `comb`, `perm`, `gcd`,
//! `lcm`, `isqrt`. Results are exact; products are split in halves so the
//! big multiplications are balanced (as CPython does).

use crate::exc::{overflow_error, type_error, value_error, PyResult};
use crate::int::{as_int, int_from_big, IntRef};
use crate::value::{type_name, NONE, UNBOUND};
use crate::Value;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `operator.index(v)` for the int arguments of `math`.
fn index<'a>(v: Value) -> PyResult<IntRef<'a>> {
    match as_int(v) {
        Some(i) => Ok(i),
        None => type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )),
    }
}

/// `lo * (lo + 1) * ... * (hi - 1)`.
fn range_product(lo: u64, hi: u64) -> BigUint {
    let n = hi - lo;
    if n == 0 {
        return BigUint::one();
    }
    let bits = 64 - (hi - 1).leading_zeros() as u64;
    if n * bits <= 64 {
        return BigUint::from((lo..hi).product::<u64>());
    }
    let mid = lo + n / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// `math.factorial(n)`.
pub fn factorial(v: Value) -> PyResult<Value> {
    let i = index(v)?;
    if i.is_negative() {
        return value_error("factorial() not defined for negative values");
    }
    let Some(n) = i.to_i64() else {
        return overflow_error(&format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ));
    };
    Ok(int_from_big(BigInt::from(range_product(1, n as u64 + 1))))
}

/// `P(n, k)` (`comb` false) or `C(n, k)` for `k <= n`, by
/// `P(n, k) = P(n, j) * P(n-j, k-j)` and
/// `C(n, k) = C(n, j) * C(n-j, k-j) / C(k, j)` with `j = k / 2`.
fn perm_comb(n: &BigUint, k: u64, comb: bool) -> BigUint {
    if k == 0 {
        return BigUint::one();
    }
    if k == 1 {
        return n.clone();
    }
    if let Some(n) = n.to_u64() {
        // P(n, k) < 2**(bits(n) * k): small ones in u128 (for C, every
        // intermediate C(n, i) * (n - i) is at most P(n, i + 1)).
        let bits = 64 - u64::from(n.leading_zeros());
        if bits * k <= 128 {
            let mut r: u128 = 1;
            for i in 0..k {
                r *= u128::from(n - i);
                if comb {
                    r /= u128::from(i + 1);
                }
            }
            return BigUint::from(r);
        }
    }
    let j = k / 2;
    let a = perm_comb(n, j, comb);
    let b = perm_comb(&(n - j), k - j, comb);
    let r = a * b;
    if comb {
        r / perm_comb(&BigUint::from(k), j, true)
    } else {
        r
    }
}

/// The two nonnegative int arguments of `comb` and `perm`.
fn comb_args(n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let (n, k) = (index(n)?, index(k)?);
    if n.is_negative() {
        return value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return value_error("k must be a non-negative integer");
    }
    Ok((n.big().into_owned(), k.big().into_owned()))
}

/// `math.comb(n, k)`.
pub fn comb(n: Value, k: Value) -> PyResult<Value> {
    let (n, k) = comb_args(n, k)?;
    if n < k {
        return Ok(int_from_big(BigInt::zero()));
    }
    let rest = &n - &k;
    let k = k.min(rest);
    let Some(k) = k.to_i64() else {
        return overflow_error(&format!("min(n - k, k) must not exceed {}", i64::MAX));
    };
    let n = n.magnitude();
    Ok(int_from_big(BigInt::from(perm_comb(n, k as u64, true))))
}

/// `math.perm(n, k)`; `k` absent or None is `factorial(n)`.
pub fn perm(n: Value, k: Value) -> PyResult<Value> {
    if k == UNBOUND || k == NONE {
        return factorial(n);
    }
    let (n, k) = comb_args(n, k)?;
    if n < k {
        return Ok(int_from_big(BigInt::zero()));
    }
    let Some(k) = k.to_i64() else {
        return overflow_error(&format!("k must not exceed {}", i64::MAX));
    };
    Ok(int_from_big(BigInt::from(perm_comb(
        n.magnitude(),
        k as u64,
        false,
    ))))
}

/// `math.gcd(*integers)`.
pub fn gcd(args: &[Value]) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for &a in args {
        let i = index(a)?;
        if !g.is_one() {
            g = g.gcd(i.big().as_ref());
        }
    }
    Ok(int_from_big(g.abs()))
}

/// `math.lcm(*integers)`.
pub fn lcm(args: &[Value]) -> PyResult<Value> {
    let mut l = BigInt::one();
    for &a in args {
        let i = index(a)?;
        if !l.is_zero() {
            l = l.lcm(i.big().as_ref());
        }
    }
    Ok(int_from_big(l.abs()))
}

/// `math.isqrt(n)`.
pub fn isqrt(v: Value) -> PyResult<Value> {
    let i = index(v)?;
    if i.is_negative() {
        return value_error("isqrt() argument must be nonnegative");
    }
    Ok(int_from_big(i.big().sqrt()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perm_comb_match_formulas() {
        let fact = |n: u64| range_product(1, n + 1);
        for n in 0..70u64 {
            for k in 0..=n {
                let c = perm_comb(&BigUint::from(n), k, true);
                let p = perm_comb(&BigUint::from(n), k, false);
                assert_eq!(p, fact(n) / fact(n - k), "P({n}, {k})");
                assert_eq!(c, fact(n) / (fact(k) * fact(n - k)), "C({n}, {k})");
            }
        }
        // python3.11: math.comb(10**20, 3)
        let n = BigUint::from(10u32).pow(20);
        assert_eq!(
            perm_comb(&n, 3, true).to_string(),
            "166666666666666666661666666666666666666700000000000000000000"
        );
    }
}
