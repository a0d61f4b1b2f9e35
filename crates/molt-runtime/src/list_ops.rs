//! The list parts of the generic operators: repr (with `[...]` for a list
//! inside itself), comparison, `+`, `*`, `extend`, and the in-place `+=`
//! and `*=` (reached through [`crate::inplace`]).

use crate::exc::{memory_error, type_error, PyResult};
use crate::int::as_int;
use crate::list::{as_list, free_buffer, list_from_vec, nest, ListObj};
use crate::ops::{compare, same_object, CmpOp};
use crate::value::{decref, incref, type_name, view, Obj, UNBOUND};
use crate::Value;

/// Appends `repr(v)` for a list `v`, with `[...]` for a list already being printed.
pub fn list_repr_into(v: Value, l: &ListObj, out: &mut String) -> PyResult<()> {
    if l.is_empty() {
        out.push_str("[]");
        return Ok(());
    }
    if !crate::builtins::repr_enter(v)? {
        out.push_str("[...]");
        return Ok(());
    }
    out.push('[');
    let mut i = 0;
    let mut r = Ok(());
    while let Some(x) = l.get(i) {
        if i > 0 {
            out.push_str(", ");
        }
        incref(x);
        r = crate::builtins::repr_into(x, out);
        decref(x);
        if r.is_err() {
            break;
        }
        i += 1;
    }
    crate::builtins::repr_leave(v);
    r?;
    out.push(']');
    Ok(())
}

/// `a <op> b` for two lists: lexicographic, like CPython's `list_richcompare`.
pub fn list_compare(op: CmpOp, a: &ListObj, b: &ListObj) -> PyResult<bool> {
    if a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(op == CmpOp::Ne);
    }
    let _guard = nest(" in comparison")?;
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (a.get(i), b.get(i)) else {
            let ord = a.len().cmp(&b.len());
            return Ok(match op {
                CmpOp::Lt => ord.is_lt(),
                CmpOp::Le => ord.is_le(),
                CmpOp::Gt => ord.is_gt(),
                CmpOp::Ge => ord.is_ge(),
                CmpOp::Eq => ord.is_eq(),
                CmpOp::Ne => ord.is_ne(),
            });
        };
        if !same_object(x, y) {
            incref(x);
            incref(y);
            let eq = compare(CmpOp::Eq, x, y);
            let r = match eq {
                Ok(true) => None,
                Ok(false) => Some(match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => compare(op, x, y),
                }),
                Err(e) => Some(Err(e)),
            };
            decref(x);
            decref(y);
            if let Some(r) = r {
                return r;
            }
        }
        i += 1;
    }
}

/// `a + b` for lists.
pub fn list_concat(a: &ListObj, b: &ListObj) -> PyResult<Value> {
    let Some(n) = a.len().checked_add(b.len()) else {
        return memory_error();
    };
    let mut v: Vec<Value> = Vec::new();
    if crate::alloc::fallible(|| v.try_reserve_exact(n)).is_err() {
        return memory_error();
    }
    // SAFETY: the slices are copied before anything else runs.
    unsafe {
        v.extend_from_slice(a.as_slice());
        v.extend_from_slice(b.as_slice());
    }
    v.iter().for_each(|&x| incref(x));
    Ok(list_from_vec(v))
}

/// The items of `l` repeated `n` times (new references); MemoryError when
/// the size overflows.
fn repeated(l: &ListObj, n: i64) -> PyResult<Vec<Value>> {
    let n = usize::try_from(n).unwrap_or(0);
    let len = l.len();
    let Some(total) = len.checked_mul(n).filter(|&t| t <= isize::MAX as usize / 8) else {
        return memory_error();
    };
    let mut v: Vec<Value> = Vec::new();
    if crate::alloc::fallible(|| v.try_reserve_exact(total)).is_err() {
        return memory_error();
    }
    // SAFETY: the slice is copied before anything else runs.
    let items = unsafe { l.as_slice() };
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    for &x in items {
        for _ in 0..n {
            incref(x);
        }
    }
    Ok(v)
}

/// `l * n` for a list.
pub fn list_repeat(l: &ListObj, n: i64) -> PyResult<Value> {
    Ok(list_from_vec(repeated(l, n)?))
}

/// The repeat count of `seq * n`: TypeError for a non-int, OverflowError
/// beyond the index range.
fn repeat_count(n: Value) -> PyResult<i64> {
    match as_int(n) {
        Some(i) => match i.to_i64() {
            Some(c) => Ok(c),
            None => crate::exc::overflow_error("cannot fit 'int' into an index-sized integer"),
        },
        None => type_error(&format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(n)
        )),
    }
}

/// `list * n` or `n * list` (the list is `seq`).
pub fn list_mul(seq: &ListObj, n: Value) -> PyResult<Value> {
    list_repeat(seq, repeat_count(n)?)
}

/// `l.extend(iterable)` (also `l += iterable`); lists and tuples are copied
/// directly (`l.extend(l)` doubles `l`), other iterables are iterated.
pub fn list_extend(l: &ListObj, iterable: Value) -> PyResult<()> {
    match view(iterable) {
        Obj::List(src) => {
            let n = src.len();
            l.reserve(n)?;
            for i in 0..n {
                match src.get(i) {
                    Some(x) => l.push(x)?,
                    None => break,
                }
            }
            Ok(())
        }
        Obj::Tuple(items) => {
            l.reserve(items.len())?;
            for &x in items {
                l.push(x)?;
            }
            Ok(())
        }
        _ => {
            let it = crate::seq::iter(iterable)?;
            let r = loop {
                match crate::seq::iter_next(it) {
                    Ok(UNBOUND) => break Ok(()),
                    Ok(x) => {
                        if let Err(e) = l.push_owned(x) {
                            break Err(e);
                        }
                    }
                    Err(e) => break Err(e),
                }
            };
            decref(it);
            r
        }
    }
}

/// `a += b`: extends a list in place (returning it), otherwise `a + b`.
pub fn inplace_add(a: Value, b: Value) -> PyResult<Value> {
    if let Some(l) = as_list(a) {
        list_extend(l, b)?;
        incref(a);
        return Ok(a);
    }
    crate::inplace::fallback(crate::ops::BinOp::Add, a, b)
}

/// `a *= b`: repeats a list in place (returning it), otherwise `a * b`.
pub fn inplace_mul(a: Value, b: Value) -> PyResult<Value> {
    if let Some(l) = as_list(a) {
        let n = repeat_count(b)?;
        if n < 1 {
            l.clear();
        } else if n > 1 && !l.is_empty() {
            let all = repeated(l, n)?;
            let (items, len, cap) = l.take_buffer();
            let mut all = std::mem::ManuallyDrop::new(all);
            // SAFETY: `all` is an owned buffer built by `repeated`; the old one is released.
            unsafe {
                l.put_buffer(all.as_mut_ptr(), all.len(), all.capacity());
                free_buffer(items, len, cap);
            }
        }
        incref(a);
        return Ok(a);
    }
    crate::inplace::fallback(crate::ops::BinOp::Mul, a, b)
}
