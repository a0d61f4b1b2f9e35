//! Generator expressions consumed on the spot by `sum`, `min`, `max`,
//! `set` and `dict`: the consumer's work happens inside the generator's loops, item by
//! item, so there is no generator object and no list of items, and the
//! items' side effects and errors interleave with the consumer's as in
//! CPython (`max(key=f)` calls `f` right after each item is produced).

use super::comp::{restore_names, CompKind};
use super::loops::LoopSource;
use super::{span, Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast::{self, Expr as AExpr};
use molt_syntax::Span;

impl Resolver<'_> {
    /// A call of the builtin `name` that consumes a generator expression
    /// (or, for `min`/`max`, any one iterable) on the spot, built as loops.
    /// None when the call has another shape (the caller resolves it as an
    /// ordinary call; nothing has been resolved yet).
    pub(super) fn fold_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Option<Expr> {
        let sp = span(c);
        let kws: Vec<(&str, &AExpr)> = c
            .arguments
            .keywords
            .iter()
            .map(|k| (k.arg.as_ref().map_or("", |a| a.id.as_str()), &k.value))
            .collect();
        let (g, rest) = match &c.arguments.args[..] {
            [AExpr::Generator(g), rest @ ..] => (g, rest),
            // `min(xs, key=f)` over any one iterable: the same loop, when
            // the other arguments have no side effects (the iterable is
            // then iterated after they are evaluated, unobservably).
            [xs] if matches!(name, "min" | "max") && !matches!(xs, AExpr::Starred(_)) => {
                let (key, default) = min_max_keywords(&kws)?;
                if !key.into_iter().chain(default).all(is_pure) {
                    return None;
                }
                let src = MinMaxSource::Iterable(xs);
                return Some(self.min_max_fold(name == "max", src, key, default, scope, sp));
            }
            _ => return None,
        };
        match (name, rest, &kws[..]) {
            ("sum", [], []) => Some(self.sum_fold(g, None, scope, sp)),
            ("sum", [s], []) => Some(self.sum_fold(g, Some(s), scope, sp)),
            ("sum", [], [("start", s)]) => Some(self.sum_fold(g, Some(*s), scope, sp)),
            ("set", [], []) => {
                Some(self.comprehension(CompKind::Set, &g.elt, None, &g.generators, scope, sp))
            }
            ("dict", [], []) => Some(self.dict_fold(g, scope, sp)),
            ("min" | "max", [], kws) => {
                let (key, default) = min_max_keywords(kws)?;
                let src = MinMaxSource::Generator(g);
                Some(self.min_max_fold(name == "max", src, key, default, scope, sp))
            }
            _ => None,
        }
    }

    /// `sum(elt for ...)`, or with a numeric literal start: the loops add
    /// each item as it is produced (see [`SumFold`]).
    ///
    /// Any other start is evaluated after the generator's first iterable
    /// and its iterator (see [`Self::hoist_first`]), and goes through
    /// `sum((), start)` first, which raises CPython's TypeError for a str or
    /// bytes start before any item is produced.
    fn sum_fold(
        &mut self,
        g: &ast::ExprGenerator,
        start: Option<&AExpr>,
        scope: &mut Scope,
        sp: Span,
    ) -> Expr {
        let mut pre = Vec::new();
        let (first, start) = match start {
            None => (None, Self::mk_int(0, sp)),
            Some(e) if is_number_literal(e) => (None, self.expr(e, scope)),
            Some(e) => {
                let first = self.hoist_first(g, scope, &mut pre);
                let start = self.expr(e, scope);
                let checked = ExprKind::Builtin(
                    Builtin::Sum,
                    vec![Self::mk(ExprKind::Tuple(Vec::new()), sp), start],
                );
                (Some(first), Self::mk(checked, sp))
            }
        };
        let acc = self.hidden_local(scope, "sum", sp);
        let item = self.hidden_local(scope, "sum item", sp);
        let mut saved = Vec::new();
        let loops = self.comp_loops_from(
            first,
            &g.generators,
            scope,
            &mut saved,
            &mut |this, scope| {
                let elt = this.expr(&g.elt, scope);
                let add = ExprKind::Binary(
                    BinOp::Add,
                    Box::new(Self::read_local(acc, sp)),
                    Box::new(Self::read_local(item, sp)),
                );
                vec![assign(item, elt, sp), assign(acc, Self::mk(add, sp), sp)]
            },
        );
        restore_names(scope, saved);
        let sum = Self::mk(
            ExprKind::Sum(Box::new(SumFold {
                acc,
                item,
                start,
                loops,
            })),
            sp,
        );
        if pre.is_empty() {
            sum
        } else {
            Self::mk(ExprKind::Block(pre, Box::new(sum)), sp)
        }
    }

    /// `dict(elt for ...)`: a dict comprehension when `elt` is a pair
    /// display (the same evaluations in the same order); otherwise each
    /// item must be a pair, checked as it is produced.
    fn dict_fold(&mut self, g: &ast::ExprGenerator, scope: &mut Scope, sp: Span) -> Expr {
        if let AExpr::Tuple(t) = &*g.elt {
            if let [k, v] = &t.elts[..] {
                if !matches!(k, AExpr::Starred(_)) && !matches!(v, AExpr::Starred(_)) {
                    let gens = &g.generators;
                    return self.comprehension(CompKind::Dict, k, Some(v), gens, scope, sp);
                }
            }
        }
        let acc = self.hidden_local(scope, "dict", sp);
        let n = self.hidden_local(scope, "dict index", sp);
        let mut stmts = vec![
            assign(acc, Self::mk(ExprKind::Dict(Vec::new()), sp), sp),
            assign(n, Self::mk_int(0, sp), sp),
        ];
        let mut saved = Vec::new();
        let loops = self.comp_loops(&g.generators, scope, &mut saved, &mut |this, scope| {
            let elt = this.expr(&g.elt, scope);
            let add = ExprKind::Builtin(
                Builtin::DictAddPair,
                vec![Self::read_local(acc, sp), elt, Self::read_local(n, sp)],
            );
            let next = ExprKind::Binary(
                BinOp::Add,
                Box::new(Self::read_local(n, sp)),
                Box::new(Self::mk_int(1, sp)),
            );
            vec![
                Stmt {
                    kind: StmtKind::Expr(Self::mk(add, sp)),
                    span: sp,
                },
                assign(n, Self::mk(next, sp), sp),
            ]
        });
        restore_names(scope, saved);
        stmts.extend(loops);
        Self::mk(
            ExprKind::Block(stmts, Box::new(Self::read_local(acc, sp))),
            sp,
        )
    }

    /// For a consumer whose other arguments may have side effects: the
    /// generator's first iterable is evaluated and its iterator taken now,
    /// as creating the generator does, before those arguments; the loop
    /// then runs over that iterator.
    fn hoist_first(
        &mut self,
        g: &ast::ExprGenerator,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> LoopSource {
        let sp = span(g);
        let iterable = self.expr(&g.generators[0].iter, scope);
        let it = Self::mk(ExprKind::Builtin(Builtin::Iter, vec![iterable]), sp);
        let h = self.spill_to(scope, "genexpr iter", it, out, sp);
        LoopSource::Iter(Self::read_local(h, sp))
    }

    /// `max(elt for ...)` / `min(...)`, with `key=` and `default=` given as
    /// expressions without side effects. As CPython's `min_max`: the first
    /// item is the best so far; a later item replaces it when it (or its
    /// key) compares greater (`max`) or less (`min`) than the best; no item
    /// gives the default or raises `ValueError`.
    fn min_max_fold(
        &mut self,
        is_max: bool,
        src: MinMaxSource,
        key: Option<&AExpr>,
        default: Option<&AExpr>,
        scope: &mut Scope,
        sp: Span,
    ) -> Expr {
        let mut stmts = Vec::new();
        let pure = key.into_iter().chain(default).all(is_pure);
        let first = match src {
            MinMaxSource::Generator(g) if !pure => Some(self.hoist_first(g, scope, &mut stmts)),
            _ => None,
        };
        // The builtin `len` as the key is called directly.
        let key_is_len = matches!(key, Some(AExpr::Name(n))
            if n.id.as_str() == "len" && self.is_builtin_name("len", scope));
        let key_fn = key.filter(|_| !key_is_len).map(|k| {
            let v = self.expr(k, scope);
            self.spill_to(scope, "key", v, &mut stmts, sp)
        });
        let default = default.map(|d| {
            let v = self.expr(d, scope);
            self.spill_to(scope, "default", v, &mut stmts, sp)
        });
        let best = self.hidden_local(scope, if is_max { "max" } else { "min" }, sp);
        let seen = self.hidden_local(scope, "seen", sp);
        let item = self.hidden_local(scope, "item", sp);
        let keys = key.map(|_| {
            (
                self.hidden_local(scope, "item key", sp),
                self.hidden_local(scope, "best key", sp),
            )
        });
        stmts.push(assign(seen, Self::mk(ExprKind::Bool(false), sp), sp));
        // Each item, once in `item`: compare it (or its key) with the best.
        let step = || {
            let mut body = Vec::new();
            // The value compared, and what to remember of a new best.
            let mut take = vec![assign(best, Self::read_local(item, sp), sp)];
            let (cmp_new, cmp_best) = match keys {
                Some((k, bk)) => {
                    let arg = vec![Self::read_local(item, sp)];
                    let call = match key_fn {
                        Some(f) => ExprKind::CallValue(Box::new(Self::read_local(f, sp)), arg),
                        None => ExprKind::Builtin(Builtin::Len, arg),
                    };
                    body.push(assign(k, Self::mk(call, sp), sp));
                    take.push(assign(bk, Self::read_local(k, sp), sp));
                    (k, bk)
                }
                None => (item, best),
            };
            let mut first = take.clone();
            first.push(assign(seen, Self::mk(ExprKind::Bool(true), sp), sp));
            let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
            let better = ExprKind::Compare(
                Box::new(Self::read_local(cmp_new, sp)),
                vec![(op, Self::read_local(cmp_best, sp))],
            );
            body.push(Stmt {
                kind: StmtKind::If {
                    test: Self::mk(ExprKind::Not(Box::new(Self::read_local(seen, sp))), sp),
                    body: first,
                    orelse: vec![Stmt {
                        kind: StmtKind::If {
                            test: Self::mk(better, sp),
                            body: take,
                            orelse: Vec::new(),
                        },
                        span: sp,
                    }],
                },
                span: sp,
            });
            body
        };
        let mut saved = Vec::new();
        let loops = match src {
            MinMaxSource::Generator(g) => self.comp_loops_from(
                first,
                &g.generators,
                scope,
                &mut saved,
                &mut |this, scope| {
                    let elt = this.expr(&g.elt, scope);
                    let mut body = vec![assign(item, elt, sp)];
                    body.extend(step());
                    body
                },
            ),
            MinMaxSource::Iterable(xs) => {
                let iter = self.expr(xs, scope);
                vec![Stmt {
                    kind: StmtKind::ForIter {
                        target: Place::Local(item),
                        iter,
                        zipped: Vec::new(),
                        body: step(),
                        orelse: Vec::new(),
                    },
                    span: sp,
                }]
            }
        };
        restore_names(scope, saved);
        stmts.extend(loops);
        let empty = match default {
            Some(d) => assign(best, Self::read_local(d, sp), sp),
            // `max(())` raises CPython's ValueError for an empty iterable.
            None => {
                let b = if is_max {
                    Builtin::MaxIter
                } else {
                    Builtin::MinIter
                };
                let raise = ExprKind::Builtin(
                    b,
                    vec![
                        Self::mk(ExprKind::Tuple(Vec::new()), sp),
                        Self::mk(ExprKind::Absent, sp),
                        Self::mk(ExprKind::Absent, sp),
                    ],
                );
                Stmt {
                    kind: StmtKind::Expr(Self::mk(raise, sp)),
                    span: sp,
                }
            }
        };
        stmts.push(Stmt {
            kind: StmtKind::If {
                test: Self::mk(ExprKind::Not(Box::new(Self::read_local(seen, sp))), sp),
                body: vec![empty],
                orelse: Vec::new(),
            },
            span: sp,
        });
        Self::mk(
            ExprKind::Block(stmts, Box::new(Self::read_local(best, sp))),
            sp,
        )
    }

    /// `h = value` into a fresh hidden local, appended to `out`.
    fn spill_to(
        &mut self,
        scope: &mut Scope,
        hint: &str,
        value: Expr,
        out: &mut Vec<Stmt>,
        sp: Span,
    ) -> LocalId {
        let h = self.hidden_local(scope, hint, sp);
        out.push(assign(h, value, sp));
        h
    }
}

/// What `min`/`max` iterate.
#[derive(Clone, Copy)]
enum MinMaxSource<'a> {
    /// A generator expression, consumed on the spot.
    Generator(&'a ast::ExprGenerator),
    /// Any one iterable.
    Iterable(&'a AExpr),
}

/// The `key=` and `default=` of a `min`/`max` call (`key=None` is no key);
/// None for any other keyword or a repeated one.
fn min_max_keywords<'a>(
    kws: &[(&str, &'a AExpr)],
) -> Option<(Option<&'a AExpr>, Option<&'a AExpr>)> {
    let mut key = None;
    let mut default = None;
    for &(k, v) in kws {
        let slot = match k {
            "key" => &mut key,
            "default" => &mut default,
            _ => return None,
        };
        if slot.is_some() {
            return None;
        }
        *slot = Some(v);
    }
    let key = key.filter(|k| !matches!(k, AExpr::NoneLiteral(_)));
    Some((key, default))
}

/// `target = value` for a hidden local.
fn assign(target: LocalId, value: Expr, sp: Span) -> Stmt {
    Stmt {
        kind: StmtKind::Assign {
            targets: vec![Place::Local(target)],
            value,
        },
        span: sp,
    }
}

/// An int or float literal, possibly negated.
fn is_number_literal(e: &AExpr) -> bool {
    match e {
        AExpr::NumberLiteral(n) => !matches!(n.value, ast::Number::Complex { .. }),
        AExpr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) => {
            is_number_literal(&u.operand)
        }
        _ => false,
    }
}

/// An argument whose evaluation has no side effect, so evaluating it before
/// the generator's first item instead of after the generator is made
/// cannot be observed: names, `name.attr`, lambdas and literals.
fn is_pure(e: &AExpr) -> bool {
    match e {
        AExpr::Name(_)
        | AExpr::Lambda(_)
        | AExpr::NoneLiteral(_)
        | AExpr::BooleanLiteral(_)
        | AExpr::StringLiteral(_)
        | AExpr::BytesLiteral(_) => true,
        AExpr::Attribute(a) => matches!(&*a.value, AExpr::Name(_)),
        AExpr::Tuple(t) => t.elts.iter().all(is_pure),
        AExpr::List(l) => l.elts.is_empty(),
        _ => is_number_literal(e),
    }
}
