//! The builtin types `isinstance` can test for, by bit.
//!
//! `isinstance(x, (int, str))` compiles to a call with a bit set of these
//! types (bit `i` is `TYPE_BITS[i]`); the runtime computes the same bits for
//! a value and intersects them.

/// The builtin type names `isinstance` accepts, by bit (bit i = `1 << i`).
pub const TYPE_BITS: [&str; 14] = [
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
    "object",
    "bytes",
    "bytearray",
    "slice",
];

/// The bit of the builtin type named `name`, if `isinstance` knows it.
pub fn type_bit(name: &str) -> Option<u32> {
    TYPE_BITS.iter().position(|t| *t == name).map(|i| 1 << i)
}

/// The bit of `name`, for names known to be in [`TYPE_BITS`] (a constant
/// table lookup the runtime makes at compile time).
pub const fn bit_of(name: &str) -> u32 {
    let mut i = 0;
    while i < TYPE_BITS.len() {
        if str_eq(TYPE_BITS[i], name) {
            return 1 << i;
        }
        i += 1;
    }
    panic!("not an isinstance type name")
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
