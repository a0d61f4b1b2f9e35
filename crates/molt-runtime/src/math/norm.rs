//! Accurate sums: `hypot` and `dist` (CPython 3.11's `vector_norm`:
//! power-of-two scaling, Veltkamp-Dekker squaring, compensated summation
//! and a differential correction of the square root) and `fsum`
//! (Shewchuk's exact partial sums, correctly rounded at the end).

use super::libm;
use crate::exc::{overflow_error, value_error, PyResult};
use crate::float::real_to_f64;
use crate::iterbuiltins::{collect, Iter, Owned};
use crate::value::decref;
use crate::Value;

/// `sqrt(sum(x*x for x in v))` for finite `v` with `max == max(v)` (all
/// `v` are nonnegative), infinities and NaNs signalled by `max` and
/// `found_nan`; the same algorithm as CPython 3.11, so the same bits.
fn vector_norm(v: &[f64], max: f64, found_nan: bool) -> f64 {
    // Veltkamp's splitting constant, 2**27 + 1.
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    // `sum += x` keeping the rounding error of each addition in `frac`
    // (|sum| >= |x| always: sum starts at 1.0 and the terms are below 1).
    fn add(sum: &mut f64, frac: &mut f64, x: f64) {
        let old = *sum;
        *sum += x;
        *frac += (old - *sum) + x;
    }
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    let (_, max_e) = libm::frexp(max);
    if max_e < -1023 {
        // Scaling by 2**-max_e would overflow: divide by max instead.
        let (mut sum, mut frac) = (1.0, 0.0);
        for &x in v {
            let x = x / max;
            add(&mut sum, &mut frac, x * x);
        }
        return max * (sum - 1.0 + frac).sqrt();
    }
    let scale = libm::ldexp(1.0, -max_e);
    let (mut sum, mut frac1, mut frac2, mut frac3) = (1.0, 0.0, 0.0, 0.0);
    for &x in v {
        // Exact: x*x == hi*hi + 2*hi*lo + lo*lo.
        let (hi, lo) = split(x * scale);
        add(&mut sum, &mut frac1, hi * hi);
        add(&mut sum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (sum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    // Subtract h*h exactly, then correct h by the first-order term.
    let (hi, lo) = split(h);
    add(&mut sum, &mut frac1, -hi * hi);
    add(&mut sum, &mut frac2, -2.0 * hi * lo);
    add(&mut sum, &mut frac3, -lo * lo);
    let x = sum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// The norm of the absolute values `v` (changed in place).
fn norm_of(v: &mut [f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in v.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(v, max, found_nan)
}

/// `math.hypot(x, y)` of two floats.
pub fn hypot2(x: f64, y: f64) -> PyResult<f64> {
    Ok(norm_of(&mut [x, y]))
}

/// `math.hypot(*coordinates)`.
pub fn hypot(args: &[Value]) -> PyResult<f64> {
    let mut v = args
        .iter()
        .map(|&a| real_to_f64(a))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(norm_of(&mut v))
}

/// `math.dist(p, q)`: both are made tuples first, as CPython does.
pub fn dist(p: Value, q: Value) -> PyResult<f64> {
    let p = Owned(collect(p)?);
    let q = Owned(collect(q)?);
    if p.0.len() != q.0.len() {
        return value_error("both points must have the same number of dimensions");
    }
    let mut v = Vec::with_capacity(p.0.len());
    for (&a, &b) in p.0.iter().zip(&q.0) {
        let a = real_to_f64(a)?;
        let b = real_to_f64(b)?;
        v.push(a - b);
    }
    Ok(norm_of(&mut v))
}

/// `math.fsum(iterable)`.
pub fn fsum(iterable: Value) -> PyResult<f64> {
    let it = Iter::new(iterable)?;
    // Nonoverlapping partial sums, increasing in magnitude; their exact
    // sum is the exact sum of the finite items so far.
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = it.next()? {
        let x = real_to_f64(item);
        decref(item);
        let mut x = x?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // An infinity or NaN item, or an overflow of the sum.
                if xsave.is_finite() {
                    return overflow_error("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return value_error("-inf + inf in fsum");
        }
        return Ok(special_sum);
    }
    // Add the partials from the top until the sum becomes inexact.
    let Some(mut hi) = partials.pop() else {
        return Ok(0.0);
    };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Round half to even across the partials: the rest pushes a tie the
    // way of its sign.
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norms_as_cpython() {
        // python3.11: math.hypot(3, 4) == 5.0; math.hypot(1e-320, 1e-320) == 1.414e-320;
        // math.hypot(1.5, 2.5, 3.5) == 4.55521678957215
        assert_eq!(hypot2(3.0, 4.0), Ok(5.0));
        assert_eq!(hypot2(1e-320, 1e-320), Ok(1.414e-320));
        assert_eq!(norm_of(&mut [1.5, 2.5, 3.5]), 4.55521678957215);
        assert_eq!(hypot2(f64::NAN, f64::INFINITY), Ok(f64::INFINITY));
    }
}
