//! `dict` methods (`molt_call_method` on a dict receiver), `dict(x)`,
//! `update`, `fromkeys` and the `|` / `|=` merge operators, with CPython
//! 3.11's argument checks and messages.

use crate::argcheck::{clinic, no_args, one_arg};
use crate::dict::{self, as_dict, dict_ref, key_error, key_error_msg, new_dict, DictObj, IterKind};
use crate::exc::{raise, ret, type_error, value_error, PyResult, EXC_NOT_IMPLEMENTED_ERROR};
use crate::seq::{iter, iter_next};
use crate::value::{decref, heap_kind, incref, is_heap, type_name, view, Obj, NONE, UNBOUND};
use crate::Value;

/// The AttributeError for a missing method, or NotImplementedError for
/// one CPython has (`dunders`) that Molt does not support.
pub(crate) fn no_method(ty: &str, name: &str, dunders: &[&str]) -> PyResult<Value> {
    if dunders.contains(&name) || (name.starts_with("__") && COMMON_DUNDERS.contains(&name)) {
        return raise(
            EXC_NOT_IMPLEMENTED_ERROR,
            &format!("{ty}.{name}() is not supported by Molt yet"),
        );
    }
    raise(
        crate::exc::EXC_ATTRIBUTE_ERROR,
        &format!("'{ty}' object has no attribute '{name}'"),
    )
}

/// Attributes every builtin type has (from `dir(object)`).
const COMMON_DUNDERS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The rest of `dir(dict)`.
const DICT_DUNDERS: &[&str] = &[
    "__class_getitem__",
    "__ior__",
    "__iter__",
    "__or__",
    "__reversed__",
    "__ror__",
];

/// `d.name(*args)` for a dict receiver.
pub fn dict_method(d: &DictObj, name: &str, args: &[Value]) -> PyResult<Value> {
    match name {
        "get" => {
            clinic("get", args, 1, 2)?;
            let v = dict::get(d, args[0])?.unwrap_or_else(|| args.get(1).copied().unwrap_or(NONE));
            incref(v);
            Ok(v)
        }
        "setdefault" => {
            clinic("setdefault", args, 1, 2)?;
            let h = dict::key_hash(args[0])?;
            let v = match dict::get_known_hash(d, args[0], h)? {
                Some(v) => v,
                None => {
                    let default = args.get(1).copied().unwrap_or(NONE);
                    dict::set_known_hash(d, args[0], h, default)?;
                    default
                }
            };
            incref(v);
            Ok(v)
        }
        "pop" => {
            clinic("pop", args, 1, 2)?;
            let found = if d.is_empty() {
                // CPython answers an empty dict without hashing the key.
                None
            } else {
                let h = dict::key_hash(args[0])?;
                dict::pop(d, args[0], h)?
            };
            match (found, args.get(1)) {
                (Some(v), _) => Ok(v),
                (None, Some(&default)) => {
                    incref(default);
                    Ok(default)
                }
                (None, None) => key_error(args[0]),
            }
        }
        "popitem" => {
            no_args("dict", "popitem", args)?;
            match dict::pop_last(d) {
                Some((k, v)) => crate::tuple::tuple_from_owned(vec![k, v]),
                None => key_error_msg("popitem(): dictionary is empty"),
            }
        }
        "keys" | "values" | "items" => {
            no_args("dict", name, args)?;
            let kind = match name {
                "keys" => IterKind::Keys,
                "values" => IterKind::Values,
                _ => IterKind::Items,
            };
            Ok(crate::dict_view::new_view(d, kind))
        }
        "update" => {
            clinic("update", args, 0, 1)?;
            if let Some(&other) = args.first() {
                update(d, other)?;
            }
            Ok(NONE)
        }
        "copy" => {
            no_args("dict", "copy", args)?;
            dict::copy(d)
        }
        "clear" => {
            no_args("dict", "clear", args)?;
            dict::clear(d);
            Ok(NONE)
        }
        "fromkeys" => {
            clinic("fromkeys", args, 1, 2)?;
            fromkeys(args[0], args.get(1).copied().unwrap_or(NONE))
        }
        "__contains__" => {
            let k = one_arg("dict", "__contains__", args)?;
            dict::contains(d, k).map(crate::value::bool_value)
        }
        "__getitem__" => {
            let k = one_arg("dict", "__getitem__", args)?;
            dict::getitem(d, k)
        }
        "__len__" => {
            no_args("dict", "__len__", args)?;
            Ok(crate::int::int_from_i64(d.len() as i64))
        }
        _ => no_method("dict", name, DICT_DUNDERS),
    }
}

/// `d.update(other)`: a dict's entries, or an iterable of pairs.
pub fn update(d: &DictObj, other: Value) -> PyResult<()> {
    match as_dict(other) {
        Some(o) => dict::merge(d, o),
        None => merge_pairs(d, other),
    }
}

/// The items of one element of a pair sequence (`PySequence_Fast`).
fn pair_items(item: Value, index: usize) -> PyResult<Vec<Value>> {
    let convert_error = |index: usize| -> PyResult<Vec<Value>> {
        type_error(&format!(
            "cannot convert dictionary update sequence element #{index} to a sequence"
        ))
    };
    if let Obj::Tuple(items) = view(item) {
        for &x in items {
            incref(x);
        }
        return Ok(items.to_vec());
    }
    let it = match iter(item) {
        Ok(it) => it,
        Err(e) => {
            if crate::exc::pending_kind() == Some(crate::exc::EXC_TYPE_ERROR) {
                crate::exc::molt_err_clear();
                return convert_error(index);
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    loop {
        match iter_next(it) {
            Ok(UNBOUND) => break,
            Ok(x) => out.push(x),
            Err(e) => {
                decref(it);
                out.into_iter().for_each(decref);
                return Err(e);
            }
        }
    }
    decref(it);
    Ok(out)
}

/// Stores element `index` of a pair sequence (borrowed) into `d`, with
/// CPython's errors for an element that is not a pair.
fn add_pair(d: &DictObj, item: Value, index: usize) -> PyResult<()> {
    let kv = pair_items(item, index)?;
    let r = if kv.len() == 2 {
        dict::set(d, kv[0], kv[1])
    } else {
        value_error(&format!(
            "dictionary update sequence element #{index} has length {}; 2 is required",
            kv.len()
        ))
    };
    kv.into_iter().for_each(decref);
    r
}

/// One item of `dict(<generator expression>)` run as a loop: `item`
/// (borrowed) must be a pair, element number `index` (a small int) in the
/// messages; `d` is the dict being built. Returns None.
#[no_mangle]
pub extern "C" fn molt_dict_add_pair(d: Value, item: Value, index: Value) -> Value {
    let index = usize::try_from(crate::value::small_of(index)).unwrap_or(0);
    ret(match as_dict(d) {
        Some(d) => add_pair(d, item, index).map(|()| NONE),
        None => type_error("dict expected"),
    })
}

/// `d.update(pairs)` for an iterable of 2-item iterables
/// (CPython's `PyDict_MergeFromSeq2`).
fn merge_pairs(d: &DictObj, seq: Value) -> PyResult<()> {
    let it = iter(seq)?;
    let mut index = 0usize;
    let result = loop {
        let item = match iter_next(it) {
            Ok(UNBOUND) => break Ok(()),
            Ok(x) => x,
            Err(e) => break Err(e),
        };
        let r = add_pair(d, item, index);
        decref(item);
        if let Err(e) = r {
            break Err(e);
        }
        index += 1;
    };
    decref(it);
    result
}

/// `dict(x)`: a copy of a dict, or the pairs of an iterable.
pub fn dict_from(x: Value) -> PyResult<Value> {
    let d = new_dict();
    // SAFETY: `d` is a fresh dict.
    match update(unsafe { dict_ref(d) }, x) {
        Ok(()) => Ok(d),
        Err(e) => {
            decref(d);
            Err(e)
        }
    }
}

/// `dict.fromkeys(iterable, value)`.
pub fn fromkeys(iterable: Value, value: Value) -> PyResult<Value> {
    let d = new_dict();
    // SAFETY: `d` is a fresh dict.
    let dd = unsafe { dict_ref(d) };
    let r = (|| -> PyResult<()> {
        if let Some(src) = as_dict(iterable) {
            dict::presize(dd, src.len(), dict::is_unicode(src))?;
            let mut i = 0;
            while i < src.nentries() {
                if let Some(e) = src.entry(i) {
                    dict::set_known_hash(dd, e.key, e.hash, value)?;
                }
                i += 1;
            }
            return Ok(());
        }
        if let Some(src) = crate::set::as_anyset(iterable) {
            dict::presize(dd, src.len(), false)?;
            let mut pos = 0;
            while let Some(e) = src.next_entry(&mut pos) {
                dict::set_known_hash(dd, e.key, e.hash, value)?;
            }
            return Ok(());
        }
        let it = iter(iterable)?;
        let r = loop {
            match iter_next(it) {
                Ok(UNBOUND) => break Ok(()),
                Ok(k) => {
                    let r = dict::set(dd, k, value);
                    decref(k);
                    if let Err(e) = r {
                        break Err(e);
                    }
                }
                Err(e) => break Err(e),
            }
        };
        decref(it);
        r
    })();
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            decref(d);
            Err(e)
        }
    }
}

/// `a | b` for two dicts (`None` when either is not a dict).
pub fn dict_or(a: Value, b: Value) -> Option<PyResult<Value>> {
    let (x, y) = (as_dict(a)?, as_dict(b)?);
    Some(dict::copy(x).and_then(|n| {
        // SAFETY: `n` is a fresh dict.
        match dict::merge(unsafe { dict_ref(n) }, y) {
            Ok(()) => Ok(n),
            Err(e) => {
                decref(n);
                Err(e)
            }
        }
    }))
}

/// `d |= other` (any mapping or iterable of pairs); a new reference to `d`.
pub fn dict_ior(d: &DictObj, other: Value) -> PyResult<Value> {
    update(d, other)?;
    incref(d.value());
    Ok(d.value())
}

/// Is `v` a dict?
pub fn is_dict(v: Value) -> bool {
    is_heap(v) && heap_kind(v) == crate::value::KIND_DICT
}

/// `dict(x)`: a new dict from a mapping or an iterable of pairs
/// (`dict()` when `x` is `UNBOUND`).
#[no_mangle]
pub extern "C" fn molt_dict_from(x: Value) -> Value {
    if x == UNBOUND {
        return new_dict();
    }
    ret(dict_from(x))
}

/// `dict.fromkeys(iterable, value)` (`value` None for the one-argument form).
#[no_mangle]
pub extern "C" fn molt_dict_fromkeys(iterable: Value, value: Value) -> Value {
    let value = if value == UNBOUND { NONE } else { value };
    ret(fromkeys(iterable, value))
}

/// `d.update(other)`; returns None. Also builds `{**other}` displays when
/// the compiler has checked that `other` is a dict (see
/// [`molt_dict_update_display`] for the unchecked form).
#[no_mangle]
pub extern "C" fn molt_dict_update(d: Value, other: Value) -> Value {
    ret(match as_dict(d) {
        Some(x) => update(x, other).map(|()| NONE),
        None => type_error(&format!(
            "descriptor 'update' for 'dict' objects doesn't apply to a '{}' object",
            type_name(d)
        )),
    })
}

/// `{..., **other}` in a dict display: `other` must be a mapping (CPython's
/// `DICT_UPDATE`: `TypeError: 'int' object is not a mapping`). Returns None.
#[no_mangle]
pub extern "C" fn molt_dict_update_display(d: Value, other: Value) -> Value {
    ret(match (as_dict(d), as_dict(other)) {
        (Some(x), Some(o)) => dict::merge(x, o).map(|()| NONE),
        _ => type_error(&format!("'{}' object is not a mapping", type_name(other))),
    })
}
