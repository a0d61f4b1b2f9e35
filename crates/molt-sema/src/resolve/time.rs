//! The `time` module: its clocks and `sleep`, called or used as values.
//!
//! `import time [as t]` and `from time import perf_counter [as pc]` bind
//! names at compile time, as for `math`. A call with the right number of
//! positional arguments becomes [`Builtin::Time`]; any other call is a
//! [`ExprKind::BadCall`] with CPython's TypeError. The rest of CPython's
//! `time` module (`strftime`, `localtime`, the `CLOCK_*` constants, ...)
//! is refused with a diagnostic that lists what is supported.

use super::{span, Resolver, Scope};
use crate::hir::*;
use molt_abi::TimeFn;
use molt_syntax::ast;
use molt_syntax::Span;
use std::collections::{HashMap, HashSet};

/// The names a module binds to `time` and to its functions.
#[derive(Default)]
pub(super) struct TimeNames {
    /// Local names of the module (`import time [as t]`).
    pub(super) aliases: HashSet<String>,
    /// Local names of its functions (`from time import sleep [as s]`).
    pub(super) funcs: HashMap<String, TimeFn>,
}

/// What Molt supports of `time`, for the hints.
const SUPPORTED: &str = "supported: time.time, time.perf_counter, time.monotonic, \
     time.process_time, their `_ns` forms, and time.sleep";

/// The other public names of CPython 3.11's `time` on Linux
/// (`dir(time)`): they exist, Molt does not support them yet.
const UNSUPPORTED: &[&str] = &[
    "CLOCK_BOOTTIME",
    "CLOCK_MONOTONIC",
    "CLOCK_MONOTONIC_RAW",
    "CLOCK_PROCESS_CPUTIME_ID",
    "CLOCK_REALTIME",
    "CLOCK_TAI",
    "CLOCK_THREAD_CPUTIME_ID",
    "altzone",
    "asctime",
    "clock_getres",
    "clock_gettime",
    "clock_gettime_ns",
    "clock_settime",
    "clock_settime_ns",
    "ctime",
    "daylight",
    "get_clock_info",
    "gmtime",
    "localtime",
    "mktime",
    "pthread_getcpuclockid",
    "strftime",
    "strptime",
    "struct_time",
    "thread_time",
    "thread_time_ns",
    "timezone",
    "tzname",
    "tzset",
];

/// Does CPython's `time` have `name` (a dunder, or a name Molt lacks)?
fn exists_unsupported(name: &str) -> bool {
    UNSUPPORTED.contains(&name)
        || name == "_STRUCT_TM_ITEMS"
        || (name.len() > 4 && name.starts_with("__") && name.ends_with("__"))
}

impl Resolver<'_> {
    /// `import time [as t]`.
    pub(super) fn time_module_import(&mut self, alias: &ast::Alias) {
        let local = alias.asname.as_ref().unwrap_or(&alias.name).id.to_string();
        if self.time.funcs.contains_key(&local) {
            self.time_name_clash(&local, span(alias));
        }
        self.time.aliases.insert(local);
    }

    /// `from time import a, b as c`: each supported function becomes a
    /// local name for it.
    pub(super) fn time_import(&mut self, imp: &ast::StmtImportFrom) {
        for alias in &imp.names {
            let name = alias.name.id.as_str();
            if name == "*" {
                self.error(
                    "M0108",
                    "`from time import *` is not supported",
                    span(alias),
                    "import the names you use, or `import time`",
                );
                continue;
            }
            let Some(f) = TimeFn::from_name(name) else {
                if exists_unsupported(name) {
                    self.error(
                        "M0108",
                        format!("`time.{name}` is not supported yet"),
                        span(alias),
                        SUPPORTED,
                    );
                } else {
                    self.error(
                        "M0108",
                        format!("module `time` has no name `{name}`"),
                        span(alias),
                        &format!("CPython raises ImportError here; {SUPPORTED}"),
                    );
                }
                continue;
            };
            let local = alias.asname.as_ref().unwrap_or(&alias.name).id.to_string();
            if self.time.aliases.contains(&local) {
                self.time_name_clash(&local, span(alias));
            }
            self.time.funcs.insert(local, f);
        }
    }

    /// One name bound both to the module and to one of its functions: which
    /// one a use means depends on the order the imports run in, which Molt
    /// does not follow (it resolves the names at compile time).
    fn time_name_clash(&mut self, local: &str, sp: Span) {
        self.error(
            "M0108",
            format!("`{local}` is imported both as the module `time` and as a function of it"),
            sp,
            "import the module or the function under another name (`from time import time as now`)",
        );
    }

    /// A module-level name bound by an import from `time` and also by an
    /// assignment or a `def` (`how`): which binding a use sees depends on
    /// the order the statements run in, which Molt does not follow.
    pub(super) fn refuse_time_rebinding(&mut self, name: &str, sp: Span, how: &str) {
        let msg = if self.time.aliases.contains(name) {
            format!("`{name}` is imported as the module `time` and is also {how}")
        } else if self.time.funcs.contains_key(name) {
            format!("`{name}` is imported from `time` and is also {how}")
        } else {
            return;
        };
        self.error(
            "M0113",
            msg,
            sp,
            "give the variable or function another name, or import under another name \
             (`import time as t`, `from time import sleep as nap`)",
        );
    }

    /// The function `time.name` names, or the diagnostic for it.
    fn time_fn(&mut self, name: &str, sp: Span) -> Option<TimeFn> {
        if let Some(f) = TimeFn::from_name(name) {
            return Some(f);
        }
        if exists_unsupported(name) {
            self.error(
                "M0102",
                format!("`time.{name}` is not supported yet"),
                sp,
                SUPPORTED,
            );
        } else {
            self.error(
                "M0102",
                format!("module `time` has no attribute `{name}`"),
                sp,
                &format!("CPython raises AttributeError here; {SUPPORTED}"),
            );
        }
        None
    }

    /// `time.name` used as a value: the function object.
    pub(super) fn time_value(&mut self, name: &str, sp: Span) -> Expr {
        match self.time_fn(name, sp) {
            Some(f) => Self::time_fn_value(f, sp),
            None => Self::mk(ExprKind::None, sp),
        }
    }

    /// The function object of `f`.
    pub(super) fn time_fn_value(f: TimeFn, sp: Span) -> Expr {
        Self::mk(ExprKind::Builtin(Builtin::TimeValue(f), Vec::new()), sp)
    }

    /// `time.name(args)` (the module's attribute `name`, called).
    pub(super) fn time_attr_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Expr {
        match self.time_fn(name, span(&*c.func)) {
            Some(f) => self.time_call(f, c, scope),
            None => Self::mk(ExprKind::None, span(c)),
        }
    }

    /// A call of `f` (the call's arguments have no `*` or `**`): every
    /// argument is evaluated, then CPython's checks run: keywords first,
    /// then the number of positional arguments.
    pub(super) fn time_call(&mut self, f: TimeFn, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        let mut args: Vec<Expr> = c
            .arguments
            .args
            .iter()
            .map(|a| self.expr(a, scope))
            .collect();
        let npos = args.len();
        for k in &c.arguments.keywords {
            args.push(self.expr(&k.value, scope));
        }
        if !c.arguments.keywords.is_empty() {
            let msg = format!("time.{}() takes no keyword arguments", f.name());
            return Self::mk(ExprKind::BadCall(args, msg), sp);
        }
        if let Some(e) = f.arity_error(npos) {
            return Self::mk(ExprKind::BadCall(args, e.to_string()), sp);
        }
        Self::mk(ExprKind::Builtin(Builtin::Time(f), args), sp)
    }
}
