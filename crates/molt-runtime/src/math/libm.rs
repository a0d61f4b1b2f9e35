//! The C library's math functions (glibc's libm on Linux). CPython calls
//! these for most of `math`, so calling the same ones gives the same bits;
//! Rust's own `f64` methods are not always libm (`asinh`, `acosh` and
//! `atanh` are computed in Rust), hence the direct declarations.

use std::ffi::c_int;

mod c {
    use std::ffi::c_int;

    // SAFETY: these are the C99 <math.h> functions of the platform's libm
    // (linked into every program), with their C signatures; they take and
    // return plain doubles and have no preconditions.
    unsafe extern "C" {
        pub safe fn acos(x: f64) -> f64;
        pub safe fn acosh(x: f64) -> f64;
        pub safe fn asin(x: f64) -> f64;
        pub safe fn asinh(x: f64) -> f64;
        pub safe fn atan(x: f64) -> f64;
        pub safe fn atan2(y: f64, x: f64) -> f64;
        pub safe fn atanh(x: f64) -> f64;
        // Rust's compiler-builtins (inside the runtime library) defines a
        // weak `cbrt` of its own, which would win at link time; glibc's
        // is also exported under its `_Float64` name.
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "cbrtf64")]
        pub safe fn cbrt(x: f64) -> f64;
        pub safe fn cos(x: f64) -> f64;
        pub safe fn cosh(x: f64) -> f64;
        pub safe fn erf(x: f64) -> f64;
        pub safe fn erfc(x: f64) -> f64;
        pub safe fn exp(x: f64) -> f64;
        pub safe fn exp2(x: f64) -> f64;
        pub safe fn expm1(x: f64) -> f64;
        pub safe fn fmod(x: f64, y: f64) -> f64;
        pub safe fn ldexp(x: f64, e: c_int) -> f64;
        pub safe fn log(x: f64) -> f64;
        pub safe fn log10(x: f64) -> f64;
        pub safe fn log1p(x: f64) -> f64;
        pub safe fn log2(x: f64) -> f64;
        pub safe fn nextafter(x: f64, y: f64) -> f64;
        pub safe fn pow(x: f64, y: f64) -> f64;
        pub safe fn sin(x: f64) -> f64;
        pub safe fn sinh(x: f64) -> f64;
        pub safe fn tan(x: f64) -> f64;
        pub safe fn tanh(x: f64) -> f64;
        pub fn frexp(x: f64, e: *mut c_int) -> f64;
    }
}

macro_rules! unary {
    ($($name:ident),*) => {$(
        #[doc = concat!("C's `", stringify!($name), "`.")]
        #[inline]
        pub fn $name(x: f64) -> f64 {
            c::$name(x)
        }
    )*};
}

macro_rules! binary {
    ($($name:ident),*) => {$(
        #[doc = concat!("C's `", stringify!($name), "`.")]
        #[inline]
        pub fn $name(x: f64, y: f64) -> f64 {
            c::$name(x, y)
        }
    )*};
}

unary!(
    acos, acosh, asin, asinh, atan, atanh, cbrt, cos, cosh, erf, erfc, exp, exp2, expm1, log,
    log10, log1p, log2, sin, sinh, tan, tanh
);
binary!(atan2, fmod, nextafter, pow);

/// C's `ldexp`: `x * 2**e`, correctly rounded.
#[inline]
pub fn ldexp(x: f64, e: i32) -> f64 {
    c::ldexp(x, e as c_int)
}

/// C's `frexp`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` for a
/// finite nonzero `x`.
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e: c_int = 0;
    // SAFETY: `e` is a valid, writable int for the call's duration.
    let m = unsafe { c::frexp(x, &mut e) };
    (m, e)
}
