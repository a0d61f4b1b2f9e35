//! Entry points for the most used `str` methods, called by compiled code
//! when the receiver is known to be a str and the arguments are positional
//! (`s.upper()`, `line.split(",")`, `"|".join(parts)`): no argument array,
//! no dispatch on the method name.
//!
//! An optional argument the call did not pass arrives as `UNBOUND`. Each
//! entry still checks that the receiver is a str and otherwise takes the
//! generic path, so a wrong static type can cost speed but never
//! correctness. Results and errors are those of the generic path
//! ([`super::str_method`]), whose implementations these call.

use super::{
    affix_impl, count_impl, find_impl, join, lower, new_str, replace, strip_impl, upper, Text,
};
use crate::exc::{ret, PyResult};
use crate::int::int_from_i64;
use crate::str::{as_str_obj, str_map_ascii, str_slice};
use crate::value::{bool_value, UNBOUND};
use crate::Value;

/// The receiver as text, if it is a str.
fn text<'a>(recv: Value) -> Option<Text<'a>> {
    let o = as_str_obj(recv)?;
    // SAFETY: `recv` is a live str (checked above); compiled code holds a
    // reference to it for the whole call.
    let s = unsafe { str_slice(recv) };
    Some(Text { s, n: o.nchars })
}

/// The arguments actually passed: trailing `UNBOUND`s dropped.
fn given(args: &[Value]) -> &[Value] {
    let n = args
        .iter()
        .rposition(|&a| a != UNBOUND)
        .map_or(0, |i| i + 1);
    &args[..n]
}

/// `recv.name(*args)` through the generic dispatcher.
fn generic(recv: Value, name: &str, args: &[Value]) -> Value {
    ret(crate::glue::call_named(recv, name, given(args)))
}

/// Runs `f` on the receiver's text, or dispatches generically.
fn with_text(
    recv: Value,
    name: &str,
    args: &[Value],
    f: impl FnOnce(Text, &[Value]) -> PyResult<Value>,
) -> Value {
    match text(recv) {
        Some(t) => ret(f(t, given(args))),
        None => generic(recv, name, args),
    }
}

/// `s.upper()`.
#[no_mangle]
pub extern "C" fn molt_s_upper(s: Value) -> Value {
    case_map(s, "upper", u8::to_ascii_uppercase, upper)
}

/// `s.lower()`.
#[no_mangle]
pub extern "C" fn molt_s_lower(s: Value) -> Value {
    case_map(s, "lower", u8::to_ascii_lowercase, lower)
}

/// A case mapping: byte by byte for ASCII text, else by the full mapping.
fn case_map(s: Value, name: &str, ascii: fn(&u8) -> u8, full: fn(&str) -> String) -> Value {
    with_text(s, name, &[], |t, _| {
        Ok(if t.ascii() {
            str_map_ascii(t.s.as_bytes(), |b| ascii(&b))
        } else {
            new_str(&full(t.s))
        })
    })
}

/// `s.strip([chars])`.
#[no_mangle]
pub extern "C" fn molt_s_strip(s: Value, chars: Value) -> Value {
    with_text(s, "strip", &[chars], |t, a| {
        strip_impl(t.s, "strip", a, true, true)
    })
}

/// `s.lstrip([chars])`.
#[no_mangle]
pub extern "C" fn molt_s_lstrip(s: Value, chars: Value) -> Value {
    with_text(s, "lstrip", &[chars], |t, a| {
        strip_impl(t.s, "lstrip", a, true, false)
    })
}

/// `s.rstrip([chars])`.
#[no_mangle]
pub extern "C" fn molt_s_rstrip(s: Value, chars: Value) -> Value {
    with_text(s, "rstrip", &[chars], |t, a| {
        strip_impl(t.s, "rstrip", a, false, true)
    })
}

/// `s.split([sep])`.
#[no_mangle]
pub extern "C" fn molt_s_split(s: Value, sep: Value) -> Value {
    with_text(s, "split", &[sep], |_, a| {
        crate::str_split::split(s, "split", a, crate::kwargs::Kw::NONE)
    })
}

/// `s.splitlines()`.
#[no_mangle]
pub extern "C" fn molt_s_splitlines(s: Value) -> Value {
    with_text(s, "splitlines", &[], |_, a| {
        crate::str_split::splitlines(s, a, crate::kwargs::Kw::NONE)
    })
}

/// `sep.join(iterable)`.
#[no_mangle]
pub extern "C" fn molt_s_join(sep: Value, it: Value) -> Value {
    with_text(sep, "join", &[it], join)
}

/// `sep.join([a, b, ...])` for a list display: the items are joined
/// without building the list. `items[0]` is the separator.
///
/// # Safety
/// `items` must point to `n >= 1` readable values.
#[no_mangle]
pub unsafe extern "C" fn molt_s_join_items(items: *const Value, n: usize) -> Value {
    // SAFETY: per the contract.
    let items = unsafe { crate::builtins::slice(items, n) };
    let [sep, parts @ ..] = items else {
        return ret(crate::exc::type_error(
            "molt_s_join_items: missing separator",
        ));
    };
    match text(*sep) {
        Some(t) => ret(crate::str::str_join_sep(t.s, t.n, parts)),
        None => {
            let list = crate::list::list_from_slice(parts);
            let r = generic(*sep, "join", &[list]);
            crate::value::decref(list);
            r
        }
    }
}

/// `s.replace(old, new)`.
#[no_mangle]
pub extern "C" fn molt_s_replace(s: Value, old: Value, new: Value) -> Value {
    with_text(s, "replace", &[old, new], |t, a| replace(t.s, a))
}

/// `s.startswith(prefix)`.
#[no_mangle]
pub extern "C" fn molt_s_startswith(s: Value, x: Value) -> Value {
    with_text(s, "startswith", &[x], |t, a| {
        affix_impl(t, "startswith", a, false).map(bool_value)
    })
}

/// `s.endswith(suffix)`.
#[no_mangle]
pub extern "C" fn molt_s_endswith(s: Value, x: Value) -> Value {
    with_text(s, "endswith", &[x], |t, a| {
        affix_impl(t, "endswith", a, true).map(bool_value)
    })
}

/// `s.find(sub)`.
#[no_mangle]
pub extern "C" fn molt_s_find(s: Value, x: Value) -> Value {
    with_text(s, "find", &[x], |t, a| {
        find_impl(t, "find", a, false).map(int_from_i64)
    })
}

/// `s.count(sub)`.
#[no_mangle]
pub extern "C" fn molt_s_count(s: Value, x: Value) -> Value {
    with_text(s, "count", &[x], |t, a| count_impl(t, a).map(int_from_i64))
}
