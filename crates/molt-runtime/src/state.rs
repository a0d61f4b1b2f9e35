//! Per-thread runtime state (one isolate per thread, so no locks).

use crate::Value;
use std::cell::{Cell, RefCell};

/// CPython 3.11's default limit on int<->decimal-str conversions.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// One traceback entry: function name and line, pushed innermost first.
pub struct Frame {
    /// Function name as printed after `in `.
    pub func: String,
    /// 1-based source line.
    pub line: u32,
}

thread_local! {
    /// The pending exception object, or 0.
    pub static PENDING: Cell<Value> = const { Cell::new(0) };
    /// Frames of the propagating exception, innermost first.
    pub static TRACEBACK: RefCell<Vec<Frame>> = const { RefCell::new(Vec::new()) };
    /// Buffered stdout bytes.
    pub static STDOUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// `sys.get_int_max_str_digits()`; 0 means unlimited.
    pub static MAX_STR_DIGITS: Cell<usize> = const { Cell::new(DEFAULT_MAX_STR_DIGITS) };
    /// The main source file path, for traceback lines.
    pub static MAIN_FILE: RefCell<String> = const { RefCell::new(String::new()) };
    /// Command-line arguments (future `sys.argv`).
    pub static ARGV: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The current int<->str digit limit (0 = unlimited).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

/// The stored command-line arguments.
pub fn argv() -> Vec<String> {
    ARGV.with(|a| a.borrow().clone())
}
