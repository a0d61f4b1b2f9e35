//! `float`: repr, CPython's division/modulo/power rules, rounding, parsing.

use crate::exc::{
    overflow_error, raise, type_error, value_error, zero_division, PyResult,
    EXC_NOT_IMPLEMENTED_ERROR,
};
use crate::int::{as_int, float_to_bigint, to_f64_checked};
use crate::value::{float_value, type_name, view, Obj, FLOAT_ERROR_BITS};
use crate::Value;
use num_bigint::BigInt;
use num_integer::Integer;

/// The f64 returned on error.
#[inline]
pub fn error_f64() -> f64 {
    f64::from_bits(FLOAT_ERROR_BITS)
}

/// Converts an internal float result to the f64 ABI.
#[inline]
pub fn ret_f64(r: PyResult<f64>) -> f64 {
    r.unwrap_or_else(|_| error_f64())
}

/// The payload bits of an `f64` NaN below its quiet bit.
const NAN_PAYLOAD_MASK: u64 = (1 << 51) - 1;
/// The quiet bit and the exponent of a quiet NaN.
const QUIET_NAN_BITS: u64 = 0x7ff8_0000_0000_0000;

/// The bits of `math.nan`, one object in CPython: a quiet NaN whose
/// payload [`fresh_nan`] never makes. Sema writes the constant with these
/// bits.
pub const MATH_NAN_BITS: u64 = 0x7fff_ffff_ffff_ffff;

thread_local! {
    /// The payload of the last NaN made by [`fresh_nan`].
    static NAN_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A NaN that stands for a new float object, as `float('nan')` makes in
/// CPython: its payload is a serial number, never zero.
///
/// A float is identical only to itself in CPython, and containers test
/// identity before `==`, so `x = float('nan'); [x] == [x]` is true.
/// Compiled code keeps floats unboxed and boxes them again wherever an
/// object is needed, so the object identity is carried by the bits instead:
/// two floats with the same NaN bits and a non-zero payload are the same
/// object ([`same_nan`]). Arithmetic passes the payload on (`x + 1.0` is
/// then "the same object" as `x`); the hardware's NaNs (`inf - inf`) have a
/// zero payload and are never identical to another box.
pub fn fresh_nan(negative: bool) -> f64 {
    let serial = NAN_SERIAL.with(|c| {
        // 1 ..= MASK - 1: the all-ones payload is `math.nan`'s
        // ([`MATH_NAN_BITS`]).
        let next = (c.get() % (NAN_PAYLOAD_MASK - 1)) + 1;
        c.set(next);
        next
    });
    let sign = if negative { 1 << 63 } else { 0 };
    f64::from_bits(sign | QUIET_NAN_BITS | serial)
}

/// Whether two float values are the same object by [`fresh_nan`]'s rule:
/// equal bits of a quiet NaN with a non-zero payload.
#[inline]
pub fn same_nan(x: f64, y: f64) -> bool {
    let (a, b) = (x.to_bits(), y.to_bits());
    a == b && a & QUIET_NAN_BITS == QUIET_NAN_BITS && a & NAN_PAYLOAD_MASK != 0
}

/// `repr(x)`: CPython's shortest round-trip form.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, exp) = shortest_digits(x.abs());
    let decpt = exp + 1; // value = 0.DIGITS * 10**decpt
    let n = digits.len() as i32;
    let body = if !(-4 < decpt && decpt <= 16) {
        let e = format!("{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
        if n == 1 {
            format!("{digits}e{e}")
        } else {
            format!("{}.{}e{e}", &digits[..1], &digits[1..])
        }
    } else if decpt <= 0 {
        format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
    } else if decpt >= n {
        format!("{}{}.0", digits, "0".repeat((decpt - n) as usize))
    } else {
        format!(
            "{}.{}",
            &digits[..decpt as usize],
            &digits[decpt as usize..]
        )
    };
    format!("{sign}{body}")
}

/// The shortest digits that read back as `x` (finite, positive), as
/// CPython's `_Py_dg_dtoa` mode 0 gives them (an exact tie between two
/// shortest candidates takes the even one), and the power of ten of the
/// first digit: `("12345", 17)` is 1.2345e17.
pub fn shortest_digits(x: f64) -> (String, i32) {
    // `{:e}` gives shortest round-trip digits: "1.2345e17".
    let sci = format!("{x:e}");
    let (mant, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("integer exponent");
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    even_tie(x, &mut digits, exp);
    (digits, exp)
}

/// Makes the shortest digits those CPython prints when two shortest
/// candidates are equally close to `x` (its dtoa takes the even one; Rust's
/// may end in the odd one): `digits` with the first digit at `10**exp`.
fn even_tie(x: f64, digits: &mut String, exp: i32) {
    let bytes = digits.as_bytes();
    let Some(&last) = bytes.last() else { return };
    // An even last digit is already CPython's choice; a 9 has no same-length
    // odd-to-even neighbour above (it would carry).
    if (last - b'0').is_multiple_of(2) {
        return;
    }
    let n = bytes.len() as i32;
    // Value = D * 10**k with D the digits as an integer.
    let k = exp - n + 1;
    // A tie puts x exactly on a decimal whose last digit, a 5, is at
    // 10**(k-1): then x's lowest set bit is 2**(k-1) (5 is odd, 10 = 2*5).
    // Almost no double passes this test, so the exact check below is rare.
    let (mant, e2) = float_parts(x);
    if mant == 0 || e2 + i64::from(mant.trailing_zeros()) != i64::from(k) - 1 {
        return;
    }
    let Ok(d) = digits.parse::<BigInt>() else {
        return;
    };
    for c in [&d - 1u32, &d + 1u32] {
        let c_text = c.to_string();
        if c_text.len() != digits.len() {
            continue;
        }
        // A tie: x is exactly the midpoint (D + C) / 2 * 10**k.
        let mid2 = &d + &c; // 2 * midpoint / 10**k
        if !equals_half_decimal(x, &mid2, k) {
            continue;
        }
        // The even candidate must also read back as x.
        let lit = format!("{c_text}e{k}");
        if lit.parse::<f64>() == Ok(x) {
            *digits = c_text.trim_end_matches('0').to_string();
            if digits.is_empty() {
                digits.push('0');
            }
            return;
        }
    }
}

/// Is `x` (finite, positive) exactly `m / 2 * 10**k`?
fn equals_half_decimal(x: f64, m: &BigInt, k: i32) -> bool {
    let (mant, e2) = float_parts(x);
    // Compare 2 * mant * 2**e2 with m * 10**k, both scaled to integers.
    let mut lhs = BigInt::from(mant) * 2u32;
    let mut rhs = m.clone();
    if e2 >= 0 {
        lhs <<= e2 as usize;
    } else {
        rhs <<= (-e2) as usize;
    }
    let ten = BigInt::from(10u32);
    if k >= 0 {
        rhs *= num_traits::pow(ten, k as usize);
    } else {
        lhs *= num_traits::pow(ten, (-k) as usize);
    }
    lhs == rhs
}

/// CPython's `float_rem`: `a % b` with the sign of `b`.
pub fn float_mod(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return zero_division("float modulo");
    }
    Ok(mod_unchecked(a, b))
}

fn mod_unchecked(vx: f64, wx: f64) -> f64 {
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    m
}

/// CPython's `_float_div_mod`: `(a // b, a % b)` for `b != 0`.
pub fn divmod_unchecked(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return zero_division("float floor division by zero");
    }
    Ok(divmod_unchecked(a, b).0)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return zero_division("float divmod()");
    }
    Ok(divmod_unchecked(a, b))
}

/// `a / b` for floats.
pub fn float_truediv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return zero_division("float division by zero");
    }
    Ok(a / b)
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// CPython's `float_pow`, with complex results refused.
pub fn float_pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return zero_division("0.0 cannot be raised to a negative power");
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return raise(
                EXC_NOT_IMPLEMENTED_ERROR,
                "complex numbers are not supported by Molt",
            );
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return crate::exc::raise_errno(
            crate::exc::EXC_OVERFLOW_ERROR,
            34,
            "Numerical result out of range",
        );
    }
    Ok(if negate { -ix } else { ix })
}

/// `round(x)` for a float: half-even to an int.
pub fn round_to_int(x: f64) -> PyResult<Value> {
    crate::int::from_f64(x.round_ties_even())
}

/// `round(x, ndigits)` for a finite or non-finite float, as CPython's
/// `double_round`: exact decimal rounding (half-even) then correct parsing.
pub fn round_ndigits(x: f64, ndigits: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    // x = m * 2**e exactly.
    let (m, e) = float_parts(x);
    let ten = BigInt::from(10);
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
    } else {
        den *= num_traits::pow(ten, (-ndigits) as usize);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = &r * 2u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let text = format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, q, -ndigits);
    let y: f64 = text.parse().expect("decimal text parses");
    if y.is_infinite() {
        return overflow_error("rounded value too large to represent");
    }
    Ok(y)
}

/// Parses `float(s)` text (after `ascii_numeric_form`); `None` if invalid.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => return Some(fresh_nan(neg)),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // [digits] [. digits] [e [sign] digits], underscores only between digits.
    let b = body.as_bytes();
    let mut i = 0;
    let mut clean = String::with_capacity(b.len() + 1);
    if neg {
        clean.push('-');
    }
    let digits = |i: &mut usize, clean: &mut String| -> usize {
        let start = *i;
        let mut count = 0;
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                count += 1;
            } else if c == b'_'
                && *i > start
                && b[*i - 1].is_ascii_digit()
                && b.get(*i + 1).is_some_and(u8::is_ascii_digit)
            {
            } else {
                break;
            }
            *i += 1;
        }
        count
    };
    let int_digits = digits(&mut i, &mut clean);
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        clean.push('.');
        i += 1;
        frac_digits = digits(&mut i, &mut clean);
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        clean.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            clean.push(b[i] as char);
            i += 1;
        }
        if digits(&mut i, &mut clean) == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    clean.parse().ok()
}

/// The float value of a float, int or bool operand, for mixed arithmetic.
pub fn as_f64(v: Value) -> Option<PyResult<f64>> {
    match view(v) {
        Obj::Float(x) => Some(Ok(x)),
        _ => as_int(v).map(to_f64_checked),
    }
}

/// `float(x)` semantics for a real operand, with CPython's TypeError for others.
pub fn real_to_f64(v: Value) -> PyResult<f64> {
    match as_f64(v) {
        Some(r) => r,
        None => type_error(&format!("must be real number, not {}", type_name(v))),
    }
}

/// The exact integer of an integral finite float (floor/ceil results).
pub fn integral_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    if x.abs() < 4e18 {
        Ok(crate::int::int_from_i64(x as i64))
    } else {
        Ok(crate::int::int_from_big(float_to_bigint(x)))
    }
}

/// A new float object.
#[no_mangle]
pub extern "C" fn molt_float_new(x: f64) -> Value {
    float_value(x)
}

/// The `f64` of a float, int or bool; TypeError `must be real number, not T`.
#[no_mangle]
pub extern "C" fn molt_float_unbox(v: Value) -> f64 {
    ret_f64(real_to_f64(v))
}

/// `int(x)` for an `f64`.
#[no_mangle]
pub extern "C" fn molt_float_to_int(x: f64) -> Value {
    crate::exc::ret(crate::int::from_f64(x))
}

/// `a // b` on unboxed floats.
#[no_mangle]
pub extern "C" fn molt_float_floordiv(a: f64, b: f64) -> f64 {
    ret_f64(float_floordiv(a, b))
}

/// `a % b` on unboxed floats.
#[no_mangle]
pub extern "C" fn molt_float_mod(a: f64, b: f64) -> f64 {
    ret_f64(float_mod(a, b))
}

/// `a ** b` on unboxed floats.
#[no_mangle]
pub extern "C" fn molt_float_pow(a: f64, b: f64) -> f64 {
    ret_f64(float_pow(a, b))
}

/// `a / b` on unboxed floats.
#[no_mangle]
pub extern "C" fn molt_float_truediv(a: f64, b: f64) -> f64 {
    ret_f64(float_truediv(a, b))
}

/// `|x| == m * 2**e` exactly, for a finite `x` (subnormals included).
pub fn float_parts(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_corners() {
        // Expected strings from python3.11 repr().
        let cases = [
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.2345678901234568e17, "1.2345678901234568e+17"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (100.0, "100.0"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
            (1e22, "1e+22"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-2.1430172143725346e301, "-2.1430172143725346e+301"),
            (123.456, "123.456"),
        ];
        for (x, s) in cases {
            assert_eq!(float_repr(x), s);
        }
    }

    #[test]
    fn floor_div_mod() {
        // python3.11: -7.0 % 2 == 1.0; 7.0 // -2 == -4.0; -0.0 % 5 == 0.0; 0.0 % -5 == -0.0;
        // -1e-300 // 1e300 == -1.0; divmod(-7.5, 2) == (-4.0, 0.5)
        assert_eq!(float_mod(-7.0, 2.0), Ok(1.0));
        assert_eq!(float_floordiv(7.0, -2.0), Ok(-4.0));
        assert_eq!(float_repr(float_mod(-0.0, 5.0).unwrap()), "0.0");
        assert_eq!(float_repr(float_mod(0.0, -5.0).unwrap()), "-0.0");
        assert_eq!(float_floordiv(-1e-300, 1e300), Ok(-1.0));
        assert_eq!(divmod_unchecked(-7.5, 2.0), (-4.0, 0.5));
    }

    #[test]
    fn rounding() {
        // python3.11: round(2.675, 2) == 2.67; round(1234.5678, -2) == 1200.0;
        // round(-0.4, 0) == -0.0; round(0.5, 0) == 0.0; round(-1.5, 0) == -2.0
        assert_eq!(round_ndigits(2.675, 2), Ok(2.67));
        assert_eq!(round_ndigits(1234.5678, -2), Ok(1200.0));
        assert_eq!(float_repr(round_ndigits(-0.4, 0).unwrap()), "-0.0");
        assert_eq!(round_ndigits(0.5, 0), Ok(0.0));
        assert_eq!(round_ndigits(-1.5, 0), Ok(-2.0));
        assert_eq!(round_ndigits(2.5, 0), Ok(2.0));
        assert!(round_ndigits(1.7e308, -308).is_err());
        crate::exc::molt_err_clear();
        // python3.11: round(0.5) == 0, round(1.5) == 2, round(2.5) == 2, round(-2.5) == -2
        for (x, r) in [(0.5, 0), (1.5, 2), (2.5, 2), (-2.5, -2)] {
            assert_eq!(round_to_int(x), Ok(crate::value::small(r)));
        }
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_float(" 1e5 "), Some(100000.0));
        assert_eq!(parse_float("1_0.5"), Some(10.5));
        assert_eq!(parse_float("1_0e1_0"), Some(100000000000.0));
        assert_eq!(parse_float("+Inf"), Some(f64::INFINITY));
        assert!(parse_float("  -nan ").unwrap().is_nan());
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("1.e5"), Some(100000.0));
        assert_eq!(parse_float("-.5e-3"), Some(-0.0005));
        for bad in [
            ".", "1_.5", "1e", "e5", "1__0.5", "in f", "nan(1)", "0x10", "1.5_", "+-1", "infinit",
            "",
        ] {
            assert_eq!(parse_float(bad), None, "{bad}");
        }
    }

    #[test]
    fn power() {
        assert_eq!(float_pow(-2.0, 1001.0), Ok(-2.1430172143725346e301));
        assert_eq!(float_pow(-1.0, 1e300), Ok(1.0));
        assert_eq!(float_pow(2.0, -10000.0), Ok(0.0));
        assert!(float_pow(2.0, 10000.0).is_err());
        assert!(float_pow(-8.0, 0.5).is_err());
        crate::exc::molt_err_clear();
    }
}
