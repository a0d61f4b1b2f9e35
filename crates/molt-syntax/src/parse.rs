//! Parsing Python source into ruff's syntax tree.

use crate::diagnostic::Diagnostic;
use crate::limits;
use crate::source::{SourceFile, Span};
use ruff_python_ast::{Mod, ModModule, PythonVersion};
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};

/// A parsed module.
pub struct ParsedModule {
    /// The module's syntax tree.
    pub module: ModModule,
}

/// Parses `file` as a Python 3.11 module.
///
/// The tree it returns nests at most as deep as CPython's compiler accepts
/// (see `limits.rs`), so later stages may recurse over it.
///
/// # Errors
/// Every syntax error in the file, as `E0001` diagnostics whose message starts
/// with `SyntaxError:` (the exception CPython would raise); or the one error
/// CPython's tokenizer stops at (too many brackets or indentation levels, a
/// NUL byte), after the syntax errors before it; or CPython's compile-time
/// `RecursionError` for a tree nested too deeply.
pub fn parse_module(file: &SourceFile) -> Result<ParsedModule, Vec<Diagnostic>> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(&file.text, options);
    let mut diags: Vec<Diagnostic> = parsed
        .errors()
        .iter()
        .map(|e| {
            Diagnostic::error(
                "E0001",
                format!("SyntaxError: {}", e.error),
                Span::from(e.location),
            )
        })
        .collect();
    diags.extend(
        parsed
            .unsupported_syntax_errors()
            .iter()
            .map(|e| Diagnostic::error("E0001", format!("SyntaxError: {e}"), Span::from(e.range))),
    );
    if let Some(stop) = limits::tokenizer_error(&file.text, parsed.tokens()) {
        // CPython's tokenizer stops there: what the parser recovered after
        // that point is noise.
        diags.retain(|d| d.span.start < stop.span.start);
        diags.push(stop);
    }
    let too_deep = match parsed.syntax() {
        Mod::Module(module) => limits::depth_error(module),
        Mod::Expression(_) => None,
    };
    if too_deep.is_some() {
        // Dropping a tree nested this deeply recurses once per level and
        // could overflow the stack; the process is about to report an error
        // and exit, so the tree is leaked instead.
        std::mem::forget(parsed);
        if diags.is_empty() {
            diags.extend(too_deep);
        }
        return Err(diags);
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    match parsed.try_into_module() {
        Some(p) => Ok(ParsedModule {
            module: p.into_syntax(),
        }),
        None => Err(vec![Diagnostic::error(
            "E0001",
            "SyntaxError: not a module",
            Span::default(),
        )]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(src: &str, expect: Expect) {
        let file = SourceFile::new("t.py", src);
        let out = match parse_module(&file) {
            Ok(_) => "ok\n".to_string(),
            Err(ds) => ds.iter().map(|d| d.render(&file)).collect(),
        };
        expect.assert_eq(&out);
    }

    #[test]
    fn valid_module_parses() {
        check(
            "def f(x: int) -> int:\n    return x + 1\n",
            expect![[r#"
            ok
        "#]],
        );
    }

    #[test]
    fn unclosed_paren_is_a_syntax_error_with_position() {
        check(
            "x = (1 +\n",
            expect![[r#"
            t.py:2:1: error[E0001]: SyntaxError: unexpected EOF while parsing
              |
            2 | 
              | ^
        "#]],
        );
    }
}
