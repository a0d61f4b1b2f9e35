//! Builtin type objects as values: `type(x)`, `int`, `list`, ... named
//! without a call. One immortal object per type, so `type(x) is dict` and
//! `type(a) == type(b)` compare identities as in CPython; calling one
//! constructs (`key=int`, `map(str, xs)`).

use crate::exc::{ret, type_error, PyResult};
use crate::value::{alloc_boxed, heap_kind, is_heap, type_name, view, Obj, ObjHeader, TypeInfo};
use crate::value::{IMMORTAL_REFCNT, NONE, UNBOUND};
use crate::Value;
use std::collections::HashMap;

/// [`TypeInfo::kind`] of type objects.
pub const KIND_TYPE: u32 = 17;

/// A builtin type as a value.
#[repr(C)]
pub struct TypeObj {
    /// Common header.
    pub header: ObjHeader,
    /// The type's name (`'int'`).
    pub name: &'static str,
}

unsafe fn dealloc_type(_h: *mut ObjHeader) {
    // Immortal: never freed.
}

/// Type record of type objects.
pub static MOLT_TYPE_TYPE: TypeInfo = TypeInfo {
    kind: KIND_TYPE,
    name: "type",
    dealloc: dealloc_type,
};

/// The type names a program can name as values.
const NAMED: &[&str] = &[
    "int",
    "float",
    "str",
    "bool",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "bytes",
    "bytearray",
];

/// The one type object of `name`.
fn singleton(name: &'static str) -> Value {
    thread_local! {
        static TYPES: std::cell::RefCell<HashMap<&'static str, Value>> =
            std::cell::RefCell::new(HashMap::new());
    }
    TYPES.with(|t| {
        *t.borrow_mut().entry(name).or_insert_with(|| {
            alloc_boxed(TypeObj {
                header: ObjHeader {
                    refcnt: IMMORTAL_REFCNT,
                    ty: &MOLT_TYPE_TYPE,
                },
                name,
            })
        })
    })
}

/// The type object `v` is, if it is one.
pub fn as_type<'a>(v: Value) -> Option<&'a TypeObj> {
    if is_heap(v) && heap_kind(v) == KIND_TYPE {
        // SAFETY: a live type object (checked kind).
        Some(unsafe { &*(v as *const TypeObj) })
    } else {
        None
    }
}

/// `repr(t)`: `<class 'int'>`.
pub fn type_repr(t: &TypeObj) -> String {
    format!("<class '{}'>", t.name)
}

/// `t(*args)` for a builtin type `t`.
pub fn call_type(t: &TypeObj, args: &[Value]) -> PyResult<Value> {
    let one = |f: fn(Value) -> PyResult<Value>| -> PyResult<Value> {
        match args {
            [x] => f(*x),
            _ => type_error(&format!(
                "{}() takes at most 1 argument ({} given)",
                t.name,
                args.len()
            )),
        }
    };
    match (t.name, args) {
        ("int", []) => Ok(crate::value::small(0)),
        ("int", [x, base]) => crate::builtins::int_new_base(*x, *base),
        ("int", _) => one(crate::builtins::int_new),
        ("float", []) => Ok(crate::value::float_value(0.0)),
        ("float", _) => one(crate::builtins::float_from),
        ("str", []) => Ok(crate::str::str_new("")),
        ("str", _) => one(crate::builtins::to_str),
        ("bool", []) => Ok(crate::value::FALSE),
        ("bool", [x]) => Ok(crate::value::bool_value(crate::ops::is_true(*x))),
        ("list", []) => Ok(crate::list::list_from_vec(Vec::new())),
        ("list", _) => one(crate::iterbuiltins::list_from),
        ("tuple", []) => crate::tuple::tuple_from_owned(Vec::new()),
        ("tuple", _) => one(crate::iterbuiltins::tuple_from),
        ("dict", []) => crate::dict_methods::dict_from(UNBOUND),
        ("dict", _) => one(crate::dict_methods::dict_from),
        ("set", []) => crate::set::make_new_set(false, UNBOUND),
        ("set", [x]) => crate::set::make_new_set(false, *x),
        ("frozenset", []) => crate::set::make_new_set(true, UNBOUND),
        ("frozenset", [x]) => crate::set::make_new_set(true, *x),
        ("bytes", []) => crate::bytes::bytes_new(UNBOUND),
        ("bytes", _) => one(crate::bytes::bytes_new),
        ("bytearray", []) => crate::bytes::bytearray_new(UNBOUND),
        ("bytearray", _) => one(crate::bytes::bytearray_new),
        ("range", [stop]) => crate::range::range_new(UNBOUND, *stop, UNBOUND),
        ("range", [a, b]) => crate::range::range_new(*a, *b, UNBOUND),
        ("range", [a, b, c]) => crate::range::range_new(*a, *b, *c),
        ("range", _) => type_error(&format!(
            "range expected at most 3 arguments, got {}",
            args.len()
        )),
        _ => type_error(&format!("cannot create '{}' instances", t.name)),
    }
}

/// `type(v)`.
#[no_mangle]
pub extern "C" fn molt_type_of(v: Value) -> Value {
    singleton(type_name(v))
}

/// The builtin type named `name` (a str) as a value.
#[no_mangle]
pub extern "C" fn molt_builtin_type(name: Value) -> Value {
    let Obj::Str(n) = view(name) else {
        return ret(type_error("type name must be a str"));
    };
    match NAMED.iter().find(|t| **t == n) {
        Some(t) => singleton(t),
        None => NONE,
    }
}
