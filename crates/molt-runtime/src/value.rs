//! Value tagging, the heap object header, type records and reference counting.
//!
//! Invariant relied on by the whole crate: every [`Value`] handed to the
//! runtime by compiled code is either an immediate or a live heap object
//! created by this crate, borrowed for the duration of the call.

use crate::Value;
use num_bigint::BigInt;

pub use molt_abi::layout::FLOAT_VALUE_OFFSET;
pub use molt_abi::value::{
    ERROR, FALSE, FLOAT_ERROR_BITS, IMMORTAL_REFCNT, NONE, SMALL_MAX, SMALL_MIN, TRUE, UNBOUND,
};

/// The kinds compiled code tests inline (see `molt_abi::layout`).
pub use molt_abi::layout::{KIND_FLOAT, KIND_LIST, KIND_TUPLE};
/// [`TypeInfo::kind`] of heap ints (bigints outside the small-int range).
pub const KIND_BIGINT: u32 = 1;
/// [`TypeInfo::kind`] of strs.
pub const KIND_STR: u32 = 3;
/// [`TypeInfo::kind`] of exception objects.
pub const KIND_EXCEPTION: u32 = 5;
/// [`TypeInfo::kind`] of sequence iterators.
pub const KIND_ITER: u32 = 6;
/// [`TypeInfo::kind`] of function objects (callable values).
pub const KIND_FUNC: u32 = 8;
/// [`TypeInfo::kind`] of dicts.
pub const KIND_DICT: u32 = 9;
/// [`TypeInfo::kind`] of sets.
pub const KIND_SET: u32 = 10;
/// [`TypeInfo::kind`] of frozensets.
pub const KIND_FROZENSET: u32 = 11;
/// [`TypeInfo::kind`] of dict views (`keys()`, `values()`, `items()`).
pub const KIND_DICT_VIEW: u32 = 12;
/// [`TypeInfo::kind`] of range objects.
pub const KIND_RANGE: u32 = 13;
/// [`TypeInfo::kind`] of bytes.
pub const KIND_BYTES: u32 = 14;
/// [`TypeInfo::kind`] of bytearrays.
pub const KIND_BYTEARRAY: u32 = 15;
/// [`TypeInfo::kind`] of the standard stream objects (`sys.stdin`, `sys.stdout`).
pub const KIND_FILE: u32 = 16;

/// The header at offset 0 of every heap object.
#[repr(C)]
pub struct ObjHeader {
    /// Reference count; the object is freed when it drops to zero.
    pub refcnt: i64,
    /// The object's type record.
    pub ty: *const TypeInfo,
}

/// A type object's record: one per Python type (a static for builtin
/// types). It names the type, links it to its base (so `isinstance` and
/// exception matching walk the chain), says how its instances are laid out
/// and freed, and carries the type's slots: the operations the generic
/// entry points (`repr`, `len`, truth tests, ...) dispatch through.
///
/// `kind` stays first: it tells the concrete layout of builtin instances
/// (`view` decodes by it), the way compiled code may one day load it.
#[repr(C)]
pub struct TypeInfo {
    /// One of the `KIND_*` constants (the layout of instances).
    pub kind: u32,
    /// `TYPE_FLAG_*` bits.
    pub flags: u32,
    /// The Python type name (`'float'`), used in messages and reprs.
    pub name: &'static str,
    /// Frees an object of this type whose count reached zero.
    pub dealloc: unsafe fn(*mut ObjHeader),
    /// The base class (`None` only for `object`).
    pub base: Option<&'static TypeInfo>,
    /// The type's operations.
    pub slots: crate::slots::Slots,
}

/// The type can be subclassed (CPython's `Py_TPFLAGS_BASETYPE`).
pub const TYPE_FLAG_BASETYPE: u32 = 1;

impl TypeInfo {
    /// A builtin type deriving from `object`, with no slots.
    pub const fn builtin(
        kind: u32,
        name: &'static str,
        dealloc: unsafe fn(*mut ObjHeader),
    ) -> Self {
        TypeInfo {
            kind,
            flags: TYPE_FLAG_BASETYPE,
            name,
            dealloc,
            base: Some(&crate::typeobj::MOLT_TYPE_OBJECT),
            slots: crate::slots::Slots::NONE,
        }
    }

    /// This type with base class `base`.
    pub const fn with_base(mut self, base: &'static TypeInfo) -> Self {
        self.base = Some(base);
        self
    }

    /// This type with flags `flags`.
    pub const fn with_flags(mut self, flags: u32) -> Self {
        self.flags = flags;
        self
    }

    /// This type with slots `slots`.
    pub const fn with_slots(mut self, slots: crate::slots::Slots) -> Self {
        self.slots = slots;
        self
    }

    /// Is this type `other` or a subclass of it (walking the bases)?
    pub fn is_subtype(&self, other: &TypeInfo) -> bool {
        let mut t = Some(self);
        while let Some(ty) = t {
            if std::ptr::eq(ty, other) {
                return true;
            }
            t = ty.base;
        }
        false
    }
}

/// The type record of any value, immediates included.
pub fn type_of(v: Value) -> &'static TypeInfo {
    use crate::typeobj::{MOLT_TYPE_BOOL, MOLT_TYPE_NONE, MOLT_TYPE_OBJECT};
    match v {
        NONE => &MOLT_TYPE_NONE,
        TRUE | FALSE => &MOLT_TYPE_BOOL,
        _ if is_small(v) => &MOLT_TYPE_INT,
        // SAFETY: a live heap object (crate invariant); every `ty` points to
        // a type record that outlives the program.
        _ if is_heap(v) => unsafe { &*(*header(v)).ty },
        _ => &MOLT_TYPE_OBJECT,
    }
}

/// Is `v` a pointer to a heap object?
#[inline]
pub fn is_heap(v: Value) -> bool {
    v & 7 == 0 && v != 0
}

/// Is `v` an inline small int?
#[inline]
pub fn is_small(v: Value) -> bool {
    v & 1 == 1
}

/// Boxes `i` as a small int; the caller guarantees the range.
#[inline]
pub fn small(i: i64) -> Value {
    debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
    ((i << 1) | 1) as u64
}

/// The integer of a small-int value.
#[inline]
pub fn small_of(v: Value) -> i64 {
    (v as i64) >> 1
}

/// The bool value for `b`.
#[inline]
pub fn bool_value(b: bool) -> Value {
    if b {
        TRUE
    } else {
        FALSE
    }
}

/// The header of a heap value.
#[inline]
pub fn header(v: Value) -> *mut ObjHeader {
    v as *mut ObjHeader
}

/// The kind of a heap value (`KIND_*`).
#[inline]
pub fn heap_kind(v: Value) -> u32 {
    // SAFETY: `v` is a live heap object (crate invariant); its `ty` points to a static TypeInfo.
    unsafe { (*(*header(v)).ty).kind }
}

/// Allocates a heap object: moves `obj` (whose first field is an
/// [`ObjHeader`]) to the heap and returns it as a value.
pub fn alloc_boxed<T>(obj: T) -> Value {
    Box::into_raw(Box::new(obj)) as Value
}

/// Increments the count of a heap value; no-op for immediates.
#[inline]
pub fn incref(v: Value) {
    if is_heap(v) {
        // SAFETY: live heap object (crate invariant).
        unsafe { (*header(v)).refcnt += 1 }
    }
}

/// Decrements the count of a heap value, freeing it at zero.
#[inline]
pub fn decref(v: Value) {
    if is_heap(v) {
        // SAFETY: live heap object (crate invariant); freed only once, at zero.
        unsafe {
            let h = header(v);
            (*h).refcnt -= 1;
            if (*h).refcnt == 0 {
                ((*(*h).ty).dealloc)(h);
            }
        }
    }
}

/// Heap int payload: a bigint outside the small-int range.
#[repr(C)]
pub struct BigIntObj {
    /// Common header.
    pub header: ObjHeader,
    /// The value; never within `SMALL_MIN..=SMALL_MAX`.
    pub value: BigInt,
}

/// Float payload.
#[repr(C)]
pub struct FloatObj {
    /// Common header.
    pub header: ObjHeader,
    /// The value, at [`FLOAT_VALUE_OFFSET`].
    pub value: f64,
}

unsafe fn dealloc_bigint(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<BigIntObj>`.
    drop(unsafe { Box::from_raw(h as *mut BigIntObj) });
}

unsafe fn dealloc_float(h: *mut ObjHeader) {
    // SAFETY: `h` was allocated by `alloc_boxed::<FloatObj>`.
    drop(unsafe { Box::from_raw(h as *mut FloatObj) });
}

/// Type record of heap ints.
#[no_mangle]
pub static MOLT_TYPE_INT: TypeInfo =
    TypeInfo::builtin(KIND_BIGINT, "int", dealloc_bigint).with_slots(crate::slots::INT);
/// Type record of floats.
#[no_mangle]
pub static MOLT_TYPE_FLOAT: TypeInfo =
    TypeInfo::builtin(KIND_FLOAT, "float", dealloc_float).with_slots(crate::slots::FLOAT);

/// A borrowed, decoded view of a value, for dispatch in Rust.
#[derive(Clone, Copy)]
pub enum Obj<'a> {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// Small int.
    Int(i64),
    /// Heap int.
    BigInt(&'a BigInt),
    /// Float.
    Float(f64),
    /// Str.
    Str(&'a str),
    /// Tuple items.
    Tuple(&'a [Value]),
    /// List (mutable: read its items through [`crate::list::ListObj`]'s accessors).
    List(&'a crate::list::ListObj),
    /// Function object (a callable value).
    Func(&'a crate::func::FuncObj),
    /// Range object.
    Range(&'a crate::range::RangeObj),
    /// Exception object.
    Exc(&'a crate::exc::ExcObj),
    /// Dict.
    Dict(&'a crate::dict::DictObj),
    /// Set.
    Set(&'a crate::set::SetObj),
    /// Frozenset (same layout as a set).
    FrozenSet(&'a crate::set::SetObj),
    /// Dict view (`keys()`, `values()`, `items()`).
    DictView(&'a crate::dict_view::DictViewObj),
    /// Bytes data.
    Bytes(&'a [u8]),
    /// Bytearray (mutable: read its data through [`crate::bytes::ByteArrayObj::data`]).
    ByteArray(&'a crate::bytes::ByteArrayObj),
    /// The unbound marker or an unknown bit pattern.
    Other,
}

/// Decodes `v` (borrowed) for dispatch.
pub fn view<'a>(v: Value) -> Obj<'a> {
    match v {
        NONE => Obj::None,
        TRUE => Obj::Bool(true),
        FALSE => Obj::Bool(false),
        _ if is_small(v) => Obj::Int(small_of(v)),
        _ if is_heap(v) => {
            // SAFETY: live heap object (crate invariant); its kind tells its concrete layout,
            // and the borrow does not outlive the caller's borrow of `v`.
            unsafe {
                match heap_kind(v) {
                    KIND_BIGINT => Obj::BigInt(&(*(v as *const BigIntObj)).value),
                    KIND_FLOAT => Obj::Float((*(v as *const FloatObj)).value),
                    KIND_STR => Obj::Str(crate::str::str_slice(v)),
                    KIND_TUPLE => Obj::Tuple(crate::tuple::tuple_items(v)),
                    KIND_LIST => Obj::List(&*(v as *const crate::list::ListObj)),
                    KIND_FUNC => Obj::Func(&*(v as *const crate::func::FuncObj)),
                    KIND_RANGE => Obj::Range(&*(v as *const crate::range::RangeObj)),
                    KIND_EXCEPTION => Obj::Exc(&*(v as *const crate::exc::ExcObj)),
                    KIND_DICT => Obj::Dict(&*(v as *const crate::dict::DictObj)),
                    KIND_SET => Obj::Set(&*(v as *const crate::set::SetObj)),
                    KIND_FROZENSET => Obj::FrozenSet(&*(v as *const crate::set::SetObj)),
                    KIND_BYTES => Obj::Bytes(crate::bytes::bytes_slice(v)),
                    KIND_BYTEARRAY => Obj::ByteArray(&*(v as *const crate::bytes::ByteArrayObj)),
                    KIND_DICT_VIEW => Obj::DictView(&*(v as *const crate::dict_view::DictViewObj)),
                    _ => Obj::Other,
                }
            }
        }
        _ => Obj::Other,
    }
}

/// The Python type name of `v`, as used in error messages.
pub fn type_name(v: Value) -> &'static str {
    type_of(v).name
}

/// A new float object.
pub fn float_value(x: f64) -> Value {
    alloc_boxed(FloatObj {
        header: ObjHeader {
            refcnt: 1,
            ty: &MOLT_TYPE_FLOAT,
        },
        value: x,
    })
}

/// Increments the count of `v` (no-op for immediates).
#[no_mangle]
pub extern "C" fn molt_incref(v: Value) {
    incref(v)
}

/// Decrements the count of `v`, freeing it at zero (no-op for immediates).
#[no_mangle]
pub extern "C" fn molt_decref(v: Value) {
    decref(v)
}

/// Frees a heap object whose count inline code brought to zero, releasing
/// its children.
#[no_mangle]
pub extern "C" fn molt_dealloc(v: Value) {
    if is_heap(v) {
        // SAFETY: compiled code calls this once, when the count of a live object hit zero.
        unsafe { ((*(*header(v)).ty).dealloc)(header(v)) }
    }
}

/// Makes a heap value immortal (for constants kept for the whole run).
#[no_mangle]
pub extern "C" fn molt_make_immortal(v: Value) {
    if is_heap(v) {
        // SAFETY: live heap object (crate invariant).
        unsafe { (*header(v)).refcnt = IMMORTAL_REFCNT }
    }
}
