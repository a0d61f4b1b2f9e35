//! The runtime's allocator: mimalloc for small blocks (Python programs
//! allocate many small, short-lived objects, which it serves much faster
//! than the system allocator), the system allocator for large ones (the
//! buffers of big lists and dicts: glibc maps them directly and grows them
//! with `mremap`, without copying, and returns them to the system when
//! freed, which keeps peak memory close to what is live).
//!
//! Running out of memory: inside [`fallible`] (which [`try_reserve_exact`] uses) a failed allocation comes back to the caller,
//! which raises a `MemoryError` the program could catch; this is how the
//! runtime grows lists, dicts, sets, strs and bytes. Any other failed
//! allocation (one inside `num-bigint`, or a small object the runtime
//! cannot do without) ends the program as an uncaught `MemoryError` would:
//! [`out_of_memory`] writes the buffered stdout, prints `MemoryError` and
//! exits with status 1, never Rust's abort.

use crate::exc::PyResult;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Blocks of at least this many bytes come from the system allocator.
const LARGE: usize = 64 * 1024;

/// The global allocator of every program (see the module documentation).
/// Hot paths may call it directly instead of through `std::alloc`: it is
/// the same allocator, so blocks can be freed either way.
pub struct MoltAlloc;

static SMALL: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's unaligned entry points (linked through the `mimalloc` crate).
// Its `GlobalAlloc` always takes the aligned path, which costs a few
// checks on every allocation; blocks from `mi_malloc` are already aligned
// to their size up to 16 bytes, enough for any layout with
// `align <= min(size, 16)`.
extern "C" {
    fn mi_malloc(size: usize) -> *mut u8;
    fn mi_zalloc(size: usize) -> *mut u8;
    fn mi_realloc(p: *mut u8, new_size: usize) -> *mut u8;
    fn mi_free(p: *mut u8);
}

thread_local! {
    /// Is a [`fallible`] section running (allocation failures return null)?
    static FALLIBLE: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with failed allocations returned to it as null (so `try_reserve`
/// reports them) instead of ending the program. `f` should allocate
/// nothing but what it checks.
pub fn fallible<R>(f: impl FnOnce() -> R) -> R {
    let outer = FALLIBLE.with(|c| c.replace(true));
    let r = f();
    FALLIBLE.with(|c| c.set(outer));
    r
}

/// `v.try_reserve_exact(additional)`, MemoryError when the memory cannot be had.
pub fn try_reserve_exact<T>(v: &mut Vec<T>, additional: usize) -> PyResult<()> {
    match fallible(|| v.try_reserve_exact(additional)) {
        Ok(()) => Ok(()),
        Err(_) => crate::exc::memory_error(),
    }
}

/// What a failed allocation returns: null inside [`fallible`], else the
/// program ends through [`out_of_memory`].
#[cold]
#[inline(never)]
fn failed() -> *mut u8 {
    if FALLIBLE.with(|c| c.get()) {
        std::ptr::null_mut()
    } else {
        out_of_memory()
    }
}

/// Ends the program on an allocation failure nothing can report: writes
/// the buffered stdout, then `MemoryError` as the last line of stderr (as
/// CPython's uncaught MemoryError ends), and exits with status 1. It
/// allocates nothing.
#[cold]
pub fn out_of_memory() -> ! {
    crate::io::flush_stdout_unchecked();
    let _ = crate::io::write_fd(2, b"MemoryError\n");
    extern "C" {
        /// `_exit(2)`: no `atexit` handler runs (they could allocate).
        fn _exit(status: std::ffi::c_int) -> !;
    }
    // SAFETY: ends the process; no Rust frame is unwound.
    unsafe { _exit(1) }
}

/// Can `layout` be served by mimalloc's unaligned entry points?
#[inline]
fn natural(layout: Layout) -> bool {
    layout.align() <= 16 && layout.align() <= layout.size()
}

// SAFETY: each block is freed and resized by the allocator that made it,
// which `GlobalAlloc` lets us tell from the layout it passes back.
unsafe impl GlobalAlloc for MoltAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe {
            if layout.size() >= LARGE {
                System.alloc(layout)
            } else if natural(layout) {
                mi_malloc(layout.size())
            } else {
                SMALL.alloc(layout)
            }
        };
        if p.is_null() {
            failed()
        } else {
            p
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe {
            if layout.size() >= LARGE {
                System.alloc_zeroed(layout)
            } else if natural(layout) {
                mi_zalloc(layout.size())
            } else {
                SMALL.alloc_zeroed(layout)
            }
        };
        if p.is_null() {
            failed()
        } else {
            p
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator with `layout`, so by
        // the allocator the size selects.
        unsafe {
            if layout.size() >= LARGE {
                System.dealloc(ptr, layout)
            } else {
                // mimalloc frees any of its blocks, aligned or not.
                mi_free(ptr)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (old_large, new_large) = (layout.size() >= LARGE, new_size >= LARGE);
        // SAFETY: as for `dealloc`; a block changing sides is moved by
        // hand, copying the bytes both sizes have (`self.alloc` has already
        // dealt with a failure).
        let p = unsafe {
            match (old_large, new_large) {
                (true, true) => System.realloc(ptr, layout, new_size),
                (false, false) if natural(layout) && layout.align() <= new_size => {
                    mi_realloc(ptr, new_size)
                }
                (false, false) => SMALL.realloc(ptr, layout, new_size),
                _ => {
                    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                    let p = self.alloc(new_layout);
                    if !p.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    return p;
                }
            }
        };
        if p.is_null() {
            failed()
        } else {
            p
        }
    }
}
