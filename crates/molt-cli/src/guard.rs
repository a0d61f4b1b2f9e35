//! Turning compiler panics into "internal compiler error" reports.
//!
//! A panic anywhere in `molt` is a broken invariant, i.e. a Molt bug. The
//! panic hook prints it as an internal compiler error with the panic's message
//! and location (and a backtrace only when `MOLT_BACKTRACE=1`), never Rust's
//! raw panic output. Driver calls additionally run under [`guarded`], which
//! catches the unwind so the command can exit with 101 in an orderly way, and
//! gives the compiler a large stack so deeply nested input does not overflow.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};

use crate::driver::Failure;

/// Exit code of an internal compiler error (the same as an uncaught Rust
/// panic, so even an escaped panic exits with it).
pub const ICE_EXIT_CODE: i32 = 101;

/// Stack size of the compiler thread. Parsing and lowering recurse over the
/// syntax tree; a generous stack keeps pathological nesting from aborting
/// the process (the memory is only reserved, not committed).
const COMPILER_STACK_BYTES: usize = 256 * 1024 * 1024;

/// Replaces Rust's panic message with an internal-compiler-error report.
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info: &PanicHookInfo<'_>| {
        let message = payload_text(info.payload());
        if is_closed_stdout(message) {
            // `molt bench | head`: the reader is gone. Stop quietly, with
            // the status a process killed by SIGPIPE has.
            std::process::exit(SIGPIPE_EXIT_CODE);
        }
        let mut report = format!("error: internal compiler error: {message}\n");
        if let Some(location) = info.location() {
            report.push_str(&format!(
                "  --> {}:{}:{}\n",
                location.file(),
                location.line(),
                location.column()
            ));
        }
        report.push_str(&format!(
            "note: this is a Molt bug, please report it (molt {}) with the program that triggered it\n",
            crate::VERSION
        ));
        if std::env::var_os("MOLT_BACKTRACE").is_some_and(|v| v == "1") {
            report.push_str(&format!("{}\n", std::backtrace::Backtrace::force_capture()));
        } else {
            report.push_str("note: set MOLT_BACKTRACE=1 to include a backtrace in the report\n");
        }
        eprint!("{report}");
    }));
}

/// Runs a compiler entry point on a thread with a large stack, converting a
/// panic into a [`Failure`] with exit code 101. The report itself has already
/// been printed by the panic hook, so the failure's text is empty.
pub fn guarded<T: Send>(compile: impl FnOnce() -> Result<T, Failure> + Send) -> Result<T, Failure> {
    let ice = || Failure {
        rendered: String::new(),
        exit_code: ICE_EXIT_CODE,
    };
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("molt-compiler".into())
            .stack_size(COMPILER_STACK_BYTES)
            .spawn_scoped(scope, || panic::catch_unwind(AssertUnwindSafe(compile)));
        match handle {
            Ok(handle) => match handle.join() {
                Ok(Ok(result)) => result,
                Ok(Err(_)) | Err(_) => Err(ice()),
            },
            Err(err) => Err(Failure {
                rendered: format!("error: cannot start the compiler thread: {err}"),
                exit_code: 1,
            }),
        }
    })
}

/// The shell's status for a process ended by SIGPIPE (128 + 13).
const SIGPIPE_EXIT_CODE: i32 = 141;

/// Whether a panic is `print!` failing because stdout's reader has gone
/// (Rust ignores SIGPIPE, so the write fails with EPIPE instead).
fn is_closed_stdout(message: &str) -> bool {
    message.starts_with("failed printing to stdout")
        && message.to_ascii_lowercase().contains("broken pipe")
}

fn payload_text(payload: &(dyn Any + Send)) -> &str {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s
    } else {
        "panic with a non-string payload"
    }
}
