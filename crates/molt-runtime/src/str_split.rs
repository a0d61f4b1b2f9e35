//! The list-returning str methods: `split`, `rsplit` and `splitlines`,
//! with CPython's whitespace and line-boundary rules.

use crate::exc::{type_error, value_error, PyResult};
use crate::kwargs::{bind, int_flag, ssize_arg, Kw};
use crate::list::list_from_vec;
use crate::str::{is_space, str_new};
use crate::value::{type_name, view, Obj};
use crate::Value;

/// `s.split(sep=None, maxsplit=-1)` / `s.rsplit(...)` (`name` says which).
pub fn split(s: &str, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = bind(name, args, kw, &["sep", "maxsplit"], 2)?;
    let maxsplit = match b[1] {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let reverse = name == "rsplit";
    let parts: Vec<&str> = match b[0].map(|v| (v, view(v))) {
        None | Some((_, Obj::None)) => {
            if reverse {
                rsplit_whitespace(s, max)
            } else {
                split_whitespace(s, max)
            }
        }
        Some((_, Obj::Str(sep))) => {
            if sep.is_empty() {
                return value_error("empty separator");
            }
            if reverse {
                let mut p: Vec<&str> = s.rsplitn(max.saturating_add(1), sep).collect();
                p.reverse();
                p
            } else {
                s.splitn(max.saturating_add(1), sep).collect()
            }
        }
        Some((v, _)) => {
            return type_error(&format!("must be str or None, not {}", type_name(v)));
        }
    };
    Ok(list_from_vec(parts.into_iter().map(str_new).collect()))
}

/// CPython's `split_whitespace`: runs of whitespace separate, ends are
/// dropped; after `max` splits the rest (left-stripped) is one part.
fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = 0;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if count == max {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        count += 1;
    }
    out
}

/// CPython's `rsplit_whitespace`, the mirror image of [`split_whitespace`].
fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut count = 0;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if count == max {
            out.push(rest);
            break;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        out.push(&rest[start..]);
        rest = &rest[..start];
        count += 1;
    }
    out.reverse();
    out
}

/// Is `c` a line boundary for `str.splitlines`?
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends=False)`.
pub fn splitlines(s: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = bind("splitlines", args, kw, &["keepends"], 1)?;
    let keepends = match b[0] {
        Some(v) => int_flag(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let (line_end, next) = match rest.char_indices().find(|&(_, c)| is_line_break(c)) {
            Some((i, '\r')) if rest[i + 1..].starts_with('\n') => (i, i + 2),
            Some((i, c)) => (i, i + c.len_utf8()),
            None => (rest.len(), rest.len()),
        };
        out.push(str_new(&rest[..if keepends { next } else { line_end }]));
        rest = &rest[next..];
    }
    Ok(list_from_vec(out))
}
