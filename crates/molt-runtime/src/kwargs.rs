//! Keyword arguments for method calls (`molt_call_method_kw`) and
//! CPython's argument-binding rules and messages for them
//! (`_PyArg_UnpackKeywords`, `_PyArg_CheckPositional`, int converters).

use crate::exc::no_attribute;
use crate::exc::{overflow_error, ret, type_error, PyResult};
use crate::int::as_int;
use crate::str_methods::call_method;
use crate::value::{type_name, view, Obj, UNBOUND};
use crate::Value;

/// Keyword arguments of a call: `names[i]` (a str value) = `values[i]`.
#[derive(Clone, Copy)]
pub struct Kw<'a> {
    names: &'a [Value],
    values: &'a [Value],
}

impl Kw<'static> {
    /// No keyword arguments.
    pub const NONE: Kw<'static> = Kw {
        names: &[],
        values: &[],
    };
}

impl<'a> Kw<'a> {
    /// The keywords `names[i]` (strs) = `values[i]`.
    pub fn new(names: &'a [Value], values: &'a [Value]) -> Kw<'a> {
        Kw { names, values }
    }

    /// Number of keyword arguments.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Were there none?
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The name of keyword `i`.
    pub fn name(&self, i: usize) -> &'a str {
        match view(self.names[i]) {
            Obj::Str(s) => s,
            _ => "",
        }
    }

    /// The value passed for keyword `name`, if any.
    pub fn find(&self, name: &str) -> Option<Value> {
        (0..self.len())
            .find(|&i| self.name(i) == name)
            .map(|i| self.values[i])
    }
}

/// `"s"` unless `n` is 1.
fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Binds positional `args` and keywords `kw` to `params` (all optional; the
/// first `maxpos` may be given by position), with CPython's messages.
pub fn bind(
    fname: &str,
    args: &[Value],
    kw: Kw,
    params: &[&str],
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    bind_required(fname, args, kw, params, maxpos, 0)
}

/// Binds positional `args` and keywords `kw` to `params`
/// (`_PyArg_UnpackKeywords`): the first `maxpos` may be given by position,
/// the first `required` must be given; one slot per parameter, `None` where
/// not given. CPython's messages.
pub fn bind_required(
    f: &str,
    args: &[Value],
    kw: Kw,
    params: &[&str],
    maxpos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let (nargs, nkw, maxargs) = (args.len(), kw.len(), params.len());
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    if nkw == 0 && required <= nargs && nargs <= maxpos {
        for (slot, &a) in out.iter_mut().zip(args) {
            *slot = Some(a);
        }
        return Ok(out);
    }
    if nargs + nkw > maxargs {
        return type_error(&format!(
            "{f}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        ));
    }
    if nargs > maxpos {
        if maxpos == 0 {
            return type_error(&format!("{f}() takes no positional arguments"));
        }
        let bound = if required < maxpos {
            "at most"
        } else {
            "exactly"
        };
        return type_error(&format!(
            "{f}() takes {bound} {} positional argument{} ({nargs} given)",
            maxpos,
            plural(maxpos)
        ));
    }
    for (slot, &a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    let mut remaining = nkw;
    for (i, slot) in out.iter_mut().enumerate().skip(nargs) {
        if remaining == 0 && i >= required {
            break;
        }
        let v = if remaining > 0 {
            kw.find(params[i])
        } else {
            None
        };
        *slot = v;
        if v.is_some() {
            remaining -= 1;
        } else if i < required {
            return type_error(&format!(
                "{f}() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            ));
        }
    }
    if remaining > 0 {
        for (i, p) in params[..nargs].iter().enumerate() {
            if kw.find(p).is_some() {
                return type_error(&format!(
                    "argument for {f}() given by name ('{p}') and position ({})",
                    i + 1
                ));
            }
        }
        for i in 0..nkw {
            let name = kw.name(i);
            if !params.contains(&name) {
                return type_error(&format!(
                    "'{name}' is an invalid keyword argument for {f}()"
                ));
            }
        }
    }
    Ok(out)
}

/// `_PyArg_CheckPositional`: `insert expected 2 arguments, got 1`.
pub fn check_positional(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return type_error(&format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        ));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return type_error(&format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        ));
    }
    Ok(())
}

/// A `Py_ssize_t` argument: an int in the `i64` range.
pub fn ssize_arg(v: Value) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => match i.to_i64() {
            Some(x) => Ok(x),
            None => overflow_error("Python int too large to convert to C ssize_t"),
        },
        None => type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )),
    }
}

/// A flag converted like `_PyLong_AsInt` (`bool(accept={int})` in
/// Argument Clinic): ints and bools only; unbound = False.
pub fn int_flag(v: Value) -> PyResult<bool> {
    if v == UNBOUND {
        return Ok(false);
    }
    match as_int(v) {
        Some(i) => match i.to_i64().filter(|x| i32::try_from(*x).is_ok()) {
            Some(x) => Ok(x != 0),
            None => overflow_error("Python int too large to convert to C int"),
        },
        None => type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )),
    }
}

/// The str methods `molt_call_method` implements or knowingly refuses.
const STR_METHODS: &[&str] = &[
    "upper",
    "lower",
    "casefold",
    "swapcase",
    "title",
    "capitalize",
    "isascii",
    "isspace",
    "isalpha",
    "isalnum",
    "isdecimal",
    "isdigit",
    "isnumeric",
    "isprintable",
    "isupper",
    "islower",
    "istitle",
    "isidentifier",
    "strip",
    "lstrip",
    "rstrip",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "replace",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "expandtabs",
    "partition",
    "rpartition",
    "removeprefix",
    "removesuffix",
    "join",
    "split",
    "rsplit",
    "splitlines",
];

fn no_keywords<T>(ty: &str, name: &str) -> PyResult<T> {
    type_error(&format!("{ty}.{name}() takes no keyword arguments"))
}

/// `s.name(*args, **kw)` for a str receiver.
fn str_method_kw(
    recv: Value,
    name_v: Value,
    name: &str,
    args: &[Value],
    kw: Kw,
) -> PyResult<Value> {
    let Obj::Str(s) = view(recv) else {
        return no_attribute(recv, name);
    };
    match name {
        "split" | "rsplit" => crate::str_split::split(recv, name, args, kw),
        "splitlines" => crate::str_split::splitlines(recv, args, kw),
        "encode" => {
            let b = bind("encode", args, kw, &["encoding", "errors"], 2)?;
            let a: Vec<Value> = b
                .into_iter()
                .map(|v| v.unwrap_or(crate::value::UNBOUND))
                .collect();
            crate::bytes::str_encode(s, &a)
        }
        "format" => {
            let pairs: Vec<(&str, Value)> = kw
                .names
                .iter()
                .zip(kw.values)
                .map(|(&n, &v)| match view(n) {
                    Obj::Str(n) => (n, v),
                    _ => ("", v),
                })
                .collect();
            crate::strformat::str_format(s, args, &pairs)
        }
        "expandtabs" => {
            let b = bind("expandtabs", args, kw, &["tabsize"], 1)?;
            let mut items = vec![recv, name_v];
            items.extend(b.into_iter().flatten());
            call_method(&items)
        }
        _ if STR_METHODS.contains(&name) => no_keywords("str", name),
        // Unknown names and knowingly unsupported methods: as without keywords.
        _ => call_method(&[recv, name_v]),
    }
}

/// `recv.name(*args, **kw)` for bytes and bytearray: `decode`, `split`
/// and `rsplit` take keywords; other methods refuse them.
fn bytes_method_kw(recv: Value, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (params, defaults): (&[&str], [Value; 2]) = match name {
        "decode" => (
            &["encoding", "errors"],
            [crate::value::UNBOUND, crate::value::UNBOUND],
        ),
        "split" | "rsplit" => (
            &["sep", "maxsplit"],
            [crate::value::NONE, crate::value::small(-1)],
        ),
        // Optional arguments left unbound count as not given.
        "hex" => (
            &["sep", "bytes_per_sep"],
            [crate::value::UNBOUND, crate::value::UNBOUND],
        ),
        "splitlines" => (&["keepends"], [crate::value::UNBOUND; 2]),
        "expandtabs" => (&["tabsize"], [crate::value::UNBOUND; 2]),
        // `table` is positional-only.
        "translate" if !args.is_empty() => {
            let b = bind(name, &args[1..], kw, &["delete"], 1)?;
            let delete = b[0].unwrap_or(crate::value::UNBOUND);
            return crate::bytes::bytes_method(recv, name, &[args[0], delete]);
        }
        "translate" => {
            return type_error("translate() takes at least 1 positional argument (0 given)")
        }
        _ if crate::bytes::METHODS.contains(&name) => return no_keywords(type_name(recv), name),
        _ => return no_attribute(recv, name),
    };
    let b = bind(name, args, kw, params, params.len())?;
    let mut a: Vec<Value> = b
        .into_iter()
        .zip(defaults)
        .map(|(v, d)| v.unwrap_or(d))
        .collect();
    // Trailing unbound arguments are left off (the method sees fewer).
    while a.last() == Some(&crate::value::UNBOUND) {
        a.pop();
    }
    crate::bytes::bytes_method(recv, name, &a)
}

/// `recv.name(*args, **kw)`: `items` = `[recv, name, positional..., keyword
/// values...]`, `kwnames` a tuple naming the trailing keyword values.
pub fn call_method_kw(items: &[Value], kwnames: Value) -> PyResult<Value> {
    let names: &[Value] = match view(kwnames) {
        Obj::Tuple(t) => t,
        _ => &[],
    };
    if names.is_empty() {
        return call_method(items);
    }
    let [recv, name_v, rest @ ..] = items else {
        return type_error("molt_call_method_kw: missing receiver or method name");
    };
    if rest.len() < names.len() || names.iter().any(|&n| !matches!(view(n), Obj::Str(_))) {
        return type_error("keywords must be strings");
    }
    let Obj::Str(name) = view(*name_v) else {
        return type_error("attribute name must be string");
    };
    let (args, values) = rest.split_at(rest.len() - names.len());
    let pairs: Vec<(&str, Value)> = names
        .iter()
        .zip(values)
        .map(|(&n, &v)| {
            let k = match view(n) {
                Obj::Str(s) => s,
                _ => "",
            };
            (k, v)
        })
        .collect();
    if let Some(r) = crate::instance::call_method(*recv, name, args, &pairs) {
        return r;
    }
    let kw = Kw { names, values };
    match view(*recv) {
        Obj::Str(_) => str_method_kw(*recv, *name_v, name, args, kw),
        Obj::List(l) => crate::list_methods::list_method(l, name, args, kw),
        Obj::Bytes(_) | Obj::ByteArray(_) => bytes_method_kw(*recv, name, args, kw),
        Obj::Tuple(_) | Obj::Range(_) if name == "count" || name == "index" => {
            no_keywords(type_name(*recv), name)
        }
        Obj::Dict(d) if name == "update" => {
            // d.update(other, **kw): the positional argument first, then
            // each keyword in order.
            crate::dict_methods::dict_method(d, name, args)?;
            for (&k, &v) in kw.names.iter().zip(kw.values) {
                crate::dict::set(d, k, v)?;
            }
            Ok(crate::value::NONE)
        }
        _ if crate::num_methods::handles(*recv, name) => {
            crate::num_methods::method(*recv, name, args, names, values)
        }
        Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) | Obj::DictView(_) | Obj::Other => {
            no_keywords(type_name(*recv), name)
        }
        _ => no_attribute(*recv, name),
    }
}

/// `items[0].items[1](*positional, **keywords)`: `items[2..n]` are the
/// positional arguments followed by the keyword values, and `kwnames` is a
/// tuple of strs naming the last `len(kwnames)` of them.
///
/// # Safety
/// `items` points to `n` readable values.
#[no_mangle]
pub unsafe extern "C" fn molt_call_method_kw(
    items: *const Value,
    n: usize,
    kwnames: Value,
) -> Value {
    // SAFETY: per the contract.
    let items = unsafe { crate::builtins::slice(items, n) };
    ret(call_method_kw(items, kwnames))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::str::str_new;
    use crate::value::decref;

    /// Every listed str method is known to the dispatcher (no AttributeError).
    #[test]
    fn str_method_names_are_dispatched() {
        let recv = str_new("a b");
        for &m in STR_METHODS {
            let name = str_new(m);
            let r = call_method(&[recv, name]);
            decref(name);
            if let Ok(v) = r {
                decref(v);
            } else {
                assert_ne!(
                    crate::exc::pending_kind(),
                    Some(crate::exc::EXC_ATTRIBUTE_ERROR),
                    "{m}"
                );
                crate::exc::molt_err_clear();
            }
        }
        decref(recv);
    }
}
