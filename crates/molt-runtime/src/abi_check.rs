//! Checks, at compile time, every runtime entry point in `molt-abi`'s table
//! against the function this crate exports under that name.
//!
//! For each row `Variant = symbol(params) -> ret` of
//! [`molt_abi::runtime_entries!`] this expands to a `const` of the row's
//! function pointer type initialised with `symbol`: a missing function, or
//! one whose parameter or result types differ from the table, fails the
//! build. (Safe and `unsafe` functions both coerce to the `unsafe` pointer
//! type, so the table does not record which they are.)

#[allow(unused_imports)]
use crate::{
    builtins::*, bytes::*, consts::*, descr::*, dict::*, dict_methods::*, exc::*, float::*,
    format::*, func::*, glue::*, hash::*, inplace::*, instance::*, int::*, introspect::*, io::*,
    iterbuiltins::*, kwargs::*, list::*, math::*, num_methods::*, ops::*, range::*, seq::*, set::*,
    sliceobj::*, str::*, str_methods::direct::*, str_methods::*, strformat::*, subscript::*,
    sysmod::*, time::*, translate::*, tuple::*, typeobj::*, value::*,
};

macro_rules! check_entries {
    ($($(#[doc = $doc:literal])* $variant:ident = $sym:ident ($($p:ident),*) $(-> $r:ident)?;)*) => {
        $(
            const _: unsafe extern "C" fn($(molt_abi::abi_rust_ty!($p)),*) $(-> molt_abi::abi_rust_ty!($r))? = $sym;
        )*
    };
}

molt_abi::runtime_entries!(check_entries);

/// The object layouts `molt_abi::layout` promises compiled code.
mod layouts {
    use crate::str::StrObj;
    use crate::tuple::TupleObj;
    use crate::value::{FloatObj, ObjHeader};
    use molt_abi::layout as abi;
    use std::mem::{offset_of, size_of};

    const fn at(offset: usize, promised: i32) -> bool {
        offset == promised as usize
    }

    const _: () = assert!(at(offset_of!(ObjHeader, refcnt), abi::REFCNT_OFFSET));
    const _: () = assert!(at(offset_of!(ObjHeader, ty), abi::TYPE_OFFSET));
    const _: () = assert!(at(
        offset_of!(crate::value::TypeInfo, kind),
        abi::TYPE_KIND_OFFSET
    ));
    const _: () = assert!(size_of::<ObjHeader>() == abi::HEADER_SIZE);
    const _: () = assert!(at(offset_of!(FloatObj, value), abi::FLOAT_VALUE_OFFSET));
    const _: () = assert!(at(offset_of!(StrObj, len), abi::STR_LEN_OFFSET));
    const _: () = assert!(at(offset_of!(StrObj, nchars), abi::STR_NCHARS_OFFSET));
    const _: () = assert!(at(offset_of!(StrObj, hash), abi::STR_HASH_OFFSET));
    const _: () = assert!(at(size_of::<StrObj>(), abi::STR_DATA_OFFSET));
    const _: () = assert!(at(offset_of!(TupleObj, len), abi::TUPLE_LEN_OFFSET));
    const _: () = assert!(at(size_of::<TupleObj>(), abi::TUPLE_ITEMS_OFFSET));
    // Lists keep their fields private: `list.rs` checks their offsets.
}
