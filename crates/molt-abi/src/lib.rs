//! The facts Molt's compiler and runtime share, written once.
//!
//! Compiled code and the runtime library meet at a binary interface: how a
//! value is tagged, where a field sits in an object, which number names which
//! exception, which runtime function takes which arguments. Each of those
//! facts lives here and nowhere else; the compiler (sema, MIR, code
//! generation) and the runtime both depend on this crate, which depends on
//! nothing.
//!
//! The runtime's entry points are one table ([`runtime_entries!`]): the
//! compiler's [`Rt`] enum (symbol, parameter and result types of every
//! function compiled code calls) is generated from it, and the runtime
//! checks each of its `extern "C"` functions against the same table at
//! compile time, so renaming or re-typing an entry point on either side
//! fails `cargo build`.
//!
//! What this crate does not hold: the behaviour behind the facts (that is
//! the runtime's), and anything about Python syntax or Cranelift.

#![cfg_attr(not(test), no_std)]

/// A module's functions as one list `Variant = "name",` in the runtime's id
/// order: the enum (its discriminant is the id), `ALL` (by id), and
/// `name`/`from_name`/`id`, so a function is written once.
macro_rules! module_functions {
    ($(#[$meta:meta])* pub enum $ty:ident { $($variant:ident = $name:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        #[repr(u8)]
        pub enum $ty {
            $($variant,)*
        }

        impl $ty {
            /// Every function, by id.
            pub const ALL: &'static [$ty] = &[$($ty::$variant,)*];

            /// The Python names, by id.
            const NAMES: &'static [&'static str] = &[$($name,)*];

            /// The function's name in its module.
            pub fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }

            /// The function named `name`, if there is one.
            pub fn from_name(name: &str) -> Option<$ty> {
                Self::NAMES
                    .iter()
                    .position(|n| *n == name)
                    .map(|i| Self::ALL[i])
            }

            /// The runtime's id of the function.
            pub fn id(self) -> u8 {
                self as u8
            }
        }
    };
}

pub mod attrs;
mod entries;
pub mod exc;
pub mod layout;
pub mod math;
pub mod ops;
pub mod time;
pub mod types;
pub mod value;

pub use entries::{AbiTy, Rt};
pub use exc::ExcKind;
pub use math::MathFn;
pub use ops::{BinOp, CmpOp};
pub use time::TimeFn;
