//! The Molt runtime: the object model, builtins and error machinery that every
//! compiled program links against as a static library.
//!
//! It does not contain a Python interpreter: compiled code does the work and
//! calls in here only for slow paths (bigints, allocation, errors, formatting).
//!
//! # ABI
//!
//! This comment is the single source of truth for the contract between the
//! code generator (`molt-codegen-native`) and this crate. Change both together.
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

#![allow(clippy::missing_safety_doc)]

/// A tagged Python value; see the crate documentation for the encoding.
pub type Value = u64;
