//! Constants of the runtime ABI (see `molt-runtime`'s crate docs), as the
//! generated code uses them. Keep in sync with the runtime.

/// `None`.
pub const NONE: u64 = 0x02;
/// The unbound marker for word-sized slots.
pub const UNBOUND: u64 = 0x0A;
/// `False`.
pub const FALSE: u64 = 0x06;
/// `True`.
pub const TRUE: u64 = 0x0E;
/// The unbound marker of an unboxed float slot (a NaN payload no operation produces).
pub const UNBOUND_F64_BITS: u64 = 0x7ff4_0000_0000_00aa;
/// The unbound marker of an unboxed bool slot.
pub const UNBOUND_BOOL: i64 = 2;
/// The error sentinel of functions returning `bool` (as `i8`).
pub const ERROR_BOOL: i64 = 2;
/// The error sentinel bits of functions returning `f64`.
pub const FLOAT_ERROR_BITS: u64 = 0x7ff4_d0e7_e44e_0001;
/// Byte offset of a float object's `f64`.
pub const FLOAT_VALUE_OFFSET: i32 = 16;
/// CPython's default recursion limit counts the module frame: at most this
/// many function frames may be active.
pub const MAX_FRAMES: i64 = 999;

/// Byte offset of a list's length (`usize`) in a list object.
pub const LIST_LEN_OFFSET: i32 = 16;
/// Byte offset of a str's code-point count (`usize`) in a str object.
pub const STR_NCHARS_OFFSET: i32 = 24;
/// Byte offset of a list's item pointer (`*mut Value`) in a list object.
pub const LIST_ITEMS_OFFSET: i32 = 24;
