//! `range` objects: start, stop, step and length as int values (bigints
//! allowed), with CPython's indexing, slicing, membership, equality,
//! `count`/`index` and repr. Iterators over ranges live in
//! [`crate::iterbuiltins`].

use crate::builtins::repr_into;
use crate::exc::{overflow_error, raise, type_error, value_error, PyResult, EXC_INDEX_ERROR};
use crate::int::{as_int, int_from_big, int_from_i128, int_from_i64};
use crate::value::{alloc_boxed, decref, type_name, ObjHeader, TypeInfo};
use crate::value::{KIND_RANGE, NONE, UNBOUND};
use crate::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// Layout of a range object: four owned int values.
#[repr(C)]
pub struct RangeObj {
    /// Common header.
    pub header: ObjHeader,
    /// First value.
    pub start: Value,
    /// Stop bound (as given).
    pub stop: Value,
    /// Step, never zero.
    pub step: Value,
    /// Number of values, never negative.
    pub len: Value,
}

const _: () = {
    assert!(std::mem::offset_of!(RangeObj, start) == 16);
    assert!(std::mem::offset_of!(RangeObj, len) == 40);
};

unsafe fn dealloc_range(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<RangeObj>`; its ints are owned.
    let r = unsafe { Box::from_raw(h as *mut RangeObj) };
    for v in [r.start, r.stop, r.step, r.len] {
        decref(v);
    }
}

/// Type record of ranges.
#[no_mangle]
pub static MOLT_TYPE_RANGE: TypeInfo =
    TypeInfo::builtin(KIND_RANGE, "range", dealloc_range).with_slots(crate::slots::RANGE);

/// The bigint value of an int `v` (0 for a non-int, which callers exclude).
pub fn big(v: Value) -> BigInt {
    as_int(v).map(|i| i.big().into_owned()).unwrap_or_default()
}

/// The `i64` value of an int `v`, if it fits.
pub fn small_int(v: Value) -> Option<i64> {
    as_int(v).and_then(|i| i.to_i64())
}

/// `len(range(lo, hi, step))` (CPython's `compute_range_length`).
fn range_length(lo: &BigInt, hi: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (lo, hi, step.clone())
    } else {
        (hi, lo, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / step + 1u32
    }
}

/// A new range from three ints (taken as new references).
fn make(start: Value, stop: Value, step: Value) -> Value {
    let len = match (small_int(start), small_int(stop), small_int(step)) {
        (Some(a), Some(b), Some(s)) => {
            let (a, b, s) = (a as i128, b as i128, s as i128);
            let n = if s > 0 && a < b {
                (b - a - 1) / s + 1
            } else if s < 0 && a > b {
                (a - b - 1) / (-s) + 1
            } else {
                0
            };
            int_from_i128(n)
        }
        _ => int_from_big(range_length(&big(start), &big(stop), &big(step))),
    };
    alloc_boxed(RangeObj {
        header: ObjHeader {
            refcnt: 1,
            ty: &MOLT_TYPE_RANGE,
        },
        start,
        stop,
        step,
        len,
    })
}

/// `operator.index(v)` as a new int value.
fn index_arg(v: Value) -> PyResult<Value> {
    crate::builtins::index(v)
}

/// `range(start, stop, step)`; absent `start` (unbound) is 0, absent
/// `step` is 1.
pub fn range_new(start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let start = if start == UNBOUND {
        int_from_i64(0)
    } else {
        index_arg(start)?
    };
    let stop = match index_arg(stop) {
        Ok(v) => v,
        Err(e) => {
            decref(start);
            return Err(e);
        }
    };
    let step = if step == UNBOUND {
        Ok(int_from_i64(1))
    } else {
        index_arg(step)
    };
    let step = match step {
        Ok(s) if as_int(s).is_some_and(|i| i.is_zero()) => {
            decref(s);
            value_error("range() arg 3 must not be zero")
        }
        other => other,
    };
    match step {
        Ok(s) => Ok(make(start, stop, s)),
        Err(e) => {
            decref(start);
            decref(stop);
            Err(e)
        }
    }
}

impl RangeObj {
    /// `len(r)` as an `i64`, if it fits.
    pub fn len_i64(&self) -> Option<i64> {
        small_int(self.len)
    }

    /// Is the range empty?
    pub fn is_empty(&self) -> bool {
        as_int(self.len).is_none_or(|i| i.is_zero())
    }

    /// `start + i * step` as a new int (no bounds check).
    fn item(&self, i: &BigInt) -> Value {
        if let (Some(a), Some(s), Ok(k)) = (
            small_int(self.start),
            small_int(self.step),
            i64::try_from(i),
        ) {
            if let Some(v) = (k as i128)
                .checked_mul(s as i128)
                .and_then(|p| p.checked_add(a as i128))
            {
                return int_from_i128(v);
            }
        }
        int_from_big(big(self.start) + i * big(self.step))
    }
}

/// `len(r)`: OverflowError beyond the index range, like CPython.
pub fn range_len(r: &RangeObj) -> PyResult<Value> {
    match r.len_i64() {
        Some(n) => Ok(int_from_i64(n)),
        None => overflow_error("Python int too large to convert to C ssize_t"),
    }
}

/// `r[i]`.
pub fn range_getitem(r: &RangeObj, key: Value) -> PyResult<Value> {
    let Some(i) = as_int(key) else {
        return type_error(&format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        ));
    };
    let len = big(r.len);
    let mut i = i.big().into_owned();
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return raise(EXC_INDEX_ERROR, "range object index out of range");
    }
    Ok(r.item(&i))
}

/// A slice index (`evaluate_slice_index`): an int, or TypeError.
fn slice_index(v: Value) -> PyResult<BigInt> {
    match as_int(v) {
        Some(i) => Ok(i.big().into_owned()),
        None => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// `r[start:stop:step]`: a new range (CPython's `_PySlice_GetLongIndices`).
pub fn range_slice(r: &RangeObj, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let absent = |v: Value| v == NONE || v == UNBOUND;
    let step = if absent(step) {
        BigInt::one()
    } else {
        slice_index(step)?
    };
    if step.is_zero() {
        return value_error("slice step cannot be zero");
    }
    let length = big(r.len);
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), &length - 1u32)
    } else {
        (BigInt::zero(), length.clone())
    };
    let bound = |v: Value, default: &BigInt| -> PyResult<BigInt> {
        if absent(v) {
            return Ok(default.clone());
        }
        let mut i = slice_index(v)?;
        if i.is_negative() {
            i += &length;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = bound(start, if neg { &upper } else { &lower })?;
    let stop = bound(stop, if neg { &lower } else { &upper })?;
    let substep = int_from_big(big(r.step) * &step);
    Ok(make(r.item(&start), r.item(&stop), substep))
}

/// Is the int `x` one of the range's values?
fn contains_int(r: &RangeObj, x: &BigInt) -> bool {
    if let (Some(a), Some(b), Some(s), Ok(x)) = (
        small_int(r.start),
        small_int(r.stop),
        small_int(r.step),
        i64::try_from(x),
    ) {
        let inside = if s > 0 {
            a <= x && x < b
        } else {
            b < x && x <= a
        };
        return inside && (x as i128 - a as i128) % (s as i128) == 0;
    }
    let (a, b, s) = (big(r.start), big(r.stop), big(r.step));
    let inside = if s.is_positive() {
        &a <= x && x < &b
    } else {
        &b < x && x <= &a
    };
    inside && (x - &a).mod_floor(&s).is_zero()
}

/// The first position of `x` by iterating and comparing with `==` (for
/// non-int `x`), if any; `count` instead counts all matches.
fn iter_search(r: &RangeObj, x: Value, count: bool) -> PyResult<Option<BigInt>> {
    let mut i = BigInt::zero();
    let mut found = BigInt::zero();
    let len = big(r.len);
    while i < len {
        let item = r.item(&i);
        let eq = crate::ops::compare(crate::ops::CmpOp::Eq, item, x);
        decref(item);
        if eq? {
            if !count {
                return Ok(Some(i));
            }
            found += 1u32;
        }
        i += 1u32;
    }
    Ok(count.then_some(found))
}

/// `x in r`: arithmetic for ints, a search by `==` otherwise.
pub fn range_contains(r: &RangeObj, x: Value) -> PyResult<bool> {
    match as_int(x) {
        Some(i) => Ok(contains_int(r, &i.big())),
        None => Ok(iter_search(r, x, false)?.is_some()),
    }
}

/// `r == s` for two ranges: equal as sequences.
pub fn range_eq(r: &RangeObj, s: &RangeObj) -> bool {
    if std::ptr::eq(r, s) {
        return true;
    }
    let len = big(r.len);
    if len != big(s.len) {
        return false;
    }
    if len.is_zero() {
        return true;
    }
    if big(r.start) != big(s.start) {
        return false;
    }
    len.is_one() || big(r.step) == big(s.step)
}

/// Appends `repr(r)`: `range(0, 5)` or `range(0, 10, 2)`.
pub fn range_repr_into(r: &RangeObj, out: &mut String) -> PyResult<()> {
    out.push_str("range(");
    repr_into(r.start, out)?;
    out.push_str(", ");
    repr_into(r.stop, out)?;
    if small_int(r.step) != Some(1) {
        out.push_str(", ");
        repr_into(r.step, out)?;
    }
    out.push(')');
    Ok(())
}

/// `r.name(*args)`: `count` and `index`.
pub fn range_method(r: &RangeObj, name: &str, args: &[Value]) -> PyResult<Value> {
    if name != "count" && name != "index" {
        return raise(
            crate::exc::EXC_ATTRIBUTE_ERROR,
            &format!("'range' object has no attribute '{name}'"),
        );
    }
    let x = crate::argcheck::one_arg("range", name, args)?;
    match (name, as_int(x)) {
        ("count", Some(i)) => Ok(int_from_i64(i64::from(contains_int(r, &i.big())))),
        ("count", None) => Ok(int_from_big(iter_search(r, x, true)?.unwrap_or_default())),
        (_, Some(i)) => {
            let i = i.big();
            if !contains_int(r, &i) {
                let mut msg = String::new();
                repr_into(x, &mut msg)?;
                return value_error(&format!("{msg} is not in range"));
            }
            Ok(int_from_big((i.as_ref() - big(r.start)) / big(r.step)))
        }
        (_, None) => match iter_search(r, x, false)? {
            Some(i) => Ok(int_from_big(i)),
            None => value_error("sequence.index(x): x not in sequence"),
        },
    }
}

/// `range(start, stop, step)`: `start` unbound means 0, `step` unbound means 1.
#[no_mangle]
pub extern "C" fn molt_range_new(start: Value, stop: Value, step: Value) -> Value {
    crate::exc::ret(range_new(start, stop, step))
}

/// `r.start` / `r.stop` / `r.step` of a range `v`; `None` for other names.
pub fn range_attr(v: Value, name: &str) -> Option<PyResult<Value>> {
    // SAFETY: the caller checked that `v` is a live range object.
    let r = unsafe { &*(v as *const RangeObj) };
    let field = match name {
        "start" => r.start,
        "stop" => r.stop,
        "step" => r.step,
        _ => return None,
    };
    crate::value::incref(field);
    Some(Ok(field))
}
