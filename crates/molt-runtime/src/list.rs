//! `list` objects: a header and a separately allocated, growable array of
//! owned values, with the buffer operations the other list modules build on
//! ([`crate::list_ops`]: repr, comparison, `+`, `*`, `+=`, `*=`;
//! [`crate::subscript`]: indexing, slicing and assignment;
//! [`crate::list_methods`]; [`crate::sort`]), and the recursion guard for
//! nested containers.
//!
//! The layout is fixed by the ABI (compiled code indexes lists inline):
//! offset 16 `len`, 24 `items` (`*mut Value`; item `i` at `items + 8*i`),
//! 32 `cap`. An empty list may have a dangling `items` with `cap == 0`; the
//! buffer is freed only when `cap > 0`.
//!
//! Lists are mutable and the runtime may call back into compiled code
//! (key functions, `map`), so code here never keeps a borrowed item slice
//! across a call that could run Python code: it re-reads `len`/`items`.

use crate::exc::{memory_error, raise, type_error, PyResult, EXC_RECURSION_ERROR};
use crate::value::{
    alloc_boxed, decref, heap_kind, incref, is_heap, type_name, ObjHeader, TypeInfo, KIND_LIST,
    NONE,
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

// The layout compiled code relies on (`molt_abi::layout`).
const _: () = {
    use molt_abi::layout::{LIST_CAP_OFFSET, LIST_ITEMS_OFFSET, LIST_LEN_OFFSET};
    assert!(std::mem::offset_of!(ListObj, len) == LIST_LEN_OFFSET as usize);
    assert!(std::mem::offset_of!(ListObj, items) == LIST_ITEMS_OFFSET as usize);
    assert!(std::mem::offset_of!(ListObj, cap) == LIST_CAP_OFFSET as usize);
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
        let p = crate::alloc::fallible(|| unsafe {
            match buffer_layout(cap) {
                Some(old) if cap > 0 => realloc(items as *mut u8, old, layout.size()),
                _ => alloc(layout),
            }
        });
        if p.is_null() {
            return false;
        }
        self.items.set(p as *mut Value);
        self.cap.set(new_cap);
        true
    }

    /// Makes room for `additional` more items: amortised doubling while the
    /// list is small, then CPython's growth by an eighth, which keeps the
    /// spare capacity of big lists (and so peak memory) low.
    pub fn reserve(&self, additional: usize) -> PyResult<()> {
        let (len, cap) = (self.len.get(), self.cap.get());
        let Some(need) = len.checked_add(additional) else {
            return memory_error();
        };
        if need <= cap {
            return Ok(());
        }
        let step = if cap < 4096 { cap } else { cap / 8 + 6 };
        let grown = need.max(cap.saturating_add(step)).max(4);
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

    /// Stores the owned `v` at `i < len` and returns the item it replaces
    /// (owned by the caller now); `None` (and `v` released) when `i >= len`.
    pub fn replace(&self, i: usize, v: Value) -> Option<Value> {
        if i < self.len.get() {
            // SAFETY: `i < len`.
            Some(unsafe { std::mem::replace(&mut *self.items.get().add(i), v) })
        } else {
            decref(v);
            None
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
    /// `(items, len, cap)` must be an owned buffer: `len` owned references
    /// in a buffer of `cap` slots allocated as `Layout::array::<Value>(cap)`
    /// (any aligned pointer when `cap == 0`).
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
        if new.len() == removed && removed <= 16 {
            // Same size: overwrite in place, releasing the old items once
            // the list is consistent again (no buffer moves, no heap).
            let mut old = [0 as Value; 16];
            for (k, &v) in new.iter().enumerate() {
                incref(v);
                // SAFETY: `lo + k < hi <= len`: an initialised slot.
                old[k] = unsafe { std::mem::replace(&mut *items.add(lo + k), v) };
            }
            old[..removed].iter().rev().for_each(|&x| decref(x));
            return Ok(());
        }
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
    pub(crate) fn remove_positions(&self, positions: impl Iterator<Item = usize>) {
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
    if depth == 0
        && DEALLOC_DEFERRED.with(|q| !q.borrow().is_empty())
        && !DEALLOC_DRAINING.with(|d| d.replace(true))
    {
        while let Some(p) = DEALLOC_DEFERRED.with(|q| q.borrow_mut().pop()) {
            // SAFETY: deferred entries are lists whose count reached zero.
            unsafe { dealloc_list(p as *mut ObjHeader) };
        }
        DEALLOC_DRAINING.with(|d| d.set(false));
    }
}

/// Type record of lists.
#[no_mangle]
pub static MOLT_TYPE_LIST: TypeInfo =
    TypeInfo::builtin(KIND_LIST, "list", dealloc_list).with_slots(crate::slots::LIST);

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

/// Converts a unit result into the ABI's None-or-0.
pub(crate) fn none(r: PyResult<()>) -> Value {
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
