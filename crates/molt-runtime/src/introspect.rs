//! Builtins that answer questions about values, and builtin constants that
//! used to be missing: `__file__`, the `Ellipsis` and `NotImplemented`
//! singletons, `callable`, `hasattr`, `getattr` with a default, and
//! `bytes(s, encoding, errors)`.

use crate::exc::{pending_kind, ret, type_error, PyResult, EXC_ATTRIBUTE_ERROR};
use crate::value::{bool_value, type_name, view, Obj, ObjHeader, TypeInfo};
use crate::value::{IMMORTAL_REFCNT, UNBOUND};
use crate::Value;

/// [`TypeInfo::kind`] of the singletons `Ellipsis` and `NotImplemented`.
pub const KIND_SINGLETON: u32 = 22;

/// A singleton with no state but its type.
#[repr(C)]
pub struct SingletonObj {
    /// Common header.
    pub header: ObjHeader,
}

unsafe fn dealloc_singleton(_h: *mut ObjHeader) {
    // Immortal: never freed.
}

/// Type record of `Ellipsis`.
pub static MOLT_TYPE_ELLIPSIS: TypeInfo =
    TypeInfo::builtin(KIND_SINGLETON, "ellipsis", dealloc_singleton)
        .with_flags(0)
        .with_slots(crate::slots::Slots {
            repr: Some(|_, out| {
                out.push_str("Ellipsis");
                Ok(())
            }),
            ..crate::slots::Slots::NONE
        });

/// Type record of `NotImplemented`.
pub static MOLT_TYPE_NOT_IMPLEMENTED: TypeInfo =
    TypeInfo::builtin(KIND_SINGLETON, "NotImplementedType", dealloc_singleton)
        .with_flags(0)
        .with_slots(crate::slots::Slots {
            repr: Some(|_, out| {
                out.push_str("NotImplemented");
                Ok(())
            }),
            ..crate::slots::Slots::NONE
        });

/// The singleton `i` (0: `Ellipsis`, 1: `NotImplemented`), made on first
/// use (a heap object: compiled code writes its reference count).
fn singleton(i: usize) -> Value {
    thread_local! {
        static SINGLETONS: std::cell::Cell<[Value; 2]> = const { std::cell::Cell::new([0, 0]) };
    }
    SINGLETONS.with(|c| {
        let mut s = c.get();
        if s[i] == 0 {
            let ty = if i == 0 {
                &MOLT_TYPE_ELLIPSIS
            } else {
                &MOLT_TYPE_NOT_IMPLEMENTED
            };
            s[i] = crate::value::alloc_boxed(SingletonObj {
                header: ObjHeader {
                    refcnt: IMMORTAL_REFCNT,
                    ty,
                },
            });
            c.set(s);
        }
        s[i]
    })
}

/// `Ellipsis` / `...`.
#[no_mangle]
pub extern "C" fn molt_ellipsis() -> Value {
    singleton(0)
}

/// `NotImplemented`.
#[no_mangle]
pub extern "C" fn molt_not_implemented() -> Value {
    singleton(1)
}

/// `__file__`: `path` (a str, the main file as given to the compiler),
/// joined to the working directory when relative, without normalising,
/// as CPython 3.11 does for the script it runs.
#[no_mangle]
pub extern "C" fn molt_main_file(path: Value) -> Value {
    let Obj::Str(p) = view(path) else {
        return ret(type_error("__file__: the path must be a str"));
    };
    if p.starts_with('/') {
        crate::value::incref(path);
        return path;
    }
    match std::env::current_dir() {
        Ok(cwd) => {
            let mut s = cwd.to_string_lossy().into_owned();
            if !s.ends_with('/') {
                s.push('/');
            }
            s.push_str(p);
            crate::str::str_new(&s)
        }
        Err(_) => {
            crate::value::incref(path);
            path
        }
    }
}

/// `callable(v)`.
#[no_mangle]
pub extern "C" fn molt_callable(v: Value) -> Value {
    bool_value(matches!(view(v), Obj::Func(_)) || crate::typeobj::as_type(v).is_some())
}

/// The attribute name of `hasattr`/`getattr`, or CPython's TypeError.
pub(crate) fn attr_name<'a>(name: Value) -> PyResult<&'a str> {
    match view(name) {
        Obj::Str(n) => Ok(n),
        _ => type_error(&format!(
            "attribute name must be string, not '{}'",
            type_name(name)
        )),
    }
}

/// `getattr(v, name)`, with `None` for a missing attribute (the
/// AttributeError cleared).
fn lookup(v: Value, name: Value) -> PyResult<Option<Value>> {
    match crate::glue::getattr(v, attr_name(name)?) {
        Ok(r) => Ok(Some(r)),
        Err(e) => {
            if pending_kind() == Some(EXC_ATTRIBUTE_ERROR) {
                crate::exc::molt_err_clear();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// `hasattr(v, name)`.
#[no_mangle]
pub extern "C" fn molt_hasattr(v: Value, name: Value) -> Value {
    ret(lookup(v, name).map(|r| {
        if let Some(r) = r {
            crate::value::decref(r);
        }
        bool_value(r.is_some())
    }))
}

/// `getattr(v, name, default)`.
#[no_mangle]
pub extern "C" fn molt_getattr_default(v: Value, name: Value, default: Value) -> Value {
    ret(lookup(v, name).map(|r| {
        r.unwrap_or_else(|| {
            crate::value::incref(default);
            default
        })
    }))
}

/// `bytes(s, encoding, errors)` (`bytearray(...)` when `which` is True):
/// `s.encode(encoding, errors)`, with CPython's checks of the arguments.
#[no_mangle]
pub extern "C" fn molt_bytes_encoded(which: Value, s: Value, enc: Value, errors: Value) -> Value {
    let bytearray = which == crate::value::TRUE;
    let what = if bytearray { "bytearray" } else { "bytes" };
    ret((|| {
        if !matches!(view(s), Obj::Str(_)) {
            return type_error("encoding without a string argument");
        }
        for (arg, v) in [("encoding", enc), ("errors", errors)] {
            if v != UNBOUND && !matches!(view(v), Obj::Str(_)) {
                return type_error(&format!(
                    "{what}() argument '{arg}' must be str, not {}",
                    type_name(v)
                ));
            }
        }
        let args: &[Value] = if errors == UNBOUND {
            &[enc]
        } else {
            &[enc, errors]
        };
        let b = crate::glue::call_named(s, "encode", args)?;
        if !bytearray {
            return Ok(b);
        }
        let r = crate::bytes::bytearray_new(b);
        crate::value::decref(b);
        r
    })())
}
