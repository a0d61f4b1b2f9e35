//! Speculative raw clones of pure numeric functions.
//!
//! A function whose locals are all `int`/`float`/`bool` and which has no
//! effect but its result (no printing, no globals, no objects; it calls only
//! other such functions) is *pure*: running it twice is indistinguishable
//! from running it once. For each pure function we emit a second version,
//! the *raw clone*, in which ints are plain machine `i64`s: no tag tests, no
//! reference counts, overflow checked with one `jo`. The clone returns
//! `(result, status)`; whenever the exact semantics would leave the `i64`
//! fast path (an overflow into bigints, a division by zero that must raise, a
//! recursion-depth error, any exception) it gives up with status 1 and the
//! caller runs the ordinary version from the start, which then produces the
//! bigint or raises the exception with its traceback. Purity is what makes
//! the restart invisible.
//!
//! Generic code enters the raw world at a call whose int arguments are small
//! ints; raw clones call each other directly. A per-function counter of
//! give-ups turns the speculation off for functions that keep failing (e.g.
//! a factorial that always grows into bigints), bounding the wasted work.

use super::*;
use molt_mir::mir::{ExcKind, Function, Program};

/// After this many give-ups, generic callers stop trying the raw clone.
const MAX_BAILS: i64 = 16;

/// Which functions get a raw clone.
pub(crate) fn eligible(p: &Program) -> Vec<bool> {
    let mut ok: Vec<bool> = p.funcs.iter().map(locally_pure).collect();
    // A function calling a non-pure function is not pure either.
    loop {
        let mut changed = false;
        for (i, f) in p.funcs.iter().enumerate() {
            if !ok[i] {
                continue;
            }
            let calls_impure = f
                .blocks
                .iter()
                .flat_map(|b| &b.insts)
                .any(|inst| match &inst.op {
                    Op::Call(c, _) => !ok[c.index()],
                    _ => false,
                });
            if calls_impure {
                ok[i] = false;
                changed = true;
            }
        }
        if !changed {
            return ok;
        }
    }
}

fn locally_pure(f: &Function) -> bool {
    if f.is_module || f.ret == Ty::Obj || f.locals.iter().any(|l| l.ty == Ty::Obj) {
        return false;
    }
    f.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .all(|inst| match &inst.op {
            Op::ConstInt(_)
            | Op::ConstFloat(_)
            | Op::ConstBool(_)
            | Op::ConstUnbound
            | Op::Copy(_)
            | Op::IntTrueDiv(..)
            | Op::IntNeg(_)
            | Op::IntInvert(_)
            | Op::IntCmp(..)
            | Op::BoolToInt(_)
            | Op::IntToFloat(_)
            | Op::Float(..)
            | Op::FloatNeg(_)
            | Op::FloatCmp(..)
            | Op::FloatAbs(_)
            | Op::BoolNot(_)
            | Op::BoolBit(..)
            | Op::IncRef(_)
            | Op::DecRef(_)
            | Op::CounterBound(..)
            | Op::Call(..)
            | Op::Raise(..)
            | Op::RaiseAssert(None) => true,
            Op::Int(o, _, _) => *o != IntOp::Pow,
            // The `math` functions on unboxed floats (f64s in, an f64 out).
            Op::Rt(r, _) => r.is_math_f64(),
            // A raw int cannot hold the unbound marker: possibly unbound locals
            // (checks that survived definite-assignment analysis) disqualify.
            Op::CheckBound(_, ExcKind::UnboundLocalError, _) => false,
            _ => false,
        })
}

/// The raw clone's signature: ints as raw `i64`, the depth, and a
/// `(result, status)` pair back.
pub(crate) fn signature(f: &Function, cc: cranelift_codegen::isa::CallConv) -> Signature {
    let mut sig = Signature::new(cc);
    for p in &f.params {
        sig.params
            .push(AbiParam::new(cl_ty(f.locals[p.index()].ty)));
    }
    sig.params.push(AbiParam::new(I64));
    sig.returns.push(AbiParam::new(cl_ty(f.ret)));
    sig.returns.push(AbiParam::new(I8));
    sig
}

impl Tx<'_, '_> {
    /// The block that gives up (filled by [`Self::finish_bail_block`]).
    fn bail_block(&mut self) -> ir::Block {
        if let Some(b) = self.bail {
            return b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        self.bail = Some(b);
        b
    }

    /// Emits the give-up block's body: return `(0, 1)`.
    pub(super) fn finish_bail_block(&mut self) {
        let Some(b) = self.bail else { return };
        self.b.switch_to_block(b);
        let zero = match self.f.ret {
            Ty::Float => self.b.ins().f64const(0.0),
            Ty::Bool => self.iconst(I8, 0),
            Ty::Int | Ty::Obj => self.iconst(I64, 0),
        };
        let one = self.iconst(I8, 1);
        self.b.ins().return_(&[zero, one]);
    }

    /// Continues when `failed` is false; gives up otherwise.
    fn bail_if(&mut self, failed: Value) {
        let bail = self.bail_block();
        let cont = self.b.create_block();
        self.b.ins().brif(failed, bail, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    pub(super) fn raw_prologue(&mut self) {
        if let Some(d) = self.depth {
            let over = self
                .b
                .ins()
                .icmp_imm_s(IntCC::SignedGreaterThan, d, abi::MAX_FRAMES);
            self.bail_if(over);
        }
    }

    pub(super) fn raw_term(&mut self, t: &Term) -> Result<(), CodegenError> {
        match t {
            Term::Return(v) => {
                let val = self.use_var(*v);
                let ok = self.iconst(I8, 0);
                self.b.ins().return_(&[val, ok]);
            }
            Term::Unwind { .. } => {
                let bail = self.bail_block();
                self.b.ins().jump(bail, &[]);
            }
            other => self.term(other)?,
        }
        Ok(())
    }

    pub(super) fn raw_inst(&mut self, inst: &mir::Inst) -> Result<(), CodegenError> {
        let dst = inst.dst;
        match &inst.op {
            Op::ConstInt(i) => {
                let v = self.iconst(I64, *i);
                self.set(dst, v);
            }
            Op::ConstUnbound => {
                if let Some(d) = dst {
                    let v = match self.local_ty(d) {
                        Ty::Float => self.b.ins().f64const(0.0),
                        Ty::Bool => self.iconst(I8, 0),
                        Ty::Int | Ty::Obj => self.iconst(I64, 0),
                    };
                    self.def_var(d, v);
                }
            }
            Op::IncRef(_) | Op::DecRef(_) | Op::CounterBound(..) => {}
            Op::Int(op @ (IntOp::FloorDiv | IntOp::Mod), a, b)
                if self.const_of(*b).is_some_and(|d| d > 0) =>
            {
                let x = self.use_var(*a);
                // The guard saw the constant.
                let d = self.const_of(*b).unwrap_or(1);
                let v = floordiv_mod_by_const(&mut self.b, x, d, *op == IntOp::FloorDiv);
                self.set(dst, v);
            }
            Op::Int(op @ (IntOp::Add | IntOp::Sub | IntOp::Mul), a, b)
                if ranges::int_op_range(
                    *op,
                    self.range(*a).clamp_i64(),
                    self.range(*b).clamp_i64(),
                )
                .fits_i64() =>
            {
                // The result provably fits: no overflow check.
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let v = match op {
                    IntOp::Add => self.b.ins().iadd(x, y),
                    IntOp::Sub => self.b.ins().isub(x, y),
                    _ => self.b.ins().imul(x, y),
                };
                self.set(dst, v);
            }
            Op::Int(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let v = self.raw_int_op(*op, x, y);
                self.set(dst, v);
            }
            Op::IntNeg(a) => {
                let x = self.use_var(*a);
                let zero = self.iconst(I64, 0);
                let (v, of) = self.b.ins().ssub_overflow(zero, x);
                self.bail_if(of);
                self.set(dst, v);
            }
            Op::IntInvert(a) => {
                let x = self.use_var(*a);
                let v = self.b.ins().bnot(x);
                self.set(dst, v);
            }
            Op::IntCmp(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let v = self.b.ins().icmp(int_cc(*op), x, y);
                self.set(dst, v);
            }
            Op::BoolToInt(a) => {
                let x = self.use_var(*a);
                let v = self.b.ins().uextend(I64, x);
                self.set(dst, v);
            }
            Op::IntToFloat(a) => {
                let x = self.use_var(*a);
                let v = self.b.ins().fcvt_from_sint(F64, x);
                self.set(dst, v);
            }
            Op::IntTrueDiv(a, b) => {
                // Exact only when both convert exactly (|x| <= 2^53), as CPython's
                // int / int then is a plain float division.
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                for v in [x, y] {
                    let shifted = self.b.ins().iadd_imm_s(v, 1 << 53);
                    let out = self
                        .b
                        .ins()
                        .icmp_imm_u(IntCC::UnsignedGreaterThan, shifted, 1 << 54);
                    self.bail_if(out);
                }
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.bail_if(zero);
                let fx = self.b.ins().fcvt_from_sint(F64, x);
                let fy = self.b.ins().fcvt_from_sint(F64, y);
                let v = self.b.ins().fdiv(fx, fy);
                self.set(dst, v);
            }
            Op::Float(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let v = match op {
                    FloatOp::Add => self.b.ins().fadd(x, y),
                    FloatOp::Sub => self.b.ins().fsub(x, y),
                    FloatOp::Mul => self.b.ins().fmul(x, y),
                    FloatOp::Div => {
                        let zero = self.b.ins().f64const(0.0);
                        let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                        self.bail_if(is_zero);
                        self.b.ins().fdiv(x, y)
                    }
                    FloatOp::FloorDiv | FloatOp::Mod | FloatOp::Pow => {
                        let r = self.call_rt1(crate::func::float_entry(*op), &[x, y])?;
                        self.raw_check_float(r)?;
                        r
                    }
                };
                self.set(dst, v);
            }
            Op::Rt(f, args) => {
                let vals: Vec<Value> = args.iter().map(|a| self.use_var(*a)).collect();
                let r = self.call_rt1(*f, &vals)?;
                self.raw_check_float(r)?;
                self.set(dst, r);
            }
            Op::Call(fid, args) => {
                let callee = self.syms.raw_funcs[fid.index()]
                    .ok_or_else(|| CodegenError("raw call of an impure function".into()))?;
                let fref = self.func_ref(callee, &format!("raw{}", fid.0));
                let mut vals: Vec<Value> = args.iter().map(|a| self.use_var(*a)).collect();
                let d = self.depth.ok_or_else(|| CodegenError("no depth".into()))?;
                vals.push(self.b.ins().iadd_imm_s(d, 1));
                let call = self.b.ins().call(fref, &vals);
                let (r, st) = (self.b.inst_results(call)[0], self.b.inst_results(call)[1]);
                self.bail_if(st);
                self.set(dst, r);
            }
            Op::Raise(..) | Op::RaiseAssert(_) => {
                let bail = self.bail_block();
                self.b.ins().jump(bail, &[]);
                let dead = self.b.create_block();
                self.b.switch_to_block(dead);
            }
            // The remaining allowed ops are representation-independent.
            _ => self.inst(inst)?,
        }
        Ok(())
    }

    /// A float runtime result: on the error sentinel, clear the exception
    /// (the ordinary version will raise it again) and give up.
    fn raw_check_float(&mut self, r: Value) -> Result<(), CodegenError> {
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), r);
        let maybe = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, bits, abi::FLOAT_ERROR_BITS as i64);
        let (check, cont) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(maybe, check, &[], cont, &[]);
        self.b.set_cold_block(check);
        self.b.switch_to_block(check);
        let e = self.call_cold1(Rt::ErrOccurred, &[])?;
        let (clear, _) = (self.b.create_block(), ());
        self.b.ins().brif(e, clear, &[], cont, &[]);
        self.b.set_cold_block(clear);
        self.b.switch_to_block(clear);
        self.call_cold(Rt::ErrClear, &[])?;
        let bail = self.bail_block();
        self.b.ins().jump(bail, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    fn raw_int_op(&mut self, op: IntOp, x: Value, y: Value) -> Value {
        match op {
            IntOp::Add => {
                let (v, of) = self.b.ins().sadd_overflow(x, y);
                self.bail_if(of);
                v
            }
            IntOp::Sub => {
                let (v, of) = self.b.ins().ssub_overflow(x, y);
                self.bail_if(of);
                v
            }
            IntOp::Mul => {
                let (v, of) = self.b.ins().smul_overflow(x, y);
                self.bail_if(of);
                v
            }
            IntOp::FloorDiv | IntOp::Mod => {
                // Division by zero raises and i64::MIN // -1 overflows: both
                // belong to the ordinary version.
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.bail_if(zero);
                let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                let both = self.b.ins().band(m1, min);
                self.bail_if(both);
                py_floordiv_mod(&mut self.b, x, y, op == IntOp::FloorDiv)
            }
            IntOp::And => self.b.ins().band(x, y),
            IntOp::Or => self.b.ins().bor(x, y),
            IntOp::Xor => self.b.ins().bxor(x, y),
            IntOp::RShift => {
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                self.bail_if(neg);
                let max = self.iconst(I64, 63);
                let s = self.b.ins().umin(y, max);
                self.b.ins().sshr(x, s)
            }
            IntOp::LShift => {
                // Only shifts that keep every bit: 0 <= y < 64 and round-trip.
                let out = self
                    .b
                    .ins()
                    .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, y, 64);
                self.bail_if(out);
                let v = self.b.ins().ishl(x, y);
                let back = self.b.ins().sshr(v, y);
                let lost = self.b.ins().icmp(IntCC::NotEqual, back, x);
                self.bail_if(lost);
                v
            }
            IntOp::Pow => {
                // Not eligible (see `locally_pure`); give up if ever reached.
                let bail = self.bail_block();
                self.b.ins().jump(bail, &[]);
                let dead = self.b.create_block();
                self.b.switch_to_block(dead);
                self.iconst(I64, 0)
            }
        }
    }

    /// A call from ordinary code to a pure function: tries its raw clone when
    /// every int argument is a small int and the clone has not kept giving
    /// up, and falls back to the ordinary version otherwise.
    pub(super) fn speculative_call(
        &mut self,
        fid: mir::FuncId,
        args: &[Local],
        generic: FuncRef,
        depth1: Value,
    ) -> Result<Value, CodegenError> {
        let raw_id =
            self.syms.raw_funcs[fid.index()].ok_or_else(|| CodegenError("no raw clone".into()))?;
        let raw = self.func_ref(raw_id, &format!("raw{}", fid.0));
        let callee = &self.prog.funcs[fid.index()];
        let ret = callee.ret;
        let vals: Vec<(Value, Ty)> = args
            .iter()
            .map(|a| (self.use_var(*a), self.local_ty(*a)))
            .collect();
        let (try_raw, generic_b, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(done, cl_ty(ret));
        // Gate: the give-up counter, then the int arguments' tags.
        let counter_id = self.syms.bail_counters[fid.index()]
            .ok_or_else(|| CodegenError("no bail counter".into()))?;
        let counter = self.data_addr(counter_id);
        let bails = self.b.ins().load(I64, MemFlagsData::trusted(), counter, 0);
        let mut ok = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedLessThan, bails, MAX_BAILS);
        for (v, t) in &vals {
            if *t == Ty::Int {
                let tag = self.b.ins().band_imm_s(*v, 1);
                let small = self.b.ins().icmp_imm_s(IntCC::NotEqual, tag, 0);
                ok = self.b.ins().band(ok, small);
            }
        }
        self.b.ins().brif(ok, try_raw, &[], generic_b, &[]);
        self.b.switch_to_block(try_raw);
        let mut raw_args: Vec<Value> = vals
            .iter()
            .map(|(v, t)| {
                if *t == Ty::Int {
                    self.b.ins().sshr_imm_s(*v, 1)
                } else {
                    *v
                }
            })
            .collect();
        raw_args.push(depth1);
        let call = self.b.ins().call(raw, &raw_args);
        let (r, st) = (self.b.inst_results(call)[0], self.b.inst_results(call)[1]);
        let (ok_b, gave_up) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(st, gave_up, &[], ok_b, &[]);
        self.b.switch_to_block(ok_b);
        let result = if ret == Ty::Int {
            // Back to a tagged int when it fits; otherwise let the ordinary
            // version build the bigint.
            let (doubled, of) = self.b.ins().sadd_overflow(r, r);
            let fits = self.b.create_block();
            self.b.ins().brif(of, generic_b, &[], fits, &[]);
            self.b.switch_to_block(fits);
            self.b.ins().bor_imm_s(doubled, 1)
        } else {
            r
        };
        self.b.ins().jump(done, &[BlockArg::Value(result)]);
        self.b.set_cold_block(gave_up);
        self.b.switch_to_block(gave_up);
        let b1 = self.b.ins().iadd_imm_s(bails, 1);
        self.b.ins().store(MemFlagsData::trusted(), b1, counter, 0);
        self.b.ins().jump(generic_b, &[]);
        self.b.switch_to_block(generic_b);
        let mut gen_args: Vec<Value> = vals.iter().map(|(v, _)| *v).collect();
        gen_args.push(depth1);
        let call = self.b.ins().call(generic, &gen_args);
        let r = self.b.inst_results(call)[0];
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }
}
