//! The runtime ABI as the generated code uses it: the facts come from
//! `molt-abi` (shared with the runtime); this module maps them to Cranelift
//! types.

use cranelift_codegen::ir::types::{self, Type};
pub use molt_abi::layout::{
    FLOAT_VALUE_OFFSET, KIND_FLOAT, KIND_LIST, KIND_TUPLE, LIST_ITEMS_OFFSET, LIST_LEN_OFFSET,
    REFCNT_OFFSET, STR_NCHARS_OFFSET, TUPLE_ITEMS_OFFSET, TUPLE_LEN_OFFSET, TYPE_KIND_OFFSET,
    TYPE_OFFSET,
};
pub use molt_abi::value::{
    ERROR_BOOL, FALSE, FLOAT_ERROR_BITS, MAX_FRAMES, NONE, TRUE, UNBOUND, UNBOUND_BOOL,
    UNBOUND_F64_BITS,
};
use molt_abi::{AbiTy, Rt};

/// The Cranelift type of a value of ABI type `t`.
pub fn cl_type(t: AbiTy) -> Type {
    match t {
        AbiTy::F64 => types::F64,
        AbiTy::I32 | AbiTy::U32 => types::I32,
        AbiTy::Val | AbiTy::Usize | AbiTy::Items | AbiTy::Bytes | AbiTy::ConstTable => types::I64,
    }
}

/// The Cranelift parameter and result types of runtime entry `f`.
pub fn signature(f: Rt) -> (Vec<Type>, Option<Type>) {
    let params = f.params().iter().map(|t| cl_type(*t)).collect();
    (params, f.ret().map(cl_type))
}
