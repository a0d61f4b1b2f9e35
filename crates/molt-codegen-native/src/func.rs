//! Translation of one MIR function into Cranelift IR.

use crate::{abi, cl_ty, err, CodegenError, Symbols};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, types, AbiParam, BlockArg, FuncRef, InstBuilder, MemFlagsData, Signature, StackSlotData,
    StackSlotKind, TrapCode, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, Linkage, Module};
use cranelift_object::ObjectModule;
use molt_mir::mir::{self, BinOp, Block, CmpOp, FloatOp, IntOp, Local, Op, Rt, RtSigExt, Term, Ty};
use molt_mir::ranges::{self, Range};
use std::collections::HashMap;

const I64: types::Type = types::I64;
const F64: types::Type = types::F64;
const I8: types::Type = types::I8;
const I32: types::Type = types::I32;

#[path = "int_ops.rs"]
mod int_ops;
#[path = "list_ops.rs"]
mod list_ops;
#[path = "raw.rs"]
mod raw;
use int_ops::{floordiv_mod_by_const, py_floordiv_mod};
pub(crate) use raw::{eligible as raw_eligible, signature as raw_signature};

struct Tx<'a, 'b> {
    module: &'a mut ObjectModule,
    syms: &'a mut Symbols,
    prog: &'a mir::Program,
    f: &'a mir::Function,
    fidx: usize,
    b: FunctionBuilder<'b>,
    vars: Vec<Variable>,
    blocks: Vec<ir::Block>,
    func_refs: HashMap<String, FuncRef>,
    data_refs: HashMap<DataId, ir::GlobalValue>,
    /// This frame's recursion depth (function frames active, itself included;
    /// the module body is 0). Callees get `depth + 1` as a hidden last argument.
    depth: Option<Value>,
    /// Locals that hold one small-int constant for the whole function.
    const_small: HashMap<Local, i64>,
    /// Int locals holding a small constant at this point of the current
    /// block (set by a `ConstInt` earlier in the block, not redefined since):
    /// the facts of temporaries that lowering reuses, which have several
    /// definitions and so are not in `const_small`.
    const_block: HashMap<Local, i64>,
    /// Operands the current int instruction releases on its slow path.
    releases: Vec<Value>,
    /// Translating the raw clone (see `raw.rs`) rather than the ordinary version.
    raw: bool,
    /// The raw clone's give-up block, once created.
    bail: Option<ir::Block>,
    /// Float constants loaded once in the entry block (by bit pattern).
    float_consts: HashMap<u64, Value>,
    /// Which MIR blocks lie on a cycle (are part of a loop).
    in_loop: Vec<bool>,
    /// A stack slot that float values computed outside loops are stored to,
    /// pinning them there (see `pin_outside_loops`).
    pin_slot: Option<ir::StackSlot>,
    /// Value ranges of the int locals at each block's entry.
    entry_ranges: Vec<ranges::State>,
    /// Value ranges at the instruction being translated.
    ranges: ranges::State,
    /// Float locals of the current block known non-zero (converted from an
    /// int whose range excludes 0, and not reassigned since): dividing by
    /// them needs no ZeroDivisionError check.
    nonzero_floats: Vec<Local>,
    /// Whether the function has float locals (see `decref`).
    has_floats: bool,
}

/// Translates MIR function `fidx` into `func`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn translate(
    module: &mut ObjectModule,
    syms: &mut Symbols,
    prog: &mir::Program,
    fidx: usize,
    f: &mir::Function,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    raw: bool,
) -> Result<(), CodegenError> {
    let b = FunctionBuilder::new(func, fctx);
    let entry_ranges = ranges::block_entry_states_from(f, &syms.param_ranges[fidx]);
    let mut tx = Tx {
        module,
        syms,
        prog,
        f,
        fidx,
        b,
        vars: Vec::new(),
        blocks: Vec::new(),
        func_refs: HashMap::new(),
        data_refs: HashMap::new(),
        depth: None,
        const_small: const_small_locals(f),
        const_block: HashMap::new(),
        releases: Vec::new(),
        raw,
        bail: None,
        float_consts: HashMap::new(),
        in_loop: blocks_in_loops(f),
        pin_slot: None,
        entry_ranges,
        ranges: ranges::State::default(),
        nonzero_floats: Vec::new(),
        has_floats: f.locals.iter().any(|l| l.ty == Ty::Float),
    };
    tx.run()?;
    tx.b.seal_all_blocks();
    let config = tx.module.isa().frontend_config();
    tx.b.finalize(config);
    Ok(())
}

/// Marks the blocks that lie on a cycle of the control-flow graph.
fn blocks_in_loops(f: &mir::Function) -> Vec<bool> {
    let n = f.blocks.len();
    let succ: Vec<Vec<usize>> = f
        .blocks
        .iter()
        .map(|b| {
            molt_mir::passes::successors(&b.term)
                .iter()
                .map(|s| s.index())
                .collect()
        })
        .collect();
    // A block is on a cycle when it can reach itself.
    (0..n)
        .map(|start| {
            let mut seen = vec![false; n];
            let mut stack: Vec<usize> = succ[start].clone();
            while let Some(b) = stack.pop() {
                if b == start {
                    return true;
                }
                if !std::mem::replace(&mut seen[b], true) {
                    stack.extend(&succ[b]);
                }
            }
            false
        })
        .collect()
}

impl Tx<'_, '_> {
    /// The small-int constant local `l` holds here, if known.
    pub(super) fn const_of(&self, l: Local) -> Option<i64> {
        self.const_block
            .get(&l)
            .or_else(|| self.const_small.get(&l))
            .copied()
    }
}

/// Locals assigned exactly once, by a small-int constant, with its value.
fn const_small_locals(f: &mir::Function) -> HashMap<Local, i64> {
    let mut defs: HashMap<Local, (usize, Option<i64>)> = HashMap::new();
    for b in &f.blocks {
        for i in &b.insts {
            if let Some(d) = i.dst {
                let e = defs.entry(d).or_insert((0, None));
                e.0 += 1;
                e.1 = match i.op {
                    Op::ConstInt(c) if e.0 == 1 => Some(c),
                    _ => None,
                };
            }
        }
    }
    defs.into_iter()
        .filter(|(l, _)| !f.params.contains(l))
        .filter_map(|(l, (n, c))| if n == 1 { c.map(|c| (l, c)) } else { None })
        .collect()
}

fn ret_sig(
    cc: cranelift_codegen::isa::CallConv,
    params: &[types::Type],
    ret: Option<types::Type>,
) -> Signature {
    let mut s = Signature::new(cc);
    s.params.extend(params.iter().map(|t| AbiParam::new(*t)));
    s.returns.extend(ret.map(AbiParam::new));
    s
}

fn int_cc(op: CmpOp) -> IntCC {
    match op {
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::Le => IntCC::SignedLessThanOrEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
        // Identity on two words is word equality.
        CmpOp::Eq | CmpOp::Is | CmpOp::In => IntCC::Equal,
        CmpOp::Ne | CmpOp::IsNot | CmpOp::NotIn => IntCC::NotEqual,
    }
}

fn float_cc(op: CmpOp) -> FloatCC {
    match op {
        CmpOp::Lt => FloatCC::LessThan,
        CmpOp::Le => FloatCC::LessThanOrEqual,
        CmpOp::Gt => FloatCC::GreaterThan,
        CmpOp::Ge => FloatCC::GreaterThanOrEqual,
        // Lowering boxes operands of `is`; these arms are never used for it.
        CmpOp::Eq | CmpOp::Is | CmpOp::In => FloatCC::Equal,
        CmpOp::Ne | CmpOp::IsNot | CmpOp::NotIn => FloatCC::NotEqual,
    }
}

/// The runtime's float operation for `op` (the ones that can raise).
/// The generic operator of a float operation.
fn binop_of(op: FloatOp) -> BinOp {
    match op {
        FloatOp::Add => BinOp::Add,
        FloatOp::Sub => BinOp::Sub,
        FloatOp::Mul => BinOp::Mul,
        FloatOp::Div => BinOp::TrueDiv,
        FloatOp::FloorDiv => BinOp::FloorDiv,
        FloatOp::Mod => BinOp::Mod,
        FloatOp::Pow => BinOp::Pow,
    }
}

pub(crate) fn float_entry(op: FloatOp) -> Rt {
    match op {
        FloatOp::FloorDiv => Rt::FloatFloordiv,
        FloatOp::Mod => Rt::FloatMod,
        FloatOp::Div => Rt::FloatTruediv,
        _ => Rt::FloatPow,
    }
}

/// The runtime's rich comparison for `op`.
pub(crate) fn cmp_entry(op: CmpOp) -> Rt {
    match op {
        // Lowering emits `Op::Is` for identity and calls `molt_contains` for
        // membership; these arms are never used for them.
        CmpOp::Is | CmpOp::In => Rt::CmpEq,
        CmpOp::IsNot | CmpOp::NotIn => Rt::CmpNe,
        op => Rt::compare(op).unwrap_or(Rt::CmpEq),
    }
}

impl Tx<'_, '_> {
    fn run(&mut self) -> Result<(), CodegenError> {
        for l in &self.f.locals {
            let v = self.b.declare_var(cl_ty(l.ty));
            self.vars.push(v);
        }
        for _ in &self.f.blocks {
            let blk = self.b.create_block();
            self.blocks.push(blk);
        }
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        for (p, v) in self.f.params.iter().zip(params.iter()) {
            self.b.def_var(self.vars[p.index()], *v);
        }
        self.depth = if self.f.is_module {
            Some(self.iconst(I64, 0))
        } else {
            params.last().copied()
        };
        if self.f.is_module {
            self.module_prologue()?;
        } else if self.raw {
            self.raw_prologue();
        } else {
            self.depth_prologue()?;
        }
        self.load_float_constants()?;
        let first = self.blocks[0];
        self.b.ins().jump(first, &[]);
        for bi in 0..self.f.blocks.len() {
            self.b.switch_to_block(self.blocks[bi]);
            self.ranges = self.entry_ranges[bi].clone();
            self.nonzero_floats.clear();
            self.const_block.clear();
            let block = &self.f.blocks[bi];
            for inst in &block.insts {
                if self.raw {
                    self.raw_inst(inst)?;
                } else {
                    self.inst(inst)?;
                }
                ranges::transfer(self.f, inst, &mut self.ranges);
                if let Some(d) = inst.dst {
                    match inst.op {
                        Op::ConstInt(c) => self.const_block.insert(d, c),
                        _ => self.const_block.remove(&d),
                    };
                }
                if !self.in_loop[bi] {
                    self.pin_outside_loops(inst);
                }
            }
            if self.raw {
                self.raw_term(&block.term)?;
            } else {
                self.term(&block.term)?;
            }
        }
        self.finish_bail_block();
        Ok(())
    }

    // ---- symbols -------------------------------------------------------

    fn runtime(&mut self, f: Rt) -> Result<FuncRef, CodegenError> {
        let name = f.symbol();
        if let Some(r) = self.func_refs.get(name) {
            return Ok(*r);
        }
        let id = match self.syms.runtime.get(name) {
            Some(id) => *id,
            None => {
                let (params, ret) = abi::signature(f);
                let sig = ret_sig(self.syms.call_conv, &params, ret);
                let id = self
                    .module
                    .declare_function(name, Linkage::Import, &sig)
                    .map_err(err)?;
                self.syms.runtime.insert(name, id);
                id
            }
        };
        let r = self.module.declare_func_in_func(id, self.b.func);
        self.func_refs.insert(name.to_string(), r);
        Ok(r)
    }

    /// Calls runtime entry `f` (its types come from `molt-abi`'s table).
    pub(crate) fn call_rt(&mut self, f: Rt, args: &[Value]) -> Result<Option<Value>, CodegenError> {
        let r = self.runtime(f)?;
        let call = self.b.ins().call(r, args);
        Ok(self.b.inst_results(call).first().copied())
    }

    /// [`Self::call_rt`] for an entry that returns a result.
    fn call_rt1(&mut self, f: Rt, args: &[Value]) -> Result<Value, CodegenError> {
        self.call_rt(f, args)?
            .ok_or_else(|| CodegenError(format!("{} has no result", f.symbol())))
    }

    /// Calls runtime function `name` through a generated wrapper that
    /// preserves every register (see `cold.rs`), so that a slow path in a
    /// loop does not force the loop's values out of registers. The result, if
    /// any, comes back through a stack slot.
    fn call_cold(&mut self, f: Rt, args: &[Value]) -> Result<Option<Value>, CodegenError> {
        let key = format!("cold:{}", f.symbol());
        let (_, ret) = abi::signature(f);
        let fref = match self.func_refs.get(&key) {
            Some(r) => *r,
            None => {
                let id = crate::cold::wrapper(self.module, self.syms, f)?;
                let r = self.module.declare_func_in_func(id, self.b.func);
                self.func_refs.insert(key, r);
                r
            }
        };
        let mut vals = args.to_vec();
        let slot = ret.map(|_| {
            self.b
                .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3))
        });
        if let Some(slot) = slot {
            let addr = self.b.ins().stack_addr(I64, slot, 0);
            vals.push(addr);
        }
        self.b.ins().call(fref, &vals);
        Ok(match (slot, ret) {
            (Some(slot), Some(t)) => Some(self.b.ins().stack_load(I64, t, slot, 0)),
            _ => None,
        })
    }

    /// [`Self::call_cold`] for an entry that returns a result.
    fn call_cold1(&mut self, f: Rt, args: &[Value]) -> Result<Value, CodegenError> {
        self.call_cold(f, args)?
            .ok_or_else(|| CodegenError(format!("{} has no result", f.symbol())))
    }

    /// The `FuncRef` of a compiled function (declared once per function).
    fn func_ref(&mut self, id: cranelift_module::FuncId, key: &str) -> FuncRef {
        if let Some(r) = self.func_refs.get(key) {
            return *r;
        }
        let r = self.module.declare_func_in_func(id, self.b.func);
        self.func_refs.insert(key.to_string(), r);
        r
    }

    fn data_addr(&mut self, id: DataId) -> Value {
        let gv = match self.data_refs.get(&id) {
            Some(g) => *g,
            None => {
                let g = self.module.declare_data_in_func(id, self.b.func);
                self.data_refs.insert(id, g);
                g
            }
        };
        self.b.ins().symbol_value(I64, gv)
    }

    fn use_var(&mut self, l: Local) -> Value {
        self.b.use_var(self.vars[l.index()])
    }

    fn def_var(&mut self, l: Local, v: Value) {
        self.b.def_var(self.vars[l.index()], v);
    }

    fn iconst(&mut self, ty: types::Type, v: i64) -> Value {
        self.b.ins().iconst(ty, v)
    }

    // ---- prologues and exits ---------------------------------------------

    fn module_prologue(&mut self) -> Result<(), CodegenError> {
        let (pid, plen) = self.syms.source_path;
        let addr = self.data_addr(pid);
        let len = self.iconst(I64, plen as i64);
        self.call_rt(Rt::SetMainFile, &[addr, len])?;
        if !self.prog.consts.is_empty() {
            let table = self.data_addr(self.syms.const_table);
            let n = self.iconst(I64, self.prog.consts.len() as i64);
            self.call_rt(Rt::InitConsts, &[table, n])?;
        }
        Ok(())
    }

    /// Raises RecursionError when this frame is one too many (CPython's
    /// limit of 1000 counts the module frame). The depth travels in a
    /// register, so the check costs a compare and a branch.
    /// Cranelift's optimiser places a pure value at its uses and may sink a
    /// loop-invariant float computation (`h = 1.0 / n`) into the loop that
    /// uses it. A store, which cannot move, of a float computed outside any
    /// loop pins it where the program computes it.
    fn pin_outside_loops(&mut self, inst: &mir::Inst) {
        let Some(d) = inst.dst else { return };
        if self.local_ty(d) != Ty::Float
            || matches!(inst.op, Op::ConstFloat(_) | Op::ConstUnbound | Op::Copy(_))
        {
            return;
        }
        if self.b.is_unreachable() {
            return;
        }
        let slot = match self.pin_slot {
            Some(s) => s,
            None => {
                let s = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    8,
                    3,
                ));
                self.pin_slot = Some(s);
                s
            }
        };
        let v = self.use_var(d);
        self.b.ins().stack_store(I64, v, slot, 0);
    }

    /// Loads the float constants used in loops from read-only data in the
    /// entry block. As `f64const`s, Cranelift would rematerialise them at
    /// each use, and a loop-invariant expression using one (`h = 1.0 / n`)
    /// would then be computed again on every iteration of the loop that uses
    /// it. Constants used only outside loops stay `f64const`s: loaded at the
    /// entry they would all be live through the whole function (thousands
    /// in a big list display, which register allocation pays for).
    fn load_float_constants(&mut self) -> Result<(), CodegenError> {
        let mut seen = Vec::new();
        let mut known = std::collections::HashSet::new();
        for (b, block) in self.f.blocks.iter().enumerate() {
            if !self.in_loop[b] {
                continue;
            }
            for inst in &block.insts {
                if let Op::ConstFloat(x) = inst.op {
                    if known.insert(x.to_bits()) {
                        seen.push(x.to_bits());
                    }
                }
            }
        }
        for bits in seen {
            let id = match self.syms.float_pool.get(&bits) {
                Some(id) => *id,
                None => {
                    let name = format!("molt_f64_{bits:016x}");
                    let id = self
                        .module
                        .declare_data(&name, Linkage::Local, false, false)
                        .map_err(err)?;
                    let mut d = cranelift_module::DataDescription::new();
                    d.define(bits.to_le_bytes().to_vec().into_boxed_slice());
                    d.set_align(8);
                    self.module.define_data(id, &d).map_err(err)?;
                    self.syms.float_pool.insert(bits, id);
                    id
                }
            };
            let addr = self.data_addr(id);
            let v = self.b.ins().load(F64, MemFlagsData::trusted(), addr, 0);
            self.float_consts.insert(bits, v);
        }
        Ok(())
    }

    fn depth_prologue(&mut self) -> Result<(), CodegenError> {
        let Some(d) = self.depth else { return Ok(()) };
        let over = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThan, d, abi::MAX_FRAMES);
        let (bad, good) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(over, bad, &[], good, &[]);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        self.call_rt1(Rt::RaiseRecursion, &[])?;
        let sentinel = self.error_sentinel(self.f.ret);
        self.b.ins().return_(&[sentinel]);
        self.b.switch_to_block(good);
        Ok(())
    }

    fn error_sentinel(&mut self, t: Ty) -> Value {
        match t {
            Ty::Int | Ty::Obj => self.iconst(I64, 0),
            Ty::Bool => self.iconst(I8, abi::ERROR_BOOL),
            Ty::Float => self.b.ins().f64const(f64::from_bits(abi::FLOAT_ERROR_BITS)),
        }
    }

    fn term(&mut self, t: &Term) -> Result<(), CodegenError> {
        match t {
            Term::Goto(b) => {
                let blk = self.blocks[b.index()];
                self.b.ins().jump(blk, &[]);
            }
            Term::Branch(c, x, y) => {
                let cv = self.use_var(*c);
                let (bx, by) = (self.blocks[x.index()], self.blocks[y.index()]);
                self.b.ins().brif(cv, bx, &[], by, &[]);
            }
            Term::Return(v) => {
                let val = self.use_var(*v);
                self.b.ins().return_(&[val]);
            }
            Term::Unwind { line } => {
                // Line 0: a wrapper that is not a Python frame.
                if *line != 0 {
                    let (nid, nlen) = self.syms.func_names[self.fidx];
                    let name = self.data_addr(nid);
                    let len = self.iconst(I64, nlen as i64);
                    let line = self.iconst(I32, i64::from(*line));
                    self.call_rt(Rt::TbPush, &[name, len, line])?;
                }
                let s = self.error_sentinel(self.f.ret);
                self.b.ins().return_(&[s]);
            }
            Term::Unreachable => {
                self.b
                    .ins()
                    .trap(TrapCode::user(1).ok_or_else(|| CodegenError("trap code".into()))?);
            }
        }
        Ok(())
    }

    // ---- error checks ------------------------------------------------------

    /// Continues in a fresh block when `failed` is false, else at `unwind`.
    fn branch_on_error(&mut self, failed: Value, unwind: Block) {
        let cont = self.b.create_block();
        let target = self.blocks[unwind.index()];
        self.b.ins().brif(failed, target, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Checks a result of representation `t` for the error sentinel.
    fn check_result(&mut self, v: Value, t: Ty, unwind: Option<Block>) -> Result<(), CodegenError> {
        let Some(u) = unwind else { return Ok(()) };
        match t {
            Ty::Int | Ty::Obj => {
                let failed = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
                self.branch_on_error(failed, u);
            }
            Ty::Bool => {
                let failed = self.b.ins().icmp_imm_s(IntCC::Equal, v, abi::ERROR_BOOL);
                self.branch_on_error(failed, u);
            }
            Ty::Float => {
                let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), v);
                let maybe =
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, bits, abi::FLOAT_ERROR_BITS as i64);
                let (check, cont) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(maybe, check, &[], cont, &[]);
                self.b.set_cold_block(check);
                self.b.switch_to_block(check);
                let e = self.call_cold1(Rt::ErrOccurred, &[])?;
                let target = self.blocks[u.index()];
                self.b.ins().brif(e, target, &[], cont, &[]);
                self.b.switch_to_block(cont);
            }
        }
        Ok(())
    }

    fn always_raise(&mut self, unwind: Option<Block>) {
        match unwind {
            Some(u) => {
                let target = self.blocks[u.index()];
                self.b.ins().jump(target, &[]);
            }
            None => {
                // Only reached for malformed MIR; the verifier rejects it.
                if let Some(code) = TrapCode::user(2) {
                    self.b.ins().trap(code);
                }
            }
        }
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    // ---- reference counting -------------------------------------------------

    fn is_heap(&mut self, v: Value) -> Value {
        let tag = self.b.ins().band_imm_s(v, 7);
        self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0)
    }

    fn incref(&mut self, v: Value) {
        let heap = self.is_heap(v);
        let (inc, done) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(heap, inc, &[], done, &[]);
        self.b.switch_to_block(inc);
        let rc = self.b.ins().load(I64, MemFlagsData::trusted(), v, 0);
        let rc1 = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(MemFlagsData::trusted(), rc1, v, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn decref(&mut self, v: Value) -> Result<(), CodegenError> {
        let heap = self.is_heap(v);
        let (dec, free, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.ins().brif(heap, dec, &[], done, &[]);
        self.b.switch_to_block(dec);
        let rc = self.b.ins().load(I64, MemFlagsData::trusted(), v, 0);
        let rc1 = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(MemFlagsData::trusted(), rc1, v, 0);
        self.b.ins().brif(rc1, done, &[], free, &[]);
        self.b.set_cold_block(free);
        self.b.switch_to_block(free);
        if self.has_floats {
            // Keep the loop's float registers: a register-preserving call.
            self.call_cold(Rt::Dealloc, &[v])?;
        } else {
            // No float values to keep: a plain call, which saves only what
            // is live instead of every register (the XMM file included).
            self.call_rt(Rt::Dealloc, &[v])?;
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        Ok(())
    }

    // ---- instructions ---------------------------------------------------------

    /// The value range of an int local at the current instruction.
    fn range(&self, l: Local) -> Range {
        if self.local_ty(l) == Ty::Int {
            self.ranges.get(l)
        } else {
            Range::TOP
        }
    }

    /// Whether an int local certainly holds a small int here.
    fn known_small(&self, l: Local) -> bool {
        self.const_of(l).is_some() || self.range(l).is_small()
    }

    fn local_ty(&self, l: Local) -> Ty {
        self.f.locals[l.index()].ty
    }

    fn set(&mut self, dst: Option<Local>, v: Value) {
        if let Some(d) = dst {
            self.def_var(d, v);
        }
    }

    fn inst(&mut self, inst: &mir::Inst) -> Result<(), CodegenError> {
        if let Some(d) = inst.dst {
            self.nonzero_floats.retain(|&l| l != d);
        }
        let dst = inst.dst;
        let unwind = inst.unwind;
        let released: Vec<Local> = inst
            .releases
            .iter()
            .copied()
            .filter(|l| !self.known_small(*l))
            .collect();
        self.releases = released.into_iter().map(|l| self.use_var(l)).collect();
        match &inst.op {
            Op::ConstInt(i) => {
                let v = self.iconst(I64, (i << 1) | 1);
                self.set(dst, v);
            }
            Op::ConstFloat(x) => {
                let v = match self.float_consts.get(&x.to_bits()) {
                    Some(v) => *v,
                    None => self.b.ins().f64const(*x),
                };
                self.set(dst, v);
            }
            Op::ConstBool(x) => {
                let v = self.iconst(I8, i64::from(*x));
                self.set(dst, v);
            }
            Op::ConstNone => {
                let v = self.iconst(I64, abi::NONE as i64);
                self.set(dst, v);
            }
            Op::ConstUnbound => {
                if let Some(d) = dst {
                    let v = self.unbound_value(self.local_ty(d));
                    self.def_var(d, v);
                }
            }
            Op::Const(c) => {
                let addr = self.data_addr(self.syms.consts[c.index()]);
                let v = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
                self.set(dst, v);
            }
            Op::Copy(l) => {
                let v = self.use_var(*l);
                self.set(dst, v);
            }
            Op::Int(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let known = (self.known_small(*a), self.known_small(*b));
                let divisor = self.const_of(*b);
                let result = ranges::int_op_range(*op, self.range(*a), self.range(*b));
                let v = if known.0
                    && known.1
                    && result.is_small()
                    && matches!(op, IntOp::Add | IntOp::Sub | IntOp::Mul)
                {
                    // Both operands small and the result provably small: plain
                    // tagged arithmetic, no test, no overflow check.
                    self.tagged_unchecked(*op, x, y)
                } else {
                    self.int_op(*op, x, y, known, divisor, unwind)?
                };
                self.set(dst, v);
            }
            Op::IntTrueDiv(a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let r = self.call_rt1(Rt::TrueDiv, &[x, y])?;
                self.check_result(r, Ty::Obj, unwind)?;
                let f = self.float_payload(r);
                self.decref(r)?;
                self.set(dst, f);
            }
            Op::IntNeg(a) => {
                let x = self.use_var(*a);
                let v = self.int_neg(x, unwind)?;
                self.set(dst, v);
            }
            Op::IntInvert(a) => {
                let x = self.use_var(*a);
                let v = self.int_fast_or_call(&[x], Rt::Invert, unwind, |tx| {
                    tx.b.ins().bxor_imm_s(x, -2)
                })?;
                self.set(dst, v);
            }
            Op::IntCmp(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let known = (self.known_small(*a), self.known_small(*b));
                let v = self.int_cmp(*op, x, y, known)?;
                self.set(dst, v);
            }
            Op::BoolToInt(a) => {
                let x = self.use_var(*a);
                let w = self.b.ins().uextend(I64, x);
                let s = self.b.ins().ishl_imm_u(w, 1);
                let v = self.b.ins().bor_imm_s(s, 1);
                self.set(dst, v);
            }
            Op::IntToFloat(a) => {
                let x = self.use_var(*a);
                let v = self.int_to_float(x, unwind)?;
                self.set(dst, v);
                let r = self.range(*a);
                if let Some(d) = dst.filter(|_| r.lo > 0 || r.hi < 0) {
                    self.nonzero_floats.push(d);
                }
            }
            Op::FloatObj(op, a, b) => {
                let v = self.float_obj_op(*op, *a, *b, unwind)?;
                self.set(dst, v);
            }
            Op::Float(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let v = if *op == FloatOp::Div && self.nonzero_floats.contains(b) {
                    self.b.ins().fdiv(x, y)
                } else {
                    self.float_op(*op, x, y, unwind)?
                };
                self.set(dst, v);
            }
            Op::FloatNeg(a) => {
                let x = self.use_var(*a);
                let v = self.b.ins().fneg(x);
                self.set(dst, v);
            }
            Op::FloatAbs(a) => {
                let x = self.use_var(*a);
                let v = self.b.ins().fabs(x);
                self.set(dst, v);
            }
            Op::FloatCmp(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let v = self.b.ins().fcmp(float_cc(*op), x, y);
                self.set(dst, v);
            }
            Op::BoolNot(a) => {
                let x = self.use_var(*a);
                let v = self.b.ins().bxor_imm_s(x, 1);
                self.set(dst, v);
            }
            Op::BoolBit(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let v = match op {
                    IntOp::Or => self.b.ins().bor(x, y),
                    IntOp::Xor => self.b.ins().bxor(x, y),
                    _ => self.b.ins().band(x, y),
                };
                self.set(dst, v);
            }
            Op::BoxFloat(a) => {
                let x = self.use_var(*a);
                let v = self.call_rt1(Rt::FloatNew, &[x])?;
                self.set(dst, v);
            }
            Op::BoxBool(a) => {
                let x = self.use_var(*a);
                let t = self.iconst(I64, abi::TRUE as i64);
                let f = self.iconst(I64, abi::FALSE as i64);
                let v = self.b.ins().select(x, t, f);
                self.set(dst, v);
            }
            Op::FloatPayload(a) => {
                let x = self.use_var(*a);
                let v = self.float_payload(x);
                self.set(dst, v);
            }
            Op::IsTrueObj(a) => {
                let x = self.use_var(*a);
                let v = self.b.ins().icmp_imm_s(IntCC::Equal, x, abi::TRUE as i64);
                self.set(dst, v);
            }
            Op::ObjBin(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let r = self.obj_binop(*op, x, y, unwind)?;
                self.set(dst, r);
            }
            Op::ObjUnary(k, a) => {
                let x = self.use_var(*a);
                let f = [Rt::Neg, Rt::Pos, Rt::Invert][usize::from(*k) % 3];
                let r = self.call_rt1(f, &[x])?;
                self.check_result(r, Ty::Obj, unwind)?;
                self.set(dst, r);
            }
            Op::ObjCmp(op, a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let v = self.obj_cmp(*op, x, y, unwind)?;
                self.set(dst, v);
            }
            Op::Truthy(a) => {
                let x = self.use_var(*a);
                let v = self.obj_truth(x, unwind)?;
                self.set(dst, v);
            }
            Op::Is(a, b) => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let v = self.b.ins().icmp(IntCC::Equal, x, y);
                self.set(dst, v);
            }
            Op::Call(fid, args) => {
                let id = self.syms.funcs[fid.index()];
                let fref = self.func_ref(id, &format!("fn{}", fid.0));
                let d = self.depth.ok_or_else(|| CodegenError("no depth".into()))?;
                let d1 = self.b.ins().iadd_imm_s(d, 1);
                let r = if self.syms.raw_funcs[fid.index()].is_some() {
                    self.speculative_call(*fid, args, fref, d1)?
                } else {
                    let mut vals: Vec<Value> = args.iter().map(|a| self.use_var(*a)).collect();
                    vals.push(d1);
                    let call = self.b.ins().call(fref, &vals);
                    self.b.inst_results(call)[0]
                };
                let rty = self.prog.funcs[fid.index()].ret;
                self.check_result(r, rty, unwind)?;
                self.set(dst, r);
            }
            Op::Rt(f, args) => {
                let v = self.rt(*f, args, unwind)?;
                self.set(dst, v);
            }
            // Only for the range analysis.
            Op::CounterBound(..) => {}
            Op::CheckDepth => {
                // An inlined call's entry check: the callee would run at
                // depth + 1.
                let d = self.depth.ok_or_else(|| CodegenError("no depth".into()))?;
                let over =
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, d, abi::MAX_FRAMES);
                let (bad, good) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(over, bad, &[], good, &[]);
                self.b.set_cold_block(bad);
                self.b.switch_to_block(bad);
                self.call_rt1(Rt::RaiseRecursion, &[])?;
                self.always_raise(unwind);
                self.b.ins().jump(good, &[]);
                self.b.switch_to_block(good);
            }
            Op::TbPush(f, line) => {
                let (nid, nlen) = self.syms.func_names[f.index()];
                let name = self.data_addr(nid);
                let len = self.iconst(I64, nlen as i64);
                let line = self.iconst(I32, i64::from(*line));
                self.call_rt(Rt::TbPush, &[name, len, line])?;
            }
            Op::ListLen(l) => {
                let v = self.list_len(*l);
                self.set(dst, v);
            }
            Op::SeqLenIs(l, n) => {
                let v = self.seq_len_is(*l, *n);
                self.set(dst, v);
            }
            Op::SeqItem(l, k) => {
                let v = self.seq_item(*l, *k);
                self.set(dst, v);
            }
            Op::StrLen(s) => {
                let v = self.str_len(*s);
                self.set(dst, v);
            }
            Op::ListGet(l, i) => {
                let t = dst.map(|d| self.local_ty(d)).unwrap_or(Ty::Obj);
                let v = self.list_get(*l, *i, t, unwind)?;
                self.set(dst, v);
            }
            Op::ListSet(l, i, v) => self.list_set(*l, *i, *v, unwind)?,
            Op::ListSetFloat(l, i, v) => self.list_set_float(*l, *i, *v, unwind)?,
            Op::FuncRef(w, env) => {
                // molt_func_new(code, nparams, name, name_len, env, env_len, min_args)
                let id = self.syms.funcs[w.index()];
                let fref = self.func_ref(id, &format!("fn{}", w.0));
                let code = self.b.ins().func_addr(I64, fref);
                let total = self.prog.funcs[w.index()].params.len();
                let n = self.iconst(I64, (total - env.len()) as i64);
                let (nid, _) = self.syms.func_names[w.index()];
                let name = self.data_addr(nid);
                // The name, a NUL, the parameter names (see lib.rs).
                let wf = &self.prog.funcs[w.index()];
                let blob_len = wf.name.len()
                    + 1
                    + wf.params
                        .iter()
                        .map(|l| wf.locals[l.index()].name.as_deref().unwrap_or("?").len() + 1)
                        .sum::<usize>()
                        .saturating_sub(1);
                let len = self.iconst(I64, blob_len as i64);
                let (eptr, en) = self.array(env);
                let min = self.iconst(I64, self.prog.funcs[w.index()].min_args as i64);
                let r = self.call_rt1(Rt::FuncNew, &[code, n, name, len, eptr, en, min])?;
                self.check_result(r, Ty::Obj, unwind)?;
                self.set(dst, r);
            }
            Op::Print(args, sep, end) => {
                let (ptr, n) = self.array(args);
                let sep = match sep {
                    Some(s) => self.use_var(*s),
                    None => self.iconst(I64, abi::UNBOUND as i64),
                };
                let end = match end {
                    Some(s) => self.use_var(*s),
                    None => self.iconst(I64, abi::UNBOUND as i64),
                };
                let r = self.call_rt1(Rt::Print, &[ptr, n, sep, end])?;
                self.check_result(r, Ty::Obj, unwind)?;
                self.set(dst, r);
            }
            Op::LoadGlobal(g) => {
                let addr = self.data_addr(self.syms.globals[g.index()]);
                let t = cl_ty(self.prog.globals[g.index()].ty);
                let v = self.b.ins().load(t, MemFlagsData::trusted(), addr, 0);
                self.set(dst, v);
            }
            Op::StoreGlobal(g, v) => {
                let addr = self.data_addr(self.syms.globals[g.index()]);
                let gty = self.prog.globals[g.index()].ty;
                let val = self.use_var(*v);
                if gty.is_refcounted() {
                    let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
                    self.b.ins().store(MemFlagsData::trusted(), val, addr, 0);
                    self.decref(old)?;
                } else {
                    self.b.ins().store(MemFlagsData::trusted(), val, addr, 0);
                }
            }
            Op::IncRef(a) => {
                if self.local_ty(*a).is_refcounted() && !self.known_small(*a) {
                    let x = self.use_var(*a);
                    self.incref(x);
                }
            }
            Op::DecRef(a) => {
                if self.local_ty(*a).is_refcounted() && !self.known_small(*a) {
                    let x = self.use_var(*a);
                    self.decref(x)?;
                }
            }
            Op::CheckBound(a, kind, msg) => {
                let x = self.use_var(*a);
                let unbound = self.is_unbound(x, self.local_ty(*a));
                let (bad, ok) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(unbound, bad, &[], ok, &[]);
                self.b.set_cold_block(bad);
                self.b.switch_to_block(bad);
                self.raise(*kind as u32, msg)?;
                self.always_raise(unwind);
                self.b.ins().jump(ok, &[]);
                self.b.switch_to_block(ok);
            }
            Op::Raise(kind, msg) => {
                self.raise(*kind as u32, msg)?;
                self.always_raise(unwind);
            }
            Op::RaiseAssert(m) => {
                let v = match m {
                    Some(l) => self.use_var(*l),
                    None => self.iconst(I64, abi::UNBOUND as i64),
                };
                self.call_rt1(Rt::RaiseAssertion, &[v])?;
                self.always_raise(unwind);
            }
        }
        Ok(())
    }

    fn unbound_value(&mut self, t: Ty) -> Value {
        match t {
            Ty::Int | Ty::Obj => self.iconst(I64, abi::UNBOUND as i64),
            Ty::Bool => self.iconst(I8, abi::UNBOUND_BOOL),
            Ty::Float => self.b.ins().f64const(f64::from_bits(abi::UNBOUND_F64_BITS)),
        }
    }

    fn is_unbound(&mut self, v: Value, t: Ty) -> Value {
        match t {
            Ty::Int | Ty::Obj => self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, v, abi::UNBOUND as i64),
            Ty::Bool => self.b.ins().icmp_imm_s(IntCC::Equal, v, abi::UNBOUND_BOOL),
            Ty::Float => {
                let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), v);
                self.b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, bits, abi::UNBOUND_F64_BITS as i64)
            }
        }
    }

    /// Raises `kind(msg)` through the runtime (the message is static data).
    fn raise(&mut self, kind: u32, msg: &str) -> Result<(), CodegenError> {
        let name = format!(
            "molt_msg_{}_{}",
            self.fidx,
            self.module.declarations().get_data_objects().count()
        );
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(err)?;
        let mut d = cranelift_module::DataDescription::new();
        d.define(msg.as_bytes().to_vec().into_boxed_slice());
        self.module.define_data(id, &d).map_err(err)?;
        let addr = self.data_addr(id);
        let k = self.iconst(I32, i64::from(kind));
        let len = self.iconst(I64, msg.len() as i64);
        self.call_rt1(Rt::RaiseMsg, &[k, addr, len])?;
        Ok(())
    }

    /// Spills `args` into a stack array; returns (pointer, count).
    fn array(&mut self, args: &[Local]) -> (Value, Value) {
        let size = (args.len().max(1) * 8) as u32;
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            3,
        ));
        for (i, a) in args.iter().enumerate() {
            let v = self.use_var(*a);
            self.b.ins().stack_store(I64, v, slot, (i * 8) as i32);
        }
        let ptr = self.b.ins().stack_addr(I64, slot, 0);
        let n = self.iconst(I64, args.len() as i64);
        (ptr, n)
    }

    fn rt(&mut self, f: Rt, args: &[Local], unwind: Option<Block>) -> Result<Value, CodegenError> {
        let sig = f.sig();
        let r = if sig.varargs {
            let (ptr, n) = self.array(args);
            self.call_rt1(f, &[ptr, n])?
        } else {
            let vals: Vec<Value> = args.iter().map(|a| self.use_var(*a)).collect();
            self.call_rt1(f, &vals)?
        };
        self.check_result(r, sig.ret, unwind)?;
        Ok(r)
    }

    /// `x op y` on two objects: two small ints inline (overflow goes to the
    /// int runtime), two floats inline for `+ - * /` (boxing the result),
    /// anything else through the generic operator.
    fn obj_binop(
        &mut self,
        op: BinOp,
        x: Value,
        y: Value,
        unwind: Option<Block>,
    ) -> Result<Value, CodegenError> {
        let int_op = match op {
            BinOp::Add => Some(IntOp::Add),
            BinOp::Sub => Some(IntOp::Sub),
            BinOp::Mul => Some(IntOp::Mul),
            BinOp::FloorDiv => Some(IntOp::FloorDiv),
            BinOp::Mod => Some(IntOp::Mod),
            BinOp::BitAnd => Some(IntOp::And),
            BinOp::BitOr => Some(IntOp::Or),
            BinOp::BitXor => Some(IntOp::Xor),
            _ => None,
        };
        let float_op = match op {
            BinOp::Add => Some(FloatOp::Add),
            BinOp::Sub => Some(FloatOp::Sub),
            BinOp::Mul => Some(FloatOp::Mul),
            BinOp::TrueDiv => Some(FloatOp::Div),
            _ => None,
        };
        if int_op.is_none() && float_op.is_none() {
            let r = self.call_rt1(Rt::binop(op), &[x, y])?;
            self.check_result(r, Ty::Obj, unwind)?;
            return Ok(r);
        }
        let (generic, done) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(done, I64);
        if let Some(iop) = int_op {
            let (ints, other) = (self.b.create_block(), self.b.create_block());
            let small = self.both_small(x, y);
            self.b.ins().brif(small, ints, &[], other, &[]);
            self.b.switch_to_block(ints);
            let r = self.int_op(iop, x, y, (true, true), None, unwind)?;
            self.b.ins().jump(done, &[r.into()]);
            self.b.switch_to_block(other);
        }
        match float_op {
            Some(fop) => {
                let (px, py) = self.both_floats(x, y, generic);
                let f = self.float_op(fop, px, py, unwind)?;
                let r = self.call_rt1(Rt::FloatNew, &[f])?;
                self.b.ins().jump(done, &[r.into()]);
            }
            None => {
                self.b.ins().jump(generic, &[]);
            }
        }
        self.b.switch_to_block(generic);
        let r = self.call_rt1(Rt::binop(op), &[x, y])?;
        self.check_result(r, Ty::Obj, unwind)?;
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// A rich comparison of two objects → `bool`: two small ints compare
    /// their tagged words (tagging keeps the order), two floats inline,
    /// anything else through the generic comparison.
    fn obj_cmp(
        &mut self,
        op: CmpOp,
        x: Value,
        y: Value,
        unwind: Option<Block>,
    ) -> Result<Value, CodegenError> {
        if !matches!(
            op,
            CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge | CmpOp::Eq | CmpOp::Ne
        ) {
            let r = self.call_rt1(cmp_entry(op), &[x, y])?;
            self.check_result(r, Ty::Obj, unwind)?;
            return Ok(self.b.ins().icmp_imm_s(IntCC::Equal, r, abi::TRUE as i64));
        }
        let (ints, other, generic, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(done, I8);
        let small = self.both_small(x, y);
        self.b.ins().brif(small, ints, &[], other, &[]);
        self.b.switch_to_block(ints);
        let v = self.b.ins().icmp(int_cc(op), x, y);
        self.b.ins().jump(done, &[v.into()]);

        self.b.switch_to_block(other);
        let (px, py) = self.both_floats(x, y, generic);
        let v = self.b.ins().fcmp(float_cc(op), px, py);
        self.b.ins().jump(done, &[v.into()]);

        self.b.switch_to_block(generic);
        let r = self.call_rt1(cmp_entry(op), &[x, y])?;
        self.check_result(r, Ty::Obj, unwind)?;
        let v = self.b.ins().icmp_imm_s(IntCC::Equal, r, abi::TRUE as i64);
        self.b.ins().jump(done, &[v.into()]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// The truth of an object → `bool`: small ints, `True`, `False` and
    /// `None` inline, anything on the heap through the runtime.
    fn obj_truth(&mut self, x: Value, unwind: Option<Block>) -> Result<Value, CodegenError> {
        let (small_b, other, imm, heap_b, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(done, I8);
        let small = self.b.ins().band_imm_s(x, 1);
        self.b.ins().brif(small, small_b, &[], other, &[]);
        self.b.switch_to_block(small_b);
        // The tagged zero is 1.
        let v = self.b.ins().icmp_imm_s(IntCC::NotEqual, x, 1);
        self.b.ins().jump(done, &[v.into()]);
        self.b.switch_to_block(other);
        let heap = self.is_heap(x);
        self.b.ins().brif(heap, heap_b, &[], imm, &[]);
        self.b.switch_to_block(imm);
        // The other immediates are True, False and None.
        let v = self.b.ins().icmp_imm_s(IntCC::Equal, x, abi::TRUE as i64);
        self.b.ins().jump(done, &[v.into()]);
        self.b.switch_to_block(heap_b);
        let r = self.call_rt1(Rt::IsTrue, &[x])?;
        if let Some(u) = unwind {
            let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
            self.branch_on_error(failed, u);
        }
        let v = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        self.b.ins().jump(done, &[v.into()]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// `f64 op obj` or `obj op f64` whose result sema proved a float: a
    /// float object's payload or a small int converted (as CPython converts
    /// an int operand of a float operation: rounded to nearest) goes to the
    /// inline operation; anything else through the generic operator, whose
    /// result is then a float object.
    fn float_obj_op(
        &mut self,
        op: FloatOp,
        a: Local,
        b: Local,
        unwind: Option<Block>,
    ) -> Result<Value, CodegenError> {
        let obj_left = self.local_ty(a) == Ty::Obj;
        let (o, f) = if obj_left { (a, b) } else { (b, a) };
        let (ov, fv) = (self.use_var(o), self.use_var(f));
        let (kind_b, small_b, load_b, conv_b, compute, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(compute, F64);
        self.b.append_block_param(done, F64);
        let heap = self.is_heap(ov);
        self.b.ins().brif(heap, kind_b, &[], small_b, &[]);

        self.b.switch_to_block(kind_b);
        let is_float = self.kind_is(ov, abi::KIND_FLOAT);
        self.b.ins().brif(is_float, load_b, &[], slow, &[]);
        self.b.switch_to_block(load_b);
        let p = self.float_payload(ov);
        self.b.ins().jump(compute, &[p.into()]);

        // Small ints have the low bit set; every other immediate has it clear.
        self.b.switch_to_block(small_b);
        let tag = self.b.ins().band_imm_s(ov, 1);
        self.b.ins().brif(tag, conv_b, &[], slow, &[]);
        self.b.switch_to_block(conv_b);
        let i = self.b.ins().sshr_imm_s(ov, 1);
        let p = self.b.ins().fcvt_from_sint(F64, i);
        self.b.ins().jump(compute, &[p.into()]);

        self.b.switch_to_block(compute);
        let p = self.b.block_params(compute)[0];
        let (x, y) = if obj_left { (p, fv) } else { (fv, p) };
        let r = self.float_op(op, x, y, unwind)?;
        self.b.ins().jump(done, &[r.into()]);

        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let boxed = self.call_cold1(Rt::FloatNew, &[fv])?;
        let (x, y) = if obj_left { (ov, boxed) } else { (boxed, ov) };
        let r = self.call_cold1(Rt::binop(binop_of(op)), &[x, y])?;
        self.decref(boxed)?;
        self.check_result(r, Ty::Obj, unwind)?;
        let p = self.float_payload(r);
        self.decref(r)?;
        self.b.ins().jump(done, &[p.into()]);

        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    fn float_op(
        &mut self,
        op: FloatOp,
        x: Value,
        y: Value,
        unwind: Option<Block>,
    ) -> Result<Value, CodegenError> {
        Ok(match op {
            FloatOp::Add => self.b.ins().fadd(x, y),
            FloatOp::Sub => self.b.ins().fsub(x, y),
            FloatOp::Mul => self.b.ins().fmul(x, y),
            FloatOp::Div => {
                let zero = self.b.ins().f64const(0.0);
                let nonzero = self.b.ins().fcmp(FloatCC::NotEqual, y, zero);
                self.fast_or_slow(
                    Some(nonzero),
                    F64,
                    |tx| (tx.b.ins().fdiv(x, y), None),
                    |tx| {
                        // Division by zero: the runtime raises ZeroDivisionError.
                        let r = tx.call_cold1(Rt::FloatTruediv, &[x, y])?;
                        tx.check_result(r, Ty::Float, unwind)?;
                        Ok(r)
                    },
                )?
            }
            FloatOp::FloorDiv | FloatOp::Mod | FloatOp::Pow => {
                let r = self.call_rt1(float_entry(op), &[x, y])?;
                self.check_result(r, Ty::Float, unwind)?;
                r
            }
        })
    }
}
