//! Set algebra, comparisons, membership and methods of `set` and
//! `frozenset`, following `Objects/setobject.c` (3.11) step by step: which
//! operand is walked, in what order results are built, and when a table is
//! resized decide the layout, hence the iteration order, of every result.

use crate::argcheck::{no_args, one_arg};
use crate::dict::{self, as_dict};
use crate::dict_methods::no_method;
use crate::exc::{PyResult, EXC_TYPE_ERROR};
use crate::ops::{BinOp, CmpOp};
use crate::set::{
    add_entry, add_key, as_anyset, clear, contains_entry, contains_key, copy, discard_entry,
    discard_key, for_each, is_set, make_new_set, merge, new_set, pop, set_ref, swap_bodies,
    table_resize, update, SetObj,
};
use crate::value::{bool_value, decref, incref, NONE};
use crate::Value;

/// Runs `f` on a set `s` (a new reference, consumed); releases `s` on error.
fn building(s: Value, f: impl FnOnce(&SetObj) -> PyResult<()>) -> PyResult<Value> {
    // SAFETY: callers pass a live set they own.
    match f(unsafe { set_ref(s) }) {
        Ok(()) => Ok(s),
        Err(e) => {
            decref(s);
            Err(e)
        }
    }
}

/// `set_intersection`: a new set (of `so`'s kind) of the common elements.
pub fn intersection(so: &SetObj, other: Value) -> PyResult<Value> {
    if other == so.value() {
        return copy(so);
    }
    let result = new_set(so.is_frozen());
    if let Some(o) = as_anyset(other) {
        // Walk the smaller set, probe the larger.
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        return building(result, |r| {
            let mut pos = 0;
            while let Some(e) = small.next_entry(&mut pos) {
                incref(e.key);
                let x = contains_entry(big, e.key, e.hash).and_then(|found| {
                    if found {
                        add_entry(r, e.key, e.hash)
                    } else {
                        Ok(())
                    }
                });
                decref(e.key);
                x?;
            }
            Ok(())
        });
    }
    building(result, |r| {
        for_each(other, |k| {
            let h = dict::key_hash(k)?;
            if contains_entry(so, k, h)? {
                add_entry(r, k, h)?;
                // Once every element of `so` is in, nothing can be added.
                if r.len() >= so.len() {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    })
}

/// `set.intersection(*others)`.
pub fn intersection_multi(so: &SetObj, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy(so);
    }
    incref(so.value());
    let mut result = so.value();
    for &o in others {
        // SAFETY: `result` is a live set we own.
        let next = intersection(unsafe { set_ref(result) }, o);
        decref(result);
        result = next?;
    }
    Ok(result)
}

/// `set.intersection_update(*others)`.
pub fn intersection_update_multi(so: &SetObj, others: &[Value]) -> PyResult<()> {
    let tmp = intersection_multi(so, others)?;
    // SAFETY: `tmp` is a live set we own.
    swap_bodies(so, unsafe { set_ref(tmp) });
    decref(tmp);
    Ok(())
}

/// `set.isdisjoint(other)`.
pub fn isdisjoint(so: &SetObj, other: Value) -> PyResult<bool> {
    if other == so.value() {
        return Ok(so.is_empty());
    }
    if let Some(o) = as_anyset(other) {
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        let mut pos = 0;
        while let Some(e) = small.next_entry(&mut pos) {
            incref(e.key);
            let r = contains_entry(big, e.key, e.hash);
            decref(e.key);
            if r? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let mut disjoint = true;
    for_each(other, |k| {
        disjoint = !contains_key(so, k)?;
        Ok(disjoint)
    })?;
    Ok(disjoint)
}

/// `set_difference_update_internal`: removes the elements of `other`.
pub fn difference_update(so: &SetObj, other: Value) -> PyResult<()> {
    if other == so.value() {
        clear(so);
        return Ok(());
    }
    if let Some(o) = as_anyset(other) {
        // When the other set is much larger, walk the intersection instead.
        let walk = if (o.len() >> 3) > so.len() {
            intersection(so, other)?
        } else {
            incref(other);
            other
        };
        // SAFETY: `walk` is a live set we own.
        let w = unsafe { set_ref(walk) };
        let mut pos = 0;
        let mut r = Ok(());
        while let Some(e) = w.next_entry(&mut pos) {
            incref(e.key);
            r = discard_entry(so, e.key, e.hash).map(|_| ());
            decref(e.key);
            if r.is_err() {
                break;
            }
        }
        decref(walk);
        r?;
    } else {
        for_each(other, |k| discard_key(so, k).map(|_| true))?;
    }
    // If more than 1/4th are dummies, resize them away.
    // SAFETY: plain reads.
    let (fill, used, mask) = unsafe {
        let t = so.table();
        (t.fill, t.used, t.mask)
    };
    if fill - used <= mask / 4 {
        return Ok(());
    }
    table_resize(so, if used > 50000 { used * 2 } else { used * 4 })
}

/// `set.difference_update(*others)`.
pub fn difference_update_multi(so: &SetObj, others: &[Value]) -> PyResult<()> {
    for &o in others {
        difference_update(so, o)?;
    }
    Ok(())
}

/// `set_copy_and_difference`.
fn copy_and_difference(so: &SetObj, other: Value) -> PyResult<Value> {
    let result = copy(so)?;
    building(result, |r| difference_update(r, other))
}

/// `set_difference`: a new set of the elements of `so` not in `other`.
pub fn difference(so: &SetObj, other: Value) -> PyResult<Value> {
    let other_size = if let Some(o) = as_anyset(other) {
        o.len()
    } else if let Some(d) = as_dict(other) {
        d.len()
    } else {
        return copy_and_difference(so, other);
    };
    // When `so` is much larger, copy it and remove the common elements.
    if (so.len() >> 2) > other_size {
        return copy_and_difference(so, other);
    }
    let result = new_set(so.is_frozen());
    building(result, |r| {
        let mut pos = 0;
        while let Some(e) = so.next_entry(&mut pos) {
            incref(e.key);
            let found = match (as_dict(other), as_anyset(other)) {
                (Some(d), _) => dict::lookup(d, e.key, e.hash).map(|x| x.is_some()),
                (_, Some(o)) => contains_entry(o, e.key, e.hash),
                _ => Ok(true),
            };
            let x = found.and_then(|f| {
                if f {
                    Ok(())
                } else {
                    add_entry(r, e.key, e.hash)
                }
            });
            decref(e.key);
            x?;
        }
        Ok(())
    })
}

/// `set.difference(*others)`.
pub fn difference_multi(so: &SetObj, others: &[Value]) -> PyResult<Value> {
    let Some((&first, rest)) = others.split_first() else {
        return copy(so);
    };
    let result = difference(so, first)?;
    building(result, |r| difference_update_multi(r, rest))
}

/// Removes the elements present in both and adds the others, walking
/// `other`'s entries with their hashes.
fn symmetric_update_entries(so: &SetObj, entries: &[(Value, i64)]) -> PyResult<()> {
    for &(k, h) in entries {
        if !discard_entry(so, k, h)? {
            add_entry(so, k, h)?;
        }
    }
    Ok(())
}

/// `set.symmetric_difference_update(other)`.
pub fn symmetric_difference_update(so: &SetObj, other: Value) -> PyResult<()> {
    if other == so.value() {
        clear(so);
        return Ok(());
    }
    if let Some(d) = as_dict(other) {
        let mut i = 0;
        while i < d.nentries() {
            if let Some(e) = d.entry(i) {
                incref(e.key);
                let r = symmetric_update_entries(so, &[(e.key, e.hash)]);
                decref(e.key);
                r?;
            }
            i += 1;
        }
        return Ok(());
    }
    let otherset = if as_anyset(other).is_some() {
        incref(other);
        other
    } else {
        make_new_set(so.is_frozen(), other)?
    };
    // SAFETY: `otherset` is a live set we own.
    let o = unsafe { set_ref(otherset) };
    let mut pos = 0;
    let mut r = Ok(());
    while let Some(e) = o.next_entry(&mut pos) {
        incref(e.key);
        r = symmetric_update_entries(so, &[(e.key, e.hash)]);
        decref(e.key);
        if r.is_err() {
            break;
        }
    }
    decref(otherset);
    r
}

/// `set.symmetric_difference(other)`: `set(other)` (of `so`'s kind), then
/// updated with `so`.
pub fn symmetric_difference(so: &SetObj, other: Value) -> PyResult<Value> {
    let result = make_new_set(so.is_frozen(), other)?;
    building(result, |r| symmetric_difference_update(r, so.value()))
}

/// `set.union(*others)`.
pub fn union_multi(so: &SetObj, others: &[Value]) -> PyResult<Value> {
    let result = copy(so)?;
    building(result, |r| {
        for &o in others {
            if o != so.value() {
                update(r, o)?;
            }
        }
        Ok(())
    })
}

/// `set.issubset(other)`.
pub fn issubset(so: &SetObj, other: Value) -> PyResult<bool> {
    let Some(o) = as_anyset(other) else {
        let tmp = make_new_set(false, other)?;
        let r = issubset(so, tmp);
        decref(tmp);
        return r;
    };
    if so.len() > o.len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some(e) = so.next_entry(&mut pos) {
        incref(e.key);
        let r = contains_entry(o, e.key, e.hash);
        decref(e.key);
        if !r? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set.issuperset(other)`.
pub fn issuperset(so: &SetObj, other: Value) -> PyResult<bool> {
    if let Some(o) = as_anyset(other) {
        return issubset(o, so.value());
    }
    let mut all = true;
    for_each(other, |k| {
        all = contains_key(so, k)?;
        Ok(all)
    })?;
    Ok(all)
}

/// `set_richcompare` for two sets or frozensets.
pub fn compare(op: CmpOp, a: &SetObj, b: &SetObj) -> PyResult<bool> {
    match op {
        CmpOp::Eq | CmpOp::Ne => {
            // SAFETY: plain reads of the cached hashes.
            let (ha, hb) = unsafe { (a.table().hash, b.table().hash) };
            let eq = if a.len() != b.len() || (ha != -1 && hb != -1 && ha != hb) {
                false
            } else {
                issubset(a, b.value())?
            };
            Ok(eq == (op == CmpOp::Eq))
        }
        CmpOp::Le => issubset(a, b.value()),
        CmpOp::Ge => issuperset(a, b.value()),
        CmpOp::Lt => Ok(a.len() < b.len() && issubset(a, b.value())?),
        CmpOp::Gt => Ok(a.len() > b.len() && issuperset(a, b.value())?),
    }
}

/// `key in so`; an unhashable set key is retried as a frozenset (CPython's
/// `set_contains`).
pub fn contains(so: &SetObj, key: Value) -> PyResult<bool> {
    with_frozen_retry(key, |k| contains_key(so, k))
}

/// Runs `f(key)`; if that raises TypeError for a (mutable) set key, runs it
/// again on `frozenset(key)`.
fn with_frozen_retry<T>(key: Value, f: impl Fn(Value) -> PyResult<T>) -> PyResult<T> {
    match f(key) {
        Err(e) => {
            if !is_set(key) || crate::exc::pending_kind() != Some(EXC_TYPE_ERROR) {
                return Err(e);
            }
            crate::exc::molt_err_clear();
            let tmp = make_new_set(true, key)?;
            let r = f(tmp);
            decref(tmp);
            r
        }
        ok => ok,
    }
}

const SET_DUNDERS: &[&str] = &[
    "__and__",
    "__class_getitem__",
    "__iand__",
    "__ior__",
    "__isub__",
    "__iter__",
    "__ixor__",
    "__or__",
    "__rand__",
    "__ror__",
    "__rsub__",
    "__rxor__",
    "__sub__",
    "__xor__",
];

/// `s.name(*args)` for a set or frozenset receiver.
pub fn set_method(so: &SetObj, name: &str, args: &[Value]) -> PyResult<Value> {
    let ty = if so.is_frozen() { "frozenset" } else { "set" };
    // Methods of both kinds.
    match name {
        "copy" => {
            no_args(ty, "copy", args)?;
            if so.is_frozen() {
                incref(so.value());
                return Ok(so.value());
            }
            return copy(so);
        }
        "union" => return union_multi(so, args),
        "intersection" => return intersection_multi(so, args),
        "difference" => return difference_multi(so, args),
        "symmetric_difference" => {
            let o = one_arg(ty, name, args)?;
            return symmetric_difference(so, o);
        }
        "isdisjoint" => return isdisjoint(so, one_arg(ty, name, args)?).map(bool_value),
        "issubset" => return issubset(so, one_arg(ty, name, args)?).map(bool_value),
        "issuperset" => return issuperset(so, one_arg(ty, name, args)?).map(bool_value),
        "__contains__" => return contains(so, one_arg(ty, name, args)?).map(bool_value),
        "__len__" => {
            no_args(ty, name, args)?;
            return Ok(crate::int::int_from_i64(so.len() as i64));
        }
        _ => {}
    }
    if so.is_frozen() {
        return no_method(ty, name, SET_DUNDERS);
    }
    match name {
        "add" => add_key(so, one_arg(ty, name, args)?).map(|()| NONE),
        "remove" => {
            let k = one_arg(ty, name, args)?;
            if with_frozen_retry(k, |x| discard_key(so, x))? {
                Ok(NONE)
            } else {
                dict::key_error(k)
            }
        }
        "discard" => {
            let k = one_arg(ty, name, args)?;
            with_frozen_retry(k, |x| discard_key(so, x)).map(|_| NONE)
        }
        "pop" => {
            no_args(ty, name, args)?;
            pop(so)
        }
        "clear" => {
            no_args(ty, name, args)?;
            clear(so);
            Ok(NONE)
        }
        "update" => {
            for &o in args {
                update(so, o)?;
            }
            Ok(NONE)
        }
        "intersection_update" => intersection_update_multi(so, args).map(|()| NONE),
        "difference_update" => difference_update_multi(so, args).map(|()| NONE),
        "symmetric_difference_update" => {
            symmetric_difference_update(so, one_arg(ty, name, args)?).map(|()| NONE)
        }
        _ => no_method(ty, name, SET_DUNDERS),
    }
}

/// `a <op> b` when both are sets or frozensets (the result has `a`'s kind).
fn set_binop(op: BinOp, a: &SetObj, b: &SetObj) -> PyResult<Value> {
    match op {
        BinOp::BitOr => {
            let result = copy(a)?;
            if b.value() == a.value() {
                return Ok(result);
            }
            building(result, |r| merge(r, b))
        }
        BinOp::BitAnd => intersection(a, b.value()),
        BinOp::Sub => difference(a, b.value()),
        _ => symmetric_difference(a, b.value()),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets, dicts and dict views;
/// `None` when no operand supports the operator (the caller raises the
/// usual "unsupported operand type(s)" TypeError).
pub fn binop(op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) {
        return None;
    }
    if let (Some(x), Some(y)) = (as_anyset(a), as_anyset(b)) {
        return Some(set_binop(op, x, y));
    }
    if op == BinOp::BitOr {
        if let Some(r) = crate::dict_methods::dict_or(a, b) {
            return Some(r);
        }
    }
    crate::dict_view::view_binop(op, a, b)
}

/// `a <op>= b`: sets (not frozensets) and dicts update in place and return
/// a new reference to `a`; anything else falls back to `a <op> b`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if is_set(a) && as_anyset(b).is_some() {
        // SAFETY: `a` is a live set.
        let so = unsafe { set_ref(a) };
        match op {
            BinOp::BitOr => update(so, b)?,
            BinOp::BitAnd => {
                let tmp = intersection(so, b)?;
                // SAFETY: `tmp` is a live set we own.
                swap_bodies(so, unsafe { set_ref(tmp) });
                decref(tmp);
            }
            BinOp::Sub => difference_update(so, b)?,
            _ => symmetric_difference_update(so, b)?,
        }
        incref(a);
        return Ok(a);
    }
    if op == BinOp::BitOr {
        if let Some(d) = as_dict(a) {
            return crate::dict_methods::dict_ior(d, b);
        }
    }
    if let Some(r) = binop(op, a, b) {
        return r;
    }
    // What remains are the numeric forms (`n |= 1`, `x -= 0.5`); anything
    // else is CPython's TypeError naming the augmented operator.
    let numeric = |v: Value| {
        crate::int::as_int(v).is_some()
            || (op == BinOp::Sub && matches!(crate::value::view(v), crate::value::Obj::Float(_)))
    };
    if numeric(a) && numeric(b) {
        return crate::ops::binop(op, a, b);
    }
    crate::exc::type_error(&format!(
        "unsupported operand type(s) for {}=: '{}' and '{}'",
        match op {
            BinOp::BitOr => "|",
            BinOp::BitAnd => "&",
            BinOp::Sub => "-",
            _ => "^",
        },
        crate::value::type_name(a),
        crate::value::type_name(b)
    ))
}
