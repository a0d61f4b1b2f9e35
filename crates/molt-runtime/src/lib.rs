//! The Molt runtime: the object model, builtins and error machinery that every
//! compiled program links against as a static library.
//!
//! It does not contain a Python interpreter: compiled code does the work and
//! calls in here only for slow paths (bigints, allocation, errors, formatting).
//!
//! # ABI
//!
//! This comment describes the contract between the code generator
//! (`molt-codegen-native`) and this crate. Its facts (tags, offsets, kind
//! numbers, the entry points and their types) are defined once in
//! `molt-abi`, and `abi_check.rs` checks this crate against them at compile
//! time.
//!
//! ## Values
//!
//! A Python value is a 64-bit word, [`Value`]:
//!
//! | bit pattern                  | meaning                                              |
//! |------------------------------|------------------------------------------------------|
//! | `0`                          | *error sentinel*: "an exception is pending"; never stored |
//! | `(i << 1) \| 1`              | small int `i`, `-2^62 <= i < 2^62`                   |
//! | `0x02`                       | `None`                                               |
//! | `0x0A`                       | *unbound*: an unassigned local or global slot        |
//! | `0x06` / `0x0E`              | `False` / `True`                                     |
//! | non-zero, low 3 bits `000`   | pointer to a heap object (8-aligned)                 |
//!
//! So "is heap" is exactly `v & 7 == 0 && v != 0`, and since `0` never sits in
//! a variable, compiled code tests only `v & 7 == 0` before touching a refcount.
//!
//! ## Heap objects
//!
//! Every heap object starts with [`ObjHeader`] (16 bytes):
//! offset 0 `refcnt: i64`, offset 8 `ty: *const TypeInfo`. Compiled code
//! increments and decrements `refcnt` inline and calls [`molt_dealloc`] when a
//! decrement reaches zero. Objects created once and kept for the whole run
//! (constants) may be *immortal*: their count starts at [`IMMORTAL_REFCNT`] and
//! never reaches zero. A float object holds its `f64` at offset 16
//! ([`FLOAT_VALUE_OFFSET`]), so compiled code can unbox a known float inline.
//!
//! ## Typed (unboxed) representations
//!
//! Compiled code keeps statically typed values unboxed: `int` as a tagged word
//! (same bits as a [`Value`]: small ints inline, bigints on the heap), `float`
//! as an `f64`, `bool` as an `i8` (0/1).
//!
//! ## Errors
//!
//! An exception is signalled by a function's return value, never by a flag
//! polled on the fast path:
//! - functions returning a [`Value`] return `0`;
//! - functions returning `f64` return [`FLOAT_ERROR_BITS`] (a NaN payload) *and*
//!   set the pending exception; the caller checks the bits inline and, only if
//!   they match, calls [`molt_err_occurred`] to tell a real error from a NaN;
//! - functions returning `i32` truth values return `-1`.
//!
//! The pending exception lives in this crate's per-thread state. Raising
//! functions (`molt_raise*`) set it and return `0`. While an exception
//! propagates, each compiled frame calls [`molt_tb_push`] once, so the
//! traceback is built only on the error path.
//!
//! ## Program entry
//!
//! This crate defines the C `main`. It initialises the runtime, calls the
//! generated `molt_module_main() -> Value` (the module body), and if that
//! returns `0` prints the traceback and the final `Type: message` line to
//! stderr exactly as CPython does and exits with status 1. Stdout is buffered
//! and flushed at exit and before anything is written to stderr.
//!
//! ## Ownership
//!
//! Arguments are *borrowed*: a runtime function never consumes its arguments'
//! references. Returned [`Value`]s are *new* references owned by the caller.

//!
//! ## Object layouts (for inline code)
//!
//! Every [`TypeInfo`] starts with a `kind: u32` ([`value::KIND_BIGINT`],
//! [`value::KIND_FLOAT`], ...). The type records are exported statics
//! (`MOLT_TYPE_INT`, `MOLT_TYPE_FLOAT`, `MOLT_TYPE_STR`, `MOLT_TYPE_TUPLE`,
//! `MOLT_TYPE_EXCEPTION`, `MOLT_TYPE_LIST`, `MOLT_TYPE_FUNCTION`,
//! `MOLT_TYPE_RANGE`), so compiled code may test a type by comparing
//! `ty` with a symbol address. Beyond the header:
//! - float: `f64` at offset 16;
//! - int (heap): a bigint that never fits the small-int range (results are
//!   always normalised back to small ints), opaque;
//! - str: offset 16 `len: usize` (UTF-8 bytes), 24 `nchars: usize` (code
//!   points), 32 `hash: i64` (CPython's hash, cached by [`hash`] on first
//!   use; `-1` until then), bytes inline from offset 40;
//! - tuple: offset 16 `len: usize`, items (`Value`s) inline from offset 24;
//! - list: offset 16 `len: usize`, 24 `items: *mut Value` (item `i` at
//!   `items + 8*i`, each an owned reference), 32 `cap: usize`. `items` may
//!   dangle when `cap == 0`, and is replaced whenever the list grows, so it
//!   must be reloaded after any call. Inline code may read `items[i]` for
//!   `i < len`, and may append (store at `items[len]`, then `len += 1`)
//!   only when `len < cap`; anything else goes through the runtime;
//! - function: offset 16 `code`, 24 `env: Value`, 32 `name: Value` (a str),
//!   40 `compiled`, 48 `nparams`. A runtime-made function has `code`, an
//!   `extern "C" fn(env, args: *const Value, n: usize) -> Value`; a compiled
//!   one (made by `molt_func_new`) has `compiled`, the address of its
//!   boxed entry point (see [`func`]);
//! - range: offset 16 `start`, 24 `stop`, 32 `step`, 40 `len`, all int
//!   values (small ints or bigints);
//! - dict (`MOLT_TYPE_DICT`), set (`MOLT_TYPE_SET`), frozenset
//!   (`MOLT_TYPE_FROZENSET`), dict views (`MOLT_TYPE_DICT_VIEW`): opaque
//!   beyond the header; use the entry points below.
//!
//! ## Exceptions
//!
//! Kinds are the fixed `u32` numbers [`EXC_EXCEPTION`] .. [`EXC_MEMORY_ERROR`]
//! used by [`molt_raise_msg`]; the message passed there is the exact text
//! printed after `Kind: ` (so a `KeyError` message must already be quoted).
//! Handlers use [`molt_err_matches`] (subclass-aware), [`molt_err_fetch`]
//! (take the exception object and clear the traceback), [`molt_err_clear`]
//! and [`molt_err_restore`] (re-raise a fetched exception).
//! An uncaught `SystemExit` prints no traceback: it exits with its code.
//!
//! ## Entry points by module
//!
//! - [`value`]: `molt_incref`, `molt_decref`, `molt_dealloc`, `molt_make_immortal`;
//! - [`consts`]: `molt_init_consts(table, n)`, called once by the module
//!   body: makes every constant object (strs, big ints, bytes, tuples of
//!   constants) from the code generator's table and stores each to its slot;
//! - [`int`], [`float`], [`str`](mod@str), [`tuple`](mod@tuple): boxing and constants
//!   (`molt_int_from_decimal`, `molt_float_new`, `molt_float_unbox`,
//!   `molt_str_from_utf8`, `molt_tuple_new`, ...) and the f64 fast paths
//!   (`molt_float_floordiv`, `molt_float_mod`, `molt_float_pow`,
//!   `molt_float_truediv`);
//! - [`ops`]: generic operators (`molt_add` .. `molt_bitxor`, `molt_lt` ..
//!   `molt_ne`, `molt_neg`, `molt_pos`, `molt_invert`, `molt_is_true`);
//! - [`builtins`]: `molt_print`, `molt_str`, `molt_repr`, `molt_int_new`, ...;
//! - [`math`]: `molt_math_*` (Value and `_f64` variants);
//! - [`format`](mod@format): `molt_format` (`format(v, spec)`, f-string fields),
//!   `molt_ascii`, `molt_str_join` (f-string assembly: `n` strs at a pointer);
//! - [`str_methods`]: `molt_call_method(items, n)`: `items[0]` is the
//!   receiver, `items[1]` the method name (a str), `items[2..n]` the
//!   positional arguments; str methods (the list-returning ones in
//!   [`str_split`]), list methods ([`list_methods`]), `tuple.count`/`index`
//!   and `range.count`/`index`, AttributeError for unknown names,
//!   the methods of dicts, sets, frozensets and dict views (dispatched to
//!   [`dict_methods`], [`set_ops`], [`dict_view`]); `str.format` and
//!   `str % args` are in [`strformat`], `str.translate` and
//!   `molt_str_maketrans` in [`translate`], bytes in [`bytes`], the methods
//!   of ints, floats and slices in [`num_methods`] (`molt_int_from_bytes`,
//!   `molt_float_fromhex` for the class methods); the most used str methods
//!   also have direct entries for receivers known to be strs
//!   (`molt_s_upper(s)`, `molt_s_split(s, sep)`, `molt_s_join_items(items,
//!   n)`, ...; an optional argument not passed is `UNBOUND`);
//! - [`kwargs`]: `molt_call_method_kw(items, n, kwnames)`: as
//!   `molt_call_method`, but `kwnames` (a tuple of strs) names the last
//!   `len(kwnames)` items, which are keyword arguments (`l.sort(key=f)`,
//!   `s.split(sep=",")`); an empty tuple means none;
//! - [`list`]: `molt_list_new(items, n)`, `molt_list_append(l, v)` (None);
//!   `list.sort` is in [`sort`] and [`timsort`];
//! - [`subscript`]: `molt_setitem(obj, key, v)`, `molt_delitem(obj, key)`,
//!   `molt_setslice(obj, start, stop, step, v)`,
//!   `molt_delslice(obj, start, stop, step)` (all return None; absent slice
//!   bounds are None; `v` may be any iterable);
//! - [`func`]: `molt_func_new(code, nparams, name, name_len, env, env_n)`
//!   (a compiled function value) and `molt_call_v(items, n)` (`items[0]`
//!   called with the rest);
//! - [`inplace`]: `molt_inplace_add` .. `molt_inplace_xor` (`a op= b`: lists,
//!   sets and dicts in place, otherwise the binary operator);
//! - [`glue`]: `molt_call_method_kwv`, `molt_map_v` (the code generator's
//!   array convention), `molt_isinstance(v, type_bits)`,
//!   `molt_type_name(v)`, `molt_getattr(v, name)`;
//! - [`range`]: `molt_range_new(start, stop, step)` (`start` unbound = 0,
//!   `step` unbound = 1);
//! - [`iterbuiltins`] (the lazy iterators are in [`builtin_iter`]):
//!   `molt_list_from(x)`, `molt_tuple_from(x)`, `molt_sorted(x, key, reverse)`, `molt_reversed(x)`, `molt_sum(x, start)`,
//!   `molt_any(x)`, `molt_all(x)`, `molt_min_iter(x, key, default)`,
//!   `molt_max_iter(x, key, default)`, `molt_map(f, iterables, n)`,
//!   `molt_filter(f, x)`, `molt_next(it, default)`; an optional argument not
//!   given is passed as unbound (`0x0A`), and `key=None` is no key;
//! - [`seq`]: `molt_getitem`, `molt_slice`, `molt_contains`, `molt_iter`,
//!   `molt_iter_next` (unbound when exhausted), `molt_enumerate`, `molt_zip`,
//!   `molt_unpack`, for strs, tuples, lists, ranges and iterators;
//! - [`hash`]: `molt_hash(v)` (`hash(v)`, CPython 3.11's values);
//! - [`dict`]: `molt_dict_new()`, `molt_dict_from_items(keys, values, n)`
//!   (a display `{k0: v0, ...}`: two arrays of `n` values),
//!   `molt_dict_setitem(d, k, v)` (returns None), `molt_dict_getitem(d, k)`,
//!   `molt_dict_delitem(d, k)` (returns None), `molt_dict_get(d, k, default)`,
//!   `molt_dict_contains(d, k) -> i32` (1/0, -1 on error);
//!   [`dict_methods`]: `molt_dict_from(x)` (`dict(x)`),
//!   `molt_dict_fromkeys(iterable, value)` (`value` unbound = None),
//!   `molt_dict_update(d, other)` (`d.update(other)`, returns None),
//!   `molt_dict_update_display(d, other)` (`{**other}`: other must be a
//!   dict, else `TypeError: 'int' object is not a mapping`; returns None);
//!   `molt_getitem`, `molt_contains`, `molt_iter`, `molt_len`, `molt_repr`,
//!   `molt_eq`/`molt_ne`, `molt_bitor` also accept dicts and views;
//! - [`set`]: `molt_set_new()`, `molt_set_add(s, v)` (returns None; set
//!   displays and comprehensions), `molt_set_update(s, iterable)` (`{*a}`,
//!   returns None), `molt_set_from(iterable)` (`set(x)`),
//!   `molt_frozenset_from(iterable)` (`frozenset(x)`; unbound = empty);
//!   the generic `molt_bitor`/`molt_bitand`/`molt_sub`/`molt_bitxor` and
//!   comparisons handle set algebra;
//! - [`bytes`](mod@bytes): `molt_bytes_from_data(ptr, len)` (a literal),
//!   `molt_bytes_new(x)` / `molt_bytearray_new(x)` (`bytes(x)`,
//!   `bytearray(x)`; `x` unbound = empty), `molt_bytes_fromhex(s)`,
//!   `molt_bytearray_fromhex(s)`; `MOLT_TYPE_BYTES` (kind
//!   [`value::KIND_BYTES`]: offset 16 `len`, 24 cached `hash`, data inline
//!   from 32) and `MOLT_TYPE_BYTEARRAY` (kind [`value::KIND_BYTEARRAY`],
//!   opaque). Indexing, slicing, `in`, iteration, `len`, `+`, `*`,
//!   comparisons, `hash`, item assignment and the methods (including
//!   `str.encode`) go through the generic entry points;
//! - [`exc`]: raising, handler support and tracebacks;
//! - [`entry`]: the C `main`.
//!
//! Every exported function takes borrowed arguments and returns a new
//! reference (or `0` with the pending exception set). Pointer+length
//! arguments (`*const u8, usize`) may be dangling when the length is 0.
//!
//! ## Linking
//!
//! `main` and the `molt_module_main` import are compiled only with the
//! default `entry` feature and never under `cfg(test)`, so unit tests and
//! Rust crates that want this library without a program entry still link.

#![allow(clippy::missing_safety_doc)]

mod abi_check;
mod alloc;
pub mod argcheck;
pub mod builtin_iter;
pub mod builtins;
pub mod bytes;
pub mod consts;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod dict_view;
pub mod entry;
pub mod exc;
pub mod float;
pub mod format;
pub mod func;
pub mod glue;
pub mod hash;
pub mod inplace;
pub mod instance;
pub mod int;
pub mod introspect;
pub mod io;
pub mod iterbuiltins;
pub mod kwargs;
pub mod list;
pub mod list_methods;
pub mod list_ops;
pub mod math;
pub mod num_methods;
pub mod ops;
pub mod range;
pub mod recursion;
pub mod seq;
pub mod set;
pub mod set_ops;
pub mod sliceobj;
pub mod slots;
pub mod sort;
pub mod state;
pub mod str;
pub mod str_methods;
pub mod str_split;
pub mod strformat;
pub mod subscript;
pub mod sysmod;
pub mod time;
pub mod timsort;
pub mod translate;
pub mod trashcan;
pub mod tuple;
pub mod typeobj;
mod unicode_tables;
pub mod value;

#[cfg(test)]
mod container_tests;
#[cfg(test)]
mod dict_set_tests;

#[global_allocator]
static GLOBAL: alloc::MoltAlloc = alloc::MoltAlloc;

pub use exc::*;
pub use value::{
    molt_dealloc, molt_decref, molt_incref, ObjHeader, TypeInfo, FLOAT_ERROR_BITS,
    FLOAT_VALUE_OFFSET, IMMORTAL_REFCNT,
};

/// A tagged Python value; see the crate documentation for the encoding.
pub type Value = u64;
