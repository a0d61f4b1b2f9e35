//! The functions of the `time` module Molt supports, numbered as both
//! sides number them.

module_functions! {
    /// A supported function of the `time` module. The discriminant is the
    /// function's id in the runtime (`molt_time_clock_f64`,
    /// `molt_time_clock_ns`, `molt_time_value`): CPython 3.11's `dir(time)`
    /// order.
    pub enum TimeFn {
        Monotonic = "monotonic",
        MonotonicNs = "monotonic_ns",
        PerfCounter = "perf_counter",
        PerfCounterNs = "perf_counter_ns",
        ProcessTime = "process_time",
        ProcessTimeNs = "process_time_ns",
        Sleep = "sleep",
        Time = "time",
        TimeNs = "time_ns",
    }
}

/// What a [`TimeFn`] returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeResult {
    /// A clock read as float seconds.
    Float,
    /// A clock read as int nanoseconds.
    Int,
    /// `None` (`sleep`).
    None,
}

impl TimeFn {
    /// How many positional arguments the function takes (exactly).
    pub fn arity(self) -> usize {
        match self {
            TimeFn::Sleep => 1,
            _ => 0,
        }
    }

    /// What the function returns.
    pub fn result(self) -> TimeResult {
        use TimeFn::*;
        match self {
            Monotonic | PerfCounter | ProcessTime | Time => TimeResult::Float,
            MonotonicNs | PerfCounterNs | ProcessTimeNs | TimeNs => TimeResult::Int,
            Sleep => TimeResult::None,
        }
    }

    /// CPython's TypeError text for a call with `n` positional arguments,
    /// or `None` when `n` is right.
    pub fn arity_error(self, n: usize) -> Option<ArityError> {
        if n == self.arity() {
            return None;
        }
        Some(ArityError { f: self, given: n })
    }
}

/// The TypeError of a call of a `time` function with a wrong number of
/// arguments; `Display` gives CPython's text (`time.time() takes no
/// arguments (1 given)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArityError {
    f: TimeFn,
    given: usize,
}

impl core::fmt::Display for ArityError {
    fn fmt(&self, out: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        // METH_NOARGS and METH_O functions, as CPython's vectorcall words them.
        let what = if self.f.arity() == 0 {
            "no arguments"
        } else {
            "exactly one argument"
        };
        write!(
            out,
            "time.{}() takes {what} ({} given)",
            self.f.name(),
            self.given
        )
    }
}

#[cfg(test)]
mod tests {
    use super::TimeFn;

    #[test]
    fn time_ids_follow_cpython_dir_order() {
        let names: Vec<&str> = TimeFn::ALL.iter().map(|f| f.name()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
        for (i, f) in TimeFn::ALL.iter().enumerate() {
            assert_eq!(usize::from(f.id()), i);
            assert_eq!(TimeFn::from_name(f.name()), Some(*f));
        }
    }

    #[test]
    fn arity_errors_are_cpythons() {
        // python3.11: time.time(1), time.sleep(), time.sleep(1, 2).
        assert_eq!(
            TimeFn::Time
                .arity_error(1)
                .map(|e| e.to_string())
                .as_deref(),
            Some("time.time() takes no arguments (1 given)")
        );
        assert_eq!(
            TimeFn::Sleep
                .arity_error(0)
                .map(|e| e.to_string())
                .as_deref(),
            Some("time.sleep() takes exactly one argument (0 given)")
        );
        assert_eq!(
            TimeFn::Sleep
                .arity_error(2)
                .map(|e| e.to_string())
                .as_deref(),
            Some("time.sleep() takes exactly one argument (2 given)")
        );
        assert_eq!(TimeFn::Sleep.arity_error(1), None);
        assert_eq!(TimeFn::PerfCounterNs.arity_error(0), None);
    }
}
