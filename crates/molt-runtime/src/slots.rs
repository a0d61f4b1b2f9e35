//! Type slots: the operations a type record carries, and the slot tables
//! of the builtin types.
//!
//! A generic entry point (`repr(v)`, `len(v)`) finds `v`'s record with
//! [`type_of`](crate::value::type_of) and calls the record's slot; an empty
//! slot means the type lacks the operation, and the entry point raises
//! CPython's TypeError. A user class's record will carry slots that call
//! its dunder methods, so the same entry points serve it unchanged.
//!
//! Adding a builtin type: give its record (`TypeInfo::builtin(..)`) a
//! table from here with `.with_slots(..)`, each slot a small adapter over
//! the type's own functions. Slots not wired yet are `None` and the
//! generic entry points still handle those operations by matching on the
//! value (`value::view`); they move here one operation at a time.

use crate::exc::PyResult;
use crate::value::{view, Obj};
use crate::Value;

/// `repr`/`str` into a buffer.
pub type ReprSlot = fn(Value, &mut String) -> PyResult<()>;
/// `next(v)`: `Ok(None)` when exhausted.
pub type NextSlot = fn(Value) -> PyResult<Option<Value>>;
/// `v[key] = x`.
pub type SetItemSlot = fn(Value, Value, Value) -> PyResult<()>;
/// `v.name = x`.
pub type SetAttrSlot = fn(Value, &str, Value) -> PyResult<()>;
/// `v(*args)`.
pub type CallSlot = fn(Value, &[Value]) -> PyResult<Value>;

/// A type's operations (CPython's `tp_*` slots). Every slot takes the
/// receiver borrowed; results are new references.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Slots {
    /// Appends `repr(v)`.
    pub repr: Option<ReprSlot>,
    /// Appends `str(v)` (`None`: the same as `repr`).
    pub str: Option<ReprSlot>,
    /// `hash(v)` (`None`: unhashable).
    pub hash: Option<fn(Value) -> PyResult<i64>>,
    /// `len(v)` (`None`: TypeError "object of type ... has no len()").
    pub len: Option<fn(Value) -> PyResult<usize>>,
    /// The truth value (`None`: true, or `len` when the type has one).
    pub truth: Option<fn(Value) -> PyResult<bool>>,
    /// `iter(v)`.
    pub iter: Option<fn(Value) -> PyResult<Value>>,
    /// `next(v)`: `Ok(None)` when exhausted.
    pub next: Option<NextSlot>,
    /// `v[key]`.
    pub getitem: Option<fn(Value, Value) -> PyResult<Value>>,
    /// `v[key] = x`.
    pub setitem: Option<SetItemSlot>,
    /// `del v[key]`.
    pub delitem: Option<fn(Value, Value) -> PyResult<()>>,
    /// `x in v`.
    pub contains: Option<fn(Value, Value) -> PyResult<bool>>,
    /// `v.name`.
    pub getattr: Option<fn(Value, &str) -> PyResult<Value>>,
    /// `v.name = x`.
    pub setattr: Option<SetAttrSlot>,
    /// `v(*args)`.
    pub call: Option<CallSlot>,
}

impl Slots {
    /// No slots filled.
    pub const NONE: Slots = Slots {
        repr: None,
        str: None,
        hash: None,
        len: None,
        truth: None,
        iter: None,
        next: None,
        getitem: None,
        setitem: None,
        delitem: None,
        contains: None,
        getattr: None,
        setattr: None,
        call: None,
    };
}

/// The slot `pick` of `v`'s type, inherited from the nearest base that
/// fills it (as CPython's types inherit slots from their bases).
pub fn lookup<T>(v: Value, pick: impl Fn(&Slots) -> Option<T>) -> Option<T> {
    let mut t = Some(crate::value::type_of(v));
    while let Some(ty) = t {
        if let Some(f) = pick(&ty.slots) {
            return Some(f);
        }
        t = ty.base;
    }
    None
}

/// The `hash` slot of unhashable types (CPython's `PyObject_HashNotImplemented`).
fn unhashable(v: Value) -> PyResult<i64> {
    crate::hash::unhashable(v)
}

fn push(out: &mut String, s: &str) -> PyResult<()> {
    out.push_str(s);
    Ok(())
}

/// Slots of `NoneType`.
pub const NONE_TYPE: Slots = Slots {
    truth: Some(|_| Ok(false)),
    repr: Some(|_, out| push(out, "None")),
    ..Slots::NONE
};

/// Slots of `bool`.
pub const BOOL: Slots = Slots {
    truth: Some(|v| Ok(v == crate::value::TRUE)),
    hash: Some(|v| Ok(i64::from(v == crate::value::TRUE))),
    repr: Some(|v, out| {
        push(
            out,
            if v == crate::value::TRUE {
                "True"
            } else {
                "False"
            },
        )
    }),
    ..Slots::NONE
};

/// Slots of `int` (small and big).
pub const INT: Slots = Slots {
    truth: Some(|v| Ok(!matches!(view(v), Obj::Int(0)))),
    hash: Some(|v| {
        Ok(match view(v) {
            Obj::Int(i) => crate::hash::hash_i64(i),
            Obj::BigInt(b) => crate::hash::hash_bigint(b),
            _ => 0,
        })
    }),
    repr: Some(|v, out| match view(v) {
        Obj::Int(i) => push(out, &i.to_string()),
        Obj::BigInt(b) => push(out, &crate::int::to_decimal(crate::int::IntRef::Big(b))?),
        _ => Ok(()),
    }),
    ..Slots::NONE
};

/// Slots of `float`.
pub const FLOAT: Slots = Slots {
    truth: Some(|v| Ok(!matches!(view(v), Obj::Float(x) if x == 0.0))),
    hash: Some(|v| match view(v) {
        Obj::Float(x) => Ok(crate::hash::hash_f64(x, v)),
        _ => Ok(0),
    }),
    repr: Some(|v, out| match view(v) {
        Obj::Float(x) => push(out, &crate::float::float_repr(x)),
        _ => Ok(()),
    }),
    ..Slots::NONE
};

/// Slots of `str`.
pub const STR: Slots = Slots {
    str: Some(|v, out| match view(v) {
        Obj::Str(s) => push(out, s),
        _ => Ok(()),
    }),
    hash: Some(|v| Ok(crate::hash::hash_str(v))),
    repr: Some(|v, out| match view(v) {
        Obj::Str(s) => push(out, &crate::str::str_repr(s)),
        _ => Ok(()),
    }),
    // SAFETY: the slot is only called with a live str.
    len: Some(|v| Ok(unsafe { crate::str::str_nchars(v) })),
    ..Slots::NONE
};

/// Slots of `tuple`.
pub const TUPLE: Slots = Slots {
    hash: Some(|v| match view(v) {
        Obj::Tuple(items) => crate::hash::hash_tuple(items),
        _ => Ok(0),
    }),
    repr: Some(|v, out| {
        let Obj::Tuple(items) = view(v) else {
            return Ok(());
        };
        out.push('(');
        for (i, &item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            crate::builtins::repr_into(item, out)?;
        }
        if items.len() == 1 {
            out.push(',');
        }
        out.push(')');
        Ok(())
    }),
    len: Some(|v| match view(v) {
        Obj::Tuple(items) => Ok(items.len()),
        _ => Ok(0),
    }),
    ..Slots::NONE
};

/// Slots of `list`.
pub const LIST: Slots = Slots {
    hash: Some(unhashable),
    repr: Some(|v, out| match view(v) {
        Obj::List(l) => crate::list_ops::list_repr_into(v, l, out),
        _ => Ok(()),
    }),
    len: Some(|v| Ok(crate::list::as_list(v).map_or(0, |l| l.len()))),
    ..Slots::NONE
};

/// Slots of `dict`.
pub const DICT: Slots = Slots {
    hash: Some(unhashable),
    repr: Some(|v, out| match view(v) {
        Obj::Dict(d) => crate::dict::repr_into(d, out),
        _ => Ok(()),
    }),
    len: Some(|v| Ok(crate::dict::as_dict(v).map_or(0, |d| d.len()))),
    ..Slots::NONE
};

/// Slots of `set`.
pub const SET: Slots = Slots {
    hash: Some(unhashable),
    ..SET_LIKE
};

/// Slots of `frozenset`.
pub const FROZENSET: Slots = Slots {
    hash: Some(|v| match view(v) {
        Obj::FrozenSet(s) => Ok(crate::set::frozenset_hash(s)),
        _ => Ok(0),
    }),
    ..SET_LIKE
};

/// What `set` and `frozenset` share.
const SET_LIKE: Slots = Slots {
    repr: Some(|v, out| match view(v) {
        Obj::Set(s) | Obj::FrozenSet(s) => crate::set::repr_into(s, out),
        _ => Ok(()),
    }),
    len: Some(|v| match view(v) {
        Obj::Set(s) | Obj::FrozenSet(s) => Ok(s.len()),
        _ => Ok(0),
    }),
    ..Slots::NONE
};

/// Slots of the dict views.
pub const DICT_VIEW: Slots = Slots {
    // Keys and items views are set-like, hence unhashable; values views
    // hash by identity.
    hash: Some(|v| match view(v) {
        Obj::DictView(dv) if dv.is_setlike() => unhashable(v),
        _ => Ok(crate::hash::hash_pointer(v)),
    }),
    repr: Some(|v, out| match view(v) {
        Obj::DictView(dv) => crate::dict_view::repr_into(dv, out),
        _ => Ok(()),
    }),
    len: Some(|v| match view(v) {
        Obj::DictView(dv) => Ok(dv.dict().len()),
        _ => Ok(0),
    }),
    ..Slots::NONE
};

/// Slots of `range`.
pub const RANGE: Slots = Slots {
    // Never the length, which may not fit an index (CPython's range_bool).
    truth: Some(|v| Ok(!matches!(view(v), Obj::Range(r) if r.is_empty()))),
    // CPython's range_hash: the tuple (len, start, step), with None for
    // what does not affect the values (start of an empty range, step of a
    // one-element range).
    hash: Some(|v| {
        let Obj::Range(r) = view(v) else {
            return Ok(0);
        };
        let one = r.len == crate::value::small(1);
        let empty = r.len == crate::value::small(0);
        let none = crate::value::NONE;
        crate::hash::hash_tuple(&[
            r.len,
            if empty { none } else { r.start },
            if empty || one { none } else { r.step },
        ])
    }),
    repr: Some(|v, out| match view(v) {
        Obj::Range(r) => crate::range::range_repr_into(r, out),
        _ => Ok(()),
    }),
    len: Some(|v| match view(v) {
        Obj::Range(r) => match r.len_i64() {
            Some(n) => Ok(n as usize),
            None => crate::exc::overflow_error("Python int too large to convert to C ssize_t"),
        },
        _ => Ok(0),
    }),
    ..Slots::NONE
};

/// Slots of `bytes`.
pub const BYTES: Slots = Slots {
    hash: Some(|v| Ok(crate::bytes::bytes_hash(v))),
    ..BYTES_LIKE
};

/// Slots of `bytearray`.
pub const BYTEARRAY: Slots = Slots {
    hash: Some(unhashable),
    ..BYTES_LIKE
};

/// What `bytes` and `bytearray` share.
const BYTES_LIKE: Slots = Slots {
    repr: Some(|v, out| {
        crate::bytes::repr_into(v, out);
        Ok(())
    }),
    len: Some(|v| match view(v) {
        Obj::Bytes(b) => Ok(b.len()),
        Obj::ByteArray(a) => Ok(a.data().len()),
        _ => Ok(0),
    }),
    ..Slots::NONE
};

/// Slots of functions.
pub const FUNCTION: Slots = Slots {
    hash: Some(|v| Ok(crate::instance::func_hash(v))),
    repr: Some(|v, out| {
        if let Obj::Func(f) = view(v) {
            crate::func::func_repr_into(v, f, out);
        }
        Ok(())
    }),
    ..Slots::NONE
};

/// Slots of exceptions: `KeyError('k')`.
pub const EXCEPTION: Slots = Slots {
    // `str(e)`: the message (empty without arguments).
    str: Some(|v, out| {
        if let Obj::Exc(e) = view(v) {
            if let Obj::Str(s) = view(e.display) {
                out.push_str(s);
            }
        }
        Ok(())
    }),
    repr: Some(|v, out| {
        let Obj::Exc(e) = view(v) else {
            return Ok(());
        };
        out.push_str(crate::exc::kind_name(e.kind));
        let Obj::Tuple(args) = view(e.args) else {
            return Ok(());
        };
        out.push('(');
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            crate::builtins::repr_into(a, out)?;
        }
        out.push(')');
        Ok(())
    }),
    ..Slots::NONE
};

/// Slots of slice objects.
pub const SLICE: Slots = Slots {
    hash: Some(unhashable),
    repr: Some(|v, out| match crate::sliceobj::as_slice_obj(v) {
        Some(s) => crate::sliceobj::slice_repr_into(s, out),
        None => Ok(()),
    }),
    ..Slots::NONE
};

/// Slots of type objects: `<class 'int'>`.
pub const TYPE: Slots = Slots {
    repr: Some(|v, out| match crate::typeobj::as_type(v) {
        Some(t) => push(out, &crate::typeobj::type_repr(t)),
        None => Ok(()),
    }),
    ..Slots::NONE
};

/// Slots of `object`, inherited by every type that does not fill them:
/// identity hash.
pub const OBJECT: Slots = Slots {
    hash: Some(|v| Ok(crate::hash::hash_pointer(v))),
    ..Slots::NONE
};
