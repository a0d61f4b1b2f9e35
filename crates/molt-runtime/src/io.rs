//! Buffered stdout and stderr writes.

use crate::state::STDOUT;
use std::io::Write;

const FLUSH_AT: usize = 1 << 16;

/// Appends bytes to the stdout buffer, flushing when it grows large.
pub fn write_stdout(bytes: &[u8]) {
    let full = STDOUT.with(|b| {
        let mut b = b.borrow_mut();
        b.extend_from_slice(bytes);
        b.len() >= FLUSH_AT
    });
    if full {
        flush_stdout();
    }
}

/// Writes the stdout buffer to file descriptor 1.
pub fn flush_stdout() {
    let data = STDOUT.with(|b| std::mem::take(&mut *b.borrow_mut()));
    if !data.is_empty() {
        let mut out = std::io::stdout().lock();
        // A closed pipe or full disk is not reported (CPython reports it at exit; rare).
        let _ = out.write_all(&data);
        let _ = out.flush();
    }
}

/// Writes text to stderr, after flushing stdout so the streams interleave
/// as the program wrote them.
pub fn write_stderr(text: &str) {
    flush_stdout();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// Flushes stdout (for `print(..., flush=True)` and `sys.stdout.flush()`).
#[no_mangle]
pub extern "C" fn molt_flush_stdout() {
    flush_stdout()
}
