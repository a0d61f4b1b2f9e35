//! The `math` module's core functions, with CPython's error rules.

use crate::exc::{overflow_error, ret, type_error, value_error, zero_division, PyResult};
use crate::float::{integral_to_int, real_to_f64, ret_f64};
use crate::int::{self, as_int, int_from_big, IntRef};
use crate::value::{float_value, type_name};
use crate::Value;
use num_integer::Integer;
use num_traits::{Signed, Zero};

/// CPython's `math_1`: applies `f` and maps NaN/inf results to errors.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return value_error("math domain error");
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow {
            overflow_error("math range error")
        } else {
            value_error("math domain error")
        };
    }
    Ok(r)
}

/// `math.sqrt(x)` on an f64.
pub fn sqrt(x: f64) -> PyResult<f64> {
    math_1(x, f64::sqrt, false)
}

/// `math.sin(x)` on an f64.
pub fn sin(x: f64) -> PyResult<f64> {
    math_1(x, f64::sin, false)
}

/// `math.cos(x)` on an f64.
pub fn cos(x: f64) -> PyResult<f64> {
    math_1(x, f64::cos, false)
}

/// `math.exp(x)` on an f64.
pub fn exp(x: f64) -> PyResult<f64> {
    math_1(x, f64::exp, true)
}

/// CPython's `m_log` with its domain errors.
pub fn log_f64(x: f64) -> PyResult<f64> {
    if x.is_finite() {
        if x > 0.0 {
            return Ok(x.ln());
        }
        return value_error("math domain error");
    }
    if x.is_nan() || x > 0.0 {
        return Ok(x);
    }
    value_error("math domain error")
}

/// CPython's `loghelper`: natural log of an int (any size) or float.
pub fn log_value(v: Value) -> PyResult<f64> {
    log_with(v, f64::ln)
}

/// CPython's `loghelper` for any of `log`, `log2`, `log10` (`f`): an int
/// too big for a float is `f(m) + f(2) * e` with `int = m * 2**e`.
fn log_with(v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let checked = |x: f64| -> PyResult<f64> {
        if x.is_finite() {
            if x > 0.0 {
                return Ok(f(x));
            }
            return value_error("math domain error");
        }
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        value_error("math domain error")
    };
    if let Some(i) = as_int(v) {
        if i.is_negative() || i.is_zero() {
            return value_error("math domain error");
        }
        return match int::to_f64(i) {
            Some(x) => checked(x),
            None => {
                let (m, e) = int::frexp(i);
                Ok(f(m) + f(2.0) * e as f64)
            }
        };
    }
    checked(real_to_f64(v)?)
}

/// `math.log2(x)`.
#[no_mangle]
pub extern "C" fn molt_math_log2(v: Value) -> Value {
    boxed(log_with(v, f64::log2))
}

/// `math.log10(x)`.
#[no_mangle]
pub extern "C" fn molt_math_log10(v: Value) -> Value {
    boxed(log_with(v, f64::log10))
}

/// `math.log(x, base)`.
pub fn log2arg(x: Value, base: Value) -> PyResult<f64> {
    let num = log_value(x)?;
    let den = log_value(base)?;
    if den == 0.0 {
        return zero_division("float division by zero");
    }
    Ok(num / den)
}

/// `math.floor(v)` / `math.ceil(v)`: ints pass through, floats convert.
fn floor_ceil(v: Value, f: fn(f64) -> f64) -> PyResult<Value> {
    if let Some(i) = as_int(v) {
        return Ok(int::add(i, IntRef::Small(0)));
    }
    integral_to_int(f(real_to_f64(v)?))
}

/// `math.isqrt(v)`.
pub fn isqrt(v: Value) -> PyResult<Value> {
    let Some(i) = as_int(v) else {
        return type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ));
    };
    if i.is_negative() {
        return value_error("isqrt() argument must be nonnegative");
    }
    Ok(int_from_big(i.big().sqrt()))
}

/// `math.gcd(*args)`.
pub fn gcd(args: &[Value]) -> PyResult<Value> {
    let mut g = num_bigint::BigInt::zero();
    for &a in args {
        let Some(i) = as_int(a) else {
            return type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(a)
            ));
        };
        g = g.gcd(i.big().as_ref());
    }
    Ok(int_from_big(g.abs()))
}

fn boxed(r: PyResult<f64>) -> Value {
    ret(r.map(float_value))
}

macro_rules! export_unary {
    ($($name:ident, $fast:ident => $f:path, $doc:literal;)*) => {$(
        #[doc = concat!("`", $doc, "` on any real value, returning a float.")]
        #[no_mangle]
        pub extern "C" fn $name(v: Value) -> Value {
            boxed(real_to_f64(v).and_then($f))
        }
        #[doc = concat!("`", $doc, "` on an unboxed f64.")]
        #[no_mangle]
        pub extern "C" fn $fast(x: f64) -> f64 {
            ret_f64($f(x))
        }
    )*};
}

export_unary! {
    molt_math_sqrt, molt_math_sqrt_f64 => sqrt, "math.sqrt(x)";
    molt_math_sin, molt_math_sin_f64 => sin, "math.sin(x)";
    molt_math_cos, molt_math_cos_f64 => cos, "math.cos(x)";
    molt_math_exp, molt_math_exp_f64 => exp, "math.exp(x)";
}

/// `math.log(x)` on any real value (huge ints included).
#[no_mangle]
pub extern "C" fn molt_math_log(v: Value) -> Value {
    boxed(log_value(v))
}

/// `math.log(x)` on an unboxed f64.
#[no_mangle]
pub extern "C" fn molt_math_log_f64(x: f64) -> f64 {
    ret_f64(log_f64(x))
}

/// `math.log(x, base)`.
#[no_mangle]
pub extern "C" fn molt_math_log2arg(x: Value, base: Value) -> Value {
    boxed(log2arg(x, base))
}

/// `math.fabs(x)`.
#[no_mangle]
pub extern "C" fn molt_math_fabs(v: Value) -> Value {
    boxed(real_to_f64(v).map(f64::abs))
}

/// `math.floor(x)` as an int.
#[no_mangle]
pub extern "C" fn molt_math_floor(v: Value) -> Value {
    ret(floor_ceil(v, f64::floor))
}

/// `math.ceil(x)` as an int.
#[no_mangle]
pub extern "C" fn molt_math_ceil(v: Value) -> Value {
    ret(floor_ceil(v, f64::ceil))
}

/// `math.floor(x)` of an unboxed f64, as an int value.
#[no_mangle]
pub extern "C" fn molt_math_floor_f64(x: f64) -> Value {
    ret(integral_to_int(x.floor()))
}

/// `math.ceil(x)` of an unboxed f64, as an int value.
#[no_mangle]
pub extern "C" fn molt_math_ceil_f64(x: f64) -> Value {
    ret(integral_to_int(x.ceil()))
}

/// `math.isqrt(v)`.
#[no_mangle]
pub extern "C" fn molt_math_isqrt(v: Value) -> Value {
    ret(isqrt(v))
}

/// `math.gcd(*args)`.
#[no_mangle]
pub unsafe extern "C" fn molt_math_gcd(args: *const Value, n: usize) -> Value {
    // SAFETY: the caller passes `n` readable values at `args`.
    ret(gcd(unsafe { crate::builtins::slice(args, n) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_of_huge_ints() {
        // python3.11: math.log(10**400) == 921.0340371976182; math.log(10**400, 10) == 399.99999999999994
        let big = int_from_big(num_traits::pow(num_bigint::BigInt::from(10), 400));
        assert_eq!(log_value(big), Ok(921.0340371976182));
        assert_eq!(
            log2arg(big, crate::value::small(10)),
            Ok(399.99999999999994)
        );
        assert_eq!(
            log2arg(crate::value::small(8), crate::value::small(2)),
            Ok(3.0)
        );
        crate::value::decref(big);
        // python3.11: math.log(2**1024 - 2**970) == 709.782712893384;
        // math.log(2**5000+1) == 3465.7359027997263; math.log(3**3000, 2) == 4754.8875021634685
        let p2 = |k: u32| num_bigint::BigInt::from(1) << k;
        let v = int_from_big(p2(1024) - p2(970));
        assert_eq!(log_value(v), Ok(709.782712893384));
        crate::value::decref(v);
        let v = int_from_big(p2(5000) + 1);
        assert_eq!(log_value(v), Ok(3465.7359027997263));
        crate::value::decref(v);
        let v = int_from_big(num_traits::pow(num_bigint::BigInt::from(3), 3000));
        assert_eq!(log2arg(v, crate::value::small(2)), Ok(4754.8875021634685));
        crate::value::decref(v);
    }
}
