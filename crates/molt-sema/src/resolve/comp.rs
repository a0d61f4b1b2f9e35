//! Container displays and comprehensions.
//!
//! A comprehension becomes an [`ExprKind::Block`]: a fresh accumulator,
//! the loops and conditions as ordinary statements, then the accumulator.
//! Its loop variables are fresh hidden locals that shadow outer names only
//! inside the comprehension, as in Python 3; the first iterable is
//! resolved in the enclosing scope.

use super::loops::LoopSource;
use super::{span, Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast::{self, Expr as AExpr};
use molt_syntax::Span;

/// What a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum CompKind {
    List,
    Set,
    Dict,
}

impl Resolver<'_> {
    /// `[elt for ...]`, `{elt for ...}`, `{key: value for ...}`.
    pub(super) fn comprehension(
        &mut self,
        kind: CompKind,
        elt: &AExpr,
        value: Option<&AExpr>,
        gens: &[ast::Comprehension],
        scope: &mut Scope,
        sp: Span,
    ) -> Expr {
        let acc = self.hidden_local(scope, "comp", sp);
        let init = match kind {
            CompKind::List => ExprKind::List(Vec::new()),
            CompKind::Set => ExprKind::Builtin(Builtin::Set, Vec::new()),
            CompKind::Dict => ExprKind::Dict(Vec::new()),
        };
        let mut stmts = vec![Stmt {
            kind: StmtKind::Assign {
                targets: vec![Place::Local(acc)],
                value: Self::mk(init, sp),
            },
            span: sp,
        }];
        let mut saved = Vec::new();
        let loops = self.comp_loops(gens, scope, &mut saved, &mut |this, scope| {
            let a = Self::read_local(acc, sp);
            let e = match (kind, value) {
                (CompKind::List, _) => {
                    ExprKind::Builtin(Builtin::ListAppend, vec![a, this.expr(elt, scope)])
                }
                (CompKind::Set, _) => {
                    ExprKind::Builtin(Builtin::SetAdd, vec![a, this.expr(elt, scope)])
                }
                (CompKind::Dict, v) => {
                    let k = this.expr(elt, scope);
                    let v = match v {
                        Some(v) => this.expr(v, scope),
                        None => Self::mk(ExprKind::None, sp),
                    };
                    ExprKind::Builtin(Builtin::DictSetItem, vec![a, k, v])
                }
            };
            vec![Stmt {
                kind: StmtKind::Expr(Self::mk(e, sp)),
                span: sp,
            }]
        });
        restore_names(scope, saved);
        stmts.extend(loops);
        Self::mk(
            ExprKind::Block(stmts, Box::new(Self::read_local(acc, sp))),
            sp,
        )
    }

    /// The loops of a comprehension's clauses, outermost first, with what
    /// `innermost` builds as the innermost body (the loop variables are
    /// visible to it; `saved` collects the names they shadow).
    pub(super) fn comp_loops(
        &mut self,
        gens: &[ast::Comprehension],
        scope: &mut Scope,
        saved: &mut Vec<(String, Option<LocalId>)>,
        innermost: &mut dyn FnMut(&mut Self, &mut Scope) -> Vec<Stmt>,
    ) -> Vec<Stmt> {
        self.comp_loops_from(None, gens, scope, saved, innermost)
    }

    /// [`Self::comp_loops`], with the first clause's source already
    /// resolved when `first` is given.
    pub(super) fn comp_loops_from(
        &mut self,
        first: Option<LoopSource>,
        gens: &[ast::Comprehension],
        scope: &mut Scope,
        saved: &mut Vec<(String, Option<LocalId>)>,
        innermost: &mut dyn FnMut(&mut Self, &mut Scope) -> Vec<Stmt>,
    ) -> Vec<Stmt> {
        let Some((g, rest)) = gens.split_first() else {
            return innermost(self, scope);
        };
        if g.is_async {
            self.error(
                "M0102",
                "asynchronous comprehensions are not supported",
                span(g),
                "",
            );
        }
        let src = match first {
            Some(src) => src,
            None => self.loop_source(&g.target, &g.iter, scope),
        };
        self.bind_comp_target(&g.target, scope, saved);
        self.loop_stmt(
            src,
            &g.target,
            scope,
            span(g),
            |this, scope| {
                let conds: Vec<Expr> = g.ifs.iter().map(|c| this.expr(c, scope)).collect();
                let inner = this.comp_loops(rest, scope, saved, innermost);
                guarded(conds, inner)
            },
            |_, _| Vec::new(),
        )
    }

    /// `any(e for x in it)` / `all(...)` with one generator: a loop that
    /// stops at the first decisive item, like CPython's lazy generator.
    pub(super) fn any_all(
        &mut self,
        is_any: bool,
        g: &ast::ExprGenerator,
        scope: &mut Scope,
        sp: Span,
    ) -> Expr {
        let r = self.hidden_local(scope, "any", sp);
        let store = |b: bool| Stmt {
            kind: StmtKind::Assign {
                targets: vec![Place::Local(r)],
                value: Self::mk(ExprKind::Bool(b), sp),
            },
            span: sp,
        };
        let gen = &g.generators[0];
        let src = self.loop_source(&gen.target, &gen.iter, scope);
        let mut saved = Vec::new();
        self.bind_comp_target(&gen.target, scope, &mut saved);
        let mut stmts = vec![store(!is_any)];
        let loops = self.loop_stmt(
            src,
            &gen.target,
            scope,
            span(gen),
            |this, scope| {
                let conds: Vec<Expr> = gen.ifs.iter().map(|c| this.expr(c, scope)).collect();
                let e = this.expr(&g.elt, scope);
                let test = if is_any {
                    e
                } else {
                    Self::mk(ExprKind::Not(Box::new(e)), sp)
                };
                let inner = vec![Stmt {
                    span: sp,
                    kind: StmtKind::If {
                        test,
                        body: vec![
                            store(is_any),
                            Stmt {
                                kind: StmtKind::Break,
                                span: sp,
                            },
                        ],
                        orelse: Vec::new(),
                    },
                }];
                guarded(conds, inner)
            },
            |_, _| Vec::new(),
        );
        stmts.extend(loops);
        restore_names(scope, saved);
        Self::mk(
            ExprKind::Block(stmts, Box::new(Self::read_local(r, sp))),
            sp,
        )
    }

    /// A call argument that may be a generator expression: consuming
    /// builtins take it as a list (they consume every item anyway).
    pub(super) fn consumed_arg(&mut self, a: &AExpr, scope: &mut Scope) -> Expr {
        match a {
            AExpr::Generator(g) => {
                self.comprehension(CompKind::List, &g.elt, None, &g.generators, scope, span(a))
            }
            _ => self.expr(a, scope),
        }
    }

    /// A list, set or dict display.
    pub(super) fn display(&mut self, e: &AExpr, scope: &mut Scope) -> Option<ExprKind> {
        let starred = |elts: &[AExpr]| elts.iter().any(|x| matches!(x, AExpr::Starred(_)));
        Some(match e {
            AExpr::List(l) if !starred(&l.elts) => {
                ExprKind::List(l.elts.iter().map(|x| self.expr(x, scope)).collect())
            }
            AExpr::Set(s) if !starred(&s.elts) => {
                ExprKind::Set(s.elts.iter().map(|x| self.expr(x, scope)).collect())
            }
            AExpr::Dict(d) if d.items.iter().all(|i| i.key.is_some()) => {
                let mut pairs = Vec::new();
                for item in &d.items {
                    if let Some(k) = &item.key {
                        let k = self.expr(k, scope);
                        let v = self.expr(&item.value, scope);
                        pairs.push((k, v));
                    }
                }
                ExprKind::Dict(pairs)
            }
            AExpr::List(l) => {
                let items = self.spread(&l.elts, scope);
                ExprKind::Builtin(Builtin::List, vec![items])
            }
            AExpr::Set(s) => {
                let items = self.spread(&s.elts, scope);
                ExprKind::Builtin(Builtin::Set, vec![items])
            }
            AExpr::Dict(d) => {
                // `{**a, k: v, **b}`: one fresh dict, updated in order.
                let sp = span(e);
                let acc = self.hidden_local(scope, "dict", sp);
                let mut stmts = vec![Stmt {
                    kind: StmtKind::Assign {
                        targets: vec![Place::Local(acc)],
                        value: Self::mk(ExprKind::Dict(Vec::new()), sp),
                    },
                    span: sp,
                }];
                for item in &d.items {
                    let a = Self::read_local(acc, sp);
                    let op = match &item.key {
                        Some(k) => {
                            let k = self.expr(k, scope);
                            let v = self.expr(&item.value, scope);
                            ExprKind::Builtin(Builtin::DictSetItem, vec![a, k, v])
                        }
                        None => {
                            let other = self.expr(&item.value, scope);
                            ExprKind::Builtin(Builtin::DictUpdateDisplay, vec![a, other])
                        }
                    };
                    stmts.push(Stmt {
                        kind: StmtKind::Expr(Self::mk(op, sp)),
                        span: sp,
                    });
                }
                ExprKind::Block(stmts, Box::new(Self::read_local(acc, sp)))
            }
            AExpr::ListComp(c) => {
                return Some(
                    self.comprehension(CompKind::List, &c.elt, None, &c.generators, scope, span(e))
                        .kind,
                )
            }
            AExpr::SetComp(c) => {
                return Some(
                    self.comprehension(CompKind::Set, &c.elt, None, &c.generators, scope, span(e))
                        .kind,
                )
            }
            AExpr::DictComp(c) => match &c.key {
                Some(k) => {
                    return Some(
                        self.comprehension(
                            CompKind::Dict,
                            k,
                            Some(&c.value),
                            &c.generators,
                            scope,
                            span(e),
                        )
                        .kind,
                    )
                }
                None => return None,
            },
            _ => return None,
        })
    }
}

impl Resolver<'_> {
    /// Calls of the container builtins (`list`, `sorted`, `sum`, `min` over
    /// one iterable, ...); `None` when `name` is not one of them.
    pub(super) fn container_builtin(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Option<Expr> {
        let sp = span(c);
        let npos = c.arguments.args.len();
        let has_kw = !c.arguments.keywords.is_empty();
        let (lo, hi, kws): (usize, usize, &[&str]) = match name {
            "dict" if has_kw => return Some(self.dict_kwargs(c, scope)),
            "isinstance" => return Some(self.isinstance(c, scope)),
            "list" | "tuple" | "set" | "frozenset" | "dict" => (0, 1, &[]),
            "enumerate" => (1, 2, &["start"]),
            "map" => (2, usize::MAX, &[]),
            "input" => (0, 1, &[]),
            "type" => (1, 1, &[]),
            "slice" => (1, 3, &[]),
            "bytes" | "bytearray" if npos > 1 || has_kw => (0, 3, &["encoding", "errors"]),
            "bytes" | "bytearray" => (0, 1, &[]),
            "zip" if has_kw => (0, usize::MAX, &["strict"]),
            "filter" => (2, 2, &[]),
            "reversed" | "any" | "all" | "iter" | "hash" => (1, 1, &[]),
            "sorted" => (1, 1, &["key", "reverse"]),
            "sum" => (1, 2, &["start"]),
            "next" => (1, 2, &[]),
            "range" => (1, 3, &[]),
            "min" | "max" if npos == 1 || has_kw => (1, usize::MAX, &["key", "default"]),
            _ => return None,
        };
        if npos < lo || npos > hi {
            let want = match (lo, hi) {
                (l, h) if l == h => format!("exactly {l}"),
                (l, usize::MAX) => format!("at least {l}"),
                (l, h) => format!("{l} to {h}"),
            };
            self.error(
                "M0103",
                format!("`{name}()` takes {want} positional argument(s), {npos} given"),
                sp,
                "this call would raise TypeError",
            );
            return Some(Self::mk(ExprKind::None, sp));
        }
        // The generator-expression forms.
        if let (["any" | "all"], [AExpr::Generator(g)]) = ([name], &c.arguments.args[..]) {
            if g.generators.len() == 1 && !has_kw {
                return Some(self.any_all(name == "any", g, scope, sp));
            }
        }
        if let Some(e) = self.fold_call(name, c, scope) {
            return Some(e);
        }
        let mut args: Vec<Expr> = c
            .arguments
            .args
            .iter()
            .map(|a| self.consumed_arg(a, scope))
            .collect();
        let mut kwvals: Vec<Option<Expr>> = vec![None; kws.len()];
        for k in &c.arguments.keywords {
            let kname = k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("");
            let slot = kws.iter().position(|n| *n == kname);
            // `sum(xs, start=0)`: a keyword for the second positional.
            match slot {
                Some(i)
                    if kwvals[i].is_none()
                        && !(name == "sum" && npos == 2)
                        && !(matches!(name, "bytes" | "bytearray") && i + 1 < npos) =>
                {
                    kwvals[i] = Some(self.expr(&k.value, scope))
                }
                _ => {
                    self.error(
                        "M0103",
                        format!("`{name}()` does not take the keyword argument `{kname}` here"),
                        span(k),
                        "this call would raise TypeError",
                    );
                    return Some(Self::mk(ExprKind::None, sp));
                }
            }
        }
        let absent = || Self::mk(ExprKind::Absent, sp);
        let mut kw = kwvals.into_iter().map(|v| v.unwrap_or_else(absent));
        let mut next_kw = || kw.next().unwrap_or_else(absent);
        let int = |v: i64| Expr {
            kind: ExprKind::Int(v.into()),
            ty: Ty::Int,
            span: sp,
        };
        let kind = match name {
            "list" if args.is_empty() => ExprKind::List(Vec::new()),
            "tuple" if args.is_empty() => ExprKind::Tuple(Vec::new()),
            "dict" if args.is_empty() => ExprKind::Dict(Vec::new()),
            "frozenset" if args.is_empty() => ExprKind::Builtin(
                Builtin::FrozenSet,
                vec![Self::mk(ExprKind::Tuple(Vec::new()), sp)],
            ),
            "list" => ExprKind::Builtin(Builtin::List, args),
            "tuple" => ExprKind::Builtin(Builtin::Tuple, args),
            "set" => ExprKind::Builtin(Builtin::Set, args),
            "frozenset" => ExprKind::Builtin(Builtin::FrozenSet, args),
            "dict" => ExprKind::Builtin(Builtin::Dict, args),
            "reversed" => ExprKind::Builtin(Builtin::Reversed, args),
            "any" => ExprKind::Builtin(Builtin::Any, args),
            "all" => ExprKind::Builtin(Builtin::All, args),
            "iter" => ExprKind::Builtin(Builtin::Iter, args),
            "map" => ExprKind::Builtin(Builtin::Map, args),
            "type" => ExprKind::Builtin(Builtin::TypeOf, args),
            "slice" => {
                while args.len() < 3 {
                    args.push(absent());
                }
                ExprKind::Builtin(Builtin::SliceNew, args)
            }
            "bytes" | "bytearray" if npos > 1 || has_kw => {
                // `bytes(s, encoding, errors)`: [which, s, encoding, errors].
                let mut v = vec![Expr {
                    kind: ExprKind::Bool(name == "bytearray"),
                    ty: Ty::Bool,
                    span: sp,
                }];
                v.extend(args);
                if npos == 0 {
                    v.push(absent());
                }
                // Keyword slots already given by position stay unused.
                for _ in 1..npos.max(1) {
                    next_kw();
                }
                while v.len() < 4 {
                    let k = next_kw();
                    v.push(k);
                }
                ExprKind::Builtin(Builtin::BytesEncoded, v)
            }
            "input" | "bytes" | "bytearray" => {
                if args.is_empty() {
                    args.push(absent());
                }
                let b = match name {
                    "input" => Builtin::Input,
                    "bytes" => Builtin::Bytes,
                    _ => Builtin::ByteArray,
                };
                ExprKind::Builtin(b, args)
            }
            "zip" => {
                let strict = next_kw();
                match strict.kind {
                    ExprKind::Bool(true) => ExprKind::Builtin(Builtin::ZipStrict, args),
                    ExprKind::Bool(false) | ExprKind::Absent => {
                        ExprKind::Builtin(Builtin::Zip, args)
                    }
                    _ => {
                        self.error(
                            "M0103",
                            "`zip(strict=...)` needs the constant True or False",
                            strict.span,
                            "write `strict=True`",
                        );
                        ExprKind::None
                    }
                }
            }
            "filter" => ExprKind::Builtin(Builtin::Filter, args),
            "enumerate" => {
                if args.len() == 1 {
                    let s = next_kw();
                    args.push(if matches!(s.kind, ExprKind::Absent) {
                        int(0)
                    } else {
                        s
                    });
                }
                ExprKind::Builtin(Builtin::Enumerate, args)
            }
            "hash" => ExprKind::Builtin(Builtin::Hash, args),
            "sorted" => {
                args.push(next_kw());
                args.push(next_kw());
                ExprKind::Builtin(Builtin::Sorted, args)
            }
            "sum" => {
                if args.len() == 1 {
                    args.push(next_kw());
                }
                ExprKind::Builtin(Builtin::Sum, args)
            }
            "next" => {
                if args.len() == 1 {
                    args.push(absent());
                }
                ExprKind::Builtin(Builtin::Next, args)
            }
            "range" => {
                let mut a = args.into_iter();
                let (x, y, z) = (a.next(), a.next(), a.next());
                let v = match (x, y, z) {
                    (Some(stop), None, _) => vec![int(0), stop, int(1)],
                    (Some(start), Some(stop), None) => vec![start, stop, int(1)],
                    (Some(start), Some(stop), Some(step)) => vec![start, stop, step],
                    _ => return Some(Self::mk(ExprKind::None, sp)),
                };
                ExprKind::Builtin(Builtin::Range, v)
            }
            _ => {
                // min / max over one iterable, or several values with key=.
                let b = if name == "min" {
                    Builtin::MinIter
                } else {
                    Builtin::MaxIter
                };
                let key = next_kw();
                let default = next_kw();
                let it = if args.len() == 1 {
                    args.remove(0)
                } else {
                    if !matches!(default.kind, ExprKind::Absent) {
                        self.error(
                            "M0103",
                            format!("`{name}()` cannot take a default with several positional arguments"),
                            sp,
                            "this call would raise TypeError",
                        );
                    }
                    Self::mk(ExprKind::Tuple(args), sp)
                };
                ExprKind::Builtin(b, vec![it, key, default])
            }
        };
        Some(Self::mk(kind, sp))
    }
}

impl Resolver<'_> {
    /// `dict(a=1, b=2)` / `dict(x, a=1)`: the positional argument (if any)
    /// first, then each keyword stored in order.
    fn dict_kwargs(&mut self, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        if c.arguments.args.len() > 1 {
            self.error(
                "M0103",
                format!(
                    "`dict()` takes at most 1 positional argument, {} given",
                    c.arguments.args.len()
                ),
                sp,
                "this call would raise TypeError",
            );
            return Self::mk(ExprKind::None, sp);
        }
        let acc = self.hidden_local(scope, "dict", sp);
        let init = match c.arguments.args.first() {
            Some(a) => {
                let x = self.consumed_arg(a, scope);
                ExprKind::Builtin(Builtin::Dict, vec![x])
            }
            None => ExprKind::Dict(Vec::new()),
        };
        let mut stmts = vec![Stmt {
            kind: StmtKind::Assign {
                targets: vec![Place::Local(acc)],
                value: Self::mk(init, sp),
            },
            span: sp,
        }];
        for k in &c.arguments.keywords {
            let Some(name) = &k.arg else { continue };
            let key = Expr {
                kind: ExprKind::Str(name.id.to_string()),
                ty: Ty::Str,
                span: span(k),
            };
            let v = self.expr(&k.value, scope);
            let set = ExprKind::Builtin(
                Builtin::DictSetItem,
                vec![Self::read_local(acc, sp), key, v],
            );
            stmts.push(Stmt {
                kind: StmtKind::Expr(Self::mk(set, sp)),
                span: sp,
            });
        }
        Self::mk(
            ExprKind::Block(stmts, Box::new(Self::read_local(acc, sp))),
            sp,
        )
    }

    /// `isinstance(x, T)` / `isinstance(x, (T1, T2))` with builtin types.
    fn isinstance(&mut self, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        let [x, types] = &c.arguments.args[..] else {
            self.error(
                "M0103",
                "`isinstance()` takes exactly 2 arguments",
                sp,
                "this call would raise TypeError",
            );
            return Self::mk(ExprKind::None, sp);
        };
        let names: Vec<&AExpr> = match types {
            AExpr::Tuple(t) => t.elts.iter().collect(),
            other => vec![other],
        };
        // Names other than builtin types' (a class, a variable holding one):
        // the runtime walks the instance's bases.
        let builtin = |me: &Self, n: &str| me.is_builtin_name(n, scope);
        let all_bits = names.iter().all(|n| {
            matches!(n, AExpr::Name(n) if builtin(self, n.id.as_str())
                && TYPE_BITS.contains(&n.id.as_str()))
        });
        if !all_bits {
            let x = self.expr(x, scope);
            let t = self.expr(types, scope);
            return Self::mk(ExprKind::Builtin(Builtin::IsInstance, vec![x, t]), sp);
        }
        let mut mask: i64 = 0;
        for n in names {
            let bit = match n {
                AExpr::Name(n) if self.is_builtin_name(n.id.as_str(), scope) => {
                    TYPE_BITS.iter().position(|t| *t == n.id.as_str())
                }
                _ => None,
            };
            match bit {
                Some(b) => mask |= 1 << b,
                None => {
                    self.error(
                        "M0103",
                        "`isinstance()` supports builtin type names (or a tuple of them) only",
                        span(n),
                        "write e.g. `isinstance(x, (int, float))`",
                    );
                    return Self::mk(ExprKind::None, sp);
                }
            }
        }
        let x = self.expr(x, scope);
        let m = Expr {
            kind: ExprKind::Int(mask.into()),
            ty: Ty::Int,
            span: sp,
        };
        Self::mk(ExprKind::Builtin(Builtin::IsInstance, vec![x, m]), sp)
    }
}

impl Resolver<'_> {
    /// The items of a display or call with starred parts (`[a, *b]`), as
    /// one list expression: each part a list, joined with `+`.
    pub(super) fn spread(&mut self, elts: &[AExpr], scope: &mut Scope) -> Expr {
        let mut parts: Option<Expr> = None;
        for a in elts {
            let part = match a {
                AExpr::Starred(s) => {
                    let v = self.expr(&s.value, scope);
                    Self::mk(ExprKind::Builtin(Builtin::List, vec![v]), span(a))
                }
                other => Self::mk(ExprKind::List(vec![self.expr(other, scope)]), span(a)),
            };
            parts = Some(match parts {
                None => part,
                Some(p) => {
                    let sp = p.span;
                    Self::mk(
                        ExprKind::Binary(BinOp::Add, Box::new(p), Box::new(part)),
                        sp,
                    )
                }
            });
        }
        parts.unwrap_or_else(|| Self::mk(ExprKind::List(Vec::new()), Span::default()))
    }

    /// `zip(*rows)` / `print(*items, sep=..., end=...)`: the positional
    /// arguments, starred ones spread, gathered into one list at run time.
    pub(super) fn starred_builtin_call(
        &mut self,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Option<Expr> {
        let AExpr::Name(n) = &*c.func else {
            return None;
        };
        let name = n.id.as_str();
        if !matches!(name, "zip" | "print")
            || !self.is_builtin_name(name, scope)
            || !c
                .arguments
                .args
                .iter()
                .any(|a| matches!(a, AExpr::Starred(_)))
        {
            return None;
        }
        let sp = span(c);
        let items = self.spread(&c.arguments.args, scope);
        let (mut sep, mut end) = (
            Self::mk(ExprKind::Absent, sp),
            Self::mk(ExprKind::Absent, sp),
        );
        for k in &c.arguments.keywords {
            let kname = k.arg.as_ref().map(|a| a.id.as_str());
            match (name, kname) {
                ("print", Some("sep")) => sep = self.expr(&k.value, scope),
                ("print", Some("end")) => end = self.expr(&k.value, scope),
                _ => {
                    self.error(
                        "M0103",
                        format!("this keyword argument to `{name}(*...)` is not supported yet"),
                        span(k),
                        "",
                    );
                    return Some(Self::mk(ExprKind::None, sp));
                }
            }
        }
        Some(Self::mk(
            match name {
                "zip" => ExprKind::Builtin(Builtin::ZipFrom, vec![items]),
                _ => ExprKind::Builtin(Builtin::PrintFrom, vec![items, sep, end]),
            },
            sp,
        ))
    }
}

impl Resolver<'_> {
    /// Gives the names a comprehension target binds fresh hidden locals,
    /// shadowing outer ones until [`restore_names`].
    fn bind_comp_target(
        &mut self,
        target: &AExpr,
        scope: &mut Scope,
        saved: &mut Vec<(String, Option<LocalId>)>,
    ) {
        let mut names = Vec::new();
        bound_names(target, &mut names);
        for n in names {
            let h = self.hidden_local(scope, &n, span(target));
            let old = scope.locals.insert(n.clone(), h);
            saved.push((n, old));
        }
    }
}

/// Undoes the shadowing of [`Resolver::bind_comp_target`].
pub(super) fn restore_names(scope: &mut Scope, saved: Vec<(String, Option<LocalId>)>) {
    for (name, old) in saved.into_iter().rev() {
        match old {
            Some(l) => scope.locals.insert(name, l),
            None => scope.locals.remove(&name),
        };
    }
}

/// `body` under the comprehension's `if` conditions, first outermost.
fn guarded(conds: Vec<Expr>, body: Vec<Stmt>) -> Vec<Stmt> {
    let mut inner = body;
    for test in conds.into_iter().rev() {
        inner = vec![Stmt {
            span: test.span,
            kind: StmtKind::If {
                test,
                body: inner,
                orelse: Vec::new(),
            },
        }];
    }
    inner
}

/// The names a target binds (`x`, `(a, b)`, `[a, *b]`).
fn bound_names(e: &AExpr, out: &mut Vec<String>) {
    match e {
        AExpr::Name(n) => out.push(n.id.to_string()),
        AExpr::Tuple(t) => t.elts.iter().for_each(|x| bound_names(x, out)),
        AExpr::List(t) => t.elts.iter().for_each(|x| bound_names(x, out)),
        AExpr::Starred(s) => bound_names(&s.value, out),
        _ => {}
    }
}
