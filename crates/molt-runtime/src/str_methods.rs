//! Method calls on builtin values (`molt_call_method`): the `str` methods
//! that return strs, ints, bools or tuples, and `tuple.count` / `tuple.index`.
//!
//! Results and error messages follow CPython 3.11 exactly. Indices are in
//! code points; ASCII strs take byte-indexed fast paths. Character
//! properties and full case mappings come from the generated
//! `unicode_tables.rs` (python3.11's Unicode 14.0 database).

use crate::argcheck::{clinic, no_args, one_arg, parse_tuple};
use crate::exc::no_attribute;
use crate::exc::{overflow_error, ret, type_error, value_error, PyResult};
use crate::int::{as_int, int_from_i64};
use crate::ops::eq_identity;
use crate::str::{
    in_ranges, is_printable, is_space, str_map_ascii, str_nchars, str_new, unicode_decimal,
};
use crate::tuple::tuple_from_owned;
use crate::unicode_tables as ut;
use crate::value::{bool_value, type_name, view, Obj};
use crate::Value;

pub(crate) mod direct;

// ---------------------------------------------------------------- arguments

/// A str argument of the find family: `must be str, not int`.
fn need_str<'a>(v: Value) -> PyResult<&'a str> {
    match view(v) {
        Obj::Str(s) => Ok(s),
        _ => type_error(&format!("must be str, not {}", type_name(v))),
    }
}

/// `_PyEval_SliceIndex`: None = absent; ints clamp to `i64`.
fn slice_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(&v) = v else { return Ok(None) };
    if let Obj::None = view(v) {
        return Ok(None);
    }
    match as_int(v) {
        Some(i) => Ok(Some(i.to_i64().unwrap_or(if i.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        }))),
        None => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// `PyNumber_AsSsize_t(v, PyExc_OverflowError)` (or C `int` when `c_int`).
pub(crate) fn ssize_arg(v: Value, c_int: bool) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => match i.to_i64() {
            Some(x) if !c_int || i32::try_from(x).is_ok() => Ok(x),
            _ if c_int => overflow_error("Python int too large to convert to C int"),
            _ => overflow_error("Python int too large to convert to C ssize_t"),
        },
        None => type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )),
    }
}

// ---------------------------------------------------------------- text helpers

/// A borrowed str receiver with its code-point count.
#[derive(Clone, Copy)]
struct Text<'a> {
    s: &'a str,
    n: usize,
}

impl<'a> Text<'a> {
    fn ascii(self) -> bool {
        self.n == self.s.len()
    }

    /// Byte offset of code point `i` (`i <= n`).
    fn byte_at(self, i: usize) -> usize {
        if self.ascii() {
            i
        } else if i >= self.n {
            self.s.len()
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// Code points `a..b`.
    fn chars_range(self, a: usize, b: usize) -> &'a str {
        let ba = self.byte_at(a);
        let bb = if self.ascii() {
            b
        } else {
            ba + self.s[ba..]
                .char_indices()
                .nth(b - a)
                .map_or(self.s.len() - ba, |(o, _)| o)
        };
        &self.s[ba..bb]
    }
}

fn nchars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// CPython's `ADJUST_INDICES`.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

// ---------------------------------------------------------------- character properties

fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_ranges(&ut::LOWER, c as u32)
    }
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_ranges(&ut::UPPER, c as u32)
    }
}

fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(&ut::TITLE, c as u32)
}

fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(&ut::CASED, c as u32)
    }
}

fn is_case_ignorable(c: char) -> bool {
    in_ranges(&ut::CASE_IGNORABLE, c as u32)
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(&ut::ALPHA, c as u32)
    }
}

fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        unicode_decimal(c).is_some()
    }
}

fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(&ut::DIGIT, c as u32)
    }
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(&ut::NUMERIC, c as u32)
    }
}

fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_ranges(&ut::XID_START, c as u32)
    }
}

fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_ranges(&ut::XID_CONTINUE, c as u32)
    }
}

// ---------------------------------------------------------------- case mapping

/// Pushes the mapping of `c` from `table`; false when `c` maps to itself.
fn push_mapped(table: &[(u32, [u32; 3])], c: char, out: &mut String) -> bool {
    match table.binary_search_by_key(&(c as u32), |&(k, _)| k) {
        Ok(i) => {
            for &m in table[i].1.iter().take_while(|&&m| m != 0) {
                out.push(char::from_u32(m).unwrap_or('\u{fffd}'));
            }
            true
        }
        Err(_) => false,
    }
}

fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !push_mapped(&ut::UPPER_MAP, c, out) {
        out.push(c);
    }
}

fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !push_mapped(&ut::TITLE_MAP, c, out) {
        out.push(c);
    }
}

/// CPython's `lower_ucs4`: the lowercase of `chars[i]`, with the final
/// sigma rule for U+03A3.
fn push_lower(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == '\u{3a3}' {
        let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x));
        let mut final_sigma = before.is_some_and(|&x| is_cased(x));
        if final_sigma {
            let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x));
            final_sigma = after.is_none_or(|&x| !is_cased(x));
        }
        out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
    } else if !push_mapped(&ut::LOWER_MAP, c, out) {
        out.push(c);
    }
}

fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&chars, i, &mut out);
    }
    out
}

fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if !push_mapped(&ut::FOLD_MAP, c, &mut out)
            && !push_mapped(&ut::LOWER_MAP, c, &mut out)
        {
            out.push(c);
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&chars, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(chars[0], &mut out);
        } else {
            push_lower(&chars, i, &mut out);
        }
    }
    out
}

fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

fn str_istitle(s: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn str_isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) || c == '_' => it.all(is_xid_continue),
        _ => false,
    }
}

// ---------------------------------------------------------------- method bodies

fn new_str(s: &str) -> Value {
    str_new(s)
}

/// find / rfind / index / rindex: the code-point index or -1.
fn find_impl(t: Text, name: &str, args: &[Value], reverse: bool) -> PyResult<i64> {
    parse_tuple(name, args, 1, 3)?;
    let (start, end) = adjust(slice_index(args.get(1))?, slice_index(args.get(2))?, t.n);
    let sub = need_str(args[0])?;
    let sub_n = nchars(sub) as i64;
    if end - start < sub_n {
        return Ok(-1);
    }
    if sub.is_empty() {
        return Ok(if reverse { end } else { start });
    }
    let hay = t.chars_range(start as usize, end as usize);
    let pos = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(match pos {
        Some(b) => start + nchars(&hay[..b]) as i64,
        None => -1,
    })
}

fn count_impl(t: Text, args: &[Value]) -> PyResult<i64> {
    parse_tuple("count", args, 1, 3)?;
    let (start, end) = adjust(slice_index(args.get(1))?, slice_index(args.get(2))?, t.n);
    let sub = need_str(args[0])?;
    let sub_n = nchars(sub) as i64;
    if end - start < sub_n {
        return Ok(0);
    }
    if sub.is_empty() {
        return Ok(end - start + 1);
    }
    let hay = t.chars_range(start as usize, end as usize);
    Ok(hay.matches(sub).count() as i64)
}

/// startswith / endswith.
fn affix_impl(t: Text, name: &str, args: &[Value], suffix: bool) -> PyResult<bool> {
    parse_tuple(name, args, 1, 3)?;
    let (start, end) = adjust(slice_index(args.get(1))?, slice_index(args.get(2))?, t.n);
    let test = |sub: &str| -> bool {
        let sub_n = nchars(sub) as i64;
        if end - sub_n < start {
            return false;
        }
        if sub.is_empty() {
            return true;
        }
        let hay = t.chars_range(start as usize, end as usize);
        if suffix {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    match view(args[0]) {
        Obj::Str(sub) => Ok(test(sub)),
        Obj::Tuple(items) => {
            for &x in items {
                let Obj::Str(sub) = view(x) else {
                    return type_error(&format!(
                        "tuple for {name} must only contain str, not {}",
                        type_name(x)
                    ));
                };
                if test(sub) {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => type_error(&format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(args[0])
        )),
    }
}

/// strip / lstrip / rstrip.
fn strip_impl(s: &str, name: &str, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    clinic(name, args, 0, 1)?;
    let chars: Option<&str> = match args.first().map(|&a| (a, view(a))) {
        None | Some((_, Obj::None)) => None,
        Some((_, Obj::Str(c))) => Some(c),
        Some(_) => return type_error(&format!("{name} arg must be None or str")),
    };
    let pred = |c: char| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(new_str(r))
}

fn fill_char(v: Option<&Value>) -> PyResult<char> {
    let Some(&v) = v else { return Ok(' ') };
    match view(v) {
        Obj::Str(f) => {
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => type_error("The fill character must be exactly one character long"),
            }
        }
        _ => type_error(&format!(
            "The fill character must be a unicode character, not {}",
            type_name(v)
        )),
    }
}

fn pad(t: Text, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let mut out = String::new();
    let extra = (left + right).checked_mul(fill.len_utf8());
    if extra.is_none_or(|e| {
        crate::alloc::fallible(|| out.try_reserve(t.s.len().saturating_add(e))).is_err()
    }) {
        return crate::exc::memory_error();
    }
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(t.s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(crate::str::str_new_counted(&out, t.n + left + right))
}

/// center / ljust / rjust.
fn justify(t: Text, name: &str, args: &[Value], how: u8) -> PyResult<Value> {
    clinic(name, args, 1, 2)?;
    let width = ssize_arg(args[0], false)?;
    let fill = fill_char(args.get(1))?;
    let marg = width - t.n as i64;
    if marg <= 0 {
        return Ok(new_str(t.s));
    }
    let (l, r) = match how {
        b'c' => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
        b'l' => (0, marg),
        _ => (marg, 0),
    };
    pad(t, l as usize, r as usize, fill)
}

fn zfill(t: Text, args: &[Value]) -> PyResult<Value> {
    let width = ssize_arg(one_arg("str", "zfill", args)?, false)?;
    let fill = width - t.n as i64;
    if fill <= 0 {
        return Ok(new_str(t.s));
    }
    let fill = fill as usize;
    let mut out = String::new();
    if crate::alloc::fallible(|| out.try_reserve(t.s.len().saturating_add(fill))).is_err() {
        return crate::exc::memory_error();
    }
    let rest = match t.s.as_bytes().first() {
        Some(&b) if b == b'+' || b == b'-' => {
            out.push(b as char);
            &t.s[1..]
        }
        _ => t.s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(crate::str::str_new_counted(&out, t.n + fill))
}

fn replace(s: &str, args: &[Value]) -> PyResult<Value> {
    clinic("replace", args, 2, 3)?;
    let arg = |i: usize| -> PyResult<&str> {
        match view(args[i]) {
            Obj::Str(x) => Ok(x),
            _ => type_error(&format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                arg_type_name(args[i])
            )),
        }
    };
    let (old, new) = (arg(0)?, arg(1)?);
    let count = match args.get(2) {
        Some(&c) => ssize_arg(c, false)?,
        None => -1,
    };
    Ok(new_str(&if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

fn expandtabs(s: &str, args: &[Value]) -> PyResult<Value> {
    parse_tuple("expandtabs", args, 0, 1)?;
    let tab = match args.first() {
        Some(&v) => ssize_arg(v, true)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(new_str(&out))
}

fn partition(s: &str, args: &[Value], reverse: bool) -> PyResult<Value> {
    let name = if reverse { "rpartition" } else { "partition" };
    let sep = need_str(one_arg("str", name, args)?)?;
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(b) => [&s[..b], sep, &s[b + sep.len()..]],
        None if reverse => ["", "", s],
        None => [s, "", ""],
    };
    tuple_from_owned(parts.iter().map(|p| new_str(p)).collect())
}

fn remove_affix(s: &str, args: &[Value], suffix: bool) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let a = one_arg("str", name, args)?;
    let Obj::Str(x) = view(a) else {
        return type_error(&format!(
            "{name}() argument must be str, not {}",
            arg_type_name(a)
        ));
    };
    let r = if suffix {
        s.strip_suffix(x)
    } else {
        s.strip_prefix(x)
    };
    Ok(new_str(r.unwrap_or(s)))
}

fn join(t: Text, args: &[Value]) -> PyResult<Value> {
    let it = one_arg("str", "join", args)?;
    if let Obj::Str(s) = view(it) {
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 {
                out.push_str(t.s);
            }
            out.push(c);
        }
        return Ok(new_str(&out));
    }
    match view(it) {
        // SAFETY: joining runs no Python code, so the items cannot change
        // while the slice is held.
        Obj::List(l) => crate::str::str_join_sep(t.s, t.n, unsafe { l.as_slice() }),
        Obj::Tuple(items) => crate::str::str_join_sep(t.s, t.n, items),
        _ => {
            let owned = crate::iterbuiltins::Owned(crate::subscript::sequence_items(
                it,
                "can only join an iterable",
            )?);
            crate::str::str_join_sep(t.s, t.n, &owned.0)
        }
    }
}

fn predicate(s: &str, f: fn(char) -> bool) -> Value {
    bool_value(!s.is_empty() && s.chars().all(f))
}

/// The type name `_PyArg_BadArgument` prints (`None` for None).
fn arg_type_name(v: Value) -> &'static str {
    match view(v) {
        Obj::None => "None",
        _ => type_name(v),
    }
}

/// `s.name(*args)` for a str receiver.
fn str_method(recv: Value, s: &str, name: &str, args: &[Value]) -> PyResult<Value> {
    // SAFETY: `recv` is a live str (the caller matched `Obj::Str`).
    let t = Text {
        s,
        n: unsafe { str_nchars(recv) },
    };
    // `r` is computed before the arity check: release it when the check fails.
    let noargs = |r: PyResult<Value>| -> PyResult<Value> {
        if let Err(e) = no_args("str", name, args) {
            if let Ok(v) = r {
                crate::value::decref(v);
            }
            return Err(e);
        }
        r
    };
    let int = |r: PyResult<i64>| r.map(int_from_i64);
    match name {
        "upper" if t.ascii() => noargs(Ok(str_map_ascii(s.as_bytes(), |b| b.to_ascii_uppercase()))),
        "lower" if t.ascii() => noargs(Ok(str_map_ascii(s.as_bytes(), |b| b.to_ascii_lowercase()))),
        // The most used methods first: arms are tried in order.
        "split" | "rsplit" => crate::str_split::split(recv, name, args, crate::kwargs::Kw::NONE),
        "join" => join(t, args),
        "upper" => noargs(Ok(new_str(&upper(s)))),
        "lower" => noargs(Ok(new_str(&lower(s)))),
        "casefold" => noargs(Ok(new_str(&casefold(s)))),
        "swapcase" => noargs(Ok(new_str(&swapcase(s)))),
        "title" => noargs(Ok(new_str(&title(s)))),
        "capitalize" => noargs(Ok(new_str(&capitalize(s)))),
        "isascii" => noargs(Ok(bool_value(s.is_ascii()))),
        "isspace" => noargs(Ok(predicate(s, is_space))),
        "isalpha" => noargs(Ok(predicate(s, is_alpha))),
        "isalnum" => noargs(Ok(predicate(s, is_alnum))),
        "isdecimal" => noargs(Ok(predicate(s, is_decimal))),
        "isdigit" => noargs(Ok(predicate(s, is_digit))),
        "isnumeric" => noargs(Ok(predicate(s, is_numeric))),
        "isprintable" => noargs(Ok(bool_value(s.chars().all(is_printable)))),
        "isupper" => noargs(Ok(bool_value(str_isupper(s)))),
        "islower" => noargs(Ok(bool_value(str_islower(s)))),
        "istitle" => noargs(Ok(bool_value(str_istitle(s)))),
        "isidentifier" => noargs(Ok(bool_value(str_isidentifier(s)))),
        "strip" => strip_impl(s, name, args, true, true),
        "lstrip" => strip_impl(s, name, args, true, false),
        "rstrip" => strip_impl(s, name, args, false, true),
        "startswith" => affix_impl(t, name, args, false).map(bool_value),
        "endswith" => affix_impl(t, name, args, true).map(bool_value),
        "find" => int(find_impl(t, name, args, false)),
        "rfind" => int(find_impl(t, name, args, true)),
        "index" | "rindex" => match find_impl(t, name, args, name == "rindex")? {
            -1 => value_error("substring not found"),
            i => Ok(int_from_i64(i)),
        },
        "count" => int(count_impl(t, args)),
        "replace" => replace(s, args),
        "center" => justify(t, name, args, b'c'),
        "ljust" => justify(t, name, args, b'l'),
        "rjust" => justify(t, name, args, b'r'),
        "zfill" => zfill(t, args),
        "expandtabs" => expandtabs(s, args),
        "partition" => partition(s, args, false),
        "rpartition" => partition(s, args, true),
        "removeprefix" => remove_affix(s, args, false),
        "removesuffix" => remove_affix(s, args, true),
        "splitlines" => crate::str_split::splitlines(recv, args, crate::kwargs::Kw::NONE),
        "format" => crate::strformat::str_format(s, args, &[]),
        "translate" => match args {
            [t] => crate::translate::translate(s, *t),
            _ => type_error(&format!(
                "str.translate() takes exactly one argument ({} given)",
                args.len()
            )),
        },
        "format_map" => match args {
            [m] => crate::strformat::str_format_map(s, *m),
            _ => type_error(&format!(
                "format_map() takes exactly one argument ({} given)",
                args.len()
            )),
        },
        "encode" => crate::bytes::str_encode(s, args),
        _ => no_attribute(recv, name),
    }
}

/// `t.name(*args)` for a tuple receiver.
fn tuple_method(recv: Value, items: &[Value], name: &str, args: &[Value]) -> PyResult<Value> {
    match name {
        "count" => {
            let x = one_arg("tuple", "count", args)?;
            let mut n = 0;
            for &item in items {
                if eq_identity(item, x)? {
                    n += 1;
                }
            }
            Ok(int_from_i64(n))
        }
        "index" => {
            clinic("index", args, 1, 3)?;
            let bound = |i: usize, default: i64| -> PyResult<i64> {
                match args.get(i) {
                    None => Ok(default),
                    Some(&v) => match as_int(v) {
                        Some(x) => Ok(x.to_i64().unwrap_or(if x.is_negative() {
                            i64::MIN
                        } else {
                            i64::MAX
                        })),
                        None => {
                            type_error("slice indices must be integers or have an __index__ method")
                        }
                    },
                }
            };
            let len = items.len() as i64;
            let mut start = bound(1, 0)?;
            let mut stop = bound(2, i64::MAX)?;
            if start < 0 {
                start = (start + len).max(0);
            }
            if stop < 0 {
                stop += len;
            } else if stop > len {
                stop = len;
            }
            let mut i = start;
            while i < stop {
                if eq_identity(items[i as usize], args[0])? {
                    return Ok(int_from_i64(i));
                }
                i += 1;
            }
            value_error("tuple.index(x): x not in tuple")
        }
        _ => no_attribute(recv, name),
    }
}

/// `recv.name(*args)`; `items` = `[recv, name, args...]`.
pub fn call_method(items: &[Value]) -> PyResult<Value> {
    let [recv, name, args @ ..] = items else {
        return type_error("molt_call_method: missing receiver or method name");
    };
    if crate::str::as_str_obj(*name).is_none() {
        return type_error("attribute name must be string");
    }
    // SAFETY: `name` is a live str (checked above).
    let name = unsafe { crate::str::str_slice(items[1]) };
    if let Some(r) = crate::instance::call_method(*recv, name, args, &[]) {
        return r;
    }
    // The common receivers first, by their type record.
    if crate::str::as_str_obj(*recv).is_some() {
        // SAFETY: `recv` is a live str (checked).
        return str_method(*recv, unsafe { crate::str::str_slice(*recv) }, name, args);
    }
    if let Some(l) = crate::list::as_list(*recv) {
        return crate::list_methods::list_method(l, name, args, crate::kwargs::Kw::NONE);
    }
    if let Some(which) = crate::sysmod::as_file(*recv) {
        return crate::sysmod::file_method(which, name, args);
    }
    match view(*recv) {
        Obj::Str(s) => str_method(*recv, s, name, args),
        Obj::Tuple(t) => tuple_method(*recv, t, name, args),
        Obj::Dict(d) => crate::dict_methods::dict_method(d, name, args),
        Obj::Set(s) | Obj::FrozenSet(s) => crate::set_ops::set_method(s, name, args),
        Obj::DictView(dv) => crate::dict_view::view_method(dv, name, args),
        Obj::List(l) => crate::list_methods::list_method(l, name, args, crate::kwargs::Kw::NONE),
        Obj::Range(r) => crate::range::range_method(r, name, args),
        Obj::Bytes(_) | Obj::ByteArray(_) => crate::bytes::bytes_method(*recv, name, args),
        _ if crate::num_methods::handles(*recv, name) => {
            crate::num_methods::method(*recv, name, args, &[], &[])
        }
        _ => no_attribute(*recv, name),
    }
}

/// `items[0].items[1](*items[2..n])`: a method call on a builtin value
/// (the name is a str; positional arguments only).
#[no_mangle]
pub unsafe extern "C" fn molt_call_method(items: *const Value, n: usize) -> Value {
    // SAFETY: the caller passes `n` readable values at `items`.
    let items = unsafe { crate::builtins::slice(items, n) };
    ret(call_method(items))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::str_text;
    use crate::value::decref;

    /// `recv.name(*args)` rendered as `str()` of the result, or `!!` + message.
    fn call(recv: &str, name: &str, args: &[Value]) -> String {
        let mut items = vec![str_new(recv), str_new(name)];
        items.extend_from_slice(args);
        let r = call_method(&items);
        decref(items[0]);
        decref(items[1]);
        match r {
            Ok(v) => {
                let t = str_text(v).unwrap_or_default();
                decref(v);
                t
            }
            Err(_) => {
                let e = crate::exc::molt_err_fetch();
                let t = crate::exc::final_line(e);
                decref(e);
                format!("!!{t}")
            }
        }
    }

    #[test]
    fn case_mapping_matches_python() {
        // Expected values from python3.11.
        assert_eq!(call("stra\u{df}e", "upper", &[]), "STRASSE");
        assert_eq!(
            call("\u{39f}\u{394}\u{3a3}", "lower", &[]),
            "\u{3bf}\u{3b4}\u{3c2}"
        );
        assert_eq!(call("\u{3a3}", "lower", &[]), "\u{3c3}");
        assert_eq!(call("they're bill's", "title", &[]), "They'Re Bill'S");
        assert_eq!(call("\u{fb01}x", "title", &[]), "Fix");
        assert_eq!(call("\u{1c4}\u{1c6}", "capitalize", &[]), "\u{1c5}\u{1c6}");
        assert_eq!(call("\u{df}", "casefold", &[]), "ss");
        assert_eq!(call("\u{130}", "lower", &[]), "i\u{307}");
        assert_eq!(call("mIxEd", "swapcase", &[]), "MiXeD");
    }

    #[test]
    fn predicates_match_python() {
        assert_eq!(call("\u{bd}", "isnumeric", &[]), "True");
        assert_eq!(call("\u{bd}", "isdigit", &[]), "False");
        assert_eq!(call("\u{b2}", "isdigit", &[]), "True");
        assert_eq!(call("\u{b2}", "isdecimal", &[]), "False");
        assert_eq!(call("\u{663}", "isdecimal", &[]), "True");
        assert_eq!(call("\u{1c5}a", "istitle", &[]), "True");
        assert_eq!(call("", "isupper", &[]), "False");
        assert_eq!(call("x_1", "isidentifier", &[]), "True");
        assert_eq!(call("1x", "isidentifier", &[]), "False");
    }

    #[test]
    fn search_and_errors_match_python() {
        let i = int_from_i64;
        assert_eq!(call("h\u{e9}llo", "find", &[str_new("l")]), "2");
        assert_eq!(call("abcabc", "rfind", &[str_new("b"), i(0), i(-2)]), "1");
        assert_eq!(call("abc", "find", &[str_new(""), i(5)]), "-1");
        assert_eq!(call("abc", "count", &[str_new("")]), "4");
        assert_eq!(
            call("abc", "replace", &[str_new(""), str_new("-"), i(2)]),
            "-a-bc"
        );
        assert_eq!(call("-42", "zfill", &[i(6)]), "-00042");
        assert_eq!(call("abc", "center", &[i(6), str_new("*")]), "*abc**");
        assert_eq!(call("a\tb", "expandtabs", &[i(4)]), "a   b");
        assert_eq!(
            call("abc", "find", &[i(1)]),
            "!!TypeError: must be str, not int"
        );
        assert_eq!(
            call("abc", "index", &[str_new("z")]),
            "!!ValueError: substring not found"
        );
        assert_eq!(
            call("abc", "find", &[]),
            "!!TypeError: find() takes at least 1 argument (0 given)"
        );
        assert_eq!(
            call("abc", "upper", &[i(1)]),
            "!!TypeError: str.upper() takes no arguments (1 given)"
        );
        assert_eq!(
            call("abc", "center", &[i(5), str_new("ab")]),
            "!!TypeError: The fill character must be exactly one character long"
        );
        assert_eq!(
            call("abc", "foo", &[]),
            "!!AttributeError: 'str' object has no attribute 'foo'"
        );
        assert_eq!(
            call("abc", "translate", &[]),
            "!!TypeError: str.translate() takes exactly one argument (0 given)"
        );
        let t = tuple_from_owned(vec![str_new("a"), i(1)]).unwrap_or(0);
        assert_eq!(
            call(",", "join", &[t]),
            "!!TypeError: sequence item 1: expected str instance, int found"
        );
        decref(t);
    }

    #[test]
    fn tuple_and_other_receivers() {
        let t =
            tuple_from_owned(vec![int_from_i64(1), int_from_i64(2), int_from_i64(2)]).unwrap_or(0);
        let name = str_new("index");
        let r = call_method(&[t, name, int_from_i64(2)]);
        assert_eq!(r, Ok(int_from_i64(1)));
        assert!(call_method(&[t, name, int_from_i64(5)]).is_err());
        let e = crate::exc::molt_err_fetch();
        assert_eq!(
            crate::exc::final_line(e),
            "ValueError: tuple.index(x): x not in tuple"
        );
        decref(e);
        assert!(call_method(&[int_from_i64(1), name]).is_err());
        let e = crate::exc::molt_err_fetch();
        assert_eq!(
            crate::exc::final_line(e),
            "AttributeError: 'int' object has no attribute 'index'"
        );
        decref(e);
        decref(name);
        decref(t);
    }
}
