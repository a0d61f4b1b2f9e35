//! Which calls Cranelift inlines.
//!
//! Calls between compiled functions are direct; inlining removes their
//! prologue, epilogue and register shuffling where that pays. Today only
//! self-recursion is inlined, up to three levels deep within a size budget
//! (`fib` then makes a fraction of the calls). Inlined bodies keep their recursion-depth accounting, so
//! `RecursionError` is raised at exactly the same depth.
//!
//! Other callees are not inlined yet: Cranelift 0.135's inliner copies a
//! callee's `symbol_value` global values without remapping their external
//! names into the caller's name table, so a callee that reads a global or a
//! constant would read the wrong symbol. A function inlined into itself has
//! the same table, which is why self-recursion is safe.

use cranelift_codegen::inline::{Inline, InlineCommand};
use cranelift_codegen::ir::{self, ExternalName};
use std::borrow::Cow;
use std::collections::HashMap;

/// Largest self-recursive body inlined into itself.
const RECURSIVE_BODY: usize = 400;
/// Rounds of self-inlining: round k inlines the calls that round k - 1's
/// copies contain, so three rounds cover a call tree three levels deep.
pub(crate) const MAX_ROUNDS: usize = 3;
/// No further round once a function has grown past this many instructions.
pub(crate) const GROWN_BODY: usize = 1500;

/// The inlining policy for one caller.
pub(crate) struct Inliner<'a> {
    /// Every function's CLIF before optimisation, by MIR index.
    pub bodies: &'a [ir::Function],
    /// Module `FuncId` → MIR index.
    pub index_of: &'a HashMap<u32, usize>,
    /// The caller's MIR index.
    pub caller: usize,
}

/// The number of CLIF instructions in `f`.
pub(crate) fn size(f: &ir::Function) -> usize {
    f.layout
        .blocks()
        .map(|b| f.layout.block_insts(b).count())
        .sum()
}

impl Inline for Inliner<'_> {
    fn inline(
        &mut self,
        caller: &ir::Function,
        _inst: ir::Inst,
        _opcode: ir::Opcode,
        callee: ir::FuncRef,
        _args: &[ir::Value],
    ) -> InlineCommand<'_> {
        let ExternalName::User(r) = &caller.dfg.ext_funcs[callee].name else {
            return InlineCommand::KeepCall;
        };
        let name = &caller.params.user_named_funcs()[*r];
        if name.namespace != 0 {
            return InlineCommand::KeepCall;
        }
        let Some(&idx) = self.index_of.get(&name.index) else {
            return InlineCommand::KeepCall;
        };
        let body = &self.bodies[idx];
        let n = size(body);
        let recursive_self = idx == self.caller;
        if !recursive_self || n > RECURSIVE_BODY {
            return InlineCommand::KeepCall;
        }
        InlineCommand::Inline {
            callee: Cow::Borrowed(body),
            visit_callee: false,
        }
    }
}
