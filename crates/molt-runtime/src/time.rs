//! The `time` module's clocks and `sleep`, as CPython 3.11 computes them.
//!
//! Every clock is read with `clock_gettime`, on the clock CPython reads on
//! Linux: `time`/`time_ns` on `CLOCK_REALTIME`, `monotonic` and
//! `perf_counter` (the same clock in CPython 3.11) on `CLOCK_MONOTONIC`,
//! `process_time` on `CLOCK_PROCESS_CPUTIME_ID` (CPU time of every thread
//! of the process). A float result is CPython's `_PyTime_AsSecondsDouble`
//! of the nanoseconds, so `time()` and `time_ns()` agree as in CPython.
//!
//! `sleep(secs)` converts its argument as CPython's `_PyTime_FromObject`
//! does (a float rounded away from zero to nanoseconds, anything else by
//! `__index__`), with its errors, then sleeps until a deadline on
//! `CLOCK_MONOTONIC` with `clock_nanosleep(TIMER_ABSTIME)`, resuming after
//! a signal interrupts it.
//!
//! Entry points: `molt_time_clock_f64(id)` and `molt_time_clock_ns(id)`
//! (`id` the small int of a [`TimeFn`] clock), `molt_time_sleep(secs)`,
//! and `molt_time_value(id)`, the function as a value.

use crate::builtins::slice;
use crate::exc::{overflow_error, ret, type_error, value_error, PyResult};
use crate::float::ret_f64;
use crate::int::{as_int, int_from_i64};
use crate::value::{is_small, small_of, type_name, view, Obj, NONE};
use crate::Value;
use std::ffi::c_int;

pub use molt_abi::TimeFn;

/// `struct timespec` of 64-bit Linux and macOS (`time_t` and `long` are
/// 64 bits).
#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

#[cfg(not(target_pointer_width = "64"))]
compile_error!("the `time` module's `timespec` is laid out for 64-bit targets only");

extern "C" {
    /// `clock_gettime(2)`.
    fn clock_gettime(clock: c_int, ts: *mut Timespec) -> c_int;
}

#[cfg(target_os = "linux")]
extern "C" {
    /// `clock_nanosleep(2)`: returns the error number (0 on success).
    fn clock_nanosleep(
        clock: c_int,
        flags: c_int,
        req: *const Timespec,
        rem: *mut Timespec,
    ) -> c_int;
}

/// The clock ids of `<time.h>`.
#[cfg(target_os = "linux")]
mod clocks {
    use std::ffi::c_int;
    pub const REALTIME: c_int = 0;
    pub const MONOTONIC: c_int = 1;
    pub const PROCESS_CPUTIME_ID: c_int = 2;
    /// `TIMER_ABSTIME`: the request is a deadline, not a duration.
    pub const TIMER_ABSTIME: c_int = 1;
}

/// The clock ids of `<time.h>`.
#[cfg(target_os = "macos")]
mod clocks {
    use std::ffi::c_int;
    pub const REALTIME: c_int = 0;
    pub const MONOTONIC: c_int = 6;
    pub const PROCESS_CPUTIME_ID: c_int = 12;
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
compile_error!("the `time` module's clocks are defined for Linux and macOS only");

const NS_PER_SEC: i64 = 1_000_000_000;

/// `EINTR` of `<errno.h>`.
#[cfg(target_os = "linux")]
const EINTR: c_int = 4;
/// `EINVAL` of `<errno.h>`.
#[cfg(not(target_os = "linux"))]
const EINVAL: c_int = 22;

/// The nanoseconds of `clock` (which cannot fail for the clocks above).
fn read_ns(clock: c_int) -> i64 {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a writable `timespec`; the clock ids are valid.
    unsafe { clock_gettime(clock, &mut ts) };
    ts.tv_sec
        .saturating_mul(NS_PER_SEC)
        .saturating_add(ts.tv_nsec)
}

/// The clock `f` reads (`None` for `sleep`).
fn clock_of(f: TimeFn) -> Option<c_int> {
    use TimeFn as T;
    Some(match f {
        T::Time | T::TimeNs => clocks::REALTIME,
        T::Monotonic | T::MonotonicNs | T::PerfCounter | T::PerfCounterNs => clocks::MONOTONIC,
        T::ProcessTime | T::ProcessTimeNs => clocks::PROCESS_CPUTIME_ID,
        T::Sleep => return None,
    })
}

/// CPython's `_PyTime_AsSecondsDouble`: whole seconds convert exactly,
/// the rest as one division.
fn seconds(ns: i64) -> f64 {
    if ns % NS_PER_SEC == 0 {
        (ns / NS_PER_SEC) as f64
    } else {
        ns as f64 / 1e9
    }
}

/// The function whose id is the small int `v`.
fn from_id(v: Value) -> Option<TimeFn> {
    if !is_small(v) {
        return None;
    }
    usize::try_from(small_of(v))
        .ok()
        .and_then(|i| TimeFn::ALL.get(i).copied())
}

/// The clock of the function whose id is `id`.
fn clock_id(id: Value) -> PyResult<c_int> {
    match from_id(id).and_then(clock_of) {
        Some(c) => Ok(c),
        None => type_error("not a time clock id"),
    }
}

/// `time.f()` for a float clock `f` (its id): the seconds, unboxed.
#[no_mangle]
pub extern "C" fn molt_time_clock_f64(id: Value) -> f64 {
    ret_f64(clock_id(id).map(|c| seconds(read_ns(c))))
}

/// `time.f_ns()` for a clock read as int nanoseconds (its id).
#[no_mangle]
pub extern "C" fn molt_time_clock_ns(id: Value) -> Value {
    ret(clock_id(id).map(|c| int_from_i64(read_ns(c))))
}

/// `_PyTime_FromSecondsObject(secs, _PyTime_ROUND_TIMEOUT)`: the
/// nanoseconds of `secs`, with CPython's errors.
fn timeout_ns(secs: Value) -> PyResult<i64> {
    if let Obj::Float(d) = view(secs) {
        if d.is_nan() {
            return value_error("Invalid value NaN (not a number)");
        }
        // Rounded away from zero.
        let d = d * 1e9;
        let d = if d >= 0.0 { d.ceil() } else { d.floor() };
        // -2**63 <= d < 2**63, as doubles.
        if !((i64::MIN as f64) <= d && d < -(i64::MIN as f64)) {
            return overflow_error("timestamp out of range for platform time_t");
        }
        return Ok(d as i64);
    }
    let Some(i) = as_int(secs) else {
        return type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(secs)
        ));
    };
    match i.to_i64().and_then(|s| s.checked_mul(NS_PER_SEC)) {
        Some(ns) => Ok(ns),
        None => overflow_error("timestamp too large to convert to C _PyTime_t"),
    }
}

/// Sleeps `ns` nanoseconds (non-negative) as CPython's `pysleep` does on
/// Linux: until `CLOCK_MONOTONIC` reaches now + `ns`. The deadline is the
/// wrapped sum, as in C, so a timeout past 2**63 ns of uptime fails with
/// CPython's `OSError: [Errno 22] Invalid argument`.
#[cfg(target_os = "linux")]
fn sleep_ns(ns: i64) -> PyResult<()> {
    let deadline = read_ns(clocks::MONOTONIC).wrapping_add(ns);
    let ts = Timespec {
        tv_sec: deadline.div_euclid(NS_PER_SEC),
        tv_nsec: deadline.rem_euclid(NS_PER_SEC),
    };
    loop {
        // SAFETY: `ts` is a readable `timespec`; no remainder is asked for.
        let err = unsafe {
            clock_nanosleep(
                clocks::MONOTONIC,
                clocks::TIMER_ABSTIME,
                &ts,
                std::ptr::null_mut(),
            )
        };
        match err {
            0 => return Ok(()),
            EINTR => continue,
            e => return crate::io::raise_io_error(&std::io::Error::from_raw_os_error(e)),
        }
    }
}

/// Sleeps `ns` nanoseconds (non-negative), resuming after interruptions.
#[cfg(not(target_os = "linux"))]
fn sleep_ns(ns: i64) -> PyResult<()> {
    let deadline = read_ns(clocks::MONOTONIC).checked_add(ns);
    let Some(deadline) = deadline else {
        return crate::io::raise_io_error(&std::io::Error::from_raw_os_error(EINVAL));
    };
    loop {
        let left = deadline - read_ns(clocks::MONOTONIC);
        if left <= 0 {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_nanos(left as u64));
    }
}

/// `time.sleep(secs)`.
fn sleep(secs: Value) -> PyResult<Value> {
    let ns = timeout_ns(secs)?;
    if ns < 0 {
        return value_error("sleep length must be non-negative");
    }
    sleep_ns(ns)?;
    Ok(NONE)
}

/// `time.sleep(secs)`: None, after sleeping.
#[no_mangle]
pub extern "C" fn molt_time_sleep(secs: Value) -> Value {
    ret(sleep(secs))
}

/// `f(*args)` for a function called as a value, with CPython's TypeError
/// for a wrong number of arguments.
fn call(f: TimeFn, args: &[Value]) -> PyResult<Value> {
    if let Some(e) = f.arity_error(args.len()) {
        return type_error(&e.to_string());
    }
    match clock_of(f) {
        None => sleep(args[0]),
        Some(c) if f.result() == molt_abi::time::TimeResult::Float => {
            Ok(crate::value::float_value(seconds(read_ns(c))))
        }
        Some(c) => Ok(int_from_i64(read_ns(c))),
    }
}

/// The code of the function objects of [`molt_time_value`]: `env` is the
/// function's id.
unsafe extern "C" fn call_as_value(env: Value, args: *const Value, n: usize) -> Value {
    // SAFETY: the runtime passes `n` readable values (see `FuncCode`).
    let args = unsafe { slice(args, n) };
    match from_id(env) {
        Some(f) => ret(call(f, args)),
        None => ret(type_error("not a time function")),
    }
}

/// `time.f` as a value: one immortal function object per function, made
/// on first use (so `time.sleep is time.sleep`), taking positional arguments.
#[no_mangle]
pub extern "C" fn molt_time_value(id: Value) -> Value {
    thread_local! {
        static VALUES: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let Some(f) = from_id(id) else {
        return ret(type_error("molt_time_value: not a time function id"));
    };
    crate::func::module_function_value(
        &VALUES,
        TimeFn::ALL.len(),
        f as usize,
        f.name(),
        call_as_value,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_as_cpython() {
        // python3.11: the float of whole seconds is exact, else ns / 1e9.
        assert_eq!(seconds(3 * NS_PER_SEC), 3.0);
        assert_eq!(seconds(1_500_000_000), 1.5);
        assert_eq!(
            seconds(1_700_000_000_123_456_789),
            1_700_000_000_123_456_789_i64 as f64 / 1e9
        );
    }

    #[test]
    fn clocks_are_monotonic_and_cpu_time_grows() {
        let a = read_ns(clocks::MONOTONIC);
        let cpu0 = read_ns(clocks::PROCESS_CPUTIME_ID);
        let mut x = 0u64;
        for i in 0..20_000_000u64 {
            x = x.wrapping_mul(31).wrapping_add(i);
        }
        std::hint::black_box(x);
        let b = read_ns(clocks::MONOTONIC);
        assert!(b >= a);
        assert!(read_ns(clocks::PROCESS_CPUTIME_ID) > cpu0);
        // The wall clock is past 2020.
        assert!(read_ns(clocks::REALTIME) > 1_577_836_800 * NS_PER_SEC);
    }
}
