//! The float functions of `math` on `f64`s, with CPython 3.11's special
//! cases and errors: ValueError `math domain error` where C99 signals
//! "invalid" or "divide-by-zero", OverflowError `math range error` where it
//! signals "overflow".

use super::libm;
use crate::exc::{overflow_error, type_error, value_error, PyResult};
use crate::int::as_int;
use crate::Value;

/// `ValueError: math domain error`.
pub(super) fn domain<T>() -> PyResult<T> {
    value_error("math domain error")
}

/// `OverflowError: math range error`.
pub(super) fn range<T>() -> PyResult<T> {
    overflow_error("math range error")
}

/// CPython's `math_1`: `f(x)`, a NaN from a non-NaN is a domain error, an
/// infinity from a finite `x` an overflow (`can_overflow`) or a domain
/// error (a singularity).
fn math_1(x: f64, f: impl Fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range() } else { domain() };
    }
    Ok(r)
}

/// CPython's `math_2` errors for `r = f(x, y)`: a NaN from non-NaNs is a
/// domain error, an infinity from finite arguments an overflow.
fn math_2(x: f64, y: f64, r: f64) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return range();
    }
    Ok(r)
}

macro_rules! unary {
    ($($name:ident = $f:expr, $can_overflow:expr;)*) => {$(
        #[doc = concat!("`math.", stringify!($name), "(x)`.")]
        pub fn $name(x: f64) -> PyResult<f64> {
            math_1(x, $f, $can_overflow)
        }
    )*};
}

unary! {
    acos = libm::acos, false;
    acosh = libm::acosh, false;
    asin = libm::asin, false;
    asinh = libm::asinh, false;
    atan = libm::atan, false;
    atanh = libm::atanh, false;
    cbrt = libm::cbrt, false;
    cos = libm::cos, false;
    cosh = libm::cosh, true;
    exp = libm::exp, true;
    exp2 = libm::exp2, true;
    expm1 = libm::expm1, true;
    log1p = log1p_signed, false;
    sin = libm::sin, false;
    sinh = libm::sinh, true;
    sqrt = f64::sqrt, false;
    tan = libm::tan, false;
    tanh = libm::tanh, false;
}

/// `log1p` keeping the sign of a zero (CPython's `_Py_log1p`).
fn log1p_signed(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        libm::log1p(x)
    }
}

/// `math.erf(x)`: the C library's, which never fails.
pub fn erf(x: f64) -> PyResult<f64> {
    Ok(libm::erf(x))
}

/// `math.erfc(x)`: the C library's (an underflow to 0 is not an error).
pub fn erfc(x: f64) -> PyResult<f64> {
    Ok(libm::erfc(x))
}

/// `math.fabs(x)`.
pub fn fabs(x: f64) -> PyResult<f64> {
    Ok(x.abs())
}

/// `x * (180 / pi)` with the quotient rounded first, as CPython does.
pub fn degrees(x: f64) -> PyResult<f64> {
    Ok(x * (180.0 / std::f64::consts::PI))
}

/// `x * (pi / 180)` with the quotient rounded first, as CPython does.
pub fn radians(x: f64) -> PyResult<f64> {
    Ok(x * (std::f64::consts::PI / 180.0))
}

/// A logarithm of a float (`f` is `log`, `log2` or `log10`): CPython's
/// `m_log` special cases, then `math_1`'s errors.
pub fn log_of(x: f64, f: impl Fn(f64) -> f64) -> PyResult<f64> {
    if x.is_finite() {
        if x > 0.0 {
            return Ok(f(x));
        }
        return domain();
    }
    if x.is_nan() || x > 0.0 {
        return Ok(x);
    }
    domain()
}

/// `math.log(x)` of a float.
pub fn log(x: f64) -> PyResult<f64> {
    log_of(x, libm::log)
}

/// `math.log2(x)` of a float.
pub fn log2(x: f64) -> PyResult<f64> {
    log_of(x, libm::log2)
}

/// `math.log10(x)` of a float.
pub fn log10(x: f64) -> PyResult<f64> {
    log_of(x, libm::log10)
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
pub fn ulp(x: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(x);
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // The largest float: measure the gap below it.
        return Ok(x - libm::nextafter(x, f64::NEG_INFINITY));
    }
    Ok(up - x)
}

/// `math.atan2(y, x)`, with C99's special values decided before libm.
pub fn atan2(y: f64, x: f64) -> PyResult<f64> {
    use std::f64::consts::PI;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        let a = if !x.is_infinite() {
            0.5 * PI
        } else if x.is_sign_positive() {
            0.25 * PI
        } else {
            0.75 * PI
        };
        a.copysign(y)
    } else if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        }
    } else {
        libm::atan2(y, x)
    };
    math_2(y, x, r)
}

/// `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> PyResult<f64> {
    Ok(x.copysign(y))
}

/// `math.fmod(x, y)`.
pub fn fmod(x: f64, y: f64) -> PyResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    math_2(x, y, libm::fmod(x, y))
}

/// `math.nextafter(x, y)`.
pub fn nextafter(x: f64, y: f64) -> PyResult<f64> {
    Ok(libm::nextafter(x, y))
}

/// `math.pow(x, y)`: IEEE special values decided here, finite powers by
/// libm; `0 ** -y` is a domain error, an overflow a range error.
pub fn pow(x: f64, y: f64) -> PyResult<f64> {
    if x.is_finite() && y.is_finite() {
        let r = libm::pow(x, y);
        if r.is_nan() {
            return domain();
        }
        if r.is_infinite() {
            return if x == 0.0 { domain() } else { range() };
        }
        return Ok(r);
    }
    Ok(if x.is_nan() {
        if y == 0.0 {
            1.0
        } else {
            x
        }
    } else if y.is_nan() {
        if x == 1.0 {
            1.0
        } else {
            y
        }
    } else if x.is_infinite() {
        let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
        if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0.0f64.copysign(x)
        } else {
            0.0
        }
    } else if x.abs() == 1.0 {
        1.0
    } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
        f64::INFINITY
    } else {
        0.0
    })
}

/// `math.remainder(x, y)`: `x - n*y` for the integer `n` nearest `x / y`
/// (ties to even), computed exactly.
pub fn remainder(x: f64, y: f64) -> PyResult<f64> {
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let (ax, ay) = (x.abs(), y.abs());
            let m = ax % ay;
            // Compare m with ay - m rather than with ay / 2, which may
            // round; ay - m is exact whenever the comparison matters.
            let c = ay - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                // Halfway: m if the quotient is even, -m if odd.
                m - 2.0 * ((0.5 * (ax - m)) % ay)
            };
            1.0f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    math_2(x, y, r)
}

/// `math.frexp(x)`: `(m, e)`; zeros, infinities and NaNs give `(x, 0)`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (m, e) = libm::frexp(x);
    (m, i64::from(e))
}

/// `math.modf(x)`: the fractional and integer parts, both with the sign
/// of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int = x.trunc();
    ((x - int).copysign(x), int)
}

/// `math.ldexp(x, i)` for an already converted `x`.
pub fn ldexp(x: f64, i: Value) -> PyResult<f64> {
    let Some(i) = as_int(i) else {
        return type_error("Expected an int as second argument to ldexp.");
    };
    // A huge exponent stands for its sign's extreme.
    let e = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if e > i64::from(i32::MAX) {
        return range();
    }
    if e < i64::from(i32::MIN) {
        return Ok(0.0f64.copysign(x));
    }
    let r = libm::ldexp(x, e as i32);
    if r.is_infinite() {
        return range();
    }
    Ok(r)
}

/// `math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> PyResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return value_error("tolerances must be non-negative");
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_values_as_cpython() {
        // python3.11: math.remainder(7, 2), remainder(-7, 2), remainder(5, 2)
        assert_eq!(remainder(7.0, 2.0), Ok(-1.0));
        assert_eq!(remainder(-7.0, 2.0), Ok(1.0));
        assert_eq!(remainder(5.0, 2.0), Ok(1.0));
        // math.atan2(0.0, -0.0) == pi; math.pow(float('nan'), 0) == 1.0
        assert_eq!(atan2(0.0, -0.0), Ok(std::f64::consts::PI));
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
        // math.modf(-3.0) == (-0.0, -3.0); math.frexp(5e-324) == (0.5, -1073)
        let (f, i) = modf(-3.0);
        assert!(f == 0.0 && f.is_sign_negative() && i == -3.0);
        assert_eq!(frexp(5e-324), (0.5, -1073));
        // math.ulp(1.7976931348623157e308) == 1.99584030953472e+292
        assert_eq!(ulp(f64::MAX), Ok(1.99584030953472e292));
        assert_eq!(isclose(1.0, 1.0000000001, 1e-9, 0.0), Ok(true));
    }
}
