//! The compiler driver: source file → diagnostics or executable.
//!
//! This module is the only place the CLI talks to the compiler stages:
//! parse (`molt-syntax`) → sema (`molt-sema`) → MIR (`molt-mir`) →
//! object file and link (`molt-codegen-native`).

use molt_syntax::{Diagnostic, SourceFile, Span};
use std::path::Path;

/// Why a compilation did not produce a program.
#[derive(Debug)]
pub struct Failure {
    /// Rendered diagnostics, ready for stderr.
    pub rendered: String,
    /// Process exit code: 1 for a syntax error (as CPython), 2 for an
    /// unsupported construct or other compile-time rejection, 101 for an
    /// internal compiler error.
    pub exit_code: i32,
}

impl Failure {
    fn internal(msg: impl std::fmt::Display) -> Failure {
        Failure {
            rendered: format!(
                "error: internal compiler error: {msg}\nthis is a Molt bug, please report it\n"
            ),
            exit_code: 101,
        }
    }
}

/// Reads and decodes `path` as CPython does (PEP 263 declarations, a
/// UTF-8 BOM).
fn load(path: &Path) -> Result<SourceFile, Failure> {
    let bytes = std::fs::read(path).map_err(|e| Failure {
        rendered: format!("error: cannot read {}: {e}\n", path.display()),
        exit_code: 2,
    })?;
    // CPython names the file by its absolute path in this one message.
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match molt_syntax::decode_source(&bytes, &absolute.display().to_string()) {
        Ok(text) => Ok(SourceFile::new(path.display().to_string(), text)),
        Err(err) => {
            let file = SourceFile::new(
                path.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            );
            let start = file.line_start(err.line);
            let diag = Diagnostic::error(err.code, err.message, Span::new(start, start));
            Err(render(&file, &[diag]))
        }
    }
}

fn render(file: &SourceFile, diags: &[Diagnostic]) -> Failure {
    let syntax = diags.iter().any(|d| d.code == "E0001");
    let mut rendered: String = diags
        .iter()
        .map(|d| d.render(file))
        .collect::<Vec<_>>()
        .join("\n");
    let n = diags.len();
    rendered.push_str(&format!(
        "\n{} error{} found\n",
        n,
        if n == 1 { "" } else { "s" }
    ));
    Failure {
        rendered,
        exit_code: if syntax { 1 } else { 2 },
    }
}

fn analyze(path: &Path) -> Result<(SourceFile, molt_sema::hir::Program), Failure> {
    let file = load(path)?;
    let parsed = molt_syntax::parse_module(&file).map_err(|d| render(&file, &d))?;
    let hir = molt_sema::analyze(&file, &parsed.module).map_err(|d| render(&file, &d))?;
    Ok((file, hir))
}

fn lower(path: &Path) -> Result<molt_mir::mir::Program, Failure> {
    let (file, hir) = analyze(path)?;
    let mir = molt_lower::lower_program(&hir, &file);
    let errs = molt_mir::verify::verify(&mir);
    if !errs.is_empty() {
        return Err(Failure::internal(format!(
            "MIR verifier failed:\n{}",
            errs.join("\n")
        )));
    }
    Ok(mir)
}

/// Parses and checks `path` without generating code.
///
/// # Errors
/// Returns the rendered diagnostics when the program is not accepted.
pub fn check_file(path: &Path) -> Result<(), Failure> {
    analyze(path).map(|_| ())
}

/// Compiles `path` and returns the MIR text form.
///
/// # Errors
/// As [`check_file`].
pub fn emit_mir(path: &Path) -> Result<String, Failure> {
    lower(path).map(|m| m.to_string())
}

/// Compiles `path` into an object file and links it with the runtime static
/// library at `runtime_lib` into the executable `out`.
///
/// # Errors
/// As [`check_file`]; an unwritable output directory exits 2; a code
/// generation or link failure is an internal error (exit 101).
pub fn build_executable(path: &Path, runtime_lib: &Path, out: &Path) -> Result<(), Failure> {
    let mir = lower(path)?;
    let obj = molt_codegen_native::compile_object(&mir).map_err(Failure::internal)?;
    let obj_path = out.with_extension(format!("{}.o", std::process::id()));
    // The first write into the output's directory: a failure here is the
    // user's (an unwritable directory), not the compiler's.
    std::fs::write(&obj_path, obj).map_err(|e| Failure {
        rendered: format!(
            "error: cannot write `{}`: {}\n",
            out.display(),
            crate::error::io_reason(&e)
        ),
        exit_code: 2,
    })?;
    let linked = molt_codegen_native::link_executable(&obj_path, runtime_lib, out);
    // MOLT_KEEP_OBJ=1 keeps the object file beside the output, for profiling.
    if std::env::var_os("MOLT_KEEP_OBJ").is_none() {
        let _ = std::fs::remove_file(&obj_path);
    }
    linked.map_err(Failure::internal)
}
