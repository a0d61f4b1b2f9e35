//! Bounded-depth deallocation of containers (CPython's "trashcan").
//!
//! Freeing a container releases its items, which may free containers in
//! turn: a chain of a million nested dicts would recurse a million frames
//! deep and overflow the stack. Container deallocators call [`dealloc`]:
//! past a small nesting depth the object is queued instead of freed, and
//! the outermost call frees the queue iteratively.

use crate::value::ObjHeader;
use std::cell::{Cell, RefCell};

/// Nesting depth past which frees are deferred.
const MAX_NESTED_FREES: u32 = 50;

/// A dead object and its destructor.
type Deferred = (*mut ObjHeader, unsafe fn(*mut ObjHeader));

thread_local! {
    static NESTED: Cell<u32> = const { Cell::new(0) };
    static QUEUE: RefCell<Vec<Deferred>> = const { RefCell::new(Vec::new()) };
}

/// Frees `h` with `free` (which releases its children), now or, when
/// called deep inside other frees, later from the outermost one.
///
/// # Safety
/// `h` is an object whose count reached zero and `free` its destructor.
pub unsafe fn dealloc(h: *mut ObjHeader, free: unsafe fn(*mut ObjHeader)) {
    let depth = NESTED.with(|n| n.get());
    if depth >= MAX_NESTED_FREES {
        QUEUE.with(|q| q.borrow_mut().push((h, free)));
        return;
    }
    NESTED.with(|n| n.set(depth + 1));
    // SAFETY: per the contract.
    unsafe { free(h) };
    NESTED.with(|n| n.set(depth));
    if depth == 0 {
        while let Some((p, f)) = QUEUE.with(|q| q.borrow_mut().pop()) {
            NESTED.with(|n| n.set(1));
            // SAFETY: queued objects are dead objects with their destructor.
            unsafe { f(p) };
            NESTED.with(|n| n.set(0));
        }
    }
}
