//! Molt's MIR: a typed control-flow graph with explicit boxing, reference
//! counting and exception edges, built by `molt-lower` from sema's typed HIR
//! and consumed by the code generators.
//!
//! It has a text form ([`mir::Program`]'s `Display`, printed by
//! `molt build --emit mir`) and a [`verify`](verify::verify)er that runs after
//! lowering. It knows nothing of Cranelift, of Python syntax or of sema: a
//! backend depends on this crate (and `molt-abi`) alone.

pub mod inline;
pub mod mir;
pub mod passes;
mod print;
pub mod ranges;
pub mod verify;
