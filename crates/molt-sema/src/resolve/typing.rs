//! The `typing` module and `from __future__ import annotations`.
//!
//! Annotations are not evaluated by Molt (types come from inference), so
//! the names `typing` offers for them (`Optional`, `List`, `Callable`, …)
//! only need to exist. As values they are rejected with a diagnostic,
//! except `TYPE_CHECKING` (False at run time) and `cast(T, x)` (just `x`).

use super::{span, Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast;
use molt_syntax::Span;

/// The names of `typing` a program may import: those used in annotations,
/// plus `cast` and `TYPE_CHECKING`.
const TYPING_NAMES: &[&str] = &[
    "Any",
    "AnyStr",
    "Callable",
    "ClassVar",
    "Collection",
    "Container",
    "DefaultDict",
    "Dict",
    "Final",
    "FrozenSet",
    "Generator",
    "Hashable",
    "Iterable",
    "Iterator",
    "List",
    "Literal",
    "Mapping",
    "MutableMapping",
    "MutableSequence",
    "MutableSet",
    "NoReturn",
    "Optional",
    "Reversible",
    "Sequence",
    "Set",
    "Sized",
    "SupportsFloat",
    "SupportsIndex",
    "SupportsInt",
    "Tuple",
    "Type",
    "TypeAlias",
    "Union",
    "TYPE_CHECKING",
    "cast",
];

/// The help line of `typing` diagnostics.
const TYPING_HELP: &str =
    "names from `typing` may be used in annotations; as values only `cast` and `TYPE_CHECKING`";

/// Is `name` a `typing` name Molt accepts?
pub(super) fn is_typing_name(name: &str) -> bool {
    TYPING_NAMES.contains(&name)
}

/// The `__future__` features that change nothing in Python 3.11 (or, for
/// `annotations`, nothing here: Molt never evaluates annotations).
const FUTURE_NO_OPS: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
    "annotations",
];

/// Handles `from __future__ import …`: the features that are no-ops.
pub(super) fn future_import(r: &mut Resolver, imp: &ast::StmtImportFrom) {
    for alias in &imp.names {
        let name = alias.name.id.as_str();
        if !FUTURE_NO_OPS.contains(&name) {
            r.error(
                "M0108",
                format!("`from __future__ import {name}` is not supported"),
                span(alias),
                "the features of Python 3 (and `annotations`) are accepted",
            );
        }
    }
}

/// Builtin types that are generic in annotations (`list[int]`).
const GENERIC_BUILTINS: &[&str] = &["list", "dict", "set", "frozenset", "tuple", "type"];
/// Builtin types that may stand in a union (`int | None`).
const PLAIN_TYPES: &[&str] = &[
    "int",
    "float",
    "str",
    "bool",
    "bytes",
    "bytearray",
    "list",
    "dict",
    "set",
    "frozenset",
    "tuple",
    "range",
    "complex",
    "object",
];

impl Resolver<'_> {
    /// Records `Name = <type expression>` at module level as a type alias.
    pub(super) fn note_type_alias(&mut self, stmt: &ast::Stmt) {
        if let Some(name) = self.alias_target(stmt) {
            self.type_aliases.insert(name);
        }
    }

    /// Is `stmt` the assignment of a recorded type alias?
    pub(super) fn is_type_alias_stmt(&self, stmt: &ast::Stmt) -> bool {
        self.alias_target(stmt)
            .is_some_and(|n| self.type_aliases.contains(&n))
    }

    /// The name `stmt` binds to a type expression, if that is what it does.
    fn alias_target(&self, stmt: &ast::Stmt) -> Option<String> {
        let (target, value, annotated) = match stmt {
            ast::Stmt::Assign(a) if a.targets.len() == 1 => (&a.targets[0], &*a.value, false),
            ast::Stmt::AnnAssign(a) => (&*a.target, a.value.as_deref()?, {
                matches!(self.typing_ref_name(&a.annotation), Some(n) if n == "TypeAlias")
            }),
            _ => return None,
        };
        let ast::Expr::Name(n) = target else {
            return None;
        };
        (annotated || self.is_type_expr(value)).then(|| n.id.to_string())
    }

    /// The `typing` name an expression refers to (`Optional`, `typing.List`).
    fn typing_ref_name(&self, e: &ast::Expr) -> Option<String> {
        match e {
            ast::Expr::Name(n) => self.typing_names.get(n.id.as_str()).cloned(),
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(m) if self.typing_aliases.contains(m.id.as_str()) => {
                    Some(a.attr.id.to_string())
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Does `e` only make sense as a type: a `typing` name, a subscript of
    /// one or of a generic builtin, or a union with `|`?
    fn is_type_expr(&self, e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Subscript(s) => match &*s.value {
                ast::Expr::Name(n) if GENERIC_BUILTINS.contains(&n.id.as_str()) => true,
                v => self.typing_ref_name(v).is_some_and(|n| is_typing_name(&n)),
            },
            ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
                let side = |x: &ast::Expr| match x {
                    ast::Expr::Name(n) => PLAIN_TYPES.contains(&n.id.as_str()),
                    ast::Expr::NoneLiteral(_) => true,
                    x => self.is_type_expr(x),
                };
                side(&b.left) && side(&b.right)
            }
            e => self
                .typing_ref_name(e)
                .is_some_and(|n| is_typing_name(&n) && n != "TYPE_CHECKING" && n != "cast"),
        }
    }

    /// A type alias used as a value.
    pub(super) fn type_alias_value(&mut self, name: &str, sp: Span) -> Expr {
        self.error(
            "M0104",
            format!("type alias `{name}` used as a value"),
            sp,
            "a type alias may be used in annotations",
        );
        Self::mk(ExprKind::None, sp)
    }

    /// `from typing import a, b as c`.
    pub(super) fn typing_import(&mut self, imp: &ast::StmtImportFrom) {
        for (local, name) in self.imported_names(imp, "typing", &is_typing_name, TYPING_HELP) {
            self.typing_names.insert(local, name);
        }
    }

    /// The `typing` name `orig` used as a value.
    pub(super) fn typing_value(&mut self, orig: &str, sp: Span) -> Expr {
        if orig == "TYPE_CHECKING" {
            return Self::mk(ExprKind::Bool(false), sp);
        }
        if !is_typing_name(orig) {
            self.error(
                "M0102",
                format!("`typing.{orig}` is not supported yet"),
                sp,
                TYPING_HELP,
            );
            return Self::mk(ExprKind::None, sp);
        }
        self.error(
            "M0104",
            format!("`typing.{orig}` used as a value"),
            sp,
            TYPING_HELP,
        );
        Self::mk(ExprKind::None, sp)
    }

    /// The `typing` name a callee or attribute base refers to, if any:
    /// `cast` (imported by name) or `typing.cast` (through the module).
    pub(super) fn typing_ref(&self, e: &ast::Expr, scope: &Scope) -> Option<String> {
        match e {
            ast::Expr::Name(n) if self.is_builtin_name(n.id.as_str(), scope) => {
                self.typing_names.get(n.id.as_str()).cloned()
            }
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(m)
                    if self.typing_aliases.contains(m.id.as_str())
                        && self.is_builtin_name(m.id.as_str(), scope) =>
                {
                    Some(a.attr.id.to_string())
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// A call of the `typing` name `orig`: `cast(T, x)` is `x` (the type is
    /// not evaluated: annotations never are); anything else is rejected.
    pub(super) fn typing_call(&mut self, orig: &str, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        if orig == "cast" {
            if let ([_, x], []) = (&c.arguments.args[..], &c.arguments.keywords[..]) {
                return self.expr(x, scope);
            }
            self.error(
                "M0103",
                "`cast()` takes exactly two positional arguments",
                sp,
                "write `cast(T, value)`",
            );
            return Self::mk(ExprKind::None, sp);
        }
        self.typing_value(orig, span(&*c.func))
    }
}
