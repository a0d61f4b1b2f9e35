//! Exception kinds and objects, raising, and the uncaught-exception report.

use crate::state::{Frame, MAIN_FILE, PENDING, TRACEBACK};
use crate::value::{
    alloc_boxed, decref, incref, is_heap, view, Obj, ObjHeader, TypeInfo, KIND_EXCEPTION, UNBOUND,
};
use crate::Value;
use molt_abi::ExcKind;

/// `Exception`.
pub const EXC_EXCEPTION: u32 = ExcKind::Exception as u32;
/// `ArithmeticError`.
pub const EXC_ARITHMETIC_ERROR: u32 = ExcKind::ArithmeticError as u32;
/// `ZeroDivisionError`.
pub const EXC_ZERO_DIVISION_ERROR: u32 = ExcKind::ZeroDivisionError as u32;
/// `OverflowError`.
pub const EXC_OVERFLOW_ERROR: u32 = ExcKind::OverflowError as u32;
/// `ValueError`.
pub const EXC_VALUE_ERROR: u32 = ExcKind::ValueError as u32;
/// `TypeError`.
pub const EXC_TYPE_ERROR: u32 = ExcKind::TypeError as u32;
/// `NameError`.
pub const EXC_NAME_ERROR: u32 = ExcKind::NameError as u32;
/// `UnboundLocalError`.
pub const EXC_UNBOUND_LOCAL_ERROR: u32 = ExcKind::UnboundLocalError as u32;
/// `AssertionError`.
pub const EXC_ASSERTION_ERROR: u32 = ExcKind::AssertionError as u32;
/// `RecursionError`.
pub const EXC_RECURSION_ERROR: u32 = ExcKind::RecursionError as u32;
/// `IndexError`.
pub const EXC_INDEX_ERROR: u32 = ExcKind::IndexError as u32;
/// `KeyError`.
pub const EXC_KEY_ERROR: u32 = ExcKind::KeyError as u32;
/// `AttributeError`.
pub const EXC_ATTRIBUTE_ERROR: u32 = ExcKind::AttributeError as u32;
/// `NotImplementedError`.
pub const EXC_NOT_IMPLEMENTED_ERROR: u32 = ExcKind::NotImplementedError as u32;
/// `RuntimeError`.
pub const EXC_RUNTIME_ERROR: u32 = ExcKind::RuntimeError as u32;
/// `StopIteration`.
pub const EXC_STOP_ITERATION: u32 = ExcKind::StopIteration as u32;
/// `LookupError`.
pub const EXC_LOOKUP_ERROR: u32 = ExcKind::LookupError as u32;
/// `SystemExit`.
pub const EXC_SYSTEM_EXIT: u32 = ExcKind::SystemExit as u32;
/// `KeyboardInterrupt`.
pub const EXC_KEYBOARD_INTERRUPT: u32 = ExcKind::KeyboardInterrupt as u32;
/// `MemoryError`.
pub const EXC_MEMORY_ERROR: u32 = ExcKind::MemoryError as u32;
/// `UnicodeError`.
pub const EXC_UNICODE_ERROR: u32 = ExcKind::UnicodeError as u32;
/// `UnicodeDecodeError`.
pub const EXC_UNICODE_DECODE_ERROR: u32 = ExcKind::UnicodeDecodeError as u32;
/// `UnicodeEncodeError`.
pub const EXC_UNICODE_ENCODE_ERROR: u32 = ExcKind::UnicodeEncodeError as u32;
/// `EOFError` (`input()` at the end of its input).
pub const EXC_EOF_ERROR: u32 = ExcKind::EofError as u32;
/// `OSError` (a failed write to stdout).
pub const EXC_OS_ERROR: u32 = ExcKind::OsError as u32;
/// `BrokenPipeError` (stdout's reader went away).
pub const EXC_BROKEN_PIPE_ERROR: u32 = ExcKind::BrokenPipeError as u32;

/// The class name of an exception kind (`BaseException` for an unknown number).
pub fn kind_name(kind: u32) -> &'static str {
    exc_type_of(kind).name
}

/// Is `kind` the class `base` or a subclass of it?
pub fn kind_is_subclass(kind: u32, base: u32) -> bool {
    exc_type_of(kind).is_subtype(exc_type_of(base))
}

/// An exception instance.
#[repr(C)]
pub struct ExcObj {
    /// Common header.
    pub header: ObjHeader,
    /// The `EXC_*` kind.
    pub kind: u32,
    /// `exc.args`: a tuple.
    pub args: Value,
    /// `str(exc)` as a str value, or [`UNBOUND`] for the empty message.
    pub display: Value,
}

impl Drop for ExcObj {
    fn drop(&mut self) {
        decref(self.args);
        decref(self.display);
    }
}

unsafe fn dealloc_exc(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<ExcObj>`.
    drop(unsafe { Box::from_raw(h as *mut ExcObj) });
}

const fn exc_type(name: &'static str, base: &'static TypeInfo) -> TypeInfo {
    TypeInfo::builtin(KIND_EXCEPTION, name, dealloc_exc)
        .with_base(base)
        .with_slots(crate::slots::EXCEPTION)
}

/// The type records of the builtin exception classes, indexed by kind
/// number (`molt_abi::ExcKind`), each linked to its base as in CPython, so
/// matching an exception walks the chain.
pub static EXC_TYPES: [TypeInfo; ExcKind::ALL.len()] = [
    exc_type("BaseException", &crate::typeobj::MOLT_TYPE_OBJECT),
    exc_type("Exception", &EXC_TYPES[0]),
    exc_type("ArithmeticError", &EXC_TYPES[1]),
    exc_type("ZeroDivisionError", &EXC_TYPES[2]),
    exc_type("OverflowError", &EXC_TYPES[2]),
    exc_type("ValueError", &EXC_TYPES[1]),
    exc_type("TypeError", &EXC_TYPES[1]),
    exc_type("NameError", &EXC_TYPES[1]),
    exc_type("UnboundLocalError", &EXC_TYPES[7]),
    exc_type("AssertionError", &EXC_TYPES[1]),
    exc_type("RecursionError", &EXC_TYPES[15]),
    exc_type("IndexError", &EXC_TYPES[17]),
    exc_type("KeyError", &EXC_TYPES[17]),
    exc_type("AttributeError", &EXC_TYPES[1]),
    exc_type("NotImplementedError", &EXC_TYPES[15]),
    exc_type("RuntimeError", &EXC_TYPES[1]),
    exc_type("StopIteration", &EXC_TYPES[1]),
    exc_type("LookupError", &EXC_TYPES[1]),
    exc_type("SystemExit", &EXC_TYPES[0]),
    exc_type("KeyboardInterrupt", &EXC_TYPES[0]),
    exc_type("MemoryError", &EXC_TYPES[1]),
    exc_type("UnicodeError", &EXC_TYPES[5]),
    exc_type("UnicodeDecodeError", &EXC_TYPES[21]),
    exc_type("UnicodeEncodeError", &EXC_TYPES[21]),
    exc_type("EOFError", &EXC_TYPES[1]),
    exc_type("OSError", &EXC_TYPES[1]),
    exc_type("ConnectionError", &EXC_TYPES[25]),
    exc_type("BrokenPipeError", &EXC_TYPES[26]),
];

/// The type record of exception kind `kind` (`BaseException` for an unknown number).
pub fn exc_type_of(kind: u32) -> &'static TypeInfo {
    EXC_TYPES.get(kind as usize).unwrap_or(&EXC_TYPES[0])
}

/// Marker error: "the pending exception has been set".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// Result of a runtime operation that may raise.
pub type PyResult<T> = Result<T, Raised>;

/// Converts an internal result into the ABI's value-or-0.
#[inline]
pub fn ret(r: PyResult<Value>) -> Value {
    r.unwrap_or(0)
}

/// Creates an exception object with `args` (a tuple; consumed) and the
/// `display` text (a str or [`UNBOUND`]; borrowed).
pub fn new_exception_args(kind: u32, args: Value, display: Value) -> Value {
    incref(display);
    alloc_boxed(ExcObj {
        header: ObjHeader {
            refcnt: 1,
            ty: exc_type_of(kind),
        },
        kind,
        args,
        display,
    })
}

/// Creates an exception with one argument `arg` (or none when [`UNBOUND`])
/// and the `display` text; both borrowed.
pub fn new_exception(kind: u32, arg: Value, display: Value) -> Value {
    let items: &[Value] = if arg == UNBOUND {
        &[]
    } else {
        std::slice::from_ref(&arg)
    };
    let args = crate::tuple::tuple_from_borrowed(items).unwrap_or(crate::value::NONE);
    new_exception_args(kind, args, display)
}

/// Raises `OverflowError(errno, strerror)` as `PyErr_SetFromErrno` does.
pub fn raise_errno<T>(kind: u32, errno: i64, strerror: &str) -> PyResult<T> {
    let msg = crate::str::str_new(strerror);
    let args = crate::tuple::tuple_from_owned(vec![crate::int::int_from_i64(errno), msg])?;
    let display = crate::str::str_new(&format!("({errno}, {})", crate::str::str_repr(strerror)));
    set_pending(new_exception_args(kind, args, display));
    decref(display);
    Err(Raised)
}

/// Sets `exc` (a new reference, consumed) as the pending exception.
pub fn set_pending(exc: Value) {
    let old = PENDING.with(|p| p.replace(exc));
    decref(old);
}

/// CPython's AttributeError for a missing attribute `name` of `recv`:
/// `'list' object has no attribute 'x'`, or for a type object
/// `type object 'int' has no attribute 'x'`.
pub fn no_attribute<T>(recv: Value, name: &str) -> PyResult<T> {
    let msg = match crate::typeobj::as_type(recv) {
        Some(t) => format!("type object '{}' has no attribute '{name}'", t.name),
        None => format!(
            "'{}' object has no attribute '{name}'",
            crate::value::type_name(recv)
        ),
    };
    raise(EXC_ATTRIBUTE_ERROR, &msg)
}

/// Raises `kind` with message `msg` (empty = no argument).
pub fn raise<T>(kind: u32, msg: &str) -> PyResult<T> {
    let exc = if msg.is_empty() {
        new_exception(kind, UNBOUND, UNBOUND)
    } else {
        let s = crate::str::str_new(msg);
        let e = new_exception(kind, s, s);
        decref(s);
        e
    };
    set_pending(exc);
    Err(Raised)
}

/// Raises `TypeError(msg)`.
pub fn type_error<T>(msg: &str) -> PyResult<T> {
    raise(EXC_TYPE_ERROR, msg)
}

/// Raises `ValueError(msg)`.
pub fn value_error<T>(msg: &str) -> PyResult<T> {
    raise(EXC_VALUE_ERROR, msg)
}

/// Raises `OverflowError(msg)`.
pub fn overflow_error<T>(msg: &str) -> PyResult<T> {
    raise(EXC_OVERFLOW_ERROR, msg)
}

/// Raises `ZeroDivisionError(msg)`.
pub fn zero_division<T>(msg: &str) -> PyResult<T> {
    raise(EXC_ZERO_DIVISION_ERROR, msg)
}

/// Raises `MemoryError()`.
pub fn memory_error<T>() -> PyResult<T> {
    raise(EXC_MEMORY_ERROR, "")
}

/// Raises exception `kind` with the UTF-8 message `msg[..len]` (the exact
/// text printed after `Kind: `; empty = bare `Kind`). Always returns 0.
#[no_mangle]
pub unsafe extern "C" fn molt_raise_msg(kind: u32, msg: *const u8, len: usize) -> Value {
    let text = if len == 0 {
        String::new()
    } else {
        // SAFETY: the caller passes `len` readable bytes at `msg`.
        String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(msg, len) }).into_owned()
    };
    let _ = raise::<()>(kind, &text);
    0
}

/// `assert cond, msg`: raises `AssertionError` (bare when `msg` is unbound,
/// else with `str(msg)`). Always returns 0.
#[no_mangle]
pub extern "C" fn molt_raise_assertion(msg: Value) -> Value {
    if msg == UNBOUND {
        let _ = raise::<()>(EXC_ASSERTION_ERROR, "");
        return 0;
    }
    let Ok(s) = crate::builtins::to_str(msg) else {
        return 0;
    };
    let exc = new_exception(EXC_ASSERTION_ERROR, msg, s);
    decref(s);
    set_pending(exc);
    0
}

/// Raises `RecursionError: maximum recursion depth exceeded`. Returns 0.
#[no_mangle]
pub extern "C" fn molt_raise_recursion() -> Value {
    let _ = raise::<()>(EXC_RECURSION_ERROR, "maximum recursion depth exceeded");
    0
}

/// 1 if an exception is pending, else 0.
#[no_mangle]
pub extern "C" fn molt_err_occurred() -> i32 {
    PENDING.with(|p| (p.get() != 0) as i32)
}

/// 1 if the pending exception is `kind` or a subclass of it, else 0.
#[no_mangle]
pub extern "C" fn molt_err_matches(kind: u32) -> i32 {
    let exc = PENDING.with(|p| p.get());
    match view(exc) {
        Obj::Exc(e) => kind_is_subclass(e.kind, kind) as i32,
        _ => 0,
    }
}

/// Takes the pending exception (a new reference; 0 if none) and clears it
/// and its traceback: the handler's `except ... as e`.
#[no_mangle]
pub extern "C" fn molt_err_fetch() -> Value {
    TRACEBACK.with(|t| t.borrow_mut().clear());
    PENDING.with(|p| p.replace(0))
}

/// Clears the pending exception and its traceback.
#[no_mangle]
pub extern "C" fn molt_err_clear() {
    decref(molt_err_fetch());
}

/// Re-raises `exc` (borrowed) as the pending exception. Returns 0.
#[no_mangle]
pub extern "C" fn molt_err_restore(exc: Value) -> Value {
    if is_heap(exc) {
        incref(exc);
        set_pending(exc);
    }
    0
}

/// Stores the main source path used in traceback lines.
#[no_mangle]
pub unsafe extern "C" fn molt_set_main_file(ptr: *const u8, len: usize) {
    // SAFETY: the caller passes `len` readable bytes at `ptr`.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    let path = String::from_utf8_lossy(bytes).into_owned();
    MAIN_FILE.with(|f| *f.borrow_mut() = path);
}

/// Records one frame of the propagating exception (innermost first).
#[no_mangle]
pub unsafe extern "C" fn molt_tb_push(func: *const u8, len: usize, line: u32) {
    // SAFETY: the caller passes `len` readable bytes at `func`.
    let bytes = unsafe { std::slice::from_raw_parts(func, len) };
    let func = String::from_utf8_lossy(bytes).into_owned();
    TRACEBACK.with(|t| t.borrow_mut().push(Frame { func, line }));
}

/// The final traceback line for `exc`: `Kind: message` or `Kind`.
pub fn final_line(exc: Value) -> String {
    match view(exc) {
        Obj::Exc(e) => {
            let name = kind_name(e.kind);
            match view(e.display) {
                Obj::Str(s) if !s.is_empty() => format!("{name}: {s}"),
                _ => name.to_string(),
            }
        }
        _ => "SystemError: error return without exception set".to_string(),
    }
}

/// The full uncaught-exception report for the pending exception.
pub fn traceback_text() -> String {
    let exc = PENDING.with(|p| p.get());
    let file = MAIN_FILE.with(|f| f.borrow().clone());
    let mut out = String::new();
    TRACEBACK.with(|t| {
        let frames = t.borrow();
        if !frames.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Like CPython, a frame repeated more than three times in a row
            // (deep recursion) is printed three times, then summarised.
            let mut last: Option<(u32, &str)> = None;
            let mut repeats = 0usize;
            for f in frames.iter().rev() {
                let key = (f.line, f.func.as_str());
                if last == Some(key) {
                    repeats += 1;
                } else {
                    flush_repeats(&mut out, repeats);
                    repeats = 0;
                    last = Some(key);
                }
                if repeats < 3 {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        file, f.line, f.func
                    ));
                }
            }
            flush_repeats(&mut out, repeats);
        }
    });
    out.push_str(&final_line(exc));
    out.push('\n');
    out
}

/// Appends CPython's `[Previous line repeated N more times]` for a frame
/// seen `repeats` more times than the first (the first three are printed).
fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// The kind of the pending exception, if any.
pub fn pending_kind() -> Option<u32> {
    match view(PENDING.with(|p| p.get())) {
        Obj::Exc(e) => Some(e.kind),
        _ => None,
    }
}
