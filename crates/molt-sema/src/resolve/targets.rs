//! Assignment targets: names, subscripts and slices, (nested) tuple and
//! list targets, augmented assignment and `del`.

use super::{span, Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast::{self, Expr as AExpr};
use molt_syntax::Span;

impl Resolver<'_> {
    /// A fresh hidden local of the current function (or module body):
    /// comprehension variables and the temporaries of desugared statements.
    pub(super) fn hidden_local(&mut self, scope: &mut Scope, hint: &str, sp: Span) -> LocalId {
        let id = LocalId(scope.local_vec.len() as u32);
        scope.local_vec.push(Local {
            name: format!("<{hint} {}>", sp.start),
            ty: Ty::Never,
        });
        id
    }

    /// Reads a hidden local.
    pub(super) fn read_local(l: LocalId, sp: Span) -> Expr {
        Self::mk(ExprKind::Local(l), sp)
    }

    /// `h = value` into a fresh hidden local; returns it.
    pub(super) fn spill(
        &mut self,
        value: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
        hint: &str,
    ) -> LocalId {
        let sp = value.span;
        let h = self.hidden_local(scope, hint, sp);
        out.push(Stmt {
            kind: StmtKind::Assign {
                targets: vec![Place::Local(h)],
                value,
            },
            span: sp,
        });
        h
    }

    /// The three bounds of a slice (`None` where absent).
    pub(super) fn slice_bounds(&mut self, sl: &ast::ExprSlice, scope: &mut Scope) -> [Expr; 3] {
        let sp = span(sl);
        let mut part = |e: &Option<Box<AExpr>>, me: &mut Self| match e {
            Some(e) => me.expr(e, scope),
            None => Expr {
                kind: ExprKind::None,
                ty: Ty::None,
                span: sp,
            },
        };
        let lo = part(&sl.lower, self);
        let hi = part(&sl.upper, self);
        let st = part(&sl.step, self);
        [lo, hi, st]
    }

    /// Statements storing `value` into `target`: a name, a subscript or
    /// slice, or a tuple/list of targets (unpacked, nested as deep as
    /// written).
    pub(super) fn assign_target(
        &mut self,
        target: &AExpr,
        value: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
        sp: Span,
    ) {
        match target {
            AExpr::Subscript(sub) => {
                let obj = self.expr(&sub.value, scope);
                let kind = match &*sub.slice {
                    AExpr::Slice(sl) => StmtKind::SetSlice {
                        obj,
                        bounds: Box::new(self.slice_bounds(sl, scope)),
                        value,
                    },
                    i => StmtKind::SetItem {
                        obj,
                        index: self.expr(i, scope),
                        value,
                    },
                };
                out.push(Stmt { kind, span: sp });
            }
            AExpr::Tuple(ast::ExprTuple { elts, .. }) | AExpr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, value, scope, out, sp)
            }
            AExpr::Attribute(a) => self.set_attr(a, value, scope, out, sp),
            _ => {
                if let Some(p) = self.place(target, scope) {
                    out.push(Stmt {
                        kind: StmtKind::Assign {
                            targets: vec![p],
                            value,
                        },
                        span: sp,
                    });
                }
            }
        }
    }

    /// `a, b[0], (c, d) = value`: unpack into hidden locals where a target
    /// is not a plain name, then store those.
    pub(super) fn unpack_into(
        &mut self,
        elts: &[AExpr],
        value: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
        sp: Span,
    ) {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e, AExpr::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        if let [k] = stars[..] {
            // `a, *b, c = v`: the runtime splits v into a tuple whose star
            // item is a list, then each target takes its item.
            let int = |n: usize| Expr {
                kind: ExprKind::Int((n as i64).into()),
                ty: Ty::Int,
                span: sp,
            };
            let split = Self::mk(
                ExprKind::Builtin(
                    Builtin::UnpackEx,
                    vec![value, int(k), int(elts.len() - k - 1)],
                ),
                sp,
            );
            let plain: Vec<AExpr> = elts
                .iter()
                .map(|e| match e {
                    AExpr::Starred(s) => (*s.value).clone(),
                    other => other.clone(),
                })
                .collect();
            return self.unpack_into(&plain, split, scope, out, sp);
        }
        if stars.len() > 1 {
            self.error(
                "E0001",
                "SyntaxError: multiple starred expressions in assignment",
                sp,
                "",
            );
            return;
        }
        let mut targets = Vec::new();
        let mut nested = Vec::new();
        for e in elts {
            if let AExpr::Name(_) = e {
                if let Some(p) = self.place(e, scope) {
                    targets.push(p);
                }
            } else {
                let h = self.hidden_local(scope, "unpack", span(e));
                targets.push(Place::Local(h));
                nested.push((e, h));
            }
        }
        out.push(Stmt {
            kind: StmtKind::Unpack { targets, value },
            span: sp,
        });
        for (e, h) in nested {
            let v = Self::read_local(h, span(e));
            self.assign_target(e, v, scope, out, sp);
        }
    }

    /// `target op= rhs`. A subscript target evaluates its container and
    /// key once; the operation is in place for mutable containers.
    pub(super) fn aug_assign(
        &mut self,
        a: &ast::StmtAugAssign,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
        sp: Span,
    ) {
        let Some(op) = self.binop(a.op, sp) else {
            return;
        };
        let inplace = |cur: Expr, rhs: Expr| Expr {
            kind: ExprKind::InPlace(op, Box::new(cur), Box::new(rhs)),
            ty: Ty::Never,
            span: sp,
        };
        match &*a.target {
            AExpr::Subscript(sub) => {
                let obj = self.expr(&sub.value, scope);
                let o = self.spill(obj, scope, out, "obj");
                let kind = match &*sub.slice {
                    AExpr::Slice(sl) => {
                        let bounds = self.slice_bounds(sl, scope);
                        let [lo, hi, st] = bounds.map(|b| {
                            let l = self.spill(b, scope, out, "bound");
                            Self::read_local(l, sp)
                        });
                        let cur = Self::mk(
                            ExprKind::Slice(
                                Box::new(Self::read_local(o, sp)),
                                Some(Box::new(lo.clone())),
                                Some(Box::new(hi.clone())),
                                Some(Box::new(st.clone())),
                            ),
                            sp,
                        );
                        let rhs = self.expr(&a.value, scope);
                        StmtKind::SetSlice {
                            obj: Self::read_local(o, sp),
                            bounds: Box::new([lo, hi, st]),
                            value: inplace(cur, rhs),
                        }
                    }
                    i => {
                        let key = self.expr(i, scope);
                        let k = self.spill(key, scope, out, "key");
                        let cur = Self::mk(
                            ExprKind::Index(
                                Box::new(Self::read_local(o, sp)),
                                Box::new(Self::read_local(k, sp)),
                            ),
                            sp,
                        );
                        let rhs = self.expr(&a.value, scope);
                        StmtKind::SetItem {
                            obj: Self::read_local(o, sp),
                            index: Self::read_local(k, sp),
                            value: inplace(cur, rhs),
                        }
                    }
                };
                out.push(Stmt { kind, span: sp });
            }
            AExpr::Attribute(at) => {
                let obj = self.expr(&at.value, scope);
                let o = self.spill(obj, scope, out, "obj");
                let name = Expr {
                    kind: ExprKind::Str(at.attr.id.to_string()),
                    ty: Ty::Str,
                    span: sp,
                };
                let cur = Self::mk(
                    ExprKind::Builtin(Builtin::GetAttr, vec![Self::read_local(o, sp), name]),
                    sp,
                );
                let rhs = self.expr(&a.value, scope);
                out.push(Self::set_attr_stmt(
                    Self::read_local(o, sp),
                    at.attr.id.as_str(),
                    inplace(cur, rhs),
                    sp,
                ));
            }
            target => {
                let Some(p) = self.place(target, scope) else {
                    return;
                };
                let cur = self.expr(target, scope);
                let rhs = self.expr(&a.value, scope);
                out.push(Stmt {
                    kind: StmtKind::Assign {
                        targets: vec![p],
                        value: inplace(cur, rhs),
                    },
                    span: sp,
                });
            }
        }
    }

    /// `del a[i], b[x:y]`.
    pub(super) fn delete(&mut self, targets: &[AExpr], scope: &mut Scope, out: &mut Vec<Stmt>) {
        for t in targets {
            let sp = span(t);
            match t {
                AExpr::Subscript(sub) => {
                    let obj = self.expr(&sub.value, scope);
                    let kind = match &*sub.slice {
                        AExpr::Slice(sl) => StmtKind::DelSlice {
                            obj,
                            bounds: Box::new(self.slice_bounds(sl, scope)),
                        },
                        i => StmtKind::DelItem {
                            obj,
                            index: self.expr(i, scope),
                        },
                    };
                    out.push(Stmt { kind, span: sp });
                }
                AExpr::Tuple(ast::ExprTuple { elts, .. })
                | AExpr::List(ast::ExprList { elts, .. }) => self.delete(elts, scope, out),
                AExpr::Attribute(a) => {
                    let obj = self.expr(&a.value, scope);
                    let name = Expr {
                        kind: ExprKind::Str(a.attr.id.to_string()),
                        ty: Ty::Str,
                        span: sp,
                    };
                    out.push(Stmt {
                        kind: StmtKind::Expr(Self::mk(
                            ExprKind::Builtin(Builtin::DelAttr, vec![obj, name]),
                            sp,
                        )),
                        span: sp,
                    });
                }
                _ => self.error(
                    "M0101",
                    "`del` of a name is not supported yet",
                    sp,
                    "delete items with `del xs[i]`; rebind a name instead of deleting it",
                ),
            }
        }
    }
}
