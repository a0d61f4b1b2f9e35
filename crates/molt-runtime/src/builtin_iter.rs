//! The builtin iterator objects: iterators over lists (forward and
//! reversed) and ranges, and the lazy `reversed`, `map` and `filter`.
//!
//! They have kind `KIND_ITER` (so `iter(it)` is `it` and
//! [`crate::seq::iter_next`] serves them) but their own layout,
//! [`BuiltinIter`], and one type record per CPython type name
//! (`list_iterator`, `map`, ...), all kept in [`ITER_TYPES`] so recognising
//! one is a range check.

use crate::exc::{type_error, PyResult};
use crate::func::call;
use crate::int::{int_from_big, int_from_i64};
use crate::list::as_list;
use crate::ops::is_true;
use crate::range::{big, small_int, RangeObj};
use crate::seq::{iter, iter_next};
use crate::value::{
    alloc_boxed, decref, header, incref, is_heap, type_name, view, Obj, ObjHeader, TypeInfo,
    KIND_ITER, NONE, UNBOUND,
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
    TypeInfo::builtin(KIND_ITER, name, dealloc_builtin_iter)
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

/// The next item (a new reference) of a list iterator that is not at
/// its end: the hot step of `for x in some_list`, kept small so it can be
/// inlined into the iteration entry points. `None` in every other case
/// (another iterator, the end of the list), which [`builtin_next`] handles.
#[inline]
pub fn list_next_fast(it: Value) -> Option<Value> {
    // SAFETY: a heap value is a live object (crate invariant); a
    // `list_iterator` type record means a `BuiltinIter` layout, whose state
    // is only touched by this module and not across calls.
    unsafe {
        if !is_heap(it) || !std::ptr::eq((*header(it)).ty, &ITER_TYPES[T_LIST]) {
            return None;
        }
        let bi = &*(it as *const BuiltinIter);
        match &mut *bi.state.get() {
            State::List { list, index } => {
                let x = as_list(*list)?.get(*index)?;
                *index += 1;
                incref(x);
                Some(x)
            }
            _ => None,
        }
    }
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

/// `iter(range)` or `reversed(range)`: a `range_iterator` on `i64`s when
/// CPython would use one (start, stop, step and length fit a C long, and
/// for `reversed` also `-step` and `start - step`), else a `longrange_iterator`.
pub fn range_iter(r: &RangeObj, reverse: bool) -> Value {
    let fits = (
        small_int(r.start),
        small_int(r.stop),
        small_int(r.step),
        r.len_i64(),
    );
    if let (Some(start), Some(_), Some(step), Some(len)) = fits {
        let state = if !reverse {
            Some((start, step))
        } else if step != i64::MIN && start.checked_sub(step).is_some() {
            // The last value lies between start and stop, so it fits.
            let last = start as i128 + (len as i128 - 1).max(0) * step as i128;
            i64::try_from(last).ok().map(|last| (last, -step))
        } else {
            None
        };
        if let Some((next, step)) = state {
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
                // The iterator list never changes after construction and the caller's
                // reference keeps this object (and so the list) alive during the call.
                let (func, iters) = (*func, iters.as_slice() as *const [Value]);
                map_next(func, &*iters)
            }
            State::Filter { func, iter } => {
                let (func, iter) = (*func, *iter);
                filter_next(func, iter)
            }
        }
    })
}

fn map_next(func: Value, iters: &[Value]) -> PyResult<Value> {
    // Up to four iterables need no allocation per item.
    let mut inline = [0 as Value; 4];
    let mut heap = Vec::new();
    let args: &mut [Value] = if iters.len() <= inline.len() {
        &mut inline[..iters.len()]
    } else {
        heap.resize(iters.len(), 0);
        &mut heap
    };
    for (k, &it) in iters.iter().enumerate() {
        match iter_next(it) {
            Ok(x) if x != UNBOUND => args[k] = x,
            other => {
                args[..k].iter().for_each(|&v| decref(v));
                return other;
            }
        }
    }
    let r = call(func, args);
    args.iter().for_each(|&v| decref(v));
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
        Obj::Dict(_) | Obj::DictView(_) => {
            // Insertion order backwards: a snapshot of the items, reversed.
            let items = crate::iterbuiltins::list_from(obj)?;
            let r = reversed(items);
            decref(items);
            r
        }
        _ => type_error(&format!("'{}' object is not reversible", type_name(obj))),
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
