//! Where things sit inside heap objects, for code that reads them inline,
//! and the layout of the constant table the code generator emits.
//!
//! Every heap object starts with a 16-byte header: offset 0 the reference
//! count (`i64`), offset 8 the type record pointer. Only the fields listed
//! here may be touched by generated code; the rest of each object is the
//! runtime's business.

/// Byte offset of the reference count (`i64`) in every heap object.
pub const REFCNT_OFFSET: i32 = 0;
/// Byte offset of the type record pointer in every heap object.
pub const TYPE_OFFSET: i32 = 8;
/// Size of the object header.
pub const HEADER_SIZE: usize = 16;

/// Byte offset of the `kind` (`u32`) in a type record: what layout the
/// type's instances have.
pub const TYPE_KIND_OFFSET: i32 = 0;
/// The `kind` of floats.
pub const KIND_FLOAT: u32 = 2;
/// The `kind` of tuples.
pub const KIND_TUPLE: u32 = 4;
/// The `kind` of lists.
pub const KIND_LIST: u32 = 7;
/// The `kind` of instances of user classes (fields at fixed offsets
/// after the header and the attribute-dict word).
pub const KIND_INSTANCE: u32 = 23;

/// Byte offset of a float object's `f64`.
pub const FLOAT_VALUE_OFFSET: i32 = 16;

/// Byte offset of a str's length in UTF-8 bytes (`usize`).
pub const STR_LEN_OFFSET: i32 = 16;
/// Byte offset of a str's code-point count (`usize`).
pub const STR_NCHARS_OFFSET: i32 = 24;
/// Byte offset of a str's cached hash (`i64`, `-1` until computed).
pub const STR_HASH_OFFSET: i32 = 32;
/// Byte offset of a str's first byte (the UTF-8 data is inline).
pub const STR_DATA_OFFSET: i32 = 40;

/// Byte offset of a tuple's length (`usize`).
pub const TUPLE_LEN_OFFSET: i32 = 16;
/// Byte offset of a tuple's first item (items are inline).
pub const TUPLE_ITEMS_OFFSET: i32 = 24;

/// Byte offset of a list's length (`usize`).
pub const LIST_LEN_OFFSET: i32 = 16;
/// Byte offset of a list's item pointer (`*mut Value`); it changes whenever
/// the list grows, so it must be reloaded after any call.
pub const LIST_ITEMS_OFFSET: i32 = 24;
/// Byte offset of a list's capacity (`usize`).
pub const LIST_CAP_OFFSET: i32 = 32;

/// One entry of the constant table that the module body hands to the
/// runtime at start-up: make a constant object of `kind` from `data[..len]`
/// and store it to `*slot`.
#[repr(C)]
pub struct ConstEntry {
    /// One of [`CONST_STR`], [`CONST_INT`], [`CONST_BYTES`], [`CONST_TUPLE`].
    pub kind: u64,
    /// The text (UTF-8, decimal digits, raw bytes), or a tuple's item pairs.
    pub data: *const u8,
    /// Bytes of text, or items of a tuple.
    pub len: usize,
    /// Where the made object goes.
    pub slot: *mut u64,
}

/// A [`ConstEntry`] kind: a str from UTF-8 text.
pub const CONST_STR: u64 = 0;
/// A [`ConstEntry`] kind: an int from decimal digits (with an optional `-`).
pub const CONST_INT: u64 = 1;
/// A [`ConstEntry`] kind: bytes.
pub const CONST_BYTES: u64 = 2;
/// A [`ConstEntry`] kind: a tuple of `len` items, each a `[kind, payload]`
/// pair of words (kinds `CONST_ITEM_*`).
pub const CONST_TUPLE: u64 = 3;

/// A constant tuple item: the payload is the value's word (an immediate).
pub const CONST_ITEM_VALUE: u64 = 0;
/// A constant tuple item: the payload is an `f64`'s bits (boxed at start-up).
pub const CONST_ITEM_FLOAT: u64 = 1;
/// A constant tuple item: the payload is the address of an earlier
/// constant's slot.
pub const CONST_ITEM_SLOT: u64 = 2;
