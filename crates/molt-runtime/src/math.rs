//! The `math` module: CPython 3.11's functions with its results and errors.
//!
//! Results are CPython's bit for bit: where CPython calls the C library
//! (most float functions) we call the same functions ([`libm`]); where it
//! has its own algorithm (`gamma`, `lgamma`, `hypot`, `dist`, `fsum`,
//! `remainder`, `ulp`, the logarithms of huge ints) the algorithm is ported.
//!
//! Entry points:
//! - `molt_math_call(items, n)`: `items[0]` is the function's id (a small
//!   int: its index in CPython's `dir(math)` order, which the compiler's
//!   `MathFn` shares), the rest its positional arguments; a wrong count
//!   raises CPython's TypeError;
//! - `molt_math_value(id)`: the function as a value (a function object that
//!   takes positional arguments);
//! - `molt_math_<name>_f64(x)` and `molt_math_<name>_f64(x, y)`: the float
//!   functions on unboxed floats (the error sentinel when they raise);
//! - `molt_math_isclose(a, b, rel_tol, abs_tol)` and
//!   `molt_math_prod(iterable, start)`: calls with keywords (an absent one
//!   is `UNBOUND`).

mod gamma;
mod ints;
mod libm;
mod norm;
mod real;

use crate::builtins::slice;
use crate::exc::{ret, type_error, zero_division, PyResult};
use crate::float::{integral_to_int, real_to_f64, ret_f64};
use crate::int::{self, as_int, int_from_i64, IntRef};
use crate::iterbuiltins::Iter;
use crate::ops::{binop, BinOp};
use crate::tuple::tuple_from_owned;
use crate::value::{
    bool_value, decref, float_value, incref, is_small, small, small_of, type_name, UNBOUND,
};
use crate::Value;

pub use molt_abi::MathFn;

use MathFn as M;

/// The function whose id is the small int `v`.
fn from_id(v: Value) -> Option<MathFn> {
    if !is_small(v) {
        return None;
    }
    usize::try_from(small_of(v))
        .ok()
        .and_then(|i| MathFn::ALL.get(i).copied())
}

/// The float implementations of the functions that have them.
trait FloatImpl {
    /// The function of one float returning a float, if it is one.
    fn unary(self) -> Option<fn(f64) -> PyResult<f64>>;
    /// The function of two floats returning a float, if it is one.
    fn binary(self) -> Option<fn(f64, f64) -> PyResult<f64>>;
}

impl FloatImpl for MathFn {
    /// The function of one float returning a float, if it is one.
    fn unary(self) -> Option<fn(f64) -> PyResult<f64>> {
        Some(match self {
            M::Acos => real::acos,
            M::Acosh => real::acosh,
            M::Asin => real::asin,
            M::Asinh => real::asinh,
            M::Atan => real::atan,
            M::Atanh => real::atanh,
            M::Cbrt => real::cbrt,
            M::Cos => real::cos,
            M::Cosh => real::cosh,
            M::Degrees => real::degrees,
            M::Erf => real::erf,
            M::Erfc => real::erfc,
            M::Exp => real::exp,
            M::Exp2 => real::exp2,
            M::Expm1 => real::expm1,
            M::Fabs => real::fabs,
            M::Gamma => gamma::gamma,
            M::Lgamma => gamma::lgamma,
            M::Log1p => real::log1p,
            M::Radians => real::radians,
            M::Sin => real::sin,
            M::Sinh => real::sinh,
            M::Sqrt => real::sqrt,
            M::Tan => real::tan,
            M::Tanh => real::tanh,
            M::Ulp => real::ulp,
            _ => return None,
        })
    }

    /// The function of two floats returning a float, if it is one.
    fn binary(self) -> Option<fn(f64, f64) -> PyResult<f64>> {
        Some(match self {
            M::Atan2 => real::atan2,
            M::Copysign => real::copysign,
            M::Fmod => real::fmod,
            M::Nextafter => real::nextafter,
            M::Pow => real::pow,
            M::Remainder => real::remainder,
            _ => return None,
        })
    }
}

/// CPython's TypeError for a call of `f` with `n` positional arguments,
/// in the words of the function's argument parser.
fn check_arity(f: MathFn, n: usize) -> PyResult<()> {
    let name = f.name();
    let msg = match f {
        M::Gcd | M::Hypot | M::Lcm => return Ok(()),
        M::Log if (1..=2).contains(&n) => return Ok(()),
        M::Log => "math.log requires 1 to 2 arguments".to_string(),
        M::Perm if n == 0 => "perm expected at least 1 argument, got 0".to_string(),
        M::Perm if n > 2 => format!("perm expected at most 2 arguments, got {n}"),
        M::Perm => return Ok(()),
        M::Isclose => match n {
            2 => return Ok(()),
            0 | 1 => format!(
                "isclose() missing required argument '{}' (pos {})",
                ["a", "b"][n],
                n + 1
            ),
            3 | 4 => format!("isclose() takes exactly 2 positional arguments ({n} given)"),
            _ => format!("isclose() takes at most 4 arguments ({n} given)"),
        },
        M::Prod => match n {
            1 => return Ok(()),
            0 | 2 => format!("prod() takes exactly 1 positional argument ({n} given)"),
            _ => format!("prod() takes at most 2 arguments ({n} given)"),
        },
        M::Atan2
        | M::Comb
        | M::Copysign
        | M::Dist
        | M::Fmod
        | M::Ldexp
        | M::Nextafter
        | M::Pow
        | M::Remainder => {
            if n == 2 {
                return Ok(());
            }
            format!("{name} expected 2 arguments, got {n}")
        }
        _ if n == 1 => return Ok(()),
        _ => format!("math.{name}() takes exactly one argument ({n} given)"),
    };
    type_error(&msg)
}

/// `math.f(*args)`.
fn call(f: MathFn, args: &[Value]) -> PyResult<Value> {
    check_arity(f, args.len())?;
    if let Some(g) = f.unary() {
        return Ok(float_value(g(real_to_f64(args[0])?)?));
    }
    if let Some(g) = f.binary() {
        let x = real_to_f64(args[0])?;
        let y = real_to_f64(args[1])?;
        return Ok(float_value(g(x, y)?));
    }
    let a0 = args.first().copied().unwrap_or(UNBOUND);
    let a1 = args.get(1).copied().unwrap_or(UNBOUND);
    let float = |r: PyResult<f64>| r.map(float_value);
    match f {
        M::Ceil => floor_ceil(a0, f64::ceil),
        M::Floor => floor_ceil(a0, f64::floor),
        M::Trunc => trunc(a0),
        M::Comb => ints::comb(a0, a1),
        M::Perm => ints::perm(a0, a1),
        M::Factorial => ints::factorial(a0),
        M::Gcd => ints::gcd(args),
        M::Lcm => ints::lcm(args),
        M::Isqrt => ints::isqrt(a0),
        M::Dist => float(norm::dist(a0, a1)),
        M::Hypot => float(norm::hypot(args)),
        M::Fsum => float(norm::fsum(a0)),
        M::Isclose => isclose(a0, a1, UNBOUND, UNBOUND),
        M::Prod => prod(a0, UNBOUND),
        M::Isfinite | M::Isinf | M::Isnan => {
            let x = real_to_f64(a0)?;
            Ok(bool_value(match f {
                M::Isfinite => x.is_finite(),
                M::Isinf => x.is_infinite(),
                _ => x.is_nan(),
            }))
        }
        M::Frexp => {
            let (m, e) = real::frexp(real_to_f64(a0)?);
            tuple_from_owned(vec![float_value(m), int_from_i64(e)])
        }
        M::Modf => {
            let (frac, int) = real::modf(real_to_f64(a0)?);
            tuple_from_owned(vec![float_value(frac), float_value(int)])
        }
        M::Ldexp => {
            let x = real_to_f64(a0)?;
            float(real::ldexp(x, a1))
        }
        M::Log if args.len() == 2 => float(log2arg(a0, a1)),
        M::Log => float(log_value(a0, libm::log)),
        M::Log2 => float(log_value(a0, libm::log2)),
        M::Log10 => float(log_value(a0, libm::log10)),
        // Every other function is unary or binary (above).
        _ => type_error(&format!(
            "math.{}() has no implementation (a Molt bug)",
            f.name()
        )),
    }
}

/// CPython's `loghelper`: a logarithm (`f` is `log`, `log2` or `log10`) of
/// an int of any size or of a float. An int too big for a float is
/// `m * 2**e`, whose logarithm is `f(m) + f(2) * e`.
fn log_value(v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        if i.is_negative() || i.is_zero() {
            return real::domain();
        }
        return match int::to_f64(i) {
            Some(x) => real::log_of(x, f),
            None => {
                let (m, e) = int::frexp(i);
                Ok(f(m) + f(2.0) * e as f64)
            }
        };
    }
    real::log_of(real_to_f64(v)?, f)
}

/// `math.log(x, base)`.
fn log2arg(x: Value, base: Value) -> PyResult<f64> {
    let num = log_value(x, libm::log)?;
    let den = log_value(base, libm::log)?;
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

/// `math.trunc(v)`.
fn trunc(v: Value) -> PyResult<Value> {
    if let Some(i) = as_int(v) {
        return Ok(int::add(i, IntRef::Small(0)));
    }
    if let crate::value::Obj::Float(x) = crate::value::view(v) {
        return int::from_f64(x);
    }
    type_error(&format!(
        "type {} doesn't define __trunc__ method",
        type_name(v)
    ))
}

/// `math.isclose(a, b, rel_tol=, abs_tol=)` (absent tolerances `UNBOUND`).
fn isclose(a: Value, b: Value, rel_tol: Value, abs_tol: Value) -> PyResult<Value> {
    let a = real_to_f64(a)?;
    let b = real_to_f64(b)?;
    let rel_tol = if rel_tol == UNBOUND {
        1e-9
    } else {
        real_to_f64(rel_tol)?
    };
    let abs_tol = if abs_tol == UNBOUND {
        0.0
    } else {
        real_to_f64(abs_tol)?
    };
    real::isclose(a, b, rel_tol, abs_tol).map(bool_value)
}

/// `math.prod(iterable, start=start)` (`start` absent: 1): `start * x0 *
/// x1 * ...` by the `*` operator, left to right.
fn prod(iterable: Value, start: Value) -> PyResult<Value> {
    let it = Iter::new(iterable)?;
    let mut acc = if start == UNBOUND { small(1) } else { start };
    incref(acc);
    loop {
        let x = match it.next() {
            Ok(Some(x)) => x,
            Ok(None) => return Ok(acc),
            Err(e) => {
                decref(acc);
                return Err(e);
            }
        };
        let r = binop(BinOp::Mul, acc, x);
        decref(acc);
        decref(x);
        acc = r?;
    }
}

/// `math.f(*args)`: `items[0]` is the function's id, the rest are the
/// positional arguments (borrowed).
///
/// # Safety
/// `items` points to `n` readable values.
#[no_mangle]
pub unsafe extern "C" fn molt_math_call(items: *const Value, n: usize) -> Value {
    // SAFETY: the caller passes `n` readable values.
    let items = unsafe { slice(items, n) };
    match items {
        [id, args @ ..] => match from_id(*id) {
            Some(f) => ret(call(f, args)),
            None => ret(type_error("molt_math_call: not a math function id")),
        },
        [] => ret(type_error("molt_math_call: no function id")),
    }
}

/// The code of the function objects of [`molt_math_value`]: `env` is the
/// function's id.
unsafe extern "C" fn call_as_value(env: Value, args: *const Value, n: usize) -> Value {
    // SAFETY: the runtime passes `n` readable values (see `FuncCode`).
    let args = unsafe { slice(args, n) };
    match from_id(env) {
        Some(f) => ret(call(f, args)),
        None => ret(type_error("not a math function")),
    }
}

/// `math.f` as a value: one immortal function object per function, made
/// on first use (so `math.sqrt is math.sqrt`), taking positional arguments.
#[no_mangle]
pub extern "C" fn molt_math_value(id: Value) -> Value {
    thread_local! {
        static VALUES: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let Some(f) = from_id(id) else {
        return ret(type_error("molt_math_value: not a math function id"));
    };
    crate::func::module_function_value(
        &VALUES,
        MathFn::ALL.len(),
        f as usize,
        f.name(),
        call_as_value,
    )
}

/// `math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)`; an absent
/// tolerance is `UNBOUND`.
#[no_mangle]
pub extern "C" fn molt_math_isclose(a: Value, b: Value, rel_tol: Value, abs_tol: Value) -> Value {
    ret(isclose(a, b, rel_tol, abs_tol))
}

/// `math.prod(iterable, start=start)`; an absent start is `UNBOUND`.
#[no_mangle]
pub extern "C" fn molt_math_prod(iterable: Value, start: Value) -> Value {
    ret(prod(iterable, start))
}

macro_rules! f64_entries {
    ($($sym:ident = $f:path;)*) => {$(
        #[doc = concat!("`", stringify!($f), "` on an unboxed f64 (the error sentinel when it raises).")]
        #[no_mangle]
        pub extern "C" fn $sym(x: f64) -> f64 {
            ret_f64($f(x))
        }
    )*};
}

macro_rules! f64_entries2 {
    ($($sym:ident = $f:path;)*) => {$(
        #[doc = concat!("`", stringify!($f), "` on unboxed f64s (the error sentinel when it raises).")]
        #[no_mangle]
        pub extern "C" fn $sym(x: f64, y: f64) -> f64 {
            ret_f64($f(x, y))
        }
    )*};
}

f64_entries! {
    molt_math_acos_f64 = real::acos;
    molt_math_acosh_f64 = real::acosh;
    molt_math_asin_f64 = real::asin;
    molt_math_asinh_f64 = real::asinh;
    molt_math_atan_f64 = real::atan;
    molt_math_atanh_f64 = real::atanh;
    molt_math_cbrt_f64 = real::cbrt;
    molt_math_cos_f64 = real::cos;
    molt_math_cosh_f64 = real::cosh;
    molt_math_erf_f64 = real::erf;
    molt_math_erfc_f64 = real::erfc;
    molt_math_exp_f64 = real::exp;
    molt_math_exp2_f64 = real::exp2;
    molt_math_expm1_f64 = real::expm1;
    molt_math_gamma_f64 = gamma::gamma;
    molt_math_lgamma_f64 = gamma::lgamma;
    molt_math_log_f64 = real::log;
    molt_math_log10_f64 = real::log10;
    molt_math_log1p_f64 = real::log1p;
    molt_math_log2_f64 = real::log2;
    molt_math_sin_f64 = real::sin;
    molt_math_sinh_f64 = real::sinh;
    molt_math_sqrt_f64 = real::sqrt;
    molt_math_tan_f64 = real::tan;
    molt_math_tanh_f64 = real::tanh;
    molt_math_ulp_f64 = real::ulp;
}

f64_entries2! {
    molt_math_atan2_f64 = real::atan2;
    molt_math_copysign_f64 = real::copysign;
    molt_math_fmod_f64 = real::fmod;
    molt_math_hypot_f64 = norm::hypot2;
    molt_math_nextafter_f64 = real::nextafter;
    molt_math_pow_f64 = real::pow;
    molt_math_remainder_f64 = real::remainder;
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

// Direct entries of some functions on boxed values, for C drivers and
// `tools/difftest.py` (compiled code uses `molt_math_call`).
macro_rules! boxed_entries {
    ($($sym:ident = $f:expr;)*) => {$(
        #[doc = concat!("`math.", stringify!($f), "(v)` on any value.")]
        #[no_mangle]
        pub extern "C" fn $sym(v: Value) -> Value {
            ret(call($f, &[v]))
        }
    )*};
}

boxed_entries! {
    molt_math_sqrt = M::Sqrt;
    molt_math_sin = M::Sin;
    molt_math_cos = M::Cos;
    molt_math_exp = M::Exp;
    molt_math_log = M::Log;
    molt_math_log2 = M::Log2;
    molt_math_log10 = M::Log10;
    molt_math_fabs = M::Fabs;
    molt_math_floor = M::Floor;
    molt_math_ceil = M::Ceil;
    molt_math_isqrt = M::Isqrt;
}

/// `math.log(x, base)` on any values.
#[no_mangle]
pub extern "C" fn molt_math_log2arg(x: Value, base: Value) -> Value {
    ret(call(M::Log, &[x, base]))
}

/// `math.gcd(*args)`.
///
/// # Safety
/// `args` points to `n` readable values.
#[no_mangle]
pub unsafe extern "C" fn molt_math_gcd(args: *const Value, n: usize) -> Value {
    // SAFETY: the caller passes `n` readable values at `args`.
    ret(ints::gcd(unsafe { slice(args, n) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_cpython_dir_order() {
        // python3.11: [n for n in dir(math) if callable(getattr(math, n))]
        for (i, f) in MathFn::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i);
            assert_eq!(from_id(small(i as i64)), Some(*f));
        }
    }

    #[test]
    fn log_of_huge_ints() {
        // python3.11: math.log(10**400) == 921.0340371976182; math.log(10**400, 10) == 399.99999999999994
        let big = crate::int::int_from_big(num_traits::pow(num_bigint::BigInt::from(10), 400));
        assert_eq!(log_value(big, libm::log), Ok(921.0340371976182));
        assert_eq!(log2arg(big, small(10)), Ok(399.99999999999994));
        assert_eq!(log2arg(small(8), small(2)), Ok(3.0));
        decref(big);
        // python3.11: math.log(2**1024 - 2**970) == 709.782712893384;
        // math.log(2**5000+1) == 3465.7359027997263; math.log(3**3000, 2) == 4754.8875021634685
        let p2 = |k: u32| num_bigint::BigInt::from(1) << k;
        let v = crate::int::int_from_big(p2(1024) - p2(970));
        assert_eq!(log_value(v, libm::log), Ok(709.782712893384));
        decref(v);
        let v = crate::int::int_from_big(p2(5000) + 1);
        assert_eq!(log_value(v, libm::log), Ok(3465.7359027997263));
        decref(v);
        let v = crate::int::int_from_big(num_traits::pow(num_bigint::BigInt::from(3), 3000));
        assert_eq!(log2arg(v, small(2)), Ok(4754.8875021634685));
        decref(v);
    }
}
