//! The text-like methods of `bytes` and `bytearray` that work byte by byte
//! in ASCII: padding (`center`, `ljust`, `rjust`, `zfill`), `expandtabs`,
//! case (`capitalize`, `title`, `istitle`, `isascii`), `partition`,
//! `removeprefix`, `splitlines`, `translate` and `maketrans`.
//!
//! Each function takes the receiver, its data and the positional arguments,
//! and checks them with CPython 3.11's messages. Where CPython hands back the
//! receiver itself (a bytes result equal to its input), so do these, so `is`
//! agrees; a bytearray receiver always gets a new bytearray. An optional
//! argument passed as `UNBOUND` counts as not given, so a keyword binder can
//! leave gaps.

use super::{bytes_arg, bytes_from, list_of, same_type};
use crate::argcheck::{no_args, one_arg, parse_tuple};
use crate::exc::{memory_error, overflow_error, type_error, value_error, PyResult};
use crate::kwargs::{check_positional, int_flag};
use crate::str_methods::ssize_arg;
use crate::value::{incref, type_name, view, Obj, NONE, UNBOUND};
use crate::Value;

/// `out` as the receiver's type, or the receiver itself when it is a bytes
/// object and `changed` is false (CPython returns `self` there).
fn keep_or_new(recv: Value, changed: bool, out: Vec<u8>) -> PyResult<Value> {
    if !changed && matches!(view(recv), Obj::Bytes(_)) {
        incref(recv);
        return Ok(recv);
    }
    same_type(recv, out)
}

/// A zeroed-capacity buffer for `n` bytes, or MemoryError.
fn buffer(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if n > isize::MAX as usize || v.try_reserve_exact(n).is_err() {
        return memory_error();
    }
    Ok(v)
}

/// The fill byte of `center`/`ljust`/`rjust` (Argument Clinic's `char`
/// converter: a bytes or bytearray of length 1).
fn fill_byte(name: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(&v) = v else { return Ok(b' ') };
    match view(v) {
        Obj::Bytes(&[c]) => Ok(c),
        Obj::ByteArray(a) if a.data().len() == 1 => Ok(a.data()[0]),
        _ => {
            let tn = if v == NONE { "None" } else { type_name(v) };
            type_error(&format!(
                "{name}() argument 2 must be a byte string of length 1, not {tn}"
            ))
        }
    }
}

/// `data` with `left` and `right` copies of `fill` around it.
fn pad(data: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Vec<u8>> {
    let total = left
        .checked_add(right)
        .and_then(|n| n.checked_add(data.len()));
    let Some(total) = total else {
        return memory_error();
    };
    let mut out = buffer(total)?;
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(total, fill);
    Ok(out)
}

/// `center(width[, fillchar])`, `ljust` and `rjust`.
pub(super) fn justify(recv: Value, data: &[u8], name: &str, args: &[Value]) -> PyResult<Value> {
    check_positional(name, args, 1, 2)?;
    let width = ssize_arg(args[0], false)?;
    let fill = fill_byte(name, args.get(1))?;
    let marg = width - data.len() as i64;
    if marg <= 0 {
        return keep_or_new(recv, false, data.to_vec());
    }
    let (left, right) = match name {
        // CPython puts the odd byte on the left when both the margin and the
        // width are odd, and on the right otherwise.
        "center" => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
        "ljust" => (0, marg),
        _ => (marg, 0),
    };
    keep_or_new(recv, true, pad(data, left as usize, right as usize, fill)?)
}

/// `zfill(width)`: zeros on the left, after a leading sign.
pub(super) fn zfill(recv: Value, data: &[u8], args: &[Value]) -> PyResult<Value> {
    let width = ssize_arg(one_arg(type_name(recv), "zfill", args)?, false)?;
    let fill = width - data.len() as i64;
    if fill <= 0 {
        return keep_or_new(recv, false, data.to_vec());
    }
    let mut out = pad(data, fill as usize, 0, b'0')?;
    if let Some(&sign @ (b'+' | b'-')) = data.first() {
        out[0] = sign;
        out[fill as usize] = b'0';
    }
    keep_or_new(recv, true, out)
}

/// `expandtabs(tabsize=8)`: the column restarts after `\n` and `\r`.
pub(super) fn expandtabs(recv: Value, data: &[u8], args: &[Value]) -> PyResult<Value> {
    parse_tuple("expandtabs", args, 0, 1)?;
    let tab = match args.first() {
        Some(&v) if v != UNBOUND => ssize_arg(v, true)?,
        _ => 8,
    };
    // First the length, so a huge result fails before any work.
    let mut total: i64 = 0;
    let mut col: i64 = 0;
    for &c in data {
        let step = match c {
            b'\t' if tab > 0 => tab - col % tab,
            b'\t' => 0,
            _ => 1,
        };
        let Some(t) = total.checked_add(step) else {
            return overflow_error("result too long");
        };
        total = t;
        col = if c == b'\n' || c == b'\r' {
            0
        } else {
            col + step
        };
    }
    let mut out = buffer(total as usize)?;
    col = 0;
    for &c in data {
        if c == b'\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                out.resize(out.len() + incr as usize, b' ');
            }
        } else {
            out.push(c);
            col = if c == b'\n' || c == b'\r' { 0 } else { col + 1 };
        }
    }
    same_type(recv, out)
}

/// `capitalize()`: the first byte upper-cased, the rest lower-cased (ASCII).
pub(super) fn capitalize(recv: Value, data: &[u8], args: &[Value]) -> PyResult<Value> {
    no_args(type_name(recv), "capitalize", args)?;
    let out = data
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect();
    same_type(recv, out)
}

/// `title()`: every run of ASCII letters starts upper-case and goes on
/// lower-case; any other byte (digits, bytes >= 0x80) ends a word.
pub(super) fn title(recv: Value, data: &[u8], args: &[Value]) -> PyResult<Value> {
    no_args(type_name(recv), "title", args)?;
    let mut in_word = false;
    let out = data
        .iter()
        .map(|&b| {
            let r = if !b.is_ascii_alphabetic() {
                b
            } else if in_word {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            in_word = b.is_ascii_alphabetic();
            r
        })
        .collect();
    same_type(recv, out)
}

/// Is `data` title-cased: some letter, upper-case letters only at a word's
/// start, lower-case ones only inside a word?
pub(super) fn is_title(data: &[u8]) -> bool {
    let mut cased = false;
    let mut in_word = false;
    for &b in data {
        if b.is_ascii_uppercase() {
            if in_word {
                return false;
            }
            in_word = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !in_word {
                return false;
            }
            cased = true;
        } else {
            in_word = false;
        }
    }
    cased
}

/// `istitle()` and `isascii()`.
pub(super) fn predicate(recv: Value, data: &[u8], name: &str, args: &[Value]) -> PyResult<Value> {
    no_args(type_name(recv), name, args)?;
    let r = if name == "isascii" {
        data.is_ascii()
    } else {
        is_title(data)
    };
    Ok(crate::value::bool_value(r))
}

/// `partition(sep)` / `rpartition(sep)`. For a bytes receiver the middle
/// item is the separator object itself, and a miss returns the receiver.
pub(super) fn partition(recv: Value, data: &[u8], name: &str, args: &[Value]) -> PyResult<Value> {
    let sep_v = one_arg(type_name(recv), name, args)?;
    let sep = bytes_arg(sep_v)?;
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let found = if name == "rpartition" {
        super::rfind_sub(data, &sep, 0, data.len())
    } else {
        super::find_sub(data, &sep, 0, data.len())
    };
    let is_bytes = matches!(view(recv), Obj::Bytes(_));
    let mut items = Vec::with_capacity(3);
    let r = (|| -> PyResult<()> {
        match found {
            Some(p) => {
                items.push(same_type(recv, data[..p].to_vec())?);
                if is_bytes {
                    incref(sep_v);
                    items.push(sep_v);
                } else {
                    items.push(same_type(recv, sep.clone())?);
                }
                items.push(same_type(recv, data[p + sep.len()..].to_vec())?);
            }
            None => {
                let whole = keep_or_new(recv, false, data.to_vec())?;
                if name == "rpartition" {
                    items.push(same_type(recv, Vec::new())?);
                    items.push(same_type(recv, Vec::new())?);
                    items.push(whole);
                } else {
                    items.push(whole);
                    items.push(same_type(recv, Vec::new())?);
                    items.push(same_type(recv, Vec::new())?);
                }
            }
        }
        Ok(())
    })();
    if let Err(e) = r {
        items.into_iter().for_each(crate::value::decref);
        return Err(e);
    }
    crate::tuple::tuple_from_owned(items)
}

/// `removeprefix(prefix)` / `removesuffix(suffix)`.
pub(super) fn remove_affix(
    recv: Value,
    data: &[u8],
    name: &str,
    args: &[Value],
) -> PyResult<Value> {
    let affix = bytes_arg(one_arg(type_name(recv), name, args)?)?;
    let rest = if name == "removesuffix" {
        data.strip_suffix(&affix[..])
    } else {
        data.strip_prefix(&affix[..])
    };
    match rest {
        Some(r) if !affix.is_empty() => same_type(recv, r.to_vec()),
        _ => keep_or_new(recv, false, data.to_vec()),
    }
}

/// The lines of `data`, split at `\n`, `\r` and `\r\n` only (unlike
/// `str.splitlines`, not at `\v`, `\f`, `\x1c`-`\x1e`).
pub(super) fn lines(data: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        let (end, next) = match rest.iter().position(|&c| c == b'\n' || c == b'\r') {
            Some(i) if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') => (i, i + 2),
            Some(i) => (i, i + 1),
            None => (rest.len(), rest.len()),
        };
        out.push(&rest[..if keepends { next } else { end }]);
        rest = &rest[next..];
    }
    out
}

/// `splitlines(keepends=False)` (positional; see [`super::METHODS`] for
/// keywords).
pub(super) fn splitlines(recv: Value, data: &[u8], args: &[Value]) -> PyResult<Value> {
    parse_tuple("splitlines", args, 0, 1)?;
    // `int_flag` reads an unbound argument as False.
    let keepends = match args.first() {
        Some(&v) => int_flag(v)?,
        None => false,
    };
    let parts = lines(data, keepends);
    if let [only] = parts[..] {
        if only.len() == data.len() && matches!(view(recv), Obj::Bytes(_)) {
            incref(recv);
            return Ok(crate::list::list_from_vec(vec![recv]));
        }
    }
    list_of(parts.into_iter().map(<[u8]>::to_vec).collect(), recv)
}

/// `translate(table, delete=b'')`: `table` is None or 256 bytes.
pub(super) fn translate(recv: Value, data: &[u8], args: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return type_error("translate() takes at least 1 positional argument (0 given)");
    }
    parse_tuple("translate", args, 1, 2)?;
    let table = if args[0] == NONE {
        None
    } else {
        let t = bytes_arg(args[0])?;
        if t.len() != 256 {
            return value_error("translation table must be 256 characters long");
        }
        Some(t)
    };
    let mut deleted = [false; 256];
    if let Some(&d) = args.get(1).filter(|&&d| d != UNBOUND) {
        for b in bytes_arg(d)? {
            deleted[usize::from(b)] = true;
        }
    }
    let out: Vec<u8> = data
        .iter()
        .filter(|&&b| !deleted[usize::from(b)])
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    let changed = out != data;
    keep_or_new(recv, changed, out)
}

/// `bytes.maketrans(frm, to)`: the identity table with `frm[i]` mapped to
/// `to[i]`; always bytes, for a bytearray receiver too.
pub(super) fn maketrans(args: &[Value]) -> PyResult<Value> {
    check_positional("maketrans", args, 2, 2)?;
    let from = bytes_arg(args[0])?;
    let to = bytes_arg(args[1])?;
    if from.len() != to.len() {
        return value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(&to) {
        table[usize::from(f)] = t;
    }
    bytes_from(&table)
}
