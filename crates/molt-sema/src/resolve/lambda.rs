//! Functions as values: `lambda` expressions (lifted to module-level
//! functions), references to a `def` by name, and calls of values.
//!
//! A lambda may use the enclosing function's locals when capturing their
//! value at creation is indistinguishable from Python's late binding: a
//! parameter never reassigned, or a local assigned exactly once, outside any
//! loop, before the lambda. Captured values become extra trailing
//! parameters of the lifted function, filled from the function object's
//! environment. Any other use of an enclosing local is a diagnostic.

use super::{span, Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast::visitor::{self, Visitor};
use molt_syntax::ast::{self, Expr as AExpr, Stmt as AStmt};
use std::collections::HashMap;

use molt_syntax::Ranged;

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
        let (id, slot) = self.reserve_lifted(sp);
        let mut inner = Scope::function(
            Some(scope.order.unwrap_or(scope.stmt_index)),
            scope.stmt_index,
        );
        let mut params = Vec::new();
        for n in &names {
            let lid = LocalId(inner.local_vec.len() as u32);
            inner.local_vec.push(Local {
                name: n.clone(),
                ty: Ty::Never,
            });
            inner.locals.insert(n.clone(), lid);
            inner.captures.insert(n.clone(), 0);
            params.push(lid);
        }
        // Enclosing locals the body reads become trailing parameters.
        let mut free = FreeNames::default();
        free.visit_expr(&l.body);
        let mut env = Vec::new();
        for (n, at) in free.names {
            if inner.locals.contains_key(&n) {
                continue;
            }
            let Some(&outer) = scope.locals.get(&n) else {
                continue;
            };
            let ok = scope.captures.get(&n).is_some_and(|&from| from <= sp.start);
            if !ok {
                self.error(
                    "M0105",
                    format!("this lambda uses `{n}`, a variable of the enclosing scope that is reassigned; closures over such variables are not supported yet"),
                    at,
                    "a lambda can use a parameter that is never reassigned, or a local assigned once (outside loops) before the lambda",
                );
                continue;
            }
            let lid = LocalId(inner.local_vec.len() as u32);
            inner.local_vec.push(Local {
                name: n.clone(),
                ty: Ty::Never,
            });
            inner.locals.insert(n.clone(), lid);
            inner.captures.insert(n, 0);
            params.push(lid);
            env.push(Self::mk(ExprKind::Local(outer), sp));
        }
        let value = self.expr(&l.body, &mut inner);
        let body = vec![Stmt {
            kind: StmtKind::Return(value),
            span: sp,
        }];
        self.lambdas[slot] = Function {
            name: "<lambda>".into(),
            min_args: names.len() as u32,
            params,
            locals: inner.local_vec,
            ret: Ty::Never,
            body,
            span: sp,
            hidden_frame: false,
        };
        Self::mk(ExprKind::FuncRef(id, env), sp)
    }

    /// A builtin used as a value (`key=len`, `map(str, xs)`, `key=str.lower`):
    /// a lifted function whose body is `src` (a one-parameter lambda),
    /// created once per distinct source.
    pub(super) fn builtin_value(&mut self, name: &str, src: String, sp: molt_syntax::Span) -> Expr {
        if let Some(&id) = self.builtin_values.get(&src) {
            return Self::mk(ExprKind::FuncRef(id, Vec::new()), sp);
        }
        let file = molt_syntax::SourceFile::new("<builtin>", &src);
        let lambda = molt_syntax::parse_module(&file).ok().and_then(|p| {
            match p.module.body.into_iter().next() {
                Some(AStmt::Expr(e)) => match *e.value {
                    AExpr::Lambda(l) => Some(l),
                    _ => None,
                },
                _ => None,
            }
        });
        let Some(l) = lambda else {
            return Self::mk(ExprKind::None, sp);
        };
        let mut scope = Scope::function(Some(0), 0);
        // The wrapper calls the builtin even where a global shadows it.
        let shadow = name
            .strip_prefix("builtins.")
            .and_then(|b| self.global_ids.remove(b).map(|g| (b.to_string(), g)));
        let e = self.lambda(&l, &mut scope);
        if let Some((b, g)) = shadow {
            self.global_ids.insert(b, g);
        }
        if let ExprKind::FuncRef(id, _) = &e.kind {
            if let Some(f) = self.lifted_mut(*id) {
                f.name = name.to_string();
            }
            self.builtin_values.insert(src, *id);
        }
        Self::mk(e.kind, sp)
    }

    /// A new lifted function's id and its slot in `lambdas` (filled in by
    /// the caller once its body is resolved: lambdas nested in that body
    /// take the slots after it, so ids and positions agree).
    pub(super) fn reserve_lifted(&mut self, sp: molt_syntax::Span) -> (FuncId, usize) {
        let id = FuncId(self.next_func_id);
        self.next_func_id += 1;
        self.lambdas.push(Function {
            name: String::new(),
            params: Vec::new(),
            locals: Vec::new(),
            ret: Ty::Never,
            body: Vec::new(),
            span: sp,
            min_args: 0,
            hidden_frame: true,
        });
        (id, self.lambdas.len() - 1)
    }

    /// The lifted function `id`.
    pub(super) fn lifted_mut(&mut self, id: FuncId) -> Option<&mut Function> {
        let first = self.next_func_id as usize - self.lambdas.len();
        self.lambdas.get_mut((id.0 as usize).checked_sub(first)?)
    }

    /// A `def` with default arguments used as a value: a hidden wrapper
    /// taking every parameter, where a missing one (the runtime passes the
    /// unbound marker) gets its default, then calling the function.
    pub(super) fn defaults_wrapper(&mut self, name: &str, sp: molt_syntax::Span) -> Expr {
        if let Some(&id) = self.default_wrappers.get(name) {
            return Self::mk(ExprKind::FuncRef(id, Vec::new()), sp);
        }
        let Some(sig) = self.funcs.get(name) else {
            return Self::mk(ExprKind::None, sp);
        };
        let (target, params) = (sig.id, sig.params.clone());
        self.wrapper_of(name, target, params, sp)
    }

    /// The defaults wrapper (see [`Self::defaults_wrapper`]) named `name`
    /// of function `target` with parameters `params`.
    pub(super) fn wrapper_of(
        &mut self,
        name: &str,
        target: FuncId,
        params: Vec<(String, Option<super::Default>)>,
        sp: molt_syntax::Span,
    ) -> Expr {
        if let Some(&id) = self.default_wrappers.get(name) {
            return Self::mk(ExprKind::FuncRef(id, Vec::new()), sp);
        }
        let (id, slot) = self.reserve_lifted(sp);
        let mut locals = Vec::new();
        let mut body = Vec::new();
        let mut args = Vec::new();
        let mut scope = Scope::function(Some(0), 0);
        for (i, (pname, default)) in params.iter().enumerate() {
            let l = LocalId(i as u32);
            locals.push(l);
            scope.local_vec.push(Local {
                name: pname.clone(),
                ty: Ty::Never,
            });
            if let Some(d) = default {
                let value = match d {
                    super::Default::Const(e) => self.expr(e, &mut scope),
                    super::Default::Global(g) => Self::mk(ExprKind::Global(*g), sp),
                };
                let missing = Self::mk(
                    ExprKind::Compare(
                        Box::new(Self::read_local(l, sp)),
                        vec![(CmpOp::Is, Self::mk(ExprKind::Absent, sp))],
                    ),
                    sp,
                );
                body.push(Stmt {
                    span: sp,
                    kind: StmtKind::If {
                        test: missing,
                        body: vec![Stmt {
                            kind: StmtKind::Assign {
                                targets: vec![Place::Local(l)],
                                value,
                            },
                            span: sp,
                        }],
                        orelse: Vec::new(),
                    },
                });
            }
            args.push((i as u32, Self::read_local(l, sp)));
        }
        let call = Self::mk(
            ExprKind::Call {
                func: target,
                args,
                check_defined: None,
            },
            sp,
        );
        body.push(Stmt {
            kind: StmtKind::Return(call),
            span: sp,
        });
        let min_args = params.iter().filter(|(_, d)| d.is_none()).count() as u32;
        self.lambdas[slot] = Function {
            name: name.to_string(),
            params: locals,
            locals: scope.local_vec,
            ret: Ty::Never,
            body,
            span: sp,
            min_args,
            hidden_frame: true,
        };
        self.default_wrappers.insert(name.to_string(), id);
        Self::mk(ExprKind::FuncRef(id, Vec::new()), sp)
    }

    /// `callee(args)` where the callee is a value (a variable holding a
    /// function, a lambda, ...): dispatched at run time.
    pub(super) fn call_value(&mut self, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        if !c.arguments.keywords.is_empty() {
            // `[callee, positional..., keyword values..., names]`, bound by
            // the runtime to the callee's parameters.
            let mut items = vec![self.expr(&c.func, scope)];
            items.extend(c.arguments.args.iter().map(|a| self.expr(a, scope)));
            let mut names = Vec::new();
            for k in &c.arguments.keywords {
                items.push(self.expr(&k.value, scope));
                let n = k.arg.as_ref().map(|a| a.id.to_string()).unwrap_or_default();
                names.push(Self::mk(ExprKind::Str(n), sp));
            }
            items.push(Self::mk(ExprKind::Tuple(names), sp));
            return Self::mk(ExprKind::Builtin(Builtin::CallKw, items), sp);
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
}

/// Names read in an expression, with where (first occurrence each).
#[derive(Default)]
struct FreeNames {
    names: Vec<(String, molt_syntax::Span)>,
}

impl<'a> Visitor<'a> for FreeNames {
    fn visit_expr(&mut self, e: &'a AExpr) {
        if let AExpr::Name(n) = e {
            let name = n.id.to_string();
            if !self.names.iter().any(|(m, _)| *m == name) {
                self.names.push((name, span(n)));
            }
        }
        visitor::walk_expr(self, e);
    }
}

/// The locals of a function body that a lambda may capture by value, each
/// with the offset from which it may: parameters never reassigned (0), and
/// locals assigned exactly once, outside loops (after that assignment).
pub(super) fn capturable(params: &[String], body: &[AStmt]) -> HashMap<String, u32> {
    let mut count: HashMap<String, (u32, bool, u32)> = HashMap::new();
    count_bindings(body, false, &mut count);
    let mut out = HashMap::new();
    for p in params {
        if !count.contains_key(p) {
            out.insert(p.clone(), 0);
        }
    }
    for (n, (c, in_loop, end)) in count {
        if c == 1 && !in_loop && !params.contains(&n) {
            out.insert(n, end);
        }
    }
    out
}

fn count_bindings(body: &[AStmt], in_loop: bool, out: &mut HashMap<String, (u32, bool, u32)>) {
    for s in body {
        let mut bound = Vec::new();
        super::collect_bound_shallow(s, &mut bound);
        for (n, _) in bound {
            let e = out.entry(n).or_insert((0, false, 0));
            e.0 += 1;
            e.1 |= in_loop || matches!(s, AStmt::For(_));
            e.2 = u32::from(s.range().end());
        }
        match s {
            AStmt::For(f) => {
                count_bindings(&f.body, true, out);
                count_bindings(&f.orelse, in_loop, out);
            }
            AStmt::While(w) => {
                count_bindings(&w.body, true, out);
                count_bindings(&w.orelse, in_loop, out);
            }
            AStmt::If(i) => {
                count_bindings(&i.body, in_loop, out);
                for c in &i.elif_else_clauses {
                    count_bindings(&c.body, in_loop, out);
                }
            }
            _ => {}
        }
    }
}

/// Whether a call's callee is an expression other than a plain name or
/// attribute (e.g. `(lambda x: x)(1)`).
pub(super) fn is_value_callee(e: &AExpr) -> bool {
    !matches!(e, AExpr::Name(_) | AExpr::Attribute(_))
}
