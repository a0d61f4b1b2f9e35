//! The names of CPython 3.11's `builtins` module (and the dunders of a
//! module's globals) that are not ordinary builtins of the subset: the
//! module dunders Molt knows (`__name__`, `__file__`, `__doc__`, ...) and,
//! for every other name Molt does not compile, the refusal with its hint.
//! A builtin name is therefore either compiled or refused at compile time;
//! none is left to raise `NameError` at run time.
//! `tools/probe_builtins.py` checks this against `dir(builtins)`.

use super::{Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast::{self, Stmt as AStmt};
use molt_syntax::Span;

/// CPython 3.11's builtin exception and warning classes.
const EXCEPTIONS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
];

/// The module globals CPython sets before a script runs that Molt
/// compiles as constants (`__file__` is computed at run time). A program
/// may not rebind them.
pub(super) const MODULE_DUNDERS: &[&str] = &[
    "__name__",
    "__file__",
    "__doc__",
    "__package__",
    "__spec__",
    "__loader__",
    "__builtins__",
    "__annotations__",
    "__debug__",
];

/// Why builtin `name` is refused, and what to write instead; `None` for a
/// name that is not a builtin Molt refuses.
pub(super) fn refusal(name: &str) -> Option<(String, &'static str)> {
    let not_yet = |what: &str| format!("{what} is not supported yet");
    let r = match name {
        _ if EXCEPTIONS.contains(&name) => (
            format!("the exception class `{name}` is not supported yet"),
            "exception handling (`try`, `raise`, exception objects) comes in a later release",
        ),
        "super" => (
            "`super` outside `super().method(...)` in a method is not supported".to_string(),
            "inside a method, call the base class's method as `super().name(args)`",
        ),
        "property" | "staticmethod" | "classmethod" | "__build_class__" => (
            not_yet(&format!("`{name}`")),
            "use plain methods; decorators come in a later release",
        ),
        "object" => (
            not_yet("`object`"),
            "classes and type objects come in a later release; use `None` as a sentinel",
        ),
        "issubclass" => (
            not_yet("`issubclass()`"),
            "type objects are being redesigned; test values with `isinstance(x, T)`",
        ),
        "type" => (
            not_yet("`type` as a value"),
            "call it: `type(x)`, `type(x) is int`, `type(x).__name__`",
        ),
        "id" => (
            not_yet("`id()`"),
            "compare identities with `is`; Molt does not keep the identity of unboxed floats",
        ),
        "globals" | "locals" | "vars" | "dir" | "__loader__" | "__builtins__" | "__import__"
        | "__annotations__" => (
            format!("`{name}` is not supported: Molt compiles names away, there is no namespace to inspect"),
            "refer to variables and functions by name; import modules with `import`",
        ),
        "eval" | "exec" | "compile" | "breakpoint" => (
            format!("`{name}` is not supported: a compiled program cannot run new code"),
            "write the code in the program itself",
        ),
        "help" | "copyright" | "credits" | "license" => (
            format!("`{name}` is an interactive helper, not available in compiled programs"),
            "remove the call",
        ),
        "complex" => (
            not_yet("`complex`"),
            "complex numbers are not supported; use pairs of floats",
        ),
        "memoryview" => (
            not_yet("`memoryview`"),
            "use `bytes` or `bytearray` and slicing",
        ),
        "open" => (
            not_yet("`open()`"),
            "file I/O comes in a later release; read `sys.stdin` and write with `print`",
        ),
        "aiter" | "anext" => (
            not_yet(&format!("`{name}()`")),
            "async comes in a later release",
        ),
        "setattr" | "delattr" => (
            format!("`{name}()` is not supported: the values of the subset have no writable attributes"),
            "classes come in a later release; use a dict",
        ),
        _ => return None,
    };
    Some(r)
}

impl Resolver<'_> {
    /// A module dunder or builtin constant named `name` as a value, or
    /// `None` when `name` is not one.
    pub(super) fn special_name(&mut self, name: &str, sp: Span) -> Option<Expr> {
        let kind = match name {
            "__name__" => ExprKind::Str("__main__".into()),
            "__doc__" => match &self.module_doc {
                Some(d) => ExprKind::Str(d.clone()),
                None => ExprKind::None,
            },
            "__debug__" => ExprKind::Bool(true),
            "__package__" | "__spec__" => ExprKind::None,
            "__file__" => {
                let p = Expr {
                    kind: ExprKind::Str(self.path.clone()),
                    ty: Ty::Str,
                    span: sp,
                };
                ExprKind::Builtin(Builtin::MainFile, vec![p])
            }
            "Ellipsis" => ExprKind::Builtin(Builtin::Ellipsis, Vec::new()),
            "NotImplemented" => ExprKind::Builtin(Builtin::NotImplemented, Vec::new()),
            _ => return None,
        };
        Some(Self::mk(kind, sp))
    }

    /// Reports `name`, a builtin Molt refuses, if it is one; whether it was.
    pub(super) fn refuse_builtin(&mut self, name: &str, sp: Span) -> bool {
        match refusal(name) {
            Some((msg, help)) => {
                self.error("M0104", msg, sp, help);
                true
            }
            None => false,
        }
    }

    /// Calls of the builtins compiled here: `exit`/`quit` (as `sys.exit`),
    /// `callable`, `hasattr`, `getattr`. `None` when `name` is none
    /// of them.
    pub(super) fn introspection_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Option<Expr> {
        let (lo, hi) = match name {
            "exit" | "quit" => (0, 1),
            "callable" => (1, 1),
            "hasattr" => (2, 2),
            "getattr" => (2, 3),
            _ => return None,
        };
        let sp = super::span(c);
        let n = c.arguments.args.len();
        if !c.arguments.keywords.is_empty() || n < lo || n > hi {
            let want = if lo == hi {
                format!("exactly {lo}")
            } else {
                format!("{lo} to {hi}")
            };
            self.error(
                "M0103",
                format!("`{name}()` takes {want} positional argument(s)"),
                sp,
                "this call would raise TypeError",
            );
            return Some(Self::mk(ExprKind::None, sp));
        }
        let mut args: Vec<Expr> = c
            .arguments
            .args
            .iter()
            .map(|a| self.expr(a, scope))
            .collect();
        let b = match name {
            "exit" | "quit" => {
                if args.is_empty() {
                    args.push(Self::mk(ExprKind::Absent, sp));
                }
                Builtin::SysExit
            }
            "callable" => Builtin::Callable,
            "hasattr" => Builtin::HasAttr,
            _ if n == 2 => Builtin::GetAttr,
            _ => Builtin::GetAttrDefault,
        };
        Some(Self::mk(ExprKind::Builtin(b, args), sp))
    }
}

/// The module's docstring: its first statement when that is a string
/// literal.
pub(super) fn module_docstring(body: &[AStmt]) -> Option<String> {
    match body.first() {
        Some(AStmt::Expr(e)) => match &*e.value {
            ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}
