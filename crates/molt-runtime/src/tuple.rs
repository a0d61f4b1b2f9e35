//! `tuple` objects: a length and the items inline.

use crate::exc::{memory_error, raise, type_error, PyResult, EXC_INDEX_ERROR};
use crate::value::{decref, incref, type_name, view, Obj, ObjHeader, TypeInfo, KIND_TUPLE};
use crate::Value;
use std::alloc::{alloc, dealloc, Layout};

/// Layout of a tuple object; `len` items follow it inline.
#[repr(C)]
pub struct TupleObj {
    /// Common header.
    pub header: ObjHeader,
    /// Number of items.
    pub len: usize,
}

const TUPLE_ITEMS_OFFSET: usize = std::mem::size_of::<TupleObj>();

fn tuple_layout(len: usize) -> Option<Layout> {
    let size = len.checked_mul(8)?.checked_add(TUPLE_ITEMS_OFFSET)?;
    Layout::from_size_align(size, 8).ok()
}

unsafe fn dealloc_tuple(h: *mut ObjHeader) {
    // SAFETY: `h` is a tuple allocated by `tuple_from_owned`; each item is an owned reference.
    unsafe {
        let v = h as Value;
        for &item in tuple_items(v) {
            decref(item);
        }
        let len = (*(h as *mut TupleObj)).len;
        dealloc(
            h as *mut u8,
            tuple_layout(len).expect("layout was valid at allocation"),
        );
    }
}

/// Type record of tuples.
#[no_mangle]
pub static MOLT_TYPE_TUPLE: TypeInfo =
    TypeInfo::builtin(KIND_TUPLE, "tuple", dealloc_tuple).with_slots(crate::slots::TUPLE);

/// The items of a tuple value.
///
/// # Safety
/// `v` must be a live tuple; the slice is valid while it is.
pub unsafe fn tuple_items<'a>(v: Value) -> &'a [Value] {
    // SAFETY: per the contract; items are initialised at construction.
    unsafe {
        let len = (*(v as *const TupleObj)).len;
        std::slice::from_raw_parts(
            (v as *const u8).add(TUPLE_ITEMS_OFFSET) as *const Value,
            len,
        )
    }
}

/// A new tuple taking ownership of `items`' references.
pub fn tuple_from_owned(items: Vec<Value>) -> PyResult<Value> {
    let Some(layout) = tuple_layout(items.len()) else {
        return memory_error();
    };
    // SAFETY: non-zero-size layout; header, length and all items are written before use.
    unsafe {
        let p = alloc(layout);
        if p.is_null() {
            for v in items {
                decref(v);
            }
            return memory_error();
        }
        p.cast::<TupleObj>().write(TupleObj {
            header: ObjHeader {
                refcnt: 1,
                ty: &MOLT_TYPE_TUPLE,
            },
            len: items.len(),
        });
        std::ptr::copy_nonoverlapping(
            items.as_ptr(),
            p.add(TUPLE_ITEMS_OFFSET) as *mut Value,
            items.len(),
        );
        Ok(p as Value)
    }
}

/// A new tuple holding new references to `items`.
pub fn tuple_from_borrowed(items: &[Value]) -> PyResult<Value> {
    for &v in items {
        incref(v);
    }
    tuple_from_owned(items.to_vec())
}

/// A tuple of `items` (borrowed) for an iterator that yields one tuple per
/// step. When the tuple it yielded last (`*cache`, 0 if none) is referred
/// to by the iterator alone, its items are replaced and it is yielded
/// again, as CPython's dict-items iterator does: nothing can tell it from a
/// new tuple, and a loop that unpacks each item allocates nothing.
pub fn reuse_or_new(cache: &mut Value, items: &[Value]) -> PyResult<Value> {
    let c = *cache;
    // SAFETY: a cached value is a live tuple the iterator owns a reference to.
    if c != 0 && unsafe { (*(c as *const ObjHeader)).refcnt } == 1 {
        // SAFETY: as above; the tuple is not shared, so its items may change.
        let len = unsafe { (*(c as *const TupleObj)).len };
        if len == items.len() {
            let slots = unsafe {
                std::slice::from_raw_parts_mut(
                    (c as *mut u8).add(TUPLE_ITEMS_OFFSET) as *mut Value,
                    len,
                )
            };
            for (slot, &v) in slots.iter_mut().zip(items) {
                incref(v);
                let old = std::mem::replace(slot, v);
                decref(old);
            }
            incref(c);
            return Ok(c);
        }
    }
    let t = tuple_from_borrowed(items)?;
    incref(t);
    let old = std::mem::replace(cache, t);
    if old != 0 {
        decref(old);
    }
    Ok(t)
}

/// `t[i]` with Python's negative-index wrap.
pub fn tuple_getitem(t: Value, i: i64) -> PyResult<Value> {
    let Obj::Tuple(items) = view(t) else {
        return type_error(&format!("'{}' object is not subscriptable", type_name(t)));
    };
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return raise(EXC_INDEX_ERROR, "tuple index out of range");
    }
    let v = items[j as usize];
    incref(v);
    Ok(v)
}

/// `a + b` for tuples.
pub fn tuple_concat(a: &[Value], b: &[Value]) -> PyResult<Value> {
    let mut all = Vec::with_capacity(a.len() + b.len());
    all.extend_from_slice(a);
    all.extend_from_slice(b);
    tuple_from_borrowed(&all)
}

/// `t * n` for a tuple (negative = empty).
pub fn tuple_repeat(t: &[Value], n: i64) -> PyResult<Value> {
    let n = n.max(0) as usize;
    let Some(total) = t
        .len()
        .checked_mul(n)
        .filter(|&l| l <= (isize::MAX as usize) / 8)
    else {
        return memory_error();
    };
    let mut all = Vec::with_capacity(total);
    for _ in 0..n {
        all.extend_from_slice(t);
    }
    tuple_from_borrowed(&all)
}

/// A new tuple of `n` items at `items` (each increfed).
#[no_mangle]
pub unsafe extern "C" fn molt_tuple_new(items: *const Value, n: usize) -> Value {
    let items: &[Value] = if n == 0 {
        &[]
    } else {
        // SAFETY: the caller passes `n` readable values at `items`.
        unsafe { std::slice::from_raw_parts(items, n) }
    };
    tuple_from_borrowed(items).unwrap_or(0)
}

/// `t[i]` (negative `i` counts from the end); IndexError when out of range.
#[no_mangle]
pub extern "C" fn molt_tuple_getitem(t: Value, i: i64) -> Value {
    tuple_getitem(t, i).unwrap_or(0)
}
