//! Guards for recursive operations on containers: the `Py_ReprEnter`
//! marker that prints a self-containing dict as `{...}`, and a depth
//! counter that turns runaway nesting into `RecursionError` instead of a
//! stack overflow (CPython's `Py_EnterRecursiveCall`).
//!
//! Containers that can hold themselves call [`ReprGuard::enter`] around
//! their repr; every recursive repr, comparison or hash of a container
//! holds a [`DepthGuard`] from [`enter`] while it recurses.

use crate::exc::{raise, PyResult, EXC_RECURSION_ERROR};
use crate::Value;
use std::cell::{Cell, RefCell};

/// How deep container operations may nest. CPython's limit is 1000 Python
/// frames and C calls together; at module level a repr of 998 nested dicts
/// succeeds and 999 fail, which this reproduces.
pub const MAX_DEPTH: u32 = 998;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static REPR_ACTIVE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// One level of nesting; released on drop.
pub struct DepthGuard(u32);

impl Drop for DepthGuard {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get() - self.0));
    }
}

impl DepthGuard {
    /// The nesting depth with this level entered.
    pub fn depth(&self) -> u32 {
        DEPTH.with(|d| d.get())
    }
}

/// Enters one level of nesting, or raises
/// `RecursionError: maximum recursion depth exceeded{what}`.
pub fn enter(what: &str) -> PyResult<DepthGuard> {
    enter_n(1, MAX_DEPTH, what)
}

/// Enters `n` levels at once, failing past `limit`.
pub fn enter_n(n: u32, limit: u32, what: &str) -> PyResult<DepthGuard> {
    let d = DEPTH.with(|d| d.get()) + n;
    if d > limit {
        return raise(
            EXC_RECURSION_ERROR,
            &format!("maximum recursion depth exceeded{what}"),
        );
    }
    DEPTH.with(|c| c.set(d));
    Ok(DepthGuard(n))
}

/// Marks an object whose repr is being built; released on drop.
pub struct ReprGuard(Value);

impl ReprGuard {
    /// Marks `v`, or returns `None` when its repr is already in progress
    /// (the caller prints its recursion marker such as `{...}`).
    pub fn enter(v: Value) -> Option<ReprGuard> {
        REPR_ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if a.contains(&v) {
                None
            } else {
                a.push(v);
                Some(ReprGuard(v))
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if let Some(i) = a.iter().rposition(|&x| x == self.0) {
                a.remove(i);
            }
        });
    }
}
