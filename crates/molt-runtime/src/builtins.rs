//! Builtin functions: `str`, `repr`, `print`, `int`, `float`, `abs`,
//! `divmod`, `pow`, `round`, `hex`/`bin`/`oct`, `min`/`max`, `len`, `ord`,
//! `chr`, `bool`, and `sys.set_int_max_str_digits`.

use crate::exc::{overflow_error, ret, type_error, value_error, PyResult};
use crate::float::{parse_float, round_ndigits, round_to_int};
use crate::int::{self, as_int, int_from_big, int_from_i64, parse_int, IntRef, ParseIntError};
use crate::io::write_stdout;
use crate::ops::{compare, is_true, CmpOp};
use crate::state::MAX_STR_DIGITS;
use crate::str::{ascii_numeric_form, str_new, str_new_counted, str_repr};
use crate::tuple::tuple_from_owned;
use crate::value::{bool_value, decref, float_value, incref, type_name, view, Obj, NONE, UNBOUND};
use crate::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// Appends `repr(v)` to `out`: the type's `repr` slot, or CPython's
/// default `<T object at 0x...>`.
pub fn repr_into(v: Value, out: &mut String) -> PyResult<()> {
    match crate::slots::lookup(v, |s| s.repr) {
        Some(repr) => repr(v, out),
        None => {
            out.push_str(&format!("<{} object at {v:#x}>", type_name(v)));
            Ok(())
        }
    }
}

thread_local! {
    /// Containers whose repr is being computed (innermost last).
    static REPR_ACTIVE: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// CPython's `Py_ReprEnter` for a container `v` about to print its items:
/// `Ok(false)` when `v` is already being printed (print `[...]`/`{...}`
/// instead), RecursionError when containers nest too deeply. After
/// `Ok(true)`, call [`repr_leave`] when done.
pub fn repr_enter(v: Value) -> PyResult<bool> {
    let state = REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if a.contains(&v) {
            Some(false)
        } else if a.len() >= crate::list::NESTING_LIMIT as usize {
            None
        } else {
            a.push(v);
            Some(true)
        }
    });
    match state {
        Some(entered) => Ok(entered),
        None => crate::exc::raise(
            crate::exc::EXC_RECURSION_ERROR,
            "maximum recursion depth exceeded while getting the repr of an object",
        ),
    }
}

/// CPython's `Py_ReprLeave`: `v`'s repr is done.
pub fn repr_leave(v: Value) {
    REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if let Some(i) = a.iter().rposition(|&x| x == v) {
            a.remove(i);
        }
    });
}

/// `str(v)` as Rust text.
pub fn str_text(v: Value) -> PyResult<String> {
    let mut s = String::new();
    match crate::slots::lookup(v, |s| s.str) {
        Some(str_slot) => str_slot(v, &mut s)?,
        None => repr_into(v, &mut s)?,
    }
    Ok(s)
}

/// `str(v)` as a new str value.
pub fn to_str(v: Value) -> PyResult<Value> {
    match view(v) {
        Obj::Str(_) => {
            incref(v);
            return Ok(v);
        }
        Obj::Int(i) => return Ok(crate::str::str_from_i64(i)),
        _ => {}
    }
    Ok(str_new(&str_text(v)?))
}

/// `repr(v)` as a new str value.
pub fn to_repr(v: Value) -> PyResult<Value> {
    let mut s = String::new();
    repr_into(v, &mut s)?;
    Ok(str_new(&s))
}

/// `str(v)`.
#[no_mangle]
pub extern "C" fn molt_str(v: Value) -> Value {
    ret(to_str(v))
}

/// `repr(v)`.
#[no_mangle]
pub extern "C" fn molt_repr(v: Value) -> Value {
    ret(to_repr(v))
}

fn sep_text(
    v: Value,
    what: &str,
    default: &'static str,
) -> PyResult<std::borrow::Cow<'static, str>> {
    match view(v) {
        _ if v == UNBOUND || v == NONE => Ok(default.into()),
        Obj::Str(s) => Ok(s.to_string().into()),
        _ => type_error(&format!(
            "{what} must be None or a string, not {}",
            type_name(v)
        )),
    }
}

/// `print(*args, sep=sep, end=end)`; `sep`/`end` unbound or None mean the
/// defaults. Returns None.
#[no_mangle]
pub unsafe extern "C" fn molt_print(args: *const Value, n: usize, sep: Value, end: Value) -> Value {
    // SAFETY: the caller passes `n` readable values at `args`.
    let args = unsafe { slice(args, n) };
    ret(print(args, sep, end))
}

/// The body of `print`.
pub fn print(args: &[Value], sep: Value, end: Value) -> PyResult<Value> {
    print_with(args, sep, end, &mut |b| write_stdout(b))
}

/// `print` writing each piece with `out` as soon as it is made (so what
/// precedes an argument whose `str()` fails is written, as in CPython).
pub fn print_with(
    args: &[Value],
    sep: Value,
    end: Value,
    out: &mut dyn FnMut(&[u8]) -> PyResult<()>,
) -> PyResult<Value> {
    let sep = sep_text(sep, "sep", " ")?;
    let end = sep_text(end, "end", "\n")?;
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out(sep.as_bytes())?;
        }
        match view(a) {
            Obj::Str(s) => out(s.as_bytes())?,
            _ => out(str_text(a)?.as_bytes())?,
        }
    }
    out(end.as_bytes())?;
    Ok(NONE)
}

/// Borrows `n` values at `p` (empty when `n == 0`, whatever `p` is).
///
/// # Safety
/// `p` must point to `n` readable values when `n > 0`.
pub unsafe fn slice<'a>(p: *const Value, n: usize) -> &'a [Value] {
    if n == 0 {
        &[]
    } else {
        // SAFETY: per the contract.
        unsafe { std::slice::from_raw_parts(p, n) }
    }
}

fn invalid_int_literal<T>(s: &str, base: u32) -> PyResult<T> {
    // CPython formats the literal with `%.200R`.
    let r: String = str_repr(s).chars().take(200).collect();
    value_error(&format!("invalid literal for int() with base {base}: {r}"))
}

/// `int(s)` for the common plain form: an optional sign and at most 18
/// ASCII decimal digits (so the value is a small int); `None` for
/// anything else (whitespace, underscores, other digits), which takes the
/// general path.
fn parse_small_decimal(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut acc: i64 = 0;
    for &c in digits {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        acc = acc * 10 + i64::from(d);
    }
    Some(if neg { -acc } else { acc })
}

fn int_from_text(s: &str, base: u32) -> PyResult<Value> {
    if base == 10 {
        if let Some(i) = parse_small_decimal(s) {
            return Ok(crate::value::small(i));
        }
    }
    let parsed = match ascii_numeric_form(s) {
        Some(a) => parse_int(&a, base),
        None => Err(ParseIntError::Invalid),
    };
    match parsed {
        Ok(b) => Ok(int_from_big(b)),
        Err(ParseIntError::Invalid) => invalid_int_literal(s, base),
        Err(ParseIntError::TooManyDigits(n)) => value_error(&int::too_many_digits_msg(n)),
    }
}

/// `int(b, base)` for a bytes-like `b`: its ASCII text parsed as a str
/// would be; the error shows the bytes (`b'x'`), as CPython's does.
fn int_from_bytes_text(data: &[u8], base: u32) -> PyResult<Value> {
    if let Some(s) = std::str::from_utf8(data).ok().filter(|s| s.is_ascii()) {
        if base == 10 {
            if let Some(i) = parse_small_decimal(s) {
                return Ok(crate::value::small(i));
            }
        }
        match ascii_numeric_form(s).map(|a| parse_int(&a, base)) {
            Some(Ok(b)) => return Ok(int_from_big(b)),
            Some(Err(ParseIntError::TooManyDigits(n))) => {
                return value_error(&int::too_many_digits_msg(n))
            }
            _ => {}
        }
    }
    let b = crate::bytes::bytes_from(data)?;
    let mut r = String::new();
    crate::bytes::repr_into(b, &mut r);
    crate::value::decref(b);
    let r: String = r.chars().take(200).collect();
    value_error(&format!("invalid literal for int() with base {base}: {r}"))
}

/// `int(v)`.
pub fn int_new(v: Value) -> PyResult<Value> {
    if let Some(data) = crate::bytes::as_bytes_like(v) {
        return int_from_bytes_text(data, 10);
    }
    match view(v) {
        Obj::Float(x) => int::from_f64(x),
        Obj::Str(s) => int_from_text(s, 10),
        _ => match as_int(v) {
            Some(i) => Ok(int::add(i, IntRef::Small(0))),
            None => type_error(&format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(v)
            )),
        },
    }
}

/// `int(v)`.
#[no_mangle]
pub extern "C" fn molt_int_new(v: Value) -> Value {
    ret(int_new(v))
}

/// Interprets `v` as an index-sized integer (`operator.index`), clamping
/// to `i64` like `PyNumber_AsSsize_t(v, NULL)`.
pub fn index_clamped(v: Value) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => Ok(i
            .to_i64()
            .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX })),
        None => type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )),
    }
}

/// `int(v, base)`.
pub fn int_new_base(v: Value, base: Value) -> PyResult<Value> {
    let b = index_clamped(base)?;
    if b != 0 && !(2..=36).contains(&b) {
        return value_error("int() base must be >= 2 and <= 36, or 0");
    }
    if let Some(data) = crate::bytes::as_bytes_like(v) {
        return int_from_bytes_text(data, b as u32);
    }
    let Obj::Str(s) = view(v) else {
        return type_error("int() can't convert non-string with explicit base");
    };
    int_from_text(s, b as u32)
}

/// `int(v, base)`.
#[no_mangle]
pub extern "C" fn molt_int_new_base(v: Value, base: Value) -> Value {
    ret(int_new_base(v, base))
}

/// `float(v)`.
pub fn float_from(v: Value) -> PyResult<Value> {
    match view(v) {
        Obj::Float(_) => {
            incref(v);
            Ok(v)
        }
        Obj::Str(s) => match ascii_numeric_form(s).and_then(|a| parse_float(&a)) {
            Some(x) => Ok(float_value(x)),
            None => value_error(&format!(
                "could not convert string to float: {}",
                str_repr(s)
            )),
        },
        _ => match as_int(v) {
            Some(i) => Ok(float_value(int::to_f64_checked(i)?)),
            None => type_error(&format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(v)
            )),
        },
    }
}

/// `float(v)`.
#[no_mangle]
pub extern "C" fn molt_float_from(v: Value) -> Value {
    ret(float_from(v))
}

/// `abs(v)`.
pub fn abs(v: Value) -> PyResult<Value> {
    if let Some(r) = crate::instance::unary(v, "__abs__", "abs()") {
        return r;
    }
    match view(v) {
        Obj::Float(x) => Ok(float_value(x.abs())),
        _ => match as_int(v) {
            Some(i) => Ok(int::abs(i)),
            None => type_error(&format!("bad operand type for abs(): '{}'", type_name(v))),
        },
    }
}

/// `abs(v)`.
#[no_mangle]
pub extern "C" fn molt_abs(v: Value) -> Value {
    ret(abs(v))
}

/// `divmod(a, b)` as a tuple.
#[no_mangle]
pub extern "C" fn molt_divmod(a: Value, b: Value) -> Value {
    ret(crate::ops::divmod(a, b).and_then(|(q, r)| tuple_from_owned(vec![q, r])))
}

/// `pow(a, b, m)`; `m` None or unbound means `a ** b`.
pub fn pow3(a: Value, b: Value, m: Value) -> PyResult<Value> {
    if m == NONE || m == UNBOUND {
        return crate::ops::binop(crate::ops::BinOp::Pow, a, b);
    }
    let (Some(x), Some(e), Some(md)) = (as_int(a), as_int(b), as_int(m)) else {
        let real = |v: Value| as_int(v).is_some() || matches!(view(v), Obj::Float(_));
        if real(a) && real(b) && real(m) {
            return type_error("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return type_error(&format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            type_name(a),
            type_name(b),
            type_name(m)
        ));
    };
    if md.is_zero() {
        return value_error("pow() 3rd argument cannot be 0");
    }
    let modulus = md.big().into_owned();
    let mabs = modulus.abs();
    let mut base = x.big().mod_floor(&mabs);
    let mut exp = e.big().into_owned();
    if exp.is_negative() {
        // Modular inverse by the extended Euclidean algorithm.
        let g = base.extended_gcd(&mabs);
        if !g.gcd.is_one() {
            return value_error("base is not invertible for the given modulus");
        }
        base = g.x.mod_floor(&mabs);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &mabs);
    // Python's result has the sign of the modulus.
    if modulus.is_negative() && !r.is_zero() {
        r += &modulus;
    }
    Ok(int_from_big(r))
}

/// `pow(a, b, m)`.
#[no_mangle]
pub extern "C" fn molt_pow3(a: Value, b: Value, m: Value) -> Value {
    ret(pow3(a, b, m))
}

/// `round(v)`.
pub fn round1(v: Value) -> PyResult<Value> {
    match view(v) {
        Obj::Float(x) => round_to_int(x),
        _ => match as_int(v) {
            Some(i) => Ok(int::add(i, IntRef::Small(0))),
            None => type_error(&format!(
                "type {} doesn't define __round__ method",
                type_name(v)
            )),
        },
    }
}

/// `round(v)`.
#[no_mangle]
pub extern "C" fn molt_round1(v: Value) -> Value {
    ret(round1(v))
}

/// `round(v, nd)`.
pub fn round2(v: Value, nd: Value) -> PyResult<Value> {
    if nd == NONE || nd == UNBOUND {
        return round1(v);
    }
    match view(v) {
        Obj::Float(x) => {
            let n = index_clamped(nd)?;
            Ok(float_value(round_ndigits(x, n)?))
        }
        _ => match as_int(v) {
            Some(i) => {
                let Some(n) = as_int(nd) else {
                    return type_error(&format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(nd)
                    ));
                };
                if !n.is_negative() {
                    return Ok(int::add(i, IntRef::Small(0)));
                }
                let k = n.big().magnitude().clone();
                // 10**k exceeds |i| once k > digits(i): the result is 0.
                let max_k = (i.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
                if k > max_k.into() {
                    return Ok(crate::value::small(0));
                }
                let pow10 =
                    num_traits::pow(BigInt::from(10), u64::try_from(&k).unwrap_or(0) as usize);
                let (mut q, r) = i.big().div_mod_floor(&pow10);
                let twice = &r * 2u32;
                if twice > pow10 || (twice == pow10 && q.is_odd()) {
                    q += 1u32;
                }
                Ok(int_from_big(q * pow10))
            }
            None => type_error(&format!(
                "type {} doesn't define __round__ method",
                type_name(v)
            )),
        },
    }
}

/// `round(v, nd)` (`nd` None means `round(v)`).
#[no_mangle]
pub extern "C" fn molt_round2(v: Value, nd: Value) -> Value {
    ret(round2(v, nd))
}

fn radix_text(v: Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let Some(i) = as_int(v) else {
        return type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ));
    };
    let b = i.big();
    let digits = b.magnitude().to_str_radix(radix);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(str_new(&format!("{sign}{prefix}{digits}")))
}

/// `hex(v)`.
#[no_mangle]
pub extern "C" fn molt_hex(v: Value) -> Value {
    ret(radix_text(v, 16, "0x"))
}

/// `bin(v)`.
#[no_mangle]
pub extern "C" fn molt_bin(v: Value) -> Value {
    ret(radix_text(v, 2, "0b"))
}

/// `oct(v)`.
#[no_mangle]
pub extern "C" fn molt_oct(v: Value) -> Value {
    ret(radix_text(v, 8, "0o"))
}

/// The items of an iterable argument of `min`/`max` as new references.
fn iter_items(v: Value) -> PyResult<Vec<Value>> {
    match view(v) {
        Obj::List(_) | Obj::Range(_) | Obj::Other => crate::iterbuiltins::collect(v),
        Obj::Tuple(items) => {
            for &i in items {
                incref(i);
            }
            Ok(items.to_vec())
        }
        Obj::Str(s) => Ok(s
            .chars()
            .map(|c| str_new_counted(c.encode_utf8(&mut [0; 4]), 1))
            .collect()),
        Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) | Obj::DictView(_) => crate::set::collect(v),
        _ => type_error(&format!("'{}' object is not iterable", type_name(v))),
    }
}

fn min_max(args: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    let owned;
    let items: &[Value] = match args.len() {
        0 => return type_error(&format!("{name} expected at least 1 argument, got 0")),
        1 => {
            owned = OwnedVec(iter_items(args[0])?);
            &owned.0
        }
        _ => args,
    };
    let Some((&first, rest)) = items.split_first() else {
        return value_error(&format!("{name}() arg is an empty sequence"));
    };
    let mut best = first;
    for &item in rest {
        if compare(op, item, best)? {
            best = item;
        }
    }
    incref(best);
    Ok(best)
}

/// Owned references released on drop.
struct OwnedVec(Vec<Value>);

impl Drop for OwnedVec {
    fn drop(&mut self) {
        for &v in &self.0 {
            decref(v);
        }
    }
}

/// `min(*args)` (one argument: its items).
#[no_mangle]
pub unsafe extern "C" fn molt_min(args: *const Value, n: usize) -> Value {
    // SAFETY: the caller passes `n` readable values at `args`.
    ret(min_max(unsafe { slice(args, n) }, "min", CmpOp::Lt))
}

/// `max(*args)` (one argument: its items).
#[no_mangle]
pub unsafe extern "C" fn molt_max(args: *const Value, n: usize) -> Value {
    // SAFETY: the caller passes `n` readable values at `args`.
    ret(min_max(unsafe { slice(args, n) }, "max", CmpOp::Gt))
}

/// `len(v)` as an int value: the type's `len` slot.
pub fn len(v: Value) -> PyResult<Value> {
    match crate::slots::lookup(v, |s| s.len) {
        Some(len) => Ok(int_from_i64(len(v)? as i64)),
        None => type_error(&format!("object of type '{}' has no len()", type_name(v))),
    }
}

/// `len(v)`.
#[no_mangle]
pub extern "C" fn molt_len(v: Value) -> Value {
    ret(len(v))
}

/// `ord(v)`.
pub fn ord(v: Value) -> PyResult<Value> {
    match view(v) {
        Obj::Str(s) => {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(int_from_i64(c as i64)),
                // SAFETY: `v` is a live str.
                _ => type_error(&format!(
                    "ord() expected a character, but string of length {} found",
                    unsafe { crate::str::str_nchars(v) }
                )),
            }
        }
        Obj::Bytes(_) | Obj::ByteArray(_) => match crate::bytes::as_bytes_like(v) {
            Some(&[c]) => Ok(int_from_i64(i64::from(c))),
            d => type_error(&format!(
                "ord() expected a character, but string of length {} found",
                d.map_or(0, <[u8]>::len)
            )),
        },
        _ => type_error(&format!(
            "ord() expected string of length 1, but {} found",
            type_name(v)
        )),
    }
}

/// `ord(v)`.
#[no_mangle]
pub extern "C" fn molt_ord(v: Value) -> Value {
    ret(ord(v))
}

/// `chr(v)`.
pub fn chr(v: Value) -> PyResult<Value> {
    let Some(i) = as_int(v) else {
        return type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ));
    };
    let Some(n) = i.to_i64().filter(|n| i32::try_from(*n).is_ok()) else {
        return overflow_error("Python int too large to convert to C int");
    };
    if !(0..0x110000).contains(&n) {
        return value_error("chr() arg not in range(0x110000)");
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(str_new_counted(c.encode_utf8(&mut [0; 4]), 1)),
        None => crate::exc::raise(
            crate::exc::EXC_NOT_IMPLEMENTED_ERROR,
            "lone surrogates in str are not supported by Molt",
        ),
    }
}

/// `chr(v)`.
#[no_mangle]
pub extern "C" fn molt_chr(v: Value) -> Value {
    ret(chr(v))
}

/// `bool(v)`.
#[no_mangle]
pub extern "C" fn molt_bool_from(v: Value) -> Value {
    bool_value(is_true(v))
}

/// `sys.set_int_max_str_digits(v)`; returns None.
pub fn set_int_max_str_digits(v: Value) -> PyResult<Value> {
    let n = index_clamped(v)?;
    if n != 0 && n < 640 {
        return value_error("maxdigits must be 0 or larger than 640");
    }
    MAX_STR_DIGITS.with(|c| c.set(n as usize));
    Ok(NONE)
}

/// `sys.set_int_max_str_digits(v)`.
#[no_mangle]
pub extern "C" fn molt_set_int_max_str_digits(v: Value) -> Value {
    ret(set_int_max_str_digits(v))
}

/// `sys.get_int_max_str_digits()`.
#[no_mangle]
pub extern "C" fn molt_get_int_max_str_digits() -> Value {
    int_from_i64(crate::state::max_str_digits() as i64)
}

/// `operator.index(v)`: ints pass through (bools become ints); anything else
/// is a TypeError, as for a `range()` argument.
pub fn index(v: Value) -> PyResult<Value> {
    match view(v) {
        Obj::Int(_) | Obj::BigInt(_) => {
            crate::value::incref(v);
            Ok(v)
        }
        Obj::Bool(b) => Ok(int_from_i64(i64::from(b))),
        _ => type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )),
    }
}

/// `operator.index(v)`.
#[no_mangle]
pub extern "C" fn molt_index(v: Value) -> Value {
    ret(index(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::small;

    fn text(v: Value) -> String {
        let s = str_text(v).unwrap();
        decref(v);
        s
    }

    #[test]
    fn round_with_ndigits_on_ints() {
        // python3.11: round(15,-1)=20, round(25,-1)=20, round(-25,-1)=-20, round(5,2)=5
        assert_eq!(round2(small(15), small(-1)), Ok(small(20)));
        assert_eq!(round2(small(25), small(-1)), Ok(small(20)));
        assert_eq!(round2(small(-25), small(-1)), Ok(small(-20)));
        assert_eq!(round2(small(5), small(2)), Ok(small(5)));
        assert_eq!(round2(crate::value::TRUE, small(2)), Ok(small(1)));
    }

    #[test]
    fn modular_pow() {
        // python3.11: pow(2,-1,7)=4, pow(-2,3,-5)=-3, pow(-3,5,7)=2
        assert_eq!(pow3(small(2), small(-1), small(7)), Ok(small(4)));
        assert_eq!(pow3(small(-2), small(3), small(-5)), Ok(small(-3)));
        assert_eq!(pow3(small(-3), small(5), small(7)), Ok(small(2)));
        assert!(pow3(small(2), small(-1), small(4)).is_err());
        crate::exc::molt_err_clear();
    }

    #[test]
    fn int_text_errors() {
        let s = str_new(&"x".repeat(300));
        assert!(int_new(s).is_err());
        let exc = crate::exc::molt_err_fetch();
        assert_eq!(str_text(exc).unwrap().chars().count(), 240);
        decref(exc);
        decref(s);
    }

    #[test]
    fn texts() {
        assert_eq!(text(molt_hex(small(-255))), "-0xff");
        assert_eq!(text(molt_oct(small(-8))), "-0o10");
        assert_eq!(text(molt_bin(crate::value::TRUE)), "0b1");
        let t = crate::tuple::tuple_from_owned(vec![small(1)]).unwrap();
        assert_eq!(text(to_repr(t).unwrap()), "(1,)");
        decref(t);
    }

    #[test]
    fn fast_big_decimal() {
        let big = int_from_big(num_traits::pow(BigInt::from(7), 11835)); // ~10,000 digits
        MAX_STR_DIGITS.with(|c| c.set(0));
        let t = std::time::Instant::now();
        let s = str_text(big).unwrap();
        let _elapsed = t.elapsed();
        assert_eq!(s.len(), 10002);
        MAX_STR_DIGITS.with(|c| c.set(crate::state::DEFAULT_MAX_STR_DIGITS));
        decref(big);
    }
}
