//! Lowering of statements.

use super::{repr, FnLower, Operand};
use molt_mir::mir::*;
use molt_sema::hir::{self, Place, StmtKind};
use std::collections::HashSet;

/// HIR locals assigned anywhere in `body` (parameters among them must own).
pub(crate) fn assigned_locals(body: &[hir::Stmt]) -> HashSet<hir::LocalId> {
    let mut out = HashSet::new();
    for_each_write(body, &mut |p, _| {
        if let Place::Local(l) = p {
            out.insert(*l);
        }
    });
    out
}

/// Calls `f` on every place the statements (and those nested in them)
/// assign, with the value for a plain `p = value` and `None` for anything
/// else (unpacking, loop targets). Expressions are not entered: only
/// hidden locals are assigned inside them.
pub(crate) fn for_each_write(stmts: &[hir::Stmt], f: &mut dyn FnMut(&Place, Option<&hir::Expr>)) {
    for s in stmts {
        match &s.kind {
            StmtKind::Assign { targets, value } => targets.iter().for_each(|p| f(p, Some(value))),
            StmtKind::ParallelAssign { targets, .. } | StmtKind::Unpack { targets, .. } => {
                targets.iter().for_each(|p| f(p, None))
            }
            StmtKind::ForRange {
                target,
                body,
                orelse,
                ..
            } => {
                f(target, None);
                for_each_write(body, f);
                for_each_write(orelse, f);
            }
            StmtKind::ForIter {
                target,
                zipped,
                body,
                orelse,
                ..
            } => {
                f(target, None);
                zipped.iter().for_each(|(p, _)| f(p, None));
                for_each_write(body, f);
                for_each_write(orelse, f);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                for_each_write(body, f);
                for_each_write(orelse, f);
            }
            _ => {}
        }
    }
}

impl FnLower<'_, '_> {
    pub(crate) fn stmts(&mut self, stmts: &[hir::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn place_ty(&self, p: Place) -> Ty {
        match p {
            Place::Local(l) => self.ty(self.local_map[l.0 as usize]),
            Place::Global(g) => repr(self.cx.hir.globals[g.0 as usize].ty),
        }
    }

    /// Stores `v` into `p`, consuming `v`'s reference if it owns one.
    fn store(&mut self, p: Place, v: Operand) {
        if let Place::Local(l) = p {
            if let Some(&(flag, _)) = self.zero_floats.get(&l) {
                // The int literal (converted exactly) or a float.
                let is_int = self.ty(v.local) == Ty::Int;
                let x = self.coerce(v, self.ty(v.local), Ty::Float);
                self.emit(Some(self.local_map[l.0 as usize]), Op::Copy(x.local));
                self.emit(Some(flag), Op::ConstBool(is_int));
                return;
            }
        }
        let ty = self.place_ty(p);
        let owned = self.owned_copy(v, ty);
        match p {
            Place::Local(l) => {
                let ml = self.local_map[l.0 as usize];
                if ty.is_refcounted() {
                    let old = self.temp(ty);
                    self.emit(Some(old), Op::Copy(ml));
                    self.emit(Some(ml), Op::Copy(owned));
                    self.emit(None, Op::DecRef(old));
                } else {
                    self.emit(Some(ml), Op::Copy(owned));
                }
            }
            Place::Global(g) => self.emit(None, Op::StoreGlobal(GlobalId(g.0), owned)),
        }
    }

    pub(crate) fn stmt(&mut self, s: &hir::Stmt) {
        // The object temporaries of a simple statement are dead once it is
        // done (whatever outlives it is stored to a named local), so later
        // statements reuse them: a long straight-line body then needs few
        // locals, which keeps code generation's per-variable tables small.
        let simple = !matches!(
            s.kind,
            StmtKind::If { .. }
                | StmtKind::While { .. }
                | StmtKind::ForRange { .. }
                | StmtKind::ForIter { .. }
        );
        let mark = self.temp_mark();
        self.stmt_inner(s);
        if simple {
            self.recycle_temps(mark);
        }
    }

    fn stmt_inner(&mut self, s: &hir::Stmt) {
        self.at(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.expr(e);
                self.release(v);
            }
            StmtKind::Pass => {}
            StmtKind::Assign { targets, value } if self.float_sum_step(targets, value) => {}
            StmtKind::Assign { targets, value } => {
                let v = self.expr(value);
                if let [only] = targets.as_slice() {
                    self.store(*only, v);
                } else {
                    for t in targets {
                        let borrowed = Operand {
                            local: v.local,
                            owned: false,
                        };
                        self.store(*t, borrowed);
                    }
                    self.release(v);
                }
            }
            StmtKind::ParallelAssign { targets, values } => {
                let mut vals = Vec::new();
                for (e, t) in values.iter().zip(targets) {
                    let v = self.expr(e);
                    // Take a reference now: a later value may rebind this name.
                    let ty = self.place_ty(*t);
                    let owned = self.owned_copy(v, ty);
                    let o = Operand {
                        local: owned,
                        owned: true,
                    };
                    self.push(o);
                    vals.push(o);
                }
                for o in vals.iter().rev() {
                    self.pop(*o);
                }
                for (t, o) in targets.iter().zip(vals) {
                    self.store(*t, o);
                }
            }
            StmtKind::If { test, body, orelse } => {
                let t = self.truth(test);
                let (then_b, else_b, end) = (self.new_block(), self.new_block(), self.new_block());
                self.terminate(Term::Branch(t, then_b, else_b));
                self.switch_to(then_b);
                self.stmts(body);
                self.goto(end);
                self.switch_to(else_b);
                self.stmts(orelse);
                self.goto(end);
                self.switch_to(end);
            }
            StmtKind::While { test, body, orelse } => {
                let (head, body_b, else_b, exit) = (
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                );
                self.goto(head);
                self.switch_to(head);
                self.at(s.span);
                let t = self.truth(test);
                self.terminate(Term::Branch(t, body_b, else_b));
                self.switch_to(body_b);
                self.loops.push((head, exit));
                self.stmts(body);
                self.loops.pop();
                self.goto(head);
                self.switch_to(else_b);
                self.stmts(orelse);
                self.goto(exit);
                self.switch_to(exit);
            }
            StmtKind::ForRange {
                target,
                start,
                stop,
                step,
                body,
                orelse,
            } => {
                self.for_range(s, *target, start, stop, step, body, orelse);
            }
            StmtKind::ForIter {
                target,
                iter,
                zipped,
                body,
                orelse,
            } => {
                let mut sources = vec![(*target, iter)];
                sources.extend(zipped.iter().map(|(p, e)| (*p, e)));
                self.for_iter(s, &sources, body, orelse)
            }
            StmtKind::Unpack { targets, value } => self.unpack(targets, value),
            StmtKind::Break => {
                if let Some(&(_, exit)) = self.loops.last() {
                    self.goto(exit);
                }
            }
            StmtKind::Continue => {
                if let Some(&(cont, _)) = self.loops.last() {
                    self.goto(cont);
                }
            }
            StmtKind::Return(e) => {
                let v = self.expr(e);
                let ret = self.f.ret;
                let owned = self.owned_copy(v, ret);
                self.ret(owned);
            }
            StmtKind::SetItem { obj, index, value }
                if matches!(obj.ty, hir::Ty::List(_))
                    && matches!(index.ty, hir::Ty::Int | hir::Ty::Bool) =>
            {
                // CPython's order: the value, then the list, then the index.
                let v = self.expr(value);
                let unboxed = repr(value.ty) == Ty::Float;
                let v = if unboxed {
                    v
                } else {
                    self.coerce(v, repr(value.ty), Ty::Obj)
                };
                self.push(v);
                let (l, i) = self.list_and_index(obj, index);
                self.push(l);
                self.push(i);
                let set = if unboxed {
                    Op::ListSetFloat(l.local, i.local, v.local)
                } else {
                    Op::ListSet(l.local, i.local, v.local)
                };
                self.emit_fallible(None, set);
                self.pop(i);
                self.pop(l);
                self.pop(v);
                self.release(i);
                self.release(l);
                self.release(v);
            }
            StmtKind::SetItem { obj, index, value } => {
                // CPython's order: the value, then the container, then the key.
                let ops = self.obj_operands(&[value, obj, index]);
                let f = match obj.ty {
                    hir::Ty::Dict(_) => Rt::DictSetItem,
                    _ => Rt::SetItem,
                };
                self.rt_effect(f, &ops, &[1, 2, 0]);
            }
            StmtKind::SetSlice { obj, bounds, value } => {
                let [lo, hi, st] = &**bounds;
                let ops = self.obj_operands(&[value, obj, lo, hi, st]);
                self.rt_effect(Rt::SetSlice, &ops, &[1, 2, 3, 4, 0]);
            }
            StmtKind::DelItem { obj, index } => {
                let ops = self.obj_operands(&[obj, index]);
                self.rt_effect(Rt::DelItem, &ops, &[0, 1]);
            }
            StmtKind::DelSlice { obj, bounds } => {
                let [lo, hi, st] = &**bounds;
                let ops = self.obj_operands(&[obj, lo, hi, st]);
                self.rt_effect(Rt::DelSlice, &ops, &[0, 1, 2, 3]);
            }
            StmtKind::Assert { test, msg } => {
                let t = self.truth(test);
                let (fail, ok) = (self.new_block(), self.new_block());
                self.terminate(Term::Branch(t, ok, fail));
                self.switch_to(fail);
                match msg {
                    Some(m) => {
                        let v = self.expr(m);
                        let x = self.coerce(v, repr(m.ty), Ty::Obj);
                        self.push(x);
                        self.emit_fallible(None, Op::RaiseAssert(Some(x.local)));
                        self.pop(x);
                    }
                    None => self.emit_fallible(None, Op::RaiseAssert(None)),
                }
                self.terminate(Term::Unreachable);
                self.switch_to(ok);
            }
        }
    }

    /// `a, b = value`. A tuple or list of exactly the right length (the
    /// usual case) has its items read in place; anything else goes through
    /// the runtime, which checks the count with CPython's errors and
    /// returns a tuple of exactly that many items.
    fn unpack(&mut self, targets: &[Place], value: &hir::Expr) {
        let v = self.expr(value);
        let v = self.coerce(v, repr(value.ty), Ty::Obj);
        self.push(v);
        let n = targets.len();
        // Each item in its target's representation: an unboxed target reads
        // its item in place without taking a reference.
        let tys: Vec<Ty> = targets.iter().map(|p| self.place_ty(*p)).collect();
        let items: Vec<Local> = tys.iter().map(|&t| self.temp(t)).collect();
        let ok = self.temp(Ty::Bool);
        self.emit(Some(ok), Op::SeqLenIs(v.local, n as u32));
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Term::Branch(ok, fast, slow));
        self.switch_to(fast);
        for (k, (&item, &ty)) in items.iter().zip(&tys).enumerate() {
            let raw = self.temp(Ty::Obj);
            self.emit(Some(raw), Op::SeqItem(v.local, k as u32));
            if ty.is_refcounted() {
                self.emit(Some(item), Op::Copy(raw));
                self.emit(None, Op::IncRef(item));
            } else {
                let borrowed = Operand {
                    local: raw,
                    owned: false,
                };
                let x = self.coerce(borrowed, Ty::Obj, ty);
                self.emit(Some(item), Op::Copy(x.local));
            }
        }
        self.goto(join);
        self.switch_to(slow);
        let count = self.temp(Ty::Obj);
        self.emit(Some(count), Op::ConstInt(n as i64));
        let t = self.temp(Ty::Obj);
        self.emit_fallible(Some(t), Op::Rt(Rt::Unpack, vec![v.local, count]));
        let t = Operand {
            local: t,
            owned: true,
        };
        self.push(t);
        let owned = |local| Operand { local, owned: true };
        for (k, (&item, &ty)) in items.iter().zip(&tys).enumerate() {
            let key = self.temp(Ty::Obj);
            self.emit(Some(key), Op::ConstInt(k as i64));
            let o = self.temp(Ty::Obj);
            self.emit_fallible(Some(o), Op::Rt(Rt::GetItem, vec![t.local, key]));
            let x = self.coerce(owned(o), Ty::Obj, ty);
            self.emit(Some(item), Op::Copy(x.local));
            self.push(owned(item));
        }
        for &item in items.iter().rev() {
            self.pop(owned(item));
        }
        self.pop(t);
        self.release(t);
        self.goto(join);
        self.switch_to(join);
        self.pop(v);
        self.release(v);
        for (p, &item) in targets.iter().zip(&items) {
            self.store(*p, owned(item));
        }
    }

    /// Evaluates expressions in order as boxed objects.
    fn obj_operands(&mut self, es: &[&hir::Expr]) -> Vec<Operand> {
        let mut ops = Vec::new();
        for e in es {
            let v = self.expr(e);
            let v = self.coerce(v, repr(e.ty), Ty::Obj);
            self.push(v);
            ops.push(v);
        }
        for v in ops.iter().rev() {
            self.pop(*v);
        }
        ops
    }

    /// Calls a runtime function for its effect on `ops` (taken in the order
    /// `order`), then releases them.
    fn rt_effect(&mut self, f: Rt, ops: &[Operand], order: &[usize]) {
        for o in ops {
            self.push(*o);
        }
        let r = self.temp(Ty::Obj);
        self.emit_fallible(
            Some(r),
            Op::Rt(f, order.iter().map(|&i| ops[i].local).collect()),
        );
        for o in ops.iter().rev() {
            self.pop(*o);
        }
        self.release_all(ops);
    }

    /// `for target in iter`: the iterator stays pending for the whole loop.
    /// `for target in iterable`, or a fused `zip` over several iterables
    /// (`sources`, each with its target). A list is walked by index,
    /// reading its length each time round (items appended in the body are
    /// visited, as with CPython's list iterator) and holding a reference to
    /// it; anything else through its iterator.
    fn for_iter(
        &mut self,
        s: &hir::Stmt,
        sources: &[(Place, &hir::Expr)],
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        // Every iterable is evaluated before any iterator is taken (zip's
        // arguments are evaluated before zip runs).
        let mut vals = Vec::new();
        for (_, iter) in sources {
            let v = match &iter.kind {
                // CPython iterates a set display of constants as a frozenset
                // constant (its order can differ from the set's).
                hir::ExprKind::Set(items) if items.iter().all(super::expr::is_constant) => {
                    self.const_frozenset(items)
                }
                _ => {
                    let v = self.expr(iter);
                    let v = self.coerce(v, repr(iter.ty), Ty::Obj);
                    Operand {
                        local: self.owned_copy(v, Ty::Obj),
                        owned: true,
                    }
                }
            };
            self.push(v);
            vals.push(v);
        }
        let mut walks = Vec::new();
        for (v, (_, iter)) in vals.into_iter().zip(sources) {
            match iter.ty {
                hir::Ty::List(lv) => {
                    let idx = self.temp(Ty::Int);
                    self.emit(Some(idx), Op::ConstInt(0));
                    walks.push(Walk::List {
                        list: v.local,
                        idx,
                        elem: repr(self.cx.hir.list_elem(lv)),
                    });
                }
                _ => {
                    let it = self.temp(Ty::Obj);
                    self.emit_fallible(Some(it), Op::Rt(Rt::Iter, vec![v.local]));
                    self.pop(v);
                    self.release(v);
                    self.pending.push(it);
                    walks.push(Walk::Iter(it));
                }
            }
        }
        let one = self.temp(Ty::Int);
        self.emit(Some(one), Op::ConstInt(1));
        let (head, else_b, brk, after) = (
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
        );
        self.goto(head);
        self.switch_to(head);
        self.at(s.span);
        // Take one item from each source in order; the first exhausted one
        // ends the loop, dropping the items already taken this round.
        let mut items: Vec<(Operand, Ty)> = Vec::new();
        for w in &walks {
            let (next_b, stop_b) = (self.new_block(), self.new_block());
            let item = match *w {
                Walk::List { list, idx, elem } => {
                    let n = self.temp(Ty::Int);
                    self.emit(Some(n), Op::ListLen(list));
                    let more = self.temp(Ty::Bool);
                    self.emit(Some(more), Op::IntCmp(hir::CmpOp::Lt, idx, n));
                    self.terminate(Term::Branch(more, next_b, stop_b));
                    self.switch_to(next_b);
                    let item = self.temp(elem);
                    self.emit_fallible(Some(item), Op::ListGet(list, idx));
                    self.emit_fallible(Some(idx), Op::Int(IntOp::Add, idx, one));
                    let op = Operand {
                        local: item,
                        owned: elem.is_refcounted(),
                    };
                    (op, elem)
                }
                Walk::Iter(it) => {
                    let item = self.temp(Ty::Obj);
                    self.emit_fallible(Some(item), Op::Rt(Rt::IterNext, vec![it]));
                    let end = self.temp(Ty::Obj);
                    self.emit(Some(end), Op::ConstUnbound);
                    let done = self.temp(Ty::Bool);
                    self.emit(Some(done), Op::Is(item, end));
                    self.terminate(Term::Branch(done, stop_b, next_b));
                    self.switch_to(next_b);
                    let op = Operand {
                        local: item,
                        owned: true,
                    };
                    (op, Ty::Obj)
                }
            };
            self.switch_to(stop_b);
            for (o, _) in &items {
                self.release(*o);
            }
            self.goto(else_b);
            self.switch_to(next_b);
            self.push(item.0);
            items.push(item);
        }
        for (o, _) in &items {
            self.pop(*o);
        }
        // The item's type is what sema inferred for the target.
        for ((target, _), (o, ty)) in sources.iter().zip(items) {
            let o = self.coerce(o, ty, self.place_ty(*target));
            self.store(*target, o);
        }
        let held: Vec<Local> = walks.iter().map(|w| w.held()).collect();
        self.iter_loop_rest(&held, (head, else_b, brk, after), body, orelse);
    }

    /// The rest of a loop over an iterable once the item is stored: the
    /// body, then the `else` path and the `break` path, each releasing
    /// `held` (the iterator or list the loop keeps pending).
    fn iter_loop_rest(
        &mut self,
        held: &[Local],
        (head, else_b, brk, after): (Block, Block, Block, Block),
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        self.loops.push((head, brk));
        self.stmts(body);
        self.loops.pop();
        self.goto(head);
        self.switch_to(else_b);
        for &h in held.iter().rev() {
            if let Some(pos) = self.pending.iter().rposition(|&l| l == h) {
                self.pending.remove(pos);
            }
            self.emit(None, Op::DecRef(h));
        }
        self.stmts(orelse);
        self.goto(after);
        self.switch_to(brk);
        for &h in held.iter().rev() {
            self.emit(None, Op::DecRef(h));
        }
        self.goto(after);
        self.switch_to(after);
    }

    #[allow(clippy::too_many_arguments)]
    fn for_range(
        &mut self,
        s: &hir::Stmt,
        target: Place,
        start: &hir::Expr,
        stop: &hir::Expr,
        step: &hir::Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        let step_const = match &step.kind {
            hir::ExprKind::Int(v) => i64::try_from(v).ok(),
            _ => None,
        };
        let start_v = self.range_bound(start);
        self.push(start_v);
        let stop_v = self.range_bound(stop);
        self.push(stop_v);
        let step_v = self.range_bound(step);
        self.pop(stop_v);
        self.pop(start_v);
        // The loop owns its counter, bound and step for its whole duration.
        // The counter is a local of its own, never a recycled temporary:
        // range analysis bounds it by its start for the whole function
        // (`CounterBound`), which holds only for this loop's values.
        let start_v = self.coerce(start_v, self.ty(start_v.local), Ty::Int);
        let cur = self.new_local(Ty::Int, None);
        self.emit(Some(cur), Op::Copy(start_v.local));
        if !start_v.owned {
            self.emit(None, Op::IncRef(cur));
        }
        let stop_l = self.owned_copy(stop_v, Ty::Int);
        let step_l = self.owned_copy(step_v, Ty::Int);
        for l in [cur, stop_l, step_l] {
            self.pending.push(l);
        }
        if let Some(k @ (1 | -1)) = step_const {
            self.emit(None, Op::CounterBound(cur, k));
        }
        let zero = self.temp(Ty::Int);
        self.emit(Some(zero), Op::ConstInt(0));
        if step_const.is_none() {
            let is_zero = self.temp(Ty::Bool);
            self.emit(Some(is_zero), Op::IntCmp(CmpOp::Eq, step_l, zero));
            let (bad, good) = (self.new_block(), self.new_block());
            self.terminate(Term::Branch(is_zero, bad, good));
            self.switch_to(bad);
            self.emit_fallible(
                None,
                Op::Raise(ExcKind::ValueError, "range() arg 3 must not be zero".into()),
            );
            self.terminate(Term::Unreachable);
            self.switch_to(good);
        } else if step_const == Some(0) {
            self.emit_fallible(
                None,
                Op::Raise(ExcKind::ValueError, "range() arg 3 must not be zero".into()),
            );
        }
        let (head, body_b, latch, else_b, brk, after) = (
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
        );
        self.goto(head);
        self.switch_to(head);
        let cond = self.temp(Ty::Bool);
        match step_const {
            Some(k) if k > 0 => self.emit(Some(cond), Op::IntCmp(CmpOp::Lt, cur, stop_l)),
            Some(_) => self.emit(Some(cond), Op::IntCmp(CmpOp::Gt, cur, stop_l)),
            None => {
                // Direction from the step's sign, chosen each iteration (cheap, rare).
                let (up, down, join) = (self.new_block(), self.new_block(), self.new_block());
                let pos = self.temp(Ty::Bool);
                self.emit(Some(pos), Op::IntCmp(CmpOp::Gt, step_l, zero));
                self.terminate(Term::Branch(pos, up, down));
                self.switch_to(up);
                self.emit(Some(cond), Op::IntCmp(CmpOp::Lt, cur, stop_l));
                self.goto(join);
                self.switch_to(down);
                self.emit(Some(cond), Op::IntCmp(CmpOp::Gt, cur, stop_l));
                self.goto(join);
                self.switch_to(join);
            }
        }
        self.terminate(Term::Branch(cond, body_b, else_b));
        self.switch_to(body_b);
        self.store(
            target,
            Operand {
                local: cur,
                owned: false,
            },
        );
        self.loops.push((latch, brk));
        self.stmts(body);
        self.loops.pop();
        self.goto(latch);
        self.switch_to(latch);
        self.at(s.span);
        let next = self.temp(Ty::Int);
        self.emit_fallible(Some(next), Op::Int(IntOp::Add, cur, step_l));
        let old = self.temp(Ty::Int);
        self.emit(Some(old), Op::Copy(cur));
        self.emit(Some(cur), Op::Copy(next));
        self.emit(None, Op::DecRef(old));
        self.goto(head);
        self.switch_to(else_b);
        self.pending.truncate(self.pending.len() - 3);
        for l in [step_l, stop_l, cur] {
            self.emit(None, Op::DecRef(l));
        }
        // `orelse` runs with the loop's temporaries already released.
        self.stmts(orelse);
        self.goto(after);
        // `break` lands here with the temporaries still held.
        self.switch_to(brk);
        for l in [step_l, stop_l, cur] {
            self.emit(None, Op::DecRef(l));
        }
        self.goto(after);
        self.switch_to(after);
    }
}

/// How a `for` loop walks one of its iterables.
#[derive(Clone, Copy)]
enum Walk {
    /// A list, by index; `elem` is the representation of its items.
    List { list: Local, idx: Local, elem: Ty },
    /// Anything else, through its iterator.
    Iter(Local),
}

impl Walk {
    /// The reference the loop holds while it runs.
    fn held(self) -> Local {
        match self {
            Walk::List { list, .. } => list,
            Walk::Iter(it) => it,
        }
    }
}
