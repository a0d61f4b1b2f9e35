//! Indexing, slicing and assignment: `l[i]` and `l[a:b:c]` for lists
//! (strs and tuples are in [`crate::seq`], ranges in [`crate::range`]) and
//! the generic `obj[key] = v`, `del obj[key]`, `obj[a:b:c] = v` and
//! `del obj[a:b:c]` (`molt_setitem`, `molt_delitem`, `molt_setslice`,
//! `molt_delslice`), with CPython's index rules and messages.

use crate::exc::{raise, type_error, PyResult, EXC_INDEX_ERROR};
use crate::int::as_int;
use crate::list::{list_from_vec, none, ListObj};
use crate::value::{decref, incref, type_name, view, Obj, NONE, UNBOUND};
use crate::Value;

/// An item index for a list: ints (bools count), IndexError beyond `i64`,
/// TypeError otherwise.
fn list_index(key: Value) -> PyResult<i64> {
    match view(key) {
        Obj::Int(i) => Ok(i),
        Obj::Bool(b) => Ok(i64::from(b)),
        Obj::BigInt(_) => raise(
            EXC_INDEX_ERROR,
            "cannot fit 'int' into an index-sized integer",
        ),
        _ => type_error(&format!(
            "list indices must be integers or slices, not {}",
            type_name(key)
        )),
    }
}

/// `l[i]` (borrowed item) with Python's negative wrap, or `msg` as IndexError.
fn resolve(l: &ListObj, key: Value, msg: &str) -> PyResult<usize> {
    let i = list_index(key)?;
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if (0..n).contains(&j) {
        Ok(j as usize)
    } else {
        raise(EXC_INDEX_ERROR, msg)
    }
}

/// `l[key]`.
pub fn list_getitem(l: &ListObj, key: Value) -> PyResult<Value> {
    let j = resolve(l, key, "list index out of range")?;
    let x = l.get(j).unwrap_or(NONE);
    incref(x);
    Ok(x)
}

/// A slice bound or step: None (or absent) is `None`, ints clamp to `i64`.
fn slice_bound(v: Value) -> PyResult<Option<i64>> {
    match view(v) {
        Obj::None => Ok(None),
        _ if v == UNBOUND => Ok(None),
        Obj::Int(n) => Ok(Some(n)),
        Obj::Bool(b) => Ok(Some(i64::from(b))),
        Obj::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        _ => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// A slice resolved against a length (`PySlice_Unpack` +
/// `PySlice_AdjustIndices`): the first position, the step and the count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceRange {
    /// First position (meaningful when `count > 0`, and for step-1 slices).
    pub start: i64,
    /// Adjusted stop.
    pub stop: i64,
    /// Step, never 0.
    pub step: i64,
    /// Number of positions.
    pub count: usize,
}

impl SliceRange {
    /// The positions, in slice order.
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.count).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

/// Resolves `[start:stop:step]` against `len` like CPython.
pub fn slice_range(len: usize, start: Value, stop: Value, step: Value) -> PyResult<SliceRange> {
    let step = match slice_bound(step)? {
        None => 1,
        Some(0) => return crate::exc::value_error("slice step cannot be zero"),
        Some(s) => s.max(-i64::MAX),
    };
    let start = slice_bound(start)?.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = slice_bound(stop)?.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    let len = len as i64;
    let adjust = |i: i64| -> i64 {
        if i < 0 {
            let j = i + len;
            if j < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                j
            }
        } else if i >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            i
        }
    };
    let (start, stop) = (adjust(start), adjust(stop));
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceRange {
        start,
        stop,
        step,
        count: count as usize,
    })
}

/// `l[start:stop:step]`: a new list.
pub fn list_slice(l: &ListObj, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let r = slice_range(l.len(), start, stop, step)?;
    let mut v: Vec<Value> = Vec::with_capacity(r.count);
    for p in r.positions() {
        if let Some(x) = l.get(p) {
            incref(x);
            v.push(x);
        }
    }
    Ok(list_from_vec(v))
}

/// `PySequence_Fast(v, msg)`: the items of an iterable as new references;
/// a non-iterable raises TypeError(`msg`).
pub fn sequence_items(v: Value, msg: &str) -> PyResult<Vec<Value>> {
    match view(v) {
        Obj::List(l) => Ok(l.to_vec()),
        Obj::Tuple(items) => {
            items.iter().for_each(|&x| incref(x));
            Ok(items.to_vec())
        }
        _ => {
            let it = match crate::seq::iter(v) {
                Ok(it) => it,
                Err(e) => {
                    if crate::exc::pending_kind() == Some(crate::exc::EXC_TYPE_ERROR) {
                        crate::exc::molt_err_clear();
                        return type_error(msg);
                    }
                    return Err(e);
                }
            };
            let mut out = Vec::new();
            let r = loop {
                match crate::seq::iter_next(it) {
                    Ok(UNBOUND) => break Ok(()),
                    Ok(x) => out.push(x),
                    Err(e) => break Err(e),
                }
            };
            decref(it);
            match r {
                Ok(()) => Ok(out),
                Err(e) => {
                    out.into_iter().for_each(decref);
                    Err(e)
                }
            }
        }
    }
}

/// `l[start:stop:step] = v`.
pub fn list_setslice(
    l: &ListObj,
    start: Value,
    stop: Value,
    step: Value,
    v: Value,
) -> PyResult<()> {
    let r = slice_range(l.len(), start, stop, step)?;
    if r.step == 1 {
        // CPython's list_ass_slice: a stop before the start inserts at the start.
        let lo = r.start.max(0) as usize;
        let hi = (r.stop.max(r.start)).max(0) as usize;
        if let Some(src) = crate::list::as_list(v).filter(|s| !std::ptr::eq(*s, l)) {
            // Another list: its items are read in place (`splice` only
            // changes `l`, and the caller's reference keeps `src` alive).
            // SAFETY: `src`'s first `len` slots are initialised items.
            let items = unsafe { std::slice::from_raw_parts(src.items_ptr(), src.len()) };
            return l.splice(lo, hi, items);
        }
        let new = sequence_items(v, "can only assign an iterable")?;
        let res = l.splice(lo, hi, &new);
        new.into_iter().for_each(decref);
        return res;
    }
    let new = sequence_items(v, "must assign iterable to extended slice")?;
    if new.len() != r.count {
        let n = new.len();
        new.into_iter().for_each(decref);
        return crate::exc::value_error(&format!(
            "attempt to assign sequence of size {n} to extended slice of size {}",
            r.count
        ));
    }
    let mut garbage = Vec::with_capacity(r.count);
    for (p, x) in r.positions().zip(new) {
        garbage.extend(l.replace(p, x));
    }
    garbage.into_iter().for_each(decref);
    Ok(())
}

/// `del l[start:stop:step]`.
pub fn list_delslice(l: &ListObj, start: Value, stop: Value, step: Value) -> PyResult<()> {
    let r = slice_range(l.len(), start, stop, step)?;
    if r.step == 1 {
        let lo = r.start.max(0) as usize;
        let hi = (r.stop.max(r.start)).max(0) as usize;
        return l.splice(lo, hi, &[]);
    }
    if r.count == 0 {
        return Ok(());
    }
    let mut positions: Vec<usize> = r.positions().collect();
    if r.step < 0 {
        positions.reverse();
    }
    l.remove_positions(positions.into_iter());
    Ok(())
}

// ---------------------------------------------------------------- generic entry points

/// `obj[key] = v`.
pub fn setitem(obj: Value, key: Value, v: Value) -> PyResult<()> {
    if let Some(f) = crate::instance::slot(obj, |s| s.setitem) {
        return f(obj, key, v);
    }
    if let Some(s) = crate::sliceobj::as_slice_obj(key) {
        let [a, b, c] = s.bounds;
        return setslice(obj, a, b, c, v);
    }
    match view(obj) {
        Obj::List(l) => {
            let j = resolve(l, key, "list assignment index out of range")?;
            l.set(j, v);
            Ok(())
        }
        Obj::Dict(d) => crate::dict::set(d, key, v),
        Obj::ByteArray(a) => crate::bytes::setitem(a, key, v),
        Obj::Str(_) | Obj::Tuple(_) | Obj::Range(_) if matches!(view(key), Obj::BigInt(_)) => {
            raise(
                EXC_INDEX_ERROR,
                "cannot fit 'int' into an index-sized integer",
            )
        }
        _ => type_error(&format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        )),
    }
}

/// `del obj[key]`.
pub fn delitem(obj: Value, key: Value) -> PyResult<()> {
    if let Some(f) = crate::instance::slot(obj, |s| s.delitem) {
        return f(obj, key);
    }
    if let Some(s) = crate::sliceobj::as_slice_obj(key) {
        let [a, b, c] = s.bounds;
        return delslice(obj, a, b, c);
    }
    match view(obj) {
        Obj::List(l) => {
            let j = resolve(l, key, "list assignment index out of range")?;
            if let Some(x) = l.remove_at(j) {
                decref(x);
            }
            Ok(())
        }
        Obj::Dict(d) => crate::dict::delitem(d, key),
        Obj::ByteArray(a) => crate::bytes::delitem(a, key),
        Obj::Str(_) | Obj::Tuple(_) | Obj::Range(_) if as_int(key).is_some() => {
            if let Obj::BigInt(_) = view(key) {
                return raise(
                    EXC_INDEX_ERROR,
                    "cannot fit 'int' into an index-sized integer",
                );
            }
            type_error(&format!(
                "'{}' object doesn't support item deletion",
                type_name(obj)
            ))
        }
        _ => type_error(&format!(
            "'{}' object does not support item deletion",
            type_name(obj)
        )),
    }
}

/// `obj[start:stop:step] = v`.
pub fn setslice(obj: Value, start: Value, stop: Value, step: Value, v: Value) -> PyResult<()> {
    if crate::instance::is_instance(obj) {
        return crate::instance::with_slice(start, stop, step, |k| setitem(obj, k, v));
    }
    match view(obj) {
        Obj::List(l) => list_setslice(l, start, stop, step, v),
        Obj::ByteArray(a) => crate::bytes::setslice(a, start, stop, step, v),
        _ => type_error(&format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        )),
    }
}

/// `del obj[start:stop:step]`.
pub fn delslice(obj: Value, start: Value, stop: Value, step: Value) -> PyResult<()> {
    if crate::instance::is_instance(obj) {
        return crate::instance::with_slice(start, stop, step, |k| delitem(obj, k));
    }
    match view(obj) {
        Obj::List(l) => list_delslice(l, start, stop, step),
        Obj::ByteArray(a) => crate::bytes::delslice(a, start, stop, step),
        _ => type_error(&format!(
            "'{}' object does not support item deletion",
            type_name(obj)
        )),
    }
}

/// `obj[key] = v`; returns None.
#[no_mangle]
pub extern "C" fn molt_setitem(obj: Value, key: Value, v: Value) -> Value {
    if let Some(d) = crate::dict::as_dict(obj) {
        return none(crate::dict::set(d, key, v));
    }
    none(setitem(obj, key, v))
}

/// `del obj[key]`; returns None.
#[no_mangle]
pub extern "C" fn molt_delitem(obj: Value, key: Value) -> Value {
    none(delitem(obj, key))
}

/// `obj[start:stop:step] = v` (absent bounds are None; `v` any iterable); returns None.
#[no_mangle]
pub extern "C" fn molt_setslice(
    obj: Value,
    start: Value,
    stop: Value,
    step: Value,
    v: Value,
) -> Value {
    none(setslice(obj, start, stop, step, v))
}

/// `del obj[start:stop:step]` (absent bounds are None); returns None.
#[no_mangle]
pub extern "C" fn molt_delslice(obj: Value, start: Value, stop: Value, step: Value) -> Value {
    none(delslice(obj, start, stop, step))
}
