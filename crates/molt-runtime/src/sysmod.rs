//! The `sys` module's parts Molt supports, and `input()`: `sys.argv`,
//! `sys.exit`, `sys.maxsize`, and the standard streams `sys.stdin` (read,
//! readline, readlines, iteration by line) and `sys.stdout` (write, flush),
//! their `isatty()`, and their binary `buffer`s (the same operations on
//! bytes).

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
    /// 0: stdin, 1: stdout, 2: stderr; 3, 4, 5: their `buffer`s.
    pub which: u8,
}

unsafe fn dealloc_file(_h: *mut ObjHeader) {
    // Immortal: never freed.
}

/// Type record of the standard streams.
pub static MOLT_TYPE_FILE: TypeInfo = TypeInfo::builtin(KIND_FILE, "TextIOWrapper", dealloc_file);

/// Type record of `sys.stdin.buffer`.
pub static MOLT_TYPE_BUFFERED_READER: TypeInfo =
    TypeInfo::builtin(KIND_FILE, "BufferedReader", dealloc_file);

/// Type record of `sys.stdout.buffer` and `sys.stderr.buffer`.
pub static MOLT_TYPE_BUFFERED_WRITER: TypeInfo =
    TypeInfo::builtin(KIND_FILE, "BufferedWriter", dealloc_file);

pub use molt_abi::attrs::stream_has_attr;

/// `stream.name` for a data attribute: `buffer`.
pub fn stream_attr(which: u8, name: &str) -> Option<Value> {
    match (which, name) {
        (0..=2, "buffer") => Some(stream(which + 3)),
        _ => None,
    }
}

/// CPython's qualified type name of stream `which`, for messages.
fn stream_type_name(which: u8) -> &'static str {
    match which {
        0..=2 => "_io.TextIOWrapper",
        3 => "_io.BufferedReader",
        _ => "_io.BufferedWriter",
    }
}

/// The stream objects, made on first use (heap objects: compiled code
/// writes their reference counts, so they cannot live in read-only data).
fn stream(which: u8) -> Value {
    thread_local! {
        static STREAMS: std::cell::Cell<[Value; 6]> = const { std::cell::Cell::new([0; 6]) };
    }
    STREAMS.with(|c| {
        let mut s = c.get();
        let which = which.min(5);
        let i = usize::from(which);
        if s[i] == 0 {
            let ty = match which {
                0..=2 => &MOLT_TYPE_FILE,
                3 => &MOLT_TYPE_BUFFERED_READER,
                _ => &MOLT_TYPE_BUFFERED_WRITER,
            };
            let v = crate::value::alloc_boxed(FileObj {
                header: ObjHeader {
                    refcnt: IMMORTAL_REFCNT,
                    ty,
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

/// The bytes of one line of stdin with its newline; empty at the end.
fn read_line_bytes() -> PyResult<Vec<u8>> {
    crate::io::flush_stdout();
    let mut buf = Vec::new();
    match std::io::stdin().lock().read_until(b'\n', &mut buf) {
        Ok(_) => Ok(buf),
        Err(e) => crate::exc::value_error(&format!("cannot read stdin: {e}")),
    }
}

/// One line of stdin with its newline; `""` at the end.
fn read_line() -> PyResult<Value> {
    decode(read_line_bytes()?)
}

/// All of stdin's remaining bytes.
fn read_all_bytes() -> PyResult<Vec<u8>> {
    crate::io::flush_stdout();
    let mut buf = Vec::new();
    match std::io::stdin().lock().read_to_end(&mut buf) {
        Ok(_) => Ok(buf),
        Err(e) => crate::exc::value_error(&format!("cannot read stdin: {e}")),
    }
}

/// The next line for `for line in sys.stdin` (a str; bytes for
/// `sys.stdin.buffer`), or unbound at the end.
pub fn next_line(which: u8) -> PyResult<Value> {
    match which {
        0 => {
            let line = read_line()?;
            if matches!(view(line), Obj::Str("")) {
                crate::value::decref(line);
                return Ok(UNBOUND);
            }
            Ok(line)
        }
        3 => {
            let line = read_line_bytes()?;
            if line.is_empty() {
                return Ok(UNBOUND);
            }
            crate::bytes::bytes_from(&line)
        }
        _ => raise(crate::exc::EXC_VALUE_ERROR, "not readable"),
    }
}

/// Is the stream's file descriptor a terminal?
fn isatty(which: u8) -> bool {
    use std::io::IsTerminal;
    match which % 3 {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

/// `sys.stdin.name(*args)` / `sys.stdout.name(*args)`.
pub fn file_method(which: u8, name: &str, args: &[Value]) -> PyResult<Value> {
    match (which, name, args) {
        (0, "readline", []) => read_line(),
        (0, "read", []) => decode(read_all_bytes()?),
        (3, "read", []) => crate::bytes::bytes_from(&read_all_bytes()?),
        (3, "readline", []) => crate::bytes::bytes_from(&read_line_bytes()?),
        (_, "isatty", []) => Ok(crate::value::bool_value(isatty(which))),
        (4 | 5, "write", [b]) => {
            let Some(data) = crate::bytes::as_bytes_like(*b).map(<[u8]>::to_vec) else {
                return type_error(&format!(
                    "a bytes-like object is required, not '{}'",
                    crate::value::type_name(*b)
                ));
            };
            if which == 4 {
                crate::io::write_stdout(&data);
            } else {
                use std::io::Write;
                crate::io::flush_stdout();
                // A failed write to stderr has nowhere to be reported.
                let _ = std::io::stderr().write_all(&data);
            }
            Ok(crate::int::int_from_i64(data.len() as i64))
        }
        (4, "flush", []) => {
            crate::io::flush_stdout();
            Ok(NONE)
        }
        (5, "flush", []) => Ok(NONE),
        (0 | 3, "readlines", []) => {
            let mut lines = Vec::new();
            loop {
                let l = next_line(which)?;
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
        _ if stream_has_attr(which, name) => type_error(&format!(
            "Molt does not support this call of {name}() on {}",
            stream_type_name(which)
        )),
        _ => raise(
            crate::exc::EXC_ATTRIBUTE_ERROR,
            &format!(
                "'{}' object has no attribute '{name}'",
                stream_type_name(which)
            ),
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
