//! Buffered stdout, unbuffered stderr, and what a failed write does.
//!
//! As in CPython, stdout is written in chunks; a write error (a full disk,
//! a reader that went away) raises `OSError` or `BrokenPipeError` at the
//! write that fills the buffer or at an explicit flush, and the flush at
//! exit reports it as CPython's `Exception ignored in: ...` with status 120.
//! A standard stream whose descriptor was closed before the program
//! started is `None` in CPython: `print` to it does nothing.

use crate::exc::{raise, PyResult, EXC_BROKEN_PIPE_ERROR, EXC_OS_ERROR};
use crate::state::STDOUT;
use std::io::Write;

/// Stdout is written once this many bytes are buffered.
const FLUSH_AT: usize = 1 << 16;

/// `EPIPE` and `ESHUTDOWN`: the errors CPython raises as `BrokenPipeError`.
const BROKEN_PIPE_ERRNOS: [i32; 2] = [32, 108];

/// Writes all of `bytes` to file descriptor `fd`, allocating nothing.
pub fn write_fd(fd: i32, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::fd::FromRawFd;
    // SAFETY: the descriptor is only borrowed: `ManuallyDrop` never closes it.
    let mut file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    file.write_all(bytes)
}

/// Is standard descriptor `fd` (0, 1 or 2) open? CPython makes the stream
/// of a descriptor closed at start-up `None`; checked once, on first use.
pub fn std_stream_open(fd: i32) -> bool {
    extern "C" {
        /// `fcntl(2)`.
        fn fcntl(fd: std::ffi::c_int, cmd: std::ffi::c_int, ...) -> std::ffi::c_int;
    }
    /// `F_GETFD` of `<fcntl.h>`.
    const F_GETFD: std::ffi::c_int = 1;
    thread_local! {
        /// Per descriptor: 0 not checked yet, 1 open, 2 closed.
        static OPEN: std::cell::Cell<[u8; 3]> = const { std::cell::Cell::new([0; 3]) };
    }
    let Some(i) = usize::try_from(fd).ok().filter(|&i| i < 3) else {
        return false;
    };
    OPEN.with(|c| {
        let mut known = c.get();
        if known[i] == 0 {
            // SAFETY: `F_GETFD` only reads the descriptor's flags.
            known[i] = if unsafe { fcntl(fd, F_GETFD) } >= 0 {
                1
            } else {
                2
            };
            c.set(known);
        }
        known[i] == 1
    })
}

/// The exception CPython raises for a failed write: `BrokenPipeError` or
/// `OSError`, with its `[Errno N] message` text.
pub fn raise_io_error<T>(e: &std::io::Error) -> PyResult<T> {
    let (kind, text) = io_error_text(e);
    raise(kind, &text)
}

/// The exception kind and message of a write error, as CPython words them.
fn io_error_text(e: &std::io::Error) -> (u32, String) {
    match e.raw_os_error() {
        Some(n) => {
            let shown = e.to_string();
            let suffix = format!(" (os error {n})");
            let msg = shown.strip_suffix(&suffix).unwrap_or(&shown);
            let kind = if BROKEN_PIPE_ERRNOS.contains(&n) {
                EXC_BROKEN_PIPE_ERROR
            } else {
                EXC_OS_ERROR
            };
            (kind, format!("[Errno {n}] {msg}"))
        }
        None => (EXC_OS_ERROR, e.to_string()),
    }
}

/// Appends bytes to the stdout buffer, writing it out when it is full; a
/// failed write raises (and the buffered bytes are dropped, as CPython's
/// writer does). Nothing is written to a stdout closed at start-up.
pub fn write_stdout(bytes: &[u8]) -> PyResult<()> {
    let fits = STDOUT.with(|b| {
        let mut b = b.borrow_mut();
        if b.len() + bytes.len() > FLUSH_AT {
            return false;
        }
        if b.capacity() == 0 {
            // One allocation for the whole run: appending never reallocates.
            b.reserve_exact(FLUSH_AT);
        }
        b.extend_from_slice(bytes);
        true
    });
    if fits {
        return Ok(());
    }
    if !std_stream_open(1) {
        STDOUT.with(|b| b.borrow_mut().clear());
        return Ok(());
    }
    let pending = STDOUT.with(|b| std::mem::take(&mut *b.borrow_mut()));
    let written = write_fd(1, &pending).and_then(|()| {
        if bytes.len() >= FLUSH_AT {
            write_fd(1, bytes)
        } else {
            Ok(())
        }
    });
    STDOUT.with(|b| {
        let mut b = b.borrow_mut();
        // Reuse the buffer's allocation (it is empty: nothing wrote to it).
        *b = pending;
        b.clear();
        if written.is_ok() && bytes.len() < FLUSH_AT {
            b.extend_from_slice(bytes);
        }
    });
    written.or_else(|e| raise_io_error(&e))
}

/// Writes out the stdout buffer. On failure the bytes not written stay
/// buffered (CPython's flush keeps them, and the flush at exit tries again).
pub fn flush_stdout() -> std::io::Result<()> {
    STDOUT.with(|b| {
        let mut b = b.borrow_mut();
        if b.is_empty() {
            return Ok(());
        }
        if !std_stream_open(1) {
            b.clear();
            return Ok(());
        }
        let r = write_fd(1, &b);
        if r.is_ok() {
            b.clear();
        }
        r
    })
}

/// `sys.stdout.flush()`, `print(..., flush=True)`: a failure raises.
pub fn flush_stdout_or_raise() -> PyResult<()> {
    flush_stdout().or_else(|e| raise_io_error(&e))
}

/// The flush at the end of the run: on failure prints what CPython prints
/// and returns its exit status, 120.
pub fn flush_stdout_at_exit() -> Option<i32> {
    let e = flush_stdout().err()?;
    let (kind, text) = io_error_text(&e);
    write_stderr(&format!(
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}: {text}\n",
        crate::exc::kind_name(kind)
    ));
    Some(120)
}

/// Writes whatever stdout holds, allocating nothing and ignoring errors:
/// for a program ending because memory ran out.
pub fn flush_stdout_unchecked() {
    STDOUT.with(|b| {
        if let Ok(b) = b.try_borrow() {
            let _ = write_fd(1, &b);
        }
    });
}

/// Writes text to stderr, after flushing stdout so the streams interleave
/// as the program wrote them (a stdout error waits for the flush at exit).
pub fn write_stderr(text: &str) {
    let _ = flush_stdout();
    let _ = write_fd(2, text.as_bytes());
}
