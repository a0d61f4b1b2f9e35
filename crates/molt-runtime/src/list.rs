//! `list` objects: a header and a separately allocated, growable array of
//! owned values; item assignment, deletion and slice assignment
//! (`molt_setitem`, `molt_delitem`, `molt_setslice`, `molt_delslice`), `+=`
//! and `*=`, and the list parts of repr, comparison, `+` and `*`.
//!
//! The layout is fixed by the ABI (compiled code indexes lists inline):
//! offset 16 `len`, 24 `items` (`*mut Value`; item `i` at `items + 8*i`),
//! 32 `cap`. An empty list may have a dangling `items` with `cap == 0`; the
//! buffer is freed only when `cap > 0`.
//!
//! Lists are mutable and the runtime may call back into compiled code
//! (key functions, `map`), so code here never keeps a borrowed item slice
//! across a call that could run Python code: it re-reads `len`/`items`.

use crate::exc::{memory_error, raise, type_error, PyResult, EXC_INDEX_ERROR, EXC_RECURSION_ERROR};
use crate::int::as_int;
use crate::ops::{compare, CmpOp};
use crate::value::{
    alloc_boxed, decref, heap_kind, incref, is_heap, type_name, view, Obj, ObjHeader, TypeInfo,
    KIND_LIST, NONE, UNBOUND,
};
use crate::Value;
use std::alloc::{alloc, dealloc, realloc, Layout};
use std::cell::Cell;
use std::ptr::NonNull;

/// Layout of a list object (see the module documentation).
#[repr(C)]
pub struct ListObj {
    /// Common header.
    pub header: ObjHeader,
    len: Cell<usize>,
    items: Cell<*mut Value>,
    cap: Cell<usize>,
}

/// Byte offset of `len` in a list object.
pub const LIST_LEN_OFFSET: usize = 16;
/// Byte offset of the `items` pointer in a list object.
pub const LIST_ITEMS_OFFSET: usize = 24;
/// Byte offset of `cap` in a list object.
pub const LIST_CAP_OFFSET: usize = 32;
const _: () = {
    assert!(std::mem::offset_of!(ListObj, len) == LIST_LEN_OFFSET);
    assert!(std::mem::offset_of!(ListObj, items) == LIST_ITEMS_OFFSET);
    assert!(std::mem::offset_of!(ListObj, cap) == LIST_CAP_OFFSET);
};

/// The `items` of a list without a buffer.
fn dangling() -> *mut Value {
    NonNull::<Value>::dangling().as_ptr()
}

fn buffer_layout(cap: usize) -> Option<Layout> {
    Layout::array::<Value>(cap).ok()
}

/// Releases a detached buffer: decrefs its `len` items, then frees it.
///
/// # Safety
/// `(items, len, cap)` must be a buffer detached from its list (or never
/// attached), whose first `len` slots hold owned references.
pub(crate) unsafe fn free_buffer(items: *mut Value, len: usize, cap: usize) {
    for i in 0..len {
        // SAFETY: per the contract, slot `i < len` holds an owned reference.
        decref(unsafe { *items.add(i) });
    }
    if cap > 0 {
        if let Some(layout) = buffer_layout(cap) {
            // SAFETY: a buffer with `cap > 0` was allocated with this layout.
            unsafe { dealloc(items as *mut u8, layout) };
        }
    }
}

impl ListObj {
    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.len.get()
    }

    /// Is the list empty?
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }

    /// The `items` pointer (for identity checks).
    #[inline]
    pub(crate) fn items_ptr(&self) -> *mut Value {
        self.items.get()
    }

    /// Item `i` (borrowed), if `i < len`.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        if i < self.len.get() {
            // SAFETY: slots below `len` are initialised.
            Some(unsafe { *self.items.get().add(i) })
        } else {
            None
        }
    }

    /// The items as a slice.
    ///
    /// # Safety
    /// The slice is invalidated by any mutation of the list: the caller must
    /// not run Python code (calls, user comparisons) while holding it.
    #[inline]
    pub unsafe fn as_slice(&self) -> &[Value] {
        // SAFETY: `items` holds `len` initialised values (dangling only when `len == 0`).
        unsafe { std::slice::from_raw_parts(self.items.get(), self.len.get()) }
    }

    /// New references to all items.
    pub fn to_vec(&self) -> Vec<Value> {
        // SAFETY: the slice is copied before anything else runs.
        let v = unsafe { self.as_slice() }.to_vec();
        v.iter().for_each(|&x| incref(x));
        v
    }

    /// Reallocates the buffer to exactly `new_cap >= len` slots; false
    /// when the memory cannot be had.
    fn try_set_capacity(&self, new_cap: usize) -> bool {
        let (items, cap) = (self.items.get(), self.cap.get());
        let Some(layout) = buffer_layout(new_cap).filter(|l| l.size() > 0) else {
            return false;
        };
        // SAFETY: a buffer with `cap > 0` was allocated with `buffer_layout(cap)`;
        // the new layout has a non-zero size that fits `isize`.
        let p = unsafe {
            match buffer_layout(cap) {
                Some(old) if cap > 0 => realloc(items as *mut u8, old, layout.size()),
                _ => alloc(layout),
            }
        };
        if p.is_null() {
            return false;
        }
        self.items.set(p as *mut Value);
        self.cap.set(new_cap);
        true
    }

    /// Makes room for `additional` more items (amortised doubling).
    pub fn reserve(&self, additional: usize) -> PyResult<()> {
        let (len, cap) = (self.len.get(), self.cap.get());
        let Some(need) = len.checked_add(additional) else {
            return memory_error();
        };
        if need <= cap {
            return Ok(());
        }
        let grown = need.max(cap.saturating_mul(2)).max(4);
        if self.try_set_capacity(grown) || (grown > need && self.try_set_capacity(need)) {
            Ok(())
        } else {
            memory_error()
        }
    }

    /// Appends `v`, taking its reference (released on failure).
    #[inline]
    pub fn push_owned(&self, v: Value) -> PyResult<()> {
        let len = self.len.get();
        if len == self.cap.get() {
            if let Err(e) = self.reserve(1) {
                decref(v);
                return Err(e);
            }
        }
        // SAFETY: `len < cap` now; the slot is unused.
        unsafe { *self.items.get().add(len) = v };
        self.len.set(len + 1);
        Ok(())
    }

    /// Appends a new reference to `v`.
    #[inline]
    pub fn push(&self, v: Value) -> PyResult<()> {
        incref(v);
        self.push_owned(v)
    }

    /// Replaces item `i < len` by `v` (a new reference is taken) and
    /// releases the old item after the store.
    pub fn set(&self, i: usize, v: Value) {
        if i < self.len.get() {
            incref(v);
            // SAFETY: `i < len`.
            let old = unsafe { std::mem::replace(&mut *self.items.get().add(i), v) };
            decref(old);
        }
    }

    /// Detaches the buffer, leaving the list empty with no buffer.
    pub fn take_buffer(&self) -> (*mut Value, usize, usize) {
        let b = (self.items.get(), self.len.get(), self.cap.get());
        self.items.set(dangling());
        self.len.set(0);
        self.cap.set(0);
        b
    }

    /// Attaches a buffer detached by [`ListObj::take_buffer`] (or built
    /// from a `Vec`), returning the one it replaces.
    ///
    /// # Safety
    /// `(items, len, cap)` must be an owned buffer as described in
    /// [`free_buffer`].
    pub unsafe fn put_buffer(
        &self,
        items: *mut Value,
        len: usize,
        cap: usize,
    ) -> (*mut Value, usize, usize) {
        let old = (self.items.get(), self.len.get(), self.cap.get());
        self.items.set(items);
        self.len.set(len);
        self.cap.set(cap);
        old
    }

    /// `del self[:]`: empties the list first, then releases the items
    /// (a no-op, like CPython's, when there is no buffer).
    pub fn clear(&self) {
        if self.cap.get() == 0 {
            return;
        }
        let (items, len, cap) = self.take_buffer();
        // SAFETY: the buffer was just detached.
        unsafe { free_buffer(items, len, cap) };
    }

    /// Removes the items in `lo..hi` and inserts new references to `new`
    /// there (`lo <= hi <= len`); the removed items are released last.
    pub fn splice(&self, lo: usize, hi: usize, new: &[Value]) -> PyResult<()> {
        let len = self.len.get();
        let (lo, hi) = (lo.min(len), hi.clamp(lo.min(len), len));
        let removed = hi - lo;
        if new.len() > removed {
            self.reserve(new.len() - removed)?;
        }
        let items = self.items.get();
        // SAFETY: all indices stay below the (possibly grown) capacity; moved ranges are
        // initialised slots; the removed references are saved before being overwritten.
        let garbage: Vec<Value> = unsafe {
            let g = std::slice::from_raw_parts(items.add(lo), removed).to_vec();
            std::ptr::copy(items.add(hi), items.add(lo + new.len()), len - hi);
            for (k, &v) in new.iter().enumerate() {
                incref(v);
                *items.add(lo + k) = v;
            }
            g
        };
        self.len.set(len - removed + new.len());
        garbage.into_iter().rev().for_each(decref);
        Ok(())
    }

    /// Removes the items at the ascending `positions` (all `< len`) and
    /// releases them after the list is consistent again.
    fn remove_positions(&self, positions: impl Iterator<Item = usize>) {
        let len = self.len.get();
        let items = self.items.get();
        let mut garbage = Vec::new();
        let mut next = positions.peekable();
        let mut w = 0;
        for r in 0..len {
            // SAFETY: `w <= r < len`: reads and writes stay within initialised slots.
            unsafe {
                let x = *items.add(r);
                if next.peek() == Some(&r) {
                    next.next();
                    garbage.push(x);
                } else {
                    *items.add(w) = x;
                    w += 1;
                }
            }
        }
        self.len.set(w);
        garbage.into_iter().for_each(decref);
    }

    /// Removes and returns item `i < len` (the reference moves to the caller).
    pub fn remove_at(&self, i: usize) -> Option<Value> {
        let len = self.len.get();
        if i >= len {
            return None;
        }
        let items = self.items.get();
        // SAFETY: `i < len`; the tail moves down by one.
        unsafe {
            let x = *items.add(i);
            std::ptr::copy(items.add(i + 1), items.add(i), len - i - 1);
            self.len.set(len - 1);
            Some(x)
        }
    }

    /// Inserts a new reference to `v` before position `i` (clamped to `len`).
    pub fn insert(&self, i: usize, v: Value) -> PyResult<()> {
        self.reserve(1)?;
        let len = self.len.get();
        let i = i.min(len);
        let items = self.items.get();
        incref(v);
        // SAFETY: `len < cap` after the reserve; the tail moves up by one.
        unsafe {
            std::ptr::copy(items.add(i), items.add(i + 1), len - i);
            *items.add(i) = v;
        }
        self.len.set(len + 1);
        Ok(())
    }

    /// Reverses the items in place.
    pub fn reverse(&self) {
        // SAFETY: `items` holds `len` initialised values; nothing else runs meanwhile.
        unsafe { std::slice::from_raw_parts_mut(self.items.get(), self.len.get()).reverse() }
    }
}

thread_local! {
    /// Nesting depth of list deallocations, and lists whose deallocation
    /// was deferred because the nesting got too deep (CPython's "trashcan").
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEALLOC_DRAINING: Cell<bool> = const { Cell::new(false) };
    static DEALLOC_DEFERRED: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Nested list deallocations beyond this depth are deferred, so freeing a
/// deeply nested list (`a = [a]` in a loop) cannot overflow the stack.
const DEALLOC_NEST_LIMIT: u32 = 64;

unsafe fn dealloc_list(h: *mut ObjHeader) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= DEALLOC_NEST_LIMIT {
        DEALLOC_DEFERRED.with(|q| q.borrow_mut().push(h as usize));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: `h` was allocated by `alloc_boxed::<ListObj>`; its buffer is owned.
    unsafe {
        let list = Box::from_raw(h as *mut ListObj);
        let (items, len, cap) = list.take_buffer();
        drop(list);
        free_buffer(items, len, cap);
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
    if depth == 0 && !DEALLOC_DRAINING.with(|d| d.replace(true)) {
        while let Some(p) = DEALLOC_DEFERRED.with(|q| q.borrow_mut().pop()) {
            // SAFETY: deferred entries are lists whose count reached zero.
            unsafe { dealloc_list(p as *mut ObjHeader) };
        }
        DEALLOC_DRAINING.with(|d| d.set(false));
    }
}

/// Type record of lists.
#[no_mangle]
pub static MOLT_TYPE_LIST: TypeInfo = TypeInfo {
    kind: KIND_LIST,
    name: "list",
    dealloc: dealloc_list,
};

/// The list behind `v`, if it is one.
#[inline]
pub fn as_list<'a>(v: Value) -> Option<&'a ListObj> {
    if is_heap(v) && heap_kind(v) == KIND_LIST {
        // SAFETY: a live list object (checked kind); the borrow is the caller's.
        Some(unsafe { &*(v as *const ListObj) })
    } else {
        None
    }
}

/// A new list taking ownership of the references in `items` (no copy: the
/// vector's buffer becomes the list's).
pub fn list_from_vec(items: Vec<Value>) -> Value {
    let mut items = std::mem::ManuallyDrop::new(items);
    let (p, len, cap) = (items.as_mut_ptr(), items.len(), items.capacity());
    alloc_boxed(ListObj {
        header: ObjHeader {
            refcnt: 1,
            ty: &MOLT_TYPE_LIST,
        },
        len: Cell::new(len),
        items: Cell::new(if cap == 0 { dangling() } else { p }),
        cap: Cell::new(cap),
    })
}

/// A new list holding new references to `items`.
pub fn list_from_slice(items: &[Value]) -> Value {
    items.iter().for_each(|&x| incref(x));
    list_from_vec(items.to_vec())
}

// ---------------------------------------------------------------- recursion guard

thread_local! {
    static NESTING: Cell<u32> = const { Cell::new(0) };
}

/// CPython's recursion limit, applied to the runtime's own recursion over
/// nested containers (comparison, repr).
pub const NESTING_LIMIT: u32 = 1000;

/// One level of runtime recursion over a nested container; released on drop.
pub struct Nesting(());

impl Drop for Nesting {
    fn drop(&mut self) {
        NESTING.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

/// Enters one level of container recursion, or raises CPython's
/// `RecursionError: maximum recursion depth exceeded{what}`.
pub fn nest(what: &str) -> PyResult<Nesting> {
    let depth = NESTING.with(|n| n.get());
    if depth >= NESTING_LIMIT {
        return raise(
            EXC_RECURSION_ERROR,
            &format!("maximum recursion depth exceeded{what}"),
        );
    }
    NESTING.with(|n| n.set(depth + 1));
    Ok(Nesting(()))
}

// ---------------------------------------------------------------- repr, compare, + and *

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
        if x != y {
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
    if v.try_reserve_exact(n).is_err() {
        return memory_error();
    }
    v.extend(a.to_vec());
    v.extend(b.to_vec());
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
    if v.try_reserve_exact(total).is_err() {
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

// ---------------------------------------------------------------- indices and slices

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
        let new = sequence_items(v, "can only assign an iterable")?;
        // CPython's list_ass_slice: a stop before the start inserts at the start.
        let lo = r.start.max(0) as usize;
        let hi = (r.stop.max(r.start)).max(0) as usize;
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
        match l.get(p) {
            Some(old) => {
                // SAFETY: `p < len`; the slot's old reference is kept in `garbage`.
                unsafe { *l.items.get().add(p) = x };
                garbage.push(old);
            }
            None => decref(x),
        }
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
    match view(obj) {
        Obj::List(l) => {
            let j = resolve(l, key, "list assignment index out of range")?;
            l.set(j, v);
            Ok(())
        }
        Obj::Dict(d) => crate::dict::set(d, key, v),
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
    match view(obj) {
        Obj::List(l) => {
            let j = resolve(l, key, "list assignment index out of range")?;
            if let Some(x) = l.remove_at(j) {
                decref(x);
            }
            Ok(())
        }
        Obj::Dict(d) => crate::dict::delitem(d, key),
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
    match view(obj) {
        Obj::List(l) => list_setslice(l, start, stop, step, v),
        _ => type_error(&format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        )),
    }
}

/// `del obj[start:stop:step]`.
pub fn delslice(obj: Value, start: Value, stop: Value, step: Value) -> PyResult<()> {
    match view(obj) {
        Obj::List(l) => list_delslice(l, start, stop, step),
        _ => type_error(&format!(
            "'{}' object does not support item deletion",
            type_name(obj)
        )),
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

/// Converts a unit result into the ABI's None-or-0.
fn none(r: PyResult<()>) -> Value {
    match r {
        Ok(()) => NONE,
        Err(_) => 0,
    }
}

/// A new list of `n` items at `items` (each increfed; `items` may dangle when `n == 0`).
///
/// # Safety
/// `items` points to `n` readable values.
#[no_mangle]
pub unsafe extern "C" fn molt_list_new(items: *const Value, n: usize) -> Value {
    // SAFETY: per the contract.
    list_from_slice(unsafe { crate::builtins::slice(items, n) })
}

/// `list.append(v)`: returns None, or 0 with TypeError when `list` is not a list.
#[no_mangle]
pub extern "C" fn molt_list_append(list: Value, v: Value) -> Value {
    match as_list(list) {
        Some(l) => none(l.push(v)),
        None => none(type_error(&format!(
            "descriptor 'append' for 'list' objects doesn't apply to a '{}' object",
            type_name(list)
        ))),
    }
}

/// `obj[key] = v`; returns None.
#[no_mangle]
pub extern "C" fn molt_setitem(obj: Value, key: Value, v: Value) -> Value {
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

