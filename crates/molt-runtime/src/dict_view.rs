//! Dict views: `d.keys()`, `d.values()`, `d.items()` (CPython's
//! `dict_keys`, `dict_values`, `dict_items`): live, sized, iterable views of
//! a dict. Keys and items views are also set-like: `in`, comparisons with
//! sets and views, `& | - ^` producing sets, and `isdisjoint`.

use crate::argcheck::one_arg;
use crate::dict::{self, dict_ref, DictIter, DictObj, IterKind};
use crate::dict_methods::no_method;
use crate::exc::PyResult;
use crate::ops::{eq_identity, BinOp, CmpOp};
use crate::set::{self, as_anyset, set_ref, SetObj};
use crate::value::{
    alloc_boxed, bool_value, decref, incref, view, Obj, ObjHeader, TypeInfo, KIND_DICT_VIEW,
    UNBOUND,
};
use crate::Value;

/// A view object: the dict it shows (owned) and what it shows.
#[repr(C)]
pub struct DictViewObj {
    /// Common header.
    pub header: ObjHeader,
    /// The dict (owned reference).
    pub dict: Value,
    /// Keys, values or items.
    pub kind: IterKind,
}

impl DictViewObj {
    /// The Python type name: `dict_keys`, `dict_values` or `dict_items`.
    pub fn type_name(&self) -> &'static str {
        // SAFETY: a live view (borrowed); its `ty` is one of DICT_VIEW_TYPES.
        unsafe { (*self.header.ty).name }
    }

    /// Keys and items views are set-like (and unhashable); values views are not.
    pub fn is_setlike(&self) -> bool {
        self.kind != IterKind::Values
    }

    /// The viewed dict.
    pub fn dict(&self) -> &DictObj {
        // SAFETY: the view owns a reference to its dict.
        unsafe { dict_ref(self.dict) }
    }

    /// The view as a value.
    pub fn value(&self) -> Value {
        self as *const DictViewObj as Value
    }
}

unsafe fn dealloc_view(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<DictViewObj>` and is dead.
    let v = unsafe { Box::from_raw(h as *mut DictViewObj) };
    decref(v.dict);
}

/// Type records of dict views: `dict_keys`, `dict_values`, `dict_items`
/// (the view's `kind` field tells which too).
pub static DICT_VIEW_TYPES: [TypeInfo; 3] = [
    TypeInfo::builtin(KIND_DICT_VIEW, "dict_keys", dealloc_view)
        .with_slots(crate::slots::DICT_VIEW),
    TypeInfo::builtin(KIND_DICT_VIEW, "dict_values", dealloc_view)
        .with_slots(crate::slots::DICT_VIEW),
    TypeInfo::builtin(KIND_DICT_VIEW, "dict_items", dealloc_view)
        .with_slots(crate::slots::DICT_VIEW),
];

/// A new view of `d`.
pub fn new_view(d: &DictObj, kind: IterKind) -> Value {
    incref(d.value());
    alloc_boxed(DictViewObj {
        header: ObjHeader {
            refcnt: 1,
            ty: &DICT_VIEW_TYPES[match kind {
                IterKind::Keys => 0,
                IterKind::Values => 1,
                IterKind::Items => 2,
            }],
        },
        dict: d.value(),
        kind,
    })
}

/// `v` as a view, if it is one.
pub fn as_view<'a>(v: Value) -> Option<&'a DictViewObj> {
    match view(v) {
        Obj::DictView(dv) => Some(dv),
        _ => None,
    }
}

/// `v` as a keys or items view (`PyDictViewSet_Check`).
fn as_setlike_view<'a>(v: Value) -> Option<&'a DictViewObj> {
    as_view(v).filter(|dv| dv.is_setlike())
}

/// An iterator over the view.
pub fn iter(dv: &DictViewObj) -> DictIter {
    DictIter::new(dv.dict(), dv.kind)
}

/// `x in view`.
pub fn contains(dv: &DictViewObj, x: Value) -> PyResult<bool> {
    match dv.kind {
        IterKind::Keys => dict::contains(dv.dict(), x),
        IterKind::Items => {
            let Obj::Tuple(&[k, v]) = view(x) else {
                return Ok(false);
            };
            let Some(found) = dict::get(dv.dict(), k)? else {
                return Ok(false);
            };
            incref(found);
            let r = eq_identity(found, v);
            decref(found);
            r
        }
        IterKind::Values => {
            // No `__contains__`: a linear search through iteration.
            let mut it = iter(dv);
            loop {
                let item = it.next_item()?;
                if item == UNBOUND {
                    return Ok(false);
                }
                let r = eq_identity(item, x);
                decref(item);
                if r? {
                    return Ok(true);
                }
            }
        }
    }
}

/// Appends `repr(view)`: `dict_keys(['a'])`, or `...` inside itself.
pub fn repr_into(dv: &DictViewObj, out: &mut String) -> PyResult<()> {
    let Some(_guard) = crate::recursion::ReprGuard::enter(dv.value()) else {
        out.push_str("...");
        return Ok(());
    };
    // The view's repr, then its list's.
    let _depth = crate::recursion::enter_n(
        2,
        crate::recursion::MAX_DEPTH,
        " while getting the repr of an object",
    )?;
    let items = collect(dv)?;
    out.push_str(dv.type_name());
    out.push_str("([");
    let mut r = Ok(());
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        r = crate::builtins::repr_into(x, out);
        if r.is_err() {
            break;
        }
    }
    items.into_iter().for_each(decref);
    r?;
    out.push_str("])");
    Ok(())
}

/// The view's items as new references.
fn collect(dv: &DictViewObj) -> PyResult<Vec<Value>> {
    let mut it = iter(dv);
    let mut out = Vec::with_capacity(dv.dict().len());
    loop {
        match it.next_item() {
            Ok(UNBOUND) => return Ok(out),
            Ok(x) => out.push(x),
            Err(e) => {
                out.into_iter().for_each(decref);
                return Err(e);
            }
        }
    }
}

/// `len()` of a set or a view (`PyObject_Size` for the comparison operands).
fn size(v: Value) -> usize {
    match view(v) {
        Obj::Set(s) | Obj::FrozenSet(s) => s.len(),
        Obj::DictView(dv) => dv.dict().len(),
        _ => 0,
    }
}

/// `x in v` for a set or a view.
fn member(v: Value, x: Value) -> PyResult<bool> {
    match view(v) {
        Obj::Set(s) | Obj::FrozenSet(s) => crate::set_ops::contains(s, x),
        Obj::DictView(dv) => contains(dv, x),
        _ => Ok(false),
    }
}

/// `all_contained_in`: is every item of `a` in `b`?
fn all_contained_in(a: Value, b: Value) -> PyResult<bool> {
    let mut all = true;
    set::for_each(a, |x| {
        all = member(b, x)?;
        Ok(all)
    })?;
    Ok(all)
}

/// `a <op> b` where `a` or `b` is a view: `dictview_richcompare` when one
/// side is a keys or items view and the other a set or such a view, else
/// identity for `==`/`!=` and a TypeError for orderings.
pub fn compare(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    match setlike_compare(op, a, b) {
        Some(r) => r,
        None => match op {
            CmpOp::Eq => Ok(a == b),
            CmpOp::Ne => Ok(a != b),
            _ => crate::exc::type_error(&format!(
                "'{}' not supported between instances of '{}' and '{}'",
                match op {
                    CmpOp::Lt => "<",
                    CmpOp::Le => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                },
                crate::value::type_name(a),
                crate::value::type_name(b)
            )),
        },
    }
}

/// `dictview_richcompare`, or `None` when it returns NotImplemented both ways.
fn setlike_compare(op: CmpOp, a: Value, b: Value) -> Option<PyResult<bool>> {
    // A set on the left defers to the view on the right (reflected).
    let (op, a, b) = if as_setlike_view(a).is_some() {
        (op, a, b)
    } else if as_setlike_view(b).is_some() && as_anyset(a).is_some() {
        let swapped = match op {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            o => o,
        };
        (swapped, b, a)
    } else {
        return None;
    };
    if as_anyset(b).is_none() && as_setlike_view(b).is_none() {
        return None;
    }
    let (la, lb) = (size(a), size(b));
    Some((|| match op {
        CmpOp::Eq => Ok(la == lb && all_contained_in(a, b)?),
        CmpOp::Ne => Ok(!(la == lb && all_contained_in(a, b)?)),
        CmpOp::Lt => Ok(la < lb && all_contained_in(a, b)?),
        CmpOp::Le => Ok(la <= lb && all_contained_in(a, b)?),
        CmpOp::Gt => Ok(la > lb && all_contained_in(b, a)?),
        CmpOp::Ge => Ok(la >= lb && all_contained_in(b, a)?),
    })())
}

/// `dictviews_to_set`: a new set from `v` (a keys view passes its dict,
/// which takes the set constructor's dict fast path).
fn to_set(v: Value) -> PyResult<Value> {
    let src = match as_view(v) {
        Some(dv) if dv.kind == IterKind::Keys => dv.dict,
        _ => v,
    };
    set::make_new_set(false, src)
}

/// Runs `f` on a new set `s` (consumed on error).
fn with_set(s: Value, f: impl FnOnce(&SetObj) -> PyResult<()>) -> PyResult<Value> {
    // SAFETY: `s` is a live set we own.
    match f(unsafe { set_ref(s) }) {
        Ok(()) => Ok(s),
        Err(e) => {
            decref(s);
            Err(e)
        }
    }
}

/// `_PyDictView_Intersect`.
fn intersect(a: Value, b: Value) -> PyResult<Value> {
    // The view may be on either side.
    let (mut this, mut other) = if as_setlike_view(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let len_self = size(this);
    if crate::set::is_set(other) && len_self <= size(other) {
        // SAFETY: `other` is a live set.
        return crate::set_ops::intersection_multi(unsafe { set_ref(other) }, &[this]);
    }
    if as_setlike_view(other).is_some() && size(other) > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let Some(dv) = as_setlike_view(this) else {
        return crate::exc::type_error("dict view expected");
    };
    let result = set::new_set(false);
    with_set(result, |r| {
        set::for_each(other, |k| {
            if contains(dv, k)? {
                set::add_key(r, k)?;
            }
            Ok(true)
        })
    })
}

/// `dictitems_xor`: the symmetric difference of two items views.
fn items_xor(a: &DictViewObj, b: &DictViewObj) -> PyResult<Value> {
    let temp = dict::copy(a.dict())?;
    // SAFETY: `temp` is a fresh dict we own.
    let t = unsafe { dict_ref(temp) };
    let result = set::new_set(false);
    let r = with_set(result, |r| {
        for (k, v2) in dict::items_owned(b.dict()) {
            let step = (|| -> PyResult<()> {
                let h = dict::key_hash(k)?;
                let to_delete = match dict::get_known_hash(t, k, h)? {
                    Some(v1) => {
                        incref(v1);
                        let eq = eq_identity(v1, v2);
                        decref(v1);
                        eq?
                    }
                    None => false,
                };
                if to_delete {
                    if let Some(old) = dict::pop(t, k, h)? {
                        decref(old);
                    }
                } else {
                    let pair = crate::tuple::tuple_from_borrowed(&[k, v2])?;
                    let added = set::add_key(r, pair);
                    decref(pair);
                    added?;
                }
                Ok(())
            })();
            decref(k);
            decref(v2);
            step?;
        }
        let remaining = new_view(t, IterKind::Items);
        let u = set::update(r, remaining);
        decref(remaining);
        u
    });
    decref(temp);
    r
}

/// `a <op> b` where `a` or `b` is a keys or items view (CPython calls the
/// view's slot with the operands in their original order); `None` when
/// neither is such a view.
pub fn view_binop(op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    if as_setlike_view(a).is_none() && as_setlike_view(b).is_none() {
        return None;
    }
    Some(match op {
        BinOp::BitAnd => intersect(a, b),
        BinOp::BitOr => to_set(a).and_then(|s| with_set(s, |r| set::update(r, b))),
        BinOp::Sub => to_set(a)
            .and_then(|s| with_set(s, |r| crate::set_ops::difference_update_multi(r, &[b]))),
        _ => match (as_view(a), as_view(b)) {
            (Some(x), Some(y)) if x.kind == IterKind::Items && y.kind == IterKind::Items => {
                items_xor(x, y)
            }
            _ => to_set(a)
                .and_then(|s| with_set(s, |r| crate::set_ops::symmetric_difference_update(r, b))),
        },
    })
}

/// `view.isdisjoint(other)` (`dictviews_isdisjoint`).
fn isdisjoint(dv: &DictViewObj, other: Value) -> PyResult<bool> {
    let this = dv.value();
    if other == this {
        return Ok(dv.dict().is_empty());
    }
    // Iterate the shorter side when the other is a set or a view.
    let (this, other) = if (as_anyset(other).is_some() || as_setlike_view(other).is_some())
        && size(other) > size(this)
    {
        (other, this)
    } else {
        (this, other)
    };
    let mut disjoint = true;
    set::for_each(other, |x| {
        disjoint = !member(this, x)?;
        Ok(disjoint)
    })?;
    Ok(disjoint)
}

const VIEW_DUNDERS: &[&str] = &[
    "__and__",
    "__contains__",
    "__iter__",
    "__len__",
    "__or__",
    "__rand__",
    "__reversed__",
    "__ror__",
    "__rsub__",
    "__rxor__",
    "__sub__",
    "__xor__",
    "mapping",
];

/// `view.name(*args)`.
pub fn view_method(dv: &DictViewObj, name: &str, args: &[Value]) -> PyResult<Value> {
    match name {
        "isdisjoint" if dv.is_setlike() => {
            let o = one_arg(dv.type_name(), name, args)?;
            isdisjoint(dv, o).map(bool_value)
        }
        _ => no_method(dv.type_name(), name, VIEW_DUNDERS),
    }
}
