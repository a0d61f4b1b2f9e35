//! Methods of ints (and bools), floats and slice objects, and the class
//! methods `int.from_bytes` / `float.fromhex`, with CPython 3.11's results
//! and messages.
//!
//! - ints: `bit_length`, `bit_count`, `conjugate`, `as_integer_ratio`,
//!   `to_bytes(length=1, byteorder='big', *, signed=False)` and
//!   `from_bytes(bytes, byteorder='big', *, signed=False)` (a class method,
//!   also callable on an instance: its class, `int` or `bool`, makes the
//!   result);
//! - floats: `hex`, `is_integer`, `as_integer_ratio`, `conjugate` and the
//!   class method `fromhex` (their text forms are in the `hexfloat` submodule);
//! - slices: `indices` (the arithmetic is in [`crate::sliceobj`]).
//!
//! Arguments are bound like Argument Clinic's `_PyArg_UnpackKeywords`, so
//! every TypeError reads as CPython's. Entry points for the class-method
//! calls sema recognises: `molt_int_from_bytes(bytes, byteorder, signed)`
//! (absent arguments unbound) and `molt_float_fromhex(s)`.

use crate::exc::no_attribute;
use crate::exc::{memory_error, overflow_error, ret, type_error, value_error, PyResult};
use crate::int::{as_int, int_from_big, int_from_i64, IntRef};
use crate::kwargs::Kw;
use crate::tuple::tuple_from_owned;
use crate::value::UNBOUND;
use crate::value::{bool_value, decref, float_value, incref, small, type_name, view, Obj};
use crate::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed};

mod hexfloat;

pub use hexfloat::{float_hex, parse_hex_float, FromHexError};

// ---------------------------------------------------------------- arguments

/// An Argument Clinic signature without positional-only parameters:
/// `params[..maxpos]` may be passed by position, the rest only by keyword,
/// and the first `required` must be given.
struct Sig {
    fname: &'static str,
    params: &'static [&'static str],
    required: usize,
    maxpos: usize,
}

const TO_BYTES: Sig = Sig {
    fname: "to_bytes",
    params: &["length", "byteorder", "signed"],
    required: 0,
    maxpos: 2,
};

const FROM_BYTES: Sig = Sig {
    fname: "from_bytes",
    params: &["bytes", "byteorder", "signed"],
    required: 1,
    maxpos: 2,
};

/// Binds `args` and `kw` to `sig` (see [`crate::kwargs::bind_required`]).
fn unpack(sig: &Sig, args: &[Value], kw: Kw) -> PyResult<Vec<Option<Value>>> {
    crate::kwargs::bind_required(sig.fname, args, kw, sig.params, sig.maxpos, sig.required)
}

/// No keyword arguments allowed: `int.bit_length() takes no keyword arguments`.
fn no_keywords(ty: &str, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        type_error(&format!("{ty}.{name}() takes no keyword arguments"))
    }
}

/// METH_NOARGS: `int.bit_length() takes no arguments (1 given)`.
fn no_args(ty: &str, name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    no_keywords(ty, name, kw)?;
    crate::argcheck::no_args(ty, name, args)
}

/// METH_O: `slice.indices() takes exactly one argument (0 given)`.
fn one_arg(ty: &str, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords(ty, name, kw)?;
    crate::argcheck::one_arg(ty, name, args)
}

/// The `byteorder` argument's type check (`_PyArg_BadArgument`); `None`
/// when not given (the default, 'big').
fn byteorder_arg<'a>(fname: &str, v: Option<Value>) -> PyResult<Option<&'a str>> {
    match v.filter(|&v| v != UNBOUND) {
        None => Ok(None),
        Some(v) => match view(v) {
            Obj::Str(s) => Ok(Some(s)),
            Obj::None => type_error(&format!(
                "{fname}() argument 'byteorder' must be str, not None"
            )),
            _ => type_error(&format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                type_name(v)
            )),
        },
    }
}

/// Is the byte order little-endian? (`ValueError` unless 'little' or 'big').
fn little_endian(order: Option<&str>) -> PyResult<bool> {
    match order {
        None | Some("big") => Ok(false),
        Some("little") => Ok(true),
        Some(_) => value_error("byteorder must be either 'little' or 'big'"),
    }
}

/// A `bool` clinic argument: any object's truth value; absent = False.
fn flag_arg(v: Option<Value>) -> bool {
    v.filter(|&v| v != UNBOUND).is_some_and(crate::ops::is_true)
}

// ---------------------------------------------------------------- int

/// The int value of an int or bool receiver (`True.conjugate()` is `1`).
fn exact_int(recv: Value) -> Value {
    match view(recv) {
        Obj::Bool(b) => small(i64::from(b)),
        _ => {
            incref(recv);
            recv
        }
    }
}

/// `int.bit_count()`: the ones in the binary form of `abs(i)`.
pub fn bit_count(i: IntRef) -> u64 {
    match i {
        IntRef::Small(x) => u64::from(x.unsigned_abs().count_ones()),
        IntRef::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| u64::from(d.count_ones()))
            .sum(),
    }
}

/// Bits of `i` not counting sign bits: `i.bit_length()` for `i >= 0`,
/// `(~i).bit_length()` for negatives.
fn significant_bits(i: IntRef) -> u64 {
    match i {
        IntRef::Small(x) if x < 0 => 64 - u64::from((!x).leading_zeros()),
        IntRef::Small(x) => 64 - u64::from(x.leading_zeros()),
        IntRef::Big(b) if b.is_negative() => (b.magnitude() - 1u32).bits(),
        IntRef::Big(b) => b.bits(),
    }
}

/// The `length`-byte two's complement (or unsigned) form of `i`, least
/// significant byte first, with CPython's errors.
pub fn int_to_bytes_le(i: IntRef, length: usize, signed: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    if crate::alloc::fallible(|| out.try_reserve_exact(length)).is_err() {
        return memory_error();
    }
    let negative = i.is_negative();
    if negative && !signed {
        return overflow_error("can't convert negative int to unsigned");
    }
    let bits = u128::from(significant_bits(i));
    let room = 8 * length as u128;
    let fits = if signed {
        bits == 0 || bits < room
    } else {
        bits <= room
    };
    if !fits {
        return overflow_error("int too big to convert");
    }
    let fill = if negative { 0xff } else { 0 };
    match i {
        IntRef::Small(x) => {
            let raw = i128::from(x).to_le_bytes();
            out.extend(raw.iter().copied().take(length));
        }
        IntRef::Big(b) => {
            let raw = if negative {
                b.to_signed_bytes_le()
            } else {
                b.to_bytes_le().1
            };
            out.extend(raw.into_iter().take(length));
        }
    }
    out.resize(length, fill);
    Ok(out)
}

/// The int whose bytes are `data` (CPython's `_PyLong_FromByteArray`).
pub fn int_from_byte_data(data: &[u8], little: bool, signed: bool) -> Value {
    if data.len() <= 7 {
        let mut x: i64 = 0;
        for k in 0..data.len() {
            let b = if little {
                data[data.len() - 1 - k]
            } else {
                data[k]
            };
            x = (x << 8) | i64::from(b);
        }
        let nbits = 8 * data.len() as u32;
        if signed && nbits > 0 && (x >> (nbits - 1)) & 1 == 1 {
            x -= 1 << nbits;
        }
        return int_from_i64(x);
    }
    let b = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(data),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, data),
        (false, true) => BigInt::from_signed_bytes_be(data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, data),
    };
    int_from_big(b)
}

/// `i.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(i: IntRef, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = unpack(&TO_BYTES, args, kw)?;
    let length = match a[0] {
        Some(v) => crate::kwargs::ssize_arg(v)?,
        None => 1,
    };
    let order = byteorder_arg("to_bytes", a[1])?;
    let signed = flag_arg(a[2]);
    let little = little_endian(order)?;
    if length < 0 {
        return value_error("length argument must be non-negative");
    }
    // CPython allocates the result first: a length past the bytes size
    // limit fails before the value is looked at.
    if length > i64::MAX - 33 {
        return overflow_error("byte string is too large");
    }
    if length > isize::MAX as i64 / 2 {
        return memory_error();
    }
    let mut data = int_to_bytes_le(i, length as usize, signed)?;
    if !little {
        data.reverse();
    }
    crate::bytes::bytes_from(&data)
}

/// `PyObject_Bytes(x)` for `from_bytes`: bytes-like objects and iterables
/// of ints in `range(256)`.
fn bytes_data(x: Value, f: impl FnOnce(&[u8]) -> Value) -> PyResult<Value> {
    match view(x) {
        Obj::Bytes(b) => Ok(f(b)),
        Obj::ByteArray(a) => Ok(f(a.data())),
        Obj::Str(_) | Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) => type_error(&format!(
            "cannot convert '{}' object to bytes",
            type_name(x)
        )),
        _ => {
            let b = crate::bytes::bytes_new(x)?;
            let r = f(crate::bytes::as_bytes_like(b).unwrap_or(&[]));
            decref(b);
            Ok(r)
        }
    }
}

/// `cls.from_bytes(bytes, byteorder, signed=...)` after binding; `cls` is
/// `bool` when `as_bool`.
fn from_bytes_impl(
    as_bool: bool,
    bytes: Value,
    byteorder: Option<Value>,
    signed: Option<Value>,
) -> PyResult<Value> {
    let order = byteorder_arg("from_bytes", byteorder)?;
    let signed = flag_arg(signed);
    let little = little_endian(order)?;
    let v = bytes_data(bytes, |d| int_from_byte_data(d, little, signed))?;
    if as_bool {
        let b = !matches!(view(v), Obj::Int(0));
        decref(v);
        return Ok(bool_value(b));
    }
    Ok(v)
}

/// `cls.from_bytes(*args, **kw)`.
fn from_bytes(as_bool: bool, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = unpack(&FROM_BYTES, args, kw)?;
    let Some(bytes) = a[0] else {
        return type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    from_bytes_impl(as_bool, bytes, a[1], a[2])
}

/// `i.name(*args, **kw)` for an int or bool receiver.
fn int_method(recv: Value, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(i) = as_int(recv) else {
        return no_attribute(recv, name);
    };
    match name {
        "bit_length" => {
            no_args("int", name, args, kw)?;
            Ok(int_from_i64(i.bits() as i64))
        }
        "bit_count" => {
            no_args("int", name, args, kw)?;
            Ok(int_from_i64(bit_count(i) as i64))
        }
        "conjugate" => {
            no_args("int", name, args, kw)?;
            Ok(exact_int(recv))
        }
        "as_integer_ratio" => {
            no_args("int", name, args, kw)?;
            tuple_from_owned(vec![exact_int(recv), small(1)])
        }
        "to_bytes" => to_bytes(i, args, kw),
        "from_bytes" => from_bytes(matches!(view(recv), Obj::Bool(_)), args, kw),
        _ => no_attribute(recv, name),
    }
}

// ---------------------------------------------------------------- float

/// `float.fromhex(s)` on a value.
fn fromhex(s: Value) -> PyResult<Value> {
    let Obj::Str(s) = view(s) else {
        return type_error("bad argument type for built-in operation");
    };
    match parse_hex_float(s) {
        Ok(x) => Ok(float_value(x)),
        Err(FromHexError::Invalid) => value_error("invalid hexadecimal floating-point string"),
        Err(FromHexError::Overflow) => {
            overflow_error("hexadecimal value too large to represent as a float")
        }
    }
}

/// `x.as_integer_ratio()`: the reduced fraction equal to `x`.
fn float_ratio(x: f64) -> PyResult<Value> {
    if x.is_infinite() {
        return overflow_error("cannot convert Infinity to integer ratio");
    }
    if x.is_nan() {
        return value_error("cannot convert NaN to integer ratio");
    }
    if x == 0.0 {
        return tuple_from_owned(vec![small(0), small(1)]);
    }
    let (m, e) = crate::float::float_parts(x);
    // `m` is non-zero: cancel common factors of two.
    let tz = i64::from(m.trailing_zeros());
    let (m, e) = if e < 0 {
        let k = tz.min(-e);
        (m >> k, e + k)
    } else {
        (m, e)
    };
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    if x < 0.0 {
        num = -num;
    }
    tuple_from_owned(vec![int_from_big(num), int_from_big(den)])
}

/// `x.name(*args, **kw)` for a float receiver.
fn float_method(recv: Value, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Obj::Float(x) = view(recv) else {
        return no_attribute(recv, name);
    };
    match name {
        "hex" => {
            no_args("float", name, args, kw)?;
            Ok(crate::str::str_new(&float_hex(x)))
        }
        "is_integer" => {
            no_args("float", name, args, kw)?;
            Ok(bool_value(x.is_finite() && x.fract() == 0.0))
        }
        "as_integer_ratio" => {
            no_args("float", name, args, kw)?;
            float_ratio(x)
        }
        "conjugate" => {
            no_args("float", name, args, kw)?;
            incref(recv);
            Ok(recv)
        }
        "fromhex" => fromhex(one_arg("float", name, args, kw)?),
        _ => no_attribute(recv, name),
    }
}

// ---------------------------------------------------------------- slices and types

/// `s.name(*args, **kw)` for a slice receiver.
fn slice_method(recv: Value, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(s) = crate::sliceobj::as_slice_obj(recv) else {
        return no_attribute(recv, name);
    };
    match name {
        "indices" => crate::sliceobj::slice_indices(s, one_arg("slice", name, args, kw)?),
        _ => no_attribute(recv, name),
    }
}

/// Is `recv.name` a class method this module implements on a builtin
/// type object (`int.from_bytes`, `bool.from_bytes`, `float.fromhex`)?
fn is_type_method(recv: Value, name: &str) -> bool {
    matches!(
        (crate::typeobj::as_type(recv).map(|t| t.name), name),
        (Some("int" | "bool"), "from_bytes") | (Some("float"), "fromhex")
    )
}

/// `t.name(*args, **kw)` for a type object `t` accepted by [`is_type_method`].
fn type_method(recv: Value, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    match (crate::typeobj::as_type(recv).map(|t| t.name), name) {
        (Some(t @ ("int" | "bool")), "from_bytes") => from_bytes(t == "bool", args, kw),
        (Some("float"), "fromhex") => fromhex(one_arg("float", name, args, kw)?),
        _ => no_attribute(recv, name),
    }
}

// ---------------------------------------------------------------- dispatch

/// Does [`method`] implement `recv.name`? True for every int, bool, float
/// and slice receiver (unknown names raise their AttributeError there) and
/// for the class methods of the `int`, `bool` and `float` type objects.
pub fn handles(recv: Value, name: &str) -> bool {
    match view(recv) {
        Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) | Obj::Float(_) => true,
        Obj::Other => crate::sliceobj::as_slice_obj(recv).is_some() || is_type_method(recv, name),
        _ => false,
    }
}

/// `recv.name(*args, **kw)` for a receiver [`handles`] accepts; keyword
/// `names[i]` (str values) = `values[i]`.
pub fn method(
    recv: Value,
    name: &str,
    args: &[Value],
    names: &[Value],
    values: &[Value],
) -> PyResult<Value> {
    let kw = Kw::new(names, values);
    match view(recv) {
        Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) => int_method(recv, name, args, kw),
        Obj::Float(_) => float_method(recv, name, args, kw),
        _ if crate::sliceobj::as_slice_obj(recv).is_some() => slice_method(recv, name, args, kw),
        _ => type_method(recv, name, args, kw),
    }
}

// ---------------------------------------------------------------- entry points

/// `int.from_bytes(bytes, byteorder, signed=signed)`; `byteorder` and
/// `signed` unbound when not given.
#[no_mangle]
pub extern "C" fn molt_int_from_bytes(bytes: Value, byteorder: Value, signed: Value) -> Value {
    ret(from_bytes_impl(false, bytes, Some(byteorder), Some(signed)))
}

/// `float.fromhex(s)`.
#[no_mangle]
pub extern "C" fn molt_float_fromhex(s: Value) -> Value {
    ret(fromhex(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::repr_into;
    use crate::str::str_new;
    use crate::value::NONE;

    #[test]
    fn int_bytes_match_python() {
        let le = |i: i64, n: usize, signed: bool| {
            int_to_bytes_le(IntRef::Small(i), n, signed).map_err(|_| crate::exc::molt_err_clear())
        };
        assert_eq!(le(0, 0, false), Ok(vec![]));
        assert_eq!(le(-1, 0, true), Ok(vec![]));
        assert_eq!(le(-128, 1, true), Ok(vec![0x80]));
        assert_eq!(le(-129, 1, true), Err(()));
        assert_eq!(le(128, 1, true), Err(()));
        assert_eq!(le(255, 1, false), Ok(vec![0xff]));
        assert_eq!(le(256, 1, false), Err(()));
        assert_eq!(le(-1, 1, false), Err(()));
        assert_eq!(le(-2, 3, true), Ok(vec![0xfe, 0xff, 0xff]));
        let big = BigInt::from(-1) << 100u32;
        let data = int_to_bytes_le(IntRef::Big(&big), 14, true).unwrap_or_default();
        assert_eq!(data.len(), 14);
        let back = int_from_byte_data(&data, true, true);
        assert_eq!(as_int(back).map(|i| i.big().into_owned()), Some(big));
        decref(back);
        let v = int_from_byte_data(&[0xff, 0x7f], false, true);
        assert_eq!(as_int(v).and_then(|i| i.to_i64()), Some(-129));
        let v = int_from_byte_data(&[0x80; 7], true, true);
        assert_eq!(
            as_int(v).and_then(|i| i.to_i64()),
            Some(-0x007f_7f7f_7f7f_7f80)
        );
    }

    /// `repr(recv.name(*args))` or `!!` + the exception line.
    fn call(recv: Value, name: &str, args: &[Value]) -> String {
        let mut items = vec![recv, str_new(name)];
        items.extend_from_slice(args);
        let r = crate::str_methods::call_method(&items);
        decref(items[1]);
        match r {
            Ok(v) => {
                let mut s = String::new();
                let _ = repr_into(v, &mut s);
                decref(v);
                s
            }
            Err(_) => {
                let e = crate::exc::molt_err_fetch();
                let t = crate::exc::final_line(e);
                decref(e);
                format!("!!{t}")
            }
        }
    }

    #[test]
    fn methods_dispatch() {
        let f = float_value(0.1);
        assert_eq!(
            call(f, "as_integer_ratio", &[]),
            "(3602879701896397, 36028797018963968)"
        );
        assert_eq!(
            call(f, "hex", &[small(1)]),
            "!!TypeError: float.hex() takes no arguments (1 given)"
        );
        decref(f);
        assert_eq!(call(small(-5), "bit_length", &[]), "3");
        assert_eq!(call(crate::value::TRUE, "as_integer_ratio", &[]), "(1, 1)");
        assert_eq!(
            call(small(5), "to_bytes", &[small(1), small(2), small(3)]),
            "!!TypeError: to_bytes() takes at most 2 positional arguments (3 given)"
        );
        assert_eq!(
            call(small(5), "is_integer", &[]),
            "!!AttributeError: 'int' object has no attribute 'is_integer'"
        );
        let sl = crate::sliceobj::molt_slice_new(NONE, NONE, small(-1));
        assert_eq!(call(sl, "indices", &[small(5)]), "(4, -1, -1)");
        decref(sl);
    }
}
