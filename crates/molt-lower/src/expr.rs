//! Lowering of expressions.

use super::{repr, FnLower, Operand};
use molt_mir::mir::*;
use molt_sema::hir::{self, Builtin, ExprKind, Place, StmtKind, UnaryOp};
use num_bigint::BigInt;

/// CPython's compiler builds a display of more than this many items one
/// item at a time (`STACK_USE_GUIDELINE` in its compile.c): a list, tuple
/// or set display by adding each item as soon as it is evaluated, a dict
/// display in chunks of [`DICT_CHUNK`] pairs. Where an item raises, or an
/// unhashable key is met, that order shows.
const STACK_USE_GUIDELINE: usize = 30;
/// Pairs per chunk of a big dict display (see [`STACK_USE_GUIDELINE`]).
const DICT_CHUNK: usize = STACK_USE_GUIDELINE / 2 + 2;

/// The smallest and one past the largest small int.
const SMALL_MIN: i64 = -(1 << 62);
const SMALL_END: i64 = 1 << 62;

impl FnLower<'_, '_> {
    /// Lowers `e` into a value of its own representation.
    pub(crate) fn expr(&mut self, e: &hir::Expr) -> Operand {
        let ty = repr(e.ty);
        match &e.kind {
            ExprKind::Int(v) => self.int_const(v),
            ExprKind::Float(f) => self.konst(Ty::Float, Op::ConstFloat(*f)),
            ExprKind::Bool(b) => self.konst(Ty::Bool, Op::ConstBool(*b)),
            ExprKind::None => self.konst(Ty::Obj, Op::ConstNone),
            ExprKind::Bytes(b) => {
                let id = self.cx.intern(ConstObj::Bytes(b.clone()));
                self.konst(Ty::Obj, Op::Const(id))
            }
            ExprKind::Str(s) => {
                let id = self.cx.intern(ConstObj::Str(s.clone()));
                self.konst(Ty::Obj, Op::Const(id))
            }
            ExprKind::Local(l) if self.zero_floats.contains_key(l) => self.boxed_zero_float(*l),
            ExprKind::Local(l) => self.read_local(*l),
            ExprKind::GlobalOr(g, fallback) => self.global_or(*g, fallback, e),
            ExprKind::Global(g) => {
                let decl = &self.cx.hir.globals[g.0 as usize];
                let (gty, name) = (repr(decl.ty), decl.name.clone());
                let t = self.temp(gty);
                self.emit(Some(t), Op::LoadGlobal(GlobalId(g.0)));
                self.emit_fallible(
                    None,
                    Op::CheckBound(
                        t,
                        ExcKind::NameError,
                        format!("name '{name}' is not defined"),
                    ),
                );
                if gty.is_refcounted() {
                    self.emit(None, Op::IncRef(t));
                }
                let v = Operand {
                    local: t,
                    owned: gty.is_refcounted(),
                };
                self.coerce(v, gty, ty)
            }
            ExprKind::Undefined(name) => {
                self.emit_fallible(
                    None,
                    Op::Raise(ExcKind::NameError, format!("name '{name}' is not defined")),
                );
                self.konst(ty, Op::ConstUnbound)
            }
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, ty),
            ExprKind::Unary(op, a) => self.unary(*op, a, ty),
            ExprKind::Not(a) => {
                let t = self.truth(a);
                let r = self.temp(Ty::Bool);
                self.emit(Some(r), Op::BoolNot(t));
                Operand {
                    local: r,
                    owned: false,
                }
            }
            ExprKind::Compare(first, rest) if ty == Ty::Obj => self.compare_value(first, rest),
            ExprKind::Compare(first, rest) => self.compare(first, rest),
            ExprKind::BoolOp(is_and, vals) => self.bool_op(*is_and, vals, ty),
            ExprKind::IfExp(test, a, b) => {
                let t = self.truth(test);
                let (then_b, else_b, end) = (self.new_block(), self.new_block(), self.new_block());
                let r = self.temp(ty);
                self.terminate(Term::Branch(t, then_b, else_b));
                for (blk, arm) in [(then_b, a), (else_b, b)] {
                    self.switch_to(blk);
                    let v = self.expr(arm);
                    let v = self.owned_copy(v, ty);
                    self.emit(Some(r), Op::Copy(v));
                    self.goto(end);
                }
                self.switch_to(end);
                Operand {
                    local: r,
                    owned: ty.is_refcounted(),
                }
            }
            ExprKind::Call {
                func: f,
                args,
                check_defined,
            } => {
                if let Some(g) = check_defined {
                    let name = self.cx.hir.globals[g.0 as usize].name.clone();
                    let t = self.temp(Ty::Obj);
                    self.emit(Some(t), Op::LoadGlobal(GlobalId(g.0)));
                    self.emit_fallible(
                        None,
                        Op::CheckBound(
                            t,
                            ExcKind::NameError,
                            format!("name '{name}' is not defined"),
                        ),
                    );
                }
                let callee = &self.cx.hir.funcs[f.0 as usize];
                let param_tys: Vec<Ty> = callee
                    .params
                    .iter()
                    .map(|l| repr(callee.locals[l.0 as usize].ty))
                    .collect();
                let ret = repr(callee.ret);
                let exprs: Vec<&hir::Expr> = args.iter().map(|(_, e)| e).collect();
                let tys: Vec<Ty> = args.iter().map(|(i, _)| param_tys[*i as usize]).collect();
                let ops = self.args_refs(&exprs, &tys);
                let mut in_params = vec![None; param_tys.len()];
                for ((i, _), o) in args.iter().zip(&ops) {
                    in_params[*i as usize] = Some(o.local);
                }
                let r = self.temp(ret);
                // Sema binds every parameter exactly once.
                let locals: Vec<Local> = in_params.into_iter().flatten().collect();
                self.emit_fallible(Some(r), Op::Call(FuncId(f.0), locals));
                self.release_all(&ops);
                let v = Operand {
                    local: r,
                    owned: ret.is_refcounted(),
                };
                self.coerce(v, ret, ty)
            }
            ExprKind::Builtin(b, args) => self.builtin(*b, args, ty),
            ExprKind::BadCall(args, msg) => {
                let tys: Vec<Ty> = args.iter().map(|a| repr(a.ty)).collect();
                let ops = self.args(args, &tys);
                self.release_all(&ops);
                self.emit_fallible(None, Op::Raise(ExcKind::TypeError, msg.clone()));
                self.konst(ty, Op::ConstUnbound)
            }
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Tuple(items) => self.tuple_display(items, ty),
            ExprKind::MethodCall(recv, name, args, kwnames) => {
                // molt_call_method([recv, name, args...]); with keywords,
                // molt_call_method_kwv([recv, name, args..., kwnames]).
                let str_e = |s: &str| hir::Expr {
                    kind: ExprKind::Str(s.to_string()),
                    ty: hir::Ty::Str,
                    span: recv.span,
                };
                if recv.ty == hir::Ty::Str && kwnames.is_empty() {
                    if let Some(op) = self.str_method(recv, name, args, ty) {
                        return op;
                    }
                }
                // Common container methods have entry points that test the
                // receiver's type instead of dispatching on the name.
                let fast = match (name.as_str(), args.len(), kwnames.is_empty()) {
                    ("get", 1 | 2, true) => Some(Rt::MethodGet),
                    ("append", 1, true) => Some(Rt::MethodAppend),
                    ("add", 1, true) => Some(Rt::MethodAdd),
                    _ => None,
                };
                if let Some(f) = fast.filter(|_| recv.ty != hir::Ty::Str) {
                    let mut all = vec![recv.as_ref().clone()];
                    all.extend(args.iter().cloned());
                    if f == Rt::MethodGet && args.len() == 1 {
                        all.push(hir::Expr {
                            kind: ExprKind::Absent,
                            ty: hir::Ty::Dyn,
                            span: recv.span,
                        });
                    }
                    return self.rt_call(f, &all, ty);
                }
                let mut all = vec![recv.as_ref().clone(), str_e(name)];
                all.extend(args.iter().cloned());
                if kwnames.is_empty() {
                    self.rt_call(Rt::CallMethod, &all, ty)
                } else {
                    let names = kwnames.iter().map(|n| str_e(n)).collect();
                    all.push(hir::Expr {
                        kind: ExprKind::Tuple(names),
                        ty: hir::Ty::Dyn,
                        span: recv.span,
                    });
                    self.rt_call(Rt::CallMethodKw, &all, ty)
                }
            }
            ExprKind::List(items) => self.list_display(items, ty),
            ExprKind::Set(items) => {
                let t = hir::Expr {
                    kind: ExprKind::Tuple(items.clone()),
                    ty: hir::Ty::Dyn,
                    span: e.span,
                };
                if items.len() > 2 && items.iter().all(is_constant) {
                    // CPython compiles a display of more than two constants
                    // as `set().update(<frozenset constant>)`, which lays the
                    // table out differently from adding the items in order.
                    let fs = self.const_frozenset(items);
                    self.push(fs);
                    let s = self.temp(Ty::Obj);
                    self.emit_fallible(Some(s), Op::Rt(Rt::SetNew, Vec::new()));
                    let so = Operand {
                        local: s,
                        owned: true,
                    };
                    self.push(so);
                    let r = self.temp(Ty::Obj);
                    self.emit_fallible(Some(r), Op::Rt(Rt::SetUpdate, vec![s, fs.local]));
                    self.pop(so);
                    self.pop(fs);
                    self.release(fs);
                    return self.coerce(so, Ty::Obj, ty);
                }
                if items.len() > STACK_USE_GUIDELINE {
                    let st = self.build_by_adds(Rt::SetNew, Rt::SetAdd, items);
                    return self.coerce(st, Ty::Obj, ty);
                }
                self.rt_call(Rt::SetFrom, &[t], ty)
            }
            ExprKind::Dict(pairs) => self.dict_display(pairs, ty),
            ExprKind::Block(stmts, value) => {
                for st in stmts {
                    self.stmt(st);
                }
                self.expr(value)
            }
            ExprKind::Sum(fold) => self.sum(fold, ty),
            ExprKind::Absent => self.konst(Ty::Obj, Op::ConstUnbound),
            ExprKind::FuncRef(f, env) => {
                let w = self.cx.value_wrapper(FuncId(f.0));
                let ops = self.args(env, &vec![Ty::Obj; env.len()]);
                for o in &ops {
                    self.push(*o);
                }
                let r = self.temp(Ty::Obj);
                self.emit_fallible(
                    Some(r),
                    Op::FuncRef(w, ops.iter().map(|o| o.local).collect()),
                );
                for o in ops.iter().rev() {
                    self.pop(*o);
                }
                self.release_all(&ops);
                self.coerce(
                    Operand {
                        local: r,
                        owned: true,
                    },
                    Ty::Obj,
                    ty,
                )
            }
            ExprKind::CallValue(callee, args) => {
                let mut all = vec![callee.as_ref().clone()];
                all.extend(args.iter().cloned());
                self.rt_call(Rt::CallValue, &all, ty)
            }
            ExprKind::InPlace(op, a, b) => {
                let scalar = |t: hir::Ty| {
                    matches!(
                        t,
                        hir::Ty::Int | hir::Ty::Float | hir::Ty::Bool | hir::Ty::Str
                    )
                };
                let accumulator =
                    matches!(&a.kind, ExprKind::Local(l) if self.zero_floats.contains_key(l));
                if scalar(a.ty) || (accumulator && ty == Ty::Float) {
                    self.binary(*op, a, b, ty)
                } else {
                    self.rt_call(
                        Rt::inplace(*op),
                        &[a.as_ref().clone(), b.as_ref().clone()],
                        ty,
                    )
                }
            }
            ExprKind::Index(value, index)
                if matches!(value.ty, hir::Ty::List(_))
                    && matches!(index.ty, hir::Ty::Int | hir::Ty::Bool) =>
            {
                let (l, i) = self.list_and_index(value, index);
                let r = self.temp(ty);
                self.push(l);
                self.push(i);
                self.emit_fallible(Some(r), Op::ListGet(l.local, i.local));
                self.pop(i);
                self.pop(l);
                self.release(i);
                self.release(l);
                Operand {
                    local: r,
                    owned: ty.is_refcounted(),
                }
            }
            ExprKind::Index(value, index) => {
                let args = [value.as_ref().clone(), index.as_ref().clone()];
                // A dict (sema's fact) skips the generic dispatch.
                let f = match value.ty {
                    hir::Ty::Dict(_) => Rt::DictGetItem,
                    _ => Rt::GetItem,
                };
                self.rt_call(f, &args, ty)
            }
            ExprKind::Slice(value, lo, hi, st) => {
                let none = |e: &hir::Expr| hir::Expr {
                    kind: ExprKind::None,
                    ty: hir::Ty::None,
                    span: e.span,
                };
                let bound = |b: &Option<Box<hir::Expr>>| {
                    b.as_deref().cloned().unwrap_or_else(|| none(value))
                };
                let args = [value.as_ref().clone(), bound(lo), bound(hi), bound(st)];
                self.rt_call(Rt::Slice, &args, ty)
            }
            ExprKind::Print { args, sep, end } => {
                let mut all: Vec<&hir::Expr> = args.iter().collect();
                all.extend(sep.as_deref());
                all.extend(end.as_deref());
                let tys = vec![Ty::Obj; all.len()];
                let ops = self.args_refs(&all, &tys);
                let n = args.len();
                let sep_l = sep.as_ref().map(|_| ops[n].local);
                let end_l = end
                    .as_ref()
                    .map(|_| ops[n + usize::from(sep.is_some())].local);
                let r = self.temp(Ty::Obj);
                self.emit_fallible(
                    Some(r),
                    Op::Print(ops[..n].iter().map(|o| o.local).collect(), sep_l, end_l),
                );
                self.release_all(&ops);
                Operand {
                    local: r,
                    owned: false,
                }
            }
        }
    }

    /// Lowers an f-string: each part becomes a `str` (fields through their
    /// conversion and `format(value, spec)`), then the parts are joined.
    fn fstring(&mut self, parts: &[hir::FPart]) -> Operand {
        let mut strs: Vec<Operand> = Vec::new();
        let lit = |me: &mut Self, text: &str| {
            let id = me.cx.intern(ConstObj::Str(text.to_string()));
            me.konst(Ty::Obj, Op::Const(id))
        };
        // Adjacent literal text (including a `{x=}` label) becomes one constant.
        let mut text = String::new();
        for part in parts {
            match part {
                hir::FPart::Lit(t) => text.push_str(t),
                hir::FPart::Field {
                    value,
                    conversion,
                    spec,
                    debug,
                } => {
                    if let Some(d) = debug {
                        text.push_str(d);
                    }
                    if !text.is_empty() {
                        let l = lit(self, &std::mem::take(&mut text));
                        strs.push(l);
                    }
                    let v = self.expr(value);
                    let v = self.coerce(v, repr(value.ty), Ty::Obj);
                    self.push(v);
                    // `{x=}` without conversion or spec shows repr(x), as CPython.
                    let conversion = match (conversion, debug.is_some() && spec.is_none()) {
                        (hir::Conversion::None, true) => hir::Conversion::Repr,
                        (c, _) => *c,
                    };
                    // `format(x, "")` is `str(x)` for ints and strs.
                    let plain = spec.is_none()
                        && matches!(value.ty, hir::Ty::Int | hir::Ty::Str | hir::Ty::Bool);
                    let converted = match conversion {
                        hir::Conversion::None if plain => Some(Rt::Str),
                        hir::Conversion::None => None,
                        hir::Conversion::Str => Some(Rt::Str),
                        hir::Conversion::Repr => Some(Rt::Repr),
                        hir::Conversion::Ascii => Some(Rt::Ascii),
                    };
                    let v = match converted {
                        Some(f) => {
                            let r = self.temp(Ty::Obj);
                            self.emit_fallible(Some(r), Op::Rt(f, vec![v.local]));
                            self.pop(v);
                            self.release(v);
                            let r = Operand {
                                local: r,
                                owned: true,
                            };
                            self.push(r);
                            r
                        }
                        None => v,
                    };
                    let text = if converted.is_some() && spec.is_none() {
                        v
                    } else {
                        let spec_v = match spec {
                            Some(sp) => self.fstring(sp),
                            None => lit(self, ""),
                        };
                        self.push(spec_v);
                        let r = self.temp(Ty::Obj);
                        self.emit_fallible(
                            Some(r),
                            Op::Rt(Rt::Format, vec![v.local, spec_v.local]),
                        );
                        self.pop(spec_v);
                        self.release(spec_v);
                        self.pop(v);
                        self.release(v);
                        let r = Operand {
                            local: r,
                            owned: true,
                        };
                        self.push(r);
                        r
                    };
                    // `text` stays pending until the join below.
                    strs.push(text);
                }
            }
        }
        if !text.is_empty() || strs.is_empty() {
            strs.push(lit(self, &text));
        }
        if let [only] = strs[..] {
            // One piece: a literal, or a field's text (always a str).
            self.pop(only);
            return only;
        }
        let r = self.temp(Ty::Obj);
        self.emit_fallible(
            Some(r),
            Op::Rt(Rt::StrJoin, strs.iter().map(|s| s.local).collect()),
        );
        for s in strs.iter().rev() {
            self.pop(*s);
        }
        self.release_all(&strs);
        Operand {
            local: r,
            owned: true,
        }
    }

    /// `sum(<generator expression>, start)`. Float items after an int
    /// start (`acc` then joins int and float: an object) are added into an
    /// unboxed float, which CPython's `sum` makes exactly the same as
    /// adding each with `+`; the result is that float, or the start when
    /// there was no item.
    fn sum(&mut self, fold: &hir::SumFold, ty: Ty) -> Operand {
        let acc = self.local_map[fold.acc.0 as usize];
        let item = self.local_map[fold.item.0 as usize];
        let start = match &fold.start.kind {
            // Exactly representable, so converting it first changes nothing.
            hir::ExprKind::Int(v) => i64::try_from(v).ok().filter(|v| v.unsigned_abs() < 1 << 53),
            _ => None,
        };
        let Some(start) = start.filter(|_| self.ty(acc) == Ty::Obj && self.ty(item) == Ty::Float)
        else {
            let init = hir::Stmt {
                kind: StmtKind::Assign {
                    targets: vec![Place::Local(fold.acc)],
                    value: fold.start.clone(),
                },
                span: fold.start.span,
            };
            self.stmt(&init);
            self.stmts(&fold.loops);
            let v = Operand {
                local: acc,
                owned: false,
            };
            return self.coerce(v, self.ty(acc), ty);
        };
        let total = self.temp(Ty::Float);
        self.emit(Some(total), Op::ConstFloat(start as f64));
        let seen = self.temp(Ty::Bool);
        self.emit(Some(seen), Op::ConstBool(false));
        self.float_sums.push(FloatSum {
            acc: fold.acc,
            total,
            seen,
        });
        self.stmts(&fold.loops);
        self.float_sums.pop();
        let r = self.temp(Ty::Obj);
        let (boxed, empty, join) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Term::Branch(seen, boxed, empty));
        self.switch_to(boxed);
        self.emit(Some(r), Op::BoxFloat(total));
        self.goto(join);
        self.switch_to(empty);
        self.emit(Some(r), Op::ConstInt(start));
        self.goto(join);
        self.switch_to(join);
        let v = Operand {
            local: r,
            owned: true,
        };
        self.coerce(v, Ty::Obj, ty)
    }

    /// In a `sum` kept unboxed, the statement `acc = acc + item`: adds the
    /// item (a float) into the total. False for any other statement.
    pub(crate) fn float_sum_step(&mut self, targets: &[Place], value: &hir::Expr) -> bool {
        let Some(&FloatSum { acc, total, seen }) = self.float_sums.last() else {
            return false;
        };
        let (&[Place::Local(t)], ExprKind::Binary(BinOp::Add, _, item)) = (targets, &value.kind)
        else {
            return false;
        };
        if t != acc {
            return false;
        }
        let v = self.expr(item.as_ref());
        let v = self.coerce(v, repr(item.ty), Ty::Float);
        self.emit(Some(total), Op::Float(FloatOp::Add, total, v.local));
        self.emit(Some(seen), Op::ConstBool(true));
        true
    }

    /// A local, borrowed (UnboundLocalError before its first assignment).
    /// For an int-then-float accumulator (see `zero_float`) that is its
    /// float, the int converted while the flag is set.
    fn read_local(&mut self, l: hir::LocalId) -> Operand {
        let ml = self.local_map[l.0 as usize];
        let name = self.f.locals[ml.index()].name.clone().unwrap_or_default();
        let msg = format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        );
        self.emit_fallible(None, Op::CheckBound(ml, ExcKind::UnboundLocalError, msg));
        Operand {
            local: ml,
            owned: false,
        }
    }

    /// An int-then-float accumulator read as an object: the int while the
    /// flag is set, else its float boxed.
    fn boxed_zero_float(&mut self, l: hir::LocalId) -> Operand {
        let v = self.read_local(l);
        let (flag, c) = self.zero_floats[&l];
        let r = self.temp(Ty::Obj);
        let (int_b, float_b, join) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Term::Branch(flag, int_b, float_b));
        self.switch_to(int_b);
        self.emit(Some(r), Op::ConstInt(c));
        self.goto(join);
        self.switch_to(float_b);
        self.emit(Some(r), Op::BoxFloat(v.local));
        self.goto(join);
        self.switch_to(join);
        Operand {
            local: r,
            owned: true,
        }
    }

    /// A global named like a builtin: the builtin while the global is
    /// unassigned. (A float or bool global keeps the plain read, NameError
    /// included: its unassigned marker is not a word to compare.)
    fn global_or(&mut self, g: hir::GlobalId, fallback: &hir::Expr, e: &hir::Expr) -> Operand {
        let gty = repr(self.cx.hir.globals[g.0 as usize].ty);
        if !matches!(gty, Ty::Obj | Ty::Int) {
            let plain = hir::Expr {
                kind: ExprKind::Global(g),
                ty: self.cx.hir.globals[g.0 as usize].ty,
                span: e.span,
            };
            let v = self.expr(&plain);
            return self.coerce(v, gty, repr(e.ty));
        }
        let t = self.temp(gty);
        self.emit(Some(t), Op::LoadGlobal(GlobalId(g.0)));
        let unbound = self.temp(gty);
        self.emit(Some(unbound), Op::ConstUnbound);
        let missing = self.temp(Ty::Bool);
        self.emit(Some(missing), Op::Is(t, unbound));
        let r = self.temp(Ty::Obj);
        let (fb, val, join) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Term::Branch(missing, fb, val));
        self.switch_to(fb);
        let v = self.expr(fallback);
        let v = self.coerce(v, repr(fallback.ty), Ty::Obj);
        let o = self.owned_copy(v, Ty::Obj);
        self.emit(Some(r), Op::Copy(o));
        self.goto(join);
        self.switch_to(val);
        self.emit(Some(r), Op::Copy(t));
        self.emit(None, Op::IncRef(r));
        self.goto(join);
        self.switch_to(join);
        let v = Operand {
            local: r,
            owned: true,
        };
        self.coerce(v, Ty::Obj, repr(e.ty))
    }

    fn konst(&mut self, ty: Ty, op: Op) -> Operand {
        let t = self.temp(ty);
        self.emit(Some(t), op);
        Operand {
            local: t,
            owned: false,
        }
    }

    fn int_const(&mut self, v: &BigInt) -> Operand {
        match i64::try_from(v) {
            Ok(i) if (SMALL_MIN..SMALL_END).contains(&i) => self.konst(Ty::Int, Op::ConstInt(i)),
            _ => {
                let id = self.cx.intern(ConstObj::BigInt(v.to_string()));
                self.konst(Ty::Int, Op::Const(id))
            }
        }
    }

    /// Evaluates arguments left to right, each converted to its parameter's
    /// representation; all stay pending until the caller releases them.
    fn args(&mut self, args: &[hir::Expr], tys: &[Ty]) -> Vec<Operand> {
        let refs: Vec<&hir::Expr> = args.iter().collect();
        self.args_refs(&refs, tys)
    }

    fn args_refs(&mut self, args: &[&hir::Expr], tys: &[Ty]) -> Vec<Operand> {
        let mut ops = Vec::new();
        for (a, &t) in args.iter().zip(tys) {
            let v = self.expr(a);
            let v = self.coerce(v, repr(a.ty), t);
            self.push(v);
            ops.push(v);
        }
        for v in ops.iter().rev() {
            self.pop(*v);
        }
        ops
    }

    pub(crate) fn release_all(&mut self, ops: &[Operand]) {
        for o in ops.iter().rev() {
            self.release(*o);
        }
    }

    /// Evaluates `e` and returns its truth value as a `bool` local.
    pub(crate) fn truth(&mut self, e: &hir::Expr) -> Local {
        let v = self.expr(e);
        self.truth_of(v)
    }

    /// The truth value of an already evaluated operand (released here).
    pub(crate) fn truth_of(&mut self, v: Operand) -> Local {
        let r = self.temp(Ty::Bool);
        match self.ty(v.local) {
            Ty::Bool => return v.local,
            Ty::Int => {
                let zero = self.konst(Ty::Int, Op::ConstInt(0));
                self.emit(Some(r), Op::IntCmp(CmpOp::Ne, v.local, zero.local));
            }
            Ty::Float => {
                let zero = self.konst(Ty::Float, Op::ConstFloat(0.0));
                self.emit(Some(r), Op::FloatCmp(CmpOp::Ne, v.local, zero.local));
            }
            Ty::Obj => {
                self.push(v);
                self.emit_fallible(Some(r), Op::Truthy(v.local));
                self.pop(v);
            }
        }
        self.release(v);
        r
    }

    /// Converts two evaluated operands (neither pending) to `to`, keeping
    /// each alive while the other's conversion may raise.
    fn coerce_pair(&mut self, va: Operand, vb: Operand, to: Ty) -> (Operand, Operand) {
        let (ta, tb) = (self.ty(va.local), self.ty(vb.local));
        self.push(vb);
        let x = self.coerce(va, ta, to);
        self.pop(vb);
        self.push(x);
        let y = self.coerce(vb, tb, to);
        self.pop(x);
        (x, y)
    }

    fn binary(&mut self, op: BinOp, a: &hir::Expr, b: &hir::Expr, ty: Ty) -> Operand {
        // An int-then-float accumulator meets a float operation as a float.
        let operand = |this: &mut Self, e: &hir::Expr| match &e.kind {
            ExprKind::Local(l) if ty == Ty::Float && this.zero_floats.contains_key(l) => {
                this.read_local(*l)
            }
            _ => this.expr(e),
        };
        let va = operand(self, a);
        self.push(va);
        let vb = operand(self, b);
        self.pop(va);
        let (ta, tb) = (self.ty(va.local), self.ty(vb.local));
        let intlike = |t: Ty| matches!(t, Ty::Int | Ty::Bool);
        let int_op = match op {
            BinOp::Add => IntOp::Add,
            BinOp::Sub => IntOp::Sub,
            BinOp::Mul => IntOp::Mul,
            BinOp::FloorDiv => IntOp::FloorDiv,
            BinOp::Mod => IntOp::Mod,
            BinOp::Pow => IntOp::Pow,
            BinOp::LShift => IntOp::LShift,
            BinOp::RShift => IntOp::RShift,
            BinOp::BitAnd => IntOp::And,
            BinOp::BitOr => IntOp::Or,
            BinOp::BitXor => IntOp::Xor,
            BinOp::TrueDiv => IntOp::Add, // not used: true division is never an int op
        };
        let float_op = match op {
            BinOp::Add => Some(FloatOp::Add),
            BinOp::Sub => Some(FloatOp::Sub),
            BinOp::Mul => Some(FloatOp::Mul),
            BinOp::TrueDiv => Some(FloatOp::Div),
            BinOp::FloorDiv => Some(FloatOp::FloorDiv),
            BinOp::Mod => Some(FloatOp::Mod),
            BinOp::Pow => Some(FloatOp::Pow),
            _ => None,
        };
        if let (Ty::Float, Some(fop)) = (ty, float_op) {
            if (ta == Ty::Obj && tb == Ty::Float) || (ta == Ty::Float && tb == Ty::Obj) {
                // One operand untyped, and sema proved the result a float.
                let r = self.temp(Ty::Float);
                self.push(va);
                self.push(vb);
                self.emit_fallible(Some(r), Op::FloatObj(fop, va.local, vb.local));
                self.pop(vb);
                self.pop(va);
                self.release(vb);
                self.release(va);
                return Operand {
                    local: r,
                    owned: false,
                };
            }
        }
        let (operand_ty, mir_op, fallible) = if ty == Ty::Bool && ta == Ty::Bool && tb == Ty::Bool {
            (Ty::Bool, Op::BoolBit(int_op, va.local, vb.local), false)
        } else if ty == Ty::Int && intlike(ta) && intlike(tb) && op != BinOp::TrueDiv {
            (Ty::Int, Op::Int(int_op, va.local, vb.local), true)
        } else if ty == Ty::Float && op == BinOp::TrueDiv && intlike(ta) && intlike(tb) {
            (Ty::Int, Op::IntTrueDiv(va.local, vb.local), true)
        } else if let (Ty::Float, Some(fop), false, false) =
            (ty, float_op, ta == Ty::Obj, tb == Ty::Obj)
        {
            (
                Ty::Float,
                Op::Float(fop, va.local, vb.local),
                fop.can_raise(),
            )
        } else {
            (Ty::Obj, Op::ObjBin(op, va.local, vb.local), true)
        };
        let (x, y) = self.coerce_pair(va, vb, operand_ty);
        let mir_op = match mir_op {
            Op::BoolBit(o, _, _) => Op::BoolBit(o, x.local, y.local),
            Op::Int(o, _, _) => Op::Int(o, x.local, y.local),
            Op::IntTrueDiv(_, _) => Op::IntTrueDiv(x.local, y.local),
            Op::Float(o, _, _) => Op::Float(o, x.local, y.local),
            Op::ObjBin(o, _, _) => Op::ObjBin(o, x.local, y.local),
            other => other,
        };
        // The generic path yields an `obj`; when sema typed the result `int`
        // (e.g. `x ** 2`), the runtime's result is an int and shares the word.
        let result_ty = if operand_ty == Ty::Obj && ty != Ty::Int {
            Ty::Obj
        } else {
            ty
        };
        let r = self.temp(result_ty);
        self.push(x);
        self.push(y);
        if fallible {
            self.emit_fallible(Some(r), mir_op);
        } else {
            self.emit(Some(r), mir_op);
        }
        self.pop(y);
        self.pop(x);
        self.release(y);
        self.release(x);
        let v = Operand {
            local: r,
            owned: result_ty.is_refcounted(),
        };
        self.coerce(v, result_ty, ty)
    }

    fn unary(&mut self, op: UnaryOp, a: &hir::Expr, ty: Ty) -> Operand {
        let v = self.expr(a);
        let t = self.ty(v.local);
        match (op, t) {
            (UnaryOp::Pos, Ty::Int | Ty::Float) => return v,
            (_, Ty::Bool) if ty == Ty::Int => {
                let i = self.coerce(v, Ty::Bool, Ty::Int);
                return self.unary_int(op, i);
            }
            (_, Ty::Int) => return self.unary_int(op, v),
            (UnaryOp::Neg, Ty::Float) => {
                let r = self.temp(Ty::Float);
                self.emit(Some(r), Op::FloatNeg(v.local));
                return Operand {
                    local: r,
                    owned: false,
                };
            }
            _ => {}
        }
        let x = self.coerce(v, t, Ty::Obj);
        self.push(x);
        let r = self.temp(Ty::Obj);
        let code = match op {
            UnaryOp::Neg => 0,
            UnaryOp::Pos => 1,
            UnaryOp::Invert => 2,
        };
        self.emit_fallible(Some(r), Op::ObjUnary(code, x.local));
        self.pop(x);
        self.release(x);
        self.coerce(
            Operand {
                local: r,
                owned: true,
            },
            Ty::Obj,
            ty,
        )
    }

    fn unary_int(&mut self, op: UnaryOp, v: Operand) -> Operand {
        let r = self.temp(Ty::Int);
        self.push(v);
        match op {
            UnaryOp::Pos => {
                self.pop(v);
                return v;
            }
            UnaryOp::Neg => self.emit_fallible(Some(r), Op::IntNeg(v.local)),
            UnaryOp::Invert => self.emit(Some(r), Op::IntInvert(v.local)),
        }
        self.pop(v);
        self.release(v);
        Operand {
            local: r,
            owned: true,
        }
    }

    /// One comparison of two evaluated operands → `bool`.
    fn compare_pair(&mut self, op: CmpOp, a: Operand, b: Operand) -> Local {
        let (ta, tb) = (self.ty(a.local), self.ty(b.local));
        let r = self.temp(Ty::Bool);
        let intlike = |t: Ty| matches!(t, Ty::Int | Ty::Bool);
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            // `a in b` asks the container: molt_contains(b, a).
            let x = self.coerce(a, ta, Ty::Obj);
            self.push(x);
            let y = self.coerce(b, tb, Ty::Obj);
            self.push(y);
            let t = self.temp(Ty::Obj);
            self.emit_fallible(Some(t), Op::Rt(Rt::Contains, vec![y.local, x.local]));
            self.pop(y);
            self.pop(x);
            self.release(y);
            self.release(x);
            self.emit(Some(r), Op::IsTrueObj(t));
            if op == CmpOp::NotIn {
                let n = self.temp(Ty::Bool);
                self.emit(Some(n), Op::BoolNot(r));
                return n;
            }
            return r;
        }
        if matches!(op, CmpOp::Is | CmpOp::IsNot) {
            let x = self.coerce(a, ta, Ty::Obj);
            let y = self.coerce(b, tb, Ty::Obj);
            self.emit(Some(r), Op::Is(x.local, y.local));
            self.release(y);
            self.release(x);
            if op == CmpOp::IsNot {
                let n = self.temp(Ty::Bool);
                self.emit(Some(n), Op::BoolNot(r));
                return n;
            }
        } else if intlike(ta) && intlike(tb) {
            let x = self.coerce(a, ta, Ty::Int);
            let y = self.coerce(b, tb, Ty::Int);
            self.emit(Some(r), Op::IntCmp(op, x.local, y.local));
        } else if ta == Ty::Float && tb == Ty::Float {
            self.emit(Some(r), Op::FloatCmp(op, a.local, b.local));
        } else {
            // Mixed int/float and everything else: exact comparison in the runtime.
            let x = self.coerce(a, ta, Ty::Obj);
            self.push(x);
            let y = self.coerce(b, tb, Ty::Obj);
            self.push(y);
            self.emit_fallible(Some(r), Op::ObjCmp(op, x.local, y.local));
            self.pop(y);
            self.pop(x);
            self.release(y);
            self.release(x);
            return r;
        }
        r
    }

    fn compare(&mut self, first: &hir::Expr, rest: &[(CmpOp, hir::Expr)]) -> Operand {
        let result = self.temp(Ty::Bool);
        let end = self.new_block();
        let mut left = self.expr(first);
        for (i, (op, rhs)) in rest.iter().enumerate() {
            self.push(left);
            let right = self.expr(rhs);
            self.push(right);
            // Keep `right` alive for the next link of the chain.
            let keep_right = i + 1 < rest.len();
            let r = self.compare_pair_borrowing(*op, left, right);
            self.pop(right);
            self.pop(left);
            self.release(left);
            if !keep_right {
                self.release(right);
                self.emit(Some(result), Op::Copy(r));
                self.goto(end);
                break;
            }
            let (next, fail) = (self.new_block(), self.new_block());
            self.terminate(Term::Branch(r, next, fail));
            self.switch_to(fail);
            self.release(right);
            self.emit(Some(result), Op::ConstBool(false));
            self.goto(end);
            self.switch_to(next);
            left = right;
        }
        self.switch_to(end);
        Operand {
            local: result,
            owned: false,
        }
    }

    /// A comparison chain whose rich comparisons may return any object
    /// (a class's `__eq__`): `a < b < c` is `(a < b) and (b < c)` on the
    /// values, as CPython evaluates it.
    fn compare_value(&mut self, first: &hir::Expr, rest: &[(CmpOp, hir::Expr)]) -> Operand {
        let result = self.temp(Ty::Obj);
        let end = self.new_block();
        let mut left = self.expr(first);
        for (i, (op, rhs)) in rest.iter().enumerate() {
            self.push(left);
            let right = self.expr(rhs);
            self.push(right);
            let keep_right = i + 1 < rest.len();
            let v = match Rt::compare(*op) {
                Some(f) => {
                    let borrowed = |o: Operand| Operand {
                        local: o.local,
                        owned: false,
                    };
                    let x = self.coerce(borrowed(left), self.ty(left.local), Ty::Obj);
                    self.push(x);
                    let y = self.coerce(borrowed(right), self.ty(right.local), Ty::Obj);
                    self.push(y);
                    let t = self.temp(Ty::Obj);
                    self.emit_fallible(Some(t), Op::Rt(f, vec![x.local, y.local]));
                    self.pop(y);
                    self.pop(x);
                    self.release(y);
                    self.release(x);
                    Operand {
                        local: t,
                        owned: true,
                    }
                }
                None => {
                    let r = self.compare_pair_borrowing(*op, left, right);
                    let b = Operand {
                        local: r,
                        owned: false,
                    };
                    self.coerce(b, Ty::Bool, Ty::Obj)
                }
            };
            self.pop(right);
            self.pop(left);
            self.release(left);
            if !keep_right {
                self.release(right);
                let owned = self.owned_copy(v, Ty::Obj);
                self.emit(Some(result), Op::Copy(owned));
                self.goto(end);
                break;
            }
            self.push(right);
            self.push(v);
            let t = self.truth_of(Operand {
                local: v.local,
                owned: false,
            });
            self.pop(v);
            self.pop(right);
            let (next, fail) = (self.new_block(), self.new_block());
            self.terminate(Term::Branch(t, next, fail));
            self.switch_to(fail);
            self.release(right);
            let owned = self.owned_copy(v, Ty::Obj);
            self.emit(Some(result), Op::Copy(owned));
            self.goto(end);
            self.switch_to(next);
            self.release(v);
            left = right;
        }
        self.switch_to(end);
        Operand {
            local: result,
            owned: true,
        }
    }

    /// Compares without consuming either operand's reference.
    fn compare_pair_borrowing(&mut self, op: CmpOp, a: Operand, b: Operand) -> Local {
        let a = Operand {
            local: a.local,
            owned: false,
        };
        let b = Operand {
            local: b.local,
            owned: false,
        };
        self.compare_pair(op, a, b)
    }

    fn bool_op(&mut self, is_and: bool, vals: &[hir::Expr], ty: Ty) -> Operand {
        let r = self.temp(ty);
        let end = self.new_block();
        for (i, v) in vals.iter().enumerate() {
            let op = self.expr(v);
            if i + 1 == vals.len() {
                let owned = self.owned_copy(op, ty);
                self.emit(Some(r), Op::Copy(owned));
                self.goto(end);
                break;
            }
            self.push(op);
            let t = self.truth_of(Operand {
                local: op.local,
                owned: false,
            });
            self.pop(op);
            let (cont, done) = (self.new_block(), self.new_block());
            // `and` continues on true; `or` continues on false.
            if is_and {
                self.terminate(Term::Branch(t, cont, done));
            } else {
                self.terminate(Term::Branch(t, done, cont));
            }
            self.switch_to(done);
            let owned = self.owned_copy(op, ty);
            self.emit(Some(r), Op::Copy(owned));
            self.goto(end);
            self.switch_to(cont);
            self.release(op);
        }
        self.switch_to(end);
        Operand {
            local: r,
            owned: ty.is_refcounted(),
        }
    }

    /// The frozenset CPython's compiler makes of a set display of constants,
    /// made once, on first use, and kept in a hidden global (like CPython's
    /// code constant): a new reference.
    pub(crate) fn const_frozenset(&mut self, items: &[hir::Expr]) -> Operand {
        let g = self.cx.const_global();
        let cur = self.temp(Ty::Obj);
        self.emit(Some(cur), Op::LoadGlobal(g));
        let unbound = self.temp(Ty::Obj);
        self.emit(Some(unbound), Op::ConstUnbound);
        let missing = self.temp(Ty::Bool);
        self.emit(Some(missing), Op::Is(cur, unbound));
        let (build, join) = (self.new_block(), self.new_block());
        self.terminate(Term::Branch(missing, build, join));
        self.switch_to(build);
        let fs = self.build_const_frozenset(items);
        // The global takes the reference.
        self.emit(None, Op::StoreGlobal(g, fs.local));
        self.goto(join);
        self.switch_to(join);
        let r = self.temp(Ty::Obj);
        self.emit(Some(r), Op::LoadGlobal(g));
        self.emit(None, Op::IncRef(r));
        Operand {
            local: r,
            owned: true,
        }
    }

    /// Builds the frozenset of [`Self::const_frozenset`]: from the items in
    /// order, rebuilt from its own iteration order
    /// when the constant is merged into the code object's constants, and
    /// rebuilt once more when interning the code object's strs replaced one
    /// of its items. Each rebuild can reorder the table.
    fn build_const_frozenset(&mut self, items: &[hir::Expr]) -> Operand {
        // Interning replaces a str of identifier characters that is already
        // interned: an identifier of the program, or (at start-up) the
        // one-letter names.
        let ids = &self.cx.hir.identifiers;
        let interned = items.iter().any(|e| match &e.kind {
            ExprKind::Str(s) => {
                s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                    && (ids.contains(s.as_str())
                        || (s.len() == 1 && (s.as_bytes()[0].is_ascii_lowercase() || s == "_")))
            }
            _ => false,
        });
        let rebuilds = if interned { 2 } else { 1 };
        let span = items.first().map(|e| e.span).unwrap_or_default();
        let t = hir::Expr {
            kind: ExprKind::Tuple(items.to_vec()),
            ty: hir::Ty::Dyn,
            span,
        };
        let mut fs = self.rt_call(Rt::FrozenSetFrom, &[t], Ty::Obj);
        for _ in 0..rebuilds {
            self.push(fs);
            let t = self.temp(Ty::Obj);
            self.emit_fallible(Some(t), Op::Rt(Rt::TupleFrom, vec![fs.local]));
            self.pop(fs);
            self.release(fs);
            let t = Operand {
                local: t,
                owned: true,
            };
            self.push(t);
            let next = self.temp(Ty::Obj);
            self.emit_fallible(Some(next), Op::Rt(Rt::FrozenSetFrom, vec![t.local]));
            self.pop(t);
            self.release(t);
            fs = Operand {
                local: next,
                owned: true,
            };
        }
        fs
    }

    /// Evaluates a list and an int index (bools widened) for the inline
    /// list operations.
    pub(crate) fn list_and_index(
        &mut self,
        list: &hir::Expr,
        index: &hir::Expr,
    ) -> (Operand, Operand) {
        let l = self.expr(list);
        self.push(l);
        let i = self.expr(index);
        let i = self.coerce(i, repr(index.ty), Ty::Int);
        self.pop(l);
        (l, i)
    }

    /// `{k1: v1, ...}`: every key and value evaluated first (CPython's
    /// order), then inserted in order.
    /// A list display: a copy of a constant tuple when it has more than two
    /// items, all constants (CPython: `BUILD_LIST 0; LOAD_CONST (tuple);
    /// LIST_EXTEND`), built item by item when it is big, else in one call.
    fn list_display(&mut self, items: &[hir::Expr], ty: Ty) -> Operand {
        if let Some(id) = (items.len() > 2).then(|| self.const_tuple(items)).flatten() {
            let t = self.konst(Ty::Obj, Op::Const(id));
            let r = self.temp(Ty::Obj);
            self.emit_fallible(Some(r), Op::Rt(Rt::ListFrom, vec![t.local]));
            let r = Operand {
                local: r,
                owned: true,
            };
            return self.coerce(r, Ty::Obj, ty);
        }
        if items.len() > STACK_USE_GUIDELINE {
            let l = self.list_by_appends(items);
            return self.coerce(l, Ty::Obj, ty);
        }
        self.rt_call(Rt::ListNew, items, ty)
    }

    /// A tuple display: a constant when every item is one (as CPython
    /// folds it), built item by item when it is big, else in one call.
    fn tuple_display(&mut self, items: &[hir::Expr], ty: Ty) -> Operand {
        if let Some(id) = self.const_tuple(items) {
            let v = self.konst(Ty::Obj, Op::Const(id));
            return self.coerce(v, Ty::Obj, ty);
        }
        if items.len() <= STACK_USE_GUIDELINE {
            return self.rt_call(Rt::TupleNew, items, ty);
        }
        let l = self.list_by_appends(items);
        let r = self.temp(Ty::Obj);
        self.push(l);
        self.emit_fallible(Some(r), Op::Rt(Rt::TupleFrom, vec![l.local]));
        self.pop(l);
        self.release(l);
        let r = Operand {
            local: r,
            owned: true,
        };
        self.coerce(r, Ty::Obj, ty)
    }

    /// The constant tuple of `items` when each is a constant CPython's
    /// compiler folds: literals (a unary minus, plus or `~` on an int
    /// literal, minus or plus on a float literal) and tuples of them.
    fn const_tuple(&mut self, items: &[hir::Expr]) -> Option<ConstId> {
        let mut out = Vec::with_capacity(items.len());
        for e in items {
            out.push(self.const_item(e)?);
        }
        Some(self.cx.intern(ConstObj::Tuple(out)))
    }

    fn const_item(&mut self, e: &hir::Expr) -> Option<ConstItem> {
        let int = |me: &mut Self, v: BigInt| match i64::try_from(&v) {
            Ok(i) if (SMALL_MIN..SMALL_END).contains(&i) => ConstItem::Int(i),
            _ => ConstItem::Obj(me.cx.intern(ConstObj::BigInt(v.to_string()))),
        };
        Some(match &e.kind {
            ExprKind::Int(v) => int(self, v.clone()),
            ExprKind::Float(x) => ConstItem::Float(*x),
            ExprKind::Bool(b) => ConstItem::Bool(*b),
            ExprKind::None => ConstItem::None,
            ExprKind::Str(s) => ConstItem::Obj(self.cx.intern(ConstObj::Str(s.clone()))),
            ExprKind::Bytes(b) => ConstItem::Obj(self.cx.intern(ConstObj::Bytes(b.clone()))),
            ExprKind::Unary(op, a) => match (op, &a.kind) {
                (UnaryOp::Neg, ExprKind::Int(v)) => int(self, -v),
                (UnaryOp::Pos, ExprKind::Int(v)) => int(self, v.clone()),
                (UnaryOp::Invert, ExprKind::Int(v)) => int(self, -v - 1),
                (UnaryOp::Neg, ExprKind::Float(x)) => ConstItem::Float(-x),
                (UnaryOp::Pos, ExprKind::Float(x)) => ConstItem::Float(*x),
                _ => return None,
            },
            ExprKind::Tuple(items) => ConstItem::Obj(self.const_tuple(items)?),
            _ => return None,
        })
    }

    /// A new list holding `items`, appended one by one as each is
    /// evaluated (CPython's code for a display of more than
    /// [`STACK_USE_GUIDELINE`] items).
    fn list_by_appends(&mut self, items: &[hir::Expr]) -> Operand {
        self.build_by_adds(Rt::ListNew, Rt::ListAppend, items)
    }

    /// A container made by `new()`, then `add(container, item)` for each
    /// item as soon as it is evaluated: only the container is pending
    /// meanwhile, however many items there are.
    fn build_by_adds(&mut self, new: Rt, add: Rt, items: &[hir::Expr]) -> Operand {
        let c = self.temp(Ty::Obj);
        self.emit_fallible(Some(c), Op::Rt(new, Vec::new()));
        let c = Operand {
            local: c,
            owned: true,
        };
        self.push(c);
        for item in items {
            let mark = self.temp_mark();
            let v = self.expr(item);
            let v = self.coerce(v, repr(item.ty), Ty::Obj);
            self.push(v);
            // The result is None.
            let r = self.temp(Ty::Obj);
            self.emit_fallible(Some(r), Op::Rt(add, vec![c.local, v.local]));
            self.pop(v);
            self.release(v);
            // The item's temporaries are dead: the next item reuses them.
            self.recycle_temps(mark);
        }
        self.pop(c);
        c
    }

    /// A dict display, inserted in CPython's order: its compiler cuts the
    /// pairs into chunks of [`DICT_CHUNK`] (the last one shorter); the pairs
    /// of a chunk of more than `STACK_USE_GUIDELINE / 2` are inserted one
    /// by one as they are evaluated, those of a smaller chunk are all
    /// evaluated first. A bad key shows the difference.
    fn dict_display(&mut self, pairs: &[(hir::Expr, hir::Expr)], ty: Ty) -> Operand {
        let d = self.temp(Ty::Obj);
        self.emit_fallible(Some(d), Op::Rt(Rt::DictNew, Vec::new()));
        let dop = Operand {
            local: d,
            owned: true,
        };
        self.push(dop);
        for chunk in pairs.chunks(DICT_CHUNK) {
            let one_by_one = chunk.len() * 2 > STACK_USE_GUIDELINE;
            let groups: Vec<&[(hir::Expr, hir::Expr)]> = if one_by_one {
                chunk.chunks(1).collect()
            } else {
                vec![chunk]
            };
            for group in groups {
                let flat: Vec<&hir::Expr> = group.iter().flat_map(|(k, v)| [k, v]).collect();
                let ops = self.args_refs(&flat, &vec![Ty::Obj; flat.len()]);
                for o in &ops {
                    self.push(*o);
                }
                for kv in ops.chunks(2) {
                    let r = self.temp(Ty::Obj);
                    self.emit_fallible(
                        Some(r),
                        Op::Rt(Rt::DictSetItem, vec![d, kv[0].local, kv[1].local]),
                    );
                }
                for o in ops.iter().rev() {
                    self.pop(*o);
                }
                self.release_all(&ops);
            }
        }
        self.pop(dop);
        self.coerce(dop, Ty::Obj, ty)
    }

    /// `recv.name(args)` for a str receiver through the method's own
    /// entry point, if it has one; `sep.join([a, b])` with a list display
    /// joins the items without building the list.
    fn str_method(
        &mut self,
        recv: &hir::Expr,
        name: &str,
        args: &[hir::Expr],
        ty: Ty,
    ) -> Option<Operand> {
        let (m, arity) = str_method_entry(name, args.len())?;
        let mut all = vec![recv.clone()];
        if let (
            Rt::SJoin,
            [hir::Expr {
                kind: ExprKind::List(items),
                ..
            }],
        ) = (m, args)
        {
            all.extend(items.iter().cloned());
            return Some(self.rt_call(Rt::SJoinItems, &all, ty));
        }
        all.extend(args.iter().cloned());
        all.resize_with(arity + 1, || hir::Expr {
            kind: ExprKind::Absent,
            ty: hir::Ty::Dyn,
            span: recv.span,
        });
        Some(self.rt_call(m, &all, ty))
    }

    fn rt_call(&mut self, f: Rt, args: &[hir::Expr], ty: Ty) -> Operand {
        let sig = f.sig();
        let tys: Vec<Ty> = if sig.varargs {
            vec![sig.params[0]; args.len()]
        } else {
            sig.params.to_vec()
        };
        let ops = self.args(args, &tys);
        let r = self.temp(sig.ret);
        self.emit_fallible(Some(r), Op::Rt(f, ops.iter().map(|o| o.local).collect()));
        self.release_all(&ops);
        let v = Operand {
            local: r,
            owned: sig.ret.is_refcounted(),
        };
        self.coerce(v, sig.ret, ty)
    }

    fn builtin(&mut self, b: Builtin, args: &[hir::Expr], ty: Ty) -> Operand {
        let a0 = args.first().map(|a| repr(a.ty)).unwrap_or(Ty::Obj);
        let len_op = match args.first().map(|a| a.ty) {
            Some(hir::Ty::List(_)) => Some(Op::ListLen as fn(Local) -> Op),
            Some(hir::Ty::Str) => Some(Op::StrLen as fn(Local) -> Op),
            _ => None,
        };
        if let (Builtin::Len, Some(op)) = (b, len_op) {
            let l = self.expr(&args[0]);
            let r = self.temp(Ty::Int);
            self.emit(Some(r), op(l.local));
            self.release(l);
            return self.coerce(
                Operand {
                    local: r,
                    owned: false,
                },
                Ty::Int,
                ty,
            );
        }
        match (b, a0) {
            (Builtin::Int, Ty::Int) | (Builtin::Float, Ty::Float) | (Builtin::Bool, Ty::Bool) => {
                self.expr(&args[0])
            }
            (Builtin::Int, Ty::Bool) | (Builtin::Float, Ty::Int | Ty::Bool) => {
                let v = self.expr(&args[0]);
                self.coerce(v, a0, ty)
            }
            (Builtin::Int, Ty::Float) => self.rt_call(Rt::FloatToInt, args, ty),
            (Builtin::Bool, _) => {
                let v = self.expr(&args[0]);
                let t = self.truth_of(v);
                Operand {
                    local: t,
                    owned: false,
                }
            }
            (Builtin::Abs, Ty::Float) => {
                let v = self.expr(&args[0]);
                let r = self.temp(Ty::Float);
                self.emit(Some(r), Op::FloatAbs(v.local));
                self.coerce(
                    Operand {
                        local: r,
                        owned: false,
                    },
                    Ty::Float,
                    ty,
                )
            }
            (Builtin::Math(f), _) => self.math_call(f, args, ty),
            (Builtin::MathValue(f), _) => self.rt_call(Rt::MathValue, &[math_id(f)], ty),
            (Builtin::Time(f), _) => {
                let clock = match f.result() {
                    hir::TimeResult::Float => Rt::TimeClockF64,
                    hir::TimeResult::Int => Rt::TimeClockNs,
                    hir::TimeResult::None => return self.rt_call(Rt::TimeSleep, args, ty),
                };
                self.rt_call(clock, &[time_id(f)], ty)
            }
            (Builtin::TimeValue(f), _) => self.rt_call(Rt::TimeValue, &[time_id(f)], ty),
            (Builtin::Enumerate, _) if args.len() == 1 => {
                let zero = hir::Expr {
                    kind: ExprKind::Int(BigInt::from(0)),
                    ty: hir::Ty::Int,
                    span: args[0].span,
                };
                self.rt_call(Rt::Enumerate, &[args[0].clone(), zero], ty)
            }
            (Builtin::Format, _) if args.len() == 1 => {
                // format(x) is format(x, "").
                let empty = hir::Expr {
                    kind: ExprKind::Str(String::new()),
                    ty: hir::Ty::Str,
                    span: args[0].span,
                };
                self.rt_call(Rt::Format, &[args[0].clone(), empty], ty)
            }
            (Builtin::Pow, _) => {
                let e = hir::Expr {
                    kind: ExprKind::Binary(
                        BinOp::Pow,
                        Box::new(args[0].clone()),
                        Box::new(args[1].clone()),
                    ),
                    ty: hir_ty(ty),
                    span: args[0].span,
                };
                let v = self.expr(&e);
                let t = self.ty(v.local);
                self.coerce(v, t, ty)
            }
            _ => {
                let f = match b {
                    Builtin::Int => Rt::IntNew,
                    Builtin::IntBase => Rt::IntNewBase,
                    Builtin::Float => Rt::FloatFrom,
                    Builtin::Str => Rt::Str,
                    Builtin::Repr => Rt::Repr,
                    Builtin::Abs => Rt::Abs,
                    Builtin::Min => Rt::Min,
                    Builtin::Max => Rt::Max,
                    Builtin::Divmod => Rt::Divmod,
                    Builtin::Pow3 => Rt::Pow3,
                    Builtin::Round1 => Rt::Round1,
                    Builtin::Round2 => Rt::Round2,
                    Builtin::Hex => Rt::Hex,
                    Builtin::Bin => Rt::Bin,
                    Builtin::Oct => Rt::Oct,
                    Builtin::Len => Rt::Len,
                    Builtin::Ord => Rt::Ord,
                    Builtin::Chr => Rt::Chr,
                    Builtin::Ascii => Rt::Ascii,
                    Builtin::Format => Rt::Format,
                    Builtin::Enumerate => Rt::Enumerate,
                    Builtin::Zip => Rt::Zip,
                    // Lowered by the arms above.
                    Builtin::Math(_)
                    | Builtin::MathValue(_)
                    | Builtin::Time(_)
                    | Builtin::TimeValue(_) => Rt::MathCall,
                    Builtin::Bool | Builtin::Pow => Rt::BoolFrom,
                    Builtin::List => Rt::ListFrom,
                    Builtin::Tuple => Rt::TupleFrom,
                    Builtin::Sorted => Rt::Sorted,
                    Builtin::Reversed => Rt::Reversed,
                    Builtin::Sum => Rt::Sum,
                    Builtin::Any => Rt::Any,
                    Builtin::All => Rt::All,
                    Builtin::MinIter => Rt::MinIter,
                    Builtin::MaxIter => Rt::MaxIter,
                    Builtin::Iter => Rt::Iter,
                    Builtin::Next => Rt::Next,
                    Builtin::Range => Rt::RangeNew,
                    Builtin::Set if args.is_empty() => Rt::SetNew,
                    Builtin::Set => Rt::SetFrom,
                    Builtin::FrozenSet => Rt::FrozenSetFrom,
                    Builtin::Dict => Rt::DictFrom,
                    Builtin::Hash => Rt::Hash,
                    Builtin::ListAppend => Rt::ListAppend,
                    Builtin::SetAdd => Rt::SetAdd,
                    Builtin::DictSetItem => Rt::DictSetItem,
                    Builtin::DictAddPair => Rt::DictAddPair,
                    Builtin::DictFromKeys => Rt::DictFromKeys,
                    Builtin::DictUpdateDisplay => Rt::DictUpdateDisplay,
                    Builtin::Map => Rt::Map,
                    Builtin::ZipStrict => Rt::ZipStrict,
                    Builtin::ZipFrom => Rt::ZipFrom,
                    Builtin::PrintFrom => Rt::PrintFrom,
                    Builtin::UnpackEx => Rt::UnpackEx,
                    Builtin::Input => Rt::Input,
                    Builtin::Bytes => Rt::BytesNew,
                    Builtin::ByteArray => Rt::ByteArrayNew,
                    Builtin::BytesFromHex => Rt::BytesFromHex,
                    Builtin::ByteArrayFromHex => Rt::ByteArrayFromHex,
                    Builtin::IntFromBytes => Rt::IntFromBytes,
                    Builtin::FloatFromHex => Rt::FloatFromHex,
                    Builtin::StrMakeTrans => Rt::StrMakeTrans,
                    Builtin::TypeOf => Rt::TypeOf,
                    Builtin::SliceNew => Rt::SliceNew,
                    Builtin::TypeObject => Rt::TypeObject,
                    Builtin::SysStdin => Rt::SysStdin,
                    Builtin::SysStdout => Rt::SysStdout,
                    Builtin::SysStderr => Rt::SysStderr,
                    Builtin::PrintTo => Rt::PrintTo,
                    Builtin::SysArgv => Rt::SysArgv,
                    Builtin::SysExit => Rt::SysExit,
                    Builtin::Filter => Rt::Filter,
                    Builtin::IsInstance => Rt::IsInstance,
                    Builtin::TypeName => Rt::TypeName,
                    Builtin::GetAttr => Rt::GetAttr,
                    Builtin::MainFile => Rt::MainFile,
                    Builtin::Ellipsis => Rt::Ellipsis,
                    Builtin::NotImplemented => Rt::NotImplemented,
                    Builtin::Callable => Rt::Callable,
                    Builtin::HasAttr => Rt::HasAttr,
                    Builtin::GetAttrDefault => Rt::GetAttrDefault,
                    Builtin::BytesEncoded => Rt::BytesEncoded,
                    Builtin::ClassNew => Rt::ClassNew,
                    Builtin::InstanceNew => Rt::InstanceNew,
                    Builtin::InitResult => Rt::InitResult,
                    Builtin::SetAttr => Rt::SetAttr,
                    Builtin::DelAttr => Rt::DelAttr,
                    Builtin::CallKw => Rt::CallKw,
                    Builtin::Descriptor => Rt::DescrNew,
                };
                self.rt_call(f, args, ty)
            }
        }
    }

    /// Converts a range bound to an int: ints pass, bools widen, others go
    /// through `molt_index` (TypeError for floats and strs, as CPython).
    pub(crate) fn range_bound(&mut self, e: &hir::Expr) -> Operand {
        let v = self.expr(e);
        match self.ty(v.local) {
            Ty::Int => v,
            Ty::Bool => self.coerce(v, Ty::Bool, Ty::Int),
            t => {
                let x = self.coerce(v, t, Ty::Obj);
                self.push(x);
                let r = self.temp(Ty::Obj);
                self.emit_fallible(Some(r), Op::Rt(Rt::Index, vec![x.local]));
                self.pop(x);
                self.release(x);
                self.coerce(
                    Operand {
                        local: r,
                        owned: true,
                    },
                    Ty::Obj,
                    Ty::Int,
                )
            }
        }
    }

    /// `math.f(args)`: on unboxed floats when the arguments' types allow
    /// (the hot one- and two-argument functions, and the ones that are a
    /// single float instruction), else the runtime's generic entry.
    fn math_call(&mut self, f: MathFn, args: &[hir::Expr], ty: Ty) -> Operand {
        use MathFn as M;
        let reprs: Vec<Ty> = args.iter().map(|a| repr(a.ty)).collect();
        let real = |t: Ty| matches!(t, Ty::Float | Ty::Int | Ty::Bool);
        match (f, reprs.as_slice()) {
            (M::Isclose, _) => return self.rt_call(Rt::MathIsclose, args, ty),
            (M::Prod, _) => return self.rt_call(Rt::MathProd, args, ty),
            // Ints and bools are their own floor, ceiling and truncation.
            (M::Floor | M::Ceil | M::Trunc, [t @ (Ty::Int | Ty::Bool)]) => {
                let v = self.expr(&args[0]);
                let v = self.coerce(v, *t, Ty::Int);
                return self.coerce(v, Ty::Int, ty);
            }
            (M::Floor, [Ty::Float]) => return self.rt_call(Rt::MathFloorF64, args, ty),
            (M::Ceil, [Ty::Float]) => return self.rt_call(Rt::MathCeilF64, args, ty),
            (M::Trunc, [Ty::Float]) => return self.rt_call(Rt::FloatToInt, args, ty),
            // The logarithms of ints are exact for ints too big for a float.
            (M::Log | M::Log2 | M::Log10, [Ty::Int | Ty::Bool]) => {}
            (_, [t]) if real(*t) => {
                if let Some(v) = self.math_f64(f, &args[0], ty) {
                    return v;
                }
            }
            (_, [a, b]) if real(*a) && real(*b) => {
                if let Some(entry) = Rt::math_f64x2(f) {
                    // Both arguments are evaluated before either converts (an
                    // int too big for a float raises at the call).
                    let va = self.expr(&args[0]);
                    self.push(va);
                    let vb = self.expr(&args[1]);
                    self.pop(va);
                    let (x, y) = self.coerce_pair(va, vb, Ty::Float);
                    let r = self.temp(Ty::Float);
                    self.emit_fallible(Some(r), Op::Rt(entry, vec![x.local, y.local]));
                    let r = Operand {
                        local: r,
                        owned: false,
                    };
                    return self.coerce(r, Ty::Float, ty);
                }
            }
            _ => {}
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(math_id(f));
        all.extend(args.iter().cloned());
        self.rt_call(Rt::MathCall, &all, ty)
    }

    /// `math.f(x)` for an int, bool or float `x` converted to an `f64`:
    /// inline for the functions that are float instructions, a call of the
    /// function's `f64` entry for those that have one (`Rt::math_f64`); `None` for others.
    fn math_f64(&mut self, f: MathFn, x: &hir::Expr, ty: Ty) -> Option<Operand> {
        use MathFn as M;
        let inline = matches!(
            f,
            M::Fabs | M::Degrees | M::Radians | M::Isnan | M::Isinf | M::Isfinite
        );
        let entry = Rt::math_f64(f);
        if !inline && entry.is_none() {
            return None;
        }
        let v = self.expr(x);
        let t = self.ty(v.local);
        let x = self.coerce(v, t, Ty::Float).local;
        let float_op = |me: &mut Self, op: Op| {
            let r = me.temp(Ty::Float);
            me.emit(Some(r), op);
            r
        };
        let (r, rty) = match f {
            M::Fabs => (float_op(self, Op::FloatAbs(x)), Ty::Float),
            // CPython multiplies by the rounded constant.
            M::Degrees | M::Radians => {
                let k = if f == M::Degrees {
                    180.0 / std::f64::consts::PI
                } else {
                    std::f64::consts::PI / 180.0
                };
                let k = float_op(self, Op::ConstFloat(k));
                (float_op(self, Op::Float(FloatOp::Mul, x, k)), Ty::Float)
            }
            M::Isnan | M::Isinf | M::Isfinite => {
                let (cmp, a, b) = if f == M::Isnan {
                    (CmpOp::Ne, x, x)
                } else {
                    let ax = float_op(self, Op::FloatAbs(x));
                    let inf = float_op(self, Op::ConstFloat(f64::INFINITY));
                    let cmp = if f == M::Isinf { CmpOp::Eq } else { CmpOp::Lt };
                    (cmp, ax, inf)
                };
                let r = self.temp(Ty::Bool);
                self.emit(Some(r), Op::FloatCmp(cmp, a, b));
                (r, Ty::Bool)
            }
            _ => {
                // Not inline, so `entry` is `Some` (checked above).
                let entry = entry?;
                let r = self.temp(Ty::Float);
                self.emit_fallible(Some(r), Op::Rt(entry, vec![x]));
                (r, Ty::Float)
            }
        };
        Some(self.coerce(
            Operand {
                local: r,
                owned: false,
            },
            rty,
            ty,
        ))
    }
}

/// The id argument of the runtime's `math` entry points.
fn math_id(f: MathFn) -> hir::Expr {
    hir::Expr {
        kind: ExprKind::Int(BigInt::from(f.id())),
        ty: hir::Ty::Int,
        span: Default::default(),
    }
}

/// The id argument of the runtime's `time` entry points.
fn time_id(f: hir::TimeFn) -> hir::Expr {
    hir::Expr {
        kind: ExprKind::Int(BigInt::from(f.id())),
        ty: hir::Ty::Int,
        span: Default::default(),
    }
}

/// Whether CPython's compiler treats `e` as a constant (literals, signed
/// numbers, tuples of constants).
pub(crate) fn is_constant(e: &hir::Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None => true,
        ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, a) => {
            matches!(a.kind, ExprKind::Int(_) | ExprKind::Float(_))
        }
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}

/// The HIR type matching a representation, for synthesized expressions.
fn hir_ty(t: Ty) -> hir::Ty {
    match t {
        Ty::Int => hir::Ty::Int,
        Ty::Float => hir::Ty::Float,
        Ty::Bool => hir::Ty::Bool,
        Ty::Obj => hir::Ty::Dyn,
    }
}

/// A `sum` of float items being added into an unboxed float.
#[derive(Clone, Copy)]
pub(crate) struct FloatSum {
    /// The HIR accumulator whose `acc = acc + item` statements add in.
    acc: hir::LocalId,
    /// The running total.
    total: Local,
    /// Whether any item was added.
    seen: Local,
}
