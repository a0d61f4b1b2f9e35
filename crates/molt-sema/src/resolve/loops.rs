//! `for` loops, in statements and in comprehension clauses alike.
//!
//! A loop over a call of the builtin `range`, `enumerate` or `zip` whose
//! items are unpacked on the spot runs without the call's object and without
//! a tuple per item: `range` becomes a counted loop, `enumerate` a loop over
//! its iterable with an int counter beside it, `zip` one loop advancing each
//! iterable in lockstep. Each keeps CPython's order of evaluation, of
//! iterator creation and of assignment to the targets.

use super::{int_literal, span, Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast::{self, Expr as AExpr};
use molt_syntax::Span;
use num_bigint::BigInt;

/// What a loop iterates, its expressions already resolved in the
/// enclosing scope.
pub(super) enum LoopSource {
    /// `range(start, stop, step)`.
    Range(Expr, Expr, Expr),
    /// `enumerate(iterable, start)` unpacked into two targets, with a
    /// literal start.
    Enumerate(Expr, BigInt),
    /// `zip(a, b, ...)` unpacked into one target per argument.
    Zip(Vec<Expr>),
    /// Any other iterable.
    Iter(Expr),
}

impl Resolver<'_> {
    /// Resolves the iterable of `for target in iter` (in the enclosing
    /// scope: call it before the target's names are bound).
    pub(super) fn loop_source(
        &mut self,
        target: &AExpr,
        iter: &AExpr,
        scope: &mut Scope,
    ) -> LoopSource {
        let AExpr::Call(c) = iter else {
            return LoopSource::Iter(self.expr(iter, scope));
        };
        let name = match &*c.func {
            AExpr::Name(n) if self.is_builtin_name(n.id.as_str(), scope) => n.id.as_str(),
            _ => return LoopSource::Iter(self.expr(iter, scope)),
        };
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        let plain = !args.iter().any(|a| matches!(a, AExpr::Starred(_)));
        let arity = unpacked_arity(target);
        match name {
            "range" if plain && kws.is_empty() && (1..=3).contains(&args.len()) => {
                let mut vals: Vec<Expr> = args.iter().map(|a| self.expr(a, scope)).collect();
                let int = |v: i64| Self::mk_int(v, span(c));
                let (start, stop, step) = match vals.len() {
                    1 => (int(0), vals.remove(0), int(1)),
                    2 => {
                        let stop = vals.remove(1);
                        (vals.remove(0), stop, int(1))
                    }
                    _ => {
                        let step = vals.remove(2);
                        let stop = vals.remove(1);
                        (vals.remove(0), stop, step)
                    }
                };
                LoopSource::Range(start, stop, step)
            }
            "enumerate" if plain && arity == Some(2) && counter_is_own_name(target) => {
                let start = match (&args[..], &kws[..]) {
                    ([_], []) => Some(BigInt::from(0)),
                    ([_], [k]) if k.arg.as_ref().is_some_and(|a| a.id.as_str() == "start") => {
                        literal_int(&k.value)
                    }
                    ([_, s], []) => literal_int(s),
                    _ => None,
                };
                match start {
                    Some(start) => LoopSource::Enumerate(self.expr(&args[0], scope), start),
                    None => LoopSource::Iter(self.expr(iter, scope)),
                }
            }
            "zip" if plain && kws.is_empty() && !args.is_empty() && arity == Some(args.len()) => {
                LoopSource::Zip(args.iter().map(|a| self.expr(a, scope)).collect())
            }
            _ => LoopSource::Iter(self.expr(iter, scope)),
        }
    }

    /// Builds the loop over `src` assigning `target` (whose names the
    /// caller has made visible). `body` resolves the statements run each
    /// time round after the target is assigned, `orelse` the `else` block.
    pub(super) fn loop_stmt(
        &mut self,
        src: LoopSource,
        target: &AExpr,
        scope: &mut Scope,
        sp: Span,
        body: impl FnOnce(&mut Self, &mut Scope) -> Vec<Stmt>,
        orelse: impl FnOnce(&mut Self, &mut Scope) -> Vec<Stmt>,
    ) -> Vec<Stmt> {
        let stmt = |kind| Stmt { kind, span: sp };
        match src {
            LoopSource::Range(start, stop, step) => {
                let Some((target, body, orelse)) =
                    self.simple_loop(target, scope, sp, body, orelse)
                else {
                    return Vec::new();
                };
                vec![stmt(StmtKind::ForRange {
                    target,
                    start,
                    stop,
                    step,
                    body,
                    orelse,
                })]
            }
            LoopSource::Iter(iter) => {
                let Some((target, body, orelse)) =
                    self.simple_loop(target, scope, sp, body, orelse)
                else {
                    return Vec::new();
                };
                vec![stmt(StmtKind::ForIter {
                    target,
                    iter,
                    zipped: Vec::new(),
                    body,
                    orelse,
                })]
            }
            LoopSource::Enumerate(iter, start) => {
                // `for i, x in enumerate(xs, k)`: `n = k`, then each round
                // `i = n; n += 1` before `x` is unpacked (enumerate's order).
                let elts = tuple_elts(target);
                let Some(index) = self.place(&elts[0], scope) else {
                    return Vec::new();
                };
                let Some((item, unpack)) = self.for_target(&elts[1], scope, sp) else {
                    return Vec::new();
                };
                let n = self.hidden_local(scope, "enumerate", sp);
                let read_n = || Self::read_local(n, sp);
                let mut inner = vec![
                    stmt(StmtKind::Assign {
                        targets: vec![index],
                        value: read_n(),
                    }),
                    stmt(StmtKind::Assign {
                        targets: vec![Place::Local(n)],
                        value: Self::mk(
                            ExprKind::Binary(
                                BinOp::Add,
                                Box::new(read_n()),
                                Box::new(Self::mk_int(1, sp)),
                            ),
                            sp,
                        ),
                    }),
                ];
                inner.extend(unpack);
                inner.extend(body(self, scope));
                let orelse = orelse(self, scope);
                vec![
                    stmt(StmtKind::Assign {
                        targets: vec![Place::Local(n)],
                        value: Self::mk(ExprKind::Int(start), sp),
                    }),
                    stmt(StmtKind::ForIter {
                        target: item,
                        iter,
                        zipped: Vec::new(),
                        body: inner,
                        orelse,
                    }),
                ]
            }
            LoopSource::Zip(iters) => {
                let elts = tuple_elts(target);
                // Plain names take their items directly; otherwise every
                // item goes to a hidden local first and the targets are
                // assigned in order, as unpacking zip's tuple would.
                let direct = elts.iter().all(|e| matches!(e, AExpr::Name(_)));
                let mut places = Vec::new();
                let mut inner = Vec::new();
                for e in elts {
                    if direct {
                        places.push(self.place(e, scope));
                    } else {
                        let h = self.hidden_local(scope, "zip item", sp);
                        self.assign_target(e, Self::read_local(h, sp), scope, &mut inner, sp);
                        places.push(Some(Place::Local(h)));
                    }
                }
                let Some(places) = places.into_iter().collect::<Option<Vec<Place>>>() else {
                    return Vec::new();
                };
                inner.extend(body(self, scope));
                let orelse = orelse(self, scope);
                let mut pairs = places.into_iter().zip(iters);
                let Some((target, iter)) = pairs.next() else {
                    return Vec::new();
                };
                vec![stmt(StmtKind::ForIter {
                    target,
                    iter,
                    zipped: pairs.collect(),
                    body: inner,
                    orelse,
                })]
            }
        }
    }

    /// The place a loop over single items assigns, its body (the target's
    /// unpacking first) and its `else` block.
    fn simple_loop(
        &mut self,
        target: &AExpr,
        scope: &mut Scope,
        sp: Span,
        body: impl FnOnce(&mut Self, &mut Scope) -> Vec<Stmt>,
        orelse: impl FnOnce(&mut Self, &mut Scope) -> Vec<Stmt>,
    ) -> Option<(Place, Vec<Stmt>, Vec<Stmt>)> {
        let (target, mut inner) = self.for_target(target, scope, sp)?;
        inner.extend(body(self, scope));
        Some((target, inner, orelse(self, scope)))
    }

    /// An int literal expression.
    pub(super) fn mk_int(v: i64, sp: Span) -> Expr {
        Expr {
            kind: ExprKind::Int(BigInt::from(v)),
            ty: Ty::Int,
            span: sp,
        }
    }
}

/// How many targets a tuple or list target without a star unpacks into.
fn unpacked_arity(target: &AExpr) -> Option<usize> {
    let elts = match target {
        AExpr::Tuple(t) => &t.elts,
        AExpr::List(l) => &l.elts,
        _ => return None,
    };
    if elts.iter().any(|e| matches!(e, AExpr::Starred(_))) {
        return None;
    }
    Some(elts.len())
}

/// The elements of a tuple or list target.
fn tuple_elts(target: &AExpr) -> &[AExpr] {
    match target {
        AExpr::Tuple(t) => &t.elts,
        AExpr::List(l) => &l.elts,
        _ => &[],
    }
}

/// Whether the first element of a two-element target is a plain name that
/// the second does not also bind (a fused `enumerate` stores the item
/// before the counter, which only these targets cannot observe).
fn counter_is_own_name(target: &AExpr) -> bool {
    match tuple_elts(target) {
        [AExpr::Name(i), AExpr::Name(x)] => i.id != x.id,
        [AExpr::Name(_), _] => true,
        _ => false,
    }
}

/// The value of an int literal, possibly negated (`enumerate`'s start).
fn literal_int(e: &AExpr) -> Option<BigInt> {
    match e {
        AExpr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => Some(int_literal(i)),
            _ => None,
        },
        AExpr::UnaryOp(u) if u.op == ast::UnaryOp::USub => literal_int(&u.operand).map(|v| -v),
        _ => None,
    }
}
