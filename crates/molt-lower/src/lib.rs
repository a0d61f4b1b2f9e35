//! HIR → MIR lowering: sema's typed HIR in, `molt-mir`'s control-flow graph
//! out, with boxing, reference counts and exception edges made explicit.
//!
//! Split by concern: this module holds the per-function state, ownership
//! bookkeeping and unwinding; `expr.rs` lowers expressions and `stmt.rs`
//! statements.
//!
//! Ownership discipline (see ARCHITECTURE.md): locals of refcounted types own
//! one reference, except parameters that are never reassigned, which stay
//! borrowed from the caller. Lowering an expression yields an [`Operand`] that
//! is either owned (a fresh result) or borrowed (a local, a constant). Owned
//! operands still waiting to be consumed are on the `pending` stack, so an
//! exception edge knows exactly what to release.

mod expr;
mod stmt;
#[cfg(test)]
mod tests;
mod zero_float;

use molt_mir::mir::*;
use molt_sema::hir;
use molt_syntax::SourceFile;
use std::collections::HashMap;

/// A lowered value: a local, and whether this use owns a reference to it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Operand {
    pub local: Local,
    pub owned: bool,
}

/// Program-wide state shared by all functions' lowering.
pub(crate) struct ProgramCx<'a> {
    pub hir: &'a hir::Program,
    pub consts: Vec<ConstObj>,
    const_ids: HashMap<String, ConstId>,
    /// Functions used as values, in order of first use; each gets a
    /// boxed-ABI wrapper after the program's functions.
    pub escaped: Vec<FuncId>,
    /// Hidden globals holding constants made on first use (the frozensets
    /// of set displays of constants), after the program's globals.
    pub const_globals: usize,
}

impl ProgramCx<'_> {
    /// A new hidden global for a constant made on first use.
    pub fn const_global(&mut self) -> GlobalId {
        self.const_globals += 1;
        GlobalId((self.hir.globals.len() + self.const_globals - 1) as u32)
    }

    /// The id of the wrapper that makes `f` callable as a value.
    pub fn value_wrapper(&mut self, f: FuncId) -> FuncId {
        let k = match self.escaped.iter().position(|&g| g == f) {
            Some(k) => k,
            None => {
                self.escaped.push(f);
                self.escaped.len() - 1
            }
        };
        FuncId((self.hir.funcs.len() + k) as u32)
    }

    pub fn intern(&mut self, c: ConstObj) -> ConstId {
        let key = format!("{c:?}");
        if let Some(&id) = self.const_ids.get(&key) {
            return id;
        }
        let id = ConstId(self.consts.len() as u32);
        self.consts.push(c);
        self.const_ids.insert(key, id);
        id
    }
}

/// Maps a sema type to its machine representation.
pub fn repr(t: hir::Ty) -> Ty {
    match t {
        hir::Ty::Int => Ty::Int,
        hir::Ty::Float => Ty::Float,
        hir::Ty::Bool => Ty::Bool,
        hir::Ty::Str
        | hir::Ty::None
        | hir::Ty::List(_)
        | hir::Ty::Tuple(_)
        | hir::Ty::Range
        | hir::Ty::TupleOf(_)
        | hir::Ty::Dict(_)
        | hir::Ty::DictView(..)
        | hir::Ty::Dyn
        | hir::Ty::Never => Ty::Obj,
    }
}

/// Lowers a whole typed program.
pub fn lower_program(p: &hir::Program, file: &SourceFile) -> Program {
    let mut cx = ProgramCx {
        hir: p,
        consts: Vec::new(),
        const_ids: HashMap::new(),
        escaped: Vec::new(),
        const_globals: 0,
    };
    let mut funcs: Vec<Function> = p
        .funcs
        .iter()
        .enumerate()
        .map(|(i, f)| FnLower::new(&mut cx, file, f, i == p.main.0 as usize).lower(f))
        .collect();
    let wrappers: Vec<Function> = cx
        .escaped
        .iter()
        .map(|&f| value_wrapper(f, &funcs[f.index()]))
        .collect();
    funcs.extend(wrappers);
    let mut p = Program {
        source_path: p.path.clone(),
        funcs,
        globals: p
            .globals
            .iter()
            .map(|g| GlobalDecl {
                name: g.name.clone(),
                ty: repr(g.ty),
            })
            .chain((0..cx.const_globals).map(|_| GlobalDecl {
                name: "<frozenset constant>".into(),
                ty: Ty::Obj,
            }))
            .collect(),
        consts: cx.consts,
        main: FuncId(p.main.0),
    };
    molt_mir::inline::inline_leaf_calls(&mut p);
    p
}

/// `f` with every parameter and the result boxed: what a function value
/// calls. Its unwind adds no traceback frame (it is not a Python frame).
fn value_wrapper(id: FuncId, f: &Function) -> Function {
    let mut locals: Vec<LocalDecl> = f
        .params
        .iter()
        .map(|p| LocalDecl {
            ty: Ty::Obj,
            name: f.locals[p.index()].name.clone(),
        })
        .collect();
    let params: Vec<Local> = (0..locals.len() as u32).map(Local).collect();
    let mut insts = Vec::new();
    // Arguments in the callee's representations (escaped functions take
    // objects, but keep this general).
    let mut args = Vec::new();
    for (i, p) in f.params.iter().enumerate() {
        let want = f.locals[p.index()].ty;
        if want == Ty::Obj || want == Ty::Int {
            args.push(params[i]);
        } else {
            let l = Local(locals.len() as u32);
            locals.push(LocalDecl {
                ty: want,
                name: None,
            });
            let op = match want {
                Ty::Float => Op::FloatPayload(params[i]),
                _ => Op::IsTrueObj(params[i]),
            };
            insts.push(Inst {
                dst: Some(l),
                op,
                unwind: None,
                releases: Vec::new(),
            });
            args.push(l);
        }
    }
    let r = Local(locals.len() as u32);
    locals.push(LocalDecl {
        ty: f.ret,
        name: None,
    });
    insts.push(Inst {
        dst: Some(r),
        op: Op::Call(id, args),
        unwind: Some(Block(1)),
        releases: Vec::new(),
    });
    let boxed = match f.ret {
        Ty::Float | Ty::Bool | Ty::Int => {
            let b = Local(locals.len() as u32);
            locals.push(LocalDecl {
                ty: Ty::Obj,
                name: None,
            });
            insts.push(Inst {
                dst: Some(b),
                op: match f.ret {
                    Ty::Float => Op::BoxFloat(r),
                    Ty::Bool => Op::BoxBool(r),
                    _ => Op::Copy(r),
                },
                unwind: None,
                releases: Vec::new(),
            });
            b
        }
        _ => r,
    };
    Function {
        name: f.name.clone(),
        params,
        ret: Ty::Obj,
        locals,
        blocks: vec![
            BlockData {
                insts,
                term: Term::Return(boxed),
            },
            BlockData {
                insts: Vec::new(),
                term: Term::Unwind { line: 0 },
            },
        ],
        is_module: false,
        min_args: f.min_args,
    }
}

/// Per-function lowering state.
pub(crate) struct FnLower<'a, 'p> {
    pub cx: &'a mut ProgramCx<'p>,
    pub file: &'a SourceFile,
    pub f: Function,
    pub cur: Block,
    /// HIR local → MIR local.
    pub local_map: Vec<Local>,
    /// MIR locals that own their value (released on exit).
    pub owned_locals: Vec<Local>,
    /// Owned temporaries not yet consumed, innermost last.
    pub pending: Vec<Local>,
    /// (continue target, break target) of enclosing loops.
    pub loops: Vec<(Block, Block)>,
    /// The line of the statement being lowered.
    pub line: u32,
    /// Enclosing `sum`s of float items kept unboxed, innermost last.
    pub float_sums: Vec<expr::FloatSum>,
    /// Int-then-float accumulators (see `zero_float`): HIR local → (the
    /// flag "still the int", the int).
    pub zero_floats: HashMap<hir::LocalId, (Local, i64)>,
    /// The function adds no traceback frame (see `hir::Function`).
    hidden_frame: bool,
    /// Temporaries of finished statements, free for reuse.
    free_temps: Vec<Local>,
    /// Every temporary handed out and not yet recycled, in order.
    temp_log: Vec<Local>,
    /// The base unwind block of each line (see [`Self::unwind_base`]).
    unwind_cache: HashMap<u32, Block>,
    /// `(block, local)` → the block that releases `local`, then goes to `block`.
    unwind_chain: HashMap<(Block, Local), Block>,
    /// The line, pending list and unwind block of the last fallible site.
    last_unwind: Option<(u32, Vec<Local>, Block)>,
}

impl<'a, 'p> FnLower<'a, 'p> {
    fn new(
        cx: &'a mut ProgramCx<'p>,
        file: &'a SourceFile,
        f: &hir::Function,
        is_module: bool,
    ) -> Self {
        let func = Function {
            name: f.name.clone(),
            params: Vec::new(),
            ret: if is_module { Ty::Obj } else { repr(f.ret) },
            locals: Vec::new(),
            blocks: vec![BlockData {
                insts: Vec::new(),
                term: Term::Unreachable,
            }],
            is_module,
            min_args: f.min_args as usize,
        };
        FnLower {
            cx,
            file,
            f: func,
            cur: Block(0),
            local_map: Vec::new(),
            owned_locals: Vec::new(),
            pending: Vec::new(),
            loops: Vec::new(),
            line: file.line_of(f.span.start),
            float_sums: Vec::new(),
            zero_floats: HashMap::new(),
            hidden_frame: f.hidden_frame,
            unwind_cache: HashMap::new(),
            unwind_chain: HashMap::new(),
            free_temps: Vec::new(),
            temp_log: Vec::new(),
            last_unwind: None,
        }
    }

    fn lower(mut self, f: &hir::Function) -> Function {
        let assigned = stmt::assigned_locals(&f.body);
        let zero_floats = zero_float::candidates(f);
        for (i, l) in f.locals.iter().enumerate() {
            let id = hir::LocalId(i as u32);
            if let Some(&c) = zero_floats.get(&id) {
                // An unboxed float and its flag; reads box it (see `zero_float`).
                let ml = self.new_local(Ty::Float, Some(l.name.clone()));
                self.local_map.push(ml);
                self.emit(Some(ml), Op::ConstUnbound);
                let flag = self.new_local(Ty::Bool, None);
                self.emit(Some(flag), Op::ConstBool(false));
                self.zero_floats.insert(id, (flag, c));
                continue;
            }
            let ml = self.new_local(repr(l.ty), Some(l.name.clone()));
            self.local_map.push(ml);
            let is_param = i < f.params.len();
            if is_param {
                self.f.params.push(ml);
            }
            if repr(l.ty).is_refcounted()
                && (!is_param || assigned.contains(&hir::LocalId(i as u32)))
            {
                self.owned_locals.push(ml);
                if is_param {
                    self.emit(None, Op::IncRef(ml));
                }
            }
            if !is_param {
                self.emit(Some(ml), Op::ConstUnbound);
            }
        }
        self.stmts(&f.body);
        if !self.is_terminated() {
            if self.f.ret == Ty::Obj {
                let none = self.temp(Ty::Obj);
                self.emit(Some(none), Op::ConstNone);
                self.ret(none);
            } else {
                // Sema added `return None` wherever the end is reachable, which
                // would have made the return type `obj`; so this end is dead.
                self.terminate(Term::Unreachable);
            }
        }
        molt_mir::passes::remove_redundant_bound_checks(&mut self.f);
        molt_mir::passes::fuse_int_releases(&mut self.f);
        self.f
    }

    pub fn new_local(&mut self, ty: Ty, name: Option<String>) -> Local {
        let l = Local(self.f.locals.len() as u32);
        self.f.locals.push(LocalDecl { ty, name });
        l
    }

    /// A fresh temporary, or a dead one of the same representation to reuse
    /// (see [`Self::recycle_temps`]).
    pub fn temp(&mut self, ty: Ty) -> Local {
        let reuse = self.free_temps.iter().rposition(|l| self.ty(*l) == ty);
        let l = match reuse {
            Some(pos) => self.free_temps.swap_remove(pos),
            None => self.new_local(ty, None),
        };
        self.temp_log.push(l);
        l
    }

    /// A mark for [`Self::recycle_temps`]: the temporaries handed out so far.
    pub fn temp_mark(&self) -> usize {
        self.temp_log.len()
    }

    /// Makes the temporaries handed out since `mark` available again: the
    /// statement (or display item) that used them is done, and whatever
    /// outlives it was stored to a named local. (Code generation tracks the
    /// constants of such multiply assigned temporaries within each block.)
    pub fn recycle_temps(&mut self, mark: usize) {
        let done: Vec<Local> = self.temp_log.drain(mark..).collect();
        self.free_temps.extend(done);
    }

    pub fn ty(&self, l: Local) -> Ty {
        self.f.locals[l.index()].ty
    }

    pub fn new_block(&mut self) -> Block {
        self.f.blocks.push(BlockData {
            insts: Vec::new(),
            term: Term::Unreachable,
        });
        Block(self.f.blocks.len() as u32 - 1)
    }

    /// Whether the current block already has its terminator (code after it is dead).
    pub fn is_terminated(&self) -> bool {
        !matches!(self.f.blocks[self.cur.index()].term, Term::Unreachable)
    }

    pub fn terminate(&mut self, t: Term) {
        if !self.is_terminated() {
            self.f.blocks[self.cur.index()].term = t;
        }
    }

    pub fn switch_to(&mut self, b: Block) {
        self.cur = b;
    }

    pub fn goto(&mut self, b: Block) {
        self.terminate(Term::Goto(b));
    }

    /// Appends an instruction that cannot raise.
    pub fn emit(&mut self, dst: Option<Local>, op: Op) {
        if self.is_terminated() {
            // Dead code after a `return`/`break`: give it a block of its own.
            let b = self.new_block();
            self.switch_to(b);
        }
        self.f.blocks[self.cur.index()].insts.push(Inst {
            dst,
            op,
            unwind: None,
            releases: Vec::new(),
        });
    }

    /// Appends an instruction that can raise, with an edge that releases
    /// everything live and propagates.
    pub fn emit_fallible(&mut self, dst: Option<Local>, op: Op) {
        let unwind = self.unwind_block();
        if self.is_terminated() {
            let b = self.new_block();
            self.switch_to(b);
        }
        self.f.blocks[self.cur.index()].insts.push(Inst {
            dst,
            op,
            unwind: Some(unwind),
            releases: Vec::new(),
        });
    }

    /// The block that releases the pending temporaries and owned locals and
    /// propagates the exception, shared between sites with the same state.
    /// The blocks form a tree: the one for pending `[a, b, c]` releases `c`
    /// and goes on to the one for `[a, b]`, so a long display (each item
    /// pending while the next is built) costs one small block per item
    /// instead of one releasing everything per item.
    fn unwind_block(&mut self) -> Block {
        let pending = std::mem::take(&mut self.pending);
        // Start from the previous site's block when its pending list is a
        // prefix of this one (a display adds one item at a time).
        let (mut b, start) = match &self.last_unwind {
            Some((line, prev, b)) if *line == self.line && pending.starts_with(prev) => {
                (*b, prev.len())
            }
            _ => (self.unwind_base(), 0),
        };
        let saved = self.cur;
        for &l in &pending[start..] {
            b = match self.unwind_chain.get(&(b, l)) {
                Some(&next) => next,
                None => {
                    let nb = self.new_block();
                    self.cur = nb;
                    self.emit(None, Op::DecRef(l));
                    self.terminate(Term::Goto(b));
                    self.unwind_chain.insert((b, l), nb);
                    nb
                }
            };
        }
        self.cur = saved;
        self.last_unwind = Some((self.line, pending.clone(), b));
        self.pending = pending;
        b
    }

    /// The end of every unwind chain of the current line: releases the
    /// owned locals and propagates the exception.
    fn unwind_base(&mut self) -> Block {
        if let Some(&b) = self.unwind_cache.get(&self.line) {
            return b;
        }
        let saved = self.cur;
        let b = self.new_block();
        self.cur = b;
        for l in self.owned_locals.clone() {
            self.emit(None, Op::DecRef(l));
        }
        // A helper of Molt's adds no traceback frame (line 0).
        let line = if self.hidden_frame { 0 } else { self.line };
        self.terminate(Term::Unwind { line });
        self.cur = saved;
        self.unwind_cache.insert(self.line, b);
        b
    }

    /// Marks an owned operand as live until [`Self::pop`].
    pub fn push(&mut self, op: Operand) {
        if op.owned && self.ty(op.local).is_refcounted() {
            self.pending.push(op.local);
        }
    }

    /// Ends the liveness started by [`Self::push`] (without releasing).
    pub fn pop(&mut self, op: Operand) {
        if op.owned && self.ty(op.local).is_refcounted() {
            if let Some(pos) = self.pending.iter().rposition(|&l| l == op.local) {
                self.pending.remove(pos);
            }
        }
    }

    /// Drops this use's reference, if it owns one.
    pub fn release(&mut self, op: Operand) {
        if op.owned && self.ty(op.local).is_refcounted() {
            self.emit(None, Op::DecRef(op.local));
        }
    }

    /// Returns a fresh local that owns a reference to `op`'s value, as `ty`.
    /// It is never a user variable, so the caller may overwrite it.
    pub fn owned_copy(&mut self, op: Operand, ty: Ty) -> Local {
        let v = self.coerce(op, self.ty(op.local), ty);
        if v.owned {
            return v.local;
        }
        let t = self.temp(ty);
        self.emit(Some(t), Op::Copy(v.local));
        if ty.is_refcounted() {
            self.emit(None, Op::IncRef(t));
        }
        t
    }

    /// Converts between representations. Only widening conversions (typed →
    /// `obj`, bool → int → float) and trusted narrowing of runtime results
    /// occur: sema's types guarantee the value fits.
    pub fn coerce(&mut self, op: Operand, from: Ty, to: Ty) -> Operand {
        if from == to {
            return op;
        }
        let dst = self.temp(to);
        match (from, to) {
            (Ty::Int, Ty::Obj) | (Ty::Obj, Ty::Int) => {
                self.emit(Some(dst), Op::Copy(op.local));
                return Operand {
                    local: dst,
                    owned: op.owned,
                };
            }
            (Ty::Float, Ty::Obj) => self.emit(Some(dst), Op::BoxFloat(op.local)),
            (Ty::Bool, Ty::Obj) => self.emit(Some(dst), Op::BoxBool(op.local)),
            (Ty::Bool, Ty::Int) => self.emit(Some(dst), Op::BoolToInt(op.local)),
            (Ty::Int, Ty::Float) => {
                self.push(op);
                self.emit_fallible(Some(dst), Op::IntToFloat(op.local));
                self.pop(op);
                self.release(op);
            }
            (Ty::Bool, Ty::Float) => {
                let i = self.temp(Ty::Int);
                self.emit(Some(i), Op::BoolToInt(op.local));
                self.emit_fallible(Some(dst), Op::IntToFloat(i));
            }
            (Ty::Obj, Ty::Float) => {
                self.emit(Some(dst), Op::FloatPayload(op.local));
                self.release(op);
            }
            (Ty::Obj, Ty::Bool) => {
                self.emit(Some(dst), Op::IsTrueObj(op.local));
                self.release(op);
            }
            _ => unreachable!("sema never asks to narrow {from:?} to {to:?}"),
        }
        Operand {
            local: dst,
            owned: to.is_refcounted(),
        }
    }

    /// Returns `v` (owned) after releasing everything the frame holds.
    pub fn ret(&mut self, v: Local) {
        for l in self.pending.clone().into_iter().rev() {
            self.emit(None, Op::DecRef(l));
        }
        for l in self.owned_locals.clone() {
            self.emit(None, Op::DecRef(l));
        }
        self.terminate(Term::Return(v));
    }

    /// Sets the current line from a span.
    pub fn at(&mut self, span: molt_syntax::Span) {
        self.line = self.file.line_of(span.start);
    }
}
