//! `str % args`: CPython's `PyUnicode_Format`, step for step; `bytes %
//! args` (`_PyBytes_FormatEx`) with the same machinery on the format's
//! bytes read as Latin-1 characters ([`Flavor::Bytes`]).
//!
//! The argument cursor reproduces CPython's `(args, arglen, argidx)` triple
//! exactly, quirks included: a non-tuple is a single argument (`arglen ==
//! -1`), a mapping (anything subscriptable but a tuple or str) never
//! triggers "not all arguments converted", and `%(key)` replaces the
//! current argument by `mapping[key]`.

use super::{GetItem, Owned};
use crate::builtins::{repr_into, str_text};
use crate::exc::{
    memory_error, overflow_error, raise, ret, type_error, value_error, PyResult,
    EXC_NOT_IMPLEMENTED_ERROR,
};
use crate::float::{integral_to_int, real_to_f64};
use crate::format::{ascii_text, format_text};
use crate::int::{as_int, to_decimal, IntRef};
use crate::str::str_new;
use crate::value::{
    decref, float_value, heap_kind, is_heap, type_name, view, Obj, KIND_DICT, KIND_LIST, KIND_RANGE,
};
use crate::Value;

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// Widths beyond this are refused with MemoryError before allocating
/// (CPython fails the allocation; `format.rs` uses the same bound).
const MAX_WIDTH: i64 = 1 << 40;

/// One conversion specifier (CPython's `unicode_format_arg_t`).
struct Arg {
    /// The conversion character (or the last character read).
    ch: char,
    flags: u8,
    /// `-1` when not given.
    width: i64,
    /// `-1` when not given.
    prec: i64,
    /// Numeric conversion: the text may start with a sign to pad after.
    sign: bool,
    /// `ch` was read by a width or precision digit loop, where bytes'
    /// formatter reads it as an unsigned C char (elsewhere a byte >= 0x80
    /// is a negative `char`, which its error message cannot show).
    masked: bool,
}

/// Which formatter: `str % args` or `bytes % args` (whose text is Latin-1
/// characters standing for bytes, so the shared code pads and counts bytes).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Str,
    Bytes,
}

/// The formatter state (CPython's `unicode_formatter_t`).
struct Ctx<'a> {
    flavor: Flavor,
    fmt: &'a [char],
    /// Index of the next character to read.
    pos: usize,
    /// A read past the end was attempted (CPython's `fmtcnt < 0`).
    exhausted: bool,
    /// The current argument source: the tuple, the single value or the
    /// value of the last `%(key)`; borrowed unless `args_owned`.
    args: Value,
    args_owned: bool,
    arglen: i64,
    argidx: i64,
    /// The mapping, when the right operand is one.
    dict: Option<Value>,
    getitem: GetItem,
    out: String,
}

impl Drop for Ctx<'_> {
    fn drop(&mut self) {
        if self.args_owned {
            decref(self.args);
        }
    }
}

/// Does CPython's `PyMapping_Check` hold for `v` (and `v` is neither a
/// tuple nor a str)? True for the subscriptable types: list, dict, range.
fn is_mapping(v: Value) -> bool {
    is_heap(v) && matches!(heap_kind(v), KIND_LIST | KIND_DICT | KIND_RANGE)
}

/// `fmt % args` as a new str value.
///
/// # Errors
/// CPython's `TypeError`/`ValueError`/`OverflowError`/`KeyError`... for bad
/// specifiers, argument counts and argument types, and whatever `str()`,
/// `repr()` or a mapping lookup raise.
pub fn percent_format(fmt: &str, args: Value) -> PyResult<Value> {
    let text = percent_text(fmt, args, is_mapping(args), crate::seq::getitem)?;
    Ok(str_new(&text))
}

/// `fmt % args` as Rust text; `mapping` says whether `args` is used for
/// `%(key)` lookups through `getitem`.
pub(super) fn percent_text(
    fmt: &str,
    args: Value,
    mapping: bool,
    getitem: GetItem,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    format_chars(Flavor::Str, &chars, args, mapping, getitem)
}

/// `fmt % args` for bytes or a bytearray `fmt` (its data): the new bytes.
///
/// # Errors
/// As [`percent_format`], with `_PyBytes_FormatEx`'s messages.
pub fn bytes_percent(fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|&b| char::from(b)).collect();
    let text = format_chars(
        Flavor::Bytes,
        &chars,
        args,
        is_mapping(args),
        crate::seq::getitem,
    )?;
    // Every character is Latin-1: the bytes copied from the format and the
    // arguments, and ASCII digits and reprs.
    Ok(text.chars().map(|c| c as u8).collect())
}

/// The formatting loop over the format's characters.
fn format_chars(
    flavor: Flavor,
    chars: &[char],
    args: Value,
    mapping: bool,
    getitem: GetItem,
) -> PyResult<String> {
    // A mapping is never a tuple in CPython, so it is always one argument.
    let (arglen, argidx) = match view(args) {
        Obj::Tuple(items) if !mapping => (items.len() as i64, 0),
        _ => (-1, -2),
    };
    let mut ctx = Ctx {
        flavor,
        fmt: chars,
        pos: 0,
        exhausted: false,
        args,
        args_owned: false,
        arglen,
        argidx,
        dict: mapping.then_some(args),
        getitem,
        out: String::with_capacity(chars.len() + 100),
    };
    let n = chars.len();
    while ctx.pos < n {
        if chars[ctx.pos] != '%' {
            let start = ctx.pos;
            while ctx.pos < n && chars[ctx.pos] != '%' {
                ctx.pos += 1;
            }
            ctx.out.extend(&chars[start..ctx.pos]);
        } else {
            ctx.pos += 1;
            ctx.format_arg()?;
        }
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        return ctx.not_all_converted();
    }
    Ok(std::mem::take(&mut ctx.out))
}

/// `molt_str_mod(fmt, args)`: `fmt % args` for a str `fmt`.
#[no_mangle]
pub extern "C" fn molt_str_mod(fmt: Value, args: Value) -> Value {
    match view(fmt) {
        Obj::Str(s) => ret(percent_format(s, args)),
        _ => ret(type_error(&format!(
            "unsupported operand type(s) for %: '{}' and '{}'",
            type_name(fmt),
            type_name(args)
        ))),
    }
}

impl Ctx<'_> {
    /// Reads the next format character (CPython's `--fmtcnt >= 0` + read).
    fn read(&mut self) -> Option<char> {
        match self.fmt.get(self.pos) {
            Some(&c) => {
                self.pos += 1;
                Some(c)
            }
            None => {
                self.exhausted = true;
                None
            }
        }
    }

    /// CPython's `unicode_format_getnextarg`; the result is borrowed.
    fn next_arg(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args);
            }
            if let Obj::Tuple(items) = view(self.args) {
                if let Some(&v) = items.get(i as usize) {
                    return Ok(v);
                }
            }
        }
        type_error("not enough arguments for format string")
    }

    /// CPython's `unicode_format_arg`: one `%...` after the `%`.
    fn format_arg(&mut self) -> PyResult<()> {
        let ch = self.fmt.get(self.pos).copied().unwrap_or('\0');
        if ch == '%' {
            self.pos += 1;
            self.out.push('%');
            return Ok(());
        }
        let mut arg = Arg {
            ch,
            flags: 0,
            width: -1,
            prec: -1,
            sign: false,
            masked: false,
        };
        self.parse(&mut arg)?;
        let text = self.convert(&mut arg)?;
        output(&mut self.out, &mut arg, &text)?;
        if self.dict.is_some() && self.argidx < self.arglen {
            return self.not_all_converted();
        }
        Ok(())
    }

    /// TypeError: more arguments than conversions.
    fn not_all_converted<T>(&self) -> PyResult<T> {
        type_error(match self.flavor {
            Flavor::Str => "not all arguments converted during string formatting",
            Flavor::Bytes => "not all arguments converted during bytes formatting",
        })
    }

    /// CPython's `unicode_format_arg_parse`: `(key)`, flags, width,
    /// precision and length modifier.
    fn parse(&mut self, arg: &mut Arg) -> PyResult<()> {
        if arg.ch == '(' {
            self.lookup_key(arg)?;
        }
        while let Some(c) = self.read() {
            arg.ch = c;
            arg.flags |= match c {
                '-' => F_LJUST,
                '+' => F_SIGN,
                ' ' => F_BLANK,
                '#' => F_ALT,
                '0' => F_ZERO,
                _ => break,
            };
        }
        if arg.ch == '*' {
            let v = self.next_arg()?;
            let Some(i) = as_int(v) else {
                return type_error("* wants int");
            };
            let Some(w) = i.to_i64() else {
                return overflow_error("Python int too large to convert to C ssize_t");
            };
            arg.width = w;
            if w < 0 {
                arg.flags |= F_LJUST;
                arg.width = w.saturating_neg();
            }
            if let Some(c) = self.read() {
                arg.ch = c;
            }
        } else if let Some(d) = arg.ch.to_digit(10).filter(|_| arg.ch.is_ascii()) {
            arg.width = d as i64;
            while let Some(c) = self.read() {
                arg.ch = c;
                let Some(d) = c.to_digit(10).filter(|_| c.is_ascii()) else {
                    break;
                };
                if arg.width > (i64::MAX - d as i64) / 10 {
                    return value_error("width too big");
                }
                arg.width = arg.width * 10 + d as i64;
            }
            arg.masked = true;
        }
        if arg.ch == '.' {
            arg.prec = 0;
            if let Some(c) = self.read() {
                arg.ch = c;
                arg.masked = false;
            }
            if arg.ch == '*' {
                let v = self.next_arg()?;
                let Some(i) = as_int(v) else {
                    return type_error("* wants int");
                };
                let p = match i.to_i64() {
                    Some(p) if i32::try_from(p).is_ok() => p,
                    _ => return overflow_error("Python int too large to convert to C int"),
                };
                arg.prec = p.max(0);
                if let Some(c) = self.read() {
                    arg.ch = c;
                }
            } else if let Some(d) = arg.ch.to_digit(10).filter(|_| arg.ch.is_ascii()) {
                arg.prec = d as i64;
                while let Some(c) = self.read() {
                    arg.ch = c;
                    let Some(d) = c.to_digit(10).filter(|_| c.is_ascii()) else {
                        break;
                    };
                    if arg.prec > (i32::MAX as i64 - d as i64) / 10 {
                        return value_error("precision too big");
                    }
                    arg.prec = arg.prec * 10 + d as i64;
                }
                arg.masked = true;
            }
        }
        if !self.exhausted && matches!(arg.ch, 'h' | 'l' | 'L') {
            if let Some(c) = self.read() {
                arg.ch = c;
                arg.masked = false;
            }
        }
        if self.exhausted {
            return value_error("incomplete format");
        }
        Ok(())
    }

    /// `%(key)`: skips the balanced parentheses and makes `mapping[key]`
    /// the current argument.
    fn lookup_key(&mut self, arg: &mut Arg) -> PyResult<()> {
        let Some(dict) = self.dict else {
            return type_error("format requires a mapping");
        };
        self.pos += 1;
        let start = self.pos;
        let mut depth = 1;
        while depth > 0 {
            let Some(c) = self.read() else { break };
            arg.ch = c;
            match c {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
        }
        if self.exhausted || depth > 0 {
            return value_error("incomplete format key");
        }
        let key_chars = &self.fmt[start..self.pos - 1];
        let key = Owned(match self.flavor {
            Flavor::Str => str_new(&key_chars.iter().collect::<String>()),
            Flavor::Bytes => {
                crate::bytes::bytes_from(&key_chars.iter().map(|&c| c as u8).collect::<Vec<u8>>())?
            }
        });
        let v = (self.getitem)(dict, key.0)?;
        if self.args_owned {
            decref(self.args);
        }
        self.args = v;
        self.args_owned = true;
        self.arglen = -1;
        self.argidx = -2;
        Ok(())
    }

    /// CPython's `unicode_format_arg_format`: the text of one argument,
    /// before padding.
    fn convert(&mut self, arg: &mut Arg) -> PyResult<String> {
        let v = self.next_arg()?;
        if self.flavor == Flavor::Bytes {
            return self.convert_bytes(v, arg);
        }
        match arg.ch {
            's' => str_text(v),
            'r' => {
                let mut s = String::new();
                repr_into(v, &mut s)?;
                Ok(s)
            }
            'a' => ascii_text(v),
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                let s = format_long(v, arg)?;
                arg.sign = true;
                Ok(s)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                arg.sign = true;
                format_float(v, arg)
            }
            'c' => format_char(v).map(String::from),
            c => {
                let shown = if ('\x1f'..='~').contains(&c) { c } else { '?' };
                value_error(&format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    c as u32,
                    self.pos - 1
                ))
            }
        }
    }
}

impl Ctx<'_> {
    /// `_PyBytes_FormatEx`'s conversion of one argument: `%s`/`%b` take
    /// bytes-like objects, `%r`/`%a` are `ascii()`, `%c` a byte.
    fn convert_bytes(&mut self, v: Value, arg: &mut Arg) -> PyResult<String> {
        let latin1 = |b: &[u8]| b.iter().map(|&b| char::from(b)).collect::<String>();
        match arg.ch {
            's' | 'b' => match crate::bytes::as_bytes_like(v) {
                Some(b) => Ok(latin1(b)),
                None => type_error(&format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    type_name(v)
                )),
            },
            'r' | 'a' => ascii_text(v),
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                // bytes' `formatlong` names `%i` as `%d` in its messages.
                let ty = if arg.ch == 'i' { 'd' } else { arg.ch };
                let s = format_long_as(v, arg, ty)?;
                arg.sign = true;
                Ok(s)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                arg.sign = true;
                // bytes' `formatfloat` turns any failure into this TypeError.
                match crate::float::as_f64(v) {
                    Some(Ok(x)) => float_text(x, arg),
                    Some(Err(_)) | None => {
                        crate::exc::molt_err_clear();
                        type_error(&format!("float argument required, not {}", type_name(v)))
                    }
                }
            }
            'c' => {
                let bad = || type_error("%c requires an integer in range(256) or a single byte");
                if let Some(b) = crate::bytes::as_bytes_like(v) {
                    return match b {
                        [b] => Ok(char::from(*b).to_string()),
                        _ => bad(),
                    };
                }
                match as_int(v).map(|i| i.to_i64()) {
                    Some(Some(x)) if (0..256).contains(&x) => Ok(char::from(x as u8).to_string()),
                    Some(_) => overflow_error("%c arg not in range(256)"),
                    None => bad(),
                }
            }
            c if (c as u32) < 0x80 || arg.masked => value_error(&format!(
                "unsupported format character '{c}' (0x{:x}) at index {}",
                c as u32,
                self.pos - 1
            )),
            // The format byte is a signed C char there: PyErr_Format's `%c`
            // of a negative code point fails.
            _ => overflow_error("character argument not in range(0x110000)"),
        }
    }
}

/// CPython's `mainformatlong` + `_PyUnicode_FormatLong`: `d i u o x X`.
fn format_long(v: Value, arg: &Arg) -> PyResult<String> {
    format_long_as(v, arg, arg.ch)
}

/// [`format_long`] with `ty` as the conversion named in messages.
fn format_long_as(v: Value, arg: &Arg, ty: char) -> PyResult<String> {
    let wrong_type = || {
        let what = if matches!(ty, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a real number"
        };
        type_error(&format!(
            "%{ty} format: {what} is required, not {}",
            type_name(v)
        ))
    };
    let converted;
    let i = match (as_int(v), view(v)) {
        (Some(i), _) => i,
        (None, Obj::Float(x)) if !matches!(ty, 'o' | 'x' | 'X') => {
            converted = Owned(integral_to_int(x.trunc())?);
            match as_int(converted.0) {
                Some(i) => i,
                None => return wrong_type(),
            }
        }
        _ => return wrong_type(),
    };
    long_digits(i, arg.flags & F_ALT != 0, arg.prec, arg.ch)
}

/// CPython's `_PyUnicode_FormatLong`: `-`, the `0x`/`0o` prefix when
/// `alt`, then at least `prec` digits.
fn long_digits(i: IntRef, alt: bool, prec: i64, ty: char) -> PyResult<String> {
    if prec > i32::MAX as i64 - 3 {
        return overflow_error("precision too large");
    }
    let (digits, prefix) = match ty {
        'o' => (i.big().magnitude().to_str_radix(8), "0o"),
        'x' | 'X' => (i.big().magnitude().to_str_radix(16), "0x"),
        _ => {
            let mut s = to_decimal(i)?;
            if s.starts_with('-') {
                s.remove(0);
            }
            (s, "")
        }
    };
    let zeros = (prec.max(0) as usize).saturating_sub(digits.len());
    let mut s = String::with_capacity(digits.len() + zeros + 3);
    if i.is_negative() {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    s.extend(std::iter::repeat_n('0', zeros));
    s.push_str(&digits);
    if ty == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// CPython's `formatfloat`: `PyOS_double_to_string(x, ch, prec, alt)`,
/// which is `format(x, '#.{prec}{ch}')` without padding.
fn format_float(v: Value, arg: &Arg) -> PyResult<String> {
    let x = real_to_f64(v)?;
    float_text(x, arg)
}

/// `format(x, '#.{prec}{ch}')` without padding.
fn float_text(x: f64, arg: &Arg) -> PyResult<String> {
    let prec = if arg.prec < 0 { 6 } else { arg.prec };
    let alt = if arg.flags & F_ALT != 0 { "#" } else { "" };
    let fv = Owned(float_value(x));
    Ok(format_text(fv.0, &format!("{alt}.{prec}{}", arg.ch))?.unwrap_or_default())
}

/// CPython's `formatchar`: `%c` of a one-character str or a code point.
fn format_char(v: Value) -> PyResult<char> {
    let bad = || type_error("%c requires int or char");
    if let Obj::Str(s) = view(v) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => bad(),
        };
    }
    let Some(i) = as_int(v) else {
        return bad();
    };
    match i.to_i64() {
        Some(x) if (0..=0x10ffff).contains(&x) => match char::from_u32(x as u32) {
            Some(c) => Ok(c),
            None => raise(
                EXC_NOT_IMPLEMENTED_ERROR,
                "lone surrogates in str are not supported by Molt",
            ),
        },
        _ => overflow_error("%c arg not in range(0x110000)"),
    }
}

/// CPython's `unicode_format_arg_output`: pads `text` to the width, puts
/// the sign (and the `0x` prefix) before zero padding, truncates `s`/`r`/`a`
/// to the precision.
fn output(out: &mut String, arg: &mut Arg, text: &str) -> PyResult<()> {
    let fill = if arg.sign && arg.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let mut len = if text.is_ascii() {
        text.len() as i64
    } else {
        text.chars().count() as i64
    };
    if (arg.width == -1 || arg.width <= len)
        && (arg.prec == -1 || arg.prec >= len)
        && arg.flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(text);
        return Ok(());
    }
    // CPython fails to allocate a padded result it cannot hold.
    if arg.width > MAX_WIDTH || out.try_reserve(arg.width.max(0) as usize).is_err() {
        return memory_error();
    }
    // `%b` exists only for bytes.
    if matches!(arg.ch, 's' | 'r' | 'a' | 'b') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if arg.sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = c;
                len -= 1;
                pindex += 1;
            }
            _ if arg.flags & F_SIGN != 0 => signchar = '+',
            _ if arg.flags & F_BLANK != 0 => signchar = ' ',
            _ => arg.sign = false,
        }
    }
    let mut width = arg.width.max(len);
    let alt_prefix = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
    if arg.sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && arg.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if arg.sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
    }
    let len = len.max(0) as usize;
    out.extend(chars.iter().skip(pindex).take(len));
    if width > len as i64 {
        out.extend(std::iter::repeat_n(' ', (width - len as i64) as usize));
    }
    Ok(())
}
