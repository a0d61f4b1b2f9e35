//! Builtin type objects as values: `type(x)`, `int`, `list`, ... named
//! without a call. One immortal object per type, so `type(x) is dict` and
//! `type(a) == type(b)` compare identities as in CPython; calling one
//! constructs (`key=int`, `map(str, xs)`).

use crate::exc::{ret, type_error, PyResult};
use crate::value::{alloc_boxed, heap_kind, is_heap, view, Obj, ObjHeader, TypeInfo};
use crate::value::{IMMORTAL_REFCNT, NONE, UNBOUND};
use crate::Value;
use std::collections::HashMap;

/// [`TypeInfo::kind`] of type objects.
pub const KIND_TYPE: u32 = 17;

/// A type as a value: the object `type(x)` returns, one per type record.
#[repr(C)]
pub struct TypeObj {
    /// Common header.
    pub header: ObjHeader,
    /// The type's name (`'int'`).
    pub name: &'static str,
    /// The type's record.
    pub info: &'static TypeInfo,
}

unsafe fn dealloc_type(_h: *mut ObjHeader) {
    // Immortal: never freed.
}

/// [`TypeInfo::kind`] of `object` instances (no builtin value has it yet).
pub const KIND_OBJECT: u32 = 19;
/// [`TypeInfo::kind`] of `None` (an immediate: no heap instance).
pub const KIND_NONE: u32 = 20;
/// [`TypeInfo::kind`] of `True`/`False` (immediates: no heap instance).
pub const KIND_BOOL: u32 = 21;

unsafe fn dealloc_immediate(_h: *mut ObjHeader) {
    // Instances of these types are immediates: never on the heap.
}

/// Type record of type objects.
pub static MOLT_TYPE_TYPE: TypeInfo =
    TypeInfo::builtin(KIND_TYPE, "type", dealloc_type).with_slots(crate::slots::TYPE);

/// `object`, the root of every type's base chain.
pub static MOLT_TYPE_OBJECT: TypeInfo = TypeInfo {
    kind: KIND_OBJECT,
    flags: crate::value::TYPE_FLAG_BASETYPE,
    name: "object",
    dealloc: dealloc_immediate,
    base: None,
    slots: crate::slots::OBJECT,
};

/// `NoneType`.
pub static MOLT_TYPE_NONE: TypeInfo = TypeInfo::builtin(KIND_NONE, "NoneType", dealloc_immediate)
    .with_flags(0)
    .with_slots(crate::slots::NONE_TYPE);

/// `bool`, a subclass of `int` that cannot be subclassed.
pub static MOLT_TYPE_BOOL: TypeInfo = TypeInfo::builtin(KIND_BOOL, "bool", dealloc_immediate)
    .with_base(&crate::value::MOLT_TYPE_INT)
    .with_flags(0)
    .with_slots(crate::slots::BOOL);

/// The builtin types a program can name as values.
static NAMED: [&TypeInfo; 13] = [
    &crate::value::MOLT_TYPE_INT,
    &crate::value::MOLT_TYPE_FLOAT,
    &crate::str::MOLT_TYPE_STR,
    &MOLT_TYPE_BOOL,
    &crate::list::MOLT_TYPE_LIST,
    &crate::tuple::MOLT_TYPE_TUPLE,
    &crate::dict::MOLT_TYPE_DICT,
    &crate::set::MOLT_TYPE_SET,
    &crate::set::MOLT_TYPE_FROZENSET,
    &crate::range::MOLT_TYPE_RANGE,
    &crate::bytes::MOLT_TYPE_BYTES,
    &crate::bytes::MOLT_TYPE_BYTEARRAY,
    &crate::sliceobj::MOLT_TYPE_SLICE,
];

/// The type records of `molt_abi::types::TYPE_BITS`, in bit order.
pub fn isinstance_types() -> [&'static TypeInfo; molt_abi::types::TYPE_BITS.len()] {
    use crate::value::{MOLT_TYPE_FLOAT, MOLT_TYPE_INT};
    let named = |name: &str| NAMED.iter().copied().find(|t| t.name == name);
    molt_abi::types::TYPE_BITS.map(|name| match name {
        "object" => &MOLT_TYPE_OBJECT,
        "int" => &MOLT_TYPE_INT,
        "float" => &MOLT_TYPE_FLOAT,
        _ => named(name).unwrap_or(&MOLT_TYPE_OBJECT),
    })
}

/// The one type object of the type `info` (made on first use, immortal;
/// per thread, as every object is).
pub fn type_value(info: &'static TypeInfo) -> Value {
    thread_local! {
        static TYPES: std::cell::RefCell<HashMap<usize, Value>> =
            std::cell::RefCell::new(HashMap::new());
    }
    TYPES.with(|t| {
        let key = info as *const TypeInfo as usize;
        *t.borrow_mut().entry(key).or_insert_with(|| {
            alloc_boxed(TypeObj {
                header: ObjHeader {
                    refcnt: IMMORTAL_REFCNT,
                    ty: &MOLT_TYPE_TYPE,
                },
                name: info.name,
                info,
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
    if crate::instance::as_class(t.info).is_some() {
        return format!("<class '__main__.{}'>", t.name);
    }
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
        ("slice", []) => type_error("slice expected at least 1 argument, got 0"),
        ("slice", [stop]) => ret_ok(crate::sliceobj::molt_slice_new(*stop, UNBOUND, UNBOUND)),
        ("slice", [a, b]) => ret_ok(crate::sliceobj::molt_slice_new(*a, *b, UNBOUND)),
        ("slice", [a, b, c]) => ret_ok(crate::sliceobj::molt_slice_new(*a, *b, *c)),
        ("slice", _) => type_error(&format!(
            "slice expected at most 3 arguments, got {}",
            args.len()
        )),
        ("range", _) => type_error(&format!(
            "range expected at most 3 arguments, got {}",
            args.len()
        )),
        _ => type_error(&format!("cannot create '{}' instances", t.name)),
    }
}

/// A runtime entry's result as a `PyResult` (`ERROR` is a raised exception).
fn ret_ok(v: Value) -> PyResult<Value> {
    if v == crate::value::ERROR {
        Err(crate::exc::Raised)
    } else {
        Ok(v)
    }
}

/// `type(v)`.
#[no_mangle]
pub extern "C" fn molt_type_of(v: Value) -> Value {
    type_value(crate::value::type_of(v))
}

/// The builtin type named `name` (a str) as a value.
#[no_mangle]
pub extern "C" fn molt_builtin_type(name: Value) -> Value {
    let Obj::Str(n) = view(name) else {
        return ret(type_error("type name must be a str"));
    };
    match NAMED.iter().find(|t| t.name == n) {
        Some(t) => type_value(t),
        None => NONE,
    }
}
