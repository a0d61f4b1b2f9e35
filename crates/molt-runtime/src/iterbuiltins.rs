//! Builtins over iterables: `list()`, `tuple()`, `sorted`, `reversed`,
//! `sum`, `any`, `all`, `min`/`max` with `key`/`default`, `map`, `filter`,
//! `next`, and membership by iteration. The lazy iterators they return are
//! in [`crate::builtin_iter`].

use crate::builtin_iter::{filter, map, reversed};
use crate::exc::{raise, ret, type_error, value_error, PyResult, EXC_STOP_ITERATION};
use crate::func::call;
use crate::int::{as_int, int_from_i64};
use crate::list::{as_list, list_from_vec, ListObj};
use crate::ops::{compare, is_true, BinOp, CmpOp};
use crate::range::small_int;
use crate::seq::{iter, iter_next};
use crate::tuple::tuple_from_owned;
use crate::value::{
    bool_value, decref, incref, is_small, small, small_of, view, Obj, NONE, UNBOUND,
};
use crate::Value;

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
        if n.is_none_or(|n| crate::alloc::fallible(|| out.try_reserve_exact(n)).is_err()) {
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
