//! The `sys` module's parts Molt supports, and `input()`: `sys.argv`,
//! `sys.exit`, `sys.maxsize`, and the standard streams `sys.stdin` (read,
//! readline, readlines, iteration by line) and `sys.stdout` (write, flush).

use crate::exc::{raise, ret, type_error, PyResult, EXC_EOF_ERROR, EXC_SYSTEM_EXIT};
use crate::str::str_new;
use crate::value::{heap_kind, incref, is_heap, view, Obj, ObjHeader, TypeInfo, KIND_FILE, NONE};
use crate::value::{IMMORTAL_REFCNT, UNBOUND};
use crate::Value;
use std::io::{BufRead, Read};

/// A standard stream object (immortal, one per stream).
#[repr(C)]
pub struct FileObj {
    /// Common header.
    pub header: ObjHeader,
    /// 0: stdin, 1: stdout, 2: stderr.
    pub which: u8,
}

unsafe fn dealloc_file(_h: *mut ObjHeader) {
    // Immortal: never freed.
}

/// Type record of the standard streams.
pub static MOLT_TYPE_FILE: TypeInfo = TypeInfo {
    kind: KIND_FILE,
    name: "TextIOWrapper",
    dealloc: dealloc_file,
};

/// The stream objects, made on first use (heap objects: compiled code
/// writes their reference counts, so they cannot live in read-only data).
fn stream(which: u8) -> Value {
    thread_local! {
        static STREAMS: std::cell::Cell<[Value; 3]> = const { std::cell::Cell::new([0, 0, 0]) };
    }
    STREAMS.with(|c| {
        let mut s = c.get();
        let i = usize::from(which.min(2));
        if s[i] == 0 {
            let v = crate::value::alloc_boxed(FileObj {
                header: ObjHeader {
                    refcnt: IMMORTAL_REFCNT,
                    ty: &MOLT_TYPE_FILE,
                },
                which,
            });
            s[i] = v;
            c.set(s);
        }
        s[i]
    })
}

/// The stream a value is, if it is one.
pub fn as_file(v: Value) -> Option<u8> {
    if is_heap(v) && heap_kind(v) == KIND_FILE {
        // SAFETY: a live file object (checked kind).
        Some(unsafe { (*(v as *const FileObj)).which })
    } else {
        None
    }
}

/// Decodes bytes read from stdin (UTF-8, as CPython with `PYTHONIOENCODING=utf-8`).
fn decode(bytes: Vec<u8>) -> PyResult<Value> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(str_new(&s)),
        Err(e) => crate::exc::value_error(&format!(
            "stdin is not valid UTF-8 (byte {})",
            e.utf8_error().valid_up_to()
        )),
    }
}

/// One line of stdin with its newline; `""` at the end.
fn read_line() -> PyResult<Value> {
    crate::io::flush_stdout();
    let mut buf = Vec::new();
    match std::io::stdin().lock().read_until(b'\n', &mut buf) {
        Ok(_) => decode(buf),
        Err(e) => crate::exc::value_error(&format!("cannot read stdin: {e}")),
    }
}

/// The next line for `for line in sys.stdin`, or unbound at the end.
pub fn next_line(which: u8) -> PyResult<Value> {
    if which != 0 {
        return raise(crate::exc::EXC_VALUE_ERROR, "not readable");
    }
    let line = read_line()?;
    if matches!(view(line), Obj::Str("")) {
        crate::value::decref(line);
        return Ok(UNBOUND);
    }
    Ok(line)
}

/// `sys.stdin.name(*args)` / `sys.stdout.name(*args)`.
pub fn file_method(which: u8, name: &str, args: &[Value]) -> PyResult<Value> {
    match (which, name, args) {
        (0, "readline", []) => read_line(),
        (0, "read", []) => {
            crate::io::flush_stdout();
            let mut buf = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut buf) {
                Ok(_) => decode(buf),
                Err(e) => crate::exc::value_error(&format!("cannot read stdin: {e}")),
            }
        }
        (0, "readlines", []) => {
            let mut lines = Vec::new();
            loop {
                let l = next_line(0)?;
                if l == UNBOUND {
                    break;
                }
                lines.push(l);
            }
            Ok(crate::list::list_from_vec(lines))
        }
        (1 | 2, "write", [s]) => match view(*s) {
            Obj::Str(text) => {
                if which == 1 {
                    crate::io::write_stdout(text.as_bytes());
                } else {
                    crate::io::write_stderr(text);
                }
                // SAFETY: a live str.
                Ok(crate::int::int_from_i64(
                    unsafe { crate::str::str_nchars(*s) } as i64,
                ))
            }
            _ => type_error(&format!(
                "write() argument must be str, not {}",
                crate::value::type_name(*s)
            )),
        },
        (1, "flush", []) => {
            crate::io::flush_stdout();
            Ok(NONE)
        }
        // stderr is written through at once.
        (2, "flush", []) => Ok(NONE),
        _ => raise(
            crate::exc::EXC_ATTRIBUTE_ERROR,
            &format!("'_io.TextIOWrapper' object has no attribute '{name}'"),
        ),
    }
}

/// `sys.stdin`.
#[no_mangle]
pub extern "C" fn molt_sys_stdin() -> Value {
    stream(0)
}

/// `sys.stdout`.
#[no_mangle]
pub extern "C" fn molt_sys_stdout() -> Value {
    stream(1)
}

/// `sys.stderr`.
#[no_mangle]
pub extern "C" fn molt_sys_stderr() -> Value {
    stream(2)
}

/// `sys.argv`: one list for the whole run (mutations persist).
#[no_mangle]
pub extern "C" fn molt_sys_argv() -> Value {
    thread_local! {
        static ARGV_LIST: std::cell::Cell<Value> = const { std::cell::Cell::new(0) };
    }
    ARGV_LIST.with(|c| {
        if c.get() == 0 {
            let items: Vec<Value> =
                crate::state::ARGV.with(|a| a.borrow().iter().map(|s| str_new(s)).collect());
            let l = crate::list::list_from_vec(items);
            crate::value::molt_make_immortal(l);
            c.set(l);
        }
        let l = c.get();
        incref(l);
        l
    })
}

/// `sys.exit(code)` (`code` unbound: `sys.exit()`).
#[no_mangle]
pub extern "C" fn molt_sys_exit(code: Value) -> Value {
    let exc = crate::exc::new_exception(
        EXC_SYSTEM_EXIT,
        code,
        if matches!(view(code), Obj::Str(_)) {
            code
        } else {
            UNBOUND
        },
    );
    crate::exc::set_pending(exc);
    0
}

/// The exit status of an uncaught `SystemExit` whose arguments are `args`
/// (a tuple), as CPython's `_Py_HandleSystemExit` makes it: its `code`
/// (`None` without arguments, the argument, or the tuple of several) is 0
/// when None; an int is cut to a C `int` (-1 when it does not fit a C
/// `long`); anything else is printed to stderr with `str()` and gives 1.
pub fn exit_status(args: Value) -> i32 {
    let code = match view(args) {
        Obj::Tuple([a]) => *a,
        Obj::Tuple([]) => NONE,
        _ => args,
    };
    match view(code) {
        Obj::None | Obj::Other => 0,
        Obj::Bool(b) => i32::from(b),
        // `(int)PyLong_AsLong(code)`: C's conversion keeps the low 32 bits.
        Obj::Int(i) => i as i32,
        Obj::BigInt(b) => num_traits::ToPrimitive::to_i64(b).map_or(-1, |i| i as i32),
        _ => {
            let text = crate::builtins::str_text(code).unwrap_or_default();
            crate::io::write_stderr(&format!("{text}\n"));
            1
        }
    }
}

/// `input(prompt)` (`prompt` unbound: `input()`): a line of stdin without
/// its newline; EOFError at the end.
#[no_mangle]
pub extern "C" fn molt_input(prompt: Value) -> Value {
    if prompt != UNBOUND {
        match crate::builtins::str_text(prompt) {
            Ok(p) => crate::io::write_stdout(p.as_bytes()),
            Err(e) => return ret(Err(e)),
        }
    }
    let line = match read_line() {
        Ok(l) => l,
        Err(e) => return ret(Err(e)),
    };
    let Obj::Str(text) = view(line) else {
        return line;
    };
    if text.is_empty() {
        crate::value::decref(line);
        return ret(raise(EXC_EOF_ERROR, "EOF when reading a line"));
    }
    let r = match text.strip_suffix('\n') {
        Some(t) => str_new(t),
        None => {
            incref(line);
            line
        }
    };
    crate::value::decref(line);
    r
}
