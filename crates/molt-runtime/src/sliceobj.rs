//! `slice` objects as values (`s = slice(1, None, 2)`; `xs[s]`): indexing
//! with one is slicing, and `start`/`stop`/`step`/`indices` are CPython's.

use crate::exc::{ret, type_error, value_error, PyResult};
use crate::int::{as_int, int_from_big};
use crate::value::{
    alloc_boxed, decref, heap_kind, incref, is_heap, type_name, ObjHeader, TypeInfo,
};
use crate::value::{NONE, UNBOUND};
use crate::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

/// [`TypeInfo::kind`] of slice objects.
pub const KIND_SLICE: u32 = 18;

/// A slice object (owns its three bounds).
#[repr(C)]
pub struct SliceObj {
    /// Common header.
    pub header: ObjHeader,
    /// `start`, `stop`, `step` (None where absent).
    pub bounds: [Value; 3],
}

unsafe fn dealloc_slice(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<SliceObj>`; the bounds are owned.
    let s = unsafe { Box::from_raw(h as *mut SliceObj) };
    s.bounds.into_iter().for_each(decref);
}

/// Type record of slice objects.
pub static MOLT_TYPE_SLICE: TypeInfo =
    TypeInfo::builtin(KIND_SLICE, "slice", dealloc_slice).with_slots(crate::slots::SLICE);

/// The slice object `v` is, if it is one.
pub fn as_slice_obj<'a>(v: Value) -> Option<&'a SliceObj> {
    if is_heap(v) && heap_kind(v) == KIND_SLICE {
        // SAFETY: a live slice object (checked kind).
        Some(unsafe { &*(v as *const SliceObj) })
    } else {
        None
    }
}

/// `repr(s)`: `slice(1, None, 2)`.
pub fn slice_repr_into(s: &SliceObj, out: &mut String) -> PyResult<()> {
    out.push_str("slice(");
    for (i, &b) in s.bounds.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        crate::builtins::repr_into(b, out)?;
    }
    out.push(')');
    Ok(())
}

/// `s.start` / `s.stop` / `s.step`.
pub fn slice_attr(s: &SliceObj, name: &str) -> Option<Value> {
    let v = match name {
        "start" => s.bounds[0],
        "stop" => s.bounds[1],
        "step" => s.bounds[2],
        _ => return None,
    };
    incref(v);
    Some(v)
}

/// `slice(stop)`, `slice(start, stop)`, `slice(start, stop, step)`
/// (absent arguments unbound).
#[no_mangle]
pub extern "C" fn molt_slice_new(a: Value, b: Value, c: Value) -> Value {
    let bounds = if b == UNBOUND {
        [NONE, a, NONE]
    } else {
        [a, b, if c == UNBOUND { NONE } else { c }]
    };
    bounds.iter().for_each(|&v| incref(v));
    ret(Ok(alloc_boxed(SliceObj {
        header: ObjHeader {
            refcnt: 1,
            ty: &MOLT_TYPE_SLICE,
        },
        bounds,
    })))
}

/// A slice bound for `indices` (`evaluate_slice_index`): None, or an int.
fn index_bound(v: Value) -> PyResult<Option<BigInt>> {
    if v == NONE {
        return Ok(None);
    }
    match as_int(v) {
        Some(i) => Ok(Some(i.big().into_owned())),
        None => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// `s.indices(length)`: the `(start, stop, step)` a slice selects from a
/// sequence of `length` items, in unbounded ints as CPython computes them.
pub fn slice_indices(s: &SliceObj, length: Value) -> PyResult<Value> {
    let Some(len) = as_int(length) else {
        return type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(length)
        ));
    };
    let len = len.big().into_owned();
    if len.is_negative() {
        return value_error("length should not be negative");
    }
    let step = match index_bound(s.bounds[2])? {
        None => BigInt::one(),
        Some(st) if st.is_zero() => return value_error("slice step cannot be zero"),
        Some(st) => st,
    };
    let backwards = step.is_negative();
    // The clamping range of start and stop.
    let (lower, upper) = if backwards {
        (-BigInt::one(), &len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |b: Option<BigInt>, absent: &BigInt| match b {
        None => absent.clone(),
        Some(x) if x.is_negative() => (x + &len).max(lower.clone()),
        Some(x) => x.min(upper.clone()),
    };
    let start = clamp(
        index_bound(s.bounds[0])?,
        if backwards { &upper } else { &lower },
    );
    let stop = clamp(
        index_bound(s.bounds[1])?,
        if backwards { &lower } else { &upper },
    );
    crate::tuple::tuple_from_owned(vec![
        int_from_big(start),
        int_from_big(stop),
        int_from_big(step),
    ])
}
