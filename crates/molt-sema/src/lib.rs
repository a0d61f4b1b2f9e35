//! Semantic analysis for Molt: scopes and names, the supported-subset
//! checks, and whole-program type inference, producing typed [`hir`].
//!
//! Sema never emits a construct that lowering cannot compile: anything
//! outside the subset is rejected here with a diagnostic (`M01xx` for
//! unsupported constructs, `M02xx` for calls that would always fail).
//! It knows nothing about MIR or machine code.

pub mod hir;
mod infer;
pub mod lists;
mod resolve;
mod syntax_errors;

use molt_syntax::{ast, Diagnostic, SourceFile};

/// Resolves and type-checks a parsed module.
///
/// # Errors
/// The `SyntaxError`s CPython's compiler would raise (and only those, when
/// there are any: CPython stops there), else every diagnostic found, sorted
/// by position.
pub fn analyze(
    file: &SourceFile,
    module: &ast::ModModule,
) -> Result<hir::Program, Vec<Diagnostic>> {
    let syntax = syntax_errors::check(module);
    if !syntax.is_empty() {
        return Err(syntax);
    }
    let mut program = resolve::Resolver::new(&file.text).resolve_module(&file.path, module)?;
    infer::infer_program(&mut program);
    Ok(program)
}

#[cfg(test)]
mod tests;
