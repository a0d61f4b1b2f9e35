//! The C `main` of every compiled program.

use crate::exc::{pending_kind, traceback_text, EXC_SYSTEM_EXIT};
use crate::io::{flush_stdout_at_exit, write_stderr};
use crate::state::{ARGV, PENDING};
use crate::value::{view, Obj};
use crate::Value;

/// Runs the module body and turns its outcome into an exit status.
pub fn run(module_main: impl FnOnce() -> Value) -> i32 {
    let result = module_main();
    let status = if result == 0 { report_uncaught() } else { 0 };
    crate::value::decref(result);
    flush_stdout_at_exit().unwrap_or(status)
}

/// Prints the uncaught exception (or handles `SystemExit`); the exit status.
fn report_uncaught() -> i32 {
    if pending_kind() == Some(EXC_SYSTEM_EXIT) {
        let exc = PENDING.with(|p| p.get());
        if let Obj::Exc(e) = view(exc) {
            return crate::sysmod::exit_status(e.args);
        }
    }
    write_stderr(&traceback_text());
    1
}

/// Stores `argv` for `sys.argv`.
///
/// # Safety
/// `argv` must hold `argc` valid C strings.
pub unsafe fn store_argv(argc: i32, argv: *const *const std::ffi::c_char) {
    let mut args = Vec::new();
    for i in 0..argc.max(0) as usize {
        // SAFETY: per the contract, `argv[i]` is a valid NUL-terminated string.
        let s = unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) };
        args.push(s.to_string_lossy().into_owned());
    }
    ARGV.with(|a| *a.borrow_mut() = args);
}

#[cfg(all(feature = "entry", not(test)))]
mod c_main {
    use super::*;
    use std::ffi::{c_char, c_int};

    extern "C" {
        /// The module body, emitted by the code generator.
        fn molt_module_main() -> Value;
        /// `_exit(2)`: ends the process without running `atexit` handlers.
        fn _exit(status: c_int) -> !;
        /// Linux `prctl(2)`.
        #[cfg(target_os = "linux")]
        fn prctl(option: c_int, arg2: u64, arg3: u64, arg4: u64, arg5: u64) -> c_int;
    }

    /// `PR_SET_THP_DISABLE` of `<linux/prctl.h>`.
    #[cfg(target_os = "linux")]
    const PR_SET_THP_DISABLE: c_int = 41;

    extern "C" {
        /// `signal(2)`.
        fn signal(signum: c_int, handler: usize) -> usize;
    }
    /// `SIGPIPE` and `SIG_IGN` of `<signal.h>`.
    const SIGPIPE: c_int = 13;
    const SIG_IGN: usize = 1;

    /// The program entry: stores argv, runs the module, reports errors.
    #[no_mangle]
    pub unsafe extern "C" fn main(argc: c_int, argv: *const *const c_char) -> c_int {
        // mimalloc asks for transparent huge pages; where the kernel then
        // compacts memory synchronously on a page fault, a short program can
        // stall for seconds. Small programs gain nothing from huge pages.
        // SAFETY: a plain system call with integer arguments; failure is harmless.
        #[cfg(target_os = "linux")]
        unsafe {
            prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
        // As CPython: a write to a pipe whose reader is gone fails with
        // EPIPE (raised as BrokenPipeError) instead of killing the process.
        // SAFETY: sets a signal's disposition to "ignore"; no handler runs.
        unsafe {
            signal(SIGPIPE, SIG_IGN);
        }
        // SAFETY: the C runtime passes a valid argv.
        unsafe { store_argv(argc, argv) };
        // SAFETY: `molt_module_main` is the generated module body, which follows the ABI.
        let status = run(|| unsafe { molt_module_main() });
        // `run` flushed stdout and stderr is unbuffered, so nothing is left
        // to write. Returning would run the allocator's exit handler, which
        // walks and returns every page to the kernel (milliseconds for a
        // program that built large data) just before the process ends.
        // SAFETY: ends the process; no Rust frame is unwound.
        unsafe { _exit(status) }
    }
}
