//! Builtins over iterables and the lazy iterators they return: `list()`,
//! `tuple()`, `sorted`, `reversed`, `sum`, `any`, `all`, `min`/`max` with
//! `key`/`default`, `map`, `filter`, `next`; and the iterators of lists and
//! ranges.
//!
//! These iterator objects have kind `KIND_ITER` (so `iter(it)` is `it` and
//! `seq::iter_next` serves them) but their own layout, [`BuiltinIter`], and
//! one type record per CPython type name (`list_iterator`, `map`, ...), all
//! kept in [`ITER_TYPES`] so recognising one is a range check.

use crate::exc::{raise, ret, type_error, value_error, PyResult, EXC_STOP_ITERATION};
use crate::func::call;
use crate::int::{as_int, int_from_big, int_from_i64};
use crate::list::{as_list, list_from_vec, ListObj};
use crate::ops::{compare, is_true, BinOp, CmpOp};
use crate::range::{big, small_int, RangeObj};
use crate::seq::{iter, iter_next};
use crate::tuple::tuple_from_owned;
use crate::value::{
    alloc_boxed, bool_value, decref, header, incref, is_heap, is_small, small, small_of, type_name,
    view, Obj, ObjHeader, TypeInfo, KIND_ITER, NONE, UNBOUND,
};
use crate::Value;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::cell::UnsafeCell;

/// What a builtin iterator walks. Every `Value` here is owned.
enum State {
    /// `iter(list)`: by index, so appends made meanwhile are seen; the list
    /// is dropped (`0`) once exhausted, like CPython.
    List { list: Value, index: usize },
    /// `reversed(list)`: the next index, `-1` when exhausted.
    ListRev { list: Value, index: isize },
    /// A range whose values fit `i64`.
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// Any other range.
    LongRange {
        next: BigInt,
        step: BigInt,
        remaining: BigInt,
    },
    /// `reversed(str)` (`pos` a byte offset) or `reversed(tuple)` (`pos` a count).
    Reversed { seq: Value, pos: usize },
    /// `map(func, *iters)`.
    Map { func: Value, iters: Vec<Value> },
    /// `filter(func, iter)` (`func` None = truth).
    Filter { func: Value, iter: Value },
}

/// A builtin iterator object.
#[repr(C)]
pub struct BuiltinIter {
    /// Common header.
    pub header: ObjHeader,
    state: UnsafeCell<State>,
}

const T_LIST: usize = 0;
const T_LIST_REV: usize = 1;
const T_RANGE: usize = 2;
const T_LONG_RANGE: usize = 3;
const T_REVERSED: usize = 4;
const T_MAP: usize = 5;
const T_FILTER: usize = 6;

const fn iter_type(name: &'static str) -> TypeInfo {
    TypeInfo {
        kind: KIND_ITER,
        name,
        dealloc: dealloc_builtin_iter,
    }
}

/// Type records of the builtin iterators, indexed by the `T_*` constants.
pub static ITER_TYPES: [TypeInfo; 7] = [
    iter_type("list_iterator"),
    iter_type("list_reverseiterator"),
    iter_type("range_iterator"),
    iter_type("longrange_iterator"),
    iter_type("reversed"),
    iter_type("map"),
    iter_type("filter"),
];

unsafe fn dealloc_builtin_iter(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<BuiltinIter>`; its values are owned.
    let it = unsafe { Box::from_raw(h as *mut BuiltinIter) };
    match it.state.into_inner() {
        State::List { list, .. } | State::ListRev { list, .. } => decref(list),
        State::Reversed { seq, .. } => decref(seq),
        State::Map { func, iters } => {
            decref(func);
            iters.into_iter().for_each(decref);
        }
        State::Filter { func, iter } => {
            decref(func);
            decref(iter);
        }
        State::Range { .. } | State::LongRange { .. } => {}
    }
}

fn new_iter(ty: usize, state: State) -> Value {
    alloc_boxed(BuiltinIter {
        header: ObjHeader {
            refcnt: 1,
            ty: &ITER_TYPES[ty],
        },
        state: UnsafeCell::new(state),
    })
}

/// The builtin iterator behind `v`, if it is one.
fn as_builtin_iter<'a>(v: Value) -> Option<&'a BuiltinIter> {
    if !is_heap(v) {
        return None;
    }
    // SAFETY: live heap object (crate invariant).
    let ty = unsafe { (*header(v)).ty } as usize;
    let base = ITER_TYPES.as_ptr() as usize;
    let size = std::mem::size_of::<TypeInfo>();
    if ty >= base && ty < base + ITER_TYPES.len() * size && (ty - base).is_multiple_of(size) {
        // SAFETY: its type is one of ours, so its layout is `BuiltinIter`.
        Some(unsafe { &*(v as *const BuiltinIter) })
    } else {
        None
    }
}

/// `iter(list)`.
pub fn list_iter(list: Value) -> Value {
    incref(list);
    new_iter(T_LIST, State::List { list, index: 0 })
}

/// `iter(range)` or `reversed(range)`.
pub fn range_iter(r: &RangeObj, reverse: bool) -> Value {
    if let (Some(start), Some(step), Some(len)) =
        (small_int(r.start), small_int(r.step), r.len_i64())
    {
        let first = if reverse {
            (start as i128) + (len as i128 - 1) * step as i128
        } else {
            start as i128
        };
        let step = if reverse {
            -(step as i128)
        } else {
            step as i128
        };
        if let (Ok(next), Ok(step)) = (i64::try_from(first), i64::try_from(step)) {
            if len == 0 || i64::try_from(first + (len as i128 - 1) * step as i128).is_ok() {
                return new_iter(
                    T_RANGE,
                    State::Range {
                        next,
                        step,
                        remaining: len as u64,
                    },
                );
            }
        }
    }
    let (start, step, len) = (big(r.start), big(r.step), big(r.len));
    let state = if reverse {
        State::LongRange {
            next: if len.is_zero() {
                start
            } else {
                start + (&len - 1u32) * &step
            },
            step: -step,
            remaining: len,
        }
    } else {
        State::LongRange {
            next: start,
            step,
            remaining: len,
        }
    };
    new_iter(T_LONG_RANGE, state)
}

/// The next item of a builtin iterator; `None` when `it` is not one
/// (the caller handles the other iterators).
pub fn builtin_next(it: Value) -> Option<PyResult<Value>> {
    let bi = as_builtin_iter(it)?;
    let st = bi.state.get();
    // SAFETY: the state is only touched here, and every arm below finishes with the
    // mutable borrow before running code that could re-enter this iterator (calls).
    Some(unsafe {
        match &mut *st {
            State::List { list, index } => {
                let item = as_list(*list).and_then(|l| l.get(*index));
                match item {
                    Some(x) => {
                        *index += 1;
                        incref(x);
                        Ok(x)
                    }
                    None => {
                        let l = std::mem::replace(list, 0);
                        decref(l);
                        Ok(UNBOUND)
                    }
                }
            }
            State::ListRev { list, index } => {
                let item = as_list(*list)
                    .filter(|_| *index >= 0)
                    .and_then(|l| l.get(*index as usize));
                match item {
                    Some(x) => {
                        *index -= 1;
                        incref(x);
                        Ok(x)
                    }
                    None => {
                        *index = -1;
                        let l = std::mem::replace(list, 0);
                        decref(l);
                        Ok(UNBOUND)
                    }
                }
            }
            State::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining == 0 {
                    return Some(Ok(UNBOUND));
                }
                let v = *next;
                *remaining -= 1;
                *next = v.wrapping_add(*step);
                Ok(int_from_i64(v))
            }
            State::LongRange {
                next,
                step,
                remaining,
            } => {
                if !remaining.is_positive() {
                    return Some(Ok(UNBOUND));
                }
                let v = next.clone();
                *next += &*step;
                *remaining -= 1u32;
                Ok(int_from_big(v))
            }
            State::Reversed { seq, pos } => match view(*seq) {
                Obj::Str(s) => match s[..*pos].chars().next_back() {
                    Some(c) => {
                        *pos -= c.len_utf8();
                        Ok(crate::str::str_new_counted(c.encode_utf8(&mut [0; 4]), 1))
                    }
                    None => Ok(UNBOUND),
                },
                Obj::Tuple(items) if *pos > 0 => {
                    *pos -= 1;
                    let x = items[*pos];
                    incref(x);
                    Ok(x)
                }
                _ => Ok(UNBOUND),
            },
            State::Map { func, iters } => {
                let (func, iters) = (*func, iters.clone());
                map_next(func, &iters)
            }
            State::Filter { func, iter } => {
                let (func, iter) = (*func, *iter);
                filter_next(func, iter)
            }
        }
    })
}

fn map_next(func: Value, iters: &[Value]) -> PyResult<Value> {
    let mut args = Vec::with_capacity(iters.len());
    for &it in iters {
        match iter_next(it) {
            Ok(UNBOUND) => {
                args.into_iter().for_each(decref);
                return Ok(UNBOUND);
            }
            Ok(x) => args.push(x),
            Err(e) => {
                args.into_iter().for_each(decref);
                return Err(e);
            }
        }
    }
    let r = call(func, &args);
    args.into_iter().for_each(decref);
    r
}

fn filter_next(func: Value, it: Value) -> PyResult<Value> {
    loop {
        let x = iter_next(it)?;
        if x == UNBOUND {
            return Ok(UNBOUND);
        }
        let keep = if func == NONE {
            is_true(x)
        } else {
            match call(func, &[x]) {
                Ok(r) => {
                    let t = is_true(r);
                    decref(r);
                    t
                }
                Err(e) => {
                    decref(x);
                    return Err(e);
                }
            }
        };
        if keep {
            return Ok(x);
        }
        decref(x);
    }
}

// ---------------------------------------------------------------- iterating in Rust

/// An owned iterator, released on drop.
pub struct Iter(Value);

impl Iter {
    /// `iter(obj)`.
    pub fn new(obj: Value) -> PyResult<Iter> {
        iter(obj).map(Iter)
    }

    /// The next item (a new reference), or `None` when exhausted.
    pub fn next(&self) -> PyResult<Option<Value>> {
        match iter_next(self.0)? {
            UNBOUND => Ok(None),
            x => Ok(Some(x)),
        }
    }
}

impl Drop for Iter {
    fn drop(&mut self) {
        decref(self.0);
    }
}

/// Owned references, released on drop.
pub struct Owned(pub Vec<Value>);

impl Drop for Owned {
    fn drop(&mut self) {
        self.0.iter().for_each(|&v| decref(v));
    }
}

/// New references to the items of any iterable.
pub fn collect(obj: Value) -> PyResult<Vec<Value>> {
    match view(obj) {
        Obj::List(l) => return Ok(l.to_vec()),
        Obj::Tuple(items) => {
            items.iter().for_each(|&x| incref(x));
            return Ok(items.to_vec());
        }
        Obj::Str(s) => {
            return Ok(s
                .chars()
                .map(|c| crate::str::str_new_counted(c.encode_utf8(&mut [0; 4]), 1))
                .collect())
        }
        _ => {}
    }
    let it = Iter::new(obj)?;
    let mut out = Vec::new();
    if let Obj::Range(r) = view(obj) {
        // Like CPython's length hint: a range too long for memory fails at once.
        let n = r.len_i64().and_then(|n| usize::try_from(n).ok());
        if n.is_none_or(|n| out.try_reserve_exact(n).is_err()) {
            return crate::exc::memory_error();
        }
    }
    loop {
        match it.next() {
            Ok(Some(x)) => out.push(x),
            Ok(None) => return Ok(out),
            Err(e) => {
                out.into_iter().for_each(decref);
                return Err(e);
            }
        }
    }
}

// ---------------------------------------------------------------- builtins

/// `list(obj)`.
pub fn list_from(obj: Value) -> PyResult<Value> {
    Ok(list_from_vec(collect(obj)?))
}

/// `tuple(obj)` (a tuple is returned as is).
pub fn tuple_from(obj: Value) -> PyResult<Value> {
    if let Obj::Tuple(_) = view(obj) {
        incref(obj);
        return Ok(obj);
    }
    tuple_from_owned(collect(obj)?)
}

/// `sorted(obj, key=key, reverse=reverse)`.
pub fn sorted(obj: Value, key: Value, reverse: Value) -> PyResult<Value> {
    let l = list_from(obj)?;
    let r = crate::kwargs::int_flag(reverse).and_then(|rev| match as_list(l) {
        Some(list) => crate::sort::list_sort(list, key, rev),
        None => Ok(()),
    });
    match r {
        Ok(()) => Ok(l),
        Err(e) => {
            decref(l);
            Err(e)
        }
    }
}

/// `reversed(obj)`.
pub fn reversed(obj: Value) -> PyResult<Value> {
    match view(obj) {
        Obj::List(l) => {
            incref(obj);
            Ok(new_iter(
                T_LIST_REV,
                State::ListRev {
                    list: obj,
                    index: l.len() as isize - 1,
                },
            ))
        }
        Obj::Range(r) => Ok(range_iter(r, true)),
        Obj::Str(s) => {
            incref(obj);
            Ok(new_iter(
                T_REVERSED,
                State::Reversed {
                    seq: obj,
                    pos: s.len(),
                },
            ))
        }
        Obj::Tuple(t) => {
            incref(obj);
            Ok(new_iter(
                T_REVERSED,
                State::Reversed {
                    seq: obj,
                    pos: t.len(),
                },
            ))
        }
        // Dicts: `reversed(d)` goes here.
        _ => type_error(&format!("'{}' object is not reversible", type_name(obj))),
    }
}

/// `sum(obj, start)` (`start` unbound = 0): CPython 3.11's algorithm, an
/// `i64` fast path for ints and plain left-to-right `f64` addition for
/// floats, falling back to `+` exactly where CPython does.
pub fn sum(obj: Value, start: Value) -> PyResult<Value> {
    let it = Iter::new(obj)?;
    if let Obj::Str(_) = view(start) {
        return type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let mut result = if start == UNBOUND { small(0) } else { start };
    incref(result);
    let mut pending = None; // an item that left a fast path, to add generically
    if let Some(mut acc) = small_int(result).filter(|_| !matches!(view(result), Obj::Bool(_))) {
        // Ints (and bools) that fit an i64.
        loop {
            let Some(x) = it.next().inspect_err(|_| decref(result))? else {
                decref(result);
                return Ok(int_from_i64(acc));
            };
            let b = if is_small(x) {
                Some(small_of(x))
            } else if matches!(view(x), Obj::Bool(_) | Obj::BigInt(_)) {
                as_int(x).and_then(|i| i.to_i64())
            } else {
                None
            };
            if let Some(s) = b.and_then(|b| acc.checked_add(b)) {
                acc = s;
                decref(x);
                continue;
            }
            decref(result);
            result = int_from_i64(acc);
            pending = Some(x);
            break;
        }
    }
    loop {
        let x = match pending.take() {
            Some(x) => x,
            None => match it.next() {
                Ok(Some(x)) => x,
                Ok(None) => return Ok(result),
                Err(e) => {
                    decref(result);
                    return Err(e);
                }
            },
        };
        let r = crate::ops::binop(BinOp::Add, result, x);
        decref(result);
        decref(x);
        result = r?;
        if let Obj::Float(mut acc) = view(result) {
            // Floats: plain f64 addition while items are floats or ints that fit an i64.
            loop {
                let x = match it.next() {
                    Ok(Some(x)) => x,
                    Ok(None) => {
                        decref(result);
                        return Ok(crate::value::float_value(acc));
                    }
                    Err(e) => {
                        decref(result);
                        return Err(e);
                    }
                };
                let add = match view(x) {
                    Obj::Float(f) => Some(f),
                    _ => as_int(x).and_then(|i| i.to_i64()).map(|i| i as f64),
                };
                match add {
                    Some(f) => {
                        acc += f;
                        decref(x);
                    }
                    None => {
                        decref(result);
                        result = crate::value::float_value(acc);
                        pending = Some(x);
                        break;
                    }
                }
            }
        }
    }
}

/// `any(obj)`.
pub fn any(obj: Value) -> PyResult<bool> {
    let it = Iter::new(obj)?;
    while let Some(x) = it.next()? {
        let t = is_true(x);
        decref(x);
        if t {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `all(obj)`.
pub fn all(obj: Value) -> PyResult<bool> {
    let it = Iter::new(obj)?;
    while let Some(x) = it.next()? {
        let t = is_true(x);
        decref(x);
        if !t {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `min(obj, key=key, default=default)` / `max(...)` over one iterable
/// (`key` None/unbound = identity, `default` unbound = none).
pub fn min_max_iter(
    obj: Value,
    key: Value,
    default: Value,
    name: &str,
    op: CmpOp,
) -> PyResult<Value> {
    let it = Iter::new(obj)?;
    let has_key = key != NONE && key != UNBOUND;
    let mut best: Option<(Value, Value)> = None; // (item, key value), owned
    let release = |b: Option<(Value, Value)>| {
        if let Some((i, k)) = b {
            decref(i);
            decref(k);
        }
    };
    loop {
        let item = match it.next() {
            Ok(Some(x)) => x,
            Ok(None) => break,
            Err(e) => {
                release(best);
                return Err(e);
            }
        };
        let val = if has_key {
            match call(key, &[item]) {
                Ok(v) => v,
                Err(e) => {
                    decref(item);
                    release(best);
                    return Err(e);
                }
            }
        } else {
            incref(item);
            item
        };
        match best {
            None => best = Some((item, val)),
            Some((bi, bv)) => match compare(op, val, bv) {
                Ok(true) => {
                    decref(bi);
                    decref(bv);
                    best = Some((item, val));
                }
                Ok(false) => {
                    decref(item);
                    decref(val);
                }
                Err(e) => {
                    decref(item);
                    decref(val);
                    release(best);
                    return Err(e);
                }
            },
        }
    }
    match best {
        Some((item, val)) => {
            decref(val);
            Ok(item)
        }
        None if default != UNBOUND => {
            incref(default);
            Ok(default)
        }
        None => value_error(&format!("{name}() arg is an empty sequence")),
    }
}

/// `map(func, *iterables)`.
pub fn map(func: Value, iterables: &[Value]) -> PyResult<Value> {
    if iterables.is_empty() {
        return type_error("map() must have at least two arguments.");
    }
    let mut iters = Vec::with_capacity(iterables.len());
    for &x in iterables {
        match iter(x) {
            Ok(i) => iters.push(i),
            Err(e) => {
                iters.into_iter().for_each(decref);
                return Err(e);
            }
        }
    }
    incref(func);
    Ok(new_iter(T_MAP, State::Map { func, iters }))
}

/// `filter(func, iterable)` (`func` None keeps true items).
pub fn filter(func: Value, iterable: Value) -> PyResult<Value> {
    let it = iter(iterable)?;
    incref(func);
    Ok(new_iter(T_FILTER, State::Filter { func, iter: it }))
}

/// `next(it, default)` (`default` unbound: StopIteration when exhausted).
pub fn next(it: Value, default: Value) -> PyResult<Value> {
    match iter_next(it)? {
        UNBOUND if default != UNBOUND => {
            incref(default);
            Ok(default)
        }
        UNBOUND => raise(EXC_STOP_ITERATION, ""),
        x => Ok(x),
    }
}

/// `x in it` for an iterator: consumes it up to the first item equal to `x`.
pub fn iter_contains(it: Value, x: Value) -> PyResult<bool> {
    let it = Iter::new(it)?;
    while let Some(item) = it.next()? {
        let eq = crate::ops::eq_identity(item, x);
        decref(item);
        if eq? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `x in l` for a list (identity, then `==`, item by item).
pub fn list_contains(l: &ListObj, x: Value) -> PyResult<bool> {
    let mut i = 0;
    while let Some(item) = l.get(i) {
        incref(item);
        let eq = crate::ops::eq_identity(item, x);
        decref(item);
        if eq? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

// ---------------------------------------------------------------- exports

/// `list(obj)`; `list()` is `molt_list_new(NULL, 0)`.
#[no_mangle]
pub extern "C" fn molt_list_from(obj: Value) -> Value {
    ret(list_from(obj))
}

/// `tuple(obj)`.
#[no_mangle]
pub extern "C" fn molt_tuple_from(obj: Value) -> Value {
    ret(tuple_from(obj))
}

/// `sorted(obj, key=key, reverse=reverse)`; `key` None/unbound = identity,
/// `reverse` unbound = False.
#[no_mangle]
pub extern "C" fn molt_sorted(obj: Value, key: Value, reverse: Value) -> Value {
    ret(sorted(obj, key, reverse))
}

/// `reversed(obj)`.
#[no_mangle]
pub extern "C" fn molt_reversed(obj: Value) -> Value {
    ret(reversed(obj))
}

/// `sum(obj, start)` (`start` unbound = 0).
#[no_mangle]
pub extern "C" fn molt_sum(obj: Value, start: Value) -> Value {
    ret(sum(obj, start))
}

/// `any(obj)` as a bool value.
#[no_mangle]
pub extern "C" fn molt_any(obj: Value) -> Value {
    ret(any(obj).map(bool_value))
}

/// `all(obj)` as a bool value.
#[no_mangle]
pub extern "C" fn molt_all(obj: Value) -> Value {
    ret(all(obj).map(bool_value))
}

/// `min(obj, key=key, default=default)` over one iterable.
#[no_mangle]
pub extern "C" fn molt_min_iter(obj: Value, key: Value, default: Value) -> Value {
    ret(min_max_iter(obj, key, default, "min", CmpOp::Lt))
}

/// `max(obj, key=key, default=default)` over one iterable.
#[no_mangle]
pub extern "C" fn molt_max_iter(obj: Value, key: Value, default: Value) -> Value {
    ret(min_max_iter(obj, key, default, "max", CmpOp::Gt))
}

/// `map(func, *iterables)` for `n` iterables at `iterables`.
///
/// # Safety
/// `iterables` points to `n` readable values.
#[no_mangle]
pub unsafe extern "C" fn molt_map(func: Value, iterables: *const Value, n: usize) -> Value {
    // SAFETY: per the contract.
    ret(map(func, unsafe { crate::builtins::slice(iterables, n) }))
}

/// `filter(func, iterable)`.
#[no_mangle]
pub extern "C" fn molt_filter(func: Value, iterable: Value) -> Value {
    ret(filter(func, iterable))
}

/// `next(it, default)`; `default` unbound raises StopIteration when exhausted.
#[no_mangle]
pub extern "C" fn molt_next(it: Value, default: Value) -> Value {
    ret(next(it, default))
}
