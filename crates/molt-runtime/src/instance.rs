//! User classes and their instances.
//!
//! A class statement makes one [`ClassInfo`] at run time (`molt_class_new`):
//! a type record like the builtin types' (so `type(x)`, `isinstance` and
//! the slot-dispatched entry points treat instances as any other value)
//! followed by what only classes have: the class namespace, in definition
//! order, and the names of the instance's fixed fields. Class records are
//! never freed: classes live as long as the program, as module-level class
//! objects do in CPython.
//!
//! An instance is its header, an attribute dict made on first need, and
//! one word per fixed field (0 while unset). Sema gives a class as fixed
//! fields the attributes its methods assign on `self` (a base's fields
//! first, so a field's offset is the same in every subclass); any other
//! attribute goes to the dict. Attribute lookup follows CPython's order for
//! classes without descriptors: the instance (fields, then dict), then the
//! class and its bases, where a function found is bound to the instance.
//!
//! Dunder methods are found by name in the class and its bases at each
//! use; the one slot table [`INSTANCE`] serves every class.

use crate::exc::{raise, type_error, PyResult};
use crate::value::NONE;
use crate::value::{decref, incref, type_of, view, Obj, ObjHeader, TypeInfo};
use crate::Value;
use std::cell::RefCell;

/// [`TypeInfo::kind`] of instances of user classes.
pub const KIND_INSTANCE: u32 = molt_abi::layout::KIND_INSTANCE;

/// [`TypeInfo::flags`] bit of user classes (their record is a [`ClassInfo`]).
pub const TYPE_FLAG_USER: u32 = 2;

/// A user class: its type record, then the class-only facts.
#[repr(C)]
pub struct ClassInfo {
    /// The type record (first, so a `&TypeInfo` of a user class is a `&ClassInfo`).
    pub info: TypeInfo,
    /// The class namespace: attribute names in definition order and their
    /// values (owned).
    attrs: RefCell<Vec<(String, Value)>>,
    /// The names of the fixed fields, the base's first.
    fields: Vec<String>,
}

/// The header of an instance; its fields follow.
#[repr(C)]
pub struct InstanceObj {
    /// Common header.
    pub header: ObjHeader,
    /// The attribute dict (owned), or 0 before the first attribute that
    /// is not a fixed field.
    pub dict: Value,
}

const FIELDS_OFFSET: usize = std::mem::size_of::<InstanceObj>();

/// The class record `t` is, if it is a user class.
pub fn as_class(t: &'static TypeInfo) -> Option<&'static ClassInfo> {
    if t.flags & TYPE_FLAG_USER != 0 {
        // SAFETY: records with this flag are the `info` field (at offset 0)
        // of a leaked `ClassInfo`.
        Some(unsafe { &*(t as *const TypeInfo as *const ClassInfo) })
    } else {
        None
    }
}

/// Is `v` an instance of a user class?
#[inline]
pub fn is_instance(v: Value) -> bool {
    crate::value::is_heap(v) && type_of(v).flags & TYPE_FLAG_USER != 0
}

impl ClassInfo {
    /// The class's base classes that are user classes, itself first.
    fn chain(&'static self) -> impl Iterator<Item = &'static ClassInfo> {
        std::iter::successors(Some(self), |c| c.info.base.and_then(as_class))
    }

    /// The attribute `name` of the class or of its bases (borrowed).
    pub fn lookup(&'static self, name: &str) -> Option<Value> {
        self.chain().find_map(|c| {
            c.attrs
                .borrow()
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| *v)
        })
    }

    fn field(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f == name)
    }

    /// Removes the class's own attribute `name`; false when it has none.
    fn del_attr(&self, name: &str) -> bool {
        let mut attrs = self.attrs.borrow_mut();
        match attrs.iter().position(|(n, _)| n == name) {
            Some(i) => {
                let (_, v) = attrs.remove(i);
                drop(attrs);
                decref(v);
                true
            }
            None => false,
        }
    }

    fn set_attr(&self, name: &str, v: Value) {
        incref(v);
        let mut attrs = self.attrs.borrow_mut();
        match attrs.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => decref(std::mem::replace(&mut slot.1, v)),
            None => attrs.push((name.to_string(), v)),
        }
    }
}

/// The field words of instance `v` (of class `c`).
fn fields<'a>(v: Value, c: &ClassInfo) -> &'a mut [Value] {
    // SAFETY: an instance of `c` has `c.fields.len()` words after its header.
    unsafe {
        std::slice::from_raw_parts_mut((v as usize + FIELDS_OFFSET) as *mut Value, c.fields.len())
    }
}

fn layout(nfields: usize) -> std::alloc::Layout {
    // An instance is a few words: the size cannot overflow.
    std::alloc::Layout::from_size_align(FIELDS_OFFSET + 8 * nfields, 8)
        .unwrap_or(std::alloc::Layout::new::<InstanceObj>())
}

unsafe fn free_instance(h: *mut ObjHeader) {
    let v = h as Value;
    let Some(c) = as_class(type_of(v)) else {
        return;
    };
    for f in fields(v, c).iter() {
        if *f != 0 {
            decref(*f);
        }
    }
    // SAFETY: `h` is an instance (its header starts an `InstanceObj`).
    let dict = unsafe { (*(h as *mut InstanceObj)).dict };
    if dict != 0 {
        decref(dict);
    }
    // SAFETY: allocated in `new_instance` with this layout.
    unsafe { std::alloc::dealloc(h as *mut u8, layout(c.fields.len())) };
}

unsafe fn dealloc_instance(h: *mut ObjHeader) {
    // SAFETY: per the dealloc contract; deep chains (linked lists of
    // nodes) are freed iteratively.
    unsafe { crate::trashcan::dealloc(h, free_instance) };
}

/// A new instance of `c` with every field unset.
fn new_instance(c: &'static ClassInfo) -> Value {
    let lay = layout(c.fields.len());
    // SAFETY: a non-zero-sized layout; the memory is initialised below.
    let p = unsafe { std::alloc::alloc_zeroed(lay) };
    if p.is_null() {
        crate::alloc::out_of_memory();
    }
    // SAFETY: `p` is a fresh block of the instance's size.
    unsafe {
        (*(p as *mut InstanceObj)).header = ObjHeader {
            refcnt: 1,
            ty: &c.info,
        };
    }
    p as Value
}

/// `class name(base): ...` with namespace `ns` (a dict from attribute names
/// to values) and fixed fields `fields` (a tuple of strs, the base's
/// first): the new class object.
#[no_mangle]
pub extern "C" fn molt_class_new(name: Value, base: Value, fields: Value, ns: Value) -> Value {
    crate::exc::ret(class_new(name, base, fields, ns))
}

fn str_of(v: Value) -> String {
    match view(v) {
        Obj::Str(s) => s.to_string(),
        _ => String::new(),
    }
}

fn class_new(name: Value, base: Value, fields: Value, ns: Value) -> PyResult<Value> {
    let base: &'static TypeInfo = match crate::typeobj::as_type(base) {
        Some(t) => t.info,
        None => &crate::typeobj::MOLT_TYPE_OBJECT,
    };
    let fields: Vec<String> = match view(fields) {
        Obj::Tuple(items) => items.iter().map(|&s| str_of(s)).collect(),
        _ => Vec::new(),
    };
    let mut attrs = Vec::new();
    if let Some(d) = crate::dict::as_dict(ns) {
        for (k, v) in crate::dict::items_owned(d) {
            attrs.push((str_of(k), v));
            decref(k);
        }
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable.
    let has = |n: &str| attrs.iter().any(|(k, _)| k == n);
    if has("__eq__") && !has("__hash__") {
        attrs.push(("__hash__".to_string(), NONE));
    }
    let name: &'static str = Box::leak(str_of(name).into_boxed_str());
    let info = TypeInfo::builtin(KIND_INSTANCE, name, dealloc_instance)
        .with_base(base)
        .with_flags(crate::value::TYPE_FLAG_BASETYPE | TYPE_FLAG_USER)
        .with_slots(INSTANCE);
    let class: &'static ClassInfo = Box::leak(Box::new(ClassInfo {
        info,
        attrs: RefCell::new(attrs),
        fields,
    }));
    Ok(crate::typeobj::type_value(&class.info))
}

/// A new instance of class `cls` with its fields unset (`__init__` is
/// called by compiled code).
#[no_mangle]
pub extern "C" fn molt_instance_new(cls: Value) -> Value {
    match crate::typeobj::as_type(cls).and_then(|t| as_class(t.info)) {
        Some(c) => new_instance(c),
        None => crate::exc::ret(type_error("molt_instance_new: not a class")),
    }
}

/// The check after `__init__` ran: its result must be None.
#[no_mangle]
pub extern "C" fn molt_init_result(r: Value) -> Value {
    crate::exc::ret(init_result(r).map(|()| NONE))
}

fn init_result(r: Value) -> PyResult<()> {
    if r == NONE {
        return Ok(());
    }
    type_error(&format!(
        "__init__() should return None, not '{}'",
        crate::value::type_name(r)
    ))
}

/// Does function object `f` bind to an instance when found in its class
/// (a function of the program, not a builtin used as a value)?
fn binds(f: Value) -> bool {
    match view(f) {
        Obj::Func(fo) => fo.compiled != 0 && crate::func::is_user_function(fo),
        _ => false,
    }
}

/// `cls(*args)` for a user class: a new instance, initialised.
pub fn call_class(c: &'static ClassInfo, args: &[Value], kw: &[(&str, Value)]) -> PyResult<Value> {
    let inst = new_instance(c);
    match c.lookup("__init__") {
        Some(init) => {
            let r = call_with_self(init, inst, args, kw);
            let r = r.and_then(|r| {
                let ok = init_result(r);
                decref(r);
                ok
            });
            if let Err(e) = r {
                decref(inst);
                return Err(e);
            }
        }
        None if !args.is_empty() || !kw.is_empty() => {
            decref(inst);
            return type_error(&format!("{}() takes no arguments", c.info.name));
        }
        None => {}
    }
    Ok(inst)
}

/// `f(recv, *args, **kw)`: `kw` holds (name, value) pairs.
fn call_with_self(f: Value, recv: Value, args: &[Value], kw: &[(&str, Value)]) -> PyResult<Value> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(recv);
    all.extend_from_slice(args);
    crate::func::call_kw(f, &all, kw)
}

/// A class attribute `x` read through `recv` (an instance of class
/// `class`, or the class itself when `recv` is None): functions bind to
/// an instance, class methods to the class, static methods never.
fn bind_class_attr(x: Value, recv: Value, class: &'static TypeInfo) -> Value {
    if let Some(d) = crate::descr::as_descr(x) {
        match d.kind {
            crate::descr::DescrKind::Static => {
                incref(d.func);
                return d.func;
            }
            crate::descr::DescrKind::Class => {
                return bound_method(d.func, crate::typeobj::type_value(class));
            }
            crate::descr::DescrKind::Property => {}
        }
    }
    if recv != NONE && binds(x) {
        return bound_method(x, recv);
    }
    incref(x);
    x
}

/// `v.name` for an instance `v` of class `c`.
fn instance_getattr(v: Value, c: &'static ClassInfo, name: &str) -> PyResult<Value> {
    let class_attr = c.lookup(name);
    // A property comes before the instance's own attributes.
    if let Some(d) = class_attr.and_then(crate::descr::as_descr) {
        if d.kind == crate::descr::DescrKind::Property {
            return crate::descr::property_get(d, v);
        }
    }
    if let Some(i) = c.field(name) {
        let x = fields(v, c)[i];
        if x != 0 {
            incref(x);
            return Ok(x);
        }
    }
    if let Some(x) = dict_get(v, name)? {
        incref(x);
        return Ok(x);
    }
    if let Some(x) = class_attr {
        return Ok(bind_class_attr(x, v, &c.info));
    }
    crate::exc::no_attribute(v, name)
}

fn instance_dict(v: Value) -> &'static mut Value {
    // SAFETY: `v` is a live instance (callers check).
    unsafe { &mut (*(v as *mut InstanceObj)).dict }
}

fn dict_get(v: Value, name: &str) -> PyResult<Option<Value>> {
    let d = *instance_dict(v);
    let Some(d) = crate::dict::as_dict(d) else {
        return Ok(None);
    };
    let key = crate::str::str_new(name);
    let r = crate::dict::get(d, key);
    decref(key);
    r
}

/// The property `name` of class `c`, if that attribute is one.
fn property_of(c: &'static ClassInfo, name: &str) -> Option<&'static crate::descr::DescrObj> {
    let d = crate::descr::as_descr(c.lookup(name)?)?;
    (d.kind == crate::descr::DescrKind::Property).then_some(d)
}

/// `v.name = x` for an instance.
fn instance_setattr(v: Value, c: &'static ClassInfo, name: &str, x: Value) -> PyResult<()> {
    if let Some(d) = property_of(c, name) {
        return crate::descr::property_set(d, v, name, x);
    }
    if let Some(i) = c.field(name) {
        incref(x);
        let old = std::mem::replace(&mut fields(v, c)[i], x);
        if old != 0 {
            decref(old);
        }
        return Ok(());
    }
    let d = instance_dict(v);
    if *d == 0 {
        *d = crate::dict::new_dict();
    }
    let Some(dict) = crate::dict::as_dict(*d) else {
        return type_error("bad instance dict");
    };
    let key = crate::str::str_new(name);
    let r = crate::dict::set(dict, key, x);
    decref(key);
    r
}

/// `del v.name` for an instance.
fn instance_delattr(v: Value, c: &'static ClassInfo, name: &str) -> PyResult<()> {
    if let Some(d) = property_of(c, name) {
        return crate::descr::property_delete(d, v, name);
    }
    if let Some(i) = c.field(name) {
        let f = &mut fields(v, c)[i];
        if *f != 0 {
            decref(std::mem::replace(f, 0));
            return Ok(());
        }
    }
    if let Some(d) = crate::dict::as_dict(*instance_dict(v)) {
        let key = crate::str::str_new(name);
        let r = crate::dict::contains(d, key).and_then(|has| {
            if has {
                crate::dict::delitem(d, key).map(|_| true)
            } else {
                Ok(false)
            }
        });
        decref(key);
        if r? {
            return Ok(());
        }
    }
    crate::exc::no_attribute(v, name)
}

/// `getattr(v, name)` when `v` is an instance or a user class; `None`
/// for any other value.
pub fn getattr(v: Value, name: &str) -> Option<PyResult<Value>> {
    if let Some(c) = as_class(type_of(v)) {
        return Some(instance_getattr(v, c, name));
    }
    let c = crate::typeobj::as_type(v).and_then(|t| as_class(t.info))?;
    Some(match c.lookup(name) {
        Some(x) => Ok(bind_class_attr(x, NONE, &c.info)),
        None => match name {
            "__name__" | "__qualname__" => Ok(crate::str::str_new(c.info.name)),
            "__module__" => Ok(crate::str::str_new("__main__")),
            _ => crate::exc::no_attribute(v, name),
        },
    })
}

/// `v.name = x` (`name` a str).
#[no_mangle]
pub extern "C" fn molt_setattr(v: Value, name: Value, x: Value) -> Value {
    let r = crate::introspect::attr_name(name).and_then(|n| setattr(v, n, x));
    crate::exc::ret(r.map(|()| NONE))
}

/// `setattr(v, name, x)`.
pub fn setattr(v: Value, name: &str, x: Value) -> PyResult<()> {
    if let Some(c) = as_class(type_of(v)) {
        return instance_setattr(v, c, name, x);
    }
    if let Some(c) = crate::typeobj::as_type(v).and_then(|t| as_class(t.info)) {
        c.set_attr(name, x);
        return Ok(());
    }
    match crate::typeobj::as_type(v) {
        Some(t) => type_error(&format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            t.name
        )),
        None => crate::exc::no_attribute(v, name),
    }
}

/// `del v.name` (`name` a str).
#[no_mangle]
pub extern "C" fn molt_delattr(v: Value, name: Value) -> Value {
    let r = crate::introspect::attr_name(name).and_then(|n| {
        if let Some(c) = as_class(type_of(v)) {
            return instance_delattr(v, c, n);
        }
        match crate::typeobj::as_type(v).and_then(|t| as_class(t.info)) {
            Some(c) if c.del_attr(n) => Ok(()),
            _ => crate::exc::no_attribute(v, n),
        }
    });
    crate::exc::ret(r.map(|()| NONE))
}

/// `recv.name(*args, **kw)` when `recv` is an instance or a user class;
/// `None` for any other receiver.
pub fn call_method(
    recv: Value,
    name: &str,
    args: &[Value],
    kw: &[(&str, Value)],
) -> Option<PyResult<Value>> {
    if let Some(c) = as_class(type_of(recv)) {
        // A method of the class, unless the instance has its own attribute.
        let own =
            c.field(name).is_some_and(|i| fields(recv, c)[i] != 0) || *instance_dict(recv) != 0;
        let attr = c.lookup(name);
        if let Some(d) = attr.and_then(crate::descr::as_descr) {
            match d.kind {
                crate::descr::DescrKind::Static if !own => {
                    return Some(crate::func::call_kw(d.func, args, kw))
                }
                crate::descr::DescrKind::Class if !own => {
                    let cls = crate::typeobj::type_value(&c.info);
                    return Some(call_with_self(d.func, cls, args, kw));
                }
                _ => {}
            }
        } else if !own {
            if let Some(f) = attr.filter(|&f| binds(f)) {
                return Some(call_with_self(f, recv, args, kw));
            }
        }
    } else if crate::typeobj::as_type(recv)
        .and_then(|t| as_class(t.info))
        .is_none()
    {
        return None;
    }
    Some(getattr(recv, name)?.and_then(|f| {
        let r = crate::func::call_kw(f, args, kw);
        decref(f);
        r
    }))
}

/// The dunder `name` of `v`'s class, if `v` is an instance that has it
/// (borrowed).
fn dunder(v: Value, name: &str) -> Option<Value> {
    as_class(type_of(v))?.lookup(name)
}

/// Calls dunder `f` on `v` with `args`.
fn call_dunder(f: Value, v: Value, args: &[Value]) -> PyResult<Value> {
    if binds(f) {
        call_with_self(f, v, args, &[])
    } else {
        crate::func::call(f, args)
    }
}

/// Calls `v.name(*args)` if `v`'s class has the dunder.
fn try_dunder(v: Value, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    let f = dunder(v, name)?;
    if f == NONE {
        return None;
    }
    Some(call_dunder(f, v, args))
}

fn repr_slot(v: Value, out: &mut String) -> PyResult<()> {
    match try_dunder(v, "__repr__", &[]) {
        Some(r) => push_text(r?, out, "__repr__"),
        None => {
            out.push_str(&format!(
                "<__main__.{} object at {v:#x}>",
                crate::value::type_name(v)
            ));
            Ok(())
        }
    }
}

fn push_text(r: Value, out: &mut String, what: &str) -> PyResult<()> {
    let res = match view(r) {
        Obj::Str(s) => {
            out.push_str(s);
            Ok(())
        }
        _ => type_error(&format!(
            "{what} returned non-string (type {})",
            crate::value::type_name(r)
        )),
    };
    decref(r);
    res
}

fn str_slot(v: Value, out: &mut String) -> PyResult<()> {
    match try_dunder(v, "__str__", &[]) {
        Some(r) => push_text(r?, out, "__str__"),
        None => repr_slot(v, out),
    }
}

fn hash_slot(v: Value) -> PyResult<i64> {
    match dunder(v, "__hash__") {
        Some(NONE) => crate::hash::unhashable(v),
        Some(f) => {
            let r = call_dunder(f, v, &[])?;
            let h = match view(r) {
                // An int that fits is the hash itself (-1 is reserved).
                Obj::Int(-1) => Ok(-2),
                Obj::Int(i) => Ok(i),
                Obj::Bool(b) => Ok(i64::from(b)),
                Obj::BigInt(b) => match i64::try_from(b) {
                    Ok(-1) => Ok(-2),
                    Ok(i) => Ok(i),
                    Err(_) => crate::hash::hash(r),
                },
                _ => type_error("__hash__ method should return an integer"),
            };
            decref(r);
            h
        }
        None => Ok(crate::hash::hash_pointer(v)),
    }
}

/// `__len__`'s result as a length, with CPython's checks.
fn len_result(r: Value) -> PyResult<usize> {
    let n = match view(r) {
        Obj::Int(i) => Ok(i),
        Obj::Bool(b) => Ok(i64::from(b)),
        Obj::BigInt(_) => {
            crate::exc::overflow_error("cannot fit 'int' into an index-sized integer")
        }
        _ => type_error(&format!(
            "'{}' object cannot be interpreted as an integer",
            crate::value::type_name(r)
        )),
    };
    decref(r);
    let n = n?;
    if n < 0 {
        return raise(crate::exc::EXC_VALUE_ERROR, "__len__() should return >= 0");
    }
    Ok(n as usize)
}

fn len_slot(v: Value) -> PyResult<usize> {
    match try_dunder(v, "__len__", &[]) {
        Some(r) => len_result(r?),
        None => type_error(&format!(
            "object of type '{}' has no len()",
            crate::value::type_name(v)
        )),
    }
}

fn truth_slot(v: Value) -> PyResult<bool> {
    if let Some(r) = try_dunder(v, "__bool__", &[]) {
        let r = r?;
        return match r {
            crate::value::TRUE => Ok(true),
            crate::value::FALSE => Ok(false),
            _ => {
                let t = crate::value::type_name(r);
                decref(r);
                type_error(&format!("__bool__ should return bool, returned {t}"))
            }
        };
    }
    match try_dunder(v, "__len__", &[]) {
        Some(r) => Ok(len_result(r?)? != 0),
        None => Ok(true),
    }
}

fn getitem_slot(v: Value, k: Value) -> PyResult<Value> {
    try_dunder(v, "__getitem__", &[k]).unwrap_or_else(|| {
        type_error(&format!(
            "'{}' object is not subscriptable",
            crate::value::type_name(v)
        ))
    })
}

fn unit(r: PyResult<Value>) -> PyResult<()> {
    decref(r?);
    Ok(())
}

fn setitem_slot(v: Value, k: Value, x: Value) -> PyResult<()> {
    match try_dunder(v, "__setitem__", &[k, x]) {
        Some(r) => unit(r),
        None => type_error(&format!(
            "'{}' object does not support item assignment",
            crate::value::type_name(v)
        )),
    }
}

fn delitem_slot(v: Value, k: Value) -> PyResult<()> {
    match try_dunder(v, "__delitem__", &[k]) {
        Some(r) => unit(r),
        None => type_error(&format!(
            "'{}' object doesn't support item deletion",
            crate::value::type_name(v)
        )),
    }
}

fn contains_slot(v: Value, x: Value) -> PyResult<bool> {
    match try_dunder(v, "__contains__", &[x]) {
        Some(r) => {
            let r = r?;
            let t = crate::ops::try_is_true(r);
            decref(r);
            t
        }
        None if dunder(v, "__iter__").is_some() => {
            // CPython's fallback: iterate, comparing with `==`.
            let it = iter_slot(v)?;
            let found = loop {
                let item = match crate::seq::iter_next(it) {
                    Ok(crate::value::UNBOUND) => break Ok(false),
                    Ok(item) => item,
                    Err(e) => break Err(e),
                };
                let eq = crate::ops::eq_identity(item, x);
                decref(item);
                match eq {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
            };
            decref(it);
            found
        }
        None => type_error(&format!(
            "argument of type '{}' is not iterable",
            crate::value::type_name(v)
        )),
    }
}

fn iter_slot(v: Value) -> PyResult<Value> {
    match try_dunder(v, "__iter__", &[]) {
        Some(r) => {
            let r = r?;
            if crate::seq::is_iter(r) || is_instance(r) && dunder(r, "__next__").is_some() {
                return Ok(r);
            }
            let t = crate::value::type_name(r);
            decref(r);
            type_error(&format!("iter() returned non-iterator of type '{t}'"))
        }
        None => type_error(&format!(
            "'{}' object is not iterable",
            crate::value::type_name(v)
        )),
    }
}

fn call_slot(v: Value, args: &[Value]) -> PyResult<Value> {
    try_dunder(v, "__call__", args).unwrap_or_else(|| {
        type_error(&format!(
            "'{}' object is not callable",
            crate::value::type_name(v)
        ))
    })
}

/// The slots of every user class: each calls the class's dunder method,
/// or does what CPython does for a class without it.
pub const INSTANCE: crate::slots::Slots = crate::slots::Slots {
    repr: Some(repr_slot),
    str: Some(str_slot),
    hash: Some(hash_slot),
    len: Some(len_slot),
    truth: Some(truth_slot),
    iter: Some(iter_slot),
    getitem: Some(getitem_slot),
    setitem: Some(setitem_slot),
    delitem: Some(delitem_slot),
    contains: Some(contains_slot),
    call: Some(call_slot),
    ..crate::slots::Slots::NONE
};

/// The dunder names of a binary operator: (`__op__`, `__rop__`, `__iop__`).
fn op_names(op: crate::ops::BinOp) -> (&'static str, &'static str, &'static str) {
    use crate::ops::BinOp as B;
    match op {
        B::Add => ("__add__", "__radd__", "__iadd__"),
        B::Sub => ("__sub__", "__rsub__", "__isub__"),
        B::Mul => ("__mul__", "__rmul__", "__imul__"),
        B::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        B::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        B::Mod => ("__mod__", "__rmod__", "__imod__"),
        B::Pow => ("__pow__", "__rpow__", "__ipow__"),
        B::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        B::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        B::BitAnd => ("__and__", "__rand__", "__iand__"),
        B::BitOr => ("__or__", "__ror__", "__ior__"),
        B::BitXor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// Calls `v.name(arg)`: `None` when `v` lacks it or it returned
/// NotImplemented.
fn try_binary(v: Value, name: &str, arg: Value) -> Option<PyResult<Value>> {
    match try_dunder(v, name, &[arg])? {
        Ok(r) if r == crate::introspect::molt_not_implemented() => {
            decref(r);
            None
        }
        r => Some(r),
    }
}

/// `a op b` when either operand is an instance: `a.__op__(b)`, then
/// `b.__rop__(a)` (first when `b`'s class is a proper subclass of `a`'s
/// that defines it), skipping NotImplemented; `None` when neither is an
/// instance.
pub fn binop(op: crate::ops::BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    if !is_instance(a) && !is_instance(b) {
        return None;
    }
    // `"%s" % obj`: str and bytes format any right operand themselves.
    if op == crate::ops::BinOp::Mod
        && !is_instance(a)
        && matches!(view(a), Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_))
    {
        return None;
    }
    let (name, rname, _) = op_names(op);
    Some(binary_protocol(a, b, name, rname).unwrap_or_else(|| {
        type_error(&format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            crate::value::type_name(a),
            crate::value::type_name(b)
        ))
    }))
}

/// Does `b`'s class provide its own `name`, not the one `a`'s class has?
/// (CPython tries a subclass's reflected method first only then.)
fn overrides(b: Value, a: Value, name: &str) -> bool {
    match (dunder(b, name), dunder(a, name)) {
        (Some(x), Some(y)) => x != y,
        (Some(_), None) => true,
        _ => false,
    }
}

fn binary_protocol(a: Value, b: Value, name: &str, rname: &str) -> Option<PyResult<Value>> {
    let (ta, tb) = (type_of(a), type_of(b));
    let same = std::ptr::eq(ta, tb);
    let reflected_first = !same && tb.is_subtype(ta) && overrides(b, a, rname);
    if reflected_first {
        if let Some(r) = try_binary(b, rname, a) {
            return Some(r);
        }
    }
    if let Some(r) = try_binary(a, name, b) {
        return Some(r);
    }
    if !same && !reflected_first {
        if let Some(r) = try_binary(b, rname, a) {
            return Some(r);
        }
    }
    None
}

/// `a op= b` when `a` is an instance: `a.__iop__(b)`, else `a op b`.
pub fn inplace(op: crate::ops::BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    if !is_instance(a) {
        return None;
    }
    let (_, _, iname) = op_names(op);
    if let Some(r) = try_binary(a, iname, b) {
        return Some(r);
    }
    let (name, rname, _) = op_names(op);
    Some(binary_protocol(a, b, name, rname).unwrap_or_else(|| {
        type_error(&format!(
            "unsupported operand type(s) for {}=: '{}' and '{}'",
            op.symbol(),
            crate::value::type_name(a),
            crate::value::type_name(b)
        ))
    }))
}

/// `-v`, `+v`, `~v` on an instance (`name` is the dunder): `None` when `v`
/// is not an instance.
pub fn unary(v: Value, name: &str, symbol: &str) -> Option<PyResult<Value>> {
    if !is_instance(v) {
        return None;
    }
    Some(try_dunder(v, name, &[]).unwrap_or_else(|| {
        let what = if symbol.ends_with(')') {
            symbol.to_string()
        } else {
            format!("unary {symbol}")
        };
        type_error(&format!(
            "bad operand type for {what}: '{}'",
            crate::value::type_name(v)
        ))
    }))
}

/// `a op b` for a rich comparison when either operand is an instance, as
/// a value (`__eq__` may return anything): the reflected method of the
/// right operand goes first when its class is a proper subclass of the
/// left's; `==`/`!=` fall back to identity, `!=` to the negation of
/// `__eq__`; `None` when neither operand is an instance.
pub fn rich_compare(op: crate::ops::CmpOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    use crate::ops::CmpOp as C;
    if !is_instance(a) && !is_instance(b) {
        return None;
    }
    let (name, rname) = match op {
        C::Lt => ("__lt__", "__gt__"),
        C::Le => ("__le__", "__ge__"),
        C::Gt => ("__gt__", "__lt__"),
        C::Ge => ("__ge__", "__le__"),
        C::Eq => ("__eq__", "__eq__"),
        C::Ne => ("__ne__", "__ne__"),
    };
    let (ta, tb) = (type_of(a), type_of(b));
    // Unlike the arithmetic operators', a subclass's reflected comparison
    // goes first even when it only inherits it (CPython's do_richcompare).
    let reflected_first = !std::ptr::eq(ta, tb) && tb.is_subtype(ta);
    if reflected_first {
        if let Some(r) = try_binary(b, rname, a) {
            return Some(r);
        }
    }
    if let Some(r) = try_binary(a, name, b) {
        return Some(r);
    }
    if !reflected_first {
        if let Some(r) = try_binary(b, rname, a) {
            return Some(r);
        }
    }
    Some(match op {
        C::Eq => Ok(crate::value::bool_value(a == b)),
        // `!=` without `__ne__`: the negation of `__eq__` (object's `__ne__`).
        C::Ne => match rich_compare(C::Eq, a, b)? {
            Ok(r) => {
                let t = crate::ops::try_is_true(r);
                decref(r);
                t.map(|t| crate::value::bool_value(!t))
            }
            e => e,
        },
        _ => type_error(&format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            crate::value::type_name(a),
            crate::value::type_name(b)
        )),
    })
}

/// Calls a bound method: `env` is the tuple `(function, receiver)`.
unsafe extern "C" fn call_bound_method(env: Value, args: *const Value, n: usize) -> Value {
    let Obj::Tuple(&[f, recv]) = view(env) else {
        return crate::exc::ret(type_error("bad bound method"));
    };
    // SAFETY: the caller passes `n` readable values.
    let args = unsafe { crate::builtins::slice(args, n) };
    crate::exc::ret(call_with_self(f, recv, args, &[]))
}

/// `recv.f` for a function `f` found in `recv`'s class: a bound method.
fn bound_method(f: Value, recv: Value) -> Value {
    let Obj::Func(fo) = view(f) else {
        incref(f);
        return f;
    };
    let env = match crate::tuple::tuple_from_borrowed(&[f, recv]) {
        Ok(t) => t,
        Err(_) => crate::alloc::out_of_memory(),
    };
    let m = crate::func::func_new(call_bound_method, env, fo.name);
    decref(env);
    // SAFETY: `m` is the function object just made, not shared yet.
    unsafe { (*(m as *mut ObjHeader)).ty = &crate::func::MOLT_TYPE_METHOD };
    m
}

/// The function and the instance of bound method `f`, if it is one.
pub fn bound_parts(f: Value) -> Option<(Value, Value)> {
    let Obj::Func(fo) = view(f) else {
        return None;
    };
    if !std::ptr::fn_addr_eq(fo.code, call_bound_method as crate::func::FuncCode) {
        return None;
    }
    match view(fo.env) {
        Obj::Tuple(&[func, recv]) => Some((func, recv)),
        _ => None,
    }
}

/// `a == b` for two function objects: bound methods are equal when they
/// bind the same function to the same instance; others by identity.
pub fn func_eq(a: Value, b: Value) -> bool {
    match (bound_parts(a), bound_parts(b)) {
        (Some((f, r)), Some((g, s))) => f == g && r == s,
        _ => a == b,
    }
}

/// `hash(f)` of a function object (a bound method's from its parts).
pub fn func_hash(f: Value) -> i64 {
    match bound_parts(f) {
        Some((func, recv)) => crate::hash::hash_pointer(recv) ^ crate::hash::hash_pointer(func),
        None => crate::hash::hash_pointer(f),
    }
}

/// Appends the repr of a bound method of a user class, if `f` is one.
pub fn bound_method_repr(f: &crate::func::FuncObj, out: &mut String) -> bool {
    if !std::ptr::fn_addr_eq(f.code, call_bound_method as crate::func::FuncCode) {
        return false;
    }
    let Obj::Tuple(&[func, recv]) = view(f.env) else {
        return false;
    };
    let name = match view(func) {
        Obj::Func(fo) => str_of(fo.name),
        _ => String::new(),
    };
    let mut r = String::new();
    if crate::builtins::repr_into(recv, &mut r).is_err() {
        crate::exc::molt_err_clear();
        r = format!("<object at {recv:#x}>");
    }
    out.push_str(&format!("<bound method {name} of {r}>"));
    true
}

/// `isinstance(v, t)` for a class object `t` (a builtin type or a user class).
pub fn isinstance_of(v: Value, t: &crate::typeobj::TypeObj) -> bool {
    type_of(v).is_subtype(t.info)
}

/// The slot `pick` of `v`'s class when `v` is an instance (the generic
/// entry points try it before their builtin cases).
#[inline]
pub fn slot<T>(v: Value, pick: impl Fn(&crate::slots::Slots) -> Option<T>) -> Option<T> {
    if is_instance(v) {
        pick(&INSTANCE)
    } else {
        None
    }
}

/// `isinstance(v, types)` for a class object or a tuple of them (nested
/// tuples included), with CPython's TypeError for anything else.
pub fn isinstance(v: Value, types: Value) -> PyResult<bool> {
    if let Some(t) = crate::typeobj::as_type(types) {
        return Ok(isinstance_of(v, t));
    }
    if let Obj::Tuple(items) = view(types) {
        for &t in items {
            if isinstance(v, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

/// Runs `f` with the slice object `slice(start, stop, step)`: `obj[a:b]`
/// on an instance passes one to its item methods, as CPython does.
pub fn with_slice<T>(
    start: Value,
    stop: Value,
    step: Value,
    f: impl FnOnce(Value) -> PyResult<T>,
) -> PyResult<T> {
    let k = crate::sliceobj::molt_slice_new(start, stop, step);
    if k == crate::value::ERROR {
        return Err(crate::exc::Raised);
    }
    let r = f(k);
    decref(k);
    r
}
