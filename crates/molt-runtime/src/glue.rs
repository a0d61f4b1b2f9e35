//! Entry points shaped for the code generator's calling convention (every
//! argument in one array) over the runtime's Rust API, and the small
//! builtins that only the compiler's desugarings reach: `isinstance` with
//! a type bit set, `type(x).__name__`, attributes of builtin values.

use crate::exc::{raise, ret, type_error, PyResult};
use crate::value::KIND_RANGE;
use crate::value::{bool_value, heap_kind, is_heap, type_name, view, Obj};
use crate::Value;

/// `recv.name(*args, **kw)`: `items` = `[recv, name, args..., kwnames]`,
/// where `kwnames` (a tuple of strs) names the last arguments.
#[no_mangle]
pub unsafe extern "C" fn molt_call_method_kwv(items: *const Value, n: usize) -> Value {
    if n == 0 {
        return ret(type_error("molt_call_method_kwv: no arguments"));
    }
    // SAFETY: the caller passes `n` readable values; the last is the names tuple.
    unsafe {
        let kwnames = *items.add(n - 1);
        crate::kwargs::molt_call_method_kw(items, n - 1, kwnames)
    }
}

/// `map(f, *iterables)`: `items` = `[f, iterables...]`.
#[no_mangle]
pub unsafe extern "C" fn molt_map_v(items: *const Value, n: usize) -> Value {
    if n == 0 {
        return ret(type_error("map() must have at least two arguments."));
    }
    // SAFETY: the caller passes `n` readable values.
    unsafe { crate::iterbuiltins::molt_map(*items, items.add(1), n - 1) }
}

/// `isinstance(v, types)` where `types` is a small int: a bit set of
/// builtin types (bit `i` is `molt_abi::types::TYPE_BITS[i]`). True when
/// `v`'s type is one of them or a subclass (its base chain reaches one).
#[no_mangle]
pub extern "C" fn molt_isinstance(v: Value, types: Value) -> Value {
    if !crate::value::is_small(types) {
        return ret(crate::instance::isinstance(v, types).map(bool_value));
    }
    let mask = crate::value::small_of(types) as u32;
    let t = crate::value::type_of(v);
    let hit = crate::typeobj::isinstance_types()
        .iter()
        .enumerate()
        .any(|(i, base)| mask & (1 << i) != 0 && t.is_subtype(base));
    bool_value(hit)
}

/// `type(v).__name__`.
#[no_mangle]
pub extern "C" fn molt_type_name(v: Value) -> Value {
    crate::str::str_new(type_name(v))
}

/// `v.name` for a builtin value.
pub fn getattr(v: Value, name: &str) -> PyResult<Value> {
    if name == "__class__" {
        return Ok(crate::typeobj::type_value(crate::value::type_of(v)));
    }
    if let Some(r) = crate::instance::getattr(v, name) {
        return r;
    }
    if let Some(s) = crate::sliceobj::as_slice_obj(v) {
        if let Some(b) = crate::sliceobj::slice_attr(s, name) {
            return Ok(b);
        }
    }
    if let Some(t) = crate::typeobj::as_type(v) {
        if name == "__name__" {
            return Ok(crate::str::str_new(t.name));
        }
    }
    if let Some(which) = crate::sysmod::as_file(v) {
        if let Some(a) = crate::sysmod::stream_attr(which, name) {
            return Ok(a);
        }
        if crate::sysmod::stream_has_attr(which, name) {
            return bound_method(v, name);
        }
    }
    if is_heap(v) && heap_kind(v) == KIND_RANGE {
        if let Some(r) = crate::range::range_attr(v, name) {
            return r;
        }
    }
    match (view(v), name) {
        (Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_), "real" | "numerator") => {
            crate::builtins::int_new(v)
        }
        (Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_), "imag") => Ok(crate::value::small(0)),
        (Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_), "denominator") => Ok(crate::value::small(1)),
        (Obj::Float(x), "real") => Ok(crate::value::float_value(x)),
        (Obj::Float(_), "imag") => Ok(crate::value::float_value(0.0)),
        // Builtins as values are named `builtins.len` and `str.lower` (for
        // their reprs): `__name__` is the last part, `__qualname__` drops
        // the `builtins.` module prefix.
        (Obj::Func(_), "__self__" | "__func__") if crate::instance::bound_parts(v).is_some() => {
            let (func, recv) = crate::instance::bound_parts(v).unwrap_or((v, v));
            let r = if name == "__self__" { recv } else { func };
            crate::value::incref(r);
            Ok(r)
        }
        (Obj::Func(f), "__name__" | "__qualname__") => {
            let Obj::Str(full) = view(f.name) else {
                crate::value::incref(f.name);
                return Ok(f.name);
            };
            let short = if name == "__name__" {
                full.rsplit('.').next().unwrap_or(full)
            } else {
                full.strip_prefix("builtins.").unwrap_or(full)
            };
            Ok(crate::str::str_new(short))
        }
        _ if has_method(v, name) => bound_method(v, name),
        _ => crate::exc::no_attribute(v, name),
    }
}

/// Does builtin value `v` have a method `name` (CPython's `dir()`)?
fn has_method(v: Value, name: &str) -> bool {
    let ty = match view(v) {
        Obj::Bool(_) => "int",
        _ => type_name(v),
    };
    !name.starts_with('_') && molt_abi::attrs::type_has_attr(ty, name)
}

/// `v.name` (`name` a str).
#[no_mangle]
pub extern "C" fn molt_getattr(v: Value, name: Value) -> Value {
    ret(crate::introspect::attr_name(name).and_then(|n| getattr(v, n)))
}

/// Calls a bound method: `env` is the tuple `(receiver, name)`.
pub(crate) unsafe extern "C" fn call_bound(env: Value, args: *const Value, n: usize) -> Value {
    let Obj::Tuple(&[recv, name]) = view(env) else {
        return ret(type_error("bad bound method"));
    };
    let mut items = vec![recv, name];
    // SAFETY: the caller passes `n` readable values.
    items.extend_from_slice(unsafe { crate::builtins::slice(args, n) });
    ret(crate::str_methods::call_method(&items))
}

/// `recv.name` for a method of a builtin type, as a value (`key=d.get`):
/// a function object that calls the method on `recv`. An unknown name
/// raises its AttributeError when called.
fn bound_method(recv: Value, name: &str) -> PyResult<Value> {
    let n = crate::str::str_new(name);
    let env = crate::tuple::tuple_from_borrowed(&[recv, n]);
    let r = env.map(|env| {
        let f = crate::func::func_new(call_bound, env, n);
        crate::value::decref(env);
        f
    });
    crate::value::decref(n);
    r
}

/// The generic method call `recv.name(*args)` (the fallback of the fast
/// entry points below).
pub(crate) fn call_named(recv: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let n = crate::str::str_new(name);
    let mut items = vec![recv, n];
    items.extend_from_slice(args);
    let r = crate::str_methods::call_method(&items);
    crate::value::decref(n);
    r
}

/// `recv.get(key, default)` (`default` unbound when not given): a dict's
/// lookup without dispatching on the method name.
#[no_mangle]
pub extern "C" fn molt_m_get(recv: Value, key: Value, default: Value) -> Value {
    if let Some(d) = crate::dict::as_dict(recv) {
        return ret(match crate::dict::get(d, key) {
            Ok(Some(v)) => {
                crate::value::incref(v);
                Ok(v)
            }
            Ok(None) if default == crate::value::UNBOUND => Ok(crate::value::NONE),
            Ok(None) => {
                crate::value::incref(default);
                Ok(default)
            }
            Err(e) => Err(e),
        });
    }
    if default == crate::value::UNBOUND {
        ret(call_named(recv, "get", &[key]))
    } else {
        ret(call_named(recv, "get", &[key, default]))
    }
}

/// `recv.append(v)`: a list's append without dispatching on the name.
#[no_mangle]
pub extern "C" fn molt_m_append(recv: Value, v: Value) -> Value {
    if let Some(l) = crate::list::as_list(recv) {
        return ret(l.push(v).map(|_| crate::value::NONE));
    }
    ret(call_named(recv, "append", &[v]))
}

/// `recv.add(v)`: a set's add without dispatching on the name.
#[no_mangle]
pub extern "C" fn molt_m_add(recv: Value, v: Value) -> Value {
    if crate::set::is_set(recv) {
        return crate::set::molt_set_add(recv, v);
    }
    ret(call_named(recv, "add", &[v]))
}

/// The items of a list built by the compiler for a starred call.
fn list_items(list: Value) -> PyResult<Vec<Value>> {
    match crate::list::as_list(list) {
        Some(l) => Ok(l.to_vec()),
        None => type_error("internal: starred arguments are not a list"),
    }
}

/// `zip(*args)`: `args` is the list of iterables.
#[no_mangle]
pub extern "C" fn molt_zip_from(args: Value) -> Value {
    let r = list_items(args).and_then(|items| {
        let r = crate::seq::zip(&items);
        items.into_iter().for_each(crate::value::decref);
        r
    });
    ret(r)
}

/// `print(*args, sep=sep, end=end)`: `args` is the list of values.
#[no_mangle]
pub extern "C" fn molt_print_from(args: Value, sep: Value, end: Value) -> Value {
    let r = list_items(args).and_then(|items| {
        let r = crate::builtins::print(&items, sep, end);
        items.into_iter().for_each(crate::value::decref);
        r
    });
    ret(r)
}

/// `print(*args, sep=sep, end=end, file=file, flush=flush)`: `args` is the
/// list of positional arguments; absent keywords are unbound. The file
/// may be None (stdout), `sys.stdout` or `sys.stderr`.
#[no_mangle]
pub extern "C" fn molt_print_to(
    args: Value,
    sep: Value,
    end: Value,
    file: Value,
    flush: Value,
) -> Value {
    let r = list_items(args).and_then(|items| {
        let r = print_to(&items, sep, end, file, flush);
        items.into_iter().for_each(crate::value::decref);
        r
    });
    ret(r)
}

fn print_to(items: &[Value], sep: Value, end: Value, file: Value, flush: Value) -> PyResult<Value> {
    let stream = match crate::sysmod::as_file(file) {
        _ if file == crate::value::UNBOUND || file == crate::value::NONE => 1,
        Some(1) => 1,
        Some(2) => 2,
        Some(_) => return crate::exc::value_error("not writable"),
        None => {
            // CPython checks `sep` and `end` before it looks for `write`.
            crate::builtins::print_with(&[], sep, end, &mut |_| Ok(()))?;
            return crate::exc::raise(
                crate::exc::EXC_ATTRIBUTE_ERROR,
                &format!("'{}' object has no attribute 'write'", type_name(file)),
            );
        }
    };
    let r = if stream == 2 {
        crate::builtins::print_with(items, sep, end, &mut |b| {
            crate::io::write_stderr(&String::from_utf8_lossy(b));
            Ok(())
        })
    } else {
        crate::builtins::print(items, sep, end)
    }?;
    if flush != crate::value::UNBOUND && crate::ops::is_true(flush) && stream == 1 {
        crate::io::flush_stdout_or_raise()?;
    }
    Ok(r)
}

/// `a, *b, c = v` with `before` targets before the star and `after` after
/// it: a tuple of `before` items, the list of the middle ones, `after`
/// items (`before`, `after`: small ints).
#[no_mangle]
pub extern "C" fn molt_unpack_ex(v: Value, before: Value, after: Value) -> Value {
    let (nb, na) = (
        crate::value::small_of(before).max(0) as usize,
        crate::value::small_of(after).max(0) as usize,
    );
    let it = match crate::seq::iter(v) {
        Ok(it) => it,
        Err(_) => {
            crate::exc::molt_err_clear();
            return ret(type_error(&format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            )));
        }
    };
    let mut items = Vec::new();
    let r = loop {
        match crate::seq::iter_next(it) {
            Ok(crate::value::UNBOUND) => break Ok(()),
            Ok(x) => items.push(x),
            Err(e) => break Err(e),
        }
    };
    crate::value::decref(it);
    if let Err(e) = r {
        items.into_iter().for_each(crate::value::decref);
        return ret(Err(e));
    }
    if items.len() < nb + na {
        let got = items.len();
        items.into_iter().for_each(crate::value::decref);
        return ret(raise(
            crate::exc::EXC_VALUE_ERROR,
            &format!(
                "not enough values to unpack (expected at least {}, got {got})",
                nb + na
            ),
        ));
    }
    let tail = items.split_off(items.len() - na);
    let middle = items.split_off(nb);
    let mut out = items;
    out.push(crate::list::list_from_vec(middle));
    out.extend(tail);
    ret(crate::tuple::tuple_from_owned(out))
}
