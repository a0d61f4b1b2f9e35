//! Functions as values: `lambda` expressions (lifted to module-level
//! functions), references to a `def` by name, and calls of values.
//!
//! Closures are not supported yet: a lambda may use its parameters and
//! module-level names, and using a local of the enclosing function is
//! reported (it would silently read a global otherwise).

use super::{span, Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast::{self, Expr as AExpr};
use std::collections::{HashMap, HashSet};

impl Resolver<'_> {
    /// `lambda params: body` → a fresh function and a reference to it.
    pub(super) fn lambda(&mut self, l: &ast::ExprLambda, scope: &mut Scope) -> Expr {
        let sp = span(l);
        let mut names = Vec::new();
        if let Some(p) = &l.parameters {
            if p.vararg.is_some()
                || p.kwarg.is_some()
                || !p.kwonlyargs.is_empty()
                || !p.posonlyargs.is_empty()
                || p.args.iter().any(|a| a.default.is_some())
            {
                self.error(
                    "M0106",
                    "lambda parameters with defaults, `*args`, `**kwargs`, keyword-only or positional-only markers are not supported yet",
                    span(&**p),
                    "use plain positional parameters",
                );
            }
            names = p
                .args
                .iter()
                .map(|a| a.parameter.name.id.to_string())
                .collect();
        }
        let id = FuncId(self.next_func_id);
        self.next_func_id += 1;
        let mut inner = Scope {
            order: Some(scope.order.unwrap_or(scope.stmt_index)),
            stmt_index: scope.stmt_index,
            locals: HashMap::new(),
            local_vec: Vec::new(),
            loop_depth: 0,
        };
        let mut params = Vec::new();
        for n in &names {
            let lid = LocalId(inner.local_vec.len() as u32);
            inner.local_vec.push(Local {
                name: n.clone(),
                ty: Ty::Never,
            });
            inner.locals.insert(n.clone(), lid);
            params.push(lid);
        }
        // Names of the enclosing function that the lambda must not capture.
        let outer: HashSet<String> = scope
            .locals
            .keys()
            .filter(|k| !k.starts_with('<'))
            .cloned()
            .collect();
        let saved = std::mem::replace(&mut self.no_capture, outer);
        let value = self.expr(&l.body, &mut inner);
        self.no_capture = saved;
        let body = vec![Stmt {
            kind: StmtKind::Return(value),
            span: sp,
        }];
        self.lambdas.push(Function {
            name: "<lambda>".into(),
            params,
            locals: inner.local_vec,
            ret: Ty::Never,
            body,
            span: sp,
        });
        Self::mk(ExprKind::FuncRef(id), sp)
    }

    /// `callee(args)` where the callee is a value (a variable holding a
    /// function, a lambda, ...): dispatched at run time.
    pub(super) fn call_value(&mut self, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        if !c.arguments.keywords.is_empty() {
            self.error(
                "M0103",
                "keyword arguments in calls of function values are not supported yet",
                sp,
                "pass the arguments by position",
            );
            return Self::mk(ExprKind::None, sp);
        }
        let f = self.expr(&c.func, scope);
        let args = c
            .arguments
            .args
            .iter()
            .map(|a| self.expr(a, scope))
            .collect();
        Self::mk(ExprKind::CallValue(Box::new(f), args), sp)
    }

    /// Reports a lambda's use of a local of its enclosing function.
    pub(super) fn check_capture(&mut self, name: &str, sp: molt_syntax::Span) -> bool {
        if self.no_capture.contains(name) {
            self.error(
                "M0105",
                format!("this lambda uses `{name}`, a local variable of the enclosing function; closures are not supported yet"),
                sp,
                "make it a module-level variable, or pass it as an argument",
            );
            return true;
        }
        false
    }
}

/// Whether a call's callee is an expression other than a plain name or
/// attribute (e.g. `(lambda x: x)(1)`).
pub(super) fn is_value_callee(e: &AExpr) -> bool {
    !matches!(e, AExpr::Name(_) | AExpr::Attribute(_))
}
