//! `int`: small ints inline, bigints on the heap, always normalised.

use crate::exc::{
    memory_error, overflow_error, raise, value_error, zero_division, PyResult, EXC_VALUE_ERROR,
};
use crate::state::max_str_digits;
use crate::value::{
    alloc_boxed, small, view, BigIntObj, Obj, ObjHeader, MOLT_TYPE_INT, SMALL_MAX, SMALL_MIN,
};
use crate::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;

/// A borrowed int operand (bools count as ints).
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    /// Fits in an `i64` (small ints and bools).
    Small(i64),
    /// A heap bigint (never in the small range).
    Big(&'a BigInt),
}

/// Upper bound on the bits of an int result we try to build; bigger
/// results raise MemoryError instead of exhausting memory.
const MAX_RESULT_BITS: u64 = 1 << 36;

impl<'a> IntRef<'a> {
    /// The value as an owned-or-borrowed bigint.
    pub fn big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    /// Is the value zero?
    pub fn is_zero(self) -> bool {
        matches!(self, IntRef::Small(0))
    }

    /// Is the value negative?
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// Number of bits of `abs(self)`.
    pub fn bits(self) -> u64 {
        match self {
            IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            IntRef::Big(b) => b.bits(),
        }
    }

    /// The value as an `i64`, if it fits.
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

/// The int operand of `v` (int or bool), if it is one.
pub fn as_int<'a>(v: Value) -> Option<IntRef<'a>> {
    match view(v) {
        Obj::Int(i) => Some(IntRef::Small(i)),
        Obj::Bool(b) => Some(IntRef::Small(b as i64)),
        Obj::BigInt(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

/// An int value from an `i64`.
pub fn int_from_i64(i: i64) -> Value {
    if (SMALL_MIN..=SMALL_MAX).contains(&i) {
        small(i)
    } else {
        new_big(BigInt::from(i))
    }
}

/// An int value from an `i128`.
pub fn int_from_i128(i: i128) -> Value {
    if (SMALL_MIN as i128..=SMALL_MAX as i128).contains(&i) {
        small(i as i64)
    } else {
        new_big(BigInt::from(i))
    }
}

/// An int value from a bigint, normalised to a small int when it fits.
pub fn int_from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) if (SMALL_MIN..=SMALL_MAX).contains(&i) => small(i),
        _ => new_big(b),
    }
}

fn new_big(b: BigInt) -> Value {
    alloc_boxed(BigIntObj {
        header: ObjHeader {
            refcnt: 1,
            ty: &MOLT_TYPE_INT,
        },
        value: b,
    })
}

/// `a + b`.
pub fn add(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => int_from_i128(x as i128 + y as i128),
        _ => int_from_big(a.big().into_owned() + b.big().as_ref()),
    }
}

/// `a - b`.
pub fn sub(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => int_from_i128(x as i128 - y as i128),
        _ => int_from_big(a.big().into_owned() - b.big().as_ref()),
    }
}

/// `a * b`; MemoryError when the product would not fit in memory.
pub fn mul(a: IntRef, b: IntRef) -> PyResult<Value> {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Ok(int_from_i128(x as i128 * y as i128)),
        _ => {
            room_for_bits(a.bits().saturating_add(b.bits()), 2)?;
            Ok(int_from_big(a.big().as_ref() * b.big().as_ref()))
        }
    }
}

/// Results of fewer bits are built without first checking for memory.
const CHECKED_FROM_BITS: u64 = 1 << 23;

/// Before `num-bigint` builds a result of about `bits` bits (which it
/// cannot report failing), checks that `copies` times that memory (the
/// result and the working space of the operation) can be had, so that
/// running out is a MemoryError the program sees rather than the end of
/// the process (which [`crate::alloc`] still makes CPython's uncaught
/// MemoryError should the estimate fall short).
fn room_for_bits(bits: u64, copies: u64) -> PyResult<()> {
    if bits < CHECKED_FROM_BITS {
        return Ok(());
    }
    let bytes = usize::try_from((bits / 8).saturating_mul(copies)).unwrap_or(usize::MAX);
    let Ok(layout) = std::alloc::Layout::from_size_align(bytes, 8) else {
        return memory_error();
    };
    // SAFETY: a non-zero layout; the block is freed at once, untouched.
    let p = crate::alloc::fallible(|| unsafe { std::alloc::alloc(layout) });
    if p.is_null() {
        return memory_error();
    }
    // SAFETY: allocated just above with `layout`.
    unsafe { std::alloc::dealloc(p, layout) };
    Ok(())
}

/// `-a`.
pub fn neg(a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => int_from_i128(-(x as i128)),
        IntRef::Big(b) => int_from_big(-b),
    }
}

/// `abs(a)`.
pub fn abs(a: IntRef) -> Value {
    if a.is_negative() {
        neg(a)
    } else {
        match a {
            IntRef::Small(x) => int_from_i64(x),
            IntRef::Big(b) => int_from_big(b.clone()),
        }
    }
}

/// `~a`.
pub fn invert(a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => int_from_i64(!x),
        IntRef::Big(b) => int_from_big(!b),
    }
}

/// `a // b` and `a % b` with Python's floor semantics; `None` on zero divisor.
pub fn divmod_floor(a: IntRef, b: IntRef) -> Option<(Value, Value)> {
    if b.is_zero() {
        return None;
    }
    Some(match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => {
            let (q, r) = (x as i128).div_mod_floor(&(y as i128));
            (int_from_i128(q), int_from_i128(r))
        }
        _ => {
            let (q, r) = a.big().div_mod_floor(b.big().as_ref());
            (int_from_big(q), int_from_big(r))
        }
    })
}

/// `a // b`.
pub fn floordiv(a: IntRef, b: IntRef) -> PyResult<Value> {
    match divmod_floor(a, b) {
        Some((q, r)) => {
            crate::value::decref(r);
            Ok(q)
        }
        None => zero_division("integer division or modulo by zero"),
    }
}

/// `a % b`.
pub fn modulo(a: IntRef, b: IntRef) -> PyResult<Value> {
    match divmod_floor(a, b) {
        Some((q, r)) => {
            crate::value::decref(q);
            Ok(r)
        }
        None => zero_division("integer modulo by zero"),
    }
}

/// `a ** b` for `b >= 0`.
pub fn pow_nonneg(a: IntRef, b: IntRef) -> PyResult<Value> {
    if let IntRef::Small(base @ -1..=1) = a {
        return Ok(match base {
            0 if b.is_zero() => small(1),
            0 => small(0),
            1 => small(1),
            _ => small(if odd(b) { -1 } else { 1 }),
        });
    }
    let exp = match b.to_i64() {
        Some(e) if (e as u64).saturating_mul(a.bits().saturating_sub(1)) <= MAX_RESULT_BITS => {
            e as u64
        }
        _ => return memory_error(),
    };
    if let IntRef::Small(x) = a {
        if let Some(r) = x.checked_pow(exp.min(u32::MAX as u64) as u32) {
            if exp <= 64 {
                return Ok(int_from_i64(r));
            }
        }
    }
    room_for_bits(exp.saturating_mul(a.bits()), 2)?;
    Ok(int_from_big(num_traits::pow::pow(
        a.big().into_owned(),
        exp as usize,
    )))
}

fn odd(b: IntRef) -> bool {
    match b {
        IntRef::Small(x) => x & 1 == 1,
        IntRef::Big(x) => x.is_odd(),
    }
}

/// `a << b`.
pub fn lshift(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return value_error("negative shift count");
    }
    if a.is_zero() {
        return Ok(small(0));
    }
    let shift = match b.to_i64() {
        Some(s) if (s as u64) <= MAX_RESULT_BITS => s as u64,
        _ => return lshift_too_big(a, b),
    };
    room_for_bits(a.bits().saturating_add(shift), 1)?;
    match a {
        IntRef::Small(x) => {
            if shift < 64 {
                let r = (x as i128) << shift;
                if r >> shift == x as i128 {
                    return Ok(int_from_i128(r));
                }
            }
            Ok(int_from_big(BigInt::from(x) << shift))
        }
        // Shifting the borrowed value: no copy of a big operand.
        IntRef::Big(x) => Ok(int_from_big(x << shift)),
    }
}

/// The error of `a << b` for a shift too big to try: CPython's
/// `long_lshift` asks `_PyLong_New` for the result's 30-bit digits (the
/// word shift clipped to `PY_SSIZE_T_MAX / 4`), which refuses more than
/// `MAX_LONG_DIGITS` with OverflowError and fails to allocate the rest.
fn lshift_too_big<T>(a: IntRef, b: IntRef) -> PyResult<T> {
    const CLIP: u64 = (i64::MAX / 4) as u64;
    const MAX_LONG_DIGITS: u128 = ((i64::MAX - 24) / 4) as u128;
    let big = b.big();
    let (q, r) = big.div_rem(&BigInt::from(30u32));
    let (wordshift, rem) = match q.to_u64() {
        Some(w) if w < CLIP => (w, !r.is_zero()),
        _ => (CLIP, false),
    };
    let digits = a.bits().div_ceil(30);
    let newsize = u128::from(digits) + u128::from(wordshift) + u128::from(rem);
    if newsize > MAX_LONG_DIGITS {
        overflow_error("too many digits in integer")
    } else {
        memory_error()
    }
}

/// `a >> b` (floor).
pub fn rshift(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return value_error("negative shift count");
    }
    let shift = match b.to_i64() {
        Some(s) if (s as u64) < a.bits() + 1 => s as u64,
        _ => return Ok(small(if a.is_negative() { -1 } else { 0 })),
    };
    Ok(match a {
        IntRef::Small(x) => int_from_i64(x >> shift.min(63)),
        IntRef::Big(x) => int_from_big(x >> shift),
    })
}

/// Bitwise `&`, `|`, `^` (two's complement semantics).
pub fn bitop(a: IntRef, b: IntRef, op: u8) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => int_from_i64(match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        }),
        _ => {
            let (x, y) = (a.big(), b.big());
            int_from_big(match op {
                b'&' => x.as_ref() & y.as_ref(),
                b'|' => x.as_ref() | y.as_ref(),
                _ => x.as_ref() ^ y.as_ref(),
            })
        }
    }
}

/// Compares two ints.
pub fn cmp(a: IntRef, b: IntRef) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        _ => a.big().cmp(&b.big()),
    }
}

/// Compares an int with a float exactly; `None` when `f` is NaN.
pub fn cmp_float(a: IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(x) = a {
        if x.unsigned_abs() <= 1 << 53 {
            return (x as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fi = BigInt::from(fl as i128);
    let fi = if fl.abs() < 1e38 {
        fi
    } else {
        float_to_bigint(fl)
    };
    match a.big().as_ref().cmp(&fi) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// The exact integer value of an integral finite float.
pub fn float_to_bigint(x: f64) -> BigInt {
    let (m, e) = crate::float::float_parts(x);
    let mag = if e >= 0 {
        BigInt::from(m) << e as u64
    } else {
        BigInt::from(m >> (-e).min(63) as u64)
    };
    if x < 0.0 {
        -mag
    } else {
        mag
    }
}

/// `int(x)` for a float: truncation; errors as CPython.
pub fn from_f64(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    let t = x.trunc();
    if t.abs() < 4e18 {
        Ok(int_from_i64(t as i64))
    } else {
        Ok(int_from_big(float_to_bigint(t)))
    }
}

/// `2**k * x` without intermediate overflow or double rounding for the
/// exactly representable results this crate asks for.
pub fn ldexp(mut x: f64, mut k: i64) -> f64 {
    let p = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    while k > 1023 {
        x *= p(1023);
        k -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1022 {
        x *= p(-1022);
        k += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * p(k)
}

/// `a / b` correctly rounded (CPython's `long_true_divide`); `Ok(None)`
/// when the result overflows a float.
pub fn true_divide(a: IntRef, b: IntRef) -> PyResult<Option<f64>> {
    if b.is_zero() {
        return zero_division("division by zero");
    }
    const EXACT: u64 = 1 << 53;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(Some(x as f64 / y as f64));
        }
    }
    let negate = a.is_negative() != b.is_negative();
    let r = ratio_to_f64(a.big().magnitude(), b.big().magnitude());
    Ok(r.map(|x| if negate { -x } else { x }))
}

/// `n / d` for magnitudes, rounded half-even; `None` on overflow.
fn ratio_to_f64(n: &num_bigint::BigUint, d: &num_bigint::BigUint) -> Option<f64> {
    use num_bigint::BigUint;
    if n.is_zero() {
        return Some(0.0);
    }
    let diff = n.bits() as i64 - d.bits() as i64;
    if diff > 1025 {
        return None;
    }
    if diff < -1080 {
        return Some(0.0);
    }
    // Scale so the quotient has at least 55 bits.
    let s = 55 - diff;
    let (nn, dd): (BigUint, BigUint) = if s >= 0 {
        (n << s as u64, d.clone())
    } else {
        (n.clone(), d << (-s) as u64)
    };
    let (q, r) = nn.div_rem(&dd);
    let qbits = q.bits() as i64;
    // value = q * 2^-s, in [2^(e-1), 2^e)
    let e = qbits - s;
    let prec = if e > -1022 {
        53
    } else {
        (53 - (-1022 - (e - 1))).max(0)
    };
    let drop = qbits - prec;
    let mut top = (&q >> drop as u64).to_u64().expect("at most 54 bits");
    let rem_bits = &q - (BigUint::from(top) << drop as u64);
    let half = BigUint::one() << (drop as u64).saturating_sub(1);
    let sticky = !r.is_zero();
    if drop > 0 {
        match rem_bits.cmp(&half) {
            Ordering::Greater => top += 1,
            Ordering::Equal if sticky || top & 1 == 1 => top += 1,
            _ => {}
        }
    }
    let x = ldexp(top as f64, drop - s);
    if x.is_infinite() {
        None
    } else {
        Some(x)
    }
}

/// `float(i)`, correctly rounded; `None` when too large.
pub fn to_f64(a: IntRef) -> Option<f64> {
    match a {
        IntRef::Small(x) if x.unsigned_abs() <= 1 << 53 => Some(x as f64),
        _ => {
            let b = a.big();
            let m = ratio_to_f64(b.magnitude(), &num_bigint::BigUint::one())?;
            Some(if b.sign() == Sign::Minus { -m } else { m })
        }
    }
}

/// `float(i)` raising `OverflowError: int too large to convert to float`.
pub fn to_f64_checked(a: IntRef) -> PyResult<f64> {
    match to_f64(a) {
        Some(x) => Ok(x),
        None => overflow_error("int too large to convert to float"),
    }
}

/// CPython's `_PyLong_Frexp`: `(m, e)` with `a == m * 2**e`, `0.5 <= m < 1`, `a > 0`.
pub fn frexp(a: IntRef) -> (f64, i64) {
    let b = a.big();
    let bits = b.bits() as i64;
    let shift = (bits - 64).max(0);
    let mag = b.magnitude();
    let mut top = (mag >> shift as u64).to_u64().unwrap_or(u64::MAX);
    if shift > 0 && (mag.trailing_zeros().unwrap_or(0) as i64) < shift {
        top |= 1; // sticky bit keeps the rounding of `top as f64` correct
    }
    // Round to 53 bits half-even by hand (u64 -> f64 cast does that).
    let m = top as f64; // exact up to rounding at 53 bits
    let (mut fm, mut fe) = (m, shift);
    // normalise fm into [0.5, 1)
    let mb = 64 - top.leading_zeros() as i64;
    fm = ldexp(fm, -mb);
    fe += mb;
    if fm >= 1.0 {
        fm /= 2.0;
        fe += 1;
    }
    (fm, fe)
}

const DIGITS_LIMIT_MSG: &str = "Exceeds the limit ({}) for integer string conversion";

/// Decimal text of an int, honouring the int<->str digit limit.
pub fn to_decimal(a: IntRef) -> PyResult<String> {
    match a {
        IntRef::Small(x) => Ok(x.to_string()),
        IntRef::Big(b) => {
            let limit = max_str_digits();
            if limit > 0 {
                // A lower bound on the digit count, to refuse huge values before converting.
                let lower = ((b.bits() - 1) as f64 * std::f64::consts::LOG10_2) as usize + 1;
                if lower > limit {
                    return digits_error(limit);
                }
            }
            let s = b.to_str_radix(10);
            let ndigits = s.len() - b.is_negative() as usize;
            if limit > 0 && ndigits > limit {
                return digits_error(limit);
            }
            Ok(s)
        }
    }
}

fn digits_error<T>(limit: usize) -> PyResult<T> {
    let head = DIGITS_LIMIT_MSG.replace("{}", &format!("{limit} digits"));
    raise(
        EXC_VALUE_ERROR,
        &format!("{head}; use sys.set_int_max_str_digits() to increase the limit"),
    )
}

/// Why a string is not an int literal.
#[derive(Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// Not a valid literal in the base.
    Invalid,
    /// More decimal digits than the limit allows (the count).
    TooManyDigits(usize),
}

/// Parses `int(s, base)` text (ASCII form; see `str::ascii_numeric_form`):
/// surrounding whitespace, sign, base prefix, single underscores between
/// digits. `base` is 0 or 2..=36.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, mut body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    let mut base = base;
    let mut had_prefix = false;
    if prefix_base != 0 && (base == 0 || base == prefix_base) {
        base = prefix_base;
        body = &body[2..];
        had_prefix = true;
    }
    if base == 0 {
        base = 10;
        // Base 0 forbids leading zeros unless the number is zero.
        if body.starts_with('0') && body.bytes().any(|c| c != b'0' && c != b'_') {
            return Err(ParseIntError::Invalid);
        }
    }
    // Validate digits and underscores: one underscore between digits, or
    // right after a base prefix.
    let mut digits = Vec::with_capacity(body.len());
    let mut after_digit = false;
    let mut underscore_ok = had_prefix;
    for c in body.bytes() {
        if c == b'_' {
            if !underscore_ok {
                return Err(ParseIntError::Invalid);
            }
            underscore_ok = false;
            after_digit = false;
            continue;
        }
        let d = (c as char).to_digit(36).ok_or(ParseIntError::Invalid)?;
        if d >= base {
            return Err(ParseIntError::Invalid);
        }
        digits.push(d as u8);
        after_digit = true;
        underscore_ok = true;
    }
    if !after_digit {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() {
        let limit = max_str_digits();
        if limit > 0 && digits.len() > limit {
            return Err(ParseIntError::TooManyDigits(digits.len()));
        }
    }
    let mag = BigInt::from_radix_be(Sign::Plus, &digits, base).ok_or(ParseIntError::Invalid)?;
    Ok(if neg { -mag } else { mag })
}

/// The message for `int(s)` with more digits than the limit.
pub fn too_many_digits_msg(n: usize) -> String {
    let limit = max_str_digits();
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// An int from an ASCII decimal source literal (optional leading `-`, any
/// length, no digit limit).
#[no_mangle]
pub unsafe extern "C" fn molt_int_from_decimal(ptr: *const u8, len: usize) -> Value {
    // SAFETY: the caller passes `len` readable bytes at `ptr`.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    let (neg, digits) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        _ => (false, bytes),
    };
    let ds: Vec<u8> = digits
        .iter()
        .filter(|c| c.is_ascii_digit())
        .map(|c| c - b'0')
        .collect();
    let mag = BigInt::from_radix_be(Sign::Plus, &ds, 10).unwrap_or_default();
    int_from_big(if neg { -mag } else { mag })
}

/// `float(i)` for an int or bool; OverflowError when too large.
#[no_mangle]
pub extern "C" fn molt_int_to_f64(v: Value) -> f64 {
    let r = match as_int(v) {
        Some(i) => to_f64_checked(i),
        None => crate::exc::type_error(&format!(
            "must be real number, not {}",
            crate::value::type_name(v)
        )),
    };
    r.unwrap_or(f64::from_bits(crate::value::FLOAT_ERROR_BITS))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn normalisation() {
        assert_eq!(int_from_big(big("4611686018427387903")), small(SMALL_MAX));
        assert_eq!(int_from_big(big("-4611686018427387904")), small(SMALL_MIN));
        let v = int_from_big(big("4611686018427387904"));
        assert!(crate::value::is_heap(v));
        let w = sub(as_int(v).unwrap(), IntRef::Small(1));
        assert_eq!(w, small(SMALL_MAX));
        let n = neg(IntRef::Small(SMALL_MIN));
        assert_eq!(
            to_decimal(as_int(n).unwrap()).unwrap(),
            "4611686018427387904"
        );
        crate::value::decref(n);
        crate::value::decref(v);
    }

    #[test]
    fn floor_div_mod_signs() {
        // python3.11: -7//2 == -4, -7%2 == 1, 7%-2 == -1, divmod(7,-2) == (-4,-1)
        let dm = |a, b| {
            divmod_floor(IntRef::Small(a), IntRef::Small(b))
                .map(|(q, r)| (small_of(q), small_of(r)))
        };
        use crate::value::small_of;
        assert_eq!(dm(-7, 2), Some((-4, 1)));
        assert_eq!(dm(7, -2), Some((-4, -1)));
        assert_eq!(dm(-7, -2), Some((3, -1)));
        assert_eq!(dm(1, 0), None);
    }

    #[test]
    fn parsing() {
        let p = |s: &str, b| parse_int(s, b).map(|x| x.to_string());
        assert_eq!(p(" 1_0 ", 10), Ok("10".into()));
        assert_eq!(p("1__0", 10), Err(ParseIntError::Invalid));
        assert_eq!(p("0x10", 16), Ok("16".into()));
        assert_eq!(p("0x10", 0), Ok("16".into()));
        assert_eq!(p("010", 0), Err(ParseIntError::Invalid));
        assert_eq!(p("00", 0), Ok("0".into()));
        assert_eq!(p("0_0", 0), Ok("0".into()));
        assert_eq!(p("0_7", 0), Err(ParseIntError::Invalid));
        assert_eq!(p("0b_1", 0), Ok("1".into()));
        assert_eq!(p("0x_", 0), Err(ParseIntError::Invalid));
        assert_eq!(p("1_", 0), Err(ParseIntError::Invalid));
        assert_eq!(p("_1", 0), Err(ParseIntError::Invalid));
        assert_eq!(p("-", 10), Err(ParseIntError::Invalid));
        assert_eq!(p("  -0b101  ", 0), Ok("-5".into()));
        assert_eq!(p("z", 36), Ok("35".into()));
        assert_eq!(p("0x1f", 10), Err(ParseIntError::Invalid));
        assert_eq!(p("", 10), Err(ParseIntError::Invalid));
    }

    #[test]
    fn digit_limit() {
        assert_eq!(
            parse_int(&"1".repeat(4301), 10),
            Err(ParseIntError::TooManyDigits(4301))
        );
        assert!(parse_int(&"1".repeat(4300), 10).is_ok());
        assert!(parse_int(&"1".repeat(5000), 16).is_ok());
        let v = int_from_big(big(&"9".repeat(4301)));
        assert!(to_decimal(as_int(v).unwrap()).is_err());
        crate::exc::molt_err_clear();
        crate::value::decref(v);
    }

    #[test]
    fn int_to_float_rounding() {
        // python3.11: float(2**54+3) == 1.8014398509481988e+16; 10**400/3 overflows; 1/10**400 == 0.0
        assert_eq!(
            to_f64(IntRef::Big(&big("18014398509481987"))),
            Some(1.8014398509481988e16)
        );
        assert_eq!(to_f64(IntRef::Big(&(BigInt::from(1) << 1024u32))), None);
        let r = true_divide(
            IntRef::Small(1),
            IntRef::Big(&big(&format!("1{}", "0".repeat(400)))),
        )
        .unwrap();
        assert_eq!(r, Some(0.0));
        // python3.11: (2**60+1)/3 == 3.843071682022823e+17
        let r = true_divide(IntRef::Small((1 << 60) + 1), IntRef::Small(3)).unwrap();
        assert_eq!(r, Some(3.843071682022823e17));
    }

    #[test]
    fn subnormal_and_overflow_edges() {
        // python3.11: 1/2**1074 == 5e-324; 3/2**1075 == 1e-323; 5/2**1076 == 5e-324
        let p2 = |k: u32| BigInt::from(1) << k;
        let div = |a: i64, k| true_divide(IntRef::Small(a), IntRef::Big(&p2(k))).unwrap();
        assert_eq!(div(1, 1074), Some(5e-324));
        assert_eq!(div(3, 1075), Some(1e-323));
        assert_eq!(div(5, 1076), Some(5e-324));
        // python3.11: float(2**1024 - 2**970) overflows; 2**1024 - 2**970 - 1 does not
        let half_way = p2(1024) - p2(970);
        assert_eq!(to_f64(IntRef::Big(&half_way)), None);
        let below = &half_way - 1;
        assert_eq!(to_f64(IntRef::Big(&below)), Some(1.7976931348623157e308));
        // python3.11: (2**100+1)/(2**47+3) == 9007199254740800.0
        let r = true_divide(IntRef::Big(&(p2(100) + 1)), IntRef::Big(&(p2(47) + 3)));
        assert_eq!(r.unwrap(), Some(9007199254740800.0));
    }

    #[test]
    fn exact_int_float_compare() {
        let n = big("9007199254740993"); // 2**53 + 1
        assert_eq!(
            cmp_float(IntRef::Big(&n), 9007199254740992.0),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_float(IntRef::Small(1), 1.0), Some(Ordering::Equal));
        assert_eq!(cmp_float(IntRef::Small(1), f64::NAN), None);
    }
}
