//! Inlining of small leaf functions into their callers.
//!
//! A call of a function that is small, has no loop and calls no other
//! function is replaced by a copy of its body: its locals become fresh locals of the
//! caller, the arguments are copied into its parameters (borrowed, as in a
//! call), each `return v` moves `v` into the call's destination and jumps
//! to the code after the call. What a call did implicitly stays explicit:
//! the recursion-depth check of the callee's entry (`CheckDepth`), and its
//! traceback frame, pushed (`TbPush`) by each of its unwind blocks before
//! they continue at the call's own unwind block. So behaviour, tracebacks
//! and RecursionError are as without inlining; the code generator then sees
//! the callee's operations in the caller's loops (unboxed values stay in
//! registers, no call overhead, range analysis across the boundary).

use crate::mir::*;

/// Most instructions a function may have to be inlined.
const MAX_INSTS: usize = 48;

/// Whether calls of `f` are inlined.
fn inlinable(f: &Function) -> bool {
    if f.is_module {
        return false;
    }
    let mut n = 0;
    for b in &f.blocks {
        for i in &b.insts {
            n += 1;
            if matches!(i.op, Op::Call(..) | Op::FuncRef(..)) {
                return false;
            }
        }
    }
    n <= MAX_INSTS && !has_cycle(f)
}

/// Whether the control-flow graph of `f` has a loop. A function with a loop
/// keeps its own frame: its time is spent in the loop, not in the call, and
/// a pure one keeps its raw-integer clone (see the code generator).
fn has_cycle(f: &Function) -> bool {
    // Iterative DFS; 0 = unvisited, 1 = on the stack, 2 = done.
    let mut state = vec![0u8; f.blocks.len()];
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    state[0] = 1;
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        let succ = crate::passes::successors(&f.blocks[b].term);
        if let Some(s) = succ.get(*next) {
            *next += 1;
            match state[s.index()] {
                0 => {
                    state[s.index()] = 1;
                    stack.push((s.index(), 0));
                }
                1 => return true,
                _ => {}
            }
        } else {
            state[b] = 2;
            stack.pop();
        }
    }
    false
}

/// Inlines every call of a small leaf function in every function of `p`.
pub fn inline_leaf_calls(p: &mut Program) {
    let eligible: Vec<bool> = p.funcs.iter().map(inlinable).collect();
    for fi in 0..p.funcs.len() {
        if !p.funcs.iter().enumerate().any(|(i, _)| eligible[i]) {
            return;
        }
        let mut caller = std::mem::replace(&mut p.funcs[fi], empty());
        let mut bi = 0;
        while bi < caller.blocks.len() {
            let pos = caller.blocks[bi].insts.iter().position(|i| match &i.op {
                Op::Call(c, _) => eligible[c.index()] && c.index() != fi && i.releases.is_empty(),
                _ => false,
            });
            match pos {
                Some(ii) => splice(&mut caller, bi, ii, &p.funcs),
                None => bi += 1,
            }
        }
        p.funcs[fi] = caller;
    }
}

fn empty() -> Function {
    Function {
        name: String::new(),
        params: Vec::new(),
        ret: Ty::Obj,
        locals: Vec::new(),
        blocks: Vec::new(),
        is_module: false,
        min_args: 0,
    }
}

/// Replaces instruction `ii` of block `bi` (a call) by the callee's body.
fn splice(caller: &mut Function, bi: usize, ii: usize, funcs: &[Function]) {
    let call = caller.blocks[bi].insts[ii].clone();
    let Op::Call(cid, args) = &call.op else {
        return;
    };
    let callee = &funcs[cid.index()];
    // The instructions after the call move to a continuation block.
    let rest = caller.blocks[bi].insts.split_off(ii + 1);
    caller.blocks[bi].insts.pop();
    let cont = Block(caller.blocks.len() as u32);
    let term = std::mem::replace(&mut caller.blocks[bi].term, Term::Unreachable);
    caller.blocks.push(BlockData { insts: rest, term });
    // The callee's locals and blocks, renumbered.
    let local_base = caller.locals.len() as u32;
    caller
        .locals
        .extend(callee.locals.iter().map(|l| LocalDecl {
            ty: l.ty,
            name: None,
        }));
    let block_base = caller.blocks.len() as u32;
    let ml = |l: Local| Local(l.0 + local_base);
    let mb = |b: Block| Block(b.0 + block_base);
    // Entry: the depth check a call does, then the arguments.
    let mut entry = vec![Inst {
        dst: None,
        op: Op::CheckDepth,
        unwind: call.unwind,
        releases: Vec::new(),
    }];
    for (p, a) in callee.params.iter().zip(args) {
        entry.push(Inst {
            dst: Some(ml(*p)),
            op: Op::Copy(*a),
            unwind: None,
            releases: Vec::new(),
        });
    }
    caller.blocks[bi].insts.extend(entry);
    caller.blocks[bi].term = Term::Goto(mb(Block(0)));
    for b in &callee.blocks {
        let insts = b
            .insts
            .iter()
            .map(|i| Inst {
                dst: i.dst.map(ml),
                op: map_op(&i.op, &ml),
                unwind: i.unwind.map(mb),
                releases: i.releases.iter().map(|l| ml(*l)).collect(),
            })
            .collect::<Vec<_>>();
        let mut insts = insts;
        let term = match &b.term {
            Term::Goto(t) => Term::Goto(mb(*t)),
            Term::Branch(c, t, e) => Term::Branch(ml(*c), mb(*t), mb(*e)),
            Term::Return(v) => {
                match call.dst {
                    Some(d) => insts.push(Inst {
                        dst: Some(d),
                        op: Op::Copy(ml(*v)),
                        unwind: None,
                        releases: Vec::new(),
                    }),
                    None => insts.push(Inst {
                        dst: None,
                        op: Op::DecRef(ml(*v)),
                        unwind: None,
                        releases: Vec::new(),
                    }),
                }
                Term::Goto(cont)
            }
            Term::Unwind { line } => {
                insts.push(Inst {
                    dst: None,
                    op: Op::TbPush(*cid, *line),
                    unwind: None,
                    releases: Vec::new(),
                });
                match call.unwind {
                    Some(u) => Term::Goto(u),
                    // A call without an unwind block cannot raise: neither
                    // can this code.
                    None => Term::Unreachable,
                }
            }
            Term::Unreachable => Term::Unreachable,
        };
        caller.blocks.push(BlockData { insts, term });
    }
}

/// `op` with its locals renamed by `ml`.
fn map_op(op: &Op, ml: &dyn Fn(Local) -> Local) -> Op {
    let mut op = op.clone();
    for l in op.locals_mut() {
        *l = ml(*l);
    }
    op
}
