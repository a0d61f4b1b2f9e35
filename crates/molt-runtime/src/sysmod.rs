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

/// What CPython does with stdin bytes that are not UTF-8: its error
/// handler. `PYTHONIOENCODING=enc:errors` names it; without a handler
/// there it is `strict`; unset, `surrogateescape` under the C, POSIX and
/// C.UTF-8 locales and in UTF-8 mode, else `strict`.
fn stdin_errors() -> String {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if let Some(enc) = var("PYTHONIOENCODING") {
        return match enc.split_once(':') {
            Some((_, e)) if !e.is_empty() => e.to_string(),
            _ => "strict".to_string(),
        };
    }
    let locale = var("LC_ALL")
        .or_else(|| var("LC_CTYPE"))
        .or_else(|| var("LANG"))
        .unwrap_or_default();
    let c_locale =
        locale.is_empty() || locale == "C" || locale == "POSIX" || locale.starts_with("C.");
    if c_locale || var("PYTHONUTF8").as_deref() == Some("1") {
        "surrogateescape".to_string()
    } else {
        "strict".to_string()
    }
}

/// Bytes CPython's text layer decodes at a time (`TextIOWrapper._CHUNK_SIZE`).
const CHUNK: usize = 8192;

/// Stdin as CPython's text layer reads it: raw reads of [`CHUNK`] bytes,
/// each decoded whole as it arrives (so a decoding error is raised, at
/// its position in the chunk, by the read that brings the chunk in).
struct StdinText {
    /// Decoded text not yet returned.
    text: String,
    /// Where the unreturned text starts in `text`.
    at: usize,
    /// The bytes of an incomplete UTF-8 sequence at the end of the last chunk.
    partial: Vec<u8>,
    /// End of input seen.
    eof: bool,
}

thread_local! {
    static STDIN: std::cell::RefCell<StdinText> = const {
        std::cell::RefCell::new(StdinText { text: String::new(), at: 0, partial: Vec::new(), eof: false })
    };
}

/// The length of an incomplete (but so far valid) UTF-8 sequence ending `data`.
fn incomplete_tail(data: &[u8]) -> usize {
    (data.len().saturating_sub(3)..data.len())
        .find(|&i| {
            matches!(std::str::from_utf8(&data[i..]), Err(e) if e.valid_up_to() == 0 && e.error_len().is_none())
        })
        .map_or(0, |i| data.len() - i)
}

/// Decodes `data` (the bytes held back from the last chunk first) into
/// `out` with CPython's error handler.
fn decode_into(out: &mut String, data: &[u8]) -> PyResult<()> {
    if let Ok(t) = std::str::from_utf8(data) {
        out.push_str(t);
        return Ok(());
    }
    let errors = stdin_errors();
    if errors == "surrogateescape" {
        return raise(
            crate::exc::EXC_NOT_IMPLEMENTED_ERROR,
            "lone surrogates in str are not supported by Molt (stdin is not UTF-8, which CPython decodes with surrogateescape)",
        );
    }
    let args = [str_new("utf-8"), str_new(&errors)];
    let r = crate::bytes::bytes_decode(data, &args);
    args.into_iter().for_each(crate::value::decref);
    let v = r?;
    if let Obj::Str(t) = view(v) {
        out.push_str(t);
    }
    crate::value::decref(v);
    Ok(())
}

impl StdinText {
    /// Reads and decodes one more chunk; false at the end of input.
    fn fill(&mut self) -> PyResult<bool> {
        if self.eof {
            return Ok(false);
        }
        let mut buf = std::mem::take(&mut self.partial);
        let old = buf.len();
        buf.resize(old + CHUNK, 0);
        let n = loop {
            use std::io::Read;
            use std::os::fd::FromRawFd;
            // SAFETY: borrows descriptor 0; `ManuallyDrop` never closes it.
            let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(0) });
            match f.read(&mut buf[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return crate::io::raise_io_error(&e),
            }
        };
        buf.truncate(old + n);
        if self.at > 0 {
            self.text.drain(..self.at);
            self.at = 0;
        }
        if n == 0 {
            self.eof = true;
            // The decoder's final call: a sequence cut short is an error.
            decode_into(&mut self.text, &buf)?;
            return Ok(!buf.is_empty());
        }
        let keep = incomplete_tail(&buf);
        let cut = buf.len() - keep;
        decode_into(&mut self.text, &buf[..cut])?;
        self.partial = buf[cut..].to_vec();
        Ok(true)
    }

    /// The next line with its newline; `""` at the end of input.
    fn read_line(&mut self) -> PyResult<Value> {
        loop {
            if let Some(i) = self.text[self.at..].find('\n') {
                let line = str_new(&self.text[self.at..self.at + i + 1]);
                self.at += i + 1;
                return Ok(line);
            }
            if !self.fill()? {
                let line = str_new(&self.text[self.at..]);
                self.at = self.text.len();
                return Ok(line);
            }
        }
    }

    /// Everything left.
    fn read_all(&mut self) -> PyResult<Value> {
        while self.fill()? {}
        let all = str_new(&self.text[self.at..]);
        self.at = self.text.len();
        Ok(all)
    }
}

/// One line of stdin with its newline; `""` at the end.
fn read_line() -> PyResult<Value> {
    let _ = crate::io::flush_stdout();
    STDIN.with(|s| s.borrow_mut().read_line())
}

/// The bytes of one line of stdin with its newline (`sys.stdin.buffer`,
/// read past the text reader's buffer); empty at the end.
fn read_line_bytes() -> PyResult<Vec<u8>> {
    let _ = crate::io::flush_stdout();
    let mut buf = Vec::new();
    match std::io::BufRead::read_until(&mut std::io::stdin().lock(), b'\n', &mut buf) {
        Ok(_) => Ok(buf),
        Err(e) => crate::exc::value_error(&format!("cannot read stdin: {e}")),
    }
}

/// All of stdin's remaining bytes.
fn read_all_bytes() -> PyResult<Vec<u8>> {
    let _ = crate::io::flush_stdout();
    let mut buf = Vec::new();
    match std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut buf) {
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
        (0, "read", []) => {
            let _ = crate::io::flush_stdout();
            STDIN.with(|s| s.borrow_mut().read_all())
        }
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
                crate::io::write_stdout(&data)?;
            } else {
                use std::io::Write;
                crate::io::flush_stdout_or_raise()?;
                // A failed write to stderr has nowhere to be reported.
                let _ = std::io::stderr().write_all(&data);
            }
            Ok(crate::int::int_from_i64(data.len() as i64))
        }
        (4, "flush", []) => {
            crate::io::flush_stdout_or_raise()?;
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
                    crate::io::write_stdout(text.as_bytes())?;
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
            crate::io::flush_stdout_or_raise()?;
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
    if crate::io::std_stream_open(0) {
        stream(0)
    } else {
        NONE
    }
}

/// `sys.stdout`.
#[no_mangle]
pub extern "C" fn molt_sys_stdout() -> Value {
    if crate::io::std_stream_open(1) {
        stream(1)
    } else {
        NONE
    }
}

/// `sys.stderr`.
#[no_mangle]
pub extern "C" fn molt_sys_stderr() -> Value {
    if crate::io::std_stream_open(2) {
        stream(2)
    } else {
        NONE
    }
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

/// `input()`'s checks, prompt and read: CPython's `builtin_input` order
/// (a stream closed at start-up is `None`, "lost").
fn prompt_and_read(prompt: Value) -> PyResult<Value> {
    for (fd, what) in [(0, "stdin"), (1, "stdout")] {
        if !crate::io::std_stream_open(fd) {
            return raise(
                crate::exc::EXC_RUNTIME_ERROR,
                &format!("input(): lost sys.{what}"),
            );
        }
    }
    if prompt != UNBOUND {
        let p = crate::builtins::str_text(prompt)?;
        crate::io::write_stdout(p.as_bytes())?;
    }
    crate::io::flush_stdout_or_raise()?;
    STDIN.with(|s| s.borrow_mut().read_line())
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
    let line = match prompt_and_read(prompt) {
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
