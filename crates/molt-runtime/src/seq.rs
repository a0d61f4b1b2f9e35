//! Sequence operations on `str` and `tuple`: indexing, slicing, membership
//! and iteration (the iterator objects `for` loops use).

use crate::exc::{raise, ret, type_error, PyResult, EXC_INDEX_ERROR, EXC_VALUE_ERROR};
use crate::ops::eq_identity;
use crate::str::{str_nchars, str_new};
use crate::tuple::{tuple_from_borrowed, tuple_from_owned};
use crate::value::{
    alloc_boxed, bool_value, decref, incref, type_name, view, Obj, ObjHeader, TypeInfo, KIND_ITER,
    UNBOUND,
};
use crate::Value;

/// An index argument as an `i64`, or the error CPython raises for it.
fn index_of(i: Value, what: &str) -> PyResult<i64> {
    match view(i) {
        Obj::Int(n) => Ok(n),
        Obj::Bool(b) => Ok(i64::from(b)),
        Obj::BigInt(_) => raise(
            EXC_INDEX_ERROR,
            "cannot fit 'int' into an index-sized integer",
        ),
        _ => type_error(&format!("{what}, not '{}'", type_name(i))),
    }
}

/// Resolves a possibly negative index against `len`.
fn normalize(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    (0..len).contains(&j).then_some(j as usize)
}

/// `obj[i]`.
pub fn getitem(obj: Value, i: Value) -> PyResult<Value> {
    if let Some(f) = crate::instance::slot(obj, |s| s.getitem) {
        return f(obj, i);
    }
    if let Some(s) = crate::sliceobj::as_slice_obj(i) {
        let [a, b, c] = s.bounds;
        return slice(obj, a, b, c);
    }
    match view(obj) {
        Obj::Str(s) => {
            let k = index_of(i, "string indices must be integers")?;
            // SAFETY: `obj` is a live str.
            let n = unsafe { str_nchars(obj) };
            let Some(j) = normalize(k, n) else {
                return raise(EXC_INDEX_ERROR, "string index out of range");
            };
            let c = if n == s.len() {
                s.as_bytes()[j] as char
            } else {
                s.chars().nth(j).unwrap_or('\0')
            };
            Ok(str_new(c.encode_utf8(&mut [0; 4])))
        }
        Obj::Tuple(items) => {
            let k = match view(i) {
                Obj::Int(_) | Obj::Bool(_) | Obj::BigInt(_) => index_of(i, "")?,
                _ => {
                    return type_error(&format!(
                        "tuple indices must be integers or slices, not {}",
                        type_name(i)
                    ))
                }
            };
            match normalize(k, items.len()) {
                Some(j) => {
                    incref(items[j]);
                    Ok(items[j])
                }
                None => raise(EXC_INDEX_ERROR, "tuple index out of range"),
            }
        }
        Obj::Dict(d) => crate::dict::getitem(d, i),
        Obj::List(l) => crate::subscript::list_getitem(l, i),
        Obj::Range(r) => crate::range::range_getitem(r, i),
        Obj::Bytes(_) | Obj::ByteArray(_) => crate::bytes::getitem(obj, i),
        _ => type_error(&format!("'{}' object is not subscriptable", type_name(obj))),
    }
}

/// The positions `obj[start:stop:step]` selects from a sequence of `len`
/// items (CPython's `PySlice_AdjustIndices`).
fn slice_positions(len: usize, start: Value, stop: Value, step: Value) -> PyResult<Vec<usize>> {
    let bound = |v: Value| -> PyResult<Option<i64>> {
        match view(v) {
            Obj::None => Ok(None),
            Obj::Int(n) => Ok(Some(n)),
            Obj::Bool(b) => Ok(Some(i64::from(b))),
            Obj::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })),
            _ => type_error("slice indices must be integers or None or have an __index__ method"),
        }
    };
    let step = bound(step)?.unwrap_or(1);
    if step == 0 {
        return raise(EXC_VALUE_ERROR, "slice step cannot be zero");
    }
    let len = len as i64;
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i.saturating_add(len)).max(lo),
            Some(i) => i.min(hi),
        }
    };
    let (start, stop) = if step > 0 {
        (
            clamp(bound(start)?, 0, 0, len),
            clamp(bound(stop)?, len, 0, len),
        )
    } else {
        (
            clamp(bound(start)?, len - 1, -1, len - 1),
            clamp(bound(stop)?, -1, -1, len - 1),
        )
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

/// `obj[start:stop:step]`; absent bounds are `None`.
pub fn slice(obj: Value, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    if crate::instance::is_instance(obj) {
        return crate::instance::with_slice(start, stop, step, |k| getitem(obj, k));
    }
    match view(obj) {
        Obj::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let picked: String = slice_positions(chars.len(), start, stop, step)?
                .into_iter()
                .map(|i| chars[i])
                .collect();
            Ok(str_new(&picked))
        }
        Obj::Tuple(items) => {
            let picked: Vec<Value> = slice_positions(items.len(), start, stop, step)?
                .into_iter()
                .map(|i| items[i])
                .collect();
            tuple_from_borrowed(&picked)
        }
        Obj::List(l) => crate::subscript::list_slice(l, start, stop, step),
        Obj::Range(r) => crate::range::range_slice(r, start, stop, step),
        Obj::Bytes(_) | Obj::ByteArray(_) => {
            let n = crate::bytes::len_of(obj).unwrap_or(0);
            crate::bytes::slice_picked(obj, &slice_positions(n, start, stop, step)?)
        }
        _ => type_error(&format!("'{}' object is not subscriptable", type_name(obj))),
    }
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    if let Some(f) = crate::instance::slot(container, |s| s.contains) {
        return f(container, item);
    }
    match view(container) {
        Obj::Str(s) => match view(item) {
            Obj::Str(sub) => Ok(s.contains(sub)),
            _ => type_error(&format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            )),
        },
        Obj::Tuple(items) => {
            for &x in items {
                if eq_identity(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Obj::Dict(d) => crate::dict::contains(d, item),
        Obj::Set(s) | Obj::FrozenSet(s) => crate::set_ops::contains(s, item),
        Obj::DictView(dv) => crate::dict_view::contains(dv, item),
        Obj::List(l) => crate::iterbuiltins::list_contains(l, item),
        Obj::Range(r) => crate::range::range_contains(r, item),
        Obj::Bytes(_) | Obj::ByteArray(_) => crate::bytes::contains(container, item),
        _ if is_iter(container) => crate::iterbuiltins::iter_contains(container, item),
        _ => type_error(&format!(
            "argument of type '{}' is not iterable",
            type_name(container)
        )),
    }
}

/// What an iterator walks.
enum IterState {
    /// A str (by character; `pos` is a byte offset) or a tuple (`pos` an index).
    Seq { seq: Value, pos: usize },
    /// `enumerate(inner, start)`: the next count (an int value) and the inner iterator.
    Enumerate { inner: Value, count: Value },
    /// `zip(*inners)`.
    Zip { inners: Vec<Value>, strict: bool },
    /// A dict (keys) or a dict view.
    Dict(crate::dict::DictIter),
    /// A set or frozenset.
    Set(crate::set::SetIter),
}

/// An iterator object (owns the references it holds).
#[repr(C)]
pub struct IterObj {
    /// Common header.
    pub header: ObjHeader,
    state: IterState,
}

unsafe fn dealloc_iter(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<IterObj>`; its values are owned.
    let it = unsafe { Box::from_raw(h as *mut IterObj) };
    match it.state {
        IterState::Seq { seq, .. } => decref(seq),
        IterState::Enumerate { inner, count } => {
            decref(inner);
            decref(count);
        }
        IterState::Zip { inners, .. } => inners.into_iter().for_each(decref),
        IterState::Dict(_) | IterState::Set(_) => {}
    }
}

const fn seq_iter_type(name: &'static str) -> TypeInfo {
    TypeInfo::builtin(KIND_ITER, name, dealloc_iter)
}

/// Type records of the iterators made here, one per Python type name
/// (the first is the generic `iterator`).
pub static SEQ_ITER_TYPES: [TypeInfo; 12] = [
    seq_iter_type("iterator"),
    seq_iter_type("str_ascii_iterator"),
    seq_iter_type("str_iterator"),
    seq_iter_type("tuple_iterator"),
    seq_iter_type("bytes_iterator"),
    seq_iter_type("bytearray_iterator"),
    seq_iter_type("enumerate"),
    seq_iter_type("zip"),
    seq_iter_type("dict_keyiterator"),
    seq_iter_type("dict_valueiterator"),
    seq_iter_type("dict_itemiterator"),
    seq_iter_type("set_iterator"),
];

/// The Python type name of an iterator with `state`.
fn state_type_name(state: &IterState) -> &'static str {
    match state {
        IterState::Seq { seq, .. } => match view(*seq) {
            Obj::Str(s) if s.is_ascii() => "str_ascii_iterator",
            Obj::Str(_) => "str_iterator",
            Obj::Tuple(_) => "tuple_iterator",
            Obj::Bytes(_) => "bytes_iterator",
            Obj::ByteArray(_) => "bytearray_iterator",
            _ => "iterator",
        },
        IterState::Enumerate { .. } => "enumerate",
        IterState::Zip { .. } => "zip",
        IterState::Dict(d) => d.type_name(),
        IterState::Set(_) => "set_iterator",
    }
}

fn new_iter(state: IterState) -> Value {
    let name = state_type_name(&state);
    let ty = SEQ_ITER_TYPES
        .iter()
        .find(|t| t.name == name)
        .unwrap_or(&SEQ_ITER_TYPES[0]);
    alloc_boxed(IterObj {
        header: ObjHeader { refcnt: 1, ty },
        state,
    })
}

/// Is `v` one of the runtime's iterator objects?
pub fn is_iter(v: Value) -> bool {
    crate::value::is_heap(v) && crate::value::heap_kind(v) == KIND_ITER
}

/// `iter(obj)`: strs and tuples get a new iterator; an iterator is its own.
pub fn iter(obj: Value) -> PyResult<Value> {
    if let Some(f) = crate::instance::slot(obj, |s| s.iter) {
        return f(obj);
    }
    if is_iter(obj) || crate::sysmod::as_file(obj).is_some() {
        incref(obj);
        return Ok(obj);
    }
    match view(obj) {
        Obj::Str(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
            incref(obj);
            Ok(new_iter(IterState::Seq { seq: obj, pos: 0 }))
        }
        Obj::Dict(d) => Ok(new_iter(IterState::Dict(crate::dict::DictIter::new(
            d,
            crate::dict::IterKind::Keys,
        )))),
        Obj::DictView(dv) => Ok(new_iter(IterState::Dict(crate::dict_view::iter(dv)))),
        Obj::Set(s) | Obj::FrozenSet(s) => {
            Ok(new_iter(IterState::Set(crate::set::SetIter::new(s))))
        }
        Obj::List(_) => Ok(crate::builtin_iter::list_iter(obj)),
        Obj::Range(r) => Ok(crate::builtin_iter::range_iter(r, false)),
        _ => type_error(&format!("'{}' object is not iterable", type_name(obj))),
    }
}

/// The next item of an iterator made by [`iter`], or `UNBOUND` when exhausted.
pub fn iter_next(it: Value) -> PyResult<Value> {
    if let Some(x) = crate::builtin_iter::list_next_fast(it) {
        return Ok(x);
    }
    if let Some(r) = crate::builtin_iter::builtin_next(it) {
        return r;
    }
    if let Some(which) = crate::sysmod::as_file(it) {
        return crate::sysmod::next_line(which);
    }
    if !is_iter(it) {
        return type_error(&format!("'{}' object is not an iterator", type_name(it)));
    }
    // SAFETY: `it` is a live iterator object (checked above).
    let it = unsafe { &mut *(it as *mut IterObj) };
    match &mut it.state {
        IterState::Seq { seq, pos } => match view(*seq) {
            Obj::Str(s) => match s[*pos..].chars().next() {
                Some(c) => {
                    *pos += c.len_utf8();
                    Ok(str_new(c.encode_utf8(&mut [0; 4])))
                }
                None => Ok(UNBOUND),
            },
            Obj::Tuple(items) => match items.get(*pos) {
                Some(&x) => {
                    *pos += 1;
                    incref(x);
                    Ok(x)
                }
                None => Ok(UNBOUND),
            },
            Obj::Bytes(_) | Obj::ByteArray(_) => {
                match crate::bytes::as_bytes_like(*seq).and_then(|d| d.get(*pos).copied()) {
                    Some(b) => {
                        *pos += 1;
                        Ok(crate::value::small(i64::from(b)))
                    }
                    None => Ok(UNBOUND),
                }
            }
            _ => Ok(UNBOUND),
        },
        IterState::Enumerate { inner, count } => {
            let x = iter_next(*inner)?;
            if x == UNBOUND {
                return Ok(UNBOUND);
            }
            let next = crate::ops::binop(crate::ops::BinOp::Add, *count, crate::value::small(1))?;
            let pair = tuple_from_owned(vec![*count, x])?;
            *count = next;
            Ok(pair)
        }
        IterState::Zip { inners, strict } => {
            if inners.is_empty() {
                return Ok(UNBOUND);
            }
            let mut items = Vec::with_capacity(inners.len());
            for (k, &inner) in inners.iter().enumerate() {
                let x = match iter_next(inner) {
                    Ok(x) => x,
                    Err(e) => {
                        items.into_iter().for_each(decref);
                        return Err(e);
                    }
                };
                if x == UNBOUND {
                    items.into_iter().for_each(decref);
                    if *strict {
                        zip_strict_check(inners, k)?;
                    }
                    return Ok(UNBOUND);
                }
                items.push(x);
            }
            tuple_from_owned(items)
        }
        IterState::Dict(d) => d.next_item(),
        IterState::Set(s) => s.next_item(),
    }
}

/// `enumerate(obj, start)`.
pub fn enumerate(obj: Value, start: Value) -> PyResult<Value> {
    match view(start) {
        Obj::Int(_) | Obj::BigInt(_) => incref(start),
        Obj::Bool(b) => return enumerate(obj, crate::value::small(i64::from(b))),
        _ => {
            return type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(start)
            ))
        }
    }
    let inner = match iter(obj) {
        Ok(i) => i,
        Err(e) => {
            decref(start);
            return Err(e);
        }
    };
    Ok(new_iter(IterState::Enumerate {
        inner,
        count: start,
    }))
}

/// `zip(..., strict=True)` found iterator `k` exhausted: CPython's
/// ValueError when the iterators' lengths differ.
fn zip_strict_check(inners: &[Value], k: usize) -> PyResult<()> {
    let plural = |j: usize| {
        if j == 1 {
            " 1".to_string()
        } else {
            format!("s 1-{j}")
        }
    };
    if k > 0 {
        return crate::exc::value_error(&format!(
            "zip() argument {} is shorter than argument{}",
            k + 1,
            plural(k)
        ));
    }
    for (j, &other) in inners.iter().enumerate().skip(1) {
        let y = iter_next(other)?;
        if y != UNBOUND {
            decref(y);
            return crate::exc::value_error(&format!(
                "zip() argument {} is longer than argument{}",
                j + 1,
                plural(j)
            ));
        }
    }
    Ok(())
}

/// `zip(*objs)`.
pub fn zip(objs: &[Value]) -> PyResult<Value> {
    zip_impl(objs, false)
}

/// `zip(*objs)` / `zip(*objs, strict=True)`.
pub fn zip_impl(objs: &[Value], strict: bool) -> PyResult<Value> {
    let mut inners = Vec::with_capacity(objs.len());
    // CPython 3.11 passes `iter()`'s own error on ("'int' object is not
    // iterable"); the "zip argument #N" text is Python 2's.
    for &o in objs {
        match iter(o) {
            Ok(i) => inners.push(i),
            Err(e) => {
                inners.into_iter().for_each(decref);
                return Err(e);
            }
        }
    }
    Ok(new_iter(IterState::Zip { inners, strict }))
}

/// `a, b, ... = v`: a tuple of exactly `n` items taken from `v`.
pub fn unpack(v: Value, n: usize) -> PyResult<Value> {
    let count_error = |got: Option<usize>| -> PyResult<Value> {
        match got {
            Some(g) if g < n => raise(
                EXC_VALUE_ERROR,
                &format!("not enough values to unpack (expected {n}, got {g})"),
            ),
            _ => raise(
                EXC_VALUE_ERROR,
                &format!("too many values to unpack (expected {n})"),
            ),
        }
    };
    if let Obj::Tuple(items) = view(v) {
        if items.len() != n {
            return count_error(Some(items.len()));
        }
        incref(v);
        return Ok(v);
    }
    let it = match iter(v) {
        Ok(it) => it,
        Err(_) => {
            crate::exc::molt_err_clear();
            return type_error(&format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            ));
        }
    };
    let mut items = Vec::with_capacity(n);
    let result = loop {
        let x = match iter_next(it) {
            Ok(x) => x,
            Err(e) => break Err(e),
        };
        if x == UNBOUND {
            break if items.len() == n {
                Ok(())
            } else {
                count_error(Some(items.len())).map(|_| ())
            };
        }
        if items.len() == n {
            decref(x);
            break count_error(None).map(|_| ());
        }
        items.push(x);
    };
    decref(it);
    match result {
        Ok(()) => tuple_from_owned(items),
        Err(e) => {
            items.into_iter().for_each(decref);
            Err(e)
        }
    }
}

/// `obj[i]`.
#[no_mangle]
pub extern "C" fn molt_getitem(obj: Value, i: Value) -> Value {
    ret(getitem(obj, i))
}

/// `obj[start:stop:step]` (absent bounds are `None`).
#[no_mangle]
pub extern "C" fn molt_slice(obj: Value, start: Value, stop: Value, step: Value) -> Value {
    ret(slice(obj, start, stop, step))
}

/// `item in container`, as a bool value.
#[no_mangle]
pub extern "C" fn molt_contains(container: Value, item: Value) -> Value {
    ret(contains(container, item).map(bool_value))
}

/// `iter(obj)`.
#[no_mangle]
pub extern "C" fn molt_iter(obj: Value) -> Value {
    ret(iter(obj))
}

/// The next item of an iterator, `UNBOUND` (0x0A) when exhausted, `0` on error.
#[no_mangle]
pub extern "C" fn molt_iter_next(it: Value) -> Value {
    if let Some(x) = crate::builtin_iter::list_next_fast(it) {
        return x;
    }
    ret(iter_next(it))
}

/// `enumerate(obj, start)`.
#[no_mangle]
pub extern "C" fn molt_enumerate(obj: Value, start: Value) -> Value {
    ret(enumerate(obj, start))
}

/// `zip(*objs)`.
///
/// # Safety
/// `objs` points to `n` readable values.
#[no_mangle]
pub unsafe extern "C" fn molt_zip(objs: *const Value, n: usize) -> Value {
    // SAFETY: per the contract.
    let objs = if n == 0 {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(objs, n) }
    };
    ret(zip(objs))
}

/// `zip(*objs, strict=True)`.
#[no_mangle]
pub unsafe extern "C" fn molt_zip_strict(objs: *const Value, n: usize) -> Value {
    // SAFETY: the caller passes `n` readable values.
    let objs = unsafe { crate::builtins::slice(objs, n) };
    ret(zip_impl(objs, true))
}

/// `a, b, ... = v`: returns a tuple of exactly `n` items (`n` a small int).
#[no_mangle]
pub extern "C" fn molt_unpack(v: Value, n: Value) -> Value {
    let n = usize::try_from(crate::value::small_of(n)).unwrap_or(0);
    ret(unpack(v, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::int_from_i64;

    fn pos(len: usize, a: Option<i64>, b: Option<i64>, c: Option<i64>) -> Vec<usize> {
        let v = |x: Option<i64>| x.map(int_from_i64).unwrap_or(crate::value::NONE);
        slice_positions(len, v(a), v(b), v(c)).unwrap_or_default()
    }

    #[test]
    fn slice_positions_match_python() {
        // Expected values from python3.11: list(range(5))[a:b:c].
        assert_eq!(pos(5, None, None, Some(-1)), vec![4, 3, 2, 1, 0]);
        assert_eq!(pos(5, Some(-2), None, None), vec![3, 4]);
        assert_eq!(pos(5, Some(1), Some(-1), Some(2)), vec![1, 3]);
        assert_eq!(pos(5, Some(10), Some(-10), Some(-2)), vec![4, 2, 0]);
        assert_eq!(pos(5, Some(-100), Some(100), None), vec![0, 1, 2, 3, 4]);
        assert_eq!(pos(5, Some(3), Some(1), None), Vec::<usize>::new());
    }
}
