//! The methods of `list` (dispatched by `molt_call_method` and
//! `molt_call_method_kw`), with CPython 3.11's argument rules and messages.

use crate::argcheck::{no_args, one_arg};
use crate::builtins::repr_into;
use crate::exc::{raise, type_error, value_error, PyResult, EXC_ATTRIBUTE_ERROR, EXC_INDEX_ERROR};
use crate::int::{as_int, int_from_i64};
use crate::kwargs::{bind, check_positional, int_flag, ssize_arg, Kw};
use crate::list::{list_from_vec, ListObj};
use crate::list_ops::list_extend;
use crate::ops::eq_identity;
use crate::value::{decref, incref, NONE};
use crate::Value;

const METHODS: &[&str] = &[
    "append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "sort", "copy",
    "clear",
];

/// `slice_index(accept={int})`: an int, clamped to `i64`; None is refused.
fn index_bound(v: Value) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => Ok(i
            .to_i64()
            .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX })),
        None => type_error("slice indices must be integers or have an __index__ method"),
    }
}

/// Position of the first item equal to `x` in `start..stop`, re-reading
/// the list at each step as CPython does.
fn find(l: &ListObj, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        incref(item);
        let eq = eq_identity(item, x);
        decref(item);
        if eq? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `l.name(*args, **kw)`.
pub fn list_method(l: &ListObj, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !METHODS.contains(&name) {
        return raise(
            EXC_ATTRIBUTE_ERROR,
            &format!("'list' object has no attribute '{name}'"),
        );
    }
    if name == "sort" {
        let b = bind("sort", args, kw, &["key", "reverse"], 0)?;
        let reverse = int_flag(b[1].unwrap_or(crate::value::UNBOUND))?;
        crate::sort::list_sort(l, b[0].unwrap_or(NONE), reverse)?;
        return Ok(NONE);
    }
    if !kw.is_empty() {
        return type_error(&format!("list.{name}() takes no keyword arguments"));
    }
    match name {
        "append" => l.push(one_arg("list", name, args)?).map(|_| NONE),
        "extend" => list_extend(l, one_arg("list", name, args)?).map(|_| NONE),
        "insert" => {
            check_positional("insert", args, 2, 2)?;
            let i = ssize_arg(args[0])?;
            let n = l.len() as i64;
            let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
            l.insert(i as usize, args[1]).map(|_| NONE)
        }
        "pop" => {
            check_positional("pop", args, 0, 1)?;
            let i = match args.first() {
                Some(&v) => ssize_arg(v)?,
                None => -1,
            };
            if l.is_empty() {
                return raise(EXC_INDEX_ERROR, "pop from empty list");
            }
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if !(0..n).contains(&j) {
                return raise(EXC_INDEX_ERROR, "pop index out of range");
            }
            Ok(l.remove_at(j as usize).unwrap_or(NONE))
        }
        "remove" => {
            let x = one_arg("list", name, args)?;
            match find(l, x, 0, usize::MAX)? {
                Some(i) => {
                    if let Some(item) = l.remove_at(i) {
                        decref(item);
                    }
                    Ok(NONE)
                }
                None => value_error("list.remove(x): x not in list"),
            }
        }
        "index" => {
            check_positional("index", args, 1, 3)?;
            let n = l.len() as i64;
            let mut start = match args.get(1) {
                Some(&v) => index_bound(v)?,
                None => 0,
            };
            let mut stop = match args.get(2) {
                Some(&v) => index_bound(v)?,
                None => i64::MAX,
            };
            if start < 0 {
                start = (start + n).max(0);
            }
            if stop < 0 {
                stop = (stop + n).max(0);
            }
            match find(l, args[0], start as usize, stop as usize)? {
                Some(i) => Ok(int_from_i64(i as i64)),
                None => {
                    let mut r = String::new();
                    repr_into(args[0], &mut r)?;
                    value_error(&format!("{r} is not in list"))
                }
            }
        }
        "count" => {
            let x = one_arg("list", name, args)?;
            let mut count = 0;
            let mut i = 0;
            while let Some(item) = l.get(i) {
                if item == x {
                    count += 1;
                } else {
                    incref(item);
                    let eq = eq_identity(item, x);
                    decref(item);
                    count += i64::from(eq?);
                }
                i += 1;
            }
            Ok(int_from_i64(count))
        }
        "reverse" => {
            no_args("list", name, args)?;
            l.reverse();
            Ok(NONE)
        }
        "copy" => {
            no_args("list", name, args)?;
            Ok(list_from_vec(l.to_vec()))
        }
        _ => {
            no_args("list", name, args)?;
            l.clear();
            Ok(NONE)
        }
    }
}
