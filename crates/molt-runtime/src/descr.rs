//! The method decorators of classes: `staticmethod`, `classmethod` and
//! `property` objects, as a class namespace holds them. Attribute lookup
//! (`instance.rs`) asks [`as_descr`] what a class attribute is and binds
//! it accordingly.

use crate::exc::{ret, type_error, PyResult};
use crate::value::{alloc_boxed, decref, incref, view, Obj, ObjHeader, TypeInfo};
use crate::value::{NONE, UNBOUND};
use crate::Value;

/// [`TypeInfo::kind`] of the three decorator objects.
pub const KIND_DESCR: u32 = 24;

/// Which decorator made a [`DescrObj`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DescrKind {
    /// `@staticmethod`: the function, never bound.
    Static,
    /// `@classmethod`: the function, bound to the class.
    Class,
    /// `@property` (with `.setter`/`.deleter`): computed attributes.
    Property,
}

/// A decorator object.
#[repr(C)]
pub struct DescrObj {
    /// Common header.
    pub header: ObjHeader,
    /// Which decorator.
    pub kind: DescrKind,
    /// The function (a property's getter), owned.
    pub func: Value,
    /// A property's setter, owned, or None.
    pub setter: Value,
    /// A property's deleter, owned, or None.
    pub deleter: Value,
}

unsafe fn dealloc_descr(h: *mut ObjHeader) {
    // SAFETY: allocated by `alloc_boxed::<DescrObj>`; the functions are owned.
    let d = unsafe { Box::from_raw(h as *mut DescrObj) };
    decref(d.func);
    decref(d.setter);
    decref(d.deleter);
}

fn repr_wrapped(v: Value, out: &mut String) -> PyResult<()> {
    if let Some(d) = as_descr(v) {
        out.push_str(&format!("<{}(", crate::value::type_name(v)));
        crate::builtins::repr_into(d.func, out)?;
        out.push_str(")>");
    }
    Ok(())
}

/// Type record of `staticmethod` objects.
pub static MOLT_TYPE_STATICMETHOD: TypeInfo =
    TypeInfo::builtin(KIND_DESCR, "staticmethod", dealloc_descr).with_slots(crate::slots::Slots {
        repr: Some(repr_wrapped),
        ..crate::slots::Slots::NONE
    });

/// Type record of `classmethod` objects.
pub static MOLT_TYPE_CLASSMETHOD: TypeInfo =
    TypeInfo::builtin(KIND_DESCR, "classmethod", dealloc_descr).with_slots(crate::slots::Slots {
        repr: Some(repr_wrapped),
        ..crate::slots::Slots::NONE
    });

/// Type record of `property` objects.
pub static MOLT_TYPE_PROPERTY: TypeInfo = TypeInfo::builtin(KIND_DESCR, "property", dealloc_descr);

/// The decorator object `v` is, if it is one.
pub fn as_descr<'a>(v: Value) -> Option<&'a DescrObj> {
    if crate::value::is_heap(v) && crate::value::heap_kind(v) == KIND_DESCR {
        // SAFETY: a live object of this kind is a `DescrObj`.
        Some(unsafe { &*(v as *const DescrObj) })
    } else {
        None
    }
}

/// A decorator object: `kind` 0 is `staticmethod(func)`, 1
/// `classmethod(func)`, 2 `property(func, setter, deleter)` (setter and
/// deleter None when absent).
#[no_mangle]
pub extern "C" fn molt_descr_new(kind: Value, func: Value, setter: Value, deleter: Value) -> Value {
    let (kind, ty): (DescrKind, &'static TypeInfo) = match view(kind) {
        Obj::Int(0) => (DescrKind::Static, &MOLT_TYPE_STATICMETHOD),
        Obj::Int(1) => (DescrKind::Class, &MOLT_TYPE_CLASSMETHOD),
        Obj::Int(2) => (DescrKind::Property, &MOLT_TYPE_PROPERTY),
        _ => return ret(type_error("molt_descr_new: bad kind")),
    };
    let norm = |v: Value| if v == UNBOUND { NONE } else { v };
    let (func, setter, deleter) = (norm(func), norm(setter), norm(deleter));
    for v in [func, setter, deleter] {
        incref(v);
    }
    alloc_boxed(DescrObj {
        header: ObjHeader { refcnt: 1, ty },
        kind,
        func,
        setter,
        deleter,
    })
}

/// Reads property `d` of `obj` (`name` for the error).
pub fn property_get(d: &DescrObj, obj: Value) -> PyResult<Value> {
    crate::func::call(d.func, &[obj])
}

/// `obj.name = x` through property `d`.
pub fn property_set(d: &DescrObj, obj: Value, name: &str, x: Value) -> PyResult<()> {
    if d.setter == NONE {
        return crate::exc::raise(
            crate::exc::EXC_ATTRIBUTE_ERROR,
            &format!(
                "property '{name}' of '{}' object has no setter",
                crate::value::type_name(obj)
            ),
        );
    }
    decref(crate::func::call(d.setter, &[obj, x])?);
    Ok(())
}

/// `del obj.name` through property `d`.
pub fn property_delete(d: &DescrObj, obj: Value, name: &str) -> PyResult<()> {
    if d.deleter == NONE {
        return crate::exc::raise(
            crate::exc::EXC_ATTRIBUTE_ERROR,
            &format!(
                "property '{name}' of '{}' object has no deleter",
                crate::value::type_name(obj)
            ),
        );
    }
    decref(crate::func::call(d.deleter, &[obj])?);
    Ok(())
}
