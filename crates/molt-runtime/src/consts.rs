//! The program's constant objects, made once at start-up from the table
//! the code generator emits (see `const_table` in molt-codegen-native):
//! strs, big ints, bytes and tuples of constants. Each object is stored to
//! its slot, which keeps a reference for the whole run.

use crate::Value;

use molt_abi::layout::{
    ConstEntry, CONST_BYTES as BYTES, CONST_INT as INT, CONST_ITEM_FLOAT as ITEM_FLOAT,
    CONST_ITEM_SLOT as ITEM_SLOT, CONST_ITEM_VALUE as ITEM_VALUE, CONST_STR as STR,
    CONST_TUPLE as TUPLE,
};

/// Makes the `n` constants of `table`, in order (a tuple's items that are
/// objects come earlier in the table, so their slots are filled).
///
/// # Safety
/// `table` points to `n` entries as the code generator lays them out, each
/// `data` to its text (or a tuple's `len` item pairs), each `slot` to a
/// writable word.
#[no_mangle]
pub unsafe extern "C" fn molt_init_consts(table: *const ConstEntry, n: usize) {
    for i in 0..n {
        // SAFETY: per the contract, entry `i` exists and its pointers are valid.
        unsafe {
            let e = &*table.add(i);
            let v = match e.kind {
                STR => crate::str::molt_str_from_utf8(e.data, e.len),
                INT => crate::int::molt_int_from_decimal(e.data, e.len),
                BYTES => crate::bytes::molt_bytes_from_data(e.data, e.len),
                TUPLE => tuple(e.data.cast::<[u64; 2]>(), e.len),
                _ => crate::value::NONE,
            };
            *e.slot = v;
        }
    }
}

/// A tuple of the `n` described items.
///
/// # Safety
/// `items` points to `n` pairs; a slot item's payload is the address of a
/// filled constant slot.
unsafe fn tuple(items: *const [u64; 2], n: usize) -> Value {
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        // SAFETY: per the contract.
        let [kind, payload] = unsafe { *items.add(k) };
        let v = match kind {
            ITEM_VALUE => payload,
            ITEM_FLOAT => crate::value::float_value(f64::from_bits(payload)),
            ITEM_SLOT => {
                // SAFETY: the payload is the address of a filled slot.
                let v = unsafe { *(payload as *const Value) };
                crate::value::incref(v);
                v
            }
            _ => crate::value::NONE,
        };
        out.push(v);
    }
    crate::tuple::tuple_from_owned(out).unwrap_or(crate::value::NONE)
}
